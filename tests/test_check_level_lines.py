"""`ustflow check` on lists of holdings written one item a line, "(1) Japan – $1,276.7" under a heading naming the
scale, or "Nov '09 - $155.5 billion" under prose naming one holder (issue 13, session 20: ``check/level_lines``).
Invented lists; every expected value is read here from the loaded store."""

from __future__ import annotations

import pandas as pd

from tests.helpers import by_claim, series
from ustflow.check.tables import strip_tables
from ustflow.views.check import check_text


def test_numbered_holders_under_a_heading_in_billions(data, loaded_store):
    p = pd.Period("2019-03", "M")
    jp, cn, ie = (series(f"tic.holdings.{k}", loaded_store) for k in ("japan", "china_mainland", "ireland"))
    text = ("Who holds U.S. Treasuries?\n\nLargest holders of U.S. government debt in billions\n\n"
            f"(1) China – ${cn[p]:,.1f}\n(2) Japan – ${jp[p] + 20:,.1f}\n(3) Ireland – {ie[p]:,.1f}\n"
            "(4) Everyone else $2,900.0\n")
    r = check_text(text, date="2019-05-20", store=data)  # no month said: the latest published, March
    rec = by_claim(r, f"${cn[p]:,.1f}")
    assert (rec["verdict"], rec["official_period"]) == ("supported", str(p))
    assert by_claim(r, f"${jp[p] + 20:,.1f}")["verdict"] == "contradicted"
    assert by_claim(r, f"{ie[p]:,.1f}")["verdict"] == "supported"  # no dollar sign of its own: the list's
    assert by_claim(r, "$2,900.0")["verdict"] == "unverifiable"  # a holder TIC does not list
    ranks = {x["claim"]: x for x in r if x.get("official_unit") == "rank"}
    assert ranks["(1)"]["verdict"] == "supported" and ranks["(1)"]["official_period"] == str(p)
    third = ranks["(3)"]  # Ireland's place that month, as TIC ranks the holders
    assert third["verdict"] == ("supported" if third["official_value"] == 3 else "contradicted")
    assert "(3) Ireland" not in strip_tables(text)


def test_months_of_one_holder_named_above(data, loaded_store):
    uk = series("tic.holdings.united_kingdom", loaded_store)
    months = [pd.Period("2016-01", "M") + k for k in range(3)]
    rows = "\n".join(f"{m:%b} '{m:%y} - ${uk[m]:.1f} billion" for m in months)
    text = (f"The United Kingdom held ${uk[months[-1]]:.1f} billion of US Treasuries in March.\n\n"
            f"Its holdings month by month:\n\n{rows}\n")
    r = check_text(text, date="2016-05-20", store=data)
    for m in months:
        rec = by_claim(r, f"${uk[m]:.1f} billion")
        assert (rec["verdict"], rec["official_period"]) == ("supported", str(m)), rec


def test_lists_that_are_not_read(data, loaded_store):
    # near misses: no scale anywhere; months under prose naming two holders; a list of another measure (reserves)
    for text in ("Holdings of U.S. Treasuries\n\n(1) China – $1,100.5\n(2) Japan – $1,050.2\n(3) Ireland – $300.4\n",
                 "China and Japan both trimmed their US Treasuries.\n\n"
                 "Jan '16 - $1,200.5 billion\nFeb '16 - $1,190.2 billion\nMar '16 - $1,180.3 billion\n",
                 "China's reserves dwarf its U.S. Treasuries.\n\nForeign exchange reserves in billions\n\n"
                 "(1) China – $3,100.5\n(2) Japan – $1,250.2\n(3) Switzerland – $800.4\n"):
        r = check_text(text, date="2016-05-20", store=data)
        assert not [x for x in r if x["claim"].startswith(("$1,100.5", "$1,200.5", "$3,100.5"))
                    and x.get("official_unit") == "USD bn"], r
