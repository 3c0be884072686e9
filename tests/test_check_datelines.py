"""`ustflow check` without --date: the publication date read from datelines in the forms wires and Japanese
papers print (issue 13, session 5). Invented headers; each says what was found and how."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import by_claim
from ustflow.check import prepare
from ustflow.views.check import check_text


def _found(text: str) -> tuple[date | None, str]:
    _, pub = prepare(text)
    return pub.date, pub.how


@pytest.mark.parametrize("head, want", [
    ("2024/11/07 18:05\nMinistry figures out today show residents buying overseas debt.", date(2024, 11, 7)),
    ("2024.11.7\n財務省が発表した対外証券投資", date(2024, 11, 7)),
    ("2024-11-7\nResidents bought overseas debt.", date(2024, 11, 7)),
    ("令和6年11月7日 18時05分\n財務省が発表した対外証券投資", date(2024, 11, 7)),
    ("平成元年3月2日\n大蔵省が発表した", date(1989, 3, 2)),
    ("Posted: 7th November 2024\nResidents bought overseas debt.", date(2024, 11, 7)),
    ("OSAKA, 7th of November, 2024 (Kyodo) - Residents bought overseas debt.", date(2024, 11, 7)),
    ("Last updated 11/27/2024\nResidents bought overseas debt.", date(2024, 11, 27)),
    ("Last updated 27.11.2024\nResidents bought overseas debt.", date(2024, 11, 27)),
])
def test_dateline_formats(head, want):
    got, how = _found(head)
    assert got == want, how


def test_a_day_and_month_that_could_be_either_are_not_guessed():
    # 07/11/2024 is 7 November or July 11: no date is better than a wrong one
    got, _ = _found("Last updated 07/11/2024\nResidents bought overseas debt.")
    assert got is None


def test_a_dateline_is_dated_by_its_own_day_not_a_later_date_in_the_line():
    # the week named in the lead is not the dateline: the year comes from it, the day from the dateline
    got, how = _found("SHANGHAI, Nov 8 (Xinhua) -- Residents bought overseas debt in the week to November 2, 2024.")
    assert got == date(2024, 11, 8)
    assert "dateline" in how


@pytest.mark.parametrize("head, want", [
    # the year is the first one that puts the dateline after the latest month the story names
    ("LONDON, Jan 14 (Reuters) - Residents bought overseas debt in November 2024, the ministry said.",
     date(2025, 1, 14)),
    ("LONDON, Nov 14 (Reuters) - Residents bought overseas debt in September 2024, the ministry said.",
     date(2024, 11, 14)),
    ("[ロンドン 11月14日 ロイター] - 財務省が発表した2024年9月の対外証券投資", date(2024, 11, 14)),
    ("11月14日 (ブルームバーグ) - 財務省が発表した2024年9月の対外証券投資", date(2024, 11, 14)),
])
def test_a_dateline_without_its_year_takes_it_from_the_months_named(head, want):
    got, how = _found(head)
    assert got == want
    assert "latest month mentioned" in how


def test_a_japanese_era_dateline_resolves_last_month(data):
    # 先月 (last month) in a story dated 令和7年5月20日 (2025-05-20) is April 2025, whatever the store's latest month
    r = check_text("令和7年5月20日\n財務省によると、日本の投資家は先月、対外中長期債を1兆円買い越した。", store=data)
    rec = by_claim(r, "1兆円")
    assert rec["publication_date"] == "2025-05-20"
    assert rec["publication_date_source"].startswith("the dateline")
    assert rec["official_period"] == "2025-04"


# ------------------------------------------------------------------ more dateline forms (session 9)
@pytest.mark.parametrize("head, want", [
    # wire datelines with their year, in the forms English, Japanese and Chinese outlets print them
    ("Dec. 18, 2025 -- Japanese investors bought overseas debt.", date(2025, 12, 18)),
    ("SINGAPORE, 18 December 2025 (Reuters) - Residents bought overseas debt.", date(2025, 12, 18)),
    ("Osaka July 22, 2024: Residents cut their holdings of overseas bonds for a fifth week.", date(2024, 7, 22)),
    ("London, 3 March 2023 - Residents bought overseas debt.", date(2023, 3, 3)),
    ("2025年4月10日 08:15\n財務省が発表した対外証券投資", date(2025, 4, 10)),
    ("発布时间：2025-04-10 09:30:00\n财政部数据显示", date(2025, 4, 10)),
    ("2025-04-10T08:13:00+09:00\nResidents bought overseas debt.", date(2025, 4, 10)),
    # a page's layout glues the wire's name to the date
    ("Foreigners sell bonds\n\nReutersApr 10, 2025 8:19 AM\n\nApril 10 (Reuters) - Foreigners sold bonds.",
     date(2025, 4, 10)),
    # a date line inside a byline, and a byline that ends with the date
    ("Holdings rise\n\nBy A. Writer | The Daily | Updated: 2024-11-07 18:05\n\nResidents bought.", date(2024, 11, 7)),
    ("Holdings rise\n\nBy Ann Writer and Bo Writer - Nov 7, 2024 10:33 PM CT\n\nResidents bought.", date(2024, 11, 7)),
    # a date line on a page in another European language
    ("Japonia kupuje obligacje\n\n7 listopada, 2024\n\nJapan bought overseas bonds.", date(2024, 11, 7)),
    ("Le Japon achète\n\n7 novembre 2024\n\nJapan bought overseas bonds.", date(2024, 11, 7)),
    ("Japón compra\n\n7 de noviembre de 2024\n\nJapan bought overseas bonds.", date(2024, 11, 7)),
    ("Japan kauft\n\n7. November 2024\n\nJapan bought overseas bonds.", date(2024, 11, 7)),
])
def test_more_dateline_formats(head, want):
    got, how = _found(head)
    assert got == want, how
    assert how.startswith(("the dateline", "the article's date line", "the byline")), how


def test_a_published_date_wins_over_an_updated_one():
    # the story was written when it was first published; an update days later does not move its "last month"
    got, how = _found("Updated: April 14, 2025\nPublished: April 10, 2025\nResidents bought overseas debt in March.")
    assert got == date(2025, 4, 10)
    assert "Published" in how


@pytest.mark.parametrize("text, want", [
    ("Japan buys\n\nResidents bought overseas debt in June.\n\nBanks led.\n\nInsurers sold.\n\n"
     "(The Daily Courier July 18, 2024)", date(2024, 7, 18)),
    ("日本が買い越し\n\n居住者は6月に対外証券を買い越した。\n\n銀行が主導した。\n\n生保は売り越した。\n\n"
     "「東洋経済日報」2024年7月18日", date(2024, 7, 18)),
])
def test_a_source_line_closing_the_excerpt_dates_it(text, want):
    got, how = _found(text)
    assert got == want
    assert how.startswith("the source line at the end"), how


def test_a_closing_sentence_with_a_figure_is_not_a_source_line():
    # a sentence about a day's figure is no credit line: the story is at least that recent, no more
    got, how = _found("Residents bought overseas debt.\n\nHoldings reached $1.2 trillion on April 3, 2025.")
    assert got == date(2025, 4, 3)
    assert how.startswith("inferred"), how


@pytest.mark.parametrize("head, want", [
    # the year in which the dateline's day is the weekday the story says the data came out, counting from the
    # latest month it names (however old: "the lowest since August 2017" dates nothing by itself)
    ("NEW YORK, June 17 (Reuters) - Japan's holdings rose to their highest since March 2019, data released on "
     "Tuesday showed.", date(2025, 6, 17)),
    ("NEW YORK June 17 Japan's holdings rose to their highest since March 2019, Treasury data showed on Tuesday.",
     date(2025, 6, 17)),
    ("新华社华盛顿6月17日电 美国财政部周二公布的数据显示，日本持有的美国国债增至2019年3月以来最高。 "
     "Data released on Tuesday showed it.", date(2025, 6, 17)),
    # a plan's month (the future of the story) bounds nothing
    ("TOKYO, Jan 8 (Reuters) - Japanese investors bought foreign bonds for a third week, the most since October "
     "2025, data showed on Thursday. The ministry plans to issue fewer bonds in the fiscal year beginning in April "
     "2027.", date(2026, 1, 8)),
])
def test_a_dateline_without_its_year_is_dated_by_the_release_weekday(head, want):
    got, how = _found(head)
    assert got == want, how
    assert "only year from" in how and "(the day the story says the data came out)" in how


@pytest.mark.parametrize("head, years", [
    # the weekday fits several years from the latest month named to today: not dated, the candidates named
    ("TOKYO, Aug 28 - Japanese investors sold foreign bonds last week, data showed on Thursday, the most on "
     "record going back to January 2005.", "2008, 2014, 2025"),
    ("WASHINGTON, May 15 (Reuters) - Japan's holdings of Treasuries stayed below their peak of November 2018, "
     "data showed on Wednesday.", "2019, 2024"),
])
def test_a_yearless_dateline_whose_weekday_fits_several_years_is_not_dated(head, years):
    got, how = _found(head)
    assert got is None and years in how and "not dated" in how, how


@pytest.mark.parametrize("head", [
    # only an old month named and no weekday: no year can be told, and none is guessed
    "LONDON, June 17 (Reuters) - Japan's holdings rose to their highest since March 2019.",
    "Dec. 18 -- China's holdings fell to their lowest since 2009, the lowest since May 2009.",
])
def test_a_dateline_without_its_year_and_only_older_months_is_not_dated(head):
    got, how = _found(head)
    assert got is None
    assert "names no year" in how


def test_the_weekday_must_fit_the_year_of_the_months_named():
    # "in March 2025" and a Thursday April 10: 2025 (April 10, 2025 was a Thursday)
    got, how = _found("TOKYO, April 10 (Reuters) - Japanese investors bought a net 1 trillion yen of foreign bonds "
                      "in March 2025, data showed on Thursday.")
    assert got == date(2025, 4, 10)
    assert "year of the latest month mentioned (2025-03)" in how


@pytest.mark.parametrize("text", [
    # dates the story puts in its past or its future bound nothing
    "Foreigners bought a net 2.08 trillion yen of Japanese bonds, the most since April 12, 2025, data showed on "
    "Thursday.",
    "The amount compares with the previous record of 2.62 trillion yen on April 10, 1998, Finance Ministry data "
    "showed Friday.",
    "Policymakers approved a plan to issue 17.4 trillion yen in the fiscal year beginning on April 1, 2026.",
])
def test_dates_in_the_past_or_future_of_the_story_do_not_date_it(text):
    got, how = _found(text)
    assert got is None
    assert "references to the past or the future" in how


def test_a_release_weekday_without_on_moves_the_latest_date():
    # "data released Tuesday showed ... between April 28 and May 27, 2026": the Tuesday after May 27
    got, how = _found("Government data released Tuesday showed that Japan spent 11.73 trillion yen to support the "
                      "currency between April 28 and May 27, 2026.")
    assert got == date(2026, 6, 2)
    assert how == "inferred: the Tuesday after the latest date mentioned (2026-05-27)"


def test_the_result_says_why_there_is_no_date(data):
    r = check_text("LONDON, June 17 (Reuters) - Japan's holdings of Treasuries rose to $1.1 trillion last month, "
                   "the highest since March 2019.", store=data)
    rec = by_claim(r, "$1.1 trillion")
    assert rec["publication_date"] is None
    assert "names no year" in rec["publication_date_source"]
    assert rec["verdict"] == "unverifiable"


def test_now_in_an_undated_article_is_not_the_stores_latest(data):
    # an undated story's "currently" is its own day, unknown: not the reader's today
    r = check_text("China, currently the second largest foreign holder of US Treasuries, cut its holdings.", store=data)
    rec = by_claim(r, "the second largest foreign holder")
    assert rec["verdict"] == "unverifiable"
    assert "no publication date" in rec["explanation"] and "pass --date" in rec["explanation"]


def test_a_dateline_dated_by_its_weekday_resolves_last_month(data):
    # NEW YORK, June 17, a Tuesday from March 2019 on: 2025; "last month" is May 2025
    r = check_text("NEW YORK, June 17 (Reuters) - Japan's holdings of U.S. Treasuries rose last month to their "
                   "highest since March 2019, data released on Tuesday showed.", store=data)
    assert r and r[0]["publication_date"] == "2025-06-17"
    assert "Tuesday" in r[0]["publication_date_source"]


@pytest.mark.parametrize("head, want", [
    # a date near the top that only a place, a source or a weekday precede, and a time, separator or tag follow
    ("Japan buys bonds\n\nApril 10, 2025 / 8:13 AM / Updated 2 years ago\n\nResidents bought overseas debt in "
     "March, data showed.", date(2025, 4, 10)),
    ("Japan buys bonds\n\nApril 10, 2025 8:13 AM EDT Updated 2 days ago\n\nResidents bought.", date(2025, 4, 10)),
    ("Japan buys bonds\n\nReuters | April 10, 2025 8:13 AM | Markets\n\nResidents bought.", date(2025, 4, 10)),
    ("WASHINGTON — Dec. 18, 2025 — Foreign holdings of Treasuries rose in October.", date(2025, 12, 18)),
    ("Tokyo (April 10, 2025) - Residents bought overseas debt in March.", date(2025, 4, 10)),
    ("TOKYO, April 10, 2025 /PRNewswire/ -- Residents bought overseas debt in March.", date(2025, 4, 10)),
    ("Thu 10 Apr 2025 08.13 BST\nResidents bought overseas debt.", date(2025, 4, 10)),
])
def test_dateline_with_a_time_source_or_tag(head, want):
    got, how = _found(head)
    assert got == want, how
    assert how.startswith("the dateline"), how


def test_a_headline_that_quotes_a_date_is_no_dateline():
    # the week a headline names is not the story's date: the week's release is (MoF's Thursday after)
    got, how = _found("Japanese Investors Sold The Most Since The Week To November 2, 2024\n\nResidents sold "
                      "overseas debt for a second week.")
    assert got != date(2024, 11, 2)
    assert not how.startswith("the dateline"), how


@pytest.mark.parametrize("text, want", [
    ("Published: 10/04/2025\n\nJapanese investors bought foreign bonds in March 2025.", date(2025, 4, 10)),
    ("Posted 04/10/2025\n\nJapanese investors bought foreign bonds in March 2025.", date(2025, 4, 10)),
    ("Published: 04.10.2025\n\nJapanese investors bought foreign bonds in August 2025.", date(2025, 10, 4)),
])
def test_a_day_and_month_that_could_be_either_are_read_by_the_month_the_story_reports(text, want):
    got, how = _found(text)
    assert got == want, how
    assert "the reading within four months after the latest month mentioned" in how


def test_a_day_and_month_that_could_be_either_with_both_readings_open_stay_undated():
    # April data: May 6 and June 5 both fit a story about it
    got, how = _found("Posted 05.06.2025\n\nJapanese investors bought foreign bonds in April 2025.")
    assert got is None
    assert "can be read as 2025-05-06 or 2025-06-05" in how


@pytest.mark.parametrize("text, want", [
    # a year only in the headline dates a yearless dateline when the release weekday fits it (or the next year, for
    # a January story about last year)
    ("Japan's 2025 foreign bond buying hits record\n\nDec. 18 -- Japanese investors bought foreign bonds, data "
     "showed on Thursday.", date(2025, 12, 18)),
    ("Japan's 2025 bond buying\n\nTOKYO, Jan 8 (Reuters) - Japanese investors bought, data showed on Thursday.",
     date(2026, 1, 8)),
    # the dateline's own weekday
    ("Thursday, April 10 (Reuters) - Japanese investors bought foreign bonds, the most since March 2019.",
     date(2025, 4, 10)),
])
def test_a_yearless_dateline_with_a_weekday_and_a_headline_year(text, want):
    got, how = _found(text)
    assert got == want, how


@pytest.mark.parametrize("text", [
    # a headline's year alone may be a forecast's: no weekday to confirm it, no date
    "Japan's 2026 bond buying seen slowing\n\nDec. 18 -- Japanese insurers plan to buy fewer foreign bonds.",
    # a year the headline names as the past dates nothing
    "China's holdings lowest since 2009\n\nDec. 18 -- China cut its holdings, data showed on Thursday.",
])
def test_a_headline_year_alone_does_not_date_a_dateline(text):
    got, how = _found(text)
    assert got is None
    assert "names no year" in how


@pytest.mark.parametrize("line", [
    # page headers of wires, papers and ministries, as a line under the headline
    "Source: Xinhua| 2024-11-07 09:30:45|Editor: huaxia",
    "Kyodo News | Nov 7, 2024, 18:05",
    "NHK WORLD-JAPAN: November 7, 2024 18:05 JST",
    "Mainichi Japan  November 7, 2024 (Mainichi Japan)",
    "Last Modified: November 7, 2024 8:13 AM",
    "发布日期：2024-11-07 09:30 来源：财政部 作者：某某 浏览次数：1234 次",
    "配信日：2024年11月7日 18:05 記事提供元：ロイター通信社 カテゴリ：マーケット",
    "掲載日時 2024年11月7日 18時05分 更新日時 2024年11月8日 08時00分 カテゴリ マーケット",
])
def test_page_header_lines(line):
    text = (f"Residents buy overseas debt\n{line}\nResidents bought a net 1 trillion yen of foreign bonds, data showed."
            "\nBanks led.\nInsurers sold.")
    got, how = _found(text)
    assert got == date(2024, 11, 7), how
    assert not how.startswith("inferred"), how


# ------------------------------------------------------------------ date lines are no prose
@pytest.mark.parametrize("line, want", [
    ("April 10, 2025 / 8:13 AM / Updated 2 years ago", True),
    ("Reuters | April 10, 2025 8:13 AM", True),
    ("2025年4月10日 18:05 日本経済新聞 電子版", True),
    ("(The Daily Courier July 18, 2009)", True),
    ("「東洋経済日報」2014年4月16日", True),
    ("Published: April 10, 2025", True),
    ("TOKYO, April 10, 2025 (Reuters) - Japanese investors sold foreign bonds for a third week running", False),
    ("Japan sold on April 10, 2025", False),
    ("Holdings were 1.2 trillion dollars on April 10, 2025", False),
    ("Japan Holdings Hit Record April 10, 2025", False),
])
def test_is_date_line(line, want):
    from ustflow.check.datelines import is_date_line

    assert is_date_line(line) is want


@pytest.mark.parametrize("line", ["2025年4月16日 18:05 日本経済新聞", "Reuters | April 16, 2025 8:13 AM",
                                  "April 16, 2025 / 8:13 AM / Updated 2 years ago"])
@pytest.mark.parametrize("where", ["top", "under the headline", "end"])
def test_a_date_line_changes_nothing_but_the_date(data, line, where):
    # the same verdicts as with --date and no date line: the line's date is no claim's period, and the headline stays
    # the headline wherever the line stands
    head, body = ("China's Treasury Holdings Fall To Lowest Since 2009",
                  "Japanese banks bought a net 1 trillion yen of foreign bonds, after 2 trillion yen of net buying in "
                  "the previous month. China's holdings of Treasuries fell to $765.4 billion in February, the lowest "
                  "since 2009. Japan's holdings rose $1.2 billion from the previous month.")
    text = {"top": f"{line}\n\n{head}\n\n{body}", "under the headline": f"{head}\n{line}\n\n{body}",
            "end": f"{head}\n\n{body}\n\n{line}"}[where]
    got = [(r["claim"], r["verdict"], r["official_period"], r["official_value"]) for r in check_text(text, store=data)]
    want = [(r["claim"], r["verdict"], r["official_period"], r["official_value"])
            for r in check_text(f"{head}\n\n{body}", date="2025-04-16", store=data)]
    assert got == want


@pytest.mark.parametrize("html", [
    # JSON-LD, skipped as text, names the page's own date; a sidebar's <time> dates another story
    '<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-11-07T18:05:00+09:00",'
    '"dateModified":"2024-11-09T01:00:00Z"}</script></head><body><aside><time datetime="2024-10-02">Oct 2</time> '
    'Other story</aside><article><h1>Japan buys</h1><p>Residents bought foreign bonds.</p></article></body></html>',
    '<html><body><aside><time datetime="2024-10-02">Oct 2</time></aside><article><time itemprop="datePublished" '
    'datetime="2024-11-07">November 7</time><p>Residents bought foreign bonds.</p></article></body></html>',
    '<html><head><meta property="article:published_time" content="2024-11-07T09:00:00Z"></head><body><time '
    'datetime="2024-10-02">Oct 2</time><p>Residents bought foreign bonds.</p></body></html>',
])
def test_a_pages_own_published_date_wins_over_other_times_on_it(html):
    _, pub = prepare(html)
    assert pub.date == date(2024, 11, 7), pub.how
    assert pub.how.startswith("the page's published date")


@pytest.mark.parametrize("text, want", [
    # Washington's Monday release is Tuesday in Tokyo: an Asian dateline on US data is the day after the weekday named
    # (the latest month named is March 2024: from then to today only one year has the weekday on that day)
    ("TOKYO, June 16 (Reuters) - Japan's holdings of U.S. Treasuries rose to the highest since March 2024, U.S. "
     "Treasury Department data showed on Monday.", date(2026, 6, 16)),
    ("NEW YORK, June 15 (Reuters) - Japan's holdings of U.S. Treasuries rose to the highest since March 2024, U.S. "
     "Treasury Department data showed on Monday.", date(2026, 6, 15)),
    # Tokyo's own data: the same day
    ("TOKYO, Aug 28 - Japanese investors sold foreign bonds last week, Ministry of Finance data showed on Thursday, "
     "the most since January 2024.", date(2025, 8, 28)),
])
def test_an_asian_dateline_on_us_data_is_a_day_ahead(text, want):
    got, how = _found(text)
    assert got == want, how


@pytest.mark.parametrize("line", ["June 2025", "Updated: June 2025", "2025年6月"])
def test_a_date_line_with_only_the_month_gives_no_date_and_says_so(line):
    got, how = _found(f"Japan's holdings\n\n{line}\n\nJapan's holdings of Treasuries rose, data showed.")
    assert got is None
    assert "names only the month" in how


@pytest.mark.parametrize("text, want", [
    # the release day named with its date is that day, not a week later
    ("Japanese investors bought foreign bonds, data released on Thursday, April 10, 2025 showed.", date(2025, 4, 10)),
    # a day of the data named with its weekday is not the release day: the verb's weekday is
    ("Holdings at the Fed fell to 3.1 trillion dollars on Wednesday, April 9, 2025, Fed data showed on Thursday.",
     date(2025, 4, 10)),
    ("On Friday, the ministry said residents bought foreign bonds in the week to April 5, 2025.", date(2025, 4, 11)),
])
def test_the_release_weekday_next_to_dates(text, want):
    got, how = _found(text)
    assert got == want, how
    assert how.startswith("inferred"), how


def test_the_latest_year_a_yearless_dateline_can_take_is_the_day_of_the_check(monkeypatch):
    # June 17 is a Tuesday in 2025 and again in 2031: checked in 2026 the story is from 2025; checked in 2031 it
    # may be from either year, and is not dated (USTFLOW_TODAY holds the day of the check; the tests fix it)
    head = ("NEW YORK, June 17 (Reuters) - Japan's holdings rose to their highest since March 2019, data released "
            "on Tuesday showed.")
    monkeypatch.setenv("USTFLOW_TODAY", "2026-12-01")
    assert _found(head)[0] == date(2025, 6, 17)
    monkeypatch.setenv("USTFLOW_TODAY", "2031-12-31")
    got, how = _found(head)
    assert got is None and "2025, 2031" in how and "not dated" in how, how


@pytest.mark.parametrize("text, want", [
    # an ordinary week: MoF's Thursday after the Saturday
    ("Japanese investors sold a net 1.2 trillion yen of foreign bonds in the week ending April 5, 2025.",
     date(2025, 4, 10)),
    # the year-end week: Thursday 2 January 2025 is a Tokyo holiday, the table came out on Monday 6 January
    ("Residents bought a net 300 billion yen of foreign stocks in the week ended December 28, 2024.",
     date(2025, 1, 6)),
    # Culture Day: Thursday 3 November 2022 is a Tokyo holiday, the week came out on Friday 4 November
    ("Japanese investors were net sellers of foreign bonds in the week through October 29, 2022.",
     date(2022, 11, 4)),
])
def test_a_week_ending_dates_the_story_by_the_release_calendar(text, want):
    got, how = _found(text)
    assert got == want, how
    assert how.startswith("inferred: MoF's release of the latest week mentioned"), how
