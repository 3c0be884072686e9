"""`ustflow check`: the year a 'since' counts from, with its figure in brackets ("2011年(6598億円)以来の水準に回復した"),
is no period for the sentences after it (the next sentence's "貿易収支が4110億円の赤字" is of the story's month, not of
2011). Invented sentences; values are the store's own (``boj.bop``, JPY 100 mn, not seasonally adjusted)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series, yen_oku
from ustflow.views.check import check_text


@pytest.mark.parametrize("lead", [
    "1月の経常収支の黒字幅は、東日本大震災直前の2011年(6598億円)以来の水準に回復した。",
    "1月の経常収支の黒字幅としては、2011年（6598億円）以来の大きさだった。",
    "1月の経常収支は黒字で、黒字幅は2011年(6598億円)以来の水準となった。",
    "1月の経常収支は5208億円の黒字だった。",  # no 'since': the month carries as before
])
def test_the_next_sentence_keeps_the_storys_month(data, loaded_store, lead):
    v = float(series("boj.bop.bpbp6jyntb", loaded_store)[pd.Period("2016-01", "M")])
    text = f"財務省が発表した1月の国際収支速報によると、経常収支は黒字だった。{lead}内訳は、貿易収支が{yen_oku(v)}の{'黒字' if v > 0 else '赤字'}。"
    rec = by_claim(check_text(text, date="2016-03-09", store=data), yen_oku(v))
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2016-01"), rec
