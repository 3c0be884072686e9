"""Spanish, Portuguese and German periods read for ``check.european``: months, dates and the phrases for a period.

``read_periods`` puts month names (and a dateline's abbreviated ones) into English (``ENGLISH_MONTHS``), dates as
English writes them (8 de noviembre del 2012 = November 8, 2012; 14. Juni 2024 = June 14, 2024), 'between April
and September' as a span, and each language's period phrases into the ones the grammar reads: the same month a year
earlier (respecto al mismo mes del año anterior, zum Vorjahr, interanual), last / previous month, week and year,
the fiscal year, its halves and quarters, 'in' a month or year.
"""

from __future__ import annotations

import re

from ustflow.check import european_vocab as vocab
from ustflow.check.european_text import (
    WORD_END as _E,
    WORD_START as _B,
    replace_words as _words,
)
from ustflow.check.rewrite import Rewrite

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


def read_periods(r: Rewrite, lang: str) -> None:
    months = _MONTHS[lang]
    alt = "|".join(f"(?P<m{i}>{m})" for i, m in enumerate(months))
    rx_month = re.compile(rf"{_B}(?:{alt}){_E}", 0 if lang == "de" else re.I)

    def month(m):
        for i in range(12):
            if m.group(f"m{i}"):
                return ENGLISH_MONTHS[i]
        return None
    if lang == "de":
        r.sub(re.compile(rf"{_B}(?:{alt})wert{_E}"), lambda m: f"{month(m)}wert")  # Dezemberwert
        # "14. Juni 2024" -> "June 14, 2024"; "am 14. Juni" -> "on June 14"
        r.sub(re.compile(rf"(?<![\d.])(\d{{1,2}})\.\s*(?:{alt})(?:\s+(\d{{4}}))?{_E}"),
             lambda m: f"{month(m)} {m.group(1)}" + (f", {m.group(m.lastindex)}" if m.group(m.lastindex) and
                                                      m.group(m.lastindex).isdigit() and len(m.group(
                                                          m.lastindex)) == 4 else ""))
    else:
        # "8 de noviembre del 2012", "24 de mayo", "8 de dezembro de 2009"
        r.sub(re.compile(rf"(?<![\d.])(\d{{1,2}})\s+de\s+(?:{alt})(?:\s+(?:de|del)\s+(\d{{4}}))?{_E}", re.I),
             lambda m: f"{month(m)} {m.group(1)}" + (f", {m.group(m.lastindex)}" if m.group(m.lastindex) and
                                                      m.group(m.lastindex).isdigit() and len(m.group(
                                                          m.lastindex)) == 4 else ""))
        # "marzo de 2018", "outubro de 2008"
        r.sub(re.compile(rf"{_B}(?:{alt})\s+(?:de|del)\s+(\d{{4}}){_E}", re.I),
             lambda m: f"{month(m)} {m.group(m.lastindex)}")
    # a dateline's abbreviated month: "Tokio, 8 abr (EFE)", "Tóquio, 8 dez (EFE)"
    abbr = "|".join(f"(?P<m{i}>{a})" for i, a in enumerate(_ABBR[lang]))
    r.sub(re.compile(rf"(?<![\d.])(\d{{1,2}})\.?\s+(?:{abbr})\.?(?=\s*\()", re.I),
         lambda m: f"{month(m)} {m.group(1)}")
    between = {"es": (r"entre", r"y"), "pt": (r"entre", r"e"), "de": (r"zwischen", r"und")}[lang]
    r.sub(re.compile(rf"{_B}{between[0]}\s+(?:{alt})\s+{between[1]}\s+(?:{'|'.join(months)}){_E}", re.I),
         lambda m: m.group(0))  # kept: the month names are read below
    r.sub(rx_month, month)
    day = rf"(?:{'|'.join(ENGLISH_MONTHS)})\s+\d{{1,2}}(?:,\s+\d{{4}})?"
    r.sub(re.compile(rf"{_B}(?:entre|zwischen)\s+(?:el\s+|dem\s+|o\s+)?({day})\s+(?:y|e|und)\s+(?:el\s+|dem\s+|o\s+)?({day})", re.I),
         r"between \1 and \2")
    # "entre April y September" -> "in April-September"
    en = "|".join(ENGLISH_MONTHS)
    r.sub(re.compile(rf"{_B}{between[0]}\s+({en})\s+{between[1]}\s+({en}){_E}", re.I), r"in \1-\2")
    vocab.apply(r, lang, "periods")  # the concept tables' period forms first, then the phrases below
    _words(r, _phrases(lang, en))


#: a month named in a clause of an earlier time, right before it: "tras el dato negativo de febrero", "após a queda de
#: janeiro" (the month before the figure's, not the figure's own)
_BACK_WORD = re.compile(r"\b(?:tras|despu[eé]s\s+de|luego\s+de|ap[oó]s|depois\s+d[eoa]s?|after|following)\b[^,.;:]{0,40}$", re.I)


def _same_month(m: re.Match) -> str:
    """'del mismo mes de 2009': the month the text named last, in that year ('in February 2009'), passing over a month
    named in a clause of an earlier time ("tras el dato negativo de febrero, ... respecto al mismo mes de 2009": the
    story's March); after "from" (the comparison word read before it: "frente ao mesmo mês de 2008") the month alone,
    the base of the change ("from December 2008"), not a time of the figure's; 'the same month of 2009' when no month
    was named before."""
    text = m.string[max(0, m.start() - 600):m.start()]
    before = [x.group(0) for x in re.finditer("|".join(ENGLISH_MONTHS), text) if not _BACK_WORD.search(text, 0, x.start())]
    if not before:
        return f"the same month of {m.group(1)}"
    return f"{before[-1]} {m.group(1)}" if re.search(r"\bfrom\s*$", text) else f"in {before[-1]} {m.group(1)}"


def _phrases(lang: str, en: str) -> list:
    """The language's period phrases (the same month a year earlier, last / previous month, week and year, the
    fiscal year, its halves and quarters, 'in' a month or year) as the English the grammar reads; ``en``: the
    English month names as one alternation (the month names are read into English before these rules)."""
    if lang == "es":
        return [
            (rf"{_B}(?:respecto\s+(?:a|al|del|de)|con\s+respecto\s+al?|en\s+comparación\s+con(?:\s+el)?)(?=\s)", "from"),
            (rf"{_B}frente\s+al?(?=\s+(?:(?:el\s+|la\s+)?(?:mismo|misma|año|mes|semana|periodo|período|trimestre)\b|{en}|\d{{4}}))",
             "from"),
            # "a partir del pasado noviembre": since last November
            (rf"{_B}a\s+partir\s+(?:del|de\s+la)\s+pasad[oa]\s+(?:mes\s+de\s+)?({en}){_E}", r"since last \1"),
            (rf"{_B}a\s+partir\s+de(?:l)?(?=\s)", "since"),
            (rf"{_B}(?:el|la)\s+pasad[oa]\s+(?:mes\s+de\s+)?({en}){_E}", r"last \1"),
            (rf"{_B}({en})\s+pasado{_E}", r"last \1"),
            (rf"{_B}(?:en\s+|(?:el|la)\s+del\s+)?(?:el\s+)?mismo\s+mes\s+del\s+año\s+(?:anterior|pasado){_E}", "a year earlier"),
            (rf"{_B}(?:en\s+|(?:el|la)\s+del\s+)?(?:el\s+)?mismo\s+(?:semestre|periodo|período)\s+(?:del\s+año\s+(?:anterior|pasado)|de\s+\d{{4}}){_E}",
             "a year earlier"),
            (rf"{_B}(?:en\s+|del\s+|(?:el|la)\s+del\s+)?(?:el\s+)?mismo\s+mes\s+(?:de|en)\s+(\d{{4}}){_E}", _same_month),
            # "en diciembre del año anterior" (a story of February 2019): December of the year before the story's
            (rf"{_B}({en})\s+(?:del|de)\s+año\s+(?:anterior|pasado){_E}", r"\1 last year"),
            (rf"{_B}(?:(?:el|del|al)\s+)?año\s+pasado{_E}", "last year"),
            (rf"{_B}(?:(?:el|del|al)\s+)?año\s+anterior{_E}", "the previous year"),
            (rf"{_B}un\s+año\s+antes{_E}", "a year earlier"), (rf"{_B}un\s+mes\s+antes{_E}", "a month earlier"),
            (rf"{_B}(?:(?:el|del|al)\s+)?mes\s+pasado{_E}", "last month"),
            # EFE's "ejercicio" (the fiscal year): "en el ejercicio previo", "el pasado ejercicio"
            (rf"{_B}(?:en\s+|del\s+|al\s+)?(?:el\s+|la\s+)?ejercicio\s+(?:previo|anterior){_E}", "the previous fiscal year"),
            (rf"{_B}(?:en\s+)?(?:el\s+)?pasado\s+ejercicio{_E}|{_B}(?:en\s+)?(?:el\s+)?ejercicio\s+pasado{_E}", "last fiscal year"),
            (rf"{_B}(?:(?:el|del|al)\s+)?mes\s+anterior{_E}", "the previous month"),
            (rf"{_B}(?:(?:la|de\s+la|a\s+la)\s+)?semana\s+pasada{_E}", "last week"),
            (rf"{_B}(?:(?:la|de\s+la|a\s+la)\s+)?semana\s+anterior{_E}", "the previous week"),
            (rf"{_B}la\s+semana\s+(?:hasta|al)\s+el{_E}", "the week to"),
            (rf"{_B}la\s+semana\s+que\s+(?:finalizó|terminó|concluyó)\s+el{_E}", "the week ended"),
            (rf"{_B}este\s+año{_E}|{_B}en\s+lo\s+que\s+va\s+del?\s+años?{_E}", "this year"),  # so far this year
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
            # "De mayo del 2013 a mayo del 2014": from one month to another (the months are read into English above)
            (rf"{_B}(?:de|desde)\s+((?:{en})\s+\d{{4}})\s+(?:a|hasta)\s+((?:{en})\s+\d{{4}}){_E}", r"from \1 to \2"),
            (rf"{_B}con\s+({en}){_E}", r"in \1"),  # "con febrero son ya trece los meses": the run counted to February
            (rf"{_B}de\s+({en})\s+(\d{{4}}){_E}", r"of \1 \2"),
        ]
    elif lang == "pt":
        return [
            (rf"{_B}(?:frente\s+(?:ao|à|a)|em\s+relação\s+(?:ao|à|a)|na\s+comparação\s+com(?:\s+o)?)(?=\s)", "from"),
            (rf"{_B}(?:o|a)\s+passad[oa]\s+({en}){_E}", r"last \1"),
            (rf"{_B}({en})\s+passado{_E}", r"last \1"),
            (rf"{_B}(?:ao|o|do|no)?\s*mesmo\s+m[eê]s\s+do\s+ano\s+(?:anterior|passado){_E}", "a year earlier"),
            (rf"{_B}(?:ao|o|do|no)?\s*mesmo\s+m[eê]s\s+(?:de|em)\s+(\d{{4}}){_E}", _same_month),
            (rf"{_B}({en})\s+do\s+ano\s+(?:anterior|passado){_E}", r"\1 last year"),
            (rf"{_B}(?:o|do|no)\s+ano\s+passado{_E}", "last year"),
            (rf"{_B}(?:o|do|no)\s+ano\s+anterior{_E}", "the previous year"),
            (rf"{_B}um\s+ano\s+antes{_E}", "a year earlier"),
            (rf"{_B}(?:o|do|no)\s+m[eê]s\s+passado{_E}", "last month"),
            (rf"{_B}(?:o|do|no)\s+m[eê]s\s+anterior{_E}", "the previous month"),
            (rf"{_B}(?:a|da|na)\s+semana\s+passada{_E}", "last week"),
            (rf"{_B}(?:a|da|na)\s+semana\s+anterior{_E}", "the previous week"),
            (rf"{_B}este\s+ano{_E}", "this year"),
            (rf"{_B}(?:na\s+)?(?:comparação\s+)?(?:anual|interanual){_E}", "from a year earlier"),
            (rf"{_B}(?:o\s+)?ano\s+fiscal(?:\s+japonês)?{_E}", "fiscal year"),
            (rf"{_B}semestre{_E}", "half"), (rf"{_B}trimestre{_E}", "quarter"),
            (rf"{_B}(?:em|no)\s+({en}){_E}", r"in \1"), (rf"{_B}em\s+(\d{{4}}){_E}", r"in \1"),
            (rf"{_B}de\s+({en})\s+(\d{{4}}){_E}", r"of \1 \2"),
        ]
    else:
        return [
            (rf"{_B}(?:im\s+)?vergangenen\s+Jahr{_E}", "last year"),
            (rf"{_B}(?:zum|gegenüber\s+dem|im\s+Vergleich\s+zum)\s+Vorjahr(?:esmonat|eszeitraum)?{_E}", "from a year earlier"),
            (rf"{_B}(?:im\s+)?Vorjahresmonat{_E}", "a year earlier"),
            (rf"{_B}im\s+Vorjahr{_E}", "a year earlier"),
            (rf"{_B}(?:im\s+)?Vormonat{_E}", "the previous month"),
            (rf"{_B}im\s+Monatsvergleich{_E}", "from the previous month"),
            (rf"{_B}im\s+Jahresvergleich{_E}", "from a year earlier"),
            (rf"{_B}(?:im\s+)?vergangenen\s+Monat{_E}", "last month"),
            (rf"{_B}(?:in\s+der\s+)?vergangenen\s+Woche{_E}", "last week"),
            (rf"{_B}(?:das|im)\s+(?:Geschäfts|Fiskal|Haushalts)jahr{_E}", "fiscal year"),
            (rf"{_B}(?:Geschäfts|Fiskal|Haushalts)jahr{_E}", "fiscal year"),
            (rf"{_B}Halbjahr{_E}", "half"), (rf"{_B}Quartal{_E}", "quarter"),
            (rf"{_B}(?:im|in)\s+({en}){_E}", r"in \1"), (rf"{_B}im\s+Jahr\s+(\d{{4}}){_E}", r"in \1"),
            (rf"{_B}({en})wert{_E}", r"\1 figure"),
        ]
