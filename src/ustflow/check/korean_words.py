"""The Korean words of the releases' concepts, one table per concept, each form against the Japanese the checker's
grammar reads for it (``korean.read`` applies them).

A table row is (concept, Japanese, Korean forms). The forms are the words Korean financial news uses for the concept
(spacing variants, Sino-Korean and native words, abbreviations: 지난해 같은 달, 작년 동월, 전년 동월, 1년 전 같은 달
are all 前年同月), written from the language, not from one story's wording. A form is a regular expression; a count in
it is the group ``n`` (digits or a native numeral: 두 달 = 2カ月), written ``{n}`` in the Japanese. The forms of a row
are tried longest first, the rows in order (a longer phrase before the words inside it: 지난해 같은 달 before 지난해).

The tables:

- ``PERIODS``: periods said relative to another or to the publication (the month before, the same month a year
  before, N months ago, the year's end, the quarter in the old 1·4분기 spelling, the fiscal year named relative);
- ``LOOK_BACKS``: records, firsts in N periods, the extreme of the last N periods, the n-th largest on record, runs
  counted in native months (석 달 연속), the statistics' start a look-back counts from;
- ``MEASURES``: the balance-of-payments lines, reserves, holdings, net trades, securities, investor types;
- ``DIRECTIONS``: rises, falls, a balance's widening and narrowing, a turn to a surplus or deficit;
- ``RANKS`` and ``FOLLOWS``: a holder's place kept (1위 자리를 유지), the holder a place follows (중국 다음으로).

Each table stands where ``korean._RULES`` reads its words: the periods first, the look-backs before the runs, the
measures before the trades, the directions before the native verbs, ``FOLLOWS`` after the holders' names.
"""

from __future__ import annotations

import re
from typing import Callable

#: a count: digits, or a native numeral (두 달 = two months, 석 달 = three months, 한 해 = one year)
N = r"(?P<n>(?<![\d.,])\d{1,2}|(?<![가-힣])(?:한|두|세|석|네|넉|다섯|여섯|일곱|여덟|아홉|열))"
#: the native numerals of a count or an ordinal in digits (the tables' ``n`` and ``korean``'s runs and places)
NATIVE = {"한": "1", "일": "1", "두": "2", "둘": "2", "세": "3", "석": "3", "셋": "3", "네": "4", "넉": "4", "넷": "4",
          "다섯": "5", "여섯": "6", "일곱": "7", "여덟": "8", "아홉": "9", "열": "10"}
#: a month (of a year or not) as read before the tables (``korean._RULES``: "2023年3月", "3月")
_MONTH = r"(?:(?:19|20)\d{2}年)?\d{1,2}月"
#: compared with (the Japanese 比; not 비교, 비율, 비중, 비용 after the period)
_CMP = r"\s?(?:대비|보다|에\s?비해|에\s?비하여|(?:와|과)\s?비교(?:해|하여|하면|할\s?때|했을\s?때)|비(?!교|율|중|용))"
_SUPER = r"(?=\s?(?:최대|최고|최저|최소|최다|가장))"  # a superlative right after
_NOT_OF = r"(?!\s?(?:중|새|내|사이|가운데|만|째))"  # not "최근 5주 중 4주" (four of the last five weeks)
_SUPER_OR_RECORD = r"(?=(?:(?:사상|역대)\s?)?(?:최대|최고|최저|최소|최다|가장))"

Row = tuple[str, str, tuple[str, ...]]

PERIODS: list[Row] = [
    # compared with (比): before the periods alone
    ("the same month a year before, compared", "前年同月比",
     (rf"(?:전년|지난해|작년|전년도)\s?(?:동월|같은\s?달|동일\s?월){_CMP}", rf"1\s?년\s?전\s?같은\s?달{_CMP}")),
    ("the same period a year before, compared", "前年同期比",
     (rf"(?:전년|지난해|작년|전년도)\s?(?:동기|같은\s?기간|같은\s?시기|동\s?기간){_CMP}", rf"1\s?년\s?전\s?같은\s?기간{_CMP}")),
    ("the month before, compared", "前月比",
     (rf"(?:전월|전달|지난달|지난\s달|직전\s?월|직전\s?달){_CMP}",)),
    ("the week before, compared", "前週比", (rf"(?:전주|지난주|지난\s주|직전\s?주){_CMP}",)),
    ("the year before, compared", "前年比", (rf"(?:전년|전년도){_CMP}",)),
    # the periods
    ("the same month a year before", "前年同月",
     (r"(?:전년|지난해|작년|전년도)\s?(?:동월|같은\s?달|동일\s?월)", r"1\s?년\s?전\s?같은\s?달")),
    ("the same period a year before", "前年同期",
     (r"(?:전년|지난해|작년|전년도)\s?(?:동기|같은\s?기간|같은\s?시기|동\s?기간)", r"1\s?년\s?전\s?같은\s?기간")),
    ("the month before", "前月", (r"직전\s?(?:달|월)(?=에|엔|의|은|는|인|보다|\s)",)),
    ("the week before", "前週", (r"직전\s?주(?=에|엔|의|은|는|인|보다|\s)",)),
    ("the month before last", "先々月", (r"지지난\s?달", r"전전\s?월", r"전전\s?달")),
    ("the week before last", "前々週", (r"지지난\s?주", r"전전\s?주(?![가-힣])")),
    ("the month after", "翌月", (r"이듬\s?달", r"익월", r"다음\s?달(?=에|엔|은|는|의|\s)")),
    ("this month to date", "今月に入って", (r"(?:이번\s?달|이달)\s?(?:들어|들어서)", r"월초\s?(?:이후|부터|들어)")),
    ("the last week of a month", r"\g<m>月最終週", (r"(?<![\d.])(?P<m>\d{1,2})\s?월\s?(?:마지막|최종)\s?(?:주|週)",)),
    ("the fifth week of a month", r"\g<m>月第5週", (r"(?<![\d.])(?P<m>\d{1,2})\s?월\s?다섯째\s?주",)),
    ("a whole year", r"\g<y>年通年", (r"(?P<y>(?:19|20)\d{2})\s?년\s?(?:연간|한\s?해\s?(?:동안|전체)|전체|통년)(?=[은는의이가에]|\s)",)),
    ("the year before last", "一昨年", (r"재작년", r"지지난\s?해")),
    # a year's end (December's level)
    ("the end of last year", "昨年末", (r"(?:지난해|작년|지난\s해)\s?(?:말|연말)(?![가-힣])", r"(?:지난해|작년)\s?말(?=에|의|은|는|보다|대비|기준|현재|\s)")),
    ("the end of the year before", "前年末", (r"전년\s?(?:말|연말)(?=에|의|은|는|보다|대비|기준|현재|\s|$)",)),
    ("the end of a year", r"\g<y>年末", (r"(?P<y>(?:19|20)\d{2})\s?년\s?(?:말|연말)(?=에|의|은|는|보다|대비|기준|현재|까지|\s|$)",)),
    # N periods ago
    ("N years ago", "{n}年前", (rf"{N}\s?(?:년|해)\s?전(?=에|의|은|는|보다|대비|과|와|인|\s|$)", r"(?P<n>일)\s?년\s?전(?=에|의|은|는|보다|대비|과|와|\s)")),
    ("N months ago", "{n}カ月前", (rf"{N}\s?(?:개월|달)\s?전(?=에|의|은|는|보다|대비|과|와|인|\s|$)",)),
    ("N weeks ago", "{n}週間前", (rf"{N}\s?주\s?전(?=에|의|은|는|보다|대비|과|와|인|\s|$)",)),
    ("this year (before its part)", "今年", (r"(?<![가-힣])올\s?(?=상반기|하반기|전반기|후반기|[1-4]\s?(?:[·./]\s?4\s?)?분기|회계)",)),
    # a quarter in the old spelling (1·4분기 = the first quarter, not the fourth)
    ("a quarter of a year", r"\g<y>年第\g<q>四半期", (r"(?P<y>(?:19|20)\d{2})\s?년\s?(?P<q>[1-4])\s?[·./]\s?4\s?분기",)),
    ("a quarter", r"第\g<q>四半期", (r"(?<!\d)(?P<q>[1-4])\s?[·./]\s?4\s?분기",)),
    # a half: 전반기 and 후반기 as 상반기 and 하반기; 올 (this year) before a half or a quarter
    ("the first half", "上半期", (r"전반기",)), ("the second half", "下半期", (r"후반기",)),
    # the fiscal year named relative to the publication's
    ("this fiscal year", "今年度", (r"(?:이번|올해|올|당해|금)\s?회계\s?연도",)),
    ("last fiscal year", "前年度", (r"(?:지난|전|직전)\s?회계\s?연도",)),
    ("a fiscal year", r"\g<y>年度", (r"(?P<y>(?:19|20)\d{2})\s?년\s?회계\s?연도", r"(?P<y>(?:19|20)\d{2})\s?회계\s?연도",
                                      r"(?P<y>(?:19|20)\d{2})\s?(?:년|)\s?(?:회계|재정)\s?년도",
                                      r"(?:회계\s?연도|회계연도)\s?(?P<y>(?:19|20)\d{2})(?:\s?년)?")),
    ("year to date", "年初来", (r"금년\s?(?:들어|이후)", r"연초\s?이래", r"올해\s?누계", r"연초\s?대비")),
    ("this year", "今年", (r"금년(?!도)",)),
    # a record among periods of a kind ("월간으로는 사상 최대", "반기 기준 최대") = 月間としては過去最大 (not "11월 기준 최대":
    # the month is the figure's period, which "11月時点で" keeps)
    ("as a month, the extreme", "月間としては", (rf"(?<!개)월간\s?(?:기준(?:으로는|으로)?|으로는|으로|으론)\s?{_SUPER_OR_RECORD}",
                                               rf"(?:한\s?)?달\s?기준(?:으로는|으로)?\s?{_SUPER_OR_RECORD}")),
    ("as a year, the extreme", "年間としては", (rf"(?:연간|연도별|한\s?해)\s?(?:기준(?:으로는|으로)?|으로는|으로|으론)\s?{_SUPER_OR_RECORD}",)),
    ("as a half, the extreme", "半期としては", (rf"반기\s?(?:기준(?:으로는|으로)?|으로는|으로|으론)\s?{_SUPER_OR_RECORD}",)),
    ("as a quarter, the extreme", "四半期としては", (rf"분기\s?(?:기준(?:으로는|으로)?|으로는|으로|으론)\s?{_SUPER_OR_RECORD}",)),
]

LOOK_BACKS: list[Row] = [
    # the statistics' start a look-back counts from: "통계 작성이 시작된 1996년 이후" = 1996年の統計開始以来
    ("since the statistics began in", r"\g<d>の統計開始以来",
     (r"(?:관련\s?)?(?:비교\s?가능한\s?)?(?:통계|집계)(?:가|를|의)?\s?(?:집계|작성|편제|발표)?(?:가|이|를|을)?\s?"
      r"(?:시작된|시작한|시작되기\s?시작한|작성되기\s?시작한|집계되기\s?시작한|작성하기\s?시작한|집계하기\s?시작한|개시된|있는)\s?"
      rf"(?P<d>(?:19|20)\d{{2}}年(?:\d{{1,2}}月)?|{_MONTH})\s?(?:이후|이래|以来)",
      r"(?P<d>(?:19|20)\d{2}年(?:\d{1,2}月)?)\s?(?:관련\s?)?(?:통계|집계)\s?(?:집계|작성|편제)?\s?(?:시작|개시)?\s?(?:이후|이래|以来)")),
    ("since the statistics began", "統計開始以来",
     (r"(?:관련\s?)?(?:통계|집계)\s?(?:집계|작성|편제)?\s?(?:시작|개시)\s?(?:이후|이래)",
      r"(?:관련\s?)?(?:통계|집계)(?:를|을)?\s?(?:작성|집계)하기\s?시작한\s?(?:이후|이래)(?!\s?\d)")),
    ("comparable", "比較可能な", (r"비교(?:가|이)\s?가능한(?=\s)",)),
    # records: the largest (smallest) on record
    ("the largest on record", "過去最大", (r"(?:사상|역대|기록상)\s?최다", r"(?:사상|역대)\s?(?:최대|최고)\s?규모")),
    ("the smallest on record", "過去最小", (r"(?:사상|역대)\s?최소치?", r"(?:사상|역대)\s?최소\s?규모")),
    # the n-th largest on record: "역대 두 번째", "사상 세 번째 규모", "역대 2위"
    ("the n-th on record", "過去", (r"(?:사상|역대)\s?(?=(?:\d{1,2}|두|세|네|다섯)\s?(?:번째|위))",)),
    # the first (the extreme) in N periods: "3년 만의 최대", "5개월 만에 최저", "10년래 최대"
    ("the largest in N years", "{n}年ぶりの最大", (rf"{N}\s?(?:년|해)\s?(?:만의|만에|래)\s?최대(?:치|\s?규모)?",)),
    ("the largest in N months", "{n}カ月ぶりの最大", (rf"{N}\s?(?:개월|달)\s?(?:만의|만에|래)\s?최대(?:치|\s?규모)?",)),
    ("the largest in N weeks", "{n}週ぶりの最大", (rf"{N}\s?주\s?(?:만의|만에|래)\s?최대(?:치|\s?규모)?",)),
    ("the smallest in N years", "{n}年ぶりの最小", (rf"{N}\s?(?:년|해)\s?(?:만의|만에|래)\s?최소(?:치|\s?규모)?",)),
    ("the smallest in N months", "{n}カ月ぶりの最小", (rf"{N}\s?(?:개월|달)\s?(?:만의|만에|래)\s?최소(?:치|\s?규모)?",)),
    # the first in N periods, said with a copula ("3년 만이며", "16개월 만이다") or with half a year ("2년 반 만에")
    ("the largest in N years and a half", "{n}年半ぶりの", (rf"{N}\s?년\s?반\s?만(?:에|의)\s?(?=최대|최고|최저|최소)",)),
    ("the first in N years and a half", "{n}年半ぶりに", (rf"{N}\s?년\s?반\s?만(?:에|의)(?:\s?처음(?:으로)?)?",)),
    ("the first in N years (copula)", "{n}年ぶり", (rf"{N}\s?년\s?만(?=이|으로|인|입)",)),
    ("the first in N months (copula)", "{n}カ月ぶり", (rf"{N}\s?(?:개월|달)\s?만(?=이|으로|인|입)",)),
    ("the first in N weeks (copula)", "{n}週ぶり", (rf"{N}\s?주\s?만(?=이|으로|인|입)",)),
    ("the first in N months (native)", "{n}カ月ぶりに", (r"(?P<n>한|두|세|석|네|넉|다섯|여섯|일곱|여덟|아홉|열)\s?달\s?만(?:에|의)(?:\s?처음(?:으로)?)?",)),
    ("the first in N years (native)", "{n}年ぶりに", (r"(?P<n>한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?해\s?만(?:에|의)(?:\s?처음(?:으로)?)?",)),
    # the extreme of the last N periods: "최근 3주 중 최대", "지난 6개월 새 가장 많은"
    ("the extreme in the last N weeks", "過去{n}週間で",
     (rf"(?:최근|지난|과거)\s?{N}\s?주\s?(?:간|동안)?\s?(?:중|새|내|사이|가운데|중에서)?\s?(?:에서)?{_SUPER}",)),
    ("the extreme in the last N months", "過去{n}カ月で",
     (rf"(?:최근|지난|과거)\s?{N}\s?(?:개월|달)\s?(?:간|동안)?\s?(?:중|새|내|사이|가운데|중에서)?\s?(?:에서)?{_SUPER}",)),
    ("the extreme in the last N years", "過去{n}年で",
     (rf"(?:최근|지난|과거)\s?{N}\s?(?:년|해)\s?(?:간|동안)?\s?(?:중|새|내|사이|가운데|중에서)?\s?(?:에서)?{_SUPER}",)),
    # a run counted in native months or in 달: "석 달 연속", "3달 연속", "두 달 연속"
    ("N months in a row", "{n}カ月連続", (rf"{N}\s?달\s?(?:연속|째\s?연속)", r"(?P<n>\d{1,2})\s?개월\s?째\s?연속")),
    ("N weeks in a row", "{n}週連続", (r"(?P<n>\d{1,2})\s?주\s?째\s?연속",)),
    ("N halves in a row", "{n}期連続", (r"(?P<n>\d{1,2})\s?(?:기|반기)\s?연속", r"(?P<n>\d{1,2})\s?반기\s?째")),
    ("N quarters in a row", "{n}四半期連続", (r"(?P<n>\d{1,2})\s?개\s?분기\s?연속", r"(?P<n>\d{1,2})\s?개\s?분기\s?째")),
    # the last N periods, no superlative after ("최근 4주간 순매수" = 直近4週間の買い越し, "지난 3개월 동안" = 過去3カ月間)
    ("the last N weeks", "直近{n}週間", (rf"최근\s?{N}\s?주(?:간|\s?동안)?(?![가-힣]){_NOT_OF}",)),
    ("the last N months", "直近{n}カ月", (rf"최근\s?{N}\s?(?:개월|달)(?:간|\s?동안)?(?![가-힣]){_NOT_OF}",)),
    ("the past N weeks", "過去{n}週間", (rf"(?:지난|과거)\s?{N}\s?주(?:간|\s?동안)(?![가-힣]){_NOT_OF}",)),
    ("the past N months", "過去{n}カ月", (rf"(?:지난|과거)\s?{N}\s?(?:개월|달)(?:간|\s?동안)(?![가-힣]){_NOT_OF}",)),
    ("the most", "最大", (r"최다(?:치)?",)),
    # the first since ("2019년 이후 첫 순매도" = 2019年以来初の売り越し)
    ("the first since", "以来初の", (r"(?:이후|이래)\s?첫\s?(?=[가-힣])",)),
]

MEASURES: list[Row] = [
    # the balance of payments' lines, with their side said with them
    ("the goods and services balance", "貿易・サービス収支", (r"(?:무역|상품)\s?(?:및|·|과|와|,)\s?서비스\s?수지",)),
    ("the current account's surplus (deficit)", r"経常\g<s>", (r"경상\s?(?:수지\s?)?(?P<s>흑자|적자)",)),
    ("the trade balance's surplus (deficit)", r"貿易\g<s>", (r"(?:무역|상품|교역)\s?(?:수지\s?)?(?P<s>흑자|적자)",)),
    ("the services' surplus (deficit)", r"サービス\g<s>", (r"서비스\s?(?:수지\s?)?(?P<s>흑자|적자)",)),
    # (not 여행수지, the travel balance: read, a record of the year's travel deficit in a story dated in the year after
    # was judged on the latest month, a true claim called contradicted; it waits on vocabKO-below-bar)
    ("the transport balance", "輸送収支", (r"운송\s?수지",)),
    ("royalties", "知的財産権等使用料", (r"지식\s?재산권\s?(?:등\s?)?사용료(?:\s?수지)?", r"지재권\s?사용료(?:\s?수지)?")),
    ("primary income", "第一次所得収支", (r"(?:제\s?)?(?:1차|본원)\s?소득(?:\s?수지)?",)),
    ("secondary income", "第二次所得収支", (r"(?:제\s?)?(?:2차|이전)\s?소득(?:\s?수지)?",)),
    ("the financial account", "金融収支", (r"금융\s?(?:수지|계정)",)),
    ("the capital account", "資本移転等収支", (r"자본\s?이전\s?등\s?수지", r"자본\s?수지")),
    ("outward direct investment", "対外直接投資", (r"(?:대외|해외)\s?직접\s?투자",)),
    ("inward direct investment", "対内直接投資", (r"(?:대내|외국인)\s?직접\s?투자",)),
    ("direct investment", "直接投資", (r"직접\s?투자",)),
    ("outward portfolio investment", "対外証券投資", (r"(?:대외|해외)\s?증권\s?투자",)),
    ("inward portfolio investment", "対内証券投資", (r"(?:대내|외국인)\s?증권\s?투자",)),
    ("portfolio investment", "証券投資", (r"증권\s?투자",)),
    # a balance's size
    ("a surplus's amount", "黒字額", (r"흑자\s?(?:액|금액)",)), ("a deficit's amount", "赤字額", (r"적자\s?(?:액|금액)",)),
    ("a surplus's size", "黒字幅", (r"흑자\s?(?:폭|규모)",)), ("a deficit's size", "赤字幅", (r"적자\s?(?:폭|규모)",)),
    # reserves and holdings
    ("foreign reserves", "外貨準備高", (r"(?:외화|외환)\s?준비\s?(?:자산|액|고|금)", r"외환\s?보유\s?잔액")),
    ("holdings", "保有額", (r"보유\s?(?:잔고|총액|금액)",)),
    # net trades
    ("net purchases", "買い越し", (r"매수\s?초과", r"순\s?취득", r"순\s?구매", r"순\s(?:매수|매입)")),
    ("net sales", "売り越し", (r"매도\s?초과", r"순\s?처분", r"순\s?매각", r"순\s매도")),
    # investor types (the investor, 투자가 as 투자자)
    # (투자가 is an investor before 들, 는, 은, 의, 에게; "해외 투자가 늘었다" is investment abroad rising)
    ("foreign investors", "海外投資家", (r"(?:외국인|외국|해외)\s?투자가(?:들|(?=[는은의]|에게))", r"외국인\s?투자가(?=\s)",
                                    r"비거주\s?투자자들?", r"외국계\s?투자자들?")),
    ("Japanese investors", "国内投資家", (r"일본\s?(?:국내\s?)?투자가(?:들|(?=[는은의]|에게))", r"일본\s?거주자들?")),
    ("trust banks", "信託銀行", (r"신탁\s?은행",)),
    ("the foreign official sector", "外国の公的機関", (r"(?:해외|외국)(?:의)?\s?공적\s?(?:부문|기관)",)),
    # securities: short-term bills and long-term bonds said otherwise
    ("long-term bonds", "中長期債", (r"중\s?장기\s?증권", r"장기\s?증권")),
    ("short-term bills", "短期債", (r"단기\s?증권", r"단기\s?금융\s?상품")),
]

#: a holder's place kept ("1위 자리를 유지", "1위를 지켰다" = 1位を維持): before ``korean``'s "위를"
RANKS: list[Row] = [
    ("a place kept", r"\g<p>位を維持", (r"(?<![\d.])(?P<p>\d{1,2})\s?위\s?(?:자리)?(?:를|을)?\s?(?:유지|고수|지켰|지키|지킨)",)),
]
#: the holder a place follows ("중국 다음으로", "중국의 뒤를 이어", "중국에 뒤이어" = 中国に次いで): after the holders' names
FOLLOWS: list[Row] = [
    ("after (in a list of places)", "に次いで",
     (r"(?<=[\u3040-\u30ff\u4e00-\u9fff)])(?:의)?\s?(?:다음으로|다음\s?가는|뒤를\s?이어|에\s?뒤이어)(?=\s)",)),
]

DIRECTIONS: list[Row] = [
    # a turn to a surplus (deficit), to a rise (fall), to a net purchase (sale)
    ("a turn to a side", r"\g<s>に転じ",
     (r"(?P<s>흑자|적자)(?:로|으로)\s?(?:전환(?:됐|했|하였|되었|하|되)?|돌아섰|돌아서|돌아선)",)),
    ("a turn to a side (noun)", r"\g<s>転換", (r"(?P<s>흑자|적자)\s?전환",)),
    ("a turn to a rise (fall)", r"\g<d>に転じ",
     (r"(?P<d>증가|감소)(?:세)?(?:로|으로)\s?(?:전환(?:됐|했|하였|되었)?|돌아섰|돌아서|돌아선)",)),
    ("a turn to a net purchase (sale)", "に転じ",
     (r"(?:(?<=買い越し)|(?<=売り越し))(?:로|으로)\s?(?:돌아섰|돌아서|돌아선)",)),
    ("a move widened", "拡大", (r"확대",)), ("a move narrowed", "縮小", (r"축소",)),
    ("a surge", "急増", (r"급증",)),
    ("an improvement", "改善", (r"개선",)), ("a worsening", "悪化", (r"악화",)), ("a plunge", "急減", (r"급감",)),
    ("a rise (of a price or a yield)", "上昇", (r"상승",)),
    # a level fallen to ("6조1,700억달러로 떨어졌다" = 6兆1700億ドルに減少した; not "X까지 떨어진": the level reached)
    ("a fall to a level", "に減少し", (r"(?<=[円ドル])\s?(?:으로|로)\s?떨어(?:졌|져)",)), ("a fall (of a price or a yield)", "下落", (r"하락",)),
    ("the size of a rise", "増加幅", (r"(?:증가|상승)\s?폭",)), ("the size of a fall", "減少幅", (r"(?:감소|하락)\s?폭",)),
]


def _repl(ja: str) -> str | Callable[[re.Match], str]:
    """The replacement of a row: a fixed string, or one with the count (``{n}``) or a named group (``\\g<y>``)."""
    if "{n}" not in ja:
        return ja
    return lambda m: m.expand(ja.replace("{n}", NATIVE.get(m.group("n"), m.group("n"))))


def rules(table: list[Row]) -> list[tuple[str, str | Callable[[re.Match], str]]]:
    """The (pattern, replacement) pairs of ``table`` for ``korean.read``: row by row, each row's forms longest first."""
    out = []
    for _concept, ja, forms in table:
        for form in sorted(forms, key=len, reverse=True):
            out.append((form, _repl(ja)))
    return out


def cells(table: list[Row]) -> list[tuple[str, str, str]]:
    """Every (concept, Japanese, form) of ``table``: the cells a table-driven test checks."""
    return [(concept, ja, form) for concept, ja, forms in table for form in forms]
