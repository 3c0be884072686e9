"""`ustflow check` on the wire's common phrasings of ranks and look-backs (issue 13, session 3): every
rule is stated in general and tested on sentences written like the stories it was found in; expected
values are read from the loaded store (the real mirror files), never typed in."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read, by_claim, series
from ustflow.views.check import check_text


def _rank_of_sale(s, p):
    return int((s < s[p]).sum()) + 1


def test_among_the_largest_is_one_of_the_largest(data, loaded_store):
    # "among the largest on record" is a top-10 claim like "one of the largest", not "the largest"
    s = series("mof.weekly.assets.lt_debt.net", loaded_store)
    wk = pd.Period("2025-04-05", "W-SAT")
    rank = _rank_of_sale(s[s.index <= s.index[-1]], wk)
    r = check_text("Japanese investors sold a net ¥2.57 trillion of foreign bonds in the week ending April 4, among "
                   "the largest on record.", date="2025-04-10", store=data)
    rec = by_claim(r, "among the largest on record")
    assert rec["verdict"] == ("supported" if rank <= 10 else "contradicted")
    assert f"rank {rank}" in rec["explanation"]


def test_an_n_year_low_is_a_look_back_not_this_years_low(data, loaded_store):
    # "China's holdings fell to $765.4 billion in March, a 16-year low": the lowest in 16 years (it was
    # read as "this year's low"); "a three-month high" likewise
    s = series("tic.holdings.china_mainland", loaded_store)
    p = pd.Period("2025-03", "M")
    window = s[(s.index > p - 16 * 12) & (s.index <= p)]
    lowest = window.idxmin() == p
    r = check_text("China's holdings fell to $765.4 billion in March, a 16-year low.", date="2025-05-16", store=data)
    rec = by_claim(r, "a 16-year low")
    assert rec["verdict"] == ("supported" if lowest else "contradicted")
    assert "in 16 years" in rec["explanation"]


def test_an_n_year_high_is_not_a_bond_tenor(data, loaded_store):
    # "The 10-year JGB yield hit a 16-year high of 1.5% in March": the 10-year yield, not a 16-year bond
    r = check_text("The 10-year JGB yield hit a 16-year high of 1.5% in March.", date="2025-05-16", store=data)
    assert by_claim(r, "1.5%")["series"] == "jgb.10y"


def test_a_high_for_selling_is_the_largest_sale(data, loaded_store):
    # "marking a five-month high for selling": the biggest net sale in five months (not the highest value)
    s = series("mof.weekly.assets.lt_debt.net", loaded_store)
    wk = pd.Period("2025-04-05", "W-SAT")
    before = s[(s.index < wk) & (s.index.end_time >= wk.end_time - pd.DateOffset(months=5))]
    biggest = bool((before > s[wk]).all())
    r = check_text("Japanese investors sold a net ¥2.57 trillion of foreign bonds in the week ending April 4, marking "
                   "a five-month high for selling.", date="2025-04-10", store=data)
    assert by_claim(r, "a five-month high")["verdict"] == ("supported" if biggest else "contradicted")


def test_near_a_record_claims_no_record(data):
    # "Japan's holdings of Treasuries stood near a record": no claim that it is one
    r = check_text("Japan's holdings of Treasuries stood near a record.", date="2025-05-16", store=data)
    assert not [x for x in r if "record" in x["claim"]]


def test_since_the_end_of_a_year_is_from_its_december(data, loaded_store):
    # "Japan's holdings of US Treasuries have fallen by about $200 billion since the end of 2021": from the
    # December 2021 level (it was read from January 2021)
    s = series("tic.holdings.japan", loaded_store)
    rec = check_text("Japan's holdings of US Treasuries have fallen by about $200 billion since the end of 2021.",
                     date="2025-05-16", store=data)[0]
    assert rec["official_period"] == "2021-12 to 2025-03"
    assert rec["official_value"] == pytest.approx(float(s["2025-03"] - s["2021-12"]), abs=0.05)


def test_a_bare_doubled_means_about_two_fold_or_more(data, loaded_store):
    # "net buying doubled" for a rise of 2.6 times is loose, not false; "halved" for a fall of 78% likewise
    s = series("mof.weekly.assets.equity.net", loaded_store)
    wk = pd.Period("2025-04-19", "W-SAT")
    assert s[wk] > 2 * s[wk - 1] > 0
    r = check_text("Japanese investors' net buying of foreign stocks doubled in the week ended April 19.",
                   date="2025-04-24", store=data)
    assert by_claim(r, "doubled")["verdict"] == "supported"


def test_foreign_investors_sign_is_reported_as_non_residents(data):
    # "Foreign investors turned net buyers of Japanese long-term bonds in April": MoF's liabilities side
    rec = check_text("Foreign investors turned net buyers of Japanese long-term bonds in April.", date="2025-05-12",
                     store=data)[0]
    assert rec["series"] == "mof.monthly.liabilities.lt_debt.net" and "non-residents'" in rec["explanation"]


def test_us_bonds_in_the_balance_of_payments_may_be_sovereign_only(data, loaded_store):
    # "Japanese investors sold a net ¥X of U.S. bonds, balance of payments data showed": all US long-term
    # debt or US sovereign bonds; whichever the figure matches is named in the explanation
    sov = series("boj.bop.bppi6d3naus", loaded_store)["2025-04"]
    rec = check_text(f"Japanese investors sold a net ¥{abs(sov) / 1e4:.2f} trillion of U.S. bonds in April, balance "
                     f"of payments data showed.", date="2025-06-09", store=data)[0]
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bppi6d3naus", "supported")
    assert "read as sovereign bonds" in rec["explanation"]


def test_bought_a_net_amount_of_treasuries_is_tics_transactions_first(data, loaded_store):
    # "Japan bought a net $10 billion of U.S. Treasuries in March, TIC data showed": net purchases (SLT), with
    # the change in holdings checked too; "China sold $18.9 billion" (no "net") keeps the holdings change first
    net = series("tic.slt.japan.treasury_net", loaded_store)["2025-03"]
    rec = check_text("Japan bought a net $10 billion of U.S. Treasuries in March, TIC data showed.", date="2025-05-16",
                     store=data)[0]
    assert (rec["series"], rec["official_value"]) == ("tic.slt.japan.treasury_net", pytest.approx(float(net)))
    assert "also checked tic.holdings.japan" in rec["explanation"]


def test_a_yield_change_on_a_day_is_close_to_close(data, loaded_store):
    # "The 10-year Treasury yield rose 8 basis points to 4.34% on Wednesday": Wednesday's close on Tuesday's
    # (it was measured from the Monday)
    s = series("fred.dgs10", loaded_store)
    move = round(100 * float(s["2025-04-09"] - s["2025-04-08"]))
    rec = check_text(f"The 10-year Treasury yield rose {move} basis points on Wednesday.", date="2025-04-10",
                     store=data)[0]
    assert (rec["official_period"], rec["verdict"]) == ("2025-04-08 to 2025-04-09", "supported")


def test_a_market_window_ends_at_the_publication_day_and_volatile_days_widen_the_intraday_room(data, loaded_store):
    # "The 30-year Treasury yield topped 5% this week" in a Thursday story: the closes to Thursday (not Friday's);
    # the closes peaked at 4.86 that week, but they moved 20 bp a day: an intraday 5% is plausible, so
    # unverifiable rather than contradicted
    s = series("fred.dgs30", loaded_store)["2025-04-07":"2025-04-10"]
    assert s.max() < 5 and s.diff().abs().max() >= 5 - s.max()
    rec = check_text("The 30-year Treasury yield topped 5% this week.", date="2025-04-10", store=data)[0]
    assert rec["verdict"] == "unverifiable" and "2025-04-07..2025-04-10" in rec["explanation"]


def test_a_percent_move_of_the_yen(data, loaded_store):
    # "The yen weakened 1.2% to 147.9 per dollar on Wednesday": USD/JPY's percent change on the day before (a
    # weaker yen is a higher USD/JPY); the wrong direction is contradicted, a nearby size is unverifiable
    # (quoted at another hour than New York's noon)
    fx = series("fred.dexjpus", loaded_store)
    move = 100 * float(fx["2025-04-09"] / fx["2025-04-08"] - 1)
    assert move < 0  # the yen strengthened that day
    word = "strengthened"
    rec = check_text(f"The yen {word} {abs(move):.1f}% against the dollar on Wednesday.", date="2025-04-10",
                     store=data)[0]
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("fx_pct", "supported", "2025-04-08 to 2025-04-09")
    rec = check_text(f"The yen weakened {abs(move):.1f}% against the dollar on Wednesday.", date="2025-04-10",
                     store=data)[0]
    assert as_read(rec) == "contradicted"
    rec = check_text(f"The yen strengthened {abs(move) - 0.3:.1f}% against the dollar on Wednesday.",
                     date="2025-04-10", store=data)[0]
    assert rec["verdict"] == "unverifiable"


def test_q2_is_the_second_quarter(data, loaded_store):
    # "in Q2" (and "Q2 2025"): April to June of the year the publication date implies
    s = series("mof.monthly.assets.lt_debt.net", loaded_store)
    total = float(s["2025-04":"2025-06"].sum())
    for text in ("Japanese investors bought a net ¥4.1 trillion of foreign bonds in Q2.",
                 "Japanese investors bought a net ¥4.1 trillion of foreign bonds in Q2 2025."):
        rec = check_text(text, date="2025-08-14", store=data)[0]
        assert (rec["official_period"], rec["official_value"]) == ("2025-04..2025-06", pytest.approx(total)), text


def test_expectations_and_conditions_are_not_reported_figures(data):
    # "Analysts expect Japan's holdings to fall below $1 trillion next year"; "If Japan sold $100 billion of
    # Treasuries, yields could rise": a forecast and a hypothesis, not figures official data report
    for text, claim in (("Analysts expect Japan's holdings to fall below $1 trillion next year.", "below $1 trillion"),
                        ("If Japan sold $100 billion of Treasuries, yields could rise 20 basis points.", "$100 billion")):
        rec = by_claim(check_text(text, date="2025-05-16", store=data), claim)
        assert rec["verdict"] == "unverifiable" and "forecast" in rec["explanation"], text
    # a reported figure stays one whatever another clause supposes (issue 13)
    rec = check_text("Japanese investors sold ¥2.57 trillion of foreign bonds in the week ending April 4, which "
                     "analysts believe could be Treasuries.", date="2025-04-10", store=data)[0]
    assert rec["verdict"] == "supported"


def test_japanese_holdings_markets_and_streaks(data, loaded_store):
    # "日本株" is the market, not the holder ("海外投資家は先週、日本株を…買い越した": foreign investors);
    # "米国債保有額" is holdings; "3カ月連続の売り越し" is a streak of net sales
    eq = series("mof.weekly.liabilities.equity.net", loaded_store)[pd.Period("2025-04-05", "W-SAT")]
    rec = check_text(f"海外投資家は先週、日本株を{eq:.0f}億円買い越した。", date="2025-04-10", store=data)[0]
    assert (rec["series"], rec["verdict"]) == ("mof.weekly.liabilities.equity.net", "supported")
    rec = check_text("日本の米国債保有額は3月末時点で1兆1308億ドルだった。", date="2025-05-16", store=data)[0]
    assert (rec["series"], rec["official_period"]) == ("tic.holdings.japan", "2025-03")
    rec = check_text("対外中長期債投資は3カ月連続の売り越しとなった。", date="2025-05-12", store=data)[0]
    assert (rec["measure"], rec["series"]) == ("streak", "mof.monthly.assets.lt_debt.net")


STORY = ("TOKYO, April 10, 2025 (Reuters) - Japanese investors sold a net ¥2.57 trillion of foreign bonds in the week "
         "to April 5, Ministry of Finance data showed on Thursday.\n\n"
         "They also sold a net ¥5.9 billion the week before. Foreign investors bought a net ¥1.78 trillion of Japanese "
         "stocks.\n\n"
         "The yen strengthened 1.3% against the dollar on Wednesday, while the 10-year Treasury yield rose 8 basis "
         "points.\n\n"
         "Japan remained the largest foreign holder of Treasuries with $1.126 trillion at the end of February.")


def test_a_wire_story_keeps_its_week_its_day_and_its_levels(data):
    # the next sentence after "the week before" is about the story's week; a yield change in a later clause
    # takes the day the sentence names; "the yen strengthened 1.3%" is the yen's move even when the sentence
    # also names a yield; "with $1.126 trillion" after a rank is a level
    r = {x["claim"]: x for x in check_text(STORY, store=data)}
    assert r["¥5.9 billion"]["official_period"] == "2025-03-23..2025-03-29"
    assert r["¥1.78 trillion"]["official_period"] == "2025-03-30..2025-04-05"
    assert (r["1.3%"]["series"], r["1.3%"]["official_period"]) == ("fred.dexjpus", "2025-04-08 to 2025-04-09")
    assert r["8 basis points"]["official_period"] == "2025-04-08 to 2025-04-09"
    assert (r["$1.126 trillion"]["measure"], r["$1.126 trillion"]["official_period"]) == ("holdings_level", "2025-02")


def test_foreign_official_holdings_are_tics_foreign_official_series(data, loaded_store):
    # "Foreign official holdings fell 0.4% to $3.92 trillion": TIC's foreign official holders, not all foreigners
    r = check_text("Foreign official holdings of Treasuries were $3.92 trillion in March.", date="2025-05-16",
                   store=data)
    assert r[0]["series"] == "tic.holdings.foreign_official"
