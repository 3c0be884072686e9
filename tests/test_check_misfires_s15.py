"""A misfire hunt over session 15's checker rules (issue 13): short invented passages in the corpus's genres (TIC
holdings stories, MoF flows, balance-of-payments releases, market wraps) stating TRUE facts computed from the store,
in wordings the rules were not written from. Each test is a must-not-fire case: a true figure the checker called
contradicted (or judged on the wrong period or series) before the fix named in the test, with a near construction
that must still read as before. The facts and the expected values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read, by_claim, claim_containing as claim_with, dollars_bn, series
from ustflow.views.check import check_text

APRIL = pd.Period("2026-04", "M")
TIC_DAY = "2026-06-18"  # TIC had published April 2026 by then


def _tn(v: float, d: int = 4) -> str:
    return f"${abs(v) / 1000:.{d}f} trillion"


# roles / japanese_markets.day_move: "前日比0.046%高い2.690%" is the day's move, not a level ------------------------------


def _jgb_day(loaded_store, sid: str) -> tuple[pd.Timestamp, float, float]:
    s = series(sid, loaded_store)
    day = s.index[-1]
    return day, float(s.iloc[-1]), float(s.iloc[-1] - s.iloc[-2])


@pytest.mark.parametrize("template", [
    "長期金利の指標となる新発10年物国債利回りは{d}日、前日比{chg}%{word}{lvl}%で取引を終えた。",
    "{d}日の債券市場で長期金利は前日に比べ{chg}%{verb}し、{lvl}%となった。",
    "新発10年物国債利回りは{d}日、前日より{chg}%{word}{lvl}%をつけた。",
])
def test_a_japanese_yield_move_on_the_day_before_is_a_change(data, loaded_store, template):
    # must not fire: "前日比0.046%高い" was read as the yield's level (0.046% against 2.69%: contradicted)
    day, lvl, chg = _jgb_day(loaded_store, "jgb.10y")
    assert abs(chg) >= 0.005
    word, verb = ("高い", "上昇") if chg > 0 else ("低い", "低下")
    text = template.format(d=day.day, chg=f"{abs(chg):.3f}", lvl=f"{lvl:.3f}", word=word, verb=verb)
    res = check_text(text, date=str(day.date()), store=data)
    rec = by_claim(res, f"{abs(chg):.3f}%")
    assert (rec["series"], rec["verdict"]) == ("jgb.10y", "supported"), rec
    assert by_claim(res, f"{lvl:.3f}%")["verdict"] == "supported"


def test_a_japanese_yield_move_in_the_wrong_direction_is_still_contradicted(data, loaded_store):
    # must still fire: the day's move said the other way ("低い" for a rise)
    day, lvl, chg = _jgb_day(loaded_store, "jgb.10y")
    word = "低い" if chg > 0 else "高い"
    text = f"新発10年物国債利回りは{day.day}日、前日比{abs(chg):.3f}%{word}{lvl:.3f}%で取引を終えた。"
    rec = by_claim(check_text(text, date=str(day.date()), store=data), f"{abs(chg):.3f}%")
    assert (rec["series"], as_read(rec)) == ("jgb.10y", "contradicted"), rec


# tic_flows._part_flow: a holder's net purchases of one maturity part are that part's, not all Treasuries' ---------------


@pytest.mark.parametrize("template, sid", [
    ("Japanese investors were net buyers of {tot} of Treasuries in April. Japan's net purchases of long-term "
     "Treasuries were {lt}.", "tic.slt.japan.lt_treasury_net"),
    ("Japan bought a net {lt} of long-term Treasuries in April.", "tic.slt.japan.lt_treasury_net"),
    ("Japan's net purchases of short-term Treasuries totaled {st} in April.", "tic.slt.japan.st_treasury_net"),
])
def test_a_holders_net_purchases_of_one_maturity_part(data, loaded_store, template, sid):
    # must not fire: the long-term part ($14.7 billion) was compared with all Treasuries' net purchases ($16.3 billion)
    net = {k: float(series(f"tic.slt.japan.{k}", loaded_store)[APRIL]) / 1000
           for k in ("treasury_net", "lt_treasury_net", "st_treasury_net")}
    assert all(v > 0 for v in net.values()) and round(net["lt_treasury_net"], 1) != round(net["treasury_net"], 1)
    fig = dollars_bn(net[sid.split(".")[-1]])
    text = template.format(tot=dollars_bn(net["treasury_net"]), lt=dollars_bn(net["lt_treasury_net"]), st=dollars_bn(net["st_treasury_net"]))
    rec = by_claim(check_text(text, date=TIC_DAY, store=data), fig)
    assert (rec["series"], rec["official_period"], rec["verdict"]) == (sid, "2026-04", "supported"), rec


def test_net_purchases_of_all_treasuries_stay_the_total(data, loaded_store):
    # must still read: no maturity named, all Treasuries (SLT Table 3's total)
    tot = float(series("tic.slt.japan.treasury_net", loaded_store)[APRIL]) / 1000
    rec = by_claim(check_text(f"Japan's net purchases of Treasuries totaled {dollars_bn(tot)} in April.", date=TIC_DAY,
                              store=data), dollars_bn(tot))
    assert (rec["series"], rec["verdict"]) == ("tic.slt.japan.treasury_net", "supported"), rec


# attach: "a year earlier" after a compared figure is that figure's period, not the level's or the change's before it ---


@pytest.mark.parametrize("template", [
    "China's holdings of {now} compared with {then} a year earlier.",
    "China's holdings of {now} compared with {then} a year earlier and {prev} a month earlier.",
    "China held {now}, versus {then} a year earlier.",
])
def test_a_level_compared_with_a_year_earlier_is_the_latest(data, tic, template):
    # must not fire: the first figure was judged on April 2025 (the compared figure's "a year earlier": contradicted)
    cn = tic("china_mainland")
    text = template.format(now=dollars_bn(cn[APRIL]), then=dollars_bn(cn[APRIL - 12]), prev=dollars_bn(cn[APRIL - 1]))
    res = check_text(text, date=TIC_DAY, store=data)
    got = {x: (by_claim(res, dollars_bn(cn[p]))["official_period"], by_claim(res, dollars_bn(cn[p]))["verdict"])
           for x, p in (("now", APRIL), ("then", APRIL - 12))}
    assert got == {"now": ("2026-04", "supported"), "then": ("2025-04", "supported")}, res


def test_a_change_from_a_level_a_year_earlier_after_another_clause(data, tic):
    # must not fire: the UK's rise was judged from April 2024 to April 2025 (a year earlier than the year earlier)
    jp, uk = tic("japan"), tic("united_kingdom")
    pct = f"{(jp[APRIL] / jp[APRIL - 12] - 1) * 100:.1f}"
    text = (f"Japan's stash grew {pct}% from a year earlier, while the UK's holdings jumped "
            f"{dollars_bn(uk[APRIL] - uk[APRIL - 12])} from {dollars_bn(uk[APRIL - 12])} a year earlier.")
    rec = by_claim(check_text(text, date=TIC_DAY, store=data), dollars_bn(uk[APRIL] - uk[APRIL - 12]))
    assert (rec["official_period"], rec["verdict"]) == ("2025-04 to 2026-04", "supported"), rec


def test_a_level_stated_a_year_earlier_keeps_its_period(data, tic):
    # must still read: "stood at $X a year earlier" names that figure's own period (no figure compared between)
    cn = tic("china_mainland")
    text = f"China's holdings stood at {dollars_bn(cn[APRIL - 12])} a year earlier."
    rec = by_claim(check_text(text, date=TIC_DAY, store=data), dollars_bn(cn[APRIL - 12]))
    assert (rec["official_period"], rec["verdict"]) == ("2025-04", "supported"), rec


# lexicon: "各国の政府・中央銀行など公的部門" are TIC's foreign official holders; extract: "このうち" opens a part ------------


def test_a_japanese_foreign_official_holding(data, tic):
    # must not fire: the official sector's holdings were judged against all foreign holders' (3.9 against 9.35 trillion)
    from tests.helpers import oku

    tot, off = tic("grand_total")[APRIL], tic("foreign_official")[APRIL]
    text = (f"4月末の海外の米国債保有額は{oku(tot)}だった。このうち各国の政府・中央銀行など公的部門の保有は{oku(off)}"
            f"だった。")
    rec = by_claim(check_text(text, date=TIC_DAY, store=data), oku(off))
    assert (rec["series"], rec["verdict"]) == ("tic.holdings.foreign_official", "supported"), rec


def test_a_part_of_the_figure_before_is_not_the_whole(data, tic):
    # must not fire: "このうち民間部門の保有は…" (a part the store does not hold) was judged as all foreign holders' whole
    from tests.helpers import oku

    tot, off = tic("grand_total")[APRIL], tic("foreign_official")[APRIL]
    text = f"4月末の海外の米国債保有額は{oku(tot)}だった。このうち民間部門の保有は{oku(tot - off)}だった。"
    res = check_text(text, date=TIC_DAY, store=data)
    assert by_claim(res, oku(tot - off))["verdict"] == "unverifiable", res
    assert by_claim(res, oku(tot))["verdict"] == "supported"


def test_a_maturity_part_after_uchi_is_still_the_holders_part(data, loaded_store):
    # must still read: "うち短期債は…" is the holder's bills (holdings_terms), the holder carried from the sentence before
    from tests.helpers import oku

    st = float(series("tic.slt.japan.st_treasury_pos", loaded_store)[APRIL]) / 1000
    jp = float(series("tic.holdings.japan", loaded_store)[APRIL])
    text = f"日本の米国債保有額は4月末に{oku(jp)}だった。うち短期債は{oku(st)}だった。"
    rec = by_claim(check_text(text, date=TIC_DAY, store=data), oku(st))
    assert (rec["series"], rec["verdict"]) == ("tic.holdings_term.japan.st", "supported"), rec


# streak_spans.span_flow_streak: a run of years said of a year's flow counts years, not months ----------------------------


def _years_of_net_buying(s: pd.Series, last: int) -> int:
    n = 0
    while s[s.index.year == last - n].sum() > 0:
        n += 1
    return n


@pytest.mark.parametrize("sid, template", [
    ("mof.monthly.liabilities.equity.net", "海外投資家は2025年に日本株を{v}買い越し、{n}年連続の買い越しとなった。"),
    ("mof.monthly.assets.lt_debt.net", "国内投資家は2025年に海外中長期債を{v}買い越した。買い越しは{n}年連続。"),
    ("mof.monthly.liabilities.equity.net", "Foreign investors bought a net {en} of Japanese stocks in 2025, their "
                                           "{nth} straight year of net buying."),
])
def test_a_run_of_years_of_a_years_flow(data, loaded_store, sid, template):
    # must not fire: the run was counted in months (December 2025 was a month of net selling: "0 straight periods")
    from tests.helpers import yen_oku

    s = series(sid, loaded_store)
    v = float(s[s.index.year == 2025].sum())
    n = _years_of_net_buying(s, 2025)
    assert v > 0 and s[pd.Period("2025-12", "M")] < 0 and n > 1
    nth = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}[n]
    text = template.format(v=yen_oku(v), n=n, en=f"{v / 10000:.2f} trillion yen", nth=nth)
    res = check_text(text, date="2026-01-13", store=data)
    rec = claim_with(res, f"{n}年連続" if "年連続" in template else "straight year")
    assert (rec["series"], rec["verdict"]) == (sid, "supported"), res


def test_a_wrong_run_of_years_is_still_contradicted(data, loaded_store):
    # must still fire: one year short of the run of years of net buying
    from tests.helpers import yen_oku

    s = series("mof.monthly.liabilities.equity.net", loaded_store)
    v, n = float(s[s.index.year == 2025].sum()), _years_of_net_buying(s, 2025)
    text = f"海外投資家は2025年に日本株を{yen_oku(v)}買い越し、{n - 1}年連続の買い越しとなった。"
    rec = by_claim(check_text(text, date="2026-01-13", store=data), f"{n - 1}年連続")
    assert rec["verdict"] == "contradicted", rec


# intervention_days.total_to_day: "¥X in all through May 6" is the episode's total to that day, not that day's ----------


def _episode(loaded_store) -> pd.Series:
    iv = series("mof.fx_intervention.amount", loaded_store)
    ep = iv["2026-04-25":"2026-05-10"]
    assert len(ep) == 3 and (ep.index[-1] - ep.index[0]).days <= 7
    return ep


@pytest.mark.parametrize("tail", ["{tot} in all through May 6", "a total of {tot} through May 6"])
def test_an_intervention_total_through_a_day(data, loaded_store, tail):
    # must not fire: the total through May 6 was judged on May 6's operation alone (contradicted)
    ep = _episode(loaded_store)
    tot = f"{ep.sum() / 1000:.2f} trillion yen"
    text = (f"Japan intervened to prop up the yen, spending {ep.iloc[0] / 1000:.2f} trillion yen on April 30 and "
            + tail.format(tot=tot) + ".")
    rec = by_claim(check_text(text, date="2026-07-31", store=data), tot)
    assert (rec["official_period"], rec["verdict"]) == ("2026-04-30..2026-05-06", "supported"), rec


def test_an_intervention_on_a_day_stays_that_days(data, loaded_store):
    # must still read: a figure "on May 6" with no total word is that day's operation
    ep = _episode(loaded_store)
    day = f"{ep.iloc[-1] / 1000:.2f} trillion yen"
    text = f"Japan intervened to prop up the yen again on May 6, spending {day}."
    rec = by_claim(check_text(text, date="2026-07-31", store=data), day)
    assert (rec["official_period"], rec["verdict"]) == ("2026-05-06", "supported"), rec


# bop_items.STORY: 貿易収支 alone is no BoP story (a story naming only 第1次所得収支 is not one either: see the report) ----


def test_a_trade_balance_alone_stays_unjudged(data, loaded_store):
    # must still read: 貿易収支 alone may be the customs-based trade statistics (not in the store)
    from tests.helpers import yen_oku

    tb = float(series("boj.bop.bpbp6jyntb", loaded_store)[APRIL])
    rec = by_claim(check_text(f"4月の貿易収支は{yen_oku(tb)}の黒字だった。", date="2026-06-08", store=data), yen_oku(tb))
    assert rec["verdict"] == "unverifiable", rec


# lexicon: "Banks' net sales" are the banks' (the possessive was left out of the sector's words) -------------------------


@pytest.mark.parametrize("template", [
    "Banks' net sales of foreign bonds came to {v} in July.",
    "Japanese banks' net selling of foreign bonds totaled {v} in July.",
])
def test_banks_possessive_is_the_banks_sector(data, loaded_store, template):
    # must not fire: "Banks' net sales" were judged as all Japanese investors' (a net purchase: contradicted)
    b = float(series("mof.monthly.lt_debt.banks.net", loaded_store)[pd.Period("2026-07", "M")])
    tot = float(series("mof.monthly.assets.lt_debt.net", loaded_store)[pd.Period("2026-07", "M")])
    assert b < 0 < tot
    v = f"{abs(b) / 10:.1f} billion yen"
    rec = by_claim(check_text(template.format(v=v), date="2026-08-10", store=data), v)
    assert (rec["series"], rec["verdict"]) == ("mof.monthly.lt_debt.banks.net", "supported"), rec


# attach.pair_figures: the figure right before "compared with" is the level compared, its twin's base its own -----------


def test_a_compared_level_after_a_twin_with_a_year_earlier(data, tic):
    # must not fire: "$743.6 billion" was paired with Britain's level (the clause before) and judged on Britain's March
    uk, cn = tic("united_kingdom"), tic("china_mainland")
    text = (f"Britain's holdings of {dollars_bn(uk[APRIL])} were up from {dollars_bn(uk[APRIL - 12])} a year earlier, while China's "
            f"{dollars_bn(cn[APRIL])} compared with {dollars_bn(cn[APRIL - 12])}.")
    rec = by_claim(check_text(text, date=TIC_DAY, store=data), dollars_bn(cn[APRIL - 12]))
    assert (rec["series"], rec["official_period"], rec["verdict"]) == \
        ("tic.holdings.china_mainland", "2025-04", "supported"), rec


@pytest.mark.parametrize("tail, back", [(" in March.", 1), (".", 1)])
def test_a_compared_level_alone_is_the_month_before(data, tic, tail, back):
    # must still read: "compared with $X in March" names its month; a bare one is the month before (no twin)
    cn = tic("china_mainland")
    text = f"China held {dollars_bn(cn[APRIL])} of Treasuries in April, compared with {dollars_bn(cn[APRIL - back])}{tail}"
    rec = by_claim(check_text(text, date=TIC_DAY, store=data), dollars_bn(cn[APRIL - back]))
    assert (rec["series"], rec["official_period"], rec["verdict"]) == \
        ("tic.holdings.china_mainland", "2026-03", "supported"), rec


# classify.classify_by_article: a holder's dollar level with its place ("で首位") is TIC's, not a MoF flow in dollars ---


def test_a_japanese_level_with_its_place_in_a_story_with_flows(data, tic):
    # must not fire: "日本は…ドルで首位" was judged as Japanese investors' weekly bond flow in dollars (the next sentence's
    # 増加 made the story one of flows; 1.21 trillion against $2.4 billion passed for a billion/trillion slip)
    from tests.helpers import oku

    jp = tic("japan")
    text = f"日本は{oku(jp[APRIL])}で首位。前月比では{oku(jp[APRIL] - jp[APRIL - 1])}増加した。"
    res = check_text(text, date=TIC_DAY, store=data)
    rec = by_claim(res, oku(jp[APRIL]))
    assert (rec["series"], rec["verdict"]) == ("tic.holdings.japan", "supported"), rec
    assert not [r for r in res if r["verdict"] == "contradicted"], res


# bop_records.first_since: "4月としては5年ぶりの黒字" counts the same month of each year ------------------------------------


def _april_surplus_gap(loaded_store) -> tuple[float, int, int]:
    tb = series("boj.bop.bpbp6jyntb", loaded_store)
    apr = tb[tb.index.month == 4]
    last = max(p.year for p, v in apr.items() if v > 0 and p.year < 2026)
    assert tb[APRIL] > 0 and tb[APRIL - 1] > 0  # a surplus in March too: "the first in N years" is April's alone
    return float(tb[APRIL]), last, 2026 - last


@pytest.mark.parametrize("template", [
    "4月の貿易収支は{ja}の黒字で、4月としては{last}年以来{n}年ぶりの黒字となった。経常収支は黒字が続いた。",
    "Japan's goods trade balance swung to a surplus of {en} in April, the first April surplus in {n} years, balance of "
    "payments data showed.",
])
def test_the_first_surplus_for_the_month_in_years(data, loaded_store, template):
    # must not fire: the first April surplus since 2021 was counted over all months (March 2026 was one: contradicted)
    from tests.helpers import yen_oku

    v, last, n = _april_surplus_gap(loaded_store)
    text = template.format(ja=yen_oku(v), en=f"{v / 10:.1f} billion yen", last=last, n=n)
    res = check_text(text, date="2026-06-08", store=data)
    rec = claim_with(res, f"{n}年ぶり" if "年ぶり" in template else "years")
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jyntb", "supported"), res


def test_the_first_surplus_in_years_of_any_month_is_still_contradicted(data, loaded_store):
    # must still fire: no month named, "5年ぶりの黒字" is over all months (March 2026 was a surplus)
    from tests.helpers import yen_oku

    v, _last, n = _april_surplus_gap(loaded_store)
    text = f"4月の経常収支の内訳で、貿易収支は{yen_oku(v)}の黒字で、{n}年ぶりの黒字となった。"
    rec = claim_with(check_text(text, date="2026-06-08", store=data), f"{n}年ぶり")
    assert as_read(rec) == "contradicted", rec


# lexicon: "The Emirates" opening a sentence is the UAE ------------------------------------------------------------------


def test_the_emirates_at_a_sentences_start(data, tic):
    # an analyst supports it: "The Emirates held $X" was "no holder named" (only a lower-case "the Emirates" was read)
    ae = tic("united_arab_emirates")
    text = f"The Emirates held {dollars_bn(ae[APRIL])} of Treasuries in April, down from {dollars_bn(ae[APRIL - 1])} in March."
    rec = by_claim(check_text(text, date=TIC_DAY, store=data), dollars_bn(ae[APRIL]))
    assert (rec["series"], rec["verdict"]) == ("tic.holdings.united_arab_emirates", "supported"), rec


# attach: a month's possessive ("March's $652.3 billion", "from February's record of $9.487 trillion") is its period ---


def test_a_months_possessive_names_the_figures_period(data, tic):
    # an analyst supports both: "March's $X" was read at April 2025 (the sentence's later period), "February's record of
    # $Y" at March (the month of the sentence before); both unverifiable, now judged at their own month
    cn, tot = tic("china_mainland"), tic("grand_total")
    peak = tot[tot.index <= APRIL].idxmax()
    assert peak == pd.Period("2026-02", "M")
    text = (f"China's holdings were {dollars_bn(cn[APRIL])} in April, roughly level with March's {dollars_bn(cn[APRIL - 1])} and well "
            f"below the {dollars_bn(cn[APRIL - 12])} of April 2025. Overall foreign holdings rose to {_tn(tot[APRIL], 3)}, "
            f"down from February's record of {_tn(tot[peak], 3)}.")
    res = check_text(text, date=TIC_DAY, store=data)
    got = [(by_claim(res, f)["official_period"], by_claim(res, f)["verdict"])
           for f in (dollars_bn(cn[APRIL - 1]), _tn(tot[peak], 3))]
    assert got == [("2026-03", "supported"), ("2026-02", "supported")], res


# bop_topic.prior_years: a MoF flow of 前年度 / "the previous year" after a fiscal year's flow is the year before's ------


def _fy_flow(loaded_store, fy: int) -> float:
    s = series("mof.monthly.assets.lt_debt.net", loaded_store)
    return float(s[(s.index >= pd.Period(f"{fy}-04", "M")) & (s.index <= pd.Period(f"{fy + 1}-03", "M"))].sum())


@pytest.mark.parametrize("template", [
    "2025年度の対外中長期債投資は{ja25}の買い越しだった。前年度は{ja24}の買い越しだった。",
    "Japanese investors bought a net {en25} of foreign bonds in the fiscal year that ended in March, after {en24} the "
    "previous year.",
    "Japanese investors bought a net {en25} of foreign bonds in fiscal 2025. The previous year, they bought {en24}.",
])
def test_a_flow_of_the_fiscal_year_before(data, loaded_store, template):
    # must not fire: the year before was judged on fiscal 2025 itself (前年度 from the date; "the previous year" unread)
    from tests.helpers import yen_oku

    y25, y24 = _fy_flow(loaded_store, 2025), _fy_flow(loaded_store, 2024)
    assert y25 > 0 and y24 > 0 and abs(y25 - y24) > 50
    en24 = f"{y24 / 10000:.2f} trillion yen"
    text = template.format(ja25=yen_oku(y25), ja24=yen_oku(y24), en25=f"{y25 / 10000:.2f} trillion yen", en24=en24)
    rec = by_claim(check_text(text, date="2026-05-12", store=data), yen_oku(y24) if "年度" in template else en24)
    assert (rec["official_period"], rec["verdict"]) == ("2024-04..2025-03", "supported"), rec


def test_a_flow_of_the_fiscal_year_before_with_no_year_named(data, loaded_store):
    # must still read: 前年度 with no fiscal year named before it is the one before the date's (fiscal 2025 in May 2026)
    from tests.helpers import yen_oku

    y25 = _fy_flow(loaded_store, 2025)
    text = f"財務省によると、前年度の対外中長期債投資は{yen_oku(y25)}の買い越しだった。"
    rec = by_claim(check_text(text, date="2026-05-12", store=data), yen_oku(y25))
    assert (rec["official_period"], rec["verdict"]) == ("2025-04..2026-03", "supported"), rec


# price_records.index_move: "日経平均株価は前日比1.2%高" is a stock index's move (Japanese puts the move after the figure) -


@pytest.mark.parametrize("template", [
    "{d}日の東京市場で日経平均株価は前日比1.2%高で取引を終え、長期金利は{lvl}%に上昇した。",
    "長期金利は{lvl}%に上昇し、日経平均は前日比1.2%安だった。",
])
def test_a_japanese_stock_index_move_beside_a_yield(data, loaded_store, template):
    # must not fire: the Nikkei's 1.2% was judged as the JGB yield's level or move (contradicted)
    day, lvl, _ = _jgb_day(loaded_store, "jgb.10y")
    res = check_text(template.format(d=day.day, lvl=f"{lvl:.3f}"), date=str(day.date()), store=data)
    rec = by_claim(res, "1.2%")
    assert rec["verdict"] == "unverifiable" and "stock index" in rec["explanation"], rec
    assert not [r for r in res if r["verdict"] == "contradicted"], res


# japanese_ranks._overtaker_holds: "ベルギー(…)を上回って4位" is the overtaker's place, not Belgium's --------------------


def test_a_place_after_overtaking_a_holder_is_the_overtakers(data, tic, ranks):
    # must not fire: 4位 was judged as Belgium's (the holder overtaken, named right before it: 5th, contradicted)
    from tests.helpers import oku

    ky, be = tic("cayman_islands"), tic("belgium")
    assert (ranks.loc[APRIL, "cayman_islands"], ranks.loc[APRIL, "belgium"]) == (4, 5)
    text = f"ケイマン諸島の保有額は{oku(ky[APRIL])}と増え、ベルギー（{oku(be[APRIL])}）を上回って4位となった。"
    rec = by_claim(check_text(text, date=TIC_DAY, store=data), "4位")
    assert (rec["series"], rec["verdict"]) == ("tic.holdings.cayman_islands", "supported"), rec


def test_a_place_of_the_holder_named_before_it_stays_its_own(data, tic, ranks):
    # must still read: "ベルギーは…で5位" (no overtaking) is Belgium's place
    from tests.helpers import oku

    be = tic("belgium")
    rec = by_claim(check_text(f"ケイマン諸島は4位だった。ベルギーは{oku(be[APRIL])}で5位。", date=TIC_DAY, store=data), "5位")
    assert (rec["series"], rec["verdict"]) == ("tic.holdings.belgium", "supported"), rec
