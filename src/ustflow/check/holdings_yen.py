"""A holder's Treasuries restated in yen beside the dollar figure: "7兆6600億ドル(約906兆円)", "$1.1 trillion
(about ¥160 trillion)" (issue 13).

The yen figure is the dollar figure converted by the article, not a series of its own: it is judged as the official
dollar value (the level or change its host figure is judged on) at a USD/JPY rate the article could have used: its
own ("($1 = 118.3 yen)", 1% room for its rounded dollars), else FRED's rate of the publication day (articles convert
at the rate of the day) or the mean of the month's business days, with 3% room, as the corpus README's rule for
dollar figures of yen flows. FRED's DEXJPUS in the mirror begins in 2018: without a rate the conversion is
unverifiable. A yen figure within 10% of every candidate but matching none is left unverifiable (another rate,
or rounding of the dollars first); further off, contradicted. The yen of a dollar figure that is not supported (a stale
level, a first print revised since) is unverifiable, unless it is off every rate by half or more (a slipped unit,
"約114億円" for 114兆円): a consistent conversion does not make a wrong figure right.
"""

from __future__ import annotations

from ustflow.check import compare as C
from ustflow.check.claims import Claim
from ustflow.check.results import CONTRADICTED, FX_ID, SUPPORTED, Judgement, unverifiable
from ustflow.check.rulekit import Context


def is_yen_restatement(c: Claim) -> bool:
    """Whether ``c`` is a yen figure in brackets after a dollar figure of holdings ("…ドル(約906兆円)")."""
    a, h = c.amount, c.host
    return a is not None and a.currency == "JPY" and a.parenthetical and h is not None and \
        h.amount is not None and h.amount.currency == "USD"


def conversion_rates(ctx: Context, month) -> list[tuple[float, str, float]]:
    """(rate, where it is from, room as a share) the article may have converted at."""
    out = []
    if ctx.fx_rate:
        out.append((ctx.fx_rate, "the article's own rate", 0.01))
    fx = ctx.data.series(FX_ID)
    if fx is None or fx.empty:
        return out
    fx = fx.dropna()
    if ctx.date is not None:
        day = fx[fx.index <= str(ctx.date)]
        if not day.empty:
            out.append((float(day.iloc[-1]), f"{day.index[-1]:%Y-%m-%d} (the rate of the publication day)", 0.03))
    if month is not None:
        days = fx[(fx.index >= month.start_time) & (fx.index <= month.end_time)]
        if not days.empty:
            out.append((float(days.mean()), f"{days.index[0]:%Y-%m-%d}..{days.index[-1]:%Y-%m-%d} (the month's mean)",
                        0.03))
    return out


def yen_restatement(c: Claim, ctx: Context, host: Judgement) -> Judgement:
    """Judge ``c`` (``is_yen_restatement``) on ``host``, the judgement of the dollar figure it restates."""
    import pandas as pd

    if host.official_value is None or host.official_unit != "USD bn" or not host.period:
        return unverifiable("the dollar figure this yen figure restates could not be judged", series=host.series)
    usd_bn = abs(host.official_value)
    try:
        month = pd.Period(host.period.split(" to ")[-1], "M")
    except ValueError:
        month = None
    rates = conversion_rates(ctx, month)
    if not rates:
        return unverifiable(f"no USD/JPY rate for {host.period} to convert {C.fmt_num(usd_bn)} USD bn into yen "
                            f"(FRED DEXJPUS in the store begins in 2018)", series=host.series)
    claimed = abs(c.amount.value) / 1e8  # JPY 100mn
    base = C.tolerance(c.amount, 1e8)
    tried = [(usd_bn * 1e9 * rate / 1e8, rate, where, room) for rate, where, room in rates]
    if host.verdict != SUPPORTED and not all(abs(t[0] - claimed) > 0.5 * max(t[0], claimed) for t in tried):
        # the yen of a dollar figure that is off (a first print, a stale level): a consistent conversion does not
        # make it right, and which rate it used cannot be told (a slipped unit, far off every rate, still is wrong)
        return unverifiable(f"restates in yen a dollar figure judged {host.verdict}: {host.explanation}",
                            series=host.series)
    for yen, rate, where, room in tried:
        if C.matches(claimed, yen, c.amount.qualifier, base + room * claimed):
            return Judgement(SUPPORTED, f"{C.fmt_num(usd_bn)} USD bn ({host.series}, {host.period}) at {rate:.2f} "
                                        f"JPY/USD, {where}: {C.fmt_money(yen * 1e8, 'JPY')}", series=host.series,
                             official_value=yen, official_unit="JPY 100mn", period=host.period,
                             conversion={"fx_rate": rate, "fx_dates": where, "fx_series": FX_ID})
    yen, rate, where, _ = tried[0]
    near = all(abs(t[0] - claimed) <= 0.10 * claimed for t in tried)
    why = f"{C.fmt_num(usd_bn)} USD bn ({host.series}, {host.period}) at {rate:.2f} JPY/USD, {where}: " \
          f"{C.fmt_money(yen * 1e8, 'JPY')}"
    if near:
        return unverifiable(f"the yen figure is near but not at the official dollars converted at the rates tried: {why}",
                            series=host.series)
    return Judgement(CONTRADICTED, why, series=host.series, official_value=yen, official_unit="JPY 100mn",
                     period=host.period, conversion={"fx_rate": rate, "fx_dates": where, "fx_series": FX_ID})
