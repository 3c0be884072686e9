"""The checker reads Spanish, Portuguese and German (``ustflow.check.european``, session 33).

Blind batch 26 brought the corpus's first articles in these languages (EFE and Reuters in Spanish, EFE in Brazilian
Portuguese, the German financial press): the checker, which reads English and Japanese, found 8 of their 189 claims.
``european.read`` puts their figures (decimal comma, points between thousands, the long scale), periods and the
balance-of-payments and MoF-flow vocabulary into the forms the English grammar reads; the results quote the
article's own words. The sentences below are the corpus's (batch 26), the values today's files'."""

from __future__ import annotations

import unicodedata

import pytest

from tests.helpers import by_claim
from ustflow.check.european import number, read
from ustflow.views.check import check_text

ES_AUGUST_2010 = (
    "Tokio, 8 oct (EFE).- El superávit por cuenta corriente de Japón bajó un 5,8 por ciento, en agosto pasado, "
    "respecto al mismo mes del año anterior, hasta 1,11 billones de yenes (9.714 millones de euros), informó hoy el "
    "Ministerio nipón de Finanzas.\n\n"
    "Las exportaciones crecieron un 16,5 por ciento interanual hasta los 4,9 billones de yenes (unos 43.000 millones "
    "de euros), mientras que las importaciones aumentaron un 20,5 por ciento, hasta los 4,7 billones de yenes (41.200 "
    "millones de euros).\n")
PT_OCTOBER_2009 = (
    "Tóquio, 8 dez (EFE).- O superávit por conta corrente do Japão cresceu 42,7% em outubro frente ao mesmo mês do "
    "ano anterior, até 1,39 trilhões de ienes (10,551 bilhões de euros), informou hoje o Ministério das Finanças do "
    "país.\n\n"
    "As exportações caíram 24,6% em outubro, até 4,96 trilhões de ienes (37,485 bilhões de euros), no 13º mês "
    "consecutivo de queda.\n")
DE_FEBRUARY_2014 = (
    "Japan : Wieder Überschuss in der Leistungsbilanz\n\n"
    "Nach vier Monaten, in denen Handels- und Leistungsbilanz Japans tief in den roten Zahlen verharrten, gab es im "
    "Februar wieder einen Leistungsbilanzüberschuss von 612,7 Milliarden Yen (4,3 Milliarden Euro), teilte das "
    "Finanzministerium am Dienstag in Tokio mit.\n\n"
    "Die Importe legten um 14,1 Prozent auf 6,475 Billionen Yen zu. Die Exporte stiegen im Februar stärker als die "
    "Importe um 15,7 Prozent auf 5,941 Billionen Yen.\n")


@pytest.mark.parametrize("raw, read_as", [("1.470,6", "1,470.6"), ("6,475", "6.475"), ("26.650", "26,650"),
                                          ("503.600", "503,600"), ("2012", "2012"), ("147,2200", "147.2200")])
def test_a_comma_is_decimal_and_a_point_groups_thousands(raw, read_as):
    assert number(raw) == read_as


@pytest.mark.parametrize("text, read_as", [
    # the long scale: billón, bilião, Billion are 10^12; mil millones, Milliarde 10^9; Brazil's bilhão is 10^9
    (ES_AUGUST_2010, "1.11 trillion yen"),
    ("Los banqueros también acumularon unos 370,3 billones de yenes en bonos extranjeros el mes pasado, según los "
     "datos del Ministerio de Finanzas.", "about 370.3 trillion yen"),  # a unit slip stays a slip
    ("El superávit por cuenta corriente de Japón creció en febrero un 29,6 por ciento, hasta los 1.470,6 millones "
     "de yenes, informó hoy el Ministerio japonés de Finanzas.", "1.4706 billion yen"),
    ("Em outubro, o balanço do comércio de bens e serviços do Japão registrou superávit de 618,3 bilhões de ienes, "
     "de acordo com o relatório preliminar divulgado hoje pelo Ministério das Finanças.", "618.3 billion yen"),
    ("O Japão registou um excedente da balança corrente de 2 biliões de ienes no primeiro semestre, segundo os "
     "dados divulgados pelo Ministério das Finanças em Tóquio.", "2 trillion yen"),
    ("Der Überschuss erreichte 187,2 Mrd. Yen (1,4 Mrd. Euro). Im Vorjahr gab es noch ein Defizit von 679,7 Mrd. Yen, "
     "teilte das Finanzministerium in Tokio mit.", "187.2 billion yen (1.4 billion euros)"),
    ("Das Einkommen aus Direktinvestitionen und ausländischen Wertpapieren kletterte um 24 % zum Vorjahr auf den "
     "bisher höchsten Dezemberwert von 1,02 Bill. Yen (7,6 Mrd. Euro).", "1.02 trillion yen"),
    ("Japón logró en julio un superávit por cuenta corriente de 2,32 billones de yenes (17.792 millones de euros / "
     "21.405 millones de dólares), informó hoy el Gobierno.", "$21.405 billion"),
    # written for the test: the Brazilian press's abbreviations, the Mexican press's mdd, percentage points
    ("A China reduziu sua participação em títulos do Tesouro dos EUA para US$ 1,1 tri em março, segundo o "
     "Departamento do Tesouro, que divulgou os dados nesta quarta-feira.", "$1.1 trillion in March"),
    ("Las reservas de México sumaron 2.500 mdd en marzo y las de Brasil 3 mil mdd, según datos del Departamento del "
     "Tesoro publicados por la tarde.", "$2,500 million in March"),
    ("El rendimiento del bono del Tesoro a 10 años subió 0,35 puntos porcentuales en la semana, según los datos del "
     "mercado publicados el viernes.", "0.35 percentage points"),
])
def test_figures_are_read_on_their_own_scale(text, read_as):
    assert read_as in read(text).text


def test_english_and_japanese_are_not_read_here():
    assert read("Japan sold $17.5 billion of foreign bonds in the week ending April 4, the ministry said on "
                "Thursday, after buying in the previous three weeks.") is None
    assert read("財務省が発表した対外及び対内証券売買契約等の状況によると、国内投資家は外債を1兆5100億円買い越した。") is None


def judged(got: list[dict], claim: str, want: tuple[str, str, str, str], value: float) -> dict:
    """The record of ``claim`` (as the checker quotes it: NFKC, '13º' is '13o'): its (verdict, measure, series,
    official period) are ``want``, its official value ``value`` to 0.01 (the labels' precision)."""
    rec = by_claim(got, unicodedata.normalize("NFKC", claim))
    assert (rec["verdict"], rec["measure"], rec["series"], rec["official_period"]) == want, rec
    assert rec["official_value"] == pytest.approx(value, abs=0.01), rec
    return rec


def test_spanish_balance_of_payments(data):
    got = check_text(ES_AUGUST_2010, date="2010-10-08", store=data)
    rec = judged(got, "16,5 por ciento", ("supported", "bop_pct", "boj.bop.bpbp6jynex", "2009-08 to 2010-08"),
                 16.4816)
    assert rec["text"].startswith("Las exportaciones crecieron un 16,5 por ciento interanual")  # the article's words
    judged(got, "4,9 billones de yenes", ("supported", "bop", "boj.bop.bpbp6jynex", "2010-08"), 49575.5209)
    judged(got, "4,7 billones de yenes", ("contradicted", "bop", "boj.bop.bpbp6jynim", "2010-08"), 46473.1871)
    judged(got, "1,11 billones de yenes", ("contradicted", "bop", "boj.bop.bpbp6jyncb", "2010-08"), 13558.6378)
    judged(got, "5,8 por ciento", ("contradicted", "bop_pct", "boj.bop.bpbp6jyncb", "2009-08 to 2010-08"), 12.9029)


def test_portuguese_balance_of_payments_and_a_run_of_declines(data):
    got = check_text(PT_OCTOBER_2009, date="2009-12-08", store=data)
    judged(got, "42,7%", ("contradicted", "bop_pct", "boj.bop.bpbp6jyncb", "2008-10 to 2009-10"), 78.0011)
    judged(got, "4,96 trilhões de ienes", ("contradicted", "bop", "boj.bop.bpbp6jynex", "2009-10"), 50062.4189)
    rec = by_claim(got, unicodedata.normalize("NFKC", "13º mês consecutivo de queda"))
    assert (rec["verdict"], rec["official_value"], rec["official_period"]) == ("supported", 13.0, "2009-10"), rec


def test_german_separable_verb_and_long_scale(data):
    got = check_text(DE_FEBRUARY_2014, date="2014-04-08", store=data)
    # "legten ... zu" (rose), Billionen = 10^12: imports, revised since the first print
    judged(got, "6,475 Billionen Yen", ("contradicted", "bop", "boj.bop.bpbp6jynim", "2014-02"), 65092.6144)
    judged(got, "612,7 Milliarden Yen", ("contradicted", "bop", "boj.bop.bpbp6jyncb", "2014-02"), 7408.817)  # revised


@pytest.mark.parametrize("text, read_as", [
    # written for the test (batch 26 has no TIC story in these languages): the holders' vocabulary
    ("China redujo sus tenencias de bonos del Tesoro de EEUU por tercer mes consecutivo en abril, hasta 1,08 billones "
     "de dólares, su nivel más bajo desde mayo de 2009. Las tenencias de Japón subieron a 1,1 billones de dólares.",
     "China cut its holdings of U.S. Treasuries for the 3rd consecutive month in April, to $1.08 trillion, its lowest "
     "level since May 2009. Japan's holdings rose to $1.1 trillion."),
    ("Os investidores estrangeiros venderam 1,14 trilhão de ienes em títulos de curto prazo na semana encerrada em 14 "
     "de junho, segundo dados do Ministério das Finanças.",
     "Foreign investors sold 1.14 trillion yen in short-term debt securities in the week ended June 14"),
    ("Japan hat zwischen dem 26. April und dem 29. Mai 9,79 Billionen Yen für Interventionen ausgegeben, teilte das "
     "Finanzministerium mit.", "Japan spent between April 26 and May 29 9.79 trillion yen on interventions"),
])
def test_holdings_weeks_and_interventions_are_read(text, read_as):
    assert read_as in read(text).text


def test_a_spanish_intervention_sum(data):
    got = check_text("Japón gastó 9,79 billones de yenes en intervenciones en el mercado de divisas entre el 26 de abril "
                     "y el 29 de mayo para apuntalar el yen, informó el Ministerio de Finanzas.", date="2024-05-31",
                     store=data)
    rec = by_claim(got, "9,79 billones de yenes")
    assert (rec["verdict"], rec["series"]) == ("supported", "mof.fx_intervention.amount"), rec
    assert rec["official_value"] == pytest.approx(9788.5, abs=0.1), rec


@pytest.mark.parametrize("text, read_as", [
    # batch 27's TIC stories (session 34): the Latin American press's decimal point, and a Mexican page's English digits
    ("Las tenencias de China en obligaciones, notas y bonos del Tesoro ascienden a US$1.12 billones en diciembre, una "
     "caída de US$61.400 millones, o de 5,2 por ciento, en comparación con el mismo mes del año anterior.",
     "China's holdings en obligaciones, notas y U.S. Treasuries ascienden to $1.12 trillion in December, a decline of "
     "$61.4 billion"),
    ("China redujo un 1.2 por ciento sus participaciones en noviembre, y totalizó 895,600 millones de dólares en bonos "
     "del Tesoro estadounidense.", "China cut its holdings by 1.2% in November, and totaled $895.6 billion"),
    # a holder named by its adjective, or after its holdings, in three languages; Brazil's reais are not dollars
    ("Según informa hoy el oficial Diario del Pueblo, la deuda estadounidense en manos chinas se situó en 867.700 "
     "millones de dólares.", "China's holdings of U.S. debt stood at $867.7 billion"),
    ("A carteira do Japão composta por Treasuries caiu para US$ 1,21 trilhão (R$ 6,49 trilhões), mínima desde janeiro "
     "de 2020, quando o estoque estava em US$ 1,21 trilhão (R$ 6,49 trilhões).", "Japan's holdings composta por Treasuries fell to $1.21 trillion (R$6.49 trillion), the lowest since "
     "January 2020"),
    ("Das Volumen von US-Schuldpapieren in japanischer Hand sank im Januar im Monatsvergleich um 20,5 Milliarden Dollar "
     "auf 1,09 Billionen Dollar.", "Japan's holdings of U.S. Treasuries fell in January from the previous month by "
     "$20.5 billion to $1.09 trillion"),
    # places and overtaking
    ("El tercer lugar lo ocupa Bélgica, con 359.900 millones de dólares. Rusia ocupa el duodécimo lugar en la lista.",
     "Belgium ranks 3rd, with $359.9 billion. Russia ranks 12th"),
    ("Washington - O Japão superou a China como maior detentor dos títulos do Tesouro americano em fevereiro.",
     "Japan overtook China as the largest foreign holder"),
    ("Ende Mai waren es noch rund 44 Milliarden Dollar weniger. Mit dem Anstieg im Juni löste China laut dpa Japan "
     "wieder als größten Gläubiger ab.",
     "China overtook Japan as the largest foreign holder"),
    ("Mit großem Rückstand befindet sich in der dritten Position Irland – es verfügt über 300 Milliarden Anlagen in "
     "US-Schuldpapiere.", "in 3rd place Ireland"),
    # a German perfect: the participle at the clause's end read where the auxiliary stands (written for the test)
    ("China hat seine Bestände an US-Staatsanleihen im März um 22,7 Milliarden Dollar auf 767,4 Milliarden Dollar "
     "reduziert, wie aus Daten des US-Finanzministeriums hervorgeht.",
     "China cut its holdings of U.S. Treasuries in March by $22.7 billion to $767.4 billion, wie"),
    # written for the test: a look-back in years, a German perfect of selling, "with" an amount, "ahead of"
    ("China redujo sus tenencias de bonos del Tesoro por tercer mes consecutivo en mayo, hasta 846.700 millones de "
     "dólares, su nivel más bajo en 14 años, según datos del Departamento del Tesoro.", "its lowest level in 14 years"),
    ("China hat im Mai den dritten Monat in Folge US-Staatsanleihen abgestoßen. Die Bestände sanken auf 846,7 "
     "Milliarden Dollar und damit auf den niedrigsten Stand seit Mai 2009.",
     "China sold in May for the 3rd straight month U.S. Treasuries."),
    ("Japan blieb mit 1,1 Billionen Dollar der größte ausländische Gläubiger der USA, vor China mit 846,7 Milliarden "
     "Dollar, wie aus den Daten des US-Finanzministeriums hervorgeht.",
     "Japan remained with $1.1 trillion the largest foreign holder der USA, ahead of China with $846.7 billion"),
    # EFE's "un 10,6% menos que el superávit registrado en marzo de 2018": from March 2018
    ("La cifra supone un 10,6% menos que el superávit registrado en marzo de 2018.",
     "The figure is down 10.6% from March 2018"),
])
def test_tic_stories_are_read(text, read_as):
    assert read_as in read(text).text


def test_a_decimal_point_and_reais(data):
    got = check_text("Las tenencias de China en obligaciones, notas y bonos del Tesoro ascienden a US$1.12 billones en "
                     "diciembre, según el informe.", date="2019-02-15", store=data)
    judged(got, "US$1.12 billones", ("supported", "holdings_level", "tic.holdings.china_mainland", "2018-12"), 1124.3)
    got = check_text("A reserva chinesa de dívida governamental dos EUA também caiu para US$ 980,8 bilhões (R$ 5,26 "
                     "trilhões) em maio, patamar mais baixo desde maio de 2010, mostraram dados.", date="2022-07-18",
                     store=data)
    rec = by_claim(got, "R$ 5,26 trilhões")
    assert rec["verdict"] == "unverifiable" and rec["official_value"] is None, rec  # reais, not dollars
    judged(got, "US$ 980,8 bilhões", ("contradicted", "holdings_level", "tic.holdings.china_mainland", "2022-05"), 951.8)


@pytest.mark.parametrize("text, read_as", [
    # session 36: true claims the checker called contradicted, read as said. China by its epithets (das Reich der
    # Mitte, die Volksrepublik, el gigante asiático), a month "del año anterior" (of the year before the story's),
    # "llegando a" (to), "llegó a tener hasta" (held up to), a German clause with its verb last
    ("Im vorherigen Monat, Mai 2019, stand noch China an der Spitze mit Anleihen im Wert von 1.110,2 Milliarden "
     "US-Dollar. Das Reich der Mitte erhöhte seine Bestände im Juni zwar auf 1.112,5 Milliarden US-Dollar.",
     "China raised its holdings in June zwar to $1,112.5 billion"),
    ("Según el informe, China sigue siendo el mayor acreedor extranjero de EE.UU., seguida de Japón, cuyas tenencias "
     "bajaron en US$19.300 millones llegando a US$1.04 billones en diciembre del año anterior.",
     "fell by $19.3 billion to $1.04 trillion in December last year"),
    ("El Tesoro indica que Pekín ha vendido 270.000 millones de dólares de deuda estadounidense desde que ésta tocase "
     "techo en 2013, cuando el gigante asiático llegó a tener hasta 1,32 billones de dólares en cartera.",
     "cuando China held up to $1.32 trillion"),
    ("China hat seine Bestände an amerikanischen Staatsanleihen im Februar 2018 leicht aufgestockt, nachdem es sie im "
     "Januar um knapp 17 Milliarden Dollar reduziert hatte. Im zweiten Monat des Jahres kaufte das Land wieder "
     "US-Treasuries im Wert von 8,5 Milliarden Dollar zu.", "nachdem es sie in January cut by nearly $17 billion."),
])
def test_true_claims_once_called_contradicted_are_read(text, read_as):
    assert read_as in read(text).text


@pytest.mark.parametrize("text, read_as", [
    # session 36: economists' forecasts, which the English grammar knows by "expected" (batch 29: Investing.com México,
    # Reuters via MarketScreener in German)
    ("Esta cifra superó las previsiones de los economistas, que habían anticipado un superávit de 2,45 billones de "
     "yenes. El resultado también supuso un aumento respecto al superávit del mes anterior, de 2,05 billones de yenes.",
     "que had expected a surplus of 2.45 trillion yen"),
    ("Dies steht im Gegensatz zu den durchschnittlichen Prognosen der Wirtschaftswissenschaftler, die in einer "
     "Reuters-Umfrage einen Leistungsbilanzüberschuss von 2,39 Billionen Yen erwartet hatten, nachdem im Oktober ein "
     "Überschuss von 2,58 Billionen Yen erzielt worden war.", "2.39 trillion yen forecasters had expected"),
])
def test_forecasts_are_read_as_forecasts(text, read_as):
    assert read_as in read(text).text
