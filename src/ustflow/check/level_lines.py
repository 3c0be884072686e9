"""Lists of holdings written one item a line, a label and a dollar figure, as blogs print TIC's numbers:

    Major Foreign Holders of U.S. Public Debt in Billions        the UK owned $511.8 billion ... as of November 2010.
    (1) Japan – $1,276.7                                         Let's look at the trend over the past 12 months:
    (2) China – $1,095.2                                         Nov '09 - $155.5 billion
    (8) Other $3,199.6                                           Dec '09 - $180.3 billion

Three lines at least in a run (blank lines between them allowed), each an optional number in brackets or with a
point, a label, an optional dash or colon, and one figure (most of them with a dollar sign) and nothing after it but
its scale word. The labels are all holders, or all months:

- holders: each figure is the holder's level at the month the line above the run names (else none: the latest
  published on the article's date); a label that is no holder TIC lists is kept and judged unverifiable (as a
  table's row is, ``holder_tables``); when the lines are numbered 1, 2, 3 ... in order, each holder's number is its
  place among foreign holders;
- months ("Nov '09", "March 2010"): each figure is the level at that month of the one holder the nearest prose line
  above the run names (a line naming none, or several, reads no such list).

A figure with no scale word of its own takes the one the line above the run names ("in Billions"); with neither
there is no list. Only in a story that names Treasuries or US debt, and not under a heading of another measure
(reserves, trade: ``holder_tables.other_topic``). Nothing here reads data.
"""

from __future__ import annotations

import re
from datetime import date

from ustflow.check import lexicon as lx
from ustflow.check.claims import Claim, Mention
from ustflow.check.holder_tables import ROW_NOTE, TREASURIES, cell_claim, other_topic, row_holder
from ustflow.check.period_grammar import Resolver
from ustflow.check.periods import Period, month_window
from ustflow.check.text import MONTH_RE, Sentence, month_number

_FIG = r"(?:(?:US)?\$\s?)?(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?P<scale>trillion|billion|bn|tn|B)\b)?"
#: a month label: "Nov '09", "March 2010", "Jan. 2021"
_MONTH = rf"(?P<mon>{MONTH_RE})\s*(?:['’](?P<yy>\d{{2}})|(?P<yyyy>(?:19|20)\d{{2}}))?"
_LINE = re.compile(rf"^\s*(?:[(（](?P<rank>\d{{1,2}})[)）]|(?P<rank2>\d{{1,2}})\s*[.．])?\s*"
                   rf"(?:{_MONTH}|(?P<label>[A-Za-z][A-Za-z .'’&()]{{1,40}}?))\s*[–—:\-]?\s*(?P<fig>{_FIG})\s*$")
_BARE_SCALE = re.compile(r"\bin\s+(?P<s>billions|trillions)\b|[(（]\s*(?:in\s+)?(?P<s2>billions|trillions)\s*[)）]",
                         re.I)
_SCALES = {"trillion": 1e12, "tn": 1e12, "trillions": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "billions": 1e9}
NOTE = "a line of the story's list of holdings, one item a line"
#: a heading naming trades or moves, not holdings ("Biggest buyers of Treasuries in March", "Change in holdings from
#: February", "前月比の増減"), or labels that do ("Japan bought: $9.3 billion"): the lines are purchases or changes,
#: and read as levels they would be wrong
_MOVES = re.compile(rf"\b(?:{lx.BUY_WORDS}|{lx.SELL_WORDS}|changes?|increases?|decreases?|additions?|reductions?)\b|"
                    r"買い越|売り越|増減|増加|減少|前月比", re.I)


def _runs(lines: list[str]) -> list[list[tuple[int, re.Match]]]:
    """Runs of three list lines or more (blank lines skipped)."""
    out, cur = [], []
    for i, ln in enumerate(lines):
        if not ln.strip():
            continue
        m = _LINE.match(ln)
        if m is not None:
            cur.append((i, m))
            continue
        if len(cur) >= 3:
            out.append(cur)
        cur = []
    if len(cur) >= 3:
        out.append(cur)
    return out


def _above(lines: list[str], i: int, k: int = 1) -> list[str]:
    """The ``k`` non-blank lines above line ``i``, nearest first."""
    out = [ln for ln in reversed(lines[:i]) if ln.strip()]
    return out[:k]


def _lists(text: str) -> list[tuple[list[tuple[int, re.Match]], str]]:
    """(the run, its kind: 'holders' or 'months') for each list of ``text`` (module docstring)."""
    if not TREASURIES.search(text):
        return []
    lines = text.splitlines()
    out = []
    for run in _runs(lines):
        head = _above(lines, run[0][0])
        if 2 * sum("$" in m.group("fig") for _, m in run) < len(run):
            continue  # dollar figures, most of them marked so
        if other_topic(head) or _moves(head, run) or \
                not (all(m.group("scale") for _, m in run) or (head and _BARE_SCALE.search(head[0]))):
            continue  # another measure's list, trades or moves, or figures of no scale
        months = [m.group("mon") is not None for _, m in run]
        if all(months):
            out.append((run, "months"))
        elif not any(months) and sum(row_holder(m.group("label")).slug != m.group("label").strip() for _, m in run) >= 3:
            out.append((run, "holders"))
    return out


def _moves(head: list[str], run: list[tuple[int, re.Match]]) -> bool:
    """Whether the line above the run, or a label of its lines, names trades or moves (``_MOVES``)."""
    labels = [m.group("label") for _, m in run if m.group("label")]
    return any(_MOVES.search(t) for t in head[:1] + labels)


def level_line_numbers(text: str) -> set[int]:
    """The indexes of the lines that are such a list's (the prose rules skip them)."""
    return {i for run, _ in _lists(text) for i, _ in run}


def level_line_claims(text: str, ref: date | None, first_index: int) -> list[Claim]:
    """A level claim for each line of each list, and a rank claim for each numbered holder (module docstring)."""
    lines = text.splitlines()
    out: list[Claim] = []
    for run, kind in _lists(text):
        head = _above(lines, run[0][0])
        bare = _BARE_SCALE.search(head[0]) if head else None
        default = _SCALES[(bare.group("s") or bare.group("s2")).lower()] if bare else None
        if kind == "holders":
            periods = [p for p in Resolver(ref).find(head[0]) if not p.is_latest] if head else []
            out += _holder_lines(lines, run, default, periods[-1] if periods else None, first_index + len(out))
        else:
            who = _carried_holder(lines, run[0][0])
            if who is not None:
                out += _month_lines(lines, run, default, who, ref, first_index + len(out))
    return out


def _scale(m: re.Match, default: float | None) -> float:
    return _SCALES[m.group("scale").lower()] if m.group("scale") else default


def _numbered(run: list[tuple[int, re.Match]], default: float | None) -> bool:
    """Whether the lines are numbered 1, 2, 3 ... in order, and their holders' figures fall from one line to the next
    (numbers over figures in another order, "1. United Kingdom $317.1 / 2. Japan $1,078.1", count items, not places)."""
    nums = [m.group("rank") or m.group("rank2") for _, m in run]
    if not all(nums) or [int(n) for n in nums] != list(range(1, len(nums) + 1)):
        return False
    held = [float(m.group("n").replace(",", "")) * _scale(m, default) for _, m in run if _ranked_holder(m)]
    return all(a >= b for a, b in zip(held, held[1:]))


def _ranked_holder(m: re.Match) -> bool:
    """Whether the line's label is a holder TIC ranks (a country, Japan), not "Other" or a total."""
    who = row_holder(m.group("label"))
    return who.kind in ("country", "japan") and who.slug != m.group("label").strip()


def _holder_lines(lines, run, default, period, first) -> list[Claim]:
    out: list[Claim] = []
    ranked = _numbered(run, default)
    for i, m in run:
        who = row_holder(m.group("label"))
        sent = Sentence(lines[i].strip(), 20_000 + i, first + len(out))
        off = len(lines[i]) - len(lines[i].lstrip())
        c = cell_claim(sent, m.start("fig") - off, m.group("fig"), _scale(m, default), who, "level", period)
        c.notes.append(NOTE)
        out.append(c)
        if ranked and _ranked_holder(m):
            g = "rank" if m.group("rank") else "rank2"
            k = m.start(g) - off - (1 if g == "rank" else 0)
            r = Claim(sent, "rank", (k, m.end(g) - off + (1 if g == "rank" else 0)), rank=int(m.group(g)),
                      subject=who, subject_how="stated", period=period,
                      period_how="stated" if period is not None else "none", instrument=("tic", "treasuries"),
                      clause=sent.text)
            r.notes += [ROW_NOTE, NOTE]
            out.append(r)
    return out


def _carried_holder(lines: list[str], i: int) -> Mention | None:
    """The one holder the nearest prose line above line ``i`` (within three) names, else None."""
    from ustflow.check.subjects import find_subjects

    for ln in _above(lines, i, 3):
        found = {m.slug: m for m in find_subjects(ln) if m.kind in ("country", "japan")}
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


def _month_lines(lines, run, default, who: Mention, ref: date | None, first) -> list[Claim]:
    out: list[Claim] = []
    resolver = Resolver(ref)
    for i, m in run:
        mo = month_number(m.group("mon"))
        if m.group("yyyy"):
            y = int(m.group("yyyy"))
        elif m.group("yy"):
            y = 2000 + int(m.group("yy")) if int(m.group("yy")) < 70 else 1900 + int(m.group("yy"))
        else:
            y = resolver.year_for(mo)[0]
        if y is None:
            continue
        win = month_window(y, mo)
        p = Period("month", [win], f"{win[0]:%B %Y}", note="the month of the list line")
        sent = Sentence(lines[i].strip(), 20_000 + i, first + len(out))
        off = len(lines[i]) - len(lines[i].lstrip())
        c = cell_claim(sent, m.start("fig") - off, m.group("fig"), _scale(m, default), who, "level", p)
        c.subject_how = "inherited"
        c.notes.append(NOTE)
        out.append(c)
    return out
