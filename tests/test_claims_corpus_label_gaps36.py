"""Gaps in the claims corpus's label script closed in session 36 (reported by the builders of batch 30), each on
real figures from the corpus and the mirror: where builders used to set a value by hand, the script computes it
(or refuses loudly)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims_corpus import label
from tests.claims_corpus.figures import parse


# ------------------------------------------------------------- 1. 'since' over half-years

def test_half_year_labels_are_spans():
    assert label._span("2007-H1") == (date(2007, 1, 1), date(2007, 6, 30))
    assert label._span("2007-H2", "half") == (date(2007, 7, 1), date(2007, 12, 31))
    # Japanese fiscal halves: '2007-H2' is October 2007 - March 2008
    assert label._span("2007-H1", "fiscal_half") == (date(2007, 4, 1), date(2007, 9, 30))
    assert label._span("2007-H2", "fiscal_half") == (date(2007, 10, 1), date(2008, 3, 31))
    assert label._span("2016-H2..2017-H1", "fiscal_half") == (date(2016, 10, 1), date(2017, 9, 30))


def test_since_over_half_year_changes(shared_data):
    # benzinga-es-2022-09-22 (set by hand there): China's holdings fell 101.5 bn over the first half of 2022, the
    # largest half-year fall since the second half of 2016 (-182.4)
    claim = {"figure": "x", "sentence": "x", "categories": ["record"], "accept": ["supported"], "check": "since",
             "claimed": "2016", "official": {"src": "tic", "country": "China, Mainland", "period": "2022-H1",
                                             "annual": "half", "on": "change", "derive": "last_beyond",
                                             "order": "min"}}
    off = label._official(claim)
    assert off.value == "2016-H2" and off.detail["next"] == "2017-H1"
    assert off.detail["value"] == pytest.approx(-101.5, abs=0.05)
    assert off.detail["last_value"] == pytest.approx(-182.4, abs=0.05)
    assert label.judge(claim, off, "x")[0] == "supported"
    assert label.judge(claim | {"claimed": "2016-H2"}, off, "x")[0] == "supported"
    # the window-start reading: 'since the first half of 2017' (the half right after) is supported too
    assert label.judge(claim | {"claimed": "2017-H1"}, off, "x")[0] == "supported"
    assert label.judge(claim | {"claimed": "2018"}, off, "x")[0] == "contradicted"
