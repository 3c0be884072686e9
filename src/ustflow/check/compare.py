"""Comparing a claimed number with an official one: tolerance, qualifiers, unit traps, revisions.

Tolerance. A stated number is taken to be rounded or truncated to its last digit ("¥4.46 trillion" =
4.455..4.47 trillion); "about"/"around" also allow 2%, "nearly" up to 5% below; "more than",
"peaked above" compare one way. A dollar figure for a yen flow (MoF publishes yen) is checked at the
period's average FRED USD/JPY rate with 3% more room, because wire stories convert at the day's rate.

Unit traps. When a figure fails but its digits match at 10x, 100x, 1000x, 10,000x or 10^8 (``unit_trap``:
three significant digits may be truncated, fewer must round), the claim is contradicted and flagged ``unit_trap``: MoF's unit is 100 million yen, so "629" in the file is ¥62.9 billion, and a
story printing "¥629 billion" has read the file's units as billions.

Revisions. The claim is compared with the value as published on the article's date when the store
holds that vintage (``supported`` + ``revised`` when it matches and was revised since). When it
does not match today's value and the store holds no vintage from the article's date, a small
difference on a series its publisher revises is ``contradicted`` with the flag
``possible_revision`` ("contradicted by current data (X); may be the first print, revised since"),
distinct from a plain error.

Far from the official value. A contradicted figure more than three times larger or smaller than the
official value (and no unit trap, no billion read as a trillion) is flagged ``far_from_official``, and
``ustflow.check.second_look`` makes it ``unverifiable``: on articles the checker had not been tuned on,
such gaps were nearly always the checker reading another measure, not a misprint in the article.
"""

from __future__ import annotations

import math
import re

from ustflow.check.results import CONTRADICTED, SUPPORTED, Judgement

REVISED_PREFIXES = ("mof.weekly", "mof.monthly", "tic.")
#: The largest difference (share of the official value) a revision plausibly explains.
REVISION_SHARE = {"tic.holdings": 0.06, "tic.": 0.15, "mof.": 0.12}


def tolerance(amount, scale: float, fx: bool = False) -> float:
    """Half the last stated digit, in the official unit (``scale`` = size of one official unit); a
    dollar figure of a yen flow gets 3% more for the exchange rate."""
    claimed = abs(amount.value) / scale
    tol = amount.precision / scale
    if fx:
        tol += 0.03 * claimed
    return tol


#: half the last digit an official table prints, by series prefix (in the series' unit): TIC's Major Foreign Holders
#: table prints USD bn to one decimal, so its 53.9 stands for anything from 53.85 to 53.95
TABLE_HALF_DIGIT = {"tic.holdings.": 0.05}


def table_tolerance(tol: float, sid: str, values: int = 1) -> float:
    """``tol`` widened by the official table's own rounding when the claim is more precise than the table: "$53.93
    billion" (SLT's USD mn, to 0.01 bn) is 53.9 in the Major Foreign Holders table, and is no error. ``values``: how
    many rounded table values the official figure is made of (2 for a change). A claim no more precise than the
    table keeps its own tolerance ("$53.8 billion" against 53.9 stays a miss; "rose $11.5 billion" against the
    table's 11.4 too: the claim's digits are the table's)."""
    half = next((h for prefix, h in TABLE_HALF_DIGIT.items() if sid.startswith(prefix)), 0.0)
    return tol + half * values if tol < half else tol


def matches(claimed: float, official: float, qualifier: str, tol: float, truncate: bool = True) -> bool:
    """``claimed`` and ``official`` are magnitudes in the same unit; ``tol`` is half the last digit.

    Exact: the official value rounds *or truncates* to the printed digits (agencies and wires do
    both: "$1.131 trillion" for 1,131.9 bn; not for market levels, ``truncate=False``). "about":
    also within 2%. "nearly"/"almost": up to 5%
    below. "more than"/"less than": strictly one way; "at least"/"at most": inclusive.
    """
    eps = 1e-9 + 1e-12 * abs(claimed)
    rounds = abs(official - claimed) <= tol + eps
    truncates = truncate and claimed - eps <= official < claimed + 2 * tol - eps
    if qualifier == "exact":
        return rounds or truncates
    if qualifier == "approx":
        return rounds or truncates or abs(official - claimed) <= 0.02 * abs(claimed) + eps
    if qualifier == "above":
        return official > claimed - eps
    if qualifier == "below":
        return official < claimed + eps
    if qualifier == "at_least":
        return official >= claimed - tol - eps
    if qualifier == "at_most":
        return official <= claimed + tol + eps
    if qualifier == "just_below":
        return 0.95 * claimed - tol - eps <= official <= claimed + tol + eps
    if qualifier == "just_above":
        return claimed - tol - eps <= official <= 1.05 * claimed + tol + eps
    return False


def qualifier_words(q: str) -> str:
    return {"exact": "", "approx": "about ", "above": "more than ", "below": "less than ", "at_least": "at least ",
            "at_most": "at most ", "just_below": "just under ", "just_above": "just over "}[q]


def significant_digits(claimed: float, tol: float) -> int:
    """How many significant digits a figure was printed with: "1.04 trillion" (10,400 ± 50 in 100 million yen) has 3,
    "1.5 billion" 2, "3 billion" 1."""
    if tol <= 0 or claimed <= 0:
        return 6
    return max(1, math.floor(math.log10(claimed / (2 * tol)) + 1e-9) + 1)


#: the scales a unit slip moves a figure by: a decimal place or two (10, 100), billion for million or trillion
#: (1000), one Japanese unit word (万, 億, 兆: 10,000), and 億 dropped from a yen amount (10^8)
TRAP_FACTORS = (10, 100, 1000, 10_000, 1e8, 0.1, 0.01, 0.001, 0.0001, 1e-8)


def unit_trap(claimed: float, official: float, tol: float) -> float | None:
    """The factor by which the claim is off, if its digits match the official value's at a power of ten (either
    way; ``TRAP_FACTORS``). 10,000 is the step between Japanese units (万, 億, 兆): "1億5142万円" for 1兆5142億円 is a
    slip of one unit word. The digits must say so: a figure of three or more significant digits matches when the
    official value, scaled, rounds *or truncates* to them ("1.04 trillion yen" for a deficit of ¥10.465 trillion:
    billion-scale digits 10.4, a decimal place slipped); one of one or two digits only when it rounds to them
    within 0.5%, and never a figure rounded by 20% or more ("one billion", "0.1 percent": scaled by ten its
    rounding spans half the range of the next unit, so it "matches" figures it has nothing to do with)."""
    if official == 0 or tol > 0.2 * claimed:  # "one billion", "0.1 percent": a digit that fits too many scales
        return None
    digits = significant_digits(claimed, tol)
    for f in TRAP_FACTORS:
        scaled, room = claimed / f, tol / f
        if abs(official - scaled) <= max(room, 0.005 * abs(official)):
            return f
        if digits >= 3 and scaled <= official < scaled + 2 * room:  # truncated to the printed digits
            return f
    return None


def fmt_money(value_in_units: float, currency: str) -> str:
    """¥4.46 trillion, $1,209.9 billion, ¥62.9 billion: how an editor would write the figure."""
    sym = "¥" if currency == "JPY" else "$"
    v = abs(value_in_units)
    sign = "-" if value_in_units < 0 else ""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if v >= scale:
            x = v / scale
            return f"{sign}{sym}{x:,.4g} {word}" if x < 1000 else f"{sign}{sym}{x:,.1f} {word}"
    return f"{sign}{sym}{v:,.0f}"


def fmt_num(v: float | None) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "n/a"
    if abs(v) >= 100:
        return f"{v:,.1f}".rstrip("0").rstrip(".")
    return f"{v:,.3f}".rstrip("0").rstrip(".")


def trap_text(factor: float, official: float, unit: str, period: str) -> str:
    if unit == "JPY 100mn" and factor == 10:
        return (f"unit error: MoF's figure is {fmt_num(official)} in units of ¥100 million = "
                f"{fmt_money(official * 1e8, 'JPY')} ({period}); the claim reads it as billions of yen, "
                f"ten times too large")
    if unit == "USD mn" and factor == 1000:
        return f"unit error: the official {fmt_num(official)} is in millions of dollars; the claim reads it as billions"
    times = f"{factor:,g} times the official figure" if factor > 1 else f"1/{1 / factor:,g} of the official figure"
    return (f"off by a factor of {factor if factor > 1 else 1 / factor:,g} (scale or unit error): the claim is {times}, "
            f"{fmt_num(official)} {unit} in {period}")


def revision_room(sid: str) -> float:
    for prefix, share in REVISION_SHARE.items():
        if sid.startswith(prefix):
            return share
    return 0.0


def verdict(*, claimed: float, official: float, qualifier: str, tol: float, sid: str, unit: str, period: str,
            what: str, then: float | None = None, then_vintage: str | None = None, archived: bool = False,
            compare_unit: str | None = None, reported: float | None = None, sign_free: bool = False,
            earlier: tuple = (), room: float | None = None, truncate: bool = True, **base) -> Judgement:
    """Compare a signed claim with a signed official value (in the same unit).

    ``then``: the value as published on the article's date when the store holds that vintage
    (``archived``); ``earlier``: (value, vintage) of older vintages, tried when the article's date is
    unknown. ``reported``: the official value in its own unit when the comparison is made in
    another (a dollar claim about a yen flow is compared in dollars, reported in yen). ``room``: how far
    (in the claim's unit) a first print may be from today's value (``ustflow.check.revisions``);
    default ``REVISION_SHARE`` of the official value. ``truncate=False``: rounding only (a converted figure, whose
    ``tol`` already holds the exchange rate's room).
    """
    shown = official if reported is None else reported
    tol_txt = (f"±{fmt_num(tol)} {compare_unit or unit}" if qualifier in ("exact", "approx")
               else f"{qualifier_words(qualifier).strip()} (one-sided)")
    base = dict(series=sid, official_value=shown, official_unit=unit, period=period, tolerance=tol_txt,
                claimed_value=claimed, **base)

    def fits(v: float) -> tuple[bool, bool]:
        same = sign_free or claimed == 0 or v == 0 or (claimed > 0) == (v > 0)
        return matches(abs(claimed), abs(v), qualifier, tol, truncate=truncate), same

    ok, same = fits(official)
    text = f"{what}{fmt_num(shown)} {unit} in {period}"
    if archived and then is not None and then != official:
        ok_then, same_then = fits(then)
        if ok_then and same_then:
            return Judgement(SUPPORTED, f"{what}{fmt_num(then)} {unit} in {period} as published on {then_vintage}; "
                                        f"since revised to {fmt_num(official)}", flags=["revised"], **base)
    if ok and same:
        return Judgement(SUPPORTED, text, **base)
    for v, vint in earlier:
        if all(fits(v)):
            return Judgement(SUPPORTED, f"matches the figure published in the vintage of {vint} ({fmt_num(v)} {unit}); "
                                        f"since revised to {fmt_num(official)} {unit} ({period})", flags=["revised"],
                             **base)
    if ok:
        return Judgement(CONTRADICTED, f"the size matches but the direction is wrong: {text}", **base)
    if qualifier in ("exact", "approx"):
        f = unit_trap(abs(claimed), abs(official), tol)
        if f is not None and same:
            return Judgement(CONTRADICTED, trap_text(f, official, compare_unit or unit, period), flags=["unit_trap"],
                             **base)
    if not same:
        return Judgement(CONTRADICTED, f"{text}; the direction is the opposite of the claim's", **base)
    flags = []
    limit = room if room is not None else revision_room(sid) * abs(official)
    if limit and not archived and not earlier and official and abs(abs(claimed) - abs(official)) <= limit \
            and qualifier in ("exact", "approx"):
        text = (f"contradicted by current data ({text}); may be the first print, revised since: the gap is within "
                f"the revisions of this series (±{fmt_num(limit)} {compare_unit or unit}) and the store holds no "
                f"vintage of this period from the article's date")
        flags.append("possible_revision")
    elif far_from_official(claimed, official):
        text += far_note(claimed, official)
        flags.append("far_from_official")
    return Judgement(CONTRADICTED, text, flags=flags, **base)


def far_note(claimed: float, official: float) -> str:
    return (f"; the figure is {far_words(claimed, official)} the official value: a gap that size is more often "
            f"another measure than a misprint (another table, a change read as a level), so check what the "
            f"article measures before calling it wrong")


def gap_explained(j: Judgement, claimed: float, official: float, why: str) -> Judgement:
    """A far contradiction whose gap the rule can explain (the published levels' difference across a series
    break) is judged after all: the ``far_from_official`` flag and its note give way to ``why``."""
    if "far_from_official" in j.flags:
        j.flags.remove("far_from_official")
        tail = re.escape(far_note(1.0, 1e9).split(" the official value", 1)[1])  # (whatever units the note was told in)
        j.explanation = re.sub(r"; the figure is [^;]*? the official value" + tail, "",
                               j.explanation.replace(far_note(claimed, official), "")) + why
    return j


#: how many times larger or smaller than the official value a contradicted figure must be to be flagged
#: ``far_from_official``. Measured on the claims corpus: on articles the checker had not been tuned on, 18 of
#: the 27 true claims it called contradicted on batch 4 (session 8) were that far from the official value it
#: compared them with (it had read another measure), against 9 of the 26 figures rightly contradicted; on
#: batch 5 (session 9) none of the 16 far contradictions was right. On blind batch 10 (session 12, 561 claims; counted
#: at the start of session 13 by setting the factor to infinity) the rule changed 54 verdicts to unverifiable: it kept
#: 13 true claims and 8 figures labelled unverifiable from being called contradicted (true claims called contradicted
#: would have been 36/272 instead of 23/272), and hid 2 right contradictions (the other 31 far figures were false,
#: but the checker had read another measure for them). Unit traps (10x, 100x, 1000x) have their own flag.
FAR_FACTOR = 3.0


def far_from_official(claimed: float, official: float) -> bool:
    """Whether a contradicted figure is more than ``FAR_FACTOR`` times larger or smaller than the official
    value: the verdict then rests on the checker's reading of the measure as much as on the numbers."""
    a, b = abs(claimed), abs(official)
    if a == 0 or b == 0 or any(0.5 * b <= a * f <= 2 * b for f in (1e-3, 1e3)):  # none, or a billion/trillion slip
        return False
    return max(a, b) / min(a, b) > FAR_FACTOR


def far_words(claimed: float, official: float) -> str:
    """"6.2 times larger than" / "6.2 times smaller than": the size of the figure against the official value."""
    a, b = abs(claimed), abs(official)
    return f"{a / b:,.1f} times larger than" if a > b else f"{b / a:,.1f} times smaller than"
