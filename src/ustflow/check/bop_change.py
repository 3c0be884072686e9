"""A change of a balance of payments item between two periods, as release stories tell it:

    黒字額は前の年度より3兆6231億円減って、4年連続で減少しました。   黒字額は去年の同じ月より689億円増えました。
    The current account surplus grew by 500 billion yen from a year earlier.

The figure is the item's balance in the claim's period (months summed) less its balance in the base period: the
period a year before (前の年度, 去年の同じ月, 前年同月, "from a year earlier"), or the month before (前月, "from the
previous month"); with no base named, a year before (the release compares its unadjusted figures with the same month
a year earlier), the month before for a seasonally adjusted figure. A deficit that grew or shrank is a change of its
size. A sentence that names only "the surplus" (黒字額, 黒字幅, 赤字幅) is about the item named in the sentence before
(``bop.reread``).
"""

from __future__ import annotations

import re

from ustflow.check import compare as C, windows as W
from ustflow.check.claims import Claim
from ustflow.check.results import CONTRADICTED, Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context, windows_on

#: a Japanese move right after the figure: "3兆6231億円減って", "689億円増えました", "1兆円の増加", "6兆円以上減少", a balance's
#: "3兆円悪化" (down) / "改善" (up)
#: (the rate may sit in brackets between: "同7兆8,839億円(10.3%)増の", "1兆5957億円(率にして9.7%)増加した"; or the amount in
#: brackets after the rate: "前年比13%(2兆8582億円)減の", "25・8%(4兆2370億円)多い")
_JA_MOVE = re.compile(r"\s*(?:以上|超|余り)?[)）]?(?:[(（](?:率にして|率で)?\s*[\d.．・]+\s*[%％][)）])?(?:も|ほど|程度|の|を(?:超え|上回)る|近い)?(?:大幅な|大きな)?(?:(?P<up>増え|増加|拡大|広げ|広が|(?P<better>改善)|増|多(?:い|く)|上回|上昇)|(?P<down>減っ|減り|減少|縮小|縮ん|縮ま|縮め|(?P<worse>悪化)|減|少な(?:い|く)|下回|低下))")
#: the move named as the topic right before the figure: "輸出の前年同月比の減少額は1兆8,218億円", "経常黒字の減少額は10兆9265億円",
#: "増加幅は3000億円" (the size of the move, not a level)
_JA_MOVE_BEFORE = re.compile(r"(?:(?P<up>増加|拡大|改善|上昇)|(?P<down>減少|縮小|悪化|低下))(?:額|幅)(?:は|が|も)?\s*(?:約|およそ)?\s*$")
#: a change of a balance's size told right after the figure: "8兆円以上、黒字幅を拡大し", "5000億円、赤字幅が縮小した",
#: "6,809億円の黒字幅拡大" (not "6,809億円の黒字": a level)
_JA_SIZE_MOVE = re.compile(r"\s*(?:以上|超|余り|あまり)?(?:[、,]|の(?=(?:黒字|赤字)(?:額|幅)))?\s*(?:黒字|赤字)(?:額|幅)?(?:を|が|は)?(?:(?P<up>拡大|広げ|広が)|(?P<down>縮小|縮ん|縮ま|縮め))")
#: the move told after the rate that follows the amount: "前年度と比べて4兆2100億円あまり、率では16.1%増えていて",
#: "前年に比べ6兆2936億円、率にして9.3%増加した"
_JA_AND_RATE = re.compile(r"\s*(?:以上|超|余り|あまり)?[、,]\s*率(?:で|にして)(?:は|も)?\s*[\d.．・]+\s*[%％](?:の)?\s*(?:(?P<up>増|拡大|改善)|"
                          r"(?P<down>減|縮小|悪化))")
_FY_BACK = re.compile(r"前(?:の)?年度|前年度")
_YEAR_BACK = re.compile(W.YEAR_BACK.pattern + r"|(?:去年|前年|昨年)の同じ月|(?:去年|前年|昨年)同月", re.I)
_MONTH_BACK = re.compile(r"前月|" + W.MONTH_BACK.pattern, re.I)


#: after a change from the year before, the balance's move told by its size: "前年比3兆9308億円の赤字幅拡大",
#: "前年比で8950億円赤字幅縮小", "前年比▲1,524億円で黒字幅は縮小"
_SIZE_AFTER = re.compile(r"\s*(?:の|で|と(?:なり)?)?[、,]?\s*(?:赤字|黒字)(?:幅|額)?(?:が|は|を)?\s*(?:(?P<up>拡大)|(?P<down>縮小))")


def _stated_sign(c: Claim) -> int | None:
    """+1 / -1 for a figure written with its sign ("+1兆5,321億円", "▲1,524億円"): the change of the balance itself,
    not of its size; else None."""
    a = c.amount
    t = c.sentence.text[a.span[0]:a.span[1]].lstrip() if a is not None else ""
    return 1 if t.startswith(("+", "＋")) else -1 if t.startswith(("▲", "△", "-", "−", "－")) else None


def _year_on_year(c: Claim) -> int | None:
    """A yen figure right after 前年比 (``bop_topic.YOY_BEFORE``): its sign when it has one ("+1兆5,321億円",
    "▲1,524億円"), else the move of the balance's size told after it, else 0; None when it is no such figure."""
    from ustflow.check.bop_topic import YOY_BEFORE

    a, s = c.amount, c.sentence.text
    if a is None or not YOY_BEFORE.search(s, max(0, a.span[0] - 10), a.span[0]):
        return None
    if (sign := _stated_sign(c)) is not None:
        return sign
    m = _SIZE_AFTER.match(s, a.span[1])
    return 0 if m is None else 1 if m.group("up") else -1


def move_of(c: Claim) -> int | None:
    """+1 / -1 when ``c`` is a change (its role, a Japanese move word right after it, a figure after 前年比), else
    None (0: a change with no direction told)."""
    a = c.amount
    if a is None or a.kind != "money":
        return None
    s = c.sentence.text
    m = _JA_MOVE.match(s, a.span[1]) or _JA_SIZE_MOVE.match(s, a.span[1]) or _JA_AND_RATE.match(s, a.span[1])
    if m is None:
        m = _JA_MOVE_BEFORE.search(s, max(0, a.span[0] - 12), a.span[0])
    if m is not None:
        return 1 if m.group("up") else -1
    yoy = _year_on_year(c)
    if yoy is not None:
        return yoy
    if c.role == "change":
        return c.direction or 0
    return None


def bop_change(c: Claim, ctx: Context, sids: list[tuple[str, str]]) -> Judgement:
    """Judge the change ``c`` on the first of the item's series ``sids`` that covers its period (``bop._sids``)."""
    a = c.amount
    txt = c.clause or c.sentence.text
    stated = 12 if _FY_BACK.search(txt) or _YEAR_BACK.search(txt) else 1 if _MONTH_BACK.search(txt) else stated_back(c)
    move = move_of(c) or None
    m = _JA_MOVE.match(c.sentence.text, a.span[1]) if a is not None else None
    # the balance itself got better or worse ("3兆円悪化"), or its change is written with a sign ("▲1,524億円")
    signed = (m is not None and bool(m.group("better") or m.group("worse"))) or _stated_sign(c) is not None
    for sid, what in sids:
        got = windows_on(c, ctx, ctx.data.series(sid), sid, missing="", no_period="")
        if isinstance(got, Judgement):
            continue
        s, wins, note = got
        sel = W.select(s, *wins[0]) if wins else s.iloc[:0]
        back = stated or (1 if sid.endswith("x12") else 12)
        earlier = [p - back for p in sel.index]
        if sel.empty or any(p not in s.index for p in earlier):
            continue
        now, before = float(sel.sum()), float(s[earlier].sum())
        size = now < 0 and before < 0 and not signed  # a deficit's growth or shrinking: its size's change
        v = abs(now) - abs(before) if size else now - before
        span = f"{W.label(earlier[0])}..{W.label(sel.index[-1])}"  # from the base's start to the period's end
        if a.currency == "USD":  # "an increase of 1.7 trillion yen, or over 11 billion dollars": the yen change converted
            from ustflow.check.bop_usd import change_in_dollars

            j = change_in_dollars(c, ctx, (sid, what), v, list(sel.index), move, span)
            j.figure = Figure(sid, list(sel.index), v, "JPY 100mn", "change", n=back)
            return j.note(note)
        claimed = abs(a.in_units(1e8)) * move if move else a.in_units(1e8)  # "▲1,524億円": the sign is the move
        # the release prints each balance to 1億円: a change told as the difference of the two printed balances ("34兆5218億円
        # ... 前年度から4兆4903億円増えた", of 345,217.5 and 300,315.3) is off the unrounded one's by up to 1億円
        j = C.verdict(claimed=claimed, official=v, qualifier=a.qualifier, tol=C.tolerance(a, 1e8) + 0.5, sid=sid,
                      unit="JPY 100mn", period=span, sign_free=move is None, room=0.3 * abs(v),
                      what=f"{what}{C.fmt_num(before)} in {W.span_label(earlier)} to {C.fmt_num(now)} JPY 100mn in "
                           f"{W.span_label(list(sel.index))}, a change "
                           f"{'in the deficit ' if size else ''}of ")
        # a run said of it counts changes from the same base (``bop_records``): the change's figure, over ``back``
        j.figure = Figure(sid, list(sel.index), v, "JPY 100mn", "change", n=back)
        if j.verdict == CONTRADICTED:
            from ustflow.check.bop_far import released_first_print

            j = released_first_print(c, j, ctx)
        return j.note(note)
    return unverifiable(f"a change of the {c.instrument_text}: the BoJ's balance of payments does not cover "
                        f"{c.period.label if c.period else 'that period'} and the period before it")


def stated_back(c: Claim) -> int | None:
    """How many months back a change's base lies when the sentence names it as a span of the same kind whole years
    before the figure's ("the trade surplus was down 30 pct from the level in 2007" in a story on 2010: 36) or the month
    right before it ("In December 2017, ... decreased 221 billion yen ... over November 2017": 1); None when it names
    none, or another."""
    bp, p = c.base_period, c.period
    if bp is None or p is None or p.is_latest or bp.is_latest or not bp.windows or not p.windows:
        return None
    k = (p.end.year - bp.end.year) * 12 + p.end.month - bp.end.month
    if k == 1 and p.kind == bp.kind == "month" and not p.is_search and not bp.is_search:
        return 1  # (months of 30 and 31 days)
    return k if (bp.end - bp.start).days == (p.end - p.start).days and k > 12 and k % 12 == 0 else None
