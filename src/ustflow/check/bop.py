"""Japan's balance of payments as the monthly release stories put it: the current account, the goods (trade) and
services balances, primary and secondary income, in yen, as levels or percent changes from a year (month) before:

    Japan's current account surplus shrank from 1,807 billion yen in April to 1,401 billion yen in May after
    seasonal adjustment; the services balance turned from a surplus of 75 billion to a deficit of 194 billion yen.
    The surplus in the current account stood at ¥287.1bn in August before seasonal adjustment, up 82.7% from a
    year earlier.  4月の経常収支は1兆9000億円の黒字だった。

The figure is about the item named nearest before it in its sentence (else just after it); surplus / deficit
(黒字 / 赤字, or a minus sign) set its sign. The BoJ's monthly balance of payments (``boj.bop``, JPY 100 mn):
seasonally adjusted when the sentence (else the article) says so, not adjusted when it says "before seasonal
adjustment" (the release's headline), and both tried when it says neither. Only in a story about Japan's balance
of payments (it names the current account or the balance of payments), only for Japan or no country: the store
holds no other country's. A "trade balance" in such a story is the BoP's goods balance (customs-based trade
statistics, which the store does not hold, are left out when the sentence names them). Exports and imports are the
BoP's goods exports and imports, unless the story names customs-based trade statistics (then left to the other
rules) or the figure is called a surplus or deficit (then it is the balance named nearest). A percentage with no
comparison stated is a change from the same month a year before (the release's headline comparison), for a
seasonally adjusted figure from the month before. The travel balance (旅行収支) is the services item the releases
single out; a dollar figure of a balance is its yen converted (``bop_usd``). This module reads which item a figure
is about and marks it (``reread``); the judges of the marked figures are in ``ustflow.check.bop_judge``.
"""

from __future__ import annotations

import re

from ustflow.check import bop_indirect as BN, bop_items as BI, bop_owner as BO, bop_topic as BT, windows as W
from ustflow.check.bop_asides import aside_spans, in_cause
from ustflow.check.bop_before import FLOW_TOPIC, PERIOD_BALANCE, bracketed_prior, through_flows
from ustflow.check.bop_hostless import balance_told_before, headline_balance, names_move, story_balance
from ustflow.check.bop_items import FLOWS, ITEMS, MOVE_NAMED, SIDED, bilateral, bop_story, moved_into, moves_other
from ustflow.check.bop_sides import sided_item
from ustflow.check.claims import BOP_CARRIED, Claim
from ustflow.check.roles import DIR_RX
from ustflow.check.text import JA_TEXT, KANA

_SIGN = re.compile(r"\b(?P<plus>surplus(?:es)?|in the black|black ink)\b|\b(?P<minus>deficits?|in the red|red ink)\b|(?P<jplus>黒字)|"
                   r"(?P<jminus>赤字)", re.I)
_CUSTOMS = re.compile(r"\bcustoms\b|\btrade (?:statistics|data) (?:from|by|of) the (?:finance )?ministry|通関", re.I)
MONTH_BACK = W.MONTH_BACK


#: between a figure and the item it is in: " in ", " (208.30 million U.S. dollars) in Japan's "
_IN_ITEM = re.compile(r"\s*(?:[(（][^()（）]{1,40}[)）]\s*)?,?\s+in\s+(?:(?:Japan|the\s+(?:country|nation))(?:'s|’s)\s+|the\s+|its\s+)?", re.I)


#: exports and imports named together before one figure said of both: "輸出・輸入はともに10%以上増加", "輸出、輸入ともに"
_BOTH_FLOWS = re.compile(r"(?P<first>輸出|輸入)(?:額)?\s*(?:・|、|と|及び|および)\s*(?:輸入|輸出)(?:額)?\s*(?:は|が)?\s*"
                         r"(?:ともに|共に|いずれも)")


def _nearest_item(s: str, start: int, end: int, flows: bool = True) -> str | None:
    """The item named right after the figure ("a ¥300 billion trade deficit"), else the nearest before it, else one
    named a little after it; "" when that item is a balance with one partner (``_bilateral``: no series of it).
    ``flows``: whether exports and imports may be the item (not for a figure said to be a surplus or deficit)."""
    best: tuple[tuple[int, int], str] | None = None
    if flows and (both := _BOTH_FLOWS.search(s, max(0, start - 30), start)) and not re.search(r"[、,。]", s[both.end():start]):
        return "exports" if both.group("first").startswith("輸出") else "imports"  # ("輸出・輸入はともに10%以上増加": the
        # first named, as the figure is said of each)
    aside = aside_spans(s, start)
    for key, (words, *_rest) in ITEMS.items():
        if key in FLOWS and not flows:
            continue
        for m in re.finditer(words, s, re.I):
            if any(a <= m.start() < b for a, b in aside):
                continue
            if m.end() <= start:
                if key in FLOWS and _SIGN.search(s, m.end(), start):
                    continue  # "輸入が…減の…円に抑えられ、赤字幅は…の8566億円から": the figure after the deficit is a balance
                d = (1, start - m.end())
            elif m.start() >= end and (_IN_ITEM.fullmatch(s, end, m.start()) or (m.start() - end <= 40 and not re.search(
                    r"[、,，;=＝－―—–]|-(?=[^\x00-\x7f])", s[end:m.start() + 1]))) and not re.match(r"(?:より|に比べ|と比べ|\s+than\b)", s[m.end():]):
                # "a ¥300 billion current account surplus" (not the next clause's: "67兆円、輸入も…", "29%増=輸入減少", nor
                # one compared; a restatement's is: "a rise of 50.3%, or ¥3.5 trillion, in the current account surplus");
                # "a deficit of ¥5,668.8 billion in goods trade", "22.4 billion yen (208.30 million U.S. dollars) in
                # Japan's travel balance": the item the figure is in, whatever the sentence named before it
                d = (0 if m.start() - end <= 3 or moved_into(s, start, end, m.start()) or _IN_ITEM.fullmatch(s, end, m.start())
                     else 2, m.start() - end)
            else:
                continue
            if best is None or d < best[0]:
                best = (d, "" if bilateral(s, m, key) else key)
    return None if best is None else best[1]


#: a figure said to be a surplus or deficit: the word right before it ("a deficit of", 黒字幅は) or right after it
#: ("a ¥300 billion deficit", 1兆6507億円の赤字): a balance, never exports or imports
_SIGN_BEFORE = re.compile(r"(?:\b(?:surplus|deficit)\s+(?:of|at|was|stood at|came to|totall?ed)|(?:黒字|赤字)(?:幅|額)?"
                          r"(?:は|が|も|で)?)\s*(?:about\s+|around\s+|roughly\s+|約)?$", re.I)
#: (a rate in brackets may sit between, or the figure be that rate: "3,220億円(53.2%)黒字幅が拡大", "(53.2%)黒字幅")
_RATE_BETWEEN = r"(?:[)）]|\s*[(（](?:率にして|率で)?\s*[\d.．・]+\s*[%％][)）])?"
#: the figure converted in brackets before its surplus / deficit: "The 613 billion yen (HK$46 billion) surplus",
#: "a ¥607.4 billion ($5.7 billion) deficit", "4兆円(約370億ドル)の黒字"
_CONVERTED = r"(?:\s*[(（][^()（）\d]{0,12}\d[^()（）]{0,24}[)）])?"
_SIGN_AFTER = re.compile(_RATE_BETWEEN + _CONVERTED + r"\s*(?:yen\s+)?(?:の|in\s+(?:the\s+)?)?(?:(?:current[- ]account|trade|goods|services?)\s+|"
                         r"貿易|経常|サービス)?"  # ("差し引き5兆7654億円の貿易黒字を確保した")
                         r"(?:surplus|deficit|黒字|赤字|red\b|black\b)", re.I)


def _said_balance(s: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is called a surplus or a deficit (``_SIGN_BEFORE``/``_SIGN_AFTER``)."""
    return bool(_SIGN_BEFORE.search(s[max(0, start - 30):start]) or _SIGN_AFTER.match(s, end))


def balance_sign(s: str, start: int, end: int) -> int | None:
    """Surplus / deficit nearest before the figure in its sentence, else the word right after it ("a ¥300
    billion deficit"); None when the sentence names neither."""
    if s[max(0, start - 6):start].rstrip().endswith("マイナス"):
        return -1  # "過去最大のマイナス12兆2349億円": a deficit, whatever the sentence says before
    before = list(_SIGN.finditer(s, 0, start))
    after = _SIGN.match(s, end) or _SIGN.search(s, end, end + 12)
    right_after = _SIGN_AFTER.match(s, end)  # "left a ¥600 billion trade deficit": its own word, after a surplus named before
    m = _SIGN.search(s, right_after.start(), right_after.end()) if right_after else before[-1] if before else after
    if m is None:
        return None
    return 1 if (m.group("plus") or m.group("jplus")) else -1


#: exports or imports named right before the figure ("as exports of goods and services were 9 trillion yen"): a trade
#: flow, not a balance (left to the other rules)
_TRADE_FLOW_BEFORE = re.compile(r"(?:\b(?:exports?|imports?)\b|輸出|輸入)[^.;。、]{0,40}$", re.I)


def _named_after(s: str, start: int, end: int) -> bool:
    """Whether a balance (not exports or imports) is named in ``s[start:end]``: "輸入が増加したことなどから貿易・サービス
    収支がマイナス12兆円": the figure is the balance's, named after the flow word."""
    return BI.names_balance(s[start:end])


#: a story on customs-based trade statistics (their exports and imports are not the BoP's)
_CUSTOMS_STORY = re.compile(_CUSTOMS.pattern + r"|貿易統計|\btrade (?:statistics|data|figures)\b", re.I)
#: a percentage that is a ratio, not a change: "3.5% of GDP", "GDP比3%"
_RATIO_PCT = re.compile(r"\s*(?:of\s+(?:the\s+)?(?:GDP|gross domestic product|the economy)\b|\s*(?:of\s+)?(?:nominal\s+)?GDP)"
                        r"|[^。.]{0,12}GDP比", re.I)


#: a count of people beside a figure that names no currency (one the sentence lends it): "the number of foreign
#: tourists topped 3 million a month", "2.64 million visitors"
_MONEY_WORD = re.compile(r"yen|[¥$円]|dollars?|ドル", re.I)
_HEADCOUNT = re.compile(r"\bnumber of\b|\b(?:visitors|tourists|travell?ers|arrivals|people)\b", re.I)


def item_of(c: Claim, story: str) -> str | None:
    """The BoP item of a figure (module docstring), or None when ``c`` is not one."""
    a = c.amount
    if a is None or c.kind != "amount" or not bop_story(story):
        return None
    multiple = a.kind == "ratio" and a.multiplier  # "前年同月比約3.4倍", "soared 2.8-fold": a multiple of its own level before
    if (a.kind not in ("money", "percent") and not multiple) or (a.kind == "money" and a.currency not in ("JPY", "USD", None)):
        return None
    if multiple and not _judged_multiple(c):
        return None
    if a.kind == "percent" and c.role == "from":
        return None  # "the increase was down from 10.6 percent the previous year": an earlier rate, not the move told
    s = c.sentence.text
    if a.kind == "money" and not _MONEY_WORD.search(s, a.span[0], a.span[1] + 6) and \
            _HEADCOUNT.search(s[max(0, a.span[0] - 40):a.span[1] + 24]):
        return None  # "the number of foreign tourists topped 3 million a month": people, not yen
    if c.subject is not None and c.subject.kind == "country" and c.subject.slug != "japan" and \
            not (c.subject.span[0] > a.span[1] and BO.CAUSE.search(s, a.span[1], c.subject.span[0])) and \
            not BO.partner_before(s, c.subject.span, a.span[0]) and not BO.cause_country(s, c.subject.span):
        return None
    balance = _said_balance(s, *a.span)
    item = _nearest_item(s, *a.span, flows=not balance)
    if not item or moves_other(s, a.span[1]) or BI.price_moved(s, a) or (item == "goods" and _CUSTOMS.search(s)) or \
            (item in FLOWS and _CUSTOMS_STORY.search(BN.story_to(story, s))):  # ("a 30 pct rise in crude oil prices": no item's)
        return None
    causes = aside_spans(s, a.span[0])  # (exports or imports in a clause of cause: "輸入が減少したことなどから赤字幅は…縮小")
    flow = next((m for m in _TRADE_FLOW_BEFORE.finditer(s, max(0, a.span[0] - 60), a.span[0])
                 if not any(x <= m.start() < y for x, y in causes)), None)
    if item not in FLOWS and not balance and flow and not _named_after(s, flow.start(), a.span[0]) and \
            not BI.moved_after(s, *a.span, item):  # ("affected exports, ... the latest 10-percent drop in the current account")
        return None
    if a.kind == "percent" and not (W.YEAR_BACK.search(s) or MONTH_BACK.search(s) or _rate_of_change(c)) and (
            (claim_direction(c) is None and not a.multiplier) or _RATIO_PCT.match(s, a.span[1]) or "GDP" in s[max(0, a.span[0] - 40):a.span[0]]):
        return None
    return item


#: a Japanese item named as what its sentence is about: "第一次所得収支。", "サービス収支は", "貿易収支の黒字が" (not
#: "貿易収支の輸入額が": the imports)
_TOPIC_AFTER = re.compile(r"[」』]?(?:の?(?:黒字|赤字)(?:額|幅)?)?(?:は|が|も|。|$)")  # (「第一次所得収支」の黒字幅が, 経常収支黒字が)


def last_item(text: str) -> str | None:
    """The balance (not exports or imports, not with one partner) named last in a Japanese ``text``, as what its
    sentence is about (``_TOPIC_AFTER``); in an English one, the balance named first (the main clause's subject:
    "Japan posted a current account surplus in May, as the trade deficit narrowed")."""
    last: tuple[int, str] | None = None
    english = not JA_TEXT.search(text)  # its main clause's subject comes first
    cause = [] if english else aside_spans(text, len(text))
    for key, m in BI.balances_named(text):
        if bilateral(text, m, key) or (re.match(r"[^\x00-\x7f]", m.group()) and not _TOPIC_AFTER.match(text, m.end())) \
                or any(a <= m.start() < b for a, b in cause):  # ("貿易収支とサービス収支が…縮小したことなどから")
            continue
        if last is None or (m.start() < last[0] if english else m.start() > last[0]):
            last = (m.start(), key)
    return last[1] if last else None


def _topic_item(c: Claim, story: str, sentences: list | None) -> str | None:
    """The item of a yen figure whose sentence names none (module docstring), or None."""
    from ustflow.check import bop_topic as T

    a = c.amount
    if not sentences or a is None or a.kind != "money" or a.currency not in ("JPY", None) or not bop_story(story):
        return None
    s = c.sentence.text
    if BI.names_item(s) or T.PARTNER.search(s) or \
            _CUSTOMS.search(s) or T.OTHER_BALANCE.search(s):
        return None
    if not (_said_balance(s, *a.span) or T.YOY_BEFORE.search(s, max(0, a.span[0] - 10), a.span[0]) or T.is_prior(c, False) or
            _PERIOD_LEVEL.search(s, 0, a.span[0])):
        return None
    return T.topic_before(c, sentences, last_item)


#: a level in brackets right after the period it is of: "2010年度(18兆2,687億円)に迫る水準", "07年(24兆9490億円)以来"
_PERIOD_LEVEL = re.compile(r"(?:年度?|月|期)\s*[(（]\s*$")




def _flow_topic(c: Claim, story: str, sentences: list | None) -> str | None:
    """"輸出は自動車や化学製品が好調で、11か月連続で増加。前年同月比16.7%、7902億円増の5兆5167億円となった。": a Japanese
    yen figure or percent change whose sentence names no item and no topic of its own before it goes on about the
    exports (imports) the sentence just before, in the same paragraph, is about (the item it names last as its topic,
    ``FLOW_TOPIC``); None otherwise, and in a story on the customs' trade statistics."""
    a = c.amount
    if not sentences or a is None or _CUSTOMS_STORY.search(story) or not (
            (a.kind == "money" and a.currency in ("JPY", None)) or (a.kind == "percent" and _a_change(c))):
        return None
    s, head = c.sentence.text, c.sentence.text[:a.span[0]]
    if not KANA.search(s) or BT.names_topic(head) or BI.names_item(head) or \
            BT.PARTNER.search(s) or BT.OTHER_BALANCE.search(s) or _said_balance(s, *a.span):
        return None
    before = next((x for x in sentences if x.index == c.sentence.index - 1), None)
    if before is None or before.paragraph != c.sentence.paragraph:
        return None
    topics = [(m.start(), key) for key, (words, *_r) in ITEMS.items() for m in re.finditer(words, before.text, re.I)
              if FLOW_TOPIC.match(before.text, m.end())]
    key = max(topics)[1] if topics else None
    return key if key in FLOWS else None


#: the balance named without its item ("黒字額は", "赤字幅は", a sentence that opens on "黒字は", "the surplus"; a sentence that opens on "This figure",
#: "However, the amount"): the item of the sentence before
_BALANCE_ALONE = re.compile(r"(?:黒字|赤字)(?:額|幅)|^\s*(?:黒字|赤字)(?:は|が|も)|\b(?:the|its|this)(?: latest| overall| new| amount of(?: the)?)? "
                            r"(?:surplus|deficit)\b|" + PERIOD_BALANCE + "|"
                            r"^(?:[A-Z][a-z]+,\s+)?(?:The|This|That) (?:figure|amount|total)\b|"
                            # "That was up 2 trillion yen from a year earlier", "This marked a rise of ..."
                            r"^(?:[A-Z][a-z]+,\s+)?(?:This|That)(?:['’]s| (?:was|is|marked|marks|represented|represents))\b", re.I)


#: the balance named right after a change told before it: "8兆円以上、黒字幅を拡大し"
_BALANCE_NEXT = re.compile(_RATE_BETWEEN + r"\s*(?:以上|超|余り|あまり)?[、,]?\s*(?:黒字|赤字)(?:額|幅)(?:を|が|は)?(?:拡大|縮小)")


def _by_side(c: Claim, sentences: list | None, index: int) -> str | None:
    """"The services trade balance logged a deficit of ¥480.9 billion, …, as the travel surplus continued to see a
    significant fall …. It logged a ¥25.0 billion surplus in January": of the balances the sentence ``index`` names,
    the only one named on the side the figure is said to be (a surplus, a deficit, by the word in or right after its
    name); None when the figure names no side, or not one balance is on it."""
    a, s = c.amount, c.sentence.text
    text = next((x.text for x in sentences or [] if x.index == index), "")
    if a is None or not _said_balance(s, *a.span) or (side := balance_sign(s, *a.span)) is None:
        return None
    named: dict[str, set[int]] = {}
    for key, m in BI.balances_named(text):
        w = _SIGN.search(m.group()) or _SIGN.search(text, m.end(), m.end() + 25)
        if w is not None and not re.search(r"[,;]", text[m.end():w.start()]):
            named.setdefault(key, set()).add(1 if (w.group("plus") or w.group("jplus")) else -1)
    on_side = [k for k, sides in named.items() if sides == {side}]
    return on_side[0] if len(named) > 1 and len(on_side) == 1 else None


def _item_before(c: Claim, story: str, last: tuple[int, int, str] | None, sentences: list | None = None) -> str | None:
    """"経常収支は12兆6442億円の黒字でした。黒字額は前の年度より3兆6231億円減って": a yen figure of a sentence that names no
    balance but the surplus (deficit) before it is about the balance last named (in it or the sentence before)."""
    a = c.amount
    if last is None or a is None or not bop_story(story) or not _balance_figure(c):
        return None
    s = c.sentence.text
    aside = aside_spans(s, a.span[0])
    if not (0 <= c.sentence.index - last[0] <= 1 or through_flows(c, last, sentences)) or c.sentence.paragraph - last[1] > 1 or \
            any(not any(x <= m.start() < y for x, y in aside) and not BT.later_clause(s, a.span[1], m.start())
                for _key, m in BI.balances_named(s)):
        return None  # (exports or imports named beside it are no balance: "輸入が…減り、赤字幅は前年同月の8566億円から")
    alone = list(_BALANCE_ALONE.finditer(s, 0, a.span[0]))  # (not "the surplus grew after crude oil imports dropped 38.2%")
    if not alone and (ref := BN.refers(s, a.span[0])) is not None:
        if last[0] == c.sentence.index or BN.one_balance(sentences, min(last[0], c.sentence.index - 1)):
            alone = [ref]  # (or its referent was read on a figure before it in this sentence)
        elif (side := _by_side(c, sentences, c.sentence.index - 1)) is not None:
            return side
    if (alone and not BI.names_flow(s[alone[-1].end():a.span[0]])) or \
            _BALANCE_NEXT.match(s, a.span[1]):
        return last[2]
    # a Japanese sentence with no topic of its own before its figure goes on about the balance of the sentence before:
    # "経常収支は1兆3976億円の黒字となった。前年同月比で42・7%増の大幅増となり", "…所得収支は8465億円の黒字。投資資産の
    # 減少や金利低下により、前年同月比で30・3%減少した。", "19年度上半期、3.3%減" (not after exports or imports, nor English)
    dropped = JA_TEXT.search(s) and not BT.names_topic(_RATE_TOPIC.sub("", s[:a.span[0]])) and \
        not BI.names_flow(BT.without_causes(s[:a.span[0]]))
    return last[2] if dropped else None


#: a rate or size of the move as a sentence's topic, no topic of its own: "12年度比での減少率は81.3%と…最も大きい落ち込み"
_RATE_TOPIC = re.compile(r"(?:減少|増加|伸び|下落|上昇)(?:率|幅)(?:は|が)")


def _balance_figure(c: Claim) -> bool:
    """Whether ``c`` may be a balance's figure: an amount in yen or dollars (or of no currency), or a percent change."""
    a = c.amount
    return a is not None and ((a.kind == "money" and a.currency in ("JPY", "USD", None)) or (a.kind == "percent" and _a_change(c))
                              or (a.kind == "ratio" and a.multiplier))  # ("The surplus ... expanded more than six-fold")


def _a_change(c: Claim) -> bool:
    """Whether the percentage ``c`` is a change (a base or a direction told; not a ratio to GDP)."""
    a, s = c.amount, c.sentence.text
    return a is not None and bool(W.YEAR_BACK.search(s) or MONTH_BACK.search(s) or claim_direction(c) is not None or
                                  _rate_of_change(c)) and not _RATIO_PCT.match(s, a.span[1]) and "GDP" not in s


def _rate_of_change(c: Claim) -> bool:
    """A rate in brackets right after a change in yen is that change's rate: "同7兆8,839億円(10.3%)増の84兆4,862億円"
    (the base named once before, 同: the same as the figure before it)."""
    from ustflow.check.bop_change import move_of

    a, h = c.amount, c.host
    return a is not None and a.parenthetical and h is not None and h.amount is not None and move_of(h) is not None


#: the base a change is counted from, which names no period of the change's own: "前の年度より", "去年の同じ月より"
_BASE_PERIOD = re.compile(r"前(?:の)?年度|前(?:の)?年|去年|昨年|前月|\b(?:a|the) (?:year|month) (?:earlier|before|ago)\b|"
                          r"\b(?:previous|prior|preceding|last) (?:year|month)\b", re.I)


def _period_of_change(c: Claim, prev: Claim | None) -> None:
    """A change with no period of its own (none, the latest, or only its base's: "去年の同じ月より689億円増えました") is
    of the period of the BoP level told just before it (same sentence, or the sentence before), not of a level told as
    a base's ("3.91 trillion yen in April, above 2.37 trillion yen a year earlier. The primary income surplus rose 560.2
    billion yen from a year earlier": April's change, not one from 2024)."""
    own = c.period is not None and not c.period.is_latest and not _BASE_PERIOD.fullmatch(c.period.label.strip())
    if own or prev is None or c.sentence.index - prev.sentence.index > 1:
        return
    c.period, c.period_how = prev.period, "context"


#: the base a multiple is of, named right before it: "前年同月の約6.4倍", "前の年の同じ月の2倍以上", "前年度の2.8倍" (its period, as
#: read, is the base's, and the figure's is not sure: not judged, ``_judged_multiple``)
_BASE_BEFORE_MULTIPLE = re.compile(r"(?:" + _BASE_PERIOD.pattern + r"|前(?:の)?年度?の?(?:同月|同期|同じ月|同じ時期)|"
                                   r"(?:前の年|去年|昨年)の同じ(?:月|時期))の\s*(?:約|ほぼ|およそ)?\s*$", re.I)
#: a count of people before a multiple: "訪日客数が1.6倍に増加", "the number of visitors tripled" (not a balance's)
_HEADCOUNT_BEFORE = re.compile(r"(?:客数|者数|人数|訪日客|観光客|件数)(?:が|は|も)?\s*(?:前年(?:同月|同期|度)?比で?)?\s*(?:約|ほぼ|およそ)?\s*$|"
                               r"\b(?:number of|visitors|tourists|arrivals)\b[^.;]{0,30}$", re.I)


def _judged_multiple(c: Claim) -> bool:
    """Whether a multiple of its own level before is one the BoP judge reads (``bop_judge._bop_multiple``): more than
    once the base ("one-fifth of the previous year" and "4割縮小" are fractions or changes, read elsewhere), its base not
    named as a period right before it ("前年同月の約6.4倍", "前年度の2.8倍": that period is read as the figure's), and
    not a count of people ("訪日客数が1.6倍に増加")."""
    a, s = c.amount, c.sentence.text
    return a.number > 1 and not _BASE_BEFORE_MULTIPLE.search(s, 0, a.span[0]) and \
        not _HEADCOUNT_BEFORE.search(s, max(0, a.span[0] - 40), a.span[0])


def reread(claims: list[Claim], story: str, sentences: list | None = None) -> None:
    """Mark each BoP figure (``bop`` measure, the item as instrument; ``bop_change`` for a change of a balance); a
    poll's forecast beside it is no figure. A figure whose sentence names no item: ``bop_topic``."""
    from ustflow.check import bop_topic as T
    from ustflow.check.bop_change import move_of

    last: tuple[int, int, str] | None = None  # the last balance named: sentence, paragraph, item
    prev: Claim | None = None  # the last BoP level with a period of its own
    for c in claims:
        if c.measure not in ("other", "", "holdings_level", "holdings_change", "flow", "flow_pct") and not BN.yield_elsewhere(c):
            continue
        if c.amount is not None and c.amount.kind == "ratio" and c.amount.multiplier and not _judged_multiple(c):
            continue  # ("前年同月の約6.4倍": its base read as its period; "訪日客数が1.6倍": people)
        if (rate := BT.rate_before(c, claims)) is not None:  # "the increase was down from 10.6 percent the previous year"
            c.instrument, c.instrument_text, c.measure = rate.instrument, rate.instrument_text, "bop_pct"
            c.direction = rate.direction
            c.notes.append(T.PRIOR)
            continue
        item = item_of(c, story)
        if item is None and (item := _item_before(c, story, T.balance_before(c, sentences, last, last_item), sentences)) \
                not in (None, *FLOWS):
            c.notes.append(BOP_CARRIED)
        if item is None and ((item := _topic_item(c, story, sentences)) is not None or
                             (item := _flow_topic(c, story, sentences)) is not None):
            c.notes.append(T.TOPIC)
        if item is None and _rate_of_change(c):
            item = BN.host_item(c)  # "前年同月比は2,323億円(18.2%)の減少": the rate of the change it follows
        item = item or bracketed_prior(c, claims)  # "1151億円の赤字(前年同月は308億円の黒字)": the host's item
        if item is None and _balance_figure(c) and (item := story_balance(c, sentences, bop_story(story))) is not None:
            c.notes.append(BOP_CARRIED)  # "Japan logged a surplus of 7.893 trillion yen": the story's own balance
        if bop_story(story):  # "受取額は383億円増の2937億円": the line's receipts (payments), ``bop_sides``
            item = sided_item(c, item, last)
        if item is None:
            continue
        if T.is_prior(c) or T.same_base_prior(c, story):
            c.notes.append(T.PRIOR)
        if item not in FLOWS and item not in SIDED and not in_cause(c):
            last = (c.sentence.index, c.sentence.paragraph, item)
        c.instrument, c.instrument_text = ("bop_item", item), ITEMS[item][3]
        c.measure = "bop_pct" if c.amount is not None and (c.amount.kind == "percent" or c.amount.multiplier) else \
            "bop_change" if move_of(c) is not None or T.same_base_change(c, story) or T.since_of_change(c, claims) else "bop"
        if c.measure == "bop_change":
            _period_of_change(c, prev)
        if c.measure == "bop" and c.period is not None and not c.period.is_latest and not BI.took_base(c) and \
                not (c.period.relative and _BASE_PERIOD.search(c.period.label)):
            prev = c  # (not a compared level of a base: "above 2.37 trillion yen a year earlier", "前年同月の2兆3700億円")
        a, txt = c.amount, c.sentence.text
        if a is not None and BI.polled(txt, *a.span):
            c.forecast = True


#: a run of surpluses or deficits: "maintained a current account surplus for the second straight month"
_RUN_KINDS = ("streak", "streak_end")
#: the surplus / deficit a run counts, right before it: "黒字は6カ月連続", "in surplus for the 16th straight month"
_RUN_OF_SIGN = re.compile(r"(?:黒字|赤字)(?:は|が|も|を|で)?(?:\s*[^\s、。,]{0,4})?$|\b(?:surplus|deficit|in the (?:black|red))"
                          r"(?:es|s)?(?:\s+(?:for|in|was|were|is|marked))?\s+(?:(?:a|an|the|its)\s*)?$", re.I)


def reread_qualifiers(claims: list[Claim], story: str) -> None:
    """A streak said of a BoP balance with no figure of its own is a run of months in surplus (deficit) of the item
    named before it (``qualifier_sid``)."""
    if not bop_story(story):
        return
    for c in claims:
        if c.kind == "qualifier" and c.qualifier is not None and c.host is not None and (own := (_own_item(c) if c.qualifier.kind in (
                "first_since", *_RUN_KINDS) and c.host.measure in ("bop", "bop_pct", "bop_change") else BT.ja_record_own(c, _own_item(c, sided=False)))) and \
                c.host.instrument != ("bop_item", own[0]):
            c.host = None  # "widened 14.5 percent despite registering a deficit in goods trade for the first time since"
            _take_bop(c, *own)
    for c in claims:
        if c.kind != "qualifier" or c.qualifier is None or c.qualifier.kind not in _RUN_KINDS or \
                (c.host is None and c.instrument is not None and c.instrument[0] == "bop_item"):  # (taken above)
            continue
        s = c.sentence.text
        if c.host is not None and c.host.measure in ("bop_pct", "bop") and c.host.amount is not None and \
                (c.span[1] <= c.host.amount.span[0] or c.host.sentence is not c.sentence) and \
                _RUN_OF_SIGN.search(s[max(0, c.span[0] - 24):c.span[0]]):
            # "経常収支の黒字は6ヶ月連続ですが、…19.1%減りました", "... up 41.8% from a year before. The country logged a
            # current account surplus for the 16th straight month": a run of surpluses, not of the figure's moves
            c.host = None
        if c.host is not None:
            continue
        item = _nearest_item(s, c.span[0], c.span[0])
        sign = balance_sign(s, c.span[0], c.span[1])
        if item is None and sign is not None:
            item = BT.run_told_before(c, claims, _RUN_OF_SIGN)
        if not item or sign is None or (item == "goods" and _CUSTOMS.search(s)):
            continue
        _take_bop(c, item, sign)
    for c in claims:
        if c.kind == "qualifier" and c.qualifier is not None and c.qualifier.kind == "extreme" and c.host is not None and \
                c.host.measure == "bop" and c.host.instrument is not None and (p := BT.record_of_year(c)) is not None:
            item, c.host = c.host.instrument[1], None  # "過去最大だった07年に次ぐ": 2007's record, not the figure's
            _take_bop(c, item, balance_sign(c.sentence.text, c.span[0], c.span[1]))
            c.period, c.period_how = p, "stated"
    for c in claims:
        if c.kind == "qualifier" and c.host is None and c.qualifier is not None and not c.measure and (((item := hostless_record_item(
                c)) and not any(BI.figure_beside(o, c) and not BI.of_other_item(o, item) for o in claims)) or (item := BT.record_told_before(c, claims))):
            _take_bop(c, item, balance_sign(c.sentence.text, c.span[0], c.span[1]))
        elif c.kind == "qualifier" and c.host is None and c.qualifier is not None and not c.measure:
            own = _own_item(c, sided=False)
            if lead := headline_balance(c, claims, own[0] if own else _nearest_item(c.sentence.text, c.span[0], c.span[0],
                                                                                    flows=False)):
                if names_move(c):  # "Japan's current-account surplus logs first decline in 5 months": the lead's move
                    c.host, c.measure, c.base_measure = lead, "qualifier", lead.measure
                else:  # "Japan posts first current account deficit in five months": the balance in the lead's month
                    _take_bop(c, lead.instrument[1], balance_sign(c.sentence.text, c.span[0], c.span[1]))
                c.period, c.period_how = lead.period, "context"
            elif told := balance_told_before(c, claims, own[0] if own else None):
                # "The deficit was the largest since January 2014", "経常収支の黒字幅は過去3番目の大きさだった"
                sign = balance_sign(c.sentence.text, c.span[0], c.span[1])
                _take_bop(c, told[0], told[2] if told[2] is not None else sign)
                c.period, c.period_how = told[1], "context"


#: the words of a first or a run that name their own balance and side: "a deficit in goods trade for the first time since
#: January", "its first trade surplus in three months", "貿易収支が7年ぶりに赤字に転化" (before it in its clause, in it, or
#: the side right after it)
_OWN_BEFORE = 50
_OWN_AFTER = re.compile(r"(?:に|の|で)?\s*(?:黒字|赤字)|\s*\b(?:surplus|deficit)\b", re.I)


def _own_item(c: Claim, sided: bool = True) -> tuple[str, int | None] | None:
    """The balance (not exports or imports, not with one partner) and the side (+1 surplus, -1 deficit) a first or a run
    names in its own words (``_OWN_BEFORE`` characters before it, after its host figure and within its clause, or in its
    phrase), with the side named there too (or not: ``sided`` False, the side None); None when it names none or no side."""
    s, (start, end) = c.sentence.text, c.span
    lo = max(0, start - _OWN_BEFORE)
    h = c.host
    if h is not None and h.sentence is c.sentence and h.amount is not None and h.amount.span[1] <= start:
        lo = max(lo, h.amount.span[1])
    cut = max((m.end() for m in re.finditer(r"[,、;；。]", s[lo:start])), default=0)
    lo += cut
    after = _OWN_AFTER.match(s, end)
    hi = after.end() if after else end
    found: tuple[int, str] | None = None
    for key, m in BI.balances_named(s, lo, hi):
        if not bilateral(s, m, key) and (found is None or m.start() > found[0]):
            found = (m.start(), key)
    signs = list(_SIGN.finditer(s, lo, hi))
    if found is None or (sided and not signs):
        return None
    m = signs[-1] if signs else None
    return found[1], None if m is None else 1 if (m.group("plus") or m.group("jplus")) else -1


def _take_bop(c: Claim, item: str, sign: int | None) -> None:
    c.measure, c.base_measure = "qualifier", "bop"
    c.instrument, c.instrument_text = ("bop_item", item), ITEMS[item][3]
    c.direction = sign


def hostless_record_item(c: Claim) -> str:
    """"The current account surplus for 2013 was the smallest in history", "2014年の経常黒字は過去最少となった": a record
    or a first with no figure in its sentence, said of a BoP balance its sentence names before it (within the clause)
    and with a period of its own, is about that balance over that period (the release's span, ranked among the same
    spans: ``bop_records.as_released``); "" when the sentence names no balance, or no period, or a trade flow."""
    q = c.qualifier
    s = c.sentence.text
    if q.kind not in ("extreme", "first_since") or c.period is None or c.period.is_latest or c.period_how != "stated" \
            or not c.period.label or c.period.label not in s:  # (its own sentence's period, not one carried to it)
        return ""
    if q.kind == "extreme" and MOVE_NAMED.search(q.phrase + s[c.span[1]:c.span[1] + 4]):
        return ""  # "the largest on-year drop in 21 months", "過去最大の増加": a record of a change, not of the balance
    item = _nearest_item(s, c.span[0], c.span[0], flows=False)
    if not item or (item == "goods" and _CUSTOMS.search(s)) or re.search(r"[;；]", s[:c.span[0]]):
        return ""
    named = [m.end() for m in re.finditer(ITEMS[item][0], s[:c.span[0]], re.I)]
    return "" if named and _OTHER_SUBJECT.search(s, named[-1], c.span[0]) else item


#: a clause with a subject of its own between the balance and the record: "the surplus in 2023 was helped by tourists,
#: whose spending was the largest on record", "経常黒字は、訪日客の消費額が過去最高となったことで拡大した" (not the balance's
#: own amount: "経常収支は黒字額が過去最大")
_OTHER_SUBJECT = re.compile(r"\b(?:whose|which|who|as|while|because|after|amid|with)\b|(?<!黒字)(?<!赤字)(?<!黒字額)(?<!赤字額)(?<!黒字幅)(?<!赤字幅)が|"
                            r"ことで|ため", re.I)


def is_flow(c: Claim) -> bool:
    """Whether ``c`` is a BoP figure of exports or imports (flows, never a surplus or deficit)."""
    return c.measure in ("bop", "bop_pct") and c.instrument is not None and c.instrument[1] in (*FLOWS, *SIDED)


#: a balance's move told by its size: "the deficit narrowed 38.8%", "黒字幅が拡大" (not up / down words elsewhere)
_SIZE_MOVE = re.compile(r"\b(?P<down>narrow(?:ed|s|ing)?|shr[aiu]nk|shrinks|shrinking)\b|\b(?P<up>widen(?:ed|s|ing)?|"
                        r"expand(?:ed|s|ing)?)\b|(?P<jdown>縮小)|(?P<jup>拡大)", re.I)


#: a Japanese percentage's move told right after it, of the balance or of its size: "28.5%拡大した", "98.2%と大幅に縮小した",
#: "2.1%黒字幅が拡大しました", "30.7%も増加して", "前年より25・8%(4兆2370億円)多い", "8・5%少ない"
_JA_PCT_MOVE = re.compile(r"(?:余り?|強|弱|超|近く|程度)?"  # ("55%余減", "3割強増えた": more or less than the figure)
                          r"[)）]?(?:\s*[(（][^()（）]{1,20}[)）])?\s*(?:と|も|の)?\s*(?:大幅に|大きく|さらに)?\s*"
                          r"(?:(?:黒字|赤字)(?:幅|額)?(?:が|は|を)?)?\s*(?:急|激|大幅)?"  # ("7.5%急減", "大幅増": a steep move)
                          r"(?:(?P<up>拡大|増加|増え|増|多い|上回)|(?P<down>縮小|減少|減っ|減り|減|少ない|少な|下回))")


def claim_direction(c: Claim) -> int | None:
    """The claim's direction, unless a word of a balance's size sits nearer before the figure in its clause
    ("the surplus grew as the trade deficit narrowed 20%": the deficit narrowed)."""
    a, s = c.amount, c.sentence.text
    if a is None:
        return c.direction
    cs = max(0, s.rfind(c.clause, 0, a.span[1])) if c.clause and c.clause in s else 0
    moves = list(_SIZE_MOVE.finditer(s, cs, a.span[0]))
    if c.direction is None and a.kind == "percent" and (after := _JA_PCT_MOVE.match(s, a.span[1])) is not None:
        return 1 if after.group("up") else -1  # "黒字額は前年に比べ28.5%拡大した", "黒字幅は98.2%と大幅に縮小した"
    if not moves or DIR_RX.search(s, moves[-1].end(), a.span[0]):
        return c.direction
    return 1 if (moves[-1].group("up") or moves[-1].group("jup")) else -1


