"""`ustflow check` on a holdings figure near a word of what no official series covers that is another thing's, not the
figure's (``check.coverage.out_of_scope_near``, session 22): a word after the figure in a clause or an aside of its own
("to $220.2 billion amid rising foreign exchange reserves", "with over $1.1 trillion, is also increasing its gold
reserves"), or the nation's debt a holder holds ("The third largest holder of the US national debt is Brazil"). Real
articles' sentences (development batches 17, 18, 19); the values expected are TIC's, read from the store."""

from __future__ import annotations

import pytest

from tests.helpers import claim_containing, holding
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, date, figure, slug, month", [
    # reserves named in an "amid" adjunct after the level (indianexpress, batch 19)
    ("India's holding of US government securities surged by more than $20 billion in just three months ended June to "
     "$220.2 billion amid rising foreign exchange reserves.", "2021-08-23", "$220.2 billion", "india", "2021-06"),
    # gold reserves in the clause after the holder's aside (sputnik, batch 17)
    ("Russia reduced its holdings in US Treasury securities from $14.507 billion in February by 5.8% down to $13.716 "
     "billion in March, according to the Treasury's latest report.\n\nNotably China, the world's "
     "number one investor in US state securities, with over $1.1 trillion, is also increasing its gold reserves in rates "
     "second only to Russia.", "2019-05-16", "1.1 trillion", "china_mainland", "2019-03"),
    # the holder of the US national debt: a holder of Treasuries (usdaily, batch 18)
    ("Leader in the list for June remained China: its investments in the US government debt are estimated at $ 1.18 "
     "trillion. In second place Japan – $ 1.03 trillion. The third largest holder of the US national debt is Brazil – "
     "$ 300.1 billion.", "2018-08-16", "300.1 billion", "brazil", "2018-06"),
])
def test_a_word_of_another_thing_near_a_level_leaves_it_a_level(data, text, date, figure, slug, month):
    rec = claim_containing(check_text(text, date=date, store=data), figure)
    assert rec["measure"] == "holdings_level"
    assert rec["verdict"] == "supported"
    assert rec["official_value"] == pytest.approx(holding(data, slug, month))


@pytest.mark.parametrize("text, date, figure", [
    # the reserves are the figure's: named before it in its clause (bloomberg-businesstimes, batch 17; reuters-japantimes,
    # batch 11)
    ("The figures compare with official Chinese data showing that the nation's foreign-exchange reserves were little "
     "changed in July at US$3.2 trillion, though they're down from a peak of close to US$4 trillion in 2014.", "2016-09-17",
     "US$3.2 trillion"),
    ("Separate data from the Finance Ministry on Wednesday showed that Japan's foreign reserves fell to $1.22 trillion at "
     "the end of July, down $12.4 billion from a month earlier, largely due to a drop in foreign securities holdings.",
     "2024-08-07", "$1.22 trillion"),
])
def test_a_word_said_of_the_figure_still_takes_it_out(data, text, date, figure):
    rec = claim_containing(check_text(text, date=date, store=data), figure)
    assert rec["verdict"] == "unverifiable"
