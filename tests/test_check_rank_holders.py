"""`ustflow check` on whose place a rank phrase names (issue 13, session 10): the holder a place went to ("ceded
the top spot to Japan"), the agent of a passive overtaking ("was overtaken by the U.K.", but "overtaken by Japan
as the largest holder": Japan's), a place in a participle after the clause (", falling to third place": the
sentence subject's; ", pushing it to third place": the holder overtaken), the holder compared with after the place
(", outpacing China"), a lede's first word in capitals ("JAPAN became"), and "since October, 2016". Invented
sentences; the months and ranks expected are computed here from the loaded TIC table."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, claim_containing, month_name, released
from ustflow.check.subjects import find_subjects
from ustflow.views.check import check_text


def _first(ranks, slug: str, rank: int, after: str) -> pd.Period:
    """The first month after ``after`` in which ``slug`` holds place ``rank`` after a month it did not."""
    r = ranks[slug].dropna()
    r = r[r.index >= pd.Period(after, "M")]
    return next(p for i, p in enumerate(r.index) if i and r[p] == rank and r.iloc[i - 1] != rank)


def test_a_place_in_a_participle_is_the_subjects(data, ranks):
    p = _first(ranks, "china_mainland", 3, "2020-01")  # the month another holder pushed China to third place
    overtaker = ranks.loc[p][ranks.loc[p] == 2].index[0]
    name = {"united_kingdom": "Britain", "japan": "Japan"}.get(overtaker)
    if name is None:
        pytest.skip(f"second place in {p} is {overtaker}")
    for text in (f"China's holdings of Treasuries fell. It ceded the top spot to Japan in 2019 and was overtaken by "
                 f"{name}, which kept buying Treasuries, slipping to third place in {month_name(p)}.",
                 f"China was overtaken by {name} in {month_name(p)}, slipping to third place among holders of Treasuries.",
                 f"{name} overtook China in {month_name(p)}, pushing it to third place among holders of Treasuries.",
                 f"China's holdings of Treasuries fell in {month_name(p)}, leaving it in third place."):
        rec = claim_containing(check_text(text, date=released(p), store=data), "third place")  # with its month
        assert rec["subject"] == "China (mainland)", text
        assert rec["verdict"] == "supported", text


def test_the_holder_a_place_went_to_is_not_the_one_that_lost_it(data, ranks):
    p = _first(ranks, "japan", 1, "2019-01")
    rec = by_claim(check_text(f"China's holdings of Treasuries fell. It ceded the top spot among holders of Treasuries to Japan in {month_name(p)}.",
                              date=released(p), store=data), "top spot")
    assert rec["subject"] == "China (mainland)"
    assert rec["verdict"] == "supported"  # no longer number one


def test_overtaken_by_a_holder_as_the_largest_is_that_holders_place(data, ranks):
    p = _first(ranks, "japan", 1, "2019-01")
    for text in (f"China was overtaken by Japan as the largest holder of Treasuries in {month_name(p)}.",
                 f"China was overtaken by Japan in {month_name(p)} as the largest holder of Treasuries."):
        rec = claim_containing(check_text(text, date=released(p), store=data), "as the largest holder")
        assert rec["subject"] == "Japan", text
        assert rec["verdict"] == "supported", text


def test_the_holder_outpaced_after_the_place_is_not_its_holder(data, ranks):
    p = _first(ranks, "japan", 1, "2016-01")
    last = ranks["japan"][(ranks.index < p) & (ranks["japan"] == 1)].index[-1]
    years = {1: "a year", 2: "two years"}.get(round((p - last).n / 12))
    if years is None:
        pytest.skip(f"Japan was last first in {last}")
    for text in (f"Japan's holdings of Treasuries fell in {month_name(p)}. It became the largest holder of Treasuries "
                 f"for the month, outpacing China for the first time in nearly {years}.",
                 f"JAPAN became the largest holder of U.S. Treasuries in {month_name(p)}, outpacing China for the first "
                 f"time in nearly {years}."):
        r = check_text(text, date=released(p), store=data)
        assert by_claim(r, "the largest holder")["subject"] == "Japan", text
        rec = by_claim(r, f"for the first time in nearly {years}")
        assert rec["verdict"] == "supported", text
        assert f"last in {last}" in rec["explanation"]


def test_a_lede_in_capitals_names_its_holder():
    assert [m.slug for m in find_subjects("JAPAN became the largest holder, outpacing China")] == ["japan", "china_mainland"]
    assert [m.slug for m in find_subjects("CHINA'S holdings fell")] == ["china_mainland"]
    assert [m.slug for m in find_subjects("TOKYO (Reuters) - Japan bought")] == ["japan"]  # a dateline stays


def test_another_holders_total_outpaced_is_its_level(data):
    r = check_text("Japan raised its holdings of U.S. Treasuries to $765 billion in December 2009, outpacing China's "
                   "December total of $894 billion.", date="2010-02-17", store=data)
    assert by_claim(r, "$894 billion")["subject"] == "China (mainland)"


def test_since_a_month_comma_year(data, loaded_store):
    jp = data.holdings()["japan"].dropna()
    p = pd.Period("2019-06", "M")
    last = jp[(jp.index < p) & (jp >= jp[p])].index[-1]
    for phrase in (f"the largest since {last.strftime('%B')}, {last.year}",
                   f"the highest since {last.strftime('%B')}, {last.year}"):
        r = check_text(f"Japan added to its Treasuries in June 2019, making its holdings {phrase}.",
                       date="2019-08-15", store=data)
        rec = by_claim(r, phrase)
        assert rec["verdict"] == "supported", phrase


def _order(data, p: pd.Period) -> list[str]:
    return list(data.holdings().loc[p].dropna().sort_values(ascending=False).index)


_EN = {"japan": "Japan", "china_mainland": "China", "united_kingdom": "the U.K.", "ireland": "Ireland", "brazil": "Brazil",
       "luxembourg": "Luxembourg", "cayman_islands": "the Cayman Islands", "belgium": "Belgium", "switzerland": "Switzerland",
       "canada": "Canada", "taiwan": "Taiwan", "france": "France", "hong_kong": "Hong Kong", "india": "India"}
_JA = {"japan": "日本", "china_mainland": "中国", "united_kingdom": "英国", "ireland": "アイルランド", "brazil": "ブラジル",
       "luxembourg": "ルクセンブルク", "belgium": "ベルギー", "switzerland": "スイス", "canada": "カナダ", "taiwan": "台湾"}


def test_holders_listed_in_order_each_take_their_place(data):
    p = pd.Period("2019-06", "M")
    top = _order(data, p)[:5]
    if not all(k in _EN and k in _JA for k in top):
        pytest.skip(f"a holder without a name here: {top}")
    en = [_EN[k] for k in top]
    for text in (f"The top five holders of Treasuries in {month_name(p)} were {', '.join(en[:4])} and {en[4]}.",
                 f"In {month_name(p)} the five largest foreign holders of Treasuries were {', '.join(en[:4])} and {en[4]}.",
                 f"{en[0]} remained the largest holder of Treasuries in {month_name(p)}, followed by {en[1]} and {en[2]}."):
        r = check_text(text, date=released(p), store=data)
        for i, name in enumerate(en[1:3], start=2):
            rec = by_claim(r, name)
            assert (rec["verdict"], rec["official_value"]) == ("supported", float(i)), (text, name)
    ja = "、".join(_JA[k] for k in top)
    r = check_text(f"{p.year}年{p.month}月末の時点で、米国債保有国・地域トップ5は{ja}だ。", date=released(p), store=data)
    for i, k in enumerate(top, start=1):
        assert by_claim(r, _JA[k])["official_value"] == float(i)


def test_a_list_out_of_order_within_its_places_is_unverifiable(data):
    p = pd.Period("2019-06", "M")
    a, b, c, d = _order(data, p)[:4]
    if not all(k in _EN for k in (a, b, c, d)):
        pytest.skip("a holder without a name here")
    r = check_text(f"In {month_name(p)} the three largest foreign holders of Treasuries were {_EN[a]}, {_EN[c]} and {_EN[b]}.",
                   date=released(p), store=data)
    assert by_claim(r, _EN[c])["verdict"] == "unverifiable"  # a writer may not list them by size
    r = check_text(f"In {month_name(p)} the three largest foreign holders of Treasuries were {_EN[a]}, {_EN[b]} and {_EN[d]}.",
                   date=released(p), store=data)
    assert by_claim(r, _EN[d])["verdict"] == "contradicted"  # not among the first three at all


def test_japanese_places_said_as_one_word_or_after_a_figure(data, ranks):
    p = _first(ranks, "japan", 1, "2019-01")
    for word in ("最大保有国", "トップホルダー", "最大の保有国"):
        r = check_text(f"{p.year}年{p.month}月末、日本は米国債の{word}となった。", date=released(p), store=data)
        rec = by_claim(r, word)
        assert (rec["subject"], rec["verdict"]) == ("Japan", "supported"), word
    second = _order(data, p)[1]
    r = check_text(f"{p.year}年{p.month}月末の米国債保有残高は、{_JA.get(second, '中国')}は20億ドル増の1兆1125億ドルの2位。",
                   date=released(p), store=data)
    assert by_claim(r, "2位")["official_value"] == 2.0


def test_japanese_place_taken_back_and_lost_to_the_holder_named(data, ranks):
    jp = _first(ranks, "japan", 1, "2016-01")  # Japan first again
    cn = _first(ranks, "china_mainland", 1, str(jp))  # then China again
    text = (f"日本は{jp.year % 100}年{jp.month}月に中国を抜いて、米国債の最大保有国となり、その座を維持した後、"
            f"{cn.year % 100}年{cn.month}月に再び中国に抜かれた。")
    r = check_text(text, date=released(cn), store=data)
    rec = next(x for x in r if x["claim"].endswith("中国に抜かれ"))
    assert (rec["subject"], rec["verdict"], rec["official_period"]) == ("China (mainland)", "supported", str(cn))
    rec = next(x for x in r if x["claim"].endswith("最大保有国"))
    assert (rec["subject"], rec["verdict"], rec["official_period"]) == ("Japan", "supported", str(jp))
    # "再び日本からその座を奪還": the place named in the sentence before, regained by the holder of its own sentence
    r = check_text(f"{jp.year}年{jp.month}月には日本の保有額が中国を上回り、米国最大の債権者となった。しかし{cn.year}年"
                   f"{cn.month}月に中国が米国債を買い増したことにより、再び日本からその座を奪還。", date=released(cn), store=data)
    rec = by_claim(r, "その座")
    assert (rec["subject"], rec["verdict"], rec["official_value"]) == ("China (mainland)", "supported", 1.0)
    r = check_text(f"{cn.year}年{cn.month}月に中国は再び日本からその座を奪還した。", date=released(cn), store=data)
    assert by_claim(r, "その座")["verdict"] == "unverifiable"  # no place named before


def test_a_place_handed_to_another_holder_is_that_holders_then(data, ranks):
    jp = _first(ranks, "japan", 1, "2016-01")
    cn = _first(ranks, "china_mainland", 1, str(jp))
    when = month_name(jp)
    for text in (f"China is once again the largest holder of Treasuries, after ceding the position to Japan in {when}.",
                 f"China is again the largest holder of Treasuries, having lost the top spot to Japan in {when}."):
        r = check_text(text, date=released(cn), store=data)
        rec = by_claim(r, "the largest holder")  # now, not the month of the event the participle tells
        assert (rec["subject"], rec["verdict"], rec["official_period"]) == ("China (mainland)", "supported", str(cn)), text
    r = check_text(f"China is once again the largest holder of Treasuries, after ceding the position to Japan in {when}.",
                   date=released(cn), store=data)
    rec = by_claim(r, "the position to Japan")
    assert (rec["subject"], rec["verdict"], rec["official_period"]) == ("Japan", "supported", str(jp))
    r = check_text(f"Japan lost that position to China in {month_name(cn)}.", date=released(cn), store=data)
    assert by_claim(r, "that position to China")["verdict"] == "unverifiable"  # no place named before


@pytest.mark.parametrize("wording", ["its ranking fell to third in the world, behind Japan and the United Kingdom",
                                     "it ranked third in the world, behind Japan and the United Kingdom"])
def test_a_place_in_the_world_behind_holders_named_after(data, ranks, wording):
    p = _first(ranks, "china_mainland", 3, "2020-01")
    r = check_text(f"China has cut its holdings of U.S. Treasury bonds, and as of {month_name(p)}, {wording}.",
                   date=released(p), store=data)
    rec = next(x for x in r if x["measure"] == "rank")
    assert (rec["subject"], rec["verdict"]) == ("China (mainland)", "supported")


def test_a_place_after_the_holder_it_follows_named_after_it(data, ranks):
    p = pd.Period("2020-06", "M")
    second = ranks.loc[p][ranks.loc[p] == 2].index[0]
    assert second == "china_mainland"  # the month the sentences below describe
    for text in ("Data showed it held US$1.074 trillion at the end of June, making China America's second largest "
                 "foreign creditor after Japan.",
                 "China held $1.07 trillion of Treasuries in June, making it the largest holder after Japan.",
                 "The biggest holder after Japan in June was China."):
        rec = next(x for x in check_text(text, date="2020-08-20", store=data) if x["measure"] == "rank")
        assert (rec["subject"], rec["official_value"], rec["verdict"]) == ("China (mainland)", 2.0, "supported"), text


def test_kinds_of_debt_before_the_holder(data, ranks):
    p = _first(ranks, "china_mainland", 1, "2008-01")
    for phrase in ("the largest U.S. debt holder", "the biggest foreign Treasury holder",
                   "the largest U.S. government debt holder"):
        r = check_text(f"China overtook Japan as {phrase} in {month_name(p)}.", date=released(p), store=data)
        rec = next(x for x in r if x["measure"] == "rank")
        assert (rec["subject"], rec["verdict"]) == ("China (mainland)", "supported"), phrase


def test_a_possessives_drop_of_is_a_change_and_its_since(data):
    ch = data.changes("tic.holdings.china_mainland", 1).dropna()
    p = pd.Period("2016-10", "M")
    last = ch[(ch.index < p) & (ch <= ch[p])].index[-1]
    r = check_text(f"October's drop of US${-ch[p]:.1f} billion in China's holdings was the largest since {month_name(last)}.",
                   date="2016-12-19", store=data)
    assert claim_containing(r, f"{-ch[p]:.1f} billion")["official_value"] == pytest.approx(ch[p])
    for text in (f"October's drop of US${-ch[p]:.1f} billion in China's holdings was the largest since {month_name(last)}.",
                 f"The decline in China's holdings in October was the largest since {month_name(last)}.",
                 f"The decline in China's holdings was the largest since {month_name(last)}, at ${-ch[p]:.1f} billion in "
                 "October."):
        rec = claim_containing(check_text(text, date="2016-12-19", store=data), "since")
        assert (rec["verdict"], rec["official_value"]) == ("supported", pytest.approx(ch[p])), text


def test_an_nth_ever_rank_across_a_break_with_no_like_for_like_move(data):
    """'the third-ever largest monthly reduction': ranked on like-for-like changes; when a series break (no change
    there) could hold the missing place, unverifiable with the break named, never contradicted."""
    ch = data.changes("tic.holdings.china_mainland", 1).dropna()
    p = pd.Period("2016-10", "M")
    window = ch[ch.index <= p]
    rank = int((window < ch[p]).sum()) + 1
    holes = [x + 1 for x, y in zip(window.index, window.index[1:]) if (y - x).n != 1]
    words = {1: "first", 2: "second", 3: "third", 4: "fourth"}
    r = check_text(f"China's holdings fell in October 2016. October's drop of US${-ch[p]:.1f} billion was the {words[rank]}-ever largest monthly reduction of "
                   "China's holdings of U.S. debt.", date="2016-12-19", store=data)
    assert claim_containing(r, "-ever largest")["verdict"] == "supported"
    if holes and rank + 1 in words:
        r = check_text(f"China's holdings fell in October 2016. October's drop of US${-ch[p]:.1f} billion was the "
                       f"{words[rank + 1]}-ever largest monthly "
                       "reduction of China's holdings of U.S. debt.", date="2016-12-19", store=data)
        rec = claim_containing(r, "-ever largest")
        assert rec["verdict"] == "unverifiable" and "break" in rec["explanation"]


@pytest.mark.parametrize("tail", ["the first time it's held that position since {m}",
                                  "the first time it’s held that position since {m}",
                                  "the first time it has held the top spot since {m}",
                                  "for the first time since {m}"])
def test_first_time_a_place_is_held_since(data, ranks, tail):
    p = _first(ranks, "japan", 1, "2019-01")
    last = ranks["japan"][(ranks.index < p) & (ranks["japan"] == 1)].index[-1]
    text = f"Japan overtook China as the largest holder of Treasuries in {month_name(p)}, " + tail.format(m=month_name(last)) + "."
    r = check_text(text, date=released(p), store=data)
    rec = claim_containing(r, f"since {month_name(last)}")
    assert rec["verdict"] == "supported" and f"last in {last}" in rec["explanation"], text
    assert all(x["verdict"] == "supported" for x in r if x["measure"] == "rank"), text  # not 'first every month since'
    earlier = last - 12
    r = check_text(f"Japan overtook China as the largest holder of Treasuries in {month_name(p)}, "
                   + tail.format(m=month_name(earlier)) + ".", date=released(p), store=data)
    assert claim_containing(r, f"since {month_name(earlier)}")["verdict"] == "contradicted"


@pytest.mark.parametrize("wording", ["China's holdings were ${lvl} billion, falling below $1 trillion",
                                     "China's holdings fell below $1 trillion"])
def test_falling_below_a_level_for_the_first_time_since(data, wording):
    cn = data.holdings()["china_mainland"].dropna()
    below = cn[cn < 1000]
    first = next(p for i, p in enumerate(below.index) if p.year >= 2022 and cn[p - 1] >= 1000)
    nxt = first + 1
    assert cn[nxt] < 1000  # still below the month after: 'the first time' then is wrong
    before = cn[(cn.index < first) & (cn < 1000)].index[-1]
    for p, verdict in ((first, "supported"), (nxt, "contradicted")):
        text = (f"In {month_name(p)}, " + wording.replace("${lvl}", f"${cn[p]:.1f}") +
                f" for the first time since {month_name(before + 1)}.")
        r = check_text(text, date=released(p), store=data)
        rec = claim_containing(r, "below $1 trillion for the first time")
        assert rec["verdict"] == verdict, text
        assert claim_containing(r, "below $1 trillion")["official_value"] == pytest.approx(cn[p])  # a level crossed


def test_a_pronoun_after_a_time_of_its_own_is_the_holder_before(data):
    cn = data.holdings()["china_mainland"].dropna()
    peak = cn[cn.index <= "2016-10"].idxmax()
    text = (f"China overtook Japan as the largest U.S. debt holder in September 2008. At its peak in {month_name(peak)}, "
            f"it held nearly US${cn[peak] / 1000 + 0.005:.2f} trillion of Treasuries.")
    r = check_text(text, date="2016-12-19", store=data)
    rec = claim_containing(r, "trillion")
    assert (rec["subject"], rec["verdict"], rec["official_period"]) == ("China (mainland)", "supported", str(peak))


def test_a_place_held_until_a_period(data, ranks):
    """'China, which was the biggest holder until 2019': held in that period (or the month before it) and lost by
    the month after it; it was judged at December 2019 (a true claim contradicted)."""
    p = _first(ranks, "japan", 1, "2019-01")  # the month China lost first place
    for until, verdict in ((str(p.year), "supported"), (month_name(p), "supported"), (month_name(p - 1), "supported"),
                           (str(p.year - 1), "contradicted")):
        text = f"China, which was the biggest holder of Treasuries until {until}, now ranks third."
        rec = by_claim(check_text(text, date="2025-05-20", store=data), "the biggest holder")
        assert rec["verdict"] == verdict, text


def test_japanese_places_after_each_holder(data, ranks):
    p = pd.Period("2025-03", "M")
    order = list(ranks.loc[p].dropna().sort_values().index[:3])
    if not all(k in _JA for k in order):
        pytest.skip(f"a holder without a Japanese name here: {order}")
    a, b, c = (_JA[k] for k in order)
    r = check_text(f"{p.year}年{p.month}月末の米国債保有額は{a}が首位、{b}が2位、{c}が3位だった。", date=released(p), store=data)
    assert [(x["claim"], x["verdict"]) for x in r if x["measure"] == "rank"] == [
        ("首位", "supported"), ("2位", "supported"), ("3位", "supported")]
    r = check_text(f"{p.year}年{p.month}月末の米国債保有額は{a}が首位、{c}が2位、{b}が3位だった。", date=released(p), store=data)
    assert by_claim(r, "2位")["subject"] == {"china_mainland": "China (mainland)", "united_kingdom": "United Kingdom",
                                            "japan": "Japan"}.get(order[2], by_claim(r, "2位")["subject"])
    assert by_claim(r, "2位")["verdict"] == "contradicted"
    # a bare place after a holder in a sentence not about holdings is no claim
    r = check_text(f"中国は2位だった。{p.year}年{p.month}月末の米国債保有額は7654億ドルだった。", date=released(p), store=data)
    assert not [x for x in r if x["measure"] == "rank"]


def test_a_first_time_before_its_crossing_keeps_its_words(data):
    r = check_text("It was the first time since 2019 that China's holdings fell below $800 billion.", date="2025-05-20",
                   store=data)
    assert by_claim(r, "the first time since 2019")["claim"]  # not an empty span


@pytest.mark.parametrize("text, claim, slug, place", [
    ("The U.K. is now the No. 2 holder of Treasuries, after Japan and ahead of China.", "No. 2 holder",
     "united_kingdom", 2),
    ("Britain became the number-two foreign holder of Treasuries in March 2025.",
     "number-two foreign holder of Treasuries in March 2025",
     "united_kingdom", 2),
    ("China fell to No. 3 among foreign holders of U.S. Treasuries in March 2025.", "No. 3 among foreign holders",
     "china_mainland", 3),
    ("China's holdings ranked third, after Japan and the U.K., in March 2025.", "ranked third", "china_mainland", 3),
])
def test_places_said_as_numbers(data, ranks, text, claim, slug, place):
    rec = by_claim(check_text(text, date="2025-05-20", store=data), claim)
    assert rec["series"] == f"tic.holdings.{slug}" and rec["claimed_value"] == place
    assert rec["verdict"] == ("supported" if ranks.loc[pd.Period("2025-03", "M"), slug] == place else "contradicted")


def test_a_holder_ranked_before_in_an_apposition_is_not_the_subject(data):
    """'China, the second-biggest foreign owner of U.S. debt after Japan, trimmed its holdings': China trimmed them."""
    ch = data.changes("tic.holdings.china_mainland", 1).dropna()
    p = next(p for p in ch.index[::-1] if ch[p] < 0 and p.year < 2025)
    r = check_text(f"China, the second-biggest foreign owner of U.S. debt after Japan, trimmed its holdings in {month_name(p)}.",
                   date=released(p), store=data)
    assert by_claim(r, "trimmed its holdings")["subject"] == "China (mainland)"


def test_a_place_kept_a_number_of_months_from_when_it_was_taken(data, ranks):
    jp = _first(ranks, "japan", 1, "2016-01")
    r = ranks["japan"][ranks.index >= jp]
    k = next(i for i, v in enumerate(r) if v != 1)  # months at first place from then
    words = {6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}
    if k not in words or k + 1 not in words:
        pytest.skip(f"a run of {k} months")
    for n, verdict in ((k, "supported"), (k + 1, "contradicted")):
        r1 = check_text(f"Japan became the largest holder of Treasuries in {month_name(jp)} and held that position for "
                        f"{words[n]} months before China overtook it again.", date="2019-08-20", store=data)
        rec = by_claim(r1, "that position")
        assert (rec["verdict"], rec["official_value"]) == (verdict, float(k)), n
        r2 = check_text(f"日本は{jp.year % 100}年{jp.month}月に中国を抜いて、米国債の最大保有国となり、その座を{n}ヶ月維持した後、"
                        f"再び中国に抜かれた。", date="2019-08-20", store=data)
        assert by_claim(r2, "その座")["verdict"] == verdict, n
    r = check_text("日本はその座を8ヶ月維持した。", date="2019-08-20", store=data)
    assert not [x for x in r if x["verdict"] != "unverifiable"]  # no place named before


@pytest.mark.parametrize("words", ["record foreign selling of", "record net selling of", "record net sales of"])
def test_a_bare_record_names_the_figure_after_its_noun(data, words):
    """'from record foreign selling of US$76.59 billion in September': the record is that figure's (it was not
    certain which figure it was about: unverifiable)."""
    text = ("Foreigners sold Treasury bonds and notes for a seventh straight month in October 2016. The month's outflows "
            f"totaled US$63.54 billion, from {words} US$76.59 billion in September.")
    r = check_text(text, date="2016-12-19", store=data)
    rec = next(x for x in r if x["claim"].endswith("record") or x["claim"] == "record")
    assert rec["official_period"] == "2016-09", rec["explanation"]


@pytest.mark.parametrize("text", [
    "Japan's holdings have declined from a peak of ${v} billion in {y}.",
    "Japan's holdings have declined since peaking at ${v} billion in {y}.",
    "日本の米国債保有額は{y}年の{ja}をピークに減少している。",
])
def test_a_peak_in_a_year_is_that_years_highest_month(data, text):
    jp = data.holdings()["japan"].dropna()
    y = 2004
    sel = jp[str(y)]
    p, v = sel.idxmax(), float(sel.max())
    ja = f"{round(v * 10):,}億ドル".replace(",", "")
    r = check_text(text.format(v=f"{v:.1f}", y=y, ja=ja), date="2008-11-21", store=data)
    rec = next(x for x in r if x["measure"] == "holdings_peak")
    assert (rec["verdict"], rec["official_period"]) == ("supported", str(p)), rec["explanation"]
    assert " in in " not in rec["explanation"]


@pytest.mark.parametrize("tail", ["their lowest level since {m}, when they stood at ${v} billion",
                                  "the lowest level since ${v} billion in {m}"])
def test_the_level_a_since_counts_from_is_not_moved_by_the_sentences_verb(data, tail):
    cn = data.holdings()["china_mainland"].dropna()
    p = pd.Period("2024-12", "M")
    last = cn[(cn.index < p) & (cn <= cn[p])].index[-1]
    text = f"China's holdings fell to ${cn[p]:.0f} billion in {month_name(p)}, " + \
        tail.format(m=month_name(last), v=f"{cn[last]:.1f}") + "."
    r = check_text(text, date=released(p), store=data)
    rec = claim_containing(r, f"{cn[last]:.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", str(last)), rec["explanation"]


def test_since_a_crisis_reaches_over_the_crisis(data):
    """'the lowest since the 2008 financial crisis': the crisis is a spell, not the day Lehman failed (a level last
    lower in February 2009 was called contradicted); 'since the collapse of Lehman Brothers' stays that day."""
    cn = data.holdings()["china_mainland"].dropna()
    p = pd.Period("2024-12", "M")
    last = cn[(cn.index < p) & (cn <= cn[p])].index[-1]
    if not pd.Period("2008-10", "M") <= last <= pd.Period("2009-06", "M"):
        pytest.skip(f"last lower in {last}")
    r = check_text(f"China's holdings fell to ${cn[p]:.0f} billion in {month_name(p)}, the lowest since the 2008 financial "
                   "crisis.", date=released(p), store=data)
    assert claim_containing(r, "financial crisis")["verdict"] == "supported"
