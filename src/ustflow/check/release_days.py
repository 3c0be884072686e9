"""The publication date of a story that names only the day of its release (issue 13).

Japanese and Chinese papers date a release by its day alone: "財務省は8日、2015年8月の対外および対内証券売買契約等の
状況を発表した", "米財務省が15日発表した2015年2月末の…", "美国财政部15日公布的数据", also in a wire's dateline
"[東京 8日 ロイター] -". The month and year then follow from the data the release carries and the publisher's
calendar (``ustflow.calendar``): US Treasury (TIC) data for month M come out in M+2, MoF's monthly securities
flows for M in M+1, Japan's balance of payments for M in M+2. So the day is placed in the month the calendar puts that release in, after the month of data
the release sentence names with its year (not a look-back: "2011年8月(…)以来"; a month named elsewhere in the
story may be a record's or a comparison's). A year's or a fiscal year's figures come out with its last month's:
"財務省が8日発表した2023年の国際収支速報" in February 2024, "2021年度の" in May 2022, "2023年度上期の" in November 2023.

Nothing is guessed: when the publisher is not said, or the story names no month with its year ("3月の…"), or the
data are weekly or interventions (other calendars), the story is left undated, saying why.
"""

from __future__ import annotations

import re

from ustflow.check.periods import add_months, safe_date
from ustflow.check.results import PubDate

_AGENCY = r"(?P<agency>米国?財務省|米国務省|美国财政部|美财政部|(?<![米国])財務省|日本财务省)"
#: "財務省は8日、", "米財務省が15日発表した", "米国財務省が現地時間の17日に発表した", "美国财政部15日公布"
_AGENCY_DAY = re.compile(_AGENCY + r"(?:は|が|于)?\s*(?:現地時間の|现地时间|当地时间)?\s*(?<![月\d])(?P<day>\d{1,2})日"
                         r"(?!\s*(?:[~〜～－-]|から|まで|連続|間))"
                         r"(?=[^。]{0,90}?(?:発表|公表|公布|发布|公开|見直|明らかに))")
#: "[東京 8日 ロイター] -", "[ニューヨーク 16日 ロイター]": a wire's dateline with its day only
_DAY_DATELINE = re.compile(r"^\s*[\[［【]\s*[^\]］】\d]{0,12}?\s*(?P<day>\d{1,2})日\s*(?:ロイター|ブルームバーグ|共同|時事)")
#: a month with its year: "2015年8月", "2009年12月末", "2010年末" (December); a year's or a fiscal year's data, released
#: with its last month's: "2023年の国際収支" (December), "2021年度の" (March of the next year), "2023年度上期" (September)
_MONTH_YEAR_JA = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:(\d{1,2})\s*月|末|(?P<fy>度)(?P<h1>上期|上半期)?|(?=の|通年|暦年))")
#: words after a month that make it a look-back, not the story's data: "2011年8月(1兆5,263億円)以来"
_LOOK_BACK_AFTER = re.compile(r"^末?\s*(?:[(（][^)）]{0,20}[)）])?\s*(?:以来|(?:ぶり|振り(?![込替向分返出回]))|以降|から)")
_WEEKLY = re.compile(r"週間|週次|週ベース|前週|先週|\d{1,2}\s*[~〜～－-]\s*\d{1,2}\s*日")
#: interventions: MoF publishes a month's total at that month's end, the daily record with the quarter's (another calendar)
_INTERVENTION = re.compile(r"介入|干预")
_TIC = re.compile(r"^(?:米|美)")
#: Japan's balance of payments (MoF and the BoJ), out in the second month after its own
_BOP = re.compile(r"国際収支|国际收支|経常収支|经常账户")


def release_day_date(text: str, body: PubDate) -> PubDate | None:
    """The date a story that names only its release day was published (module docstring); None when it names no
    release day; else ``body`` (the date the body's full dates give) when it falls on that day, or an undated
    ``PubDate`` with the reason when the day cannot be placed (an older full date of the body is no date then)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    said = next((m for m in (_DAY_DATELINE.match(ln) for ln in lines[:3]) if m), None)
    agency = _AGENCY_DAY.search(text)
    found = said or agency
    if found is None:
        return None
    day, words = int(found.group("day")), found.group(0).strip()
    if body.date is not None and body.date.day == day:
        return body
    name = agency.group("agency") if agency else _first_agency(text)
    if name is None:
        return PubDate(None, f"the story names its release day ({words!r}) but not whose release it is")
    if _WEEKLY.search(text):
        return PubDate(None, f"the story names its release day ({words!r}) of weekly data, whose month it does not say")
    sentence = _sentence(text, agency.start() if agency else text.find(found.string))
    month = _data_month(sentence)
    if month is None:
        return PubDate(None, f"the story names its release day ({words!r}) but not the month of the data it "
                             f"released with the year")
    if _INTERVENTION.search(sentence):
        return PubDate(None, f"the story names its release day ({words!r}) of intervention data, which MoF publishes on "
                             f"another calendar (a month's total at its end, the days with the quarter's)")
    if _TIC.match(name):
        lag, calendar = 2, "US Treasury data for a month come out two months after it"
    elif _BOP.search(sentence):
        lag, calendar = 2, "Japan's balance of payments for a month comes out two months after it"
    else:
        lag, calendar = 1, "MoF's monthly securities data come out the month after"
    y, m = add_months(month[0], month[1], lag)
    got = safe_date(y, m, day)
    if got is None:
        return PubDate(None, f"the release day {words!r} does not exist in {y}-{m:02d}")
    return PubDate(got, f"inferred: the release day the story names ({words!r}) in the month the data of "
                        f"{month[0]}-{month[1]:02d} came out ({calendar})")


def _first_agency(text: str) -> str | None:
    m = re.search(_AGENCY, text)
    return m.group("agency") if m else None


def _sentence(text: str, at: int) -> str:
    """The sentence around ``at``: the release's own words, where the month of its data is said."""
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find("。", at), text.find("\n", at)) if i >= 0]
    return text[start:min(ends) if ends else len(text)]


def _data_month(text: str) -> tuple[int, int] | None:
    """The latest month the release sentence names with its year (a look-back's month is no data month)."""
    months = [_last_month(m) for m in _MONTH_YEAR_JA.finditer(text)
              if not _LOOK_BACK_AFTER.match(text[m.end():]) and (not m.group(2) or 1 <= int(m.group(2)) <= 12)]
    return max(months) if months else None


def _last_month(m: re.Match) -> tuple[int, int]:
    """The month a match of ``_MONTH_YEAR_JA`` names, or the last month of the year or fiscal year (half) it names."""
    y = int(m.group(1))
    if m.group(2):
        return y, int(m.group(2))
    if m.group("fy"):
        return (y, 9) if m.group("h1") else (y + 1, 3)
    return y, 12
