"""A run of exports' (imports') rises or falls told by the move named right after its grain ("the 13th straight monthly
expansion", "for the 12th consecutive monthly rise", "the fourth straight monthly decline"): counted on the same month
a year before, as the release compares them (``bop_records.what_runs``). Invented sentences; expected verdicts from
the store's own BoJ series (``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

import pytest

from tests.helpers import as_read, month_name, series, yoy_run_end
from ustflow.views.check import check_text


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


@pytest.mark.parametrize("code, text, up", [
    ("bpbp6jynex", "Japan's current account surplus grew from a year earlier in {month}. Exports rose to {v} billion "
                   "yen, the {nth} straight monthly expansion.", True),
    ("bpbp6jynim", "Japan's current account balance for {month} was released. Compared with a year earlier, imports "
                   "grew to {v} billion yen for the {nth} consecutive monthly rise.", True),
    ("bpbp6jynex", "In Japan's balance of payments for {month}, exports fell from a year earlier to {v} billion yen, "
                   "the {nth} straight monthly decline.", False),
])
def test_a_run_of_a_flows_moves_named_after_its_grain(data, loaded_store, code, text, up):
    s = series(f"boj.bop.{code}", loaded_store)
    p, k = yoy_run_end(s, up, at_least=3)
    when = (p + 2).to_timestamp().strftime("%Y-%m-10")
    body = text.format(month=month_name(p), v=f"{float(s[p]) / 10:,.1f}", nth=_ordinal(k))
    recs = check_text(body, date=when, store=data)
    rec = next(r for r in recs if r["measure"] == "streak")
    assert rec["verdict"] == "supported" and "from a year before" in rec["explanation"], rec["explanation"]
    wrong = check_text(body.replace(_ordinal(k), _ordinal(k + 2)), date=when, store=data)
    rec = next(r for r in wrong if r["measure"] == "streak")
    assert as_read(rec) == "contradicted", rec["explanation"]
