"""Records of a run's length: "a record eighth week of net buying" (``qualifier_look``), "過去最長となる8週連続",
"2005年以降では最長記録" (``longest_run``, from ``dispatch.judge_qualifier``): the run of the figure's direction to its
period is as long as stated and no earlier run of that direction was as long."""

from __future__ import annotations

from ustflow.check.claims import Claim
from ustflow.check.results import CONTRADICTED, SUPPORTED, Figure, Judgement


def record_run(c: Claim, fig: Figure, ctx, n: int, grain: str) -> Judgement:
    """'a record eighth week of net buying': the run of the figure's direction to its period is n periods long and
    no earlier run of that direction was as long. Supported, or contradicted saying which (the run's length, or an
    earlier run as long)."""
    from ustflow.check.history import sign_series
    from ustflow.check.windows import label

    sig = sign_series(ctx, fig).dropna()
    sig = sig[sig.index <= fig.end]
    d = c.qualifier.direction or c.direction or (c.host.direction if c.host is not None else None) or \
        (1 if not sig.empty and sig.iloc[-1] > 0 else -1)
    runs, k, start = [], 0, None
    for p, v in sig.items():
        k, start = (k + 1, start if k else p) if v * d > 0 else (0, None)
        if k:
            runs.append((k, start, p))
    now = runs[-1][0] if runs and runs[-1][2] == fig.end else 0
    what = f"{'buying / rises' if d > 0 else 'selling / falls'}"
    if now != n:
        return Judgement(CONTRADICTED, f"'{c.qualifier.phrase}' of a run's length: the run of {what} to {label(fig.end)} "
                         f"is {now} {grain}(s), not {n}", series=fig.series, official_value=float(now),
                         official_unit=f"consecutive {grain}s", period=label(fig.end))
    before = [(m, a, b) for m, a, b in runs[:-1] if m >= n]
    if before:
        m, a, b = max(before, key=lambda r: (r[0], r[2]))
        return Judgement(CONTRADICTED, f"not a record run: {n} {grain}(s) of {what} to {label(fig.end)}, but {m} from "
                         f"{label(a)} to {label(b)}", series=fig.series, official_value=float(m),
                         official_unit=f"consecutive {grain}s", period=label(fig.end))
    return Judgement(SUPPORTED, f"{n} {grain}(s) of {what} to {label(fig.end)}, the longest such run since the data "
                     f"begin ({label(sig.index[0])})", series=fig.series, official_value=float(n),
                     official_unit=f"consecutive {grain}s", period=label(fig.end))


def longest_run(c: Claim, fig: Figure, ctx) -> Judgement:
    """"過去最長となる8週連続", "2005年以降では最長記録": ``record_run`` on the run the qualifier names; since a year after
    the series begins, unverifiable (``record_run`` compares every earlier run)."""
    from ustflow.check.history import sign_series
    from ustflow.check.results import unverifiable
    from ustflow.check.windows import label

    q = c.qualifier
    sig = sign_series(ctx, fig).dropna()
    if sig.empty or not q.grain:
        return unverifiable(f"'{q.phrase}': no run of the series to compare", series=fig.series)
    if q.since is not None and q.since.year > int(label(sig.index[0])[:4]):
        return unverifiable(f"'{q.phrase}': the longest since {q.since.year}, but the series begins earlier and the "
                            f"checker compares runs over all of it", series=fig.series)
    return record_run(c, fig, ctx, q.n, q.grain)
