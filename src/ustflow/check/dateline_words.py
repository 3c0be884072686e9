"""Dates in the words of European languages, for ``datelines``: the month names of the corpus's European languages
(in full and cut to three letters, as agencies' datelines print them), a date that opens a line in one of them
("16 lutego 2010", "16 de junho de 2017", "Junho 16, 2017") and a European agency's dateline ("Tokio, 8 abr (EFE).-").
Split from ``datelines`` (session 37), which reads them in its steps 2, 3 and 7."""

from __future__ import annotations

import re
from datetime import date

from ustflow.check.periods import safe_date as _mk
from ustflow.check.text import MONTHS

#: month names of European languages, for a short date line on a page in that language ("16 lutego 2010")
FOREIGN_MONTHS = {
    **dict.fromkeys(("janvier", "januar", "enero", "gennaio", "janeiro", "stycznia", "styczeń", "januari"), 1),
    **dict.fromkeys(("février", "fevrier", "februar", "febrero", "febbraio", "fevereiro", "lutego", "luty",
                     "februari"), 2),
    **dict.fromkeys(("mars", "märz", "marz", "marzo", "março", "marco", "marca", "marzec", "maart"), 3),
    **dict.fromkeys(("avril", "abril", "aprile", "kwietnia", "kwiecień"), 4),
    **dict.fromkeys(("mai", "mayo", "maggio", "maio", "maja", "maj", "mei"), 5),
    **dict.fromkeys(("juin", "juni", "junio", "giugno", "junho", "czerwca", "czerwiec"), 6),
    **dict.fromkeys(("juillet", "juli", "julio", "luglio", "julho", "lipca", "lipiec"), 7),
    **dict.fromkeys(("août", "aout", "agosto", "sierpnia", "sierpień", "augustus"), 8),
    **dict.fromkeys(("septembre", "septiembre", "settembre", "setembro", "września", "wrzesień"), 9),
    **dict.fromkeys(("octobre", "oktober", "octubre", "ottobre", "outubro", "października", "październik"), 10),
    **dict.fromkeys(("novembre", "noviembre", "novembro", "listopada", "listopad"), 11),
    **dict.fromkeys(("décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro", "grudnia", "grudzień"),
                    12),
}
_FOREIGN_DATE = re.compile(r"^\W*(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]{3,12})\.?,?\s+(?:del?\s+)?((?:19|20)\d{2})\b")
#: a month's name cut to its first three letters, as Spanish, Portuguese, German, French and Italian datelines print it
#: ("8 abr", "8 dez", "8 sep"); a cut two languages read differently is left out
_FOREIGN_ABBR = {k: v for k, v in ((n[:3], mo) for n, mo in FOREIGN_MONTHS.items())
                 if len({mo2 for n2, mo2 in FOREIGN_MONTHS.items() if n2[:3] == k}) == 1}
#: a European agency's dateline: a place (and its country), the day, the month (maybe cut), maybe the year, the wire's
#: tag and ".-": "Tokio, 8 abr (EFE).-", "Tóquio, 8 dez (EFE).-", "Tokio, Japón, 8 de noviembre del 2012.-"
EURO_DATELINE = re.compile(r"^([^\W\d_][^\W\d_ .'-]*(?:[ '-][^\W\d_]+){0,2},\s+){1,2}(\d{1,2})\.?\s+(?:de\s+)?"
                           r"([^\W\d_]{3,12})\.?(?:,?\s+(?:del?\s+)?((?:19|20)\d{2}))?\s*(?:\([^()\d]{0,20}\))?\s*\.?\s*[-—–]")
_FOREIGN_MONTH_DAY = re.compile(r"^\W*([^\W\d_]{3,12})\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b")


def foreign_date(s: str) -> date | None:
    """A date opening ``s`` with its month named in a European language: "16 lutego, 2010", "7. November 2024",
    "16 de junho de 2017", "Junho 16, 2017" (Portuguese)."""
    m = _FOREIGN_DATE.match(s)
    if m:
        dy, name, y = m.group(1), m.group(2), m.group(3)
    else:
        m = _FOREIGN_MONTH_DAY.match(s)
        if not m:
            return None
        name, dy, y = m.groups()
    mo = FOREIGN_MONTHS.get(name.lower()) or MONTHS.get(name.lower())
    return _mk(int(y), mo, int(dy)) if mo else None


def month_name(name: str) -> int | None:
    """The month a name gives in English or a European language, in full or cut to three letters ("abr", "dez")."""
    name = name.lower().rstrip(".")
    return FOREIGN_MONTHS.get(name) or MONTHS.get(name) or _FOREIGN_ABBR.get(name)
