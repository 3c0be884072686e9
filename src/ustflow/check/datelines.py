"""The date an article was published, when ``--date`` does not give it, and how it was found (issue 13).

Looked for in this order; the result (``PubDate.how``) says which, quoting the words it came from:

1. a machine-readable HTML date (``<meta property="article:published_time">``, ``<time datetime>``);
2. a date line near the top: "Published: 10 April 2025", "Updated: 2025-04-10 08:13", also inside a byline
   ("By A. Writer | China Daily | Updated: 2009-08-19 07:53"), or in a European language ("Postado Junho 16, 2017");
   a published date wins over an updated one (the story was written then), so does the date a line opens with
   before its "| Updated ..." ("07/16/2015 05:41 EDT | Updated ...");
3. a dateline: a short line that is a date ("April 10, 2025 - 05:13 am EDT", "2025年4月10日", "2025/04/10 18:05",
   "令和7年4月10日", "16 lutego 2010", "10 de abril de 2025", "Tokio, Japón, 8 de noviembre del 2012.-"), or a date near the top that only a place, a source
   or a weekday precede and only a time, a separator or a wire's tag follow ("TOKYO, April 10, 2025 (Reuters)
   -", "April 10, 2025 / 8:13 AM / Updated", "Reuters | April 10, 2025", "Tokyo July 22, 2022:"), also with a
   wire's name glued to it by a page's layout ("ReutersApr 10, 2025 8:19 AM", "CRI2025-04-10 15:23:39"), or in
   brackets with a source after the place ("WASHINGTON, (UrduPoint / Pakistan Point News - 10th Apr, 2025 ) :"); a
   date pasted after the headline ("…22%減 2025年04月10日"); on a Japanese page, a date with its two-digit year first
   ("25/04/10 10:07:41", a board's post time); a byline ending with its date;
4. a source line closing the excerpt: "(China Daily July 18, 2009)", "「人民網日本語版」2011年6月15日";
5. a date in the article's URL;
6. a date line whose day and month could be either ("Published: 10/04/2025"): the one reading that falls
   within four months after the latest month the story names (its data), else none;
7. a dateline without its year ("TOKYO, April 10 (Reuters) -", "NEW YORK Nov 3", "Dec. 18 --",
   "4月10日 (ロイター) -", "新华社北京4月10日电", "Tokio, 8 abr (EFE).-"): the year of the latest month or date the story names when the
   dateline falls within four months after it (the story reports that month's data), provided it is the
   weekday (or the day after) the story says the data came out ("data showed on Thursday"), or the
   dateline's own weekday ("Thursday, April 10"); else, given such a weekday, the year the headline names
   (or the next, for a January or February dateline) if exactly one of them fits it, else the first year
   from the latest month the story names in which the day is that weekday; else none: a story that names
   only older months ("the lowest since August 2017") is not dated by them, nor by a headline's year alone
   (it may be a forecast's); a month the story compares with the year before ("rose in February from a year
   earlier ... up 295% from February 2009") is the year-ago base: the lead's February is of the next year;
8. a day of release the story names without its month ("財務省は8日、2015年8月の…を発表した", "[東京 8日 ロイター]"),
   placed by the publisher's calendar after the story's data month (``release_days``); undated, saying why,
   when that cannot be done (an older full date of the body does not date such a story);
9. else the latest full date the text mentions, moved to the weekday the text says the data came out on
   ("data showed on Thursday", "released Tuesday"), or MoF's Thursday for "the week ending <date>", or
   taken as the earliest the article can have been written. Dates the text puts in the past of its
   story ("since April 12, 2025", "the previous record ... on April 10, 1998") or in its future ("the
   fiscal year beginning on 1 April 2026") bound nothing and are skipped.

Nothing is guessed beyond that: no date is better than a wrong one (every "last month" and every claim
without a period would be judged at the wrong time); the claims then say "no publication date" and why (a
dateline with no year the story can tell, a date line that reads both ways, one that names only the month:
"June 2025" tells that "last month" is May, but not whether that day's latest TIC month was March or April).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ustflow.check.dateline_words import (
    EURO_DATELINE as _EURO_DATELINE,
    foreign_date as _foreign_date,
    month_name as _month_name,
)
from ustflow.check.dateline_years import year_after_comparison
from ustflow.check.periods import safe_date as _mk
from ustflow.check.release_days import release_day_date
from ustflow.check.results import PubDate
from ustflow.check.text import (
    MONTH_ANY_CASE_RE,
    MONTH_RE,
    WEEKDAYS,
    full_date_spans,
    full_dates,
    month_number,
    parse_full_date,
)

_WEEKDAY = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SLASH_URL = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")
_META = (r"(?:first published|published|(?:last )?updated|(?:last )?modified|posted|release date|date|dated|"
         r"postado|publicad[oa]|publié|pubblicato|veröffentlicht|"
         r"发布时间|发布日期|发表时间|更新时间|日期|配信日時?|掲載日時?|公開日時?|投稿日時?|更新日時?)")
#: "Published: ...", "Updated 12:34 p.m. ET, March 29, 2012": a line that says what its date is
_META_LINE = re.compile(rf"^{_META}(?: on)?\s*[:：]?\s*(.+)$", re.I)
#: the same inside a byline: "By Si Tingting | China Daily | Updated: 2009-08-19 07:53"
_META_IN_LINE = re.compile(rf"(?:^|[|·•,;]\s*|\s{{2,}}){_META}(?: on)?\s*[:：]?\s*(.+)$", re.I)
_WIRE = (r"[(/](?:Reuters|Bloomberg|AP|Kyodo(?: News)?|Nikkei(?: Asia)?|AFP|Jiji(?: Press)?|Dow Jones|MNI|XINHUA|Xinhua|"
         r"WAM|Yonhap|UPI|IANS|PTI|ANI|Sputnik|TASS|Anadolu|AA|Kyodo News)[)/]")
_WIRE_NAMES = r"(?:Reuters|Bloomberg|AFP|Kyodo|Xinhua|Nikkei|Jiji|Yonhap|Bernama|AP)"
#: "TOKYO, April 10 (Reuters) -", "WASHINGTON, Dec. 15, Kyodo", "BEIJING, April 10 -", "NEW YORK Nov 3 Foreign ...",
#: "Dec. 18 --", "July 10 (Reuters) -", "September 8 (.) -" (the wire's name lost): a dateline without its year
_DATELINE_NOYEAR = re.compile(
    rf"^(?:[A-Z][A-Za-z .'-]{{1,30}},\s+|[A-Z][A-Z .'-]{{1,30}}\s+)?({MONTH_ANY_CASE_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?!,?\s*(?:19|20)\d\d)\s*(?:{_WIRE}|\([A-Za-z ]+\)\s*[-—–:]|\(\.\)\s*[-—–]|,\s*[A-Z][a-z]+\b|[-—–]{{1,2}}\s|:\s|"
    rf"{_WIRE_NAMES}(?:\sNews)?\s*[-—–])")
#: what may stand before a dateline's date: nothing, a place ("TOKYO, ", "WASHINGTON — ", "Tokyo ("), a source and a
#: separator ("Reuters | ", "By Reuters | "), a weekday ("Thursday, ")
_DAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s*"
_BEFORE_DATE = re.compile(
    rf"[\W_]*(?:[A-Z][A-Z .'/-]{{1,30}}\s*[,—–(:-]?\s*|[A-Z][\w.'/-]*(?:\s[A-Z][\w.'/-]*){{0,2}}\s*[,(]\s*|"
    rf"[^|·•]{{1,30}}[|·•]\s*)?(?:{_DAY})?")
#: ... and after it: nothing, a time, a separator, a wire's tag ("April 10, 2025 / 8:13 AM", "Dec. 18, 2025 --",
#: "TOKYO, April 10, 2025 (Reuters) -", "April 10, 2025 8:13 AM EDT Updated 2 days ago")
_AFTER_DATE = re.compile(r"\s*(?:$|[-—–:|/·•,()]|\d{1,2}[:.]\d{2}|at\s+\d|[A-Z]{2,}\b)")
#: a place in title case with no comma, then the date and a colon or dash: "Tokyo July 22, 2022: ..."
_TITLE_PLACE = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+")
_CAPS_CITY = re.compile(rf"^[A-Z][A-Z .'-]{{1,30}}\s+{MONTH_RE}\s+\d{{1,2}}\s+[A-Z]")
#: "4月10日 (ロイター) -", "[東京 4月10日 ロイター]": a Japanese wire dateline without its year
_JA_DATELINE_NOYEAR = re.compile(r"^\s*[\[［【(（]?[^\]］】)）\d]{0,12}?\s*(\d{1,2})月(\d{1,2})日\s*[\]］】)）(（]?\s*"
                                 r"(?:ロイター|ブルームバーグ|共同|時事|日経|NNA|[\]］】)）]\s*[-ー－—])")
#: "新华社北京4月10日电", "中新网4月10日电": a Chinese agency dateline ("...电", wired on that day)
_ZH_DATELINE_NOYEAR = re.compile(r"^[^\d。]{0,20}?(\d{1,2})月(\d{1,2})日电")
#: "(Yicai Global) 1月21日-": a source in brackets, then the day, then a dash
_SOURCE_DATELINE_NOYEAR = re.compile(r"^\s*[(（\[［【][^)）\]］】\d]{1,30}[)）\]］】]\s*(\d{1,2})月(\d{1,2})日\s*[-－—–:：]")
#: "in March 2025", "2025年3月": a month named with its year (the article is written after it began)
_MONTH_YEAR = re.compile(rf"\b({MONTH_RE})\s+((?:19|20)\d{{2}})\b|((?:19|20)\d{{2}})\s*年\s*(\d{{1,2}})\s*月")
#: words before a date that put it in the past of the story (a reference, not the story's own time)
_PAST_REF = re.compile(r"\b(?:since|previous(?:ly)?|prior|earlier record|last time|(?:going |dating )?back to|first time "
                       r"since|record (?:of|set|high|low)|compared? (?:with|to)|compares with)\b(?:[^.;]|\.(?=\d)){0,60}$|以来|(?:ぶり|振り(?![込替向分返出回]))|"
                       # "down $17 billion from their level on March 13, 2013": the base of a change
                       r"\bfrom\s+(?:their|its|the|a|an)\s+(?:[\w-]+\s+){0,2}(?:levels?|readings?|figures?|values?|highs?|"
                       r"lows?|peaks?|totals?|holdings|marks?)\s+(?:on|at|of|in)\s+(?:\w+day,?\s+)?$", re.I)
#: words before a date that put it in the future of the story (a plan, a maturity, a deadline)
_FUTURE_REF = re.compile(r"\b(?:beginning|starting|due|until|till|scheduled|maturing|matures|expir\w*|will|"
                         r"next|effective)\s+(?:on\s+|in\s+)?(?:\w+day,?\s+)?$", re.I)
#: the weekday the story says its data came out on: "data showed on Thursday", "released Tuesday", "on Monday, the
#: ministry said"
_RELEASE_DAY = re.compile(
    rf"\b(?:showed|show|shows|said|released|published|announced|reported|data|figures)\b[^.]{{0,40}}?\b[Oo]n {_WEEKDAY}\b|"
    rf"\b(?:showed|said|released|published|announced|reported)\s+{_WEEKDAY}\b")
#: ... or before the verb, when no verb comes first: "on Monday, the ministry said" (not "on Wednesday, April 9, ...
#: data showed on Thursday", a day of the data)
_RELEASE_DAY_BEFORE = re.compile(
    rf"\b[Oo]n {_WEEKDAY}\b(?!,?\s+(?:{MONTH_RE}\s+\d|\d{{1,2}}\s+{MONTH_RE}))[^.]{{0,30}}?"
    rf"\b(?:showed|said|released|published|announced|reported)\b")
_LINE_MAX = 40  # a line this short that holds a date is a date line, not a sentence about a date


def today() -> date:
    """The day the check runs: the latest a story can be from. ``USTFLOW_TODAY`` (YYYY-MM-DD) holds it fixed,
    as the tests and the corpus evaluation do: a yearless dateline's weekday fits one more year every few
    years, so a story dated today may be undated in 2031."""
    import os

    fixed = os.environ.get("USTFLOW_TODAY")
    return date.fromisoformat(fixed) if fixed else date.today()


def _quote(s: str, n: int = 50) -> str:
    """The words a date came from, as the result quotes them: a dateline up to its dash or colon ("TOKYO, April 10,
    2025 (Reuters)"), else the line's first ``n`` characters."""
    s = s.strip()
    digit = re.search(r"\d", s)
    cut = re.compile(r"\s[-—–]{1,2}\s|[:：]\s").search(s, digit.end()) if digit else None
    if cut:
        s = s[:cut.start()]
    return repr(s if len(s) <= n else s[:n - 1] + "…")


#: a date line that names only a month: "June 2025", "Updated: June 2025", "2025年6月"
_MONTH_ONLY = re.compile(rf"(?:{_META}(?: on)?\s*:?\s*)?(?:{MONTH_RE},?\s+(?:19|20)\d\d|(?:19|20)\d\d\s*年\s*\d{{1,2}}\s*月)",
                         re.I)
#: figures in a line: a line with one is prose with a claim, never a date line
_AMOUNT_WORDS = re.compile(r"[$¥€£%]|\b(?:billion|trillion|million|bn|tn|percent|yen|dollars?)\b|[兆億]|円|ドル", re.I)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?|\d{1,2}時\d{1,2}分|\(\w\)")
#: a source's name in brackets before a closing date: "(China Daily ", "「人民網日本語版」", "(China.org.cn by Fan Junmei "
_SOURCE_NAME = re.compile(r"\s*[(\[「【（](?:[\W_]|[A-Z][\w.'’&/-]*|[^\x00-\x7f]+|by\b){1,12}")


#: a Japanese date line without its year, a clock time and the paper: "12月8日9時34分配信 産経新聞", "11月11日(月)11時31分
#: 読売新聞"
_JA_CLOCK_LINE = re.compile(r"\d{1,2}月\d{1,2}日\s*(?:[(（][月火水木金土日][)）])?\s*\d{1,2}時\d{1,2}分\s*(?:配信)?\s*"
                            r"[^\d\s。、]{0,16}")


def is_date_line(line: str) -> bool:
    """A line that only dates the article, with no claim in it: "April 10, 2025 / 8:13 AM / Updated 2 years ago",
    "Reuters | April 10, 2025", "2025年4月10日 18:05 日本経済新聞 電子版", "(China Daily July 18, 2009)",
    "12月8日9時34分配信 産経新聞"."""
    line = line.strip()
    if _JA_CLOCK_LINE.fullmatch(line):
        return True
    spans = full_date_spans(line)
    if not spans or len(line) > 120 or spans[0][0] >= 40 or _AMOUNT_WORDS.search(line):
        return False
    before = line[:spans[0][0]]
    rest = _TIME.sub(" ", "".join(line[b:e2] for b, e2 in zip([0] + [e for _, e, _ in spans],
                                                                [a for a, _, _ in spans] + [len(line)])))
    if len(re.findall(r"[^\W\d_]{2,}", rest)) - len(re.findall(r"[^\W\d_]{2,}", before)) > 6:
        return False  # "BEIJING, April 10, 2025 (Xinhua) -- China's holdings fell to ...": a dateline leading prose
    return bool(_META_LINE.match(line) or _META_IN_LINE.search(line) or _BEFORE_DATE.fullmatch(before)
                or _TITLE_PLACE.fullmatch(before) or _SOURCE_NAME.fullmatch(before))


#: a full date (and its time) closing a headline after a space: the article's date, pasted after its headline
_HEADLINE_DATE = re.compile(r"(?<=\S)\s+(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})"
                            r"(?:\s*\d{1,2}[:：時]\d{2}分?)?\s*$")


def without_date_lines(text: str) -> str:
    """``text`` with its date lines at the top and the bottom (``is_date_line``) made blank: they date the article
    and are no prose (their date is no claim's period, and the headline stays the first line)."""
    lines = text.split("\n")
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    for i in filled[:5] + filled[-2:]:
        if is_date_line(lines[i]):
            lines[i] = ""
    if filled:  # "21年度の経常黒字12兆円=…22%減 2022年05月12日": the headline's own date line, pasted after it
        lines[filled[0]] = _HEADLINE_DATE.sub("", lines[filled[0]])
    return "\n".join(lines)


def publication_date(text: str, html_dates: list[str] | None = None) -> PubDate:
    """When the article was published, and how that was found (module docstring)."""
    for d in html_dates or []:
        got = parse_full_date(d)
        if got:
            return PubDate(got, f"the page's published date ({d[:30]})")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for find in (_date_line, _dateline, _source_line, _url_date):
        got = find(lines)
        if got is not None:
            return got
    mentioned = full_dates(text)
    for got in (_ambiguous_date(lines[:10], text, mentioned), _dateline_without_year(lines[:4], text, mentioned)):
        if got is not None:  # a date, or why the date line or dateline found gives none
            return got
    got = _from_the_body(text, mentioned)
    told = release_day_date(text, got)
    if told is not None:
        return told
    if got.date is None and not got.how:
        month = next((ln for ln in lines[:4] if _MONTH_ONLY.fullmatch(ln)), None)
        if month is not None:  # "June 2025": "last month" is May, but what was published by then depends on the day
            return PubDate(None, f"the date line {_quote(month)} names only the month, and the latest data published "
                                 f"in a month depends on its day")
    return got


def article_date(text: str, html_dates: list[str] | None = None) -> date | None:
    """The date the article states for itself (see ``publication_date`` for how)."""
    return publication_date(text, html_dates).date


def _date_line(lines: list[str]) -> PubDate | None:
    """"Published: ...", "Updated: ..." near the top, or inside a byline; published before updated."""
    found: list[tuple[bool, date, str]] = []
    for ln in lines[:10]:
        m = _META_LINE.match(ln) or (_META_IN_LINE.search(ln) if len(ln) <= 160 else None)
        if m:
            got = parse_full_date(m.group(1)) or _foreign_date(m.group(1))
            if got:
                updated = bool(re.search(r"updated|更新", m.group(0)[:20], re.I))
                found.append((updated, got, m.group(0)))
                lead = full_date_spans(ln[:m.start()]) if updated else []
                if lead and lead[0][0] <= 2:  # "07/16/2015 05:41 EDT | Updated ...": the date the line opens with
                    found.append((False, lead[0][2], ln[:m.start()]))
    if not found:
        return None
    updated, got, words = min(found, key=lambda f: f[0])  # the first published line, else the first updated one
    return PubDate(got, f"the article's date line ({_quote(words, 40)})")


#: a date printed as a computer's clock prints it: "Wed Sep 16 15:00:00 CDT 2015" (day, time and zone before the year)
_CTIME = re.compile(rf"\b({MONTH_RE})\s+(\d{{1,2}})\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s+[A-Z]{{2,5}}\s+((?:19|20)\d\d)\b")
#: a byline's source glued to the day by a page's layout: "BY PTI18 Feb 2013 7:46 AM IST", "CRI2024-11-20 15:23:39"
_GLUED_DAY = re.compile(rf"(?<=[A-Za-z])(?=\d{{1,2}}\s+{MONTH_RE}\s+(?:19|20)\d\d\b|(?:19|20)\d\d-\d\d-\d\d(?!\d))")
#: a place, then a source and the date in brackets: "WASHINGTON, (UrduPoint / Pakistan Point News - 18th Sep, 2019 ) :"
_BRACKET_SOURCE = re.compile(r"[A-Z][A-Za-z .'-]{1,30},?\s*\([^()\d]{1,50}?\s[-—–]\s*")
#: a Japanese page's date with a two-digit year first, as boards and wire pages print it: "12/05/10 10:07:41.06",
#: "17/01/12 11月の経常収支、…" (year, month, day; never day first on a Japanese page)
_JA_SHORT_YMD = re.compile(r"(\d{2})/(\d{2})/(\d{2})(?=\s|$)")
_KANA = re.compile(r"[\u3040-\u30ff]")


def _dateline(lines: list[str]) -> PubDate | None:
    """A dateline with its year near the top: a short line that is a date, or a date that only a place, a source or a
    weekday precede and only a time, a separator or a wire's tag follow (a headline that quotes a past date, "... in
    the week to Nov 2, 2024", is no dateline; nor is a later date in the dateline's line)."""
    closing = _HEADLINE_DATE.search(lines[0]) if lines else None
    if closing:  # "21年度の経常黒字12兆円=… 2022年05月12日": the date pasted after the headline is the article's
        return PubDate(parse_full_date(closing.group(0)), f"the date closing the headline ({closing.group(0).strip()})")
    japanese = any(_KANA.search(ln) for ln in lines[:6])
    for ln in lines[:4]:
        short = _JA_SHORT_YMD.match(ln) if japanese else None
        yy = int(short.group(1)) + 2000 if short else 0
        got = _mk(yy if yy <= today().year else yy - 100, int(short.group(2)), int(short.group(3))) if short else None
        if got:
            return PubDate(got, f"the date line ({_quote(ln, 40)}), its two-digit year first as Japanese pages print it")
        head = re.sub(rf"^{_WIRE_NAMES}(?=[A-Z][a-z]{{2}})", r"\g<0> ", ln[:80])  # "ReutersJun 10, 2025 8:19 AM"
        head = _GLUED_DAY.sub(" ", _CTIME.sub(r"\1 \2, \3", head))  # "BY PTI18 Feb 2013", "Wed Sep 16 15:00:00 CDT 2015"
        spans = full_date_spans(head)
        if spans:
            start, end, day = spans[0]
            before, after = head[:start], head[end:]
            if len(ln) <= _LINE_MAX or (start < 40 and _AFTER_DATE.match(after) and (
                    _BEFORE_DATE.fullmatch(before) or re.search(_WIRE, ln[:90]) or
                    (_TITLE_PLACE.fullmatch(before) and re.match(r"\s*[-—–:(]", after)))) or \
                    (_BRACKET_SOURCE.fullmatch(before) and re.match(r"\s*\)", after)):
                return PubDate(day, f"the dateline ({_quote(ln, 40)})")
            if re.match(r"By\s+[A-Z]", ln, re.I) and len(ln) <= 160:  # "By A. Writer and B. Writer - Jul 17, 2012 10:33 PM"
                return PubDate(spans[-1][2], f"the byline ({_quote(ln, 50)})")
            if is_date_line(head):  # "Business Materials 12 November 2007 08:01 (UTC +04:00)": a section, then the date
                return PubDate(day, f"the date line ({_quote(ln, 40)})")
        got = _foreign_date(ln) if len(ln) <= _LINE_MAX else None
        if got:  # "16 lutego, 2010", "7. November 2024" (German)
            return PubDate(got, f"the dateline ({_quote(ln, 40)})")
        euro = _EURO_DATELINE.match(ln)
        mo = _month_name(euro.group(3)) if euro and euro.group(4) else None
        got = _mk(int(euro.group(4)), mo, int(euro.group(2))) if mo else None
        if got:  # "Tokio, Japón, 8 de noviembre del 2012.- El superávit ..."
            return PubDate(got, f"the dateline ({_quote(euro.group(0), 50)})")
    return None


def _source_line(lines: list[str]) -> PubDate | None:
    """A source line that closes the excerpt: "(China Daily July 18, 2009)", "「人民網日本語版」2011年6月15日"."""
    for ln in lines[max(4, len(lines) - 2):]:  # below the lines a dateline is looked for in
        got = full_dates(ln)
        if got and len(ln) <= 60 and len(got) == 1 and not re.search(r"[.。]\s*$", ln.rstrip(")）」 ")) and \
                not re.search(r"\d[\d,.]*\s*(?:billion|trillion|million|%|percent)|[兆億]", ln):
            return PubDate(got[0][1], f"the source line at the end ({_quote(ln, 40)})")
    return None


def _url_date(lines: list[str]) -> PubDate | None:
    for ln in lines[:6]:
        m = _SLASH_URL.search(ln) if re.search(r"https?://", ln) else None
        if m:
            got = _mk(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if got:
                return PubDate(got, f"the date in the article's URL ({m.group(0)})")
    return None


def _release_weekday(text: str) -> tuple[int, str] | None:
    """The weekday the story says its data came out on ("data showed on Thursday")."""
    m = _RELEASE_DAY.search(text) or _RELEASE_DAY_BEFORE.search(text)
    if not m:
        return None
    name = next(g for g in m.groups() if g)
    return WEEKDAYS[name.lower()], name


def _before(text: str, pos: int, n: int) -> str:
    """The ``n`` characters before ``pos`` in its own line and sentence: what may make a date a reference to the past
    or the future ("since", "以来", "due"); a headline's "2年ぶり" says nothing of the date in the line below it."""
    head = text[max(0, pos - n):pos]
    return re.split(r"\n|。", head)[-1]


#: a Japanese fiscal year, or its first half, named with its year: "fiscal 2018", "FY2007 1st half", "2018年度上期"
_FISCAL_YEAR = re.compile(r"(?P<h1>\b(?:first|1st)\s+half\s+of\s+(?:the\s+|its\s+|their\s+)?)?\b(?:fiscal(?:\s+year)?|FY)\s*"
                          r"(?P<y>(?:19|20)\d{2})\b(?P<h2>\s*(?:first|1st)\s+half)?|(?P<jy>(?:19|20)\d{2})\s*年度(?P<jh>上期|上半期)?",
                          re.I)


def _bounds(text: str, mentioned: list[tuple[int, date]]) -> tuple[tuple[date, str] | None, tuple[date, str] | None]:
    """The latest day the article must postdate (any full date or month-with-year it names), and the latest such
    day that is not a reference to the past ("since August 2017"): the story's own data month, if any."""
    days = [(pos, d, f"the latest date mentioned ({d})") for pos, d in mentioned]
    for m in _MONTH_YEAR.finditer(text):
        if m.group(1):
            d = date(int(m.group(2)), month_number(m.group(1)), 1)
        elif 1 <= int(m.group(4)) <= 12:
            d = date(int(m.group(3)), int(m.group(4)), 1)
        else:
            continue
        days.append((m.start(), d, f"the latest month mentioned ({d:%Y-%m})"))
    if _JAPANESE_DATA.search(text):  # "fiscal 2018", "2018年度上期": a Japanese fiscal year or half ends in March or September
        for m in _FISCAL_YEAR.finditer(text):
            y = int(m.group("y") or m.group("jy"))
            half = bool(m.group("h1") or m.group("h2") or m.group("jh"))
            d = date(y, 9, 1) if half else date(y + 1, 3, 1)
            days.append((m.start(), d, f"the latest fiscal {'half' if half else 'year'} mentioned (to {d:%Y-%m})"))
    if not days:
        return None, None
    days = [x for x in days if not _FUTURE_REF.search(_before(text, x[0], 30))]  # a plan's month bounds nothing
    if not days:
        return None, None
    low = max(days, key=lambda x: x[1])
    own = [x for x in days if not _PAST_REF.search(_before(text, x[0], 70))]
    near = max(own, key=lambda x: x[1]) if own else None
    return (low[1], low[2]), ((near[1], near[2]) if near else None)


#: "10/04/2025", "04.10.2025": 10 April or October 4
_DMY_OR_MDY = re.compile(r"(?<![\d./-])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2})(?![\d./-]*\d)")


def _ambiguous_date(lines: list[str], text: str, mentioned: list[tuple[int, date]]) -> PubDate | None:
    """A date line whose day and month could be either ("Published: 10/04/2025"): the reading that falls within four
    months after the story's own latest month (its data), when exactly one does; else none, and why."""
    for ln in lines:
        m = _DMY_OR_MDY.search(ln)
        if not m or not (_META_LINE.match(ln) or _META_IN_LINE.search(ln) or len(ln) <= _LINE_MAX):
            continue
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        reads = {d for d in (_mk(y, b, a), _mk(y, a, b)) if d is not None}
        near = _bounds(text, mentioned)[1]
        fits = [d for d in reads if near is not None and near[0] <= d <= near[0] + timedelta(days=124)]
        if len(fits) == 1:
            return PubDate(fits[0], f"the date line ({_quote(ln, 40)}), read as {fits[0]}: the reading within four "
                                    f"months after {near[1]}")
        wd = _release_weekday(text)
        days = [d for d in reads if wd is not None and (d.weekday() - wd[0]) % 7 in (0, 1)]
        if wd is not None and len(days) == 1:  # "09.03.2020 ... the ministry said on Monday": 9 March 2020 was a Monday
            return PubDate(days[0], f"the date line ({_quote(ln, 40)}), read as {days[0]}: the reading that is the "
                                    f"{wd[1]} the story says the data came out (or the day after)")
        return PubDate(None, f"the date line {_quote(ln, 40)} can be read as {' or '.join(map(str, sorted(reads)))}, "
                             f"and the story names no month that tells which")
    return None


def _dateline_without_year(lines: list[str], text: str, mentioned: list[tuple[int, date]]) -> PubDate | None:
    """"TOKYO, April 10 (Reuters) -", "4月10日 (ロイター) -", "新华社北京4月10日电": the dateline's day in the year the
    story implies (module docstring, step 6); none when nothing in it tells the year."""
    for ln in lines:
        got = _month_day(ln)
        if got is not None:
            mo, dy, end = got
            return _year_of_dateline(mo, dy, ln[:end], lines[0] if lines[0] != ln else "", text, mentioned)
    return None


def _month_day(ln: str) -> tuple[int, int, int] | None:
    """The month and day of a dateline without its year, and where the dateline ends."""
    m = _DATELINE_NOYEAR.match(ln) or _CAPS_CITY.match(ln)
    if m and m.re is _CAPS_CITY:
        m = re.search(rf"({MONTH_ANY_CASE_RE})\s+(\d{{1,2}})", ln)
    if m:
        mo, dy = month_number(m.group(1)), int(m.group(2))
    else:
        m = _JA_DATELINE_NOYEAR.match(ln) or _ZH_DATELINE_NOYEAR.match(ln) or _SOURCE_DATELINE_NOYEAR.match(ln)
        euro = _EURO_DATELINE.match(ln) if not m else None
        if euro and not euro.group(4) and _month_name(euro.group(3)):  # "Tokio, 8 abr (EFE).-"
            return _month_name(euro.group(3)), int(euro.group(2)), euro.end()
        if not m:
            return None
        mo, dy = int(m.group(1)), int(m.group(2))
    return (mo, dy, m.end()) if 1 <= mo <= 12 and 1 <= dy <= 31 else None


def _year_of_dateline(mo: int, dy: int, dateline: str, headline: str, text: str,
                      mentioned: list[tuple[int, date]]) -> PubDate:
    words = _quote(dateline.strip(" -—–:"), 40)
    own = re.match(rf"[^,]*?\b{_WEEKDAY},", dateline)  # "Thursday, April 10 (Reuters)": the dateline's own weekday
    wd = (WEEKDAYS[own.group(1).lower()], own.group(1)) if own else _release_weekday(text)
    why = "its own weekday" if own else "the day the story says the data came out"
    if wd is not None and not own and _ASIAN_CITY.match(dateline) and _US_DATA.search(text) and \
            not _JAPANESE_DATA.search(text):
        # "TOKYO, June 16 - ... Treasury data showed on Monday": Washington's Monday is Tokyo's Tuesday
        wd = ((wd[0] + 1) % 7, f"{_DAY_NAMES[(wd[0] + 1) % 7]} in Asia, the day after {wd[1]} in Washington")
    low, near = _bounds(text, mentioned)
    ago = year_after_comparison(text, dateline, _month_name)
    if ago is not None and _near_year(ago, mo, dy) is not None:  # "rose in February ... up 295% from February 2009"
        near = ago  # the latest month named is the year-ago comparison's, not the story's
    got = _near_year(near, mo, dy)
    if got is not None and (wd is None or (got.weekday() - wd[0]) % 7 in (0, 1 if not own else 0)):
        return PubDate(got, f"the dateline {words}, with the year of {near[1]}")
    if wd is not None:
        hy = _headline_year(headline)
        years = [hy, hy + 1] if hy and mo <= 2 else [hy] if hy else []  # a January story reports last year's data
        fits = [d for d in (_mk(y, mo, dy) for y in years) if d is not None and d.weekday() == wd[0]]
        if len(fits) == 1:
            nxt = "the year after " if fits[0].year != hy else ""
            return PubDate(fits[0], f"the dateline {words}, in {nxt}the year the headline names ({hy}), in which it is "
                                    f"a {wd[1]} ({why})")
        # the years from the latest month the story names to today in which the day is that weekday: one, or
        # the dateline is not dated (a story citing an old month may be from any of them)
        now = today()
        fit = [d for d in (_mk(y, mo, dy) for y in range(low[0].year, now.year + 1) if low is not None)
               if d is not None and low[0] <= d <= now and d.weekday() == wd[0]] if low is not None else []
        if len(fit) == 1:
            return PubDate(fit[0], f"the dateline {words}, in the only year from {low[0]:%Y-%m} to today in which it "
                                   f"is a {wd[1]} ({why})")
        if len(fit) > 1:
            return PubDate(None, f"the dateline {words} names no year, and it is a {wd[1]} ({why}) in "
                                 f"{', '.join(str(d.year) for d in fit)}: not dated")
    if low is None:
        return PubDate(None, f"the dateline {words} names no year, nor does the story")
    return PubDate(None, f"the dateline {words} names no year, and the story names only older months (the latest {low[0]:%Y-%m})")


#: an Asian or Pacific dateline: a day ahead of Washington
_ASIAN_CITY = re.compile(r"\s*(?:TOKYO|OSAKA|BEIJING|SHANGHAI|HONG KONG|SINGAPORE|SEOUL|TAIPEI|SYDNEY|WELLINGTON|MUMBAI|"
                         r"NEW DELHI|BANGKOK|JAKARTA|MANILA|KUALA LUMPUR)\b", re.I)
_US_DATA = re.compile(r"\b(?:Treasury (?:Department|data|figures)|(?:U\.?S\.?|US) Treasury|TIC|Federal Reserve|Fed "
                      r"data)\b|米財務省")
_JAPANESE_DATA = re.compile(r"\b(?:(?:Japan's |Japanese )?(?:Ministry of Finance|Finance Ministry)|MOF|MoF)\b|財務省(?!証券)")
_DAY_NAMES = {v: k.capitalize() for k, v in WEEKDAYS.items()}


def _headline_year(headline: str) -> int | None:
    """The one year a headline names, not as a reference to the past ("Japan's 2025 bond buying", not "the lowest
    since 2009")."""
    years = {int(m.group(0)) for m in re.finditer(r"\b(?:19|20)\d{2}\b", headline)
             if not _PAST_REF.search(headline[max(0, m.start() - 70):m.start()])}
    return years.pop() if len(years) == 1 else None


def _near_year(near: tuple[date, str] | None, mo: int, dy: int) -> date | None:
    """The dateline's day within four months after the story's own latest month or date (its data)."""
    if near is None:
        return None
    for y in (near[0].year, near[0].year + 1):
        d = _mk(y, mo, dy)
        if d is not None and near[0] <= d <= near[0] + timedelta(days=124):
            return d
    return None


def _from_the_body(text: str, mentioned: list[tuple[int, date]]) -> PubDate:
    """The latest full date of the story's own time (module docstring, step 7)."""
    own = [(pos, d) for pos, d in mentioned if not _PAST_REF.search(_before(text, pos, 70))
           and not _FUTURE_REF.search(_before(text, pos, 30))]
    if not own:
        if mentioned:
            return PubDate(None, f"no date line; the full dates mentioned ({', '.join(str(d) for _, d in mentioned[:3])})"
                                 " are references to the past or the future of the story")
        return PubDate(None, "")
    latest = max(d for _, d in own)
    wd = _release_weekday(text)
    if wd:
        d = latest + timedelta(days=(wd[0] - latest.weekday()) % 7)  # "on Thursday, April 10": that day itself
        if d == latest:
            return PubDate(d, f"inferred: the latest date mentioned ({latest}), the {wd[1]} the data came out")
        if d - latest <= timedelta(days=7):
            return PubDate(d, f"inferred: the {wd[1]} after the latest date mentioned ({latest})")
    week = _latest_week_release(text, own)
    if week is not None and week[0] > latest:
        return PubDate(week[0], f"inferred: MoF's release of the latest week mentioned ({week[1]})")
    return PubDate(latest, f"inferred: the latest full date mentioned ({latest}; the article is at least that recent)")


def _latest_week_release(text: str, mentioned: list[tuple[int, date]]) -> tuple[date, date] | None:
    """The day MoF published the latest 'week ending <date>' the text names (it cannot be older): by the project's
    release calendar, the Thursday after the week, later when a Tokyo holiday falls on it (the week to 28 December
    2024 came out on 6 January 2025), as ``flow_spans.week_out`` counts it."""
    from ustflow.check.windows import release_date

    best = None
    for pos, d in mentioned:
        if re.search(r"\bweeks? (?:ending|ended|to|through|that ended|up to)(?: on)?\s+(?:\w+day,?\s+)?$",
                     text[max(0, pos - 40):pos], re.I):
            sat = d + timedelta(days=(5 - d.weekday()) % 7) if d.weekday() != 6 else d - timedelta(days=1)
            rel = release_date("mof.weekly", sat) or sat + timedelta(days=5)
            if best is None or rel > best[0]:
                best = (rel, d)
    return best
