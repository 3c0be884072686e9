"""The quote of a Japanese record takes in the words that frame it in the same phrase:

- said since a date (``qualifiers_ja.JA_SINCE_RX``), the words right after it that say what the record is of or that
  it was set: "1996年以降で過去最大を更新", "1996年度以降で過去最少の赤字", "1986年度以降、過去最大の減少幅",
  "85年以降、最も少なくなった";
- said second to a year ("2007年に次ぐ10年ぶりの高い水準", "15年に次いで過去2番目の高水準"), that year before it.

The reader's span is the record's own (its period and host are read from there; the year it is second to is not the
figure's); only the quote the checker reports is the whole phrase, as a reader (or a label) quotes it. A record with
neither ("過去最高となった", "10月として過去最高") keeps its quote: it is quoted with the frame before it, not the words after.
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim
from ustflow.check.qualifiers_ja import JA_SINCE_RX

#: the record word a since-quote ends on ("過去最大", "最少", "最も少なく")
_ENDS_ON_RECORD = re.compile(r"(?:最(?:大|高|低|小|少)(?:規模|水準)?|(?:最も|もっとも)(?:大き|小さ|高|低|多|少な)(?:く|い|かった))$")
#: what follows it in the same phrase: the record set ("を更新"), its noun ("の赤字", "の減少幅"), the verb ("となった")
_RECORD_TAIL = re.compile(r"を更新|の(?:赤字|黒字)(?:幅|額)?|の(?:減少|増加|縮小|拡大)(?:幅|額|率)?|(?:と)?なった")


#: the year a record is second to, right before it: "2007年に次ぐ", "15年に次いで", "07年度に次ぐ"
_SECOND_TO = re.compile(r"(?<![\d年])(?:\d{2}|\d{4})年(?:度)?に次(?:ぐ|いで)$")


def record_quote(c: Claim) -> str:
    """The quote of claim ``c``: its span's text, with the frame of a Japanese record (module docstring)."""
    text, q = c.claim_text, c.qualifier
    if c.kind != "qualifier" or q is None or q.kind != "extreme":
        return text
    if (before := _SECOND_TO.search(c.sentence.text, 0, c.span[0])) is not None:
        return before.group(0) + text
    if q.since is None or not _ENDS_ON_RECORD.search(text) or JA_SINCE_RX.fullmatch(text) is None:
        return text
    tail = _RECORD_TAIL.match(c.sentence.text, c.span[1])
    return text + tail.group(0) if tail else text
