"""Figures and phrases the extractor reads in more of their forms (issue 13, session 12): a record said as "the largest
for any month"; nil intervention said without a currency ("spent no funds on intervention"); the major foreign
holders' total in Xinhua's Japanese ("主要債権者の米国債保有総額"). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from ustflow.check.extract import extract
from ustflow.check.numbers import find_amounts
from ustflow.check.period_grammar import Resolver
from ustflow.check.qualifiers import find_qualifiers
from ustflow.check.subjects import find_subjects
from ustflow.check.text import split_sentences

_R = Resolver(date(2024, 7, 9))


@pytest.mark.parametrize("text, extreme", [
    ("the primary income surplus rose to ¥4.2 trillion, the largest for any month", "max"),
    ("Net selling reached ¥3 trillion, the biggest of any single week", "max"),
    ("The surplus shrank to ¥50 billion, the smallest in any month", "min"),
])
def test_the_largest_for_any_period_is_a_record(text, extreme):
    (_, q), = find_qualifiers(text, _R)
    assert (q.kind, q.word, q.extreme) == ("extreme", "record", extreme)


def test_the_largest_for_any_holder_is_no_record():
    assert not [q for _, q in find_qualifiers("Japan's holdings were the largest for any holder", _R)
                if q.word == "record"]


@pytest.mark.parametrize("text", [
    "Japan spent no funds on intervention from December 29 through January 28.",
    "The ministry spent no money on currency intervention in May.",
    "Japan spent zero yen intervening in the market last month.",
])
def test_nil_intervention_without_a_currency(text):
    a = [x for x in find_amounts(text) if x.kind == "money"]
    assert len(a) == 1 and a[0].value == 0.0 and a[0].currency == "JPY"


def test_no_funds_for_something_else_is_no_figure():
    assert not find_amounts("No funds were left for buying stocks.")


@pytest.mark.parametrize("text", ["主要債権者の米国債保有総額は6.2503万億ドルになった。", "主要債権者の米国債保有合計は6兆2000億ドル。"])
def test_the_major_holders_total_without_gaikoku(text):
    kinds = [m.kind for m in find_subjects(text)]
    assert "foreign_total" in kinds
    c = next(c for c in extract(split_sentences(text), date(2017, 9, 19)) if c.kind == "amount")
    assert c.subject is not None and c.subject.kind == "foreign_total"
