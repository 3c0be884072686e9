"""A record of a balance-of-payments item's change, not of its balance, ranked as the release ranks it:

    黒字額が前年比34.3%減の16兆2803億円となった。…統計が始まった1986年以降、最大の減少幅。
    旅行収支が過去最大の落ち込みを記録した。            経常収支は…50.2%減少。過去最大の減少率となる。
    The current account surplus fell at a record pace in fiscal 2008.   the biggest drop on record

The words of the record name a move (減少幅, 落ち込み, 減少率, 伸び率, "drop", "decline", "pace") beside a balance: what
is ranked is the balance's change from the same span a year before (a calendar or fiscal year, a half: among the
same spans; a month: from the same month a year before, or the month before when the story says so, ``bop_records``),
never the balance itself (which the generic rule would rank). 幅 / 額 name the amount, 率 / "pace" / "percent" the
rate; words that name neither (落ち込み, "the biggest drop") are read both ways, and the verdict must agree on both.
A rate is not computed from a base that is not a surplus (a deficit's percent change has no sign the words could
mean). The BoJ's series is comparable from January 1996: a record over it holds over the data; a record "since 1985"
that holds over the data is beyond what the store shows (``lookbacks.reach``), one that fails there fails.
"""

from __future__ import annotations

import re

from ustflow.check import lexicon as lx, lookbacks as L, windows as W
from ustflow.check.bop_items import ITEMS, deficit_named
from ustflow.check.bop_records import PER_YEAR, change_bases, is_bop, record_values, span_unit
from ustflow.check.claims import Claim
from ustflow.check.results import CONTRADICTED, SUPPORTED, Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context
from ustflow.check.sign_runs import period_label
from ustflow.check.text import JA_TEXT

#: a move named by the record's words, with what it measures: the amount (幅, 額) or the rate (率, "pace", percent)
_MOVE = re.compile(rf"(?:(?P<down>{lx.JA_FALL}|減)|(?P<up>{lx.JA_RISE}|増))(?P<kind>幅|額|率)?|"
                   r"\b(?:(?P<edown>drops?|declines?|falls?|decreases?|plunges?|contractions?|fell|dropped|declined|"
                   r"plunged|shrank|contracted)|(?P<eup>rises?|increases?|gains?|jumps?|growth|grew|rose|jumped))\b", re.I)
#: the move named as the topic before the record: "黒字の減少幅は過去最大", "下げ幅は比較可能な1985年以降で最大",
#: "黒字幅の縮小は過去最大だった" (not a balance's record after it: "増加が続き、過去最大の黒字")
_JA_TOPIC = re.compile(r"(?:^|(?<=[、。」])|(?<=黒字の)|(?<=赤字の)|(?<=黒字幅の)|(?<=収支の)|(?<=輸出の)|(?<=輸入の)|(?<=黒字額の)|(?<=赤字額の))"
                       rf"(?:(?P<down>{lx.JA_FALL})|(?P<up>{lx.JA_RISE}))"
                       r"(?P<kind>幅|額|率)?(?:は|が|も)[、,]?[^、。はが]{0,14}$")
_JA_TOPIC_ANY = re.compile(rf"(?:{lx.JA_FALL}|{lx.JA_RISE})(?:幅|額|率)?(?:は|が|も)[、,]?[^、。はが]{{0,14}}$")
_JA_LEVEL_AFTER = re.compile(r"の?(?:黒字|赤字|水準|額|規模)")
_RATE = re.compile(r"率|ペース|\b(?:pace|rate|percent(?:age)?)\b|%", re.I)
_AMOUNT = re.compile(r"幅|額|\b(?:amount|margin)\b", re.I)


def _words(c: Claim) -> str:
    """The record's words and the few beside them ("過去最大の減少幅", "fell at a record pace")."""
    s, (a, b) = c.sentence.text, c.span
    return s[max(0, a - 24):a] + "\x00" + s[a:b + 10]


def _lead(after: str, c: Claim) -> int:
    """The spaces between an English record's phrase and the word after it ("a record fall")."""
    rest = after[len(c.qualifier.phrase):]
    return len(rest) - len(rest.lstrip(" "))


def move_named(c: Claim) -> tuple[int, list[str]] | None:
    """The direction (+1 a rise, -1 a fall) and the readings ("amount", "rate") of a record of a move, or None when
    the record's words name no move. Japanese names the move after the record (最大の減少幅), English beside it
    ("the biggest drop", "fell at a record pace")."""
    before, after = _words(c).split("\x00")
    ja = JA_TEXT.search(c.qualifier.phrase)
    if ja:
        m = _MOVE.match(after, len(c.qualifier.phrase)) or _MOVE.match(after[len(c.qualifier.phrase):].lstrip("のな"))
        if not (m and (m.group("down") or m.group("up"))) and not _JA_LEVEL_AFTER.match(after, len(c.qualifier.phrase)):
            m = _JA_TOPIC.search(before)  # "減少幅は過去最大": the move is the record's topic
            if m is None and _JA_TOPIC_ANY.search(before):  # "原油価格の下落幅が過去最大": a move of something else
                return 0, []
        if not m or not (m.group("down") or m.group("up")):
            return None
        kind = m.group("kind") or ""
        d = -1 if m.group("down") else 1
        return d, ["rate"] if kind == "率" else ["amount"] if kind in ("幅", "額") else ["amount", "rate"]
    m = _MOVE.search(c.qualifier.phrase) or _MOVE.match(after, len(c.qualifier.phrase) + _lead(after, c))  # "a record fall"
    if m is None and re.search(r"\b(?:at|by)\s+$", before):  # "fell at a record pace", "rose by a record amount"
        m = re.search(_MOVE.pattern + r"\s+(?:at|by)\s+$", before, re.I)
    if not m or not (m.group("edown") or m.group("eup")):
        return None
    d = -1 if m.group("edown") else 1
    near = c.qualifier.phrase + after[len(c.qualifier.phrase):len(c.qualifier.phrase) + 12]
    return d, ["rate"] if _RATE.search(near) else ["amount"] if _AMOUNT.search(near) else ["amount", "rate"]


#: what an English move is of, named after it: "a record drop in imports", "the biggest fall in oil prices"
_EN_MOVE_OF = re.compile(r"\s*(?:on record\s+)?(?:in|of)\s+(?:the\s+|its\s+|Japan's\s+)?(?P<what>[\w-]+(?:\s+[\w-]+){0,2})", re.I)


def _other_item(c: Claim, fig: Figure) -> str | None:
    """What an English move record names after its move when that is not the figure's item ("helped by a record drop
    in imports" said beside the current account's surplus; "the biggest fall in oil prices"), else None."""
    s, (a, b) = c.sentence.text, c.span
    m = _MOVE.search(s, a, min(len(s), b + 12))
    if m is None or not (m.group("edown") or m.group("eup")):
        return None
    of = _EN_MOVE_OF.match(s, m.end())
    if of is None:
        return None
    what = of.group("what")
    if re.match(r"(?:surplus|deficit|balance|black|red|current account)\b", what, re.I):
        return None
    for words, nsa, sa, name in ITEMS.values():
        if re.match(words, what, re.I):
            return None if fig.series.endswith((nsa, sa)) else name
    return f"'{what}'"


def move_record(c: Claim, fig: Figure, ctx: Context) -> Judgement | None:
    """A record of a move of a BoP balance read on the balance's level (module docstring); None when the record's
    words name no move, or the figure is not a balance's level over a month or a span."""
    q = c.qualifier
    if q.kind != "extreme" or q.peak or not is_bop(fig) or fig.agg != "sum":
        return None
    if q.n > 1 and (q.since is not None or q.lookback is not None):  # a place within a window: the generic rule
        return None
    named = move_named(c)
    if named is None:
        return None
    d, readings = named
    if not readings:
        return unverifiable(f"'{q.phrase}' ranks a move of something the sentence names before it, not of the balance "
                            f"read ({fig.series})", series=fig.series)
    if (other := _other_item(c, fig)) is not None:
        return unverifiable(f"'{q.phrase}' ranks a move of {other}, not of the balance read ({fig.series})",
                            series=fig.series)
    unit = span_unit(fig.periods)
    if fig.n > 1 and not unit:
        return None
    vals = record_values(ctx, fig, unit)
    end_p = fig.end
    backs = [PER_YEAR[unit]] if unit else change_bases(c, fig, unit, ctx.article)
    if end_p not in vals.index or float(vals[end_p]) < 0:
        return unverifiable(f"'{q.phrase}' ranks a change of a deficit, which the checker does not rank",
                            series=fig.series)
    out = [_one(q, vals, end_p, unit, d, how, back) for how in readings for back in backs]
    base = {"series": fig.series, "period": period_label(end_p, unit)}
    oks = {ok for ok, _ in out}
    text = "; ".join(e for _, e in out)
    if oks == {True}:
        return Judgement(SUPPORTED, text, **base)
    if oks == {False}:
        return Judgement(CONTRADICTED, text, **base)
    return unverifiable(f"'{q.phrase}' ranks a change of the balance: {text}", **base)


def _one(q, vals, end_p, unit: str, d: int, how: str, back: int) -> tuple[bool | None, str]:
    """One reading: the change (amount or rate) at ``end_p`` ranked among the same changes in the window ``q`` names."""
    prev = vals.shift(back)
    sig = (vals - prev) if how == "amount" else 100 * (vals - prev) / prev.where(prev > 0)
    sig = sig.dropna()
    grain = {"year": "calendar years", "fiscal_year": "fiscal years", "half": "halves", "fiscal_half": "fiscal halves",
             "quarter": "quarters"}.get(unit, "months")
    what = f"{'fall' if d < 0 else 'rise'} ({'in percent' if how == 'rate' else 'in yen'}) " \
           f"from {'a year' if back == PER_YEAR[unit] else 'the month'} before among {grain}"
    if end_p not in sig.index:
        return None, f"no {what} can be computed at {period_label(end_p, unit)}"
    value = float(sig[end_p])
    fmt = (lambda v: f"{v:,.1f}%") if how == "rate" else (lambda v: f"{v:,.1f} JPY 100mn")
    if value * d <= 0:
        return False, f"not a {what.split(' (')[0]} in {period_label(end_p, unit)} ({fmt(value)})"
    ref = L.after_reference(sig, q, end_p)
    beaten = ref[ref * d > value * d + 1e-9]
    head = f"the {what} in {period_label(end_p, unit)}: {fmt(value)}"
    if q.n > 1:  # "縮小幅は過去2番目の大きさ": its place among all the same changes before it, on record
        place = len(beaten) + 1
        return place == q.n, f"{head}: rank {place} on record (from {period_label(sig.index[0], unit)})" + \
            ("" if beaten.empty else f", after {fmt(float(beaten[(beaten * d).idxmax()]))} in "
                                     f"{period_label((beaten * d).idxmax(), unit)}")
    if not beaten.empty:
        at = (beaten * d).idxmax()
        return False, f"not the largest {L.named(q)}: {head}, beaten by {fmt(float(beaten[at]))} in {period_label(at, unit)}"
    if q.since is None and q.lookback is None:
        return True, f"{head}, the largest in the data (from {period_label(sig.index[0], unit)})"
    before = sig[sig.index < end_p]
    met = before[before * d >= value * d - 1e-9]
    last = met.index[-1] if not met.empty else None
    reach = L.reach(q, last, end_p, sig.index[0])
    if reach is None or (not reach and last is None):
        return None, f"{head}, the largest in the data (from {period_label(sig.index[0], unit)}), which begin after " \
                     f"the point '{q.phrase}' counts from"
    last_txt = f"last as large in {period_label(last, unit)}" if last is not None else "never as large before in the data"
    return bool(reach), f"{head}; {last_txt}: {'' if reach else 'not '}the largest {L.named(q)}"


def smallest_deficit(c: Claim, fig: Figure, ctx: Context) -> Judgement | None:
    """"Japan's deficit shrank to a record low of 1,476.8 billion yen", "the deficit ... its lowest level ever",
    "赤字幅は過去最小": a low said of a deficit is the smallest deficit (the highest balance), not the most negative
    balance; ranked among the same spans (``as_released``). None when the words before the record name no deficit."""
    from ustflow.check.history import figure_label as hlabel, history

    q = c.qualifier
    if q.kind != "extreme" or q.extreme != "min" or q.n > 1 or q.peak or not is_bop(fig) or fig.agg != "sum" or \
            fig.value >= 0 or q.word == "worst":  # ("its worst level": the largest deficit)
        return None
    if not deficit_named(c):
        return None
    hist = history(ctx, fig)
    if fig.end not in hist.index:
        return None
    size = -hist  # the deficit's size (a surplus: below zero)
    end_p, value = fig.end, float(size[fig.end])
    base = {"series": fig.series, "official_value": -value, "official_unit": fig.unit, "period": hlabel(fig)}
    ref = L.after_reference(size, q, end_p)
    beaten = ref[ref < value - 1e-9]
    head = f"a deficit of {value:,.1f} {fig.unit} in {hlabel(fig)}"
    if not beaten.empty:
        at = beaten.idxmin()
        return Judgement(CONTRADICTED, f"not the smallest deficit {L.named(q)}: {head}, against {float(-hist[at]):,.1f} "
                                       f"in {W.label(at)}", **base)
    if q.since is None and q.lookback is None:
        return Judgement(SUPPORTED, f"{head} is the smallest deficit in the data (from {W.label(size.index[0])})", **base)
    met = size[(size.index < end_p) & (size <= value + 1e-9)]
    reach = L.reach(q, met.index[-1] if not met.empty else None, end_p, size.index[0])
    if not reach:
        return unverifiable(f"'{q.phrase}': {head}, the smallest in the data (from {W.label(size.index[0])}), which may "
                            f"not reach where the claim counts from", series=fig.series)
    return Judgement(SUPPORTED, f"{head}: the smallest deficit {L.named(q)}", **base)
