"""`ustflow check`: quarters relative to the publication date, the weeks of a month, a dollar restatement
before 2018 and TIC's long-term securities flow (issue 13, session 6). Invented sentences plus the wording
of real articles; expected values computed here from the loaded store."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read, by_claim, series
from ustflow.views.check import check_text


def rows(text, data, **kw):
    return check_text(text, store=data, **kw)


def trillions(v_100mn: float) -> str:
    return f"{abs(v_100mn) / 1e4:.2f} trillion yen"


def test_last_quarter_is_the_calendar_quarter_before_the_publication_date(data, loaded_store):
    m = series("mof.monthly.liabilities.equity.net", loaded_store)
    q2 = float(m["2025-04":"2025-06"].sum())
    verb = "bought" if q2 > 0 else "sold"
    for phrase in ("in the last quarter", "during the previous quarter"):
        r = rows(f"Overseas investors {verb} a net {trillions(q2)} of Japanese stocks {phrase}.", data,
                 date="2025-08-15")[0]
        assert (r["verdict"], r["official_period"], r["official_value"]) == ("supported", "2025-04..2025-06", q2)


def test_the_previous_quarter_after_a_named_quarter_is_the_one_before_it(data, loaded_store):
    m = series("mof.monthly.liabilities.equity.net", loaded_store)
    q1 = float(m["2025-01":"2025-03"].sum())
    text = (f"Foreigners were active in the second quarter of 2025, after they {'bought' if q1 > 0 else 'sold'} "
            f"{trillions(q1)} of Japanese shares in the previous quarter.")
    r = by_claim(rows(text, data, date="2025-11-20"), trillions(q1))
    assert (r["official_period"], r["official_value"]) == ("2025-01..2025-03", q1)


def test_so_far_this_quarter_in_a_weekly_story_sums_the_weeks_published(data, loaded_store):
    # Reuters, 15 Aug 2025: "Japanese stocks have so far attracted a hefty ¥3.05 trillion in foreign inflows
    # this quarter": the weeks from the one that takes in 1 July to the latest out (Thursday 14 August)
    w = series("mof.weekly.liabilities.equity.net", loaded_store)
    weeks = w[(w.index.end_time >= pd.Timestamp("2025-07-01")) & (w.index <= pd.Period("2025-08-09", "W-SAT"))]
    total = float(weeks.sum())
    text = (f"Foreigners bought Japanese shares for a second week last week. So far this quarter they have bought "
            f"{trillions(total)} of Japanese stocks, weekly data showed.")
    r = by_claim(rows(text, data, date="2025-08-15"), trillions(total))
    assert (r["verdict"], r["official_value"]) == ("supported", total)
    assert r["official_period"] == f"{weeks.index[0].start_time:%Y-%m-%d}..{weeks.index[-1].end_time:%Y-%m-%d}"


def test_the_first_weeks_of_a_month_lie_wholly_in_it(data, loaded_store):
    # Reuters, 28 May 2015: "around 2.4 trillion yen in the first three weeks of May" = 3-9, 10-16, 17-23 May
    w = series("mof.weekly.assets.lt_debt.net", loaded_store)
    for month, first_sunday in (("2015-05", "2015-05-03"), ("2024-06", "2024-06-02")):
        start = pd.Timestamp(first_sunday)
        weeks = w[(w.index.start_time >= start) & (w.index.end_time <= start + pd.Timedelta(days=21))]
        total = float(weeks.sum())
        mname = pd.Period(month, "M").strftime("%B")
        text = (f"Japanese investors {'bought' if total > 0 else 'sold'} a net {trillions(total)} of foreign bonds "
                f"in the first three weeks of {mname}.")
        r = rows(text, data, date=str((start + pd.Timedelta(days=25)).date()))[0]
        assert (r["official_period"], r["official_value"]) == (
            f"{first_sunday}..{(start + pd.Timedelta(days=20)).date()}", total)


def test_a_dollar_restatement_before_2018_is_no_evidence_of_its_own(data, loaded_store):
    w = series("mof.weekly.assets.lt_debt.net", loaded_store)
    p = pd.Period("2015-05-16", "W-SAT")
    v = float(w[p])
    rate = 120.0  # the article's own conversion: its dollar figure at 120 yen
    good = f"{abs(v) / 1e4:.2f} trillion yen (${abs(v) * 1e8 / rate / 1e9:.1f} billion)"
    verb = "bought" if v > 0 else "sold"
    r = rows(f"Japanese investors {verb} a net {good} of foreign bonds in the week to May 16, 2015.", data,
             date="2015-05-21")
    yen, usd = r[0], r[1]
    # the dollars at the rate their own pair implies always agree with the yen: no evidence of their own
    assert (yen["verdict"], usd["verdict"]) == ("supported", "unverifiable")
    assert "rate implied by the article's own pair" in usd["explanation"]
    # a yen figure that is wrong: its dollar restatement adds nothing and is unverifiable, the yen contradicted
    bad = f"{abs(v) * 1.2 / 1e4:.2f} trillion yen (${abs(v) * 1.2 * 1e8 / rate / 1e9:.1f} billion)"
    r = rows(f"Japanese investors {verb} a net {bad} of foreign bonds in the week to May 16, 2015.", data,
             date="2015-05-21")
    assert (as_read(r[0]), as_read(r[1])) == ("contradicted", "unverifiable")


def _lt_net(loaded_store, slug: str, kinds: tuple[str, ...]) -> pd.Series:
    parts = [series(f"tic.forms.{slug}.gross_purchases_{k}", loaded_store)
             - series(f"tic.forms.{slug}.gross_sales_{k}", loaded_store) for k in kinds]
    return sum(parts).dropna()


def test_tics_long_term_securities_flow_is_the_form_s_total(data, loaded_store):
    total = _lt_net(loaded_store, "grand_total", ("treasury", "agency", "corporate_bonds", "us_stocks",
                                                   "foreign_bonds", "foreign_stocks"))
    got = data.series("tic.forms.grand_total.lt_net")
    assert got is not None and float(got[pd.Period("2017-05", "M")]) == pytest.approx(91925)  # s1_globl, May 2017
    assert float(got[pd.Period("2016-03", "M")]) == pytest.approx(float(total[pd.Period("2016-03", "M")]))
    # Reuters Japanese, 19 Jul 2017: "長期有価証券投資(株式スワップ等除く)は919億ドルの買い越し", no holder named
    v = float(total[pd.Period("2016-03", "M")])
    oku = round(v / 100)
    text = f"2016年3月の海外投資家による長期有価証券投資は{oku}億ドルの{'買い越し' if v > 0 else '売り越し'}となった。"
    r = rows(text, data, date="2016-05-20")[0]
    assert (r["verdict"], r["official_value"]) == ("supported", v)
    # TIC's overall flow with short-term and banking positions is not the long-term one
    r = rows(f"2016年3月の対米証券投資は全体で{oku}億ドルの買い越し。", data, date="2016-05-20")[0]
    assert r["verdict"] == "unverifiable"


def test_a_period_after_the_story_or_named_twice_says_nothing_of_the_frequency(data, loaded_store):
    # devdiscourse, 8 Jan 2026: a plan "for the fiscal year beginning April 2026" (twice) against one "last week":
    # the undated figure "released on Thursday" is the latest week, not the latest month
    w = series("mof.weekly.liabilities.lt_debt.net", loaded_store)
    wk = float(w[pd.Period("2026-01-03", "W-SAT")])
    text = (f"Foreigners made their first weekly purchase of Japanese bonds in three weeks through January 3. "
            f"Data released on Thursday showed the purchase of {abs(wk) / 10:.1f} billion yen in Japanese long-term "
            f"debt securities by foreigners. The government plans to sell 17.4 trillion yen and 2.1 trillion yen of "
            f"super-long bonds for the fiscal year beginning April 2026. Bills drew 100 billion yen last week.")
    r = by_claim(rows(text, data, date="2026-01-08"), f"{abs(wk) / 10:.1f} billion yen")
    assert (r["official_period"], r["official_value"]) == ("2025-12-28..2026-01-03", wk)


def test_long_term_papers_are_long_term_debt(data, loaded_store):
    m = series("mof.monthly.assets.lt_debt.net", loaded_store)
    st = series("mof.monthly.assets.st_debt.net", loaded_store)
    p = pd.Period("2023-06", "M")
    text = (f"In June 2023 Japanese investors acquired long-term papers amounting to {trillions(m[p])}, while "
            f"divesting short-term bonds worth {abs(st[p]) / 10:.1f} billion yen.")
    r = rows(text, data, date="2023-07-10")
    assert (r[0]["official_value"], r[0]["verdict"]) == (float(m[p]), "supported")
    assert r[1]["official_value"] == float(st[p])


def test_the_starting_level_of_a_change_over_two_named_months_is_the_first(data, loaded_store):
    cn = series("tic.holdings.china_mainland", loaded_store)
    jp = series("tic.holdings.japan", loaded_store)
    feb, mar, dec = pd.Period("2025-02", "M"), pd.Period("2025-03", "M"), pd.Period("2024-12", "M")
    text = (f"China's holdings went from ${cn[feb]:.1f} billion to ${cn[mar]:.1f} billion between February and "
            f"March. Japan's holdings went from ${jp[dec]:.1f} billion to ${jp[mar]:.1f} billion in the first quarter.")
    r = rows(text, data, date="2025-05-17")
    got = {x["claim"]: (x["verdict"], x["official_value"]) for x in r}
    assert got[f"${cn[feb]:.1f} billion"] == ("supported", float(cn[feb]))
    assert got[f"${jp[dec]:.1f} billion"] == ("supported", float(jp[dec]))  # a quarter: from the month before it


def test_a_story_of_mofs_weekly_release_day_with_no_period_is_the_weekly_data(data, loaded_store):
    # fxco, Thursday 1 May 2025: "foreign bonds buying surged to 435.2 billion yen, more than doubling from the
    # previous figure of 218.2 billion yen": the week released that day and the week before it
    w = series("mof.weekly.assets.lt_debt.net", loaded_store)
    last, prev = pd.Period("2025-04-26", "W-SAT"), pd.Period("2025-04-19", "W-SAT")
    text = (f"Japanese purchases of overseas bonds came to {abs(w[last]) / 10:.1f} billion yen, against the prior "
            f"reading of {abs(w[prev]) / 10:.1f} billion yen.")
    r = rows(text, data, date="2025-05-01")
    assert (r[0]["official_period"], r[0]["official_value"]) == ("2025-04-20..2025-04-26", float(w[last]))
    assert (r[1]["official_period"], r[1]["official_value"]) == ("2025-04-13..2025-04-19", float(w[prev]))
    # a day with no MoF release says nothing: the monthly default stands
    m = series("mof.monthly.assets.lt_debt.net", loaded_store)
    r = rows(f"Japanese purchases of overseas bonds came to {abs(m[pd.Period('2025-03', 'M')]) / 10:.1f} billion yen.",
             data, date="2025-04-28")[0]
    assert r["official_period"] == "2025-03"


def test_a_dateline_without_a_city_is_no_anchor_for_the_previous_month(data, loaded_store):
    # Reuters, 10 Jul 2023: "July 10 (Reuters) - ... during June ... following approximately 3.38 trillion yen of
    # net buying in the previous month": May, not the month before the dateline
    m = series("mof.monthly.assets.lt_debt.net", loaded_store)
    jun, may = float(m[pd.Period("2023-06", "M")]), float(m[pd.Period("2023-05", "M")])
    text = (f"August 9 (Wire) - Japanese investors were net buyers of foreign long-term bonds during June.\n\n"
            f"They bought {trillions(jun)} of foreign long-term bonds, following {trillions(may)} of net buying "
            f"in the previous month.")
    r = rows(text, data, date="2023-08-09")
    got = {x["claim"]: (x["official_period"], x["official_value"]) for x in r}
    assert got[trillions(may)] == ("2023-05", may)


def test_custody_year_over_year_is_against_the_wednesday_52_weeks_before(data, loaded_store):
    s = series("fred.wmtsecl1", loaded_store)
    p = pd.Period("2020-12-09", "W-WED")
    ch = float(s[p] - s[p - 52])
    text = (f"Treasuries held in custody for foreign official accounts at the Fed rose in the week ending December 9. "
            f"Year-over-year, custody holdings of marketable Treasuries are higher by ${ch / 1000:.3f} bn.")
    r = by_claim(rows(text, data, date="2020-12-11"), f"${ch / 1000:.3f} bn")
    assert (r["verdict"], r["official_period"]) == ("supported", "2019-12-11 to 2020-12-09")


def test_other_countries_central_banks_are_foreign_official_holders(data, loaded_store):
    fo = series("tic.holdings.foreign_official", loaded_store)
    p = pd.Period("2019-03", "M")
    text = (f"Other countries' central banks and foreign government institutions held ${fo[p] / 1000:.2f}T of "
            f"Treasuries in March 2019.")
    r = rows(text, data, date="2019-05-16")[0]
    assert (r["verdict"], r["official_value"]) == ("supported", float(fo[p]))


def test_a_span_of_days_in_british_order():
    from datetime import date

    from ustflow.check.period_grammar import Resolver

    for phrase, want in (("the period of 30 August to 28 September", (date(2022, 8, 30), date(2022, 9, 28))),
                         ("between 3 March and 14 March 2025", (date(2025, 3, 3), date(2025, 3, 14)))):
        p = Resolver(date(2022, 9, 30) if "2025" not in phrase else None).find(phrase)[0]
        assert (p.start, p.end) == want, p


def test_compared_to_the_previous_year_is_a_twelve_month_change(data, loaded_store):
    tot = series("tic.holdings.grand_total", loaded_store)
    p = pd.Period("2024-01", "M")
    pct = 100 * (tot[p] / tot[p - 12] - 1)
    text = f"In January 2024 foreign holdings of Treasuries had grown by {pct:.1f}% compared to the previous year."
    r = rows(text, data, date="2024-03-26")[0]
    assert (r["verdict"], r["official_period"]) == ("supported", "2023-01 to 2024-01")


def test_a_present_tense_us_yield_in_an_asian_story_is_the_close_before(data, loaded_store):
    # Reuters from Tokyo, 1 Aug 2013: "the yield on the 10-year U.S. Treasury note is trading above 2.5 percent"
    y = series("fred.dgs10", loaded_store)
    before, day = float(y[pd.Timestamp("2024-03-04")]), float(y[pd.Timestamp("2024-03-05")])
    for city, want in (("SEOUL", ("2024-03-04", before)), ("NEW YORK", ("2024-03-05", day))):
        v = want[1]
        text = f"{city}, March 5 (Wire) - The yield on the 10-year U.S. Treasury note is trading at {v:.2f} percent."
        r = rows(text, data, date="2024-03-05")[0]
        assert (r["verdict"], r["official_period"], r["official_value"]) == ("supported", *want), r["explanation"]


def test_foreign_inflows_into_a_market_are_non_residents_trades(data, loaded_store):
    w = series("mof.weekly.liabilities.st_debt.net", loaded_store)
    p = pd.Period("2025-08-09", "W-SAT")
    text = (f"Japanese bills drew weekly foreign inflows of {abs(w[p]) / 10:.1f} billion yen in the week to "
            f"August 9, 2025.")
    r = rows(text, data, date="2025-08-14")[0]
    assert (r["series"], r["official_value"]) == ("mof.weekly.liabilities.st_debt.net", float(w[p]))


def test_a_holder_no_longer_in_the_major_holders_table_is_read_from_slt_table_3(data, loaded_store):
    # Sputnik, 17 May 2025: Russia's "current holdings of about $25mln" (Russia left the table after 2018)
    mn = series("tic.slt.russia.treasury_pos", loaded_store)
    v = float(mn[pd.Period("2025-03", "M")])
    r = rows(f"Russia's holdings of US Treasuries now stand at ${v:.0f} million.", data, date="2025-05-17")[0]
    assert (r["verdict"], r["official_period"], r["official_value"]) == ("supported", "2025-03", v / 1000)
    mfh = series("tic.holdings.russia", loaded_store)
    p = pd.Period("2010-10", "M")
    r = rows(f"Russia held ${mfh[p]:.1f} billion of Treasuries in October 2010.", data, date="2025-05-17")[0]
    assert (r["verdict"], r["official_value"]) == ("supported", float(mfh[p]))


def test_a_possessive_split_by_a_space_is_still_a_possessive(data, loaded_store):
    # WAM, 17 May 2016: "rose to 6.287 trillion U.S. dollars from February’ s 6.2362 trillion dollars"
    jp = series("tic.holdings.japan", loaded_store)
    feb, mar = pd.Period("2016-02", "M"), pd.Period("2016-03", "M")
    for apos in ("’ s", "' s"):
        text = (f"In March, Japan's holdings of U.S. Treasury securities rose to ${jp[mar]:.1f} billion from "
                f"February{apos} ${jp[feb]:.1f} billion.")
        r = by_claim(rows(text, data, date="2016-05-17"), f"${jp[feb]:.1f} billion")
        assert (r["verdict"], r["official_period"]) == ("supported", "2016-02")
