"""`ustflow check` on TIC holdings levels as reporters write them (issue 13, session 15): a level in a "when" clause
after the main one ("..., when it reached $X in September 2021": the main verb does not move it), a starting level
dated by a whole year before the level it is set against ("up from $111.3 billion in 2023"), "the Emirates", a
maturity part with no noun ("$98.2 billion long-term"), a sentence naming no holder whose level only all foreign
holders reach, "to as much as $X" as a level, a Japanese record's date ("2021年11月に記録した過去最大の…"), and a
Japanese yen restatement at the article's own rate ("(1ドル=100円換算で13兆1800億円)"). Invented sentences; the
expected values are the store's own."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, tic_level, usd_bn_ja
from ustflow.views.check import check_text


def _verb_against(store, slug: str, month: str, prev: str) -> str:
    """A verb of the direction opposite to the holder's move into ``month`` (so the main verb would contradict it)."""
    return "fell" if tic_level(store, slug, month) > tic_level(store, slug, prev) else "rose"


# -- a level in a "when" clause after the main one ---------------------------------------------------------------------
@pytest.mark.parametrize("wording", [
    "Saudi Arabia's holdings {verb} in July 2022 to the highest level in 10 months, when they reached ${x:.1f} billion "
    "in September 2021.",
    "The Kingdom's holdings {verb} by $2.4 billion at the end of July 2022, the most since September 2021, when "
    "Saudi Arabia held ${x:.1f} billion.",
    "Saudi Arabia's Treasury holdings {verb} in July 2022, still short of September 2021, when they were "
    "${x:.1f} billion.",
])
def test_a_level_in_a_when_clause_is_not_moved_by_the_main_verb(data, loaded_store, wording):
    x = tic_level(loaded_store, "saudi_arabia", "2021-09")
    text = wording.format(verb=_verb_against(loaded_store, "saudi_arabia", "2021-09", "2021-08"), x=x)
    rec = by_claim(check_text(text, date="2022-09-25", store=data), f"${x:.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2021-09")


def test_a_level_moved_by_its_own_verb_is_still_checked(data, loaded_store):
    """No "when" clause: the verb is the figure's. A level that matches but moved the other way stays supported since
    98969e56 (session 38: the labels call all 11 such levels of the development articles supported), and the
    explanation says which way the month moved, against the verb."""
    x = tic_level(loaded_store, "saudi_arabia", "2021-09")
    verb = _verb_against(loaded_store, "saudi_arabia", "2021-09", "2021-08")
    text = f"Saudi Arabia's holdings {verb} to ${x:.1f} billion in September 2021."
    rec = by_claim(check_text(text, date="2021-11-20", store=data), f"${x:.1f} billion")
    assert rec["verdict"] == "supported" and f"not as '{verb}' says" in rec["explanation"], rec["explanation"]


# -- a starting level dated by a year before the level it is set against -----------------------------------------------
@pytest.mark.parametrize("slug, name, base", [
    ("saudi_arabia", "Saudi Arabia", "2023-05"),  # the same month a year before
    ("saudi_arabia", "Saudi Arabia", "2023-12"),  # the year's end
    ("china_mainland", "China", "2023-05"),
])
@pytest.mark.parametrize("wording", [
    "{name}'s holdings of Treasuries reached ${x:.1f} billion in May, up from ${y:.1f} billion in 2023.",
    "In May, {name} held ${x:.1f} billion of Treasuries, compared with a level that was down from ${y:.1f} billion "
    "in 2023.",
    "May saw {name}'s Treasury holdings move to ${x:.1f} billion from ${y:.1f} billion in 2023.",
])
def test_a_starting_level_of_an_earlier_year_is_that_years_month_or_end(data, loaded_store, slug, name, base, wording):
    x, y = tic_level(loaded_store, slug, "2024-05"), tic_level(loaded_store, slug, base)
    text = wording.format(name=name, x=x, y=y)
    rec = by_claim(check_text(text, date="2024-07-22", store=data), f"${y:.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", base)


def test_a_starting_level_of_an_earlier_year_that_fits_no_month_is_contradicted(data, loaded_store):
    x = tic_level(loaded_store, "saudi_arabia", "2024-05")
    text = f"Saudi Arabia's holdings of Treasuries reached ${x:.1f} billion in May, up from $50.0 billion in 2023."
    rec = by_claim(check_text(text, date="2024-07-22", store=data), "$50.0 billion")
    assert rec["verdict"] == "contradicted"


def test_a_year_the_level_shares_keeps_the_start_of_the_year(data, loaded_store):
    """"rose to $X in 2023 from $Y in 2023" is a move over the year: its start is December 2022."""
    x, y = tic_level(loaded_store, "china_mainland", "2023-12"), tic_level(loaded_store, "china_mainland", "2022-12")
    text = f"China's holdings fell to ${x:.1f} billion at the end of 2023 from ${y:.1f} billion in 2023."
    rec = by_claim(check_text(text, date="2024-02-20", store=data), f"${y:.1f} billion")
    assert rec["official_period"] == "2022-12"


# -- "the Emirates" ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("wording", [
    "Saudi Arabia ranks 17th among the largest investors in US Treasuries, followed by the Emirates, in the 27th place "
    "with an overall value of ${x:.1f} billion.",
    "Among Arab holders, the Emirates held ${x:.1f} billion of Treasuries in November.",
    "Kuwait came next among holders of US Treasuries, and then the Emirates with ${x:.1f} billion.",
])
def test_the_emirates_are_the_uae(data, loaded_store, wording):
    x = tic_level(loaded_store, "united_arab_emirates", "2021-11")
    rec = by_claim(check_text(wording.format(x=x), date="2022-01-19", store=data), f"${x:.1f} billion")
    assert (rec["subject"], rec["verdict"]) == ("United Arab Emirates", "supported")


def test_an_airline_called_emirates_is_no_holder(data, loaded_store):
    x = tic_level(loaded_store, "saudi_arabia", "2021-11")
    text = f"Saudi Arabia held ${x:.1f} billion in November, the Emirates Airline's chief said."
    rec = by_claim(check_text(text, date="2022-01-19", store=data), f"${x:.1f} billion")
    assert rec["subject"] == "Saudi Arabia"


# -- a maturity part with no noun ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("wording", [
    "Saudi Arabia's holdings of US Treasuries are divided between ${lt:.1f} billion long-term, or 85 percent, and the "
    "rest in bills.",
    "Saudi Arabia's US Treasury holdings in November: ${lt:.1f} billion long-term, ${st:.1f} billion short-term.",
    "Saudi Arabia held ${lt:.1f} billion long-term and ${st:.1f} billion short-term of US Treasuries in November.",
])
def test_a_figure_followed_by_long_term_alone_is_the_long_term_part(data, wording):
    lt = float(data.series("tic.slt.saudi_arabia.lt_treasury_pos").loc["2021-11"]) / 1000
    st = float(data.series("tic.slt.saudi_arabia.st_treasury_pos").loc["2021-11"]) / 1000
    rec = by_claim(check_text(wording.format(lt=lt, st=st), date="2022-01-19", store=data), f"${lt:.1f} billion")
    assert rec["verdict"] == "supported" and "long-term" in rec["explanation"]


def test_a_long_term_high_is_no_maturity(data, loaded_store):
    x = tic_level(loaded_store, "saudi_arabia", "2021-11")
    text = f"Saudi Arabia held ${x:.1f} billion in November, a long-term high for the kingdom."
    rec = by_claim(check_text(text, date="2022-01-19", store=data), f"${x:.1f} billion")
    assert rec["verdict"] == "supported" and "long-term" not in rec["explanation"]


# -- a level only all foreign holders reach ---------------------------------------------------------------------------
@pytest.mark.parametrize("wording", [
    "Possession of countries around the world of US bonds and bills rose by ${ch:.1f} billion in November, rising to "
    "as much as ${tot:.2f} trillion.",
    "Worldwide, holdings of Treasuries grew ${ch:.1f} billion in November to ${tot:.2f} trillion.",
    "Across all countries, US Treasury holdings rose ${ch:.1f} billion in November to ${tot:.2f} trillion.",
])
def test_a_sentence_naming_no_holder_with_a_level_only_the_total_reaches(data, loaded_store, wording):
    tot = tic_level(loaded_store, "grand_total", "2021-11") / 1000
    ch = tic_level(loaded_store, "grand_total", "2021-11") - tic_level(loaded_store, "grand_total", "2021-10")
    text = "Saudi Arabia cut its holdings of Treasuries in November. " + wording.format(ch=ch, tot=tot)
    res = check_text(text, date="2022-01-19", store=data)
    rec = by_claim(res, f"${tot:.2f} trillion")
    assert (rec["subject"], rec["measure"], rec["verdict"]) == ("all foreign holders", "holdings_level", "supported")
    assert by_claim(res, f"${ch:.1f} billion")["subject"] == "all foreign holders"


def test_a_named_holder_keeps_even_a_trillions_figure(data):
    text = "Saudi Arabia cut its holdings in November. Japan's holdings stood at $7.69 trillion, the data showed."
    rec = by_claim(check_text(text, date="2022-01-19", store=data), "$7.69 trillion")
    assert rec["subject"] == "Japan"


# -- a Japanese record's date --------------------------------------------------------------------------------------
@pytest.mark.parametrize("slug, holder, peak, verb", [
    ("japan", "日本", "2021-11", "記録した過去最大の"),
    ("china_mainland", "中国", "2013-11", "つけたピークの"),
    ("china_mainland", "中国", "2013-11", "記録した過去最高の"),
])
def test_a_japanese_records_date_is_the_records_figures_and_no_one_elses(data, loaded_store, slug, holder, peak, verb):
    y, m = peak.split("-")
    rec_level = tic_level(loaded_store, slug, peak)
    latest = "2022-08"
    now = tic_level(loaded_store, slug, latest)
    pct = round((now / rec_level - 1) * 100)
    uk = tic_level(loaded_store, "united_kingdom", latest)
    text = (f"{holder}の米国債保有残高は{int(y)}年{int(m)}月に{verb}{usd_bn_ja(rec_level)}から約{abs(pct)}%減少した。"
            f"3位の英国は{usd_bn_ja(uk)}。")
    res = check_text(text, date="2022-10-18", store=data)
    rec = by_claim(res, usd_bn_ja(rec_level))
    assert (rec["verdict"], rec["official_period"]) == ("supported", peak)
    assert by_claim(res, f"約{abs(pct)}%")["official_period"] == f"{peak} to {latest}"
    assert by_claim(res, usd_bn_ja(uk))["official_period"] == latest  # the next sentence is the story's month


def test_a_month_of_a_move_is_still_the_figures(data, loaded_store):
    """Not a record's date: "3月に…減らした" is the month of the figure the sentence tells."""
    x = tic_level(loaded_store, "china_mainland", "2022-03")
    text = f"中国は2022年3月に米国債の保有額を減らし、{usd_bn_ja(x)}となった。"
    rec = by_claim(check_text(text, date="2022-10-18", store=data), usd_bn_ja(x))
    assert rec["official_period"] == "2022-03"


# -- a Japanese yen restatement at the article's own rate ------------------------------------------------------------
@pytest.mark.parametrize("wording", [
    "2014年1月末のロシアの米国債保有高は{usd}(1ドル100円で約{yen_t}兆円)だった。",
    "1月のロシアの保有残高{usd}(1ドル=100円換算で{yen})は前月から減った。",
    "ロシアの保有高は1月に{usd}（1ドル＝100円として{yen}）となった。",
])
def test_a_yen_restatement_at_the_articles_rate(data, loaded_store, wording):
    x = tic_level(loaded_store, "russia", "2014-01")
    oku = round(x * 1000)  # USD bn at 100 yen, in 億円
    yen = f"{oku // 10000}兆{oku % 10000}億円"
    text = wording.format(usd=usd_bn_ja(x), yen=yen, yen_t=round(oku / 10000))
    res = check_text(text, date="2014-06-15", store=data)
    rec = next(r for r in res if r["claim"].endswith("円") and "兆" in r["claim"])
    assert rec["verdict"] == "supported" and "the article's own rate" in rec["explanation"]
    assert not any(r["claim"] == "100円" for r in res)  # the rate is no figure of the story


def test_likewise_takes_the_rate_stated_before(data, loaded_store):
    a, b = tic_level(loaded_store, "russia", "2014-01"), tic_level(loaded_store, "russia", "2014-03")
    ya, yb = round(a * 1000), round(b * 1000)
    text = (f"ロシアの1月の保有残高{usd_bn_ja(a)}(1ドル=100円換算で{ya // 10000}兆{ya % 10000}億円)が、3月には{usd_bn_ja(b)}"
            f"(同様に{yb // 10000}兆{yb % 10000}億円)となっています。")
    rec = by_claim(check_text(text, date="2014-06-15", store=data), f"{yb // 10000}兆{yb % 10000}億円")
    assert rec["verdict"] == "supported"


def test_a_bracket_with_another_figure_is_no_restatement(data, loaded_store):
    x = tic_level(loaded_store, "russia", "2014-01")
    text = f"ロシアの保有高は1月に{usd_bn_ja(x)}(前月比68億ドル減)となった。"
    res = check_text(text, date="2014-06-15", store=data)
    assert by_claim(res, "68億ドル")["measure"] == "holdings_change"


# -- a threshold after "USD$" -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("wording", [
    "China's US debt holdings fell below USD$1 trillion in April 2022.",
    "China's holdings of Treasuries dropped below USD $1 trillion in April 2022.",
    "In April 2022 China's Treasury holdings slipped below US$1 trillion.",
])
def test_a_threshold_crossed_after_usd_dollar_is_a_level(data, wording):
    rec = next(r for r in check_text(wording, date="2022-06-16", store=data) if "1 trillion" in r["claim"])
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("holdings_level", "supported", "2022-04")


# -- a holder named right before "at $X" ----------------------------------------------------------------------------
@pytest.mark.parametrize("wording, slug, month, date", [
    ("Luxembourg is the eighth-largest holder of U.S. Treasury securities, with $104.2 billion, just behind Russia "
     "at ${x:.1f} billion.", "russia", "2009-06", "2009-08-23"),
    ("Japan remained the top holder of Treasuries in April, ahead of China at ${x:.1f} billion.", "china_mainland",
     "2022-04", "2022-06-16"),
    ("Ireland's Treasury holdings rose in April, while Belgium at ${x:.1f} billion was steady.", "belgium", "2022-04",
     "2022-06-16"),
])
def test_a_holder_right_before_at_a_figure_is_the_figures(data, loaded_store, wording, slug, month, date):
    x = tic_level(loaded_store, slug, month)
    rec = by_claim(check_text(wording.format(x=x), date=date, store=data), f"${x:.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", month)


def test_a_holding_at_a_figure_keeps_its_holder(data, loaded_store):
    x = tic_level(loaded_store, "japan", "2022-04")
    rec = by_claim(check_text(f"Japan's holdings of Treasuries at ${x / 1000:.3f} trillion were steady in April.",
                              date="2022-06-16", store=data), f"${x / 1000:.3f} trillion")
    assert rec["subject"] == "Japan"


# -- "respectively" with the holders after the figures ---------------------------------------------------------------
@pytest.mark.parametrize("wording", [
    "Following with portfolio values of ${a:.1f} billion and ${b:.1f} billion, respectively, were China and the UK.",
    "Treasury holdings of ${a:.1f} billion and ${b:.1f} billion, respectively, belonged to China and the UK in May.",
    "Next came ${a:.1f} billion and ${b:.1f} billion of Treasuries, respectively, for China and Britain.",
])
def test_respectively_with_the_holders_after_the_figures(data, loaded_store, wording):
    a, b = tic_level(loaded_store, "china_mainland", "2024-05"), tic_level(loaded_store, "united_kingdom", "2024-05")
    res = check_text(wording.format(a=a, b=b), date="2024-07-22", store=data)
    assert by_claim(res, f"${a:.1f} billion")["subject"] == "China (mainland)"
    assert by_claim(res, f"${b:.1f} billion")["subject"] == "United Kingdom"


# -- a Japanese starting level's own month, not the one after its comma -------------------------------------------------
@pytest.mark.parametrize("wording", [
    "日本の米国債保有額は昨年11月の{a}から、12月には{b}に増えた。",
    "日本の保有額は昨年11月の{a}から、現在は過去最高の{b}に増えている。",
    "米国債の保有額は、日本が昨年11月の{a}から、12月に{b}へ増加した。",
])
def test_a_japanese_starting_level_keeps_its_own_month(data, loaded_store, wording):
    a, b = tic_level(loaded_store, "japan", "2010-11"), tic_level(loaded_store, "japan", "2010-12")
    res = check_text(wording.format(a=usd_bn_ja(a), b=usd_bn_ja(b)), date="2011-02-16", store=data)
    assert by_claim(res, usd_bn_ja(a))["official_period"] == "2010-11"
    assert by_claim(res, usd_bn_ja(b))["official_period"] == "2010-12"


# -- places spelled out past twelfth, "ranking 26th globally", "第二の債権国", "外国勢では最大" ------------------------------
@pytest.mark.parametrize("text, date, who, place", [
    ("Saudi Arabia was the seventeenth-largest investor in US Treasuries in May 2024.", "2024-07-22", "Saudi Arabia",
     17),
    ("Kuwait's Treasury investments reached $49.4 billion, ranking 26th globally.", "2022-09-25", "Kuwait", 26),
    ("The UAE held $41.3 billion of Treasuries, ranking 29th in the world.", "2022-09-25", "United Arab Emirates", 29),
    ("米国第二の債権国である日本は米国債を買い増した。", "2016-03-17", "Japan", 2),
    ("日本の8月の米国債保有残高は依然として外国勢では最大だった。", "2022-10-18", "Japan", 1),
    ("日本の米国債保有残高は海外勢の中で最大だった。", "2022-10-18", "Japan", 1),
])
def test_places_as_reporters_spell_them(data, text, date, who, place):
    rec = next(r for r in check_text(text, date=date, store=data) if r["measure"] == "rank")
    assert (rec["subject"], rec["claimed_value"], rec["verdict"]) == (who, place, "supported")


@pytest.mark.parametrize("text", [
    "中国の保有額の減少幅は外国勢では最大だった。",  # the largest fall, not the largest holdings
    "第二の経済大国である中国は米国債を減らした。",  # an economy's place
])
def test_places_of_another_kind_are_no_holders_place(data, text):
    assert not any(r["measure"] == "rank" for r in check_text(text, date="2022-10-18", store=data))


# -- a first place said by what the holder does ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Many Americans know that China holds the most U.S. Treasury debt, followed by Japan.",
    "China held the most Treasuries among foreign holders in June 2009.",
    "China leads the way in holding US bonds and bills, followed by Japan.",
    "China surpassed all other investors in US bonds in June 2009.",
])
def test_a_first_place_said_by_what_the_holder_does(data, text):
    rec = next(r for r in check_text(text, date="2009-08-23", store=data) if r["measure"] == "rank")
    assert (rec["subject"], rec["claimed_value"], rec["verdict"]) == ("China (mainland)", 1, "supported")


@pytest.mark.parametrize("text", [
    "Japan surpassed all other investors in buying US bonds in May 2024.",  # a ranking of trades
    "China holds the most debt of any emerging economy.",  # not Treasuries held
])
def test_a_first_place_of_another_kind_is_no_place(data, text):
    assert not any(r["measure"] == "rank" for r in check_text(text, date="2024-07-22", store=data))
