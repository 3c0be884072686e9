"""German read by ``check.european`` (session 35, from batch 28's German TIC stories, opened in session 35): the
currency code after the scale ("3,4 Mrd. USD") and the compound for a foreign creditor ("der größte
Auslandsgläubiger der USA"). The sentences are the corpus's."""

from __future__ import annotations

import pytest

from ustflow.check.european import read


@pytest.mark.parametrize("text, read_as", [
    ("Den Angaben zufolge erhöhten sich die Bestände Japans um 3,4 Mrd. USD auf 1.118,5 Mrd. USD. Damit ist das Land wie "
     "schon in den fünf Vormonaten auch weiterhin der größte Auslandsgläubiger der USA.",
     "by $3.4 billion to $1,118.5 billion"),
    ("Den Angaben zufolge erhöhten sich die Bestände Japans um 3,4 Mrd. USD auf 1.118,5 Mrd. USD. Damit ist das Land wie "
     "schon in den fünf Vormonaten auch weiterhin der größte Auslandsgläubiger der USA.",
     "the largest foreign holder der USA"),
])
def test_german_tic_vocabulary_is_read(text, read_as):
    assert read_as in read(text).text


@pytest.mark.parametrize("text, read_as", [
    # session 36, from batch 29's German and Swiss TIC stories (Goldseiten, cash.ch, Handelszeitung): a place said as
    # one word, an ordinal's stem before größte ("zweitgrößte", "drittgrösste", "achtgrösster"), Switzerland's ss for ß,
    # "Wichtigster Kreditgeber", "auf Platz 2", holdings "im Besitz von Ausländern" (held by foreigners)
    ("Japan, nach China der zweitgrößte Gläubiger der USA, hat den Umfang seiner Treasuries im Februar dagegen von "
     "1.065,8 Milliarden Dollar auf 1.059,5 Milliarden Dollar verringert.", "the 2nd-largest foreign holder der USA"),
    ("China, der drittgrösste Auslandsinvestor in US-Anleihen, reduzierte seine Bestände im Juli um 25,7 Milliarden "
     "Dollar auf 730,7 Milliarden Dollar.", "China, the 3rd-largest foreign holder in US-Anleihen"),
    ("Japan, der grösste Halter von US-Staatsanleihen, erhöhte seine Bestände um 3,8 Milliarden Dollar auf 1,15 "
     "Billionen Dollar. Grossbritannien, die Nummer zwei, legte sogar um 41,3 Milliarden Dollar zu.",
     "Japan, the largest foreign holder of U.S. Treasuries"),
    ("Japan, der grösste Halter von US-Staatsanleihen, erhöhte seine Bestände um 3,8 Milliarden Dollar auf 1,15 "
     "Billionen Dollar. Grossbritannien, die Nummer zwei, legte sogar um 41,3 Milliarden Dollar zu.", "Britain, die Nummer"),
    ("Die Schweiz hält mit einem Bestand im Wert von 243 Milliarden Dollar Ende Mai nur unwesentlich weniger von den "
     "Papieren als Ende Februar. Sie ist somit weiterhin achtgrösster ausländischer Gläubiger Amerikas. Wichtigster "
     "ausländischer Kreditgeber ist Japan, vor China und Grossbritannien.", "the 8th-largest foreign holder Amerikas"),
    ("Die Schweiz hält mit einem Bestand im Wert von 243 Milliarden Dollar Ende Mai nur unwesentlich weniger von den "
     "Papieren als Ende Februar. Sie ist somit weiterhin achtgrösster ausländischer Gläubiger Amerikas. Wichtigster "
     "ausländischer Kreditgeber ist Japan, vor China und Grossbritannien.", "The largest foreign holder ist Japan"),
    ("Damit ist das Reich der Mitte wie schon in den letzten beiden Monaten der größte Auslandsgläubiger der USA. Japan "
     "war im Juni auf Platz 2 abgerutscht.", "Japan war in June in 2nd place"),
    ("Nach Angaben des US-Finanzministeriums beliefen sich die Bestände amerikanischer Bonds im Besitz von Ausländern "
     "im Juli auf 9,16 Billionen Dollar.", "held by foreigners in July to $9.16 trillion"),
])
def test_german_places_and_swiss_spellings_are_read(text, read_as):
    assert read_as in read(text).text


@pytest.mark.parametrize("text, read_as", [
    # a country named in the genitive after its holdings (session 36, batch 29: cash.ch, Goldseiten)
    ("Grossbritannien, die Nummer zwei, legte sogar um 41,3 Milliarden Dollar zu. Die Treasury-Bestände Kanadas fielen "
     "um 57,1 Milliarden Dollar auf 381,4 Milliarden Dollar – den niedrigsten Stand seit April.",
     "Canada's holdings fell by $57.1 billion to $381.4 billion"),
    ("Den Angaben zufolge erhöhten sich die Bestände Chinas um 34,5 Mrd. USD auf 1.200,5 Mrd. USD. Damit ist das Reich "
     "der Mitte wie schon in den letzten beiden Monaten der größte Auslandsgläubiger der USA.",
     "rose China's holdings by $34.5 billion"),
])
def test_a_country_in_the_genitive_after_its_holdings(text, read_as):
    assert read_as in read(text).text
