"""The Japanese grammar of a holder's place among TIC's foreign holders (``qualifiers.holder_ranks`` scans these
beside the English phrases).

A place is the counter 位 (or 番目) after a number, or トップ/首位 (first). It is a place among holders when the
words around it say so:

- the holdings named just before it: "米国債保有2位", "保有残高で2位の中国", "保有額世界2位", "保有高第3位";
- the holder it follows: "日本に次いで2位", "日本に次ぐ2位", "日本に次ぎ2位の中国";
- a holder named right after it: "2位の中国は", "3位はイギリスで", "トップの中国による保有";
- the holder's kind: "第2位の保有国", "(世界)最大の米国債保有国", "世界一のアメリカ国債保有国";
- the holder right before it: "中国が引き続き世界最大で", "英国が2位"; the one named before: "中国の保有高がそれに続き" (the
  next place);
- a move of place: "2位に転落", "トップに返り咲いた", "首位を奪還", "トップを維持";
- an order: "日本に次いで2番目に多い", "保有額が最も多いのは日本", "最も多く保有する国は日本" (not "過去2番目に大きい", a
  record's rank).

"GDP世界2位の中国", "世界第2位の経済大国" are places of another kind: a rank whose few words before it name an
economy, a population, trade or reserves is not a holder's (``not_a_holding_rank``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ustflow.check.japanese_lists import JA_HOLDER, item_place, list_items
from ustflow.check.periods import NUMBERS
from ustflow.check.qualifiers_ja import ja_number
from ustflow.check.rxgate import finditer

_HOLDINGS = ("保有", "保有額", "保有高", "保有残高", "残高", "保有量", "保有国", "保有国・地域")  # "米国債保有量トップの国"
#: what may stand between the holdings and the place: "保有残高で2位", "保有額世界2位", "保有高は第2位", "保有残高は世界第4位",
#: "587億ドル分を保有し23位"
_BETWEEN = ("", "で", "は", "が", "では", "世界", "で世界", "は世界", "世界第", "第", "で第", "は第", "で世界第", "は世界第", "し")
#: the holder it follows: "日本に次いで2位", "日本に次ぐ2位", "日本に次ぎ第2位"
_FOLLOWS = ("次いで", "次ぎ", "次ぐ", "次いで第", "次ぎ第", "次ぐ第", "次いで世界", "次ぐ世界")


def _after_any(prefixes) -> str:
    """One fixed-width lookbehind per prefix, any of them (``re`` allows no alternation of widths in one)."""
    return "(?:" + "|".join(f"(?<={re.escape(p)})" for p in prefixes) + ")"


#: the Treasuries a holder's kind names: "米国債保有国", "アメリカ国債保有国", "米財務省証券の保有国"
_INSTRUMENT = r"(?:米国債|米財務省証券|アメリカ国債|米国国債|米国の国債|アメリカの国債|米政府債)"
_AFTER_HOLDINGS = _after_any(sorted({h + b for h in _HOLDINGS for b in _BETWEEN}, key=len, reverse=True))
_AFTER_FOLLOWING = _after_any(_FOLLOWS)

JA_RANK_RX = re.compile(
    # "首位の座を維持した" (kept the top spot), "最大の米国債保有国"
    # "最大保有国", "トップホルダー": the largest holder, said as one word
    # "保有国としては依然最大", "債権国として引き続き首位", "外国勢では最大": the first place among holders, kept
    rf"(?P<ja1>{_after_any(('保有国としては', '債権国としては', '保有国として', '債権国として', '外国勢では', '海外勢では', '外国勢の中で', '海外勢の中で'))}(?:依然|引き続き|なお|今も)?(?:最大|首位|トップ)|首位|(?:世界)?(?:最大|世界一|一番)の?「?{_INSTRUMENT}?(?:保有国|債権国|債権者|保有者)」?|トップ[・･]?ホルダー|"
    # "トップに返り咲いた", "引き続きトップを維持": the top place, kept or regained; "保有残高トップ"
    # "中国を抜いて米国債保有額でトップとなっていた": the top place reached
    # "中国を抜いて世界一になりました": the same said as the first in the world
    r"(?:トップ|世界一)(?=に(?:返り咲|浮上|立|躍り出|なっ|なり|転じ)|と(?:なっ|なり|なる)|を(?:維持|保|守|奪還|奪い返|堅持|キープ)|は(?:維持|保|守|堅持|キープ)|の座)|"
    rf"{_after_any(_HOLDINGS)}トップ|"
    # "日本は2008年8月までトップだった": the top place, held then
    r"トップ(?=だった|であった|でした|であり|で(?:い|あ)|を続け)|"
    # "トップの中国による保有", "トップは日本": the holder in the first place
    rf"トップ(?=(?:の|は|が)(?:{JA_HOLDER}))|"
    # "保有高のトップは引き続き中国": the first place kept by the holder (in a sentence about holdings: ``ja_rank_matches``)
    rf"(?P<jtop>トップ)(?=(?:は|が)(?:引き続き|依然(?:として)?|なお|今も|やはり|再び)(?:{JA_HOLDER}))|"
    # "米財務省証券保有額が最大の中国": the holder with the largest holdings
    rf"{_after_any(('保有額が', '保有高が', '保有残高が'))}最大の(?=(?:{JA_HOLDER})))"
    # "第2位の保有国", "2番目の債権国"
    # ("第3位の国際保有者", "2番目の海外保有者": a holder among those abroad)
    # ("米国第二の債権国", "米国第3の債権者", "米国第10の債権国": the place with 第 and no counter, in either numerals)
    # (not a compound the noun begins, "第2の債権者会議", unless a holder's name follows: "2番目の債権国中国")
    rf"|(?:(?:第)?(?P<jord>[1-9一二三四五])(?:位|番目)|(?<![\d.])第(?P<jord9>[一二三四五六七八九十]{{1,2}}|[1-9]\d?(?!\d)))の「?"
    rf"(?:{_INSTRUMENT}|米国の)?(?:保有国|債権国|債権者|(?:国際|海外|外国)?保有者)」?(?!(?!{JA_HOLDER})[\u4e00-\u9fff\u30a1-\u30fa])"
    # "米国債保有2位", "保有残高で2位の中国", "保有額世界2位": a place in holdings; a place of two digits, "保有量で17位"
    # (not "保有で10位以内": within the top ten, no place; nor "保有額は16位から22位に": the place it moved from, read with
    # the move)
    rf"|{_AFTER_HOLDINGS}(?P<jord2>[1-9]\d?)\s?位(?!以内|以下|以上|圏|から)"
    # "日本に次いで2位", "日本に次ぐ2位": the place after the holder named
    rf"|{_AFTER_FOLLOWING}(?P<jord3>[1-9]\d?)\s?位(?!以内|以下|以上|圏|から)"
    # "2位の中国は", "3位はイギリスで", "2位が日本": a holder named right after its place
    # ("5月には20位だったノルウェー": the holder after the place it was in, a clause of its own)
    rf"|(?<![\d.])(?:第)?(?P<jord4>[1-9]\d?)\s?位(?=(?:の|は|が|だった|であった)(?:{JA_HOLDER}))"
    # "中国に抜かれて2位に転落した", "2位に浮上": a holder's move of place; "中国を抜いて世界1位となった"
    r"|(?<![\d.一二三四五六七八九十])(?P<jord5>[1-9一二三四五])位(?:に(?=転落|浮上|後退|転じ|なっ|躍進|上昇|下落|落ち)|(?=と(?:なっ|なり|なる)))"
    # "29位となった", "18 位を確保した", "17位を維持した": a place of two digits reached, or kept (a move to a place of two
    # digits, "16位から22位に下落", is read with the move: ``place_frames``)
    r"|(?<![\d.])(?P<jord11>[1-9]\d?)\s?位(?=と(?:なっ|なり|なる)|を(?:確保|維持|占め|キープ|保))"
    # "ランキングでは22位だった", "大口保有国ランキングで22位につけていた": a place in the ranking (of holders: the
    # story's, ``not_a_holding_rank`` keeps "GDPランキング" out)
    rf"|{_after_any(('ランキングでは', 'ランキングで', 'ランキングにおいて', 'ランキングの中で', 'ランキング'))}"
    r"(?:世界)?(?:第)?(?P<jord10>[1-9]\d?)\s?位(?!以内|以下|以上|圏|から)"
    # "英国は7793億ドルで2位", "中国は7654億ドルで(世界)第3位だった": the place its holdings figure gives the topic
    # "日本は128億ドル減の5,732億ドルの2位": the same, its figure joined by の
    # "中国の保有額は6511億ドルで、3位だった": the same after a comma
    # "1兆79億ドルとなり、2位だった": the same, its figure reached first
    # ("7685億ドルで 第2位だった": a space where a line was broken)
    r"|(?:(?<=ドルで)|(?<=ドルの)|(?<=ドルで、)|(?<=ドルとなり、)|(?<=ドルとなり)|(?<=ドルになり、)|(?<=ドルになり)|(?<=ドルで ))"
    r"(?:世界)?(?:第)?(?P<jord6>[1-9]\d?)\s?位(?!以内|以下|以上|圏|から)"
    # "世界で10番目くらいの保有高", "リストの一番最後の33番目に掲載": a place counted in the world or on the list
    r"|(?:(?<=世界で)|(?<=世界)|(?<=リストの)|(?<=最後の)|(?<=ランキングで)|(?<=ランキングの))(?P<jord12>[1-9]\d?)番目"
    r"(?:くらい|ぐらい|前後|程度)?(?=の(?:保有|規模|債権|大き)|に(?:掲載|位置|入|ランク)|だ|で|と(?:なっ|なる))"
    # "中国は日本に次いで2番目に多い", "3番目に大きい保有国" (not "過去2番目に大きい": a record's rank, JA_NTH_RX)
    r"|(?<!過去)(?<!史上)(?<!以来)(?<!以降)(?<![\d.])(?P<jord7>[2-9二三四五])番目に(?=多|大き)"
    # "保有額が最も多いのは日本で", "最も多く保有しているのは中国": the holder with the most
    rf"|(?P<jmost>最も多(?:い|かった|く保有(?:している|していた|する)?)|最も大きい|最大)(?=のは(?:{JA_HOLDER}))"
    # "米国債を最も多く保有する国は日本": the same, said of the country that holds the most
    # ("中国は依然として米国の国債を最も多く保有する国となっている": the same said of the holder before it)
    rf"|(?P<jmost2>最も多く保有(?:している|していた|する)(?:国|国・地域))(?=(?:は|が)(?:{JA_HOLDER})|と(?:なっ|なり|なる)|"
    r"だ|です|である)"
    # "2月の米国債保有額が最も多かった国は依然として日本で": the country with the most
    rf"|(?P<jmost3>最も多(?:い|かった)(?:国|国・地域))(?=(?:は|が)(?:依然(?:として)?|引き続き|なお|今も|やはり)?(?:{JA_HOLDER}))"
    # "日本が首位、英国が2位、中国が3位だった": a place said of the holder right before it (``ja_rank_span``)
    r"|(?:(?<=が)|(?<=は))(?:第)?(?P<jord8>[1-9]\d?)\s?位(?=[、。,]|だ|で|と|$)"
    # "再び日本からその座を奪還", "その座に返り咲いた": the place named before, regained (``places_named_before``)
    # "その座を8ヶ月維持した": the place named before, kept that many months from the month it was taken
    r"|(?P<jthat>その座|その地位)(?=を(?:再び)?(?:奪還|奪い返|取り戻)|に(?:再び)?返り咲|を\d{1,2}(?:カ月|ヶ月|か月|ヵ月)(?:間)?"
    r"(?:にわたって|にわたり)?(?:維持|保|守|キープ))"
    # "中国の保有高がそれに続き、1兆0900億ドルとなった": the place after the one named before (in a sentence about
    # holdings: ``ja_rank_matches``)
    r"|(?P<jfollow>(?:それ|これ)に続(?:き|く|いて))"
    # "同月の減額規模で3位でした", "買い越し額では2位": a place among the month's moves, not in holdings (a rank of trades:
    # ``extract``)
    r"|(?P<jmoves>(?<=[減増]額規模で)|(?<=[減増]加額で)|(?<=[減増]少額で)|(?<=[減増]加額では)|(?<=減少額では)|(?<=買い越し額で)|"
    r"(?<=売り越し額で)|(?<=買い越し額では)|(?<=売り越し額では))(?:第)?(?P<jord13>[1-9]\d?)\s?位(?!以内|以下|以上|圏|から)"
    # "17年6月に再び中国に抜かれた": the holder that overtook takes the place named before
    rf"|(?P<jby>(?:{JA_HOLDER})に(?:再び)?(?:追い)?抜かれ)"
    # "中国が引き続き世界最大で前月比441億ドル増加", "中国は世界最大だ": the first place in the world said of the holder
    # right before it, at the clause's end (in a sentence about holdings: ``ja_rank_matches``)
    r"|(?:(?<=が)|(?<=は))(?:引き続き|依然(?:として)?|なお|今も)?(?P<jworld>世界最大)(?=[、。,]|だ|で|と|$)"
    # "依然として外国勢最大。", "前月同様、米国以外で最大だった": the first place among the holders abroad, at the clause's end
    rf"|(?P<jabroad>{_after_any(('外国勢', '海外勢', '外国勢で', '海外勢で', '米国以外で', '諸外国で', '諸外国の中で'))}"
    r"(?:依然|引き続き|なお|今も)?(?:最大|首位|トップ)(?=[。、,]|だ|で|と|$))"
    # "外国勢で米国債保有残高が中国に次いで大きい日本", "中国に次ぐ米国債保有国": the place right after the holders named
    rf"|(?P<jnext>(?:{JA_HOLDER})(?:(?:と|、|及び)(?:{JA_HOLDER}))*に次(?:いで|ぎ|ぐ))"
    rf"(?=(?:{_INSTRUMENT}の?)?(?:保有国|債権国|保有者)|(?:多|大き))"
    # "米国債の上位2大債権国", "諸外国で上位12カ国の中に入る", "インドが10位以内": within the first n, said of the holders
    # named (``holders.top_group``)
    r"|(?P<jtopn>上位(?:[1-9]\d?|[二三四五六七八九十])(?:大|か国|カ国|ヵ国|ヶ国|位)|(?<=が)[1-9]\d?位以内)")

#: the kind of rank when it is not a holder's: "GDP世界2位", "経済規模で2位", "外貨準備高世界1位", "人口2位"
_OTHER_KIND = re.compile(r"(?:GDP|ＧＤＰ|経済|人口|輸出|輸入|貿易|外貨準備|面積|生産)[^、。]{0,6}$")


_OTHER_FIGURE = re.compile(r"GDP|ＧＤＰ|経済|人口|輸出|輸入|貿易|外貨準備|面積|生産|売上|資産総額|時価総額")


#: a move ranked, not holdings: "減少幅", "増加額", "売り越し額"
_MOVE_RANKED = re.compile(r"(?:減少|増加|縮小|拡大|減|増)(?:幅|額|率)|売り越|買い越|売却|購入|処分|取得")
#: a ranking of the month's moves named as such ("増加額では", "買い越し額で", "増加幅は"), not a move that led to a place
#: ("米国債の売却で2位に転落": a place in holdings)
_MOVES_RANKED = re.compile(r"(?:減少|増加|縮小|拡大|減|増)(?:幅|額|率)|(?:売り越し|買い越し|売却|購入|処分|取得)(?:額|幅|高)")


def not_a_holding_rank(s: str, m: re.Match) -> bool:
    """Whether the place ``m`` of sentence ``s`` ranks something else than holdings (an economy, reserves)."""
    return bool(_OTHER_KIND.search(s[max(0, m.start() - 10):m.start()]))


def ja_rank_matches(s: str) -> list[re.Match]:
    """The Japanese holder places of sentence ``s``, with the items of a numbered list of holders."""
    # "外貨準備高は3兆ドルで1位": a place after a figure is not a holder's when its clause names another kind of figure
    return [m for m in finditer(JA_RANK_RX, s) if not not_a_holding_rank(s, m)
            and not (m.group("jord6") and _OTHER_FIGURE.search(s[max(s.rfind("、", 0, m.start() - 1), 0):m.start()]))
            # "減少幅は外国勢では最大": the largest move, not the largest holdings; "増加額では日本が12位となった",
            # "買い越し額では英国が2位を維持した": a place among the month's moves, not in holdings
            and not ((m.group("ja1") or m.group("jabroad")) and
                     _MOVE_RANKED.search(s[max(s.rfind("、", 0, m.start()), 0):m.start()]))
            # "上位10か国は次の通り": within the first n only said of a holder named before it, in a sentence about
            # holdings (or right after the holder: "インドが10位以内")
            and not (m.group("jtopn") and m.group("jtopn")[0] == "上" and not (
                re.search(r"保有|米国債|米財務省証券|債権", s) and re.search(JA_HOLDER, s[:m.start()])))
            and not ((m.group("jord5") or m.group("jord8") or m.group("jord11"))
                     and _MOVES_RANKED.search(s[max(s.rfind("、", 0, m.start()), 0):m.start()]))
            # "英国が2位": a bare place after a holder only in a sentence about holdings
            and not (m.group("jord8") and not re.search(r"保有|米国債|米財務省証券|債権", s))
            # "世界で10番目", "リストの33番目": in a sentence about holdings or their list (not "売買代金ランキング")
            and not (m.group("jord12") and not re.search(r"保有|米国債|米財務省証券|債権|(?<!代金)(?:ランキング|リスト)", s))
            # "ランキングでは22位": the ranking of holders only in a sentence about holdings ("売買代金ランキング" is not)
            and not ((m.group("jord10") or m.group("jtop") or m.group("jworld") or m.group("jfollow")) and not re.search(r"保有|米国債|米財務省証券|債権", s))
            # "減少額が最も多かった国は英国": a rank of moves, not of holdings
            and not (m.group("jmost3") and re.search(r"[減増売買]|流出|流入", s[max(0, m.start() - 8):m.start()]))
            ] + list_items(s)


def ja_rank(m: re.Match) -> int | None:
    """The place a match of ``JA_RANK_RX`` names; None for a match of another pattern."""
    if m.re is not JA_RANK_RX:
        return item_place(m) if "who" in m.re.groupindex else None  # a list item, "1. 日本", "①日本"
    if m.group("ja1") or m.group("jmost") or m.group("jmost2") or m.group("jmost3") or m.group("jtop") or \
            m.group("jabroad") or m.group("jworld"):
        return 1
    if m.group("jnext"):  # "中国に次いで大きい": the place after the holders named
        from ustflow.check.subjects import find_subjects

        return 1 + len({x.slug for x in find_subjects(m.group("jnext")) if x.kind in ("country", "japan")})
    if m.group("jtopn"):  # "上位2大債権国": the first n as a group (``holders.top_group``)
        return ja_number(re.search(r"[1-9]\d?|[二三四五六七八九十]", m.group("jtopn")).group(0))
    if m.group("jthat") or m.group("jby") or m.group("jfollow"):
        return 0  # the place named before it: ``places_named_before``
    jord = next(m.group(g) for g in ("jord", "jord2", "jord3", "jord4", "jord5", "jord6", "jord7", "jord8",
                                      "jord9", "jord10", "jord11", "jord12", "jord13") if m.group(g))
    return ja_number(jord)


#: "2008年8月までトップ", "08年9月以降は中国がトップを維持": the month a place is held to (from), said before it
_PERIOD_THEN_RANK = re.compile(r"(?:まで|以降|以来|から)(?:は|も|、)?(?:[^\d。、]{0,6}(?:は|が|も))?|"
                               # "16年10月に中国を抜いて、米国債の最大保有国となり": the month it overtook and took the place
                               # "昨年10月に外国勢の米国債保有で中国を抜いて首位", "17年6月に日本を抜き返して以降トップ":
                               # what it was counted in first, the overtaking taken back, the months after it
                               rf"に(?:[^\d。、]{{1,12}}?で)?(?:再び)?(?:{JA_HOLDER})を(?:追い)?(?:抜き返して|抜き返し|抜いて|抜き|"
                               rf"上回って|上回り)(?:以降|以来)?、?(?:[^\d。、]{{0,8}}[のでは])?|"
                               # "17年6月に再び中国に抜かれた": the month the holder overtook
                               r"に(?:再び)?")


#: between a place and the holder it is said of: "トップの中国", "首位を維持した日本", "2位に浮上したベルギー" (a relative
#: clause ending in a past or present verb right before the holder)
_RELATIVE_PLACE = re.compile(r"の(?!座)|(?:の座)?(?:を|に|と)(?:[^\d。、をにがは]{0,3}(?:維持|保持|堅持|キープ|奪還|浮上|転落|後退|保|守|占め|奪|"
                             r"返り咲|躍り出|立|な))(?:した|している|する|った|っている|る|いた|いる|た)")


def ja_rank_span(c, s: str) -> tuple[int, int]:
    """The span of a Japanese rank claim ``c`` with the month it is held to or from when that month is said right
    before it ("2008年8月までトップ", "08年9月以降は中国がトップ"): the rank and its time are one claim. A place
    followed by の and a holder ("最大の中国と第2位の日本") is that holder's, whoever is named before it."""
    from ustflow.check.subjects import find_subjects

    # "トップの中国", "首位を維持した日本に次いで": the holder the place (with its verb) is said of, right after it
    rel = _RELATIVE_PLACE.match(s, c.span[1])
    after = rel and next(iter(find_subjects(s[rel.end():rel.end() + 8])), None)
    if after and after.kind in ("country", "japan") and after.span[0] == 0:
        c.subject, c.subject_how = replace(after, span=(rel.end(), rel.end() + after.span[1])), "stated"
    before = [m for m in find_subjects(s[max(0, c.span[0] - 12):c.span[0]]) if m.kind in ("country", "japan")]
    if before and s[c.span[0] - 1:c.span[0]] in ("が", "は") and c.span[0] - 12 + before[-1].span[1] + 1 >= c.span[0] - 1 \
            and re.fullmatch(r"[がは]", s[max(0, c.span[0] - 12) + before[-1].span[1]:c.span[0]]):
        off = max(0, c.span[0] - 12)  # "英国が2位": the holder right before the place
        c.subject, c.subject_how = replace(before[-1], span=(off + before[-1].span[0], off + before[-1].span[1])), "stated"
    _overtaker_holds(c, s)
    p = c.period
    if p is None or p.span[1] > c.span[0] or not _PERIOD_THEN_RANK.fullmatch(s[p.span[1]:c.span[0]]):
        return c.span
    return p.span[0], c.span[1]


#: a holder overtaken right before a place: "ベルギー(4599億ドル)を上回って4位となった" (the object of 上回る, 抜く)
_OVERTAKEN = re.compile(r"\s*(?:[(（][^()（）]{0,24}[)）])?\s*を(?:追い)?(?:抜いて|抜き|上回って|上回り|超えて|超え)、?\s*"
                        r"(?:[^\d。、]{0,8}の)?")


def _overtaker_holds(c, s: str) -> None:
    """"ケイマン諸島の保有額は…、ベルギー(4599億ドル)を上回って4位": the place is the overtaker's (the holder the
    sentence is about, marked by は or が), not the overtaken one's named right before it."""
    from ustflow.check.subjects import find_subjects

    who = [m for m in find_subjects(s[:c.span[0]]) if m.kind in ("country", "japan")]
    if len(who) < 2 or c.subject is None or c.subject.slug != who[-1].slug or \
            not _OVERTAKEN.fullmatch(s[who[-1].span[1]:c.span[0]]):
        return
    topic = [m for m in who[:-1] if re.match(r"(?:の[^\d。、]{0,12}?)?[はが]", s[m.span[1]:])]
    if topic and topic[-1].slug != who[-1].slug:
        c.subject, c.subject_how = topic[-1], "stated"


#: the note of a place kept a number of months from the month it was taken, with that number
HELD_FOR = "a place kept from the month it was taken, months:"
_KEPT_FOR = re.compile(r"を(?P<n>\d{1,2})(?:カ月|ヶ月|か月|ヵ月)|\s+for\s+(?:a\s+run\s+of\s+)?(?P<n2>\d{1,2}|two|three|four|five|six|"
                       r"seven|eight|nine|ten|eleven|twelve)\s+(?:straight\s+|consecutive\s+)?months", re.I)


def places_named_before(claims) -> None:
    """"その座を奪還", "中国に抜かれた", "ceding the position to Japan": the place of the rank claim before it (in this sentence or an earlier one), taken
    by the holder that overtook (the agent of 抜かれ, a change of place) or regained by the subject; None (unverifiable)
    when no place was named before."""
    last = None
    for c in claims:
        if c.kind != "rank":
            continue
        text = c.sentence.text[c.span[0]:c.span[1]]
        if c.rank != 0:
            last = c if c.rank else last
            if c.rank and _CEDED_PLACE.match(text):  # "lost its No. 2 spot to Britain": Britain's place now
                _to_holder(c, text)
            continue
        # "日本は最大の保有国。中国は3月に英国に抜かれ3位に後退した": the place lost is China's, not Japan's named before
        other = last is not None and c.subject is not None and last.subject is not None and \
            getattr(c.subject, "slug", None) != getattr(last.subject, "slug", None) and text.endswith("抜かれ")
        c.rank = last.rank if last is not None and not other else None
        if c.rank and re.match(r"next\b|(?:それ|これ)に続", text, re.I):  # "next on the list", "それに続き": the next place
            c.rank += 1
        kept = _KEPT_FOR.match(c.sentence.text, c.span[1])
        if kept and last is not None:  # "その座を8ヶ月維持", "held that position for eight months": from its month
            n = kept.group("n") or kept.group("n2")
            c.notes.append(f"{HELD_FOR} {int(n) if n.isdigit() else NUMBERS.get(n.lower(), 0)}")
            c.period, c.period_how, c.subject, c.subject_how = last.period, last.period_how, last.subject, last.subject_how
        if text.endswith("抜かれ") or re.search(r"\sto\s", text):  # "ceding the position to Japan": Japan's now
            _to_holder(c, text)


#: a place said in the object of a verb of ceding: "its No. 2 spot to Britain" (``holder_places``)
_CEDED_PLACE = re.compile(r"(?:the|that|this|its|their)\s+\S+[- ]?\s*\S*\s*(?:position|spot|title|crown|mantle|place|"
                          r"status)\s+to\s", re.I)


def _to_holder(c, text: str) -> None:
    """The place of rank claim ``c`` is now the holder's named last in ``text`` (the overtaker, or the one after
    "to"): a change of place."""
    from ustflow.check.subjects import find_subjects

    who = [m for m in find_subjects(text) if m.kind in ("country", "japan")][-1:]
    at = c.sentence.text.rfind(text, 0, c.span[1])
    if who:
        c.subject, c.subject_how = replace(who[0], span=(at + who[0].span[0], at + who[0].span[1])), "stated"
    c.notes.append("becomes")
