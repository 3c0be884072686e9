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
JA_INTRADAY = r"一時(?!的)|取引時間中|ザラ場"
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
