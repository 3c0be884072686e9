"""A dollar figure of Japan's balance of payments: the yen balance converted, as release stories restate it:

    the current account surplus stood at 2.72 trillion yen ($18.03 billion)        ($1 = 150.88 yen)
    a current account surplus of 1.86 trillion yen (13 billion U.S. dollars)       (1 yen equals 0.007 U.S. dollar)

The BoJ publishes the balance in yen only (``boj.bop``, JPY 100 mn). The dollars are judged as the yen balance of the
claim's month(s) converted at a rate the article could have used (``holdings_yen.conversion_rates``): its own, with
1% room (it converts its rounded yen), else FRED's USD/JPY of the publication day or the month's mean, with 3% room;
the first that matches, else the first tried. FRED's DEXJPUS in the store begins in 2018: an earlier conversion with
no rate of the article's own is unverifiable (the rate the yen-dollar pair implies would only restate the yen
figure, which is judged on its own). A first print revised since is contradicted, as the yen figure is.
"""

from __future__ import annotations

from ustflow.check import compare as C, windows as W
from ustflow.check.claims import Claim
from ustflow.check.holdings_yen import conversion_rates
from ustflow.check.results import FX_ID, Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context, windows_on


def in_dollars(c: Claim, ctx: Context, series: tuple[str, str], sign: int | None) -> Judgement:
    """Judge the dollar figure ``c`` on the BoP series ``series`` (id, description); ``sign``: +1 / -1 when the
    sentence calls it a surplus / deficit, None when it does not say (sizes compared)."""
    sid = series[0]
    got = item_window(c, ctx, sid)
    if isinstance(got, Judgement):
        return got
    _s, periods, v, note = got
    j = _converted(c, ctx, series, v, periods, sign).note(note)
    j.figure = Figure(sid, periods, v, "JPY 100mn", "sum", n=len(periods))  # (the yen balance converted)
    return j


def item_window(c: Claim, ctx: Context, sid: str):
    """The BoP series ``sid`` (gaps dropped), the months of the claim's first window on it, their sum and the
    windows' note; or the judgement why not (no value, no period, no months)."""
    got = windows_on(c, ctx, ctx.data.series(sid), sid, missing="", no_period="")
    if isinstance(got, Judgement):
        return got
    s, wins, note = got
    sel = W.select(s, *wins[0]) if wins else s.iloc[:0]
    if sel.empty:
        return unverifiable(f"the BoJ's balance of payments has no {c.instrument_text} for "
                            f"{c.period.label if c.period else 'that period'}", series=sid)
    return s, list(sel.index), float(sel.sum()), note


def change_in_dollars(c: Claim, ctx: Context, series: tuple[str, str], v: float, periods: list, move: int | None,
                      span: str) -> Judgement:
    """A change of a balance told in dollars ("an increase of 1.7 trillion yen, or over 11 billion dollars from last
    year", "the amount plunged by 8 billion dollars from last year"): the yen change ``v`` (JPY 100mn, from the base
    to ``periods``) converted as a level is (``in_dollars``); ``move``: +1 / -1 as told, None when untold."""
    j = _converted(c, ctx, series, v, periods, move, label=span)
    if j.explanation:
        j.explanation = f"a change: {j.explanation}"
    return j


def _converted(c: Claim, ctx: Context, series: tuple[str, str], v: float, periods: list, sign: int | None,
               label: str = "") -> Judgement:
    """The dollar figure ``c`` against the yen value ``v`` (JPY 100mn) of ``periods`` converted (module docstring)."""
    a = c.amount
    sid, what = series
    rates = conversion_rates(ctx, periods[-1])
    if not rates:
        return unverifiable(f"no USD/JPY rate to convert the yen figure ({what}{C.fmt_num(v)} JPY 100mn in "
                            f"{W.span_label(periods)}): FRED DEXJPUS in the store begins in 2018 and the article "
                            f"states no rate of its own", series=sid)
    claimed = a.in_units(1e9) * (sign or 1)
    # no truncation room on top of the rate's: rounding only ("4,778 million dollars" is not 5.04 billion truncated)
    tried = [(v * 1e8 / rate / 1e9, rate, where, C.tolerance(a, 1e9) + room * abs(claimed)) for rate, where, room in rates]
    usd, rate, where, tol = next((t for t in tried if C.matches(abs(claimed), abs(t[0]), a.qualifier, t[3],
                                                                truncate=False)), tried[0])
    j = C.verdict(claimed=claimed, official=usd, qualifier=a.qualifier, tol=tol, sid=sid, unit="JPY 100mn",
                  truncate=False, compare_unit="USD bn", reported=v, period=label or W.span_label(periods), what=what,
                  sign_free=sign is None, room=0.3 * abs(usd),
                  conversion={"fx_rate": rate, "fx_dates": where, "fx_series": FX_ID})
    j.explanation += f" (= {C.fmt_num(usd)} USD bn at {rate:.2f} JPY/USD, {where})"
    return j
