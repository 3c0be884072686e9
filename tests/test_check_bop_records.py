"""Records and runs of Japan's balance-of-payments items counted as MoF's release counts them (``bop_records``): a
span's balance among the same spans (calendar or fiscal years), a month "for the month" among the same month of each
year, a month alone among all months; runs of surpluses or deficits, or of rises or falls, on the grain the words
name. Invented sentences in several wordings (English and Japanese); the expected verdicts are computed from the
store's own BoJ series (``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read, same_month_record, series, yen_bn
from ustflow.views.check import check_text

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def _s(store, code: str) -> pd.Series:
    return series(f"boj.bop.{code}", store)


def _oku(v: float) -> str:
    """JPY 100mn as a Japanese figure: 2234.75 -> '2234億円', 403283.9 -> '40兆3283億円'."""
    n = int(abs(v))
    cho, rest = divmod(n, 10000)
    return f"{cho}兆{rest}億円" if cho else f"{rest}億円"


def _extreme(recs: list[dict]) -> dict:
    got = [r for r in recs if r["measure"] == "extreme"]
    assert got, [(r["claim"], r["measure"]) for r in recs]
    return got[0]


@pytest.mark.parametrize("text", [
    "財務省が発表した{m}月の国際収支によると、旅行収支は{m}月として過去最大となる{ja}の黒字だった。",
    "Japan's current account stayed in surplus. The travel balance showed a surplus of {en} in {month}, the largest "
    "on record for the month.",
    "In the balance of payments for {month}, Japan's travel surplus came to {en}, a record for the month of {month}.",
])
def test_a_record_for_the_month_is_among_the_same_month_of_each_year(data, loaded_store, text):
    p = same_month_record(loaded_store, "bpbp6jynsn2")
    v = float(_s(loaded_store, "bpbp6jynsn2")[p])
    when = (p + 2).to_timestamp().strftime("%Y-%m-10")
    recs = check_text(text.format(m=p.month, month=_MONTHS[p.month - 1], ja=_oku(v), en=yen_bn(v)), date=when,
                      store=data)
    rec = _extreme(recs)
    assert rec["verdict"] == "supported", rec["explanation"]


@pytest.mark.parametrize("text", [
    "財務省が発表した{m}月の国際収支によると、旅行収支は単月で過去最大となる{ja}の黒字だった。",
    "In the balance of payments for {month}, Japan's travel surplus came to {en}, the largest for any month on record.",
])
def test_a_record_month_alone_is_among_all_months(data, loaded_store, text):
    p = same_month_record(loaded_store, "bpbp6jynsn2")
    v = float(_s(loaded_store, "bpbp6jynsn2")[p])
    when = (p + 2).to_timestamp().strftime("%Y-%m-10")
    recs = check_text(text.format(m=p.month, month=_MONTHS[p.month - 1], ja=_oku(v), en=yen_bn(v)), date=when,
                      store=data)
    assert as_read(_extreme(recs)) == "contradicted"


def _year_record(store, code: str) -> int:
    """A calendar year whose sum is the series' largest among calendar years so far, while a twelve-month window
    ending in another month of that year is larger (so only the comparison of years supports it)."""
    s = _s(store, code)
    years = s.groupby(s.index.year).sum()
    rolling = s.rolling(12).sum()
    for y in sorted(years.index, reverse=True):
        if (s.index.year == y).sum() < 12:
            continue
        if years[y] == years[years.index <= y].max() and rolling[rolling.index.year == y].max() > years[y] + 1:
            return int(y)
    raise AssertionError("no such year in the store")


@pytest.mark.parametrize("text", [
    "財務省が発表した{y}年の国際収支によると、第一次所得収支は過去最大となる{ja}の黒字だった。",
    "In Japan's balance of payments for {y}, primary income logged a record surplus of {en}, the Finance Ministry said.",
    "Japan's current account surplus grew in {y}. Primary income, which reflects returns on overseas investments, hit "
    "{en}, the largest on record.",
])
def test_a_years_record_is_among_calendar_years(data, loaded_store, text):
    y = _year_record(loaded_store, "bpbp6jynpin")
    v = float(_s(loaded_store, "bpbp6jynpin").loc[str(y)].sum())
    recs = check_text(text.format(y=y, ja=_oku(v), en=yen_bn(v)), date=f"{y + 1}-02-10", store=data)
    rec = _extreme(recs)
    assert rec["verdict"] == "supported" and rec["official_period"] == str(y), rec["explanation"]
    assert "1996" in rec["explanation"]  # the series' comparable start is named


def test_a_years_rank_is_among_calendar_years(data, loaded_store):
    y = _year_record(loaded_store, "bpbp6jynpin")
    v = float(_s(loaded_store, "bpbp6jynpin").loc[str(y)].sum())
    text = f"In Japan's balance of payments, primary income logged a surplus of {yen_bn(v)} in {y}, the third largest on record."
    rec = _extreme(check_text(text, date=f"{y + 1}-02-10", store=data))
    assert rec["verdict"] == "contradicted" and "rank 1" in rec["explanation"], rec["explanation"]


def test_a_record_reaching_before_the_series_is_unverifiable(data, loaded_store):
    y = _year_record(loaded_store, "bpbp6jynpin")
    v = float(_s(loaded_store, "bpbp6jynpin").loc[str(y)].sum())
    text = f"In Japan's balance of payments, the primary income surplus rose to {yen_bn(v)} in {y}, the largest since 1985."
    rec = _extreme(check_text(text, date=f"{y + 1}-02-10", store=data))
    assert rec["verdict"] == "unverifiable" and "1996" in rec["explanation"], rec["explanation"]


def _years(store, code: str) -> pd.Series:
    s = _s(store, code)
    counts = s.groupby(s.index.year).size()
    return s.groupby(s.index.year).sum()[counts == 12]


def _year_run(values: pd.Series, want) -> tuple[int, int]:
    """A year ending a run (of ``want(value, previous)``) of exactly 3 years, and its run length."""
    for y in values.index[::-1]:
        k, yy = 0, y
        while yy - 1 in values.index and want(values[yy], values[yy - 1]):
            k, yy = k + 1, yy - 1
        if k == 3:
            return int(y), k
    raise AssertionError("no such run")


@pytest.mark.parametrize("text, n, ok", [
    ("財務省が発表した{y}年の国際収支によると、貿易収支は{ja}の{sign}で、黒字は3年連続の縮小となった。", 3, "supported"),
    ("Japan's current account surplus grew in {y}, but the goods trade surplus shrank to {en}, falling for the third "
     "year in a row.", 3, "supported"),
    ("In Japan's balance of payments for {y}, the goods surplus shrank to {en}, down for the second year in a row.", 2,
     "contradicted"),
])
def test_a_run_of_yearly_falls_counts_calendar_years(data, loaded_store, text, n, ok):
    ys = _years(loaded_store, "bpbp6jyntb")
    y, _ = _year_run(ys, lambda a, b: a < b and a > 0)
    v = float(ys[y])
    recs = check_text(text.format(y=y, ja=_oku(v), en=yen_bn(v), sign="黒字" if v > 0 else "赤字"),
                      date=f"{y + 1}-02-10", store=data)
    rec = next(r for r in recs if r["measure"] == "streak")
    assert rec["verdict"] == ok and rec["official_period"] == str(y), rec["explanation"]


def test_a_run_of_yearly_deficits_counts_calendar_years(data, loaded_store):
    ys = _years(loaded_store, "bpbp6jynts")
    run = [y for y in ys.index if ys[y] < 0 and ys.get(y - 1, 1) < 0 and ys.get(y - 2, 1) < 0 and ys.get(y - 3, -1) > 0]
    y = int(run[0])
    v = float(ys[y])
    text = f"{y}年の国際収支によると、貿易・サービス収支は{_oku(v)}の赤字で、3年連続の赤字となった。"
    rec = next(r for r in check_text(text, date=f"{y + 1}-02-10", store=data) if r["measure"] == "streak")
    assert rec["verdict"] == "supported", rec["explanation"]


def test_a_run_of_years_read_on_a_months_figure_is_not_counted_on_months(data, loaded_store):
    s = _s(loaded_store, "bpbp6jynsn2")
    p = next(x for x in reversed(s.index) if x.month == 3 and s[x] > 0 and s[x - 1] > 0)
    v = float(s[p])
    text = f"3月の国際収支によると、旅行収支は{_oku(v)}の黒字で、2年連続の黒字となった。"
    recs = check_text(text, date=(p + 2).to_timestamp().strftime("%Y-%m-10"), store=data)
    rec = next(r for r in recs if r["measure"] == "streak")
    assert rec["verdict"] == "unverifiable" and "counts years" in rec["explanation"], rec["explanation"]


def test_a_monthly_fall_with_no_base_named_must_hold_on_both_bases(data, loaded_store):
    s = _s(loaded_store, "bpbp6jynpin")
    yoy, mom = s - s.shift(12), s - s.shift(1)

    def run(ch, p):
        k = 0
        while p in ch.index and ch[p] < 0:
            k, p = k + 1, p - 1
        return k

    p = next(x for x in reversed(s.index[24:]) if run(yoy, x) == 2 and run(mom, x) == 1)
    v = float(s[p])
    text = (f"Japan's current account stayed in surplus. The primary income surplus declined for the second "
            f"consecutive month to {yen_bn(v)} in {_MONTHS[p.month - 1]} {p.year}.")
    recs = check_text(text, date=(p + 2).to_timestamp().strftime("%Y-%m-10"), store=data)
    rec = next(r for r in recs if r["measure"] == "streak")
    assert rec["verdict"] == "unverifiable" and "one reading" in rec["explanation"], rec["explanation"]
    said = text.replace("declined", "declined from a year earlier")
    rec = next(r for r in check_text(said, date=(p + 2).to_timestamp().strftime("%Y-%m-10"), store=data)
               if r["measure"] == "streak")
    assert rec["verdict"] == "supported", rec["explanation"]


def _first_surplus_year(store, code: str) -> tuple[int, int]:
    """A calendar year in surplus after at least one year of deficit, and how many years back the last surplus was."""
    ys = _years(store, code)
    for y in ys.index[::-1]:
        if ys[y] > 0 and ys.get(y - 1, 1) < 0:
            last = max(x for x in ys.index if x < y and ys[x] > 0)
            return int(y), int(y - last)
    raise AssertionError("no such year")


@pytest.mark.parametrize("text, off, ok", [
    ("財務省が発表した{y}年の国際収支によると、貿易収支は{ja}の黒字となり、{n}年ぶりに黒字に転換した。", 0, "supported"),
    ("In Japan's balance of payments for {y}, the goods balance posted a surplus of {en}, its first surplus in {n} "
     "years.", 0, "supported"),
    ("財務省が発表した{y}年の国際収支によると、貿易収支は{ja}の黒字となり、{n}年ぶりの黒字だった。", -1, "contradicted"),
])
def test_a_first_surplus_in_n_years_counts_calendar_years(data, loaded_store, text, off, ok):
    y, n = _first_surplus_year(loaded_store, "bpbp6jyntb")
    v = float(_years(loaded_store, "bpbp6jyntb")[y])
    words = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}
    recs = check_text(text.format(y=y, n=n + off if "年" in text else words[n + off], ja=_oku(v), en=yen_bn(v)),
                      date=f"{y + 1}-02-10", store=data)
    rec = next(r for r in recs if r["measure"] == "first_since")
    assert as_read(rec) == ok and rec["official_period"] == str(y), rec["explanation"]


@pytest.mark.parametrize("text", [
    "財務省が発表した{y}年の国際収支によると、第一次所得収支は{ja}の黒字で、1985年以降では、最大の黒字額となった。",
    "財務省が発表した{y}年の国際収支によると、第一次所得収支は{ja}の黒字となり、1985年以降で最大となった。",
    "財務省が発表した{y}年の国際収支によると、第一次所得収支は{ja}の黒字となり、85年以降、暦年として最大となった。",
])
def test_a_japanese_record_since_1985_reaches_before_the_series(data, loaded_store, text):
    y = _year_record(loaded_store, "bpbp6jynpin")
    v = float(_s(loaded_store, "bpbp6jynpin").loc[str(y)].sum())
    rec = _extreme(check_text(text.format(y=y, ja=_oku(v)), date=f"{y + 1}-02-10", store=data))
    assert rec["verdict"] == "unverifiable" and "1996" in rec["explanation"], rec["explanation"]


def test_a_japanese_smallest_since_is_a_surplus_at_its_smallest(data, loaded_store):
    ys = _years(loaded_store, "bpbp6jyncb")
    y = int(ys.idxmin())
    text = f"財務省が発表した{y}年の国際収支によると、経常収支の黒字は{_oku(ys[y])}と、1985年以降で最少となった。"
    rec = _extreme(check_text(text, date=f"{y + 1}-02-10", store=data))
    assert rec["verdict"] == "unverifiable" and "smallest surplus" in rec["explanation"], rec["explanation"]
    later = f"財務省が発表した{y}年の国際収支によると、経常収支の黒字は{_oku(ys[y])}と、比較可能な1996年以降で最少となった。"
    rec = _extreme(check_text(later, date=f"{y + 1}-02-10", store=data))
    assert rec["verdict"] == "supported", rec["explanation"]


def _fy(store, code: str) -> pd.Series:
    s = _s(store, code)
    fy = [(p - 3).year for p in s.index]
    counts = s.groupby(fy).size()
    return s.groupby(fy).sum()[counts == 12]


def test_a_qualifier_naming_another_item_is_about_that_item_over_the_figures_span(data, loaded_store):
    """"経常収支の黒字額は…拡大した。…貿易収支が5年ぶりに黒字に転換したほか、旅行収支が2年連続の黒字": the run and the first
    are the goods and travel balances' over the fiscal year, not the current account's (always in surplus)."""
    ca, tb, tr = (_fy(loaded_store, c) for c in ("bpbp6jyncb", "bpbp6jyntb", "bpbp6jynsn2"))
    y = next(y for y in tb.index[::-1] if tb[y] > 0 and tb.get(y - 1, 1) < 0 and tr[y] > 0)
    n_tb = y - max(x for x in tb.index if x < y and tb[x] > 0)
    n_tr = next(k for k in range(1, 30) if tr.get(y - k, -1) <= 0)
    text = (f"財務省が発表した{y}年度の国際収支速報によると、経常収支の黒字額は{_oku(ca[y])}に拡大した。"
            f"貿易収支が{n_tb}年ぶりに黒字に転換したほか、旅行収支が{n_tr}年連続の黒字になった。")
    recs = check_text(text, date=f"{y + 1}-05-12", store=data)
    first = next(r for r in recs if r["measure"] == "first_since")
    run = next(r for r in recs if r["measure"] == "streak")
    assert first["verdict"] == "supported" and "bpbp6jyntb" in first["series"], first["explanation"]
    assert run["verdict"] == "supported" and "bpbp6jynsn2" in run["series"], run["explanation"]
    wrong = text.replace(f"{n_tr}年連続", f"{n_tr + 1}年連続")
    run = next(r for r in check_text(wrong, date=f"{y + 1}-05-12", store=data) if r["measure"] == "streak")
    assert as_read(run) == "contradicted", run["explanation"]


def test_a_record_of_the_balance_said_after_its_change_is_the_balances(data, loaded_store):
    ys = _years(loaded_store, "bpbp6jynts")
    y = int(ys[ys.index <= 2013].idxmin())
    ch = ys[y] - ys[y - 1]
    text = (f"財務省が発表した{y}年の国際収支によると、貿易・サービス収支は{_oku(ys[y])}の赤字で、前年比{_oku(ch)}の赤字幅拡大と"
            f"なり、比較可能な1996年以降では、最大の赤字額となった。")
    rec = _extreme(check_text(text, date=f"{y + 1}-02-10", store=data))
    assert rec["verdict"] == "supported" and "largest deficit" in rec["explanation"], rec["explanation"]


@pytest.mark.parametrize("lede, fiscal", [
    ("財務省が12日発表した{y}年度の国際収支速報によると、経常収支は黒字だった。", True),
    ("財務省が10日発表した{y}年の国際収支によると、経常収支は黒字だった。", False),
])
def test_a_run_of_years_with_no_figure_counts_to_the_year_the_lede_names(data, loaded_store, lede, fiscal):
    """"旅行収支が2年連続の黒字になった" with no figure or period: the years to the (fiscal) year the lede names, not the
    latest month."""
    tr = _fy(loaded_store, "bpbp6jynsn2") if fiscal else _years(loaded_store, "bpbp6jynsn2")
    y = next(y for y in tr.index[::-1] if tr[y] > 0 and tr.get(y - 1, 1) > 0 and tr.get(y - 2, 1) <= 0)
    text = lede.format(y=y) + "訪日客の増加で、旅行収支が2年連続の黒字になった。"
    date = f"{y + 1}-05-12" if fiscal else f"{y + 1}-02-10"
    rec = next(r for r in check_text(text, date=date, store=data) if r["measure"] == "streak")
    assert rec["verdict"] == "supported" and ("fiscal year" if fiscal else "calendar year") in rec["explanation"], \
        rec["explanation"]


def test_a_run_of_years_in_a_story_of_a_month_is_not_given_a_year(data, loaded_store):
    text = "財務省が8日発表した2月の国際収支によると、経常収支は黒字だった。旅行収支が2年連続の黒字になった。"
    rec = next(r for r in check_text(text, date="2024-04-08", store=data) if r["measure"] == "streak")
    assert rec["verdict"] == "unverifiable" and "counts years" in rec["explanation"], rec["explanation"]


def _surplus_run(store, month: str) -> int:
    s, p, k = _s(store, "bpbp6jyncb"), pd.Period(month, "M"), 0
    while p in s.index and s[p] > 0:
        k, p = k + 1, p - 1
    return k


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


@pytest.mark.parametrize("text, ok", [
    ("The year-on-year increase of 41.4 percent in Japan's surplus in the current account marked the {nth} straight "
     "month of black ink.", "supported"),
    ("Japan's current account surplus rose 41.4 percent from a year earlier, the {nth} consecutive month of surplus.",
     "supported"),
    ("Japan's current account surplus rose 41.4 percent from a year earlier, the {wrong} consecutive month of surplus.",
     "contradicted"),
    ("Japan's current account surplus rose 41.4 percent from a year earlier, the {nth} straight month of gains.",
     "unverifiable"),
])
def test_a_run_of_a_balances_side_on_its_percent_change_counts_the_side(data, loaded_store, text, ok):
    """The percent change (41.4%, far from the store's) does not enter a run of surpluses; 'gains' may be rises."""
    n = _surplus_run(loaded_store, "2019-01")
    assert n > 3
    recs = check_text(text.format(nth=_ordinal(n), wrong=_ordinal(n - 2)), date="2019-03-08", store=data)
    rec = next(r for r in recs if r["measure"] == "streak")
    assert rec["verdict"] == ok, rec["explanation"]


@pytest.mark.parametrize("text", [
    "Japan's current account stayed in surplus in {month}. Primary income registered a surplus of {en}, up {pct} "
    "percent from a year earlier, the highest on record for the reported month.",
    "Japan's current account stayed in surplus in {month}. Primary income logged {en}, a jump of {pct} percent on the "
    "year, a record for the month of {month}.",
])
def test_a_record_hosted_on_a_months_percent_change_is_the_balances(data, loaded_store, text):
    p = same_month_record(loaded_store, "bpbp6jynpin")
    s = _s(loaded_store, "bpbp6jynpin")
    v, pct = float(s[p]), f"{100 * (s[p] - s[p - 12]) / abs(s[p - 12]):.1f}"
    when = (p + 2).to_timestamp().strftime("%Y-%m-10")
    rec = _extreme(check_text(text.format(month=_MONTHS[p.month - 1], en=yen_bn(v), pct=pct), date=when, store=data))
    assert rec["verdict"] == "supported" and rec["official_unit"] == "JPY 100mn", rec["explanation"]


def test_a_record_of_a_rate_stays_on_the_percent_change(data, loaded_store):
    p = same_month_record(loaded_store, "bpbp6jynpin")
    s = _s(loaded_store, "bpbp6jynpin")
    v, pct = float(s[p]), f"{100 * (s[p] - s[p - 12]) / abs(s[p - 12]):.1f}"
    text = (f"Japan's current account stayed in surplus in {_MONTHS[p.month - 1]}. Primary income logged {yen_bn(v)}, "
            f"up {pct} percent from a year earlier, the fastest growth on record.")
    rec = _extreme(check_text(text, date=(p + 2).to_timestamp().strftime("%Y-%m-10"), store=data))
    assert rec["official_unit"] != "JPY 100mn", rec


@pytest.mark.parametrize("text, ok", [
    ("財務省が発表した{m}月の国際収支によると、旅行収支は{ja}の黒字となり、比較可能な1996年以降で{m}月としては最も大きくなった。",
     "supported"),
    ("財務省が発表した{m}月の国際収支によると、旅行収支は{ja}の黒字で、1996年以降で{m}月として最も高い水準だった。", "supported"),
    ("財務省が発表した{m}月の国際収支によると、旅行収支は{ja}の黒字で、1996年以降で最も大きくなった。", "contradicted"),
])
def test_a_japanese_most_since_for_the_month(data, loaded_store, text, ok):
    p = same_month_record(loaded_store, "bpbp6jynsn2")
    v = float(_s(loaded_store, "bpbp6jynsn2")[p])
    rec = _extreme(check_text(text.format(m=p.month, ja=_oku(v)), date=(p + 2).to_timestamp().strftime("%Y-%m-10"),
                              store=data))
    assert as_read(rec) == ok, rec["explanation"]
