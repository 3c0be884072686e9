"""`ustflow check` on a list of TIC's net foreign purchases by kind of security, one line each under a lead sentence
("Corporate stocks: +$8.7BN, vs -$34.3BN"): each figure is all foreigners' Form S net purchases (gross purchases less
gross sales) of the kind its label names, in the line's month (else the lead's), the figure after "vs" the month
before. Invented lines; the expected values are the store's own."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import check_text


def _net(store, kind: str, month: str) -> float:
    import pandas as pd

    gp = series(f"tic.forms.grand_total.gross_purchases_{kind}", store)
    gs = series(f"tic.forms.grand_total.gross_sales_{kind}", store)
    return float((gp - gs)[pd.Period(month, "M")]) / 1e3


def _fig(v: float) -> str:
    return f"{'+' if v >= 0 else '-'}${abs(v):.1f}BN"


@pytest.mark.parametrize("label,kind", [
    ("Long-Term bonds", "treasury"), ("Treasuries", "treasury"), ("Corporate stocks", "us_stocks"),
    ("Corporate Bonds", "corporate_bonds"), ("Agencies", "agency"), ("Foreign bonds", "foreign_bonds"),
])
def test_each_line_is_its_kinds_net_purchases(data, loaded_store, label, kind):
    now, before = _net(loaded_store, kind, "2019-03"), _net(loaded_store, kind, "2019-02")
    text = (f"Foreign holdings of U.S. Treasuries rose in March, TIC data showed. There was buying across the board:\n\n"
            f"{label}: March {_fig(now)}, vs {_fig(before)} in February\n")
    recs = check_text(text, date="2019-05-20", store=data)
    for fig, month in ((_fig(now), "2019-03"), (_fig(before), "2019-02")):
        rec = by_claim(recs, fig)
        assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("tic_kind_flow", "supported", month)


def test_lines_without_a_month_take_the_leads_and_vs_is_the_month_before(data, loaded_store):
    now, before = _net(loaded_store, "agency", "2019-03"), _net(loaded_store, "agency", "2019-02")
    wrong = now + 5
    text = (f"Foreign holdings of U.S. government debt rose in March to a record, Treasury data showed:\n\n"
            f"Agencies: {_fig(wrong)}, vs {_fig(before)}\n")
    recs = check_text(text, date="2019-05-20", store=data)
    assert by_claim(recs, _fig(before))["verdict"] == "supported"
    bad = by_claim(recs, _fig(wrong))
    assert (bad["verdict"], bad["official_period"]) == ("contradicted", "2019-03")


def test_a_label_naming_no_kind_and_a_month_after_form_s_are_not_guessed(data):
    text = ("Foreign holdings of U.S. Treasuries rose in June, TIC data showed:\n\n"
            "Everything else: June +$3.1BN, vs -$2.0BN in May\n"
            "Agencies: June +$4.4BN, vs +$1.2BN in May\n")
    recs = check_text(text, date="2024-08-20", store=data)
    assert all(r["measure"] != "tic_kind_flow" for r in recs if r["claim"] in ("+$3.1BN", "-$2.0BN"))
    rec = by_claim(recs, "+$4.4BN")
    assert rec["verdict"] == "unverifiable" and "Form S" in rec["explanation"]
