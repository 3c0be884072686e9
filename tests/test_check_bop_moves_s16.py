"""Records and runs of a balance-of-payments item's MOVES, counted as the release counts them (session 16):

- a Japanese run or first whose move is named as its topic before it ("黒字の減少は3年連続", "黒字額の増加は4か月連続",
  "増加は7カ月ぶり", "黒字幅が縮小したのは、2001年度以来7年ぶり") counts rises or falls, not surpluses;
- "Nカ月連続で前年同月を上回った / 前年同月の水準を下回った" counts rises (falls) from a year before;
- "減少幅は3カ月連続で縮小" (a change of a change) is not counted;
- a run whose base comes from the story alone and fails on it, but holds on the other base, is unverifiable;
- a record whose words name a move ("過去最大の減少幅", "過去最大の落ち込み", "fell at a record pace") ranks the change
  of the balance among the same spans, not the balance (``bop_move_records``).

Invented sentences; expected verdicts computed from the store's own BoJ series (``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read, series
from ustflow.views.check import check_text

_CA = "boj.bop.bpbp6jyncb"


def _oku(v: float) -> str:
    n = int(abs(v))
    cho, rest = divmod(n, 10000)
    return f"{cho}兆{rest}億円" if cho else f"{rest}億円"


def _fy(s: pd.Series) -> pd.Series:
    """Fiscal-year sums (April-March), labelled by the fiscal year."""
    s = s[s.index >= pd.Period("1996-04", "M")]
    fy = s.groupby([(p - 3).year for p in s.index]).agg(["sum", "count"])
    return fy[fy["count"] == 12]["sum"]


def _run(x: pd.Series, end, d: int) -> int:
    k = 0
    for p in reversed(x[x.index <= end].index):
        if x[p] * d > 0:
            k += 1
        else:
            break
    return k


def _got(recs: list[dict], measure: str) -> dict:
    got = [r for r in recs if r["measure"] == measure]
    assert got, [(r["claim"], r["measure"], r["verdict"]) for r in recs]
    return got[0]


@pytest.mark.parametrize("topic, d", [("黒字の減少は{n}年連続。", -1), ("黒字額の縮小は{n}年連続となった。", -1),
                                      ("黒字の増加は{n}年連続。", 1)])
def test_a_fiscal_run_whose_move_is_its_topic_counts_moves(data, loaded_store, topic, d):
    fy = _fy(series(_CA, loaded_store))
    ch = (fy - fy.shift(1)).dropna()
    y = next(y for y in reversed(ch.index) if ch[y] * d > 0 and y < 2023)
    k = _run(ch, y, d)
    v = float(fy[y])
    for n, ok in ((k, "supported"), (k + 1, "contradicted")):
        text = (f"財務省が発表した{y}年度の国際収支速報によると、経常収支は{_oku(v)}の黒字となった。" + topic.format(n=n))
        recs = check_text(text, date=f"{y + 1}-05-20", store=data)
        got = _got(recs, "streak")
        assert as_read(got) == ok, got["explanation"]
        assert "fiscal year(s) of" in got["explanation"] and ("falls" if d < 0 else "rises") in got["explanation"]


def _month_run(store, d: int):
    """A recent month in surplus ending a run (2-8 long) of rises (falls) from a year before."""
    s = series(_CA, store)
    yoy = (s - s.shift(12)).dropna()
    for p in reversed(yoy.index):
        k = _run(yoy, p, d)
        if 2 <= k <= 8 and s[p] > 0 and p.year >= 2012:
            return p, k, float(s[p])
    raise AssertionError("no such month")


@pytest.mark.parametrize("tail, d", [
    ("黒字額の増加は{n}か月連続となります。", 1),
    ("{n}カ月連続で前年同月を上回った。", 1),
    ("{n}カ月連続で黒字幅が前年同月の水準を上回った。", 1),
    ("黒字の減少は{n}カ月連続。", -1),
    ("{n}カ月連続で前年同月を下回った。", -1),
])
def test_a_month_run_of_moves_from_a_year_before(data, loaded_store, tail, d):
    p, k, v = _month_run(loaded_store, d)
    when = (p + 2).to_timestamp().strftime("%Y-%m-10")
    for n, ok in ((k, "supported"), (k + 2, "contradicted")):
        text = f"{p.year}年{p.month}月の経常収支は前年同月比で{'増' if d > 0 else '減'}り、{_oku(v)}の黒字だった。" + tail.format(n=n)
        got = _got(check_text(text, date=when, store=data), "streak")
        assert as_read(got) == ok, got["explanation"]
        assert "from a year before" in got["explanation"]


def test_a_first_move_in_n_months_named_as_its_topic(data, loaded_store):
    s = series(_CA, loaded_store)
    yoy = (s - s.shift(12)).dropna()
    rises = [p for p in yoy.index if yoy[p] > 0 and p.year >= 2012]
    p = next(p for p in reversed(rises) if 3 <= (p - max(q for q in rises if q < p)).n <= 12)
    gap = (p - max(q for q in rises if q < p)).n
    when = (p + 2).to_timestamp().strftime("%Y-%m-10")
    for n, ok in ((gap, "supported"), (gap + 3, "contradicted")):
        text = (f"{p.year}年{p.month}月の経常収支は前年同月比で増え、{_oku(float(s[p]))}の黒字だった。"
                f"黒字は続き、増加は{n}カ月ぶりとなる。")
        got = _got(check_text(text, date=when, store=data), "first_since")
        assert as_read(got) == ok, got["explanation"]


def test_a_run_of_surpluses_still_counts_surpluses(data, loaded_store):
    """Must not fire: "黒字は…連続" names no move."""
    s = series(_CA, loaded_store)
    p = s.index[-30]
    k = _run(s, p, 1)
    text = f"{p.year}年{p.month}月の経常収支は{_oku(float(s[p]))}の黒字だった。黒字は{k}カ月連続。"
    got = _got(check_text(text, date=(p + 2).to_timestamp().strftime("%Y-%m-10"), store=data), "streak")
    assert "surpluses" in got["explanation"] and got["verdict"] in ("supported", "unverifiable")


def test_a_run_of_a_changes_size_is_not_counted(data, loaded_store):
    p, _, v = _month_run(loaded_store, -1)
    text = f"{p.year}年{p.month}月の経常収支は{_oku(v)}の黒字だった。減少幅は3カ月連続で縮小した。"
    got = _got(check_text(text, date=(p + 2).to_timestamp().strftime("%Y-%m-10"), store=data), "streak")
    assert got["verdict"] == "unverifiable" and "size of a change" in got["explanation"]


def _mom_not_yoy(store):
    """A month ending exactly two rises from the month before that is below the same month a year before."""
    s = series(_CA, store)
    mom, yoy = (s - s.shift(1)).dropna(), (s - s.shift(12)).dropna()
    for p in reversed(yoy.index):
        if _run(mom, p, 1) == 2 and yoy[p] < 0 and s[p] > 0:
            return p, float(s[p]), float(s[p - 12])
    raise AssertionError("no such month")


def test_a_run_failing_only_on_the_storys_base_is_unverifiable(data, loaded_store):
    p, v, v0 = _mom_not_yoy(loaded_store)
    text = (f"{p.year}年{p.month}月の国際収支速報によると、輸出は前年同月比で減った。\n\n"
            f"経常収支は{_oku(v)}の黒字で、2カ月連続で黒字幅が拡大した。前年同月比では{_oku(v0 - v)}減。")
    got = _got(check_text(text, date=(p + 2).to_timestamp().strftime("%Y-%m-10"), store=data), "streak")
    assert got["verdict"] == "unverifiable" and "holds on the other" in got["explanation"]


def test_a_run_told_with_a_percent_change_keeps_the_storys_base(data, loaded_store):
    """Must not fire: "fell 5.0 percent ..., the second straight month of decline" is counted from a year before."""
    p, v, v0 = _mom_not_yoy(loaded_store)
    text = (f"Japan's current account surplus in {p:%B %Y} fell from a year earlier, the Finance Ministry said.\n\n"
            f"The current account surplus rose {abs(100 * (v / s0 - 1)) if (s0 := v0) else 0:.1f} percent to "
            f"{v / 10:,.1f} billion yen, marking the second straight month of growth.")
    got = _got(check_text(text, date=(p + 2).to_timestamp().strftime("%Y-%m-10"), store=data), "streak")
    assert "holds on the other" not in got["explanation"]


def _cy(s: pd.Series) -> pd.Series:
    g = s.groupby([p.year for p in s.index]).agg(["sum", "count"])
    return g[g["count"] == 12]["sum"]


@pytest.mark.parametrize("words, how", [("過去最大の減少幅", "amount"), ("過去最大の減少率", "rate"),
                                        ("過去最大の落ち込み", "both")])
def test_a_record_of_a_fall_ranks_the_years_falls(data, loaded_store, words, how):
    cy = _cy(series(_CA, loaded_store))
    amount, rate = (cy - cy.shift(1)).dropna(), (100 * (cy / cy.shift(1) - 1)).dropna()
    y = 2008  # the largest fall of the calendar year's current account in the data (the store's, computed below)
    rec_a = amount[amount.index <= y].idxmin() == y
    rec_r = rate[rate.index <= y].idxmin() == y
    want = {"amount": rec_a, "rate": rec_r, "both": rec_a and rec_r}[how]
    text = f"財務省が発表した{y}年の国際収支によると、経常収支の黒字は{_oku(float(cy[y]))}となった。{words}となった。"
    got = _got(check_text(text, date=f"{y + 1}-02-10", store=data), "extreme")
    assert got["verdict"] == ("supported" if want else "contradicted"), got["explanation"]
    assert "from a year before among calendar years" in got["explanation"]


def test_an_english_record_pace_is_a_rate(data, loaded_store):
    fy = _fy(series(_CA, loaded_store))
    rate = (100 * (fy / fy.shift(1) - 1)).dropna()
    y = int(rate.idxmin())
    text = (f"The current account surplus fell at a record pace in fiscal {y}, the Finance Ministry said.\n\n"
            f"The surplus was down {abs(rate[y]):.1f} percent from a year earlier to ¥{fy[y] / 10000:.2f} trillion.")
    got = _got(check_text(text, date=f"{y + 1}-05-14", store=data), "extreme")
    assert got["verdict"] == "supported" and "in percent" in got["explanation"], got["explanation"]


def test_a_record_of_the_balance_is_still_the_balances(data, loaded_store):
    """Must not fire: "過去最大の黒字" ranks the balance itself."""
    cy = _cy(series(_CA, loaded_store))
    y = int(cy.idxmax())
    text = f"財務省が発表した{y}年の国際収支によると、経常収支は過去最大の黒字となる{_oku(float(cy[y]))}だった。"
    got = _got(check_text(text, date=f"{y + 1}-02-10", store=data), "extreme")
    assert "surplus" in got["explanation"] and "from a year before" not in got["explanation"]
