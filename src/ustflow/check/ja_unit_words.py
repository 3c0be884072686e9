"""Japanese amounts whose unit word is missing or written out in digits.

The kanji reader (``numbers.AMOUNT_RX``) reads "2兆5726億円" and "1258億ドル"; three other ways of writing an amount
slipped past it (a figure not read is a figure not checked):

- **written out in full**: "22,000,000,000ドル", "1,500,000,000円" (a blog's or a translation's spelling of
  $22 billion): read as written, precise to the last non-zero digit;
- **億 left out after 兆**: "5兆1,634円", "1兆2582ドル". A 兆 followed by a group of at most four digits and the
  currency cannot mean a trillion and 1,634 yen (nobody writes that); the group is the 億 of the same figure, as
  "5兆1634億円" (the 万-step grouping of Japanese numerals); read so, and marked ``Amount.slip`` as below: the
  figure as printed is still a typo, so when the 億 reading fits it is reported as a unit error (a reporter must
  correct it before printing), and judged as usual when it does not;
- **億 dropped from a national aggregate**: "赤字額は前年同月比3051円減り" (a TV transcript's "3051円" for 3,051 in
  100 million yen). A four-to-six-digit yen amount with no unit word, in a sentence about a balance, a net flow or
  an intervention (``_AGGREGATE``), and none about a price (``_PRICE``), is no amount of yen a national
  balance could be: it is read in 億円 and marked ``Amount.slip`` so that ``slip_judgement`` reports the figure as
  printed as a unit error (``contradicted``, flagged ``unit_trap``) when the 億円 reading fits, as the compare rule
  does for a figure whose digits match at 10^8. Without such a word ("株価は3051円", "1人3,000円") the figure is
  left alone.

And a move of the yen told in yen ("一時5円以上急伸した", "7円も急騰", "4円以上円高が進み"): a ``fx_move`` as the English
"by more than 7 yen" is (judged as a move of the exchange rate, which needs the days it happened over), in a
sentence on the yen's market and none on a price ("ガソリン価格が5円上昇": no).
"""

from __future__ import annotations

import re

from ustflow.check.results import CONTRADICTED, SUPPORTED, Judgement, set_aside
from ustflow.check.text import overlaps

#: "22,000,000,000ドル": at least two thousands groups, then the currency (no kanji unit before it)
_FULL = re.compile(r"(?<![\d.,兆億万])(?P<n>\d{1,3}(?:,\d{3}){2,})(?P<cur>円|(?:米)?ドル)")
#: "5兆1,634円": 兆, then one group of up to four digits (a comma allowed), then the currency
_CHO_GROUP = re.compile(r"(?<![\d.,])(?P<cho>\d+(?:\.\d+)?)兆(?P<g>\d{1,4}|\d,\d{3})(?P<cur>円|(?:米)?ドル)")
#: "3051円", "3,051円": four to six digits, no unit word before the currency, no price band after it
_BARE = re.compile(r"(?<![\d.,兆億万=＝])(?P<n>\d{4,6}|\d{1,3},\d{3})円(?![台前後\d銭])")
#: what a national balance, a net flow or an intervention is called
_AGGREGATE = re.compile(r"収支|赤字|黒字|買い越|売り越|取得超|処分超|介入|経常|貿易")
#: what prices, wages and household sums are called: a bare yen figure there is a plain yen figure
_PRICE = re.compile(r"株価|価格|値段|相場|円安|円高|ドル[=＝]|1ドル|一人|1人|世帯|毎月|給与|賃金|税|料金|積み?立")


#: "5円以上急伸", "7円も急騰", "4円以上円高が進み": one or two digits of yen, then a move word within a few characters
_JA_MOVE = re.compile(r"(?<![\d.,=＝])(?P<n>\d{1,2}(?:\.\d{1,2})?)円(?P<q>以上|超|強|弱|近く|あまり|余り|程度|ほど)?も?"
                      r"(?=[^。、]{0,8}?(?:急騰|急伸|急落|値上がり|値下がり|上昇|下落|変動|円高|円安|跳ね上が))")
#: the yen's market as the sentence's subject: its name ("円相場", "ドル円", "為替"), an intervention, a rate level
#: ("1ドル=145円台", "157円台半ば"), the yen or the dollar as a topic ("円は", "ドルが"), or the yen's move itself
#: ("円高が進み"); not "円安" named as a cause ("円安の影響で、コーヒー1杯が20円値上がりした": a price)
_JA_MARKET = re.compile(r"円相場|ドル円|円ドル|対ドル|為替|介入|\d円台|1ドル|(?<![\d兆億万千])(?:円|ドル)[はがも](?!\d)|"
                        r"円[高安](?:ドル[高安])?[がはも]?(?:進|加速|急)")
_NOT_MARKET = re.compile(r"株価|価格|値段|ガソリン|料金|運賃|給与|賃金|ドル建て")
_MOVE_QUAL = {"以上": "above", "超": "above", "強": "above", "弱": "just_below", "近く": "just_below", "あまり": "approx",
              "余り": "approx",
              "程度": "approx", "ほど": "approx"}


def _precision(digits: str, unit: float) -> float:
    zeros = len(digits) - len(digits.rstrip("0"))
    return 0.5 * unit * 10 ** zeros


def _clause(s: str, start: int, end: int) -> str:
    """The clause of ``s`` a figure at ``start:end`` is in: from the last 、 or 。 before it to the next one after it.
    A balance's figure printed without its 億 is the balance's own ("貿易収支は2,292円の赤字", "赤字額は前年同月比3051円
    減り"), not a sum in another clause beside it ("旅行収支の黒字が拡大し、訪日客の消費額は平均21,000円だった")."""
    head = max(s.rfind(x, 0, start) for x in "、。,，")
    tail = [i for i in (s.find(x, end) for x in "、。,，") if i >= 0]
    return s[head + 1:min(tail) if tail else len(s)]


def unit_word_amounts(s: str, found: list, amount_cls) -> list:
    """The amounts of ``s`` written in the three forms of the module docstring that ``found`` (the kanji
    reader's) does not already cover; ``amount_cls`` is ``numbers.Amount``."""
    taken = [a.span for a in found]
    out = []

    def free(span: tuple[int, int]) -> bool:
        return not overlaps(span, taken)

    for m in _FULL.finditer(s):
        digits = m.group("n").replace(",", "")
        value = float(digits)
        scale = 1e12 if value >= 1e12 else 1e9 if value >= 1e9 else 1e6
        cur = "JPY" if m.group("cur") == "円" else "USD"
        if free(m.span()):
            out.append(amount_cls(m.span(), m.group(0), value / scale, scale, cur, "money", _precision(digits, 1.0)))
    for m in _CHO_GROUP.finditer(s):
        group = m.group("g").replace(",", "")
        value = float(m.group("cho")) * 1e12 + float(group) * 1e8
        cur = "JPY" if m.group("cur") == "円" else "USD"
        if free(m.span()):
            a = amount_cls(m.span(), m.group(0), value / 1e12, 1e12, cur, "money", _precision(group, 1e8))
            a.slip = "億 left out after 兆"
            out.append(a)
    if _AGGREGATE.search(s) and not _PRICE.search(s):
        for m in _BARE.finditer(s):
            digits = m.group("n").replace(",", "")
            if free(m.span()) and _AGGREGATE.search(_clause(s, *m.span())):
                a = amount_cls(m.span(), m.group(0), float(digits), 1e8, "JPY", "money", 0.5e8)
                a.slip = "億 dropped"
                out.append(a)
    if _JA_MARKET.search(s) and not _NOT_MARKET.search(s):
        for m in _JA_MOVE.finditer(s):
            if free(m.span()):
                n = m.group("n")
                prec = 0.5 * 10 ** -len(n.split(".")[1]) if "." in n else 0.5
                a = amount_cls(m.span(), m.group(0), float(n), 1.0, "JPY", "fx_move", prec)
                a.qualifier = _MOVE_QUAL.get(m.group("q") or "", "exact")
                out.append(a)
    return out


def slip_judgement(c, j: Judgement) -> Judgement:
    """A figure printed without its 億 (``Amount.slip``) that fits when read in 億円 is wrong as printed: a unit
    error, ``contradicted`` and flagged ``unit_trap``; otherwise ``j`` (contradicted on both readings, or not
    judged). A Japanese move of the yen in yen ("7円以上値上がり") contradicted by the daily noon rates is not judged:
    such a move is the day's swing, high to low."""
    a = getattr(c, "amount", None)
    if a is not None and a.kind == "fx_move" and a.text.startswith(tuple("0123456789")) and "円" in a.text \
            and j.verdict == CONTRADICTED:
        return set_aside(j, f"not judged: a move of the yen told in yen ('{a.text}') is, in Japanese reports, the "
                            f"swing from the day's high to its low, which one noon rate a day cannot show. As read, "
                            f"{j.explanation}", [*j.flags, "intraday"], tolerance=j.tolerance)
    if a is None or not getattr(a, "slip", "") or j.verdict != SUPPORTED:
        return j
    if a.slip == "億 left out after 兆":
        why = (f"unit error: '{a.text}' is printed without its 億 (as written, a trillion and a few thousand units); "
               f"read with 億 after its last group it fits ({j.explanation}): a typo to correct before printing")
    else:
        why = (f"unit error: '{a.text}' is printed in yen without its 億; read in 100 million yen it fits "
               f"({j.explanation}), as printed it is a hundred-millionth of that")
    return Judgement(CONTRADICTED, why, series=j.series, official_value=j.official_value,
                     official_unit=j.official_unit, period=j.period, vintage=j.vintage, conversion=j.conversion,
                     tolerance=j.tolerance, flags=[*j.flags, "unit_trap"], claimed_value=j.claimed_value)
