"""TIC's monthly flows by kind of security, as the press release and the wire and calendar stories that retell it
put them in prose, with no holder named (all foreigners, TIC Form S):

    Net purchases of Treasury bonds and notes, at $51.0 billion, ... plus net purchases of U.S. corporate bonds, at
    $2.4 billion and government agency bonds, at $5.9 billion ... net sales by foreign accounts of U.S. equities.
    Foreign residents decreased their holdings of long-term U.S. securities in February; net sales were $7.3 billion.
    U.S. residents decreased their holdings of long-term foreign securities, with net sales of $11.5 billion.
    Taking into account transactions in both foreign and U.S. securities, net foreign purchases of long-term
    securities were $4.2 billion.

A dollar figure in a sentence that names a trade (net purchases or sales, an inflow or outflow, a gain) is about the
kind of security named nearest to it: Treasury bonds and notes, agency bonds, corporate bonds, US stocks, foreign
bonds or stocks, long-term US securities (the four US kinds), long-term foreign securities, or all long-term
securities (US and foreign, TIC's headline flow). The figure is all foreigners' net purchases (gross purchases
less gross sales) of that kind in the claim's month; what US residents did in foreign securities is the same
trade seen from the other side ("U.S. residents ... net sales of $11.5 billion" = foreigners' net purchases of
+11.5 billion). Only in a story about TIC's flows (it names TIC, long-term securities or net foreign purchases), or in a sentence
that names a US kind of security other than Treasuries as such ("foreigners sold U.S. stocks in July ... for $60.32
billion": US stocks, corporate or agency bonds, which only TIC counts), only for figures with no holder of their own: a country's figure is left to the holdings and Treasury rules.
The second figure of a pair ("$7.7 billion in July, down from $103.1 billion in June", "US$140.5 billion in March from
US$47.1 billion in February") is the same flow as the first, with its sign unless the words between name a trade.
Form S ends with January 2023; from February 2023 SLT Table 1 gives the US kinds (Treasury, agency and corporate
bonds, stocks, and their total: "long-term U.S. securities"), not the foreign ones nor the two sides together.
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim, Mention
from ustflow.check.results import CONTRADICTED, SUPPORTED, Judgement, set_aside, unverifiable

#: a story about TIC's monthly flows
STORY = re.compile(r"\bTIC\b|Treasury International Capital|\blong-\s?term (?:U\.?S\.? |foreign )?securities\b|"
                   r"\bnet (?:foreign )?(?:purchases|sales) (?:by foreign|of long-term)", re.I)
#: kind words -> the derived series' kind (``tic_flows.derived_series``) and what it is called
KINDS: list[tuple[re.Pattern, str, str]] = [(re.compile(p, re.I), k, w) for p, k, w in [
    # (a line's break leaves "long- term"; wires call the headline flow "long-term U.S. assets" too)
    (r"\blong-\s?term (?:U\.?S\.?|US|American) (?:securities|assets)\b", "lt_us",
     "long-term US securities (the four US kinds)"),
    (r"\blong-\s?term foreign securities\b", "foreign", "long-term foreign securities (bonds and stocks)"),
    (r"\blong-\s?term securities\b|\blong-term (?:TIC )?(?:flows|transactions)\b|\bTIC (?:net )?long-term\b", "lt",
     "long-term securities (US and foreign)"),
    (r"\bforeign (?:bonds|debt securities)\b", "foreign_bonds", "foreign bonds"),
    (r"\bforeign (?:stocks|equities|shares)\b", "foreign_stocks", "foreign stocks"),
    (r"\b(?:government[- ])?agenc(?:y|ies)(?: bonds| debt| securities)?\b", "agency", "US agency bonds"),
    (r"\bcorporate (?:bonds|debt)\b", "corporate_bonds", "US corporate bonds"),
    (r"\b(?:(?:U\.?S\.?|US|American|corporate) )?(?:equities|stocks)\b", "us_stocks", "US stocks"),
    (r"\bTreasur(?:y|ies)(?! bills)(?: bonds(?: and notes)?| notes(?: and bonds)?| securities| debt)?\b|"
     r"\bU\.?S\.? government (?:bonds|debt)\b", "treasury", "Treasury bonds & notes"),
]]
#: a US kind of security other than Treasuries named as such: only TIC counts foreigners' trades in it, whatever the
#: story's other words ("Japanese investors bought $X of U.S. stocks" names its holder and is not read here)
_US_KIND = re.compile(r"\b(?:U\.?S\.?|US|American) (?:stocks|equities|corporate (?:bonds|debt)|(?:government[- ])?agency "
                      r"(?:bonds|debt))\b", re.I)
#: words that make the figure a trade, and which way
_TRADE = re.compile(r"\b(?P<sell>net (?:foreign )?(?:sales?|selling|outflows?|sellers)|outflows?|(?:big |net )?sellers|"
                    r"sold|decreased their holdings|reduced their holdings)\b|"
                    r"\b(?P<buy>(?:net (?:foreign )?|foreign )(?:purchases?|buying)|net (?:foreign )?(?:inflows?|buyers)|"
                    r"inflows?|gains?|bought|(?:scooped|snapped|picked) up|"
                    r"increased their holdings)\b|"
                    # a calendar's or table's line names the flow with no direction: the figure's sign says it
                    r"\b(?P<neutral>(?:net )?(?:long-term )?(?:securities )?transactions|net (?:long-term )?(?:TIC )?flows?)\b", re.I)
#: TIC's total flow (short-term securities, banking flows, stock swaps with the long-term ones), not in the store
TOTAL_FLOW = re.compile(r"cross-border|short-term|stock swaps|banking (?:flows|positions)|\bbills\b", re.I)
_USSIDE = re.compile(r"\b(?:U\.?S\.?|US|American) (?:residents|investors)\b|\bAmericans\b", re.I)
_HOLDINGS_LEVEL = re.compile(r"\b(?:holdings|held|hold|owned|own)\b[^.;]{0,40}(?:\bto|\bat|\bwere|\bwas|\bof)\s*$", re.I)
_ANOTHER_MONTH = re.compile(r"\b(?P<month>January|February|March|April|May|June|July|August|September|October|"
                            r"November|December)(?:'s|’s)\s+(?:[a-z]+\s+){0,6}$")


#: what joins a figure to the kind of security right after it: "$20.7 billion of corporate debt", "... in equities"
_OWN_KIND = re.compile(r"\s*(?:worth\s+)?(?:of|in)\s+(?:net\s+)?", re.I)


def nearest_kind(s: str, start: int, end: int) -> tuple[str, str] | None:
    """The kind of security named nearest the figure at ``start..end`` (its kind and name; the one before it on a
    tie);
    a longer name wins over a shorter one inside it ("long-term U.S. securities" over "U.S. ... securities")."""
    best: tuple[tuple[int, int], int, str, str] | None = None
    taken: list[tuple[int, int]] = []
    own = _OWN_KIND.match(s, end)  # "$20.7 billion of corporate debt", "$26.1 billion in equities": the kind it is of
    for rx, kind, what in KINDS:
        for m in rx.finditer(s):
            if any(a <= m.start() and m.end() <= b for a, b in taken):
                continue
            taken.append(m.span())
            if own is not None and m.start() == own.end():
                return kind, what
            d = (start - m.end(), 0) if m.end() <= start else (m.start() - end, 1) if m.start() >= end else (-1, 0)
            if d[0] >= 0 and (best is None or d < best[0]):  # a tie goes to the name before: "bonds, at $2.4 billion and"
                best = (d, m.start(), kind, what)
    return None if best is None else (best[2], best[3])


#: a trade told by its verb, whose subject is the trader ("Foreign investors bought ...", "U.S. residents sold ...")
_VERB = re.compile(r"sold|bought|(?:scooped|snapped|picked) up|(?:de|in)creased their holdings|reduced their holdings",
                   re.I)
#: a subject that is foreigners (or US residents, the other side of the same trades)
SIDE = re.compile(r"\bforeign|\boverseas\b|\binternational\b|\bnon-?residents?\b|\boffshore\b|\babroad\b|"
                   r"\b(?:U\.?S\.?|US|American) (?:residents|investors)\b|\bAmericans\b|\bthey\b", re.I)


def _clause_before(s: str, at: int) -> str:
    """The words of the clause before ``at`` (from the last comma, semicolon, colon, "while" or "but"; not "and": "sold
    ... in March and bought ... in April" share the subject)."""
    cut = max((m.end() for m in re.finditer(r"[,;:]|\b(?:while|whereas|but)\b", s[:at])), default=0)
    return s[cut:at]


def _no_holder(c: Claim) -> bool:
    sj = c.subject
    if sj is None or sj.kind in ("foreign_investors", "foreign_total"):
        return True
    # a holder carried from another sentence that is no holder at all ("Net Long-Term Securities" of a table)
    return sj.kind == "institution" and bool(re.search(r"securities|transactions", sj.text, re.I))


def kind_of(c: Claim, story: str) -> tuple[str, str, int] | None:
    """(kind, name, sign) of a TIC prose flow figure (module docstring), or None when ``c`` is not one."""
    a = c.amount
    if a is None or c.kind != "amount" or a.kind != "money" or a.currency != "USD" or not _no_holder(c):
        return None
    if a.in_units(1e9) >= 1000:  # no month's trades come to trillions
        return None
    s = c.sentence.text
    found = nearest_kind(s, *a.span)
    if found is None:
        return None
    kind, what = found
    if not STORY.search(story) and not (kind in ("us_stocks", "corporate_bonds", "agency") and _US_KIND.search(s)):
        return None  # "foreigners sold U.S. stocks in July ... for $60.32 billion": its words are TIC's own
    before = s[max(0, a.span[0] - 90):a.span[0]]
    trades = [m for m in _TRADE.finditer(s) if a.span[0] - 90 <= m.start() < a.span[0] or
              a.span[1] <= m.start() < a.span[1] + 25]
    if not trades or _HOLDINGS_LEVEL.search(before[-50:]) or TOTAL_FLOW.search(s):
        return None
    pre = [m for m in trades if m.start() < a.span[0]]
    m = pre[-1] if pre else trades[0]
    if m.start() < a.span[0] and _VERB.fullmatch(m.group(0)) and not SIDE.search(_clause_before(s, m.start())):
        return None  # "The Fed bought $50.5 billion of Treasury notes": a buyer of its own, not all foreigners
    sign = -1 if m.group("sell") or a.number < 0 else 1  # "Net Purchases | -$29.9B": net purchases below zero
    if kind in ("foreign", "foreign_bonds", "foreign_stocks") and _USSIDE.search(s[:a.span[0]]):
        sign = -sign  # US residents' sales of foreign securities are foreigners' purchases from them
    return kind, what, sign


def _own_month(c: Claim, ref) -> None:
    """"a net inflow of $7.7 billion vs June's outsized net inflow of $103.1 billion": the month named just before
    the figure, in the possessive, is the figure's own (the sentence's "in July" is the other figure's)."""
    from ustflow.check.periods import Period, month_window
    from ustflow.check.text import MONTHS

    at = c.amount.span[0] if c.amount is not None else 0
    m = _ANOTHER_MONTH.search(c.sentence.text[max(0, at - 60):at])
    if m is None or ref is None:
        return
    from ustflow.check.period_grammar import Resolver

    y, _ = Resolver(ref).year_for(MONTHS[m.group("month").lower()])
    if y is None:
        return
    w = month_window(y, MONTHS[m.group("month").lower()])
    c.period, c.period_how = Period("month", [w], f"{w[0]:%B %Y}", note=f"the month it names ('{m.group(0).strip()}')"), \
        "stated"


_CAL_HEAD = re.compile(r"^[ |]*(?:(?:Actual|Previous|Prior|Revised|Consensus|Forecast|Expected|Range)\b[ |]*){2,}$",
                       re.I | re.M)
_CELL_FIG = re.compile(r"[-+]?\$?\s?\d[\d.,]*\s*(?:[BMT]|bn|billion|million|trillion)?\b")


def _calendar_column(c: Claim, story: str) -> str:
    """The column of an economic calendar's row a figure stands in ("Actual | Previous" over "Net Long-Term
    Securities Transactions | $31.9B | $152.8B |"): the header's name at the figure's place among the row's figures."""
    head = _CAL_HEAD.search(story)
    s = c.sentence.text
    if head is None or "|" not in s or c.amount is None:
        return ""
    names = re.findall(r"Actual|Previous|Prior|Revised|Consensus|Forecast|Expected|Range", head.group(0), re.I)
    cells = [cell for cell in s.split("|")[1:] if _CELL_FIG.fullmatch(cell.strip())]
    at = s[:c.amount.span[0]].count("|") - 1
    seen = [i for i, cell in enumerate(s.split("|")[1:]) if _CELL_FIG.fullmatch(cell.strip())]
    if at not in seen or len(cells) > len(names):
        return ""
    return names[seen.index(at)].lower()


def _calendar_period(c: Claim, story: str) -> None:
    """A calendar's "Previous" (prior, revised) column is the period before the latest; its consensus or forecast
    is no official figure."""
    from ustflow.check.periods import Period

    col = _calendar_column(c, story)
    if col in ("previous", "prior", "revised") and c.period is None:
        c.period, c.period_how = Period("latest", [], "Previous", relative=True, extra={"offset": -1, "unit": "period"},
                                        note="the calendar's 'Previous' column: the period before the latest"), "stated"
    elif col in ("consensus", "forecast", "expected", "range"):
        c.forecast = True


#: what joins a pair's second figure to the first: "$7.7 billion in July, down from $103.1 billion in June",
#: "$140.5 billion in March from US$47.1 billion", "after $30.6 billion", "from a revised inflow of $54.4 billion"
_PAIR_JOIN = re.compile(r"[^.;$\d]{0,40}\b(?:from|after|vs\.?|versus|compared (?:with|to))\b[^.;$\d]{0,30}$", re.I)


def _pair_second(c: Claim, prev: Claim | None) -> tuple[str, str, int] | None:
    """The kind and sign of the figure ``prev`` (a TIC prose flow of the same sentence, just before ``c``) when ``c``
    is the other figure of its pair; the sign is ``prev``'s unless the words between name a trade of their own."""
    a, b = c.amount, prev.amount if prev is not None else None
    if a is None or b is None or prev.sentence is not c.sentence or prev.instrument is None or \
            a.currency != "USD" or not _no_holder(c) or a.in_units(1e9) >= 1000:
        return None
    between = c.sentence.text[b.span[1]:a.span[0]]
    if not _PAIR_JOIN.fullmatch(between):
        return None
    own = list(_TRADE.finditer(between))
    sign = (-1 if own[-1].group("sell") else 1) if own and not own[-1].group("neutral") else (prev.direction or 1)
    return prev.instrument[1], prev.instrument_text or "", sign


def reread(claims: list[Claim], story: str, ref=None) -> None:
    """Give each TIC prose flow figure its kind (``tic_kind`` instrument), sign and all foreigners as holder;
    ``ref``: the publication date, for the year of a month named without one."""
    prev: Claim | None = None  # the last figure read as a TIC prose flow
    for c in claims:
        if c.measure not in ("flow", "other", "holdings_level", "holdings_change", "institution", ""):
            continue
        got = kind_of(c, story) or _pair_second(c, prev)
        if got is None:
            continue
        prev = c
        kind, what, sign = got
        c.instrument, c.instrument_text = ("tic_kind", kind), what
        c.subject = Mention("foreign_investors", "foreign_investors", (0, 0), "foreigners")
        c.direction, c.direction_word = sign, "-" if sign < 0 else "+"
        c.measure = "tic_prose_flow"
        _own_month(c, ref)
        _calendar_period(c, story)
        c.notes.append(f"a TIC flow of {what} with no holder named: all foreigners' net purchases (Form S)")


#: kinds -> SLT Table 1's long-term US securities columns (2023-02 on; US securities only)
_SLT1 = {"treasury": "lt_treas_net", "agency": "lt_agcy_net", "corporate_bonds": "lt_corp_net", "us_stocks": "lt_eqty_net",
         "lt_us": "lt_total_net"}
_SERIES_NAMES = {"lt_net": "long-term securities (US and foreign)", "lt_us_net": "long-term US securities (the four US kinds)",
                 "lt_total_net": "long-term US securities"}


def prose_flow(c: Claim, ctx) -> Judgement:
    """All foreigners' net purchases of the claim's kind of security in its month: Form S (to 2023-01); Treasuries
    SLT Table 3 first; "long-term US securities" the four US kinds and all long-term securities (reporters use
    it for TIC's headline flow), the supported one, else the first of them."""
    from ustflow.check.tic_flows import tic_net

    kind = c.instrument[1] if c.instrument is not None else ""
    # "long-term U.S. securities" is the four US kinds in a story that reports the foreign ones apart (TIC's
    # press release), else most often TIC's headline flow under a loose name: that one first
    us = ["tic.forms.grand_total.lt_us_net", "tic.forms.grand_total.lt_net"]
    if not re.search(r"\bforeign securities\b", ctx.article or "", re.I):
        us.reverse()
    sids = {"treasury": ["tic.slt.grand_total.treasury_net", "tic.forms.grand_total.treasury_net"], "lt_us": us,
            "lt": ["tic.forms.grand_total.lt_net"]}.get(kind, [f"tic.forms.grand_total.{kind}_net"])
    if kind in _SLT1:  # from 2023-02 (after Form S): SLT Table 1's net US sales to foreigners of that kind
        sids = ([f"tic.slt1.grand_total.{_SLT1[kind]}"] if kind == "treasury" else []) + sids + \
            ([f"tic.slt1.grand_total.{_SLT1[kind]}"] if kind != "treasury" else [])
    results = []
    for sid in sids:
        src = "TIC SLT Table 3" if ".slt." in sid else "TIC SLT Table 1" if ".slt1." in sid else "TIC Form S"
        what = _SERIES_NAMES.get(sid.rsplit(".", 1)[1], c.instrument_text)
        j = tic_net(c, ctx, sid, f"{src}: all foreigners' net purchases of {what} (gross purchases - gross sales): ")
        if j is not None:
            results.append(j.note(next((n for n in c.notes if n.startswith("a TIC flow of")), "")))
    if not results:
        return unverifiable(f"TIC Form S has no month for {c.period.label if c.period else 'that period'} of "
                            f"{c.instrument_text} (it ends with January 2023; the SLT that replaced it reports "
                            f"foreigners' trades in US securities only, from February 2023)", series=sids[0])
    j = next((j for j in results if j.verdict == SUPPORTED), results[0])
    if kind in ("lt", "lt_us", "foreign") and j.verdict == CONTRADICTED and "possible_revision" not in j.flags:
        # TIC's press release adds to Form S's long-term totals its estimates (unrecorded principal repayments of
        # asset-backed securities, stock swaps): a gap beyond Form S's revisions may be those, not an error
        return set_aside(j, f"as read, {j.explanation}; TIC's press release adds adjustments to its long-term totals "
                            f"(estimated principal repayments, stock swaps) that Form S does not hold, so a gap beyond "
                            f"Form S's revisions does not show the figure wrong", ["press_release_basis"])
    return j
