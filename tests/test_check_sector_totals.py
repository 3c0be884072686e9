"""`ustflow check` on MoF flows summed over a span: an investor type's foreign securities as a whole (equity, long-term
and short-term debt summed: "投資信託の対外証券投資", "海外投資" with no kind named), a span's total against the sum of its
rounded months, a story of a year's release whose later sentences name no period ("2016年の対外対内証券投資によると…
中長期債は…"), and the middle dot of "5・7兆円". Invented sentences; values are the store's own (JPY 100 mn)."""

from __future__ import annotations

import pandas as pd

from tests.helpers import by_claim, series
from ustflow.views.check import check_text


def _sum(store, sid: str, first: str, last: str) -> float:
    s = series(sid, store)
    return float(s[(s.index >= pd.Period(first, "M")) & (s.index <= pd.Period(last, "M"))].sum())


def _total(store, slug: str, first: str, last: str) -> float:
    return sum(_sum(store, f"mof.monthly.{k}.{slug}.net", first, last) for k in ("equity", "lt_debt", "st_debt"))


def _oku(v: float) -> str:
    cho, rest = divmod(round(abs(v)), 10000)
    return f"{cho}兆{rest:,}億円" if cho else f"{rest:,}億円"


def test_an_investor_types_foreign_securities_as_a_whole(data, loaded_store):
    may = _total(loaded_store, "investment_trusts", "2024-05", "2024-05")
    ytd = _total(loaded_store, "investment_trusts", "2024-01", "2024-05")
    year = _total(loaded_store, "life_insurers", "2023-01", "2023-12")
    cases = [
        (f"国内の投資信託による対外証券投資は、5月に{_oku(may)}の買い越しとなった。", _oku(may), "2024-06-11"),
        (f"1~5月の投資信託による海外投資は{_oku(ytd)}の{'買い越し' if ytd > 0 else '売り越し'}となった。", _oku(ytd),
         "2024-06-11"),
        (f"2023年の生命保険会社の対外証券投資は{_oku(year)}の{'買い越し' if year > 0 else '売り越し'}だった。", _oku(year),
         "2024-02-08"),
    ]
    for text, fig, day in cases:
        rec = by_claim(check_text(text, date=day, store=data), fig)
        assert rec["verdict"] == "supported", (text, rec["explanation"])
        assert "all securities" in rec["explanation"]


def test_a_kind_of_security_named_is_that_kind(data, loaded_store):
    lt = _sum(loaded_store, "mof.monthly.lt_debt.life_insurers.net", "2023-05", "2023-05")
    text = f"生命保険会社は5月に外国中長期債を{_oku(lt)}{'買い越した' if lt > 0 else '売り越した'}。"
    rec = by_claim(check_text(text, date="2023-06-08", store=data), _oku(lt))
    assert rec["verdict"] == "supported" and "long-term debt" in rec["explanation"], rec["explanation"]


def test_a_spans_total_is_within_the_rounding_of_its_months(data, loaded_store):
    """MoF prints a year's total rounded: it may differ from twelve rounded months by a few units (never by more
    than half a unit per figure summed)."""
    v = _sum(loaded_store, "mof.monthly.liabilities.equity.net", "2016-01", "2016-12")
    for off, verdict in ((1, "supported"), (-3, "supported"), (40, "contradicted")):
        text = f"2016年の外国人投資家による日本株投資は{_oku(v + off * (1 if v > 0 else -1))}の{'買い越し' if v > 0 else '売り越し'}だった。"
        rec = by_claim(check_text(text, date="2017-01-12", store=data), _oku(v + off * (1 if v > 0 else -1)))
        assert rec["verdict"] == verdict, (off, rec["explanation"])


def test_a_year_named_in_the_lede_frames_a_flow_story(data, loaded_store):
    lt = _sum(loaded_store, "mof.monthly.assets.lt_debt.net", "2019-01", "2019-12")
    inward = _sum(loaded_store, "mof.monthly.liabilities.lt_debt.net", "2019-01", "2019-12")
    text = (f"財務省が発表した2019年の対外対内証券投資によると、海外勢は日本株を売り越した。\n\n"
            f"国内投資家による海外投資は、中長期債が{_oku(lt)}の{'買い越し' if lt > 0 else '売り越し'}だった。"
            f"海外投資家の中長期債への投資は{_oku(inward)}の{'買い越し' if inward > 0 else '売り越し'}だった。")
    recs = check_text(text, date="2020-01-10", store=data)
    for fig in (_oku(lt), _oku(inward)):
        rec = by_claim(recs, fig)
        assert (rec["verdict"], rec["official_period"]) == ("supported", "2019-01..2019-12"), rec["explanation"]


def test_a_lede_naming_the_month_keeps_the_month(data, loaded_store):
    lt = _sum(loaded_store, "mof.monthly.assets.lt_debt.net", "2019-12", "2019-12")
    text = (f"財務省が発表した12月の対外対内証券投資によると、海外勢は日本株を売り越した。\n\n"
            f"国内投資家による海外投資は、中長期債が{_oku(lt)}の{'買い越し' if lt > 0 else '売り越し'}だった。")
    rec = by_claim(check_text(text, date="2020-01-10", store=data), _oku(lt))
    assert rec["official_period"] != "2019-01..2019-12" and rec["period_source"] != "from an earlier sentence", rec


def test_a_middle_dot_in_a_japanese_amount_is_a_decimal_point(data, loaded_store):
    from ustflow.check.numbers import find_amounts

    assert [a.in_units(1e8) for a in find_amounts("16年、日本株5・7兆円")] == [57000.0]
    assert [a.in_units(1e8) for a in find_amounts("米国債1・2兆ドル")] == [12000.0]
    assert [a.text for a in find_amounts("1・2月の累計は3兆円")] == ["3兆円"]  # a list of months, not a decimal
