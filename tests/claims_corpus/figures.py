"""Read a figure string as printed in an article: value, unit, last-digit step, qualifier.

"1.2 trillion yen" -> 12000 JPY 100mn (step 1000); "$1,131.9 billion" -> 1131.9 USD bn (step 0.1);
"4兆2559億円" -> 42559 JPY 100mn (step 1); "463億7000万ドル" -> 46.37 USD bn (step 0.01), "1兆1110億ドル" -> 1111.0 (step 1); "1.595%" -> 1.595 percent (step 0.001).
Yen amounts come out in 100 million yen (MoF's unit), dollar amounts in USD bn (TIC's unit).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MULT = {  # multiplier to the base unit (yen, dollars)
    "trillion": 1e12, "trln": 1e12, "trl": 1e12, "trn": 1e12, "tn": 1e12, "trill.": 1e12, "trill": 1e12, "tril.": 1e12, "tril": 1e12, "t.": 1e12, "t": 1e12,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9,
    "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
}
_JA = re.compile(r"([▲△+＋\-－−]?)\s*(?:([\d,]+(?:\.\d+)?)兆)?(?:([\d,]+)億)?(?:([\d,]+)万)?円")
# dollars in Japanese numerals: 1兆1110億ドル, 463億7000万ドル (Japanese TIC stories)
# a decimal before 億 with no 兆 ("2.2億円", "3,436.4億円"): read as printed, not as the digits after the point
_DEC_OKU = re.compile(r"([▲△+＋\-－−]?)\s*(?<![\d.,])(\d{1,3}(?:,\d{3})+\.\d+|\d+\.\d+)億円")
_JA_USD = re.compile(r"([▲△+＋\-－−]?)\s*(?:([\d,]+(?:\.\d+)?)兆)?(?:([\d,]+)億)?(?:([\d,]+)万)?(?:米)?ドル")
# a bare leading decimal point (".03 percent", AP) is read as 0.03, not 3
_NUM = r"([+\-−]?(?:[\d,]*\d(?:\.\d+)?|(?<![\d.])\.\d+))"
_WORD = re.compile(
    r"(?P<cur>US\$|USD\$|USD|\$|¥|JPY)?\s*" + _NUM + r"\s*(?P<mult>trillion|trln|trl|trn|tn|trill\.?|tril\.?|billion|bln|bn|"
    r"million|mln|mn|b|m|t\.|t)?(?:(?=pct?\b|percent\b)|(?![A-Za-z]))\s*(?P<tail>yen|japanese yen|dollars|u\.s\. dollars|"
    r"us dollars|percent|per cent|pct|pc|%|basis points|bps|bp)?", re.I)
_QUALIFIERS = [
    ("more_than", r"\b(more than|over|above|in excess of|exceeding|surpassing|upwards of)\b"),
    ("less_than", r"\b(less than|under|below|fewer than)\b"),
    ("nearly", r"\b(nearly|almost|close to|just under|nearing)\b"),
    ("approx", r"\b(about|around|approximately|roughly|some|an estimated|estimated|approx\.?|circa|near|hovering)\b|~"),
    # Japanese 約 / およそ ("約6兆2870億ドル", "約108.9円") is "about" (not the 約 of 契約, 節約, 予約, 条約, 要約)
    ("approx", r"(?<![契節予条要規集盟])約|およそ"),
    # Chinese, in the figure string: 超过/超過/逾/多于 ("超过10%", "逾490亿") more than; 近/接近/将近 before the
    # number ("近40%") nearly; 约/大约 ("约142.2") and 左右 after it ("115左右") about
    ("more_than", r"超[过過]|逾(?=\d)|多[于於](?=\d)|倍超"),
    # Japanese after a multiple: 2倍以上 / 2倍余り ("2 times or more", "a little over twice") more than; 2倍近く / 2倍弱
    # ("nearly", "a little under twice") nearly
    ("more_than", r"倍(?:以上|余り|あまり)"),
    ("nearly", r"倍(?:近く|弱)"),
    ("nearly", r"(?<![最附])近(?=\d)|接近(?=\d)|[将將]近(?=\d)"),
    ("approx", r"(?<![节條条])约|\d左右"),
]


_FULLWIDTH = str.maketrans("０１２３４５６７８９％．，", "0123456789%.,")

_NUM_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())}
_NUM_WORD = re.compile(r"\b(" + "|".join(_NUM_WORDS) + r")(?=\s+(?:trillion|billion|million)\b)", re.I)


_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN = "〇零一二两兩三四五六七八九十百千"
# a run of Chinese numerals read as a number only before what counts things: 亿/億/万/萬/兆, 倍, 成 (with its
# trailing tenth digit: "九成二"), 个百分点; not inside words ("十分", "一些", "百姓")
# (and before a percent sign: Japanese vertical-style '約八〇%', '五九%')
_CN_NUM = re.compile(f"(?<![{_CN}])([{_CN}]+)(?=[亿億万萬兆倍%％]|成|个百分点|個百分點)(?:成([{_CN}])(?![{_CN}]))?")


def _cn_int(word: str) -> int:
    """Chinese numerals to an integer: "九" 9, "十二" 12, "二十" 20, "三百零五" 305, "一千二百" 1200. A run of digits
    with no 十/百/千 is positional, as Japanese vertical text writes figures: "三〇一" 301, "九一〇" 910."""
    if len(word) > 1 and not any(ch in _CN_UNITS for ch in word):
        return int("".join(str(_CN_DIGITS[ch]) for ch in word))
    total, num = 0, 0
    for ch in word:
        if ch in _CN_DIGITS:
            num = _CN_DIGITS[ch]
        else:
            total += (num or 1) * _CN_UNITS[ch]
            num = 0
    return total + num


_RATIO_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                "seventeen eighteen nineteen twenty thirty forty fifty hundred").split()
_RATIO_WORD = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?|" + "|".join(sorted(_RATIO_WORDS, key=len, reverse=True)) +
                         r")(?:\s*-\s*|\s+)(?:fold\b|times\b)", re.I)
_TENS = {"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}


def _ratio(figure: str) -> tuple[float, float] | None:
    """(value, step) of a multiple printed with 倍 / 배 / '-fold' / 'times', else None. A bare 倍 ("ほぼ倍",
    "約倍") is twice; 'twofold' and 'double' are not read (say the claim's ratio with `claimed` if needed)."""
    figure = re.sub(r"(\d)・(\d)", r"\1.\2", figure.translate(_FULLWIDTH))  # "6・3倍" (Asahi) is 6.3
    m = re.search(r"(\d+(?:\.\d+)?)?\s*(?:倍|배)", figure)
    if m:
        if m.group(1) is None:
            return (2.0, 1.0) if re.search(r"(?:ほぼ|約|约|近|およそ)倍", figure) else None
        return float(m.group(1)), 10.0 ** -_decimals(m.group(1))
    m = _RATIO_WORD.search(figure)
    if m:
        w = m.group(1).lower()
        if w[0].isdigit():
            return float(w), 10.0 ** -_decimals(w)
        return float(_NUM_WORDS.get(w, _TENS.get(w, 0))), 1.0
    return _eu_ratio(figure)


# Spanish, Portuguese and German multiples (session 36): 'N veces' / 'N vezes' ('6,3 veces': a decimal comma),
# 'um den Faktor 17', 'das 17-fache'; the words for twice, three times, ... ('el doble', 'o dobro', 'das Doppelte',
# 'el triple', 'o triplo', 'das Dreifache') and the verbs ('duplicó', 'triplicando', 'verdoppelt', 'verdreifacht')
_EU_NUM_WORDS = {"dos": 2, "dois": 2, "duas": 2, "zwei": 2, "tres": 3, "três": 3, "drei": 3, "cuatro": 4, "quatro": 4,
                 "vier": 4, "cinco": 5, "fünf": 5, "seis": 6, "sechs": 6, "siete": 7, "sete": 7, "sieben": 7,
                 "ocho": 8, "oito": 8, "acht": 8, "nueve": 9, "nove": 9, "neun": 9, "diez": 10, "dez": 10, "zehn": 10}
_EU_NUM = r"(\d+(?:,\d+)?|" + "|".join(sorted(_EU_NUM_WORDS, key=len, reverse=True)) + r")"
_EU_TIMES = [
    re.compile(r"(?<![\w.,])" + _EU_NUM + r"\s+(?:veces|vezes)\b", re.I),
    re.compile(r"\bum\s+(?:den|einen)\s+Faktor\s+(?:von\s+)?" + _EU_NUM + r"(?![\d,])", re.I),
    re.compile(r"(?<![\w.,])" + _EU_NUM + r"\s*-?\s*fache[nmrs]?\b", re.I),
]
_EU_MULTIPLE_WORDS = [  # (pattern, multiple)
    (r"\b(?:el|o|al|ao|del|do)\s+doble\b|\bo\s+dobro\b|\bDoppelte[nmrs]?\b|\bduplic\w*|\bdobr(?:ou|ar|ando|aram|ado|ada)\b|"
     r"\bverdoppel\w*", 2.0),
    (r"\b(?:el|o|al|ao|del|do)\s+(?:triple|triplo)\b|\bDreifache[nmrs]?\b|\btriplic\w*|\bverdreifach\w*", 3.0),
    (r"\b(?:el|o|al|ao|del|do)\s+(?:cu[aá]druple|qu[aá]druplo)\b|\bVierfache[nmrs]?\b|\bcuadruplic\w*|\bquadruplic\w*|"
     r"\bvervierfach\w*", 4.0),
]
# their qualifiers, read inside such a figure only ('casi el doble', 'mais que triplicando', 'mehr als das Doppelte')
_EU_QUALIFIERS = [
    ("more_than", r"\b(?:m[aá]s\s+(?:de|que|del)|mais\s+(?:de|que|do)|mehr\s+als|über)\b"),
    ("less_than", r"\b(?:menos\s+(?:de|que|del)|menos\s+(?:de|que|do)|weniger\s+als)\b"),
    ("nearly", r"\b(?:casi|quase|fast|nahezu|beinahe|knapp)\b"),
    ("approx", r"\b(?:cerca\s+de|alrededor\s+de|aproximadamente|unas|unos|umas|uns|etwa|rund|ungefähr)\b"),
]


def _eu_ratio(figure: str) -> tuple[float, float] | None:
    """(value, step) of a Spanish, Portuguese or German multiple, else None."""
    for pat in _EU_TIMES:
        m = pat.search(figure)
        if m:
            w = m.group(1).lower()
            if w[0].isdigit():
                num = w.replace(",", ".")
                return float(num), 10.0 ** -_decimals(num)
            return float(_EU_NUM_WORDS[w]), 1.0
    for pat, mult in _EU_MULTIPLE_WORDS:
        if re.search(pat, figure, re.I):
            return mult, 1.0
    return None


def _eu_qualifier(figure: str) -> str:
    for name, pat in _EU_QUALIFIERS:
        if re.search(pat, figure, re.I):
            return name
    return "exact"


@dataclass
class Figure:
    value: float       # in the base unit below (signed only if the figure string has a sign)
    unit: str          # 'JPY 100mn', 'USD bn', 'percent', 'bp', 'JPY per USD', 'count', 'ratio'
    step: float        # value of one unit in the last printed digit, same unit
    qualifier: str     # exact, approx, nearly, more_than, less_than


def qualifier_of(context: str) -> str:
    low = context.lower()
    for name, pat in _QUALIFIERS:
        if re.search(pat, low):
            return name
    return "exact"


def _decimals(num: str) -> int:
    return len(num.split(".")[1]) if "." in num else 0


#: a claim's `unit` that sets the digits' scale: (the base unit, the factor from the printed digits to it)
_SCALES = {"JPY bn": ("JPY 100mn", 10.0), "USD mn": ("USD bn", 1e-3), "USD 100mn": ("USD bn", 0.1),
           "JPY 100mn": ("JPY 100mn", 1.0), "USD tn": ("USD bn", 1e3), "USD bn": ("USD bn", 1.0)}


def parse(figure: str, unit: str | None = None, qualifier_context: str = "", decimal: str | None = None) -> Figure:
    """``unit`` overrides what the string says: 'JPY bn' for table cells, 'JPY per USD' for rates,
    'JPY' / 'USD' for a bare "1.57 trillion" whose currency is stated elsewhere. ``decimal`` (the claim's
    ``decimal`` key) says what a point means in a Spanish or Portuguese figure where both readings are possible:
    "point" (Latin American usage, '1.138 billones de dólares' = 1.138 x 10^12) or "comma" (Spain's: the point
    groups thousands, 1,138 x 10^12); such a figure without it is refused, naming it."""
    q = qualifier_of(qualifier_context) if qualifier_context else "exact"
    original = figure
    # Chinese number words before a multiplier, 成 or 倍 ("三百亿", "九成二", "两倍") are read as their digits
    figure = _CN_NUM.sub(lambda m: str(_cn_int(m.group(1))) + ("成" + str(_cn_int(m.group(2))) if m.group(2) else ""),
                         figure)
    # 成 (tenths, Chinese): "九成二" = 92 percent, "三成" = 30 percent (to the last 成 digit printed)
    cheng = re.search(r"(\d)成(\d)?(?!\d)", figure) if unit in (None, "percent") else None
    if cheng:
        tenth, hundredth = cheng.group(1), cheng.group(2)
        return Figure(float(tenth) * 10 + float(hundredth or 0), "percent", 1.0 if hundredth else 10.0, q)
    # a multiple ("5.5倍", "2.5배", "6・3倍", "2.6-fold", "six-fold", "33 times", "ほぼ倍" = twice): unit 'ratio'
    ratio = _ratio(figure) if unit in (None, "ratio") else None
    if ratio:
        if q == "exact" and _eu_ratio(figure):  # 'casi el doble', 'mais que triplicando': their own qualifier words
            q = _eu_qualifier(qualifier_context or figure)
        return Figure(ratio[0], "ratio", ratio[1], q)
    # a space between the digits and a Chinese/Japanese multiplier, or between it and the currency
    # ("1.1893 兆美元", "7,005 億美元": Taiwanese sites such as cnyes.com set one): read as if closed up
    figure = re.sub(r"(\d)\s+(?=[兆億亿万萬])", r"\1", figure)
    figure = re.sub(r"([兆億亿万萬])\s+(?=美元|日元|日圓|日圆|円|ドル)", r"\1", figure)
    # "$1 trillion 306.3 billion" (a translation of 1兆3063億ドル): the two groups read as one figure, 1,306.3 billion,
    # to the last group's digit (as 兆 and 億 groups are)
    figure = re.sub(r"(?<![\d.,])(\d+) trillion (\d{1,3}(?:\.\d+)?) billion\b",
                    lambda m: f"{int(m.group(1)) * 1000 + float(m.group(2)):.{_decimals(m.group(2))}f} billion", figure)
    # "six billion U.S. dollars" (Xinhua style): a number word before a multiplier is read as its digits
    figure = _NUM_WORD.sub(lambda m: str(_NUM_WORDS[m.group(1).lower()]), figure)
    # Spanish (EFE): "116.400 millones de yenes", "2,85 billones de yenes" (billón = 10^12): a point groups
    # thousands and a comma is the decimal mark; the words are read as their English multipliers
    # Portuguese: "1,39 trilhões de ienes", "618,3 bilhões de ienes" (Brazil: bilhão = 10^9); "8,7 biliões de
    # ienes", "65,7 mil milhões" (Portugal: bilião = 10^12, mil milhões = 10^9): read as their English words
    # 'un billón de dólares', 'um bilhão', 'un millón': the Spanish and Portuguese 'one' before a scale word is 1
    figure = re.sub(r"\b(?:un|una|um|uma)\s+(?=(?:bill[oó]n|mill[oó]n|trilh[ãa]o|bilh[ãa]o|bili[ãa]o|milh[ãa]o)\b)",
                    "1 ", figure, flags=re.I)
    # a million millions is 10^12 ('1,13 milhões de milhões de dólares', European Portuguese; Spanish 'millones de
    # millones'): read as the long-scale billón
    figure = re.sub(r"\bmilh(?:ões|oes) de milh(?:ões|oes)\b|\bmillones de millones\b", "billones", figure)
    if re.search(r"\b(?:trilh|bilh|bili|milh)(?:ões|oes|ão|ao)\b", figure):
        figure = re.sub(r"\bmil milh(?:ões|oes)\b", "mil millones", figure)
        figure = re.sub(r"\btrilh(?:ões|oes|ão|ao)\b|\bbili(?:ões|oes|ão|ao)\b", "billones", figure)
        figure = re.sub(r"\bbilh(?:ões|oes|ão|ao)\b", "mil millones", figure)
        figure = re.sub(r"\bmilh(?:ões|oes|ão|ao)\b", "millones", figure)
        figure = re.sub(r"\bde ienes\b", "de yenes", figure)
    # German: "9,6289 Billionen Yen", "10,8 Bill. Yen", "789,9 Mrd. Yen", "2,001 Billionen" (a point groups
    # thousands, a comma is the decimal mark; Billion = 10^12, Milliarde = 10^9): read as the Spanish words
    # (the German plurals and abbreviations only: an English "$127.3 Billion" keeps its meaning)
    # the German singular 'Billion' before a German currency noun ('6,2516 Billion Dollar', Sputnik's German page) is
    # 10^12 too; an English "$127.3 Billion" (no German noun after it) keeps its meaning
    figure = re.sub(r"\bBillion(?=\s+(?:US-)?Dollar\b|\s+Euro\b|\s+(?:japanische[n]? )?Yen\b)", "Billionen", figure)
    if re.search(r"\b(?:Billionen|Bill\.|Milliarden|Mrd\.|Millionen|Mio\.)(?=\s|$)", figure):
        figure = re.sub(r"\b(?:US-)?Dollar\b", "dollars", figure)
        figure = re.sub(r"\b(?:Billionen|Bill\.)(?=\s|$)", "billones", figure)
        figure = re.sub(r"\b(?:Milliarden|Mrd\.)(?=\s|$)", "mil millones", figure)
        figure = re.sub(r"\b(?:Millionen|Mio\.)(?=\s|$)", "millones", figure)
        figure = re.sub(r"\b(?:japanische |japanischen )?Yen\b", "yen", figure)
    if decimal not in (None, "point", "comma"):
        raise ValueError(f"decimal = {decimal!r} for {original!r}: say \"point\" or \"comma\"")
    # Mexican usage: "6 mil 200 millones de dólares" (El Financiero) is 6,200 million = 6.2 billion (to 0.1), not 6:
    # written as the Spanish "6.200 millones" it is read below
    figure = re.sub(r"(?<![\d.,])(\d{1,3}) mil (\d{1,3})(?=\s*millones\b)", lambda m: f"{m.group(1)}.{int(m.group(2)):03d}",
                    figure)
    if re.search(r"\b(?:billones|millones|mil millones|billón|millón)\b", figure) and decimal == "point":
        # the toml says the point is a decimal point here ('1.138 billones de dólares', Latin American usage): a comma
        # groups thousands, and the words are read as their English multipliers
        figure = re.sub(r"(\d),(?=\d{3}(?!\d))", r"\1", figure)
        figure = re.sub(r"\bmil millones\b", "billion", figure)
        figure = re.sub(r"\bbill[oó]n\b|\bbillones\b", "trillion", figure)
        figure = re.sub(r"\bmillones\b|\bmill[oó]n\b", "million", figure)
        figure = re.sub(r"\bde (?:yenes|yen)\b", "yen", figure)
        figure = re.sub(r"\bde d[oó]lares\b", "dollars", figure)
    # a point before three digits and billón / billones with no decimal comma ('1.138 billones de dólares'): in
    # Spain's usage 1,138 x 10^12, in Mexico's 1.138 x 10^12; never guessed: the toml says which (`decimal`)
    ambiguous = re.search(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d,])\s*(?:billones|bill[oó]n)\b", figure)
    if ambiguous and decimal is None:
        raise ValueError(f"figure {original!r}: is the point in {ambiguous.group(0)!r} a decimal point (Latin American "
                         f"usage, x 10^12) or a thousands separator (Spain's)? say decimal = \"point\" or \"comma\" "
                         f"in the claim")
    if re.search(r"\b(?:billones|millones|mil millones|billón|millón)\b", figure):
        def _es_millions(m):  # "116.400 millones" is 116.4 billion, to the last non-zero digit (as 4000億円 is)
            whole = m.group(1).replace(".", "")
            if m.group(2) or len(whole) < 4:
                return m.group(1) + (m.group(2) or "") + " millones"
            digits = whole.rstrip("0") if whole.rstrip("0") else "0"
            dec = max(3 - (len(whole) - len(digits)), 0)
            return f"{int(whole) / 1000:.{dec}f}".replace(".", ",") + " mil millones"  # a decimal comma, as the rest
        figure = re.sub(r"(\d{1,3}(?:\.\d{3})+)(,\d+)? millones", _es_millions, figure)
        figure = re.sub(r"(\d)\.(?=\d{3}(?!\d))", r"\1", figure).replace(",", ".")
        figure = re.sub(r"\bmil millones\b", "billion", figure)
        figure = re.sub(r"\bbill[oó]n\b", "trillion", figure)
        figure = re.sub(r"\bbillones\b", "trillion", figure)
        figure = re.sub(r"\bmillones\b|\bmill[oó]n\b", "million", figure)
        figure = re.sub(r"\bde (?:yenes|yen)\b", "yen", figure)
        figure = re.sub(r"\bde d[oó]lares\b", "dollars", figure)
    figure = re.sub(r"\bpor ciento\b|\bProzent\b", "percent", figure)  # Spanish "65,1 por ciento", German "6,9 Prozent"
    # Chinese (亿 = 億, 万亿 = 兆, 日元/日圆 = 円, 美元 = ドル) and Korean (억 = 億, 조 = 兆, 엔 = 円,
    # 달러 = ドル; "3조 805억 엔") figures are read as Japanese numerals
    if re.search(r"[亿억조]", figure):
        # "1926.7亿美元" (a decimal before 亿): 192.67 billion dollars, to the last decimal
        figure = re.sub(r"(\d[\d,]*)\.(\d+)亿美元", lambda m: f"{float(m.group(1).replace(',', '') + '.' + m.group(2)) / 10:.{len(m.group(2)) + 1}f} billion dollars", figure)
        figure = figure.replace("万亿", "兆").replace("亿", "億").replace("日元", "円").replace("日圆", "円")
        figure = figure.replace("美元", "ドル")
        # "4천152억엔" (Yonhap): 천 = thousand inside the 억 group
        # a bare 천 is one thousand ("22조 천229억" = 22兆1229億: YTN)
        # 백 (a hundred) and 십 (ten) likewise: "14조2천4백84억엔" (Hankyung, 2003) = 14兆2484億; a bare 백 is one hundred
        figure = re.sub(r"(?:(\d+)?\s*천)?\s*(?:(\d)?\s*백)?\s*(?:(\d)?\s*십)?\s*(\d{1,3})?(?=\s*억)",
                        lambda m: m.group(0) if not re.search("[천백십]", m.group(0)) else str(
                            (int(m.group(1) or 1) * 1000 if "천" in m.group(0) else 0) +
                            (int(m.group(2) or 1) * 100 if "백" in m.group(0) else 0) +
                            (int(m.group(3) or 1) * 10 if "십" in m.group(0) else 0) + int(m.group(4) or 0)), figure)
        figure = re.sub(r"(\d)\s*조\s*", r"\1兆", figure)
        figure = re.sub(r"(\d)\s*억\s*", r"\1億", figure)
        figure = re.sub(r"(\d)\s*만\s*", r"\1万", figure)  # 만 = 万 (ten thousand): "9조500만달러"
        figure = re.sub(r"([兆億万])\s*엔", r"\1円", figure)
        figure = re.sub(r"([兆億万])\s*달러", r"\1ドル", figure)
    # a decimal comma ("512,3 billion dollars" in a translation): a comma followed by one
    # or two digits cannot be a thousands separator (those group three digits)
    figure = re.sub(r"(\d),(\d{1,2})(?!\d)", r"\1.\2", figure)
    # a compound adjective ("a $42-billion purchase"): the hyphen joins the number to its multiplier
    figure = re.sub(r"(\d)-(trillion|billion|million)\b", r"\1 \2", figure, flags=re.I)
    # full-width digits and signs (Japanese web pages: "２・１２５％") read as their ASCII forms
    figure = figure.translate(_FULLWIDTH)
    # a middle dot between digits is a decimal point (Kyodo and Japanese newspapers: "5・7兆円", "4・2%")
    figure = re.sub(r"(\d)・(\d)", r"\1.\2", figure)
    # "1.12万億ドル" (Chinese usage in Japanese translations: 万億 = ten thousand 億 = 兆)
    figure = figure.replace("万億", "兆")
    # what the Chinese block above leaves: traditional script (萬億 = 兆, 日圓 = 円: "16,483億日圓" = 16,483
    # JPY 100mn) and figures with no 亿; a pinyin reading a page prints inside a figure ("6.4745萬(wàn)億日元")
    # is not part of the number
    figure = re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", "", figure)
    if re.search(r"日元|日圓|日圆|美元", figure):
        figure = (figure.replace("萬", "万").replace("亿", "億").replace("万億", "兆").replace("日元", "円")
                  .replace("日圓", "円").replace("日圆", "円").replace("美元", "ドル"))
    # a leading JPY / ¥ before Japanese numerals with no 円 ("JPY 3,343億", "JPY 1兆5,232億": Trading Economics'
    # Japanese pages) is a yen amount: read as "3,343億円", not as 3,343 yen
    figure = re.sub(r"([▲△+＋\-－−]?)\s*(?:JPY|¥|￥)\s*(\d[\d,.]*(?:[兆億万]\d[\d,.]*)*[兆億万])(?![\d,.]|\s*(?:円|ドル))",
                    r"\1\2円", figure)
    if unit in ("JPY", "USD") and re.search(r"\d[兆億万]$", figure.strip()):
        # "前月比27億減の1兆350億ドル": a bare 27億 whose currency comes with the next figure
        figure = figure.strip() + ("円" if unit == "JPY" else "ドル")
    # what no careful reader can take as printed: a garbled figure with two 兆 groups or a 億 group before a 兆
    # ("52조2조222억 엔", a Korean page's slip) must not read as its last digits (20,222): say so, naming the figure
    # (a claim whose meaning is evident gives it as `reading`, with a note)
    if re.search(r"\d兆[\d,.]*\d兆|\d億[\d,.]*\d兆", figure):
        raise ValueError(f"garbled figure {original!r}: two 兆 groups, or a 億 group before a 兆 group; label it by hand "
                         f"(unverifiable = \"...\") or give the evident figure as `reading`")
    # a 兆 group followed by a bare yen or dollar amount with 億 dropped ("1兆3748円", "5兆5348円") must not read as
    # one yen (or one trillion): say so, naming the figure; a claim whose meaning is evident gives it as `reading`
    if re.search(r"\d兆\s*[\d,]+\s*(?:円|ドル)", figure):
        raise ValueError(f"figure {original!r} has a 兆 group followed by a bare amount (億 dropped?): as printed it is "
                         f"trillions and a few yen or dollars; give the evident figure as `reading` with a note, or "
                         f"label it by hand (unverifiable = \"...\")")
    dec_oku = None if "兆" in figure else _DEC_OKU.search(figure)
    if dec_oku:  # "2.2億円" (a slip for 2.2兆円 in a headline) is 2.2, to the last decimal
        sign = -1 if dec_oku.group(1) in ("▲", "△", "-", "－", "−") else 1
        num = dec_oku.group(2).replace(",", "")  # "3,436.4億円": a machine translation of "JPY 3,436.4 billion"
        return Figure(sign * float(num), "JPY 100mn", 10.0 ** -_decimals(num), q)
    ja = _JA.search(figure)
    if ja and (ja.group(2) or ja.group(3)):
        cho = float((ja.group(2) or "0").replace(",", ""))
        oku = float((ja.group(3) or "0").replace(",", ""))
        sign = -1 if ja.group(1) in ("▲", "△", "-", "－", "−") else 1
        # "5.5兆円" (NHK, ANN) is 55,000 to the nearest 1,000, not 5兆
        # the last group's trailing zeros are rounding, as for dollars: "4000億円" is to the nearest 1,000
        oku_digits = (ja.group(3) or "").replace(",", "")
        step = (10.0 ** (len(oku_digits) - len(oku_digits.rstrip("0"))) if oku_digits.strip("0") else 1.0) \
            if ja.group(3) else 10000.0 * 10 ** -_decimals(ja.group(2).replace(",", ""))
        if ja.group(4):  # "6,742億2,000万円" (a translation of "674.22 billion yen"): 1万円 = 0.0001 億
            man_digits = ja.group(4).replace(",", "")
            step = 1e-4 * 10 ** (len(man_digits) - len(man_digits.rstrip("0"))) if man_digits.strip("0") else 1e-4
            oku += float(man_digits) * 1e-4
        return Figure(sign * (cho * 10000 + oku), "JPY 100mn", step, q)
    ju = _JA_USD.search(figure)
    if ju and (ju.group(2) or ju.group(3) or ju.group(4)):
        cho, oku, man = (float((g or "0").replace(",", "")) for g in ju.group(2, 3, 4))
        sign = -1 if ju.group(1) in ("▲", "△", "-", "－", "−") else 1
        # USD bn: 1兆 = 1,000 bn, 1億 = 0.1 bn, 1万 = 0.00001 bn. The last group's trailing zeros are
        # rounding, as in English ("$1.111 trillion" = to 1 bn = 1兆1110億ドル; "463億7000万" = to 0.01 bn)
        last, unit_bn = ((ju.group(4), 1e-5) if ju.group(4) else (ju.group(3), 0.1) if ju.group(3)
                         else (ju.group(2), 1000.0))
        digits = last.replace(",", "")
        if "." in digits:  # "7.05兆ドル" (Chinese outlets' Japanese editions): to the last decimal of 兆
            step = unit_bn * 10 ** -_decimals(digits)
        else:
            step = unit_bn * 10 ** (len(digits) - len(digits.rstrip("0"))) if digits.strip("0") else unit_bn
        return Figure(sign * (cho * 1000 + oku * 0.1 + man * 1e-5), "USD bn", step, q)
    wari = re.search(r"(\d+(?:\.\d+)?)割", figure)
    if wari:  # "9割以上減って" (Kyodo): 1割 = 10 percent
        return Figure(float(wari.group(1)) * 10, "percent", 10 ** -_decimals(wari.group(1)) * 10, q)
    m = _WORD.search(figure)
    if not m:
        raise ValueError(f"cannot read a number in figure {figure!r}")
    num = m.group(2).replace(",", "").replace("−", "-")
    value = float(num)
    # a sign mark before the number or its currency ("▲123,973" in a Jiji table, "-$34.3BN") is its sign,
    # as it is for Japanese numerals ("▲1兆2000億円"); a minus right before the digits is in _NUM already
    if not num.startswith("-") and re.search(r"[▲△\-−－]\s*$", figure[:m.start()]):
        value = -value
    dec = _decimals(num)
    mult = (m.group("mult") or "").lower().rstrip(".") if m.group("mult") else ""
    mult_v = _MULT.get(mult, _MULT.get(mult + ".", 1.0)) if mult else 1.0
    cur = (m.group("cur") or "").upper()
    tail = (m.group("tail") or "").lower()
    if unit in ("JPY", "USD"):  # the currency is stated elsewhere in the sentence: "1.57 trillion"
        cur = "¥" if unit == "JPY" else "$"
    if mult and unit in _SCALES:
        # the figure prints its own scale ('464 million dollars'): a claim's unit that reads the digits otherwise
        # (unit = "USD bn": 464 bn) is refused, naming the figure; a unit that agrees with the print changes nothing
        yen = cur in ("¥", "JPY") or tail.startswith("yen") or tail == "japanese yen"
        usd = cur in ("$", "US$", "USD$", "USD") or "dollar" in tail
        base, factor = _SCALES[unit]
        printed = value * mult_v / (1e8 if base == "JPY 100mn" else 1e9)
        if (yen and base != "JPY 100mn") or (usd and base != "USD bn") or abs(value * factor - printed) > 1e-9 * max(
                abs(printed), 1.0):
            raise ValueError(f"figure {original!r} prints its own scale ({m.group('mult')!r}) but the claim's unit "
                             f"{unit!r} reads it as {value * factor:g} {base}: drop `unit` (the printed scale is "
                             f"read as printed) or give `reading` with a note")
    if unit == "JPY bn":
        return Figure(value * 10, "JPY 100mn", 10 ** -dec * 10, q)
    if unit == "USD mn":
        return Figure(value / 1000, "USD bn", 10 ** -dec / 1000, q)
    if unit == "USD 100mn":  # a bare "5,856" in a table headed "単位:億ドル" (hundred million dollars)
        return Figure(value / 10, "USD bn", 10 ** -dec / 10, q)
    if unit == "JPY 100mn":  # a bare "12345" in a table headed "(億円)" (hundred million yen): MoF units as they are
        return Figure(value, "JPY 100mn", 10 ** -dec, q)
    if unit == "USD tn":  # a bare "1.036" whose "trillion U.S. dollars" comes after a second figure
        return Figure(value * 1000, "USD bn", 10 ** -dec * 1000, q)
    if unit in ("JPY per USD", "count", "rank", "percent", "bp", "USD bn"):
        return Figure(value, unit, 10 ** -dec, q)
    if tail in ("percent", "per cent", "pct", "pc", "%"):  # "3.47pc" (per cent written pc)
        return Figure(value, "percent", 10 ** -dec, q)
    if tail in ("basis points", "bps", "bp"):
        return Figure(value, "bp", 10 ** -dec, q)
    if cur in ("¥", "JPY") or tail.startswith("yen") or tail == "japanese yen":
        scale = mult_v / 1e8
        return Figure(value * scale, "JPY 100mn", 10 ** -dec * scale, q)
    if cur in ("$", "US$", "USD$", "USD") or "dollar" in tail:
        scale = mult_v / 1e9
        return Figure(value * scale, "USD bn", 10 ** -dec * scale, q)
    raise ValueError(f"figure {figure!r} has no unit: give unit= in the claim")


def consistent(claimed: float, official: float, fig: Figure, extra_rel: float = 0.0) -> tuple[bool, str]:
    """Is ``official`` what a careful writer could print as ``claimed``? (bool, the rule applied).

    exact: the official value rounds OR truncates to the printed digits (agencies do both);
    approx ("about"): that, or within 2% (plus ``extra_rel`` for a currency conversion);
    nearly: official within [claimed - 5%, claimed + half a step]; more_than / less_than: strict.
    Signs must agree when the claim has one (direction words set it).
    """
    step = fig.step
    half = step / 2 + 1e-9
    c, o = claimed, official
    rel = extra_rel
    if fig.qualifier == "more_than":
        return abs(o) > abs(c) - 1e-9 and (c == 0 or o * c > 0), f"more than {abs(c):g}"
    if fig.qualifier == "less_than":
        return abs(o) < abs(c) + 1e-9 and (c == 0 or o * c >= 0), f"less than {abs(c):g}"
    if c != 0 and o != 0 and (c > 0) != (o > 0):
        return False, "sign differs"
    ac, ao = abs(c), abs(o)
    if fig.qualifier == "nearly":
        # a multiple takes no half-step below ("nearly three times" is not 2.6 times)
        low = ac * (0.95 - rel) - (0.0 if fig.unit == "ratio" else half)
        return low <= ao <= ac + half + ac * rel, "nearly: within 5% below"
    if fig.qualifier == "approx":
        rel += 0.02
    # truncation is the agencies' habit with amounts; a multiple is rounded ("3倍" is not 3.85 times)
    truncates = fig.unit != "ratio" and ac - 1e-9 <= ao < ac + step - 1e-9
    ok = abs(ao - ac) <= half or truncates or abs(ao - ac) <= rel * ao
    rule = f"rounding/truncation to {step:g}" + (f" or {rel:.0%}" if rel else "")
    return ok, rule
