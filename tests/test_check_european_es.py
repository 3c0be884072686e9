"""Spanish read by ``check.european`` (session 35, from batch 28's Spanish articles, opened in session 35).

Session 34's Spanish rules were written from batch 27's TIC stories (holders named by adjective, places, overtaking);
batch 28's Spanish articles are mostly EFE's balance-of-payments stories and the Mexican and Spanish press's TIC
stories, whose wording those rules did not meet: a change told as "un 7,5 % superior a la registrada en 2016",
EFE's "cuenta de rentas" (primary income) and "ejercicio" (the fiscal year), the month told by its number ("el octavo
mes de 2018"), Treasuries as "bonos del gobierno estadounidense", "el principal acreedor", "sus mínimos de dos años".
The sentences are the corpus's."""

from __future__ import annotations

import pytest

from ustflow.check.european import read


@pytest.mark.parametrize("text, read_as", [
    # a change as a comparative: superior / inferior / mayor / menor a (que), interanual
    ("La cifra es un 7,5 % superior a la registrada en 2016, año en el que el superávit ascendió a 20,3 billones de "
     "yenes.", "The figure is up 7.5% from 2016, when the surplus rose to 20.3 trillion yen"),
    ("Diciembre fue el cuadragésimo segundo mes consecutivo de saldo positivo para el país asiático, aunque la cifra es "
     "un 28,5 % inferior al superávit corriente registrado en el mismo mes de 2016 y un 40,8 % menor al que obtuvo un "
     "mes antes.", "42nd consecutive month of surplus"),
    ("La cifra es un 28,5 % inferior al superávit corriente registrado en el mismo mes de 2016 y un 40,8 % menor al "
     "que obtuvo un mes antes.", "down 28.5% from the same month of 2016 y down 40.8% from a month earlier"),
    ("La balanza comercial japonesa tuvo un superávit de 538.900 millones de yenes, una cifra un 33,4 % inferior en "
     "cómputo interanual.", "down 33.4% from a year earlier"),
    # EFE's cuenta de rentas (primary income) and ejercicio (fiscal year)
    ("El superávit en la cuenta de rentas, que refleja cuánto gana Japón de la inversión extranjera, se redujo un "
     "10,1 % con respecto al mismo mes de 2016, hasta los 614.800 millones de yenes.",
     "The primary income surplus, que refleja cuánto gana Japan de la inversión extranjera, fell 10.1% from the same "
     "month of 2016, to 614.8 billion yen"),
    ("La cifra para el período es un 22,3 % inferior a la registrada en el ejercicio previo, según los datos del "
     "Ministerio de Finanzas.",
     "down 22.3% from the previous fiscal year"),
    ("Las exportaciones crecieron el pasado ejercicio un 25,1 % interanual, hasta los 85,49 billones de yenes, y las "
     "importaciones aumentaron aún más.", "Exports rose last fiscal year 25.1%"),
    # the month by its number; "el pasado mes de mayo"
    ("En el tercer mes de 2022 Japón registró un superávit por cuenta corriente de 2,55 billones de yenes, según "
     "los datos del Ministerio de Finanzas, que se publicaron con las cifras del año fiscal.",
     "In March 2022 Japan posted a current account surplus of 2.55 trillion yen"),
    ("Los inversores japoneses elevaron su exposición neta a deuda española con vencimiento a largo plazo en 38.700 "
     "millones de yenes durante el pasado mes de mayo.", "durante last May"),
    # TIC: Treasuries, a holder by its adjective, the largest holder, lows, largest declines
    ("En agosto México totalizó 53.3 mil millones de dólares en bonos del gobierno estadounidense.",
     "August Mexico totaled $53.3 billion in U.S. Treasuries"),
    ("La tenencia de mexicanos se ubicó en el nivel más alto desde mayo del 2016 con 59.8 mil millones.",
     "Mexico's holdings stood at the highest level since May 2016"),
    ("China se mantiene como el principal acreedor internacional de EEUU, con lo que sus tenencias se sitúan en "
     "1,113 billones de dólares, sus mínimos de dos años.",
     "the largest foreign holder de U.S., con lo que its holdings stood at $1.113 trillion, a 2-year low"),
    ("Una caída de 66.400 millones de dólares con respecto al mes anterior, su mayor recorte desde diciembre de 2011.",
     "from the previous month, its largest decline since December 2011"),
])
def test_batch_28_spanish_is_read(text, read_as):
    assert read_as in read(text).text


@pytest.mark.parametrize("text, read_as", [
    # EFE glosses the fiscal year with its span: the span's dates are not the figure's period (batches 26 and 28)
    ("En todo el año fiscal japonés, que finalizó el 31 de marzo, el superávit por cuenta corriente aumentó un 26,9 por "
     "ciento hasta los 15,65 billones de yenes.", "In the fiscal year, the current account surplus rose 26.9%"),
    ("El Ministerio de Finanzas también difundió hoy el dato acumulado para el ejercicio fiscal nipón 2018, que "
     "transcurrió entre abril de ese año y el pasado mes de marzo, durante el cual la balanza por cuenta corriente dejó "
     "un superávit de 19,41 billones de yenes.", "para fiscal 2018, the current account balance posted a surplus of "
     "19.41 trillion yen"),
    ("Los datos de marzo cierran el año fiscal japonés de 2013 -que comenzó en abril de 2012- y confirman que en ese "
     "ejercicio el superávit por cuenta corriente fue el más bajo registrado hasta la fecha.",
     "Los datos de March cierran fiscal 2013 y confirman"),
])
def test_the_fiscal_years_gloss_is_left_out(text, read_as):
    assert read_as in read(text).text


@pytest.mark.parametrize("text, read_as", [
    # session 36, from batch 29's Mexican TIC stories (El Financiero, Quadratín): millions said in thousands with the
    # hundreds in digits ("64 mil 500 millones" = 64,500 millions), a group the typesetting split after its comma,
    # "de <month year> a <month year>" (from ... to), "a partir del pasado noviembre" (since last November), "la
    # compra" the noun, "bonos norteamericanos" (U.S. bonds), a central bank's reserves and a government's foreign debt
    ("la tenencia de México de bonos norteamericanos ascendió a 64 mil 500 millones de dólares al cierre del primer "
     "semestre.", "Mexico de U.S. bonds rose to $64.5 billion"),
    ("Al cierre del año pasado el país alcanzó un récord en el saldo de inversiones en bonos del tesoro estadounidense, "
     "con 84 mil 800 millones de dólares.", "with $84.8 billion"),
    ("superando ampliamente al segundo lugar ocupado por Colombia con mil 100 y mucho mejor que la baja de 5,100 "
     "millones de dólares", "Colombia with 1,100"),
    ("En el caso de Chile y de Perú, también se dieron reducciones en la compra de bonos de Estados Unidos por 4 mil 300 "
     "y 3 mil 500 millones dólares.", "purchases of U.S. bonds por 4,300 y $3.5 billion"),
    ("mientras que México, en este mismo lapso, ha comprado 13, 600 millones en bonos.", "bought 13.6 billion"),
    ("De mayo del 2013 a mayo del 2014 las compras de este instrumento ascendieron a 14 mil 400 millones de dólares",
     "From May 2013 to May 2014 purchases of este instrumento totaled $14.4 billion"),
    ("El fuerte crecimiento de la compra de México de bonos norteamericanos, sobre todo a partir del pasado noviembre, "
     "la ha llevado a alcanzar un máximo histórico en 70 mil 600 millones de dólares.",
     "a rise of purchases of Mexico de U.S. bonds, sobre todo since last November"),
    ("De noviembre del 2013 a abril del 2014, los activos internacionales en poder del Banco de México se incrementaron "
     "en 13 mil 878 millones de dólares.", "From November 2013 to April 2014, international reserves en poder"),
    # a thousand with nothing after it is the long scale's billion, as before; the span from a month to another
    ("Para mencionar un dato, de mayo del 2013 a mayo del 2014, las reservas aumentaron alrededor de 21 mil millones de "
     "dólares.", "from May 2013 to May 2014, las reservas rose alrededor of $21 billion"),
])
def test_mexican_thousands_and_spans_are_read(text, read_as):
    assert read_as in read(text).text


@pytest.mark.parametrize("text, read_as", [
    # the teens' ordinals: Spanish's one word "decimoquinto", the two words "décimo quinto" (session 36, batch 29)
    ("Japón registró un superávit por cuenta corriente de 2,85 billones de yenes (17.740 millones de dólares) en mayo, "
     "lo que supone el decimoquinto mes consecutivo de superávit.", "the 15th consecutive month of surplus"),
    ("Japón registró un superávit por cuenta corriente de 2,85 billones de yenes en mayo, lo que supone el décimo quinto "
     "mes consecutivo de superávit, según declaró el lunes el Ministerio de Finanzas.", "the 15th consecutive month of surplus"),
])
def test_the_teens_ordinals_are_read(text, read_as):
    assert read_as in read(text).text
