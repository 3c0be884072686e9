"""The phrases that name a period ("the week ending April 4", "last month", "4月"), as regular
expressions, and the phrases that say when data came out ("data showed on Thursday").

``PATTERNS`` is the grammar's table, tried in order by ``period_grammar.Resolver.find``, which turns
each match into a ``Period`` through the handler named like the pattern.
"""

from __future__ import annotations

import re

from ustflow.check.text import MONTH_RE

_DAY = rf"(?P<mon>{MONTH_RE})\s+(?P<day>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?"
_DAY_DMY = rf"(?<![\d.,])(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{MONTH_RE})(?:,?\s+(?P<year2>(?:19|20)\d{{2}}))?"
_ISO = r"(?P<iso>(?:19|20)\d{2}-\d{2}-\d{2})"
DATE = rf"(?:{_DAY}|{_DAY_DMY}|{_ISO})"
NUM = r"(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifty-two|twenty-four)"
YEAR = r"(?P<y>(?:19|20)\d{2})"
MON_Y = rf"(?P<m>{MONTH_RE})(?:,?\s+(?:of\s+)?(?P<my>(?:19|20)\d{{2}}))?"  # "November of 2016" too
_EOD = (r"(?:(?:(?:the\s+)?end[- ]of[- ]day|(?:the\s+)?close\s+(?:of\s+business\s+)?(?:on\s+)?)\s+)?"
        r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?")
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

#: right after an era's name, written below as this lookbehind, with or without a space ("令和2年度", "令和 2年度": as
#: some pages typeset it; ``ja_eras`` reads the era's name before the digits either way)
_ERA_AT = r"(?<=令和|平成|昭和)"
_ERA_AT_SPACED = r"(?:(?<=令和|平成|昭和)|(?<=令和\s|平成\s|昭和\s))"

# (name, pattern); tried in this order, first match at a position wins, matches never overlap
PATTERNS: list[tuple[str, re.Pattern]] = [(n, re.compile(p.replace(_ERA_AT, _ERA_AT_SPACED), re.I)) for n, p in [
    # "net sellers for the year through last week": the year to date, its last week the latest (before "last week")
    ("ytd", r"\b(?:for|in) the year (?:through|to|up to|until) (?:last|the latest|the most recent) week\b"),
    ("ytd_month", rf"\b(?:through|to|until|up to)\s+(?:the end of\s+)?(?P<mon>{MONTH_RE})(?:\s+of)?\s+this year\b|"
                  rf"\b(?:this|so far this) year (?:through|to|until|up to)\s+(?:the end of\s+)?(?P<mon2>{MONTH_RE})\b"),
    # "in the seven days to April 5": the week to that day
    ("week_ending", rf"\b(?:in |during |over |for )?the (?:seven|7) days (?:to|ending|ended|through)(?: on)?\s+{DATE}"),
    ("n_weeks_to", rf"\b(?:in |during |over |across |for )?(?:the )?(?:past |last |latest )?{NUM}\s+weeks?\s+"
                   rf"(?:to|ending|ended|through|up to|until)(?: on)?\s+(?:(?:Friday|Saturday|Sunday),?\s+)?{DATE}"),
    ("week_ending", rf"\b(?:in |during |for |over )?(?:the )?week (?:ending|ended|to|through|that ended|up to|"
                    rf"until)(?: on)?\s+(?:(?:Sunday|Saturday|Friday),?\s+)?{DATE}"),
    # "in the period that ended on June 20" (a Friday or a Saturday, checked when resolved): MoF's week
    ("week_ending", rf"\b(?:in |during |for |over )?the (?:latest |reporting )?period (?:that )?(?:ended|ending)(?: on)?\s+"
                    rf"{DATE}"),
    ("week_of", rf"\b(?:in |during )?the week (?:of|from|starting|beginning)\s+{DATE}(?:\s*(?:-|–|to)\s*\d{{1,2}})?"),
    ("month_to", rf"\b(?:in |during |over )?(?:the )?(?:month|period) (?:to|through|ending|ended)\s+{DATE}"),
    # "the first half of the current fiscal year", "the second half of fiscal 2023", "the fiscal first half": Japan's
    # fiscal year's halves (April-September, October-March)
    # ("1st half of FY 2019": a headline's, without "the")
    ("fiscal_half", rf"\b(?:in |during |for |over )?(?:the )?(?P<h>first|second|1st|2nd|latter) half of (?:the\s+|its\s+|their\s+|Japan's\s+)?"
                    rf"(?:(?P<rel>current|this|last|previous|prior)\s+)?(?:fiscal(?:\s+year)?|FY)(?:\s*{YEAR})?|"
                    r"\b(?:in |during |for )?(?:the\s+)?fiscal (?P<h2>first|second) half\b"),
    # ("the latter half of 2008": the second)
    ("half", rf"\b(?:in |during |for |over )?the (?P<h>first|second|1st|2nd|latter) half(?: of)?(?:\s+(?:{YEAR}|the year|this year|"
             rf"last year))?"),
    ("first_months", rf"\b(?:in |during |over )?the (?P<which>first|last) (?P<k>two|three|four|five|six|seven|eight|nine|ten|"
                     rf"eleven|\d{{1,2}}) (?P<unit>months|quarters) of (?:{YEAR}|the year|this year|last year)"),
    # "during the first four days of November", "the last three days of March 2011": calendar days of a month
    ("edge_days", rf"\b(?:in |during |over )?the (?P<which>first|last|final|opening|closing) (?P<k>two|three|four|five|six|"
                  rf"seven|eight|nine|ten|\d{{1,2}}) (?:calendar )?days of {MON_Y}"),
    ("edge_week", rf"\b(?:in |during )?the (?P<which>last|final|first|opening|second|third|fourth) week of (?:(?P<m>{MONTH_RE})(?:,?\s+"
                  rf"(?P<my>(?:19|20)\d{{2}}))?|(?P<y>(?:19|20)\d{{2}})|(?P<yrel>last|this) year)"),
    ("n_weeks", rf"\b(?:in |during |over |across )?(?:the )?(?P<which>first|last|final|past|previous|opening|closing)?\s*"
                rf"{NUM}\s+weeks\s+(?:of|in)\s+(?:end-)?{MON_Y}"),
    ("next_week", r"\b(?:in )?(?:the )?(?:following|next|subsequent)\s+(?:seven days|week)|\ba week later\b"),
    ("prev_week", r"前週|前の週(?!\s*[(（]\s*\d)|\b(?:in )?(?:the )?(?:previous|prior|preceding)\s+week|\b(?:a|one) week (?:earlier|before|ago)\b|"
                  r"\bthe week before\b"),
    ("prev_n", r"\b(?:in |over |during )?the (?:previous|prior|preceding) (?P<k>\d{1,2}|two|three|four|five|six|"
               r"seven|eight|nine|ten|eleven|twelve) (?P<unit>months|weeks)\b"),
    ("last_week", r"\blast week\b"),
    ("the_week", r"\b(?:during|in|for|over|that|this same) (?:the |that |this )?(?P<unit>week|month)\b(?!\s*(?:ending|ended|to\b|"
                 r"through|of|from|starting|beginning|before|after|earlier|later|-))"),
    ("this_week", r"\bthis week\b"),
    ("same", r"\b(?:in |during |over )?the same (?:week|month|period|quarter|year)\b(?!,?\s+(?:a year |one year )?"
             r"(?:earlier|before|ago|last year|of last year|of the previous year|the previous year|a year (?:earlier|ago)))"
             r"|(?<![年期])同(?:月|週)(?![比内中])(?:末)?"),  # "同月に": the month named before (not 前年同月, 同月比)
    ("that_day", r"\b(?:on )?(?:that|this|the same) (?:very )?day\b|この日|同日|当日"),  # この日の介入額: the day named before
    ("latest", r"\b(?:today|now|currently|at present|these days|as of now|presently|the latest|most recent|"
               r"latest)\b"),
    ("days_and", rf"\b(?:on\s+)?"
                 # "on April 30, May 4 and May 6": a list of days before the last two (the first begins the span)
                 rf"(?:(?P<mon0>{MONTH_RE})\s+(?P<day0>\d{{1,2}})(?:st|nd|rd|th)?,\s+(?:(?:{MONTH_RE})\s+\d{{1,2}}(?:st|nd|rd|th)?,\s+)*)?"
                 rf"(?P<mon>{MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:and|&|-|–)\s*"
                 # "on April 29 and May 1": two days in two months (the days between them count for a sum)
                 rf"(?:(?P<mon3>{MONTH_RE})\.?\s+)?(?P<day3>\d{{1,2}})(?!\d|\.\d|,\d)(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?"),
    # "between September 2008 and September 2010", "from March 2023 to June 2024": a span of months over years
    ("months_and", rf"(?:(?<=\bbetween )|(?<=\bfrom ))(?P<m>{MONTH_RE})\s+(?P<my1>(?:19|20)\d{{2}})\s*(?:and|to|through|-|–)\s*"
                   rf"(?P<m2>{MONTH_RE})\s+(?P<my>(?:19|20)\d{{2}})\b"),
    # "the April-September half of fiscal 2024", "the October-to-March period of fiscal year 2023", "the January-June
    # period of 2024": the months of the year named after them (one span, not the months and then the whole year)
    ("months_and", rf"\b(?:in\s+|during\s+|over\s+|for\s+)?(?:the\s+)?(?P<m>{MONTH_RE})\s*(?:[-–](?:to|through)[-–]|-|–|"
                   rf"\s+(?:to|through)\s+)\s*(?P<m2>{MONTH_RE})\s+(?:half|period|months|quarter|term)\s+of\s+(?:the\s+)?"
                   rf"(?P<fy>fiscal\s+(?:year\s+)?|financial\s+year\s+)?(?P<my>(?:19|20)\d{{2}})\b"),
    # ("the April-to-September period": the hyphens of a compound adjective)
    ("months_and", rf"\b(?:in\s+|during\s+|over\s+)?(?P<m>{MONTH_RE})\s*(?:[-–](?:to|through)[-–]|and|&|-|–|to|through)\s*"
                   rf"(?P<m2>{MONTH_RE})"
                   rf"(?:,?\s+(?P<my>(?:19|20)\d{{2}}))?"),
    # (not a count of days something happened on: "interventions ... on five days in the final quarter of 2011")
    ("n_periods", r"\b(?<!\bon )(?:in |over |during |across |for )?(?:the )?(?P<which>past |last |latest |previous |prior )?"
                  r"(?P<k>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
                  rf"(?P<unit>weeks|days|trading days|sessions)\b(?!\s+(?:to|ending|ended|through|earlier|before|ago|later|"
                  rf"in (?:a row|succession|(?:{MONTH_RE})|(?:19|20)\d\d))\b)"),
    ("n_months", rf"\b(?:over|across|during|in) the (?P<k>\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                 rf"twelve) months\b(?!\s+(?:to|ending|ended|through|until)\s+(?:end-|the end|{MONTH_RE}|\d))"),
    ("nth_day", r"\bon the (?P<day>\d{1,2})(?:st|nd|rd|th)\b"),
    # "from end-of-day Wednesday March 5 to Wednesday March 12": a weekday (or the day's close) may precede each day
    # ("between April 26 and Wednesday": to the latest such weekday by the publication date)
    ("between", rf"\b(?:between|from)\s+{_EOD}{DATE}\s+(?:and|to|through|until)\s+(?:{_EOD}"
                rf"(?P<mon3>{MONTH_RE})?\s*(?P<day3>\d{{1,2}})(?!\d)(?:,?\s+(?P<year3>(?:19|20)\d{{2}}))?|(?:last\s+)?"
                rf"(?P<wd3>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"),
    ("between_dmy", rf"\b(?:(?:from|between|of)\s+)?{_DAY_DMY}\s*(?:to|and|until|through|-|–)\s*(?P<day3>\d{{1,2}})"
                    rf"(?:st|nd|rd|th)?\s+(?P<mon3>{MONTH_RE})(?:,?\s+(?P<year3>(?:19|20)\d{{2}}))?"),
    # "in the final quarter of 2011": the fourth (not "the final quarter-point hike", nor a year's final quarter
    # named without its year: a story's "final quarter" may be the fiscal year's)
    ("quarter", rf"\b(?:in |during |for )?(?:the )?(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter"
                rf"(?: of)?(?:\s+{YEAR})?|(?P<qf>final) quarter of\s+{YEAR.replace('(?P<y>', '(?P<yf>')})|\b(?:in |during |for )?Q(?P<qn>[1-4])\b(?:\s*(?P<y2>(?:19|20)\d{{2}}))?"),
    # ("in fiscal 2013 through March 31 this year": the fiscal year, its end named after it)
    ("fiscal", rf"\b(?:in |during |for )?(?:the )?fiscal(?: year)?\s+(?:to March\s+)?{YEAR}(?:,?\s+(?:through|to|ending|ended)\s+"
               rf"March(?:\s+31\b)?(?!,?\s*\d)(?:,?\s+(?:this|last)\s+year\b)?)?|\bFY\s?(?P<y2>(?:19|20)\d{{2}})|"
               r"\b(?:in |during |for )?(?:the )?(?P<y3>(?:19|20)\d{2})\s+fiscal\s+year\b"),  # ("the 2023 fiscal year")
    ("since", rf"\bsince\s+(?:the (?:start|beginning|end) of\s+)?(?:(?P<sm>{MONTH_RE}),?\s+)?(?P<sy>(?:19|20)\d{{2}})|"
              # "since the end of last year": from the December before the publication's year
              rf"\bsince\s+(?:the\s+)?end\s+of\s+(?P<syrel>last|the previous|the prior)\s+year\b|"
              # "since April last year": that month of the year before the publication's (not "since last April",
              # which may be this year's April)
              rf"\bsince\s+(?P<sm3>{MONTH_RE})\s+(?:of\s+)?(?:last|the previous|the prior)\s+year\b|"
              rf"\bsince\s+(?P<sm2>{MONTH_RE})(?!,?\s+\d)\b|"
              # "since last August" in April: the August before (not "since last February" in April: this year's or
              # last year's, ``Resolver._since``)
              rf"\bsince\s+last\s+(?P<sm4>{MONTH_RE})\b|"
              # "9月からの累計で", "2024年4月以降の合計", "9月からの介入の累計額": from that month to the latest (a total,
              # not a base)
              r"(?:(?P<jsy>(?:19|20)\d{2})年|(?<![\d年]))(?P<jsm>\d{1,2})月(?:から|以降)の(?=(?:[^\d、。]{1,8}?の)?(?:累計|合計|総額|累積))"),
    # "2025年1月以降、保有が10%減少": from that month to the latest (not "2010年6月以来の最低", "4月以来初めて": a look-back)
    # (the month alone is the phrase: what follows 以降 / 以来 is read by the rank and state grammars too)
    ("jp_since", r"(?:(?P<jsy>(?:19|20)\d{2}|(?<![\d.])\d{2})年)?(?<!\d)(?P<jsm>\d{1,2})月(?=(?:末)?(?:以降|以来)"
                 r"(?!の?(?:最|高|低|初|安|大|小|水準)|初めて|ぶり))"),
    # "from $1.1662 trillion at the start of the year", "at the beginning of 2012": January's level, or the December
    # before (reporters mean both; the judgement names the one it read); not a span's start ("from the start of the
    # year through June", "to the end of June": the year to date), though a level's move may follow ("to $1.2 trillion")
    ("year_start", r"\b(?:at|from|by|as of|in)\s+the\s+(?:start|beginning)\s+of\s+(?:(?:the|this)\s+year|"
                   r"(?P<ysy>(?:19|20)\d{2}))\b(?!\s*,?\s*(?:through|thru|till|until|up\s+to|to)\s+(?!(?:US)?\$|¥|€|"
                   r"(?:about|around|nearly|some|roughly|a\s+record)\b|\d))"),
    # "they remained net sellers for the year at 2.415 trillion yen": for the year so far (not "forecasts for the year")
    # "since the start of last year", "since the beginning of 2025": an earlier year's start to the publication date
    ("ytd_of_year", r"\bsince the (?:start|beginning) of (?:(?P<yrel>last) year|(?P<yy>(?:19|20)\d{2}))\b"),
    ("ytd", r"\b(?:so far this year|this year so far|year[- ]to[- ]date|since the (?:start|beginning) of (?:this|the|the current) year|"
            r"in the year so far|(?<!forecasts )(?<!forecast )(?<!outlook )(?<!target )(?<!targets )for the year"
            r"(?: so far| to date)?(?= at\b| with\b| of\b|,|\.|;|$))\b"),
    # "so far this month" in a weekly story: the weeks of the month published to date (the month's own figure is
    # not out yet); "今月に入って", "月初から"
    ("mtd", r"\b(?:so far this month|this month so far|month[- ]to[- ]date|since the start of (?:this|the) month|"
            r"in the month so far)\b|今月に入って(?:から)?|月初(?:から|来|以降)"),
    ("months_to", rf"\b(?:(?:in |over |during )?the\s+(?:just\s+|only\s+)?|(?:in|over|during|within)\s+(?:just\s+|only\s+)?)(?P<k>\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                  rf"twelve)\s+months\s+(?:to|through|ending|ended)\s+"
                  rf"(?:end-)?{MON_Y}|\b(?:in |over )?the (?:fiscal )?year (?:that\s+)?(?:to|through|until|till|ended|ending|ends)\s+"
                  rf"(?:in\s+)?(?:end-|the\s+end\s+of\s+)?(?P<m2>{MONTH_RE})(?:\s+\d{{1,2}}(?!\d))?(?:,?\s+(?P<my2>(?:19|20)\d{{2}}))?"),
    ("past_months", r"\b(?:in |over |during )?the (?:past|last) (?P<k>\d{1,2}|twelve|eleven|ten|nine|eight|seven|six|five|four|"
                    r"three|two) months\b|"
                    r"\b(?:in |over |during )?the (?:past|last) (?:year|month)\b|"
                    # "over the past two years": 24 months
                    r"\b(?:in |over |during )?the (?:past|last) (?P<yk>[2-5]|two|three|four|five) years\b|"
                    # "a 24% drop in two months": a move's span (only right after the move's noun)
                    r"(?:(?<=drop )|(?<=fall )|(?<=rise )|(?<=gain )|(?<=jump )|(?<=slide )|(?<=plunge )|(?<=surge )|(?<=climb )|(?<=decline )|(?<=increase )|(?<=decrease )|(?<=reduction ))"
                    r"(?:in|over|within) (?:just |only )?(?P<nk>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months\b|"
                    # "reduced by more than 40 percent in one year", "a decrease of $103.4 billion in just 12 months":
                    # the span of the move its figure measures (only right after the figure: "the most in a year", "the
                    # lowest in 12 months" are look-backs)
                    r"(?:(?<=percent )|(?<=% )|(?<=billion )|(?<=trillion )|(?<=million )|(?<=bn )|(?<=yen )|(?<=dollars ))"
                    r"(?:in|over|within) (?:just |only )?(?:(?P<fk>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    r"\d{1,2}) months|(?P<fy>(?:one|a|1) year))\b(?!\s+(?:to|ending|ended|through|earlier|before|ago|later|in a row|"
                    r"starting|beginning|from|since|after|following)\b)|"
                    # "1年間で43%減らした", "この1年で", "年間で59億ドルの減少": the year to the latest data (a figure right after)
                    r"(?P<jfy>(?:この|ここ)?(?<![\d.過去年度月昨今])(?:1|一)年(?:間)?で(?=\s*(?:約|およそ)?[\d.]+)|(?<![\d年過去])年間で(?=\s*(?:約|およそ)?[\d.]+))"),
    ("this_quarter", r"\b(?:so far )?(?:in )?(?:this|the current) quarter(?: so far| to date)?\b|\bquarter[- ]to[- ]date\b"),
    ("prev_quarter", r"\b(?:in |during |over )?(?:the )?(?:last|previous|prior|preceding) quarter\b(?!\s+of\b)|"
                     r"\b(?:a|one) quarter (?:earlier|before|ago)\b|\bquarter-(?:on|over)-quarter\b"),
    # "前回値" (Japanese; Chinese 前值, as ``check.chinese`` reads it)
    ("prev_figure", r"\b(?:from |after |than )?the (?:previous|prior|preceding) (?:figure|reading|release|print|number|data)\b|"
                    r"前回値"),
    ("last_month", r"\blast month\b"),
    ("this_month", r"\bthis month\b"),
    # "three months earlier", "two weeks ago", "six months before,": from the period named before, else the latest
    ("n_earlier", r"\b(?P<k>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (?P<unit>months|weeks|years) "
                  r"(?:earlier|ago|before(?=\s*[,.;:)]|\s*$))|"
                  # "2カ月前", "3週間前", "1年前", "2年前": the same in Japanese
                  r"(?<![\d.])(?P<jk>\d{1,2})\s*(?P<junit>[カヶかケヵ]月|週間?)前(?![年月週])|(?<![\d.])(?P<jy>\d{1,2}|[一二三四五])年前(?![年月週半])|"
                  # "前週は…、前々週は…": the week (month) before last
                  r"前々(?P<jpp>週|月)(?![末比])"),
    # "another ¥3.87 trillion two days later": after the period named before
    # "a day later", "one month later": the same with one (singular) unit
    ("n_later", r"\b(?:(?P<k>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (?P<unit>days|weeks|months)|"
                r"(?P<k1>an?|one|1) (?P<unit1>day|week|month)) (?:later|afterwards|after(?=\s*[,.;:)]|\s*$))|"
                # "hiked the holding to 157.4 billion dollars the next month", "翌月には": the month after the one named
                # before (not "next month" alone: a month after the publication's)
                # "The month after, ...": the same, as "a month after," is (not "the month after the election")
                r"\b(?:in\s+|during\s+)?the\s+(?:(?:next|following|subsequent)\s+(?P<unit2>month)\b|"
                r"(?P<unit2b>month)\s+after(?=\s*[,.;:)]|\s*$))|(?P<junit2>翌月)(?![比末])"),
    ("month_earlier", r"\b(?:a|one) month (?:earlier|before|ago)\b|\bthe (?:previous|prior|preceding) month\b|"
                      r"\bthe month before\b|\bmonth[- ](?:on|over)[- ]month\b|前月"),  # 前月: the story's month's previous
    ("year_earlier", r"\b(?:a|one) year (?:earlier|before|ago)\b|\bthe same (?:month|period|week|quarter),? (?:a year |one year )?"
                     r"(?:earlier|before|ago|last year|of last year|of the previous year|the previous year|a year ago)\b|\byear[- ](?:on|over)[- ]year\b|"
                     # "compared to the year-ago period", "the year-ago level"; "昨年同時期", "去年同期" as 前年同期
                     # "from the year-before deficit of ¥180.3 billion", "the year-earlier surplus"
                     r"\bthe year[- ](?:ago|before|earlier) (?:period|month|level|quarter|figure|week|total|reading|"
                     r"deficit|surplus|balance)\b|"
                     r"(?:前年|昨年|去年)同(?:時期|期|月)(?!比)|"
                     # "去年の同じ時期に比べて", "前の年の同じ月より": the same period a year before
                     r"(?:前年|昨年|去年|前の年)の同じ(?:時期|月|期間|四半期)|"
                     # "2025年の経常黒字は…で、前年の29兆2774億円から拡大": a base a year before the period named
                     r"(?:前年|前の年)(?=の(?:約|ほぼ)?\s*[\d,.]+(?:兆[\d,.]*)?億?(?:円|ドル)(?:の(?:黒字|赤字))?から)"),
    # "in March last year", "March of this year", "in December of the previous year": that month of the year named
    # relative to the publication's (not March of the publication's year and a separate "last year")
    ("month_rel_year", rf"\b(?:(?:in |during |for |at the end of |as of |by |end-|from |of )(?P<m>{MONTH_RE})|"
                       rf"(?!may\b)(?P<m2>{MONTH_RE}))\s+(?:(?:level|figure|total|reading)\s+)?(?:of\s+)?"  # not the verb:
                       # "holdings may last year have"; "the October level of the previous year": that October
                       r"(?P<rel>last|this|next|the previous|the prior|the preceding)\s+year\b"),
    # "昨年の買い越し額", "昨年1年間": the year before the publication's (not 昨年11月, 昨年末, 昨年度, 昨年同期, 昨年比)
    ("last_year", r"(?<!end of )\blast year\b|(?<!一)(?:昨年|去年)(?:1年間|通年|全体)?(?![\d末度同比来初]|に比|と比|以|の\d{1,2}月|の?[前後]半|の?(?:上|下)(?:半)?期|の年初)"),
    # "今年の累計": this year to the publication date (not 今年に入って, 今年3月, 今年上半期, 今年度)
    ("this_year", r"\bthis year\b|(?:今年|本年)(?![\d末度同比来初]|に入|の?(?:上|下)(?:半)?期|の?[前後]半|の?第|以|の\d{1,2}月)"),
    ("year_end", rf"\b(?:at the end of|at end-|end-|by the end of|as of the end of)\s*{YEAR}\b|\b(?P<y2>(?:19|20)\d{{2}}) year-end\b|"
                 rf"\bat (?:the )?(?:end of|close of) (?:last )?year\b|"
                 # "down $48.9 billion from the end of 2023", "compared with the end of last year": December's level
                 # (not "in the year to the end of 2023": that year)
                 rf"(?<!to )(?<!through )(?<!until )(?<!ending )(?<!ended )"
                 rf"\b(?:from\s+)?the\s+end\s+of\s+(?:(?P<y3>(?:19|20)\d{{2}})|last\s+year)\b"),
    # "昨年11月~今年3月", "2010年11月から2011年3月まで": a span of months, each end with its own year
    # (no year: "4月から6月の間", "1月から3月にかけて", with the word that closes the span, else "3月から" is a base)
    # ("前年11月から今年の3月にかけて": の after a year's word)
    ("jp_month_span", r"(?:(?P<y0>(?:19|20)\d{2})年|(?P<yr0>昨年|前年|一昨年|今年|本年)の?|"
                      r"(?<![年\d])(?=\d{1,2}月\s*から\s*\d{1,2}月(?:まで|にかけて|の間)))(?P<m0>\d{1,2})月\s*(?:[～〜~\-－―]|から)\s*"
                      r"(?:(?P<y1>(?:19|20)\d{2})年|(?P<yr1>昨年|前年|今年|本年)の?)?(?P<m1>\d{1,2})月(?:まで)?"),
    # "令和4年9~10月": an era year (令和, 平成) names the span's year too
    # "2016年(1~12月)": the year, its months glossed in brackets
    ("jp_months", r"(?:(?:(?P<era>令和|平成)\s*(?P<ey>元|\d{1,2})|(?P<y>(?:19|20)\d{2})|(?<![\d.])(?<!令和)(?<!平成)(?P<y2d>\d{2}))年(?P<fy>度)?[(（]?)?"
                  r"(?P<m0>\d{1,2})(?:月)?[～〜~\-－―](?P<m1>\d{1,2})月(?!\d{1,2}日)(?:期)?"),
    # "4月と5月": two months in a row, one span (shared out one to each figure by "それぞれ"); "3、4月", "3・4月": the
    # same with the first month's 月 left out
    ("jp_months_and", r"(?:(?P<y>(?:19|20)\d{2})年|(?P<yr>昨年|前年|今年|本年|去年)の?)?(?P<m0>\d{1,2})月(?:と|および|及び)"
                      r"(?P<m1>\d{1,2})月(?!\d{1,2}日)|"
                      r"(?:(?P<ya>(?:19|20)\d{2})年)?(?<![\d.,、・])(?P<ma>\d{1,2})[、・](?P<mb>\d{1,2})月(?!\d{1,2}日)"),
    # "4月までの2カ月で", "4月までの1年間": the months to the one named, as "the two months to April"
    ("jp_months_to", r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<m>\d{1,2})月(?:末)?まで(?:の)?(?:(?P<k>\d{1,2})\s*[カヶかケヵ]月間?|"
                     r"(?:1|一)年間?)"),
    # "直近半年": six months
    # "2か月で24%の減少": a bare count of months with で and a figure is the span too (not "3か月で最大": a look-back's;
    # nor "2カ月間で合計9兆円": the months named before it, summed)
    ("jp_recent", r"(?:直近|過去|この|最近の|(?<![\d.,年月日第])(?=\d{1,2}(?:カ月|ヶ月|か月)で\s*(?:約|およそ)?[\d.,]+))"
                  r"(?:(?P<k>\d{1,2})(?P<u>週間|週|カ月|ヶ月|か月|年)|(?P<half>半年))"),
    ("jp_quarter", r"(?:(?P<y>(?:19|20)\d{2})年(?P<fy>度)?)?第(?P<q>[1-4])四半期"),
    # "3月第1週(2～8日)": the days in brackets say which week (MoF's and the exchange's weeks differ from "第1週")
    ("ja_week_days", r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<jm>\d{1,2})月の?第[1-5]週\s*[(（](?:\d{1,2}月)?(?P<jd0>\d{1,2})日?[～〜~\-－]"
                     r"(?:(?P<jm2>\d{1,2})月)?(?P<jd>\d{1,2})日[)）]"),
    ("jp_nth_week", r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<m1>\d{1,2})月の?第(?P<n>[1-5])週"),
    # "昨年の年初からの累計", "2024年の年初来": since the start of an earlier year
    # ("昨年初めから", "2025年の初め以降": the same, its start said 初め)
    ("jp_ytd", r"(?:(?P<yrel>昨年|前年|去年)の?|(?P<yy>(?:19|20)\d{2})年の?)?(?:年初来|年初から|年初以降|(?:(?<=年)|(?<=年の))"
               r"(?:初め|始め)(?:から|以降))|今年に入って(?:から)?|"
               r"本年に入って(?:から)?"),
    # "2019年度上半期", "24年上期", "今年度上半期", "前年度下期", "昨年上半期", a bare "上半期" (``halves``)
    ("jp_half", r"(?:(?:(?P<y>(?:19|20)\d{2})|(?<![\d.])(?P<y2d>\d{2}|(?<=令和|平成|昭和)(?:\d|元))|(?P<frel>今|本|一昨|昨|前|去))年(?P<fy>度)?の?)?"
                r"(?P<h>上半期|上期|下半期|下期)|"
                # "今年前半だけで", "昨年の後半": the calendar year's first (second) half
                # ("2023年前半", "23年の後半": a named year's)
                r"(?:(?P<hrel>今年|本年|昨年|去年)|(?P<hy>(?:19|20)\d{2})年|(?<![\d.])(?<!平成)(?<!令和)(?P<hy2>\d{2})年)の?"
                r"(?P<h2>前半|後半)(?!戦)"),
    # "2024年度", "24年度", "今年度", "昨年度": Japan's fiscal year, April to March
    ("ja_fiscal", r"(?:(?P<y>(?:19|20)\d{2})|(?<![\d.])(?P<y2d>\d{2}|(?<=令和|平成|昭和)(?:\d|元))|(?P<rel>今|本|昨|前|一昨))年度(?!初|に入|末|上|下|第)"),
    # "3月最終週", "4月第2週" is jp_nth_week: the last MoF week ending in the month
    ("ja_last_week_of", r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<jm>\d{1,2})月の?最終週"),
    ("ja_week", r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<jm>\d{1,2})月(?P<jd>\d{1,2})日(?:まで|終了|締め)の(?:1)?週"),
    # "27日までの1週間", "23日終了の週": the week ending that day of the publication's month (of the month before if still
    # to come), as "22日" alone is (ja_mday)
    ("ja_mday_week", r"(?<![\d月年/.])(?P<jd>\d{1,2})日(?:まで|終了|締め)の(?:1|一)?週"),
    # "5月11日の週", "5月11日からの週", "5月11日週": the MoF week (Sunday..Saturday) holding that day (a blog names a
    # week by its first day; "までの週" above is the week ending the day)
    ("ja_week_of", r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<jm>\d{1,2})月(?P<jd>\d{1,2})日(?:から(?:始まる|の)|開始の|の|)週(?!間|連続|ぶり|末|明け|初め|始め|前半|後半)"),
    # ("2015年12月27日から2016年1月2日まで": the end's own year)
    ("ja_days", r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<jm0>\d{1,2})月(?P<jd0>\d{1,2})(?:日(?:[～〜~\-－]|から)|[～〜~\-－](?=(?:\d{1,2}月)?\d{1,2}日))(?:(?P<y1>(?:19|20)\d{2})年(?=\d{1,2}月))?(?:(?P<jm>\d{1,2})月)?"
                r"(?P<jd>\d{1,2})日(?:まで(?:の間)?|にかけて)?"),
    # "4月末から5月末にかけて": from the last week of one month to the end of another
    ("ja_month_ends", r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<jm0>\d{1,2})月末から(?P<jm>\d{1,2})月末(?:まで(?:の間)?|にかけて)?"),
    # "今年度に入ってからの介入額": the Japanese fiscal year (from April) to the publication date
    # "24年度に入ってからの介入総額", "2024年度に入って": a named fiscal year, from its April to the publication date
    ("ja_fytd", r"(?:今年度|本年度|(?:(?P<fy4>(?:19|20)\d{2})|(?<![\d.])(?P<fy2>\d{2}))年度)(?:に入って(?:から)?|初めから|初から)|"
                r"年度初めから|年度初来"),
    # "11月20日時点で": as of that day, i.e. the latest data published by then (not the week or month of the day)
    ("ja_asof", r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<jm>\d{1,2})月(?P<jd>\d{1,2})日時点"),
    ("ja_day", r"(?:(?P<y>(?:19|20)\d{2})年|(?<![\d.])(?P<y2d>\d{2}|(?<=令和|平成|昭和)(?:\d|元))年)?(?P<jm>\d{1,2})月(?P<jd>\d{1,2})日"),  # "09年4月18日"
    # "利回りは22日、1.0%に上昇": a day alone is a day of the publication's month (of the month before if later); not
    # "1日当たり" (per day), "1日平均" (a daily average)
    # (not a dateline's: "[ニューヨーク 16日 ロイター]", "【ワシントン=共同】17日"; not a count of days after a dated day:
    # "4月29日の1日で5兆9185億円", "29日の1日だけで")
    # (nor "1日で5兆円": in one day, the single-day intervention's words; nor "1日の金額としては過去最大": one day's)
    ("ja_mday", r"(?<![\d月年/.])(?<![\[【(（]\s)(?<!\d日の)(?!1日(?:だけ)?で(?!は)|1日(?:の(?:金額|額|規模))?としては)(?P<jd>\d{1,2})日(?!間|連続|(?:ぶり|振り(?![込替向分返出回]))|以来|以降|時点|付|まで|から|の週|締め|終了|当たり|あたり|平均|"
                r"[~～〜\-－]|\s*(?:ロイター|ブルームバーグ|時事|共同|日経|AFP|Bloomberg|Reuters|NNA|\]|】|[)）]\s*[-－―]))"),
    # "in the week to Friday", "the week ended Friday": the week to the latest such day
    ("week_to_weekday", rf"\b(?:in |during |for |over )?(?:the )?week (?:ending|ended|to|through|that ended|up to|until)"
                        rf"(?: on)?\s+(?:last\s+)?{_WD}\b"),
    ("ja_month", r"(?:(?P<y>(?:19|20)\d{2})年|(?<![\d.])(?P<y2d>\d{2}|(?<=令和|平成|昭和)(?:\d|元))年(?=\d{1,2}月)|(?P<rel>昨年|前年|今年|本年|去年)の?)?(?P<jm>\d{1,2})月(?!\d*日|期)"),
    # (not "3年3月期決算", "2021年3月期": a company's business year ending in that month, no month of a figure)
    ("ja_last_month", r"先[々]?月"),  # 先々月: the month before last
    # "きょうは1ドル=147円台", "現在は153円前後": the publication day (not "2月末現在", "as of the end of February")
    # "足元で156円台", "直近で2.89%": where the market stands now (not "直近3週間", a look-back; not "直近の高値")
    ("ja_today", r"(?:きょう|今日|本日|(?<![\d日月末年時点])現在)(?=は|の|も|、)|足元(?=で|は|の|も|、)|直近(?=で|は|、)"),
    ("ja_last_week", r"先[々]?週"),  # 前週: the week before the story's week (prev_week)
    # "2000年末", "09年末には", "昨年末から": the year's end, its December (a two-digit year only before 末)
    ("ja_year_end", r"(?:(?:(?P<y>(?:19|20)\d{2})|(?<![\d.])(?P<y2d>\d{2}|(?<=令和|平成|昭和)(?:\d|元)))年|(?P<yrel>昨年|前年|去年|一昨年))末"),
    # "04年の6,994億ドル": a two-digit year with its leading zero (never a count of years) is of this century
    # "平成26年中", "令和2年の": an era's year (``ja_eras``)
    # ("2020年1年間の経常収支": the year, said to be a whole one)
    ("ja_year", r"(?P<y>(?:19|20)\d{2})年(?!度|(?!1年間)\d|間|代|(?:ぶり|振り(?![込替向分返出回]))|連続|以上|近く)|"
                r"(?<=令和|平成|昭和)(?P<ye>\d{1,2}|元)年(?!度|\d|間|代|(?:ぶり|振り(?![込替向分返出回]))|連続|以上|近く)|(?<![\d.])(?P<y0>0\d)年(?!度|\d|間|(?:ぶり|振り(?![込替向分返出回]))|連続)|"
                # "22年通年", "16年の1年間": a two-digit year said to be a whole year (not "22年ぶり", "10年間")
                r"(?<![\d.])(?<!平成)(?<!令和)(?<!昭和)(?P<y0w>[1-9]\d)年(?=通年|(?:の)?1年間|(?:の)?年間(?:で|を通じ))|"
                # "15年は6288億円の赤字だった", "前年の13年の3兆2343億円", "11年(46.6%減)を上回り": a two-digit year of this
                # century as a topic or a figure's (not "過去15年の", "約10年に", "15年ぶり", "10年間", "3年連続", nor a rank's "15年に次いで")
                r"(?<![\d.])(?<!平成)(?<!令和)(?<!昭和)(?<!過去)(?<!約)(?<!ここ)(?<!この)(?<!最近)(?<!直近)(?P<y0t>[1-2]\d)年"
                r"(?=は|の(?!間|うち|歴史)\s*\d|に(?!わた|一度|1度|次)|[(（]\s*(?:約)?\d)"),
    ("day", rf"\b(?:on|as of|at the close (?:of|on))?\s*(?:{_WD},?\s+)?{DATE}"),
    ("weekday", rf"\b(?:(?:on|last)\s+|(?=[A-Za-z]+day\s+(?:morning|afternoon|evening|night)\b)){_WD}\b|\byesterday\b"),
    # "the May level": May after "the" and before a noun of a figure is the month, never the verb
    ("month", rf"\b(?:in |during |for |at the end of |as of |by |at end-|end-|from |of |"
              rf"the (?=May\s+(?:level|figure|total|reading|data)\b))?{MON_Y}\b"),
    ("year", rf"\b(?:in |during |for |at the end of |by |of |as of )?(?:calendar )?{YEAR}\b(?!-\d)"),
]]

# when the data came out, not what they are about: "data showed on Thursday", "released last week", "data released by
# the U.S. Treasury Department on Wednesday showed" (an abbreviation's dot does not end the phrase)
_WHEN = (r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last week|last month|"
         r"this week|earlier this week|earlier|the [1-3]?\d(?:st|nd|rd|th))")
#: "17日発表した"; "…を実施したことが7日、財務省の発表で判明した", "…ことが7日、明らかになった": the day the news came out;
#: "財務省は9日、1月の国際収支速報を発表しました": the day the data came out (not "22日、為替介入を実施したと発表": the
#: day of what was announced); the words between name who told it, an institution ("7日、財務省の発表", "7日に政府が公表";
#: not "4月29日の円買い介入の規模が公表され", the intervention's day); "…ことが31日、分かった"
JA_RELEASE_RX = re.compile(r"(?P<when>(?:\d{1,2}月)?\d{1,2}日)(?:(?:に|の)?(?:(?:、|,)?(?:[^、。\d]{0,8}?(?:省|庁|局|銀|府|行|会|社|所)"
                           r"(?:の|が))?(?:公表|発表|公開|報道|報じ)|、?(?:判明|明らかに|分かっ|わかっ))|(?=[、,][^。]{0,40}?(?:統計|速報|状況|収支|データ)[^。、]{0,6}?"
                           r"(?:公表|発表|公開)))")
RELEASE_RX = re.compile(
    rf"\b(?:showed|shows|show|said|says|released|published|announced|reported|report|data|figures|statistics|"
    rf"disclosed|revealed|stated)\b(?:[^.;]|(?<=\b[A-Z])\.){{0,45}}?\b(?P<when>{_WHEN})\b|"
    rf"\b(?P<when2>{_WHEN})\b,?\s+(?:the\s+)?(?:data|figures|statistics|ministry|Treasury|MoF|MOF)\b[^.;]{{0,20}}?"
    rf"\b(?:showed|said|released|published|announced|reported)\b", re.I)


#: "since tracking began in 2005", "since MOF began compiling the data in 2005", "since the ministry began compiling
#: annual statistics in 1996", "since record keeping began in 1996", "since comparable data became available in fiscal 1985",
#: "since Bloomberg started collecting the data in 2005": when the data begin, never a period
#: of a figure (the rest of the phrase after "since"; "since records began" is the qualifiers' own ``REF``)
DATA_BEGAN = (r"(?:(?:data[- ])?tracking\s+(?:began|started)|(?:comparable\s+)?(?:record[- ]keeping|data|statistics)\s+"
              r"(?:began|started|became\s+available)|(?:the\s+)?(?:[A-Z][\w.]*|ministry|government|agency)"
              r"(?:\s+(?:of\s+)?[A-Z][\w.]*){0,3}\s+(?:first\s+)?(?:began|started)\s+"
              r"(?:compiling|collecting|tracking|keeping|publishing|recording)"
              r"(?:\s+(?:the|such|these|its|their|comparable|annual|weekly|monthly))*\s+(?:data|statistics|records|figures))")
DATA_BEGAN_RX = re.compile(rf"\b(?i:since)\s+{DATA_BEGAN}(?:\s+(?:in|from)\s+(?:fiscal\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d)?")


#: a Japanese superlative after a look-back ("過去13週間で最大", "直近3週で最高", "この4週で最も大きい"): the look-back is the
#: comparison's, not a period of a figure (as "the most in the last three weeks" is)
JA_SUPERLATIVE_AFTER = re.compile(r"(?:間)?\s*(?:で|の中で|のうちで)\s*(?:最大|最高|最小|最低|最多|最少|最も)")

