"""Foreign official custody holdings (H.4.1 via FRED WMTSECL1) on the loaded mirror: weekly changes,
ranks and falls checked against a brute-force recount of the raw file, and the comparison with TIC.

Values read by hand from mirror/WMTSECL1.csv: 2014-03-05 2,959,932 -> 2014-03-12 2,855,397 (the
largest weekly fall, -104.535 USD bn); 2020-02-26 3,004,655 -> 2020-03-25 2,868,190 (largest 4-week);
2026-03-25 2,694,049 and 2026-04-29 2,735,038 (last Wednesdays of March and April 2026). TIC
foreign official 2026-04 = 3,906.5 USD bn (slt_table5.txt, "Of Which: Foreign Official").
"""

from __future__ import annotations

import csv

import numpy as np
import pytest

from tests.conftest import MIRROR
from tests.helpers import cli
from ustflow.errors import InvalidArgument
from ustflow.views import custody as cv


def raw_levels() -> list[tuple[str, float]]:
    """(date, USD bn) straight from the CSV, zeros before publication skipped."""
    with open(MIRROR / "WMTSECL1.csv", newline="") as f:
        rows = [(r["observation_date"], float(r["WMTSECL1"]) / 1000) for r in csv.DictReader(f)]
    first = next(i for i, (_, v) in enumerate(rows) if v != 0)
    return rows[first:]


def test_weekly_table_matches_the_file(loaded_store):
    df = cv.weekly(weeks=5, store=loaded_store)
    raw = raw_levels()
    assert list(df["week_ending"]) == [d for d, _ in raw[-5:]]
    assert df["level_usd_bn"].iloc[-1] == 2636.947
    assert df["change_1w_usd_bn"].iloc[-1] == pytest.approx(raw[-1][1] - raw[-2][1], abs=1e-9)
    assert df["change_4w_usd_bn"].iloc[-1] == pytest.approx(raw[-1][1] - raw[-5][1], abs=1e-9)
    assert df["change_52w_usd_bn"].iloc[-1] == pytest.approx(raw[-1][1] - raw[-53][1], abs=1e-9)
    assert "face value" in df.attrs["unit"] and df.attrs["title"].endswith("out of 990 weeks]")


def test_fall_ranks_equal_a_brute_force_count(loaded_store):
    raw = raw_levels()
    changes = [b - a for (_, a), (_, b) in zip(raw, raw[1:])]
    df = cv.weekly(store=loaded_store)
    for k in (-1, -3, -4, -20, -300):
        row = df.iloc[k]
        c = row["change_1w_usd_bn"]
        expected = None if c >= 0 else 1 + sum(x < changes[k] for x in changes)
        assert row["rank_fall_1w"] == expected, row["week_ending"]


def test_largest_falls_weekly_and_four_weeks(loaded_store):
    one = cv.falls(weeks=1, top=5, store=loaded_store)
    assert (one.loc[0, "from_week"], one.loc[0, "to_week"]) == ("2014-03-05", "2014-03-12")
    assert one.loc[0, "change_usd_bn"] == pytest.approx(2855.397 - 2959.932)
    raw = raw_levels()
    changes = sorted(b - a for (_, a), (_, b) in zip(raw, raw[1:]))
    assert list(one["change_usd_bn"]) == pytest.approx(changes[:5], abs=1e-3)
    assert list(one["rank_all"]) == [1, 2, 3, 4, 5]
    four = cv.falls(weeks=4, top=10, store=loaded_store)
    assert (four.loc[0, "from_week"], four.loc[0, "to_week"]) == ("2020-02-26", "2020-03-25")
    assert four.loc[0, "change_usd_bn"] == pytest.approx(2868.190 - 3004.655)
    # non-overlapping: no two listed 4-week windows share a week
    ends = np.array([np.datetime64(d) for d in four["to_week"]])
    gaps = np.abs(ends[:, None] - ends[None, :]).astype("timedelta64[D]").astype(int)
    assert (gaps[~np.eye(len(ends), dtype=bool)] >= 28).all()
    assert four["rank_all"].is_monotonic_increasing and four.loc[0, "n_windows"] == len(raw) - 4


def test_versus_tic_is_month_end_custody_against_tic_official(loaded_store):
    df = cv.versus_tic(start="2026-03", store=loaded_store).set_index("month")
    assert df.loc["2026-04", "custody_wednesday"] == "2026-04-29"
    assert df.loc["2026-04", "custody_usd_bn"] == 2735.038
    assert df.loc["2026-04", "tic_official_usd_bn"] == 3906.5
    assert df.loc["2026-04", "gap_usd_bn"] == pytest.approx(3906.5 - 2735.038, abs=1e-3)
    assert df.loc["2026-04", "custody_change_usd_bn"] == pytest.approx(2735.038 - 2694.049, abs=1e-3)
    assert df.loc["2026-03", "tic_change_usd_bn"] == pytest.approx(3902.2 - 4010.9, abs=1e-3)
    agree = df.attrs["agreement"]["all"]
    assert agree["first"] == "2007-08" and agree["months"] > 200 and -1 <= agree["correlation"] <= 1


def test_summary_as_of_uses_only_weeks_published_by_then(loaded_store):
    s = cv.summary(as_of="2026-06-05", store=loaded_store)  # H.4.1 for Wed 06-03 is out on Thu 06-04
    assert s["week_ending"] == "2026-06-03" and s["change_1w_usd_bn"] == pytest.approx(-32.686, abs=1e-3)
    assert s["rank_fall_1w"] == 11 and "11th largest weekly fall" in s["text"]
    assert "face value" in s["text"]
    latest = cv.summary(store=loaded_store)
    assert latest["week_ending"] == "2026-06-24" and latest["rank_fall_1w"] is None


def test_bad_arguments(loaded_store):
    with pytest.raises(InvalidArgument, match=r"weeks\ and\ top\ must\ be\ at\ least\ 1,\ got\ 0\ and\ 10"):
        cv.falls(weeks=0, store=loaded_store)
    with pytest.raises(InvalidArgument, match=r"start:\ '2026\-02\-30'\ is\ not\ a\ date:\ February\ 2026\ has\ 28\ days"):
        cv.weekly(start="2026-02-30", store=loaded_store)


def test_cli_custody(loaded_home):
    r = cli(["custody", "--top", "3"], loaded_home)
    assert r.returncode == 0, r.stderr
    assert "2,636.9 USD bn (face value) on Wednesday 2026-06-24" in r.stdout
    assert "2014-03-12" in r.stdout and "market value" in r.stdout.lower()
    r = cli(["custody", "--show", "falls", "--window", "4", "--top", "2", "--format", "csv"], loaded_home)
    assert r.returncode == 0 and "2020-02-26,2020-03-25" in r.stdout and r.stdout.startswith("# Largest falls")
