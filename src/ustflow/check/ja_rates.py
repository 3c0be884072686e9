"""A yen restatement after the article's own rate, in Japanese (issue 13, session 15):

    保有高は1318億ドル(1ドル100円で約13兆円)で、…
    1月の保有残高1,318億ドル(1ドル=100円換算で13兆1800億円)が、3月には1,004億ドル(同様に10兆400億円)へと…
    保有額は1兆1000億ドル（1ドル＝150円として約165兆円）

The bracket restates the dollar figure before it in yen at the rate it states first ("1ドル=100円で"), or at the
rate stated before ("同様に", "同じく": likewise). The rate is no figure of the story (it was read as a USD/JPY level
of the month, and judged), and the yen figure after it is the dollar figure's restatement (``holdings_yen``), judged
at that rate (``article_fx_rate`` reads it): without it a conversion before 2018 had no rate in the store at all.

Only a bracket right after a dollar figure, opening with the rate (1 dollar = N yen, N of two or three digits) or a
word of "likewise", and a yen amount right after it.

Nothing here reads data.
"""

from __future__ import annotations

import re

#: "(1ドル100円で", "(1ドル=100円換算で", "（1ドル＝150円として": the article's rate opening a bracket
RATE = r"[(（]\s*[1１]\s*(?:米)?ドル\s*[=＝]?\s*(?P<r>\d{2,3}(?:\.\d+)?)\s*円\s*(?:換算)?\s*(?:で|として|とすると|換算で)?"
_BEFORE = re.compile(rf"\s*(?:{RATE}|[(（]\s*(?:同様に|同じく|同じレートで|同レートで)(?:換算(?:すると|して|で)?)?)"
                     r"\s*[、,]?\s*(?:約|およそ|概算で)?\s*")


def restated_at_rate(s: str, a, out: list) -> int | None:
    """When yen amount ``a`` restates the dollar figure before it at the bracket's rate (module docstring): the index
    in ``out`` (the amounts before ``a``) of that dollar figure, else None."""
    if a.currency != "JPY" or a.kind != "money":
        return None
    i = next((i for i in range(len(out) - 1, -1, -1) if out[i].kind == "money"), None)
    if i is None or out[i].currency != "USD" or not _BEFORE.fullmatch(s, out[i].span[1], a.span[0]):
        return None
    return i


#: the rate as a conversion ("(1ドル=100円換算で", "（1ドル＝150円として"), not a quote of the market ("（1ドル＝148円台）")
_CONVERTED = re.compile(RATE + r"(?<=で|て|と|算)(?!台)")


def ja_article_rate(text: str) -> float | None:
    """The rate a Japanese article converts its dollar figures at ("(1ドル=100円換算で…"), else None."""
    m = re.search(_CONVERTED, text)
    return float(m.group("r")) if m else None
