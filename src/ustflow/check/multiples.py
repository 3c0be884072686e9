"""A figure told as a multiple of its own level of a period before, in Japanese and in English (``numbers.find_amounts``
reads them as ``kind`` ratio with ``multiplier``; a balance-of-payments item's is judged as its level over its level a
year (a month) before, ``bop_judge._bop_multiple`` (session 38); any other is reported as unverifiable, a ratio of two
levels; Spanish, Portuguese and German multiples reach here through ``european``'s reading: "6,3 veces más", "el
doble", "mais que triplicando", "um den Faktor 17"):

    前年同月の約6.4倍   前年度の2.8倍   前の年の同じ月の2倍以上   約5倍の1兆2731億円
    約2・8倍に増えた   2倍近くに膨らんだ   2倍超となった   ほぼ倍の額に達し   約倍(188.4→381.4)に増加   2.3倍の規模
    前年比5.5倍   3.4倍=2.2兆円   (4兆5447億円)の2.5倍   (a headline's close) 一服で2.4倍
    soared 2.8-fold from the previous year   a roughly 15-fold increase   up nearly three-fold   up 2.8 times
    decreased almost nine times   three times reduced   3.4 times higher than in January of last year

Not a multiple of another thing ("日本の約2倍", "three times that of Britain": ``numbers.RATIO_RX``), nor a count of
times ("cut rates three times", "2倍速").
"""

from __future__ import annotations

import re

from ustflow.check.text import MONTH_NAMES, overlaps

#: "前年同月の約6.4倍", "前年度の2.8倍", "前の年の同じ月の2倍以上", "約5倍の1兆2731億円": a figure as a multiple of its own
#: level of a period before (the base named before it, or a level told right after it)
JA_MULTIPLE_RX = re.compile(r"(?:(?P<base>前年|前の年|去年|昨年|前月|前期)[^、。,]{0,6}?(?:の|比で?)|"
                            r"[(（][^()（）]{0,20}?(?:兆|億)[^()（）]{0,8}[)）]の|"
                            r"(?=[約ほおぼよそ]{0,3}[\d.・]+倍(?:以上|余り|あまり|超|強|弱|近く)?(?:の|[=＝])\s*[\d,.]+(?:兆|億)))"
                            r"(?P<q>約|ほぼ|およそ)?(?P<n>\d+(?:[.・]\d+)?)倍(?P<t>以上|余り|あまり|超|強|弱|近く)?")
#: "約2・8倍に増えた", "2倍近くに膨らんだ", "(…の)2倍超となった", "ほぼ倍の額に達し", "2.3倍の規模": a multiple the
#: level grew to, whatever base the words name before it (a bare 倍, "ほぼ倍", is double)
JA_GREW_RX = re.compile(r"(?<![\d.・倍])(?P<q>約|ほぼ|およそ)?(?P<n>\d+(?:[.・]\d+)?)?倍(?P<t>以上|余り|あまり|超|強|弱|近く)?"
                        r"(?=(?:[(（][^()（）]{0,24}[)）])?(?:に(?:増え|膨らん|膨れ|拡大|達し|急増|増加|上っ|上り|上る|なっ|伸び)|"
                        r"の(?:規模|額|水準)|と(?:なっ|なり|なる|なった)|(?:に|へ)?(?:増加|拡大|急増)))")
#: "資源価格高騰が一服で2.4倍" (a headline's close): a bare multiple ending the sentence, not of a thing named before it
#: with の ("日本の約2倍")
JA_CLOSE_RX = re.compile(r"(?<![の\d.・倍])(?P<q>約|ほぼ|およそ)?(?P<n>\d+(?:[.・]\d+)?)倍(?P<t>以上|余り|あまり|超|強|弱|近く)?"
                         r"(?=\s*。?\s*$)")
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_N = r"\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten"
#: "2.8-fold", "15-fold", "three-fold", "threefold"; "up 2.8 times", "rose three times" (a rise by a multiple, not a
#: multiple of another thing: "three times that of Britain", "three times as large as")
EN_MULTIPLE_RX = re.compile(rf"\b(?P<n>{_N})[- ]?fold\b|\b(?:up|rose|risen|grew|grown|increased|jumped|surged|soared|"
                            rf"climbed|expanded|decreased|declined|reduced|shrank|shrunk|contracted)\s+(?:by\s+)?"
                            rf"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+)?"
                            rf"(?P<k>{_N})\s+times\b(?!\s+(?:as|that|those|the|what|more|larger|bigger|higher)\b)|"
                            # "three times reduced those investments"
                            rf"\b(?P<j>{_N})\s+times(?=\s+(?:reduced|decreased|increased)\b)|"
                            # "3.4 times higher than in January of last year", "three times higher than the year before":
                            # higher than a period's level, not another thing's ("three times higher than Britain's")
                            rf"\b(?P<h>{_N})\s+times(?=\s+(?:higher|larger|bigger|greater|more)\s+than\s+(?:in\s+|during\s+)?"
                            rf"(?:the\s+|a\s+)?(?:year|month|week|previous|prior|preceding|same|last|{MONTH_NAMES}|\d{{4}})\b)",
                            re.I)


def multiple_amounts(s: str, found: list, amount_cls, qualify, precision) -> list:
    """The multiples of ``s`` (module docstring) that ``found`` does not already cover; ``amount_cls``, ``qualify``
    and ``precision`` are ``numbers.Amount``, its qualifier reader and its precision of a written number."""
    out = []
    for m in [*JA_MULTIPLE_RX.finditer(s), *JA_CLOSE_RX.finditer(s)]:
        if any(a.span[0] <= m.start("n") < a.span[1] for a in found + out):
            continue
        num, start = m.group("n").replace("・", "."), m.start("q") if m.group("q") else m.start("n")
        out.append(_amount(amount_cls, qualify, s, (start, m.end()), float(num), precision(num)))
    for m in JA_GREW_RX.finditer(s):
        if not (m.group("n") or m.group("q")) or overlaps(m.span(), found + out):
            continue
        num = (m.group("n") or "2").replace("・", ".")
        start = m.start("q") if m.group("q") else m.start()
        out.append(_amount(amount_cls, qualify, s, (start, m.end()), float(num), precision(num) if m.group("n") else 0.1))
    for m in EN_MULTIPLE_RX.finditer(s):
        g = next(k for k in ("n", "k", "j", "h") if m.group(k))
        if any(a.span[0] < m.end() and m.start(g) < a.span[1] for a in found + out):
            continue
        word = m.group(g)
        n = float(_WORDS.get(word.lower(), 0) or word)
        out.append(_amount(amount_cls, qualify, s, (m.start(g), m.end()), n,
                           precision(word) if word[0].isdigit() else 0.05 * n))
    return out


#: the Japanese words after 倍 that bound the multiple: "2倍以上" (at least), "2倍超" / "2倍余り" / "2倍強" (more than),
#: "2倍近く" / "2倍弱" (nearly)
_JA_BOUND = (("以上", "at_least"), ("超", "above"), ("余り", "above"), ("あまり", "above"), ("強", "above"),
             ("近く", "just_below"), ("弱", "just_below"))


def _amount(amount_cls, qualify, s: str, span: tuple[int, int], n: float, prec: float):
    a = amount_cls(span, s[span[0]:span[1]], n, 1.0, None, "ratio", prec, multiplier=True)
    qualify(a, s)
    if a.qualifier in ("exact", "approx") and (bound := next((q for w, q in _JA_BOUND if a.text.endswith("倍" + w)), None)):
        a.qualifier = bound
    return a
