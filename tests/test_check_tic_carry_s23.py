"""TIC holdings stories whose holder or month the sentence leaves to the reader (session 23): "last month" in a
story whose calendar month before had not been released is the month the story reports (the latest released); a
holder named by a pronoun or a noun ("its ownership", "it added", "Investors in the nation") is the one of the
sentence before; "サウジ" is Saudi Arabia and "サウジ中銀" its central bank (one institution, not TIC's row); "2年前"
is two years before the month named; a look-back record that holds only in the data as revised since is not judged
when the level it qualifies is contradicted. Real sentences from the claims corpus (development batches 12-19); the
values asserted are the store's."""

from __future__ import annotations

from tests.helpers import by_claim
from ustflow.views.check import check_text

# --- "last month": the latest month released by the story's date ------------------------------------------------

CNTV = ("China increased its holdings of the U.S. Treasury debt in July for the fourth month in a row, data showed Sunday. "
        "Since April, China's U.S. dollar assets have been rising after declining for five straight months. China remained "
        "the biggest foreign holder of U.S. Treasuries, followed by Japan, which held $914.8 billion worth of the U.S. "
        "state debt last month.")


def test_last_month_unreleased_is_the_latest_released_month(data):
    # batch 14 (CNTV, 19 September 2011): August's data came out in October; the story's month is July's (884.9)
    rec = by_claim(check_text(CNTV, date="2011-09-19", store=data), "$914.8 billion")
    assert (rec["verdict"], rec["official_value"], rec["official_period"]) == ("contradicted", 884.9, "2011-07"), rec
    assert "released only on" in rec["explanation"], rec


def test_sengetsu_unreleased_is_the_latest_released_month(data):
    # batch 19 (Yicai, 19 November 2018): "先月" (October) came out in December; September's figures are the story's
    res = check_text("中国は先月、米国債の保有を14億米ドル削減して1.2兆米ドルにした。\n\n日本の米国債務の保有は、先月19億ドル削減され、"
                     "D1兆米ドルで7年の谷に達した。", date="2018-11-19", store=data)
    got = {k: (by_claim(res, k)["verdict"], by_claim(res, k)["official_period"]) for k in
           ("14億米ドル", "1.2兆米ドル", "19億ドル")}
    assert got == {"14億米ドル": ("contradicted", "2018-08 to 2018-09"), "1.2兆米ドル": ("supported", "2018-09"),
                   "19億ドル": ("supported", "2018-08 to 2018-09")}, res
    assert round(by_claim(res, "1.2兆米ドル")["official_value"], 1) == 1151.4


def test_last_month_beside_a_month_named_is_the_news_day(data):
    # must still read (IndustryWeek, 15 March 2010): "last month" is when the news came out; "in December" is the data's
    text = ("The Treasury Department created a stir last month when it announced China had slashed its bond holdings to "
            "$755.4 billion in December -- the biggest drop since August 2000.")
    rec = by_claim(check_text(text, date="2010-03-15", store=data), "$755.4 billion")
    assert rec["official_period"] != "2010-01", rec


# --- a holder named before, by a pronoun or a noun ----------------------------------------------------------------

def test_its_ownership_is_the_holder_of_the_sentence_before(data):
    # batch 15 (Loop News, 4 August 2020): "its" is Cayman's (TIC's row 'Cayman Islands')
    text = ("Cayman is one of the top foreign owners of US national debt.\n\nAs of October 2019, Cayman was the 8th largest "
            "foreign owner of US national debt.\n\nAlthough its ownership of $225.1 billion USD experienced a decrease of "
            "$13.6 billion USD from the previous month, it showed an increase of $16.8 billion USD over the previous year.")
    res = check_text(text, date="2020-08-04", store=data)
    rank = by_claim(res, "the 8th largest foreign owner")
    assert (rank["verdict"], rank["official_period"]) == ("supported", "2019-10"), rank
    rec = by_claim(res, "$225.1 billion")
    assert "Cayman Islands" in rec["explanation"] and "no holder named" not in rec["explanation"], rec


def test_it_added_after_a_headline_naming_the_holder(data):
    # batch 16 (Wolf Richter, 16 April 2014): "it" is Belgium, named in the headline
    text = ("What The Heck Is Going On With US Treasuries In Belgium?\n\nIn February, according to data just released by "
            "the US Treasury Department, it added $30.9 billion, taking its mountain of Treasuries to the phenomenal level "
            "of $341.2 billion, or about 70% of its GDP.")
    res = check_text(text, date="2014-04-16", store=data)
    add, level = by_claim(res, "$30.9 billion"), by_claim(res, "$341.2 billion")
    assert (add["verdict"], add["official_period"], round(add["official_value"], 1)) == \
        ("supported", "2014-01 to 2014-02", 30.9), add
    assert (level["verdict"], level["official_period"], level["official_value"]) == ("supported", "2014-02", 341.2), level


def test_investors_in_the_nation(data):
    # batch 12 (Bloomberg, 17 May 2016): the nation of the headline, Ireland (263.7 in March 2016 as revised)
    text = ("Ireland Stands Out in Treasury Holdings That Exceed Economy\n\nInvestors in the nation owned $264.3 billion as "
            "of March")
    rec = by_claim(check_text(text, date="2016-05-17", store=data), "$264.3 billion")
    assert (rec["verdict"], rec["official_value"], rec["official_period"]) == ("contradicted", 263.7, "2016-03"), rec


def test_the_country_in_a_yen_balance_is_no_holder(data):
    # must still read (Jiji, 8 August 2022): "the country" before a yen current account is Japan's balance of payments
    text = ("Japan's current account surplus in January-June narrowed 63.1% from a year before to ¥3,505.7 billion.\n\n"
            "In June alone, the country logged a current account deficit of ¥132.4 billion, compared with a surplus of "
            "¥739.6 billion a year before, marking the first red ink in five months.")
    rec = by_claim(check_text(text, date="2022-08-08", store=data), "¥132.4 billion")
    assert rec["verdict"] == "contradicted" and rec["official_period"] == "2022-06", rec


# --- "サウジ", "サウジ中銀", "2年前" --------------------------------------------------------------------------------

def test_sauji_is_saudi_arabia_and_ninen_mae_two_years_back(data):
    # batch 14 (Bloomberg Japan, 17 May 2016): 116.8 in March 2016, 82.7 in March 2014
    res = check_text("サウジの3月時点の米国債保有は1168億ドル(約12兆7400億円)と、2年前の827億ドルから増加した。", date="2016-05-17",
                     store=data)
    now, then = by_claim(res, "1168億ドル"), by_claim(res, "827億ドル")
    assert (now["verdict"], now["official_value"], now["official_period"]) == ("supported", 116.8, "2016-03"), now
    assert (then["verdict"], then["official_value"], then["official_period"]) == ("supported", 82.7, "2014-03"), then


def test_a_one_year_high_only_in_revised_data_is_not_judged_and_the_central_bank_is_no_row(data):
    # batch 14 (Bloomberg via Market Samurai, 17 May 2017): 114.4 first printed, 124.5 today, a record today; the Saudi
    # central bank's foreign securities are not TIC's Saudi row
    text = ("米財務省の最新データによると、3月のサウジの米国債保有高は1144億ドルと、1年ぶりの高水準を記録。\n\n"
            "サウジは過去1年、原油安による財政赤字の穴埋めに向け、外国資産を売却いた。サウジ中銀が保有する外国証券は3月までの1年に合計で約400億ドル減少。")
    res = check_text(text, date="2017-05-17", store=data)
    level = by_claim(res, "1144億ドル")
    assert (level["verdict"], level["official_value"], level["official_period"]) == ("contradicted", 124.5, "2017-03")
    high = by_claim(res, "1年ぶりの高水準")
    assert high["verdict"] == "unverifiable" and "host_contradicted" in high["flags"], high
    assert by_claim(res, "約400億ドル")["verdict"] == "unverifiable"


# --- the base of a change, what the US owes, a list of changes ------------------------------------------------------

def test_over_the_previous_month_is_the_base_not_the_period(data):
    # batch 15 (Anbound, 17 November 2023): September's fall and level, not August's (true claim called contradicted)
    text = ("On Thursday, November 16, the International Capital Flows Report (TIC) released by the US Treasury Department "
            "showed that Japan continued to be the largest overseas holder of US Treasury bonds in September of this year, "
            "but its holdings of US Treasury bonds fell by 28.5 billion US dollars over the previous month to about 1.09 "
            "trillion US dollars.")
    res = check_text(text, date="2023-11-17", store=data)
    fall, level = by_claim(res, "28.5 billion US dollars"), by_claim(res, "about 1.09 trillion US dollars")
    assert (fall["verdict"], fall["official_period"], round(fall["official_value"], 1)) == \
        ("contradicted", "2023-08 to 2023-09", -29.1), fall
    assert (level["verdict"], level["official_period"], level["official_value"]) == ("supported", "2023-09", 1086.4), level


def test_what_the_us_owes_a_holder_is_its_holdings(data):
    # batch 17 (Luxemburger Wort, 14 October 2013): "is owed", "owes"
    text = ("US owes Luxembourg 150 billion dollars\n\nCurrently, the US runs a debt of more than 16.9 trillion USD.\n\n"
            "More than 5.7 trillion are owed to foreign creditors, with China ranking at the top (1.27 trillion USD), "
            "followed by Japan (1.1 trillion USD) and Brazil (250 billion USD).\n\nAlso listed in the top ten, however, is "
            "Luxembourg, which, as of July 2013, is owed 146.8 billion USD")
    res = check_text(text, date="2013-10-14", store=data)
    got = {k: (by_claim(res, k)["verdict"], by_claim(res, k)["official_value"], by_claim(res, k)["official_period"])
           for k in ("150 billion dollars", "146.8 billion", "250 billion")}
    assert got == {"150 billion dollars": ("contradicted", 146.8, "2013-07"),
                   "146.8 billion": ("supported", 146.8, "2013-07"),
                   "250 billion": ("contradicted", 256.4, "2013-07")}, res


def test_a_list_of_yearly_reductions(data):
    # batch 7 (Sohu, 23 September 2025): each figure is China's change over its year (December to December)
    text = ("Group 1 - China sold $25.7 billion in U.S. Treasury bonds in one month, reducing its holdings to $730.7 "
            "billion, the lowest level since 2009.\n\n"
            "- China's bond reduction is part of a continuous trend since April 2022, with significant reductions of $173.2 "
            "billion in 2022, $50.8 billion in 2023, and $57.3 billion in 2024.")
    res = check_text(text, date="2025-09-23", store=data)
    got = {k: (by_claim(res, k)["verdict"], by_claim(res, k)["official_period"], round(by_claim(res, k)["official_value"], 1))
           for k in ("$173.2 billion", "$50.8 billion", "$57.3 billion")}
    assert got == {"$173.2 billion": ("supported", "2021-12 to 2022-12", -173.2),
                   "$50.8 billion": ("supported", "2022-12 to 2023-12", -50.8),
                   "$57.3 billion": ("supported", "2023-12 to 2024-12", -57.3)}, res


def test_a_list_of_levels_stays_levels(data):
    # must still read: figures listed after a level (no move's noun) are levels
    res = check_text("China held $1,222.9 billion at the end of 2015, $1,058.4 billion in 2016, and $1,184.9 billion in 2017.",
                     date="2018-03-15", store=data)
    assert [by_claim(res, k)["official_period"] for k in ("$1,058.4 billion", "$1,184.9 billion")] == ["2016-12", "2017-12"]


def test_an_it_that_is_nobody_takes_no_holder(data):
    # must still read (ZeroHedge, 14 March 2014): "So here it goes" names no holder; the Fed's custody figures keep theirs
    text = ("Foreigners Sell A Record Amount Of Treasurys Held By The Fed In Past Week\n\nSo here it goes: in the just "
            "reported latest data, for the week ended March 12, Treasurys held in custody by the Fed dropped to $2.855 "
            "trillion: a drop of $104.5 billion.")
    res = check_text(text, date="2014-03-14", store=data)
    rec = by_claim(res, "$2.855 trillion")
    assert (rec["verdict"], rec["official_period"], rec["subject_source"]) == ("supported", "2014-03-12", ""), rec
