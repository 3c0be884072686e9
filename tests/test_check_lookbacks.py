"""`ustflow check` on look-back windows written as "going back to <date>", "in data going back to <year>" and
"a level last seen in <year>", and on a holder's "stake" (issue 13, session 5). Invented sentences; the months
compared are computed here from the loaded TIC table, never typed in."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import series
from ustflow.views.check import check_text


@pytest.fixture(scope="module")
def china(loaded_store):
    """China's holdings, the latest month, its value and the last earlier month at or below it."""
    s = series("tic.holdings.china_mainland", loaded_store).dropna()
    p = s.index[-1]
    before = s[(s.index < p) & (s <= s[p])]
    assert not before.empty  # the test needs a month to look back to
    return s, p, before.index[-1]


def by_claim(results: list[dict], part: str) -> dict:
    """The first checked claim whose text contains ``part``."""
    got = [r for r in results if part in r["claim"]]
    assert got, [(r["claim"], r["verdict"]) for r in results]
    return got[0]


def _pub(p: pd.Period) -> str:
    return str((p + 2).end_time.date())


def _bn(v: float) -> str:
    return f"${v:,.1f} billion"


def test_going_back_to_a_month_is_since_that_month(data, china):
    s, p, last = china
    text = (f"Beijing's pile of U.S. Treasuries shrank to {_bn(s[p])} in {p.strftime('%B %Y')}, the smallest "
            f"going back to {last.strftime('%B %Y')}.")
    rec = by_claim(check_text(text, date=_pub(p), store=data), "going back to")
    assert rec["verdict"] == "supported"
    assert last.strftime("%Y-%m") in rec["explanation"]


def test_going_back_to_a_later_month_is_contradicted(data, china):
    s, p, last = china
    later = last + 24
    assert later < p and (s[(s.index >= later) & (s.index < p)] > s[p]).all()
    text = (f"Beijing's pile of U.S. Treasuries shrank to {_bn(s[p])} in {p.strftime('%B %Y')}, the smallest "
            f"going back to {later.strftime('%B %Y')}.")
    rec = by_claim(check_text(text, date=_pub(p), store=data), "going back to")
    assert rec["verdict"] == "contradicted"  # it goes back further: to last, not to later
    assert f"last at or below it in {last.strftime('%Y-%m')}" in rec["explanation"]


def test_in_data_going_back_to_a_year_is_nothing_lower_since(data, china):
    # the article's data begin then: nothing since was lower; a lower month before it does not matter
    s, p, last = china
    start = last.year + 1
    text = (f"Chinese holdings of Treasuries were {_bn(s[p])} in {p.strftime('%B %Y')}, the lowest in records "
            f"dating back to {start}.")
    rec = by_claim(check_text(text, date=_pub(p), store=data), "dating back to")
    assert rec["verdict"] == "supported"
    text = text.replace(str(start), str(last.year))  # the lower month falls inside the records named
    rec = by_claim(check_text(text, date=_pub(p), store=data), "dating back to")
    assert rec["verdict"] == "contradicted"


def test_a_level_last_seen_after_a_fall_is_a_low(data, china):
    # "dipped to $X, a level last seen in <year>": the verb says it is a low, not a high
    s, p, last = china
    text = (f"China's Treasury holdings dipped to {_bn(s[p])} in {p.strftime('%B %Y')}, a level last seen in "
            f"{last.year}.")
    rec = by_claim(check_text(text, date=_pub(p), store=data), "last seen in")
    assert rec["verdict"] == "supported"
    assert "lowest" in rec["explanation"]


def test_a_stake_trimmed_is_a_change_of_holdings(data, china):
    # "which trimmed its stake by $X": TIC holdings (a change), not a trade no series reports for China
    s, p, _ = china
    ch = s[p] - s[p - 1]
    verb = "pared" if ch < 0 else "lifted"
    text = (f"Japan kept the top spot in {p.strftime('%B %Y')}, while China, which {verb} its stake by "
            f"{_bn(abs(ch))}, held {_bn(s[p])}.")
    rec = by_claim(check_text(text, date=_pub(p), store=data), _bn(abs(ch)))
    assert rec["measure"] == "holdings_change"
    assert rec["verdict"] == "supported"
    assert rec["official_value"] == pytest.approx(ch, abs=0.05)


@pytest.mark.parametrize("phrase", [
    "a trough not seen in more than {y} years",  # a look-back after "not seen"
    "the weakest reading since {mon} of {year}",  # "of" between month and year
    "the smallest stockpile since {season} {year}",  # a season: the quarter it begins
])
def test_more_ways_to_name_the_window(data, china, phrase):
    s, p, last = china
    season = {3: "spring", 4: "spring", 5: "spring", 6: "summer", 7: "summer", 8: "summer", 9: "autumn",
              10: "autumn", 11: "autumn"}.get(last.month)
    if "{season}" in phrase and season is None:
        pytest.skip("the month before the window is in winter")
    years = (p - last).n // 12
    text = (f"Beijing's Treasury holdings shrank to {_bn(s[p])} in {p.strftime('%B %Y')}, "
            + phrase.format(y=years - 1, mon=last.strftime("%B"), year=last.year, season=season) + ".")
    rec = by_claim(check_text(text, date=_pub(p), store=data), phrase.split(" ")[1])
    assert rec["verdict"] == "supported", rec["explanation"]
    assert last.strftime("%Y-%m") in rec["explanation"]


def test_a_decade_and_a_half_is_fifteen_years(data, china):
    s, p, _ = china
    text = f"Chinese holdings fell to {_bn(s[p])} in {p.strftime('%B %Y')}, the lowest in a decade and a half."
    rec = by_claim(check_text(text, date=_pub(p), store=data), "decade and a half")
    assert "15 years" in rec["explanation"]


def test_japanese_year_to_date_and_years_and_months(data, china):
    # "年初来の最低": the lowest since the start of the year; "17年7カ月ぶりの低水準": a look-back of years and months
    s, p, last = china
    oku = f"{round(s[p] * 10):,}".replace(",", "")
    ytd = s[(s.index.year == p.year) & (s.index <= p)]
    r = check_text(f"中国の米国債保有額は{p.month}月に{oku}億ドルとなり、年初来の最低となった。", date=_pub(p), store=data)
    rec = by_claim(r, "年初来")
    assert rec["verdict"] == ("supported" if s[p] == ytd.min() else "contradicted")
    gap = (p - last).n
    ja = f"{gap // 12}年{gap % 12}カ月ぶりの低水準" if gap % 12 else f"{gap // 12}年ぶりの低水準"
    rec = by_claim(check_text(f"中国の米国債保有額は{p.month}月に{oku}億ドルと、{ja}となった。", date=_pub(p), store=data), "ぶり")
    assert rec["claim"] == ja
    assert rec["verdict"] == "supported"


@pytest.fixture(scope="module")
def bond_week(loaded_store):
    """Residents' weekly net purchases of foreign bonds: a week of buying and the last earlier week at or above it."""
    s = series("mof.weekly.assets.lt_debt.net", loaded_store).dropna()
    for w in reversed(s.index[:-1]):
        if s[w] > 0:
            before = s[(s.index < w) & (s >= s[w])]
            if not before.empty and (w - before.index[-1]).n >= 3:
                return s, w, before.index[-1]
    pytest.skip("no week to test")


def _week_ending(w) -> str:
    d = w.end_time.date()
    return f"{d:%B} {d.day}, {d.year}"


def test_going_back_to_a_week_and_the_nth_week_of_a_month(data, bond_week):
    s, w, last = bond_week
    pub = str((w + 1).end_time.date())
    head = f"Japanese investors snapped up {s[w] / 10:,.1f} billion yen of foreign bonds in the week to {_week_ending(w)}"
    rec = by_claim(check_text(f"{head}, the largest amount going back to the week ended {_week_ending(last)}.",
                              date=pub, store=data), "going back")
    assert rec["verdict"] == "supported"
    sunday = last.start_time.date()
    nth = (sunday.day - 1) // 7  # the week begins on the month's (nth + 1)-th Sunday
    words = ["first", "second", "third", "fourth", "fifth"]
    text = f"{head}, the heaviest buying since the {words[nth]} week of {sunday:%B} {sunday.year}."
    rec = by_claim(check_text(text, date=pub, store=data), "week of")
    assert rec["verdict"] == "supported", rec["explanation"]
    assert not rec["claim"].endswith(".")


def test_a_false_since_names_its_rank_in_the_window(data, loaded_store):
    # "the highest since <year>" when higher months came after it: the month that beats it and its rank there
    s = series("tic.holdings.japan", loaded_store).dropna()
    p = next(p for p in reversed(s.index) if (s[(s.index.year == p.year - 1)] < s[p]).all()
             and (s[(s.index.year == p.year) & (s.index < p)] > s[p]).sum() >= 1)
    window = s[(s.index.year == p.year) & (s.index <= p)]
    rank = int((window > s[p]).sum()) + 1
    text = f"Japan's Treasury holdings reached ${s[p]:,.1f} billion in {p.strftime('%B %Y')}, the highest since {p.year - 1}."
    rec = by_claim(check_text(text, date=_pub(p), store=data), "highest since")
    assert rec["verdict"] == "contradicted"
    assert f"rank {rank} of the {len(window)} periods {window.index[0]} to {p}" in rec["explanation"]


@pytest.fixture(scope="module")
def spells(loaded_store):
    """Interventions spread over several operation days of one MoF report window, with the previous operation day:
    (window first trade date, window last trade date, total in JPY bn, first day, previous day)."""
    from ustflow.check.windows import report_period

    s = series("mof.fx_intervention.amount", loaded_store).dropna()
    days = [d.date() for d in s.index]
    out = []
    for win in sorted({report_period(d) for d in days}):
        inside = [d for d in days if win[0] <= d <= win[1]]
        earlier = [d for d in days if d < inside[0]]
        if len(inside) > 1 and earlier and (inside[0] - earlier[-1]).days > 120:
            out.append((win[0], win[1], float(s[[pd.Timestamp(d) for d in inside]].sum()), inside[0], earlier[-1]))
    assert out, "the test needs an intervention over several days after a pause"
    return out


def _months_between(a, b) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def test_first_since_of_an_intervention_over_several_days_is_judged_at_its_first_day(data, spells):
    # "its first intervention since October 2022" of operations from April 29 to May 1: the spell began on April 29,
    # so the last time before it is October, not April 29 (judged at the window's last day it came out contradicted)
    for lo, hi, total, first, prev in spells:
        date = str(hi + pd.Timedelta(days=2))
        trn = f"{total / 1e3:.2f} trillion yen"
        for text in (f"Japan spent {trn} on currency intervention between {lo:%B} {lo.day} and {hi:%B} {hi.day}, its "
                     f"first intervention since {prev:%B %Y}.",
                     f"Japan intervened in the currency market from {lo:%B} {lo.day} to {hi:%B} {hi.day}, spending "
                     f"{trn}, the first intervention since {prev:%B %Y}."):
            rec = by_claim(check_text(text, date=date, store=data), f"since {prev:%B %Y}")
            assert rec["verdict"] == "supported", (text, rec["explanation"])
            assert rec["official_period"] == str(first)
        ja = (f"財務省は{lo.month}月{lo.day}日から{hi.month}月{hi.day}日までに{round(total * 10)}億円の為替介入を実施したと"
              f"発表した。介入は{prev.year}年{prev.month}月以来、約{_months_between(prev, first)}カ月ぶり。")
        rec = by_claim(check_text(ja, date=date, store=data), "以来")
        assert rec["verdict"] == "supported", (ja, rec["explanation"])


def test_first_since_of_an_intervention_over_several_days_still_sees_earlier_operations(data, spells):
    # a month named before the last operation is still contradicted: the operation after it is a time since
    lo, hi, total, _first, prev = spells[-1]
    earlier = (pd.Timestamp(prev) - pd.DateOffset(months=2)).date()
    text = (f"Japan spent {total / 1e3:.2f} trillion yen on currency intervention between {lo:%B} {lo.day} and "
            f"{hi:%B} {hi.day}, its first intervention since {earlier:%B %Y}.")
    rec = by_claim(check_text(text, date=str(hi + pd.Timedelta(days=2)), store=data), f"since {earlier:%B %Y}")
    assert rec["verdict"] == "contradicted", rec["explanation"]
