"""The Korean concept tables (``ustflow.check.korean_words``), cell by cell: every form of every concept is matched by
one of the sentences below (written for the test in the words of Korean financial news), and ``korean.read`` turns
each sentence into the Japanese the checker's grammar reads for that concept. A few sentences are checked through
the whole checker on the store's data."""

from __future__ import annotations

import re

import pytest

from ustflow.check import korean_words as words
from ustflow.check.korean import _NUMERAL, _numeral, read

#: (table, Korean sentence, the Japanese its reading holds)
EXAMPLES: list[tuple[str, str, str]] = [
    # --- PERIODS
    ("PERIODS", "지난해 같은 달 대비 3천억엔 늘었다.", "前年同月比3千億円増加し"),
    ("PERIODS", "작년 동월보다 12% 증가했다.", "前年同月比12%"),
    ("PERIODS", "1년 전 같은 달에 비해 줄었다.", "前年同月比"),
    ("PERIODS", "전년 동기 대비 5% 감소했다.", "前年同期比5%"),
    ("PERIODS", "지난해 같은 기간과 비교해 60% 급증했다.", "前年同期比60%"),
    ("PERIODS", "1년 전 같은 기간보다 늘었다.", "前年同期比"),
    ("PERIODS", "전월비 3% 증가했다.", "前月比3%"), ("PERIODS", "전년비 3% 증가했다.", "前年比3%"),
    ("PERIODS", "지난주 대비 줄었다.", "前週比"),
    ("PERIODS", "전년도와 비교해 19.5% 감소했다.", "前年比19.5%"),
    ("PERIODS", "지난해 같은 달에는 5천472억엔의 흑자를 냈다.", "前年同月には5472億円"),
    ("PERIODS", "작년 동기에는 적자였다.", "前年同期には"),
    ("PERIODS", "1년 전 같은 기간에는 흑자였다.", "前年同期には"),
    ("PERIODS", "1년 전 같은 달의 보유액은", "前年同月の保有額"),
    ("PERIODS", "직전 달인 3조3천525억엔에서 감소했다.", "前月の3兆3525億円から"),
    ("PERIODS", "직전 주에는 순매수였다.", "前週には"),
    ("PERIODS", "지지난달 보유액은", "先々月"), ("PERIODS", "전전월에는", "先々月"), ("PERIODS", "전전달에는", "先々月"),
    ("PERIODS", "지지난주에는 순매도였다.", "前々週"), ("PERIODS", "전전주 순매수는", "前々週"),
    ("PERIODS", "이듬달에는 줄었다.", "翌月には"), ("PERIODS", "익월에는 늘었다.", "翌月には"), ("PERIODS", "다음 달에는 늘었다.", "翌月には"),
    ("PERIODS", "이달 들어 순매수했다.", "今月に入って"), ("PERIODS", "월초 이후 순매수했다.", "今月に入って"),
    ("PERIODS", "재작년 보유액은", "一昨年"), ("PERIODS", "지지난해 보유액은", "一昨年"),
    ("PERIODS", "지난해 말 보유액은 1조 달러였다.", "昨年末"), ("PERIODS", "작년 연말 보유액은", "昨年末"),
    ("PERIODS", "작년 말 기준", "昨年末"),
    ("PERIODS", "전년 말 대비 늘었다.", "前年末"), ("PERIODS", "2023년 말 기준 보유액은", "2023年末"),
    ("PERIODS", "1년 전보다 늘었다.", "1年前より"), ("PERIODS", "한 해 전보다 늘었다.", "1年前より"),
    ("PERIODS", "일 년 전보다 늘었다.", "1年前より"),
    ("PERIODS", "3개월 전보다 줄었다.", "3カ月前より"), ("PERIODS", "석 달 전에는 늘었다.", "3カ月前には"),
    ("PERIODS", "2주 전에는 순매수였다.", "2週間前には"),
    ("PERIODS", "2024년 1·4분기 경상수지는", "2024年第1四半期"), ("PERIODS", "3/4분기 경상수지는", "第3四半期"),
    ("PERIODS", "올 상반기 경상수지는", "今年上半期"), ("PERIODS", "올 1·4분기 경상수지는", "今年第1四半期"),
    ("PERIODS", "3월 마지막 주 순매수는", "3月最終週"), ("PERIODS", "3월 다섯째 주 순매수는", "3月第5週"),
    ("PERIODS", "2023년 연간 경상수지는", "2023年通年"), ("PERIODS", "2023년 한 해 동안 경상수지는", "2023年通年"),
    ("PERIODS", "전반기 경상수지는", "上半期"), ("PERIODS", "1996년 이후 11월 기준 최대 규모다.", "11月時点で"), ("PERIODS", "후반기 경상수지는", "下半期"),
    ("PERIODS", "이번 회계연도 들어", "今年度"), ("PERIODS", "지난 회계연도 경상수지는", "前年度"),
    ("PERIODS", "2023년 회계연도 경상수지는", "2023年度"), ("PERIODS", "2023 회계연도 경상수지는", "2023年度"),
    ("PERIODS", "2023년 회계년도 경상수지는", "2023年度"), ("PERIODS", "회계연도 2023년 경상수지는", "2023年度"),
    ("PERIODS", "금년 보유액은", "今年"), ("PERIODS", "금년 들어 순매수했다.", "年初来"),
    ("PERIODS", "연초 이래 순매수했다.", "年初来"), ("PERIODS", "올해 누계 순매수는", "年初来"),
    ("PERIODS", "연초 대비 5% 하락했다.", "年初来5%"),
    ("PERIODS", "월간으로는 사상 최대의 적자다.", "月間としては過去最大"),
    ("PERIODS", "한 달 기준으로 가장 많았다.", "月間としては最も多かった"),
    ("PERIODS", "연간 기준으로 최대 규모다.", "年間としては最大"),
    ("PERIODS", "반기 기준으로는 역대 최대다.", "半期としては過去最大"),
    ("PERIODS", "분기 기준 최대 흑자다.", "四半期としては最大"),
    # --- RANKS
    ("RANKS", "중국은 1위 자리를 유지했다.", "1位を維持"),
    # --- LOOK_BACKS
    ("LOOK_BACKS", "통계 작성이 시작된 1996년 이후 최대다.", "1996年の統計開始以来最大"),
    ("LOOK_BACKS", "1985년 통계 작성 이후 최대다.", "1985年の統計開始以来最大"),
    ("LOOK_BACKS", "관련 통계 집계 시작 이후 최대다.", "統計開始以来最大"),
    ("LOOK_BACKS", "통계를 작성하기 시작한 이후 최대다.", "統計開始以来最大"),
    ("LOOK_BACKS", "비교가 가능한 1985년 이후 최대다.", "比較可能な1985年以来最大"),
    ("LOOK_BACKS", "역대 최다 순매수다.", "過去最大"), ("LOOK_BACKS", "사상 최대 규모의 흑자다.", "過去最大"),
    ("LOOK_BACKS", "사상 최소치다.", "過去最小"), ("LOOK_BACKS", "역대 최소 규모다.", "過去最小"),
    ("LOOK_BACKS", "역대 두 번째로 큰 규모다.", "過去2番目に大きい"), ("LOOK_BACKS", "사상 3위 규모다.", "過去3位"),
    ("LOOK_BACKS", "3년 만의 최대 흑자다.", "3年ぶりの最大"), ("LOOK_BACKS", "10년래 최대다.", "10年ぶりの最大"),
    ("LOOK_BACKS", "5개월 만에 최대 규모다.", "5カ月ぶりの最大"), ("LOOK_BACKS", "두 달 만의 최대치다.", "2カ月ぶりの最大"),
    ("LOOK_BACKS", "7주 만의 최대다.", "7週ぶりの最大"),
    ("LOOK_BACKS", "4년 만의 최소 흑자다.", "4年ぶりの最小"), ("LOOK_BACKS", "6개월 만에 최소다.", "6カ月ぶりの最小"),
    ("LOOK_BACKS", "약 2년 반만에 최대치를 기록했다.", "2年半ぶりの最大を記録"),
    ("LOOK_BACKS", "2년 반 만에 처음으로 줄었다.", "2年半ぶりに"),
    ("LOOK_BACKS", "적자는 3년 만이며,", "3年ぶり"), ("LOOK_BACKS", "흑자는 16개월 만이다.", "16カ月ぶり"),
    ("LOOK_BACKS", "순매도는 7주 만이다.", "7週ぶり"),
    ("LOOK_BACKS", "석 달 만에 흑자로 돌아섰다.", "3カ月ぶりに黒字に転じ"),
    ("LOOK_BACKS", "두 해 만에 처음으로 줄었다.", "2年ぶりに"),
    ("LOOK_BACKS", "최근 3주 중 최대다.", "過去3週間で最大"),
    ("LOOK_BACKS", "지난 6개월 새 가장 많았다.", "過去6カ月で最も多かった"),
    ("LOOK_BACKS", "최근 10년 중 최저다.", "過去10年で最低"),
    ("LOOK_BACKS", "석 달 연속 순매수했다.", "3カ月連続"), ("LOOK_BACKS", "5개월째 연속 늘었다.", "5カ月連続"),
    ("LOOK_BACKS", "3주째 연속 순매도했다.", "3週連続"),
    ("LOOK_BACKS", "3기 연속 줄었다.", "3期連続"), ("LOOK_BACKS", "2반기째 늘었다.", "2期連続"),
    ("LOOK_BACKS", "4개 분기 연속 흑자다.", "4四半期連続"), ("LOOK_BACKS", "4개 분기째 흑자다.", "4四半期連続"),
    ("LOOK_BACKS", "2019년 이후 첫 순매도다.", "2019年以来初の売り越し"),
    ("LOOK_BACKS", "최근 4주간 순매수 규모는", "直近4週間"), ("LOOK_BACKS", "최근 3개월 동안 순매수했다.", "直近3カ月"),
    ("LOOK_BACKS", "지난 3주 동안 순매수했다.", "過去3週間"), ("LOOK_BACKS", "과거 6개월간 순매수했다.", "過去6カ月"),
    ("LOOK_BACKS", "최다 보유국은 일본이다.", "最大保有国"),
    # --- MEASURES
    ("MEASURES", "무역 및 서비스 수지는 흑자였다.", "貿易・サービス収支"),
    ("MEASURES", "경상 흑자는 1조엔이었다.", "経常黒字"), ("MEASURES", "경상수지 적자가 커졌다.", "経常赤字"),
    ("MEASURES", "무역 적자는 5천억엔이었다.", "貿易赤字"), ("MEASURES", "상품수지 흑자는", "貿易黒字"),
    ("MEASURES", "서비스 적자는 줄었다.", "サービス赤字"),
    ("MEASURES", "운송 수지는 적자였다.", "輸送収支"),
    ("MEASURES", "지식재산권 사용료 수지는", "知的財産権等使用料"), ("MEASURES", "지재권 사용료는", "知的財産権等使用料"),
    ("MEASURES", "1차 소득 수지는 1조엔이었다.", "第一次所得収支"), ("MEASURES", "본원소득수지는", "第一次所得収支"),
    ("MEASURES", "제1차 소득은", "第一次所得収支"),
    ("MEASURES", "2차 소득 수지는 적자였다.", "第二次所得収支"), ("MEASURES", "이전소득수지는", "第二次所得収支"),
    ("MEASURES", "금융계정은", "金融収支"), ("MEASURES", "금융 수지는", "金融収支"),
    ("MEASURES", "자본이전등수지는", "資本移転等収支"), ("MEASURES", "자본수지는", "資本移転等収支"),
    ("MEASURES", "대외 직접투자는 늘었다.", "対外直接投資"), ("MEASURES", "외국인 직접투자는 늘었다.", "対内直接投資"),
    ("MEASURES", "직접투자는 늘었다.", "直接投資"),
    ("MEASURES", "해외 증권투자는 늘었다.", "対外証券投資"), ("MEASURES", "대내 증권투자는 늘었다.", "対内証券投資"),
    ("MEASURES", "증권투자는 늘었다.", "証券投資"),
    ("MEASURES", "흑자 폭이 커졌다.", "黒字幅"), ("MEASURES", "흑자액은 늘었다.", "黒字額"),
    ("MEASURES", "적자 금액은 줄었다.", "赤字額"), ("MEASURES", "적자 규모는 줄었다.", "赤字幅"),
    ("MEASURES", "외화준비액은 1조 달러다.", "外貨準備高"), ("MEASURES", "외환 보유 잔액은", "外貨準備高"),
    ("MEASURES", "보유 잔고는 늘었다.", "保有額"),
    ("MEASURES", "매수 초과를 기록했다.", "買い越し"), ("MEASURES", "순취득은", "買い越し"), ("MEASURES", "순구매는", "買い越し"),
    ("MEASURES", "순 매수는 늘었다.", "買い越し"),
    ("MEASURES", "매도 초과를 기록했다.", "売り越し"), ("MEASURES", "순처분은", "売り越し"), ("MEASURES", "순매각은", "売り越し"),
    ("MEASURES", "순 매도는 늘었다.", "売り越し"),
    ("MEASURES", "해외 투자가들은 순매수했다.", "海外投資家は"), ("MEASURES", "외국인 투자가 순매수는", "海外投資家"),
    ("MEASURES", "비거주 투자자들은", "海外投資家"), ("MEASURES", "외국계 투자자는", "海外投資家"),
    ("MEASURES", "일본 투자가들은 순매도했다.", "国内投資家は"), ("MEASURES", "일본 거주자들은", "国内投資家"),
    ("MEASURES", "신탁은행은 순매도했다.", "信託銀行"), ("MEASURES", "외국 공적 기관은", "外国の公的機関"),
    ("MEASURES", "중장기 증권은", "中長期債"), ("MEASURES", "장기 증권은", "中長期債"),
    ("MEASURES", "단기 증권은", "短期債"), ("MEASURES", "단기 금융 상품은", "短期債"),
    # --- FOLLOWS
    ("FOLLOWS", "터키(516억달러) 다음으로 23위다.", "(516億ドル)に次いで"),
    # --- DIRECTIONS
    ("DIRECTIONS", "흑자로 전환했다.", "黒字に転じ"), ("DIRECTIONS", "적자로 돌아섰다.", "赤字に転じ"),
    ("DIRECTIONS", "흑자 전환에 성공했다.", "黒字転換"),
    ("DIRECTIONS", "5개월 만에 증가세로 돌아섰다.", "5カ月ぶりに増加に転じ"), ("DIRECTIONS", "감소로 전환했다.", "減少に転じ"),
    ("DIRECTIONS", "3주 만에 순매도로 돌아섰다.", "3週ぶりに売り越しに転じ"),
    ("DIRECTIONS", "적자 폭이 확대됐다.", "拡大した"), ("DIRECTIONS", "흑자 폭이 축소됐다.", "縮小した"),
    ("DIRECTIONS", "60% 급증했다.", "急増した"),
    ("DIRECTIONS", "경상수지가 개선됐다.", "改善した"), ("DIRECTIONS", "무역수지가 악화했다.", "悪化した"), ("DIRECTIONS", "30% 급감했다.", "急減した"),
    ("DIRECTIONS", "금리가 상승했다.", "上昇した"), ("DIRECTIONS", "금리가 하락했다.", "下落した"),
    ("DIRECTIONS", "6조1,700억달러로 떨어졌다.", "6兆1,700億ドルに減少し"),
    ("DIRECTIONS", "증가폭은 컸다.", "増加幅"), ("DIRECTIONS", "감소 폭은 작았다.", "減少幅"),
]


def _as_seen(korean: str) -> str:
    """A sentence as the tables after the dates see it: its figures, years, months and net trades already read ("1兆円",
    "1996年", "11月", "買い越し")."""
    korean = _NUMERAL.sub(_numeral, korean).replace("순매수", "買い越し").replace("순매도", "売り越し")
    return re.sub(r"(?<![\d.])(\d{1,2})\s?월", r"\1月", re.sub(r"((?:19|20)\d{2})\s?년", r"\1年", korean))


@pytest.mark.parametrize("korean, japanese", [
    ("22조 천229억 엔", "22兆1229億円"),  # 천 alone: one thousand
    ("천억 엔", "1千億円"), ("1조 천억 달러", "1兆1千億ドル"), ("1조천억 달러", "1兆1千億ドル"), ("천229억 엔", "1229億円"),
])
def test_a_thousand_said_alone(korean, japanese):
    assert read(korean).text == japanese


def test_every_form_of_every_table_has_a_sentence():
    """Each cell (a concept's form) is exercised by at least one sentence of its table."""
    missing = []
    for name in ("PERIODS", "RANKS", "LOOK_BACKS", "MEASURES", "FOLLOWS", "DIRECTIONS"):
        sentences = [k for t, k, _ in EXAMPLES if t == name]
        for concept, _ja, form in words.cells(getattr(words, name)):
            if not any(re.search(form, s) or re.search(form, _as_seen(s)) for s in sentences):
                missing.append((name, concept, form))
    assert missing == []


@pytest.mark.parametrize("table, korean, japanese", EXAMPLES)
def test_each_sentence_reads_as_its_concepts_japanese(table, korean, japanese):
    assert japanese in read(korean).text


@pytest.mark.parametrize("korean, left", [
    ("해외 투자가 늘었다.", "해외 投資が"),  # investment abroad rose: no investor
    ("2023년 전반기", "2023年"),  # a four-digit year is no count of years ago
    ("모두 달러로 바꿨다.", "모두"),  # 두 inside a word is no native numeral
])
def test_words_that_only_look_like_a_form_are_left(korean, left):
    assert left in read(korean).text


def test_a_count_ago_is_no_year():
    assert "23年前" not in read("2023년 전 세계 보유액은").text


def test_a_goods_balance_a_year_before_through_the_checker(data):
    """The same month a year before said 지난해 같은 달 (前年同月): the balance's figure of that month."""
    from ustflow.views.check import check_text
    got = check_text("일본의 1월 경상수지는 4천373억엔 적자를 기록했다. 지난해 같은 달에는 6천598억엔의 흑자를 냈었다.",
                     date="2012-03-08", store=data)
    rows = [r for r in got if r["claim"] == "6천598억엔"]
    assert [r["verdict"] for r in rows] == ["supported"] and "in 2011-01" in rows[0]["explanation"]
