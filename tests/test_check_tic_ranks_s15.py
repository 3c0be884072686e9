"""Session 15 (tic-ranks): readings of TIC holders' runs, records and changes that called true claims contradicted,
made general (issue 13). Each rule is tried on invented sentences in several wordings (other holders, months, word
order, English and Japanese) and on at least one sentence where it must not fire. Expected values are the store's own.

- a run counted from the month a since-clause names ("4月に売却して以来、2ヶ月連続で": April and May; ``run_starts``);
- a Japanese "first time in N months" of an act with its object between ("3カ月ぶりに米国債を売り越し": a fall, not
  the rank named in the sentence) and "Nヶ月ぶりに最安値を更新" (the lowest in N months, the window-start reading);
- "AがBを逆転し首位": the holder overtaken (を) is no subject of the place;
- "the highest in the last 10 months, when it reached $X in September 2021": the when-clause's figure and month are
  the earlier time's, not the superlative's;
- a holder named in a clause of its own after a claim ("..., and comes as foreign ownership hits records") is not
  its subject;
- a starting level whose sentence names no level reached ("a decline from the peak of $1.32 trillion in November
  2013, a reduction of roughly 41%"; "2021年11月に記録した過去最大の1兆3300億ドルから約10%減少"): its month is the
  change's base, the change ends at the story's time.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tests.helpers import by_claim, month_name, oku, released, series
from ustflow.check.extract import extract
from ustflow.check.qualifiers_ja import _ja_direction
from ustflow.check.text import split_sentences
from ustflow.views.check import check_text


def _moves(store, slug: str) -> pd.Series:
    s = series(f"tic.holdings.{slug}", store)
    d = s.diff()
    # like-for-like steps only: consecutive months, clear moves (a benchmark month's step may differ by a little)
    ok = [p for p in d.index[1:] if (p - 1) in s.index]
    return d[ok]


def _months(d: pd.Series, pattern: list[int], after: str = "2012-01") -> list:
    """Months m (the last of ``pattern``) whose moves to m have the signs of ``pattern``, each move over $2 billion."""
    out = []
    idx = [p for p in d.index if p >= pd.Period(after, "M")]
    for i in range(len(pattern) - 1, len(idx)):
        ps = idx[i - len(pattern) + 1:i + 1]
        if any((b - a).n != 1 for a, b in zip(ps, ps[1:])):
            continue
        if all(d[p] * sg > 2.0 for p, sg in zip(ps, pattern)):
            out.append(ps[-1])
    return out


# a run counted from the month a since-clause names ------------------------------------------------------------------

@pytest.mark.parametrize("slug, text", [
    ("japan", "この動きは、日本が{m}月に{x}を売却して以来、2ヶ月連続で米国債保有を減らしたことを意味する。"),
    ("china_mainland", "中国は{m}月に米国債保有を減らして以来、2カ月連続で保有額を減らし、{lv}となった。"),
    ("japan", "Since selling Treasuries in {month}, Japan has cut its holdings for a second straight month."),
])
def test_a_run_from_the_month_of_a_since_clause(data, loaded_store, slug, text):
    d = _moves(loaded_store, slug)
    end = _months(d, [1, -1, -1])[0]  # a rise, then two falls: the run of two began the month before ``end``
    start = end - 1
    sent = text.format(m=start.month, x=oku(d[start]), month=start.strftime("%B"),
                       lv=oku(series(f"tic.holdings.{slug}", loaded_store)[end]))
    recs = check_text(sent, date=released(end), store=data)
    rec = next(r for r in recs if r["measure"] == "streak")
    assert (rec["verdict"], rec["official_period"], rec["official_value"]) == ("supported", str(end), 2.0), rec


def test_a_month_named_outside_a_since_clause_ends_the_run(data, loaded_store):
    # must not fire: "in April, ... a second straight month" is a run to April
    d = _moves(loaded_store, "japan")
    end = _months(d, [1, -1, -1])[0]
    start = end - 1
    recs = check_text(f"In {start.strftime('%B')}, Japan cut its holdings for a second straight month.",
                      date=released(end), store=data)
    rec = next(r for r in recs if r["measure"] == "streak")
    assert (rec["verdict"], rec["official_period"]) == ("contradicted", str(start)), rec


# Japanese "first in N months" of an act, and "Nヶ月ぶりに最安値" ----------------------------------------------------

@pytest.mark.parametrize("after, want", [
    ("に米国債を売り越し", -1),
    ("に日本株を買い越した", 1),
    ("で米国債を売り越し", -1),
    ("の売り越し", -1),
    ("に首位に返り咲いた", None),  # must not fire: a place, no act
    ("に最高値を付けた", None),
])
def test_the_act_after_a_first_with_its_object(after, want):
    assert _ja_direction(after) == want


@pytest.mark.parametrize("text", [
    "保有高第2位の中国は{n}カ月ぶりに米国債を売り越し、保有高は{lv}となった。",
    "中国は{n}カ月ぶりに米国債を売り越し、保有額は{lv}に減った。外国勢で2位の保有国である。",
    "外国勢2位の中国が{n}カ月ぶりに米国債を売り越し、保有残高は{lv}だった。",
])
def test_a_first_sale_in_n_months_next_to_a_rank(data, loaded_store, text):
    d = _moves(loaded_store, "china_mainland")
    end = _months(d, [-1, 1, 1, -1])[0]  # the first fall in three months
    recs = check_text(text.format(n=3, lv=oku(series("tic.holdings.china_mainland", loaded_store)[end])),
                      date=released(end), store=data)
    rec = next(r for r in recs if "カ月ぶり" in r["claim"])
    assert (rec["verdict"], rec["official_period"]) == ("supported", str(end)), rec


def _lows(store, slug: str):
    """Months whose level is the lowest since k months before, for k = the months back to the last at or below it."""
    s = series(f"tic.holdings.{slug}", store)
    s = s[s.index >= pd.Period("2012-01", "M")]
    out = {}
    for i, p in enumerate(s.index):
        prev = s.iloc[:i]
        met = prev[prev <= s[p]]
        if not met.empty and (p - met.index[-1]).n not in out and 4 <= (p - met.index[-1]).n <= 14 and \
                all((b - a).n == 1 for a, b in zip(s.index[i - 15:i], s.index[i - 14:i + 1])):
            out[(p - met.index[-1]).n] = p
    return out


@pytest.mark.parametrize("text", [
    "中国の米国債保有額は{m}月、{n}ヶ月ぶりに最安値を更新した。",
    "{m}月末の中国の保有額は{n}カ月ぶりの最安値となった。",
    "中国は{m}月に保有を減らし、{n}か月ぶりに最安値を更新するも、依然2位の保有国である。",
])
def test_the_lowest_in_n_months_reaches_back_to_the_window_start(data, loaded_store, text):
    lows = _lows(loaded_store, "china_mainland")
    gap = min(k for k in lows if k - 1 in range(4, 15))
    p = lows[gap]
    for n, want in ((gap, "supported"), (gap - 1, "supported"), (gap - 3, "contradicted")):
        recs = check_text(text.format(m=p.month, n=n), date=released(p), store=data)
        rec = next(r for r in recs if "ぶり" in r["claim"])
        assert (rec["verdict"], rec["official_period"]) == (want, str(p)), (n, rec)


# "AがBを逆転し首位" ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, slug, rank", [
    ("6月末時点の米国債保有国のトップはついに日本が中国を逆転し首位となった。", "japan", 1),
    ("6月末時点で日本は中国を逆転して首位に立った。", "japan", 1),
    ("英国が中国を逆転し、2位に浮上した。", "united_kingdom", 2),
    ("今年6月、中国の米国債保有額は日本を越え、再びアメリカ最大の債権国となった。", "china_mainland", 1),
    ("英国の保有額は中国を超えて2位となった。", "united_kingdom", 2),
])
def test_the_holder_overtaken_is_no_subject(text, slug, rank):
    cl = [c for c in extract(split_sentences(text), ref=date(2019, 8, 17)) if c.kind == "rank"]
    assert cl and cl[0].subject.slug == slug, [(c.text, c.subject) for c in cl]


def test_a_holder_that_overtook_stays_the_subject():
    # must not fire: "中国を逆転した日本" – the holder after the clause is the subject, China is still not
    cl = [c for c in extract(split_sentences("中国を逆転した日本は首位となった。"), ref=date(2019, 8, 17))
          if c.kind == "rank"]
    assert cl and cl[0].subject.slug == "japan"


# "the highest in N months, when it reached $X in <month>" ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Saudi Arabia's holdings rose to ${v} billion at the end of {m}, the highest level recorded in the last {n} months, "
    "when it reached ${w} billion in {m0}.",
    "Saudi holdings climbed to ${v} billion in {m}, their highest in {n} months, when they stood at ${w} billion in {m0}.",
    "In {m}, Saudi Arabia held ${v} billion, the most in {n} months, when holdings were ${w} billion in {m0}.",
])
def test_a_when_clause_after_a_look_back_is_the_earlier_time(data, loaded_store, text):
    s = series("tic.holdings.saudi_arabia", loaded_store)
    p, p0 = pd.Period("2022-07", "M"), pd.Period("2021-09", "M")
    sent = text.format(v=f"{s[p]:.1f}", m=p.strftime("%B"), n=(p - p0).n, w=f"{s[p0]:.1f}", m0=month_name(p0))
    recs = check_text(sent, date="2022-09-25", store=data)
    rec = next(r for r in recs if r["measure"] == "extreme")
    assert rec["official_period"] == str(p), rec
    assert rec["verdict"] == "supported", rec


def test_a_record_inside_the_when_clause_keeps_its_figure():
    # must not fire: the qualifier is in the when-clause itself, its figure is its host
    text = "Holdings fell to $7.4 trillion in May, down from April, when they reached a record $7.6 trillion."
    q = [c for c in extract(split_sentences(text), ref=date(2024, 7, 20)) if c.kind == "qualifier"]
    assert q and q[0].host is not None and q[0].host.amount.text == "$7.6 trillion"


# a holder named in a clause of its own after the claim ----------------------------------------------------------------

@pytest.mark.parametrize("second", [
    "This is the lowest level since 2008 and comes as foreign ownership of US debt hits record highs.",
    "That was the lowest level since 2008, while Japan and the UK added to their stakes.",
    "It is the lowest since 2008, as foreign holdings overall reached a record.",
])
def test_a_later_clause_holder_is_no_subject(data, loaded_store, second):
    s = series("tic.holdings.china_mainland", loaded_store)
    p = pd.Period("2025-11", "M")
    text = f"China's holdings fell to ${s[p]:.1f} billion in November. {second}"
    recs = check_text(text, date="2026-01-17", store=data)
    rec = next(r for r in recs if r["measure"] == "extreme")
    assert rec["series"] == "tic.holdings.china_mainland", rec


def test_a_holder_named_for_the_claim_stays():
    # must not fire: no clause between ("the lowest level since 2008 for China")
    text = "This is the lowest level since 2008 for China."
    q = [c for c in extract(split_sentences(text), ref=date(2026, 1, 17)) if c.kind == "qualifier"]
    assert q and q[0].subject is not None and q[0].subject.slug == "china_mainland"


# a starting level whose sentence names no level reached ------------------------------------------------------------

@pytest.mark.parametrize("second", [
    "This represents a dramatic decline from the peak of ${top} trillion in November 2013, a reduction of roughly "
    "{pct}% over 11 years, bringing Chinese holdings to their lowest level since 2009.",
    "That is down from a record ${top} trillion in November 2013, a fall of about {pct}%, leaving China's holdings "
    "at their lowest level since 2009.",
    "It marks a slide from ${top} trillion in November 2013, a drop of some {pct}%, and China's holdings are at their "
    "lowest level since 2009.",
])
def test_a_start_with_no_level_reached_is_the_change_base(data, loaded_store, second):
    s = series("tic.holdings.china_mainland", loaded_store)
    p, p0 = pd.Period("2024-10", "M"), pd.Period("2013-11", "M")
    pct = round((s[p0] - s[p]) / s[p0] * 100)
    text = f"China held ${s[p]:.1f} billion of Treasuries as of October 2024. " + \
        second.format(top=f"{s[p0] / 1000:.2f}", pct=pct)
    recs = check_text(text, date="2025-01-01", store=data)
    rec = by_claim(recs, next(r["claim"] for r in recs if r["claim"].endswith(f"{pct}%")))
    assert rec["official_period"] == f"{p0} to {p}", rec
    assert rec["verdict"] == "supported", rec
    low = next(r for r in recs if "since 2009" in r["claim"])
    assert low["official_period"] == str(p), low


def test_a_start_paired_with_a_level_keeps_its_reading(data, loaded_store):
    # must not fire: "to $X in May from $Y in April, a gain of Z%" – the pair's periods as before
    s = series("tic.holdings.japan", loaded_store)
    p = pd.Period("2024-05", "M")
    text = f"Japan's holdings fell to ${s[p]:.1f} billion in May from ${s[p - 1]:.1f} billion in April."
    recs = check_text(text, date="2024-07-20", store=data)
    assert by_claim(recs, f"${s[p]:.1f} billion")["official_period"] == str(p)


@pytest.mark.parametrize("text", [
    "日本の米国債保有残高は2021年11月に記録した過去最大の{top}から約{pct}%減少した。",
    "日本の保有残高は、2021年11月に付けた最高の{top}から約{pct}%減った。",
    "日本の保有額は2021年11月に記録したピークの{top}から{pct}%程度減少している。",
])
def test_a_japanese_recorded_start_is_the_change_base(data, loaded_store, text):
    s = series("tic.holdings.japan", loaded_store)
    p, p0 = pd.Period("2022-08", "M"), pd.Period("2021-11", "M")
    pct = round((s[p0] - s[p]) / s[p0] * 100)
    recs = check_text(text.format(top=oku(s[p0]), pct=pct), date="2022-10-18", store=data)
    rec = next(r for r in recs if r["claim"].endswith("%") or "%" in r["claim"])
    assert rec["official_period"] == f"{p0} to {p}", rec
    assert rec["verdict"] == "supported", rec


# a relative year set as the topic ("昨年は…") is that year, not the year before it ------------------------------------

@pytest.mark.parametrize("text, year", [
    ("また昨年は2位の日本と3位の英国が米国債を大幅に買い増した。", 2010),
    ("昨年は日本が2位の保有国だった。", 2010),
    ("昨年は英国が3位に浮上した。", 2010),
    ("2010年は2位の日本が米国債を買い増した。", 2010),  # must not fire: a year in digits was always read so
])
def test_a_relative_year_topic_is_its_own_year(text, year):
    ranks = [c for c in extract(split_sentences(text), ref=date(2011, 2, 25)) if c.kind == "rank"]
    assert ranks and all(c.period is not None and c.period.start.year == year for c in ranks), \
        [(c.text, c.period) for c in ranks]


# "dropped Treasuries worth $X": the securities moved, then their worth (a move, not a level) -------------------------

@pytest.mark.parametrize("text", [
    "China Dropped US Treasuries Worth $21 billion in May.",
    "China sold U.S. Treasuries worth $21 billion in May.",
    "China offloaded American debt worth about $21 billion in May.",
    "Japan dumped US bonds worth $21 billion in May.",
])
def test_securities_worth_a_figure_after_a_move_is_a_move(text):
    from ustflow.check.roles import figure_role

    c = next(c for c in extract(split_sentences(text), ref=date(2023, 7, 20)) if c.kind == "amount")
    assert figure_role(c, c.sentence.text) in ("flow", "change")


@pytest.mark.parametrize("text", [
    "China holds US Treasuries worth $778 billion.",
    # a translation's "acquiring" is holding: "ranked first by acquiring US bonds worth $121.1 billion, compared to ..."
    "Saudi Arabia ranked first in the Arab world by acquiring US bonds worth $121.1 billion, compared to $121 billion "
    "last September.",
])
def test_holdings_worth_a_figure_stay_a_level(text):
    # must not fire: no shedding before the securities
    from ustflow.check.roles import figure_role

    c = next(c for c in extract(split_sentences(text), ref=date(2022, 12, 18)) if c.kind == "amount")
    assert figure_role(c, c.sentence.text) == "level"


# a figure in a "with"/"as" clause about another holder hosts no superlative of the main clause -------------------

@pytest.mark.parametrize("text", [
    "Foreign demand for U.S. Treasury securities fell by the largest amount on record in December with China reducing "
    "its holdings by $34.2 billion.",
    "Overall foreign holdings posted their biggest drop since 2016 in May, as Japan cut its stake by $20 billion.",
    "Total holdings rose the most in a year in March, while Belgium added $15 billion.",
])
def test_a_with_clause_figure_is_no_host(text):
    q = next(c for c in extract(split_sentences(text), ref=date(2024, 7, 20)) if c.kind == "qualifier")
    assert q.host is None or q.host.subject is None or q.host.subject.slug not in ("china_mainland", "japan", "belgium")


def test_a_with_clause_of_the_same_holder_keeps_its_host():
    # must not fire: the with-clause is about the holder of the main clause
    text = "China's holdings posted the largest fall on record in December with China reducing its holdings by $34.2 billion."
    q = next(c for c in extract(split_sentences(text), ref=date(2010, 2, 20)) if c.kind == "qualifier")
    assert q.host is not None and q.host.amount.text == "$34.2 billion"


# numbered places said in the world beside a group named for another phrase ----------------------------------------

@pytest.mark.parametrize("text, who", [
    ("Saudi Arabia ranks 17th in the world among holders of US Treasuries, and comes at the forefront of the Arab "
     "countries, followed by the Emirates, in the 27th place globally with $48 billion, and then Kuwait with $45 billion, in "
     "29th, over the world.", {"saudi_arabia": 17, "united_arab_emirates": 27, "kuwait": 29}),
    ("Kuwait ranked 26th globally among holders of US Treasuries with $49 billion and led the Gulf countries.",
     {"kuwait": 26}),
    ("Among the Arab countries, Saudi Arabia came first with $120 billion of US Treasuries; it ranks 16th worldwide.",
     {"saudi_arabia": 16}),
])
def test_world_places_beside_a_group(text, who):
    from ustflow.check.place_frames import GROUP_PLACE

    ranks = [c for c in extract(split_sentences(text), ref=date(2022, 1, 19)) if c.kind == "rank" and c.rank in who.values()]
    assert ranks and all(GROUP_PLACE not in c.notes for c in ranks), [(c.text, c.rank, c.notes) for c in ranks]
    assert {c.subject.slug: c.rank for c in ranks if c.subject is not None} == who


@pytest.mark.parametrize("text, rank", [
    ("Saudi Arabia ranked 16th globally among holders of US Treasuries, while Kuwait ranked second among the Arab "
     "countries with $49 billion.", 2),
    ("Among the Arab countries, Saudi Arabia came first with $120 billion of US Treasuries; it ranks 16th worldwide.", 1),
])
def test_a_place_in_its_group_stays_grouped(text, rank):
    # must not fire: the group place has no world word of its own
    from ustflow.check.place_frames import GROUP_PLACE

    ranks = [c for c in extract(split_sentences(text), ref=date(2022, 1, 19)) if c.kind == "rank" and c.rank == rank]
    assert ranks and GROUP_PLACE in ranks[0].notes, [(c.text, c.rank, c.notes) for c in ranks]


# "過去最高を記録した前月": the record is the month named after it, and that month is no context for the figures after ----

@pytest.mark.parametrize("text", [
    "海外投資家による米国債保有高は、過去最高を記録した前月から2500億ドル超減少し、6兆9500億ドルになった。",
    "外国勢の米国債保有額は過去最高をつけた前月から2500億ドル超減り、6兆9500億ドルとなった。",
    "海外勢の保有残高は、過去最高を更新した前月から2500億ドル超の減少となった。",
])
def test_a_record_of_the_month_before(data, loaded_store, text):
    s = series("tic.holdings.grand_total", loaded_store)
    p = pd.Period("2020-03", "M")
    assert s[p - 1] == s[s.index <= p].max()  # the store's own fact: February 2020 was the record
    recs = check_text(text, date="2020-05-15", store=data)
    rec = next(r for r in recs if r["measure"] == "extreme")
    assert (rec["verdict"], rec["official_period"]) == ("supported", str(p - 1)), rec
    move = by_claim(recs, next(r["claim"] for r in recs if r["claim"].startswith("2500")))
    assert move["official_period"] == f"{p - 1} to {p}", move


def test_a_record_set_by_the_figure_itself():
    # must not fire: "過去最高を記録した。" names no month after the record: the figure's own
    from ustflow.check.attach import ja_was_period

    text = "日本の保有額は1兆2710億ドルと過去最高を記録した。"
    q = next(c for c in extract(split_sentences(text), ref=date(2020, 5, 15)) if c.kind == "qualifier")
    assert ja_was_period(q.sentence.text, q.span, []) is None and (q.period is None or q.period.label != "前月")

# a percent move in a sentence that refers back to the holdings told before; "in two months", "2か月で" as its span --

def _pct(store, slug, p0, p):
    s = series(f"tic.holdings.{slug}", store)
    return (s[p] - s[p0]) / s[p0] * 100


@pytest.mark.parametrize("text, back", [
    ("Russia's holdings of US Treasuries fell to ${v} billion in March. That is a {x}% drop in two months.", 2),
    ("ロシアの米国債保有高は3月に{ja}へ減少した。2か月で{x}%の減少です。", 2),
    ("Russia's holdings of US Treasuries fell to ${v} billion in March. The figures indicate a {x} percent decline "
     "in three months.", 3),
])
def test_a_percent_move_that_refers_back(data, loaded_store, text, back):
    p = pd.Period("2014-03", "M")
    s = series("tic.holdings.russia", loaded_store)
    x = round(abs(_pct(loaded_store, "russia", p - back, p)))
    recs = check_text(text.format(v=f"{s[p]:.1f}", ja=oku(s[p]), x=x), date="2014-05-20", store=data)
    rec = by_claim(recs, next(r["claim"] for r in recs if r["claim"].startswith(str(x))))
    assert (rec["series"], rec["official_period"]) == ("tic.holdings.russia", f"{p - back} to {p}"), rec
    assert rec["verdict"] == "supported", rec


def test_an_annual_increase_that_refers_back(data, loaded_store):
    p = pd.Period("2024-05", "M")
    s = series("tic.holdings.saudi_arabia", loaded_store)
    x = _pct(loaded_store, "saudi_arabia", p - 12, p)
    text = f"May saw Saudi Arabia's holdings of US Treasuries rise to ${s[p]:.1f} billion. The figures indicate an " \
        f"annual increase of {x:.2f} percent."
    rec = by_claim(check_text(text, date="2024-07-22", store=data), f"{x:.2f} percent")
    assert (rec["verdict"], rec["official_period"]) == ("supported", f"{p - 12} to {p}"), rec


@pytest.mark.parametrize("text", [
    "Russia's holdings of US Treasuries fell to $100.4 billion in March. A 24% drop in two months would be rare.",
    "Russia's holdings of US Treasuries fell to $100.4 billion in March. That is 24% of its reserves.",
])
def test_a_percent_that_does_not_refer_back_to_a_move(data, text):
    # must not fire: no demonstrative pointing back, or no move
    rec = by_claim(check_text(text, date="2014-05-20", store=data), "24%")
    assert rec["official_period"] is None or rec.get("measure") != "holdings_pct" or rec["verdict"] != "supported", rec


@pytest.mark.parametrize("text", ["the highest in two months", "it will mature in two months", "3か月で最大の減少",
                                  "2カ月連続で減少", "2カ月間で合計9兆1881億円の円買い介入"])
def test_no_span_without_a_move_before_it(text):
    from ustflow.check.period_grammar import Resolver

    assert Resolver(date(2014, 5, 20)).find(text) == []


# a figure told as the gap below a record: the fall from the record's month ----------------------------------------

@pytest.mark.parametrize("slug, p, p0, text", [
    ("ireland", "2016-03", "2015-12", "Investors in Ireland owned ${v:.1f} billion of Treasuries at the end of March -- "
                                      "less than ${gl} billion off a record high of ${r:.1f} billion in December."),
    ("japan", "2024-05", "2021-11", "Japan's holdings of US Treasuries stood at ${v:.1f} billion in May 2024, about "
                                    "${g} billion below their peak of ${r:.1f} billion in November 2021."),
    ("china_mainland", "2024-10", "2013-11", "China held ${v:.1f} billion of Treasuries in October 2024, some ${g} "
                                             "billion short of its record of ${r:.1f} billion in November 2013."),
])
def test_a_gap_below_a_record(data, loaded_store, slug, p, p0, text):
    s = series(f"tic.holdings.{slug}", loaded_store)
    p, p0 = pd.Period(p, "M"), pd.Period(p0, "M")
    g = s[p0] - s[p]
    sent = text.format(v=s[p], r=s[p0], g=round(g), gl=int(g) + 1)
    recs = check_text(sent, date=released(p), store=data)
    rec = next(r for r in recs if r["claim"].endswith(f"{round(g)} billion") or r["claim"].endswith(f"{int(g) + 1} billion"))
    assert (rec["verdict"], rec["official_period"]) == ("supported", f"{p0} to {p}"), rec


@pytest.mark.parametrize("text", [
    "China's holdings were $10 billion below Japan's in June.",
    "Japan's holdings were $20 billion off a record high.",  # no month of the record: no base
])
def test_no_record_gap_without_a_record_month(text):
    # must not fire
    c = next(c for c in extract(split_sentences(text), ref=date(2024, 8, 20)) if c.kind == "amount")
    assert c.base_period is None
