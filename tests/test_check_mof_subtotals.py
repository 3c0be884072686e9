"""`ustflow check` on MoF flows of "equities and bonds" together (issue 13, session 14): "Japanese equities and
bonds", "foreign stocks and bonds", "株式と債券" are MoF's subtotal (equity and investment fund shares plus long-term
debt; "bonds" are long-term debt unless the story adds short-term), not the equity line alone; one figure each with
"respectively" is not the subtotal. Invented sentences; MoF monthly data from the loaded store (April 2025:
non-residents +82,130 = equity +36,759 and long-term debt +45,371; residents' foreign equity and long-term debt
+12,858 = +32,716 and -19,858)."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.views.check import check_text

DATE = "2025-05-12"


@pytest.mark.parametrize("text, fig, series, value", [
    ("International investors purchased 8.21 trillion yen in Japanese equities and bonds in April.", "8.21 trillion yen",
     "mof.monthly.liabilities.subtotal.net", 82130.0),
    ("In April 2025 overseas investors poured a net 8.2 trillion yen into Japanese stocks and bonds.",
     "8.2 trillion yen", "mof.monthly.liabilities.subtotal.net", 82130.0),
    ("Japanese investors bought a net 1.29 trillion yen of foreign stocks and bonds in April.", "1.29 trillion yen",
     "mof.monthly.assets.subtotal.net", 12858.0),
    ("海外投資家は4月に日本の株式と債券を8兆2130億円買い越した。", "8兆2130億円", "mof.monthly.liabilities.subtotal.net",
     82130.0),
])
def test_equities_and_bonds_are_the_subtotal(data, text, fig, series, value):
    rec = by_claim(check_text(text, date=DATE, store=data), fig)
    assert (rec["series"], rec["official_value"], rec["verdict"]) == (series, value, "supported")


def test_the_record_month_of_the_subtotal(data):
    text = ("International investors purchased 8.21 trillion yen in Japanese equities and bonds in April for the "
            "biggest month of net inflows on record.")
    recs = [r for r in check_text(text, date=DATE, store=data) if "record" in r["claim"]]
    assert recs and recs[0]["verdict"] == "supported"


def test_one_figure_each_is_not_the_subtotal(data):
    text = "Foreign investors bought 3.68 trillion yen and 4.54 trillion yen of Japanese stocks and bonds, respectively."
    assert all((r.get("series") or "").find("subtotal") < 0 for r in check_text(text, date=DATE, store=data))
