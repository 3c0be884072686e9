"""The checking pipeline: text -> claims -> measures -> context -> verdicts -> result records.

1. ``prepare``: normalise the text (NFKC), strip HTML, find the publication date (``--date`` wins).
2. ``extract``: claims per sentence (figures, qualifiers, holder ranks, directions).
3. ``classify``: what each claim measures (figures first, then the qualifiers on them).
4. ``_inherit``: what a sentence that names no holder or period takes from the one before: a holder
   only through a pronoun or an ellipsis ("They also bought ...", "Holdings fell ..."), never into a
   sentence about yields or the yen; a period only from a claim of the same kind (flows from flows,
   holdings from holdings) in the same or the previous paragraph. Otherwise a claim with no period
   is judged at the publication date (the latest data published then).
5. ``dispatch.judge`` on every figure; its ``Figure`` is kept (by claim) for the qualifiers on it,
   which ``dispatch.judge_qualifier`` then judges. Nothing is threaded through the claims.
"""

from __future__ import annotations

import re
from datetime import date as Date

from ustflow.check.article import article_frequency, article_fx_rate, flow_direction, release_day
from ustflow.check.back_moves import back_pct
from ustflow.check.carry import market_period_in_sentence, not_carried, part_of, same_period, share_start
from ustflow.check.claims import MARKET_PRICE, PAST_CLAUSE, SINCE_REF, Claim
from ustflow.check.datelines import publication_date, without_date_lines
from ustflow.check.figure_links import (
    combined_holders,
    flow_base,
    multiple_of,
    parallel_levels,
    period_behind_another_figure,
    share_holder,
    us_debt_as_treasuries,
)
from ustflow.check.japanese_chains import ja_trade_word_hosts, japanese_change
from ustflow.check.mof_lines import story_sides
from ustflow.check.other_figures import beyond_treasuries
from ustflow.check.past_clauses import told_as_earlier
from ustflow.check.peak_figures import merge_peaks
from ustflow.check.periods import Period
from ustflow.check.results import KEYS, Figure, Judgement, PubDate, unverifiable
from ustflow.check.rulekit import present_tense
from ustflow.check.text import check_text_input, html_to_text, looks_like_html, normalize
from ustflow.check.total_scale import total_by_size

#: a sentence that opens with a connective before its pronoun: "However, they withdrew ...", "Meanwhile, it sold ..."
_CONNECTIVE = (r"(?:However|Meanwhile|Also|In addition|Additionally|But|And|Still|Yet|Instead|At the same time|"
               r"In contrast|By contrast|Separately|Likewise|Similarly|Elsewhere|Overall|In total|In all),?\s+")
_PRONOUN = re.compile(rf"\s*(?:{_CONNECTIVE}(?:they|it|its|their)\b|They|It|Its|Their|Theirs|The group|The sector|Such (?:investors|institutions)|Those|"
                      r"These|The country|The nation|Holdings|Its holdings|Their holdings|The (?:investors|banks|"
                      r"insurers|lenders|funds)|That|This|The figure|Also)\b")
_BREAKDOWN = re.compile(r"\s*(?:That|This|It|The (?:total|figure|amount))\s+(?:was|is)?\s*(?:comprised|composed|"
                        r"made up|consisted|consisting|included|including|split)\b|\s*Of (?:that|this|the total)\b|"
                        r"\s*The (?:previous|prior|preceding|next|following) (?:week|month)(?:'s|’s) "
                        r"(?:figure|number|reading|total|tally)\b|"
                        r"\s*(?:That|This|It|The (?:figure|total|number|tally|level))\s+(?:compares|compared)\s+with\b|"
                        r"\s*(?:次いで|続いて|その次は|これに次ぐのは)", re.I)  # "次いで2010年8月の1兆0004億円": the next of a ranking
_THIS_TIME = re.compile(r"今回|今月|最新|\bthis (?:time|month|week)(?:'s|’s)?\b|\bthe latest\b", re.I)
#: a sentence that goes on about the thing the one before named, by a pronoun: "While it has come down from 4.5 percent"
_IT_AGAIN = re.compile(r"\W*(?:(?:While|Although|Though|But|And|Yet|Still|Since)\s+)?(?:it|it's|it’s)\s", re.I)
_MARKET = ("yield_level", "yield_change", "fx_level", "intervention", "fx_change", "fx_pct")


def family(measure: str) -> str:
    if measure.startswith("holdings") or measure in ("share", "rank"):
        return "tic"
    return "flow" if measure == "flow_pct" else measure


def prepare(text: str) -> tuple[str, PubDate]:
    """Plain text of an article (HTML stripped, NFKC-normalised) and its publication date, if found."""
    text = normalize(text)
    if looks_like_html(text):
        plain, dates = html_to_text(text)
        return plain, publication_date(plain, dates)
    return text, publication_date(text)


def check_article(text: str, data, date: Date | None = None, limit: int | None = None) -> list[dict]:
    """Every checkable claim of ``text`` with its verdict (dicts with ``KEYS`` first).

    ``date`` (the ``--date`` option) overrides the date the article states or implies; it resolves
    periods without a year ("in March") or relative to it ("last month"), and claims with no period
    are judged on the latest data published on it. ``limit``: the size limit in bytes.

    Why one function: its passes (classify, resolve, judge) run in a fixed order over one list of
    claims, each reading what the passes before it set (a figure's measure, the sentence's lead figure,
    the article's families, the verdicts a qualifier refers to); the order is the algorithm.
    """
    from ustflow.check import bop, dispatch, tic_prose
    from ustflow.check.attach import debt_totals
    from ustflow.check.bop_frame import frame_spans, month_bases
    from ustflow.check.bop_topic import prior_years
    from ustflow.check.change_links import (
        compared_level,
        level_move_pct,
        monthly_own,
        move_restated,
        part_of_holdings,
        pct_of_change,
        trade_with_holdings_after,
        year_frame,
    )
    from ustflow.check.claim_fill import past_will
    from ustflow.check.classify import classify, classify_by_article, classify_ellipsis
    from ustflow.check.confidence_gate import confidence_gate
    from ustflow.check.extract import extract
    from ustflow.check.interventions import intervention_in_context
    from ustflow.check.qualifier_look import qualifier_look, rank_look
    from ustflow.check.rank_pairs import places_and_figures_respectively
    from ustflow.check.rulekit import Context
    from ustflow.check.second_look import each_of, second_look
    from ustflow.check.tables import strip_tables, table_claims
    from ustflow.check.text import split_sentences
    from ustflow.check.totals import coordinated_periods, totals_of_named_periods

    check_text_input(text, limit=limit)
    plain, own = prepare(text)
    pub = PubDate(date, f"--date {date}") if date else own
    ctx = Context(data, pub, article=plain, fx_rate=article_fx_rate(plain), release_day=release_day(plain, pub.date))
    sentences = split_sentences(strip_tables(without_date_lines(plain)))  # a date line is no prose
    claims = extract(sentences, ref=pub.date) + table_claims(plain, pub.date, len(sentences))
    ctx.weekly = article_frequency(claims, plain, pub.date)
    if ctx.weekly is None:  # nothing in the story says: the MoF release of its day
        from ustflow.check.flow_words import release_frequency

        ctx.weekly = release_frequency(ctx)
    places_and_figures_respectively(claims)  # "A and B ... fourth and fifth", "A and B held $X and $Y"
    period_behind_another_figure(claims)
    us_debt_as_treasuries(claims, plain)
    prev: Claim | None = None
    lead: dict[int, Claim] = {}  # each sentence's first classified figure
    for c in claims:
        if c.kind == "qualifier":
            continue
        c.measure = classify(c)
        if not c.measure and c.kind == "amount" and prev is not None and prev.sentence is c.sentence:
            c.measure = classify_ellipsis(c, prev)
        before = next((lead[i] for i in sorted(lead, reverse=True) if i < c.sentence.index), None)
        if before is not None and before.sentence.paragraph != c.sentence.paragraph and \
                before.sentence.index != c.sentence.index - 1:  # the sentence just before, even across a break
            before = None
        if not c.measure and c.kind == "amount" and before is not None and _BREAKDOWN.match(c.text):
            c.measure = classify_ellipsis(c, before)  # "That was comprised of 1.1 trillion yen in ..."
        if not c.measure and c.kind == "amount" and before is not None and before.measure == "yield_level" and \
                c.amount is not None and c.amount.kind == "percent" and _IT_AGAIN.match(c.sentence.text):
            c.measure = "yield_level"  # "The 10-year yield sits at 4.3 percent. While it has come down from 4.5 percent"
        if c.kind == "amount" and c.measure:
            prev = c
            lead.setdefault(c.sentence.index, c)
    tic_prose.reread(claims, plain, pub.date)  # TIC's flows by kind of security, no holder named
    bop.reread(claims, plain, sentences)  # Japan's balance of payments: current account, goods, services, income
    trade_with_holdings_after(claims)  # "73億ドル分を売却し、保有残高は1兆511億ドル": a trade in those holdings
    move_restated(claims)  # "by 0.8%, at a value of $400 million": the move in dollars
    level_move_pct(claims)  # "reached $7.565 trillion, marking a 6.06 percent increase": the level's move
    compared_level(claims)  # "to $1.252 trillion in October against $1.266 trillion in September": a level
    part_of_holdings(claims)  # "sold off $22 billion worth, almost 10% of its U.S. Treasury holdings"
    for c in claims:
        if c.measure == "flow" and c.amount is not None:
            flow_direction(c)
        if c.amount is not None and c.amount.multiplier:
            multiple_of(c, claims)
        if c.measure == "share" and c.subject is not None and c.subject.kind in ("foreign_total", "foreign_investors"):
            share_holder(c)
        if c.measure.startswith("holdings") or c.measure == "share":
            c.combined = combined_holders(c)
    fams = {family(c.measure) for c in claims if c.kind == "amount" and c.measure not in ("", "other")}
    yen_story = bool(re.search(r"\byen\b|USD/JPY|dollar/yen", plain, re.I))
    for c in claims:
        if c.kind == "amount" and not c.measure:
            if c.amount.kind == "ratio" and not c.amount.multiplier:
                continue  # "twice" with no second holder: not a figure of its own (a multiple of its own past is)
            if c.amount.kind == "fx" and yen_story:
                c.measure = "fx_level"  # "it is hovering around the 157 level" in a story about the yen
            elif intervention_in_context(c, sentences):
                c.measure = "intervention"  # "The ministry spent ¥2.8 trillion ..." after "Japan intervened"
            else:  # every other figure is reported, as unverifiable if nothing official covers it
                c.measure = classify_by_article(c, fams) or "other"
                if why := beyond_treasuries(c, c.measure):  # "外貨準備高は…3兆1190億ドル" in a story on holdings
                    c.measure, c.notes = "other", c.notes + ["beyond: " + why]
        if c.kind == "amount" and c.measure == "other" and back_pct(c, fams) and \
                not any(n.startswith("beyond: ") for n in c.notes):
            c.measure = "holdings_pct"  # "That is a 24% drop in two months": the holdings told before
    pct_of_change(claims)  # "increased $17.8 billion, or 0.4 percent": the change in percent
    parallel_levels(claims)
    flow_base(claims)
    japanese_change(claims)
    ja_trade_word_hosts(claims)
    merge_peaks(claims)
    debt_totals(claims)
    _refer_back(claims)
    _headline(claims)
    for c in claims:
        if c.kind == "qualifier":
            c.measure = classify(c)
    bop.reread_qualifiers(claims, plain)  # "a current account surplus for the second straight month"
    same_period(claims, family)  # "During the same period, China's holdings fell $49 billion"
    _inherit(claims, pub.date is not None, sentences)
    total_by_size(claims)  # "…rising to $7.69 trillion" in a Saudi story, naming no holder: all foreign holders'
    story_sides(claims)  # "対内中長期債…。…短期債も1兆9616億円": the story's side; "短期債も加えると…": both lines
    frame_spans(claims, sentences, ctx)  # "2020年の国際収支によると…経常収支は17兆6976億円の黒字": the story's span, not the month
    prior_years(claims)  # "19年は1758億円の黒字(前年は8062億円の赤字)": 2018's level
    month_bases(claims, ctx)  # "rose to JPY 0.49 trillion from JPY 0.20 trillion": a month a year before
    year_frame(claims)  # "1年前より…少ない…。中国は…少ない…": a story's comparison with a year before
    monthly_own(claims)  # "despite a monthly decrease of 0.51 percent": a month, whatever else the sentence compares
    coordinated_periods(claims)  # "4月29日と5月1日に計9兆7885億円": both days
    totals_of_named_periods(claims)  # "7月11日が…、7月12日は…で総額は5兆5348億円": both days
    for c in claims:
        if past_will(c, pub.date):
            c.forecast = False
    out: list[tuple[Claim, Judgement]] = []
    figures: dict[int, Figure | None] = {}
    verdicts: dict[int, tuple] = {}  # (verdict, the claim in the official unit)
    reasons: dict[int, str] = {}
    for c in claims:
        if c.kind == "qualifier" or not c.measure or (c.amount is not None and c.amount.parenthetical
                                                       and c.host is None and not c.measure):
            continue
        j = _safely(dispatch.judge, c, ctx)
        j = _safely(each_of, c, j, ctx, dispatch.judge)
        j = _safely(second_look, c, j, ctx, dispatch.judge, claims)
        j = _safely(confidence_gate, c, j, ctx)  # a plain contradiction on a reading not sure enough to sign
        j = _safely(rank_look, c, j, ctx, dispatch.judge, claims)  # a holder's place at the article's month?
        figures[id(c)] = j.figure
        verdicts[id(c)], reasons[id(c)] = (j.verdict, j.claimed_value), j.explanation
        out.append((c, j))
    for c in claims:
        if c.kind != "qualifier" or not c.measure:
            continue
        other = next((o for o in claims if o.kind == "amount" and o.sentence is c.sentence and c.host is None and
                      o.measure == "other" and any(n.startswith("beyond: ") for n in o.notes)), None)
        if other is not None:  # "bought ¥1.07 trillion ..., their largest since Nov. 13, data from Japanese exchanges
            # showed": the record is the other statistic's, not MoF's
            out.append((c, unverifiable(f"said of a figure the store does not hold ({other.amount.text}: "
                                        f"{next(n for n in other.notes if n.startswith('beyond: '))[8:]})")))
            continue
        j = _safely(_judge_qualifier, c, ctx, figures, dispatch, verdicts, reasons)
        j = _safely(qualifier_look, c, j, ctx, claims, figures, dispatch)  # sure of the figure it was judged on?
        if j is not None:
            out.append((c, j))
    order = {id(c): i for i, c in enumerate(claims)}
    out.sort(key=lambda cj: order[id(cj[0])])
    return [_record(c, j, pub, bool(date)) for c, j in out]


def _safely(fn, c: Claim, *args) -> Judgement | None:
    """One claim's rule failing (a bug) must not lose the article's other verdicts: it is reported,
    with the error, as unverifiable, and the traceback goes to the log."""
    import logging

    try:
        return fn(c, *args)
    except Exception as e:
        logging.getLogger("ustflow.check").exception("check failed on %r", c.claim_text)
        return unverifiable(f"the checker failed on this claim ({type(e).__name__}: {e}); please report it")


def _next_exchange_source(c: Claim, ctx) -> str:
    """"Foreigners sold Japanese equities during the week ended April 17, marking their tenth straight week of net
    selling. Overseas investors sold a net 434.56 billion yen worth of local stocks last week, according to data from
    Japanese stock exchanges.": a run with no figure of its own whose next sentence gives the week's
    figure from the exchange, its own sentence naming no MoF source, is the exchange's run ("" if not)."""
    from ustflow.check.coverage import MOF_SOURCE, exchange_source

    s = c.sentence.text
    at = ctx.article.find(s)
    if at < 0 or MOF_SOURCE.search(s) or not re.search(r"\b(?:stocks|shares|equities)\b|株", s, re.I):
        return ""
    nxt = re.match(r"\s*([^\n]*?[.。](?=\s|$))", ctx.article[at + len(s):])
    return exchange_source(nxt.group(1)) if nxt else ""


#: qualifiers that count the signs of a series, not its size: judged without the figure's value
_SIGN_RUNS = ("streak", "streak_end", "streak_before", "count_in")


def _judge_qualifier(c: Claim, ctx, figures: dict, dispatch, host_verdicts: dict, host_reasons: dict) -> Judgement | None:
    from ustflow.check.coverage import exchange_source
    from ustflow.check.figures import standalone_figure

    host = c.host
    other = re.search(r"\b(?:Nikkei|Topix|TOPIX|S&P|Dow|Nasdaq|stock (?:index|average)|share average|bid-to-cover|"
                      r"auction|inflation|GDP|wages?|unemployment)\b",
                      c.sentence.text[max(0, c.span[0] - 60):c.span[1] + 40])
    if other and (host is None or host.sentence is not c.sentence):
        return unverifiable(f"about the {other.group(0)}, which the store does not hold")
    if host is None and (src := exchange_source(c.sentence.text) or _next_exchange_source(c, ctx)):
        # "…for the 12th week, according to JPX data"; or the next sentence's figure of the week is the exchange's
        return unverifiable(f"a run or record in {src} (the exchange's trading by investor type), not in MoF's data")
    while host is not None and host.amount is not None and host.amount.parenthetical and host.host is not None:
        host = host.host
    if host is not None:
        if host.subject is not None and host.subject.kind == "institution":
            return None
        fig = figures.get(id(host))
        if fig is None and c.qualifier is not None and c.qualifier.kind in _SIGN_RUNS and host.amount is not None \
                and host.amount.currency == "USD" and c.base_measure in ("flow", "bop"):
            # "amassed nearly $14 billion in foreign bonds last week, in their seventh straight week of net buying":
            # a run counts signs of the series, which a dollar figure the store cannot convert still names ("a $22
            # billion current account surplus in 2014, the fourth straight annual fall": the yen balance's years)
            if c.base_measure == "bop":
                c.instrument, c.period = host.instrument, host.period
            got = standalone_figure(c, ctx)
            if not isinstance(got, Judgement):
                return dispatch.judge_qualifier(c, got, ctx)
        if fig is None:
            return dispatch.compared_run(c) or unverifiable("the figure this qualifier refers to could not be matched to "
                                                            "an official series")  # or "3年連続で貿易黒字を上回った"
    else:
        got = standalone_figure(c, ctx)
        if isinstance(got, Judgement):
            return got
        fig = got
    far = _far_off(host_verdicts.get(id(host)), fig) if host is not None and host.amount is not None and \
        "unit error" not in host_reasons.get(id(host), "") and not _side_run(c, fig) else ""  # a unit slip: same period
    if far:
        return unverifiable(f"the figure it qualifies is far from the official series ({far}): the series or period "
                            f"may not be the one the article means", series=fig.series)
    if host is not None and (host_verdicts.get(id(host)) or ("",))[0] == "unverifiable" and fig is not None:
        if host_reasons.get(id(host), "").startswith("an intraday level"):
            return dispatch.judge_qualifier_on_close(c, fig, ctx)  # "rose to 0.75%, the highest in 10 years"
        return unverifiable(f"the figure it qualifies is unverifiable ({host_reasons.get(id(host), '')[:120]})",
                            series=fig.series)
    return dispatch.judge_qualifier(c, fig, ctx)


def _side_run(c: Claim, fig: Figure | None) -> bool:
    """"The year-on-year increase of 1.4 percent in the surplus ... marked the 55th straight month of black ink": a run
    of a BoP balance's side hosted on its percent change counts the balance's sign at the period, which the percent
    change's value (a first print far from today's) does not enter."""
    from ustflow.check import bop_records

    return fig is not None and bop_records.is_bop(fig) and fig.agg == "pct" and c.qualifier is not None and \
        c.qualifier.kind == "streak" and bop_records.what_runs(c)[0] == "sign" and bop_records.what_runs(c)[1] is not None


def _far_off(host: tuple | None, fig: Figure | None) -> str:
    """A contradicted figure whose official value is of the other sign or more than twice (or under half) the
    claim: the qualifier on it would be judged on a series or period the article may not mean."""
    if not host or fig is None or host[0] != "contradicted" or host[1] is None or not fig.value:
        return ""
    claimed, official = float(host[1]), float(fig.value)
    if claimed * official < 0 or not 0.5 <= abs(claimed) / abs(official) <= 2:
        return f"claimed {claimed:,.1f}, official {official:,.1f} {fig.unit}"
    return ""


_POINTS_BACK = re.compile(r"\s*(?:That|This|It|Which)\s+(?:marked|was|is|made|represented|became|would be)\b")


def _refer_back(claims: list[Claim]) -> None:
    """A qualifier in a sentence with no figure of its own ("It is also the lowest level since June
    2010", "October's value was the lowest since November 2008") is about the latest figure before
    it, in its own sentence or the two before, of the kind its words name (a level, a flow, a
    change); a sentence that names its own holder and kind keeps its own figure."""
    from ustflow.check.classify import classify
    from ustflow.check.hosts import qualifier_hint, same_holder

    for i, c in enumerate(claims):
        if c.kind != "qualifier" or c.host is not None or MARKET_PRICE in c.notes:
            continue
        own = classify(c) and c.base_measure
        # "中国の米国債買い越しは昨年11月以来6カ月ぶり": a Treasury flow's qualifier needs a figure: the one before it
        tic_flow = own == "flow" and c.instrument is not None and c.instrument[0] == "tic"
        refers = "refers back" in " ".join(c.notes) or not own or c.subject is None or tic_flow
        if not refers:
            continue
        want = qualifier_hint(c.qualifier, c.sentence.text, c.span)
        now = bool(_THIS_TIME.search(c.sentence.text))  # "今回の…": this release's figure, wherever the story gave it
        cands = [o for o in claims[:i] if o.kind in ("amount", "direction") and o.measure
                 and (o.amount is None or not o.amount.parenthetical) and SINCE_REF not in o.notes
                 and o.measure not in ("institution", "other") and c.sentence.index - o.sentence.index <= (99 if now else 2)
                 and not (o.sentence is c.sentence and c.span[0] <= o.span[0])]  # back: not its reference's own
        if own in ("yield_level", "fx_level"):  # "The 10-year yield is at its lowest since 2007": not a holdings figure,
            cands = [o for o in cands if o.measure in _MARKET and o.measure[:2] == own[:2]]  # nor the yen's an intervention
        if own in ("flow", "") and c.instrument is not None and c.instrument[0] in ("assets", "liabilities", None):
            # "対内株式投資は5週連続資本流出超", "中長期債は2週ぶりの買い越し": a run of the flow its sentence names
            cands = [o for o in cands if o.instrument is not None and o.instrument[1] == c.instrument[1]
                     and c.instrument[0] in (None, o.instrument[0])]
        cands = [o for o in cands if same_holder(c, o)]  # of the holder its sentence names, if it names one
        fit = [o for o in cands if want and want == ("level" if o.measure.endswith("level") or o.measure == "holdings_peak"
                                                     else "flow" if o.measure == "flow" else "change")]
        fit = fit or ([o for o in cands if o.measure == "holdings_change"] if tic_flow else [] if want else cands)
        same = [o for o in fit if c.period is not None and o.period is not None and not c.period.is_latest
                and o.period.windows == c.period.windows]  # "October's value ...": the October figure
        # a sentence pointing back at the last event ("That marked the largest ...") is not about a figure told as an
        # earlier time's in the sentence before ("accelerating from ¥425.8 billion the week before"): the week's own
        back = [o for o in fit if o.role != "from" and not (o.sentence is not c.sentence and told_as_earlier(o))] \
            if _POINTS_BACK.match(c.sentence.text) else []
        # (nor, as a rule, one in a clause of an earlier time: "…, when the surplus sagged 88.9 percent. Still, the
        # surplus marked the 52nd straight month of black ink": the story's month's)
        now_figs = [o for o in fit if o.role != "from" and not (o.sentence is not c.sentence and PAST_CLAUSE in o.notes)]
        pick = (same or back or now_figs or [o for o in fit if o.role != "from"] or fit)[-1:]
        if now and fit:  # "今回の買い越し額は過去3番目": the latest period's figure, not the last one named
            dated = [o for o in fit if o.period is not None and not o.period.is_latest and o.period.windows]
            pick = [max(dated, key=lambda o: o.period.end)] if dated else pick[-1:] if len(fit) == 1 else []
        if pick and not same and c.subject is not None and c.period_how == "stated" and c.period is not None and \
                not c.period.is_latest and pick[0].period is not None and pick[0].period.windows != c.period.windows:
            continue  # "Holdings in April were the lowest for Russia since 2008" after March's figure: April's own
        if pick:
            host = pick[0]
            c.host = host
            c.subject, c.period, c.period_how = host.subject, host.period, host.period_how
            c.notes.append("refers to an earlier figure")


def is_headline(c: Claim) -> bool:
    """The first paragraph, one short line without a full stop: a headline, not prose."""
    s = c.sentence
    return s.paragraph == 0 and s.index == 0 and len(s.text) < 160 and not re.search(r"[.!?。！？]\W*$", s.text)


def _headline(claims: list[Claim]) -> None:
    """A headline's qualifier with no figure ("Japanese investors dump record amount of foreign bonds")
    is about the story's lead figure of the same kind."""
    for c in claims:
        if c.kind != "qualifier" or c.host is not None or not is_headline(c) or MARKET_PRICE in c.notes:
            continue
        measure = classify_base(c)
        base = family(measure)
        lead = [o for o in claims if o.kind == "amount" and o.sentence.index > 0 and o.measure
                and not o.amount.parenthetical and o.role != "from" and family(o.measure) == base]
        same = [o for o in lead if o.measure == measure and o.sentence is lead[0].sentence] if lead else []
        if same:  # "Holdings Hit 17-Month Low": the level the lead sentence reports, not its change
            lead = same
        if lead and c.subject is not None and lead[0].subject is not None and \
                (c.subject.kind, c.subject.slug) != (lead[0].subject.kind, lead[0].subject.slug):
            continue  # the headline is about someone else than the lead: judged on its own
        if lead:
            c.host = lead[0]
            c.subject, c.period, c.period_how = lead[0].subject, lead[0].period, lead[0].period_how
            c.notes.append("a headline: judged on the story's lead figure")


def classify_base(c: Claim) -> str:
    from ustflow.check.classify import classify

    return classify(c) and c.base_measure


def _inherit(claims: list[Claim], dated: bool, sentences: list | None = None) -> None:
    """Subjects and periods for claims whose sentence names none (module docstring, step 4).

    With a publication date, a period is carried only within a paragraph or through a pronoun
    (a new paragraph without one is judged on the latest data published then); without one, from
    the previous paragraph too."""
    from ustflow.check.clauses import in_relative_clause

    last: dict[str, Claim] = {}  # by family: the latest claim with a subject / a stated period
    last_any: Claim | None = None
    anchor: dict[str, Period] = {}  # by family: the latest absolute period named
    for c in claims:
        if c.kind == "qualifier" and c.host is not None:
            continue
        m = c.measure
        if not m or m == "institution":
            continue
        if c.period is not None and c.period.extra.get("today") and m not in _MARKET:
            c.period, c.period_how = None, "none"  # "保有額は現在…": the latest published, not today's (a quote's)
        fam = family(m if c.kind != "qualifier" else c.base_measure)
        if m in _MARKET:
            c.subject = None  # yields, the yen and interventions have no holder
        elif c.subject is None:
            src = last.get(fam)
            trade = last.get("flow")  # "Brazil sold $21.5 billion of Treasuries. … the reduction of 7.5%": TIC's too
            if fam == "tic" and trade is not None and trade.instrument is not None and trade.instrument[0] == "tic" and \
                    (src is None or src.sentence.index < trade.sentence.index):
                src = trade
            if src is not None and src.subject is not None and (_PRONOUN.match(c.text) or fam == "tic") and not part_of(c):
                c.subject, c.subject_how = src.subject, "inherited"
            elif last_any is not None and last_any.subject is not None and _PRONOUN.match(c.text) and \
                    family(last_any.measure) != "yield_level":
                c.subject, c.subject_how = last_any.subject, "inherited"
            if c.subject is None and fam == "tic" and c.kind == "amount" and sentences:
                from ustflow.check.subjects import holder_named_before

                named = holder_named_before(c, sentences)  # "China trimmed its holdings. The decline of $X ..."
                if named is not None:
                    c.subject, c.subject_how = named, "inherited"
            if _BREAKDOWN.match(c.text) and src is not None and c.direction is None:
                c.direction, c.direction_word = src.direction, src.direction_word  # "That was comprised of ..."
            close = src is not None and c.sentence.paragraph - src.sentence.paragraph <= 1
            if fam == "flow" and c.subject is None and c.instrument is not None and close and src.subject is not None \
                    and re.fullmatch(r"中長期債|短期債|株式|債券", c.instrument_text or ""):
                # "非居住者による対内株式投資は… 中長期債は5665億円の買い越し": bare securities take the story's investors
                c.subject, c.subject_how = src.subject, "inherited"
                c.instrument = (None, c.instrument[1])
            if fam == "flow" and c.subject is None and c.instrument is None and close and src.subject is not None:
                # "The figures show net sales of ¥1.14 trillion ...": the same flow as the sentence before
                c.subject, c.subject_how = src.subject, "inherited"
                c.instrument, c.instrument_text = src.instrument, src.instrument_text
            if c.pair is not None and c.pair.subject is None:
                c.pair.subject, c.pair.subject_how = c.subject, c.subject_how
        src = last.get(fam)
        if fam == "flow" and c.instrument is None and src is not None and src.instrument is not None and \
                _same_side(c, src) and (src.sentence.paragraph == c.sentence.paragraph or _PRONOUN.match(c.text)):
            c.instrument, c.instrument_text = src.instrument, src.instrument_text  # "They also sold ¥X"
        if c.period is None and c.role != "from" and not present_tense(c):
            near = src is not None and (src.sentence.paragraph == c.sentence.paragraph or _PRONOUN.match(c.text) or
                                        (not dated and c.sentence.paragraph - src.sentence.paragraph <= 1)) and \
                not _topic_period(src)
            if near and src.period is not None and not src.period.is_latest and not not_carried(src, c, dated):
                c.period, c.period_how = src.period, "context"
                if src.period.relative and anchor.get(fam) is not None and anchor[fam].kind == src.period.kind:
                    # "They also sold ¥59 billion the week before. Foreign investors bought ¥1.78 trillion ...":
                    # the story's week, not "the week before" (nor "a 60% week-over-week plunge"); an anchor of
                    # another grain ("in the first half of 2024") is no week: "during the week" is the story's
                    c.period = anchor[fam]
        share_start(c, claims)  # "…1.51%から上昇、2年債は0.73%から3.13%に": 0.73%'s start is 1.51%'s
        market_period_in_sentence(c, claims)  # "The yen weakened 1.3% on Wednesday, while the 10-year yield rose …"
        if c.period is not None and not c.period.is_latest and not c.period.relative and c.role != "from":
            anchor[fam] = c.period
        # a figure replaces a qualifier of its sentence as the context ("As foreign holdings rose for a third month,
        # China's slid to $X. The decline ...": China's)
        first_in_sentence = fam not in last or last[fam].sentence is not c.sentence or \
            (last[fam].kind == "qualifier" and c.kind == "amount")
        if (c.subject is not None or c.period is not None or c.instrument is not None) and first_in_sentence and \
                c.role != "from" and not in_relative_clause(c.text, c.span) and SINCE_REF not in c.notes and \
                PAST_CLAUSE not in c.notes:
            # not "..., down from $50 billion in March" (the base's period is no context), nor an aside
            # ("Japan, which overtook China in 2019, ...")
            last[fam] = c  # the sentence's main (first) figure is the context for the next sentences
        if c.kind == "amount" and m not in _MARKET:
            last_any = c


def _topic_period(src: Claim) -> bool:
    """"3月は4036億円の買い越し。": a month set apart as the topic (は, も) is that sentence's aside, not the
    story's period for the sentences after it."""
    p = src.period
    return p is not None and src.sentence.text[p.span[1]:p.span[1] + 1] in ("は", "も")


def _same_side(c: Claim, src: Claim) -> bool:
    """Whether two flows are by investors of the same side: foreign investors buying Japanese securities
    never take the instrument of Japanese investors' foreign bonds ("Japanese investors bought foreign
    bonds ... Overseas investors sold ¥X"), nor the other way round."""
    def side(x: Claim) -> str | None:
        if x.subject is None:
            return None
        return "non-residents" if x.subject.kind == "foreign_investors" else "residents"

    a, b = side(c), side(src)
    return a is None or b is None or a == b


def _period_source(c: Claim, pub: PubDate, given: bool) -> str:
    if c.period is not None and not c.period.is_latest:
        return "stated" if c.period_how == "stated" else "from an earlier sentence"
    head = f"'{c.period.label}'" if c.period is not None else "none stated"
    if pub.date is None:
        return f"{head}: no publication date" + (f" ({pub.how})" if pub.how else "")
    return f"{head}: latest published by {pub.date} ({'--date' if given else pub.how})"


def _record(c: Claim, j: Judgement, pub: PubDate, given: bool) -> dict:
    from ustflow.check.render import source_of
    from ustflow.check.rulekit import subject_label

    a = c.amount
    host = c.host if c.kind == "qualifier" else None
    if a is not None:
        quantity, unit = a.number, a.unit_label
    elif c.kind == "rank":
        quantity, unit = c.rank, "rank"
    elif c.kind == "qualifier" and c.qualifier.kind in ("streak", "streak_end"):
        quantity, unit = c.qualifier.n, f"consecutive {c.qualifier.grain or 'period'}s"
    else:
        quantity, unit = None, None
    period = c.period if c.period is not None else (host.period if host is not None else None)
    rec = dict.fromkeys(KEYS)
    rec.update({
        "text": c.text, "claim": c.claim_text, "subject": subject_label(c), "quantity": quantity, "unit": unit,
        "period": period.label if period is not None else "", "verdict": j.verdict,
        "official_value": j.official_value, "official_unit": j.official_unit, "series": j.series,
        "explanation": j.explanation,
        # details
        "kind": "superlative" if c.kind == "qualifier" else c.kind,
        "measure": c.measure if c.kind != "qualifier" else f"{c.qualifier.kind}",
        "direction": {1: "up/bought", -1: "down/sold"}.get(c.direction) if c.direction else None,
        "qualifier": a.qualifier if a is not None else None,
        "superlative": c.qualifier.phrase if c.qualifier is not None else None,
        "official_period": j.period,
        "period_source": _period_source(c, pub, given),
        "subject_source": c.subject_how if c.subject is not None else "",
        "publication_date": str(pub.date) if pub.date else None,
        "publication_date_source": ("--date" if given else pub.how) if pub.date else (pub.how or None),
        "vintage": j.vintage, "conversion": j.conversion, "tolerance": j.tolerance, "flags": list(j.flags),
        "source": source_of(j.series), "claimed_value": j.claimed_value,
        "paragraph": c.sentence.paragraph, "sentence": c.sentence.index,
    })
    return rec
