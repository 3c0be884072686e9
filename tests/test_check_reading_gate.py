"""`ustflow check`: the alternative-reading test on a plain contradicted change or flow (issue 13, session 18,
``check/reading_gate``). A change whose period the sentence does not state and whose official value moves the other
way and by another amount, and a change or flow whose holder was carried from an earlier sentence, are not signed
as the article's error (`unverifiable`, saying why); a stated period with a wrong figure, a figure whose size
matches but whose direction is wrong, and a holder the sentence refers to ("They", "Its") stay contradicted, and the
explanation names the reading the figure fits when the sentence does not allow it. Invented sentences; the values
are the store's own (Japan's holdings fell $40.9 billion in April 2024 after rising $19.4 billion in March; China's
rose $34.3 billion in December 2023 after $12.4 billion in November; Japanese investors sold a net ¥1.4857 trillion
of foreign bonds in July 2024)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read
from ustflow.views.check import check_text


@pytest.fixture(scope="module")
def values(data) -> None:
    jp = data.series("tic.holdings.japan").dropna()
    cn = data.series("tic.holdings.china_mainland").dropna()
    flow = data.series("mof.monthly.assets.lt_debt.net").dropna()
    m = lambda s: pd.Period(s, "M")  # noqa: E731
    assert round(jp[m("2024-04")] - jp[m("2024-03")], 1) == -40.9
    assert round(jp[m("2024-03")] - jp[m("2024-02")], 1) == 19.4
    assert round(cn[m("2023-12")] - cn[m("2023-11")], 1) == 34.3
    assert round(cn[m("2023-11")] - cn[m("2023-10")], 1) == 12.4
    assert flow[m("2024-07")] == -14857 and flow[m("2024-05")] == 22981


def _one(data, text: str, date: str, measure: str) -> dict:
    out = [r for r in check_text(text, date=date, store=data) if r["measure"] == measure]
    return out[-1]


@pytest.mark.parametrize("wording", [
    "Japan's holdings of Treasuries rose by $12.3 billion, Treasury data showed.",
    "Japan added $12.3 billion of Treasuries, data showed on Tuesday.",
    "日本の米国債保有額は123億ドル増加した。",
])
def test_a_direction_against_an_inferred_period_is_not_a_contradiction(data, values, wording):
    rec = _one(data, wording, "2024-06-20", "holdings_change")  # the latest published: April 2024, a fall of 40.9
    assert rec["verdict"] == "unverifiable", rec["explanation"]
    assert "direction_against_period" in rec["flags"]
    assert "moves the other way and by another amount" in rec["explanation"]


def test_a_stated_period_with_a_wrong_figure_stays_contradicted(data, values):
    rec = _one(data, "Japan's holdings of Treasuries rose by $12.3 billion in April 2024.", "2024-06-20",
               "holdings_change")
    assert rec["verdict"] == "contradicted", rec["explanation"]
    assert "direction_against_period" not in rec["flags"]


def test_a_size_that_matches_in_the_wrong_direction_stays_contradicted_and_says_so(data, values):
    rec = _one(data, "Japan's holdings of Treasuries rose by $40.9 billion, Treasury data showed.", "2024-06-20",
               "holdings_change")
    assert rec["verdict"] == "contradicted", rec["explanation"]
    assert "the figure fits the opposite direction" in rec["explanation"]
    assert "it says 'rose'" in rec["explanation"]


def test_the_month_before_a_stated_month_is_named_but_the_verdict_stands(data, values):
    rec = _one(data, "China's holdings of Treasuries rose by $12.4 billion in December 2023.", "2024-03-20",
               "holdings_change")
    assert rec["verdict"] == "contradicted", rec["explanation"]
    assert "the figure fits the period before (2023-11)" in rec["explanation"]


_MAY = "Japanese investors bought a net ¥2.3 trillion of foreign bonds in May 2024. "
_MAY_JA = "日本の投資家は2024年5月に外国中長期債を2兆2981億円買い越した。"


@pytest.mark.parametrize("text", [
    _MAY + "The investors sold a net ¥2.2 trillion of foreign bonds in July 2024.",
    _MAY + "Such investors then sold a net ¥2.2 trillion in July 2024.",
    _MAY_JA + "7月には外国中長期債を2兆2000億円売り越した。",
    _MAY_JA + "7月は2兆2000億円の売り越しとなった。",
])
def test_a_holder_carried_from_an_earlier_sentence_is_not_a_contradiction(data, values, text):
    rec = _one(data, text, "2024-09-20", "flow")
    assert rec["subject_source"] == "inherited"
    assert rec["verdict"] == "unverifiable", rec["explanation"]
    assert "holder_not_stated" in rec["flags"]
    assert "was taken from an earlier sentence" in rec["explanation"]


@pytest.mark.parametrize("text", [
    _MAY + "They sold a net ¥2.2 trillion of foreign bonds in July 2024.",  # the sentence refers to its holder
    _MAY + "The investors bought a net ¥1.49 trillion of foreign bonds in July 2024.",  # the holder's own size: the
    # direction is the error
    "Japanese investors sold a net ¥2.2 trillion of foreign bonds in July 2024.",  # states it: a plain error
])
def test_a_holder_the_sentence_states_or_refers_to_stays_contradicted(data, values, text):
    rec = _one(data, text, "2024-09-20", "flow")
    assert as_read(rec) == "contradicted", rec["explanation"]
    assert "holder_not_stated" not in rec["flags"]


def _total_story(data, between: str) -> dict:
    """A story on all foreign holdings (March 2019), then a change from a year earlier whose holder is carried;
    ``between``: a sentence in between, naming another holder or none. The figure (9.5%) is far from TIC's."""
    tot = data.series("tic.holdings.grand_total").dropna()
    m = lambda s: pd.Period(s, "M")  # noqa: E731
    assert round((tot[m("2019-03")] / tot[m("2018-03")] - 1) * 100, 1) == 4.0
    text = f"外国勢の米国債保有残高は2019年3月末に6兆4740億ドルとなりました。{between}\n\n前年同期比で9.5%の増加となりました。"
    return _one(data, text, "2019-05-20", "holdings_pct")


def test_a_change_of_the_total_the_story_alone_names_stays_contradicted(data):
    rec = _total_story(data, "")  # the total of foreign holdings is the only holder in sight: no other to mean
    assert (rec["subject_source"], rec["verdict"]) == ("inherited", "contradicted"), rec["explanation"]
    assert "holder_not_stated" not in rec["flags"]


def test_a_change_of_the_total_after_another_holder_is_named_is_not_a_contradiction(data):
    rec = _total_story(data, "日本の保有額は減りました。")  # the near miss: Japan named in between, which may be meant
    assert rec["verdict"] == "unverifiable" and "holder_not_stated" in rec["flags"], rec["explanation"]
