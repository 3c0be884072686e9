"""`ustflow check` on a numbered list of holders in Japanese (issue 13, session 9): "1. 日本──X億ドル 2. 英国──Y億ドル"
is a place and a holdings level for each holder (the latest month published when no period is said); one item alone,
or items without a dollar figure after a dash, are no list. Invented sentences; the places and levels from the
loaded store (October 2025, the latest month published on 2026-01-07)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series, usd_bn_ja
from ustflow.views.check import check_text

DATE = "2026-01-07"


def _oku(store, slug: str) -> str:
    return usd_bn_ja(float(series(f"tic.holdings.{slug}", store)[pd.Period("2025-10", "M")]))


@pytest.mark.parametrize("sep", ["──", "：", "—"])
def test_each_item_is_a_place_and_a_level(data, loaded_store, sep):
    jp, uk, cn = (_oku(loaded_store, s) for s in ("japan", "united_kingdom", "china_mainland"))
    text = f"米国債の最大の保有国トップ3は以下の通り。 1. 日本{sep}{jp}(約188兆円) 2. 英国{sep}{uk} 3. 中国{sep}{cn}"
    r = check_text(text, date=DATE, store=data)
    for item, fig, subject in (("1. 日本", jp, "Japan"), ("2. 英国", uk, "United Kingdom"),
                               ("3. 中国", cn, "China (mainland)")):
        rank = by_claim(r, item)
        assert rank["subject"] == subject and rank["verdict"] == "supported"
        level = by_claim(r, fig)
        assert level["subject"] == subject and level["measure"] == "holdings_level"
        assert level["official_period"] == "2025-10" and level["verdict"] == "supported"


def test_a_wrong_place_in_a_list_is_contradicted(data, loaded_store):
    jp, cn = _oku(loaded_store, "japan"), _oku(loaded_store, "china_mainland")
    r = check_text(f"主要な債権国は次の通り。1. 日本──{jp} 2. 中国──{cn}", date=DATE, store=data)
    assert by_claim(r, "2. 中国")["verdict"] == "contradicted"  # the United Kingdom is second


@pytest.mark.parametrize("text", [
    "1. 日本──1兆2000億ドル",  # one item: a heading, a footnote
    "1. 日本──首位を維持 2. 中国──保有を削減",  # no figure after the dash
    "1. 日本──3兆円 2. 中国──2兆円",  # yen: not Treasury holdings
])
def test_no_list(data, text):
    r = check_text(text, date=DATE, store=data)
    assert not any(rec["claim"] in ("1. 日本", "2. 中国") for rec in r)
