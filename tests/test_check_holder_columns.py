"""`ustflow check` on holder tables whose header row names the columns' periods (issue 13, session 19): two year-ends
with the change and the percent change between them under a caption carrying the unit ("…/10億ドル/…"), and a grid
of months ("Jul-18 Jun-18 …") under a line that opens with the unit. Invented tables; every expected value is read
here from the loaded store. Boundaries: a table of yen, a table of stocks, a table with no unit, a header with a
column that is no period or change, a row with a cell too few, and names with no figures."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.check.holder_columns import header_columns
from ustflow.views.check import check_text


def _levels(store, p):
    return {k: series(f"tic.holdings.{k}", store)[p] for k in ("japan", "china_mainland", "taiwan")}


def test_two_year_ends_with_their_change_and_percent_change(data, loaded_store):
    a, b = pd.Period("2019-12", "M"), pd.Period("2018-12", "M")
    new, old = _levels(loaded_store, a), _levels(loaded_store, b)
    ch = {k: new[k] - old[k] for k in new}
    pc = {k: 100 * ch[k] / old[k] for k in new}
    text = ("各国の保有額は次の通り。\n\n2019年末の米国債保有残高/10億ドル/出所:米財務省\n"
            "国・地域 2019年 2018年 増減 増減率\n"
            f"Japan {new['japan']:,.1f} {old['japan']:,.1f} {ch['japan']:+.1f} {pc['japan']:+.1f}%\n"
            f"China, Mainland {new['china_mainland']:,.1f} {old['china_mainland']:,.1f} "
            f"{ch['china_mainland'] + 7:+.1f} {pc['china_mainland']:+.1f}%\n"
            f"Taiwan {new['taiwan']:,.1f} {old['taiwan']:,.1f}\n\n以上。")
    r = check_text(text, date="2020-02-20", store=data)
    rec = by_claim(r, f"{old['japan']:,.1f}")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2018-12")
    assert by_claim(r, f"{new['china_mainland']:,.1f}")["official_period"] == "2019-12"
    rec = by_claim(r, f"{ch['japan']:+.1f}")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2018-12 to 2019-12"), rec
    assert by_claim(r, f"{pc['japan']:+.1f}%")["verdict"] == "supported"
    assert by_claim(r, f"{ch['china_mainland'] + 7:+.1f}")["verdict"] == "contradicted"
    # a row with fewer cells than the header has columns: which cell is which cannot be told
    assert not [x for x in r if x["claim"] == f"{new['taiwan']:,.1f}"]
    assert not [x for x in r if x["claim"] == "10億ドル"]  # the caption's unit is no figure


def test_a_grid_of_months_under_a_unit_line(data, loaded_store):
    p = pd.Period("2021-03", "M")
    jp, cn = series("tic.holdings.japan", loaded_store), series("tic.holdings.china_mainland", loaded_store)
    months = [p, p - 1, p - 2]
    head = "  ".join(f"{m.strftime('%b')}-{m.year % 100:02d}" for m in months)
    text = ("Major Foreign Holders of Treasury Securities\n"
            "In billions of U.S. dollars, holdings at end of period\n"
            f"Country            {head}\n"
            f"Japan              {jp[p]:.1f}  {jp[p - 1]:.1f}  {jp[p - 2] + 20:.1f}\n"
            f"China, Mainland    {cn[p]:.1f}  {cn[p - 1]:.1f}  {cn[p - 2]:.1f}\n")
    r = check_text(text, date="2021-05-20", store=data)
    rec = by_claim(r, f"{cn[p - 1]:.1f}")
    assert (rec["verdict"], rec["official_period"], rec["subject"]) == ("supported", str(p - 1), "China (mainland)")
    assert by_claim(r, f"{jp[p]:.1f}")["official_period"] == str(p)
    assert by_claim(r, f"{jp[p - 2] + 20:.1f}")["verdict"] == "contradicted"


@pytest.mark.parametrize("caption", [
    "2019年末の対外資産残高/億円/出所:財務省",  # yen: no unit of this reader's
    "2019年末の米国株式保有残高/10億ドル/出所:米財務省",  # stocks, not Treasuries
    "2019年末の米国債保有残高/出所:米財務省",  # no unit at all
])
def test_tables_the_header_reader_leaves_alone(caption, data, loaded_store):
    jp = series("tic.holdings.japan", loaded_store)
    a, b = pd.Period("2019-12", "M"), pd.Period("2018-12", "M")
    cells = [f"{jp[a]:,.1f}", f"{jp[b]:,.1f}", f"{jp[a] - jp[b]:+.1f}"]
    text = f"{caption}\nCountry 2019年 2018年 増減\nJapan {' '.join(cells)}\n"
    r = check_text(text, date="2020-02-20", store=data)
    assert not [x for x in r if x["claim"] in cells and x["measure"] in ("holdings_level", "holdings_change")], r


def test_what_is_no_header_of_periods():
    ref = pd.Timestamp("2020-02-20").date()
    cols = header_columns("Country 2016年 2015年 増減 増減率", ref)
    assert [c.kind for c in cols] == ["level", "level", "change", "pct"]
    assert cols[0].period.start.isoformat() == "2016-12-01"  # a year's column is its end
    assert header_columns("国 2019年 シェア", ref) is None  # a share column: not this reader's
    assert header_columns("Country Holdings Change", ref) is None  # no period
    assert header_columns("Japan 1,090.8 1,122.4 -31.6", ref) is None  # a row
    assert header_columns("日本、中国、英国", ref) is None  # names with no figures
    assert header_columns("Country 2021年 2019年", ref)[0].period is None  # later than the article: no month


def _month_table(store, p, shift: int) -> tuple[str, str]:
    """A table of TIC's layout naming no month (levels of ``p + shift``, changes of ``p``), with the first row's change
    moving the wrong way by another amount; that cell."""
    names = {"japan": "日本(Japan)", "china_mainland": "中国(China, Mainland)", "united_kingdom": "英国(United Kingdom)"}
    rows = []
    for k, name in names.items():
        s = series(f"tic.holdings.{k}", store)
        ch = s[p] - s[p - 1]
        rows.append((name, f"{s[p + shift]:.1f}", f"{-ch - 9.5 if not rows else ch:+.1f}"))
    text = "国、米国債保有額、前月比(単位、10億ドル)\n" + "\n".join("、".join(r) for r in rows) + "\n\n以上。"
    return text, rows[0][2]


def test_a_change_cell_of_a_table_its_levels_pin_stays_contradicted(data, loaded_store):
    # the table names no month: the latest published; its levels are that month's, so the change cell that moves the
    # other way is the table's error, not a period the checker guessed
    p = pd.Period("2021-03", "M")
    text, cell = _month_table(loaded_store, p, 0)
    rec = by_claim(check_text(text, date="2021-05-20", store=data), cell)
    assert rec["verdict"] == "contradicted" and "pinned by its own levels" in rec["explanation"], rec


def test_a_table_whose_levels_are_another_months_pins_nothing(data, loaded_store):
    # the levels are six months older than the latest: the month read is not the table's, the gate sets the cell aside
    p = pd.Period("2021-03", "M")
    text, cell = _month_table(loaded_store, p, -6)
    rec = by_claim(check_text(text, date="2021-05-20", store=data), cell)
    assert rec["verdict"] == "unverifiable" and "pinned" not in rec["explanation"], rec


def test_a_change_cell_of_the_month_before_in_a_pinned_table_stays_contradicted(data, loaded_store):
    # the first row's change is the month before's: the month read is the table's (its levels say so), so that other
    # month is no reading the table allows
    p = pd.Period("2021-03", "M")
    jp, cn = series("tic.holdings.japan", loaded_store), series("tic.holdings.china_mainland", loaded_store)
    before = jp[p - 1] - jp[p - 2]
    assert abs(before - (jp[p] - jp[p - 1])) > 1
    text = ("国、米国債保有額、前月比(単位、10億ドル)\n"
            f"日本(Japan)、{jp[p]:.1f}、{before:+.1f}\n中国(China, Mainland)、{cn[p]:.1f}、{cn[p] - cn[p - 1]:+.1f}\n")
    rec = by_claim(check_text(text, date="2021-05-20", store=data), f"{before:+.1f}")
    assert rec["verdict"] == "contradicted" and "pinned by its own levels" in rec["explanation"], rec


def test_a_level_no_rule_can_place_pins_nothing_and_a_bug_is_not_hidden():
    # table_pins._fits re-judges each level cell at the month asked: a level the rule cannot place (NoPeriod) or whose
    # series or month the store lacks (a LookupError: KeyError, NotFoundError) counts for nothing; any other error is a
    # bug and goes up to the pipeline, which reports it on the change cell instead of the table passing silently
    from types import SimpleNamespace

    from ustflow.check.rulekit import NoPeriod
    from ustflow.check.table_pins import _fits
    from ustflow.errors import NotFoundError

    def judge(alt, ctx):
        if isinstance(alt.raises, type):
            raise alt.raises("invented")
        return SimpleNamespace(verdict=alt.raises, flags=["possible_revision"] if alt.raises == "contradicted" else [])

    levels = [SimpleNamespace(raises=r) for r in ("supported", "contradicted", NoPeriod, KeyError, NotFoundError)]
    assert _fits(levels, None, "stated", None, judge) == (1, 2)
    with pytest.raises(TypeError, match="invented"):
        _fits([*levels, SimpleNamespace(raises=TypeError)], None, "stated", None, judge)
