"""What a claim measures, from its role and the words around it.

Measures (``Claim.measure``):
- ``holdings_level`` / ``holdings_change`` / ``holdings_pct``: TIC holdings of Treasuries by a
  holder (USD), a level ("rose to $X", "from $Y"), a change ("rose $X", "a drop of $X") or a
  percent change ("up 4.2%");
- ``flow``: net purchases (+) or sales (-): MoF for Japanese residents' trades in foreign securities
  (and non-residents' in Japanese ones), TIC for a country's trades in Treasuries;
- ``yield_level`` / ``yield_change``: a government bond yield (percent) or its change (bp);
- ``fx_level``: yen per dollar; ``intervention``: yen spent on FX intervention;
- ``share``: a holder's share of foreign holdings (percent);
- ``rank``: "the largest foreign holder"; ``qualifier``: judged on its host figure;
- ``institution``: a single firm's figure (unverifiable, with the reason).
An empty measure means the figure is not about anything the official data cover (skipped); what they do not cover is
read in ``coverage``. A figure whose own words name no measure may take one from its context (``context_measures``).
"""

from __future__ import annotations

import re

from ustflow.check import lexicon as lx
from ustflow.check.claims import FX_SUBJECT, ITEM_CELL, SINCE_REF, YIELD_SUBJECT, Claim
from ustflow.check.coverage import BOP_WORD, OUT_OF_SCOPE, beyond_data, earlier_print, out_of_scope, out_of_scope_near
from ustflow.check.holdings_terms import part_kind
from ustflow.check.hosts import MOVE_IN_HOLDINGS
from ustflow.check.japanese_chains import JA_CHAIN
from ustflow.check.japanese_lists import JA_HOLDER, JA_LIST
from ustflow.check.japanese_markets import JA_YIELD
from ustflow.check.other_figures import added_to_portfolio, beyond_treasuries
from ustflow.check.rank_assets import rank_beyond
from ustflow.check.roles import TRADE_SIZE
from ustflow.check.roles_ja import JA_TOPIC, ja_country_topic, ja_holdings_text
from ustflow.check.text import spans

_FLOW_PCT = re.compile(r"%\s*(?:(?:week|month)-(?:over|on)-(?:week|month)\s+)?(?:plunge|drop|fall|decline|rise|jump|surge|"
                       r"increase|slump)s?\s+in\s+(?:net\s+)?(?:outbound |inbound |foreign |overseas )?(?:capital\s+)?"
                       r"(?:flows?|investment|purchases|buying|selling|sales|outflows?|inflows?)\b", re.I)
_HOLD = re.compile(rf"(?<!Brothers )(?<!Group )(?<!Financial )\b(?:{lx.HOLDINGS_WORDS})\b(?! (?:Inc|Ltd|Co|Corp|plc)\b)", re.I)
_FLOWV = re.compile(rf"\b(?:{lx.BUY_WORDS}|{lx.SELL_WORDS})\b|買い?越し?|売り?越し?|取得超|処分超", re.I)
#: "long-term interest rates rose to 0.75%" (NHK's English for 長期金利) is a yield as "the 10-year yield" is
_YIELD = re.compile(r"\byield(?:s|ed|ing)?\b|\blong-term (?:interest )?rates?\b|" + JA_YIELD.pattern, re.I)
_FX = re.compile(rf"(?:{lx.FX_WORDS})", re.I)
_INTERV = re.compile(rf"\b(?:{lx.INTERVENTION_WORDS})", re.I)
#: an intervention named in Japanese right around a qualifier: "為替介入は2022年10月以来となる", "約1年半ぶりに円買い介入を実施";
#: the topic may be the intervention's doing ("介入の実施は", "介入に踏み切ったのは", "介入が行われたのは"), and no other topic
#: may come between it and the qualifier (not "介入も辞さない構えだが、円安は1986年12月以来となった": the yen's)
_JA_INTERV_TOPIC = re.compile(r"介入(?:(?:に|を|が)[^。、は]{0,8}?(?:た|る)の|の(?:実施|発動))?(?:は|が|も)[^。は]*$")
_JA_INTERV_NEAR = re.compile(r"(?:に|の)?[^。、]{0,8}介入")
#: the money a figure is, named right after it: "bought a net ¥1.5 trillion of Japanese stocks" (whatever the sentence says
#: of the yen after it, "which supported the value of the yen", the figure is a trade in securities, not an intervention)
_OF_SECURITIES = re.compile(r"\s*(?:worth\s+)?(?:of|in)\s+(?:[\w-]+\s+){0,3}?(?:stocks|shares|equities|bonds|debt|"
                            r"securities|Treasuries|JGBs|notes|bills)\b", re.I)
#: a yen figure said to be an intervention's size in Japanese: "…円の介入", "…円規模の為替介入", "介入額は…"
_JA_INTERV_AFTER = re.compile(r"\s*(?:規模|程度|超)?の(?:為替|円買い|ドル売り|円買い・ドル売り|ドル売り・?円買い)?介入")
#: (or another day's, named between: "4月29日の介入額は2022年10月21日の5兆6202億円を超え")
#: (also MoF's own name, "外国為替平衡操作額(介入額)が", and the amount as the clause's topic with words between:
#: "この日の介入額は1日当たりで過去最大規模となる8兆722億円", "10-12月の介入合計額は9兆916億円")
#: ("介入の総額は", "介入の累計額は": the amount's noun after の)
_JA_INTERV_BEFORE = re.compile(r"(?:介入の?(?:額|金額|規模|総額|合計額|累計額)|平衡操作額)\)?(?:は|が)?\s*(?:(?:(?:19|20)?\d{2}年)?"
                               r"\d{1,2}月(?:\d{1,2}日)?の)?\s*(?:約|およそ)?\s*$|"
                               r"介入の?(?:額|金額|総額|合計額|累計額)(?:は|が)、?[^、。()]{0,24}$")


#: a clause whose subject is said before its verb and the figure: "The bank's latent losses on bond investments,
#: including foreign bonds, totaled some": the subject names what the figure is (group ``subj``)
_TOTALLED_BY = re.compile(r"(?:^|[.;:]\s+)(?P<subj>[^.;:]{3,140}?)\s+(?:totall?ed|amounted to|came to|stood at|were|was)\s+"
                          r"(?:about |some |around |roughly |nearly |almost |an estimated )?$")


#: a figure said of a pronoun ("they", "it") whose only antecedent since the sentence began is an out-of-scope noun
_ABOUT_THAT = re.compile(OUT_OF_SCOPE.pattern + rf"(?:(?!\b(?:{lx.HOLDINGS_WORDS})\b|Treasur)[^;])*?,\s*(?:though|but|while|"
                         r"and|as)\s+(?:they|it)(?:'re|’re|'s|’s|\s+(?:are|were|is|was|have|has|had))\b[^,;$¥\d]*$", re.I)
#: what an investor manages or oversees is its assets, not a trade: "insurers, which manage more than ¥180 trillion"
_MANAGED = re.compile(r"\b(?:manag(?:e|es|ed|ing)|oversee(?:s|ing)?|oversaw|(?:with|has|have|had)\s+(?:assets|funds)\s+of)"
                      r"\s+(?:(?:a\s+total\s+of|combined|collectively|some|about|around|roughly|nearly|more\s+than|over)\s+)*$",
                      re.I)
_SPENT = re.compile(r"\b(?:spen[dt]|spends|spending|used|deployed|expend(?:ed|s|ing)?)\b", re.I)
_SHARE = re.compile(rf"(?:{lx.SHARE_WORDS})|\bshare\b|\baccount(?:ed|s|ing)? for\b|を占め|のシェア", re.I)  # 外国勢全体の15%を占める


def classify(c: Claim) -> str:
    """The measure of ``c`` (module docstring); '' when nothing official covers it."""
    if c.kind == "rank":
        if why := rank_beyond(c):
            c.notes.append("beyond: " + why)
            return "other"
        return "rank"
    if c.kind == "qualifier":
        c.base_measure = c.host.measure if c.host is not None else _standalone_base(c)
        return "qualifier" if c.base_measure else ""
    if c.kind == "direction":
        return "holdings_move" if c.role == "change" else "flow"
    if c.kind == "count":  # "2日連続で為替介入", "three rounds of interventions": operation days (intervention_counts)
        return "intervention_days" if any(n.startswith("intervention_days") for n in c.notes) else "count"
    a = c.amount
    if a is None:
        return ""
    if ITEM_CELL in c.notes:
        # a cell of a table of BoP items: its column (row) named the item; a cell of changes in percent is the item's
        # change from a year before (``item_tables``)
        return "bop_pct" if a.kind == "percent" else "bop"
    s, clause = c.sentence.text, c.clause or c.sentence.text
    interv = bool(spans(_INTERV, s)) and not _OF_SECURITIES.match(s, a.span[1])
    if a.kind == "money" and a.currency in ("JPY", "USD") and interv and \
            (a.currency == "JPY" or spans(_SPENT, s)) and \
            not _HOLD.search(clause):
        return "intervention"  # "the government and the Bank of Japan spent ..." is Japan's intervention
    if c.subject is not None and c.subject.kind == "institution" and a.kind == "money":
        return "institution"
    if a.kind == "ratio":
        return _ratio_measure(c, clause)
    if a.kind == "fx_move":
        return "fx_change"
    if a.kind == "fx":
        return "fx_level" if (_FX.search(s) or re.search(r"\byen\b", s) or "円" in a.text) else ""  # "1ドル=160円"
    if a.kind in ("percent", "bp", "pp"):
        return _percent_measure(c, clause, s)
    if a.currency not in ("USD", "JPY"):
        return ""
    if interv and (a.currency == "JPY" or (spans(_SPENT, s)
                                                      and not _HOLD.search(clause))):
        return "intervention"
    if a.currency == "JPY" and a.number == 0 and (re.search(r"介入|平衡操作", s[:a.span[0]]) or interv):
        return "intervention"  # "外国為替平衡操作額(介入額)がゼロだった"
    if a.currency == "JPY" and (_JA_INTERV_AFTER.match(s, a.span[1]) or _JA_INTERV_BEFORE.search(s[:a.span[0]])):
        return "intervention"  # "5兆5348億円の介入が実施されました", "介入額は15兆円を超えました"
    if c.instrument is not None and c.instrument[0] == "tic_kind":
        return "tic_kind_flow"  # a line of a list of net purchases by kind of security (``tic_lists``)
    if a.parenthetical and c.host is not None:
        if c.host.measure == "holdings_pct" and a.kind == "money":
            return "holdings_change"  # "fallen by 27%, or $283 billion": the same move in dollars
        return c.host.measure
    if c.role == "gap":
        return "holdings_gap" if a.currency == "USD" else ""
    near = c.sentence.text[max(0, a.span[0] - 40):a.span[1] + 40]
    if earlier_print(s, a.span):
        c.notes.append("beyond: an earlier print the article quotes (the figure before a revision), which the store "
                       "does not keep for every release; the current value is the revised one")
        return "other"
    if _MANAGED.search(s[max(0, a.span[0] - 60):a.span[0]]):
        c.notes.append("beyond: the assets an investor manages (the size of its balance sheet), which no official "
                       "series here covers")
        return "other"
    got = added_to_portfolio(c, _money_measure(c, clause))
    why = beyond_data(c, got, clause) or beyond_treasuries(c, got)
    if why:
        c.notes.append("beyond: " + why)
        return "other"
    if out_of_scope_near(s, a.span) and not (got and re.search(rf"\b(?:{lx.HOLDINGS_WORDS})\b|\bTreasur", near, re.I)):
        return "other"
    if (subj := _TOTALLED_BY.search(s[max(0, a.span[0] - 160):a.span[0]])) and out_of_scope(subj.group("subj"), s):
        return "other"  # "The bank's latent losses on bond investments, including foreign bonds, totaled some ¥2.2 trillion"
    if _ABOUT_THAT.search(s[:a.span[0]]):  # "reserves were little changed ..., though they're down from ... $4 trillion"
        return "other"
    return got


#: the clause names trades, whatever its verb ("totaled", "rose to"): "net foreign purchases of", "net buying of",
#: "recorded net foreign capital inflows of"
_TRADE_NOUN = re.compile(r"\bnet\s+(?:foreign\s+|overseas\s+)?(?:purchases|buying|sales|selling|(?:capital\s+)?(?:inflows?|outflows?))\s+"
                         r"(?:of|in|into|from)\b", re.I)
#: a trade noun that rises to trillions ("Net foreign purchases of Treasuries increased $54.2 billion, or 1 percent, to
#: a record $5.264 trillion"): the stock the writer misnames, since no month's trades come to trillions
_STOCK_AS_TRADE = re.compile(r"\bnet\s+(?:foreign\s+|overseas\s+)?(?:purchases|buying|inflows?)\s+(?:of|in|into)\s+[^,;.]{0,40}?"
                             r"\b(?:increased|rose|climbed|grew|gained|jumped|fell|declined|decreased|dropped)\b[^;]{0,80}?"
                             r"\bto\s+(?:a\s+(?:record|new|fresh)\s+(?:high\s+of\s+)?)?(?:US)?\$\s?\d[\d.,]*\s*(?:trillion|tn)\b",
                             re.I)
#: the yen or the dollar moving by a percentage: "the yen weakened 1.2%", "the dollar rose 0.5% against the yen"
_FX_PCT = re.compile(r"\b(?:the\s+)?(?:yen|dollar)\s+(?:has\s+|had\s+)?(?:weakened|strengthened|fell|rose|dropped|"
                     r"slid|gained|lost|climbed|declined|depreciated|appreciated|slumped|jumped|firmed|eased)\b", re.I)
#: a figure a trading verb takes with "a net" ("buying a net ¥530.9 billion", "sold a net $2 billion"): a trade
_NET_TRADE_BEFORE = re.compile(r"\b(?:buying|bought|buys|selling|sold|sells|purchasing|purchased|acquiring|acquired|"
                               r"offloading|offloaded|dumping|dumped|shedding|shed)\s+(?:a\s+)?net\s+(?:of\s+)?(?:about\s+|"
                               r"some\s+|around\s+|roughly\s+)?(?:[¥$]?[\d.,]+\s*(?:billion|trillion|million)?\s*(?:yen)?"
                               r"\s*(?:,\s*(?:and\s+)?|and\s+))*$", re.I)
#: a figure in an aside set off by dashes right after the holdings it tells of: "Japan's holdings — down $47.7 billion
#: in March — remain the largest" (the dash opens a clause of its own, which names no holdings)
_HOLD_DASH_ASIDE = re.compile(rf"\b(?:{lx.HOLDINGS_WORDS})\s+[–—]\s+[^–—.;]{{0,40}}$", re.I)
_JA_PEAK_AFTER = re.compile(r"\s*(?:を|が|で)ピーク")
_JA_HOLD = re.compile(r"保有|残高|所有|預け(?:る|ている|た|られ)|預か(?:り|る|っている|った)|保管")  # "米国債保有額": holdings
# (no word breaks for \b); "連銀に預ける米国債", "FRBが預かる(保管する)外国中銀の米国債": Treasuries held in custody
#: all foreign holders' money in Treasuries as a stock: "the total value of global investments in US Treasury bills
#: and bonds", "外国からの米国債への投資額" (the subject's words, ``subjects.holders``)
_INVESTED = re.compile(r"\binvestments\s+in\b|投資(?:総)?額")


#: a holder's own holdings, its Treasuries left unsaid ("日本の保有額は前月比3.8%減"), as "Japan's holdings fell 3.8%"
_JA_HOLDERS_HOLDINGS = re.compile(rf"(?:{JA_HOLDER})の(?:保有(?:残高|額|高)|残高)")


def _tic_topic_ja(c: Claim) -> bool:
    """"中国の米国債保有額は3月に1%減少した": a holder of TIC's named with its Treasuries in a Japanese sentence, or
    with its holdings alone ("日本の保有額は3月に前月比3.8%減った")."""
    return c.subject is not None and c.subject.kind in ("country", "japan", "foreign_total") and \
        bool(re.search(r"米国債|(?:米国|アメリカ)の?国債|米財務省証券", c.sentence.text) or _JA_HOLDERS_HOLDINGS.search(c.sentence.text))
_FLOW_NOUN = re.compile(r"\b(?:investment|purchases|buying|selling|inflows?|outflows?|flows?|capital flow)\b", re.I)
_BOND_TENOR = re.compile(r"\b(?:\d{1,2}|two|five|ten|twenty|thirty|forty)[- ]year (?:notes?|bonds?|Treasur(?:y|ies)|JGBs?|"
                         r"yields?|bunds?|gilts?|T-notes?)|\bbunds?\b|\bgilts?\b|\bT-notes?\b", re.I)


def _ratio_measure(c: Claim, clause: str) -> str:
    """"Japan's holdings are nearly double China's": a ratio of two holders' holdings when a holder follows the
    multiple and the clause is about holdings; the other holder goes to ``c.other``."""
    from ustflow.check.subjects import find_subjects

    s = c.sentence.text
    tail = s[c.amount.span[1]:c.amount.span[1] + 60]
    who = [m for m in find_subjects(tail) if m.kind in ("country", "japan")]
    if not who or not (_HOLD.search(s) or re.search(r"\bTreasur", s)):
        return ""
    if (_FLOWV.search(clause) or _FLOW_NOUN.search(clause)) and not _HOLD.search(clause):
        return ""  # "China's purchases were twice Japan's": a ratio of trades, which no rule here computes
    if c.subject is not None and (c.subject.kind, c.subject.slug) == (who[0].kind, who[0].slug):
        return ""
    c.other = who[0]
    return "holdings_ratio"


#: "Japan's fell 1.1 percent from January", "China's rose to ...": a holder's possessive with its noun left out, after a
#: sentence about holdings (the noun it leaves out)
_HOLDER_ELLIPSIS = re.compile(r"^\W*(?:(?:[A-Z][\w.]+\s+){0,2}[A-Z][\w.]+(?:'s|’s)(?:,[^,]{0,60},)?\s+(?:own\s+)?|"
                              # "Those of Japan, the U.S.'s second-largest lender, climbed 1.4 percent": theirs
                              r"(?:Those|That) of\s+(?:the\s+)?(?:[A-Z][\w.]+\s+){0,2}?[A-Z][\w.]+(?:,[^,]{0,60},)?\s+)"
                              r"(?:fell|rose|dropped|declined|slipped|slid|climbed|increased|decreased|gained|jumped|grew|"
                              r"edged|eased|dipped|shrank|expanded|advanced|slumped|tumbled|rebounded)\b")


#: a percent that is a return or a currency-hedged figure, not a yield the official curves show: "a negative return
#: of about minus 1.5%", "On a yen-hedged basis, 10-year Treasuries yield 0.4%", "hedging costs of 4.9%"
_RETURN_OR_HEDGED = re.compile(r"\b(?:returns?\s+of|returned)\s+(?:about\s+|"
                               r"around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?(?:minus\s+)?$|"
                               r"\b(?:yen|currency|dollar|FX)[- ]hedged\b|\bhedged (?:basis|terms|return|yield)|"
                               r"\bhedg(?:e|ing)\b[^.;%]{0,40}\bcosts?\b", re.I)


#: the same after the figure: "a 4.5% return", "4.5% total return", "a 1.2% hedged yield"
_RETURN_AFTER = re.compile(r"\s*(?:total\s+|annual(?:ized)?\s+|hedged\s+)?returns?\b|\s*hedged\b", re.I)


def _percent_measure(c: Claim, clause: str, s: str) -> str:
    a = c.amount
    if part_kind(c):  # "long-term bonds worth $100.39 billion, or 87% of the total": the part's share of the whole
        return "share"
    before = s[max(0, a.span[0] - 40):a.span[0]]
    off = out_of_scope(before, s)
    if off and not BOP_WORD.match(off.group(0)) and not re.search(rf"\b(?:{lx.HOLDINGS_WORDS})\b|\bTreasur", before, re.I):
        return "other"  # "South Korea's foreign exchange reserves shrank by 5.3%": the reserves', not its holdings'
    if a.kind == "percent" and (_RETURN_OR_HEDGED.search(s[max(0, a.span[0] - 90):a.span[0]]) or
                                _RETURN_AFTER.match(s, a.span[1])) and \
            not re.search(r"\b(?:compared|versus|vs\.?|while)\b", s[max(0, a.span[0] - 40):a.span[0]], re.I):
        c.notes.append("beyond: a return or a currency-hedged figure (it needs the hedging cost, which the store "
                       "does not hold), not a yield the official curves show")
        return "other"
    if a.kind == "percent" and _FX_PCT.search(clause) and not _HOLD.search(clause) and not _YIELD.search(clause):
        return "fx_pct"  # "The yen weakened 1.3% ..., while the 10-year yield rose": the clause's own market
    if a.multiplier:  # "more than doubling from 218.2 billion yen a week earlier"
        if _HOLD.search(clause) and not _FLOWV.search(clause):
            return "holdings_pct"
        return "flow_pct" if _FLOWV.search(s) or re.search(r"\b(?:outflows?|inflows?)\b", s, re.I) else ""
    if _YIELD.search(clause) or (_YIELD.search(s) and not _HOLD.search(clause)) or \
            (_BOND_TENOR.search(clause) and c.role != "pct" and not _HOLD.search(clause)):
        return "yield_change" if a.kind in ("bp", "pp") or c.role == "change" else "yield_level"
    if _SHARE.search(clause) and c.subject is not None:
        return "share"
    if a.kind == "percent" and c.role in ("pct", "change") and c.pair is not None and c.pair.amount.kind == "money":
        return "holdings_pct" if c.pair.amount.currency == "USD" else ""
    if a.kind == "percent" and c.role in ("pct", "change") and (_HOLD.search(clause) or _HOLD.search(s) or
                                                                 _HOLDER_ELLIPSIS.search(clause) or
                                                                 (_JA_HOLD.search(s) and _tic_topic_ja(c))):
        return "holdings_pct"
    if a.kind == "percent" and c.role in ("pct", "change") and c.subject is not None and \
            c.subject.kind in ("country", "japan") and _HOLDER_NOUN.search(s) and re.search(r"\bTreasur", s):
        return "holdings_pct"  # "the largest foreign holder of US Treasuries, at $1.20 trillion, up 1.69pc": its stock's
    if a.kind == "percent" and c.role in ("pct", "change") and _to_dollar_level(c, s):
        return "holdings_pct"  # "China's reduction was a larger 3.6 percent to $1.12 trillion": its holdings' move
    if a.kind == "percent" and _FLOW_PCT.search(clause) and not _HOLD.search(clause):
        return "flow_pct"  # "a 60% week-over-week plunge in outbound capital flow"
    return ""


#: "3.6 percent to $1.12 trillion": a percent move and the dollar level it led to, right after it
#: (also "to a 10-month high of $1.125 trillion", ", to $784.3 billion" after a comma)
_TO_DOLLAR_LEVEL = re.compile(r",?\s+to\s+(?:a\s+(?:record\s+|new\s+)?|(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:high|low|peak)\s+of\s+)?"
                              + lx.DOLLAR_LEVEL, re.I)


def _to_dollar_level(c: Claim, s: str) -> bool:
    """A TIC holder's percent move to a dollar level, in a sentence that names no trade ("China's reduction was a
    larger 3.6 percent to $1.12 trillion", "Japan's fell 0.4% to $1.13 trillion"): the holdings' percent change."""
    return c.subject is not None and c.subject.kind in ("country", "japan", "foreign_total", "foreign_official") and \
        bool(_TO_DOLLAR_LEVEL.match(s, c.amount.span[1])) and not _FLOWV.search(s) and not _FLOW_NOUN.search(s)


#: a holder's stock moved to a level: "fell to $48.7 billion", "rose to about $10 billion" (not a trade's size)
_MOVED_TO = re.compile(r"\b(?:fell|rose|dropped|declined|decreased|increased|climbed|grew|shrank|slipped|slid|jumped|"
                       r"plunged|plummeted|surged|sank|tumbled|collapsed)\s+to\s+(?:about\s+|around\s+|nearly\s+|"
                       r"almost\s+|some\s+|just\s+(?:over|under)\s+)?(?:US)?\$?\s*"
                       # (and the next level of the list: "fell to $48.7 billion that month and $14.9 billion in May")
                       r"(?:[\d.,]+\s*(?:billion|million|trillion|bn|mn)\b[^,;$\d]{0,30}?\s+and\s+(?:to\s+)?(?:US)?\$?\s*)?$",
                       re.I)
#: a stock the holder owns, even with a trading verb: "trimmed its stake by $1.2 billion", "sold down its Treasury
#: position by $X" (a change of holdings, not a flow)
_OWN_STOCK = re.compile(r"\b(?:holdings?|stakes?|stockpiles?|(?:its|their|the country's|the nation's)\s+(?:[\w.-]+\s+){0,2}?"
                        r"(?:positions?|portfolios?|exposure|stash|pile))\b", re.I)


#: a figure opening a ", with" clause after a holder's place ("the largest holder, with $1.32 trillion")
_WITH_HOLDER = re.compile(r",\s*with\s+(?:(?:about|over|more than|nearly|almost|some|around|roughly|just over|"
                          r"just under|less than)\s+)?(?:US)?$", re.I)
_HOLDER_NOUN = re.compile(r"\b(?:holders?|creditors?|owners?)\b", re.I)


def _money_measure(c: Claim, clause: str) -> str:
    role = c.role
    if JA_LIST in c.notes:  # "1. 日本──1兆1300億ドル": a holder's level in a numbered list of holders
        return "holdings_level"
    if c.amount.currency == "USD" and _JA_PEAK_AFTER.match(c.sentence.text, c.amount.span[1]) and \
            (_tic_topic_ja(c) or ja_country_topic(c) or ja_holdings_text(c)):
        # "日本は04年の6,994億ドルをピークに減少": the holder's peak (in the year named), the level a decline counts
        # from (its year is no context for the sentences after it)
        c.notes.append(SINCE_REF)
        return "holdings_peak"
    if role == "flow" and c.amount.currency == "USD" and \
            TRADE_SIZE.search(c.sentence.text[max(0, c.amount.span[0] - 60):c.amount.span[0]]):
        return "flow"  # "net sales of $27.6 billion", "to the tune of USD 3 billion": a trade's size (TIC tries both)
    if JA_CHAIN in c.notes:  # "3月の9079億ドルから10億ドルを売り越し、9069億ドルとなった": a holder's levels and move
        return "holdings_level" if role in ("level", "from") else "holdings_change"
    has_hold = bool(_HOLD.search(clause) or _JA_HOLD.search(clause)) or JA_TOPIC in c.notes or \
        (c.pair is not None and bool(_HOLD.search(c.pair.clause))) or \
        (c.subject is not None and c.subject.kind == "foreign_total" and ja_country_topic(c)) or \
        (c.subject is not None and bool(_HOLD.search(c.subject.text) or _INVESTED.search(c.subject.text))) or \
        bool(_HOLD_DASH_ASIDE.search(c.sentence.text[:c.amount.span[0]]))
    # (the subject: "official holdings, which fell by $5 billion"; a dash aside: "Japan's holdings — down $47.7 billion")
    dirw = c.direction_word.lower()
    # Japanese has no word breaks: "3727億円の売り越し" carries its particle ("の売り越し")
    flow_verb = bool(dirw) and bool(re.fullmatch(rf"(?:{lx.BUY_WORDS}|{lx.SELL_WORDS})", dirw, re.I) or
                                    re.fullmatch(rf"[のがをは]?(?:{lx.JA_BUY}|{lx.JA_SELL})", dirw))
    tic = c.instrument is not None and c.instrument[0] == "tic"
    if not has_hold and tic and c.amount.currency == "USD" and _JA_HOLD.search(c.sentence.text[:c.amount.span[0]]):
        has_hold = True  # "…の米国債保有高は、2月末の時点で5兆8853億ドルに達し": the topic (は) before the figure's clause
    if flow_verb and (ja_holdings_text(c) or ja_country_topic(c)) and \
            re.fullmatch(r"[のがをは]?(?:増加|増え|減少|減り|増|減)", dirw):
        flow_verb = False  # "保有額は183億ドル増加": holdings grew, nobody's trade
        has_hold = True
    elif flow_verb and c.amount.currency == "USD" and re.fullmatch(r"[のがをは]?(?:買い増し|売り増し)", dirw) and \
            (tic or (c.instrument is None and c.subject is not None and c.subject.kind in ("country", "japan"))):
        flow_verb = False  # "米国債を664億ドル売り増し": a holder's Treasuries moved (TIC holdings), as 増加 / 減少
        has_hold = True
    if c.amount.currency == "JPY" and _NET_TRADE_BEFORE.search(c.sentence.text[max(0, c.amount.span[0] - 90):c.amount.span[0]]):
        return "flow"  # "also increased their holdings, buying a net ¥530.9 billion": the figure's own verb is a trade
    if not has_hold and _TRADE_NOUN.search(clause) and _STOCK_AS_TRADE.search(c.sentence.text):
        has_hold = True  # "Net foreign purchases of Treasuries increased $54.2 billion ... to a record $5.264 trillion"
    if not has_hold and _TRADE_NOUN.search(clause):
        return "flow"  # "Net foreign purchases of U.S. Treasuries totaled $43.18 billion": a trade, not a stock
    if role == "level" and not has_hold and _WITH_HOLDER.search(c.sentence.text[:c.amount.span[0]]) and \
            _HOLDER_NOUN.search(c.sentence.text) and c.subject is not None and c.subject.kind in ("country", "japan"):
        has_hold = True  # "China was the largest holder, with $1.32 trillion at the end of November 2013": its stock
    if role in ("level", "from") and (has_hold or tic or c.pair is not None):
        return "holdings_level"
    if has_hold and not (flow_verb and not _OWN_STOCK.search(clause)):
        if role in ("level", "from") or (not c.direction_word and role != "change"):
            return "holdings_level"
        return "holdings_change"
    if role in ("level", "flow") and c.amount.currency == "USD" and c.subject is not None and c.subject.kind == "country" and \
            _MOVED_TO.search(c.sentence.text[max(0, c.amount.span[0] - 90):c.amount.span[0]]) and \
            not re.search(r"\bnet\b", clause, re.I):
        return "holdings_level"  # "(began withdrawing reserves:) Russian investment fell to $48.7 billion": its stock
    if flow_verb or role == "flow" or re.search(r"\bnet\b", clause, re.I):
        return "flow"
    mof = c.instrument is not None and c.instrument[0] != "tic"
    if c.amount.currency == "JPY" and (mof or _FLOW_NOUN.search(clause)):
        return "flow"  # "Japan's foreign bond investment ... came in at 615.5 billion yen"
    if tic and c.direction_word:
        return "holdings_change" if role == "change" or not re.search(r"\bto\s*$", clause[:20]) else "holdings_level"
    if role == "change" and (tic or ((c.subject is not None and c.subject.kind in ("country", "japan")) and
                             (re.search(r"\bTreasur", c.sentence.text) or _HOLDER_ELLIPSIS.search(clause)))):
        return "holdings_change"
    return ""


#: "1年ぶりの大幅減少", "fell by the most in a year": the qualifier measures a move, not the level reached
_MOVE_AROUND = re.compile(r"\s*(?:な|の)?\s*(?:減少|増加|減|増)(?!超)")
#: also with words between ("dropped in March by the largest amount"), after any "by", or with the move named as
#: the subject ("and the increase was the largest since January")
_MOVED_BY = re.compile(r"\b(?:(?:fell|rose|dropped|declined|increased|decreased|climbed|jumped|slid|grew|gained|shed|"
                       r"plunged|surged|tumbled|sank)\s+|by\s+|(?:increase|rise|gain|drop|decline|fall|cut|reduction|jump|"
                       r"growth|decrease)s?\s+(?:was|is|were|marked|became|being)\s+|(?:増加|減少|増|減)幅(?:は|が)\s*)$", re.I)


def _standalone_base(c: Claim) -> str:
    """What a qualifier with no figure in its sentence is about ("China's holdings hit a record in
    2020", "the 10-year yield's highest since 2008", "net sellers for a third straight week")."""
    s = c.sentence.text
    q = c.qualifier
    near = s[max(0, c.span[0] - 80):c.span[1] + 20]  # the qualifier's own words first, then the sentence's
    if q is not None and (_INTERV.search(q.phrase) or (FX_SUBJECT not in c.notes and YIELD_SUBJECT not in c.notes and
            (_INTERV.search(s[max(0, c.span[0] - 60):c.span[0]]) or _JA_INTERV_TOPIC.search(s[max(0, c.span[0] - 30):c.span[0]])
             or _JA_INTERV_NEAR.match(s, c.span[1])) and c.instrument is None and not _HOLD.search(s))):
        # "the first yen-buying intervention in 24 years", "The yen-buying operation, Japan's first since 1998"; not
        # "intervening ... to pull the yen off 38-year lows" (the yen's)
        return "intervention"
    if YIELD_SUBJECT in c.notes:  # "国債利回りが2カ月連続で低下": the yield's run (``extract``), not a flow's
        return "yield_level"
    if FX_SUBJECT in c.notes:  # "as the yen scaled a record high against the dollar"
        return "fx_level"
    if q is not None and not _YIELD.search(near) and not _HOLD.search(near) and \
            (re.search(r"\b(?:purchases|buying|selling|sales|outflows?|inflows?|amount of)\b", q.phrase, re.I)
             or _FLOWV.search(near)):
        return "flow"  # "bought the largest amount of JGBs in more than a year ... as global yields eased"
    if _YIELD.search(s):
        return "yield_level"
    if q is not None and c.instrument is not None and c.instrument[0] in ("assets", "liabilities") and \
            not re.search(r"利回り|金利|相場|価格|株価", s[max(0, c.span[0] - 12):c.span[0]]):
        return "flow"  # "対内債券投資は9週連続資本流出": a run of the MoF flow the sentence names
    if q is not None and q.kind in ("streak", "streak_end", "first_since") and _FLOWV.search(s) and \
            not re.search(r"\bholdings?\b", s, re.I):
        return "flow"
    if c.instrument and c.instrument[0] == "tic" and re.search(r"balance[- ]of[- ]payments|国際収支", s, re.I) and \
            not _HOLD.search(s):
        return "flow"  # "balance-of-payments data showed Japanese investors returned to Treasuries for the first time
        # in 10 months": Japanese residents' net purchases (the BoJ's balance of payments), not TIC holdings
    if _HOLD.search(s) or _JA_HOLD.search(s) or JA_TOPIC in c.notes or \
            (c.instrument and c.instrument[0] == "tic" and not _FLOWV.search(s)) or \
            (c.subject is not None and c.subject.kind in ("country", "japan") and re.search(r"\bTreasur", s)):
        change = q is not None and (q.kind in ("streak", "streak_end") or
                                    re.search(r"\b(?:drop|decline|fall|rise|increase|gain|cut|reduction|jump)s?\b|"
                                              r"減少|増加|大幅[減増]|伸び", q.phrase, re.I) or _MOVE_AROUND.match(s, c.span[1]) or
                                    _MOVED_BY.search(s[max(0, c.span[0] - 30):c.span[0]]) or
                                    MOVE_IN_HOLDINGS.search(s[max(0, c.span[0] - 90):c.span[0]]))  # "the drop in its holdings was"
        return "holdings_change" if change else "holdings_level"
    if _FLOWV.search(s):
        return "flow"
    if _FX.search(s) and re.search(r"\byen\b", s):
        return "fx_level"
    return ""


