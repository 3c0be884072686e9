"""Runs of one sign in a balance's series, counted back from a period: how long the run ending there is
(``sign_run``), whether a sign holds there for the first time in a window (``first_on_side``), and a period's label
in the grain the run is counted in (``period_label``: a year, a fiscal year, a half, a quarter or a month). Used by
the balance-of-payments records and lines (``bop_records``, ``bop_lines``, ``bop_move_records``)."""

from __future__ import annotations

from ustflow.check import lookbacks as L, windows as W


def first_on_side(q, sig, end_p, d: int, word: str, unit: str) -> tuple[bool | None, str]:
    """Whether ``word`` holds at ``end_p`` for the first time where ``q`` says (None: the data begin too late)."""
    if end_p not in sig.index:
        return None, f"no {word} can be computed at {period_label(end_p, unit)}"
    if sig[end_p] * d <= 0:
        return False, f"not {word} in {period_label(end_p, unit)} ({sig[end_p]:,.1f})"
    before = sig[sig.index < end_p]
    held = before[before * d > 0]
    last = held.index[-1] if not held.empty else None
    inside = L.after_reference(sig, q, end_p)
    inside = inside[inside * d > 0]
    if not inside.empty:
        return False, f"not the first {word} {L.named(q)}: also in {period_label(inside.index[-1], unit)}"
    last_txt = f"before that last in {period_label(last, unit)}" if last is not None else "never before in the data"
    reach = L.reach(q, last, end_p, sig.index[0])
    expl = f"{word} in {period_label(end_p, unit)}, the first {L.named(q)}: {last_txt}"
    if reach is None:
        return None, expl + f"; the data begin {period_label(sig.index[0], unit)}"
    return bool(reach), expl if reach else expl + f" — not {L.named(q)}"


def sign_run(sig, end_p, d: int) -> tuple[int, object]:
    """The length of the run of sign ``d`` ending at ``end_p``, and the period before it (None: the data's start)."""
    past = sig[sig.index <= end_p]
    k = 0
    for p in reversed(past.index):
        if past[p] * d > 0:
            k += 1
        else:
            return k, p
    return k, None


def period_label(p, unit: str) -> str:
    if unit == "year":
        return str(p.year)
    if unit == "fiscal_year":
        return f"FY{(p - 3).year} ({W.label(p - 11)}..{W.label(p)})"
    if unit in ("half", "fiscal_half", "quarter"):
        return f"{W.label(p - (2 if unit == 'quarter' else 5))}..{W.label(p)}"
    return W.label(p)
