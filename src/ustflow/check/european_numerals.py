"""Spanish, Portuguese and German numerals read for ``check.european``: figures with their scale and currency, and
number words.

- ``number``: the decimal comma and the point between thousands as English digits (1.470,6 = 1,470.6; 6,475 = 6.475).
- ``read_figures``: every figure once, with its scale word (the long scale: billón / bilião / Billion = 10^12; mil
  millones, Milliarde = 10^9; Brazil's bilhão = 10^9; the press's "US$ 1,1 tri", "mdd"), its currency (yenes,
  ienes, Yen, dólares, euros, a sign before the number), its percent, basis points or percentage points.
- ``read_number_words``: ordinals (trigésimo séptimo, 13º, "6." before Monat, sechsten) as 37th, 13th, 6th, and
  counts before a period noun (trece meses, neun Jahren) as English number words.
- ``digits``: an English number word as digits ('thirteen' -> '13'), as the grammar counts runs.
"""

from __future__ import annotations

import re

from ustflow.check.european_text import (
    WORD_END as _E,
    WORD_START as _B,
)
from ustflow.check.rewrite import Rewrite

# (a point before one or two digits is decimal: the Latin American press's "US$1.12 billones", "1.2 por ciento")
_NUM = r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d{1,2}|\d+)(?![\d]|[.,]\d)"
#: an article written with English digits (Mexico's press: "895,600 millones", "1.2 por ciento", "4.35 billones"):
#: decimal points, no decimal comma, and a comma before three digits
_DECIMAL_POINT = re.compile(r"(?<![\d.,])\d+\.\d{1,2}(?![\d]|[.,]\d)")
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})(?![\d]|[.,]\d)")
_COMMA_GROUP = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d]|[.,]\d)")


def english_digits(text: str) -> bool:
    """Whether ``text`` writes its numbers as English does (a point for decimals, a comma between thousands):
    it has decimal points and a comma before three digits, and no decimal comma."""
    return bool(_DECIMAL_POINT.search(text) and _COMMA_GROUP.search(text) and not _DECIMAL_COMMA.search(text))


def number(s: str, english: bool = False) -> str:
    """'1.470,6' -> '1,470.6'; '6,475' -> '6.475'; '26.650' -> '26,650' (English digits the grammar reads); a point
    before one or two digits is decimal ('1.12' -> '1.12'); ``english``: the article writes English digits
    ('895,600' -> '895,600')."""
    if re.fullmatch(r"\d+\.\d{1,2}", s) or (english and re.fullmatch(r"\d{1,3}(?:,\d{3})+", s)):
        return s
    whole, _, frac = s.replace(".", "").partition(",")
    out = f"{int(whole):,}" if len(whole) > 4 or "." in s else whole
    return out + ("." + frac if frac else "")


#: scale words: what each is in English, by language (the long scale; Brazil's bilhão is 10^9)
_SCALES = {
    # mdd, mmdd: the Mexican press's millones (miles de millones) de dólares
    "es": [(r"mil\s+mdd|mmdd", "billion"), (r"mdd", "million"), (r"mil\s+millones", "billion"),
           (r"millardos?", "billion"), (r"mill[oó]n(?:es)?", "million"),
           (r"bill[oó]n(?:es)?", "trillion"), (r"mil\s+billones", "quadrillion")],
    "pt": [(r"mil\s+milh(?:õ|o)es", "billion"), (r"milh(?:ão|ões|oes|ao)", "million"),
           (r"bilh(?:ão|ões|oes|ao)", "billion"), (r"trilh(?:ão|ões|oes|ao)", "trillion"),
           (r"bili(?:ão|ões|oes|ao)", "trillion"), (r"tri(?=\W|$)", "trillion"), (r"bi(?=\W|$)", "billion"),
           (r"mi(?=\W|$)", "million")],  # the Brazilian press's "US$ 1,1 tri", "US$ 3 bi"
    "de": [(r"Millionen|Million|Mio\.?", "million"), (r"Milliarden|Milliarde|Mrd\.?", "billion"),
           (r"Billionen|Billion|Bill\.|Bio\.", "trillion")],
}
_CURRENCY = {
    "es": [(r"(?:de\s+)?yenes(?:\s+japoneses)?|(?:de\s+)?yen", "yen"),
           (r"(?:de\s+)?d[oó]lares(?:\s+estadounidenses|\s+\(?USD\)?)?", "dollars"), (r"(?:de\s+)?euros", "euros")],
    "pt": [(r"(?:de\s+)?ienes|(?:de\s+)?iene", "yen"), (r"(?:de\s+)?d[oó]lares(?:\s+americanos)?", "dollars"),
           (r"(?:de\s+)?euros", "euros")],
    "de": [(r"(?:japanische[n]?\s+)?Yen", "yen"), (r"(?:US-)?Dollar|USD", "dollars"), (r"Euro", "euros")],
}


def _scaled(n: str, eng: str) -> tuple[str, str]:
    """'69,300' million as '69.3' billion: thousands of millions as English writes them, so their trailing zeros are
    rounding (the press's 69.300 millones restates 693億, to 100 million), not digits."""
    if eng != "million" or "," not in n:
        return n, eng
    whole, _, frac = n.replace(",", "").partition(".")
    digits = (whole[:-3] + "." + whole[-3:] + frac).rstrip("0").rstrip(".")
    return digits, "billion"


#: a number said in thousands with its hundreds in digits, as Mexico's press writes millions ("64 mil 500 millones de
#: dólares" = 64,500 millions, "mil 100" = 1,100): one number; a thousand with nothing after it ("21 mil millones",
#: the long scale's billion) is not this
_MIL_GROUP = re.compile(r"(?<![\d.,])(?:(\d{1,3})\s+)?\b[Mm]il\s+(\d{3})(?![\d]|[.,]\d)")


def read_figures(r: Rewrite, lang: str) -> None:
    """Every number once: with its scale word and currency, its percent or basis points, or alone."""
    if lang == "es":  # "64 mil 500" as the digits it says, with the point Spanish groups thousands with
        r.sub(_MIL_GROUP, lambda m: f"{m.group(1) or '1'}.{m.group(2)}")
        # "13, 600 millones": a thousands group the typesetting split after its comma, before the scale word
        r.sub(re.compile(r"(?<![\d.,])(\d{1,3}), (\d{3})(?=\s+mill)"), lambda m: f"{m.group(1)}.{m.group(2)}")
    scales = "|".join(f"(?P<s{i}>{p})" for i, (p, _) in enumerate(_SCALES[lang]))
    curs = "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_CURRENCY[lang]))
    bare = "|".join(f"(?P<b{i}>{p})" for i, (p, _) in enumerate(_CURRENCY[lang]))
    rx = re.compile(
        rf"(?P<n>{_NUM})(?:\s+(?:{scales})(?:\s+(?:{curs}))?(?=\W|$)|\s+(?:{bare})(?=\W|$)"
        r"|(?P<pct>\s*(?:%|por\s+ciento|por\s+cento|Prozent|v\.\s?H\.))"
        r"|(?P<bp>\s+(?:puntos\s+b[aá]sicos|pontos[\s-]base|pontos\s+b[aá]sicos|Basispunkte[n]?))"
        r"|(?P<pp>\s+(?:puntos\s+porcentuales|pontos\s+percentuais|Prozentpunkte[n]?))"
        r"|(?P<usd>\s*\$))?", re.I)
    # a currency sign before the number: "US$ 1,1 billones", "USD 26.009 millones", "¥2,5 billones"
    english = english_digits(r.text)
    # Brazil's reais ("R$ 6,49 trilhões"): their sign kept, not dollars
    reais = re.compile(rf"R\$\s*(?P<n>{_NUM})(?:\s+(?:{scales}))?(?=\W|$)", re.I)
    r.sub(reais, lambda m: "R$" + number(m.group("n"), english) + next(
        (f" {e}" for i, (_, e) in enumerate(_SCALES[lang]) if m.group(f"s{i}")), ""))
    pre = re.compile(rf"(?<![A-Za-z])(?:US\s?\$|U\$S|USD|\$)\s*(?P<n>{_NUM})(?:\s+(?:{scales}))?(?=\W|$)", re.I)
    r.sub(pre, lambda m: "$" + " ".join(x for x in _scaled(number(m.group("n"), english), next(
        (e for i, (_, e) in enumerate(_SCALES[lang]) if m.group(f"s{i}")), "")) if x))

    def one(m):
        raw = m.group("n")
        if m.start() and r.text[m.start() - 1] == "$":
            return None
        n = number(raw, english)
        if m.group("pct"):
            return f"{n}%"
        if m.group("bp"):
            return f"{n} basis points"
        if m.group("pp"):
            return f"{n} percentage points"
        if m.group("usd"):
            return f"${n}"
        eng = next((e for i, (_, e) in enumerate(_SCALES[lang]) if m.group(f"s{i}")), "")
        if lang == "es" and re.search(r"m?mdd\b", m.group(0), re.I):
            return f"${n} {eng}"
        cur = next((c for i, (_, c) in enumerate(_CURRENCY[lang]) if m.group(f"c{i}") or m.group(f"b{i}")), "")
        if not eng and not cur:
            return n if n != raw else None
        n, eng = _scaled(n, eng)
        if cur == "dollars":
            return f"${n}" + (f" {eng}" if eng else "")
        out = " ".join(x for x in (n, eng, cur) if x)
        # an abbreviation's point that also ends the sentence: "... 10,4 Bill." then a new sentence
        end = m.end()
        if not cur and m.group(0).endswith(".") and (end >= len(r.text) or r.text[end] == "\n"
                                                     or (r.text[end] == " " and end + 1 < len(r.text)
                                                         and r.text[end + 1].isupper())):
            out += "."
        return out
    r.sub(rx, one)


_UNITS = {"es": "uno|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
                "dieciséis|diecisiete|dieciocho|diecinueve|veinte",
          "pt": "um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|treze|catorze|quatorze|quinze|"
                "dezesseis|dezasseis|dezessete|dezassete|dezoito|dezenove|dezanove|vinte",
          "de": "eins|einem|einen|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|"
                "fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig"}
_ORD = {"es": "primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|séptim[oa]|octav[oa]|noven[oa]|"
              "décim[oa]|undécim[oa]|duodécim[oa]",
        "pt": "primeir[oa]|segund[oa]|terceir[oa]|quart[oa]|quint[oa]|sext[oa]|sétim[oa]|oitav[oa]|non[oa]|"
              "décim[oa]",
        "de": "erste[nmrs]?|zweite[nmrs]?|dritte[nmrs]?|vierte[nmrs]?|fünfte[nmrs]?|sechste[nmrs]?|siebte[nmrs]?|"
              "achte[nmrs]?|neunte[nmrs]?|zehnte[nmrs]?|elfte[nmrs]?|zwölfte[nmrs]?"}
#: (the teens too: "décimo quinto", Spanish's one word "decimoquinto")
_ORD_TENS = {"es": {"décim": 10, "decim": 10, "vigésim": 20, "trigésim": 30, "cuadragésim": 40, "quincuagésim": 50},
             "pt": {"décim": 10, "vigésim": 20, "trigésim": 30, "quadragésim": 40, "quinquagésim": 50}}
_TENS = {"es": {"treinta": 30, "cuarenta": 40, "cincuenta": 50}, "pt": {"trinta": 30, "quarenta": 40,
                                                                         "cinquenta": 50}}
_EN_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
             "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]


def _unit_value(word: str, lang: str) -> int | None:
    w = word.lower()
    alts = _UNITS[lang].split("|")
    for i, a in enumerate(alts):
        if w == a:
            if lang == "es":
                return {0: 1, 1: 1, 2: 1}.get(i, i - 1)
            if lang == "pt":
                order = [1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 14, 15, 16, 16, 17, 17, 18, 19, 19,
                         20]
                return order[i]
            order = [1, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]
            return order[i]
    return None


def _ordinal_value(word: str, lang: str) -> int | None:
    w = word.lower()
    for i, a in enumerate(_ORD[lang].split("|")):
        if re.fullmatch(a, w):
            return i + 1
    return None


def nth(n: int) -> str:
    """13 -> '13th', 2 -> '2nd': an ordinal as the English grammar writes it."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def read_number_words(r: Rewrite, lang: str) -> None:
    """Ordinals (trigésimo séptimo, 13º, sechsten) and counts (trece, neun) as the English grammar writes them."""
    units = _UNITS[lang]
    if lang == "pt":  # "segundo o relatório": according to, not second
        r.sub(re.compile(r"\b[Ss]egundo(?=\s+(?:o|a|os|as|dados|fontes|analistas)\b)"), "according to")
    if lang in _ORD_TENS:
        tens = "|".join(_ORD_TENS[lang])
        rx = re.compile(rf"{_B}({tens})[oa](?:\s*({_ORD[lang]}))?{_E}", re.I)

        def tens_ord(m):
            n = _ORD_TENS[lang][m.group(1).lower()] + (_ordinal_value(m.group(2), lang) or 0 if m.group(2) else 0)
            return nth(n)
        r.sub(rx, tens_ord)
    r.sub(re.compile(r"(?<![\w.,])(\d{1,3})\s?(?:[ºª°]|[oa]\.?(?=\s+\w))(?!\w)"), lambda m: nth(int(m.group(1))))
    if lang == "de":
        r.sub(re.compile(r"(?<![\w.,])(\d{1,3})\.(?=\s+(?:Monat|Woche|Quartal|Jahr|Mal|Rückgang|Anstieg|"
                           r"Überschuss|Defizit|monatliche|aufeinanderfolgende|Folge))"),
             lambda m: nth(int(m.group(1))))
    r.sub(re.compile(rf"{_B}({_ORD[lang]}){_E}(?!-|\s+vez)", re.I),
         lambda m: nth(_ordinal_value(m.group(1), lang)) if _ordinal_value(m.group(1), lang) else None)
    if lang in _TENS:
        tw = "|".join(_TENS[lang])
        r.sub(re.compile(rf"{_B}({tw})(?:\s+[ye]\s+({units}))?{_E}", re.I),
             lambda m: str(_TENS[lang][m.group(1).lower()] + (_unit_value(m.group(2), lang) or 0
                                                               if m.group(2) else 0)))
    # counts before a period noun only: "en tres años", "seit neun Jahren", "dos semanas consecutivas"
    period = {"es": r"(?:años?|mes(?:es)?|semanas?|trimestres?|semestres?|d[ií]as|veces)",
              "pt": r"(?:anos?|m[eê]s(?:es)?|semanas?|trimestres?|semestres?|dias|vezes)",
              "de": r"(?:Jahre[n]?|Jahr|Monate[n]?|Monat|Wochen?|Quartale[n]?|Tage[n]?|Mal)"}[lang]
    flags = 0 if lang == "de" else re.I
    r.sub(re.compile(rf"{_B}({units})(?=\s+(?:[\w]+\s+)?{period}{_E})", flags | re.I),
         lambda m: _EN_UNITS[_unit_value(m.group(1), lang) - 1] if _unit_value(m.group(1), lang) and
         m.group(1).lower() not in ("un", "una", "um", "uma", "ein", "eine", "einen", "einem") else None)


def digits(word: str) -> str:
    """'thirteen' -> '13' (the English grammar counts runs in digits: '13 consecutive months'); others unchanged."""
    w = word.lower()
    return str(_EN_UNITS.index(w) + 1) if w in _EN_UNITS else word
