"""`ustflow check`: what the extractor reads as a claim's period and subject, in shapes real articles use (issue 13,
session 9): a dateline after its source tag is no period, a run said of a yield is the yield's, not the flow's in
the same sentence. Invented sentences, several wordings each, English and Japanese."""

from __future__ import annotations

import pytest

from tests.helpers import claim_containing
from ustflow.views.check import check_text


@pytest.mark.parametrize("head", ["(Yicai) Dec. 18 --", "(Yicai Global) Dec. 18 -- ", "[Wire] Dec. 18 —",
                                  "BEIJING (Xinhua) Dec. 18 --"])
def test_a_dateline_after_its_source_tag_is_no_period(data, head):
    # the dateline's day is the publication date: no December figure is claimed
    r = check_text(f"{head} China cut its holdings of US Treasuries by $8.5 billion, data showed.",
                   date="2023-12-18", store=data)
    rec = claim_containing(r, "8.5 billion")
    assert rec["official_period"].startswith("2023-09 to 2023-10"), rec
    assert "Dec" not in (rec["period"] or "")


@pytest.mark.parametrize("text", [
    "Japanese investors bought a net 1.2 trillion yen of foreign bonds in October as Treasury yields fell for a "
    "second straight month.",
    "Japanese investors bought a net 1.2 trillion yen of foreign bonds in October, while the 10-year yield rose for "
    "a third consecutive month.",
])
def test_a_run_said_of_a_yield_is_not_the_flows(data, text):
    r = check_text(text, date="2023-11-09", store=data)
    rec = claim_containing(r, "month")
    assert not (rec.get("series") or "").startswith("mof."), rec


@pytest.mark.parametrize("text", [
    "財務省が発表した10月の対外証券投資で、国内投資家は中長期債を1兆2000億円買い越した。国債利回りが2カ月連続で低下した。",
    "国内投資家は10月に中長期債を1兆2000億円買い越した。米国債利回りは3カ月連続で上昇し、買い越しも続いた。",
    "Japanese investors bought a net 1.2 trillion yen of foreign bonds in October. Treasury yields fell for a second "
    "straight month.",
])
def test_a_run_of_a_yield_the_checker_cannot_place_is_unverifiable_not_the_flows(data, text):
    # Japanese yield words name no market the checker reads; with no period, which months a run counts is not said
    r = check_text(text, date="2023-11-09", store=data)
    rec = claim_containing(r, "連続") if "連続" in text else claim_containing(r, "straight")
    assert rec["verdict"] == "unverifiable" and "yield" in rec["explanation"], rec


def test_a_flows_own_run_beside_a_yield_is_still_the_flows(data):
    r = check_text("Japanese investors bought a net 1.2 trillion yen of foreign bonds in October, their third "
                   "straight month of buying, as yields rose.", date="2023-11-09", store=data)
    rec = claim_containing(r, "third straight month")
    assert rec["series"] == "mof.monthly.assets.lt_debt.net", rec


@pytest.mark.parametrize("text, part", [
    # a bare figure takes the currency of the figure the sentence states, not of its restatement in dollars
    ("Japanese investors bought a net 1.406 trillion yen ($13.8 billion) of foreign bonds in the week through Nov. 23, "
     "quadrupling from 351.5 billion the week before.", "351.5 billion"),
    ("Foreign investors sold a net 134.5 billion yen ($929.70 million) of Japanese bonds last month. They however "
     "bought a net 193.1 billion worth of short-term bills.", "193.1 billion"),
])
def test_a_bare_figure_takes_the_currency_stated_not_the_restatements(data, text, part):
    r = check_text(text, date="2013-11-28" if "Nov. 23" in text else "2025-06-10", store=data)
    rec = claim_containing(r, part)
    assert rec["series"].startswith("mof.") and "unit error" not in rec["explanation"], rec
    assert "USD/JPY" not in rec["explanation"], rec


def test_a_qualifier_naming_an_amount_counts_a_sum_of_money_not_a_multiple(data):
    r = check_text("Japanese investors bought a net 1.406 trillion yen of foreign bonds in the week through Nov. 23, "
                   "quadrupling from 351.5 billion yen the week before and marking the largest amount in five weeks.",
                   date="2013-11-28", store=data)
    rec = claim_containing(r, "the largest amount in five weeks")
    assert rec["official_unit"] != "percent" and rec["official_period"] == "2013-11-17..2013-11-23", rec


@pytest.mark.parametrize("text, n, m", [
    ("Overseas investors sold a net 1.93 trillion yen of Japanese stocks during the week, marking their ninth week "
     "of net selling in 10.", 9, 10),
    ("Foreign investors were net sellers of Japanese stocks in nine of the past 10 weeks, selling a net 1.93 "
     "trillion yen in the week to Sept. 21.", 9, 10),
    ("Japanese investors bought long-term foreign bonds for seven out of eight weeks, with 774 billion yen in the "
     "week to Sept. 21.", 7, 8),
    ("Japanese investors have bought foreign bonds in 7 of the last 8 weeks, adding a net 774 billion yen in the "
     "week to Sept. 21.", 7, 8),
])
def test_a_count_of_periods_in_a_window_is_no_run(data, text, n, m):
    r = check_text(text, date="2024-09-27", store=data)
    rec = [x for x in r if x["official_unit"] == "count"]
    assert rec and rec[0]["official_period"] == "2024-09-15..2024-09-21", r
    assert f"in the {m} periods" in rec[0]["explanation"], rec[0]
    assert rec[0]["verdict"] in ("supported", "contradicted") and "straight" not in rec[0]["explanation"]


def test_a_count_in_a_window_that_ends_elsewhere_is_left_alone(data):
    r = check_text("Foreign investors were net buyers in 21 of the 23 weeks before the earthquake, and bought a net "
                   "891 billion yen of Japanese stocks in the week to March 19.", date="2011-03-25", store=data)
    assert not [x for x in r if x["official_unit"] == "count"], r


def test_the_storys_week_is_not_replaced_by_a_longer_period_named_before(data):
    # "during the week" after a sentence about the first half of the year: the week, for the figure after it too
    text = ("Foreigners made net purchases of about 6 trillion yen of Japanese stocks in the first half of 2024.\n\n"
            "In the bond market, foreigners shed a net 2.01 trillion yen of long-term debt during the week, and about "
            "883.3 billion yen of short-term securities.")
    r = check_text(text, date="2024-09-27", store=data)
    rec = claim_containing(r, "883.3 billion")
    assert rec["official_period"] == "2024-09-15..2024-09-21", rec


@pytest.mark.parametrize("verb", ["ditched", "jettisoned", "got rid of"])
def test_more_words_of_selling(data, verb):
    r = check_text(f"Japanese investors {verb} a net 427.9 billion yen of foreign equities in the week to Sept. 21.",
                   date="2024-09-27", store=data)
    rec = claim_containing(r, "427.9 billion")
    assert "opposite" not in rec["explanation"] and rec["official_value"] < 0, rec


@pytest.mark.parametrize("text, date_, n, grain", [
    # a run's short form after its verb, with no "straight": "rose for the fourth month"
    ("China's holdings of Treasuries rose for the fourth month in June, to $1.271 trillion.", "2015-08-18", 4, "month"),
    ("Japan cut its holdings of US Treasuries for a third month in June, to $1.197 trillion.", "2015-08-18", 3, "month"),
    ("Japanese investors sold foreign bonds for the second week, dumping a net 500 billion yen in the week to "
     "March 7.", "2025-03-13", 2, "week"),
])
def test_a_run_after_its_verb_without_straight_is_a_streak(data, text, date_, n, grain):
    r = check_text(text, date=date_, store=data)
    rec = [x for x in r if "for " in x["claim"] and grain in x["claim"]]
    assert rec and "straight" in rec[0]["explanation"], r
    assert rec[0]["verdict"] in ("supported", "contradicted"), rec[0]


def test_a_run_before_the_figure_after_its_verb(data):
    r = check_text("Foreign holdings of US Treasury securities rebounded to $6.175 trillion in June after falling for "
                   "two months.", date="2015-08-18", store=data)
    rec = claim_containing(r, "for two months")
    assert rec["official_period"] == "2015-05" and "falls" in rec["explanation"], rec


@pytest.mark.parametrize("text", [
    "Foreign investors bought the most Japanese bonds last week for 12 months.",  # a look-back of an extreme
    "Japanese investors have held foreign bonds for two months.",  # no verb of direction
    "China's holdings rose 2 percent for the second month of the year.",  # a month of the year
])
def test_what_is_no_short_run(data, text):
    r = check_text(text, date="2022-07-14", store=data)
    assert not [x for x in r if "straight" in (x.get("explanation") or "")], r


@pytest.mark.parametrize("text, slug, rank", [
    ("Japan remains the largest foreign holder. China, which is No. 2, cut its holdings to $776.5 billion.",
     "China", 2),
    ("China, the largest foreign U.S. creditor, boosted its holdings of Treasuries in May.", "China", 1),
])
def test_more_places_among_holders(data, text, slug, rank):
    r = check_text(text, date="2024-09-18" if "776.5" in text else "2012-07-17", store=data)
    rec = [x for x in r if x["official_unit"] == "rank" and slug in (x.get("subject") or "")]
    assert rec and rec[0]["verdict"] == "supported" and rec[0]["official_value"] == rank, r


@pytest.mark.parametrize("text, want", [
    # China's holdings fell in May 2012 (no rise to be the first of); Japan's rose in April and May 2012
    ("China Raises Treasury Holdings First Time In Three Months", "a rise does not hold in 2012-05"),
    ("Japan's holdings of Treasuries rose for first time in three months in May.", "a rise also in 2012-04"),
])
def test_a_first_time_without_its_article(data, text, want):
    r = check_text(text, date="2012-07-17", store=data)
    rec = claim_containing(r, "irst")
    assert want in rec["explanation"], rec


@pytest.mark.parametrize("text", [
    "Foreign investors have sold a net 3.67 trillion yen of Japanese stocks so far this month.",
    "Foreign investors have sold a net 3.67 trillion yen of Japanese stocks month-to-date.",
    "海外投資家は今月に入ってから日本株を3兆6713億円売り越した。",
])
def test_so_far_this_month_is_the_weeks_published_to_date(data, text):
    # the month's own figure comes out in October: before then only the weekly data cover it
    r = check_text(text, date="2025-09-26", store=data)
    rec = [x for x in r if x["official_unit"] and "JPY" in x["official_unit"]][0]
    assert rec["series"].startswith("mof.weekly.") and rec["official_period"] == "2025-08-31..2025-09-20", rec


@pytest.mark.parametrize("phrase, week", [
    ("since the final week of last year", "2010-12-26..2011-01-01"),
    ("since the last week of 2010", "2010-12-26..2011-01-01"),
])
def test_since_a_years_last_week_is_no_period_of_the_figure(data, phrase, week):
    r = check_text(f"Foreign investors sold a net 895.5 billion yen of bills in the week to March 19, their biggest net "
                   f"selling {phrase}.", date="2011-03-25", store=data)
    fig = claim_containing(r, "895.5 billion")
    assert fig["official_period"] == "2011-03-13..2011-03-19", fig
    q = claim_containing(r, "since")
    assert q["verdict"] == "supported" and q["official_period"] == "2011-03-13..2011-03-19", q


@pytest.mark.parametrize("ref", ["since records began in 2005", "since records began",
                                 "since comparable data became available in 2005"])
def test_since_records_began_is_a_record(data, ref):
    r = check_text(f"Overseas investors bought a net 891 billion yen of Japanese stocks in the week to March 19, their "
                   f"biggest net purchase {ref}.", date="2011-03-25", store=data)
    q = claim_containing(r, "since")
    assert q["verdict"] == "supported" and "record" in q["explanation"], q
    assert claim_containing(r, "891 billion")["official_period"] == "2011-03-13..2011-03-19"


@pytest.mark.parametrize("text", [
    "Foreign investors sold a net 895.5 billion yen of bills, as the yen scaled a record high against the dollar.",
    "Japanese investors bought a net 388.1 billion yen of foreign bonds while the yen hit its strongest since 1995.",
])
def test_a_record_said_of_the_yen_is_not_the_flows(data, text):
    r = check_text(text, date="2011-03-25", store=data)
    q = [x for x in r if "record" in x["claim"] or "strongest" in x["claim"]]
    assert q and not (q[0].get("series") or "").startswith("mof."), q


def test_the_yen_bought_in_an_intervention_is_no_subject(data):
    r = check_text("On this day, the market intervention of selling the dollar and buying the yen will be the largest "
                   "ever, surpassing the 2,838.2 billion yen on September 22nd last year.", date="2023-02-07",
                   store=data)
    q = claim_containing(r, "largest ever")
    assert q["series"] != "fred.dexjpus", q


@pytest.mark.parametrize("text", [
    "Japanese investors amassed nearly $14 billion in foreign bonds last week, in their seventh straight week of net "
    "buying.",
    "Japanese investors bought about $14 billion of foreign bonds last week, their seventh consecutive week of net "
    "buying.",
])
def test_a_run_beside_a_dollar_figure_the_store_cannot_convert_is_still_judged(data, text):
    # a run counts the signs of the series; the dollar figure (no USD/JPY in the store for 2013) names it all the same
    r = check_text(text, date="2013-11-28", store=data)
    q = claim_containing(r, "seventh")
    assert q["verdict"] == "supported" and q["official_period"] == "2013-11-17..2013-11-23", q


@pytest.mark.parametrize("text, holder", [
    ("Japan's holdings stood at 1,122.9 billion dollars at the end of June, exceeding 1,112.5 billion dollars held "
     "by China.", "China"),
    ("Japan's holdings stood at 1,122.9 billion dollars at the end of June, above the 1,112.5 billion dollars of "
     "Treasuries owned by China.", "China"),
])
def test_a_figure_held_by_a_holder_is_that_holders(data, text, holder):
    r = check_text(text, date="2019-08-16", store=data)
    rec = claim_containing(r, "1,112.5 billion")
    assert holder in rec["subject"] and rec["verdict"] == "supported", rec


@pytest.mark.parametrize("text", [
    "Japan's holdings rose by 21.9 billion dollars, while the growth of China's holdings was limited to 2.3 billion "
    "dollars.",
    "The increase in China's holdings came to 2.3 billion dollars in June.",
])
def test_a_change_as_the_subject_of_its_figure(data, text):
    r = check_text(text, date="2019-08-16", store=data)
    rec = claim_containing(r, "2.3 billion")
    assert rec["official_period"] == "2019-05 to 2019-06" and rec["verdict"] == "supported", rec


@pytest.mark.parametrize("words", ["net purchase", "of net buying", "worth of buying"])
def test_a_starting_figures_period_after_a_few_words(data, words):
    r = check_text(f"Outsiders bought just 53.4 billion yen of Japanese long-term bonds last week, a sharp reduction "
                   f"from 1.19 trillion yen {words} the prior week.", date="2025-09-26", store=data)
    rec = claim_containing(r, "1.19 trillion")
    assert rec["official_period"] == "2025-09-07..2025-09-13", rec


@pytest.mark.parametrize("span", ["昨年11月~今年3月まで", "昨年11月から今年3月まで", "2010年11月~2011年3月"])
def test_a_japanese_span_of_months_with_a_year_at_each_end(data, span):
    r = check_text(f"{span}の中国の米国債売り越し額は304億ドルだった。", date="2011-06-16", store=data)
    rec = claim_containing(r, "304億ドル")
    assert rec["official_period"] == "2010-10 to 2011-03" and rec["verdict"] == "supported", rec


@pytest.mark.parametrize("second", ["中国の米国債買い越しは昨年11月以来6カ月ぶり。", "中国による米国債の買い越しは6カ月ぶりとなった。"])
def test_a_treasury_flows_look_back_takes_the_figure_before_it(data, second):
    # in a TIC story "買い越し" of a holder is its holdings' rise: the qualifier is about the sentence before's figure
    r = check_text("同月の中国の米国債保有額は1兆1525億ドルで、3月の1兆1449億ドルから76億ドルの買い越しとなった。" + second,
                   date="2011-06-16", store=data)
    rec = claim_containing(r, "6カ月ぶり")
    assert rec["verdict"] == "supported" and "the first time in 6 months" in rec["explanation"], rec


@pytest.mark.parametrize("text, want", [
    ("China's holdings of US Treasurys have dropped to $1.110 trillion. The peak was $1.25 trillion in February 2016.",
     "not the peak"),  # China's holdings were higher in 2011-2013
    ("The all-time peak came in November 2013, at $1.317 trillion, for China's holdings of Treasuries.", ""),
])
def test_the_peak_was_is_a_claim_of_the_highest(data, text, want):
    r = check_text(text, date="2019-07-17", store=data)
    rec = [x for x in r if "peak" in x["claim"].lower()]
    assert rec and want in rec[0]["explanation"], r


def test_a_look_back_in_years_and_a_half_written_as_a_fraction(data):
    r = check_text("China sold $20.5 billion of Treasuries in March, the biggest selloff by the Chinese in nearly "
                   "2 1/2 years.", date="2019-05-16", store=data)
    rec = claim_containing(r, "2 1/2 years")
    assert "2 years 6 months" in rec["explanation"], rec


@pytest.mark.parametrize("phrase", ["in the week to Friday", "in the week ended Friday", "in the week through Saturday",
                                    "in the week ending last Friday"])
def test_a_week_to_a_weekday_is_the_week_by_the_publication_date(data, phrase):
    r = check_text(f"Japanese investors sold a net 353.7 billion yen of foreign bonds {phrase}.", date="2025-03-13",
                   store=data)
    rec = claim_containing(r, "353.7 billion")
    assert rec["official_period"] == "2025-03-02..2025-03-08", rec


@pytest.mark.parametrize("text", [
    "Chinese holdings slipped to $765.4 billion at the end of March, versus $784.3 billion a month earlier.",
    "Chinese holdings slipped to $765.4 billion in March vs. $784.3 billion in February.",
])
def test_versus_a_figure_is_its_starting_level_not_us_dollars(data, text):
    r = check_text(text, date="2025-05-16", store=data)
    rec = claim_containing(r, "784.3 billion")
    assert not rec["claim"].lower().startswith("us") and rec["official_period"] == "2025-02", rec
    assert rec["verdict"] == "supported", rec


@pytest.mark.parametrize("base", ["前月末から", "前月から", "前月末時点から"])
def test_the_month_before_as_a_japanese_changes_base_is_not_its_period(data, base):
    r = check_text(f"米財務省が発表した1月末の日本の米国債保有残高は1兆793億ドルと、{base}178億ドル増えた。", date="2025-03-19",
                   store=data)
    rec = claim_containing(r, "178億ドル")
    assert rec["official_period"] == "2024-12 to 2025-01" and rec["verdict"] == "supported", rec


@pytest.mark.parametrize("phrase, want", [
    ("2024年度", ((2024, 4, 1), (2025, 3, 31))),
    ("24年度", ((2024, 4, 1), (2025, 3, 31))),
    ("昨年度", ((2024, 4, 1), (2025, 3, 31))),
    ("24年度上期", ((2024, 4, 1), (2024, 9, 30))),
    ("3月最終週", ((2025, 3, 23), (2025, 3, 29))),
    ("in the second week of March", ((2025, 3, 9), (2025, 3, 15))),
    ("in the seven days to April 5", ((2025, 3, 30), (2025, 4, 5))),
])
def test_more_period_grammar(phrase, want):
    from datetime import date

    from ustflow.check.period_grammar import Resolver

    got = Resolver(date(2025, 4, 10)).find(phrase)
    assert got and got[0].windows[0] == (date(*want[0]), date(*want[1])), [(p.label, p.windows) for p in got]


def test_a_japanese_fiscal_years_flow_is_the_sum_of_its_months(data):
    r = check_text("2024年度の対外証券投資で、国内投資家は中長期債を5兆円買い越した。", date="2025-05-09", store=data)
    rec = claim_containing(r, "5兆円")
    assert rec["official_period"] == "2024-04..2025-03", rec


@pytest.mark.parametrize("aside", ["often seen as a custodian for Chinese holdings", "widely regarded as a proxy for China",
                                   "known as a custodian for Chinese accounts"])
def test_a_holder_named_in_an_aside_about_the_subject_is_not_the_subject(data, aside):
    r = check_text(f"Belgium, {aside}, held $402.1 billion of Treasuries in March.", date="2025-05-16", store=data)
    rec = claim_containing(r, "402.1 billion")
    assert "Belgium" in rec["subject"] and rec["verdict"] == "supported", rec


@pytest.mark.parametrize("text, part", [
    ("Japanese life insurers sold a net 76.2 billion yen of foreign bonds in April, while banks bought 2.55 trillion "
     "yen.", "2.55 trillion"),
    ("生命保険会社は4月に外国中長期債を762億円売り越した一方、銀行は2兆5513億円を購入した。", "2兆5513億円"),
])
def test_two_holders_net_trades_in_one_sentence_are_no_gross_pair(data, part, text):
    r = check_text(text, date="2025-05-12", store=data)
    rec = claim_containing(r, part)
    assert rec["series"].endswith(".net") and "banks" in rec["series"], rec


def test_one_holders_purchase_sale_and_net_are_still_gross(data):
    r = check_text("Japanese investors bought 9.5 trillion yen of foreign bonds and sold 7.5 trillion yen, a net "
                   "purchase of 2 trillion yen in April.", date="2025-05-12", store=data)
    assert claim_containing(r, "9.5 trillion")["series"].endswith(".acq")


@pytest.mark.parametrize("text", [
    "As of the end of March, China held 765.4 billion dollars of US government debt, ranking third among foreign "
    "holders.",
    "China ranks third among foreign holders of US Treasuries.",
])
def test_ranking_as_a_verb(data, text):
    r = check_text(text, date="2025-05-16", store=data)
    rec = [x for x in r if x["official_unit"] == "rank"]
    assert rec and rec[0]["official_value"] == 3 and rec[0]["verdict"] == "supported", r


@pytest.mark.parametrize("text", [
    "China has cut its holdings for three months in a row, from 784.3 billion dollars in February.",
    "China has cut its holdings of Treasuries for three straight months, down from 784.3 billion dollars in February.",
])
def test_a_starting_levels_month_is_not_the_runs(data, text):
    r = check_text(text, date="2025-05-16", store=data)
    rec = claim_containing(r, "three")
    assert rec["official_period"] == "2025-03", rec


def test_a_peak_that_is_the_starting_level_keeps_its_month(data):
    r = check_text("Japan's holdings are down from a peak of $699 billion in August 2004.", date="2009-01-07", store=data)
    rec = claim_containing(r, "peak")
    assert "2004" in (rec["period"] or "") or "2004" in (rec["official_period"] or ""), rec


@pytest.mark.parametrize("tail", ["extending their selling to a sixth week", "extending net sales to a sixth straight week",
                                  "extending net sales into a sixth week"])
def test_a_run_extended_to_the_nth_period(data, tail):
    r = check_text(f"Foreign investors sold a net 219.6 billion yen of Japanese stocks in the week to March 8, {tail}.",
                   date="2025-03-13", store=data)
    rec = claim_containing(r, "sixth")
    assert rec["verdict"] == "supported" and "6 straight" in rec["explanation"], rec


@pytest.mark.parametrize("text, part, rank", [
    ("米財務省によると、3月末時点で日本は1兆1308億ドルの米国債を保有した。英国は7793億ドルで2位、中国は7654億ドルで3位だった。",
     "3位", 3),
    ("中国の米国債保有額は7654億ドルで世界第3位となった。", "3位", 3),
])
def test_a_japanese_place_after_the_holders_figure(data, text, part, rank):
    r = check_text(text, date="2025-05-17", store=data)
    rec = claim_containing(r, part)
    assert rec["official_value"] == rank and "China" in rec["subject"] and rec["verdict"] == "supported", rec


def test_a_place_after_a_figure_of_reserves_is_no_holders_place(data):
    r = check_text("中国の外貨準備高は3兆2000億ドルで世界1位だった。", date="2025-05-17", store=data)
    assert not [x for x in r if x["official_unit"] == "rank"], r


@pytest.mark.parametrize("head", ["[東京 12月18日 ロイター] - ", "【北京12月18日】", "12月18日(ブルームバーグ)："])
def test_a_japanese_dateline_is_no_period(data, head):
    # the day the story is dated is no December figure: the latest month published then (October)
    r = check_text(f"{head}中国の米国債保有額は7696億ドルに減少した。", date="2023-12-18", store=data)
    rec = claim_containing(r, "7696億ドル")
    assert rec["official_period"] == "2023-10" and rec["verdict"] == "supported", rec


@pytest.mark.parametrize("phrase", ["3月第1週(2～8日)", "3月第1週（2〜8日）", "3月の第1週(3月2日～8日)"])
def test_a_japanese_nth_week_with_its_days_in_brackets_is_those_days_week(data, phrase):
    r = check_text(f"{phrase}に国内投資家は海外中長期債を3537億円売り越した。", date="2025-03-13", store=data)
    rec = claim_containing(r, "3537億円")
    assert rec["official_period"] == "2025-03-02..2025-03-08", rec
