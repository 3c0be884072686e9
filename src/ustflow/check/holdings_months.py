"""The months a claim about TIC holdings is read at: a level's windows (``level_windows``: the claim's period, or for
a starting level the month it names, "from $1.24 trillion in March", else the month before the period), and a
change's (base, end) month pairs (``change_span``: from the month before, the month named, a year before, the month
before a longer period begins, or the peak, "fallen 27% since their 2013 peak"). ``holdings`` judges on them.
"""

from __future__ import annotations

import re

from ustflow.check import windows as W
from ustflow.check.claims import MONTH_OWN, YEAR_FRAME, Claim
from ustflow.check.rulekit import Context, NoPeriod, claim_windows
from ustflow.check.text import MONTH_RE, MONTHS
from ustflow.check.year_points import year_point


def level_windows(c: Claim, s, sid: str, ctx: Context) -> tuple[list, str]:
    """The months a level is read at, and how they were found (module docstring)."""
    if c.role == "from":
        if c.period is not None and not c.period.is_latest:
            return _move_month_named_late(c, s, sid, ctx) or year_point(c, s, sid, ctx) or \
                (_from_windows(c.period), "the starting level's period as stated")
        if c.base_period is not None:
            return _from_windows(c.base_period), "the starting level: the period named with 'from'"
        pp = c.pair.period if c.pair is not None else None
        if pp is not None and not pp.is_latest and _from_windows(pp) != list(pp.windows):
            # "from $X to $Y in the first quarter": the span's starting level, not the month before its last
            return _from_windows(pp), f"the starting level of {pp.label!r}"
        if c.pair is not None:
            wins, _ = claim_windows(c.pair, s, sid, ctx)
            # (or the period a twin gave it: "…from $X a year earlier, while China's … compared with $Y")
            back = 12 if W.YEAR_BACK.search(c.clause) or (c.period is not None and W.YEAR_BACK.search(c.period.label)) else 1
            # "pared down its position over the past 12 months from $929 billion to $895.6 billion": the span's start
            span = int((pp.extra.get("months") or 1) if pp is not None and pp.is_latest and back == 1 else 1)
            back = span if span > 1 else back
            out = []
            for w in wins:
                sel = W.select(s, *w)
                if not sel.empty:
                    out.append(W.period_window(sel.index[-1] - back))
            before = "a year" if back == 12 and span == 1 else f"{back} months" if back > 1 else "the month"
            return out, f"the starting level: {before} before the level it is paired with" + \
                (f" (the span {pp.label!r})" if span > 1 else "")
    return claim_windows(c, s, sid, ctx)


def _move_month_named_late(c: Claim, s, sid: str, ctx: Context) -> tuple[list, str] | None:
    """"fell to $1.19 trillion from $1.24 trillion in March" with March the latest month published: a starting level
    cannot be as late as the level it moved to (which names no month of its own), so the month is the move's and the
    start is the month before (it was judged at March: a true February level contradicted). None when the month
    named is earlier than the level reached (an April story: "from $1.19 trillion in March")."""
    if c.pair is None or (c.pair.period is not None and not c.pair.period.is_latest):
        return None
    wins, _ = claim_windows(c.pair, s, sid, ctx)
    ends = [sel.index[-1] for sel in (W.select(s, *w) for w in wins) if not sel.empty]
    own = W.select(s, *_from_windows(c.period)[-1])
    if own.empty or not ends or own.index[-1] < ends[-1]:
        return None
    return [W.period_window(ends[-1] - 1)], "the month named after the starting level is the move's, the level " \
        "reached being no later: the starting level is the month before"


def _from_windows(p) -> list:
    """The starting level of a change over a span of months: the first month when the span names two
    ("from $784bn to $765bn between February and March"), else the month before it ("from $X to $Y in the
    first quarter": December's level); a single month is itself."""
    from datetime import timedelta

    out = []
    for lo, hi in p.windows:
        if (lo.year, lo.month) == (hi.year, hi.month) or p.kind not in ("months", "quarter", "year", "fiscal_year"):
            out.append((lo, hi))
        elif len(re.findall(rf"\b(?:{MONTH_RE})\b|\d{{1,2}}月", p.label + (f" {p.note}" if p.relative else ""),
                            re.I)) >= 2:  # "during the same period" as "February and March": its note names them
            out.append((lo, (lo.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)))
        else:
            prev = lo - timedelta(days=1)
            out.append((prev.replace(day=1), prev))
    return out


#: "fallen 27% since their 2013 peak", "down $560 billion from its peak", "since peaking in 2013": the change
#: from the highest month (of the year named, else of all the data before) to the claim's month
_FROM_PEAK = re.compile(r"\b(?:since|from|off|below)\s+(?:its|their|the|a)\s+(?:(?:(?P<mon>[A-Z][a-z]{2,8}\.?)\s+)?"
                        r"(?P<y>(?:19|20)\d{2})\s+|all-time\s+|"
                        r"record\s+)?(?P<w>peak|high|record high|record)\b|\bsince\s+(?:peaking|its peak|their peak)"
                        r"(?:\s+in\s+(?P<y2>(?:19|20)\d{2}))?|"
                        # "2013年のピークから43%の減少", "ピーク時から4割減": the same in Japanese
                        r"(?:(?P<y3>(?:19|20)\d{2})年(?:\d{1,2}月)?の)?(?:ピーク|最高値)(?:時)?(?:から|比|に比べ)", re.I)


def _from_peak(c: Claim, s, sid: str, ctx: Context) -> tuple[list[tuple], str] | None:
    text = c.clause or c.sentence.text
    m = _FROM_PEAK.search(text)
    if m is None and ";" not in c.sentence.text[:c.span[0]]:
        # "Since its peak in 2019, China's holdings have fallen by 27%": a leading phrase governs the clause
        text = c.sentence.text.lstrip()
        m = _FROM_PEAK.match(text)
    if m is None:
        return None
    after = re.match(r"\s+in\s+((?:19|20)\d{2})\b", text[m.end():])  # "since its peak in 2019"
    year = m.group("y") or m.group("y2") or m.group("y3") or (after.group(1) if after else None)
    named = c.period is not None and not c.period.is_latest
    if named and not (year and year in c.period.label):
        end = W.select(s, *c.period.windows[-1]).index[-1:]
    elif ctx.date is not None:
        end = W.published_latest(s, sid, ctx.date, ctx.release_day)
    else:
        raise NoPeriod()
    if len(end) == 0:
        return [], ""
    end = end[-1]
    before = s[s.index < end]
    if year:
        before = before[before.index.year == int(year)]
        mon = MONTHS.get((m.group("mon") or "").rstrip(".").lower())
        if mon and not before[before.index.month == mon].empty:  # "since their November 2021 peak": that month
            before = before[before.index.month == mon]
    if before.empty:
        return [], ""
    peak = before.idxmax()
    named = _named_start(c, s, peak, end)
    if named is not None:
        return [(named, end)], f"from {W.label(named)}, the month named with the starting level (closer to it than " \
                               f"the series' peak, {W.label(peak)}: the record as the article knew it)"
    return [(peak, end)], f"from the peak {'of ' + year + ' ' if year else ''}({W.label(peak)}) to {W.label(end)}"


def _named_start(c: Claim, s, peak, end):
    """"down 0.6 percent from a record $6.18 trillion in March": a peak whose month and level the sentence states is
    the base at that month when the level there is closer to the stated one than the series' peak is (the record as
    first printed; a revision has moved the peak since: 6,172.6 in March against 6,218.7 in January). Not "from the
    peak of $1.3 trillion in January 2013", a misdated peak: 1,316.7 in November 2013 is the $1.3 trillion."""
    b, start = c.base_period, c.pair
    if b is None or b.kind != "month" or len(b.windows) != 1 or b.is_latest or start is None or \
            start.amount is None or start.amount.kind != "money" or start.amount.currency != "USD":
        return None
    sel = W.select(s, *b.windows[0])
    if sel.empty or sel.index[-1] >= end or sel.index[-1] == peak:
        return None
    month, level = sel.index[-1], start.amount.in_units(1e9)
    return month if abs(float(s[month]) - level) < abs(float(s[peak]) - level) else None


def year_back_base(base) -> bool:
    """A base told as a year back from the figure ("year-over-year", "from a year earlier", "前年同月比"): a relative
    period whose words are ``windows.YEAR_BACK``'s."""
    return base is not None and bool(base.relative) and bool(W.YEAR_BACK.search(base.label or ""))


def change_span(c: Claim, s, sid: str, ctx: Context) -> tuple[list[tuple], str]:
    """(base, end) month pairs for a change claim, and how they were found."""
    peak = _from_peak(c, s, sid, ctx)
    if peak is not None:
        return peak
    wins, note = claim_windows(c, s, sid, ctx)
    latest = W.published_latest(s, sid, ctx.date, ctx.release_day) if ctx.date is not None else []
    # "rose 9.15% year-over-year in March", "down by 3.1 percent year-on-year": a base a year back is a year before the
    # figure's own month, not the window its words resolve to against the story's date (a year before the story)
    base_year_back = year_back_base(c.base_period)
    base = None if base_year_back else c.base_period
    year_back = (bool(W.YEAR_BACK.search(c.clause or c.sentence.text)) or YEAR_FRAME in c.notes or base_year_back) \
        and MONTH_OWN not in c.notes
    pairs = []
    for w in wins:
        sel = W.select(s, *w)
        if sel.empty:
            continue
        end = sel.index[-1]
        if latest and latest[0] < end and c.period is not None and not c.period.is_latest:
            end = max(latest[0], sel.index[0])  # "so far this year": to the latest month published then
        if base is not None and base.windows:  # ("from a year earlier" has none: year_back)
            # every reading of the base, the last first: "from the beginning of the year" is December's level or
            # January's (reporters mean both), the one the figure fits is the one meant
            for bw in base.windows[::-1]:
                bsel = W.select(s, *bw)
                if not bsel.empty:
                    pairs.append((bsel.index[-1], end))
            continue
        if year_back:
            pairs.append((end - 12, end))
        elif c.period is not None and (c.period.kind == "since" or c.period.extra.get("from_to")):
            pairs.append((sel.index[0], end))  # "since May 2023": from May's level (or April's, at its end)
            if not re.search(r"\bend of\b", c.period.label, re.I) and not c.period.extra.get("from_to"):
                # "since the end of 2021": December's only; "from January to June": January's level
                pairs.append((sel.index[0] - 1, end))
        elif len(sel) > 1 or (c.period is not None and c.period.kind in ("quarter", "year", "months", "fiscal_year")):
            pairs.append((sel.index[0] - 1, end))
        else:
            pairs.append((end - 1, end))
    if YEAR_FRAME in c.notes and not W.YEAR_BACK.search(c.clause or c.sentence.text):
        note = (note + "; " if note else "") + "from a year before, as the story compares"
    if base is not None and base.windows:
        note = (note + "; " if note else "") + f"from {base.label!r}"
    elif year_back:
        note = (note + "; " if note else "") + "change on a year earlier"
    # a base after the end ("fell $X in January from April") is no change the table can give
    return [(b, e) for b, e in pairs if b in s.index and e in s.index and b < e], note
