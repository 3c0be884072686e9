"""`ustflow check`: a plain `contradicted` holdings level is signed only when the reading is unambiguous (issue 13,
session 15, ``check/confidence_gate``). A precise figure given as a reference point that is exactly the same holder's
level in another month, one in a sentence on maturity that is its long-term or short-term part, and a level whose
holder the sentence does not state, are `unverifiable`, saying why; a level whose holder and month the sentence
states and that fits nothing else stays `contradicted`, and so does another month's level given as the news.
Invented sentences; the expected values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import check_text


@pytest.fixture(scope="module")
def tic(loaded_store):
    return {who: series(f"tic.holdings.{who}", loaded_store) for who in ("japan", "united_kingdom")}


def _far_from_every_month(s: pd.Series, month: str, gap: float = 150.0) -> float:
    """A level ``gap`` above the month's and, to 0.1, no month's of the two years around it."""
    p = pd.Period(month, "M")
    v = round(float(s[p]) + gap, 1)
    near = s[(s.index >= p - 12) & (s.index <= p + 12)]
    assert (abs(near - v) > 1).all()
    return v


@pytest.mark.parametrize("wording", [
    "Japan's holdings of Treasuries climbed in April 2023 from ${v:,.1f} billion, the Treasury said.",
    "Japan has added to its Treasuries since last autumn, when they stood at ${v:,.1f} billion, the Treasury said "
    "in April 2023.",
    "Japan's holdings in April 2023 were well above the level of a few months earlier, ${v:,.1f} billion.",
    "日本の米国債保有額は{oku_ja}から増加し、4月末は過去の水準を上回った。",
])
def test_a_reference_level_that_is_another_months_is_not_a_contradiction(data, tic, wording):
    jp = tic["japan"]
    v = float(jp[pd.Period("2022-10", "M")])  # six months before the month the sentence names
    assert abs(v - jp[pd.Period("2023-04", "M")]) > 40  # beyond the revisions of the series: a plain miss as read
    oku = round(v * 10)  # 億ドル
    text = wording.format(v=v, oku_ja=f"{oku // 10000}兆{oku % 10000}億ドル")
    rec = next(r for r in check_text(text, date="2023-06-20", store=data) if r["measure"] == "holdings_level")
    assert rec["verdict"] == "unverifiable", rec["explanation"]
    assert "other_value" in rec["flags"]
    assert "the same holder's level in 2022-10" in rec["explanation"]
    assert "does not match Japan's holdings in 2023-04" in rec["explanation"]


def test_another_months_level_given_as_the_news_stays_contradicted(data, tic):
    # a reporter's stale figure (last autumn's level as April's): the sentence states holder and month, and the
    # figure is its news, not a reference point; an error in the article
    v = float(tic["japan"][pd.Period("2022-10", "M")])
    text = f"Japan held ${v:,.1f} billion of Treasuries at the end of April 2023, the Treasury said."
    rec = by_claim(check_text(text, date="2023-06-20", store=data), f"${v:,.1f} billion")
    assert rec["verdict"] == "contradicted", rec["explanation"]


@pytest.mark.parametrize("wording", [
    "Britain held ${v:,.1f} billion of US Treasuries at the end of June 2024, most of it in long-term securities.",
    "Britain's Treasury portfolio, mostly long-dated debt, stood at ${v:,.1f} billion at the end of June 2024.",
    "英国の6月末の米国債保有額は{oku}億ドルで、その大半が長期債だった。",
])
def test_the_long_term_part_in_a_sentence_on_maturity_is_not_a_contradiction(data, tic, wording):
    from ustflow.check.holdings_terms import term_id

    lt = float(data.series(term_id("united_kingdom", "lt")).dropna()[pd.Period("2024-06", "M")])
    assert tic["united_kingdom"][pd.Period("2024-06", "M")] - lt > 50
    text = wording.format(v=lt, oku=round(lt * 10))
    rec = next(r for r in check_text(text, date="2024-08-20", store=data) if r["measure"] == "holdings_level")
    assert rec["verdict"] == "unverifiable", rec["explanation"]
    assert "long-term part (bonds and notes) in 2024-06" in rec["explanation"]


def test_the_long_term_part_said_of_treasuries_stays_contradicted(data, tic):
    from ustflow.check.holdings_terms import term_id

    lt = float(data.series(term_id("united_kingdom", "lt")).dropna()[pd.Period("2024-06", "M")])
    text = f"Britain held ${lt:,.1f} billion of US Treasuries at the end of June 2024."
    rec = by_claim(check_text(text, date="2024-08-20", store=data), f"${lt:,.1f} billion")
    assert rec["verdict"] == "contradicted", rec["explanation"]


@pytest.mark.parametrize("wording", [
    "Britain added Treasuries in June 2024. Its holdings reached ${v:,.1f} billion.",
    "Britain's holdings rose in June 2024, the data showed. By the end of the month, the portfolio was worth "
    "${v:,.1f} billion.",
    "英国は6月に米国債を買い増した。保有額は{oku}億ドルとなった。",
])
def test_a_level_whose_holder_the_sentence_does_not_state_is_not_a_contradiction(data, tic, wording):
    v = _far_from_every_month(tic["united_kingdom"], "2024-06")
    text = wording.format(v=v, oku=round(v * 10))
    rec = next(r for r in check_text(text, date="2024-08-20", store=data)
               if r["measure"] == "holdings_level" and r["verdict"] != "supported")
    assert rec["verdict"] == "unverifiable", rec["explanation"]
    assert "holder_not_stated" in rec["flags"]
    assert "the sentence does not state the holder" in rec["explanation"]


@pytest.mark.parametrize("wording", [
    "Britain held ${v:,.1f} billion of US Treasuries at the end of June 2024.",
    "British holdings of Treasuries rose to ${v:,.1f} billion in June 2024.",
])
def test_a_plain_error_stays_contradicted(data, tic, wording):
    v = _far_from_every_month(tic["united_kingdom"], "2024-06")
    text = wording.format(v=v)
    rec = by_claim(check_text(text, date="2024-08-20", store=data), f"${v:,.1f} billion")
    assert rec["verdict"] == "contradicted", rec["explanation"]


def test_a_round_figure_is_not_searched_over_other_months(data, tic):
    # "$1.08 trillion" is precise to 0.5%: many months of two years round to it, so it says nothing of a misreading
    jp = tic["japan"]
    p = pd.Period("2023-04", "M")
    others = jp[(jp.index >= p - 12) & (jp.index < p)]
    t = round(float(others.iloc[0]) / 1000, 2)
    assert abs(t * 1000 - jp[p]) > 40
    rec = by_claim(check_text(f"Japan held ${t:.2f} trillion of Treasuries in April 2023.", date="2023-06-20",
                              store=data), f"${t:.2f} trillion")
    assert rec["verdict"] == "contradicted", rec["explanation"]
