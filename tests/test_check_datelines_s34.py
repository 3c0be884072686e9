"""`ustflow check` without --date (issue 13, session 34): European agencies' datelines (EFE's Spanish and Portuguese
wires), with the month cut to three letters and no year ("Tokio, 8 abr (EFE).-"), or with the place's country and
"del" before the year ("Tokio, Japón, 8 de noviembre del 2012.-"); a yearless one takes its year from the story's
year-ago comparison ("que en agosto de 2009": the lead's August is of 2010), else stays undated."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_check_datelines import _found


@pytest.mark.parametrize("text, want", [
    # EFE, 2010: the lead's February, and "the same month in 2009" it is compared with
    ("Tokio, 8 abr (EFE).- El superávit por cuenta corriente de Japón creció en febrero un 29,6 por ciento respecto al "
     "mismo mes del año anterior, hasta los 1.470,6 millones de yenes, informó hoy el Ministerio japonés de Finanzas.\n\n"
     "En el comercio de bienes y servicios, Japón registró un superávit de 693.400 millones de yenes, desde los 69.300 "
     "millones de yenes del mismo mes en 2009, según el informe preliminar divulgado hoy por el Ministerio.",
     date(2010, 4, 8)),
    # EFE in Portuguese, 2009: "outubro" in the lead, "frente a outubro de 2008" later
    ("Tóquio, 8 dez (EFE).- O superávit por conta corrente do Japão cresceu 42,7% em outubro frente ao mesmo mês do ano "
     "anterior, até 1,39 trilhões de ienes, informou hoje o Ministério das Finanças do país.\n\nAs exportações caíram "
     "24,6% em outubro, até 4,96 trilhões de ienes, e as importações tiveram retrocesso de 37,7% frente a outubro de "
     "2008, para 4,0 trilhões de ienes.", date(2009, 12, 8)),
    # EFE, 2017: the wire's tag lost ("(.)"), "julio de 2016" the year-ago month
    ("Tokio, 8 sep (.).- Japón logró en julio un superávit por cuenta corriente de 2,32 billones de yenes, lo que "
     "supone una cifra récord para este mes, informó hoy el Gobierno.\n\nLa cifra supone un 19,3 por ciento más que la "
     "cosechada en el mismo mes del año pasado.\n\nLa balanza comercial japonesa tuvo un "
     "superávit de 566.600 millones de yenes, un 5,7 por ciento menos que el de julio de 2016.", date(2017, 9, 8)),
    # EFE on elbarlovento, 2012: the country after the place, "del 2012"
    ("Tokio, Japón, 8 de noviembre del 2012.- El superávit por cuenta corriente de Japón entre abril y septiembre "
     "cayó un 41,3 por ciento respecto al año anterior, informó hoy el Ministerio de Finanzas.", date(2012, 11, 8)),
])
def test_european_agency_datelines(text, want):
    got, why = _found(text)
    assert got == want, why


@pytest.mark.parametrize("text, want", [
    # the same stories as the European reader gives them to the English grammar: the year-ago month is not the story's
    ("Tokyo, April 8 (EFE) - Japan's current account surplus rose in February 29.6% from a year earlier, to 1.4706 "
     "billion yen, said the Finance Ministry.\n\nThe trade surplus stood at 778 billion yen, up 295% from February 2009.",
     date(2010, 4, 8)),
    ("Tokyo, September 8 (.) - Japan posted in July a current account surplus of 2.32 trillion yen, a record for the "
     "month.\n\nThe figure is up 19.3% from a year earlier.\n\nThe trade surplus was 566.6 billion yen, down 5.7% from "
     "July 2016.", date(2017, 9, 8)),
])
def test_a_year_ago_comparison_gives_the_yearless_datelines_year(text, want):
    got, why = _found(text)
    assert (got, "a year after the comparison" in why) == (want, True), why
    # no year-ago comparison said: the month named with its year is not moved a year on
    got, why = _found(text.replace("from a year earlier", "from the month before"))
    assert "a year after the comparison" not in why and got != want


def test_a_yearless_european_dateline_without_a_year_ago_comparison_is_not_dated():
    # "desde 1990" is a look-back, and the April of the lead has no year: no date rather than a wrong one
    got, why = _found("Tokio, 7 ago (.).- El Gobierno japonés realizó una intervención monetaria récord el pasado 29 de "
                      "abril, valorada en 5,918 billones de yenes, según datos publicados este miércoles por el "
                      "Ministerio de Finanzas. El yen tocó niveles en los que no se movía desde 1990.")
    assert got is None and "names no year" in why, why
    # comparisons that disagree on the year say nothing
    got, _ = _found("Tokio, 8 oct (EFE).- El superávit de Japón bajó un 5,8 por ciento en agosto, respecto al mismo mes "
                    "del año anterior.\n\nLas exportaciones crecieron más que en agosto de 2009, y menos que en agosto "
                    "de 2007.")
    assert got is None
