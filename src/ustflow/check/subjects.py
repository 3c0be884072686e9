"""Who and what a sentence talks about: holders (countries, Japanese investor types, institutions,
foreign investors) and instruments (foreign bonds, stocks, short-term debt, Japanese securities,
Treasuries), found with the lexicon's patterns.

A data source named in the sentence ("Japan's Ministry of Finance", "Treasury data") is never a
subject; an appositive (", Japan's largest agricultural lender,") describes the holder before it; a
list introduced by "including" or "such as" names examples of the group before it ("private
institutions, including banks and pension funds": the subject is the group).
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from ustflow.check import lexicon as lx
from ustflow.check.claims import Mention
from ustflow.check.rxgate import finditer, scan

SOURCE_PHRASES = re.compile(
    r"(?:Japan(?:'s|’s) )?(?:Ministry of Finance|[Ff]inance [Mm]inistry|MoF|MOF)(?: data| figures| statistics)?|"
    r"(?:U\.?S\.? )?Treasury (?:Department|data|International Capital|figures|statistics|report)|"
    r"(?:U\.?S\.? )?Treasury [Dd]epartment|TIC data|Federal Reserve (?:data|figures)|"
    r"(?:Bank of Japan|BOJ|BoJ) (?:data|figures|statistics)|Federal Reserve Bank of St\. Louis|FRED|Reuters|Bloomberg|"
    r"Nikkei|Kyodo|Jiji|"
    # a news organisation named after its country ("Qatar News Agency", "China Daily", "the Korea Herald"): a source
    r"\b(?:[A-Z][a-z]+ )?[A-Z][a-z]+ (?:News Agency|Press Agency|News Service|Daily|Times|Herald|Tribune|Gazette)\b")
_INCLUDING = re.compile(r",?\s+(?:including|such as|like|among them|notably)\s+$", re.I)
_JP_INSTRUMENT_AFTER = re.compile(
    r"\s*(?:government |long-term |short-term |super-long |sovereign )?(?:stocks|shares|equities|bonds|debt|bills|"
    r"yields?|JGBs|markets?|assets|securities|rates|economy|authorities|officials|yen|government|[Ff]inance|"
    r"economists?|analysts?|Prime|currency|interest|inflation|central|monetary|exporters?|companies|firms|"
    r"households|equity|GDP|policy|ministry|Ministry|data|figures|shares|"
    # a headline's Title Case: "Foreigners Turned Sellers of Japan Shares", "Japanese Stocks", "Japan Bonds"
    r"(?-i:Stocks|Shares|Equities|Bonds|Debt|Bills|Yields?|JGBs|Markets?|Assets|Securities|Equity)\b)")


_CUSTODY = re.compile(r"\bcustod(?:y|ial)\b", re.I)
_COMPARISON_SET = re.compile(r"(?:\bamong(?:st)?|\b(?:largest|biggest|top|smallest|holder|ranked|ranks?)\s+of)\s+(?:all\s+)?"
                             r"(?:the\s+)?(?:other\s+)?(?:(?:largest|biggest|top|major|leading|main)\s+)?$", re.I)
#: "日本株", "日本国債": the market or instrument; "日本への株式投資", "日本に対する投資", "日本向け": where money goes
_JA_MARKET_AFTER = re.compile(r"の?(?:株|国債|(?:中|超)?長期債|短期債|債券|証券|債|円|銀|金利|経済|政府|市場|財務省(?!証券))|への|に対する|"
                              r"に対して|向け")  # "日本の長期債を買い越し": the instrument bought, not the buyer; "日本の財務省
# が発表した": the data's source, as "Japan's Ministry of Finance" (``SOURCE_PHRASES``)


#: a country's own name or adjective right before a phrase ("Chinese official holdings", "Saudi official holdings")
_COUNTRY_WORD_BEFORE = re.compile(rf"\b(?:{'|'.join(p for p, _ in lx.COUNTRIES)})\s+$")


def _a_countrys_official(s: str, m: re.Match) -> bool:
    """Whether the official holdings at ``m`` are a country's: "China's official holdings of U.S. government bonds
    slipped 4%", "Chinese official holdings" (its TIC holdings, not the foreign official sector's)."""
    before = s[max(0, m.start() - 40):m.start()]
    return bool(re.match(r"official (?:holdings|ownership)", m.group(0), re.I) and
                (re.search(r"\b[A-Z][\w.]*(?:'s|’s)\s+$", before) or _COUNTRY_WORD_BEFORE.search(before)))


#: all foreign holders together, by the words for their holdings: "foreign holdings", "held abroad", "the total
#: holdings of US Treasuries by foreign countries", "the total value of global investments in US Treasury bills and
#: bonds", and "In general, US Treasury bonds in October reached $7.565 trillion" (all of them held abroad)
#: "Net foreign purchases of U.S. Treasuries totaled $43.18 billion", "Net foreign sales of U.S. government securities
#: totaled $4.92 billion" (Reuters' name for Treasuries): all foreign holders' trades
_NET_FOREIGN_TRADE = (r"\b(?:net\s+)?foreign\s+(?:net\s+)?(?:purchases|buying|sales|selling|(?:capital\s+)?(?:inflows?|outflows?))\s+"
                      r"(?:of|into|in|from)\s+(?:U\.?S\.?\s+|US\s+|long-term\s+)*(?P<what>Treasur|government\s+(?:securities|debt|bonds))")
_FOREIGN_TOTAL = (r"\b(?:foreign|overseas|total foreign|foreigners(?:'|’)?)\s+holdings\b|\bforeign-held\b|"
                  r"\bheld (?:by foreigners|abroad|overseas)\b|\bforeign (?:holders|ownership)\b|"
                  # "foreign major creditors' holdings of US Treasury bonds totaled $6.27 trillion": TIC's Major
                  # Foreign Holders together, its grand total (not "the largest foreign creditor": one of them)
                  r"\b(?:foreign\s+major|major\s+foreign|foreign|overseas)\s+(?:creditors|holders)(?:'|’)\s+holdings\b|"
                  r"\bforeign (?:countries|nations|holders)(?:'|’)? holdings\b|"
                  # "Foreign buyers of U.S. Treasury securities increased their holdings ... to another record high",
                  # "Foreign demand for U.S. Treasury securities fell by the largest amount on record": all of them
                  r"\b(?:foreign|overseas)\s+(?:buyers|owners|demand)\s+(?:of|for)\s+(?:U\.?S\.?\s+|US\s+|American\s+)?"
                  r"Treasury\s+(?:securities|debt|bonds)\b|"
                  # "Foreign countries, among them Brazil, China and Japan, hold 4.5 trillion dollars", "world countries
                  # raised their holdings by 2.25%" (a verb of holding theirs), "5.7 trillion are owed to foreign creditors"
                  r"\b(?:foreign|world)\s+(?:countries|nations)(?=(?:,[^.;]{0,60}?,)?\s+(?:hold|held|holds|own|owns|owned|"
                  r"raised|increased|reduced|cut|trimmed|boosted|added|lifted|lowered)\b)|"
                  r"(?<=owed to )foreign\s+(?:creditors|holders|countries|nations)\b|"
                  # "the total holdings of US Treasuries by foreign countries amounted to $7.707 trillion"
                  r"\bholdings\s+of\s+(?:U\.?S\.?\s+|US\s+|American\s+)?Treasur\w*\s+by\s+(?:all\s+)?(?:foreign|overseas)\s+"
                  r"(?:countries|nations|holders|investors|governments)\b|"
                  # "the total value of global investments in US Treasury bills and bonds"
                  # "total non-resident investment in US Treasuries", "non-resident holdings of Treasuries"
                  r"\b(?:global|worldwide|total foreign|foreign|(?:total\s+)?non-?resident)\s+(?:investments?\s+in|"
                  r"holdings\s+of)\s+(?:U\.?S\.?\s+|US\s+|American\s+)?Treasur\w*|"
                  # "In general, US Treasury bonds in October reached $7.565 trillion": all of them held abroad
                  # (not "Overall, Treasury bills reached $6.4 trillion": bills, a part; nor what is outstanding, issued)
                  r"^\W*(?:In general|Overall|Globally|Worldwide|All told|In all)(?![^.;]*\b(?:outstanding|issued|issuance|"
                  r"auctions?|auctioned|supply|marketable|sold at)\b)(?=,?\s+(?:the\s+)?(?:total\s+)?"
                  r"(?:U\.?S\.?\s+|US\s+|American\s+)?Treasur(?:y|ies)(?:\s+(?:bonds|securities|holdings))?"
                  r"(?:\s+(?:held|holdings))?\s+(?:in|at|reached|stood|rose|fell|totall?ed|amounted|were|was)\b)")


#: a possessive whose apostrophe the page lost ("Indias holding of the securities", "Chinas holdings rose"): read as
#: the country's (the same length, so spans stay), only before a word of holdings or trades
_APOSTROPHE_LOST = re.compile(r"\b([A-Z][a-z]{3,})s(?=\s+(?:holdings?|exposure|stake|stash|share|purchases|sales|"
                              r"buying|selling|investments?)\b)")


def _possessive(m: re.Match) -> str:
    name = m.group(1)
    return name + "’" if any(rx.fullmatch(name) for rx, _ in lx.COUNTRY_RX) else m.group(0)


def find_subjects(s: str) -> list[Mention]:
    """Holders named in sentence ``s``, in text order (overlaps resolved by priority)."""
    # a lede's first word in capitals ("CHINA'S holdings of U.S. Treasuries fell", "JAPAN became the largest
    # holder"): read as written in lower case (not a dateline's "TOKYO (Reuters) -", which no lower-case word follows)
    s = re.sub(r"^(\W*)([A-Z])([A-Z]{3,})(?:(?=['’][Ss]\b)(['’])[Ss]\b|(?=\s+[a-z]))",
               lambda m: m.group(1) + m.group(2) + m.group(3).lower() + (m.group(4) + "s" if m.group(4) else ""), s)
    s = _APOSTROPHE_LOST.sub(_possessive, s)
    masked = _Spans(m.span() for m in finditer(SOURCE_PHRASES, s))
    cands: list[tuple[int, Mention]] = []  # (priority, mention): lower wins on overlap
    custody = _CUSTODY.search(s)
    for m in scan(rf"\b(?:{lx.INSTITUTIONS})", s):
        if re.search(r"\bFed\b|Federal Reserve", m.group(0)) and (
                custody or re.search(r"\b(?:at|with|by)\s+$", s[max(0, m.start() - 6):m.start()], re.I)):
            # "held in custody at the Fed for foreign central banks", "ownership of Treasuries at the Fed": the
            # custodian, not the holder
            continue
        cands.append((0, Mention("institution", m.group(0), m.span(), m.group(0))))
    for rx, slug in lx.SECTOR_RX:
        for m in finditer(rx, s):
            # "Japanese life insurers", "Japan's banks": the nationality belongs to the sector
            st = m.start()
            pre = re.search(r"(?:Japanese|Japan(?:'s|’s)|Japan-based)\s+(?:[\w-]+\s+)?$", s[:st])
            if pre:
                st = pre.start()
            cands.append((1, Mention("sector", slug, (st, m.end()), s[st:m.end()])))
    for m in scan(rf"\b(?:{lx.FOREIGN_OFFICIAL})\b", s, re.I):
        if _a_countrys_official(s, m):
            continue
        cands.append((2, Mention("foreign_official", "foreign_official", m.span(), m.group(0))))
    for m in scan(_FOREIGN_TOTAL, s, re.I):
        if _COMPARISON_SET.search(s, max(0, m.start() - 60), m.start()):
            continue  # "Beijing's stake, the second-largest among foreign holders, fell": whom it is ranked among
        if re.search(r"\b[A-Z][\w.]*(?:'s|’s)\s+(?:total\s+)?$", s[max(0, m.start() - 40):m.start()]) and \
                re.fullmatch(r"(?:total\s+)?(?:foreign|overseas)\s+holdings", m.group(0), re.I):
            continue  # "China's foreign holdings fell by $6.1 billion": the country's own holdings abroad
        cands.append((2, Mention("foreign_total", "grand_total", m.span(), m.group(0))))
    for m in scan(_NET_FOREIGN_TRADE, s, re.I):
        cands.append((2, Mention("foreign_total", "grand_total", (m.start(), m.start("what")),
                                 s[m.start():m.start("what")].strip())))
    for m in scan(rf"\b(?:{lx.FOREIGN_INVESTORS})\b", s, re.I):
        cands.append((3, Mention("foreign_investors", "foreign_investors", m.span(), m.group(0))))
    # "Short-term bills saw foreign inflows of ¥355.4 billion": money from abroad into the market the story is
    # about (not "foreign inflows into Treasuries", foreigners buying US securities)
    for m in scan(r"\b(?:weekly |net )*foreign (?:net )?(?:capital )?(?:inflows?|outflows?)\b(?!\s+(?:into|to|in|of)\s+"
                         r"(?:the )?(?:U\.?S|US\b|American|Treasur))", s, re.I):
        cands.append((3, Mention("foreign_investors", "foreign_investors", m.span(), m.group(0))))
    # a sentence about foreign holders' trades ("foreign official institutions sold ..., while private
    # investors bought ..."): private investors there are foreign ones, not Japan's
    foreign_sentence = re.search(r"\b(?:foreign|overseas)\s+(?:official|investors|holders|central banks|institutions|"
                                 r"buyers|sellers)\b", s, re.I)
    for m in scan(rf"\b(?:{lx.JAPAN_INVESTORS})\b", s):
        if foreign_sentence and re.fullmatch(r"(?:private|institutional) (?:institutions|investors)", m.group(0), re.I):
            cands.append((0, Mention("foreign_private", "foreign_private", m.span(), m.group(0))))
            continue
        cands.append((4, Mention("japan", "japan", m.span(), m.group(0))))
    for m in scan(r"\b(?:Japanese |Japan's |domestic )?(?:private|institutional) (?:institutions|investors)\b", s,
                         re.I):  # "Private institutions, including banks and pension funds, sold ..."
        if foreign_sentence and not re.match(r"(?i)japan|domestic", m.group(0)):
            continue  # foreign private investors (above)
        cands.append((0, Mention("japan", "japan", m.span(), m.group(0))))
    for rx, slug in lx.COUNTRY_RX:
        for m in finditer(rx, s):
            cands.append((5, Mention("japan" if slug == "japan" else "country", slug, m.span(), m.group(0))))
    for pat, kind, slug in lx.JA_SUBJECTS:  # Japanese text: no word boundaries
        for m in scan(pat, s):
            if kind in ("japan", "country") and _JA_MARKET_AFTER.match(s, m.end()):
                continue  # "日本株", "日本国債": the market or instrument, not the holder
            if kind == "institution":  # "サウジ中銀": named as the English ones are (``lx.INSTITUTIONS``)
                cands.append((0, Mention(kind, m.group(0), m.span(), m.group(0))))
                continue
            cands.append((1 if kind == "sector" else 3, Mention(kind, slug, m.span(), m.group(0))))
    chosen: list[Mention] = []
    spans = _Spans()
    for _, c in sorted(cands, key=lambda pc: (pc[0], pc[1].span[0])):
        if masked.overlaps(c.span) or spans.overlaps(c.span) or _EXCLUDED_AFTER.match(s, c.span[1]) or \
                _EXCLUDED_BEFORE.search(s[max(0, c.span[0] - 15):c.span[0]]):
            continue  # "中国(香港を除く)", "China (excluding Hong Kong)": the holder left out names no subject
        # an adjective before a Japanese-market noun ("Japanese stocks", "Japan's yields") names the
        # instrument or market, not the holder
        if c.kind == "japan" and _JP_INSTRUMENT_AFTER.match(s, c.span[1]) and \
                not re.search(r"(?:investors|residents|institutions|funds)$", c.text):
            continue
        chosen.append(c)
        spans.add(c.span)
    chosen.sort(key=lambda c: c.span[0])
    return _drop_appositives_and_examples(s, chosen)


def _drop_appositives_and_examples(s: str, chosen: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    in_list = False  # inside "including banks, insurers and pension funds"
    last_end = 0
    for c in chosen:
        if out:
            gap = s[last_end:c.span[0]]
            after = s[c.span[1]:c.span[1] + 40]
            # "private institutions, including banks and pension funds": examples of the group
            if _INCLUDING.search(gap) or (in_list and re.fullmatch(r"\s*(?:,|and|or|, and)\s*", gap)):
                in_list = True
                last_end = c.span[1]
                continue
            # appositive: ", Japan's largest agricultural lender," right after a holder describes it
            listed = c.kind in ("country", "japan") and out[-1].kind in ("country", "japan") and \
                re.fullmatch(r",\s+(?:the\s+)?", gap) and not re.match(r"['’]s\b", after)  # "Japan, China, the U.K."
            # (not ", with China ranking at the top (...),": "with" opens a phrase of its own, whose holder it names)
            if not listed and re.fullmatch(r",\s+(?:the |a |an |its |now )?(?:[\w'’-]+\s+){0,4}", gap) and "," in after and \
                    not re.match(r",\s+with\s", gap) and \
                    not re.search(rf"\b(?:{lx.BUY_WORDS}|{lx.SELL_WORDS}|{lx.UP_WORDS}|{lx.DOWN_WORDS})\b",
                                  gap + after.split(",")[0], re.I):
                last_end = c.span[1]
                continue
        in_list = False
        out.append(c)
        last_end = c.span[1]
    return out


class _Spans:
    """Disjoint spans kept sorted: whether a new span overlaps one is a bisection (an article of thousands of
    mentions must not make every test a scan of all the ones before)."""

    def __init__(self, spans=()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for sp in spans:
            self.add(sp)

    def overlaps(self, span: tuple[int, int]) -> bool:
        i = bisect.bisect_left(self.starts, span[1])
        return bool(i) and self.ends[i - 1] > span[0]

    def add(self, span: tuple[int, int]) -> None:
        j = bisect.bisect(self.starts, span[0])
        self.starts.insert(j, span[0])
        self.ends.insert(j, span[1])


#: securities named as an event, not traded: "米国債ショック", "債券危機", "the bond market crash", "the debt crisis"
_EVENT = re.compile(r"(?:米国債|国債|債券|株式?)(?:ショック|危機|暴落)|\b(?:bonds?|Treasur(?:y|ies)|stocks?|equit(?:y|ies)|debt)"
                    r"(?:[- ]market)?\s+(?:shock|crisis|crash|rout|tantrum|turmoil)\b", re.I)


def find_instruments(s: str) -> list[tuple[tuple[int, int], tuple[str | None, str]]]:
    """Securities named in ``s``: MoF's (side, instrument) or ("tic", "treasuries"), with spans.

    The side is None where the words do not say whose securities ("long-term bonds", "stocks"):
    the subject decides (foreigners buy Japanese securities, residents foreign ones).
    """
    finders = [(scan(rf"\b(?:{pat})\b", s), ("bop", code)) for pat, code, _ in lx.COUNTRY_BONDS]
    finders += [(scan(rf"(?:{pat})の?(?:国債|債券|債)", s), ("bop", code)) for pat, code in lx.JA_COUNTRY_BONDS]
    finders += [(scan(rf"\b(?:{lx.REGION_BONDS})\b", s, re.I), ("region", None)),
                (scan(rf"\b(?:{lx.TREASURIES})", s), ("tic", "treasuries")),
                (scan(rf"\b(?:{lx.US_SECURITIES})\b", s), ("tic", "us_securities"))]
    finders += [(scan(rf"\b(?:{pat})\b", s, re.I), (side, ins)) for pat, side, ins in lx.MOF_INSTRUMENTS]
    finders += [(scan(pat, s), (side, ins)) for pat, side, ins in lx.JA_INSTRUMENTS]
    out: list = []
    taken = _Spans(m.span() for m in finditer(SOURCE_PHRASES, s))
    for m in _EVENT.finditer(s):  # "米国債ショックがあった2011年8月", "the European debt crisis": an event's name
        taken.add(m.span())
    # of overlapping phrases, one that says whose securities wins ("Japanese long-term debt" over "long-term debt
    # securities"), then the longest ("short-term Japanese bonds" over "Japanese bonds"), then the list's order
    cands = [(m.span(), k, ("region", m.group(0)) if value[0] == "region" else value)
             for k, (matches, value) in enumerate(finders) for m in matches]
    for span, _, value in sorted(cands, key=lambda t: (t[2][0] is None, t[0][0] - t[0][1], t[1])):
        if not taken.overlaps(span):
            out.append((span, value))
            taken.add(span)
    return sorted(out)


_RESPECTIVELY = re.compile(r"\b(?:respectively|in that order)\b|それぞれ|各々", re.I)


_EXCLUDED_AFTER = re.compile(r"\s*(?:を除く|を除いた|を除き|を除いて|以外)")
_EXCLUDED_BEFORE = re.compile(r"\b(?:excluding|excl\.|except(?:\s+for)?|ex-)\s*$", re.I)


def distribute_respectively(claims: list) -> None:
    """"Japan and China held $1.13 trillion and $757 billion respectively", "bought ¥1.1 trillion and
    ¥900 billion in April and May, respectively": the figures take the holders and the periods in
    the order they are named, one each, instead of all figures taking the last (or the whole span).

    Applies only when the counts agree (n figures of one kind and n holders, or n months named with
    "and"); anything else is left to the ordinary rules.
    """
    from ustflow.check.periods import Period, month_window

    by_sentence: dict[int, list] = {}
    for c in claims:
        if c.kind == "amount" and c.amount is not None and not c.amount.parenthetical and c.role != "from":
            by_sentence.setdefault(id(c.sentence), []).append(c)
    for figs in by_sentence.values():
        s = figs[0].sentence.text
        if len(figs) < 2:
            continue
        kinds = {(f.amount.kind, f.amount.currency) for f in figs}
        if len(kinds) != 1:
            continue
        n = len(figs)
        who = [m for m in find_subjects(s) if m.kind in ("country", "japan", "sector")]
        who = list({(m.kind, m.slug): m for m in who}.values())
        if not _RESPECTIVELY.search(s):
            if len(who) > n and _joined_tail(s, who, figs):  # "..., followed by China and the UK with $X and $Y"
                who = who[-n:]
            if len(who) == n and _joined(s, who, figs):  # "China and Japan both cut holdings, to $X and $Y"
                for f, w in zip(figs, who):
                    f.subject, f.subject_how = w, "stated"
                    f.combined = []
            else:  # "Saudi Arabia ... with $116.7 billion, followed by Kuwait and the UAE with $50.6 and $46.3 billion"
                _pair_trailing(s, figs, who)
            continue
        # (or all after them: "Following with $768.3 billion and $723.4 billion, respectively, were China and the UK")
        if len(who) == n and (all(w.span[1] <= figs[0].span[0] for w in who) or
                              all(w.span[0] >= figs[-1].span[1] for w in who)):
            for f, w in zip(figs, who):
                f.subject, f.subject_how = w, "stated"
                f.combined = []
        else:
            _respective_clause(s, figs, who)
            _pair_trailing(s, figs, who)
        _respective_years(figs, s)
        _respective_instruments(s, figs)
        _shared_role(figs)
        p = figs[0].period
        # "in April and May, respectively", "9-12月の間に…それぞれ": one month to each figure, when the counts agree
        if p is not None and not p.is_latest and p.kind == "months" and (re.search(r"\band\b|&", p.label) or
                                                                         re.search(r"[-–−～〜~と]|および|及び", p.label)):
            months = []
            y, m = p.start.year, p.start.month
            while (y, m) <= (p.end.year, p.end.month):
                months.append((y, m))
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
            if p.extra.get("descending"):  # "12月と11月、それぞれ…と…": the later month first
                months.reverse()
            if len(months) == n and all(f.period is p for f in figs):
                for f, (y, m) in zip(figs, months):
                    f.period = Period("month", [month_window(y, m)], f"{month_window(y, m)[0]:%B %Y} ('{p.label}', "
                                      f"respectively)", span=p.span, note=p.note)


#: what joins two securities named for one figure each ("Japanese stocks and bonds", "株式と中長期債")
_INSTRUMENT_JOIN = re.compile(r"\s*(?:,\s*|,?\s+and\s+|、|と|・|及び|および)\s*")


def _respective_instruments(s: str, figs: list) -> None:
    """"bought ¥3.68 trillion and ¥4.54 trillion of Japanese stocks and bonds, respectively", "株式と債券をそれぞれ…、…
    買い越した": the figures take the securities in the order they are named (all had taken the first), when as many
    are named, joined, as there are figures (a bare 債券 after 株式と is MoF's long-term debt)."""
    named = sorted(find_instruments(s) + [((m.start(), m.end()), (None, "lt_debt"))
                                          for m in re.finditer(r"(?<=株式[と・])債券", s)])
    kinds: list = []
    for span, v in named:
        if v[1] not in [k[1][1] for k in kinds]:
            kinds.append((span, v))
    if len(kinds) != len(figs) or len(kinds) < 2 or any(f.instrument is None for f in figs) or \
            len({f.instrument[1] for f in figs}) != 1 or \
            not all(_INSTRUMENT_JOIN.fullmatch(s[a[1]:b[0]]) for (a, _), (b, _) in zip(kinds, kinds[1:])):
        return
    for f, (span, v) in zip(figs, kinds):
        f.instrument, f.instrument_text = (v[0] or f.instrument[0], v[1]), s[span[0]:span[1]]


def _respective_clause(s: str, figs: list, who: list[Mention]) -> None:
    """"The Cayman Islands ranked seventh with $418.5bn, while France and Ireland placed eighth and ninth with $390.2bn
    and $340.4bn, respectively": when the sentence's counts differ, the clause of "respectively" alone (its figures and
    the holders named after the figures before them) pairs them in order, when its counts agree."""
    from ustflow.check.clauses import clause_bounds

    m = _RESPECTIVELY.search(s)
    if m is None:
        return
    cs, ce = clause_bounds(s, m.start())
    mine = [f for f in figs if cs <= f.span[0] < ce]
    # the holders after the figures before the clause's ("followed by Brazil and Singapore, which had $227.1bn and $208bn")
    start = max([f.span[1] for f in figs if mine and f.span[1] <= mine[0].span[0]], default=0)
    named = [w for w in who if start <= w.span[0] and mine and w.span[1] <= mine[0].span[0]]
    if len(mine) >= 2 and len(named) == len(mine):
        for f, w in zip(mine, named):
            f.subject, f.subject_how = w, "stated"
            f.combined = []


def _shared_role(figs: list) -> None:
    """A list of figures governed by one verb shares its role and direction: "sold $3.4bn, $13.6bn and
    $2.3bn, respectively" (the verb before the first), "それぞれ34億ドル、136億ドル、61億ドル売り増し" (after the last)."""
    roled = [f for f in figs if f.role in ("change", "flow")]
    if not roled or len({(f.role, f.direction) for f in roled}) != 1:
        return
    for f in figs:
        if f.role == "":
            f.role, f.direction, f.direction_word = roled[0].role, roled[0].direction, roled[0].direction_word


_YEAR_LIST = re.compile(r"\b(?:(?:19|20)\d{2})(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:19|20)\d{2}))+\b")


def _respective_years(figs: list, s: str) -> None:
    """"In 2022, 2023, and 2024, China reduced its holdings by $173.2 billion, $50.8 billion, and $57.3
    billion, respectively": one year to each figure, in order, and the figures after the first share its
    role and direction (the verb governs the list)."""
    from ustflow.check.periods import Period

    m = _YEAR_LIST.search(s)
    years = re.findall(r"(?:19|20)\d{2}", m.group(0)) if m else []
    if len(years) != len(figs) or len(set(years)) != len(years):
        return
    for f, y in zip(figs, years):
        f.period = Period("year", [(date(int(y), 1, 1), date(int(y), 12, 31))], f"{y} ('{m.group(0)}', respectively)",
                          span=m.span())
        f.period_how = "stated"
        if f is not figs[0] and figs[0].role and f.role in ("", "level"):
            f.role, f.direction, f.direction_word = figs[0].role, figs[0].direction, figs[0].direction_word


def _joined(s: str, who: list[Mention], figs: list) -> bool:
    """Holders named as one coordinated subject ("China and Japan", "Japan, China and the UK") before all
    the figures, the figures joined by "and" with nothing but their own periods and words between them,
    and no possessive tying a figure to one holder ("Japan's"): the figures go to the holders in order."""
    if any(w.span[1] > figs[0].span[0] for w in who) or re.search(r"\b(?:together|combined|jointly)\b", s, re.I):
        return False
    gaps = [s[a.span[1]:b.span[0]] for a, b in zip(who, who[1:])]
    if not all(re.fullmatch(r"\s*(?:,|and|&|,\s*and|と|や|、)\s*(?:the\s+)?", g, re.I) for g in gaps):
        return False
    between = [s[a.span[1]:b.span[0]] for a, b in zip(figs, figs[1:])]
    return all(re.search(r"(?:\band\b|、|,)", g) and not re.search(r"[$¥€\d]|(?:'|’)s\b", g) for g in between)


def _joined_tail(s: str, who: list[Mention], figs: list) -> bool:
    """"Japan led, followed by China and the UK with $1.08 trillion and $621.6 billion": as many holders as figures,
    coordinated right before them (only "with", "at", "holding", a verb of holding between), and not the end of a longer
    coordination ("Japan, China and the UK with $X and $Y": which two is not said)."""
    tail, rest = who[-len(figs):], who[:-len(figs)]
    if not tail or len(tail) < len(figs) or not re.fullmatch(r"\s*,?\s*(?:with|at|on|holding|held|hold|had|having)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?",
                        s[tail[-1].span[1]:figs[0].span[0]], re.I):
        return False
    return not rest or not re.fullmatch(r"\s*(?:,|and|&|,\s*and|と|や|、)\s*(?:the\s+)?", s[rest[-1].span[1]:tail[0].span[0]],
                                         re.I)


def _pair_trailing(s: str, figs: list, who: list[Mention]) -> None:
    """"The top three are Japan with $1.34 trillion, followed by China and the UK with $1.08 trillion and $621.6 billion,
    respectively": when the sentence's counts differ, its last figures joined by "and" go to as many holders coordinated
    right before them (``_joined_tail``)."""
    for k in range(len(figs), 1, -1):
        run = figs[-k:]
        before = [w for w in who if w.span[1] <= run[0].span[0]]
        if len(before) >= k and _joined_tail(s, before, run) and _joined(s, before[-k:], run):
            for f, w in zip(run, before[-k:]):
                f.subject, f.subject_how = w, "stated"
                f.combined = []
            return


_EACH = re.compile(r"\b(?:both|each|all)\b|いずれも|ともに|共に", re.I)


def each_holder(c) -> list[Mention]:
    """"Japan and Britain each hold more than $900 billion", "Both China and Japan cut holdings by about $5
    billion": the holders of a coordinated subject the one figure applies to, every one of them ([] when the
    sentence does not say the figure is each one's, or has several figures of the kind)."""
    from ustflow.check.clauses import clause_bounds

    s = c.sentence.text
    if c.subject is None or not _EACH.search(s[:c.span[0]]) or re.search(r"\b(?:together|combined)\b", s, re.I):
        return []
    # the holders of the figure's own clause ("Japan and China both fell by $27 billion, while the Cayman Islands and
    # Saudi Arabia each increased by more than $5 billion": the second figure's are the last two)
    start = clause_bounds(s, c.span[0])[0]
    who = [m for m in find_subjects(s[:c.span[0]]) if m.kind in ("country", "japan", "sector") and m.span[0] >= start]
    who = list({(m.kind, m.slug): m for m in who}.values())
    if len(who) < 2 or (c.subject.kind, c.subject.slug) not in {(m.kind, m.slug) for m in who}:
        return []
    gaps = [s[a.span[1]:b.span[0]] for a, b in zip(who, who[1:])]
    if not all(re.fullmatch(r"\s*(?:,|and|&|,\s*and|と|や|、)\s*(?:the\s+)?", g, re.I) for g in gaps):
        return []
    return who


_THEIR = re.compile(r"\btheir\s+(?:[\w-]+\s+)?(?:holdings|stake|ownership|portfolio)\b", re.I)


def holder_named_before(c, sentences: list) -> Mention | None:
    """"China trimmed its holdings in May. The decline of $2.4 billion left its holdings at $768.3 billion":
    a holdings figure whose sentence names no holder is about the one holder (a country) the sentence
    before names, in the same paragraph; of several, the one it opens on as its subject, by that holder's own move or
    holdings ("The UAE bought more US treasuries than China in February"), which is also the one a sentence after a
    paragraph break takes (a lede the next paragraph goes on about); else none (ambiguous)."""
    by_index = {t.index: t for t in sentences}
    i = c.sentence.index
    for k in (i - 1, i - 2):
        t = by_index.get(k)
        across = t is not None and t.paragraph != c.sentence.paragraph
        if t is None or (across and k != i - 1):
            return None
        found = find_subjects(t.text)
        who = {(m.kind, m.slug): m for m in found}
        if not who:
            continue
        # the sentence's subject, by its own move: "The UAE bought more US treasuries than China in February", "China's
        # dramatic reduction in U.S. Treasury holdings is real, but ... against Taiwan"
        first = found[0]
        poss = re.search(r"['’]s$", first.text) is not None  # (the mention may hold its "'s")
        lead = first if first.kind in ("country", "japan") and _OPENS_ON.match(t.text, 0, first.span[0]) and \
            (_SUBJECT_MOVE.match(t.text, first.span[1]) or (poss and _OWN_MOVE.match(t.text, first.span[1]))) else None
        if across:
            return lead  # (across a break only the subject of the sentence just before: a lede the story goes on about)
        kinds = {kind for kind, _ in who}
        if len(who) == 1 and (kinds <= {"country", "japan"} or (kinds == {"foreign_total"} and _THEIR.search(
                c.sentence.text[:c.span[0]]))):
            # (all foreign holders only through "their": "Foreign holders ... kept their holdings stable. In October,
            # their holdings dipped to $7.56 trillion")
            return next(iter(who.values()))
        return lead
    return None


#: what may come before a sentence's subject: a dateline ("RIYADH:"), "The"
_OPENS_ON = re.compile(r"\W*(?:[A-Z][A-Za-z .]{1,20}(?:\s*\([^)]{1,30}\))?\s*[:—–-]\s*)?(?:The\s+)?$")
#: a subject's own move or holdings right after its name: "bought more US treasuries", "'s dramatic reduction in U.S.
#: Treasury holdings", "has cut its holdings" (not "and Japan", ", Japan": subjects side by side)
_OWN_MOVE = re.compile(rf"\s+(?:[\w-]+\s+){{0,4}}?(?:{lx.HOLDINGS_WORDS}|reduction|increase|purchases?|sales?)\b", re.I)
_SUBJECT_MOVE = re.compile(rf"['’]s{_OWN_MOVE.pattern}|\s+(?:has\s+|have\s+|had\s+)?(?:{lx.BUY_WORDS}|{lx.SELL_WORDS}|raised|"
                           r"cut|trimmed|reduced|increased|added|dumped|slashed|boosted)\b", re.I)

#: a participle naming the figure's holder after it: "$1,112.5 billion held by China", "the $1.1 trillion owned by Japan"
_HELD_BY = re.compile(r"\s+(?:worth\s+)?(?:(?:of|in) (?:U\.?S\.? |US )?(?:Treasur\w+|government debt|bonds)(?: securities)? )?"
                      r"(?:held|owned) by\s+(?:the\s+)?", re.I)


_HELD_WHERE = re.compile(r"\s+(?:(?:of|in) (?:U\.?S\.? |US )?(?:Treasur\w+|government debt|bonds)(?: securities)? )?", re.I)


def held_by(s: str, span: tuple[int, int], cands: list[Mention]) -> Mention | None:
    """The holder a participle after the figure at ``span`` names ("$1,112.5 billion held by China"; "the $8.1 trillion
    held abroad": all foreign holders), if any."""
    return next((m for m in cands if m.span[0] >= span[1] and (_HELD_BY.fullmatch(s, span[1], m.span[0]) or (
        m.kind == "foreign_total" and re.match(r"(?:held|owned)\b", m.text, re.I)
        and _HELD_WHERE.fullmatch(s, span[1], m.span[0])))), None)
