"""Clauses of an earlier time inside a sentence: "after a 0.5 percent reduction in December", "since they were at $X
in January 2015", "from December, when holdings had risen ..." (``check/past_clauses.py``), a base "as of" its month,
and "November of 2016" (issue 13, session 12). Invented sentences; the expected values come from the loaded store."""

from __future__ import annotations

import pytest

from tests.helpers import claim_containing, tic_level
from ustflow.views.check import check_text

D = "2024-05-16"  # March 2024's TIC data were out that day


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


@pytest.mark.parametrize("base", ["the year-ago period", "the year-ago level", "the year-ago month"])
def test_a_year_ago_base(data, loaded_store, base):
    now, then = tic_level(loaded_store, "india", "2024-03"), tic_level(loaded_store, "india", "2023-03")
    text = (f"India's holdings rose to ${now:.1f} billion in March, an increase of ${now - then:.1f} billion compared to "
            f"{base}.")
    rec = claim_containing(check_text(text, date=D, store=data), f"${now - then:.1f} billion")
    assert rec["official_period"] == "2023-03 to 2024-03"


@pytest.mark.parametrize("words", ["昨年同時期", "去年同期", "昨年同月"])
def test_a_japanese_same_period_last_year(words):
    from datetime import date

    from ustflow.check.period_grammar import Resolver

    text = f"世界全体の4月の米国債保有額は6兆1690億ドル。{words}では6兆610億ドルだった。"
    periods = Resolver(date(2018, 6, 16)).find(text)
    assert [p.start.isoformat()[:7] for p in periods] == ["2018-04", "2017-04"]


@pytest.mark.parametrize("since", ["2020年11月以来の買越額となった", "2019年3月以来の売越額だった", "昨年5月以来の買い越し額を記録した"])
def test_a_japanese_since_amount_is_no_period_of_the_figure(data, since):
    # "X以来の買越額" is the most since X: the figure is the story's month (the latest published), not X
    text = f"8月の対外中長期債投資は、信託銀行(信託勘定)が1兆円と、{since}。"
    rec = claim_containing(check_text(text, date="2024-09-09", store=data), "1兆円")
    assert rec["official_period"] == "2024-08"


def test_a_japanese_month_named_with_its_level_is_kept(data):
    # must not fire: "2020年11月の買越額は…" is that month's own figure
    text = "信託銀行の2020年11月の買越額は2兆9031億円だった。"
    rec = claim_containing(check_text(text, date="2024-09-09", store=data), "2兆9031億円")
    assert rec["official_period"] == "2020-11"


def test_a_change_from_a_named_base_does_not_take_an_earlier_sentences_period(data, loaded_store):
    # "compared to the September level": the change ends after September (the latest), not at the end of 2022 told
    # in the sentence before
    dec = tic_level(loaded_store, "india", "2022-12")
    text = (f"India's holdings stood at ${dec:.1f} billion at the end of 2022. On a monthly basis, its holdings "
            f"decreased by 1.25 percent compared to the February level.")
    rec = claim_containing(check_text(text, date=D, store=data), "1.25 percent")
    assert rec["official_period"] == "2024-02 to 2024-03"


@pytest.mark.parametrize("template", [
    "India's holdings fell to ${y} billion in March, compared to the February level, which amounted to ${x} billion.",
    "India's holdings fell to ${y} billion in March from February, which stood at ${x} billion.",
    "India's holdings were ${y} billion in March, below the February total, which was ${x} billion.",
])
def test_a_which_clause_after_a_month_tells_that_months_level(data, loaded_store, template):
    feb, mar = tic_level(loaded_store, "india", "2024-02"), tic_level(loaded_store, "india", "2024-03")
    text = template.replace("{x}", f"{feb:.1f}").replace("{y}", f"{mar:.1f}")
    rec = claim_containing(check_text(text, date=D, store=data), f"${feb:.1f} billion")
    assert rec["official_period"] == "2024-02"


def test_the_previous_year_counts_from_the_period_told_before():
    from datetime import date

    from ustflow.check.period_grammar import Resolver

    text = ("By the end of October last year, holdings had reached $39.6 billion, compared to the October level of "
            "the previous year.")
    periods = Resolver(date(2024, 1, 5)).find(text)
    assert [p.start.isoformat()[:7] for p in periods] == ["2023-10", "2022-10"]
    # with no period before it, the year before the publication's, as "last year"
    alone = Resolver(date(2024, 1, 5)).find("Holdings were lower than in October of the previous year.")
    assert [p.start.isoformat()[:7] for p in alone] == ["2023-10"]


@pytest.mark.parametrize("text,ref,want", [
    ("For the first half of the current fiscal year, the surplus was a record", "2023-11-09", ("2023-04-01", "2023-09-30")),
    ("the deficit in the second half of fiscal 2023", "2024-05-10", ("2023-10-01", "2024-03-31")),
    ("in the fiscal first half the surplus rose", "2024-02-08", ("2023-04-01", "2023-09-30")),
    ("in the first half of last fiscal year", "2024-08-08", ("2023-04-01", "2023-09-30")),
    # must not fire: a calendar half
    ("in the first half of 2024", "2024-08-08", ("2024-01-01", "2024-06-30")),
])
def test_a_half_of_the_fiscal_year(text, ref, want):
    from datetime import date

    from ustflow.check.period_grammar import Resolver

    (p,) = Resolver(date.fromisoformat(ref)).find(text)
    assert (p.start.isoformat(), p.end.isoformat()) == want


@pytest.mark.parametrize("template", [
    "The U.K. increased these investments by ${ch} billion over the year, from ${a} billion (March 2023) to ${b} billion "
    "(March 2024).",
    "Britain raised its holdings by ${ch} billion, from ${a} billion in March 2023 to ${b} billion in March 2024.",
    "Britain's holdings grew ${ch} billion from ${a} billion in March 2023 to ${b} billion in March 2024.",
])
def test_a_change_told_before_the_levels_it_runs_between(data, loaded_store, template):
    a, b = tic_level(loaded_store, "united_kingdom", "2023-03"), tic_level(loaded_store, "united_kingdom", "2024-03")
    text = template.replace("{ch}", f"{b - a:.1f}").replace("{a}", f"{a:.1f}").replace("{b}", f"{b:.1f}")
    rec = claim_containing(check_text(text, date=D, store=data), f"${b - a:.1f} billion")
    assert rec["official_period"] == "2023-03 to 2024-03"
    assert rec["verdict"] == "supported"


def test_a_change_with_its_own_month_before_a_starting_level_keeps_it(data, loaded_store):
    # must not fire: no level reached with a period of its own; the change is March's, from February
    text = "Britain cut its holdings by $16 billion in March, from $690 billion in February."
    rec = claim_containing(check_text(text, date=D, store=data), "$16 billion")
    assert rec["official_period"] == "2024-02 to 2024-03"


@pytest.mark.parametrize("text,want", [
    ("The MoF intervened on April 29 and again two days later.", ("2024-05-01", "2024-05-01")),
    ("Japan sold $10 billion in March and another $5 billion two months later.", ("2024-05-01", "2024-05-31")),
    ("Holdings rose in the week ending April 6 and fell three weeks later.", ("2024-04-21", "2024-04-27")),
])
def test_n_periods_later_count_from_the_period_before(text, want):
    from datetime import date

    from ustflow.check.period_grammar import Resolver

    p = Resolver(date(2024, 8, 1)).find(text)[-1]
    assert (p.start.isoformat(), p.end.isoformat()) == want


def test_n_days_later_with_nothing_before_is_no_period():
    # must not fire: later than what is not said
    from datetime import date

    from ustflow.check.period_grammar import Resolver

    assert Resolver(date(2024, 8, 1)).find("Japan bought $5 billion two days later.") == []


@pytest.mark.parametrize("back", ["That marked the largest amount since July last year.",
                                  "This was the biggest weekly purchase since July 2016.",
                                  "It was the most since July 2016."])
def test_a_sentence_pointing_back_is_about_the_weeks_figure_not_the_week_befores(data, back):
    text = ("Japanese investors bought a net 1.821 trillion yen of foreign bonds in the week through May 13, "
            f"accelerating from their net purchases of 425.8 billion yen the week before. {back}")
    res = check_text(text, date="2017-05-18", store=data)
    rec = next(r for r in res if r["kind"] != "amount")
    assert rec["official_period"] == "2017-05-07..2017-05-13"


def test_a_which_clause_on_the_week_before_keeps_that_week(data):
    # must not fire: the qualifier is said of the earlier figure itself
    text = ("Net buying slumped to 233.2 billion yen in the week through July 27 from 601.4 billion yen in the "
            "previous week and 1.109 trillion yen the week before, which was the largest amount since September 2012.")
    res = check_text(text, date="2013-08-01", store=data)
    rec = claim_containing(res, "since September 2012")
    assert rec["official_period"] == "2013-07-07..2013-07-13"


@pytest.mark.parametrize("since", ["since they were at ${x} billion in {m}", "since it last stood at ${x} billion in {m}",
                                   "since holdings were ${x} billion in {m}"])
def test_a_since_with_the_level_it_counts_from(data, loaded_store, since):
    # "the highest level since they were at $6.22 trillion in January 2015": the look-back starts at that month
    mar = tic_level(loaded_store, "japan", "2024-03")
    x = tic_level(loaded_store, "japan", "2022-06")
    text = (f"Japan's holdings rose to ${mar:.1f} billion, the highest level "
            f"{since.replace('{x}', f'{x:.1f}').replace('{m}', 'June 2022')}.")
    rec = next(r for r in check_text(text, date=D, store=data) if r["kind"] != "amount")
    assert "2022-06" in rec["explanation"]
    assert rec["official_period"] == "2024-03"


def test_a_since_clause_with_no_level_is_still_a_look_back(data, loaded_store):
    # "since they were first sold in June 2022" names no level to count from, but its month is the look-back's, not
    # the figure's
    mar = tic_level(loaded_store, "japan", "2024-03")
    text = f"Japan's holdings rose to ${mar:.1f} billion, the highest level since they were first sold in June 2022."
    rec = claim_containing(check_text(text, date=D, store=data), f"${mar:.1f} billion")
    assert rec["official_period"] == "2024-03"


@pytest.mark.parametrize("text,want", [
    ("中国は2月まで、6カ月連続で米国債を減らし、過去1年間で492億ドル減少した", ("2014-03-01", "2015-02-28")),
    ("日本の保有額は1月に増え、過去6カ月で300億ドル増加した", ("2014-08-01", "2015-01-31")),
    ("英国は12月に保有額を減らし、直近3カ月では100億ドル減った", ("2014-10-01", "2014-12-31")),
])
def test_a_japanese_recent_span_counts_to_the_month_named_before(text, want):
    from datetime import date

    from ustflow.check.period_grammar import Resolver

    p = Resolver(date(2015, 5, 17)).find(text)[-1]
    assert (p.start.isoformat(), p.end.isoformat()) == want


def test_a_japanese_recent_span_with_no_month_before_is_the_latest():
    # must not fire: nothing named before it, the latest N months published
    from datetime import date

    from ustflow.check.period_grammar import Resolver

    (p,) = Resolver(date(2015, 5, 17)).find("中国は過去1年間で492億ドル減少した")
    assert p.is_latest and p.extra.get("months") == 12
