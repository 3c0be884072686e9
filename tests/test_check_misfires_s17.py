"""A misfire hunt over session 17's checker rules (issue 13): short invented passages in the corpus's genres (TIC
holdings stories, MoF flows, balance-of-payments releases, market wraps) stating TRUE facts computed from the store,
in wordings the rules were not written from. Each test is a must-not-fire case: a true figure the checker called
contradicted (or judged on the wrong period or series) before the fix named in the test, with a near construction
that must still read as before. The facts and the expected values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read, by_claim, series, yen_oku
from ustflow.views.check import check_text

BOP_DAY = "2026-06-10"  # MoF had published April 2026's balance of payments (and 2025's, fiscal 2025's)
CA = "boj.bop.bpbp6jyncb"


# period_phrases.year_earlier: "2025年の…で、前年の29兆2774億円から拡大" is a base a year before the year named -------------


def _years(loaded_store) -> tuple[float, float]:
    s = series(CA, loaded_store)
    return float(s["2025"].sum()), float(s["2024"].sum())


@pytest.mark.parametrize("before", ["前年", "前の年"])
def test_a_japanese_base_of_the_year_before(data, loaded_store, before):
    # must not fire: the base was read at the sentence's year (2025: 29兆2774億円 against 32兆2350億円, contradicted)
    now, prev = _years(loaded_store)
    text = (f"2025年の経常収支は{yen_oku(now)}の黒字で、{before}の{yen_oku(prev)}から"
            f"{yen_oku(round(now) - round(prev))}増えた。貿易収支は{yen_oku(series('boj.bop.bpbp6jyntb', loaded_store)['2025'].sum())}の赤字だった。")
    res = check_text(text, date=BOP_DAY, store=data)
    got = [(by_claim(res, f)["official_period"], by_claim(res, f)["verdict"])
           for f in (yen_oku(now), yen_oku(prev), yen_oku(round(now) - round(prev)))]
    assert got == [("2025-01..2025-12", "supported"), ("2024-01..2024-12", "supported"),
                   ("2024-01..2025-12", "supported")], res
    trade = [r for r in res if r["series"] == "boj.bop.bpbp6jyntb"]
    assert [(r["official_period"], r["verdict"]) for r in trade] == [("2025-01..2025-12", "supported")], res


def test_a_wrong_base_of_the_year_before_is_still_contradicted_and_a_months_base_is_its_month(data, loaded_store):
    # must still fire: two trillion yen off the year before's; a month's "前年の" base is that month a year before
    now, prev = _years(loaded_store)
    rec = by_claim(check_text(f"2025年の経常収支は{yen_oku(now)}の黒字で、前年の{yen_oku(prev + 20000)}から拡大した。",
                              date=BOP_DAY, store=data), yen_oku(prev + 20000))
    assert (rec["official_period"], rec["verdict"]) == ("2024-01..2024-12", "contradicted"), rec
    s = series(CA, loaded_store)
    rec = by_claim(check_text(f"4月の経常収支は{yen_oku(s['2026-04'])}の黒字で、前年の{yen_oku(s['2025-04'])}から拡大した。",
                              date=BOP_DAY, store=data), yen_oku(s["2025-04"]))
    assert (rec["official_period"], rec["verdict"]) == ("2025-04", "supported"), rec


# narrative_years._ASIDE: a dated month in an apposition that says when ("China, the No. 2 holder until Britain overtook
# it in March 2025, cut ... in April") is background; the April after it is the story's ---------------------------------

TIC_DAY = "2026-06-18"  # TIC had published April 2026 by then


def _bn(v: float, d: int = 1) -> str:
    return f"${abs(v):,.{d}f} billion"


def _falls(s) -> int:
    ch = s.diff().dropna()
    n = 0
    while n < len(ch) and ch.iloc[-1 - n] < 0:
        n += 1
    return n


@pytest.mark.parametrize("aside", ["the second-largest foreign holder until Britain overtook it in March 2025",
                                   "once the top holder before Japan overtook it in June 2019"])
def test_a_dated_month_in_an_apposition_is_background(data, tic, aside):
    # must not fire: April was read as April 2025 ('a later month of the year named before it'): $651.1 billion against
    # 743.6 (contradicted), and the next sentence's run at April 2025 (2 falls, not 3: contradicted)
    cn = tic("china_mainland")[:"2026-04"]
    n = _falls(cn)
    assert n == 3 and cn["2025-04"] != cn["2026-04"]
    text = (f"China, {aside}, trimmed its holdings by {_bn(cn['2026-03'] - cn['2026-04'])} in April to {_bn(cn['2026-04'])}. "
            f"It has reduced its Treasury holdings for three consecutive months.")
    res = check_text(text, date=TIC_DAY, store=data)
    rec = by_claim(res, _bn(cn["2026-04"]))
    assert (rec["official_period"], rec["verdict"]) == ("2026-04", "supported"), res
    run = [r for r in res if "consecutive" in r["claim"]]
    assert [(r["official_period"], r["verdict"]) for r in run] == [("2026-04", "supported")], res


def test_a_later_month_told_in_order_keeps_the_dated_year(data, tic):
    # must still read: "fell to $X in April 2025, and to $Y in May" is May 2025 (a wrong May still contradicted)
    cn = tic("china_mainland")
    res = check_text(f"China's holdings fell to {_bn(cn['2025-04'])} in April 2025, and to {_bn(cn['2025-05'])} in May.",
                     date=TIC_DAY, store=data)
    assert (by_claim(res, _bn(cn["2025-05"]))["official_period"], by_claim(res, _bn(cn["2025-05"]))["verdict"]) == \
        ("2025-05", "supported"), res
    rec = by_claim(check_text(f"China's holdings fell to {_bn(cn['2025-04'])} in April 2025, and to "
                              f"{_bn(cn['2025-05'] + 20)} in May.", date=TIC_DAY, store=data), _bn(cn["2025-05"] + 20))
    assert (rec["official_period"], rec["verdict"]) == ("2025-05", "contradicted"), rec


# bop_items (goods, services): "a surplus of ¥395.7 billion in goods and a deficit of ¥416.0 billion in services" is in the
# item named after each figure (bop._nearest_item), not the one named before -------------------------------------------


def _tn_yen(v: float) -> str:
    return f"{abs(v) / 10000:.4f} trillion yen"


def _bn_yen(v: float) -> str:
    return f"{abs(v) / 10:,.1f} billion yen"


@pytest.mark.parametrize("fiscal", [False, True])
def test_a_figure_in_services_or_goods_named_after_it(data, loaded_store, fiscal):
    # must not fire: the services deficit was judged as the goods balance named before it ('the direction is the
    # opposite of the claim's': contradicted), in a month's and in a fiscal year's release
    sid = {k: series(f"boj.bop.bpbp6jyn{k}", loaded_store) for k in ("cb", "tb", "sn")}
    v = {k: float(s["2025-04":"2026-03"].sum() if fiscal else s["2026-04"]) for k, s in sid.items()}
    assert v["tb"] > 0 > v["sn"]
    fmt = _tn_yen if fiscal else _bn_yen
    when = "In fiscal 2025" if fiscal else "In April"
    text = (f"{when}, Japan posted a current account surplus of {_tn_yen(v['cb'])}, with a surplus of {fmt(v['tb'])} in "
            f"goods trade and a deficit of {fmt(v['sn'])} in services. It logged a surplus of {fmt(v['tb'])} in goods, "
            f"and a deficit of {fmt(v['sn'])} in services.")
    res = [r for r in check_text(text, date=BOP_DAY, store=data) if r["kind"] == "amount"]
    got = [(r["claim"], r["series"], r["verdict"]) for r in res]
    want = [(f(x), f"boj.bop.bpbp6jyn{k}", "supported") for f, x, k in
            ((_tn_yen, v["cb"], "cb"), (fmt, v["tb"], "tb"), (fmt, v["sn"], "sn"), (fmt, v["tb"], "tb"), (fmt, v["sn"], "sn"))]
    assert got == want, res


def test_goods_and_services_together_and_growth_in_services_are_no_item_after(data, loaded_store):
    # must still read: "in trade in goods and services" is the goods-and-services balance (a services deficit is far from
    # it: not read as services); "growth in services and goods exports" names no item of the figure before
    sn = float(series("boj.bop.bpbp6jynsn", loaded_store)["2026-04"])
    ca = float(series(CA, loaded_store)["2026-04"])
    rec = by_claim(check_text(f"Japan's current account surplus was {_tn_yen(ca)} in April, a deficit of {_bn_yen(sn)} in "
                              f"trade in goods and services notwithstanding.", date=BOP_DAY, store=data), _bn_yen(sn))
    assert rec["series"] == "boj.bop.bpbp6jynts", rec
    res = check_text(f"Japan's current account surplus was {_tn_yen(ca)} in April, helped by growth in services and goods "
                     f"exports.", date=BOP_DAY, store=data)
    assert (by_claim(res, _tn_yen(ca))["series"], by_claim(res, _tn_yen(ca))["verdict"]) == (CA, "supported"), res


# bop_records._SAME_MONTH: "the largest for any April on record" ranks April among Aprils -------------------------------


def test_the_largest_for_any_april(data, loaded_store):
    # must not fire: ranked among all months (March 2026 is larger: contradicted)
    s = series(CA, loaded_store)
    aprils = s[s.index.month == 4]
    assert aprils.idxmax() == s.index[-1] and s.idxmax() != s.index[-1] and s.index[-1].month == 4
    text = f"Japan posted a current account surplus of {_tn_yen(s.iloc[-1])} in April, the largest for any April on record."
    rec = by_claim(check_text(text, date=BOP_DAY, store=data), "the largest for any April on record")
    assert rec["verdict"] == "supported", rec


def test_the_largest_for_any_month_is_still_all_months(data, loaded_store):
    # must still fire: "for any month" ranks all months, and April 2026 is not the largest of them
    s = series(CA, loaded_store)
    text = f"Japan posted a current account surplus of {_tn_yen(s.iloc[-1])} in April, the largest for any month."
    rec = by_claim(check_text(text, date=BOP_DAY, store=data), "the largest for any month")
    assert rec["verdict"] == "contradicted", rec


# attach.attach_period: two bases in one clause ("down $25.6 billion from November and $53.8 billion from a year earlier")
# are each the base of the figure told before it --------------------------------------------------------------------

DEC24 = "2024-12"


@pytest.mark.parametrize("second", ["$Y lower than a year earlier", "down $Y from a year earlier", "$Y from a year earlier",
                                    "$Y below the level a year earlier"])
def test_two_bases_in_one_clause(data, tic, second):
    # must not fire: the year's change took the first base ('from November': -25.6 against 53.8, contradicted)
    jp = tic("japan")
    d, m, y = jp[DEC24], jp[DEC24] - jp["2024-11"], jp[DEC24] - jp["2023-12"]
    assert m < 0 and y < 0 and round(m, 1) != round(y, 1)
    text = (f"Japan's holdings of U.S. Treasuries fell to ${d / 1000:.4f} trillion at the end of December, down {_bn(m)} "
            f"from November and {second.replace('$Y', _bn(y))}.")
    res = check_text(text, date="2025-02-19", store=data)
    got = [(by_claim(res, _bn(v))["official_period"], by_claim(res, _bn(v))["verdict"]) for v in (m, y)]
    assert got == [("2024-11 to 2024-12", "supported"), ("2023-12 to 2024-12", "supported")], res


def test_a_wrong_change_on_the_year_after_another_base_is_still_contradicted(data, tic):
    # must still fire: ten billion dollars off the year's change; one base in the clause is still the figure's
    jp = tic("japan")
    d, m, y = jp[DEC24], jp[DEC24] - jp["2024-11"], jp[DEC24] - jp["2023-12"]
    text = f"Japan's holdings fell to {_bn(d)} in December, down {_bn(m)} from November and {_bn(y - 10)} from a year earlier."
    rec = by_claim(check_text(text, date="2025-02-19", store=data), _bn(y - 10))
    assert (rec["official_period"], rec["verdict"]) == ("2023-12 to 2024-12", "contradicted"), rec
    rec = by_claim(check_text(f"Japan's holdings fell {_bn(jp[DEC24] - jp['2024-10'])} from October to {_bn(d)} in "
                              f"December.", date="2025-02-19", store=data), _bn(jp[DEC24] - jp["2024-10"]))
    assert (rec["official_period"], rec["verdict"]) == ("2024-10 to 2024-12", "supported"), rec


# period_grammar.find: "a year earlier" after a base ("rose 1.5% from March, while China's were down 12.4% from a year
# earlier") is a year before the story's month, not before the base ---------------------------------------------------


def test_a_year_earlier_after_another_clauses_base(data, tic):
    # must not fire: China's change was read from March 2025 (a year before "from March": -14.9%, contradicted)
    jp, cn = tic("japan"), tic("china_mainland")
    up = (jp["2026-04"] / jp["2026-03"] - 1) * 100
    down = (cn["2026-04"] / cn["2025-04"] - 1) * 100
    assert round(down, 1) != round((cn["2026-04"] / cn["2025-03"] - 1) * 100, 1)
    text = (f"Japan's holdings were {_bn(jp['2026-04'])} in April. Japan's holdings rose {up:.1f}% from March, while China's "
            f"were down {abs(down):.1f}% from a year earlier.")
    res = check_text(text, date=TIC_DAY, store=data)
    rec = by_claim(res, f"{abs(down):.1f}%")
    assert (rec["series"], rec["official_period"], rec["verdict"]) == ("tic.holdings.china_mainland",
                                                                      "2025-04 to 2026-04", "supported"), res
    assert by_claim(res, f"{up:.1f}%")["verdict"] == "supported"


def test_a_year_earlier_after_a_month_named_is_still_a_year_before_it(data, tic):
    # must still read: "a year earlier" after a month that is no base counts from it; a wrong rate is still contradicted
    cn = tic("china_mainland")
    down = (cn["2026-03"] / cn["2025-03"] - 1) * 100
    res = check_text(f"China's holdings fell to {_bn(cn['2026-03'])} in March, down {abs(down):.1f}% from a year earlier.",
                     date=TIC_DAY, store=data)
    rec = by_claim(res, f"{abs(down):.1f}%")
    assert (rec["official_period"], rec["verdict"]) == ("2025-03 to 2026-03", "supported"), res
    res = check_text(f"China's holdings fell to {_bn(cn['2026-03'])} in March, down {abs(down) + 3:.1f}% from a year "
                     f"earlier.", date=TIC_DAY, store=data)
    assert by_claim(res, f"{abs(down) + 3:.1f}%")["verdict"] == "contradicted", res


# period_grammar._r_months_and: "The January-June surplus" with no year, in a story of June 10, is the latest such span
# that ended by the publication (as "1〜6月"), not the one still running -------------------------------------------------


def test_a_span_of_months_still_running_is_last_years(data, loaded_store):
    # must not fire: read as January-June 2026, of which only January-April was published (134,530 against 142,307:
    # contradicted)
    s = series(CA, loaded_store)
    h1, h2 = float(s["2025-01":"2025-06"].sum()), float(s["2025-07":"2025-12"].sum())
    assert s.index[-1] < pd.Period("2026-06", "M")
    for text in (f"For the July-December half of 2025, Japan's current account surplus came to {_tn_yen(h2)}. The "
                 f"January-June surplus was {_tn_yen(h1)}.",
                 f"Japan's current account surplus was {_tn_yen(h1)} in January-June."):
        rec = by_claim(check_text(text, date=BOP_DAY, store=data), _tn_yen(h1))
        assert (rec["official_period"], rec["verdict"]) == ("2025-01..2025-06", "supported"), rec


def test_a_span_of_months_that_has_ended_is_this_years(data, loaded_store):
    # must still read: "January-April" in a story of June 10 is this year's, and a wrong sum is contradicted
    s = series(CA, loaded_store)
    v = float(s["2026-01":"2026-04"].sum())
    rec = by_claim(check_text(f"Japan's current account surplus was {_tn_yen(v)} in January-April.", date=BOP_DAY,
                              store=data), _tn_yen(v))
    assert (rec["official_period"], rec["verdict"]) == ("2026-01..2026-04", "supported"), rec
    rec = by_claim(check_text(f"Japan's current account surplus was {_tn_yen(v + 20000)} in January-April.",
                              date=BOP_DAY, store=data), _tn_yen(v + 20000))
    assert rec["verdict"] == "contradicted", rec


# relative_periods._n_earlier: "前週は…、前々週は…" is the week before last (of the story's week), not the story's week ------------

WEEK_DAY = "2026-08-14"  # MoF had published the week of August 2-8, 2026


def test_the_week_before_last_in_japanese(data, loaded_store):
    # must not fire: 前々週 was no period, so the figure took the story's week (and foreign debt in all: contradicted)
    s = series("mof.weekly.assets.lt_debt.net", loaded_store)
    w0, w1, w2 = (float(s.iloc[-k]) for k in (1, 2, 3))
    assert w0 > 0 and w1 > 0 and w2 < 0 and str(s.index[-1]) == "2026-08-02/2026-08-08"
    for mid in (f"前週は{yen_oku(w1)}の買い越し、", ""):
        text = f"国内勢は8月2〜8日の週に外債を{yen_oku(w0)}買い越した。{mid}前々週は{yen_oku(w2)}の売り越しだった。"
        rec = by_claim(check_text(text, date=WEEK_DAY, store=data), yen_oku(w2))
        assert (rec["series"], rec["official_period"], rec["verdict"]) == ("mof.weekly.assets.lt_debt.net",
                                                                          "2026-07-19..2026-07-25", "supported"), rec


def test_the_week_before_last_the_wrong_way_is_still_contradicted(data, loaded_store):
    # must still fire: a net purchase that week was a net sale
    s = series("mof.weekly.assets.lt_debt.net", loaded_store)
    text = f"国内勢は8月2〜8日の週に中長期債を{yen_oku(s.iloc[-1])}買い越した。前々週は国内勢が{yen_oku(s.iloc[-3])}の買い越しだった。"
    rec = by_claim(check_text(text, date=WEEK_DAY, store=data), yen_oku(s.iloc[-3]))
    assert (rec["official_period"], as_read(rec)) == ("2026-07-19..2026-07-25", "contradicted"), rec
