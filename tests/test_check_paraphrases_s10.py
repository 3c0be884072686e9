"""Paraphrases of the facts behind session 10's checker rules, as another reporter would write them (issue 13: a rule
that fits one article's words and breaks on a plain paraphrase is overfit). Each test says which rule it probes.
Invented sentences; the facts are the store's own (Japan overtook China as the largest holder in June 2019, last
first in May 2017; China's holdings rose 34.3 in December 2023 but fell 50.8 over 2023; China's four monthly falls
from September to December 2025 ended in January 2026; residents' weekly net purchases of foreign bonds)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, claim_containing, series
from ustflow.views.check import check_text


def _cn(data, month: str) -> float:
    return float(data.holdings()["china_mainland"][pd.Period(month, "M")])


# 17c78b5 / ac8338d: a first-since said of a place, and the holder overtaken ---------------------------------------


@pytest.mark.parametrize("text", [
    "Japan reclaimed the No. 1 position among foreign creditors in June for the first time since May 2017.",
    "Japan reclaimed the number one spot among foreign holders in June for the first time since May 2017.",
])
def test_a_no_1_position_is_a_rank_and_its_first_since_the_places(data, text):
    r = check_text(text, date="2019-08-16", store=data)
    assert claim_containing(r, "position" if "position" in text else "spot")["verdict"] == "supported"
    assert claim_containing(r, "since May 2017")["verdict"] == "supported"
    wrong = check_text(text.replace("2017", "2016"), date="2019-08-16", store=data)
    assert claim_containing(wrong, "since May 2016")["verdict"] == "contradicted"


@pytest.mark.parametrize("second", [
    "It's the first time Japan has held that title since May 2017.",
    "It is the first time since May 2017 that Japan has occupied the position.",
])
def test_a_first_since_of_a_place_named_in_the_sentence_before_is_no_first_rise(data, second):
    # the place is in the sentence before; read as "the first rise since May 2017" it was contradicted (a rise in
    # May 2019): a guess. It is left unverifiable, never contradicted.
    text = "Japan overtook China to become the largest holder of Treasuries in June. " + second
    rec = claim_containing(check_text(text, date="2019-08-16", store=data), "since May 2017")
    assert rec["verdict"] == "unverifiable" and "place" in rec["explanation"]


@pytest.mark.parametrize("verb", ["edged past", "leapfrogged", "moved past", "overtook"])
def test_the_holder_moved_past_is_not_the_places_holder(data, verb):
    r = check_text(f"Japan {verb} China to become the largest holder of Treasuries in June.", date="2019-08-16",
                   store=data)
    rec = claim_containing(r, "largest holder")
    assert (rec["subject"], rec["verdict"]) == ("Japan", "supported")


def test_a_past_year_is_no_holder_moved_past(data):
    r = check_text("Over the past year China remained the second-largest holder of Treasuries.", date="2019-08-16",
                   store=data)
    rec = claim_containing(r, "second-largest")
    assert rec["subject"].startswith("China") and rec["verdict"] == "supported"


# a1be682: a level at a year's end with a move verb ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "China's holdings dropped to ${a} billion at the end of 2022 and to ${b} billion at the end of 2023.",
    "China's holdings dropped to ${a} billion by end-2022 and to ${b} billion by end-2023.",
    "China's holdings shrank to ${b} billion at the end of 2023, compared with ${a} billion at the end of 2022.",
    "China's holdings fell to ${b} billion at the end of 2023.",
])
def test_a_fall_to_a_year_end_level_that_rose_in_december_is_not_contradicted(data, text):
    a, b = _cn(data, "2022-12"), _cn(data, "2023-12")
    assert b < a and b > _cn(data, "2023-11")  # down over 2023, up in December
    text = text.replace("{a}", f"{a:.1f}").replace("{b}", f"{b:.1f}")
    rec = by_claim(check_text(text, date="2024-02-20", store=data), f"${b:.1f} billion")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2023-12", rec["explanation"]


def test_a_fall_in_december_that_was_a_rise_is_told_against_its_level(data):
    """Since 98969e56 (session 38) a level that matches stays supported when its verb goes against the month's move
    (the labels call all 11 such levels of the development articles supported); the explanation says the month rose."""
    b = _cn(data, "2023-12")
    text = f"China's holdings fell to ${b:.1f} billion in December."
    rec = by_claim(check_text(text, date="2024-02-20", store=data), f"${b:.1f} billion")
    assert rec["verdict"] == "supported" and "not as 'fell' says" in rec["explanation"], rec["explanation"]


def test_a_rise_to_a_year_end_level_that_fell_over_the_year_and_rose_in_december_is_supported(data):
    b = _cn(data, "2023-12")
    text = f"China's holdings rose to ${b:.1f} billion at the end of 2023."
    assert by_claim(check_text(text, date="2024-02-20", store=data), f"${b:.1f} billion")["verdict"] == "supported"


# 3844eab: a Japanese run that ended ------------------------------------------------------------------------------


@pytest.mark.parametrize("text,verdict", [
    ("中国の米国債保有額は1月に6944億ドルと、4カ月連続の減少から増加に転じた。", "supported"),
    ("中国の米国債保有額は1月に増加し、4カ月続いた減少から反転した。", "supported"),
    ("中国の米国債保有額は1月に6944億ドルと、3カ月連続の減少から増加に転じた。", "contradicted"),
    ("China's holdings rose in January, ending four straight months of declines.", "supported"),
    ("China's holdings rose in January, snapping a four-month losing streak.", "supported"),
])
def test_a_run_turned_from_is_a_run_that_ended(data, text, verdict):
    h = data.holdings()["china_mainland"]
    assert all(h[pd.Period(m, "M")] < h[pd.Period(m, "M") - 1] for m in ("2025-09", "2025-10", "2025-11", "2025-12"))
    assert h[pd.Period("2026-01", "M")] > h[pd.Period("2025-12", "M")]
    r = check_text(text, date="2026-03-19", store=data)
    runs = [x for x in r if x["measure"] in ("streak", "streak_end", "streak_before")]
    assert runs and runs[0]["verdict"] == verdict, [(x["claim"], x["verdict"]) for x in r]


# 6426e4a: the year to date in a weekly story ---------------------------------------------------------------------


@pytest.mark.parametrize("wording", [
    "Japanese investors were net sellers of foreign bonds for the year through last week, at {v} billion yen.",
    "Japanese investors bought foreign bonds last week, but they are still net sellers so far this year at {v} "
    "billion yen.",
    "Japanese investors bought foreign bonds last week. They remain net sellers for the year, having sold {v} "
    "billion yen so far.",
])
def test_the_year_to_date_of_weekly_flows_in_other_words(data, loaded_store, wording):
    s = series("mof.weekly.assets.lt_debt.net", loaded_store)
    s = s[s.index.end_time <= pd.Timestamp("2026-08-09")]
    ytd = s[s.index.end_time >= pd.Timestamp("2026-01-01")]
    v = f"{abs(float(ytd.sum())) / 10:,.1f}"
    assert float(ytd.sum()) < 0
    rec = by_claim(check_text(wording.format(v=v), date="2026-08-14", store=data), f"{v} billion yen")
    assert rec["verdict"] == "supported" and rec["official_period"].endswith("2026-08-08"), rec["explanation"]


# 4fcdab4 / 1a43cd5: a figure over two days named in two months ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "The Finance Ministry said it spent a combined {t} trillion yen defending the yen on April 29 and May 1.",
    "Japan spent {t} trillion yen on yen-buying intervention over April 29 and May 1.",
    "Japan intervened in the currency market on April 29 and May 1, spending {t} trillion yen.",
])
def test_an_intervention_on_two_days_in_two_months_is_their_sum(data, loaded_store, text):
    s = series("mof.fx_intervention.amount", loaded_store)
    total = float(s["2024-04-29":"2024-05-01"].sum())
    assert float(s["2024-04-29":"2024-04-29"].sum()) < total  # the first day alone is not it
    t = f"{total / 1000:.2f}"
    rec = by_claim(check_text(text.format(t=t), date="2024-05-31", store=data), f"{t} trillion yen")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2024-04-29..2024-05-01", rec["explanation"]


def test_each_day_with_its_own_figure_stays_its_own(data, loaded_store):
    s = series("mof.fx_intervention.amount", loaded_store)
    a, b = float(s["2024-04-29":"2024-04-29"].sum()), float(s["2024-05-01":"2024-05-01"].sum())
    text = f"Japan spent {a / 1000:.2f} trillion yen on April 29 and {b / 1000:.2f} trillion yen on May 1 intervening."
    r = check_text(text, date="2024-05-31", store=data)
    assert by_claim(r, f"{b / 1000:.2f} trillion yen")["official_period"] == "2024-05-01"


# a04a58b: a place held until an event of a period ----------------------------------------------------------------


@pytest.mark.parametrize("text,verdict", [
    ("China had been the top holder until Japan overtook it in June 2019.", "supported"),
    ("China was the largest holder until it was overtaken by Japan in June 2019.", "supported"),
    ("China remained the biggest foreign holder before Japan took the top spot in June 2019.", "supported"),
    ("China had been the top holder until Japan overtook it in June 2018.", "contradicted"),
])
def test_a_place_held_until_an_event_in_a_month(data, text, verdict):
    r = check_text(text, date="2021-06-20", store=data)
    ranks = [x for x in r if x["measure"] == "rank"]
    assert ranks[0]["subject"].startswith("China") and ranks[0]["verdict"] == verdict, ranks
    assert all(x["verdict"] == "supported" for x in ranks[1:]), ranks  # Japan's top spot, inside the clause


# 1a43cd5: a Japanese count in a window with the object between -------------------------------------------------


@pytest.mark.parametrize("text,verdict", [
    ("海外投資家は直近10週中{n}週で日本株を売り越した。", "supported"),
    ("海外投資家は過去10週のうち{n}週で日本株を売り越している。", "supported"),
    ("海外投資家は直近10週中{w}週で日本株を売り越した。", "contradicted"),
])
def test_a_japanese_count_in_a_window_with_its_object_between(data, loaded_store, text, verdict):
    s = series("mof.weekly.liabilities.equity.net", loaded_store)
    s = s[s.index.end_time <= pd.Timestamp("2026-08-09")].iloc[-10:]
    n = int((s < 0).sum())
    rec = [x for x in check_text(text.format(n=n, w=n + 1), date="2026-08-14", store=data) if x["measure"] == "count_in"]
    assert rec and rec[0]["verdict"] == verdict, rec


# b8a7353: list lines, one a line, with a tenor in the label ---------------------------------------------------------


def test_a_us_yield_line_beside_a_holders_line_is_not_a_jgb_yield(data):
    # "10Y yield: 2.41%" and "Japan: $1,078.2BN" were joined into one sentence (a digit in a label ended the list),
    # and "Japan" made the yield a JGB one: 2.41% contradicted by the JGB's -0.05%
    text = ("TIC data showed foreigners sold Treasuries in March. Market levels:\n\n"
            "10Y yield: 2.39% on Friday\nJapan: $1,078.2BN\nDollar index: 97.3\n")
    rec = by_claim(check_text(text, date="2019-05-20", store=data), "2.39%")
    assert rec["series"] == "fred.dgs10" and rec["verdict"] == "supported", rec["explanation"]


# 3844eab: all foreign holders in other Japanese words ----------------------------------------------------------------


@pytest.mark.parametrize("who", ["米国債の海外保有残高", "米国債の外国保有額", "外国による米国債保有額", "米国債の外国保有総額"])
def test_all_foreign_holders_in_japanese_words(data, who):
    total = float(data.series("tic.holdings.grand_total")[pd.Period("2026-01", "M")])
    figure = f"{int(total // 1000)}兆{round(total * 10) % 10000}億ドル"
    rec = by_claim(check_text(f"{who}は1月に{figure}となった。", date="2026-03-19", store=data), figure)
    assert (rec["subject"], rec["verdict"]) == ("all foreign holders", "supported"), rec["explanation"]


# d69c21a: a holder's stock in a ", with" clause after its place -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "China was the largest holder, with ${v} trillion at the end of November 2013.",
    "China was the largest holder, with more than $1.3 trillion in November 2013.",
])
def test_a_stock_after_a_holders_place_is_its_holdings_and_the_place_is_not_judged_today(data, text):
    v = float(data.holdings()["china_mainland"][pd.Period("2013-11", "M")])
    r = check_text(text.replace("{v}", f"{v / 1000:.2f}"), date="2016-12-20", store=data)
    fig = claim_containing(r, "trillion")
    assert (fig["measure"], fig["verdict"], fig["official_period"]) == ("holdings_level", "supported", "2013-11")
    # the place was judged at the latest month (October 2016, second): a true claim contradicted
    assert claim_containing(r, "largest holder")["verdict"] != "contradicted"


# f4d005e / 637d759: a yen level in a Japanese condition is no quote ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "ドル円が150円を超えれば介入の可能性が高まる。",
    "1ドル=150円を超えた場合、当局が介入するとの見方が多い。",
    "ドル円は150円を超えると介入警戒感が強まる。",
    "仮に1ドル=170円まで円安が進めば、輸入物価はさらに上昇する。",
])
def test_a_yen_level_in_a_condition_is_not_judged(data, text):
    r = [x for x in check_text(text, date="2024-04-29", store=data) if x["measure"] == "fx_level"]
    assert r and all(x["verdict"] == "unverifiable" for x in r), r


def test_a_yen_quote_of_the_day_is_still_judged(data):
    r = check_text("円相場は現在、1ドル=156円70銭前後で取引されている。", date="2024-04-29", store=data)
    assert by_claim(r, "156円70銭")["verdict"] == "supported"


# e19c446: a place kept for a number of months, said with the place's own words ---------------------------------------


@pytest.mark.parametrize("months,verdict", [("eight", "supported"), ("ten", "contradicted")])
def test_the_top_spot_kept_for_months(data, months, verdict):
    # Japan first from October 2016 to May 2017 (China first again in June 2017)
    text = f"Japan, which became the largest holder in October 2016, kept the top spot for {months} months."
    rec = claim_containing(check_text(text, date="2019-08-16", store=data), "the top spot")
    assert rec["verdict"] == verdict and rec["official_value"] == 8.0, rec["explanation"]


# 999804e: the month a look-back counts from, with that month's figure in other words ---------------------------------


@pytest.mark.parametrize("tail", [", the largest net sale since {m} ({v} trillion yen).",
                                  ", the biggest since {m}, when they sold {v} trillion yen.",
                                  ", the most since {m}'s {v} trillion yen."])
def test_the_figure_of_the_month_a_look_back_counts_from(data, loaded_store, tail):
    s = series("mof.monthly.assets.lt_debt.net", loaded_store)
    now, then = float(s[pd.Period("2024-06", "M")]), float(s[pd.Period("2022-06", "M")])
    assert then < now < 0 and (s[(s.index > pd.Period("2022-06", "M")) & (s.index < pd.Period("2024-06", "M"))] > now).all()
    v = f"{-then / 10000:.2f}"
    text = f"Japanese investors sold a net {-now / 10000:.2f} trillion yen of foreign bonds in June" + \
        tail.format(m="June 2022", v=v)
    r = check_text(text, date="2024-07-09", store=data)
    rec = by_claim(r, f"{v} trillion yen")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2022-06"), rec["explanation"]
    assert claim_containing(r, "since June 2022")["verdict"] == "supported"


# 3cbb524: a change of place told as background, in a relative clause ----------------------------------------------


def test_the_month_of_a_relative_clause_is_not_the_main_figures(data):
    v = float(data.holdings()["japan"][pd.Period("2019-08", "M")])  # the latest published on 2019-10-17
    assert v != float(data.holdings()["japan"][pd.Period("2019-06", "M")])
    text = f"Japan, which overtook China in June, raised its holdings to ${v / 1000:.4f} trillion."
    rec = by_claim(check_text(text, date="2019-10-17", store=data), f"${v / 1000:.4f} trillion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2019-08"), rec["explanation"]


def test_a_rank_inside_a_relative_clause_keeps_its_month(data):
    r = check_text("China, which was the largest holder in May 2019, cut its holdings.", date="2019-10-17", store=data)
    rec = claim_containing(r, "largest holder")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2019-05")


# 04d44a2 / d9b4433: a superlative's look-back, in Japanese ------------------------------------------------------------


def _last_week_bonds(loaded_store):
    s = series("mof.weekly.assets.lt_debt.net", loaded_store)
    return s[s.index.end_time <= pd.Timestamp("2026-08-09")]


@pytest.mark.parametrize("tail", ["、過去13週間で最大となった。", "、直近13週で最高だった。"])
def test_a_japanese_superlatives_look_back_is_not_the_figures_period(data, loaded_store, tail):
    s = _last_week_bonds(loaded_store)
    v = int(s.iloc[-1])
    figure = f"{v // 10000}兆{v % 10000}億円"
    text = f"8月2日-8日の週、国内投資家は外債を{figure}買い越し" + tail
    rec = by_claim(check_text(text, date="2026-08-14", store=data), figure)
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2026-08-02..2026-08-08"), rec["explanation"]


def test_a_japanese_span_with_no_superlative_stays_the_figures(data, loaded_store):
    s = _last_week_bonds(loaded_store)
    v = int(s.iloc[-4:].sum())
    figure = f"{v}億円"
    rec = by_claim(check_text(f"国内投資家は過去4週間で外債を{figure}買い越した。", date="2026-08-14", store=data), figure)
    assert rec["official_period"] == "2026-07-12..2026-08-08", rec["explanation"]


# 637d759 in English: a yen level named as a threshold is no quote ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Analysts see 150 yen per dollar as a line in the sand for intervention.",
    "Traders are watching the 150 yen level closely.",
    "Markets regard 152 yen per dollar as the threshold for action.",
])
def test_a_yen_threshold_is_not_the_days_rate(data, text):
    r = [x for x in check_text(text, date="2024-04-29", store=data) if x["measure"] == "fx_level"]
    assert r and r[0]["verdict"] == "unverifiable" and "threshold" in r[0]["explanation"], r


def test_a_yen_move_past_a_watched_level_is_still_judged(data):
    r = check_text("The yen strengthened to around 153 per dollar on Thursday, a level traders watch.", date="2024-05-02",
                   store=data)
    assert claim_containing(r, "153 per dollar")["verdict"] == "supported"
