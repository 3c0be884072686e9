"""Japan's balance of payments as the monthly release stories put it: the current account, the goods (trade) and
services balances, primary and secondary income, in yen, as levels or percent changes from a year (month) before:

    Japan's current account surplus shrank from 1,807 billion yen in April to 1,401 billion yen in May after
    seasonal adjustment; the services balance turned from a surplus of 75 billion to a deficit of 194 billion yen.
    The surplus in the current account stood at ¥287.1bn in August before seasonal adjustment, up 82.7% from a
    year earlier.  4月の経常収支は1兆9000億円の黒字だった。

The figure is about the item named nearest before it in its sentence (else just after it); surplus / deficit
(黒字 / 赤字, or a minus sign) set its sign. The BoJ's monthly balance of payments (``boj.bop``, JPY 100 mn):
seasonally adjusted when the sentence (else the article) says so, not adjusted when it says "before seasonal
adjustment" (the release's headline), and both tried when it says neither. Only in a story about Japan's balance
of payments (it names the current account or the balance of payments), only for Japan or no country: the store
holds no other country's. A "trade balance" in such a story is the BoP's goods balance (customs-based trade
statistics, which the store does not hold, are left out when the sentence names them). Exports and imports on
their own are left to the other rules (most stories quote the customs figures).
"""

from __future__ import annotations

import re

from ustflow.check import compare as C, windows as W
from ustflow.check.claims import Claim
from ustflow.check.results import SUPPORTED, Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context, windows_on

STORY = re.compile(r"\bcurrent[- ]account\b|\bbalance of payments\b|経常収支|経常黒字|経常赤字|国際収支", re.I)
#: item -> (words, not seasonally adjusted series, seasonally adjusted series, what it is called)
ITEMS: dict[str, tuple[str, str, str, str]] = {
    "goods_services": (r"\bgoods and services (?:balance|trade|surplus|deficit)|貿易・サービス収支", "bpbp6jynts",
                       "bpbp6jyatsx12", "goods and services balance"),
    "current": (r"\bcurrent[- ]account|経常収支|経常黒字|経常赤字", "bpbp6jyncb", "bpbp6jyacbx12", "current account"),
    "goods": (r"\btrade (?:balance|surplus|deficit|account)|\bbalance of trade\b|\bgoods (?:balance|surplus|deficit|"
              r"account)|(?<!・)貿易収支|貿易黒字|貿易赤字", "bpbp6jyntb", "bpbp6jyatbx12", "goods (trade) balance"),
    # "services were 715.3 billion yen in the red": the noun as a clause's subject in a BoP story, as 'the goods
    # account' is
    "services": (r"\bservices? (?:account |trade )?(?:balance|surplus|deficit|account)|(?<!goods and )\bservices (?=(?:were|"
                 r"was|posted|showed|logged|recorded|ran|swung|turned|stood|remained|stayed)\b)|サービス収支",
                 "bpbp6jynsn", "bpbp6jyasnx12", "services balance"),
    "primary": (r"\bprimary income|\b(?:investment )?income (?:surplus|balance|account)|\bincome from (?:overseas|"
                r"abroad)|第一次所得収支", "bpbp6jynpin", "bpbp6jyainx12", "primary income balance"),
    "secondary": (r"\bsecondary income|第二次所得収支", "bpbp6jynsin", "bpbp6jyacnx12", "secondary income balance"),
}
_SA = re.compile(r"\bseasonally[- ]adjusted\b|\b(?:after|with) (?:a )?seasonal adjustment|季節調整(?:済|後)", re.I)
_NSA = re.compile(r"\bbefore (?:a )?seasonal adjustment|\b(?:not|non|un)[- ]?seasonally[- ]adjusted|\bunadjusted\b|"
                  r"季節調整前|原数値", re.I)
_SIGN = re.compile(r"\b(?P<plus>surplus(?:es)?|in the black)\b|\b(?P<minus>deficits?|in the red)\b|(?P<jplus>黒字)|"
                   r"(?P<jminus>赤字)", re.I)
_CUSTOMS = re.compile(r"\bcustoms\b|\btrade (?:statistics|data) (?:from|by|of) the (?:finance )?ministry|通関", re.I)
_MONTH_BACK = re.compile(r"\b(?:from|than|over|on) (?:the )?(?:previous|prior|preceding) month\b|\bmonth-on-month\b|"
                         r"前月比", re.I)


#: a balance with one partner ("Japan's trade surplus with the United States", "its deficit vis-à-vis China", 対米貿易黒字,
#: 対中経常収支): the store holds Japan's balances with the world only
_PARTNER_AFTER = re.compile(r"\s+(?:(?:surplus|deficit)\s+)?(?:with|vis-[àa]-vis|against)\s+(?:the\s+)?(?:[A-Z]|other\s+"
                            r"countries)")
_PARTNER_BEFORE = re.compile(r"対[^\s、。,0-9０-９]{1,6}$")


def _bilateral(s: str, m: re.Match) -> bool:
    """Whether the item named at ``m`` is a balance with one partner, not with the world."""
    return bool(_PARTNER_AFTER.match(s, m.end()) or _PARTNER_BEFORE.search(s, 0, m.start()))


def _nearest_item(s: str, start: int, end: int) -> str | None:
    """The item named right after the figure ("a ¥300 billion trade deficit"), else the nearest before it, else one
    named a little after it; "" when that item is a balance with one partner (``_bilateral``: no series of it)."""
    best: tuple[tuple[int, int], str] | None = None
    for key, (words, *_rest) in ITEMS.items():
        for m in re.finditer(words, s, re.I):
            if m.end() <= start:
                d = (1, start - m.end())
            elif m.start() >= end and m.start() - end <= 40:  # "a ¥300 billion current account surplus"
                d = (0 if m.start() - end <= 3 else 2, m.start() - end)
            else:
                continue
            if best is None or d < best[0]:
                best = (d, "" if _bilateral(s, m) else key)
    return None if best is None else best[1]


def _sign(s: str, start: int, end: int) -> int | None:
    """Surplus / deficit nearest before the figure in its sentence, else the word right after it ("a ¥300
    billion deficit"); None when the sentence names neither."""
    before = list(_SIGN.finditer(s, 0, start))
    after = _SIGN.match(s, end) or _SIGN.search(s, end, end + 12)
    m = before[-1] if before else after
    if m is None:
        return None
    return 1 if (m.group("plus") or m.group("jplus")) else -1


#: exports or imports named right before the figure ("as exports of goods and services were 9 trillion yen"): a trade
#: flow, not a balance (left to the other rules)
_TRADE_FLOW_BEFORE = re.compile(r"(?:\b(?:exports?|imports?)\b|輸出|輸入)[^.;。、]{0,40}$", re.I)


def item_of(c: Claim, story: str) -> str | None:
    """The BoP item of a figure (module docstring), or None when ``c`` is not one."""
    a = c.amount
    if a is None or c.kind != "amount" or not STORY.search(story):
        return None
    if a.kind not in ("money", "percent") or (a.kind == "money" and a.currency not in ("JPY", None)):
        return None
    if c.subject is not None and c.subject.kind == "country" and c.subject.slug != "japan":
        return None
    s = c.sentence.text
    item = _nearest_item(s, *a.span)
    if not item or (item == "goods" and _CUSTOMS.search(s)) or _TRADE_FLOW_BEFORE.search(s[max(0, a.span[0] - 60):a.span[0]]):
        return None
    if a.kind == "percent" and not (W.YEAR_BACK.search(s) or _MONTH_BACK.search(s)):
        return None
    return item


#: an economists' forecast quoted beside the figure: "compared with a median estimate of 3.2 trillion yen in a Reuters
#: poll", "versus economists' forecasts for", "市場予想(中央値)は3兆円の黒字"
_POLL_BEFORE = re.compile(r"\b(?:median|consensus|market|economists?(?:'|’)?|analysts?(?:'|’)?|poll)\s*(?:estimates?|"
                          r"forecasts?|expectations?|projections?)\s+(?:of|for)\s+(?:an?\s+)?(?:about\s+|around\s+)?"
                          r"(?:(?:surplus|deficit)\s+of\s+)?$|\b(?:expected|forecast|predicted)\s+(?:an?\s+)?"
                          r"(?:(?:surplus|deficit)\s+of\s+)?$|(?:市場|事前)予想(?:の中央値|の平均|\(中央値\)|（中央値）)?(?:は|の)?\s*$", re.I)
_POLL_AFTER = re.compile(r"\s*(?:yen\s+)?(?:in|by)\s+an?\s+(?:\w+\s+){0,2}poll\b|"
                         # after the figure: "a 3.5 trillion yen surplus expected by economists", "the 3.5 trillion
                         # yen analysts had predicted", "a surplus of 3.5 trillion yen forecast in a poll"
                         r"\s*(?:yen\s+)?(?:(?:current[- ]account\s+|trade\s+)?(?:surplus|deficit)\s+)?(?:(?:that\s+)?"
                         r"(?:was\s+|had\s+been\s+)?(?:expected|forecast|predicted|projected|estimated)\s+(?:by|in)\b|"
                         r"(?:that\s+)?(?:economists|analysts|forecasters|the\s+market|markets)\s+(?:had\s+)?(?:expected|"
                         r"forecast|predicted|projected|estimated)\b)", re.I)


def reread(claims: list[Claim], story: str) -> None:
    """Mark each BoP figure (``bop`` measure, the item as instrument); a poll's forecast beside it is no figure."""
    for c in claims:
        if c.measure not in ("other", "", "holdings_level", "holdings_change", "flow", "flow_pct"):
            continue
        item = item_of(c, story)
        if item is None:
            continue
        c.instrument, c.instrument_text = ("bop_item", item), ITEMS[item][3]
        c.measure = "bop_pct" if c.amount is not None and c.amount.kind == "percent" else "bop"
        a, txt = c.amount, c.sentence.text
        if a is not None and (_POLL_BEFORE.search(txt[max(0, a.span[0] - 60):a.span[0]]) or
                              _POLL_AFTER.match(txt, a.span[1])):
            c.forecast = True


#: a run of surpluses or deficits: "maintained a current account surplus for the second straight month"
_RUN_KINDS = ("streak", "streak_end")


def reread_qualifiers(claims: list[Claim], story: str) -> None:
    """A streak said of a BoP balance with no figure of its own is a run of months in surplus (deficit) of the item
    named before it (``qualifier_sid``)."""
    if not STORY.search(story):
        return
    for c in claims:
        if c.kind != "qualifier" or c.host is not None or c.qualifier is None or c.qualifier.kind not in _RUN_KINDS:
            continue
        s = c.sentence.text
        item = _nearest_item(s, c.span[0], c.span[0])
        sign = _sign(s, c.span[0], c.span[1])
        if not item or sign is None or (item == "goods" and _CUSTOMS.search(s)):
            continue
        c.measure, c.base_measure = "qualifier", "bop"
        c.instrument, c.instrument_text = ("bop_item", item), ITEMS[item][3]
        c.direction = sign


def qualifier_sid(c: Claim, ctx: Context) -> str:
    """The series a BoP streak is counted on (not seasonally adjusted unless the story says it is)."""
    return _sids(c, ctx)[0][0]


def _adjusted(c: Claim, story: str) -> list[bool]:
    """Which of the two series to try: seasonally adjusted (True), not adjusted (False)."""
    for txt in (c.sentence.text, story):
        sa, nsa = bool(_SA.search(txt)), bool(_NSA.search(txt))
        if sa != nsa:
            return [sa]
    return [False, True]


def _sids(c: Claim, ctx: Context) -> list[tuple[str, str]]:
    item = c.instrument[1] if c.instrument is not None else "current"
    _, nsa, sa, what = ITEMS[item]
    return [(f"boj.bop.{sa if adj else nsa}", f"BoJ balance of payments: Japan's {what}"
             f"{' (seasonally adjusted)' if adj else ' (not seasonally adjusted)'}: ") for adj in _adjusted(c, ctx.article)]


def bop_level(c: Claim, ctx: Context) -> Judgement:
    """A BoP balance in the claim's month(s) (summed over a longer period), signed by surplus / deficit."""
    a = c.amount
    if a is None:
        return unverifiable("no figure")
    results = []
    sign = _sign(c.sentence.text, *a.span)
    for sid, what in _sids(c, ctx):
        got = windows_on(c, ctx, ctx.data.series(sid), sid, missing="", no_period="")
        if isinstance(got, Judgement):
            continue
        s, wins, note = got
        claimed = a.in_units(1e8) * (sign or 1)
        tol = C.tolerance(a, 1e8)
        sel = W.best_sum(s, wins, claimed, a.qualifier, tol, signed=sign is not None)
        if sel is None:
            continue
        periods, v = list(sel.index), float(sel.sum())
        j = C.verdict(claimed=claimed, official=v, qualifier=a.qualifier, tol=tol, sid=sid, unit="JPY 100mn",
                      period=W.span_label(periods), what=what, sign_free=sign is None, room=0.3 * abs(v))
        j.figure = Figure(sid, periods, v, "JPY 100mn", "sum", n=len(periods))
        results.append(j.note(note))
    if not results:
        return unverifiable(f"the BoJ's balance of payments has no {c.instrument_text} for "
                            f"{c.period.label if c.period else 'that period'}")
    return next((j for j in results if j.verdict == SUPPORTED), results[0])


def bop_pct(c: Claim, ctx: Context) -> Judgement:
    """A BoP balance's percent change from a year (a month) before; no percentage when the balance changed sign."""
    a = c.amount
    if a is None:
        return unverifiable("no figure")
    results = []
    back = 12 if W.YEAR_BACK.search(c.clause or c.sentence.text) else 1
    for sid, what in _sids(c, ctx):
        got = windows_on(c, ctx, ctx.data.series(sid), sid, missing="", no_period="")
        if isinstance(got, Judgement):
            continue
        s, wins, note = got
        sel = W.select(s, *wins[0]) if wins else s.iloc[:0]
        if len(sel) != 1 or sel.index[0] - back not in s.index:
            continue
        p = sel.index[0]
        now, before = float(s[p]), float(s[p - back])
        if before == 0 or now * before < 0:
            return unverifiable(f"{what}{C.fmt_num(before)} in {W.label(p - back)} to {C.fmt_num(now)} in "
                                f"{W.label(p)}: the balance changed sign, so no percentage change", series=sid)
        v = 100 * (now - before) / abs(before)
        claimed = a.number * (c.direction or 1)
        tol = C.tolerance(a, 1)
        j = C.verdict(claimed=claimed, official=v, qualifier=a.qualifier, tol=tol, sid=sid, unit="percent",
                      period=f"{W.label(p - back)} to {W.label(p)}", sign_free=c.direction is None,
                      what=f"{what}{C.fmt_num(before)} to {C.fmt_num(now)} JPY 100mn, a change of ")
        j.figure = Figure(sid, [p - back, p], v, "percent", "pct", n=back)
        results.append(j.note(note))
    if not results:
        return unverifiable(f"a percent change of the {c.instrument_text} is checked for one month against the "
                            f"month (or the same month a year) before")
    return next((j for j in results if j.verdict == SUPPORTED), results[0])
