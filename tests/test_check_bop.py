"""`ustflow check` on Japan's balance of payments as release stories put it: the current account, the trade (goods)
and services balances, primary income, levels signed by surplus / deficit, seasonally adjusted or not as the story
says, percent changes from a year before, a run of surplus months. Invented sentences in several wordings (English
and Japanese); the expected values are the store's own (BoJ ``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import bop_value, by_claim, series, yen_bn
from ustflow.views.check import check_text


def test_current_account_not_adjusted_and_the_sign_word(data, loaded_store):
    v = bop_value(loaded_store, "bpbp6jyncb", "2019-03")
    word = "surplus" if v > 0 else "deficit"
    text = f"Japan posted a current account {word} of {yen_bn(v)} in March before seasonal adjustment, Finance Ministry data showed."
    rec = by_claim(check_text(text, date="2019-05-13", store=data), yen_bn(v))
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("bop", "supported", "2019-03")
    wrong = "deficit" if v > 0 else "surplus"
    text = f"Japan posted a current account {wrong} of {yen_bn(v)} in March before seasonal adjustment."
    assert by_claim(check_text(text, date="2019-05-13", store=data), yen_bn(v))["verdict"] == "contradicted"


def test_seasonally_adjusted_items_named_before_each_figure(data, loaded_store):
    sv0, sv1 = bop_value(loaded_store, "bpbp6jyasnx12", "2021-05"), bop_value(loaded_store, "bpbp6jyasnx12", "2021-06")
    pi = bop_value(loaded_store, "bpbp6jyainx12", "2021-06")
    text = (f"Japan's current account surplus narrowed. On a seasonally adjusted basis, the services balance moved from a {'surplus' if sv0 > 0 else 'deficit'} "
            f"of {yen_bn(sv0)} in May to a {'surplus' if sv1 > 0 else 'deficit'} of {yen_bn(sv1)} in June, while the "
            f"primary income surplus came to {yen_bn(pi)} in June.")
    recs = check_text(text, date="2021-08-10", store=data)
    for fig, month in ((yen_bn(sv0), "2021-05"), (yen_bn(sv1), "2021-06"), (yen_bn(pi), "2021-06")):
        rec = by_claim(recs, fig)
        assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("bop", "supported", month), rec["explanation"]
        assert "seasonally adjusted" in rec["explanation"] and "not seasonally" not in rec["explanation"]


def test_trade_balance_in_a_current_account_story_is_the_bop_goods_balance(data, loaded_store):
    g = bop_value(loaded_store, "bpbp6jyntb", "2016-11")
    text = (f"Japan's current account surplus widened in November. The trade balance showed a "
            f"{'surplus' if g > 0 else 'deficit'} of {yen_bn(g)}.")
    rec = by_claim(check_text(text, date="2017-01-12", store=data), yen_bn(g))
    assert (rec["measure"], rec["verdict"]) == ("bop", "supported")
    customs = f"Japan's current account was in surplus. Customs data showed a trade surplus of {yen_bn(g)} in November."
    assert by_claim(check_text(customs, date="2017-01-12", store=data), yen_bn(g))["measure"] != "bop"


def test_japanese_current_account(data, loaded_store):
    v = bop_value(loaded_store, "bpbp6jyncb", "2023-04")
    oku = round(v)
    cho, rest = divmod(abs(oku), 10000)
    fig = f"{cho}兆{rest}億円" if cho else f"{rest}億円"
    text = f"財務省が発表した4月の国際収支によると、経常収支は{fig}の{'黒字' if v > 0 else '赤字'}だった。"
    rec = by_claim(check_text(text, date="2023-06-08", store=data), fig)
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("bop", "supported", "2023-04")


def test_percent_change_from_a_year_earlier(data, loaded_store):
    now, before = bop_value(loaded_store, "bpbp6jynpin", "2018-08"), bop_value(loaded_store, "bpbp6jynpin", "2017-08")
    pct = 100 * (now - before) / abs(before)
    text = (f"Japan's current account stayed in surplus. Its primary income surplus {'rose' if pct > 0 else 'fell'} "
            f"{abs(pct):.1f}% from a year earlier in August.")
    rec = by_claim(check_text(text, date="2018-10-09", store=data), f"{abs(pct):.1f}%")
    assert (rec["measure"], rec["verdict"]) == ("bop_pct", "supported")


def test_a_run_of_surplus_months(data, loaded_store):
    s = series("boj.bop.bpbp6jyncb", loaded_store)
    s = s[s.index >= pd.Period("2010-01", "M")]
    # a month whose surplus run is exactly two months long
    p = next(p for p in s.index[2:] if s[p] > 0 and s[p - 1] > 0 and s[p - 2] <= 0)
    month = p.strftime("%B")
    text = f"Japan's current account was in surplus for the second straight month in {month}, balance of payments data showed."
    rec = by_claim(check_text(text, date=(p + 2).strftime("%Y-%m-10"), store=data), "for the second straight month")
    assert rec["verdict"] == "supported"
    bad = text.replace("second", "fifth")
    assert by_claim(check_text(bad, date=(p + 2).strftime("%Y-%m-10"), store=data),
                    "for the fifth straight month")["verdict"] == "contradicted"


def test_another_countrys_current_account_is_not_japans(data):
    text = "China's current account surplus rose to 300 billion yuan in May, while Japan's was in surplus too."
    recs = check_text(text, date="2019-07-09", store=data)
    assert all(r["measure"] != "bop" for r in recs)


@pytest.mark.parametrize("text", [
    "Japan's current account surplus hit a record {fig} in March, Finance Ministry data showed.",
    "Japan posted a record current account surplus of {fig} in March.",
    "In March, the current account showed an all-time high surplus of {fig}.",
])
def test_a_record_balance_is_judged_on_the_bpm6_series_from_1996(data, loaded_store, text):
    """The BoJ's BPM6 series is comparable from January 1996, where the store's copy begins: a record over it is
    judged (``bop_records``), naming that start; a claim reaching further back ("since 1985") is not."""
    v = bop_value(loaded_store, "bpbp6jyncb", "2024-03")
    s = series("boj.bop.bpbp6jyncb", loaded_store)
    record = v >= float(s[s.index <= pd.Period("2024-03", "M")].max())
    recs = check_text(text.format(fig=yen_bn(v)), date="2024-05-13", store=data)
    assert by_claim(recs, yen_bn(v))["verdict"] == "supported"
    q = next(r for r in recs if r["measure"] == "extreme")
    assert q["verdict"] == ("supported" if record else "contradicted") and "1996" in q["explanation"], q["explanation"]


def test_a_run_is_worded_as_surpluses(data, loaded_store):
    rec = by_claim(check_text("Japan's current account stayed in surplus for a second straight month in March.",
                              date="2015-05-12", store=data), "for a second straight month")
    assert "surplus" in rec["explanation"] and "net purchases" not in rec["explanation"]


@pytest.mark.parametrize("text, poll", [
    ("Japan's current account surplus was {fig} in March, compared with a median estimate of 3.2 trillion yen in a "
     "Reuters poll of economists.", "3.2 trillion yen"),
    ("The current account surplus of {fig} in March beat economists' forecasts for a surplus of 3.0 trillion yen.",
     "3.0 trillion yen"),
    ("Japan's current account surplus came to {fig} in March; economists had expected a surplus of 2.9 trillion yen.",
     "2.9 trillion yen"),
])
def test_a_poll_forecast_beside_the_figure_is_no_figure(data, loaded_store, text, poll):
    v = bop_value(loaded_store, "bpbp6jyncb", "2024-03")
    recs = check_text(text.format(fig=yen_bn(v)), date="2024-05-13", store=data)
    assert by_claim(recs, yen_bn(v))["verdict"] == "supported"
    assert by_claim(recs, poll)["verdict"] == "unverifiable"
