"""`ustflow check` on a table of holders written on one line ("中国1272.1 、日本1200.2、…" under "(単位、10億ドル)"),
and on a table whose unit caption carries a note ("単位、10億ドル、()内は前年比増減"). Invented text; every expected
value is read here from the loaded store."""

from __future__ import annotations

from datetime import date

import pandas as pd

from tests.helpers import by_claim, series
from ustflow.check.inline_tables import inline_table_claims
from ustflow.views.check import check_text


def test_a_one_line_table_and_the_same_table_again_for_another_month(data, loaded_store):
    p, q = pd.Period("2016-03", "M"), pd.Period("2015-03", "M")
    jp, cn = series("tic.holdings.japan", loaded_store), series("tic.holdings.china_mainland", loaded_store)
    lu = series("tic.holdings.luxembourg", loaded_store)
    text = (f"今年{p.month}月の主な保有国は以下の通り(単位、10億ドル)。日本{jp[p]:.1f} 、中国{cn[p] + 20:.1f}、"
            f"ルクセンブルグ{lu[p]:.1f}\n\n"
            f"参考までに昨年{q.month}月の数字を見ると、日本{jp[q]:.1f}、中国{cn[q]:.1f}、ルクセンブルク{lu[q]:.1f}")
    r = check_text(text, date="2016-05-20", store=data)
    for fig, per, val, verdict in [(f"{jp[p]:.1f}", p, jp[p], "supported"), (f"{lu[p]:.1f}", p, lu[p], "supported"),
                                   (f"{cn[p] + 20:.1f}", p, cn[p], "contradicted"),
                                   (f"{cn[q]:.1f}", q, cn[q], "supported")]:  # the unit carried to the second line
        rec = by_claim(r, fig)
        assert (rec["verdict"], rec["official_period"], rec["official_value"]) == (verdict, str(per), val), rec


def test_items_that_are_no_one_line_table_are_not_read():
    ref = date(2016, 5, 20)
    # no unit named on the line or before it: which unit the numbers are in is not told
    assert inline_table_claims("主な保有国は、日本1137.5、中国1252.1、英国225.0", ref, 0) == []
    # figures with their own unit are prose, for the sentence rules
    assert inline_table_claims("(単位、10億ドル)。日本1兆1375億ドル、中国1兆2521億ドル、英国2250億ドル", ref, 0) == []
    # two items are no table
    assert inline_table_claims("(単位、10億ドル)。日本1137.5、中国1252.1", ref, 0) == []
    # most of the names no holder: a list of something else
    assert inline_table_claims("(単位、10億ドル)。東京都12.5、大阪府8.1、日本1137.5", ref, 0) == []


def test_a_unit_caption_with_a_note_opens_a_table(data, loaded_store):
    p = pd.Period("2016-03", "M")
    jp, cn = series("tic.holdings.japan", loaded_store), series("tic.holdings.china_mainland", loaded_store)
    text = (f"{p.year}年{p.month}月の保有額が公表された。\n\n単位、10億ドル、()内は前年比増減\n\n"
            f"中国(China, Mainland){cn[p]:.1f}\n日本(Japan){jp[p] - 9:.1f}")
    r = check_text(text, date="2016-05-20", store=data)
    rec = by_claim(r, f"{cn[p]:.1f}")
    assert (rec["verdict"], rec["official_period"], rec["official_value"]) == ("supported", str(p), cn[p])
    assert by_claim(r, f"{jp[p] - 9:.1f}")["verdict"] == "contradicted"
