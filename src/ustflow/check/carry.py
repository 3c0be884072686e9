"""Which earlier sentence's period a claim without one of its own does not take (issue 13).

``pipeline._inherit`` carries the period of the sentence before (same paragraph, or through a pronoun) to a claim
that names none. These periods are not the story's time for the sentences after them:

- a look-back ("Japan has added $21 billion since May."): it spans months to now; a level or a place in the next
  sentence ("The U.K. holds $342.3 billion") is at one month, not at the look-back's first;
- the month of a change of place told as background ("Japan overtook China as the largest holder in June -- the
  first time since May 2017."): with a publication date, the next sentence's figures about another holder
  ("China's holdings decreased by about $6.8 billion to $1.1 trillion.") are the story's latest data, as the
  figures with no period elsewhere in a release story are; a pronoun ("Its holdings rose ...") still carries it;
- a past state's period before a contrast in its sentence ("2019年に最大の保有国だったが、現在は2位"): the
  clause after "…だったが、" is another time.
- a period that does not come after the claim's own base: "It stood at $48.52 billion at the end of 2022. On a
  monthly basis, holdings decreased by 1.25 percent compared to the September level": a change from September ends
  after it, not at the end of 2022.

Nor does a sentence that opens on a part of the figure before ("このうち民間部門の保有は…", "Of that, private investors
held …") take that figure's holder (``part_of``): the part is not the holder's whole.
"""

from __future__ import annotations

import re

from ustflow.check.base_frames import opening_base
from ustflow.check.claims import Claim
from ustflow.check.clauses import compared_figure_period
from ustflow.check.ja_recorded import RECORDED_AFTER

#: a sentence that opens on a part of the figure before: "このうち", "うち", "Of that", "Of the total"
_PART_OF = re.compile(r"\s*(?:(?:この|その)?うち(?!に|で)|Of (?:that|this|which|the total|those|these)\b)", re.I)


def part_of(c: Claim) -> bool:
    """Whether ``c``'s sentence opens on a part of the figure before and names no maturity for it (a maturity part,
    "うち短期債は…", is the holder's own: ``holdings_terms``)."""
    from ustflow.check.holdings_terms import maturity

    return bool(_PART_OF.match(c.sentence.text)) and maturity(c) is None


#: a sentence that goes on about the same holder: "Its holdings", "It", "They", "The country"
_SAME_HOLDER = re.compile(r"\s*(?:(?:And|But|So),?\s+)?(?:It|Its|Their|They|The country|The nation|That|This)\b")


#: "2019年に最大の保有国だったが、…2位になっている": a past state's clause ends at the contrast (…だったが、); its
#: period is not the later clause's
JA_BUT = re.compile(r"(?:だった|であった|でした)が[、,]")  # (not "減らしましたが、保有残高は…": the same month goes on)


def not_carried(src: Claim, c: Claim, dated: bool) -> bool:
    """Whether ``c`` must not take the period of ``src`` (module docstring)."""
    p = src.period
    if p is None:
        return False
    if src.sentence is c.sentence and p.span[1] <= c.span[0] and JA_BUT.search(c.sentence.text, p.span[1], c.span[0]):
        return True
    if (p.kind == "since" or (p.span[1] and _SINCE_AFTER.match(src.sentence.text, p.span[1]))) and \
            (c.kind == "rank" or c.role == "level"):
        return True  # ("2025年1月以降、…減少しています。…第3位の保有者": the look-back's first month is no place's)
    if RECORDED_AFTER.match(src.sentence.text, p.span[1]):
        return True  # "2021年11月に記録した過去最大の…から約10%減少した。…中国は9718億ドル": a record's date, not the story's
    if src.sentence is not c.sentence and surpassed(src):
        return True  # "最高だった07年度の24兆3376億円を上回った。…輸出は2.1%増": the old record's year, not the story's
    if src.sentence is not c.sentence and _SINCE_REF_AFTER.match(src.sentence.text, max(p.span[1], src.span[1])):
        return True  # "2011年(6598億円)以来の水準に回復した。内訳は、…4110億円の赤字": the since's year is no one else's
    if src.sentence is c.sentence and src.span[1] <= c.span[0] and compared_figure_period(c.sentence.text, p):
        return True  # "with $1.32 trillion compared to $1.299 trillion in September, followed by China with $1.065 trillion"
    if c.base_period is not None and not c.base_period.is_latest and not p.is_latest and p.end <= c.base_period.end:
        return True  # "decreased by 1.25 percent compared to the September level": it ends after September
    if src.sentence is not c.sentence and src.measure in _BOP and not_the_frame(src):
        return True
    # (nor to another holder's place: "中国は2025年3月に英国に抜かれ3位に後退した。ベルギーは…5位" is today's)
    moved = "becomes" in src.notes or bool(_PLACE_MOVE_AFTER.match(src.sentence.text, src.span[1]))
    return dated and src.kind == "rank" and moved and c.kind in ("amount", "rank") and \
        src.sentence is not c.sentence and not _SAME_HOLDER.match(c.sentence.text) and \
        (c.subject is None or src.subject is None or
         (c.subject.kind, c.subject.slug) != (src.subject.kind, src.subject.slug))


#: a figure that the story's figure went beyond (or fell short of): "07年度の24兆3376億円を上回った", "07年の24兆9490億円を4兆円
#: 以上も上回った", "前年の実績を超えた"
_SURPASSED_AFTER = re.compile(r"\s*(?:[(（][^()（）]*[)）])?\s*(?:の(?:黒字|赤字)(?:額|幅)?)?\s*を[^、。,]{0,12}?"
                              r"(?:上回|超え|超す|超し|抜い|抜き|下回|突破|更新)")


def surpassed(src: Claim) -> bool:
    """Whether ``src``'s figure is the one its sentence says the story's figure went beyond ("黒字額は…最高だった07年度の
    24兆3376億円を上回った"): the period it states is the old figure's (a former record's), told as a point of comparison,
    not the time of the sentences after it."""
    return bool(_SURPASSED_AFTER.match(src.sentence.text, src.span[1]))


_BOP = ("bop", "bop_pct", "bop_change", "qualifier")
#: a balance's base named alone, its period relative to the story's ("前年度(8兆7245億円の黒字)", "前年同月は…", "the previous
#: year's ¥X"): the story's period is another
_BASE_ALONE = re.compile(r"前(?:の)?年(?:度|同月|同期)?|(?:a|the) year (?:earlier|before|ago)|(?:the )?(?:previous|prior|"
                         r"preceding) (?:fiscal )?year", re.I)
#: "単月での経常黒字は39カ月連続": a sentence about the month alone
_MONTH_ALONE = re.compile(r"単月")


def not_the_frame(src: Claim) -> bool:
    """Whether the period of the balance-of-payments figure ``src`` is none the sentences after it take: a base named
    alone ("経常収支の黒字額は前年度(8兆7245億円の黒字)の2倍超となった。…第1次所得収支は…20兆円を超えた": fiscal 2015's, the
    story's, not the year before), or a span more than a month long in a sentence about the month alone ("単月での経常黒字は
    39カ月連続。経常収支のうち、貿易・サービス収支は7764億円の黒字": September's, not the half's)."""
    p = src.period
    if p is None:
        return False
    if _BASE_ALONE.fullmatch(p.label.strip()):
        return True
    return bool(_MONTH_ALONE.search(src.sentence.text)) and len(p.windows) == 1 and \
        (p.end.year - p.start.year) * 12 + p.end.month - p.start.month > 0


#: a move of place told right after a place: "3位に後退した", "2位に浮上", "首位に返り咲いた"
_PLACE_MOVE_AFTER = re.compile(r"\s*(?:に|へ)?(?:後退|浮上|転落|躍進|返り咲|陥落|順位を下げ|順位を上げ)")


#: a month read as a look-back's first by the words after it ("2025年1月以降", "2024年3月以来")
_SINCE_AFTER = re.compile(r"\s*(?:以降|以来)")
#: a figure and its period that a 'since' counts from: "2011年(6598億円)以来", "(6598億円)以来の水準"
_SINCE_REF_AFTER = re.compile(r"\s*[)）]?\s*以来")


#: a sentence that points back at the period told before: "During the same period, China's holdings fell $49
#: billion", "over the same stretch", "in the same timeframe"
_SAME_PERIOD = re.compile(r"\b(?:during|over|in|for|within|across)\s+(?:that|the\s+same|this\s+same|that\s+same)\s+"
                          r"(?:period|time(?:\s*frame|\s+span)?|span|stretch|interval|twelve\s+months|12\s+months)\b", re.I)


#: the same in Japanese: "同期間に68億2000万ドルの米長期債を売却", "この期間に" (not 前年同期間, a year before)
_JA_SAME_PERIOD = re.compile(r"(?<!前年)(?<!昨年)(?:同期間|同じ期間|この期間|その期間)(?:に|中|で|の|は|、)")


def period_told_before(found: list[Claim], text: str, before) -> None:
    """A figure whose sentence points back at the period and names none ("Over that period, Belgian institutions sold
    $6.82 billion", "同期間に68億2000万ドルの米長期債を売却") takes the period the sentence just before named (``before``:
    "The purchases from Belgium were mainly in short-term bills from November to March"), figure or none; only a
    phrase that opens the sentence, before its figures (not "They were net buyers in 21 of the 23 weeks before the
    earthquake, purchasing a net 3.1 trillion yen of shares during that period": the 23 weeks, in its own sentence)."""
    m = _SAME_PERIOD.search(text) or _JA_SAME_PERIOD.search(text)
    if before is None or m is None or len(text[:m.start()]) > 20 or re.search(r"\d", text[:m.start()]):
        return
    for c in found:
        if c.kind == "amount" and c.period is None and c.span[0] >= m.end():
            c.period, c.period_how = before, "context"


#: a Japanese sentence that opens on "the same year / fiscal year / month" as its topic: "同年度の貿易収支は3兆4495億円の赤字"
_JA_SAME_OPENING = re.compile(r"\s*(?:また|なお|一方)?[、,]?\s*同(?P<kind>年度|年|月)(?:の|は|、|に)")
#: the same in English anywhere in the sentence: "resulting in a deficit of 80 billion yen that year" (the year the
#: sentence before named: "In 2001, ..."); not "that year-on-year", nor one shifted ("the same year a decade earlier");
#: a month of it ("in May that year") has its period already (``narrative_years``)
_EN_SAME = re.compile(r"\b(?:that|the\s+same)\s+(?P<kind>fiscal year|year)\b(?![-'’])(?!\s+(?:earlier|before|ago|"
                      r"later|after)\b)", re.I)
_SAME_KINDS = {"年度": ("fiscal_year",), "年": ("year",), "月": ("month",), "fiscal year": ("fiscal_year",),
               "year": ("year",)}


def same_named_before(found: list[Claim], text: str, named) -> None:
    """A figure with no period of its own in a sentence that opens on 同年度 / 同年 / 同月 (in English, that says "that
    year") takes the last period the sentences before named (``named``), when it is of that kind: "同時に発表した2011年度の経常収支は…7兆8934億円の黒字だった。
    …96年度(7兆2890億円の黒字)以来15年ぶりの低さに落ち込んだ。同年度の貿易収支は3兆4495億円の赤字。" (fiscal 2011's; a 'since'
    is no period named)."""
    m = _JA_SAME_OPENING.match(text)
    en = _EN_SAME.search(text) if m is None else None
    if (m is None and en is None) or named is None or named.kind not in _SAME_KINDS[(m or en).group("kind").lower()]:
        return
    for c in found:
        # (in English, a figure right before the words is theirs, whatever year the sentence names elsewhere: "a deficit
        # of 80 billion yen that year and ... from a deficit of 520 billion yen in 1992")
        own = en is not None and c.span[1] <= en.start() and \
            re.fullmatch(r"\s*(?:in\s+|for\s+|during\s+)?", text[c.span[1]:en.start()]) is not None
        if c.kind == "amount" and (c.period is None or own) and (en or c.span[0] >= m.end()) and c.role != "from":
            c.period, c.period_how = named, "context"  # (not a base: "同月、日本は前月の1兆2244億ドルから25億ドル増")


#: the same period shifted: "in the same period a year earlier", "during the same period last year", "the same
#: month of 2025": the period told before, a year back (not a change on a year before)
_SAME_SHIFTED = re.compile(r"\bthe\s+same\s+(?:period|time(?:\s*frame|\s+span)?|span|stretch|interval|months?|weeks?|"
                           r"quarter)\s*,?\s+(?:a\s+year\s+(?:earlier|before|ago)|(?:of\s+)?(?:the\s+)?(?:last|previous|prior|"
                           r"preceding)\s+year|(?:of|in)\s+(?:19|20)\d{2}\b)", re.I)


#: a clause of its own after the phrase: "… from the same month the previous year, despite a monthly decrease of 0.51%"
_OTHER_CLAUSE = re.compile(r"[,;]\s*(?:despite|while|whereas|but|although|though|even as)\b", re.I)


def same_period(claims: list[Claim], family) -> None:
    """A figure whose sentence says "during the same period" and states no period of its own takes the period of the
    latest earlier figure of its family (``family(measure)``) that stated one, in any paragraph before it; not a period
    told relative to another ("following ¥2 trillion of selling in the previous week"): the story's own period is meant."""
    for i, c in enumerate(claims):
        m = _SAME_SHIFTED.search(c.sentence.text) if c.kind == "amount" and c.measure.startswith("holdings_") else None
        if m is not None and m.start() < c.span[0] and not _OTHER_CLAUSE.search(c.sentence.text, m.end(), c.span[0]) \
                and not (c.period is None and opening_base(c.sentence.text)):
            # (not when the sentence opens on it and no period was read from it: "Compared with the same month last
            # year, holdings rose …" is the base base_frames gives the changes after it, not their period)
            # a holder's monthly figure: read as a change on a year before (of the latest month), or a year named
            # alone, a guess either way (MoF's weekly year-to-date 'the same period last year' is resolved elsewhere)
            c.measure = "other"
            c.notes.append("beyond: a figure of 'the same period' a year before the one the story told, which is not "
                           "resolved to its months")
            continue
        if c.period is not None or c.kind != "amount" or not c.measure or not _SAME_PERIOD.search(c.sentence.text):
            continue
        src = next((o for o in reversed(claims[:i]) if o.kind == "amount" and o.measure and o.period is not None
                    and o.period_how == "stated" and not o.period.relative and o.sentence.index < c.sentence.index
                    and family(o.measure) == family(c.measure)), None)
        if src is not None:
            c.period, c.period_how = src.period, "context"


def parallel_start_period(c: Claim, claims: list[Claim]):
    """The period of a move's starting level that states none, in a list of moves that share one start: "米10年債利回りは
    2021年末の1.51%から上昇、2年債は0.73%から3.13%に上昇", "the 10-year yield rose to 2.89% from 1.51% at the end of
    2021 and the two-year to 3.13% from 0.73%": the start told for the previous starting level of the same measure in
    the paragraph (its own period, stated), else None. Only a "from" figure: the levels moved to are the story's now."""
    prev = [o for o in claims if o is not c and o.role == "from" and o.measure == c.measure and o.period is not None
            and o.period_how == "stated" and not o.period.is_latest and o.sentence.paragraph == c.sentence.paragraph
            and (o.sentence.index, o.span[0]) < (c.sentence.index, c.span[0])]
    return prev[-1].period if prev else None


def share_start(c: Claim, claims: list[Claim]) -> None:
    """A market level that starts a move and states no period takes ``parallel_start_period``'s (as from context)."""
    if c.period is None and c.role == "from" and c.measure in ("yield_level", "fx_level"):
        start = parallel_start_period(c, claims)
        if start is not None:
            c.period, c.period_how = start, "context"


_MARKET = ("yield_level", "yield_change", "fx_level", "intervention", "fx_change", "fx_pct")
_MOVES = ("yield_change", "fx_change", "fx_pct")


def market_period_in_sentence(c: Claim, claims: list[Claim]) -> None:
    """A market move with no period of its own takes the period stated for another market figure of its sentence ("The
    yen weakened 1.3% on Wednesday, while the 10-year yield rose 8 basis points": the day named); a level with none
    that a move of its sentence reached takes the move's ("同月に約7ベーシスポイント上昇し1.51%", "rose 7 basis points
    that month to 1.51%": where the move ended)."""
    if c.period is not None or c.role == "from" or c.measure not in _MOVES + ("yield_level", "fx_level"):
        return
    same = [o for o in claims if o.sentence is c.sentence and o is not c and o.measure in _MARKET and o.period is not None
            and not o.period.is_latest and o.period_how == "stated" and o.role != "from"]
    if c.measure not in _MOVES:  # a level: only a move right before it, which it is where the move went
        same = [o for o in same if o.measure in _MOVES and o.span[1] <= c.span[0] and
                re.fullmatch(r"\s*(?:[(（][^()（）]*[)）])?\s*(?:上昇|低下|下落|上げ|下げ)(?:し|して)[、,]?\s*|"
                             r"\s*(?:to|at)\s+", c.sentence.text[o.span[1]:c.span[0]], re.I)]
    if same:
        c.period, c.period_how = same[0].period, "context"
        if c.measure not in _MOVES and not c.role:
            c.role = "level"  # the close where the move ended, not the closest one in its period
