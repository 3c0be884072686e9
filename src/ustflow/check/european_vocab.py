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

- ``PERIODS`` (read right after the month names, before the language's period phrases): "from" before a named month
  or year (contra marzo, ante 2016, gegenüber Juni), so far this year (en lo que llevamos de año, desde principios
  de año, no acumulado do ano, seit Jahresbeginn, im bisherigen Jahresverlauf), the same period named before (en el
  mismo periodo, no mesmo trimestre, im gleichen Zeitraum), spans of months (de abril a septiembre, von April bis
  September), the N months to a month and the past N months, the end of the year or month, halves (la primera
  mitad del año, no primeiro semestre, im ersten Halbjahr des Geschäftsjahres, in der ersten Jahreshälfte), the
  fiscal year by its year (el ejercicio 2023, o ano fiscal de 2023, im Geschäftsjahr 2023/24) and its neighbours,
  a quarter by its months (el trimestre enero-marzo), the end of a month.
- ``RECORDS``: record highs and lows (máximo histórico, máximos históricos, recorde histórico, Allzeithoch,
  Rekordüberschuss), N-year and decade highs and lows (máximo de tres años, Zehnjahreshoch, Fünf-Jahres-Tief),
  the highest / lowest since (su máximo desde, Höchststand seit, so hoch wie seit 2008 nicht mehr), a place among
  the largest that is not a holder's (el segundo mayor superávit, o segundo maior, zweithöchste), the first time
  since / in (por vez primera desde, pela primeira vez desde, zum ersten Mal seit), N periods in a row and the N-th
  in a row (tres meses seguidos, pelo terceiro mês seguido, drei aufeinanderfolgende Monate), on record and since
  records began (de la historia, da série histórica, seit Beginn der Zeitreihe), in (more than) a decade.
- ``MEASURES`` (with ``_ITEMS``, ``_BAL``): the balance-of-payments items (current account, services, travel,
  primary and secondary income) as the object of a balance word (el superávit de la renta primaria, o déficit em
  transações correntes, der Überschuss im Reiseverkehr: "the primary income surplus") and alone where the words
  are the item's own (renta primaria, rendimento primário, Sekundäreinkommen; la cuenta corriente, a conta
  corrente); German compounds (Handelsplus, Leistungsbilanzminus, Tourismusüberschuss); a country's reserves
  (reservas de divisas, reservas cambiais, Devisenreserven: foreign exchange reserves, not Treasuries); Treasuries
  (títulos públicos americanos, US-Schatzanleihen); holdings (estoque); holders TIC names (Luxemburg, Índia,
  Noruega, Cingapura, Países Bajos ...); net buying and selling (compras líquidas, Nettokauf), investor types.
- ``SEPARABLE``: German verbs whose particle ends the clause (nahm ... zu, gab ... nach, weitete sich ... aus).
- ``DIRECTIONS``: rise / fall / turn to a deficit or surplus in the tenses the press writes (present in headlines:
  crece, cae, sobe, recua; reflexives: se eleva, reduziu-se; abnahm), and what the readings leave doubled.

``rules(lang, stage)`` gives a language's rules: stage "periods" runs right after the month names are read (before
the language's period phrases), "words" before the language's own rules
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
_M = ("January|February|March|April|May|June|July|August|September|October|November|December")
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


#: the German ordinals' stems a place is compounded with ("drittgrößte"), in English
_DE_ORD_STEMS = {"zweit": "second", "dritt": "third", "viert": "4th", "fünft": "5th", "sechst": "6th"}
_WORDS = {"1st": "first", "überschuss": "surplus", "überschuß": "surplus", "defizit": "deficit", "bilanz": "balance", "2nd": "second",
          "3rd": "third", **_DE_ORD_STEMS}
#: the period noun after "the same" ("el mismo mes" -> month; anything else is a period)
_SAME = {"mes": "month", "mês": "month", "monat": "month", "trimestre": "quarter", "quartal": "quarter", "semestre": "half",
         "halbjahr": "half", "semana": "week", "woche": "week"}
#: a determiner before a record or a balance, in English ("un" -> "a ", "su" -> "its "; another -> "the ")
_DET_EN = {"un": "a ", "una": "a ", "um": "a ", "uma": "a ", "ein": "a ", "einen": "a ", "einem": "a ", "su": "its ", "sus": "its ",
           "seu": "its ", "sua": "its "}


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
                "same": _SAME.get((g.get("same") or "").lower(), "period"),
                "a": _DET_EN.get((g.get("a") or "").lower(), "the " if g.get("a") else "")}
        return eng.format(**vals)
    return repl


PERIODS: list[tuple[str, dict[str, list[str]]]] = [
    # a comparison word before a named month or year ("gegenüber Juni", "contra marzo", "ante 2016"): from
    ("from", {"es": [rf"(?:contra|versus|vs\.?)(?:\s+(?:el|la))?(?=\s+(?:(?:{_M})|(?:19|20)\d{{2}})\b)"],
              "pt": [rf"(?:ante|contra|versus|vs\.?)(?:\s+(?:o|a))?(?=\s+(?:(?:{_M})|(?:19|20)\d{{2}})\b)"],
              "de": [rf"(?:gegenüber|verglichen\s+mit|im\s+Vergleich\s+zu)(?:\s+de[mn])?(?=\s+(?:(?:{_M})|(?:19|20)\d{{2}})\b)"]}),
    ("so far this year", {
        "es": [r"en\s+lo\s+que\s+(?:va|llevamos|lleva)\s+(?:de|del)\s+(?:año|ejercicio)", r"en\s+lo\s+transcurrido\s+del?\s+año",
               r"desde\s+(?:el\s+)?(?:comienzo|inicio|principio)\s+(?:de|del)\s+año", r"desde\s+(?:comienzos|principios|inicios)\s+de(?:l)?\s+año",
               r"(?:en\s+)?(?:el\s+)?acumulado\s+del\s+año", r"en\s+el\s+año\s+hasta\s+la\s+fecha"],
        "pt": [r"(?:n?o\s+)?acumulado\s+(?:do|deste|no)\s+ano", r"desde\s+o\s+(?:início|começo)\s+(?:do|deste)\s+ano",
               r"(?:no|neste)\s+ano\s+até\s+(?:agora|o\s+momento)", r"até\s+agora\s+(?:neste|este)\s+ano"],
        "de": [r"seit\s+(?:Jahresbeginn|Jahresanfang|Anfang\s+des\s+Jahres|Beginn\s+des\s+Jahres|Jahresstart)",
               r"im\s+bisherigen\s+Jahr(?:esverlauf)?", r"(?:bislang|bisher)\s+in\s+diesem\s+Jahr", r"in\s+diesem\s+Jahr\s+(?:bislang|bisher)"]}),
    # the same period (the one named before): "en el mismo periodo", "no mesmo trimestre", "im gleichen Zeitraum"
    ("in the same {same}", {"es": [r"en\s+(?:el|la)\s+(?:mism[oa]|igual)\s+(?P<same>periodo|período|lapso|mes|trimestre|semestre|semana)(?!\s+(?:del?|en)\b)"],
                            "pt": [r"n[oa]\s+(?:mesm[oa]|igual)\s+(?P<same>período|m[eê]s|trimestre|semestre|semana)(?!\s+(?:d[oea]|em)\b)"],
                            "de": [r"im\s+(?:gleichen|selben)\s+(?P<same>Zeitraum|Monat|Quartal|Halbjahr)(?!\s+(?:des|im)\b)",
                                   r"in\s+der\s+(?:gleichen|selben)\s+(?P<same>Woche)(?!\s+(?:des|im)\b)"]}),
    # a span of months ("de abril a septiembre", "von April bis September")
    ("in {m1}-{m2}", {"es": [rf"(?:en\s+el\s+periodo\s+)?de\s+(?P<m1>{_M})\s+a\s+(?P<m2>{_M})(?!\s+(?:de\s+)?\d)"],
                      "pt": [rf"(?:no\s+período\s+)?de\s+(?P<m1>{_M})\s+a\s+(?P<m2>{_M})(?!\s+(?:de\s+)?\d)"],
                      "de": [rf"(?:im\s+Zeitraum\s+)?von\s+(?P<m1>{_M})\s+bis\s+(?P<m2>{_M})(?!\s+\d)"]}),
    # the N months to a month, the past N months
    ("in the {n} months to", {
        "es": [rf"(?:en\s+)?(?:el\s+per[ií]odo\s+de|los)\s+(?:últimos\s+)?{COUNT}\s+meses\s+(?:hasta|terminados\s+en|que\s+terminaron\s+en)(?:\s+(?:el|fin(?:al)?es\s+de))?"],
        "pt": [rf"(?:n?os|no\s+período\s+de)\s+(?:últimos\s+)?{COUNT}\s+meses\s+(?:até|encerrados\s+em)(?:\s+o)?"],
        "de": [rf"(?:in\s+den|binnen)\s+(?:letzten\s+)?{COUNT}\s+Monaten\s+bis(?:\s+(?:zum|Ende))?"]}),
    ("in the past {n} months", {"es": [rf"(?:en|durante)\s+los\s+últimos\s+{COUNT}\s+meses"],
                                "pt": [rf"(?:n?os|durante\s+os)\s+últimos\s+{COUNT}\s+meses"],
                                "de": [rf"(?:in\s+den|während\s+der)\s+(?:letzten|vergangenen)\s+{COUNT}\s+Monaten?"]}),
    # the end of the year, of the month
    ("at the end of the year", {"es": [r"(?:a|al)\s+(?:finales|fines|final|cierre)\s+de(?:l)?\s+año"],
                                "pt": [r"(?:no|ao)\s+(?:final|fim|encerramento)\s+do\s+ano"]}),
    ("at the end of the month", {"es": [r"(?:a|al)\s+(?:finales|fines|final|cierre)\s+de(?:l)?\s+mes"],
                                 "pt": [r"(?:no|ao)\s+(?:final|fim|encerramento)\s+do\s+m[eê]s"]}),
    # halves (the ordinal already "1st"): of the fiscal year when it says so
    ("{in}the {h} half of the fiscal year", {
        "es": [r"(?:(?P<p>en\s+)?la\s+)?(?P<h>1st|2nd)\s+mitad\s+del\s+(?:año\s+fiscal|ejercicio(?:\s+fiscal)?)"],
        "pt": [r"(?:(?P<p>n)?[oa]\s+|d[oa]\s+)?(?P<h>1st|2nd)\s+(?:semestre|metade)\s+do\s+(?:ano|exercício)\s+fiscal(?:\s+japonês)?"],
        "de": [r"(?:(?P<p>im\s+)|des\s+|das\s+|dem\s+)?(?P<h>1st|2nd)\s+(?:Halbjahr(?:es|s)?|Hälfte)\s+des\s+(?:Geschäfts|Fiskal|Haushalts|Finanz)jahres",
               r"(?:(?P<p>im\s+)|des\s+|das\s+|dem\s+)?(?P<h>1st|2nd)\s+(?:Geschäfts|Fiskal)halbjahr(?:es|s)?"]}),
    ("{in}the {h} half of the year", {"es": [r"(?:(?P<p>en\s+)?la\s+)?(?P<h>1st|2nd)\s+mitad\s+del\s+año"],
                                  "pt": [r"(?:(?P<p>n)?a\s+|da\s+)?(?P<h>1st|2nd)\s+metade\s+do\s+ano"],
                                  "de": [r"(?:(?P<p>in\s+)?der\s+|die\s+)?(?P<h>1st|2nd)\s+(?:Jahreshälfte|Hälfte\s+des\s+Jahres)"]}),
    ("{in}the {h} half", {"pt": [r"(?:(?P<p>n)?o\s+|do\s+)?(?P<h>1st|2nd)\s+semestre"],
                      "de": [r"(?:(?P<p>im\s+)|des\s+|das\s+|dem\s+)?(?P<h>1st|2nd)\s+Halbjahr(?:es|s)?"]}),
    # the fiscal year by its year ("el ejercicio 2023", "o ano fiscal de 2023", "im Geschäftsjahr 2023/24")
    ("fiscal {y}", {"es": [r"(?:el\s+)?ejercicio\s+(?:fiscal\s+)?(?:de\s+)?(?P<y>(?:19|20)\d{2})(?:[/-]\d{2,4})?"],
                    "pt": [r"(?:o\s+|no\s+|do\s+)?(?:ano|exercício)\s+fiscal(?:\s+japonês)?\s+(?:de\s+)?(?P<y>(?:19|20)\d{2})(?:[/-]\d{2,4})?"],
                    "de": [r"(?:im\s+|das\s+|des\s+)?(?:Geschäfts|Fiskal|Haushalts|Finanz)jahr(?:es|s)?\s+(?P<y>(?:19|20)\d{2})(?:/\d{2,4})?"]}),
    ("the previous fiscal year", {"pt": [r"(?:o\s+|no\s+|do\s+)?(?:ano|exercício)\s+fiscal\s+anterior"],
                                  "de": [r"(?:im\s+|des\s+)?(?:vorigen|vorangegangenen|vorherigen)\s+(?:Geschäfts|Fiskal|Haushalts|Finanz)jahr(?:es|s)?"]}),
    ("last fiscal year", {"pt": [r"(?:o\s+|no\s+|do\s+)?(?:ano|exercício)\s+fiscal\s+passado"],
                          "de": [r"(?:im\s+)?(?:abgelaufenen|vergangenen|letzten)\s+(?:Geschäfts|Fiskal|Haushalts|Finanz)jahr"]}),
    ("in the fiscal year", {"pt": [r"no\s+exercício\s+fiscal"], "de": [r"im\s+(?:Geschäfts|Fiskal|Finanz)jahr"]}),
    ("of the fiscal year", {"de": [r"des\s+(?:Geschäfts|Fiskal|Haushalts|Finanz)jahres"]}),
    # a quarter by its months ("el trimestre enero-marzo"); de: the noun's genitive
    ("the {h} quarter", {"es": [rf"(?:el\s+)?trimestre\s+(?P<h>(?:{_M})\s*[-–]\s*(?:{_M}))"],
                         "pt": [rf"(?:o\s+)?trimestre\s+(?P<h>(?:{_M})\s*[-–]\s*(?:{_M}))"],
                         "de": [rf"(?:im\s+|das\s+)?(?P<h>(?:{_M})\s*[-–]\s*(?:{_M}))-?Quartal"]}),
    ("quarter", {"de": [r"(?:Quartals|Vierteljahr(?:es|s)?)"]}),
    # the end of a month or year
    ("at the end of", {"es": [r"(?:a|al)\s+(?:fin(?:al)?|término)\s+de(?:l)?(?=\s+(?:{m}|\d{{4}}|mes|año))".format(m=_M)],
                       "pt": [r"(?:no|ao)\s+(?:final|fim|encerramento|término)\s+de(?=\s+(?:{m}|\d{{4}}))".format(m=_M)],
                       "de": [r"(?:zum|am|per)\s+Ende(?=\s+(?:{m}|\d{{4}}|des))".format(m=_M)]}),
    ("at the end of the month", {"de": [r"(?:zum\s+|am\s+)?(?:Monatsende|Ende\s+des\s+Monats)"]}),
    ("at the end of the year", {"de": [r"(?:zum\s+|am\s+)?(?:Jahresende|Ende\s+des\s+Jahres)"]}),
]

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

#: the balance-of-payments items, as the languages name them (the object of a balance word, or alone when the words
#: are the item's own: "renta primaria", not "servicios", which "bienes y servicios" also says)
_ITEMS: list[tuple[str, dict[str, list[str]], bool]] = [  # (English, forms, read alone)
    ("current account", {"es": [r"(?:balanza\s+(?:por|de|en)\s+)?cuenta\s+corriente", r"cuentas\s+corrientes"],
                         "pt": [r"(?:balança\s+de\s+|conta\s+de\s+)?transações\s+correntes", r"(?:balança|conta)\s+corrente",
                                r"contas\s+externas"],
                         "de": [r"Leistungsbilanz"]}, False),
    ("primary income", {"es": [r"(?:balanza\s+de\s+|cuenta\s+de\s+)?(?:rentas?|ingresos?|rendimientos?)\s+primari[oa]s?"],
                        "pt": [r"(?:conta\s+de\s+|balança\s+de\s+)?(?:rendas?|rendimentos?)\s+primári[oa]s?"],
                        "de": [r"Primäreinkommen(?:s|sbilanz)?"]}, True),
    ("secondary income", {"es": [r"(?:balanza\s+de\s+|cuenta\s+de\s+)?(?:rentas?|ingresos?|rendimientos?)\s+secundari[oa]s?"],
                          "pt": [r"(?:conta\s+de\s+|balança\s+de\s+)?(?:rendas?|rendimentos?)\s+secundári[oa]s?"],
                          "de": [r"Sekundäreinkommen(?:s|sbilanz)?"]}, True),
    ("services", {"es": [r"(?:balanza\s+de\s+|cuenta\s+de\s+|comercio\s+de\s+)?servicios"],
                  "pt": [r"(?:balança\s+de\s+|conta\s+de\s+|comércio\s+de\s+)?serviços"],
                  "de": [r"Dienstleistungs(?:bilanz|handel|verkehr)", r"Dienstleistungen"]}, False),
    ("travel", {"es": [r"(?:balanza\s+de\s+|cuenta\s+de\s+)?(?:viajes|turismo)"], "pt": [r"(?:balança\s+de\s+|conta\s+de\s+)?(?:viagens|turismo)"],
                "de": [r"Reiseverkehr(?:s|sbilanz)?", r"Tourismus"]}, False),
]
#: balance words: (form, English) by language; "un superávit" is "a surplus"
_BAL = {"es": [(r"super[aá]vit|excedente|saldo\s+positivo", "surplus"), (r"d[eé]ficit|saldo\s+negativo|n[uú]meros\s+rojos", "deficit"),
               (r"saldo|balance", "balance")],
        "pt": [(r"superávit|excedente|saldo\s+positivo", "surplus"), (r"déficit|saldo\s+negativo|rombo", "deficit"), (r"saldo", "balance")],
        "de": [(r"Überschu(?:ss|ß)(?:es)?|Plus", "surplus"), (r"Defizit(?:s)?|Fehlbetrag", "deficit"), (r"Saldo", "balance")]}
_DET = {"es": r"(?:(?P<a>el|un|su|los)\s+)?", "pt": r"(?:(?P<a>o|um|seu|os)\s+)?", "de": r"(?:(?P<a>der|ein|einen|einem|den|dem|des)\s+)?"}
_OF = {"es": r"\s+(?:(?:de|en|por)\s+(?:la\s+|el\s+|los\s+|las\s+)?|del\s+|en\s+materia\s+de\s+)",
       "pt": r"\s+(?:(?:de|em|por)\s+|n[oa]s?\s+|d[oa]s?\s+|na\s+conta\s+de\s+)",
       "de": r"\s+(?:in\s+der\s+|im\s+|bei\s+(?:der|den|dem)\s+|beim\s+|der\s+|des\s+)"}


def _measures() -> list[tuple[str, dict[str, list[str]]]]:
    """``MEASURES``: each item as the object of each balance word ("el superávit de la renta primaria": the primary
    income surplus), then alone where its words are its own."""
    out = []
    for eng, forms, alone in _ITEMS:
        for lang in ("es", "pt", "de"):
            for bal, bal_en in _BAL[lang]:
                out.append((f"{{a}}{eng} {bal_en}", {lang: [rf"{_DET[lang]}(?:{bal}){_OF[lang]}(?:{f})" for f in forms[lang]]}))
        if alone:
            out.append((eng, {lang: [rf"(?:(?:la|las|los|el|a|as|o|os|die|das|der|den|dem)\s+)?(?:{f})" for f in forms[lang]]
                              for lang in forms}))
    return out


MEASURES: list[tuple[str, dict[str, list[str]]]] = _measures() + [
    # the current account named alone ("la cuenta corriente registró", "a conta corrente", "die Leistungsbilanz")
    ("the current account balance", {"es": [r"(?:la\s+)?balanza\s+(?:por|de|en)\s+(?:la\s+)?cuenta\s+corriente"],
                                     "pt": [r"(?:a\s+)?balança\s+(?:de\s+transações\s+correntes|corrente)",
                                            r"(?:o\s+)?saldo\s+(?:em|das|de)\s+transações\s+correntes"]}),
    ("the current account", {"es": [r"(?:la\s+)?cuenta\s+corriente"],
                             "pt": [r"(?:a\s+)?conta\s+corrente", r"(?:as\s+)?transações\s+correntes"]}),
    # German compounds the language's own rule does not know ("Handelsplus", "Tourismusüberschuss")
    ("the trade surplus", {"de": [r"(?:de[rnm]\s+|ein(?:en|em)?\s+)?(?:Handels|Außenhandels|Exportüberschuss)-?plus", r"(?:de[rnm]\s+|ein(?:en|em)?\s+)?Exportüberschu(?:ss|ß)"]}),
    ("the trade deficit", {"de": [r"(?:de[rnm]\s+|ein(?:en|em)?\s+)?(?:Handels|Außenhandels)-?minus"]}),
    ("the current account surplus", {"de": [r"(?:de[rnm]\s+|ein(?:en|em)?\s+)?Leistungsbilanz-?plus"]}),
    ("the current account deficit", {"de": [r"(?:de[rnm]\s+|ein(?:en|em)?\s+)?Leistungsbilanz-?minus"]}),
    ("the travel {h}", {"de": [r"(?:de[rnm]\s+|ein(?:en|em)?\s+|das\s+)?(?:Tourismus|Reise)-?(?P<h>überschuss|überschuß|defizit|bilanz)"]}),
    ("the secondary income {h}", {"de": [r"(?:de[rnm]\s+|ein(?:en|em)?\s+|das\s+)?Sekundäreinkommens-?(?P<h>überschuss|überschuß|defizit|bilanz)"]}),
    # a country's reserves: not its Treasuries
    ("foreign exchange reserves", {
        "es": [r"(?:las\s+|sus\s+)?reservas\s+(?:de|en)\s+(?:divisas|moneda\s+extranjera)", r"(?:las\s+|sus\s+)?reservas\s+cambiarias"],
        "pt": [r"(?:as\s+|suas\s+)?reservas\s+(?:cambiais|em\s+moeda\s+estrangeira|de\s+divisas)"],
        "de": [r"(?:die\s+|ihre\s+|seine\s+)?(?:Devisenreserven|Währungsreserven|Devisenbestände)"]}),
    # Treasuries
    ("U.S. Treasuries", {
        "es": [r"(?:la\s+)?deuda\s+del\s+Tesoro\s+(?:de\s+)?(?:EE\.?\s?UU\.?|Estados\s+Unidos|estadounidense|norteamericano)",
               r"(?:los\s+)?(?:bonos|títulos|valores)\s+(?:soberanos|públicos)\s+(?:estadounidenses|norteamericanos)"],
        "pt": [r"(?:os\s+)?(?:títulos|papéis)\s+públicos\s+(?:americanos|norte-americanos|dos\s+(?:EUA|Estados\s+Unidos))",
               r"(?:a\s+)?dívida\s+do\s+Tesouro\s+(?:americano|norte-americano|dos\s+(?:EUA|Estados\s+Unidos))"],
        "de": [r"(?:(?:die|der|den)\s+)?(?:US-Schatzanleihen|US-Staatstitel[n]?|US-Regierungsanleihen|US-Schatzpapiere[n]?|"
               r"US-Schatzwechsel[n]?|US-Staatsschuldtitel[n]?|amerikanische[n]?\s+Staatspapiere[n]?|Treasuries)"]}),
    # holdings ("o estoque de títulos", "elevou seu estoque", "aumentaram seus estoques")
    ("holdings", {"pt": [r"(?:o\s+)?estoque\s+de\s+(?=U\.S\.|títulos|Treasuries)"]}),
    ("its holdings", {"pt": [r"(?:seu|o)\s+estoque(?!\s+de\s+(?!U\.S\.|títulos|Treasuries))", r"(?:seus|os)\s+estoques"]}),
    # holders in TIC's table the languages' own list does not name
    ("Luxembourg", {"de": [r"Luxemburg"]}), ("India", {"pt": [r"Índia"], "de": [r"Indien"]}),
    ("Norway", {"es": [r"Noruega"], "pt": [r"Noruega"], "de": [r"Norwegen"]}),
    ("Singapore", {"es": [r"Singapur"], "pt": [r"Cingapura|Singapura"], "de": [r"Singapur"]}),
    ("South Korea", {"es": [r"Corea\s+del\s+Sur"], "pt": [r"Coreia\s+do\s+Sul"], "de": [r"Südkorea"]}),
    ("Hong Kong", {"de": [r"Hongkong"]}), ("Thailand", {"es": [r"Tailandia"], "pt": [r"Tailândia"]}),
    ("Netherlands", {"es": [r"(?:los\s+)?Países\s+Bajos|Holanda"], "pt": [r"(?:a\s+)?Holanda|(?:os\s+)?Países\s+Baixos"], "de": [r"(?:die\s+)?Niederlande"]}),
    ("Philippines", {"es": [r"Filipinas"], "pt": [r"Filipinas"], "de": [r"(?:die\s+)?Philippinen"]}),
    ("Australia", {"de": [r"Australien"]}), ("Sweden", {"es": [r"Suecia"], "pt": [r"Suécia"], "de": [r"Schweden"]}),
    ("Colombia", {"pt": [r"Colômbia"], "de": [r"Kolumbien"]}),
    # net buying and selling, investors
    ("net buying", {"es": [r"(?:la\s+|una\s+)?compra\s+neta"], "pt": [r"(?:as\s+|uma\s+|a\s+)?compras?\s+líquidas?"],
                    "de": [r"(?:der\s+|einen?\s+)?Nettokauf", r"Nettozukäufe"]}),
    ("net selling", {"pt": [r"(?:as\s+|uma\s+|a\s+)?vendas?\s+líquidas?"], "de": [r"(?:der\s+|einen?\s+)?Nettoverkauf"]}),
    ("net inflows", {"pt": [r"(?:os\s+)?(?:ingressos|entradas)\s+líquid[oa]s"], "de": [r"Nettozuflüsse"]}),
    ("net outflows", {"pt": [r"(?:as\s+)?saídas\s+líquidas"], "de": [r"Nettoabflüsse"]}),
    ("long-term bonds", {"de": [r"langfristige[n]?\s+(?:Anleihen|Schuldtitel|Wertpapiere)"]}),
    ("short-term bonds", {"de": [r"kurzfristige[n]?\s+(?:Anleihen|Schuldtitel|Wertpapiere)"]}),
    ("pension funds", {"pt": [r"(?:os\s+)?fundos\s+de\s+pensão"], "de": [r"Pensionsfonds"]}),
    ("insurers", {"de": [r"(?:die\s+)?(?:Versicherer|Versicherungen|Lebensversicherer)"]}),
    ("banks", {"de": [r"(?:die\s+)?Banken"]}),
    ("investors", {"pt": [r"(?:os\s+)?investidores(?!\s+(?:japoneses|estrangeiros))"]}),
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
_STAGES = {"periods": lambda: PERIODS, "words": lambda: SEPARABLE + RECORDS + MEASURES, "after": lambda: DIRECTIONS}


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
