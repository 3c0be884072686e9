"""The forms of a look-back, a run and a size the checker reads (issue 13, session 12): a part of a year in "a 2.5-yr
high", "a 1-1/2-year low", "a 2½-year high"; a first with commas in what it is of ("its first yen-buying,
dollar-selling intervention in some 24 years"); a Japanese size named by its noun after 以来 ("2012年3月以来の増加幅",
"2020年11月以来の買越額": the largest since); a headline's present tense ("holdings dip for fourth month"); an ordinal
run of moves named by a noun ("the fourth consecutive rise"). Invented sentences, read by the qualifier grammar."""

from __future__ import annotations

from datetime import date

import pytest

from ustflow.check.period_grammar import Resolver
from ustflow.check.qualifiers import find_qualifiers

_R = Resolver(date(2024, 9, 9))


def _one(s: str):
    found = find_qualifiers(s, _R)
    assert len(found) == 1, found
    return found[0][1]


@pytest.mark.parametrize("text, months", [
    ("Japan's key bond yield hits 2.5-yr high after the policy change", 30),
    ("The 10-year yield rose to a 1-1/2-year high on Tuesday", 18),
    ("The yen slid to a 2½-year low against the dollar", 30),
    ("The yield hit a 16-year high", 192),
    ("Holdings fell to a 3-yr low in May", 36),
])
def test_a_part_of_a_year_in_a_look_back(text, months):
    q = _one(text)
    assert q.kind == "extreme" and q.lookback[:2] == (months, "month")


@pytest.mark.parametrize("text, months", [
    ("Japan conducted its first yen-buying, dollar-selling intervention in some 24 years", 288),
    ("China made its first large, broad-based sale in about three years", 36),
    ("It was their first net sale, a small one, in 14 months", 14),
])
def test_a_first_with_commas_in_what_it_is_of(text, months):
    q = _one(text)
    assert q.kind == "first_since" and q.lookback[:2] == (months, "month")


def test_a_comma_does_not_join_a_first_to_a_later_clause():
    assert not find_qualifiers("for the first time in March, up 5% in 3 months", _R)


@pytest.mark.parametrize("text, since", [
    ("単月では2012年3月以来の増加幅を記録した", date(2012, 3, 1)),
    ("信託銀行が2兆8069億円と、2020年11月以来の買越額となった", date(2020, 11, 1)),
    ("生命保険会社は2019年5月以来の売り越し額となった", date(2019, 5, 1)),
    ("保有額は2021年6月以来の減少幅だった", date(2021, 6, 1)),
])
def test_a_japanese_size_named_by_its_noun_is_the_largest_since(text, since):
    q = _one(text)
    assert (q.kind, q.extreme, q.since, q.magnitude) == ("extreme", "max", since, True)


def test_a_size_noun_without_since_is_no_record():
    assert not find_qualifiers("増加幅は64億ドルだった", _R)


@pytest.mark.parametrize("text, n, direction", [
    ("India's US treasury holdings dip for fourth month, reach $57.9 bn", 4, -1),
    ("Japan's Treasury holdings slip for third month", 3, -1),
    ("Foreign holdings of Treasuries sink for fifth week", 5, -1),
])
def test_a_headlines_present_tense_run(text, n, direction):
    q = _one(text)
    assert (q.kind, q.n, q.direction) == ("streak", n, direction)


@pytest.mark.parametrize("text, n, direction", [
    ("China's holdings rose to $1.104 trillion, which is the fourth consecutive rise", 4, 1),
    ("Japan cut its holdings to $1.06 trillion, its third straight decline", 3, -1),
    ("Belgium's holdings fell to $300 billion, the fifth successive drop", 5, -1),
])
def test_an_ordinal_run_of_moves_named_by_a_noun(text, n, direction):
    q = _one(text)
    assert (q.kind, q.n, q.direction) == ("streak", n, direction)


def test_a_consecutive_noun_that_is_no_move_is_no_run():
    assert not [q for _, q in find_qualifiers("It was the second consecutive meeting of the panel", _R)
                if q.kind == "streak"]


@pytest.mark.parametrize("text, host", [
    ("China held $1.104 trillion, compared to $1.095 trillion at the end of January, which is the fourth consecutive "
     "rise.", "$1.104 trillion"),
    ("Japan cut its holdings to $1.06 trillion in March, which was the third straight monthly decline.",
     "$1.06 trillion"),
    ("Taiwan's holdings rose to $290 billion in June, compared with $285 billion in May, which was the fifth "
     "consecutive increase.", "$290 billion"),
])
def test_a_closing_which_clause_comments_on_the_main_figure(text, host):
    from ustflow.check.extract import extract
    from ustflow.check.text import split_sentences

    q = next(c for c in extract(split_sentences(text), date(2021, 4, 18)) if c.kind == "qualifier")
    assert q.host is not None and q.sentence.text[q.host.span[0]:q.host.span[1]] == host


def test_a_which_clause_with_its_own_figure_is_no_comment():
    from ustflow.check.clauses import comment_on_before

    s = "China, which held $1.1 trillion in May, cut its holdings for a third month."
    assert not comment_on_before(s, (s.index("for a third"), len(s)))
