"""Balance-of-payments items across languages (session 38, family B: a BoP figure whose measure was not read).

A BoP item told as a multiple of its own level a year before is judged (``bop_judge._bop_multiple``): Japanese 倍
("前年比5.5倍", "前年同月比約3.4倍", "前年度比5.7倍"), English -fold / quadrupled ("soared 2.8-fold from the previous year",
"more than quadrupled", "expanded more than six-fold from a year earlier": the balance told before), Spanish and
Portuguese veces / el doble / triplicando, German "um den Faktor 17". German names the items in phrases and compounds
the reading now knows ("Im Handel mit Waren (und Dienstleistungen)", "Im Warenhandel", "Außenhandelsüberschuss",
"Überschuß", "Bilanzüberschuss", "Einkommen aus Auslandsanlagen") with the verbs of its releases (sackte, schnellte ...
nach oben, zog ... an). The sentences are the corpus's (articles of batches 14-31, eleven publications), with a
synthetic one or two in another wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import by_claim
from ustflow.check.european import read
from ustflow.views.check import check_text

ARTICLES = Path(__file__).resolve().parent / "claims_corpus" / "articles"


def _article(art: str, date: str, fig: str, data, last: bool = False) -> dict:
    recs = check_text((ARTICLES / f"{art}.txt").read_text(encoding="utf-8"), date=date, store=data)
    return by_claim(recs[::-1] if last else recs, fig)


@pytest.mark.parametrize("art, date, fig, verdict, series, official", [
    # the headline's item is the one before the multiple, not the next clause's ("5.5倍-輸出は回復基調")
    ("bloomberg-jp-2010-02-08-ja-december-2009-current-account-5-5-times", "2010-02-08", "5.5倍", "contradicted",
     "bpbp6jyncb", 25.52),
    ("jcast-2010-05-13-ja-fy2009-current-account-up", "2010-05-13", "5.7倍", "contradicted", "bpbp6jyntb", 3.008),
    ("jiji-diamondrm-2023-10-10-ja-august-2023-current-account-3-4-times", "2023-10-10", "約3.4倍", "contradicted",
     "bpbp6jyncb", 3.849),
    ("jiji-japannews-2024-05-10-fy2023-current-account-record", "2024-05-10", "2.8-fold", "contradicted", "bpbp6jyncb",
     2.9),
    ("jiji-2024-02-29-digital-trade-deficit-expands", "2024-02-29", "2.6-fold", "contradicted", "bpbp6jynsn9062", 2.769),
    ("xinhua-chinagate-2015-10-08-august-surplus-14th-month", "2015-10-08", "more than six-fold", "contradicted",
     "bpbp6jyncb", 4.105),
    ("nippon-es-2016-02-2015-current-account-five-year-high-travel", "2016-02-08", "6,3 veces más", "contradicted",
     "bpbp6jyncb", 4.213),
    ("japanmarkt-2017-05-15-de-fy2016-surplus-20-trillion-income", "2017-05-15", "um den Faktor 17", "contradicted",
     "bpbp6jyntb", 19.294),
])
def test_a_bop_multiple_in_the_corpus_is_judged(data, art, date, fig, verdict, series, official):
    rec = _article(art, date, fig, data)
    assert rec["verdict"] == verdict and series in rec["series"], rec
    assert round(rec["official_value"], 3) == pytest.approx(official, abs=0.001), rec


def test_a_multiple_said_as_a_rise_needs_no_direction_word(data):
    # "more than quadrupled in the six months to September": the multiplier is the move (+300%)
    rec = _article("dukascopy-2015-11-10-september-surplus-15th-month", "2015-11-10", "more than quadrupled", data)
    assert rec["verdict"] == "contradicted" and "bpbp6jyncb" in rec["series"], rec
    assert round(rec["official_value"], 1) == 216.1, rec


@pytest.mark.parametrize("text, read_as", [
    ("Der Außenhandelsüberschuss stieg den Angaben zufolge um 41 Prozent.", "The trade surplus rose"),
    ("Im Handel mit Waren stieg der Bilanzüberschuss um 38,8 Prozent auf rund 5,8 Billionen Yen.",
     "In goods trade rose the surplus by 38.8%"),
    ("Im Handel mit Waren und Dienstleistungen stieg der Überschuß im vergangenen Jahr um 66,3 Prozent auf 9,6 "
     "Billionen Yen.", "In goods and services trade rose the surplus"),
    ("Im Warenhandel sank der Überschuss dabei um 36,2 Prozent auf 4,2 Billionen Yen", "In goods trade fell the surplus"),
    ("Der Handelsüberschuss sackte um 89,9 Prozent auf 64,8 Mrd. Yen.", "The trade surplus fell by 89.9%"),
    ("Der Überschuss im Warenhandel stieg zwar um den Faktor 17 zum Vorjahr auf 5,8 Billionen Yen.", "rose zwar 17-fold"),
    ("Aber das ist weniger als Japans Einkommen aus Auslandsanlagen in Höhe von 18,4 Billionen Yen.",
     "Japan's primary income of 18.4 trillion yen"),
    # (a synthetic one: services, a deficit)
    ("Im Handel mit Dienstleistungen schnellte das Defizit um 12,5 Prozent auf 1,2 Billionen Yen nach oben.",
     "In services trade rose the deficit by 12.5% to 1.2 trillion yen."),
])
def test_german_bop_item_words_are_read(text, read_as):
    lede = ("Wie das Finanzministerium in Tokio am Montag mitteilte, ist die japanische Leistungsbilanz im Vergleich zum "
            "Vorjahr gestiegen. ")
    assert read_as in read(lede + text).text


@pytest.mark.parametrize("art, date, fig, verdict, series", [
    # (the body's "Der Außenhandelsüberschuss stieg den Angaben zufolge um 41 Prozent", not the headline's)
    ("ap-derstandard-2004-04-16-de-february-2004-surplus-up-46", "2004-04-16", "41 Prozent", "contradicted", "bpbp6jyntb"),
    ("dpa-tagesspiegel-2002-08-12-de-first-half-2002-record-surplus", "2002-08-12", "38,8 Prozent", "contradicted",
     "bpbp6jyntb"),
    ("dpa-tagesspiegel-2002-08-12-de-first-half-2002-record-surplus", "2002-08-12", "51,9 Prozent", "contradicted",
     "bpbp6jyncb"),
    ("managermagazin-1999-02-08-de-1998-record-surplus-15-9-trillion", "1999-02-08", "66,3 Prozent", "contradicted",
     "bpbp6jynts"),
    ("managermagazin-1999-02-08-de-1998-record-surplus-15-9-trillion", "1999-02-08", "29,9 Prozent", "supported",
     "bpbp6jyntb"),
    ("dpa-derstandard-2001-03-14-de-january-2001-surplus-lowest-since-1997", "2001-03-14", "89,9 Prozent", "contradicted",
     "bpbp6jyntb"),
    ("japanmarkt-2017-05-15-de-fy2016-surplus-20-trillion-income", "2017-05-15", "18,4 Billionen Yen", "contradicted",
     "bpbp6jynpin"),
])
def test_german_bop_items_in_the_corpus_are_judged(data, art, date, fig, verdict, series):
    rec = _article(art, date, fig, data, last=True)
    assert rec["verdict"] == verdict and series in rec["series"], rec

