"""A figure's role in a Japanese sentence about Treasury holdings (``roles.figure_role`` asks ``ja_holdings_role``): the change
a move word after it names ("前月から183億ドル増加し", "52億ドル売り増し"), the level a move led to ("減少し、6511億ドル
となった", "1262億ドルに減少", "115億ドル増の7688億ドル"), another holder's level it is compared with ("中国の1兆2237億ドル
を上回った"), and whether a sentence speaks of holdings at all (保有, 残高, a holder's place, a country as its topic).

Nothing here reads data.
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim

#: an earlier time in Japanese: "前年同月", "前月末", "2月末", "1年前", "去年の同じ月" (also read by ``roles``: the time as
#: the object of 上回る / 下回る)
JA_THEN = (r"(?:前年同月|前年同期|前月末?|先月末?|前年末|昨年末|前年|(?:\d{2,4}年)?\d{1,2}月末?|(?:1|一|１)年前|\d{1,2}(?:カ|か|ヶ|ケ)月前|"
            r"(?:前の年|去年|昨年)の同じ(?:月|時期))(?:時点)?")

#: an earlier time set as the base right before the figure, and 多い / 少ない after it: "前年同月に比べ925億ドル少ない"
_JA_THEN_BASE = re.compile(JA_THEN + r"(?:に比べ(?:て|ると)?|と比べ(?:て|ると)?|より|比で?)[、,]?\s*(?:約|およそ)?\s*$")
_JA_MORE_THAN_THEN = re.compile(r"(?:\s*[(（][^()（）]{0,24}[)）])?\s*(?:も)?(?P<w>多|少な)(?:い|く|かった)")

#: "52億ドル売り増し" (sold more: holdings fell), "27億ドル買い増し", "183億ドル積み増し", "477億ドル削減" (a headline's
#: verbal noun with no する): a holder's move in its Treasuries, not a level
#: (the figure's conversion in brackets may come between: "178億ドル(約2.28兆円)増額して")
#: (or restated after "=": "137億ドル=約1兆5000億円、増えました", then a comma may come before the verb; so may the move's
#: rate: "64億米ドル、率にして3.5%増加し")
_JA_CONVERSION = r"(?:\s*[(（][^()（）]{0,24}[)）]|\s*[=＝]\s*(?:約|およそ)?[\d.,]+(?:兆[\d.,]*)?(?:億|万)?(?:米)?(?:ドル|円))?"
_JA_MOVE_AFTER = re.compile(_JA_CONVERSION + r"\s*(?:以上|超|近く|程度|ほど|余り|あまり|強|弱)?\s*(?:の)?(?:大幅|小幅|それぞれ)?(?P<w>増加|減少|拡大|縮小|買い増し|売り増し|"
                            r"積み増し|積み増|削減|増額|減額|追加|増|減)(?!超|税)|"
                            + _JA_CONVERSION.replace(")?", ")", 1) + r"[、,]\s*(?:率にして\s*[\d.]+\s*[%％]\s*)?(?P<w2>増え|減り|減っ|"
                            r"増やし|減らし|増加|減少)|[、,]\s*率にして\s*[\d.]+\s*[%％]\s*(?P<w3>増え|減り|減っ|増加|減少|増|減)")
#: a move verb of the figure's own right after it: "148億米ドル減少しました", "52億ドル増加した"
_JA_MOVE_VERB_AFTER = re.compile(_JA_CONVERSION + r"\s*(?:増加|減少|拡大|縮小)(?:し|した|しました|して)")
#: the size of a move named before the figure: "減額の総計は460億ドルに上った", "増加幅は90億ドル", "減少額は約50億ドル"
_JA_MOVE_NOUN = re.compile(r"(?P<w>減少|増加|減|増|削減|買い増し|売り増し)(?:額|幅)(?:の(?:総計|合計|総額|累計))?(?:は|が)[、,]?\s*"
                           r"(?:約|およそ)?\s*$")
#: the last of a list of figures joined by と, and the move they share after it: "それぞれ24億ドルと69億ドルと、買い増しを
#: 続けた" (not "7674億ドルと、前月から減少": a single figure before と is the level reached)
_JA_LIST_BEFORE = re.compile(r"\d\s*(?:億|兆|万)?\s*(?:米)?(?:ドル|円)\s*(?:[(（][^()（）]{0,24}[)）])?\s*(?:と|、|,)\s*(?:約|およそ)?\s*$")
#: (a list of figures set off by commas, each with its conversion, even another holder's: "552億ドル(7兆2174億円)、490億ドル(6兆
#: 4067億円)と大きく減らしている", "英国は576億ドル(7兆5312億円)、カナダも365億ドル(4兆7723億円)増やしている")
_JA_PAREN = r"(?:\s*[(（][^()（）]{0,24}[)）])?"
#: (each may name its own month: "2014年9月は34億米ドル、10月は136億米ドル、11月は23億米ドルの売り越しだった")
#: (its year too, or no particle: "2009年11月に93億ドル、12月に342億ドル、2010年1月に58億ドル、2月に115億ドルを売却した",
#: "9月34億ドル、10月136億ドル")
_JA_ITEM_MONTH = r"(?:\d{2,4}年)?\d{1,2}月(?:には|に|は|も)?"
_JA_LIST_REST = (rf"(?:{_JA_PAREN}\s*[、,と]\s*(?:[^\s、。\d()（）]{{1,8}}(?:も|は|が)|{_JA_ITEM_MONTH})?\s*(?:約|およそ)?"
                 r"[\d.,]+(?:兆[\d.,]*)?(?:億|万)?\s*(?:米)?(?:ドル|円))")
_JA_LIST_MOVE = re.compile(rf"(?P<rest>{_JA_LIST_REST}*){_JA_PAREN}\s*(?:と[、,]?|の|を)?\s*(?:大きく|大幅に|さらに|それぞれ)?\s*"
                           r"(?P<w>買い増し|売り増し|増加|減少|増やし|減らし|売り越し|買い越し|減額|増額|削減|売却|購入)")
#: a list of months and their figures whose move is named before it, as the size of the move: "減少額を月別にみると、
#: 9月34億ドル(約4200億円)、10月136億ドル(…)、11月23億ドル", "増加幅は、1月が52億ドル、2月が61億ドル" (the figure's own
#: month and the items before it, back to the noun)
_JA_MONTH_ITEM = (rf"{_JA_ITEM_MONTH}\s*(?:約|およそ)?[\d.,]+(?:兆[\d.,]*)?(?:億|万)?\s*(?:米)?(?:ドル|円){_JA_PAREN}\s*"
                  r"(?:[、,]\s*)")
_JA_LIST_NOUN = re.compile(r"(?P<w>減少|増加|削減|売り越し|買い越し|売却|購入|買い増し|売り増し|減|増)(?:額|幅)(?:を|は|が)?"
                           rf"[^。、\d]{{0,10}}[、,:：]\s*(?P<items>(?:{_JA_MONTH_ITEM})*)"
                           r"(?:\d{2,4}年)?\d{1,2}月(?:には|に|は|が|も)?\s*(?:約|およそ)?$")
_JA_NEXT_ITEM = re.compile(rf"{_JA_PAREN}\s*[、,]\s*{_JA_ITEM_MONTH}\s*(?:約|およそ)?[\d.,]")
#: "減少し、6511億ドルとなった", "226億ドル減り1兆820億ドル" (the continuative 減り, 増え needs no comma)
_JA_MOVED_BEFORE = re.compile(r"(?:(?:増加|減少|拡大|縮小|買い越し|売り越し)(?:(?:し|して)[、,]?|[、,])|(?:増え|減り|増やし|減らし)て?[、,]?)"
                              r"\s*$")
#: "8488億ドル(約114億円)と前月比106億ドル減少し": a figure set against the month before with と is the level compared;
#: so is one set against an earlier level ("7674億ドルと前月の7750億ドルから減少した", "…と2月末の…から"), with で too
#: ("日本が1兆2760億ドルで、前月の1兆2510億ドルから増加")
_JA_LEVEL_COMPARED = re.compile(r"\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:と[、,]?|で[、,])\s*(?:(?:前月|前年同月|前年同期|前年末|前年|前週|前期)"
                                r"(?:比|から|末比)|(?:前月|前年同月|前年末|前年|昨年末|(?:\d{2,4}年)?\d{1,2}月末?)(?:時点)?の\s*"
                                r"(?:約|およそ)?[\d.,]+(?:兆[\d.,]*)?(?:億|万)?(?:米)?ドル(?:[(（][^()（）]{0,20}[)）])?から)")
#: "115億ドル増の7688億ドル", "107億ドル減の1兆0816億ドル": the figure after a change and の is the level it reached
_JA_MOVED_TO = re.compile(r"[\d〇一二三四五六七八九十]\s*(?:億|兆|万)\s*(?:米)?(?:ドル|円)\s*(?:[(（][^()（）]{0,20}[)）])?\s*"
                          r"(?:以上|超|近く|程度|ほど|余り|強|弱)?\s*(?:増加|減少|拡大|縮小|増|減)の\s*$")  # (a restatement between)
#: "1262億ドルに減少", "1兆ドルへ拡大", "1兆0390億ドルに保有が減少": the figure before に / へ / まで and a move (the holdings
#: named between) is the level it moved to
_JA_MOVED_INTO = re.compile(r"(?:\s*[(（][^()（）]{0,24}[)）])?\s*(?:に|へ|まで)\s*(?:(?:保有|保有額|保有高|保有残高|残高)(?:が|は)\s*)?"
                            r"(?P<w>増加|減少|拡大|縮小|増え|減っ|減り|増やし|減らし|上昇|低下|膨らん|縮ん|"
                            r"達|上っ|のぼっ|追加|積み増)")

#: a Japanese sentence that names no holder, after one about a holder's Treasuries ("日本の保有額は… 。
#: ただ、前年同期の7兆2520億ドルからは増加した"): the same holder's holdings (the topic carries over)
JA_TOPIC = "ja: the previous sentence's holdings topic"


def ja_holdings_text(c: Claim) -> bool:
    """Whether ``c`` speaks of holdings in Japanese: 保有 or 残高 in its sentence, or the topic carried over; or a
    dollar figure beside a holder's place with no word of trading ("3位は英国で、386億ドル減少し6088億ドル": TIC's
    places are places in holdings)."""
    s = c.sentence.text
    return bool(re.search(r"保有|残高|所有", s)) or JA_TOPIC in c.notes or (
        c.amount is not None and c.amount.currency == "USD" and bool(_JA_PLACE_WORD.search(s))
        and not _JA_TRADE_WORD.search(s))


#: a holder's place ("3位は英国で", "首位の日本"); the words of trading that make a dollar figure a trade instead
_JA_PLACE_WORD = re.compile(r"(?<![\d.])(?:第)?[1-9１-９]位|首位")
_JA_TRADE_WORD = re.compile(r"買い?越|売り?越|購入|売却|取得|処分|買い手|売り手|投資")


def ja_country_topic(c: Claim) -> bool:
    """"中国は12億ドル減少し、6511億ドルだった": a dollar figure in a sentence whose topic is a country (名は, 名も) moving up
    or down is that country's Treasury holdings (TIC) even when the sentence does not repeat 保有."""
    from ustflow.check.subjects import find_subjects

    s = c.sentence.text
    if c.amount is None or c.amount.currency != "USD" or not re.search(r"増|減|拡大|縮小", s):
        return False
    first = next(iter(find_subjects(s)), None)
    # the topic opens the sentence, perhaps after its rank or a connective ("2位の中国は", "一方、中国は", "これに対して、
    # 2位の中国は")
    lead = _JA_CONNECTIVE.match(s)
    start = lead.end() if lead else 0
    # ("海外勢全体では1106億ドル増": all foreign holders together, whose dollar figure can only be TIC's too)
    # ("中国(大陸部)は": a note in brackets after the name)
    after = re.match(r"\s*(?:[(（][^()（）]{0,12}[)）])?", s[first.span[1]:]).end() if first is not None else 0
    topic = s[first.span[1] + after:first.span[1] + after + 2] if first is not None else ""
    if first is not None and first.kind in ("country", "japan") and topic[:1] == "で" and \
            re.search(r"のは\s*$", s[:first.span[0]]) and not re.search(r"億|兆|ドル|円", s[:first.span[0]]):
        return True  # a cleft: "減額が最も大きかったのは英国で、2月に253億ドル減らし"
    return first is not None and ((first.kind in ("country", "japan") and topic[:1] in ("は", "も", "が")) or
                                  (first.kind == "foreign_total" and (topic[:1] == "は" or topic == "では"))) \
        and first.span[0] - start <= 8 and not re.search(r"億|兆|ドル|円|\d月", s[:first.span[0]])


#: "8823億ドルで2位", "1兆1601億ドルで首位となった": a holder's level, then the place it holds
JA_LEVEL_PLACE = re.compile(r"\s*(?:[(（][^()（）]{0,24}[)）])?\s*で[、,]?\s*(?:首位|トップ|第?[1-9１-９]位|[1-9]番目)")
_JA_CONNECTIVE = re.compile(r"\s*(?:これに対して|これに対し|一方で?|また|なお|さらに|ただ|しかし|他方|同様に|対照的に)[、,]?\s*")


def tic_dollars(c: Claim) -> bool:
    """A dollar figure in a sentence about US Treasuries (米国債): a TIC holder's level or change, in Japanese
    even when the sentence does not say 保有 ("日本は2月に米国債を買い増しし、1月の…から…となった")."""
    return c.amount.currency == "USD" and c.instrument is not None and c.instrument[0] == "tic"


def ja_holders_level(c: Claim, s: str) -> str:
    """"日本の保有額は1兆2244億ドルで、中国の1兆2237億ドルを上回った": the figure another holder's name and の open is
    that holder's level (the same month), not the month before's: "level", the subject set to that holder."""
    from ustflow.check.subjects import find_subjects

    head = s[:c.amount.span[0]]
    named = [m for m in find_subjects(head) if m.kind in ("country", "japan")]
    who = [m for m in named if re.fullmatch(r"の\s*", head[m.span[1]:])]
    if not who or named[0].slug == who[-1].slug:  # (the sentence's own holder: "日本の保有額は前月の…": its month before)
        return ""
    c.subject = who[-1]
    return "level"


def ja_holdings_role(c: Claim, s: str) -> str:
    """Japanese holdings: a figure right before 増/減 (増加, 減少) is the change, in that direction ("前月から
    183億ドル増加し", "1月に398億ドル増、2月に140億ドル減"); a figure right after a move in its continuative form
    is the level it ended at ("減少し、6511億ドルとなった")."""
    a = c.amount
    listed = _JA_LIST_MOVE.match(s, a.span[1])
    if listed and not (listed.group("rest") or (_JA_LIST_BEFORE.search(s[:a.span[0]]) and "と" in listed.group(0))):
        listed = None  # (a figure alone before its move is ``_JA_MOVE_AFTER``'s)
    if not listed and (head := _JA_LIST_NOUN.search(s[max(0, a.span[0] - 400):a.span[0]])) and \
            (head.group("items") or _JA_NEXT_ITEM.match(s, a.span[1])):
        listed = head  # "減少額を月別にみると、9月34億ドル、10月136億ドル": each month's figure is its move
    if listed and a.currency == "USD" and c.subject is not None and c.subject.kind in ("country", "japan", "foreign_total"):
        return _ja_move(c, listed)  # a holder's dollar figures "24億ドルと69億ドルと、買い増し": its holdings' moves
    more = _JA_MORE_THAN_THEN.match(s, a.span[1]) if _JA_THEN_BASE.search(s[:a.span[0]]) else None
    if not (ja_holdings_text(c) or ja_country_topic(c) or tic_dollars(c) or (more and a.currency == "USD")):
        return ""  # ("日本で、1年前より1955億ドル少ない1兆1000億ドル": the change since then, whatever the sentence names)
    if a.currency == "USD" and JA_LEVEL_PLACE.match(s, a.span[1]):
        return "level"  # "日本が8823億ドルで2位": the level that holds the place
    if (_JA_MOVED_BEFORE.search(s[:a.span[0]]) and not _JA_MOVE_VERB_AFTER.match(s, a.span[1])) or \
            _JA_MOVED_TO.search(s[:a.span[0]]) or _JA_LEVEL_COMPARED.match(s, a.span[1]):
        return "level"  # (not "7.05兆ドルに減少し、148億ドル減少した": a figure with its own move verb is that move)
    noun = _JA_MOVE_NOUN.search(s[max(0, a.span[0] - 20):a.span[0]])
    if noun:  # "減額の総計は460億ドルに上った": the size of the move, whatever verb follows
        return _ja_move(c, noun)
    into = _JA_MOVED_INTO.match(s, a.span[1])
    if into and into.group("w").startswith(("達", "上っ", "のぼっ")) and \
            re.search(r"購入|売却|買い|売り|規模|取得|処分|流入|流出", s[max(0, a.span[0] - 15):a.span[0]]):
        into = None  # "2月の購入規模は566億ドルに達した": a trade that reached a size, not a level of holdings
    if into:  # "1318億ドルから1262億ドルに減少し": the level it moved to
        if c.direction is None and not into.group("w").startswith(("達", "上っ", "のぼっ")):
            c.direction = 1 if re.match(r"増|拡大|上昇|膨らん|追加|積み増", into.group("w")) else -1
            c.direction_word = into.group("w")
        return "level"
    if more:  # "前年同月に比べ925億ドル少ない6511億ドル": the change since then, its sign from 多い / 少ない
        if c.direction is None:
            c.direction = 1 if more.group("w") == "多" else -1
        return "change"
    m = _JA_MOVE_AFTER.match(s, a.span[1]) or listed
    # "前月比119億ドル増の7802億ドル", "前年同月比で400億ドル以上減った": '…比' is the base (period_grammar)
    return _ja_move(c, m) if m else ""


def _ja_move(c: Claim, m: re.Match) -> str:
    """A change in the direction of the Japanese move word ``m`` names."""
    if c.direction is None:
        w = next(v for k, v in m.groupdict().items() if k in ("w", "w2", "w3") and v)
        c.direction = 1 if w in ("増加", "拡大", "増", "買い増し", "買い越し", "買い越", "増額", "積み増し", "積み増", "追加", "増え",
                                 "増やし", "購入") else -1
        c.direction_word = w
    return "change"
