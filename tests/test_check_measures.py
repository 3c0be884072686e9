"""`ustflow check` on which official series and sign a figure is judged against (issue 13, session 9): Japanese
capital-flow words (流出超 / 流入超) take their sign from the side (residents' money going abroad is a net purchase
of foreign securities); a bare MoF line (株式, 中長期債, 短期債) is on the side its sentence's 対外 / 対内 or its
investors name. Invented sentences in the shapes of real articles; official values from the loaded store."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import StoreData, check_text


@pytest.fixture(scope="module")
def data(loaded_store):
    return StoreData(loaded_store)


def _oku(sid: str, month: str, store) -> int:
    return int(round(float(series(sid, store)[pd.Period(month, "M")])))


def _ja(v: int) -> str:
    """A MoF figure (100 million yen) as a Japanese article writes it, without its sign: 2兆1463億円, 388億円."""
    v = abs(v)
    return f"{v // 10000}兆{v % 10000}億円" if v >= 10000 else f"{v}億円"


@pytest.mark.parametrize("month,date", [("2019-05", "2019-06-10"), ("2016-11", "2016-12-08")])
def test_an_outflow_of_residents_money_is_a_net_purchase_abroad_and_an_inflow_a_net_sale(data, loaded_store,
                                                                                        month, date):
    eq = _oku("mof.monthly.assets.equity.net", month, loaded_store)
    lt = _oku("mof.monthly.assets.lt_debt.net", month, loaded_store)
    word = {True: "流出超", False: "流入超"}
    m = int(month[5:])
    for text in (f"{m}月の対外証券投資は株式が{_ja(eq)}の{word[eq > 0]}、中長期債は{_ja(lt)}の{word[lt > 0]}だった。",
                 f"国内投資家の対外証券投資は、{m}月に中長期債が{_ja(lt)}の資金{word[lt > 0]}となった。"):
        r = check_text(text, date=date, store=data)
        rec = by_claim(r, _ja(lt))
        assert rec["series"] == "mof.monthly.assets.lt_debt.net" and rec["verdict"] == "supported", rec
    rec = by_claim(check_text(f"{m}月の対外証券投資は株式が{_ja(eq)}の{word[eq > 0]}だった。", date=date, store=data),
                   _ja(eq))
    assert rec["series"] == "mof.monthly.assets.equity.net" and rec["verdict"] == "supported", rec
    # the wrong way round is still caught
    rec = by_claim(check_text(f"{m}月の対外証券投資は中長期債が{_ja(lt)}の{word[lt < 0]}だった。", date=date, store=data),
                   _ja(lt))
    assert rec["verdict"] == "contradicted", rec


def test_an_inflow_into_japanese_securities_stays_a_net_purchase(data, loaded_store):
    eq = _oku("mof.monthly.liabilities.equity.net", "2019-05", loaded_store)
    word = "流入超" if eq > 0 else "流出超"
    rec = by_claim(check_text(f"5月の対内証券投資は、株式が{_ja(eq)}の{word}だった。", date="2019-06-10", store=data),
                   _ja(eq))
    assert rec["series"] == "mof.monthly.liabilities.equity.net" and rec["verdict"] == "supported", rec


def test_a_bare_line_is_on_the_side_of_the_investors_named(data, loaded_store):
    lt = _oku("mof.monthly.liabilities.lt_debt.net", "2019-05", loaded_store)
    st = _oku("mof.monthly.liabilities.st_debt.net", "2019-05", loaded_store)
    way = {True: "買い越し", False: "売り越し"}
    text = f"5月の日本国債への海外投資家の投資は、中長期債が{_ja(lt)}の{way[lt > 0]}、短期債が{_ja(st)}の{way[st > 0]}となった。"
    r = check_text(text, date="2019-06-10", store=data)
    assert by_claim(r, _ja(lt))["series"] == "mof.monthly.liabilities.lt_debt.net"
    assert by_claim(r, _ja(st))["series"] == "mof.monthly.liabilities.st_debt.net"
    assert {by_claim(r, _ja(v))["verdict"] for v in (lt, st)} == {"supported"}


def test_a_stock_swap_is_no_stock_line(data):
    r = check_text("5月の海外投資家による米長期有価証券投資(株式スワップ等除く)は919億ドルの買い越しとなった。",
                   date="2017-07-19", store=data)
    rec = by_claim(r, "919億ドル")
    assert not (rec["series"] or "").startswith("mof."), rec
