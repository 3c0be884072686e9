"""Holders listed in order of their holdings: each one's place is a rank claim of its own.

- "the top five holders were Japan, China, the U.K., Brazil and Ireland", "米国債保有国・地域トップ5は日本、中国、英国、
  ブラジル、アイルランドだ", "トップ5は、上から順に日本、中国、…となっている": the list's n-th holder is in place n (a list
  longer than the number said is no such list; the top n as a group is a claim of its own, ``holders.top_group``);
- "Japan remained the largest holder, followed by China and the U.K.": after a holder whose place the sentence says,
  the holders that follow take the next places (with no place said before, "followed by" orders nothing that can be
  checked: the leader may not be first);
- "Brazil is in fifth place, behind Japan, China, the U.K. and Ireland": as many holders named behind a place as the
  places before it are those places, in the order named;
- "Countries placed 11th to 15th included Switzerland ($302.1 billion), Singapore (...), ...": a range of places,
  filled in order by as many holders; "Canada and Belgium rounded out the top five": the last places of the top n;
- "第1位は中国、2位は日本だった。以下、アイルランド、ケイマン諸島、ブラジルの順": the places after the last one named (in the
  sentence or the one before), in the order listed;
- "other countries in the top ten are Ireland (3), Cayman Islands (4), Brazil (5), ...": each holder's place in brackets
  after its name, when three or more holders listed one after another carry places that follow one another.

A holder in another place than listed but within the places the list covers is unverifiable (``holders.holder_rank``):
a writer may list the largest holders in another order than by size.

The holders are the sentence's ``Mention``s joined by commas, "and", "、", "・" or "と". Nothing here reads data.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ustflow.check.claims import Claim, Mention
from ustflow.check.periods import NUMBERS
from ustflow.check.place_frames import GROUP_PLACE
from ustflow.check.text import Sentence, overlaps

#: the note on a listed holder's rank claim, with the number of places the list covers after it
LISTED = "a holder listed in order of holdings, of the first"
_JA_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
#: "トップ5は", "上位3カ国は", "top five holders were", "the five largest holders of Treasuries are:"
#: ("トップ5は、上から順に日本、中国、…": the order said before the list)
_TOP_N = re.compile(r"(?:トップ|上位)(?P<ja>[1-9]|10|[一二三四五六七八九十])(?:カ国|か国|ヵ国|ヶ国)?(?:・地域)?(?:は|が|：|:)\s*"
                    r"(?:[、,]?\s*(?:上から|多い|大きい)?順に[、,]?\s*)?|"
                    r"\b(?:the\s+)?(?:(?:top|largest|biggest)\s+(?P<en>two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)|"
                    r"(?P<en2>two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\s+(?:largest|biggest))\s+"
                    r"(?:foreign\s+|overseas\s+)?(?:holders|creditors|owners)\b[^.;:]{0,50}?\s*(?:were|are|was|is|:|–|—)\s*",
                    re.I)
_FOLLOWED = re.compile(r",?\s*followed by\s+(?:the\s+)?", re.I)
#: "以下、アイルランド、ケイマン諸島、ブラジルの順": the holders after the places named, in that order
_JA_BELOW = re.compile(r"以下[、,]?\s*")
#: the holders ahead of a place, all of them: "the fifth place, behind Japan, China, the U.K. and Ireland"
_BEHIND = re.compile(r",?\s*(?:just\s+|only\s+|right\s+)?(?:behind|after)\s+(?:the\s+)?", re.I)
#: between two holders of a list: a join, after the first one's figure in brackets ("Switzerland ($302.1 billion), ...")
_ASIDE = r"(?:\s*[(（][^()（）]{1,40}[)）])?"
_JOIN = re.compile(rf"{_ASIDE}\s*(?:、|・|と|,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.I)
#: what may end a list: the clause's end ("だ", "。", ".", ";", ", with ...")
_END = re.compile(rf"{_ASIDE}\s*(?:$|[。.;]|だ|です|である|で(?:あ|、)|の(?:順|5|五)|と(?:なっ|なる|なり)|,|"
                  r"\s+(?:with|in|at|as|respectively)\b)")
#: "Countries placed 11th to 15th included Switzerland, ...": the places a list fills, from one to another
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
             "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
             "twentieth"]
_ORD = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{'|'.join(_ORDINALS)})"
_RANGE = re.compile(rf"\b(?:placed|ranked|ranking|in\s+places?)\s+(?P<a>{_ORD})\s+(?:to|through|-|–)\s+"
                    rf"(?P<b>{_ORD})\b[^.;:]{{0,60}}?\s*(?:were|are|included|include|includes|:)\s*|"
                    # Japanese "6～10位は" (and Chinese, read as it: "6至10名则为")
                    r"(?<!\d)(?P<ja_a>[1-9]\d?)位?[～〜~](?P<ja_b>[1-9]\d?)位(?:は|が|：|:)\s*",
                    re.I)
#: "Canada and Belgium rounded out the top five": the last places of the top n, in the order named
_ROUNDED = re.compile(r"\s+(?:rounded out|round out|rounds out|completed|complete|completes)\s+the\s+top\s+"
                      r"(?P<n>three|four|five|six|seven|eight|nine|ten|[3-9]|10)\b"
                      # the top n of holders, said or left to the story: not "the top five sellers", "... economies"
                      r"(?=\s*(?:[,;:.)—–]|$)|\s+(?:(?:foreign|overseas|major|largest|biggest|U\.?S\.?|Treasury|debt|bond)\s+)*"
                      r"(?:holders|creditors|owners)\b|\s+(?:in|at|as|with|among|on|by\s+holdings)\b(?!\s+(?:terms\s+of\s+)?"
                      r"(?:net\s+)?(?:purchases|sales|buying|selling)\b))", re.I)


def _ordinal(w: str) -> int:
    """'11th' -> 11, 'fourth' -> 4."""
    return int(w[:-2]) if w[0].isdigit() else _ORDINALS.index(w.lower()) + 1


def holder_chain(s: str, start: int, holders: list[Mention], end: re.Pattern | None = None) -> list[Mention]:
    """The holders named one after another from ``start`` (first right there, then each after a join), up to the end
    of a clause or ``end`` ("... also increased their holdings")."""
    out: list[Mention] = []
    pos = start
    for m in holders:
        if m.span[0] < pos:
            continue
        gap = s[pos:m.span[0]]
        if not (re.fullmatch(r"\s*(?:the\s+)?", gap) if not out else _JOIN.fullmatch(gap)):
            break
        out.append(m)
        pos = m.span[1]
    return out if out and (_END.match(s, pos) or (end is not None and end.match(s, pos))) else []


_chain = holder_chain


def ordered_holders(sent: Sentence, subjects: list[Mention], ranks: list[Claim], fill: Callable[[Claim], None],
                    before: list[Claim] | None = None) -> list[Claim]:
    """The rank claims of the holders sentence ``sent`` lists in order (module docstring), each filled by ``fill``
    (period, clause) and given its holder; ``ranks`` are the sentence's rank claims found before (a place "followed by"
    continues; a holder inside one of them is left to it), ``before`` those of the sentence before ("以下、A、Bの順"
    continues them)."""
    s = sent.text
    holders = [m for m in subjects if m.kind in ("country", "japan")]
    places: list[tuple[Mention, int, int]] = []
    rounded: tuple[int, int] | None = None
    for m in _TOP_N.finditer(s):
        w = (m.group("ja") or m.group("en") or m.group("en2")).lower()
        n = _JA_NUM.get(w) or NUMBERS.get(w) or int(w)
        items = _chain(s, m.end(), holders)
        if 2 <= len(items) <= n:
            places += [(x, i + 1, n) for i, x in enumerate(items)]
    for m in _FOLLOWED.finditer(s):
        led = [r for r in ranks if r.span[1] <= m.start() and r.rank and r.subject is not None and not r.negated
               and GROUP_PLACE not in r.notes]
        items = _chain(s, m.end(), holders)
        if led and items and not any(x is items[0] for x, _, _ in places):
            places += [(x, led[-1].rank + i + 1, led[-1].rank + len(items)) for i, x in enumerate(items)]
    for m in _RANGE.finditer(s):  # "placed 11th to 15th included Switzerland ($302.1 billion), Singapore (...), ..."
        a, b = (int(m.group("ja_a")), int(m.group("ja_b"))) if m.group("ja_a") else \
            (_ordinal(m.group("a")), _ordinal(m.group("b")))
        items = _chain(s, m.end(), holders)
        if 2 <= len(items) == b - a + 1:
            places += [(x, a + i, b) for i, x in enumerate(items)]
    for first in holders:  # "Canada and Belgium rounded out the top five"
        items = [] if places else _chain(s, first.span[0], holders, end=_ROUNDED)
        r = _ROUNDED.match(s, items[-1].span[1]) if items else None
        if r:
            n = NUMBERS.get(r.group("n").lower()) or int(r.group("n"))
            places += [(x, n - len(items) + 1 + i, n) for i, x in enumerate(items)] if len(items) < n else []
            rounded = (items[0].span[0], r.end()) if len(items) < n else None  # the first one's claim: the phrase
    for m in _JA_BELOW.finditer(s):  # "1位は中国、2位は日本だった。以下、アイルランド、ケイマン諸島の順": the places after
        led = [r for r in [*(before or []), *ranks] if r.rank and not r.negated and GROUP_PLACE not in r.notes
               and (r.sentence is not sent or r.span[1] <= m.start())]
        items = _chain(s, m.end(), holders)
        if led and len(items) >= 2 and re.match(r"\s*の順", s[items[-1].span[1]:]):
            last = max(r.rank for r in led)
            places += [(x, last + i + 1, last + len(items)) for i, x in enumerate(items)]
    for m in _BEHIND.finditer(s):  # "now occupies the fifth place, behind Japan, China, the UK and Ireland"
        led = [r for r in ranks if r.span[1] <= m.start() and (r.rank or 0) > 1 and not r.negated
               and GROUP_PLACE not in r.notes]  # (not "the third largest among the BRIC nations, after China")
        items = _chain(s, m.end(), holders)
        if led and len(items) == led[-1].rank - 1 and not any(x is items[0] for x, _, _ in places):
            places += [(x, i + 1, len(items)) for i, x in enumerate(items)]
    bracketed = _bracketed_places(s, holders)
    places += [(x, place, n) for x, place, n, _ in bracketed]
    out = []
    for who, place, n in places:
        if overlaps(who.span, ranks):
            continue
        span = rounded if rounded and who.span[0] == rounded[0] else \
            next(((who.span[0], end) for x, _, _, end in bracketed if x is who), who.span)
        c = Claim(sent, "rank", span, rank=place)
        fill(c)
        c.subject, c.subject_how = who, "stated"
        c.notes.append(f"{LISTED} {n}")  # within them, the order may not be by size (``holders.holder_rank``)
        out.append(c)
    return out


#: a place in brackets right after a holder's name: "Ireland (3)", "Brazil (No. 5)"
_BRACKET_PLACE = re.compile(r"\s*[(（]\s*(?:No\.\s?|#)?(?P<n>[1-9]\d?)\s*[)）]")


def _bracketed_places(s: str, holders: list[Mention]) -> list[tuple[Mention, int, int, int]]:
    """(holder, place, last place, end of its bracket) of "Ireland (3), Cayman Islands (4), Brazil (5)": three or more
    holders listed one after another, each with a place in brackets, the places following one another."""
    out: list[tuple[Mention, int, int, int]] = []
    run: list[tuple[Mention, int, int, int]] = []
    for m in [*holders, None]:
        b = _BRACKET_PLACE.match(s, m.span[1]) if m is not None else None
        if b is not None and run and int(b.group("n")) == run[-1][1] + 1 and \
                _JOIN.fullmatch(s, run[-1][3], m.span[0]):
            run.append((m, int(b.group("n")), 0, b.end()))
            continue
        if len(run) >= 3:
            out += [(x, place, run[-1][1], end) for x, place, _, end in run]
        run = [(m, int(b.group("n")), 0, b.end())] if b is not None else []
    return out
