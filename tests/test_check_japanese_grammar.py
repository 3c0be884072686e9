"""`ustflow check` on the Japanese grammar of periods, roles and ranks (issue 13, session 7): the month a look-back
counts from is no period of the figure (08年8月以来1年4か月ぶり), two-digit years (08年9月), a change and the level
it reached joined by の (115億ドル増の7688億ドル), a holder's place (2位の中国は, 2位に転落) and the agent of a
passive (中国に抜かれて). Invented sentences in the shapes of real articles; official values from the loaded store."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import check_text


def level(store, slug: str, month: str) -> float:
    return round(float(series(f"tic.holdings.{slug}", store)[pd.Period(month, "M")]), 1)


def test_the_month_a_look_back_counts_from_is_not_the_figures_period(data, loaded_store):
    r = check_text("2009年12月末時点の日本の米国債保有残高が、08年8月以来1年4か月ぶりに中国を抜いて首位となった。"
                   "日本の保有残高は前月比115億ドル増の7688億ドル。", date="2010-02-16", store=data)
    assert by_claim(r, "首位")["official_period"] == "2009-12"  # not August (2008), the month it counts from
    rec = by_claim(r, "7688億ドル")
    assert rec["measure"] == "holdings_level"  # the level after '115億ドル増の'
    assert rec["official_value"] == pytest.approx(level(loaded_store, "japan", "2009-12"))
    assert by_claim(r, "115億ドル")["measure"] == "holdings_change"


def test_a_two_digit_year_and_a_place_lost_to_the_agent_of_a_passive(data, loaded_store):
    r = check_text("米国債の国別の保有高は、以前は日本が最も多かったが、08年9月に中国に抜かれて2位に転落した。",
                   date="2010-02-16", store=data)
    rec = by_claim(r, "2位に")
    assert rec["subject"] == "Japan"  # not China, which overtook it
    assert rec["official_period"] == "2008-09"


def test_a_rank_opening_the_sentence_and_a_change_before_its_level(data, loaded_store):
    r = check_text("国別の米国債保有残高で日本は1兆2717億ドルと、トップを保った。2位の中国は107億ドル減の1兆0816億ドルと、"
                   "3カ月ぶりにマイナスに転じた。", date="2020-05-15", store=data)
    rank = by_claim(r, "2位")  # the place, without the particle before its holder
    assert rank["subject"] == "China (mainland)" and rank["official_period"] == "2020-03"
    rec = by_claim(r, "107億ドル")
    assert rec["measure"] == "holdings_change" and rec["direction"] == "down/sold"
    assert by_claim(r, "1兆0816億ドル")["measure"] == "holdings_level"


def test_a_first_in_months_that_turned_negative_is_about_the_change_not_the_rank(data):
    r = check_text("国別の米国債保有残高で日本は1兆2717億ドルと、トップを保った。2位の中国は107億ドル減の1兆0816億ドルと、"
                   "3カ月ぶりにマイナスに転じた。", date="2020-05-15", store=data)
    rec = by_claim(r, "3カ月ぶり")
    assert rec["series"] == "tic.holdings.china_mainland" and rec["verdict"] == "supported"
    assert "rank" not in rec["explanation"]


@pytest.mark.parametrize("text, fig, start, end", [
    ("財務省は6月27日から7月29日までの間に約5.5兆円の為替介入を実施したと発表しました。", "約5.5兆円", "2024-06-27",
     "2024-07-29"),
    ("4月末から5月末にかけても9兆7885億円の介入を実施していた。", "9兆7885億円", "2024-04-24", "2024-05-31"),
    ("今年度に入ってからの介入額は15兆円を超えました。", "15兆円", "2024-04-01", "2024-07-31"),
])
def test_japanese_spans_of_days_and_the_fiscal_year_to_date(data, text, fig, start, end):
    rec = by_claim(check_text(text, date="2024-07-31", store=data), fig)
    assert rec["measure"] == "intervention"  # '…円の介入', '介入額は…': the size of an intervention
    # the span the words name (the official period is the days of the operations inside it)
    assert f"{start}..{end}" in rec["explanation"]
    assert rec["verdict"] == "supported"


def test_inward_investment_and_a_net_total_of_both_sides(data):
    r = check_text("10月の対外証券投資全体で見ると▲6兆4987億円だった。対内証券投資に目をやれば、+6兆5934億円の買い越しだったので、対外・対内証券投資のネット合計では+13兆921億円の"
                   "資金流入超となる。", date="2024-11-14", store=data)
    rec = by_claim(r, "+6兆5934億円")
    assert rec["series"] == "mof.monthly.liabilities.total.net" and rec["official_period"] == "2024-10"
    assert by_claim(r, "+13兆921億円")["series"] != "mof.monthly.liabilities.total.net"  # both sides, not one
