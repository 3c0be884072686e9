"""`ustflow check` on the size of a move in TIC holdings told with a move word the figure's role missed (issue 13,
session 16): a plural move noun ("notched declines of $X", "made reductions of $X"), a present participle ("holdings
surging $X to $Y"), a translation's "increased its holdings of $X", a Japanese move with an adverb or a percent in
brackets between ("約250億ドル(4%)の大幅減"), a holder set with が ("中国が240億ドル減らしている"), a move "in one month"
(一ヶ月で) or "on the month" (前月比では) in a story that otherwise compares with a year before. Invented sentences; every
expected value is read here from the loaded store."""

from __future__ import annotations

import pandas as pd

from tests.helpers import by_claim, series
from ustflow.views.check import check_text


def _bn(v: float) -> str:
    return f"{abs(v):.1f}"


def test_a_plural_move_noun_names_the_size_of_a_move(data, loaded_store):
    cn = series("tic.holdings.china_mainland", loaded_store)
    y = cn[pd.Period("2022-12", "M")] - cn[pd.Period("2021-12", "M")]
    r = check_text(f"China made significant reductions of ${_bn(y)} billion in 2022 in its Treasury holdings.",
                   date="2023-03-01", store=data)
    rec = by_claim(r, f"${_bn(y)} billion")
    assert (rec["verdict"], rec["measure"], rec["official_period"]) == ("supported", "holdings_change", "2021-12 to 2022-12")
    jp = series("tic.holdings.japan", loaded_store)
    m = jp[pd.Period("2020-03", "M")] - jp[pd.Period("2020-02", "M")]
    r = check_text(f"Japan's Treasury holdings notched declines of ${_bn(m)} billion in March 2020.",
                   date="2020-05-20", store=data)
    rec = by_claim(r, f"${_bn(m)} billion")
    assert rec["measure"] == "holdings_change" and rec["official_period"] == "2020-02 to 2020-03"


def test_a_participle_and_a_translation_of_increased_holdings(data, loaded_store):
    jp, uk = series("tic.holdings.japan", loaded_store), series("tic.holdings.united_kingdom", loaded_store)
    p = pd.Period("2020-07", "M")
    d = jp[p] - jp[p - 1]
    r = check_text(f"Japan remained top in July 2020 with its US debt holdings surging ${_bn(d)} billion to "
                   f"${jp[p] / 1000:.2f} trillion.", date="2020-09-17", store=data)
    rec = by_claim(r, f"${_bn(d)} billion")
    assert (rec["verdict"], rec["measure"]) == ("supported", "holdings_change")
    q = pd.Period("2021-05", "M")
    e = uk[q] - uk[q - 1]
    r = check_text(f"The United Kingdom increased its holdings of US${_bn(e)} billion in US Treasuries in May 2021.",
                   date="2021-07-18", store=data)
    rec = by_claim(r, f"US${_bn(e)} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", f"{q - 1} to {q}")
    # not a move: a verb of change before holdings of Treasuries named, then the level reached
    r = check_text(f"Japan increased its holdings of Treasuries to ${jp[p]:,.1f} billion in July 2020.",
                   date="2020-09-17", store=data)
    assert by_claim(r, f"${jp[p]:,.1f} billion")["measure"] == "holdings_level"


def test_japanese_moves_with_an_adverb_a_bracket_or_ga(data, loaded_store):
    jp, cn = series("tic.holdings.japan", loaded_store), series("tic.holdings.china_mainland", loaded_store)
    p = pd.Period("2016-03", "M")
    d = jp[p] - jp[p - 1]
    pct = 100 * d / jp[p - 1]
    word = "増" if d > 0 else "減"
    r = check_text(f"2016年3月の日本の米国債残高は{abs(d) * 10:.0f}億ドル({abs(pct):.1f}%)の大幅{word}となった。",
                   date="2016-05-20", store=data)
    rec = by_claim(r, f"{abs(d) * 10:.0f}億ドル")
    assert (rec["verdict"], rec["measure"]) == ("supported", "holdings_change")
    assert by_claim(r, f"{abs(pct):.1f}%")["verdict"] == "supported"
    c = cn[p] - cn[p - 1]
    verb = "増やしている" if c > 0 else "減らしている"
    r = check_text(f"2016年3月の米国債保有で、中国が{abs(c) * 10:.0f}億ドル{verb}。", date="2016-05-20", store=data)
    assert by_claim(r, f"{abs(c) * 10:.0f}億ドル")["measure"] == "holdings_change"


def test_a_move_in_one_month_or_on_the_month_in_a_story_framed_on_a_year(data, loaded_store):
    tot, cn = series("tic.holdings.grand_total", loaded_store), series("tic.holdings.china_mainland", loaded_store)
    p = pd.Period("2016-03", "M")
    yy, mm = 100 * (tot[p] / tot[p - 12] - 1), 100 * (tot[p] / tot[p - 1] - 1)
    c = cn[p] - cn[p - 1]
    text = (f"2016年3月末時点での海外保有分の米国債残高は、{tot[p] / 1000:.2f}兆ドルとなりました。"
            f"前年同期比で{abs(yy):.1f}%の{'増加' if yy > 0 else '減少'}となり、前月比では、{abs(mm):.1f}%の"
            f"{'増加' if mm > 0 else '減少'}となりました。\n\n"
            f"中国が一ヶ月で{abs(c) * 10:.0f}億ドル{'増やしている' if c > 0 else '減らしている'}。")
    r = check_text(text, date="2016-05-20", store=data)
    rec = by_claim(r, f"{abs(mm):.1f}%")
    assert (rec["verdict"], rec["official_period"]) == ("supported", f"{p - 1} to {p}")
    assert by_claim(r, f"{abs(yy):.1f}%")["official_period"] == f"{p - 12} to {p}"
    rec = by_claim(r, f"{abs(c) * 10:.0f}億ドル")
    assert (rec["verdict"], rec["official_period"]) == ("supported", f"{p - 1} to {p}")
