"""`ustflow check`: "Treasury bonds", "notes and bonds", "government bonds" are words some stories use for all of a
holder's Treasuries and others for the long-term part (issue 13, session 14). A level said in such words that is wrong
for the total (TIC's Major Foreign Holders) but right for the long-term part (SLT Table 3) is `unverifiable`, naming
the part; a figure that fits neither stays contradicted, and so does one said of "Treasuries" (no part word).
Invented sentences; the expected values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import claim_containing, series
from ustflow.check.holdings_terms import term_series
from ustflow.views.check import check_text

MARCH = pd.Period("2024-03", "M")


@pytest.fixture(scope="module")
def long_part(data, loaded_store) -> float:
    lt = term_series(data, "tic.holdings_term.japan.lt")[MARCH]
    assert abs(series("tic.holdings.japan", loaded_store)[MARCH] - lt) > 50  # the part is far from the total
    return round(lt, 1)


@pytest.mark.parametrize("text", [
    "Japan's holdings of U.S. Treasury bonds stood at ${x:,.1f} billion in March.",
    "Japan held ${x:,.1f} billion of Treasury notes and bonds at the end of March.",
    "Japan's stock of US government bonds was ${x:,.1f} billion in March, the data showed.",
])
def test_the_long_term_part_is_a_reading_of_bonds(data, long_part, text):
    rec = claim_containing(check_text(text.format(x=long_part), date="2024-05-20", store=data), f"{long_part:,.1f}")
    assert rec["verdict"] == "unverifiable", rec["explanation"]
    assert "other_reading" in rec["flags"]
    assert "the long-term (bonds and notes) part rather than the total" in rec["explanation"]


def test_a_level_that_fits_neither_part_nor_total_stays_contradicted(data, long_part):
    x = long_part + 40
    text = f"Japan's holdings of U.S. Treasury bonds stood at ${x:,.1f} billion in March."
    rec = claim_containing(check_text(text, date="2024-05-20", store=data), f"{x:,.1f}")
    assert rec["verdict"] == "contradicted"
    assert "other_reading" not in rec["flags"]


def test_treasuries_is_the_whole(data, long_part):
    text = f"Japan's holdings of U.S. Treasuries stood at ${long_part:,.1f} billion in March."
    rec = claim_containing(check_text(text, date="2024-05-20", store=data), f"{long_part:,.1f}")
    assert rec["verdict"] == "contradicted"


def test_a_part_nearly_the_whole_is_no_reading(data, loaded_store):
    june = pd.Period("2018-06", "M")
    lt, total = term_series(data, "tic.holdings_term.china_mainland.lt")[june], \
        series("tic.holdings.china_mainland", loaded_store)[june]
    assert abs(total - lt) / total < 0.05  # bills a few percent of the whole at most
    x = round(lt / 1000, 3)  # 1.187 for 1,191.2: the total misstated, or the part?
    text = f"China's holdings of U.S. Treasury bonds stood at ${x:.3f} trillion in June."
    rec = claim_containing(check_text(text, date="2018-08-20", store=data), f"{x:.3f}")
    assert "part rather than the total" not in rec["explanation"]  # a near miss of the total, whatever its verdict
