"""A balance-of-payments figure whose sentence names no item, and a level a release story gives for the year before:

    第一次所得収支の寄与が大きかった。前年比+1兆6,386億円と、大幅な黒字を計上した。   (the item of the sentence before)
    サービス収支は旅行や運輸などの状況を示す。19年は1758億円の黒字(前年は8062億円の赤字)となった。
    経常収支の内訳は、貿易収支の黒字が6299億円。6兆5890億円の赤字だった前年度から大幅に改善した。

A release story names an item once and then tells its figures in the next sentence without naming it again: a yen
figure in a sentence that names no item, said to be a surplus or deficit, or a change from the year before (前年比
X億円), is about the item named last in the sentence just before (in the same or the next paragraph; in English, the one named first). A level told
of 前年 / 前年度 beside a period's own level ("前年は…の赤字", "…の赤字だった前年度から") is that period's level a
year before: the same span (a calendar or fiscal year, a month) twelve months earlier, whatever the publication
date makes of 前年 alone. (The item of the sentence before is read in ``bop._topic_item``, with the item words;
this module holds the words of the year before and the period rule.)
"""

from __future__ import annotations

import re
from typing import Callable

from ustflow.check.bop_items import FLOWS, ITEMS, names_balance, names_item
from ustflow.check.claims import Claim
from ustflow.check.text import JA_TEXT

#: a level of the year before: "前年は8062億円の赤字" (before), "6兆5890億円の赤字だった前年度から" (after), or set in
#: brackets after the year before: "前年(5兆5176億円)に比べ減少"
_PRIOR_BEFORE = re.compile(r"(?:前年(?:度|同月|同期)?(?:は|が|には|の)|前年(?:度)?\s*[(（])\s*(?:約|およそ)?\s*$")
#: the same opening a bracket after the figure it is set beside: "18.0兆円(前年18.6兆円)の黒字" (the figure before's
#: item, a year before: ``bop_before.bracketed_prior``; no sign of a BoP figure by itself)
_PRIOR_OPENING = re.compile(r"[(（]\s*前年(?:度|同月|同期)?[:：]?\s*(?:約|およそ)?\s*$")
_PRIOR_AFTER = re.compile(r"\s*(?:の(?:黒字|赤字))?(?:だった|であった)前年(?:度|同月|同期)?(?:から|より|に比べ|と比べ)")
#: a change from the year before, right before the figure: "前年比+1兆5,321億円", "前年比で8950億円", "前年同月比4439億円"
#: the same in English, the sentence (or its clause) opening on the year before and going straight to the balance's
#: level: "The year before, it was a surplus of 1,779.6 billion yen", "In the previous fiscal year, the deficit stood
#: at ..." (not "A year earlier, the surplus rose by ...": a change; not "The year before, visitors spent ...")
_PRIOR_EN = re.compile(r"(?:^|[.;:]\s+|,\s+while\s+|,\s+and\s+)(?:(?:the|a) (?:fiscal )?year (?:before|earlier)|(?:in )?the "
                       r"(?:previous|prior|preceding) (?:fiscal )?year),?\s+(?:it|they|the (?:surplus|deficit|balance))\s+"
                       r"(?:was|stood at|came to|totall?ed|amounted to|bought|sold|purchased)\s+(?:an?\s+)?(?:net\s+)?"
                       r"(?:(?:surplus|deficit)\s+of\s+)?"
                       r"(?:about\s+|around\s+|some\s+)?(?:¥|JPY\s*)?$", re.I)
#: a balance that is no BoP item: the government's ("The government's budget deficit was ...", 財政赤字)
#: (or one a story names in quotes: 「貿易外赤字」; not 「デジタル赤字」, an item, ``bop_items.ITEMS``)
OTHER_BALANCE = re.compile(r"\b(?:budget|fiscal|primary balance)\b|\bgovernment(?:'s|’s)? (?:surplus|deficit)|財政|予算|"
                           r"プライマリー・?バランス|「(?!デジタル)[^」「、。]{1,12}(?:赤字|黒字)」", re.I)
#: (or 同 alone right before the figure, the same comparison told before it: "前年同月比+556億円増加しました。…工業権収支
#: が同+526億円の+3,389億円と大幅に増加"; not 同年, 同月, 共同)
YOY_BEFORE = re.compile(r"前年(?:度|同月|同期)?比(?:は|で|が|では)?\s*$|(?<=[がはもで、,])同\s*$")
#: a balance with one partner named in the sentence ("対米黒字"): not the item of the sentence before
PARTNER = re.compile(r"対[^\s、。,0-9０-９]{1,6}(?:黒字|赤字|収支)|\b(?:with|vis-[àa]-vis)\s+(?:the\s+)?[A-Z]")
TOPIC = "a figure of a sentence that names no item, read as the item named last in the sentence before"
PRIOR = "a level of the year before (前年は, だった前年度から, 'The year before, it was')"


def is_prior(c: Claim, opening: bool = True) -> bool:
    """Whether ``c`` is a level told of the year before (``_PRIOR_BEFORE`` / ``_PRIOR_AFTER``; with ``opening``, also
    ``_PRIOR_OPENING``)."""
    a, s = c.amount, c.sentence.text
    if a is None:
        return False
    return bool(_PRIOR_BEFORE.search(s, max(0, a.span[0] - 8), a.span[0]) or _PRIOR_AFTER.match(s, a.span[1]) or
                (opening and _PRIOR_OPENING.search(s, max(0, a.span[0] - 8), a.span[0])) or
                _PRIOR_EN.search(s[:a.span[0]]) or _PRIOR_EN_AFTER.match(s, a.span[1]) or
                _PRIOR_EN_OWN.search(s[max(0, a.span[0] - 60):a.span[0]]) or
                (_PRIOR_EN_FROM.match(s, a.span[1]) is not None and _COMPARED.search(s, max(0, a.span[0] - 50), a.span[0])
                 is not None))


#: "after 2.77 trillion yen the previous year", "against a surplus of 9.1 trillion yen the year before": the year before
#: named right after the figure
_PRIOR_EN_AFTER = re.compile(r"\s+(?:in\s+)?the (?:(?:previous|prior|preceding) (?:fiscal )?year\b|(?:fiscal )?year before\b)",
                             re.I)
#: "the goods trade surplus was 254.0 billion yen, compared with a deficit of 320.7 billion yen from the previous year": a
#: compared level "from" the year before (not a change from it: "rose 5% from the previous year")
_PRIOR_EN_FROM = re.compile(r"\s+from the (?:previous|prior|preceding) (?:fiscal )?year\b", re.I)
_COMPARED = re.compile(r"\bcompared (?:with|to)\b[^,.;]*$", re.I)
#: "compared with the previous year's deficit of 1,913.2 billion yen": the year before's own level
_PRIOR_EN_OWN = re.compile(r"\bthe (?:previous|prior|preceding) (?:fiscal )?year(?:'s|’s)\s+(?:(?:surplus|deficit|balance)\s+"
                           r"(?:of\s+)?)?(?:about\s+|around\s+|some\s+)?(?:¥|JPY\s*)?$", re.I)
#: a level in brackets after its period's, "サービス収支は3兆1639億円の赤字(同2兆6079億円の赤字)": 同 repeats the base the
#: story named in brackets before ("貿易収支は9兆2334億円の赤字(前年同期は8912億円の黒字)"), the same span a year before
_SAME_BEFORE = re.compile(r"[（(]同\s*$")
_SAME_AFTER = re.compile(r"\s*(?:の(?:黒字|赤字))?\s*[)）]")
#: a base named in brackets: the year before's level ("(前年同期は"), else a change from it ("(前年同月比") or the month before
_BRACKET_BASE = re.compile(r"[（(](?:前年(?:度|同月|同期)?(?P<level>は|が)|前年(?:度|同月|同期)?比|前月)")


def same_base_prior(c: Claim, story: str) -> bool:
    """Whether ``c`` is a level in brackets told of 同 (``_SAME_BEFORE``) after a base the story named in brackets
    before it that was the year before's level ("(前年同期は8912億円の黒字)"; not a change, "(前年同月比281億円の赤字)",
    whose 同 is a change too: ``same_base_change``)."""
    return _same_base(c, story) == "level"


def same_base_change(c: Claim, story: str) -> bool:
    """Whether ``c`` is a figure in brackets told of 同 after a change the story named in brackets before it: "貿易・サービス
    収支は1兆1478億円の赤字(前年同月比281億円の赤字)。第1次所得収支は1兆8476億円の黒字(同841億円の黒字)": 841億円 is the
    change from the same month a year before, as 281億円 is."""
    return _same_base(c, story) == "change"


#: the close of a bracketed figure a 'since' counts from: "08年度(13兆6490億円)以来の大きさ"
_SINCE_CLOSE = re.compile(r"\s*[)）]\s*(?:以来|以降)")


def since_of_change(c: Claim, claims: list[Claim]) -> bool:
    """Whether ``c`` is the bracketed figure of the time a change's record counts from: "経常黒字の減少額は10兆9265億円で、
    同じく原油高に見舞われた08年度(13兆6490億円)以来の大きさだった": fiscal 2008's fall, a change as the figure before it in its
    sentence is (a change of the same balance), not fiscal 2008's balance."""
    from ustflow.check.claims import SINCE_REF

    a, s = c.amount, c.sentence.text
    if a is None or SINCE_REF not in c.notes or not re.search(r"[(（]\s*$", s[max(0, a.span[0] - 2):a.span[0]]) or \
            _SINCE_CLOSE.match(s, a.span[1]) is None:
        return False
    before = [o for o in claims if o.kind == "amount" and o.sentence is c.sentence and o.span[1] <= c.span[0] and o.measure]
    return bool(before) and before[-1].measure == "bop_change" and before[-1].instrument == c.instrument


def _same_base(c: Claim, story: str) -> str | None:
    """What the base in brackets before a bracketed 同 figure (``_SAME_BEFORE``) was: "level" (前年同期は), "change"
    (前年同月比; not 前月, whose figure may be the month before's), else None."""
    a, s = c.amount, c.sentence.text
    if a is None or a.kind != "money" or not _SAME_BEFORE.search(s, max(0, a.span[0] - 3), a.span[0]) or \
            not _SAME_AFTER.match(s, a.span[1]):
        return None
    at = story.find(s)
    bases = list(_BRACKET_BASE.finditer(story, 0, at + a.span[0] if at >= 0 else len(story)))
    if not bases:
        return None
    return "level" if bases[-1].group("level") is not None else "change" if "比" in bases[-1].group() else None


#: the year before as the period a Japanese figure is stated at ("前年度は…"): resolved from the date, not the story
_PRIOR_LABEL = re.compile(r"前年(?:度|同月|同期)?")


def prior_years(claims: list[Claim]) -> None:
    """A level of the year before (``PRIOR`` in its notes) takes the period of the level of the same item told just
    before it (same sentence, or the sentence before), else of the story's span given to it, a year earlier."""
    from ustflow.check.periods import shift

    for i, c in enumerate(claims):
        # (a MoF flow too: "2025年の1年間で…12兆173億円買い越した。前年は4兆1883億円の買い越しだった": 2024's)
        # ("2025年度の…。前年度は2兆7737億円の買い越しだった": 前年度 is the story's fiscal year's, not the date's)
        # (and "bought 11.8 trillion yen in fiscal 2025 after net selling of 5.3 trillion yen the previous year": the
        # figure named right before "the previous year", its sentence's period the other figure's)
        flow = c.measure == "flow" and c.kind == "amount" and is_prior(c) and (
            c.period_how == "context" or (c.period is not None and _PRIOR_LABEL.fullmatch(c.period.label)) or
            (c.period_how == "stated" and bool(_PRIOR_EN_AFTER.match(c.sentence.text, c.amount.span[1]))))
        if not flow and (PRIOR not in c.notes or c.measure not in ("bop", "bop_pct")):
            continue
        host = next((h for h in reversed(claims[:i]) if h.kind == "amount" and h.measure == c.measure and
                     h.instrument == c.instrument and PRIOR not in h.notes and
                     0 <= c.sentence.index - h.sentence.index <= 1), None)
        base = host.period if host is not None and host.period is not None and not host.period.is_latest else \
            c.period if c.period is not None and c.period_how == "context" and not c.period.is_latest else None
        if base is not None:  # (a period the story gave it, its frame: the year before it)
            c.period, c.period_how = shift(base, months=-12, label=f"a year before {base.label}"), "context"


def topic_before(c: Claim, sentences: list, _last_item: Callable[[str], str | None], balance: bool = False) -> str | None:
    """The balance the sentence just before ``c``'s names as its topic (``bop.last_item``), in the same or the
    previous paragraph; when that sentence names no item at all (it goes on about the same topic: "前年同月比では約9割の
    マイナスであり、…過去最小である。…季節調整済みでは6290億円の赤字である"), the one the sentence before it names.
    ``balance``: ``c`` is said to be a surplus or deficit, which exports or imports never are, so a sentence naming
    only one of them is no topic of it either (``_flows_only``)."""
    at = c.sentence
    for k in (1, 2):
        before = next((x for x in sentences if x.index == c.sentence.index - k), None)
        if before is None or not 0 <= at.paragraph - before.paragraph <= 1:
            return None
        if (item := _last_item(before.text)) is not None or (
                names_item(before.text) and not (balance and _flows_only(before.text))):
            return item
        at = before
    return None


#: a surplus or deficit named in a sentence: what exports or imports never are
BALANCE_WORD = re.compile(r"\b(?:surplus|deficit)(?:es|s)?\b|黒字|赤字", re.I)


def _flows_only(text: str) -> str:
    """"exports" or "imports" (``FLOWS``) when ``text`` names one of them and no balance, "both" when it names both
    ("Exports grew 14 percent ..., while imports gained 12.8 percent": their balance is the goods balance), else ""."""
    if names_balance(text):
        return ""
    named = [k for k in FLOWS if re.search(ITEMS[k][0], text, re.I)]
    return "both" if len(named) == 2 else named[0] if named else ""


def balance_before(c: Claim, sentences: list | None, last: tuple[int, int, str] | None,
                   _last_item: Callable[[str], str | None]) -> tuple[int, int, str] | None:
    """The balance a figure's "the surplus" may refer to: the one ``last`` holds (named with a figure in this sentence or
    the one before), else the one the sentence just before names with no figure of its own ("The current account
    surplus fell at a record pace in fiscal 2008. The surplus was down 50.2 percent ...", ``bop.last_item``, passed
    in: this module is imported by ``bop``)."""
    if not sentences or (last is not None and last[0] >= c.sentence.index - 1):
        return last
    before = next((x for x in sentences if x.index == c.sentence.index - 1), None)
    if before is None:
        return last
    flows = _flows_only(before.text)
    if flows == "both" and _last_item(before.text) is None:
        # "Exports grew 14 percent ..., while imports gained 12.8 percent .... The balance achieved a ¥768.8 billion
        # surplus": the balance of the two, goods exports less imports
        return before.index, before.paragraph, "goods"
    balance = bool(BALANCE_WORD.search(c.sentence.text))
    if (item := _last_item(before.text)) is None and (
            not names_item(before.text) or (balance and flows)):
        # a sentence naming no item goes on about the one before it ("The balance ... stood at ¥1.18 trillion. The surplus
        # shrank for the third month in a row. It declined 84.2 percent in April."), and so does one naming only exports
        # or imports, for a surplus or deficit ("... its largest current account surplus on record in fiscal 2023.
        # Exports of automobiles helped push the number higher. ... the surplus stood at more than 25.3 trillion yen")
        if last is not None and last[0] == before.index - 1:
            return before.index, before.paragraph, last[2]
        item = topic_before(c, sentences, _last_item, balance)
    return (before.index, before.paragraph, item) if item is not None else last


#: a frame of a Japanese sentence, not its topic: a period, a basis of comparison or a release ("3月の国際収支(速報)では",
#: "前年同月比では", "半期ベースでは", "同月の速報では", "上半期では"); not a part's frame, which names what the figure is
#: of ("アジア向けでは", "対米では", "地域別では", "自動車では", "輸出では": a part, not the balance named before)
_FRAME = re.compile(r"(?:国際収支|統計|速報|発表|月|年|年度|期|週|比|ベース|基準|時点)[)）]?では|"
                    r"前年(?:同月|同期|度)?比は")  # ("前年同月比は5,811億円の増加で": the basis, no topic)


#: a Japanese clause of cause before a figure, with a subject of its own that is not the figure's: "前年に海運業の業績が
#: 好調だった反動で", "原油など資源価格の持ち直しで輸入額が増えたため、"
_CAUSE_CLAUSE = re.compile(r"[^、。]*?(?:ため|反動で|影響で|こと(?:など)?(?:から|で)|により|によって|を背景に)[、,]?")


def without_causes(head: str) -> str:
    """``head`` without its clauses of cause (``_CAUSE_CLAUSE``)."""
    return _CAUSE_CLAUSE.sub("", head)


def names_topic(head: str) -> bool:
    """Whether the Japanese text before a figure names a topic of its own (a は or が), a frame ("…では") or a clause of
    cause ("前年に海運業の業績が好調だった反動で20.3%減") being none: "同日発表した3月の国際収支(速報)では、前年同月比48.8%減の
    1兆4856億円となり" goes on about the balance before."""
    return bool(re.search(r"[はが]", _FRAME.sub("", without_causes(head))))


#: how many sentences back the level a run of surpluses (deficits) is said of may be told ("…経常収支は6074億円の黒字だった。
#: …1月の黒字額としては…最大。…牽引した。\n黒字は43カ月連続で": the balance the paragraph before told)
_TOLD_BACK = 3


def run_told_before(c: Claim, claims: list[Claim], run_of_sign: re.Pattern) -> str | None:
    """"同時に発表した17年12月の経常収支は7972億円の黒字だった。黒字は42カ月連続だが、…": a run of surpluses (deficits) said of
    the balance alone ("黒字は", "the surplus ... for the Nth straight month"), in a sentence that names no item, is a run of
    the balance whose level was told last before it (``level_told_before``); None when none was, or the run's words are
    not the balance's."""
    s = c.sentence.text
    if not run_of_sign.search(s[max(0, c.span[0] - 24):c.span[0]]):
        return None
    return level_told_before(c, claims)


def level_told_before(c: Claim, claims: list[Claim]) -> str | None:
    """The item of the BoP balance whose level was told last before ``c`` (in its sentence or up to ``_TOLD_BACK``
    sentences before, in the same or the next paragraph, with no other item's figure told since), or None."""
    told = [o for o in claims if o.kind == "amount" and o.measure == "bop" and o.instrument is not None and
            o.instrument[1] not in FLOWS and o.amount is not None and PRIOR not in o.notes and (
                (o.sentence is c.sentence and o.amount.span[1] <= c.span[0]) or
                (c.sentence.index - _TOLD_BACK <= o.sentence.index < c.sentence.index and
                 0 <= c.sentence.paragraph - o.sentence.paragraph <= 1))]
    if not told:
        return None
    last = told[-1]
    if last.sentence.index < c.sentence.index - 1 and any(
            o.kind == "amount" and o.measure.startswith("bop") and o.instrument != last.instrument and
            last.sentence.index < o.sentence.index < c.sentence.index for o in claims):
        return None  # (told further back: no other item's figure since)
    return last.instrument[1]




def record_told_before(c: Claim, claims: list[Claim]) -> str | None:
    """"経常収支は1兆9256億円の黒字だった。…11月として過去最大の黒字幅となった", "…2兆8億円の黒字だった。前年同月に比べて
    23.1%増え、8月としては9年ぶりの高水準となった": a Japanese record or look-back in a sentence that names no BoP item
    (nor exports or imports) and tells no BoP figure of its own (but the percent the balance moved by to the record:
    ``bop_items.figure_beside``) is the record of the balance whose level was told last before it (``level_told_before``),
    as a run of surpluses said alone is; not a record of a move ("過去最大の減少幅")."""
    from ustflow.check.bop_items import MOVE_NAMED, figure_beside

    q, s = c.qualifier, c.sentence.text
    if q is None or q.kind not in ("extreme", "first_since") or not JA_TEXT.search(q.phrase) or \
            MOVE_NAMED.search(q.phrase + s[c.span[1]:c.span[1] + 4]) or \
            names_item(s) or \
            any(o.measure.startswith("bop") and figure_beside(o, c) for o in claims) or _other_topic(s[:c.span[0]]):
        return None
    return level_told_before(c, claims)


#: what may stand as a record's topic in its clause and still be the balance: its side or size ("黒字幅は"), a
#: demonstrative pointing back at what was told ("これは"), a frame ("11月としては", "上半期では")
_BALANCE_TOPIC = re.compile(r"(?:黒字|赤字)(?:額|幅)?(?:は|が|も)|(?:これ|それ)(?:は|が|も)|として(?:は)?|と(?:して)?は|では|には")


def _other_topic(head: str) -> bool:
    """Whether the record's own clause (from the last pause before it) names a topic of its own that is not the balance:
    "原油価格は5年ぶりの高水準となった", "訪日客数は2018年度以来の高水準" are another quantity's."""
    clause = re.split(r"[、,。]", head)[-1]
    return bool(re.search(r"[はが]", _BALANCE_TOPIC.sub("", clause)))


def ja_record_own(c: Claim, own: tuple[str, int | None] | None) -> tuple[str, int | None] | None:
    """"…9月の訪日外国人旅行者数が同46.7%増の161万2,300人と大きく伸びたのに対して、…だったため、旅行収支が1996年以降、9月として
    過去最大となった": a Japanese record whose own clause names a BoP balance as its subject (``own``: the balance and side
    its words name) is that balance's, not its host's when the host beside it is no BoP figure nor money (another
    statistic: visitors); None otherwise (a BoP host keeps its months, the item turned by ``bop_records.on_named_item``)."""
    h = c.host
    if own is None or c.qualifier is None or c.qualifier.kind != "extreme" or not JA_TEXT.search(c.qualifier.phrase) or \
            h is None or h.sentence is not c.sentence or h.measure.startswith("bop") or _money(h):
        return None
    return own


def _money(h: Claim) -> bool:
    """Whether ``h`` is an amount of money ("20兆円を超える": a level the balance is compared with), not a count or a rate
    of another statistic (visitors, "161万2,300人")."""
    return h.amount is not None and h.amount.kind == "money" and h.amount.currency is not None


def later_clause(s: str, end: int, at: int) -> bool:
    """Whether an item named at ``at`` is in a clause after the bracketed figure ending at ``end`` (the bracket closed
    between): "黒字額が5年ぶり減少(前年度より2兆7605億円減少)した理由は、…貿易収支の黒字額が…": the reason's item, not the
    figure's."""
    return at >= end and bool(re.search(r"[)）]", s[end:at]))


#: a record said of a year named right after it: "過去最大だった07年に次ぐ過去2番目の高水準", "過去最高だった2007年度"
_RECORD_YEAR = re.compile(r"\s*(?:だった|であった|を記録した|となった|の)\s*(?P<y>(?:19|20)\d{2}|\d{2})年(?P<fy>度)?(?![\d月])")


def record_of_year(c: Claim):
    """The year (fiscal year) a record is said of when the year is named right after it (``_RECORD_YEAR``): a Period,
    or None."""
    from datetime import date

    from ustflow.check.periods import Period

    m = _RECORD_YEAR.match(c.sentence.text, c.span[1])
    if m is None:
        return None
    y = int(m.group("y")) if len(m.group("y")) == 4 else 2000 + int(m.group("y")) if int(m.group("y")) < 50 else \
        1900 + int(m.group("y"))
    if m.group("fy"):
        return Period("fiscal_year", [(date(y, 4, 1), date(y + 1, 3, 31))], m.group(0).strip(), span=m.span())
    return Period("year", [(date(y, 1, 1), date(y, 12, 31))], m.group(0).strip(), span=m.span())


#: a rate of the year before a move's is told from: "the increase was down from 10.6 percent the previous year", "伸び率は
#: 前年度の10.6%から縮小"
_RATE_FROM_EN = re.compile(r"\bfrom\s+(?:about\s+|around\s+)?$", re.I)
_RATE_FROM_JA = re.compile(r"前年(?:度)?の\s*$")


def rate_before(c: Claim, claims: list[Claim]) -> Claim | None:
    """The BoP percent change (``bop_pct``) told just before ``c`` (in its sentence, or the sentence before in the same
    paragraph) when ``c`` is that move's rate a year before, the base it moved from ("Exports rose 2.6 percent ..., but
    the increase was down from 10.6 percent the previous year"; "輸出も…2.6%増えたが、伸び率は前年度の10.6%から縮小"); None
    otherwise."""
    a, s = c.amount, c.sentence.text
    if a is None or a.kind != "percent":
        return None
    en = _RATE_FROM_EN.search(s[max(0, a.span[0] - 20):a.span[0]]) and _PRIOR_EN_AFTER.match(s, a.span[1])
    ja = _RATE_FROM_JA.search(s[max(0, a.span[0] - 6):a.span[0]]) and s.startswith("から", a.span[1])
    if not (en or ja):
        return None
    told = [h for h in claims if h.measure == "bop_pct" and h.kind == "amount" and h.instrument is not None and
            h.amount is not None and PRIOR not in h.notes and (
                (h.sentence is c.sentence and h.amount.span[1] <= a.span[0]) or
                (h.sentence.index == c.sentence.index - 1 and h.sentence.paragraph == c.sentence.paragraph))]
    return told[-1] if told else None
