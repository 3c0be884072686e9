"""`ustflow check` on the readings behind true claims called contradicted (issue 13, session 13, batch 10): which
series, period or figure the checker picks when the words leave it a choice. Invented sentences; the values are the
store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim
from ustflow.check.holdings_terms import term_id, term_series
from ustflow.views.check import check_text


def _part(data, slug: str, kind: str, month: str) -> float:
    return float(term_series(data, term_id(slug, kind))[pd.Period(month, "M")])


def _fig(v: float) -> str:
    return f"${v * 1000:,.0f} million" if v < 1 else f"${v:.3f} billion"


# -- a part's move from one level to the other: both figures of the pair are the part's (``holdings_terms``) -----
@pytest.mark.parametrize("template, kind, which", [
    ("Kuwait's holdings fell in October. Short-term debt fell to {new} from {old}.", "st", "old"),
    ("Kuwait's holdings fell in October. Long-term bonds declined to {new} from {old}, the data showed.", "lt", "old"),
    ("Kuwait's holdings changed in October: its short-term securities moved by {chg} to {new}.", "st", "new"),
    ("Kuwait's holdings changed in October, and its long-term Treasuries went from {old} to {new}.", "lt", "new"),
])
def test_the_pair_of_a_part_is_the_parts(data, template, kind, which):
    new, old = _part(data, "kuwait", kind, "2022-10"), _part(data, "kuwait", kind, "2022-09")
    text = template.format(new=_fig(new), old=_fig(old), chg=_fig(abs(new - old)))
    fig = _fig(new if which == "new" else old)
    rec = by_claim(check_text(text, date="2022-12-18", store=data), fig)
    assert rec["series"] == term_id("kuwait", kind), rec
    assert rec["verdict"] == "supported", rec


def test_the_pair_of_a_part_in_japanese(data):
    new, old = _part(data, "kuwait", "lt", "2022-10"), _part(data, "kuwait", "lt", "2022-09")
    ja = lambda v: f"{int(v * 10)}億ドル"  # noqa: E731 (truncated to 100 million dollars, as papers print)
    text = f"クウェートの米国債保有は2022年10月に変化した。長期債は{ja(old)}から{ja(new)}に動いた。"
    rec = by_claim(check_text(text, date="2022-12-18", store=data), ja(new))
    assert rec["series"] == term_id("kuwait", "lt"), rec


def test_a_whole_after_a_part_is_not_the_part(data):
    """The part's words end at the conjunction: the whole after "while" is the holder's total."""
    total = float(data.series("tic.holdings.kuwait")[pd.Period("2022-10", "M")])
    st = _part(data, "kuwait", "st", "2022-10")
    text = (f"Kuwait's short-term bills rose to {_fig(st)} in October, while its holdings in total fell to "
            f"{_fig(total)}.")
    rec = by_claim(check_text(text, date="2022-12-18", store=data), _fig(total))
    assert not rec["series"].startswith("tic.holdings_term"), rec


# -- a day named just before the article, on monthly data: the day the data came out (``rulekit._release_day``) --
def _level(data, slug: str, month: str) -> float:
    return float(data.series(f"tic.holdings.{slug}")[pd.Period(month, "M")])


@pytest.mark.parametrize("template, slug", [
    ("現地時間2月15日、米財務省が発表した資料によると、中国の米国債保有額は{ja}となった。", "china_mainland"),
    ("Data released on February 15 showed Japan's holdings of Treasuries stood at ${v:.1f} billion.", "japan"),
    ("On Wednesday, Feb. 15, the Treasury said the United Kingdom held ${v:.1f} billion of US government debt.",
     "united_kingdom"),
])
def test_a_release_day_is_not_the_month_reported(data, template, slug):
    v = _level(data, slug, "2022-12")  # December's data came out on 15 February 2023
    ja = f"{int(v * 10) // 10000}兆{int(v * 10) % 10000}億ドル" if v >= 1000 else f"{int(v * 10)}億ドル"
    text = template.format(v=v, ja=ja)
    rec = by_claim(check_text(text, date="2023-02-17", store=data), ja if "{ja}" in template else f"${v:.1f} billion")
    assert rec["verdict"] == "supported" and rec["official_value"] == pytest.approx(v), rec
    assert "2022-12" in rec["explanation"], rec


def test_a_day_on_daily_data_stays_the_day(data):
    """A yield on the day named: the day is the data's own."""
    s = data.series("fred.dgs10").dropna()
    day = next(d for d in reversed(s.index) if str(d.date()) <= "2023-02-15")
    text = f"The 10-year Treasury yield closed at {s[day]:.2f}% on {day:%B} {day.day}."
    rec = by_claim(check_text(text, date="2023-02-17", store=data), f"{s[day]:.2f}%")
    assert rec["verdict"] == "supported" and str(day.date()) in rec["explanation"], rec


# -- "the largest holder of U.S. debt in September for the fourth consecutive month": a run at the top -----------
_ORD = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth"}
_MONTH = "%B"


def _having(results: list[dict], word: str) -> dict:
    got = [r for r in results if word in r["claim"]]
    assert got, [(r["claim"], r["verdict"]) for r in results]
    return got[0]


def _top_run(data, slug: str, upto: str) -> int:
    h = data.holdings().dropna(how="all")
    r = h.loc[h.index <= pd.Period(upto, "M")].rank(axis=1, ascending=False, method="min")[slug]
    k = 0
    while r.iloc[-1 - k] == 1:
        k += 1
    return k


@pytest.mark.parametrize("template, month, pub", [
    ("Japan remained the largest holder of U.S. debt in {m} for the {o} consecutive month.", "2019-09", "2019-11-19"),
    ("Japan stayed the top foreign holder of U.S. Treasuries in {m} for a {o} straight month.", "2019-10", "2019-12-17"),
    ("Tokyo was the biggest holder of U.S. government bonds in {m} 2019 for the {o} consecutive month, data showed.",
     "2019-08", "2019-10-17"),
])
def test_a_run_at_the_top_after_us_debt(data, template, month, pub):
    k = _top_run(data, "japan", month)
    assert 2 <= k <= 9
    text = template.format(m=pd.Period(month, "M").strftime(_MONTH), o=_ORD[k])
    rec = _having(check_text(text, date=pub, store=data), _ORD[k])
    assert rec["verdict"] == "supported" and "largest foreign holder" in rec["explanation"], rec


def test_a_run_of_cuts_by_the_top_holder_is_a_run_of_cuts(data):
    """The rank is an apposition; the run is the verb's ("cut its holdings for a third straight month")."""
    text = "Japan, the largest holder of U.S. debt, cut its holdings in September for the third consecutive month."
    rec = _having(check_text(text, date="2019-11-19", store=data), "third")
    assert "largest foreign holder" not in rec["explanation"], rec


# -- "up from a two-year low in May": the superlative of the level moved from (``starting_points``) ---------------
def _s(data, slug: str):
    return data.series(f"tic.holdings.{slug}").dropna()


def _mon(p) -> str:
    return p.strftime("%B %Y")


def test_from_a_low_in_a_named_month(data):
    s = _s(data, "china_mainland")
    text = f"China's holdings rebounded to ${s[pd.Period('2019-06', 'M')]:.1f} billion in June 2019, up from a two-year low in May."
    rec = _having(check_text(text, date="2019-08-16", store=data), "two-year low")
    assert rec["verdict"] == "supported" and "2019-05" in rec["explanation"], rec


def test_from_a_record_high_in_a_named_month(data):
    s = _s(data, "japan")
    peak = s.loc[:pd.Period("2016-12", "M")].idxmax()
    after = peak + 1
    text = f"Japan's holdings fell to ${s[after]:.1f} billion in {_mon(after)}, down from a record high in {_mon(peak)}."
    rec = _having(check_text(text, date=str((after + 2).start_time.date() + pd.Timedelta(days=20)), store=data),
                  "record high")
    assert rec["verdict"] == "supported" and str(peak) in rec["explanation"], rec


def test_from_their_lowest_with_no_month_is_the_month_before(data):
    s = _s(data, "grand_total")
    low = next(p for p in reversed(s.index[13:-3]) if s[p] == s.loc[p - 11:p].min() and s[p + 1] > s[p])
    text = f"Foreign holdings of Treasuries rose to ${s[low + 1]:.1f} billion in {_mon(low + 1)}, recovering from their lowest in a year."
    rec = _having(check_text(text, date=str((low + 3).start_time.date() + pd.Timedelta(days=20)), store=data),
                  "lowest")
    assert rec["verdict"] == "supported" and str(low) in rec["explanation"], rec


def test_a_low_said_of_the_figure_is_the_figures(data):
    """No "from": the superlative is the figure's own (June's level, above May's)."""
    s = _s(data, "china_mainland")
    text = f"China's holdings rose to ${s[pd.Period('2019-06', 'M')]:.1f} billion in June 2019, a two-year low."
    rec = _having(check_text(text, date="2019-08-16", store=data), "two-year low")
    assert rec["verdict"] == "contradicted" and "2019-06" in rec["explanation"], rec


def test_from_a_record_with_its_own_figure_is_that_figures(data):
    """"down from a record high of $X in May": the record is the figure's own, and it is judged on that figure."""
    s = _s(data, "japan")
    peak = s.loc[:pd.Period("2016-12", "M")].idxmax()
    after = peak + 1
    text = (f"Japan's holdings fell to ${s[after]:.1f} billion in {_mon(after)}, down from a record high of "
            f"${s[peak]:.1f} billion in {_mon(peak)}.")
    rec = _having(check_text(text, date=str((after + 2).start_time.date() + pd.Timedelta(days=20)), store=data),
                  "record high")
    assert rec["verdict"] == "supported" and str(peak) in rec["explanation"], rec

# -- "at the end of May" is May; "from the end of May" is the base of a change (``period_grammar``) ---------------
def _jp(data, month: str) -> float:
    return float(_s(data, "japan")[pd.Period(month, "M")])


@pytest.mark.parametrize("template", [
    "At the end of May, Japan held ${v:.1f} billion of U.S. Treasuries.",
    "Japan's holdings of Treasuries stood at ${v:.1f} billion at the end of May.",
    "Japan held ${v:.1f} billion of US government debt at end-May, the data showed.",
])
def test_at_the_end_of_may_is_may(data, template):
    v = _jp(data, "2019-05")
    rec = by_claim(check_text(template.format(v=v), date="2019-08-15", store=data), f"${v:.1f} billion")
    assert rec["verdict"] == "supported" and "2019-05" in rec["explanation"], rec


@pytest.mark.parametrize("template, unit", [
    ("Japan increased its holdings at a faster rate, up {p:.1f}% from the end of May.", "%"),
    ("Japan's holdings of Treasuries rose {p:.1f}% from the end of May, the Treasury said.", "%"),
    ("Japan added ${c:.1f} billion of Treasuries from the close of May.", "bn"),
])
def test_from_the_end_of_may_is_the_base(data, template, unit):
    jun, may = _jp(data, "2019-06"), _jp(data, "2019-05")
    text = template.format(p=100 * (jun / may - 1), c=jun - may)
    fig = f"{100 * (jun / may - 1):.1f}%" if unit == "%" else f"${jun - may:.1f} billion"
    rec = by_claim(check_text(text, date="2019-08-15", store=data), fig)
    assert rec["verdict"] == "supported" and "2019-05 to 2019-06" in rec["explanation"], rec


def test_may_the_verb_is_no_month(data):
    rec = by_claim(check_text("Japan's holdings may rise to $1,101.0 billion, analysts said.", date="2019-08-15",
                              store=data), "$1,101.0 billion")
    assert rec["verdict"] == "unverifiable", rec


# -- ", as of August 2021," is a period phrase, not an "as" clause (``clauses``) ---------------------------------
@pytest.mark.parametrize("text", [
    "For example, as of August 2021, Russia held more than ${v:.1f} billion of Treasuries.",
    "Russia's holdings of Treasuries, as of August 2021, stood at ${v:.2f} billion.",
    "In the data, as of August 2021, Russia still held ${v:.2f} billion of U.S. Treasuries.",
])
def test_as_of_is_the_figures_period(data, text):
    v = float(data.series("tic.holdings_ext.russia")[pd.Period("2021-08", "M")])
    shown = text.format(v=v - 0.05 if "more than" in text else v)
    rec = _having(check_text(shown, date="2022-01-20", store=data), "billion")
    assert rec["verdict"] == "supported" and "2021-08" in rec["explanation"], rec


def test_an_as_clause_still_ends_the_clause():
    from ustflow.check.clauses import clause_bounds

    s = "Japan's holdings fell to $1.1 trillion, as investors sold Treasuries in May."
    assert clause_bounds(s, s.index("$"))[1] == s.index(", as investors")
    s = "Japan's holdings fell to $1.1 trillion, as of the end of May."
    assert clause_bounds(s, s.index("$"))[1] == len(s)


# -- "In September and October 2022, ... from $1.196 trillion in August": the year the sentence opens with ---------
def _lv(data, slug: str, month: str) -> float:
    return float(_s(data, slug)[pd.Period(month, "M")])


def test_a_sentence_opened_by_two_months_of_a_year(data):
    aug, octo = _lv(data, "japan", "2022-08"), _lv(data, "japan", "2022-10")
    text = (f"In September and October 2022, Japan's Treasury holdings declined ${aug - octo:.1f} billion from "
            f"${aug / 1000:.3f} trillion in August.")
    got = check_text(text, date="2024-06-07", store=data)
    for fig in (f"${aug - octo:.1f} billion", f"${aug / 1000:.3f} trillion"):
        rec = by_claim(got, fig)
        assert rec["verdict"] == "supported" and "2022-08" in rec["explanation"], rec


def test_a_sentence_opened_by_a_year(data):
    dec, jan = _lv(data, "china_mainland", "2022-12"), _lv(data, "china_mainland", "2022-01")
    text = f"In 2022, China's holdings fell to ${dec:.1f} billion in December from ${jan:.1f} billion in January."
    got = check_text(text, date="2024-06-07", store=data)
    assert by_claim(got, f"${dec:.1f} billion")["verdict"] == "supported"
    assert by_claim(got, f"${jan:.1f} billion")["verdict"] == "supported"


def test_a_base_month_after_the_opening_month_is_the_year_before(data):
    mar, dec = _lv(data, "united_kingdom", "2023-03"), _lv(data, "united_kingdom", "2022-12")
    text = f"However, in March 2023, the UK's holdings rose to ${mar:.1f} billion from ${dec:.1f} billion in December."
    rec = by_claim(check_text(text, date="2024-06-07", store=data), f"${dec:.1f} billion")
    assert rec["verdict"] == "supported" and "2022-12" in rec["explanation"], rec


@pytest.mark.parametrize("template", [
    "Japan, which overtook China in June 2019, held ${v:.1f} billion of Treasuries in March.",
    "In March, Japan's holdings rose to ${v:.1f} billion, up from $1,000.0 billion in March 2023.",
])
def test_a_year_that_does_not_open_the_sentence_frames_nothing(data, template):
    v = _lv(data, "japan", "2024-03")
    rec = by_claim(check_text(template.format(v=v), date="2024-06-07", store=data), f"${v:.1f} billion")
    assert rec["verdict"] == "supported" and "2024-03" in rec["explanation"], rec


# -- "by $1.1 billion, up to $1.02 trillion": "up to" a level is no direction of the change (``claim_fill``) ---------
@pytest.mark.parametrize("template, slug, month, pub", [
    ("China, in second place, also reduced its portfolio of U.S. Treasuries – by ${c:.1f} billion, up to ${lv:.2f} "
     "trillion, the Treasury said.", "china_mainland", "2019-09", "2019-11-18"),
    ("Japan's holdings of Treasuries in September changed by ${c:.1f} billion – up to ${lv:.3f} trillion.", "japan", "2019-09",
     "2019-11-18"),
    ("In February, China's holdings moved by ${c:.1f} billion, up to ${lv:.3f} trillion.", "china_mainland", "2022-02",
     "2022-04-19"),
])
def test_up_to_a_level_is_no_direction(data, template, slug, month, pub):
    s = _s(data, slug)
    p = pd.Period(month, "M")
    c = abs(s[p] - s[p - 1])
    text = template.format(c=c, lv=s[p] / 1000)
    rec = by_claim(check_text(text, date=pub, store=data), f"${c:.1f} billion")
    assert rec["verdict"] == "supported", rec


def test_up_on_the_month_is_still_a_direction(data):
    s = _s(data, "japan")
    p = pd.Period("2019-09", "M")
    assert s[p] < s[p - 1]
    text = f"Japan's holdings in September moved by ${s[p - 1] - s[p]:.1f} billion, up on the month."
    rec = by_claim(check_text(text, date="2019-11-18", store=data), f"${s[p - 1] - s[p]:.1f} billion")
    assert rec["verdict"] == "contradicted", rec


# -- "(began withdrawing reserves:) Russian investment fell to $48.7 billion": a level, not a trade (``classify``) --
def _ru(data, month: str) -> float:
    return float(data.series("tic.holdings_ext.russia")[pd.Period(month, "M")])


@pytest.mark.parametrize("template, fig", [
    ("In April 2018, after new sanctions, Russia began withdrawing reserves from US treasury bonds: Russian investment "
     "fell to ${apr:.1f} billion that month and ${may:.1f} billion in May.", "may"),
    ("Russia sold Treasuries: its investment dropped to ${apr:.1f} billion in April 2018.", "apr"),
    ("Russia dumped US debt in 2018 as its investment plunged to ${apr:.1f} billion in April 2018 and to ${may:.1f} "
     "billion in May 2018.", "may"),
])
def test_a_level_after_a_selling_verb_is_a_level(data, template, fig):
    v = {"apr": _ru(data, "2018-04"), "may": _ru(data, "2018-05")}
    rec = by_claim(check_text(template.format(**v), date="2022-01-20", store=data), f"${v[fig]:.1f} billion")
    assert rec["measure"] == "holdings_level" and rec["verdict"] == "supported", rec


def test_a_sale_is_still_a_trade(data):
    chg = _ru(data, "2018-03") - _ru(data, "2018-04")
    rec = by_claim(check_text(f"Russia sold ${chg:.1f} billion of Treasuries in April 2018.", date="2022-01-20",
                              store=data), f"${chg:.1f} billion")
    assert rec["measure"] == "flow", rec


# -- "2016年 ... 過去最大の保有額減少": a calendar year's change among the years', not among rolling 12 months -----------
def _year_change(data, slug: str, year: int) -> float:
    return float(data.changes(f"tic.holdings.{slug}", 12)[pd.Period(f"{year}-12", "M")])


@pytest.mark.parametrize("template, slug, year, pub", [
    ("In {y}, Japan's holdings of Treasuries fell by ${c:.1f} billion, the largest annual decline on record.",
     "japan", 2022, "2023-02-16"),
    ("In {y}, Britain's holdings of U.S. Treasuries rose by ${c:.1f} billion, the biggest yearly increase on record.",
     "united_kingdom", 2010, "2011-02-16"),
    ("{y}年、海外勢は米国債を{ja}売却し、過去最大の保有額減少となった。", "grand_total", 2016, "2017-02-16"),
])
def test_a_years_change_is_a_record_among_years(data, template, slug, year, pub):
    c = _year_change(data, slug, year)
    ja = f"{round(abs(c) * 10)}億ドル"
    text = template.format(y=year, c=abs(c), ja=ja)
    rec = _having(check_text(text, date=pub, store=data), "過去最大" if "過去" in text else "record")
    assert rec["verdict"] == "supported", rec


def test_twelve_months_to_a_month_are_compared_with_every_twelve_months(data):
    """Not a calendar year: compared with every 12-month window (and November 2016's was the largest fall)."""
    c = float(data.changes("tic.holdings.china_mainland", 12)[pd.Period("2016-11", "M")])
    text = f"In the 12 months to November 2016, China's holdings fell by ${abs(c):.1f} billion, the largest drop on record."
    rec = _having(check_text(text, date="2017-01-19", store=data), "record")
    assert rec["verdict"] == "supported" and "2016-11" in rec["explanation"], rec


# -- "the first time since May 2017 that China is not the largest holder": the place not held (``history``) --------
@pytest.mark.parametrize("text, pub", [
    ("China's holdings were ${v:.1f} billion in February 2015, the first time since August 2008 that China was not "
     "the largest holder of U.S. Treasuries.", "2015-04-15"),
    ("Japan's holdings fell in October 2016, the first time since February 2015 that Japan was not the second-largest "
     "holder of US debt.", "2016-12-15"),
    ("In March 2025, for the first time since May 2019, China was no longer the second-largest foreign holder of "
     "Treasuries.", "2025-05-16"),
])
def test_first_time_a_place_is_not_held(data, text, pub):
    v = float(_s(data, "china_mainland")[pd.Period("2015-02", "M")])
    rec = _having(check_text(text.format(v=v), date=pub, store=data), "first time since")
    assert rec["verdict"] == "supported" and "not rank" in rec["explanation"], rec


def test_first_time_a_place_is_held_again(data):
    text = "In June 2017, China was the largest holder of U.S. Treasuries for the first time since September 2016."
    rec = _having(check_text(text, date="2017-08-16", store=data), "first time since")
    assert rec["verdict"] == "supported" and "not rank" not in rec["explanation"], rec


# -- "short-term bonds worth $15.35 billion, accounting for 13%": the part's share of its whole (``part_shares``) --
def _share(data, slug: str, kind: str, month: str) -> tuple[float, float]:
    part = _part(data, slug, kind, month)
    return part, 100 * part / float(data.series(f"tic.holdings.{slug}")[pd.Period(month, "M")])


@pytest.mark.parametrize("template, kind", [
    ("Kuwait's investments in US Treasuries in October were split between long-term bonds worth ${v:.2f} billion, or "
     "{p:.0f}% of the total, and short-term bills.", "lt"),
    ("Kuwait's holdings rose in October; short-term bonds worth ${v:.2f} billion, accounting for {p:.0f}%.", "st"),
    ("In October Kuwait held long-term Treasuries of ${v:.2f} billion, representing about {p:.0f}% of its holdings.",
     "lt"),
])
def test_a_parts_share_of_its_whole(data, template, kind):
    v, p = _share(data, "kuwait", kind, "2022-10")
    rec = _having(check_text(template.format(v=v, p=p), date="2022-12-18", store=data), f"{p:.0f}%")
    assert rec["verdict"] == "supported" and rec["series"] == term_id("kuwait", kind), rec


def test_a_holders_share_of_all_holders_is_not_a_part(data):
    """No part figure before it: the holder's share of all foreign holdings, as before."""
    text = "Kuwait's holdings of US Treasuries accounted for 0.7% of all foreign holdings in October."
    rec = by_claim(check_text(text, date="2022-12-18", store=data), "0.7%")
    assert "all foreign holders" in rec["explanation"], rec


# -- "2025年1月以降、保有が10%減少": a change since the month named, to the latest data (``japanese_periods``) --------
@pytest.mark.parametrize("template, since, pub, latest", [
    ("{y}年{m}月以降、中国の米国債の保有が{p:.0f}%減少しています。", "2025-01", "2026-01-21", "2025-11"),
    ("日本の米国債保有額は{y}年{m}月以来{p:.0f}%増加した。", "2019-05", "2019-08-16", "2019-06"),
    ("{yy}年{m}月以降、英国の米国債保有は{p:.1f}%増えた。", "2023-03", "2024-06-14", "2024-03"),
])
def test_a_japanese_since_is_a_change_to_the_latest(data, template, since, pub, latest):
    slug = {"中国": "china_mainland", "日本": "japan", "英国": "united_kingdom"}[next(k for k in ("中国", "日本", "英国") if k in template)]
    s = _s(data, slug)
    a, b = pd.Period(since, "M"), pd.Period(latest, "M")
    p = abs(100 * (s[b] / s[a] - 1))
    text = template.format(y=a.year, yy=a.year % 100, m=a.month, p=p)
    rec = _having(check_text(text, date=pub, store=data), "%")
    assert rec["verdict"] == "supported" and f"{since} to {latest}" in rec["explanation"], rec


def test_a_japanese_since_of_a_superlative_stays_a_look_back(data):
    from ustflow.check.period_grammar import Resolver

    got = Resolver(pd.Timestamp("2023-02-16").date()).find("中国の保有残高は2010年6月以来の最低を更新した。")
    assert all(p.kind != "since" for p in got), got


# -- "from $1.1662 trillion at the start of the year": January's level, or the December before (``period_grammar``) --
@pytest.mark.parametrize("template, month", [
    ("China cut its holdings by October from ${v:.4f} trillion at the start of the year.", "2012-01"),
    ("China held ${v3:.1f} billion of Treasuries at the start of 2012.", "2011-12"),
    ("At the beginning of the year, China held ${v:.4f} trillion of U.S. government debt.", "2012-01"),
])
def test_the_start_of_the_year(data, template, month):
    v = _lv(data, "china_mainland", month)
    text = template.format(v=v / 1000, v3=v)
    rec = _having(check_text(text, date="2012-12-18", store=data), "trillion" if "trillion" in template else "billion")
    assert rec["verdict"] == "supported" and month in rec["explanation"], rec


def test_since_the_start_of_the_year_is_no_start_level():
    from ustflow.check.period_grammar import Resolver

    got = Resolver(pd.Timestamp("2012-12-18").date()).find("Since the start of the year, China's holdings rose.")
    assert all(p.kind != "month" for p in got), got


# -- "Brazil is 4th ($301.2 billion)": a place with the holder's figure in brackets (``place_frames``) ---------------
_LEAD = "Japan remained the largest holder of US debt in September. "


@pytest.mark.parametrize("tail, word, rank", [
    ("Britain is third (${uk:.1f} billion), Brazil is 4th (${br:.1f} billion), followed by Ireland.", "4th", 4),
    ("Brazil was 4th (US${br:.1f} billion) and Ireland fifth.", "4th", 4),
    ("The UK ranked 3rd ($ {uk:.1f} billion) ahead of Brazil.", "3rd", 3),
])
def test_a_place_with_its_figure_in_brackets(data, tail, word, rank):
    uk, br = _lv(data, "united_kingdom", "2019-09"), _lv(data, "brazil", "2019-09")
    got = check_text(_LEAD + tail.format(uk=uk, br=br), date="2019-11-18", store=data)
    rec = _having(got, word)
    assert rec["measure"] == "rank" and rec["verdict"] == "supported" and rec["official_value"] == rank, rec


def test_a_place_with_other_words_in_brackets_is_no_place():
    from ustflow.check.place_frames import PLACE_FRAME_RX

    assert PLACE_FRAME_RX.search("Brazil is 4th (third in 2018).") is None


# -- "それまで発表してきた8437億ドル": the level published before a benchmark revision, named so (``revisions``) ----------
@pytest.mark.parametrize("text, pub", [
    ("新シリーズでは中国は2009年6月に9158億ドルを保有していた。それまで発表してきた7764億ドルという数字とは大きく違う。", "2010-03-01"),
    ("China held $1,307.0 billion of Treasuries in June 2011 on the new basis, against the previously reported "
     "$1,165.5 billion.", "2012-03-01"),
    ("Under the revised data, China's holdings in June 2008 were $535.1 billion; the figure originally published was "
     "$503.8 billion.", "2009-03-01"),
])
def test_a_level_published_before_the_revision_named_so(data, text, pub):
    old = next(x for x in ("7764億ドル", "$1,165.5 billion", "$503.8 billion") if x in text)
    rec = by_claim(check_text(text, date=pub, store=data), old)
    assert rec["verdict"] == "supported" and "old basis" in rec["explanation"], rec


def test_a_previously_reported_level_off_a_benchmark_month_is_not_old_basis(data):
    """No old basis printed for May 2010: the words change nothing."""
    v = _lv(data, "china_mainland", "2010-05")
    text = f"China's holdings in May 2010 were ${v:.1f} billion, as previously reported."
    rec = by_claim(check_text(text, date="2010-07-16", store=data), f"${v:.1f} billion")
    assert rec["verdict"] == "supported" and "old basis" not in rec["explanation"], rec


# -- a month after the holder left the Major Foreign Holders table, in a story soon after: SLT Table 3 (``holdings``) --
@pytest.mark.parametrize("template, fig", [
    ("Russia raised its holdings of US Treasuries to ${feb:.1f} billion in February from ${jan:.1f} billion in "
     "January, the Treasury Department said.", "feb"),
    ("Russian holdings of Treasuries were ${mar:.2f} billion in March 2019, down from ${feb:.2f} billion in "
     "February.", "mar"),
])
def test_a_month_after_the_holder_left_the_table_is_read_from_slt_table_3(data, template, fig):
    """The table's Russia series ends in December 2018; a story of April or May 2019 (under five months on) about
    February or March is read in SLT Table 3, which lists every country, not called unpublished."""
    assert data.series("tic.holdings.russia").dropna().index[-1] == pd.Period("2018-12", "M")
    v = {k: _ru(data, m) for k, m in (("jan", "2019-01"), ("feb", "2019-02"), ("mar", "2019-03"))}
    text = template.format(**v)
    shown = f"${v[fig]:.1f} billion" if fig == "feb" else f"${v[fig]:.2f} billion"
    rec = by_claim(check_text(text, date="2019-05-16", store=data), shown)
    assert rec["verdict"] == "supported" and rec["series"] == "tic.holdings_ext.russia", rec
    wrong = by_claim(check_text(text.replace(shown, f"${v[fig] + 3:.1f} billion"), date="2019-05-16", store=data),
                     f"${v[fig] + 3:.1f} billion")
    assert wrong["verdict"] == "contradicted", wrong


def test_a_month_inside_the_table_stays_with_the_table(data):
    """The near miss: a month the table still has (November 2018) is read there, in a story of the same weeks."""
    v = float(data.series("tic.holdings.russia")[pd.Period("2018-11", "M")])
    rec = by_claim(check_text(f"Russia held ${v:.1f} billion of Treasuries in November 2018.", date="2019-02-15",
                              store=data), f"${v:.1f} billion")
    assert rec["verdict"] == "supported" and rec["series"] == "tic.holdings.russia", rec
