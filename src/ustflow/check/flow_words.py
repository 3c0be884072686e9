"""What a flow sentence's words, and the story around it, say about which MoF series a figure is.

- **The story's investor type.** A sentence that names no investor ("4月は4000億円の買い越しだった") in a story
  whose text before it names exactly one MoF investor type (life insurers) and no other holder is about that
  investor type, not all residents (``article_sector``).
- **Gross trades.** A sentence that gives a purchase, a sale and a net figure ("5月は7000億円を購入した一方、
  8000億円を売却したことから、差し引き1000億円の売り越し", "bought X and sold Y, a net sale of Z"): the
  purchase and the sale are gross acquisitions and dispositions, MoF's columns beside the net (``gross_figure``).
- **Capital flow words.** Japanese press and MoF's own summaries name a net trade by the money it moves: 流出超
  (a net outflow of funds), 流入超 (a net inflow). For non-residents' trades in Japanese securities (liabilities)
  an inflow is a net purchase, as the lexicon reads it; for residents' trades in foreign securities (assets) the
  money goes the other way: 対外債券投資は1兆円の流出超 is a net purchase of foreign bonds, 株式が流入超 a net
  sale (``outward_flow_sign``).
- **The story's frequency.** A story that names no period and no frequency is about the MoF release (weekly or
  monthly) that came out on its date (``release_frequency``).
"""

from __future__ import annotations

import re

from ustflow.check import windows as W
from ustflow.check.claims import Claim, Mention
from ustflow.check.results import Figure
from ustflow.check.rulekit import Context

_GROSS_VERB = re.compile(r"購入|買い入れ|取得(?!超)|売却|処分(?!超)|\b(?:bought|purchased|sold|acquired|disposed of)\b", re.I)
_GROSS_WORD = re.compile(r"\bgross\s+(?:buying|purchases?|acquisitions?|selling|sales|disposals?|dispositions?)\b|"
                         # "on a gross basis", "in gross terms"; "total acquisitions" (MoF's own gross columns)
                         r"\b(?:on\s+a\s+gross\s+basis|in\s+gross\s+terms)\b|\btotal\s+(?:acquisitions?|dispositions?)\b|"
                         r"総(?:取得|処分|買い|売り)|"
                         # "取得は総額14兆円", "処分総額は", "購入額の合計は": MoF's gross columns in Japanese
                         r"(?:取得|処分|購入|売却)(?:額)?(?:は|の)?\s*(?:総額|合計)", re.I)
_NET_WORD = re.compile(r"越し|超|ネット|差し?引き|純|\bnet\b", re.I)  # (純購入額: the net purchase amount)
_BUY_WORD = re.compile(r"購入|買い入れ|取得|\b(?:bought|purchased|acquired)\b", re.I)
_SELL_WORD = re.compile(r"売却|処分|\b(?:sold|disposed of)\b", re.I)


_CLAUSE_EDGE = re.compile(r"[、;(（)）]|,(?!\d{3})")
_SIDE_BEFORE = re.compile(r"(?<!純)(?:取得|処分|購入|売却)(?:額|高)?(?:は|が|も|だけ(?:を|で)?(?:み|見)(?:ると|れば)、?)?\s*"
                          r"(?:約|およそ)?\s*$")  # ("取得額だけをみると20兆円": the gross column alone)
#: a side named as an amount ("売却額は", "取得額も"): MoF's gross columns, never a net figure (売り越し額 is the net)
_AMOUNT_SIDES = ("取得額", "処分額", "購入額", "売却額")
_GROSS_LEAD = re.compile(r"^\W*(?:in\s+gross\s+terms|on\s+a\s+gross\s+basis)\b", re.I)
_GROSS_SALE = re.compile(r"sell|sale|dispos|処分|売り|売却", re.I)
_GROSS_SIDE = re.compile(r"\b(?:buying|purchases?|acquisitions?|selling|sales|disposals?|dispositions?)\b|"
                         r"取得|処分|買い|売り|購入|売却", re.I)


def gross_figure(c: Claim) -> str:
    """"acq" or "disp" for a gross purchase or sale, "" for a net figure: the sentence gives a purchase, a sale and a
    net figure ("7000億円を購入した一方、8000億円を売却したことから、差し引き1000億円の売り越し", "bought X and sold Y, a
    net sale of Z"), and this figure's own clause says bought or sold with no word of netting; or the clause (or the
    sentence's lead) says gross ("Their gross buying was 9.49 trillion yen", "gross sales of ... were", "In gross
    terms, ... sold"): the side is the gross noun's ("gross sales": dispositions), else the figure's direction."""
    s = c.sentence.text
    # the figure's clause: between commas (not a thousands comma: "8,910億円") or brackets ("(取得9兆4871億円、…)")
    start = max((m.end() for m in _CLAUSE_EDGE.finditer(s, 0, c.span[0])), default=0)
    end = next((m.start() for m in _CLAUSE_EDGE.finditer(s, c.span[1])), len(s))
    clause = s[start:end]
    # "取得9兆4871億円、処分8兆5961億円": the trade word right before the figure says which side, else its direction
    said = _SIDE_BEFORE.search(s[start:c.span[0]])
    by_dir = ("disp" if _GROSS_SALE.search(said.group(0)) else "acq") if said else \
        "acq" if (c.direction or 1) > 0 else "disp"
    if (_GROSS_WORD.search(clause) or _GROSS_LEAD.search(s)) and not re.search(r"\bnet\b|越し|差し?引き|ネット", clause, re.I):
        side = list(_GROSS_SIDE.finditer(s, start, c.span[0]))  # the trade word nearest before the figure
        if side:  # "gross sales of ... were ¥X"; "gross buying was X while their selling was Y" (Y: a sale)
            return "disp" if _GROSS_SALE.search(side[-1].group(0)) else "acq"
        return by_dir  # "In gross terms, ... sold ¥X", "¥X ... on a gross basis": the verb's
    if said and said.group(0).lstrip().startswith(_AMOUNT_SIDES) and not _NET_WORD.search(s[start:end]):
        return by_dir  # "売却額は17兆5255億円", "取得額も16兆8952億円": a purchase or sale amount is a gross column
    if (side := compared_side(c)) is not None:
        return side  # "売却額は17兆5255億円で、7月5日~11日の13兆6299億円を上回り": the same column in another week
    if said and not _NET_WORD.search(clause) and _paired_side(s, start, end, by_dir):
        return by_dir  # "中長期債の取得は8兆円、処分は7兆円だった": both of MoF's gross columns, each named before its figure
    gross = bool(_GROSS_VERB.search(clause) and not _NET_WORD.search(clause) and _BUY_WORD.search(s)
                 and _SELL_WORD.search(s) and _NET_WORD.search(s[:start] + s[start + len(clause):])
                 and not _other_holder(clause, s[:start] + s[start + len(clause):]))
    return by_dir if gross else ""


#: a figure given as what the sentence's figure is compared with ("7月5日~11日の13兆6299億円を上回り", "10月の3兆5026億円に比べ
#: て大きく減少した"): another period's value of the same measure
_COMPARED_AFTER = re.compile(r"\s*(?:\)|）)?\s*(?:を|と|に)(?:上回|下回|超え|比べ|比較)")
#: a gross column named before a figure, not the net one (純購入額)
_GROSS_COLUMN = re.compile(r"(?<!純)(?P<w>取得|処分|購入|売却)額")


def compared_base(c: Claim) -> bool:
    """Whether the figure is a period's value given as the base the sentence's figure is compared with: "7月5日~11日の
    13兆6299億円を上回り", "10月の3兆5026億円に比べて" (the period's の before it, the comparison right after it)."""
    s = c.sentence.text
    return c.amount is not None and s[:c.span[0]].rstrip().endswith("の") and bool(_COMPARED_AFTER.match(s, c.span[1]))


def compared_side(c: Claim) -> str | None:
    """For a comparison base (``compared_base``), the gross column its sentence names before it ("acq" for 取得額,
    "disp" for 売却額: "売却額は17兆5255億円で、7月5日~11日の13兆6299億円を上回り" compares two weeks' sales), "" for a
    base in a sentence naming none before it (the net figure's), None for a figure that is no base."""
    if not compared_base(c):
        return None
    cols = list(_GROSS_COLUMN.finditer(c.sentence.text, 0, c.span[0]))
    return ("disp" if _GROSS_SALE.search(cols[-1].group("w")) else "acq") if cols else ""


_SIDE_THEN_FIGURE = re.compile(r"(?P<w>取得|処分|購入|売却)(?:額|高)?(?:は|が)?\s*(?:約|およそ)?\s*[▲△]?\d")


def _paired_side(s: str, start: int, end: int, side: str) -> bool:
    """Whether the sentence outside the figure's clause names the other gross column right before a figure of its
    own ("取得は8兆円、処分は7兆円": a pair of gross columns, with or without the net figure beside them)."""
    other = [m for m in _SIDE_THEN_FIGURE.finditer(s) if not start <= m.start() < end]
    return any(bool(_GROSS_SALE.search(m.group("w"))) == (side == "acq") for m in other)


def _other_holder(clause: str, rest: str) -> bool:
    """Whether the figure's clause names a holder the rest of the sentence does not: "life insurers sold a net ¥417.6
    billion, while banks bought ¥1.2 trillion" is two holders' net trades, not one's gross purchase and net."""
    from ustflow.check.subjects import find_subjects

    kinds = ("sector", "country", "japan", "foreign_investors")
    own = {m.slug for m in find_subjects(clause) if m.kind in kinds}
    others = {m.slug for m in find_subjects(rest) if m.kind in kinds}
    return bool(own) and bool(others) and not own & others


_CAPITAL_FLOW_WORD = re.compile(r"(?:資本|資金)?流[出入]超?")


def outward_flow_sign(c: Claim, side: str) -> int | None:
    """The sign of a residents' foreign-securities flow named by the money it moves (流出超 = a net purchase
    abroad, 流入超 = a net sale), None when the figure's direction is a trading word or the side is not assets. MoF's
    net column of both sides (assets minus liabilities) has the same sign: a net inflow into Japan is negative."""
    if side not in ("assets", "net_flows") or not c.direction or not _CAPITAL_FLOW_WORD.fullmatch(c.direction_word or ""):
        return None
    return -c.direction


_OUTWARD = re.compile(r"対外|海外(?:へ|の(?:株式|債券|証券))")
_INWARD = re.compile(r"対内|(?:日本|国内)への|日本(?:株|国債)")
_BOTH_SIDES = re.compile(r"対外(?:及び|および|・|と)?対内|対内(?:及び|および|・|と)?対外")


def outward_or_inward(s: str) -> str | None:
    """The side a Japanese sentence names for a bare MoF line (株式, 中長期債): "assets" for 対外 (residents' foreign
    investment), "liabilities" for 対内 (non-residents' investment in Japan), None when it names neither or both."""
    s = _BOTH_SIDES.sub("", s)  # "対外及び対内証券売買契約等の状況": the release's name, which names both sides
    out, inw = bool(_OUTWARD.search(s)), bool(_INWARD.search(s))
    return None if out == inw else ("assets" if out else "liabilities")


#: a figure given as the record a new one beat: "surpassing a previous record of 2.55 trillion yen set in July 2016",
#: "The previous record set in July 2021 was 2.57 trillion yen", "the prior high of ¥1.8 trillion in June"
_RECORD_BEATEN = re.compile(r"\b(?:previous|prior|earlier|old|former)\s+(?:weekly\s+|monthly\s+)?(?:record|high|peak)\b", re.I)


def record_beaten(c: Claim) -> bool:
    """Whether the figure is the record a new figure beat, named before it in its clause (``_RECORD_BEATEN``): in a
    story of weekly flows, the record week of the month or year the sentence names, not that month's total."""
    return bool(c.amount is not None and _RECORD_BEATEN.search(c.clause or c.sentence.text[:c.span[0]]))


#: a superlative on the figure itself: "with the biggest 5.48 trillion yen withdrawal seen in 2023"
_PEAK_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:biggest|largest|heaviest|highest|smallest)\s+(?:net\s+)?$", re.I)


def peak_in_window(c: Claim, s, sid: str, wins, note: str):
    """"the biggest 5.48 trillion yen withdrawal seen in 2023": a superlative on a figure whose period spans several
    of the series' periods names the one largest of them (in the figure's direction), not their sum. None when the
    words or the window do not say so."""
    from ustflow.check import compare as C
    from ustflow.check.rulekit import first_window

    sel = first_window(s, wins).dropna()
    beaten = record_beaten(c)
    if c.amount is None or len(sel) < 2 or \
            not (beaten or _PEAK_BEFORE.search(c.sentence.text[max(0, c.span[0] - 30):c.span[0]])):
        return None
    after = re.match(r"\s*(?:worth\s+)?(?:of\s+)?(?:net\s+)?(?P<w>[\w-]+)", c.sentence.text[c.span[1]:])
    word = after.group("w").lower() if after else ""
    d = c.direction or (-1 if re.match(r"withdraw|outflow|sale|sell|dump|exodus", word) else
                        1 if re.match(r"purchase|buy|inflow|investment", word) else 0)
    if not d and beaten:  # "The previous record ... was 2.57 trillion yen": the record is the largest either way
        d = 1 if float(sel.max()) >= -float(sel.min()) else -1
    if not d:
        return None
    at = (sel * d).idxmax()
    v, claimed = float(sel[at]), c.amount.in_units(1e8) * d
    j = C.verdict(claimed=claimed, official=v, qualifier=c.amount.qualifier, tol=C.tolerance(c.amount, 1e8), sid=sid,
                  unit="JPY 100mn", period=W.label(at), what=f"MoF: the {'largest' if d > 0 else 'largest net sale'} "
                                                           f"of the {len(sel)} periods in the window, ",
                  figure=Figure(sid, [at], v, "JPY 100mn", "sum", n=1))  # the week a record word beside it ranks
    return j.note(note)


def article_sector(c: Claim, ctx: Context) -> Mention | None:
    """The investor type (a ``sector`` Mention) of a story about one: the text before the claim's sentence names
    exactly one MoF investor type and no other holder or investor group. None otherwise."""
    from ustflow.check.subjects import find_subjects

    at = ctx.article.find(c.sentence.text) if ctx.article else -1
    if at <= 0:
        return None
    named = find_subjects(ctx.article[:at])
    sectors = {m.slug for m in named if m.kind == "sector"}
    if len(sectors) != 1 or any(m.kind != "sector" for m in named):
        return None
    return next(m for m in named if m.kind == "sector")


def release_frequency(ctx: Context) -> bool | None:
    """Weekly (True) or monthly (False) data for a story that names no period and no frequency: the MoF
    release that came out on its stated release day, else on its date or the day before (weekly data on
    Thursdays, monthly on the 6th Tokyo business day); None when neither or both did."""
    from datetime import timedelta

    day = ctx.release_day or ctx.date
    if day is None:
        return None

    def new_on(sid: str) -> bool:
        s = ctx.data.series(sid)
        if s is None or s.dropna().empty:
            return False
        back = 1 if ctx.release_day is None else 0
        return W.published_latest(s, sid, day) != W.published_latest(s, sid, day - timedelta(days=1 + back))

    wk, mo = new_on("mof.weekly.assets.lt_debt.net"), new_on("mof.monthly.assets.lt_debt.net")
    return None if wk == mo else wk
