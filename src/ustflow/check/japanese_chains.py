"""A Japanese chain of a holder's levels: "3月の9079億ドルから10億ドルを売り越し、9069億ドルとなった" (from March's
level, a net sale of 10, to the level reached), "保有額は1兆1525億ドルで、3月の1兆1449億ドルから76億ドルの買い越しとなり".

The figure right after a starting level ("…から") and before a word of buying or selling (買い越し, 売り越し, 買い増し,
増加, 減少 ...) is the move of the holder's stock between the two levels, whatever the word: 買い越し here is how much
the holdings grew, not TIC's transactions table (which is another measure, judged as a flow). The level it reached is
the dollar figure that the starting level and the move add up to (to the rounding of the figures), or else the one
right after the move in its continuative form ("…を売り越し、9069億ドルとなった").

A chain found this way is a holder's holdings even when the sentence does not say 保有 ("3位は英国で、3月の3252億ドル
から78億ドルを買い越し、3330億ドルとなっている"): ``JA_CHAIN`` on its figures tells ``classify`` so. Dollars only:
a yen flow compared with the month before ("買い越し額は前月の3000億円から5000億円に拡大") is a flow, not a stock.

Nothing here reads data.
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim
from ustflow.check.japanese_lists import JA_HOLDER
from ustflow.check.roles_ja import JA_TOPIC

JA_CHAIN = "ja: a chain of levels (from, move, level reached)"

_FROM_BEFORE = re.compile(r"から(?:は)?\s*(?:約|およそ)?\s*$")
_MOVE_AFTER = re.compile(r"\s*(?:の|を)?\s*(?P<w>買い越し|買越し?|売り越し|売越し?|買い増し|売り増し|純購入|純売却|増加|減少|"
                         r"増え|減り|増|減)")
_REACHED_AFTER = re.compile(r"\s*(?:と|に)(?:なっ|なり|なる|達|まで)|\s*(?:で|だっ|。|$)")
_UP = re.compile(r"買|増|購入")


def _dollars(c: Claim) -> bool:
    a = c.amount
    return c.kind == "amount" and a is not None and a.kind == "money" and a.currency == "USD" and not a.parenthetical


def _adds_up(start: Claim, move: Claim, sign: int, level: Claim) -> bool:
    a, b, c = start.amount, move.amount, level.amount
    slack = 1.5 * max(a.precision, b.precision, c.precision)
    return abs(a.value + sign * b.value - c.value) <= slack


def _reached(s: str, move: Claim, figs: list[Claim], start: Claim, sign: int) -> Claim | None:
    """The level the chain reached: one the two figures add up to, else the next figure after the move's word
    in the same sentence with nothing but that word and a comma between ("…を売り越し、9069億ドルとなった")."""
    others = [o for o in figs if o is not start and o is not move]
    exact = [o for o in others if _adds_up(start, move, sign, o)]
    if exact:
        return min(exact, key=lambda o: abs(o.span[0] - move.span[0]))
    later = [o for o in others if o.span[0] >= move.span[1]]
    if not later:
        return None
    nxt = min(later, key=lambda o: o.span[0])
    between = s[move.span[1]:nxt.span[0]]
    if re.fullmatch(r"[^\d。、,]{0,12}[、,]\s*(?:約|およそ)?\s*", between) and _REACHED_AFTER.match(s, nxt.span[1]):
        return nxt
    return None


#: "中国の1兆1125億ドルを上回った": the level of another holder, compared with the subject's
_OTHERS_LEVEL = re.compile(rf"(?:{JA_HOLDER})の\s*(?:約|およそ)?\s*$")
_COMPARED = re.compile(r"\s*(?:の(?:保有(?:高|額|残高)|水準))?\s*を(?:上回|下回)")  # "…の保有高を下回り"
#: the English: "more than China's $767.4 billion", "ahead of China's $767.4 billion", "surpassing China's US$767bn",
#: "outpacing China's December total of $755.4 billion"
_OTHERS_LEVEL_EN = re.compile(r"\b(?:more than|less than|ahead of|above|below|behind|compared with|compared to|versus|vs\.?|"
                              r"surpassing|exceeding|overtaking|topping|outstripping|outpacing|trailing|passing|eclipsing|"
                              r"beating|\w+(?:ing|ed)\s+past)\s+(?:the\s+)?(?P<who>[A-Z][\w.]*"
                              r"(?:\s[A-Z][\w.]*)?)(?:'s|’s)\s+"
                              # "outpacing China's December total of $755.4 billion": a few words of noun, then "of"
                              r"(?:(?:[A-Za-z]+\s+){1,4}?(?:of|at)\s+)?(?:about\s+|roughly\s+|some\s+)?$")


def _others_level(c: Claim) -> None:
    """"日本の保有額は1兆1228億ドルで、中国の1兆1125億ドルを上回った": the figure after another holder's name and の,
    that the subject's level is compared with (を上回った/を下回った), is that holder's level in the same month, not the
    subject's level of the month before."""
    from ustflow.check.subjects import find_subjects

    s = c.sentence.text
    m = _OTHERS_LEVEL.search(s[:c.span[0]])
    if m is None or not _COMPARED.match(s, c.span[1]):
        m = _OTHERS_LEVEL_EN.search(s[:c.span[0]])
        if m is None or not re.search(r"\bholdings?\b|\bheld\b|\bholds?\b", s, re.I):
            return
        m = re.compile(re.escape(m.group("who"))).search(s, m.start("who"))
    who = [h for h in find_subjects(s) if h.kind in ("country", "japan") and h.span[0] == m.start()]
    if who:
        c.role, c.subject, c.subject_how = "level", who[0], "stated"
        # "the UK's stake rising to $779 billion, edging past China's $765 billion": the move is the subject's, not
        # the level compared with
        c.direction, c.direction_word = None, ""
        if JA_CHAIN not in c.notes:
            c.notes.append(JA_CHAIN)


def _gap_subject(c: Claim) -> None:
    """"英国の保有額は9375億ドルで、中国の6511億ドルを2864億ドル上回った": the gap over the holder compared with (its
    ``other``, ``roles``) is the lead of the holder the sentence is about, the first other one it names, not of the
    holder named nearest the gap (that is the one compared with)."""
    from ustflow.check.subjects import find_subjects

    if c.role != "gap" or c.other is None or c.subject is None or c.subject.slug != c.other.slug:
        return
    first = next((h for h in find_subjects(c.sentence.text[:c.span[0]]) if h.kind in ("country", "japan")
                  and h.slug != c.other.slug), None)
    if first is not None:
        c.subject, c.subject_how = first, "stated"


#: "1,228億ドルから1,291億ドルへ63億ドル増えた" (quotes 「」 around a figure allowed): from, to, and the move
_FROM_TO = re.compile(r"[」』]?\s*から(?:は)?\s*[「『]?\s*(?:約|およそ)?\s*")
_TO_BY = re.compile(r"[」』]?\s*(?:へ|に)(?:と)?\s*[、,]?\s*[「『]?\s*(?:約|およそ)?\s*")
_BY_WORD = re.compile(r"[」』]?\s*(?:の|を|も)?\s*(?P<w>増加|減少|増え|減り|減っ|増|減|拡大|縮小|買い越し|売り越し)")


def _from_to_by(usd: list[Claim]) -> None:
    """"2020年11月時点の1,228億ドルから1,291億ドルへ63億ドル増えました": a starting level, the level reached (へ/に)
    and the move between them; the level reached is after the starting level's period (the latest published when
    the sentence names no other), and so is the move."""
    for start, level, move in zip(usd, usd[1:], usd[2:]):
        s = start.sentence.text
        word = _BY_WORD.match(s, move.span[1])
        if not (_FROM_TO.fullmatch(s[start.span[1]:level.span[0]]) and _TO_BY.fullmatch(s[level.span[1]:move.span[0]])
                and word):
            continue
        start.role, level.role, move.role = "from", "level", "change"
        move.direction, move.direction_word = (-1 if "減" in word.group("w") or "縮" in word.group("w")
                                               or "売" in word.group("w") else 1), word.group("w")
        if level.period is not None and level.period is start.period:
            level.period, level.period_how = None, "none"  # the starting level's month is not the level reached's
        move.period, move.period_how = level.period, level.period_how
        for c in (start, level, move):
            if JA_CHAIN not in c.notes:
                c.notes.append(JA_CHAIN)


def ja_level_chains(figs: list[Claim]) -> None:
    """Set the roles (from, change, level) and the direction of the figures of each chain in one sentence's
    dollar figures ``figs`` (module docstring), and another holder's level compared with ("中国の1兆1125億ドルを
    上回った"); the figures of other currencies are left alone."""
    usd = sorted((c for c in figs if _dollars(c)), key=lambda c: c.span[0])
    for c in usd:
        _others_level(c)
        _gap_subject(c)
    _from_to_by(usd)
    for start, move in zip(usd, usd[1:]):
        s = start.sentence.text
        gap = s[start.span[1]:move.span[0]]
        word = _MOVE_AFTER.match(s, move.span[1])
        if not (_FROM_BEFORE.fullmatch(gap) and word):
            continue
        sign = 1 if _UP.search(word.group("w")) else -1
        level = _reached(s, move, usd, start, sign)
        start.role, move.role = "from", "change"
        move.direction, move.direction_word = sign, word.group("w")
        for c in (start, move) + ((level,) if level is not None else ()):
            if JA_CHAIN not in c.notes:
                c.notes.append(JA_CHAIN)
        if level is not None:
            level.role = "level"
            if move.period is start.period and level.period is not None and level.period is not start.period:
                # "保有額は1兆1525億ドルで、3月の1兆1449億ドルから76億ドルの買い越し": March is where the move starts;
                # it ends at the level's month (a level in the same month is left to ``attach.pair_figures``)
                move.period, move.period_how = level.period, level.period_how


def ja_topic_qualifiers(out: list[Claim], topic) -> None:
    """"中国の米国債保有残高は7月に拡大した。前月までは7カ月連続で減少していた。": a run, first or extreme with no figure
    and no holder in a sentence whose topic carries over from the one before (``ja_topics.carried_topic``: the holder and
    whether its holdings are the topic) is about that holder's holdings."""
    if topic is None or not topic[1]:
        return
    for c in out:
        if c.kind == "qualifier" and c.host is None and c.subject is None and topic[0] is not None:
            c.subject, c.subject_how = topic[0], "inherited"
            c.notes.append(JA_TOPIC)
        elif c.kind == "qualifier" and c.host is None and c.subject is not None and c.subject.kind in ("country", "japan") \
                and c.subject.span[1] <= c.span[0] and c.sentence.text[c.subject.span[1]:c.subject.span[1] + 1] == "は" \
                and not any(o.kind == "amount" and o.sentence is c.sentence for o in out):
            # "2位の中国は4か月連続での増加となっていた" after a sentence about holdings: the holder it names, its
            # holdings (the topic carries over; the holder is this sentence's own, said as its topic with は)
            c.notes.append(JA_TOPIC)


def japanese_change(claims: list[Claim]) -> None:
    """"前月比119億ドル増の7802億ドル": a figure after '…比' (compared with) and before 増/減 is the change, in
    that direction, from the base the '…比' names; the level follows it."""
    for c in claims:
        if c.kind != "amount" or c.measure != "holdings_level" or c.amount is None:
            continue
        s = c.sentence.text
        after = re.match(r"\s*(?P<w>増加?|減少?|拡大|縮小)", s[c.span[1]:])
        if re.search(r"比\s*$", s[:c.span[0]]) and after:
            c.measure, c.role = "holdings_change", "change"
            c.direction = 1 if after.group("w") in ("増", "増加", "拡大") else -1
            c.direction_word = after.group("w")


_TRADE_WORD = re.compile(r"買い?越し?|売り?越し?")


def ja_trade_word_hosts(claims: list[Claim]) -> None:
    """"…3月の1兆1449億ドルから76億ドルの買い越しとなった。中国の米国債買い越しは昨年11月以来6カ月ぶり": a story that
    has just called a holder's move in its holdings 買い越し (a figure of its sentence or of the two before, measured
    as a change of holdings) means the same by the word in a qualifier with no figure of its own about that holder,
    not TIC's transactions table: the qualifier is about that figure."""
    for i, c in enumerate(claims):
        if c.kind != "qualifier" or c.host is not None or c.subject is None or \
                not _TRADE_WORD.search(c.sentence.text[max(0, c.span[0] - 20):c.span[1]]):
            continue
        moves = [o for o in claims[:i] if o.kind == "amount" and o.measure == "holdings_change" and o.subject is not None
                 and o.subject.slug == c.subject.slug and 0 <= c.sentence.index - o.sentence.index <= 2
                 and _TRADE_WORD.search(o.direction_word or "")]
        if moves:
            host = moves[-1]
            c.host, c.period, c.period_how = host, host.period, host.period_how
            c.notes.append("refers to an earlier figure")
