"""Comparisons across holders: shares of foreign holdings, rankings, "the most of any country".

TIC attributes holdings to the custodian's country (Belgium and the UK hold others' bonds), so a
ranking is of custodian countries; the explanation shows the top three. Changes across holders are
like-for-like at series breaks.
"""

from __future__ import annotations

import re

from ustflow.check import compare as C, windows as W
from ustflow.check.claims import Claim
from ustflow.check.holder_lists import LISTED
from ustflow.check.holder_ranks import holder_ranks
from ustflow.check.japanese_ranks import HELD_FOR
from ustflow.check.place_frames import GROUP_PLACE, PLACE_BEFORE
from ustflow.check.qualifiers_ja import ja_number
from ustflow.check.qualifiers_state import LAST_PASSED_RX
from ustflow.check.results import CONTRADICTED, SUPPORTED, Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context, NoPeriod, claim_windows, country_name, holder_slug, subject_label
from ustflow.vocab import COUNTRY_GROUPS


def _month(c: Claim, ctx: Context, s, sid: str):
    try:
        wins, note = claim_windows(c, s, sid, ctx)
    except NoPeriod as e:
        return None, str(e) or "no period stated and no publication date"
    for w in wins:
        sel = W.select(s.dropna(), *w)
        if not sel.empty:
            return sel.index[-1], note
    return None, note or "no data for that period"


def _uncovered(note: str, series: str | None = None) -> Judgement:
    """Why ``_month`` found no month: no date to resolve the claim's period by, or no data in it."""
    if "no publication date" in note:
        return unverifiable(note, series=series)
    return unverifiable(f"TIC holdings do not cover that period ({note})", series=series)


def share(c: Claim, ctx: Context) -> Judgement:
    """A holder's share of all foreign holdings; "Japan and China together hold a fifth": their summed share."""
    slugs = list(c.combined) or [holder_slug(c)]
    if None in slugs or "grand_total" in slugs:
        return unverifiable("no holder named for this share")
    parts = [ctx.data.series(f"tic.holdings.{x}") for x in slugs]
    tot = ctx.data.series("tic.holdings.grand_total")
    if any(x is None for x in parts) or tot is None:
        return unverifiable(f"no TIC holdings series for {subject_label(c)}")
    s = parts[0]
    for x in parts[1:]:
        s = s + x  # aligned by month: a month missing for either holder has no sum
    slug = "+".join(slugs)
    who = " + ".join(country_name(x) for x in slugs) if len(slugs) > 1 else subject_label(c)
    sh = (100 * s / tot).dropna()
    p, note = _month(c, ctx, sh, "tic.holdings.grand_total")
    if p is None:
        return _uncovered(note, f"tic.holdings.{slug}")
    v = float(sh[p])
    tol = max(c.amount.precision, 0.5 if c.amount.qualifier != "approx" else 1.5)
    ok = C.matches(c.amount.number, v, c.amount.qualifier, tol)
    j = Judgement(SUPPORTED if ok else CONTRADICTED,
                  f"{who}: {C.fmt_num(float(s[p]))} of {C.fmt_num(float(tot[p]))} USD bn held by all "
                  f"foreign holders = {v:.1f}% in {W.label(p)}", series=f"tic.holdings.{slug}",
                  official_value=round(v, 2), official_unit="percent of foreign holdings", period=W.label(p),
                  tolerance=f"±{tol:g} percentage points", claimed_value=c.amount.number)
    return j.note(note)


def ratio(c: Claim, ctx: Context) -> Judgement:
    """"Japan's holdings are nearly double China's": one holder's TIC holdings over another's in the month."""
    slug, other = holder_slug(c), c.other.slug if c.other is not None else None
    if slug in (None, "grand_total", "foreign_official") or other is None:
        return unverifiable("a multiple of another holder's holdings needs two countries")
    a, b = ctx.data.series(f"tic.holdings.{slug}"), ctx.data.series(f"tic.holdings.{other}")
    if a is None or b is None:
        return unverifiable(f"no TIC holdings series for {subject_label(c)} or {country_name(other)}")
    r = (a / b).dropna()
    p, note = _month(c, ctx, r, f"tic.holdings.{slug}")
    if p is None:
        return _uncovered(note, f"tic.holdings.{slug}")
    v, n, q = float(r[p]), c.amount.number, c.amount.qualifier
    # a multiple is a round figure: "double" is 1.9-2.1 times (its precision); "about twice" / "roughly half" round
    # to the nearest simple multiple, so within a tenth of it (1.86 is "about twice"; 1.7 would be "1.7 times")
    tol = max(c.amount.precision, 0.1 * n) if q == "approx" else c.amount.precision
    ok = C.matches(n, v, q, tol, truncate=False)
    j = Judgement(SUPPORTED if ok else CONTRADICTED,
                  f"{subject_label(c)} {C.fmt_num(float(a[p]))} / {country_name(other)} {C.fmt_num(float(b[p]))} USD bn "
                  f"= {v:.2f} times in {W.label(p)}", series=f"tic.holdings.{slug}", official_value=round(v, 3),
                  official_unit="times", period=W.label(p), tolerance=f"±{tol:g} times",
                  claimed_value=c.amount.number)
    return j.note(note)


#: "normally the top holder", "traditionally the biggest buyer": what is usual, not a rank in one month
_HABITUAL = re.compile(r"\b(?:normally|usually|typically|traditionally|historically|customarily|generally|long|often)\s+"
                       r"(?:been\s+|being\s+)?(?:the\s+|a\s+|its\s+)?$", re.I)


#: "the biggest holder after Japan (is China)", "the largest holder behind Japan and China": the holders followed
_FOLLOWS = re.compile(r"\s+(?:only\s+)?(?:after|behind)\s+(?P<who>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z(][\w.)]*)*"
                      r"(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z(][\w.)]*)*)*)")


#: a country's place among the world's creditors, by net external assets (Japan's international investment position,
#: MoF each May): "the world's largest creditor nation", "世界最大の債権国", not a place among TIC's holders
_NIIP = re.compile(r"対外(?:純)?資産|対外債権|純資産国|net (?:external|foreign|international) assets|"
                   r"(?:international )?investment position|\bNIIP\b", re.I)
_WORLD_CREDITOR = re.compile(r"世界(?:で)?(?:最大|一|トップ|第?[\d一二三四五]+位?)の(?:純)?債権国|"
                             r"\bworld'?s?\s+(?:\w+[- ])?(?:largest|biggest|top|No\.\s?\d|number[- ]\w+|\w+-largest)\s+"
                             r"(?:net\s+)?creditor(?:\s+(?:nation|country))?|creditor (?:nation|country)\b[^.。]{0,30}"
                             r"\b(?:in the world|worldwide|globally)", re.I)
_US_DEBT = re.compile(r"米国債|米国の?国債|財務省証券|米国(?:の)?(?:最大|第)|米国にとって|[Tt]reasur|\bU\.?S\b|United States|"
                      r"America|\bTIC\b")

_A_MONTH = re.compile(r"\d{1,2}月(?!末)|\b(?:January|February|March|April|May|June|July|"
                      r"August|September|October|November|December)\b")


def creditor_nation(c: Claim) -> str:
    """The words that make a creditor's place one among the world's creditor nations (by net external assets), or
    "": a sentence about net external assets, or "the world's largest creditor nation" with no US debt named."""
    s = c.sentence.text
    if not re.search(r"creditor|債権", s[c.span[0]:c.span[1] + 12], re.I):
        return ""
    # (a month named, "日本は2月も世界一の債権国だった", is TIC's monthly table: net external assets are a year-end stock)
    m = _NIIP.search(s) or (None if _US_DEBT.search(s) or _A_MONTH.search(s) else _WORLD_CREDITOR.search(s))
    return m.group(0) if m else ""


def holder_rank(c: Claim, ctx: Context) -> Judgement:
    """A holder's place among TIC's holders; not a place among the world's creditor nations (``creditor_nation``)."""
    niip = creditor_nation(c)
    if niip and c.rank:
        return unverifiable(f"'{niip}': a place among the world's creditor nations, by net external assets (Japan's "
                            f"international investment position), which the store does not hold; TIC ranks holders "
                            f"of US Treasuries only")
    return _holder_rank(c, ctx)


def _holder_rank(c: Claim, ctx: Context) -> Judgement:
    if not c.rank:  # "その座を奪還" with no place named before it
        return unverifiable(f"'{c.sentence.text[c.span[0]:c.span[1]]}': the place it refers to is not named before")
    if GROUP_PLACE in c.notes:  # "Among the BRIC nations, India has the third largest exposure"
        return unverifiable(f"'{c.sentence.text[c.span[0]:c.span[1]]}': {GROUP_PLACE}")
    slug = holder_slug(c)
    if slug is None or c.subject.kind not in ("japan", "country"):
        return unverifiable("a ranking of holders needs a country")
    hab = _HABITUAL.search(c.sentence.text[max(0, c.span[0] - 30):c.span[0]])
    if any(m.start() < c.span[0] and c.span[1] <= m.end() for m in LAST_PASSED_RX.finditer(c.sentence.text)):
        # "Japan last surpassed China as top holder in 2008": the place is the last pass's, judged by its date
        return unverifiable(f"'{c.sentence.text[c.span[0]:c.span[1]]}': the place held the last time it passed the "
                            f"other holder (its date is judged as such), not in the story's month")
    if hab:
        return unverifiable(f"'{hab.group(0).strip()} {c.sentence.text[c.span[0]:c.span[1]]}': a habitual rank (what is usual over years), not a claim "
                            f"about one month that the monthly table can confirm or refute")
    fol = _FOLLOWS.match(c.sentence.text, c.span[1])
    if fol and fol.start("who") <= c.subject.span[0] < fol.end("who"):
        return unverifiable(f"'{c.sentence.text[c.span[0]:fol.end('who')].strip()}': the holder named is the one "
                            f"ranked before; which holder takes this place is not read")
    h = ctx.data.holdings().dropna(how="all")
    if slug in COUNTRY_GROUPS and not c.negated:  # "the oil exporters, in fourth place": a row of the table
        return _group_row_place(c, ctx, h, slug)
    if slug not in h.columns:
        return unverifiable(f"{subject_label(c)} is not among the countries TIC lists")
    p, note = _month(c, ctx, h[slug], "tic.holdings.grand_total")
    if p is None:
        return _uncovered(note, f"tic.holdings.{slug}")
    if PLACE_BEFORE in c.notes or (_FROM_RANK.search(c.sentence.text[:c.span[0]]) and
                                   _TO_RANK.match(c.sentence.text[c.span[1]:])):
        # "China has gone from being the second largest creditor to the third": the rank it left, the month before
        before = h.index[h.index < p]
        if len(before):
            p = before[-1]
            note = "; ".join(x for x in (note, f"'from' a rank to another: the rank before, {W.label(p)}") if x)
    row = h.loc[p].dropna().sort_values(ascending=False)
    places = holder_ranks(ctx.data).loc[p]
    rank = int(places[slug])
    top = ", ".join(f"{i + 1}. {country_name(k)} {C.fmt_num(float(v))}" for i, (k, v) in enumerate(row.head(3).items()))
    group = top_group(c)
    if group is not None:
        return _top_n(c, group, places, p, top).note(note)
    if c.rank == 1 and not c.negated and _AMONG.search(c.sentence.text[:c.span[0]]):
        return _among_largest(c, slug, rank, p, top).note(note)
    base = {"series": f"tic.holdings.{slug}", "official_unit": "rank", "claimed_value": float(c.rank)}
    kept = next((int(x.rsplit(" ", 1)[1]) for x in c.notes if x.startswith(HELD_FOR)), None)
    if kept:  # "その座を8ヶ月維持", "held that position for eight months"
        return _kept_for(c, holder_ranks(ctx.data), slug, p, kept, base).note(note)
    until = _UNTIL.search(c.sentence.text[:c.period.span[0]]) if c.period is not None else None
    if until is not None and until.start() >= c.span[1] and not c.negated:  # (not a place inside the until clause)
        return _held_until(c, ctx, h, slug, base).note(note)
    if c.rank_since:
        import pandas as pd

        y, m = c.rank_since
        first = pd.Period(f"{y}-{m or 12:02d}", "M")  # "since 2019": from the end of 2019, or the month named
        ranks = holder_ranks(ctx.data)[slug]
        ranks = ranks[(ranks.index >= first) & (ranks.index <= p)]
        off = ranks[ranks != c.rank]
        if not off.empty:
            return Judgement(CONTRADICTED, f"{subject_label(c)} ranked {int(off.iloc[0])} in {W.label(off.index[0])}, "
                                           f"not {c.rank} in every month from {first} to {W.label(p)}",
                             official_value=float(off.iloc[0]), period=W.label(off.index[0]), **base).note(note)
        top += f"; rank {c.rank} in every month from {first} to {W.label(p)}"
    ok = (rank == c.rank) != c.negated
    listed = next((int(x.rsplit(" ", 1)[1]) for x in c.notes if x.startswith(LISTED)), None)
    if listed is not None and not ok and rank <= listed:  # "the three largest were Japan, the U.K. and China"
        return unverifiable(f"{subject_label(c)} ranks {rank} in {W.label(p)}, one of the first {listed} the list names, "
                            f"but not in the place listed: the list may not be in order of holdings ({top} USD bn)",
                            series=f"tic.holdings.{slug}").note(note)
    if ok and "becomes" in c.notes and not c.negated and not c.rank_since and (
            "regains" in c.notes or (c.period is not None and not c.period.is_latest)):
        why = _became(c, ctx, h, slug)
        if why:
            return Judgement(CONTRADICTED, why, official_value=float(rank), period=W.label(p), **base).note(note)
    if not ok and not c.negated and (part := _part_of_year(c, holder_ranks(ctx.data), slug, p)):
        return _with_level(Judgement(SUPPORTED, f"{subject_label(c)} ranks {c.rank} among foreign holders in {part} (TIC, "
                                             f"by custodian country), part of the year named; {rank} in {W.label(p)}: "
                                             f"{top} USD bn", official_value=float(c.rank), period=part, **base),
                           slug, p, row).note(note)
    if not ok and not c.negated and (rowed := _row_place(c, ctx, h, slug, p, f"{rank} among countries: {top} USD bn")):
        return rowed.note(note)
    j = Judgement(SUPPORTED if ok else CONTRADICTED,
                  f"{subject_label(c)} ranks {rank} among foreign holders in {W.label(p)} (TIC, by custodian country): "
                  f"{top} USD bn" + (f" (the claim says it is no longer number {c.rank})" if c.negated else ""),
                  official_value=float(rank), period=W.label(p), **base)
    return _with_level(j, slug, p, row).note(note)


def _among_largest(c: Claim, slug: str, rank: int, p, top: str) -> Judgement:
    """"China, which along with Japan is among the largest holders": one of the ten largest, as "one of the largest" is
    for a figure (history.TOP_N)."""
    ok = rank <= TOP_N
    return Judgement(SUPPORTED if ok else CONTRADICTED,
                     f"{subject_label(c)} ranks {rank} among foreign holders in {W.label(p)} ("
                     f"{'' if ok else 'not '}one of the {TOP_N} largest; TIC, by custodian country): {top} USD bn",
                     series=f"tic.holdings.{slug}", official_value=float(rank), official_unit="rank",
                     period=W.label(p), claimed_value=float(TOP_N))


def _place_with_groups(ctx: Context, h, slug: str, p) -> tuple[int, str] | None:
    """The place of ``slug`` among the rows of TIC's Major Foreign Holders table in month ``p`` with the two groups the
    table listed until 2011 counted as rows (oil exporters, Caribbean banking centers), as the press ranks the table it
    copies ("o Brasil ... caiu para o sétimo lugar" behind both groups), and the groups' figures; None when the month
    has no group row."""
    row = h.loc[p].dropna() if p in h.index else None
    groups = {g: ctx.data.series(f"tic.holdings.{g}") for g in sorted(COUNTRY_GROUPS)}
    vals = {g: float(x[p]) for g, x in groups.items() if x is not None and p in x.index and x[p] == x[p]}
    if row is None or not vals or (slug not in row.index and slug not in vals):
        return None
    for g, v in vals.items():
        row[g] = v
    listed = ", ".join(f"{country_name(g)} {C.fmt_num(v)}" for g, v in vals.items())
    return int(row.rank(ascending=False, method="min")[slug]), listed


#: a place said as a place ("in 7th place", "ranked 6th"), not as the Nth-largest holder or creditor (a country)
_AS_HOLDER = re.compile(r"larg|bigg|holder|creditor|owner|investor", re.I)
#: a place kept ("remained in fifth place", "permaneceu em quinto lugar", "kept 5th place"): the month before's too
_KEPT_BEFORE = re.compile(r"\b(?:remain(?:s|ed)?|stay(?:s|ed)?|kept|keeps|retain(?:s|ed)?|still)\s+(?:in\s+)?$", re.I)


def _row_place(c: Claim, ctx: Context, h, slug: str, p, among: str) -> Judgement | None:
    """A place said as a place that is not the country's among countries but is its place among the table's rows with
    the groups counted (``_place_with_groups``): supported (a place kept is also judged the month before); None
    otherwise (the place among countries stands)."""
    rows = _place_with_groups(ctx, h, slug, p)
    if rows is None or rows[0] != c.rank or _AS_HOLDER.search(c.sentence.text[c.span[0]:c.span[1]]):
        return None
    base = {"series": f"tic.holdings.{slug}", "official_unit": "rank", "claimed_value": float(c.rank)}
    before = h.index[h.index < p]
    if _KEPT_BEFORE.search(c.sentence.text[max(0, c.span[0] - 30):c.span[0]]) and len(before) and \
            (was := _place_with_groups(ctx, h, slug, before[-1])) and was[0] != c.rank:
        return Judgement(CONTRADICTED, f"{subject_label(c)} ranks {c.rank} among the rows of TIC's table in {W.label(p)}, "
                                       f"counting the groups it lists ({rows[1]}), but {was[0]} in {W.label(before[-1])}: "
                                       f"it did not keep the place", official_value=float(was[0]),
                         period=W.label(before[-1]), **base)
    return Judgement(SUPPORTED, f"{subject_label(c)} ranks {c.rank} among the rows of TIC's table in {W.label(p)}, "
                                f"counting the groups it lists ({rows[1]}); {among}", official_value=float(c.rank),
                     period=W.label(p), **base)


def _group_row_place(c: Claim, ctx: Context, h, slug: str) -> Judgement:
    """A group's place ("O terceiro lugar passou a ser ocupado por Centros Bancários no Caribe"): among the table's
    rows, the groups counted (``_place_with_groups``); the groups have no place among countries. Another place is left
    unverifiable: a sentence naming both groups ("passing the oil exporters, which were fourth") may give one's place
    to the other."""
    p, note = _month(c, ctx, ctx.data.series(f"tic.holdings.{slug}").dropna(), "tic.holdings.grand_total")
    rows = _place_with_groups(ctx, h, slug, p) if p is not None else None
    if rows is None:
        return _uncovered(note or "no group row that month", f"tic.holdings.{slug}")
    why = f"{subject_label(c)} ranks {rows[0]} among the rows of TIC's table in {W.label(p)}, counting the groups it " \
          f"lists ({rows[1]})"
    if rows[0] != c.rank:
        return unverifiable(f"{why}, not {c.rank}: which row the sentence places is not read", series=f"tic.holdings.{slug}")
    return Judgement(SUPPORTED, why, series=f"tic.holdings.{slug}", official_value=float(rows[0]), official_unit="rank",
                     period=W.label(p), claimed_value=float(c.rank)).note(note)


def _with_level(j: Judgement, slug: str, p, row) -> Judgement:
    """``j`` with the holder's holdings in month ``p`` as its figure: the series a qualifier of the place counts on
    ("China was the top holder as recently as 2019")."""
    j.figure = Figure(f"tic.holdings.{slug}", [p], float(row[slug]), "USD bn", "level")
    return j


def _part_of_year(c: Claim, places, slug: str, p) -> str:
    """"中国は2019年に最大の保有国だった", "China was the largest holder in 2019": a place held in a whole year named
    (not its end) is true of the months of that year it was held in, when the year's last month shows another; the
    months that held it ("2019-01..2019-05"), else ""."""
    if c.period is None or c.period.kind != "year" or c.rank_since or "becomes" in c.notes or \
            re.search(r"末|\bend\b", c.period.label):
        return ""
    held = places[slug]
    held = held[(held.index.year == p.year) & (held.index <= p)]
    held = held[held == c.rank]
    return f"{W.label(held.index[0])}..{W.label(held.index[-1])}" if len(held) else ""


_AMONG = re.compile(r"\b(?:one of|among)\s+$", re.I)
#: "went from (being) the second largest holder to the third": the first rank is the one before the change
_FROM_RANK = re.compile(r"\bfrom\s+(?:being\s+)?$", re.I)
_TO_RANK = re.compile(r"[^.;]{0,60}?\bto\s+(?:being\s+|become\s+|becoming\s+)?(?:the\s+)?(?:world(?:'|’)s\s+)?"
                      r"(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|largest|biggest|top)\b", re.I)
TOP_N = 10  # "among the largest holders": within the ten largest (as history.TOP_N for "one of the largest")
_TOP_N = re.compile(r"\b(?:the\s+)?(?:world(?:'|’)s\s+)?(?P<n>two|three|four|five|[2-5])\s+$", re.I)
#: "the top five holders": the number after "top" (in the claim's own words)
#: ("among the top 10", "a top-10 creditor": the number closing the claim, or joined by a hyphen)
_TOP_N_AFTER = re.compile(r"(?:(?:among|in|into|within|inside)\s+)?(?:(?:the|its|a)\s+)?top[\s-](?P<n>two|three|four|five|six|seven|eight|nine|ten|[1-4]\d|[2-9])"
                          r"(?:\s|$)", re.I)
#: "上位2大債権国", "上位12カ国", "10位以内": the first n places as a group, in Japanese
_JA_TOP_N = re.compile(r"上位(?P<n>[1-9]\d?|[二三四五六七八九十])|(?P<n2>[1-9]\d?)位以内")
#: "中国に次ぐ", "中国に次いで": the place after the holders named (``japanese_ranks``)
_JA_NEXT = re.compile(r"に次(?:いで|ぎ|ぐ)$")
_N = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def top_group(c: Claim) -> tuple[int, list[str]] | None:
    """"China and Japan, the world's two largest holders": (2, the holders named before it) when the ranking
    is of a group ("the two largest"), not of one holder; None otherwise."""
    from ustflow.check.subjects import find_subjects

    s = c.sentence.text
    ja = _JA_TOP_N.search(c.claim_text)
    if ja:  # "日本と中国は米国債の上位2大債権国だ", "インドが10位以内": the holders named before it
        named = list(dict.fromkeys(x.slug for x in find_subjects(s[:c.span[0]]) if x.kind in ("country", "japan")))
        n = ja_number(ja.group("n") or ja.group("n2"))
        return n, named[-n:] if named else ([c.subject.slug] if c.subject is not None else [])
    if _JA_NEXT.search(c.claim_text):  # "日本とイギリスは中国に次ぐ米国債保有国": the places after, shared by the holders
        named = list(dict.fromkeys(x.slug for x in find_subjects(s[max(s.rfind("、", 0, c.span[0]), 0):c.span[0]])
                                   if x.kind in ("country", "japan")))
        return (c.rank + len(named) - 1, named) if len(named) >= 2 and c.rank else None
    m = _TOP_N.search(s[:c.span[0]]) or _TOP_N_AFTER.match(c.claim_text)
    if m is None:
        # "China and Japan are the biggest foreign holders": a plural place shared by the holders named before it
        named = list(dict.fromkeys(x.slug for x in find_subjects(s[:c.span[0]]) if x.kind in ("country", "japan")))
        plural = re.search(r"(?:holder|creditor|owner|lender)s\s*$", c.claim_text, re.I)
        joined = re.search(r"\b(?:and|&)\b[^,;.]{0,40}\b(?:are|were|remain|remained|as)\b", s[:c.span[0]], re.I)
        return (len(named), named) if plural and joined and len(named) >= 2 and c.rank == 1 else None
    n = _N.get(m.group("n").lower()) or int(m.group("n"))
    head = s[:m.start()] if m.string is s else s[:c.span[0]]
    named = list(dict.fromkeys(x.slug for x in find_subjects(head) if x.kind in ("country", "japan")))
    if not named and re.match(r"(?:U\.S\.|[^.;]){0,60}?\b(?:were|are|includ(?:e|es|ed))\s+(?=[A-Z])", s[c.span[1]:]):
        # "the three largest holders were Japan, China and the U.K.": the holders listed after it ("The top 10 holders
        # ... also include Switzerland, the Cayman Islands, Belgium, Taiwan and Brazil": each of them)
        named = list(dict.fromkeys(x.slug for x in find_subjects(s[c.span[1]:]) if x.kind in ("country", "japan")))[:n]
    return n, named[-n:] if named else ([c.subject.slug] if c.subject is not None else [])


def _top_n(c: Claim, group: tuple[int, list[str]], places, p, top: str) -> Judgement:
    """Every holder of the group ranks within the first n (TIC, by custodian country) in month ``p``."""
    n, slugs = group
    ranks = {k: int(places[k]) for k in slugs if k in places.index and places[k] == places[k]}
    if not ranks:
        return unverifiable("a ranking of holders needs a country TIC lists")
    worst = max(ranks, key=lambda k: ranks[k])
    ok = (ranks[worst] <= n and len(ranks) <= n) != c.negated  # ("had previously been a top-10 creditor": no longer)
    said = " and ".join(f"{country_name(k)} ranks {r}" for k, r in ranks.items())
    return Judgement(SUPPORTED if ok else CONTRADICTED,
                     f"the {n} largest foreign holders in {W.label(p)}: {said} (TIC, by custodian country): {top} USD bn",
                     series=f"tic.holdings.{worst}", official_value=float(ranks[worst]), official_unit="rank",
                     period=W.label(p), claimed_value=float(n))


def _became(c: Claim, ctx: Context, h, slug: str) -> str:
    """'China became (overtook Japan as) the largest holder in September 2008': some month of the period
    named must be the first of a run at that rank. '' when one is; else why not, with the month it was."""
    ranks = holder_ranks(ctx.data)[slug].dropna()
    wins, _ = claim_windows(c, h[slug], "tic.holdings.grand_total", ctx)
    months = sorted({p for w in wins for p in W.select(ranks, *w).index})
    for p in months:
        prev = ranks[ranks.index < p]
        if ranks[p] == c.rank and (prev.empty or prev.iloc[-1] != c.rank):
            return ""
    if not months:
        return ""
    at = ranks[ranks.index <= months[-1]]
    off = at[at != c.rank]
    since = f"; it became number {c.rank} in {W.label(at.index[at.index > off.index[-1]][0])}" if not off.empty else \
        f"; number {c.rank} since the data begin ({W.label(at.index[0])})"
    return (f"{subject_label(c)} was already number {c.rank} among foreign holders before "
            f"{W.label(months[0])}, so it did not become number {c.rank} then{since}")


def cross(c: Claim, fig: Figure, ctx: Context) -> Judgement:
    """'the most of any foreign country': the figure against every country's in the same period."""
    if not fig.series.startswith("tic.holdings.") or fig.agg not in ("level", "change"):
        return unverifiable("a comparison across countries needs a TIC holdings level or change")
    slug = fig.series.removeprefix("tic.holdings.")
    h = ctx.data.holdings().dropna(how="all")
    if slug not in h.columns:
        return unverifiable(f"{country_name(slug)} is not among the countries TIC lists")
    end = fig.end
    if fig.agg == "level":
        vals = h.loc[end].dropna()
    else:
        base = fig.periods[0]
        import pandas as pd

        n = int((end - base).n)
        got = {}
        for k in h.columns:  # like for like across series breaks, country by country
            ch = ctx.data.changes(f"tic.holdings.{k}", n)
            if ch is not None and end in ch.index and pd.notna(ch[end]):
                got[k] = float(ch[end])
        vals = pd.Series(got, dtype="float64")
    q = c.qualifier
    d = (-1 if fig.value < 0 else 1) if q.magnitude and fig.agg == "change" else (-1 if q.extreme == "min" else 1)
    if q.magnitude and fig.agg == "change" and q.direction:  # the side the words name ("減少額が最も多かった国は日本")
        d = q.direction
    order = (vals * d).sort_values(ascending=False)
    rank = int(list(order.index).index(slug)) + 1
    top = ", ".join(f"{country_name(k)} {vals[k]:+,.1f}" if fig.agg == "change" else f"{country_name(k)} {vals[k]:,.1f}"
                    for k in order.index[:3])
    ok = rank == 1
    lead = float(order.iloc[0] - order[slug])
    if not ok and fig.agg == "change" and lead <= max(1.0, 0.05 * abs(float(vals[order.index[0]]))):
        # first by a hair in the first print, second by as little today: revisions reorder such close moves
        return unverifiable(f"{country_name(slug)} ranks {rank} by change in {W.label(end)}, within {lead:,.1f} USD bn of "
                            f"the first ({top} USD bn): revisions may have reordered them", series=fig.series, period=W.label(end),
                            flags=["possible_revision"])
    return Judgement(SUPPORTED if ok else CONTRADICTED,
                     f"{country_name(slug)} ranks {rank} of {len(vals)} countries by "
                     f"{'change' if fig.agg == 'change' else 'holdings'} in {W.label(end)}: {top} USD bn",
                     series=fig.series, official_value=float(rank), official_unit="rank", period=W.label(end))


#: what a streak counts when the words after it (Japanese) or before it (English) name a rank: "10カ月連続でトップを
#: 保った", "the largest foreign holder for a tenth straight month", "the largest holder of U.S. debt in September for the
#: fourth consecutive month" (the "U.S." abbreviation is no end of the clause)
#: "3カ月連続でトップ", "直近3カ月連続で中国に代わって米国の最大債権国となっている": the place said after the run in its
#: clause, with no move in holdings between ("3カ月連続で保有を減らした最大の保有国" is a run of cuts)
_RANK_AFTER = re.compile(r"^\s*(?:で|の|も)?\s*(?:(?![減増売買]|上回|下回|低下|上昇)[^。、,]){0,16}?"
                         r"(?:トップ|首位|最大(?:の)?(?:保有国|債権国))")
#: a verb of a move in holdings ("cut", "raised", "bought", "shrank"): none may stand between a place and its run
_MOVES = r"(?:cut|rais|increas|reduc|rose|fell|bought|sold|add|trim|decreas|declin|grew|shr[ua]nk|slash|boost)\w*"
_RANK_BEFORE = re.compile(r"\b(?:top|largest|biggest|number one|No\.\s*1|first)\s+(?:foreign\s+|overseas\s+)?"
                          r"(?:holder|creditor|owner|investor|rank|spot|position|place)\b"
                          r"(?:(?!\s" + _MOVES + r")(?:U\.S\.|[^,.;])){0,40}?(?P<comma>,\s*)?(?:\bfor\s+(?:the|a|an)\s+)?$",
                          re.I)
#: the rank after an English streak that opens the clause: "For the fourth consecutive month, Japan was the largest
#: holder", "for a third straight month Japan remained the top foreign creditor" (no move between)
_RANK_AFTER_EN = re.compile(r"[^.;]{0,40}?\b(?:was|were|is|remained|remains|stayed|stays|continued\s+to\s+be|"
                            r"held\s+on\s+as|kept\s+its\s+(?:place|spot|position)\s+as)\s+(?:the\s+)?(?:top|largest|"
                            r"biggest|number one|No\.\s*1)\s+(?:foreign\s+|overseas\s+)?(?:holder|creditor|owner|investor)\b",
                            re.I)
_MOVE_VERB = re.compile(r"\b" + _MOVES, re.I)


def rank_streak(c: Claim, fig: Figure, ctx: Context) -> Judgement | None:
    """"日本は...10カ月連続でトップを保った": a run of months as the largest holder, not of rises. None when
    the streak's words name no rank (then it counts rises or net purchases, ``history.streak``)."""
    s = c.sentence.text
    before = _RANK_BEFORE.search(s[:c.span[0]])
    if before and before.group("comma") and _MOVE_VERB.search(re.split(r"[.;,]", s[c.span[1]:])[0]):
        before = None  # "Japan, the largest holder, for the third month cut its holdings": a run of cuts
    after = _RANK_AFTER_EN.match(s, c.span[1])
    if after and _MOVE_VERB.search(after.group(0)):
        after = None
    if not (_RANK_AFTER.match(s[c.span[1]:]) or before or after):
        return None
    slug = fig.series.removeprefix("tic.holdings.") if fig.series.startswith("tic.holdings.") else None
    h = ctx.data.holdings().dropna(how="all")
    if slug is None or slug not in h.columns or fig.end not in h.index:
        return unverifiable(f"'{c.qualifier.phrase}' counts months as the largest holder, which needs a country's TIC "
                            f"holdings", series=fig.series)
    ranks = holder_ranks(ctx.data)[slug]
    ranks = ranks[ranks.index <= fig.end]
    off = ranks[ranks != 1]
    k = len(ranks) - (ranks.index.get_loc(off.index[-1]) + 1) if not off.empty else len(ranks)
    expl = (f"{subject_label(c) or country_name(slug)} was the largest foreign holder for {k} straight month(s) to "
            f"{W.label(fig.end)}" + (f" (not in {W.label(off.index[-1])})" if not off.empty else
                                     " (since the data begin)") + " (TIC, by custodian country)")
    ok = k == c.qualifier.n
    if off.empty and k < c.qualifier.n:
        return unverifiable(expl + ": the run may be longer than the data", series=fig.series, period=W.label(fig.end))
    return Judgement(SUPPORTED if ok else CONTRADICTED, expl if ok else f"not {c.qualifier.n}: " + expl,
                     series=fig.series, official_value=float(k), official_unit="consecutive months at rank 1",
                     period=W.label(fig.end))


#: "China, which was the biggest holder until 2019": the place held up to the period named, and lost in it
_UNTIL = re.compile(r"\b(?:until|till|up (?:un)?til|up to|through)\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$|"
                    # "the top holder until Japan overtook it in June 2019", "before it was overtaken by Japan in":
                    # the place lost at an event of the period named
                    r"\b(?:until|till|before)\s+[^,.;]{0,40}?\b(?:overt|surpass|pass|replac|displac|supplant|unseat|oust|"
                    r"dethron|took|lost|ced|yield|relinquish)\w*\b[^,.;]{0,30}?\s+(?:in\s+)?$", re.I)


def _held_until(c: Claim, ctx: Context, h, slug: str, base: dict) -> Judgement:
    """"the biggest holder until 2019": the holder was at that place in the period named (or the month before it)
    and left it by the month after its end; a place kept beyond the period, or left before it, is contradicted."""
    ranks = holder_ranks(ctx.data)[slug].dropna()
    wins, _ = claim_windows(c, h[slug], "tic.holdings.grand_total", ctx)
    months = sorted({p for w in wins for p in W.select(ranks, *w).index})
    if not months:
        return unverifiable("TIC holdings do not cover that period", series=base["series"])
    held = ranks[(ranks.index >= months[0] - 1) & (ranks.index <= months[-1])]
    after = ranks[ranks.index == months[-1] + 1]
    at = held[held == c.rank]
    if at.empty:
        return Judgement(CONTRADICTED, f"{subject_label(c)} was not number {c.rank} among foreign holders in "
                                       f"{W.label(months[0])} to {W.label(months[-1])}", official_value=float(held.iloc[-1]),
                         period=W.label(months[-1]), **base)
    if not after.empty and after.iloc[0] == c.rank:
        return Judgement(CONTRADICTED, f"{subject_label(c)} was still number {c.rank} among foreign holders in "
                                       f"{W.label(after.index[0])}, after {W.label(months[-1])}", official_value=float(c.rank),
                         period=W.label(after.index[0]), **base)
    return Judgement(SUPPORTED, f"{subject_label(c)} was number {c.rank} among foreign holders until {W.label(at.index[-1])} "
                                f"(TIC, by custodian country)", official_value=float(c.rank), period=W.label(at.index[-1]),
                     **base)


def _kept_for(c: Claim, places, slug: str, p, n: int, base: dict) -> Judgement:
    """"その座を8ヶ月維持した", "held that position for eight months": from month ``p`` (when it took the place) the
    holder was at that place for ``n`` straight months, and not in the month after them."""
    ranks = places[slug].dropna()
    run = ranks[ranks.index >= p]
    k = 0
    while k < len(run) and run.iloc[k] == c.rank:
        k += 1
    if k == len(run):
        return unverifiable(f"{subject_label(c)} is still number {c.rank} in the latest month: the run may go on",
                            series=base["series"])
    expl = (f"{subject_label(c)} was number {c.rank} among foreign holders for {k} straight month(s) from {W.label(p)}"
            + (f" to {W.label(run.index[k - 1])}" if k else "") + f" (not in {W.label(run.index[k])}; TIC, by custodian country)")
    return Judgement(SUPPORTED if k == n else CONTRADICTED, expl if k == n else f"not {n}: " + expl,
                     **{**base, "official_unit": "consecutive months at that place", "claimed_value": float(n)},
                     official_value=float(k), period=W.label(run.index[k - 1] if k else p))

