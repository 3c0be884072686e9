"""`ustflow check` on balance-of-payments figures whose sentence refers back to a balance without naming it (session
23), in real release stories' sentences:

- an English subject that refers back ("It declined 84.2 percent in April", "Japan's surplus grew 26.9 per cent", "The
  balance ... stood at"), only to a sentence that names one balance (or, since session 24, one on the figure's side); the wire stories' gloss of the current account
  ("one of the widest gauges of international trade") names it;
- a sentence that names no item goes on about the balance before it, one sentence further back too ("…過去最小である。
  …季節調整済みでは6290億円の赤字である");
- a level in brackets after the period it is of ("2010年度(18兆2,687億円)に迫る水準", "07年(24兆9490億円)以来");
- "「第一次所得収支」の黒字幅が拡大。" names its topic through the quotes; "国際収支の黒字幅" is the current account's.

Expected values are the store's own (``boj.bop``, JPY 100 mn; percent changes recomputed from it).
"""

from __future__ import annotations

import pytest

from tests.helpers import bop_span, by_claim
from ustflow.views.check import check_text


def test_a_wire_story_referring_back_to_the_current_account(data, loaded_store):
    text = ("Japan's current account surplus in May dropped 27.9 percent from a year earlier as a continued rapid fall in "
            "the number of foreign visitors due to the coronavirus pandemic worsened the travel balance, government data "
            "showed Wednesday.\n\nThe balance, one of the widest gauges of international trade, stood at ¥1.18 trillion "
            "($11 billion), remaining in the black for the 71st straight month, the Finance Ministry said in a "
            "preliminary report.\n\nThe surplus shrank for the third month in a row. It declined 84.2 percent in April.")
    recs = check_text(text, date="2020-07-08", store=data)
    level = by_claim(recs, "¥1.18 trillion")
    assert (level["series"], level["verdict"]) == ("boj.bop.bpbp6jyncb", "contradicted"), level
    assert level["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jyncb", "2020-05", "2020-05")), level
    april = by_claim(recs, "84.2 percent")
    now, before = (bop_span(loaded_store, "bpbp6jyncb", m, m) for m in ("2020-04", "2019-04"))
    assert (april["series"], april["verdict"]) == ("boj.bop.bpbp6jyncb", "contradicted"), april
    assert april["official_value"] == pytest.approx(100 * (now - before) / abs(before)), april


def test_a_pronoun_after_two_balances_is_left(data):
    # (session 24: unless the figure names a side only one of them was named on, "It logged a ¥25.0 billion surplus":
    # the travel surplus, ``test_check_bop_periods_s24``; a move names none)
    text = ("The services trade balance logged a deficit of ¥480.9 billion, more than tripling from the previous year's "
            "deficit of ¥142.2 billion, as the travel surplus continued to see a significant fall due to strict travel "
            "restrictions.\n\nIt fell 91.6% in January from a year earlier.")
    recs = check_text("Japan's current account surplus for January dropped from a year earlier.\n\n" + text,
                      date="2021-03-08", store=data)
    got = by_claim(recs, "91.6%")
    assert got["verdict"] == "unverifiable" and not str(got.get("series") or "").startswith("boj.bop"), got


def test_japan_s_surplus_is_the_current_account(data, loaded_store):
    text = ("Japan's current account surplus rose 65.1 per cent to ¥2.53 trillion in March from a year ago, recording its "
            "first growth in two years the Japanes finance ministry said.\n\nJapan's surplus grew 26.9 per cent to ¥15.65 "
            "trillion, its biggest gain after a record fall brought about by the 2008 global financial crisis.")
    got = by_claim(check_text(text, date="2010-05-14", store=data), "¥15.65 trillion")
    assert got["series"] == "boj.bop.bpbp6jyncb" and got["verdict"] == "contradicted", got


def test_a_sentence_naming_no_item_goes_on_about_the_one_before(data, loaded_store):
    text = ("財務省が発表した2022年7月の国際収支統計よると、貿易や投資によるお金の出入りを示す経常収支は2290億円の黒字だった。"
            "前年同月比では約9割のマイナスであり、7月の黒字額としては、比較可能な1985年以降、過去最小である。"
            "これは季節ごとの調整を行っていない数字だが、季節調整済みでは6290億円の赤字である。")
    got = by_claim(check_text(text, date="2022-09-09", store=data), "6290億円")
    assert (got["series"], got["verdict"]) == ("boj.bop.bpbp6jyacbx12", "contradicted"), got
    assert got["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jyacbx12", "2022-07", "2022-07")), got


@pytest.mark.parametrize("text,date,claim,span", [
    ("財務省は5月12日、2015年度の国際収支状況(速報)を発表した。それによると、海外とのモノやサービスの取引状況などを示す経常収支は"
     "17兆9,752億円の黒字となった。\n\n経常収支は、貿易収支とサービス収支が赤字幅を縮小したことなどから、黒字幅は前年比9兆2,507億円"
     "拡大。東日本大震災が年度末に発生した2010年度(18兆2,687億円)に迫る水準まで回復した。", "2016-05-13", "18兆2,687億円",
     ("2010-04", "2011-03")),
    ("財務省が8日発表した2017年の国際収支速報によると、海外とのモノやサービス、投資の取引状況を示す経常収支は前年比7.5%増の21兆8742"
     "億円の黒字だった。増加は3年連続で、リーマン・ショック前年の07年(24兆9490億円)以来、10年ぶりの高い水準を記録した。",
     "2018-02-09", "24兆9490億円", ("2007-01", "2007-12")),
])
def test_a_level_in_brackets_after_its_period(data, loaded_store, text, date, claim, span):
    got = by_claim(check_text(text, date=date, store=data), claim)
    assert (got["series"], got["verdict"]) == ("boj.bop.bpbp6jyncb", "supported"), got
    assert got["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jyncb", *span)), got


def test_a_quoted_topic_and_the_balance_of_payments_surplus(data, loaded_store):
    text = ("財務省がきょう発表した5月の国際収支によると、経常収支は2兆8499億円の黒字。海外の金利の上昇や円安の進行などを背景に、海外で持つ"
            "資産による利子や配当収入などを表す「第一次所得収支」の黒字幅が拡大。比較が可能な1985年以降最大となる4兆2111億円の黒字となった。")
    got = by_claim(check_text(text, date="2024-07-08", store=data), "4兆2111億円")
    assert got["series"] == "boj.bop.bpbp6jynpin", got
    assert got["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jynpin", "2024-05", "2024-05")), got
    text = "15年12月の国際収支の黒字幅は前年同月比7348億円増の9607億円で、18カ月連続の経常黒字となった。"
    got = by_claim(check_text(text, date="2016-02-08", store=data), "9607億円")
    assert (got["series"], got["verdict"]) == ("boj.bop.bpbp6jyncb", "contradicted"), got
    assert got["official_value"] == pytest.approx(bop_span(loaded_store, "bpbp6jyncb", "2015-12", "2015-12")), got


def test_the_amount_of_surplus_and_a_rate_as_the_topic(data, loaded_store):
    text = ("On the other hand, the ``primary income balance'', which shows earnings such as dividends and interest received "
            "by Japanese companies from overseas subsidiaries, was a surplus of 35.3087 trillion yen.\n\nAgainst the backdrop "
            "of soaring energy and resource prices, the profit of general trading company subsidiaries increased, and the "
            "amount of surplus increased by 8,727.3 billion yen from the previous year, reaching a record high.")
    got = by_claim(check_text("Japan's current account surplus for 2022 fell.\n\n" + text, date="2023-02-08", store=data),
                   "8,727.3 billion yen")
    change = bop_span(loaded_store, "bpbp6jynpin", "2022-01", "2022-12") - bop_span(loaded_store, "bpbp6jynpin", "2021-01",
                                                                                     "2021-12")
    assert (got["series"], got["verdict"]) == ("boj.bop.bpbp6jynpin", "contradicted"), got
    assert got["official_value"] == pytest.approx(change), got
    text = ("財務省が12日発表した2013年度の国際収支状況(速報)によると、海外とのモノやサービスなどの総合的な取引状況を示す経常収支は7899億円の"
            "黒字だった。黒字額は3年連続で減少し、現行基準で比較可能な1985年以降で過去最低となった。12年度比での減少率は81.3%とこれまでで"
            "最も大きい落ち込みとなった")
    got = by_claim(check_text(text, date="2014-05-12", store=data), "81.3%")
    now, before = bop_span(loaded_store, "bpbp6jyncb", "2013-04", "2014-03"), bop_span(loaded_store, "bpbp6jyncb", "2012-04",
                                                                                        "2013-03")
    assert (got["series"], got["verdict"]) == ("boj.bop.bpbp6jyncb", "contradicted"), got
    assert got["official_value"] == pytest.approx(100 * (now - before) / abs(before)), got
