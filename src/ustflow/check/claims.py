"""The claims found in an article: what the extractor fills in and the rules read.

A ``Claim`` is one checkable statement: a figure ("¥4.46 trillion"), a qualifier of a figure ("the
largest since 2005", "a third straight week"), a ranking of holders ("the second-largest holder"),
or a direction without a figure ("were net sellers for a third week"). Dataclasses only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ustflow.check.numbers import Amount
from ustflow.check.periods import Period
from ustflow.check.text import Sentence

# Notes the extractor leaves on a claim (``Claim.notes``) that later steps act on: extraction sets them,
# the context step and the judging rules read them.
#: a record of a market price ("propelled domestic shares to fresh record highs"), not of a figure of the store
MARKET_PRICE = "a market price's record"
#: a rank of trades across countries ("the top buyer of U.S. Treasury securities"), not of holdings
RANK_OF_TRADES = "a rank of buyers or sellers"
#: a figure an extreme counts from ("the lowest level since US$1.214 trillion in January 2013"): no context for others
SINCE_REF = "the level a 'since' counts from"
#: a figure of an earlier time in a clause of its own ("... after a 0.5 percent reduction in December", "from December
#: when holdings had risen 1.5 percent"): its period is no context for the next sentences (``past_clauses``)
PAST_CLAUSE = "a figure of an earlier time, in a clause of its own"
#: a run or record said of a yield ("as Treasury yields fell for a second straight month", "国債利回りが2カ月連続で
#:低下"): the yield's series, never a flow or holdings figure of the sentence
YIELD_SUBJECT = "said of a yield"
#: the same said of the yen ("as the yen scaled a record high against the dollar"): USD/JPY, not a flow
FX_SUBJECT = "said of the yen"
#: a bonds figure the next sentence splits into long- and short-term parts that add up to it: all debt securities
DEBT_PARTS = "the sum of the long- and short-term parts the article gives next"
#: a BoP surplus or deficit named alone ("For all of 2024 the surplus was ..."), read as the balance named before it
BOP_CARRIED = "a balance named alone, read as the one named before it"
#: a cell of a table whose columns are BoP items (``item_tables``): its item is its column's, its sign the cell's
ITEM_CELL = "a cell of the article's table of balance-of-payments items (its sign is the cell's)"
#: the size of a gap between two holders, whichever holds more ("日中間の差", "the gap between China and Japan")
SYMMETRIC_GAP = "the gap between two holders, whichever is ahead"
#: "bought $20 billion more Treasuries than in February": a difference between two periods' flows (not computed)
PERIOD_DIFFERENCE = "a difference from an earlier period's figure"
#: "spent ¥2.37 trillion on July 12, taking the total for the month to ¥5.54 trillion": a running total whose span the
#: sentence does not state (not the day's, nor any period carried to it)
RUNNING_TOTAL = "a running total, from a start the sentence does not state"
#: a move of that gap ("the gap between Japan and China widened by $27 billion", "日中の差は270億ドル広がり")
GAP_CHANGE = "a change of the gap between two holders"
#: "At its peak in November 2013 it held $1.32 trillion but now holds some $200 billion less": a change from the
#: period the sentence names before the figure to the figure's own (no "than")
LESS_THAN_NAMED = "a change from the level named earlier in the sentence"
#: "fell to $867 billion at the end of 2022 and $816 billion at the end of 2023": the second level of a list after one
#: verb, whose move runs from the level before it in the list
LISTED_LEVEL = "the next of a list of levels"
#: "1年前より1955億ドル少ない…。中国は1744億ドル少ない…。英国は576億ドル増やしている": a change with no period or comparison of
#: its own in a story that compares with a year before: from the same month a year before (``change_links.year_frame``)
YEAR_FRAME = "a change from a year before, as the story compares"
#: "despite a monthly decrease of 0.51 percent" after "from the same month the previous year": the figure's own words say
#: a month (``change_links.monthly_own``)
MONTH_OWN = "a change from the month before, as its own words say"


@dataclass
class Mention:
    # subject kinds: country, japan, sector, institution, foreign_investors, foreign_official, foreign_total,
    # foreign_private ("private investors" next to foreign official ones: no series of their own in the store)
    kind: str
    slug: str
    span: tuple[int, int]
    text: str


@dataclass
class Qualifier:
    """How a figure compares with history or with other holders.

    kind:
      ``extreme``   "the largest since 2005", "a record", "its lowest in 10 years", "peaked";
      ``top``       "one of the largest since 2005" (among the largest few);
      ``streak``    "for a fifth straight month", "a fourth consecutive week";
      ``streak_end`` "ending a three-week buying streak";
      ``first_since`` "for the first time since March";
      ``holder_rank`` "the second-largest foreign holder";
      ``cross``     "the most of any foreign country", "the biggest seller among foreign holders".
    """

    kind: str
    phrase: str
    extreme: str = "max"  # max | min
    magnitude: bool = False  # "largest sale": largest in the figure's own direction
    since: date | None = None  # the reference point ("since 2005", "since May 3")
    since_grain: str = ""  # year | month | day | event ("since Lehman's collapse"): how precisely ``since`` was named
    # "in 17 years" -> (204, "month", "about"); "in more than six weeks" -> (6, "week", "over")
    lookback: tuple[int, str, str] | None = None
    ref_span: tuple[int, int] | None = None  # the reference's own date and figure inside the phrase (claims of their own)
    since_span: Period | None = None  # the span named after an open "since" (``since_spans``), positioned in the sentence
    in_years: bool = False  # the look-back was said in whole years ("a two-year low"): also read by calendar year
    n: int = 1  # the ordinal or the streak length
    grain: str = ""  # week | month | year: "the most for a week", "fifth straight month"
    direction: int | None = None  # +1 buying / rising, -1 selling / falling (streaks)
    peak: bool = False
    word: str = ""


@dataclass
class Claim:
    sentence: Sentence
    kind: str  # amount | qualifier | rank | direction | count
    span: tuple[int, int]
    amount: Amount | None = None
    role: str = ""  # level | change | from | flow | pct | share | (empty: decided by classify)
    subject: Mention | None = None
    subject_how: str = "stated"  # stated | inherited | default
    period: Period | None = None
    period_how: str = "none"  # stated | context | date | none
    base_period: Period | None = None  # "from November": where a change starts
    direction: int | None = None  # +1 bought / rose, -1 sold / fell
    direction_word: str = ""
    instrument: tuple[str, str] | None = None  # ("assets", "lt_debt"), ("tic", "treasuries")
    instrument_text: str = ""  # the words that named it
    measure: str = ""  # set by classify()
    qualifier: Qualifier | None = None
    rank: int | None = None  # holder rankings
    rank_since: tuple[int, int | None] | None = None
    negated: bool = False  # "no longer the largest holder"
    forecast: bool = False
    estimate: bool = False  # "he calculated that ...": a person's own calculation, not an official figure
    clause: str = ""
    host: "Claim | None" = None  # the figure a qualifier or a restatement refers to
    pair: "Claim | None" = None  # "to $X from $Y": the other figure of the pair
    change_hint: "Claim | None" = None  # "rose $20bn to $800bn": the change stated with a level
    other: Mention | None = None  # "$60 billion less than China": the holder compared with
    base_measure: str = ""  # a qualifier with no figure: what it is about (holdings_level, flow, ...)
    notes: list[str] = field(default_factory=list)
    undated: str = ""  # a period named by an event the checker cannot date ("before the last BoJ meeting")
    combined: list[str] = field(default_factory=list)  # "Japan and China together hold ...": the holders summed

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def claim_text(self) -> str:
        return self.sentence.text[self.span[0]:self.span[1]]


#: the measures of market figures (yields, USD/JPY, FX intervention)
MARKET_MEASURES = ("yield_level", "yield_change", "fx_level", "intervention", "fx_change", "fx_pct")


def family(measure: str) -> str:
    """The data a measure is read on: "tic" for TIC holdings (a level, a change, a share, a rank), "flow" for flows
    (their percent change too), else the measure itself."""
    if measure.startswith("holdings") or measure in ("share", "rank"):
        return "tic"
    if measure == "intervention_days":  # a count of operation days takes the period of the intervention figure before
        return "intervention"
    return "flow" if measure == "flow_pct" else measure


def is_headline(c: Claim) -> bool:
    """The first paragraph, one short line without a full stop: a headline, not prose."""
    s = c.sentence
    return s.paragraph == 0 and s.index == 0 and len(s.text) < 160 and not re.search(r"[.!?。！？]\W*$", s.text)
