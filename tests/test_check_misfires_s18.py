"""A misfire hunt over session 18's checker rules (issue 13): short invented passages in the corpus's genres (TIC
holdings stories, MoF flows, balance-of-payments releases, intervention reports) stating TRUE facts computed from the
store, in wordings the rules were not written from. Each test is a must-not-fire case: a true figure the checker called
contradicted before the fix named in the test, with a near construction that must still read as before. The facts and
the expected values are the store's own."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim

from ustflow.views.check import check_text

TIC_DAY = "2026-06-18"  # TIC had published April 2026 by then


def _bn(v: float) -> str:
    return f"${abs(v):,.1f} billion"


# that_time: "Back then" / "At the time" with no month named in the sentence before is a time the checker cannot place -


@pytest.mark.parametrize("opener", ["Back then", "At that time", "At the time"])
def test_back_then_with_no_month_before_is_not_the_latest(data, tic, opener):
    # must not fire: the level of a year before ("up ... from a year earlier", then "over the same period") was judged
    # at April 2026, the story's month ($743.6 billion against 651.1: contradicted)
    jp, cn = tic("japan"), tic("china_mainland")
    assert round(cn["2025-04"], 1) != round(cn["2026-04"], 1)
    text = (f"Japan's Treasury holdings were {_bn(jp['2026-04'])} at the end of April, up {_bn(jp['2026-04'] - jp['2025-04'])} "
            f"from a year earlier. China's stood at {_bn(cn['2026-04'])}, down {_bn(cn['2025-04'] - cn['2026-04'])} over the "
            f"same period. {opener}, China held {_bn(cn['2025-04'])}.")
    res = check_text(text, date=TIC_DAY, store=data)
    rec = by_claim(res, _bn(cn["2025-04"]))
    assert rec["verdict"] == "unverifiable" and opener in rec["explanation"], rec
    assert by_claim(res, _bn(cn["2026-04"]))["verdict"] == "supported", res


def test_at_the_time_after_a_month_without_its_year_is_that_month(data, tic):
    # must still read: the sentence before names the story's month ("in April"): its levels, supported; a wrong one
    # still contradicted; a bare "Then" keeps the latest too
    jp, cn, uk = tic("japan"), tic("china_mainland"), tic("united_kingdom")
    res = check_text(f"Japan's holdings rose to {_bn(jp['2026-04'])} in April. At the time, China held {_bn(cn['2026-04'])}, "
                     f"and Britain {_bn(uk['2026-04'] + 20)}.", date=TIC_DAY, store=data)
    assert [(by_claim(res, _bn(v))["official_period"], by_claim(res, _bn(v))["verdict"]) for v in
            (cn["2026-04"], uk["2026-04"] + 20)] == [("2026-04", "supported"), ("2026-04", "contradicted")], res
    rec = by_claim(check_text(f"China's holdings fell over the year. Then China held {_bn(cn['2026-04'] + 20)}.",
                              date=TIC_DAY, store=data), _bn(cn["2026-04"] + 20))
    assert rec["verdict"] == "contradicted", rec


# claim_fill._first_after: the holder overtaken, named after the figure ("its holdings rose to $X, overtaking China as
# the second-largest holder") is not the figure's subject -------------------------------------------------------------


@pytest.mark.parametrize("relation", ["overtaking China as the second-largest holder", "surpassing China",
                                      "moving ahead of China"])
def test_a_holder_overtaken_after_the_figure_is_not_its_subject(data, tic, relation):
    # must not fire: the UK's $779.3 billion (March 2025) was judged as China's holdings (765.4: contradicted)
    uk, cn = tic("united_kingdom"), tic("china_mainland")
    assert uk["2025-03"] > cn["2025-03"] and uk["2025-02"] < cn["2025-02"]
    text = (f"Britain held {_bn(uk['2025-02'])} in February 2025. In March 2025 its holdings rose to {_bn(uk['2025-03'])}, "
            f"{relation}.")
    rec = by_claim(check_text(text, date=TIC_DAY, store=data), _bn(uk["2025-03"]))
    assert (rec["series"], rec["official_period"], rec["verdict"]) == ("tic.holdings.united_kingdom", "2025-03",
                                                                      "supported"), rec


def test_a_holder_after_the_figure_that_is_its_subject_is_kept(data, tic):
    # must still read: a holder after the figure with no relation before it is still the figure's ("held by China");
    # a wrong figure of the UK's is still contradicted
    uk, cn = tic("united_kingdom"), tic("china_mainland")
    text = f"In March 2025 Britain's holdings rose to {_bn(uk['2025-03'] + 20)}, overtaking China."
    rec = by_claim(check_text(text, date=TIC_DAY, store=data), _bn(uk["2025-03"] + 20))
    assert (rec["series"], rec["verdict"]) == ("tic.holdings.united_kingdom", "contradicted"), rec
    rec = by_claim(check_text(f"In March 2025, {_bn(cn['2025-03'])} was held by China.", date=TIC_DAY, store=data),
                   _bn(cn["2025-03"]))
    assert (rec["series"], rec["verdict"]) == ("tic.holdings.china_mainland", "supported"), rec
