"""TIC's monthly flows by kind of security as Japanese stories of the 対米証券投資統計 tell them, with no holder named
(all foreigners, TIC Form S; the English prose is ``tic_prose``):

    海外投資家の米株式投資は、8億7600万ドルの買い越しとなり、買い越し額は前月の188億3000万ドルから縮小した。
    米社債は173億4000万ドルの買い越しで、前月の101億ドルから買い越しが拡大。米国株は21億ドルの売り越し。
    米社債への流入額は203億ドルから333億8000万ドルに増加し …  米政府機関債は321億ドルの買い越しだった。
    海外投資家による米財務省証券投資は、243億9000万ドルの買い越し。2月は135億ドルの売り越しだった。

A dollar figure told as a trade (買い越し, 売り越し, 流入, 流出: the word after it, else the one before it) takes
the kind of US security named nearest before it in its sentence: US stocks (米国株, 米株式), corporate bonds
(米社債), agency bonds (米政府機関債, エージェンシー債) or long-term US securities (米長期証券). A figure whose
sentence names no security at all ("2月は135億ドルの売り越しだった", "前月は496億ドルの買い越しだった") is the
same kind of flow as the TIC flow told just before it (its sentence or the one before), a Treasury one included.
Only in a story about TIC (対米証券投資, 国際資本, 米財務省の統計), only for figures with no holder of their own
("国内投資家による米国株の買越額は2兆1239億円" is Japan's balance of payments in yen: not read). The figure before
a pair's から ("203億ドルから333億8000万ドルに") is the month before the other's, and a figure told after a flow
as where it started ("純流入額は487億9500万ドルで、753億3000万ドルから減少", "2月の925億ドルから") is that flow, in the
month before unless it names its own. Figures are then judged as the English ones are (``tic_prose.prose_flow``:
Form S to 2023-01, SLT Table 1 after). English sentences of a story that names TIC are ``tic_prose``'s.

TIC's headline long-term flow, US and foreign securities, under the wires' names ("対米中長期証券投資",
"中長期金融資産取引額は外国人からみて198億ドルの売り越し") is carried the same way ("前月は115億ドルの買い越し",
"買越額は前月の580億ドルから拡大": 前月 of that flow's month). An economists' forecast ("エコノミスト予想は165億ドル")
or a first print a revision replaced ("速報値は112億ドル") is neither read nor carried from. A Treasury flow whose
holder was carried from further back than the sentence just before, or from another paragraph ("…ロシアは…258億ドル
売却。統計に含まれる国のなかで最大となった。3月の米財務省証券投資の買い越し額は259億ドル"), is all foreigners'.
A trade may be told by a passive verb ("米社債は8カ月連続で買われ、9月は60億5500万ドル"), or by a verb a list's items
share ("機関債を224億8000万ドル、社債を106億8000万ドル購入した"); "長期資本流入" names the long-term flow.
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim, Mention
from ustflow.check.text import JA_TEXT

#: a story about TIC: the 対米証券投資 release, international capital flows, the Treasury's statistics
STORY = re.compile(r"対米証券投資|国際資本(?:統計|フロー|収支)|\bTIC\b|米財務省.{0,30}(?:統計|データ|資料)")
#: kinds of US security named in Japanese -> (``tic_prose`` kind, what it is called); the Treasury's only carried
KINDS: list[tuple[re.Pattern, str, str]] = [(re.compile(p), k, w) for p, k, w in [
    (r"米(?:国)?(?:の)?株(?:式)?", "us_stocks", "US stocks"),
    (r"米(?:国)?(?:の)?社債|(?<![日内外])社債(?=を)", "corporate_bonds", "US corporate bonds"),
    (r"米?(?:国)?(?:政府)?(?:関係)?機関債|米?エージェンシー債", "agency", "US agency bonds"),
    # (not 長期有価証券, the release's own name of its long-term flow with its adjustments: ``tic_flows``' reading)
    (r"米(?:国)?(?:の)?長期証券", "lt_us", "long-term US securities"),
    # the wires' name of TIC's headline flow, US and foreign securities: "対米中長期証券投資", "中長期金融資産取引額"
    (r"中長期(?:の)?(?:金融\s?資産|証券)|長期資本(?=(?:の)?(?:純)?(?:流入|流出))", "lt", "long-term securities (US and foreign)"),
]]
#: the Treasury's securities, whose figures other readers judge; a figure after one, naming none, carries it
_TREASURY = re.compile(r"米国債|米財務省証券|米(?:国)?(?:長期)?国債")
#: any security named: a sentence that names one does not carry the kind of another's figure
_ANY_SECURITY = re.compile(r"債|株|証券|ファンド|資産")
#: a part of all foreigners named ("海外の民間投資家は", "中銀など海外公的機関による"): their own flows, not in Form S
_PART = re.compile(r"民間|公的|中銀|中央銀行|通貨当局")
#: kana or kanji: a Japanese sentence
_JAPANESE = JA_TEXT
#: a trade, and which way
_TRADE = re.compile(r"(?P<buy>買い?越し?|流入|(?:純)?購入|買われ)|(?P<sell>売り?越し?|流出|(?:純)?売却|売られ)")
#: the items of a list between a figure and the verb they share: "機関債を224億ドル、社債を106億ドル購入した"
_LIST_TO_VERB = re.compile(r"(?:\s*[、,]\s*[^、。はがで\d]{1,12}?を\s*[\d,.]+(?:[億万兆][\d,.]*)*\s*ドル)*\s*")
#: TIC's headline long-term flow under the names the Japanese wires give it ("中長期金融資産取引額", "対米中長期証券投資")
_LONG_TERM = re.compile(r"長期")
#: a figure that is not the release's: economists' forecast ("エコノミスト予想は165億ドル", "予想中央値") or the
#: first print a revision replaced ("速報値は112億ドル"): words in its clause before it
_NOT_RELEASED = re.compile(r"(?:予想|予測|見通し|見込み?|中央値|速報値?)[^、。,]{0,12}$")


def _nearest_kind(s: str, at: int) -> tuple[str, str] | None:
    """The kind named nearest before ``at`` in ``s`` (a Treasury name nearer than it wins: None)."""
    best: tuple[int, str, str] | None = None
    for rx, kind, what in KINDS:
        for m in rx.finditer(s[:at]):
            if best is None or m.end() > best[0]:
                best = (m.end(), kind, what)
    tre = [m.end() for m in _TREASURY.finditer(s[:at])]
    if best is None or (tre and tre[-1] > best[0]):
        return None
    return best[1], best[2]


def _sign(s: str, start: int, end: int) -> int | None:
    """+1 / -1 from the trade word told with the figure: right after it ("…ドルの売り越し", "…ドルから買い越しが拡大"),
    else the last one before it in its clause ("流出額は…", "買い越し額は前月の…")."""
    after = _TRADE.search(s[end:end + 12])
    if after is None:  # a list's items before the verb they share
        verb = _TRADE.search(s, end, len(s))
        after = verb if verb is not None and _LIST_TO_VERB.fullmatch(s[end:verb.start()]) else None
    if after is None:
        clause = s[:start].rsplit("。", 1)[-1][-30:]
        before = list(_TRADE.finditer(clause))
        after = before[-1] if before else None
    if after is None:
        return None
    return -1 if after.group("sell") else 1


def _own_holder(c: Claim) -> bool:
    """A holder the figure's own sentence names (one carried from an earlier sentence is not its own)."""
    sj = c.subject
    return sj is not None and c.subject_how == "stated" and sj.kind not in ("foreign_investors", "foreign_total")


def _carried_kind(c: Claim, before: Claim | None, told: list[tuple[Claim, str, str]]) -> tuple[str, str] | None:
    """The kind of the TIC flow told just before ``c`` (the figure before it, at most two sentences back), when
    ``c``'s sentence names no security before it nor a holder of its own."""
    if _ANY_SECURITY.search(c.sentence.text[:c.amount.span[0]]) or not told or \
            (c.subject is not None and c.subject_how == "stated"):
        return None
    prev, kind, what = told[-1]
    if prev is before and c.sentence.index - prev.sentence.index <= 2:
        return kind, what
    return None


#: a pair's starting figure told after the flow it starts from: "純流入額は487億9500万ドルで、753億3000万ドルから減少",
#: "598億ドルの買い越しで、買い越し額は前月の531億ドルから拡大" (the text between the two, and after it から)
_PAIR_BETWEEN = re.compile(r"[^\d。]{0,24}(?:前月|\d{1,2}月)の\s*|[^\d。]{0,10}(?:で|となり|と)、\s*")


def _pair_start(c: Claim, before: Claim | None, told: list[tuple[Claim, str, str]]) -> tuple[str, str] | None:
    """The kind of the TIC flow ``c`` is the starting figure of (the figure just before it in its sentence, read
    as a TIC flow, and ``c`` followed by から)."""
    if before is None or not told or told[-1][0] is not before or before.sentence is not c.sentence or \
            before.amount is None:
        return None
    s = c.sentence.text
    if not _PAIR_BETWEEN.fullmatch(s[before.amount.span[1]:c.amount.span[0]]) or \
            not re.match(r"\s*から", s[c.amount.span[1]:]):
        return None
    return told[-1][1], told[-1][2]


def _month_before(c: Claim, nxt: Claim | None, told: list[tuple[Claim, str, str]]) -> None:
    """The month before another figure's: "203億ドルから333億8000万ドルに" (the figure before から, with no month of its
    own, and the one after it), "8億7600万ドルの買い越しとなり、買い越し額は前月の188億3000万ドルから縮小" (前月 of
    the figure told before it in its sentence, not of the last month the story named)."""
    from ustflow.check.periods import Period, shift

    s = c.sentence.text
    last_month = re.search(r"前\s?月(?:の|は)\s*$", s[max(0, c.amount.span[0] - 5):c.amount.span[0]])
    if told and told[-1][0] is not c and \
            (told[-1][0].sentence is c.sentence or (last_month and c.sentence.index - told[-1][0].sentence.index <= 2)) \
            and (last_month or (not (c.period is not None and c.period_how == "stated") and
                                re.match(r"\s*から", s[c.amount.span[1]:]))):
        other = told[-1][0]
    elif nxt is not None and nxt.sentence is c.sentence and nxt.amount is not None and \
            re.fullmatch(r"\s*から\s*", s[c.amount.span[1]:nxt.amount.span[0]]) and \
            not (c.period is not None and c.period_how == "stated"):
        other = nxt
    else:
        return
    p = other.period
    if p is not None and p.windows:
        c.period = shift(p, months=-1, label=f"the month before {p.label}", note="the starting figure of a pair")
    else:
        c.period = Period("latest", [], "the month before", relative=True, extra={"offset": -1, "unit": "period"},
                          note="the starting figure of a pair: the month before the latest")
    c.period_how = "stated"


def reread(claims: list[Claim], story: str) -> None:
    """Give each Japanese TIC flow figure its kind (``tic_kind`` instrument), sign and all foreigners as holder."""
    if not STORY.search(story):
        return
    told: list[tuple[Claim, str, str]] = []  # the TIC flows read so far: (figure, kind, what)
    amounts = [c for c in claims if c.kind == "amount" and not _not_released(c)]
    at = {id(c): i for i, c in enumerate(amounts)}
    for q in claims:  # "…の買い越し。買い越し額は…減少したが、買い越しは9カ月連続": the run of the flow told before it
        if q.kind == "qualifier":
            _qualifier_kind(q, [t for t in told if (t[0].sentence.index, t[0].span[0]) < (q.sentence.index, q.span[0])])
            continue
        if q.kind != "amount" or id(q) not in at:
            continue
        _figure(q, at[id(q)], amounts, told, story)


def _not_released(c: Claim) -> bool:
    """A forecast's or a first print's figure (``_NOT_RELEASED``): neither read as a flow nor carried from."""
    return c.amount is not None and bool(_NOT_RELEASED.search(c.sentence.text[:c.amount.span[0]]))


def _qualifier_kind(q: Claim, told: list[tuple[Claim, str, str]]) -> None:
    """A qualifier with no security named before it in its sentence, right after a TIC flow read here (its sentence
    or the one before): the run or record of that flow."""
    if not told or _ANY_SECURITY.search(q.sentence.text[:q.span[0]]) or _PART.search(q.sentence.text[:q.span[0]]) or \
            (q.subject is not None and q.subject_how == "stated"):
        return
    prev, kind, what = told[-1]
    if prev.measure == "tic_prose_flow" and 0 <= q.sentence.index - prev.sentence.index <= 1:
        q.instrument, q.instrument_text = ("tic_kind", kind), what
        q.subject = Mention("foreign_investors", "foreign_investors", (0, 0), "foreigners")


def _figure(c: Claim, i: int, amounts: list[Claim], told: list[tuple[Claim, str, str]], story: str) -> None:
    """The ``i``-th figure read as a TIC flow of a kind (``reread``), added to ``told``."""
    a = c.amount
    if c.measure == "tic_prose_flow" and c.instrument is not None:
        told.append((c, c.instrument[1], c.instrument_text))
        return
    if a is None or a.kind != "money" or a.currency != "USD" or _own_holder(c) or a.in_units(1e9) >= 1000 or \
            _PART.search(c.sentence.text[:a.span[0]]):
        return
    if c.measure == "flow" and c.instrument == ("tic", "treasuries"):
        if c.subject is not None and c.subject_how != "stated" and _JAPANESE.search(c.sentence.text) and \
                not _named_just_before(c, story):
            # "…ロシアは…258億ドル売却。統計に含まれる国のなかで最大となった。3月の米財務省証券投資の買い越し額は259億
            # ドル": a holder carried from further back (or from another paragraph) is no holder of a flow its own
            # sentence tells with none: all foreigners' (not "ベルギーは…買い入れた。同期間に68億ドルの米長期債を売却");
            # still a Treasury flow (``tic_flows``), the context of the flows after it
            c.subject, c.subject_how = Mention("foreign_total", "grand_total", (0, 0), "foreigners"), "default"
            c.notes.append("a Treasury flow with no holder of its own (the one before it was named further back): "
                           "all foreigners'")
        told.append((c, "treasury", "Treasury bonds & notes"))
        return
    if c.measure in ("flow", "") and c.instrument == ("tic", "us_securities") and \
            _LONG_TERM.search(f"{c.instrument_text or ''} {c.clause or ''}"):
        # TIC's headline long-term flow ("中長期金融資産取引額は…198億ドルの売り越し"), judged where it is
        # (``tic_flows``): a figure after it that names no security is that flow ("前月は115億ドルの買い越し")
        told.append((c, "lt", "long-term securities (US and foreign)"))
        return
    if c.measure not in ("flow", "other", "holdings_level", "holdings_change", "institution", ""):
        return
    s = c.sentence.text
    if not _JAPANESE.search(s):
        return  # an English sentence of a story that names TIC is ``tic_prose``'s
    before = amounts[i - 1] if i else None
    pair = _pair_start(c, before, told)
    found = _nearest_kind(s, a.span[0]) or _carried_kind(c, before, told) or pair
    sign = _sign(s, *a.span) or (before.direction if pair is not None and found is pair else None)
    if found is None or sign is None:
        return
    kind, what = found
    _as_flow(c, kind, what, sign)
    _month_before(c, amounts[i + 1] if i + 1 < len(amounts) else None, told)
    told.append((c, kind, what))


def _named_just_before(c: Claim, story: str) -> bool:
    """Whether ``c``'s holder is named in the sentence just before ``c``'s, in its paragraph."""
    at = story.find(c.sentence.text)
    if at < 0 or c.subject is None:
        return True
    before = [t for t in re.split(r"(?<=。)", re.split(r"\n\s*\n", story[:at])[-1]) if t.strip()]
    return bool(before) and c.subject.text in before[-1]


def _as_flow(c: Claim, kind: str, what: str, sign: int) -> None:
    """``c`` read as all foreigners' net purchases of ``kind`` (``tic_prose.prose_flow`` judges it)."""
    c.instrument, c.instrument_text = ("tic_kind", kind), what
    c.subject = Mention("foreign_investors", "foreign_investors", (0, 0), "foreigners")
    c.direction, c.direction_word = sign, "-" if sign < 0 else "+"
    c.measure = "tic_prose_flow"
    c.notes.append(f"a TIC flow of {what} with no holder named: all foreigners' net purchases (Form S)")
