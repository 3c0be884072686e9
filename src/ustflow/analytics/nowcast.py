"""Nowcast of TIC holdings of US Treasuries for the months TIC has not published yet.

TIC's Major Foreign Holders table comes out about seven weeks after the month (the 18th of month
M+2, or the business day before). By then much of what moves the figure is public: Treasury
yields (the valuation of the long-term bonds held), the Fed's weekly custody holdings for foreign
official accounts (H.4.1), Japan's FX interventions (MoF, monthly totals at month end), Japan's
balance of payments (net purchases of US sovereign bonds, about a week before TIC) and MoF's
weekly and monthly flows. This module turns what was known at an instant (the *origin*) into an
estimate of the monthly change of one holder's holdings (USD bn, market value), month by month
after the last published one:

    change[t] = valuation[t] + drift + sum_k beta_k x input_k[t] + error[t]
    valuation[t] = -D x dy[t] / 100 x LT_position[t-1]

``dy`` is the change in the mean month-end 2-, 10- and 30-year Treasury yield (percentage points;
:func:`ustflow.analytics.decompose.yield_change`) and ``LT_position`` the long-term part of the
holdings (the share from SLT Table 3 / 3D times the Major Foreign Holders level), the duration
approximation of Bertaut and Tryon (2007). ``D`` is fitted per holder: on SLT Table 3's reported
valuation changes where at least ``MIN_SLT_MONTHS`` of them were published by the origin (least
squares through the origin), else jointly with the rest on the holder's own monthly changes. A
duration fitted on holdings changes is an *effective* coefficient, not a portfolio duration: flows
that move with yields pull it (Japan: 1.6 to 6.0 at origins 2015-2023, 5.05 on SLT's reports); the
estimates print which basis each uses.

The flow part is a robust (Huber) regression of what valuation leaves over on the inputs, in USD
bn, fitted on the months published by the origin (from 2008: custody begins 2007-07). Which inputs
enter is not assumed: every holder has a few candidate *specifications* (valuation only, plus a
drift, plus custody, plus interventions, plus Japan's BoP or MoF flows), each is run at every past
origin, and an origin uses the one whose out-of-sample errors over the preceding
``SELECT_MONTHS`` months were smallest (``ustflow.analytics.nowcast_backtest``). The inputs'
measured tracking of TIC is printed next to the estimate, so "BoP flows do not track TIC Japan"
is a number, not an opinion.

TIC "Japan" is by *custodian* country: Japanese investors' bonds held with custodians in Belgium,
Luxembourg or the UK count there, and other countries' bonds custodied in Japan count as Japan. So
Japanese residents' purchases (MoF, BoP) need not move TIC Japan, and since 2023 they barely do.

Choices measured on the backtest, and the alternatives tried (origins since 2015, skill at 1 and 2
months for Japan / all foreign holders): terms in USD bn rather than relative to last month's
holdings (16%/18% vs 15%/15% and 32%/31% vs 31%/29%); Huber rather than least squares (about 1
point better); D fitted rather than fixed at 5 before SLT reports valuation (fixing it at 5 helped
all foreign holders, 33%/35%, hurt China and put official coverage at 87%: not taken); a choice
among specifications rather than one fixed (the best fixed one for Japan, custody + interventions,
would score 19%/19% in hindsight; an equal-weight average of all, 19%/18%). Further candidates tried
and not kept (each added to ``SPECS`` and chosen in real time; tests/test_nowcast.py): MoF's weekly
flows summed to the month and the BoP's reserve-asset transactions (Japan 15.7%/18.0% and
15.4%/17.4%, against 16.1%/18.1%), and TIC's own change last month (Japan 17.1%/19.5%, all foreign
holders 31.5%/31.3% against 31.7%/30.7%: within noise either way). These were compared on
the same backtest that scores the result, so the printed skill is slightly optimistic about the
method (not about any estimate: each uses only data released by its origin).

Everything here is a pure function of arrays and DataFrames; ``ustflow.views.nowcast`` assembles
the inputs from the store with each value's release time from the release calendar.

Reference: Carol C. Bertaut and Ralph W. Tryon (2007), "Monthly Estimates of U.S. Cross-Border
Securities Positions", Federal Reserve Board, International Finance Discussion Papers No. 910.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import pandas as pd

MODEL_VERSION = 3  # bump when the model changes: cached fits and backtests are keyed on it
LEVEL = 0.80  # the interval's nominal coverage
MIN_SLT_MONTHS = 12  # reported valuation months needed to fit D on SLT Table 3 alone
MIN_FIT_MONTHS = 24  # months needed to fit a specification
FIT_START = "2008-01"  # custody (H.4.1) begins 2007-07; earlier months only for valuation-only fits
DEFAULT_LT_SHARE = 0.9  # long-term share of holdings before SLT Table 3D (2011-09) is known
HUBER_K = 1.345  # the usual 95%-efficiency tuning constant

UNIT = "USD bn"
MEASURE = "market value, end of month (TIC Major Foreign Holders)"


@dataclass(frozen=True)
class Spec:
    """A specification: valuation (always) + a drift or not + the named flow inputs."""

    name: str
    drift: bool
    inputs: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        parts = ["valuation"] + (["drift"] if self.drift else []) + list(self.inputs)
        return " + ".join(parts)


# Candidate specifications, simplest first (a tie goes to the simpler one). Japanese-side flows
# (BoP, MoF) are candidates for Japan only: they are Japanese residents' transactions.
SPECS: tuple[Spec, ...] = (
    Spec("valuation", False),
    Spec("valuation+drift", True),
    Spec("custody", True, ("custody",)),
    Spec("custody+intervention", True, ("custody", "intervention")),
    Spec("bop", True, ("bop",)),
    Spec("custody+intervention+bop", True, ("custody", "intervention", "bop")),
    Spec("custody+intervention+mof", True, ("custody", "intervention", "mof")),
)
DEFAULT_SPEC = "valuation"


@dataclass
class Panel:
    """One holder's monthly data on a common month grid, each value with the instant it was known.

    Arrays are float64 (values) and int64 nanoseconds since the epoch, UTC (release times; a huge
    value where a value is missing or never released). ``months`` is a ``pd.PeriodIndex('M')``.

    - ``level``: the TIC level (USD bn, market value); ``change``: its like-for-like monthly change
      (across TIC's series breaks), released with the level;
    - ``lt_share``: long-term share of the holdings (SLT Table 3 / 3D);
    - ``dy``: change in the mean month-end UST 2/10/30y yield (percentage points), released with the
      month's last H.15 day;
    - ``slt_valuation``: SLT Table 3's reported valuation change of long-term holdings (USD bn);
    - ``inputs``: flow inputs by name (USD bn per month; custody at face value), ``labels`` theirs.
    """

    slug: str
    name: str
    months: "pd.PeriodIndex"
    level: np.ndarray
    level_rel: np.ndarray
    change: np.ndarray
    lt_share: np.ndarray
    lt_share_rel: np.ndarray
    dy: np.ndarray
    dy_rel: np.ndarray
    slt_valuation: np.ndarray
    slt_valuation_rel: np.ndarray
    inputs: dict[str, np.ndarray] = field(default_factory=dict)
    inputs_rel: dict[str, np.ndarray] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    slt_net: np.ndarray | None = None  # SLT Table 3 net purchases (USD bn), for the inputs' tracking only
    slt_lt_net: np.ndarray | None = None  # its long-term part
    fx_assumed_before: str | None = None  # first month with a USD/JPY rate, when yen inputs start earlier

    def index_at_or_after(self, month: str) -> int:
        """Index of ``month`` on the month grid (0 before it, the grid's length after it)."""
        import pandas as pd

        m = pd.Period(month, "M")
        if m < self.months[0]:
            return 0
        return int(self.months.get_loc(m)) if m <= self.months[-1] else len(self.months)

    @property
    def fit_start(self) -> int:
        if not hasattr(self, "_fit_start"):
            self._fit_start = self.index_at_or_after(FIT_START)
        return self._fit_start

    def specs(self) -> list[Spec]:
        """The candidate specifications whose inputs this holder has."""
        return [s for s in SPECS if all(k in self.inputs for k in s.inputs)]

    def index_of(self, month) -> int:
        import pandas as pd

        return int(self.months.get_loc(pd.Period(month, "M")))


NEVER = np.iinfo(np.int64).max


def known_values(values: np.ndarray, released: np.ndarray, origin: int) -> np.ndarray:
    """``values`` where released by ``origin`` (ns), NaN elsewhere."""
    return np.where(released <= origin, values, np.nan)


def _ffill(a: np.ndarray) -> np.ndarray:
    idx = np.where(~np.isnan(a), np.arange(len(a)), 0)
    np.maximum.accumulate(idx, out=idx)
    out = a[idx]
    first = np.flatnonzero(~np.isnan(a))
    if len(first):
        out[: first[0]] = a[first[0]]  # before the first known share: the first known one
    return out


def last_published(p: Panel, origin: int) -> int | None:
    """Index of the last month whose TIC level was published by ``origin`` (None: none yet)."""
    ok = np.flatnonzero((p.level_rel <= origin) & ~np.isnan(p.level))
    return int(ok[-1]) if len(ok) else None


@dataclass
class View:
    """A panel as known at one origin: every array cut to what was released by then."""

    p: Panel
    origin: int
    last: int  # index of the last published month
    level: np.ndarray
    change: np.ndarray
    lt_prev: np.ndarray  # long-term position at the end of the previous month (USD bn)
    share: np.ndarray  # long-term share of holdings known at the origin, carried forward
    dy: np.ndarray
    slt_valuation: np.ndarray
    inputs: dict[str, np.ndarray]
    share_assumed: bool


def view_at(p: Panel, origin: int) -> View:
    """What was known about ``p`` at ``origin`` (ns UTC)."""
    from ustflow.errors import NoDataError

    last = last_published(p, origin)
    if last is None:
        raise NoDataError(f"no TIC holdings of {p.name} were published by the origin")
    level = known_values(p.level, p.level_rel, origin)
    change = known_values(p.change, p.level_rel, origin)
    share_k = known_values(p.lt_share, p.lt_share_rel, origin)
    assumed = bool(np.isnan(share_k).all())
    share = np.full(len(share_k), DEFAULT_LT_SHARE) if assumed else _ffill(share_k)
    lt = level * share
    lt_prev = np.r_[np.nan, lt[:-1]]
    return View(p, origin, last, level, change, lt_prev, share, known_values(p.dy, p.dy_rel, origin),
                known_values(p.slt_valuation, p.slt_valuation_rel, origin),
                {k: known_values(v, p.inputs_rel[k], origin) for k, v in p.inputs.items()}, assumed)


# ----------------------------------------------------------------------------- fitting
def huber(X: np.ndarray, y: np.ndarray, k: float = HUBER_K, iterations: int = 50,
          start: np.ndarray | None = None) -> np.ndarray:
    """Huber M-estimate of ``y ~ X`` by iteratively reweighted least squares (scale: MAD of residuals).

    Robust to the few months TIC attributes a custody transfer or a benchmark revision to, which
    would otherwise pull a least-squares slope; the nowcast is scored by absolute error. ``start``:
    coefficients to start from (last origin's fit: one more month of data moves them little).
    """
    b = start if start is not None and start.shape == (X.shape[1],) else np.linalg.lstsq(X, y, rcond=None)[0]
    for _ in range(iterations):
        r = np.abs(y - X @ b)
        s = float(np.partition(r, len(r) // 2)[len(r) // 2]) / 0.6745
        if s <= 0:
            break
        w = np.minimum(1.0, k * s / np.maximum(r, 1e-12))
        Xw = X * w[:, None]
        try:
            b_new = np.linalg.solve(Xw.T @ X, Xw.T @ y)
        except np.linalg.LinAlgError:
            break
        done = float(np.max(np.abs(b_new - b))) <= 1e-6 * (1.0 + float(np.max(np.abs(b))))
        b = b_new
        if done:
            break
    return b


def duration_from_slt(v: View) -> tuple[float | None, int]:
    """D fitted on SLT Table 3's reported valuation changes known at the origin: (D or None, months)."""
    x = -v.dy / 100.0 * v.lt_prev
    ok = ~np.isnan(v.slt_valuation) & ~np.isnan(x)
    ok[v.last + 1:] = False
    n = int(ok.sum())
    if n < MIN_SLT_MONTHS:
        return None, n
    xx, yy = x[ok], v.slt_valuation[ok]
    sxx = float((xx * xx).sum())
    return (float((xx * yy).sum() / sxx) if sxx > 0 else None), n


@dataclass
class Fit:
    """A fitted specification at one origin (all terms in USD bn per month)."""

    spec: Spec
    inputs: tuple[str, ...]  # the spec's inputs available for the target (a subset of spec.inputs)
    duration: float
    duration_basis: str  # 'SLT Table 3 reported valuation (n months)' or 'fitted on holdings changes'
    drift: float  # USD bn per month
    beta: dict[str, float]  # USD bn of holdings per USD bn of the input
    months: int  # months fitted on
    coef: np.ndarray = field(repr=False, default_factory=lambda: np.zeros(0))  # raw, for warm starts


def fit(v: View, spec: Spec, inputs: tuple[str, ...], warm: np.ndarray | None = None) -> Fit | None:
    """Fit ``spec`` (with only ``inputs`` of its inputs) on the months published by the origin.

    Months fitted: those with the holdings change and every input known, from ``FIT_START`` when
    the spec has a drift or inputs (custody begins 2007-07), else from the first month. None with
    fewer than ``MIN_FIT_MONTHS``. D comes from SLT Table 3 when it has ``MIN_SLT_MONTHS`` reported
    valuations by the origin; otherwise it is fitted with the rest.
    """
    n = v.last + 1
    y = v.change[:n]
    cols = [-v.dy[:n] / 100.0 * v.lt_prev[:n]] + [v.inputs[k][:n] for k in inputs]
    ok = ~np.isnan(y) & np.all([~np.isnan(c) for c in cols], axis=0)
    if inputs or spec.drift:
        ok[: v.p.fit_start] = False
    if ok.sum() < MIN_FIT_MONTHS:
        return None
    D, n_slt = duration_from_slt(v)
    X = np.column_stack([c[ok] for c in cols])
    yy = y[ok]
    basis = f"SLT Table 3 reported valuation ({n_slt} months)"
    if D is not None:  # valuation fixed by SLT's own figures; the rest explains what is left
        yy = yy - D * X[:, 0]
        X = X[:, 1:]
    if spec.drift:
        X = np.column_stack([np.ones(len(yy)), X])
    b = np.zeros(X.shape[1])
    if X.shape[1]:
        keep = X.std(axis=0) > 0  # an input that never moved (no intervention yet) cannot be fitted
        if spec.drift:
            keep[0] = True
        if keep.any():
            b[keep] = huber(X[:, keep], yy, start=warm[keep] if warm is not None and warm.shape == b.shape else None)
    i = 0
    drift = 0.0
    if spec.drift:
        drift, i = float(b[0]), 1
    if D is None:
        D, i = float(b[i]), i + 1
        basis = "fitted on holdings changes"
    beta = {k: float(b[i + j]) for j, k in enumerate(inputs)}
    return Fit(spec, inputs, float(D), basis, drift, beta, int(ok.sum()), b)


# ----------------------------------------------------------------------------- forecasting
def targets(v: View, horizons: int | None = None) -> list[int]:
    """Months after the last published one whose valuation input (month-end yields) is known."""
    out = []
    t = v.last + 1
    while t < len(v.p.months) and not np.isnan(v.dy[t]):
        out.append(t)
        t += 1
        if horizons is not None and len(out) >= horizons:
            break
    return out


def forecast(v: View, spec: Spec, horizons: int | None = None, cache: dict | None = None,
             warm: dict | None = None) -> list[dict]:
    """Estimates for every target month after the last published one, chained month to month.

    Each row: ``t`` (index), ``h`` (months after the last published), ``estimate``, ``valuation``,
    ``drift``, ``flows`` (sum of the inputs' terms), ``terms`` (per input, USD bn), ``inputs``
    (per input: its value), ``fit``. A target lacking one of the spec's inputs (not released yet)
    uses the spec fitted without it. ``cache`` memoises fits by their input subset at this origin;
    ``warm`` carries coefficients from one origin to the next (a backtest) to start the fits from.
    """
    rows = []
    level = v.level[v.last]
    cache = {} if cache is None else cache
    for h, t in enumerate(targets(v, horizons), start=1):
        avail = tuple(k for k in spec.inputs if not np.isnan(v.inputs[k][t]))
        key = (spec.name, avail)
        if key not in cache:
            cache[key] = fit(v, spec, avail, None if warm is None else warm.get(key))
            if warm is not None and cache[key] is not None:
                warm[key] = cache[key].coef
        f = cache[key]
        if f is None:
            return rows
        # last month's long-term position: the published (h = 1) or estimated level x the last known share
        val = -f.duration * v.dy[t] / 100.0 * level * v.share[v.last]
        drift = f.drift
        terms = {k: f.beta[k] * v.inputs[k][t] for k in avail}
        flows = float(sum(terms.values()))
        est = level + val + drift + flows
        rows.append({"t": t, "h": h, "estimate": float(est), "change": float(est - level), "valuation": float(val),
                     "drift": float(drift), "flows": flows, "terms": terms,
                     "inputs": {k: float(v.inputs[k][t]) for k in avail}, "dy": float(v.dy[t]), "fit": f})
        level = est
    return rows
