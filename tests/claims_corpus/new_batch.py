"""What a verdict class is likely to score on a NEW batch of articles: a predictive interval from a random-effects model.

A class's verdicts on the blind batches are not one sample from one rate: each batch brings its own wording, its own
tables and the checker of its own time, so its rate differs from the others' by more than chance (a held-out batch's
rate fell inside the Wilson 90% interval of the pooled record in under half the cells). The model, per class ``j``
and batch ``b``::

    right_jb ~ Binomial(given_jb, p_jb),   logit p_jb = mu_j + u_jb,   u_jb ~ Normal(0, tau^2)

a binomial-logit-normal GLMM: each class its own mean ``mu_j`` on the logit scale, and a batch effect whose spread
``tau`` is COMMON to the classes. Why this and not another:

- binomial likelihood, not a normal approximation on empirical logits (DerSimonian-Laird): many cells are small
  (5 verdicts) or all right (54/54), where empirical logits need an arbitrary continuity correction and DL is biased;
- a common ``tau``: a class has at most 7 batches (9-15), too few to estimate its own between-batch variance
  (DerSimonian-Laird per class puts it at 0 for 14 of the 26 classes, most of them near 100% where empirical
  logits say little); the batch-to-batch causes (new wording, new tables, a new checker) act on every class, so
  one spread on the logit scale is estimated from all 176 class-batch cells;
- ``tau`` by maximum marginal likelihood (empirical Bayes: ``mu_j`` integrated out under its prior), each
  ``mu_j`` integrated over its posterior (prior: Jeffreys Beta(1/2, 1/2) on the class's rate, the same half
  pseudo-count as the point rates), so a small class's predictive range carries the uncertainty of its mean;
- the interval printed is for the RATE a new batch will show: the count of right verdicts among ``n`` new ones is
  Binomial(n, p_new) with ``logit p_new ~ N(mu_j, tau^2)``, ``n`` the class's typical count in a batch (the
  median over the batches where it occurs), and the interval is that count's central 90%, divided by ``n``.

Its coverage is measured leaving one batch out (``track_record.coverage``): fitted on the other batches (``tau``
and every ``mu_j`` refitted), does the held-out batch's rate fall inside? On batches 9-15 (2 December 2026): 104
of 113 cells, against 48 for the Wilson interval of the pooled rate; plain 'contradicted' only 23 of 28, its
batches swinging more than a normal batch effect allows. A spread per verdict group instead of one common spread
(0 for 'supported', 0.43 flagged, 0.89 plain 'contradicted', 0.71 'unverifiable', fitted on all batches) held 102
of 113, plain 'contradicted' still 23 of 28: no better, with four spreads to estimate instead of one, so not used. The records pooled to their verdict (a class of
fewer than MIN_GIVEN) get the same model over the verdict groups, with their own common spread (batches 8-15).
The integrals are on grids (``mu``: 161 points on [-8, 8]; the batch effect: 24-point Gauss-Hermite).
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import minimize_scalar
from scipy.special import expit, gammaln, logsumexp

MU = np.linspace(-8.0, 8.0, 161)
_X, _W = np.polynomial.hermite_e.hermegauss(24)
_LW = np.log(_W / _W.sum())
# Jeffreys on the rate, p^-1/2 (1-p)^-1/2 dp, is p^1/2 (1-p)^1/2 dmu on the logit scale (dp = p (1-p) dmu)
_PRIOR = 0.5 * (np.log(expit(MU)) + np.log(expit(-MU)))
_PRIOR -= logsumexp(_PRIOR)

Cells = dict  # key: list of (right, given) per batch


def _loglik(cells: list[tuple[int, int]], tau: float) -> np.ndarray:
    """log P(the class's batches | mu) on the MU grid, the batch effects integrated out."""
    y = np.array([c[0] for c in cells], float)[:, None, None]
    n = np.array([c[1] for c in cells], float)[:, None, None]
    eta = MU[None, :, None] + tau * _X[None, None, :]
    ll = gammaln(n + 1) - gammaln(y + 1) - gammaln(n - y + 1) + y * _logexpit(eta) + (n - y) * _logexpit(-eta)
    return logsumexp(ll + _LW, axis=2).sum(axis=0)


def _logexpit(x: np.ndarray) -> np.ndarray:
    return -np.logaddexp(0.0, -x)


def fit_tau(groups: Cells) -> float:
    """The common between-batch spread (logit scale) maximising the marginal likelihood over all classes
    (bounded search on [0, 3], rounded to 0.01 so the table is reproducible)."""
    cells = [c for c in groups.values() if c]

    def minus(tau: float) -> float:
        return -sum(float(logsumexp(_PRIOR + _loglik(c, tau))) for c in cells)

    res = minimize_scalar(minus, bounds=(0.0, 3.0), method="bounded", options={"xatol": 1e-3})
    return round(float(res.x), 2) if minus(round(float(res.x), 2)) <= minus(0.0) else 0.0


def predictive(cells: list[tuple[int, int]], tau: float, n: int, level: float = 0.90) -> tuple[float, float]:
    """The central ``level`` interval of the rate among ``n`` verdicts of the class in a new batch."""
    post = _PRIOR + _loglik(cells, tau)
    post = np.exp(post - logsumexp(post))
    eta = MU[:, None] + tau * _X[None, :]
    k = np.arange(n + 1, dtype=float)[None, None, :]
    lp = (gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1) + k * _logexpit(eta)[:, :, None]
          + (n - k) * _logexpit(-eta)[:, :, None])
    pmf = np.einsum("m,x,mxk->k", post, np.exp(_LW), np.exp(lp))
    cdf = np.cumsum(pmf) / pmf.sum()
    tail = (1 - level) / 2
    low = int(np.searchsorted(cdf, tail - 1e-12))
    high = int(np.searchsorted(cdf, 1 - tail - 1e-12))
    return round(low / n, 3), round(min(high, n) / n, 3)


def typical(cells: list[tuple[int, int]]) -> int:
    """The class's typical count of verdicts in a batch: the median over the batches where it occurs (at least 1)."""
    sizes = sorted(c[1] for c in cells if c[1])
    return max(1, int(round(float(np.median(sizes))))) if sizes else 1
