"""Lists of TIC's net foreign purchases by kind of security, one line each, as market blogs print them under a lead
sentence about a month's TIC data:

    Foreign holdings of U.S. government debt rose in August ... There was net buying across all the asset-classes:
    Long-Term bonds: August +$30.7BN, vs +$10.2BN in July
    Corporate stocks: +$8.7BN, vs -$34.3BN

Each signed figure is all foreigners' net purchases (TIC Form S: gross purchases less gross sales, USD mn) of the kind
of security its label names, in the month its line names, else the month of the line or lead sentence before it; the
figure after "vs" is the month before that (or the month it names). A line whose label names no kind Form S reports
(or whose month cannot be told) is left to the prose rules. Form S ends with January 2023 (TIC's SLT replaced it).
"""

from __future__ import annotations

import re
from datetime import date

from ustflow.check import compare as C
from ustflow.check.claims import Claim, Mention
from ustflow.check.numbers import Amount
from ustflow.check.period_grammar import Resolver
from ustflow.check.periods import Period, add_months, month_window
from ustflow.check.results import Figure, Judgement, unverifiable
from ustflow.check.text import MONTH_RE, MONTHS, Sentence

#: label words -> Form S kind (its gross purchases / sales series) and what it is called; "foreign ..." first
KINDS: list[tuple[re.Pattern, str, str]] = [(re.compile(p, re.I), k, w) for p, k, w in [
    (r"\bforeign (?:bonds|debt)\b", "foreign_bonds", "foreign bonds"),
    (r"\bforeign (?:stocks|equities|shares)\b", "foreign_stocks", "foreign stocks"),
    (r"\bagenc(?:y|ies)\b", "agency", "US agency bonds"),
    (r"\bcorporate bonds\b|\bcorp\.? bonds\b", "corporate_bonds", "US corporate bonds"),
    (r"\b(?:corporate )?(?:stocks|equities|shares)\b", "us_stocks", "US corporate stocks"),
    # "Long-Term bonds" in a list beside agencies and corporate bonds: Treasury bonds and notes
    (r"\btreasur(?:y|ies)\b|\b(?:long[- ]term|govt\.?|government) (?:bonds|notes|debt)\b", "treasury",
     "Treasury bonds & notes"),
]]
_FIG = r"[+\-−]\s?\$\s?\d[\d.,]*\s*(?:BN|bn|B|billion)\b"
LINE = re.compile(rf"^\s*(?P<label>[A-Za-z][\w .&/-]{{2,40}}?)\s*:\s*(?:(?P<m1>{MONTH_RE})\s+)?(?P<a>{_FIG})\s*,?\s*"
                  rf"(?:vs\.?|versus|compared with|against)\s*(?P<b>{_FIG})(?:\s+in\s+(?P<m2>{MONTH_RE}))?\s*\.?\s*$", re.I)
INSTRUMENT = "tic_kind"  # a claim's instrument: (INSTRUMENT, kind)


def list_lines(text: str) -> set[int]:
    """The indexes of the lines that are such a list's (the prose rules skip them)."""
    if not re.search(r"\bTreasur|\bTIC\b", text):
        return set()
    return {i for i, ln in enumerate(text.splitlines()) if LINE.match(ln) and _kind(LINE.match(ln).group("label"))}


def list_claims(text: str, ref: date | None, first_index: int) -> list[Claim]:
    """A flow claim for each figure of each list line (module docstring)."""
    keep = list_lines(text)
    if not keep:
        return []
    resolver, out, month = Resolver(ref), [], None
    for i, ln in enumerate(text.splitlines()):
        m = LINE.match(ln) if i in keep else None
        if m is None:
            named = [p for p in resolver.find(ln) if p.kind == "month"] if ln.strip() else []
            month = (named[-1].end.year, named[-1].end.month) if named else month
            continue
        if m.group("m1"):
            month = _month(resolver, m.group("m1")) or month
        if month is None:
            continue
        before = _month(resolver, m.group("m2")) if m.group("m2") else add_months(month[0], month[1], -1)
        kind, what = _kind(m.group("label"))
        sent = Sentence(ln.strip(), 20_000 + i, first_index + len(out))
        off = len(ln) - len(ln.lstrip())
        for g, ym in (("a", month), ("b", before)):
            if ym is not None:
                out.append(_claim(sent, m.start(g) - off, m.group(g), kind, what, ym))
    return out


def _kind(label: str) -> tuple[str, str] | None:
    return next(((k, w) for rx, k, w in KINDS if rx.search(label)), None)


def _month(resolver: Resolver, name: str) -> tuple[int, int] | None:
    mo = MONTHS.get(name.rstrip(".").lower())
    y, _ = resolver.year_for(mo) if mo else (None, "")
    return (y, mo) if y is not None else None


def _claim(sent: Sentence, start: int, txt: str, kind: str, what: str, ym: tuple[int, int]) -> Claim:
    num = re.search(r"\d[\d.,]*", txt)
    raw = num.group(0).replace(",", "")
    neg = txt.lstrip().startswith(("-", "−"))
    prec = 0.5 * 10 ** -(len(raw.split(".")[1]) if "." in raw else 0) * 1e9
    a = Amount((start, start + len(txt)), txt, float(raw), 1e9, "USD", "money", prec)
    p = Period("month", [month_window(*ym)], f"{month_window(*ym)[0]:%B %Y}", note="the month of the list line")
    c = Claim(sent, "amount", a.span, amount=a, role="flow", period=p, period_how="stated",
              subject=Mention("foreign_investors", "foreign_investors", (0, 0), "foreigners"),
              direction=-1 if neg else 1, direction_word="-" if neg else "+", instrument=(INSTRUMENT, kind),
              instrument_text=what, clause=sent.text)
    c.notes.append(f"a line of the story's list of net purchases by kind of security: {what}")
    return c


def kind_flow(c: Claim, ctx) -> Judgement:
    """All foreigners' net purchases of one Form S kind in the claim's month (USD mn)."""
    import pandas as pd

    from ustflow.check.rulekit import unpublished_note

    kind = c.instrument[1]
    what = next(w for _, k, w in KINDS if k == kind)
    gp = ctx.data.series(f"tic.forms.grand_total.gross_purchases_{kind}")
    gs = ctx.data.series(f"tic.forms.grand_total.gross_sales_{kind}")
    if gp is None or gs is None:
        return unverifiable(f"TIC Form S gross purchases and sales of {what} are not in the store")
    s = (gp - gs).dropna()
    p = pd.Period(c.period.end, "M")
    sid = f"tic.forms.grand_total.gross_purchases_{kind}"
    if p not in s.index:
        return unverifiable(f"TIC Form S has no {what} for {p} (it covers {s.index[0]}..{s.index[-1]}; the SLT "
                            f"replaced it after January 2023)", series=sid)
    v = float(s[p])
    claimed = c.amount.in_units(1e6) * (c.direction or 1)
    j = C.verdict(claimed=claimed, official=v, qualifier=c.amount.qualifier, tol=C.tolerance(c.amount, 1e6), sid=sid,
                  unit="USD mn", period=str(p), what=f"TIC Form S: all foreigners' net purchases of {what} "
                                                   f"(gross purchases - gross sales): ")
    j.figure = Figure(sid, [p], v, "USD mn", "sum", n=1)
    late = unpublished_note(sid, [p], ctx)
    return j.note("; ".join(n for n in c.notes if n.startswith("a line of"))).note(late or "")
