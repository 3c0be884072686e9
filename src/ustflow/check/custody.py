"""Foreign official custody holdings at the New York Fed (H.4.1 via FRED WMTSECL1, issue 15 item 5).

"Foreign central banks' holdings of Treasuries held in custody at the New York Fed fell $20.5 billion to
$2.64 trillion in the week ended June 24": the Fed's weekly series of marketable Treasuries it holds in
custody for foreign official and international accounts (Wednesday level, USD mn, face value), not TIC's
monthly foreign official holdings (market value, custodian-country basis). The H.4.1 comes out on
Thursday for the week that ended on Wednesday, so an undated claim is judged on the latest Wednesday
published by the article's date.
"""

from __future__ import annotations

import copy
import re
from datetime import timedelta

from ustflow.check import compare as C, windows as W
from ustflow.check.claims import Claim
from ustflow.check.results import Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context

SID = "fred.wmtsecl1"
UNIT = "USD mn"
TITLE = "Fed H.4.1 (FRED WMTSECL1): Treasuries held in custody for foreign official and international accounts"
#: the words that put a figure on the Fed's custody series rather than on TIC
#: (the Fed's "custody" or "custodial holdings", not a custodian's "custodial accounts" nor "a custodial reallocation":
#: Belgium's holdings, "a proxy for Chinese custodial accounts", are TIC's)
CUSTODY_RX = re.compile(r"\bcustody\b|\bcustodial\s+(?:holdings|data|figures)\b|\bNew York Fed\b|\bFederal Reserve Bank of New York\b|\bH\.4\.1\b|"
                        r"\bheld (?:at|by) the (?:New York )?Fed(?:eral Reserve)?\b|"
                        r"\b(?:Treasur(?:y|ies)|holdings|ownership|bonds|securities|debt) at the (?:New York )?"
                        r"Fed(?:eral Reserve)?\b|"
                        # "外国の中銀がニューヨーク連銀に預ける米国債", "ニューヨーク連銀による外国中銀の米国預かり資産"
                        r"(?:ニューヨーク|NY|米)連銀に預け|(?:ニューヨーク|NY|米)連銀(?:による|の)[^。]{0,12}?預かり|"
                        # "FRBが保管する外国中央銀行の米国債", "FRB保管の", "米連邦準備理事会(FRB)が保管する", "FRBが預かる",
                        # "ニューヨーク連銀が世界中の中央銀行から預かっている米国債": what the Fed keeps for them; "FRBに
                        # 預けている": what they keep at the Fed
                        r"(?:FRB|連銀|連邦準備理事会|連邦準備制度)\)?(?:が?保管|が預か|に預け)|連銀が[^。]{0,16}?から預か|"
                        # "FRBが前日発表した11日時点の外国中央銀行の市場性証券類保有高": the Fed's figures of foreign central
                        # banks' holdings (TIC's come from 米財務省, the Treasury)
                        r"(?:FRB|連邦準備理事会|連邦準備制度|連銀)\)?が[^。]{0,12}?(?:発表|公表)した[^。]{0,16}?外国(?:の)?(?:中銀|中央銀行)|"
                        r"カストディ", re.I)


def is_custody(c: Claim, ctx: Context | None = None) -> bool:
    """The sentence names the Fed's custody; or, in a story about it, a holdings figure for a week (TIC's
    holdings are monthly, so a week's figure can only be the Fed's weekly series)."""
    if CUSTODY_RX.search(c.sentence.text):
        return True
    if c.period is not None and c.period.kind in ("week", "weeks") and not c.period.is_latest and \
            (c.subject is None or c.subject.kind in ("foreign_official", "foreign_total", "foreign_investors")) and \
            c.amount is not None and c.amount.currency == "USD" and _TREASURIES.search(c.sentence.text):
        # "外国勢による米国債保有は27日までの1週間に約56億ドル減少し": foreigners' Treasuries in a week, whatever the
        # story's words (TIC's holdings are monthly; a week's can only be the Fed's weekly custody series)
        return True
    if ctx is None or not CUSTODY_RX.search(ctx.article):
        return False
    official = c.subject is None or c.subject.kind in ("foreign_official", "institution")
    # a week's or a day's figure (TIC's holdings are monthly): "from Wednesday March 5 to Wednesday March 12"
    weekly = c.period is not None and c.period.kind in ("week", "weeks", "day", "days")
    # no period stated, in a custody story that never mentions TIC's monthly data: the story's weekly series
    undated = (c.period is None or c.period.is_latest) and not _TIC_WORDS.search(ctx.article)
    # the holdings the story told before, in a month it names ("3月には同保有高が過去最高の3兆1090億ドルに達していた"):
    # still the Fed's series, in a story that never mentions TIC's monthly data
    carried = c.subject_how == "inherited" and c.period is not None and c.period.kind in ("month", "months") and \
        not _TIC_WORDS.search(ctx.article)
    return official and (weekly or undated or carried)


def weekly_trade(c: Claim) -> Claim | None:
    """Foreign central banks' trade in Treasuries over weeks ("Monetary authorities around the world sold more than
    $100 billion in US Treasuries in the three weeks ended March 25"): TIC's trades and holdings are monthly, so a
    week's can only be the Fed's weekly custody series, its change over the weeks (a copy of ``c`` read so)."""
    if c.measure != "flow" or c.instrument != ("tic", "treasuries") or c.subject is None or \
            c.subject.kind != "foreign_official" or c.period is None or c.period.kind not in ("week", "weeks") or \
            c.period.is_latest or c.amount is None or c.amount.currency != "USD":
        return None
    c = copy.copy(c)
    c.measure = "holdings_change"
    return c


_TIC_WORDS = re.compile(r"\bTIC\b|Treasury (?:Department|International Capital)|\bmonthly\b|Treasury data|"
                        r"米財務省|国際資本統計", re.I)
#: a record or peak said of the figure ("過去最高の3兆1090億ドルに達した", "2兆9500億ドルと過去1年半のピーク", "peaked at
#: $3.1 trillion in March"): the extreme Wednesday of the span it names, not the span's last
_HIGH_NEAR = re.compile(r"過去最高|最高|ピーク|\b(?:record|peak(?:ed)?|all-time high|highest)\b", re.I)
_LOW_NEAR = re.compile(r"過去最低|最低|\b(?:lowest|low)\b", re.I)
#: custody of Treasuries *and* agency debt: the Fed's total, of which the store holds the Treasuries part only
_TOTAL = re.compile(r"\bTreasur(?:y|ies)(?: securities)? and other (?:debt )?securities\b|\b(?:debt|bond) holdings\b|"
                    r"\bU\.?S\.? (?:bonds|debt securities|securities)\b|\bmarketable securities\b|\bagency (?:debt|securities)\b|\bdebt securities\b|"
                    r"\btotal (?:securities|custody|holdings|assets)\b|\ball (?:the )?securities\b|"
                    r"(?<!Treasury )(?<!marketable )\bsecurities (?:held )?(?:in|at) (?:the )?(?:custody|Fed)\b|"
                    r"\bmortgage-backed\b|\bMBS\b|住宅ローン担保証券|政府系金融機関債|預かり資産|"
                    # "市場性証券類保有高" (marketable securities: all of them), "外国中銀の米証券保有" (US securities)
                    r"市場性証券|(?<!財務省)米証券", re.I)
#: the H.4.1's week averages, not its Wednesday levels: "The average weekly holdings declined by some $47 billion"
_AVERAGE = re.compile(r"\b(?:average|averaged|week-average|weekly average)\b", re.I)
#: Treasuries in a custody sentence: "Treasurys" (a spelling some write), "外国中銀の財務省証券保有高"
_TREASURIES = re.compile(r"\bTreasur(?:y|ies|ys)\b|米国債|財務省証券", re.I)


def _hits(s: str) -> list[tuple[int, int, str]]:
    hits = [(m.start(), m.end(), "total") for m in _TOTAL.finditer(s)]
    return hits + [(m.start(), m.end(), "tsy") for m in _TREASURIES.finditer(s)
                   if not any(a <= m.start() < b for a, b, _ in hits)]


def names_total(c: Claim, ctx: Context | None = None) -> bool:
    """Whether the words nearest the figure (before it, else after it) name all custody holdings rather
    than Treasuries: "the drop of $27.06 billion ... lowered the Fed's custody of U.S. Treasuries and other
    debt securities", but "concentrated in Treasuries, which declined by $26.37 billion". A sentence that names
    neither, nor the custody, goes on with the holdings the story named last ("…外国中銀の米国債保有高は…。増加幅は
    …287億2000万ドル以来の大きさ", "3月には同保有高が…")."""
    s = c.sentence.text
    hits = _hits(s)
    before = [h for h in hits if h[1] <= c.span[0]]
    after = [h for h in hits if h[0] >= c.span[1]]
    near = max(before) if before else min(after) if after else None
    if near is None and ctx is not None and not CUSTODY_RX.search(s) and (at := ctx.article.find(s)) > 0:
        told = _hits(ctx.article[:at])
        near = max(told) if told else None
    if near is None:  # "Custody holdings for foreign central banks dropped to $3.1 trillion": which, not said
        return True
    return near[2] == "total"


def _week(c: Claim, s, ctx: Context):
    """The week the claim is about: its stated period's last Wednesday, else the latest one released by the
    publication date (released on the Thursday after)."""
    if c.period is not None and c.period.is_latest and c.period.extra.get("months") and (d := _extreme_said(c)):
        # "2兆9500億ドルと過去1年半のピーク": the peak among the weeks of the latest months published
        known = released(s, ctx)
        last = known.iloc[-max(1, round(int(c.period.extra["months"]) * 52 / 12)):]
        return ((last * d).idxmax() if not last.empty else None), ""
    if c.period is not None and not c.period.is_latest and c.period.windows:
        sel = W.select(s, *c.period.windows[-1])
        if len(sel) > 1 and (d := _extreme_said(c)):  # "3月には…過去最高の3兆1090億ドルに達していた"
            sel = W.select(s, c.period.windows[0][0], c.period.windows[-1][1])
            return (sel * d).idxmax(), ""
        return (sel.index[-1] if not sel.empty else None), ""
    return _latest_week(s, ctx)


def _extreme_said(c: Claim) -> int:
    """1 (-1) when a peak (low) is said of a level right next to it, 0 otherwise."""
    if c.measure == "holdings_peak":
        return 1
    if c.measure != "holdings_level":
        return 0
    s = c.sentence.text
    near = s[max(0, c.span[0] - 12):c.span[0]] + " " + s[c.span[1]:c.span[1] + 12]
    return 1 if _HIGH_NEAR.search(near) else -1 if _LOW_NEAR.search(near) else 0


def _weeks_in(c: Claim, s, p) -> int:
    """How many weekly changes a change over the claim's period spans: "in the four weeks to June 17" (and "the
    month to June 17": four weeks) run from the last Wednesday before the period to its last one; a week's
    change is one."""
    if re.search(r"\byear[- ](?:on|over)[- ]year\b|\b(?:a|one) year (?:earlier|ago|before)\b|\bfrom a year\b",
                 c.clause or c.text, re.I):
        return 52  # "year-over-year, custody holdings are higher by $X": the Wednesday 52 weeks before
    if c.period is not None and c.period.is_latest and c.period.extra.get("unit") == "week":
        return int(c.period.extra.get("periods") or 1)  # "in the eight weeks": the latest eight
    if c.period is not None and c.period.is_latest and c.period.extra.get("months"):
        return max(1, round(int(c.period.extra["months"]) * 52 / 12))
    if c.period is None or c.period.kind not in ("weeks", "days") or not c.period.windows or c.period.relative:
        return 1  # a span of weeks or days ending on a stated date; not "since October" (no stated end)
    start = c.period.windows[0][0] if not c.period.extra.get("month_to") else c.period.end - timedelta(days=27)
    sel = W.select(s, start, c.period.windows[-1][1])
    if sel.empty or sel.index[-1] != p:
        return 1
    if c.period.kind == "days" and sel.index[0].end_time.date() == start:
        # "from Wednesday March 5 to Wednesday March 12": from the first day's own Wednesday level
        return max(1, len(sel) - 1)
    return max(1, len(sel))


def _latest_week(s, ctx: Context):
    if ctx.date is None:
        return None, "no period stated and no publication date"
    known = released(s, ctx)
    if known.empty:
        return None, f"no week of {SID} had been released by {ctx.date}"
    return known.index[-1], f"no period stated: the latest week released by {ctx.date} ({ctx.pub.how or 'the given date'})"


def released(s, ctx: Context):
    """The weeks of ``s`` the H.4.1 had published by the article's date (each on the Thursday after its Wednesday)."""
    import pandas as pd

    if ctx.date is None:
        return s
    return s[s.index.end_time.normalize() + pd.Timedelta(days=1) <= pd.Timestamp(ctx.date)]


def custody(c: Claim, ctx: Context) -> Judgement:
    s = ctx.data.series(SID)
    if s is None or s.empty:
        return unverifiable(f"the Fed's custody series {SID} is not in the store (load it with `ustflow update`)")
    s = s.dropna()
    if _AVERAGE.search(c.clause or c.sentence.text):
        return unverifiable("a week average of custody holdings (the H.4.1 prints one beside the Wednesday level): "
                            f"the store holds the Wednesday levels only ({SID})", series=SID)
    if names_total(c, ctx):
        return unverifiable("the Fed's custody holdings of all securities (Treasuries with agency debt and MBS), or "
                            "holdings the sentence does not say are Treasuries: the store holds the Treasuries part "
                            f"only ({SID})", series=SID)
    p, note = _week(c, s, ctx)
    if p is None:
        return unverifiable(note or f"{SID} has no week in {c.period.label if c.period else 'that period'} "
                                    f"(covers {W.label(s.index[0])}..{W.label(s.index[-1])})", series=SID)
    if c.amount is None or c.amount.kind not in ("money", "percent") or \
            (c.amount.kind == "money" and c.amount.currency != "USD"):
        return unverifiable("the custody series is in dollars; this figure cannot be compared with it", series=SID)
    level = float(s[p])
    change = c.measure in ("holdings_change", "holdings_pct")
    k = _weeks_in(c, s, p) if change else 1
    if change and p - k not in s.index:
        return unverifiable(f"no week before {W.label(p - k + 1)} in {SID}", series=SID)
    prev = float(s[p - k]) if change else None
    if c.measure == "holdings_pct":
        official, unit, claimed, tol = (level / prev - 1) * 100, "percent", c.amount.number * (c.direction or 1), \
            max(c.amount.precision, 0.05)
        periods = [p - k, p]
    elif change:
        official, unit = level - prev, UNIT
        claimed, tol = c.amount.in_units(1e6) * (c.direction or 1), C.tolerance(c.amount, 1e6)
        periods = [p - k, p]
    else:
        official, unit, claimed, tol = level, UNIT, c.amount.in_units(1e6), C.tolerance(c.amount, 1e6)
        periods = [p]
    # a change is between two Wednesday levels: named by those two days
    period = f"{p.end_time:%Y-%m-%d}" if not change else f"{(p - k).end_time:%Y-%m-%d} to {p.end_time:%Y-%m-%d}"
    what = f"{TITLE}: {'change ' if change else ''}"
    j = C.verdict(claimed=claimed, official=official, qualifier=c.amount.qualifier, tol=tol, sid=SID, unit=unit,
                  period=period, what=what, sign_free=change and c.direction is None)
    j.figure = Figure(SID, periods, official, unit, "pct" if unit == "percent" else "change" if change else "level", n=k)
    j.explanation += " (face value, Wednesday level; TIC's monthly foreign official holdings are at market value)"
    return j.note(note)
