"""Japan's balance of payments (BoJ flat file bp_m_en): acquisition and disposition make the net
(rule boj_net).

Every portfolio-investment series ``BPPI6...`` with a Net code (letter N in the 8th place, e.g.
``BPPI6D3NAUS``) has its Acquisition and Disposition twins (``...PAUS``, ``...RAUS`` for assets).
Assets (``BPPI6D``): Net = P - R; liabilities (``BPPI6E``, where the BoJ's letters are the other way
round): Net = R - P. The file holds them exactly (to 1e-8 on all 590 triples and 69,879 months), so
a gap above half a unit (JPY 50mn) is a changed cell or shifted columns.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ustflow.parse._base import Parsed
from ustflow.validate.rules import fail, located

TOLERANCE = 0.5  # JPY 100mn
_NET = re.compile(r"^boj\.bop\.(bppi6[de].)n(.*)$")


def check_net(parsed: Parsed, name: str) -> None:
    ids = set(parsed.series["id"])
    triples = []
    for sid in ids:
        m = _NET.match(sid)
        if m:
            p, r = f"boj.bop.{m.group(1)}p{m.group(2)}", f"boj.bop.{m.group(1)}r{m.group(2)}"
            if p in ids and r in ids:
                triples.append((sid, p, r, -1.0 if m.group(1)[5] == "e" else 1.0))
    if not triples:
        return
    obs = parsed.observations
    used = {s for t in triples for s in t[:3]}
    sub = obs[obs["series_id"].isin(used)]
    wide = sub.pivot(index="period", columns="series_id", values="value")
    wide.columns = wide.columns.astype(str)
    n, p, r = (wide.reindex(columns=[t[i] for t in triples]).to_numpy() for i in range(3))  # empty series: NaN
    sign = np.array([t[3] for t in triples])
    gap = np.abs(sign * (p - r) - n)
    bad = np.argwhere(np.nan_to_num(gap, nan=0.0) > TOLERANCE)
    if not len(bad):
        return
    i, j = bad[0]
    net, pp, rr = triples[j][0], triples[j][1], triples[j][2]
    period = wide.index[i]
    fail("boj_net", *located(name, sub, (sub["series_id"] == net) & (sub["period"] == period)),
         "Net = Acquisition - Disposition for assets (Disposition - Acquisition for liabilities) within "
         f"{TOLERANCE:g} JPY 100mn; {len(bad):,} month(s) break it",
         f"{net.upper().split('.')[-1]} {pd.Timestamp(period).date()}: {n[i, j]:,.2f} vs "
         f"{pp.split('.')[-1].upper()} {p[i, j]:,.2f} and {rr.split('.')[-1].upper()} {r[i, j]:,.2f}")
