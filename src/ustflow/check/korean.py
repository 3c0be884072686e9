"""Reading Korean: the figures, periods, directions, investors and securities of a Korean story, in the Japanese the
checker reads.

Korean and Japanese tell these releases with the same grammar: the verb last, the same particles after the noun
(은/는 = は, 을/를 = を, 의 = の, 에서 = で), figures in groups of four digits (조 = 兆, 억 = 億, 만 = 万; 천 = 千
inside a group: 4천152억엔 = 4152億円), the same count of a run (3개월 연속 = 3カ月連続, 13주 만에 = 13週ぶり) and of a
look-back (2014년 1월 이후 최대 = 2014年1月以来最大), and the terms of the releases are the same Sino-Korean words as
the Japanese kanji (재무성 = 財務省, 순매수 = 純買 = 買い越し, 순매도 = 売り越し, 중장기채 = 中長期債, 보유액 = 保有額,
최대 = 最大, 연속 = 連続, 이후 = 以後/以来). ``read`` writes those words, and only those, in the Japanese the checker's
grammar reads (a figure, its unit and qualifier, a date, a run or a look-back, a trade word, an investor, a security,
the particle after them, the sentence's full stop); every other Korean word is left as written (the grammar passes
over it, as over a Japanese word it does not know). It is a reading of the releases' vocabulary, not a translation:
a sentence that says something else is left unread.

The reading is a ``rewrite.Rewrite``: it maps a span of what was read back to the Korean, so the checker quotes the
article's own words (``Rewrite.restore``: the sentence, the figure, the period and what the explanation quotes).
Korean won (원) figures (a story's conversion of a yen figure) are read as a currency the checker has no rate for.
"""

from __future__ import annotations

import re

from ustflow.check import korean_words as words
from ustflow.check.japanese_lists import JA_HOLDER
from ustflow.check.rewrite import Rewrite

#: what the output says of a Korean article (``language.notice``): read, but only in part
NOTICE = ("the text looks like Korean: the checker reads Korean figures, dates, runs and look-backs, trades, investors "
          "and securities of the releases it checks through its Japanese grammar, and no other Korean wording, so some "
          "figures may not have been read")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def is_korean(text: str) -> bool:
    """Whether ``text`` is written in Korean: Hangul, more of it than kana and Han characters together, and more than
    half as much as Latin letters (a sentence will do: ``language.unread`` wants more to name a language)."""
    hangul = len(_HANGUL.findall(text))
    cjk = sum(1 for ch in text if "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return hangul >= 8 and hangul > cjk and hangul * 2 > latin


# ----------------------------------------------------------------------------------------------------------- figures
def _group(txt: str) -> str:
    """One four-digit group of a Korean numeral in digits: '2천414' -> '2414', '5천' -> '5千', '천229' -> '1229', '414' ->
    '414'."""
    m = re.fullmatch(r"(\d)?\s?천\s?(\d{1,3})?", txt)
    if m is None:
        return txt
    thousands = m.group(1) or "1"  # 천 alone is one thousand ("22조 천229억" = 22兆1229億)
    if m.group(2) is None:
        return f"{thousands}千"  # a round thousand: the checker's "5千億円" (precise to the thousand)
    return thousands + m.group(2).zfill(3)


_G = r"(?:\d\s?천\s?\d{1,3}|\d\s?천|(?:(?<=조)|(?<=조\s)|(?<![가-힣\d]))천\s?\d{1,3}|(?:(?<=조)|(?<=조\s)|(?<![가-힣\d]))천|[\d,]+(?:\.\d+)?)"
#: a Korean numeral with its unit: "3조 8844억엔", "6조2천414억엔", "4천152억 엔", "1조엔", "176억엔", "69조7천395억원"
_NUMERAL = re.compile(rf"(?P<jo>\d+(?:\.\d+)?)\s?조\s?(?:(?P<ok>{_G})\s?억)?\s?(?:(?P<man>{_G})\s?만)?\s?(?P<cur>엔|달러|원)"
                      rf"|(?P<ok2>{_G})\s?억\s?(?:(?P<man2>{_G})\s?만)?\s?(?P<cur2>엔|달러|원)"
                      rf"|(?P<man3>{_G})\s?만\s?(?P<cur3>엔|달러|원)")
_NATIVE = words.NATIVE  # native numerals of an ordinal or a count (korean_words: one table for both)
_CURRENCY = {"엔": "円", "달러": "ドル", "원": "ウォン"}
_SPANS = {"개월": "カ月", "주": "週", "년": "年"}
#: a yen or dollar figure with no 억/조 group: "160엔", "151엔대" (the yen's price of a dollar), "0.5달러"
_PLAIN = re.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s?(엔|달러)(대)?(?=[가-힣\s,.)]|$)")


def _numeral(m: re.Match) -> str:
    g = m.groupdict()
    out = ""
    if g["jo"]:
        out += g["jo"] + "兆"
    ok = g["ok"] or g["ok2"]
    if ok:
        out += _group(ok.replace(" ", "")) + "億"
    man = g["man"] or g["man2"] or g["man3"]
    if man:
        out += _group(man.replace(" ", "")) + "万"
    return out + _CURRENCY[g["cur"] or g["cur2"] or g["cur3"]]


def _to_figure(m: re.Match) -> list | None:
    """The figure a move goes to ("X에서 Y로 ... 늘었다" = XからYに増加した): the move is the clause's verb, which Korean
    sets last, after what else the clause says of Y ("Y로 2010년 1월 이후 최저로 3개월 연속 줄었다": the lowest since
    January 2010, a third month of falls); the Japanese grammar pairs the two figures through the verb right after
    the second (YにZ減少し), so the verb is said again there. A clause with no move (Y로 1위 자리를 고수했으며: kept
    first place at Y) is declined: the figure is the level the clause states (the rule after it)."""
    rest = re.match(r"\s*([^。、]*?)(増加|減少)", m.string[m.end():])
    if rest is None:
        return None
    return [1, "に"] if not rest.group(1) else [1, "に", rest.group(2), "し、"]


# ------------------------------------------------------------------------------------------------------- the table
#: (Korean, the Japanese the checker reads); applied in order, each to the text the ones before left. Grouped by what
#: they read; a term is matched as written in the releases' Korean press (Yonhap, Newsis, Infomax, News1, Newspim...)
_P = r"(?:은|는|이|가|을|를|의|에서|에게|에|으로|로|도|과|와)?"  # a particle after a noun (mapped on its own below)
_TRADE = "|".join(f"(?<={w})" for w in ("買い越し", "売り越し", "取得", "処分", "増加", "減少", "流入超", "流出超", "記録",
                                                      "拡大", "縮小", "急増", "急減", "上昇", "下落", "転換", "改善",
                                                      "悪化"))
_FIG = r"(?:(?<=円)|(?<=ドル))"
_PERIOD = r"(?:(?:\d{4}年|今年|昨年)?\d{1,2}月(?:\d{1,2}日(?:～(?:\d{1,2}月)?\d{1,2}日)?|第\d週)?|先週|前週|先月)"
_AMT = r"(?<![\d.,])[\d.,]+(?:兆[\d.,]*)?(?:億[\d,千]*)?(?:万)?(?:円|ドル)"  # a figure as read ("3兆8844億円")
_RULES: list[tuple[str, str]] = [
    # --- dates and periods (the concept tables of ``korean_words`` first: a period said relative to another)
    *words.rules(words.PERIODS),
    *words.rules(words.RANKS),
    (r"전월\s?(?:대비|보다|에 비해)", "前月比"), (r"전주\s?(?:대비|보다|에 비해)", "前週比"), (r"전년\s?동월\s?(?:대비|보다|에 비해)", "前年同月比"),
    (r"(\d{4})\s?년\s?(\d{1,2})\s?월\s?(\d{1,2})\s?일", r"\1年\2月\3日"),
    (r"(\d{1,2})\s?월\s?(\d{1,2})\s?일?\s?[~∼～-]\s?(\d{1,2})\s?월\s?(\d{1,2})\s?일", r"\1月\2日～\3月\4日"),
    (r"(\d{1,2})\s?월\s?(\d{1,2})\s?[~∼～-]\s?(\d{1,2})\s?일", r"\1月\2日～\3日"),
    (r"(?<![\d.])(\d{1,2})\s?일?\s?[~∼～-]\s?(\d{1,2})\s?일", r"\1日～\2日"),
    (r"(\d{1,2})\s?월\s?(\d{1,2})\s?일", r"\1月\2日"),
    (r"(\d{4})\s?년\s?(\d{1,2})\s?월", r"\1年\2月"),
    # a span from one month to another of another year ("2023년 4월∼2024년 3월": a fiscal year) = 2023年4月～2024年3月
    (r"(\d{4}年\d{1,2}月)\s?[~∼～-]\s?(?=\d{4}年\d{1,2}月)", r"\1～"),
    (r"(\d{1,2})\s?월\s?(?:말|말일)(?:\s?현재|\s?기준)?", r"\1月末"),
    (r"(\d{1,2})\s?월\s?첫째\s?주", r"\1月第1週"),
    (r"(\d{1,2})\s?월\s?둘째\s?주", r"\1月第2週"),
    (r"(\d{1,2})\s?월\s?셋째\s?주", r"\1月第3週"),
    (r"(\d{1,2})\s?월\s?넷째\s?주", r"\1月第4週"),
    (r"(\d{4})\s?(?:회계연도|회계년도)", r"\1年度"), (r"(\d{4})\s?년\s?(?:회계연도|회계년도)", r"\1年度"),
    (r"(\d{1,2})\s?월?\s?[~∼～-]\s?(\d{1,2})\s?월", r"\1～\2月"),  # "1∼3월": January to March
    (r"(\d{4})\s?년\s?([1-4])\s?분기", r"\1年第\2四半期"), (r"(?<!\d)([1-4])\s?분기", r"第\1四半期"),
    (r"(\d{4})\s?년\s?상반기", r"\1年上半期"), (r"(\d{4})\s?년\s?하반기", r"\1年下半期"),
    (r"상반기", "上半期"), (r"하반기", "下半期"),
    (r"(\d{4})\s?년", r"\1年"),
    (r"(?<![\d.])(\d{1,2})\s?월엔(?=\s)", r"\1月には"),  # 엔 = 에는 after a month ("지난해 9월엔": in last year's September)
    (r"(?<![\d.])(\d{1,2})\s?월(?![가-힣])", r"\1月"),
    (r"(?<![\d.])(\d{1,2})\s?월(?=[에은는의도말부까,\s])", r"\1月"),
    (r"(?<![\d.])(\d{1,2})\s?일(?=[에은는의도부까,\s])", r"\1日"),
    (r"(\d{1,2})月\s?(?:기준|현재)(?:으로)?(?=\s)", r"\1月時点で"),  # "9월 기준 1조1500억 달러": as of September
    (r"(\d{1,2})月\s?(?:중순|중旬)", r"\1月中旬"), (r"(\d{1,2})月\s?초(?![가-힣])", r"\1月初め"),
    (r"(\d{1,2})月\s?한\s?달(?:\s?(?:동안|간))?", r"\1月中"),  # "4월 한 달": in the month of April
    (r"지난\s?주|지난주", "先週"),
    (r"(?<![가-힣])그\s?(?=전\s?주|전월|전달)", ""),  # 그 전주 (the week before that): the week before
    (r"전\s?주(?=[에의는도\s,])", "前週"),
    (r"지난\s?달|지난달", "先月"),
    (r"전월", "前月"),
    (r"전달(?=과|와|의|보다|인|에|대비|\s?\d)", "前月"),  # 전달 (the month before; not 전달하다, to pass on)
    (r"(?:전년|지난해|작년)\s?(?:같은|동)\s?(?:기간|시기)|전년\s?동기", "前年同期"), (r"전년\s?(?:대비|보다|에 비해)", "前年比"),
    (r"전년\s?동월", "前年同月"),
    (r"전년", "前年"),
    (r"지난\s?해|지난해|작년", "昨年"), (r"(?<![가-힣])그\s?해(?=\s?\d)", "同年"),  # 그 해 3월: that year's March
    # this year to the end of a month ("올들어 9월 말까지" = 今年1月から9月末まで), or to date (올해 들어 = 年初来)
    (r"(?:올\s?해|올|연초)\s?(?:들어|이후|부터)\s?(\d{1,2})月(末)?\s?까지", r"今年1月から\1月\2まで"),
    (r"(?:올\s?해|올|연초)\s?(?:들어|이후)", "年初来"),
    (r"올해|올\s(?=\d)", "今年"),
    (r"(昨年|今年|前年)\s(?=\d{1,2}月)", r"\1"),
    (r"이날|당일", "同日"), (r"(?<![가-힣])이는(?=\s)", "これは"),  # 이는: this (the figure before) is
    (r"같은\s?기간|동\s?기간", "同期間"),
    (r"(?<!개)월간", "月間"), (r"(?<!\d)주간", "週間"),  # monthly, weekly (月間, 週間)
    # from ... to ...: 부터 = から, 까지 = まで, 사이 (between) after the second = まで
    (r"(?<=[月日年末週旬])\s?부터\s?", "から"), (r"(?<=[月日年末週旬])\s?까지", "まで"),
    # a date right before a figure or a place is its date, as Japanese joins them with の ("2013년 540억 달러" = 2013年の
    # 540億ドル, "지난해 3월 1조3074억엔" = 昨年3月の1兆3074億円, "2014년 23위" = 2014年の23位)
    (r"(?:(?<=\d{4}年)|(?<=\d月)|(?<=月末))\s?(?=(?:約)?\d[\d,.]*(?:兆|億|万)[\d,.千]*(?:億|万)?(?:円|ドル)|"
     r"\d{1,2}\s?위(?:에서|로|까지|를|을|는|은|가|이|에|\s))", "の"),
    # a holder's place left and the one taken ("2014년 23위에서 2015년 16위로 뛰었고", "19위에서 9월 23위까지 떨어진 후") =
    # 2014年の23位から2015年の16位に (the Japanese grammar's move of place)
    (r"(?<=\d)\s?위에서(?=\s)", "位から"), (r"(?<=\d)\s?위(?:까지|로)(?=\s)", "位に"),
    # a place recorded or taken ("2위를 기록했다", "22위를 기록했으나") = 2位を占め
    (r"(?<=\d)\s?위(?:를|을)\s?(?=기록|차지)(?:기록|차지)", "位を占め"),
    (r"(?<=[月日])\s?사이", "まで"),
    # --- runs and look-backs (before the bare units)
    *words.rules(words.LOOK_BACKS),
    (r"(\d+)\s?주\s?연속", r"\1週連続"),
    (r"(\d+)\s?개월\s?연속", r"\1カ月連続"),
    (r"(\d+)\s?년\s?연속|(\d+)年\s?연속", r"\1\2年連続"),
    (r"(\d+)\s?분기\s?연속", r"\1四半期連続"),
    # n of the last m periods ("최근 5주 중 4주째 순매수" = 直近5週のうち4週買い越し): not a run of n, whatever 째 says
    (r"(?:(최근|지난)\s?)?(\d{1,2})\s?(개월|주)\s?(?:중|가운데)\s?(\d{1,2})\s?(?:개월|주)\s?(?:째|동안)?",
     lambda m: f"{'直近' if m.group(1) else ''}{m.group(2)}{_SPANS[m.group(3)]}のうち{m.group(4)}{_SPANS[m.group(3)]}"),
    # N months on end (내리, 연달아, 잇따라: "넉 달 동안 내리 감소했다" = 4カ月連続減少; 넉 달, 석 달 = four, three months)
    (r"(\d+|두|세|석|네|넉|다섯|여섯|일곱|여덟|아홉|열)\s?(?:개월|달)\s?(?:동안\s?|간\s?)?(?:내리|연달아|잇따라)",
     lambda m: f"{_NATIVE.get(m.group(1), m.group(1))}カ月連続"),
    # the Nth period running (째): "5개월째 줄었다" (a fifth month of falls) = 5カ月連続, "두달째" (native numeral + 달)
    (r"(\d+)\s?개월\s?째|(\d+)\s?달\s?째", r"\1\2カ月連続"),
    (r"(두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?달\s?째", lambda m: f"{_NATIVE[m.group(1)]}カ月連続"),
    (r"(\d+)\s?주\s?째", r"\1週連続"), (r"(\d+)\s?년\s?째", r"\1年連続"), (r"(\d+)\s?분기\s?째", r"\1四半期連続"),
    # the lowest (highest) in N months: "6개월중 최저", "6개월 만에 최고치" = 6カ月ぶりの低水準 (高水準)
    (r"(\d+)\s?(개월|주|년)\s?(?:중|만에|만의|래)\s?(최저|최고)(?:치|\s?수준)?",
     lambda m: f"{m.group(1)}{_SPANS[m.group(2)]}ぶりの{'低' if m.group(3) == '최저' else '高'}水準"),
    # (처음으로 after it says the same: "24년만에 처음으로" = 24年ぶりに)
    (r"(\d+)\s?주\s?만(?:에|의)(?:\s?처음(?:으로)?)?", r"\1週ぶりに"),
    (r"(\d+)\s?개월\s?만(?:에|의)(?:\s?처음(?:으로)?)?", r"\1カ月ぶりに"),
    (r"(\d+)\s?(?:년|年)\s?만(?:에|의)(?:\s?처음(?:으로)?)?", r"\1年ぶりに"),
    (r"(\d+)\s?주일?\s?(?:동안|간)", r"\1週間"),
    (r"(\d+)\s?개월\s?(?:동안|간)", r"\1カ月間"),
    (r"(?:통계|집계)\s?(?:집계|작성)?\s?(?:이후|이래)\s?(?:사상\s?)?최대", "過去最大"),
    (r"(?:사상|역대)\s?최대치?", "過去最大"),
    (r"(?:사상|역대)\s?최고치?", "過去最高"),
    (r"(?:사상|역대)\s?최저치?", "過去最低"),
    (r"\s?(?:이후|이래)\s?(?=최대|최고|최저|최소|처음|가장)", "以来"),
    (r"이후|이래", "以来"),
    (r"(\d{1,2})\s?위(?=[을를은는의에로이가도인]|[^가-힣]|$)", r"\1位"), (r"수준", "水準"),
    # an ordinal: "두 번째로 많은" = 2番目に多い (native numerals 두, 세, 네... before 번째)
    (r"(\d{1,2}|두|둘|세|셋|네|넷|다섯)\s?번째(?:로)?\s?(?:많은|많이|많다|많)", lambda m: f"{_NATIVE.get(m.group(1), m.group(1))}番目に多い"),
    (r"(\d{1,2}|두|둘|세|셋|네|넷|다섯)\s?번째(?:로)?\s?(?:큰|크다)", lambda m: f"{_NATIVE.get(m.group(1), m.group(1))}番目に大きい"),
    (r"(\d{1,2}|두|둘|세|셋|네|넷|다섯)\s?번째(?:로)?", lambda m: f"{_NATIVE.get(m.group(1), m.group(1))}番目の"),
    # overtaking a holder (제치다: "6월 중국을 제치고 미국의 최대 국채 보유국으로 자리매김했다" = 6月中国を抜いて米国の最大保有国
    # になった), the largest holder of (US) government bonds said with 국채 between
    (r"(?:을|를)\s?제치(?:고|며|면서)", "を抜いて"), (r"(?:을|를)\s?제쳤", "を抜いた"),
    (r"최대\s?국채\s?(?=보유국)", "最大"),
    (r"(?<=보유국)(?:으로|로)\s?자리매김(?:했|하였|한|하)", "になっ"),
    # the largest holder named short ("미국 국채 최대국", the largest country), with or without 보유국 after it
    (r"최대국(?:\s?보유국)?(?=[이가은는의을를인]?(?![가-힣]))", "最大保有国"),
    # the most (least): 가장 많은/적은/큰/작은/높은/낮은 = 最も多い/少ない/..., as Japanese says a look-back's extreme
    (r"가장\s?(많|적|크|작|높|낮)(은|다|았|었)", lambda m: "最も" + {"많": "多", "적": "少な", "크": "大き", "작": "小さ",
                                                              "높": "高", "낮": "低"}[m.group(1)]
     + ("い" if m.group(2) in "은다" else "かった")),  # 가장 많았다 = 最も多かった
    (r"가장\s?큰", "最も大きい"), (r"가장\s?작은", "最も小さい"),
    (r"최대치?", "最大"), (r"최고치?", "最高"), (r"최저치?", "最低"), (r"최소치?", "最小"),
    (r"처음", "初めて"),
    # "비교 가능한 통계가 있는 2014년 1월 이후" (since January 2014, when comparable statistics begin): the statistics'
    # start, as Japanese says it ("1978年1月の統計開始以来")
    (r"비교\s?가능한\s?통계(?:가|를)?\s?(?:있는|작성된|집계된|시작된)\s?((?:\d{4}年)?(?:\d{1,2}月)?)\s?以来",
     (1, "の統計開始以来")),
    (r"비교\s?가능한", "比較可能な"),
    # an economists' forecast right before its figure ("전문가 예상치 7859억엔", "시장 전망치인 1197억엔", "민간 예측 평균
    # 2조6035억엔", "예상치(1조 6499억엔)") = 市場予想 (の平均): Japanese "市場予想の7859億円", a forecast, not the outcome
    (r"(?:(?:전문가|시장|민간|증권가|사전)\s?)?(?:예상치|예측치|전망치|예상|예측|전망|컨센서스)(\s?(?:평균|중간값|중앙값))?"
     r"(?:인|은|는|의)?\s?(?=[(（]?\d)", lambda m: "市場予想" + ("の平均" if m.group(1) else "")),
    (r"발표", "発表"), (r"보도", "報道"), (r"집계", "集計"), (r"기록", "記録"),
    # an intervention said as the trade it is (before 매수 and 팔다 are read as a trade of securities): "달러를 팔아
    # (엔화를) 매수한 엔화가 X엔" (the yen bought by selling dollars) = ドル売り円買い介入した額が, "달러를 팔아 엔화를
    # 사들이는 외환 개입" = ドル売り円買いの為替介入; the other way, "X엔을 풀어 달러를 사들이는" = X円の円売りドル買いの
    (r"달러(?:화)?(?:를|을)?\s?팔(?:아|고)\s?(?:엔화?(?:를|을)?\s?)?(?:매수|매입|사들)(?:한|인)\s?엔화?(?=[가는])",
     "ドル売り円買い介入した額"),
    (r"달러(?:화)?(?:를|을)?\s?팔(?:아|고)\s?(?:엔화?(?:를|을)?\s?)?(?:사들이|매수하|매입하)는", "ドル売り円買いの"),
    (r"(?:(?<=円)|엔화?)(?:을|를)?\s?(?:팔아|풀어|팔고|풀고)\s?달러(?:화)?(?:를|을)?\s?(?:사들이|매수하|매입하)는",
     "の円売りドル買いの"),
    (r"달러\s?(?:매도|매각)\s?(?:및|와|과|·|,)?\s?엔화?\s?(?:매수|매입)\s?개입|엔화?\s?(?:매수|매입)\s?개입", "円買い介入"),
    (r"엔화?\s?(?:매도|매각)\s?(?:및|와|과|·|,)?\s?달러\s?(?:매수|매입)\s?개입|엔화?\s?(?:매도|매각)\s?개입", "円売り介入"),
    (r"(?<![가-힣])(?:시장|환시)\s?개입", "為替介入"),  # 환시: 외환시장 (the currency market) cut short
    *words.rules(words.MEASURES),
    # --- trades and holdings: a figure's gross purchase and sale ("3조8844억엔 매수에 3조8794억엔 매도로": bought X
    # against sold Y), the sides named as amounts (매입액 = 取得額), the net (순매수 = 買い越し)
    (rf"({_AMT})\s?(?:매수|매입)(?:에|로|으로)(?=\s)", ("取得", 1, "、")),
    (rf"({_AMT})\s?매도(?:에|로|으로)(?=\s)", ("処分", 1, "、")),
    (r"매수\s?우위\s?(?:액수|금액|규모)?", "買い越し額"),
    (r"매도\s?우위\s?(?:액수|금액|규모)?", "売り越し額"),
    (r"순매수(?:액|금액|세|규모)?|순매입(?:액|금액|세|규모)?|순투자", "買い越し"),
    (r"순매도(?:액|금액|세|규모)?", "売り越し"),
    (r"순유입", "流入超"), (r"순유출", "流出超"),
    (r"(?:매수|매입)(?:액|금액)", "取得額"), (r"매도(?:액|금액)", "処分額"),
    (r"매수|매입", "取得"), (r"매도", "処分"), (r"매각", "売却"), (r"처분", "処分"),
    # (not the reserves: 외환보유액 = 外貨準備高, a figure the store does not hold, nor gold)
    # all foreign holders: "외국이 보유한 미국 국채", "해외 보유 미국 국채" (foreign-held Treasuries) = 外国が保有する米国債,
    # "외국의 미 국채 보유량" = 外国の米国債保有額 (美: the Hanja of a headline for 미국)
    (r"(?:외국|해외)(?:이|가|에서)?\s?보유(?:한|하고\s?있는|하는|중인)?\s?(?:미국|미|美)\s?국채", "外国が保有する米国債"),
    (r"(?:외국|해외)(?:의|에서의)\s?(?=(?:미국|미|美)\s?국채)", "外国の"),
    (r"(?:외환|외화)\s?보유\s?(?:액|고|량)?|외환\s?준비금", "外貨準備高"), (r"금\s?보유\s?(?:액|량|고)?", "金保有量"),
    (r"보유\s?(?:액|규모|잔액|고|량)", "保有額"), (r"(?<=位)\s?보유국", "の保有国"), (r"보유국", "保有国"), (r"보유", "保有"),
    *words.rules(words.DIRECTIONS),
    # the native verbs of a move or a trade: 늘다/늘리다 (increase), 줄다/줄이다 (decrease), 사들이다 (buy), 팔다 (sell)
    (r"늘(?:었|어났|어난|어|린|렸|려|리고|리며|고|면서)", "増加し"), (r"줄(?:었|어들었|어든|어|인|였|여|이고|이며|고|면서)", "減少し"),
    (r"사들(?:였|인|여|이고|이며|이면서)", "購入し"), (r"팔아\s?치(?:웠|운|워|우고)|팔(?:았|아|고)(?=[다고며으지\s])", "売却し"),
    (r"증가세?", "増加"), (r"감소세?", "減少"),  # 감소세: a falling trend (세), the move
    (r"흑자", "黒字"), (r"적자", "赤字"),
    (r"경상\s?수지", "経常収支"), (r"(?:무역|상품)\s?수지", "貿易収支"), (r"국제\s?수지", "国際収支"),
    (r"서비스\s?수지", "サービス収支"), (r"(?:1차|본원)\s?소득\s?수지", "第一次所得収支"),
    (r"(?:2차|이전)\s?소득\s?수지", "第二次所得収支"), (r"경상\s?이전\s?수지", "経常移転収支"),
    (r"소득\s?수지", "所得収支"),  # the names before BPM6 (2014): 所得収支, 経常移転収支
    (r"수출(?:액|금액)?", "輸出"), (r"수입(?:액|금액)", "輸入額"), (r"수입(?=[이은는도과와\s])", "輸入"),
    (r"흑자\s?(?:폭|규모)", "黒字幅"), (r"적자\s?(?:폭|규모)", "赤字幅"),
    (r"(?:외환\s?시장\s?)?(?:엔화?\s?(?:매수|매입)\s?)?(?:시장\s?)?개입\s?(?:액|규모|금액|액수)", "為替介入額"),
    (r"엔화?\s?(?:매수|매입)\s?개입", "円買い介入"), (r"외환\s?(?:시장\s?)?개입|환율\s?개입", "為替介入"),
    (r"(\d{1,2})\s?년\s?(?:만기\s?)?(?:물\s?)?국채", r"\1年物国債"), (r"(\d{1,2})\s?년물", r"\1年物"),
    (r"장기\s?금리", "長期金利"), (r"(?:(?<=国債)|(?<=年物)|(?<=債))\s?(?:금리|수익률)", "利回り"),
    (r"수익률", "利回り"), (r"금리", "金利"),  # a bare 금리: an interest rate (a policy rate too), no bond's yield
    (r"엔화\s?가치", "円相場"), (r"엔/달러|엔·달러|엔-달러|달러-엔|달러/엔", "ドル円"),
    (r"달러당\s?(?=\d)", "1ドル="),
    # a trade or a move as a verb (하다 = する): "순매도했지만" = 売り越したが; a connective ending (-지만, -고, -며, -해)
    # ends the clause as 、 does
    (rf"(?:{_TRADE})(?:를|을)?\s?(?:했|하였|됐|되었)(?:었)?(?:지만|고|으며|며|는데|으나|나|다가)(?=\s)",
     "し、"),
    (rf"(?:{_TRADE})(?:를|을)?\s?(?:하|되)(?:지만|고|며|면서|는데|나|여|다가)(?=\s)|"
     rf"(?:{_TRADE})(?:를|을)?\s?(?:해|돼)(?=\s)", "し、"),
    (rf"(?:{_TRADE})(?:를|을)?\s?(?:한|했던|하던|된)(?=\s)", "した"),
    (rf"(?:{_TRADE})(?:를|을)?\s?(?:했|하였|됐|되었)(?:습니)?다(?=[.\s]|$)", "した"),  # the sentence's last verb
    (rf"(?:{_TRADE})(?:로|으로)?\s?전환(?:했|하였|한|하며|해)", "に転じ"),  # turned to a net sale (purchase)
    # --- who: investors, holders, the publishers
    (r"(?:일본\s?)?재무성", "財務省"),
    (r"(?:미국|미)\s?재무부", "米財務省"), (r"\(현지시간\)", ""),
    (r"외국인\s?투자자들?|외국\s?투자자들?|해외\s?투자자들?|외국인들?|비거주자", "海外投資家"),
    (r"일본\s?(?:국내\s?)?투자자들?|일본\s?내국인(?:\s?투자자들?)?|일본인들?|(?:국내|내국인)\s?투자자들?|거주자",
     "国内投資家"),
    # MoF's investor types (not 日本生命, one insurer: "일본 생명보험사들" are Japan's life insurers)
    (r"일본\s?(?:의\s?)?(?=생명\s?보험|생보)", "日本の"),
    (r"생명\s?보험\s?(?:사|회사)|생보사|생보", "生命保険会社"), (r"손해\s?보험\s?(?:사|회사)|손보사", "損害保険会社"), (r"연기금|연금", "年金"), (r"투자\s?신탁|투신", "投資信託"),
    # central banks are no investor type (日本銀行, 中国人民銀行, 中央銀行: the lexicon's exceptions), nor the Fed
    (r"인민\s?은행", "人民銀行"), (r"중앙\s?은행", "中央銀行"), (r"연방\s?준비\s?제도(?:\s?이사회)?|연준", "FRB"),
    (r"은행", "銀行"),
    (r"엔화?\s?약세|엔저", "円安"), (r"엔화?\s?강세|엔고", "円高"),
    (r"투자", "投資"), (r"규모", "規模"),  # "주식 투자는" = 株式投資は; "규모는 4천883억엔" = 規模は (the size of the trade)
    # --- what: the securities
    (r"(?:미국|미|美)\s?국채", "米国債"),
    (r"일본\s?국채", "日本国債"),
    (r"(?:전체\s?)?일본\s?증권(?:\s?시장)?", "対内証券"),  # all Japanese securities: non-residents' total
    (r"(?:해외|외국)\s?(?:중?장기\s?)?채권", "外国債券"),  # 장기 채권 (long-term bonds): MoF's 中長期債
    (r"(?:해외|외국)\s?단기\s?(?:국)?채(?:권)?", "対外短期債"),
    (r"(?:해외|외국)\s?주식(?:\s?시장)?", "外国株式"),
    (r"일본\s?(?:내\s?)?(?:중?장기\s?(?:국)?채(?:권)?|채권)(?:\s?시장)?", "日本の中長期債"),
    (r"일본\s?(?:내\s?)?단기\s?(?:국)?채(?:권)?(?:\s?(?:및|과)\s?머니\s?마켓)?(?:\s?시장)?", "日本の短期債"),
    (r"일본\s?주식(?:\s?시장)?", "日本株"),
    (r"중?장기\s?(?:국)?채(?:권)?(?:\s?시장)?", "中長期債"),
    (r"단기\s?(?:국)?채(?:권)?(?:\s?(?:및|과)\s?머니\s?마켓)?(?:\s?시장)?", "短期債"),
    (r"주식(?:\s?시장)?", "株式"),
    (r"채권", "債券"),
    # all foreign holders: "중국을 포함한 해외에서의 미국국채 보유규모" (abroad, China included) = 中国を含む海外の
    (r"(?:을|를)\s?포함한(?=\s)", "を含む"), (r"해외\s?(?:에서)?의(?=\s)", "海外の"),
    (r"일본", "日本"), (r"중국", "中国"), (r"영국", "英国"), (r"한국", "韓国"), (r"미국", "米国"),
    (r"대만", "台湾"), (r"홍콩", "香港"), (r"케이[맨먼]\s?(?:제도|군도)", "ケイマン諸島"), (r"벨기에", "ベルギー"),
    (r"룩셈부르크", "ルクセンブルク"), (r"스위스", "スイス"), (r"캐나다", "カナダ"), (r"(?<![가-힣])아일랜드", "アイルランド"),
    (r"사우디아라비아|사우디", "サウジアラビア"), (r"인도(?![가-힣])", "インド"), (r"브라질", "ブラジル"),
    (r"프랑스", "フランス"), (r"노르웨이", "ノルウェー"), (r"싱가포르", "シンガポール"), (r"러시아", "ロシア"),
    (r"독일", "ドイツ"), (r"이스라엘", "イスラエル"), (r"멕시코", "メキシコ"),
    # the rest of TIC's holders the lexicon names, and 우리나라 (our country: a Korean paper's South Korea)
    (r"터키|튀르키예", "トルコ"), (r"(?<![가-힣])태국", "タイ"), (r"필리핀", "フィリピン"), (r"호주", "オーストラリア"),
    (r"네덜란드(?!\s?앤틸리스)", "オランダ"), (r"스웨덴", "スウェーデン"), (r"스페인", "スペイン"), (r"이탈리아", "イタリア"),
    (r"쿠웨이트", "クウェート"), (r"아랍에미리트(?:연합)?|UAE", "アラブ首長国連邦"), (r"베트남", "ベトナム"),
    (r"폴란드", "ポーランド"), (r"말레이시아", "マレーシア"), (r"인도네시아", "インドネシア"), (r"칠레", "チリ"),
    (r"콜롬비아", "コロンビア"), (r"버뮤다", "バミューダ"), (r"바하마", "バハマ"), (r"우리나라", "韓国"),
    # "3월 17∼23일 기간 동안 9752억엔의 순매도액을 기록한 이후 최대" (the largest since it recorded net sales of ¥975.2 bn in
    # the week of March 17-23): the period a look-back counts from with its figure in brackets, as Japanese writes it
    # ("2011年8月(1兆5263億円)以来")
    (rf"({_PERIOD})\s?(?:기간\s?)?(?:동안|중|에)?\s?({_AMT})(?:の|의)?\s?((?:買い越し|売り越し|取得|処分)(?:額)?)?(?:を|을|를)?\s?記録(?:した|한)\s?以来",
     (1, "(", 2, "の", 3, ")以来")),
    # a run ended ("3주 연속 순매수 흐름을 마감했다": closed a run of three weeks of net purchases) = 3週連続の買い越しを終え
    (r"(?<=越し|増加|減少|黒字|赤字)\s?(?:흐름|행진|기조|추세|행렬)?\s?(?:을|를|이|가)\s?(?:마감|마무리|멈추|멈췄|멈춘|끝내|끝냈|끝낸|중단)",
     "を終え"),
    # a connective ending (-지만 but, -며 and, -는데, -다가 then, -고 after a past stem) ends the clause as 、 does
    (r"((?<=[가-힣])(?:지만|으며|는데|으나|다가|면서)|(?<=[했됐였었았냈났졌렸])(?:고|며))(?=\s)", (1, "、")),
    # --- qualifiers of a figure (after it, as in Japanese) and before it
    (r"약\s?(?=\d)", "約"),
    (r"각각", "それぞれ"),  # respectively
    (rf"{_FIG}\s?및\s?(?=\d)", "と"),
    *words.rules(words.FOLLOWS),
    (r"(?<=[\u3040-\u30ff\u4e00-\u9fff)])(?:에|을|를)\s?이어(?=\s)", "に次いで"),  # "일본에 이어": after Japan  # "4조4341억엔 및 3조647억엔": X and Y
    (rf"{_FIG}\s?이상", "以上"),
    (rf"{_FIG}\s?(?:가까이|가까운|가량|정도)", "近く"),
    (rf"{_FIG}\s?(?:을|를)?\s?(?:넘는|넘어|넘게|넘었|웃돌)", "超"),
    (rf"{_FIG}\s?(?:어치)", "分"),
    # from one figure to another: "7월 1조 1354억 달러에서 8월에는 1조1491억 달러로 늘렸다" = 7月1兆1354億ドルから8月には
    # 1兆1491億ドルに増やした (에서 after a figure is から, not the place で; the 로 of the figure after it is に)
    (rf"{_FIG}\s?에서(?=\s)", "から"),
    (rf"(から[^。、]{{0,20}}?{_AMT})\s?(?:으로|로)(?=\s)", _to_figure),
    # below a figure (밑돌다 = 下回る): "7월의 5조5939억 달러를 밑돌며" = 7月の5兆5939億ドルを下回り (a level compared)
    (r"(?<=[円ドル])(?:을|를)\s?밑돌(?:며|고|면서|아)(?=\s)", "を下回り"), (r"(?<=[円ドル])(?:을|를)\s?밑돌았", "を下回った"),
    # a figure reached ("1조1천615억달러에 달해" = 1兆1615億ドルに達し): the level, not the figure a move went to
    (r"(?<=[円ドル])\s?에\s?달(?:해|하며|했고|했으며|하고|한|했다|하던|했던)", "に達し"),
    # a move, then the level it left ("5억달러 줄어든 416억달러로" = 5億ドル減少し、416億ドルで): the two figures apart
    (rf"(増加し|減少し)\s+(?={_AMT})", (1, "、")),
    # a figure as the subject of its move ("123억달러가 감소해" = 123億ドル減少し): the amount of the change
    (r"(?<=[円ドル])\s?(?:이|가)\s?(?=増加|減少)", ""),
    # a figure compared (대비 = 比べ): "전월 1조1700억 달러 대비 약 289억 달러 감소" = 前月1兆1700億ドルに比べ…減少
    (rf"({_AMT})\s?대비(?=\s)", (1, "に比べ")),
    # a figure then 으로/로 ("1조8826억엔으로 ... 순매도"): the clause goes on to the net, as 〜で、 does; after the
    # won it converts to, in brackets, too ("1조1500억 달러(약 1341조4750억원)로")
    (rf"(?:{_FIG}|(?<=ウォン\)))\s?(?:으로|로)(?:,|(?=\s))", "で、"),
]
_COMPILED = [(re.compile(p), r) for p, r in _RULES]
#: the particle after a term read above: the Japanese one (은/는 = は, 을/를 = を ...)
_PARTICLES = [("보다", "より"), ("에 비해", "に比べ"), ("에서는", "では"), ("에서도", "でも"), ("에서", "で"), ("에는", "には"), ("으로", "に"), ("에게", "に"),
              ("은", "は"), ("는", "は"), ("을", "を"), ("를", "を"), ("의", "の"), ("에", "に"), ("로", "に"),
              ("도", "も"), ("이", "が"), ("가", "が"), ("과", "と"), ("와", "と"),
              ("인", "の")]  # 인: the copula before a noun ("2위인 중국" = 2位の中国, "최대 보유국인 중국" = 最大保有国の中国)
_JA_END = r"[\u3040-\u30ff\u4e00-\u9fff]"
#: a line whose topic is a holder (the lexicon's Japanese names: "中国は", "日本の保有額は"), after a connective or a phrase set
#: before it ("반면 中国の…は", "最大債券국인 中国は")
_HOLDER_TOPIC = re.compile(rf"(?:[^。、\n]{{0,12}}\s)?(?:{JA_HOLDER})(?:の[^。、\s]{{0,12}})?は")


def read(text: str) -> Rewrite:
    """The Japanese reading of a Korean ``text`` (module docstring)."""
    r = Rewrite(text)
    r.sub(_NUMERAL, _numeral)
    r.sub(_PLAIN, lambda m: m.group(1) + _CURRENCY[m.group(2)] + ("台" if m.group(3) else ""))
    for rx, repl in _COMPILED:
        r.sub(rx, repl)
    # the particle right after a term read above
    parts = "|".join(k for k, _ in _PARTICLES)
    table = dict(_PARTICLES)
    # a plural (들) right after a noun read above: "生命保険会社들은" = 生命保険会社は
    r.sub(re.compile(rf"(?<={_JA_END})들(?=(?:{parts})(?![가-힣]))"), lambda m: "")
    r.sub(re.compile(rf"(?<={_JA_END})({parts})(?![가-힣])"), lambda m: table[m.group(1)])
    # a clause that qualifies the subject ("4월 한 달 3조 엔 이상 ... 순매수한 외국인투자자들이 지난 주 순매도했다": the
    # investors who bought in April sold last week) ends at the subject, as a comma ends it in Japanese: the figure in it
    # keeps the clause's period, not the one the sentence goes on to
    r.sub(re.compile(rf"(?<=した)(\s?{_JA_END}{{1,10}}?)(が|は)(?=\s?(?:先週|前週|先月|前月|今年|昨年|\d{{1,4}}[年月]))"),
          [1, 2, "、"])
    # a Korean sentence ends on its verb and a full stop: the checker's 。
    r.sub(re.compile(r"(?<=[가-힣\u3040-\u309f)\]'\"’”%])\.(?=\s|$)"), lambda m: "。")
    # a month set before a holder's possessive with no particle ("6월 일본의 미 국채 보유량은": June's, Japan's holdings)
    # is the period of what the holder holds, as Japanese writes it with の ("6月の日本の"); not a month said as when the
    # sentence's verb happened ("3월 해외 채권을 순매도했다": sold foreign bonds in March)
    r.sub(re.compile(r"(?<=\d月)\s+(?=[\u30a0-\u30ff\u4e00-\u9fff]{1,6}の)(?!約|以来|から|まで|中|末|初め|第|同)"),
          lambda m: "の")
    # Japanese writes no space between words: none between two words read above ("11日 報道" = 11日報道); a line's end
    # stays (a headline ending on a word read, "4월 58억 감소", and the date line under it are two lines)
    r.sub(re.compile(rf"(?<={_JA_END})[ \t]+(?={_JA_END}|\d)|(?<=[\d)])[ \t]+(?={_JA_END})"), lambda m: "")
    # nor after its comma, one read above ("1兆971億ドルで、 2位": 1兆971億ドルで、2位)
    r.sub(re.compile(rf"(?<=[\u3040-\u30ff\u4e00-\u9fff\d]、)[ \t]+(?={_JA_END}|\d)"), lambda m: "")
    # a comma ends a clause as 、 does
    r.sub(re.compile(r"(?<=[가-힣\u3040-\u30ff\u4e00-\u9fff\d)%]),\s?(?=\D)"), lambda m: "、")
    # Korean news copy sets nearly every sentence on a line of its own, a blank line after it: those lines are one
    # paragraph for the checker (the span it carries a period or a holder within), up to one that turns to another
    # subject ("한편": meanwhile) or names a holder of its own as its topic ("중국은 …", "일본의 보유액은 …": that holder's
    # figures, of their own period, not of the one the lines before were about)
    r.sub(re.compile(r"(?<=。)[ \t]*\n\s*\n\s*(?=\S)(?!한편)"),
          lambda m: None if _HOLDER_TOPIC.match(m.string, m.end()) else "\n")
    return r

