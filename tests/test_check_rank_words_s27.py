"""`ustflow check` on a rank in apposition followed by a move (issue 13, session 27): "The UK, the third-largest
foreign holder, saw its stockpile go up" was read as a place let go ("... lapse", "let the top spot go") and the
true rank called contradicted ("the claim says it is no longer number 3"). 'go' followed by a direction or a
preposition is a move, not a place given up. The sentence is from a development article of the claims corpus
(bloomberg-bnn-2025-04-16, batch 20); the rank expected is computed from the loaded TIC table."""

from __future__ import annotations

from tests.helpers import claim_containing
from ustflow.views.check import check_text


def test_a_rank_in_apposition_before_a_move_up_is_the_place_held(ranks, data):
    text = ("Foreign holdings of U.S. Treasuries surged in February. The UK, the third-largest foreign holder, saw "
            "its stockpile go up by $10.1 billion, to $750.3 billion.")
    place = int(ranks.loc["2025-02", "united_kingdom"])
    rec = claim_containing(check_text(text, date="2025-04-16", store=data), "third-largest")
    assert place == 3
    assert rec["verdict"] == "supported" and rec["official_value"] == 3.0
    assert rec["official_period"] == "2025-02" and rec["series"] == "tic.holdings.united_kingdom"
    assert "no longer" not in rec["explanation"]


def test_a_place_let_go_is_still_read_as_lost(ranks, data):
    text = "Britain let its place as the third-largest foreign holder of Treasuries go in February 2025."
    rec = claim_containing(check_text(text, date="2025-04-16", store=data), "third-largest")
    assert int(ranks.loc["2025-02", "united_kingdom"]) == 3
    assert rec["verdict"] == "contradicted" and "no longer number 3" in rec["explanation"]
