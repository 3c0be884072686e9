"""Holders a sentence names that are not the figure's subject: the holder overtaken, followed or compared with
("中国を抜いて", "日本に次ぐ3位", "the UK, which overtook China", "ranks behind Japan and China"), also when a list
of them stands there ("日本、中国に次ぐ3位", "behind Japan and China"). ``extract`` picks a figure's subject among the rest.

Nothing here reads data.
"""

from __future__ import annotations

import re

from ustflow.check.claims import Mention

#: "中国を抜いて1番目の債権国になった", "日本を上回り": the holder overtaken is the object, not the subject; "中国に抜かれて
#: 2位に転落": nor the one that overtook it (the agent of a passive)
_JA_OVERTAKEN = re.compile(r"を(?:\s*(?:約|およそ)?[\d.,]+(?:兆[\d.,]*)?(?:億[\d.,]*)?(?:万)?(?:米)?ドル(?:ほど|程度)?\s*)?"
                           r"(?:抜|上回|下回|追い抜|抜き去|逆転|越え|超え)|"
                           # "英国、中国抜き米国債保有2位に": a headline drops the を (not "中国抜きで", without China)
                           r"(?:追い)?抜(?:き(?![でのにはもだ])|いて|いた)|"
                           # "日本の約1兆1100億ドルの保有高を下回り2位": the holder whose level is compared with
                           r"の\s*(?:約|およそ)?[\d.,]+(?:兆[\d.,]*)?(?:億[\d.,]*)?(?:米)?ドルの?(?:保有(?:高|額|残高))?を(?:上回|下回)|"
                           # "日本が中国に代わって最大の債権国となった": the holder replaced
                           r"に(?:抜かれ|追い抜かれ|上回られ|次いで|次ぎ|次ぐ|(?:取って)?(?:代|替)わ(?:って|り))|"
                           # "日本からその座を奪還", "日本から首位を奪った": the holder the place was taken from
                           r"から(?:再び)?(?:その座|その地位|首位|トップ|[1-9]位)(?:の座)?を(?:奪|取り戻)")  # "日本を5億ドル上回った"
#: what joins the holders of a list: "日本、中国に次ぐ", "日本と中国に次ぐ", "Japan and China", "Japan, China and"
_JA_JOIN = re.compile(r"\s*(?:、|・|と|や|,)\s*")
_EN_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?", re.I)
#: the relation a holder compared with follows ("the UK, which overtook China", "ranks behind Japan and China")
_COMPARED = re.compile(
    # the bare form too ("allowing the UK to surpass China and become", "to overtake China as")
    r"\b(?:overt(?:ook|aking|aken|akes?)|surpass(?:ed|ing|es)?|outpac(?:ed|ing|es?)|outstrip(?:ped|ping|s)?|beat(?:ing|s)?|replac(?:ed|ing|es?)|displac(?:ed|ing|es?)|supplant(?:ed|ing|s)?|pass(?:ed|ing|es)?|"
    r"ahead of|behind|unseat(?:ed|ing|s)?|[Oo]ust(?:ed|ing|s)?|dethron(?:ed|ing|es?)|led(?: all)?|leading|than|in favou?r of|"
    r"(?:lead|margin|edge|advantage) over|trail(?:s|ed|ing)?|lag(?:s|ged|ging)?|leapfrog(?:ged|ging|s)?|"
    # "Japan edged past China to become the largest holder": a move past the holder overtaken
    r"(?:edg|mov|inch|creep|crept|slipp|slid|pull|push|nos|squeez|climb|jump|surg|rac|sneak|snuck|vault|leap|leapt|"
    r"rocket|zoom|sail|power|shot|shoot|storm|rose|ris|went|go)\w*\s+past|"
    # "Japan edged out China as the largest holder", "Japan tops China as": the holder beaten for the place
    r"(?:edg|nudg|squeez|push|beat|muscl|elbow|crowd|knock)\w*\s+out|(?<!last )\btop(?:s|ped|ping)|\bto\s+top|"
    # "Belgium ranks after China and Japan as the third largest": the holders ranked before it
    r"(?:rank|com|came|plac|sit|sat|stand|stood|finish)\w*\s+(?:only\s+|just\s+|right\s+|immediately\s+)?after)"
    r"\s+(?:[\w-]+\s+)?$")


#: a place said after the holders ranked before it: "the second-biggest foreign owner of U.S. debt after Japan"
_RANKED_AFTER = re.compile(r"\b(?:largest|biggest|top|No\.\s?\d|holder|owner|creditor|lender)s?\b[^,;]{0,50}?\b(?:after|behind)\s+"
                           r"(?:the\s+)?$", re.I)


def compared_with(s: str, m: Mention) -> bool:
    """Whether holder ``m`` of sentence ``s`` is named as the one compared with ("outpacing China", "ahead of Japan"),
    or as the one ranked before a place ("the second-biggest buyer of the securities that month after the UK")."""
    return bool(_COMPARED.search(s[max(0, m.span[0] - 60):m.span[0]]) or
                _RANKED_AFTER.search(s[max(0, m.span[0] - 80):m.span[0]]))


#: a holder's own figure in brackets right after its name: "日本(1兆2002億ドル)"
_JA_ASIDE = re.compile(r"\s*[(（][^()（）]{1,24}[)）]")


def _aside_end(s: str, pos: int) -> int:
    """Where the words after a holder named at ``pos`` go on, past its figure in brackets, if any."""
    m = _JA_ASIDE.match(s, pos)
    return m.end() if m else pos


def ja_objects_dropped(s: str, cands: list[Mention], span: tuple[int, int] | None = None) -> list[Mention]:
    """``cands`` without the Japanese holders overtaken or followed, a list of them included ("日本、中国に次ぐ"),
    each one's figure in brackets too ("中国(1兆2721億ドル)、日本(1兆2002億ドル)に次ぐ3位"); but a holder whose
    brackets hold the figure at ``span`` stays (the figure is its own)."""
    objects: set[int] = set()
    for i in range(len(cands) - 1, -1, -1):
        m = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        end = _aside_end(s, m.span[1])  # past the holder's figure in brackets
        if _JA_OVERTAKEN.match(s[end:end + 24]) or (
                nxt is not None and i + 1 in objects and _JA_JOIN.fullmatch(s, end, nxt.span[0])):
            objects.add(i)
    own = [i for i in objects if span is not None and cands[i].span[1] < span[0] and span[1] <= _aside_end(s, cands[i].span[1])]
    return [m for i, m in enumerate(cands) if i not in objects or i in own]


def en_compared_dropped(s: str, before: list[Mention]) -> list[Mention]:
    """``before`` (the holders named before the figure) without the last ones when a relation names them as the
    holders compared with ("the UK, which overtook China", "ranks behind Japan and China"): one holder at least stays."""
    k = len(before) - 1
    while k >= 1 and _EN_JOIN.fullmatch(s, before[k - 1].span[1], before[k].span[0]):
        k -= 1  # "behind Japan and China": the list's first holder
    if k >= 1 and (_COMPARED.search(s[:before[k].span[0]]) or _RANKED_AFTER.search(s[max(0, before[k].span[0] - 80):before[k].span[0]])):
        return before[:k]  # "China, the second-biggest owner of U.S. debt after Japan, trimmed": not Japan's
    if len(before) >= 2 and _COMPARED.search(s[:before[-1].span[0]]):
        return before[:-1]
    return before


#: the holder a place went to: "ceded the top spot to Japan", "lost its first place to Japan in 2019"
_GIVEN_TO = re.compile(r"\b(?:ced(?:ed|es|ing|e)|los(?:t|es|ing|e)|gave|giv(?:es|ing|e)|surrender\w*|relinquish\w*|"
                       r"yield(?:ed|s|ing)?|handed|hand(?:s|ing)?)\b[^.;]{0,50}?\bto\s+(?:the\s+)?$", re.I)
#: the agent of a passive overtaking: "was overtaken by the U.K.", "had been surpassed by Japan"
_PASSIVE_BY = re.compile(r"\b(?:overtaken|surpassed|passed|replaced|displaced|supplanted|unseated|ousted|dethroned|outpaced|"
                         r"eclipsed|overhauled)\s+by\s+(?:the\s+)?$", re.I)
#: a place the sentence's subject moves to in a participle after its clause: ", falling to third place"
_PARTICIPLE_TO = re.compile(r",\s*(?:and\s+)?(?:thus\s+|so\s+|now\s+)?(?:(?P<own>falling|slipping|dropping|sliding|sinking|"
                            r"tumbling|rising|climbing|moving|jumping|advancing|retreating)|(?:leaving|putting|keeping|"
                            r"relegating|pushing|knocking|sending|dropping|bumping)\s+(?:it|them))\s+(?:back\s+|down\s+|up\s+)?"
                            r"(?:to|into|in|at)\s+(?:the\s+)?$", re.I)
#: between an overtaking agent and the place it took: "by Japan (in June 2019) as the largest holder"
#: or "(to surpass China) and become the second-largest", "as the United States' second-biggest"
_AS_PLACE = re.compile(r"(?:\s+(?:in|on|at)\s+[\w ,]{1,20}?)?\s*,?\s*(?:as|(?:and|to)\s+(?:thus\s+|so\s+)?(?:become|becomes|became|"
                       r"becoming|rank|ranks|ranked|emerge|emerged)(?:\s+as)?)\s+(?:the\s+)?(?:(?:United\s+States|U\.S\.|US|America)(?:'s?|’s?)\s+)?")
#: the holder named after a place as the next one: "remains the largest holder, followed by Japan"
_FOLLOWED_BY = re.compile(r",\s*(?:and\s+)?(?:closely\s+|distantly\s+)?followed\s+by\s+(?:the\s+)?$", re.I)
_PRONOUN_SUBJECT = re.compile(r"\s*(?:It|They|Its|Their|The country|The nation)\b")


def rank_holders(s: str, span: tuple[int, int], cands: list[Mention]) -> list[Mention] | None:
    """The holders that may take the place at ``span``, without those it went to or that overtook the holder
    ("It ceded the top spot to Japan and was overtaken by the U.K., falling to third place": not Japan, not the
    U.K.; but "was overtaken by Japan as the largest holder": Japan's). A place in a participle after the clause is
    the sentence subject's (", falling to third place": the first holder left, or none, the holder of the sentence
    before, when a pronoun begins the sentence) or, with an object (", pushing it to third place"), the holder
    overtaken. None: no change."""
    before = [m for m in cands if m.span[1] <= span[0]]
    agent = [m for m in before if _PASSIVE_BY.search(s[max(0, m.span[0] - 30):m.span[0]])
             and _AS_PLACE.fullmatch(s[m.span[1]:span[0]] + (s[span[0]:span[0] + 3] if s[span[0]:span[0] + 3] == "as " else ""))]
    if agent:
        return agent[-1:]
    # "The kingdom overtook South Korea as the 17th-largest holder": the holder overtaken for the place is not its holder
    objects = [m for m in before if _COMPARED.search(s[max(0, m.span[0] - 60):m.span[0]]) and _AS_PLACE.fullmatch(
        s[m.span[1]:span[0]] + (s[span[0]:span[0] + 3] if s[span[0]:span[0] + 3] == "as " else ""))]
    if objects:
        cands = [m for m in cands if m not in objects]
        if not cands:
            return []
    kept, prev = [], None
    for m in cands:
        # ", outpacing China", "behind Japan and the U.K.": after the place, the holders compared with
        compared = m.span[0] >= span[1] and (_COMPARED.search(s[span[1]:m.span[0]]) or re.fullmatch(
            r"\s+(?:only\s+)?(?:after|behind|to)\s+(?:the\s+)?", s[span[1]:m.span[0]]) or
            _FOLLOWED_BY.search(s[span[1]:m.span[0]]) or (
            prev is not None and prev not in kept and prev.span[0] >= span[1] and _EN_JOIN.fullmatch(s, prev.span[1], m.span[0])))
        if not (compared or _GIVEN_TO.search(s[max(0, m.span[0] - 80):m.span[0]]) or
                _PASSIVE_BY.search(s[max(0, m.span[0] - 30):m.span[0]])):
            kept.append(m)
        prev = m
    part = _PARTICIPLE_TO.search(s[max(0, span[0] - 40):span[0]])
    if part:
        first = [m for m in kept if m.span[1] <= span[0]]
        overtaken = [m for m in first if _COMPARED.search(s[:m.span[0]])]
        if not part.group("own") and overtaken:
            return overtaken[-1:]
        first = [m for m in first if m not in overtaken]
        return [] if _PRONOUN_SUBJECT.match(s) else first[:1]
    return kept if len(kept) < len(cands) else None
