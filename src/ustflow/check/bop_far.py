"""A balance-of-payments level far from today's official value, whose own sentence shows the checker read the right
balance and period:

    貿易収支の黒字は5536億円と前年比53.8%減った。          (5536 / (1 - 0.538) = 11,983: the year before, 11,265 today)
    the surplus in goods trade decreased 53.8 percent from the previous year to ¥553.6 billion
    the service account surplus rose to JPY 0.24 trillion from JPY 0.17 trillion   (0.17: the month a year before)

A balance is a small difference of large flows, and the releases revise it by amounts that can be several times
its size (the goods balance for 2019: first printed at 553.6 billion yen, 150.3 billion today). A gap that large is
set aside as unverifiable (``compare.far_from_official``: usually another measure read), unless the sentence
corroborates the reading: the level it starts from (its pair, "from JPY 0.17 trillion") or the base its percent
change implies (level / (1 + change)) fits the official value a year before within a first print's room (30%).
Then the gap is the balance's revision, and the figure stays contradicted.

A percent change is read so only when its base is sure: its sentence names it, or (``story_base``) the release story
names one base for its changes, the year before, and none other ("経常収支の黒字額は前年同月比4・8%減の3兆7758億円だった。
… 輸出は0・4%減の8兆3596億円"; "同30.3%減": the same base), the figure being no partner's part ("北米向けの輸出額が12・6%
減少": exports to one region), nor a bracket's ("前月(同18.2%減)": the month before's), nor set against another item's
("減少率は輸出を大幅に上回る10.2%": whose rate it is, the reading's guess), and its item is named before it or not at all in
its sentence (not only after it: "the surplus fell 68.7 percent to ¥503.6 billion as exports ... slowed").
"""

from __future__ import annotations

import re

from ustflow.check import compare as C, windows as W
from ustflow.check.bop_items import ITEMS
from ustflow.check.claims import Claim
from ustflow.check.results import Judgement
from ustflow.check.rulekit import Context, windows_on

#: a percent change near the figure, with its direction before or after it
_PCT = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|％|percent|per cent)", re.I)
_DOWN = re.compile(r"減|縮小|\b(?:down|decreas\w*|fell|fall\w*|declin\w*|dropp\w*|shr[aiu]nk\w*|slid\w*|lower)\b", re.I)
_UP = re.compile(r"増|拡大|\b(?:up|increas\w*|rose|ris\w*|grew|grow\w*|higher|expand\w*|widen\w*|jump\w*)\b", re.I)
#: another item or flow named between the figure and a percentage: the percentage is that one's ("to ¥553.6
#: billion, with exports sliding 6.3 percent")
_OTHER = re.compile(r"\b(?:exports?|imports?|balance|surplus|deficit|account|income)\b|輸出|輸入|収支|黒字|赤字", re.I)
_ROOM = 0.3
#: a partner's part of an item named before its figure: "北米向けの輸出額", "対米輸出", "exports to the United States"
_PARTNER = re.compile(r"向け|対(?:米|中|欧|アジア|EU|ASEAN)|\b(?:to|from|with)\s+(?:the\s+)?(?:U\.?S\.?|United\s+States|America|"
                      r"China|Asia|Europe|EU)\b", re.I)
#: a figure set against another item's in its sentence: "減少率は輸出を大幅に上回る10.2%だった" (the imports', more than
#: the exports' rate), "a 3.4% rise, surpassing ..." (which item is whose is the reading's guess)
_SET_AGAINST = re.compile(r"上回|下回|\b(?:than|surpass\w*|exceed\w*|outpac\w*|outstrip\w*)\b", re.I)
#: a base other than the year before, or seasonally adjusted figures (compared with the month before), in the story
_OTHER_BASE = re.compile(r"\bseasonally[- ]adjusted\b|\bseasonal adjustment\b|季節調整", re.I)


def _stated_change(c: Claim, base_year: int | None = None) -> float | None:
    """The percent change told beside the figure in its sentence (signed), or None: the nearest percentage, with
    no other figure between, and a direction word within a few words of it. The base's own year (``base_year``:
    'shrank 50.6% from 2018 to ¥556.0 billion', '2018年比') is no other figure; another year is."""
    a, s = c.amount, c.sentence.text
    best = None
    for m in _PCT.finditer(s):
        lo, hi = (m.end(), a.span[0]) if m.end() <= a.span[0] else (a.span[1], m.start())
        between = re.sub(r"\([^)]*\)|（[^）]*）", "", s[lo:hi])  # (a restatement, "($5.04 billion)", is no other figure)
        if base_year is not None:
            between = re.sub(rf"(?<!\d){base_year}(?!\d)", "", between)
        if lo > hi or hi - lo > 40 or re.search(r"\d", between) or _OTHER.search(between):
            continue
        near = s[max(0, m.start() - 30):m.end() + 20]
        d = -1 if _DOWN.search(near) else 1 if _UP.search(near) else 0
        if d and (best is None or abs(m.start() - a.span[0]) < best[0]):
            best = (abs(m.start() - a.span[0]), d * float(m.group("n")))
    return None if best is None else best[1]


def story_base(c: Claim, story: str, month_back: re.Pattern) -> bool:
    """Whether a percent change whose sentence names no base takes the year before as its base from the story (module
    docstring): the story names a year-before base (``windows.YEAR_BACK``) and no month-before one (``month_back``,
    ``bop.MONTH_BACK``: passed in, this module being imported by ``bop``'s judges)
    nor seasonally adjusted figures; the figure is no bracket's (often another period's: "前月(同18.2%減)"), no partner's
    part nor set against another item's, and its item is named before it or not at all in its sentence."""
    a, s = c.amount, c.sentence.text
    if a is None or a.kind != "percent" or _in_brackets(s, a.span[0]) or not W.YEAR_BACK.search(story) or month_back.search(story) or \
            _OTHER_BASE.search(story) or _PARTNER.search(s, max(0, a.span[0] - 40), a.span[0]) or _SET_AGAINST.search(s):
        return False
    # (the item named before the figure, or none in its sentence: not only after it, "the surplus fell 68.7 percent to
    # ¥503.6 billion as exports of such products as vehicles slowed", whose item the reading guessed)
    own = c.instrument is not None and c.instrument[1] in ITEMS and re.search(ITEMS[c.instrument[1]][0], s[:a.span[0]], re.I)
    return bool(own) or not any(re.search(words, s[a.span[1]:], re.I) for words, *_r in ITEMS.values())


def _in_brackets(s: str, i: int) -> bool:
    """Whether position ``i`` of ``s`` stands inside brackets ("前月(同18.2%減)")."""
    return max(s.rfind("(", 0, i), s.rfind("（", 0, i)) > max(s.rfind(")", 0, i), s.rfind("）", 0, i))


def _fits(claimed: float, official: float) -> bool:
    return claimed * official > 0 and abs(abs(claimed) - abs(official)) <= _ROOM * abs(official)


def _pair_fits(c: Claim, ctx: Context, sid: str, sign: int) -> bool:
    """Whether the level ``c`` starts from ("from JPY 0.17 trillion") fits its official value."""
    p = c.pair
    if p is None or p.amount is None or p.role != "from" or p.instrument != c.instrument or p.period is None:
        return False
    got = windows_on(p, ctx, ctx.data.series(sid), sid, missing="", no_period="")
    if isinstance(got, Judgement) or not got[1]:
        return False
    s, wins, _note = got
    sel = W.select(s, *wins[0])
    return not sel.empty and _fits(p.amount.in_units(1e8) * sign, float(sel.sum()))


def corroborated(c: Claim, j: Judgement, ctx: Context, sign: int | None, pair_sign: int | None) -> Judgement:
    """``j`` without its ``far_from_official`` flag when the sentence corroborates the reading (module docstring);
    ``sign`` / ``pair_sign``: the surplus (+1) or deficit (-1) the figure and the level it starts from are said to
    be."""
    fig = j.figure
    if "far_from_official" not in j.flags or fig is None or not fig.series or not fig.periods or sign is None or \
            c.amount is None or j.claimed_value is None or j.official_value is None:
        return j
    s = ctx.data.series(fig.series)
    earlier = [p - 12 for p in fig.periods]
    if s is None or any(p not in s.index for p in earlier):
        return j
    base = float(s[earlier].sum())
    why = ""
    years = {p.year for p in earlier}
    pct = _stated_change(c, years.pop() if len(years) == 1 else None)
    if pct is not None and pct > -100 and _fits(j.claimed_value / (1 + pct / 100), base):
        why = (f"; the change the article states ({pct:+g}%) puts its year-before level at "
               f"{C.fmt_num(j.claimed_value / (1 + pct / 100))}, and the official one is {C.fmt_num(base)} "
               f"({W.span_label(earlier)}): the same balance, revised since by more than its own size")
    elif _pair_fits(c, ctx, fig.series, pair_sign or sign):
        why = ("; the level the article says it started from fits the official one: the same balance, revised since "
               "by more than its own size")
    return C.gap_explained(j, j.claimed_value, j.official_value, why) if why else j



def pct_corroborated(c: Claim, j: Judgement, now: float, sign_of) -> Judgement:
    """The same for a percent change far from today's ("所得収支は前年度に比べて5.1%増えて14兆7245億円の黒字": 1.2%
    today): the level the sentence states with it, nearest with no other item between, fits the official level
    (``now``); ``sign_of(text, start, end)``: the surplus (+1) or deficit (-1) a figure is said to be. Only for a
    change whose base is sure (the sentence names it, or a span's: the same span a year before)."""
    from ustflow.check.numbers import find_amounts

    a, s = c.amount, c.sentence.text
    if "far_from_official" not in j.flags or a is None or j.claimed_value is None or j.official_value is None:
        return j
    best = None
    for o in find_amounts(s):
        if o.kind != "money" or o.currency not in ("JPY", None) or o.span == a.span or o.parenthetical:
            continue
        lo, hi = (o.span[1], a.span[0]) if o.span[1] <= a.span[0] else (a.span[1], o.span[0])
        between = re.sub(r"\([^)]*\)|（[^）]*）", "", s[lo:hi])
        if lo > hi or hi - lo > 40 or re.search(r"\d", between) or _OTHER.search(between):
            continue
        if best is None or hi - lo < best[0]:
            best = (hi - lo, o)
    if best is None:
        return j
    o = best[1]
    level = o.in_units(1e8) * (sign_of(s, *o.span) or 1)
    if not _fits(level, now):
        return j
    why = (f"; the level the article states with it ({C.fmt_num(level)}) fits the official one ({C.fmt_num(now)}): "
           f"the same balance, its change revised since")
    return C.gap_explained(j, j.claimed_value, j.official_value, why)


def released_first_print(c: Claim, j: Judgement, ctx: Context) -> Judgement:
    """``j`` without its ``far_from_official`` flag when the figure is the release's own: a yen balance (its change,
    its percent change) for the period the balance of payments had just published on the story's date (the latest
    month, or the span that ends with it: ``bop_release.RELEASED_SPANS``), nor a quantity in brackets (but its dollars,
    "229.0 billion yen ($1.59 billion)") nor a holder's own (an investor's earnings). A release story prints the first
    print of exactly that period, and the balances are revised by more than their own size (the goods balance for 2011:
    a 1.6 trillion yen deficit first, 0.3 trillion today; the fiscal 2013 current account: 0.79 trillion first, 2.39
    trillion after the BPM6 revisions), so a far gap there is a revision (or the article's error), not another measure
    read. A level (a base it moves from, a level of the year before, one of an earlier time) of the periods the release
    prints beside its own is the same (``_printed_before``: the month before the latest, "from a surplus of JPY 33.4
    billion in December"; the released spans a year before, 前年同月は1,543億円の赤字); a percent change only of the
    released period."""
    from ustflow.check.bop_release import latest_month
    from ustflow.check.bop_topic import PRIOR
    from ustflow.check.claims import PAST_CLAUSE

    a, fig = c.amount, j.figure
    if "far_from_official" not in j.flags or a is None or fig is None or not fig.periods or \
            j.claimed_value is None or j.official_value is None or \
            not (a.kind == "percent" or a.multiplier or _in_yen(a) or _restated(c)) or (a.parenthetical and not _restated(c)) or \
            (c.subject is not None and c.subject.kind not in ("country", "japan")):
        return j  # (nor a bracket's other quantity, "(¥25.0 billion a year earlier)", nor a holder's: "Life insurers' earnings")
    last = latest_month(ctx)
    if last is None:
        return j
    spans = _released_spans(last)
    if fig.unit == "percent":
        if c.role == "from" or PRIOR in c.notes or PAST_CLAUSE in c.notes or fig.periods[-1] != last:
            return j
    elif (fig.periods[0], fig.periods[-1]) in (spans if c.role != "from" and PRIOR not in c.notes else set()):
        pass  # (a base it moves from, a level of the year before: never the released period's own)
    elif a.parenthetical or (fig.periods[0], fig.periods[-1]) not in _printed_before(
            last, spans, c.role == "from" or PRIOR in c.notes or PAST_CLAUSE in c.notes) or \
            not _revision_sized(ctx, fig.series, list(fig.periods), j.claimed_value, j.official_value):
        return j
    why = (f"; {W.span_label(list(fig.periods)) if fig.unit != 'percent' else W.label(last)} is the period the "
           f"balance of payments had just released on the article's date: the article prints its first print, and "
           f"the balances are revised since by more than their own size") if fig.periods[-1] == last else \
        (f"; {W.span_label(list(fig.periods))} is the month before, or the same span a year before, the period the "
         f"balance of payments had just released on the article's date, whose release prints it beside its own: the "
         f"article prints the figure as published then, and the balances are revised since by more than their own size")
    return C.gap_explained(j, j.claimed_value, j.official_value, why)


def _released_spans(last) -> set:
    """The spans (first month, last month) released with month ``last``: the month, and the span it ends
    (``bop_release.RELEASED_SPANS``)."""
    from ustflow.check.bop_release import RELEASED_SPANS

    return {(last, last)} | ({(last - RELEASED_SPANS[last.month][0], last)} if last.month in RELEASED_SPANS else set())


def _printed_before(last, spans: set, earlier: bool) -> set:
    """The earlier spans a release story prints beside the released ones as their bases: the month before the latest
    ("from a surplus of JPY 33.4 billion in December"), and, for a figure told as a base or a level of an earlier time
    (``earlier``: 前年同月は…, "前年の51.6億円の赤字から"), each released span a year before (a year's level told as the
    story's own, "In 2019, the goods trade surplus was ..." a year after its release, is no base the release printed)."""
    return {(last - 1, last - 1)} | ({(a - 12, b - 12) for a, b in spans} if earlier else set())


#: how far a print of a period before the released one may be from today's value, against the balance's usual size
#: (the mean absolute value of a span as long over the year to it): a revision moves a balance by a part of its usual
#: size, however near zero the balance itself was (95億円 first, 2758億円 today, the current account's months running at
#: about 1兆円); a gap the size of the balance's usual level is another quantity ("2兆5800億円(前年同月は250億円)")
_REVISION_SHARE = 0.5


def _revision_sized(ctx: Context, sid: str, periods: list, claimed: float, official: float) -> bool:
    s = ctx.data.series(sid)
    if s is None:
        return False
    s = s.dropna()
    year = s[(s.index > periods[-1] - 12) & (s.index <= periods[-1])]
    if len(year) < 12:
        return False
    usual = float(year.abs().mean()) * len(periods)
    return abs(claimed - official) <= _REVISION_SHARE * usual


def _restated(c: Claim) -> bool:
    """A dollar figure in brackets restating the yen balance before it, the bracket closing right after it: "229.0
    billion yen ($1.59 billion)" (not "¥2.58 trillion ($1.72 billion in March 2023)": another period's)."""
    a = c.amount
    return a is not None and a.parenthetical and a.kind == "money" and a.currency == "USD" and \
        re.match(r"\s*[)）]", c.sentence.text[a.span[1]:]) is not None


def _in_yen(a) -> bool:
    """A figure written in yen ("7899億円", "¥1.48 trillion", "35.73 trillion yen"), not one whose unit is taken from
    the figures around it ("to 10.71 million": a count of visitors)."""
    return a.currency == "JPY" and not a.unit_inferred and bool(re.search(r"円|¥|\byen\b|\bJPY\b", a.text, re.I))
