"""`ustflow check` on how Japanese balance-of-payments stories go on about a balance without naming it again ("黒字は
12か月連続で、前の年の同じ月より…改善しました", a sentence with no topic of its own: "前年同月比で42・7%増の大幅増と
なり"), and on what dates no figure: the day a release came out ("財務省は9日、1月の国際収支速報を発表しました"), a
paper's date line ("12月8日9時34分配信 産経新聞"), a cause's year ("昨年の原油高などの反動で"), a look-back's start
("1996年以降で1か月当たりとして最も大きく"); a poll's median ("事前予測中央値"), and a surplus said to have fallen
by less than all of it that is now a deficit. Invented sentences in several wordings, and sentences where a rule must
not fire; values are the store's own (``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import bop_sign, by_claim, series, yen_oku
from ustflow.check.datelines import is_date_line
from ustflow.views.check import check_text


def _sum(store, code: str, lo: str, hi: str | None = None) -> float:
    s = series(f"boj.bop.{code}", store)
    return float(s[(s.index >= pd.Period(lo, "M")) & (s.index <= pd.Period(hi or lo, "M"))].sum())


def _change(store, code: str, month: str) -> tuple[float, float]:
    now = _sum(store, code, month)
    before = _sum(store, code, str(pd.Period(month, "M") - 12))
    return now, before


@pytest.mark.parametrize("opening", ["黒字は12か月連続で、", "黒字は", "赤字は縮小し、"])
def test_a_sentence_that_opens_on_the_surplus_alone_goes_on_about_the_balance_before(data, loaded_store, opening):
    code = "bpbp6jyncb" if opening.startswith("黒") else "bpbp6jyntb"
    now, before = _change(loaded_store, code, "2024-01")
    d = now - before
    lede = (f"1月の経常収支は{yen_oku(now)}の{bop_sign(now, True)}となりました。" if code == "bpbp6jyncb" else
            f"1月の経常収支は黒字でした。貿易収支は{yen_oku(now)}の{bop_sign(now, True)}でした。")
    text = f"財務省が発表した国際収支統計によりますと、{lede}{opening}前の年の同じ月より{yen_oku(d)}{'改善' if d > 0 else '悪化'}しました。"
    rec = by_claim(check_text(text, date="2024-03-08", store=data), yen_oku(d))
    assert (rec["measure"], rec["series"], rec["verdict"]) == ("bop_change", f"boj.bop.{code}", "supported"), rec


@pytest.mark.parametrize("second", ["前年同月比で{p}%{w}の大幅{w}となった。", "投資資産の減少や金利低下により、前年同月比で{p}%{w}した。",
                                    "前年同月と比べると{p}%の{w}だった。"])
def test_a_japanese_sentence_with_no_topic_goes_on_about_the_balance_before(data, loaded_store, second):
    now, before = _change(loaded_store, "bpbp6jynpin", "2009-10")
    pct = 100 * (now - before) / abs(before)
    w = "増" if pct > 0 else "減"
    text = (f"財務省が発表した10月の国際収支速報によると、所得収支は{yen_oku(now)}の{bop_sign(now, True)}。"
            + second.format(p=f"{abs(pct):.1f}", w=w + ("少" if "した" in second and w == "減" else "加" if "した" in second else "")))
    rec = by_claim(check_text(text, date="2009-12-08", store=data), f"{abs(pct):.1f}%")
    assert (rec["measure"], rec["series"], rec["verdict"]) == ("bop_pct", "boj.bop.bpbp6jynpin", "supported"), rec


def test_a_sentence_with_its_own_topic_is_not_the_balance_before(data, loaded_store):
    """Not fired: "輸出は…" names exports, "The rise of ..." is English."""
    now, before = _change(loaded_store, "bpbp6jynex", "2009-10")
    pct = 100 * (now - before) / abs(before)
    text = (f"財務省が発表した10月の国際収支速報によると、所得収支は8465億円の黒字。"
            f"輸出は{abs(pct):.1f}%{'増' if pct > 0 else '減'}の{yen_oku(now)}。")
    rec = by_claim(check_text(text, date="2009-12-08", store=data), f"{abs(pct):.1f}%")
    assert rec["series"] in ("boj.bop.bpbp6jynex", None, ""), rec
    en = "Japan's primary income surplus was 846.5 billion yen in October. Wages rose 3.5% from a year earlier."
    assert by_claim(check_text(en, date="2009-12-08", store=data), "3.5%")["measure"] != "bop_pct"


def test_the_day_a_release_came_out_dates_no_figure(data, loaded_store):
    now, before = _change(loaded_store, "bpbp6jyntb", "2026-01")
    text = (f"財務省は9日、1月の国際収支速報を発表しました。経常収支の黒字は12カ月連続です。内訳では、貿易収支の"
            f"{bop_sign(now, True)}幅が{yen_oku(now)}で、前の年の同じ月の{bop_sign(before, True)}幅の{yen_oku(before)}から"
            f"大きく減りました。")
    rec = by_claim(check_text(text, date="2026-03-09", store=data), yen_oku(before))
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2025-01"), rec


@pytest.mark.parametrize("line, dated", [
    ("12月8日9時34分配信 産経新聞", True), ("11月11日(月)11時31分 読売新聞", True), ("3月9日 15時02分", True),
    ("12月8日9時34分に経常収支は1兆円の黒字", False), ("10月の経常黒字42・7%増", False)])
def test_a_japanese_date_line_without_its_year(line, dated):
    assert is_date_line(line) is dated


def test_a_date_line_does_not_anchor_the_same_month_a_year_before(data, loaded_store):
    gs, gs0 = _change(loaded_store, "bpbp6jynts", "2009-10")
    assert gs * gs0 < 0
    text = (f"10月の経常黒字 3カ月連続で増加\n\n12月8日9時34分配信 産経新聞\n\n財務省が8日発表した10月の国際収支速報によると、"
            f"経常収支は黒字となった。\n\nその結果、貿易・サービス収支は{yen_oku(gs)}の{bop_sign(gs, True)}。"
            f"前年同月の{yen_oku(gs0)}の{bop_sign(gs0, True)}から{bop_sign(gs, True)}に転換し、")
    rec = by_claim(check_text(text, date="2009-12-08", store=data), yen_oku(gs0))
    assert (rec["verdict"], rec["official_period"], rec["series"]) == ("supported", "2008-10", "boj.bop.bpbp6jynts"), rec


@pytest.mark.parametrize("cause", ["昨年の原油高などの反動で", "前年の円安の影響で", "2008年の資源高を背景に"])
def test_a_causes_year_is_not_the_figures_period(data, loaded_store, cause):
    now, before = _change(loaded_store, "bpbp6jynim", "2009-10")
    pct = 100 * (now - before) / abs(before)
    text = (f"財務省が8日発表した10月の国際収支速報によると、経常収支は黒字となった。一方、輸入は{cause}{abs(pct):.1f}%"
            f"{'増' if pct > 0 else '減'}の{yen_oku(now)}となった。")
    recs = check_text(text, date="2009-12-08", store=data)
    rec = by_claim(recs, yen_oku(now))
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2009-10"), rec
    assert by_claim(recs, f"{abs(pct):.1f}%")["verdict"] == "supported"


def test_a_look_back_with_a_months_count_in_it_dates_no_figure(data, loaded_store):
    t = _sum(loaded_store, "bpbp6jynsn2", "2024-01")
    for tail in ("比較可能な1996年以降で1か月当たりとして最も大きくなりました。", "1996年以降、単月で最も大きくなった。"):
        text = f"財務省の国際収支統計によると、1月の「旅行収支」は外国人旅行者の増加で{yen_oku(t)}の黒字となり、{tail}"
        rec = by_claim(check_text(text, date="2024-03-08", store=data), yen_oku(t))
        assert (rec["verdict"], rec["official_period"]) == ("supported", "2024-01"), (tail, rec)


@pytest.mark.parametrize("poll", ["事前予測中央値の黒字幅({f}程度)を下回る結果となった。",
                                  "黒字幅は民間調査機関に行った事前調査の予測中央値{f}程度の黒字を上回った。",
                                  "市場予想の平均は{f}の黒字だった。"])
def test_a_polls_median_is_no_official_figure(data, loaded_store, poll):
    ca = _sum(loaded_store, "bpbp6jyncb", "2021-01")
    far = ca * 1.9
    text = f"財務省が8日発表した国際収支状況速報によると、1月の経常収支は{yen_oku(ca)}の黒字となった。" + poll.format(f=yen_oku(far))
    recs = check_text(text, date="2021-03-08", store=data)
    assert by_claim(recs, yen_oku(ca))["verdict"] == "supported"
    assert by_claim(recs, yen_oku(far))["verdict"] != "contradicted"


def test_a_surplus_said_to_fall_by_less_than_all_of_it_that_is_now_a_deficit(data, loaded_store):
    now, before = _change(loaded_store, "bpbp6jyntb", "2019-09")
    assert before > 0 > now
    text = "財務省が発表した9月の国際収支によると、経常黒字は減った。貿易黒字が99.6%減の11億円にとどまった。"
    rec = by_claim(check_text(text, date="2019-11-11", store=data), "99.6%")
    assert rec["verdict"] == "contradicted", rec["explanation"]
    # not fired: no direction told (a sign change gives no percentage)
    text = "財務省が発表した9月の国際収支によると、貿易収支の前年同月比は99.6%だった。"
    assert by_claim(check_text(text, date="2019-11-11", store=data), "99.6%")["verdict"] != "contradicted"


def test_the_services_trade_balance_and_the_current_items_are_items(data, loaded_store):
    sv, ca = _sum(loaded_store, "bpbp6jynsn", "2012-01", "2012-12"), _sum(loaded_store, "bpbp6jyncb", "2012-01", "2012-12")
    text = (f"日本財務省が先日発表したデータによると、2012年の日本の国際収支は経常項目で{yen_oku(ca)}の"
            f"{bop_sign(ca, True)}となり、1985年に比較可能のデータがあって以来最低となった。"
            f"2012年のサービス貿易収支の{bop_sign(sv, True)}額は{yen_oku(sv)}に拡大した。")
    recs = check_text(text, date="2013-02-21", store=data)
    rec = by_claim(recs, yen_oku(ca))
    assert (rec["series"], rec["verdict"], rec["official_period"]) == ("boj.bop.bpbp6jyncb", "supported", "2012-01..2012-12")
    rec = by_claim(recs, yen_oku(sv))
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jynsn", "supported"), rec["explanation"]


@pytest.mark.parametrize("named", ["「デジタル赤字」は拡大し、過去最大の約{f}の赤字に。", "デジタル赤字は{f}に膨らんだ。"])
def test_a_deficit_the_story_names_by_its_nickname_is_not_the_item_before(data, loaded_store, named):
    # (the digital deficit, no item before session 35, is since the sum of its services lines: ``bop_items.ITEMS``)
    t = _sum(loaded_store, "bpbp6jynsn2", "2023-04", "2024-03")
    text = (f"財務省が発表した2023年度の国際収支によると、旅行収支は{yen_oku(t)}の黒字。"
            + named.format(f=yen_oku(t * 1.3)))
    recs = check_text(text, date="2024-05-10", store=data)
    rec = next(r for r in recs if r["claim"].endswith(yen_oku(t * 1.3)))
    assert rec["series"] != "boj.bop.bpbp6jynsn2" and (rec["series"] or "").startswith("boj.bop.bpbp6jynsn9062+"), rec


def test_the_year_before_the_storys_fiscal_year(data, loaded_store):
    g, g0 = _sum(loaded_store, "bpbp6jyntb", "2023-04", "2024-03"), _sum(loaded_store, "bpbp6jyntb", "2022-04", "2023-03")
    for tail in (f"過去最大だった前年度の{yen_oku(g0)}から縮小した。", f"前年度は{yen_oku(g0)}の赤字だった。"):
        text = f"財務省が10日発表した2023年度の国際収支(速報)によると、貿易赤字は{yen_oku(g)}で、{tail}"
        rec = by_claim(check_text(text, date="2024-05-10", store=data), yen_oku(g0))
        assert (rec["verdict"], rec["official_period"]) == ("supported", "2022-04..2023-03"), (tail, rec)


def test_the_year_before_with_no_fiscal_year_named_is_the_one_before_the_publication():
    """Not fired: no fiscal year named (or only a look-back's start): 前年度 counts from the publication date."""
    from datetime import date

    from ustflow.check.period_grammar import Resolver

    r = Resolver(date(2024, 5, 10))
    r.find("比較可能な1985年度以降で最大")
    (p,) = r.find("前年度の黒字は")
    assert (p.start, p.end) == (date(2023, 4, 1), date(2024, 3, 31))


def test_an_amount_and_a_rate_told_with_one_move(data, loaded_store):
    ca, ca0 = _sum(loaded_store, "bpbp6jyncb", "2024-04", "2025-03"), _sum(loaded_store, "bpbp6jyncb", "2023-04", "2024-03")
    d, pct = ca - ca0, 100 * (ca - ca0) / abs(ca0)
    text = (f"財務省が発表した2024年度の国際収支速報によりますと、経常収支は{yen_oku(ca)}の黒字となりました。"
            f"黒字幅は前年度と比べて{yen_oku(d)}、率では{abs(pct):.1f}%{'増えて' if d > 0 else '減って'}いました。")
    recs = check_text(text, date="2025-05-12", store=data)
    rec = by_claim(recs, yen_oku(d))
    assert (rec["measure"], rec["verdict"]) == ("bop_change", "supported"), rec["explanation"]
    rec = by_claim(recs, f"{abs(pct):.1f}%")
    assert (rec["measure"], rec["verdict"]) == ("bop_pct", "supported"), rec["explanation"]


def test_a_run_after_a_figure_of_an_earlier_time_is_the_storys_months(data, loaded_store):
    s = series("boj.bop.bpbp6jyncb", loaded_store)
    run = 0
    for v in s[s.index <= pd.Period("2018-10", "M")][::-1]:
        if v <= 0:
            break
        run += 1
    now, before = _change(loaded_store, "bpbp6jyncb", "2017-01")
    pct = 100 * (now - before) / abs(before)
    oct_ = _sum(loaded_store, "bpbp6jyncb", "2018-10")
    text = (f"Japan logged a current account surplus of {oct_ / 10:,.1f} billion yen in October, the Finance Ministry's "
            f"balance of payments showed. "
            f"It was the steepest fall since January 2017, when the surplus sagged {abs(pct):.1f} percent. "
            f"Still, the current account surplus marked the {run}th straight month of black ink.")
    recs = check_text(text, date="2018-12-10", store=data)
    assert by_claim(recs, f"{abs(pct):.1f} percent")["verdict"] != "contradicted"
    rec = next(r for r in recs if "straight month" in r["claim"])
    assert rec["verdict"] == "supported" and rec["official_period"].endswith("2018-10"), rec


@pytest.mark.parametrize("multiple", ["前年度の約{m}倍に当たる", "前年度のほぼ{m}倍の", "前年度の{m}倍となる"])
def test_the_year_a_multiple_is_of_is_its_base(data, loaded_store, multiple):
    ca, ca0 = _sum(loaded_store, "bpbp6jyncb", "2015-04", "2016-03"), _sum(loaded_store, "bpbp6jyncb", "2014-04", "2015-03")
    text = (f"財務省が12日発表した2015年度の国際収支速報によると、経常収支の黒字額は、"
            f"{multiple.format(m=f'{ca / ca0:.1f}')}{yen_oku(ca)}に拡大した。")
    rec = by_claim(check_text(text, date="2016-05-12", store=data), yen_oku(ca))
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2015-04..2016-03"), rec


@pytest.mark.parametrize("subject", ["Earnings from foreign investments", "Income from overseas investments",
                                     "Returns on foreign investments"])
def test_earnings_from_investments_abroad_are_primary_income(data, loaded_store, subject):
    pi = _sum(loaded_store, "bpbp6jynpin", "2013-04", "2014-03")
    text = (f"Japan's current account surplus in fiscal 2013 was the lowest on record, the balance of payments showed. "
            f"{subject} topped {int(pi // 10000)} trillion yen, a record.")
    rec = by_claim(check_text(text, date="2014-05-12", store=data), f"topped {int(pi // 10000)} trillion yen")
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jynpin", "supported"), rec["explanation"]


def test_the_latest_surplus_and_a_year_ago_beside_a_spans_level(data, loaded_store):
    h2 = _sum(loaded_store, "bpbp6jyncb", "2007-07", "2007-12")
    t, t0 = _sum(loaded_store, "bpbp6jynsn2", "2017-01", "2017-06"), _sum(loaded_store, "bpbp6jynsn2", "2016-01", "2016-06")
    ca = _sum(loaded_store, "bpbp6jyncb", "2017-01", "2017-06")
    text = (f"The current account surplus expanded in the January-June period, government data showed Tuesday. "
            f"The surplus came to ¥{ca / 1e4:.2f} trillion in the six months through June. "
            f"The latest surplus was the largest since the ¥{h2 / 1e4:.2f} trillion logged through the second half of 2007. "
            f"\n\nThe travel surplus expanded to ¥{t / 10:.1f} billion from ¥{t0 / 10:.1f} billion a year ago.")
    recs = check_text(text, date="2017-08-08", store=data)
    rec = by_claim(recs, f"¥{h2 / 1e4:.2f} trillion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2007-07..2007-12"), rec["explanation"]
    rec = by_claim(recs, f"¥{t0 / 10:.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2016-01..2016-06"), rec["explanation"]
