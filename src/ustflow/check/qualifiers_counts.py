"""Counts of periods in a window, not runs: "net buyers in eight of the past nine weeks", "bought foreign bonds for
seven out of eight weeks", "their ninth week of net selling in 10"; and the short form of a run after its verb,
with no "straight" or "consecutive": "rose for the fourth month in June", "after falling for two months".

Each is a ``count_in`` qualifier (``history.count_in``): n periods of the sign among the last m, the figure's own
period the last of them. A window that ends elsewhere ("21 of the 23 weeks before the earthquake") is no count to
the figure's period and is left alone. ``qualifiers.find_qualifiers`` calls ``count_qualifiers`` before the runs,
whose words ("week", "selling") these phrases share.
"""

from __future__ import annotations

import re
from datetime import date

from ustflow.check import lexicon as lx
from ustflow.check.claims import Qualifier
from ustflow.check.periods import NUMBERS
from ustflow.check.rxgate import finditer
from ustflow.check.text import MONTH_RE

_NUM = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
#: "in eight of the past nine weeks", "seven out of eight weeks", "21 of the last 23 weeks"
COUNT_OF_RX = re.compile(
    rf"\b(?P<n>{_NUM})\s+(?:out\s+)?of\s+(?:the\s+)?(?:(?:last|past|previous|preceding|latest)\s+)?(?P<m>{_NUM})\s+"
    rf"(?P<grain>week|month)s\b", re.I)
#: what ends a window elsewhere than at the figure: "... before the earthquake", "... to the end of June"
_ELSEWHERE = re.compile(r"\s+(?:before|after|until|till|to|through|ended|ending|prior to|since|of\s+(?:19|20)\d\d)\b",
                        re.I)
#: "their ninth week of net selling in 10": the window after a run's words (``count_window``)
_IN_M = re.compile(rf"\s+in\s+(?:the\s+(?:last|past)\s+)?(?P<m>{_NUM})(?:\s+(?P<g>week|month)s?)?\b"
                   r"(?!\s*(?:%|percent|years?|days?)|[.,]\d)", re.I)
_ORDW = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:nd|rd|th))"
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10, "eleventh": 11, "twelfth": 12}
#: "rose for the fourth month", "cut its holdings for a third month", "after falling for two months": a verb of
#: direction, a few words, then "for" and the run's length (a run said without "straight" or "in a row")
VERB_RUN_RX = re.compile(
    rf"\b(?P<verb>{lx.UP_WORDS}|{lx.DOWN_WORDS}|{lx.BUY_WORDS}|{lx.SELL_WORDS})\s+(?:(?!for\b)[\w$.,'’-]+\s+){{0,6}}?"
    rf"(?P<run>for\s+(?:(?:(?:the|a)\s+)?(?P<ord>{_ORDW})|(?P<card>{_NUM}))\s+(?P<grain>week|month)s?)\b"
    # "for eight months since July" is a run said with its first month: kept ("since" anything else is not)
    rf"(?!\s+(?:this|of|since(?!\s+(?:{MONTH_RE})\b(?!\s*\d))|straight|consecutive|successive|in a row|running|in\s+(?:19|20)\d\d|"
    r"in\s+(?:the|a)\s+(?:year|quarter)|to\b|through\b|ending\b|ended\b))", re.I)
_SELL = re.compile(r"sell|sold|sale|outflow|offload|dump|shed|withdr|pull(?:ed)? out|divest|declin|fell|drop|cut|"
                   r"reduc", re.I)
_BUY = re.compile(r"buy|bought|purchas|inflow|acquir|add(?:ed)?\b|increas|rose|gain|snapp", re.I)


def _n(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word.lower()]


def _direction(s: str, start: int) -> int | None:
    """The sign the words before the count name, nearest first ("net sellers in eight of ...": -1)."""
    before = s[max(0, start - 80):start]
    sell = [m.end() for m in _SELL.finditer(before)]
    buy = [m.end() for m in _BUY.finditer(before)]
    if not sell and not buy:
        return None
    return -1 if max(sell, default=-1) > max(buy, default=-1) else 1


#: "for the fourth time in six weeks", "the third time in the past five months": the n-th period of that sign
#: ("the eighth time Japan has reduced its holdings of U.S. debt in the last ten months": what happened, between)
_NTH_TIME_RX = re.compile(rf"\b(?:(?:for|was|is|marked)\s+)?(?:the|a)\s+(?P<ord>{_ORDW})\s+time\s+"
                          rf"(?P<what>(?:that\s+)?(?:(?!in\b)[\w.'’-]+\s+){{2,10}}?)?in\s+"
                          rf"(?:the\s+(?:last|past|previous|preceding|latest)\s+)?(?P<m>{_NUM})\s+(?P<grain>week|month)s\b", re.I)


def _ord(word: str) -> int:
    return _ORDINALS.get(word.lower()) or int(re.sub(r"\D", "", word))


#: "過去10週のうち9週で売り越し", "直近10週中9週が買い越し", "12カ月のうち10カ月で買い越し": n periods of a sign among the last m
_JA_UNIT = r"週|カ月|ヶ月|か月|ヵ月|ケ月"
JA_COUNT_RX = re.compile(rf"(?:過去|直近|最近|最近の)?(?P<m>\d{{1,2}})(?P<u>{_JA_UNIT})(?:間)?(?:のうち|中|で)(?P<n>\d{{1,2}})"
                         rf"(?:{_JA_UNIT})(?:で|が|は|を)?(?:[^。、,\d]{{0,12}}?(?:を|で|が))?(?P<act>売り越し|買い越し|売り越|買い越|取得超|処分超|流出超?|流入超?)")

#: "7週間で6回目の買い越し", "10カ月のうち8回目の売り越し": the n-th period of the sign in the last m; after ぶり too
#: ("7週間ぶり6回目"), since a first time in m periods cannot be an n-th (n > 1): the count is the only reading
JA_NTH_IN_RX = re.compile(rf"(?P<m>\d{{1,2}})(?P<u>{_JA_UNIT})(?:間)?(?:で|のうち|中|(?:ぶり|振り(?![込替向分返出回])))(?:の)?(?P<n>\d{{1,2}})(?:回|度)目の?"
                          r"(?P<act>売り越し|買い越し|売り越|買い越|取得超|処分超|流出超?|流入超?)")


#: "今年初めての買い増し", "年初来3回目の売り越し": the n-th period of that sign this year (its own the last)
JA_YEAR_NTH_RX = re.compile(r"(?:今年|本年|年初来|年初から|今年に入って(?:から)?)(?:で|の)?(?:(?P<first>初めて|初)|(?P<n>\d{1,2})(?:回|度)目)"
                            r"(?:の|と(?:なる)?)?(?P<act>買い増し|買い越し|売り越し|増加|減少|売却|購入|取得超|処分超)")


def count_qualifiers(s: str, free, out: list) -> None:
    """Append to ``out`` the counts in a window of sentence ``s`` (``free(span)``: the span is not taken yet)."""
    for m in [*finditer(COUNT_OF_RX, s), *finditer(_NTH_TIME_RX, s)]:
        n = _ord(m.group("ord")) if "ord" in m.re.groupindex else _n(m.group("n"))
        total = _n(m.group("m"))
        if not free(m.span()) or n > total or _ELSEWHERE.match(s, m.end()):
            continue
        what = m.groupdict().get("what")  # "the eighth time Japan has reduced its holdings in ...": that verb's sign
        d = _direction(s[:m.start()] + " " + what, m.start() + 1 + len(what)) if what else _direction(s, m.start())
        q = Qualifier("count_in", m.group(0), n=n, grain=m.group("grain").lower(), direction=d)
        q.lookback = (total, "periods", "about")
        out.append((m.span(), q))
    for m in finditer(JA_YEAR_NTH_RX, s):  # the months of the figure's year to its own
        if free(m.span()):
            q = Qualifier("count_in", m.group(0), n=1 if m.group("first") else int(m.group("n")), grain="month",
                          direction=lx.act_direction(m.group("act")), word="this year")
            out.append((m.span(), q))
    for m in [*finditer(JA_COUNT_RX, s), *finditer(JA_NTH_IN_RX, s)]:  # the window is the count's, not the figure's
        n, total = int(m.group("n")), int(m.group("m"))
        if not free(m.span()) or not 0 < n <= total:
            continue
        q = Qualifier("count_in", m.group(0), n=n, grain="week" if m.group("u") == "週" else "month",
                      direction=lx.act_direction(m.group("act")))
        q.lookback = (total, "periods", "about")
        out.append((m.span(), q))


_SUPERLATIVE = re.compile(r"\b(?:most|least|largest|biggest|highest|lowest|smallest|steepest|sharpest|fewest)\b", re.I)
_DOWN_STEM = re.compile(r"fall|fell|declin|drop|slid|slip|cut|reduc|shr[ai]nk|sell|sold|trim|par(?:e|ing)|shed|dump|"
                        r"decreas|los|offload|unload", re.I)
_DOWN_VERB = re.compile(rf"{lx.DOWN_WORDS}|{lx.SELL_WORDS}", re.I)


#: "extending their buying to a second week", "extended net sales into a fifth month": a run carried on to the n-th
EXTEND_RX = re.compile(rf"\bextend(?:ing|ed|s)?\s+(?:(?:its|their|the)\s+)?(?P<act>(?:[\w-]+\s+){{0,3}}?)(?:to|into)\s+"
                       rf"(?:a|an|the)\s+(?P<ord>{_ORDW})\s+(?:straight\s+|consecutive\s+)?(?P<grain>week|month)\b", re.I)


#: "After experiencing a three-month decline, Saudi Arabia's holdings ... saw a 1 percent increase in July": the run
#: before the figure's period, said as a span of months and its move
_AFTER_SPAN_RX = re.compile(rf"\b(?:after|following)\s+(?:(?:experiencing|suffering|seeing|posting|recording|"
                            rf"registering)\s+)?(?P<run>(?:a|an)\s+(?P<card>{_NUM})[- ]month\s+(?P<act>decline|fall|drop|"
                            r"slide|slump|rise|increase|gain|climb|rally))\b", re.I)


def verb_runs(s: str, free, out: list) -> None:
    """Append to ``out`` the short-form runs of sentence ``s``: "rose for the fourth month in June" (a run of four
    to the figure's month), "rebounded after falling for two months" (the run before it, ``streak_before``)."""
    for m in finditer(VERB_RUN_RX, s):
        span = m.span("run")
        if not free(span) or (m.group("card") and _n(m.group("card")) < 2) or \
                _SUPERLATIVE.search(s, m.end("verb"), span[0]):  # "bought the most bonds for 12 months": a look-back
            continue
        n = _ORDINALS.get((m.group("ord") or "").lower()) or (_n(m.group("card")) if m.group("card") else
                                                            int(re.sub(r"\D", "", m.group("ord"))))
        before = bool(re.search(r"\b(?:after|following)\s+$", s[:m.start()], re.I))
        direction = -1 if _DOWN_VERB.fullmatch(m.group("verb")) else 1
        # "rose in March, after rising for two months", "having fallen for two months": the run before, of that verb
        later = re.search(r"\b(?:(?:after|following)\s+(?P<v>\w+ing)|having\s+(?P<v2>\w+))\b", s[m.end("verb"):span[0]], re.I)
        if later:
            before = True
            direction = -1 if _DOWN_STEM.match(later.group("v") or later.group("v2")) else 1
        q = Qualifier("streak_before" if before else "streak", s[span[0]:span[1]], n=n, grain=m.group("grain").lower(),
                      direction=direction)
        out.append((span, q))
    for m in finditer(_AFTER_SPAN_RX, s):  # "After experiencing a three-month decline, ...": the run before
        if free(m.span("run")) and _n(m.group("card")) >= 2:
            out.append((m.span("run"), Qualifier("streak_before", m.group("run"), n=_n(m.group("card")), grain="month",
                                                 direction=-1 if _DOWN_STEM.match(m.group("act")) else 1)))
    for m in finditer(EXTEND_RX, s):  # "extending their buying to a second week"
        if free(m.span()):
            act, o = m.group("act"), m.group("ord").lower()
            q = Qualifier("streak", m.group(0), n=_ORDINALS.get(o) or int(re.sub(r"\D", "", o)),
                          grain=m.group("grain").lower(),
                          direction=-1 if _DOWN_VERB.search(act) else 1 if _BUY.search(act) else None)
            out.append((m.span(), q))


#: "during the past year", "in the last six months": the window an ordinal counts in
_WINDOW_AFTER = re.compile(rf"\s+(?:during|in|over|within|of)\s+the\s+(?:past|last|previous|preceding)\s+"
                           rf"(?:(?P<wn>{_NUM})\s+)?(?P<wg>year|month|week|quarter)s?\b"
                           # "their ninth week of net selling in 10", "the fourth month out of five": the same grain
                           rf"|\s+(?:in|out\s+of|(?:of|out\s+of|in)\s+the\s+(?:last|past|previous|preceding|latest))\s+"
                           rf"(?P<wn2>{_NUM})"
                           rf"(?!\s*(?:%|percent|per cent|years?|days?|billion|million|trillion)|\d|[.,]\d)"
                           rf"(?:\s+(?P<wg2>month|week)s)?\b", re.I)
#: what was traded, between a run's words and its window: "of foreign bonds", "in Japanese stocks"
_OBJECT = re.compile(r"\s+(?:of|in)\s+(?:(?!(?:the|last|past|previous)\b)[A-Za-z][\w.-]*\s*){1,4}?(?=\s+(?:during|in|over|within|"
                     r"out of|of the (?:last|past))\b)", re.I)
_PER = {("year", "month"): 12, ("year", "week"): 52, ("year", "quarter"): 4, ("quarter", "month"): 3,
        ("quarter", "week"): 13}


#: a calendar year a count is said in, after the run's words and what moved: "a ninth month of declines in China's
#: holdings of US government debt in 2024" (the count of that year's months, ``streaks.count_in``)
_IN_YEAR = re.compile(r"(?:\s+(?:of|in)\s+[^,.;\d]{0,60}?)?\s+(?:in|during)\s+(?P<y>(?:19|20)\d\d)\b(?!\s*(?:%|[-–]))")


def count_in_window(q: Qualifier, s: str, span: tuple[int, int]) -> tuple[int, int]:
    """"only their second month of net selling during the past year": not a run but the n-th period of that sign
    in a window (``count_in``), when the phrase says no "straight", "consecutive" or "in a row"."""
    y = _IN_YEAR.match(s, span[1])
    if y and q.kind == "streak" and q.grain == "month" and not re.search(
            r"straight|consecutive|successive|in a row|running|back-to-back", s[span[0]:span[1]], re.I):
        # "a ninth month of declines in China's holdings of US government debt in 2024": the n-th of that year
        q.kind, q.since, q.since_grain = "count_in", date(int(y.group("y")), 1, 1), "year"
        q.phrase = s[span[0]:y.end()].strip()
        return span  # (the claim stays the run's words: the year is a number of its own)
    w = _WINDOW_AFTER.match(s, span[1])
    obj = None if w else _OBJECT.match(s, span[1])
    if obj:  # "the fifth week of net selling of foreign bonds in the last eight weeks": the window after the object
        w = _WINDOW_AFTER.match(s, obj.end())
    if not w or q.kind != "streak" or not q.grain or re.search(
            r"straight|consecutive|successive|in a row|running|back-to-back", s[span[0]:span[1]], re.I):
        return span
    wg = (w.group("wg") or w.group("wg2") or q.grain).lower()
    per = 1 if wg == q.grain else _PER.get((wg, q.grain))
    if per is None:
        return span
    n = _n(w.group("wn") or w.group("wn2") or "1")
    if w.group("wn2") and n <= q.n:
        return span  # "the fifth week in five" would be a run; a window no longer than the count says nothing more
    q.kind = "count_in"
    q.lookback = (n * per, "periods", "about")
    q.phrase = s[span[0]:w.end()].strip()
    return span[0], w.end()


def count_window(q: Qualifier, s: str, span: tuple[int, int]) -> tuple[int, int]:
    """"their ninth week of net selling in 10": a run's words with a window after them are a count in the window
    (``count_in``); a phrase that says "straight", "consecutive" or "in a row" stays a run."""
    w = _IN_M.match(s, span[1])
    if not w or q.kind != "streak" or not q.grain or re.search(
            r"straight|consecutive|successive|in a row|running|back-to-back", s[span[0]:span[1]], re.I):
        return span
    if (w.group("g") and w.group("g").lower() != q.grain) or _n(w.group("m")) < q.n:
        return span
    q.kind = "count_in"
    q.lookback = (_n(w.group("m")), "periods", "about")
    q.phrase = s[span[0]:w.end()].strip()
    return span[0], w.end()
