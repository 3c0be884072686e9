"""Paraphrases of the facts behind session 16's balance-of-payments rules, as another reporter would write them
(issue 13: a rule that fits one article's words and breaks on a plain paraphrase is overfit):

- 4f845261 (bop_records, bop_move_records): runs, firsts and records of a balance's MOVES, here in other tenses and
  word orders ("黒字幅が縮小するのは3年連続", "前年同月を3カ月連続で上回った", "減少幅は過去最大", "a record fall"), on a
  deficit's moves, and the must-not-fire cases (a move of oil prices or imports beside the balance, a deficit's words
  read on a balance in surplus);
- 2b68058e (since_spans, bop_items, attach, qualifiers): a record "since" a span in other names of the span, a span
  through its last month, trade items and moves named in other ways, from/to pairs with conversions, runs of halves
  in other words; must-not-fire: "since the 2008 global financial crisis", halves counted on a monthly TIC series.

Each test names the commit it probes. Invented sentences; the facts and the expected values are the store's own
(``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read, bop_series, by_claim, release_day, series, yen_oku
from ustflow.views.check import check_text

_ORD = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth"}


def _kind(recs: list[dict], measure: str) -> dict:
    got = [r for r in recs if r["measure"] == measure]
    assert got, [(r["claim"], r["measure"], r["verdict"]) for r in recs]
    return got[0]


def _run(x: pd.Series, end, d: int) -> int:
    k = 0
    for p in reversed(x[x.index <= end].index):
        if x[p] * d <= 0:
            break
        k += 1
    return k


def _fy(s: pd.Series) -> pd.Series:
    s = s[s.index >= pd.Period("1996-04", "M")]
    g = s.groupby([(p - 3).year for p in s.index]).agg(["sum", "count"])
    return g[g["count"] == 12]["sum"]


def _cy(s: pd.Series) -> pd.Series:
    g = s.groupby([p.year for p in s.index]).agg(["sum", "count"])
    return g[g["count"] == 12]["sum"]


# 4f845261: a run whose move is its topic, in other tenses ------------------------------------------------------------


def _fiscal_fall_run(store) -> tuple[int, int, float]:
    fy = _fy(bop_series(store, "bpbp6jyncb"))
    ch = fy.diff().dropna()
    y = next(y for y in reversed(ch.index) if ch[y] < 0 and 2 <= _run(ch, y, -1) <= 8 and fy[y] > 0)
    return int(y), _run(ch, y, -1), float(fy[y])


@pytest.mark.parametrize("tail", ["黒字幅が縮小するのは{n}年連続。", "前年度を下回るのは{n}年連続だ。",
                                  "前年度比で減少するのは{n}年連続となる。", "経常黒字の縮小は{n}年連続となった。",
                                  "黒字額が前年度より減ったのは{n}年連続。"])
def test_s16_a_fiscal_run_of_falls_told_in_other_tenses(data, loaded_store, tail):
    """4f845261 (_JA_MOVE_BEFORE): the move as the run's topic in the present tense (する, 下回る) counts falls too;
    before this audit "縮小するのは3年連続" counted 25 years of surpluses and was contradicted."""
    y, k, v = _fiscal_fall_run(loaded_store)
    for n, ok in ((k, "supported"), (k + 1, "contradicted")):
        text = f"財務省が発表した{y}年度の国際収支速報によると、経常収支は{yen_oku(v)}の黒字となった。" + tail.format(n=n)
        got = _kind(check_text(text, date=f"{y + 1}-05-20", store=data), "streak")
        assert as_read(got) == ok and "falls" in got["explanation"], got["explanation"]


def _month_run(store, code: str, d: int, sign: int = 1) -> tuple[pd.Period, int, float]:
    """A month whose balance is on ``sign``'s side ending a run (3-8 long) of rises (falls) from a year before."""
    s = bop_series(store, code)
    yoy = (s - s.shift(12)).dropna()
    for p in reversed(yoy.index):
        k = _run(yoy, p, d)
        if 3 <= k <= 8 and s[p] * sign > 0 and s[p - 12] * sign > 0 and p.year >= 2008:
            return p, k, float(s[p])
    raise AssertionError("no such month")


@pytest.mark.parametrize("tail, d", [
    ("前年同月を{n}カ月連続で上回った。", 1),
    ("前年同月を上回るのは{n}カ月連続。", 1),
    ("前年同月比で増加するのは{n}カ月連続となる。", 1),
    ("{n}カ月連続の前年比増加となった。", 1),
    ("前年同月を{n}カ月連続で下回った。", -1),
    ("黒字額が前年同月を下回るのは{n}カ月連続だ。", -1),
])
def test_s16_a_month_run_from_a_year_before_in_other_word_orders(data, loaded_store, tail, d):
    """4f845261 (_JA_ABOVE_AFTER, _JA_MOVE_AFTER): the base named before the run and its verb after it, or the base
    between the run and its move; before this audit each counted months of surplus (contradicted)."""
    p, k, v = _month_run(loaded_store, "bpbp6jyncb", d)
    for n, ok in ((k, "supported"), (k + 2, "contradicted")):
        text = f"財務省が発表した{p.year}年{p.month}月の国際収支速報によると、経常収支は{yen_oku(v)}の黒字だった。" + tail.format(n=n)
        got = _kind(check_text(text, date=release_day(p), store=data), "streak")
        assert as_read(got) == ok and "from a year before" in got["explanation"], got["explanation"]


@pytest.mark.parametrize("tail", ["赤字額が前年同月を上回るのは{n}カ月連続。", "赤字幅が前年同月より拡大するのは{n}カ月連続。"])
def test_s16_a_deficits_widening_run_counts_the_balances_falls(data, loaded_store, tail):
    """4f845261 on a deficit: a deficit's growth named as the run's topic is a run of the balance's falls (the deficit's
    words reach further back than the 12 characters read before)."""
    p, k, v = _month_run(loaded_store, "bpbp6jyntb", -1, sign=-1)
    text = (f"財務省が発表した{p.year}年{p.month}月の国際収支速報によると、貿易収支は{yen_oku(v)}の赤字で、"
            + tail.format(n=k))
    got = _kind(check_text(text, date=release_day(p), store=data), "streak")
    assert got["verdict"] == "supported" and "falls from a year before" in got["explanation"], got["explanation"]


def test_s16_a_deficits_run_read_on_a_balance_in_surplus_is_not_judged(data, loaded_store):
    """Must not fire: a run of a deficit's moves read on a balance in surplus that month is not the balance the words
    are about (unverifiable, not a count of the surplus's moves)."""
    p, k, v = _month_run(loaded_store, "bpbp6jyncb", 1)
    text = (f"財務省が発表した{p.year}年{p.month}月の国際収支速報によると、経常収支は{yen_oku(v)}の黒字だった。"
            f"赤字額が前年同月を上回るのは{k}カ月連続。")
    got = _kind(check_text(text, date=release_day(p), store=data), "streak")
    assert got["verdict"] == "unverifiable" and "not the balance the words are about" in got["explanation"], got


@pytest.mark.parametrize("text", [
    "財務省が発表した{y}年{m}月の国際収支速報によると、経常収支は{v}の黒字だった。黒字額が市場予想を上回るのは{n}カ月連続。",
    "財務省が発表した{y}年{m}月の国際収支速報によると、経常収支は{v}の黒字で、{n}カ月連続で市場予想を上回った。",
    "Japan's current account surplus was {e} billion yen in {mo} {y}, beating market forecasts for the {o} straight month.",
])
def test_s16_a_run_of_beating_forecasts_is_not_a_run_of_rises(data, loaded_store, text):
    """4f845261, must not fire: 上回る / 'beating' a forecast is no move of the balance from a year before (the audit
    keeps 上回る / 下回る to a base, 前年同月を上回る); the store holds no forecasts, so not counted."""
    p, k, v = _month_run(loaded_store, "bpbp6jyncb", 1)
    text = text.format(y=p.year, m=p.month, mo=f"{p:%B}", v=yen_oku(v), e=f"{v / 10:,.1f}", n=k, o=_ORD[k])
    got = _kind(check_text(text, date=release_day(p), store=data), "streak")
    assert got["verdict"] == "unverifiable" and "forecasts" in got["explanation"], got["explanation"]


@pytest.mark.parametrize("tail", ["前年同月を上回るのは{n}カ月ぶり。", "前年同月比で増加したのは{n}か月ぶりだ。",
                                  "{n}カ月ぶりに前年同月を上回った。"])
def test_s16_a_first_rise_in_n_months_in_other_words(data, loaded_store, tail):
    """4f845261 (first_since with the move as topic): the base and its verb around the phrase, in other tenses."""
    s = bop_series(loaded_store, "bpbp6jyncb")
    yoy = (s - s.shift(12)).dropna()
    rises = [p for p in yoy.index if yoy[p] > 0 and p.year >= 2012]
    p = next(p for p in reversed(rises) if 3 <= (p - max(q for q in rises if q < p)).n <= 12 and s[p] > 0)
    gap = (p - max(q for q in rises if q < p)).n
    for n, ok in ((gap, "supported"), (gap + 3, "contradicted")):
        text = f"{p.year}年{p.month}月の経常収支は{yen_oku(float(s[p]))}の黒字だった。" + tail.format(n=n)
        got = _kind(check_text(text, date=release_day(p), store=data), "first_since")
        assert as_read(got) == ok, got["explanation"]


# 4f845261: records of a move (bop_move_records) -----------------------------------------------------------------------


def _largest_fall_year(store) -> tuple[int, float, bool, bool]:
    """A calendar year whose current account fell by the largest amount so far; whether its rate was a record too."""
    cy = _cy(bop_series(store, "bpbp6jyncb"))
    amount, rate = cy.diff().dropna(), (100 * (cy / cy.shift(1) - 1)).dropna()
    y = int(amount.idxmin())
    return y, float(cy[y]), True, bool(rate[rate.index <= y].idxmin() == y)


@pytest.mark.parametrize("words, how", [("黒字の減少幅は過去最大となった。", "amount"), ("減少幅は過去最大。", "amount"),
                                        ("下げ幅は過去最大だった。", "amount"), ("過去最大の減り幅だった。", "amount"),
                                        ("黒字幅の縮小は過去最大だった。", "both")])
def test_s16_a_record_whose_move_is_its_topic_ranks_the_move(data, loaded_store, words, how):
    """4f845261 (move_named): the move named before the record (its topic), or with 下げ / 減り; before this audit the
    balance's level was ranked ('not the largest surplus on record')."""
    y, v, rec_a, rec_r = _largest_fall_year(loaded_store)
    want = {"amount": rec_a, "both": rec_a and rec_r}[how]
    text = f"財務省が発表した{y}年の国際収支によると、経常収支の黒字は{yen_oku(v)}となった。{words}"
    got = _kind(check_text(text, date=f"{y + 1}-02-10", store=data), "extreme")
    assert got["verdict"] == ("supported" if want else "contradicted"), got["explanation"]
    assert "from a year before among calendar years" in got["explanation"], got["explanation"]


@pytest.mark.parametrize("tail", [", a record fall.", ", the biggest drop on record.", ". It shrank by a record amount."])
def test_s16_an_english_record_fall_of_the_balance(data, loaded_store, tail):
    """4f845261 in English: 'a record fall' (the move after the record's phrase, a space between)."""
    y, v, rec_a, rec_r = _largest_fall_year(loaded_store)
    text = (f"Japan's current account surplus fell in {y}, the Finance Ministry said.\n\n"
            f"The current account surplus was {v / 10000:.2f} trillion yen" + tail)
    got = _kind(check_text(text, date=f"{y + 1}-02-10", store=data), "extreme")
    want = rec_a if "amount" in tail else rec_a and rec_r
    assert got["verdict"] == ("supported" if want else "contradicted"), got["explanation"]
    assert "from a year before" in got["explanation"], got["explanation"]


def _largest_rise_year(store) -> tuple[int, float]:
    cy = _cy(bop_series(store, "bpbp6jyncb"))
    y = int(cy.diff().idxmax())
    return y, float(cy[y])


@pytest.mark.parametrize("text", [
    "財務省が発表した{y}年の国際収支によると、経常収支の黒字は{v}に拡大した。原油価格の下落幅が過去最大となったためだ。",
    "Japan's current account surplus widened to {t} trillion yen in {y}, helped by a record drop in imports.",
    "Japan's current account surplus widened to {t} trillion yen in {y}, helped by the biggest fall in oil prices on "
    "record.",
])
def test_s16_a_record_move_of_something_else_is_not_the_balances(data, loaded_store, text):
    """4f845261, must not fire: the record is of oil prices' or imports' move, said beside the balance, which rose
    that year ('not a fall' of the balance was the verdict before this audit)."""
    y, v = _largest_rise_year(loaded_store)
    recs = check_text(text.format(y=y, v=yen_oku(v), t=f"{v / 10000:.2f}"), date=f"{y + 1}-02-10", store=data)
    got = [r for r in recs if r["measure"] == "extreme"]
    assert not [r for r in got if r["verdict"] == "contradicted"], got


def test_s16_a_record_balance_for_n_straight_years_with_the_item_inside(data, loaded_store):
    """4f845261 (_EN_RECORD_BEFORE): 'a record current account surplus for the second straight year' is a run of
    records, as 'a record surplus in its current account' was (before this audit it counted years of surplus)."""
    cy = _cy(bop_series(loaded_store, "bpbp6jyncb"))
    rec = (cy - cy.cummax().shift(1)).dropna()
    y = int(max(y for y in rec.index if rec[y] > 0 and 2 <= _run(rec, y, 1) <= 5))
    k = _run(rec, y, 1)
    for words in (f"posted a record current account surplus for the {_ORD[k]} straight year",
                  f"logged a record trade and current account surplus for the {_ORD[k]} straight year"):
        text = f"Japan {words} in {y}, at {cy[y] / 10000:.2f} trillion yen."
        got = _kind(check_text(text, date=f"{y + 1}-02-10", store=data), "streak")
        assert got["verdict"] != "contradicted" and "surpluses to" not in got["explanation"], got["explanation"]


def test_s16_a_record_high_beside_another_items_run_is_no_run_of_records(data, loaded_store):
    """4f845261 (_EN_RECORD_BEFORE), must not fire: the record is the current account's, the run the primary income
    surplus's growth; not a run of records."""
    text = ("Japan's current account surplus in May 2024 hit a record high as the primary income surplus grew for the "
            "third straight month.")
    got = _kind(check_text(text, date="2024-07-10", store=data), "streak")
    assert "new records" not in got["explanation"], got["explanation"]


# 2b68058e: a record since a span, in other names of the span ------------------------------------------------------


def _half(s: pd.Series, fy: int, first: bool = True) -> float:
    a = pd.Period(f"{fy}-04" if first else f"{fy}-10", "M")
    return float(s[[a + i for i in range(6)]].sum())


def _smallest_half_since(store) -> tuple[float, int, bool]:
    """The current account's first half of fiscal 2020 and the fiscal half it was last as small in."""
    ca = bop_series(store, "bpbp6jyncb")
    v = _half(ca, 2020)
    halves = [(y, f) for y in range(1996, 2020) for f in (True, False)]
    y, first = [h for h in halves if _half(ca, *h) <= v][-1]
    return v, y, first


@pytest.mark.parametrize("since", ["the {o}-{c} period of fiscal {y}", "the {o} {y}-{c} {y2} period", "fiscal {y}",
                                   "the {n} half of fiscal {y}"])
def test_s16_a_record_since_a_span_in_other_names(data, loaded_store, since):
    """2b68058e (since_spans.date_since): the span after 'since' named by its months, as a range of two months, as a
    fiscal year; the record counts from it and the figure keeps the story's half."""
    v, y, first = _smallest_half_since(loaded_store)
    o, c = ("April", "September") if first else ("October", "March")
    words = since.format(o=o, c=c, y=y, y2=y if first else y + 1, n="first" if first else "second")
    text = ("Japan's current account surplus in the first half of fiscal 2020 fell from a year earlier.\n\n"
            f"The current account surplus came to ¥{v / 10000:.2f} trillion, the smallest since {words}.")
    recs = check_text(text, date="2020-11-10", store=data)
    assert by_claim(recs, f"¥{v / 10000:.2f} trillion")["official_period"] == "2020-04..2020-09"
    got = _kind(recs, "extreme")
    assert got["verdict"] == "supported" and f"since {y}-" in got["explanation"], got["explanation"]


@pytest.mark.parametrize("ref", [", when it was ¥{r} trillion", ", when the surplus stood at ¥{r} trillion",
                                 " (¥{r} trillion)"])
def test_s16_the_level_named_with_the_since_span_is_that_spans(data, loaded_store, ref):
    """2b68058e: the span after 'since' is masked from the sentence; a level named right after it as the record's
    reference is that span's (before this audit it took the story's half and was contradicted)."""
    v, y, first = _smallest_half_since(loaded_store)
    r = _half(bop_series(loaded_store, "bpbp6jyncb"), y, first)
    text = (f"Japan's current account surplus in the first half of fiscal 2020 fell from a year earlier to "
            f"¥{v / 10000:.2f} trillion, the smallest since the {'first' if first else 'second'} half of fiscal {y}"
            + ref.format(r=f"{r / 10000:.2f}") + ".")
    recs = check_text(text, date="2020-11-10", store=data)
    got = by_claim(recs, f"¥{r / 10000:.2f} trillion")
    assert got["verdict"] == "supported" and got["official_period"].startswith(f"{y}-{'04' if first else '10'}"), got
    assert by_claim(recs, f"¥{v / 10000:.2f} trillion")["official_period"] == "2020-04..2020-09"
    assert _kind(recs, "extreme")["verdict"] == "supported"


def test_s16_a_since_an_event_dated_by_its_year_is_not_the_span(data, loaded_store):
    """2b68058e, must not fire: 'since the 2008 global financial crisis' names an event, not a span the record counts
    from (the crisis ran into 2009); the record stays undated and the year is no period of the figure."""
    v, _, _ = _smallest_half_since(loaded_store)
    text = ("Japan's current account surplus in the first half of fiscal 2020 fell from a year earlier.\n\n"
            f"The current account surplus came to ¥{v / 10000:.2f} trillion, the smallest since the 2008 global "
            f"financial crisis.")
    recs = check_text(text, date="2020-11-10", store=data)
    assert by_claim(recs, f"¥{v / 10000:.2f} trillion")["official_period"] == "2020-04..2020-09"
    assert _kind(recs, "extreme")["verdict"] == "unverifiable"


# 2b68058e: a span through its end, items by name, moves in an item --------------------------------------------------


@pytest.mark.parametrize("lead", ["In fiscal {y} through March,", "For fiscal {y}, which ended March 31,",
                                  "In the fiscal year through March 31, {y1},", "For fiscal {y} ending March 31, {y1},"])
def test_s16_a_fiscal_year_through_its_last_month_or_day(data, loaded_store, lead):
    """2b68058e (span_ends_dropped): the fiscal year's last MONTH after 'through' is its end too (before this audit
    'fiscal 2015 through March' was read as March 2016 and contradicted)."""
    y = 2015
    v = _fy(bop_series(loaded_store, "bpbp6jyntb"))[y]
    text = (f"Japan's current account surplus rose in fiscal {y}, the Finance Ministry said.\n\n"
            + lead.format(y=y, y1=y + 1) + f" the merchandise trade surplus came to ¥{v / 10000:.2f} trillion.")
    got = by_claim(check_text(text, date=f"{y + 1}-05-14", store=data), f"¥{v / 10000:.2f} trillion")
    assert got["official_period"] == f"{y}-04..{y + 1}-03" and got["verdict"] == "supported", got


def test_s16_a_month_that_is_not_the_spans_end_stays():
    """2b68058e, must not fire: 'fiscal 2015 through February' names another month than the year's end."""
    from datetime import date

    from ustflow.check.period_grammar import Resolver
    from ustflow.check.since_spans import span_ends_dropped

    t = "In fiscal 2015 through February, the surplus rose."
    assert [p.kind for p in span_ends_dropped(Resolver(date(2016, 5, 1)).find(t), t)] == ["fiscal_year", "month"]


@pytest.mark.parametrize("words, sid", [
    ("Merchandise trade posted a surplus of", "bpbp6jyntb"),
    ("Japan's merchandise trade balance showed a surplus of", "bpbp6jyntb"),
    ("The merchandise surplus came to", "bpbp6jyntb"),
    ("The trade balance in goods and services posted a surplus of", "bpbp6jynts"),
    ("Japan's goods and services trade surplus came to", "bpbp6jynts"),
])
def test_s16_trade_items_in_other_words(data, loaded_store, words, sid):
    """2b68058e (bop_items): 'merchandise trade' as a noun is the goods balance, as 'goods trade' is."""
    v = float(series(f"boj.bop.{sid}", loaded_store)[pd.Period("2016-08", "M")])
    text = (f"Japan's current account surplus in August 2016 rose from a year earlier.\n\n"
            f"{words} {v / 10:,.1f} billion yen in August.")
    got = by_claim(check_text(text, date="2016-10-11", store=data), f"{v / 10:,.1f} billion yen")
    assert got["series"] == f"boj.bop.{sid}" and got["verdict"] == "supported", got


@pytest.mark.parametrize("words", ["dragged down by a plunge of {p}% in the travel surplus",
                                   "hit by a {p}% year-on-year drop in the travel surplus",
                                   "hit by a {p}% slump in the surplus in travel"])
def test_s16_a_percent_move_in_the_travel_surplus_in_other_words(data, loaded_store, words):
    """2b68058e (MOVE_IN): the move named before its percent ('a plunge of X% in'), or with a hyphenated word
    ('year-on-year drop in'); before this audit both were read on the services balance (contradicted)."""
    tr = bop_series(loaded_store, "bpbp6jynsn2")
    pct = 100 * (1 - _half(tr, 2020) / _half(tr, 2019))
    text = ("Japan's current account surplus in the first half of fiscal 2020 fell from a year earlier.\n\n"
            "Services trade ran a deficit, " + words.format(p=f"{pct:.1f}") + ".")
    got = by_claim(check_text(text, date="2020-11-10", store=data), f"{pct:.1f}%")
    assert got["series"] == "boj.bop.bpbp6jynsn2" and got["verdict"] == "supported", got


@pytest.mark.parametrize("order", ["to", "from"])
def test_s16_a_from_to_pair_with_conversions(data, loaded_store, order):
    """2b68058e (attach.pair_figures, _start_own_periods): the starting level's period after its bracketed conversion,
    in either order."""
    ca = bop_series(loaded_store, "bpbp6jyncb")
    p = pd.Period("2020-05", "M")
    v, v0 = float(ca[p]), float(ca[p - 12])
    if order == "to":
        body = (f"shrank to {v / 10:,.1f} billion yen from {v0 / 10:,.1f} billion yen (about {v0 / 10 / 107.27:.2f} "
                f"billion U.S. dollars) a year earlier")
    else:
        body = f"shrank from {v0 / 10:,.1f} billion yen recorded in May 2019 to {v / 10:,.1f} billion yen"
    recs = check_text(f"Japan's current account surplus in May fell from a year earlier.\n\nThe current account "
                      f"surplus {body}.", date="2020-07-09", store=data)
    assert by_claim(recs, f"{v / 10:,.1f} billion yen")["official_period"] == "2020-05"
    assert by_claim(recs, f"{v0 / 10:,.1f} billion yen")["official_period"] == "2019-05"


# 2b68058e: runs of halves in other words -----------------------------------------------------------------------------


def _half_run(store) -> tuple[float, int]:
    ca = bop_series(store, "bpbp6jyncb")
    halves = [_half(ca, y, f) for y in range(1996, 2021) for f in (True, False)][:-1]
    return halves[-1], _run(pd.Series(halves), len(halves) - 1, 1)


@pytest.mark.parametrize("words", ["The current account has been in surplus for {k} consecutive half-year periods.",
                                   "It was the {k}th consecutive six-month surplus.",
                                   "It was the {k}th consecutive half-year surplus."])
def test_s16_a_run_of_halves_in_other_words(data, loaded_store, words):
    """2b68058e (qualifiers: half-year grains): 'for N consecutive half-year periods' is a run ending at the half
    named (before this audit it was read as a run of months within it, contradicted); 'six-month' alone is a half."""
    v, k = _half_run(loaded_store)
    text = (f"Japan's current account surplus in the first half of fiscal 2020 fell from a year earlier to "
            f"¥{v / 10000:.2f} trillion, the Finance Ministry said.\n\n" + words.format(k=k))
    got = _kind(check_text(text, date="2020-11-10", store=data), "streak")
    assert got["verdict"] == "supported" and "half-year(s) of surpluses" in got["explanation"], got["explanation"]


@pytest.mark.parametrize("words", ["Holdings fell for a third consecutive half-year period.",
                                   "It was the third consecutive six-month gain."])
def test_s16_halves_are_not_counted_on_a_monthly_tic_series(data, words):
    """2b68058e, must not fire: a run of halves said of Treasury holdings is not counted on months
    ('1 straight period(s) of rises' was contradicted)."""
    text = ("Japan's holdings of U.S. Treasuries were $1.1 trillion in June 2023, the Treasury Department said. "
            + words)
    got = _kind(check_text(text, date="2023-08-20", store=data), "streak")
    assert got["verdict"] == "unverifiable", got["explanation"]


# f4e2a236 (and the runs and firsts of 4f845261): a run said in a clause of another subject -------------------------


@pytest.mark.parametrize("tail, measure", [
    (", while Japanese factory output posted its {o} straight monthly expansion.", "streak"),
    (", while Japanese wages fell for the first time in {n} months.", "first_since"),
])
def test_s16_a_run_in_another_subjects_clause_is_not_the_flows(data, loaded_store, tail, measure):
    """f4e2a236 ('the Nth straight monthly expansion' counts rises), must not fire: the run is factory output's or
    wages', in a clause opened after the exports figure ('while ...'); before this audit it was counted on exports
    (contradicted)."""
    ex = bop_series(loaded_store, "bpbp6jynex")
    p = ex.index[-3]
    text = (f"Japan's current account surplus grew in {p:%B %Y}. Exports rose from a year earlier to "
            f"{float(ex[p]) / 10:,.1f} billion yen" + tail.format(o=_ORD[9], n=5))
    got = _kind(check_text(text, date=release_day(p), store=data), measure)
    assert got["verdict"] == "unverifiable" and "is said of" in got["explanation"], got["explanation"]


def test_s16_a_run_after_a_closed_clause_is_still_the_figures(data, loaded_store):
    """The narrowing above keeps a run said after a clause that closed ('rose to X as demand recovered, the Nth
    straight monthly rise'): the main clause's figure's run."""
    ex = bop_series(loaded_store, "bpbp6jynex")
    yoy = (ex - ex.shift(12)).dropna()
    p = next(p for p in reversed(yoy.index) if 3 <= _run(yoy, p, 1) <= 9)
    k = _run(yoy, p, 1)
    text = (f"Japan's current account surplus grew in {p:%B %Y}. Exports rose from a year earlier to "
            f"{float(ex[p]) / 10:,.1f} billion yen as demand recovered, the {_ORD[k]} straight monthly rise.")
    got = _kind(check_text(text, date=release_day(p), store=data), "streak")
    assert got["verdict"] == "supported" and "is said of" not in got["explanation"], got["explanation"]


# dab11640 (bop_items.moves_other): a move of a thing that is no BoP item, said after a figure ----------------------


@pytest.mark.parametrize("tail", ["despite falls in car shipments", "amid rises in overseas interest income",
                                  "after gains in primary income"])
def test_s16_a_balance_figure_followed_by_a_clause_with_a_move_keeps_its_item(data, loaded_store, tail):
    """dab11640 ('led by a 30 pct rise in crude oil prices' is no BoP figure), must not fire: a preposition leads from
    the balance's figure to a move of something else ('came to X despite falls in car shipments'); before this audit
    the current account's figure lost its item (unverifiable, 'no series covers surplus')."""
    ca = bop_series(loaded_store, "bpbp6jyncb")
    p = pd.Period("2024-05", "M")
    text = (f"Japan's current account surplus in May 2024 came to {float(ca[p]) / 10:,.1f} billion yen {tail}, the "
            f"Finance Ministry said.")
    got = by_claim(check_text(text, date="2024-07-10", store=data), f"{float(ca[p]) / 10:,.1f} billion yen")
    assert got["series"] == "boj.bop.bpbp6jyncb" and got["verdict"] == "supported", got
