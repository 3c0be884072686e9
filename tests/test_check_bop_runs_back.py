"""Runs and records of a BoP balance said in a sentence that points back at the figure before it ("It was the fourth
consecutive month of decline and the steepest fall since January 2017, when the surplus sagged 88.9 percent"): the
figure in the since's when-clause is that month's, not the host; the run's base (from a year before) is the one its
figure's sentence (else the story) names; a compound ordinal ("sixty-sixth") is counted whole. Invented sentences;
expected verdicts computed from the store's own BoJ series (``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

import pytest

from tests.helpers import as_read, series
from ustflow.views.check import check_text

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_ORD = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh"}


def _yoy_fall_run(store):
    """A month in surplus ending a run of 2-6 falls from a year before, the run's length, and the y/y percent."""
    s = series("boj.bop.bpbp6jyncb", store)
    d = (s - s.shift(12)).dropna()
    for p in d.index[::-1]:
        k = 0
        while p - k in d.index and d[p - k] < 0:
            k += 1
        if 2 <= k <= 6 and p - k in d.index and s[p] > 0 and s[p - 12] > 0:
            return p, k, float(s[p]), 100 * (s[p] / s[p - 12] - 1)
    raise AssertionError("no such run")


@pytest.mark.parametrize("text, off, ok", [
    ("It was the {o} consecutive month of decline.", 0, "supported"),
    ("That marked the {o} straight month of decline.", 0, "supported"),
    ("It was the {o} consecutive month of decline.", 1, "contradicted"),
])
def test_a_run_pointing_back_counts_on_the_base_its_figures_sentence_names(data, loaded_store, text, off, ok):
    p, k, v, pct = _yoy_fall_run(loaded_store)
    story = (f"Japan's current account surplus shrank in {_MONTHS[p.month - 1]}, government data showed.\n\n"
             f"The surplus came to {v / 10000:.2f} trillion yen in {_MONTHS[p.month - 1]}, down {abs(pct):.1f} percent "
             f"from the same month last year.\n\n" + text.format(o=_ORD[k + off]))
    recs = check_text(story, date=(p + 2).to_timestamp().strftime("%Y-%m-10"), store=data)
    got = [r for r in recs if r["measure"] == "streak"]
    assert got and as_read(got[0]) == ok and got[0]["official_period"] == str(p), recs


def test_a_figure_in_a_since_when_clause_hosts_no_qualifier():
    from datetime import date

    from ustflow.check.extract import extract
    from ustflow.check.text import split_sentences

    s = ("The surplus fell 40.1 percent in October.\n\nIt was the fourth consecutive month of decline and the steepest "
         "fall since January 2017, when the surplus sagged 88.9 percent.")
    claims = extract(split_sentences(s), date(2018, 12, 10))
    quals = [c for c in claims if c.kind == "qualifier"]
    assert quals and all(c.host is None or "88.9" not in c.host.claim_text for c in quals)
    assert all(c.period is None or c.period.label != "January 2017" for c in quals)


@pytest.mark.parametrize("phrase, n", [
    ("marking its sixty-sixth consecutive month with a positive balance", 66),
    ("the twenty-first straight month of surplus", 21),
    ("the sixth consecutive month of surplus", 6),
])
def test_a_compound_ordinal_counts_whole(phrase, n):
    from datetime import date

    from ustflow.check.period_grammar import Resolver
    from ustflow.check.qualifiers import find_qualifiers

    got = [q for _, q in find_qualifiers(f"Japan logged a surplus, {phrase}.", Resolver(date(2020, 2, 10))) if q.kind == "streak"]
    assert got and got[0].n == n


def test_a_since_when_month_is_no_period_for_the_sentences_after(data, loaded_store):
    p, _, v, pct = _yoy_fall_run(loaded_store)
    imports = series("boj.bop.bpbp6jynim", loaded_store)
    story = (f"Japan's current account surplus came to {v / 10000:.2f} trillion yen in {_MONTHS[p.month - 1]}, down "
             f"{abs(pct):.1f} percent from a year earlier.\n\n"
             f"It was the steepest fall since January {p.year - 1}, when the surplus sagged 50.0 percent.\n\n"
             f"Imports rose to {imports[p] / 10000:.2f} trillion yen in the month.")
    recs = check_text(story, date=(p + 2).to_timestamp().strftime("%Y-%m-10"), store=data)
    got = [r for r in recs if r["claim"].startswith(f"{imports[p] / 10000:.2f}")]
    assert got and got[0]["official_period"] == str(p), got


@pytest.mark.parametrize("text", [
    "It was China's largest surplus since 2015.",
    "That was the second straight month of decline for China's surplus.",
])
def test_a_qualifier_naming_another_country_is_not_hosted_on_japans_balance(data, loaded_store, text):
    p, _, v, pct = _yoy_fall_run(loaded_store)
    story = (f"Japan's current account surplus came to {v / 10000:.2f} trillion yen in {_MONTHS[p.month - 1]}, down "
             f"{abs(pct):.1f} percent from a year earlier.\n\n" + text)
    recs = check_text(story, date=(p + 2).to_timestamp().strftime("%Y-%m-10"), store=data)
    assert not [r for r in recs if r["measure"] in ("streak", "extreme") and r["verdict"] != "unverifiable"], recs
