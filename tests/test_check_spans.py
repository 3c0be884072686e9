"""`ustflow check` on figures over a span, sums over several periods, figures shared out in order
("respectively") and intervention totals named by their context (issue 13, values and periods).

The sentences are invented for these tests (no corpus wording); every expected official value is
read from the loaded store (the real mirror files), not typed in.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import check_text


def rows(text, data, **kw):
    return check_text(text, store=data, **kw)


def trillions(v_100mn: float) -> str:
    return f"{abs(v_100mn) / 1e4:.2f} trillion yen"


# ------------------------------------------------------------------ sums over several weeks
@pytest.mark.parametrize("n,word", [(5, "five"), (6, "six"), (8, "eight")])
def test_a_run_of_weeks_longer_than_a_month_is_still_weekly_data(n, word, data, loaded_store):
    w = series("mof.weekly.liabilities.equity.net", loaded_store)
    end = pd.Period("2024-03-16", "W-SAT")
    total = float(w[end - (n - 1):end].sum())
    verb = "bought" if total > 0 else "sold"
    r = rows(f"Overseas funds {verb} a net {trillions(total)} of Japanese stocks in the {word} weeks to March 16.",
             data, date="2024-03-21")[0]
    assert (r["verdict"], r["official_value"]) == ("supported", total)
    assert r["official_period"] == f"{(end - (n - 1)).start_time:%Y-%m-%d}..2024-03-16"


# ------------------------------------------------------------------ a change over a year, with its month named
def test_year_on_year_with_a_named_month_is_that_month_against_a_year_before(data, loaded_store):
    cn = series("tic.holdings.china_mainland", loaded_store)
    pct = 100 * (cn["2023-09"] - cn["2022-09"]) / cn["2022-09"]
    r = rows(f"China's holdings of Treasuries {'shrank' if pct < 0 else 'grew'} {abs(pct):.1f}% year-on-year in "
             f"September, the Treasury said.", data, date="2023-11-20")
    got = by_claim(r, f"{abs(pct):.1f}%")
    assert got["official_period"] == "2022-09 to 2023-09" and got["verdict"] == "supported"


def test_year_over_year_without_a_month_ends_at_the_latest_published(data, loaded_store):
    jp = series("tic.holdings.japan", loaded_store)
    ch = jp["2022-12"] - jp["2021-12"]
    r = rows(f"Japan's holdings of US government debt {'fell' if ch < 0 else 'rose'} ${abs(ch):.1f} billion "
             f"year-over-year, the Treasury said.", data, date="2023-02-16")[0]
    assert (r["verdict"], r["official_period"]) == ("supported", "2021-12 to 2022-12")


# ------------------------------------------------------------------ "respectively"
def test_respectively_gives_each_figure_its_own_holder(data, loaded_store):
    jp, uk = series("tic.holdings.japan", loaded_store), series("tic.holdings.united_kingdom", loaded_store)
    r = rows(f"Japan and Britain held ${jp['2024-10']:.1f} billion and ${uk['2024-10']:.1f} billion of Treasuries "
             f"respectively in October.", data, date="2024-12-20")
    a, b = by_claim(r, f"${jp['2024-10']:.1f} billion"), by_claim(r, f"${uk['2024-10']:.1f} billion")
    assert (a["subject"], a["verdict"], a["official_value"]) == ("Japan", "supported", jp["2024-10"])
    assert (b["subject"], b["verdict"], b["official_value"]) == ("United Kingdom", "supported", uk["2024-10"])


def test_respectively_gives_each_figure_its_own_month(data, loaded_store):
    m = series("mof.monthly.liabilities.equity.net", loaded_store)
    jan, feb = m["2024-01"], m["2024-02"]
    r = rows(f"Non-residents' net purchases of Japanese equities came to {trillions(jan)} and {trillions(feb)} in "
             f"January and February, respectively.", data, date="2024-04-05")
    a, b = by_claim(r, trillions(jan)), by_claim(r, trillions(feb))
    assert (a["official_period"], a["official_value"]) == ("2024-01", jan)
    assert (b["official_period"], b["official_value"]) == ("2024-02", feb)


def test_a_month_range_is_still_one_sum(data, loaded_store):
    m = series("mof.monthly.liabilities.equity.net", loaded_store)
    total = float(m["2024-01":"2024-03"].sum())
    b = series("mof.monthly.liabilities.lt_debt.net", loaded_store)
    bonds = float(b["2024-01":"2024-03"].sum())
    r = rows(f"Foreign investors' net purchases came to {trillions(total)} of Japanese stocks and {trillions(bonds)} "
             f"of Japanese long-term bonds, respectively, from January to March.", data, date="2024-05-10")
    for claim, value in ((trillions(total), total), (trillions(bonds), bonds)):  # two figures, but one span
        got = by_claim(r, claim)
        assert (got["official_period"], got["official_value"]) == ("2024-01..2024-03", value)


# ------------------------------------------------------------------ interventions named by the sentence before
def test_an_amount_spent_after_a_sentence_about_intervention_is_the_intervention_total(data, loaded_store):
    fx = series("mof.fx_intervention.amount", loaded_store)
    total = float(fx["2022-10-01":"2022-10-31"].abs().sum())
    text = ("Tokyo waded into the currency market twice last month to defend the yen.\n\n"
            f"Authorities spent a total of {total / 1e3:.3f} trillion yen in the month to October 27, official "
            f"data showed on Monday.")
    r = rows(text, data, date="2022-10-31")[0]
    assert (r["measure"], r["verdict"], r["official_value"]) == ("intervention", "supported", total)


def test_an_amount_spent_on_securities_is_not_an_intervention(data):
    text = ("Japan intervened to prop up the yen in October.\n\n"
            "Life insurers spent 1.2 trillion yen on foreign bonds over the month.")
    r = rows(text, data, date="2022-11-20")
    assert all(x["measure"] != "intervention" for x in r if x["claim"] == "1.2 trillion yen")


# ------------------------------------------------------------------ windows that run to the publication date
def test_so_far_this_year_ends_with_the_latest_month_published(data, loaded_store):
    m = series("mof.monthly.assets.lt_debt.net", loaded_store)
    # on 10 June 2024 MoF's May figures are out (6th business day), June's are not
    total = float(m["2024-01":"2024-05"].sum())
    r = rows(f"Since the start of the year Japanese investors have {'bought' if total > 0 else 'sold'} a net "
             f"{trillions(total)} of foreign long-term bonds, monthly data showed.", data, date="2024-06-10")[0]
    assert (r["official_period"], r["official_value"]) == ("2024-01..2024-05", total)


def test_so_far_this_year_in_a_weekly_story_sums_the_weeks_published(data, loaded_store):
    w = series("mof.weekly.liabilities.equity.net", loaded_store)
    last = pd.Period("2024-05-18", "W-SAT")  # the latest week out on Thursday 23 May 2024
    ytd = float(w[(w.index.end_time.year == 2024) & (w.index <= last)].sum())
    wk = float(w[last])
    text = (f"Foreign investors {'bought' if wk > 0 else 'sold'} {trillions(wk)} of Japanese stocks in the week to "
            f"May 18. So far this year foreign investors have {'bought' if ytd > 0 else 'sold'} {trillions(ytd)} "
            f"of Japanese stocks.")
    r = rows(text, data, date="2024-05-23")
    got = by_claim(r, trillions(ytd))
    assert (got["verdict"], got["official_value"]) == ("supported", ytd)


def test_the_past_month_in_weekly_data_is_the_latest_four_weeks(data, loaded_store):
    w = series("mof.weekly.assets.lt_debt.net", loaded_store)
    last = pd.Period("2024-05-18", "W-SAT")
    total = float(w[last - 3:last].sum())
    r = rows(f"Japanese investors {'bought' if total > 0 else 'sold'} {trillions(total)} of foreign long-term bonds "
             f"over the past month, weekly data showed.", data, date="2024-05-23")[0]
    assert (r["verdict"], r["official_value"]) == ("supported", total)
    assert r["official_period"] == f"{(last - 3).start_time:%Y-%m-%d}..2024-05-18"


# ------------------------------------------------------------------ the two sides of MoF's data kept apart
def test_foreign_investors_never_take_the_instrument_of_japanese_investors(data, loaded_store):
    w = series("mof.weekly.assets.lt_debt.net", loaded_store)
    wk = float(w[pd.Period("2024-05-18", "W-SAT")])
    text = (f"Japanese investors {'bought' if wk > 0 else 'sold'} {trillions(wk)} of foreign bonds in the week to "
            f"May 18. Overseas investors sold a net 9.99 trillion yen.")
    r = rows(text, data, date="2024-05-23")
    first, second = by_claim(r, trillions(wk)), by_claim(r, "9.99 trillion yen")
    assert (first["verdict"], first["official_value"]) == ("supported", wk)
    # not "non-residents' trades in foreign securities"; and what they sold is not stated: no guess contradicts it
    assert second["subject"] == "non-residents (foreign investors)" and second["verdict"] == "unverifiable"
    assert "not the securities" in second["explanation"]


def test_foreign_investors_keep_their_own_instrument_through_a_pronoun(data, loaded_store):
    eq = series("mof.weekly.liabilities.equity.net", loaded_store)
    bd = series("mof.weekly.liabilities.lt_debt.net", loaded_store)
    p = pd.Period("2024-05-18", "W-SAT")
    text = (f"Foreign investors {'bought' if eq[p] > 0 else 'sold'} {trillions(eq[p])} of Japanese stocks in the week "
            f"to May 18. They also {'bought' if bd[p] > 0 else 'sold'} {trillions(bd[p])} of Japanese long-term bonds.")
    r = rows(text, data, date="2024-05-23")
    assert by_claim(r, trillions(eq[p]))["official_value"] == eq[p]
    assert by_claim(r, trillions(bd[p]))["official_value"] == bd[p]


# ------------------------------------------------------------------ magnitudes and percent changes of flows
def test_a_flow_finer_than_the_holdings_table_is_judged_on_tic_transactions(data, loaded_store):
    slt = series("tic.slt.china_mainland.treasury_net", loaded_store)
    r = rows("China bought about $25mln of Treasuries in May, Treasury data showed.", data, date="2024-07-20")[0]
    # TIC's holdings are printed in USD bn to one decimal: $25 million can only be a transactions figure
    assert r["official_unit"] == "USD mn" and r["official_value"] == slt["2024-05"]
    assert "change in holdings" not in r["explanation"]


def test_a_flow_percent_change_from_a_year_ago_is_against_the_same_month_a_year_before(data, loaded_store):
    m = series("mof.monthly.liabilities.equity.net", loaded_store)
    mar, ago = m["2024-03"], m["2023-03"]
    if mar * ago <= 0:
        pytest.skip("the flow changed sign: no percentage change")
    pct = 100 * (mar - ago) / abs(ago)
    r = rows(f"Foreign investors' net purchases of Japanese stocks in March were {abs(pct):.1f}% "
             f"{'higher' if pct > 0 else 'lower'} than a year ago, a {abs(pct):.1f}% {'jump' if pct > 0 else 'drop'} "
             f"in buying from a year ago.", data, date="2024-04-10")
    got = [x for x in r if x["measure"] == "flow_pct"]
    assert got and got[-1]["official_period"] == "2023-03 to 2024-03"
    assert got[-1]["verdict"] == "supported"


# ------------------------------------------------------------------ "over the three months"
def test_over_the_n_months_counts_back_from_the_month_named(data, loaded_store):
    uk = series("tic.holdings.united_kingdom", loaded_store)
    ch = uk["2023-09"] - uk["2023-06"]
    r = rows(f"Britain's holdings of Treasuries {'rose' if ch > 0 else 'fell'} in September, "
             f"{'adding' if ch > 0 else 'shedding'} ${abs(ch):.1f} billion over the three months.", data,
             date="2023-11-20")
    got = by_claim(r, f"${abs(ch):.1f} billion")
    assert (got["verdict"], got["official_period"]) == ("supported", "2023-06 to 2023-09")


def test_over_the_n_months_with_no_month_named_is_the_latest_published(data, loaded_store):
    m = series("mof.monthly.liabilities.equity.net", loaded_store)
    total = float(m["2024-02":"2024-04"].sum())  # on 20 May 2024 April is the newest month out
    r = rows(f"Foreign investors {'bought' if total > 0 else 'sold'} a net {trillions(total)} of Japanese stocks "
             f"during the three months, monthly data showed.", data, date="2024-05-20")[0]
    assert (r["official_period"], r["official_value"]) == ("2024-02..2024-04", total)


def test_a_level_joined_by_and_to_a_level_is_a_level_with_its_own_month(data, loaded_store):
    cn = series("tic.holdings.china_mainland", loaded_store)
    a, b = cn["2023-07"], cn["2023-08"]
    r = rows(f"China's Treasury holdings slid to ${a:.1f} billion in July and ${b:.1f} billion in August.", data,
             date="2023-10-20")
    second = by_claim(r, f"${b:.1f} billion")
    assert (second["measure"], second["official_period"], second["official_value"]) == ("holdings_level", "2023-08", b)


def test_between_two_months_is_one_span(data, loaded_store):
    jp = series("tic.holdings.japan", loaded_store)
    ch = jp["2023-06"] - jp["2023-02"]
    r = rows(f"Japan's holdings of Treasuries {'rose' if ch > 0 else 'fell'} ${abs(ch):.1f} billion between "
             f"February and June.", data, date="2023-08-20")[0]
    assert (r["verdict"], r["official_period"]) == ("supported", "2023-02 to 2023-06")
    m = series("mof.monthly.assets.equity.net", loaded_store)
    total = float(m["2023-02":"2023-06"].sum())
    r = rows(f"Japanese investors {'bought' if total > 0 else 'sold'} a net {trillions(total)} of foreign stocks "
             f"between February and June.", data, date="2023-08-20")[0]
    assert (r["official_period"], r["official_value"]) == ("2023-02..2023-06", total)


# ------------------------------------------------------------------ subjects named before, or only compared with
def test_a_holdings_figure_with_no_holder_takes_the_one_the_sentence_before_names(data, loaded_store):
    uk = series("tic.holdings.united_kingdom", loaded_store)
    ch = uk["2024-09"] - uk["2024-08"]
    text = (f"Britain {'added to' if ch > 0 else 'trimmed'} its Treasury holdings in September. The "
            f"{'increase' if ch > 0 else 'decline'} of ${abs(ch):.1f} billion left the pile at ${uk['2024-09']:.1f} "
            f"billion.")
    r = rows(text, data, date="2024-11-20")
    lvl = by_claim(r, f"${uk['2024-09']:.1f} billion")
    assert (lvl["subject"], lvl["verdict"], lvl["official_value"]) == ("United Kingdom", "supported", uk["2024-09"])


def test_the_holders_a_country_is_ranked_among_are_not_its_subject(data, loaded_store):
    cn = series("tic.holdings.china_mainland", loaded_store)
    ch = cn["2024-09"] - cn["2024-08"]
    r = rows(f"China, the second-largest among foreign holders, saw its holdings {'rise' if ch > 0 else 'fall'} "
             f"${abs(ch):.1f} billion in September.", data, date="2024-11-20")
    got = by_claim(r, f"${abs(ch):.1f} billion")
    assert (got["subject"], got["verdict"]) == ("China (mainland)", "supported")


# ------------------------------------------------------------------ the Fed's custody: weeks, and Treasuries vs all
def test_custody_total_with_agency_debt_is_unverifiable_and_the_treasuries_part_is_checked(data, loaded_store):
    s = series("fred.wmtsecl1", loaded_store)
    wk = pd.Period("2024-06-26", "W-WED")
    ch = (s[wk] - s[wk - 1]) / 1e3
    text = (f"Foreign central banks' holdings of U.S. Treasuries and other debt securities held in custody at the "
            f"New York Fed fell $99.99 billion in the week ended June 26.\n\n"
            f"The weekly move was concentrated in Treasuries, which {'rose' if ch > 0 else 'fell'} by ${abs(ch):.2f} "
            f"billion, the biggest since a $88.88 billion drop in the week ended Jan. 3.")
    r = rows(text, data, date="2024-06-28")
    total, tsy = by_claim(r, "$99.99 billion"), by_claim(r, f"${abs(ch):.2f} billion")
    assert total["verdict"] == "unverifiable" and "agency debt" in total["explanation"]
    # the period after the later figure ("in the week ended Jan. 3") is that figure's, not this one's
    assert (tsy["series"], tsy["verdict"], tsy["official_period"]) == ("fred.wmtsecl1", "supported",
                                                                       "2024-06-19 to 2024-06-26")


# ------------------------------------------------------------------ which securities, and whose data
@pytest.mark.parametrize("phrase", ["short-term Japanese bonds", "Japanese short-term debt securities"])
def test_short_term_japanese_debt_is_non_residents_short_term_series(phrase, data, loaded_store):
    st = series("mof.weekly.liabilities.st_debt.net", loaded_store)
    wk = float(st[pd.Period("2024-06-15", "W-SAT")])
    r = rows(f"Overseas investors {'poured' if wk > 0 else 'pulled'} a net {trillions(wk)} "
             f"{'into' if wk > 0 else 'out of'} {phrase} in the week to June 15.", data, date="2024-06-20")[0]
    assert (r["series"], r["official_value"]) == ("mof.weekly.liabilities.st_debt.net", wk)


def test_a_phrase_naming_whose_securities_beats_a_longer_one_without():
    from ustflow.check.subjects import find_instruments

    s = "Japanese long-term debt securities drew 1 trillion yen."
    assert [v for _, v in find_instruments(s)] == [("liabilities", "lt_debt")]


def test_figures_from_the_exchanges_tally_are_not_mof_flows(data):
    r = rows("According to stock exchange data, overseas investors bought a net 123.4 billion yen of Japanese shares "
             "in the week to June 14.", data, date="2024-06-20")[0]
    assert r["verdict"] == "unverifiable" and "exchange" in r["explanation"]


def test_a_level_reached_over_a_quarter_is_judged_on_the_quarters_direction(data, loaded_store):
    cn = series("tic.holdings.china_mainland", loaded_store)
    q, m = cn["2021-03"] - cn["2020-12"], cn["2021-03"] - cn["2021-02"]
    assert q * m < 0  # the first quarter of 2021 went one way, March the other
    r = rows(f"China's holdings {'rose' if q > 0 else 'fell'} in the first quarter to ${cn['2021-03']:.1f} billion.",
             data, date="2021-05-20")[0]
    assert r["verdict"] == "supported" and "from 2020-12" in r["explanation"]


def test_foreign_holdings_rose_names_its_holder_and_a_following_holdings_figure_takes_it(data, loaded_store):
    tot = series("tic.holdings.grand_total", loaded_store)
    ch = tot["2024-06"] - tot["2024-05"]
    text = (f"Foreign holdings of U.S. Treasuries {'rose' if ch > 0 else 'fell'} in June, the data showed. "
            f"Holdings stood at ${tot['2024-06'] / 1e3:.2f} trillion.")
    r = rows(text, data, date="2024-08-20")
    assert [(x["subject"], x["verdict"]) for x in r] == [("all foreign holders", "supported")] * 2


def test_private_investors_beside_foreign_official_ones_are_not_japanese_investors(data):
    r = rows("Foreign official institutions sold $23 billion of Treasuries in June, while private investors bought "
             "$92 billion.", data, date="2024-08-15")
    got = by_claim(r, "$92 billion")
    assert got["subject"] == "foreign private investors" and got["verdict"] == "unverifiable"
    # "private institutions" of a Japanese flows story are still Japan's investors
    r = rows("Private institutions, including banks and pension funds, sold 1 trillion yen of foreign bonds in the "
             "week ending April 5.", data, date="2025-04-10")
    assert r[0]["subject"] == "Japanese investors (all sectors)"


@pytest.mark.parametrize("phrase", ["in the same month last year", "in the same month a year earlier",
                                    "in the same month of the previous year"])
def test_the_same_month_last_year_is_a_year_before_the_month_named(phrase, data, loaded_store):
    m = series("mof.monthly.liabilities.equity.net", loaded_store)
    now, then = m["2024-05"], m["2023-05"]
    r = rows(f"Foreign investors' net purchases of Japanese stocks came to {trillions(now)} in May, against "
             f"{trillions(then)} {phrase}.", data, date="2024-06-10")
    got = by_claim(r, trillions(then))
    assert (got["official_period"], got["official_value"]) == ("2023-05", then)


# ------------------------------------------------------------------ Japanese spans of months
@pytest.mark.parametrize("phrase,start,end,date", [
    ("1～3月に", "2024-01", "2024-03", "2024-05-10"),
    ("2023年10～12月期に", "2023-10", "2023-12", "2024-05-10"),
    ("年初来で", "2024-01", "2024-04", "2024-05-10"),  # to April: the newest month out on 10 May
    ("上半期に", "2023-01", "2023-06", "2024-05-10"),  # the first half that ended last: 2023's
    ("2023年度上半期に", "2023-04", "2023-09", "2024-05-10"),  # 年度: the fiscal year's, April to September
])
def test_japanese_spans_of_months_are_sums(phrase, start, end, date, data, loaded_store):
    m = series("mof.monthly.assets.lt_debt.net", loaded_store)
    total = float(m[start:end].sum())
    yen = f"{int(abs(total)) // 10000}兆{int(abs(total)) % 10000}億円" if abs(total) >= 10000 else f"{int(abs(total))}億円"
    r = rows(f"国内投資家は{phrase}対外中長期債を{yen}{'買い越した' if total > 0 else '売り越した'}。", data, date=date)[0]
    assert (r["official_period"], r["official_value"]) == (f"{start}..{end}", total)


def test_japanese_recent_weeks_quarters_and_nth_weeks(data, loaded_store):
    w = series("mof.weekly.liabilities.equity.net", loaded_store)
    last = pd.Period("2024-05-18", "W-SAT")  # the newest week out on Thursday 23 May 2024
    three = float(w[last - 2:last].sum())
    yen = f"{int(abs(three))}億円" if abs(three) < 10000 else f"{int(abs(three)) // 10000}兆{int(abs(three)) % 10000}億円"
    r = rows(f"海外投資家は直近3週間で日本株を{yen}{'買い越した' if three > 0 else '売り越した'}。", data, date="2024-05-23")[0]
    assert (r["official_value"], r["official_period"]) == (three, f"{(last - 2).start_time:%Y-%m-%d}..2024-05-18")
    third = pd.Period("2024-05-18", "W-SAT")  # weeks ending in May 2024: the 4th, 11th, 18th, 25th
    r = rows(f"海外投資家は5月の第3週に日本株を{int(abs(w[third]))}億円{'買い越した' if w[third] > 0 else '売り越した'}。",
             data, date="2024-05-23")[0]
    assert r["official_period"] == "2024-05-12..2024-05-18"
    m = series("mof.monthly.assets.lt_debt.net", loaded_store)
    q = float(m["2023-04":"2023-06"].sum())
    r = rows(f"2023年度第1四半期の対外中長期債投資は{int(abs(q)) // 10000}兆{int(abs(q)) % 10000}億円の"
             f"{'買い越し' if q > 0 else '売り越し'}だった。", data, date="2024-05-10")[0]
    assert (r["official_period"], r["official_value"]) == ("2023-04..2023-06", q)


def test_a_japanese_intervention_total_is_the_sum_of_the_operations(data, loaded_store):
    fx = series("mof.fx_intervention.amount", loaded_store)
    total = float(fx["2022-10-01":"2022-10-31"].abs().sum())
    yen = f"{int(total * 10) // 10000}兆{int(total * 10) % 10000}億円"  # JPY bn -> 兆/億円
    r = rows(f"財務省は9月29日～10月27日の為替介入額が{yen}だったと発表した。", data, date="2022-10-31")[0]
    assert (r["measure"], r["official_value"]) == ("intervention", total)
    # 証券 (securities) in the sentence: a flow, not an intervention
    r = rows("対外証券投資は円買い介入の月に1兆2000億円の売り越しだった。", data, date="2022-11-08")[0]
    assert r["measure"] != "intervention"


@pytest.mark.parametrize("base,start", [("前月比", "2023-08"), ("前年同月比", "2022-09")])
def test_a_japanese_change_against_a_base_is_a_change_to_the_month_named(base, start, data, loaded_store):
    cn = series("tic.holdings.china_mainland", loaded_store)
    ch = cn["2023-09"] - cn[start]
    oku = lambda v: f"{int(round(abs(v) * 10))}億ドル"  # noqa: E731 (USD bn -> 億ドル)
    r = rows(f"9月の中国の米国債保有額は{base}{oku(ch)}{'増' if ch > 0 else '減'}の{oku(cn['2023-09'])}だった。",
             data, date="2023-11-20")
    got = by_claim(r, oku(ch))
    assert (got["measure"], got["verdict"], got["official_period"]) == ("holdings_change", "supported",
                                                                       f"{start} to 2023-09")


def test_a_change_since_a_peak_named_by_month_and_year_runs_from_that_month(data, loaded_store):
    jp = series("tic.holdings.japan", loaded_store)
    ch = jp["2024-01"] - jp["2021-11"]
    r = rows(f"Japan's holdings have shrunk by ${abs(ch):.1f} billion since their November 2021 peak.", data,
             date="2024-03-20")[0]
    assert (r["verdict"], r["official_period"]) == ("supported", "2021-11 to 2024-01")
