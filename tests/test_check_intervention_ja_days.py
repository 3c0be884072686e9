"""`ustflow check` on a Japanese day of an intervention told without its month (session 24): a day after a month the
sentence names ("去年10月、…21日には、一日で5兆6202億円": October's 21st), a day of a list joined by には, 翌 or ・
("7月11日には3兆1678億円、翌12日には2兆3670億円", "7月11日に3.1兆円・12日に2.3兆円"), not "1日の金額としては" (one
day's amount), and a Japanese headline on its own line, whose period is not the lede's day of release ("財務省は30日、").
Real articles' sentences (NTV, NHK, Fuji TV, Reuters Japan, J-CAST); MoF's operations from the loaded store."""

from __future__ import annotations

import pytest

from tests.helpers import verdict_value_period
from ustflow.views.check import check_text

NHK = ("財務省は、去年10月、32年ぶりの急速な円安に歯止めをかけるために政府・日銀が2回にわたって市場介入の事実を明らかに"
       "しない「覆面介入」を行い、21日には、一日で5兆6202億円とドル売り円買いの介入としては過去最大の資金を投じたことを明らかに"
       "しました。")
FUJI = ("この期間に政府・日銀は、7月11日と12日の二日連続で円買いドル売りの介入を実施し、7月11日には3兆1678億円、翌12日には"
        "2兆3670億円を投じていました。")
REUTERS = "ドル売り/円買い介入、 7月11日に3.1兆円・12日に2.3兆円=財務省"
JCAST = ("それによると、10月31日に1日の金額としては過去最大の8兆722億円の円売り介入の実施後、11月1~4日に合計約1兆195億円を"
         "「覆面介入」していた。")


@pytest.mark.parametrize("text, day, fig, value, period", [
    (NHK, "2023-02-07", "5兆6202億円", 5620.2, "2022-10-21"),
    (FUJI, "2024-11-08", "2兆3670億円", 2367.0, "2024-07-12"),
    (FUJI, "2024-11-08", "3兆1678億円", 3168.0, "2024-07-11"),
    (REUTERS, "2024-11-08", "3.1兆円", 3168.0, "2024-07-11"),
    (REUTERS, "2024-11-08", "2.3兆円", 2367.0, "2024-07-12"),
    (JCAST, "2012-02-07", "8兆722億円", 8072.0, "2011-10-31"),
])
def test_a_day_without_its_month_is_the_named_months(data, text, day, fig, value, period):
    assert verdict_value_period(check_text(text, date=day, store=data), fig) == ("supported", value, period)


@pytest.mark.parametrize("text, day, fig, value, period", [
    ("9月の為替介入規模、約2兆8000億円 過去最大規模\n"
     "財務省は30日、政府・日銀が9月に実施した円買いの為替介入の規模について、約2兆8000億円だったと発表しました。",
     "2022-09-30", "約2兆8000億円", 2838.2, "2022-09-22"),
    ("財務省 為替介入額6兆3499億円と発表\n財務省は31日、政府・日銀が10月に実施した為替介入額について6兆3499億円だったと"
     "発表しました。", "2022-10-31", "6兆3499億円", 6349.8, "2022-09-29..2022-10-27"),
])
def test_a_japanese_headline_is_not_dated_by_the_ledes_release_day(data, text, day, fig, value, period):
    first = check_text(text, date=day, store=data)[0]
    assert first["claim"] == fig
    assert (first["verdict"], round(first["official_value"], 1), first["official_period"]) == ("supported", value, period)
