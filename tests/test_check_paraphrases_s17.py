"""Generality audit (issue 13) of session 17's checker rules (landed since b652254): paraphrases of the facts each
rule reads, as another reporter would write them, and must-not-fire cases on text the rule was not written for.

- a964c84c (``ja_unit_words``, a move of the yen told in yen): other qualifiers ("5円強", "2円弱"), other subjects
  ("円は", "ドルは", "ドル円相場"); must not fire: a price that rose "because of" the weak yen ("円安の影響で、コーヒー
  1杯が20円値上がりした" was read as a 20-yen move of the exchange rate before this audit).
- 7c2af6e1 (``bop._nearest_item``, "a deficit of ¥X in goods trade"): other possessives ("in its", "in the country's"
  goods trade); must not fire: receipts named after the figure ("¥X in travel receipts").
- 2f97db52 (``period_gate``): other relative phrases set aside, other ways of naming the year kept.
- aa9be1cc (``numbers._currency_after``): other verbs and word orders; must not fire: a yen amount of another
  quantity later in the sentence signs no verdict.
- 1e4462ca (``holder_runs``): other verbs, Japanese with a dated start; must not fire: a run of another instrument in
  a sentence that names Treasuries elsewhere ("Japan, which holds more Treasuries than any other country, has sold
  Japanese stocks for five straight months" was contradicted on Japan's Treasury holdings before this audit).
- f056d2ea (``bop_topic.names_topic``): other frames of a period ("上半期では"); must not fire: a product's frame
  ("自動車では" was judged, and contradicted, as the trade balance before this audit).
- 6cbaddce (``ja_unit_words``, 億 dropped): other wordings of the slip; must not fire: a sum in another clause beside a
  balance's words ("旅行収支の黒字が拡大し、訪日客の飲食費は平均4,035円" was a unit slip of the travel balance before).
- a15f0d16 ("the last time <holder> held the largest place"): other names of the place and verbs; must not fire: a
  largest amount that is no place.

Each test names the commit it probes. Invented sentences; facts and expected values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import bop_series, bop_span, by_claim, claim_containing, holdings_run, series, yen_billion, yen_oku
from ustflow.views.check import check_text


def _fx_moves(recs: list[dict]) -> list[dict]:
    return [r for r in recs if r["measure"] == "fx_change" and r["claim"].endswith(tuple("円以上超強弱近くあまり程度"))]


# -- a964c84c: a move of the yen told in yen ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, figure", [
    ("円相場は対ドルで一時5円あまり急騰した。", "5円あまり"),
    ("円は一時、4円超も上昇し、為替介入への警戒が広がった。", "4円超"),
    ("ドル円相場は一時3円程度下落した。", "3円程度"),
    ("円は一時5円強急伸した。", "5円強"),  # 強: a little more than (read as 'above' since this audit)
    ("ドルは一時2円弱下落した。", "2円弱"),  # 弱: a little less than
])
def test_s17_a_move_of_the_yen_in_yen_paraphrased(data, text, figure):
    """a964c84c: other subjects and qualifiers of a move within the day; never judged on noon rates."""
    rec = claim_containing(check_text(text, date="2022-10-31", store=data), figure)
    assert rec["measure"] == "fx_change" and rec["verdict"] == "unverifiable", rec


@pytest.mark.parametrize("text", [
    "円安の影響で、コーヒー1杯が20円値上がりした。",  # the weak yen as a cause, the move a price's
    "円安を背景に、輸入品のパンが15円値上がりした。",
    "円高で、輸入牛肉は1キロ50円下落した。",
])
def test_s17_a_price_moved_by_the_yen_is_no_move_of_the_yen(data, text):
    """Must not fire (a964c84c): the yen named as a cause is not the sentence's subject; before this audit the first
    was read as a 20-yen move of the exchange rate."""
    assert not _fx_moves(check_text(text, date="2022-10-31", store=data))


# -- 7c2af6e1: a figure 'in <item>' ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("code, first, last, pub, text", [
    ("bpbp6jyntb", "2022-01", "2022-06", "2022-08-08",
     "In the first half of this year, the current account surplus plunged as Japan ran a {side} of {fig} in its goods "
     "trade, the Finance Ministry said."),
    ("bpbp6jyntb", "2022-01", "2022-06", "2022-08-08",
     "In the first half of this year, the current account surplus plunged, with a {side} of {fig} in the country's "
     "goods trade, the Finance Ministry said."),
    ("bpbp6jynsn", "2018-10", "2018-10", "2018-12-10",
     "The current account stayed in surplus in October 2018 although Japan recorded a {side} of {fig} in the nation's "
     "services balance."),
])
def test_s17_a_figure_in_an_item_paraphrased(data, loaded_store, code, first, last, pub, text):
    """7c2af6e1 (_IN_ITEM): 'in its', 'in the country's', 'in the nation's' item; before this audit only 'Japan's' and
    'the' were read, and the second and third fell to the current account."""
    v = bop_span(loaded_store, code, first, last)
    fig = yen_billion(v)
    rec = by_claim(check_text(text.format(side="surplus" if v > 0 else "deficit", fig=fig), date=pub, store=data), fig)
    assert (rec["series"], rec["verdict"]) == (f"boj.bop.{code}", "supported"), rec


def test_s17_receipts_named_after_a_figure_are_not_the_items_balance(data, loaded_store):
    """Must not fire (7c2af6e1): '¥X in travel receipts' is a credit, not the travel balance."""
    v = bop_span(loaded_store, "bpbp6jynsn2", "2024-02", "2024-02")
    fig = yen_billion(v)
    text = f"Japan posted a current account surplus in February, with {fig} in travel receipts from foreign visitors."
    rec = by_claim(check_text(text, date="2024-04-10", store=data), fig)
    assert rec["series"] != "boj.bop.bpbp6jynsn2" or rec["verdict"] == "unverifiable", rec


# -- 2f97db52: an old period the sentence does not name ---------------------------------------------------------------------
def _level(data, text: str) -> dict:
    out = [r for r in check_text(text, date="2024-06-01", store=data) if r["measure"] == "holdings_level"]
    assert len(out) == 1, out
    return out[0]


@pytest.mark.parametrize("text", [
    "Japan's Treasury holdings declined in 2019. Twelve months before, Japan held $1.5 trillion of Treasuries.",
    "Japan's holdings of Treasuries fell in 2019. A year before that, Japan held $1.5 trillion of Treasuries.",
])
def test_s17_an_old_period_inferred_is_set_aside(data, text):
    """2f97db52: other relative phrases for 'a year earlier' (Japan held about $1.04 trillion at the end of 2018)."""
    rec = _level(data, text)
    assert rec["verdict"] == "unverifiable" and "old_period_not_named" in rec["flags"], rec


@pytest.mark.parametrize("text", [
    "At the end of 2018, Japan held $1.5 trillion of Treasuries.",
    "日本の米国債保有額は2018年12月末に1兆5000億ドルだった。",
    "日本の米国債保有額は18年12月末時点で1兆5000億ドルだった。",
])
def test_s17_an_old_period_named_stays_contradicted(data, text):
    """2f97db52: the year named in other ways ('At the end of 2018', '2018年12月末', '18年'): a plain error."""
    rec = _level(data, text)
    assert rec["verdict"] == "contradicted" and "old_period_not_named" not in rec["flags"], rec


# -- aa9be1cc: a bare scaled figure takes the currency of the next amount ------------------------------------------------
def _month_move(store, slug: str, sign: int, after: str = "2015-01") -> tuple[pd.Period, float, float]:
    s = series(f"tic.holdings.{slug}", store)
    ch = s.diff().dropna()
    p = next(p for p in ch.index if p >= pd.Period(after, "M") and ch[p] * sign > 1)
    return p, float(ch[p]), float(s[p])


@pytest.mark.parametrize("slug, name, sign, template", [
    ("japan", "Japan", 1, "{name}'s holdings increased {ch} billion in {mon} to a total of US${lvl} trillion."),
    ("japan", "Japan", -1, "{name} trimmed its holdings by {ch} billion to {lvl} trillion dollars in {mon}."),
    ("china_mainland", "China", 1, "In {mon}, {name} added {ch} billion, bringing its holdings to ${lvl} trillion."),
])
def test_s17_a_bare_figure_before_its_dollar_total(data, loaded_store, slug, name, sign, template):
    """aa9be1cc: other verbs and orders of 'rose 7.6 billion to 1.160 trillion dollars'."""
    p, ch, lvl = _month_move(loaded_store, slug, sign)
    text = template.format(name=name, ch=f"{abs(ch):.1f}", lvl=f"{lvl / 1000:.3f}", mon=p.strftime("%B"))
    rec = claim_containing(check_text(text, date=str((p + 2).end_time.date()), store=data), f"{abs(ch):.1f} billion")
    assert rec["official_unit"] == "USD bn" and rec["verdict"] == "supported", rec


def test_s17_a_bare_figure_before_a_yen_amount_of_another_quantity(data):
    """Must not fire (aa9be1cc): the next amount's yen belongs to other purchases; no verdict is signed on it."""
    recs = check_text("Japan's holdings fell 3.6 billion in January, while Japanese investors bought ¥2 trillion of "
                      "foreign bonds.", date="2019-03-15", store=data)
    assert all(r["verdict"] == "unverifiable" for r in recs if "3.6 billion" in r["claim"]), recs


# -- 1e4462ca: a holder's run of buying or selling Treasuries ----------------------------------------------------------------
@pytest.mark.parametrize("template", [
    "{name} has {verb} its holdings of U.S. government debt for {n} straight months, a total of $40 billion.",
    "Since {start}, {name} has {verb} its U.S. Treasury holdings for {n} consecutive months, totaling $40 billion.",
    "{ja}は{ys}年{ms}月から{n}カ月連続で米国債を{ja_verb}しており、累計で400億ドル(約6兆円)に達した。",
])
@pytest.mark.parametrize("slug, name, ja", [("china_mainland", "China", "中国"), ("japan", "Japan", "日本")])
def test_s17_a_holders_run_paraphrased(data, loaded_store, template, slug, name, ja):
    """1e4462ca: other verbs and a Japanese start with its year; the run counted to the latest month published."""
    end = pd.Period("2025-11", "M")
    k, sign = holdings_run(loaded_store, slug, str(end))
    start = end - (k - 1)
    for n, ok in ((k, "supported"), (k + 2, "contradicted")):
        st = end - (n - 1)
        text = template.format(name=name, ja=ja, n=n, verb="added to" if sign > 0 else "trimmed",
                               ja_verb="買い増し" if sign > 0 else "売却", start=st.strftime("%B %Y"), ys=st.year,
                               ms=st.month)
        got = [r for r in check_text(text, date="2026-01-17", store=data) if r["measure"] == "streak"]
        assert len(got) == 1 and got[0]["verdict"] == ok, (text, k, start, got)


@pytest.mark.parametrize("text", [
    "Japan, which holds more Treasuries than any other country, has sold Japanese stocks for five straight months, a "
    "total of ¥3 trillion.",
    "米国債の最大の保有国である日本の投資家は、海外株式を5カ月連続で買い増しており、累計で3兆円となった。",
])
def test_s17_a_run_of_another_instrument_is_no_holders_run(data, text):
    """Must not fire (1e4462ca): Treasuries named in the sentence, the run of stocks; before this audit the first was
    contradicted on Japan's monthly Treasury holdings."""
    recs = check_text(text, date="2024-06-01", store=data)
    assert not [r for r in recs if r["measure"] == "streak" and r["verdict"] != "unverifiable"
                and (r.get("series") or "").startswith("tic.holdings.")], recs


# -- f056d2ea: a Japanese frame is no topic ----------------------------------------------------------------------------
def test_s17_a_half_years_frame_goes_on_about_the_balance_before(data, loaded_store):
    """f056d2ea: '上半期では' frames a period, as '前年同月比では' does: the figure after it is the balance named before."""
    s = bop_series(loaded_store, "bpbp6jyntb")
    now, before = (float(s[pd.period_range(f"{y}-01", f"{y}-06", freq="M")].sum()) for y in (2017, 2016))
    pct = f"{abs(now / before - 1) * 100:.1f}"
    text = (f"財務省は8日、10月の国際収支統計を発表した。貿易収支は黒字を保った。上半期では前年同期比{pct}%"
            f"{'増' if now > before else '減'}の{yen_oku(now)}だった。")
    for claim in (f"{pct}%", yen_oku(now)):
        rec = by_claim(check_text(text, date="2017-12-08", store=data), claim)
        assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jyntb", "supported"), rec


@pytest.mark.parametrize("frame", ["自動車では", "半導体製造装置では", "原油では"])
def test_s17_a_products_frame_is_not_the_balance_before(data, loaded_store, frame):
    """Must not fire (f056d2ea): a product's frame names what the figure is of; before this audit '自動車では…1兆1000億円'
    was judged (and contradicted) as the trade balance."""
    s = bop_series(loaded_store, "bpbp6jyntb")
    p = pd.Period("2017-10", "M")
    pct = f"{abs(s[p] / s[p - 12] - 1) * 100:.1f}"  # even the balance's own change, put on a product
    text = (f"財務省は8日、10月の国際収支統計を発表した。貿易収支は黒字を保った。{frame}前年同月比{pct}%増の1兆1000億円"
            "だった。")
    recs = check_text(text, date="2017-12-08", store=data)
    for claim in (f"{pct}%", "1兆1000億円"):
        rec = by_claim(recs, claim)
        assert rec["series"] != "boj.bop.bpbp6jyntb" or rec["verdict"] == "unverifiable", rec


# -- 6cbaddce: a Japanese amount whose unit word is missing -----------------------------------------------------------------
_BOP = "財務省が発表した2月の国際収支によると、"


@pytest.mark.parametrize("code, template", [
    ("bpbp6jyncb", "経常収支は{d}円の黒字だった。"),
    ("bpbp6jyncb", "経常黒字は{d}円に達した。"),
    ("bpbp6jynsn2", "旅行収支の黒字額は{d}円となった。"),
])
def test_s17_a_balance_printed_without_its_oku_paraphrased(data, loaded_store, code, template):
    """6cbaddce: the slip in other wordings and balances, the digits the store's (with and without a comma)."""
    v = round(float(bop_series(loaded_store, code)[pd.Period("2024-02", "M")]))
    for d in (f"{v:,}", str(v)):
        rec = claim_containing(check_text(_BOP + template.format(d=d), date="2024-04-10", store=data), f"{d}円")
        assert rec["verdict"] == "contradicted" and "unit_trap" in rec["flags"], rec


def test_s17_a_bare_cho_group_paraphrased(data, loaded_store):
    """6cbaddce: '2兆5,726円' with 億 left out after 兆, on the current account (both with and without the comma): read
    with 億 it fits, and since session 18 it is reported as the typo it is (contradicted, flagged unit_trap)."""
    v = round(float(bop_series(loaded_store, "bpbp6jyncb")[pd.Period("2024-02", "M")]))
    for g in (f"{v % 10000}", f"{v % 10000:,}"):
        fig = f"{v // 10000}兆{g}円"
        rec = claim_containing(check_text(_BOP + f"経常収支は{fig}の黒字となった。", date="2024-04-10", store=data), fig)
        assert rec["verdict"] == "contradicted" and "unit_trap" in rec["flags"] and "fits" in rec["explanation"], rec


def test_s17_a_sum_in_another_clause_is_no_balance(data, loaded_store):
    """Must not fire (6cbaddce): a visitor's spending in the clause after the balance's; its digits made equal to the
    travel balance in 億円 (before this audit: 'contradicted', a unit slip of the travel balance)."""
    v = round(float(bop_series(loaded_store, "bpbp6jynsn2")[pd.Period("2024-02", "M")]))
    text = _BOP + f"旅行収支の黒字が拡大し、訪日客1回の飲食費は平均{v:,}円だった。"
    recs = check_text(text, date="2024-04-10", store=data)
    assert not [r for r in recs if f"{v:,}" in r["claim"] and (r["verdict"] != "unverifiable" or "unit_trap" in r["flags"])]


# -- a15f0d16: the last time a holder held the first place -------------------------------------------------------------------
def _last_first(store, a: str, b: str, before: str):
    x, y = series(f"tic.holdings.{a}", store), series(f"tic.holdings.{b}", store)
    both = pd.concat([x, y], axis=1, join="inner")
    both = both[both.index < pd.Period(before, "M")]
    ahead = both[both.iloc[:, 0] > both.iloc[:, 1]]
    return ahead.index[-1]


@pytest.mark.parametrize("template", [
    "The last time Japan was the largest foreign holder of U.S. government debt was in {mon}.",
    "The last time Japan ranked as the biggest overseas holder of Treasuries came in {mon}.",
    "The last time Japan held the top spot among foreign creditors was {mon}.",
])
def test_s17_the_last_time_in_the_first_place_paraphrased(data, loaded_store, template):
    """a15f0d16: other names of the first place and verbs; the month named one month off is contradicted."""
    last = _last_first(loaded_store, "japan", "china_mainland", "2016-10")
    for p, ok in ((last, "supported"), (last - 1, "contradicted")):
        recs = check_text(template.format(mon=p.strftime("%B %Y")), date="2016-12-18", store=data)
        got = [r for r in recs if r["measure"] == "last_since"]
        assert len(got) == 1 and got[0]["verdict"] == ok and got[0]["official_period"] == "2016-10", got


def test_s17_a_largest_amount_is_no_first_place(data):
    """Must not fire (a15f0d16): 'the largest amount' of a move is no place among holders."""
    recs = check_text("The last time China's holdings rose by the largest amount in a month was in May 2019.",
                      date="2021-07-18", store=data)
    assert not [r for r in recs if r["measure"] == "last_since" and r["verdict"] != "unverifiable"], recs


# -- the rules landed after 08:00 (the misfire hunt's fixes and the tic helper's) -------------------------------------------
BOP_DAY = "2026-06-10"  # MoF had published April 2026's balance of payments


def _tn_yen(v: float) -> str:
    return f"{abs(v) / 10000:.4f} trillion yen"


def _bn_yen(v: float) -> str:
    return f"{abs(v) / 10:,.1f} billion yen"


@pytest.mark.parametrize("tail", ["the largest for any April on record", "the highest of any April on record",
                                  "the biggest April surplus on record"])
def test_s17_the_largest_of_any_april_paraphrased(data, loaded_store, tail):
    """8a5ed139 (_SAME_MONTH): 'of any April' as 'for any April'; before this audit 'the highest of any April on record'
    ranked April among all months (March 2026 is larger: a true claim contradicted)."""
    s = bop_series(loaded_store, "bpbp6jyncb")
    aprils = s[s.index.month == 4]
    if aprils.idxmax() != s.index[-1] or s.idxmax() == s.index[-1]:
        pytest.skip("the store's latest April is no April record below the all-month record")
    text = f"Japan's current account surplus of {_tn_yen(s.iloc[-1])} in April was {tail}."
    rec = claim_containing(check_text(text, date=BOP_DAY, store=data), tail.split(" on ")[0].split(" April")[0])
    assert rec["verdict"] == "supported", rec


@pytest.mark.parametrize("template", [
    "In April, Japan posted a current account surplus of {ca}, with a surplus of {tb} in goods, while it ran a deficit "
    "of {sn} in services, the ministry said.",
    "In April, Japan's current account surplus was {ca}; the country ran a deficit of {sn} in services; goods were in "
    "surplus.",
])
def test_s17_a_figure_in_services_paraphrased(data, loaded_store, template):
    """42502789: 'in services' before ', while' or ';' is the services balance."""
    v = {k: float(bop_series(loaded_store, f"bpbp6jyn{k}")[pd.Period("2026-04", "M")]) for k in ("cb", "tb", "sn")}
    if not v["tb"] > 0 > v["sn"]:
        pytest.skip("April 2026 has no goods surplus beside a services deficit")
    text = template.format(ca=_tn_yen(v["cb"]), tb=_bn_yen(v["tb"]), sn=_bn_yen(v["sn"]))
    rec = by_claim(check_text(text, date=BOP_DAY, store=data), _bn_yen(v["sn"]))
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jynsn", "supported"), rec


def _lowest(store, slug: str, end: pd.Period, since: pd.Period) -> bool:
    s = series(f"tic.holdings.{slug}", store)
    between = s[(s.index > since) & (s.index < end)]
    return bool((between > s[end]).all() and s[since] <= s[end])


def test_s17_a_holders_low_on_its_change_paraphrased(data, loaded_store):
    """e0d0f737: 'their lowest level since', another verb and order; the level's verdict."""
    s = series("tic.holdings.china_mainland", loaded_store)
    end, since = pd.Period("2016-10", "M"), pd.Period("2010-07", "M")
    assert _lowest(loaded_store, "china_mainland", end, since)
    text = (f"China's holdings of Treasuries dropped ${abs(s[end] - s[end - 1]):.1f} billion in October to "
            f"${s[end] / 1000:.4f} trillion, their lowest level since July 2010.")
    rec = claim_containing(check_text(text, date="2016-12-18", store=data), "lowest")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2016-10") and rec["official_value"] > 100, rec


def test_s17_a_low_of_net_selling_is_not_the_levels(data, loaded_store):
    """Must not fire (e0d0f737): 'its lowest monthly net selling' is a low of trades; before this audit it took the
    level's 'supported' (a fall of $41.3 billion is no low of selling: -46.6 in December 2013 is below it)."""
    s = series("tic.holdings.china_mainland", loaded_store)
    end = pd.Period("2016-10", "M")
    text = f"China cut its holdings by ${abs(s[end] - s[end - 1]):.1f} billion in October, its lowest monthly net " \
           f"selling since July 2010."
    rec = claim_containing(check_text(text, date="2016-12-18", store=data), "lowest")
    assert rec["verdict"] != "supported" or rec["official_value"] < 0, rec


@pytest.mark.parametrize("opening", ["• Since March 2025, ", "\"From March 2025, "])
def test_s17_a_run_started_in_a_bullet_or_a_quote(data, loaded_store, opening):
    """1b9d18d2: a bullet or a quote before the start; the run counted to November 2025 (n - 1 months after March)."""
    k, sign = holdings_run(loaded_store, "china_mainland", "2025-11")
    verb = "added to" if sign > 0 else "cut"
    text = f"{opening}China has {verb} its U.S. Treasury holdings for nine consecutive months, totaling $18.4 billion."
    got = [r for r in check_text(text, date="2026-01-17", store=data) if r["measure"] == "streak"]
    assert len(got) == 1 and got[0]["official_period"] == "2025-11", got
    assert got[0]["verdict"] == ("supported" if k == 9 else "contradicted"), got


@pytest.mark.parametrize("aside", ["the largest holder until Japan overtook it in June 2019",
                                   "a top holder since it passed Japan in September 2008",
                                   "the top holder in March 2015",  # no until/since (contradicted before this audit)
                                   "once the No. 1 holder in May 2019"])
def test_s17_an_apposition_that_says_when_paraphrased(data, loaded_store, aside):
    """c9b0c1d8: other appositions before a dated month; April is the story's. Before this audit an apposition with no
    until/since ('China, the top holder in March 2015, cut ... in April') read April 2015: a true level contradicted."""
    s = series("tic.holdings.china_mainland", loaded_store)
    apr = pd.Period("2026-04", "M")
    text = f"China, {aside}, cut its holdings to ${s[apr]:,.1f} billion in April."
    rec = claim_containing(check_text(text, date="2026-06-18", store=data), f"${s[apr]:,.1f} billion")
    assert (rec["official_period"], rec["verdict"]) == ("2026-04", "supported"), rec


@pytest.mark.parametrize("template", [
    "2025年の経常黒字は{now}となり、前年の{prev}の黒字から拡大した。",
    "2025年の経常収支は{now}の黒字となった。前年の{prev}から拡大した。",
])
def test_s17_a_japanese_base_of_the_year_before_paraphrased(data, loaded_store, template):
    """11cf2109: '前年の<amount>の黒字から', and the base in the next sentence: the year before 2025."""
    s = bop_series(loaded_store, "bpbp6jyncb")
    now, prev = float(s[s.index.year == 2025].sum()), float(s[s.index.year == 2024].sum())
    res = check_text(template.format(now=yen_oku(now), prev=yen_oku(prev)), date=BOP_DAY, store=data)
    rec = by_claim(res, yen_oku(prev))
    assert (rec["official_period"], rec["verdict"]) == ("2024-01..2024-12", "supported"), rec


@pytest.mark.parametrize("opening", ["China, the top holder, cut its holdings to", "In a report, the Treasury said China held",
                                     "Thus, the volume of China's holdings fell from $800.0 billion to"])
def test_s17_a_month_after_a_dated_one_in_the_main_clause_keeps_its_year(data, loaded_store, opening):
    """Must still read (c9b0c1d8 and this audit's apposition): a dated month in the main clause, not in an apposition to
    the subject, dates the month told after it ('... in March 2025, and ... in April' is April 2025)."""
    s = series("tic.holdings.china_mainland", loaded_store)
    mar, apr = pd.Period("2025-03", "M"), pd.Period("2025-04", "M")
    text = f"{opening} ${s[mar]:,.1f} billion in March 2025, and ${s[apr]:,.1f} billion in April."
    rec = claim_containing(check_text(text, date="2026-06-18", store=data), f"${s[apr]:,.1f} billion")
    assert (rec["official_period"], rec["verdict"]) == ("2025-04", "supported"), rec


# -- 551a65f5: two bases in one clause ---------------------------------------------------------------------------------------
def _both_ways(store) -> pd.Period:
    """A month of 2024-2026 whose change from the month before and from a year before go the same way (one verb tells
    both)."""
    s = series("tic.holdings.japan", store)
    one, twelve = s.diff(), s.diff(12)
    return [p for p in s.index if pd.Period("2024-01", "M") <= p <= pd.Period("2026-03", "M")
            and one[p] * twelve[p] > 0 and abs(one[p]) > 3][-1]


@pytest.mark.parametrize("month_base, year_base", [("from {prev}", "from a year earlier"),
                                                   ("from the previous month", "from a year ago"),
                                                   ("from a month earlier", "from a year earlier")])
def test_s17_two_bases_in_one_clause_paraphrased(data, loaded_store, month_base, year_base):
    """551a65f5: the month's base told as 'the previous month' / 'a month earlier' (before this audit such a base was
    dropped as the default, so the clause's 'a year ago' was the month's change's too: far from it, or contradicted
    when the year went the other way)."""
    s = series("tic.holdings.japan", loaded_store)
    p = _both_ways(loaded_store)
    one, twelve = float(s[p] - s[p - 1]), float(s[p] - s[p - 12])
    text = (f"Japan held ${s[p]:,.1f} billion in {p.strftime('%B')}, {'up' if one > 0 else 'down'} ${abs(one):.1f} billion "
            f"{month_base.format(prev=(p - 1).strftime('%B'))} and ${abs(twelve):.1f} billion {year_base}.")
    res = check_text(text, date=str((p + 2).end_time.date()), store=data)
    got = [(by_claim(res, f"${abs(v):.1f} billion")["official_period"], by_claim(res, f"${abs(v):.1f} billion")["verdict"])
           for v in (one, twelve)]
    assert got == [(f"{p - 1} to {p}", "supported"), (f"{p - 12} to {p}", "supported")], res


# -- a1b2078e: a span of months still running is last year's; 6ec171a5: 'a year earlier' after another clause's base ------
@pytest.mark.parametrize("template", [
    "Japan's current account surplus for January through June was {v}.",
    "Japan's current account surplus was {v} in the January-to-June period.",
    "Japan's current account surplus was {v} in January-June, the ministry said.",
    "The current account surplus in the January-June period totaled {v}.",
])
def test_s17_a_span_of_months_still_running_paraphrased(data, loaded_store, template):
    """a1b2078e: other names of the span ('January through June', 'the January-to-June period') in a story of June 10:
    the latest such span published, January-June 2025."""
    s = bop_series(loaded_store, "bpbp6jyncb")
    h1 = float(s[pd.period_range("2025-01", "2025-06", freq="M")].sum())
    rec = by_claim(check_text(template.format(v=_tn_yen(h1)), date=BOP_DAY, store=data), _tn_yen(h1))
    assert (rec["official_period"], rec["verdict"]) == ("2025-01..2025-06", "supported"), rec


@pytest.mark.parametrize("template", [
    "Japan's holdings were {lvl} in April. Japan's holdings rose {up}% from March, while China's fell {down}% from a year "
    "ago.",
    "Japan's holdings were {lvl} in April. Japan's holdings climbed {up}% from the prior month, while China's were down "
    "{down}% from a year earlier.",
    "Japan's holdings were {lvl} in April, up {up}% from March; China's holdings were down {down}% from a year earlier.",
])
def test_s17_a_year_earlier_after_another_clauses_base_paraphrased(data, loaded_store, template):
    """6ec171a5: other verbs, 'a year ago', 'the prior month', a semicolon: China's change is from April 2025."""
    jp, cn = series("tic.holdings.japan", loaded_store), series("tic.holdings.china_mainland", loaded_store)
    apr = pd.Period("2026-04", "M")
    up, down = (jp[apr] / jp[apr - 1] - 1) * 100, (cn[apr] / cn[apr - 12] - 1) * 100
    if up <= 0 or down >= 0:
        pytest.skip("April 2026 is no rise for Japan beside a year's fall for China")
    text = template.format(lvl=f"${jp[apr]:,.1f} billion", up=f"{up:.1f}", down=f"{abs(down):.1f}")
    rec = by_claim(check_text(text, date="2026-06-18", store=data), f"{abs(down):.1f}%")
    assert (rec["series"], rec["official_period"], rec["verdict"]) == \
        ("tic.holdings.china_mainland", "2025-04 to 2026-04", "supported"), rec


# -- 821b3f7d: the week before last in Japanese -------------------------------------------------------------------------------
@pytest.mark.parametrize("tail", ["前週は{w1}の買い越しで、その前の週は{w2}の売り越しだった。",
                                  "2週前は{w2}の売り越しだった。"])
def test_s17_the_week_before_last_paraphrased(data, loaded_store, tail):
    """821b3f7d: 'その前の週', '2週前': the week two before the week named. ('先々週' is no synonym here: it counts from the
    story's own date, the calendar's week before last, as test_check_period_anchors reads it.)"""
    s = series("mof.weekly.assets.lt_debt.net", loaded_store)
    w0, w1, w2 = (float(s.iloc[-k]) for k in (1, 2, 3))
    if not (w0 > 0 and w1 > 0 and w2 < 0 and str(s.index[-1]) == "2026-08-02/2026-08-08"):
        pytest.skip("the store's last three weeks are not the ones these sentences tell")
    text = f"国内勢は8月2〜8日の週に外債を{yen_oku(w0)}買い越した。" + tail.format(w1=yen_oku(w1), w2=yen_oku(w2))
    rec = by_claim(check_text(text, date="2026-08-14", store=data), yen_oku(w2))
    assert (rec["official_period"], rec["verdict"]) == ("2026-07-19..2026-07-25", "supported"), rec
