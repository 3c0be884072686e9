"""Market figures: yields and USD/JPY on a day or over a window, yield changes, FX intervention.

The official series are daily closes (FRED H.15 Treasury yields, MoF's JGB yields) and fixings (FRED
H.10 USD/JPY, the noon rate in New York). An article may quote an intraday level ("the yen fell below
140", "4.08% last week"): a claim that a close or fixing in its period confirms is supported; one that
no close confirms but that lies within a plausible intraday range of the closes (10 bp for yields,
1.5% for USD/JPY) is ``unverifiable`` with that reason (an intraday level, or another desk's close);
beyond that range it is contradicted. A claim about one day also tries the business day before (time
zones: Tokyo's day is New York's night). Interventions are judged in ``interventions``.
"""

from __future__ import annotations

import re
from datetime import timedelta

from ustflow.check import compare as C, windows as W
from ustflow.check.claims import Claim
from ustflow.check.japanese_markets import JA_INTRADAY, JA_JGB, JA_TENOR, JA_UST, continued_tenors
from ustflow.check.market_digits import finer_than_published, least_tolerance
from ustflow.check.results import CONTRADICTED, FX_ID, SUPPORTED, UNVERIFIABLE, Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context, NoPeriod, claim_windows, present_tense

#: "1.5%台中盤まで急低下した": how far a move went (まで), in the past; on no day named it may be the day's extreme
#: (a yield's or a price's words, 急落, 急騰, 売られ, 買われ: not ``lexicon.JA_RISE`` / ``JA_FALL``, a balance's)
_JA_MOVED_AS_FAR = re.compile(r"(?:台(?:前半|中盤|後半|半ば)?)?まで(?:急)?(?:低下|上昇|下落|急落|急騰|上げ|下げ|売られ|買われ)"
                              r"(?:した|し、|していた)")
INTRADAY = {"yield": 0.10, "fx": 0.015}  # yields: percentage points; USD/JPY: share of the level
INTRADAY_WORDS = re.compile(r"\b(?:briefly|at one point|intraday|intra-day|touched|touching|scaled|"
                            # "a low of", "a 34-year low of": the extreme's own level, on its own day (not "has reached a
                            # record high of 1.0%", now)
                            r"an? (?:(?:fresh |new )?(?:\d{1,3}-(?:year|month|week|decade)|multi-year) )?(?:low|high) of|"
                            r"brushed|as (?:high|low) as|in (?:early|late) trade|during the (?:day|session)|session "
                            r"(?:high|low)|spiked|plunged to|earlier in the (?:day|week)|currently|hovering|temporarily|momentarily|"
                            r"at one stage|immediately after|right after|fluctuated|swung)\b|" + JA_INTRADAY, re.I)


_JGB = re.compile(r"JGBs?\b|Japan(?:ese)? government bonds?|Japan(?:'s|’s)? (?:\d+|two|five|ten|thirty|twenty|forty)[- ]year|"
                  r"Japanese (?:\d+|ten|thirty)[- ]year|Japan(?:'s|’s)? (?:benchmark|key|bellwether) (?:\d+|ten|thirty)[- ]year|super-long|Japan(?:'s|’s)? (?:benchmark )?(?:bond )?yields?|"
                  r"\bJP\d+YT|Japanese (?:long-term )?bonds|Japan(?:'s|’s)? (?:long-term )?bonds|Bank of Japan|\bBOJ\b", re.I)
_UST = re.compile(r"Treasury (?:yields?|notes?|bonds?)|Treasuries|U\.?S\.? (?:\d+|two|ten|thirty)[- ]year|U\.?S\.? yields?|"
                  r"U\.?S\.? government bonds|"
                  r"US yields?|T-note|\bUS\d+YT|American bonds?|Federal Reserve|\bthe Fed\b")
_OTHER_MARKET = re.compile(r"\b(?:German|Germany's|Bund|British|UK|gilt|French|France's|Italian|Italy's|Spanish|"
                           r"Chinese|China's|Korean|Australian|Canadian|euro[- ]zone|Swiss)\b")
#: a figure's own market named right after it: "1.89% for the bellwether 10-year T-note", "0.5% on the 10-year JGB"
_FOR_MARKET = re.compile(r"\s*(?:for|on|in)\s+(?:the\s+)?(?:(?:benchmark|bellwether|key|main)\s+)?"
                         r"(?:(?:\d{1,2}|two|five|ten|twenty|thirty|forty)[- ]year\s+)?(?=\S)", re.I)
_TENOR = re.compile(r"\b(\d{1,2}|one|two|five|ten|thirty|twenty|forty)[- ]year(?!s\b)(?![- ](?:high|low|peak|trough|record))",
                    re.I)  # "a 16-year high", "in about 15 years" are look-backs, not tenors


def _prior_market(article: str, sentence: str) -> str | None:
    """The market the sentence before names last, for a yield whose own sentence names none ("The yield on Japan's
    benchmark 10-year government bond rose to 2.783%. The 30-year yield stood at 4.043%.": the JGB's), not the one
    the article names more often; None when the sentence before names none."""
    i = article.find(sentence) if sentence else -1
    if i <= 0:
        return None
    before = article[max(0, i - 400):i]
    cut = max(before.rfind(". ", 0, max(0, len(before.rstrip()) - 1)), before.rfind("。", 0, max(0, len(before.rstrip()) - 1)),
              before.rfind("\n"))
    prev = before[cut + 1:] if cut >= 0 else before
    marks = [(m.start(), "jgb") for rx in (_JGB, JA_JGB) for m in rx.finditer(prev)] + \
        [(m.start(), "ust") for rx in (_UST, JA_UST) for m in rx.finditer(prev)]
    return max(marks)[1] if marks else None


def market_series(c: Claim, measure: str, article: str = "") -> tuple[str | None, str]:
    """The series a yield or exchange-rate claim is about: the market named nearest before the figure
    in its sentence, else in the sentence, else the one the article talks about more."""
    s = c.text
    if measure == "fx_level":
        return FX_ID, "USD/JPY (FRED H.10 noon rate in New York)"
    pos, end = c.span
    other = _OTHER_MARKET.search(s[max(0, pos - 60):pos])
    if other and not _UST.search(s[max(0, pos - 60):pos]) and not _JGB.search(s[max(0, pos - 60):pos]):
        return None, f"{other.group(0)} yields are not in the store"
    jgb = [m.start() for m in _JGB.finditer(s)] + [m.start() for m in re.finditer(r"\bJapan(?:ese|'s)?\b", s)] + \
        [m.start() for m in JA_JGB.finditer(s)]  # "新発10年物国債", "長期金利"
    ust_spans = [m.span() for m in _UST.finditer(s)] + [m.span() for m in JA_UST.finditer(s)]  # "米国債利回り"
    ust = [a for a, _ in ust_spans]
    jgb = [p for p in jgb if not any(a <= p < b for a, b in ust_spans)]  # "米10年国債": its 国債 is the US's
    jgb = continued_tenors(s, jgb, ust)  # "米10年債は…、2年債は…": the US's 2-year

    def dist(p: int) -> int:  # the market named nearest the figure, before it or just after it
        return pos - p if p < pos else (p - end) * 2

    if any(p < pos for p in jgb + ust):
        # "The 10-year Treasury yield was 4.36% and Japan's 10-year yield stood at 2.468%": a market named after the
        # figure and before another percentage is that figure's subject, not this one's (one is named before it)
        nxt = re.compile(r"\d\s*(?:[%％]|percent\b|per cent\b)", re.I)
        jgb = [p for p in jgb if p < pos or not nxt.search(s, p)]
        ust = [p for p in ust if p < pos or not nxt.search(s, p)]

    near_jgb = min((dist(p) for p in jgb), default=None)
    near_ust = min((dist(p) for p in ust), default=None)
    owner = _FOR_MARKET.match(s, end)  # "1.89% for the bellwether 10-year T-note": the market it is for
    if owner and (_UST.match(s, owner.end()) or _JGB.match(s, owner.end())):
        market = "ust" if _UST.match(s, owner.end()) else "jgb"
    elif near_jgb is not None or near_ust is not None:
        market = "jgb" if near_ust is None or (near_jgb is not None and near_jgb < near_ust) else "ust"
    else:
        market = _prior_market(article, s) or ("jgb" if len(_JGB.findall(article)) + len(JA_JGB.findall(article)) >
                                               len(_UST.findall(article)) + len(JA_UST.findall(article)) else "ust")
    words = {"one": 1, "two": 2, "five": 5, "ten": 10, "thirty": 30, "twenty": 20, "forty": 40}
    tenors = sorted([(m.start(), m.group(1)) for m in _TENOR.finditer(s)] + [(m.start(), m.group(1)) for m in JA_TENOR.finditer(s)])
    before = [t for t in tenors if t[0] < pos]
    # "米長期金利は2.9%、2年債は3.1%": a tenor after the figure with another yield after it is that yield's
    tenors = before or [t for t in tenors if not re.search(r"\d\s*(?:[%％]|percent\b|per cent\b)", s[t[0]:], re.I)]
    own = _TENOR.search(owner.group(0)) if owner and (_UST.match(s, owner.end()) or _JGB.match(s, owner.end())) else None
    # "a yield of almost 1.5% on 30-year Japanese government bonds": the tenor of the market the figure is for
    t = own.group(1).lower() if own else (before[-1] if before else tenors[0] if tenors else (0, "10"))[1].lower()
    n = int(t) if t.isdigit() else words[t]
    if market == "jgb":
        return f"jgb.{n}y", f"JGB {n}-year yield (MoF)"
    return (f"fred.dgs{n}", f"US Treasury {n}-year yield (FRED DGS{n})") if n in (2, 10, 30) else (None, "")


def _undated_move(c: Claim, sid: str, intraday) -> Judgement | None:
    """A level within a day ("briefly", "一時"), or how far a move went ("1.5%台中盤まで急低下した"), on a day the
    article does not name: unverifiable (the day's extreme or its close; the daily series cannot tell)."""
    if c.period is not None:
        return None
    if intraday and not re.match(r"(?i)currently|hovering", intraday.group(0)):
        return unverifiable(f"a move within a day ({intraday.group(0)!r}) on a day the article does not name: "
                            "the official daily series cannot confirm it", series=sid)
    reach = _JA_MOVED_AS_FAR.match(c.sentence.text, c.span[1])
    if reach and not present_tense(c):
        return unverifiable(f"'{c.amount.text}{reach.group(0)}': how far a move went, on a day the article does not name "
                            f"(the day's extreme or its close): the official daily series cannot tell which", series=sid)
    return None


#: a dateline in an Asian or Pacific city ("TOKYO, Aug 1:", "HONG KONG, May 3 (Reuters) -")
_ASIAN_DATELINE = re.compile(r"(?m)^\s*(?:TOKYO|OSAKA|BEIJING|SHANGHAI|HONG KONG|SINGAPORE|SEOUL|TAIPEI|SYDNEY|"
                             r"WELLINGTON|MUMBAI|NEW DELHI|BANGKOK|JAKARTA|MANILA|KUALA LUMPUR)\s*,")


def _days(c: Claim, s, sid: str, ctx: Context) -> tuple[list, str]:
    """The days a market claim is about: its period (up to the publication date), else the last close
    published before the publication date."""
    if (c.period is None or c.period.is_latest) and ctx.date is not None and present_tense(c) and \
            not (sid.startswith("fred.") and _ASIAN_DATELINE.search(ctx.article or "")):
        # (a story datelined in Asia is written before New York's close of its day: the close before it)
        import pandas as pd

        if (s.index == pd.Timestamp(ctx.date)).any():
            # "The 2-year yield is just below 4.5 percent" in a story of day D describes D: its close is the
            # official observation nearest to it (the close before is tried too, as for any named day)
            return [(ctx.date, ctx.date)], f"present tense: the close of the publication day, {ctx.date}"
    try:
        wins, note = claim_windows(c, s, sid, ctx)
    except NoPeriod:
        return [], ""
    if ctx.date is not None and not ctx.pub.how.startswith("inferred"):
        # "topped 5% this week" in a Thursday story: the closes up to its day, not Friday's
        wins = [(lo, min(hi, ctx.date)) for lo, hi in wins if lo <= ctx.date] or wins
    return wins, note


_THRESHOLD = re.compile(r"\b(?:line in the sand|thresholds?|red line|trigger|barrier|watch(?:ed|ing|es)?|seen as|sees?|"
                        r"regard(?:s|ed)?|considered|viewed as|defen[cs]e line|key level|psychological(?:ly)?|"
                        r"tolerance|pain point)\b", re.I)
_MARKET_MOVE = re.compile(r"\b(?:fell|fall(?:s|ing)?|rose|ris(?:es|ing)|weaken(?:ed|s|ing)|strengthen(?:ed|s|ing)|"
                          r"sl(?:id|ipped|umped)|dropped|climbed|hit|touched|reached|trad(?:ed|ing|es)|stood|ended|closed|"
                          r"jumped|surged|tumbled|plunged|sank|firmed|eased|breached|broke|was at|changed hands|last)\b",
                          re.I)


def beyond_history(c: Claim, ctx: Context, measure: str) -> Judgement | None:
    """A level more than three times any close its series ever had ("Net buying tumbles 94% as jump in US Treasury
    yield spurs caution": no 10-year yield was ever near 94%) is another measure, not the market's level."""
    sid, _ = market_series(c, measure, ctx.article)
    s = ctx.data.series(sid) if sid is not None and c.amount is not None else None
    if s is None or s.dropna().empty or abs(c.amount.number) <= C.FAR_FACTOR * float(s.dropna().abs().max()):
        return None
    return unverifiable(f"{c.amount.text} is more than {C.FAR_FACTOR:g} times any level {sid} ever had (at most "
                        f"{C.fmt_num(float(s.dropna().abs().max()))}): another measure, not the market's level", series=sid)


def market(c: Claim, ctx: Context, measure: str) -> Judgement:
    sid, title = market_series(c, measure, ctx.article)
    if sid is None:
        return unverifiable(title or "the store holds US yields only at 2, 10 and 30 years")
    s = ctx.data.series(sid)
    if s is None or s.empty:
        return unverifiable(f"no series {sid} in the store")
    s = s.dropna()
    fx = measure == "fx_level"
    if fx and _THRESHOLD.search(c.sentence.text) and not _MARKET_MOVE.search(c.sentence.text):
        # "Analysts see 150 yen per dollar as a line in the sand", "Traders are watching the 150 yen level": a level
        # named as a threshold, not where the yen traded (it was judged as the day's rate)
        return unverifiable("a level named as a threshold or a level watched, not a quote of the market", series=sid)
    unit = "JPY per USD" if fx else "percent"
    claimed, q = c.amount.number, c.amount.qualifier
    # the official close or fixing must round to the printed digits (half a basis point at least)
    tokyo = fx and "円" in c.amount.text  # "1ドル=145円80銭前後": a Tokyo quote, to the sen; "前後" within half a yen
    tol = max(c.amount.precision, least_tolerance(c.amount.precision, fx), (0.5 if tokyo else 0.02 * abs(claimed)) if q == "approx" else 0)
    q = "exact" if tokyo and q == "approx" else q  # (not the 2% of "about" an amount of money allows)
    wins, note = _days(c, s, sid, ctx)
    if not wins:
        return unverifiable("no day or period stated and no publication date", series=sid)
    intraday = INTRADAY_WORDS.search(c.sentence.text)
    undated = _undated_move(c, sid, intraday)
    if undated is not None:
        return undated

    at_end = c.period is not None and bool(re.search(r"\bend(?:-|\s+of\b)|\bclose of\b|末", c.period.label, re.I))

    def evaluate(w):
        lo, hi = w
        if lo == hi and not sid.startswith("jgb."):  # one day: the business day before too (Tokyo's day is New
            lo = lo - timedelta(days=3)  # York's night); MoF's JGB closes are Tokyo's own: the day named
        sel = s[(s.index >= str(lo)) & (s.index <= str(hi))]
        if sel.empty:
            return None
        if lo != w[0]:
            sel = sel.iloc[-2:] if sel.index[-1].date() == w[1] else sel.iloc[-1:]
        if q in ("above", "at_least", "just_above"):
            d = sel.idxmax()
        elif q in ("below", "at_most", "just_below"):
            d = sel.idxmin()
        elif (c.role == "level" or at_end) and len(sel) > 1 and not intraday:
            d = sel.index[-1]  # "up 8 bp in 2024 to 0.067%", "4.2% at the end of March": where the period ended
        else:
            d = (sel - claimed).abs().idxmin()
        v = float(sel[d])
        ok = C.matches(claimed, v, q, tol, truncate=False) if claimed >= 0 else abs(v - claimed) <= tol
        if lo != w[0] and sel.index[-1] != d and sel.index[-1].date() == w[1]:
            day = float(sel.iloc[-1])  # the day named first; the close before it only when that one does not fit
            if C.matches(claimed, day, q, tol, truncate=False) if claimed >= 0 else abs(day - claimed) <= tol:
                d, v, ok = sel.index[-1], day, True
            elif not ok:
                d, v = sel.index[-1], day
        return ok, abs(v - claimed), (d, v, ok, w, sel)

    pick = W.best(wins, evaluate)
    if pick is None:
        return unverifiable(f"{sid} has no data for {c.period.label if c.period else 'those days'} "
                            f"(covers {W.label(s.index[0])}..{W.label(s.index[-1])})", series=sid)
    d, v, ok, _, sel = pick
    if q == "exact" and (why := finer_than_published(c.amount.precision, claimed, v, s)):
        return unverifiable(f"{why}: {title} {C.fmt_num(v)} on {W.label(d)}", series=sid, official_value=v, period=W.label(d))
    base = {"series": sid, "official_value": v, "official_unit": unit, "period": W.label(d), "claimed_value": claimed,
            "tolerance": f"±{C.fmt_num(tol)} {unit}", "vintage": W.latest_vintage(ctx.data, sid, [d])}
    expl = f"{title}: {C.fmt_num(v)} on {W.label(d)}"
    if len(sel) > 1:
        expl += f" (closes {C.fmt_num(float(sel.min()))}..{C.fmt_num(float(sel.max()))} over {W.label(sel.index[0])}.." \
                f"{W.label(sel.index[-1])})"
    verdict = SUPPORTED if ok else CONTRADICTED
    if not ok:
        # a round "the 154 level" or an intraday word: twice the room
        room = (INTRADAY["fx"] * abs(claimed) if fx else INTRADAY["yield"]) * (2 if intraday or q == "approx" or re.search(
            r"level|mark|line|threshold", c.amount.text) else 1)
        # on a volatile day the intraday range is as wide as the close-to-close move: "the 30-year yield topped
        # 5% this week" when the closes moved 20 bp a day
        moves = s.diff().abs().reindex(sel.index).dropna()
        if not moves.empty:
            room = max(room, float(moves.max()))
        if float(sel.min()) - room <= claimed <= float(sel.max()) + room:
            verdict = UNVERIFIABLE
            expl = ("an intraday level, which the official daily series does not show: " + expl +
                    ("; FRED publishes the noon rate in New York" if fx else "; the series holds daily closes"))
    if tokyo and verdict == CONTRADICTED:
        verdict = UNVERIFIABLE  # Tokyo's rate at the hour the story means, which New York's noon rate does not show
        expl = ("a Tokyo market level, which the official series (FRED H.10, New York's noon rate) does not show: "
                + expl)
    j = Judgement(verdict, expl, **base)
    j.figure = Figure(sid, [d], v, unit, "level")
    return j.note(note)


def market_change(c: Claim, ctx: Context) -> Judgement:
    sid, title = market_series(c, "yield_change", ctx.article)
    if sid is None:
        return unverifiable("the store holds US yields only at 2, 10 and 30 years")
    s = ctx.data.series(sid)
    if s is None or s.empty:
        return unverifiable(f"no series {sid}")
    if c.period is None or not c.period.windows:
        return unverifiable("a yield change needs a stated period", series=sid)
    s = s.dropna()
    claimed = c.amount.value * (c.direction or 1)
    tol = max(c.amount.precision * (c.amount.scale if c.amount.kind == "bp" else 1), 0.005)
    lo, hi = c.period.start, c.period.end
    if ctx.date is not None and hi >= ctx.date > lo:
        hi = ctx.date - timedelta(days=1)  # a story cannot report the close of its own day, or later ones
    if lo == hi:  # one day: its close on the one before; else the day before's (Tokyo's day is New York's night)
        ends = list(s.index[s.index <= str(lo)][-2:])[::-1]
        spans = [(s.index[s.index < e][-1], e) for e in ends if (s.index < e).any()]
    else:
        before, inside = s[s.index < str(lo)], s[(s.index >= str(lo)) & (s.index <= str(hi))]
        spans = [(before.index[-1], inside.index[-1])] if not before.empty and not inside.empty else []
    if not spans:
        return unverifiable(f"{sid} does not cover {c.period.label}", series=sid)

    def fits(v: float) -> bool:
        return abs(v - claimed) <= tol and (c.direction is None or v * c.direction >= 0)

    a, b = next((sp for sp in spans if fits(float(s[sp[1]] - s[sp[0]]))), spans[0])
    v = float(s[b] - s[a])
    period = f"{W.label(a)} to {W.label(b)}"
    verdict = SUPPORTED if fits(v) else CONTRADICTED
    # "climbed 2 basis points to 1.588%" when the closes moved 1.4 bp: the same move measured at the desk's hour, not
    # the close (as for the yen's percent moves, ``fx_pct``): within 2 bp or half the move, the same sign
    near = claimed * v > 0 and abs(v - claimed) <= max(0.02, 0.5 * abs(v))
    verdict = UNVERIFIABLE if verdict == CONTRADICTED and near else verdict
    j = Judgement(verdict, f"{title} changed by {v:+.3f} percentage points, {period}"
                  + ("; the article's move may be measured at another hour than the close" if verdict == UNVERIFIABLE
                     else ""),
                  series=sid, official_value=round(v, 4), official_unit="percentage points", period=period,
                  tolerance=f"±{tol:.3f} percentage points", claimed_value=claimed)
    j.figure = Figure(sid, [a, b], v, "percentage points", "change")
    return j


def fx_change(c: Claim, ctx: Context) -> Judgement:
    """A move of USD/JPY in yen ("the yen rose by more than 7 yen"): close to close over the days named;
    a move within a day, or one on no day named, is ``unverifiable`` (the official series is one noon
    rate a day)."""
    word = INTRADAY_WORDS.search(c.sentence.text)
    if word:
        return unverifiable(f"a move within a day ({word.group(0)!r}): the official series (FRED H.10, one noon rate "
                            "a day in New York) cannot show it", series=FX_ID)
    if c.period is None or not c.period.windows:
        return unverifiable("a move of the exchange rate needs the days it happened over", series=FX_ID)
    s = ctx.data.series(FX_ID)
    if s is None or s.dropna().empty:
        return unverifiable(f"no series {FX_ID}")
    s = s.dropna()
    lo, hi = c.period.start, min(c.period.end, ctx.date - timedelta(days=1)) if ctx.date else c.period.end
    before, inside = s[s.index < str(lo)], s[(s.index >= str(lo)) & (s.index <= str(hi))]
    if before.empty or inside.empty:
        return unverifiable(f"{FX_ID} does not cover {c.period.label}", series=FX_ID)
    v = float(inside.iloc[-1] - before.iloc[-1])
    claimed, tol = c.amount.number, max(c.amount.precision, 0.01)
    ok = C.matches(claimed, abs(v), c.amount.qualifier, tol, truncate=False)
    period = f"{W.label(before.index[-1])} to {W.label(inside.index[-1])}"
    j = Judgement(SUPPORTED if ok else CONTRADICTED, f"USD/JPY (FRED H.10 noon rate) moved {v:+.2f} yen, {period}",
                  series=FX_ID, official_value=round(abs(v), 2), official_unit="JPY per USD", period=period,
                  tolerance=f"±{tol:.2f} yen", claimed_value=claimed)
    j.figure = Figure(FX_ID, [before.index[-1], inside.index[-1]], v, "JPY per USD", "change")
    return j


#: the yen up (the dollar down): a currency's own words, strengthened, appreciated, not ``lexicon.UP_WORDS``
_YEN_UP = re.compile(r"\byen\s+(?:has\s+|had\s+)?(?:strengthened|rose|gained|climbed|appreciated|jumped|firmed)\b|"
                     r"\bdollar\s+(?:has\s+|had\s+)?(?:weakened|fell|dropped|slid|lost|declined|depreciated|slumped|eased)\b",
                     re.I)


def fx_pct(c: Claim, ctx: Context) -> Judgement:
    """"The yen weakened 1.2% to 147.9 per dollar on Wednesday": the percent change of USD/JPY (FRED H.10)
    over the period (one day: its rate on the day before's). A weaker yen is a higher USD/JPY."""
    if INTRADAY_WORDS.search(c.sentence.text):
        return unverifiable("a move within a day: the official series (one noon rate a day) cannot show it",
                            series=FX_ID)
    s = ctx.data.series(FX_ID)
    if s is None or s.dropna().empty:
        return unverifiable(f"no series {FX_ID}")
    if c.period is None or not c.period.windows:
        return unverifiable("a move of the exchange rate needs the days it happened over", series=FX_ID)
    s = s.dropna()
    lo, hi = c.period.start, c.period.end
    if ctx.date is not None:
        hi = min(hi, ctx.date)
    before, inside = s[s.index < str(lo)], s[(s.index >= str(lo)) & (s.index <= str(hi))]
    if before.empty or inside.empty:
        return unverifiable(f"{FX_ID} does not cover {c.period.label}", series=FX_ID)
    a, b = before.index[-1], inside.index[-1]
    v = 100 * float(s[b] / s[a] - 1)
    sign = -1 if _YEN_UP.search(c.clause or c.text) else 1  # the claimed direction of USD/JPY
    claimed, tol = c.amount.number * sign, max(c.amount.precision, 0.05)
    ok = C.matches(abs(claimed), abs(v), c.amount.qualifier, tol, truncate=False) and claimed * v > 0
    period = f"{W.label(a)} to {W.label(b)}"
    verdict = SUPPORTED if ok else CONTRADICTED
    if not ok and claimed * v > 0 and abs(abs(v) - abs(claimed)) <= max(0.5, 0.5 * abs(v)):
        verdict = UNVERIFIABLE  # quoted at another hour than New York's noon: the same move, measured elsewhere
    j = Judgement(verdict, f"USD/JPY (FRED H.10 noon rate) changed {v:+.2f}% ({C.fmt_num(float(s[a]))}"
                  f" to {C.fmt_num(float(s[b]))}), {period}; a weaker yen is a higher USD/JPY"
                  + ("; the article's rate may be from another hour than the noon fixing" if verdict == UNVERIFIABLE
                     else ""), series=FX_ID,
                  official_value=round(v, 3), official_unit="percent", period=period,
                  tolerance=f"±{tol:.2f} percent", claimed_value=claimed)
    j.figure = Figure(FX_ID, [a, b], v, "percent", "pct")
    return j

