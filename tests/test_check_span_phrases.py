"""Period phrases of a span a sum or a change is over: a two-digit year said to be whole ("22年通年", "16年の1年間"), a
half of this or last year ("今年前半", "昨年の後半"); and a holder's TIC holdings' change over such a year (December to
December). Invented sentences; expected values are the store's own."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tests.helpers import by_claim, series, tic_level
from ustflow.check.period_grammar import Resolver
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, ref, want", [
    ("22年通年を見ると", date(2023, 2, 16), ("2022-01-01", "2022-12-31")),
    ("16年の1年間で", date(2017, 1, 12), ("2016-01-01", "2016-12-31")),
    ("19年通年の経常黒字", date(2020, 2, 10), ("2019-01-01", "2019-12-31")),
    ("今年前半だけで6兆円", date(2024, 9, 1), ("2024-01-01", "2024-06-30")),
    ("昨年の後半には", date(2024, 9, 1), ("2023-07-01", "2023-12-31")),
])
def test_a_whole_year_or_a_half(text, ref, want):
    got = Resolver(ref).find(text)
    assert [(str(p.start), str(p.end)) for p in got] == [want]


@pytest.mark.parametrize("text", ["22年ぶりの高水準", "10年間で", "前半戦"])
def test_counts_of_years_and_other_halves_are_no_period(text):
    assert Resolver(date(2023, 2, 16)).find(text) == []


def test_a_holders_change_over_a_year_named_with_two_digits(data, loaded_store):
    jp = tic_level(loaded_store, "japan", "2022-12") - tic_level(loaded_store, "japan", "2021-12")
    cn = tic_level(loaded_store, "china_mainland", "2022-12") - tic_level(loaded_store, "china_mainland", "2021-12")
    text = (f"22年通年を見ると、日本の保有残高は{abs(jp) * 10:.0f}億ドル{'増加' if jp > 0 else '減少'}し、"
            f"中国は{abs(cn) * 10:.0f}億ドル{'増加' if cn > 0 else '減少'}した。")
    recs = check_text(text, date="2023-02-16", store=data)
    for v in (jp, cn):
        rec = by_claim(recs, f"{abs(v) * 10:.0f}億ドル")
        assert (rec["verdict"], rec["official_period"]) == ("supported", "2021-12 to 2022-12"), rec["explanation"]


def test_an_investor_types_first_half(data, loaded_store):
    def total(first: str, last: str) -> float:
        out = 0.0
        for k in ("equity", "lt_debt", "st_debt"):
            s = series(f"mof.monthly.{k}.investment_trusts.net", loaded_store)
            out += float(s[(s.index >= pd.Period(first, "M")) & (s.index <= pd.Period(last, "M"))].sum())
        return out

    h1 = total("2024-01", "2024-06")
    floor = int(h1 // 10000)  # "6兆円を超えています": a floor below the half's total
    text = f"財務省によると、投資信託部門の対外証券投資は、今年前半だけで{floor}兆円を超えています。"
    rec = by_claim(check_text(text, date="2024-09-01", store=data), f"{floor}兆円")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2024-01..2024-06"), rec["explanation"]
