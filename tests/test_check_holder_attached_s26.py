"""`ustflow check` on a figure written right after its holder's name, in a sentence naming other holders (session 26,
``holder_attached``), in real stories' sentences:

- "China's holdings stood at $688.7bn, followed by Belgium at $468.4bn, Canada at $419.1bn, and Luxembourg at $419bn"
  (GDN, 17 Dec 2025): Luxembourg's $419bn is Luxembourg's (418.0 today, a first print revised since), though it fits
  Canada's 419.4 too: contradicted, not set aside as possibly Canada's;
- "Ireland ($314.8 billion) moved to the fourth line, which displaced down Luxembourg ($314 billion)" (xiixwealth, 19
  Apr 2022): Luxembourg's (316.4 today), not Ireland's 314.7.

Expected values are the store's own (``tic.holdings``).
"""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, tic_level
from ustflow.views.check import check_text


def _is_luxembourgs_first_print(rec: dict, store, month: str) -> None:
    assert (rec["verdict"], rec["subject"], rec["series"], rec["official_period"]) == \
        ("contradicted", "Luxembourg", "tic.holdings.luxembourg", month), rec
    assert rec["official_value"] == pytest.approx(tic_level(store, "luxembourg", month))
    assert "possible_revision" in rec["flags"] and "other_reading" not in rec["flags"]


def test_a_figure_after_its_holders_name_and_at_is_that_holders(data, loaded_store):
    text = ("China's holdings stood at $688.7bn, followed by Belgium at $468.4bn, Canada at $419.1bn, and Luxembourg at "
            "$419bn.")
    _is_luxembourgs_first_print(by_claim(check_text(text, date="2025-12-17", store=data), "$419bn"), loaded_store,
                                "2025-10")


def test_a_figure_in_brackets_after_its_holders_name_is_that_holders(data, loaded_store):
    text = ("The third position with a large gap from the leaders continues to be occupied by Great Britain ($625.2 "
            "billion), Ireland ($314.8 billion) moved to the fourth line, which displaced down Luxembourg ($314 billion).")
    _is_luxembourgs_first_print(by_claim(check_text(text, date="2022-04-19", store=data), "$314 billion"),
                                loaded_store, "2022-02")
