"""`ustflow check` without --date: a story that names only the day of its release ("財務省は8日、2015年8月の…を発表
した", "[東京 8日 ロイター]") is dated by the publisher's calendar from the month of data the release sentence names
(issue 13, session 10). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from ustflow.check import prepare


def _found(text: str) -> tuple[date | None, str]:
    _, pub = prepare(text)
    return pub.date, pub.how


@pytest.mark.parametrize("text, want", [
    # MoF's monthly securities flows for month M come out in M+1
    ("財務省は10日、2024年5月の対外及び対内証券売買契約等の状況を発表した。海外投資家は日本株を売り越した。",
     date(2024, 6, 10)),
    ("財務省が11日発表した2023年12月の対外・対内証券投資によると、国内投資家は外債を買い越した。", date(2024, 1, 11)),
    # US Treasury (TIC) data for month M come out in M+2
    ("米財務省が17日発表した2024年3月末の国別の米国債保有残高によると、日本は首位を保った。", date(2024, 5, 17)),
    ("米国財務省は現地時間の18日に2023年10月の国際資本収支統計を公表した。中国の保有額は減った。", date(2023, 12, 18)),
    ("米財務省は15日、2021年末時点の米国債の国別保有残高を公表した。", date(2022, 2, 15)),
    # Japan's balance of payments for month M comes out in M+2
    ("財務省が10日発表した2024年5月の国際収支統計によると、国内投資家は米国債を買い越した。", date(2024, 7, 10)),
    ("日本财务省8日公布的2024年5月国际收支数据显示，日本投资者买入外国债券。", date(2024, 7, 8)),
    ("美国财政部15日公布的数据显示，2024年3月中国持有的美国国债减少。", date(2024, 5, 15)),
    # a wire's dateline with the day only, the month of data in the release sentence
    ("[東京 9日 ロイター] - 財務省が発表した2022年7月の対外証券投資で、国内投資家は外債を売り越した。",
     date(2022, 8, 9)),
])
def test_a_release_day_is_placed_by_the_publishers_calendar(text, want):
    got, how = _found(text)
    assert got == want, how
    assert "release day" in how


@pytest.mark.parametrize("text, why", [
    # the release sentence names no year: a record's month elsewhere does not date it
    ("財務省が9日発表した6月分の対外証券投資によると、生保は外債を買い越した。買い越し額は2019年4月以来の大きさ。"
     "過去最大は2016年8月の1兆円。", "not the month"),
    # a look-back's month is no data month
    ("財務省が8日発表した対外証券投資で、海外投資家の売り越し額は2018年2月(1兆円)以来の大きさとなった。", "not the month"),
    # weekly data: the day alone does not say the week's month
    ("財務省が12日発表した対外及び対内証券売買契約などの状況(週間・指定報告機関ベース)によると、3月1~7日の海外投資家は"
     "日本株を買い越した。2008年9月21日以来の大きさ。", "weekly"),
])
def test_a_release_day_that_cannot_be_placed_leaves_the_story_undated(text, why):
    got, how = _found(text)
    assert got is None
    assert why in how


@pytest.mark.parametrize("text, why", [
    ("財務省は30日、2022年9月の為替介入の実績を公表した。介入額は2兆8382億円だった。", "intervention"),
    ("財務省が9日発表した2024年5月の対外証券投資(週次)によると、海外投資家は日本株を売り越した。", "weekly"),
])
def test_release_days_of_other_calendars_leave_the_story_undated(text, why):
    got, how = _found(text)
    assert got is None
    assert why in how


def test_a_full_date_of_the_body_on_the_release_day_is_kept():
    got, _ = _found("財務省が12日発表した週間の対外証券投資によると、2025年3月12日までの1週間に海外投資家は日本株を買い越した。")
    assert got == date(2025, 3, 12)


@pytest.mark.parametrize("text", [
    "Custody holdings fell $104 billion last week. They are down only $17 billion from their level on March 13, 2013.",
    "Holdings rose $5 billion from the record high of January 4, 2022.",
    "Holdings are down $20 billion from their peak on Wednesday, June 5, 2019.",
])
def test_the_base_date_of_a_change_does_not_date_the_story(text):
    # "down $17 billion from their level on March 13, 2013": a past the story compares with, not its own time
    got, how = _found(text)
    assert got is None
    assert "references to the past" in how


def test_a_date_after_from_that_is_no_base_still_dates_the_story():
    got, _ = _found("Data from the Ministry of Finance on April 10, 2025 showed Japanese investors bought foreign bonds.")
    assert got == date(2025, 4, 10)


@pytest.mark.parametrize("head, want", [
    ("(Yicai Global) 1月21日-中国は2020年11月に米国債の保有を引き上げた。", date(2021, 1, 21)),
    ("【新華社】3月17日－中国は2025年1月に米国債を売り越した。", date(2025, 3, 17)),
])
def test_a_source_in_brackets_before_a_yearless_day_is_a_dateline(head, want):
    got, how = _found(head)
    assert got == want, how
    assert "dateline" in how
