"""Flows in TIC: a country's net purchases of Treasuries (``tic_flow``; SLT Table 3 from 2023-02, Form S bonds and
notes before, a different basis); what many stories call "sold" is the change in holdings, which is tried too,
and the explanation says which one matched. Foreigners' net purchases of long-term securities (Form S, US and
foreign) and the series summed for them (``derived_series``). ``flows.flow`` sends Treasury flows here."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ustflow.check import compare as C, windows as W
from ustflow.check.claims import Claim
from ustflow.check.holdings import holdings_change
from ustflow.check.holdings_terms import maturity
from ustflow.check.lexicon import SECTOR_LABELS
from ustflow.check.results import SUPPORTED, Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context, holder_slug, unpublished_note, windows_on

if TYPE_CHECKING:
    import pandas as pd


def tic_flow(c: Claim, ctx: Context) -> Judgement:
    if c.instrument is not None and c.instrument[1] == "us_securities":
        return _long_term_net(c, ctx)
    slug = holder_slug(c)
    if slug is None:
        if c.subject is not None and c.subject.kind == "sector":
            return unverifiable(f"TIC does not break Treasury trades down by Japanese investor type; MoF's "
                                f"{SECTOR_LABELS[c.subject.slug]} series cover all foreign bonds, not Treasuries alone")
        return unverifiable("no holder named for this Treasury flow")
    if c.amount is None or c.amount.currency != "USD":
        return unverifiable("TIC reports Treasury flows in dollars; a yen figure cannot be matched to them")
    term = maturity(c)
    if term is not None:  # "net purchases of long-term Treasuries were $14.7 billion": that part's trades, not all
        return _part_flow(c, ctx, slug, term)
    results = []
    # what most stories mean by "China sold $X of Treasuries": the change in its holdings; TIC's
    # net purchases (SLT, or Form S before 2023) are tried too and the explanation says which matched
    # a figure finer than TIC's holdings table (USD bn to one decimal) cannot be a change in holdings: "$25mln"
    jh = holdings_change(_as_change(c), ctx) if c.amount.in_units(1e9) >= 0.1 else unverifiable("below TIC's 0.1 bn")
    if jh.verdict != "unverifiable":
        jh.explanation = "change in holdings: " + jh.explanation
        results.append(jh)
    for sid, what in ((f"tic.slt.{slug}.treasury_net", "TIC SLT net purchases of Treasuries (Table 3): "),
                      (f"tic.forms.{slug}.treasury_net",
                       "TIC Form S net purchases of Treasury bonds & notes (to 2023-01, a different basis): ")):
        j = tic_net(c, ctx, sid, what)
        if j is not None:
            results.append(j)
    if not results:
        return unverifiable("no TIC flow or holdings data for that holder and period")
    # "bought a net $10 billion", "$32.9 billion in sales", and what all foreigners did ("foreign investors sold
    # $13.1 billion of US government debt": TIC's headline transactions): the transactions first, holdings after
    trades = re.search(r"\bnet\b|買い?越し?|売り?越し?|\bin (?:net )?(?:sales|purchases)\b", c.clause or c.text, re.I) or \
        (c.subject is not None and c.subject.kind in ("foreign_investors", "foreign_total"))
    if trades and len(results) > 1 and results[0] is jh:
        results = results[1:] + [jh]
    for j in results:
        if j.verdict == SUPPORTED:
            return j
    near = min(results, key=_gap)  # a reading within 10% of the figure is the one it came from (revised, misprinted)
    j = near if trades and len(results) > 1 and _gap(near) <= 0.1 else results[0]
    results = [j] + [r for r in results if r is not j]
    others = "; ".join(f"{r.series}: {C.fmt_num(r.official_value)} {r.official_unit}" for r in results[1:])
    if others:
        j.explanation += f"; also checked {others}"
    return j


def _gap(j: Judgement) -> float:
    """How far a reading is from the figure, relative to it ("China sold $30.4 billion" against SLT's -15.2 and a fall
    in holdings of 29.7: the holdings' reading, within 10%, is the one the figure was about, revised or misprinted;
    its qualifiers, "the first net sale since February", are then judged on it; when none is that near, the words
    decide: "bought a net $10 billion" is the transactions'). A reading of the other sign is farthest."""
    if j.official_value is None or j.claimed_value is None:
        return float("inf")
    if j.official_value * j.claimed_value < 0:
        return 1e9
    return abs(j.official_value - j.claimed_value) / max(abs(j.claimed_value), 1e-9)


def _part_flow(c: Claim, ctx: Context, slug: str, term: str) -> Judgement:
    """A holder's net purchases of one maturity part ("long-term Treasuries", "短期債"): SLT Table 3's net purchases of
    bonds and notes, or of bills; never the total's (a $14.7 billion long-term part of a $16.3 billion total is not
    wrong)."""
    what = ("long-term Treasury bonds & notes" if term == "lt" else "short-term Treasury bills")
    j = tic_net(c, ctx, f"tic.slt.{slug}.{term}_treasury_net", f"TIC SLT net purchases of {what} (Table 3): ")
    if j is None and term == "lt":  # before 2023, Form S: its Treasury bonds and notes are the long-term part
        j = tic_net(c, ctx, f"tic.forms.{slug}.treasury_net",
                    "TIC Form S net purchases of Treasury bonds & notes (to 2023-01, a different basis): ")
    return j or unverifiable(f"the words tie the figure to {what}: TIC SLT Table 3 has no net purchases of that part "
                             f"for this holder and period (the total of all Treasuries is not compared)")


def _as_change(c: Claim) -> Claim:
    from dataclasses import replace

    return replace(c, measure="holdings_change", role="change")


#: Form S's six kinds of long-term securities: US Treasury bonds and notes, agency bonds, corporate bonds,
#: US stocks, foreign bonds, foreign stocks (gross purchases and sales by foreigners, from US residents)
FORM_S_KINDS = ("treasury", "agency", "corporate_bonds", "us_stocks", "foreign_bonds", "foreign_stocks")


def derived_series(data, id: str) -> "pd.Series | None":
    """Series the store does not hold but the checker reads, summed from ones it does:
    ``tic.forms.<holder>.lt_net``: foreigners' net purchases (gross purchases - gross sales) of Form S's six
    kinds of long-term securities, US and foreign (TIC's headline long-term flow, USD mn);
    ``tic.forms.<holder>.lt_us_net``: the four US kinds alone; ``...foreign_net``: the two foreign kinds;
    ``...<kind>_net`` (agency, corporate_bonds, us_stocks, foreign_bonds, foreign_stocks): one kind's; ``tic.holdings_ext.<holder>``: the Major Foreign
    Holders table, then, for a holder no longer in it, SLT Table 3's Treasury holdings (every country; the legacy
    Table 3D for the small holders it listed to 2023-01) in USD bn; ``tic.holdings_slt.<holder>``: SLT Table 3's alone;
    ``boj.bop.<a>+<b>+...``: balance-of-payments lines summed (JPY 100mn)."""
    if id.startswith("boj.bop.") and "+" in id:  # BoP lines summed: "boj.bop.a+b+c" (``bop_items``' digital balance)
        parts = [data.series(f"boj.bop.{p}") for p in id[len("boj.bop."):].split("+")]
        return None if any(p is None for p in parts) else sum(parts[1:], parts[0]).dropna()
    if id.startswith("mof.monthly."):  # an investor type's flows over all kinds of securities (``sector_totals``)
        from ustflow.check.sector_totals import sector_total

        return sector_total(data, id)
    if id.startswith("tic.holdings_term."):  # a holder's long- or short-term part (``holdings_terms``)
        from ustflow.check.holdings_terms import term_series

        return term_series(data, id)
    ext = re.fullmatch(r"tic\.holdings_(ext|slt)\.(\w+)", id)
    if ext is not None:  # the Major Foreign Holders table, then SLT Table 3's Treasury holdings (USD mn) in USD bn
        import pandas as pd

        mfh = data.series(f"tic.holdings.{ext.group(2)}")
        tables = [t.dropna() for t in (data.series(f"tic.slt.{ext.group(2)}.treasury_pos"),
                                       data.series(f"tic.slt3d.{ext.group(2)}.treasury_pos")) if t is not None]
        if not tables or not any(len(t) for t in tables):
            return None
        mn = tables[0] if len(tables) == 1 else tables[0].combine_first(tables[1])
        after = mn / 1000
        if ext.group(1) == "slt" or mfh is None or mfh.dropna().empty:  # SLT alone (``holdings.holdings_series``)
            return after.asfreq("M")
        mfh = mfh.dropna()
        return pd.concat([mfh, after[after.index > mfh.index[-1]]])
    m = re.fullmatch(r"tic\.forms\.(\w+?)\.(lt|lt_us|foreign|agency|corporate_bonds|us_stocks|foreign_bonds|"
                     r"foreign_stocks)_net", id)
    if m is None:
        return None
    kinds = {"lt": FORM_S_KINDS, "lt_us": FORM_S_KINDS[:4], "foreign": FORM_S_KINDS[4:]}.get(m.group(2), (m.group(2),))
    parts = [(data.series(f"tic.forms.{m.group(1)}.gross_purchases_{k}"),
              data.series(f"tic.forms.{m.group(1)}.gross_sales_{k}")) for k in kinds]
    if any(gp is None or gs is None for gp, gs in parts):
        return None
    return sum((gp - gs) for gp, gs in parts).dropna()


def _long_term_net(c: Claim, ctx: Context) -> Judgement:
    """"Net foreign purchases of long-term securities were $103.1 billion", 長期有価証券投資(株式スワップ等除く):
    TIC's headline long-term flow (``derived_series``: Form S, US and foreign securities); "long-term U.S.
    securities" may also mean the four US kinds alone, which is tried second. With no holder named: all
    foreigners, the flow TIC headlines. Other US securities (stocks alone, agency bonds) and TIC's total
    flows with short-term and banking positions ("対米証券投資は全体で") are not in the store."""
    txt = f"{c.instrument_text or ''} {c.clause or ''}"
    if not re.search(r"long-term|長期", txt, re.I) or c.amount is None or c.amount.currency != "USD":
        return unverifiable("foreigners' trades in all US securities (short-term and banking positions with the "
                            "long-term ones) are not in the store, which holds TIC's long-term transactions (Form S)")
    slug = holder_slug(c) or ("grand_total" if c.subject is None else None)
    if slug is None:
        return unverifiable("TIC reports long-term securities transactions by holder country; this holder is not one")
    results, sid = [], f"tic.forms.{slug}.lt_net"
    for kind, what in (("lt_net", "long-term securities (US and foreign"), ("lt_us_net", "long-term US securities (")):
        j = tic_net(c, ctx, f"tic.forms.{slug}.{kind}", f"TIC Form S net foreign purchases of {what}, to 2023-01): ")
        if j is not None:
            if c.subject is None:
                j.note("no holder named: all foreigners, TIC's headline flow")
            results.append(j)
    if not results:
        return unverifiable(f"TIC Form S (long-term securities transactions, to 2023-01) has no month for "
                            f"{c.period.label if c.period else 'that period'} for this holder", series=sid)
    return next((j for j in results if j.verdict == SUPPORTED), results[0])


def tic_net(c: Claim, ctx: Context, sid: str, what: str) -> Judgement | None:
    got = windows_on(c, ctx, ctx.data.series(sid), sid, missing="", no_period="")
    if isinstance(got, Judgement):
        return None  # no series or no period: this reading is left out, the others stand
    s, wins, note = got
    claimed = c.amount.in_units(1e6) * (c.direction or 1)
    tol = C.tolerance(c.amount, 1e6)

    sel = W.best_sum(s, wins, claimed, c.amount.qualifier, tol, partial_ok=c.period is not None and c.period.kind == "since")
    if sel is None:
        return None
    periods = list(sel.index)
    v = float(sel.sum())
    late = unpublished_note(sid, periods, ctx)
    j = C.verdict(claimed=claimed, official=v, qualifier=c.amount.qualifier, tol=tol, sid=sid, unit="USD mn",
                  period=W.span_label(periods), what=what, sign_free=c.direction is None)
    j.figure = Figure(sid, periods, v, "USD mn", "sum", n=len(periods))
    return j.note(note).note(late or "")
