"""`ustflow check` on totals over named days and on Japanese intervention sentences (issue 13, session 10).

A total after figures of the days (weeks, months) it adds up ("7月11日が…、7月12日は…で総額は…", "…, a total of ¥X") is
the sum over those periods, not the last one named; "市場介入" is an intervention as "為替介入" is, and yen "投入" (put
in) right after a sentence about an intervention is that intervention's size. Invented sentences; official values
from the loaded store (the operations of 11 and 12 July 2024, 29 April and 1 May 2024)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read, by_claim, ja_oku, series
from ustflow.views.check import check_text


@pytest.fixture(scope="module")
def ops(loaded_store):
    """JPY bn of each operation day, 2024."""
    s = series("mof.fx_intervention.amount", loaded_store).abs()
    return {f"{d:%Y-%m-%d}": float(v) for d, v in s.items() if d.year == 2024}


def _yen(bn: float) -> str:
    return ja_oku(round(bn * 10), "円")


def _tn(bn: float, digits: int = 2) -> str:
    return f"{bn / 1000:.{digits}f} trillion yen"


@pytest.mark.parametrize("template", [
    "政府・日銀は7月11日に{a}、7月12日に{b}の為替介入を実施し、総額は{t}だった。",
    "覆面介入で投じた資金は7月11日が{a}、7月12日は{b}で合計{t}となった。",
    "円買い介入の額は7月11日が{a}、7月12日が{b}で、合わせて{t}だった。",
])
def test_a_japanese_total_after_two_named_days_is_their_sum(data, ops, template):
    a, b = ops["2024-07-11"], ops["2024-07-12"]
    t = _yen(a + b)
    rec = by_claim(check_text(template.format(a=_yen(a), b=_yen(b), t=t), date="2024-11-08", store=data), t)
    assert rec["verdict"] == "supported", rec["explanation"]
    assert rec["official_period"] == "2024-07-11..2024-07-12"


@pytest.mark.parametrize("template", [
    "Japan spent {a} on July 11 and {b} on July 12 to prop up the yen, a total of {t}.",
    "The ministry intervened with {a} on July 11 and {b} on July 12, or {t} in total.",
    "Japan sold dollars worth {a} on July 11 and {b} on July 12 in its intervention, totaling {t}.",
])
def test_an_english_total_after_two_named_days_is_their_sum(data, ops, template):
    a, b = ops["2024-07-11"], ops["2024-07-12"]
    t = _tn(a + b)
    rec = by_claim(check_text(template.format(a=_tn(a), b=_tn(b), t=t), date="2024-11-08", store=data), t)
    assert rec["verdict"] == "supported", rec["explanation"]
    assert rec["official_period"] == "2024-07-11..2024-07-12"


def test_a_wrong_total_after_named_days_is_contradicted_on_the_sum(data, ops):
    a, b = ops["2024-07-11"], ops["2024-07-12"]
    t = _yen(a + b + 800)
    rec = by_claim(check_text(f"政府・日銀は7月11日に{_yen(a)}、7月12日に{_yen(b)}の為替介入を実施し、総額は{t}だった。",
                              date="2024-11-08", store=data), t)
    assert as_read(rec) == "contradicted" and rec["official_period"] == "2024-07-11..2024-07-12"


def test_a_figure_after_named_days_without_a_word_of_summing_keeps_its_own_day(data, ops):
    a, b = ops["2024-07-11"], ops["2024-07-12"]
    text = f"政府・日銀は7月11日に{_yen(a)}の為替介入を実施し、7月12日にも{_yen(b)}の介入を行った。"
    rec = by_claim(check_text(text, date="2024-11-08", store=data), _yen(b))
    assert rec["verdict"] == "supported" and rec["official_period"] == "2024-07-12"


def test_a_weekly_total_after_two_named_weeks_is_their_sum(data, loaded_store):
    s = series("mof.weekly.assets.lt_debt.net", loaded_store)
    w1, w2 = pd.Period("2024-03-02", "W-SAT"), pd.Period("2024-03-09", "W-SAT")
    a, b = float(s[w1]), float(s[w2])

    def bn(v):  # JPY 100mn -> "123.4 billion yen"
        return f"{abs(v) / 10:.1f} billion yen"

    verb = {True: "bought", False: "sold"}
    if (a > 0) != (b > 0) or (a + b > 0) != (a > 0):
        pytest.skip("the invented sentence needs two weeks of one sign")
    text = (f"Japanese investors {verb[a > 0]} a net {bn(a)} of foreign bonds in the week ended March 2 and {bn(b)} in "
            f"the week ended March 9, a total of {bn(a + b)}.")
    rec = by_claim(check_text(text, date="2024-03-14", store=data), bn(a + b))
    assert rec["verdict"] == "supported", rec["explanation"]
    assert rec["official_period"].startswith("2024-02-25") and rec["official_period"].endswith("2024-03-09")


@pytest.mark.parametrize("template", [
    "政府・日銀は7月に2日連続で市場介入を実施し、合わせて{t}余りの資金を投じていた。",
    "7月の市場介入で政府・日銀は{t}余りを投じた。",
])
def test_a_market_intervention_in_japanese_is_an_intervention(data, ops, template):
    t = _yen(ops["2024-07-11"] + ops["2024-07-12"] - 30)
    rec = by_claim(check_text(template.format(t=t), date="2024-11-08", store=data), t)
    assert rec["series"] == "mof.fx_intervention.amount" and rec["verdict"] == "supported", rec["explanation"]


@pytest.mark.parametrize("verb", ["を投入し、円高が進んだ。", "を投じた。", "をつぎ込んだ。"])
def test_yen_put_in_after_a_sentence_about_an_intervention_is_that_intervention(data, ops, verb):
    a, b = ops["2024-04-29"], ops["2024-05-01"]
    text = (f"政府・日銀は4月29日に{_yen(a)}の円買い・ドル売りの介入を実施した。さらに、2日後の5月1日には{_yen(b)}{verb}")
    rec = by_claim(check_text(text, date="2024-08-08", store=data), _yen(b))
    assert rec["series"] == "mof.fx_intervention.amount" and rec["verdict"] == "supported", rec["explanation"]


def test_yen_put_into_securities_is_no_intervention(data, ops):
    text = "政府・日銀は4月29日に為替介入を実施した。海外投資家は5月に日本株へ1兆2000億円を投じた。"
    rec = by_claim(check_text(text, date="2024-06-10", store=data), "1兆2000億円")
    assert rec["series"] != "mof.fx_intervention.amount"


_NET = "Overseas investors bought a net 893.2 billion yen of Japanese stocks in the week to March 19. "


@pytest.mark.parametrize("text", [
    _NET + "Their gross buying jumped to the highest level since August 2007.",
    _NET + "Both their gross buying and gross selling jumped to the highest level since August 2007.",
    _NET + "Their gross purchases were the largest since August 2007.",
])
def test_a_qualifier_said_of_gross_trades_is_judged_on_the_gross_columns(data, text):
    # week to 19 March 2011: gross acquisitions and dispositions both last matched in August 2007; the net purchase
    # was a record of all the data (so a net reading would call these contradicted)
    got = check_text(text, date="2011-03-25", store=data)
    rec = [r for r in got if "since August 2007" in r["claim"]][0]
    assert rec["verdict"] == "supported", rec["explanation"]
    assert rec["series"].endswith((".acq", ".disp")) and ".weekly.liabilities.equity" in rec["series"]


def test_a_qualifier_said_of_net_trades_stays_on_the_net_flow(data):
    text = _NET + "Their net buying jumped to the highest level since August 2007."
    rec = [r for r in check_text(text, date="2011-03-25", store=data) if "since August 2007" in r["claim"]][0]
    # a record of all the data, its holder ("Their") carried from the sentence before: from session 22 to session 31
    # the weak-class gate set such a contradiction aside; with batches 25 and 26's blind verdicts (sessions 32-33)
    # that class was not weak (9 right of 24, a tie at 0.5) and the net series it read contradicted it; with batch 27's
    # (session 34) it was weak again (9 of 25, 13 true claims) and set aside; with batch 28's (session 35) it was not
    # (10 of 26: gain 2, loss 9, 13 true claims) and the net series it read contradicted it; since batch 29's joined
    # (session 36) it is weak again (10 of 30: gain 2, loss 9, 17 true claims; 10 of 33 with batch 30's, session 37:
    # gain 4, loss 9, 18 true claims; batch 31's, session 38, and batch 32's, session 39, added none): set aside,
    # keeping the net series it read
    assert rec["series"].endswith(".net") and rec["verdict"] == "unverifiable" and "weak_class" in rec["flags"]


def test_the_same_period_last_year_beside_a_year_to_date_sum_of_weeks_is_those_weeks(data, loaded_store):
    s = series("mof.weekly.liabilities.lt_debt.net", loaded_store)
    this = float(s[(s.index.start_time >= "2024-12-29") & (s.index.end_time <= "2025-07-27")].sum())
    last = float(s[(s.index.start_time >= "2023-12-31") & (s.index.end_time <= "2024-07-28")].sum())
    if this <= 0 or last >= 0:
        pytest.skip("the invented sentence needs net buying this year and net selling last year")
    a, b = f"{this / 1000:.2f} trillion yen", f"{-last / 10:.0f} billion yen"
    text = (f"Foreign investors sold a net 184.6 billion yen of Japanese long-term bonds in the week to July 26. They "
            f"have still invested approximately {a} into long-term Japanese bonds so far this year, compared with about "
            f"{b} worth of net sales in the same period last year.")
    rec = by_claim(check_text(text, date="2025-07-31", store=data), f"about {b}")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2023-12-31..2024-07-27", rec["explanation"]


def test_a_net_word_between_the_gross_words_and_the_qualifier_keeps_it_net(data):
    text = _NET + "Their gross purchases minus gross sales, their net buying, jumped to the highest level since August 2007."
    rec = [r for r in check_text(text, date="2011-03-25", store=data) if "since August 2007" in r["claim"]][0]
    assert rec["series"].endswith(".net")


@pytest.mark.parametrize("text, figure", [
    ("政府・日銀は4月29日と5月1日に計{t}の円買い介入を実施した。", "jp"),
    ("Japan spent {t} on April 29 and May 1 to prop up the yen.", "en"),
    ("政府・日銀は4月29日及び5月1日に合わせて{t}の為替介入を行った。", "jp"),
])
def test_a_figure_of_two_coordinated_days_is_their_sum(data, ops, text, figure):
    total = ops["2024-04-29"] + ops["2024-05-01"]
    t = _yen(total) if figure == "jp" else _tn(total)
    rec = by_claim(check_text(text.format(t=t), date="2024-06-03", store=data), t)
    assert rec["verdict"] == "supported" and rec["official_period"] == "2024-04-29..2024-05-01", rec["explanation"]


def test_an_intervention_figure_in_an_ellipsis_after_another_is_an_intervention(data, ops):
    a, b = _yen(ops["2024-04-29"]), _yen(ops["2024-05-01"])
    got = check_text(f"4月29日の介入額は{a}、5月1日は{b}だった。", date="2024-06-03", store=data)
    rec = by_claim(got, b)
    assert rec["series"] == "mof.fx_intervention.amount" and rec["official_period"] == "2024-05-01"


def test_a_day_not_coordinated_with_the_figures_keeps_its_own(data, ops):
    b = _tn(ops["2024-05-01"])
    rec = by_claim(check_text(f"Japan intervened on April 29 and spent {b} on May 1.", date="2024-06-03", store=data), b)
    assert rec["official_period"] == "2024-05-01"
