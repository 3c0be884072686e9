"""MoF International Transactions in Securities: Acquisition - Disposition = Net (rule mof_net)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ustflow.parse._base import Parsed
from ustflow.validate.rules import fail, id_parts

# MoF rounds every figure to JPY 100mn ("Totals may not add due to rounding", note 2 of every file),
# and the investor aggregates (a+b+c+d, public, deposit-taking, ...) add rounded parts: the real
# files differ from the identity by at most 4 (monthb2/3/4) and 1 (week, montha1).
TOLERANCE = 5.0


def check_net(parsed: Parsed, name: str) -> None:
    obs = parsed.observations
    codes, parts = id_parts(obs["series_id"], rsplit=True, maxsplit=1)
    measure_of = {"acq": 0, "disp": 1, "net": 2}
    measure = np.array([measure_of.get(p[-1], -1) for p in parts])[codes]
    base_idx, base_names = pd.factorize(np.array([p[0] for p in parts], dtype=object))  # acq, disp, net -> one base
    base = base_idx[codes]
    keep = measure >= 0
    if not keep.any():
        return
    df = pd.DataFrame({"base": base[keep], "period": obs["period"].to_numpy()[keep], "m": measure[keep],
                       "value": obs["value"].to_numpy()[keep]})
    wide = df.set_index(["base", "period", "m"])["value"].unstack("m")
    if not {0, 1, 2} <= set(wide.columns):
        return
    wide = wide.dropna(subset=[0, 1, 2])
    gap = wide[0] - wide[1] - wide[2]
    bad = gap.abs() > TOLERANCE
    if not bad.any():
        return
    (b, period), row = next(iter(wide[bad].iterrows()))
    acq, disp, net = row[0], row[1], row[2]
    hit = (base == b) & (obs["period"].to_numpy() == np.datetime64(period))
    line = int(obs["line"].to_numpy()[hit][0]) if "line" in obs.columns and hit.any() else None
    swapped = bool(np.isclose(net - disp, acq, atol=TOLERANCE))  # Acquisition and Net columns swapped
    fail("mof_net", name, line,
         f"Acquisition - Disposition = Net within {TOLERANCE:g} (JPY 100mn) in every row; "
         + (f"{int(bad.sum()):,} rows break it" if bad.sum() > 1 else "1 row breaks it")
         + ("; Acquisition and Net look swapped" if swapped else ""),
         f"{base_names[b]} {pd.Timestamp(period).date()}: {acq:,.0f} - {disp:,.0f} vs Net {net:,.0f}")
