"""What a qualifier is about, from its own words: a level, a flow or a change (``qualifier_hint``, ``fits``), a sum of
money (``fits_amount``), a yield rather than the figures beside it (``yield_subject``), and
the sum a streak's figure totals ("after three straight months of net sales that totalled about 432 billion yen":
``streak_totals``). ``extract`` picks each qualifier's host with them."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ustflow.check import lexicon as lx
from ustflow.check.claims import Claim, Mention
from ustflow.check.clauses import clause_bounds
from ustflow.check.periods import Period, add_months, month_window

#: with the Japanese nouns: "以来の低水準" (a level), "最大の売り越し" (a flow), "最大の減少" (a change)
_LEVEL_NOUN = re.compile(r"\b(?:level|value|holdings?|high|low|stockpile|tally|peak|reading|close|yield|rate)\b|"
                         r"水準|高値|安値|残高|保有額|保有高", re.I)
_FLOW_NOUN = re.compile(r"\b(?:sale|purchase|selling|buying|outflow|inflow|investment|net)\w*|買い?越し?|売り?越し?|取得超|"
                        r"処分超|流入|流出", re.I)
_CHANGE_NOUN = re.compile(r"\b(?:decline|drop|fall|rise|increase|gain|reduction|cut|jump)\w*|減少|増加|減り|増え|(?:縮小|拡大)(?:幅|額)",
                          re.I)
#: (the same, for the modules that place a qualifier on a figure of another sentence)
LEVEL_NOUN, CHANGE_NOUN = _LEVEL_NOUN, _CHANGE_NOUN


#: a move named as the subject, the holdings only its complement: "the drop of $X in China's holdings was", "the
#: decline in its holdings was"
MOVE_IN_HOLDINGS = re.compile(r"\b(?:decline|drop|fall|rise|increase|gain|reduction|cut|jump)s?\s+(?:of\s+[^;,]{1,30}?\s+)?"
                               r"(?:in|of)\s+(?:[\w'’.]+\s+){0,3}holdings?\s+(?:\w+\s+){0,3}?(?:was|were|is|marked|became)\s+$",
                               re.I)


#: a Japanese clause of its own before a qualifier, opening on its topic: "、縮小幅は"
_JA_OWN_TOPIC = re.compile(r"[、，]([^、，。]{1,12}は)\s*$")


def qualifier_hint(q, s: str, span) -> str:
    """What a qualifier's own words say it is about: a level, a flow or a change ('' if silent)."""
    before = s[max(0, span[0] - 30):span[0]]
    own = _JA_OWN_TOPIC.search(before)  # "…以来の低水準で、縮小幅は過去2番目の大きさ": its own clause's topic, not the one before
    words = q.phrase + " " + (own.group(1) if own else before)
    if re.search(r"水準", q.phrase) and re.search(r"買い?越し?|売り?越し?|取得超|処分超|流入|流出", words):
        return ""  # "今回の買い越し額は過去3番目の水準だ": the size of a trade, not a stock's level
    if not _LEVEL_NOUN.search(q.phrase) and MOVE_IN_HOLDINGS.search(s[max(0, span[0] - 90):span[0]]):
        return "change"  # "October's drop of $41.3 billion in China's holdings was the largest since 2013"
    if _LEVEL_NOUN.search(q.phrase) or (not _FLOW_NOUN.search(q.phrase) and not _CHANGE_NOUN.search(q.phrase)
                                        and _LEVEL_NOUN.search(words)):
        return "level"
    if _FLOW_NOUN.search(words):
        return "flow"
    if _CHANGE_NOUN.search(words):
        return "change"
    if _JA_AMOUNT_TOPIC.search(before) and not _JA_PAST_RECORD.match(s, span[1]):
        return "level"  # "輸入額は過去3位を記録した": the amount, not its percent change
    return ""


#: a balance of payments amount (輸入額, 黒字額) as the topic right before a Japanese qualifier (not a move's size, 増加額,
#: nor a trade's, 売却額: a flow)
#: (not a record of an earlier period named after it: "黒字額は過去最大だった07年度と比べると": that year's)
_JA_PAST_RECORD = re.compile(r"(?:だった|であった|の)\s*(?:\d|昨年|前年|一昨年)")
_JA_AMOUNT_TOPIC = re.compile(r"(?:輸入|輸出|黒字|赤字)額(?:は|が|も)[、,]?\s*$")


def fits(hint: str, f: Claim) -> bool:
    if not hint or f.amount is None:
        return True
    if hint == "level":
        return (f.role in ("level", "", "from", "flow") and f.amount.kind != "percent") or f.role == "level"
    if hint == "change":
        return f.role in ("change", "pct", "flow", "")
    return f.role in ("flow", "", "level", "change")


#: "the largest amount in five weeks", "the biggest sum since May": a sum of money, not a percent or a multiple
_AMOUNT_NOUN = re.compile(r"\b(?:amount|sum)s?\b", re.I)


def fits_amount(q, f: Claim) -> bool:
    """Whether figure ``f`` can be what a qualifier naming an amount counts: a sum of money ("quadrupling from
    351.5 billion ..., the largest amount in five weeks": the yen figure, not the fourfold rise); never a multiple of
    its own past ("a roughly 15-fold increase to 1.65 trillion yen, a record": the yen figure, not the ratio)."""
    if f.amount is not None and f.amount.kind == "ratio" and f.amount.multiplier:
        return False
    return not _AMOUNT_NOUN.search(q.phrase) or f.amount is None or f.amount.kind == "money"


#: a yield as what moves: "Treasury yields fell", "10-year yield rose", "国債利回りが低下", "長期金利は"
_YIELD_WORD = re.compile(r"\byields?\b(?!\s+(?:curve|gap|differential|spread|advantage|pick-?up|premium)s?\b)|"
                         r"\blong-term (?:interest )?rates?\b|利回り|長期金利", re.I)
#: words of trading or holding between the yield and the run: then the run is the trades' ("yields rose and
#: Japanese investors sold for a third week")
_TRADE_OR_HOLD = re.compile(rf"\b(?:{lx.BUY_WORDS}|{lx.SELL_WORDS}|net|holdings?|inflows?|outflows?|investors?)\b|"
                            r"買い?越|売り?越|取得|処分|投資|保有|残高", re.I)


#: a verb or preposition that makes the market word its object, not what moves
_OBJECT_OF = re.compile(r"\b(?:of|for|against|on|in|buy\w*|bought|sell\w*|sold|support\w*|defend\w*|prop\w*|"
                        r"intervene\w*)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
#: the yen as what moves: "as the yen scaled a record high against the dollar", "円相場は"
_YEN_WORD = re.compile(r"\bthe (?:Japanese )?yen\b(?!\s+(?:worth|equivalent)\b)|円相場", re.I)


#: Japanese: "過去最大となる985億円の黒字", "過去最大のマイナス12兆2349億円": the figure right after となる / の is the record's
_OF_FIGURE = re.compile(r"\s*(?:of|at)\s+(?:about\s+|roughly\s+|some\s+)?|\s*(?:となる|となった|の)(?:約|およそ|マイナス)?")
#: ... unless it is a level moved from ("2013年11月の過去最高の1兆3167億ドルから減った": the rules of a starting point)
_FROM_AFTER = re.compile(r"\s*(?:の\S{0,6}?)?(?:から|より)")
#: "to a record $5.3 trillion", "a new record ¥2 trillion": a bare record word names the figure right after it
_BARE_RECORD = re.compile(r"(?:an?\s+|the\s+)?(?:new\s+|fresh\s+)?record", re.I)
#: ("record foreign selling of US$76.59 billion": a few words of its noun, then "of")
#: ("The previous record was ¥2,015.1 billion in December 2005": the record's figure after its verb)
_RECORD_FIGURE = re.compile(r"\s*(?:(?:[\w-]+\s+){0,3}?(?:of|at)\s+|(?:was|is|stood\s+at)\s+)?(?:about\s+|roughly\s+|some\s+)?")


def named_after(q, s: str, span: tuple[int, int], figures: list[Claim]) -> list[Claim]:
    """The figures a qualifier names right after it: "a record high of $801.5 billion", "at about"; for a bare
    "a record" the figure that follows with nothing between ("to a record $5.3 trillion")."""
    # "from a peak of $699.4 billion", "peaking at $699.4 billion": a peak's figure right after it, too
    rx = _RECORD_FIGURE if q.kind == "extreme" and (_BARE_RECORD.fullmatch(s[span[0]:span[1]].strip()) or q.peak) \
        else _OF_FIGURE
    return [f for f in figures if f.span[0] >= span[1] and rx.fullmatch(s, span[1], f.span[0])
            and not (s[span[1]:f.span[0]].strip().startswith("の") and _FROM_AFTER.match(s, f.span[1]))]


def market_subject(s: str, span: tuple[int, int], subjects: list[Mention]) -> str:
    """What market price a run or record is said of: "yield", "fx" (the yen), or '' (``yield_subject``)."""
    if yield_subject(s, span, subjects):
        return "yield"
    if yield_subject(s, span, subjects, _YEN_WORD):
        return "fx"
    return ""


def yield_subject(s: str, span: tuple[int, int], subjects: list[Mention], words: re.Pattern = _YIELD_WORD) -> bool:
    """Whether a run or record is said of a yield: the last thing named before it in its clause, within a few words,
    is a yield, with no holder or trading word between ("as Treasury yields fell for a second straight month",
    "米国債利回りが2カ月連続で低下")."""
    cs, _ = clause_bounds(s, span[0])
    last = None
    for m in words.finditer(s, max(cs, span[0] - 60), span[0]):
        last = m
    if last is None or _TRADE_OR_HOLD.search(s, last.end(), span[0]) or _OBJECT_OF.search(s[:last.start()]):
        return False  # "selling the dollar and buying the yen will be the largest ever": the yen is an object
    return not any(last.end() <= m.span[0] < span[0] for m in subjects)


_TOTALLED = re.compile(r"^[^.;]{0,40}?\b(?:that|which)\s+total(?:l)?ed\s*(?:about\s+|some\s+|roughly\s+)?$|"
                       r"^[^.;]{0,40}?\bduring which\b[^.;]{0,40}$", re.I)


#: "ended three straight weeks of net buying totalling 1.77 trillion yen": a participle right after a run that is over
#: (the figure's own period has the other sign, so the total can only be the run's)
_TOTALLING = re.compile(r"^,?\s*(?:totall?ing|amounting to|worth a (?:combined|total) of)\s*"
                        r"(?:about\s+|some\s+|roughly\s+|nearly\s+|almost\s+|around\s+)?$", re.I)


def streak_totals(claims: list[Claim], s: str) -> None:
    """'after three straight months of net sales that totalled about 432 billion yen', 'ended three straight weeks
    of net buying totalling 1.77 trillion yen': the figure is the sum over the streak's periods (the n periods before
    the one named, or to it)."""
    for q in [c for c in claims if c.kind == "qualifier" and c.qualifier.kind in ("streak", "streak_before", "streak_end")]:
        before = q.qualifier.kind != "streak"
        figs = [f for f in claims if f.kind == "amount" and f.span[0] > q.span[1] and (
            _TOTALLED.match(s[q.span[1]:f.span[0]]) or (before and _TOTALLING.match(s[q.span[1]:f.span[0]])))]
        if not figs:
            continue
        f, n = figs[0], q.qualifier.n
        unit = "week" if q.qualifier.grain == "week" else "month"
        anchor = q.host.period if q.host is not None else None
        if anchor is not None and not anchor.is_latest:
            e = anchor.start - timedelta(days=1) if before else anchor.end
            if unit == "month":
                y, m = add_months(e.year, e.month, -(n - 1))
                win = (date(y, m, 1), e)
            else:
                win = (e - timedelta(days=7 * n - 1), e)
            f.period = Period("months" if unit == "month" else "weeks", [win], q.qualifier.phrase,
                              note=f"the {n} {unit}s of the streak")
        else:
            f.period = Period("latest", [], q.qualifier.phrase, note=f"the {n} {unit}s of the streak",
                              extra={"periods": n, "offset": -1 if before else 0, "unit": unit})
        f.period_how = "stated"
        if f.direction is None or f.direction_word in ("", q.direction_word):
            f.direction = q.qualifier.direction or q.direction
        if before and q.host is f:  # the run's total is not the figure whose period ended the run: the one before it
            q.host = next((o for o in reversed(claims) if o.kind == "amount" and o is not f and o.span[1] <= q.span[0]), None)
            if q.host is not None:
                q.period, q.period_how = q.host.period, q.host.period_how


def same_holder(c: Claim, o: Claim) -> bool:
    """Whether ``o`` is about the holder ``c``'s sentence names, if it names one ("foreigners sold Treasury bonds for a
    seventh straight month" is not about China's change in the paragraph before); all foreigners are all holders."""
    from ustflow.check.subjects import find_subjects

    holders = ("country", "japan", "foreign_investors", "foreign_total", "foreign_official")

    def key(m) -> tuple:
        return ("all", "") if m.kind in ("foreign_investors", "foreign_total") else (m.kind, m.slug)

    named = {key(m) for m in ([c.subject] if c.subject is not None else find_subjects(c.sentence.text))
             if m.kind in holders}
    if not named:
        return True
    if o.instrument is not None and o.instrument[0] == "bop_item":  # Japan's balance of payments: Japan's figure
        return ("japan", "japan") in named or not any(k[0] == "country" for k in named)
    if o.subject is None:  # a figure of "it" (resolved later): its holder may be the one named, within a paragraph
        return o.sentence.paragraph == c.sentence.paragraph
    return o.subject.kind not in holders or key(o.subject) in named


def crossing_span(s: str, c: Claim) -> tuple[int, int]:
    """A "first time since" said right after the level its figure crossed ("falling below $1 trillion for the first
    time since May 2010", "rose above $1.2 trillion for the first time in two years") is one claim with it, from the
    verb: the crossing is what happened for the first time. Other qualifiers keep their own span."""
    f = c.host
    if f is None or c.qualifier is None or c.qualifier.kind != "first_since" or f.amount is None or \
            f.amount.qualifier not in ("below", "above") or f.span[1] > c.span[0] or s[f.span[1]:c.span[0]].strip(" ,"):
        return c.span
    verb = re.search(rf"\b(?:{lx.UP_WORDS}|{lx.DOWN_WORDS})\s+$", s[max(0, f.span[0] - 20):f.span[0]], re.I)
    return (f.span[0] - (len(verb.group(0)) if verb else 0), c.span[1])


#: the starting level's period right before a qualifier in apposition: " in June, ", " at the end of June, "
_START_PERIOD = re.compile(r"\s+(?:in|at\s+the\s+end\s+of|as\s+of)\s+[\w\s]{3,20}?,\s*$", re.I)


def start_described(q, s: str, span, host: Claim | None, figures: list[Claim]) -> Claim | None:
    """The starting level of a move a qualifier right after it describes: a low after a rise ("rose to $970 billion in
    July from $967.8 billion in June, the lowest since May 2010"), a high after a fall: the end of the move cannot be
    that extreme, the start it moved from can. ``host`` itself when the qualifier is not right after such a start."""
    if host is None or q.kind != "extreme" or q.magnitude or host.role != "level" or not host.direction or \
            (host.direction > 0) != (q.extreme == "min"):
        return host
    start = [f for f in figures if f.role == "from" and host.span[1] <= f.span[0] and f.span[1] <= span[0]]
    if not start or _START_PERIOD.fullmatch(s, start[-1].span[1], span[0]) is None:
        return host
    return start[-1]


def line_held_since(q, span, host: Claim | None, figures: list[Claim]) -> Claim | None:
    """"2022年4月から、…一貫して1兆ドルを下回っている", "昨年4月より1兆ドルを下回っており" (``qualifiers_ja.JA_RUN_SINCE_RX``):
    the run's host is the line after the date (which Japanese marks as a level compared with, role "from": no host of
    ``_host_for``), not a place named before ("世界2位の保有国である中国の保有額は"); the line is said of the month the run
    starts (the first month beyond it), the run counts to the story's (``runs.run_since``). None with no line; ``host``
    itself for any other qualifier."""
    if q.kind != "run_since" or not re.search(r"(?:から|より|以降|以来)$", q.phrase):
        return host
    lines = [f for f in figures if f.span[0] >= span[1] and f.amount is not None and
             f.amount.qualifier in ("below", "above") and f.role == "from"]
    if not lines or q.since is None or q.since_grain != "month":
        return None
    line = lines[0]
    line.period = Period("month", [month_window(q.since.year, q.since.month)], q.phrase, span,
                         note="the month a run beyond the line starts")
    line.period_how = "stated"
    return line
