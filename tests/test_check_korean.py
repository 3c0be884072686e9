"""Korean read through the Japanese grammar (``ustflow.check.korean``): the figures (조/억/천), dates, runs and
look-backs, trades, investors and securities of Korean stories on MoF's securities flows and TIC's holdings.

The sentences are batch 26's Korean articles' own (Yonhap Infomax, News Tomato, Aju News, Newspim; the corpus's
first Korean articles, opened in session 33), cut to the sentences a claim needs; the TIC ones are written for the
test, in the words Yonhap uses. Wrong figures must stay wrong (a revised first print, a misprint)."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, judged, judged_place
from ustflow.check.korean import is_korean, read
from ustflow.views.check import check_text


@pytest.mark.parametrize("korean, japanese", [
    ("6조2천414억엔", "6兆2414億円"),  # 천 inside the 억 group
    ("4천152억엔", "4152億円"),
    ("3조 8844억엔", "3兆8844億円"),  # a space inside the figure
    ("1조 5000억 엔", "1兆5000億円"),
    ("5천억엔", "5千億円"),  # a round thousand of 억 (precise to it, as 5千億円)
    ("69조7천395억원", "69兆7395億ウォン"),  # won: a currency the checker has no rate for
    ("1조1천억 달러", "1兆1千億ドル"),
    ("463억7천만 달러", "463億7千万ドル"),
])
def test_korean_numerals_are_read_as_the_japanese_ones(korean, japanese):
    assert read(korean).text == japanese


def test_what_the_checker_quotes_is_the_articles_korean():
    text = "해외 투자자는 7월에 일본 단기 채권을 6조2천414억엔(약 69조7천395억원)어치 순매수했다."
    r = read(text)
    assert "海外投資家は7月に日本の短期債を6兆2414億円" in r.text
    assert r.quote("6兆2414億円") == "6조2천414억엔"
    assert r.quote(r.text) == text


def test_korean_is_told_from_japanese_chinese_and_english():
    assert is_korean("외국인 투자자들이 일본 주식시장에서 262억 엔을 순매도했다고 발표했다.")
    assert not is_korean("海外投資家は日本株を262億円売り越した。財務省が発表した対外及び対内証券売買契約等の状況。")
    assert not is_korean("Foreign investors sold a net 26.2 billion yen of Japanese stocks in the week to May 4.")


def test_a_monthly_story_its_run_its_look_back_and_the_size_said_apart(data):
    """Yonhap Infomax, 11 August 2020: July's record short-term purchase ("since January 2014, when comparable statistics
    begin": the statistics' start, as 統計開始以来), and "규모는 4천883억엔" (the size of the sale the sentence before names)."""
    got = check_text("해외 투자자는 7월에 일본 단기 채권을 6조2천414억엔(약 69조7천395억원)어치 순매수했다. 3개월 연속 "
                     "순매수로, 비교 가능한 통계가 있는 2014년 1월 이후 최대 규모다.\n\n주식 투자는 3개월 연속 순매도였다. "
                     "규모는 4천883억엔(5조4천537억원)이다.", date="2020-08-11", store=data)
    judged(got, "6조2천414억엔", ("supported", "flow", "mof.monthly.liabilities.st_debt.net", "2020-07"), 62414)
    # (quoted with the words "統計開始" was read from: a rewritten word stands for the whole match, ``check.rewrite``)
    judged(got, "비교 가능한 통계가 있는 2014년 1월 이후 최대", ("supported", "extreme", "mof.monthly.liabilities.st_debt.net",
                                                   "2020-07"), 62414)
    judged(got, "4천883억엔", ("supported", "flow", "mof.monthly.liabilities.equity.net", "2020-07"), -4883)
    runs = [r for r in got if r["claim"] == "3개월 연속"]
    assert [(r["verdict"], r["series"]) for r in runs] == [("supported", "mof.monthly.liabilities.st_debt.net"),
                                                           ("supported", "mof.monthly.liabilities.equity.net")]


def test_bought_x_against_sold_y_are_the_gross_columns(data):
    """News Tomato, 26 May 2011: "X억엔 매수에 Y억엔 매도로 총 Z억엔 순매수" (purchases of X against sales of Y, net Z):
    MoF's gross columns and the net; the equity cells are first prints revised since (contradicted)."""
    got = check_text("지난주(5월15일~21일) 외국인투자자들은 일본 주식시장에서 3조 8844억엔 매수에 3조8794억엔 매도로 총 "
                     "51억엔을 순매수했다고 밝혔다.\n\n일본내 중장기 채권에 대해서는 2조5797억엔 매수에 1조6729억엔 매도로 "
                     "총 9068억엔 순매수하며 5주연속 순매수를 이어갔다.", date="2011-05-26", store=data)
    week = "2011-05-15..2011-05-21"
    judged(got, "3조 8844억엔", ("contradicted", "flow", "mof.weekly.liabilities.equity.acq", week), 38886)
    judged(got, "3조8794억엔", ("contradicted", "flow", "mof.weekly.liabilities.equity.disp", week), 38795)
    judged(got, "2조5797억엔", ("supported", "flow", "mof.weekly.liabilities.lt_debt.acq", week), 25797)
    judged(got, "1조6729억엔", ("supported", "flow", "mof.weekly.liabilities.lt_debt.disp", week), 16729)
    judged(got, "9068억엔", ("supported", "flow", "mof.weekly.liabilities.lt_debt.net", week), 9068)
    judged(got, "5주연속", ("supported", "streak", "mof.weekly.liabilities.lt_debt.net", week), 5)


def test_the_largest_since_a_week_with_its_figure(data):
    """Aju News, 30 May 2013: "3월 17∼23일 기간 동안 9752억엔의 순매도액을 기록한 이후 최대" (the largest since it
    recorded a net sale of ¥975.2 billion in the week of March 17-23): a look-back from that week, whose figure is a
    claim of its own; the gross sides named as amounts (매입액, 매도액)."""
    got = check_text("30일 일본 재무성에 따르면 지난 주(5월 19∼25일) 외국인 투자자들의 일본 채권 매입액은 1조4255억엔을, "
                     "매도액은 1조8826억엔을 기록했다.\n\n이에 따라 지난 주 외국인 투자자들은 일본 채권을 4572억엔어치 "
                     "순매도한 것으로 나타났다.\n\n이는 올 3월 17∼23일 기간 동안 9752억엔의 순매도액을 기록한 이후 최대 "
                     "순매도액이다.", date="2013-05-30", store=data)
    week = "2013-05-19..2013-05-25"
    judged(got, "1조4255억엔", ("contradicted", "flow", "mof.weekly.liabilities.lt_debt.acq", week), 14164)
    judged(got, "1조8826억엔", ("contradicted", "flow", "mof.weekly.liabilities.lt_debt.disp", week), 18748)
    judged(got, "4572억엔", ("contradicted", "flow", "mof.weekly.liabilities.lt_debt.net", week), -4584)
    rec = next(r for r in got if r["claim"].endswith("기록한 이후 최대"))
    assert (rec["verdict"], rec["series"], rec["official_period"]) == \
        ("supported", "mof.weekly.liabilities.lt_debt.net", week), rec
    judged(got, "9752억엔", ("supported", "flow", "mof.weekly.liabilities.lt_debt.net", "2013-03-17..2013-03-23"), -9752)


def test_a_wrong_figure_is_still_caught(data):
    """Newspim, 10 May 2013: residents' net purchase of foreign bonds was 3,020, not 3,380 (a misprint); their
    first net purchase of foreign equity in four weeks (281, "280억 엔") is right."""
    got = check_text("일본 국내 투자자들은 지난주 해외주식을 280억 엔을 순매수해 4주 만에 순매수로 전환했다. 해외 "
                     "중장기채권 시장에서는 3380억 엔을 순매수했으며 단기채권 및 머니마켓에서는 549억 엔 순매도한 것으로 "
                     "집계됐다.", date="2013-05-10", store=data)
    week = "2013-04-28..2013-05-04"
    judged(got, "3380억 엔", ("contradicted", "flow", "mof.weekly.assets.lt_debt.net", week), 3020)
    judged(got, "4주 만에", ("supported", "first_since", "mof.weekly.assets.equity.net", week), 281)
    # "280억 엔" for 281: a last 億 group's one trailing zero is rounding (``numbers``), as the labels read it
    judged(got, "280억 엔", ("supported", "flow", "mof.weekly.assets.equity.net", week), 281)


def test_treasury_holdings_in_korean(data):
    """TIC in Yonhap's words (written for the test): a holder's level, its change on the month before (전월보다 ...
    줄었다), and the largest holder (최대 보유국) at June 2016, when China was first and Japan second."""
    got = check_text("미국 재무부가 15일(현지시간) 발표한 자료에 따르면 중국의 미 국채 보유액은 6월 말 현재 1조2천억 달러로 "
                     "전월보다 30억 달러 줄었다.\n\n일본은 최대 보유국 자리를 지켰다.", date="2016-08-16", store=data)
    judged(got, "1조2천억 달러", ("supported", "holdings_level", "tic.holdings.china_mainland", "2016-06"), 1240.8)
    judged(got, "30억 달러", ("supported", "holdings_change", "tic.holdings.china_mainland", "2016-05 to 2016-06"), -3.2)
    assert by_claim(got, "최대 보유국")["verdict"] == "contradicted"


def test_japanese_the_largest_since_a_week_named_by_its_days(data):
    """The same look-back in Japanese ("3月17日～23日(9752億円の売り越し)以来の大きさ"): since that week."""
    got = check_text("財務省によると、先週(5月19日～25日)の海外投資家の対内中長期債投資は4572億円の売り越しだった。これは"
                     "3月17日～23日(9752億円の売り越し)以来の大きさ。", date="2013-05-30", store=data)
    rec = next(r for r in got if r["measure"] == "extreme")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2013-05-19..2013-05-25"), rec
    judged(got, "9752億円", ("supported", "flow", "mof.weekly.liabilities.lt_debt.net", "2013-03-17..2013-03-23"), -9752)


def test_japanese_the_size_of_the_trade_the_sentence_before_names(data):
    got = check_text("海外投資家による対内株式投資は3カ月連続の売り越しだった。規模は4883億円。", date="2020-08-11", store=data)
    judged(got, "4883億円", ("supported", "flow", "mof.monthly.liabilities.equity.net", "2020-07"), -4883)


def test_reserves_yields_and_interventions_in_korean(data):
    """Written for the test in the words of Korean wire stories: reserves (외환보유액) are no holdings of Treasuries;
    a JGB yield (10년물 국채 금리) is MoF's; an intervention total (외환시장 개입 규모) is MoF's operations."""
    got = check_text("중국의 외환보유액은 9월 말 3조1151억 달러로 집계됐다. 중국의 8월 미 국채 보유액은 8054억 달러였다.",
                     date="2023-10-18", store=data)
    assert by_claim(got, "3조1151억 달러")["verdict"] == "unverifiable"
    judged(got, "8054억 달러", ("supported", "holdings_level", "tic.holdings.china_mainland", "2023-08"), 805.4)
    got = check_text("일본 10년물 국채 금리는 0.9%를 기록했다.", date="2024-04-30", store=data)
    judged(got, "0.9%", ("supported", "yield_level", "jgb.10y", "2024-04-26"), 0.925)
    got = check_text("일본 재무성은 31일 4월 26일부터 5월 29일까지 외환시장 개입 규모가 9조7885억엔이었다고 발표했다.",
                     date="2024-05-31", store=data)
    assert by_claim(got, "9조7885억엔")["verdict"] == "supported"


def test_a_holders_place_in_korean(data):
    """Places among TIC's holders (written for the test): "일본에 이어 두 번째로 많은" (second after Japan, a native
    numeral), "3위 보유국", "2위를 유지했다" at August and July 2023 (Japan first, China second, the UK third)."""
    got = check_text("중국은 일본에 이어 두 번째로 많은 미 국채를 보유하고 있다. 영국은 3위 보유국이다.", date="2023-10-18",
                     store=data)
    assert (by_claim(got, "두 번째로 많은")["verdict"], by_claim(got, "두 번째로 많은")["series"]) == \
        ("supported", "tic.holdings.china_mainland")
    assert (by_claim(got, "3위 보유국")["verdict"], by_claim(got, "3위 보유국")["official_value"]) == ("supported", 3.0)


def test_japans_life_insurers_are_an_investor_type_not_nippon_life(data):
    """"일본 생명보험사들" (Japan's life insurers, plural 들) is MoF's investor type, never the one insurer 日本生命 a bare
    "日本生命保険" would name."""
    assert read("일본 생명보험사들은 3월 해외 채권을 1천억엔 순매도했다.").text.startswith("日本の生命保険会社は3月外国債券を")
    got = check_text("일본 생명보험사들은 3월 해외 채권을 1천억엔 순매도했다.", date="2024-05-09", store=data)
    assert by_claim(got, "1천억엔")["series"] == "mof.monthly.lt_debt.life_insurers.net"


def test_a_korean_storys_lines_are_one_paragraph(data):
    """Yonhap via Hankyung, 8 April 2016: each sentence on a line of its own; the securities the lede names (주식) are
    those of the figure two lines on, as in one paragraph ("한편", meanwhile, would open another)."""
    got = check_text("일본 주식을 팔아치우고 떠나던 외국인들이 지난주 4조원대의 주식을 사들이면서 13주 만에 순매수를 "
                     "재개했다.\n\n8일 니혼게이자이 신문에 따르면 일본 재무성의 3월 27일부터 4월 2일까지 대내외 "
                     "증권매매계약을 집계한 결과 외국인 투자자의 매수우위 액수가 4천152억엔(약 4조4천억원)이었다.",
                     date="2016-04-08", store=data)
    judged(got, "4천152억엔", ("supported", "flow", "mof.weekly.liabilities.equity.net", "2016-03-27..2016-04-02"), 4152)
    assert "\n\n" not in read("지난주 순매수했다.\n\n규모는 4천152억엔이다.").text
    assert "\n\n" in read("지난주 순매수했다.\n\n한편 일본 투자자들은 해외 주식을 팔았다.").text


def test_a_run_counted_with_jjae(data):
    """Batch 27 (wowtv, 17 May 2011; Aju News, 18 September 2019): "5개월째 줄었다" (a fifth month of falls) and
    "두달째 ... 최대국 보유국" (a second month as the largest holder, a native numeral + 달) are runs, as 5カ月連続;
    "2위인 중국" (인, the copula before a noun) is 2位の中国."""
    assert read("5개월째 줄었다. 두달째 최대국 보유국 지위를 이어갔다. 3주째 감소세다.").text == \
        "5カ月連続減少し다。 2カ月連続最大保有国 지위를 이어갔다。 3週連続減少다。"
    got = check_text("이로써 중국의 미국 국채 보유량은 5개월째 줄었다.", date="2011-05-17", store=data)
    assert (by_claim(got, "5개월째")["verdict"], by_claim(got, "5개월째")["series"]) == \
        ("supported", "tic.holdings.china_mainland")
    got = check_text("일본이 두달째 미국 국채 최대국 보유국 지위를 이어갔다. 2위인 중국과의 격차도 더 벌렸다.",
                     date="2019-09-18", store=data)
    assert [(by_claim(got, c)["verdict"], by_claim(got, c)["series"]) for c in ("두달째", "2위")] == \
        [("supported", "tic.holdings.japan"), ("supported", "tic.holdings.china_mainland")]


def test_from_one_figure_to_another(data):
    """Shanghaibang, 23 October 2013 (batch 27): "7월 1조 1354억 달러에서 8월에는 1조1491억 달러로 늘렸다" (from X
    in July to Y in August): 에서 after a figure is から, so X is July's level, not August's (it was called
    contradicted)."""
    got = check_text("한편 2위인 일본의 미국국채 보유액은 7월 1조 1354억 달러에서 8월에는 1조1491억 달러로 늘렸다.",
                     date="2013-10-23", store=data)
    judged(got, "1조 1354억 달러", ("supported", "holdings_level", "tic.holdings.japan", "2013-07"), 1135.4)
    judged(got, "1조1491억 달러", ("supported", "holdings_level", "tic.holdings.japan", "2013-08"), 1149.1)
    assert by_claim(got, "2위")["verdict"] == "supported"


def test_balance_of_payments_items_named_before_bpm6(data):
    """Aju News, 8 July 2013 (batch 27): 소득수지 (所得収支, the income balance before BPM6), 경상이전수지 (経常移転収支),
    수출액 and 수입액 (exports, imports) are their own items, not the current account or the trade balance (the first
    prints, revised since, are contradicted on the right series)."""
    assert read("소득수지 경상이전수지 수출액이 수입액이").text == "所得収支経常移転収支輸出が輸入額が"
    got = check_text("일본 소득수지는 올해 5월 1조5228억엔의 흑자를 기록했다.\n\n반면 올해 5월 무역수지는 수출액이 "
                     "5조5269억엔, 수입액이 6조4336억엔으로 9067억엔의 적자를 기록했다.", date="2013-07-08", store=data)
    assert by_claim(got, "1조5228억엔")["official_value"] == pytest.approx(16691.5, abs=1)
    assert by_claim(got, "5조5269억엔")["official_value"] == pytest.approx(56089.2, abs=1)
    assert by_claim(got, "6조4336억엔")["official_value"] == pytest.approx(64227.1, abs=1)


def test_a_clause_that_qualifies_the_subject_keeps_its_own_period(data):
    """Newspim, 10 May 2013 (batch 26): "4월 한 달 3조 엔 이상 일본 주식을 순매수한 외국인투자자들이 지난 주 소폭 순매도
    했다" (foreign investors, who bought more than ¥3 trillion of Japanese stocks in April, sold a little last week):
    the figure is April's (30,805), not last week's sale; it was called contradicted."""
    got = check_text("4월 한 달 3조 엔 이상 일본 주식을 순매수한 외국인투자자들이 지난 주 소폭 순매도 했다.",
                     date="2013-05-10", store=data)
    judged(got, "3조 엔", ("supported", "flow", "mof.monthly.liabilities.equity.net", "2013-04"), 30805)


def test_look_backs_said_the_korean_way(data):
    """Batch 27: "6개월중 최저" (Shanghaibang: the lowest in six months, 6カ月ぶりの低水準), "이는 2016년 10월 이후
    최대치다" (Aju News: this is the largest since, これは), "가장 적은 수준" (the least), "올들어 9월 말까지" (wowtv: this
    year to the end of September, 今年1月から9月末まで)."""
    assert read("이는 2016년 10월 이후 최대치다. 이는 2017년 4월 이후 가장 적은 수준이다.").text == \
        "これは2016年10月以来最大다。 これは2017年4月以来最も少ない水準이다。"
    got = check_text("중국이 8월 미국 국채 보유량을 대폭 줄여 6개월중 최저로 떨어졌다.", date="2013-10-23", store=data)
    rec = by_claim(got, "6개월중 최저")
    assert (rec["verdict"], rec["series"], rec["official_period"]) == ("supported", "tic.holdings.china_mainland",
                                                                      "2013-08")
    got = check_text("니혼게이자이신문은 재무성의 자료를 인용해 올들어 9월 말까지 금융기관을 비롯한 일본 투자자의 외국채권 "
                     "순매수액은 20조9천400억엔으로 지난해 같은 기간보다 60% 급증했다고 보도했다.", date="2010-10-18",
                     store=data)
    judged(got, "20조9천400억엔", ("supported", "flow", "mof.monthly.assets.lt_debt.net", "2010-01..2010-09"), 209424)


def test_a_month_before_a_noun_is_its_period(data):
    """Aju News, 16 August 2013 (batch 27): "6월 일본의 미 국채 보유량은 203억 달러 줄어든 1조830억 달러로" (June's: 6月の
    日本の), not the month of the sentence before ("앞선 5월 중국의 ..."): June's fall, a first print revised since."""
    assert read("6월 일본의 미 국채 보유량은").text.startswith("6月の日本の米国債保有額は")
    got = check_text("앞선 5월 중국의 미국 국채 보유액이 1조3159억 달러로 사상 최대치를 기록하기도 했다.\n\n6월 일본의 미 국채 "
                     "보유량은 203억 달러 줄어든 1조830억 달러로 중국에 이어 2위를 유지했다.", date="2013-08-16", store=data)
    judged(got, "203억 달러", ("contradicted", "holdings_change", "tic.holdings.japan", "2013-05 to 2013-06"), -20.4)


def test_all_foreign_holders_and_a_level_fallen_below(data):
    """Shanghaibang, 23 October 2013 (batch 27): "중국을 포함한 해외에서의 미국국채 보유규모" (abroad, China included: all
    foreign holders) and "7월의 5조5939억 달러를 밑돌며" (below July's level): first prints, revised since."""
    got = check_text("8월까지 중국을 포함한 해외에서의 미국국채 보유규모는 5조5888억 달러로 7월의 5조5939억 달러를 밑돌며 "
                     "5개월 연속 감소세를 이어갔다.", date="2013-10-23", store=data)
    judged(got, "5조5888억 달러", ("contradicted", "holdings_level", "tic.holdings.grand_total", "2013-08"), 5595.8)
    judged(got, "5조5939억 달러", ("contradicted", "holdings_level", "tic.holdings.grand_total", "2013-07"), 5592.8)


def test_from_one_figure_to_another_the_move_said_last(data):
    """News1, 16 May 2024: "X에서 Y로 … 3개월 연속 줄었다" (from X to Y, the lowest since January 2010, a third month of
    falls): the move is the clause's last verb, read at Y too (XからYに減少し、…); X is February's level, Y March's."""
    got = check_text("중국의 보유액은 7674억달러에서 7652억달러로 2010년 1월 이후 최저로 3개월 연속 줄었다.", date="2024-05-16",
                     store=data)
    judged(got, "7674억달러", ("contradicted", "holdings_level", "tic.holdings.china_mainland", "2024-02"), 775.0)
    judged(got, "7652억달러", ("contradicted", "holdings_level", "tic.holdings.china_mainland", "2024-03"), 767.4)
    assert by_claim(got, "2010년 1월 이후 최저")["verdict"] == "contradicted"  # the lowest since April 2009
    assert by_claim(got, "3개월 연속")["verdict"] == "supported"
    # no move in the clause ("kept first place at Y", Herald, 19 November 2013): Y is the level the clause states
    assert "1兆2938億ドルで、" in read("중국은 전달인 1조2800억달러에서 2% 증가난 1조2938억달러로 1위 자리를 고수했으며, ").text


def test_foreign_held_treasuries_are_all_foreign_holders(data):
    """"외국이 보유한 미국 국채" (the Treasuries foreigners hold; 美 in a headline) = 外国が保有する米国債 (News1)."""
    assert read("외국 보유 美 국채 8.9조달러").text == "外国が保有する米国債8.9兆ドル"
    got = check_text("외국이 보유한 미국 국채는 8조9910억달러로 사상 최고를 기록했다.", date="2024-05-16", store=data)
    judged(got, "8조9910억달러", ("contradicted", "holdings_level", "tic.holdings.grand_total", "2024-03"), 8107.9)
    assert by_claim(got, "사상 최고")["verdict"] == "supported"


def test_as_of_a_month_and_a_level_compared(data):
    """Aju News, 19 November 2019: "9월 기준" (as of September) = 9月時点で, "전월 X 대비" (against the month before's X) =
    前月Xに比べ, and a figure's 로 after the won it converts to in brackets."""
    got = check_text("일본의 미국 국채 보유량은 올해 9월 기준 1조1500억 달러(약 1341조4750억원)로 전월 1조1700억 달러 대비 약 "
                     "289억 달러 감소했다.", date="2019-11-19", store=data)
    judged(got, "1조1500억 달러", ("supported", "holdings_level", "tic.holdings.japan", "2019-09"), 1146.2)
    judged(got, "1조1700억 달러", ("supported", "holdings_level", "tic.holdings.japan", "2019-08"), 1174.6)
    judged(got, "약 289억 달러", ("supported", "holdings_change", "tic.holdings.japan", "2019-08 to 2019-09"), -28.4)


def test_n_of_the_last_m_weeks_is_no_run():
    """"최근 5주 중 4주째 순매수" (net buying in four of the last five weeks; Yonhap Infomax): not four weeks running."""
    assert read("최근 5주 중 4주째 순매수를 이어갔다").text.startswith("直近5週のうち4週買い越しを")


def test_a_line_on_a_holder_of_its_own_is_a_paragraph_of_its_own(data):
    """Herald, 19 November 2013: a line on South Korea's holdings of last year ("지난해 9월엔": 엔 = 에는; "그 해 3월":
    that year's March), then one whose topic is China (중국은): China's figures are of the latest month, not carried
    from last year's."""
    got = check_text("지난해 2월 508억달러에 달하던 한국의 미 국채 보유액은 그 해 3월 427억달러로 급감한 뒤 지난해 9월엔 "
                     "421억달러까지 떨어진 바 있다.\n\n최대 채권국인 중국은 전달인 1조2800억달러에서 2% 증가난 "
                     "1조2938억달러로 1위 자리를 고수했다.", date="2013-11-19", store=data)
    judged(got, "427억달러", ("supported", "holdings_level", "tic.holdings.korea_south", "2012-03"), 42.7)
    judged(got, "421억달러", ("supported", "holdings_level", "tic.holdings.korea_south", "2012-09"), 42.1)
    judged(got, "1조2938억달러", ("supported", "holdings_level", "tic.holdings.china_mainland", "2013-09"), 1293.8)
    assert "\n\n" in read("지난주 순매수했다.\n\n중국은 1조엔을 보유했다.").text
    # (any holder the lexicon names in Japanese, Thailand's too)
    assert "\n\n" in read("지난주 순매수했다.\n\n태국은 600억 달러를 보유했다.").text


def test_an_intervention_said_as_the_trade_it_is(data):
    """SBS Biz, 1 October 2022: "달러를 팔아 매수한 엔화가 2조8382억엔" (the yen bought by selling dollars) is the
    intervention of 22 September 2022 (ドル売り円買い介入), not Japanese investors' trade in foreign bonds (it was called
    contradicted)."""
    got = check_text("일본이 엔화 가치 하락(엔저)을 저지하기 위해 지난달 22일 달러를 팔아 매수한 엔화가 2조8382억엔(약 28조2000억원)"
                     "으로 사상 최대를 기록했다고 니혼게이자이 신문이 보도했습니다.", date="2022-10-01", store=data)
    judged(got, "2조8382억엔", ("supported", "intervention", "mof.fx_intervention.amount", "2022-09-22"), 2838.2)
    assert "ドル売り円買いの為替介入" in read("약 24년 만에 달러를 팔아 엔화를 사들이는 외환 개입을 했습니다.").text


def test_short_and_long_term_government_bonds_and_a_sentences_last_trade(data):
    """Yonhap Infomax, 11 December 2025: "일본 단기 국채" (Japan's short-term bonds) = 日本の短期債, "장기 국채" = 中長期債,
    "순매도했다." ends the sentence (売り越しした。), "그 전주" (the week before that) = 前週."""
    got = check_text("반면 일본 단기 국채는 2주 연속 순유입이 이어지며 9천653억 엔 규모의 순매수가 발생했다.", date="2025-12-11",
                     store=data)
    judged(got, "9천653억 엔", ("contradicted", "flow", "mof.weekly.liabilities.st_debt.net", "2025-11-30..2025-12-06"), 9746)
    assert by_claim(got, "2주 연속")["verdict"] == "supported"
    assert read("해외 투자자들은 장기 국채를 순매도했다. 그 전주에는").text == "海外投資家は中長期債を売り越しした。 前週には"


def test_a_headline_and_the_date_line_under_it_stay_two_lines(data):
    """Korea Times US, 19 June 2018: the headline ends on a word read (감소), the date line under it is the article's
    date (it was joined to the headline, and the story had no date without --date)."""
    text = "미 국채보유고, 4월 58억 감소\n\n2018-06-19 (화)\n\n연방재무부는 중국의 미국 국채 보유액이 지난 4월에 58억달러 줄어 총 " \
           "1조1,800억달러를 기록했다고 밝혔다."
    assert "減少\n\n2018-06-19" in read(text).text
    rec = judged(check_text(text, store=data), "1조1,800억달러",
                 ("supported", "holdings_change", "tic.holdings.china_mainland", "2018-04"), 1181.9)  # (as the level)
    assert rec["publication_date"] == "2018-06-19"


def test_a_figures_move_and_the_level_it_left(data):
    """MBN, 18 December 2012: "123억달러가 감소해" (the figure as its move's subject) is the change; "X 증가한 Y에 달해"
    (reached Y) and "X 줄어든 Y로" (fell by X to Y) hold the level Y; 우리나라 (our country) is South Korea; 터키 Turkey."""
    got = check_text("국가별로는 중국이 전달보다 79억달러 증가한 1조1천615억달러에 달해 가장 많았습니다.\n\n우리나라는 전달에 비해 "
                     "5억달러 줄어든 416억달러로, 터키(516억달러)에 이어 23위에 올랐습니다.", date="2012-12-18", store=data)
    judged(got, "1조1천615억달러", ("contradicted", "holdings_level", "tic.holdings.china_mainland", "2012-10"), 1169.9)
    judged(got, "416억달러", ("contradicted", "holdings_level", "tic.holdings.korea_south", "2012-10"), 42.2)
    judged(got, "516억달러", ("supported", "holdings_level", "tic.holdings.turkey", "2012-10"), 51.6)
    judged_place(got, "23위", "contradicted", 26, "2012-10", "korea_south")
    got = check_text("일본의 미국 국채 보유액은 123억달러가 감소해 1조3,000억달러를 기록했다.", date="2018-06-19", store=data)
    judged(got, "123억달러", ("contradicted", "holdings_change", "tic.holdings.japan", "2018-03 to 2018-04"), -12.6)


def test_an_intervention_by_the_currency_market_cut_short(data):
    """Newskom, 1 November 2022: "환시 개입" (환시 = 외환시장) is an intervention, "달러 매도 및 엔화 매수 개입" a
    yen-buying one, "24년만에 처음으로" the first in 24 years (24年ぶりに)."""
    got = check_text("재무성의 지난달 31일 발표에 따르면 일본 외환당국은 최근 1개월(9월 29일~10월 27일)에 총액 6조 3499억엔 규모로 "
                     "환시 개입을 실시했다.", date="2022-11-01", store=data)
    judged(got, "6조 3499억엔", ("supported", "intervention", "mof.fx_intervention.amount", "2022-10-21..2022-10-24"), 6349.8)
    assert "24年ぶりに円安" in read("지난 9월 22일에 24년만에 처음으로 엔화 약세").text
    assert "円買い介入を" in read("달러 매도 및 엔화 매수 개입을 실시했다").text


def test_months_on_end_and_a_span_across_years():
    """Herald, 19 November 2013: "넉 달 동안 내리 감소했다" (fell four months on end; 넉 = four before 달) = 4カ月連続減少;
    FN News, 10 May 2024: "2023년 4월∼2024년 3월" (a fiscal year) = 2023年4月～2024年3月; 네덜란드 앤틸리스 is no Netherlands."""
    assert "4カ月連続減少" in read("외국의 미 국채 보유량은 넉 달 동안 내리 감소했다.").text
    assert "2023年4月～2024年3月" in read("2023회계연도(2023년 4월∼2024년 3월) 경상수지는").text
    assert "オランダ" not in read("네덜란드 앤틸리스제도와 파나마").text


def test_a_run_ended_and_islands_that_are_no_country():
    """Yonhap Infomax, 11 December 2025: "3주 연속 순매수 흐름을 마감했다" (closed three weeks of net purchases) =
    3週連続買い越しを終え (a run that ended); Herald: 버진아일랜드 (the Virgin Islands) is no Ireland, 케이먼군도 the Caymans."""
    assert "3週連続買い越しを終え" in read("해외 주식은 645억 엔 순매도해 3주 연속 순매수 흐름을 마감했다.").text
    assert "アイルランド" not in read("영국령 버진아일랜드").text
    assert read("케이먼군도").text == "ケイマン諸島"


def test_overtaking_a_holder(data):
    """Aju News, 18 September 2019: "6월 중국을 제치고 미국의 최대 국채 보유국으로 자리매김했다" (overtook China in June to
    become the largest holder of US government bonds) = 6月中国を抜いて米国の最大保有国になった."""
    got = check_text("일본은 앞서 6월 중국을 제치고 미국의 최대 국채 보유국으로 자리매김했다.", date="2019-09-18", store=data)
    judged_place(got, "최대 국채 보유국", "supported", 1, "2019-06", "japan")


def test_an_economists_forecast_before_its_figure(data):
    """News Tomato, 10 August 2015, and Edaily, 11 May 2017: "전문가 예상치 7859억엔", "시장 전망치인 1197억엔", "민간 예측
    평균 2조6035억엔" (economists' forecast, its mean) = 市場予想 (の平均): a forecast, not the outcome (they were called
    contradicted); a run in the sentence after it is the outcome's ("33개월 연속 흑자였다")."""
    got = check_text("10일(현지시간) 일본 재무성은 지난 6월 경상수지가 5586억엔 흑자를 기록했다고 밝혔다. 이는 직전월의 1조8809억엔 흑자에서 "
                     "급감했으며 전문가 예상치 7859억엔 역시 밑돈 결과다. 다만 무역흑자도 시장 전망치인 1197억엔을 하회했다.",
                     date="2015-08-10", store=data)
    assert [by_claim(got, f)["verdict"] for f in ("7859억엔", "1197억엔")] == ["unverifiable", "unverifiable"]
    got = check_text("재무성은 이와 함께 지난 3월 경상수지가 2조9077억엔(약 28조8200억원) 흑자라고 밝혔다. 닛케이 퀵이 집계한 민간 예측 평균 "
                     "2조6035억엔 흑자를 웃돈다. 33개월 연속 흑자였다.", date="2017-05-11", store=data)
    assert by_claim(got, "2조6035억엔")["verdict"] == "unverifiable"
    assert (by_claim(got, "33개월 연속")["verdict"], by_claim(got, "33개월 연속")["series"]) == ("supported", "boj.bop.bpbp6jyncb")


def test_a_holders_place_left_taken_and_recorded(data):
    """Yonhap Infomax, 18 April 2018, Seoul Economic Daily, 1 May 2013, Herald, 19 November 2013: a place left and the one
    taken ("2014년 23위에서 2015년 16위로 뛰었고" = 2014年の23位から2015年の16位に: the date right before a place is its date),
    a place recorded ("22위를 기록했으나" = 22位を占め) and one after its holder's figure and a comma ("1조971억달러로
    2위를 기록했다": no space after 、, as Japanese writes it)."""
    text = ("2012년 476억 달러에서 2013년 540억 달러, 2017년 962억 달러로 계속 증가했다.\n\n세계에서 미 국채를 많이 가진 나라를 순서로 "
            "나열했을 때, 우리나라는 2014년 23위에서 2015년 16위로 뛰었고, 2016년부터 15위 수준을 보이고 있다.")
    got = check_text(text, date="2018-04-18", store=data)
    judged_place(got, "23위에서", "supported", 23, "2014-12", "korea_south")
    judged_place(got, "16위로", "supported", 16, "2015-12", "korea_south")
    got = check_text("1위는 1조2,229억달러를 보유한 중국이 차지했으며 일본이 1조971억달러로 2위를 기록했다. 우리나라는 지난해 2월 19위에서 "
                     "9월 23위까지 떨어진 후 6개월째 같은 자리를 유지하고 있다.", date="2013-05-01", store=data)
    judged_place(got, "2위를 기록", "supported", 2, "2013-02", "japan")
    judged_place(got, "19위에서", "contradicted", 21, "2012-02", "korea_south")
    judged_place(got, "23위까지", "contradicted", 26, "2012-09", "korea_south")
    got = check_text("한국의 미 국채보유액은 556억달러로 전달보다 56억달러가 늘어난 것으로 나타났다. 한국은 지난 8월 22위를 기록했으나 9월 "
                     "프랑스와 터키를 제치고 20위로 올라섰다.", date="2013-11-19", store=data)
    judged_place(got, "22위를 기록", "contradicted", 23, "2013-08", "korea_south")


def test_a_date_right_before_a_figure_is_its_date(data):
    """Yonhap Infomax, 18 April 2018 ("2012년 476억 달러에서 2013년 540억 달러, …2017년 962억 달러로": each year's level, as
    2013年の540億ドル), Hankyung, 4 April 2007 ("작년 1월 712억달러에서", January 2006's), Aju News, 8 July 2013 ("지난해 3월
    1조3074억엔 이후 최고치": the look-back's start with its level, 昨年3月の1兆3074億円以来)."""
    got = check_text("우리나라의 미 국채 보유량은 꾸준히 늘어나고 있다.\n\n2012년 476억 달러에서 2013년 540억 달러, 2014년 683억 달러, "
                     "2017년 962억 달러로 계속 증가했다.", date="2018-04-18", store=data)
    judged(got, "540억 달러", ("supported", "holdings_level", "tic.holdings.korea_south", "2013-12"), 54.0)
    judged(got, "962억 달러", ("contradicted", "holdings_level", "tic.holdings.korea_south", "2017-12"), 96.3)
    got = check_text("반면 한국은 작년 1월 712억달러에서 지난 1월엔 623억달러로 89억달러(12.5%)의 미 국채를 줄였다.", date="2007-04-04",
                     store=data)
    judged(got, "712억달러", ("supported", "holdings_level", "tic.holdings.korea_south", "2006-01"), 71.2)
