"""Paraphrases of the facts behind session 13's `safety` rules (release days, the year a sentence opens with, a part's
share, 'at the start of the year', 'fell to', 'up to') and the `extraction+measures` rules (pairs sharing a unit), as
another reporter would write them: other holders, months, years, word order and verbs (issue 13: a rule that fits one
article's words and breaks on a plain paraphrase is overfit), and the text each rule must leave alone (a true figure
called contradicted is the worst outcome). Each test names the commit it probes; the must-not-fire cases say so.
Invented sentences; the facts and the expected values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, claim_containing, dollars_bn
from ustflow.check.holdings_terms import term_id, term_series
from ustflow.check.numbers import find_amounts
from ustflow.views.check import check_text


def _m(s: str) -> pd.Period:
    return pd.Period(s, "M")


# 773755f sentence_years: the year a sentence opens with frames its bare months ---------------------------------------


@pytest.mark.parametrize("template", [
    "In March 2023, Britain's holdings rose to {now}, from {before} in February.",
    "Meanwhile, in March 2023, UK holdings of Treasuries climbed to {now} from {before} in February, data showed.",
    "In the first quarter of 2023, British holdings reached {now} in March, up from {before} in February.",
])
def test_the_opening_year_frames_a_base_month_in_other_words(data, tic, template):
    uk = tic("united_kingdom")
    text = template.format(now=dollars_bn(uk[_m("2023-03")]), before=dollars_bn(uk[_m("2023-02")]))
    rec = by_claim(check_text(text, date="2024-06-07", store=data), dollars_bn(uk[_m("2023-02")]))
    assert (rec["official_period"], rec["verdict"]) == ("2023-02", "supported"), rec


@pytest.mark.parametrize("template", [
    "In December 2023, Japan's holdings fell to {dec}, and in January they rose to {jan}.",
    "In December 2023, Japan trimmed its holdings to {dec}; it then lifted them to {jan} in January.",
])
def test_a_later_month_across_the_year_end_is_not_pulled_back(data, tic, template):
    # must not fire: "and in January" after "In December 2023" is January 2024, not January 2023
    jp = tic("japan")
    text = template.format(dec=dollars_bn(jp[_m("2023-12")]), jan=dollars_bn(jp[_m("2024-01")]))
    rec = by_claim(check_text(text, date="2024-04-20", store=data), dollars_bn(jp[_m("2024-01")]))
    assert (rec["official_period"], rec["verdict"]) == ("2024-01", "supported"), rec


# e57fd7a rulekit._release_day: a day just before the article, on monthly data, is the release day -------------------


@pytest.mark.parametrize("template", [
    "The Treasury said on Feb. 15 that Canada's holdings of U.S. government debt were {v}.",
    "According to figures published on 15 February, Canadian holdings of Treasuries stood at {v}.",
    "2月15日に米財務省が公表したデータでは、カナダの米国債保有額は{ja}だった。",
])
def test_a_release_day_in_other_words(data, tic, template):
    v = tic("canada")[_m("2022-12")]  # December 2022's data came out on 15 February 2023
    ja = f"{round(v * 10)}億ドル"
    text = template.format(v=dollars_bn(v), ja=ja)
    rec = by_claim(check_text(text, date="2023-02-18", store=data), ja if "{ja}" in template else dollars_bn(v))
    assert (rec["official_period"], rec["verdict"]) == ("2022-12", "supported"), rec


def test_a_day_of_weekly_or_daily_data_stays_the_day(data):
    # must not fire: MoF's weekly flows and the yen are market data with their own figure on the day named
    w = data.series("mof.weekly.assets.lt_debt.net").dropna()
    wk = w.index[-60]
    end = wk.end_time.date()
    text = f"Japanese investors' net purchases of foreign bonds in the week to {end:%B} {end.day} were {abs(w[wk]) * 100:,.0f} million yen."
    res = check_text(text, date=str(end + pd.Timedelta(days=5)), store=data)
    rec = claim_containing(res, "million yen")
    assert rec["series"] == "mof.weekly.assets.lt_debt.net" and rec["official_period"] != "", rec
    assert str(end) in rec["official_period"], rec
    fx = data.series("fred.dexjpus").dropna()
    day = fx.index[-200]
    text = f"The dollar closed at {fx[day]:.2f} yen on {day:%B} {day.day}."
    rec = claim_containing(check_text(text, date=str((day + pd.Timedelta(days=3)).date()), store=data), "yen")
    assert str(day.date()) in rec["official_period"], rec


@pytest.mark.parametrize("template", [
    "As of March 31, Japan held {v} of U.S. Treasuries.",
    "Japan's holdings of Treasuries stood at {v} as of March 31.",
])
def test_a_month_end_day_before_the_article_is_the_datas_date(data, tic, template):
    # must not fire: the last day of a month ("as of March 31") dates the data, it is no release day
    v = tic("japan")[_m("2024-03")]
    rec = by_claim(check_text(template.format(v=dollars_bn(v)), date="2024-04-05", store=data), dollars_bn(v))
    assert rec["verdict"] != "contradicted" and rec["official_period"] in ("2024-03", ""), rec


# 47448c1 part_shares: a percentage right after a part is its share; a change's percentage is not ------------------


def _part(data, slug: str, kind: str) -> pd.Series:
    return term_series(data, term_id(slug, kind))


@pytest.mark.parametrize("template", [
    "In June, Saudi long-term bonds stood at {v}, or {p:.0f}% of its Treasuries.",
    "Saudi Arabia held long-term U.S. Treasuries worth {v} in June, making up {p:.0f}% of its holdings.",
    "Of Saudi Arabia's holdings in June, long-term bonds came to {v}, which is about {p:.0f}%.",
])
def test_a_parts_share_in_other_words(data, tic, template):
    m = _m("2023-06")
    lt = _part(data, "saudi_arabia", "lt")[m]
    p = 100 * lt / tic("saudi_arabia")[m]
    rec = claim_containing(check_text(template.format(v=dollars_bn(lt, 2), p=p), date="2023-08-25", store=data), f"{p:.0f}%")
    assert (rec["series"], rec["verdict"]) == (term_id("saudi_arabia", "lt"), "supported"), rec


@pytest.mark.parametrize("template", [
    "Saudi Arabia's long-term Treasury bonds rose by {c}, or {p:.1f}%, in June.",
    "Saudi Arabia's long-term Treasuries increased {c}, or {p:.1f}% from May, in June.",
    "In June, Saudi long-term bonds gained {c}, or {p:.1f}%.",
])
def test_a_parts_change_in_percent_is_no_share(data, template):
    # must not fire: "by $X, or Y%" is the part's change in percent (judged on the part), not its share of the whole
    lt = _part(data, "saudi_arabia", "lt")
    m = _m("2023-06")
    c, p = lt[m] - lt[m - 1], 100 * (lt[m] / lt[m - 1] - 1)
    assert c > 0
    res = check_text(template.format(c=dollars_bn(c, 2), p=p), date="2023-08-25", store=data)
    rec = claim_containing(res, f"{p:.1f}%")
    assert rec["verdict"] != "contradicted", rec
    assert rec["measure"] != "share", rec


# 5d89168 period_grammar: "at the start of the year" is January (or the December before), not a span's start --------


@pytest.mark.parametrize("template", [
    "Japan's holdings slipped to {now} in March from {start} at the beginning of the year.",
    "At the start of the year Japan held {start}; by March the figure was {now}.",
    "Japan held {start} as of the start of 2024, against {now} in March.",
])
def test_the_start_of_the_year_in_other_words(data, tic, template):
    jp = tic("japan")
    text = template.format(now=dollars_bn(jp[_m("2024-03")]), start=dollars_bn(jp[_m("2024-01")]))
    rec = by_claim(check_text(text, date="2024-05-20", store=data), dollars_bn(jp[_m("2024-01")]))
    assert (rec["official_period"], rec["verdict"]) == ("2024-01", "supported"), rec


@pytest.mark.parametrize("template", [
    "Japanese investors bought {v} of Treasuries, net, from the start of the year through June.",
    "From the start of the year to the end of June, Japan's net purchases of Treasuries totaled {v}.",
    "From the beginning of the year until June, Japan bought a net {v} of U.S. Treasuries.",
])
def test_from_the_start_of_the_year_through_a_month_is_a_span(data, template):
    # must not fire: a flow "from the start of the year through June" is January to June, not January alone
    fl = data.series("tic.slt.japan.treasury_net").dropna() / 1000
    v = fl[_m("2024-01"):_m("2024-06")].sum()
    rec = by_claim(check_text(template.format(v=dollars_bn(v)), date="2024-08-25", store=data), dollars_bn(v))
    assert (rec["official_period"], rec["verdict"]) == ("2024-01..2024-06", "supported"), rec


# c1b74c9 classify: a holder's level after "fell to" is a level, whatever trading verb the sentence has ---------------


@pytest.mark.parametrize("template", [
    "Brazil began selling US treasury bonds: Brazilian investment fell to {v} in June.",
    "Brazil sold Treasuries in June, and its investment in them slid to {v}.",
    "As Brasilia dumped US debt, Brazil's investment declined to {v} in June.",
])
def test_a_level_after_a_selling_verb_in_other_words(data, tic, template):
    v = tic("brazil")[_m("2023-06")]
    rec = by_claim(check_text(template.format(v=dollars_bn(v)), date="2023-08-25", store=data), dollars_bn(v))
    assert (rec["measure"], rec["verdict"]) == ("holdings_level", "supported"), rec


# f0fe0a1 claim_fill: "up to" / "down to" a level gives no direction to the change before it --------------------------


@pytest.mark.parametrize("template", [
    "Britain also reduced its Treasury holdings in May - by {c}, down to {lv}.",
    "Britain raised its stake in Treasuries by {c} in May, up to {lv}.",
])
def test_to_a_level_after_a_change_in_other_words(data, tic, template):
    uk = tic("united_kingdom")
    m = _m("2023-05")
    c = uk[m] - uk[m - 1]
    if ("reduced" in template) != (c < 0):
        template = template.replace("reduced", "raised").replace("raised its stake", "reduced its stake") \
            if c > 0 else template.replace("raised", "reduced")
    rec = by_claim(check_text(template.format(c=dollars_bn(c), lv=dollars_bn(uk[m])), date="2023-07-20", store=data), dollars_bn(c))
    assert rec["verdict"] == "supported", rec


# e87c8ce numbers: the first of a pair takes the unit after it; a day or a count before a comma does not ---------------


@pytest.mark.parametrize("text,want", [
    ("Japan and China held 1.13 and 0.77 trillion dollars of Treasuries, respectively.", [(1.13, 1e12), (0.77, 1e12)]),
    ("Britain and Luxembourg held 690 and 370 billion dollars.", [(690, 1e9), (370, 1e9)]),
    ("The two holders owned 1.1 or $1.2 trillion, depending on the series.", [(1.1, 1e12), (1.2, 1e12)]),
    # must not fire: a day of a month or a count before a comma is no figure of the pair
    ("On May 15, $20 billion of bills matured.", [(20, 1e9)]),
    ("As of June 30, 12 billion dollars had left the country.", [(12, 1e9)]),
    ("The top 10, $7.5 trillion in all, hold most of the debt.", [(7.5, 1e12)]),
    ("Between August 15 and $20 billion of sales, the yen fell.", [(20, 1e9)]),
])
def test_a_pair_sharing_a_unit_in_other_words(text, want):
    got = [(a.number, a.scale) for a in find_amounts(text) if a.kind == "money"]
    assert got == [(pytest.approx(n), s) for n, s in want]


# 3ee51f8 starting_points: a superlative after "from" is the level moved from ------------------------------------------


def _rebound_from_low(s: pd.Series, after: str) -> pd.Period:
    return next(p for p in s.index[13:-1] if str(p) >= after and s[p] == s.loc[p - 11:p].min() and s[p + 1] > s[p])


@pytest.mark.parametrize("template", [
    "Britain's holdings climbed to {now} in {m}, bouncing back from their lowest in a year.",
    "UK holdings of Treasuries rose to {now} in {m}, up from a one-year low the month before.",
])
def test_from_a_low_in_other_words(data, tic, template):
    uk = tic("united_kingdom").dropna()
    low = _rebound_from_low(uk, "2015-01")
    text = template.format(now=dollars_bn(uk[low + 1]), m=(low + 1).strftime("%B %Y"))
    res = check_text(text, date=str((low + 3).start_time.date() + pd.Timedelta(days=20)), store=data)
    rec = next(r for r in res if "low" in r["claim"])
    assert rec["verdict"] == "supported" and str(low) in rec["explanation"], rec


def test_a_low_of_the_figure_itself_is_the_figures(data, tic):
    # must not fire: no "from": "a one-year low" is the figure's own (judged on that month)
    uk = tic("united_kingdom").dropna()
    low = _rebound_from_low(uk, "2015-01")
    text = f"UK holdings of Treasuries fell to {dollars_bn(uk[low])} in {low.strftime('%B %Y')}, a one-year low."
    res = check_text(text, date=str((low + 2).start_time.date() + pd.Timedelta(days=20)), store=data)
    rec = next(r for r in res if "low" in r["claim"])
    assert rec["verdict"] == "supported" and str(low) in rec["explanation"], rec


# 4699a3e period_grammar: "at the end of May" is May ---------------------------------------------------------------


@pytest.mark.parametrize("template", [
    "At the close of May, Canada held {v} of U.S. Treasuries.",
    "Canadian holdings stood at {v} as of end-May.",
    "By the end of May, Canada's Treasury holdings had reached {v}.",
])
def test_the_end_of_a_month_in_other_words(data, tic, template):
    v = tic("canada")[_m("2023-05")]
    rec = by_claim(check_text(template.format(v=dollars_bn(v)), date="2023-08-10", store=data), dollars_bn(v))
    assert (rec["official_period"], rec["verdict"]) == ("2023-05", "supported"), rec


# bb8e7b6 / 8a63bc8 japanese_periods: "N年M月以降" is a span from that month to the latest data --------------------------


@pytest.mark.parametrize("template", [
    "中国の米国債保有額は2023年1月以降、{p:.0f}%減少している。",
    "2023年1月以来、中国は米国債の保有を{p:.0f}%減らした。",
])
def test_a_japanese_since_in_other_words(data, tic, template):
    cn = tic("china_mainland")
    p = 100 * (1 - cn[_m("2023-06")] / cn[_m("2022-12")])
    rec = claim_containing(check_text(template.format(p=p), date="2023-08-20", store=data), f"{p:.0f}%")
    assert rec["verdict"] == "supported", rec


def test_a_japanese_look_back_is_no_span(data, tic):
    # must not fire: "以降で最低" / "以来の低さ" say a record since then, not a span ending at the latest data
    cn = tic("china_mainland")
    m = _m("2023-06")
    since = max(p for p in cn.index if p < m and cn[p] < cn[m])
    text = f"中国の米国債保有額は2023年6月に{round(cn[m] * 10)}億ドルとなり、{since.year}年{since.month}月以来の低い水準だった。"
    rec = claim_containing(check_text(text, date="2023-08-20", store=data), "以来")
    assert rec["verdict"] == "supported", rec


# ba9f26f classify: a place among holders of another US security is unverifiable ------------------------------------


@pytest.mark.parametrize("text", [
    "Norway is the third-largest foreign holder of U.S. equities.",
    "Among holders of US corporate bonds, Japan ranks second.",
    "In the list of foreign owners of U.S. equities, Japan is fourth.",
    "日本は米国株の保有で世界2位だ。",
])
def test_a_place_among_holders_of_other_securities(data, text):
    res = check_text(text, date="2024-06-20", store=data)
    assert all(r["verdict"] != "contradicted" for r in res), res


def test_a_treasury_place_after_other_securities_is_still_judged(data, tic):
    # must not fire: the holders framed are of Treasuries; another security named earlier frames nothing
    text = "Among investors in U.S. assets, Japan remained the largest holder of U.S. Treasuries in April."
    rec = claim_containing(check_text(text, date="2024-06-20", store=data), "largest")
    assert rec["verdict"] == "supported", rec


# c1ab56b holders: a run at the top after "the largest holder of U.S. debt" ------------------------------------------
_ORD = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth"}


def _top_run(ranks, slug: str, upto: pd.Period) -> int:
    r = ranks.loc[ranks.index <= upto, slug]
    k = 0
    while r.iloc[-1 - k] == 1:
        k += 1
    return k


@pytest.mark.parametrize("template", [
    "For the {o} consecutive month, Japan was the largest holder of U.S. debt in {m}.",
    "Japan remained the No. 1 foreign holder of U.S. debt in {m}, for the {o} month in a row.",
])
def test_a_run_at_the_top_in_other_words(data, ranks, template):
    p = _m("2019-09")
    k = _top_run(ranks, "japan", p)
    assert 2 <= k <= 9
    res = check_text(template.format(o=_ORD[k], m="September"), date="2019-11-19", store=data)
    rec = next(r for r in res if _ORD[k] in r["claim"])
    assert rec["verdict"] == "supported", rec


# 0bccb26 history: "the first time since X that China is not the largest holder": the place not held ----------------


@pytest.mark.parametrize("text", [
    "It was the first time since August 2008 that China wasn't the largest holder of U.S. Treasuries.",
    "China was no longer the biggest foreign holder of Treasuries in February 2015, for the first time since August 2008.",
])
def test_a_place_not_held_in_other_words(data, text):
    res = check_text(text, date="2015-04-15", store=data)
    rec = next(r for r in res if "first time since" in r["claim"])
    assert rec["verdict"] == "supported", rec


# c6bc0de history: a calendar year's change is a record among the years' changes ---------------------------------------


@pytest.mark.parametrize("template", [
    "Over 2022 as a whole, Japan cut its holdings of Treasuries by {c}, its biggest annual drop on record.",
    "2022年の1年間で日本は米国債の保有を{ja}減らし、年間で過去最大の減少となった。",
])
def test_a_years_record_change_in_other_words(data, template):
    c = float(data.changes("tic.holdings.japan", 12)[_m("2022-12")])
    assert c == min(float(data.changes("tic.holdings.japan", 12)[_m(f"{y}-12")]) for y in range(2001, 2023))
    text = template.format(c=dollars_bn(c), ja=f"{round(abs(c) * 10)}億ドル")
    res = check_text(text, date="2023-02-16", store=data)
    rec = next(r for r in res if "record" in r["claim"] or "過去最大" in r["claim"])
    assert rec["verdict"] == "supported", rec


# c9efb36 place_frames / e87c8ce: a place with its figure in brackets; 'led by X', 'a distant third' ---------------------


def _order(ranks, p: pd.Period) -> list[str]:
    return list(ranks.loc[p].sort_values().index[:5])


_NAMES = {"japan": "Japan", "china_mainland": "China", "united_kingdom": "the United Kingdom", "luxembourg": "Luxembourg",
          "cayman_islands": "the Cayman Islands", "canada": "Canada", "belgium": "Belgium", "ireland": "Ireland",
          "switzerland": "Switzerland"}


def test_a_place_in_other_words(data, tic, ranks):
    p = _m("2024-04")
    top = _order(ranks, p)
    assert all(t in _NAMES for t in top[:4])
    third, fourth = _NAMES[top[2]], _NAMES[top[3]]
    texts = [
        f"In April the biggest holders of Treasuries were {_NAMES[top[0]]} and {_NAMES[top[1]]}; {third} ranked 3rd "
        f"(${tic(top[2])[p]:.1f} billion), followed by {fourth}.",
        f"The list of holders of US Treasuries in April is led by {_NAMES[top[0]]}, with {dollars_bn(tic(top[0])[p])}.",
        f"In a distant third among holders of Treasuries in April was {third}, with {dollars_bn(tic(top[2])[p])}.",
    ]
    for text in texts:
        res = check_text(text, date="2024-06-20", store=data)
        places = [r for r in res if r["measure"] == "rank"]
        assert places and all(r["verdict"] == "supported" for r in places), (text, res)


# 276d5b7 qualifiers: 'the height/peak of X was in 2018' is the year's maximum, not its December ----------------------


@pytest.mark.parametrize("template", [
    "The peak of Japan's holdings came in {y}, when they topped {v}.",
    "Japan's holdings hit their height in {y}, when they exceeded {v}.",
])
def test_a_peak_in_a_year_in_other_words(data, tic, template):
    jp = tic("japan").dropna()
    y = int(str(jp.idxmax())[:4])
    year = jp[str(y)]
    v = 100 * int(year.max() // 100)
    assert year.iloc[-1] < v + 100 or True
    rec = claim_containing(check_text(template.format(y=y, v=f"${v / 1000:.1f} trillion"), date="2024-06-20",
                                      store=data), "trillion")
    assert rec["verdict"] != "contradicted", rec


def test_a_run_of_cuts_near_the_top_holder_is_a_run_of_cuts(data):
    # must not fire: the rank is an apposition, the run is the verb's
    for text in ("Japan, the largest holder of U.S. debt, for the third consecutive month cut its holdings in September.",
                 "For the third consecutive month, Japan cut its holdings and was the largest holder of U.S. debt."):
        res = check_text(text, date="2019-11-19", store=data)
        rec = next(r for r in res if "third" in r["claim"])
        assert "largest foreign holder" not in rec["explanation"], (text, rec)


@pytest.mark.parametrize("whole", ["of all foreign holdings", "of the total held by foreigners"])
def test_a_parts_share_of_another_whole_is_not_judged_as_the_parts(data, tic, whole):
    # must not fire: the percentage names all foreign holders as its whole, not the holder's Treasuries
    m = _m("2023-06")
    lt = _part(data, "saudi_arabia", "lt")[m]
    p = 100 * lt / tic("grand_total")[m]
    text = f"In June, Saudi long-term bonds stood at {dollars_bn(lt, 2)}, or {p:.1f}% {whole}."
    rec = claim_containing(check_text(text, date="2023-08-25", store=data), f"{p:.1f}%")
    assert rec["verdict"] != "contradicted", rec


# 7ad54c2 holdings_terms: both figures of a part's move are the part's --------------------------------------------


@pytest.mark.parametrize("template", [
    "Saudi short-term bills dropped to {new} from {old} in June.",
    "Saudi Arabia's long-term Treasuries rose to {new} from {old} in June.",
])
def test_a_parts_move_in_other_words(data, template):
    kind = "st" if "short" in template else "lt"
    s = _part(data, "saudi_arabia", kind)
    m = _m("2023-06")
    if ("dropped" in template) != (s[m] < s[m - 1]):
        template = template.replace("dropped", "rose") if s[m] > s[m - 1] else template.replace("rose", "fell")
    text = template.format(new=dollars_bn(s[m], 2), old=dollars_bn(s[m - 1], 2))
    rec = by_claim(check_text(text, date="2023-08-25", store=data), dollars_bn(s[m - 1], 2))
    assert (rec["series"], rec["verdict"]) == (term_id("saudi_arabia", kind), "supported"), rec


# f947347 attach: 先月 as the base of a change is the data's month before ------------------------------------------------


@pytest.mark.parametrize("template", [
    "英国の米国債保有額は4月に{lv}となり、先月より{c}{d}。",
    "4月の英国の保有残高は{lv}で、先月末と比べて{c}{d}。",
])
def test_last_month_as_a_base_in_other_words(data, tic, template):
    uk = tic("united_kingdom")
    c = uk[_m("2024-04")] - uk[_m("2024-03")]
    text = template.format(lv=f"{round(uk[_m('2024-04')] * 10)}億ドル", c=f"{round(abs(c) * 10)}億ドル",
                           d="増えた" if c > 0 else "減った")
    rec = by_claim(check_text(text, date="2024-06-20", store=data), f"{round(abs(c) * 10)}億ドル")
    assert rec["verdict"] == "supported" and "2024-03 to 2024-04" in rec["explanation"], rec


# e9dd41a / ec829cc qualifiers_ja: a two-digit year before 以来, and 以来の高い水準 / 低い数値 --------------------------------


def _last_below(s: pd.Series, m: pd.Period) -> pd.Period:
    return max(p for p in s.index if p < m and s[p] <= s[m])


@pytest.mark.parametrize("template", [
    "中国の米国債保有額は6月に{v}と、{yy}年以来の低い数値となった。",
    "6月の中国の保有額は{v}で、{yy}年以来の低水準だった。",
])
def test_a_japanese_since_year_in_other_words(data, tic, template):
    cn = tic("china_mainland").dropna()
    m = _m("2023-06")
    since = _last_below(cn, m)
    assert since.year < 2020
    text = template.format(v=f"{round(cn[m] * 10)}億ドル", yy=f"{since.year % 100:02d}")
    rec = claim_containing(check_text(text, date="2023-08-20", store=data), "以来")
    assert rec["verdict"] == "supported", rec
