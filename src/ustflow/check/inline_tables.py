"""A table of holders written on one line: each holder's name run straight into its holdings, the items joined by
"、", under a unit a caption names.

    今年3月の上位10か国は次の通り(単位、10億ドル)。中国1272.1 、日本1200.2、ベルギー381.4、ブラジル245.3
    比較するために昨年3月の数字をチェックしてみると、中国1270.3 、日本1114.3、英国159.1

An item is a holder's name followed by a bare number and nothing else ("中国1272.1"; "中国1兆2721億ドル" or
"中国は1272.1" are prose, read by the sentence rules). Three items in a row at least, most of them holders the checker
knows, make such a table; the number is the holder's level (TIC's Treasuries) in the unit the line names before the
items ("(単位、10億ドル)", "(10億ドル)"), else the unit of the last such table the text printed before it (the same
table again, for another month); with no unit named, nothing is read. The month is the last period the line names
before the items, else none (the latest published on the article's date). Nothing here reads data.
"""

from __future__ import annotations

import re
from datetime import date

from ustflow.check.claims import Claim
from ustflow.check.holder_tables import UNIT, UNITS, cell_claim, row_holder, unit_scale
from ustflow.check.period_grammar import Resolver
from ustflow.check.text import Sentence

#: a unit named on the line before the items: "(単位、10億ドル)", "単位:億ドル", "(10億ドル)"
_CAPTION = re.compile(rf"単位\s*[、,:：]\s*(?P<u>{UNITS})")
#: an item: a name (no digits, no punctuation; a bracketed English name may follow) and a bare number, alone
_ITEM = re.compile(r"\s*(?P<name>[^\d\s、。,，.()（）|:：;；]{2,15}(?:[(（][^)）\d]{2,30}[)）])?)"
                   r"(?P<num>\d{1,4}(?:,\d{3})*(?:\.\d+)?)\s*")
_PIECE = re.compile(r"[^、。]+")
#: a caption of another kind of figure by country, or of changes: "外貨準備高は次の通り(単位、10億ドル)", "名目GDP",
#: "前月比の増減は次の通り": not holdings levels
_OTHER_TABLE = re.compile(r"GDP|ＧＤＰ|外貨準備|人口|輸出|輸入|貿易|生産|売上|時価総額|増減|前月比|前年比|増加額|減少額|"
                          r"変化|買い越し|売り越し")
INLINE_NOTE = "an item of the article's one-line table of holders (TIC)"


def _runs(line: str) -> list[list[re.Match]]:
    """The runs of three items or more in ``line`` (each item a piece between "、" or "。" that is an item whole)."""
    runs: list[list[re.Match]] = []
    cur: list[re.Match] = []
    for piece in _PIECE.finditer(line):
        m = _ITEM.fullmatch(line, piece.start(), piece.end())
        if m is not None and line[piece.end():piece.end() + 1] != "。":
            cur.append(m)
            continue
        if m is not None:
            cur.append(m)  # the last item of a run may end the sentence
        if len(cur) >= 3:
            runs.append(cur)
        cur = []
    if len(cur) >= 3:
        runs.append(cur)
    return [r for r in runs if 3 * sum(row_holder(m.group("name")).slug != m.group("name") for m in r) >= 2 * len(r)]


def _unit(text: str) -> str | None:
    """The last unit ``text`` names ("単位、10億ドル" or a bracketed one), else None."""
    found = sorted((m.start(), m.group("u")) for rx in (_CAPTION, UNIT) for m in rx.finditer(text))
    return found[-1][1] if found else None


def inline_table_claims(text: str, ref: date | None, first_index: int) -> list[Claim]:
    """A level claim for every item of every one-line table of holders in ``text`` (module docstring)."""
    out: list[Claim] = []
    carried: str | None = None  # the unit of the last one-line table read
    resolver = Resolver(ref)
    for i, line in enumerate(text.splitlines()):
        for run in _runs(line):
            lead = line[:run[0].start("name")]
            unit = _unit(lead) or carried
            if unit is None or _OTHER_TABLE.search(lead.rstrip("。 :：").rsplit("。", 1)[-1]):
                continue  # (the caption's own sentence: "外貨準備高は次の通り(単位、10億ドル)。中国3098.8、…")
            carried = unit
            scale = unit_scale(unit)
            periods = [p for p in resolver.find(lead) if p.role != "from" and not p.is_latest]
            period = periods[-1] if periods else None
            for m in run:
                item = line[m.start("name"):m.end("num")]
                sent = Sentence(item, 20_000 + i, first_index + len(out))
                c = cell_claim(sent, m.start("num") - m.start("name"), m.group("num"), scale,
                               row_holder(m.group("name")), "level", period)
                c.notes.append(INLINE_NOTE)
                out.append(c)
    return out
