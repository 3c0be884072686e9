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


@pytest.mark.parametrize("text, read_as", [
    # session 37: "von X im Juli 2018 um Y auf nunmehr Z", "von den X im November auf aktuell Z", "um X auf aktuell Y":
    # from a figure of a named month (the month is the first figure's), by a size, to (now) a figure (batches 28, 30)
    ("Somit verringerte das Reich der Mitte beispielsweise seine Staatsanleihen im Wert von 1.171,0 Milliarden "
     "US-Dollar im Juli 2018 um 5,9 Milliarden US-Dollar auf nunmehr 1.165,1 Milliarden US-Dollar.",
     "from $1,171.0 billion in July 2018 by $5.9 billion to $1,165.1 billion"),
    ("Der zweitgrößte Auslandsgläubiger der Vereinigten Staaten war China, das seine Staatsanleihereserven von den "
     "1.089,2 Milliarden Dollar im November auf aktuell 1.069,9 Milliarden Dollar verringerte.",
     "from $1,089.2 billion in November to $1,069.9 billion"),
    ("China stockte zeitgleich um 27,9 Mrd. USD auf aktuell 1.087,6 Mrd. USD auf. Irland erhöhte seine Bestände indes "
     "um 6,4 Mrd. US-Dollar auf aktuell 315,1 Mrd. US-Dollar. Auch für Deutschland wurde ein Plus verzeichnet: Die "
     "Bestände stiegen von 73,1 Mrd. US-Dollar auf 77,1 Mrd. US-Dollar.",
     "by $6.4 billion to $315.1 billion"),
    ("China stockte zeitgleich um 27,9 Mrd. USD auf aktuell 1.087,6 Mrd. USD auf. Irland erhöhte seine Bestände indes "
     "um 6,4 Mrd. US-Dollar auf aktuell 315,1 Mrd. US-Dollar. Auch für Deutschland wurde ein Plus verzeichnet: Die "
     "Bestände stiegen von 73,1 Mrd. US-Dollar auf 77,1 Mrd. US-Dollar.", "from $73.1 billion to $77.1 billion"),
    ("Japan, nach China der zweitgrößte Gläubiger der USA, hat den Umfang seiner Treasuries im Februar dagegen von "
     "1.065,8 Milliarden Dollar auf 1.059,5 Milliarden Dollar verringert.", "from $1,065.8 billion to $1,059.5 billion"),
    ("Bis Ende Juli hatte sich diese Summe praktisch kaum geändert, sie war lediglich um drei Millionen Dollar (von "
     "14,910 bis auf 14,907 Milliarden) gesunken.", "(from 14.910 to 14.907 billion)"),
])
def test_from_a_figure_of_a_month_to_a_figure_now(text, read_as):
    assert read_as in read(text).text


def test_a_noun_of_change_keeps_its_size():
    # "ein Minus von 5,2 Milliarden Dollar auf 428,2 Milliarden Dollar" is a fall of 5.2 to 428.2, not from 5.2 to 428.2
    # (cash.ch 2025, batch 29; "ein Plus von 3,2 Mrd. US-Dollar auf aktuell 138,9 Mrd. USD", Goldseiten 2017)
    got = read("China, der drittgrösste Auslandsinvestor in US-Anleihen, reduzierte seine Bestände im Juli um 25,7 Milliarden "
               "Dollar auf 730,7 Milliarden Dollar. Belgien, dessen Bestände laut Marktanalysten auch chinesische "
               "Verwahrkonten umfassen, verzeichnete ein Minus von 5,2 Milliarden Dollar auf 428,2 Milliarden Dollar.").text
    assert "ein Minus of $5.2 billion to $428.2 billion" in got, got


def test_the_month_of_the_first_figure_is_not_the_moves(data):
    from tests.helpers import judged
    from ustflow.views.check import check_text

    got = check_text("Wie aus den Daten, die in dieser Woche vom US-Finanzministerium veröffentlicht wurden, hervorgeht, "
                     "haben sowohl China als auch Japan ihre Bestände an US-amerikanischen Staatsanleihen im August 2018 "
                     "reduziert.\n\nSomit verringerte das Reich der Mitte beispielsweise seine Staatsanleihen im Wert "
                     "von 1.171,0 Milliarden US-Dollar im Juli 2018 um 5,9 Milliarden US-Dollar auf nunmehr 1.165,1 "
                     "Milliarden US-Dollar.", date="2018-10-17", store=data)
    judged(got, "1.171,0 Milliarden US-Dollar",
           ("supported", "holdings_level", "tic.holdings.china_mainland", "2018-07"), 1171.0)
    judged(got, "5,9 Milliarden US-Dollar",
           ("supported", "holdings_change", "tic.holdings.china_mainland", "2018-07 to 2018-08"), -5.9)
    judged(got, "1.165,1 Milliarden US-Dollar",
           ("supported", "holdings_level", "tic.holdings.china_mainland", "2018-08"), 1165.1)


def test_the_usas_foreign_debt_in_bonds_is_all_foreign_holders(data):
    # "die Auslandsverschuldung der USA (über Anleihen)": TIC's grand total (session 37; Goldseiten and Asienzeitung,
    # batches 28-30, all with this sentence); "auf insgesamt" (in all) before the figure
    from tests.helpers import judged
    from ustflow.views.check import check_text

    got = check_text("Außerdem erhöhte Brasilien seinen Besitz im vergangenen Januar um 8,9 Milliarden US-Dollar auf eine "
                     "Höhe von 265,7 Milliarden US-Dollar.\n\nDie Auslandsverschuldung der USA über Anleihen belief sich "
                     "per Ende Januar auf insgesamt 6.260,4 Milliarden US-Dollar.", date="2018-03-16", store=data)
    judged(got, "6.260,4 Milliarden US-Dollar",
           ("contradicted", "holdings_level", "tic.holdings.grand_total", "2018-01"), 6194.6)
