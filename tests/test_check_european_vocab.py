"""The concept x form tables of ``check.european_vocab`` (session 39), cell by cell: for each concept the English
grammar reads and each of Spanish, Portuguese and German, a sentence written for the test with each form the table
lists (inflections, articles, synonyms), and the English ``european.read`` puts it into. The sentences stand in a
frame that tells the language (``language.unread`` needs a dozen words)."""

from __future__ import annotations

import pytest

from ustflow.check import european_vocab as vocab
from ustflow.check.european import read

FRAME = {
    "es": "Según los datos del Ministerio de Finanzas que se publicaron hoy en Tokio, la cifra fue la que se esperaba. {}",
    "pt": "De acordo com os dados do Ministério das Finanças que foram divulgados hoje em Tóquio, o número foi o esperado. {}",
    "de": "Nach den Daten des Finanzministeriums, die am Montag in Tokio veröffentlicht wurden, war die Zahl wie erwartet. {}",
}

CELLS = [
    # --- periods: so far this year, the same period, spans, halves, the fiscal year, quarters, ends
    ("es", "El superávit creció en lo que llevamos de año.", "so far this year"),
    ("es", "El superávit creció desde principios de año.", "so far this year"),
    ("es", "El superávit creció en el acumulado del año.", "so far this year"),
    ("es", "El superávit creció en la primera mitad del año fiscal.", "the first half of the fiscal year"),
    ("es", "El superávit creció en la segunda mitad del año.", "the second half of the year"),
    ("es", "El superávit creció en el ejercicio 2023.", "fiscal 2023"),
    ("es", "El superávit creció en el trimestre enero-marzo.", "the January-March quarter"),
    ("es", "El superávit creció al final de marzo.", "at the end of March"),
    ("es", "Las exportaciones crecieron en el mismo periodo.", "in the same period"),
    ("es", "El superávit creció de abril a septiembre.", "in April-September"),
    ("es", "El superávit creció a finales de año.", "at the end of the year"),
    ("pt", "As exportações cresceram no mesmo trimestre.", "in the same quarter"),
    ("pt", "O superávit cresceu de abril a setembro.", "in April-September"),
    ("de", "Die Exporte stiegen im gleichen Zeitraum.", "in the same period"),
    ("de", "Der Überschuss stieg von April bis September.", "in April-September"),
    ("pt", "O superávit cresceu no acumulado do ano.", "so far this year"),
    ("pt", "O superávit cresceu desde o início do ano.", "so far this year"),
    ("pt", "O superávit cresceu no primeiro semestre.", "the first half"),
    ("pt", "O superávit cresceu no primeiro semestre do ano fiscal.", "the first half of the fiscal year"),
    ("pt", "O superávit cresceu no ano fiscal de 2023.", "fiscal 2023"),
    ("pt", "O superávit cresceu no ano fiscal anterior.", "the previous fiscal year"),
    ("pt", "O superávit cresceu no trimestre abril-junho.", "the April-June quarter"),
    ("pt", "O superávit cresceu ao final de março.", "at the end of March"),
    ("de", "Der Überschuss stieg seit Jahresbeginn um 5 Prozent.", "so far this year"),
    ("de", "Der Überschuss stieg im bisherigen Jahresverlauf um 5 Prozent.", "so far this year"),
    ("de", "Der Überschuss stieg im ersten Halbjahr um 5 Prozent.", "the first half"),
    ("de", "Der Überschuss stieg in der ersten Jahreshälfte um 5 Prozent.", "the first half of the year"),
    ("de", "Der Überschuss stieg im ersten Halbjahr des Geschäftsjahres um 5 Prozent.", "the first half of the fiscal year"),
    ("de", "Der Überschuss stieg im Geschäftsjahr 2023/24 um 5 Prozent.", "fiscal 2023"),
    ("de", "Der Überschuss stieg im abgelaufenen Geschäftsjahr um 5 Prozent.", "last fiscal year"),
    ("de", "Der Überschuss lag zum Monatsende bei 5 Milliarden Yen.", "at the end of the month"),
    ("es", "Las tenencias aumentaron en el período de 12 meses hasta junio.", "in the 12 months to June"),
    ("es", "Las tenencias aumentaron en los últimos doce meses.", "in the past 12 months"),
    ("pt", "As participações cresceram nos 12 meses até junho.", "in the 12 months to June"),
    ("pt", "As participações cresceram nos últimos doze meses.", "in the past 12 months"),
    ("de", "Die Bestände stiegen in den zwölf Monaten bis Juni.", "in the 12 months to June"),
    ("de", "Die Bestände stiegen in den letzten zwölf Monaten.", "in the past 12 months"),
    # --- records, ranks, runs, since
    ("es", "El superávit alcanzó un máximo histórico.", "a record high"),
    ("es", "El superávit marcó nuevos máximos históricos.", "a record high"),
    ("es", "El superávit cayó a mínimos históricos.", "a record low"),
    ("es", "El superávit alcanzó una cifra récord.", "a record"),
    ("es", "El superávit tocó un máximo en tres años.", "a 3-year high"),
    ("es", "El superávit tocó su mínimo desde 2014.", "the lowest since 2014"),
    ("es", "El rendimiento alcanzó un nuevo máximo de una década.", "a 10-year high"),
    ("es", "Fue su mayor volumen en más de una década.", "in more than a decade"),
    ("pt", "O superávit foi o maior em uma década.", "in a decade"),
    ("de", "Der Überschuss war so hoch wie seit mehr als einem Jahrzehnt nicht.", "in more than a decade"),
    ("es", "Fue el segundo mayor superávit de la historia.", "the second-largest surplus on record"),
    ("es", "Fue el tercer más alto registrado.", "the third-highest"),
    ("es", "Fue el segundo menor superávit.", "the second-smallest surplus"),
    ("es", "El superávit cayó por vez primera desde 2014.", "for the first time since 2014"),
    ("es", "El superávit cayó por primera vez en tres años.", "for the first time in three years"),
    ("es", "El superávit cayó durante tres meses seguidos.", "for 3 consecutive months"),
    ("es", "El superávit cayó tres meses seguidos.", "3 consecutive months"),
    ("es", "El superávit cayó por tercer mes seguido.", "for the 3rd consecutive month"),
    ("es", "El superávit cayó desde que hay registros.", "since records began"),
    ("pt", "O superávit atingiu uma máxima histórica.", "a record high"),
    ("pt", "O superávit atingiu um recorde histórico.", "a record high"),
    ("pt", "O superávit caiu a uma mínima histórica.", "a record low"),
    ("pt", "O superávit atingiu um nível recorde.", "a record"),
    ("pt", "O superávit atingiu a máxima em três anos.", "a 3-year high"),
    ("pt", "O superávit atingiu a máxima desde 2014.", "the highest since 2014"),
    ("pt", "Foi o maior superávit desde 2014.", "the largest surplus since 2014"),
    ("pt", "Foi o segundo maior superávit da história.", "the second-largest surplus on record"),
    ("pt", "O superávit caiu pela primeira vez desde 2014.", "for the first time since 2014"),
    ("pt", "É a primeira vez desde agosto de 2008 que o Japão supera a China.", "the first time since August 2008"),
    ("pt", "O superávit cresceu 5% ante março.", "from March"),
    ("es", "El superávit creció un 5 % contra marzo.", "from March"),
    ("de", "Der Überschuss stieg um 7,5 Prozent gegenüber 2016.", "from 2016"),
    ("de", "Die Rendite stieg auf einen Höchststand von 0,815%.", "Höchststand"),
    ("pt", "O superávit caiu pela primeira vez em três anos.", "for the first time in three years"),
    ("pt", "O superávit caiu por três meses seguidos.", "for 3 consecutive months"),
    ("pt", "O superávit caiu três meses consecutivos.", "3 consecutive months"),
    ("pt", "O superávit caiu pelo terceiro mês seguido.", "for the 3rd consecutive month"),
    ("pt", "O superávit caiu desde o início da série histórica.", "since records began"),
    ("de", "Der Überschuss erreichte ein Allzeithoch.", "a record high"),
    ("de", "Der Überschuss fiel auf ein historisches Tief.", "a record low"),
    ("de", "Japan verbuchte einen Rekordüberschuss von 5 Milliarden Yen.", "a record surplus"),
    ("de", "Der Überschuss erreichte ein Zehnjahreshoch.", "a 10-year high"),
    ("de", "Der Überschuss fiel auf ein Fünf-Jahres-Tief.", "a 5-year low"),
    ("de", "Der Überschuss erreichte den Höchststand seit 2014.", "the highest since 2014"),
    ("de", "Der Überschuss war so hoch wie seit 2008 nicht mehr.", "the highest since 2008"),
    ("de", "Das war der zweithöchste Überschuss.", "the second-highest"),
    ("de", "Das war der drittgrößte Überschuss.", "the third-largest"),
    ("de", "Der Überschuss fiel zum ersten Mal seit 2014.", "for the first time since 2014"),
    ("de", "Der Überschuss fiel drei aufeinanderfolgende Monate.", "3 consecutive months"),
    ("de", "Der Überschuss fiel im dritten aufeinanderfolgenden Monat.", "the 3rd consecutive month"),
    ("de", "Der Überschuss war der höchste seit Beginn der Zeitreihe.", "since records began"),
    # --- measures: items as a balance's object and alone; reserves, Treasuries, net buying
    ("es", "El superávit de la renta primaria creció.", "The primary income surplus rose"),
    ("es", "Un déficit en la balanza de servicios de 5 billones de yenes.", "A services deficit"),
    ("es", "El superávit por turismo creció.", "The travel surplus rose"),
    ("es", "El saldo de la cuenta corriente creció.", "The current account balance rose"),
    ("es", "La renta secundaria cayó.", "secondary income fell"),
    ("es", "Las reservas de divisas de Japón crecieron.", "foreign exchange reserves"),
    ("pt", "O déficit em transações correntes caiu.", "The current account deficit fell"),
    ("pt", "A conta corrente registrou superávit de 5 bilhões de dólares.", "The current account posted"),
    ("pt", "A balança de transações correntes registrou superávit.", "The current account balance posted"),
    ("es", "La cuenta corriente registró un superávit de 5 billones de yenes.", "The current account posted a surplus"),
    ("pt", "O superávit da renda primária cresceu.", "The primary income surplus rose"),
    ("pt", "O rendimento primário cresceu.", "primary income rose"),
    ("pt", "O déficit de viagens cresceu.", "The travel deficit rose"),
    ("pt", "O déficit nas contas externas cresceu.", "The current account deficit rose"),
    ("pt", "As reservas cambiais do Japão cresceram.", "foreign exchange reserves"),
    ("pt", "Os títulos públicos americanos somaram 1 trilhão.", "U.S. Treasuries"),
    ("pt", "As compras líquidas somaram 1 trilhão de ienes.", "net buying"),
    ("de", "Der Überschuss im Reiseverkehr stieg.", "the travel surplus rose"),
    ("de", "Der Überschuss in der Leistungsbilanz stieg.", "the current account surplus rose"),
    ("de", "Das Handelsplus stieg auf 5 Milliarden Yen.", "the trade surplus rose"),
    ("de", "Das Sekundäreinkommen sank.", "secondary income fell"),
    ("de", "Die Devisenreserven Japans sanken.", "foreign exchange reserves"),
    ("de", "China hielt US-Schatzanleihen im Wert von 800 Milliarden Dollar.", "U.S. Treasuries"),
    ("pt", "O Reino Unido elevou seu estoque para US$ 877,9 bilhões.", "raised its holdings"),
    ("pt", "Japão e Reino Unido aumentaram seus estoques.", "raised its holdings"),
    ("de", "Luxemburg hielt 410 Milliarden Dollar.", "Luxembourg held"),
    ("pt", "A Índia reduziu seus investimentos em 21%.", "India"),
    # --- directions: present tense, reflexives, separable verbs, turns
    ("es", "El superávit crece un 5 %.", "The surplus rose 5%"),
    ("es", "El superávit se eleva un 5 %.", "The surplus rose 5%"),
    ("es", "El superávit cae un 5 %.", "The surplus fell 5%"),
    ("es", "El superávit se reduce un 5 %.", "The surplus fell 5%"),
    ("es", "La balanza comercial pasó a un déficit de 5 billones de yenes.", "turned to a deficit"),
    ("pt", "O superávit cresce 5%.", "The surplus rose 5%"),
    ("pt", "O superávit recua 5%.", "The surplus fell 5%"),
    ("pt", "O superávit teve alta de 5%.", "The surplus posted a rise of 5%"),
    ("pt", "A balança comercial passou a um déficit de 5 bilhões.", "turned to a deficit"),
    ("de", "Der Überschuss nahm um 5 Prozent zu.", "the surplus rose by 5%."),
    ("de", "Der Überschuss nahm um 5 Prozent ab.", "the surplus fell by 5%."),
    ("de", "Der Überschuss gab um 5 Prozent nach.", "the surplus fell by 5%"),
]


@pytest.mark.parametrize("lang, sentence, read_as", CELLS)
def test_each_cell_is_read(lang, sentence, read_as):
    got = read(FRAME[lang].format(sentence))
    assert got is not None
    assert read_as.lower() in got.text.lower(), got.text


def test_every_table_has_forms_for_the_three_languages_or_says_which():
    """Each concept names its English and gives forms; every form compiles on its own (a group named once)."""
    for stage in ("periods", "words", "after"):
        for lang in ("es", "pt", "de"):
            assert vocab.rules(lang, stage), (stage, lang)
    langs = {lang for _, cells in vocab.PERIODS + vocab.RECORDS + vocab.MEASURES + vocab.SEPARABLE + vocab.DIRECTIONS
             for lang in cells}
    assert langs == {"es", "pt", "de"}
    assert vocab.rules("en", "words") == []


@pytest.mark.parametrize("lang, sentence, kept", [
    # a holder's place is the languages' own rules' (not a record of the balance)
    ("es", "China es el segundo mayor tenedor de bonos del Tesoro.", "the second-largest foreign holder"),
    ("pt", "O Japão é o segundo maior detentor de títulos do Tesouro americano.", "the second-largest foreign holder"),
    ("de", "Japan ist der zweitgrößte Gläubiger der USA.", "the 2nd-largest foreign holder"),
    # a country's reserves are not its Treasuries
    ("pt", "As reservas cambiais da China caíram a 3 trilhões de dólares.", "foreign exchange reserves"),
])
def test_what_the_tables_leave_to_the_languages_rules(lang, sentence, kept):
    assert kept.lower() in read(FRAME[lang].format(sentence)).text.lower()
