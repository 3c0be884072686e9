"""Records and runs of a balance-of-payments figure, counted the way MoF's release counts them.

The release compares like with like. A span's balance (a calendar year, a fiscal year, a half) is ranked among the
same spans ("2024年の第一次所得収支は過去最大", "the largest first-half surplus"), never among every twelve- or
six-month window; a month "for the month" (11月として過去最大, "a record for the month of August", "the highest on
record for the reported month", "the largest April surplus") among the same calendar month of each year; a month
alone ("単月で過去最大", "the largest for any month") among all months. The BoJ's BPM6 series, which the store holds,
is comparable from January 1996: a record over it is a record; a claim that reaches further back ("1985年以降") is
judged by its reach (``lookbacks``: unverifiable when the data before 1996 would be needed).

A run counts what its words name, on the grain its words name:

    黒字は52カ月連続 / "the 55th straight month of black ink" / 3年連続の赤字     periods of surplus (deficit)
    4カ月連続で減少 / 3年連続の黒字縮小 / "shrank for the third year in a row"   periods below (above) the one before

A change of a month is from the same month a year before (the release's comparison of unadjusted figures; the month
before for a seasonally adjusted series); a change of a span from the same span a year before. Years are fiscal
years when the figure is a fiscal year's or the words say 年度. A run of years read on one month's figure (or of
months on a figure of another grain) is not counted: ``unverifiable``, naming the mismatch.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ustflow.check import lexicon as lx, windows as W
from ustflow.check.bop_flow_runs import flow_move, month_pct
from ustflow.check.bop_items import FLOWS, ITEMS, SIDED, item_after, other_subject
from ustflow.check.bop_uncounted import VS_FORECAST as _VS_FORECAST, of_change, side_mismatch
from ustflow.check.claims import Claim
from ustflow.check.history import SAME_HALF_SUFFIX, ordinal
from ustflow.check.results import CONTRADICTED, SUPPORTED, Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context, series
from ustflow.check.sign_runs import first_on_side, period_label, sign_run
from ustflow.check.text import KANA, MONTH_NAMES

if TYPE_CHECKING:
    import pandas as pd

#: a month ranked among the same month of other years: "11月として", "2月としては", "for the month of August",
#: "for the reported month", "a record for the month", "the largest April surplus", "the highest February figure on
#: record", "the highest for a May", "the largest for any April on record", "the highest of any April"
#: ("4月の黒字額としては", "11月の旅行収支の黒字額としては": the month's amount framed so; "この時期として": this time of
#: the year)
_SAME_MONTH = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:として|と(?:して)?は|の(?:単月)?として|では(?:、)?(?:\d{2,4}年以降)?|"
                         r"の[^、。\d]{1,12}?(?:額|幅)として)|この時期(?:として|と(?:して)?は)|"
                         r"\bfor (?:the )?(?:report(?:ed|ing) |same |that |this )?month\b(?! of the year)(?!\s+in a row)|"
                         rf"\b(?:for|of) (?:the month of |an? |any ){MONTH_NAMES}\b|"
                         rf"\b{MONTH_NAMES} (?:current[- ]account )?(?:surplus|deficit)|"
                         rf"\b(?:largest|biggest|highest|lowest|smallest) {MONTH_NAMES} (?:figure|level|amount|reading|total)\b|"
                         # "a record high for August", "the highest for March on record": the record, then its month
                         # "the highest figure for May", "the second-highest ever for August"
                         r"\b(?:record(?:[- ]high)?|ever|high|highest|largest|biggest|lowest|smallest|narrowest)"
                         rf"(?: (?:level|figure|amount|surplus|deficit|balance|total|reading))? for {MONTH_NAMES}\b"
                         r"(?!,? (?:19|20)\d\d)",
                         re.I)
#: an English record "for the month" (``qualifiers.RECORD_RX``'s formonth)
FOR_THE_MONTH = re.compile(r"\bfor\s+the\s+(?:report(?:ed|ing)\s+|same\s+)?month\b", re.I)
#: a span's kind from its months: (months, first months) -> calendar unit of ``history.calendar_sums``
_SPANS = {(12, 1): "year", (12, 4): "fiscal_year", (6, 1): "half", (6, 7): "half", (6, 4): "fiscal_half",
          (6, 10): "fiscal_half", (3, 1): "quarter", (3, 4): "quarter", (3, 7): "quarter", (3, 10): "quarter"}
#: how many spans back "the same span a year before" is
PER_YEAR = {"year": 1, "fiscal_year": 1, "half": 2, "fiscal_half": 2, "quarter": 4, "": 12}
#: a change named right after a Japanese run ("4カ月連続で減少", "3年連続の黒字縮小", "3年連続で黒字幅を拡大", "の増加")
#: (not ``lexicon.JA_RISE`` / ``JA_FALL``: the words that end a run here, its verbs' forms 減っ, 減り among them)
_JA_MOVE_AFTER = re.compile(r"(?:で|の|と|に)?(?:黒字|赤字)?(?:幅|額)?(?:を|が|は)?(?:前年(?:同月|同期|度)?比|前月比)?(?:で)?"
                            r"(?:(?P<up>増加|拡大|増え|改善|伸び|上昇)|"
                            r"(?P<down>減少|縮小|減っ|減り|悪化|低下))")
_JA_SIGN_AFTER = re.compile(r"(?:で|の|と|に)?(?:(?P<up>黒字)|(?P<down>赤字))")
#: a move from a year before named by its sign or its base: "14カ月連続で前年割れした", "3年ぶりの前年割れ", "5カ月連続増",
#: "3年ぶりの増", and, after the move's percent ("5・5%減と6カ月連続でマイナス", "29%増=…3カ月連続プラス"), its sign word
_JA_YOY_AFTER = re.compile(r"(?:で|の|と|に)?(?:(?P<down>前年(?:同月|同期|度)?割れ|減(?![少っりら]))|(?P<up>増(?![加えやし])))")
_JA_SIGN_WORD_AFTER = re.compile(r"(?:で|の|と|に)?(?:(?P<up>プラス)|(?P<down>マイナス))")
_JA_PCT_MOVE = re.compile(r"[\d.．・]+\s*[%％](?:の)?(?:増|減)")
#: a run "above (below) the same month a year before": "6カ月連続で前年同月を上回った", "前年同月の水準を下回った"
_JA_ABOVE_AFTER = re.compile(r"(?:で|と|に)?、?(?:(?:黒字|赤字)(?:幅|額)?が)?前(?:の)?年(?:同月|同期|度|)(?:の水準|実績)?を(?:(?P<up>上回)|"
                             r"(?P<down>下回))")  # (and "前の年度を上回った")
#: the base named before the run and its verb after it: "前年同月を3カ月連続で上回った" (the same run as above)
_JA_ABOVE_BEFORE = re.compile(r"前(?:の)?年(?:同月|同期|度|)(?:の水準|実績)?を[、,]?\s*$")
_JA_ABOVE_VERB = re.compile(r"(?:で|と|に)?、?(?:(?P<up>上回)|(?P<down>下回))")
#: the move named as the topic before the run: "黒字の減少は3年連続", "黒字額の増加は4か月連続", "増加は7カ月ぶり",
#: "黒字幅が縮小したのは、2001年度以来7年ぶり" (the move, not the balance's sign, is what is counted)
#: (in any tense: "黒字幅が縮小するのは3年連続", "前年同月を上回るのは3カ月連続", "増加に転じるのは7カ月ぶり")
_JA_MOVE_BEFORE = re.compile(r"(?:(?P<up>(?:増加|拡大|改善|上昇)(?:し|する|に転じ(?:る)?)?|増え(?:る)?|伸び(?:る)?|"
                             r"前年(?:同月|同期|度)?(?:の水準|実績)?を上回(?:る|っ))|"
                             r"(?P<down>(?:減少|縮小|悪化|低下)(?:し|する|に転じ(?:る)?)?|減っ|減り|減る|"
                             r"前年(?:同月|同期|度)?(?:の水準|実績)?を下回(?:る|っ)))"
                             r"(?:た|ている|ていた)?の?(?:は|も)[、,]?\s*(?:[^、。]{2,12}以来、?)?$")
#: the topic is the size of a change, not the balance: "減少幅は3カ月連続で縮小" (a run of changes of a change)
_JA_MOVE_SIZE_BEFORE = re.compile(r"(?:減少|増加|下落|上昇|落ち込み)(?:幅|率|額)(?:は|が|も)[、,]?\s*$")
#: a move or a side named inside an English phrase: "the first rise in two years", "its first surplus in five years"
_EN_IN_PHRASE = re.compile(r"\b(?:(?P<up>rises?|increases?|gains?)|(?P<down>falls?|declines?|drops?|decreases?|slides?|losse?s?)|"
                           r"(?P<sup>surplus(?:es)?|black\s+ink)|(?P<sdown>deficits?|red\s+ink))\b", re.I)
#: a run of records: "3年連続で過去最大", "3年連続の過去最高を更新", "2年連続で最高", "a record surplus for the third
#: straight year" (each period the largest so far), not "3年連続で過去最大の減少" (a record of changes)
_JA_RECORD_AFTER = re.compile(r"(?:で|の|と|に|、)?\s*(?:過去|統計開始以来|比較可能な[^、。]{0,12}?で)?の?最(?:大|高)"
                              r"(?:の(?:(?P<sdown>赤字)|黒字))?(?!の?(?:増加|減少|伸び|幅|上昇|低下|増|減))")
#: (the item may stand between: "a record current account surplus", "a record trade and current account surplus"; free
#: words only before a surplus or deficit, so "a record high as exports rose for the third month" is no run of records)
_EN_RECORD_BEFORE = re.compile(r"\brecord(?:[- ]high)?(?:(?:\s+[\w'-]+){0,4}?\s+(?:(?P<sdown>deficit)|surplus)|\s+(?:level|high))?"
                               r"(?:\s+(?:in|on)\s+(?:its|the|Japan's)\s+[\w-]+(?:\s+account)?)?\s+(?:(?:for|in)\s+)?"
                               r"(?:the\s+|a\s+)?$", re.I)
_EN_RECORD_AFTER = re.compile(r"\s*(?:of|with)\s+(?:a\s+)?(?:new\s+)?records?(?:[- ]highs?)?\b(?:\s+(?P<sdown>deficits?))?", re.I)
_JA_SIGN_BEFORE = re.compile(r"(?:(?P<up>黒字)|(?P<down>赤字))(?:は|が|も|を)?(?:[^、。]{0,4})$")
_JA_SIGN_OPENS = re.compile(r"(?:(?P<up>黒字)|(?P<down>赤字))(?:は|が|も)")  # a phrase's own topic: "黒字は…以来です"
#: English: "shrank for the third year in a row", "the 55th straight month of black ink", "a third year of decline"
_EN_MOVE = (r"\b(?:(?P<up>rose|rising|grew|growing|increas(?:ed|ing)|widen(?:ed|ing)|expand(?:ed|ing)|climb(?:ed|ing)|"
            r"improv(?:ed|ing)|up|higher)|(?P<down>fell|falling|shr[au]nk|shrinking|declin(?:ed|ing)|narrow(?:ed|ing)|"
            r"contract(?:ed|ing)|dropp(?:ed|ing)|decreas(?:ed|ing)|slipp(?:ed|ing)|down|lower))\s+")
#: the move before the run, or opening its phrase ("declined for the second consecutive month")
#: (a period between: "declined in 2018 for the first time in four years", "fell in the April-September period for")
_EN_MOVE_BEFORE = re.compile(_EN_MOVE + r"(?:(?:in|during|over)\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,3}?\s+)?"
                             r"(?:(?:from|on|than) a year (?:earlier|before|ago)\s+|year[- ](?:on|over)[- ]year\s+|"
                             r"on (?:a|an) (?:year-on-year|year-over-year|yearly|annual) basis\s+)?(?:for\s+)?$", re.I)
_EN_MOVE_OPENS = re.compile(_EN_MOVE, re.I)
#: the move named as a noun right before the run: "marking a decline for the first time since September 2007"
_EN_NOUN_BEFORE = re.compile(rf"\b(?:a|an)\s+(?:(?P<up>rise|increase|gain)|(?P<down>{lx.EN_FALL_NOUNS}|slide))\s+$", re.I)
_EN_AFTER = re.compile(r"\s*(?:of|in)\s+(?:year[- ](?:on|over)[- ]year\s+|y/y\s+)?"  # ("of year-on-year declines")
                       r"(?:(?P<sup>surplus(?:es)?|black ink)|(?P<sdown>deficits?|red ink)|"
                       rf"(?P<up>increases?|rises?)|(?P<down>{lx.EN_FALL_NOUNS})|"
                       r"(?P<either>growth|gains?|improvement))\b", re.I)
#: the move a run counts, named right after its grain: "the 13th straight monthly expansion", "the third straight
#: yearly decline" (not "of gains": ``_EN_AFTER``)
_EN_NOUN_AFTER = re.compile(rf"\s+(?:(?P<up>rises?|increases?|expansions?|gains?|growth|advances?)|(?P<down>{lx.EN_FALL_NOUNS}|"
                             r"slides?|losse?s?))\b",
                            re.I)
_EN_SIGN_BEFORE = re.compile(r"\b(?:(?P<up>surplus|black)|(?P<down>deficit|red))\b(?:(?!\b(?:rose|fell|shrank|grew|"
                             r"narrowed|widened)\b)[^,.;]){0,40}$", re.I)
_BALANCE_MOVE = re.compile(r"改善|悪化|\b(?:improv|worsen|deteriorat)", re.I)
_SIZE_WORDS = re.compile(r"縮小|拡大|黒字幅|赤字幅|黒字額|赤字額|赤字(?:の(?:増加|減少)|が|は|も)|\b(?:narrow|widen|shr[aiu]nk|expand|contract)", re.I)


def is_bop(fig: Figure | None) -> bool:
    return fig is not None and fig.series.startswith("boj.bop.bpbp")


def span_unit(periods: list) -> str:
    """The calendar unit a span of months is (``_SPANS``), "" for one month or another run of months."""
    import pandas as pd

    if len(periods) < 3 or not isinstance(periods[0], pd.Period) or not periods[0].freqstr.startswith("M"):
        return ""
    return _SPANS.get((len(periods), periods[0].month), "")


#: an aside between dashes: "— exports minus imports —"
_DASH_ASIDE = re.compile(r"\s[—–]\s[^—–]{1,60}?\s[—–]\s")


#: the side of a balance right after a first or a run: "4カ月ぶりに黒字転換", "3カ月ぶりに黒字転化", "2カ月ぶりの赤字"
_SIDE_AFTER = re.compile(r"(?:に|の|で)?\s*(?:黒字|赤字)")


def named_item(c: Claim) -> str | None:
    """The BoP item (``bop.ITEMS``) named in the qualifier's own words ("its first trade surplus in three months"),
    else nearest before it in its sentence, if any (not one named as a cause: "貿易収支が改善したことで…黒字幅を拡大し、
    過去最大", ``bop_asides.aside_spans``)."""
    from ustflow.check.bop_asides import aside_spans
    from ustflow.check.bop_shared import SHARED

    if SHARED in c.notes and c.host is not None and c.host.instrument is not None:
        return c.host.instrument[1]  # ("Both exports and imports logged record highs": each its own figure's)
    s = c.sentence.text[:c.span[1]]
    if after := item_after(c.sentence.text, c.span[1]):  # "driven by a record goods trade deficit": its own noun's
        return after
    aside = aside_spans(c.sentence.text, c.span[0])
    # (nor one in a dash aside that defines the item named before it: "The goods trade balance — exports minus imports
    # — stayed in the red")
    aside += [m.span() for m in _DASH_ASIDE.finditer(s)]
    # a surplus or deficit the first or run names right after it is a balance's, never exports' or imports' (gross
    # flows): "輸入額の減少が輸出額のマイナス分を上回った結果、4カ月ぶりに黒字転換した" (the balance named before)
    gross = FLOWS + SIDED if _SIDE_AFTER.match(c.sentence.text, c.span[1]) else ()
    # the nearest; at the same end the longest name ("貿易・サービス収支", not its "サービス収支")
    best = max(((m.end(), -m.start(), key) for key, (rx, *_) in ITEMS.items() if key not in gross
                for m in re.finditer(rx, s, re.I) if not any(x <= m.start() < y for x, y in aside)), default=None)
    return best[2] if best else None


def on_named_item(c: Claim, fig: Figure, ctx: Context) -> Figure:
    """"貿易収支が5年ぶりに黒字に転換したほか、旅行収支が2年連続の黒字": a qualifier whose own sentence names another BoP
    item than the figure it refers to is about that item, over the figure's months (a level or a change of a span or
    a month; a percent change keeps its figure)."""
    item = named_item(c)
    if fig.agg == "pct":
        return _pct_host_record(c, fig, ctx)
    if fig.agg not in ("sum", "change"):
        return fig
    level = fig.agg == "change" and c.qualifier.kind in ("extreme", "top") and BALANCE_WORD.search(near(c, 0, 6)) \
        and not MOVE_WORD.search(near(c, 0, 8))  # "1985年以降では、最大の赤字額": the balance's record, not its change's
    level = level or (fig.agg == "change" and c.qualifier.kind == "extreme" and not MOVE_WORD.search(near(c, 0, 8))
                      and bool(_JA_TOPIC_RECORD.search(c.sentence.text[max(0, c.span[0] - 50):c.span[0]])))
    sid = fig.series
    if item is not None:
        _, nsa, sa, _ = ITEMS[item]
        sid = f"boj.bop.{sa if fig.series.endswith('x12') else nsa}"
    s = series(ctx, sid)
    if (sid == fig.series and not level) or s is None or any(p not in s.index for p in fig.periods):
        return fig
    return Figure(sid, list(fig.periods), float(s[list(fig.periods)].sum()), fig.unit, "sum", n=len(fig.periods))


def _pct_host_record(c: Claim, fig: Figure, ctx: Context) -> Figure:
    """"a surplus of 1.76 trillion yen, up 15.1 percent from a year earlier, the highest on record for the reported
    month": a record hosted on a month's percent change whose words name no rate (growth, percent, 伸び率) is the
    balance's, as the release ranks balances; a span's percent change, or a record of a rate, keeps its figure."""
    host = c.host
    if c.qualifier.kind not in ("extreme", "top") or host is None or RATE_WORD.search(near(c, 0, 12)) or \
            MOVE_WORD.search(c.qualifier.phrase):
        return fig
    if host.period is not None and not host.period.is_latest:  # a period of its own: one month only
        if len(host.period.windows) != 1:
            return fig
        a, b = host.period.windows[0]
        if (b.year - a.year) * 12 + b.month - a.month != 0:
            return fig
    s = series(ctx, fig.series)
    if s is None or fig.end not in s.index:
        return fig
    return Figure(fig.series, [fig.end], float(s[fig.end]), "JPY 100mn", "sum", n=1)


RATE_WORD = re.compile(r"\b(?:growth|pace|rate|percent|percentage|increase|rise|jump|gain)\b|伸び|増加率|上昇率|%", re.I)
#: a balance named by the record's words ("最大の赤字額", "a record surplus"), or a move ("最大の増加", "the biggest rise")
BALANCE_WORD = re.compile(r"黒字|赤字|\b(?:surplus|deficit)", re.I)
MOVE_WORD = re.compile(r"増加|減少|拡大|縮小|改善|悪化|\b(?:rise|fall|increase|decrease|drop|decline|gain|jump)", re.I)
#: a Japanese record after a move verb in its conjunctive form, the sentence's topic the balance: "黒字額は前年同月比で
#: 1兆5378億円増え、4月としては過去最大となった", "経常黒字は…拡大し、過去最大を更新した". The topic goes on to the record
#: (the move is a clause of it); a record of the move names the move ("増加幅は過去最大", "過去最大の増加幅": ``MOVE_WORD``)
_JA_TOPIC_RECORD = re.compile(r"(?:黒字|赤字)(?:額|幅)?(?:は|が)[^、。はが]{0,30}?(?:増え|減り|減っ|増加し|減少し|拡大し|縮小し)"
                              r"(?:て)?、(?:[^、。]{0,4}(?:として|と(?:して)?は|では)、?)?$")


def span_change_record(c: Claim, fig: Figure) -> Judgement | None:
    """A record said of a change of a span's balance ("前年比で過去最大の増加" of a year): the changes of the same spans
    are not what the generic rule ranks (it ranks twelve-month changes of months), so unverifiable."""
    if c.qualifier.kind not in ("extreme", "top") or fig.agg != "change" or not span_unit(fig.periods):
        return None
    return unverifiable(f"'{c.qualifier.phrase}' ranks a change of a {span_unit(fig.periods).replace('_', ' ')}'s "
                        f"balance, which the checker does not rank among the same spans' changes", series=fig.series)


#: a half set beside the same half of other years: "上半期としては", "上期ベースでは", "for a first half", "on a first-half
#: basis"
_SAME_HALF = re.compile(r"(?:上|下)(?:半)?期(?:ベース)?(?:として(?:は)?|では)|\bon an? (?:fiscal )?(?:first|second)[- ]half basis\b|"
                        r"\b(?:for|in) (?:an?|the) (?:fiscal )?(?:first|second)[- ]half\b|"
                        # "the smallest first-half deficit": the half named as the figure's kind
                        r"\b(?:first|second)[- ]half (?:surplus|deficit|figure|amount|balance|total)\b", re.I)


#: a country named as a cause or a market, not an owner: "中国による過剰生産", "米国向け", "中国経済の減速"
_CAUSE_AFTER = re.compile(r"(?:に(?:よる|よって)|向け|から|への|の(?:影響|需要|景気|経済|減速))")


#: a country tied to the balance it owns: "米国の貿易赤字", "ドイツの経常黒字は", "China's goods trade surplus", "中国は貿易黒字が"
#: (its possessive or topic, then a few words of the item, no clause break)
_OWNED_ITEM = re.compile(r"\s*(?:の|は|が|'s|’s)?[^、，,。]{0,8}?(?:収支|黒字|赤字|輸出|輸入|\b(?:surplus|deficit|balance|"
                         r"current account|trade|exports?|imports?)\b)", re.I)


def foreign_owner(c: Claim, fig: Figure) -> Judgement | None:
    """"米国の貿易赤字は3年連続で拡大した", "China's goods trade surplus grew for a third straight year": a record or run
    said of another country's balance (its owner stated before the qualifier in its sentence, tied to a balance word:
    ``_OWNED_ITEM``) is not Japan's; the store holds only Japan's balance of payments, so unverifiable. A country told
    as a cause or a market is not the owner: "中国の春節(旧正月)連休で、訪日する中国人観光客が増加したため、旅行収支が…過去最大",
    "ロシアのウクライナ侵攻による原油価格高騰…黒字額は5月としては最小", "旅行収支は中国を中心に…以来の低水準"."""
    who = c.subject
    if who is None or who.kind != "country" or who.slug == "japan" or c.subject_how != "stated" or \
            who.span[0] > c.span[0] or _CAUSE_AFTER.match(c.sentence.text, who.span[1]) or \
            not _OWNED_ITEM.match(c.sentence.text, who.span[1]):
        return None  # ("輸出額は、中国による過剰生産で…11カ月連続でマイナス": a cause, not the balance's owner)
    return unverifiable(f"'{c.qualifier.phrase}' is said of {who.text}'s balance; the store holds only Japan's balance "
                        f"of payments", series=fig.series)


def as_released(c: Claim, fig: Figure) -> Figure:
    """The figure compared as the release compares it: a span with the same spans, a month "for the month" with the
    same month of each year (``calendar`` "month_of_year"); other figures unchanged."""
    if not is_bop(fig) or fig.agg != "sum":
        return fig
    unit = span_unit(fig.periods)
    q = c.qualifier
    if unit in ("half", "fiscal_half") and q is not None and q.kind in ("extreme", "top") and \
            _SAME_HALF.search(near(c, 40, 40)):
        # "上半期としては過去最大", "the smallest on a first-half basis", "the smallest first-half deficit": among the same
        # half of each year, as "11月として" ranks a month among the Novembers (``history.history``)
        return replace(fig, calendar=unit + SAME_HALF_SUFFIX)
    if unit:
        return replace(fig, calendar=unit)
    if fig.n == 1 and q is not None and q.kind in ("extreme", "top") and _SAME_MONTH.search(near(c, 40, 40)):
        return replace(fig, calendar="month_of_year")
    return fig


def near(c: Claim, before: int, after: int) -> str:
    s = c.sentence.text
    return s[max(0, c.span[0] - before):c.span[1] + after]


def what_runs(c: Claim) -> tuple[str, int | None]:
    """What a run counts, from its words: ("change", +1/-1) for rises or falls, ("sign", +1/-1) for surpluses or
    deficits, ("sign", None) when the words name neither (the figure's own sign), ("either", +1) for words of a
    surplus's rise that may mean its being one ("the fourth straight month of gains"), ("record", +1/-1/None) for a
    run of new records ("3年連続で過去最大", "a record for the third straight year"), ("of_change", None) for a run of
    a change's size ("減少幅は3カ月連続で縮小"), which is not counted."""
    s, (a, b) = c.sentence.text, c.span
    m = _JA_RECORD_AFTER.match(s, b) or _EN_RECORD_AFTER.match(s, b) or _EN_RECORD_BEFORE.search(s[max(0, a - 60):a])
    if m:  # "3年連続で過去最大", "a record for the third straight year": a run of new records
        return "record", -1 if m.group("sdown") else None
    if _JA_MOVE_SIZE_BEFORE.search(s[max(0, a - 12):a]) or _VS_FORECAST.search(s[max(0, a - 30):b + 20]):
        return "of_change", None  # "減少幅は3カ月連続で縮小": changes of a change; "予想を上回るのは3カ月連続": of forecasts
    m = _JA_MOVE_AFTER.match(s, b) or _JA_ABOVE_AFTER.match(s, b) or _JA_MOVE_BEFORE.search(s[max(0, a - 30):a]) or \
        (_JA_ABOVE_VERB.match(s, b) if _JA_ABOVE_BEFORE.search(s[max(0, a - 14):a]) else None) or \
        _JA_YOY_AFTER.match(s, b) or (_JA_SIGN_WORD_AFTER.match(s, b) if _JA_PCT_MOVE.search(s, 0, a) else None)
    if m:
        return "change", 1 if m.group("up") else -1
    m = _JA_SIGN_AFTER.match(s, b)
    if m:
        return "sign", 1 if m.group("up") else -1
    m = _EN_AFTER.match(s, b)
    if m:
        kind = "sign" if m.group("sup") or m.group("sdown") else "either" if m.group("either") else "change"
        return kind, -1 if m.group("sdown") or m.group("down") else 1
    m = _EN_NOUN_AFTER.match(s, b)
    if m:  # "the 13th straight monthly expansion", "for the 12th consecutive monthly rise"
        return "change", -1 if m.group("down") else 1
    m = _EN_MOVE_BEFORE.search(s[max(0, a - 40):a]) or _EN_MOVE_OPENS.match(s, a) or _EN_NOUN_BEFORE.search(s[max(0, a - 30):a])
    if m:
        return "change", 1 if m.group("up") else -1
    m = _EN_IN_PHRASE.search(s, a, b)
    if m:
        return "sign" if m.group("sup") or m.group("sdown") else "change", -1 if m.group("down") or m.group("sdown") else 1
    m = _JA_SIGN_BEFORE.search(s[max(0, a - 8):a]) or _EN_SIGN_BEFORE.search(s[max(0, a - 60):a]) or \
        _JA_SIGN_OPENS.match(s, a, b)
    if m:
        return "sign", 1 if m.group("up") else -1
    return flow_move(c) or ("sign", None)  # (exports or imports have no sign: their figure's move)


def _grain_unit(c: Claim, fig: Figure) -> str | None:
    """The unit the run counts, or None when its grain and the figure's disagree: "year" / "fiscal_year" / "" for
    months (a month's figure, or a span's last month)."""
    # (a percent change of a year's or a half's balance is of that span: "down 31.5 percent from the previous year
    # ..., and shrank for the third straight year", "16年度比で3.4%増えた。…4年連続で前の年度を上回った")
    unit = span_unit(fig.periods) if fig.agg in ("sum", "change") else _pct_unit(c, fig)
    grain = c.qualifier.grain
    if grain == "month":
        return ""
    if grain == "year":
        if unit in ("year", "fiscal_year"):
            return unit
        return None
    if grain == "half" and unit in ("half", "fiscal_half"):  # "the 13th straight six-month period in the black"
        return unit
    if not grain and (fig.agg != "pct" or unit or month_pct(c, fig)):  # "fell 5.5 pct to 11,641.4 billion yen, the third straight
        return unit  # decrease": the run names no grain: the periods of the figure it is said of (a year's among years)
    return None


def record_values(ctx: Context, fig: Figure, unit: str) -> "pd.Series":
    from ustflow.check.history import calendar_sums

    s = series(ctx, fig.series)
    if s is None:
        import pandas as pd

        return pd.Series(dtype="float64")
    s = s.dropna()
    return calendar_sums(s, unit) if unit else s


#: the base a change of a month is from, when the sentence names it
_YEAR_BASE = re.compile(W.YEAR_BACK.pattern + r"|前年同月|(?:去年|前年|昨年)の同じ月|year[- ]on[- ]year|\by/y\b", re.I)
_MONTH_BASE = re.compile(r"前月(?:比|から|より)|\b(?:from|than|over|on) (?:the )?(?:previous|prior|preceding) month\b|"
                         r"\bmonth[- ]on[- ]month\b|\bm/m\b", re.I)




def change_bases(c: Claim, fig: Figure, unit: str, story: str = "") -> list[int]:
    """How many periods back a change in the run is from: a span from the same span a year before; a month from the
    base its sentence names, else the one its figure's sentence names, else the one the story names (and it alone);
    both the same month a year before and the month before when a text names both; when none names any, in Japanese
    the same month a year before, the release's comparison ("輸出は6兆1832億円と3カ月連続で増加した" in a story that names
    no base: MoF's Japanese release and the stories on it compare a month with the same month a year before), in
    English both ("declined for the second consecutive month": English wires count either way); a seasonally
    adjusted series: the month before only."""
    if unit:  # (a half: from the same half a year before, the release's comparison, or from the half before it)
        return [PER_YEAR[unit], 1] if unit in ("half", "fiscal_half") else [PER_YEAR[unit]]
    if fig.series.endswith("x12"):
        return [1]
    host = c.host.sentence.text if c.host is not None and c.host.sentence is not c.sentence else ""
    for txt in (c.sentence.text, host, story):
        year, month = bool(_YEAR_BASE.search(txt)), bool(_MONTH_BASE.search(txt))
        if year != month:
            return [12] if year else [1]
        if year:
            return [12, 1]
    return [12] if KANA.search(c.sentence.text) else [12, 1]


def _other_base(c: Claim, fig: Figure, unit: str, story: str) -> int | None:
    """The other base of a month's change, when the one counted came from the story alone (neither the run's sentence
    nor its figure's names one): "経常収支は1兆4,856億円で、2カ月連続で黒字幅が拡大した。前年同月比では…減" counts months
    on the month before while the story's other figures are from a year before. A run that fails on the story's base
    but holds on the other is not a plain error (``unverifiable``)."""
    h = c.host
    if unit or fig.series.endswith("x12") or (h is not None and h.role in ("change", "pct")) or \
            re.search(r"\d\s*(?:%|％|percent\b|per cent\b|pct\b)", c.sentence.text[:c.span[0]]):
        return None  # (a run told with a change, "fell 28.9 percent, the third straight month of decline": its base)
    host = c.host.sentence.text if c.host is not None and c.host.sentence is not c.sentence else ""
    if any(_YEAR_BASE.search(t) or _MONTH_BASE.search(t) for t in (c.sentence.text, host)):
        return None
    got = change_bases(c, fig, unit, story)
    return (1 if got[0] == 12 else 12) if len(got) == 1 else None


def _reading(c: Claim, vals, end_p, unit: str, kind: str, d: int | None, back: int) -> tuple[bool | None, int, str]:
    """One reading of a run: whether it is the claimed length (None: the data begin inside it), the length, and the
    words for it."""
    q = c.qualifier
    if kind == "record":  # each period beyond every one before it (the largest surplus, or deficit, so far)
        d = d or (1 if float(vals[end_p]) > 0 else -1)
        signed = vals * d
        sig, word, d = (signed - signed.cummax().shift(1)).dropna(), f"new records (the largest {'surplus' if d > 0 else 'deficit'} so far)", 1
    elif kind == "change":
        sig = (vals - vals.shift(back)).dropna()
        around = near(c, 20, 8)  # ("赤字額が前年同月を上回るのは6カ月連続": the deficit named as the move's topic)
        if d and _SIZE_WORDS.search(around) and not _BALANCE_MOVE.search(around) and float(vals[end_p]) < 0:
            d = -d  # a deficit that shrank: its balance rose (not "改善", "悪化": the balance's own move)
        d = d or 1
        word = ("rises" if d > 0 else "falls") + (" from a year before" if back == PER_YEAR[unit] else
                                                 " from the month before")
    else:
        sig = vals
        d = d or (1 if float(vals[end_p]) > 0 else -1)
        word = "surpluses" if d > 0 else "deficits"
    k, stop = sign_run(sig, end_p, d)
    grain = {"year": "calendar year", "fiscal_year": "fiscal year", "half": "half-year", "fiscal_half": "fiscal half-year",
             "quarter": "quarter"}.get(unit, "month")
    expl = f"{k} straight {grain}(s) of {word} to {period_label(end_p, unit)}"
    expl += f" (not in {period_label(stop, unit)})" if stop is not None else " (back to the start of the data)"
    if stop is None and k <= q.n:  # the data begin inside the run: it may be longer
        return None, k, expl + ", so the run may be longer"
    return k == q.n or (q.word == "at least" and k >= q.n), k, expl


def streak(c: Claim, fig: Figure, ctx: Context) -> Judgement:
    """A run of surpluses (deficits) or of rises (falls) of a BoP item, to the figure's period, on the grain its
    words name (module docstring); when the words leave what is counted, or the base of a month's change, open, the
    readings must agree."""
    q = c.qualifier
    unit = _grain_unit(c, fig)
    if unit is None:
        grain = q.grain or "period"
        got = span_unit(fig.periods).replace("_", " ")
        return unverifiable(f"'{q.phrase}' counts {grain}s, but the figure it was read on is "
                            f"{'a ' + got if got else 'one month'}'s ({W.span_label(list(fig.periods))}): not counted "
                            f"on another grain", series=fig.series)
    kind, d = what_runs(c)
    if kind == "of_change":
        return of_change(c, fig, near(c, 30, 20))
    if c.host is not None and (other := other_subject(c.sentence.text, c.host.span[1], c.span[0])):
        return unverifiable(f"'{q.phrase}' is said of '{other}', not of the figure's {fig.series}", series=fig.series)
    vals = record_values(ctx, fig, unit)
    end_p = fig.end  # a span's sum is labelled by its last month
    if end_p not in vals.index:
        return unverifiable(f"no {unit.replace('_', ' ') or 'month'} of {fig.series} ends at {W.label(fig.end)}",
                            series=fig.series)
    if (other_side := side_mismatch(c, kind, vals, end_p, fig, near(c, 20, 8))) is not None:
        return other_side
    kinds = ["sign", "change"] if kind == "either" else [kind]
    readings = [_reading(c, vals, end_p, unit, k, d, back) for k in kinds
                for back in (change_bases(c, fig, unit, ctx.article) if k == "change" else [0])]
    base = {"series": fig.series, "official_unit": f"consecutive {q.grain or 'period'}s", "period": period_label(end_p, unit)}
    if len({ok for ok, _, _ in readings}) > 1:
        return unverifiable(f"'{q.phrase}' holds on one reading and not on another: "
                            + "; ".join(e for _, _, e in readings), **base)
    ok, k, expl = readings[0]
    if ok is None:
        return unverifiable(f"'{q.phrase}': {expl}", **base)
    if not ok and kind == "change" and (other := _other_base(c, fig, unit, ctx.article)) is not None and \
            (alt := _reading(c, vals, end_p, unit, kind, d, other))[0]:
        return unverifiable(f"'{q.phrase}' fails on the base of the story's other figures but holds on the other: "
                            f"{alt[2]}; {expl}", **base)
    if not ok:
        expl = f"not a {ordinal(q.n)} straight {q.grain or 'period'}: " + expl
    return Judgement(SUPPORTED if ok else CONTRADICTED, expl, official_value=float(k), **base)


def _pct_unit(c: Claim, fig: Figure) -> str:
    """The span a percent change is of, by its claim's period ("黒字額は前年に比べ28.5%拡大した" of 2010: "year"; the
    figure holds the two ends only), "" for a month's or another figure."""
    import pandas as pd

    p = c.host.period if c.host is not None else None
    if fig.agg != "pct" or p is None or p.is_latest or len(p.windows) != 1:
        return ""
    a, b = p.windows[0]
    months = list(pd.period_range(a, b, freq="M"))
    unit = span_unit(months)  # (a year, a fiscal year or a half ending at the figure's month; not "今年" to a date)
    return unit if unit in ("year", "fiscal_year", "half", "fiscal_half") and fig.end == months[-1] else ""


def first_since(c: Claim, fig: Figure, ctx: Context) -> Judgement | None:
    """"3年ぶりの増加", "5年ぶりに黒字に転換", "the first rise in two years": the rise (surplus) holds at the figure's
    period, on the grain of its figure (a year's among years), and last held where the words say; None when the words
    name neither a move nor a side (the generic rule then reads the figure)."""
    q = c.qualifier
    kind, d = what_runs(c)
    if kind == "of_change":
        return of_change(c, fig, near(c, 30, 20))
    if kind in ("either", "record") or d is None:
        return None
    if c.host is not None and (other := other_subject(c.sentence.text, c.host.span[1], c.span[0])):
        return unverifiable(f"'{q.phrase}' is said of '{other}', not of the figure's {fig.series}", series=fig.series)
    unit = span_unit(fig.periods) if fig.agg in ("sum", "change") else _pct_unit(c, fig)
    vals = record_values(ctx, fig, unit)
    end_p = fig.end
    if kind == "sign" and ((not unit and fig.n == 1 and _SAME_MONTH.search(near(c, 40, 40))) or (
            unit in ("half", "fiscal_half") and _SAME_HALF.search(near(c, 40, 40)))):
        # "4月としては5年ぶりの黒字", "the first April surplus in five years": among the same month of each year; so
        # "上半期としては2年ぶりの黒字" among the same half of each year
        vals = vals[[getattr(p, "month", None) == getattr(end_p, "month", 0) for p in vals.index]]
    if end_p not in vals.index:
        return unverifiable(f"no {unit.replace('_', ' ') or 'month'} of {fig.series} ends at {W.label(fig.end)}",
                            series=fig.series)
    if (other_side := side_mismatch(c, kind, vals, end_p, fig, near(c, 20, 8))) is not None:
        return other_side
    around = near(c, 40, 12)  # (Japanese tells the move after: "4年ぶりに赤字幅が拡大")
    if kind == "change" and float(vals[end_p]) < 0 and _SIZE_WORDS.search(around) and not _BALANCE_MOVE.search(around):
        d = -d  # "the deficit narrowed for the first time in four years": its balance rose
    out = []
    for back in (change_bases(c, fig, unit, ctx.article) if kind == "change" else [0]):
        sig = (vals - vals.shift(back)).dropna() if kind == "change" else vals
        word = (("a surplus" if d > 0 else "a deficit") if kind == "sign" else
                ("a rise" if d > 0 else "a fall") + (" from a year before" if back == PER_YEAR[unit] else
                                                     " from the month before"))
        out.append(first_on_side(q, sig, end_p, d, word, unit))
    base = {"series": fig.series, "period": period_label(end_p, unit)}
    if len({ok for ok, _ in out}) > 1:
        return unverifiable(f"'{q.phrase}' holds on one reading and not on another: " + "; ".join(e for _, e in out),
                            **base)
    ok, expl = out[0]
    if ok is None:
        return unverifiable(f"'{q.phrase}': {expl}", **base)
    if not ok and kind == "change" and (other := _other_base(c, fig, unit, ctx.article)) is not None:
        sig = (vals - vals.shift(other)).dropna()
        alt = first_on_side(q, sig, end_p, d, ("a rise" if d > 0 else "a fall") + " on another base", unit)
        if alt[0]:
            return unverifiable(f"'{q.phrase}' holds on another base than the story's other figures': {alt[1]}; "
                                f"{expl}", **base)
    return Judgement(SUPPORTED if ok else CONTRADICTED, expl, **base)
