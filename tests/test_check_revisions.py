"""`ustflow check` on first prints of TIC holdings: the revision room measured from the official file
(issue 13, session 6). Invented sentences plus one real article's; values read from the loaded store."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import claim_containing, series
from ustflow.check import revisions as RV
from ustflow.views.check import check_text
from ustflow.views.holdings import series_breaks


def _gap(loaded_store, slug: str, month: str) -> float:
    new = float(series(f"tic.holdings.{slug}", loaded_store)[pd.Period(month, "M")])
    old = float(series_breaks(store=loaded_store)[slug][pd.Period(month, "M")])
    return abs(old - new) / new


def test_level_room_is_the_series_own_benchmark_revisions(data, loaded_store):
    # a month's first print went through the benchmarks after it: China's largest gap from 2008-12 on
    china = max(_gap(loaded_store, "china_mainland", m) for m in ("2009-06", "2010-06", "2011-06"))
    assert RV.level_room(data, "tic.holdings.china_mainland", pd.Period("2009-12", "M")) == pytest.approx(china)
    japan = max(_gap(loaded_store, "japan", m) for m in ("2009-06", "2010-06", "2011-06"))
    assert RV.level_room(data, "tic.holdings.japan", pd.Period("2009-12", "M")) == pytest.approx(japan)
    assert japan < 0.05 < 0.2 < china  # Japan's benchmarks moved it little, China's a great deal
    # after the last break: the grand total's recent benchmarks, at least the vintage-to-vintage room
    total = max(_gap(loaded_store, "grand_total", m) for m in ("2009-06", "2010-06", "2011-06"))
    assert RV.level_room(data, "tic.holdings.japan", pd.Period("2024-05", "M")) == pytest.approx(max(total, RV.MONTHLY_ROOM))


def test_the_same_gap_is_a_first_print_for_china_and_an_error_for_japan(loaded_store):
    cn = float(series("tic.holdings.china_mainland", loaded_store)[pd.Period("2009-12", "M")])
    jp = float(series("tic.holdings.japan", loaded_store)[pd.Period("2009-12", "M")])
    text = (f"China held ${cn * 0.88:.1f} billion of Treasuries at the end of December 2009. "
            f"Japan held ${jp * 0.88:.1f} billion at the end of December 2009.")
    res = check_text(text, date="2010-02-20", store=loaded_store)
    china, japan = claim_containing(res, f"{cn * 0.88:.1f}"), claim_containing(res, f"{jp * 0.88:.1f}")
    assert china["verdict"] == japan["verdict"] == "contradicted"
    assert "possible_revision" in china["flags"] and "first print" in china["explanation"]
    assert "possible_revision" not in japan["flags"]  # 12% is far beyond Japan's benchmark revisions


def test_a_real_first_print_of_chinas_holdings(loaded_store):
    # domainb 2010-02-17: "$755.4 billion" for China in December 2009, 894.8 after the 2010 benchmark
    text = "China's holdings of U.S. Treasuries fell to $755.4 billion in December, the Treasury said."
    r = claim_containing(check_text(text, date="2010-02-17", store=loaded_store), "755.4")
    assert r["verdict"] == "contradicted" and "possible_revision" in r["flags"]
    assert r["official_value"] == pytest.approx(894.8)


def test_a_change_has_room_relative_to_the_level_not_to_the_change(loaded_store):
    jp = series("tic.holdings.japan", loaded_store).dropna()
    p = pd.Period("2024-05", "M")
    ch = float(jp[p] - jp[p - 1])
    room = RV.change_room(float(jp[p]), float(jp[p - 1]))
    near = abs(ch) + min(0.5 * room, 0.5 * abs(ch))  # far from the change in share, close in the level
    far = abs(ch) + 2 * room
    word = "fell" if ch < 0 else "rose"
    text = (f"Japan's holdings {word} ${near:.1f} billion in May 2024. "
            f"Separately, Japan's holdings {word} ${far:.1f} billion in May 2024.")
    res = check_text(text, date="2024-07-18", store=loaded_store)
    a, b = claim_containing(res, f"{near:.1f}"), claim_containing(res, f"{far:.1f}")
    assert a["verdict"] == "contradicted" and "possible_revision" in a["flags"]
    assert "possible_revision" not in b["flags"]
    # the far one is contradicted, or, more than three times the change, not judged (another measure read)
    assert b["verdict"] == ("unverifiable" if far > 3 * abs(ch) else "contradicted")


def test_a_unit_error_is_no_revision(loaded_store):
    jp = float(series("tic.holdings.japan", loaded_store)[pd.Period("2024-05", "M")])
    text = f"Japan held ${jp * 10 / 1000:.3f} trillion of Treasuries in May 2024."
    r = check_text(text, date="2024-07-18", store=loaded_store)[0]
    assert r["verdict"] == "contradicted" and "possible_revision" not in r["flags"]


def test_a_figure_far_from_the_official_value_is_not_judged(loaded_store):
    # a level four times off is more likely another measure than a misprint: unverifiable, saying what was
    # compared; a near miss stays contradicted, a unit trap and a billion read as a trillion stay contradicted
    jp = float(series("tic.holdings.japan", loaded_store)[pd.Period("2024-05", "M")])
    text = (f"Japan held ${jp / 4:.1f} billion of Treasuries at the end of May 2024. "
            f"Japan held ${jp * 1.3:.1f} billion at the end of May 2024. "
            f"Japan held ${jp * 10:,.1f} billion at the end of May 2024. "
            f"Japan held ${jp * 1.6:.1f} trillion at the end of May 2024.")
    res = check_text(text, date="2024-07-18", store=loaded_store)
    far, near = claim_containing(res, f"{jp / 4:.1f}"), claim_containing(res, f"{jp * 1.3:.1f}")
    assert far["verdict"] == "unverifiable" and near["verdict"] == "contradicted"
    assert "far_from_official" in far["flags"] and "4.0 times smaller than the official value" in far["explanation"]
    assert far["explanation"].startswith("not judged") and f"{jp:,.1f}".rstrip("0").rstrip(".") in far["explanation"]
    assert "far_from_official" not in near["flags"]
    trap = claim_containing(res, f"{jp * 10:,.1f}")
    assert trap["verdict"] == "contradicted" and "unit_trap" in trap["flags"]
    assert "far_from_official" not in trap["flags"]
    slip = claim_containing(res, f"{jp * 1.6:.1f} trillion")
    assert slip["verdict"] == "contradicted" and "far_from_official" not in slip["flags"]


def test_far_from_official_counts_both_ways():
    from ustflow.check.compare import far_from_official, far_words

    assert far_from_official(100.0, 10.0) and far_from_official(-10.0, 100.0)
    assert not far_from_official(100.0, 40.0) and not far_from_official(0.0, 5.0)
    assert not far_from_official(1.8, 1100.0) and not far_from_official(1800.0, 1.1)  # a billion read as a trillion
    assert far_words(62.0, 10.0) == "6.2 times larger than" and far_words(-1.0, 4.0) == "4.0 times smaller than"
