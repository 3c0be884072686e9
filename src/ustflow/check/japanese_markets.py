"""The Japanese words of the bond markets the store holds: which market a yield is ("新発10年物国債の利回り", "長期金利",
"日本国債": JGBs; "米国債利回り", "米10年債", "米長期金利": Treasuries), its tenor ("10年物", "30年債", "2年債利回り"),
and the words that make a percentage a yield (利回り, 長期金利). ``markets.market_series`` and ``classify`` read them
beside the English ones.

"国債" alone is Japan's (the government's own bonds, in a Japanese story); 米国債 is the US Treasury's. "N年ぶり" is a
look-back, not a tenor: a tenor is N年 followed by 物, 債 or 国債.
"""

from __future__ import annotations

import re

#: a Japanese government bond or Japan's yield: "新発10年物国債", "日本国債", "長期金利", "超長期債", "日銀"
JA_JGB = re.compile(r"(?<!米)(?<!米国)(?:日本)?国債|新発\d{1,2}年|(?<!米)長期金利|超長期(?:債|金利)?|日銀|円債|"
                    r"(?<!米)(?<!米国)(?<![\d.])\d{1,2}年(?:物)?債")  # "30年債": a bare tenor in Japanese is a JGB
#: a bare tenor ("2年債"): a JGB's in a Japanese story, unless it continues a list the US's tenor opened
JA_BARE_TENOR = re.compile(r"(?<!米)(?<!米国)(?<![\d.])\d{1,2}年(?:物)?債")
#: a US Treasury or its yield: "米国債", "米10年債", "米長期金利", "米財務省証券", "FRB"
JA_UST = re.compile(r"米国債|米(?:国)?\d{1,2}年(?:物)?(?:国)?債|米(?:国の)?長期金利|米金利|米財務省証券|FRB|米連邦準備制度理事会")
#: a tenor: "10年物", "30年債", "2年債利回り", "10年国債" (not "11年ぶり", "2013年5月")
JA_TENOR = re.compile(r"(?<![\d.])(\d{1,2})年(?=物|債|国債|利付)")
#: a level touched within the day: "一時1.0%まで上昇" (not "一時的", a while), "取引時間中"
JA_INTRADAY = r"一時(?!的)|取引時間中|ザラ場|一気に"  # "一気に7円以上値上がり": a burst within the day
#: the words that make a percentage a market yield: a bond's (国債, N年債, N年物) 利回り, or 長期金利; not a hedged
#: yield ("ヘッジ後の利回り", "為替ヘッジコスト控除後"), a dividend or an expected yield, which no series here holds
JA_YIELD = re.compile(r"(?<!ヘッジ後の)(?<!ヘッジ後)(?<!ヘッジ後の米)(?<!ヘッジ付き)(?<!ヘッジ付き米)(?:国債|年債|年物|債券)(?:の)?利回り"
                      r"(?!.{0,6}ヘッジ)|(?<!実質)長期金利|超長期金利")


#: what turns a list of US tenors to Japan's ("米10年債は…、一方で日本の2年債は…", "国内の2年債は")
_JA_OTHER_SIDE = re.compile(r"日本|国内|一方|円債|日銀")


def continued_tenors(s: str, jgb: list[int], ust: list[int]) -> list[int]:
    """``jgb`` (where a JGB is named in ``s``) without the bare tenors that continue a list of US tenors: in
    "米10年債利回りは2.89%に上昇、2年債は3.13%に上昇した" the 2-year is the US's (the sentence's subject is the US curve
    and nothing Japanese is named between). A bare tenor with no US market before it stays a JGB's."""
    bare = {m.start() for m in JA_BARE_TENOR.finditer(s)}
    named = sorted(p for p in jgb if p not in bare)
    out = []
    for p in jgb:
        us_before = [u for u in ust if u < p]
        if p in bare and us_before and not any(max(us_before) < q < p for q in named) and \
                not _JA_OTHER_SIDE.search(s, max(us_before), p):
            continue
        out.append(p)
    return out


#: a yield set against the day (week, month-end) before, right before the figure: "前日比0.046%高い2.690%",
#: "前週末比で0.03%低下", "前日に比べ0.020%上昇した": the figure is the move, not a level
_JA_DAY_BASE = re.compile(r"(?:前日|前営業日|前週末?|前月末|前年末|昨年末|週初)(?:終値)?(?:比|より|に比べ(?:て)?|と比べ(?:て)?)で?[、,]?"
                          r"\s*(?:約|およそ)?\s*[+＋\-−▲]?\s*$")
_JA_UP = re.compile(r"\s*(?:ポイント)?\s*(?:高い|高く|高の|高で|上昇|上がっ|上がり|拡大)")
_JA_DOWN = re.compile(r"\s*(?:ポイント)?\s*(?:低い|低く|低の|低で|低下|下がっ|下がり|下落|縮小)")


def day_move(s: str, span: tuple[int, int]) -> int | None:
    """A percentage after '前日比' (the day before, the week's end, a month's end) is the move since then: its sign from
    the word after it (高い / 上昇: +1, 低い / 低下: -1, else 0); None when no such base stands right before it."""
    if not _JA_DAY_BASE.search(s[max(0, span[0] - 16):span[0]]):
        return None
    return 1 if _JA_UP.match(s, span[1]) else -1 if _JA_DOWN.match(s, span[1]) else 0


def day_move_set(c, s: str) -> bool:
    """Whether claim ``c``'s percentage is told as the move since the day before (``day_move``) of a yield, not of a
    stock index; its direction is set from the word after it when the claim has none."""
    from ustflow.check.price_records import index_move

    move = day_move(s, c.amount.span)
    if move is not None and index_move(s, c.amount.span):
        return False  # "日経平均株価は前日比1.2%高": a stock index's move, not a yield's (``price_records``)
    if move is not None and c.direction is None:
        c.direction = move or None
    return move is not None
