"""Fractions written in words, in English and in Japanese (``numbers.find_amounts`` calls ``fraction_amounts``):

    about a third of foreign-held Treasuries     cut its holdings by half     shrank nearly a fifth to a record low
    reduced its holdings by more than a quarter  almost a third of the positive balance recorded last November
    約8割減った   9割以上減って   前年同月比では約9割のマイナス   日中だけで約4割を占めている   3分の1余りを占めた
    ピーク時の07年と比べると7割程度にとどまった   約16分の1に縮小した   5分の1以下に落ち込んだ

A fraction is one of three figures, by the words around it:

- a change, read as a percentage (``kind`` percent): after "by" or a verb of a move ("shrank nearly a fifth", "fell by
  a third"), before a Japanese word of a move ("8割減", "9割以上減って", "9割のマイナス");
- a share, read as a percentage: "a third of foreign-held Treasuries", "約4割を占めている";
- a level as a fraction of another level ("7割程度にとどまった", "almost a third of the balance recorded last
  November", "shrank to one-fifth of the previous year"): ``kind`` ratio with ``multiplier``, reported as unverifiable
  (a ratio of two levels, which ``dispatch`` does not judge).

A fraction is a coarse figure (writers say "a third" for 30-36%): it carries a tenth of its own size as rounding
("half" = 50 +- 5, "a tenth" = 10 +- 1); "8割" is eight tenths to the nearest tenth (75-85%).
"""

from __future__ import annotations

import re

from ustflow.check.text import overlaps

FRACTIONS = {"half": 1 / 2, "third": 1 / 3, "quarter": 1 / 4, "fifth": 1 / 5, "sixth": 1 / 6, "seventh": 1 / 7,
             "eighth": 1 / 8, "ninth": 1 / 9, "tenth": 1 / 10, "two-thirds": 2 / 3, "three-quarters": 3 / 4,
             "two-fifths": 2 / 5, "three-fifths": 3 / 5}
_ABOUT = r"(?:(?:more than|over|nearly|almost|about|around|roughly|some|close to|just over|just under|less than)\s+)?"
#: a verb of a move the fraction is the size of: "shrank nearly a fifth", "cut by a third", "fell by more than half"
_MOVE = (r"(?:shr[ai]nk|shrunk|shrinks|fell|falls|fallen|dropped|drops|declined|declines|plunged|plummeted|slumped|"
         r"tumbled|sank|slid|contracted|decreased|rose|rises|risen|grew|grown|jumped|surged|increased|expanded|climbed|"
         r"cut|cuts|reduced|trimmed|slashed|pared|lost|sold(?:\s+off)?|sells?(?:\s+off)?|dumped|dumps|offloaded|shed|"
         r"sheds)")
FRACTION_RX = re.compile(
    rf"(?<![\w-])(?:(?P<by>(?:\b{_MOVE}\s+)?by\s+{_ABOUT}|\b{_MOVE}\s+{_ABOUT})|(?<=\s))(?:(?:a|one)[- ])?"
    r"(?P<f>half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|two[- ]thirds|three[- ]quarters|two[- ]fifths|"
    r"three[- ]fifths)\b(?!\s+(?:of\s+)?(?:a|an)\s)"  # (not "rose a quarter of a percentage point", "half a point")
    # a share: "... of foreign-held Treasuries", never a part of a period ("the first half of 2025")
    r"(?(by)|(?=\s+of\s+(?!(?:the\s+)?(?:year|month|week|decade|century|fiscal|financial|quarter|day|session|"
    r"(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December)\b)))",
    re.I)
#: what a fraction is a share of: all foreign holdings ("of foreign-held Treasuries", "of the total held abroad",
#: "of US government debt held abroad")
_SHARE_OF = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?:[\w.$-]+\s+){0,4}?(?:foreign|overseas|abroad|total|outstanding|"
                       r"held by|owned by|international|marketable|Treasur)", re.I)
#: the other level a fraction measures a level by: "of the positive balance recorded last November", "to nearly
#: one-fifth of the previous year"
_LEVEL_OF = re.compile(r"\s+of\s+(?:the|its|their|a|last)\s+(?:[\w-]+\s+){0,2}?(?:year|month|balance|surplus|deficit|"
                       r"level|figure|amount|peak|record)", re.I)

_KANJI = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_JN = r"\d{1,3}|[一二三四五六七八九十]{1,2}"
#: "約8割", "9割以上", "1割5分", "3分の1余り", "約16分の1" (not 割安, 割高, 割合, 割引, 割り当て, 割れ, 役割)
JA_FRACTION_RX = re.compile(rf"(?<![\d.一二三四五六七八九十役])(?:(?P<wari>\d{{1,2}}|[一二三四五六七八九])割(?:(?P<bu>\d)分)?"
                            rf"(?![安高引合当りれ込])|(?P<den>{_JN})分の(?P<num>{_JN})(?![\d一二三四五六七八九十]))")
#: a move the fraction is the size of, said after it: "8割減", "9割以上減って", "約9割のマイナス", "3割増えた"
_JA_MOVE_AFTER = re.compile(r"(?:以上|程度|近く|強|弱|超|余り|あまり|ほど|前後)?(?:も|が)?(?:の)?"
                            r"(?:減|増|マイナス|プラス|低下|上昇|下落|落ち込)")
#: a share: "約4割を占めている", "4割のシェア"
_JA_SHARE_AFTER = re.compile(r"(?:以上|程度|近く|強|弱|超|余り|あまり|ほど|前後)?(?:を占め|のシェア)")


def _num(t: str) -> int:
    return int(t) if t.isdigit() else (_KANJI[t[0]] * 10 + _KANJI[t[1]] if len(t) == 2 and t[0] != "十" else
                                       10 + _KANJI[t[1]] if len(t) == 2 else _KANJI[t])


def fraction_amounts(s: str, found: list, amount_cls, qualify) -> list:
    """The fractions of ``s`` (module docstring) that ``found`` does not already cover; ``amount_cls`` and ``qualify``
    are ``numbers.Amount`` and its qualifier reader."""
    return _english(s, found, amount_cls, qualify) + _japanese(s, found, amount_cls, qualify)


def _english(s: str, found: list, amount_cls, qualify) -> list:
    out = []
    for m in FRACTION_RX.finditer(s):
        if any(a.span[0] <= m.start("f") < a.span[1] for a in found):
            continue
        if re.search(r"\b(?:first|second|latter|former|1st|2nd|the|other|and a)\s*$", s[:m.start("f")], re.I) and \
                not m.group("by"):
            continue  # "the first half", "the other half": not a fraction of a quantity
        frac = FRACTIONS[re.sub(r"\s", "-", m.group("f").lower())]
        start = m.start("f")
        head = re.search(r"(?:\b(?:a|one)[- ])$", s[:start], re.I)
        if head:
            start = head.start()
        ratio = False
        if not m.group("by") and not _SHARE_OF.match(s, m.end("f")):
            if not _LEVEL_OF.match(s, m.end("f")):
                continue  # "half of the gains", "a quarter of a percentage point": a part of something else
            ratio = True  # "almost a third of the positive balance recorded last November"
        if ratio:
            a = amount_cls((start, m.end("f")), s[start:m.end("f")], round(frac, 4), 1.0, None, "ratio",
                           round(frac / 10, 4), multiplier=True)
        else:
            a = amount_cls((start, m.end("f")), s[start:m.end("f")], round(100 * frac, 2), 1.0, None, "percent",
                           round(10 * frac, 2))
        qualify(a, s)
        out.append(a)
    return out


def _japanese(s: str, found: list, amount_cls, qualify) -> list:
    out = []
    for m in JA_FRACTION_RX.finditer(s):
        if overlaps(m.span(), found):
            continue
        if m.group("wari"):
            pct = 10.0 * _num(m.group("wari")) + (float(m.group("bu")) if m.group("bu") else 0.0)
            prec = 0.5 if m.group("bu") else 5.0
        else:
            den, num = _num(m.group("den")), _num(m.group("num"))
            if not den or num >= den:
                continue
            pct = 100.0 * num / den
            prec = pct / 10
        tail = s[m.end():m.end() + 16]
        if _JA_MOVE_AFTER.match(tail) or _JA_SHARE_AFTER.match(tail):
            a = amount_cls(m.span(), m.group(0), round(pct, 2), 1.0, None, "percent", round(prec, 2))
        else:  # "7割程度にとどまった", "約16分の1に縮小": a level as a fraction of another
            a = amount_cls(m.span(), m.group(0), round(pct / 100, 4), 1.0, None, "ratio", round(prec / 100, 4),
                           multiplier=True)
        qualify(a, s)
        out.append(a)
    return out
