"""`ustflow check` on a MoF figure of two investor types together ("そのうち6.9兆円は銀行と生命保険会社によるもので",
"life insurers and trust banks bought ¥1.08 trillion"): the sum of the two types' series, not the first one's alone;
"銀行"/"banks" read as MoF's banks or its deposit-taking institutions (issue 13, session 14). One type alone keeps its
own series. Invented sentences; MoF monthly by investor type from the loaded store (April 2016, foreign long-term
debt: life insurers +9,820, trust accounts +969, deposit-taking -6,983; February-April 2016: deposit-taking plus life
insurers +68,802, life insurers alone +34,013)."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.views.check import check_text

DATE = "2016-05-17"


@pytest.mark.parametrize("text, fig, value", [
    ("2〜4月に外債を9.4兆円買い越した。そのうち6.9兆円は銀行と生命保険会社によるものだった。", "6.9兆円", 68802.0),
    ("In April, Japanese life insurers and trust banks bought a net 1.08 trillion yen of foreign bonds.",
     "1.08 trillion yen", 10789.0),
    ("4月は生命保険会社と信託銀行が外債を1兆789億円買い越した。", "1兆789億円", 10789.0),
])
def test_two_types_together_are_their_sum(data, text, fig, value):
    rec = by_claim(check_text(text, date=DATE, store=data), fig)
    assert rec["verdict"] == "supported" and rec["official_value"] == value


def test_one_type_alone_keeps_its_series(data):
    rec = by_claim(check_text("4月は生命保険会社が外債を9820億円買い越した。", date=DATE, store=data), "9820億円")
    assert rec["verdict"] == "supported" and rec["series"] == "mof.monthly.lt_debt.life_insurers.net"


def test_one_figure_each_with_respectively(data):
    text = ("Life insurers and investment trust management companies also increased their holdings, buying a net 530.9 "
            "billion yen and 251.4 billion yen, respectively.")
    recs = check_text(text, date="2025-06-10", store=data)
    assert all("+" not in (r.get("series") or "") for r in recs)
