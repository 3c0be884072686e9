"""Clauses of a sentence: where a figure's clause begins and ends, a leading subordinate clause ("After
slightly reducing US debt in April, ..."), relative clauses and appositions ("Japan, which overtook China in
2019, ..."), and whether a clause has a figure of its own. ``extract`` and ``attach`` read what belongs to a
figure from its own clause.

Nothing here reads data.
"""

from __future__ import annotations

import re

from ustflow.check.periods import Period
from ustflow.check.text import MONTH_RE, spans

_CLAUSE_BREAK = re.compile(r"、|(?<=円|ル)・(?=\d)|;|,\s+(?:while|whereas|but|and|although|though|after|before|compared (?:with|to)|versus|even as|"
                           r"even though|"
                           r"which|as(?!\s+of\b)|with|up from|down from|of which|of whom|out of which|of this|of that)\s|\s+while\s|\s+whereas\s|\s+but\s|\s+[-–—]\s|"
                           r",\s+(?:according to|data showed|the data showed|figures showed)\b|"
                           r",\s+(?:surpassing|exceeding|topping|eclipsing|overtaking|beating)\s")

#: (not "Since the end of last year, ...", "Since December, ...", "Since last August, ...", "Since August last year,
#: ...", "As recently as August, ...": a period that governs the main clause, no clause)
LEADING = re.compile(r"^\s*(?:After|Following|Before|Despite|While|Although|Though|When|Having|"
                     rf"As(?! of\b| at\b|\s+(?:recently|late|early|far back)\s+as\s+(?:last\s+)?{MONTH_RE}\b)|"
                     r"Since(?!\s+(?:(?:the\s+)?(?:end|start|beginning|close|middle)\s+of\s+)?(?:(?:last|this|the previous|"
                     rf"the prior)\s+(?:year|month|quarter)|(?:last\s+)?{MONTH_RE}(?:\s+(?:19|20)\d\d|\s+(?:of\s+)?(?:last|the "
                     rf"previous|the prior)\s+year)?|(?:19|20)\d\d),))\b"
                     r"[^,]{3,80},")

#: ", and Hong Kong ($17 billion)": the last item of a list of holders with their figures in brackets
_LIST_AND = re.compile(r",\s+and\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*\(")


def clause_bounds(s: str, pos: int) -> tuple[int, int]:
    start, end = 0, len(s)
    lead = LEADING.match(s)  # "After slightly reducing US debt in April, China added ...": two clauses
    if lead:
        if pos < lead.end():
            return 0, lead.end() - 1
        start = lead.end()
    for a, b in spans(_CLAUSE_BREAK, s):
        if _LIST_AND.match(s, a) and s[:a].rstrip().endswith(")"):
            continue  # "including Canada ($55 billion), ... and Hong Kong ($17 billion)": a list's last item, no clause
        if b <= pos and b > start:
            start = b
        elif a >= pos:
            end = a
            break
    return start, end

#: a relative clause or apposition set off by commas: "Japan, which overtook China in 2019, ...",
#: "China, whose holdings peaked in 2013, ..."
_RELATIVE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;()]*(?:,|;|$)|"
                       # "Belgium, often seen as a custodian for Chinese holdings, held ...": an aside about the holder
                       # (or between dashes: "with Belgium—often considered a proxy for Chinese custodial accounts—adding")
                       r",\s*(?:(?:often|widely|long|once|also|sometimes|generally|commonly)\s+)?"
                       r"(?:seen|regarded|considered|viewed|known|described|used|thought of|believed)\s+(?:as|to be|an?)\b"
                       r"[^,;()]*,|"
                       r"\s*[—–]\s*(?:(?:often|widely|long|once|also|sometimes|generally|commonly)\s+)?"
                       r"(?:seen|regarded|considered|viewed|known|described|used|thought of|believed)\s+(?:as|to be|an?)\b"
                       r"[^—–;()]*[—–]|"
                       # "China is the number one holder, a position it gave up for eight months from October 2016":
                       # the place restated with a clause of its own (its period is that clause's)
                       r",\s*(?:a|the)\s+(?:position|spot|place|title|crown|mantle|status|distinction|role)\s+"
                       r"(?:(?:that|which)\s+)?(?:it|they|he|she)\s+(?!is\b|was\b|holds\b|held\b|has\s+held\b|kept\b|keeps\b)"
                       r"[^,;()]*(?:,|;|$)", re.I)


def other_relative(s: str, inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    """Whether ``inner`` lies in a relative clause that ``outer`` is not in: what that clause says (its period,
    its qualifier) is about itself, not the main clause's figures."""
    for a, b in spans(_RELATIVE, s):
        if a <= inner[0] < b and not a <= outer[0] < b:
            return True
    return False


#: a sentence-final comment on the clause before it: ", which is the fourth consecutive rise", ", which marked the
#: largest drop since 2015" (no figure of its own: what it says is of the figure before)
_COMMENT = re.compile(r",\s*which\s+(?:is|was|are|were|marks|marked|represents|represented|would be)\s+(?:also\s+)?"
                      r"[^,;()$¥€%\d]*$", re.I)


def comment_on_before(s: str, span: tuple[int, int]) -> bool:
    """Whether ``span`` lies in a sentence-final ", which is ..." clause with no figure: a comment on the figure
    before it, not a relative clause of its own (``other_relative``)."""
    m = _COMMENT.search(s)
    return bool(m) and m.start() <= span[0]


def in_relative_clause(s: str, span: tuple[int, int]) -> bool:
    """Whether ``span`` lies in a relative clause or apposition of ``s`` (``_RELATIVE``)."""
    return any(a <= span[0] < b for a, b in spans(_RELATIVE, s))


def clause_has_figure(s: str, pos: int) -> bool:
    if not s:
        return False
    a, b = clause_bounds(s, pos)
    return bool(re.search(r"[$¥€]\s?\d|\d\s?(?:%|percent|per cent|yen|trillion|billion)", s[a:b], re.I))


def later_clause_figure(s: str, p: Period, pos: int) -> bool:
    """"対外株式投資は5992億円の売り越しで、4月は2786億円の買い越し": a Japanese period after the figure, in a
    clause with a figure of its own, is that figure's (one before it, "12月は米債をX、仏債をY", governs the list)."""
    if p.span[0] < pos:
        return False
    a, b = clause_bounds(s, p.span[0])
    return bool(re.search(r"\d\s?(?:兆|億|万)?(?:円|ドル)", s[a:b]))


def relative_head(s: str, span: tuple[int, int], holders: list):
    """The holder a relative clause holding ``span`` is said of: the one named right before its comma ("India has the
    third largest exposure after China and Brazil, whose holdings stood at $269.7 billion": Brazil), or right before
    a "whose" with no comma ("India is just behind Saudi Arabia whose exposure stood at $142.5 billion": Saudi
    Arabia), else None."""
    for a, b in spans(_RELATIVE, s):
        if a <= span[0] < b and re.match(r",\s*(?:whose|which|who)\b", s[a:]):
            head = [m for m in holders if m.span[1] <= a and not s[m.span[1]:a].strip()]
            return head[-1] if head else None
    for w in re.finditer(r"\bwhose\b[^,;()]*", s):  # no comma: "just behind Saudi Arabia whose exposure stood at $X"
        if w.start() <= span[0] < w.end():
            head = [m for m in holders if m.span[1] <= w.start() and not s[m.span[1]:w.start()].strip()]
            return head[-1] if head else None
    return None


#: a figure at the end of a text: "... compared to $1.299 trillion"
FIGURE_END = re.compile(r"(?:US)?[$¥]\s?\d[\d.,]*\s*(?:trillion|billion|million|tn|bn|mn)?(?:\s+yen)?\s*$", re.I)

#: "bought ¥12.0 trillion in 2025 ..., more than the ¥4.2 trillion in 2024": a period right after a figure set after a
#: comparative is the compared figure's own (the main figure keeps the sentence's period before it: "In 2025, ...";
#: "Turkey in June reduced its investments ... to $28.8 billion against $32.6 billion in May": June's)
THAN_OPEN = re.compile(r"\b(?:(?:more|less|higher|lower|greater|larger|bigger|smaller)\s+than|compared\s+(?:with|to)|"
                       r"versus|vs\.?|against|"
                       # "the services balance swung from a surplus of ¥152.5 billion a year before to a deficit of ¥92.5
                       # billion": the side it swung from, with its own time
                       r"(?:swung|swinging|swings|turned|turning|switched|switching)\s+from\s+(?:an?\s+)?(?:surplus|deficit)"
                       r"\s+of)\s+(?:the\s+)?(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?(?:US)?[$¥]\s?\d",
                       re.I)


#: a participle opening a clause of its own after a comma: ", returning to the decline", ", marking the first"
_PARTICIPLE = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\b(?!\s+(?:to|at|of)\s+(?:US)?[$¥]?\s?\d)")


def participle_between(between: str) -> bool:
    """Whether ``between`` (from a figure to a period after it) opens a participle's clause after a comma: "fell by
    $10.6 billion from the previous month, returning to the decline since the beginning of the year" (the period is
    that clause's, not the figure's); not one that leads to a figure of its own ("sold $8 billion, reducing its holdings
    to $835.4 billion as of January 2024": the move and the level it led to share the period)."""
    m = _PARTICIPLE.search(between)
    return m is not None and not re.search(r"\d", between[m.end():])


def than_figure(between: str) -> bool:
    """Whether ``between`` ends on a figure set after a comparative ("..., more than the ¥4.2 trillion")."""
    return bool(THAN_OPEN.search(between) and FIGURE_END.search(between))


def compared_figure_period(s: str, p: Period) -> bool:
    """Whether period ``p`` of sentence ``s`` is told right after a figure set after a comparative ("compared to $1.299
    trillion in September"): that figure's own, not the period of a figure told after it ("..., followed by China with
    $1.065 trillion": the story's month)."""
    return than_figure(s[max(0, p.span[0] - 80):p.span[0]])


#: a Japanese clause joined by "が、" ("…はなかったが、", "…増えたが、"): what follows is another clause
_JA_BUT_AFTER = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]が[、,]")


def ja_next_clause(s: str, a: int, b: int) -> bool:
    """Whether a Japanese "が、" lies between ``a`` and ``b``: a time after it is the next clause's ("トップの中国、2位の
    日本には大きな変化はなかったが、昨年9月あたりから…": not the places' September)."""
    return bool(_JA_BUT_AFTER.search(s, a, b))
