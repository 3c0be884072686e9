"""`ustflow check` on qualifiers that belong to a clause of their own, counts within a window, whole-year
look-backs, ranks said of holdings, and figures that are no trades (issue 13, session 6). Each rule is tested
on an invented sentence and on the shape of a real article of the corpus; expected values are computed here
from the loaded store (the real mirror files)."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, run_length, series
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, date, phrase, holder", [
    # a leading "As ..." clause with its own holder: the streak is that holder's, not the main clause's figure's
    ("As Japan's holdings rose for a second straight month in March, China's holdings fell to $1,120.5 billion "
     "in March.", "2019-05-16", "for a second straight month", "Japan"),
    ("As foreign holdings rose for a third straight month in January, China's holdings slid to US$859.4 billion "
     "in January from US$867.1 billion in December, declining for the sixth straight month.", "2023-03-15",
     "for a third straight month", "all foreign holders"),
])
def test_a_qualifier_in_its_own_clause_counts_its_own_holder(data, loaded_store, text, date, phrase, holder):
    rec = by_claim(check_text(text, date=date, store=data), phrase)
    assert rec["subject"] == holder
    changes = series(rec["series"], loaded_store).diff().dropna()
    import pandas as pd

    end = pd.Period(rec["official_period"], "M")
    assert rec["official_value"] == run_length(changes, end, 1)
    n = {"second": 2, "third": 3}[phrase.split()[2]]
    assert rec["verdict"] == ("supported" if rec["official_value"] == n else "contradicted")


def test_the_figure_not_the_qualifier_is_the_next_sentences_context(data):
    r = check_text("As foreign holdings rose for a third straight month in January, China's holdings slid to "
                   "US$859.4 billion in January. The decline in January was less than the decrease of US$7.8 "
                   "billion in November.", date="2023-03-15", store=data)
    assert by_claim(r, "US$7.8 billion")["subject"] == "China (mainland)"


@pytest.mark.parametrize("text, phrase", [
    # a qualifier in an ", and ..." clause with a period of its own (a week) is not about the month's figure
    ("The lenders bought a net ¥855 billion of medium- to long-term foreign bonds in July, and their purchases "
     "reached a three-month high in the week of Aug. 9 to Aug. 15, Finance Ministry data show.",
     "a three-month high"),
    ("Banks bought ¥1.1 trillion of foreign bonds in July, and their buying hit a five-week high in the week to "
     "August 15.", "a five-week high"),
])
def test_a_qualifier_with_its_own_period_is_not_the_other_figures(data, text, phrase):
    rec = by_claim(check_text(text, date="2015-08-25", store=data), phrase)
    assert rec["verdict"] == "unverifiable"  # banks' flows are monthly only: the week cannot be judged
    assert "weekly" in rec["explanation"]


def test_a_qualifier_about_other_trades_is_not_the_holdings_level(data):
    r = check_text("China's holdings of U.S. Treasuries rose in February to $1.177 trillion, as foreign purchases "
                   "increased to their largest since May 2017.", date="2018-04-16", store=data)
    rec = by_claim(r, "their largest since May 2017")
    assert rec["verdict"] == "unverifiable"
    assert rec["series"] != "tic.holdings.china_mainland"


@pytest.mark.parametrize("text, date, phrase, window", [
    ("Japanese investors had reversed an established trend in April by offloading a net 2.86 trillion yen of "
     "foreign bonds. It was only their second month of net selling during the past year.", "2015-05-28",
     "their second month of net selling during the past year", 12),
    ("Japanese investors sold a net 2.86 trillion yen of foreign bonds in April, their third month of net selling "
     "in the past six months.", "2015-05-28", "their third month of net selling in the past six months", 6),
])
def test_an_ordinal_in_a_window_is_a_count_not_a_run(data, loaded_store, text, date, phrase, window):
    rec = by_claim(check_text(text, date=date, store=data), phrase)
    s = series(rec["series"], loaded_store)
    import pandas as pd

    past = s[s.index <= pd.Period("2015-04", "M")].iloc[-window:]
    count = int((past < 0).sum())
    assert rec["official_value"] == count
    n = 2 if "second" in phrase else 3
    assert rec["verdict"] == ("supported" if count == n else "contradicted")
    assert f"in the {window} periods" in rec["explanation"]


def test_a_look_back_in_years_reads_calendar_years(data, loaded_store):
    text = ("China, the largest foreign holder of U.S. bonds, cut its holdings of U.S. government paper by $10B to "
            "$1.12T in March, a {n}-year low.")
    cn = series("tic.holdings.china_mainland", loaded_store)
    import pandas as pd

    end = pd.Period("2019-03", "M")
    lower = cn[(cn.index < end) & (cn <= cn[end])]
    last = lower.index[-1]
    assert last.year == 2017 and (end - last).n < 24  # lower 22 months back: "two years" by calendar year only
    two = by_claim(check_text(text.format(n="two"), date="2019-05-16", store=data), "a two-year low")
    assert two["verdict"] == "supported"
    three = by_claim(check_text(text.format(n="three"), date="2019-05-16", store=data), "a three-year low")
    assert three["verdict"] == "contradicted"  # 2017 lies inside three years back


@pytest.mark.parametrize("text, date, phrase", [
    ("Japan's Treasury holdings remain the world's largest, currently standing at $1.13trn.", "2025-05-17",
     "the world's largest"),
    ("China's holdings were the second-largest in March.", "2025-05-17", "the second-largest"),
])
def test_a_rank_said_of_holdings(data, loaded_store, text, date, phrase):
    rec = by_claim(check_text(text, date=date, store=data), phrase)
    assert rec["measure"] == "rank"
    want = 1 if "world's" in phrase else 2
    assert rec["verdict"] == ("supported" if rec["official_value"] == want else "contradicted")


def test_a_rank_in_years_is_a_look_back_not_a_rank(data):
    r = check_text("China's holdings were the largest in 10 years in March.", date="2014-05-17", store=data)
    assert by_claim(r, "the largest in 10 years")["kind"] == "superlative"


@pytest.mark.parametrize("text, phrase, n", [
    ("In parallel, Japanese investors sold ¥255.5 billion worth of foreign stocks, extending their selling streak "
     "to a second week.", "extending their selling streak to a second week", 2),
    ("Japanese investors sold ¥255.5 billion of foreign stocks, stretching their run of net sales to a third week.",
     "stretching their run of net sales to a third week", 3),
])
def test_a_streak_extended_to_an_ordinal(data, loaded_store, text, phrase, n):
    rec = by_claim(check_text(text, date="2025-08-15", store=data), phrase)
    import pandas as pd

    s = series(rec["series"], loaded_store)
    end = pd.Period("2025-08-09", "W-SAT")  # the week published on Thursday 14 August
    assert rec["official_value"] == run_length(s, end, -1)
    assert rec["verdict"] == ("supported" if rec["official_value"] == n else "contradicted")


@pytest.mark.parametrize("text", [
    "TOKYO, Aug 28 - Japanese investors sold 1.42 trillion yen of foreign bonds last week, data from the Ministry of "
    "Finance showed on Thursday, the biggest such selling on the ministry's data going back to January 2005.",
    "Japanese investors sold 1.42 trillion yen of foreign bonds last week, the most in the Finance Ministry's "
    "records dating back to 2005.",
])
def test_data_going_back_in_someones_records(data, text):
    r = check_text(text, date="2008-08-28", store=data)
    q = [x for x in r if x["kind"] == "superlative"]
    assert q and q[0]["verdict"] == "supported"
    assert "2005" in q[0]["claim"]


def test_assets_an_investor_manages_are_no_trade(data):
    r = check_text("Pension funds, which oversee about ¥250 trillion, bought ¥1.2 trillion of foreign bonds in "
                   "April.", date="2015-05-28", store=data)
    assert by_claim(r, "about ¥250 trillion")["verdict"] == "unverifiable"
    assert by_claim(r, "¥1.2 trillion")["measure"] == "flow"
    r = check_text("Japanese life insurers, which collectively manage more than 180 trillion yen of assets, look to "
                   "keep buying foreign bonds this financial year.", date="2015-05-28", store=data)
    assert by_claim(r, "more than 180 trillion yen")["verdict"] == "unverifiable"


@pytest.mark.parametrize("source", ["according to data from Japanese exchanges", "data from the Tokyo exchange showed"])
def test_exchange_figures_are_not_mof_flows(data, source):
    r = check_text(f"Foreign investors sold a net 1.64 trillion yen of Japanese equities in the week ending "
                   f"September 29, {source}.", date="2023-10-05", store=data)
    rec = by_claim(r, "1.64 trillion yen")
    assert rec["verdict"] == "unverifiable"
    assert "exchange" in rec["explanation"]


@pytest.mark.parametrize("verb", ["overtakes", "surpasses"])
def test_a_holder_overtaken_in_the_present_tense_is_not_the_subject(data, verb):
    r = check_text(f"Japan, which {verb} China as the largest holder of U.S. treasuries in October, increased its "
                   f"holding by 11.7 billion dollars to 1.1025 trillion dollars in January.", date="2017-03-16",
                   store=data)
    rec = [x for x in r if x["kind"] == "rank"][0]
    assert rec["subject"] == "Japan"
    assert rec["verdict"] == "supported"


@pytest.mark.parametrize("text, phrase", [
    ("FOREIGNERS returned as net buyers of Japanese stocks last week, buoyed by positive global market sentiment that "
     "propelled domestic shares to fresh record highs.", "fresh record"),
    ("Overseas investors bought 198.35 billion yen of Japanese stocks last week, even as shares pulled back from record "
     "highs.", "record"),
    ("Foreign investors sold Japanese equities last week, while share prices climbed to a record high.",
     "a record high"),
])
def test_a_record_of_a_market_price_is_not_a_flow_record(data, text, phrase):
    rec = by_claim(check_text(text, date="2024-03-14", store=data), phrase)
    assert rec["verdict"] == "unverifiable"
    assert "market price" in rec["explanation"]


def test_a_record_pace_of_buying_is_still_a_flow_record(data):
    r = check_text("Foreigners bought Japanese stocks at a record pace last week.", date="2024-03-14", store=data)
    assert "market price" not in by_claim(r, "a record pace")["explanation"]


@pytest.mark.parametrize("word", ["former", "erstwhile"])
def test_a_former_number_one_is_no_longer_number_one(data, word):
    r = check_text(f"The {word} number one holder Japan decreased its holdings to $573.2 billion in September 2008.",
                   date="2008-11-19", store=data)
    rec = by_claim(r, "number one holder")
    assert rec["official_value"] != 1 and rec["verdict"] == "supported"
    assert "no longer number 1" in rec["explanation"]


@pytest.mark.parametrize("text, date, phrase, says", [
    ("Japanese investors sold foreign bonds for the third month running in September.", "2019-11-08",
     "for the third month running", "straight period(s)"),
    ("China's holdings fell to $1,102.4 billion in September, a more than two-year low.", "2019-11-16",
     "a more than two-year low", "in more than 2 years"),
    ("China's holdings fell to $1,102.4 billion in September, a one-year low.", "2019-11-16", "a one-year low",
     "in 1 years"),
    ("4月の対外中長期債投資は4兆2559億円の処分超で、過去2番目の大きさとなった。", "2017-05-16", "過去2番目の大きさ", "rank"),
    ("居住者は4月に対外中長期債を4兆2559億円売り越し、3カ月続けて売り越した。", "2017-05-16", "3カ月続けて",
     "straight period(s)"),
])
def test_more_shapes_of_streaks_and_look_backs(data, text, date, phrase, says):
    rec = by_claim(check_text(text, date=date, store=data), phrase)
    assert rec["kind"] == "superlative"
    assert says in rec["explanation"]


def test_near_a_peak_is_no_claim_of_one(data):
    r = check_text("Japan's holdings of U.S. Treasuries jump to near two-year peak in May.", date="2019-07-16", store=data)
    assert not [x for x in r if x["kind"] == "superlative"]


@pytest.mark.parametrize("text, phrase", [
    # (not "China, the top buyer of U.S. Treasury securities, cut its holding": a buyer's place in apposition is judged
    # among holders when it holds there, ``buyer_places``)
    ("In March China was the top buyer of U.S. Treasury securities.", "the top buyer"),
    ("Japan was the largest holder and the biggest seller of Treasuries in March.", "the biggest seller"),
])
def test_a_rank_of_buyers_is_not_a_rank_of_holders(data, text, phrase):
    rec = by_claim(check_text(text, date="2016-05-17", store=data), phrase)
    assert rec["verdict"] == "unverifiable" and "buyers or sellers" in rec["explanation"]


def test_the_biggest_seller_among_holders_stays_a_comparison(data):
    r = check_text("Japan was the biggest seller among foreign holders in March.", date="2016-05-17", store=data)
    assert by_claim(r, "the biggest seller among foreign holders")["kind"] == "superlative"
