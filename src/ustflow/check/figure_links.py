"""Pipeline passes that link a figure to the figures beside it in its sentence (or the story's wording), run by
``pipeline.check_article`` after extraction and classification: a period named after another figure
(``period_behind_another_figure``), "U.S. debt" in a Treasury story (``us_debt_as_treasuries``), a multiple's
period (``multiple_of``), a share's holder (``share_holder``), holders summed (``combined_holders``), a level
joined by "and" to a level (``parallel_levels``) and a flow's starting figure (``flow_base``)."""

from __future__ import annotations

import re

from ustflow.check.claims import Claim
from ustflow.check.text import spans


def combined_holders(c: Claim) -> list[str]:
    """"Japan and China together hold about $1.9 trillion": the holders summed, not either one's figure."""
    from ustflow.check.holder_parens import holder_bracket
    from ustflow.check.subjects import find_subjects

    s = c.sentence.text
    if not spans(_TOGETHER, s) or holder_bracket(c, s) or (c.subject is not None and c.measure != "share" and (
            c.subject.kind == "foreign_total" or (c.subject.kind == "foreign_investors" and c.measure.startswith("holdings")))):
        return []  # "China and Japan jointly account for a third of debt held abroad, which rose $47.7 billion": the whole
    slugs = list(dict.fromkeys(m.slug for m in find_subjects(s) if m.kind in ("country", "japan")))
    return slugs if len(slugs) >= 2 else []


_TOGETHER = re.compile(r"\b(?:together|combined|jointly|between them)\b", re.I)


def share_holder(c: Claim) -> None:
    """"China's share of foreign holdings fell to 8.5%": "foreign holdings" is the whole the share is of;
    the holder is the country named before it."""
    from ustflow.check.subjects import find_subjects

    who = [m for m in find_subjects(c.sentence.text) if m.kind in ("country", "japan") and m.span[0] < c.span[0]]
    if who:
        c.subject, c.subject_how = who[-1], "stated"


def multiple_of(c: Claim, claims: list[Claim]) -> None:
    """"bought ¥435.2 billion in the week to April 26, more than doubling from ¥218.2 billion a week
    earlier": the multiple is about the figure before it (its period), not the starting one."""
    own = [o for o in claims if o.sentence is c.sentence and o.kind == "amount" and o.span[1] <= c.span[0]
           and o.role != "from" and o.amount is not None and not o.amount.multiplier]
    if own and own[-1].period is not None:
        c.period, c.period_how = own[-1].period, own[-1].period_how


def treasury_part(c: Claim) -> bool:
    """"Japan bought $16.3 billion of Treasuries, including $1.6 billion of bills": a maturity part of the Treasuries
    the sentence totals, named by its instruments after "including" / "of which" (``holdings_terms.maturity``)."""
    from ustflow.check.holdings_terms import part_named

    return part_named(c) is not None


#: a holder's stock of "US securities": "Russia's holdings of US securities", "India held U.S. securities", "the largest
#: foreign holder of US securities" (not TIC's "long-term U.S. securities" flows, nor the Fed's custody "kept for ...")
_HELD_SECURITIES = re.compile(r"\b(?:holdings?|holders?|held|holds?|owns?|owned)\s+(?:of\s+|in\s+)?(?:the\s+)?"
                              r"U\.?S\.?\s+securities\b(?!\s+(?:kept|held)\s+(?:for|on behalf))", re.I)
_OTHER_US_SECURITIES = re.compile(r"\b(?:stocks|equities|corporate bonds|agency (?:debt|bonds)|U\.?S\.? securities)\b", re.I)


def us_debt_as_treasuries(claims: list[Claim], plain: str) -> None:
    """"U.S. debt" or "U.S. bonds" in a story about Treasuries that names no other US security
    (stocks, corporate or agency bonds) is Treasuries; elsewhere it stays all long-term US securities. A country's
    holdings of "US securities" in such a story are its Treasuries too ("Russia's holdings of US securities as of
    September stood at $10.75 billion" in a story of Treasury holders): TIC's table of holders is of Treasuries."""
    if not re.search(r"Treasur(?:y|ies|ys)\b", plain):
        return
    held = _HELD_SECURITIES.sub(" ", plain)
    if not re.search(r"\b(?:stocks|equities|corporate bonds|agency (?:debt|bonds))\b", held, re.I):
        for c in claims:  # (TIC's "long-term U.S. securities" flows besides are no other stock held)
            if c.instrument == ("tic", "us_securities") and c.subject is not None and \
                    c.subject.kind in ("country", "japan") and re.fullmatch(r"U\.?S\.? securities", c.instrument_text or "") \
                    and _HELD_SECURITIES.search(c.clause or c.sentence.text):
                c.instrument = ("tic", "treasuries")
    if _OTHER_US_SECURITIES.search(held):
        return
    for c in claims:
        if c.instrument == ("tic", "us_securities") and re.search(r"\b(?:debt|bonds)$", c.instrument_text or ""):
            c.instrument = ("tic", "treasuries")
    for c in claims:  # "bought $16.3 billion of Treasuries, including $1.6 billion of bills": a part of the Treasuries
        if c.instrument is not None and c.instrument[1] in ("st_debt", "lt_debt") and c.amount is not None \
                and c.amount.currency == "USD" and treasury_part(c):
            c.instrument = ("tic", "treasuries")


#: a move and the level it led to, told in a participle: "sold $8 billion of Treasuries, reducing its holdings to $835.4
#: billion as of January 2024", "fell $47.7 billion, to $1.19 trillion, in March" (the period after the level is the
#: move's too)
_LED_TO = re.compile(r"^[^;()]{0,80}?,\s*(?:thus\s+)?(?:reducing|bringing|cutting|lowering|raising|lifting|pushing|taking|"
                     r"boosting|increasing|trimming|leaving)\s+(?:its|their|the|total|[A-Z][\w.]*(?:'s|’s))\s+(?:[\w'’-]+\s+){0,3}?"
                     r"(?:to|at)\s+(?:a\s+(?:record\s+)?|about\s+|around\s+)?$|"
                     # "fell $47.7 billion, to $1.19 trillion, in March": the level set off by a comma alone
                     r"^\s*,\s*to\s+(?:a\s+(?:record\s+)?|about\s+|around\s+|some\s+)?$", re.I)


def period_behind_another_figure(claims: list[Claim]) -> None:
    """"Treasuries declined by $26.37 billion, the steepest since a $27.94 billion drop in the week ended
    Jan. 28": a period named after a figure belongs to it only if no other figure comes between them."""
    for c in claims:
        p = c.period
        if c.kind != "amount" or p is None or p.is_latest or c.period_how != "stated" or p.span[0] < c.span[1]:
            continue
        between = [o for o in claims if o is not c and o.sentence is c.sentence and o.kind == "amount"
                   and o.amount is not None and not o.amount.parenthetical
                   and c.span[1] <= o.span[0] and o.span[1] <= p.span[0] and o.period is p]
        # "¥X of stocks and ¥Y of bonds from January to March": a list shares its period; a figure in
        # another clause (", the steepest since a $Y drop in ...") keeps it to itself
        gap = c.sentence.text[c.span[1]:between[0].span[0]] if between else ""
        if between and re.search(r"[,;(]|\b(?:since|after|before|than|compared|versus|from)\b", gap, re.I) and \
                not _LED_TO.search(gap):
            c.period, c.period_how = None, "none"


def flow_base(claims: list[Claim]) -> None:
    """"Foreigners bought a net $72.9 billion of Treasuries in April, up from $50.0 billion in March": the
    starting figure of a flow is the same flow in the earlier period, not a holdings level."""
    for prev, c in zip(claims, claims[1:]):
        if c.kind == "amount" and prev.kind == "amount" and c.sentence is prev.sentence and c.role != "change" and \
                (prev.measure == "flow" or (prev.measure == "other" and prev.direction is not None)) and \
                c.measure.startswith("holdings") and c.amount is not None and \
                prev.amount is not None and c.amount.currency == prev.amount.currency and \
                re.fullmatch(r"[^$¥\d;]{0,60}?\b(?:up|down|compared|versus|from)\b[^$¥\d;]{0,30}",
                             c.sentence.text[prev.span[1]:c.span[0]], re.I):
            c.measure, c.role = prev.measure, "flow"  # a flow out of scope stays so ("long-term U.S. securities")
            c.notes += [n for n in prev.notes if n.startswith("beyond: ")]
            c.subject, c.subject_how = prev.subject, prev.subject_how
            c.instrument, c.instrument_text = prev.instrument, prev.instrument_text
            c.direction, c.direction_word = prev.direction, prev.direction_word
        elif c.kind == "amount" and prev.kind == "amount" and c.sentence is prev.sentence and not c.role and \
                prev.measure == "holdings_change" and c.measure == "holdings_level" and c.amount is not None and \
                prev.amount is not None and c.amount.currency == prev.amount.currency and \
                re.fullmatch(r"[^$¥\d;]{0,40}?\b(?:compared (?:with|to)|versus|vs\.?|against)\s+(?:an?\s+|the\s+)?",
                             c.sentence.text[prev.span[1]:c.span[0]], re.I) and \
                not re.match(r"\s*(?:at|by|as of) the end of\b", c.sentence.text[c.span[1]:], re.I):
            # (not "compared to $46.4 billion at the end of December": a month's end holds a level)
            # "increased its holdings by $1.8 billion, compared with $23.5 billion in February": the same change
            c.measure, c.role = "holdings_change", "change"
            c.subject, c.subject_how = prev.subject, prev.subject_how
            c.instrument, c.instrument_text = prev.instrument, prev.instrument_text


def parallel_levels(claims: list[Claim]) -> None:
    """"rose to $1.13 trillion in April and $1.135 trillion in May": a figure joined by "and" to a level,
    with only a period between them, is a level too (the verb's "to" governs both); so is one read as nothing
    ("at $116.4 billion (end of December) and $119.6 billion (at the end of January)")."""
    for prev, c in zip(claims, claims[1:]):
        if c.kind != "amount" or prev.kind != "amount" or c.sentence is not prev.sentence or c.role or \
                prev.role != "level" or prev.measure != "holdings_level" or c.measure not in ("holdings_change", "other") or \
                any(n.startswith("beyond: ") for n in c.notes) or \
                c.amount is None or prev.amount is None or c.amount.currency != prev.amount.currency:
            continue
        between = c.sentence.text[prev.span[1]:c.span[0]]
        if re.fullmatch(r"[^$¥\d;]{0,30}?\s*(?:,\s*)?and\s+(?:to\s+)?", between):
            c.measure, c.role = "holdings_level", "level"
