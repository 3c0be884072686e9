"""A misfire hunt over session 13's checker rules (issue 13): short invented passages in the corpus's genres (TIC
holdings stories, MoF flows, balance-of-payments releases, market wraps) stating TRUE facts computed from the store,
in wordings the rules were not written from. Each test is a must-not-fire case: a true figure the session's rules
called contradicted (or judged on the wrong period) before the fix named in the test. The facts and the expected values
are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, dollars_bn
from ustflow.views.check import check_text

# starting_points: "from a record $X in <month>" has a figure of its own ----------------------------------------------


@pytest.mark.parametrize("template", [
    "China's holdings were {now} in June, down from a record {peak} in {when}.",
    "China's holdings have fallen to {now} from a peak of {peak} in {when}.",
    "China's holdings have fallen to {now} from a record high {peak} set in {when}.",
])
def test_a_record_moved_from_with_its_own_figure_is_that_figures_record(data, tic, template):
    # must not fire: the superlative right before its own figure is that figure's (its month), not the month before
    # the figure named after it (starting_points judged "a record" on October 2013: contradicted)
    cn = tic("china_mainland")
    peak = cn.idxmax()
    text = template.format(now=dollars_bn(cn[pd.Period("2025-06", "M")]), peak=dollars_bn(cn[peak]), when=f"{peak:%B %Y}")
    res = check_text(text, date="2025-08-20", store=data)
    assert not [r for r in res if r["verdict"] == "contradicted"], [(r["claim"], r["official_period"]) for r in res]
    rec = by_claim(res, dollars_bn(cn[peak]))
    assert (rec["official_period"], rec["verdict"]) == (str(peak), "supported"), rec


# markets (older rule, found by the hunt): a market named after a figure, before another figure, is that one's ---------


@pytest.mark.parametrize("template", [
    "The 10-year Treasury yield was {us}% and Japan's 10-year yield stood at {jp}% on {day}.",
    "On {day}, the U.S. 10-year yield ended at {us}% and the JGB 10-year yield at {jp}%.",
])
def test_each_yield_is_its_own_markets(data, loaded_store, template):
    # must not fire: "Japan's" after the US figure is the JGB figure's subject (the US yield was judged on the JGB)
    from tests.helpers import series

    us, jp = series("fred.dgs10", loaded_store), series("jgb.10y", loaded_store)
    day = us.index.intersection(jp.index)[-40]
    text = template.format(us=f"{us[day]:.2f}", jp=f"{jp[day]:.3f}", day=f"{day:%B} {day.day}")
    res = check_text(text, date=str((day + pd.Timedelta(days=1)).date()), store=data)
    assert [(r["series"], r["verdict"]) for r in res] == [("fred.dgs10", "supported"), ("jgb.10y", "supported")], res


# lexicon (older rule, found by the hunt): "foreign bond trades", the singular noun before a trade ---------------------


@pytest.mark.parametrize("noun", ["foreign bond trades", "overseas bond transactions", "foreign bond investments"])
def test_a_singular_bond_before_a_trade_is_bonds(data, loaded_store, noun):
    # must not fire: the stocks named in the clause before are not the bonds' (judged on foreign stocks: contradicted)
    from tests.helpers import series, yen_bn

    bonds, stocks = series("mof.weekly.assets.lt_debt.net", loaded_store), series("mof.weekly.assets.equity.net", loaded_store)
    wk = bonds.index[-10]
    end = wk.end_time.date()

    def side(v: float) -> str:
        return "purchases" if v > 0 else "sales"

    text = (f"Japanese investors' trades in foreign stocks came to a net {yen_bn(stocks[wk])} of {side(stocks[wk])} in "
            f"the week to {end:%B} {end.day}, while their {noun} showed net {side(bonds[wk])} of {yen_bn(bonds[wk])}.")
    rec = by_claim(check_text(text, date=str(end + pd.Timedelta(days=5)), store=data), yen_bn(bonds[wk]))
    assert (rec["series"], rec["verdict"]) == ("mof.weekly.assets.lt_debt.net", "supported"), rec


# sentence_years: a bare month earlier in the calendar than the bare month before it ---------------------------------


@pytest.mark.parametrize("template", [
    "In 2024, China sold Treasuries in most months; its holdings were {dec} in December and {feb} in February, the "
    "latest month.",
    "In 2024, China's holdings ended the year at {dec} in December, and they were {feb} in February.",
])
def test_a_month_after_december_in_a_year_framed_sentence_is_the_next_years(data, tic, template):
    # must not fire: February after December is not February of the opening year (judged on February 2024)
    cn = tic("china_mainland")
    dec, feb = pd.Period("2024-12", "M"), pd.Period("2025-02", "M")
    text = template.format(dec=dollars_bn(cn[dec]), feb=dollars_bn(cn[feb]))
    rec = by_claim(check_text(text, date="2025-04-18", store=data), dollars_bn(cn[feb]))
    assert (rec["official_period"], rec["verdict"]) == ("2025-02", "supported"), rec


# windows (older rule, found by the hunt): MoF's week across New Year in a year-to-date sum ---------------------------


@pytest.mark.parametrize("template", [
    "Japanese investors have {verb} a net {v} of foreign bonds so far this year, according to weekly data through {end}.",
    "Year to date, Japanese investors have {verb} a net {v} of foreign bonds, according to weekly data through {end}.",
])
def test_a_year_to_date_without_the_week_across_new_year(data, loaded_store, template):
    # must not fire: the week of 28 December to 3 January (its trading days all December's) left out of "this year"
    # is a reporter's sum too (it was contradicted on the sum with that week)
    from tests.helpers import series, yen_bn

    w = series("mof.weekly.assets.lt_debt.net", loaded_store)
    weeks = w[w.index.start_time >= pd.Timestamp("2026-01-01")]
    assert w[w.index.start_time < pd.Timestamp("2026-01-01")].index[-1].end_time.year == 2026  # it straddles
    last = weeks.index[3]
    ytd = float(weeks[weeks.index <= last].sum())
    end = last.end_time.date()
    text = template.format(verb="bought" if ytd > 0 else "sold", v=yen_bn(ytd), end=f"{end:%B} {end.day}")
    rec = by_claim(check_text(text, date=str(end + pd.Timedelta(days=5)), store=data), yen_bn(ytd))
    assert (rec["series"], rec["verdict"]) == ("mof.weekly.assets.lt_debt.net", "supported"), rec


# flows (older rule, found by the hunt): "so far this year" with the day the weekly data run to ----------------------


@pytest.mark.parametrize("template", [
    "So far this year, Japanese investors have {verb} a net {v} of foreign bonds, weekly MoF data through {end} showed.",
    "国内投資家による対外中長期債投資は、年初からの累計で{ja}の{ja_side}となった({m}月{d}日までの週次データ)。",
])
def test_so_far_this_year_through_a_named_day(data, loaded_store, template):
    # must not fire: the day named is where the year to date ends, not a week of its own (judged on the last week)
    from tests.helpers import series, yen_bn, yen_oku

    w = series("mof.weekly.assets.lt_debt.net", loaded_store)
    weeks = w[w.index.start_time >= pd.Timestamp("2026-01-01")]
    last = weeks.index[3]
    ytd = float(weeks[weeks.index <= last].sum())
    end = last.end_time.date()
    text = template.format(verb="bought" if ytd > 0 else "sold", v=yen_bn(ytd), end=f"{end:%B} {end.day}",
                           ja=yen_oku(ytd), ja_side="買い越し" if ytd > 0 else "売り越し", m=end.month, d=end.day)
    claim = yen_oku(ytd) if "年初" in template else yen_bn(ytd)
    rec = by_claim(check_text(text, date=str(end + pd.Timedelta(days=5)), store=data), claim)
    assert (rec["series"], rec["verdict"]) == ("mof.weekly.assets.lt_debt.net", "supported"), rec


# bop (older rule, found by the hunt): "the surplus" named alone after a balance that was in deficit ----------------


def test_a_surplus_named_alone_is_not_a_deficit_balance_named_before(data, loaded_store):
    # must not fire: the goods balance (in deficit over 2024) is not "the surplus" of the year; the story's current
    # account is (it was contradicted on the goods balance)
    from tests.helpers import bop_sign, series, yen_bn

    ca, goods = series("boj.bop.bpbp6jyncb", loaded_store), series("boj.bop.bpbp6jyntb", loaded_store)
    dec = pd.Period("2024-12", "M")
    year = float(ca[(ca.index >= pd.Period("2024-01", "M")) & (ca.index <= dec)].sum())
    assert year > 0 > float(goods[(goods.index >= pd.Period("2024-01", "M")) & (goods.index <= dec)].sum())
    text = (f"Japan's current account surplus in December was {yen_bn(ca[dec])}, the ministry said. The goods balance "
            f"was in {bop_sign(goods[dec])} at {yen_bn(goods[dec])}. For all of 2024 the surplus was {yen_bn(year)}.")
    rec = by_claim(check_text(text, date="2025-02-10", store=data), yen_bn(year))
    assert rec["verdict"] != "contradicted", rec


@pytest.mark.parametrize("template", [
    "中国の保有額は6月に{now}となり、{y}年{m}月の過去最高の{peak}から減った。",
    "中国の米国債保有額は6月末に{now}で、{y}年{m}月末の過去最高である{peak}から大きく減少している。",
])
def test_a_japanese_record_of_the_level_moved_from_is_its_months(data, tic, template):
    # must not fire: 過去最高 describes the dated level the holdings fell from, not June's (contradicted on June)
    from tests.helpers import oku

    cn = tic("china_mainland")
    peak = cn.idxmax()
    text = template.format(now=oku(cn[pd.Period("2025-06", "M")]), peak=oku(cn[peak]), y=peak.year, m=peak.month)
    rec = by_claim(check_text(text, date="2025-08-20", store=data), "過去最高")
    assert (rec["official_period"], rec["verdict"]) == (str(peak), "supported"), rec
