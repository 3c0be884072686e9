"""Rewrite Spanish, Portuguese and German articles: their figures, periods and release vocabulary, put into the
forms the checker's English grammar reads.

The checker's grammar is English and Japanese. Spanish, Portuguese and German news about Japan's balance of
payments and MoF's securities flows (EFE, Reuters' Spanish service, the German financial press) say the same
things with the same structure: a measure (superávit por cuenta corriente, Leistungsbilanzüberschuss), a figure
(2,72 billones de yenes, 187,2 Mrd. Yen), a direction (cayó, stieg), a period (en septiembre, im Vorjahr) and
records or runs (récord, el trigésimo séptimo mes consecutivo, den sechsten Monat in Folge). ``read`` rewrites
those, and only those, into the English the grammar already reads, and ``Rewrite.restore`` gives every result
back its own words (the sentence and the figure as the article printed them). It is a reading step, not a
translator: words outside these lists are left as they are, and a sentence whose claim rests on them is not read.

What it reads, by rule rather than by article:

- **Numerals**: the decimal comma and the point between thousands (1.470,6 = 1,470.6; 6,475 = 6.475: in these
  languages a comma is decimal, unless the article writes English digits as Mexico's press does: 895,600 millones
  with 1.2 por ciento and no decimal comma; a point before one or two digits is decimal: US$1.12 billones) and the
  long scale: billón / bilião / Billion (Bill., Bio.) = 10^12; mil millones, mil milhões, Milliarde (Mrd.),
  millardo = 10^9; Brazil's bilhão = 10^9 and trilhão = 10^12 (the spelling tells Brazil's short scale from
  Portugal's long one). Figures are read as printed, so a unit slip in the article stays a slip (370,3 billones de
  yenes for 370.3 billion is 370.3 trillion, contradicted).
- **Units and signs**: yenes / ienes / Yen, dólares / Dollar, euros, Brazil's reais (R$: not dollars), por ciento /
  por cento / Prozent / %, puntos básicos / Basispunkte; about / nearly / more than (unos, cerca de, rund, knapp,
  más de, mehr als).
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

This module is the step itself (``read``, ``read_article``: the order the parts are applied in); the parts are
``check.rewrite`` (``Rewrite``, the rewrite that keeps each character's origin), ``european_text`` (the word edges and
``replace_words``), ``european_numerals`` (figures,
scales, currencies, ordinals and counts), ``european_periods`` (months, dates, period phrases) and
``european_words`` (the vocabulary tables). ``Rewrite``, ``number`` and ``ENGLISH_MONTHS`` are importable from here.
"""

from __future__ import annotations

import re

from ustflow.check import european_vocab as vocab
from ustflow.check.european_german import SWISS, de_rules
from ustflow.check.european_numerals import number, read_figures, read_number_words
from ustflow.check.european_periods import ENGLISH_MONTHS, read_periods
from ustflow.check.european_text import WORD_END, WORD_START, replace_words
from ustflow.check.european_words import COUNTRIES, RULES_ES, pt_rules
from ustflow.check.language import unread
from ustflow.check.rewrite import Rewrite

__all__ = ["LANGS", "ENGLISH_MONTHS", "Rewrite", "number", "read", "read_article"]

LANGS = ("es", "pt", "de")


def read(text: str) -> Rewrite | None:
    """``text`` read onto the English grammar when it is Spanish, Portuguese or German, else ``None``."""
    got = unread(text)
    if got is None or got[0] not in LANGS:
        return None
    lang = got[0]
    r = Rewrite(text)
    # a wire dateline's ".-" (EFE: "Tokio, 8 oct (EFE).-") as English wires write it
    r.sub(re.compile(r"(?<=[)\d])\.-(?=\s)"), " -")
    read_figures(r, lang)
    read_number_words(r, lang)
    read_periods(r, lang)
    if lang == "de":
        replace_words(r, SWISS, re.I)
    replace_words(r, [(rf"{WORD_START}(?:{pat}){WORD_END}", eng) for pat, eng in COUNTRIES], re.I)
    vocab.apply(r, lang, "words")  # the concept tables (``european_vocab``), then the language's own rules
    rules = {"es": RULES_ES, "pt": pt_rules(), "de": de_rules()}[lang]
    replace_words(r, rules, re.I)
    vocab.apply(r, lang, "after")
    r.sub(re.compile(r"[ \t]{2,}"), " ")
    # a sentence the reading made begin with an English word begins with a capital, as the sentence splitter expects
    r.sub(re.compile(r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))[a-z]", re.M),
               lambda m: None if re.search(r"\b(?:[A-Z]\.)+\s$", r.text[max(0, m.start() - 8):m.start()])
               else m.group(0).upper())  # not after "U.S. "
    return r


def read_article(text: str) -> Rewrite | None:
    """``read`` on the article's plain text (NFKC, HTML stripped, as the pipeline prepares it)."""
    from ustflow.check.text import html_to_text, looks_like_html, normalize

    plain = normalize(text)
    if looks_like_html(plain):
        plain = html_to_text(plain)[0]
    return read(plain)
