"""`ustflow check` on a Japanese list of months and their figures that share one move (issue 13, session 18):

    その後、中国は米国債を減らし続け、2009年11月に93億ドル、12月に342億ドル、2010年1月に58億ドル、2月に115億ドルを売却した。
    減少額を月別にみると、9月34億ドル(約4200億円)、10月136億ドル(約1兆6800億円)、11月23億ドル(約2800億円)

Each month's figure is the holder's change in that month (the move word after the list, or the move's size named before
it: 減少額, 増加幅), not a level: read as a level, "2009年11月に93億ドル" was set against November's $929 billion and called
contradicted. Invented sentences; the expected values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read, by_claim, oku
from ustflow.views.check import check_text

DATE = "2024-06-20"  # TIC for April 2024 was out (mid-June)
MONTHS = [pd.Period(m, "M") for m in ("2023-12", "2024-01", "2024-02", "2024-03")]


def _moves(s):
    return [s[p] - s[p - 1] for p in MONTHS]


def _check_moves(r, moves):
    for p, v in zip(MONTHS, moves):
        rec = by_claim(r, oku(abs(v)))
        # (a sale of its Treasuries is read as the holder's trade: the same move of its holdings)
        assert rec["measure"] in ("holdings_change", "flow") and rec["official_period"] == f"{p - 1} to {p}", (p, rec)
        assert rec["official_value"] == pytest.approx(v)


def test_months_and_years_listed_before_one_verb_of_selling(data, tic):
    jp = tic("japan")
    moves = _moves(jp)
    items = "、".join(f"{p.year}年{p.month}月に{oku(abs(v))}" if p.month in (12, 1) else f"{p.month}月に{oku(abs(v))}"
                     for p, v in zip(MONTHS, moves))
    r = check_text(f"日本はその後も米国債の保有を動かし、{items}を売却した。", date=DATE, store=data)
    _check_moves(r, moves)
    for v in moves:
        assert as_read(by_claim(r, oku(abs(v)))) == ("supported" if v < 0 else "contradicted")


def test_the_size_of_a_fall_named_before_a_list_of_months(data, tic):
    cn = tic("china_mainland")
    moves = _moves(cn)
    items = "、".join(f"{p.month}月{oku(abs(v))}(約{round(abs(v) * 1.5)}0億円)" for p, v in zip(MONTHS, moves))
    r = check_text(f"中国の米国債保有額は昨年12月から今年3月まで動いた。減少額を月別にみると、{items}。", date=DATE, store=data)
    _check_moves(r, moves)  # (the list says each was a fall: a month that rose is contradicted)
    for v in moves:
        assert as_read(by_claim(r, oku(abs(v)))) == ("supported" if v < 0 else "contradicted")


def test_the_size_of_a_rise_as_the_topic_of_the_list(data, tic):
    uk = tic("united_kingdom")
    moves = _moves(uk)
    items = "、".join(f"{p.month}月は{oku(abs(v))}" for p, v in zip(MONTHS, moves))
    r = check_text(f"英国の米国債保有額の増加幅は、{items}だった。", date=DATE, store=data)
    for p, v in zip(MONTHS, moves):
        rec = by_claim(r, oku(abs(v)))
        assert rec["measure"] == "holdings_change" and rec["official_period"] == f"{p - 1} to {p}"
        assert rec["verdict"] == ("supported" if v > 0 else "contradicted")


def test_months_listed_with_their_levels_stay_levels(data, tic):
    jp = tic("japan")
    items = "、".join(f"{p.month}月に{oku(jp[p])}" for p in MONTHS[1:])
    r = check_text(f"日本の米国債保有残高は、{items}となった。", date=DATE, store=data)
    for p in MONTHS[1:]:
        rec = by_claim(r, oku(jp[p]))
        assert (rec["measure"], rec["official_period"], rec["verdict"]) == ("holdings_level", str(p), "supported")


def test_a_list_of_levels_by_month_is_not_a_list_of_moves(data, tic):
    cn = tic("china_mainland")
    items = "、".join(f"{p.month}月{oku(cn[p])}" for p in MONTHS[1:])
    r = check_text(f"中国の米国債保有残高を月別にみると、{items}だった。", date=DATE, store=data)
    for p in MONTHS[1:]:
        rec = by_claim(r, oku(cn[p]))
        assert (rec["measure"], rec["official_period"], rec["verdict"]) == ("holdings_level", str(p), "supported")
