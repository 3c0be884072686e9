"""Attach to a figure what its clause says about it: its instrument ("¥X of foreign stocks"), its period
(the nearest in its clause, a starting level's own period, "the previous figure of ¥X"), and the pairs of
figures that go together ("to $X from $Y", "rose $20bn to $800bn", "a 47 percent decline from the $1.32
trillion peak").

Nothing here reads data.
"""

from __future__ import annotations

import re

from ustflow.check.carry import JA_BUT
from ustflow.check.claims import LESS_THAN_NAMED, MONTH_OWN, PAST_CLAUSE, RUNNING_TOTAL, YEAR_FRAME, Claim
from ustflow.check.clauses import (
    FIGURE_END,
    LEADING,
    clause_bounds,
    clause_has_figure,
    compared_figure_period,
    ja_next_clause,
    later_clause_figure,
    other_relative,
    participle_between,
    than_figure,
)
from ustflow.check.ja_recorded import recorded_periods, recorded_span
from ustflow.check.past_clauses import in_back_clause, outside_back_clauses, when_period
from ustflow.check.periods import Period
from ustflow.check.starting_points import since_start
from ustflow.check.text import KANA
from ustflow.check.windows import YEAR_BACK

_JA_REL_BEFORE = re.compile(r"(前年同期|前年同月|前年末|前年|前月末?|前週|同期)の\s*$")

_MONTH_BEFORE = re.compile(r"前月|先月|month[- ](?:on|over)[- ]month|\b(?:previous|prior|preceding) month\b|\b(?:a|one) month "
                           r"(?:earlier|before|ago)\b|\bthe month before\b|^(?:1|一)年前$", re.I)
#: between a figure and the instrument it is "of": "¥963.5 billion worth of overseas equities", "$5 bn in bills"
_OF_INSTRUMENT = re.compile(r"\s*(?:(?:yen|dollars)\s+)?(?:worth\s+)?(?:(?:of|in|into|from)\s+)?(?:net\s+)?"
                            r"(?:(?!and\b|but\b|while\b|whereas\b)[\w.'’-]+\s+){0,3}?", re.I)

def own_instrument(c: Claim, s: str, instruments, cs: int, ce: int):
    """The instrument of a figure's own clause: the one the figure is "of" right after it ("¥X of foreign
    stocks"), else the last one named before it in its clause ("in short-term debt they bought ¥X and in
    long-term debt they sold ¥Y": each figure its own), else the nearest in the sentence."""
    ell = _ELLIPTIC_TERM.match(s, c.span[1])
    later = [(sp, v) for sp, v in instruments if ell and sp[0] > ell.end() and v[1] in ("lt_debt", "st_debt")]
    if later:  # "¥228.8 billion worth of long-term and ¥103.8 billion of short-term foreign debt securities"
        return (later[0][1][0], "lt_debt" if ell.group("t").lower().startswith("long") else "st_debt"), ell.span("t")
    net_of = _NET_OF.search(s, c.span[1])
    if net_of:  # "repatriated ¥1.063 trillion ... after deducting net buying in foreign equities": the side's total
        deducted = [(sp, v) for sp, v in instruments if sp[0] >= net_of.start() and v[0] in ("assets", "liabilities")]
        if deducted:
            return (deducted[0][1][0], "total"), net_of.span()
        instruments = [(sp, v) for sp, v in instruments if sp[0] < net_of.start()]
    inside = [(sp, v) for sp, v in instruments if cs <= sp[0] < ce]
    after = [(sp, v) for sp, v in inside if sp[0] >= c.span[1] and _OF_INSTRUMENT.fullmatch(s[c.span[1]:sp[0]])]
    if after:
        sp, v = after[0]
        return v, sp
    before = [(sp, v) for sp, v in inside if sp[1] <= c.span[0]]
    if before:
        sp, v = before[-1]
        return v, sp
    pool = inside or list(instruments)
    # not one after the figure that leads in a later figure ("+6兆5934億円の買い越しだったので、対外・対内証券投資のネット
    # 合計では+13兆921億円")
    pool = [(sp, v) for sp, v in pool if sp[1] <= c.span[0] or not _FIGURE_BETWEEN.search(s[sp[1]:sp[1] + 12])] or pool
    if not pool:
        return None
    sp, v = min(pool, key=lambda t: abs(t[0][0] - c.span[1]))
    return v, sp

#: a maturity said before the noun it shares with the next figure's: "¥X worth of long-term and ¥Y of short-term debt"
_ELLIPTIC_TERM = re.compile(r"\s*(?:worth\s+)?(?:of\s+)?(?:(?:foreign|overseas)\s+)?(?P<t>long-term|longer-term|short-term)"
                            r"\s*(?:,|and|or)\s", re.I)
#: what was netted out of a figure: "after deducting net buying in foreign equities and money market instruments"
_NET_OF = re.compile(r"\b(?:after (?:deducting|subtracting|netting out|taking out)|net of)\b", re.I)
_FIGURE_BETWEEN = re.compile(r"\d\s*(?:兆|億|万)|[$¥€]\s?\d|\d\s*(?:billion|trillion|million|bn|tn)\b", re.I)
#: "the previous figure of ¥X", "2000年末(603億ドル)から", "2021年末の1.51%": the figure right after a period (also in
#: brackets, or after a Japanese の) is its own
#: ("on April 29 with ¥5.92 trillion and on May 1 with ¥3.87 trillion": each day its own figure)
#: a Japanese period's own figure after の: "2021年末の1.51%", "前月の約1兆円" (not "2〜4月の3カ月間", "…日の介入額5兆円")
_JA_NO = r"末?(?:時点|現在)?の(?:約|およそ)?(?=[+\-−▲]?\d[\d.,]*\s*(?:兆|億|万|[%％]|ドル|円)|$)"
#: ("March's $652.3 billion", "February's record of $9.487 trillion": a month's possessive names the figure's period)
_POSSESSIVE_OWN = re.compile(r"(?:'s|’s)(?:\s+(?:record|peak|high|low|level|total|figure|reading)(?:\s+of)?)?\s*"
                             r"(?:about |around |roughly )?")
_OWN_FIGURE = re.compile(r"\s*(?:of|at|with|was|were|stood at|came to|:|[(（](?:約|およそ)?|" + _JA_NO +
                         r"|(?:'s|’s)(?:\s+(?:record|peak|high|low|level|total|figure|reading)(?:\s+of)?)?"
                         r")\s*(?:a net |about |around |roughly )?[+\-−]?")


#: a change told right before its base, whose "at $X" after the base is the level reached, not the base's: "were up
#: $75.4 billion from a year before at $1,209.9 billion" (not "down from a year earlier at $743.6 billion": that is the
#: base's level)
_CHANGE_BEFORE_BASE = re.compile(r"\d\s*(?:%|percent|per cent|pct|trillion|billion|million|tn|bn|mn|"
                                 r"(?:basis )?points?|bps?)?\s+(?:from\s+)?$", re.I)


#: a running total told after the figure: ", taking the total to", ", bringing its tally for the year to"
_TO_A_TOTAL = re.compile(r",?\s+(?:taking|bringing|pushing|lifting|raising|putting)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
                         r"(?:total|tally|sum|cumulative\s+\w+)\b", re.I)


def _total_start(s: str, pos: int) -> int | None:
    """Where the running-total words start when the figure at ``pos`` is that total (", taking the total for the
    month to ¥X"), else None."""
    found = list(_TO_A_TOTAL.finditer(s, 0, pos))
    m = found[-1] if found else None
    if m is None or not re.fullmatch(r"[^,;.\d]{0,60}?\s(?:to|at|of)\s+(?:about |around |"
                                     r"roughly |nearly |some |a record )?[¥$]?", s[m.end():pos]):
        return None
    return m.start()


#: a participle clause after a place, of another event: ", after ceding the position to Japan", ", having lost"
_LATER_PARTICIPLE = re.compile(r",\s*(?:after|having|before|since|following)\s+(?:\w+\s+)?\w+(?:ing|ed|en|t)\b", re.I)


#: a Japanese look-back's start, set against an extreme or a first: "2005年1月以降で最長", "2019年以来の最大",
#: "4月以来初めて", "統計開始以降で過去最高", "2022年10月以来の大きな減少幅", "2005年に統計を開始して以来、過去最大"
#: (the comparison's start, never the figure's own time; not "3月以降は2位に",
#: a run from March); nor the date of a change in the statistics ("2005年の統計基準変更を踏まえると")
_JA_LOOK_BACK_START = re.compile(r"\s*(?:(?:の)?(?:開始|統計開始|算出開始|発行開始|取引開始)|に[^、。\d]{1,16}?て)?(?:以降|以来)(?:で|の|、)?\s*"
                                 # ("1996年以降で1か月当たりとして最も大きく": a month's count in the gap)
                                 r"(?:(?:[^、。\d]|\d{1,2}\s*(?:か月|カ月|ヶ月|ケ月|ヵ月))){0,14}?(?:最(?:大|小|高|低|長|短|多|少|も)|"
                                 r"初めて|はじめて|初の|"
                                 r"過去最|高水準|低水準|大き(?:さ|な)|大幅|(?:減少|増加)幅|規模|"
                                 # "比較可能な1985年度以降、過去2番目の大きさ": a place counted from then
                                 r"過去\s*\d{1,2}\s*番目|"
                                 # "2020年11月以来の買越額となった": the most since then (the amount's own word)
                                 r"(?:買|売)い?越し?(?:額|幅))|"
                                 # "2005年の統計基準変更を踏まえると": the date of the series' own change, no figure's
                                 r"の?(?:統計|集計|作成)(?:基準|方法|方式|手法)?の?(?:変更|改定|見直し|開始|切り替え)")


#: a Japanese period that dates the noun of a cause, not the figure: "輸入は昨年の原油高などの反動で37・7%減",
#: "前年の円安の影響で"
#: (not による: "1~5月の投資信託による海外投資" names who invested)
#: (or a record of the cause's noun: "輸入は08年8月に過去最高値をつけた原油価格が約半額まで下落したため、42.8%減")
JA_CAUSE_NOUN = re.compile(r"の[^、。\d]{1,12}?(?:の反動|の影響|を背景|のため)|に[^、。\d]{0,12}?(?:をつけた|を付けた|を記録した)"
                           r"[^、。\d]{1,12}?が[^、。\d]{0,24}?(?:ため|ことで|ことから|影響で)")


#: the marks around an aside: "dumped $47.8 billion—about 3.6% of its holdings as of November—bringing ..."
_DASH = re.compile(r"—|\s--?\s|\s–\s")


#: a bracketed aside with a figure of its own: "(about 3.6% of its holdings as of November)", not "(as of March)"
_PAREN_ASIDE = re.compile(r"\(([^()]*?(?:[$¥]\s?\d|\d[\d.,]*\s*(?:%|percent|trillion|billion|million|bn\b))[^()]*)\)",
                          re.I)


def _outside_dash_asides(periods: list[Period], s: str, pos: int) -> list[Period]:
    """``periods`` without those inside a dash-set aside that does not hold the figure at ``pos`` (the aside's
    period is its own: "dumped $47.8 billion—3.6% of its holdings as of November—bringing them to $1.27 trillion"),
    or inside a bracketed aside that states a figure of its own (the same aside in brackets: "dumped $47.8 billion
    (3.6% of its holdings as of November), bringing ..."; a bare "(as of March)" is the figure's own period)."""
    marks = [m.span() for m in _DASH.finditer(s)] if s else []
    asides = [(marks[i][1], marks[i + 1][0]) for i in range(0, len(marks) - 1, 2)]
    asides += [m.span(1) for m in _PAREN_ASIDE.finditer(s)] if s else []
    asides = [(a, b) for a, b in asides if not a <= pos < b]
    return [p for p in periods if not any(a <= p.span[0] and p.span[1] <= b for a, b in asides)] if asides else periods


#: a clause set against the one before it: "Japan added $66 billion during the past 12 months while China's total shrank
#: by $85 billion" (the same span for both)
_CONTRAST_BEFORE = re.compile(r"\b(?:while|whereas)\s+$", re.I)


_FROM_FIGURE_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+)?[$¥]?\s?\d[\d.,]*\s*(?:%|percent|trillion|billion|"
                                 r"million|tn|bn|mn)?\s+(?:at\s+|in\s+|on\s+|as\s+of\s+)?(?:the\s+)?$", re.I)


def _contrasted_period(periods: list[Period], cs: int, s: str) -> Period | None:
    """The period of the clause a "while" clause with none of its own is set against: the last one before it (not a
    base, "from March", nor one told relative to another)."""
    prior = [p for p in periods if p.span[1] <= cs and p.role != "from" and not p.relative]
    # "yields have risen to 2.89% from 1.51% at the end of 2021, while ...": a base's date, not the clause's period
    return prior[-1] if prior and not _FROM_FIGURE_BEFORE.search(s[max(0, prior[-1].span[0] - 40):prior[-1].span[0]]) \
        else None


def _base_of(c: Claim, base: list[Period]) -> Period | None:
    """The base of ``c`` among its clause's: "down $25.6 billion from November and $53.8 billion from a year earlier":
    with two bases in the clause, each figure's is the first told after it; "a year earlier" there is a year before the
    figure's own month (the change's year_back: None here), not before the other base it was resolved against."""
    later = [p for p in base if p.span[0] >= c.span[1]] if len(base) > 1 else []
    if later and later[0].relative and YEAR_BACK.search(later[0].label):
        return None
    if later:  # "up $14.0 billion from the previous month and $113.4 billion from a year ago": the month before its own
        return None if _month_before(later[0]) else later[0]
    rest = [p for p in base if not _month_before(p)]
    return rest[0] if rest else None


def _month_before(p: Period) -> bool:
    """A base of the month before the figure's own ("前月比", "from the previous month"), which a change over one month
    means anyway: left to the change's own reading."""
    return bool((p.relative or p.extra.get("calendar_relative")) and _MONTH_BEFORE.search(p.label))


#: a sentence that opens on the month after the one told before ("The following month its holdings rose to $779.3
#: billion, overtaking China as the second-largest holder", "翌月に7,793億ドルへ増え、中国を抜いて2位となった"): that month
#: is the time of every clause after it that names none of its own (they took the sentence before's month)
_OPENING_NEXT = re.compile(r"\s*(?:(?:In|During)\s+)?the\s+(?:next|following|subsequent)\s+month|\s*(?:その)?翌月(?:に|には|は)?",
                           re.I)


#: a period named as the level of a comparison: "March levels", "2008 levels"
_LEVELS_AFTER = re.compile(r"(?:'s|’s)?\s+levels\b", re.I)


def _no_time_of_the_claim(c: Claim, periods: list[Period], s: str) -> list[Period]:
    """The periods of sentence ``s`` less those that cannot be claim ``c``'s time: a Japanese look-back's start or a
    cause's time, a period inside a dash aside, a period named before "levels" ("returned to March levels": a level
    compared with)."""
    if s and KANA.search(s):
        periods = [p for p in periods if not _JA_LOOK_BACK_START.match(s, p.span[1]) and not JA_CAUSE_NOUN.match(s, p.span[1])]
    periods = _outside_dash_asides(periods, s, c.span[0])
    return [p for p in periods if not _LEVELS_AFTER.match(s, p.span[1])] if s else periods


def attach_period(c: Claim, periods: list[Period], cs: int, ce: int, s: str = "") -> None:
    periods = _no_time_of_the_claim(c, periods, s)
    pos = c.span[0]
    periods, recorded = recorded_periods(s, periods, pos)
    if recorded is not None:  # "2021年11月に記録した過去最大の1兆3300億ドル": that month's (``ja_recorded``)
        c.period, c.period_how = recorded, "stated"
        return
    when = when_period(s, periods, pos)
    if when is not None:  # "from December when holdings had risen 1.5 percent": December's
        c.period, c.period_how = when, "stated"
        c.notes.append(PAST_CLAUSE)
        return
    if in_back_clause(s, pos):
        c.notes.append(PAST_CLAUSE)
    periods = outside_back_clauses(periods, s, pos)  # "... after a 0.5 percent reduction in December": not this one's
    was = ja_was_period(s, c.span, periods) if c.kind == "qualifier" and s else None
    if was is not None:  # "過去最高だった前月末から減少し": the record is the month's named after it, not the figure's
        from dataclasses import replace

        c.period, c.period_how = replace(was, role=""), "stated"
        c.notes.append(PAST_CLAUSE)  # an earlier time's record: no context for the figures after it
        return
    in_clause = [p for p in periods if cs <= p.span[0] < ce]
    base = [p for p in in_clause if p.role == "from"]
    # a period in another clause belongs to that clause, unless it has no figure of its own
    lead = LEADING.match(s) if s else None  # "After slightly reducing US debt in April, ...": not this figure's
    # (not one in a relative clause the figure is not in: "Japan, which overtook China in June, raised its holdings to")
    # "9月15日に介入を行い…購入したとみられる日本が8823億ドルで2位": a date in a clause that modifies the subject
    periods = [p for p in periods if not _ja_modifies_subject(c, s, p) and not ja_was_clause(s, p, c.span[0])]
    in_clause = [p for p in in_clause if not _ja_modifies_subject(c, s, p) and not ja_was_clause(s, p, c.span[0])]
    plain = [p for p in in_clause if p.role != "from" and not (s and other_relative(s, p.span, c.span))] or \
        [p for p in periods if p.role != "from" and not p.relative and not clause_has_figure(s, p.span[0])
         and not later_clause_figure(s, p, pos) and not (lead and p.span[0] < lead.end())
         and not other_relative(s, p.span, c.span) and not JA_BUT.search(s, p.span[1], max(pos, p.span[1]))] or \
        [p for p in periods if p.relative and p.span[1] <= cs and _OPENING_NEXT.fullmatch(s, 0, p.span[1])]
    # "from the previous figure of ¥218.2 billion", "the prior reading was ¥X": the figure right after a period
    # is that period's own, and no other figure's
    own = [p for p in in_clause if p.span[1] <= pos and _OWN_FIGURE.fullmatch(s[p.span[1]:pos])
           and not (p.role == "from" and re.fullmatch(r"\s*at\s*", s[p.span[1]:pos])
                    and _CHANGE_BEFORE_BASE.search(s, 0, p.span[0]))]
    if own:
        from dataclasses import replace

        c.period, c.period_how = replace(own[-1], role=""), "stated"
        return
    theirs = {id(p) for p in periods if _OWN_FIGURE.match(s[p.span[1]:]) and re.match(
        r"[^\d\s]{0,3}\d", s[p.span[1]:][_OWN_FIGURE.match(s[p.span[1]:]).end():])}
    base = [p for p in base if id(p) not in theirs or p.role == "from"]
    plain = [p for p in plain if id(p) not in theirs]
    # "前月比で43億ドルの減少", "up $5 billion month-on-month": the month before the figure's own, which is what a
    # change over one month means anyway (resolved against another sentence's month it would be a wrong base); so is
    # "1年前より" a year before the figure's own (``windows.YEAR_BACK``), not a year before the latest data
    # (so is "先月より2%多く" of March's figure: the data's month before, not the calendar's)
    if any(not _month_before(p) for p in base):  # (two bases in the clause: each figure's is the first after it)
        c.base_period = _base_of(c, base)
        later = [p for p in base if p.span[0] >= c.span[1]]
        if len(base) > 1 and later and _month_before(later[0]) and MONTH_OWN not in c.notes:
            c.notes.append(MONTH_OWN)  # (not the clause's "a year ago", which is the other figure's base)
    # "2066.5bn yen (previous week was +330.5bn)": a parenthesis after the figure with a figure of its own (not one
    # closed before the period: "$867 billion (approximately 1,127 trillion won) at the end of 2022 and $816 billion")
    after = [p for p in plain if p.span[0] >= c.span[1] and not ja_next_clause(s, c.span[1], p.span[0]) and not (
        _unclosed(s[c.span[1]:p.span[0]]) and re.search(r"^[^)]{0,20}?[+\-$¥]?\d", s[p.span[1]:]))]
    # a total's ("…, taking the total to 10.6 trillion yen this year"), a participle's clause's, a compared figure's
    before_any = any(p.span[1] <= pos for p in plain)
    after = [p for p in after if not (c.kind == "amount" and participle_between(s[c.span[1]:p.span[0]]))
             and not _TO_A_TOTAL.search(s[c.span[1]:p.span[0]])
             and not (p.relative and _compared_figure(s[c.span[1]:p.span[0]]))
             and not (before_any and than_figure(s[c.span[1]:p.span[0]]))]
    before = [p for p in plain if p.span[1] <= pos and not compared_figure_period(s, p)]
    if (total := _total_start(s, pos)) is not None and before and not after and before[-1].span[0] < total:
        # "spent ¥2.37 trillion on July 12, taking the total for the month to ¥5.54 trillion": a flow's total is not the
        # day's (a holding's "bringing its total to $X" is its level then: dispatch tells them apart by measure)
        c.notes.append(RUNNING_TOTAL)
    if before:  # "In June, China hiked its holdings again and then returned to reduce them in July": July is the later event's
        after = [p for p in after if not re.search(r"\b(?:then|later|before|only to|after which)\b", s[c.span[1]:p.span[0]],
                                                     re.I)]
    if c.kind == "rank":  # "is again the largest holder, after ceding the position to Japan in October": that event's
        after = [p for p in after if not _LATER_PARTICIPLE.search(s[c.span[1]:p.span[0]])]
    # Japanese puts a time before what it modifies: "今年2月に一時的にトップに返り咲いた日本は3月以降は2位に" (February's)
    ja_before = c.kind == "rank" and before and KANA.search(s[before[-1].span[1]:pos])
    if after and not ja_before and (not before or after[0].span[0] - c.span[1] <= pos - before[-1].span[1] + 40):
        c.period = after[0]
    elif before:
        c.period = before[-1]
    if c.period is None and s and _CONTRAST_BEFORE.search(s[max(0, cs - 12):cs]):
        c.period = _contrasted_period(periods, cs, s)
    if c.period is not None:
        c.period_how = "stated"

#: a figure set after "compared with" / "versus" / "from" (a list of them may follow: "compared with $X a year earlier
#: and $Y a month earlier"), and a figure right before a relative period: that period is the compared figure's
_COMPARED_OPEN = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against|from)\s+(?:about\s+|around\s+|some\s+|"
                            r"roughly\s+|nearly\s+)?(?:US)?[$¥]\s?\d", re.I)


_COMPARED_RIGHT_AFTER = re.compile(r"\s*,?\s*(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:about\s+|around\s+|some\s+|"
                                   r"roughly\s+|nearly\s+)?", re.I)


def _compared_figure(between: str) -> bool:
    return bool(_COMPARED_OPEN.search(between) and FIGURE_END.search(between))


_JA_WAS = re.compile(r"(?:の?水準)?(?:だった|であった)|を(?:記録|更新)した|を(?:付|つ)けた")


def ja_was_period(s: str, span: tuple[int, int], periods: list[Period]) -> Period | None:
    """The period a Japanese qualifier is said of right after it: "過去最高だった前月末" (the month before was the
    record), None when none follows that way."""
    return next((p for p in periods if p.span[0] >= span[1] and _JA_WAS.fullmatch(s, span[1], p.span[0])), None)


def _ja_modifies_subject(c: Claim, s: str, p: Period) -> bool:
    """Whether period ``p`` lies in a Japanese clause that modifies the figure's subject: "[9月15日に円売り介入を行い
    取得したドルで米国債を購入したとみられる]日本が8823億ドルで2位" (a verb's attributive form, た or る, right
    before the holder, and no comma between): the date of what the holder did, not the figure's. Not when that
    clause is the holder's own move in its holdings, one verb ("3月に米国債を売却した中国は6523億ドル",
    "1月に保有額を増やした日本は"): the month of that move is the figure's (it fell back to the latest month: a true
    level contradicted)."""
    sub = c.subject
    if sub is None or not s or not p.span[1] <= sub.span[0] <= c.span[0]:
        return False
    between = s[p.span[1]:sub.span[0]]
    return bool(KANA.search(between)) and not re.search(r"[、。,]", between) and \
        bool(re.search(r"(?:た|る|いる|られる|みられる)$", between)) and not _JA_OWN_MOVE.fullmatch(between)


#: a holder's own move in its holdings, told in one verb: "に米国債を売却した", "に保有額を410億ドル減らした"
_JA_OWN_MOVE = re.compile(r"\s*(?:に|には)?(?:米国債|保有額|保有高|保有残高|残高|保有)(?:を|が)?[^、。をがでて]{0,10}?"
                          r"(?:増や|減ら|積み増|買い増|売却|購入|売り越|買い越|圧縮|削減|縮小|拡大)し?た")


#: a Japanese clause told in the past that modifies the topic after it: "[前年同期に421億円の黒字だった]サービス収支は",
#: "[2017年度に2桁増だった]輸出は" (a period at its start, no comma or full stop in it; the topic a noun of a few
#: characters before は / が)
_JA_WAS_TOPIC = re.compile(r"[^、。,]*?(?:だった|であった)[^、。,\d]{1,12}?[はが]")


def ja_was_clause(s: str, p: Period, pos: int) -> bool:
    """Whether period ``p`` starts a Japanese past clause that modifies the topic of a figure at ``pos`` after it
    ("前年同期に421億円の黒字だったサービス収支は525億円の赤字に転化": 525億円 is not the year before's): that clause's
    period, not the figure's."""
    if not s or p.span[1] > pos:
        return False
    m = _JA_WAS_TOPIC.match(s, p.span[1])
    return m is not None and m.end() <= pos


def _unclosed(between: str) -> bool:
    """Whether a parenthesis opened in ``between`` is still open at its end."""
    return between.rfind("(") > between.rfind(")")


def drop_start_periods(claims: list[Claim]) -> None:
    """A starting level's own period ("from $784.3 billion in February") is no period of a qualifier, rank or
    direction of its sentence: "China has cut its holdings for three months in a row, from $784.3 billion in
    February" is a run to the latest month, not to February."""
    starts = [f for f in claims if f.kind == "amount" and f.role == "from" and f.period is not None]
    for c in claims:
        own = [f for f in starts if f.period is c.period]
        # not "down from a peak of $699 billion in August 2004": the qualifier names the starting level itself
        if c.kind in ("qualifier", "direction", "rank") and c.host is None and own and \
                not any(0 <= f.span[0] - c.span[1] <= 4 for f in own):
            c.period, c.period_how = None, "none"


#: the month before, told relative: "前月", "先月", "the previous month", "a month earlier"
_PREV_MONTH = re.compile(r"前月|先月|\b(?:previous|prior|preceding) month\b|\ba month (?:earlier|before|ago)\b", re.I)


def base_period_kept(figs: list[Claim]) -> None:
    """"increased to $8.5 trillion, up from $8.3 trillion in July and by nearly 12 percent from a year ago": a starting
    level's own period ("in July") is its alone; a change or percent after it in the sentence that took it is the move
    to the level the start is paired with (its period; from a year before when its own words say so)."""
    for c in figs:
        if c.role != "from" or c.period is None or c.period_how != "stated":
            continue
        if c.pair is None:  # "a decline from the peak of $1.32 trillion in November 2013, a reduction of 41%"
            _start_is_base(c, figs)
            continue
        for o in figs:
            if o is not c and o.sentence is c.sentence and o.role in ("change", "pct") and o.period is c.period and \
                    o.span[0] > c.span[1]:
                b, old = o.base_period, o.period
                k = (old.end.year - b.end.year) * 12 + old.end.month - b.end.month if b is not None and b.relative \
                    and b.kind == old.kind == "month" else 0
                if k in (1, 12):  # "from a year ago" (a month ago) counted from the start's month: from the level's
                    o.base_period = None
                    o.notes += [YEAR_FRAME] if k == 12 else []
                o.period, o.period_how = c.pair.period, c.pair.period_how


def _start_is_base(c: Claim, figs: list[Claim]) -> None:
    """A starting level paired with no level in its sentence (the level reached was told before: "This represents a
    decline from the peak of $1.32 trillion in November 2013, a reduction of roughly 41% over 11 years"): its own
    period is the base of a change or percent after it that took that period, which ends at the story's time."""
    for o in figs:
        if o is not c and o.sentence is c.sentence and o.role in ("change", "pct") and o.period is c.period and \
                o.span[0] > c.span[1] and o.base_period is None:
            o.base_period, o.period, o.period_how = c.period, None, "none"


def _before_the_level(own: list[Period], periods: list[Period]) -> bool:
    """"日本は1兆0780億ドルで、前月の1兆1200億ドルから減少": a base's own month told as the month before, with no month
    named before it in the sentence, is the month before the level the base is paired with (the judge's reading of
    a starting level with no period), not the month before one an earlier sentence named."""
    return bool(own) and own[0].relative and own[0].kind == "month" and bool(_PREV_MONTH.search(own[0].label)) and \
        not any(not p.relative and not p.is_latest and p.span[1] <= own[0].span[0] for p in periods)


def _percent_starts(c: Claim, figs: list[Claim]) -> list[Claim]:
    """The starting levels a percent change runs from: after it ("a 47 percent decline from the $1.32 trillion peak"),
    else a dated one right before it in Japanese ("…の1兆3300億ドルから約10%減少")."""
    return [o for o in figs if o.role == "from" and o.span[0] > c.span[0] and o.amount.kind == "money"] or \
        [o for o in figs if o.role == "from" and o.amount.kind == "money" and o.period is not None and
         re.fullmatch(r"\s*から\s*", c.sentence.text[o.span[1]:c.span[0]])]


def _start_own_periods(c: Claim, periods: list[Period], st: str) -> list[Period]:
    """A starting level's own period: one named right after it ("from $768.6 billion in November"; not past the
    figure it goes to: "from $749bn to $779bn during the same period", nor into a Japanese clause with a figure of its
    own: "11月の8772億ドルから、12月には8836億ドル"), else one named right before it in Japanese ("10月の1兆1890億ドルから"),
    else a record's date ("2021年11月に記録した過去最大の1兆3300億ドル")."""
    # ("from 1.19 trillion yen net purchase the prior week": a few words of what it was may stand between, and
    # "as of": "from $120 billion as of the end of June to $118 billion")
    # (its conversion in brackets may stand between: "from 152.5 billion yen (1.41 billion U.S. dollars) booked a year
    # earlier")
    own = [p for p in periods if 0 <= p.span[0] - c.span[1] <= 60 and p.role != "from"
           and len(between := _BRACKETS.sub("", st[c.span[1]:p.span[0]])) <= 30
           and not re.search(r"\d|[,;]|\b(?:to|and|while|but|as(?!\s+of\b))\b", between)
           and not later_clause_figure(st, p, c.span[1])] or \
        [p for p in periods if p.span[1] <= c.span[0] and re.fullmatch(r"\s*(?:末|時点|末時点)?(?:まで)?(?:[(（][^()（）]{0,12}[)）])?\s*(?:の\s*)?(?:修正後|改定後|改訂後|修正値|改定値|確報値|速報値)?"
                                                   r"\s*の\s*", st[p.span[1]:c.span[0]])]
    # "前月の1兆1070億ドルから", "10月の1兆1890億ドルから", "前月(調整済み)の…", "2月末(時点)の…", "6月末までの…",
    # "前月修正後の…" (its revised figure): Japanese names the month before the figure
    # ("down from February's record of $9.487 trillion": the month's possessive names the starting level's)
    own = own or [p for p in periods if p.span[1] <= c.span[0] and _POSSESSIVE_OWN.fullmatch(st[p.span[1]:c.span[0]])]
    return own or [p for p in periods if (r := recorded_span(st, p)) is not None and r[0] <= c.span[0] < r[1]]


_BRACKETS = re.compile(r"^\s*[(（][^()（）]{0,40}[)）]")
_FROM_TO = re.compile(r"[^\d,;]{0,40}?\bto\s+(?:about\s+|around\s+|roughly\s+|a record\s+)?", re.I)


def pair_figures(figs: list[Claim], periods: list[Period]) -> None:
    """'to $X from $Y' and 'from $Y to $X' pair a level with its starting level; 'rose $20bn to $800bn'
    and 'to $800bn, a drop of $20bn' pair a change with the level it reached."""
    for c in figs:
        if c.role != "from":
            continue
        st = c.sentence.text
        own = _start_own_periods(c, periods, st)
        to_level = _before_the_level(own, periods)  # "前月の1兆1200億ドルから": the month before the level's
        stated, own = own, ([] if to_level else own)
        c.period, c.period_how = (own[0], "stated") if own else (since_start(periods), "stated")
        if c.period is not None and c.period.kind == "since":  # "surged from $166.8 billion since August"
            c.period = since_start([c.period])
        if c.period is None:
            c.period_how = "none"
        twin = [o for o in figs if o.role == "from" and o.span[1] <= c.span[0] and o.period is not None
                and o.amount.kind == c.amount.kind and re.search(r",?\s+(?:while|whereas|and)\s", st[o.span[1]:c.span[0]])]
        if not own and twin:  # "rose to 2.89% from 1.51% at the end of 2021, while ... jumped to 3.13% from 0.73%"
            c.period, c.period_how = twin[-1].period, "stated"
        rel = _JA_REL_BEFORE.search(st[max(0, c.span[0] - 8):c.span[0]])
        if not own and rel and not to_level:  # "前年同期の7兆2520億ドルから": relative to one the story has not resolved
            c.undated = rel.group(1)
        # (a figure right before "compared with" is the level compared: "China's $651.1 billion compared with $743.6
        # billion", whatever verb it lacks)
        levels = [o for o in figs if o is not c and (o.role == "level" or (o.role == "" and o.span[1] <= c.span[0] and
                  _COMPARED_RIGHT_AFTER.fullmatch(st[o.span[1]:c.span[0]]))) and o.amount.kind == c.amount.kind
                  and o.amount.currency == c.amount.currency and not o.amount.parenthetical]
        if not levels:  # a change with no level to reach: see the start-of-change rule in the loop below
            continue
        cs, ce = clause_bounds(c.sentence.text, c.span[0])  # "A's fell from $X to $Y, while B's grew from $Z to $W"
        # ("from ¥1.4 trillion a year earlier to ¥129.8 billion": the level its "to" names comes first)
        lvl = min(levels, key=lambda o: (not _FROM_TO.fullmatch(st[c.span[1]:o.span[0]]), not cs <= o.span[0] < ce,
                                         o.span[0] > c.span[0], abs(o.span[0] - c.span[0])))
        lvl.role = "level"
        c.pair, lvl.pair = lvl, c
        if stated and lvl.period is stated[0]:  # "down from $1,272.9 billion a year earlier": that period is the from's
            other = [p for p in periods if p is not stated[0] and p.role != "from" and not p.relative]
            lvl.period, lvl.period_how = (other[-1], "stated") if other else (None, "none")
            for o in figs:  # "1月の1兆2014億ドルから91億ドル増の1兆2105億ドル": the change ends where the level is
                if o.role == "change" and o.period is stated[0] and c.span[1] <= o.span[0] < lvl.span[0]:
                    o.period, o.period_how = lvl.period, lvl.period_how
        if c.subject is None or c.subject_how != "stated" or c.subject.span[0] > lvl.span[0]:
            c.subject, c.subject_how = lvl.subject, lvl.subject_how
        c.instrument = c.instrument or lvl.instrument
        c.direction, c.direction_word = lvl.direction, lvl.direction_word
    for c in figs:
        if LESS_THAN_NAMED in c.notes:
            _less_than_named(c, periods)
            continue
        if c.amount.kind == "percent" and c.role in ("change", "pct"):
            frm = _percent_starts(c, figs)
            if frm:  # "a 47 percent decline from the $1.32 trillion peak in November 2013"
                c.pair, c.base_period = frm[0], frm[0].period
                if frm[0].pair is None:
                    frm[0].pair = c  # the starting level is a period before the percent change ends
                if c.period is frm[0].period:
                    own = [p for p in periods if p.span[1] <= c.span[0] and p.role != "from" and p is not frm[0].period]
                    c.period, c.period_how = (own[-1], "stated") if own else (None, "none")
        if c.role != "change" or c.amount.kind != "money":
            continue
        if _change_before_its_span(c, figs):
            continue
        frm = [o for o in figs if o.role == "from" and o.period is not None and o.period is c.period and o.pair is None
               and o.amount.currency == c.amount.currency]
        if frm:  # the one rule for a change after a starting level with no level of its own to reach (unpaired):
            # "an increase from $1.079 trillion in January 2025, a rise of $110 billion over nine months": January is
            # where the change starts; it ends at the period the story is about (the sentence before, or the latest),
            # or at the one the sentence opens with: "In September and October 2022, Japan's holdings declined $131.6
            # billion from $1.196 trillion in August" (not one in a leading clause: "After rising in March, ...")
            lead = LEADING.match(c.sentence.text)
            opened = [p for p in periods if p.span[1] <= c.span[0] and p.role != "from" and p is not c.period
                      and not p.relative and not p.is_latest and not p.is_search and p.end > c.period.end
                      and not (lead and p.span[0] < lead.end())]
            c.base_period, c.period, c.period_how = c.period, *((opened[-1], "stated") if opened else (None, "none"))
            continue
        st = c.sentence.text
        ja = [o for o in figs if o.role == "from" and o.period is not None and o.period is c.period and o.pair is not None
              and o.pair.period is not o.period and (re.fullmatch(r"\s*から\s*", st[o.span[1]:c.span[0]]) or (
                  o.span[1] <= o.period.span[0] < c.span[0] and not re.search(r"\d", st[o.span[1]:c.span[0]])))]
        # "1兆1525億ドルで、3月の1兆1449億ドルから76億ドルの買い越し", "to $767.4bn in March, from $775bn a month earlier, a
        # fall of $7.6bn" (the period between is the starting level's own): from that month to the level's
        if ja:
            lvl = ja[0].pair
            c.base_period, c.period, c.period_how = ja[0].period, lvl.period, lvl.period_how if lvl.period else "none"
            continue
        lv = [o for o in figs if o.role == "level" and o.amount.currency == c.amount.currency
              and o.amount.kind == "money" and not o.amount.parenthetical]
        if lv:
            lvl = min(lv, key=lambda o: abs(o.span[0] - c.span[0]))
            lvl.change_hint = c


#: between a change and the starting level that follows it: "by $20 billion over the year, from $44.9 billion"
_THEN_FROM = re.compile(r"[^.;\d$¥]{0,40}?,?\s*from\s+(?:about\s+|around\s+)?$", re.I)


def _change_before_its_span(c: Claim, figs: list[Claim]) -> bool:
    """"increased these investments by $20 billion over the year, from $44.9 billion (January 2022) to $64.9 billion
    (January 2023)": a change with no period of its own, told before the two levels it runs between, each with its
    period, runs from the first period to the second (not over the latest month). Sets them; whether it did."""
    st = c.sentence.text
    frm = [o for o in figs if o.role == "from" and o.span[0] > c.span[1] and o.period is not None and o.pair is not None
           and o.pair.period is not None and not o.pair.period.is_latest and o.pair.period is not o.period
           and o.amount.currency == c.amount.currency and _THEN_FROM.fullmatch(st, c.span[1], o.span[0])]
    # (its clause's period, if any, is the starting level's own, which the nearest-period rule gave it too)
    if not frm or frm[0].pair.period.end <= frm[0].period.end or \
            (c.period is not None and not c.period.is_latest and c.period is not frm[0].period):
        return False
    c.base_period, c.period, c.period_how = frm[0].period, frm[0].pair.period, "stated"
    return True


def _less_than_named(c: Claim, periods: list[Period]) -> None:
    """"At its peak in November 2013, it had amassed nearly $1.32 trillion but now holds some $200 billion less": from
    the last period the sentence names before the figure (not the figure's own) to the figure's own period, else to
    the latest; with none named before, the base is not said (``base_period`` stays unset and the rule says so)."""
    named = [p for p in periods if p.span[1] <= c.span[0] and not p.is_latest and not p.relative and p is not c.period]
    if not named:
        return
    c.base_period = named[-1]
    if c.period is None or c.period is named[-1] or c.period.span[0] < named[-1].span[1]:
        later = [p for p in periods if p.span[0] >= named[-1].span[1] and p.span[1] <= c.span[0] and p is not named[-1]]
        c.period, c.period_how = (later[-1], "stated") if later else (None, "none")

