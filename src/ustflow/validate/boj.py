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
    periods, n, p, r = _wide(obs, triples)
    sign = np.array([t[3] for t in triples])
    gap = np.abs(sign * (p - r) - n)
    bad = np.argwhere(np.nan_to_num(gap, nan=0.0) > TOLERANCE)
    if not len(bad):
        return
    i, j = bad[0]
    net, pp, rr = triples[j][0], triples[j][1], triples[j][2]
    period = periods[i]
    sub = obs[obs["series_id"].isin({net, pp, rr})]
    fail("boj_net", *located(name, sub, (sub["series_id"] == net) & (sub["period"] == period)),
         "Net = Acquisition - Disposition for assets (Disposition - Acquisition for liabilities) within "
         f"{TOLERANCE:g} JPY 100mn; {len(bad):,} month(s) break it",
         f"{net.upper().split('.')[-1]} {pd.Timestamp(period).date()}: {n[i, j]:,.2f} vs "
         f"{pp.split('.')[-1].upper()} {p[i, j]:,.2f} and {rr.split('.')[-1].upper()} {r[i, j]:,.2f}")


def _wide(obs: pd.DataFrame, triples: list) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The periods of the triples' values, and their Net, P and R values as (period x triple) arrays,
    NaN where a series has no value (what a pivot and a reindex would give, without their sort:
    the values are scattered into place by their series' triple and their period's position)."""
    ids = obs["series_id"]
    if isinstance(ids.dtype, pd.CategoricalDtype):
        codes, names = ids.cat.codes.to_numpy(), ids.cat.categories
    else:
        codes, names = pd.factorize(ids)
    where = {sid: (k, j) for j, t in enumerate(triples) for k, sid in enumerate(t[:3])}
    part = np.full(len(names) + 1, -1, dtype=np.int64)  # by code (-1: not in a triple); last slot: NaN code
    slot = np.zeros(len(names) + 1, dtype=np.int64)
    for c, sid in enumerate(names):
        if sid in where:
            part[c], slot[c] = where[sid]
    sel = part[codes] >= 0
    k, j = part[codes][sel], slot[codes][sel]
    periods, row = np.unique(obs["period"].to_numpy()[sel], return_inverse=True)
    cube = np.full((3, len(periods), len(triples)), np.nan)
    cube[k, row, j] = obs["value"].to_numpy(dtype="float64")[sel]
    return periods, cube[0], cube[1], cube[2]
