"""Generality audit of session 15's MoF, markets and TIC rules (b051de8: the Caribbean grouping in Japanese; a08f3f2:
interventions; 1563eb6: the Fed's weekly custody, reserves, deposits, an economy; 46c5b36: MoF weekly runs, firsts and
weeks; ce4cf88: the exchange's weekly figure, a yen move within one day; 7d58bca: 'the first time that <clause> since
X'; c59cfb2 and 1eacbf3: TIC levels as reporters write them; ba6036a: the confidence gate), each tried on the same
facts as ANOTHER reporter would write them (words, order, holders, months; English and Japanese) than the rule's own
tests (tests/test_check_paraphrases_s15_mof.py, tests/test_check_tic_values_s15.py), and on text the rule was not
meant for (the must-not-fire cases say so). Issue 13: a rule that fits one article's words and breaks on a plain
paraphrase is overfit. Invented sentences; the facts and the expected values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, intervention_sum, ja_usd, ja_yen, series, tic_level, weekly, weekly_run_to
from ustflow.check.lexicon import act_direction
from ustflow.views.check import check_text


def _tn(bn: float, nd: int = 2) -> str:
    return f"¥{bn / 1000:.{nd}f} trillion"


# b051de8: TIC's Caribbean grouping in Japanese ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "カリブ海地域の米国債保有残高は12月末に{fig}だった。",
    "英国に次ぐカリブ諸国は、2009年12月末に{fig}の米国債を保有していた。",
    # before: "銀行" inside "銀行センター" was read as Japan's banks (no holdings series: unverifiable)
    "カリブ海の銀行センターの米国債保有額は2009年12月末時点で{fig}。",
])
def test_the_caribbean_grouping_in_other_words(data, loaded_store, text):
    fig = ja_usd(tic_level(loaded_store, "caribbean_banking_centers", "2009-12"))
    rec = by_claim(check_text(text.format(fig=fig), date="2010-02-17", store=data), fig)
    assert (rec["series"], rec["verdict"]) == ("tic.holdings.caribbean_banking_centers", "supported"), rec


def test_a_country_on_the_caribbean_stays_itself(data, loaded_store):
    """Must not fire: "カリブ海に面したメキシコ" is Mexico, not the grouping."""
    fig = ja_usd(tic_level(loaded_store, "mexico", "2024-06"))
    rec = by_claim(check_text(f"カリブ海に面したメキシコの6月末の米国債保有額は{fig}だった。", date="2024-08-20", store=data), fig)
    assert (rec["series"], rec["verdict"]) == ("tic.holdings.mexico", "supported"), rec


def test_japans_banks_stay_banks(data):
    """Must not fire: the banks' own word ("銀行等") is still Japan's banks."""
    rec = by_claim(check_text("日本の銀行等は先週、海外中長期債を1000億円買い越した。", date="2024-03-28", store=data), "1000億円")
    assert "banks" in (rec["subject"] or "").lower() or "banks" in rec["explanation"], rec


# a08f3f2: interventions ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The finance ministry said Japan had expended {fig} in its campaign to prop up the yen between April 26 and May 29.",
    "Authorities spent {fig} in an attempt to shore up the currency in the month to May 29, the ministry said.",
    "Japan poured {fig} into a push to defend the yen over the past month, official data showed.",
])
def test_spending_for_the_yen_in_other_words(data, loaded_store, text):
    fig = _tn(intervention_sum(loaded_store, "2024-04-26", "2024-05-29"))
    rec = by_claim(check_text(text.format(fig=fig), date="2024-05-31", store=data), fig)
    assert (rec["series"], rec["verdict"]) == ("mof.fx_intervention.amount", "supported"), rec


@pytest.mark.parametrize(("text", "fig"), [
    # before: both were read as interventions (the second called contradicted against April's operations)
    ("Foreign investors bought a net ¥1.5 trillion of Japanese stocks last week, which supported the value of the yen.",
     "¥1.5 trillion"),
    ("Japanese investors sold ¥1.2 trillion of foreign bonds in April, in a bid to strengthen the yen-denominated part "
     "of their portfolios.", "¥1.2 trillion"),
])
def test_a_trade_in_securities_beside_the_yen_is_no_intervention(data, text, fig):
    """Must not fire: a figure of securities ("¥X of Japanese stocks") is a trade, whatever the yen does after it."""
    rec = by_claim(check_text(text, date="2024-05-31", store=data), fig)
    assert rec["measure"] != "intervention", rec


def test_a_headlines_first_since_in_title_case(data):
    recs = check_text("Japan Reports First Yen-Buying Intervention Since 2022, Spending $62 Billion", date="2024-05-31",
                      store=data)
    rec = by_claim(recs, "$62 Billion")
    assert (rec["series"], rec["verdict"]) == ("mof.fx_intervention.amount", "supported"), rec


@pytest.mark.parametrize("text", [
    "Foreign holdings first exceeded 5 trillion dollars in 2012, according to Treasury data.",
    "Japan's holdings first fell below the one trillion dollar mark in 2016.",
])
def test_an_adverb_first_before_a_year_is_no_look_back(data, text):
    """Must not fire: a08f3f2's headline verb ("confirms first intervention since 2022") is not "holdings first exceeded
    ... in 2012", an adverb (before: read as "the first of 2012" and called contradicted against the latest month)."""
    recs = check_text(text, date="2024-07-18", store=data)
    assert not [r for r in recs if r.get("measure") == "first_since"], recs
    assert not [r for r in recs if r["verdict"] == "contradicted"], recs


@pytest.mark.parametrize("text", [
    "For 2022, the interventions in September and October totalled {fig}.",
    "The 2022 yen-buying in September and October cost {fig}.",
])
def test_a_year_before_two_months_in_other_words(data, loaded_store, text):
    fig = _tn(intervention_sum(loaded_store, "2022-09-01", "2022-10-31"), 1)
    rec = by_claim(check_text("Japan intervened to support the yen. " + text.format(fig=fig), date="2024-05-31",
                              store=data), fig)
    assert rec["verdict"] == "supported", rec


@pytest.mark.parametrize(("text", "fig"), [
    ("Previous estimates put the figure at ¥9 trillion.", "¥9 trillion"),
    ("There had been speculation that the authorities spent ¥3.5 trillion.", "¥3.5 trillion"),
])
def test_an_earlier_guess_in_other_words(data, text, fig):
    rec = by_claim(check_text("Japan spent ¥9.8 trillion on intervention. " + text, date="2024-05-31", store=data), fig)
    assert rec["verdict"] == "unverifiable", rec


def test_a_wire_headlines_scale_letter_for_another_month(data, loaded_store):
    n = f"{intervention_sum(loaded_store, '2024-06-27', '2024-07-29') / 1000:.1f}"
    rec = by_claim(check_text(f"Japan's Intervention in July Totaled {n} T. Yen", date="2024-07-31", store=data),
                   f"{n} T. Yen")
    assert (rec["series"], rec["verdict"]) == ("mof.fx_intervention.amount", "supported"), rec


@pytest.mark.parametrize("text", [
    # before: "31日、分かった" dated the figure (no intervention on the 31st: unverifiable)
    "政府・日銀が4月29日に{fig}の円買い介入を実施していたことが31日、分かった。",
    "政府・日銀が4月29日に{fig}の円買い介入を実施していたことが、財務省が31日に発表した資料で判明した。",
])
def test_the_day_the_news_came_out_in_other_words(data, loaded_store, text):
    fig = ja_yen(intervention_sum(loaded_store, "2024-04-29", "2024-04-29"))
    rec = by_claim(check_text(text.format(fig=fig), date="2024-05-31", store=data), fig)
    assert (rec["official_period"], rec["verdict"]) == ("2024-04-29", "supported"), rec


def test_the_day_of_an_intervention_whose_size_was_published(data, loaded_store):
    """Must not fire: "4月29日の円買い介入の規模が公表され" dates the intervention, not the release (before: read as the
    release day, the figure was judged against the latest month's operations and called contradicted)."""
    fig = ja_yen(intervention_sum(loaded_store, "2024-04-29", "2024-04-29"))
    rec = by_claim(check_text(f"4月29日の円買い介入の規模が公表され、{fig}だった。", date="2024-08-08", store=data), fig)
    assert (rec["official_period"], rec["verdict"]) == ("2024-04-29", "supported"), rec


@pytest.mark.parametrize("text", [
    "政府・日銀は4月29日に円買いドル売り介入を実施した。前回の最高は2022年10月21日の{ja}だった。",
    "Japan intervened on April 29. The previous record was {en}, spent on Oct. 21, 2022.",
])
def test_the_previous_record_in_other_words(data, loaded_store, text):
    v = intervention_sum(loaded_store, "2022-10-21", "2022-10-21")
    fig = ja_yen(v) if "{ja}" in text else _tn(v)
    rec = by_claim(check_text(text.format(ja=fig, en=fig), date="2024-08-08", store=data), fig)
    assert (rec["series"], rec["verdict"]) == ("mof.fx_intervention.amount", "supported"), rec


# 1563eb6: a week's Treasuries held for foreigners; reserves, deposits, an economy ------------------------------------

def test_the_feds_custody_in_other_words(data, loaded_store):
    s = series("fred.wmtsecl1", loaded_store)
    p = pd.Period("2024-03-27", s.index.freq)
    lvl, chg = float(s[p]), float(s[p]) - float(s[p - 1])
    en = (f"Treasuries held in custody at the New York Fed for foreign official accounts fell ${abs(chg) / 1000:.1f} "
          f"billion in the week ended March 27 to ${lvl / 1e6:.3f} trillion.")
    for r in check_text(en, date="2024-03-29", store=data):
        assert (r["series"], r["verdict"]) == ("fred.wmtsecl1", "supported"), r
    cho, oku = divmod(round(lvl / 100), 10000)
    rec = by_claim(check_text(f"海外の中央銀行などによる米国債の保管残高は27日終了の週に{cho}兆{oku}億ドルとなった。",
                              date="2024-03-29", store=data), f"{cho}兆{oku}億ドル")
    assert (rec["series"], rec["verdict"]) == ("fred.wmtsecl1", "supported"), rec


def test_treasuries_held_as_reserves_are_treasuries(data, loaded_store):
    """Must not fire: "外貨準備として…の米国債" names Treasuries right after the figure (before: read as the reserves,
    a true level made unverifiable)."""
    fig = ja_usd(tic_level(loaded_store, "japan", "2024-06"))
    rec = by_claim(check_text(f"日本は外貨準備として{fig}の米国債を保有している。", date="2024-08-20", store=data), fig)
    assert (rec["series"], rec["verdict"]) == ("tic.holdings.japan", "supported"), rec


@pytest.mark.parametrize(("text", "fig"), [
    ("日本の米国債保有額は6月末に1兆914億ドルだった。日本の外貨準備高は7月末に1兆2000億ドルとなった。", "1兆2000億ドル"),
    ("Saudi Arabia held $136.3 billion of Treasuries in May. The central bank also keeps $100 billion of bank deposits "
     "abroad.", "$100 billion"),
    ("Ireland held $336.8 billion of Treasuries in May. Ireland's economy is valued at roughly $500 billion.",
     "roughly $500 billion"),
])
def test_what_is_not_treasuries_in_other_words(data, text, fig):
    rec = by_claim(check_text(text, date="2024-08-20", store=data), fig)
    assert rec["verdict"] == "unverifiable" and rec["measure"] == "other", rec


# 46c5b36: MoF weekly runs, firsts and portfolios --------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "外国人投資家は先週、日本の中長期債を売り越して、{n}週間続いた買い越しに終止符を打った。",
    "海外勢は先週、日本の中長期債を手放し、{n}週続いた買い越しが止まった。",
])
def test_a_run_ended_by_the_opposite_act_in_other_words(data, loaded_store, text):
    assert weekly(loaded_store, "liabilities.lt_debt.net", "2024-03-23") < 0
    n = weekly_run_to(loaded_store, "liabilities.lt_debt.net", "2024-03-16")
    rec = [r for r in check_text(text.format(n=n), date="2024-03-28", store=data) if "続い" in r["claim"]][0]
    assert rec["verdict"] == "supported" and rec["official_value"] == n, rec


@pytest.mark.parametrize("text", [
    # before: "以来となる" was not a first; 2月23日 dated the figure (unverifiable)
    "国内投資家の外国株式投資は{v}億円の買い越しで、2月23日以来となる買い越しだった。",
    "国内投資家は先週、外国株式を{v}億円買い越し、2月23日以来の取得超に転じた。",
])
def test_the_first_trade_since_in_other_words(data, loaded_store, text):
    v = round(weekly(loaded_store, "assets.equity.net", "2024-03-23"))
    recs = check_text(text.format(v=v), date="2024-03-28", store=data)
    first = [r for r in recs if "以来" in r["claim"]]
    assert first and (first[0]["measure"], first[0]["verdict"]) == ("first_since", "supported"), recs
    assert by_claim(recs, f"{v}億円")["verdict"] == "supported", recs


@pytest.mark.parametrize("text", [
    # before: "since the week to Feb. 23" was no look-back; Feb. 23 dated the figure (a true claim called contradicted)
    "Japanese investors bought a net {v} of foreign stocks, their first net purchase since the week to Feb. 23.",
    "Japanese investors bought a net {v} of foreign stocks last week, the first net buying since the week ended "
    "February 24.",
])
def test_the_first_trade_since_a_week_in_english(data, loaded_store, text):
    fig = f"{weekly(loaded_store, 'assets.equity.net', '2024-03-23') / 10:.1f} billion yen"
    recs = check_text(text.format(v=fig), date="2024-03-28", store=data)
    assert [r for r in recs if r.get("measure") == "first_since" and r["verdict"] == "supported"], recs
    rec = by_claim(recs, fig)
    assert (rec["official_period"], rec["verdict"]) == ("2024-03-17..2024-03-23", "supported"), rec


def test_the_largest_amount_since_told_with_tonaru_is_no_first(data):
    """Must not fire: "以来となる買い越し額" is the largest amount since, not the first."""
    recs = check_text("海外投資家の日本株の買い越しは先週、5000億円と2月23日以来となる買い越し額だった。", date="2024-03-28",
                      store=data)
    assert not [r for r in recs if r.get("measure") == "first_since"], recs


def test_debt_added_to_portfolios_in_other_words(data, loaded_store):
    v = weekly(loaded_store, "assets.lt_debt.net", "2023-06-24")
    fig = f"about {v / 10:.1f} billion yen"
    text = f"Local investors added {fig} of foreign long-term debt to their portfolios last week."
    rec = by_claim(check_text(text, date="2023-06-30", store=data), fig)
    assert (rec["measure"], rec["verdict"]) == ("flow", "supported"), rec


# ce4cf88: the exchange's weekly figure; a yen move within a day ---------------------------------------------------

def test_a_run_beside_the_exchanges_figure_in_other_words(data):
    text = ("Overseas investors were net sellers of Japanese stocks for a third week in a row. They offloaded a net 200 "
            "billion yen, data from the Tokyo Stock Exchange showed.")
    rec = by_claim(check_text(text, date="2020-04-23", store=data), "for a third week in a row")
    assert rec["verdict"] == "unverifiable", rec


@pytest.mark.parametrize(("text", "fig"), [
    ("The yen surged from about ¥161 to ¥157 against the dollar on Thursday, after U.S. inflation data.", "¥157"),
    ("11日の東京市場で円は1ドル=161円台から157円台に急伸した。", "161円台"),
])
def test_a_move_within_a_day_in_other_words(data, text, fig):
    rec = by_claim(check_text(text, date="2024-07-31", store=data), fig)
    assert rec["verdict"] == "unverifiable" and "within one day" in rec["explanation"], rec


def test_a_move_over_half_a_year_is_no_days(data):
    """Must not fire: a move over months, with no day, is not a day's range."""
    recs = check_text("Over the first half, the dollar rose from 141 yen to 161 yen.", date="2024-07-31", store=data)
    assert not [r for r in recs if "within one day" in r["explanation"]], recs


@pytest.mark.parametrize(("text", "fig"), [
    ("The dollar has risen from 141 yen to 161 yen since January.", "141 yen"),
    ("The dollar climbed from 141 yen to 161 yen this year.", "141 yen"),
    ("ドルは今年、1ドル=141円台から161円台まで上昇した。", "141円台"),
])
def test_the_start_of_a_move_over_a_span_to_now_is_never_called_false(data, text, fig):
    """ce4cf88's neighbour: the start of a move "since January" / "this year" is a level on a day the article does not
    name (before: judged as the latest rate and called contradicted, a true claim called false)."""
    rec = by_claim(check_text(text, date="2024-07-31", store=data), fig)
    assert rec["verdict"] == "unverifiable", rec


def test_a_moves_ends_on_named_days_are_judged(data):
    """Must not fire: each end with its own day is that day's rate."""
    rec = by_claim(check_text("The dollar fell from 161.7 yen on July 10 to 141.7 yen on August 5.", date="2024-08-20",
                              store=data), "161.7 yen")
    assert (rec["official_period"], rec["verdict"]) == ("2024-07-10", "supported"), rec


# 7d58bca: "the first time that <clause> since X" -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "It was the first time that Tokyo had stepped into the currency market since October 2022, and it spent {fig}.",
    "The operation marked the first time that the authorities intervened to support the yen since 2022; Japan spent "
    "{fig}.",
])
def test_the_first_time_that_in_other_words(data, loaded_store, text):
    fig = _tn(intervention_sum(loaded_store, "2024-04-26", "2024-05-29"))
    recs = check_text(text.format(fig=fig), date="2024-05-31", store=data)
    assert [r for r in recs if r["claim"].startswith("the first time that")], recs
    rec = by_claim(recs, fig)
    assert (rec["series"], rec["verdict"]) == ("mof.fx_intervention.amount", "supported"), rec


def test_the_first_time_that_of_a_run_is_no_first(data):
    """Must not fire: a run inside the clause ("for three straight weeks") is not the first trade since X."""
    recs = check_text("It was the first time that foreigners were net sellers for three straight weeks since March.",
                      date="2024-05-31", store=data)
    assert not [r for r in recs if r["claim"].startswith("the first time that")], recs


def test_a_clauses_act_is_read_in_the_past_tense():
    """"sold" and "bought" name their act (a first time that foreigners sold was read with no direction)."""
    assert (act_direction("that foreigners sold Japanese stocks"), act_direction("that they bought bonds")) == (-1, 1)


# c59cfb2 / 1eacbf3: TIC levels as reporters write them -------------------------------------------------------------

def test_a_when_clause_keeps_its_own_verb(data, loaded_store):
    jp = series("tic.holdings.japan", loaded_store)
    d = jp.diff()
    up = next(p for p in d.index if p.year == 2024 and d[p] > 0)
    down = next(p for p in d.index if p.year == 2023 and d[p] < 0)
    a, b = float(jp[up]), float(jp[down])
    text = (f"Japan's Treasury holdings rose to ${a:.1f} billion in {up.strftime('%B %Y')}, well off the level of "
            f"{down.strftime('%B %Y')}, when they stood at ${b:.1f} billion.")
    recs = check_text(text, date="2024-12-18", store=data)
    rec = by_claim(recs, f"${b:.1f} billion")
    assert rec["verdict"] == "supported", rec


@pytest.mark.parametrize(("month", "phrase"), [
    ("2023-05", "China's holdings were ${now:.1f} billion in May 2024, down from ${then:.1f} billion in 2023."),
    ("2023-12", "China cut its holdings to ${now:.1f} billion in May from ${then:.1f} billion in 2023."),
])
def test_a_years_level_in_other_words(data, loaded_store, month, phrase):
    now, then = tic_level(loaded_store, "china_mainland", "2024-05"), tic_level(loaded_store, "china_mainland", month)
    rec = by_claim(check_text(phrase.format(now=now, then=then), date="2024-07-18", store=data), f"${then:.1f} billion")
    assert (rec["official_period"], rec["verdict"]) == (month, "supported"), rec


@pytest.mark.parametrize("second", [
    "Treasuries held overseas climbed to ${t:.2f} trillion.",
    "Overall, the stock of Treasuries owned abroad stood at ${t:.2f} trillion.",
])
def test_the_total_by_its_size_in_other_words(data, loaded_store, second):
    sa, t = tic_level(loaded_store, "saudi_arabia", "2024-05"), tic_level(loaded_store, "grand_total", "2024-05") / 1000
    text = f"Saudi Arabia raised its holdings to ${sa:.1f} billion in May. " + second.format(t=t)
    rec = by_claim(check_text(text, date="2024-07-18", store=data), f"${t:.2f} trillion")
    assert (rec["series"], rec["verdict"]) == ("tic.holdings.grand_total", "supported"), rec


@pytest.mark.parametrize("second", [
    "Money-market fund assets climbed to a record $6.1 trillion.",
    "The Fed's holdings of Treasuries shrank to $4.5 trillion.",
])
def test_another_trillion_sized_stock_is_never_called_the_totals_error(data, loaded_store, second):
    """Must not fire confidently: a stock of trillions that is not foreigners' Treasuries, after a holder's sentence."""
    sa = tic_level(loaded_store, "saudi_arabia", "2024-05")
    recs = check_text(f"Saudi Arabia raised its Treasury holdings to ${sa:.1f} billion in May. " + second, date="2024-07-18",
                      store=data)
    fig = [r for r in recs if "trillion" in r["claim"]]
    assert fig and fig[0]["verdict"] != "contradicted", recs


def test_the_emirates_after_a_comparison(data, loaded_store):
    sa, u = tic_level(loaded_store, "saudi_arabia", "2024-05"), tic_level(loaded_store, "united_arab_emirates", "2024-05")
    text = f"Saudi Arabia held ${sa:.1f} billion in May, more than the Emirates, which held ${u:.1f} billion."
    rec = by_claim(check_text(text, date="2024-07-18", store=data), f"${u:.1f} billion")
    assert (rec["series"], rec["verdict"]) == ("tic.holdings.united_arab_emirates", "supported"), rec


def test_a_record_set_in_a_month_in_other_words(data, loaded_store):
    fig = ja_usd(tic_level(loaded_store, "china_mainland", "2013-11"))
    rec = by_claim(check_text(f"中国の保有額は2013年11月に付けたピークの{fig}から大きく減った。", date="2024-10-18", store=data), fig)
    assert (rec["official_period"], rec["verdict"]) == ("2013-11", "supported"), rec


@pytest.mark.parametrize("text", [
    "日本の米国債保有残高は、2021年11月に達した最高の{rec}を大きく下回っている。",
    "日本の米国債保有額は8月末に{now}となり、2021年11月に記録した過去最大の{rec}を下回った。",
])
def test_a_record_reached_in_a_month_in_japanese_other_words(data, loaded_store, text):
    rec_fig, now = ja_usd(tic_level(loaded_store, "japan", "2021-11")), ja_usd(tic_level(loaded_store, "japan", "2024-08"))
    recs = check_text(text.format(rec=rec_fig, now=now), date="2024-10-18", store=data)
    rec = by_claim(recs, rec_fig)
    assert (rec["official_period"], rec["verdict"]) == ("2021-11", "supported"), rec
    if now in text.format(rec=rec_fig, now=now):  # the story's own month keeps its figure
        assert by_claim(recs, now)["official_period"] == "2024-08", recs


@pytest.mark.parametrize("bracket", ["（1ドル＝150円として約{y}兆円）", "（1ドル150円とすると約{y}兆円）"])
def test_yen_at_the_articles_rate_in_other_words(data, loaded_store, bracket):
    v = tic_level(loaded_store, "japan", "2024-01")
    y = round(v * 150 / 1000)
    text = f"日本の1月末の米国債保有額は{ja_usd(v)}{bracket.format(y=y)}だった。"
    rec = by_claim(check_text(text, date="2024-03-18", store=data), f"約{y}兆円")
    assert rec["verdict"] == "supported" and "150.00 JPY/USD" in rec["explanation"], rec


def test_a_quoted_market_rate_is_no_conversion_rate(data, loaded_store):
    """Must not fire: "（1ドル＝148円台）" quotes the market, it converts nothing (before: the yen restatement later in
    the article was judged at 148 as "the article's own rate")."""
    v = tic_level(loaded_store, "japan", "2024-01")
    text = f"円相場は1月に下落した（1ドル＝148円台）。日本の1月末の米国債保有額は{ja_usd(v)}（約{round(v * 0.15)}兆円）だった。"
    rec = by_claim(check_text(text, date="2024-03-18", store=data), f"約{round(v * 0.15)}兆円")
    assert "article's own rate" not in rec["explanation"], rec


def test_figures_before_their_holders_respectively(data, loaded_store):
    c, u = tic_level(loaded_store, "china_mainland", "2024-05"), tic_level(loaded_store, "united_kingdom", "2024-05")
    text = (f"The second and third largest holdings, ${c:.1f} billion and ${u:.1f} billion, respectively, belonged to "
            f"China and the UK in May.")
    recs = check_text(text, date="2024-07-18", store=data)
    assert by_claim(recs, f"${c:.1f} billion")["series"] == "tic.holdings.china_mainland", recs
    assert by_claim(recs, f"${u:.1f} billion")["series"] == "tic.holdings.united_kingdom", recs


def test_the_subjects_figure_after_behind_is_never_called_false(data, loaded_store):
    """Must not fire confidently: "Saudi Arabia ..., just behind Canada at $X" where $X is Saudi Arabia's."""
    sa = tic_level(loaded_store, "saudi_arabia", "2024-05")
    text = f"Saudi Arabia was the 17th-largest holder in May, just behind Canada at ${sa:.1f} billion."
    rec = by_claim(check_text(text, date="2024-07-18", store=data), f"${sa:.1f} billion")
    assert rec["verdict"] != "contradicted", rec


# ba6036a: the confidence gate --------------------------------------------------------------------------------------

def test_a_level_whose_holder_the_sentence_does_not_state(data, loaded_store):
    sa = tic_level(loaded_store, "saudi_arabia", "2024-05")
    text = f"Saudi Arabia raised its holdings to ${sa:.1f} billion in May. At the end of May, the exposure was just " \
           f"${sa - 20:.1f} billion."
    rec = by_claim(check_text(text, date="2024-07-18", store=data), f"${sa - 20:.1f} billion")
    assert rec["verdict"] == "unverifiable", rec


def test_a_stated_holders_wrong_level_stays_contradicted(data, loaded_store):
    """Must not fire: the holder and month stated, a figure that fits no other reading, is still an error."""
    c = tic_level(loaded_store, "china_mainland", "2024-05")
    rec = by_claim(check_text(f"China held ${c - 31.7:.1f} billion of Treasuries in May 2024.", date="2024-07-18",
                              store=data), f"${c - 31.7:.1f} billion")
    assert rec["verdict"] == "contradicted", rec
