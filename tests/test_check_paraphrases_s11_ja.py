"""Paraphrases of the facts behind session 11's Japanese checker rules (batch 8's ja wording), as another reporter
would write them, in Japanese and in English (issue 13: a rule that fits one article's words and breaks on a plain
paraphrase is overfit). Each test names the rule it probes. Invented sentences; the facts and expected values are the
store's own: China's and the UK's TIC holdings and places in 2026, China's peak of 2013, residents' weekly net purchases
of foreign equity, the 10-year Treasury yield in August 2026. The English and measure rules: test_check_paraphrases_s11.py."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read, by_claim, claim_containing, holding, series
from ustflow.views.check import check_text


def _oku(v: float) -> str:
    """USD bn as a Japanese dollar figure: 652.3 -> '6523億ドル', 1209.9 -> '1兆2099億ドル'."""
    n = int(round(abs(v) * 10))
    return f"{n // 10000}兆{n % 10000}億ドル" if n >= 10000 else f"{n}億ドル"


# ab0603c: a holder's place makes its dollar figures holdings ------------------------------------------------------------


@pytest.mark.parametrize("text", ["3位は中国で、{d}減少し{lvl}だった。",
                                  "中国は3位で、保有額は前月から{d}減って{lvl}だった。",
                                  "2位は英国で、{u}増加し{ulvl}だった。"])
def test_a_place_and_its_holders_figures_in_other_words(data, text):
    cn, uk = holding(data, "china_mainland", "2026-03"), holding(data, "united_kingdom", "2026-03")
    d, u = holding(data, "china_mainland", "2026-02") - cn, uk - holding(data, "united_kingdom", "2026-02")
    assert d > 0 and u > 0
    text = text.format(d=_oku(d), lvl=_oku(cn), u=_oku(u), ulvl=_oku(uk))
    r = check_text(text, date="2026-05-20", store=data)
    assert claim_containing(r, "位")["verdict"] == "supported"
    for fig in (_oku(cn) if "中国" in text else _oku(uk), _oku(d) if "中国" in text else _oku(u)):
        rec = by_claim(r, fig)
        assert rec["measure"].startswith("holdings_") and rec["verdict"] == "supported", rec


def test_a_place_beside_a_trade_is_no_holding(data):
    d = holding(data, "china_mainland", "2026-02") - holding(data, "china_mainland", "2026-03")
    rec = by_claim(check_text(f"3位は中国で、{_oku(d)}売り越した。", date="2026-05-20", store=data), _oku(d))
    assert not rec["measure"].startswith("holdings_") and rec["verdict"] != "contradicted", rec


# ae2a14f: a chain from a level to a level by a move ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "中国の米国債保有額は{a}から{b}へ{d}減った。",
    "中国の米国債保有額は{a}から{d}減って{b}となった。",
    "中国の米国債保有額は{b}と、前月の{a}から{d}減少した。",
    "中国の米国債保有額は3月に前月比{d}減の{b}となった。",
])
def test_a_chain_of_levels_in_other_words(data, text):
    a, b = holding(data, "china_mainland", "2026-02"), holding(data, "china_mainland", "2026-03")
    r = check_text(text.format(a=_oku(a), b=_oku(b), d=_oku(a - b)), date="2026-05-20", store=data)
    want = {_oku(b): "2026-03", _oku(a - b): "2026-02 to 2026-03"} | ({_oku(a): "2026-02"} if "{a}" in text else {})
    for fig, period in want.items():
        rec = by_claim(r, fig)
        assert (rec["verdict"], rec["official_period"]) == ("supported", period), rec["explanation"]


# 7755111: a holding restated in yen -------------------------------------------------------------------------------------


def test_a_holding_restated_in_yen_and_a_slipped_unit(data):
    v = holding(data, "japan", "2026-04")
    text = f"日本の米国債保有額は4月末時点で{_oku(v)}(約{round(v * 0.16)}兆円)だった。"
    r = check_text(text, date="2026-06-20", store=data)
    assert by_claim(r, _oku(v))["verdict"] == "supported"
    assert claim_containing(r, "兆円")["verdict"] == "supported", claim_containing(r, "兆円")
    slipped = check_text(f"日本の米国債保有額は4月末時点で{_oku(v)}(約1兆8000億円)だった。", date="2026-06-20", store=data)
    assert claim_containing(slipped, "億円")["verdict"] == "contradicted"


# fab408f: a peak in a year, in Japanese and in English ------------------------------------------------------------------


@pytest.mark.parametrize("text,verdict", [
    ("中国の米国債保有額は2013年にピークに達した後、減少が続いている。", "supported"),
    ("中国の米国債保有額は2013年にピークをつけた。", "supported"),
    ("China's holdings peaked in 2013.", "supported"),
    ("中国の米国債保有額は2014年にピークに達した。", "contradicted"),
])
def test_a_peak_in_a_year_in_other_words(data, text, verdict):
    h = data.holdings()["china_mainland"]
    assert h.idxmax() == pd.Period("2013-11", "M")
    r = [x for x in check_text(text, date="2026-06-20", store=data) if x["measure"] == "extreme"]
    assert r and r[0]["verdict"] == verdict, r


# 0d3dfef: 'N年ぶり' with a year, and a past state before …だったが、 ---------------------------------------------------------


@pytest.mark.parametrize("since", ["2008年ぶりの低水準", "2008年9月以来の低水準", "17年ぶりの低水準"])
def test_a_low_since_a_year_in_other_words(data, since):
    h = data.holdings()["china_mainland"]
    lvl = holding(data, "china_mainland", "2026-03")
    before = h[h.index < pd.Period("2026-03", "M")]
    assert before[before <= lvl].index[-1] == pd.Period("2008-09", "M")
    r = check_text(f"中国の保有額は3月に{_oku(lvl)}と、{since}となった。", date="2026-05-20", store=data)
    assert by_claim(r, since)["verdict"] == "supported", by_claim(r, since)


@pytest.mark.parametrize("text", ["中国は2019年に最大の保有国だったが、現在は3位になっている。",
                                  "中国は2019年5月まで最大の保有国だったが、3月は3位だった。"])
def test_a_past_place_before_a_contrast_keeps_its_own_time(data, text):
    ranks = [x for x in check_text(text, date="2026-05-20", store=data) if x["measure"] == "rank"]
    assert len(ranks) == 2 and all(x["verdict"] == "supported" for x in ranks), ranks
    assert ranks[1]["official_period"] == "2026-03"


# 3dd007d / 7f6fb00: residents' foreign equity in the press's words, and a look-back in weeks ---------------------------


def _equity_weeks(loaded_store):
    s = series("mof.weekly.assets.equity.net", loaded_store)
    s = s[s.index.end_time <= pd.Timestamp("2026-08-09")]
    v = float(s.iloc[-1])
    n = next(i for i, x in enumerate(reversed(s.iloc[:-1].to_list()), start=1) if x >= v)  # weeks back to one as big
    return int(v), n


@pytest.mark.parametrize("text", ["財務省によると、国内投資家は8月2日-8日の週に外国株を{v}億円買い越した。",
                                  "財務省によると、国内投資家は8月2日-8日の週に海外株式を{v}億円買い越した。",
                                  "8月2日-8日の週の対外株式投資は{v}億円の買い越しだった。"])
def test_residents_foreign_equity_in_other_words(data, loaded_store, text):
    v, _ = _equity_weeks(loaded_store)
    rec = by_claim(check_text(text.format(v=v), date="2026-08-14", store=data), f"{v}億円")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2026-08-02..2026-08-08"), rec["explanation"]
    assert "foreign equity" in rec["explanation"]


@pytest.mark.parametrize("tail", ["、過去{n}週間で最大となった。", "、ここ{n}週で最大の買い越し額となった。",
                                  "、直近{n}週で最大だった。"])
def test_the_largest_in_n_weeks_in_japanese_words(data, loaded_store, tail):
    v, n = _equity_weeks(loaded_store)
    text = f"国内投資家は8月2日-8日の週に外国株を{v}億円買い越し" + tail.format(n=n)
    r = check_text(text, date="2026-08-14", store=data)
    rec = claim_containing(r, f"{n}週")
    assert rec["verdict"] == "supported", rec["explanation"]
    assert by_claim(r, f"{v}億円")["official_period"] == "2026-08-02..2026-08-08"
    record = check_text(f"国内投資家は8月2日-8日の週に外国株を{v}億円買い越し、過去最大となった。", date="2026-08-14", store=data)
    assert claim_containing(record, "過去最大")["verdict"] == "contradicted"  # a look-back is no record


def test_the_largest_in_n_weeks_in_english(data, loaded_store):
    v, n = _equity_weeks(loaded_store)
    text = (f"Japanese investors bought a net {v / 10:.1f} billion yen of foreign stocks in the week to Aug. 8, the "
            f"most in {n} weeks.")
    assert claim_containing(check_text(text, date="2026-08-14", store=data), f"in {n} weeks")["verdict"] == "supported"


# 475f328 / 70d4750: a percent band and the Treasury's names in Japanese ---------------------------------------------------


@pytest.mark.parametrize("name", ["米10年債利回り", "米国10年債利回り", "米国債10年物利回り", "米10年国債利回り"])
def test_a_yield_band_under_the_treasurys_japanese_names(data, loaded_store, name):
    close = float(series("fred.dgs10", loaded_store)[:"2026-08-19"].iloc[-1])
    band = f"{int(close * 10) / 10:.1f}%台"
    r = [x for x in check_text(f"{name}は{band}で推移している。", date="2026-08-20", store=data)
         if x["measure"] == "yield_level"]
    assert r and (r[0]["verdict"], r[0]["series"]) == ("supported", "fred.dgs10"), r
    wrong = f"{int(close * 10) / 10 + 0.3:.1f}%台"
    r = [x for x in check_text(f"{name}は{wrong}で推移している。", date="2026-08-20", store=data)
         if x["measure"] == "yield_level"]
    assert r and as_read(r[0]) == "contradicted", r


# 0d3dfef: a date in a clause that modifies the holder --------------------------------------------------------------------


@pytest.mark.parametrize("text,month", [("3月に米国債を売却した中国は{v}で3位だった。", "2026-03"),
                                        ("1月に保有額を増やした日本は{v}だった。", "2026-01")])
def test_a_month_in_a_clause_modifying_the_holder_is_the_figures(data, text, month):
    # 0d3dfef dropped any date there ('9月15日に介入を行い…購入したとみられる日本が'); when the clause is the holder's
    # own move in one verb, the level fell back to the latest published (April): a true level contradicted
    slug = "china_mainland" if "中国" in text else "japan"
    v = holding(data, slug, month)
    assert abs(v - holding(data, slug, "2026-04")) > 1
    rec = by_claim(check_text(text.format(v=_oku(v)), date="2026-06-20", store=data), _oku(v))
    assert (rec["verdict"], rec["official_period"]) == ("supported", month), rec["explanation"]


# f204adf / bc61645: Japan's current account named only as a surplus in Japanese; a record balance -----------------------


@pytest.mark.parametrize("text", ["3月の経常黒字は{v}と過去最大だった。", "経常黒字は3月に{v}となった。"])
def test_a_current_account_surplus_named_as_a_surplus_in_japanese(data, loaded_store, text):
    # the BoP story was recognised by 経常収支/国際収支 only: '経常黒字は…' alone was no figure (its English
    # 'current account surplus' always was)
    v = float(series("boj.bop.bpbp6jyncb", loaded_store)[pd.Period("2026-03", "M")])
    fig = f"{int(round(v)) // 10000}兆{int(round(v)) % 10000}億円"
    r = check_text(text.format(v=fig), date="2026-06-10", store=data)
    rec = by_claim(r, fig)
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("bop", "supported", "2026-03"), rec
    assert all(x["verdict"] != "contradicted" for x in r), r  # a record: the store's BoP begins in 1996


def test_a_current_account_deficit_that_was_a_surplus_is_contradicted(data):
    rec = [x for x in check_text("4月の経常赤字は1兆円だった。", date="2026-06-10", store=data) if x["measure"] == "bop"]
    assert rec and rec[0]["verdict"] == "contradicted", rec


# 3dd007d: both gross columns named without the net -------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["8月2日-8日の週、国内投資家の対外中長期債投資は、取得が{a}、処分が{d}だった。",
                                  "8月2日-8日の週の対外中長期債投資は取得{a}、処分{d}で、差し引き{n}の買い越しだった。"])
def test_gross_columns_in_other_words(data, loaded_store, text):
    def w(sid):
        s = series(f"mof.weekly.assets.lt_debt.{sid}", loaded_store)
        v = int(s[s.index.end_time <= pd.Timestamp("2026-08-09")].iloc[-1])
        return f"{v // 10000}兆{v % 10000}億円" if v >= 10000 else f"{v}億円"

    a, d, n = w("acq"), w("disp"), w("net")
    r = check_text(text.format(a=a, d=d, n=n), date="2026-08-14", store=data)
    for fig, word in ((a, "acquisitions"), (d, "dispositions")):
        rec = by_claim(r, fig)
        assert rec["verdict"] == "supported" and word in rec["explanation"], rec
