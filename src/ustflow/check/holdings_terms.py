"""A holder's Treasuries split by maturity: "of which $41.6 billion is in long-term bonds", "$11.64 billion in
short-term bills", "長期債は386億ドル".

TIC's Major Foreign Holders table gives one figure per holder, bills, notes and bonds together. Stories drawn
from SLT Table 3 (or, before 2023, the legacy Table 3D of the smaller holders) split it: long-term bonds and
notes, short-term bills. A figure the words tie to one of the two parts is that part, never the whole: compared
with the total it is called wrong whatever it says (a $38.6 billion long-term part of a $50.3 billion total). So
the part's own series is read when the store holds it (``term_series``), else the figure is not judged.

Only words tied to the figure count: the maturity right after it ("$41.6 billion is in long-term bonds", "$6.74
billion are long-term bonds") or right before it in the same clause, with no other figure or conjunction between
("short-term bonds at a value of $11.64 billion"), or before the other figure of its pair, the part's move told from
one level to the other ("short-term debt fell to $2.3 billion from $3.17 billion", "short-term securities decreased by
$750 million to $3.751 billion", "短期債は30億ドル減の150億ドル"): both figures of the pair are the part's. In Japanese
the part's topic and the figure's month may stand between ("米長期国債の保有残高は、7月の1022億ドルから8月には1016億ドル",
"長期米国債の保有額も当時は1414億ドル", "短期債に分配された米国債は155億ドル"), and the part may follow its figure
("1013億ドル(約12兆7600億円)の長期債", "62億ドルは長期債"). Only the
words long-term and short-term: "Treasury bonds",
"notes and bonds", even "treasury bills" are no maturity, stories using each of them for all Treasuries.
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import TYPE_CHECKING

from ustflow.check.claims import Claim

if TYPE_CHECKING:
    import pandas as pd

_KIND = {"long": "lt", "longer": "lt", "short": "st", "長期": "lt", "短期": "st"}
_NOUN = r"(?:U\.?S\.?\s+)?(?:Treasury\s+|government\s+)?(?:bonds?|bills?|notes?|securities|debt|paper|Treasuries|holdings)"
#: the maturity just after the figure: "$41.6 billion is in long-term bonds", "$17.99 billion in short-term bonds"
#: (or the maturity alone, no noun, the figure's own: "divided between $98.2 billion long-term, or 85.4%, and ...")
_AFTER = re.compile(rf"^\s*(?:(?:is|are|was|were)\s+)?(?:(?:in|of|as|for)\s+(?:the\s+)?)?(?:U\.?S\.?\s+)?(?:Treasury\s+)?"
                    rf"(?P<t>long|longer|short)[- ]term(?:\s+{_NOUN}|(?=\s*(?:[,;.)]|$|(?:or|and)\b)))", re.I)
#: the maturity before the figure, in its clause: "short-term bonds at a value of $11.64 billion"
#: (or set off by a comma and the figure's own "valued at", "worth": "primarily in long-term bonds, valued at $107.3 billion")
_BEFORE = re.compile(rf"\b(?P<t>long|longer|short)[- ]term\s+(?:{_NOUN}|obligations|instruments)(?P<gap>[^.;,\d$]{{0,40}})"
                     rf"(?:,\s*(?:valued\s+at|worth|totall?ing(?:\s+of)?|amounting\s+to|at\s+a\s+value\s+of)\s+"
                     rf"(?:about\s+|some\s+|nearly\s+|around\s+|roughly\s+)?(?:US)?\$?\s*)?$", re.I)
#: the maturity before the pair this figure closes: "short-term debt fell to $2.3 billion from " + "$3.17 billion"
_PAIR = re.compile(rf"\b(?P<t>long|longer|short)[- ]term\s+{_NOUN}\s+(?P<gap>(?:[a-z]+:?\s+){{1,4}}(?:by\s+|to\s+|from\s+)?"
                   rf"(?:about\s+|some\s+|nearly\s+)?(?:(?:US)?\$\s?|(?<=from\s))[\d.,]+\s*(?:million|billion|trillion|mn|bn|m|b)?\s+"
                   rf"(?:to|from))\s+(?:about\s+|some\s+|nearly\s+|just\s+|only\s+|a\s+mere\s+)?$", re.I)
#: the maturity a few words after the figure, in its clause: "$107.3 billion worth of long-term bonds", "$28.6 billion or
#: 21% accounting for short-term bonds", "$6.44 billion, all of which are long-term bonds", "$9.1 billion poured into
#: short-term ones" (no comma, no other figure, no word that starts another clause or comparison between)
_AFTER_WIDE = re.compile(rf"^\s*(?:or\s+\d+(?:\.\d+)?\s*(?:%|percent)\s+)?,?\s*(?P<gap>(?:[A-Za-z'’.]+\s+){{0,6}}?)"
                         rf"(?P<t>long|longer|short)[- ]term\s+(?:{_NOUN}|ones|obligations|instruments|paper)\b", re.I)
#: the figure a part of the holder's whole, its maturity told after the whole: "Some $12.5 billion of Turkey's portfolio
#: of U.S. treasuries consisted of long-term bonds", "$X of its holdings were in short-term bills"
_PART_CONSISTED = re.compile(r"^\s*of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w.]*(?:'s|’s)\s+)(?:[\w.'’]+\s+){0,5}?"
                             r"(?:consisted|consists|consist|was|were|is|are)\s+(?:of|in)\s+(?:U\.?S\.?\s+)?"
                             r"(?P<t>long|longer|short)[- ]term\b", re.I)
#: the part named after the figure has a figure of its own: ", the share of short-term bonds was $5.45 billion"
_OWN_FIGURE = re.compile(r"\s+(?:was|were|is|are|stood|totall?ed|amounted|reached)\s+(?:at\s+|to\s+)?"
                         r"(?:about\s+|some\s+|nearly\s+|around\s+)?(?:US)?\$?\s?\d", re.I)
_GAP_STOP = re.compile(r"\b(?:and|but|while|whereas|than|as|after|because|since|when|compared|versus|vs|against|from|"
                       r"ahead|behind|plus|including|excluding|except|besides|rest|remainder|total|overall|not|no|"
                       r"mostly|mainly|largely|partly|whole)\b", re.I)
#: a part named by its instruments after a word that makes it a part of the Treasuries the sentence totals: "Japan
#: bought $16.3 billion of Treasuries, including $14.7 billion of notes and bonds", "of which $1.6 billion (were) bills"
#: ("notes and bonds" alone are all Treasuries to many stories: only after "including" / "of which" a part)
_PART_OF = re.compile(r"\bTreasur(?:y|ies)\b[^.;]{0,80}?,?\s*(?:including|of which|among them)\s+(?:about\s+|some\s+|nearly\s+)?"
                      r"(?:(?:US)?\$\s?)?$", re.I)
_PART_NOUN = re.compile(r"^[\d.,]*\s*(?:billion|bn|million|mn)?\s+(?:(?:was|were|is|are)\s+)?(?:in\s+|of\s+)?(?:Treasury\s+)?"
                        r"(?:(?P<lt>notes and bonds|bonds and notes|notes and bonds)|(?P<bills>bills))\b", re.I)
#: the part named in Japanese: "長期債", "短期国債", "長期米国債" (the "米" / "米国" of "米長期国債" comes before it)
_JA_PART = r"(?P<t>長期|短期)(?:米国?)?(?:国債|債|証券)"
#: what may stand between the part and its figure: its topic ("の保有残高は", "の価値が", "も", "に分配された米国債は")
#: and the figure's month or time ("7月の", "8月には", "当時は", "昨年9月末に"), no other figure
_JA_HEAD = (r"(?:の(?:保有(?:額|残高)?|残高|価値|額)(?:も|は|が)?|に(?:分配|配分|投資)された(?:米国債|国債|額|資金)?[はが]|"
            r"[はがをでも])?、?\s*")
_JA_WHEN = r"(?:(?:(?:19|20)\d\d年|昨年|今年)?\d{1,2}月(?:末|時点)?(?:に|には|の|は|で)?|当時は?)?\s*(?:約)?"
_JA_PAIR = re.compile(rf"{_JA_PART}{_JA_HEAD}{_JA_WHEN}[\d,.兆億万]+ドル"
                      rf"(?:から|減の|増の|減って|増えて|減少し|増加し)\s*{_JA_WHEN}$")
_JA = re.compile(rf"{_JA_PART}{_JA_HEAD}{_JA_WHEN}$")
#: the part just after the figure (a yen restatement between): "1013億ドル(約12兆7600億円)の長期債",
#: "62億3900万ドルは長期債、22億6200万ドルは短期債"
_JA_AFTER = re.compile(r"^\s*(?:[(（][^)）]{0,30}[)）])?\s*(?:の|は|が)\s*(?:米国?)?(?P<t>長期|短期)(?:米?国債|債|証券)")


def maturity(c: Claim) -> str | None:
    """``"lt"`` or ``"st"`` when the words tied to the figure name its maturity, else None (or the part a second look
    reads the figure as: ``term_reading``)."""
    if c.amount is None:
        return None
    if getattr(c, "term_reading", None):
        return c.term_reading  # type: ignore[attr-defined]
    if getattr(c, "time_host", None) is not None:  # "long-term ... stood at $27 million ($68 million in March)"
        return maturity(c.time_host)  # type: ignore[attr-defined]
    s = c.sentence.text
    if getattr(c.amount, "kind", None) == "percent":  # "long-term bonds rose by $0.87 billion, or 0.9%": the part's
        fig = _tied_figure(c)
        return maturity(fig) if fig is not None else None
    before, after = s[:c.span[0]], s[c.span[1]:]
    m = _AFTER.match(after) or _JA_AFTER.match(after)
    if m:
        return _KIND[m.group("t").lower()]
    m = _AFTER_WIDE.match(after)
    if m and not _GAP_STOP.search(m.group("gap")) and (m.group("gap").strip() or after[:m.start("t")].strip(" ,")) and \
            not _OWN_FIGURE.match(after, m.end()):
        return _KIND[m.group("t").lower()]
    m = _PART_CONSISTED.match(after)
    if m and not _GAP_STOP.search(m.group(0)[:m.start("t")]):
        return _KIND[m.group("t").lower()]
    if part := part_named(c):
        return part  # "bought $16.3 billion of Treasuries, including $14.7 billion of notes and bonds"
    m = _BEFORE.search(before)
    if m and not re.search(r"\b(?:and|but|while|whereas|compared|than|total(?!l?(?:ed|ing)\b)\w*|overall|all)\b",
                           m.group("gap"), re.I):
        return _KIND[m.group("t").lower()]
    m = _JA.search(before) or _PAIR.search(before) or _JA_PAIR.search(before)
    if m and not re.search(r"\b(?:and|but|while|whereas|total\w*|overall|all)\b", m.groupdict().get("gap") or "", re.I):
        return _KIND[m.group("t").lower()]
    return None


def part_named(c: Claim) -> str | None:
    """"lt" / "st" for a part of the Treasuries the sentence totals named by its instruments after "including" / "of
    which" ("bought $16.3 billion of Treasuries, including $14.7 billion of notes and bonds"), else None."""
    s = c.sentence.text
    m = _PART_NOUN.match(s[c.span[1]:]) if _PART_OF.search(s[:c.span[0]]) else None
    return None if m is None else "st" if m.group("bills") else "lt"


#: a percentage restating the part figure right before it: "short-term bonds worth $15.35 billion, accounting for 13%"
_PART_THEN = re.compile(r"(?P<fig>(?:US)?\$\s?[\d.,]+\s*(?:billion|bn|million|mn|trillion)\b|[\d,.]+(?:億|兆)[\d,.億万]*ドル)"
                        # (the figure's month between: "worth $100.30 billion in June, making up 91%")
                        r"(?:\s+(?:in|at\s+the\s+end\s+of|as\s+of)\s+[A-Z][a-z]+\.?(?:\s+(?:19|20)\d\d)?)?"
                        r"\s*,?\s*(?:or|accounting for|making up|representing|equal to|i\.e\.,?|which is)\s+"
                        r"(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$", re.I)

#: a part figure that is a change ("fell by $0.87 billion, or 0.9%", "a drop of $2 billion, or 2%"), or a percentage that
#: says it is one ("or 0.9% less", "or 2% from a month earlier")
_CHANGE_FIG = re.compile(r"(?:\b(?:by|up|down|rose|fell|dropped|declined|decreased|increased|climbed|gained|grew|shrank|"
                         r"slipped|slid|jumped|plunged|sank|tumbled|cut|trimmed|shed|added|lost|reduced|raised|"
                         r"(?:rise|fall|drop|decline|decrease|increase|gain|cut|reduction)s?\s+of)|増|減)\s*"
                         r"(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|約)?$", re.I)
_CHANGE_PCT = re.compile(r"\s*(?:less|more|lower|higher|up|down|(?:rise|fall|drop|decline|decrease|increase|gain|jump)s?\b|"
                         r"(?:from|than|on|over|compared)\b)", re.I)


def part_kind(c: Claim) -> str | None:
    """``"lt"`` or ``"st"`` when the percentage ``c`` restates the long- or short-term part figure right before it."""
    if c.amount is None or c.amount.kind != "percent":
        return None
    fig = _tied_figure(c)
    if fig is None or _CHANGE_FIG.search(c.sentence.text[max(0, fig.span[0] - 40):fig.span[0]]) or \
            _CHANGE_PCT.match(c.sentence.text, c.span[1]):
        return None  # "long-term bonds fell by $0.87 billion, or 0.9%": the change in percent (``maturity``), no share
    return maturity(fig)


def _tied_figure(c: Claim) -> SimpleNamespace | None:
    """The figure the percentage ``c`` restates ("$15.35 billion, accounting for 13%"), as a claim-like span."""
    s = c.sentence.text
    off = max(0, c.span[0] - 80)
    m = _PART_THEN.search(s[off:c.span[0]])
    if m is None:
        return None
    return SimpleNamespace(sentence=c.sentence, span=(off + m.start("fig"), off + m.end("fig")), amount=True)


def term_id(slug: str, kind: str) -> str:
    return f"tic.holdings_term.{slug}.{kind}"


def term_series(data, id: str) -> "pd.Series | None":
    """``tic.holdings_term.<holder>.<lt|st>``: the holder's long-term (bonds and notes) or short-term (bills)
    Treasury holdings in USD bn: SLT Table 3, before it the legacy Table 3D (to 2023-01), where both print a month
    Table 3's."""
    m = re.fullmatch(r"tic\.holdings_term\.(\w+)\.(lt|st)", id)
    if m is None:
        return None
    parts = [t.dropna() for t in (data.series(f"tic.slt.{m.group(1)}.{m.group(2)}_treasury_pos"),
                                  data.series(f"tic.slt3d.{m.group(1)}.{m.group(2)}_treasury_pos")) if t is not None]
    parts = [t for t in parts if len(t)]
    if not parts:
        return None
    both = parts[0] if len(parts) == 1 else parts[0].combine_first(parts[1])
    return both / 1000


def fine_total(c: Claim, data, slug: str) -> "pd.Series | None":
    """The holder's Treasury holdings to the USD mn (SLT Table 3, before it the legacy Table 3D; in USD bn), for a
    percent change whose sentence prints the holder's dollars finer than the Major Foreign Holders table's 0.1 bn
    ("an 18.90 percent increase compared to $43.06 billion", "settling at $24.086 billion"): the story computed it
    from those; None when the sentence prints none so, or the tables lack the holder."""
    from ustflow.check.numbers import find_amounts

    fine = [a for a in find_amounts(c.sentence.text) if a.currency == "USD" and a.kind != "percent" and
            0 < a.precision <= 0.005e9]
    if not fine:
        return None
    parts = [t.dropna() for t in (data.series(f"tic.slt.{slug}.treasury_pos"), data.series(f"tic.slt3d.{slug}.treasury_pos"))
             if t is not None]
    parts = [t for t in parts if len(t)]
    if not parts:
        return None
    return (parts[0] if len(parts) == 1 else parts[0].combine_first(parts[1])) / 1000


def term_words(sid: str) -> str:
    """" (long-term: bonds and notes, SLT Table 3)" for a part's series id, else ""."""
    m = re.fullmatch(r"tic\.holdings_term\.\w+\.(lt|st)", sid)
    if m is None:
        return ""
    return " (long-term: bonds and notes, SLT Table 3)" if m.group(1) == "lt" else " (short-term: bills, SLT Table 3)"
