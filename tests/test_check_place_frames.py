"""`ustflow check` on a holder's place said by its frame (``check.place_frames``, issue 13, session 12): a verb of
placing and an ordinal, the top of a list, a place in a ranking, a superlative of what a holder has, the place before
a move ("from 16th", "16位から22位"), a place kept, a bare place in the sentence after one about holders, and a place
among a named group of countries (unverifiable). Invented sentences; the places expected are computed here from the
loaded TIC table."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import a_month_at, by_claim, month_name, released
from ustflow.check.extract import extract
from ustflow.check.text import split_sentences
from ustflow.views.check import check_text

_ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}


@pytest.mark.parametrize("pattern", [
    "Japan was the top holder of US Treasuries in {m}. The United Kingdom came in {o} with its holdings.",
    "Foreign holdings of Treasuries rose in {m}. Britain came {o}, behind the largest holders.",
    "Britain ranks {o} among the U.S. bond holders in {m}.",
    "In {m}, the U.K. finished {o} on the list of Treasury holders.",
    "Among holders of Treasuries in {m}, Britain is now {o}.",
    "In {m}, the U.K. slipped to {o} among foreign holders of Treasuries.",
    "Foreign holdings of Treasuries rose in {m}. The U.K., in {o}, added to its holdings.",
])
def test_a_verb_of_placing_and_an_ordinal(data, ranks, pattern):
    p = a_month_at(ranks, "united_kingdom", 3, "2015-01")
    text = pattern.format(m=month_name(p), o="third")
    rec = next(r for r in check_text(text, date=released(p), store=data) if "third" in r["claim"])
    assert (rec["subject"], rec["verdict"], rec["official_period"]) == ("United Kingdom", "supported", str(p))


@pytest.mark.parametrize("tail", ["places it third among foreign holders", "placing it third behind Japan and China",
                                  "ranking it third among all countries"])
def test_a_verb_of_placing_the_holder_said_as_it(data, ranks, tail):
    p = a_month_at(ranks, "united_kingdom", 3, "2015-01")
    text = f"Britain's holdings of US Treasuries rose in {month_name(p)}, {tail}."
    rec = next(r for r in check_text(text, date=released(p), store=data) if "third" in r["claim"])
    assert (rec["subject"], rec["verdict"], rec["official_period"]) == ("United Kingdom", "supported", str(p))


@pytest.mark.parametrize("words", ["is the third largest with", "is the third largest investor at"])
def test_a_place_with_the_holdings_said_after_it(data, ranks, loaded_store, words):
    from tests.helpers import tic_level

    p = a_month_at(ranks, "united_kingdom", 3, "2015-01")
    v = tic_level(loaded_store, "united_kingdom", str(p))
    text = f"Japan holds the most US Treasuries as of {month_name(p)}. The UK {words} ${v:.1f} billion."
    rec = next(r for r in check_text(text, date=released(p), store=data) if r["claim"].lower().startswith("the third"))
    assert (rec["subject"], rec["verdict"], rec["official_period"]) == ("United Kingdom", "supported", str(p))


def test_a_place_with_no_holdings_after_it_or_not_among_holders():
    # near misses: a place followed by no dollar figure; a sentence about no holders
    for s in ("China's holdings of US Treasuries fell; it is the second largest economy with $18 trillion of output.",
              "Apple is the second largest at $3 trillion in market value."):
        assert not [c for c in extract(split_sentences(s)) if c.kind == "rank"], s


def test_a_verb_of_placing_it_in_another_field_is_no_place():
    # near misses: a place among no others and in no list of holders; a sentence about no holders at all
    for s in ("Britain's holdings of US Treasuries rose in March, which places it third in our survey of readers.",
              "The tournament placed it third among all teams."):
        assert not [c for c in extract(split_sentences(s)) if c.kind == "rank"], s


@pytest.mark.parametrize("words, claim", [("was at the top of the list", "at the top of the list"),
                                          ("topped the table", "topped the table"), ("tops the list", "tops the list"),
                                          ("topped the foreign holders", "topped the foreign holders")])
def test_the_top_of_a_list_is_the_first_place(data, ranks, words, claim):
    p = a_month_at(ranks, "japan", 1, "2020-01")
    text = f"Foreign holdings of US Treasuries fell in {month_name(p)}. Japan {words} with its holdings."
    rec = by_claim(check_text(text, date=released(p), store=data), claim)
    assert (rec["subject"], rec["verdict"]) == ("Japan", "supported")


@pytest.mark.parametrize("words, n", [("had the maximum holdings", 1), ("held the second-largest amount", 2),
                                      ("has the second largest exposure", 2)])
def test_a_superlative_of_what_the_holder_has(data, ranks, words, n):
    p = a_month_at(ranks, "china_mainland", n, "2012-01")
    text = f"Among foreign holders of Treasuries in {month_name(p)}, China {words}."
    rec = next(r for r in check_text(text, date=released(p), store=data) if r["claim"].startswith("the"))
    assert (rec["verdict"], rec["official_period"]) == ("supported", str(p))


def test_a_holders_own_largest_is_its_peak_not_a_place():
    # "Russia's largest investment came to $138.4 billion": its own peak, no place among holders
    claims = extract(split_sentences("Russia's largest investment in US Treasuries came to $138.4 billion in March."))
    assert not [c for c in claims if c.kind == "rank"]


@pytest.mark.parametrize("pattern", [
    "Among the BRIC nations, India has the third largest exposure to U.S. government bonds in {m}.",
    "Among the BRIC nations, India has the least exposure to U.S. Treasuries in {m}.",
    "Saudi Arabia was the largest holder of US bonds in the Gulf countries in {m}.",
])
def test_a_place_among_a_group_of_countries_is_unverifiable(data, pattern):
    p = pd.Period("2017-06", "M")
    r = check_text(pattern.format(m=month_name(p)), date=released(p), store=data)
    rec = next(x for x in r if x["claim"].startswith("the"))
    assert rec["verdict"] == "unverifiable" and "group of countries" in rec["explanation"]


def test_a_group_carries_to_the_next_sentence_unless_it_says_globally(data, ranks):
    p = a_month_at(ranks, "japan", 1, "2020-01")
    text = (f"Among Arab countries, Saudi Arabia kept the largest holdings of US Treasuries in {month_name(p)}. "
            f"The UAE ranked second. Globally, Japan secured the top spot.")
    r = check_text(text, date=released(p), store=data)
    assert by_claim(r, "ranked second")["verdict"] == "unverifiable"
    assert by_claim(r, "top spot")["verdict"] == "supported"


def test_a_group_carries_down_a_chain_of_places(data):
    p = pd.Period("2021-02", "M")
    text = (f"Saudi Arabia was the largest holder of US bonds in the Gulf countries in {month_name(p)}. The UAE ranked "
            f"second, with $50.6 billion. Kuwait ranked third, with $44.8 billion.")
    r = check_text(text, date=released(p), store=data)
    assert by_claim(r, "ranked third")["verdict"] == "unverifiable"


@pytest.mark.parametrize("text", ["Kuwait ranked second in the Arab world in holdings of US Treasuries.",
                                  "Qatar came fourth in the Gulf region among holders of Treasuries."])
def test_a_named_world_or_region_is_a_group(text):
    rank = next(c for c in extract(split_sentences(text)) if c.kind == "rank")
    assert any("group of countries" in n for n in rank.notes)


def test_places_said_respectively_are_not_read_one_by_one():
    text = "Among holders of Treasuries, France and Ireland placed eighth and ninth with $380 billion and $340 billion."
    assert not [c for c in extract(split_sentences(text)) if c.kind == "rank"]


def test_the_united_states_is_no_group():
    claims = extract(split_sentences("China, the largest creditor of the United States, cut its Treasuries."))
    rank = next(c for c in claims if c.kind == "rank")
    assert not any("group of countries" in n for n in rank.notes)


@pytest.mark.parametrize("pattern", [
    "Russia moved down to the {b}th position among foreign holders of Treasuries in {m} from {a}th in {m0}.",
    "Russia fell to {b}th place among holders of US Treasuries in {m}, from {a}th in {m0}.",
    "ロシアの米国債保有額は{y0}年{mo0}月の{a}位から{y}年{mo}月に{b}位に下落した。",
])
def test_the_place_before_a_move_has_its_own_month(data, ranks, pattern):
    r = ranks["russia"].dropna()
    moves = [(q, p) for q, p in zip(r.index[:-1], r.index[1:]) if r[p] > r[q] >= 10 and p.year >= 2015]
    q, p = moves[0]
    a, b = int(r[q]), int(r[p])
    text = pattern.format(a=a, b=b, m=month_name(p), m0=month_name(q), y0=q.year, mo0=q.month, y=p.year, mo=p.month)
    res = check_text(text, date=released(p), store=data)
    before = next(x for x in res if x["claim"].startswith(f"{a}"))
    after = next(x for x in res if x["claim"].endswith((f"{b}位", f"{b}th position", f"{b}th place")))
    assert (before["verdict"], before["official_period"]) == ("supported", str(q))
    assert (after["verdict"], after["official_period"]) == ("supported", str(p))


def test_a_place_left_with_no_month_of_its_own_is_the_month_before(data, ranks):
    r = ranks["russia"].dropna()
    q, p = next((q, p) for q, p in zip(r.index[:-1], r.index[1:]) if r[p] > r[q] >= 10 and p.year >= 2015)
    text = f"ロシアの米国債保有額は{p.month}月、{int(r[q])}位から{int(r[p])}位に下落した。"
    res = check_text(text, date=released(p), store=data)
    before = next(x for x in res if x["claim"] == f"{int(r[q])}位")
    assert (before["verdict"], before["official_period"]) == ("supported", str(q))


def test_a_place_kept_was_held_the_month_before_too(data, ranks):
    r = ranks["saudi_arabia"].dropna()
    q, p = next((q, p) for q, p in zip(r.index[:-1], r.index[1:]) if r[p] == r[q] and p.year >= 2020)
    n = int(r[p])
    text = f"Saudi Arabia maintained its {n}th place among the largest holders of US Treasuries in {month_name(p)}."
    res = check_text(text, date=released(p), store=data)
    kept = by_claim(res, f"maintained its {n}th place")
    assert (kept["verdict"], kept["official_period"]) == ("supported", str(q))
    assert by_claim(res, f"{n}th place")["official_period"] == str(p)


@pytest.mark.parametrize("text", [
    "The team came in second in the league.",
    "The yield fell to third-lowest level on record.",
    "Japan was first to raise rates.",
    "The yen fell from the 16th of March.",
    "Sales rose from the first quarter.",
])
def test_no_place_outside_a_sentence_about_holders(text):
    assert not [c for c in extract(split_sentences(text)) if c.kind == "rank"]


def test_a_bare_place_needs_holders_in_the_sentence_before():
    text = "The index rose for a third day. The team finished in second place."
    assert not [c for c in extract(split_sentences(text)) if c.kind == "rank"]


@pytest.mark.parametrize("words", ["世界一の米国債保有国", "世界最大のアメリカ国債保有国", "最大の米国国債保有国", "世界一の債権国"])
def test_a_japanese_place_said_by_the_holders_kind(data, ranks, words):
    p = a_month_at(ranks, "japan", 1, "2020-01")
    text = f"日本は{p.year}年{p.month}月も{words}だった。"
    rec = next(r for r in check_text(text, date=released(p), store=data) if r["claim"].endswith(words[-3:]))
    assert (rec["subject"], rec["verdict"], rec["official_period"]) == ("Japan", "supported", str(p))


@pytest.mark.parametrize("text", ["中国は世界一の人口大国だ。", "日本は世界一の長寿国だ。"])
def test_a_japanese_first_of_another_kind_is_no_place(text):
    assert not [c for c in extract(split_sentences(text)) if c.kind == "rank"]


def test_the_country_that_holds_the_most(data, ranks):
    p = a_month_at(ranks, "japan", 1, "2020-01")
    text = f"{p.year}年{p.month}月末時点でアメリカ国債を最も多く保有する国は日本で、2位が中国だった。"
    rec = by_claim(check_text(text, date=released(p), store=data), "最も多く保有する国")
    assert (rec["subject"], rec["verdict"]) == ("Japan", "supported")


@pytest.mark.parametrize("pattern", [
    "Brazil now occupies the {o} place among holders of Treasuries in {m}, behind {who}.",
    "In {m}, Brazil ranked {o} among foreign holders of Treasuries, after {who}.",
    "Brazil was the {o}-largest holder of U.S. Treasuries in {m}, just behind {who}.",
])
def test_the_holders_behind_which_a_place_stands_take_the_places_before_it(data, ranks, pattern):
    n = int(ranks["brazil"].dropna().loc["2018-01":].iloc[0])
    p = a_month_at(ranks, "brazil", n, "2018-01")
    row = ranks.loc[p].dropna().sort_values()
    ahead = list(row.index[:n - 1])
    names = {"japan": "Japan", "china_mainland": "China", "united_kingdom": "the United Kingdom", "ireland": "Ireland",
             "luxembourg": "Luxembourg", "cayman_islands": "the Cayman Islands", "belgium": "Belgium"}
    who = ", ".join(names[s] for s in ahead[:-1]) + " and " + names[ahead[-1]]
    text = pattern.format(o=_ORDINAL[n], m=month_name(p), who=who)
    r = check_text(text, date=released(p), store=data)
    last = by_claim(r, names[ahead[-1]])
    assert (last["verdict"], last["official_value"]) == ("supported", float(n - 1))


def test_fewer_holders_behind_than_the_places_before_is_no_list():
    # "fifth, behind Japan and China": the two named are not the first and second (others are left out)
    claims = extract(split_sentences("Brazil ranked fifth among foreign holders of Treasuries, behind Japan and China."))
    assert [c.rank for c in claims if c.kind == "rank"] == [5]


@pytest.mark.parametrize("text, usd_bn", [("中国の米国債保有額は1.12万億ドルまで下がった。", 1120.0),
                                          ("保有総額は6.2503万億ドルになった。", 6250.3),
                                          ("日本の保有額は1.2万億ドル。", 1200.0)])
def test_wan_yi_is_read_as_cho(text, usd_bn):
    from ustflow.check.numbers import find_amounts

    a = find_amounts(text)[0]
    assert a.currency == "USD" and abs(a.value / 1e9 - usd_bn) < 1e-6


def _names(ranks, p, places):
    names = {"japan": "Japan", "china_mainland": "China", "united_kingdom": "the United Kingdom", "ireland": "Ireland",
             "luxembourg": "Luxembourg", "cayman_islands": "the Cayman Islands", "belgium": "Belgium",
             "switzerland": "Switzerland", "canada": "Canada", "taiwan": "Taiwan", "france": "France",
             "hong_kong": "Hong Kong", "singapore": "Singapore", "india": "India", "brazil": "Brazil",
             "norway": "Norway", "saudi_arabia": "Saudi Arabia", "korea_south": "South Korea"}
    row = ranks.loc[p].dropna().sort_values()
    return [names[s] for s in row.index[places[0] - 1:places[1]]]


@pytest.mark.parametrize("pattern", [
    "Countries placed {a}th to {b}th among holders of Treasuries in {m} included {who}.",
    "Holders of Treasuries ranked {a}th through {b}th in {m} were {who}.",
])
def test_a_range_of_places_filled_in_order(data, ranks, pattern):
    p = pd.Period("2025-07", "M")
    who = _names(ranks, p, (6, 8))
    text = pattern.format(a=6, b=8, m=month_name(p), who=f"{who[0]} ($1 billion), {who[1]} ($2 billion) and {who[2]}")
    r = check_text(text, date=released(p), store=data)
    assert [by_claim(r, w)["official_value"] for w in who] == [6.0, 7.0, 8.0]


@pytest.mark.parametrize("verb", ["rounded out", "completed"])
def test_the_holders_that_round_out_the_top_n(data, ranks, verb):
    p = pd.Period("2025-07", "M")
    who = _names(ranks, p, (4, 5))
    text = f"Among holders of Treasuries in {month_name(p)}, {who[0]} and {who[1]} {verb} the top five."
    r = check_text(text, date=released(p), store=data)
    assert by_claim(r, f"{who[0]} and {who[1]} {verb} the top five")["verdict"] == "supported"
    assert by_claim(r, who[1])["official_value"] == 5.0


def test_a_range_with_another_count_of_holders_is_no_list():
    text = "Countries placed 6th to 8th among holders of Treasuries included Canada and Belgium."
    assert not [c for c in extract(split_sentences(text)) if c.kind == "rank"]


@pytest.mark.parametrize("pattern", [
    "{y}年{mo}月の米国債保有額の第1位は{a}、2位は{b}だった。以下、{c}、{d}の順となっている。",
    "{y}年{mo}月の米国債保有額は1位が{a}、2位が{b}で、以下、{c}、{d}の順だった。",
])
def test_japanese_places_continued_after_the_last_named(data, ranks, pattern):
    p = pd.Period("2016-06", "M")
    ja = {"china_mainland": "中国", "japan": "日本", "cayman_islands": "ケイマン諸島", "ireland": "アイルランド",
          "brazil": "ブラジル", "switzerland": "スイス", "luxembourg": "ルクセンブルク", "united_kingdom": "英国"}
    row = ranks.loc[p].dropna().sort_values()
    a, b, c, d = (ja[x] for x in row.index[:4])
    r = check_text(pattern.format(y=p.year, mo=p.month, a=a, b=b, c=c, d=d), date=released(p), store=data)
    assert [by_claim(r, x)["official_value"] for x in (c, d)] == [3.0, 4.0]


def test_japanese_below_with_no_place_before_is_no_list():
    text = "保有額は以下、アイルランド、ケイマン諸島の順となっている。"
    assert not [c for c in extract(split_sentences(text)) if c.kind == "rank"]


@pytest.mark.parametrize("pattern", [
    "{y}年{mo}月までの1年間で米国債保有額を最も大きく減らしたのは{who}で、{v}億ドル減った。",
    "米国債の保有額を{y}年{mo}月までの1年間に最も多く減らしたのは{who}で、{v}億ドルの減少だった。",
    "{y}年{mo}月までの1年で一番大きく減らしたのは{who}で、米国債保有額は{v}億ドル減少した。",
])
def test_the_holder_whose_move_was_the_largest(data, pattern):
    p = pd.Period("2023-01", "M")
    h = data.holdings().dropna(how="all")
    change = (h.loc[p] - h.loc[p - 12]).dropna().sort_values()
    ja = {"japan": "日本", "china_mainland": "中国", "ireland": "アイルランド"}
    who = change.index[0]
    assert who in ja
    text = pattern.format(y=p.year, mo=p.month, who=ja[who], v=round(-change.iloc[0] * 10))
    r = check_text(text, date="2023-03-26", store=data)
    rec = next(x for x in r if "減らした" in x["claim"])
    assert rec["verdict"] == "supported"


def test_most_said_of_something_else_is_no_cross():
    from ustflow.check.period_grammar import Resolver
    from ustflow.check.qualifiers import find_qualifiers

    assert not [q for _, q in find_qualifiers("最も大きく減らした理由は金利上昇だ。", Resolver(None)) if q.kind == "cross"]
