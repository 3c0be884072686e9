"""`ustflow check` on tables read cell by cell (session 22): a fixed-width grid of months under a bare unit line and a
rule of dashes (MNI's copy of the Major Foreign Holders table), the same grid of monthly changes under a caption that
says so ("Level changes calculated by MNI"), a Markdown grid of months with a share column (a Japanese data page), and
tables whose columns are balance-of-payments items and whose rows are periods (a blog's copy of the release's table).
The rows are the corpus articles' own (batches 16, 18 and 19, development); every expected value is read here from the
loaded store. Boundaries: a caption of changes over months that do not follow one another, a row with a cell too few,
a header with a cell that is no item."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read, by_claim, series
from ustflow.check.item_tables import item_table_claims
from ustflow.views.check import check_text

_MNI_HEAD = ("US Data: Major Foreign Holders of US Treasuries\n\nData through: June 2019\n"
             "Source: U.S. Treasury Department\nBillions of U.S. dollars, holdings at the end of the period\n")
_MNI_LEVELS = ("Country                 Jun-19  May-19  Apr-19  Mar-19  Feb-19  Jan-19\n"
               "----------------------------------------------------------------------\n"
               "Japan                   1122.9  1101.0  1064.0  1078.1  1068.8  1064.9\n"
               "China, Mainland         1112.5  1110.2  1113.0  1120.5  1130.9  1126.7\n"
               "United Kingdom           341.1   323.1   300.8   317.1   302.5   290.1\n")
_MNI_CHANGES = ("Level changes calculated by MNI\n"
                "Country                 Jun-19  May-19  Apr-19  Mar-19  Feb-19\n"
                "--------------------------------------------------------------\n"
                "Japan                     21.9    37.0   -14.1     9.3     3.9\n"
                "China, Mainland            2.3    -2.8    -7.5   -10.4     4.2\n"
                "Bermuda                    4.8     2.7    -1.7     1.2     0.5\n")


def test_a_grid_of_months_under_a_bare_unit_line_and_a_rule(data, loaded_store):
    jp = series("tic.holdings.japan", loaded_store)
    r = check_text(_MNI_HEAD + _MNI_LEVELS, date="2019-08-15", store=data)
    rec = by_claim(r, "1101.0")
    assert (rec["verdict"], rec["official_period"], rec["measure"]) == ("supported", "2019-05", "holdings_level")
    assert by_claim(r, "1112.5")["official_period"] == "2019-06"
    rec = by_claim(r, "1122.9")  # June's first print, revised since
    assert (as_read(rec), rec["official_value"]) == ("contradicted", jp[pd.Period("2019-06", "M")])
    assert by_claim(r, "290.1")["official_period"] == "2019-01"


def test_a_grid_of_monthly_changes_under_a_caption_of_changes(data, loaded_store):
    jp, bm = series("tic.holdings.japan", loaded_store), series("tic.holdings.bermuda", loaded_store)
    m = pd.Period("2019-05", "M")
    r = check_text(_MNI_HEAD.replace("Treasuries", "Tsys, Monthly Chg") + _MNI_CHANGES, date="2019-08-15", store=data)
    rec = by_claim(r, "37.0")  # May's column: the change from April into May
    assert (rec["verdict"], rec["official_period"], rec["measure"]) == ("supported", "2019-04 to 2019-05",
                                                                         "holdings_change")
    assert rec["official_value"] == pytest.approx(jp[m] - jp[m - 1])
    assert by_claim(r, "-7.5")["official_period"] == "2019-03 to 2019-04"
    rec = by_claim(r, "4.8")
    assert (as_read(rec), rec["official_value"]) == ("contradicted", pytest.approx(bm[m + 1] - bm[m]))
    assert not [x for x in r if x["measure"] == "holdings_level"], r  # no cell is read as a level


def test_changes_over_months_that_do_not_follow_one_another_are_not_read(data):
    text = _MNI_HEAD + _MNI_CHANGES.replace("May-19  Apr-19", "Apr-19  Mar-19").replace("Mar-19  Feb-19", "Jan-19  Dec-18")
    r = check_text(text, date="2019-08-15", store=data)
    assert not [x for x in r if x["claim"] in ("21.9", "37.0", "-14.1")], r


_MOTONO = ("米国債保有額推移(国別)(10億ドル) 2025年1月\n"
           "国 | 2022年9月 | 2022年10月 | 2022年11月 | 2022年12月 | 割合 | |||\n"
           "---|---|---|---|---|---|---|---|---|\n"
           "総計 | 7,252 | 7,133 | 7,185 | 7,195 | 100.0% | |||\n"
           "Japan | 1,116 | 1,064 | 1,082 | 1,075 | 12.7% | |||\n"
           "United Kingdom | 665 | 641 | 575 | 574 | 8.7% | |||\n")


def test_a_markdown_grid_of_months_with_a_share_column(data):
    r = check_text(_MOTONO, date="2025-03-19", store=data)
    rec = by_claim(r, "1,064")
    assert (rec["verdict"], rec["official_period"], rec["subject"]) == ("supported", "2022-10", "Japan")
    rec = by_claim(r, "574")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2022-12")
    assert by_claim(r, "7,133")["official_period"] == "2022-10"  # the total row: all foreign holders
    assert not [x for x in r if x["claim"] in ("12.7%", "100.0%")], r  # a share column: no claim
    # the caption's month is no cell's month any more (each cell has its column's)
    assert not [x for x in r if x.get("official_period") == "2025-01"], r


_BOP_2016 = ("2016年の経常収支は20兆6496億円の黒字だった。\n\n"
             "  経常収支 貿易収支 サービス収支 第1次所得収支\n"
             "通年 20兆6496億円 5兆5793億円 ▲9748億円 18兆1360億円\n"
             "12月 1兆1122億円 8068億円 ▲2866億円 6759億円\n"
             "1月 5208億円 ▲4110億円 ▲2267億円 1兆3310億円\n")


def _bop(store, code: str, start: str, end: str) -> float:
    s = series(f"boj.bop.{code}", store)
    return float(s[pd.Period(start, "M"):pd.Period(end, "M")].sum())


def test_a_table_of_balance_of_payments_items_by_period(data, loaded_store):
    r = check_text(_BOP_2016, date="2017-02-08", store=data)
    rec = [x for x in r if x["claim"] == "▲2866億円"][0]  # services in December 2016: a deficit, the cell's sign
    assert (rec["measure"], rec["official_period"]) == ("bop", "2016-12")
    assert rec["official_value"] == pytest.approx(_bop(loaded_store, "bpbp6jynsn", "2016-12", "2016-12"))
    assert rec["verdict"] == "contradicted"  # the first print (-2,866), revised since (-3,239.6)
    rec = [x for x in r if x["claim"] == "▲4110億円"][0]  # the goods balance in January: of 2016, the table's year
    assert (rec["official_period"], rec["official_value"] < 0) == ("2016-01", True)
    rec = [x for x in r if x["claim"] == "18兆1360億円" and x["text"].startswith("通年")][0]  # the whole year
    assert rec["official_period"] == "2016-01..2016-12"
    assert rec["official_value"] == pytest.approx(_bop(loaded_store, "bpbp6jynpin", "2016-01", "2016-12"))


def test_a_year_row_under_a_header_of_items(data, loaded_store):
    text = ("2013年の国際収支\n\n経常収支 貿易収支 サービス収支 第1次所得収支\n"
            "2013年 7899億円 ▲10兆8642億円 ▲3兆5779億円 16兆6596億円\n")
    r = check_text(text, date="2014-05-12", store=data)
    rec = by_claim(r, "▲10兆8642億円")
    assert (rec["measure"], rec["official_period"]) == ("bop", "2013-01..2013-12")
    assert rec["official_value"] == pytest.approx(_bop(loaded_store, "bpbp6jyntb", "2013-01", "2013-12"))


@pytest.mark.parametrize("table", [
    "経常収支 貿易収支 サービス収支 第1次所得収支\n12月 1兆1122億円 8068億円 ▲2866億円\n",  # a cell too few
    "経常収支 貿易収支 外貨準備 第1次所得収支\n12月 1兆1122億円 8068億円 ▲2866億円 6759億円\n",  # a column no item
    "経常収支 貿易収支 サービス収支 第1次所得収支\n前年比 1兆1122億円 8068億円 ▲2866億円 6759億円\n",  # no period
])
def test_what_is_no_table_of_items(table):
    assert item_table_claims(table, pd.Timestamp("2017-02-08").date(), 0) == []


def test_bare_numbers_under_a_unit_of_yen(data, loaded_store):
    """The same release's table as bare numbers under a caption naming the unit, a sign glued to the number before it
    (as a page flattened to text prints "118,688-7,656"), a fiscal year's row."""
    text = ("国際収支(単位:億円)\n経常収支 貿易収支 サービス収支 第1次所得収支\n"
            "12月 11,122 8,068-2,866 6,759\n2015年度 1 2 3 4\n")
    r = check_text(text, date="2017-02-08", store=data)
    rec = by_claim(r, "-2,866")
    assert (rec["measure"], rec["official_period"], rec["verdict"]) == ("bop", "2016-12", "contradicted")
    assert rec["official_value"] == pytest.approx(_bop(loaded_store, "bpbp6jynsn", "2016-12", "2016-12"))
    assert by_claim(r, "8,068")["official_period"] == "2016-12"
    assert by_claim(r, "4")["official_period"] == "2015-04..2016-03"  # the fiscal year, April to March


def test_a_month_alone_is_of_the_latest_year_whose_release_came_out():
    claims = item_table_claims(_BOP_2016, pd.Timestamp("2017-01-20").date(), 0)  # before December 2016's release
    assert {c.period.start.year for c in claims if c.period.kind == "month"} == {2015}
    assert {c.period.start.year for c in claims} == {2015}  # 通年: the year of the months


def test_a_table_of_holders_by_month(data, loaded_store):
    """The orientation turned: a column per holder, a row per month (a blog's "日米中の推移" table), under a caption
    naming the unit; a month named alone is of the latest year TIC has published it by the article's date."""
    jp, cn = series("tic.holdings.japan", loaded_store), series("tic.holdings.china_mainland", loaded_store)
    a, b = pd.Period("2024-06", "M"), pd.Period("2024-07", "M")
    text = ("日本と中国の米国債保有額の推移(単位:10億ドル)\n| 年月 | 日本 | 中国 |\n|---|---|---|\n"
            f"| 2024年6月 | {jp[a]:,.1f} | {cn[a]:,.1f} |\n| 2024年7月 | {jp[b]:,.1f} | {cn[b] + 9:,.1f} |\n")
    r = check_text(text, date="2024-10-01", store=data)
    rec = by_claim(r, f"{cn[a]:,.1f}")
    assert (rec["verdict"], rec["official_period"], rec["subject"]) == ("supported", "2024-06", "China (mainland)")
    assert by_claim(r, f"{jp[b]:,.1f}")["official_period"] == "2024-07"
    assert as_read(by_claim(r, f"{cn[b] + 9:,.1f}")) == "contradicted"
    y = a - 12
    text = f"(億ドル)\n月末 日本 中国\n6月 {jp[y] * 10:.0f} {cn[y] * 10:.0f}\n"
    rec = by_claim(check_text(text, date="2024-08-10", store=data), f"{jp[y] * 10:.0f}")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2023-06")  # June 2024's not out on 10 August
    assert not item_table_claims("月末 日本 中国\n6月 11284 7802\n", pd.Timestamp("2024-10-01").date(), 0)  # no unit
