"""What every rule needs: the check context, the windows a claim's period selects, labels.

``Context`` carries the data source and the publication date. ``claim_windows`` turns a claim's
period into the windows to read: the stated period; or, with none stated (or "now", "the latest"),
the newest period *published* on the publication date (``windows.published_latest``); with no date
there is nothing to resolve it to (an undated article's "now" is not the reader's) and the rule says so
(``NoPeriod``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ustflow.check import windows as W
from ustflow.check.claims import Claim
from ustflow.check.lexicon import SECTOR_LABELS
from ustflow.check.periods import week_of
from ustflow.check.results import DataSource, Judgement, PubDate, unverifiable
from ustflow.check.text import MONTH_RE

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class Context:
    data: DataSource
    pub: PubDate = field(default_factory=lambda: PubDate(None))
    article: str = ""  # the whole plain text, for what a sentence leaves to its context (which market)
    fx_rate: float | None = None  # the article's own "($1 = 77.325 yen)", for its dollar conversions
    release_day: date | None = None  # "data showed on Wednesday": the day the data came out, if the text says
    weekly: bool | None = None  # the article's flows are weekly (True), monthly (False), or unknown

    @property
    def date(self) -> date | None:
        return self.pub.date


def series(ctx: "Context", sid: str):
    """A series by id; ``mof.monthly.assets.lt_debt+st_debt.net`` is the sum of the two (one reading
    of "bonds")."""
    spread = re.fullmatch(r"(fred\.dgs\d+)-(dgs\d+)", sid)
    if spread:  # "fred.dgs10-dgs2": the 10-year yield less the 2-year (percentage points), on the days both exist
        a, b = ctx.data.series(spread.group(1)), ctx.data.series("fred." + spread.group(2))
        if a is None or b is None:
            return None
        out = (a - b).dropna()
        out.attrs.update(a.attrs, unit="percentage points")
        return out
    m = re.match(r"(.*\.)(\w+)\+(\w+)(\..*)$", sid)
    if not m:
        return ctx.data.series(sid)
    a = ctx.data.series(m.group(1) + m.group(2) + m.group(4))
    b = ctx.data.series(m.group(1) + m.group(3) + m.group(4))
    if a is None or b is None:
        return None
    return (a + b.dropna()).dropna()


class NoPeriod(Exception):
    """The claim states no period (or only "now", "the latest") and the article no date: nothing to resolve it
    to. Its message, when it has one, is the reason to report."""


_PRESENT = re.compile(r"\b(?:is|are|stands|sits|remains|hovers|trades|is now)\b[^,;.]{0,25}$")


def present_tense(c: Claim) -> bool:
    """"The 2-year yield is just below 4.5 percent": now, whatever period the sentence before named."""
    s = c.sentence.text
    return c.amount is not None and bool(_PRESENT.search(s[max(0, c.span[0] - 40):c.span[0]]))


def claim_windows(c: Claim, s: "pd.Series", sid: str, ctx: Context) -> tuple[list[tuple[date, date]], str]:
    """Candidate windows for ``c`` on series ``s`` and a note on how they were found."""
    p = c.period
    if p is not None and not p.is_latest:
        note = p.note
        if c.period_how == "context":
            note = (note + "; " if note else "") + f"period carried from an earlier sentence ({p.label!r})"
        wins = [_four_weeks(w, s) if p.extra.get("month_to") else _week_of_day(w, s) if p.kind == "day" else w
                for w in p.windows]
        wins = [_published(_cap(w, ctx), s, sid, ctx) for w in wins]
        later = _not_out_yet(c, wins, s, sid, ctx)
        return (later[0], "; ".join(x for x in (note, later[1]) if x)) if later else (wins, note)
    if ctx.date is None:
        if p is None:
            raise NoPeriod()
        # "now" in an article whose date is unknown: not the store's latest (an old story's "now" is years back)
        last = s.dropna().index[-1]
        raise NoPeriod(f"{p.label!r} with no publication date: the article's 'now' is not known (pass --date; the "
                       f"latest data in the store is {W.label(last)})")
    # the story reports the release it names ("the Treasury said Tuesday, November 18"), else its own date's
    asof = ctx.release_day if ctx.release_day is not None and ctx.release_day < ctx.date - timedelta(days=7) \
        else ctx.date
    if p is not None and p.extra.get("asof") and p.extra["asof"] <= ctx.date:
        asof = p.extra["asof"]  # "11月20日時点で": the data published by that day
    got = W.published_latest(s, sid, asof, ctx.release_day)
    if not got:
        return [], f"nothing of {sid} had been published by {ctx.date}"
    what = f"{p.label!r}" if p is not None else "no period stated"
    extra = p.extra if p is not None else {}
    k = int(extra.get("months") or extra.get("periods") or 1)
    shift = _offset(s, extra)
    import pandas as pd

    if extra.get("months") and isinstance(s.index, pd.PeriodIndex) and s.index.freqstr.startswith("W"):
        k = max(1, round(k * 52 / 12))  # "over the past month" in weekly data: the latest four weeks

    got = [p + shift if shift else p for p in got]
    wins = []
    for last in got:
        if isinstance(last, pd.Period):
            wins.append((W.period_window(last - (k - 1))[0], W.period_window(last)[1]))
        else:  # daily closes: the k latest days
            idx = s.dropna().index
            days = idx[idx <= last][-k:]
            wins.append((days[0].date(), last.date()))
    shown = W.label(got[0])
    note = (f"{what}: {'the latest period' if k == 1 else f'the latest {k} periods'}"
            f"{f' shifted by {shift}' if shift else ''} published by {ctx.date} ({ctx.pub.how or 'the given date'}), "
            f"{shown}")
    return wins, note


def windows_on(c: Claim, ctx: Context, s: "pd.Series | None", sid: str, *, missing: str, no_period: str,
               series: str | None = None) -> "Judgement | tuple[pd.Series, list[tuple[date, date]], str]":
    """``s`` (series ``sid``) without its gaps, the claim's windows on it and their note; or the judgement
    why not: ``missing`` when the store holds no value of it, ``no_period`` (naming ``series``) when the
    claim states no period and the article no date."""
    if s is None or s.dropna().empty:
        return unverifiable(missing)
    s = s.dropna()
    try:
        wins, note = claim_windows(c, s, sid, ctx)
    except NoPeriod as e:
        return unverifiable(str(e) or no_period, series=series)
    return s, wins, note


def first_window(s: "pd.Series", wins: list[tuple[date, date]]) -> "pd.Series":
    """The values of ``s`` in the first of ``wins`` (none when there is no window)."""
    return W.select(s, *wins[0]) if wins else s.iloc[:0]


def _offset(s, extra: dict) -> int:
    """'the previous month' after a latest period: how many of the series' periods to step back."""
    import pandas as pd

    n = int(extra.get("offset", 0))
    if not n:
        return 0
    weekly = isinstance(s.index, pd.PeriodIndex) and s.index.freqstr.startswith("W")
    unit = extra.get("unit", "month")
    if unit == "period":  # "the previous figure": the series' own step
        return n
    if weekly and unit == "month":
        return n * 4 if abs(n) < 12 else n * 52 // 12
    if not weekly and unit == "week":
        return 0
    return n


def _four_weeks(w: tuple[date, date], s: "pd.Series") -> tuple[date, date]:
    """"The month to August 8" in weekly data: the four weeks to that day (a month's window of days holds five
    week-ends as often as four; the wires' "month to" is four weeks)."""
    import pandas as pd

    if isinstance(s.index, pd.PeriodIndex) and s.index.freqstr.startswith("W"):
        return w[1] - timedelta(days=27), w[1]
    return w


def _week_of_day(w: tuple[date, date], s: "pd.Series") -> tuple[date, date]:
    """"Net Foreign Bond Investment in Japan declined by ¥-84.5 billion into November 24th" in weekly data: the MoF
    week (Sunday..Saturday) holding that day (a calendar names a week by its release's Friday as often as by its end)."""
    import pandas as pd

    if isinstance(s.index, pd.PeriodIndex) and s.index.freqstr.startswith("W") and w[0] == w[1]:
        return week_of(w[0])
    return w


def _cap(w: tuple[date, date], ctx: Context) -> tuple[date, date]:
    """A long window ("in 2024", "this year") ends at the publication date: an article cannot report
    what came after it."""
    if ctx.date is not None and not ctx.pub.how.startswith("inferred") and w[1] > ctx.date >= w[0] and \
            (w[1] - w[0]).days > 31:
        return w[0], ctx.date
    return w


def _published(w: tuple[date, date], s: "pd.Series", sid: str, ctx: Context) -> tuple[date, date]:
    """A window that runs to the publication date ("so far this year", "since March") ends with the
    newest period published by then (the release calendar), not with a month that was not out yet."""
    if ctx.date is None or ctx.pub.how.startswith("inferred") or w[1] < ctx.date - timedelta(days=1) or \
            (w[1] - w[0]).days <= 31:
        return w
    got = W.published_latest(s, sid, ctx.date, ctx.release_day)
    if not got:
        return w
    end = W.period_window(got[0])[1]
    return (w[0], end) if w[0] <= end < w[1] else w


_FORWARD = re.compile(r"\b(?:following|next|subsequent|later|after)\b|翌|次の", re.I)


def _not_out_yet(c: Claim, wins: list, s: "pd.Series", sid: str, ctx: Context):
    """"China's holdings fell by $10.6 billion ... in the same month" read as the month of "on Wednesday": a
    period the words point at only relative to another whose data had not been released by the article's date
    cannot be the one it reports; the latest period released by then is. A period named outright, or carried
    from one named outright, stands (it is the article's, released or not). (windows, note), or None."""
    import pandas as pd

    if ctx.date is None or ctx.pub.how.startswith("inferred") or len(wins) != 1 or \
            not (c.period.relative or _month_before(c) or _release_day(c, s, ctx)) or c.period_how == "context" or \
            not isinstance(s.index, pd.PeriodIndex) or _FORWARD.search(c.period.label):
        return None  # "in the following seven days": the words say a later period, and stand
    sel = W.select(s.dropna(), *wins[0])
    if len(sel) != 1:
        return None
    rel = W.release_date(sid, sel.index[-1])
    if rel is None or (rel - ctx.date).days <= 3:
        return None
    got = W.published_latest(s, sid, ctx.date, ctx.release_day)
    if not got:
        return None
    return [W.period_window(got[0])], (f"{c.period.label!r} points at {W.label(sel.index[-1])}, released only on "
                                       f"about {rel}, after the article: the latest period released by {ctx.date}, "
                                       f"{W.label(got[0])}")


def _month_before(c: Claim) -> bool:
    """"followed by Japan, which held $914.8 billion ... last month", "中国は先月、米国債の保有を…削減": the month before
    the story's, counted on the calendar; when its data were not out by the story's date, the month the story
    reports is the latest released (a story of 19 September 2011 on July's data, out on the 15th)."""
    if not c.period.extra.get("calendar_relative") or c.period.kind != "month":
        return False
    # "created a stir last month when it announced China had slashed its holdings to $755.4 billion in December":
    # with a month named beside it, "last month" is the day of the news, not the month of the data
    rest = c.sentence.text.replace(c.period.label, " ")
    return not re.search(rf"\b(?:{MONTH_RE})\b|\d{{1,2}}月", rest)


def _release_day(c: Claim, s: "pd.Series", ctx: Context) -> bool:
    """"現地時間8月15日、米財務省が発表した資料によると" (published 17 August): a day named outright, on a monthly
    series, in the days before the article, is the day its data came out, not the month the data are of (the month
    of that day had not been released then; ``_not_out_yet`` checks it)."""
    import pandas as pd

    p = c.period
    if p.kind != "day" or len(p.windows) != 1 or not isinstance(s.index, pd.PeriodIndex) or \
            not s.index.freqstr.startswith("M") or ctx.date is None:
        return False
    day = p.windows[0][0]
    if (day + timedelta(days=1)).month != day.month or re.match(r"(?i)\s*(?:as\s+(?:of|at)|at\s+the\s+end)", p.label):
        return False  # "As of March 31, Japan held ...": the data's own date (the month's end), no release day
    return 0 <= (ctx.date - day).days <= 10


def unpublished_note(sid: str, periods: list, ctx: Context) -> str | None:
    """A reason when the article's date precedes the release of the period it names."""
    if ctx.date is None or not periods or ctx.pub.how.startswith("inferred"):
        return None
    rel = W.release_date(sid, periods[-1])
    if rel is not None and rel > ctx.date and (rel - ctx.date).days > 3:
        return (f"{W.label(periods[-1])} of {sid} was released on about {rel}, after the article's date "
                f"({ctx.date}): the article's figure comes from another source or is an estimate")
    return None


def holder_slug(c: Claim) -> str | None:
    sj = c.subject
    if sj is None:
        return None
    if sj.kind in ("japan", "country"):
        return sj.slug
    if sj.kind in ("foreign_total", "foreign_investors"):
        return "grand_total"
    if sj.kind == "foreign_official":
        return "foreign_official"
    return None


_NAMES = {"china_mainland": "China (mainland)", "korea_south": "South Korea", "united_kingdom": "United Kingdom",
          "united_arab_emirates": "United Arab Emirates", "hong_kong": "Hong Kong", "saudi_arabia": "Saudi Arabia",
          "grand_total": "all foreign holders", "foreign_official": "foreign official holders",
          "foreign_private": "foreign private investors"}


def country_name(slug: str) -> str:
    return _NAMES.get(slug, slug.replace("_", " ").title())


def subject_label(c: Claim) -> str:
    sj = c.subject
    measure = c.host.measure if c.kind == "qualifier" and c.host is not None else (c.base_measure or c.measure)
    if measure in ("yield_level", "yield_change", "fx_level", "intervention", "fx_change", "fx_pct"):
        return ""
    if sj is None:
        return ""
    if sj.kind == "sector":
        return SECTOR_LABELS.get(sj.slug, sj.text)
    if sj.kind == "japan":
        tic = c.instrument is not None and c.instrument[0] == "tic"
        return "Japanese investors (all sectors)" if measure == "flow" and not tic else "Japan"
    if sj.kind == "foreign_investors":
        return "non-residents (foreign investors)" if measure == "flow" else "all foreign holders"
    if sj.kind == "foreign_total":
        return "all foreign holders"
    if sj.kind == "foreign_official":
        return "foreign official holders"
    if sj.kind == "institution":
        return sj.text
    return country_name(sj.slug)


def possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")
