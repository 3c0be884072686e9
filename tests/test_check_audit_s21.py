"""A paraphrase audit of the session-20 readers its audit left out (issue 13): ``bop_frame``'s level told with the
span's change (27f1f6f) and its change from the same month a year before (964781b), and the Japanese "first
intervention since" (1ed60aa). Invented sentences in forms their authors did not test: the change after the level,
the balance named 貿易収支 with 黒字 after its figure, "前年同月比では、" and "Compared with the same month a year
earlier," put first, a span's change and a month's in one sentence (both orders, both languages); "介入に踏み切った
のは…以来となる", "介入の実施は…以来", "以来です"; and near misses that must NOT be read so: another balance's change
told with a level, a sentence whose topic is the yen after a clause about intervention ("介入も辞さない構えだが、円安は
…以来となった"), the yen after an intervention ("介入後の円相場は…以来"). Every expected value is read from the loaded
store; each case asserts what a careful analyst would call right, and the checker's misfires are marked
``xfail(strict=True)`` with the reason."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import bop_span, by_claim, series, yen_oku
from ustflow.views.check import check_text

_PUB = "2019-05-14"  # fiscal 2018's balance of payments (and March 2019's) came out on 14 May 2019
_FY, _MARCH = "2018-04..2019-03", "2019-03"
_JA = "2018年度の国際収支によると、経常収支は黒字だった。"
_EN = "Japan's current account surplus shrank in fiscal 2018. "


def _pcts(store, code: str) -> tuple[float, float, float]:
    """Fiscal 2018's percent change from fiscal 2017, March 2019's from March 2018 (sizes), and March 2019's level."""
    s = series(f"boj.bop.{code}", store)
    m = pd.Period(_MARCH, "M")
    now, before = bop_span(store, code, "2018-04", "2019-03"), bop_span(store, code, "2017-04", "2018-03")
    return abs(100 * (now - before) / before), abs(100 * (s[m] - s[m - 12]) / s[m - 12]), float(s[m])


# ------------------------------------------------------------------ bop_frame: a level told with the span's change


@pytest.mark.parametrize("template", [
    _JA + "貿易収支は{pct}%減の{lvl}の黒字となった。",  # the balance named 収支, its side after the figure
    _JA + "貿易黒字は{lvl}で、{pct}%減った。",  # the change after the level, in the next clause
])
def test_a_level_of_the_months_size_with_the_spans_change_in_other_words_is_the_spans(data, loaded_store, template):
    span_pct, _, month = _pcts(loaded_store, "bpbp6jyntb")
    recs = check_text(template.format(pct=f"{span_pct:.1f}", lvl=yen_oku(month)), date=_PUB, store=data)
    assert by_claim(recs, yen_oku(month))["official_period"] == _FY
    assert by_claim(recs, f"{span_pct:.1f}%")["verdict"] == "supported"


def test_a_level_told_with_another_balances_change_keeps_its_month(data, loaded_store):
    # the near miss: the change is of exports, not of the goods balance whose level is told
    span_pct, _, month = _pcts(loaded_store, "bpbp6jyntb")
    text = _JA + f"輸出が{span_pct:.1f}%減少し、貿易黒字は{yen_oku(month)}だった。"
    rec = by_claim(check_text(text, date=_PUB, store=data), yen_oku(month))
    assert (rec["verdict"], rec["official_period"]) == ("supported", _MARCH), rec["explanation"]


# ------------------------------------------------------------------ bop_frame: a change from the same month a year before


@pytest.mark.parametrize("template", [
    _JA + "前年同月比では、経常黒字は{m}%減少した。",  # the base put first, with its comma
    _JA + "経常黒字は前年同月と比べると{m}%減った。",
    _EN + "Compared with the same month a year earlier, the current account surplus fell {m} percent.",
    # a thousands separator between the base and the figure is no clause's end
    _JA + "経常黒字は前年同月比では{y}({m}%)減った。",
])
def test_a_change_from_the_same_month_said_in_other_words_is_the_months(data, loaded_store, template):
    _, month_pct, month = _pcts(loaded_store, "bpbp6jyncb")
    m = f"{month_pct:.1f}"
    change = abs(month - series("boj.bop.bpbp6jyncb", loaded_store)[pd.Period(_MARCH, "M") - 12])
    recs = check_text(template.format(m=m, y=f"{round(change):,}億円"), date=_PUB, store=data)
    rec = next(r for r in recs if r["claim"].startswith(m))
    assert (rec["verdict"], rec["official_period"].split(" to ")[-1]) == ("supported", _MARCH), rec["explanation"]


@pytest.mark.parametrize("template", [
    # the 964781b rule kept every change of a sentence that says 前年同月 anywhere on the month: the fiscal year's,
    # said with its own base in its own clause, was called off by the month's (fixed in session 21: the base said in
    # the figure's clause, the nearest)
    _JA + "経常黒字は前年度比{s}%減少し、3月は前年同月比{m}%減少した。",
    _JA + "経常黒字は前年同月比で{m}%減、前年度比では{s}%減だった。",
    _EN + "The current account surplus fell {s} percent from the previous year, and {m} percent from the same month a "
          "year earlier.",
])
def test_a_spans_change_and_a_months_in_one_sentence_each_keep_their_base(data, loaded_store, template):
    span_pct, month_pct, _ = _pcts(loaded_store, "bpbp6jyncb")
    s, m = f"{span_pct:.1f}", f"{month_pct:.1f}"
    recs = check_text(template.format(s=s, m=m), date=_PUB, store=data)
    span = next(r for r in recs if r["claim"].startswith(s))
    month = next(r for r in recs if r["claim"].startswith(m))
    assert (span["verdict"], span["official_period"].split(" to ")[-1]) == ("supported", _FY), span["explanation"]
    assert (month["verdict"], month["official_period"].split(" to ")[-1]) == ("supported", _MARCH), month["explanation"]


@pytest.mark.xfail(strict=True, reason="'the same month last year' is read as a relative period (offset -12) anchored "
                   "on the story's fiscal 2018, so the month's true change is compared as fiscal 2017's on fiscal 2016 "
                   "(+3.3%: the other way) and called contradicted; period_grammar's anchor, not bop_frame (the same "
                   "sentence with 'in March' is read right)")
def test_a_change_on_the_same_month_last_year_in_a_story_of_a_fiscal_year_is_the_months(data, loaded_store):
    _, month_pct, _ = _pcts(loaded_store, "bpbp6jyncb")
    text = _EN + f"The current account surplus was down {month_pct:.1f}% on the same month last year."
    rec = by_claim(check_text(text, date=_PUB, store=data), f"{month_pct:.1f}%")
    assert rec["verdict"] == "supported", rec["explanation"]


# ------------------------------------------------------------------ qualifiers_ja, classify: the first intervention since


@pytest.mark.parametrize("text, phrase", [
    ("円買い介入は2022年10月以来となった。", "2022年10月以来"),
    ("今回の介入は2022年10月以来です。", "2022年10月以来"),
    ("財務省は円買い介入を実施したと発表した。介入は約3カ月ぶり。", "3カ月ぶり"),
    # the topic is the intervention's doing (fixed in session 21: it was no claim)
    ("政府・日銀が円買い介入に踏み切ったのは2022年10月以来となる。", "2022年10月以来"),
    ("介入が行われたのは2022年10月以来となる。", "2022年10月以来"),
    ("為替介入の実施は2022年10月以来、およそ1年半ぶりとなった。", "1年半ぶり"),
])
def test_a_first_intervention_since_in_other_words_is_read(data, text, phrase):
    recs = [r for r in check_text(text, date="2024-05-31", store=data) if phrase in r["claim"]]
    assert recs and recs[0]["measure"] == "first_since" and recs[0]["series"] == "mof.fx_intervention.amount", recs


@pytest.mark.parametrize("text", [
    # another topic between the intervention and the qualifier: the yen's (was read as the intervention's until
    # session 21)
    "介入も辞さない構えだが、円安は1986年12月以来となった。",
    # the yen after an intervention
    "介入後の円相場は1ドル=140円台と2022年10月以来となった。",
    "介入を警戒する声が出ているのは、円安が2022年10月以来となったためだ。",
])
def test_the_yen_in_a_sentence_about_intervention_is_no_first_intervention(data, text):
    recs = check_text(text, date="2024-05-31", store=data)
    assert not [r for r in recs if r["series"] == "mof.fx_intervention.amount"], recs


# ------------------------------------------------------------------ the session-20 audit's xfails, fixed: near misses


def test_a_month_named_by_its_era_with_a_space_is_that_years():
    # '令和 2年3月' with a space was March of the story's year (2021): a true level would be judged on the wrong month
    from ustflow.check.period_grammar import Resolver

    got = [(p.kind, str(p.start)) for p in Resolver(pd.Timestamp("2021-05-13").date()).find("令和 2年3月の経常収支は")]
    assert got == [("month", "2020-03-01")], got


def test_the_fed_keeping_them_with_no_word_of_holdings_is_custody_and_its_own_are_not(data, loaded_store):
    wk = series("fred.wmtsecl1", loaded_store)
    cho, oku = divmod(round(float(wk[pd.Period("2025-06-11", "W-WED")]) / 100), 10000)
    fig = f"{cho}兆{oku:04d}億ドル"
    rec = by_claim(check_text(f"FRBが保管する外国中銀の米国債は{fig}だった。", date="2025-06-13", store=data), fig)
    assert (rec["series"], rec["verdict"]) == ("fred.wmtsecl1", "supported"), rec
    rec = by_claim(check_text(f"FRBが保有する米国債は{fig}だった。", date="2025-06-13", store=data), fig)
    assert rec["series"] != "fred.wmtsecl1" and rec["verdict"] != "contradicted", rec


def test_a_list_line_of_the_top_holders_together_is_no_grand_total(data, loaded_store):
    # the near miss of a list's total line: the three named together are not all foreign holders
    p = pd.Period("2019-03", "M")
    tic = {k: series(f"tic.holdings.{k}", loaded_store)[p] for k in ("japan", "china_mainland", "united_kingdom")}
    lines = f"Japan: ${tic['japan']:,.1f}\nChina: ${tic['china_mainland']:,.1f}\nUnited Kingdom: ${tic['united_kingdom']:,.1f}\n"
    top = sum(tic.values())
    text = f"Who owns America's debt?\n\nForeign holders of U.S. Treasuries (in billions)\n\n{lines}Top three total: ${top:,.1f}\n"
    recs = check_text(text, date="2019-05-20", store=data)
    assert not [r for r in recs if r["series"] == "tic.holdings.grand_total"], recs
    assert not [r for r in recs if r["verdict"] == "contradicted"], recs
