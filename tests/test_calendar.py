"""Release calendar with a fixed clock: Japanese holidays, US daylight saving, staleness on the real store."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import holidays
import pandas as pd
import pytest

import ustflow
from tests.helpers import cli
from ustflow import business_days, calendar
from ustflow.status import sources_table

UTC = timezone.utc
TOKYO = ZoneInfo("Asia/Tokyo")
NY = ZoneInfo("America/New_York")


def _weekly(now: str, n: int = 2):
    return calendar.next_releases(now, n, ["mof_its_weekly"])


def test_mof_weekly_release_moves_over_the_new_year_closure():
    # Week 2025-12-21..27 would be out on Thursday 1 January 2026: New Year's Day, and government
    # offices stay closed to 3 January, so the release moves to Monday 5 January, 08:50 Tokyo.
    first, second = _weekly("2025-12-30T00:00Z")
    assert first.period == date(2025, 12, 27) and first.period_label == "week 2025-12-21..2025-12-27"
    assert first.at == datetime(2026, 1, 5, 8, 50, tzinfo=TOKYO)
    assert first.at.astimezone(UTC) == datetime(2026, 1, 4, 23, 50, tzinfo=UTC)
    # the following week is back on its Thursday
    assert second.period == date(2026, 1, 3)
    assert second.at == datetime(2026, 1, 8, 8, 50, tzinfo=TOKYO)


def test_mof_weekly_release_moves_over_golden_week():
    # 29 April 2027 (Showa Day) is a Thursday: the week to 24 April comes out on Friday 30 April.
    first, second = _weekly("2027-04-26T00:00Z")
    assert (first.period, first.at) == (date(2027, 4, 24), datetime(2027, 4, 30, 8, 50, tzinfo=TOKYO))
    assert (second.period, second.at) == (date(2027, 5, 1), datetime(2027, 5, 6, 8, 50, tzinfo=TOKYO))
    # just after 08:50 Tokyo on the shifted day, that release is past and the next one is listed
    nxt = _weekly("2027-04-29T23:51Z", 1)[0]
    assert nxt.period == date(2027, 5, 1)


def test_mof_weekly_schedule_matches_a_brute_force_holiday_walk():
    """Every week 2005-2030: the first Tokyo business day from the Thursday after the week's Saturday."""
    sched = calendar.schedule_for("mof_its_weekly")
    jp = holidays.country_holidays("JP", years=range(2005, 2032))
    closed = lambda d: d.weekday() >= 5 or d in jp or (d.month, d.day) in {  # noqa: E731
        (12, 29), (12, 30), (12, 31), (1, 1), (1, 2), (1, 3)}
    sat = date(2005, 1, 8)
    moved = 0
    while sat.year <= 2030:
        d = sat + timedelta(days=5)
        while closed(d):
            d += timedelta(days=1)
        moved += d != sat + timedelta(days=5)
        assert sched.release_of(sat) == datetime(d.year, d.month, d.day, 8, 50, tzinfo=TOKYO), sat
        sat += timedelta(days=7)
    assert moved > 20  # holidays do fall on Thursdays: the rule is exercised


def test_tic_release_around_the_us_daylight_saving_changes():
    # DST began 8 March 2026: February's 16:00 New York release is 21:00 UTC, March's is 20:00 UTC.
    rel = calendar.next_releases("2026-02-01T00:00Z", 2, ["tic_slt_table3"])
    assert [r.period for r in rel] == [date(2025, 12, 1), date(2026, 1, 1)]
    assert [r.at.astimezone(UTC) for r in rel] == [datetime(2026, 2, 18, 21, 0, tzinfo=UTC),
                                                   datetime(2026, 3, 18, 20, 0, tzinfo=UTC)]
    assert [r.at_in("Asia/Tokyo").hour for r in rel] == [6, 5]  # Tokyo has no DST: the hour moves
    # DST ended 1 November 2026; 18 October is a Sunday, so that release is on Friday the 16th.
    rel = calendar.next_releases("2026-10-01T00:00Z", 2, ["tic_slt_table3"])
    assert [r.at for r in rel] == [datetime(2026, 10, 16, 16, 0, tzinfo=NY), datetime(2026, 11, 18, 16, 0, tzinfo=NY)]
    assert [r.at.astimezone(UTC).hour for r in rel] == [20, 21]
    assert all(r.at.hour == 16 for r in rel)


def test_calendar_agrees_with_release_dates_stated_in_the_files(loaded_store, shared_data):
    # montha1.csv says "Final Update August 10, 2026" for July 2026 data: the 6th Tokyo business day
    with loaded_store.read() as con:
        rd = dict(con.execute("SELECT source_id, release_date FROM files").fetchall())
    sched = calendar.schedule_for("mof_its_monthly")
    assert sched.release_of(date(2026, 7, 1)).date() == rd["mof_its_monthly"] == date(2026, 8, 10)
    # mfhhis01's older vintage is dated 2026-03-18: TIC's release of January 2026 data
    assert (shared_data / "vintages" / "mfhhis01_2026-03-18.txt").exists()
    assert calendar.schedule_for("tic_mfh_current").release_of(date(2026, 1, 1)).date() == date(2026, 3, 18)


def test_calendar_lists_each_live_group_once_in_time_order():
    rel = calendar.next_releases("2026-12-28T00:00Z", 1)
    assert [r.at for r in rel] == sorted(r.at for r in rel)
    groups = [r.group for r in rel]
    assert len(groups) == len(set(groups))
    listed = {s for r in rel for s in r.sources}
    assert "tic_mfh_legacy" not in listed and "tic_form_s" not in listed  # frozen / discontinued
    assert {"mof_its_weekly", "tic_slt_table3", "fred_dgs10", "mof_jgb_curve"} <= listed
    h10 = next(r for r in rel if r.group == "FRED H.10 weekly")
    assert set(h10.sources) == {"fred_dexjpus", "fred_dtwexbgs"}
    # Monday 28 Dec 16:15 New York, carrying the week to Thursday 24 Dec (25 Dec is a holiday)
    assert h10.at == datetime(2026, 12, 28, 16, 15, tzinfo=NY) and h10.period == date(2026, 12, 24)


def test_staleness_follows_the_calendar(loaded_store):
    # week.csv's newest week ends 2026-08-08; the next is due Thursday 20 August 08:50 Tokyo, with
    # two days' grace: fine on 21 August, stale once 22 August 08:50 Tokyo (23:50 UTC the 21st) passes.
    def status(now):
        return sources_table(loaded_store, now=now).set_index("source").loc["mof_its_weekly"]

    ok = status(datetime(2026, 8, 21, 23, 0, tzinfo=UTC))
    assert (ok["status"], bool(ok["stale"])) == ("ok", False)
    assert ok["expected_period"] == "week 2026-08-09..2026-08-15"
    assert pd.Timestamp(ok["expected_release"]) == pd.Timestamp("2026-08-20T08:50:00+09:00")
    late = status(datetime(2026, 8, 22, 0, 0, tzinfo=UTC))
    assert (late["status"], bool(late["stale"])) == ("stale", True)


def test_sources_as_of_count_what_was_known_by_then(loaded_store):
    """As of a date, each source's newest period and row count come from steps computed once per store
    version (status._known_steps); they equal a straight count of the rows known by the end of that day."""
    from ustflow import status
    from ustflow.store import reader

    picked = ("mof_its_weekly", "tic_mfh_history", "fred_dgs10", "boj_bop_monthly")
    where = "f.source_id IN ({})".format(", ".join(f"'{s}'" for s in picked))
    with loaded_store.read() as con:
        for day in ("2010-01-15", "2024-06-30"):
            got = status._latest(con, day, loaded_store).loc[list(picked), ["newest_period", "n"]]
            direct = con.execute(f"""WITH k AS ({reader.KNOWN_SQL.format(where=where)})
                SELECT source_id, max(period) AS newest_period, count(*) AS n FROM k WHERE known_from < $cut
                GROUP BY ALL""", {"cut": reader.as_of_timestamp(day)}).df().set_index("source_id").loc[list(picked)]
            pd.testing.assert_frame_equal(got, direct)
            assert (got["newest_period"] <= pd.Timestamp(day)).all() and (got["n"] > 0).all()


def test_mfh_txt_is_reported_stale(loaded_store, loaded_home):
    df = ustflow.sources(store=loaded_store, today=date(2026, 8, 16)).set_index("source")
    legacy = df.loc["tic_mfh_legacy"]
    assert legacy["newest_period"] == "2023-01-01"
    assert legacy["status"] == "legacy, stale" and bool(legacy["stale"])
    # on the same day the live Major Foreign Holders history is not stale
    assert not df.loc["tic_mfh_history", "stale"]
    # the CLI says so too, and the brief lists it among the stale sources
    out = cli(["sources", "--format", "json"], loaded_home)
    assert out.returncode == 0, out.stderr
    rows = {r["source"]: r for r in json.loads(out.stdout)["rows"]}
    assert rows["tic_mfh_legacy"]["status"] == "legacy, stale" and rows["tic_mfh_legacy"]["stale"] is True
    stale = {s["source"] for s in ustflow.brief(store=loaded_store)["stale_sources"]}
    assert "tic_mfh_legacy" in stale
    # and its frozen values never stand in for the live table's
    assert "tic_mfh_legacy" not in set(ustflow.vintages("tic.holdings.japan", store=loaded_store)["source_id"])


def test_calendar_cli_with_fixed_clock_and_zone(loaded_home):
    out = cli(["calendar", "--source", "mof_its_weekly,tic_slt_table3", "--next", "2", "--tz", "UTC",
                   "--now", "2025-12-30T00:00Z", "--format", "json"], loaded_home)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["tz"] == "UTC" and doc["now"].startswith("2025-12-30T00:00")
    first = doc["rows"][0]
    assert first["group"] == "MoF ITS weekly" and first["release_utc"] == "2026-01-04T23:50:00+00:00"
    assert first["release"] == "2026-01-04 23:50 UTC" and first["publisher_time"] == "2026-01-05 08:50 JST"
    tic = [r for r in doc["rows"] if r["group"] == "TIC monthly"]
    assert [r["period"] for r in tic] == ["2025-11", "2025-12"]
    assert tic[0]["publisher_time"] == "2026-01-16 16:00 EST"  # the 18th is a Sunday: Friday the 16th
    bad = cli(["calendar", "--tz", "Mars/Olympus"], loaded_home)
    assert bad.returncode == 2 and "time zone" in bad.stderr
    table = cli(["calendar", "--now", "2026-03-01"], loaded_home)
    assert table.returncode == 0 and "MoF ITS weekly" in table.stdout and "TIC monthly" in table.stdout


@pytest.mark.parametrize("market,day,expected", [
    ("JP", date(2026, 1, 2), False), ("JP", date(2026, 12, 29), False), ("JP", date(2026, 1, 5), True),
    ("US", date(2026, 7, 3), False), ("US", date(2026, 11, 26), False), ("US", date(2026, 11, 27), True),
])
def test_business_days(market, day, expected):
    assert business_days.is_business_day(day, market) is expected
