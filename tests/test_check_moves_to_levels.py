"""`ustflow check` on a holder's move said beside the level it reached ("Russia trimmed its holdings to $102.9
billion", "increased its holdings in October to $1.10 trillion"): the move is a claim of its own, the sign of the
month's change (``holder_moves.move_to_level``), as it is in a sentence with no figure. Not when a figure between says
the move ("cut its holdings by $5 billion to $X"). Real articles' sentences (development batches 9, 11, 19)."""

from __future__ import annotations

from tests.helpers import verdict_value_period
from ustflow.views.check import check_text


def test_a_cut_to_a_level(data):
    # millenniumpost-2017-08-27: Russia -5.8 in June 2017
    got = check_text("India's holdings of US government securities rose to $130.3 billion at June end. During the same "
                     "period, Russia trimmed its holdings to $102.9 billion.", date="2017-08-27", store=data)
    assert verdict_value_period(got, "trimmed its holdings") == ("supported", -5.8, "2017-05 to 2017-06")
    # economictimes-2015-08: Brazil -2.2 in June 2015
    got = check_text("Among the top ten holders, only Brazil trimmed its holdings in June to $256.3 billion.",
                     date="2015-08-18", store=data)
    assert verdict_value_period(got, "trimmed its holdings") == ("supported", -2.2, "2015-05 to 2015-06")


def test_a_rise_to_a_level(data):
    # wolfstreet-sgtreport-2023-12-19: Japan +11.8 in October 2023
    got = check_text("Japan, #1 single US creditor, increased its holdings in October to $1.10 trillion.", date="2023-12-19",
                     store=data)
    assert verdict_value_period(got, "increased its holdings") == ("supported", 11.8, "2023-09 to 2023-10")


def test_a_move_with_its_figure_is_that_figure(data):
    # not fired: the change said, the move is that figure's
    got = check_text("Japan increased its holdings by $11.8 billion in October to $1.10 trillion.", date="2023-12-19",
                     store=data)
    assert not [r for r in got if r["claim"] == "increased its holdings"], got
