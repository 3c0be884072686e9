"""A total over the periods a sentence has just named: "7月11日が3兆1678億円、7月12日は2兆3670億円で総額は5兆5348億円
だった", "¥1.2 trillion in the first week and ¥0.8 trillion in the second, a total of ¥2 trillion".

The total names no period of its own; the rules would give it the period of the figure before it (the last day
named), and judge a two-day sum against one day. A figure introduced by a word of summing (総額, 合計, 合わせて,
"a total of", "in total", "combined", "altogether") after two or more figures of the same measure, each with its
own stated period of the same grain (days, weeks, months), is the sum over those periods: its period runs from the
first of them to the last.

Also a flow of "bonds" that the next sentence splits into long-term and short-term parts adding up to it: the
total of all debt securities (``debt_totals``).
"""

from __future__ import annotations

import re

from ustflow.check.claims import DEBT_PARTS, Claim
from ustflow.check.periods import Period

#: a summing word just before the figure: "総額は", "合計で", "合わせて", "計9兆円", "a total of", "for a combined"
_BEFORE = re.compile(r"(?:総額|合計|総計|合わせて|あわせて|(?<![統会設集合推時])計)(?:は|で|が)?\s*(?:約|およそ)?\s*$|"
                     r"\b(?:a|the)\s+(?:combined\s+)?total\s+(?:of\s+)?(?:about\s+|around\s+|some\s+)?$|"
                     # "..., bringing the total to ¥9.8 trillion": the days just named, unless a period of its own
                     r"\b(?:the|their|its)\s+(?:combined\s+)?total\s+(?:to|at)\s+(?:about\s+|around\s+|some\s+)?$|"
                     r"\b(?:totall?(?:ing|ed)|combined|altogether|in all)\s+(?:about\s+|around\s+|some\s+)?$", re.I)
#: a summing word just after it: "¥2 trillion in total", "¥2 trillion altogether", "2兆円の総額"
_AFTER = re.compile(r"\s*(?:in total|altogether|in all|combined)\b", re.I)
_PLURAL = {"day": "days", "week": "weeks", "month": "months", "days": "days"}
#: the total's sentence names a span of the periods before it: "2カ月間で", "over the two months", "in both periods"
_SPAN_WORDS = re.compile(r"(?:[2-9２-９二三]|両)\s*(?:(?:カ|ヶ|か|ケ)?月|日)間|この間|その間|\bover the (?:two|three|four) "
                         r"(?:months|periods|weeks)\b|\bin both (?:months|periods|weeks)\b|\bover (?:both|those) "
                         r"(?:months|periods|weeks)\b", re.I)
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec")
#: a day or month coordinated before the figure's own: "4月29日と5月1日に計9兆7885億円", "in January and February",
#: "on April 29 and May 1"
_JA_DAY_AND = re.compile(r"(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?\s*(?:と|及び|および|、)\s*$")
_EN_DAY_AND = re.compile(rf"\b(?P<mon>{_MONTHS})\.?(?:\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?)?\s*(?:,\s*|\s+)(?:and|&)\s+(?:on\s+|in\s+)?$",
                         re.I)
#: an earlier item of a list of them: "on April 30, May 4 and May 6" (the item before "May 4 and")
_EN_DAY_COMMA = re.compile(rf"\b(?P<mon>{_MONTHS})\.?(?:\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?)?\s*,\s*$", re.I)


def _summing(c: Claim) -> bool:
    s, (a, b) = c.sentence.text, c.span
    return bool(_BEFORE.search(s[max(0, a - 30):a]) or _AFTER.match(s, b))


def totals_of_named_periods(claims: list[Claim]) -> None:
    """Give a total its span of the periods named before it in the sentence (module docstring)."""
    for c in claims:
        if c.kind != "amount" or c.amount is None or not c.measure or not _summing(c):
            continue
        parts = [o for o in claims if o is not c and o.kind == "amount" and o.sentence is c.sentence
                 and o.span[1] <= c.span[0] and o.measure == c.measure and o.period is not None
                 and o.period_how == "stated" and o.period.kind in _PLURAL and o.role != "from"]
        if not parts and _SPAN_WORDS.search(c.sentence.text) and \
                (c.period_how in ("none", "context") or (c.period is not None and _SPAN_WORDS.search(c.period.label))):
            # "8月30日から9月28日は2兆8382億円、9月29日から10月27日は6兆3499億円だった。…2カ月間で合計9兆1881億円": the
            # periods of the sentence just before, when the total's own names a span of them and no period
            parts = [o for o in claims if o.kind == "amount" and o.measure == c.measure and o.period is not None
                     and o.period_how == "stated" and o.period.kind in _PLURAL and o.role != "from"
                     and o.sentence.index == c.sentence.index - 1 and o.sentence.paragraph == c.sentence.paragraph]
        kinds = {o.period.kind for o in parts}
        wins = sorted({(o.period.start, o.period.end) for o in parts})
        across = bool(parts) and parts[0].sentence is not c.sentence  # its own period is the span of them
        if len(wins) < 2 or len(kinds) != 1 or (c.period is not None and c.period_how == "stated" and not across
                                                  and all(c.period is not o.period for o in parts)):
            continue  # a period of its own ("7月に合計5兆円"), not one carried from the last part
        kind = kinds.pop()
        first, last = wins[0], wins[-1]
        label = " to ".join(re.sub(r"(?i)^(?:on|in|for|during)\s+", "", o.period.label) for o in (parts[0], parts[-1]))
        c.period = Period(_PLURAL[kind], [(first[0], last[1])], label,
                          note=f"a total of the {len(wins)} {_PLURAL[kind]} named before it ({label})")
        c.period_how = "stated"


def coordinated_periods(claims: list[Claim]) -> None:
    """A flow or intervention figure whose stated day (month) is the last of two coordinated ones ("4月29日と5月1日に計9兆
    7885億円の介入", "sold ¥1.5 trillion in January and February"), or of a list of them ("4月30日と5月4日、5月6日の3回",
    "on April 30, May 4 and May 6"), is the sum over them: its period runs from the first (it took the last alone, or the
    last two: a three-day total judged on two days)."""
    from datetime import date

    from ustflow.check.periods import month_window

    for c in claims:
        p = c.period
        if c.kind != "amount" or c.measure not in ("flow", "intervention") or p is None or c.period_how != "stated" \
                or p.kind not in ("day", "month") or p.span[1] == 0 or re.search(r"respectively|それぞれ", c.sentence.text):
            continue
        label = re.sub(r"(?i)^(?:on|in)\s+", "", p.label)
        first, m, pos, after = p.start, None, p.span[0], p.start
        while True:  # back through a list of them: "4月30日と5月4日、5月6日", "on April 30, May 4 and May 6"
            before = c.sentence.text[max(0, pos - 30):pos]
            k = _JA_DAY_AND.search(before) or _EN_DAY_AND.search(before) or \
                (_EN_DAY_COMMA.search(before) if m is not None else None)
            if k is None or bool(k.group("d")) != (p.kind == "day"):
                break
            mon = int(k.group("m")) if "m" in k.re.groupindex and k.group("m") else _month_number(k.group("mon"))
            year = after.year - (1 if mon > after.month else 0)
            try:
                day = date(year, mon, int(k.group("d"))) if p.kind == "day" else month_window(year, mon)[0]
            except ValueError:
                break
            if day >= after:
                break
            first, m, after, pos = day, k, day, max(0, pos - 30) + k.start()
        if m is None:
            continue
        head = c.sentence.text[pos:p.span[0]]
        sep = "" if m.re is _JA_DAY_AND else " "
        c.period = Period(_PLURAL[p.kind], [(first, p.end)], f"{head.strip()}{sep}{label}",
                          note=f"the {_PLURAL[p.kind]} coordinated before the figure, summed")


def _month_number(word: str) -> int:
    names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    return names.index(word.lower()[:3]) + 1


#: a figure in a relative clause on the month a Japanese "since" counts from: "1兆5263億円を売り越した2011年8月以来"
_JA_REL_CLAUSE = re.compile(r"(?:を|の)?(?:売り越し|買い越し|売却し|購入し|取得し|処分し|記録し|計上し)?(?:た|ていた|だった|となった)")


def since_month_figure(q, s: str, span: tuple[int, int], figures: list[Claim]) -> list[Claim]:
    """The figure of the month a Japanese "since" counts from, said in a relative clause on that month ("売り越し額は
    1兆5263億円を売り越した2011年8月以来の大きさ"): that month is its period (it took the story's), and it is the
    reference, not what the qualifier is about."""
    from ustflow.check.periods import month_window

    if q.since is None or q.since_grain != "month":
        return []
    out = [f for f in figures if f.span[1] <= span[0] and _JA_REL_CLAUSE.fullmatch(s[f.span[1]:span[0]])]
    for f in out:
        label = re.match(r"[^以]+", q.phrase).group(0) if q.phrase else f"{q.since:%Y-%m}"
        f.period = Period("month", [month_window(q.since.year, q.since.month)], label,
                          note="the month the look-back counts from")
        f.period_how = "stated"
    return out


def debt_totals(claims: list[Claim]) -> None:
    """"They sold a net ¥332.6 billion of overseas bonds. They disposed of ¥228.8 billion of long-term and ¥103.8
    billion of short-term foreign debt securities": a flow of "bonds" that the next sentence of its paragraph splits
    into a long-term and a short-term part adding up to it is all debt securities (``DEBT_PARTS``), not long-term
    debt alone."""
    flows = [c for c in claims if c.kind == "amount" and c.measure == "flow" and c.amount is not None
             and c.amount.kind == "money" and c.instrument is not None and not c.amount.parenthetical]
    for c in flows:
        if c.instrument[1] != "lt_debt" or re.search(r"long", c.instrument_text or "", re.I):
            continue
        later = [o for o in flows if o.sentence.paragraph == c.sentence.paragraph and o.amount.currency == c.amount.currency
                 and 0 < o.sentence.index - c.sentence.index <= 1 and o.instrument[0] == c.instrument[0]]
        lt = [o for o in later if o.instrument[1] == "lt_debt"]
        st = [o for o in later if o.instrument[1] == "st_debt"]
        if not lt or not st:
            continue
        total, parts = abs(c.amount.value), abs(lt[0].amount.value) + abs(st[0].amount.value)
        if abs(total - parts) <= max(0.001 * total, 2 * c.amount.precision):  # the parts add up, to rounding
            c.notes.append(DEBT_PARTS)
