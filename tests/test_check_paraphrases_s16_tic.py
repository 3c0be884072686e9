"""Generality audit of session 16's TIC, MoF and gate rules (212454f: holder tables; d948921: places said as
"number-eight" and 第3の; 0324ea7: the holder a bare overtaking verb or 代わって replaces; d89fcfa: the run gate;
a701611: the span gate; d82fc4d: a week's release day from MoF's calendar), each tried on the same facts as ANOTHER
reporter would write them (words, order, holders, months; English and Japanese) than the rule's own tests
(tests/test_check_tables.py, test_check_rank_words.py, test_check_rank_replaced.py, test_check_run_gate.py,
test_check_span_gate.py, test_check_datelines.py), and on text the rule was not meant for (the must-not-fire cases
say so). Issue 13: a rule that fits one article's words and breaks on a plain paraphrase is overfit. Invented
sentences and tables; the facts and the expected values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read, by_claim, claim_containing, month_name, rank_pass, released, series
from ustflow.views.check import StoreData, check_text

_JA = {"japan": "日本", "china_mainland": "中国", "united_kingdom": "英国", "luxembourg": "ルクセンブルク",
       "cayman_islands": "ケイマン諸島", "ireland": "アイルランド", "belgium": "ベルギー", "canada": "カナダ",
       "switzerland": "スイス", "france": "フランス", "taiwan": "台湾", "brazil": "ブラジル", "india": "インド",
       "hong_kong": "香港", "singapore": "シンガポール", "norway": "ノルウェー", "saudi_arabia": "サウジアラビア"}
_EN = {"japan": "Japan", "china_mainland": "China", "united_kingdom": "the United Kingdom", "luxembourg": "Luxembourg",
       "cayman_islands": "the Cayman Islands", "ireland": "Ireland", "belgium": "Belgium", "canada": "Canada",
       "switzerland": "Switzerland", "france": "France", "taiwan": "Taiwan", "brazil": "Brazil", "india": "India",
       "hong_kong": "Hong Kong", "singapore": "Singapore", "norway": "Norway", "saudi_arabia": "Saudi Arabia"}


def _order(loaded_store, month: str) -> pd.Series:
    """The holders of ``month`` from the largest, with their holdings (USD bn)."""
    h = StoreData(loaded_store).holdings().dropna(how="all")
    return h.loc[pd.Period(month, "M")].dropna().sort_values(ascending=False)


def _pct(a: float, b: float) -> str:
    return f"{(a / b - 1) * 100:+.1f}%"


# 212454f: holder tables ---------------------------------------------------------------------------------------------

def _yoy(loaded_store, slug: str, p: pd.Period) -> str:
    s = series(f"tic.holdings.{slug}", loaded_store)
    return _pct(s[p], s[p - 12])


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_markdown_table_with_its_rule_line(lang, data, loaded_store):
    """A Markdown table as any editor prints it, with the rule under its header ("|---|---|") (before: the rule
    ended the table, and no row was read)."""
    p = pd.Period("2022-11", "M")
    top = list(_order(loaded_store, "2022-11").items())[:3]
    head = ("| 順位 | 国・地域 | 保有額(十億ドル) | 前年比 |" if lang == "ja" else
            "| Rank | Country | Holdings ($ billions) | Change, year-on-year |")
    names = _JA if lang == "ja" else _EN
    rows = [f"| {i + 1} | {names[k].replace('the ', '')} | {v:,.1f} | {_yoy(loaded_store, k, p)} |"
            for i, (k, v) in enumerate(top)]
    text = "\n".join([head, "|:---:|---|---:|---:|", *rows]) + "\n\n"
    r = check_text(text, date="2023-01-20", store=data)
    for i, (k, v) in enumerate(top):
        assert by_claim(r, f"{v:,.1f}")["verdict"] == "supported"
        rec = by_claim(r, _yoy(loaded_store, k, p))
        assert (rec["verdict"], rec["official_period"]) == ("supported", f"{p - 12} to {p}"), rec
        assert [x["verdict"] for x in r if x["measure"] == "rank" and x["claim"] == str(i + 1)] == ["supported"]


def test_a_header_row_under_the_unit_line(data, loaded_store):
    """The unit in a caption line above the table, the column names in a pipe row under it (before: the header row
    ended the table)."""
    p = pd.Period("2019-03", "M")
    (a, va), (b, vb) = list(_order(loaded_store, "2019-03").items())[1:3]
    text = (f"{p.year}年{p.month}月末の米国債保有額(単位:10億ドル)\n\n| 国 | 保有額 | 前年同月比 |\n|---|---|---|\n"
            f"| {_JA[a]} | {va:,.1f} | {_yoy(loaded_store, a, p)} |\n| {_JA[b]} | {vb + 30:,.1f} | "
            f"{_yoy(loaded_store, b, p)} |\n\n以上。")
    r = check_text(text, date="2019-05-20", store=data)
    assert by_claim(r, f"{va:,.1f}")["verdict"] == "supported"
    assert by_claim(r, f"{vb + 30:,.1f}")["verdict"] == "contradicted"
    assert by_claim(r, _yoy(loaded_store, a, p))["verdict"] == "supported"


@pytest.mark.parametrize("note", ["残高(前年同月比)", "括弧内は前年同月比", "(percent change from a year earlier)",
                                  "Figures in brackets: year-over-year change"])
def test_a_percent_column_on_the_year_before_in_other_words(note, data, loaded_store):
    """"前年同月比" is on the year before (before: its "月比" was read as the month's too, and no claim was made)."""
    p = pd.Period("2017-06", "M")
    uk, ca = series("tic.holdings.united_kingdom", loaded_store), series("tic.holdings.canada", loaded_store)
    head, foot = (note, "") if note.startswith("残高") else ("", note)
    text = (f"{p.year}年{p.month}月 保有国別米国債残高\n{head}\n英国 {uk[p] * 10:,.0f} ({_pct(uk[p], uk[p - 12])})\n"
            f"カナダ {ca[p] * 10:,.0f} ({_pct(ca[p], ca[p - 12])})\n単位:億ドル\n{foot}\n")
    r = check_text(text, date="2017-08-20", store=data)
    rec = by_claim(r, _pct(uk[p], uk[p - 12]))
    assert (rec["verdict"], rec["official_period"]) == ("supported", f"{p - 12} to {p}"), rec
    assert by_claim(r, f"{ca[p] * 10:,.0f}")["verdict"] == "supported"


def test_a_share_column_is_no_change(data, loaded_store):
    """Must not fire: a share of all foreign holdings ("構成比", "Share") beside a year-on-year column is not a
    change (before: every percent cell of the row was read as the header's year-on-year change, and the share
    called contradicted)."""
    p = pd.Period("2023-02", "M")
    order = _order(loaded_store, "2023-02")
    tot = series("tic.holdings.grand_total", loaded_store)[p]
    for head in ("| 順位 | 国・地域 | 保有額(十億ドル) | 前年比 | 構成比 |", "| Rank | Country | $ billions | YoY | Share |"):
        rows = [f"| {i + 1} | {_JA[k] if '順位' in head else _EN[k]} | {v:,.1f} | {_yoy(loaded_store, k, p)} | "
                f"{v / tot * 100:.1f}% |" for i, (k, v) in enumerate(list(order.items())[:2])]
        r = check_text("\n".join([head, "|---|---|---|---|---|", *rows]), date="2023-04-20", store=data)
        shares = {f"{v / tot * 100:.1f}%" for v in order.iloc[:2]}
        assert not [x for x in r if x["claim"] in shares and x["verdict"] == "contradicted"], r
        assert by_claim(r, _yoy(loaded_store, order.index[0], p))["verdict"] == "supported"


def test_another_months_level_is_no_change(data, loaded_store):
    """Must not fire: a second money column under another month's name is that month's level, not the change."""
    order = _order(loaded_store, "2021-06")
    prev = _order(loaded_store, "2020-06")
    rows = [f"| {_EN[k]} | {v:,.1f} | {prev[k]:,.1f} |" for k, v in list(order.items())[:2]]
    r = check_text("\n".join(["| Holder | June 2021 ($ billions) | June 2020 |", "|---|---|---|", *rows]),
                   date="2021-08-20", store=data)
    assert by_claim(r, f"{order.iloc[0]:,.1f}")["verdict"] == "supported"
    assert not [x for x in r if x["claim"] == f"{prev.iloc[0]:,.1f}" and x["measure"] == "holdings_change"], r


@pytest.mark.parametrize("head", ["主要国の外貨準備高", "Foreign exchange reserves by country"])
def test_a_table_of_another_measure_is_no_holder_table(head, data):
    """Must not fire: countries' foreign reserves over a "単位:億ドル" caption are no Treasury holdings (before: read
    as TIC levels and called contradicted)."""
    r = check_text(f"{head}\n\n中国 32,456\n\n日本 12,310\n\nスイス 8,005\n\n単位:億ドル\n\n中国が最も多い。",
                   date="2024-08-20", store=data)
    assert not [x for x in r if x["measure"] == "holdings_level"], r


# d948921: places said as "number" and a number word, and as 第 with arabic digits --------------------------------

_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def _rank(r: list[dict]) -> dict:
    got = [x for x in r if x["measure"] == "rank"]
    assert len(got) == 1, [(x["claim"], x["measure"]) for x in r]
    return got[0]


def _placed(loaded_store, month: str, lo: int, hi: int, names: dict) -> tuple[int, str]:
    order = list(_order(loaded_store, month).index)
    return next((i + 1, k) for i, k in enumerate(order) if k in names and lo <= i + 1 <= hi)


@pytest.mark.parametrize("month, template", [
    ("2020-10", "At the end of {m}, {who} ranked as the No. {n} foreign holder of U.S. government debt."),
    ("2015-12", "{who}, the U.S. government's number-{w} foreign creditor, added Treasuries in {m}."),
    ("2023-07", "{who} was the country's number {w} overseas lender in {m}, Treasury data showed."),
])
def test_a_place_past_five_in_other_words(month, template, data, loaded_store):
    place, who = _placed(loaded_store, month, 6, 12, _EN)
    p = pd.Period(month, "M")
    for n, verdict in ((place, "supported"), (place + 2, "contradicted")):
        said = template.format(who=_EN[who], n=n, w=_WORDS[n - 1], m=month_name(p))
        rec = _rank(check_text(said[0].upper() + said[1:], date=released(p), store=data))
        assert (rec["verdict"], rec["official_value"]) == (verdict, place), rec


@pytest.mark.parametrize("month, template", [
    ("2016-04", "{y}年{m}月時点で、{who}は米国第{n}の債権者となっている。"),
    ("2022-02", "{who}は{y}年{m}月、米国債の第{n}の保有国の地位を保った。"),
    ("2012-08", "米財務省によると、{y}年{m}月の第{n}の米国債保有国は{who}だった。"),
])
def test_dai_n_no_in_other_words(month, template, data, loaded_store):
    """Japanese: other holders, months and word orders, a place of two digits too ("米国第10の債権国"; before: a
    place past nine was not read)."""
    p = pd.Period(month, "M")
    for lo, hi in ((2, 6), (10, 12)):
        place, who = _placed(loaded_store, month, lo, hi, _JA)
        said = template.format(y=p.year, m=p.month, n=place, who=_JA[who])
        rec = _rank(check_text(said, date=released(p), store=data))
        assert (rec["verdict"], rec["official_value"]) == ("supported", place), (said, rec)


@pytest.mark.parametrize("text", [
    # before: read as Japan's place among holders and called contradicted (the arabic 第2の of d948921)
    "日本は5月、第2の債権者会議に参加した。",
    "中国は第2の債権国会議を主催した。",
    "Japan hosted the number-two creditor nations meeting in May.",
])
def test_a_body_of_creditors_is_no_place(text, data):
    """Must not fire: a meeting of creditors is no holder's place."""
    assert not [x for x in check_text(text, date="2024-07-20", store=data) if x["measure"] == "rank"]


@pytest.mark.parametrize("text", [
    "Japan lost its status as the world's largest creditor nation to Germany in 2024, the finance ministry said.",
    "Japan remained the world's top creditor nation for a 33rd straight year.",
    "日本は33年連続で世界最大の債権国となった。",
    "日本は対外純資産でドイツに次ぐ世界第2の債権国となった。",
    "Germany became the No. 1 creditor nation, overtaking Japan, whose net external assets totaled 471 trillion yen.",
])
def test_the_worlds_creditor_nations_are_no_tic_ranking(text, data):
    """Must not fire: a place among the world's creditor nations (net external assets, MoF each May) is not a place
    among TIC's holders of Treasuries (before: judged on TIC's table, Japan's "No. 2" and Germany's "No. 1" called
    contradicted)."""
    for x in check_text(text, date="2025-05-28", store=data):
        assert not (x["measure"] == "rank" and x["verdict"] != "unverifiable"), x


def test_the_us_largest_creditor_is_still_tics(data, loaded_store):
    """The guard above leaves TIC's own wording alone: "the largest foreign creditor of the United States"."""
    p = pd.Period("2024-03", "M")
    first = _order(loaded_store, "2024-03").index[0]
    rec = _rank(check_text(f"{_EN[first]} remained the largest foreign creditor of the United States in March 2024.",
                           date=released(p), store=data))
    assert rec["verdict"] == "supported", rec


# 0324ea7: the holder a bare overtaking verb or 代わって replaces ----------------------------------------------------


_ORD = {1: "largest", 2: "second-largest", 3: "third-largest", 4: "fourth-largest", 5: "fifth-largest"}
_ORD_JA = {1: "最大の", 2: "2位の", 3: "3位の", 4: "4位の", 5: "5位の"}
_SUBJ = {"united_kingdom": "United Kingdom", "japan": "Japan", "china_mainland": "China (mainland)",
         "luxembourg": "Luxembourg", "cayman_islands": "Cayman Islands", "belgium": "Belgium", "canada": "Canada"}


@pytest.mark.parametrize("winner, loser, after", [("japan", "china_mainland", "2016-09"),
                                                   ("cayman_islands", "luxembourg", "2021-01")])
def test_the_overtakers_place_in_other_words(data, ranks, winner, loser, after):
    p, place = rank_pass(ranks, winner, loser, after)
    w, lo, when = _EN[winner], _EN[loser], month_name(p)
    for text in (f"Purchases in {when} helped {w} outstrip {lo} and become the {_ORD[place]} foreign holder of "
                 f"Treasuries.",
                 f"In {when}, {w} managed to overtake {lo}, becoming the {_ORD[place]} holder of U.S. government debt.",
                 f"{w} was able to displace {lo} in {when} as the {_ORD[place]} foreign holder of Treasuries."):
        rec = claim_containing(check_text(text[0].upper() + text[1:], date=released(p), store=data), _ORD[place])
        assert (rec["subject"], rec["verdict"]) == (_SUBJ[winner], "supported"), (text, rec)


@pytest.mark.parametrize("winner, loser, after", [("japan", "china_mainland", "2016-09"),
                                                   ("cayman_islands", "luxembourg", "2021-01")])
def test_the_japanese_holder_replaced_in_other_words(data, ranks, winner, loser, after):
    p, place = rank_pass(ranks, winner, loser, after)
    w, lo, when = _JA[winner], _JA[loser], f"{p.year}年{p.month}月"
    for text in (f"{when}、{lo}に替わり{w}が米国債の{_ORD_JA[place]}保有国に浮上した。",
                 f"{w}は{when}、{lo}に代わって{_ORD_JA[place]}米国債保有国になった。",
                 f"{when}には{lo}に取って代わった{w}が{_ORD_JA[place]}保有国となった。"):
        rec = claim_containing(check_text(text, date=released(p), store=data), _ORD_JA[place])
        assert (rec["subject"], rec["verdict"]) == (_SUBJ[winner], "supported"), (text, rec)


def test_a_holder_that_did_not_pass_keeps_its_place(data, ranks):
    """Must not fire: a bare verb that names no overtaking done ("failed to overtake", "is expected to pass") leaves
    the place with the holder that holds it."""
    p, _ = rank_pass(ranks, "japan", "china_mainland", "2016-09")
    q = p - 1  # the month before the pass: China first, Japan second
    c = int(ranks.loc[q, "china_mainland"])
    for text in (f"In {month_name(q)}, China stayed the {_ORD[c]} holder of Treasuries as Japan failed to overtake it.",
                 f"{q.year}年{q.month}月、中国は{_ORD_JA[c]}保有国の座を守った。日本が中国に代わるかが焦点だ。"):
        rec = claim_containing(check_text(text, date=released(q), store=data), _ORD[c] if "In" in text else _ORD_JA[c])
        assert (rec["subject"], rec["verdict"]) == ("China (mainland)", "supported"), (text, rec)


# d89fcfa: the run gate --------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def japan_moves(data):
    s = data.series("tic.holdings.japan").dropna().diff()
    # Japan's holdings: fell in 2024-04..06, rose in 2024-07 and 2024-08
    assert (s[pd.period_range("2024-04", "2024-06", freq="M")] < 0).all()
    assert (s[pd.period_range("2024-07", "2024-08", freq="M")] > 0).all()
    return s


def _run(data, text: str, date: str = "2024-11-20") -> dict:
    out = [r for r in check_text(text, date=date, store=data) if r["measure"] in ("streak", "streak_before")]
    assert len(out) == 1, [(r["claim"], r["measure"]) for r in check_text(text, date=date, store=data)]
    return out[0]


@pytest.mark.parametrize("text", [
    "Japan's Treasury holdings declined for the third month running in August 2024.",
    "In August 2024 Japan reduced its stockpile of U.S. government bonds for a fourth successive month.",
    "日本の米国債保有残高は2024年8月、4か月連続で減った。",
    "日本の米国債保有額は2024年8月に5ヶ月連続の減少となった。",
])
def test_a_run_against_the_month_in_other_words(data, japan_moves, text):
    rec = _run(data, text)
    assert rec["verdict"] == "unverifiable" and "run_against_period" in rec["flags"], rec["explanation"]


@pytest.mark.parametrize("text", [
    "Japan's Treasury holdings declined for the third month running in June 2024.",
    "日本の米国債保有残高は2024年6月、3か月連続で減った。",
])
def test_a_run_that_holds_in_other_words(data, japan_moves, text):
    assert _run(data, text)["verdict"] == "supported"


def test_a_run_claimed_the_other_way_stays_contradicted(data, japan_moves):
    """Must not fire: the gate is for a run the month goes against, not for a run whose month agrees but is short
    ("a fourth straight rise" in August 2024: rises in July and August only, a run of two)."""
    rec = _run(data, "Japan's holdings of Treasuries rose for a fourth straight month in August 2024.")
    assert (rec["verdict"], rec["official_value"]) == ("contradicted", 2), rec["explanation"]


# a701611: the span gate -------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def since_december(data) -> float:
    """Japan's change in holdings from December 2023 to March 2024, far from March's alone."""
    jp = data.series("tic.holdings.japan").dropna()
    v = round(float(jp[pd.Period("2024-03", "M")] - jp[pd.Period("2023-12", "M")]), 1)
    assert abs(v - float(jp[pd.Period("2024-03", "M")] - jp[pd.Period("2024-02", "M")])) > 20
    return v


def _change(data, text: str, date: str = "2024-05-20") -> dict:
    out = [r for r in check_text(text, date=date, store=data) if r["measure"] in ("holdings_change", "flow")]
    assert len(out) == 1, out
    return out[0]


@pytest.mark.parametrize("wording", [
    "Japan's holdings of Treasuries have risen ${v} billion since the start of the year, Treasury data showed.",
    "Over the past three months, Japan added ${v} billion of Treasuries to its holdings.",
    "日本は今年に入って米国債を{oku}億ドル買い増した。",
    "日本の米国債保有額は年初来で{oku}億ドル増えた。",
])
def test_a_span_in_other_words_is_not_a_months_error(data, since_december, wording):
    rec = _change(data, wording.format(v=since_december, oku=round(since_december * 10)))
    assert rec["verdict"] != "contradicted", rec["explanation"]


@pytest.mark.parametrize("text, phrase", [
    # must not fire: "since last month" / "since last week" is the period's own change, not a span
    ("Japan's holdings of Treasuries rose $20.5 billion since last month.", ""),
    ("Japanese investors have bought ¥500 billion of foreign bonds since last week.", ""),
    ("Japan's holdings of Treasuries rose $20.5 billion since last year.", "since last"),
    ("Japan's holdings of Treasuries have risen $20.5 billion since the start of the year.", "since the start of the year"),
])
def test_since_last_month_is_one_period(text, phrase):
    from ustflow.check.claims import Claim
    from ustflow.check.span_gate import stated_span
    from ustflow.check.text import Sentence

    fig = next(f for f in ("$20.5 billion", "¥500 billion") if f in text)
    c = Claim(Sentence(text, 0, 0), "amount", (text.index(fig), text.index(fig) + len(fig)))
    assert stated_span(c) == phrase


@pytest.mark.parametrize("text", ["日本の投資家は2024年5月、対外中長期債を3兆2000億円買い越し、昨年以降で最大となった。",
                                  "日本の投資家は2024年5月に外国債券を3兆2000億円買い越した。2月以降で最も多い。"])
def test_a_japanese_record_after_its_since_is_no_span(data, text):
    """Must not fire: "昨年以降で最大", "2月以降で最も多い" are a record's look-back, written after the phrase in
    Japanese (the English "the most since" was handled, not the Japanese order); a wrong May flow stays contradicted."""
    flow = data.series("mof.monthly.assets.lt_debt.net").dropna()[pd.Period("2024-05", "M")]
    assert 20000 < flow < 25000
    rec = _change(data, text, "2024-07-20")
    assert as_read(rec) == "contradicted" and "span_not_read" not in rec["flags"], rec["explanation"]


# d82fc4d: a story dated by the latest week it names, from MoF's release calendar -----------------------------------

@pytest.mark.parametrize("text, sat, holiday", [
    # Golden Week 2019: Thursday 2 May was a Tokyo holiday (the ten-day break)
    ("Japanese investors sold a net ¥1.1 trillion of foreign bonds in the week to April 27, 2019, MoF data showed.",
     "2019-04-27", True),
    ("Foreigners bought Japanese stocks in the week that ended on Saturday, April 28, 2018.", "2018-04-28", True),
    ("Residents were net buyers of overseas debt in the week through Dec. 30, 2023.", "2023-12-30", False),
    # a week named by its Friday: the Saturday that closes it
    ("Japan's investors bought foreign bonds for the week ended Friday, April 4, 2025.", "2025-04-05", False),
])
def test_a_week_dates_the_story_in_other_words(text, sat, holiday):
    from datetime import date, timedelta

    from ustflow.check import prepare
    from ustflow.check.windows import release_date

    want = release_date("mof.weekly", date.fromisoformat(sat))
    assert (want > date.fromisoformat(sat) + timedelta(days=5)) == holiday  # the calendar, not a fixed Thursday
    _, pub = prepare(text)
    assert pub.date == want, pub.how


def test_a_japanese_runs_verb_gives_its_direction(data, japan_moves):
    """"2か月連続で減った" in August 2024 (two rises) is false (before: the direction was not read from 減った, the run of
    rises the series had was counted, and the claim called supported)."""
    assert _run(data, "日本の米国債保有残高は2024年8月、2か月連続で減った。")["verdict"] == "contradicted"
    assert _run(data, "日本の米国債保有残高は2024年8月、2か月連続で増えた。")["verdict"] == "supported"


# landed later this session: cab264c (two places to two holders), 6c0ab2c (a peak named by its figure) -------------

def test_two_counts_of_something_else_are_no_places(data):
    """Must not fire: "the fourth and fifth consecutive months" after two holders counts runs, not places (before:
    read as Japan fourth and China fifth among holders and called contradicted)."""
    r = check_text("Japan and China reduced their holdings for the fourth and fifth consecutive months, respectively, "
                   "in May.", date="2024-07-20", store=data)
    assert not [x for x in r if x["measure"] == "rank"], r


def test_two_places_in_other_words(data, loaded_store):
    order = _order(loaded_store, "2024-05")
    (a, _), (b, _) = list(order.items())[3:5]
    said = f"{_EN[a]} and {_EN[b]} ranked fourth and fifth among foreign holders of Treasuries in May 2024."
    got = {x["subject"]: x["verdict"] for x in check_text(said, date="2024-07-20", store=data) if x["measure"] == "rank"}
    assert set(got.values()) == {"supported"} and len(got) == 2, got


def test_a_record_high_named_by_its_figure_after_below(data, loaded_store):
    jp = series("tic.holdings.japan", loaded_store)
    p, top = pd.Period("2024-05", "M"), jp[jp.index <= pd.Period("2024-05", "M")].max()
    r = check_text(f"Japan's holdings stood at ${jp[p] / 1000:.3f} trillion in May, below the record high of "
                   f"${top / 1000:.2f} trillion.", date="2024-07-20", store=data)
    assert not [x for x in r if x["verdict"] == "contradicted"], r


@pytest.mark.parametrize("text", ["中国が外貨準備を1000億ドル減らした。", "中国が米国からの輸入を130億ドル減らした。"])
def test_a_holder_set_with_ga_moving_something_else(data, text):
    """Must not fire (0ba1ded's が as は): a country with が moving its reserves or its imports is no Treasury move."""
    assert not [x for x in check_text(text, date="2024-07-20", store=data) if x["measure"].startswith("holdings")]
