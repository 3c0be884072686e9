"""Spanish, Portuguese and German vocabulary by CONCEPT, for ``check.european``: one table per concept the English
grammar reads, each cell the common forms the language's financial press uses for it (inflections, articles and
contractions, synonyms), written from the languages rather than from the corpus's misses.

A table is a list of (English, {language: [forms]}); a form is a regular expression over the text as
``european`` has read it so far (figures in English digits, month names in English, counts before a period noun
as English number words: "three meses", ordinals as "3rd"; ``COUNT`` and ``ORD`` match those). The English is what
the grammar already reads (``period_phrases``, ``streaks``, ``qualifiers``, ``qualifier_refs``); ``{n}``, ``{o}``,
``{ow}``, ``{unit}``, ``{unit1}``, ``{y}``, ``{h}``, ``{more}`` in it are the form's groups (a count as digits, an
ordinal as written or as a word, a period noun in English, plural or singular, a year, a German word of the tables
in English, "more than"); a function instead of the English is the replacement itself. The tables:

- ``RECORDS``: record highs and lows (máximo histórico, máximos históricos, recorde histórico, Allzeithoch,
  Rekordüberschuss), N-year and decade highs and lows (máximo de tres años, Zehnjahreshoch, Fünf-Jahres-Tief),
  the highest / lowest since (su máximo desde, Höchststand seit, so hoch wie seit 2008 nicht mehr), a place among
  the largest that is not a holder's (el segundo mayor superávit, o segundo maior, zweithöchste), the first time
  since / in (por vez primera desde, pela primeira vez desde, zum ersten Mal seit), N periods in a row and the N-th
  in a row (tres meses seguidos, pelo terceiro mês seguido, drei aufeinanderfolgende Monate), on record and since
  records began (de la historia, da série histórica, seit Beginn der Zeitreihe), in (more than) a decade.
- ``SEPARABLE``: German verbs whose particle ends the clause (nahm ... zu, gab ... nach, weitete sich ... aus).
- ``DIRECTIONS``: rise / fall / turn to a deficit or surplus in the tenses the press writes (present in headlines:
  crece, cae, sobe, recua; reflexives: se eleva, reduziu-se; abnahm), and what the readings leave doubled.

``rules(lang, stage)`` gives a language's rules: stage "words" runs before the language's own rules
(``european_words``, ``european_german``: their context rules, such as a holder's place, see what the tables leave),
"after" once they have run (``DIRECTIONS``: verbs the language's rules did not read).
"""

from __future__ import annotations

import re

from ustflow.check.european_numerals import digits
from ustflow.check.european_text import WORD_END as _E, WORD_START as _B

#: a count as ``european_numerals`` leaves it before a period noun ("three meses", "12 Monate")
COUNT = (r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
         r"sixteen|seventeen|eighteen|nineteen|twenty)")
#: an ordinal as ``european_numerals`` writes it ("3rd")
ORD = r"(?P<o>\d{1,2}(?:st|nd|rd|th))"
_UNIT_EN = {"mes": "month", "meses": "months", "mês": "month", "monat": "month", "monats": "month", "monate": "months",
            "monaten": "months", "año": "year", "años": "years", "ano": "year", "anos": "years", "jahr": "year",
            "jahres": "year", "jahre": "years", "jahren": "years", "semana": "week", "semanas": "weeks", "woche": "week",
            "wochen": "weeks", "trimestre": "quarter", "trimestres": "quarters", "quartal": "quarter", "quartals": "quarter",
            "quartale": "quarters", "quartalen": "quarters"}
def _unit(word: str, count: str | None = None) -> str:
    """A period noun in English ('meses' -> 'months'; singular after a count of one)."""
    eng = _UNIT_EN.get(word.lower(), word)
    if count is not None and digits(count) in ("1", "one"):
        return eng.rstrip("s")
    return eng


_WORDS = {"1st": "first", "überschuss": "surplus", "überschuß": "surplus", "defizit": "deficit", "bilanz": "balance", "2nd": "second",
          "3rd": "third", "zweit": "second", "dritt": "third", "viert": "4th", "fünft": "5th", "sechst": "6th"}


def _sub(eng):
    """The replacement for a form: ``eng`` with the form's groups put in (a count as digits, a period noun in
    English, an ordinal, a German word of the tables in English), or ``eng`` itself when it is a function."""
    if callable(eng):
        return eng

    def repl(m: re.Match) -> str:
        g = {k: v for k, v in m.groupdict().items() if v is not None}
        n = g.get("n", "")
        vals = {"n": _DE_NUM.get(n.lower(), digits(n)), "y": g.get("y", ""),
                "o": g.get("o", ""), "ow": _WORDS.get(g.get("o", "").lower(), g.get("o", "")), "h": _WORDS.get(g.get("h", "").lower(), g.get("h", "")),
                "unit": _unit(g["unit"], n or None) if "unit" in g else "",
                "unit1": _unit(g["unit"], "1") if "unit" in g else "", "in": "in " if g.get("p") else "",
                "more": "more than " if g.get("more") else "", "m1": g.get("m1", ""), "m2": g.get("m2", ""),
                "same": {"mes": "month", "mês": "month", "monat": "month", "trimestre": "quarter", "quartal": "quarter",
                         "semestre": "half", "halbjahr": "half", "semana": "week", "woche": "week"}.get(
                             (g.get("same") or "").lower(), "period"),
                "a": {"un": "a ", "una": "a ", "um": "a ", "uma": "a ", "ein": "a ", "einen": "a ", "einem": "a ",
                      "su": "its ", "sus": "its ", "seu": "its ", "sua": "its "}.get((g.get("a") or "").lower(),
                                                                                   "the " if g.get("a") else "")}
        return eng.format(**vals)
    return repl


#: the holders a place before mayor / maior / größte may name (read by the languages' own rules: not a record)
_HOLDER_ES = r"(?!\s+(?:tenedor|poseedor|acreedor|prestamista|comprador|vendedor|socio|economía|país|inversor)[ae]?s?\b)"
_HOLDER_PT = (r"(?!\s+(?:detentor|credor|investidor|titular|comprador|vendedor|parceiro|economia|país|posição|participação|carteira|"
              r"quantidade|nível|patamar|fatia)[ae]?s?\b)")
_HOLDER_DE = r"(?!\s+(?:ausländische[rnms]?\s+)?(?:Auslandsgläubiger|Gläubiger|Halter|Besitzer|Auslandsinvestor|Investor|Kreditgeber|Käufer))"
#: what a record may be of, in Portuguese (a balance, a level, a move, a flow)
_RECORD_OF_PT = (r"(?:superávit|déficit|excedente|saldo|valor|nível|patamar|montante|volume|alta|queda|aumento|crescimento|recuo|"
                 r"redução|baixa|compra|venda|entrada|saída|fluxo|investimento|desde)s?\b")
_DE_NUM = {"zwei": "2", "drei": "3", "vier": "4", "fünf": "5", "sechs": "6", "sieben": "7", "acht": "8", "neun": "9",
           "zehn": "10", "elf": "11", "zwölf": "12", "fünfzehn": "15", "zwanzig": "20", "dreißig": "30", "vierzig": "40"}
_DE_ORD_STEMS = {"zweit": "second", "dritt": "third", "viert": "4th", "fünft": "5th", "sechst": "6th"}

RECORDS: list[tuple[str, dict[str, list[str]]]] = [
    ("a record high", {
        "es": [r"(?:(?:un|su|el|sus|los|nuevos?)\s+)*(?:máximos?|récords?|records?)\s+(?:históric[oa]s?|absolutos?)",
               r"(?:(?:un|su|el|sus|los)\s+)*(?:nuevos?\s+)?máximos?\s+de\s+(?:la|su)\s+(?:historia|serie(?:\s+histórica)?)"],
        "pt": [r"(?:(?:um|uma|sua|seu|o|a|novo|nova)\s+)*(?:máxim[oa]s?|recordes?)\s+históric[oa]s?",
               r"(?:(?:um|uma|sua|seu|o|a)\s+)*(?:nov[oa]\s+)?máxim[oa]s?\s+da\s+(?:história|série(?:\s+histórica)?)"],
        "de": [r"(?:ein(?:em|en)?\s+)?(?:neue[nms]?\s+)?(?:Rekordhoch|Allzeithoch|Allzeitrekord|historische[snm]?\s+Hoch(?:s|stand)?|Rekordhöhe|Rekordstand)"]}),
    ("a record low", {
        "es": [r"(?:(?:un|su|el|sus|los|nuevos?)\s+)*mínimos?\s+(?:históric[oa]s?|absolutos?)"],
        "pt": [r"(?:(?:um|uma|sua|seu|o|a|novo|nova)\s+)*mínim[oa]s?\s+históric[oa]s?"],
        "de": [r"(?:ein(?:em|en)?\s+)?(?:neue[nms]?\s+)?(?:Rekordtief|Allzeittief|historische[snm]?\s+Tief(?:s|stand)?)"]}),
    ("a record {h}", {  # a record balance, said as one word in German ("Rekordüberschuss")
        "de": [r"(?:ein(?:em|en)?\s+|de[nr]\s+)?Rekord-?(?P<h>überschuss|defizit)"]}),
    ("a record", {"es": [r"(?:(?:un|una|su|el|la)\s+)?(?:niveles|cifras|montos?|valor(?:es)?)\s+r[eé]cords?"],
                  "pt": [r"(?:(?:um|uma|sua|seu|o|a)\s+)?(?:nível|níveis|patamar(?:es)?|valor(?:es)?|montante)\s+recordes?"],
                  "de": [r"(?:(?:ein(?:em|en)?|de[nmr])\s+)?(?:Rekordniveau|Rekordwert|Rekordmarke)"]}),
    # N-year highs and lows ("máximos de dos años", "máxima em três anos", "Zehnjahreshoch", "5-Jahres-Tief")
    ("a {n}-{unit1} high", {
        "es": [rf"(?:(?:un|su|sus|el|los)\s+)?(?:nivel(?:es)?\s+)?máximos?\s+(?:en|de)\s+{COUNT}\s+(?P<unit>años|meses|semanas)"],
        "pt": [rf"(?:(?:uma|um|sua|seu|a|o)\s+)?(?:nível\s+)?máxim[oa]s?\s+(?:em|de)\s+{COUNT}\s+(?P<unit>anos|meses|semanas)"],
        "de": [r"(?:ein(?:em|en)?\s+)?(?P<n>\d{1,2}|" + "|".join(_DE_NUM) + r")-?(?P<unit>Jahres|Monats|Wochen)-?(?:hoch|Hoch|höchststand|Höchststand)"]}),
    ("a {n}-{unit1} low", {
        "es": [rf"(?:(?:un|su|sus|el|los)\s+)?(?:nivel(?:es)?\s+)?mínimos?\s+(?:en|de)\s+{COUNT}\s+(?P<unit>años|meses|semanas)"],
        "pt": [rf"(?:(?:uma|um|sua|seu|a|o)\s+)?(?:nível\s+)?mínim[oa]s?\s+(?:em|de)\s+{COUNT}\s+(?P<unit>anos|meses|semanas)"],
        "de": [r"(?:ein(?:em|en)?\s+)?(?P<n>\d{1,2}|" + "|".join(_DE_NUM) + r")-?(?P<unit>Jahres|Monats|Wochen)-?(?:tief|Tief|tiefststand|Tiefststand)"]}),
    # a decade ("un máximo de una década", "em mais de uma década", "seit einem Jahrzehnt")
    ("a 10-year high", {"es": [r"(?:(?:un|su|el)\s+)?(?:nuevo\s+)?máximos?\s+(?:de|en)\s+(?:una|1)\s+década"],
                        "pt": [r"(?:(?:uma|um|sua|seu|a|o)\s+)?(?:nov[oa]\s+)?máxim[oa]s?\s+(?:de|em)\s+uma\s+década"],
                        "de": [r"(?:ein(?:em|en)?\s+)?Jahrzehnthoch"]}),
    ("a 10-year low", {"es": [r"(?:(?:un|su|el)\s+)?(?:nuevo\s+)?mínimos?\s+(?:de|en)\s+(?:una|1)\s+década"],
                       "pt": [r"(?:(?:uma|um|sua|seu|a|o)\s+)?(?:nov[oa]\s+)?mínim[oa]s?\s+(?:de|em)\s+uma\s+década"],
                       "de": [r"(?:ein(?:em|en)?\s+)?Jahrzehnttief"]}),
    ("in {more}a decade", {"es": [r"en\s+(?P<more>más\s+de\s+)?una\s+década"], "pt": [r"(?:em|há)\s+(?P<more>mais\s+de\s+)?uma\s+década"],
                           "de": [r"seit\s+(?P<more>mehr\s+als\s+)?einem\s+Jahrzehnt"]}),
    # the highest / lowest since (a peak word before "desde" / "seit")
    ("the highest", {"es": [r"(?:(?:un|su|el)\s+)?máximo(?=\s+desde\b)"],
                     "pt": [r"(?:(?:uma|um|sua|seu|a|o)\s+)?máxim[oa](?=\s+desde\b)", r"(?:o|a|seu|sua)\s+mais\s+alt[oa]"],
                     "de": [r"(?:de[nmr]\s+|ein(?:em|en)?\s+)?Höchst(?:stand|wert)(?=\s+seit\b)"]}),
    ("the lowest", {"es": [r"(?:(?:un|su|el)\s+)?mínimo(?=\s+desde\b)"],
                    "pt": [r"(?:(?:uma|um|sua|seu|a|o)\s+)?mínim[oa](?=\s+desde\b)", r"(?:o|a|seu|sua)\s+mais\s+baix[oa]"],
                    "de": [r"(?:de[nmr]\s+|ein(?:em|en)?\s+)?Tiefst(?:stand|wert)(?=\s+seit\b)"]}),
    # "so hoch wie seit 2008 nicht mehr", "so hoch wie zuletzt 2008": the highest since
    ("the highest since {y}", {"de": [r"so\s+hoch\s+wie\s+(?:seit|zuletzt(?:\s+im\s+Jahr|\s+in)?)\s+(?P<y>(?:19|20)\d{2}|(?:\w+\s+)?\d{4})(?:\s+nicht\s+mehr)?"]}),
    ("the lowest since {y}", {"de": [r"so\s+niedrig\s+wie\s+(?:seit|zuletzt(?:\s+im\s+Jahr|\s+in)?)\s+(?P<y>(?:19|20)\d{2}|(?:\w+\s+)?\d{4})(?:\s+nicht\s+mehr)?"]}),
    # a place among the largest, not a holder's ("el segundo mayor superávit", "o segundo maior", "zweitgrößte")
    ("the {ow}-largest", {"es": [rf"(?:el|la|su|sus|los|las)\s+{ORD}\s+(?:mayor(?:es)?|más\s+grandes?){_HOLDER_ES}"],
                         "pt": [rf"(?:o|a|seu|sua)\s+{ORD}\s+maior(?:es)?{_HOLDER_PT}"],
                         "de": [r"(?:de[rnms]\s+|die\s+|das\s+)?(?P<o>" + "|".join(_DE_ORD_STEMS) + r")(?:größt|grösst)e[nrsm]?" + _HOLDER_DE]}),
    ("the {ow}-highest", {"es": [rf"(?:el|la|su)\s+{ORD}\s+más\s+alt[oa]"], "pt": [rf"(?:o|a|seu|sua)\s+{ORD}\s+mais\s+alt[oa]"],
                         "de": [r"(?:de[rnms]\s+|die\s+|das\s+)?(?P<o>" + "|".join(_DE_ORD_STEMS) + r")höchste[nrsm]?"]}),
    ("the {ow}-smallest", {"es": [rf"(?:el|la|su)\s+{ORD}\s+menor{_HOLDER_ES}"], "pt": [rf"(?:o|a|seu|sua)\s+{ORD}\s+menor{_HOLDER_PT}"],
                          "de": [r"(?:de[rnms]\s+|die\s+|das\s+)?(?P<o>" + "|".join(_DE_ORD_STEMS) + r")(?:kleinst|geringst)e[nrsm]?"]}),
    ("the {ow}-lowest", {"es": [rf"(?:el|la|su)\s+{ORD}\s+más\s+baj[oa]"], "pt": [rf"(?:o|a|seu|sua)\s+{ORD}\s+mais\s+baix[oa]"],
                        "de": [r"(?:de[rnms]\s+|die\s+|das\s+)?(?P<o>" + "|".join(_DE_ORD_STEMS) + r")niedrigste[nrsm]?"]}),
    # Portuguese's "o maior" before what a record is of (not "a maior parte", "a maior economia")
    ("the largest", {"pt": [r"(?:o|a|seu|sua)\s+maior(?:es)?(?=\s+" + _RECORD_OF_PT + ")"]}),
    ("the smallest", {"pt": [r"(?:o|a|seu|sua)\s+menor(?:es)?(?=\s+" + _RECORD_OF_PT + ")"]}),
    # "desde 2014": since a year (the Spanish rules read "desde" before a figure as "from")
    ("since", {"es": [r"desde(?=\s+(?:19|20)\d{2}\b(?![.,]\d|\s*(?:%|million|billion|trillion|yen|dollars|euros)))"]}),
    # the first time since / in
    ("the first time since", {"es": [r"la\s+(?:primera\s+vez|vez\s+(?:primera|1st))\s+desde"], "pt": [r"a\s+primeira\s+vez\s+desde"],
                              "de": [r"das\s+(?:erste|1st)\s+Mal\s+seit"]}),
    ("for the first time since", {"es": [r"(?:por\s+)?(?:primera\s+vez|vez\s+(?:primera|1st))\s+desde"],
                                  "pt": [r"(?:pela\s+)?primeira\s+vez\s+desde"],
                                  "de": [r"(?:zum|das)\s+(?:ersten|1st|erste)\s+Mal\s+seit", r"erstmals\s+(?:wieder\s+)?seit"]}),
    ("for the first time in", {"es": [r"(?:por\s+)?(?:primera\s+vez|vez\s+(?:primera|1st))\s+en(?=\s+(?:más\s+de\s+)?\w+\s+(?:años|meses|semanas)\b)"],
                               "pt": [r"(?:pela\s+)?primeira\s+vez\s+em(?=\s+(?:mais\s+de\s+)?\w+\s+(?:anos|meses|semanas)\b)"],
                               "de": [r"(?:zum|das)\s+(?:ersten|1st|erste)\s+Mal\s+(?:in|seit)(?=\s+(?:mehr\s+als\s+)?\w+\s+(?:Jahren|Monaten|Wochen)\b)"]}),
    ("for the first time", {"es": [r"por\s+(?:primera\s+vez|vez\s+(?:primera|1st))"], "pt": [r"pela\s+primeira\s+vez"],
                            "de": [r"zum\s+(?:ersten|1st)\s+Mal"]}),
    # runs: N periods in a row, the N-th in a row
    ("for {n} consecutive {unit}", {
        "es": [rf"(?:durante|por|tras|llevan?|lleva)\s+{COUNT}\s+(?P<unit>meses|semanas|años|trimestres)\s+(?:consecutiv[oa]s|seguid[oa]s|"
               r"de\s+forma\s+(?:consecutiva|ininterrumpida)|consecutivamente|en\s+fila)"],
        "pt": [rf"(?:durante|por|há|após)\s+{COUNT}\s+(?P<unit>meses|semanas|anos|trimestres)\s+(?:consecutiv[oa]s|seguid[oa]s|"
               r"em\s+sequência|de\s+forma\s+consecutiva)"]}),
    ("{n} consecutive {unit}", {
        "es": [rf"{COUNT}\s+(?P<unit>meses|semanas|años|trimestres)\s+(?:seguid[oa]s|de\s+forma\s+(?:consecutiva|ininterrumpida)|"
               r"consecutivamente|en\s+fila)"],
        "pt": [rf"{COUNT}\s+(?P<unit>meses|semanas|anos|trimestres)\s+(?:consecutiv[oa]s|seguid[oa]s|em\s+sequência|de\s+forma\s+consecutiva)"],
        "de": [rf"{COUNT}\s+aufeinanderfolgende[n]?\s+(?P<unit>Monate[n]?|Wochen|Jahre[n]?|Quartale[n]?)",
               rf"{COUNT}\s+(?P<unit>Monate|Wochen|Jahre|Quartale)\s+(?:in\s+Serie|nacheinander|hintereinander|ununterbrochen)"]}),
    ("for the {o} consecutive {unit}", {
        "es": [rf"(?:por|durante)\s+(?:el\s+|la\s+)?{ORD}\s+(?P<unit>mes|semana|año|trimestre)\s+(?:consecutiv[oa]|seguid[oa])"],
        "pt": [rf"(?:pelo|pela|por)\s+(?:o\s+|a\s+)?{ORD}\s+(?P<unit>m[eê]s|semana|ano|trimestre)\s+(?:consecutiv[oa]|seguid[oa])"],
        "de": [rf"(?:den|im|zum)\s+{ORD}\s+(?:aufeinanderfolgenden\s+)?(?P<unit>Monat|Woche|Jahr|Quartal)\s+(?:in\s+Serie|nacheinander|hintereinander)"]}),
    ("the {o} consecutive {unit}", {
        "es": [rf"(?:el\s+|la\s+|su\s+)?{ORD}\s+(?P<unit>mes|semana|año|trimestre)\s+seguid[oa]"],
        "pt": [rf"(?:o\s+|a\s+|seu\s+|sua\s+|no\s+|na\s+)?{ORD}\s+(?P<unit>m[eê]s|semana|ano|trimestre)\s+seguid[oa]"],
        "de": [rf"(?:de[rmn]\s+|die\s+|im\s+)?{ORD}\s+aufeinanderfolgende[n]?\s+(?P<unit>Monat|Woche|Jahr|Quartal)"]}),
    # on record; since records began
    ("since records began", {
        "es": [r"desde\s+que\s+(?:se\s+)?(?:comenzaron|empezaron|iniciaron)\s+(?:los\s+)?registros",
               r"desde\s+que\s+(?:hay|existen|se\s+tienen)\s+registros(?:\s+comparables)?"],
        "pt": [r"desde\s+o\s+(?:início|começo)\s+da\s+série(?:\s+histórica)?", r"desde\s+o\s+(?:início|começo)\s+dos\s+registros",
               r"desde\s+que\s+(?:há|existem)\s+registros"],
        "de": [r"seit\s+(?:Beginn|Start)\s+der\s+(?:Zeitreihe|Erhebungen?|Aufzeichnung|Statistiken)", r"seit\s+Aufzeichnungsbeginn"]}),
    ("on record", {"es": [r"de\s+(?:la|su)\s+(?:historia|serie\s+histórica)", r"en\s+la\s+historia"],
                   "pt": [r"da\s+(?:sua\s+)?(?:história|série\s+histórica)", r"na\s+história"],
                   "de": [r"(?:in\s+der|der)\s+Geschichte", r"aller\s+Zeiten"]}),
]

#: directions the languages' own rules leave unread (present tense, reflexives, other verbs), read once they have run
DIRECTIONS: list[tuple[str, dict[str, list[str]]]] = [
    ("turned to", {"es": [r"(?:pas[óa]|pasaron|volvi[óo]|volvieron|se\s+torn[óa]|cambi[óo])\s+(?:a|al|to)(?=\s+(?:a|the)\s+(?:[\w ]{0,25}\s)?(?:deficit|surplus)\b)"],
                   "pt": [r"(?:passou|passa|voltou|volta|virou|vira|reverteu-se|converteu-se)\s+(?:a|ao|para|em|to)?(?:\s+(?:um|o))?(?=\s+(?:a\s+|the\s+)?(?:[\w ]{0,25}\s)?(?:deficit|surplus)\b)"],
                   "de": [r"(?:drehte|rutschte|kippte|wechselte)\s+(?:ins|in\s+(?:ein|den|das|die))(?=\s+(?:the\s+)?(?:deficit|surplus|Minus|Plus|in\s+deficit)\b)"]}),
    ("posted", {"pt": [r"(?:teve|tiveram)(?=\s+(?:a|the)\s+(?:rise|decline|surplus|deficit|[\w ]{0,25}(?:surplus|deficit))\b)"]}),
    ("rose", {
        "es": [r"crece[n]?", r"aumenta[n]?(?!\s+(?:its|su|sus)\b)", r"sube[n]?", r"avanza[n]?", r"repunta[n]?", r"salt(?:ó|a|an|aron)",
               r"trep(?:ó|a|an|aron)", r"escala[n]?", r"se\s+(?:eleva|elevan|elevó|elevaron|expande|expanden|expandió|expandieron|"
               r"amplía|amplían|ampliaron|incrementa|incrementan|dispara|disparan|acelera|aceleró)", r"ganó|ganaron"],
        "pt": [r"cresce[m]?", r"sobe[m]?", r"aumenta[m]?(?!\s+(?:its|sua|seu)\b)", r"avança[m]?", r"salta[m]?", r"dispara[m]?",
               r"(?:amplia|ampliou|ampliaram|elevou|elevaram|expandiu|expandiram)-se", r"expandiu|expandiram", r"ampliaram", r"saltaram",
               r"dispararam"],
        "de": [r"zunahm(?:en)?", r"sprang|sprangen|stieg\s+an",
               r"(?:weitete|weiteten|vergrößerte|vergrößerten|verbesserte|verbesserten)\s+sich(?:\s+aus)?", r"zulegte[n]?"]}),
    ("fell", {
        "es": [r"cae[n]?", r"baja[n]?(?!\s+(?:its|su|sus)\b)", r"disminuye[n]?", r"retrocede[n]?", r"desciende[n]?", r"merm(?:ó|a|aron|an)",
               r"cedi(?:ó|eron)", r"se\s+(?:reduce|reducen|contrae|contraen|desploma|desploman|hunde|hunden|estrechó|estrecharon|"
               r"achicó|achicaron|moderó|moderaron|recorta|recortó|recortaron)"],
        "pt": [r"cai|caem", r"recua[m]?", r"diminui|diminuem", r"encolhe[m]?", r"despenca[m]?", r"desab(?:ou|aram|a)", r"tomb(?:ou|aram)",
               r"(?:reduziu|reduziram|retraiu|retraíram|contraiu|contraíram)-se"],
        "de": [r"abnahm(?:en)?", r"rutschte[n]?(?!\s+ins)", r"nachgab(?:en)?",
               r"(?:verminderte|verminderten|reduzierte|reduzierten|verkleinerte|verkleinerten|verschlechterte)\s+sich"]}),
    # what the readings leave doubled ("o maior superávit": "the largest the surplus"; "passou a um déficit")
    (lambda m: m.group(1), {lang: [r"(the\s+(?:\w+[\s-])?(?:largest|smallest|highest|lowest))\s+(?:the|a)(?=\s+(?:[\w ]{0,25}\s)?(?:surplus|deficit|balance))"]
               for lang in ("es", "pt", "de")}),
    # an intransitive reading before what the verb moved ("aumentaram seus estoques": raised their holdings)
    ("raised", {lang: [r"rose(?=\s+its\s+holdings\b)"] for lang in ("es", "pt", "de")}),
    ("cut", {lang: [r"fell(?=\s+its\s+holdings\b)"] for lang in ("es", "pt", "de")}),
    ("turned to a", {lang: [r"turned\s+to\s+the(?=\s+(?:[\w ]{0,25}\s)?(?:surplus|deficit)\b)"] for lang in ("es", "pt", "de")}),
]

_PARTICLE = r"(?=(?:[^.;:!?]|\.(?=\d)){1,120}?\s%s(?=\s*[,.;:!?)]|$))"
#: German verbs whose particle stands at the clause's end ("nahm um 5 Prozent zu", "gab ... nach"), read while the
#: particle is still there (the German rules drop a particle after a figure), the particle then dropped
SEPARABLE: list[tuple[str, dict[str, list[str]]]] = [
    ("rose", {"de": [r"nahm(?:en)?" + _PARTICLE % "zu", r"weitete(?:n)?\s+sich" + _PARTICLE % "aus", r"stieg(?:en)?" + _PARTICLE % "an"]}),
    ("fell", {"de": [r"nahm(?:en)?" + _PARTICLE % "ab", r"gab(?:en)?" + _PARTICLE % "nach", r"brach(?:en)?" + _PARTICLE % "ein"]}),
    (lambda m: "" if re.search(r"\b(?:rose|fell)\b(?:[^.;:!?]|\.(?=\d))*$", m.string[max(0, m.start() - 170):m.start()]) else None,
     {"de": [r"\s(?:zu|ab|nach|aus|an|ein)(?=\s*[,.;:!?)]|$)"]}),
]


def _rx(form: str) -> re.Pattern:
    """A form as a whole word (a form beginning with a space begins there)."""
    return re.compile(rf"{'' if form.startswith(chr(92) + 's') else _B}(?:{form}){_E}", re.I)


_COMPILED: dict[tuple[str, str], list[tuple[re.Pattern, object]]] = {}
_STAGES = {"words": lambda: SEPARABLE + RECORDS, "after": lambda: DIRECTIONS}


def rules(lang: str, stage: str) -> list[tuple[re.Pattern, object]]:
    """The (pattern, replacement) rules of ``lang``'s forms in the tables of ``stage``, in the tables' order."""
    key = (lang, stage)
    if key not in _COMPILED:
        _COMPILED[key] = [(_rx(f), _sub(eng)) for eng, cells in _STAGES[stage]() for f in cells.get(lang, [])]
    return _COMPILED[key]


def apply(r, lang: str, stage: str) -> None:
    """Apply ``rules(lang, stage)`` to the ``rewrite.Rewrite`` ``r``."""
    for rx, repl in rules(lang, stage):
        r.sub(rx, repl)
