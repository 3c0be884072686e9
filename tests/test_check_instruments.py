"""`ustflow check` on one MoF weekly paragraph naming several instruments (issue 13, session 5): each figure
takes the instrument of its own clause. Invented sentences; the values are read from the loaded store."""

from __future__ import annotations

import pytest

from tests.helpers import series
from ustflow.views.check import check_text


def _bn(v: float) -> str:
    return f"{abs(v) / 10:,.1f} billion yen"  # MoF's unit is 100 million yen


def test_each_figure_takes_the_instrument_of_its_own_clause(data, loaded_store):
    st = series("mof.weekly.liabilities.st_debt.net", loaded_store).dropna()
    lt = series("mof.weekly.liabilities.lt_debt.net", loaded_store).dropna()
    wk = next(w for w in reversed(st.index) if st[w] > 0 and lt[w] < 0 and abs(abs(st[w]) - abs(lt[w])) > 100)
    sat = wk.end_time.date()
    text = (f"In the week to {sat:%B} {sat.day}, {sat.year}, non-residents were busy in Tokyo's debt market: in "
            f"short-term paper they bought {_bn(st[wk])} and in longer-dated debt they sold {_bn(lt[wk])}.")
    r = check_text(text, date=str((wk + 1).end_time.date()), store=data)
    got = {x["claim"]: x for x in r}
    assert got[_bn(st[wk])]["official_value"] == pytest.approx(st[wk])
    assert got[_bn(st[wk])]["verdict"] == "supported"
    assert got[_bn(lt[wk])]["official_value"] == pytest.approx(lt[wk])
    assert got[_bn(lt[wk])]["verdict"] == "supported"


def test_the_instrument_a_figure_is_of_comes_first(data, loaded_store):
    # "sold ¥X of stocks" after a clause about bonds: the figure is of the stocks it names
    eq = series("mof.weekly.assets.equity.net", loaded_store).dropna()
    lt = series("mof.weekly.assets.lt_debt.net", loaded_store).dropna()
    wk = next(w for w in reversed(eq.index) if eq[w] > 0 and lt[w] > 0)
    sat = wk.end_time.date()
    text = (f"Japanese investors, who favoured overseas bonds for most of the year, bought {_bn(eq[wk])} worth of "
            f"foreign equities in the week ended {sat:%B} {sat.day}, {sat.year}.")
    r = check_text(text, date=str((wk + 1).end_time.date()), store=data)
    rec = next(x for x in r if x["claim"] == _bn(eq[wk]))
    assert rec["official_value"] == pytest.approx(eq[wk])
    assert rec["verdict"] == "supported"
