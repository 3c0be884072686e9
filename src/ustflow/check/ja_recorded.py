"""A date told of a record or a peak, in the Japanese clause that names it (issue 13, session 15):

    日本の米国債保有残高は2021年11月に記録した過去最大の1兆3300億ドルから約10%減少した。
    中国の保有額は2013年11月につけたピークの1兆3167億ドルから4割減った。
    保有残高は昨年3月に達した最高水準の1兆2000億ドルを下回った。

"2021年11月に記録した" (set in November 2021) modifies what comes right after it: the record and its figure
("過去最大の1兆3300億ドル") are that month's. The figure was read with no period (the latest month, a true record
called unverifiable), and the month became the sentence's: "約10%減少した", the move from the record to now, was
judged over November 2021 alone, and the next sentences ("中国は…9718億ドル") took November 2021 from it, judging the
story's August figures against a month ten months before.

So the period is the recorded figure's (and the qualifier's between them), no other figure's of the sentence, and
no period for the sentences after it. Only the verbs of reaching a level (記録した, つけた, 付けた, 達した) right after
the period, and a figure in the same phrase (no 、 or 。 between).

Nothing here reads data.
"""

from __future__ import annotations

import re

from ustflow.check.periods import Period
from ustflow.check.text import KANA

#: "2021年11月に記録した過去最大の1兆3300億ドル", "2013年11月につけたピークの1兆3167億ドル": the date of a level reached,
#: the record's words and the figure (nothing that ends the phrase between)
RECORDED_AFTER = re.compile(r"\s*に(?:記録し|つけ|付け|達し)た")
_DATED = re.compile(r"\s*に(?:記録し|つけ|付け|達し)た[^、。,，.0-9０-９]{0,20}?(?:約|およそ)?"
                    r"[0-9０-９][0-9０-９,，.．兆億万千]*(?:ドル|円|[%％])")


def recorded_span(s: str, p: Period) -> tuple[int, int] | None:
    """The stretch of ``s`` that period ``p`` dates (from its end to the end of the figure it names), if ``p`` is a
    recorded level's date (module docstring), else None."""
    m = _DATED.match(s, p.span[1])
    return (p.span[1], m.end()) if m else None


def recorded_periods(s: str, periods: list[Period], pos: int) -> tuple[list[Period], Period | None]:
    """``periods`` without the recorded dates that do not date the claim at ``pos``, and the one that does (else None)."""
    if not s or not KANA.search(s):
        return periods, None
    keep, own = [], None
    for p in periods:
        span = recorded_span(s, p)
        if span is None:
            keep.append(p)
        elif span[0] <= pos < span[1]:
            own = p
    return keep, own
