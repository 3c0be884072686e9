"""An intervention total that runs past the period next to it: the running total of a campaign, as reporters add the
latest operations to the earlier ones:

    2024年は4~5月の介入と合わせて計15兆3233億円が投入されたことになる。
    As a result, the total amount of yen-buying interventions has reached nearly 9.2 trillion yen.

Two readings, both said by the sentence:

- **a part added to**: the period before the figure is followed by "と合わせて", "をあわせた", "に加え" ("4~5月の介入と
  合わせて計…"): that period is one part of the total, not its period. The total is judged on the running totals to
  the publication date (below) that hold the part's operations, and on nothing else;
- **a total with no period**: a figure the sentence calls a total ("総額", "合計", "累計", "計", "the total amount",
  "in all", "so far") with no period of its own may be the latest MoF monthly report's total (the reading of any
  figure with no period) or the running total: both are tried, the report first.

The running totals to a day: the campaign's (the operations in the same direction, none more than ``RUN_GAP_DAYS``
apart, up to that day), the calendar year's and the Japanese fiscal year's so far. A window that begins before the
curated table does (October 2011) is not tried: the table cannot sum it, nor a campaign whose first operation in the
table is within ``RUN_GAP_DAYS`` of the table's start (it may have begun before).
"""

from __future__ import annotations

import re
from datetime import date

#: operations of one campaign are at most this far apart (2024: 1 May and 11 July, 71 days)
RUN_GAP_DAYS = 92
#: "4~5月の介入と合わせて", "4~5月の9・7兆円とあわせた", "9月分に加え": the period before is a part of the total
_PART_AFTER = re.compile(r"(?:の[^、。\d]{0,12}?)?(?:と|を|に)(?:合わせ|あわせ|併せ|加え)")
#: the sentence calls the figure a total
_TOTAL = re.compile(r"総額|合計|累計|(?<![\d兆億万])計(?=\s*(?:約|およそ)?\d)|合わせて|あわせて|"
                    r"\b(?:the total|a total|in total|in all|altogether|all told|cumulative(?:ly)?|so far|to date)\b", re.I)


#: a total of another quantity: "外貨準備の総額" (of reserves), "the total amount of Japan's foreign reserves", not
#: "介入の総額", "介入額の合計", "the total amount of yen-buying interventions"
_OF_OTHER = re.compile(r"(?<!介入)(?<!介入額)(?<!介入金額)の$")
_OF_OTHER_EN = re.compile(r"(?:\s+amount)?\s+of\s+(?=[a-z])(?!(?:about|nearly|some|around|almost|over|roughly|approximately|"
                          r"more|less|just|up|at|close)\b)(?![^,;]{0,50}?\binterven)", re.I)


def _run_start(s, end: date) -> date | None:
    """The first operation of the campaign holding the last operation on or before ``end``; None when there is none,
    or when the campaign may have begun before the table."""
    ops = [(d.date(), float(v)) for d, v in s.items() if float(v) != 0 and d.date() <= end]
    if not ops:
        return None
    k = len(ops) - 1
    while k > 0 and (ops[k][0] - ops[k - 1][0]).days <= RUN_GAP_DAYS and ops[k][1] * ops[k - 1][1] > 0:
        k -= 1
    first = s.index[0].date()
    return None if k == 0 and (ops[0][0] - first).days <= RUN_GAP_DAYS else ops[k][0]


def running_windows(s, end: date) -> list[tuple[date, date]]:
    """The running totals to ``end``: the campaign's, the calendar year's, the fiscal year's (module docstring)."""
    first = s.index[0].date()
    out = []
    start = _run_start(s, end)
    if start is not None:
        out.append((start, end))
    fy = end.year - (end.month < 4)
    for lo in (date(end.year, 1, 1), date(fy, 4, 1)):
        if lo >= first and (lo, end) not in out:
            out.append((lo, end))
    return out


def running_total(c, s, wins: list[tuple[date, date]], note: str, ref: date | None):
    """The windows an intervention figure is judged on when it is a running total (module docstring), the note, and
    which of the windows are running totals; None when it is not one."""
    if ref is None or c.amount is None:
        return None
    text, p = c.sentence.text, c.period
    before = text[:c.span[0]]
    if p is not None and p.windows and not p.is_latest and p.span[1] <= c.span[0] and \
            _PART_AFTER.match(text, p.span[1]) and not re.search(r"[。.;]", text[p.span[1]:c.span[0]]):
        part = [d.date() for lo, hi in p.windows for d in s[(s.index >= str(lo)) & (s.index <= str(hi))].index]
        if not part:
            return None
        runs = [w for w in running_windows(s, ref) if w[0] <= min(part) and max(part) <= w[1]]
        if not runs:
            return None
        return runs, f"'{p.label}' is a part of the total (added to it): the running total to the publication date", runs
    if (p is None or p.is_latest or not p.windows) and any(not _OF_OTHER.search(before, 0, m.start()) and
                                                           not _OF_OTHER_EN.match(before, m.end())
                                                           for m in _TOTAL.finditer(before)):
        runs = [w for w in running_windows(s, ref) if w not in wins]
        return ([*wins, *runs],
                "; ".join(x for x in (note, "a total: also read as the running total to the publication date") if x), runs)
    return None
