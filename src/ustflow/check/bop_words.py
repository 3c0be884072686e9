"""A balance-of-payments item's sign, or the size of its balance, told in Japanese words with no figure of its own:

    経常収支の改善は、貿易収支が輸入減少を受けて黒字に転換したことが主な要因である   (goods in surplus in the period)
    差し引きである貿易収支が赤字になったのが響いた                               (goods in deficit)
    サービス収支は1899億円の赤字で、赤字幅が拡大した                              (the deficit larger than a year before)
    前年同月比で赤字幅を縮小したものの1兆1089億円の貿易赤字となっている          (the balance named after it)
    輸入が増えたことから赤字幅が拡大しました                                      (the balance of the sentence before)
    貿易赤字は1年前より拡大しています

Each is a claim of its own (measure ``bop_word``): its item is the balance named before it in its sentence (not one
whose own sign or size move comes between, "サービス収支の黒字転換で…黒字幅が拡大": that item is the cause), else the one
named right after it, else the balance the sentence before is about (``bop_topic.topic_before``); its period is that of
the BoP figure told last before it (this sentence or the two before, in the same or the previous paragraph; none
when that figure's is none: the latest published), not of a base ("前月は1894億円の赤字で"). A sign is
judged on the item's level over the period; a size on that level against the same period a year before (the month
before when the sentence says 前月比). A phrase inside another claim (a streak, "5年ぶりに黒字に転換") or with a
figure of its own ("4,482億円縮小") is left to that claim.
"""

from __future__ import annotations

import re

from ustflow.check import compare as C, windows as W
from ustflow.check.bop_items import FLOWS, ITEMS, balances_named
from ustflow.check.bop_usd import item_window
from ustflow.check.claims import Claim
from ustflow.check.results import CONTRADICTED, SUPPORTED, Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context
from ustflow.check.text import KANA

MEASURE = "bop_word"
#: "黒字に転換", "赤字になった", "黒字に転じ", "黒字化", "黒字転換", "赤字転落"
_SIGN = re.compile(r"(?P<side>黒字|赤字)\s*(?:に|へ)\s*(?:転換|転化|転じ|転落|浮上|なっ|なり|なる)(?:た|て)?|"
                   r"(?P<side2>黒字|赤字)(?:化|転換|転嫁化|転化|転落)")
#: "赤字幅が拡大した", "黒字額を縮小", "赤字幅は縮小"; "貿易赤字は1年前より拡大" (the item in the noun)
_SIZE = re.compile(r"(?P<side>黒字|赤字)(?:幅|額)(?:を|が|は|も)?(?:(?![円%％])[^、。]){0,8}?(?P<move>拡大|縮小)|"
                   r"(?P<item>貿易|経常|サービス)(?P<side2>黒字|赤字)(?:は|が|も)(?:(?![円%％])[^、。]){0,12}?(?P<move2>拡大|縮小)")
_NOUN_ITEM = {"貿易": "goods", "経常": "current", "サービス": "services"}
#: a run or a first right before the phrase, a claim of its own: "2カ月ぶりに黒字転換", "3カ月連続で赤字幅が縮小"
_RUN_BEFORE = re.compile(r"(?:ぶり|振り|連続|以来|初めて)(?:に|で|の)?\s*$")
#: a level told as a base, whose period is no period of the story's: "前月は1894億円の赤字で", "前年同月の"
_BASE = re.compile(r"前(?:月|年|年度|年同月|年同期)|\b(?:a|the) (?:month|year) (?:earlier|before)", re.I)
_MONTH_BACK = re.compile(r"前月比|前月に比べ|前月から")


def word_claims(claims: list[Claim], story: str, sentences: list) -> None:
    """Add the sign and size claims of each Japanese sentence of a BoP story (module docstring) to ``claims``, after
    the claims of their sentence."""
    from ustflow.check.bop_items import bop_story

    if not bop_story(story):
        return
    for sent in sentences:
        s = sent.text
        if not KANA.search(s):
            continue
        found = [(m, "sign") for m in _SIGN.finditer(s)] + [(m, "size") for m in _SIZE.finditer(s)]
        phrases = [m.span() for m, _ in found]
        for m, how in sorted(found, key=lambda x: x[0].start()):
            if any(o.sentence is sent and o.span[0] < m.end() and m.start() < o.span[1] for o in claims) or \
                    _RUN_BEFORE.search(s, 0, m.start()):
                continue  # (inside another claim, or the end of a run or first's: "2カ月ぶりに黒字転換")
            c = _claim(sent, m, how, phrases, sentences)
            if c is None or not _period_before(c, claims):
                continue
            at = max((i for i, o in enumerate(claims) if o.sentence.index <= sent.index), default=-1)
            claims.insert(at + 1, c)


def _claim(sent, m: re.Match, how: str, phrases: list, sentences: list) -> Claim | None:
    from ustflow.check import bop_topic as T
    from ustflow.check.bop import last_item

    s = sent.text
    side = 1 if (m.group("side") or m.group("side2")) == "黒字" else -1
    c = Claim(sent, "direction", m.span())
    item = _NOUN_ITEM.get(m.group("item") or "") if how == "size" else None
    item = item or _item_in(s, m, phrases)
    if item is None:
        item = T.topic_before(c, sentences, last_item, balance=True)
    if item is None or item in FLOWS:
        return None
    c.instrument, c.instrument_text, c.measure = ("bop_item", item), ITEMS[item][3], MEASURE
    if how == "sign":
        c.role, c.direction, c.direction_word = "sign", side, m.group(0)
    else:
        move = 1 if (m.group("move") or m.group("move2")) == "拡大" else -1
        c.role, c.direction, c.direction_word = f"size{side:+d}", move, m.group(0)
    named = re.search(r"(?:" + ITEMS[item][0] + r")\s*(?:が|は|も)?\s*$", s[:m.start()], re.I)
    if named is not None:  # "貿易収支が赤字になった": the item and its sign, one phrase
        c.span = (named.start(), m.end())
    return c


def _item_in(s: str, m: re.Match, phrases: list) -> str | None:
    """The balance (not exports or imports) named last before the phrase ``m`` with no other sign or size phrase
    between (that one's item is a cause: "サービス収支の黒字転換で…黒字幅が拡大"), else the one named right after it
    ("赤字幅を縮小したものの1兆1089億円の貿易赤字")."""
    before, after = None, None
    for key, w in balances_named(s):
        if w.end() <= m.start() and not any(w.end() <= a < m.start() for a, _b in phrases):
            if before is None or w.end() > before[0]:
                before = (w.end(), key)
        elif w.start() >= m.end() and w.start() - m.end() <= 30 and not re.search(r"[、。,]", s[m.end():w.start()]):
            if after is None or w.start() < after[0]:
                after = (w.start(), key)
    return before[1] if before else after[1] if after else None


def _period_before(c: Claim, claims: list[Claim]) -> bool:
    """Give ``c`` the period of the BoP figure told last before it (module docstring); False when there is none."""
    from ustflow.check.bop_topic import PRIOR

    told = [o for o in claims if o.kind == "amount" and o.measure in ("bop", "bop_change", "bop_pct") and
            (o.period is None or not _BASE.match(o.period.label)) and o.role != "from" and PRIOR not in o.notes and
            0 <= c.sentence.index - o.sentence.index <= 2 and c.sentence.paragraph - o.sentence.paragraph <= 1 and
            (o.sentence.index < c.sentence.index or o.span[0] < c.span[0])]
    if not told:
        return False
    c.period, c.period_how = told[-1].period, "context" if told[-1].period is not None else told[-1].period_how
    return True  # (none: the latest published, as the figure's)


def judge(c: Claim, ctx: Context) -> Judgement:
    """A sign or a size move said in words (module docstring), on the item's unadjusted series."""
    item = c.instrument[1] if c.instrument is not None else "current"
    sid, what = f"boj.bop.{ITEMS[item][1]}", f"BoJ balance of payments: Japan's {ITEMS[item][3]} (not seasonally adjusted)"
    got = item_window(c, ctx, sid)
    if isinstance(got, Judgement):
        return got
    s, periods, now, note = got
    label = W.span_label(periods)
    if c.role == "sign":
        j = Judgement(SUPPORTED if now * (c.direction or 0) > 0 else CONTRADICTED,
                      f"{what}: {C.fmt_num(now)} JPY 100mn in {label}, a {'surplus' if now > 0 else 'deficit'}",
                      series=sid, official_value=now, official_unit="JPY 100mn", period=label,
                      claimed_value=float(c.direction or 0))
        j.figure = Figure(sid, periods, now, "JPY 100mn", "sum", n=len(periods))
        return j.note(note)
    back = 1 if _MONTH_BACK.search(c.sentence.text) and len(periods) == 1 else 12
    earlier = [p - back for p in periods]
    if any(p not in s.index for p in earlier):
        return unverifiable(f"{what}: no level {back} months before {label} to compare", series=sid)
    before = float(s[earlier].sum())
    side = -1 if c.role == "size-1" else 1
    grew = side * (now - before)  # the surplus (deficit) larger: its size grew
    was = W.span_label(earlier)
    j = Judgement(SUPPORTED if grew * (c.direction or 0) > 0 else CONTRADICTED,
                  f"{what}: {C.fmt_num(before)} in {was} to {C.fmt_num(now)} JPY 100mn in {label}: the "
                  f"{'surplus' if side > 0 else 'deficit'} {'widened' if grew > 0 else 'narrowed'}", series=sid,
                  official_value=now - before, official_unit="JPY 100mn", period=f"{was} to {label}",
                  claimed_value=float(c.direction or 0))
    j.figure = Figure(sid, [earlier[-1], periods[-1]], now - before, "JPY 100mn", "change", n=back)
    return j.note(note)
