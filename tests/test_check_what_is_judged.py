"""`ustflow check`: which official number a figure is judged against, or why none (issue 13, session 8). A
headline's "N-month low" of holdings is the level's extreme, not the change's; "normally the top holder" is a
habit, not a month's rank; a figure an earlier release printed ("before the revision", "than the $X reported in
February") is no claim about today's table; a dollar restatement at a rate only its own pair implies adds no
evidence. Invented sentences in the shapes of real articles; official values from the loaded store."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import claim_containing, series
from ustflow.views.check import check_text


def test_a_headline_low_of_holdings_is_judged_on_the_level_not_the_change(data, loaded_store):
    h = series("tic.holdings.china_mainland", loaded_store)
    level, change = h[pd.Period("2012-06", "M")], h[pd.Period("2012-06", "M")] - h[pd.Period("2012-05", "M")]
    text = (f"China's Treasury Holdings Slip to Three-Month Low\n\n"
            f"China cut its holdings of US Treasuries in June. It trimmed them by ${abs(change):.1f} billion to "
            f"${level:,.1f} billion, Treasury data showed.")
    rec = claim_containing(check_text(text, date="2012-08-20", store=data), "Three-Month Low")
    assert rec["official_value"] == pytest.approx(level)  # the level's low (March 2012 was lower), not the change's
    assert rec["verdict"] == "supported"


@pytest.mark.parametrize("word", ["normally", "traditionally", "usually"])
def test_a_habitual_rank_is_unverifiable_not_a_months_rank(data, word):
    r = check_text(f"The holdings of Britain, {word} the top holder of Treasury debt, rose 2 percent.",
                   date="2012-08-20", store=data)
    rec = claim_containing(r, "top holder")
    assert rec["verdict"] == "unverifiable" and "habitual" in rec["explanation"]


def test_figures_an_earlier_release_printed_are_not_judged_against_todays_table(data):
    r = check_text("Japan's holdings in the latest update stood at $1,080.4 billion in March, $4.2 billion lower "
                   "than the $1,084.6 billion reported in May. Britain's holdings were revised down to $118.6 billion "
                   "from $141.3 billion, compared with $1,150.0 billion for China before the revision.",
                   date="2012-07-20", store=data)
    assert claim_containing(r, "1,080.4")["verdict"] == "supported"
    for fig in ("4.2", "1,084.6", "141.3", "1,150.0"):
        rec = claim_containing(r, fig)
        assert rec["verdict"] == "unverifiable", (fig, rec["explanation"])
    assert claim_containing(r, "118.6")["verdict"] == "supported"  # the revised figure is today's


def test_a_dollar_restatement_before_2018_is_unverifiable_whichever_way_the_yen_goes(data, loaded_store):
    w = series("mof.weekly.liabilities.lt_debt.net", loaded_store)
    v = float(w[pd.Period("2012-03-10", "W-SAT")])
    verb = "bought" if v > 0 else "sold"
    r = check_text(f"Foreign investors {verb} a net {abs(v) / 10:.1f} billion yen (${abs(v) / 10 / 82:.1f} billion) "
                   f"of Japanese bonds in the week to March 10, 2012.", date="2012-03-15", store=data)
    yen, usd = r[0], r[1]
    assert yen["verdict"] == "supported"
    assert usd["verdict"] == "unverifiable" and "does not state" in usd["explanation"]


def test_net_buyers_of_a_sum_is_a_trade_and_us_sovereign_bonds_in_yen_are_the_balance_of_payments(data, loaded_store):
    v = float(series("boj.bop.bppi6d3naus", loaded_store)[pd.Period("2024-02", "M")])
    r = check_text(f"Japanese funds were net buyers of {v / 10:.1f} billion yen of US sovereign bonds in February, "
                   f"balance-of-payments data showed.", date="2024-04-15", store=data)
    rec = claim_containing(r, f"{v / 10:.1f} billion yen")
    assert rec["measure"] == "flow" and rec["series"] == "boj.bop.bppi6d3naus"  # not a level of holdings
    assert rec["verdict"] == "supported" and rec["official_period"] == "2024-02"


def test_a_maturity_said_before_a_shared_noun_belongs_to_its_own_figure(data, loaded_store):
    week = pd.Period("2024-03-09", "W-SAT")
    lt = float(series("mof.weekly.assets.lt_debt.net", loaded_store)[week])
    st = float(series("mof.weekly.assets.st_debt.net", loaded_store)[week])
    r = check_text(f"They bought a net ¥{lt / 10:,.1f} billion worth of long-term and ¥{st / 10:.1f} billion worth of "
                   f"short-term foreign debt securities in the week to March 9, 2024.", date="2024-03-14", store=data)
    assert claim_containing(r, f"¥{lt / 10:,.1f} billion")["series"] == "mof.weekly.assets.lt_debt.net"
    short = claim_containing(r, f"¥{st / 10:.1f} billion")
    assert short["series"] == "mof.weekly.assets.st_debt.net" and short["verdict"] == "supported"


def test_treasuries_at_the_fed_are_its_custody_and_that_refers_back_over_a_but_clause(data, loaded_store):
    s = series("fred.wmtsecl1", loaded_store)
    level, before = float(s[pd.Period("2019-05-22", "W-WED")]), float(s[pd.Period("2019-05-15", "W-WED")])
    r = check_text(f"Foreign central banks' ownership of U.S. Treasuries at the Fed fell by "
                   f"${(before - level) / 1e3:.2f} billion to ${level / 1e6:.3f} trillion in the week to May 22, 2019. "
                   f"That was the lowest level since March, but their agency debt rose by $1.1 billion to $255.0 billion.",
                   date="2019-05-24", store=data)
    for fig in (f"${(before - level) / 1e3:.2f} billion", f"${level / 1e6:.3f} trillion"):
        rec = claim_containing(r, fig)
        assert rec["series"] == "fred.wmtsecl1" and rec["verdict"] == "supported", rec["explanation"]
    q = claim_containing(r, "the lowest level since March")
    assert q["series"] == "fred.wmtsecl1"  # that = the custody level before the 'but', not the agency debt after it


def test_what_all_foreigners_sold_is_ticS_transactions_first(data, loaded_store):
    v = float(series("tic.forms.grand_total.treasury_net", loaded_store)[pd.Period("2015-04", "M")])
    verb = "bought" if v > 0 else "sold"
    r = check_text(f"Foreign investors {verb} US${abs(v) / 1e3:.1f} billion in U.S. government debt in April.",
                   date="2015-06-20", store=data)
    rec = claim_containing(r, f"US${abs(v) / 1e3:.1f} billion")
    assert rec["series"] == "tic.forms.grand_total.treasury_net" and rec["verdict"] == "supported"


def test_a_bonds_figure_the_next_sentence_splits_into_maturities_is_all_debt_securities(data, loaded_store):
    week = pd.Period("2024-06-15", "W-SAT")
    lt = float(series("mof.weekly.assets.lt_debt.net", loaded_store)[week])
    st = float(series("mof.weekly.assets.st_debt.net", loaded_store)[week])
    total = lt + st  # here a net purchase of long-term and a net sale of short-term debt
    text = (f"Japanese investors bought a net ¥{total / 10:.1f} billion of overseas bonds in the week to June 15, 2024. "
            f"They bought ¥{lt / 10:.1f} billion worth of long-term and ¥{abs(st) / 10:.1f} billion worth of "
            f"short-term foreign debt securities.")
    rec = claim_containing(check_text(text, date="2024-06-20", store=data), f"¥{total / 10:.1f} billion")
    assert rec["series"] == "mof.weekly.assets.lt_debt+st_debt.net" and rec["verdict"] == "supported"


@pytest.mark.parametrize("who", ["some Japanese banks", "several life insurers", "a few Japanese banks"])
def test_a_figure_of_some_of_an_investor_type_is_not_its_total(data, who):
    r = check_text(f"Earlier this year {who} sold around ¥1.5 trillion of foreign bonds.", date="2024-07-10", store=data)
    rec = claim_containing(r, "¥1.5 trillion")
    assert rec["verdict"] == "unverifiable" and "not of them all" in rec["explanation"]


@pytest.mark.parametrize("fig, unit", [("{pct:.1f} percent", "percent"), ("${chg:.1f} billion", "USD bn")])
def test_a_holders_possessive_with_its_noun_left_out_is_its_holdings(data, loaded_store, fig, unit):
    h = series("tic.holdings.japan", loaded_store)
    now, before = float(h[pd.Period("2012-06", "M")]), float(h[pd.Period("2012-05", "M")])
    figure = fig.format(pct=abs(now / before - 1) * 100, chg=abs(now - before))
    verb = "rose" if now > before else "fell"
    r = check_text(f"China's holdings of Treasuries slipped in June. Japan's {verb} {figure} from May.",
                   date="2012-08-20", store=data)
    rec = claim_containing(r, figure)
    assert rec["series"] == "tic.holdings.japan" and rec["official_unit"] == unit and rec["verdict"] == "supported"


def test_a_change_after_a_starting_level_runs_from_that_levels_month(data, loaded_store):
    h = series("tic.holdings.japan", loaded_store)
    start, end = float(h[pd.Period("2016-01", "M")]), float(h[pd.Period("2016-09", "M")])
    up = end > start
    r = check_text(f"As of September 2016, Japanese investors held ${end / 1e3:.3f} trillion in U.S. Treasuries. This "
                   f"marks {'an increase' if up else 'a decrease'} from ${start / 1e3:.3f} trillion in January 2016, "
                   f"reflecting a {'rise' if up else 'fall'} of approximately ${abs(end - start):.0f} billion.",
                   date="2016-12-01", store=data)
    rec = claim_containing(r, f"${abs(end - start):.0f} billion")
    assert rec["official_period"] == "2016-01 to 2016-09" and rec["verdict"] == "supported"


def test_a_level_a_small_fraction_of_the_holdings_is_not_called_false(data):
    r = check_text("China's holdings of US Treasuries stood at $21.7 billion in September 2014.", date="2014-11-20",
                   store=data)
    rec = claim_containing(r, "$21.7 billion")
    assert rec["verdict"] == "unverifiable" and "far_from_official" in rec["flags"]
    assert rec["explanation"].startswith("not judged") and "times smaller than the official value" in rec["explanation"]
    # a level off by a plausible margin stays an error of the article
    r = check_text("China's holdings of US Treasuries stood at $1,000.0 billion in September 2014.", date="2014-11-20",
                   store=data)
    assert claim_containing(r, "$1,000.0 billion")["verdict"] == "contradicted"


def test_a_contradiction_on_a_month_not_yet_published_at_the_articles_date_is_unverifiable(data):
    # a month the story cannot report (December's TIC figures came out in February, after the article): the
    # period is misread (a dateline's day once was), so the gap is no evidence against the claim
    r = check_text("China cut its holdings of United States Treasury bonds in December, the data showed.",
                   date="2018-12-18", store=data)
    rec = claim_containing(r, "cut its holdings")
    assert rec["verdict"] == "unverifiable" and "after the article's date" in rec["explanation"]
