"""`ustflow check` on a place among holders of another kind of US security (``check.rank_assets.rank_beyond``, issue 13,
session 13): "the five largest holders of U.S. stocks", "the largest foreign holder of US corporate bonds",
"米国株の保有国トップ5" are rankings TIC's Major Foreign Holders table (US Treasuries only) does not make, so the place
is unverifiable with that reason, never supported or contradicted against the Treasury ranking by coincidence. A
place among holders of Treasuries (however the Treasuries are named) is still judged. Invented sentences; the places
expected are computed here from the loaded TIC table."""

from __future__ import annotations

import pytest

from tests.helpers import a_month_at, month_name, released
from ustflow.views.check import check_text


def _ranked(data, text, p):
    return [r for r in check_text(text, date=released(p), store=data) if r["unit"] == "rank"]


@pytest.mark.parametrize("pattern", [
    "The five largest holders of U.S. stocks were Canada, the United Kingdom and Japan in {m}.",
    "In {m}, Canada was the largest foreign holder of US equities, ahead of Britain.",
    "Belgium is the biggest holder of U.S. corporate bonds, according to the data for {m}.",
    "Japan ranked first among holders of American agency debt in {m}.",
    "Japan was the largest foreign investor in U.S. securities in {m}, counting stocks and bonds together.",
    "{m}時点で、米国株の保有国トップ3はカナダ、英国、日本だった。",
])
def test_a_place_among_holders_of_other_us_securities_is_unverifiable(data, ranks, pattern):
    p = a_month_at(ranks, "japan", 1, "2020-01")
    month = f"{p.year}年{p.month}月" if "米国株" in pattern else month_name(p)
    recs = _ranked(data, pattern.format(m=month), p)
    assert recs, "the place is read as a claim"
    for r in recs:
        assert r["verdict"] == "unverifiable", r
        assert "Treasuries only" in r["explanation"]


@pytest.mark.parametrize("pattern", [
    "Japan was the largest foreign holder of U.S. Treasury securities in {m}.",
    "In {m}, Japan remained the largest holder of US government debt.",
    "Japan was the top foreign owner of Treasuries in {m}, ahead of China.",
    "{m}時点で、米国債の保有国トップ3の首位は日本だった。",
])
def test_a_place_among_holders_of_treasuries_is_still_judged(data, ranks, pattern):
    p = a_month_at(ranks, "japan", 1, "2020-01")
    month = f"{p.year}年{p.month}月" if "米国債" in pattern else month_name(p)
    recs = [r for r in _ranked(data, pattern.format(m=month), p) if r["subject"] == "Japan"]
    assert recs and all(r["verdict"] == "supported" for r in recs), recs
