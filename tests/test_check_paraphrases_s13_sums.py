"""Paraphrases of the facts behind session 13's 'sums' rules (sums over spans: the balance-of-payments span frame of
bop_frame, span percent changes, changes of exports and imports and 悪化 / 改善, an investor type's foreign securities
as a whole, '22年通年' / '今年前半', intervention totals over spans, services and travel wordings, an item after a
comma), as another reporter would write them: other years, halves, items, word order, English and Japanese (issue 13:
a rule that fits one article's words and breaks on a plain paraphrase is overfit). Each test names the commit it
probes; the must-not-fire cases say so (a story about a MONTH, a weekly flow story, a single day's intervention).
Invented sentences; expected values are the store's own (BoJ ``boj.bop`` and MoF flows in JPY 100 mn, interventions
in JPY bn)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import bop_sign, by_claim, intervention_sum, periods_read, series, yen_bn, yen_oku
from ustflow.views.check import check_text


def _sum(store, sid: str, first: str, last: str) -> float:
    s = series(sid if "." in sid else f"boj.bop.{sid}", store)
    return float(s[(s.index >= pd.Period(first, "M")) & (s.index <= pd.Period(last, "M"))].sum())


def _total(store, slug: str, first: str, last: str) -> float:
    return sum(_sum(store, f"mof.monthly.{k}.{slug}.net", first, last) for k in ("equity", "lt_debt", "st_debt"))


# 4faf4f5 / 5baa857 bop_frame: the span a headline or lede names frames the figures after it ---------------------------


@pytest.mark.parametrize("lede", [
    "財務省が10日発表した2019年の国際収支(速報)で、経常収支は黒字を保った。",
    "Japan's balance of payments for 2019 showed the current account stayed in surplus, the Finance Ministry said.",
    "平成31年・令和元年の国際収支統計が発表された。2019年の国際収支によると、経常収支は黒字だった。",
])
def test_a_year_named_in_the_lede_in_other_words(data, loaded_store, lede):
    ca = _sum(loaded_store, "bpbp6jyncb", "2019-01", "2019-12")
    fig = yen_oku(ca) if "財務省" in lede or "平成" in lede else yen_bn(ca)
    rest = f"経常収支は{fig}の{bop_sign(ca, True)}となった。" if "円" in fig else \
        f"The current account {bop_sign(ca)} came to {fig}."
    rec = by_claim(check_text(f"{lede}\n\n{rest}", date="2020-02-10", store=data), fig)
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2019-01..2019-12"), rec["explanation"]


@pytest.mark.parametrize("lede,first,last,day", [
    ("2022年度の国際収支によると、経常収支は黒字だった。", "2022-04", "2023-03", "2023-05-11"),
    ("Japan's current account surplus for the fiscal year that ended in March grew, balance of payments data showed.",
     "2022-04", "2023-03", "2023-05-11"),
    ("2023年上期(1~6月)の国際収支速報によると、経常収支は黒字だった。", "2023-01", "2023-06", "2023-08-08"),
])
def test_a_fiscal_year_or_half_frames_the_primary_income_figure(data, loaded_store, lede, first, last, day):
    pi = _sum(loaded_store, "bpbp6jynpin", first, last)
    text = f"{lede}第1次所得収支は{yen_oku(pi)}の{bop_sign(pi, True)}だった。"
    rec = by_claim(check_text(text, date=day, store=data), yen_oku(pi))
    assert (rec["verdict"], rec["official_period"]) == ("supported", f"{first}..{last}"), rec["explanation"]


def test_a_january_story_that_names_last_year_keeps_its_month(data, loaded_store):
    """Must not fire: a story of January's data (out in March) whose lede names the year before: its figure is
    January's (was: the year's frame, a true January deficit called contradicted)."""
    s = series("boj.bop.bpbp6jyncb", loaded_store)
    jan = float(s[pd.Period("2023-01", "M")])
    for lede in ("2022年の経常黒字は縮小した。", "Japan's current account surplus shrank in 2022. "):
        fig = yen_oku(jan) if "年" in lede else yen_bn(jan)
        text = f"{lede}財務省によると、経常収支は{fig}の{bop_sign(jan, True)}だった。" if "年" in lede else \
            f"{lede}The current account logged a {bop_sign(jan)} of {fig}, the Finance Ministry said."
        rec = by_claim(check_text(text, date="2023-03-08", store=data), fig)
        assert (rec["verdict"], rec["official_period"]) == ("supported", "2023-01"), (lede, rec["explanation"])


def test_a_year_to_date_in_the_lede_of_a_monthly_story_is_no_frame(data, loaded_store):
    """Must not fire: '1~5月の経常黒字は累計で過去最大' leads a story of May; a percent change after it is May's (MoF
    releases the balance of payments for a year, a fiscal year and their halves, not for five months)."""
    s = series("boj.bop.bpbp6jynex", loaded_store)
    pct = 100 * (s[pd.Period("2024-05", "M")] - s[pd.Period("2023-05", "M")]) / s[pd.Period("2023-05", "M")]
    for text in (f"財務省が発表した国際収支によると、1~5月の経常黒字は累計で過去最大だった。輸出は前年比{abs(pct):.1f}%"
                 f"{'増' if pct > 0 else '減'}だった。",
                 f"Japan's current account surplus for the first five months of the year was a record, balance of "
                 f"payments data showed. Exports {'rose' if pct > 0 else 'fell'} {abs(pct):.1f}% from a year earlier."):
        rec = by_claim(check_text(text, date="2024-07-08", store=data), f"{abs(pct):.1f}%")
        assert rec["verdict"] == "supported" and rec["official_period"].endswith("2024-05"), rec["explanation"]


def test_the_calendar_on_a_month_that_ends_no_span_keeps_the_month(data, loaded_store):
    """Must not fire: November's release (in January) ends no span; its figures are November's."""
    s = series("boj.bop.bpbp6jyncb", loaded_store)
    nov = float(s[pd.Period("2022-11", "M")])
    for text in (f"Japan's current account {bop_sign(nov)} was {yen_bn(nov)}, the ministry said.",
                 f"経常収支は{yen_oku(nov)}の{bop_sign(nov, True)}だった。"):
        rec = by_claim(check_text(text, date="2023-01-12", store=data), yen_bn(nov) if "yen" in text else yen_oku(nov))
        assert (rec["verdict"], rec["official_period"]) == ("supported", "2022-11"), rec["explanation"]


def test_a_level_of_the_months_size_in_a_year_story_keeps_the_month(data, loaded_store):
    """Must not fire: in a story of the year (its lede names 2022, out with December), a level of December's size is
    not given the year because the story's other figures are the year's (each level is weighed on its own)."""
    ca = _sum(loaded_store, "bpbp6jyncb", "2022-01", "2022-12")
    pi = float(series("boj.bop.bpbp6jynpin", loaded_store)[pd.Period("2022-12", "M")])
    text = (f"Japan's balance of payments for 2022 showed a smaller surplus. The current account surplus came to "
            f"{yen_bn(ca)}. The primary income surplus was {yen_bn(pi)}.")
    recs = check_text(text, date="2023-02-08", store=data)
    assert by_claim(recs, yen_bn(ca))["official_period"] == "2022-01..2022-12"
    rec = by_claim(recs, yen_bn(pi))
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2022-12"), rec["explanation"]

# 4faf4f5 span percent changes; aea9c3b changes of exports and imports, 悪化 / 改善 ----------------------------------------


def test_a_years_percent_change_and_export_and_import_changes_in_other_words(data, loaded_store):
    ex, ex0 = (_sum(loaded_store, "bpbp6jynex", f"{y}-01", f"{y}-12") for y in (2020, 2019))
    im, im0 = (_sum(loaded_store, "bpbp6jynim", f"{y}-01", f"{y}-12") for y in (2020, 2019))
    pct = 100 * (ex - ex0) / ex0
    assert ex < ex0 and im < im0
    text = (f"Japan's current account surplus for 2020 narrowed, the ministry said. Exports fell {abs(pct):.1f}% to "
            f"{yen_bn(ex)}, and imports dropped to {yen_bn(im)} from {yen_bn(im0)}.")
    recs = check_text(text, date="2021-02-08", store=data)
    assert by_claim(recs, f"{abs(pct):.1f}%")["verdict"] == "supported"
    for fig, period in ((yen_bn(ex), "2020-01..2020-12"), (yen_bn(im), "2020-01..2020-12"), (yen_bn(im0), "2019-01..2019-12")):
        rec = by_claim(recs, fig)
        assert (rec["verdict"], rec["official_period"]) == ("supported", period), (fig, rec["explanation"])
    text = (f"Japan's 2020 balance of payments: exports dropped {yen_bn(ex0 - ex)} from a year earlier, while imports "
            f"declined by {yen_bn(im0 - im)}.")
    recs = check_text(text, date="2021-02-08", store=data)
    for fig in (yen_bn(ex0 - ex), yen_bn(im0 - im)):
        rec = by_claim(recs, fig)
        assert (rec["measure"], rec["verdict"]) == ("bop_change", "supported"), (fig, rec["explanation"])


@pytest.mark.parametrize("template", [
    "2023年上半期の国際収支によると、経常収支は黒字だった。輸出は前年同期比{ex}だった。",
    "Japan's current account surplus in the first half of 2023 {dir} {ca} from a year earlier, the ministry said.",
    "Japan's balance of payments for January-June showed the current account surplus {dir2} {ca} on the year.",
    "上期の経常黒字は前年同期から{ca}{ja}、国際収支統計で示された。",
])
def test_a_halfs_percent_change_in_other_words(data, loaded_store, template):
    ex, ex0 = (_sum(loaded_store, "bpbp6jynex", f"{y}-01", f"{y}-06") for y in (2023, 2022))
    ca, ca0 = (_sum(loaded_store, "bpbp6jyncb", f"{y}-01", f"{y}-06") for y in (2023, 2022))
    pe, pc = 100 * (ex - ex0) / ex0, 100 * (ca - ca0) / abs(ca0)
    text = template.format(ex=f"{abs(pe):.1f}%{'増' if pe > 0 else '減'}", ca=f"{abs(pc):.1f}%",
                           dir="rose" if pc > 0 else "fell", dir2="up" if pc > 0 else "down",
                           ja="増え" if pc > 0 else "減り")
    fig = f"{abs(pe):.1f}%" if "輸出" in template else f"{abs(pc):.1f}%"
    rec = by_claim(check_text(text, date="2023-08-08", store=data), fig)
    assert (rec["measure"], rec["verdict"]) == ("bop_pct", "supported"), rec["explanation"]
    assert rec["official_period"] == "2022-01..2022-06 to 2023-01..2023-06", rec["official_period"]

@pytest.mark.parametrize("template", [
    "財務省が発表した2020年の国際収支によると、経常収支は黒字だった。サービス収支の赤字は前年から{d}悪化した。",
    "2020年の国際収支統計で、サービス収支は{d}悪化し、{lvl}の赤字となった。",
    "2020年の国際収支で、貿易収支は前年比{g}改善した。",
    "2020年の国際収支で、貿易収支は前年より{g}改善し{glvl}の黒字となった。",
])
def test_a_balance_that_worsened_or_improved_in_other_words(data, loaded_store, template):
    sv, sv0 = (_sum(loaded_store, "bpbp6jynsn", f"{y}-01", f"{y}-12") for y in (2020, 2019))
    tb, tb0 = (_sum(loaded_store, "bpbp6jyntb", f"{y}-01", f"{y}-12") for y in (2020, 2019))
    assert sv < sv0 < 0 and tb > tb0 > 0
    text = template.format(d=yen_oku(sv0 - sv), lvl=yen_oku(sv), g=yen_oku(tb - tb0), glvl=yen_oku(tb))
    fig = yen_oku(sv0 - sv) if "悪化" in template else yen_oku(tb - tb0)
    rec = by_claim(check_text(text, date="2021-02-08", store=data), fig)
    assert (rec["measure"], rec["verdict"]) == ("bop_change", "supported"), rec["explanation"]


# 0d3ef3c services and travel wordings, a base with no period in a span story; 2f9d223 an item after a comma -----------


@pytest.mark.parametrize("template", [
    "Japan's current account surplus hit a record in 2024. The services deficit narrowed to {sv} from {sv0}, helped "
    "by a surplus from travel of {tr}.",
    "Japan logged a record current account surplus in 2024. The deficit in services trade shrank to {sv} from {sv0}.",
    "Japan's 2024 current account surplus was a record. On services trade, the deficit was {sv}, and the travel "
    "surplus rose to {tr}.",
])
def test_services_and_travel_in_other_words(data, loaded_store, template):
    sv, sv0 = (_sum(loaded_store, "bpbp6jynsn", f"{y}-01", f"{y}-12") for y in (2024, 2023))
    tr = _sum(loaded_store, "bpbp6jynsn2", "2024-01", "2024-12")
    text = template.format(sv=yen_bn(sv), sv0=yen_bn(sv0), tr=yen_bn(tr))
    recs = check_text(text, date="2025-02-10", store=data)
    for fig, period in ((yen_bn(sv), "2024-01..2024-12"), (yen_bn(sv0), "2023-01..2023-12"), (yen_bn(tr), "2024-01..2024-12")):
        if fig in text:
            rec = by_claim(recs, fig)
            assert (rec["verdict"], rec["official_period"]) == ("supported", period), (fig, rec["explanation"])


def test_a_base_in_a_month_story_is_not_the_span_a_year_before(data, loaded_store):
    """Must not fire: in a story of December (out in February, the year's release day) whose figures are the month's,
    'to X from Y' keeps no span: the base is not called contradicted as last year's total."""
    s = series("boj.bop.bpbp6jynsn", loaded_store)
    d, n = float(s[pd.Period("2024-12", "M")]), float(s[pd.Period("2024-11", "M")])
    text = f"Japan's current account surplus grew. In services trade, the balance changed to {yen_bn(d)} from {yen_bn(n)}."
    recs = check_text(text, date="2025-02-10", store=data)
    assert by_claim(recs, yen_bn(d))["official_period"] == "2024-12"
    assert by_claim(recs, yen_bn(n))["official_period"] != "2023-01..2023-12"


@pytest.mark.parametrize("template", [
    "財務省が発表した2020年の国際収支によると、輸出は{ex}、輸入は{im}だった。",
    "財務省が発表した2020年の国際収支によると、輸出額は{ex}で、輸入額は{im}だった。",
])
def test_an_item_after_a_comma_in_other_words(data, loaded_store, template):
    ex = _sum(loaded_store, "bpbp6jynex", "2020-01", "2020-12")
    im = _sum(loaded_store, "bpbp6jynim", "2020-01", "2020-12")
    recs = check_text(template.format(ex=yen_oku(ex), im=yen_oku(im)), date="2021-02-08", store=data)
    for fig, item in ((yen_oku(ex), "goods exports"), (yen_oku(im), "goods imports")):
        rec = by_claim(recs, fig)
        assert rec["verdict"] == "supported" and item in rec["explanation"], (fig, rec["explanation"])


# 31edf2c a flow story's year in its lede; the investor type's foreign securities as a whole ----------------------------


@pytest.mark.parametrize("lede", [
    "財務省が発表した2019年の対外及び対内証券売買契約等の状況によると、海外勢は日本株を売り越した。",
    "Japan's securities investment data for 2019 showed foreigners sold Japanese stocks, the Finance Ministry said.",
])
def test_a_year_in_the_lede_of_a_flow_story_in_other_words(data, loaded_store, lede):
    lt = _sum(loaded_store, "mof.monthly.assets.lt_debt.net", "2019-01", "2019-12")
    text = f"{lede}\n\n国内投資家は中長期債を{yen_oku(lt)}{'買い越した' if lt > 0 else '売り越した'}。"
    rec = by_claim(check_text(text, date="2020-01-10", store=data), yen_oku(lt))
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2019-01..2019-12"), rec["explanation"]


def test_a_weekly_or_january_flow_story_that_names_a_year_keeps_its_own_period(data, loaded_store):
    """Must not fire: a story of MoF's weekly data whose lede names last year, and a story of January's monthly data
    (out in February) whose lede names last year: their figures are not the year's."""
    w = series("mof.weekly.liabilities.equity.net", loaded_store)
    wk = w.index[[str(p).startswith("2024-01-07") for p in w.index]][0]
    y23 = _sum(loaded_store, "mof.monthly.liabilities.equity.net", "2023-01", "2023-12")
    text = (f"2023年の対外対内証券投資は海外勢の日本株買いが目立った。財務省が発表した週間データでは、海外投資家は日本株を"
            f"{yen_oku(w[wk])}{'買い越した' if w[wk] > 0 else '売り越した'}。")
    rec = by_claim(check_text(text, date="2024-01-18", store=data), yen_oku(w[wk]))
    assert rec["official_period"] != "2023-01..2023-12", rec["explanation"]
    assert y23 > 0
    jan = _sum(loaded_store, "mof.monthly.assets.lt_debt.net", "2024-01", "2024-01")
    text = (f"財務省が発表した2023年の対外対内証券投資によると、国内投資家は外債を買い越した。国内投資家は中長期債を"
            f"{yen_oku(jan)}{'買い越した' if jan > 0 else '売り越した'}。")
    rec = by_claim(check_text(text, date="2024-02-08", store=data), yen_oku(jan))
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2024-01"), rec["explanation"]


@pytest.mark.parametrize("template,first,last,day", [
    ("投資信託の5月の対外証券投資は{v}の買い越しだった。", "2024-05", "2024-05", "2024-06-11"),
    ("Investment trusts bought a net {bn} of foreign securities in May, MoF data showed.", "2024-05", "2024-05",
     "2024-06-11"),
    ("投資信託による海外投資は2024年前半に{v}の買い越しだった。", "2024-01", "2024-06", "2024-08-08"),
])
def test_an_investor_types_foreign_securities_in_other_words(data, loaded_store, template, first, last, day):
    v = _total(loaded_store, "investment_trusts", first, last)
    assert v > 0
    cho, rest = divmod(round(v), 10000)  # MoF's digits grouping, as the papers print it
    fig = yen_bn(v) if "{bn}" in template else f"{cho}兆{rest:,}億円"
    rec = by_claim(check_text(template.format(v=fig, bn=fig), date=day, store=data), fig)
    assert (rec["verdict"], rec["official_period"]) == ("supported", f"{first}..{last}" if first != last else first), \
        rec["explanation"]
    assert "all securities" in rec["explanation"]


@pytest.mark.parametrize("template", ["投資信託は5月、外国株を{v}買い越した。",
                                      "Investment trusts bought a net {v} of foreign stocks in May.",
                                      "5月の投資信託の対外証券投資のうち、外国株式は{v}の買い越しだった。",
                                      "Investment trusts' purchases of foreign securities in May were led by stocks, at {v}."])
def test_one_kind_of_security_named_is_not_the_whole(data, loaded_store, template):
    """Must not fire: a sentence that names one kind (stocks) is judged on that kind, never on all securities."""
    eq = _sum(loaded_store, "mof.monthly.equity.investment_trusts.net", "2024-05", "2024-05")
    fig = yen_oku(eq) if "円" in template or "買い越" in template else yen_bn(eq)
    rec = by_claim(check_text(template.format(v=fig), date="2024-06-11", store=data), fig)
    assert rec["verdict"] == "supported" and "equity" in rec["explanation"], rec["explanation"]


# ce1f782 a two-digit whole year, a half of this or last year ----------------------------------------------------------


@pytest.mark.parametrize("text,want", [
    ("22年通年で", [("2022-01-01", "2022-12-31")]),
    ("23年の1年間で", [("2023-01-01", "2023-12-31")]),
    ("今年の前半に", [("2024-01-01", "2024-06-30")]),
    ("去年後半", [("2023-07-01", "2023-12-31")]),
    ("2023年の後半に", [("2023-07-01", "2023-12-31")]),
    ("23年前半", [("2023-01-01", "2023-06-30")]),
    ("98年通年で", [("1998-01-01", "1998-12-31")]),
])
def test_whole_years_and_halves_in_other_words(text, want):
    assert periods_read(text, "2024-08-10") == want


@pytest.mark.parametrize("text", ["平成30年通年で", "平成30年前半", "1990年代前半", "前半戦", "22年ぶり", "過去10年間で"])
def test_an_era_year_a_decade_or_a_count_is_no_whole_year_or_half(text):
    """Must not fire: '平成30年' is 2018, not 2030; '1990年代前半' is the early 1990s, not 1990."""
    got = periods_read(text, "2024-08-10")
    assert not any(s.startswith(("2030", "1990")) for s, _ in got), got


# 314af65 intervention totals over a span, and a single day's figure -----------------------------------------------------


@pytest.mark.parametrize("template", ["9月からの介入の累計額は{v}に達した。",
                                      "政府・日銀は10月21日に{d}の円買い介入を実施し、9月からの累計は{v}となった。",
                                      "政府・日銀による円買い介入は2022年9月以降の合計で{v}にのぼる。"])
def test_a_total_since_a_month_in_other_words(data, loaded_store, template):
    v, d = intervention_sum(loaded_store, "2022-09-01", "2022-10-31"), intervention_sum(loaded_store, "2022-10-21", "2022-10-21")
    fig = lambda bn: yen_oku(bn * 10)  # noqa: E731 (JPY bn to 億円)
    recs = check_text(template.format(v=fig(v), d=fig(d)), date="2022-10-31", store=data)
    rec = by_claim(recs, fig(v))
    assert (rec["measure"], rec["verdict"]) == ("intervention", "supported"), rec["explanation"]


@pytest.mark.parametrize("template", ["Between April 26 and Wednesday, Japan spent ¥{w:,.1f} billion propping up the yen.",
                                      "Japan's intervention from April 26 to Wednesday totalled ¥{w:,.1f} billion.",
                                      "介入の総額は、4月29日と5月1日の2日間で{wo}だった。"])
def test_a_span_to_a_weekday_in_other_words(data, loaded_store, template):
    w = intervention_sum(loaded_store, "2024-04-26", "2024-05-29")
    text = template.format(w=w, wo=yen_oku(w * 10))
    rec = by_claim(check_text(text, date="2024-05-31", store=data), f"¥{w:,.1f} billion" if "¥" in text else yen_oku(w * 10))
    assert (rec["measure"], rec["verdict"]) == ("intervention", "supported"), rec["explanation"]


@pytest.mark.parametrize("template", ["介入額は、4月29日の1日で{v}だった。", "政府・日銀は4月29日の1日で{v}の円買い介入を実施した。",
                                      "介入総額は、4月29日に{v}、5月1日に{m}だった。"])
def test_a_single_days_intervention_is_that_days(data, loaded_store, template):
    """Must not fire: '4月29日の1日で' is a day's total (the count of days after a date), not May 1's (was: judged on
    May 1 at the end of May, a true figure called contradicted)."""
    v, m = intervention_sum(loaded_store, "2024-04-29", "2024-04-29"), intervention_sum(loaded_store, "2024-05-01", "2024-05-01")
    rec = by_claim(check_text(template.format(v=yen_oku(v * 10), m=yen_oku(m * 10)), date="2024-05-31", store=data),
                   yen_oku(v * 10))
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2024-04-29"), rec["explanation"]


@pytest.mark.parametrize("text,want", [
    ("4月29日の1日で", [("2024-04-29", "2024-04-29")]),
    ("29日の1日だけで", [("2024-05-29", "2024-05-29")]),
    ("月曜日の13日に", [("2024-05-13", "2024-05-13")]),  # a weekday then its date: still the date
])
def test_a_count_of_days_after_a_date_is_no_date_but_a_weekdays_date_is(text, want):
    assert periods_read(text, "2024-05-31") == want
