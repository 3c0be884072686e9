"""Paraphrases of the facts behind session 11's checker rules (batch 8's measures and English wording), as another
reporter would write them (issue 13: a rule that fits one article's words and breaks on a plain paraphrase is overfit).
Each test names the rule it probes. Invented sentences; the facts and the expected values are the store's own: Japan's
current account, goods and services balances (BoJ), China's, Japan's and the UK's TIC holdings in 2025-26, MoF's
interventions of April 30 - May 6, 2026. Japanese holdings, look-back and place wording: test_check_paraphrases_s11_ja.py."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read, by_claim, claim_containing, holding, series
from ustflow.views.check import check_text


def _bop(loaded_store, code: str, month: str) -> float:
    return float(series(f"boj.bop.{code}", loaded_store)[pd.Period(month, "M")])


def _ja_oku(v: float) -> str:
    """JPY 100 mn as a Japanese figure: 39078 -> '3兆9078億円'."""
    v = int(round(abs(v)))
    return f"{v // 10000}兆{v % 10000}億円" if v >= 10000 else f"{v}億円"


# f204adf: Japan's balance of payments ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text,adjusted", [
    ("Japan's current account surplus was {t} trillion yen in April.", False),
    ("Japan posted a current account surplus of {b} billion yen in April, the Finance Ministry said.", False),
    ("In April, Japan logged a ¥{t} trillion current-account surplus.", False),
    ("Japan's current account surplus totaled {t} trillion yen in April on a seasonally adjusted basis.", True),
    ("4月の経常収支は{ja}の黒字だった。", False),
    ("財務省が発表した4月の国際収支統計によると、経常黒字は{ja}だった。", False),
    ("4月の経常収支は{ja}の黒字(季節調整済み)だった。", True),
])
def test_a_current_account_surplus_in_other_words(data, loaded_store, text, adjusted):
    v = _bop(loaded_store, "bpbp6jyacbx12" if adjusted else "bpbp6jyncb", "2026-04")
    assert v > 0 and abs(v - _bop(loaded_store, "bpbp6jyncb" if adjusted else "bpbp6jyacbx12", "2026-04")) > 1000
    for x, verdict in ((v, "supported"), (v - 10000, "contradicted")):  # a trillion yen off
        said = text.format(t=f"{x / 10000:.2f}", b=f"{x / 10:,.1f}", ja=_ja_oku(x))
        r = [x for x in check_text(said, date="2026-06-10", store=data) if x["measure"] == "bop"]
        assert r and (r[0]["verdict"], r[0]["official_period"]) == (verdict, "2026-04"), r


def test_goods_and_services_deficits_in_other_words(data, loaded_store):
    goods, services = _bop(loaded_store, "bpbp6jyntb", "2026-01"), _bop(loaded_store, "bpbp6jynsn", "2026-01")
    assert goods < 0 and services < 0
    en = (f"Japan's current account surplus narrowed in January as the trade balance swung to a deficit of "
          f"{-goods / 10:.1f} billion yen.")
    assert by_claim(check_text(en, date="2026-03-10", store=data), f"{-goods / 10:.1f} billion yen")["verdict"] == \
        "supported"
    ja = f"1月の経常収支で、貿易収支は{_ja_oku(goods)}の赤字、サービス収支は{_ja_oku(services)}の赤字だった。"
    r = check_text(ja, date="2026-03-10", store=data)
    assert by_claim(r, _ja_oku(goods))["verdict"] == "supported"
    assert by_claim(r, _ja_oku(services))["verdict"] == "supported" and \
        "services" in by_claim(r, _ja_oku(services))["explanation"]


@pytest.mark.parametrize("text", [
    "Japan's current account stayed in surplus in January. Japan's trade surplus with the United States was {b} "
    "billion yen.",
    "Japan's current account stayed in surplus in January, while its trade deficit with China was {b} billion yen.",
    "Japan's current account stayed in surplus in January, with a {b} billion yen trade surplus with the U.S.",
    "1月の経常収支は黒字だった。対米貿易黒字は{ja}だった。",
])
def test_a_balance_with_one_partner_is_not_japans_balance(data, loaded_store, text):
    # the store holds Japan's balances with the world: a surplus with the US was judged as the world goods balance
    # (a deficit in January 2026: 'the direction is wrong', a true bilateral figure contradicted)
    goods = _bop(loaded_store, "bpbp6jyntb", "2026-01")
    r = check_text(text.format(b=f"{-goods / 10:.1f}", ja=_ja_oku(goods)), date="2026-03-10", store=data)
    assert r and all(x["measure"] != "bop" and x["verdict"] != "contradicted" for x in r), r


@pytest.mark.parametrize("tail", [
    ", against a {f} trillion yen surplus expected by economists.",
    ", above the {f} trillion yen analysts had predicted.",
    ", compared with a median estimate of {f} trillion yen in a Reuters poll.",
    "; economists polled by Reuters had forecast {f} trillion yen.",
])
def test_a_forecast_beside_a_bop_figure_in_other_words(data, loaded_store, tail):
    # e12872c read the poll only before the figure; after it ('a 3.5 trillion yen surplus expected by economists')
    # the forecast was judged as April's surplus: contradicted. And a stated month cleared the forecast (past_will
    # took 'no modal' for 'will')
    v = _bop(loaded_store, "bpbp6jyncb", "2026-04")
    f = f"{v / 10000 - 0.4:.1f}"
    text = f"Japan's current account surplus was {v / 10000:.2f} trillion yen in April" + tail.format(f=f)
    r = check_text(text, date="2026-06-10", store=data)
    assert by_claim(r, f"{v / 10000:.2f} trillion yen")["verdict"] == "supported"
    rec = claim_containing(r, f"{f} trillion yen")
    assert rec["verdict"] == "unverifiable" and "forecast" in rec["explanation"], rec


def test_a_surplus_run_of_the_current_account(data, loaded_store):
    s = series("boj.bop.bpbp6jyncb", loaded_store)
    s = s[s.index <= pd.Period("2026-04", "M")]
    n = next(i for i, v in enumerate(reversed(s.to_list())) if v <= 0)
    assert n > 2
    for text, verdict in ((f"Japan's current account stayed in surplus for a {n}th straight month in April.", "supported"),
                          (f"Japan's current account stayed in surplus for a {n + 2}th straight month in April.",
                           "contradicted")):
        r = [x for x in check_text(text, date="2026-06-10", store=data) if x["measure"] == "streak"]
        assert r and r[0]["verdict"] == verdict, r


# 8f694a3 / aca9085 / 2d78113: interventions, none and a span ----------------------------------------------------------


@pytest.mark.parametrize("text,date,verdict", [
    ("Japan spent zero yen on currency intervention in the month to June 29.", "2026-07-01", "supported"),
    ("6月の為替介入額はゼロだった。", "2026-07-01", "supported"),
    ("財務省によると、5月28日から6月29日までの介入実績は0円だった。", "2026-07-01", "supported"),
    ("Japan spent zero yen on currency intervention in the month to May 28.", "2026-06-01", "contradicted"),
    ("4月28日から5月27日までの為替介入額はゼロだった。", "2026-06-01", "contradicted"),
])
def test_no_intervention_in_other_words(data, loaded_store, text, date, verdict):
    s = series("mof.fx_intervention.amount", loaded_store)
    assert float(s["2026-05-28":"2026-06-30"].abs().sum()) == 0 and float(s["2026-04-28":"2026-05-27"].sum()) > 0
    r = [x for x in check_text(text, date=date, store=data) if x["measure"] == "intervention"]
    assert r and as_read(r[0]) == verdict, r


@pytest.mark.parametrize("text", [
    "Japan spent {t} trillion yen on yen-buying intervention between April 30 and May 6.",
    "Japan spent a total of {t} trillion yen propping up the yen from April 30 to May 6.",
    "Tokyo spent {t} trillion yen defending the yen in the period from April 28 to May 27.",
])
def test_an_intervention_over_a_span_in_other_words(data, loaded_store, text):
    s = series("mof.fx_intervention.amount", loaded_store)
    total = float(s["2026-04-28":"2026-05-27"].sum())
    assert float(s["2026-04-30":"2026-04-30"].sum()) < total
    t = f"{total / 1000:.2f}"
    rec = by_claim(check_text(text.format(t=t), date="2026-06-01", store=data), f"{t} trillion yen")
    assert rec["verdict"] == "supported", rec["explanation"]


# 74998df: a "while" clause takes the period of the clause it is set against -------------------------------------------


@pytest.mark.parametrize("text", [
    "Japan cut its holdings by ${j} billion in March while China's fell by ${c} billion.",
    "Japan cut its holdings by ${j} billion in March, whereas China's holdings fell by ${c} billion.",
    "Japan's holdings dropped ${j} billion in March, while China's shrank by ${c} billion.",
])
def test_a_contrasted_clause_takes_the_month_in_other_words(data, text):
    j = holding(data, "japan", "2026-02") - holding(data, "japan", "2026-03")
    c = holding(data, "china_mainland", "2026-02") - holding(data, "china_mainland", "2026-03")
    assert j > 0 and c > 0  # both fell in March; April is the latest month on 2026-06-20
    rec = by_claim(check_text(text.format(j=f"{j:.1f}", c=f"{c:.1f}"), date="2026-06-20", store=data), f"${c:.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2026-02 to 2026-03"), rec["explanation"]


# 38e80eb / da2a71e: the same period, and N months through a month ------------------------------------------------------


def _uk_cn_four_months(data):
    uk = holding(data, "united_kingdom", "2026-04") - holding(data, "united_kingdom", "2025-12")
    cn = holding(data, "china_mainland", "2026-04") - holding(data, "china_mainland", "2025-12")
    assert uk > 0 > cn
    return uk, -cn


@pytest.mark.parametrize("second", [
    "During the same period, China's holdings fell ${c} billion.",
    "Over that time, China's holdings fell ${c} billion.",
    "During this period, China's holdings fell ${c} billion.",
    "In that period, China's holdings declined by ${c} billion.",
])
def test_the_same_period_in_other_words(data, second):
    uk, cn = _uk_cn_four_months(data)
    text = f"Britain added ${uk:.1f} billion in the four months through April. " + second.format(c=f"{cn:.1f}")
    rec = by_claim(check_text(text, date="2026-06-20", store=data), f"${cn:.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2025-12 to 2026-04"), rec["explanation"]


@pytest.mark.parametrize("text", [
    "British holdings rose ${u} billion in the four months to April.",
    "British holdings rose ${u} billion in the four months ended April.",
    "Over the last four months, the UK's Treasury holdings climbed by ${u} billion.",
    "In the four months through April, Britain's holdings grew ${u} billion.",
])
def test_a_count_of_months_through_a_month_in_other_words(data, text):
    uk, _ = _uk_cn_four_months(data)
    rec = by_claim(check_text(text.format(u=f"{uk:.1f}"), date="2026-06-20", store=data), f"${uk:.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2025-12 to 2026-04"), rec["explanation"]


# 255df5a: a period in an aside is the aside's -------------------------------------------------------------------------


@pytest.mark.parametrize("aside", ["—about {p}% of its holdings as of February—", " (about {p}% of its holdings as of "
                                   "February), ", " (some {p}% of what it held at the end of February), "])
def test_a_period_in_an_aside_is_the_asides(data, aside):
    # in brackets, the aside's February was taken by the level outside it: a true March level contradicted
    feb, mar = holding(data, "china_mainland", "2026-02"), holding(data, "china_mainland", "2026-03")
    text = (f"China sold ${feb - mar:.1f} billion" + aside.format(p=f"{100 * (feb - mar) / feb:.1f}") +
            f"bringing its total to ${mar:.1f} billion.")
    r = check_text(text.replace(",  ", ", ").replace("—b", "—b"), date="2026-05-20", store=data)
    rec = by_claim(r, f"${mar:.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2026-03"), rec["explanation"]
    assert by_claim(r, f"${feb - mar:.1f} billion")["verdict"] != "contradicted"


def test_a_bracketed_period_with_no_figure_is_the_figures_own(data):
    feb = holding(data, "china_mainland", "2026-02")
    rec = by_claim(check_text(f"China's holdings stood at ${feb:.1f} billion (as of February).", date="2026-05-20",
                              store=data), f"${feb:.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2026-02"), rec["explanation"]


# 15c202a / a292e2f / 53ca8b7: places, a country's official holdings, all foreign holders, year over year -----------------


@pytest.mark.parametrize("text", ["Britain stayed in the No. 2 position among foreign holders.",
                                  "Britain ranks second, behind Japan, among foreign holders of Treasuries.",
                                  "Britain held the number two spot among foreign holders of U.S. debt."])
def test_second_place_in_other_words(data, text):
    r = [x for x in check_text(text, date="2026-06-20", store=data) if x["measure"] == "rank"]
    assert r and (r[0]["subject"], r[0]["verdict"], r[0]["official_period"]) == ("United Kingdom", "supported", "2026-04"), r


@pytest.mark.parametrize("text", ["China's official holdings of U.S. government bonds slipped {p}% in March.",
                                  "Official Chinese holdings of U.S. debt fell {p}% in March.",
                                  # the adjective was read as the foreign official sector's (unverifiable)
                                  "Chinese official holdings of Treasuries dropped {p}% in March."])
def test_a_countrys_official_holdings_in_other_words(data, text):
    feb, mar = holding(data, "china_mainland", "2026-02"), holding(data, "china_mainland", "2026-03")
    p = f"{100 * (feb - mar) / feb:.1f}"
    rec = by_claim(check_text(text.format(p=p), date="2026-05-20", store=data), f"{p}%")
    assert (rec["subject"], rec["verdict"]) == ("China (mainland)", "supported"), rec["explanation"]


@pytest.mark.parametrize("text", [
    "Holdings of US Treasuries by foreign investors rose to ${t} trillion in April.",
    "Foreign investors' holdings of Treasuries rose to ${t} trillion in April.",
    "Japan raised its stake. Overseas holdings of U.S. Treasuries edged up to ${t} trillion in April.",
    "Japan raised its stake. Treasuries held by foreigners totaled ${t} trillion in April.",
])
def test_all_foreign_holders_in_other_words(data, text):
    t = f"{float(data.series('tic.holdings.grand_total')[pd.Period('2026-04', 'M')]) / 1000:.2f}"
    rec = claim_containing(check_text(text.format(t=t), date="2026-06-20", store=data), f"${t} trillion")
    assert (rec["subject"], rec["verdict"]) == ("all foreign holders", "supported"), rec["explanation"]


@pytest.mark.parametrize("base", ["year over year", "year on year", "from a year earlier"])
def test_a_change_on_a_year_before_in_other_words(data, base):
    d = holding(data, "japan", "2026-04") - holding(data, "japan", "2025-04")
    rec = by_claim(check_text(f"Japan's holdings were up ${d:.1f} billion {base} in April.", date="2026-06-20",
                              store=data), f"${d:.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2025-04 to 2026-04"), rec["explanation"]


# 6f12309: runs of months --------------------------------------------------------------------------------------------------


def test_the_runs_in_the_facts(data):
    h = data.holdings()
    uk, cn = h["united_kingdom"], h["china_mainland"]
    assert all(uk[pd.Period(m, "M")] > uk[pd.Period(m, "M") - 1] for m in ("2026-01", "2026-02", "2026-03", "2026-04"))
    assert uk[pd.Period("2025-12", "M")] < uk[pd.Period("2025-11", "M")]
    assert all(cn[pd.Period(m, "M")] < cn[pd.Period(m, "M") - 1] for m in ("2025-09", "2025-10", "2025-11", "2025-12"))
    assert cn[pd.Period("2025-08", "M")] > cn[pd.Period("2025-07", "M")] and \
        cn[pd.Period("2026-01", "M")] > cn[pd.Period("2025-12", "M")]


@pytest.mark.parametrize("text,date,verdict", [
    ("April was the fourth consecutive month that Britain increased its holdings.", "2026-06-20", "supported"),
    ("April marked the fourth straight month in which the UK added to its holdings.", "2026-06-20", "supported"),
    ("April was the fifth consecutive month that Britain increased its holdings.", "2026-06-20", "contradicted"),
    ("Britain's holdings have risen in each of the four most recent months.", "2026-06-20", "supported"),
    ("Britain's holdings have increased in each of the past four months.", "2026-06-20", "supported"),
    ("China's holdings rose in January after a four-month losing streak.", "2026-03-19", "supported"),
    ("China's holdings rose in January, after declining for four straight months.", "2026-03-19", "supported"),
    ("China's holdings rose in January after a three-month losing streak.", "2026-03-19", "contradicted"),
])
def test_runs_of_months_in_other_words(data, text, date, verdict):
    r = [x for x in check_text(text, date=date, store=data) if x["measure"] in ("streak", "streak_end", "streak_before")]
    assert r and r[0]["verdict"] == verdict, r


# 2539021: the lede's month with its year sets the year of the same month named later ------------------------------------


@pytest.mark.parametrize("text", [
    "China reduced its holdings to ${lvl} billion as of January 2024. Its holdings fell by ${d} billion in January.",
    "In January 2024, China's holdings dropped to ${lvl} billion. China cut ${d} billion of Treasuries in January.",
])
def test_the_ledes_year_in_other_words(data, text):
    lvl, d = holding(data, "china_mainland", "2024-01"), holding(data, "china_mainland", "2023-12") - holding(data, "china_mainland",
                                                                                                 "2024-01")
    r = check_text(text.format(lvl=f"{lvl:.1f}", d=f"{d:.1f}"), date="2025-03-18", store=data)
    rec = by_claim(r, f"${d:.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2023-12 to 2024-01"), rec["explanation"]


# cf1ef05 / 3e18bcc / 98429d5: TIC's flows by kind of security in prose ----------------------------------------------------


def _slt1(loaded_store, col: str, month: str) -> float:
    return float(series(f"tic.slt1.grand_total.{col}", loaded_store)[pd.Period(month, "M")]) / 1e3


@pytest.mark.parametrize("text,col", [
    ("Foreign investors bought a net ${v} billion of long-term U.S. securities in April, the TIC data showed.",
     "lt_total_net"),
    ("Net foreign purchases of long-term U.S. securities totaled ${v} billion in April.", "lt_total_net"),
    ("TIC data showed foreigners were net buyers of U.S. stocks in April, to the tune of ${v} billion.", "lt_eqty_net"),
    ("According to the TIC report, net foreign buying of U.S. corporate bonds was ${v} billion in April.", "lt_corp_net"),
])
def test_a_tic_flow_by_kind_in_other_words(data, loaded_store, text, col):
    v = _slt1(loaded_store, col, "2026-04")
    assert v > 0
    rec = by_claim(check_text(text.format(v=f"{v:.1f}"), date="2026-06-18", store=data), f"${v:.1f} billion")
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("tic_prose_flow", "supported", "2026-04"), rec


def test_two_months_of_one_subject_joined_by_and(data, loaded_store):
    mar, apr = _slt1(loaded_store, "lt_agcy_net", "2026-03"), _slt1(loaded_store, "lt_agcy_net", "2026-04")
    assert mar < 0 < apr
    text = f"TIC data: foreigners sold a net ${-mar:.1f} billion of agency bonds in March and bought ${apr:.1f} billion in April."
    r = check_text(text, date="2026-06-18", store=data)
    assert by_claim(r, f"${-mar:.1f} billion")["verdict"] == "supported"
    assert by_claim(r, f"${apr:.1f} billion")["verdict"] == "supported"


@pytest.mark.parametrize("who", ["The Fed", "U.S. banks", "Domestic pension funds"])
def test_a_trade_by_a_buyer_of_its_own_is_not_all_foreigners(data, loaded_store, who):
    # a story that names TIC, a buyer of its own told by its verb: it was judged as all foreigners' net purchases
    v = _slt1(loaded_store, "lt_treas_net", "2026-04") + 7
    text = f"TIC data came out on Thursday. {who} bought ${v:.1f} billion of Treasury bonds and notes in April."
    rec = by_claim(check_text(text, date="2026-06-18", store=data), f"${v:.1f} billion")
    assert rec["measure"] != "tic_prose_flow" and rec["verdict"] != "contradicted", rec


# 72cd08d / 70c3238: an estimate made before the official figure, and a return, in other words --------------------------


@pytest.mark.parametrize("text", [
    "Money market brokers had estimated the intervention at about {e} trillion yen.",
    "Japan is estimated to have spent about {e} trillion yen intervening on July 30, according to money market brokers.",
    "Market estimates put the size of the July 30 intervention at {e} trillion yen.",
    "Japan spent {t} trillion yen on intervention on July 30, the finance ministry said; traders had estimated {e} "
    "trillion yen.",
])
def test_an_estimate_of_an_intervention_in_other_words(data, loaded_store, text):
    # 72cd08d read 'had earlier been estimated at', 'market estimates put', 'estimated by traders'; in the active voice
    # the brokers' estimate was judged as the official figure: contradicted
    total = float(series("mof.fx_intervention.amount", loaded_store)["2026-07-30":"2026-07-30"].sum())
    t, e = f"{total / 1000:.1f}", f"{total / 1000 - 3:.0f}"
    r = check_text(text.format(t=t, e=e), date="2026-08-20", store=data)
    rec = claim_containing(r, f"{e} trillion yen")
    assert rec["verdict"] == "unverifiable" and "estimate" in rec["explanation"], rec
    if "{t}" in text:
        assert by_claim(r, f"{t} trillion yen")["verdict"] == "supported"


@pytest.mark.parametrize("text", ["The 10-year Treasury returned {y}% this year.",
                                  "Ten-year Treasuries have delivered a {y}% return this year.",
                                  "Currency-hedged 10-year Treasuries yield about {y}% for Japanese investors."])
def test_a_return_is_no_yield_in_other_words(data, loaded_store, text):
    y = float(series("fred.dgs10", loaded_store)["2026-01-01":"2026-08-19"].iloc[10])  # a close of this year: 'supported'
    r = [x for x in check_text(text.format(y=f"{y:.2f}"), date="2026-08-20", store=data) if x["claim"].endswith("%")]
    assert r and r[0]["verdict"] == "unverifiable" and r[0]["measure"] != "yield_level", r


def test_a_holdings_gain_in_percent_is_still_a_holdings_change(data):
    p = 100 * (holding(data, "japan", "2026-04") / holding(data, "japan", "2026-03") - 1)
    rec = by_claim(check_text(f"Japan's holdings of Treasuries gained {p:.1f}% in April.", date="2026-06-20", store=data),
                   f"{p:.1f}%")
    assert (rec["measure"], rec["verdict"]) == ("holdings_pct", "supported"), rec["explanation"]


def test_the_official_sectors_holdings_stay_the_official_sectors(data):
    for text in ("Foreign official holdings of Treasuries dropped in March.", "Official holdings of Treasuries dropped "
                                                                            "in March."):
        r = [x for x in check_text(text, date="2026-05-20", store=data) if x["measure"] == "holdings_move"]
        assert r and r[0]["subject"] == "foreign official holders", r


@pytest.mark.parametrize("second", [
    "In the same period a year earlier, China's holdings fell ${c} billion.",
    "During the same period last year, China's holdings fell ${c} billion.",
    "Over the same period of 2025, China's holdings fell ${c} billion.",
])
def test_the_same_period_a_year_before_is_not_judged_as_a_change_on_a_year(data, second):
    # 38e80eb's 'the same period', shifted back a year: it was read as a change on a year before (April 2025 to April
    # 2026, or the year 2025): a true figure of December 2024 to April 2025 contradicted
    c = holding(data, "china_mainland", "2024-12") - holding(data, "china_mainland", "2025-04")
    uk, _ = _uk_cn_four_months(data)
    text = f"Britain added ${uk:.1f} billion in the four months through April. " + second.format(c=f"{c:.1f}")
    rec = by_claim(check_text(text, date="2026-06-20", store=data), f"${c:.1f} billion")
    assert rec["verdict"] == "unverifiable" and "same period" in rec["explanation"], rec


@pytest.mark.parametrize("text", ["In March, Japan trimmed ${j} billion, while China's stockpile shrank ${c} billion.",
                                  "Japan trimmed ${j} billion in March."])
def test_japans_dollar_figure_with_no_securities_is_not_guessed_a_mof_flow(data, text):
    # a paraphrase of 74998df's sentence without 'its holdings': Japan's TIC change was judged as Japanese investors'
    # MoF net sales of foreign bonds converted to dollars (a default instrument): a true figure contradicted
    j = holding(data, "japan", "2026-02") - holding(data, "japan", "2026-03")
    c = holding(data, "china_mainland", "2026-02") - holding(data, "china_mainland", "2026-03")
    rec = by_claim(check_text(text.format(j=f"{j:.1f}", c=f"{c:.1f}"), date="2026-06-20", store=data), f"${j:.1f} billion")
    assert rec["verdict"] != "contradicted", rec


@pytest.mark.parametrize("tail,verdict", [
    (", and services were {s} billion yen in the red.", "supported"),
    ("; services posted a deficit of {s} billion yen.", "supported"),
    ("; services posted a deficit of {w} billion yen.", "contradicted"),
])
def test_the_services_balance_named_as_a_clauses_subject(data, loaded_store, tail, verdict):
    # 'services were 715.3 billion yen in the red' was judged as the goods balance named before it: contradicted
    goods, services = _bop(loaded_store, "bpbp6jyntb", "2026-01"), _bop(loaded_store, "bpbp6jynsn", "2026-01")
    s, w = f"{-services / 10:.1f}", f"{-services / 10 + 100:.1f}"
    text = (f"In January's current account data, the goods account showed a {-goods / 10:.1f} billion yen shortfall" +
            tail.format(s=s, w=w))
    rec = by_claim(check_text(text, date="2026-03-10", store=data), f"{s if verdict == 'supported' else w} billion yen")
    assert rec["verdict"] == verdict and "services" in rec["explanation"], rec


def test_exports_in_a_bop_story_are_no_balance(data):
    text = "Japan's current account surplus shrank in January as exports of goods and services were 9 trillion yen."
    rec = by_claim(check_text(text, date="2026-03-10", store=data), "9 trillion yen")
    assert rec["measure"] != "bop" and rec["verdict"] != "contradicted", rec
