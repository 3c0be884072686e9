"""Rolling correlation of Bitcoin with USD/JPY and the 10-year Treasury yield.

Some readers treat Japanese flows and the yen carry trade as a liquidity signal for Bitcoin. This
module only measures co-movement; it is not evidence of a channel. The BTC-USD price is NON-OFFICIAL
(Yahoo Finance daily close, a stand-in for FRED's CBBTCUSD) and is labelled so in every output.

Method: Bitcoin trades every day, FRED series on US business days. BTC is sampled on the dates the
other two series have a value (its close on that calendar day), so a weekend move of BTC falls into
Monday's return, as it does for the yen. Returns: log change of BTC and of USD/JPY, first difference
of the 10-year yield in bp. Pearson correlation over a rolling window of ``window`` common dates
(``min_periods`` = 80% of it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

NON_OFFICIAL = "BTC-USD: Yahoo Finance daily close, NON-OFFICIAL market data (stand-in for FRED CBBTCUSD), context only"


def daily_changes(btc: "pd.Series", usdjpy: "pd.Series", ust10y_pct: "pd.Series") -> "pd.DataFrame":
    """Aligned daily changes: ``btc_logret``, ``usdjpy_logret``, ``ust10y_change_bp`` on common dates."""
    import numpy as np
    import pandas as pd

    # BTC has a close every calendar day, so no filling: a date missing from its file is left out.
    df = pd.concat({"btc": btc, "usdjpy": usdjpy, "ust10y": ust10y_pct}, axis=1, sort=True).dropna()
    out = pd.DataFrame({"btc_logret": np.log(df["btc"]).diff(), "usdjpy_logret": np.log(df["usdjpy"]).diff(),
                        "ust10y_change_bp": df["ust10y"].diff() * 100.0}).dropna()
    out.index.name = "date"
    return out


def rolling_correlation(changes: "pd.DataFrame", window: int = 60) -> "pd.DataFrame":
    """Rolling correlations of BTC returns with USD/JPY returns and 10y yield changes (and the number of obs)."""
    import pandas as pd

    if window < 5:
        raise ValueError(f"window must be at least 5 observations, got {window}")
    mp = max(5, int(0.8 * window))
    c1 = changes["btc_logret"].rolling(window, min_periods=mp).corr(changes["usdjpy_logret"])
    c2 = changes["btc_logret"].rolling(window, min_periods=mp).corr(changes["ust10y_change_bp"])
    n = changes["btc_logret"].rolling(window, min_periods=1).count()
    out = pd.DataFrame({"corr_btc_usdjpy": c1, "corr_btc_ust10y": c2, "n_obs": n.astype(int)}).dropna()
    out.attrs["units"] = {"corr_btc_usdjpy": "Pearson correlation of daily log returns",
                          "corr_btc_ust10y": "Pearson correlation, BTC log return vs 10y change in bp"}
    out.attrs["note"] = NON_OFFICIAL
    return out


def full_sample_correlation(changes: "pd.DataFrame") -> dict:
    """Correlations over the whole common sample, with the sample's first/last date and size."""
    if changes.empty:
        return {"corr_btc_usdjpy": float("nan"), "corr_btc_ust10y": float("nan"), "n_obs": 0}
    return {"corr_btc_usdjpy": float(changes["btc_logret"].corr(changes["usdjpy_logret"])),
            "corr_btc_ust10y": float(changes["btc_logret"].corr(changes["ust10y_change_bp"])),
            "n_obs": len(changes), "first": changes.index[0].date().isoformat(),
            "last": changes.index[-1].date().isoformat()}
