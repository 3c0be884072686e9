"""`ustflow check` on Japanese stories (issue 13, session 11, batch 8's Japanese articles showed missing): a US
yield named with its tenor before 国債 ("米10年国債利回り", "米国10年債"), a move in basis points written in Japanese
("27ベーシスポイント上昇", "15bp低下") and a unit's definition beside it ("(bp、1bp=0.01%)") that is no figure, "同月"
(the month named before), and the base of a change named with 比 after a month's end ("昨年12月末比で"). Invented
sentences; expected values are the store's."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import StoreData, check_text


@pytest.fixture(scope="module")
def data(loaded_store):
    return StoreData(loaded_store)


def _month_move_bp(loaded_store, sid: str, month: str) -> tuple[int, str, str]:
    """A series' move over a month in whole basis points (last close of the month before to the month's last)."""
    s = series(sid, loaded_store)
    m = pd.Period(month, "M")
    before = s[s.index < m.start_time]
    during = s[(s.index >= m.start_time) & (s.index <= m.end_time)]
    return round((during.iloc[-1] - before.iloc[-1]) * 100), before.index[-1].date().isoformat(), \
        during.index[-1].date().isoformat()


@pytest.mark.parametrize("template", [
    "米10年国債利回りは4月に約{bp}ベーシスポイント(bp、1bp=0.01%){move}した。",
    "4月の米国10年債利回りは{bp}bp{move}した。",
    "米ドルは4月に上昇。米10年物国債の利回りは同月に{bp}ベーシスポイント{move}した。",
])
def test_a_us_yields_move_in_basis_points_written_in_japanese(template, data, loaded_store):
    bp, start, end = _month_move_bp(loaded_store, "fred.dgs10", "2024-04")
    text = template.format(bp=abs(bp), move="上昇" if bp > 0 else "低下")
    r = check_text(text, date="2024-05-20", store=data)
    fig = [x for x in r if x["measure"] == "yield_change"]
    assert len(fig) == 1, [(x["claim"], x["series"]) for x in r]
    assert (fig[0]["series"], fig[0]["verdict"], fig[0]["official_period"]) == ("fred.dgs10", "supported",
                                                                                 f"{start} to {end}")
    assert not [x for x in r if x["claim"].endswith("0.01%")]  # the unit's definition is no claim


@pytest.mark.parametrize("name", ["米10年国債利回り", "米国10年債の利回り", "米国10年国債の利回り"])
def test_a_us_tenor_before_kokusai_is_a_treasury(name, data, loaded_store):
    s = series("fred.dgs10", loaded_store)
    v = s[s.index == pd.Timestamp("2024-05-21")].iloc[0]
    rec = by_claim(check_text(f"{name}は21日に{v:.2f}%となった。", date="2024-05-22", store=data), f"{v:.2f}%")
    assert (rec["series"], rec["verdict"]) == ("fred.dgs10", "supported")


@pytest.mark.parametrize("base", ["昨年12月末比で", "2023年12月末比で", "前年12月末比で"])
def test_a_change_against_a_months_end_named_with_hi(base, data, loaded_store):
    jp = series("tic.holdings.japan", loaded_store)
    ch = jp[pd.Period("2024-01", "M")] - jp[pd.Period("2023-12", "M")]
    text = f"日本の米国債保有額は1月、{base}{round(abs(ch) * 10)}億ドル{'増えた' if ch > 0 else '減った'}。"
    rec = by_claim(check_text(text, date="2024-03-20", store=data), f"{round(abs(ch) * 10)}億ドル")
    assert (rec["measure"], rec["official_period"], rec["verdict"]) == ("holdings_change", "2023-12 to 2024-01",
                                                                        "supported"), rec["explanation"]
