"""FX intervention figures: the yen spent (``intervention``: the sum of the operations of the intervention episodes
that touch the claim's period, from MoF's curated table of operations, allowing for the table's rounding; a dollar
figure at the article's own rate, else at FRED's USD/JPY of those days), and an amount spent that is an intervention
only by the sentences before it (``intervention_in_context``: "The finance ministry spent ¥2.8382 trillion in the
month to September 28" after a sentence saying Japan intervened to prop up the yen).
"""

from __future__ import annotations

import re
from datetime import timedelta

from ustflow.check import compare as C, windows as W
from ustflow.check.claims import Claim
from ustflow.check.results import CONTRADICTED, FX_ID, SUPPORTED, Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context
from ustflow.check.text import KANA


def _episodes(s, w: tuple, gap_days: int = 7):
    """The operations of every intervention episode (days no more than a week apart) that touches the
    window: "in April" names the episode that began on 29 April and ended on 1 May."""
    import pandas as pd

    lo, hi = pd.Timestamp(w[0]), pd.Timestamp(w[1])
    days = list(s.index)
    groups, cur = [], []
    for d in days:
        if cur and (d - cur[-1]).days > gap_days:
            groups.append(cur)
            cur = []
        cur.append(d)
    if cur:
        groups.append(cur)
    keep = [d for g in groups if any(lo <= x <= hi for x in g) for d in g]
    return s.loc[keep]


def _own_rounding(sel) -> float:
    """How far a sum of operations may be from MoF's own total because the table gives each operation rounded
    (to JPY 1 bn: 3,168 + 2,367 = 5,535 where MoF published 5兆5348億円): half a unit of each one's last digit."""
    out = 0.0
    for x in sel.abs():
        x = float(x)
        out += 0.5 if x.is_integer() else 0.05 if round(x, 1) == x else 0.005
    return out


def _in_dollars(c: Claim, ctx: Context, sel, v: float, claimed: float) -> tuple[dict, float] | None:
    """The yen of the operations ``sel`` (``v`` JPY bn) in dollars and the room for the claim: at the article's own
    rate ("(Exchange rate: $1 = 153.13 yen)", 1% room: it converts its rounded yen), else at the mean FRED USD/JPY of
    the operation days or at FRED's rate of the publication day (articles convert at the rate of the day), 3% room;
    the first that matches the claim, else the mean of the operation days."""
    fx = ctx.data.series(FX_ID)
    days = fx[(fx.index >= sel.index[0]) & (fx.index <= sel.index[-1])].dropna() if fx is not None else None
    cands = []
    if ctx.fx_rate:
        cands.append(({"usd": v * 1e9 / ctx.fx_rate, "fx_rate": ctx.fx_rate, "fx_series": "the article's own rate",
                       "fx_dates": ""}, C.tolerance(c.amount, 1e9) + 0.01 * abs(claimed)))
    if days is not None and not days.empty:
        rate = float(days.mean())
        cands.append(({"usd": v * 1e9 / rate, "fx_rate": rate, "fx_series": FX_ID,
                       "fx_dates": f"{days.index[0]:%Y-%m-%d}..{days.index[-1]:%Y-%m-%d}"}, C.tolerance(c.amount, 1e9, fx=True)))
    on_day = fx[fx.index <= str(ctx.date)].dropna() if fx is not None and ctx.date is not None else None
    if on_day is not None and not on_day.empty and on_day.index[-1] > sel.index[-1]:
        rate = float(on_day.iloc[-1])
        cands.append(({"usd": v * 1e9 / rate, "fx_rate": rate, "fx_series": FX_ID,
                       "fx_dates": f"{on_day.index[-1]:%Y-%m-%d} (the rate of the publication day)"},
                      C.tolerance(c.amount, 1e9, fx=True)))
    if not cands:
        return None
    fits = [(conv, room) for conv, room in cands if C.matches(claimed, conv["usd"] / 1e9, c.amount.qualifier, room)]
    return fits[0] if fits else (cands[1] if ctx.fx_rate and len(cands) > 1 else cands[0])


def _no_intervention(c: Claim, s, wins: list, sid: str, note: str) -> Judgement:
    """"介入額がゼロだった": no operation in the period; the curated table can say so only for a period it covers
    (from October 2011 to its last operation)."""
    w = wins[0]
    sel = s[(s.index >= str(w[0])) & (s.index <= str(w[1]))]
    if not sel.empty:
        return Judgement(CONTRADICTED, f"MoF interventions: {len(sel)} operation day(s) in {w[0]}..{w[1]} "
                                       f"({', '.join(f'{d:%Y-%m-%d}' for d in sel.index)}), not none",
                         series=sid, official_value=float(sel.abs().sum()), official_unit="JPY bn",
                         period=f"{w[0]}..{w[1]}", claimed_value=0.0).note(note)
    if str(w[0]) < "2011-10-31" or str(w[1]) >= f"{s.index[-1]:%Y-%m-%d}":
        return unverifiable(f"no operation recorded in {w[0]}..{w[1]}, but the curated table covers only October "
                            f"2011 to its last operation ({s.index[-1]:%Y-%m-%d})", series=sid).note(note)
    return Judgement(SUPPORTED, f"MoF interventions: no operation in {w[0]}..{w[1]}", series=sid, official_value=0.0,
                     official_unit="JPY bn", period=f"{w[0]}..{w[1]}", claimed_value=0.0).note(note)


def intervention(c: Claim, ctx: Context) -> Judgement:
    """Yen spent on FX intervention: the sum of the operations of the episodes in the claim's period
    (a dollar figure at the average FRED USD/JPY of those days, with 3% room)."""
    from ustflow.check.intervention_days import days_told
    from ustflow.check.intervention_months import earlier_report
    from ustflow.check.intervention_runs import running_total

    sid = "mof.fx_intervention.amount"
    s = ctx.data.series(sid)
    if s is None or s.empty:
        return unverifiable("no FX intervention data in the store")
    usd = c.amount.currency == "USD"
    if c.amount.currency not in ("JPY", "USD"):
        return unverifiable("MoF reports interventions in yen")
    claimed = c.amount.in_units(1e9)
    tol = C.tolerance(c.amount, 1e9, fx=usd)
    earlier = earlier_report(c, ctx, s)  # "the preceding month": the MoF report before the latest one
    if earlier is not None:
        wins, note = earlier
    elif c.period is not None and c.period.windows:
        wins, note = list(c.period.windows), c.period.note
    elif ctx.date is not None:
        wins, note = [(ctx.date - timedelta(days=35), ctx.date)], \
            f"no period stated: the operations in the 35 days to the publication date {ctx.date}"
    else:
        return unverifiable("no period stated and no publication date: an intervention total needs a period",
                            series=sid)

    def evaluate(w):
        # a day or two named: those operations; a longer period: every episode it touches, or only its operations
        # inside the period ("6.28 trillion yen in April and 5.46 trillion yen in May": an episode across the month's
        # end told month by month)
        inside = s[(s.index >= str(w[0])) & (s.index <= str(w[1]))]
        if (w[1] - w[0]).days < 7:
            return _evaluate_sel(inside, w)
        got = [g for g in (_evaluate_sel(_episodes(s, w), w), _evaluate_sel(inside, w)) if g is not None]
        return min(got, key=lambda g: (not g[0], g[1])) if got else None

    def _evaluate_sel(sel, w):
        if sel.empty:
            return None
        v = float(sel.abs().sum())
        conv, room_fx = None, tol
        if usd:
            got = _in_dollars(c, ctx, sel, v, claimed)
            if got is None:
                return None
            conv, room_fx = got
        val = conv["usd"] / 1e9 if conv else v
        room = room_fx + _own_rounding(sel) * (val / v if v else 1.0)
        return C.matches(claimed, val, c.amount.qualifier, room), abs(val - claimed), (sel, v, val, conv, w, room_fx)

    if claimed == 0 and not usd:
        return _no_intervention(c, s, wins, sid, note)
    run = running_total(c, s, wins, note, ctx.date) if earlier is None else None
    if run is not None:  # "2024年は4~5月の介入と合わせて計15兆3233億円", "the total ... has reached 9.2 trillion yen"
        wins, note = run[:2]
    wins, note = days_told(c, s, wins, note)  # "a record single-day intervention", "¥11.73 trillion in all through May 6"
    pick = W.best(wins, evaluate)
    if pick is None:
        return unverifiable(f"no intervention recorded in {c.period.label if c.period else 'that period'}"
                            + (" with a USD/JPY rate to convert it" if usd else ""), series=sid).note(note)
    sel, v, val, conv, w, tol = pick
    days = ", ".join(f"{d:%Y-%m-%d}" for d in sel.index)
    period = f"{w[0]}..{w[1]}" if (w[1] - w[0]).days > 0 else f"{w[0]}"
    inside = str(w[0]) <= f"{sel.index[0]:%Y-%m-%d}" and f"{sel.index[-1]:%Y-%m-%d}" <= str(w[1])
    ran = run is not None and w in run[2]  # a running total: its operations' days are its period
    if (w[1] - w[0]).days >= 20 and not ran and (not inside or c.period is None or c.period.is_latest):
        # an episode running past the period named, or no period named: the MoF monthly reports that hold them
        lo, hi = W.report_period(sel.index[0].date())[0], W.report_period(sel.index[-1].date())[1]
        period = f"{lo}..{hi}"
        note = (note + "; " if note else "") + f"MoF reports these operations in its monthly totals for {period}"
    elif (w[1] - w[0]).days >= 20 and (inside or ran):
        # "4月末から5月末にかけて9兆7885億円", "今年度に入ってから15兆円": a loose span around the operations; the
        # official figure is the operations', so their days are its period
        period = f"{sel.index[0]:%Y-%m-%d}..{sel.index[-1]:%Y-%m-%d}" if len(sel) > 1 else f"{sel.index[0]:%Y-%m-%d}"
        note = (note + "; " if note else "") + f"the operations within {w[0]}..{w[1]}: {period}"
    tol += _own_rounding(sel) * (val / v if v else 1.0)
    j = C.verdict(claimed=claimed, official=val, qualifier=c.amount.qualifier, tol=tol, sid=sid, unit="JPY bn",
                  period=period, what=f"MoF interventions ({len(sel)} operation day(s): {days}): ", sign_free=True,
                  reported=v if usd else None, compare_unit="USD bn" if usd else None, conversion=conv)
    own = ", the article's own rate" if conv and conv["fx_series"] != FX_ID else ""
    j.explanation += f" ({C.fmt_money(v * 1e9, 'JPY')}" + (f" = {C.fmt_money(conv['usd'], 'USD')} at "
                                                            f"{conv['fx_rate']:.2f} JPY/USD{own})" if conv else ")")
    one_report = len({W.report_period(d.date()) for d in sel.index}) == 1
    j.figure = Figure(sid, list(sel.index), v, "JPY bn", "sum", n=len(sel),
                      calendar="mof_report" if one_report and len(sel) > 1 else "")
    return j.note(note)




_SPENT = re.compile(r"\b(?:spen[dt]|spending|used|deployed|poured|splashed out|(?:sold|selling) (?:the )?dollars?|"
                    r"(?:bought|buying) (?:the )?yen|totall?ed|amounted to|came to)\b", re.I)
_JA_INTERVENTION = re.compile(r"(?:為替|円買い|円売り|ドル売り|ドル買い|覆面|市場)介入")
#: yen put into the market in Japanese: "5月1日には3兆8700億円を投入し", "…円を投じた"
_JA_SPENT = re.compile(r"投入|投じ|つぎ込")
#: what yen spent was for: "spent 9.79 trillion yen ... in an effort to slow the rapid fall of the yen"
_YEN_DEFENCE = re.compile(r"\b(?:to|in an? (?:effort|attempt|bid) to|aimed at|in order to)\s+(?:slow(?:ing)?|stem(?:ming)?|"
                          r"halt(?:ing)?|arrest(?:ing)?|curb(?:ing)?|support(?:ing)?|prop(?:ping)? up|defend(?:ing)?|"
                          r"shor(?:e|ing) up|stop(?:ping)?|counter(?:ing)?|revers(?:e|ing)|rein(?:ing)? in)\b[^.;]{0,50}?\byen\b",
                          re.I)
#: an earlier record the sentence before's figure is compared with: "The previous high was 2,838.2 billion yen"
_PREVIOUS_HIGH = re.compile(r"\b(?:previous|prior|former|last)\s+(?:monthly\s+)?(?:high|record|peak|largest|biggest)\b|"
                            r"(?:これまで|それまで|従来|前回)の(?:最大|最高|最多)", re.I)  # "これまでの最大は…の5兆6202億円"
_JA_INTERV_AMOUNT = re.compile(r"介入(?:額|実績)|平衡操作")
_JA_NOT_INTERV = re.compile(r"証券|債券|株式|国債|投資家|海外勢|銀行|生保|信託|保有|残高")
#: what else a yen amount in a story on intervention may be: reserves, a loss or profit, the budget, GDP, a price
_JA_OTHER_YEN = re.compile(r"外貨準備|準備高|損失|損益|利益|評価益|評価損|予算|国内総生産|GDP|税|売上|時価|輸出|輸入|収支|黒字|赤字")
#: an estimate, not MoF's figure: "…5兆5100億円規模の介入があったとの見方があった", "…とみられる", a range "5兆2600億円─5兆5100億円"
_JA_ESTIMATE = re.compile(r"見方|推計|推定|試算|観測|とみられ|と見られ|見込|もよう|模様|\d\s*億円\s*[─〜~～-]\s*\d")
_NOT_INTERVENTION = re.compile(r"\b(?:bonds?|stocks?|shares|equit(?:y|ies)|Treasur(?:y|ies)|securities|holdings?|"
                               r"reserves|JGBs?|net (?:purchases|sales|buying|selling)|investors?)\b", re.I)


def intervention_in_context(c: Claim, sentences: list) -> bool:
    """"The finance ministry spent ¥2.8382 trillion in the month to September 28" after a sentence
    saying Japan intervened to prop up the yen: a yen (or dollar) amount spent, in a sentence that
    names no securities, is the intervention the sentence before (same or previous paragraph, at
    most two sentences back) describes. In Japanese, a yen amount in a sentence that names an intervention (介入), or
    right after one in its paragraph, is its size unless the sentence names securities, reserves, a balance or another
    money, or gives an estimate ("との見方", "とみられる", a range)."""
    from ustflow.check.lexicon import INTERVENTION_WORDS

    a = c.amount
    if a is None or a.kind != "money" or a.currency not in ("JPY", "USD"):
        return False
    s = c.sentence.text
    if _JA_INTERVENTION.search(s) and not re.search(r"証券|債券|株式|国債", s):
        return True  # "為替介入額が9兆7885億円", "円買い介入に…を投じた"
    i = c.sentence.index
    before = [t for t in sentences if i - 2 <= t.index < i and c.sentence.paragraph - t.paragraph <= 1]
    if a.currency == "JPY" and c.period is not None and c.period_how == "stated" and not _JA_NOT_INTERV.search(s) and \
            KANA.search(s) and any(_JA_INTERV_AMOUNT.search(t.text) for t in before[-1:]):
        return True  # "8月30日から9月28日は2兆8382億円" after a sentence on the amount of intervention
    if a.currency == "JPY" and KANA.search(s) and not _JA_NOT_INTERV.search(s) and \
            not _JA_OTHER_YEN.search(s) and not _JA_ESTIMATE.search(s) and \
            (re.search(r"介入", s) or any(re.search(r"介入", t.text) for t in before[-1:] if t.paragraph == c.sentence.paragraph)):
        # a yen amount told in a sentence on an intervention, or right after one, naming nothing else it could be:
        # "8月30日から9月28日までの介入に使った資金の総額は2兆8382億円だった", "…介入を実施し、…を投じていました。二日間の
        # 合計は5兆5348億円です", "為替介入金額の最新データが公表された。財務省の当該ページによれば2兆8,382億円とのこと"
        return True
    if _JA_SPENT.search(s) and not re.search(r"証券|債券|株式|国債|投資家", s):
        # "さらに、2日後の5月1日には3兆8700億円を投入し" after "…4月29日に…円買い・ドル売りの介入を実施"
        return any(re.search(r"介入", t.text) for t in before)
    if _PREVIOUS_HIGH.search(s) and not _NOT_INTERVENTION.search(s) and not _JA_NOT_INTERV.search(s) and \
            any(re.search(rf"\b(?:{INTERVENTION_WORDS})|(?:円買い|ドル売り|為替)?介入", t.text, re.I) for t in before[-1:]):
        return True  # "Japan spent ¥6.35 trillion on interventions. The previous high was ¥2.84 trillion": the same measure
    if not _SPENT.search(s) or _NOT_INTERVENTION.search(s):
        return False
    if _YEN_DEFENCE.search(s):
        return True  # "Japan spent a record 9.79 trillion yen between April and May in an effort to slow the yen's fall"
    words = re.compile(rf"\b(?:{INTERVENTION_WORDS})", re.I)
    if words.search(s):
        return True
    return any(words.search(t.text) for t in before)
