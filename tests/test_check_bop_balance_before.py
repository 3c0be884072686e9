"""`ustflow check` on a balance-of-payments figure told of "the surplus" (deficit) right after a sentence that names
the balance with no figure of its own ("The current account surplus fell at a record pace in fiscal 2008. The surplus
was down 50.2 percent ..."): the balance that sentence names (``bop_topic.balance_before``); not a figure of exports or
imports named between ("The surplus grew after crude oil imports dropped 38.2 percent"). And a record "since" a dated
event (Lehman's collapse), which reporters date loosely: the last period beyond it within the year before the event is
"since" it. Invented sentences; expected values are the store's own (``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import bop_span, by_claim, series


def _tn(v: float) -> str:
    return f"¥{abs(v) / 10000:.2f} trillion"


@pytest.mark.parametrize("text", [
    "Japan's current account surplus shrank in fiscal {fy}, the Finance Ministry said Wednesday.\n\n"
    "The surplus was down {pct} percent from a year earlier to {lvl}, the ministry said.",
    "The current account surplus narrowed in fiscal {fy} on weaker exports.\n\n"
    "The surplus came to {lvl}, down {pct} percent from the previous year.",
    "In fiscal {fy}, Japan's current account balance stayed in the black. Its surplus fell {pct} percent from a year "
    "before to {lvl}.",
])
def test_the_surplus_after_a_sentence_naming_the_balance_is_that_balance(data, loaded_store, text):
    from ustflow.views.check import check_text

    fy = 2008
    now = bop_span(loaded_store, "bpbp6jyncb", f"{fy}-04", f"{fy + 1}-03")
    before = bop_span(loaded_store, "bpbp6jyncb", f"{fy - 1}-04", f"{fy}-03")
    pct = f"{abs(now / before - 1) * 100:.1f}"
    recs = check_text(text.format(fy=fy, pct=pct, lvl=_tn(now)), date=f"{fy + 1}-05-14", store=data)
    rec = by_claim(recs, f"{pct} percent")
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jyncb", "supported"), rec
    rec = by_claim(recs, _tn(now))
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bpbp6jyncb", "supported"), rec


def test_a_flow_named_between_the_surplus_and_the_figure_is_not_the_balance(data, loaded_store):
    from ustflow.views.check import check_text

    text = ("Japan posted its largest current account surplus for a half-year period in 2016.\n\n"
            "The surplus between January and June grew after crude oil imports dropped 38.2 percent in value terms.")
    rec = by_claim(check_text(text, date="2016-08-08", store=data), "38.2 percent")
    assert not (rec["series"] or "").startswith("boj.bop") and rec["verdict"] == "unverifiable", rec


def test_a_record_since_a_dated_event_counts_the_year_before_it(data, loaded_store):
    from ustflow.views.check import check_text

    s = series("boj.bop.bpbp6jyncb", loaded_store)
    halves = {p: bop_span(loaded_store, "bpbp6jyncb", str(p - 5), str(p)) for p in s.index if p.month in (6, 12) and
              p - 5 in s.index}
    h22007, h12008 = pd.Period("2007-12", "M"), pd.Period("2008-06", "M")
    after = [p for p in halves if p > h22007 and halves[p] < halves[h22007]]
    # a half after the crisis below July-December 2007, above every half since January-June 2008
    p = next((x for x in after if x.year >= 2010 and halves[x] >= max(halves[y] for y in halves if h12008 <= y < x)),
             None)
    if p is None:
        pytest.skip("no such half in the store")
    text = (f"Japan's current account surplus for January-June {p.year} rose to "
            f"{_tn(halves[p])}, the biggest since the collapse of Lehman Brothers in 2008.")
    if p.month == 12:
        text = text.replace("January-June", "July-December")
    recs = check_text(text, date=f"{p.year + (p.month == 12)}-{'02' if p.month == 12 else '08'}-10", store=data)
    rec = next(r for r in recs if r["measure"] == "extreme")
    assert rec["verdict"] == "supported", rec
