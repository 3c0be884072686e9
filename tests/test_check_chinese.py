"""Chinese read through the Japanese grammar (``ustflow.check.chinese``, session 33).

Blind batch 26 brought the corpus's first Chinese articles (18, mainland, Hong Kong and Taiwan usage, simplified and
traditional script): the checker read 34 of their 219 claims right, nearly all the rest 'not extracted'. The sentences
below are theirs (Xinhua, AASTOCKS, cnfin, Wineast, Epoch Times Hong Kong), as the corpus keeps them; the official
values are the mirror's."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, judged
from ustflow.check.chinese import read
from ustflow.views.check import check_text

#: Xinhua in traditional script, with a scraper's pinyin glosses ("財(cái)政部"), 15 May 2013
XINHUA_TRAD = ("新華社華盛頓5月15日電 美國財(cái)政部15日公布的數(shù)據(jù)顯示,今年3月,美國最大債權(quán)國中國減持美國國債14億美元。"
               "\n\n美財(cái)政部的數(shù)據(jù)顯示,中國當(dāng)月持有美國國債1.2505萬億美元,低于前一個(gè)月修正后的1.2519萬億美元。")
#: AASTOCKS, simplified, 16 August 2023
AASTOCKS = "美国财政部数据显示,中国6月减持美债113亿美元,连续第三个月减持美债,至总额8,354亿美元,为2009年以来最低,但仍为美国第二大「债主」。"


def test_the_reading_keeps_the_original_words_for_every_claim():
    """Terms, numerals and word order are rewritten for the grammar; a claim is quoted as the article wrote it."""
    r = read(AASTOCKS)
    assert "113億ドル減らした" in r.text and "連続3カ月" in r.text and "8,354億ドル" in r.text
    assert r.quote("113億ドル減らした") == "减持美债113亿美元"
    assert r.quote("8,354億ドル") == "8,354亿美元"
    t = read(XINHUA_TRAD)
    assert "(cái)" not in t.text and "1.2519兆ドル" in t.text
    assert t.quote("1.2519兆ドル") == "1.2519萬億美元"


def test_holdings_their_change_and_the_month_before_in_traditional_script(data):
    got = check_text(XINHUA_TRAD, date="2013-05-16", store=data)
    # "低于前一个月修正后的1.2519万亿美元": the month before's level, as revised
    judged(got, "1.2519萬億美元", ("supported", "holdings_level", "tic.holdings.china_mainland", "2013-02"), 1251.9)
    # the first print, revised since
    rec = judged(got, "1.2505萬億美元", ("contradicted", "holdings_level", "tic.holdings.china_mainland", "2013-03"),
                 1270.3)
    assert "possible_revision" in rec["flags"]
    # "减持美国国债14亿美元": a cut of $1.4 billion (the amount after its verb, as Chinese writes it)
    rec = by_claim(got, "14億美元")
    assert rec["measure"] == "holdings_change" and rec["official_period"] == "2013-02 to 2013-03", rec
    assert all(r["text"] in XINHUA_TRAD for r in got)  # every sentence quoted as written


def test_a_cut_its_run_and_the_level_it_left(data):
    got = check_text(AASTOCKS, date="2023-08-16", store=data)
    rec = by_claim(got, "113亿美元")
    assert (rec["verdict"], rec["measure"], rec["official_period"]) == \
        ("contradicted", "holdings_change", "2023-05 to 2023-06"), rec  # -10.9 today: the first print, revised
    assert rec["official_value"] == pytest.approx(-10.9, abs=0.05)
    rec = by_claim(got, "连续第三个月")
    assert (rec["verdict"], rec["official_value"], rec["official_period"]) == ("supported", 3.0, "2023-06"), rec
    judged(got, "8,354亿美元", ("contradicted", "holdings_level", "tic.holdings.china_mainland", "2023-06"), 835.8)


def test_weekly_flows_the_previous_figure_and_an_earlier_print(data):
    """cnfin, 19 July 2013: "前值" is the week before's figure; "由…修正为…" names the earlier print (not judged) and the
    revised one."""
    text = ("日本財务省周五(7月19日)公布的数据显示,7月12日当周(7月7-13日当周),外国投资者净买进日本股票和日本债券。\n\n"
            "日本7月12日当周净卖出外国股票882亿日元,前值净卖出141亿日元。\n\n"
            "7月12日当周外资净买进日股3982亿日元,前值由净买入4869亿日元修正为净买入4853亿日元。")
    got = check_text(text, date="2013-07-19", store=data)
    assert by_claim(got, "882亿日元")["official_period"] == "2013-07-07..2013-07-13"
    rec = by_claim(got, "141亿日元")
    assert (rec["verdict"], rec["official_value"], rec["official_period"]) == \
        ("supported", -141.0, "2013-06-30..2013-07-06"), rec
    assert by_claim(got, "4869亿日元")["verdict"] == "unverifiable"  # the print before the revision
    rec = by_claim(got, "4853亿日元")
    assert (rec["verdict"], rec["official_value"]) == ("supported", 4853.0), rec


def test_the_current_account_its_run_and_a_seasonally_adjusted_aside(data):
    """Xinhua, 11 October 2023 (simplified), and Epoch Times Hong Kong, 9 March 2022 (traditional): 顺差/逆差 are the
    surplus and deficit; "经季节性调整后" names the seasonally adjusted figure beside the story's unadjusted ones; an
    economists' forecast ("预期的逆差") is not the release's figure."""
    got = check_text("新华社东京10月10日电 日本财务省10日公布的国际收支初步统计报告显示,8月日本经常项目顺差约为去年同期的3倍,"
                     "达2.28万亿日元(1美元约合149日元),连续7个月实现顺差。", date="2023-10-11", store=data)
    rec = by_claim(got, "2.28万亿日元")
    assert (rec["verdict"], rec["official_period"], rec["series"]) == ("contradicted", "2023-08", "boj.bop.bpbp6jyncb"), rec
    rec = by_claim(got, "连续7个月")
    assert (rec["verdict"], rec["official_value"], rec["official_period"]) == ("supported", 7.0, "2023-08"), rec
    got = check_text("日本財務省今天(8日)公布最新國際收支初步數字,1月份錄得經常帳逆差11,887億日圓(約803億港元),數字差過預期的逆差"
                     "8,802億日圓。\n\n經季節性調整後1月份經常帳為順差1,917億日圓(約130億港元),按月下跌76.4%。",
                     date="2022-03-09", store=data)
    assert by_claim(got, "8,802億日圓")["verdict"] == "unverifiable"  # the forecast
    nsa, sa = by_claim(got, "11,887億日圓"), by_claim(got, "1,917億日圓")
    assert (nsa["official_period"], sa["official_period"]) == ("2022-01", "2022-01")
    assert nsa["official_value"] == pytest.approx(-6603.1, abs=0.1)  # not seasonally adjusted
    assert sa["official_value"] == pytest.approx(12986.2, abs=0.1)  # seasonally adjusted


def test_a_chinese_flash_quoted_in_a_japanese_post_is_read(data):
    """A Japanese post quoting Kyodo's Chinese flash (8 September 2023): the Chinese paragraphs are read, the Japanese
    ones as before; "以来同期新高" ranks July among the Julys."""
    text = ("- 経常収支は2.7717兆円(約1兆3800億元)の差額。\n\n快讯:日本7月经常项目顺差达到2.7万亿日元\n\n"
            "【共同社9月8日电】日本财务省8日公布的7月国际收支初值显示,经常项目为顺差2.7717万亿日元(约合人民币1380亿元)。"
            "顺差额创有可比数据的1985年以来同期新高。")
    got = check_text(text, date="2023-09-08", store=data)
    quoted = [r["claim"] for r in got]
    assert "2.7717万亿日元" in quoted and "2.7万亿日元" in quoted, quoted
    rec = by_claim(got, "2.7717万亿日元")
    assert (rec["verdict"], rec["official_period"]) == ("contradicted", "2023-07"), rec  # 2兆9382億円 today
    assert by_claim(got, "以来同期新高")["verdict"] == "supported"


def test_an_account_the_checker_does_not_cover_takes_no_item_from_before(data):
    """"金融帳錄得淨流出" (the financial account): its topic, not the secondary income named the paragraph before."""
    got = check_text("第二次所得收支為逆差1,355億日圓(約92億港元),按年逆差收窄37.8%。\n\n此外,金融帳錄得淨流出12,390億日圓"
                     "(約837億港元),按年上升22.5%。", date="2022-03-09", store=data)
    assert by_claim(got, "1,355億日圓")["official_value"] == pytest.approx(-1335.0, abs=0.1)  # secondary income
    assert by_claim(got, "12,390億日圓")["verdict"] == "unverifiable"


def test_the_dollar_yen_rate_and_a_level_touched_within_the_day(data):
    """The Paper, 8 November 2022: "美元兑日元攀升至日高151.94" is the day's high, which the daily series cannot show."""
    got = check_text("在10月21日,日元也有一次短暫劇烈震蕩。當天,美元兌日元攀升至日高151.94,隨后短線迅速下行。",
                     date="2022-11-08", store=data)
    rec = got[0]
    assert "151.94" in rec["claim"] and rec["verdict"] == "unverifiable" and rec["measure"] == "fx_level", rec


def test_japans_life_insurers_are_an_investor_type_not_nippon_life(data):
    """Stockstar, 9 August 2016: "日本寿险公司" (Japan's life insurers, MoF's investor type), not 日本生命 (one firm)."""
    got = check_text("8月8日,日本财务省公布对内对外证券投资数据。\n\n日本寿险公司7月买超约2万亿日元外债,超过3月创下的纪录1.4万亿日元。",
                     date="2016-08-09", store=data)
    judged(got, "约2万亿日元", ("supported", "flow", "mof.monthly.lt_debt.life_insurers.net", "2016-07"), 20378.0)
