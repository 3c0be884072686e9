"""`ustflow check` on streak, count, "since" and record phrases in the shapes real articles use, in English
and Japanese (issue 13, session 4). Each rule is stated generally and tested on invented sentences;
the expected counts and verdicts are computed here from the loaded store (the real mirror files)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read, by_claim, run_length, series
from ustflow.views.check import check_text


@pytest.fixture(scope="module")
def japan_rises(loaded_store):
    s = series("tic.holdings.japan", loaded_store)
    return s.diff().dropna()


@pytest.mark.parametrize("text, phrase", [
    # an ordinal period "of" a direction, a count of "consecutive" moves, and the adjective grain
    ("Japan's holdings of Treasuries rose $19.4 billion in March, the third month of increases.",
     "the third month of increases"),
    ("Japan's holdings of Treasuries rose in March, marking three consecutive increases.",
     "three consecutive increases"),
    ("Japan's holdings of U.S. Treasuries rose to $1.167 trillion in March, a third consecutive monthly increase.",
     "a third consecutive monthly"),
])
def test_streak_shapes_count_the_run_to_the_figure(data, japan_rises, text, phrase):
    n = run_length(japan_rises, pd.Period("2024-03", "M"), 1)
    rec = by_claim(check_text(text, date="2024-05-20", store=data), phrase)
    assert rec["official_value"] == n
    assert rec["verdict"] == ("supported" if n == 3 else "contradicted")
    assert rec["official_period"] == "2024-03"


def test_the_run_named_after_of_sets_the_direction(data, japan_rises):
    # "the second month of net buying": a run of rises, whatever the figure's own verb
    n = run_length(japan_rises, pd.Period("2024-01", "M"), 1)
    rec = by_claim(check_text("Japan's holdings of Treasuries changed in January, the second month of net buying.",
                              date="2024-03-20", store=data), "the second month of net buying")
    assert "rises" in rec["explanation"]
    assert rec["official_value"] == n
    assert rec["verdict"] == ("supported" if n == 2 else "contradicted")


def test_a_week_long_trend_is_a_streak(data, loaded_store):
    s = series("mof.weekly.assets.lt_debt.net", loaded_store)
    wk = pd.Period("2024-03-16", "W-SAT")
    n = run_length(s, wk, -1)
    rec = by_claim(check_text("Japanese investors extended a three week-long selling trend, selling 500 billion yen "
                              "of foreign bonds last week.", date="2024-03-20", store=data),
                   "a three week-long selling trend")
    assert rec["official_value"] == n
    assert rec["verdict"] == ("supported" if n == 3 else "contradicted")


def test_successive_weekly_inflows(data, loaded_store):
    s = series("mof.weekly.liabilities.equity.net", loaded_store)
    n = run_length(s, pd.Period("2024-03-09", "W-SAT"), 1)
    rec = by_claim(check_text("Foreign investors made second successive weekly inflows into Japanese stocks.",
                              date="2024-03-20", store=data), "second successive weekly")
    assert rec["official_value"] == n
    assert rec["official_period"] == "2024-03-03..2024-03-09"


def test_japanese_streak_with_its_direction(data, loaded_store):
    s = series("mof.monthly.assets.lt_debt.net", loaded_store)
    n = run_length(s, pd.Period("2024-09", "M"), 1)
    r = check_text("9月の対外中長期債投資は+2兆3314億円と、2カ月連続の買い越しだった。", date="2024-11-20", store=data)
    fig = by_claim(r, "+2兆3314億円")  # a signed Japanese numeral, read whole
    assert fig["official_value"] == s[pd.Period("2024-09", "M")]
    assert fig["verdict"] == "supported"
    rec = by_claim(r, "2カ月連続")
    assert rec["official_value"] == n
    assert rec["verdict"] == ("supported" if n == 2 else "contradicted")


def test_japanese_direction_after_the_particle(data, loaded_store):
    # "4兆4881億円の取得超": the direction word follows the figure after "の" (a net purchase), not only a size
    v = series("mof.monthly.assets.lt_debt.net", loaded_store)[pd.Period("2024-10", "M")]
    rec = by_claim(check_text("10月の対外証券投資(中長期債)は4兆4881億円の取得超となった。", date="2024-11-20", store=data),
                   "4兆4881億円")
    assert as_read(rec) == ("supported" if v > 0 else "contradicted")
    assert "direction" in rec["explanation"] or v > 0


def _record_since(s: pd.Series, p, ref: pd.Period) -> bool:
    """Is the value at ``p`` beyond every earlier value (a record), with data beginning before ``ref``?"""
    return bool((s[s.index < p] >= s[p]).sum() == 0 and s.index[0] < ref) if s[p] > 0 else \
        bool((s[s.index < p] <= s[p]).sum() == 0 and s.index[0] < ref)


@pytest.mark.parametrize("text, phrase", [
    ("Japanese investors sold a net 4.49 trillion yen of foreign bonds in October, the most since June 2022.",
     "the most since June 2022"),
    ("10月の対外中長期債投資は4兆4881億円の売り越しで、2022年6月以来の大きさとなった。", "2022年6月以来の大きさ"),
])
def test_since_claim_on_a_record_is_wrong(data, loaded_store, text, phrase):
    # a value beyond every earlier one in data that begin before the date named is a record: "the most
    # since June 2022" understates it, and the checker says so
    s = series("mof.monthly.assets.lt_debt.net", loaded_store)
    p = pd.Period("2024-10", "M")
    rec = by_claim(check_text(text, date="2024-11-20", store=data), phrase)
    if _record_since(s, p, pd.Period("2022-06", "M")):
        assert as_read(rec) == "contradicted"
        assert "is a record" in rec["explanation"]
    else:
        last = s[(s.index < p) & (s <= s[p])].index[-1]
        assert rec["verdict"] == ("supported" if last.year == 2022 and last.month in (5, 6) else "contradicted")


def test_since_the_start_of_the_data_stays_supported(data, loaded_store):
    s = series("mof.monthly.assets.lt_debt.net", loaded_store)
    p = pd.Period("2024-10", "M")
    rec = by_claim(check_text("Japanese investors sold a net 4.49 trillion yen of foreign bonds in October, the most "
                              "since 2005.", date="2024-11-20", store=data), "the most since 2005")
    beaten_after_2005 = (s[(s.index < p) & (s.index.year >= 2005)] < s[p]).any()
    assert s.index[0].year == 2005
    assert rec["verdict"] == ("contradicted" if beaten_after_2005 else "supported")


def test_japanese_record_words(data, loaded_store):
    s = series("mof.monthly.assets.lt_debt.net", loaded_store)
    p = pd.Period("2024-10", "M")
    record = s[p] < 0 and (s[s.index < p] > s[p]).all()
    rec = by_claim(check_text("10月の対外中長期債投資は4兆4881億円の売り越しで、最大の売り越しとなった。",
                              date="2024-11-20", store=data), "最大の売り越し")
    assert rec["verdict"] == ("supported" if record else "contradicted")


def test_japanese_first_in_n_months(data, loaded_store):
    # "Nカ月ぶりの売り越し": the first net sale in N months (Japanese counts the months between the two sales)
    s = series("mof.monthly.assets.lt_debt.net", loaded_store)
    p = pd.Period("2024-10", "M")
    last = s[(s.index < p) & (s < 0)].index[-1]
    gap = (p - last).n
    r = check_text("10月の対外中長期債投資は▲4兆4881億円と、3カ月ぶりの売り越しとなった。", date="2024-11-20", store=data)
    assert by_claim(r, "▲4兆4881億円")["verdict"] == "supported"
    assert by_claim(r, "3カ月ぶり")["verdict"] == ("supported" if gap == 3 else "contradicted")


def test_a_qualifier_on_a_figure_far_from_its_series_is_unverifiable(data, loaded_store):
    # the figure is of the other sign than the series it was matched to: the article may mean another series
    # or period, so "the most since 2020" is not judged on this one
    s = series("mof.weekly.assets.lt_debt.net", loaded_store)
    wk = pd.Period("2024-03-09", "W-SAT")
    assert s[wk] > 0
    r = check_text(f"Japanese investors sold a net {s[wk] / 10000:.2f} trillion yen of foreign bonds last week, the most "
                   f"since 2020.", date="2024-03-15", store=data)
    rec = by_claim(r, "the most since 2020")
    assert rec["verdict"] == "unverifiable"
    assert "far from the official series" in rec["explanation"]


def test_a_unit_slip_keeps_the_qualifier_judged(data, loaded_store):
    # MoF's yen amount printed as dollars is a unit error in the figure, not another series: the streak on it stands
    s = series("mof.weekly.assets.lt_debt.net", loaded_store)
    wk = pd.Period("2024-03-09", "W-SAT")
    n = run_length(s, wk, 1)
    r = check_text(f"Japanese investors invested a net ${s[wk] / 10:,.1f} billion into long-term foreign bonds last week, "
                   f"extending weekly net purchases into a second consecutive week.", date="2024-03-15", store=data)
    assert "unit error" in by_claim(r, f"${s[wk] / 10:,.1f} billion")["explanation"]
    rec = by_claim(r, "into a second consecutive week")
    assert rec["official_value"] == n
    assert rec["verdict"] == ("supported" if n == 2 else "contradicted")


def test_japanese_tic_story_levels_from_the_previous_month(data, loaded_store):
    # "前月" is the month before the story's month (not the month before publication); "...から増加" is the
    # starting level of a change, "保有額は..." the level
    jp = series("tic.holdings.japan", loaded_store)
    may, apr = pd.Period("2019-05", "M"), pd.Period("2019-04", "M")
    text = (f"米財務省が発表した5月の対米証券投資統計によると、日本の保有額は{jp[may] / 1000:.0f}兆{jp[may] % 1000 * 10:.0f}"
            f"億ドルと、前月の{jp[apr] / 1000:.0f}兆{jp[apr] % 1000 * 10:04.0f}億ドルから増加した。")
    r = [x for x in check_text(text, date="2019-07-17", store=data) if x["claim"].endswith("億ドル")]
    assert [(x["official_period"], x["official_value"], x["verdict"]) for x in r] == \
        [(str(may), jp[may], "supported"), (str(apr), jp[apr], "supported")]


def test_japanese_treasury_net_purchases_and_since(data, loaded_store):
    # "財務省証券投資は...の売り越し": TIC's net purchases of Treasuries (a net figure: transactions first);
    # "225億3000万ドル" is rounded to ten million dollars; "2015年6月以降で最高": the highest since
    s = series("tic.forms.grand_total.treasury_net", loaded_store)
    may = pd.Period("2019-05", "M")
    v = s[may]
    oku, man = divmod(round(abs(v), -1), 100)  # USD mn -> 億 and 万 (10 mn = 1000万)
    text = f"海外投資家による5月の財務省証券投資は{oku:.0f}億{man * 100:.0f}万ドルの{'買い越し' if v > 0 else '売り越し'}となった。"
    rec = by_claim(check_text(text, date="2019-07-17", store=data), f"{oku:.0f}億{man * 100:.0f}万ドル")
    assert rec["verdict"] == "supported"
    assert rec["official_value"] == v
    since = s[(s.index < may) & (s * (1 if v > 0 else -1) >= abs(v))].index[-1]
    r = check_text(f"海外投資家による5月の財務省証券投資は{oku:.0f}億{man * 100:.0f}万ドルの{'買い越し' if v > 0 else '売り越し'}"
                   f"となり、{since.year}年{since.month}月以降で最大となった。", date="2019-07-17", store=data)
    assert by_claim(r, f"{since.year}年{since.month}月以降で最大となった")["verdict"] == "supported"


def test_a_look_back_across_a_tic_break_cannot_be_told(data, loaded_store):
    # December 2011 is a TIC series break with no like-for-like change: "the first fall in three months" in March
    # 2012 depends on it, so it is unverifiable (not contradicted by the fall before the break)
    from ustflow.views.check import StoreData as _SD

    ch = _SD(loaded_store).changes("tic.holdings.japan", 1)
    assert pd.Period("2011-12", "M") not in ch.dropna().index
    r = check_text("Japan's holdings of Treasuries fell in March 2012 for the first time in three months.",
                   date="2012-05-21", store=data)
    rec = by_claim(r, "for the first time in three months")
    assert rec["verdict"] == "unverifiable"
    assert "break" in rec["explanation"]


def test_extending_a_streak_to_n_months(data, japan_rises):
    p = pd.Period("2024-03", "M")
    n = run_length(japan_rises, p, 1)
    r = check_text("Japan increased its Treasury holdings in March, extending its buying streak to three months.",
                   date="2024-05-20", store=data)
    rec = by_claim(r, "extending its buying streak to three months")
    assert rec["official_value"] == n
    assert rec["verdict"] == ("supported" if n == 3 else "contradicted")


def test_japanese_dollar_and_yen_groups_are_rounded_to_their_last_non_zero_digit(data, loaded_store):
    # "1兆1110億ドル" writes TIC's $1,111.x bn to the billion (the group's trailing zero is filler); so does a last
    # group of 億円 (session 36, the corpus's rule for Japanese numerals: "3270億円" for 3,278 in a Reuters story,
    # "660億円" for 666.8 in a travel story): "2兆3310億円" for 23,314 is to 10, but "2兆3330億円" for it is not
    jp = series("tic.holdings.japan", loaded_store)
    may = pd.Period("2017-05", "M")
    whole = int(jp[may])  # billions, truncated
    text = f"5月の日本の米国債保有額は{whole // 1000}兆{whole % 1000 * 10:04d}億ドルだった。"
    rec = by_claim(check_text(text, date="2017-07-19", store=data), f"{whole // 1000}兆{whole % 1000 * 10:04d}億ドル")
    assert rec["verdict"] == "supported"
    s = series("mof.monthly.assets.lt_debt.net", loaded_store)
    sep = pd.Period("2024-09", "M")
    v = int(s[sep])
    assert v % 10 != 0
    wrong = next(w for w in range(v - v % 10 + 20, v + 100, 10) if w % 100)  # (to 10, and 11-29 away from it)
    for off, verdict in ((v - v % 10, "supported"), (wrong, "contradicted")):
        rec = by_claim(check_text(f"9月の対外中長期債投資は{off // 10000}兆{off % 10000}億円の買い越しだった。",
                                  date="2024-11-20", store=data), f"{off // 10000}兆{off % 10000}億円")
        assert rec["verdict"] == verdict, rec


def test_the_largest_quarter_since_is_ranked_among_calendar_quarters():
    # 'the largest figure for a quarter since ...': a quarter's sum is compared with other calendar quarters'
    # (complete ones only); the groups were once (year, quarter) tuples, which pandas read as two keys
    from ustflow.check.history import calendar_sums

    s = pd.Series(range(1, 15), index=pd.period_range("2024-01", periods=14, freq="M"), dtype="float64")
    q = calendar_sums(s, "quarter")
    assert list(q.index.astype(str)) == ["2024-03", "2024-06", "2024-09", "2024-12"]  # 2025Q1 is not complete
    assert list(q) == [6.0, 15.0, 24.0, 33.0]
    fy = calendar_sums(pd.Series(1.0, index=pd.period_range("2023-04", periods=24, freq="M")), "fiscal_year")
    assert list(fy.index.astype(str)) == ["2024-03", "2025-03"] and list(fy) == [12.0, 12.0]
