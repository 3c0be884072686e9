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
    for stage in ("words", "after"):
        for lang in ("es", "pt", "de"):
            assert vocab.rules(lang, stage), (stage, lang)
    langs = {lang for _, cells in vocab.RECORDS + vocab.SEPARABLE + vocab.DIRECTIONS for lang in cells}
    assert langs == {"es", "pt", "de"}
    assert vocab.rules("en", "words") == []


@pytest.mark.parametrize("lang, sentence, kept", [
    # a holder's place is the languages' own rules' (not a record of the balance)
    ("es", "China es el segundo mayor tenedor de bonos del Tesoro.", "the second-largest foreign holder"),
    ("pt", "O Japão é o segundo maior detentor de títulos do Tesouro americano.", "the second-largest foreign holder"),
    ("de", "Japan ist der zweitgrößte Gläubiger der USA.", "the 2nd-largest foreign holder"),
])
def test_what_the_tables_leave_to_the_languages_rules(lang, sentence, kept):
    assert kept.lower() in read(FRAME[lang].format(sentence)).text.lower()
