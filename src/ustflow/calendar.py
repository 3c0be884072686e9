"""Release calendar: when each source publishes, in the publisher's own time zone and holidays.

Every schedule answers two questions about a *period* as the store holds it (weekly: the week's
Saturday; monthly: the first of the month; daily: the day):

- ``period_after(p)``: the next period the publisher will release;
- ``release_of(p)``: when the release carrying period ``p`` is expected (a tz-aware datetime).

From those follow the next releases after any instant (``next_releases``), what a source is
waiting for (``expected_next``) and staleness (``is_stale``: the release that should have carried
the period after the newest one we hold is more than ``grace`` overdue). The clock is always a
parameter (``now``), so tests and replays fix it.

Schedules (publishers' practice; where the practice is not published exactly the choice is said):

- MoF weekly ITS (``week.csv``): Thursday 08:50 Tokyo for the week (Sunday..Saturday) that ended
  the previous Saturday. Japanese holidays and the government offices' year-end closure
  (Dec 29 - Jan 3, Act on Holidays of Administrative Organs) move it to the next Tokyo business day.
- MoF monthly ITS (``montha1``, ``monthb2..4``): 08:50 Tokyo on the 6th Tokyo business day of the
  next month. The issue said "about the 8th"; the files' own "Final Update" (August 10, 2026 for
  July 2026) is the 6th business day, and waking early only costs a retry, waking late costs the
  alert, so the calendar uses the 6th.
- TIC (SLT tables, Major Foreign Holders): 16:00 New York on the 18th, two months after the data
  month; on a weekend or US federal holiday the *preceding* business day (Treasury announces its
  dates a year ahead and mostly keeps to the 15th-18th; early is the safe side for a watcher).
  ``mfhhis01.txt`` holds complete years only: a year's block arrives with December's data in
  February. ``mfh.txt`` (legacy) is scheduled like the live table, which is what makes it stale.
- FRED: H.15 series (Treasury yields, policy target range, IORB) the next US business day at 16:30
  New York; EFFR 09:00 and SOFR 08:00 the next business day (FRBNY); monthly FEDFUNDS on the first
  business day of the next month; H.10 (broad dollar index, USD/JPY) on Monday 16:15 for the week
  to the previous Friday (Tuesday when Monday is a holiday).
- JGB curve (``jgbcm_all.csv``): the history file is refreshed once a month; assumed the first
  Tokyo business day, 10:00, for the month before.
- Fed H.4.1 (custody holdings for foreign official accounts, FRED WMTSECL1): Thursday 16:30 New York
  for the Wednesday level; a holiday moves it to the next US business day.
- Japan's balance of payments (BoJ flat file ``bp_m_en.zip``, compiled by MoF and BoJ): the
  preliminary month on the 6th Tokyo business day of the second month after, 08:50 (April 2026 came
  out 2026-06-08, the file's own date; June 2025's 6th business day, the 9th, was April 2025's).
- Japan's regional balance of payments (``regbp_q_en.zip``): each quarter with the monthly BoP of its
  last month, the 6th Tokyo business day 08:50 (2025Q4 came out 2026-05-13 with March's BoP).
- BoJ flow of funds (``fof2_en.zip``): in the third month after the quarter (2026Q1 on 2026-06-25);
  the day varies, so the 20th (next business day), with 14 days' grace.
- TIC annual survey (``shlhistdat.txt``): the June survey's final figures on 30 April of the next year
  ("For release April 30, 2026" for June 2025), or the business day before.
- FX interventions: MoF publishes each month's total on the last Tokyo business day at 19:00; events
  are irregular, so their absence is never "stale".
- BTC (non-official, Yahoo): every day at 00:00 UTC for the day before.
- Discontinued sources (legacy SLT 3D, Form S) have no schedule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Iterable, Iterator

from ustflow.business_days import add_business_days, nth_business_day, roll

TOKYO = "Asia/Tokyo"
NEW_YORK = "America/New_York"
UTC = "UTC"


# ----------------------------------------------------------------------------- dates and instants
# (business days, holidays and rolling are in ``ustflow.business_days``)
def _add_months(d: date, k: int) -> date:
    m = d.month - 1 + k
    return date(d.year + m // 12, m % 12 + 1, 1)


def time_zone(name: str):
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def _at(d: date, t: time, tz: str) -> datetime:
    return datetime.combine(d, t, tzinfo=time_zone(tz))


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def as_aware(t: datetime | date | str | None) -> datetime:
    """A tz-aware instant: naive datetimes are UTC, a date is its noon UTC, None is now."""
    if t is None:
        return now_utc()
    if isinstance(t, str):
        t = datetime.fromisoformat(t.replace("Z", "+00:00")) if ("T" in t or " " in t) else date.fromisoformat(t)
    if isinstance(t, datetime):
        return t if t.tzinfo else t.replace(tzinfo=timezone.utc)
    return datetime.combine(t, time(12), tzinfo=timezone.utc)


# ----------------------------------------------------------------------------- schedules
@dataclass(frozen=True)
class Schedule:
    """Base: a release time in a zone, a business-day calendar, a grace before a release is 'late'."""

    group: str  # sources released together share a group (one calendar row)
    tz: str
    at: time
    market: str
    cadence: str  # human words: "weekly (Thursday 08:50 Tokyo)"
    grace: timedelta = timedelta(days=3)
    stale_check: bool = True  # False for irregular events: no news is not stale news

    # subclasses implement these three
    def period_of(self, d: date) -> date:
        """The period (as the store dates it) that contains day ``d``."""
        raise NotImplementedError

    def period_after(self, p: date) -> date:
        raise NotImplementedError

    def release_of(self, p: date) -> datetime:
        raise NotImplementedError

    def label(self, p: date) -> str:
        return p.isoformat()

    lookback: timedelta = timedelta(days=120)  # how far back a period may be released after its end

    def periods_from(self, p: date) -> Iterator[date]:
        while True:
            yield p
            p = self.period_after(p)


@dataclass(frozen=True)
class WeeklyRelease(Schedule):
    """Weeks Sunday..Saturday (period = the Saturday), released on ``weekday`` after the week."""

    weekday: int = 3  # Thursday
    lookback: timedelta = timedelta(days=21)

    def period_of(self, d: date) -> date:
        return d + timedelta(days=(5 - d.weekday()) % 7)

    def period_after(self, p: date) -> date:
        return p + timedelta(days=7)

    def release_of(self, p: date) -> datetime:
        d = p + timedelta(days=(self.weekday - p.weekday()) % 7 or 7)
        return _at(roll(d, self.market, "following"), self.at, self.tz)

    def label(self, p: date) -> str:
        return f"week {p - timedelta(days=6):%Y-%m-%d}..{p:%Y-%m-%d}"


@dataclass(frozen=True)
class _Monthly(Schedule):
    """A monthly series: the period is the month (its first day), labelled YYYY-MM."""

    def period_of(self, d: date) -> date:
        return d.replace(day=1)

    def period_after(self, p: date) -> date:
        return _add_months(p, 1)

    def label(self, p: date) -> str:
        return f"{p:%Y-%m}"


class _OnNthBusinessDay:
    """Released on the ``nth`` business day (-1: the last) of the month ``months_after`` months after the
    period's first month: the rule of monthly and quarterly schedules alike (fields set by the dataclass)."""

    nth: int
    months_after: int
    market: str
    at: time
    tz: str

    def release_of(self, p: date) -> datetime:
        m = _add_months(p, self.months_after)
        return _at(nth_business_day(m.year, m.month, self.nth, self.market), self.at, self.tz)


class _OnDayRolled:
    """Released on calendar day ``day`` of the month ``months_after`` months after the period's first
    month, rolled to a business day by ``how`` (``roll``)."""

    day: int
    months_after: int
    how: str
    market: str
    at: time
    tz: str

    def release_of(self, p: date) -> datetime:
        m = _add_months(p, self.months_after)
        return _at(roll(m.replace(day=self.day), self.market, self.how), self.at, self.tz)


# The four schedules below are the two release rules (above) crossed with the two period kinds
# (_Monthly, _Quarterly): alike in shape on purpose, each with its own defaults.
@dataclass(frozen=True)
class MonthlyBusinessDay(_OnNthBusinessDay, _Monthly):
    """Month ``m`` released on the ``nth`` business day of month ``m + months_after`` (-1: last)."""

    nth: int = 1
    months_after: int = 1


@dataclass(frozen=True)
class MonthlyDay(_OnDayRolled, _Monthly):
    """Month ``m`` released on calendar day ``day`` of month ``m + months_after``, rolled by ``how``."""

    day: int = 18
    months_after: int = 2
    how: str = "preceding"


@dataclass(frozen=True)
class AnnualBlock(MonthlyDay):
    """Monthly data published a whole year at a time, with December's monthly release."""

    lookback: timedelta = timedelta(days=800)

    def release_of(self, p: date) -> datetime:
        return super().release_of(date(p.year, 12, 1))

    def label(self, p: date) -> str:
        return f"{p.year} (Jan-Dec)"


@dataclass(frozen=True)
class _Quarterly(Schedule):
    """A quarterly series: the period is the quarter's first day, labelled YYYYQn."""

    lookback: timedelta = timedelta(days=300)

    def period_of(self, d: date) -> date:
        return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)

    def period_after(self, p: date) -> date:
        return _add_months(p, 3)

    def label(self, p: date) -> str:
        return f"{p.year}Q{(p.month - 1) // 3 + 1}"


@dataclass(frozen=True)
class QuarterlyBusinessDay(_OnNthBusinessDay, _Quarterly):
    """The quarter starting in month ``m`` released on the ``nth`` business day of ``m + months_after``."""

    nth: int = 6
    months_after: int = 7


@dataclass(frozen=True)
class QuarterlyDay(_OnDayRolled, _Quarterly):
    """The quarter starting in month ``m`` released on calendar day ``day`` of ``m + months_after``."""

    day: int = 20
    months_after: int = 5
    how: str = "following"


@dataclass(frozen=True)
class AnnualSurvey(Schedule):
    """A survey as of ``survey_month`` each year, released on ``day`` of ``month`` of the next year."""

    survey_month: int = 6
    month: int = 4
    day: int = 30
    how: str = "preceding"
    lookback: timedelta = timedelta(days=800)

    def period_of(self, d: date) -> date:
        return date(d.year if d.month >= self.survey_month else d.year - 1, self.survey_month, 1)

    def period_after(self, p: date) -> date:
        return date(p.year + 1, self.survey_month, 1)

    def release_of(self, p: date) -> datetime:
        return _at(roll(date(p.year + 1, self.month, self.day), self.market, self.how), self.at, self.tz)

    def label(self, p: date) -> str:
        return f"{p:%Y-%m} survey"


@dataclass(frozen=True)
class DailyRelease(Schedule):
    """Business-day data released ``lag`` business days later (0: the same day)."""

    lag: int = 1
    lookback: timedelta = timedelta(days=10)

    def period_of(self, d: date) -> date:
        return roll(d, self.market, "following")

    def period_after(self, p: date) -> date:
        return add_business_days(p, 1, self.market)

    def release_of(self, p: date) -> datetime:
        d = add_business_days(p, self.lag, self.market) if self.lag else p
        return _at(d, self.at, self.tz)


@dataclass(frozen=True)
class WeeklyLevel(Schedule):
    """A weekly level dated its ``weekday`` (period = that day), released the next business day."""

    weekday: int = 2  # Wednesday
    lookback: timedelta = timedelta(days=21)

    def period_of(self, d: date) -> date:
        return d + timedelta(days=(self.weekday - d.weekday()) % 7)

    def period_after(self, p: date) -> date:
        return p + timedelta(days=7)

    def release_of(self, p: date) -> datetime:
        return _at(add_business_days(p, 1, self.market), self.at, self.tz)


@dataclass(frozen=True)
class WeeklyBatch(DailyRelease):
    """Daily data released once a week: each Monday (or the next business day) for the week to Friday."""

    def release_of(self, p: date) -> datetime:
        monday = p + timedelta(days=7 - p.weekday())
        return _at(roll(monday, self.market, "following"), self.at, self.tz)


# ----------------------------------------------------------------------------- per source
_MOF_WEEKLY = WeeklyRelease("MoF ITS weekly", TOKYO, time(8, 50), "JP",
                            "weekly, Thursday 08:50 Tokyo for the week to the previous Saturday",
                            grace=timedelta(days=2))
_MOF_MONTHLY = MonthlyBusinessDay("MoF ITS monthly", TOKYO, time(8, 50), "JP",
                                  "monthly, 6th Tokyo business day 08:50 for the month before",
                                  grace=timedelta(days=7), nth=6, months_after=1)
_TIC = MonthlyDay("TIC monthly", NEW_YORK, time(16, 0), "US",
                  "monthly, about the 18th 16:00 New York, two months after the data month",
                  grace=timedelta(days=10), day=18, months_after=2)
_TIC_HISTORY = AnnualBlock("TIC MFH history", NEW_YORK, time(16, 0), "US",
                           "yearly block with December's data, about 18 February 16:00 New York",
                           grace=timedelta(days=45), day=18, months_after=2)
_H15 = DailyRelease("FRED H.15 daily", NEW_YORK, time(16, 30), "US",
                    "daily, next US business day 16:30 New York (H.15)", grace=timedelta(days=4), lag=1)
_H10 = WeeklyBatch("FRED H.10 weekly", NEW_YORK, time(16, 15), "US",
                   "weekly, Monday 16:15 New York for the week to Friday (H.10)", grace=timedelta(days=4))
_EFFR = DailyRelease("FRBNY EFFR", NEW_YORK, time(9, 0), "US",
                     "daily, next US business day 09:00 New York (FRBNY)", grace=timedelta(days=4), lag=1)
_SOFR = DailyRelease("FRBNY SOFR", NEW_YORK, time(8, 0), "US",
                     "daily, next US business day 08:00 New York (FRBNY)", grace=timedelta(days=4), lag=1)
_FEDFUNDS = MonthlyBusinessDay("FRED monthly", NEW_YORK, time(16, 30), "US",
                               "monthly, first US business day 16:30 New York", grace=timedelta(days=7),
                               nth=1, months_after=1)
_JGB = MonthlyBusinessDay("MoF JGB curve", TOKYO, time(10, 0), "JP",
                          "monthly history file, first Tokyo business day 10:00 (assumed)",
                          grace=timedelta(days=10), nth=1, months_after=1)
_FX = MonthlyBusinessDay("MoF FX intervention", TOKYO, time(19, 0), "JP",
                         "monthly totals, last Tokyo business day 19:00; events irregular",
                         stale_check=False, nth=-1, months_after=0)
_H41 = WeeklyLevel("Fed H.4.1 weekly", NEW_YORK, time(16, 30), "US",
                   "weekly, Thursday 16:30 New York for the Wednesday level (H.4.1)", grace=timedelta(days=4))
_BOP = MonthlyBusinessDay("MoF/BoJ balance of payments", TOKYO, time(8, 50), "JP",
                          "monthly, 6th Tokyo business day 08:50, two months after the data month (preliminary)",
                          grace=timedelta(days=7), nth=6, months_after=2)
_REGBP = QuarterlyBusinessDay("MoF/BoJ regional balance of payments", TOKYO, time(8, 50), "JP",
                              "quarterly, with the monthly BoP of the quarter's last month (6th Tokyo business "
                              "day 08:50, five months after the quarter's first)", grace=timedelta(days=7),
                              nth=6, months_after=7)
_FOF = QuarterlyDay("BoJ flow of funds", TOKYO, time(8, 50), "JP",
                    "quarterly, about the 20th of the third month after the quarter, 08:50 Tokyo (2026Q1: "
                    "2026-06-25; the 20th is the early side)", grace=timedelta(days=14), day=20, months_after=5)
_SHL = AnnualSurvey("TIC annual survey", NEW_YORK, time(16, 0), "US",
                    "yearly, the June survey's final figures about 30 April of the next year (16:00 New York)",
                    grace=timedelta(days=45))
_BTC = DailyRelease("BTC-USD (non-official)", UTC, time(0, 0), "24x7",
                    "daily, 00:00 UTC for the day before (non-official)", grace=timedelta(days=4), lag=1)

SCHEDULES: dict[str, Schedule] = {
    "tic_mfh_history": _TIC_HISTORY,
    "tic_mfh_current": _TIC,
    "tic_mfh_legacy": _TIC,
    "tic_slt_table3": _TIC,
    "tic_slt_table1": _TIC,
    "mof_its_weekly": _MOF_WEEKLY,
    "mof_its_monthly": _MOF_MONTHLY,
    "mof_its_investor_equity": _MOF_MONTHLY,
    "mof_its_investor_ltdebt": _MOF_MONTHLY,
    "mof_its_investor_stdebt": _MOF_MONTHLY,
    "mof_jgb_curve": _JGB,
    "fred_dgs2": _H15, "fred_dgs10": _H15, "fred_dgs30": _H15, "fred_t10y2y": _H15,
    "fred_dfedtaru": _H15, "fred_dfedtarl": _H15, "fred_iorb": _H15,
    "fred_effr": _EFFR, "fred_sofr": _SOFR, "fred_fedfunds": _FEDFUNDS,
    "fred_dtwexbgs": _H10, "fred_dexjpus": _H10,
    "fred_wmtsecl1": _H41,
    "boj_bop_monthly": _BOP,
    "boj_bop_regional_quarterly": _REGBP,
    "boj_flow_of_funds": _FOF,
    "tic_shl_history": _SHL,
    "mof_fx_intervention_curated": _FX,
    "market_btc_usd": _BTC,
}


def schedule_for(source_id: str) -> Schedule | None:
    """The source's schedule; None for discontinued sources (and unknown ids)."""
    return SCHEDULES.get(source_id)


def watched_sources() -> list[str]:
    """Sources a watcher polls: scheduled and still published (not the frozen legacy mfh.txt)."""
    from ustflow import registry

    return [s.id for s in registry.SOURCES.values()
            if s.id in SCHEDULES and s.status not in ("legacy", "discontinued")]


# ----------------------------------------------------------------------------- queries
@dataclass(frozen=True)
class Release:
    """One expected release: which sources, which period, when (in the publisher's zone)."""

    group: str
    sources: tuple[str, ...]
    period: date  # the newest period the release carries
    period_label: str
    at: datetime
    cadence: str = ""
    extra: dict = field(default_factory=dict, compare=False)

    def at_in(self, tz: str | None) -> datetime:
        return self.at.astimezone(time_zone(tz)) if tz else self.at


def _releases_of(sched: Schedule, start: datetime, end: datetime | None, limit: int) -> Iterator[tuple[date, datetime]]:
    """(period, release) pairs released in (start, end], at most ``limit``, in time order.

    Daily periods released together (H.10) collapse into one release carrying the newest period.
    """
    first = sched.period_of((start - sched.lookback).astimezone(time_zone(sched.tz)).date())
    pending: tuple[date, datetime] | None = None
    n = 0
    for p in sched.periods_from(first):
        r = sched.release_of(p)
        if r <= start:
            continue
        if end is not None and r > end and (pending is None or pending[1] != r):
            break
        if pending is not None and pending[1] != r:
            yield pending
            n += 1
            if n >= limit:
                return
        pending = (p, r)
        if (p - first).days > 400 * 40:  # pragma: no cover - a schedule that never advances
            break
    if pending is not None and n < limit:
        yield pending


def next_releases(now: datetime | date | str | None = None, n: int = 1, sources: Iterable[str] | None = None,
                  until: datetime | None = None) -> list[Release]:
    """The next ``n`` releases of each schedule group after ``now``, in time order.

    ``sources``: source ids or prefixes (``mof``, ``tic``); default every scheduled source that is
    still published (legacy and discontinued files expect no release).
    """
    now = as_aware(now)
    # the frozen legacy mfh.txt keeps a schedule (that is what makes it stale) but expects no release
    live = set(watched_sources())
    wanted = [s for s in _select(sources) if s in live]
    groups: dict[tuple[str, int], tuple[Schedule, list[str]]] = {}
    for sid in wanted:
        sched = SCHEDULES[sid]
        groups.setdefault((sched.group, id(sched)), (sched, []))[1].append(sid)
    out: list[Release] = []
    for (group, _), (sched, sids) in groups.items():
        for p, at in _releases_of(sched, now, until, n):
            out.append(Release(group, tuple(sids), p, sched.label(p), at, sched.cadence))
    out.sort(key=lambda r: (r.at, r.group))
    return out


def _select(sources: Iterable[str] | None) -> list[str]:
    if sources is None:
        return list(SCHEDULES)
    names = [sources] if isinstance(sources, str) else list(sources)
    picked: list[str] = []
    for name in names:
        for part in filter(None, (x.strip() for x in name.split(","))):
            match = [s for s in SCHEDULES if s == part or s.startswith(part + "_")]
            if not match:
                from ustflow.errors import NotFoundError

                raise NotFoundError(f"no release schedule for {part!r}; scheduled sources: {', '.join(SCHEDULES)}")
            picked += [m for m in match if m not in picked]
    return picked


def expected_next(source_id: str, newest_period: date | None) -> tuple[date | None, datetime | None]:
    """(period, expected release) of the first period after ``newest_period``; (None, None) if unscheduled.

    With no data at all the source is due at once: (None, datetime.min in UTC).
    """
    sched = SCHEDULES.get(source_id)
    if sched is None:
        return None, None
    if newest_period is None:
        return None, datetime.min.replace(tzinfo=timezone.utc)
    p = sched.period_after(sched.period_of(_as_date(newest_period)))
    return p, sched.release_of(p)


def is_stale(source_id: str, newest_period: date | None, now: datetime | date | str | None = None) -> bool | None:
    """True when the release that should carry the period after ``newest_period`` is over its grace.

    None when the calendar cannot tell (no schedule, irregular events, nothing held).
    """
    sched = SCHEDULES.get(source_id)
    if sched is None or not sched.stale_check or newest_period is None:
        return None
    _, due = expected_next(source_id, newest_period)
    return as_aware(now) > due + sched.grace


def _as_date(d) -> date:
    if isinstance(d, datetime):
        return d.date()
    if isinstance(d, date):
        return d
    import pandas as pd

    return pd.Timestamp(d).date()


def calendar_table(now: datetime | date | str | None = None, n: int = 1, sources: Iterable[str] | None = None,
                   tz: str | None = None):
    """``next_releases`` as a DataFrame; ``release`` in ``tz`` (default: each publisher's zone).

    ``now``: the clock (an ISO date or instant; default now); ``attrs["now"]`` is the instant used.
    A bad ``now`` or time zone name raises ``InvalidArgument``.
    """
    import pandas as pd

    from ustflow.errors import InvalidArgument

    try:
        now = as_aware(now)
    except ValueError:
        raise InvalidArgument(f"now: not an ISO date or datetime: {now!r}") from None
    if tz:
        try:
            time_zone(tz)  # fail early on a bad zone name
        except (KeyError, ValueError) as e:
            raise InvalidArgument(f"unknown time zone {tz!r} (use an IANA name such as Asia/Tokyo)") from e
    rows = []
    for r in next_releases(now, n, sources):
        at = r.at_in(tz)
        rows.append({"release": at.strftime("%Y-%m-%d %H:%M %Z"), "weekday": at.strftime("%a"),
                     "group": r.group, "period": r.period_label,
                     "publisher_time": r.at.strftime("%Y-%m-%d %H:%M %Z"),
                     "release_utc": r.at.astimezone(timezone.utc).isoformat(),
                     "sources": ", ".join(r.sources), "cadence": r.cadence})
    df = pd.DataFrame(rows, columns=["release", "weekday", "group", "period", "publisher_time", "release_utc",
                                     "sources", "cadence"])
    df.attrs["now"] = now
    return df
