"""Numbers written for machines: CSV without the noise of binary floating point."""

from __future__ import annotations


def without_float_noise(df):
    """Floats rounded to 12 significant digits, so CSV says 3.5855 where arithmetic left 3.5854999999999997
    (and still 866.0, not 866: the column stays a float column)."""
    floats = [c for c in df.columns if df[c].dtype.kind == "f"]
    if not floats:
        return df
    out = df.copy()
    for c in floats:
        out[c] = [v if v != v or v in (float("inf"), float("-inf")) else float(f"{v:.12g}") for v in out[c].tolist()]
        out[c] = out[c].astype("float64")
    return out
