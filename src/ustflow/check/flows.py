"""Net purchases and sales: MoF (Japanese residents abroad, non-residents in Japan) and TIC (Treasuries).

MoF. Residents' net purchases of foreign long-term debt, equity and investment fund shares, or
short-term debt (``assets``), and non-residents' net purchases of Japanese securities
(``liabilities``), weekly and monthly; by investor type monthly only. The weekly data cover the
designated major investors of every kind, so "private institutions, including banks and pension
funds" in a week is the weekly total; a monthly figure with no investor named is the total for all
residents. A period of several weeks or months is the sum of them; a dollar figure is compared at
each period's average FRED USD/JPY.

TIC. A country's net purchases of Treasuries are judged in ``tic_flows`` (``tic_flow``); the balance
of payments (Japanese residents' net purchases by issuer country, ``bop_flow``) here.
"""

from __future__ import annotations

import copy
import re
from datetime import date, timedelta

from ustflow.check import compare as C, windows as W
from ustflow.check.claims import DEBT_PARTS, Claim
from ustflow.check.flow_words import (
    article_sector,
    gross_figure,
    outward_flow_sign,
    outward_or_inward,
    peak_in_window,
    record_beaten,
)
from ustflow.check.lexicon import SECTOR_LABELS, TREASURY_STORY
from ustflow.check.results import CONTRADICTED, FX_ID, SUPPORTED, UNVERIFIABLE, Figure, Judgement, unverifiable
from ustflow.check.rulekit import Context, first_window, subject_label, unpublished_note, windows_on
from ustflow.check.sector_pairs import pair_readings
from ustflow.check.sector_totals import total_reading
from ustflow.check.tic_flows import tic_flow

MOF_UNIT = "JPY 100mn"
INSTR_LABEL = {"lt_debt": "long-term debt (bonds and notes)", "equity": "equity and investment fund shares",
               "st_debt": "short-term debt", "total": "all securities", "subtotal": "equity and long-term debt",
               "debt": "debt securities (long- and short-term)"}


BOP_ATTRIBUTION = re.compile(r"\b(?:Bank of Japan|BOJ|BoJ) data\b|balance[- ]of[- ]payments|国際収支", re.I)


#: "some Japanese banks sold ...", "several life insurers": a few of an investor type, not MoF's total for it
_SOME_OF = re.compile(r"\b(?:some|several|certain|a few|a number of|a handful of|(?:one|two|three) of (?:the|Japan's))\s+"
                      r"(?:(?:Japanese|Japan's|big|major|large|regional)\s+)*$", re.I)



def treasury_story(c: Claim, ctx: Context) -> bool:
    """Whether a country's trade ``c``, naming no securities, is one in Treasuries: a dollar figure, in an article
    that names Treasuries, and no level it moved to ("減らして8354億ドルに", "cut to $835 billion": a level, not a trade)."""
    if c.amount is None or c.amount.currency != "USD":
        return False
    after = c.sentence.text[c.span[1]:c.span[1] + 3]
    before = c.sentence.text[max(0, c.span[0] - 4):c.span[0]]
    if after.startswith("に") or re.search(r"\bto\s+$", before):
        return False
    return bool(TREASURY_STORY.search(ctx.article or c.sentence.text))


def flow(c: Claim, ctx: Context) -> Judgement:
    sj = c.subject
    ins = c.instrument
    japanese = sj is None or sj.kind in ("japan", "sector")
    if sj is not None and sj.kind == "sector" and sj.span[1] <= len(c.sentence.text) and \
            _SOME_OF.search(c.sentence.text[max(0, sj.span[0] - 40):sj.span[0]] + " "):
        return unverifiable(f"a figure of some {sj.text}, not of them all: MoF publishes each investor type's total "
                            f"only, and a few of them can trade the other way from the rest")
    if sj is not None and sj.kind == "foreign_private":
        return unverifiable("foreign private investors' trades: TIC's Treasury transactions are published by country and "
                            "for foreign official institutions, not for private investors as a group in the store")
    if ins is not None and ins[0] == "region":
        return unverifiable(f"'{ins[1]}' names a region, not one official series: MoF's flows are not split by "
                            f"region, and the balance of payments' regions (EU, Western Europe, Asia ...) overlap")
    if ins is not None and ins[0] == "bop":
        return bop_flow(c, ctx) if japanese else unverifiable("only Japanese residents' purchases of other "
                                                              "countries' bonds are in the store (the BoP)")
    if ins is not None and ins[0] == "tic" and japanese and c.amount is not None and c.amount.currency == "JPY":
        return bop_flow(c, ctx)  # Japanese residents' yen trades in US bonds: the balance of payments
    if ins is not None and ins[0] == "tic":
        return tic_flow(c, ctx)
    if BOP_ATTRIBUTION.search(c.text) and japanese and c.amount is not None and ins is not None and \
            ins[1] == "lt_debt" and ins[0] in ("assets", None):
        return bop_flow(c, ctx)
    if sj is not None and sj.kind == "country" and ins is None and treasury_story(c, ctx):
        return tic_flow(c, ctx)  # "Norway, which sold $16 billion in October" in a story of Treasury holdings
    if sj is not None and sj.kind in ("country", "foreign_official", "foreign_total"):
        return unverifiable(f"no official series of {subject_label(c) or sj.text}'s trades in these securities "
                            f"(MoF covers Japan's investors; TIC covers trades in US securities)")
    if sj is not None and sj.kind == "japan" and re.fullmatch(r"Japan(?:'s|’s)?|Tokyo", sj.text) and ins is None and \
            c.amount is not None and c.amount.currency == "USD":
        return unverifiable("Japan's dollar figure with no securities named ('Japan trimmed $47.7 billion in March'): "
                            "its TIC holdings' change or its investors' MoF trades (in yen), not guessed")
    topic = article_sector(c, ctx) if sj is None and not _weekly(c, ctx.weekly, ctx.date) else None
    if topic is not None:  # "4月は4000億円の買い越しだった" in a story about life insurers: theirs, not all residents'
        c = copy.copy(c)
        c.subject, c.subject_how = topic, "article"
    got = mof_series(c, ctx)
    if isinstance(got, Judgement):
        return got
    sid, side, instr, note = got
    flipped = outward_flow_sign(c, side)
    if flipped is not None:  # "対外債券投資は1兆円の流出超": money out of Japan, a net purchase of foreign bonds
        c = copy.copy(c)
        c.direction = flipped
    if topic is not None:
        note = f"no investor named in the sentence: the one investor type the article names before it ({topic.text})"
    got = windows_on(c, ctx, ctx.data.series(sid), sid, missing=f"no MoF series {sid}", series=sid,
                     no_period="no period stated and no publication date: a flow needs a period (pass --date)")
    if isinstance(got, Judgement):
        return got
    s, wins, wnote = got
    note = "; ".join(x for x in (note, wnote) if x)
    if c.amount is None:
        return _sign_only(c, s, sid, wins, note, ctx)
    if c.amount.currency == "JPY" and (peak := peak_in_window(c, s, sid, wins, note)) is not None:
        return peak  # "the biggest 5.48 trillion yen withdrawal seen in 2023": one month's, not the year's sum
    title = ""
    way = gross_figure(c)
    if way and sid.endswith(".net"):  # "7000億円を購入した一方、8000億円を売却し、差し引き1000億円の売り越し"
        gs = ctx.data.series(sid.removesuffix(".net") + "." + way)
        if gs is not None and not gs.empty:
            c = copy.copy(c)
            c.direction = None
            sid, s = sid.removesuffix(".net") + "." + way, gs
            title = f"MoF: {_who(c)} gross {'acquisitions' if way == 'acq' else 'dispositions'} of " \
                    f"{'foreign' if side == 'assets' else 'Japanese'} {INSTR_LABEL[instr]}: "
            note = "; ".join(x for x in (note, "a purchase and a sale beside a net figure: gross trades") if x)
    readings = pair_readings(c, ctx, sid, side, instr) or [(s, sid, side, instr)]  # "銀行と生命保険会社による6.9兆円"
    if isinstance(readings, Judgement):
        return readings
    if instr == "lt_debt" and ".lt_debt." in sid and not re.search(r"long", c.instrument_text, re.I):
        st = ctx.data.series(sid.replace(".lt_debt.", ".st_debt."))
        if st is not None and not st.empty:  # "bonds" may be long-term debt alone or all debt securities
            both = (s + st.dropna()).dropna()
            readings.append((both, sid.replace(".lt_debt.", ".lt_debt+st_debt."), side, "debt"))
            if DEBT_PARTS in c.notes or (c.host is not None and DEBT_PARTS in c.host.notes):
                readings.reverse()  # the article splits the figure into long- and short-term parts: all debt
    if c.subject is not None and c.subject.kind == "sector" and (c.instrument is None or instr == "total") and \
            (tot := total_reading(ctx.data, sid)) is not None:  # the type's foreign securities as a whole
        readings.insert(0 if instr == "total" else len(readings), (tot[0], tot[1], side, "total"))
    j = _amount_or_year_to_date(c, readings, s, wins, note, ctx, title)
    if j.verdict == CONTRADICTED and c.instrument is None and (c.subject is None or c.subject.kind == "foreign_investors"):
        # what was traded is neither stated nor carried from the sentences before: the reading is a guess (for
        # foreign investors stocks are as likely as bonds), and a guess that does not fit is no evidence
        who = "neither the investors nor the securities" if c.subject is None else "not the securities"
        read = "all residents' foreign bonds" if c.subject is None else f"{_who(c)} {INSTR_LABEL[instr]}"
        return unverifiable(f"the sentence names {who}; read as {read} it does not match ({j.explanation})",
                            series=j.series)
    return j


_YTD_WORDS = re.compile(r"\b(?:so far this year|this year so far|year[- ]to[- ]date|since the (?:start|beginning) of "
                        r"(?:this|the) year|in the year so far)\b|年初から|年初来|今年に入って|年明け(?:から|以降)", re.I)


def _amount_or_year_to_date(c: Claim, readings: list, s, wins, note: str, ctx: Context, title: str) -> Judgement:
    """``_mof_amount`` on the claim's windows (weekly ones also without a week across a month's start); when that
    contradicts it, the year to the day the sentence names, if it says "so far this year" (``_to_date_of_year``)."""
    j = _mof_amount(c, readings, W.with_whole_weeks(s, wins), note, ctx, title=title)
    if j.verdict == CONTRADICTED and (ytd := _to_date_of_year(c)) is not None:
        ytd_note = "the year to date, to the day the sentence names"
        alt = _mof_amount(c, readings, W.with_whole_weeks(s, ytd), "; ".join(x for x in (note, ytd_note) if x), ctx,
                          title=title)
        if alt.verdict == SUPPORTED:
            return alt
    if j.verdict == CONTRADICTED and c.period is not None and c.period.note.startswith("from the start of") and \
            all(".monthly." in r[1] for r in readings):
        # "昨年の年初からの累計", "since the start of last year": to the publication date, which MoF's weekly data reach
        # and its monthly data (a month or two behind) do not: the weeks' sum is tried too
        weekly = [(w, r[1].replace(".monthly.", ".weekly."), r[2], r[3]) for r in readings
                  if (w := ctx.data.series(r[1].replace(".monthly.", ".weekly."))) is not None and not w.empty]
        if weekly:
            alt = _mof_amount(c, weekly, W.with_whole_weeks(weekly[0][0], list(c.period.windows)), "; ".join(
                x for x in (note, "the weeks to the publication date") if x), ctx, title=title)
            if alt.verdict == SUPPORTED:
                return alt
    return j


def _to_date_of_year(c: Claim) -> list[tuple[date, date]] | None:
    """"So far this year, according to weekly data through January 31", "年初からの累計で…(1月31日までの週次データ)": the
    year to the day or week the sentence names (read as the claim's own period), or None."""
    p = c.period
    if p is None or p.kind not in ("day", "days", "week", "weeks") or not _YTD_WORDS.search(c.sentence.text) or \
            _YTD_WORDS.search(p.label):
        return None
    return [(date(p.end.year, 1, 1), p.end)]


def flow_pct(c: Claim, ctx: Context) -> Judgement:
    """A flow's percentage change from the period before ("a 60% week-over-week plunge in outbound
    capital flow"): MoF's series for the subject, the claim's period against the one before it."""
    got = mof_series(c, ctx)
    if isinstance(got, Judgement):
        return got
    sid = got[0]
    got = windows_on(c, ctx, ctx.data.series(sid), sid, missing=f"no MoF series {sid}", series=sid,
                     no_period="no period stated and no publication date")
    if isinstance(got, Judgement):
        return got
    s, wins, note = got
    sel = first_window(s, wins)
    # "up 8.6% from a year ago": against the same week or month a year before, else the one before
    back = (52 if ".weekly." in sid else 12) if W.YEAR_BACK.search(c.clause or c.text) else 1
    if len(sel) != 1 or sel.index[0] - back not in s.index:
        return unverifiable("a flow's percentage change is checked for one week or month against the one before",
                            series=sid).note(note)
    p = sel.index[0]
    now, before = float(s[p]), float(s[p - back])
    if before == 0 or now * before < 0:
        return unverifiable(f"the flow changed sign ({C.fmt_num(before)} to {C.fmt_num(now)}): no percentage change",
                            series=sid).note(note)
    v = 100 * (now - before) / abs(before)
    claimed = c.amount.number if c.amount.multiplier else c.amount.number * (c.direction or 1)
    tol = C.tolerance(c.amount, 1)
    ok = C.matches(abs(claimed), abs(v), c.amount.qualifier, tol) and \
        (claimed * v > 0 if c.amount.multiplier else c.direction is None or claimed * v > 0)
    period = f"{W.label(p - back)} to {W.label(p)}"
    j = Judgement(SUPPORTED if ok else CONTRADICTED,
                  f"{sid}: {C.fmt_num(before)} in {W.label(p - back)} to {C.fmt_num(now)} in {W.label(p)}, {v:+.1f}%",
                  series=sid, official_value=round(v, 4), official_unit="percent", period=period, claimed_value=claimed,
                  tolerance=f"±{C.fmt_num(tol)} percent")
    j.figure = Figure(sid, [p - back, p], v, "percent", "pct", n=back)
    return j.note(note)


def mof_series(c: Claim, ctx: Context | None = None) -> tuple[str, str, str, str] | Judgement:
    """(series id, side, instrument, note) for a MoF flow claim."""
    sj = c.subject
    ins = c.instrument
    note = ""
    if sj is None:
        note = "no investor named: MoF's total for all residents"
    if ins is None:
        side = "liabilities" if sj is not None and sj.kind == "foreign_investors" else "assets"
        instr = "lt_debt"
        note = "; ".join(x for x in (note, "instrument not stated: long-term debt (bonds) assumed") if x)
    else:
        side, instr = ins
        if side is None:  # "long-term bonds", "stocks", "中長期債": whose, the subject (or 対外 / 対内) says
            side = "liabilities" if sj is not None and sj.kind == "foreign_investors" else \
                outward_or_inward(c.sentence.text) or "assets"
    if sj is not None and sj.kind == "foreign_investors" and side != "liabilities":
        return unverifiable("non-residents' trades in foreign (non-Japanese) securities are not in MoF's data")
    if sj is not None and sj.kind in ("japan", "sector") and side == "liabilities":
        return unverifiable("Japanese residents' trades in Japanese securities are not cross-border flows")
    if sj is None and side == "liabilities":
        note = "no investor named: non-residents' trades in Japanese securities"
    weekly = _weekly(c, ctx.weekly if ctx is not None else None, ctx.date if ctx is not None else None)
    if sj is not None and sj.kind == "sector":
        if weekly:
            return unverifiable(f"MoF publishes flows by investor type ({SECTOR_LABELS[sj.slug]}) monthly only; the "
                                f"weekly data are totals for all designated major investors")
        return f"mof.monthly.{'lt_debt' if instr in ('total', 'subtotal') else instr}.{sj.slug}.net", side, instr, note
    if side == "net_flows":  # "対外・対内証券投資のネット合計": MoF's monthly net column (assets minus liabilities)
        return f"mof.monthly.net_flows.{'total' if instr == 'total' else 'subtotal'}", side, instr, note
    return f"mof.{'weekly' if weekly else 'monthly'}.{side}.{instr}.net", side, instr, note


def _sum_slack(sel, instr: str, usd: bool) -> float:
    """A sum of MoF's rounded figures (months, kinds of security) may differ from the rounded total MoF prints for the
    span (its calendar-year row: "2016年の…5兆6658億円" against twelve months summing to 5兆6659億円) by half a unit
    per figure summed."""
    n = len(sel) * {"total": 3, "subtotal": 2}.get(instr, 1)  # ("debt": MoF prints no long+short total; the store
    # adds the two published lines as a reader does)
    return 0.0 if usd or n < 2 else 0.5 * n


def _title(c: Claim, side: str, instr: str, total: float) -> str:
    """What a MoF flow judgement's explanation says was compared, by side."""
    if side == "assets":
        return f"MoF: {_who(c)} net {'purchases' if total >= 0 else 'sales'} of foreign {INSTR_LABEL[instr]}: "
    if side == "liabilities":
        return f"MoF: non-residents' net trades in Japanese {INSTR_LABEL[instr]}: "
    return "MoF: net flows, residents' net purchases abroad less non-residents' in Japan (negative = a net inflow): "


def _weekly(c: Claim, article_weekly: bool | None = None, pub: date | None = None) -> bool:
    """Weekly or monthly data: the period's kind; with none stated, the sentence's words, else the
    article's (a weekly flows story stays weekly). In a weekly story, months that end within a few days of the
    publication date ("for the three months ending June 30" on 3 July) are weeks: MoF's monthly figure for the
    last of them comes out in the month after, so the reporter summed the weeks."""
    p = c.period
    q = c.qualifier if c.kind == "qualifier" else None
    if q is not None and q.kind in ("streak", "streak_end", "streak_before") and q.grain in ("week", "month"):
        return q.grain == "week"  # "selling for eight months since July" in a weekly story: a run of months
    if p is not None and not p.is_latest and p.kind in ("month", "months") and article_weekly and pub is not None \
            and pub < p.end + timedelta(days=6):
        return True
    if re.search(r"\bweekly (?:data|figures|statistics|numbers)\b", c.text, re.I):
        return True  # "over the past month, weekly data showed": the weeks of that month
    if p is not None and p.kind == "months" and re.search(r"\byear (?:through|to|up to|until) \w+ \w*\s?week\b", p.label):
        return True  # "for the year through last week": the weeks of the year to the latest published
    if p is not None and not p.is_latest and p.kind in ("months", "since") and article_weekly and \
            re.search(r"so far|to date|\bsince\b|(?:this|for the) year|(?:this|current) quarter", f"{p.label} {p.note}",
                      re.I):
        # "so far this year (quarter)" in a story of weekly flows: the weeks to the latest one published; and "the
        # same period last year" beside it (its note names the to-date period it is relative to): those weeks a year before
        return True
    if p is not None and not p.is_latest and p.kind in ("month", "year") and article_weekly and record_beaten(c):
        return True  # "surpassing a previous record of 2.55 trillion yen set in July 2016": a week of that month
    if p is not None and not p.is_latest:
        # "in the six weeks to May 24": a run of weeks is weekly data however long; days only within a month
        return p.kind in ("week", "weeks") or (p.kind in ("day", "days") and (p.end - p.start).days < 40)
    if p is not None and p.extra.get("unit") in ("week", "month"):
        return p.extra["unit"] == "week"
    # Japanese too: "2週連続の買い越し", "週次"; "月次", "3カ月ぶり" (a bare 月 is any date's month)
    if re.search(r"\bweek(?:ly|s)?\b|週", c.text, re.I) and not re.search(r"\bmonth(?:ly)?\b|月次|月間|[カヶか]月",
                                                                      c.clause, re.I):
        return True
    if re.search(r"\bmonth(?:ly)?\b|月次|月間|[カヶか]月", c.text, re.I):
        return False
    return bool(article_weekly)


def _mof_amount(c: Claim, readings: list, wins, note: str, ctx: Context, title: str = "") -> Judgement:
    """A yen (or dollar) flow against MoF: each reading of the instrument (``(series, id, side,
    instrument)``) and window tried, the first that matches kept, else the first reading's."""
    usd = c.amount.currency == "USD"
    claimed = c.amount.in_units(1e9 if usd else 1e8) * (c.direction or (-1 if c.amount.number < 0 else 1))
    own_rate = ctx.fx_rate if usd else None
    pair = _pair_rate(c) if usd and own_rate is None and not _fx_covers(ctx, wins) else None
    qual = c.amount.qualifier
    tol = C.tolerance(c.amount, 1e9 if usd else 1e8, fx=usd and own_rate is None)
    if own_rate:
        tol += 0.01 * abs(claimed)  # the article converts its own rounded yen figure
    period_stated = c.period is not None and not c.period.is_latest

    def evaluate(cand):
        (s, sid, side, instr), w = cand
        sel = W.select(s, *w)
        exp = W.expected_count(s, w)
        if sel.empty or (exp and len(sel) < exp and period_stated and c.period.kind != "since"):
            return None  # the window runs past the data: a partial sum is not the figure claimed
        total = float(sel.sum())
        conv = (article_usd(total, own_rate) if own_rate else to_usd(ctx.data, sel)) if usd else None
        if usd and conv is None and pair:  # no official rate that far back: the rate of the article's own pair
            conv = article_usd(total, pair[0]) | {"fx_dates": pair[1]}
        if usd and conv is None:
            return None
        val = conv["usd"] / 1e9 if usd else total
        payload = (sid, side, instr, sel, total, val, conv)
        return evaluate_ok(payload), abs(abs(val) - abs(claimed)), payload

    def evaluate_ok(payload) -> bool:  # within the rounding of the figures summed too (``_sum_slack``)
        val = payload[5]
        return C.matches(abs(claimed), abs(val), qual, tol + _sum_slack(payload[3], payload[2], usd)) and val * claimed >= 0

    if pair:  # the restated yen figure's own qualifier ("around 2.4 trillion yen ($19.4 billion)") and precision:
        # a conversion is as precise as the figure it converts (¥2.4 trillion: ±2%, whatever digits the dollars have)
        h = c.host.amount
        qual = c.amount.qualifier if c.amount.qualifier != "exact" else h.qualifier
        tol = max(C.tolerance(c.amount, 1e9), abs(claimed) * C.tolerance(h, 1e8) / abs(h.in_units(1e8)))

    pick = W.best([(readings[0], w) for w in wins], evaluate)
    for r in readings[1:]:  # another reading if it matches where the first does not, or is nearer when neither does
        if pick is not None and evaluate_ok(pick):
            break
        alt = W.best([(r, w) for w in wins], evaluate)
        if alt is not None and (evaluate_ok(alt) or pick is None or (
                abs(abs(alt[5]) - abs(claimed)) < min(abs(abs(pick[5]) - abs(claimed)), 0.05 * abs(claimed)))):
            pick = alt
    sid0 = readings[0][1]
    if pick is None:
        if usd:
            return unverifiable("no USD/JPY rate for that period to convert MoF's yen figures (FRED DEXJPUS in this "
                                "mirror starts 2018-01, and the article states no rate of its own)", series=sid0).note(note)
        s0 = readings[0][0]
        return unverifiable(f"{sid0} does not cover {c.period.label if c.period else 'that period'} "
                            f"({W.label(s0.index[0])}..{W.label(s0.index[-1])})", series=sid0).note(note)
    sid, side, instr, sel, total, val, conv = pick
    periods = list(sel.index)
    late = unpublished_note(sid, periods, ctx)
    then = W.value_then(ctx.data, sid, periods[0], ctx.date, total) if len(periods) == 1 and not usd and "+" not in sid \
        else None
    what = title or _title(c, side, instr, total)
    tol += _sum_slack(sel, instr, usd)
    j = C.verdict(claimed=claimed, official=val, qualifier=qual, tol=tol, sid=sid, unit=MOF_UNIT,
                  period=W.span_label(periods), what=what, reported=total if usd else None,
                  compare_unit="USD bn" if usd else None, sign_free=c.direction is None and c.amount.number >= 0,
                  then=then.value if then else None, then_vintage=then.vintage if then else None,
                  archived=bool(then and then.archived), earlier=then.earlier if then else (), conversion=conv,
                  vintage=(then.vintage if then and then.archived else W.latest_vintage(ctx.data, sid, periods)))
    if usd:
        j.tolerance = f"±{C.fmt_num(tol)} USD bn (rounding + {'1% for the article' if own_rate else '3% for the'}" \
                      f" exchange rate)" if not pair else f"±{C.fmt_num(tol)} USD bn (the precision of the yen figure)"
        j.explanation = j.explanation.replace(f"{C.fmt_num(val)} {MOF_UNIT}", f"{C.fmt_num(total)} {MOF_UNIT}") + \
            fx_note(conv)
        if conv and conv.get("fx_dates", "").startswith("the rate implied"):
            # at the rate only the pair implies the dollars always agree with the yen: no evidence of their own
            j.verdict, j.flags = UNVERIFIABLE, [f for f in j.flags if f != "possible_revision"]
            j.explanation = ("a conversion of the sentence's yen figure at a rate the article does not state and no "
                             "official rate covers (USD/JPY in the store starts 2018): the yen figure is the one to "
                             "judge; at the rate the pair implies: " + j.explanation)
        elif j.verdict == CONTRADICTED:
            _currency_trap(c, j, total)
    if c.direction is None and c.amount.number >= 0:
        j.explanation += " (direction not stated: size compared)"
    if instr in ("lt_debt", "equity") and periods[0].start_time.year < 2014 <= periods[-1].start_time.year:
        j.explanation += "; note the January 2014 break (investment funds moved from long-term debt to equity)"
    if len(readings) > 1:
        j.explanation += f"; {'no kind of security named' if instr == 'total' else repr('bonds')} read as {INSTR_LABEL[instr]}"
    j.figure = Figure(sid, periods, total, MOF_UNIT, "sum", n=len(periods), label=f"{_who(c)} net purchases",
                      calendar=calendar_unit(periods))
    return j.note(note).note(late or "")


def calendar_unit(periods: list) -> str:
    """'in 2025' (twelve months, January to December): compared with other calendar years, not with
    every twelve-month window."""
    import pandas as pd

    if len(periods) < 3 or not isinstance(periods[0], pd.Period) or periods[0].freqstr.startswith("W"):
        return ""
    first, n = periods[0], len(periods)
    if n == 12 and first.month == 1:
        return "year"
    if n == 12 and first.month == 4:
        return "fiscal_year"
    if n == 3 and first.month in (1, 4, 7, 10):
        return "quarter"
    return ""


def _fx_covers(ctx: Context, wins) -> bool:
    """Whether the official USD/JPY series reaches back to any of the windows (it starts in 2018)."""
    import pandas as pd

    fx = ctx.data.series(FX_ID)
    if fx is None or fx.dropna().empty or not wins:
        return False
    return max(pd.Timestamp(w[1]) for w in wins) >= fx.dropna().index[0]


def _pair_rate(c: Claim) -> tuple[float, str] | None:
    """"2.4 trillion yen ($19.4 billion)": the article's conversion of its own yen figure, whose rate (yen
    per dollar, 123.7) is the article's, used where no official rate covers the period (before 2018)."""
    h = c.host
    if h is None or h.amount is None or h.amount.currency != "JPY" or not c.amount.value:
        return None
    rate = abs(h.amount.in_units(1)) / abs(c.amount.in_units(1))
    if not 50 <= rate <= 400:  # not a conversion of the same figure
        return None
    return rate, f"the rate implied by the article's own pair ({h.amount.text} = {c.amount.text})"


def article_usd(total_100mn: float, rate: float) -> dict:
    return {"usd": total_100mn * 1e8 / rate, "fx_rate": rate, "fx_dates": "the article's own rate",
            "fx_series": "article"}


def _currency_trap(c: Claim, j: Judgement, total: float) -> None:
    """'$759.3 billion' where MoF has ¥764.7 billion: a yen amount printed with a dollar sign."""
    as_yen = c.amount.in_units(1e8)
    if abs(as_yen - abs(total)) <= max(C.tolerance(c.amount, 1e8), 0.02 * abs(total)):
        j.flags.append("unit_trap")
        j.explanation = (f"unit error: the figure is MoF's yen amount ({C.fmt_money(total * 1e8, 'JPY')}) printed as "
                         f"dollars; in dollars it is about {C.fmt_money(j.conversion['usd'], 'USD')}. " + j.explanation)


def _sign_only(c: Claim, s, sid: str, wins, note: str, ctx: Context, source: str = "") -> Judgement:
    """'net sellers of foreign bonds last week': the sign of the official figure (``source`` names it when it is
    not MoF's flow of the claim's investor, e.g. the balance of payments by country)."""
    sel = first_window(s, wins)
    if sel.empty:
        return unverifiable(f"{sid} does not cover {c.period.label if c.period else 'that period'}", series=sid).note(note)
    total = float(sel.sum())
    periods = list(sel.index)
    ok = total * (c.direction or 0) > 0
    j = Judgement(SUPPORTED if ok else CONTRADICTED,
                  f"{source or f'MoF: {_who(c)} net ' + ('purchases' if total >= 0 else 'sales')}: "
                  f"{C.fmt_num(total)} {MOF_UNIT} in "
                  f"{W.span_label(periods)}", series=sid, official_value=total, official_unit=MOF_UNIT,
                  period=W.span_label(periods), claimed_value=float(c.direction or 0))
    j.figure = Figure(sid, periods, total, MOF_UNIT, "sum", n=len(periods))
    return j.note(note)


def _who(c: Claim) -> str:
    sj = c.subject
    if sj is not None and sj.kind == "sector":
        return SECTOR_LABELS.get(sj.slug, sj.text) + "'"
    if sj is not None and sj.kind == "foreign_investors":
        return "non-residents'"  # "Foreign investors turned net buyers of Japanese long-term bonds"
    return "Japanese investors'"


def to_usd(data, sel) -> dict | None:
    """MoF yen (100mn units) to dollars, each period at its own average FRED USD/JPY rate."""
    import pandas as pd

    fx = data.series(FX_ID)
    if fx is None or fx.empty:
        return None
    usd, used = 0.0, []
    for p, v in sel.items():
        win = fx[(fx.index >= p.start_time.normalize()) & (fx.index <= p.end_time.normalize())].dropna()
        if win.empty:
            return None
        usd += v * 1e8 / float(win.mean())
        used.append(win)
    allw = pd.concat(used)
    return {"usd": usd, "fx_rate": float(allw.mean()), "fx_dates": f"{allw.index[0]:%Y-%m-%d}..{allw.index[-1]:%Y-%m-%d}",
            "fx_series": FX_ID}


def fx_note(conv: dict | None) -> str:
    if not conv:
        return ""
    where = conv["fx_dates"] if conv.get("fx_series") == "article" else f"the FRED average of {conv['fx_dates']}"
    return f" (= {C.fmt_money(conv['usd'], 'USD')} at {conv['fx_rate']:.2f} JPY/USD, {where})"


# ----------------------------------------------------------------------------- balance of payments
BOP_SERIES = {"treasuries": ("boj.bop.bppi6d3naus", "US long-term sovereign bonds"),
              "us_securities": ("boj.bop.bppi6d3n9us", "US long-term debt securities"),
              "lt_debt": ("boj.bop.bppi6d3n5a", "foreign long-term debt securities")}


def bop_flow(c: Claim, ctx: Context) -> Judgement:
    """Japanese residents' net purchases by issuer country (the BoJ/MoF balance of payments, monthly
    since 2014, JPY 100mn): "Japanese investors sold ¥2.39 trillion of US bonds", "Bank of Japan data"."""
    if c.subject is not None and c.subject.kind == "sector":
        return unverifiable("the balance of payments splits US bonds by sector only in quarterly data the store "
                            "does not hold")
    if c.instrument[0] == "bop":
        from ustflow.check.lexicon import COUNTRY_BONDS

        name = next(n for _, code, n in COUNTRY_BONDS if code == c.instrument[1])
        sid, what = f"boj.bop.bppi6d3na{c.instrument[1]}", f"{name}'s long-term sovereign bonds"
    else:
        sid, what = BOP_SERIES.get(c.instrument[1], BOP_SERIES["lt_debt"])
    got = windows_on(c, ctx, ctx.data.series(sid), sid, series=sid, no_period="no period stated and no publication date",
                     missing=f"the balance-of-payments series {sid} is not in the store")
    if isinstance(got, Judgement):
        return got
    s, wins, note = got
    readings = [(s, sid, "assets", "lt_debt")]
    if c.instrument[1] == "us_securities" and re.search(r"\b(?:bonds|debt)\b", c.instrument_text or "", re.I):
        sov = ctx.data.series(BOP_SERIES["treasuries"][0])  # "U.S. bonds": all US long-term debt, or sovereign only
        if sov is not None and not sov.empty:
            readings.append((sov.dropna(), BOP_SERIES["treasuries"][0], "assets", "lt_debt"))
    if c.amount is None:  # "Japanese were net sellers of European, Australian and Canadian bonds": the sign only
        return _sign_only(c, s, sid, wins, note, ctx, source=f"BoP: Japanese residents' net purchases of {what}")
    j = _mof_amount(c, readings, wins, note, ctx, title=f"BoP: Japanese residents' net purchases of {what}: ")
    if j.series != sid and j.series == BOP_SERIES["treasuries"][0]:
        j.explanation = j.explanation.replace(f"of {what}: ", f"of {BOP_SERIES['treasuries'][1]} ('U.S. bonds' read "
                                                              f"as sovereign bonds): ", 1)
    return j
