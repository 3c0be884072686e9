"""`ustflow check` on the total of all foreign holders of Treasuries (TIC's grand total) as reporters name it without
the words "foreign holdings": the major holders' table's total ("米国債を保有する主な国の保有総額", "主要米国債保有国の保有
残高"), the world's ("世界全体の米国債保有額"), money from abroad ("外国からの米国債への投資額", "global investments in US
Treasury bills and bonds"), Treasuries as a whole after "In general," in a holdings story; and where one country
stays the subject. Invented sentences; expected values are the store's own (``tic.holdings.grand_total``)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import check_text


def _tot(store, month: str, slug: str = "grand_total") -> float:
    return float(series(f"tic.holdings.{slug}", store)[pd.Period(month, "M")])


def _ja(v_bn: float) -> str:
    cho, oku = divmod(round(v_bn * 10), 10000)
    return f"{cho}兆{oku}億ドル" if cho else f"{oku}億ドル"


@pytest.mark.parametrize("text", [
    "米財務省が発表したデータによると、3月末までに、米国債を保有する主な国の保有総額は{fig}で、前月より増えた。",
    "米財務省によると、3月末現在、主要米国債保有国の保有残高は{fig}だった。",
    "米財務省の統計によると、世界全体の3月の米国債保有額は{fig}。",
    "米財務省統計によると、外国からの米国債への投資額は3月には{fig}となった。",
])
def test_japanese_names_of_all_foreign_holders(data, loaded_store, text):
    v = _tot(loaded_store, "2016-03")
    recs = check_text(text.format(fig=_ja(v)), date="2016-05-17", store=data)
    rec = by_claim(recs, _ja(v))
    assert (rec["series"], rec["verdict"], rec["official_period"]) == ("tic.holdings.grand_total", "supported",
                                                                         "2016-03"), rec
    wrong = _ja(v * 0.9)
    assert by_claim(check_text(text.format(fig=wrong), date="2016-05-17", store=data), wrong)["verdict"] == \
        "contradicted"


def test_global_investments_in_treasuries_are_foreign_holdings(data, loaded_store):
    now, before = _tot(loaded_store, "2021-02"), _tot(loaded_store, "2021-01")
    text = (f"The total value of global investments in US Treasury bills and bonds fell to ${now / 1000:.3f} trillion in "
            f"February, compared to {before / 1000:.3f} trillion in the previous month.")
    recs = check_text(text, date="2021-04-18", store=data)
    for fig, month in ((f"${now / 1000:.3f} trillion", "2021-02"), (f"{before / 1000:.3f} trillion", "2021-01")):
        rec = by_claim(recs, fig)
        assert (rec["series"], rec["verdict"], rec["official_period"]) == ("tic.holdings.grand_total", "supported",
                                                                             month), rec


def test_treasuries_in_general_in_a_holdings_story(data, loaded_store):
    v, jp = _tot(loaded_store, "2023-10"), _tot(loaded_store, "2023-10", "japan")
    text = (f"Japan remained the largest holder with ${jp / 1000:.3f} trillion in October.\n\n"
            f"In general, US Treasury bonds in October 2023 reached approximately ${v / 1000:.3f} trillion.")
    rec = by_claim(check_text(text, date="2024-01-05", store=data), f"approximately ${v / 1000:.3f} trillion")
    assert (rec["series"], rec["verdict"]) == ("tic.holdings.grand_total", "supported"), rec


@pytest.mark.parametrize("text, slug", [
    ("日本は世界全体で最大の米国債保有国で、3月末の保有額は{fig}だった。", "japan"),
    ("主要保有国のうち、中国の米国債保有額は3月末に{fig}となった。", "china_mainland"),
    ("Overall, Japan's holdings of US Treasury bonds rose to {usd} in March.", "japan"),
])
def test_one_countrys_holdings_stay_that_countrys(data, loaded_store, text, slug):
    v = _tot(loaded_store, "2016-03", slug)
    fig, usd = _ja(v), f"${v / 1000:.4f} trillion"
    rec = by_claim(check_text(text.format(fig=fig, usd=usd), date="2016-05-17", store=data), fig if "{fig}" in text else usd)
    assert (rec["series"], rec["verdict"]) == (f"tic.holdings.{slug}", "supported"), rec
