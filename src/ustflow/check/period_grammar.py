"""The grammar of period phrases ("the week ending April 4", "last month", "4月") and their resolution.

See ``ustflow.check.periods`` for what a ``Period`` is and how phrases are resolved against the publication date;
``Resolver.find`` reads every period of a sentence, ``Resolver.resolve`` turns one matched phrase into a ``Period``
through one small handler per kind of phrase (phrases of days and weeks, "the week ending April 4", in the mixin
``ustflow.check.period_days``; phrases relative to another period, "a month earlier", through
``ustflow.check.relative_periods``). The phrases (regular expressions) are in ``ustflow.check.period_phrases``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ustflow.check import halves
from ustflow.check.ja_eras import western_year
from ustflow.check.japanese_periods import day_in_list, japanese_period, japanese_since
from ustflow.check.narrative_years import base_before, narrative_year
from ustflow.check.period_days import DayAndWeekPhrases
from ustflow.check.period_phrases import DATA_BEGAN_RX, JA_RELEASE_RX, JA_SUPERLATIVE_AFTER, PATTERNS, RELEASE_RX
from ustflow.check.periods import (
    ORDINAL_Q,
    Period,
    add_months,
    japanese_span,
    latest_period,
    month_window,
    safe_date,
)
from ustflow.check.relative_periods import RELATIVE_NAMES, count_of, relative_period
from ustflow.check.rxgate import finditer
from ustflow.check.sentence_years import frame, framed
from ustflow.check.text import month_number

#: after a period in Japanese, the starting point of a change: "前月から183億ドル増加", "前年末に比べ", "前年同月では…減少" (not
#: "1月から3月にかけて"); "前月末から": the month's end's level; "前年同月を754億ドル上回った": the level then, above or below
_JA_BASE = re.compile(r"(?:末|時点|末時点)?(?:から|より|に比べ|と比べ|と比較して?)(?![^、。]{0,12}?(?:まで|にかけて))|"
                      r"(?:(?<=前年同月)|(?<=前年同期)|(?<=前年度)|(?<=前月))では(?=[^、。]{0,30}?(?:増|減|上回|下回))|"
                      r"(?:末|時点|末時点)?(?:の(?:水準|保有額|保有高|残高))?を(?=[^、。]{0,20}?(?:上回|下回))|"
                      r"(?:[(（][^()（）]{0,30}[)）])?の(?:約|ほぼ)?(?:[\d.．・]+倍|半分|[\d.．・]+分の[\d.．・]+)|"
                      r"(?:[(（][^()（）]{0,30}[)）])?に次(?:いで|ぐ|ぎ)|"
                      # "輸入額は前年同月18.2%減の8兆6,430億円" (比 left out): a move's base right before its rate or size
                      r"(?:(?<=前年同月)|(?<=前年同期)|(?<=前年度)|(?<=前月))(?=\s*(?:約|およそ)?[\d.．・,]+\s*(?:[%％]|兆|億)"
                      r"[^、。]{0,8}?(?:増|減|拡大|縮小))")
# ("前年度の約2・1倍に当たる17兆円": the base of a multiple; "前年度(8兆7245億円の黒字)の2倍超", "前年度の半分以下": a fraction;
# "2007年に次ぐ10年ぶりの高い水準", "07年に次ぐ過去2番目": the year ranked above the figure's)


#: a period put in brackets right after a year to gloss it: "2016年度(3月末まで)", "2024年(1~12月)"
_GLOSS_OPEN = re.compile(r"\s*[(（]\s*")
_GLOSS_CLOSE = re.compile(r"\s*(?:末)?(?:まで|迄)?\s*[)）]")


#: a year that a look-back counts from, not the story's: "since 2009", "the lowest since the end of 2015"
#: "fell by 28.5 billion US dollars over the previous month", "up 3% on the previous year": what the change is
#: measured against (its base), not the period it happened in
_OVER_BEFORE = re.compile(r"\b(?:over|on)\s+$", re.I)
_OVER_ONLY = re.compile(r"\bover\s+$", re.I)
_LOOK_BACK_BEFORE = re.compile(r"\bsince\s+(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?(?:[A-Z][a-z]+\.?\s+)?$", re.I)
_JA_LOOK_BACK_AFTER = re.compile(r"年(?:\d{1,2}月)?(?:末|初め|半ば)?(?:以来|以降)")
#: a superlative set after a figure that the span after it measures back over: "..., the most in the last three weeks",
#: "..., their biggest weekly purchase over the past two months" (the span is the comparison's, not the figure's period;
#: not "Japan was the biggest buyer over the past two weeks, buying ¥X", whose span is the figure's)
_SUPERLATIVE_BEFORE = re.compile(r"[,;(—–-]\s*(?:the|its|their|a)\s+(?:most|least|largest|biggest|highest|lowest|smallest|"
                                 r"strongest|weakest|sharpest|steepest|fastest|slowest|greatest|heaviest|lightest)\b"
                                 r"(?:\s+[\w-]+){0,3}?(?:\s+(?:in|over|during|for|of))?\s+$|"
                                 # "more than at any time in the last four years": a comparison's look-back too
                                 r"\b(?:than|since)\s+(?:at\s+)?any\s+(?:time|point)\s+$", re.I)


#: a starting level with its month: "from $1.079 trillion in January 2025" (a move's span stated by its start)
_FIGURE_FROM = re.compile(r"\bfrom\s+(?:US)?[$¥]\s?[\d.,]+\s*(?:trillion|billion|million|tn|bn)?\s+(?:(?:in|as of|at the end of)\s+)?$",
                          re.I)


def _stated_start_wins(out: list[Period], text: str) -> list[Period]:
    """``out`` without the span of a move ("$110 billion over nine months") when the sentence states the move's start
    with its level ("from $1.079 trillion in January 2025"): the span runs from that month (unless the sentence also
    names the month that many months later, "from $938.8 billion in June 2022 to $835.4 billion in June 2023 – a
    decrease of $103.4 billion in just 12 months", which is the same span)."""
    moves = [p for p in out if p.extra.get("move_span")]
    months = [p for p in out if not p.extra.get("move_span") and p.kind == "month"]
    starts = [p for p in months if _FIGURE_FROM.search(text, 0, p.span[0])]
    if not moves or not starts:
        return out
    n = {12 * p.end.year + p.end.month for p in months}
    same = all(any(12 * s.end.year + s.end.month + m.extra["months"] in n for s in starts) for m in moves)
    return out if same else [p for p in out if not p.extra.get("move_span")]


class Resolver(DayAndWeekPhrases):
    """Turns period phrases into windows relative to ``ref`` (the publication date).

    ``context_year``: the last year named earlier in the text, for yearless phrases when there is
    no publication date.
    """

    def __init__(self, ref: date | None = None):
        self.ref = ref
        self.context_year: int | None = None
        self.named_months: dict[int, int] | None = None  # month -> year: the lede's month, if named with a year
        self.named_half: tuple[bool, int, bool] | None = None  # the story's half: fiscal?, its year, first? (``halves``)
        self.named_fy: int | None = None  # the story's fiscal year, named with its year: 前年度 is the one before it

    # -- years for yearless phrases
    def year_for(self, month: int, day: int = 1) -> tuple[int | None, str]:
        if self.ref:
            y = self.ref.year
            if date(y, month, min(max(day, 1), 28)) > self.ref + timedelta(days=7):  # "May 0" in garbled text
                y -= 1  # "in November" in a March article is last November
            named = (self.named_months or {}).get(month)
            if named is not None and named < y:  # "to $835.4 billion as of January 2024 ... rose in January"
                return named, "year of the same month named earlier in the text"
            return y, "year from the publication date"
        if self.context_year:
            return self.context_year, "year from earlier in the text"
        return None, "no year stated and no publication date"

    def _date(self, g: dict) -> tuple[date | None, str]:
        if g.get("iso"):
            y, m, d = map(int, g["iso"].split("-"))
            return safe_date(y, m, d), ""
        mon = g.get("mon") or g.get("mon2")
        day = int(g.get("day") or g.get("day2"))
        year = g.get("year") or g.get("year2")
        m = month_number(mon)
        if year:
            return safe_date(int(year), m, day), ""
        y, note = self.year_for(m, day)
        return (safe_date(y, m, day) if y else None), note

    def _month(self, mon: str, year: str | None) -> tuple[tuple[int, int] | None, str]:
        mo = month_number(mon)
        if year:
            return (int(year), mo), ""
        y, note = self.year_for(mo)
        return ((y, mo) if y else None), note

    def resolve(self, name: str, m: re.Match, anchor: Period | None) -> Period | None:
        """One matched phrase as a Period (None when it cannot be resolved)."""
        g = {k: v for k, v in m.groupdict().items() if v is not None}
        if "y2" in g or "y3" in g:
            g["y"] = g.get("y2") or g["y3"]
        for two, four in (("y2d", "y"), ("ye", "y"), ("hy2", "hy"), ("y0w", "y"), ("fy2", "fy4")):
            if two in g and (y := western_year(m.string, m.start(two), g[two], self.ref)) is not None:
                g[four] = str(y)  # "平成29年度", "29年度" in May 2018: fiscal 2017 (``ja_eras``)
        label = m.group(0).strip()
        if name in RELATIVE_NAMES:
            return relative_period(self.ref, name, anchor, label, g)
        if name == "ja_year_end" and g.get("yrel") == "前年" and anchor is not None and not anchor.relative and \
                not anchor.is_latest and anchor.kind in ("month", "year", "quarter", "months"):
            # "2019年末に約6兆7000億ドルと、前年末の6兆3000億ドルから": the end of the year before the one named (前年: the
            # previous year of the story's; 昨年, last year, is the publication's)
            return Period("month", [month_window(anchor.end.year - 1, 12)], label, relative=True,
                          note=f"年末: December of the year before {anchor.label!r}")
        if name.startswith("ja_"):
            return japanese_period(self, name, g, label)
        handler = getattr(self, f"_r_{name}", None)
        p = handler(name, g, label) if handler is not None else None
        if p is not None and (name == "jp_recent" or g.get("yk")) and p.extra.get("months") and anchor is not None and \
                anchor.kind in ("month", "months", "quarter") and not anchor.relative:
            # "中国は2月まで…、過去1年間で492億ドル減少": the months to the month named before (as "over the three months");
            # "3月まで3カ月連続で…、過去3カ月間で": to the last month of the span named before
            y0, m0 = add_months(anchor.end.year, anchor.end.month, -(p.extra["months"] - 1))
            return Period("months", [(date(y0, m0, 1), anchor.end)], label, relative=True,
                          note=f"the {p.extra['months']} months to {anchor.label!r}",
                          extra={"months": p.extra["months"], "years_back": True} if g.get("yk") else {})
        if p is not None and name == "month_rel_year" and anchor is not None and not anchor.is_latest and \
                re.fullmatch(r"the (?:previous|prior|preceding)", g["rel"].lower()):
            # "reaching $39.6 billion by the end of October last year, against the October level of the previous
            # year": the year before the period the story told before it, not before the publication's
            p = replace(p, windows=[month_window(anchor.end.year - 1, p.start.month)],
                        note=f"{g['rel']} year: the year before {anchor.label!r}")
        return p

    def _name_month(self, p: Period, m: re.Match, text: str) -> None:
        """The first month the story names is its lede's: named with its year as the story's own period ("reducing
        its holdings to $835.4 billion as of January 2024"; not a base, "from $X in March 2024", nor a look-back,
        "the lowest since May 2009"), a later "in January" without a year is that January (``year_for``), not the
        January before the publication date. A later month with a year ("the high reached in November 2011",
        "overtook Japan in September 2008") is background and sets nothing."""
        if p.kind != "month" or self.named_months is not None:
            return
        self.named_months = {}
        if not p.relative and not p.is_search and p.role != "from" and re.search(r"\b(?:19|20)\d\d\b", m.group(0)) \
                and not _LOOK_BACK_BEFORE.search(text[max(0, m.start() - 40):m.start()]) and (self.ref is None or p.end <= self.ref) \
                and not base_before(text, m.start()):  # "Compared with $1.1 trillion in March 2019, Japan held … in March"
            self.named_months[p.end.month] = p.end.year

    def _year_of(self, g: dict, label: str) -> int | None:
        if g.get("y"):
            return int(g["y"])
        if not self.ref:
            return self.context_year
        return self.ref.year - (1 if "last year" in label.lower() else 0)

    def _r_half(self, name: str, g: dict, label: str) -> Period | None:
        """'the first half of 2024': January to June; 'the first half' alone in a story about a fiscal half: that
        fiscal half (``halves``)."""
        first = g["h"].lower() in ("first", "1st")
        if not g.get("y") and not re.search(r"\byear\b", label, re.I) and (self.named_half or (False,))[0]:
            return halves.bare(self, first, label)
        y = self._year_of(g, label)
        if y is None:
            return None
        p = Period("months", [(date(y, 1 if first else 7, 1), date(y, 6, 30) if first else date(y, 12, 31))], label)
        return halves.remember(self, p, False, first) if g.get("y") else p

    def _r_fiscal_half(self, name: str, g: dict, label: str) -> Period | None:
        """'the first half of the current fiscal year': April to September of Japan's fiscal year (the one the
        publication falls in, or the one before for 'last'); the second half, October to March."""
        if g.get("y"):
            y = int(g["y"])
        elif self.ref:
            y = self.ref.year - (self.ref.month < 4) - (g.get("rel", "").lower() in ("last", "previous", "prior"))
        else:
            return None
        first = (g.get("h") or g.get("h2") or "").lower() in ("first", "1st")
        p = Period("months", [(date(y, 4, 1), date(y, 9, 30)) if first else (date(y, 10, 1), date(y + 1, 3, 31))],
                   label, note="a half of Japan's fiscal year (April to March)")
        return p if g.get("rel", "").lower() in ("last", "previous", "prior") else halves.remember(self, p, True, first)

    def _r_first_months(self, name: str, g: dict, label: str) -> Period | None:
        """'the first three months of the year', 'the first three quarters of 2008' (January to September)."""
        y = self._year_of(g, label)
        if y is None:
            return None
        k = count_of(g["k"]) * (3 if g.get("unit", "").lower() == "quarters" else 1)
        if not 1 <= k <= 12:
            return None
        if g["which"].lower() == "first":
            return Period("months", [(date(y, 1, 1), month_window(y, k)[1])], label)
        return Period("months", [(date(y, 13 - k, 1), date(y, 12, 31))], label)

    def _r_months_and(self, name: str, g: dict, label: str) -> Period | None:
        """'in September and October 2022'; 'the April-September half of fiscal 2024' (``halves.fiscal_months``)."""
        if g.get("fy"):
            return halves.fiscal_months(month_number(g["m"]), month_number(g["m2"]), int(g["my"]), label)
        ym2, note = self._month(g["m2"], g.get("my"))
        if ym2 is None:
            return None
        m1 = month_number(g["m"])
        if not g.get("my") and not g.get("my1") and self.ref is not None and not re.search(r"\band\b|&", label) and \
                month_window(*ym2)[1] > self.ref + timedelta(days=7):
            # "The January-June surplus was ..." in a story of June 10: the latest such span that ended by the
            # publication (as "1〜6月"), not one still running
            ym2, note = (ym2[0] - 1, ym2[1]), "the latest such span by the publication date"
        y1 = int(g["my1"]) if g.get("my1") else ym2[0] if m1 <= ym2[1] else ym2[0] - 1
        return Period("months", [(date(y1, m1, 1), month_window(*ym2)[1])], label, note=note)

    def _r_latest(self, name: str, g: dict, label: str) -> Period | None:
        return latest_period(label, "the latest data")

    def _r_quarter(self, name: str, g: dict, label: str) -> Period | None:
        q = ORDINAL_Q.get((g.get("q") or g.get("qf") or "").lower()) or int(g.get("qn") or 0)
        yt = g.get("y") or g.get("y2") or g.get("yf")  # "Q2 2025", or "Q2" in the year the publication date implies
        y, note = (int(yt), "") if yt else self.year_for(3 * q - 2)
        if y is None:
            return None
        return Period("quarter", [(month_window(y, 3 * q - 2)[0], month_window(y, 3 * q)[1])], label, note=note)

    def _r_this_quarter(self, name: str, g: dict, label: str) -> Period | None:
        """'so far this quarter': from the start of the publication date's quarter to that date."""
        if not self.ref:
            return None
        start = date(self.ref.year, 3 * ((self.ref.month - 1) // 3) + 1, 1)
        return Period("months", [(start, self.ref)], label, note="this quarter, to the publication date")

    def _r_fiscal(self, name: str, g: dict, label: str) -> Period | None:
        y = int(g["y"])
        if re.search(r"to March\s+(?:19|20)\d{2}", label, re.I):
            y -= 1  # "the fiscal year to March 2025" began in April 2024 (not "fiscal 2015 to March 31": its end)
        return Period("fiscal_year", [(date(y, 4, 1), date(y + 1, 3, 31))], label,
                      note="Japanese fiscal year, April to March")

    def _r_since(self, name: str, g: dict, label: str) -> Period | None:
        return self._since(g, label)

    def _r_year_start(self, name: str, g: dict, label: str) -> Period | None:
        y = int(g["ysy"]) if g.get("ysy") else self.ref.year if self.ref else self.context_year
        if y is None:
            return None
        return Period("month", [month_window(y, 1), month_window(y - 1, 12)], label, note="the start of the year: "
                      "January, or the December before", role="from" if label.lower().startswith("from ") else "")

    def _r_jp_since(self, name: str, g: dict, label: str) -> Period | None:
        return japanese_since(self, g, label)

    def _r_ytd(self, name: str, g: dict, label: str) -> Period | None:
        if not self.ref:
            return None
        return Period("months", [(date(self.ref.year, 1, 1), self.ref)], label, note="to the publication date")

    def _r_mtd(self, name: str, g: dict, label: str) -> Period | None:
        """'so far this month': from the first of the publication date's month to that date (in a weekly story, the
        weeks published by then; the month's own figure comes out the month after)."""
        if not self.ref:
            return None
        # "weeks": only weekly data cover part of a month that has not ended
        return Period("weeks", [(date(self.ref.year, self.ref.month, 1), self.ref)], label,
                      note="this month, to the publication date")

    def _r_months_to(self, name: str, g: dict, label: str) -> Period | None:
        k = count_of(g["k"]) if g.get("k") else 12
        ym, note = self._month(g.get("m") or g["m2"], g.get("my") or g.get("my2"))
        if ym is None:
            return None
        y0, m0 = add_months(ym[0], ym[1], -(k - 1))
        wins = [(date(y0, m0, 1), month_window(*ym)[1])]
        if not g.get("k") and ym[1] < 12 and re.search(r"\byear\s+(?:that\s+)?(?:to|through|until|till)\b", label, re.I) and \
                not re.search(r"\bfiscal\b", label, re.I):
            # "in the year through October": the twelve months to October, or the year to date (January to
            # October); reporters write both, so both are read and the judgement names the one it used
            wins.append((date(ym[0], 1, 1), month_window(*ym)[1]))
            note = "; ".join(x for x in (note, "the twelve months to that month, or the year to date") if x)
        return Period("months", wins, label, note=note)

    def _r_jp_months_to(self, name: str, g: dict, label: str) -> Period | None:
        """"4月までの2カ月で", "4月までの1年間": the months to the one named, as "the two months to April"."""
        k, mo = int(g["k"]) if g.get("k") else 12, int(g["m"])
        if not (1 <= mo <= 12 and 1 <= k <= 24):
            return None
        ym, note = ((int(g["y"]), mo), "") if g.get("y") else self._ja_month(mo)
        if ym is None:
            return None
        y0, m0 = add_months(ym[0], ym[1], -(k - 1))
        return Period("months", [(date(y0, m0, 1), month_window(*ym)[1])], label, note=note)

    def _ja_month(self, mo: int) -> tuple[tuple[int, int] | None, str]:
        y, note = self.year_for(mo)
        return ((y, mo) if y else None), note

    def _r_past_months(self, name: str, g: dict, label: str) -> Period | None:
        n = g.get("k") or g.get("nk") or g.get("fk")
        k = count_of(n) if n else 12 * count_of(g["yk"]) if g.get("yk") else 1 if label.lower().endswith("month") else 12
        move = bool(g.get("fk") or g.get("fy") or g.get("jfy"))  # "cut by 40 percent in one year": the move's span
        return Period("latest", [], label, note=f"the latest {k} months", extra={"months": k, **({"move_span": True} if move else {})})

    def _r_last_month(self, name: str, g: dict, label: str) -> Period | None:
        if not self.ref:
            return None
        y, mo = add_months(self.ref.year, self.ref.month, -1 if name == "last_month" else 0)
        return Period("month", [month_window(y, mo)], label, note="relative to the publication date",
                      extra={"calendar_relative": True})

    _r_this_month = _r_last_month

    def _r_last_year(self, name: str, g: dict, label: str) -> Period | None:
        return self._year_like(name, g, label)

    _r_this_year = _r_year_end = _r_last_year

    def _r_ytd_month(self, name: str, g: dict, label: str) -> Period | None:
        """'through October of this year': January to that month of the publication year."""
        if not self.ref:
            return None
        mo = month_number(g.get("mon") or g["mon2"])
        return Period("months", [(date(self.ref.year, 1, 1), month_window(self.ref.year, mo)[1])], label,
                      note="from January of the publication year")

    def _r_jp_months(self, name: str, g: dict, label: str) -> Period | None:
        return japanese_span(self, name, g, label)

    def _r_jp_half(self, name: str, g: dict, label: str) -> Period | None:
        return halves.japanese_half(self, g, label)

    _r_jp_ytd = _r_ytd_of_year = _r_jp_recent = _r_jp_quarter = _r_jp_nth_week = _r_jp_month_span = \
        _r_jp_months_and = _r_jp_months

    def _r_month_rel_year(self, name: str, g: dict, label: str) -> Period | None:
        """'in March last year': that month of the year before the publication's ('this', 'next' alike)."""
        if not self.ref:
            return None
        y = self.ref.year + {"this": 0, "next": 1}.get(g["rel"].lower(), -1)
        return Period("month", [month_window(y, month_number(g.get("m") or g["m2"]))], label, note=f"{g['rel']} year: relative to the "
                      f"publication date", role="from" if label.lower().startswith("from ") else "")

    def _r_month(self, name: str, g: dict, label: str) -> Period | None:
        word = g["m"].rstrip(".")
        if (word.lower() == "may" or word == "march") and not g.get("my") and \
                not re.match(r"(?i)in |during |for |by |as of |at |end|from |of |the ", label):
            return None  # the verb "may"; the noun "march" ("the yen's downward march"), never capitalised
        ym, note = self._month(g["m"], g.get("my"))
        if ym is None:
            return None
        return Period("month", [month_window(*ym)], label, note=note,
                      role="from" if label.lower().startswith("from ") else "")

    def _r_year(self, name: str, g: dict, label: str) -> Period | None:
        y = int(g["y"])
        if not 1990 <= y <= 2035:
            return None
        return Period("year", [(date(y, 1, 1), date(y, 12, 31))], label)

    def _since(self, g: dict, label: str) -> Period | None:
        if g.get("syrel"):  # "since the end of last year"
            if self.ref is None:
                return None
            y, mo, note = self.ref.year - 1, 12, "the end of the year before the publication's"
        elif g.get("sm3"):  # "since April last year"
            if self.ref is None:
                return None
            y, mo, note = self.ref.year - 1, month_number(g["sm3"]), "the year before the publication's"
        elif g.get("jsm"):  # "9月からの累計": from that month
            mo = int(g["jsm"])
            y, note = (int(g["jsy"]), "") if g.get("jsy") else self.year_for(mo)
            if y is None or not 1 <= mo <= 12:
                return None
        elif g.get("sy"):
            y = int(g["sy"])
            # "since the end of 2021": from December's level
            mo = month_number(g["sm"]) if g.get("sm") else 12 if re.search(r"\bend of\b", label, re.I) else 1
            note = ""
        elif g.get("sm4"):  # "since last August": read only when that month is the year before the publication's
            mo = month_number(g["sm4"])
            y, note = self.year_for(mo)
            if y is None or self.ref is None or y >= self.ref.year:
                return None
        else:
            mo = month_number(g["sm2"])
            y, note = self.year_for(mo)
            if y is None:
                return None
        end = self.ref or date(2100, 1, 1)
        return Period("since", [(date(y, mo, 1), end)], label, note=note or "to the latest data")

    def _year_like(self, name: str, g: dict, label: str) -> Period | None:
        if name == "year_end":
            yy = g.get("y") or g.get("y3")
            y = int(yy) if yy else (self.ref.year - 1 if self.ref else None)
            if y is None:
                return None
            return Period("month", [month_window(y, 12)], label, note="year-end: December")
        if not self.ref:
            return None
        if name == "last_year":
            y = self.ref.year - 1
            return Period("year", [(date(y, 1, 1), date(y, 12, 31))], label, note="relative to the publication date")
        return Period("months", [(date(self.ref.year, 1, 1), self.ref)], label, note="this year, to the publication date")

    def find(self, text: str, prev: Period | None = None, masked: list[tuple[int, int]] = ()) -> list[Period]:
        """Every period named in ``text`` (non-overlapping, in text order), skipping ``masked`` spans
        (superlative phrases such as "largest since 2005" carry their own reference period).
        Relative phrases count from the period before them in ``text``, else from ``prev``."""
        taken: list[tuple[int, int]] = list(masked)
        for m in finditer(JA_RELEASE_RX, text):
            taken.append(m.span("when"))  # "5月11日に公表された": when the data came out
        taken += [m.span() for m in DATA_BEGAN_RX.finditer(text)]  # "since tracking began in 2005": the data's start
        for m in finditer(RELEASE_RX, text):
            g = "when" if m.group("when") else "when2"
            if re.match(r"(?i)(?:on\s+)?(?:[A-Z]\w+day|yesterday|today)", m.group(g)) or \
                    re.search(r"(?i)released|published|announced", m.group(0)):
                taken.append(m.span(g))
        found: list[tuple[int, int, str, re.Match]] = []
        for name, rx in PATTERNS:
            for m in finditer(rx, text):
                s, e = m.span()
                # leading spaces matched by optional groups are not part of the phrase
                s += len(m.group(0)) - len(m.group(0).lstrip())
                if e <= s or any(s < te and ts < e for ts, te in taken):
                    continue
                taken.append((s, e))
                found.append((s, e, name, m))
        found.sort(key=lambda t: t[0])
        out: list[Period] = []
        anchor = prev
        opened: tuple[int, int | None] | None = None  # the dated period the sentence opens with (``sentence_years``)
        if self.ref is None and self.context_year is None:  # "from February, at May 2025": the sentence's year
            # (not a look-back's: "the lowest since 2009", "2009年以来" says nothing of when "in March" is)
            years = [m.group(1) for m in re.finditer(r"\b((?:19|20)\d{2})\b", text)
                     if not _LOOK_BACK_BEFORE.search(text[max(0, m.start() - 40):m.start()])
                     and not _JA_LOOK_BACK_AFTER.match(text, m.end())]
            if years:
                self.context_year = int(years[-1])
        own = prev  # the last period named that is no base: "rose 1.5% from March, while China's were down 12.4% from a
        # year earlier" is a year before the story's month, not before March (a base)
        for s, e, name, m in found:
            if out and _GLOSS_OPEN.fullmatch(text, out[-1].span[1], s) and _GLOSS_CLOSE.match(text, e) and \
                    out[-1].kind in ("year", "fiscal_year"):
                continue  # "2016年度(3月末まで)の経常黒字": the year glossed, no period of its own
            a = own if name == "year_earlier" and anchor is not None and anchor.role == "from" and own is not None else anchor
            p = self.resolve(name, m, a) if name != "ja_mday" or not out else \
                (day_in_list(out[-1], m, text) or self.resolve(name, m, anchor))
            if p is not None:  # "to $48.7 billion in April 2018, and to $14.9 billion in May": May 2018
                p = narrative_year(p, name, m, text, anchor, any(anchor is q for q in out))
            if p is None or ((p.is_latest or p.extra.get("years_back")) and (p.extra.get("periods") or p.extra.get("months")) and
                             (_SUPERLATIVE_BEFORE.search(text[max(0, s - 60):s]) or JA_SUPERLATIVE_AFTER.match(text, e))):
                continue  # "the most in the last three weeks": the superlative's look-back, no period of a figure
            if not p.role and ((name in ("year_earlier", "month_earlier") and (re.search(r"[- ](?:on|over)[- ]", m.group(0)) or
                                                                               _OVER_BEFORE.search(text[:s])))
                               or re.match(r"(?:末|時点)?比", text[e:e + 3]) or _JA_BASE.match(text, e)):
                p.role = "from"  # "down 5% year-on-year in June": the base of the change; June is its period
            pre = re.search(r"\b(?P<w>from|between)\s+$", text[:s], re.I)
            if name == "months_and" and pre and re.search(r"\b(?:to|through)\b|[-–]" if pre.group("w").lower() == "from"
                                                          else r"\b(?:and|to|through)\b|&|[-–]", m.group(0)):
                # "from January to March", "between January and June": one span (a flow sums it; a level's
                # change runs from the first month's level to the last's)
                p = replace(p, extra={**p.extra, "from_to": True})
            elif not p.role and name != "between" and (re.match(r"from\s", m.group(0).strip(), re.I) or
                                                     re.search(r"\b(?:from|than(?:\s+in|\s+at\s+the\s+end\s+of)?|compared (?:with|to)|same\s+as(?:\s+in)?|"
                                                               r"versus|vs\.?|(?:below|under|above|over)\s+(?:its|their|the)\s+(?:own\s+)?(?:level|holdings|total|mark)"
                                                               r"(?:\s+(?:of|in|at\s+the\s+end\s+of))?)\s+(?:the\s+)?(?:(?:end|close)\s+|(?:level|figure|total)\s+(?:(?:in|of)\s+)?)?$",
                                                               text[:s], re.I)):
                p.role = "from"
            elif not p.role and _OVER_ONLY.search(text[:s]) and any(
                    q.role != "from" and q.kind == p.kind == "month" and not q.is_search and q.start > p.start for q in out):
                p.role = "from"  # "In December 2017, ... decreased 221 billion yen to 1,480 billion yen over November 2017":
                # the earlier month after "over" a figure is the change's base, the sentence having named its own month
            p = halves.as_half_basis(replace(framed(p, m, text, opened, self.ref), span=(s, e)), text)  # "In 2022, ... in
            # August": 2022's August; "上半期として過去最高だった15年度": fiscal 2015's first half
            opened = opened or frame(p, m, text, s, self.ref)
            out.append(p)
            if not p.is_latest and (not p.relative or p.kind in ("week", "weeks", "day", "days")):
                anchor = p  # "the previous week ... and the week before": each counts from the one before
                own = p if p.role != "from" else own
            if p.kind in ("year", "month", "day", "week", "quarter") and not p.is_search and not p.relative and \
                    (p.role != "from" or self.context_year is None):
                # (not a comparison's base: "much higher than in December 2011 when it stood at $43.5 billion. ... at
                # the end of December": the story's December, not 2011's)
                self.context_year = p.end.year
            self._name_month(p, m, text)
            halves.remember_fiscal_year(self, p, name, text)
        return _stated_start_wins(out, text)


