"""`ustflow check` on a holder's long- or short-term part told in a sentence that names neither the holder nor its
holdings ("Short-term bonds accounted for $3.5 bln.", "Long-term bonds accounted for $38.64 billion of the total."): in a story about
TIC holdings it is the story's holder's part (SLT Table 3, ``holdings_terms``), never the holder's whole. Invented
sentences; values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim
from ustflow.check.holdings_terms import term_id, term_series
from ustflow.views.check import check_text


def _part(data, slug: str, kind: str, month: str) -> float:
    return float(term_series(data, term_id(slug, kind))[pd.Period(month, "M")])


@pytest.mark.parametrize("tail, kind", [
    ("Short-term bonds accounted for ${v:.2f} billion.", "st"),
    ("Long-term bonds accounted for ${v:.2f} billion of the total.", "lt"),
    ("Short-term bills amounted to ${v:.2f} billion, the data showed.", "st"),
])
def test_a_part_alone_is_the_story_holders(data, tail, kind):
    total = float(data.series("tic.holdings.kuwait")[pd.Period("2022-10", "M")])
    v = _part(data, "kuwait", kind, "2022-10")
    text = f"Kuwait's holdings of US Treasuries rose to ${total:.1f} billion in October. " + tail.format(v=v)
    rec = by_claim(check_text(text, date="2022-12-18", store=data), f"${v:.2f} billion")
    assert (rec["measure"], rec["verdict"], rec["subject"]) == ("holdings_level", "supported", "Kuwait"), rec
    assert ("short-term" if kind == "st" else "long-term") in rec["explanation"], rec


def test_a_part_in_a_story_on_something_else_is_not_holdings(data):
    text = "Japan's 10-year yield rose to 0.25% in October. Short-term bonds accounted for $3.50 billion of trading."
    rec = by_claim(check_text(text, date="2022-12-18", store=data), "$3.50 billion")
    assert rec["measure"] != "holdings_level", rec
