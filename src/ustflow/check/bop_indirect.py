"""Balance-of-payments figures whose sentence names their item only indirectly (``bop.reread``): by a word that refers
back to a balance named before ("It declined 84.2 percent", "The balance stood at", "The 14.3 percent gain from a year
earlier to 587 billion yen"), as the rate in brackets of a change whose item is read ("前年同月比は2,323億円(18.2%)の
減少"), or beside a yield that another clause names ("up 3.9 percent from a year earlier, as higher overseas yields ...");
and the part of a story before a figure, where the story's kind is read from ("…輸出額は5兆2,477億円…。また、同省関税局が
まとめた2月分貿易統計によると": the customs' statistics cited after the BoP's exports)."""

from __future__ import annotations

import re

from ustflow.check.bop_items import balances_named
from ustflow.check.claims import Claim

#: an English figure's subject that refers back to a balance without naming it: "It declined 84.2 percent in April",
#: "The balance stood at ...", "Japan's surplus grew 26.9 per cent" (not after a period it opens on: "In 2015, the
#: balance saw ..., following a deficit in 2014" may lose its period to the other figure's); only to a
#: sentence that names one balance ("It logged a ¥25.0 billion surplus" after a sentence naming the services and the
#: travel balances could be either)
_REFERS = re.compile(r"^(?:[A-Z][a-z]+(?: [a-z]+){0,2},\s+)?(?:It|The balance)\b(?! (?:of|in|on)\b)|"
                     r"\b(?:Japan|the country|the nation)(?:'s|’s) (?:surplus|deficit)\b")
#: an English sentence whose subject is a move or a reading with no item named, of the balance before it: "The 14.3
#: percent gain from a year earlier to 587 billion yen compared with ...", "the latest reading marks a rise of 16.4 percent"
_MOVE_OPENS = re.compile(r"^(?:[A-Z][a-z]+,\s+)?(?:The|A|An)\s+[\d.,]+\s*(?:percent|per cent|%|pct)\s+(?:gain|rise|increase|"
                         r"jump|surge|drop|decline|fall|decrease|slide|plunge)\b|\bthe (?:latest|new|final) (?:reading|figure)\b")


def refers(s: str, start: int) -> re.Match | None:
    """The words of ``s`` before the figure at ``start`` that refer back to a balance (``_REFERS``), or a move or
    reading that opens the sentence (``_MOVE_OPENS``, which may hold the figure itself: "The 14.3 percent gain")."""
    if (m := _REFERS.search(s, 0, start)) is not None:
        return m
    m = _MOVE_OPENS.search(s)
    return m if m is not None and m.start() < start else None


def one_balance(sentences: list | None, index: int) -> bool:
    """Whether the sentence ``index`` names at most one balance (not exports or imports), as a pronoun's referent."""
    text = next((x.text for x in sentences or [] if x.index == index), "")
    return len({k for k, _m in balances_named(text)}) <= 1


def host_item(c: Claim) -> str | None:
    """The BoP item of the change in yen a rate in brackets follows ("前年同月比は2,323億円(18.2%)の減少": the change's
    rate, ``bop._rate_of_change``), or None when that change is no BoP item's."""
    h = c.host
    return h.instrument[1] if h is not None and h.instrument is not None and h.instrument[0] == "bop_item" else None


#: a yield named in a sentence: "as higher overseas yields and a weaker yen boosted the total", 利回り
_YIELD_WORD = re.compile(r"\byields?\b|利回り", re.I)


def yield_elsewhere(c: Claim) -> bool:
    """A percent read as a yield for a yield the sentence names outside the figure's clause: "Primary income stood at
    18.38 trillion yen, up 3.9 percent from a year earlier, as higher overseas yields ... boosted the total" (the
    income's change; ``bop.item_of`` decides whether it is an item's)."""
    return c.measure == "yield_level" and c.amount is not None and c.amount.kind == "percent" and bool(c.clause) and \
        not _YIELD_WORD.search(c.clause) and bool(_YIELD_WORD.search(c.sentence.text))


def story_to(story: str, s: str) -> str:
    """The story up to the end of the sentence ``s`` (all of it when ``s`` is not found): a story of the balance of
    payments that cites the customs' trade statistics only after a figure ("…輸出額は5兆2,477億円…。また、同省関税局がまとめた
    2月分貿易統計によると") told the BoP's exports before."""
    at = story.find(s)
    return story if at < 0 else story[:at + len(s)]
