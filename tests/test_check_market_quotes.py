"""`ustflow check` on market quotes (issue 13, session 14): a yield or a yen rate printed to more digits than its
official series (FRED publishes hundredths: "2.112%", "156.084 yen" are a traded quote at some hour, which a close
of 2.11 can neither confirm nor refute), a bare Japanese tenor that continues a list of US tenors ("米10年債…、2年債
は…"), "足元で"/"直近で" (now), a Japanese period before の that is the next figure's own ("2021年末の1.51%"), and the
starting level of a second move in a list that shares the first one's start ("…1.51%から上昇、2年債は0.73%から").
Invented sentences; closes from the loaded store (21 May 2024: DGS10 4.41, USD/JPY 156.08; 22 May 2024: JGB 10-year
1.007%; 21 July 2022: DGS10 2.91, DGS2 3.1; 31 Dec 2021: DGS10 1.52, DGS2 0.73)."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, fig", [
    ("The yield on the benchmark 10-year Treasury note was 4.412% on Tuesday.", "4.412%"),
    ("The 10-year U.S. Treasury yield ended at 4.408 percent on Tuesday.", "4.408 percent"),
    ("On Tuesday the dollar bought 156.084 yen in New York.", "156.084 yen"),
])
def test_a_quote_finer_than_its_series_is_unverifiable(data, text, fig):
    rec = by_claim(check_text(text, date="2024-05-23", store=data), fig)
    assert rec["verdict"] == "unverifiable" and "decimals" in rec["explanation"]


@pytest.mark.parametrize("text, fig, verdict", [
    ("The 10-year Treasury yield ended at 4.41% on Tuesday.", "4.41%", "supported"),  # the series' own digits
    ("新発10年物国債の利回りは22日、1.007%に上昇した。", "1.007%", "supported"),  # MoF publishes thousandths
])
def test_a_quote_to_the_series_digits_is_compared(data, text, fig, verdict):
    assert by_claim(check_text(text, date="2024-05-23", store=data), fig)["verdict"] == verdict


def test_a_yield_to_thousandths_has_no_half_basis_point_floor(data):
    rec = by_claim(check_text("新発10年物国債の利回りは22日、1.003%に上昇した。", date="2024-05-23", store=data), "1.003%")
    assert rec["verdict"] != "supported"


@pytest.mark.parametrize("text, fig, series", [
    ("米10年債利回りは21日に2.9%、2年債は3.1%だった。", "3.1%", "fred.dgs2"),
    ("21日の米国債市場では10年債利回りが2.9%、米30年債は3.2%、2年債は3.1%だった。", "3.1%", "fred.dgs2"),
    ("新発10年物国債の利回りは21日に0.24%、2年債は0.08%だった。", "0.08%", "jgb.2y"),  # Japan's list: Japan's 2-year
    ("2年債の利回りは21日に0.08%だった。", "0.08%", "jgb.2y"),  # a bare tenor alone: a JGB
])
def test_a_bare_tenor_continues_the_market_named_before_it(data, text, fig, series):
    assert by_claim(check_text(text, date="2022-07-21", store=data), fig)["series"] == series


@pytest.mark.parametrize("text, fig, date", [
    ("円相場は足元で156円台で推移している。", "156円台", "2024-06-06"),
    ("ドル円は足元は156円台で推移している。", "156円台", "2024-06-06"),
    ("米10年債利回りは直近で2.9%と2021年末の1.5%から上昇した。", "2.9%", "2022-07-21"),
])
def test_ashimoto_and_chokkin_are_now(data, text, fig, date):
    rec = by_claim(check_text(text, date=date, store=data), fig)
    assert rec["verdict"] in ("supported", "unverifiable") and rec["period"] in ("足元", "直近")


def test_a_period_before_no_is_the_next_figure_s_own(data):
    recs = check_text("米10年債利回りは直近で2.9%と2021年末の1.5%から上昇した。", date="2022-07-21", store=data)
    assert by_claim(recs, "1.5%")["period"] == "2021年末" and by_claim(recs, "2.9%")["period"] == "直近"


@pytest.mark.parametrize("text, start, end", [
    ("米10年債利回りは直近で2.9%と2021年末の1.5%から上昇、2年債は0.73%から3.1%に上昇している。", "0.73%", "3.1%"),
    ("The 10-year Treasury yield has risen to 2.9% from 1.51% at the end of 2021, and the two-year yield to 3.1% "
     "from 0.73%.", "0.73%", "3.1%"),
])
def test_a_second_move_shares_the_first_move_s_start(data, text, start, end):
    recs = check_text(text, date="2022-07-21", store=data)
    assert by_claim(recs, start)["verdict"] == "supported" and by_claim(recs, start)["official_value"] == 0.73
    assert by_claim(recs, end)["official_value"] != 0.73  # the level moved to is not at the start's date


def test_a_start_in_another_paragraph_is_not_shared(data):
    text = "The 10-year Treasury yield rose to 2.9% from 1.51% at the end of 2021.\n\nThe two-year yield rose to 3.1% from 0.73%."
    rec = by_claim(check_text(text, date="2022-07-21", store=data), "0.73%")
    assert "2021" not in str(rec.get("period"))


@pytest.mark.parametrize("text, fig", [
    ("The yen slid to a 34-year low of ¥160.245 per dollar.", "¥160.245"),
    ("The dollar rose to a fresh 38-year high of 161.9 yen.", "161.9 yen"),
    ("Treasury 10-year yields touched a 16-year high of 4.9% as investors sold bonds.", "4.9%"),
])
def test_an_undated_extreme_s_level_is_unverifiable(data, text, fig):
    assert by_claim(check_text(text, date="2024-08-07", store=data), fig)["verdict"] == "unverifiable"


def test_a_dated_level_beside_an_extreme_is_judged(data):
    rec = by_claim(check_text("The dollar stood at 145.11 yen on Tuesday.", date="2024-08-07", store=data), "145.11 yen")
    assert rec["verdict"] == "supported"


@pytest.mark.parametrize("text, fig", [
    ("米ドルは12月に0.8%下落。米10年国債利回りは同月に約7ベーシスポイント(bp、1bp=0.01%)上昇し1.51%。", "1.51%"),
    ("米10年国債利回りは12月に約7ベーシスポイント上昇し1.51%となった。", "1.51%"),
])
def test_a_level_a_move_reached_is_at_the_move_s_end(data, text, fig):
    rec = by_claim(check_text(text, date="2022-02-16", store=data), fig)
    assert rec["official_value"] == 1.52 and "2021-12-31" in rec["explanation"]  # DGS10 closed 2021 at 1.52


def test_a_level_with_no_move_before_it_takes_no_move_s_period(data):
    text = "米10年国債利回りは12月に約7ベーシスポイント上昇した。現在の利回りは2.05%だ。"
    rec = by_claim(check_text(text, date="2022-02-16", store=data), "2.05%")
    assert "2021-12" not in rec["explanation"]
