"""Clauses of an earlier time inside a sentence: "after a 0.5 percent reduction in December", "since they were at $X
in January 2015", "from December, when holdings had risen ..." (``check/past_clauses.py``), a base "as of" its month,
and "November of 2016" (issue 13, session 12). Invented sentences; the expected values come from the loaded store."""

from __future__ import annotations

import pytest

from tests.helpers import claim_containing, tic_level
from ustflow.views.check import StoreData, check_text

D = "2024-05-16"  # March 2024's TIC data were out that day


@pytest.fixture(scope="module")
def data(loaded_store):
    return StoreData(loaded_store)


@pytest.mark.parametrize("past", [
    "after a 1.2 percent reduction in January",
    "after they had fallen 2 percent in January",
    "after adding $12 billion in January",
    "after its holdings had dropped by $9 billion in January",
])
def test_an_after_clause_of_an_earlier_month_does_not_date_the_main_figure(data, loaded_store, past):
    # the main clause names no period: the latest published (March 2024), not the after clause's January
    mar = tic_level(loaded_store, "united_kingdom", "2024-03")
    text = f"Britain raised its holdings of Treasuries to ${mar:.1f} billion {past}."
    rec = claim_containing(check_text(text, date=D, store=data), f"${mar:.1f} billion")
    assert rec["official_period"] == "2024-03"
    assert rec["verdict"] == "supported"


@pytest.mark.parametrize("since", ["since they were at", "since it last stood at", "since holdings had been"])
def test_a_since_clause_with_a_figure_is_its_own_figures(data, loaded_store, since):
    mar = tic_level(loaded_store, "japan", "2024-03")
    old = tic_level(loaded_store, "japan", "2022-06")
    text = f"Japan's holdings rose to ${mar:.1f} billion, the highest level {since} ${old:.1f} billion in June 2022."
    res = check_text(text, date=D, store=data)
    assert claim_containing(res, f"${mar:.1f} billion")["official_period"] == "2024-03"
    assert claim_containing(res, f"${old:.1f} billion")["official_period"] == "2022-06"


def test_an_after_clause_without_a_figure_leaves_the_period(data, loaded_store):
    # must not fire: "after the election in February" tells when, with no figure of an earlier time
    feb = tic_level(loaded_store, "united_kingdom", "2024-02")
    text = f"Britain raised its holdings of Treasuries to ${feb:.1f} billion after the election in February."
    rec = claim_containing(check_text(text, date=D, store=data), f"${feb:.1f} billion")
    assert rec["official_period"] == "2024-02"


def test_the_past_clause_does_not_date_the_next_sentence(data, loaded_store):
    mar = tic_level(loaded_store, "japan", "2024-03")
    cn = tic_level(loaded_store, "china_mainland", "2024-03")
    text = (f"China cut its holdings to ${cn:.1f} billion after a 2 percent drop in January. Japan's holdings rose to "
            f"${mar:.1f} billion.")
    rec = claim_containing(check_text(text, date=D, store=data), f"${mar:.1f} billion")
    assert rec["official_period"] == "2024-03"


@pytest.mark.parametrize("template", [
    "Japan's holdings rose 0.5 percent from January, when they had fallen to ${x} billion.",
    "Japan's holdings were up from January when holdings had slipped to ${x} billion, the lowest in a year.",
    "Japan has raised its holdings since January 2024 when the same stood at ${x} billion.",
])
def test_a_when_clause_after_a_month_is_that_months(data, loaded_store, template):
    jan = tic_level(loaded_store, "japan", "2024-01")
    text = template.replace("{x}", f"{jan:.1f}")
    rec = claim_containing(check_text(text, date=D, store=data), f"${jan:.1f} billion")
    assert rec["official_period"] == "2024-01"
    assert rec["verdict"] == "supported"


@pytest.mark.parametrize("asof", ["as of the end of February", "as of end-February", "as of February"])
def test_a_starting_level_as_of_its_month(data, loaded_store, asof):
    feb = tic_level(loaded_store, "china_mainland", "2024-02")
    mar = tic_level(loaded_store, "china_mainland", "2024-03")
    text = f"In March, China's holdings went from ${feb:.1f} billion {asof} to ${mar:.1f} billion."
    res = check_text(text, date=D, store=data)
    assert claim_containing(res, f"${feb:.1f} billion")["official_period"] == "2024-02"
    assert claim_containing(res, f"${mar:.1f} billion")["official_period"] == "2024-03"


@pytest.mark.parametrize("month", ["November of 2016", "in November of 2016", "at the end of November of 2016"])
def test_a_month_of_a_year(data, loaded_store, month):
    nov = tic_level(loaded_store, "japan", "2016-11")
    rec = claim_containing(check_text(f"Japan held ${nov:.1f} billion {month}.", date="2018-08-15", store=data),
                           f"${nov:.1f} billion")
    assert rec["official_period"] == "2016-11"


@pytest.mark.parametrize("template", [
    "Britain held ${now} billion, compared with ${before} billion.",
    "In third place came the United Kingdom with investments of {now} billion dollars, compared to {before} billion on "
    "a monthly basis.",
    "The U.K.'s holdings rose to ${now} billion versus ${before} billion, data showed.",
])
def test_a_compared_level_with_no_period_is_the_month_before(data, loaded_store, template):
    # a monthly story's bare "compared with $X" is the month before the level it is set against (judged at the
    # level's own month it was a true figure contradicted)
    now, before = tic_level(loaded_store, "united_kingdom", "2024-03"), tic_level(loaded_store, "united_kingdom", "2024-02")
    text = template.replace("{now}", f"{now:.1f}").replace("{before}", f"{before:.1f}")
    rec = claim_containing(check_text(text, date=D, store=data), f"{before:.1f} billion")
    assert rec["official_period"] == "2024-02"
    assert rec["verdict"] == "supported"


def test_a_compared_level_with_its_own_period_keeps_it(data, loaded_store):
    # must not fire: "compared with $X a year earlier" names its period
    now, year_ago = tic_level(loaded_store, "united_kingdom", "2024-03"), tic_level(loaded_store, "united_kingdom", "2023-03")
    text = f"Britain held ${now:.1f} billion, compared with ${year_ago:.1f} billion a year earlier."
    rec = claim_containing(check_text(text, date=D, store=data), f"${year_ago:.1f} billion")
    assert rec["official_period"] == "2023-03"


@pytest.mark.parametrize("text,ref,day,want", [
    ("11月1日(2826億円)と2日(2279億円)、3日(2028億円)まで介入を続けた", "2012-02-08", "3日", "2011-11-03"),
    ("政府・日銀は10月21日と24日に円買い介入を実施した", "2022-11-30", "24日", "2022-10-24"),
    ("介入は9月30日、1日の両日に及んだ", "2021-11-15", "1日", "2021-10-01"),
    # must not fire: a day in another clause ("利回りは7日に") is of the publication's month
    ("政府は5月1日に介入を実施し、利回りは7日に上昇した", "2024-06-10", "7日", "2024-06-07"),
])
def test_a_day_alone_in_a_japanese_list_of_days_takes_the_months(text, ref, day, want):
    from datetime import date

    from ustflow.check.period_grammar import Resolver

    periods = Resolver(date.fromisoformat(ref)).find(text)
    p = next(p for p in periods if text[p.span[0]:p.span[1]].startswith(day))
    assert p.start.isoformat() == want


def test_a_japanese_list_of_intervention_days_is_judged_day_by_day(data):
    text = "財務省の資料で、11月1日(2826億円)と2日(2279億円)、3日(2028億円)、4日(3062億円)の覆面介入が明らかになった。"
    res = check_text(text, date="2012-02-08", store=data)
    rec = claim_containing(res, "3062億円")
    assert rec["official_period"] == "2011-11-04"
    assert rec["verdict"] == "supported"
