"""Two more misfires of session 16's checker (issue 13), on invented passages stating TRUE facts read from the store:
a year named at the head of a sentence lost to the compared figure's year ("In 2025, Japanese investors bought ¥X
trillion of foreign bonds, more than the ¥Y trillion in 2024": the first figure was judged on the latest month), and a
record named by its figure only for comparison ("stood at $X in May, below the record high of $Y": the record and $Y
were judged as May's, two contradictions). Each test is a must-not-fire case with a near construction that must
still read as before; every expected value is the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read, by_claim, series
from ustflow.views.check import check_text

BONDS = "mof.monthly.assets.lt_debt.net"
DAY = "2026-05-12"  # MoF had published April 2026's monthly flows by then


def _tn(v_oku: float) -> str:
    return f"{abs(v_oku) / 10000:.4f}"


# attach: a period right after a figure set after a comparative ("more than the ¥Y trillion in 2024") is that figure's;
# the main clause's figure keeps the sentence's leading period ("In 2025, ...") ---------------------------------------


@pytest.mark.parametrize("template", [
    "In 2025, Japanese investors bought ¥{a} trillion of foreign bonds, more than the ¥{b} trillion in 2024.",
    "In 2025 Japanese investors bought ¥{a} trillion of foreign bonds, compared with ¥{b} trillion in 2024.",
    "In 2025, Japanese investors' net purchases of foreign bonds reached ¥{a} trillion, higher than ¥{b} trillion in "
    "2024.",
    "2025年は日本の投資家が海外の中長期債を{a}兆円買い越し、2024年の{b}兆円を上回った。",
])
def test_a_leading_year_is_the_main_figures_not_the_compared_ones(data, loaded_store, template):
    # must not fire: the first figure took the compared figure's year, then the latest month (contradicted)
    s = series(BONDS, loaded_store)
    a, b = _tn(s["2025"].sum()), _tn(s["2024"].sum())
    res = check_text(template.format(a=a, b=b), date=DAY, store=data)
    got = {r["official_period"]: r["verdict"] for r in res if r["series"] == BONDS}
    assert got == {"2025-01..2025-12": "supported", "2024-01..2024-12": "supported"}, res


def test_a_wrong_main_figure_of_the_leading_year_is_still_contradicted(data, loaded_store):
    # must still fire: ¥2 trillion off 2025's sum, judged on 2025
    s = series(BONDS, loaded_store)
    a, b = _tn(s["2025"].sum() - 20000), _tn(s["2024"].sum())
    res = check_text(f"In 2025, Japanese investors bought ¥{a} trillion of foreign bonds, more than the ¥{b} trillion in "
                     f"2024.", date=DAY, store=data)
    rec = by_claim(res, f"¥{a} trillion")
    assert (rec["official_period"], as_read(rec)) == ("2025-01..2025-12", "contradicted"), res


def test_a_main_figure_of_the_latest_month_stays_the_latest_months(data, loaded_store):
    # must not fire either way: "Last month" is the main figure's (April), 2024 the compared one's
    s = series(BONDS, loaded_store)
    apr, b = _tn(s["2026-04"]), _tn(s["2024"].sum())
    res = check_text(f"Last month, Japanese investors bought ¥{apr} trillion of foreign bonds, more than the ¥{b} "
                     f"trillion in 2024.", date=DAY, store=data)
    rec = by_claim(res, f"¥{apr} trillion")
    assert (rec["official_period"], rec["verdict"]) == ("2026-04", "supported"), res
    # and with no period of its own the main figure is not given the compared figure's year
    res = check_text(f"Japanese investors bought ¥{apr} trillion of foreign bonds, more than the ¥{b} trillion in 2024.",
                     date=DAY, store=data)
    assert by_claim(res, f"¥{apr} trillion")["official_period"] != "2024-01..2024-12", res


# peak_figures.compared_records: "below the record high of $X" (no month of its own) is the peak of the data
# published by the story's date; "the peak of $X reached by China" is China's -------------------------------------------


@pytest.mark.parametrize("phrase", ["below the record high of", "off a record high of", "short of the peak of"])
def test_a_record_named_by_its_figure_for_comparison(data, tic, phrase):
    jp = tic("japan")
    p = pd.Period("2024-05", "M")
    top = jp[jp.index <= p]
    res = check_text(f"Japan's holdings stood at ${jp[p] / 1000:.3f} trillion in May, {phrase} ${top.max() / 1000:.2f} "
                     f"trillion.", date="2024-07-20", store=data)
    rec = by_claim(res, f"${top.max() / 1000:.2f} trillion")
    assert (rec["official_period"], rec["verdict"]) == (str(top.idxmax()), "supported"), res
    assert not [x for x in res if x["verdict"] == "contradicted"], res
    wrong = by_claim(check_text(f"Japan's holdings stood at ${jp[p] / 1000:.3f} trillion in May, {phrase} "
                                f"${top.max() / 1000 - 0.15:.2f} trillion.", date="2024-07-20", store=data),
                     f"${top.max() / 1000 - 0.15:.2f} trillion")
    assert wrong["verdict"] == "contradicted", wrong  # a wrong record is still one


def test_a_peak_reached_by_another_holder(data, tic):
    # must not fire: China's peak in a sentence about Japan was judged as Japan's May level (two contradictions)
    jp, cn = tic("japan"), tic("china_mainland")
    p = pd.Period("2024-05", "M")
    ctop = cn[cn.index <= p]
    res = check_text(f"Japan's holdings stood at ${jp[p] / 1000:.3f} trillion in May, below the peak of "
                     f"${ctop.max() / 1000:.2f} trillion reached by China.", date="2024-07-20", store=data)
    rec = by_claim(res, f"${ctop.max() / 1000:.2f} trillion")
    assert (rec["series"], rec["official_period"], rec["verdict"]) == ("tic.holdings.china_mainland",
                                                                       str(ctop.idxmax()), "supported"), res
    assert not [x for x in res if x["verdict"] == "contradicted"], res


def test_a_record_of_the_sentences_own_month_is_still_that_months(data, tic):
    # must still fire: "rose to a record high of $X in May" claims May was a record (it was not)
    jp = tic("japan")
    p = pd.Period("2024-05", "M")
    res = check_text(f"Japan's holdings rose to a record high of ${jp[p] / 1000:.3f} trillion in May.", date="2024-07-20",
                     store=data)
    rec = [x for x in res if x["kind"] == "superlative"]
    assert [(x["official_period"], x["verdict"]) for x in rec] == [("2024-05", "contradicted")], res
