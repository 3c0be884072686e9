"""`ustflow check` on balance-of-payments figures judged on another period than the one their story moved to (session 27,
batch 20 opened): real release stories' sentences, where the checker carried or kept a period that the claim's own
sentence or section had left:

- "黒字額は…最高だった07年度の24兆3376億円を上回った。…輸出は…2.1%増の101兆8666億円": a figure the story's figure went beyond
  (the old record) dates only itself, not the sentences after it (jiji, 10 May 2024); and "07年度の24兆3376億円を上回った" is
  that year's figure, no line crossed; "貿易収支の赤字幅縮小が主因で、黒字額は": the goods balance opens a cause clause;
- "for the first half of its fiscal year 2023": a possessive before the fiscal year (xinhua, 9 Nov 2023);
- "輸入額は前年同月18.2%減の8兆6,430億円": 前年同月 right before a rate is the base (比 left out), and "赤字幅は前年同月から
  1兆7,113億円縮んだ" a change (kouken, 10 Oct 2023);
- "2016年度(3月末まで)の経常黒字": the bracket glosses the fiscal year, no March of its own (cri, 17 May 2017);
- "併せて発表した2015年度上半期(4~9月)の国際収支状況によると…。\\n\\n貿易・サービス収支は1兆2,173億円の赤字": a later section
  on the span just released gives its figures the span, not the month of the story's first sentence (mynavi, 10 Nov 2015);
- "Japan's surplus grew 26.9 per cent to ¥15.65 trillion" in a story that opened on March: a level of the fiscal year's
  size, released that day, is the fiscal year's (domainb, 14 May 2010);
- "4月としては2010年の1兆5863億円以来の水準", "1月の経常収支の黒字幅としては、…2011年(6598億円)以来": the year of a
  month ranked among the same month of other years is that month of the year (bloomberg, 8 Jun 2015; sankeibiz, 9 Mar
  2016);
- "the highest amount since record keeping began in 1996. The primary income account surplus rose 2.9 percent to 20.56
  trillion yen, ..., while for the month of March alone, ... 2.98 trillion yen": when the data began is no period, and a
  change takes the period of the nearest level of its balance, not of one in another clause (arabstoday, 13 May 2016);
- "1月の4,373億円の赤字から2カ月ぶりに黒字に転換した。…1,021億円(前年同月比6,182億円減)": the side a balance turned from is
  a base, no period for the changes after it (mynavi, 10 Apr 2012); "6,809億円の黒字幅拡大": a change of the surplus's size
  (mynavi, 10 Aug 2009); "サービス収支は、…旅行収支の黒字幅拡大が寄与し、247億円の黒字": the travel balance opens a clause
  of what contributed (jiji, 12 Jan 2024);
- "輸出・輸入はともに10%以上増加": a figure said of both flows is judged on the first named (datamax, 8 Feb 2018; nikkei, 12 May
  2016); "サービス収支は3438億円の黒字で、黒字はコロナ前の2019年5月以来です": the look-back after a level is the run's, not the
  level's period (tbs, 8 Dec 2023).

Expected values are the store's own (``boj.bop``, JPY 100 mn).
"""

from __future__ import annotations

import pytest

from tests.helpers import bop_span, bop_span_pct, by_claim, judged_bop
from ustflow.views.check import check_text

_judged = judged_bop


def test_a_figure_surpassed_dates_only_itself(data, loaded_store):
    text = ("財務省が10日発表した2023年度の国際収支速報によると、海外とのモノやサービスの取引、投資収益の状況を示す経常収支は、"
            "25兆3390億円と過去最大の黒字となった。貿易収支の赤字幅縮小が主因で、黒字額は比較可能な1985年度以降で最高だった07年度の"
            "24兆3376億円を上回った。\n経常黒字額は前年度と比べ2.8倍となった。\n輸出は、半導体の供給制約が緩和した自動車が好調で"
            "2.1%増の101兆8666億円。")
    got = check_text(text, date="2024-05-10", store=data)
    _judged(got, "24兆3376億円", ("supported", "bpbp6jyncb", "2007-04..2008-03"),
            bop_span(loaded_store, "bpbp6jyncb", "2007-04", "2008-03"))
    _judged(got, "101兆8666億円", ("contradicted", "bpbp6jynex", "2023-04..2024-03"),
            bop_span(loaded_store, "bpbp6jynex", "2023-04", "2024-03"))


def test_the_first_half_of_its_fiscal_year(data, loaded_store):
    text = ("TOKYO, Nov. 9 (Xinhua) -- Japan posted a current account surplus of 12.71 trillion yen (about 84 billion U.S. "
            "dollars) for the first half of its fiscal year 2023, government data showed on Thursday. In goods trade, the "
            "country's deficit shrank 84.7 percent to 1.41 trillion yen for the reporting period, it said.")
    got = check_text(text, date="2023-11-09", store=data)
    _judged(got, "12.71 trillion yen", ("contradicted", "bpbp6jyncb", "2023-04..2023-09"),
            bop_span(loaded_store, "bpbp6jyncb", "2023-04", "2023-09"))
    _judged(got, "1.41 trillion yen", ("contradicted", "bpbp6jyntb", "2023-04..2023-09"),
            bop_span(loaded_store, "bpbp6jyntb", "2023-04", "2023-09"))


def test_a_base_right_before_a_rate_and_a_size_that_shrank(data, loaded_store):
    text = ("財務省が10月10日発表した8月の国際収支統計(速報)によると、海外とのモノやサービスなどの取引状況を示す経常収支は2兆2,797億円"
            "の黒字だった。貿易収支は7,495億円の赤字で、赤字幅は前年同月から1兆7,113億円縮んだ。輸入額は前年同月18.2%減の8兆6,430"
            "億円、輸出額は同「2.6%減の7兆8,935億円だった。")
    got = check_text(text, date="2023-10-10", store=data)
    _judged(got, "8兆6,430億円", ("contradicted", "bpbp6jynim", "2023-08"),
            bop_span(loaded_store, "bpbp6jynim", "2023-08", "2023-08"))
    _judged(got, "18.2%", ("contradicted", "bpbp6jynim", "2022-08 to 2023-08"),
            bop_span_pct(loaded_store, "bpbp6jynim", ("2023-08", "2023-08"), ("2022-08", "2022-08")))
    rec = by_claim(got, "1兆7,113億円")
    assert (rec["measure"], rec["series"], rec["official_period"]) == ("bop_change", "boj.bop.bpbp6jyntb",
                                                                      "2022-08..2023-08"), rec


def test_a_bracket_that_glosses_the_fiscal_year(data, loaded_store):
    text = ("日本財務省が11日に発表した2016年度の国際収支速報によりますと、日本の2016年度(3月末まで)の経常黒字は、前年度比13.1%増の"
            "20兆2000億円に達したことが分かりました。")
    got = check_text(text, date="2017-05-17", store=data)
    _judged(got, "20兆2000億円", ("contradicted", "bpbp6jyncb", "2016-04..2017-03"),
            bop_span(loaded_store, "bpbp6jyncb", "2016-04", "2017-03"))


def test_a_later_section_on_the_half_just_released(data, loaded_store):
    text = ("財務省は10日、2015年9月の国際収支状況(速報)を発表した。それによると、海外とのモノやサービスの取引状況などを示す経常収支は"
            "1兆4,684億円の黒字となった。\n\n貿易収支は823億円の黒字。\n\n2015年度上半期、旅行収支は過去最大の黒字\n\n"
            "併せて発表した2015年度上半期(4~9月)の国際収支状況(速報)によると、経常収支は8兆6,938億円の黒字となった。\n\n"
            "貿易・サービス収支は1兆2,173億円の赤字で、赤字幅は同5兆418億円縮小した。\n\n貿易収支は4,197億円の赤字。")
    got = check_text(text, date="2015-11-10", store=data)
    _judged(got, "823億円", ("contradicted", "bpbp6jyntb", "2015-09"), bop_span(loaded_store, "bpbp6jyntb", "2015-09", "2015-09"))
    _judged(got, "1兆2,173億円", ("contradicted", "bpbp6jynts", "2015-04..2015-09"),
            bop_span(loaded_store, "bpbp6jynts", "2015-04", "2015-09"))
    _judged(got, "4,197億円", ("contradicted", "bpbp6jyntb", "2015-04..2015-09"),
            bop_span(loaded_store, "bpbp6jyntb", "2015-04", "2015-09"))


def test_a_level_of_the_fiscal_years_size_in_a_story_of_march(data, loaded_store):
    text = ("Japan's current account surplus grew 65.1 per cent in March\n\n14 May 2010\n\nJapan's current account surplus "
            "rose 65.1 per cent to ¥2.53 trillion in March from a year ago, recording its first growth in two years the "
            "Japanes finance ministry said.\n\nJapan's surplus grew 26.9 per cent to ¥15.65 trillion, its biggest gain "
            "after a record fall brought about by the 2008 global financial crisis.")
    got = check_text(text, date="2010-05-14", store=data)
    _judged(got, "¥15.65 trillion", ("contradicted", "bpbp6jyncb", "2009-04..2010-03"),
            bop_span(loaded_store, "bpbp6jyncb", "2009-04", "2010-03"))
    _judged(got, "¥2.53 trillion", ("contradicted", "bpbp6jyncb", "2010-03"),
            bop_span(loaded_store, "bpbp6jyncb", "2010-03", "2010-03"))


@pytest.mark.parametrize("text, date, claim, month", [
    ("財務省が8日発表した4月の国際収支速報によると、経常収支は1兆3264億円の黒字だった。黒字額は前年同月の2208億円から大幅に増加し、"
     "4月としては2010年の1兆5863億円以来の水準", "2015-06-08", "1兆5863億円", "2010-04"),
    ("財務省が9日発表した1月の国際収支速報によると、経常収支は5208億円の黒字だった。1月の経常収支の黒字幅としては、東日本大震災"
     "直前の2011年(6598億円)以来の水準に回復した。", "2016-03-09", "6598億円", "2011-01"),
])
def test_the_year_of_a_month_ranked_among_the_same_month(data, loaded_store, text, date, claim, month):
    got = check_text(text, date=date, store=data)
    _judged(got, claim, ("supported", "bpbp6jyncb", month), bop_span(loaded_store, "bpbp6jyncb", month, month))


def test_data_began_is_no_period_and_a_change_takes_its_nearest_level(data, loaded_store):
    text = ("Japan's current account surplus hit 17.98 trillion yen (165.90 billion U.S. dollars) in fiscal 2015, the "
            "Finance Ministry has said.\n\nThe finance ministry noted, in addition, that the travel surplus hit 1.27 "
            "trillion yen, the highest amount since record keeping began in 1996, as the yen's weakness has given foreign "
            "visitors more purchasing power here. The primary income account surplus rose 2.9 percent to 20.56 trillion "
            "yen, showing a rise in earnings from foreign investments, the government also said, while for the month of "
            "March alone, it said the balance stood at 2.98 trillion yen, posting a surplus for the 21st straight month.")
    got = check_text(text, date="2016-05-13", store=data)
    _judged(got, "1.27 trillion yen", ("supported", "bpbp6jynsn2", "2015-04..2016-03"),
            bop_span(loaded_store, "bpbp6jynsn2", "2015-04", "2016-03"))
    _judged(got, "20.56 trillion yen", ("contradicted", "bpbp6jynpin", "2015-04..2016-03"),
            bop_span(loaded_store, "bpbp6jynpin", "2015-04", "2016-03"))
    _judged(got, "2.9 percent", ("contradicted", "bpbp6jynpin", "2014-04..2015-03 to 2015-04..2016-03"),
            bop_span_pct(loaded_store, "bpbp6jynpin", ("2015-04", "2016-03"), ("2014-04", "2015-03")))


def test_a_size_that_widened_and_a_side_turned_from(data, loaded_store):
    text = ("財務省は9日、海外とのモノやサービスの取引や投資の状況などを示す2月の国際収支状況(速報)を発表した。それによると、2月の経常"
            "収支は1兆1,778億円で、1月の4,373億円の赤字から2カ月ぶりに黒字に転換した。\n\n貿易収支は、5カ月ぶりの黒字となる1,021億円"
            "(前年同月比6,182億円減)。")
    got = check_text(text, date="2012-04-10", store=data)
    _judged(got, "4,373億円", ("contradicted", "bpbp6jyncb", "2012-01"), bop_span(loaded_store, "bpbp6jyncb", "2012-01", "2012-01"))
    _judged(got, "6,182億円", ("contradicted", "bpbp6jyntb", "2011-02..2012-02"),
            bop_span(loaded_store, "bpbp6jyntb", "2012-02", "2012-02") - bop_span(loaded_store, "bpbp6jyntb", "2011-02", "2011-02"))
    text = ("財務省は10日、6月の国際収支状況(速報)を発表した。貿易収支 / サービス収支 / 所得収支 / 経常移転収支の合計を指す「経常収支」"
            "は、貿易収支と所得収支の黒字幅が拡大したことなどが要因で、1兆1,525億円の黒字となった。前年同月と比べると、6,809億円の"
            "黒字幅拡大。")
    got = check_text(text, date="2009-08-10", store=data)
    judged_bop(got, "6,809億円", ("contradicted", "bpbp6jyncb", "2008-06..2009-06"),
               bop_span(loaded_store, "bpbp6jyncb", "2009-06", "2009-06") - bop_span(loaded_store, "bpbp6jyncb", "2008-06", "2008-06"),
               measure="bop_change")


def test_an_item_that_contributed_opens_a_cause(data, loaded_store):
    text = ("財務省が12日発表した2023年11月の国際収支速報によると、海外とのモノやサービスの取引、投資収益の状況を示す経常収支は1兆"
            "9256億円の黒字だった。\nサービス収支は、訪日客増加による旅行収支の黒字幅拡大が寄与し、247億円の黒字(前年同月は1245億円の"
            "赤字)に転じた。")
    got = check_text(text, date="2024-01-12", store=data)
    _judged(got, "247億円", ("contradicted", "bpbp6jynsn", "2023-11"), bop_span(loaded_store, "bpbp6jynsn", "2023-11", "2023-11"))


def test_exports_and_imports_both_and_a_look_back_after_a_level(data, loaded_store):
    text = ("財務省が8日発表したところによると、2017年の日本の国際収支のうち経常収支は21兆8,742億円だった。\n\n輸出・輸入はともに10%"
            "以上増加したが、輸入の伸びが輸出を上回ったため、黒字幅が圧縮された。")
    got = check_text(text, date="2018-02-08", store=data)
    _judged(got, "10%", ("supported", "bpbp6jynex", "2016-01..2016-12 to 2017-01..2017-12"),
            bop_span_pct(loaded_store, "bpbp6jynex", ("2017-01", "2017-12"), ("2016-01", "2016-12")))
    text = ("財務省が発表したことし10月の国際収支によりますと、海外との貿易や投資で日本がどれだけ稼いだかを示す経常収支は、前の年の同じ月"
            "に比べて2兆7318億円増え、2兆5828億円の黒字でした。また、輸送や旅行などのサービス収支は3438億円の黒字で、黒字はコロナ前の"
            "2019年5月以来です。")
    got = check_text(text, date="2023-12-08", store=data)
    _judged(got, "3438億円", ("contradicted", "bpbp6jynsn", "2023-10"), bop_span(loaded_store, "bpbp6jynsn", "2023-10", "2023-10"))
