"""`ustflow check` on the balance-of-payments lines below the accounts the releases name (session 35, from batch 28's
articles, opened as development), in real stories' sentences:

- charges for the use of intellectual property (知的財産権等使用料, 知財収支, "the intellectual property deficit") and its
  two parts, industrial property (工業権) and copyrights (著作権); telecommunications, computer and information services
  (通信・コンピューター・情報サービス); the income on direct investment (直接投資収益, "net income from direct investment"),
  its reinvested earnings and the income on portfolio investment ("the surplus from portfolio investment");
- the digital balance (「デジタル赤字」, "the digital deficit"): copyright charges, telecommunications, computer and
  information services and professional and management consulting summed, and a story that names it is one about the
  balance of payments; a level that fits the sum with computer services alone (Kyodo's) is supported on it;
- 同 right before a figure (工業権収支が同+526億円の+3,389億円) is the comparison told before it, a change;
- "a deficit of 80 billion yen that year": the year the sentence before named, not the sentence's other year;
- a country after "reflecting" is a cause ("reflecting a rise in the number of tourists from China"), not the owner;
  "surpassing ¥10 trillion" is a threshold; "The UK supplanted China as the second largest holder" ranks the UK.

Expected values are the store's own (``boj.bop``, JPY 100 mn; TIC's major foreign holders).
"""

from __future__ import annotations

import pytest

from tests.helpers import bop_span, by_claim, judged_bop, judged_place
from ustflow.views.check import check_text

SMDAM = ("財務省・日銀は8日、5月の国際収支状況(速報)を発表しました。そのうち「知的財産権等収支」は+2,754億円(月次データは季節調整前、"
         "以下同様)と前年同月比+556億円増加しました。同収支は工業権・鉱業権等使用料(以下工業権)収支と著作権等使用料(以下著作権)収支に"
         "分かれ、工業権収支が同+526億円の+3,389億円と大幅に増加しました。著作権収支は▲634億円と赤字ながら、同+31億円と赤字幅が縮小し"
         "ました。")
NIKKEIASIA = ("TOKYO -- Japan's net income from direct foreign investment topped net inflows from overseas assets like stocks "
              "and bonds in the six months through June -- a first on a half-year basis -- signaling that businesses are "
              "earning more of their profits abroad.\n\n"
              "Net income from direct investment, including dividends from foreign subsidiaries, rose 18% on the year to "
              "5.17 trillion yen ($46.5 billion), according to preliminary current-account data released Wednesday by the "
              "Finance Ministry. The surplus from portfolio investment fell 5% to 4.92 trillion yen.")
LANTERNA = ("Japan’s surplus in spending by overseas travelers declined in July from a year earlier as the number of "
            "visitors from South Korea tumbled.\n\n"
            "The travel account surplus — or the amount spent in Japan by foreign visitors minus that by Japanese "
            "traveling overseas — shrank 0.9 percent in July from a year earlier to ¥229.3 billion, according to current "
            "account data released Monday by the Finance Ministry.\n\n"
            "The decline in the travel account surplus helped cause a 32 percent rise in Japan’s service account deficit, "
            "the data showed.")
JIJI_CA = ("24年の経常収支は貿易赤字の縮小や海外への投資による配当金・利子の収益増で、過去最大となる29兆2615億円の黒字を確保した。")
JIJI_2025 = ("動画配信やクラウドサービスの利用が浸透する中、海外向けの支払いに伴う日本の「デジタル赤字」拡大が止まらない。2024年の国際収支"
             "速報によると、デジタルに関連した収支は6兆6506億円の赤字と過去最大を更新。比較可能な14年からの10年で3倍超に達した。\n\n"
             "特に通信・コンピューター・情報サービスの24年の赤字額は、前年比1.5倍の2兆4941億円に上った。")
YOMIURI = ("According to Mitsubishi Research Institute, Inc., the digital deficit reached about ¥5.5 trillion last year, an "
           "increase of approximately 160% from 2014.\n\n"
           "In 2023, Japan paid ¥9.2 trillion to businesses in foreign countries while Japan received ¥3.7 trillion from "
           "them. The digital deficit last year increased by more than ¥0.7 trillion from about ¥4.8 trillion in 2022.\n\n"
           "The figure was about ¥2.1 trillion in 2014 and has continued to rise.")
KYODO = ("国際収支でIT分野での資金流出を意味する「デジタル赤字」が膨らんでいる。財務省が10日発表した2024年の国際収支速報によると、"
         "過去最大の6兆4622億円となった。\n\n"
         "日本からのIT関連の輸出額から輸入額を差し引いたデジタル赤字は14年に2兆225億円だったが、24年には3倍超に拡大。")
JAPANTIMES = ("Japan's deficit in the balance of payments related to intellectual property has plummeted about 85 "
              "percent over the past decade, as more Japanese companies move to develop new technologies to enhance "
              "competitiveness.\n\n"
              "In 1992, Japan received 390 billion yen in intellectual property revenues -- or royalties on patents, "
              "trademarks and copyrights.\n\n"
              "In 2001, the revenues rocketed to 1.25 trillion yen. But the amount Japan paid to other countries for using "
              "patents and other properties increased only slightly over the decade, resulting in a deficit of 80 billion "
              "yen that year and marking a sharp decline from a deficit of 520 billion yen in 1992.")
JIJI_2017 = ("TOKYO (Jiji Press) — Japan’s current account surplus in April-September hit the highest level in 10 years, "
             "thanks to an increase in dividend income from overseas subsidiaries on the back of the brisk global economy, "
             "Ministry of Finance data showed Thursday.\n\n"
             "The surplus grew 11.7 percent from the same period last year to ¥11,533.9 billion, surpassing ¥10 trillion "
             "for three half-year periods in a row.\n\n"
             "The surplus in the travel account stood at ¥842.9 billion, a record high on a semiannual basis, reflecting a "
             "rise in the number of tourists from China and South Korea.")
ECONODAY = ("Among top foreign holders of U.S. Treasuries (long and short-term), Japanese accounts increased their holdings "
            "by $4.9 billion to $1,130.8 billion in March from $1,125.9 billion in February and $1,079.3 billion in "
            "January. The UK supplanted China as the second largest holder of U.S. Treasuries at $779.9 billion in March "
            "versus $750.3 billion in February and $740.2 in January.")
SZDAILY = ("JAPAN posted 12 straight monthly balance of payments gains in June, taking the half-year surplus to its highest "
           "in five years as overseas income and tourism receipts prospered.\n\n"
           "In the first half of this year, the current account surplus stood at 8.18 trillion yen, the largest since "
           "July-December in 2010, the ministry data showed.")
ASAHI = ("Foreign tourists were credited with helping Japan to achieve a record travel surplus of 336.8 billion yen ($2.3 "
         "billion) in July.\n\n"
         "The Finance Ministry, in releasing preliminary balance of payments statistics for July on Sept. 8, said it was "
         "the largest figure since records were first kept in 1996.")
_DIGITAL = ("bpbp6jynsn9062", "bpbp6jynsn907", "bpbp6jynsn9082")


@pytest.mark.parametrize("text,date,claim,verdict,code,first,last", [
    pytest.param(SMDAM, "2014-07-23", "+2,754億円", "contradicted", "bpbp6jynsn906", "2014-05", "2014-05", id="ip_charges"),
    pytest.param(SMDAM, "2014-07-23", "+3,389億円", "contradicted", "bpbp6jynsn9061", "2014-05", "2014-05",
                 id="industrial_property"),
    pytest.param(SMDAM, "2014-07-23", "▲634億円", "contradicted", "bpbp6jynsn9062", "2014-05", "2014-05", id="copyrights"),
    pytest.param(NIKKEIASIA, "2018-08-08", "5.17 trillion yen", "contradicted", "bpbp6jynpin21", "2018-01", "2018-06",
                 id="direct_investment_income"),
    pytest.param(NIKKEIASIA, "2018-08-08", "4.92 trillion yen", "contradicted", "bpbp6jynpin22", "2018-01", "2018-06",
                 id="portfolio_investment_income"),
    pytest.param(JIJI_2025, "2025-02-10", "2兆4941億円", "contradicted", "bpbp6jynsn907", "2024-01", "2024-12",
                 id="telecommunications_computer_information"),
    pytest.param(JAPANTIMES, "2002-08-16", "80 billion yen", "supported", "bpbp6jynsn906", "2001-01", "2001-12",
                 id="that_year_is_the_year_named_before"),
    pytest.param(JIJI_CA, "2025-02-10", "29兆2615億円", "contradicted", "bpbp6jyncb", "2024-01", "2024-12",
                 id="an_item_moving_in_a_noun_of_cause_is_not_the_figures"),
    pytest.param(JIJI_2017, "2017-11-09", "¥842.9 billion", "contradicted", "bpbp6jynsn2", "2017-04", "2017-09",
                 id="a_country_after_reflecting_is_a_cause"),
    pytest.param(SZDAILY, "2015-08-11", "8.18 trillion yen", "contradicted", "bpbp6jyncb", "2015-01", "2015-06",
                 id="a_span_of_months_after_since_is_the_records_not_the_figures"),
    pytest.param(JIJI_2017, "2017-11-09", "surpassing ¥10 trillion", "supported", "bpbp6jyncb", "2017-04", "2017-09",
                 id="surpassing_is_a_threshold"),
])
def test_a_line_below_the_accounts_is_judged_on_its_series(data, loaded_store, text, date, claim, verdict, code, first,
                                                           last):
    period = first if first == last else f"{first}..{last}"
    judged_bop(check_text(text, date=date, store=data), claim, (verdict, code, period),
               bop_span(loaded_store, code, first, last))


@pytest.mark.parametrize("claim,base", [("+526億円", "bpbp6jynsn9061"), ("+31億円", "bpbp6jynsn9062")])
def test_dou_before_a_figure_is_the_comparison_told_before(data, loaded_store, claim, base):
    rec = by_claim(check_text(SMDAM, date="2014-07-23", store=data), claim)
    want = bop_span(loaded_store, base, "2014-05", "2014-05") - bop_span(loaded_store, base, "2013-05", "2013-05")
    assert (rec["verdict"], rec["measure"]) == ("contradicted", "bop_change"), rec
    assert rec["official_value"] == pytest.approx(want), rec


@pytest.mark.parametrize("text,date,claim,verdict,year", [
    (YOMIURI, "2024-02-20", "about ¥2.1 trillion", "supported", "2014"),
    (YOMIURI, "2024-02-20", "about ¥4.8 trillion", "supported", "2022"),
    (YOMIURI, "2024-02-20", "about ¥5.5 trillion", "contradicted", "2023"),
    (JIJI_2025, "2025-02-10", "6兆6506億円", "contradicted", "2024"),
])
def test_the_digital_balance_is_three_lines_summed(data, loaded_store, text, date, claim, verdict, year):
    rec = by_claim(check_text(text, date=date, store=data), claim)
    want = -sum(bop_span(loaded_store, code, f"{year}-01", f"{year}-12") for code in _DIGITAL)
    assert (rec["verdict"], rec["official_period"]) == (verdict, f"{year}-01..{year}-12"), rec
    assert abs(rec["official_value"]) == pytest.approx(abs(want)), rec


def test_the_digital_balance_with_computer_services_alone_supports_a_level_that_fits_it(data, loaded_store):
    rec = by_claim(check_text(KYODO, date="2025-02-11", store=data), "2兆225億円")
    codes = ("bpbp6jynsn9062", "bpbp6jynsn9072", "bpbp6jynsn9082")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2014-01..2014-12"), rec
    assert abs(rec["official_value"]) == pytest.approx(abs(sum(bop_span(loaded_store, c, "2014-01", "2014-12")
                                                               for c in codes))), rec


def test_a_move_in_the_item_after_a_curly_possessive_is_the_items(data, loaded_store):
    rec = by_claim(check_text(LANTERNA, date="2019-09-09", store=data), "32 percent")
    now, before = (bop_span(loaded_store, "bpbp6jynsn", m, m) for m in ("2019-07", "2018-07"))
    assert (rec["verdict"], rec["measure"], rec["series"]) == ("contradicted", "bop_pct", "boj.bop.bpbp6jynsn"), rec
    assert rec["official_value"] == pytest.approx(100 * (now - before) / abs(before)), rec


def test_since_records_were_first_kept_is_on_record(data):
    rec = by_claim(check_text(ASAHI, date="2023-09-08", store=data), "the largest figure since records were first kept in 1996")
    assert (rec["verdict"], rec["series"], rec["official_period"]) == ("supported", "boj.bop.bpbp6jynsn2", "2023-07"), rec


def test_the_holder_that_supplanted_another_takes_the_place(data):
    got = check_text(ECONODAY, date="2025-05-16", store=data)
    judged_place(got, "as the second largest holder", "supported", 2, "2025-03", "united_kingdom")
    assert by_claim(got, "$750.3 billion")["verdict"] == "supported"


REUTERS = ("According to Japan’s Ministry of Finance data, domestic investors exited a net 2.36 trillion Japanese yen worth "
           "of overseas bonds last month, after selling a net 3.2 trillion in February.")


@pytest.mark.parametrize("claim,value", [("2.36 trillion Japanese yen", 2.36), ("3.2 trillion", 3.2)])
def test_japanese_yen_written_out_is_the_yen(data, claim, value):
    rec = by_claim(check_text(REUTERS, date="2022-04-08", store=data), claim)
    assert (rec["verdict"], rec["measure"], rec["unit"]) == ("supported", "flow", "JPY trillion"), rec
    assert rec["quantity"] == pytest.approx(value), rec


SHINCHO = ("財務省が10日発表した2023年度の国際収支(速報)は、貿易や投資による海外とのお金の出入りを示す経常収支が、25兆3390億円の黒字で"
           "過去最大となった。\n\n"
           "訪日外国人客が大幅に増えたことで、旅行収支は4兆2295億円(前年度比3.6倍)の黒字。一方、海外のネットサービスの利用増による"
           "「デジタル赤字」は拡大し、過去最大の約5.4兆円の赤字に。")
MYNAVI = ("財務省は9日、1月の国際収支状況(速報)を発表した。経常収支は1,728億円の赤字となった。\n\n"
          "経常収支のうち、貿易収支 / サービス収支は赤字。一方所得収支は、証券投資収益及び直接投資収益の黒字幅が縮小したことから"
          "9,924億円の黒字となった。")
DIAMOND = ("8月経常黒字、3.4倍=2.2兆円、貿易赤字縮小―財務省\n\n 財務省が10日発表した8月の国際収支速"
           "報によると、海外とのモノやサービスの取引、投資収益の状況を示す経常収支は前年同月比約3.4倍の2兆2"
           "797億円の黒字だった。黒字は7カ月連続。資源高の一服を背景に、輸入額が減少して貿易赤字が縮小したこ"
           "とが寄与した。 \n\n 輸出額から輸入額を差し引いた貿易収支は、7495億円の赤字で、前年同月の2兆4"
           "609億円の赤字から大幅に縮小した。輸出額は2.6%減の7兆8935億円。輸入額は石炭や天然ガスなど"
           "の減少で、18.2%減の8兆6430億円だった。\n\n 輸送や旅行などのサービス収支は3029億円の赤"
           "字。訪日客増加で旅行収支の黒字幅が8月としては過去最大となり、赤字幅が縮小した。\n\n 配当金や利子の"
           "収支を示す第1次所得収支は8.0%減の3兆6387億円の黒字だった。配当金など直接投資収益の減少で、"
           "黒字幅は過去最大だった前年同月から縮小したが、海外の金利上昇により証券投資収益が増え、8月では過去2"
           "番目に高い水準となった。\n")


def test_a_digital_level_far_from_both_sums_is_not_judged(data):
    rec = by_claim(check_text(SHINCHO, date="2024-05-10", store=data), "約5.4兆円")
    assert rec["verdict"] == "unverifiable" and "no official definition" in rec["explanation"], rec


def test_lines_below_an_account_in_a_clause_of_cause_leave_the_figure_the_accounts(data, loaded_store):
    judged_bop(check_text(MYNAVI, date="2009-03-09", store=data), "9,924億円",
               ("contradicted", "bpbp6jynpin", "2009-01"), bop_span(loaded_store, "bpbp6jynpin", "2009-01", "2009-01"))
    rec = by_claim(check_text(DIAMOND, date="2023-10-10", store=data), "過去2番目に高い")
    assert (rec["verdict"], rec["series"]) == ("supported", "boj.bop.bpbp6jynpin"), rec
