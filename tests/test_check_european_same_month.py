"""'el mismo mes de 2009' / 'o mesmo mês de 2008' read by ``check.european_periods._same_month``: the month the story
named last, passing over a month named in a clause of an earlier time ("tras el dato negativo de febrero"), and after
the comparison word ("respecto al", "frente ao", read as "from") the base of the change ("from March 2009"), not a
time of the figure's own ("from in March 2009" made an undated story's year 2009 and its March figures a year early).
Corpus sentences (efe-investinges-2010-05-13, batch 28; efe-investingbr-2010-02-08, batch 28)."""

from __future__ import annotations

import pytest

from ustflow.check.european import read

_ES = ("Tokio, 13 may (EFE).- El superávit por cuenta corriente de Japón aumentó un 65,1 por ciento en marzo hasta los "
       "2,53 billones de yenes respecto al mismo mes del año anterior, según informó hoy el ministerio de Finanzas.\n\n"
       "La balanza de servicios de Japón volvió al terreno positivo, tras el dato negativo de febrero, y se situó en los "
       "14.400 millones de yenes (122 millones de euros), lo que supone un caída del 46,8 por ciento con respecto al "
       "mismo mes de 2009.")
_PT = ("Tóquio, 8 fev (EFE).- O superávit em conta corrente do Japão caiu 18,9% em 2009.\n\nEm dezembro, no entanto, o "
       "superávit em conta corrente registrou forte aumento de 452,8% frente ao mesmo mês de 2008, para 900,8 bilhões de "
       "ienes.")


@pytest.mark.parametrize("text, read_as, not_read_as", [
    (_ES, "from March 2009", "February 2009"),
    (_PT, "from December 2008", "in December 2008"),
])
def test_the_same_month_of_a_year_is_the_storys_month_as_a_base(text, read_as, not_read_as):
    got = read(text).text
    assert read_as in got and not_read_as not in got, got


def test_an_undated_story_is_not_dated_by_its_base_year(data):
    from tests.helpers import by_claim
    from ustflow.views.check import check_text

    r = check_text(_ES, date=None, store=data)
    assert by_claim(r, "2,53 billones de yenes")["official_period"] == "2010-03"
