"""A second look at a figure the rules call contradicted: was the checker sure of what it compared?

A careful analyst calls a figure contradicted only when sure of the subject, the measure and the
period, and when the gap is larger than revisions and rounding explain. The rules resolve each of those
from the words, and some resolutions are readings, not certainties: a period with no anchor of its own
(no period stated, "the previous month", a period carried from another sentence), a holder among
several the sentence names ("Japan and Britain both ..."), a level or a change where the words allow
both, a flow's securities when the sentence does not name them.

``second_look`` re-judges such a figure on the nearby readings (the adjacent period, the other holders
the sentence names, the other dates it names for a level, the level for a change and the change for a level, the
other frequency); when
one of them fits, the verdict becomes ``unverifiable`` and says which reading fits and why the
checker was not sure, instead of a ``contradicted`` that may be the checker's own misreading. A
figure that fits no nearby reading keeps its verdict: a plain error in the article stays an error.
Nothing here is searched for the best fit of a stated, anchored reading.
"""

from __future__ import annotations

import copy
import re
from typing import Callable, Iterator

from ustflow.check.claims import Claim, Mention
from ustflow.check.compare import gap_explained
from ustflow.check.holder_attached import attached_holder
from ustflow.check.holdings_pins import level_pin
from ustflow.check.ja_unit_words import slip_judgement
from ustflow.check.measure_swaps import swapped_measure
from ustflow.check.own_periods import own_period
from ustflow.check.periods import Period, month_window
from ustflow.check.results import CONTRADICTED, SUPPORTED, Judgement, set_aside, unverifiable
from ustflow.check.unit_slips import bracket_slip

#: holder kinds that can stand for one another in a sentence that names several
_HOLDERS = {"tic": ("country", "japan", "foreign_total", "foreign_official"),
            "flow": ("japan", "sector", "foreign_investors")}


def _family(c: Claim) -> str:
    if c.measure.startswith("holdings"):
        return "tic"
    return "flow" if c.measure == "flow" else ""


def period_is_reading(c: Claim) -> bool:
    """Whether the claim's period is the checker's reading rather than the article's words: none
    stated (the latest published), relative to another period, or carried from another sentence."""
    p = c.period
    return p is None or p.is_latest or p.relative or c.period_how != "stated"


def nearby_periods(j: Judgement, when) -> Iterator[tuple[str, Period]]:
    """The periods just before and after the one the rule read (one month or one MoF week), the later
    one only if it had been released by the article's date ``when``."""
    import pandas as pd

    from ustflow.check.windows import release_date, release_date_in_americas

    fig = j.figure
    if fig is None or fig.n != 1 or not fig.periods or not isinstance(fig.end, pd.Period):
        return
    p = fig.end
    for k, word in ((-1, "the period before"), (1, "the period after")):
        q = p + k
        out = release_date_in_americas(fig.series, q) if when is not None else None
        if k > 0 and (when is None or out is None or out > when):
            continue
        if k > 0 and release_date(fig.series, q) != out:  # Tokyo's next morning: that day's evening in the Americas
            word = f"the period after, released on the evening of {when} in the Americas ({release_date(fig.series, q)} " \
                   f"in Tokyo)"
        if q.freqstr.startswith("W"):
            win = (q.start_time.date(), q.end_time.date())
            yield word, Period("week", [win], f"the week to {win[1]:%B %d, %Y}")
        elif q.freqstr.startswith("M"):
            yield word, Period("month", [month_window(q.year, q.month)], f"{q.year}-{q.month:02d}")


def readings(c: Claim, j: Judgement, when=None, earlier: list[Mention] = (),
             siblings: list[Claim] = ()) -> Iterator[tuple[str, Claim]]:
    """(what the reading is, the claim read that way) for every nearby reading worth a second look.

    The adjacent periods are not tried for a level whose gap a revision explains (a holdings level
    moves little in a month, so a first print often rounds to the month before as well). ``earlier``: the
    holders the sentences before name (for a holder the claim inherited from them)."""
    from ustflow.check.bop_frame import MEASURES as BOP_MEASURES

    fam = _family(c)
    if c.measure in BOP_MEASURES and c.amount is not None and not c.combined and \
            c.amount.qualifier in ("exact", "approx"):
        from ustflow.check.bop_spans import bop_spans

        yield from bop_spans(c, j)  # the span released with the month, the month of a span, a year before
    if not fam or c.amount is None or c.combined or c.amount.qualifier not in ("exact", "approx"):
        return  # a one-sided figure ("fell below $1 trillion") fits too many readings to tell them apart
    level_revised = "possible_revision" in j.flags and c.measure == "holdings_level"
    if period_is_reading(c) and not level_revised:
        for word, p in nearby_periods(j, when):
            alt = copy.copy(c)
            alt.period, alt.period_how = p, "stated"
            yield f"{word} ({p.label})", alt
    if fam == "tic" and c.measure == "holdings_level":
        for p in named_periods(c, when):
            if level_revised and _months_apart(p, c.period) <= 1:
                continue  # the month before of "rose to $1.17 trillion in November from ... the month before"
            alt = copy.copy(c)
            alt.period, alt.period_how = p, "stated"
            yield f"another period the sentence names ('{p.label}')", alt
        if c.period is not None and not c.period.is_latest and any(o.period is None or o.period.is_latest
                                                                   for o in siblings):
            alt = copy.copy(c)  # "$121.1 billion, compared to $121 billion last September, including $17.99 billion
            alt.period, alt.period_how = None, "none"  # in short-term bonds": the undated figure's month
            yield "the latest period published, the month of the sentence's undated figure", alt
    if fam == "tic" and c.measure == "holdings_change":  # over the year, or between the months the sentence names
        from ustflow.check.change_readings import change_spans

        yield from change_spans(c, j, named_periods(c, when) + ([c.period] if c.period is not None else []))
    if c.period_how == "context" and c.period is not None:  # carried from another sentence: or the latest?
        alt = copy.copy(c)
        alt.period, alt.period_how = None, "none"
        yield "the latest period published (no period of its own in the sentence)", alt
    if c.subject is not None and c.subject.kind in _HOLDERS[fam]:
        yield from _other_holders(c, fam, earlier)
    if fam == "flow" and c.amount.kind == "money" and c.pair is None:  # the weeks counted, the span named
        from ustflow.check.flow_spans import counted_weeks, named_span

        yield from counted_weeks(c, j, when, period_is_reading(c))
        yield from named_span(c, named_periods(c, when))
    if fam == "flow" and c.instrument is not None and c.instrument[0] in ("assets", "liabilities") and \
            (not c.instrument_text or c.instrument_text not in c.sentence.text):
        for ins in ("lt_debt", "st_debt", "equity"):  # the securities were carried from another sentence
            if ins != c.instrument[1]:
                alt = copy.copy(c)
                alt.instrument, alt.instrument_text = (c.instrument[0], ins), ""
                yield f"other securities ({ins.replace('_', '-')}; the sentence names none)", alt
    if fam == "tic" and c.measure == "holdings_level" and c.amount.kind == "money" and c.subject is not None and \
            c.subject.kind in ("country", "japan") and _NO_TERM.search(c.sentence.text):
        from ustflow.check.holdings_terms import maturity

        said = _NO_TERM.search(c.sentence.text).group(0)  # type: ignore[union-attr]
        if maturity(c) is None:  # "Treasury bonds", "notes and bonds", "bills": words stories use for the whole
            for kind, word in (("lt", "long-term (bonds and notes)"), ("st", "short-term (bills)")):
                alt = copy.copy(c)
                alt.term_reading = kind  # type: ignore[attr-defined]
                yield f"the {word} part rather than the total (the sentence says '{said}')", alt
    if fam == "tic" and c.measure in ("holdings_level", "holdings_change") and c.amount.kind == "money" \
            and c.pair is None and c.change_hint is None:
        alt = copy.copy(c)
        if c.measure == "holdings_level":
            alt.measure, alt.role = "holdings_change", "change"
            yield "the change over the month rather than the level", alt
        else:
            alt.measure, alt.role, alt.direction = "holdings_level", "level", None
            yield "the level rather than the change", alt


def _other_holders(c: Claim, fam: str, earlier: list[Mention]) -> Iterator[tuple[str, Claim]]:
    """The readings of ``c`` as another holder's: one the sentence names, one an earlier sentence names (for a holder
    the claim inherited), or all foreign holders."""
    from ustflow.check.subjects import find_subjects

    if c.subject is None:
        return
    seen = {(c.subject.kind, c.subject.slug)}
    # (not when the figure is written right after its holder's name: "Luxembourg at $419bn", ``holder_attached``)
    named = [] if attached_holder(c) else \
        [(m, "another holder the sentence names") for m in find_subjects(c.sentence.text)]
    if c.subject_how == "inherited":  # taken from the sentences before: or all foreign holders?
        named += [(m, "a holder an earlier sentence names") for m in earlier]
        if fam == "tic":
            named.append((Mention("foreign_total", "grand_total", (0, 0), "all foreign holders"),
                          "the total, the sentence naming no holder"))
    for m, why in named:
        if m.kind in _HOLDERS[fam] and (m.kind, m.slug) not in seen:
            seen.add((m.kind, m.slug))
            alt = copy.copy(c)
            alt.subject, alt.subject_how = m, "stated"
            yield f"{why} ({m.text})", alt


#: words for Treasuries that some stories use for the whole and others for a part: "Treasury bonds", "bills", "国債"
_NO_TERM = re.compile(r"\b(?:bonds?|bills?|notes)\b", re.I)

#: "since October 2013, when holdings reached ...": the clause after a look-back is dated by its start
_WHEN = re.compile(r",?\s*when\b", re.I)


def named_periods(c: Claim, when) -> list[Period]:
    """The months, quarters and years the claim's sentence names other than the one the claim was read at: "since
    October 2013, when holdings reached $149.9 billion" read at the story's October 2014, "from June 2018 when it
    stood at $147.3 billion" read at June 2019. Which of a sentence's dates a level belongs to is the checker's
    reading of the grammar; a level that fits another of them is no evidence of an error."""
    from ustflow.check.period_grammar import Resolver
    from ustflow.check.qualifiers import find_qualifiers

    try:
        r, text = Resolver(when), c.sentence.text
        quals = find_qualifiers(text, r)
        found = r.find(text, prev=c.period if c.period is not None and not c.period.is_latest else None,
                       masked=[sp for sp, _ in quals])  # "the lowest since February" dates no figure, but
        found += [Period("since", [(q.since, q.since)], q.phrase) for sp, q in quals  # "buying since February 2018,
                  if q.since is not None and q.since_grain in ("month", "day") and _WHEN.match(text, sp[1])]  # when"
    except Exception:  # a phrase the grammar cannot resolve without its context: no reading
        return []
    own = tuple(c.period.windows) if c.period is not None else ()
    out, seen = [], {own}
    for p in found:
        if p.kind == "since":  # "since October 2013, when holdings reached $149.9 billion": the month it counts from
            p = Period("month", [month_window(p.start.year, p.start.month)], p.label)
        key = tuple(p.windows)
        if p.kind in ("month", "quarter", "year") and key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _months_apart(p: Period, q: Period | None) -> int:
    """How many months lie between the ends of two periods (99 when the second is none or the latest)."""
    if q is None or q.is_latest:
        return 99
    return abs((p.end.year - q.end.year) * 12 + p.end.month - q.end.month)


def second_look(c: Claim, j: Judgement, ctx, judge: Callable[[Claim, object], Judgement],
                claims: list[Claim] = ()) -> Judgement:
    """``j`` unchanged, unless it is a contradiction on a reading the checker was not sure of and a
    nearby reading fits (see the module docstring); then ``unverifiable`` saying both."""
    j = slip_judgement(c, j)  # "赤字額は3051円減り": 億 dropped, wrong as printed when the 億円 reading fits
    slip = bracket_slip(c, j, claims, getattr(ctx, "fx_rate", None), lambda h: judge(h, ctx))  # "1.81 trillion yen (17.96 billion yen)"
    if slip is not None or j.verdict != CONTRADICTED:
        return slip or j
    if "unit_trap" in j.flags:
        return _decimal_comma(c, j) or j
    late = _released_later(j, ctx, c)
    if late is not None or c.amount is None:
        return late or j
    earlier = [o.subject for o in claims if o.subject is not None and o.subject_how == "stated"
               and 0 < c.sentence.index - o.sentence.index <= 2 and o.sentence.paragraph == c.sentence.paragraph]
    if _family(c) == "flow" and c.subject is not None and c.subject_how == "inherited":
        # a MoF story about both sides ("海外投資家による日本株への投資は… 国内投資家は…"): a subject carried across
        # sentences (a heading between them) may be the other side's
        earlier += [o.subject for o in claims if o.subject is not None and o.subject_how == "stated" and
                    o.subject.kind in ("japan", "foreign_investors") and o.subject.kind != c.subject.kind][:1]
    siblings = [o for o in claims if o is not c and o.sentence is c.sentence and o.kind == "amount" and
                o.measure == c.measure and o.subject is not None and c.subject is not None and
                (o.subject.kind, o.subject.slug) == (c.subject.kind, c.subject.slug)]
    from itertools import chain

    from ustflow.check.record_readings import record_readings

    pinned: list[str] = []  # (whether the table of a row's cell pins the month read: asked once, when needed)
    for what, alt in chain(readings(c, j, ctx.date, earlier, siblings), record_readings(c, j, ctx)):
        try:
            k = judge(alt, ctx)
        except Exception:  # a reading a rule cannot take is simply not a reading
            continue
        if k.verdict == SUPPORTED and what.startswith(("the period before", "the period after")):
            from ustflow.check.table_pins import table_pin

            pinned = pinned or [table_pin(c, j, ctx, judge) or "no"]
            if pinned[0] != "no":  # a table cell whose table's own levels are the month read: no other month
                j.note(pinned[0])
                continue
        if (swapped := swapped_measure(c, j, k, what) or own_period(c, j, k, what)) is not None:
            return swapped  # a level read as a change (or the reverse), a period carried where the sentence's own fits
        if k.verdict == SUPPORTED and not _part_near_total(what, j, k):
            why = f"the figure fits {what}: {k.explanation}"
            out = set_aside(j, f"not certain what the article compares: as read, {j.explanation}; but {why}",
                            [*j.flags, "other_reading"], tolerance=j.tolerance)
            out.extra["other_reading"] = {"reading": what, "series": k.series, "official_value": k.official_value,
                                          "official_unit": k.official_unit, "period": k.period}
            return out
    if "far_from_official" in j.flags and (pin := level_pin(c, j, ctx, judge)):
        return gap_explained(j, j.claimed_value, j.official_value, f"; {pin}")  # "by $30.4 billion to $1.2408 trillion"
    return _far_apart(j) or j


#: a maturity part within 5% of the holder's whole (China's bills, 1% of its Treasuries) cannot be told from the
#: whole misstated (also confidence_gate's bound)
NEAR_WHOLE = 0.05


def _part_near_total(what: str, j: Judgement, k: Judgement) -> bool:
    """Whether a maturity part's reading fits only because the part is nearly the whole (China's bills, 1% of its
    Treasuries: a total misstated by 1% fits the long-term part). Within 5% the two cannot be told apart, and the
    reading is no evidence that the article meant the part."""
    if "part rather than the total" not in what or not j.official_value or k.official_value is None:
        return False
    return abs(k.official_value - j.official_value) <= NEAR_WHOLE * abs(j.official_value)


def _released_later(j: Judgement, ctx, c: Claim | None = None) -> Judgement | None:
    """A contradiction on a period whose official figure came out after the article's date: the article cannot be
    reporting it (a dateline's day read as the month, a period misread), so the gap is no evidence against it. A
    month counted back from the date ("last month", "先月" in a story of 20 May: April, whose TIC data came out in
    June) had no first print then either, so "may be the first print" is no reading of it."""
    from ustflow.check.rulekit import unpublished_note

    fig = j.figure
    calendar = c is not None and c.period is not None and c.period.extra.get("calendar_relative")
    if fig is None or not fig.periods or not fig.series or ("possible_revision" in j.flags and not calendar):
        return None  # already said: may be a first print (or a partial figure) the data revised since
    try:
        late = unpublished_note(fig.series, list(fig.periods), ctx)
    except Exception:  # a series with no release calendar: nothing to say
        return None
    if not late:
        return None
    out = set_aside(j, f"as read, {j.explanation}; but {late}, so the period read is probably not the one the "
                       f"article reports", [*j.flags, "other_reading"])
    out.figure = fig  # a qualifier on the figure ("the most in over a decade") is still judged on the series read
    return out


#: a number with one comma and three digits after it, and no other separator: "1,031 trillion dollars"
_ONE_COMMA = re.compile(r"^\D*\d{1,3},\d{3}(?![,.]?\d)")


def _decimal_comma(c: Claim, j: Judgement) -> Judgement | None:
    """A figure 1000 times the official one whose only separator is a comma before three digits ("Japan (1,031
    trillion dollars)" for 1,031.8 bn) may be written with a decimal comma (1.031 trillion, as in most European
    languages and in translations from them), not a unit error: which one, the digits cannot say, so it is not
    judged (``unverifiable``, naming both readings). A figure with a decimal point ("$1,125.9 trillion") or a second
    group ("1,112,500") is unambiguous and stays a unit slip."""
    claimed, official = abs(j.claimed_value or 0), abs(j.official_value or 0)
    if c.amount is None or not _ONE_COMMA.match(c.amount.text) or not official or not 500 < claimed / official < 2000:
        return None
    return set_aside(j, f"the comma in '{c.amount.text}' may be a decimal comma: read so, the figure is a thousandth "
                        f"of it and fits the official value; read as a thousands separator, {j.explanation}",
                     [f for f in j.flags if f != "unit_trap"] + ["decimal_comma"], tolerance=j.tolerance)


def _far_apart(j: Judgement) -> Judgement | None:
    """A contradicted figure several times larger or smaller than the official value it was compared with
    (``far_from_official``, see ``ustflow.check.compare``), with no unit slip to explain the gap, is not judged:
    ``unverifiable``, saying what was compared and why. On articles the checker had never been tuned on, such
    a gap was almost always the checker reading another measure (a change as a level, another table, another
    period or holder), not a misprint: of the 16 far contradictions on batch 5 of the claims corpus while it
    was blind, none was right and 9 called a true figure false (batch 4, when blind: 18 true of 27). A unit
    slip (10x to 1000x, flagged ``unit_trap``, or a billion read as a trillion within a factor of two) stays
    contradicted: that is an error in the article, and a reporter's most common one."""
    if "far_from_official" not in j.flags:
        return None
    return set_aside(j, f"not judged, the gap being too large to call a misprint: as read, {j.explanation}",
                     list(j.flags), tolerance=j.tolerance)


def each_of(c: Claim, j: Judgement, ctx, judge: Callable[[Claim, object], Judgement]) -> Judgement:
    """"Japan and Britain each hold more than $900 billion": the figure is judged for every holder of the
    coordinated subject (``subjects.each_holder``); supported only if it holds for all, contradicted if it
    fails for one of them (saying which), else unverifiable."""
    from ustflow.check.subjects import each_holder

    # (a move with no figure too: "Japan and the United Kingdom ... also both increased their ownership")
    who = each_holder(c) if (c.amount is not None or c.kind == "direction") and _family(c) else []
    if not who or j.verdict == "unverifiable":
        return j
    results = []
    for m in who:
        if (m.kind, m.slug) == (c.subject.kind, c.subject.slug):
            results.append((m, j))
            continue
        alt = copy.copy(c)
        alt.subject, alt.subject_how = m, "stated"
        try:
            results.append((m, judge(alt, ctx)))
        except Exception:
            return j
    failed = [(m, k) for m, k in results if k.verdict == CONTRADICTED]
    if failed:
        m, k = failed[0]
        k.explanation = f"the figure is said of each of {', '.join(x.text for x, _ in results)}; for {m.text}: " \
                        f"{k.explanation}"
        return k
    if all(k.verdict == SUPPORTED for _, k in results):  # reported on the first holder named ("Japan and China both")
        first = results[0][1]
        first.explanation = f"holds for each of {', '.join(x.text for x, _ in results)}: " + \
            "; ".join(k.explanation for _, k in results)
        return first
    return unverifiable("the figure is said of each of " + ", ".join(x.text for x, _ in results) +
                        "; not every one of them can be judged", series=j.series)
