"""The English grammar of a holder's place among TIC's foreign holders (``holder_ranks`` adds the Japanese one of
``japanese_ranks``): "the largest holder", "the second-largest foreign creditor", "in second place", "ranked third",
"No. 2", "third in the world", "with Japan ranking second", "China, the leader,", "the No. 2 foreign buyer",
"the largest holder after China (and Japan)" (the next place after those named), "next on the list" (the place after
the one named before), "ceding the position to Japan" (the place named before,
``japanese_ranks.places_named_before``).

Nothing here reads data.
"""

from __future__ import annotations

import re

from ustflow.check.japanese_ranks import ja_rank, ja_rank_matches
from ustflow.check.place_frames import frame_notes, frame_rank, from_places, needs_topic, place_frames
from ustflow.check.rxgate import finditer
from ustflow.check.text import MONTH_RE, overlaps

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
            "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10, "11th": 11, "12th": 12,
            # "the seventeenth-largest investor": places spelled out past twelfth
            **{w: 13 + i for i, w in enumerate(("thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                                                 "eighteenth", "nineteenth", "twentieth"))}}
ORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|" \
       r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\d{1,2}(?:st|nd|rd|th))"
#: "the number-eight holder": a place said as "number" and a number word
_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
_NUMW = "(?:" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")\b"
#: "third in the world", "second among holders": said so, the place is that phrase (``ord5``), not the verb's
_NOT_WORLD = r"(?!\s+(?:place\s+)?(?:in the world|worldwide|globally|among)\b)"
HOLDER_RANK_RX = re.compile(
    # "the US’ biggest ... holder": the possessive of a name in S written with the apostrophe alone
    rf"\b(?:the\s+|its\s+|as\s+(?:the\s+)?)?(?:(?:world|U\.?S\.?|America|United States)(?:'s|’s)\s+|(?:the\s+)?US['’]\s+)?"
    rf"(?:(?P<ord>{ORD}|No\.\s?\d)[- ])?"
    # "the biggest official holder", "the largest single foreign creditor": a few words of kind before the noun
    # ("Japan, the No. 2 foreign buyer,": a place said as a number before the words of kind, ``buyer_places``)
    # ("Japan, the second-larger holder,": a comparative after a place, a slip for the superlative)
    r"(?P<word>largest|biggest|top|leading|No\.\s?1|number[- ]one|(?P<wnum>No\.\s?(?:[2-9]|1\d))|(?(ord)(?:larger|bigger)|(?!)))\s+"
    # "among the top five foreign holders": the first n places as a group (``holders.top_group``)
    r"(?:(?<=top )(?P<topn>two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)\s+)?"
    # "the largest U.S. debt holder", "the biggest foreign Treasury holder"
    r"(?:(?:foreign|overseas|non-U\.?S\.?|official|sovereign|single|international|U\.S\.|US|American|debt|Treasury|"
    r"government|bond|(?<=Treasury )securities)\s+){0,3}"
    # ("the second largest overseas debtor of U.S. Treasury bonds": a holder, in a translation's word)
    # (a place written "No. 2" here only before a buyer: "the No. 2 holder" is ``non3``'s)
    r"(?:(?(wnum)(?!)|)(?:(?:share)?holder|owner|creditor|lender|investor in)s?\b|"
    r"(?(wnum)(?!)|)debtor(?=s?\s+of\s+(?:the\s+)?(?:U\.?S\.?|US|American)\s+Treasur)|"
    r"(?P<buyer>(?:buyer|seller|purchaser)s?\b(?!\s+(?:among|of any|of all|in any|than)\b)))"
    # "Japan's holdings remain the world's largest": a rank said of the holdings themselves
    rf"|(?<=holdings )(?:remain(?:ed|s)?|are|were|is|was|stay(?:ed|s)?)\s+(?P<hr>(?:the\s+)?(?:world's\s+|world’s\s+)?"
    rf"(?:(?P<ord4>{ORD})[- ])?(?:largest|biggest))\b(?!\s+(?:since|on|ever|for|among|of)\b|[- ](?:ever|on record)|"
    r"\s+in\s+(?:\d|an?\b|over\b|more\b|nearly\b|almost\b|at least\b|some\b|the (?:past|last)\b|history\b|"
    r"\w+[- ](?:years?|months?|weeks?|decades?)\b))"
    # "in second place", "reclaims the top spot": a place among holders when the sentence is about them (``rank_spans``)
    rf"|\b(?P<ord2>{ORD}|top|No\.\s?\d{{1,2}}|number[- ]{_NUMW}) (?:place|spot|position|rank)\b"
    # "Japan, which is second to China in the amount of US debt held": the place right behind the holder named
    r"|(?:(?<=\bis )|(?<=\bwas )|(?<=\bremains )|(?<=\bremained )|(?<=\bstands )|(?<=\bstood )|(?<=\branks )|"
    r"(?<=\branked )|(?<=\bholdings are )|(?<=\bholdings were ))(?P<ord8>second)(?=\s+(?:only\s+)?to\s+(?:the\s+)?[A-Z])"
    # "China, ..., second to Japan's holdings of $1.1 trillion", "the UK, now second only to Japan in U.S. debt holdings":
    # the same place in apposition, when the holdings are named right after the holder it trails (not "China's economy,
    # second only to the U.S.")
    r"|(?:(?<=, )|(?<=\bnow ))(?P<ord15>second)(?=\s+(?:only\s+)?to\s+(?:the\s+)?[A-Z][^.;,]{0,30}?"
    r"\b(?:holdings?|holders?|Treasur\w*|(?:U\.?S\.?|US|American|government)\s+debt)\b)"
    # "its ranking fell to third in the world": a place among holders when the sentence is about them
    rf"|(?:(?<=\bto )|(?<=\branked )|(?<=\branks )|(?<=\branking )|(?<=\bremained )|(?<=\bwas ))(?P<ord5>{ORD}|No\.\s?\d)"
    r"(?:\s+place)?\s+"
    r"(?:in the world|worldwide|globally|among\s+(?:the\s+)?(?:(?:foreign|overseas|major|other)\s+)*(?:holders|creditors))\b"
    # "the No. 2 holder", "the number-two foreign creditor"
    # "the No. 2 US Treasury holder": the words of kind the largest holder takes, before the noun
    rf"|\b(?P<non3>No\.\s?[1-9]\d?|number[- ]{_NUMW})\s+"
    r"(?:(?:foreign|overseas|U\.?S\.?|American|Treasury|debt|government|bond)\s+){0,3}"
    # (not a body of creditors: "the number-two creditor nations meeting")
    r"(?:holder|creditor|owner|lender)s?\b(?!\s+(?:nations?\s+|countries\s+)?(?:meeting|committee|group|club|talks|"
    r"conference|summit|forum)s?\b)"
    # "Japan was number two once again in December", "China is No. 1": a bare place after a verb of being, in a
    # sentence about holders (``holder_ranks``)
    r"|(?:(?<=\bis )|(?<=\bwas )|(?<=\bremains )|(?<=\bremained )|(?<=\bstays )|(?<=\bstayed )|(?<=\bbecame )|"
    rf"(?<=\bbecomes ))(?P<ord14>number[- ]{_NUMW}|No\.\s?[1-9]\d?\b)(?![- ]?(?:\w+\s+){{0,2}}(?:buyer|seller|purchaser)s?\b)"
    # (not a place in another field its clause names: "was number two in January in car exports")
    rf"(?![^,.;]{{0,40}}?\bin\s+(?!(?:{MONTH_RE})\b|(?:19|20)\d\d|(?:the\s+)?(?:U\.?S\.?\s+|US\s+|American\s+|"
    r"foreign\s+)?(?:holdings?|holders?|Treasur|debt|bonds?|securities|government|terms\s+of\s+holdings))[a-z])"
    # "Japan, #1 single US creditor": the place written with a number sign
    r"|(?<![\w#])(?P<hash>#\s?[1-9])\s+(?:(?:single|foreign|overseas|U\.?S\.?|American|Treasury|debt|government|bond)\s+){0,3}"
    r"(?:holder|creditor|owner|lender)s?\b"
    # "China remains the main holder of US bonds": one main holder is the first (not "the main holders", a group)
    r"|\bthe\s+(?:main|principal)\s+(?:(?:foreign|overseas|single|U\.?S\.?|American|Treasury|debt|government|bond)\s+){0,2}"
    r"(?:holder|creditor|owner)\b(?!s)"
    # "Chinese investors, the first foreign holders of U.S. government debt": first among the holders abroad
    r"|\bthe\s+first\s+(?:foreign|overseas)\s+(?:holder|creditor)s?(?=\s+of\b)"
    # "jumped to $1.18 trillion, the biggest foreign holdings in March": the largest of the holdings abroad (not "the
    # biggest foreign holdings since 2010", a record)
    r"|\bthe\s+(?:largest|biggest)\s+(?:foreign|overseas)\s+holdings?\b(?!\s+(?:since|on\s+record|ever|in\s+(?:\d|a\b|an\b|over|more|nearly|almost|the\s+(?:past|last))))"
    # "held that position for eight months": the place named before, kept from the month it was taken
    r"|\b(?:held|kept|retained|maintained|occupied)\s+(?P<that2>(?:that|the|this|its)\s+(?:top\s+|No\.\s?1\s+|number[- ]one\s+|first\s+)?(?:position|spot|title|place|crown))"
    r"(?=\s+for\s+(?:a\s+run\s+of\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:straight\s+|consecutive\s+)?months)"
    # "China's holdings ranked third, after Japan and the U.K."
    rf"|(?<=holdings )rank(?:ed|s) (?P<ord6>{ORD}|No\.\s?\d)\b"
    rf"|\brank(?:ed|s|ing) (?P<ord3>{ORD}|No\.\s?\d)\b(?=[^.;]{{0,40}}\b(?:holder|holding|creditor|investor|Treasur))"
    # "ranking third behind Japan and Britain": the holders ranked before it named right after (``holder_ranks``:
    # in a sentence about holders)
    rf"|\brank(?:ed|s|ing) (?P<ord13>{ORD}|No\.\s?\d)(?=,?\s+(?:only\s+)?(?:behind|after)\s+(?-i:(?:the\s+)?[A-Z]))"
    # "placing the Emirates 20th on the list of major holders": the place a verb of placing puts the holder in; "places
    # it fourth among foreign holders", "ranking it first among all countries", "placing it second behind Japan": the
    # holder said as "it", the place counted among or behind others (in a sentence about holders: ``holder_ranks``)
    rf"|\b(?:(?:plac(?:es|ed|ing)|put(?:s|ting)?|leav(?:es|ing)|keep(?:s|ing)|rank(?:s|ed|ing))\s+(?-i:it|them)\s+|"
    rf"(?:plac|putt|leav|keep)ing\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){{1,2}}|"
    # "which puts the Emirates at 20th in the rank of large holders": the holder named, then "at" the place
    rf"(?:puts?|plac(?:es|ed)|leaves|left|keeps|kept)\s+(?:the\s+)?(?-i:[A-Z][\w.]*\s+){{1,2}}at\s+)(?P<ord7>{ORD})\b"
    # counted among holders or countries, not "among the world's economies" (a place by the economy's size)
    r"(?=[^.;]{0,40}\b(?:holder|creditor|Treasur)|\s+(?:behind|after)\s|\s+among(?:st)?\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}?"
    r"(?:holders|creditors|owners|investors|countries|nations|foreigners)\b)"
    # "Japan is the second largest investor at $751.5B", "The UK is the third largest with $290.8 billion": a place with
    # the holdings that earn it said right after (in a sentence about holders: ``holder_ranks``)
    rf"|\b(?:the\s+)?(?P<ord16>{ORD})[- ](?:largest|biggest)(?:\s+(?:foreign\s+|overseas\s+)?investor)?"
    r"(?=\s+(?:with|at)\s+(?:US|U\.S\.)?\s?\$\s?\d)"
    # "China, which is No. 2, cut its holdings", "Japan, now No. 1,": a place said of the holder before it
    r"|(?<=, which is )(?P<non>No\.\s?\d)\b|(?<=, now )(?P<non2>No\.\s?\d)\b"
    # "Britain trails only Japan", "China ranks behind Japan and the U.K.", "second behind only Japan": the place right
    # after the holders named (a plain "trails Japan" says only that it is smaller, no place)
    r"|\b(?P<behind>(?:trail(?:s|ed|ing)?\s+only|(?:(?:rank|come|sit|stand)(?:s|ed|ing)?|came|sat|stood|is|was|are|were|"
    r"remain(?:s|ed)?|now)\s+(?:only\s+)?behind|behind\s+only)\s+)(?=(?-i:(?:the\s+)?[A-Z]))"
    # "Japan, the largest holder, and China, the second-largest,": a place in apposition, its noun left out
    rf"|(?<=, )(?:the\s+)?(?P<ord10>{ORD}|No\.\s?\d)[- ](?:largest|biggest)(?=\s*(?:[,;)—–]|$))"
    # "China's ranking fell to third in March": a move of the ranking among holders
    rf"|\branking\b[^.;]{{0,50}}?\b(?:fell|dropped|slipped|slid|rose|climbed|improved|moved)\s+to\s+(?P<ord11>{ORD}|No\.\s?\d)\b{_NOT_WORLD}"
    # "China is the largest foreign holder of U.S. debt, with Japan ranking second": a bare place closing its clause, in
    # a sentence about holders (``holder_ranks``)
    rf"|\brank(?:ed|s|ing) (?P<ord17>{ORD})(?=\s*(?:[,.;)—–]|$))"
    # "Among foreign holders, Japan ranked first": a bare place after the holders it is counted among (``holder_ranks``)
    rf"|\brank(?:ed|s) (?P<ord12>{ORD})\b{_NOT_WORLD}"
    # "Japan topped the list of foreign holders", "heads the ranking of creditors": the first place
    r"|\b(?P<topped>(?:top(?:s|ped|ping)|head(?:s|ed|ing)?|lead(?:s|ing)?|led)\s+(?:the\s+)?(?:list|ranking|rankings|"
    r"table|league table)\s+of\s+(?:the\s+)?(?:[\w.]+\s+){0,3}?(?:holders|creditors|owners))\b"
    # "The leader on the list of the major foreign holders ... is Japan", "Leader in the list for June remained China",
    # "with China ranking at the top", "China has been leading in this indicator": the first place (in a sentence about
    # holders: ``holder_ranks``)
    r"|\b(?P<lead>(?:the\s+)?leader\s+(?:on|in|of)\s+the\s+(?:list|ranking|rankings|table)\b|"
    r"(?:(?<=ranking )|(?<=ranked )|(?<=ranks )|(?<=is )|(?<=was )|(?<=remains )|(?<=remained )|(?<=stays )|(?<=stayed ))"
    r"at\s+the\s+top\b(?!\s+of\b)|"  # ("at the top of the list": ``place_frames``)
    r"(?:lead(?:s|ing)?|led)\s+in\s+(?:this|the)\s+(?:indicator|ranking|list|table)\b)"
    # "Russia was among the top 10 in 2010", "Also listed in the top ten ... is Luxembourg", "a top-10 foreign creditor":
    # within the first n places (``holders.top_group``; in a sentence about holders: ``holder_ranks``), not a top n of
    # another kind ("among the top five buyers", "in the top 10 economies")
    r"|\b(?:among|in|into|within|inside)\s+the\s+(?P<topin>top\s+(?:two|three|four|five|six|seven|eight|nine|ten|[1-4]\d|[2-9]))"
    r"\b(?![- ]?(?:%|percent\b|per\s+cent|(?:\S+\s+){0,2}(?:buyers|sellers|purchasers|exporters|importers|economies|"
    r"trading|markets|banks|companies|stocks|funds)\b))"
    r"|\ba\s+(?P<topa>top-(?:two|three|four|five|ten|[1-4]\d|[2-9]))\s+(?:(?:foreign|overseas|U\.?S\.?|Treasury|debt)\s+){0,2}"
    r"(?:holder|creditor|owner|investor)s?\b"
    # "China, the leader, owns Treasury bills worth $1.27 trillion": the first place, in apposition to the holder (in a
    # sentence about holders: ``holder_ranks``)
    r"|(?<=, )the\s+(?P<lead2>leader)(?=\s*[,;)—–])"
    # "Next on the list, Britain decreased its holdings", "Brazil would be next on the list": the place after the one
    # named before (``japanese_ranks.places_named_before``; in a sentence about holders or after a place: ``holder_ranks``)
    r"|\b(?P<nextp>next\s+on\s+the\s+(?:list|ranking|table))\b"
    # "second-ranked Britain", "top-ranked Japan": a place said as an adjective before the holder's name
    rf"|\b(?P<ord9>{ORD}|top)[- ]ranked\s+(?=(?-i:(?:the\s+)?[A-Z]))"
    # "after ceding the position to Japan": the place named before, now the holder's after "to" (``places_named_before``)
    r"|\b(?:ced(?:e|es|ed|ing)|los(?:e|es|t|ing)|yield(?:s|ed|ing)?|surrender(?:s|ed|ing)?|relinquish(?:es|ed|ing)?|"
    r"hand(?:s|ed|ing)?(?: over)?)\s+(?P<that>(?:the|that|this|its|their)\s+"
    # "lost its No. 2 spot to Britain": the place said in the object (``japanese_ranks.places_named_before``)
    rf"(?:(?P<cord>{ORD}|top|No\.\s?\d|number[- ]{_NUMW})[- ]?\s*)?(?:position|spot|title|crown|mantle|place|"
    r"status))\s+to\s+(?-i:(?:the\s+)?[A-Z][\w.]*)", re.I)


_HOLDER_WORDS = re.compile(r"\b(?:holders?|holdings?|creditors?|owners?|lenders?|Treasur\w*|"
                           r"(?:U\.?S\.?|American|US government) (?:government )?(?:debt|bonds|securities))\b|保有|米国債|米財務省証券|債権", re.I)


def holder_ranks(s: str, topic: bool = False) -> list[re.Match]:
    """The holder ranks of sentence ``s``: a bare place ("in second place", "the top spot") only when the sentence
    is about holders or Treasuries ("keeping that country in second place" after its holdings), or the sentence
    before it was (``topic``: "Japan was the top holder of Treasuries. China came in second"); with the places said
    by their frame (``place_frames``)."""
    about = topic or bool(_HOLDER_WORDS.search(s))
    found = [m for m in finditer(HOLDER_RANK_RX, s)
             if (about or not (m.group("behind") or m.group("ord9") or m.group("ord13") or m.group("ord10") or m.group("ord11") or m.group("ord2") or m.group("ord5") or m.group("ord7") or m.group("non") or m.group("non2") or m.group("ord8") or m.group("ord14") or m.group("ord15") or m.group("ord16") or m.group("lead")
                            or m.group("ord17") or m.group("lead2") or m.group("nextp") or m.group("topin")))
             and not _PLACE_AMONG.search(s, max(0, m.start() - 40), m.start())
             and not (m.group("behind") and not _named_after(s, m.end()))
             and not (m.group("ord12") and not _AMONG_BEFORE.search(s, 0, m.start()))
             and not _RANGE_END.search(s, 0, m.start())  # "placed 11th to 15th": a range (``holder_lists``)
             and not _AMONG_TRADERS.match(s, m.end())]  # "ranked fifth among net sellers": a ranking of trades
    found += ja_rank_matches(s)
    for m in place_frames(s):  # "came in second", "tops the list", "16位から22位": not where a place is read already
        if (about or not needs_topic(m)) and (frame_notes(m) or not overlaps(m.span(), found)):
            found.append(m)
    found += from_places(s, found)  # "to the 17th position ... from 16th at the end of 2021"
    return sorted(found, key=lambda m: m.start())


#: the first place of a range, right before a place: "placed 11th to 15th", "fourth to sixth" (not a place of its own)
_RANGE_END = re.compile(rf"(?:\d(?:st|nd|rd|th)|\b{ORD})\s+(?:to|through|-|–)\s+$", re.I)
#: a place among those who traded, not among holders: "ranked fifth among net sellers of Treasuries"
_AMONG_TRADERS = re.compile(r"(?:\s+place)?\s+among(?:st)?\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?"
                            r"(?:buyers|sellers|purchasers)\b", re.I)
#: "Among foreign holders, Japan ranked first": the holders a place is counted among, earlier in the clause
_AMONG_BEFORE = re.compile(r"\bamong(?:st)?\s+(?:the\s+)?(?:[\w.]+\s+){0,2}?(?:holders|creditors|owners)\b[^.;]{0,60}$",
                           re.I)
#: "17th among the largest foreign holders", "in 17th spot amongst the biggest holders": after a place, the largest
#: holders are the set it is counted in, not a claim of a place among the largest
_PLACE_AMONG = re.compile(rf"\b(?:{ORD}|No\.\s?\d{{1,2}}|number[- ]\w+)(?:[- ](?:largest|biggest))?"
                          r"(?:\s+(?:place|spot|position|rank))?\s+(?:among(?:st)?|of)\s+$", re.I)


#: "Japan, the largest holder after China,": the holders named after "after" / "behind", up to the clause's end
_AFTER_HOLDERS = re.compile(r"\s+(?:only\s+)?(?:after|behind)\s+(?P<who>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z(][\w.)]*)*"
                            r"(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z(][\w.)]*)*)*)"
                            r"(?=\s*(?:[,.;:)]|$|\s+(?:with|at|in|on|by|among|is|was|are|were|remains?|remained)\b))")


def holder_rank(m: re.Match) -> int:
    """The rank a holder-rank phrase names; "the largest holder after China (and Japan)" is the next place after
    the holders named, not the first."""
    fr = frame_rank(m)
    if fr is not None:
        return fr
    ja = ja_rank(m)
    if ja is not None:
        return ja
    if m.groupdict().get("that") and m.group("cord"):
        return _rank_word(m)  # "ceded its No. 2 spot to Britain": that place, now Britain's
    if m.groupdict().get("that") or m.groupdict().get("that2") or m.groupdict().get("nextp"):
        return 0  # the place named before it (``japanese_ranks.places_named_before``)
    if m.groupdict().get("behind"):
        return 1 + len(_named_after(m.string, m.end()))
    n = _rank_word(m)
    after = _AFTER_HOLDERS.match(m.string, m.end())
    if n == 1 and after and m.group("word") and m.group("word").lower() in ("largest", "biggest", "top"):
        from ustflow.check.subjects import find_subjects

        named = {x.slug for x in find_subjects(after.group("who")) if x.kind in ("country", "japan")}
        return 1 + len(named)
    return n


_WHO = re.compile(r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z(][\w.)]*)*(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z(][\w.)]*)*)*")


def _named_after(s: str, at: int) -> set[str]:
    """The countries named one after another from ``at`` ("Japan and the United Kingdom")."""
    from ustflow.check.subjects import find_subjects

    who = _WHO.match(s, at)
    return {x.slug for x in find_subjects(who.group(0)) if x.kind in ("country", "japan")} if who else set()


def rank_span(m: re.Match) -> tuple[int, int]:
    """A holder-rank phrase's claim: "the world's largest" of "holdings remain the world's largest", "the position to
    Japan" of "ceding the position to Japan" (the verb is not the claim)."""
    g = m.groupdict()
    if g.get("ford"):  # "from 16th": the place left, not the word
        return m.start("ford"), m.end()
    if g.get("behind"):  # "trails only Japan": the holders named are the claim's, not its subject
        who = _WHO.match(m.string, m.end())
        return m.start(), who.end() if who else m.end()
    return m.span("hr") if g.get("hr") else (m.start("that"), m.end()) if g.get("that") else \
        m.span("that2") if g.get("that2") else m.span()


def _rank_word(m: re.Match) -> int:
    o = m.group("ord") or m.group("ord2") or m.group("ord3") or m.group("ord4") or m.group("ord5") or m.group("ord6") or \
        m.group("non") or m.group("non2") or m.group("non3") or m.group("ord7") or m.group("ord8") or m.group("ord9") or \
        m.group("ord10") or m.group("ord11") or m.group("cord") or m.group("ord12") or m.group("ord13") or m.group("hash") or \
        m.group("ord14") or m.group("ord15") or m.group("ord16") or m.group("ord17") or m.group("wnum")
    if not o or o.lower() == "top":
        return 1
    word = re.match(r"number[- ](\w+)", o, re.I)
    if word:
        return _NUMBERS.index(word.group(1).lower()) + 1
    return ORDINALS.get(o.lower()) or int(re.sub(r"\D", "", o) or 1)


#: a change of rank: "became the largest holder", "overtook Japan as", "surpassing China to become"
_BECAME = re.compile(r"\b(?P<verb>became|become|becoming|becomes|overt(?:ook|aken|aking|akes)|surpass(?:ed|ing|es)?|"
                     r"(?:re)?(?:gain(?:ed|ing|s)?|claim(?:ed|ing|s)?|took|take|taking|takes)(?: over)?|"
                     r"displac(?:ed|ing|es)|supplant(?:ed|ing|s)|replac(?:ed|ing|es)|unseat(?:ed|ing|s)|oust(?:ed|ing|s)?|dethron(?:ed|ing|es)|"
                     r"(?:rose|climbed|jumped|moved)(?: up)? to)\b[^.;]{0,80}$", re.I)
#: a finite verb of being or keeping after a change of place and before the place: the place is that verb's
_STAYED = re.compile(r"\b(?:remain(?:s|ed)?|stay(?:s|ed)?|is|was|are|were|kept|keeps|retain(?:s|ed)|stands|stood|"
                     r"continues to be|continued to be)\s+(?:still\s+|now\s+)?(?:the\s+|its\s+|as\s+)?[^,;.]{0,30}$", re.I)
#: a place in apposition to the holder named right before it: "in China, the largest ...", "Japan, now the biggest ..."
_APPOSITION = re.compile(r"\b(?:China|Japan|Britain|the (?:U\.?K\.?|United Kingdom)|[A-Z][a-z]+),\s*(?:now\s+|still\s+)?$")
#: a rank regained, not only reached: "Japan reclaims the top spot", "regained its place as the largest holder"
_REGAIN = re.compile(r"\b(?:reclaim|regain|retak|recaptur|return(?:s|ed|ing)? to|back (?:to|as|in)\b)\w*[^.;]{0,80}$", re.I)
#: the same in Japanese, after the rank: "トップに返り咲いた", "首位を奪還", "首位に浮上", "首位になった"
_JA_REGAIN = re.compile(r"\s*(?:に|を)?\s*(?:返り咲|奪還|奪い返|取り戻)")
_JA_BECAME = re.compile(r"\s*(?:に|を)?\s*(?:返り咲|奪還|奪い返|取り戻|浮上|躍り出|(?P<naru>なっ)|転じ)")
#: "中国を抜いて首位になった", "日本に代わって…となった": a なった is a change of place only after a verb of overtaking; alone
#: ("保有額が1兆1056億ドルにのぼり最大の保有国になった", "引き続き…となった") it states the place held
_JA_PASSED_BEFORE = re.compile(r"(?:抜|上回|逆転|越え|超え|追い越|(?:代|替)わ|転落|後退|浮上|再び|ぶりに)[^。]{0,40}$")


def change_of_place(s: str, m: re.Match) -> list[str]:
    """The notes of a place that changed at the period ("becomes": "China overtook Japan as the largest holder",
    "トップに浮上"), regained ("regains": "reclaims the top spot": it had lost it just before, even with no period)."""
    before = s[max(0, m.start() - 90):m.start()]
    became = _BECAME.search(before)
    if became and _STAYED.search(before, became.end("verb")):
        # "Britain, which overtook China in March 2025, remained the No. 2 holder": the change is the relative
        # clause's; the place is the main verb's, one of being or keeping
        became = None
    if became and _APPOSITION.search(before):
        # "despite a cutback by investors in China, the largest foreign owner of Treasury debt": the place describes
        # the name before the comma; the verb ("rose to a record") is another subject's
        became = None
    ja = _JA_BECAME.match(s, m.end())
    if ja and ja.group("naru") and not _JA_PASSED_BEFORE.search(s[max(0, m.start() - 60):m.start()]):
        ja = None
    if not (became or ja):
        return []
    return ["becomes"] + (["regains"] if _REGAIN.search(s[max(0, m.start() - 90):m.start()]) or
                          _JA_REGAIN.match(s, m.end()) else [])


#: between a place taken and the time said after it: "as the largest holder of US treasuries last October", "as the
#: second-largest foreign holder in 2006"
_TIME_AFTER = re.compile(r"(?:\s+of\s+[^,.;()]{1,40}?)?\s+(?:(?:in|during|last|early|late)\s+)?", re.I)
#: between the time said first and the place taken in its clause: "In September 2008 China became the biggest ...",
#: "when in June, Japan finally surpassed China as the top ..."
_TIME_BEFORE = re.compile(r",?\s+[^,.;()]{1,70}", re.I)


def place_taken_when(c, s: str, periods) -> None:
    """A change of place ("becomes") and the time it happened, said next to it in one clause, are one claim: the
    place's period is that time and its span runs over it ("China became the biggest foreign creditor of the United
    States in September 2008", "In September 2008 China became ..."); a place said of this release ("今回も2位") is the
    story's month (``place_this_release``)."""
    place_this_release(c, s)
    if "becomes" not in c.notes or c.rank_since:
        return
    for p in periods:
        if p.is_latest or p.relative or p.role == "from" or p.kind == "since" or p.span == (0, 0):
            continue
        after = p.span[0] >= c.span[1] and _TIME_AFTER.fullmatch(s, c.span[1], p.span[0])
        before = p.span[1] <= c.span[0] and _TIME_BEFORE.fullmatch(s, p.span[1], c.span[0]) and \
            _BECAME.search(s[p.span[1]:c.span[0]])
        if after or before:
            c.period, c.period_how = p, "stated"
            c.span = (min(c.span[0], p.span[0]), max(c.span[1], p.span[1]))
            return


#: "今回も2位となっていた日本による3月の保有額": a place said of this release ("今回"), whatever month the clause names next
_THIS_RELEASE = re.compile(r"今回(?:も|は|の)?\s*$")


def place_this_release(c, s: str) -> None:
    """A place said of this release ("今回も2位", "今回は首位") is the story's month (carried from the story or the
    latest published), not a month named after it for another figure ("…日本による3月の米国債保有額": March's level)."""
    if c.period is not None and c.period.span[0] >= c.span[1] and _THIS_RELEASE.search(s[max(0, c.span[0] - 8):c.span[0]]):
        c.period, c.period_how = None, "none"
