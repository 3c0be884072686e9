"""A table of balance-of-payments items by period (rows are items, columns periods; ``item_tables``): a header of a
period and the same span a year before ("22年 前年") or its change from then in percent ("22年度上半期 前年同期比%"),
rows of an item and its cells ("輸 出 986,903 822,837", "貿易・サービス収支 ▲123,973 ―": no figure), under a unit named
in a note after the rows ("(注)単位億円。▲は赤字"). Real tables from the claims corpus (development batch 19, Jiji via
Diamond); the values asserted are the store's (BoJ ``boj.bop``, JPY 100 mn): the tables print first prints."""

from __future__ import annotations

from tests.helpers import verdict_value_period as _got
from ustflow.views.check import check_text

# jiji-diamondrm-2023-02-08-ja-2022-current-account-record-fall (batch 19)
YEAR = ("財務省が8日発表した2022年の国際収支速報によると、経常収支の黒字額は11兆4432億円となった。\n\n◇2022年の国際収支\n\n"
        "22年 前年\n\n経常収支 114,432 215,910\n\n貿易・サービス収支 ▲213,881 ▲25,615\n\n貿易収支 ▲157,808 16,701\n\n"
        "輸 出 986,903 822,837\n\n輸 入 1,144,711 806,136\n\nサービス収支 ▲56,073 ▲42,316\n\n(注)単位億円。▲は赤字")
# jiji-diamondrm-2022-11-09-ja-first-half-fy2022-current-account (batch 19)
HALF = ("財務省が9日発表した2022年度上半期(4~9月)の国際収支速報によると、経常収支の黒字額は前年同期比58.6%減の4兆8458億円"
        "となった。\n\n◇22年度上半期の国際収支\n\n22年度上半期 前年同期比%\n\n経常収支 48,458 ▲58.6\n\n"
        "貿易・サービス収支 ▲123,973 ―\n\n輸 出 495,222 21.3\n\n第2次所得収支 ▲9,901 ―\n\n"
        "(注)単位億円。▲は赤字または減、―は比較できず")


def test_items_by_year_and_the_year_before(data):
    res = check_text(YEAR, date="2023-02-08", store=data)
    assert _got(res, "114,432") == ("contradicted", 114425.5, "2022-01..2022-12"), res
    assert _got(res, "215,910") == ("contradicted", 214667.0, "2021-01..2021-12"), res
    assert _got(res, "▲213,881") == ("contradicted", -210664.9, "2022-01..2022-12"), res
    assert _got(res, "822,837") == ("contradicted", 823526.0, "2021-01..2021-12"), res  # "輸 出": exports
    assert _got(res, "1,144,711") == ("contradicted", 1143688.3, "2022-01..2022-12"), res
    assert _got(res, "▲42,316") == ("contradicted", -42457.1, "2021-01..2021-12"), res


def test_items_by_fiscal_half_and_their_change(data):
    res = check_text(HALF, date="2022-11-09", store=data)
    assert _got(res, "48,458") == ("contradicted", 45304.3, "2022-04..2022-09"), res
    assert _got(res, "▲58.6") == ("contradicted", -61.0, "2021-04..2021-09 to 2022-04..2022-09"), res
    assert _got(res, "21.3") == ("contradicted", 21.5, "2021-04..2021-09 to 2022-04..2022-09"), res
    assert _got(res, "▲123,973") == ("contradicted", -123938.7, "2022-04..2022-09"), res
    assert _got(res, "▲9,901") == ("contradicted", -10180.2, "2022-04..2022-09"), res
    assert not [r for r in res if r["claim"] in ("―", "22", "2")], res  # (no figure: not comparable; the header)


def test_a_header_of_periods_needs_items_and_a_unit():
    from ustflow.check.item_tables import _period_cell_claims

    assert _period_cell_claims("22年 前年\n\n経常収支 114,432 215,910\n\n貿易収支 ▲157,808 16,701", None, 0) == []  # no unit
    assert _period_cell_claims("22年 前年\n\n日本 114,432 215,910\n\n中国 ▲157,808 16,701\n\n(注)単位億円", None, 0) == []
