"""`ustflow check` on what a Japanese figure is judged against (issue 13, session 8): the month a look-back counts
from is no period of the figure even with a comma between them (2010年8月以来、1年10カ月ぶり) or half a year
(6年半ぶり); a bare "N年ぶり水準" is the extreme of the figure it follows; "国内全体" (all of Japan) is all residents,
not the sector a clause before names. Invented sentences in the shapes of real articles; official values from the
loaded store."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import StoreData, check_text


@pytest.fixture(scope="module")
def data(loaded_store):
    return StoreData(loaded_store)


def test_a_look_back_after_a_comma_keeps_its_month_out_of_the_figures_period(data, loaded_store):
    v = float(series("mof.monthly.lt_debt.life_insurers.net", loaded_store)[pd.Period("2012-06", "M")])
    r = check_text(f"生保の対外債券投資は{v:.0f}億円の買い越しと、2010年8月以来、1年10カ月ぶりの高水準だった。",
                   date="2012-07-09", store=data)
    rec = by_claim(r, f"{v:.0f}億円")
    assert rec["official_period"] == "2012-06"  # the month reported, not August 2010
    assert rec["verdict"] == "supported"
    assert by_claim(r, "2010年8月以来、1年10カ月ぶりの高水準")["verdict"] == "supported"


def test_half_a_year_look_back_and_the_rank_keep_the_stated_month(data):
    r = check_text("2015年2月末の米国債保有額は日本が08年8月以来、6年半ぶりに中国を抜いて首位になった。",
                   date="2015-04-16", store=data)
    assert by_claim(r, "首位")["official_period"] == "2015-02"


def test_a_bare_level_look_back_is_an_extreme_not_a_first_purchase(data):
    # the life insurers bought in May 2012 as well: "not the first net purchase" would misread the headline
    r = check_text("6月の対外債券投資、生保買い越しで1年10カ月ぶり水準", date="2012-07-09", store=data)
    rec = by_claim(r, "1年10カ月ぶり水準")
    assert rec["verdict"] == "supported"
    assert "first time" not in rec["explanation"]


def test_all_of_japan_is_all_residents_not_the_sector_named_before(data, loaded_store):
    v = float(series("mof.monthly.assets.lt_debt.net", loaded_store)[pd.Period("2012-06", "M")])
    r = check_text(f"銀行などの対外債券投資も続いており、国内全体からの対外債券投資としては{v:,.0f}億円の買い越しだった。"
                   .replace(",", ""), date="2012-07-09", store=data)
    rec = by_claim(r, f"{v:.0f}億円")
    assert rec["series"] == "mof.monthly.assets.lt_debt.net"
    assert rec["verdict"] == "supported"
