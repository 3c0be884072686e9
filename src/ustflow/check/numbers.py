"""Amounts written in articles: money, percentages, basis points, exchange rates.

"¥4.46 trillion", "2.57 trillion yen", "$410.5B", "US$17.5bn", "2兆5726億円" (read whole: 2 trillion +
5,726 hundred million yen), "4.2%", "47 basis points", "158.58 yen per dollar", "fell below 140 yen".
Each ``Amount`` keeps the number as written, its scale, currency, the precision its digits imply
(half the last digit: "¥4.46 trillion" means 4.455..4.465 trillion), and a qualifier from the words
before it ("more than", "nearly", "about").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ustflow.check.fraction_words import fraction_amounts
from ustflow.check.ja_rates import restated_at_rate
from ustflow.check.ja_unit_words import unit_word_amounts
from ustflow.check.multiples import multiple_amounts
from ustflow.check.text import MONTH_RE
from ustflow.check.word_numbers import WORD_AMOUNT_RX, WORD_NUM_BEFORE, word_value

SCALES = {"trillion": 1e12, "tn": 1e12, "trn": 1e12, "tln": 1e12, "t": 1e12, "tril.": 1e12, "tril": 1e12,
          "trill": 1e12, "trill.": 1e12, "trillon": 1e12, "billon": 1e9, "billion": 1e9, "bn": 1e9, "bln": 1e9,
          "b": 1e9, "bil.": 1e9, "bil": 1e9, "million": 1e6, "mn": 1e6,
          "mln": 1e6, "m": 1e6, "mil.": 1e6, "hundred million": 1e8, "trl": 1e12, "trln": 1e12,
          "兆": 1e12, "億": 1e8, "万": 1e4, "t.": 1e12, "b.": 1e9}
SCALE_WORDS = {1e12: "trillion", 1e9: "billion", 1e6: "million", 1e8: "hundred million", 1.0: ""}
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"hundred million|trillion|billion|million|trillon|billon|trill\.?|tril\.?|bil\.?|mil\.|trln|trl|tn|trn|tln|bn|bln|mn|mln|" \
         r"(?-i:[BT])\.(?=\s*(?i:yen|dollars))|[mbBT](?![a-zA-Z])"  # (a wire headline's "5.5 T. Yen", "950 B. Yen")
_CUR = r"(?<![A-Za-z])US\s?\$|U\.S\.\s?\$|\$\s?US(?=\s?\d)|\$|(?<![A-Za-z])USD ?\$?|¥|JPY ?|€|EUR ?|(?<![A-Za-z])Y(?=\d)"  # not "versus $X"

AMOUNT_RX = re.compile(
    r"\bby\s+(?:more than |over |about |nearly |almost |some |around |roughly |as much as )?"
    r"(?P<fxmove>\d{1,2}(?:\.\d{1,2})?)\s+yen\b(?!\s*(?:per|to the|against the|versus the|a) (?:U\.?S\.? )?dollar)|"
    # "spent zero yen on currency intervention", "0 yen intervening in the market"
    # "spent no funds on intervention", "spent no money on intervening": nil, said without a currency
    r"\b(?P<ezero>(?:0|zero|no)\s+(?:yen|funds|money))\b(?=\s+(?:on\s+(?:[\w-]+\s+){0,2}interven|interven|in\s+(?:[\w-]+\s+){0,2}"
    r"interven|to\s+intervene))|"
    rf"(?P<neg>-|minus\s)?(?P<cur>{_CUR})\s?(?P<neg2>-(?=\d))?(?P<num>{_NUM})(?:[\s-]?(?P<scale>{_SCALE}))?"
    rf"(?:\s+(?:in\s+)?(?P<cur_after>yen|dollars))?"
    rf"|(?P<neg3>(?<![\w.,-])(?:-|minus\s)(?=\d))?"  # "a record low of -1456.10 JPY Billion": its sign, as "-$1.2 billion"
    rf"(?P<num2>{_NUM})[\s-]?(?P<scale2>{_SCALE})?[\s-]+(?P<cur2>yen|Japanese\s+yen|dollars|U\.S\. dollars|US dollars|euros?|"
    rf"(?-i:JPY|USD)\s(?P<scale4>trillion|billion|million))\b"  # "1,938.2 JPY billion": the code before the scale
    # "1ドル=160円", "147円台", "153円前後", "145円80銭": the yen's price of a dollar (read as one by ``_ja_fx``)
    # "介入額がゼロだった", "介入実績は0円": the amount of intervention said to be nil (``classify``: an intervention)
    rf"|(?:(?<=額\)が)|(?<=額\)は)|(?<=額が)|(?<=額は)|(?<=実績は)|(?<=実績が))(?P<jzero>ゼロ|0円|０円)"
    rf"|(?<![\d.,兆億万])(?P<jfx>\d{{2,3}}(?:\.\d{{1,2}})?)円(?:(?P<jsen>\d{{1,2}})銭)?(?P<jband>台(?:半ば|前半|後半)?|半ば|前半|後半)?(?![\d銭])"
    rf"|(?:(?P<jneg>[▲△▼−-])|(?P<jpos>\+))?(?P<jp>(?:(?P<cho>\d+(?:\.\d+)?)(?:兆|万億)(?:\s(?=\d))?)?(?:(?P<oku>[\d,]+(?:\.\d+)?|\d千)億)?(?:(?P<man>[\d,]+|\d千)万)?)"
    # ("14兆 2390億円", "467億 ドル": a space of a line's wrap or a page's layout inside the figure)
    rf"(?:\s(?=円|米ドル|ドル))?"
    # "前月比19億減の1兆28億ドル": a change's unit left out, the level's after it says which
    rf"(?P<jcur>円|(?:米)?ドル|(?<=億)(?=[増減]の(?:約)?[\d,.]+(?:兆[\d,.]*)?億?(?P<jnext>円|(?:米)?ドル)))"
    rf"|(?<![=.\d])(?P<pnum>-?{_NUM})(?:\s|-(?=per))?(?P<pct>%|percent\b|per[ -]cent\b|pct\b|pc\b|percentage points?\b|パーセントポイント|パーセント)"
    rf"|(?P<bnum>{_NUM})\s?(?P<bp>basis points?|bps?|ベーシスポイント)(?![A-Za-z])(?!\s?=)"  # not "(1bp=0.01%)", a unit's definition
    rf"|(?:USD/?JPY|USD-JPY|dollar/yen|dollar-yen)\D{{0,25}}?(?P<fxnum>\d{{2,3}}\.\d{{1,3}}|\d{{2,3}})(?![\d%])"
    rf"|(?P<fxnum2>\d{{2,3}}\.\d{{1,3}}|\d{{2,3}})\s+(?:yen\s+)?(?:per|to the|against the|a|versus the|vs the) "
    rf"(?:U\.?S\.? )?dollar"
    # "after dipping to a low of 161.76" (a rate to two decimals, in a sentence on the yen: ``classify``)
    rf"|\b(?:a|an|its|the)\s+(?:(?:intraday|session|fresh|new|\d{{1,2}}-year)\s+)?(?:low|high|peak|trough)\s+of\s+"
    rf"(?P<fxnum4>\d{{2,3}}\.\d{{2}})(?![\d%]|\s*(?:trillion|billion|million|percent|per cent|bn|tn))"
    rf"|\bthe (?P<fxnum3>\d{{2,3}}(?:\.\d{{1,2}})?)[- ](?:yen )?(?:level|mark|line|threshold)\b"
    rf"|(?<![\w$¥€.,])(?P<bare>{_NUM})[\s-]?(?P<bscale>trillion|billion|million|tn|bn)\b(?!\s+(?:yen|dollars))",
    re.I)

QUALIFIERS = [
    ("just_above", r"just over|just above|slightly more than|a little over|a little more than|just north of"),
    ("just_below", r"nearly|almost|close to|just under|just below|just shy of|approaching|a little under|"
                   r"a little less than|slightly less than|just short of"),
    ("above", r"more than|over|above|in excess of|exceeding|upwards of|topped|topping|surpassed|surpassing|passed|beyond|"
              r"past|north of|broke above|rose above|climbed above|exceeded"),
    ("below", r"less than|under|below|shy of|fell below|dropped below|slipped below|sank below|broke below|"
              r"dipped below|fewer than"),
    ("at_least", r"at least|no less than|a minimum of"),
    # (not "went up to $144.7 billion", "shot up to": a move up to a level)
    # (nor "increased by $3.2 billion – up to $1.3 trillion", a translation's "to" after a dash)
    ("at_most", r"at most|no more than|(?<!went )(?<!gone )(?<!goes )(?<!going )(?<!shot )(?<!moved )(?<!crept )"
                r"up to|"
                r"a maximum of"),
    ("approx", r"about|around|roughly|some|approximately|an estimated|estimated|~|circa|an approximate|"
               r"in the region of|on the order of|約"),
]
#: "below the $1 trillion mark", "above the ¥150 level": a threshold named with "the"
_THE = r"|the\s+"
#: the figure "the" names is one recorded: "below the ¥1.4 trillion and ¥420.7 billion logged in", "the $X recorded"
_LOGGED_AFTER = re.compile(r"(?:\s+and\s+\S{1,16}(?:\s+(?:trillion|billion|million))?)?\s+(?:logged|recorded|posted|"
                           r"registered|seen|reported)\b", re.I)
_QUAL_RX = [(q, re.compile(rf"(?:\b(?:{p}){'|~|約' if q == 'approx' else ''})\s*(?:a net\s+|net\s+|a record\s+|a\s+|an\s+"
                           rf"{_THE if q in ('above', 'below') else ''})?$", re.I))
            for q, p in QUALIFIERS]


@dataclass
class Amount:
    span: tuple[int, int]
    text: str
    number: float  # as written (4.46 for "¥4.46 trillion")
    scale: float  # 1e12 for trillion
    currency: str | None  # USD, JPY, EUR, or None for percent / bp
    kind: str  # money | percent | pp | bp | fx
    precision: float  # half of the last stated digit, in absolute units (currency units, percent...)
    qualifier: str = "exact"
    parenthetical: bool = False  # "(¥2.57 trillion)": the same quantity restated
    other_time: bool = False  # "$27 million ($68 million in March)": the amount before's quantity at another time
    unit_inferred: bool = False  # "up from $1,079.3": the unit of the figure it is paired with
    multiplier: bool = False  # "doubled" (+100%), "halved" (-50%): the sign is the word's, not a verb's
    slip: str = ""  # "3051円" read in 億円 ("億 dropped"): wrong as printed (``ja_unit_words``)

    @property
    def value(self) -> float:
        return self.number * self.scale

    @property
    def unit_label(self) -> str:
        if self.kind == "percent":
            return "percent"
        if self.kind == "pp":
            return "percentage points"
        if self.kind == "bp":
            return "basis points"
        if self.kind == "fx":
            return "JPY per USD"
        if self.kind == "ratio":
            return "times"
        return f"{self.currency} {SCALE_WORDS.get(self.scale, '')}".strip()

    def in_units(self, unit_scale: float) -> float:
        """The magnitude in units of ``unit_scale`` (1e8 for MoF's ¥100 million)."""
        return abs(self.value) / unit_scale


def _precision(num: str) -> float:
    digits = num.replace(",", "").lstrip("-")
    return 0.5 * (10 ** -len(digits.split(".")[1]) if "." in digits else 1.0)


def _japanese(g: dict) -> tuple[float, float] | None:
    """'2兆5726億円' -> (value in yen, precision in yen); None if no digits."""
    parts = [(g.get("cho"), 1e12), (g.get("oku"), 1e8), (g.get("man"), 1e4)]
    total, prec = 0.0, None
    for txt, unit in parts:
        if txt:
            txt = re.sub(r"^(\d)千$", r"\g<1>000", txt)  # "2千億円", "7兆6千億ドル": the thousands in a kanji
            total += float(txt.replace(",", "")) * unit
            prec = _precision(txt) * unit
            digits = txt.replace(",", "")
            zeros = len(digits) - len(digits.rstrip("0"))
            if (unit == 1e4 or (unit == 1e8 and (g.get("jcur") or g.get("jnext") or "").endswith("ドル"))) and \
                    "." not in txt:
                # "225億3000万ドル", "1兆1110億ドル": a four-digit group's trailing zeros fill the group, they are
                # not digits read (TIC's $1,111.5 bn written to the billion): precise to the last non-zero digit;
                # MoF's 億円 are its own unit, exact ("2兆3310億円" is not 23,314)
                prec *= 10 ** zeros
            elif unit == 1e8 and not g.get("man") and "." not in txt and zeros:
                # ... but a last group of 億円 with trailing zeros is a round figure ("4000億円" for MoF's 4,379,
                # "2兆5000億円", "3270億円" for 3,278): to its last non-zero digit, the corpus's rule for Japanese numerals
                prec *= 10 ** zeros
    return (total, prec) if prec is not None else None


def _money(m: re.Match, s: str) -> Amount | None:
    g = m.groupdict()
    if g["jcur"] is not None and (g["jcur"] or g.get("jnext")):
        got = _japanese(g)
        if got is None:
            return None
        value, prec = got
        scale = 1e12 if value >= 1e12 else 1e8 if value >= 1e8 else 1.0
        cur = "JPY" if (g["jcur"] or g.get("jnext")) == "円" else "USD"
        sign = -1 if g.get("jneg") else 1  # "▲2兆円": MoF's tables mark a net sale with a triangle
        # "+6兆5934億円": the sign is kept with the figure, but the words decide the direction (a "+" may print
        # the size of a net sale in a column of sales)
        return Amount(m.span(), m.group(0), sign * value / scale, scale, cur, "money", prec)
    num = g["num"] or g["num2"]
    scale_txt = g["scale"] or g["scale2"] or g["scale4"] or ""
    if scale_txt in ("T", "t") and not g["scale"]:
        scale_txt = ""
    scale = SCALES.get(scale_txt.lower(), 1.0)
    cur_txt = (g["cur"] or g["cur2"] or "").lower()
    yen = "¥" in cur_txt or "jpy" in cur_txt or "yen" in cur_txt or cur_txt == "y" or \
        (g["cur_after"] or "").lower() == "yen"
    dollar = re.search(r"([SR])\$", s[max(0, m.start() - 1):m.start() + 2])  # S$ Singapore's, R$ Brazil's real ("R$ 6,49 trilhões")
    cur = "JPY" if yen else "EUR" if ("€" in cur_txt or "eur" in cur_txt) else \
        {"S": "SGD", "R": "BRL"}[dollar.group(1)] if dollar else "USD"
    number = float(num.replace(",", ""))
    start = m.start("cur") if g["cur"] else m.start("neg3") if g["neg3"] else m.start("num2")
    a = Amount((start, m.end()), s[start:m.end()].strip(), number, scale, cur, "money", _precision(num) * scale)
    if g["neg"] or g.get("neg2") or g.get("neg3"):  # "-$1.2 billion", "¥-84.5B", "-1456.10 JPY Billion"
        a.number = -number
    # "140 yen" (no scale, a price of the dollar) is an exchange rate, not an amount of money
    if cur == "JPY" and scale == 1.0 and 50 <= number <= 400:
        a.kind, a.precision = "fx", _precision(num)
    elif scale == 1.0 and number >= 1e6:
        # "US$ 1,112,900,000,000": written out in full; precise to its last non-zero digit
        digits = num.replace(",", "").split(".")[0]
        zeros = len(digits) - len(digits.rstrip("0"))
        a.precision = 0.5 * 10 ** zeros
    elif scale == 1.0:
        a.scale = 0.0  # "$1,079.3": no unit printed; find_amounts takes the unit of the figure it pairs with
    return a


#: what makes a Japanese yen figure a price of the dollar: "1ドル=", the yen's market, its moves
#: ("円がドルに対して", "対ドル", "1ドル=160円台まで落ち込んだ後、一転して154円台", "円が買い戻される": the yen's price said of it)
_JA_FX_CONTEXT = re.compile(r"1\s*ドル\s*[=＝]?\s*$|ドル円|円相場|円安|円高|為替|外国為替|ドル[／/]円|1\s*ドル\s*[=＝]|ドルに対し|対ドル|"
                            r"円(?:が|を)(?:買い戻|売り戻|買われ|売られ)")


def _ja_fx(m: re.Match, s: str) -> Amount | None:
    """"1ドル=160円", "147円台" (somewhere in 147.00-147.99), "157円台半ば" (about 157.5), "145円80銭前後": USD/JPY in
    a sentence about the yen's market; None for another yen figure ("4円以上" of a move, a price)."""
    g = m.groupdict()
    num = float(g["jfx"]) + (int(g["jsen"]) / 100 if g["jsen"] else 0.0)
    before = s[max(0, m.start() - 12):m.start()]
    # "1ドル=160円", "円相場は145円", or a quote's own form ("140円台", "145円80銭") in a sentence about the yen's market
    # (not "ガソリンは1リットル175円" beside "円安")
    quoted = re.search(r"ドル\s*[=＝]?\s*$", before) or _JA_FX_CONTEXT.search(before) or \
        ((g["jband"] or g["jsen"]) and _JA_FX_CONTEXT.search(s)) or \
        re.search(r"\d円台?(?:半ば|前半|後半)?から\s*$", before) or \
        re.match(r"(?:まで|に|へ)[^。、]{0,8}(?:円高|円安)", s[m.end():])
    # "157円台から153円に急落", "154円まで急激に円高が進んだ": a level the yen moved from or to
    if not 50 <= num <= 400 or not quoted:
        return None
    a = Amount(m.span(), m.group(0), num, 1.0, "JPY", "fx", 0.005 if g["jsen"] else _precision(g["jfx"]))
    band = g["jband"] or ""
    if band:  # "147円台": the whole yen, any sen; "台半ば" its middle, "台前半"/"台後半" its lower or upper half
        band = band if band.startswith("台") else "台" + band  # "138円後半": the upper half of 138
        lo = {"台半ば": 0.25, "台後半": 0.5}.get(band, 0.0)
        width = 1.0 if band == "台" else 0.5
        a.number, a.precision = num + lo + width / 2, width / 2
    return a


_DECIMAL_COMMA = re.compile(r"(?<![\d.,])(\d{1,3}),(\d{1,2})(?![\d,]|\.\d)(?=\s*(?:%|(?:percent|per cent|"
                            r"trillion|billion|million|tn|bn|mn)\b))", re.I)


#: the middle dot between the digits of a percentage or an amount in Japanese papers ("2・150%", "0・5ポイント",
#: "日本株5・7兆円", "1・2兆ドル"); not a list ("1・2月")
_DECIMAL_DOT_JA = re.compile(r"(?<=\d)・(?=\d{1,3}\s*(?:%|パーセント|ポイント|兆|億))")


#: what stands before a figure compared or moved to: "to $1.24", "lower than the $1166.2 holding", "at $1,079.3"
_LED_IN = re.compile(r"\b(?:from|to|than|at|of|versus|vs\.?|against|and)\s+(?:the\s+|a\s+)?$", re.I)
_STOCK_OR_TRADE = re.compile(r"\b(?:hold\w*|held|Treasur\w*|bonds?|debt|securities|bought|sold|purchas\w*|sales|"
                             r"investments?|reserves|\w*flows?)\b", re.I)  # a sentence about holdings or trades
_PRICE_AFTER = re.compile(r"\s*(?:against|per|versus|vs\.?|a|an|each|apiece)\b", re.I)  # "$1.08 against the dollar"


#: a second figure of the same currency right after a figure with no scale word, with its own: the pair shares it
_PAIR_AFTER = re.compile(r"\s*(?:and|or|to|-|–)\s*(?P<cur>US\$|\$|¥|€)\s?\d[\d,]*(?:\.\d+)?\s?"
                         r"(?P<scale>trillion|billion|million|tn|bn|mn)\b", re.I)


def _currency_of(sym: str) -> str:
    return {"$": "USD", "us$": "USD", "¥": "JPY", "€": "EUR"}[sym.lower()]


def _scale_read(a: Amount, s: str, out: list[Amount], before) -> float | None:
    """The scale of a dollar or yen figure with no scale word: that of the figure it is paired with in its sentence ("up
    from $1,079.3"); else ("increased its holdings in January to $1.24") that of the last
    figure of the same currency in the sentence or the one before (``before``) of its size (within a factor of two), or
    of the first such figure after it in the sentence ("declined from $1272.1 to $1263.2, ... to $1209.7 billion"), when
    a word of comparison or of a move leads into it in a sentence about holdings or trades and no price's unit follows
    it; else None (not read)."""
    pair = _PAIR_AFTER.match(s, a.span[1])
    if pair and a.number and _currency_of(pair.group("cur")) == a.currency:
        return SCALES[pair.group("scale").lower()]  # "$50.578 and $44.788 billion", "$5 to $6 billion"
    near = [o for o in out if o.kind == "money" and o.currency == a.currency and o.scale > 1]
    if near and re.search(r"\b(?:from|to|versus|vs\.?|against|and)\s*$", s[:a.span[0]], re.I):
        return near[-1].scale
    if not a.number or not _LED_IN.search(s[:a.span[0]]) or not _STOCK_OR_TRADE.search(s) or _PRICE_AFTER.match(s, a.span[1]):
        return None  # (not a price: "The euro rose to $1.08 against the dollar", "Oil rose to $1.5 a gallon")
    def alike(os) -> list[Amount]:
        return [o for o in os if o.kind == "money" and o.currency == a.currency and o.scale > 1 and not o.unit_inferred
                and o.number and 0.5 <= a.number / o.number <= 2]

    got = alike([*before, *out]) or alike(_worded_after(s, a.span[1]))[:1]
    return got[-1].scale if got else None


def _worded_after(s: str, end: int) -> list[Amount]:
    """The amounts after ``end`` in ``s`` that print a currency (and so may print a scale word)."""
    out = []
    for m in AMOUNT_RX.finditer(s, end):
        if (m.group("cur") or m.group("cur2")) and (a := _money(m, s)) is not None:
            out.append(a)
    return out


#: the rest of a bracket opened right after an amount, naming a month or a year of its own: "$27 million ($68 million
#: in March)", "(¥1.2 trillion in 2023)": the same quantity at that time beside it, not it restated in another currency
_OWN_TIME = re.compile(r"[^()（）\d]{0,12}?\b(?:(?:in|at\s+the\s+end\s+of|as\s+of|for|during)\s+|(?:at\s+)?end-)"
                       rf"(?:(?:(?:early|late|mid-?)\s*)?{MONTH_RE}(?:\s+(?:19|20)\d{{2}})?|(?:19|20)\d{{2}})\s*[)）]", re.I)


def _mark_restated(s: str, a: Amount, out: list[Amount]) -> None:
    """Amount ``a`` marked ``parenthetical`` when it restates the amount before it (``out[-1]``) in another currency:
    "¥2.57 trillion ($17.5 billion)" ("(S$56.7 billion)": the other dollar's letters stand before the amount's span),
    "保有残高は998億ドル=10兆円を超え"; "1318億ドル(1ドル100円で約13兆円)" drops the rate read in between from ``out``."""
    if (usd := restated_at_rate(s, a, out)) is not None:  # "1318億ドル(1ドル100円で約13兆円)": the rate is no figure
        a.parenthetical, out[:] = True, out[:usd + 1]
    elif out and re.fullmatch(r"\s*[(（]\s*", s[out[-1].span[1]:a.span[0]]) and _OWN_TIME.match(s, a.span[1]):
        a.other_time = True  # "$27 million ($68 million in March) in April": another time's figure, not the same one restated
    elif out and re.fullmatch(r"\s*[(（]\s*(?:or\s+|about\s+|roughly\s+|around\s+|some\s+)?(?:S|A|C|HK|NZ|NT|R)?",
                              s[out[-1].span[1]:a.span[0]]):
        a.parenthetical = True
    elif out and re.fullmatch(r",?\s*(?:or|equivalent to|worth)\s+(?:about\s+|roughly\s+|around\s+|some\s+)?|"
                              r"\s*[=＝]\s*(?:約|およそ)?",  # "保有残高は998億ドル=10兆円を超え": the yen restated
                              s[out[-1].span[1]:a.span[0]]) and out[-1].currency != a.currency:
        a.parenthetical = True


def find_amounts(s: str, currency: str = "", before: tuple = ()) -> list[Amount]:
    """Every amount in sentence ``s``, in order, with qualifiers and restatements marked; a bare
    "1.57 trillion" takes the currency of the amount before it, in ``s`` or (``currency``) the
    sentence before; a figure with no scale word the scale of a figure of its size before it (``_scale_read``;
    ``before``: the money amounts of the sentence before)."""
    written = s
    # "11,5 billion dollars", "768,8 billion dollars" (a translation's decimal comma: one or two digits after it) read
    # as 11.5 and 768.8, not as the "5" and "8" after a comma; the same length, so every span stays the article's
    s = _DECIMAL_COMMA.sub(r"\1.\2", s)
    s = _DECIMAL_DOT_JA.sub(".", s)  # "一時2・150%を付けた": a Japanese paper's middle dot as a decimal point
    out: list[Amount] = []
    notes = [m.span() for m in re.finditer(r"\(\s*(?:\$|€|1\s+(?:euro|dollar|pound|yuan)s?\s*=)\s*(?:1\s*=)?\s*[\d.,]+\s*"
                                           r"(?:Japanese\s+)?(?:yen|euros?|dollars?)\s*\)", s, re.I)]
    for m in AMOUNT_RX.finditer(s):
        if any(a <= m.start() < b for a, b in notes):
            continue  # "($1 = 77.325 yen)": the story's conversion rate, not a claim
        g = m.groupdict()
        if g["fxmove"]:  # "the yen rose by more than 7 yen": a move of the exchange rate, in yen
            a = Amount((m.start("fxmove"), m.end()), s[m.start("fxmove"):m.end()], float(g["fxmove"]), 1.0, "JPY", "fx_move",
                       _precision(g["fxmove"]))
        elif g["fxnum"] or g["fxnum2"] or g["fxnum3"] or g["fxnum4"]:
            grp = next(k for k in ("fxnum", "fxnum2", "fxnum3", "fxnum4") if g[k])
            num = g[grp]
            end = m.end(grp) if grp in ("fxnum", "fxnum4") else m.end()
            start = m.start() if grp == "fxnum3" else m.start(grp)
            a = Amount((start, end), s[start:end], float(num), 1.0, "JPY", "fx", _precision(num))
            if grp == "fxnum3":  # "the 160 level": a round number, not a fixing (within a yen of it)
                a.precision = 1.0
        elif g["jzero"] or g["ezero"]:
            a = Amount(m.span(), m.group(0), 0.0, 1e8, "JPY", "money", 0.0)
        elif g["jfx"]:
            a = _ja_fx(m, s)
            if a is None:
                continue
        elif g["bare"]:
            # "3.79 trillion worth of net buying": the currency of the amount before it in the sentence, not of a
            # restatement ("1.406 trillion yen ($13.8 billion) ..., from 351.5 billion the week before": yen)
            told = [o for o in out if o.kind == "money" and not o.parenthetical]
            # with none before it: the currency of the next amount ("rose 7.6 billion to 1.160 trillion U.S. dollars")
            # with none at all, in a sentence about US debt that names no yen: dollars ("Cayman purchased 48.8 billion in
            # US Bonds", "had the U.S. government bonds with a value of 1273.6 billion")
            cur = told[-1].currency if told else currency or _currency_after(s, m.end()) or \
                ("USD" if _US_DEBT.search(s) and not re.search(r"\byen\b|円", s, re.I) else "")
            if not cur:
                continue
            num = g["bare"]
            scale = SCALES[g["bscale"].lower()]
            a = Amount(m.span(), m.group(0), float(num.replace(",", "")), scale, cur, "money",
                       _precision(num) * scale)
        elif g["pnum"]:
            num = g["pnum"]
            a = Amount(m.span(), m.group(0), float(num.replace(",", "")), 1.0, None, "percent", _precision(num))
            if g["pct"].lower().startswith("percentage point") or g["pct"] == "パーセントポイント":
                a.kind = "pp"
        elif g["bnum"]:
            num = g["bnum"]
            a = Amount(m.span(), m.group(0), float(num.replace(",", "")), 0.01, None, "bp", _precision(num) * 0.01)
        else:
            a = _money(m, s)
            if a is None:
                continue
        if a.kind == "money" and a.scale == 0.0:
            if (scale := _scale_read(a, s, out, before)) is None:
                continue  # "$5" or "100 yen coins": not a claim we can check
            a.scale, a.precision, a.unit_inferred = scale, a.precision * scale, True
        _qualify(a, s)
        if a.kind == "percent":
            _percent_band(a, s)
        _mark_restated(s, a, out)
        out.append(a)
    out = _compounds(s, out)
    out = sorted(out + unit_word_amounts(s, out, Amount), key=lambda a: a.span[0])  # "5兆1,634円", "3051円"
    out = sorted(out + _word_amounts(s, out), key=lambda a: a.span[0])
    out = sorted(out + _shared_unit(s, out), key=lambda a: a.span[0])
    got = out + _multipliers(s, out) + fraction_amounts(s, out, Amount, _qualify) + _ratios(s, out)
    got += multiple_amounts(s, got, Amount, _qualify, _precision)  # "前年度の2.8倍", "2.8-fold"
    got.sort(key=lambda a: a.span[0])  # in the text's order: a qualifier takes the figure nearest before it
    if written != s:
        for a in got:
            a.text = written[a.span[0]:a.span[1]] if a.span[1] <= len(written) else a.text
    return got


_US_DEBT = re.compile(r"\bU\.?S\.?\s+(?:government\s+|federal\s+)?(?:bonds?|debt|Treasur|government\s+securities)|"
                      r"\bTreasuries\b|\bTreasury\s+(?:bonds|securities|debt|notes|bills|holdings)\b", re.I)  # (not "the Treasury said")


def _currency_after(s: str, end: int) -> str:
    """The currency of the first amount after ``end`` that prints one ("$ 112.4 billion", "1.16 trillion U.S.
    dollars"), or ""."""
    for m in AMOUNT_RX.finditer(s, end):
        if m.group("cur") or m.group("cur2"):
            a = _money(m, s)
            return a.currency or "" if a is not None and a.kind == "money" else ""
    return ""


#: "4%台", "1.5%台中盤", "2.3%台後半": a band of the last digit, not a figure rounded to it
_PCT_BAND = re.compile(r"台(?P<part>前半|後半|半ば|中盤)?")


def _percent_band(a: Amount, s: str) -> None:
    """"4%台" is 4.00-4.99 (the last stated digit's whole band; a trailing zero is rounding: "2.30%台" is 2.30-2.39),
    "台前半"/"台後半" its lower or upper half, "台半ば"/"台中盤" its middle: the number is set to the band's middle
    and the precision to half its width, so a figure outside it is not within rounding (3.7 is no "4%台"); after
    台に乗せた / 台を回復 (at least) the floor is exact."""
    m = _PCT_BAND.match(s, a.span[1])
    if m is None or a.qualifier not in ("exact", "at_least"):
        return
    raw = re.sub(r"[^\d.]", "", a.text.split("%")[0])
    digits = raw.rstrip("0").rstrip(".") if "." in raw else raw
    width = 10.0 ** -(len(digits.split(".")[1]) if "." in digits else 0)
    if a.qualifier == "at_least":  # "4%台に乗せた", "1%台を回復": at or above the band's floor, exactly
        a.number, a.precision = float(digits or 0), width * 1e-3
        return
    part = m.group("part") or ""
    start, w = {"前半": (0.0, 0.5), "後半": (0.5, 0.5), "半ば": (0.25, 0.5), "中盤": (0.25, 0.5)}.get(part, (0.0, 1.0))
    a.number = float(digits or 0) + width * (start + w / 2)
    a.precision = width * w / 2
    a.qualifier = "exact"


#: "from 1.036 to 1.03 trillion U.S. dollars": the first figure of a span takes the second's unit; so does the first
#: of a pair ("owes 1.2 and 1.1 trillion dollars, respectively", "1,3 or 1,4 billion"; not a year: "2019 and $1 trillion";
#: not a comma, which ends a day or a count: "On May 15, $20 billion", "the top 10, $7.5 trillion in all")
_SHARED_UNIT_RX = re.compile(rf"(?<=from )(?P<n>{_NUM})(?=\s*(?:to|-|–)\s*(?:US\$|\$|¥)?\s*\d)|"
                             rf"(?<![\w$¥€.,])(?!(?:19|20)\d\d\b)(?P<p>{_NUM})(?=\s*(?:and|or)\s*(?:US\$|\$|¥)?\s*\d)")
#: a day of a month or a count before the first figure of a pair ("May 15 and $20 billion", "No. 2 or $1 trillion")
_NOT_PAIR_BEFORE = re.compile(r"(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|\bNo\.|\btop|#)\s*$",
                              re.I)


def _word_amounts(s: str, out: list[Amount]) -> list[Amount]:
    got = []
    for m in WORD_AMOUNT_RX.finditer(s):
        if any(a.span[0] <= m.start() < a.span[1] for a in out) or WORD_NUM_BEFORE.search(s[max(0, m.start() - 20):m.start()]):
            continue
        scale = SCALES[m.group("scale").lower()]
        cur = "JPY" if m.group("cur").lower() == "yen" else "USD"
        a = Amount(m.span(), m.group(0), word_value(m), scale, cur, "money", (0.05 if m.group("dec") else 0.5) * scale)
        _qualify(a, s)
        got.append(a)
    return got


def _compounds(s: str, out: list[Amount]) -> list[Amount]:
    """"$7 trillion 713.6 billion", "US$1 trillion 79 billion": a whole number of trillions and the billions
    after it are one amount (as "1兆79億ドル"), read to the billions' last digit."""
    for i in range(len(out) - 1, 0, -1):
        a, b = out[i - 1], out[i]
        if a.kind == b.kind == "money" and a.scale == 1e12 and b.scale == 1e9 and a.number == int(a.number) and \
                0 <= b.number < 1000 and a.currency == b.currency and s[a.span[1]:b.span[0]] == " " and \
                not re.match(r"\s*(?:\$|¥|US)", s[b.span[0]:]):
            a.span, a.text = (a.span[0], b.span[1]), s[a.span[0]:b.span[1]]
            a.number, a.precision = a.number + b.number / 1000, b.precision
            del out[i]
    return out


def _shared_unit(s: str, out: list[Amount]) -> list[Amount]:
    got = []
    for m in _SHARED_UNIT_RX.finditer(s):
        if any(a.span[0] <= m.start() < a.span[1] for a in out):
            continue
        nxt = [a for a in out if a.span[0] > m.end() and a.kind == "money" and a.scale > 1]
        if not nxt or nxt[0].span[0] - m.end() > 8:
            continue
        n = m.group("n") or m.group("p")
        if m.group("p") and _NOT_PAIR_BEFORE.search(s[max(0, m.start() - 12):m.start()]):
            continue
        later = nxt[0].number
        if m.group("p") and (nxt[0].unit_inferred or not later or not 0.1 <= float(n.replace(",", "")) / later <= 10):
            continue  # "5 and 1.1 trillion": not the same magnitude, no pair
        a = Amount(m.span(), n, float(n.replace(",", "")), nxt[0].scale, nxt[0].currency, "money",
                   _precision(n) * nxt[0].scale, unit_inferred=True)
        _qualify(a, s)
        got.append(a)
    return got


#: "more than doubling from a week earlier", "net buying halved": a percent change written as a multiple
#: (doubled = +100%, tripled = +200%, halved = -50%), judged like "up 100%"; a bare "doubled" means about
#: two-fold or more (within 10 points), "more than doubled" strictly more
MULTIPLIER_RX = re.compile(r"\b(?P<w>doubl|tripl|quadrupl|halv)(?:ed|ing|es|e)\b", re.I)
_MULT = {"doubl": 100.0, "tripl": 200.0, "quadrupl": 300.0, "halv": -50.0}


#: "nearly double China's", "twice as much as Japan", "three times that of Britain", "half as many Treasuries as
#: Japan": one holder's holdings as a multiple of another's (``kind`` ratio; ``classify`` finds the other holder)
_RATIO_TAIL = (r"(?:\s+(?:as\s+(?:much|many|large|big|high)(?:\s+[\w.-]+){0,3}?\s+as|that\s+of|those\s+of|the\s+"
               r"(?:holdings|amount|size|stockpile|total|level)\s+of|what)\b)?\s+(?:the\s+)?(?-i:(?=[A-Z]))")
RATIO_RX = re.compile(rf"\b(?P<w>double|twice|triple|thrice|quadruple|half|(?P<k>\d+(?:\.\d+)?|two|three|four|five|six|"
                      rf"seven|eight|nine|ten)\s+times){_RATIO_TAIL}", re.I)
_RATIO_WORDS = {"double": 2.0, "twice": 2.0, "triple": 3.0, "thrice": 3.0, "quadruple": 4.0, "half": 0.5}
_TIMES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _ratios(s: str, found: list[Amount]) -> list[Amount]:
    out = []
    for m in RATIO_RX.finditer(s):
        if any(a.span[0] <= m.start() < a.span[1] for a in found):
            continue
        if m.group("w").lower() == "half" and not re.match(r"half\s+as\b", m.group(0), re.I):
            continue  # "half China's" is rare; "half of" is a fraction (``fraction_words``)
        k = m.group("k")
        if k:
            n = float(_TIMES.get(k.lower(), 0) or k)
            prec = _precision(k) if k[0].isdigit() else 0.05 * n
        else:
            n = _RATIO_WORDS[m.group("w").lower()]
            prec = 0.05 * n  # "double" is a round figure: 1.9 to 2.1 times
        a = Amount((m.start(), m.end("w")), m.group("w"), n, 1.0, None, "ratio", prec)
        _qualify(a, s)
        out.append(a)
    return out


def _multipliers(s: str, found: list[Amount]) -> list[Amount]:
    out = []
    for m in MULTIPLIER_RX.finditer(s):
        if any(a.span[0] <= m.start() < a.span[1] for a in found):
            continue
        if RATIO_RX.match(s, m.start()):
            continue  # "double China's": a ratio of two holders, not a change
        n = _MULT[m.group("w").lower()]
        a = Amount(m.span(), m.group(0), n, 1.0, None, "percent", 10.0 if n > 0 else 5.0, multiplier=True)
        _qualify(a, s)
        if a.qualifier == "exact":
            # "has doubled since July 2005" for a rise of 2.5 times is loose, not false: about two-fold or more
            a.qualifier = "at_least"
        out.append(a)
    return out


#: the side of a line a figure is on, said after it in Japanese: "1.6%割れ", "1兆ドルを下回った", "0.2%を割り込む"
#: (below); "4%を突破", "1兆ドルを上回る", "5%超え" (above); "1%台に乗せる", "1%台を回復" (at least)
_JA_SIDE_AFTER = re.compile(r"\s*(?:(?P<below>割れ|を割り込|を割っ|を割る|を下回|未満)|(?P<floor>台に乗|台を回復|台に回復|台へ回復|台に上昇|台に達)|"
                            r"を突破|を上回|を超え|超え|を超す|を超し)")


#: a verb of a move before "up to" ("climbed up to $X", "inched up to"): a level reached, not "at most" (as the
#: lookbehinds of QUALIFIERS' at_most say for went, shot, moved, crept)
_MOVED_UP = re.compile(r"\b(?:rose|risen|climbed|jumped|edged|inched|ticked|surged|soared|grew|swelled|rebounded|"
                       r"advanced|spiked|crawled|bounced)\s+$", re.I)


#: "increased by $3.2 billion compared to the previous month – up to $1.3 trillion": "up to" after a dash that follows a
#: move in its clause is a translation's "to" (a level), not a ceiling; "Japan could sell Treasuries – up to $50
#: billion" stays "at most"
_DASH_AFTER_MOVE = re.compile(r"(?:\bby\s+(?:about\s+|around\s+|nearly\s+)?(?:US)?\$|\b(?:rose|fell|increased|decreased|"
                              r"reduced|dropped|declined|grew|gained|lost|shed|added|cut)\b)(?:[^.;:!?–—]|\.(?=\d))*(?:–|—|--|-)\s*$",
                              re.I)


def _qualify(a: Amount, s: str) -> None:
    before = s[:a.span[0]]
    for q, rx in _QUAL_RX:
        qm = rx.search(before[-40:])
        if qm and q in ("above", "below") and re.search(r"\bthe\s+$", qm.group(), re.I) and \
                _LOGGED_AFTER.match(s, a.span[1]):
            continue  # "far below the ¥1.4 trillion and ¥420.7 billion logged in ...": a figure compared, no threshold
        if qm and q == "at_most" and qm.group().lower().startswith("up to") and \
                (_MOVED_UP.search(before, 0, len(before) - len(before[-40:]) + qm.start()) or
                 _DASH_AFTER_MOVE.search(before, 0, len(before) - len(before[-40:]) + qm.start())):
            continue
        if qm:
            a.qualifier = q
            a.span = (a.span[0] - (len(before[-40:]) - qm.start()), a.span[1])
            a.text = s[a.span[0]:a.span[1]]
            return
    after = s[a.span[1]:a.span[1] + 12]
    if re.match(r"(?:-plus|\+|\s+or more|\s+plus)\b", after):
        a.qualifier = "at_least"
    elif re.match(r"\s+or so\b", after):
        a.qualifier = "approx"
    else:  # Japanese puts the qualifier after the figure: "400億ドル以上", "1兆円超", "2000億円近く", "500億円程度"
        ja = re.match(r"\s*(?P<q>以上|超(?!過)|近く|弱|程度|ほど|前後|余り|あまり|強)", after)
        side = _JA_SIDE_AFTER.match(after)
        if side and side.group(0).lstrip().startswith(("を上回", "を下回")) and \
                re.search(r"(?:月|年|年度|週|期|末)\s*(?:[(（][^()（）]{0,12}[)）])?\s*の\s*$", before):
            side = None  # "前月(調整済み)の5兆8403億ドルを上回り", "07年度の24兆3376億円を上回った": the level compared with
        if side and not ja:  # "1.6%割れ", "1兆ドルを下回った", "4%を突破": a line crossed or held
            a.qualifier = "below" if side.group("below") else "at_least" if side.group("floor") else "above"
        if ja:
            a.qualifier = {"以上": "at_least", "超": "above", "近く": "just_below", "弱": "just_below",
                           # "12兆円余り": twelve trillion and some (the corpus rule: more than), not "just over"
                           "余り": "above", "あまり": "above", "強": "just_above"}.get(ja.group("q"), "approx")
