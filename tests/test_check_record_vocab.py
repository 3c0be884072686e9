"""Concept x form coverage of the English grammar of records, superlatives, look-backs, streaks and firsts (issue 13,
session 39): every entry of ``check.record_vocab``'s tables in a constructed sentence, read by the qualifier grammar
as its concept (the end of the scale, a size or a height, the look-back's span and hedge, the data's start), and the
other common forms of each concept (a record's reference, a streak's words, a first's reference). Invented sentences:
the forms are the language's, not the corpus's."""

from __future__ import annotations

from datetime import date

import pytest

from ustflow.check.period_grammar import Resolver
from ustflow.check.qualifiers import find_qualifiers
from ustflow.check.record_vocab import LOOKBACK_MODS, NOT_SEEN_WORDS, SPAN_HIGHS, SUPERLATIVES

_R = Resolver(date(2024, 9, 9))


def _only(s: str):
    found = find_qualifiers(s, _R)
    assert len(found) == 1, found
    return s[found[0][0][0]:found[0][0][1]], found[0][1]


@pytest.mark.parametrize("word", sorted(SUPERLATIVES))
def test_each_superlative_since_a_year(word):
    _, q = _only(f"The surplus came to $12 billion in May, the {word} since 2010.")
    assert (q.kind, q.extreme, q.magnitude, q.since, q.since_grain) == \
        ("extreme", *SUPERLATIVES[word], date(2010, 1, 1), "year")


@pytest.mark.parametrize("word", sorted(SUPERLATIVES))
def test_each_superlative_with_a_noun_in_a_look_back(word):
    _, q = _only(f"Holdings changed by $12 billion in May, the {word} monthly move in six years.")
    assert (q.kind, q.extreme, q.lookback, q.grain) == ("extreme", SUPERLATIVES[word][0], (72, "month", "about"), "month")


@pytest.mark.parametrize("mod", sorted(LOOKBACK_MODS))
def test_each_hedge_of_a_look_back(mod):
    _, q = _only(f"The deficit widened to $1 billion in May, the largest in {mod} two years.")
    assert q.lookback == (24, "month", LOOKBACK_MODS[mod])


@pytest.mark.parametrize("text, lookback", [
    ("the biggest in a quarter century", (300, "month", "about")),
    ("the biggest in a quarter of a century", (300, "month", "about")),
    ("the biggest in half a century", (600, "month", "about")),
    ("the largest in a decade", (120, "month", "about")),
    ("the largest in well over a decade", (120, "month", "over")),
    ("the largest for more than a decade", (120, "month", "over")),
    ("the largest in two and a half years", (30, "month", "about")),
    ("the largest in 14 weeks", (14, "week", "about")),
    ("the largest in the past 12 months", (12, "month", "about")),
])
def test_look_back_spans(text, lookback):
    phrase, q = _only(f"The deficit widened to $1 billion in May, {text}.")
    assert (phrase, q.lookback) == (text, lookback)


@pytest.mark.parametrize("span", sorted(SPAN_HIGHS))
def test_a_high_or_low_whose_span_is_a_word(span):
    phrase, q = _only(f"Holdings fell to a {span} low of $14.9 billion.")
    assert (phrase, q.kind, q.extreme, q.lookback) == (f"a {span} low", "extreme", "min", SPAN_HIGHS[span])
    _, q = _only(f"Holdings rose to a {span} high of $14.9 billion.")
    assert q.extreme == "max"


@pytest.mark.parametrize("text, lookback", [
    ("a more than decade low", (120, "month", "over")),
    ("a decade-low", (120, "month", "about")),
    ("a two-decade low", (240, "month", "about")),
    ("a 16-year low", (192, "month", "about")),
    ("a 3-month low", (3, "month", "about")),
])
def test_span_lows_hyphened_and_hedged(text, lookback):
    phrase, q = _only(f"Holdings fell to {text} of $14.9 billion.")
    assert (phrase, q.lookback) == (text, lookback)


def test_a_near_low_and_a_multi_year_low_are_no_years_low():
    """"a near 16-year low" claims nothing; "a multi-year low" is no low of the year to date."""
    assert not find_qualifiers("Holdings fell to a near 16-year low of $14.9 billion.", _R)
    _, q = _only("Holdings fell to a multi-year low of $14.9 billion.")
    assert q.since is None and q.lookback == (24, "month", "over")


@pytest.mark.parametrize("words", sorted(NOT_SEEN_WORDS))
def test_a_level_not_seen_since(words):
    _, q = _only(f"Holdings fell to levels {words} since June 2003.")
    assert (q.kind, q.extreme, q.since, q.since_grain) == ("extreme", "min", date(2003, 6, 1), "month")


@pytest.mark.parametrize("text, extreme", [
    ("a record", "max"), ("a record high", "max"), ("a record-high", "max"), ("an all-time high", "max"),
    ("a record low", "min"), ("an all-time low", "min"), ("a historic high", "max"), ("a historical low", "min"),
    ("a lifetime high", "max"), ("a lifetime low", "min"), ("a new high", "max"), ("a fresh high", "max"),
    ("a new peak", "max"), ("a new low", "min"), ("a fresh low", "min"), ("an unprecedented", "max"),
    ("the largest-ever", "max"), ("the highest on record", "max"), ("the lowest ever", "min"),
    ("the largest in history", "max"), ("the largest of all time", "max"),
])
def test_record_words(text, extreme):
    phrase, q = _only(f"Holdings went to {text} $1.3 trillion in May.")
    assert (phrase, q.kind, q.extreme) == (text, "extreme", extreme)


def test_unprecedented_qualifies_only_an_amount():
    _, q = _only("Investors bought an unprecedented amount of Italian bonds in July.")
    assert q.magnitude
    assert not find_qualifiers("The central bank kept its unprecedented easing in July.", _R)


@pytest.mark.parametrize("ref, since, grain", [
    ("since records began", None, ""), ("since records began in 1985", None, ""), ("on record", None, ""),
    ("since comparable data became available in 1985", None, ""), ("since the data became available", None, ""),
    ("in data going back to 1985", date(1985, 1, 1), "window"),
    ("in records dating back to 1985", date(1985, 1, 1), "window"),
    ("in comparable data available from 1985", date(1985, 1, 1), "window"),
    ("in data available since 1996", date(1996, 1, 1), "window"),
    ("this year", date(2024, 1, 1), "window"), ("so far this year", date(2024, 1, 1), "window"),
    ("year to date", date(2024, 1, 1), "window"),
    ("since the 2008 financial crisis", date(2008, 9, 15), "spell"),
    ("since the global financial crisis", date(2008, 9, 15), "spell"),
    ("since March 2010", date(2010, 3, 1), "month"), ("since Jan. 28", date(2024, 1, 28), "day"),
    ("since July last year", date(2023, 7, 1), "month"), ("since at least 2005", date(2005, 1, 1), "year"),
])
def test_the_references_a_superlative_counts_from(ref, since, grain):
    phrase, q = _only(f"The deficit widened to $1 billion in May, the largest {ref}.")
    assert (phrase, q.since, q.since_grain) == (f"the largest {ref}", since, grain)


@pytest.mark.parametrize("text, n, grain", [
    ("for a third straight month", 3, "month"), ("for the third consecutive month", 3, "month"),
    ("for the third month in a row", 3, "month"), ("for three straight months", 3, "month"),
    ("for three months in a row", 3, "month"), ("for the third successive month", 3, "month"),
    ("for a third month running", 3, "month"), ("for three months running", 3, "month"),
    ("for 12 weeks straight", 12, "week"),
    ("for a second straight year", 2, "year"), ("for six straight sessions", 6, "day"),
    ("in each of the past three months", 3, "month"),
])
def test_streak_forms(text, n, grain):
    phrase, q = _only(f"Holdings fell {text}.")
    assert (phrase, q.kind, q.n, q.grain) == (text, "streak", n, grain)


@pytest.mark.parametrize("text, since, grain, lookback", [
    ("for the first time since May 2023", date(2023, 5, 1), "month", None),
    ("for the first time in more than a year", None, "", (12, "month", "over")),
    ("for the first time in a decade", None, "", (120, "month", "about")),
    ("for the first time since fiscal 1959", date(1959, 4, 1), "months:12", None),
    ("for the first time since 1980", date(1980, 1, 1), "year", None),
    ("for the first time this year", date(2023, 12, 31), "window", None),
])
def test_first_since_forms(text, since, grain, lookback):
    phrase, q = _only(f"Japan posted a deficit {text}.")
    assert (phrase, q.kind, q.since, q.since_grain, q.lookback) == (text, "first_since", since, grain, lookback)
