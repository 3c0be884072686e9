"""Reading Spanish, Portuguese and German articles: their figures, periods and release vocabulary, put into the
forms the checker's English grammar reads.

The checker's grammar is English and Japanese. Spanish, Portuguese and German news about Japan's balance of
payments and MoF's securities flows (EFE, Reuters' Spanish service, the German financial press) say the same
things with the same structure: a measure (superávit por cuenta corriente, Leistungsbilanzüberschuss), a figure
(2,72 billones de yenes, 187,2 Mrd. Yen), a direction (cayó, stieg), a period (en septiembre, im Vorjahr) and
records or runs (récord, el trigésimo séptimo mes consecutivo, den sechsten Monat in Folge). ``read`` rewrites
those, and only those, into the English the grammar already reads, and ``Reading.restore`` gives every result
back its own words (the sentence and the figure as the article printed them). It is a reading step, not a
translator: words outside these lists are left as they are, and a sentence whose claim rests on them is not read.

What it reads, by rule rather than by article:

- **Numerals**: the decimal comma and the point between thousands (1.470,6 = 1,470.6; 6,475 = 6.475: in these
  languages a comma is always decimal) and the long scale: billón / bilião / Billion (Bill., Bio.) = 10^12;
  mil millones, mil milhões, Milliarde (Mrd.), millardo = 10^9; Brazil's bilhão = 10^9 and trilhão = 10^12
  (the spelling tells Brazil's short scale from Portugal's long one). Figures are read as printed, so a unit
  slip in the article stays a slip (370,3 billones de yenes for 370.3 billion is 370.3 trillion, contradicted).
- **Units and signs**: yenes / ienes / Yen, dólares / Dollar, euros, por ciento / por cento / Prozent / %,
  puntos básicos / Basispunkte; about / nearly / more than (unos, cerca de, rund, knapp, más de, mehr als).
- **Periods**: month names and their abbreviations, dates (8 de noviembre del 2012, 14. Juni 2024), 'the same
  month a year earlier' (respecto al mismo mes del año anterior, zum Vorjahr, interanual), last / previous
  month, week, year, fiscal year, half, quarter, 'between April and September'.
- **Measures and holders**: the balance of payments (current account, trade, goods and services, services,
  primary and secondary income, exports, imports: also German compounds, Leistungsbilanzüberschuss), MoF's
  flows (Japanese / foreign investors, long- and short-term bonds, stocks, net buyers), noun-adjective order
  (bonos extranjeros a largo plazo = long-term foreign bonds).
- **Directions, records, runs**: rose / fell (creció, cayó, cresceu, caiu, stieg, fiel, legte zu), bought /
  sold, record, the largest / smallest / highest / lowest, since, for the first time in, N-th consecutive
  month (ordinals and number words to twenty, and the tens).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ustflow.check.language import unread

LANGS = ("es", "pt", "de")

# ----------------------------------------------------------------------------- the text with its origins


@dataclass
class Reading:
    """The read text; ``origin[i]`` = the (start, end) of the original text character ``i`` came from."""
    original: str
    text: str
    origin: list[tuple[int, int]]
    language: str

    def source(self, start: int, end: int) -> str:
        """The original words behind ``text[start:end]``."""
        if start >= end or end > len(self.origin):
            return self.text[start:end]
        a = min(self.origin[i][0] for i in range(start, end))
        b = max(self.origin[i][1] for i in range(start, end))
        return self.original[a:b].strip()

    def restore(self, results: list[dict]) -> list[dict]:
        """Each result with its sentence and figure in the article's own words (found where the read text has
        them; a result that quotes words the read text does not hold keeps them)."""
        pos = 0
        for r in results:
            sent = r.get("text") or ""
            at = self.text.find(sent, pos) if sent else -1
            if at < 0 and sent:
                at = self.text.find(sent)
            if at < 0:
                continue
            pos = at
            claim = r.get("claim") or ""
            c = self.text.find(claim, at, at + len(sent)) if claim else -1
            if c >= 0:
                r["claim"] = self.source(c, c + len(claim))
            r["text"] = self.source(at, at + len(sent))
        return results


def _sub(reading: Reading, rx: re.Pattern, repl) -> None:
    """Replace every match of ``rx`` in the read text (``repl``: a string with \\1-style groups, or a function of
    the match); the new characters come from the whole original span of what they replace."""
    out, origin, last = [], [], 0
    text = reading.text
    for m in rx.finditer(text):
        new = repl(m) if callable(repl) else m.expand(repl)
        if new is None:
            continue
        out.append(text[last:m.start()])
        origin.extend(reading.origin[last:m.start()])
        if new:
            if m.end() > m.start():
                span = (min(o[0] for o in reading.origin[m.start():m.end()]),
                        max(o[1] for o in reading.origin[m.start():m.end()]))
            else:
                span = reading.origin[m.start()] if m.start() < len(text) else reading.origin[-1]
            # keep the characters the replacement copies through a group pointing at their own origin where it can
            if m.lastindex and not callable(repl) and new == m.group(0):
                origin.extend(reading.origin[m.start():m.end()])
            else:
                origin.extend([span] * len(new))
        out.append(new)
        last = m.end()
    out.append(text[last:])
    origin.extend(reading.origin[last:])
    reading.text = "".join(out)
    reading.origin = origin


# ----------------------------------------------------------------------------- numerals

_NUM = r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+)(?![\d]|[.,]\d)"


def number(s: str) -> str:
    """'1.470,6' -> '1,470.6'; '6,475' -> '6.475'; '26.650' -> '26,650' (English digits the grammar reads)."""
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
    "de": [(r"(?:japanische[n]?\s+)?Yen", "yen"), (r"(?:US-)?Dollar", "dollars"), (r"Euro", "euros")],
}


def _figures(r: Reading, lang: str) -> None:
    """Every number once: with its scale word and currency, its percent or basis points, or alone."""
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
    pre = re.compile(rf"(?:US\$|U\$S|USD|\$)\s*(?P<n>{_NUM})(?:\s+(?:{scales}))?(?=\W|$)", re.I)
    _sub(r, pre, lambda m: "$" + number(m.group("n")) + next(
        (f" {e}" for i, (_, e) in enumerate(_SCALES[lang]) if m.group(f"s{i}")), ""))

    def one(m):
        raw = m.group("n")
        if m.start() and r.text[m.start() - 1] == "$":
            return None
        n = number(raw)
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
    _sub(r, rx, one)



# ----------------------------------------------------------------------------- words

_MONTHS = {
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre|setiembre",
           "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março|marco", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
    "de": ["Januar|Jänner", "Februar|Feber", "März|Maerz", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
}
_ABBR = {
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept?", "oct", "nov", "dic"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
    "de": ["Jan", "Feb", "Mär|Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sept?", "Okt", "Nov", "Dez"],
}
ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December"]

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
_ORD_TENS = {"es": {"vigésim": 20, "trigésim": 30, "cuadragésim": 40, "quincuagésim": 50},
             "pt": {"vigésim": 20, "trigésim": 30, "quadragésim": 40, "quinquagésim": 50}}
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


def _nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _words(r: Reading, rules: list[tuple[str, str]], flags=re.I) -> None:
    for pat, repl in rules:
        _sub(r, re.compile(pat, flags), repl)


_B = r"(?<![\w])"  # a word starts
_E = r"(?![\w])"   # a word ends


def _numbers_in_words(r: Reading, lang: str) -> None:
    """Ordinals (trigésimo séptimo, 13º, sechsten) and counts (trece, neun) as the English grammar writes them."""
    units = _UNITS[lang]
    if lang == "pt":  # "segundo o relatório": according to, not second
        _sub(r, re.compile(r"\b[Ss]egundo(?=\s+(?:o|a|os|as|dados|fontes|analistas)\b)"), "according to")
    if lang in _ORD_TENS:
        tens = "|".join(_ORD_TENS[lang])
        rx = re.compile(rf"{_B}({tens})[oa](?:\s+({_ORD[lang]}))?{_E}", re.I)

        def tens_ord(m):
            n = _ORD_TENS[lang][m.group(1).lower()] + (_ordinal_value(m.group(2), lang) or 0 if m.group(2) else 0)
            return _nth(n)
        _sub(r, rx, tens_ord)
    _sub(r, re.compile(r"(?<![\w.,])(\d{1,3})\s?(?:[ºª°]|[oa]\.?(?=\s+\w))(?!\w)"), lambda m: _nth(int(m.group(1))))
    if lang == "de":
        _sub(r, re.compile(r"(?<![\w.,])(\d{1,3})\.(?=\s+(?:Monat|Woche|Quartal|Jahr|Mal|Rückgang|Anstieg|"
                           r"Überschuss|Defizit|monatliche|aufeinanderfolgende|Folge))"),
             lambda m: _nth(int(m.group(1))))
    _sub(r, re.compile(rf"{_B}({_ORD[lang]}){_E}(?!-|\s+vez)", re.I),
         lambda m: _nth(_ordinal_value(m.group(1), lang)) if _ordinal_value(m.group(1), lang) else None)
    if lang in _TENS:
        tw = "|".join(_TENS[lang])
        _sub(r, re.compile(rf"{_B}({tw})(?:\s+[ye]\s+({units}))?{_E}", re.I),
             lambda m: str(_TENS[lang][m.group(1).lower()] + (_unit_value(m.group(2), lang) or 0
                                                               if m.group(2) else 0)))
    # counts before a period noun only: "en tres años", "seit neun Jahren", "dos semanas consecutivas"
    period = {"es": r"(?:años?|mes(?:es)?|semanas?|trimestres?|semestres?|d[ií]as|veces)",
              "pt": r"(?:anos?|m[eê]s(?:es)?|semanas?|trimestres?|semestres?|dias|vezes)",
              "de": r"(?:Jahre[n]?|Jahr|Monate[n]?|Monat|Wochen?|Quartale[n]?|Tage[n]?|Mal)"}[lang]
    flags = 0 if lang == "de" else re.I
    _sub(r, re.compile(rf"{_B}({units})(?=\s+(?:[\w]+\s+)?{period}{_E})", flags | re.I),
         lambda m: _EN_UNITS[_unit_value(m.group(1), lang) - 1] if _unit_value(m.group(1), lang) and
         m.group(1).lower() not in ("un", "una", "um", "uma", "ein", "eine", "einen", "einem") else None)


def _periods(r: Reading, lang: str) -> None:
    months = _MONTHS[lang]
    alt = "|".join(f"(?P<m{i}>{m})" for i, m in enumerate(months))
    rx_month = re.compile(rf"{_B}(?:{alt}){_E}", 0 if lang == "de" else re.I)

    def month(m):
        for i in range(12):
            if m.group(f"m{i}"):
                return ENGLISH_MONTHS[i]
        return None
    if lang == "de":
        _sub(r, re.compile(rf"{_B}(?:{alt})wert{_E}"), lambda m: f"{month(m)}wert")  # Dezemberwert
        # "14. Juni 2024" -> "June 14, 2024"; "am 14. Juni" -> "on June 14"
        _sub(r, re.compile(rf"(?<![\d.])(\d{{1,2}})\.\s*(?:{alt})(?:\s+(\d{{4}}))?{_E}"),
             lambda m: f"{month(m)} {m.group(1)}" + (f", {m.group(m.lastindex)}" if m.group(m.lastindex) and
                                                      m.group(m.lastindex).isdigit() and len(m.group(
                                                          m.lastindex)) == 4 else ""))
    else:
        # "8 de noviembre del 2012", "24 de mayo", "8 de dezembro de 2009"
        _sub(r, re.compile(rf"(?<![\d.])(\d{{1,2}})\s+de\s+(?:{alt})(?:\s+(?:de|del)\s+(\d{{4}}))?{_E}", re.I),
             lambda m: f"{month(m)} {m.group(1)}" + (f", {m.group(m.lastindex)}" if m.group(m.lastindex) and
                                                      m.group(m.lastindex).isdigit() and len(m.group(
                                                          m.lastindex)) == 4 else ""))
        # "marzo de 2018", "outubro de 2008"
        _sub(r, re.compile(rf"{_B}(?:{alt})\s+(?:de|del)\s+(\d{{4}}){_E}", re.I),
             lambda m: f"{month(m)} {m.group(m.lastindex)}")
    # a dateline's abbreviated month: "Tokio, 8 abr (EFE)", "Tóquio, 8 dez (EFE)"
    abbr = "|".join(f"(?P<m{i}>{a})" for i, a in enumerate(_ABBR[lang]))
    _sub(r, re.compile(rf"(?<![\d.])(\d{{1,2}})\.?\s+(?:{abbr})\.?(?=\s*\()", re.I),
         lambda m: f"{month(m)} {m.group(1)}")
    between = {"es": (r"entre", r"y"), "pt": (r"entre", r"e"), "de": (r"zwischen", r"und")}[lang]
    _sub(r, re.compile(rf"{_B}{between[0]}\s+(?:{alt})\s+{between[1]}\s+(?:{'|'.join(months)}){_E}", re.I),
         lambda m: m.group(0))  # kept: the month names are read below
    _sub(r, rx_month, month)
    day = rf"(?:{'|'.join(ENGLISH_MONTHS)})\s+\d{{1,2}}(?:,\s+\d{{4}})?"
    _sub(r, re.compile(rf"{_B}(?:entre|zwischen)\s+(?:el\s+|dem\s+|o\s+)?({day})\s+(?:y|e|und)\s+(?:el\s+|dem\s+|o\s+)?({day})", re.I),
         r"between \1 and \2")
    # "entre April y September" -> "in April-September"
    en = "|".join(ENGLISH_MONTHS)
    _sub(r, re.compile(rf"{_B}{between[0]}\s+({en})\s+{between[1]}\s+({en}){_E}", re.I), r"in \1-\2")
    if lang == "es":
        rules = [
            (rf"{_B}(?:respecto\s+(?:a|al|del|de)|con\s+respecto\s+al?|en\s+comparación\s+con(?:\s+el)?)(?=\s)", "from"),
            (rf"{_B}frente\s+al?(?=\s+(?:(?:el\s+|la\s+)?(?:mismo|misma|año|mes|semana|periodo|período|trimestre)\b|{en}|\d{{4}}))",
             "from"),
            (rf"{_B}(?:el|la)\s+pasad[oa]\s+({en}){_E}", r"last \1"),
            (rf"{_B}({en})\s+pasado{_E}", r"last \1"),
            (rf"{_B}(?:en\s+|(?:el|la)\s+del\s+)?(?:el\s+)?mismo\s+mes\s+del\s+año\s+(?:anterior|pasado){_E}", "a year earlier"),
            (rf"{_B}(?:en\s+|(?:el|la)\s+del\s+)?(?:el\s+)?mismo\s+(?:semestre|periodo|período)\s+(?:del\s+año\s+(?:anterior|pasado)|de\s+\d{{4}}){_E}",
             "a year earlier"),
            (rf"{_B}(?:en\s+|(?:el|la)\s+del\s+)?(?:el\s+)?mismo\s+mes\s+(?:de|en)\s+(\d{{4}}){_E}", r"the same month of \1"),
            (rf"{_B}(?:(?:el|del|al)\s+)?año\s+pasado{_E}", "last year"),
            (rf"{_B}(?:(?:el|del|al)\s+)?año\s+anterior{_E}", "the previous year"),
            (rf"{_B}un\s+año\s+antes{_E}", "a year earlier"),
            (rf"{_B}(?:(?:el|del|al)\s+)?mes\s+pasado{_E}", "last month"),
            (rf"{_B}(?:(?:el|del|al)\s+)?mes\s+anterior{_E}", "the previous month"),
            (rf"{_B}(?:(?:la|de\s+la|a\s+la)\s+)?semana\s+pasada{_E}", "last week"),
            (rf"{_B}(?:(?:la|de\s+la|a\s+la)\s+)?semana\s+anterior{_E}", "the previous week"),
            (rf"{_B}la\s+semana\s+(?:hasta|al)\s+el{_E}", "the week to"),
            (rf"{_B}la\s+semana\s+que\s+(?:finalizó|terminó|concluyó)\s+el{_E}", "the week ended"),
            (rf"{_B}este\s+año{_E}", "this year"),
            (rf"{_B}(?:en\s+)?(?:tasa\s+)?interanual(?:mente)?{_E}", "from a year earlier"),
            (rf"{_B}(?:1st|primer)\s+semestre(?:\s+(?:del\s+)?(?:año\s+|ejercicio\s+)?fiscal(?:\s+japonés|\s+nipón)?)?{_E}",
             "the first half of the fiscal year"),
            (rf"{_B}(?:2nd|segundo)\s+semestre(?:\s+(?:del\s+)?(?:año\s+|ejercicio\s+)?fiscal(?:\s+japonés|\s+nipón)?)?{_E}",
             "the second half of the fiscal year"),
            (rf"{_B}(?:el\s+)?(?:año|ejercicio)\s+fiscal(?:\s+japonés|\s+nipón)?(?:\s+(?:de\s+)?(\d{{4}}))?{_E}",
             lambda m: f"fiscal {m.group(1)}" if m.group(1) else "the fiscal year"),
            (rf"{_B}semestre{_E}", "half"), (rf"{_B}trimestre{_E}", "quarter"),
            (rf"{_B}en\s+(?:el\s+mes\s+de\s+)?({en}){_E}", r"in \1"),
            (rf"{_B}en\s+(\d{{4}}){_E}", r"in \1"),
            (rf"{_B}con\s+({en}){_E}", r"in \1"),  # "con febrero son ya trece los meses": the run counted to February
            (rf"{_B}de\s+({en})\s+(\d{{4}}){_E}", r"of \1 \2"),
        ]
    elif lang == "pt":
        rules = [
            (rf"{_B}(?:frente\s+(?:ao|à|a)|em\s+relação\s+(?:ao|à|a)|na\s+comparação\s+com(?:\s+o)?)(?=\s)", "from"),
            (rf"{_B}(?:o|a)\s+passad[oa]\s+({en}){_E}", r"last \1"),
            (rf"{_B}({en})\s+passado{_E}", r"last \1"),
            (rf"{_B}(?:ao|o|do|no)?\s*mesmo\s+m[eê]s\s+do\s+ano\s+(?:anterior|passado){_E}", "a year earlier"),
            (rf"{_B}(?:o|do|no)\s+ano\s+passado{_E}", "last year"),
            (rf"{_B}(?:o|do|no)\s+ano\s+anterior{_E}", "the previous year"),
            (rf"{_B}um\s+ano\s+antes{_E}", "a year earlier"),
            (rf"{_B}(?:o|do|no)\s+m[eê]s\s+passado{_E}", "last month"),
            (rf"{_B}(?:o|do|no)\s+m[eê]s\s+anterior{_E}", "the previous month"),
            (rf"{_B}(?:a|da|na)\s+semana\s+passada{_E}", "last week"),
            (rf"{_B}(?:a|da|na)\s+semana\s+anterior{_E}", "the previous week"),
            (rf"{_B}este\s+ano{_E}", "this year"),
            (rf"{_B}(?:na\s+)?(?:comparação\s+)?(?:anual|interanual){_E}", "from a year earlier"),
            (rf"{_B}(?:frente\s+(?:ao|à|a)|em\s+relação\s+(?:ao|à|a)|na\s+comparação\s+com(?:\s+o)?)(?=\s)", "from"),
            (rf"{_B}(?:o\s+)?ano\s+fiscal(?:\s+japonês)?{_E}", "fiscal year"),
            (rf"{_B}semestre{_E}", "half"), (rf"{_B}trimestre{_E}", "quarter"),
            (rf"{_B}(?:em|no)\s+({en}){_E}", r"in \1"), (rf"{_B}em\s+(\d{{4}}){_E}", r"in \1"),
            (rf"{_B}de\s+({en})\s+(\d{{4}}){_E}", r"of \1 \2"),
        ]
    else:
        rules = [
            (rf"{_B}(?:im\s+)?vergangenen\s+Jahr{_E}", "last year"),
            (rf"{_B}(?:im\s+)?Vorjahresmonat{_E}", "a year earlier"),
            (rf"{_B}(?:zum|gegenüber\s+dem|im\s+Vergleich\s+zum)\s+Vorjahr(?:esmonat|eszeitraum)?{_E}", "from a year earlier"),
            (rf"{_B}im\s+Vorjahr{_E}", "a year earlier"),
            (rf"{_B}(?:im\s+)?Vormonat{_E}", "the previous month"),
            (rf"{_B}(?:im\s+)?vergangenen\s+Monat{_E}", "last month"),
            (rf"{_B}(?:in\s+der\s+)?vergangenen\s+Woche{_E}", "last week"),
            (rf"{_B}(?:das|im)\s+(?:Geschäfts|Fiskal|Haushalts)jahr{_E}", "fiscal year"),
            (rf"{_B}(?:Geschäfts|Fiskal|Haushalts)jahr{_E}", "fiscal year"),
            (rf"{_B}Halbjahr{_E}", "half"), (rf"{_B}Quartal{_E}", "quarter"),
            (rf"{_B}(?:im|in)\s+({en}){_E}", r"in \1"), (rf"{_B}im\s+Jahr\s+(\d{{4}}){_E}", r"in \1"),
            (rf"{_B}({en})wert{_E}", r"\1 figure"),
        ]
    _words(r, rules)


_COUNTRIES = [  # holders in TIC's table, as the three languages name them
    (r"Reino\s+Unido|Gran\s+Bretaña|Großbritannien|Vereinigte[sn]?\s+Königreich", "Britain"),
    (r"Bélgica|Belgien", "Belgium"), (r"Luxemburgo", "Luxembourg"), (r"Islas\s+Caimán|Ilhas\s+Cayman|Kaimaninseln", "Cayman Islands"),
    (r"Irlanda|Irland", "Ireland"), (r"Suiza|Suíça|Schweiz", "Switzerland"), (r"Taiwán", "Taiwan"),
    (r"Arabia\s+Saud[ií](?:ta)?|Arábia\s+Saudita|Saudi-Arabien", "Saudi Arabia"), (r"Brasil|Brasilien", "Brazil"),
    (r"Francia|França|Frankreich", "France"), (r"Canadá|Kanada", "Canada"), (r"Rusia|Rússia|Russland", "Russia"),
    (r"China\s+continental|Festlandchina|China\s+continental", "mainland China"), (r"Alemania|Alemanha|Deutschland", "Germany"),
]

_RULES_ES = [
    # TIC: holders of Treasuries
    (r"\b(?:las\s+)?(?:tenencias|participaciones)\s+(?:de|del)\s+((?:mainland\s+)?(?-i:[A-ZÁÉÍÓÚ])[\w.]+(?:\s+(?-i:[A-Z])[\w.]+)?)",
     r"\1's holdings"),
    (r"\bsu\s+(?:nivel|cifra)\s+m[aá]s\s+(baj|alt)[oa]\b", lambda m: f"its {'lowest' if m.group(1) == 'baj' else 'highest'} level"),
    (r"\b(?:el\s+)?Departamento\s+del\s+Tesoro(?:\s+(?:de\s+)?(?:EE\.?\s?UU\.?|Estados\s+Unidos|estadounidense))?", "the U.S. Treasury"),
    (r"\b(?:los\s+)?(?:bonos|t[ií]tulos|letras|valores)\s+del\s+Tesoro(?:\s+(?:de\s+)?(?:EE\.?\s?UU\.?|Estados\s+Unidos|estadounidenses?|norteamericanos?))?\b",
     "U.S. Treasuries"),
    (r"\b(?:la\s+)?deuda\s+(?:pública\s+|soberana\s+)?(?:de\s+)?(?:EE\.?\s?UU\.?|Estados\s+Unidos|estadounidense|norteamericana)\b", "U.S. debt"),
    (r"\b(?:sus|las)\s+(?:tenencias|participaciones|posiciones)\b|\b(?:su|la)\s+(?:cartera|participación|posición)\b", "its holdings"),
    (r"\b(?:tenencias|participaciones)\b", "holdings"),
    (r"\b(?:el|la)\s+(2nd|3rd|segund[oa]|tercer[oa]?)\s+mayor\s+(?:tenedor|poseedor|acreedor)(?:a)?(?:\s+extranjer[oa])?\b",
     lambda m: ("the second-largest" if m.group(1).lower() in ("2nd", "segundo", "segunda") else "the third-largest") + " foreign holder"),
    (r"\b(?:el|la)\s+mayor\s+(?:tenedor|poseedor|acreedor)(?:a)?(?:\s+extranjer[oa])?\b", "the largest foreign holder"),
    (r"\b(?:tenedor|poseedor|acreedor)(?:es|a)?\b", "holder"),
    (r"\b(?:redujo|recortó|rebajó|disminuyó|reduce|recorta)\s+(?=its\s+holdings)", "cut "),
    (r"\b(?:aumentó|incrementó|elevó|amplió|aumenta|incrementa)\s+(?=its\s+holdings)", "raised "),
    (r"\b(?:a|al)\s+(?:finales|fines|cierre)\s+de(?:l)?\b", "at the end of"),
    # interventions and yields
    (r"\b(?:las\s+|la\s+|una\s+)?intervenci(?:ón|ones)(?:\s+cambiari[ao]s?|\s+en\s+el\s+mercado\s+(?:de\s+divisas|cambiario))?\b",
     lambda m: "interventions" if "ones" in m.group(0) else "intervention"),
    (r"\bintervino\b", "intervened"), (r"\b(?:gastó|gastaron|desembolsó|destinó)\b", "spent"),
    (r"\b(?:para\s+)?(?:apuntalar|sostener|apoyar|defender)\s+(?:al|el)\s+yen\b", "to prop up the yen"),
    (r"\b(?:el\s+)?rendimiento\s+(?:del|de\s+los)\s+(?:bonos?|JGB)\s+(?:japonés|japoneses|del\s+gobierno\s+japonés\s+)?\s*(?:JGB\s+)?(?:japonés\s+)?a\s+(\d+)\s+años\b",
     r"the \1-year JGB yield"),
    (r"\b(?:el\s+)?rendimiento\s+(?:del|de\s+los)\s+(?:bonos?|títulos?)\s+del\s+Tesoro(?:\s+(?:de\s+)?(?:EE\.?\s?UU\.?|estadounidense))?\s+a\s+(\d+)\s+años\b",
     r"the \1-year Treasury yield"),
    (r"\b(?:el\s+)?rendimiento\s+(?:del|de\s+los)\s+(?:bonos?\s+)?(?:de\s+referencia\s+)?(?:del\s+)?JGB(?:\s+japonés)?\s+a\s+(\d+)\s+años\b",
     r"the \1-year JGB yield"),
    (r"\b(?:el\s+)?rendimiento\s+de\s+referencia\s+del\s+JGB(?:\s+japonés)?\s+a\s+(\d+)\s+años\b", r"the benchmark \1-year JGB yield"),
    # the release and its subjects
    (r"\bMinisterio\s+(?:japonés\s+|nipón\s+)?de\s+(?:Finanzas|Economía\s+y\s+Finanzas|Hacienda)(?:\s+(?:japonés|nipón))?", "the Finance Ministry"),
    (r"\bBanco\s+de\s+Jap[oó]n\b", "Bank of Japan"), (r"\bJap[oó]n\b", "Japan"), (r"\bEE\.?\s?UU\.?|Estados\s+Unidos\b", "U.S."),
    (r"\bTokio\b", "Tokyo"), (r"\bFinanzas\b", "the Finance Ministry"),
    (r"\b(?:el\s+|del\s+|los\s+|las\s+)?datos\s+preliminares\b", "preliminary data"),
    # balance of payments: noun then its complement, as English puts it
    (r"\b(?:(el|la|un|una|su)\s+)?(super[aá]vit|d[eé]ficit|excedente|saldo|balanza|cuenta)\s+(?:por\s+|de\s+|en\s+)?(?:la\s+)?cuenta\s+corriente\b",
     lambda m: _article(m.group(1)) + "current account " + {"superávit": "surplus", "superavit": "surplus", "excedente": "surplus",
                                         "déficit": "deficit", "deficit": "deficit"}.get(m.group(2).lower(), "balance")),
    (r"\b(?:el\s+|un\s+)?(super[aá]vit|excedente)\s+corriente\b", "the current account surplus"),
    (r"\b(?:el\s+|un\s+)?d[eé]ficit\s+corriente\b", "the current account deficit"),
    (r"\b(?:(el|un|su|los)\s+)?(super[aá]vit|d[eé]ficit|excedente)s?\s+comercial(?:es)?\b",
     lambda m: _article(m.group(1)) + "trade " + ("deficit" if m.group(2).lower().startswith("d") else "surplus")),
    (r"\b(?:el\s+|la\s+)?(?:super[aá]vit|excedente)\s+(?:en|de|del)\s+(?:el\s+)?(?:comercio\s+de\s+)?bienes\s+y\s+servicios\b", "the goods and services surplus"),
    (r"\b(?:el\s+|la\s+)?(?:comercio|balanza(?:\s+comercial)?(?:\s+japonesa)?)\s+de\s+bienes\s+y\s+servicios\b", "goods and services trade"),
    (r"\b(?:el\s+|la\s+)?(?:super[aá]vit|excedente)\s+(?:en|de|del)\s+(?:el\s+)?comercio\s+de\s+(?:mercanc[ií]as|bienes)\b", "the goods trade surplus"),
    (r"\b(?:el\s+|la\s+)?(?:comercio|balanza)\s+de\s+(?:mercanc[ií]as|bienes)\b", "goods trade"),
    (r"\b(?:el\s+|la\s+)?balanza\s+comercial(?:\s+japonesa)?\b", "the trade balance"),
    (r"\b(?:el\s+)?(d[eé]ficit|super[aá]vit)\s+de\s+la\s+balanza\s+de\s+servicios\b",
     lambda m: "the services " + ("deficit" if m.group(1).lower().startswith("d") else "surplus")),
    (r"\b(?:la\s+)?balanza\s+de\s+servicios\b", "the services balance"),
    (r"\b(?:el\s+)?(super[aá]vit|d[eé]ficit)\s+(?:por|de|en(?:\s+el)?)\s+turismo\b",
     lambda m: "the travel " + ("deficit" if m.group(1).lower().startswith("d") else "surplus")),
    (r"\b(?:el\s+)?(super[aá]vit|d[eé]ficit)\s+de\s+(?:los\s+)?(?:ingresos|rentas)\s+primari[oa]s\b",
     lambda m: "the primary income " + ("deficit" if m.group(1).lower().startswith("d") else "surplus")),
    (r"\b(?:la\s+cuenta\s+de\s+|los\s+|las\s+)?(?:ingresos|rentas?)\s+primari[oa]s\b", "primary income"),
    (r"\b(?:la\s+cuenta\s+de\s+|los\s+|las\s+)?(?:ingresos|rentas?)\s+secundari[oa]s\b", "secondary income"),
    (r"\b(?:la\s+cuenta\s+de\s+)?rentas\s+(?:por|de)\s+inversiones(?:\s+(?:externas|en\s+el\s+exterior))?\b", "investment income"),
    (r"\b(?:las\s+|sus\s+)?exportaciones(?:\s+de\s+bienes)?\b", "exports"), (r"\b(?:las\s+|sus\s+)?importaciones(?:\s+de\s+bienes)?\b", "imports"),
    (r"\b(?:(?:el|un|su)\s+)?(superávit|déficit|excedente)\s+récord\b",
     lambda m: "a record " + ("deficit" if m.group(1).lower().startswith("d") else "surplus")),
    (r"\b(?:the\s+)?((?:trade|current account|goods trade|services|primary income|travel)\s+(?:surplus|deficit))\s+récord\b",
     r"a record \1"),
    (r"\b(?:(el|su|un|los)\s+)?superávit\b", lambda m: _article(m.group(1)) + "surplus"),
    (r"\b(?:(el|su|un|los)\s+)?déficit(?:s)?\b", lambda m: _article(m.group(1)) + "deficit"),
    (r"\b(?:(el|su|un)\s+)?saldo\s+positivo\b", lambda m: _article(m.group(1)) + "surplus"),
    (r"\b(?:(el|su|un)\s+)?saldo\s+negativo\b", lambda m: _article(m.group(1)) + "deficit"),
    (r"\b(?:(el|su|un)\s+)?excedente\b", lambda m: _article(m.group(1)) + "surplus"),
    (r"\b(a\s+(?:rise|decline))\s+récord\b", lambda m: "a record " + m.group(1)[2:]),
    (r"\bdel?\s+(?=(?:the\s+|a\s+)?(?:current account\s+|trade\s+|primary income\s+)?(?:surplus|deficit)\b)", "of "),
    (r"\bfrom\s+(?:el|la|los|las)\s+(?:de\s+|of\s+|del\s+)?(?=(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|same|previous)\b)", "from "),
    # MoF flows: noun, then its adjectives; English puts them first
    (r"\b(?:los\s+|las\s+)?(inversores|inversionistas|aseguradoras|bancos|banqueros|fondos\s+de\s+pensiones|bonos|acciones|"
     r"t[ií]tulos(?:\s+de\s+deuda)?|valores|deuda|renta\s+variable|renta\s+fija)"
     r"((?:\s+(?:japones[ae]s|japon[eé]s[a]?|extranjer[oa]s?|estadounidenses|europeos|a\s+largo\s+plazo|a\s+corto\s+plazo|"
     r"del\s+Tesoro(?:\s+(?:de\s+)?(?:EE\.?\s?UU\.?|Estados\s+Unidos|estadounidense))?))+)",
     lambda m: _adjectives_first(m.group(1), m.group(2))),
    (r"\b(?:los\s+)?extranjeros\b", "foreigners"),
    (r"\bcomprador(?:es|as|a)?\s+net[oa]s?\b", "net buyers"), (r"\bvendedor(?:es|as|a)?\s+net[oa]s?\b", "net sellers"),
    (r"\b(?:los\s+)?(?:bancos|banqueros)\b", "banks"), (r"\b(?:las\s+)?aseguradoras\b", "insurers"),
    (r"\b(?:los\s+)?fondos\s+de\s+pensiones\b", "pension funds"),
    (r"\b(?:tras|después\s+de)\s+(?:haber\s+)?vendido\b", "after selling"),
    (r"\b(?:tras|después\s+de)\s+(?:haber\s+)?comprado\b", "after buying"),
    (r"\bvendido\b", "sold"), (r"\bcomprado\b", "bought"), (r"\bfueron\b", "were"), (r"\bfue\b", "was"),
    (r"\b(?:en\s+)?t[eé]rminos\s+netos?\b", "on a net basis"),
    (r"\b(?:una\s+|su\s+)?venta\s+neta\b", "net selling"), (r"\b(?:las\s+)?ventas\s+netas\b", "net selling"),
    (r"\b(?:las\s+)?compras\s+netas\b", "net buying"), (r"\b(?:una\s+)?cantidad\s+neta\s+de\b", "a net"),
    (r"\bnet[oa]s\b", "net"),
    (r"\bcompr(?:aron|ó|an|a)\b", "bought"), (r"\bvend(?:ieron|ió|en|e)\b", "sold"),
    (r"\bse\s+deshicieron\s+de\b|\bse\s+deshizo\s+de\b|\bsalieron\s+de\b", "sold"),
    (r"\bse\s+hicieron\s+con\b|\bse\s+hizo\s+con\b|\bacumularon\b|\bacumuló\b", "bought"),
    (r"\b(?:invirtieron|vertieron|invirtió)\b", "invested"), (r"\bretir(?:aron|ó)\b", "withdrew"),
    (r"\bsalidas\b", "outflows"), (r"\bentradas\b", "inflows"),
    # directions and levels
    (r"\b(?:cayó|cayeron|bajó|bajaron|disminuyó|disminuyeron|retrocedió|retrocedieron|descendió|descendieron|"
     r"se\s+contrajo|se\s+contrajeron|se\s+redujo|se\s+redujeron|se\s+desplomó|menguó|se\s+hundió|perdiendo)\b", "fell"),
    (r"\b(?:creció|crecieron|aumentó|aumentaron|subió|subieron|avanzó|avanzaron|se\s+disparó|se\s+dispararon|"
     r"repuntó|se\s+incrementó|se\s+incrementaron|ascendió|se\s+dilat(?:ó|aron)|se\s+amplió|escaló)\b", "rose"),
    (r"\b(?:alcanzó|alcanzaron|alcanzando|llegó\s+a|llegaron\s+a)(?:\s+(?:los|las|el|la))?\b", "reached"),
    (r"\bse\s+situó\s+en\b|\bse\s+situaron\s+en\b|\bse\s+ubicó\s+en\b", "stood at"),
    (r"\bfue\s+de\b", "was"), (r"\bregistró\b|\bregistraron\b|\blogró\b|\bdejó\b|\barrojó\b|\btuvo\b|\btuvieron\b", "posted"),
    (r"\b(?:un\s+|una\s+)?(?:aumento|subida|alza|incremento|crecimiento|avance)\b", "a rise"),
    (r"\b(?:un\s+|una\s+)?(?:descenso|ca[ií]da|retroceso|disminución|contracción|bajada)\b", "a decline"),
    (r"\bhasta\s+(?:los|las|el|la|un|una)?\s*(?=[$\d])", "to "), (r"\bdesde\s+(?:los|las|el|la|un|una)?\s*(?=[$\d])", "from "),
    (r"\bde\s+(?:los|las)\s+(?=[$\d])", "from "), (r"\b(?:de|en)\s+(?=(?:about\s+)?[$\d])", "of "),
    (r"\b(?:un|una)\s+(?=[\d]+(?:\.\d+)?%)", ""),
    (r"\b(\d+(?:\.\d+)?%)\s+(from\s+a\s+year\s+earlier\s+)?(m[aá]s|menos)(\s+que|\s+de)?\b",
     lambda m: ("up " if m.group(3) != "menos" else "down ") + m.group(1) + (" " + m.group(2).strip() if m.group(2) else "")
     + (" from" if m.group(4) else "")),
    (r"\bdel\s+(?=[\d]+(?:\.\d+)?%)", "of "),
    (r"\b(?:unos|unas|alrededor\s+de|cerca\s+de|aproximadamente|en\s+torno\s+a)\s+(?=[$\d])", "about "),
    (r"\b(?:más\s+de)\s+(?=[$\d]|\w+\s+veces)", "more than "), (r"\b(?:menos\s+de)\s+(?=[$\d])", "less than "),
    (r"\bcasi\s+(?=[$\d])", "nearly "), (r"\bpor\s+valor\s+de\b", "worth"),
    # records, runs, since
    (r"\b(?:(?:el|la|un|una|su)\s+)?(?:nivel|cifra)\s+r[eé]cord\b", "a record"), (r"\brécord\b", "record"),
    (r"\b(?:el|la)\s+(?:cifra\s+|nivel\s+)?m[aá]s\s+alt[oa]\b|\b(?:el|la)\s+mayor\b", "the largest"),
    (r"\b(?:el|la)\s+(?:cifra\s+|nivel\s+)?m[aá]s\s+baj[oa]\b|\b(?:el|la)\s+menor\b", "the smallest"),
    (r"\b(the\s+(?:largest|smallest))\s+registrad[oa]\b(?!\s+hasta)", r"\1"),
    (r"\bjam[aá]s\s+registrad[oa]\b|\bregistrad[oa]\s+hasta\s+la\s+fecha\b|\bhasta\s+la\s+fecha\b|\bhasta\s+esa\s+fecha\b", "on record"),
    (r"\bdesde\s+que\s+(?:se\s+)?(?:dispone|disponen|hay|existen)\s+(?:de\s+)?(?:datos|registros)(?:\s+comparables)?,?\s+(?:en|in|a\s+partir\s+de)\s+(\d{4})",
     r"since comparable data began in \1"),
    (r"\bdesde\s+que\s+(?:se\s+)?(?:comenzaron|empezaron|iniciaron)\s+a\s+(?:recopilar|elaborar|registrar)(?:se)?\s+(?:los\s+)?(?:datos|registros|estad[ií]sticas)(?:\s+comparables)?,?\s+(?:en\s+|in\s+)?(\d{4})",
     r"since records began in \1"),
    (r"\bdesde\s+que\s+(?:se\s+)?(?:comenzaron|empezaron|iniciaron)\s+a\s+(?:recopilar|elaborar|registrar)(?:se)?\s+(?:los\s+)?(?:datos|registros|estad[ií]sticas)\b",
     "since records began"),
    (r"\bdesde\b", "since"),
    (r"\bpor\s+primera\s+vez\s+en\b", "for the first time in"), (r"\bpor\s+primera\s+vez\s+desde\b", "for the first time since"),
    (r"\b(?:su\s+|el\s+|la\s+|del\s+)?(?:1st|first)\s+(?:the\s+|a\s+)?((?:[\w-]+\s+){0,3}?)(?:registrad[oa]\s+)?(?:en|in)\s+(?=\w+\s+(?:años|meses|semanas|years|months|weeks))",
     r"its first \1in "),
    (r"\b(?:su\s+|el\s+|la\s+)?(\d+(?:st|nd|rd|th))\s+(mes|semana|año|trimestre)\s+consecutiv[oa]\b",
     lambda m: f"the {m.group(1)} consecutive {_EN_PERIOD[m.group(2).lower()]}"),
    (r"\b(?:su\s+|el\s+|la\s+)?(\d+(?:st|nd|rd|th))\s+(\w+(?:\s+\w+)?)\s+(mensual|semanal|anual|trimestral)\s+consecutiv[oa]\b",
     lambda m: f"the {m.group(1)} straight {_EN_ADJ[m.group(3).lower()]} {m.group(2)}"),
    (r"\b(?:su\s+|el\s+|la\s+)?(\d+(?:st|nd|rd|th))\s+(\w+(?:\s+\w+)?)\s+consecutiv[oa]\b", r"the \1 straight \2"),
    (r"\b(\w+|\d+)\s+(?:los\s+)?(meses|semanas|años|trimestres)\s+consecutiv[oa]s\b",
     lambda m: f"{_digits(m.group(1))} consecutive {_EN_PERIOD[m.group(2).lower()]}"),
    (r"\b(?:tras|después\s+de)\s+(\w+)\s+(meses|semanas|años)\s+consecutiv[oa]s\s+de\b",
     lambda m: f"after {m.group(1)} straight {_EN_PERIOD[m.group(2).lower()]} of"),
    (r"\b(meses|semanas|años|trimestres)\b", lambda m: _EN_PERIOD[m.group(1).lower()]),
    (r"\bpara\s+(?:el|este)\s+mes\s+de\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b",
     r"for the month of \1"),
    (r"\bpara\s+este\s+mes\b|\ben\s+ese\s+mes\b|\bpara\s+(?:ese|dicho)\s+mes\b", "for the month"),
    (r"\bfrom\s+(?:(?:el|la|lo|los|las)\s+)?(?:(?:registrad|cosechad|obtenid|alcanzad|anotad)[oa]s?\s+)?(?:of|de|del|en|in)?\s*"
     r"(?=(?:the\s+same|a\s+year|last|the\s+previous|January|February|March|April|May|June|July|August|September|October|"
     r"November|December|\d{4})\b)", "from "),
    (r"\b(?:la|el)\s+(?:cuenta\s+|balanza\s+)?de\s+transferencias(?:\s+corrientes)?\b|\b(?:las\s+)?transferencias\s+corrientes\b",
     "secondary income"),
    (r"\ba\s+(rise|decline)\s+(?:récord|record)\b", r"a record \1"),
    (r"\b(?:son|van|suman|lleva|llevan)\s+(?:ya\s+)?(\d+)\s+consecutive\b", r"for \1 consecutive"),  # "son ya trece los meses"
    (r"\b(?:un|su|el|la)?\s*(?:máximo|record)\s+histórico\b|\b(?:un|su)\s+(?:nivel\s+)?récord\b", " a record high"),
    (r"\b(?:un|su|el|la)?\s*mínimo\s+histórico\b", " a record low"),
    (r"\b(?:un|su)\s+(?:nivel\s+)?mínimo\s+de\s+(\d+|\w+)\s+(years|months|weeks|años|meses|semanas)\b",
     lambda m: f" a {_digits(m.group(1))}-{_EN_SINGULAR.get(m.group(2).lower(), m.group(2))} low"),
    (r"\b(?:un|su)\s+(?:nivel\s+)?máximo\s+de\s+(\d+|\w+)\s+(years|months|weeks|años|meses|semanas)\b",
     lambda m: f" a {_digits(m.group(1))}-{_EN_SINGULAR.get(m.group(2).lower(), m.group(2))} high"),
    (r"\ben\s+(?=(?:more\s+than\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty)\s+(?:years|months|weeks|años|meses|semanas)\b)", "in "),
    (r"\bpor\s+(?=the\s+\d+(?:st|nd|rd|th)\s)", "for "), (r"\ben\s+(?=the\s+week\b)", "in "),
    (r"\bde\s+(?=U\.S\.\s+(?:Treasuries|debt)\b)", "of "), (r"\ba\s+(?=(?:about\s+)?[$\d])", "to "),
    (r"\b(?:en|por)\s+(?=interventions?\b)", "on "),
    (r"\b(?:posee|tiene|mantiene)\b", "holds"), (r"\b(?:poseía|tenía|mantenía)\b", "held"),
    (r"\bsalidas?\s+net[oa]s?\b", "net outflows"), (r"\bentradas?\s+net[oa]s?\b", "net inflows"),
    (r"\b[ye]\s+(?=(?:was|were|rose|fell|posted|reached|stood|bought|sold)\b)", "and "),  # y/e before a verb read
    # "el mayor superávit ... para el mes de noviembre": the largest of the Novembers, as English says it
    (r"\b(the\s+(?:largest|smallest|highest|lowest)\s+(?:[\w-]+\s+){0,4}?)for\s+the\s+month\s+of\s+"
     r"(January|February|March|April|May|June|July|August|September|October|November|December)\b", r"\1on record for \2"),
    (r"\b(?:los\s+)?datos\s+(?:de\s+(?:las?\s+)?bolsas?(?:\s+de\s+valores)?|bursátiles)\b", "exchange data"),
    (r"\bveces\b", "times"), (r"\bseg[uú]n\b", "according to"), (r"\binformó\b", "said"),
]

_EN_PERIOD = {"mes": "month", "semana": "week", "año": "year", "trimestre": "quarter", "meses": "months",
              "semanas": "weeks", "años": "years", "trimestres": "quarters", "mês": "month", "ano": "year",
              "anos": "years"}
_EN_SINGULAR = {"years": "year", "months": "month", "weeks": "week", "años": "year", "meses": "month", "semanas": "week",
                "anos": "year", "Jahren": "year", "Monaten": "month", "Wochen": "week"}
_EN_ADJ = {"mensual": "monthly", "semanal": "weekly", "anual": "annual", "trimestral": "quarterly",
           "mensal": "monthly"}

_ADJ = [(r"a\s+largo\s+plazo", "long-term"), (r"a\s+corto\s+plazo", "short-term"),
        (r"japones[ae]s|japon[eé]s[a]?", "Japanese"), (r"extranjer[oa]s?", "foreign"),
        (r"estadounidenses|del\s+Tesoro.*", "U.S."), (r"europeos", "European")]
_NOUNS = {"inversores": "investors", "inversionistas": "investors", "aseguradoras": "insurers", "bancos": "banks",
          "banqueros": "banks", "fondos de pensiones": "pension funds", "bonos": "bonds", "acciones": "stocks",
          "títulos": "securities", "titulos": "securities", "títulos de deuda": "debt securities",
          "titulos de deuda": "debt securities", "valores": "securities", "deuda": "debt",
          "renta variable": "equities", "renta fija": "bonds"}


def _digits(word: str) -> str:
    """'thirteen' -> '13' (the English grammar counts runs in digits: '13 consecutive months'); others unchanged."""
    w = word.lower()
    return str(_EN_UNITS.index(w) + 1) if w in _EN_UNITS else word


def _article(word: str | None) -> str:
    """The English article for a Spanish or Portuguese one ('' where the article had none)."""
    if not word:
        return ""
    return "a " if word.lower() in ("un", "una", "um", "uma") else "its " if word.lower() in ("su", "seu", "sua") else "the "


def _adjectives_first(noun: str, adjs: str) -> str:
    """'bonos extranjeros a largo plazo' -> 'long-term foreign bonds' (English's order: term, origin, noun)."""
    got = []
    rest = adjs
    while rest.strip():
        rest = rest.lstrip()
        for pat, eng in _ADJ:
            m = re.match(pat, rest, re.I)
            if m:
                got.append(eng if "Tesoro" not in m.group(0) else "U.S. Treasury")
                rest = rest[m.end():]
                break
        else:
            break
    term = [a for a in got if a.endswith("-term")]
    other = [a for a in got if not a.endswith("-term")]
    name = _NOUNS.get(re.sub(r"\s+", " ", noun.lower()), noun)
    if "U.S. Treasury" in other and name == "bonds":
        return " ".join(term + ["U.S. Treasuries"])
    return " ".join(term + other + [name])


def _pt_rules() -> list:
    return [
        (r"\b(?:o\s+)?Departamento\s+do\s+Tesouro(?:\s+(?:dos\s+)?(?:EUA|Estados\s+Unidos|americano|norte-americano))?", "the U.S. Treasury"),
        (r"\b(?:os\s+)?(?:títulos|bônus|bonds|papéis|treasuries)\s+do\s+Tesouro(?:\s+(?:dos\s+)?(?:EUA|Estados\s+Unidos|americanos?|norte-americanos?))?\b",
         "U.S. Treasuries"),
        (r"\b(?:a\s+)?dívida\s+(?:pública\s+)?(?:dos\s+)?(?:EUA|Estados\s+Unidos|americana|norte-americana)\b", "U.S. debt"),
        (r"\b(?:sua|a)\s+(?:participação|carteira|posição|fatia)\b|\b(?:seus|os)\s+(?:investimentos|papéis)\b", "its holdings"),
        (r"\b(?:o|a)\s+(2nd|3rd|segund[oa]|terceir[oa])\s+maior\s+(?:detentor|credor|investidor)(?:a)?(?:\s+estrangeir[oa])?\b",
         lambda m: ("the second-largest" if m.group(1).lower() in ("2nd", "segundo", "segunda") else "the third-largest") + " foreign holder"),
        (r"\b(?:(?:o|a)\s+)?maior\s+(?:detentor|credor|investidor)(?:a)?(?:\s+estrangeir[oa])?\b", "the largest foreign holder"),
        (r"\b(?:detentor|credor)(?:es|a)?\b", "holder"),
        (r"\bMinistério\s+das\s+Finanças(?:\s+do\s+país|\s+japonês)?", "the Finance Ministry"),
        (r"\b(?:reduziu|cortou|diminuiu)\s+(?=its\s+holdings)", "cut "), (r"\b(?:aumentou|elevou|ampliou)\s+(?=its\s+holdings)", "raised "),
        (r"\bno\s+final\s+de\b|\bao\s+fim\s+de\b", "at the end of"),
        (r"\b(?:a\s+|uma\s+)?interven(?:ção|ções)(?:\s+cambia(?:l|is))?\b", lambda m: "interventions" if "ções" in m.group(0) else "intervention"),
        (r"\bgast(?:ou|aram)\b", "spent"), (r"\binterveio\b", "intervened"),
        (r"\b(?:o\s+)?rendimento\s+do\s+(?:título|bônus)\s+(?:do\s+Tesouro\s+)?(?:americano\s+|japonês\s+)?de\s+(\d+)\s+anos\b", r"the \1-year yield"),
        (r"\bBanco\s+do\s+Japão\b", "Bank of Japan"), (r"\b(?:do\s+|o\s+)?Japão\b", "Japan"), (r"\bTóquio\b", "Tokyo"),
        (r"\bEUA\b|\bEstados\s+Unidos\b", "U.S."),
        (r"\b(?:o\s+|um\s+)?(superávit|déficit|excedente|saldo|balanço)\s+(?:por|de|em|na)\s+(?:a\s+)?conta\s+corrente\b",
         lambda m: "the current account " + {"superávit": "surplus", "excedente": "surplus", "déficit": "deficit"}.get(
             m.group(1).lower(), "balance")),
        (r"\b(?:o\s+)?(?:superávit|excedente)\s+(?:comercial)\b", "the trade surplus"),
        (r"\b(?:o\s+)?déficit\s+comercial\b", "the trade deficit"),
        (r"\b(?:o\s+)?(?:balanço|comércio|balança)\s+(?:do\s+comércio\s+)?de\s+bens\s+e\s+serviços(?:\s+do\s+Japan)?\b", "goods and services trade"),
        (r"\b(?:o\s+)?(?:excedente|superávit)\s+no\s+comércio\s+de\s+(?:mercadorias|bens)\b", "the goods trade surplus"),
        (r"\b(?:o\s+)?(?:comércio|balança)\s+de\s+(?:mercadorias|bens)\b", "goods trade"),
        (r"\b(?:a\s+)?balança\s+comercial\b", "the trade balance"),
        (r"\b(?:o\s+)?setor\s+de\s+serviços\b|\b(?:a\s+)?balança\s+de\s+serviços\b", "the services balance"),
        (r"\b(?:a\s+)?renda\s+primária\b|\b(?:as\s+)?rendas\s+primárias\b", "primary income"),
        (r"\b(?:a\s+)?renda\s+secundária\b", "secondary income"),
        (r"\b(?:as\s+)?exportações\b", "exports"), (r"\b(?:as\s+)?importações\b", "imports"),
        (r"\b(?:o\s+)?superávit\b", "the surplus"), (r"\b(?:seu\s+|o\s+)?déficit\b", "the deficit"), (r"\b(?:o\s+)?excedente\b", "the surplus"),
        (r"\b(?:os\s+)?investidores\s+japoneses\b", "Japanese investors"),
        (r"\b(?:os\s+)?investidores\s+estrangeiros\b|\b(?:os\s+)?estrangeiros\b", "foreign investors"),
        (r"\btítulos\s+estrangeiros\s+de\s+longo\s+prazo\b|\bbônus\s+estrangeiros\s+de\s+longo\s+prazo\b", "long-term foreign bonds"),
        (r"\bações\s+estrangeiras\b", "foreign stocks"), (r"\bações\s+japonesas\b", "Japanese stocks"),
        (r"\bcompr(?:aram|ou)\b", "bought"), (r"\bforam\b", "were"), (r"\bfoi\b", "was"),
        (r"\b(?:os\s+)?bancos\b", "banks"), (r"\b(?:as\s+)?seguradoras\b", "insurers"),
        (r"\bcompradore?s\s+líquidos\b", "net buyers"), (r"\bvendedore?s\s+líquidos\b", "net sellers"), (r"\bvend(?:eram|eu)\b", "sold"),
        (r"\b(?:ca[ií]u|ca[ií]ram|recuou|recuaram|diminuiu|diminu[ií]ram|encolheu|encolheram|despencou|retraiu|recuo)\b", "fell"),
        (r"\b(?:cresceu|cresceram|aumentou|aumentaram|subiu|subiram|avançou|avançaram|disparou|ampliou|saltou)\b", "rose"),
        (r"\bficou\s+em\b", "stood at"), (r"\bregistrou\b|\bregistraram\b", "posted"), (r"\batingiu\b", "reached"),
        (r"\b(?:uma\s+|sua\s+)?(?:alta|aumento|crescimento|subida)\b", "a rise"),
        (r"\b(?:uma\s+|sua\s+)?(?:queda|retrocesso|diminuição|redução|recuo|contração)\b", "a decline"),
        (r"\baté\s+(?=[$\d])", "to "), (r"\bde\s+(?=[$\d])", "of "), (r"\bpara\s+(?=[$\d])", "to "), (r"\bem\s+(?=[\d]+(?:\.\d+)?%)", "by "),
        (r"\bde\s+(?=[\d]+(?:\.\d+)?%)", "of "),
        (r"\b(?:cerca\s+de|aproximadamente|uns|umas|em\s+torno\s+de)\s+(?=[$\d])", "about "),
        (r"\bmais\s+de\s+(?=[$\d])", "more than "), (r"\bquase\s+(?=[$\d])", "nearly "),
        (r"\b(?:uma\s+)?(a\s+rise|a\s+decline|alta|queda)\s+recorde\b",
         lambda m: "a record " + ("decline" if "decl" in m.group(1) or "queda" in m.group(1) else "rise")),
        (r"\brecorde\b", "record"),
        (r"\bdesde\s+(\d{4}),?\s+quando\s+(?:este|esse|o)\s+dado\s+começou\s+a\s+ser\s+(?:registrado|compilado)\b", r"since records began in \1"),
        (r"\bdesde\b", "since"), (r"\bpela\s+primeira\s+vez\s+em\b", "for the first time in"),
        (r"\b(?:o\s+|a\s+|sua\s+|seu\s+)?(\d+(?:st|nd|rd|th))\s+(mês|semana|ano)\s+consecutiv[oa]\s+de\s+(alta|queda|a\s+rise|a\s+decline)\b",
         lambda m: f"the {m.group(1)} straight {_EN_PERIOD[m.group(2).lower()]} of {'declines' if 'queda' in m.group(3) or 'decl' in m.group(3) else 'rises'}"),
        (r"\b(?:o\s+|a\s+|sua\s+|seu\s+)?(\d+(?:st|nd|rd|th))\s+(mês|semana|ano)\s+consecutiv[oa]\b",
         lambda m: f"the {m.group(1)} consecutive {_EN_PERIOD[m.group(2).lower()]}"),
        (r"\b(?:o\s+|a\s+|sua\s+|seu\s+)?(\d+(?:st|nd|rd|th))\s+(a\s+rise|a\s+decline|queda|alta)\s+(mensal|semanal|anual)\s+consecutiv[oa]\b",
         lambda m: f"the {m.group(1)} straight {_EN_ADJ[m.group(3).lower()]} {'decline' if 'decl' in m.group(2) or m.group(2) == 'queda' else 'rise'}"),
        (r"\b(?:o\s+|a\s+|sua\s+|seu\s+)?(\d+(?:st|nd|rd|th))\s+(mês|semana|ano)\s+com\b",
         lambda m: f"the {m.group(1)} {_EN_PERIOD[m.group(2).lower()]} of"),
        (r"\bconsecutiv[oa]s?\b", "consecutive"), (r"\bmeses\b", "months"), (r"\bsemanas\b", "weeks"), (r"\banos\b", "years"),
        (r"\binformou\b", "said"),
        (r"\b(?:as\s+)?(?:participações|posições)\s+(?:de|da|do)\s+((?:mainland\s+)?(?-i:[A-ZÁÉÍÓÚ])[\w.]+(?:\s+(?-i:[A-Z])[\w.]+)?)", r"\1's holdings"),
        (r"\b(?:uma\s+|sua\s+)?(?:máxima|máximo|recorde)\s+históric[oa]\b", "a record high"),
        (r"\b(?:uma\s+|sua\s+)?mínim[oa]\s+históric[oa]\b", "a record low"),
        (r"\bem\s+(?=(?:more\s+than\s+)?(?:\d+|[a-z]+)\s+(?:anos|meses|semanas|years|months|weeks)\b)", "in "),
        (r"\b(?:pelo|pela|por)\s+(?=the\s+\d+(?:st|nd|rd|th)\s)", "for "),
        (r"\b(?:em|de)\s+(?=U\.S\.\s+(?:Treasuries|debt)\b)", "of "),
        (r"\b(?:na\s+)?semana\s+(?:encerrada|terminada|finda)\s+(?:em|in)\b", "in the week ended"),
        (r"\b(?:na\s+)?semana\s+até\b", "in the week to"),
        (r"\b(?:em\s+)?(?:títulos|bônus|papéis|bonds)(?:\s+de\s+dívida)?(\s+estrangeiros|\s+japoneses)?\s+de\s+(curto|longo)\s+prazo\b",
         lambda m: ("in " if m.group(0).startswith("em") else "") + ("short-term " if m.group(2) == "curto" else "long-term ")
         + ("foreign " if m.group(1) and "estr" in m.group(1) else "Japanese " if m.group(1) else "") + "debt securities"),
        (r"\b(?:detém|possui|mantém)\b", "holds"), (r"\b(?:detinha|possuía|mantinha|tinha)\b", "held"),
    ]


def _de_rules() -> list:
    bal = {"überschuss": "surplus", "überschüsse": "surplus", "defizit": "deficit", "saldo": "balance",
           "bilanz": "balance"}

    def compound(m):
        head = {"leistungsbilanz": "current account", "handelsbilanz": "trade", "handels": "trade",
                "dienstleistungsbilanz": "services", "dienstleistungs": "services", "primäreinkommens": "primary income",
                "primäreinkommen": "primary income", "sekundäreinkommens": "secondary income",
                "kapitalbilanz": "financial account", "reiseverkehrs": "travel", "waren": "goods trade"}[
            m.group(1).lower().rstrip("-")]
        return f"the {head} {bal[m.group(2).lower()]}"
    return [
        (r"\b(?:das\s+)?(?:US-|amerikanische\s+|US-amerikanische\s+)Finanzministerium\b", "the U.S. Treasury"),
        (r"\b(?:(?:die|der|den)\s+)?(?:US-Staatsanleihen|US-Treasuries|US-Schuldtitel|US-Staatspapiere(?:n)?|"
         r"(?:amerikanische[n]?|US-amerikanische[n]?)\s+Staatsanleihen|Staatsanleihen\s+der\s+USA)\b", "U.S. Treasuries"),
        (r"\b(?:der|die)?\s*(?:größte[rn]?|wichtigste[rn]?)\s+(?:ausländische[rn]?\s+)?(?:Gläubiger|Halter|Besitzer|Investor|Käufer)\b",
         " the largest foreign holder"),
        (r"\b(?:der|die)?\s*(?:zweitgrößte[rn]?)\s+(?:ausländische[rn]?\s+)?(?:Gläubiger|Halter|Besitzer|Investor)\b",
         " the second-largest foreign holder"),
        (r"\b(?:seine[n]?|ihre[n]?|den|die)\s+(?:Bestände|Bestand|Anteil|Besitz)\b", "its holdings"),
        (r"\b(?:reduzierte|verringerte|senkte)\s+(?=its\s+holdings)", "cut "), (r"\b(?:erhöhte|stockte|vergrößerte)\s+(?=its\s+holdings)", "raised "),
        (r"\b(?:das\s+)?(?:japanische\s+)?Finanzministerium\b", "the Finance Ministry"),
        (r"\bEnde\s+(?=January|February|March|April|May|June|July|August|September|October|November|December)", "at the end of "),
        (r"\b(?:japanische[n]?\s+)?Anleger\b", "investors"), (r"\bAuslandsanleihen\b", "foreign bonds"),
        (r"\bNettokäufe\b", "net purchases"), (r"\bNettoverkäufe\b", "net sales"), (r"\bnetto\b", "net"),
        (r"\b(?:Devisen(?:markt)?-?)?Intervention(en)?\b", lambda m: "interventions" if m.group(1) else "intervention"),
        (r"\b(?:die\s+)?Rendite\s+(?:der\s+)?zehnjährige[rn]?\s+(?:japanische[rn]?\s+)?(?:Staatsanleihen|Anleihen|JGB)\b", "the 10-year JGB yield"),
        (r"\b(?:die\s+)?Rendite\s+(?:der\s+)?zehnjährige[rn]?\s+(?:US-Staatsanleihen|US-Treasuries|Treasuries)\b", "the 10-year Treasury yield"),
        (r"\b(?:die\s+)?(?:Bank\s+of\s+Japan|japanische\s+Notenbank|Bank\s+von\s+Japan)\b", "the Bank of Japan"),
        (r"\bJapans\b", "Japan's"), (r"\bTokio\b", "Tokyo"),
        (r"\b(?:(?:der|die|das|den|dem|des|ein|einen|einem)\s+)?(Leistungsbilanz|Handelsbilanz|Handels|Dienstleistungsbilanz|"
         r"Dienstleistungs|Primäreinkommens|Primäreinkommen|Sekundäreinkommens|Reiseverkehrs|Waren)-?"
         r"(überschuss|überschüsse|defizit|saldo|bilanz)\b", compound),
        (r"\b(?:der\s+Saldo\s+der\s+|die\s+|der\s+|den\s+)?(?:japanischen\s+)?Leistungsbilanz(?:\s+Japans)?\b", "the current account balance"),
        (r"\b(?:die\s+|der\s+)?Handelsbilanz\b", "the trade balance"),
        (r"\b(?:das\s+)?Primäreinkommen\b", "primary income"),
        (r"\b(?:die\s+)?Einnahmen\s+(?:aus|von)\s+(?:Direkt)?[Ii]nvestitionen\s+im\s+Ausland\b", "primary income"),
        (r"\b(?:das\s+)?Einkommen\s+aus\s+Direktinvestitionen\s+und\s+(?:ausländischen\s+)?Wertpapieren\b", "primary income"),
        (r"\b(?:die\s+)?(?:Exporte|Ausfuhren)\b", "exports"), (r"\b(?:die\s+)?(?:Importe|Einfuhren)\b", "imports"),
        (r"\b(?:(?:der|den|einen|ein|einem)\s+)?Überschuss\b", "the surplus"), (r"\b(?:(?:das|ein|einem|einen)\s+)?Defizit\b", "the deficit"),
        (r"\bim\s+Plus\b|\bin\s+die\s+schwarzen\s+Zahlen\b", "in surplus"), (r"\bim\s+Minus\b|\bin\s+den\s+roten\s+Zahlen\b", "in deficit"),
        (r"\b(?:japanische\s+)?Investoren\b", "investors"), (r"\bausländische[n]?\s+Anleihen\b", "foreign bonds"),
        (r"\bausländische[n]?\s+Aktien\b", "foreign stocks"), (r"\bjapanische[n]?\s+Aktien\b", "Japanese stocks"),
        (r"\bjapanische[n]?\s+Anleihen\b", "Japanese bonds"),
        (r"\b(?:kauften|kaufte)\b", "bought"), (r"\b(?:verkauften|verkaufte)\b", "sold"),
        (r"\b(?:stieg|stiegen|kletterte|kletterten|wuchs|wuchsen|legte|legten|erhöhte\s+sich|erhöhten\s+sich|zog|zogen)\b", "rose"),
        (r"\b(?:fiel|fielen|sank|sanken|schrumpfte|schrumpften|verringerte\s+sich|verringerten\s+sich|ging|gingen|brach|brachen)\b", "fell"),
        (r"(?:(?<=yen|ros|ars|ear|ier)|(?<=%))\s+zu(?=\s*[,.;)]|\s*$)", ""), (r"(?<=,)\s+zu(?=,)", ""),
        (r"\bzurück(?=\s*[,.;)])", ""),
        (r"\bseit\s+(?:mehr\s+als\s+)?(\w+)\s+(Jahren|Monaten|Wochen)\b",
         lambda m: f"in {'more than ' if 'mehr' in m.group(0) else ''}{m.group(1)} "
                   f"{ {'jahren': 'years', 'monaten': 'months', 'wochen': 'weeks'}[m.group(2).lower()]}"),
        (r"\b(?:auf\s+)?den\s+Rekord\s+von\b", "to a record"),
        (r"\b(auf\s+)?(?:den|der|das|die|dem)\s+(?:bisher\s+)?(?:höchste[nr]?|größte[nr]?)\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:wert|\s+figure)\b",
         lambda m: ("to " if m.group(1) else "") + f"a record high for {m.group(2)}"),
        (r"\berreichte(?:n)?\b", "reached"), (r"\blag(?:en)?\s+bei\b", "was"),
        (r"\bum\s+(?=[\d]+(?:\.\d+)?%)", "by "), (r"\bauf\s+(?:rund\s+|etwa\s+)?(?=[$\d])", "to "),
        (r"\bvon\s+(?=[$\d])", "of "), (r"\bbei\s+(?=[$\d])", "at "), (r"\b(?:rund|etwa|ungefähr|circa|ca\.)\s+(?=[$\d])", "about "),
        (r"\bknapp\s+(?=[$\d])", "nearly "), (r"\bmehr\s+als\s+(?=[$\d]|\d)", "more than "),
        (r"\b(\d+(?:\.\d+)?%)\s+weniger\s+als\b", r"down \1 from"), (r"\b(\d+(?:\.\d+)?%)\s+mehr\s+als\b", r"up \1 from"),
        (r"\b(\d+(?:\.\d+)?%)\s+niedriger\s+als\b", r"down \1 from"), (r"\b(\d+(?:\.\d+)?%)\s+höher\s+als\b", r"up \1 from"),
        (r"\bRekord(?:wert|hoch|stand|niveau)?\b", "record"),
        (r"\bseit\s+Beginn\s+der\s+(?:Datenerhebung|Aufzeichnungen|Statistik)(?:\s+(?:im\s+Jahr\s+)?(\d{4}))?",
         lambda m: "since records began" + (f" in {m.group(1)}" if m.group(1) else "")),
        (r"\b(auf\s+)?(?:(?:den|der|das|die|dem)\s+)?(?:bisher\s+)?(?:höchste[nr]?|größte[nr]?)\b",
         lambda m: ("to " if m.group(1) else "") + "the highest"),
        (r"\b(auf\s+)?(?:(?:den|der|das|die|dem)\s+)?(?:bisher\s+)?(?:niedrigste[nr]?|geringste[nr]?|kleinste[nr]?)\b",
         lambda m: ("to " if m.group(1) else "") + "the lowest"),
        (r"\bStand\b", "level"),
        (r"\b(?:ein(?:em|en)?\s+)?Rekordhoch\b|\b(?:ein(?:em|en)?\s+)?Allzeithoch\b", "a record high"),
        (r"\b(?:ein(?:em|en)?\s+)?Rekordtief\b", "a record low"),
        (r"\bin\s+der\s+Woche\s+(?:bis\s+(?:zum|Ende)|zum)\b", "in the week to"),
        (r"\b(?:in\s+der\s+)?Vorwoche\b", "the previous week"),
        (r"\b(?:hält|besitzt)\b", "holds"), (r"\b(?:an|von)\s+(?=U\.S\.\s+(?:Treasuries|debt)\b)", "of "), (r"\bausgegeben\b", "spent"), (r"\bfür\s+(?=interventions?\b)", "on "), (r"\b(?:hielt|besaß)\b", "held"), (r"\bthe\s+(highest|lowest)\s+the\b", r"the \1"),
        (r"\bin\s+einem\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b", r"for \1"),
        (r"\b(?:Das|Dies|Es)\s+(?:war|waren)(?:\s+zwar)?\b", "That was"),
        (r"\berstmals\s+in\b", "for the first time in"), (r"\berstmals\s+since\b", "for the first time since"),
        (r"\b(?:zum\s+ersten\s+Mal|erstmals)\b", "for the first time"),
        (r"\bseit\b", "since"),
        (r"\b(?:den|im|der)?\s*(\d+(?:st|nd|rd|th))\s+(Monat|Woche|Jahr|Quartal)\s+in\s+Folge\b",
         lambda m: f" for the {m.group(1)} straight { {'monat': 'month', 'woche': 'week', 'jahr': 'year', 'quartal': 'quarter'}[m.group(2).lower()]}"),
        (r"\b(\w+)\s+(Monate|Wochen|Jahre)\s+in\s+Folge\b",
         lambda m: f"{_digits(m.group(1))} straight { {'monate': 'months', 'wochen': 'weeks', 'jahre': 'years'}[m.group(2).lower()]}"),
        (r"\bnach\s+(\w+)\s+(Monaten|Wochen|Jahren)\b",
         lambda m: f"after {m.group(1)} { {'monaten': 'months', 'wochen': 'weeks', 'jahren': 'years'}[m.group(2).lower()]}"),
        (r"\bMonaten?\b", "months"), (r"\bWochen\b", "weeks"), (r"\bJahren?\b", "years"),
    ]


def read(text: str) -> Reading | None:
    """``text`` read onto the English grammar when it is Spanish, Portuguese or German, else ``None``."""
    got = unread(text)
    if got is None or got[0] not in LANGS:
        return None
    lang = got[0]
    r = Reading(text, text, [(i, i + 1) for i in range(len(text))], lang)
    # a wire dateline's ".-" (EFE: "Tokio, 8 oct (EFE).-") as English wires write it
    _sub(r, re.compile(r"(?<=[)\d])\.-(?=\s)"), " -")
    _figures(r, lang)
    _numbers_in_words(r, lang)
    _periods(r, lang)
    _words(r, [(rf"{_B}(?:{pat}){_E}", eng) for pat, eng in _COUNTRIES], re.I)
    rules = {"es": _RULES_ES, "pt": _pt_rules(), "de": _de_rules()}[lang]
    _words(r, rules, re.I)
    _sub(r, re.compile(r"[ \t]{2,}"), " ")
    # a sentence the reading made begin with an English word begins with a capital, as the sentence splitter expects
    _sub(r, re.compile(r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))[a-z]", re.M),
         lambda m: None if re.search(r"\b(?:[A-Z]\.)+\s$", r.text[max(0, m.start() - 8):m.start()])
         else m.group(0).upper())  # not after "U.S. "
    return r


def read_article(text: str) -> Reading | None:
    """``read`` on the article's plain text (NFKC, HTML stripped, as the pipeline prepares it)."""
    from ustflow.check.text import html_to_text, looks_like_html, normalize

    plain = normalize(text)
    if looks_like_html(plain):
        plain = html_to_text(plain)[0]
    return read(plain)
