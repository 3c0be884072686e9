"""`ustflow check` on more of the wire's shapes (issue 13, session 4): "the most in a week since <day>",
"since February last year", "N weekly net purchases in a row", "after cutting ... for N months in a
row", "short-term Japanese bonds", exchange data (not MoF), a bare "572.5 billion" in the next paragraph,
"holdings of Treasuries fell further in April", "the largest-ever" intervention. Invented sentences;
expected values computed from the loaded store."""

from __future__ import annotations

import pandas as pd

from tests.helpers import by_claim, series
from ustflow.views.check import check_text

WEEK = pd.Period("2024-03-02", "W-SAT")


def test_short_term_japanese_bonds_and_the_most_in_a_week_since(data, loaded_store):
    s = series("mof.weekly.liabilities.st_debt.net", loaded_store)
    v = s[WEEK]
    last = s[(s.index < WEEK) & (s >= v)].index[-1]
    day = last.end_time.date() - pd.Timedelta(days=1)  # a day of that week (the Friday)
    r = check_text(f"Foreigners pumped in a net {v / 10000:.2f} trillion yen into short-term Japanese bonds last week, "
                   f"the most in a week since {day:%b} {day.day}.", date="2024-03-08", store=data)
    fig = by_claim(r, f"{v / 10000:.2f} trillion yen")
    assert fig["series"] == "mof.weekly.liabilities.st_debt.net"
    assert fig["verdict"] == "supported"
    rec = by_claim(r, f"the most in a week since {day:%b} {day.day}")
    assert rec["verdict"] == "supported"
    assert str(last.end_time.date()) in rec["explanation"] or f"{last.start_time:%Y-%m-%d}" in rec["explanation"]


def test_a_bare_figure_takes_the_currency_of_the_paragraph_before(data, loaded_store):
    s = series("mof.weekly.liabilities.lt_debt.net", loaded_store)
    v = s[WEEK]
    r = check_text("Foreigners pumped in a net 2.75 trillion yen into short-term Japanese bonds last week.\n\n"
                   f"Japanese long-term debt securities also attracted about {v / 10:.1f} billion worth of foreign "
                   f"capital on a net basis.", date="2024-03-08", store=data)
    rec = by_claim(r, f"about {v / 10:.1f} billion")
    assert rec["official_value"] == v
    assert rec["verdict"] == "supported"


def test_exchange_data_is_not_mofs(data):
    r = check_text("According to exchange data, foreigners purchased a net 68.31 billion yen of Japanese stocks in the "
                   "week to March 1.", date="2024-03-08", store=data)
    rec = by_claim(r, "68.31 billion yen")
    assert rec["verdict"] == "unverifiable"
    assert "exchange data" in rec["explanation"]


def test_weekly_purchases_in_a_row_before_the_figure(data, loaded_store):
    s = series("mof.weekly.assets.st_debt.net", loaded_store)
    prev = WEEK - 1
    n = 0
    for x in reversed(s[s.index <= prev].tolist()):
        if x <= 0:
            break
        n += 1
    r = check_text("Japanese investors exited 3.2 billion yen of short-term instruments last week after five weekly net "
                   "purchases in a row.", date="2024-03-08", store=data)
    rec = by_claim(r, "five weekly net purchases in a row")
    assert rec["official_value"] == n
    assert rec["official_period"] == f"{prev.start_time:%Y-%m-%d}..{prev.end_time:%Y-%m-%d}"
    assert rec["verdict"] == ("supported" if n == 5 else "contradicted")


def test_after_cutting_for_months_in_a_row(data, loaded_store):
    # "increased its holdings in July, after cutting its holdings for three months in a row": the run before July
    s = series("tic.holdings.japan", loaded_store).diff().dropna()
    jul = pd.Period("2015-07", "M")
    n = 0
    for x in reversed(s[s.index < jul].tolist()):
        if x >= 0:
            break
        n += 1
    r = check_text("Japan increased its holdings of Treasuries by $400 million to $1.1975 trillion in July, after "
                   "cutting its holdings for three months in a row.", date="2015-09-17", store=data)
    rec = by_claim(r, "for three months in a row")
    assert rec["official_value"] == n
    assert rec["official_period"] == "2015-06"


def test_since_a_month_last_year(data, loaded_store):
    s = series("tic.forms.grand_total.treasury_net", loaded_store)
    jun = pd.Period("2015-06", "M")
    last = s[(s.index < jun) & (s >= s[jun])].index[-1]
    r = check_text(f"Net foreign purchases of Treasuries were ${s[jun] / 1000:.1f} billion in June, the most since "
                   f"{last.strftime('%B')} last year.", date="2015-08-18", store=data)
    rec = by_claim(r, f"the most since {last.strftime('%B')} last year")
    assert rec["verdict"] == ("supported" if last.year == 2014 else "contradicted")


def test_holdings_fell_without_a_figure(data, loaded_store):
    s = series("tic.holdings.japan", loaded_store)
    apr = pd.Period("2022-04", "M")
    fell = s[apr] < s[apr - 1]
    r = check_text("Japan's holdings of U.S. Treasuries fell further in April, data showed on Wednesday.",
                   date="2022-06-15", store=data)
    rec = by_claim(r, "fell")
    assert rec["verdict"] == ("supported" if fell else "contradicted")
    assert rec["official_period"].endswith("2022-04")


def test_a_record_intervention_reaches_before_the_table(data):
    r = check_text("Japan's currency intervention last week cost 2.84 trillion yen, the largest-ever amount spent to "
                   "stem the yen's slide.", date="2022-09-30", store=data)
    rec = by_claim(r, "the largest-ever")
    assert rec["verdict"] == "unverifiable"
    assert "2011" in rec["explanation"]
    assert by_claim(r, "2.84 trillion yen")["verdict"] == "supported"


def test_japanese_top_spot_is_a_rank(data, loaded_store):
    jp = series("tic.holdings.japan", loaded_store)
    cn = series("tic.holdings.china_mainland", loaded_store)
    may = pd.Period("2017-05", "M")
    r = check_text("米財務省が発表した5月の対米証券投資統計によると、日本の米財務省証券保有額が再び拡大したほか、首位の座を維持した。",
                   date="2017-07-19", store=data)
    rec = by_claim(r, "首位")
    assert rec["official_period"] == str(may)
    assert rec["verdict"] == ("supported" if jp[may] > cn[may] else "contradicted")


def test_a_yield_spread_since(data, loaded_store):
    # "the 10-year yield is at its lowest level against the 2-year note since 2007": the 10y-2y spread (FRED
    # DGS10 - DGS2), never a holdings figure from the sentence before
    spread = (series("fred.dgs10", loaded_store) - series("fred.dgs2", loaded_store)).dropna()
    r = check_text("Japan's holdings of Treasuries rose to $1.1 trillion in June. The 10-year yield on U.S. Treasuries is "
                   "at its lowest level against the benchmark 2-year Treasury note since 2007.", date="2019-08-27",
                   store=data)
    rec = by_claim(r, "its lowest level against the benchmark 2-year Treasury note since 2007")
    assert rec["series"] == "fred.dgs10-dgs2"
    day = pd.Timestamp(rec["official_period"])
    v = spread[day]
    last = spread[(spread.index < day) & (spread <= v)].index[-1]
    assert rec["verdict"] == ("supported" if last.year == 2007 else "contradicted")


def test_japanese_weekly_story(data, loaded_store):
    # "前週" is the week before the story's week; "2週ぶり" / "週" words make an undated figure weekly
    s = series("mof.weekly.liabilities.equity.net", loaded_store)
    prev = WEEK - 1
    r = check_text(f"2月25日～3月2日の週に海外投資家は日本株を{s[WEEK]:.0f}億円買い越した。前週は{abs(s[prev]):.0f}億円の"
                   f"{'売り越し' if s[prev] < 0 else '買い越し'}だった。", date="2024-03-08", store=data)
    rec = by_claim(r, f"{abs(s[prev]):.0f}億円")
    assert rec["official_period"] == f"{prev.start_time:%Y-%m-%d}..{prev.end_time:%Y-%m-%d}"
    assert rec["verdict"] == "supported"
    r = check_text("海外投資家は日本株を2週ぶりに買い越した。", date="2024-03-08", store=data)
    assert by_claim(r, "2週ぶり")["series"] == "mof.weekly.liabilities.equity.net"


def test_japanese_inward_short_term_debt(data, loaded_store):
    s = series("mof.weekly.liabilities.st_debt.net", loaded_store)
    oku = round(s[WEEK])
    r = check_text(f"2月25日～3月2日の週の対内短期債投資は{oku // 10000}兆{oku % 10000}億円の取得超となった。",
                   date="2024-03-08", store=data)
    rec = by_claim(r, f"{oku // 10000}兆{oku % 10000}億円")
    assert rec["series"] == "mof.weekly.liabilities.st_debt.net"
    assert rec["verdict"] == "supported"


def test_a_garbled_day_does_not_stop_the_article(data):
    # "May 0" (text run together) must not raise out of the period grammar and lose every other claim
    r = check_text("China cut its holdings of Treasuries by $10 billion in May 0 and Japan bought 1.2 trillion yen of "
                   "foreign bonds last week.", date="2024-11-20", store=data)
    assert {"$10 billion", "1.2 trillion yen"} <= {x["claim"] for x in r}


def test_since_a_figure_in_a_named_week(data, loaded_store):
    # "the most since a ¥X sale in the week to <day>": the look-back ends at that week; its figure and week stay
    # a claim of their own
    s = series("mof.weekly.assets.lt_debt.net", loaded_store)
    p = pd.Period("2025-04-05", "W-SAT")
    last = s[(s.index < p) & (s <= s[p])].index[-1]
    day = last.end_time.date() - pd.Timedelta(days=1)
    r = check_text(f"Japanese investors sold a net {abs(s[p]) / 10000:.2f} trillion yen of foreign bonds in the week "
                   f"ending April 4, the most since a {abs(s[last]) / 10000:.2f} trillion yen sale in the week to "
                   f"{day:%B} {day.day}, {day.year}.", date="2025-04-10", store=data)
    assert by_claim(r, "the most since")["verdict"] == "supported"
    old = by_claim(r, f"{abs(s[last]) / 10000:.2f} trillion yen")
    assert old["official_period"] == f"{last.start_time:%Y-%m-%d}..{last.end_time:%Y-%m-%d}"
