"""A second look at a qualifier the rules call contradicted: was the checker sure of the figure it was judged on?

A rank, streak, record, "since" or "first time in N" qualifier is judged on one official figure: the host figure's
series, holder, measure and period. Several of those are the checker's readings, not the article's words: the
qualifier may belong to another figure of its sentence ("the largest amount in five weeks" after both a yen amount
and a percent change), the securities may be carried or one of several the sentence names (bonds or equities), the
holder may be inherited from another sentence, a change or percent change may stand where the words mean the
amount, and a period the sentence does not state may be the latest published where the article reports its own
month ("the top holder" in a story about March's data).

``qualifier_look`` re-judges such a qualifier on those nearby readings. When one of them supports it, the verdict
becomes ``unverifiable``, naming the reading that fits. The count itself is never loosened: the readings change
which figure is judged, never the qualifier's number or its period when the words state it. A "fifth straight
month" that was the fourth, on every reading, stays contradicted, and so does a record that no reading makes one.
Another figure of the sentence is a reading whichever period it is of ("¥X last week, after ¥Y the week before,
a fourth straight week"): the words tie the qualifier to neither, and the host is only the nearest.
One reading is not a doubt but the answer: a qualifier hosted on one of MoF's gross columns (acquisitions,
dispositions: "取得9兆4871億円、処分8兆5961億円" beside the net) when the net figure beside them supports it, since a
gross column is never negative and holds no run or record of net trades; the verdict is the net figure's. Nor is a
holder's low ("the lowest since July 2010", "12年ぶり最低") hosted on its month's change when its level that month
supports it: a level is what is low (``_level_meant``); the verdict is the level's.
``rank_look`` does the same for a holder's place ("the largest holder") read at a period the sentence does not state.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from typing import Iterator

from ustflow.check.claims import Claim
from ustflow.check.period_gate import period_gate
from ustflow.check.results import CONTRADICTED, SUPPORTED, Figure, Judgement, figure_of, set_aside
from ustflow.check.run_gate import run_gate
from ustflow.check.run_records import record_run
from ustflow.check.second_look import period_is_reading

_HOLDER_KINDS = ("country", "japan", "foreign_total", "foreign_official", "sector", "foreign_investors")
_MOF_INSTRUMENTS = ("lt_debt", "equity", "st_debt")


def _family(measure: str) -> str:
    if measure.startswith("holdings") or measure in ("rank", "share"):
        return "tic"
    return "flow" if measure.startswith("flow") else measure


def article_period(c: Claim, claims: list[Claim]):
    """The single month or week the article's figures of ``c``'s family most often state, or None."""
    fam = _family(c.base_measure or c.measure)
    seen: Counter = Counter()
    first = {}
    for o in claims:
        p = o.period
        if o.kind != "amount" or o.period_how != "stated" or p is None or p.is_latest or p.relative or \
                _family(o.measure) != fam or p.kind not in ("month", "week") or len(p.windows) != 1:
            continue
        seen[p.windows[0]] += 1
        first.setdefault(p.windows[0], p)
    if not seen:
        return None
    (win, n), *rest = seen.most_common(2)
    return None if rest and rest[0][1] == n else first[win]


def _moved(x: Claim | None, **kw) -> Claim | None:
    if x is None:
        return None
    alt = copy.copy(x)
    for k, v in kw.items():
        setattr(alt, k, v)
    return alt


def _uncertain_instrument(x: Claim) -> bool:
    return x.instrument is not None and x.instrument[0] in ("assets", "liabilities", None) and \
        x.instrument[1] in _MOF_INSTRUMENTS and (not x.instrument_text or x.instrument_text not in x.sentence.text)


def readings(c: Claim, fig: Figure, claims: list[Claim], hosts: dict[int, Judgement]) -> \
        Iterator[tuple[str, Claim, Figure | None]]:
    """(what the reading is, the qualifier read that way, its figure if already known: ``hosts``, the judgements of
    the figures by claim) for each nearby reading."""
    from ustflow.check.subjects import find_instruments, find_subjects

    host = c.host
    for o, where in _other_hosts(c, claims):  # another figure the qualifier may be about
        other = figure_of(hosts, o)
        if other is not None and other.series and (other.series, other.end, other.agg) != (fig.series, fig.end, fig.agg):
            yield f"another figure {where} ({o.amount.text if o.amount else o.claim_text})", _moved(c, host=o), other
    x = host or c  # the claim whose words chose the series
    named = [v for _, v in find_instruments(c.sentence.text) if v[0] in ('assets', 'liabilities', None) and
             v[1] in _MOF_INSTRUMENTS]
    if x.instrument is not None and x.instrument[1] in _MOF_INSTRUMENTS and \
            (_uncertain_instrument(x) or len({v[1] for v in named}) > 1):
        others = list(_MOF_INSTRUMENTS) if _uncertain_instrument(x) else [v[1] for v in named]
        for ins in dict.fromkeys(others):
            if ins != x.instrument[1]:
                new = (x.instrument[0], ins)
                what = f"other securities ({ins.replace('_', '-')})"
                yield what, _moved(c, instrument=new, host=_moved(host, instrument=new, instrument_text="")), None
    if x.instrument is not None and x.instrument[1] in _MOF_INSTRUMENTS and (None, x.instrument[1]) in named and \
            (x.subject is None or x.subject_how != "stated") and not any(v[0] for v in named):
        for side in ("assets", "liabilities"):  # "stocks were net sold": whose stocks, the words do not say
            new = (side, x.instrument[1])
            if side != (x.instrument[0] or "assets"):
                yield f"the other side ({'non-residents in Japanese' if side == 'liabilities' else 'residents in foreign'}"\
                      f" securities; the sentence names neither)", \
                    _moved(c, instrument=new, subject=None, host=_moved(host, instrument=new, subject=None)), None
    if x.subject is not None and x.subject.kind in _HOLDER_KINDS:
        seen = {(x.subject.kind, x.subject.slug)}
        own = find_subjects(c.sentence.text)
        cands = [(m, "another holder the sentence names") for m in own] if x.subject_how == "inherited" or \
            len(own) > 1 else []
        if x.subject_how == "inherited":  # taken from the sentences before: which of the holders they name?
            cands += [(o.subject, "a holder an earlier sentence names") for o in claims if o.subject is not None and
                      o.subject_how == "stated" and 0 < c.sentence.index - o.sentence.index <= 2 and
                      o.sentence.paragraph == c.sentence.paragraph]
        for m, why in cands:
            if m.kind in _HOLDER_KINDS and (m.kind, m.slug) not in seen:
                seen.add((m.kind, m.slug))
                yield f"{why} ({m.text})", \
                    _moved(c, subject=m, subject_how="stated", host=_moved(host, subject=m, subject_how="stated")), None
    if period_is_reading(c) and (host is None or period_is_reading(host)):
        p = article_period(c, claims)
        if p is not None and fig.end is not None and not _covers(p, fig.end):
            yield f"the period the article's figures state ({p.label})", \
                _moved(c, period=p, period_how="stated", host=_moved(host, period=p, period_how="stated")), None
    if fig.agg in ("change", "pct") and host is not None and not _CHANGE_WORDS.search(c.qualifier.phrase):
        # "rose by $21.8 billion, the highest since 2016": the level may be meant; not "the largest increase since"
        yield "the amount rather than its change", c, Figure(fig.series, [fig.end], float("nan"), fig.unit,
                                                              "sum" if fig.series.startswith("mof.") else "level")


#: a qualifier that names a change itself ("the largest increase", "the steepest drop", "最大の減少幅")
#: a low of trades, not of a level: "its lowest monthly net selling since July 2010", "売り越し額は…以来の低水準"
_TRADE_WORDS = re.compile(r"\b(?:sell(?:ing|s)?|sales|buy(?:ing|s)?|purchases|outflows?|inflows?)\b|売り越|買い越|売却|購入|"
                          r"流出|流入", re.I)
_CHANGE_WORDS = re.compile(r"\b(?:increase|rise|gain|jump|climb|drop|decline|fall|decrease|reduction|cut|change|"
                           r"move|swing|growth|addition|sell-?off)s?\b|percentage|percent|%|幅|増加|減少|伸び|上昇|低下", re.I)


def _other_hosts(c: Claim, claims: list[Claim]) -> Iterator[tuple[Claim, str]]:
    """The figures other than its host a qualifier may be about: those of its sentence, and when the host was
    found in a sentence before ("The holdings rose for a second straight month"), those of the two sentences before."""
    host = c.host
    if host is None:
        return
    back = c.sentence.index - host.sentence.index if host.sentence.paragraph == c.sentence.paragraph else 0
    for o in claims:
        if o is host or o.kind != "amount" or o.role == "from" or o.sentence.paragraph != c.sentence.paragraph:
            continue
        if o.sentence is c.sentence:
            yield o, "of the sentence"
        elif back > 0 and 0 < c.sentence.index - o.sentence.index <= 2:
            yield o, "of the sentences before"


def _covers(p, end) -> bool:
    from ustflow.check.windows import period_window

    try:
        a, b = period_window(end)
    except Exception:
        return True
    return p.windows[0][0] <= a and b <= p.windows[0][1]


def _figure(alt: Claim, fig: Figure | None, ctx, dispatch) -> Figure | None:
    from ustflow.check.figures import standalone_figure

    if fig is not None:
        if fig.value != fig.value:  # the amount at the period of a change: read from the series
            from ustflow.check.rulekit import series

            s = series(ctx, fig.series)
            if s is None or fig.end not in s.index:
                return None
            fig = copy.copy(fig)
            fig.value = float(s[fig.end])
        return fig
    if alt.host is not None:
        return dispatch.judge(alt.host, ctx).figure
    got = standalone_figure(alt, ctx)
    return None if isinstance(got, Judgement) else got


def qualifier_look(c: Claim, j: Judgement | None, ctx, claims: list[Claim], hosts: dict[int, Judgement],
                   dispatch) -> Judgement | None:
    """``j`` unchanged unless it contradicts a qualifier that a nearby reading supports (module docstring), or the
    record is of a run's length ('a record eighth week', ``record_run``); ``hosts``: the judgements of the figures,
    by claim."""
    if j is None or c.qualifier is None or j.verdict not in (CONTRADICTED, SUPPORTED):
        return j
    fig = figure_of(hosts, c.host) if c.host is not None else _figure(c, None, ctx, dispatch)
    if fig is None:
        return j
    run = _RUN_RECORD.match(c.sentence.text, c.span[1]) if c.qualifier.kind == "extreme" else None
    if run is not None:
        return record_run(c, fig, ctx, _ordinal(run.group("ord")), run.group("grain"))
    if j.verdict != CONTRADICTED:
        return j
    for what, alt, known in readings(c, fig, claims, hosts):
        try:
            f = _figure(alt, known, ctx, dispatch)
            k = dispatch.judge_qualifier(alt, f, ctx) if f is not None else None
        except Exception:  # a reading a rule cannot take is simply not a reading
            continue
        if k is not None and k.verdict == SUPPORTED:
            if _gross(fig.series) and not _gross(k.series):  # (module docstring: a gross column holds no run or
                return k  # record of net trades: "取得9兆円、処分8兆円 … 3週連続の買い越し" is the net figure's)
            if _level_meant(c, fig, f):  # "down $41.3 billion, the lowest since July 2010": the holdings' level's
                return k
            if _turned_from_earlier(c, fig, f):  # "前月は1894億円の赤字で2カ月ぶりに黒字転換した": the later month's
                return k
            return _other_reading(j, k, what)
    j = run_gate(c, j)  # a run of three or more that the period read goes against: not sure to be an error
    return period_gate(c, j, ctx)  # a period long before the story whose year the sentence does not name


#: a low, which a level reaches, not a fall ("the lowest since July 2010", "2010年7月以来の最低", "12年ぶり最低"): a fall's
#: extreme is "the largest drop"; a high after a rise stays a doubt ("rose by $X, the highest since 2016" may be the rise)
_LEVEL_EXTREME = re.compile(r"\blowest\b|最低|低水準", re.I)


def _level_meant(c: Claim, fig: Figure, f: Figure | None) -> bool:
    """Whether a holder's low hosted on its month's change is the answer on its level that month (module
    docstring): "China held $1.12 trillion, down $41.3 billion and the lowest since July 2010" says the holdings are
    the lowest, not the fall (a fall's extreme is "the largest drop"; a change word keeps the change's reading)."""
    return f is not None and c.qualifier is not None and fig.agg == "change" and f.agg == "level" and \
        f.series == fig.series and f.end == fig.end and fig.series.startswith("tic.holdings.") and \
        bool(_LEVEL_EXTREME.search(c.qualifier.phrase)) and not _CHANGE_WORDS.search(c.qualifier.phrase) and \
        not _TRADE_WORDS.search(c.qualifier.phrase)


#: a turn to the other side told after a first: "2カ月ぶりに黒字転換した", "2カ月ぶりに黒字に転換", "4カ月ぶりに黒字転化"
_TURN_AFTER = re.compile(r"\s*(?:に|の)?(?:黒字|赤字|プラス|マイナス)(?:に|へ)?(?:転換|転じ|転化|浮上)")
#: the figure before the turn told as the earlier period's: "前月は1894億円の赤字で", "1月の4,373億円の赤字から"
_EARLIER_TOPIC = re.compile(r"(?:前月|前年同月|前週|前年|前年度)(?:は|が)\s*$")
_FROM_AFTER = re.compile(r"\s*(?:の(?:黒字|赤字))?から")


def _turned_from_earlier(c: Claim, fig: Figure, f: Figure | None) -> bool:
    """Whether a first ("2カ月ぶりに黒字転換") hosted on the figure it turned from, told as the earlier period's in its
    sentence, is the answer on the same series at a later period: the turn is to the story's period, not the month
    before it ("前月は1894億円の赤字で2カ月ぶりに黒字転換した", "1月の4,373億円の赤字から2カ月ぶりに黒字に転換した")."""
    h, s = c.host, c.sentence.text
    if f is None or h is None or h.sentence is not c.sentence or c.qualifier is None or \
            c.qualifier.kind != "first_since" or f.series != fig.series or not _TURN_AFTER.match(s, c.span[1]):
        return False
    earlier = h.role == "from" or bool(_EARLIER_TOPIC.search(s, 0, h.span[0])) or bool(_FROM_AFTER.match(s, h.span[1]))
    try:
        return earlier and f.end > fig.end
    except TypeError:
        return False


def _gross(sid: str | None) -> bool:
    """MoF's gross columns (acquisitions, dispositions): never negative, so no run of net purchases or sales."""
    return bool(sid) and sid.endswith((".acq", ".disp"))


_ORDINAL = (r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
            r"\d{1,2}(?:st|nd|rd|th)")
#: "a record eighth week", "a record 10th straight month", "a record ninth consecutive week of buying": the record is
#: the run's length, not the figure's size
_RUN_RECORD = re.compile(rf"[- ]?(?:high\s+|-?long\s+)?(?P<ord>{_ORDINAL})\s+(?:straight\s+|consecutive\s+|successive\s+)?"
                         rf"(?P<grain>week|month|quarter|year)\b", re.I)


def _ordinal(w: str) -> int:
    from ustflow.check.qualifiers import ORDINALS

    return ORDINALS.get(w.lower()) or int(re.sub(r"\D", "", w) or 0)


def rank_look(c: Claim, j: Judgement, ctx, judge, claims: list[Claim]) -> Judgement:
    """A holder's place contradicted at a period the sentence does not state, but true at the period the article's
    figures state: ``unverifiable`` naming that period."""
    if j.verdict != CONTRADICTED or c.kind != "rank" or not period_is_reading(c):
        return j
    p = article_period(c, claims)
    if p is None or (c.period is not None and c.period.windows[:1] == p.windows[:1]):
        return j
    try:
        k = judge(_moved(c, period=p, period_how="stated"), ctx)
    except Exception:
        return j
    return _other_reading(j, k, f"the period the article's figures state ({p.label})", "period the place is said of") \
        if k.verdict == SUPPORTED else j


def _other_reading(j: Judgement, k: Judgement, what: str, doubt: str = "figure the qualifier is about") -> Judgement:
    out = set_aside(j, f"not certain which {doubt}: as read, {j.explanation}; but it holds on {what}: "
                       f"{k.explanation}", [*j.flags, "other_reading"])
    out.extra["other_reading"] = {"reading": what, "series": k.series, "official_value": k.official_value,
                                  "period": k.period}
    return out


