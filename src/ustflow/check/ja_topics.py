"""The topic of a Japanese sentence, which carries to the next: a year set apart as the topic ("昨年は1月、2月、6月に
小幅に購入し", ``JA_YEAR_TOPIC``, ``topic_word_year``), the rest of the same set ("それ以外の月は", ``JA_SAME_SET``), and
the holder a sentence naming none shares with the one before (``carried_topic``). Used by ``extract``."""

from __future__ import annotations

import re
from datetime import date

from ustflow.check import lexicon as lx
from ustflow.check.claims import Claim, Mention
from ustflow.check.periods import Period


def topic_word_year(found: list[Claim], periods: list[Period], span: tuple[int, int], year: int) -> None:
    """"昨年は2位の日本が…通年で1184億ドルを買い増し": the topic word itself is the topic's year (the sentence was
    resolved from that year's end, which read "昨年" once more, a year too early)."""
    from dataclasses import replace

    fixed: dict[int, Period] = {}
    for p in periods:
        if p.span == span and p.kind == "year":
            fixed[id(p)] = replace(p, windows=[(date(year, 1, 1), date(year, 12, 31))])
    periods[:] = [fixed.get(id(p), p) for p in periods]
    for c in found:
        if c.period is not None and id(c.period) in fixed:
            c.period = fixed[id(c.period)]


#: a year set apart as a Japanese sentence's topic: "昨年は1月、2月、6月に小幅に購入し", "2019年は…"
JA_YEAR_TOPIC = re.compile(r"^\s*(?:また|一方|なお)?[、,]?\s*(?P<y>昨年|前年|一昨年|(?:19|20)\d{2}年)(?:は|には|も)")
#: a sentence about the rest of the same set: "それ以外の月は", "残りの月は", "その他の月は"
JA_SAME_SET = re.compile(r"^\s*(?:それ以外|その他|残り|ほか|他)の(?:月|週)")
#: words of a Japanese sentence about trades in securities, not a holder's stock of Treasuries
JA_TRADE_WORDS = re.compile(rf"証券投資|対外|対内|債券|株式|{lx.JA_BUY}|{lx.JA_SELL}".replace("|増加|増え", "")
                             .replace("|減少|減り", ""))


def carried_topic(s: str, subjects: list[Mention], prev):
    """Japanese drops the subject a sentence shares with the one before ("中国は6月に93億ドルを売却した。今年に入って
    から、1月に87億ドル…を購入し"): (the holder to take, whether its holdings are the topic) for a sentence naming no
    holder, or None. Holdings carry over only to a sentence without words of trading (購入, 売却, 買い越し ...)."""
    if prev is None or any(m.kind in ("country", "japan", "foreign_investors", "foreign_total", "sector") for m in subjects):
        return None
    holder, holdings = prev
    if _JA_PART_OF.match(s):  # "このうち民間部門の保有は5兆4461億ドル": a part of the holder's figure, not the whole
        holder = None
    return holder, holdings and not JA_TRADE_WORDS.search(s)


#: a sentence that opens on a part of the figure before ("このうち", "うち"), naming no maturity (``holdings_terms``)
_JA_PART_OF = re.compile(r"\s*(?:この|その)?うち(?!に|で)(?![^。]*(?:長期|短期))")
