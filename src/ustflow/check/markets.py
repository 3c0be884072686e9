"""Market figures: yields and USD/JPY on a day or over a window, yield changes, FX intervention.

The official series are daily closes (FRED H.15 Treasury yields, MoF's JGB yields) and fixings (FRED
H.10 USD/JPY, the noon rate in New York). An article may quote an intraday level ("the yen fell below
140", "4.08% last week"): a claim that a close or fixing in its period confirms is supported; one that
no close confirms but that lies within a plausible intraday range of the closes (10 bp for yields,
1.5% for USD/JPY) is ``unverifiable`` with that reason (an intraday level, or another desk's close);
beyond that range it is contradicted. A claim about one day also tries the business day before (time
zones: Tokyo's day is New York's night). Interventions are summed over the days of the period.
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
    wins, note = days_told(c, s, wins, note)  # "a record single-day intervention", "¥11.73 trillion in all through May 6"
    pick = W.best(wins, evaluate)
    if pick is None:
        return unverifiable(f"no intervention recorded in {c.period.label if c.period else 'that period'}"
                            + (" with a USD/JPY rate to convert it" if usd else ""), series=sid).note(note)
    sel, v, val, conv, w, tol = pick
    days = ", ".join(f"{d:%Y-%m-%d}" for d in sel.index)
    period = f"{w[0]}..{w[1]}" if (w[1] - w[0]).days > 0 else f"{w[0]}"
    inside = str(w[0]) <= f"{sel.index[0]:%Y-%m-%d}" and f"{sel.index[-1]:%Y-%m-%d}" <= str(w[1])
    if (w[1] - w[0]).days >= 20 and (not inside or c.period is None or c.period.is_latest):
        # an episode running past the period named, or no period named: the MoF monthly reports that hold them
        lo, hi = W.report_period(sel.index[0].date())[0], W.report_period(sel.index[-1].date())[1]
        period = f"{lo}..{hi}"
        note = (note + "; " if note else "") + f"MoF reports these operations in its monthly totals for {period}"
    elif (w[1] - w[0]).days >= 20 and inside:
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
#: the amount of intervention named in Japanese ("外国為替平衡操作額(介入額)がゼロだった"), of which the next sentence's
#: yen figures for named spans are the rest ("8月30日から9月28日は2兆8382億円、…")
#: an earlier record the sentence before's figure is compared with: "The previous high was 2,838.2 billion yen"
_PREVIOUS_HIGH = re.compile(r"\b(?:previous|prior|former|last)\s+(?:monthly\s+)?(?:high|record|peak|largest|biggest)\b|"
                            r"(?:これまで|それまで|従来|前回)の(?:最大|最高|最多)", re.I)  # "これまでの最大は…の5兆6202億円"
_JA_INTERV_AMOUNT = re.compile(r"介入(?:額|実績)|平衡操作")
_JA_NOT_INTERV = re.compile(r"証券|債券|株式|国債|投資家|海外勢|銀行|生保|信託|保有|残高")
_NOT_INTERVENTION = re.compile(r"\b(?:bonds?|stocks?|shares|equit(?:y|ies)|Treasur(?:y|ies)|securities|holdings?|"
                               r"reserves|JGBs?|net (?:purchases|sales|buying|selling)|investors?)\b", re.I)


def intervention_in_context(c: Claim, sentences: list) -> bool:
    """"The finance ministry spent ¥2.8382 trillion in the month to September 28" after a sentence
    saying Japan intervened to prop up the yen: a yen (or dollar) amount spent, in a sentence that
    names no securities, is the intervention the sentence before (same or previous paragraph, at
    most two sentences back) describes."""
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
            re.search(r"[\u3040-\u30ff]", s) and any(_JA_INTERV_AMOUNT.search(t.text) for t in before[-1:]):
        return True  # "8月30日から9月28日は2兆8382億円" after a sentence on the amount of intervention
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
