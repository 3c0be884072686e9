"""Which period a relative phrase counts from, and months written with a comma before the year (issue 13, session
10). Invented sentences; the expected values come from the loaded store."""

from __future__ import annotations

import pytest

from tests.helpers import claim_containing, tic_level
from ustflow.views.check import check_text

D = "2024-05-16"  # March 2024's TIC data were out that day


@pytest.mark.parametrize("lead", [
    "Japan has added about $20 billion since May. ",
    "China's holdings have dropped since October 2022. ",
    "Japan's holdings are up since the end of 2023. ",
    "日本の保有額は2023年10月以来、増えている。",
])
def test_a_look_back_does_not_anchor_a_month_earlier_in_a_later_sentence(data, loaded_store, lead):
    # "since May" is a look-back, not the story's month: "a month earlier" counts from the level it is paired with
    # (no period stated: the latest published, March 2024), so it is February 2024
    feb = tic_level(loaded_store, "united_kingdom", "2024-02")
    mar = tic_level(loaded_store, "united_kingdom", "2024-03")
    text = (f"{lead}The U.K. is the third-largest holder with ${mar:.1f} billion, up from ${feb:.1f} billion a month "
            f"earlier.")
    rec = claim_containing(check_text(text, date=D, store=data), f"${feb:.1f} billion")
    assert rec["official_period"] == "2024-02"
    assert rec["verdict"] == "supported"


@pytest.mark.parametrize("phrase", ["the largest since October, 2016", "the highest since October, 2016",
                                    "its biggest holding since October, 2016"])
def test_a_month_with_a_comma_before_its_year_is_one_month(data, phrase):
    # "since October, 2016" is October 2016, not October of the publication's year and a separate "2016"
    text = f"Japan's holdings rose in June, making them {phrase}."
    rec = claim_containing(check_text(text, date="2019-08-15", store=data), "since October, 2016")
    assert "2016-10" in rec["explanation"]
    assert rec["verdict"] == "supported"


def test_a_since_period_with_a_comma_before_its_year(data):
    # "since May, 2023" is one period, May 2023 to the latest
    rec = claim_containing(check_text("China's holdings have fallen by $50 billion since May, 2023.", date=D,
                                      store=data), "$50 billion")
    assert rec["official_period"].startswith("2023-0")


@pytest.mark.parametrize("background", [
    "Japan overtook China as the largest holder of Treasuries in January -- the first time since 2019.",
    "Japan became the biggest foreign owner of U.S. debt in January.",
    "Japan surpassed China as the top holder in January, for the first time in a year.",
])
def test_a_change_of_place_told_as_background_does_not_date_the_next_holders_figures(data, loaded_store,
                                                                                      background):
    # the story's data are March 2024's; "in January" dates the change of place only: China's figures after it,
    # with no period of their own, are the latest published
    mar = tic_level(loaded_store, "china_mainland", "2024-03")
    text = f"Japan remained the top holder in March. {background} China's holdings stood at ${mar:.1f} billion."
    rec = claim_containing(check_text(text, date=D, store=data), f"${mar:.1f} billion")
    assert rec["official_period"] == "2024-03"
    assert rec["verdict"] == "supported"


def test_the_same_holder_after_a_change_of_place_keeps_its_month(data, loaded_store):
    # "Its holdings" goes on about the holder that changed place, in that month
    jan = tic_level(loaded_store, "japan", "2024-01")
    text = (f"Japan remained the top holder in March. Japan became the biggest foreign owner of U.S. debt in January. "
            f"Its holdings stood at ${jan:.1f} billion.")
    rec = claim_containing(check_text(text, date=D, store=data), f"${jan:.1f} billion")
    assert rec["official_period"] == "2024-01"


@pytest.mark.parametrize("aside", ["(approximately 1,127 trillion won)", "(about 130 trillion yen)",
                                   "(€800 billion)"])
def test_a_closed_parenthesis_after_a_figure_does_not_hide_the_period_after_it(data, loaded_store, aside):
    # "$867 billion (approximately 1,127 trillion won) at the end of 2022": the conversion is closed before the
    # period, so the period is the figure's (it was taken from the sentence before: December 2017)
    y22 = tic_level(loaded_store, "china_mainland", "2022-12")
    y23 = tic_level(loaded_store, "china_mainland", "2023-12")
    text = (f"China's holdings fell to $1.18 trillion by the end of 2017. The decline continued, with holdings falling "
            f"to ${y22:.0f} billion {aside} at the end of 2022 and ${y23:.0f} billion at the end of 2023.")
    rec = claim_containing(check_text(text, date="2025-05-18", store=data), f"${y22:.0f} billion")
    assert rec["official_period"] == "2022-12"
    assert rec["verdict"] == "supported"


@pytest.mark.parametrize("template", [
    "3月末の外国勢の米国債保有額は{now}で、前月修正後の{before}を上回った。",
    "3月末の外国勢の米国債保有額は{now}となり、前月の改定値の{before}から増えた。",
    "外国勢の保有額は3月に{now}と、前月(修正後)の{before}から増加した。",
])
def test_a_japanese_revised_previous_month_is_the_month_before(data, loaded_store, template):
    # "前月修正後の…" is the previous month's revised level: February, not the latest published
    from tests.helpers import usd_bn_ja

    now, before = (tic_level(loaded_store, "grand_total", m) for m in ("2024-03", "2024-02"))
    text = template.format(now=usd_bn_ja(now), before=usd_bn_ja(before))
    rec = claim_containing(check_text(text, date=D, store=data), usd_bn_ja(before))
    assert rec["official_period"] == "2024-02"


@pytest.mark.parametrize("aside", [", the most in the last three weeks", ", their biggest weekly purchase over the past "
                                   "two months", " (the largest in four weeks)"])
def test_a_superlatives_look_back_after_a_figure_is_not_its_period(data, loaded_store, aside):
    # "a net ¥X, the most in the last three weeks": the three weeks are what the superlative compares, the figure is
    # the story's week (the latest published: 15-21 February 2026)
    import pandas as pd

    from tests.helpers import series

    s = series("mof.weekly.assets.equity.net", loaded_store)
    week = float(s[s.index.end_time.normalize() == pd.Timestamp("2026-02-21")].iloc[0])
    x = f"{week / 10:.1f} billion yen"
    text = f"Japanese investors bought foreign stocks of a net {x}{aside}."
    rec = claim_containing(check_text(text, date="2026-02-27", store=data), x)
    assert rec["official_period"] == "2026-02-15..2026-02-21"
    assert rec["verdict"] == "supported"


def test_a_span_that_is_the_figures_own_is_kept(data):
    # "over the last three weeks" with no superlative: the figure is the three weeks' sum
    rec = claim_containing(check_text("Japanese investors bought foreign stocks of a net 100 billion yen over the last "
                                      "three weeks.", date="2026-02-27", store=data), "100 billion yen")
    assert rec["official_period"] == "2026-02-01..2026-02-21"


def test_a_dateline_after_a_source_in_brackets_is_no_period(data):
    # "(Yicai Global) 1月21日-": when the story was filed, not the month of the place it reports
    text = "(Yicai Global) 1月21日-米国で2番目に大きい外国債権者である中国は、米国債の保有を引き上げた。"
    recs = check_text(text, date="2021-01-21", store=data)
    rank = next(r for r in recs if r["measure"] == "rank")
    assert rank["official_period"] == "2020-11"


@pytest.mark.parametrize("phrase, month", [
    ("in March last year", "2023-03"), ("in December of the previous year", "2023-12"),
    ("in March this year", "2024-03"), ("at the end of January last year", "2023-01"),
])
def test_a_month_with_a_year_relative_to_the_date_is_that_years(data, loaded_store, phrase, month):
    # "in March last year" in a 2024 story is March 2023, not March 2024 and a separate "last year"
    x = f"${tic_level(loaded_store, 'china_mainland', month):.1f} billion"
    rec = claim_containing(check_text(f"China's holdings stood at {x} {phrase}.", date=D, store=data), x)
    assert rec["official_period"] == month
    assert rec["verdict"] == "supported"


def test_the_verb_may_before_last_year_is_no_month(data):
    recs = check_text("Japan's holdings may last year have risen to $1.1 trillion.", date=D, store=data)
    assert not any((r["official_period"] or "").endswith("-05") for r in recs)


@pytest.mark.parametrize("template, month", [
    ("China's holdings fell to {a} in March from {b} three months earlier.", "2023-12"),
    ("China held {a} in March, compared with {b} two months before.", "2024-01"),
    ("China's holdings stood at {a}; six months ago they were {b}.", "2023-09"),
])
def test_n_months_earlier_counts_back_from_the_month_named(data, loaded_store, template, month):
    # "three months earlier" after "in March" is December; with no month named, from the latest published (March)
    a = f"${tic_level(loaded_store, 'china_mainland', '2024-03'):.1f} billion"
    b = f"${tic_level(loaded_store, 'china_mainland', month):.1f} billion"
    rec = claim_containing(check_text(template.format(a=a, b=b), date=D, store=data), b)
    assert rec["official_period"] == month
    assert rec["verdict"] == "supported"


def test_months_before_a_verb_is_no_period(data):
    recs = check_text("China cut its holdings for three months before raising them to $770 billion in March.", date=D,
                      store=data)
    assert not any(r["period"] == "three months before" for r in recs)


@pytest.mark.parametrize("template, month", [
    ("中国の米国債保有額は3月に{a}となり、3カ月前の{b}から減った。", "2023-12"),
    ("中国の保有額は3月末時点で{a}。2カ月前は{b}だった。", "2024-01"),
])
def test_japanese_n_months_before_counts_back_from_the_month_named(data, loaded_store, template, month):
    from tests.helpers import usd_bn_ja

    a = usd_bn_ja(tic_level(loaded_store, "china_mainland", "2024-03"))
    b = usd_bn_ja(tic_level(loaded_store, "china_mainland", month))
    rec = claim_containing(check_text(template.format(a=a, b=b), date=D, store=data), b)
    assert rec["official_period"] == month


@pytest.mark.parametrize("word, week_end", [("先週", "2026-02-21"), ("先々週", "2026-02-14")])
def test_japanese_the_week_before_last(data, loaded_store, word, week_end):
    # a story of Friday 27 February 2026: 先週 is the week to 21 February, 先々週 the week to 14 February
    import pandas as pd

    from tests.helpers import series

    s = series("mof.weekly.assets.equity.net", loaded_store)
    v = float(s[s.index.end_time.normalize() == pd.Timestamp(week_end)].iloc[0])
    ja = f"{round(v):,}億円".replace(",", "")
    text = f"国内投資家は{word}、外国株式を{ja}{'買い越した' if v > 0 else '売り越した'}。"
    rec = claim_containing(check_text(text, date="2026-02-27", store=data), ja)
    assert rec["official_period"].endswith(week_end)
