"""The Japanese grammar of qualifiers: streaks ("3カ月連続の売り越し"), firsts and look-backs ("5カ月ぶりの買い越し",
"3年ぶりの高水準"), "since" ("2005年以来の最大", "4月以来初めて"), the year to date ("年初来の最低"), the n-th largest
("過去2番目の大きさ") and records ("過去最大", "最大の売り越し"). ``qualifiers.find_qualifiers`` calls
``japanese_qualifiers`` between the English phrases, in the same order as before the split.
"""

from __future__ import annotations

import re
from datetime import date

from ustflow.check.claims import Qualifier
from ustflow.check.ja_eras import western_year
from ustflow.check.lexicon import JA_RUN_WHAT, act_direction
from ustflow.check.period_grammar import Resolver
from ustflow.check.rxgate import finditer

#: (also "史上最大", "過去最少": the smallest, said of a count or an amount)
JA_RECORD_RX = re.compile(r"(?:過去|史上)最(?:大|高|低|小|少)(?:規模|水準)?|統計開始以来最(?:大|高|低|小|少)|"
                          # "これまででもっとも少なく", "今までで最も大きい": the most of all so far, in kana or not
                          r"(?:これまで|今まで)で(?:最も|もっとも)(?:大き|小さ|高|低|多|少な)(?:く|い|かった)")
#: "年度の半期としては最大", "1か月当たりとして最も大きく", "上半期の黒字としては最小", "上半期としては赤字幅が最小": a record
#: among the spans the words frame ("として"), with no 過去 (the frame's words stay in the sentence: ``bop_records`` reads them)
JA_FRAME_RECORD_RX = re.compile(r"(?<=として)(?:は)?[、,]?\s*(?:(?:黒字|赤字)(?:幅|額)?(?:が|は)?)?"
                                r"(?P<w>最大|最高|最小|最少|最低|最も(?:大き|小さ|高|低)(?:く|い|かった))"
                                # (not a rank of the noun after it: "日本として最大の貿易相手国", but "最大の黒字")
                                # (its figure right after: "黒字額が半期として最大の3兆6065億円に達した")
                                r"(?!の(?!黒字|赤字|水準|規模|額|\d))")
_JA_N = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
_JA_UNIT = r"カ月|ヵ月|ヶ月|か月|ケ月|箇月|週間?|年度|年"  # (年度: fiscal years, "4年度連続")
#: (a half-year release story counts its runs in 期, halves: "11期連続増加", "黒字は13期連続"; the run's length may
#: be restated in brackets: "75カ月(6年3カ月)連続")
#: ("5年9カ月連続": years and months, 69 months)
JA_STREAK_RX = re.compile(rf"(?:(?P<yr>\d{{1,2}})年(?=\d{{1,2}}\s*(?:カ月|ヵ月|ヶ月|か月|ケ月)))?(?P<n>{_JA_N})(?P<u>{_JA_UNIT}|期)"
                          rf"(?:[(（][^()（）、。]{{1,12}}[)）])?(?:連続|続けて|続き|続い|続く)")
#: "08年8月以来1年4か月ぶり", "2022年10月以来、約4カ月ぶり": the month it counts from, named before the look-back, is
#: part of the phrase (not the figure's period)
#: "2011年8月(1兆5263億円)以来、4年ぶり": the month's own figure in brackets between (a claim of its own)
#: "10年度以来、5年ぶりの高水準", "79年度以来、32年ぶり": a fiscal year too
_JA_ASIDE = r"[(（][^()（）、。]{1,24}[)）]"
_JA_FROM = rf"(?P<fdate>(?:(?:19|20)?\d{{2}}年)?\d{{1,2}}月|(?:19|20)\d{{2}}年(?:度)?|(?<!\d)\d{{2}}年度)(?P<fref>{_JA_ASIDE})?(?:以来|から)の?[、,]?\s*"
JA_FIRST_RX = re.compile(rf"(?:{_JA_FROM}(?:約|およそ|ほぼ|実に)?)?(?:(?P<ny>{_JA_N})年(?=\d|[一二三四五六七八九十]))?(?:(?<!\d)(?P<n>{_JA_N})(?P<u>{_JA_UNIT})|(?P<halfyear>半年))(?P<half>半)?(?P<over>余り|あまり)?(?:ぶり|振り(?![込替向分返出回]))(?P<ext>に(?:最安値|最高値)|の?(?:最安値|最高値|最低|最高|最大|最小|高水準|低水準|高値|安値|高さ|低さ|(?:高|低)い(?:数値|水準)|大きさ|規模|高い伸び|"
                         rf"(?:大幅な?|大きな)(?:減少|増加|減|増|売り越し|買い越し|伸び)?|多さ|少なさ|水準))?")
#: "2005年以来の最大", "2020年2月以来の高水準": the extreme since a date
#: "5月以来の低水準" (a month alone: the latest one before the publication date), "2013年6月の1兆0830億ドル以来の低水準"
#: (the figure of the month it counts from, named in between: a claim of its own)
#: (never a topic and another date: "3月の保有額は22年7月以降初めて" counts from July 2022, and is March's)
#: "2009年半ば以来", "2009年初め以来": a part of a year is that year (its end, "2009年末以来", is December)
#: "2014年度以来の低い水準", "96年度以来": a fiscal year, April to March (``_ja_fiscal_since``); "2021年度上期以来": its half
#: "平成8年以降", "昭和60年度以降": an era's year, one digit too (``ja_eras``)
_JA_SINCE_DATE = (r"(?:(?<!\d)(?P<fyear>(?:19|20)?\d{2}|(?<=令和|平成|昭和)\d{1,2})年度(?P<fhalf>上期|下期|上半期|下半期)?|(?:(?P<syear>(?:19|20)\d{2})年|(?<!\d)(?P<syear2>\d{2}|(?<=令和|平成|昭和)\d{1,2})年(?=\d{1,2}月|末|以来|以降)|(?P<rel>昨年|前年|今年|本年|一昨年))"
                  r"(?:(?P<smon>\d{1,2})月(?:(?P<sday>\d{1,2})日(?:[～〜~](?:\d{1,2}月)?\d{1,2}日)?)?|(?P<part>半ば|初め|初頭|前半|後半|央)|(?P<yend>末))?|"
                  r"(?<![\d年])(?P<smon_only>\d{1,2})月(?:(?P<sday2>\d{1,2})日(?:[～〜~](?:\d{1,2}月)?\d{1,2}日)?)?)(?P<ref>の[^、。以年月は]{1,16}?|" + _JA_ASIDE + ")?")
#: (a week named by its days, "3月17日～23日(9752億円の売り越し)以来最大": since that week, its first day read)
#: "1985年以降で最少", "1985年以降では、最大の赤字額", "85年以降、半期として最大", "85年以来、半期では最高": a pause, or the span
#: compared ("として", "では"), between
JA_SINCE_RX = re.compile(rf"{_JA_SINCE_DATE}(?P<tail>(?:以来|以降|(?<=\d{{4}}年)(?:ぶり|振り(?![込替向分返出回])))(?:では|で|の)?(?:[、,]\s*)?"
                         r"(?:(?:\d{1,2}月|[^\s、。\d]{1,3})(?:として(?:は)?|では))?(?:売り越し|買い越し|減少|増加|減少幅|増加幅)?(?:過去)?"
                         r"(?P<w>最大|最高|最低|最小|最少|(?:最も|もっとも)(?:大き|小さ|高|低|多|少な)(?:く|い|な|かった)|"
                         r"高水準|低水準|(?:高|低)い(?:水準|数値)|大きさ|高値|安値|規模|"
                         # "2012年3月以来の増加幅", "2020年11月以来の買越額": a size named by its noun, the largest since
                         r"(?<=の)(?:増加|減少|上昇|下落|伸び)幅|(?<=の)(?:買い?越し?|売り?越し?)額))")  # "以来の売り越し規模"
#: "減少は4月以来初めて", "2019年以来初の売り越し": the first time since a date
JA_FIRST_SINCE_RX = re.compile(rf"(?:(?P<what>{JA_RUN_WHAT})"
                               # "黒字はコロナ前の2019年5月以来です", "黒字は1962年以来だ": a balance's side as the topic
                               # (the first surplus, or deficit, since), the date's own words between
                               rf"(?:は|が|も)?|(?P<side>黒字|赤字)(?:は|が|も)(?:[^、。\d]{{1,8}}?の)?)?{_JA_SINCE_DATE}"
                               rf"(?P<tail>(?:以来|以降)(?:で)?(?:初めて|初)(?:の"
                               rf"(?P<what2>{JA_RUN_WHAT}))?|"
                               # "2月23日以来の週間純購入", "昨年10月以来の買い越し": the first such trade since (not "以来の
                               # 買越額", the largest since: JA_SINCE_RX)
                               rf"以来(?:の|となる)(?:週間|週次|月間|月次)?(?P<what3>純購入|純売却|買い越し|売り越し|取得超|処分超|"
                               # "3月以来のマイナスとなった": the first move (or side) of that sign since; "2021年度上期以来の
                               # 黒字となった": the first surplus since (not "以来の黒字幅", "以来の黒字水準": a size, a level)
                               rf"マイナス|プラス|黒字|赤字)(?!額|幅|規模|水準)|"
                               # "為替介入は2022年10月以来となる": the first (of what the sentence is about) since, said alone
                               rf"(?P<bare>以来(?:となる|となり|となった|となります|です|だ|である)(?=[。、]|$)))")
#: "ここ3週間で最大の買い越し額", "過去6カ月で最低": the extreme in the last N periods (as "Nカ月ぶりの大きさ": the last
#: one beyond it N periods back); "過去最大" (no count) is a record
JA_IN_N_RX = re.compile(r"(?:ここ|過去|直近|この|最近)\s*(?P<n>\d{1,2})(?P<u>週|カ月|ヶ月|か月|ヵ月|年)(?:間)?\s*(?:で|の中で|のうちで)\s*"
                        r"(?P<w>最大|最高|最小|最低|最多)")
#: "年初来の最低", "年初来高値": the extreme since the start of the publication's year
JA_YTD_RX = re.compile(r"年初来(?:で|の)?(?P<w>最高|最低|高値|安値|高水準|低水準)")
#: "今年最大の減少", "今年に入って最大の売り越し", "年初来で最大の買い越し": the largest move (trade) since the year began
#: (not ``lexicon.JA_RUN_WHAT``: 落ち込み and 伸び too, the size of a move, which a run or a first does not count)
JA_YTD_MOVE_RX = re.compile(r"(?:今年|本年|年初来)(?:に入って(?:から)?|で)?(?:で|の)?(?P<w>最大|最小)の?"
                            r"(?P<what>減少|増加|落ち込み|伸び|売り越し|買い越し|流出|流入|取得超|処分超)")
#: "最大の売り越し" (with no window named): the largest on record
#: "過去2番目の大きさ", "過去3番目の規模": the n-th largest on record
#: "今年に入って2番目の規模", "年初来で2番目の大きさ": the n-th largest since the year began
#: the place as 位 too, and after the year it follows (the year is the first's, not the figure's: not in the phrase):
#: "過去3位の高水準", "過去3位を記録", "07年に次ぐ過去2番目", "2007年に次いで2番目の大きさ"; of a balance's size: "過去2番目の
#: 赤字幅", "過去2番目の黒字額"
JA_NTH_RX = re.compile(r"(?:過去|(?:(?<=年に次いで)|(?<=年に次ぐ)|(?<=年度に次いで)|(?<=年度に次ぐ))(?:過去)?|(?P<ytd>(?:今年|本年)(?:に入って(?:から)?)?(?:で)?|"
                       r"年初来(?:で)?))(?P<n>[2-9]|[二三四五六七八九])(?:番目|位)(?:(?:の|に|を)?(?P<w>大きさ|規模|"
                       r"多さ|高さ|高水準|低さ|低水準|少なさ|大きい|高い|低い|水準|多い|(?:黒字|赤字)(?:幅|額)|記録)"
                       # (or with no word: "過去3番目となる水準です", "全体では過去2番目": the n-th largest)
                       r"|(?<=番目)(?=となる|となった|だった|です|。|$))")
#: a holder's place taken, the topic of a "以来となる": "首位となったのは", "2位に浮上したのは"
_PLACE_TAKEN = re.compile(r"(?:首位|トップ|最大の(?:保有国|債権国)|[1-9]\d?位)(?:と|に)(?:なった|浮上した|返り咲いた)のは")
JA_LARGEST_RX = re.compile(r"(?<![\d年月週以来])最(?P<w>大|小)の(?:月間|週間|月次)?(?:売り越し|買い越し|処分超|取得超|流出|流入)")
#: a bare "N年ぶり水準" (a level not seen in N years) is a low when the sentence speaks of a fall, else a high
_JA_FALL = re.compile(r"減少|低下|下落|縮小|減らし|落ち込")
#: "買い越しが最も多かったのは…": the largest (smallest) of all, a record
JA_MOST_RX = re.compile(r"最も(?P<w>多かった|多い|大きかった|大きい|高かった|少なかった|少ない|小さかった|低かった)")
#: "最も大きく減らしたのは日本で", "最も多く買い越したのは英国": the holder whose move was the largest of all holders (as
#: "cut the most of any country", ``qualifiers.CROSS_RX``)
JA_CROSS_RX = re.compile(r"(?:最も|もっとも|一番)(?:大きく|多く)(?P<act>減らし|増やし|売り越し|買い越し|売却し|購入し|買い増し)"
                         r"(?:た|ている|ていた)(?=のは)"
                         # a cleft on the move's noun: "減額が最も大きかったのは英国で", "減少額が最も多かった国は日本"
                         r"|(?:増加|減少|増額|減額|買い越し|売り越し|買い増し|売却)(?:額|幅)?(?:が|の)(?:最も|もっとも|一番)"
                         r"(?:大きかった|多かった|大きい|多い)(?=のは|国は|国が)")
#: "前月に続いて買い越し", "前週に引き続き売り越し": the same direction as the period before, so a run of two at least
JA_FOLLOWING_RX = re.compile(r"(?P<prev>前月|前週|先月|先週)(?:に|から)?(?:続いて|続き|引き続き|引き続いて)(?:の|で|、)?\s*"
                             r"(?P<act>買い越し|売り越し|取得超|処分超|増加|減少|流入超?|流出超?)")
_JA_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _holder_named(s: str, i: int) -> bool:
    """Whether a holder country is what a cleft at ``i`` names ("減額が最も大きかったのは英国で"), not a date or a figure
    ("買い越しが最も多かったのは、2008年4月に記録した1兆0573億円": a record over time)."""
    from ustflow.check import lexicon as lx

    m = re.match(r"(?:のは|国は|国が)[、,\s]*", s[i:])
    rest = s[i + m.end():] if m else ""
    return any(kind in ("country", "japan") and re.match(rx, rest) for rx, kind, _ in lx.JA_SUBJECTS)


def _most_and_cross(s: str, free, out: list) -> None:
    """最も… as a record over time ("最も多かった") or across holders: a cleft on a move's noun naming a holder
    ("減額が最も大きかったのは英国で", looked for first), "最も大きく減らしたのは日本" (the largest move of any holder)."""
    for m in finditer(JA_CROSS_RX, s):  # (before 最も…: a move cleft is no record over time)
        if free(m.span()) and not m.group("act") and _holder_named(s, m.end()):
            down = bool(re.match(r"減|売", m.group(0)))  # (the move's side: "減少額が最も多かった" is the largest fall)
            out.append((m.span(), Qualifier("cross", m.group(0), word="most", extreme="max", magnitude=True,
                                            direction=-1 if down else 1)))
    for m in finditer(JA_MOST_RX, s):
        if free(m.span()):
            low = bool(re.search(r"少な|小さ|低", m.group("w")))
            out.append((m.span(), Qualifier("extreme", m.group(0), word="smallest" if low else "record",
                                            extreme="min" if low else "max", magnitude=bool(re.search(r"多|大", m.group("w"))))))
    for m in finditer(JA_CROSS_RX, s):  # "最も大きく減らしたのは日本": the largest move of any holder
        if free(m.span()):
            out.append((m.span(), Qualifier("cross", m.group(0), word="most", extreme="max", magnitude=True)))


def ja_number(s: str) -> int:
    """'3' -> 3, '十二' -> 12, '二十' -> 20."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return _JA_DIGITS.get(tens, 1) * 10 + _JA_DIGITS.get(ones, 0)
    return _JA_DIGITS.get(s, 1)


def _ja_grain(unit: str) -> str:
    return "week" if "週" in unit else "year" if unit in ("年", "年度") else "half" if unit == "期" else "month"


#: what follows a run that ended before the figure's period: "で減少した後", "の買い越しの後", "の減少を経て", "した後に"
_JA_RUN_THEN = re.compile(r"\s*[のでと]?\s*(?:買い越|売り越|取得超|処分超|増加|減少|流入|流出|増え|減っ|減少し|増加し)?"
                          r"(?:し|た|して|て)?(?:た)?\s*(?:の)?\s*(?:後|あと|のち|を経て)")


#: the period's own act, before a run that "had lasted" (続いた) N periods: the opposite act ends the run
_JA_SOLD = re.compile(r"(?:売り越|引き揚げ|引揚げ|売却し|処分超|流出超?と|手放し)(?:し|た|て)?[、,]")
_JA_BOUGHT = re.compile(r"(?:買い越|買い入れ|購入し|取得超|流入超?と)(?:し|た|て)?[、,]")


def _ja_turned(before: str, run: int) -> bool:
    """"外国人投資家は先週、日本債券から資金を引き揚げ、3週間続いた買い越し…": the clause before the run names this
    period's act, opposite to the run's, so the run of N periods ended with it."""
    return bool((_JA_SOLD if run > 0 else _JA_BOUGHT).search(before))


def _ja_direction(after: str) -> int | None:
    """The direction named right after a Japanese streak: "3カ月連続の売り越し", "2週連続で買い越した", a verb too
    ("3か月連続で減った", "4カ月続けて増やした")."""
    m = re.match(r"\s*[のでとに]?\s*(?:[^\s、。をはがにで]{1,8}を\s*)?(?P<w>買い?越|売り?越|取得超|処分超|増加|減少|流入|流出|マイナス|"
                 r"プラス|買い増|減(?:っ|ら|り)|増(?:え|や))", after)
    if m and m.group("w") in ("マイナス", "プラス"):  # "3カ月ぶりにマイナスに転じた": the change turned negative
        return -1 if m.group("w") == "マイナス" else 1
    return act_direction(m.group("w")) if m else None


def _ja_since(year: str | None, mon: str | None, resolver: Resolver) -> tuple[date | None, str]:
    """The date a Japanese "since" counts from: "2005年" (a year), "2020年2月" (a month), "5月" (a month alone: the
    latest one the period grammar resolves, on or before the publication date)."""
    mo = int(mon) if mon and 1 <= int(mon) <= 12 else None
    if year:
        return date(int(year), mo or 1, 1), "month" if mo else "year"
    if mo is None:
        return None, ""
    y, _ = resolver.year_for(mo, 1)
    return (date(y, mo, 1), "month") if y is not None else (None, "")


def _ja_fiscal_since(fy: str, resolver: Resolver, era: int | None = None) -> date:
    """The first day of the fiscal year a "since" names: "2014年度" is April 2014 to March 2015; a two-digit one
    ("96年度", "10年度") is of the century that keeps it before the story, or ``era``'s (``ja_eras.western_year``)."""
    y = era or int(fy)
    if y < 100:
        y = 2000 + y if resolver.ref is None or 2000 + y <= resolver.ref.year else 1900 + y
    return date(y, 4, 1)


def _lookback(m: re.Match) -> tuple[int, str]:
    """The look-back of a JA_FIRST_RX match in its periods: "5カ月ぶり" (5 months), "17年7カ月ぶり", "6年半ぶり",
    "半年ぶり" (six months), "3週間ぶり" (3 weeks)."""
    u = (m.group("u") or "カ月").replace("年度", "年")  # "3年度ぶり": three (fiscal) years
    unit = "week" if "週" in u else "month"
    n = 6 if m.group("halfyear") else ja_number(m.group("n")) * (12 if u == "年" else 1)
    if m.group("ny") and unit == "month":  # "17年7カ月ぶり": 17 years and 7 months
        n += 12 * ja_number(m.group("ny"))
    if m.group("half") and u == "年":  # "6年半ぶり": six and a half years
        n += 6
    return n, unit


#: "約3カ月ぶり", "ほぼ1年ぶり": a look-back the words themselves round
_JA_ABOUT = re.compile(r"約|およそ|おおよそ|ほぼ|ざっと")


def _ja_mode(s: str, m: re.Match) -> str:
    """How strictly a "ぶり" look-back counts: Japanese media count "Nカ月ぶり" as the difference of the month labels
    (the last sale in January, now April: "3カ月ぶり") and "N週ぶり" as the difference of the weeks, so those are
    ``exact``; "N年ぶり", "半年ぶり" and any look-back "約" / "ほぼ" qualifies are ``about``."""
    if m.group("over"):  # "2年余りぶり", "10年余りぶり": a little over two (ten) years
        return "over"
    if m.group("halfyear") or (m.group("u") in ("年", "年度") and not m.group("ny")) or \
            _JA_ABOUT.search(m.group(0)) or _JA_ABOUT.search(s[max(0, m.start() - 3):m.start()]):
        return "about"
    return "exact"


#: "連続3カ月の減少", "連続して3カ月": the count after 連続 (the same run as "3カ月連続の減少")
JA_STREAK_PRE_RX = re.compile(rf"連続(?:して|で)?\s*(?P<n>{_JA_N})(?P<u>{_JA_UNIT})(?!(?:ぶり|振り(?![込替向分返出回])))")
#: "その前の3ケ月は連続して減少", "それまでの2カ月は連続で増加": the run before the figure's period (``streak_before``)
JA_STREAK_PRIOR_RX = re.compile(rf"(?:その前の|それまでの|直前の)(?P<n>{_JA_N})(?P<u>{_JA_UNIT})(?:間)?(?:は|も)?連続(?:して|で)?")
#: "5か月の減少を終えた", "3カ月連続の買い越しに終止符を打った", "4週続いた売り越しが止まった": a run that ended at the figure's
#: period (the run's direction is the act named)
JA_STREAK_END_RX = re.compile(rf"(?P<n>{_JA_N})(?P<u>{_JA_UNIT})(?:連続|続き|続いた|にわたる|にわたった)?(?:の|で)?\s*"
                              rf"(?P<w>{JA_RUN_WHAT})(?:傾向|基調)?(?:を|に|が)\s*"
                              r"(?:終え|終わら|終わっ|止め|ストップ|終止符|歯止め|止まっ|途切れ|脱し|抜け出)"
                              # "4カ月連続の減少から増加に転じた", "…から反転した": turned from the run
                              rf"|(?P<n2>{_JA_N})(?P<u2>{_JA_UNIT})(?:連続|続き|続いた|にわたる|にわたった)(?:の|で)?\s*"
                              rf"(?P<w2>{JA_RUN_WHAT})から\s*(?:[^。、,]{{0,8}}?に転じ|反転|脱し|抜け出)")
#: "昨年9月から今年2月にかけて、中国は連続して米国債保有を減らし": a run over the span of months named before, its count
#: the span's months
_JA_RUN_NO_COUNT = re.compile(r"連続して[^。、,]{0,15}?(?P<w>減らし|増やし|減少|増加|売り越|買い越)")


def _ja_streaks(s: str, free, out: list, resolver: Resolver | None = None) -> None:
    """"3カ月連続の売り越し", "連続3カ月の減少": a run to the figure's period; followed by 後/あと/のち/を経て ("2カ月連続で減少
    した後、3月も減った", "3週連続の買い越しの後", "…の減少を経て") the run before it; "5か月の減少を終えた": a run that ended
    (``streak_end``); "1月から3月にかけて連続して減らし": a run as long as the span of months named before it."""
    for m in finditer(JA_STREAK_END_RX, s):
        if free(m.span()):
            n, u, w = (m.group(k) or m.group(k + "2") for k in ("n", "u", "w"))
            out.append((m.span(), Qualifier("streak_end", m.group(0), n=ja_number(n), grain=_ja_grain(u),
                                            direction=act_direction(w))))
    for rx in (JA_STREAK_RX, JA_STREAK_PRE_RX):
        for m in finditer(rx, s):
            if free(m.span()):
                kind = "streak_before" if _JA_RUN_THEN.match(s, m.end()) else "streak"
                d = _ja_direction(s[m.end():m.end() + 9].removeprefix("た"))  # "3週間続いた買い越し": its act too
                if m.group(0).endswith("続い") and d and _ja_turned(s[:m.start()], d):
                    kind = "streak_end"  # "日本債券から資金を引き揚げ、3週間続いた買い越し…": the run the selling ended
                n = ja_number(m.group("n")) + 12 * int(m.groupdict().get("yr") or 0)
                out.append((m.span(), Qualifier(kind, m.group(0), n=n, grain=_ja_grain(m.group("u")), direction=d)))
    for m in finditer(JA_STREAK_PRIOR_RX, s):  # "23億米ドル増加したが、その前の3ケ月は連続して減少": before the rise
        if free(m.span()):
            out.append((m.span(), Qualifier("streak_before", m.group(0), n=ja_number(m.group("n")),
                                            grain=_ja_grain(m.group("u")), direction=_ja_direction(s[m.end():m.end() + 9]))))
    for m in finditer(_JA_RUN_NO_COUNT, s):
        spans = [p for p in (resolver.find(s[:m.start()]) if resolver is not None else [])
                 if p.kind == "months" and len(p.windows) == 1 and m.start() - p.span[1] <= 20]
        if not spans or not free(m.span()):
            continue
        lo, hi = spans[-1].windows[0]
        n = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
        if n >= 2:
            out.append((m.span(), Qualifier("streak", m.group(0), n=n, grain="month",
                                            direction=-1 if m.group("w") in ("減らし", "減少", "売り越") else 1)))


#: the level a look-back reaches ("27年ぶりに2.30%台に上昇", "約16年ぶりに1%台に乗せた", "3年ぶりに0.5%まで低下"): a
#: percentage (a yield) reached, not money moved
_JA_LEVEL_REACHED = re.compile(r"に?[、,]?\s*(?:約|一時)?\s*[\d.]+\s*%(?:台(?:前半|半ば|後半)?)?\s*(?:に|へ|まで|を)\s*"
                               r"(?P<w>上昇|低下|下落|乗せ|乗っ|達|到達|突破|回復|割り込|割れ)")


def _in_last_n(s: str, free, out: list) -> None:
    """"ここ3週間で最大の買い越し": the largest in three weeks (``JA_IN_N_RX``)."""
    for m in finditer(JA_IN_N_RX, s):
        if free(m.span()):
            low = m.group("w") in ("最小", "最低")
            n, u = int(m.group("n")), m.group("u")
            q = Qualifier("extreme", m.group(0), word="lowest" if low else "largest", extreme="min" if low else "max",
                          lookback=(n * (12 if u == "年" else 1), "week" if "週" in u else "month",
                                    "about" if u == "年" else "exact"))
            q.magnitude = m.group("w") in ("最大", "最多")
            out.append((m.span(), q))


def _year_to_date(s: str, free, out: list, resolver: Resolver) -> None:
    """"年初来の最低" (the lowest since the year began), "今年最大の減少" (the largest fall since then)."""
    for m in finditer(JA_YTD_RX, s):  # "年初来の最低": the lowest since the start of the year
        if free(m.span()) and resolver.ref is not None:
            low = bool(re.search(r"最低|安値|低水準", m.group("w")))
            out.append((m.span(), Qualifier("extreme", m.group(0), word="low" if low else "high",
                                            extreme="min" if low else "max", since=date(resolver.ref.year, 1, 1),
                                            since_grain="window")))
    for m in finditer(JA_YTD_MOVE_RX, s):  # "今年最大の減少": the largest fall since the start of the year
        if free(m.span()) and resolver.ref is not None:
            small = m.group("w") == "最小"
            out.append((m.span(), Qualifier("extreme", m.group(0), word="smallest" if small else "largest",
                                            extreme="min" if small else "max", magnitude=not small,
                                            since=date(resolver.ref.year, 1, 1), since_grain="window")))


#: the longest run: "過去最長となる8週連続", "8週連続売り越しは…2005年以降では最長記録", "統計開始以来最長"
JA_LONGEST_RX = re.compile(r"過去最長|統計開始以来(?:で)?最長|(?P<y>(?:19|20)\d{2})年(?:\d{1,2}月)?(?:以降|以来)(?:では|で|の)?最長(?:記録)?")


#: what parts the run from the record word: another clause ("…となったが、", "一方", "ものの") or sentence
_JA_CLAUSE_BREAK = re.compile(r"[。；;]|が[、,]|ものの|一方|けれど|しかし|ただ[、,]")


def _ja_longest(s: str, free, out: list) -> None:
    """"過去最長となる8週連続で外債を売り越した": the run the sentence names (its length, grain and direction) is the
    longest of its direction on record (``word="longest"``; since the year named, when one is)."""
    runs = list(JA_STREAK_RX.finditer(s))
    for m in finditer(JA_LONGEST_RX, s):
        if not runs or not free(m.span()):
            continue
        r = min(runs, key=lambda x: abs(x.start() - m.start()))
        if _JA_CLAUSE_BREAK.search(s[min(r.end(), m.end()):max(r.start(), m.start())]):
            continue  # "金融緩和は過去最長となったが、外債は3週連続で…": the record is another clause's, not the run's
        out.append((m.span(), Qualifier("extreme", m.group(0), word="longest", n=ja_number(r.group("n")),
                                        grain=_ja_grain(r.group("u")), direction=_ja_direction(s[r.end():r.end() + 16]),
                                        since=date(int(m.group("y")), 1, 1) if m.group("y") else None,
                                        since_grain="year" if m.group("y") else "")))


def _ja_records(s: str, free, out: list) -> None:
    """"過去最大", "過去最高", "過去最大規模": a record; not one said since a date ("1985年以来、過去最大": the since's,
    ``JA_SINCE_RX``)."""
    since = [x.span() for x in finditer(JA_SINCE_RX, s)]
    for m in finditer(JA_RECORD_RX, s):
        if free(m.span()) and not any(a <= m.start() and m.end() <= b for a, b in since):
            low = bool(re.search(r"最(?:低|小|少)|も(?:低|小さ|少な)", m.group(0)))
            out.append((m.span(), Qualifier("extreme", m.group(0), word="record", extreme="min" if low else "max",
                                            magnitude=not low and not re.search(r"最高|も高", m.group(0)))))
    for m in finditer(JA_FRAME_RECORD_RX, s):
        if free(m.span()) and not any(a <= m.start() < b for a, b in since):
            low = bool(re.search(r"最(?:低|小|少)|小さ|低", m.group("w")))
            out.append((m.span(), Qualifier("extreme", m.group(0), word="record", extreme="min" if low else "max",
                                            magnitude=bool(re.search(r"最大|大き", m.group("w"))))))


def _since_date(m: re.Match, s: str, resolver: Resolver) -> tuple[date | None, str]:
    """The start a ``_JA_SINCE_DATE`` match names, and its grain: a month, a year (two digits, an era's, last year's),
    a fiscal year (April to March) or its half ("2021年度上期": April or October, six months); (None, "") if unread."""
    year, mon = m.group("syear"), m.group("smon") or m.group("smon_only") or ("12" if m.group("yend") else None)
    if m.group("syear2"):  # "17年4月以来": a two-digit year, of the century that keeps it before the story
        yy = int(m.group("syear2"))  # ("26年以来" in a 2019 story: Heisei 26, 2014: ``ja_eras``)
        year = str(western_year(s, m.start("syear2"), m.group("syear2"), resolver.ref) or
                   (2000 + yy if resolver.ref is None or 2000 + yy <= resolver.ref.year else 1900 + yy))
    if m.group("rel") and resolver.ref is not None:  # "昨年7月以降で最高": last year's July
        year = str(resolver.ref.year - {"昨年": 1, "前年": 1, "一昨年": 2}.get(m.group("rel"), 0))
    elif m.group("rel"):
        return None, ""
    if not m.group("fyear"):
        return _ja_since(year, mon, resolver)
    # "2014年度以来の低い水準", "96年度以来": since that fiscal year (April to March)
    start = _ja_fiscal_since(m.group("fyear"), resolver, western_year(s, m.start("fyear"), m.group("fyear"), resolver.ref))
    if m.group("fhalf"):  # "2021年度上期以来の黒字": since that fiscal half
        return (start.replace(month=10) if "下" in m.group("fhalf") else start), "months:6"
    return start, "months:12"


#: a level held beyond a line from a date to now: "昨年4月より1兆ドルを下回っており", "2022年4月以降、一貫して1兆ドルを
#: 下回っている" (a run of the state from that month, ``runs.run_since``; the line is its host); not a run counted in
#: periods ("昨年4月から11カ月連続で1兆ドルを下回りました": a streak), nor a move ("から…に減少")
JA_RUN_SINCE_RX = re.compile(rf"{_JA_SINCE_DATE}(?P<tail>以降|以来|から|より)[、,]?\s*(?=(?:(?!連続|ぶり|に(?:増|減))[^。]){{0,40}}?"
                             r"を(?:下回|上回)(?:って(?:いる|おり|いた|きた)|り続け|ったまま))")


def _ja_run_since(s: str, free, out: list, resolver: Resolver) -> None:
    """``JA_RUN_SINCE_RX``: the phrase of the date is the claim, a ``run_since`` qualifier."""
    for m in finditer(JA_RUN_SINCE_RX, s):
        if free(m.span()) and not m.group("ref"):
            phrase = m.group(0).rstrip("、, ")
            q = Qualifier("run_since", phrase)
            q.since, q.since_grain = _since_date(m, s, resolver)
            if q.since is not None and q.since_grain in ("month", "year"):
                out.append(((m.start(), m.start() + len(phrase)), q))


def japanese_qualifiers(s: str, free, out: list, resolver: Resolver) -> None:
    """Streaks ("3カ月連続の売り越し"), firsts and look-backs ("5カ月ぶりの買い越し", "3年ぶりの高水準"), "since"
    ("2005年以来の最大") and records ("過去最大", "最大の売り越し"), appended to ``out`` where ``free`` says the
    span is not taken by a phrase found before."""
    _ja_longest(s, free, out)
    _ja_records(s, free, out)
    _ja_streaks(s, free, out, resolver)
    for m in finditer(JA_FIRST_RX, s):
        if not free(m.span()):
            continue
        n, unit = _lookback(m)
        mode = _ja_mode(s, m)
        ext = m.group("ext") or ""
        if ext:  # "3年ぶりの高水準", "12年ぶり最低": the highest (lowest) in three (twelve) years
            low = re.search(r"低|安|少な|最小", ext) or (ext.lstrip("の") == "水準" and _JA_FALL.search(s))
            q = Qualifier("extreme", m.group(0), word="low" if low else "high", extreme="min" if low else "max",
                          lookback=(n, unit, mode))
            q.magnitude = bool(re.search(r"大きさ|規模|大幅|大きな|多さ|伸び", ext))
        elif (lv := _JA_LEVEL_REACHED.match(s, m.end())) is not None:
            # "約27年ぶりに2.30%台に上昇": a level not reached in 27 years (the highest since), not a first rise
            low = bool(re.match(r"低下|下落|割り込|割れ", lv.group("w")))
            q = Qualifier("extreme", m.group(0), word="low" if low else "high", extreme="min" if low else "max",
                          lookback=(n, unit, mode))
        else:  # "5カ月ぶりの売り越し": the first in five months
            q = Qualifier("first_since", m.group(0), lookback=(n, unit, mode),
                          direction=_ja_direction(s[m.end():m.end() + 16]))
        if m.group("fref"):  # "2011年8月(1兆5263億円)以来": that month and its figure stay claims
            q.ref_span = (m.start("fdate"), m.end("fref"))
        out.append((m.span(), q))
    for rx in (JA_SINCE_RX, JA_FIRST_SINCE_RX):
        for m in finditer(rx, s):
            if not free(m.span()):
                continue
            if rx is JA_SINCE_RX:
                w = m.group("w")
                low = re.search(r"最低|最小|最少|低水準|(?:最も|もっとも)低|低い|安値|小さ|少な", w)
                q = Qualifier("extreme", m.group(0), word="lowest" if low else "highest", extreme="min" if low else "max")
                q.magnitude = bool(re.search(r"最大|大きさ|規模|幅|額|(?:最も|もっとも)(?:大き|小さ|多|少な)", w))
            elif m.group("bare") and "介入" not in s and not _PLACE_TAKEN.search(s, 0, m.start()) and \
                    not m.group("what") and not m.group("side"):
                # (but "売り越しは2月以来となる": the first of the trade or move named as its topic since)
                # "以来となる" said alone: read of an intervention ("為替介入は2022年10月以来となる") or of a place taken
                # ("日本が米国債保有残高で首位となったのは2017年5月以来となる")
                continue
            else:
                w3 = m.group("what3")
                side = m.group("side") or (w3 if w3 in ("黒字", "赤字") else "")
                q = Qualifier("first_since", m.group(0), direction=(1 if side == "黒字" else -1) if side else
                              act_direction(m.group("what") or m.group("what2") or "")
                              if not w3 else 1 if re.search("買|購入|取得|プラス", w3) else -1)
            q.since, q.since_grain = _since_date(m, s, resolver)
            if q.since is None:
                continue
            if m.group("sday") or m.group("sday2"):  # "8月24日以来最大": since that day (a week's data: its week)
                q.since, q.since_grain = q.since.replace(day=int(m.group("sday") or m.group("sday2"))), "day"
            if m.group("ref"):  # the reference's own figure and month stay claims: the phrase is its tail
                q.ref_span = (m.start(), m.start("tail"))
            out.append((m.span(), q))
    _ja_run_since(s, free, out, resolver)
    _in_last_n(s, free, out)
    _year_to_date(s, free, out, resolver)
    for m in finditer(JA_NTH_RX, s):
        if free(m.span()):
            low = bool(re.search(r"低|少", m.group("w") or ""))  # ("過去3番目となる": no word, the n-th largest)
            q = Qualifier("extreme", m.group(0), word="lowest" if low else "largest", extreme="min" if low else "max",
                          magnitude=bool(re.search(r"大きさ|規模|多さ|大きい|幅|額", m.group("w") or "")))
            q.n = ja_number(m.group("n"))
            if m.group("ytd"):
                if resolver.ref is None:
                    continue
                q.since, q.since_grain = date(resolver.ref.year, 1, 1), "window"
            out.append((m.span(), q))
    for m in finditer(JA_LARGEST_RX, s):
        if free(m.span()):
            small = m.group("w") == "小"
            out.append((m.span(), Qualifier("extreme", m.group(0), word="smallest" if small else "record",
                                            extreme="min" if small else "max", magnitude=not small)))
    _most_and_cross(s, free, out)
    for m in finditer(JA_FOLLOWING_RX, s):
        if free(m.span()):
            out.append((m.span(), Qualifier("streak", m.group(0), n=2, grain="week" if "週" in m.group("prev") else "month",
                                            direction=act_direction(m.group("act")), word="at least")))
