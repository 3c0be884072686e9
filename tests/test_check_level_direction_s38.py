"""`ustflow check` on a TIC level whose verb says the other way than the month moved (issue 13, session 38): "surged to
approximately $51.20 billion" for a November that fell 0.2. The level is the figure's claim and it matches: it is
``supported``, and the explanation says which way the month moved (``holdings._direction_check``); the move is a claim
of its own. Until session 38 such levels were called contradicted (or set aside when a nearby reading fit): on the
claims corpus's development articles the rule fired 11 times, in 6 articles of 6 batches and 6 publications, every
time on a level labelled supported. Sentences from real articles (tests/claims_corpus), values from the store.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import claim_containing, dollars_bn
from ustflow.views.check import check_text

# zawya-2025-01-21-kuwait-51-20-november (batch 26): Kuwait 51.2 in November 2024, down 0.2 from October
ZAWYA = ("Kuwait’s holdings of US Treasury bonds surged to approximately $51.20 billion in November 2024, marking an 18.90 "
         "percent increase compared to $43.06 billion in November 2023, according to the latest data from the US Treasury "
         "Department.", "2025-01-21", "$51.20 billion", "tic.holdings.kuwait", 51.2)
# ap-fool-2013-08-15-third-month-june (batch 24): all foreign holders 5,725 in March 2013, up from February
FOOL = ("The Treasury Department said Thursday that total foreign holdings declined to $5.6 trillion in June, a drop of 1 "
        "percent from May. Total foreign holdings fell 0.9 percent in May and 0.3 percent in April after hitting an all-time "
        "high of $5.7 trillion in March.", "2013-08-15", "$5.7 trillion", "tic.holdings.grand_total", 5725.0)
# econoday-cme-2015-05-15-tic-march (batch 22): Japan 1,224.7 in March 2015, up 0.3 from February
ECONODAY = ("After only a single month in second place, China is back on top as the biggest holder of US Treasuries at "
            "$1.261 trillion in data for March. This represents heavy net buying of $37.3 billion in the month. Japan, "
            "which in February held the number one spot for the first time since 2008, fell back once again to second "
            "with holdings little changed at $1.224 trillion.", "2015-05-15", "$1.224 trillion", "tic.holdings.japan",
            1224.7)
# ofwbuddy-2025-11-19-taiwan-top-10 (batch 9): Taiwan 312.6 in September 2025, down 0.9 from August
OFW = ("Taiwan also boosted its exposure to U.S. Treasuries. Its holdings rose by $900 million, reaching approximately "
       "$312.6 billion, keeping it in 10th place among all foreign holders.", "2025-11-19", "$312.6 billion",
       "tic.holdings.taiwan", 312.6)


@pytest.mark.parametrize("text,date,figure,series,value", [ZAWYA, FOOL, ECONODAY, OFW],
                         ids=["zawya-surged", "fool-fell-after", "econoday-fell-back", "ofwbuddy-rose"])
def test_a_matching_level_against_its_verb_is_supported(data, text, date, figure, series, value):
    rec = claim_containing(check_text(text, date=date, store=data), figure)
    assert (rec["verdict"], rec["series"]) == ("supported", series), rec
    assert rec["official_value"] == pytest.approx(value, abs=0.05), rec


def test_the_move_the_level_does_not_carry_is_still_judged(data):
    # "Its holdings rose by $900 million": the move has a figure of its own, and Taiwan fell 0.9: still contradicted
    rec = claim_containing(check_text(OFW[0], date=OFW[1], store=data), "$900 million")
    assert rec["verdict"] == "contradicted", rec


def _against(tic, who):
    """The latest month (to 2025-12) whose level moved by more than 1 from the month before, and that move."""
    s = tic(who)
    for p in sorted((q for q in s.index if q <= pd.Period("2025-12", "M")), reverse=True):
        move = float(s[p] - s[p - 1])
        if abs(move) > 1:
            return p, float(s[p]), move
    return None


@pytest.mark.parametrize("template", [
    "{name}'s holdings of Treasuries {verb} to {level} in {month}.",
    "In {month}, {name} {verb} its holdings to {level}, the Treasury said.",
])
def test_paraphrases_a_verb_against_the_month(data, tic, template):
    # other wordings and holders: the verb the other way than the month's move; the level matches and is supported,
    # the explanation saying how the month moved
    for who, name in (("china_mainland", "China"), ("japan", "Japan"), ("united_kingdom", "Britain")):
        got = _against(tic, who)
        if got is None:
            continue
        p, level, move = got
        verb = ("cut" if "its holdings" in template else "fell") if move > 0 else \
            ("raised" if "its holdings" in template else "climbed")
        text = template.format(name=name, verb=verb, level=dollars_bn(level), month=p.strftime("%B %Y"))
        rec = claim_containing(check_text(text, date="2026-02-20", store=data), dollars_bn(level))
        assert rec["verdict"] == "supported", rec
        assert f"not as '{verb}' says" in rec["explanation"], rec
        return
    pytest.skip("no month moved")


def test_a_level_that_does_not_match_is_still_contradicted(data, tic):
    # must still fire: the verb the other way AND the level wrong
    p, level, move = _against(tic, "japan")
    text = f"Japan's holdings {'fell' if move > 0 else 'rose'} to {dollars_bn(level + 40)} in {p.strftime('%B %Y')}."
    rec = claim_containing(check_text(text, date="2026-02-20", store=data), dollars_bn(level + 40))
    assert rec["verdict"] == "contradicted", rec
