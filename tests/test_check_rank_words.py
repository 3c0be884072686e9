"""`ustflow check` on a holder's place said as "number" and a number word past five ("the number-eight holder",
"the number-twelve foreign creditor") and, in Japanese, as 第 and arabic digits with no counter ("米国第3の債権者",
the kanji form "米国第二の債権国" was read already), and two places given to two holders in one phrase ("Luxembourg and
Canada were ranked in the fourth and fifth spots": in the order named). Invented sentences; every place is read from the loaded store."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim
from ustflow.check.rulekit import country_name
from ustflow.views.check import StoreData, check_text

_EN = {"belgium": "Belgium", "canada": "Canada", "ireland": "Ireland", "switzerland": "Switzerland",
       "cayman_islands": "the Cayman Islands", "luxembourg": "Luxembourg", "france": "France", "taiwan": "Taiwan",
       "hong_kong": "Hong Kong", "india": "India", "brazil": "Brazil", "united_kingdom": "Britain",
       "japan": "Japan", "china_mainland": "China", "singapore": "Singapore", "norway": "Norway",
       "saudi_arabia": "Saudi Arabia", "korea_south": "South Korea"}
_JA = {"japan": "日本", "china_mainland": "中国", "united_kingdom": "英国", "luxembourg": "ルクセンブルク",
       "cayman_islands": "ケイマン諸島", "ireland": "アイルランド", "belgium": "ベルギー", "canada": "カナダ",
       "switzerland": "スイス", "france": "フランス", "taiwan": "台湾", "brazil": "ブラジル"}
_ORDW = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh"]
_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def _rank(r: list[dict]) -> dict:
    got = [x for x in r if x["measure"] == "rank"]
    assert len(got) == 1, [(x["claim"], x["measure"]) for x in r]
    return got[0]


def _ranked(loaded_store, month: str) -> list[str]:
    h = StoreData(loaded_store).holdings().dropna(how="all")
    return list(h.loc[pd.Period(month, "M")].dropna().sort_values(ascending=False).index)


@pytest.mark.parametrize("month, place, template", [
    ("2022-05", 8, "{who}, for example, is the number-{w} holder of U.S. debt at last count."),
    ("2019-03", 6, "{who}, the number-{w} foreign creditor of the United States, added Treasuries in March."),
    ("2016-09", 7, "In September {who} was the number {w} holder of Treasuries."),
])
def test_number_words_past_five(month, place, template, data, loaded_store):
    order = _ranked(loaded_store, month)
    who = next(k for k in order[place - 1:place] if k in _EN)
    wrong = next(k for k in order[place + 2:] if k in _EN)
    date = str(pd.Period(month, "M") + 2) + "-20"
    said = template.format(who=_EN[who], w=_WORDS[place - 1])
    rec = _rank(check_text(said, date=date, store=data))
    assert rec["verdict"] == "supported" and rec["official_value"] == place, rec
    said = template.format(who=_EN[wrong], w=_WORDS[place - 1])
    assert _rank(check_text(said, date=date, store=data))["verdict"] == "contradicted"


@pytest.mark.parametrize("month, template", [
    ("2011-09", "{m}月、米国第{n}の債権者である{who}は米国債を買い増した。"),
    ("2018-04", "{m}月の統計では、{who}は米国債の第{n}の保有国だった。"),
    ("2021-02", "{m}月も{who}は第{n}の米国債保有国であり続けた。"),
])
def test_dai_n_no_with_arabic_digits(month, template, data, loaded_store):
    order = _ranked(loaded_store, month)
    place, who = next((i + 1, k) for i, k in enumerate(order) if k in _JA and 2 <= i + 1 <= 6)
    p = pd.Period(month, "M")
    date = str(p + 2) + "-20"
    said = template.format(m=p.month, n=place, who=_JA[who])
    r = check_text(said, date=date, store=data)
    rec = _rank(r)
    assert rec["verdict"] == "supported" and rec["official_value"] == place, rec
    said = template.format(m=p.month, n=place + 3, who=_JA[who])
    rec = _rank(check_text(said, date=date, store=data))
    assert rec["verdict"] == "contradicted"


@pytest.mark.parametrize("text", ["第2の経済大国である中国は米国債を売った。", "It was the number-eight story of the year.",
                                  "第12の債権者会議が開かれた。"])
def test_places_of_other_things(text, data, loaded_store):
    assert not [x for x in check_text(text, date="2020-05-20", store=data) if x["measure"] == "rank"]


@pytest.mark.parametrize("month, template", [
    ("2024-03", "{a} and {b} were ranked in the {x} and {y} spots, with treasury holdings of {va} and {vb}."),
    ("2017-09", "{a} ({va}) and {b} ({vb}) at {x} and {y} places, respectively."),
    ("2020-06", "In June, {a} and {b} ranked {x} and {y} among foreign holders of Treasuries, respectively."),
])
def test_two_places_go_to_two_holders_in_order(month, template, data, loaded_store):
    order = _ranked(loaded_store, month)
    i = next(i for i in range(2, 9) if order[i] in _EN and order[i + 1] in _EN)
    a, b = order[i], order[i + 1]
    h = StoreData(loaded_store).holdings()
    p = pd.Period(month, "M")
    vals = {k: f"${h.loc[p, k]:.1f} billion" for k in (a, b)}
    date = str(p + 2) + "-20"
    for (x, y), want in [((a, b), ("supported", "supported")), ((b, a), ("contradicted", "contradicted"))]:
        said = template.format(a=_EN[x], b=_EN[y], x=_ORDW[i], y=_ORDW[i + 1], va=vals[x], vb=vals[y])
        got = {r["subject"]: r for r in check_text(said, date=date, store=data) if r["measure"] == "rank"}
        assert len(got) == 2, said
        assert tuple(got[country_name(k)]["verdict"] for k in (x, y)) == want, (said, got)


def test_two_places_not_of_holders(data, loaded_store):
    for text in ["The first and second quarters were weak for Japan and China.",
                 "Japan and China. The first and second places went to others."]:
        assert not [x for x in check_text(text, date="2020-05-20", store=data) if x["measure"] == "rank"]


# session 14's words for a place (d9489212 had replaced these tests; restored by the session 16 audit) ------------------

@pytest.mark.parametrize("text, date, phrase, rank, who", [
    ("Japan, #1 single US creditor, trimmed its holdings in March to $1.08 trillion.", "2024-05-16",
     "#1 single US creditor", 1, "Japan"),
    ("China, the #2 foreign holder, cut its holdings to $767 billion in March.", "2024-05-16", "#2 foreign holder", 2,
     "China"),
    ("China remains the main holder of US bonds.", "2018-07-17", "the main holder", 1, "China"),
    ("Japan remained the principal foreign creditor of the United States in March.", "2024-05-16",
     "the principal foreign creditor", 1, "Japan"),
    ("On December 31, Chinese investors, the first foreign holders of U.S. government debt, had $1.15 trillion.",
     "2012-02-29", "the first foreign holders", 1, "China"),
    ("Japan's stash of Treasuries jumped to $1.18 trillion, the biggest foreign holdings in March.", "2024-05-16",
     "the biggest foreign holdings", 1, "Japan"),
    ("China continued to top the charts with holdings of $1.17 trillion.", "2017-10-01", "top the charts", 1, "China"),
    ("2月の米国債保有額が最も多かった国は依然として日本で、中国は2位だった。", "2023-04-20", "最も多かった国", 1, "Japan"),
    ("米国債の保有額が最も多い国は中国で、1兆1700億ドルだった。", "2017-10-01", "最も多い国", 1, "China"),
    ("日本の保有額は1兆1319億ドルで、中国を抜き一位となった。", "2016-12-16", "一位", 1, "Japan"),
    ("日本は保有額を減らしたが引き続きトップは維持していた。", "2021-04-18", "トップ", 1, "Japan"),
])
def test_a_place_among_holders(data, text, date, phrase, rank, who):
    rec = by_claim(check_text(text, date=date, store=data), phrase)
    assert rec["measure"] == "rank"
    assert who in rec["explanation"].split(" ranks ")[0]
    assert rec["official_value"] == rank
    assert rec["verdict"] == "supported"


@pytest.mark.parametrize("text, date, phrase", [
    # a group, not one place
    ("The main holders of Treasuries, Japan and China, both cut their holdings in March.", "2024-05-16", "main holders"),
    # the earliest to act, not the first place
    ("Japan was the first foreign holder to sell Treasuries in March.", "2024-05-16", "the first foreign holder"),
    # a record of the holdings over time, not a place among holders
    ("Foreign holdings rose to $7.9 trillion, the biggest foreign holdings since 2010.", "2024-05-16",
     "the biggest foreign holdings"),
    # a rank of moves, not of holdings
    ("2月の減少額が最も多かった国は英国で、253億ドル減った。", "2023-04-20", "最も多かった国"),
])
def test_not_a_place_among_holders(data, text, date, phrase):
    recs = check_text(text, date=date, store=data)
    assert not [r for r in recs if r["measure"] == "rank" and phrase in r["claim"]]
