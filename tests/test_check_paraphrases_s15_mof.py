"""Session 15 (issue 13, batch 12's MoF, interventions and 'other' misses): the general mechanisms behind them, each
tried on invented sentences in several wordings (other holders, months, years, word order; English and Japanese) and
on at least one sentence where the rule must not fire. The expected values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, intervention_sum, ja_usd, ja_yen, series, weekly, weekly_run_to
from ustflow.views.check import check_text

# TIC's Caribbean grouping in Japanese ("カリブ海沿岸諸国", "カリブの金融センター"): its own row (to December 2011), never
# the country named before it --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "保有残高3位のカリブ海沿岸諸国は{m}月に米国債を{fig}保有していた。",
    "米財務省によると、{m}月末のカリブの金融センターの米国債保有高は{fig}だった。",
    "日本に次ぐのはカリブ海諸国で、{m}月末の保有額は{fig}となった。",
])
def test_the_caribbean_grouping_in_japanese(data, loaded_store, text):
    s = series("tic.holdings.caribbean_banking_centers", loaded_store)
    fig = ja_usd(float(s[pd.Period("2010-06", "M")]))
    rec = by_claim(check_text(text.format(m=6, fig=fig), date="2010-08-20", store=data), fig)
    assert (rec["series"], rec["verdict"]) == ("tic.holdings.caribbean_banking_centers", "supported"), rec


def test_the_caribbean_grouping_after_2011_is_not_another_holders(data):
    """The grouping's row ends in 2011: a 2013 figure is unverifiable, never judged as Japan's (named just before)."""
    text = "日本は7月に米国債を520億米ドル買い増した。保有残高3位のカリブ海沿岸諸国は7月に米国債を31億米ドル減らした。"
    rec = by_claim(check_text(text, date="2013-09-18", store=data), "31億米ドル")
    assert rec["verdict"] == "unverifiable", rec


def test_a_caribbean_member_stays_itself(data, loaded_store):
    """Must not fire: "カリブ海のケイマン諸島" is the Cayman Islands."""
    v = float(series("tic.holdings.cayman_islands", loaded_store)[pd.Period("2024-06", "M")])
    fig = ja_usd(v)
    rec = by_claim(check_text(f"カリブ海のケイマン諸島の6月末の米国債保有額は{fig}だった。", date="2024-08-20", store=data), fig)
    assert rec["series"] == "tic.holdings.cayman_islands", rec


# Interventions -------------------------------------------------------------------------------------------------------


def _tn(bn: float, nd: int = 1) -> str:
    return f"¥{bn / 1000:.{nd}f} trillion"


@pytest.mark.parametrize("text", [
    "Japan's Finance Ministry said it expended a record {fig} in a month-long effort to support the value of the yen.",
    "Tokyo spent {fig} in a bid to strengthen the yen, the finance ministry said on Friday.",
    "The government spends {fig} in an attempt to bolster the currency, data showed.",
])
def test_spending_whose_purpose_is_the_yen_is_an_intervention(data, loaded_store, text):
    """No word "intervention": the spending's purpose (to support, strengthen, bolster the yen) names it."""
    fig = _tn(intervention_sum(loaded_store, "2024-04-26", "2024-05-29"))
    rec = by_claim(check_text(text.format(fig=fig), date="2024-05-31", store=data), fig)
    assert (rec["series"], rec["verdict"]) == ("mof.fx_intervention.amount", "supported"), rec


def test_a_rate_move_that_could_strengthen_the_yen_is_no_intervention(data):
    """Must not fire: a trade whose effect on the yen is told is not spending on the yen."""
    text = "Japanese investors bought ¥1.2 trillion of foreign bonds last week, a move that could weaken the yen."
    rec = by_claim(check_text(text, date="2024-05-31", store=data), "¥1.2 trillion")
    assert rec["measure"] != "intervention", rec


@pytest.mark.parametrize("text", [
    "Japan confirms first currency intervention since 2022 with {usd} in spending",
    "Japan posts first yen intervention since 2022, spending {usd}",
    "Tokyo confirmed its first intervention since 2022 with {usd} spent",
])
def test_a_headlines_first_since_dates_no_figure(data, loaded_store, text):
    """"first ... since 2022" is a look-back: the figure beside it is the latest report's, not a sum since 2022."""
    v = intervention_sum(loaded_store, "2024-04-26", "2024-05-29")
    usd = "$62 billion"
    rec = by_claim(check_text(text.format(usd=usd), date="2024-05-31", store=data), usd)
    assert rec["verdict"] == "supported", (rec, v)


def test_a_bare_first_in_prose_is_no_lookback(data):
    """Must not fire: "first" after a verb with no "since" is no look-back."""
    rec = check_text("Japan first intervened in September, spending ¥2.8 trillion.", date="2022-09-30", store=data)
    assert not [r for r in rec if r.get("measure") == "qualifier" and "first" in r["claim"]], rec


@pytest.mark.parametrize("text", [
    "The 2022 interventions amounted to {fig} over three separate occasions in September and October.",
    "In 2022, Japan spent {fig} on three occasions in September and October.",
    "The 2022 operations in September and October came to {fig}.",
])
def test_an_opening_year_frames_two_months(data, loaded_store, text):
    fig = _tn(intervention_sum(loaded_store, "2022-09-01", "2022-10-31"))
    rec = by_claim(check_text("Japan intervened to support the yen. " + text.format(fig=fig), date="2024-05-31",
                              store=data), fig)
    assert rec["verdict"] == "supported", rec


def test_a_year_inside_the_sentence_frames_nothing(data, loaded_store):
    """Must not fire: a year in a relative clause does not date the months after it."""
    fig = _tn(intervention_sum(loaded_store, "2024-04-26", "2024-05-29"))
    text = f"Japan, which last intervened in 2022, spent {fig} on intervention in April and May."
    rec = by_claim(check_text(text, date="2024-05-31", store=data), fig)
    assert rec["verdict"] == "supported", rec


@pytest.mark.parametrize(("text", "fig"), [
    ("The figure surpassed earlier estimates of ¥9.4 trillion.", "¥9.4 trillion"),
    ("The yen's slide prompted speculation that Japan had intervened with ¥3 trillion to ¥4 trillion.", "¥4 trillion"),
    ("Traders' initial estimates of ¥5 trillion proved too low.", "¥5 trillion"),
])
def test_an_estimate_before_the_official_figure_is_unverifiable(data, text, fig):
    rec = by_claim(check_text("Japan spent ¥9.8 trillion on intervention. " + text, date="2024-05-31", store=data), fig)
    assert rec["verdict"] == "unverifiable", rec


def test_confirmed_speculation_is_judged(data, loaded_store):
    """Must not fire: data that confirmed speculation report the official figure."""
    fig = _tn(intervention_sum(loaded_store, "2024-06-27", "2024-07-29"))
    text = f"Finance ministry data confirmed speculation that Japan spent {fig} on intervention between June 27 and July 29."
    rec = by_claim(check_text(text, date="2024-07-31", store=data), fig)
    assert rec["verdict"] == "supported", rec


@pytest.mark.parametrize("head", [
    "Japan Spends {n} T. Yen on Forex Intervention in April-May",
    "Gov't Used {n} T. Yen to Prop Up the Yen",
    "Japan's Forex Intervention Totals {n} T. Yen",
])
def test_a_wire_headlines_scale_letter(data, loaded_store, head):
    v = intervention_sum(loaded_store, "2024-04-26", "2024-05-29")
    n = f"{v / 1000:.1f}"
    recs = check_text(head.format(n=n) + "\n\nTokyo, May 31 (Jiji Press)--Japan intervened.", date="2024-05-31", store=data)
    rec = by_claim(recs, f"{n} T. Yen")
    assert (rec["series"], rec["verdict"]) == ("mof.fx_intervention.amount", "supported"), rec


@pytest.mark.parametrize("text", [
    "政府・日銀が{d}に{fig}の円買い介入を実施したことが7日、財務省の発表で判明した。",
    "政府・日銀が{d}に{fig}の為替介入を行っていたことが8日、明らかになった。",
    "財務省が7日発表した。政府は{d}に{fig}の円買いドル売り介入を実施していた。",
])
def test_the_day_the_news_came_out_is_not_the_figures(data, loaded_store, text):
    fig = ja_yen(intervention_sum(loaded_store, "2024-04-29", "2024-04-29"))
    rec = by_claim(check_text(text.format(d="4月29日", fig=fig), date="2024-08-08", store=data), fig)
    assert rec["verdict"] == "supported", rec


@pytest.mark.parametrize("lead", [
    "これまでの最大は{d}の{fig}だった。",
    "それまでの最高は{d}の{fig}。",
    "従来の最大は{d}に実施した{fig}だった。",
])
def test_the_previous_record_after_an_intervention(data, loaded_store, lead):
    fig = ja_yen(intervention_sum(loaded_store, "2022-10-21", "2022-10-21"))
    text = "政府・日銀は4月29日に円買いドル売り介入を実施した。" + lead.format(d="2022年10月21日", fig=fig)
    rec = by_claim(check_text(text, date="2024-08-08", store=data), fig)
    assert (rec["series"], rec["verdict"]) == ("mof.fx_intervention.amount", "supported"), rec


def test_a_previous_record_of_securities_is_no_intervention(data):
    """Must not fire: the previous record of a securities flow stays a flow."""
    text = "海外投資家は先週、日本株を買い越した。これまでの最大は2013年の株式の1兆5000億円だった。"
    rec = by_claim(check_text(text, date="2024-08-08", store=data), "1兆5000億円")
    assert rec["measure"] != "intervention", rec


# A week's holdings of Treasuries by foreigners: only the Fed's weekly custody series has them ------------------------

def _wed(loaded_store, day: str) -> tuple[float, float]:
    s = series("fred.wmtsecl1", loaded_store)
    p = pd.Period(day, s.index.freq)
    return float(s[p]), float(s[p]) - float(s[p - 1])


@pytest.mark.parametrize("text", [
    "一方、外国勢による米国債保有は27日までの1週間に約{chg}億ドル減少し、{lvl}となった。",
    "FRBのデータによると、海外勢の米国債保有残高は27日までの週に{lvl}となり、前週から約{chg}億ドル減った。",
    "Foreign holdings of Treasuries fell about ${chg_bn} billion in the week to March 27, to {lvl_en}.",
])
def test_a_weeks_treasury_holdings_are_the_feds_custody(data, loaded_store, text):
    lvl, chg = _wed(loaded_store, "2024-03-27")
    cho, oku = divmod(round(lvl / 100), 10000)
    fig_lvl = f"{cho}兆{oku}億ドル"
    lvl_en = f"${lvl / 1e6:.2f} trillion"
    t = text.format(chg=round(abs(chg) / 100), lvl=fig_lvl, chg_bn=f"{abs(chg) / 1000:.1f}", lvl_en=lvl_en)
    recs = check_text(t, date="2024-03-29", store=data)
    rec = by_claim(recs, fig_lvl if "兆" in t else lvl_en)
    assert (rec["series"], rec["verdict"]) == ("fred.wmtsecl1", "supported"), rec


def test_a_months_treasury_holdings_stay_tic(data, loaded_store):
    """Must not fire: a month's figure (or a week's of one country) is not custody."""
    v = float(series("tic.holdings.japan", loaded_store)[pd.Period("2024-01", "M")])
    fig = f"{int(v // 1000)}兆{round(v % 1000 * 10)}億ドル"
    rec = by_claim(check_text(f"日本の1月末の米国債保有額は{fig}だった。", date="2024-03-29", store=data), fig)
    assert rec["series"] == "tic.holdings.japan", rec
    rec = by_claim(check_text("日本の米国債保有は27日までの1週間に56億ドル減った。", date="2024-03-29", store=data), "56億ドル")
    assert rec["series"] != "fred.wmtsecl1", rec


# Dollar figures beside a holder that are not its Treasuries -------------------------------------------------------

@pytest.mark.parametrize(("text", "fig"), [
    ("中国の米国債保有額は1兆1125億ドルだった。中国人民銀行が発表した外貨準備高は6月末時点で3兆1190億ドルだった。", "3兆1190億ドル"),
    ("日本の米国債保有額は1兆1300億ドル。日本の外貨準備は8月末に1兆2000億ドルとなった。", "1兆2000億ドル"),
    ("Saudi Arabia held $136.3 billion of Treasuries in May. SAMA has $361.75 billion in deposits with foreign banks.",
     "$361.75 billion"),
    ("Ireland held $264.3 billion of Treasuries. Its holdings exceed its economy, which is worth about $230 billion.",
     "about $230 billion"),
    ("Ireland held $264.3 billion of Treasuries. Of the funds' assets, $337 billion is in government bonds including "
     "Treasuries.", "$337 billion"),
])
def test_reserves_deposits_an_economy_or_wider_bonds_are_not_treasuries(data, text, fig):
    rec = by_claim(check_text(text, date="2019-08-17" if "中国" in text else "2024-07-22", store=data), fig)
    assert rec["verdict"] == "unverifiable" and rec["measure"] == "other", rec


def test_treasuries_within_the_reserves_stay_holdings(data, loaded_store):
    """Must not fire: the part of the reserves in Treasuries, named between the reserves and the figure."""
    v = float(series("tic.holdings.china_mainland", loaded_store)[pd.Period("2019-06", "M")])
    fig = f"{int(v // 1000)}兆{round(v % 1000 * 10)}億ドル"
    text = f"中国の外貨準備のうち、米国債の6月末の保有額は{fig}だった。"
    rec = by_claim(check_text(text, date="2019-08-17", store=data), fig)
    assert (rec["series"], rec["verdict"]) == ("tic.holdings.china_mainland", "supported"), rec


# MoF weekly flows: runs, firsts, the week before, a purchase told as an addition -------------------------------------


@pytest.mark.parametrize("text", [
    "外国人投資家は先週、日本の中長期債を売り越し、{n}週間続いた買い越し記録を更新した。",
    "海外投資家は先週、日本国債から資金を引き揚げ、{n}週続いた買い越しに区切りをつけた。",
    "海外勢は先週、日本の長期債を売却し、{n}週間続いた買い越しの流れが変わった。",
])
def test_a_run_that_had_lasted_ends_with_the_opposite_act(data, loaded_store, text):
    """"N週間続いた買い越し" after the period's own sale: the run of N weeks the sale ended (it was read as a run to this
    week, 0, and called contradicted)."""
    assert weekly(loaded_store, "liabilities.lt_debt.net", "2024-03-23") < 0
    n = weekly_run_to(loaded_store, "liabilities.lt_debt.net", "2024-03-16")
    recs = check_text(text.format(n=n), date="2024-03-28", store=data)
    rec = [r for r in recs if "続い" in r["claim"]][0]
    assert rec["verdict"] == "supported", rec


def test_a_run_that_goes_on_is_a_run_to_this_week(data, loaded_store):
    """Must not fire: the same act this week (bought, and a buying run) is the run to this week."""
    n = weekly_run_to(loaded_store, "liabilities.equity.net", "2023-06-17")
    text = f"海外投資家は先週も日本株を買い越し、{n}週間続いた買い越しとなった。"
    rec = [r for r in check_text(text, date="2023-06-22", store=data) if "続い" in r["claim"]][0]
    assert (rec["verdict"], rec["measure"]) == ("supported", "streak"), rec


@pytest.mark.parametrize("text", [
    "国内投資家はまた、2月23日以来の週間純購入で、約{v}億円の外国株式を確保した。",
    "国内投資家は先週、外国株式を{v}億円買い越した。2月23日以来の買い越しとなる。",
    "日本の投資家による外国株への投資は{v}億円の取得超で、2月23日以来の取得超だった。",
])
def test_the_first_trade_since_a_day(data, loaded_store, text):
    """"X以来の買い越し" is the first such trade since X; X dates no figure (the amount is the latest week's)."""
    v = weekly(loaded_store, "assets.equity.net", "2024-03-23")
    assert v > 0
    recs = check_text(text.format(v=round(v)), date="2024-03-28", store=data)
    first = [r for r in recs if "以来" in r["claim"]]
    assert first and first[0]["verdict"] == "supported", recs
    fig = [r for r in recs if r["claim"].endswith(f"{round(v)}億円")]
    assert fig and fig[0]["verdict"] == "supported", recs


def test_the_largest_amount_since_is_no_first(data):
    """Must not fire: "以来の買越額" is the largest since, not the first."""
    recs = check_text("海外投資家の日本株の買い越しは先週、5000億円と2月23日以来の買越額となった。", date="2024-03-28", store=data)
    assert not [r for r in recs if "以来" in r["claim"] and r.get("measure") == "qualifier"
                and "first" in r["explanation"]], recs


@pytest.mark.parametrize("text", [
    "国内投資家の海外中長期債への投資は{w}億円の買い越しだった。前の週の買越額は{p}億円だった。",
    "国内投資家は海外中長期債を{w}億円買い越した。前の週には{p}億円の買い越しだった。",
    "国内投資家による海外の中長期債への投資は{w}億円の買い越し。前の週の海外中長期債の買越額は{p}億円だった。",
])
def test_the_week_before_the_storys_week(data, loaded_store, text):
    w = weekly(loaded_store, "assets.lt_debt.net", "2017-05-06")
    p = weekly(loaded_store, "assets.lt_debt.net", "2017-04-29")
    recs = check_text("4月30日〜5月6日の週。" + text.format(w=round(w), p=round(p)), date="2017-05-11", store=data)
    rec = by_claim(recs, f"{round(p)}億円")
    assert rec["verdict"] == "supported", rec


def test_the_week_before_with_its_days_takes_them(data, loaded_store):
    """Must not fire: "前の週(4月23日〜29日)" names its own days."""
    p = weekly(loaded_store, "liabilities.equity.net", "2017-04-29")
    text = f"海外投資家による日本株への投資は買い越しだった。前の週(4月23日〜29日)は{round(p)}億円の買い越しだった。"
    rec = by_claim(check_text(text, date="2017-05-11", store=data), f"{round(p)}億円")
    assert rec["verdict"] == "supported", rec


@pytest.mark.parametrize("text", [
    "Japanese investors added {v} worth of long-term overseas bonds to their portfolios last week.",
    "Last week Japanese investors added a net {v} of foreign bonds to their holdings, finance ministry data showed.",
    "Domestic investors added some {v} in overseas long-term bonds to their portfolios in the week.",
])
def test_yen_added_to_a_portfolio_is_a_purchase(data, loaded_store, text):
    v = weekly(loaded_store, "assets.lt_debt.net", "2023-06-24")
    fig = f"{v / 10:.1f} billion yen"
    recs = check_text(text.format(v=fig), date="2023-06-30", store=data)
    rec = [r for r in recs if r["claim"].endswith(fig)]
    assert rec and (rec[0]["measure"], rec[0]["verdict"]) == ("flow", "supported"), recs


def test_dollars_added_to_holdings_stay_holdings(data):
    """Must not fire: "China added $5 billion of Treasuries to its holdings" is a change of TIC holdings."""
    rec = by_claim(check_text("China added $5.0 billion of Treasuries to its holdings in March.", date="2024-05-20",
                              store=data), "$5.0 billion")
    assert rec["measure"] == "holdings_change", rec


@pytest.mark.parametrize("head", [
    "Foreigners Turned Sellers of Japan Shares After {n} Straight Weeks of Purchases",
    "Overseas Investors Sell Japan Stocks, Ending {n} Straight Weeks of Buying",
    "Foreign Investors Dump Japanese Shares After {n} Straight Weeks of Purchases",
])
def test_a_title_case_market_is_no_holder(data, loaded_store, head):
    n = weekly_run_to(loaded_store, "liabilities.equity.net", "2023-06-17")
    recs = check_text(head.format(n=n) + "\n\nForeigners sold Japanese shares in the week through June 24.",
                      date="2023-06-30", store=data)
    rec = [r for r in recs if f"{n} Straight" in r["claim"]][0]
    assert rec["subject"].startswith("non-residents") and rec["verdict"] == "supported", rec


def test_japan_as_a_headlines_buyer_stays_japan(data):
    """Must not fire: "Japan Buys ..." names the buyer."""
    recs = check_text("Japan Buys 1.2 Trillion Yen of Foreign Bonds\n\nJapanese investors bought foreign bonds.",
                      date="2023-06-30", store=data)
    rec = by_claim(recs, "1.2 Trillion Yen")
    assert rec["subject"].startswith("Japan"), rec


# A run told beside the exchange's weekly figure; a yen move within one day -----------------------------------------

@pytest.mark.parametrize("text", [
    "Foreigners sold Japanese equities during the week ended April 17, marking their tenth straight week of net selling."
    "\n\nOverseas investors sold a net 434.56 billion yen worth of local stocks last week, according to data from "
    "Japanese stock exchanges.",
    "Overseas investors dumped Japanese shares for a ninth straight week. They sold a net 300 billion yen of stocks, "
    "Tokyo Stock Exchange data showed.",
    "Foreign investors were net sellers of Japanese stocks for the fifth consecutive week. Their net sales came to "
    "250 billion yen, according to Japan Exchange Group data.",
])
def test_a_run_beside_the_exchanges_figure_is_the_exchanges(data, text):
    recs = check_text(text, date="2020-04-23", store=data)
    run = [r for r in recs if "straight" in r["claim"] or "consecutive" in r["claim"]]
    assert run and run[0]["verdict"] == "unverifiable", recs


def test_a_run_beside_a_ministry_figure_is_judged(data, loaded_store):
    """Must not fire: the next sentence names MoF's data, not the exchange's."""
    text = ("Foreigners sold Japanese equities in the week ended April 18, marking their second straight week of net "
            "selling. Overseas investors sold a net 200 billion yen of stocks, finance ministry data showed.")
    run = [r for r in check_text(text, date="2020-04-23", store=data) if "straight" in r["claim"]]
    assert run and run[0]["verdict"] != "unverifiable", run


@pytest.mark.parametrize(("text", "fig"), [
    ("The dollar plunged from around ¥161 to around ¥157 on July 11, after the U.S. CPI.", "around ¥161"),
    ("On Thursday the dollar tumbled from about 161 yen to 157 yen within hours.", "157 yen"),
    ("ドルは11日、161円台から157円台まで急落した。", "157円台"),
])
def test_the_ends_of_a_move_within_a_day_are_intraday(data, text, fig):
    rec = by_claim(check_text(text, date="2024-07-31", store=data), fig)
    assert rec["verdict"] == "unverifiable", rec


def test_a_move_over_months_is_not_intraday(data):
    """Must not fire: a move from one level to another over a span names no day."""
    recs = check_text("The dollar fell from ¥161 to ¥142 between July and September.", date="2024-10-01", store=data)
    assert not [r for r in recs if "within one day" in r["explanation"]], recs


@pytest.mark.parametrize("text", [
    "This is the first time that the Japanese government has undertaken such a market measure since October 2022.",
    "It was the first time that Tokyo had stepped into the currency market to support the yen since October 2022.",
    "That marked the first time that the authorities have intervened in the foreign exchange market since 2022.",
])
def test_the_first_time_that_a_long_clause_since(data, text):
    """"the first time that <a clause of up to twelve words> since X": a look-back, judged on the interventions."""
    recs = check_text("Japan spent ¥9.8 trillion on currency intervention between April 26 and May 29. " + text,
                      date="2024-05-31", store=data)
    rec = [r for r in recs if r["claim"].startswith("the first time")]
    assert rec and rec[0]["verdict"] == "supported", recs


def test_a_first_without_since_is_no_lookback(data):
    """Must not fire: "the first time that ..." with no "since" or look-back is no claim of its own."""
    recs = check_text("It was the first time that the ministry published the daily amounts of its interventions.",
                      date="2024-08-08", store=data)
    assert not [r for r in recs if r["claim"].startswith("the first time")], recs
