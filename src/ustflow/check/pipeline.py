"""The checking pipeline: text -> claims -> measures -> context -> verdicts -> result records.

1. ``prepare``: normalise the text (NFKC), strip HTML, find the publication date (``--date`` wins).
2. ``extract``: claims per sentence (figures, qualifiers, holder ranks, directions).
3. ``classify``: what each claim measures (figures first, then the qualifiers on them).
4. ``_inherit``: what a sentence that names no holder or period takes from the one before: a holder
   only through a pronoun or an ellipsis ("They also bought ...", "Holdings fell ..."), never into a
   sentence about yields or the yen; a period only from a claim of the same kind (flows from flows,
   holdings from holdings) in the same or the previous paragraph. Otherwise a claim with no period
   is judged at the publication date (the latest data published then).
5. ``dispatch.judge`` on every figure; its ``Judgement`` (with the ``Figure`` read) is kept (by claim) for the qualifiers on it,
   which ``dispatch.judge_qualifier`` then judges (``qualifier_hosts``: the figure each qualifier is judged on).
   Nothing is threaded through the claims.
"""

from __future__ import annotations

import re
from datetime import date as Date

from ustflow.check import chinese
from ustflow.check.article import article_frequency, article_fx_rate, flow_direction, release_day
from ustflow.check.back_moves import back_pct, stock_pct
from ustflow.check.bop_shared import split_shared
from ustflow.check.carry import market_period_in_sentence, not_carried, part_of, same_period, share_start
from ustflow.check.claims import MARKET_MEASURES, PAST_CLAUSE, SINCE_REF, Claim, family
from ustflow.check.coverage import out_of_scope
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
from ustflow.check.holder_moves import moves_at_levels
from ustflow.check.ja_record_quotes import record_quote
from ustflow.check.japanese_chains import ja_trade_word_hosts, japanese_change
from ustflow.check.mof_lines import story_sides
from ustflow.check.other_figures import beyond_treasuries
from ustflow.check.past_clauses import told_before
from ustflow.check.peak_figures import merge_peaks
from ustflow.check.periods import Period
from ustflow.check.qualifier_hosts import headline_hosts, judge_qualifier, refer_back, unplaced
from ustflow.check.respective_periods import periods_respectively
from ustflow.check.results import KEYS, Judgement, PubDate, unverifiable
from ustflow.check.rulekit import present_tense
from ustflow.check.term_parts import placed_parts
from ustflow.check.text import check_text_input, html_to_text, looks_like_html, normalize
from ustflow.check.that_time import that_time
from ustflow.check.total_scale import total_by_size
from ustflow.check.weak_class import weak_class

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
#: a sentence that goes on about the thing the one before named, by a pronoun: "While it has come down from 4.5 percent"
_IT_AGAIN = re.compile(r"\W*(?:(?:While|Although|Though|But|And|Yet|Still|Since)\s+)?(?:it|it's|it’s)\s", re.I)


def prepare(text: str) -> tuple[str, PubDate]:
    """Plain text of an article (HTML stripped, NFKC-normalised) and its publication date, if found."""
    from ustflow.check.korean import is_korean, read

    text = normalize(text)
    if looks_like_html(text):
        plain, dates = html_to_text(text)
        return plain, publication_date(read(plain).text if is_korean(plain) else plain, dates)
    return text, publication_date(read(text).text if is_korean(text) else text)  # a Korean date as its reading's


def check_article(text: str, data, date: Date | None = None, limit: int | None = None) -> list[dict]:
    """Every checkable claim of ``text`` with its verdict (dicts with ``KEYS`` first).

    ``date`` (the ``--date`` option) overrides the date the article states or implies; it resolves
    periods without a year ("in March") or relative to it ("last month"), and claims with no period
    are judged on the latest data published on it. ``limit``: the size limit in bytes.

    Why one function: its passes (classify, resolve, judge) run in a fixed order over one list of
    claims, each reading what the passes before it set (a figure's measure, the sentence's lead figure,
    the article's families, the verdicts a qualifier refers to); the order is the algorithm.
    """
    from ustflow.check import bop, dispatch, tic_prose, tic_prose_ja
    from ustflow.check.base_frames import sentence_frames
    from ustflow.check.bop_frame import frame_spans, month_bases
    from ustflow.check.bop_sections import same_month_years, sections, since_after_level
    from ustflow.check.bop_topic import prior_years
    from ustflow.check.bop_words import word_claims
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
    from ustflow.check.classify import classify
    from ustflow.check.confidence_gate import confidence_gate
    from ustflow.check.context_measures import classify_by_article, classify_ellipsis, size_of_trade_before
    from ustflow.check.extract import extract
    from ustflow.check.implied_spans import levels_span
    from ustflow.check.interventions import intervention_in_context
    from ustflow.check.korean import is_korean, read
    from ustflow.check.lexicon import TREASURY_STORY
    from ustflow.check.qualifier_look import qualifier_look, rank_look
    from ustflow.check.rank_pairs import places_and_figures_respectively
    from ustflow.check.reading_gate import reading_gate
    from ustflow.check.rulekit import Context
    from ustflow.check.second_look import each_of, second_look
    from ustflow.check.tables import strip_tables, table_claims
    from ustflow.check.text import split_sentences
    from ustflow.check.totals import coordinated_periods, debt_totals, totals_of_named_periods

    check_text_input(text, limit=limit)
    plain, own = prepare(text)
    korean = read(plain) if is_korean(plain) else None  # a Korean story: read in the Japanese its terms are
    if korean is not None:
        plain = korean.text
    pub = PubDate(date, f"--date {date}") if date else own
    reading = chinese.reading(plain) if korean is None else None
    if reading is not None:  # Chinese: read through the Japanese grammar, quoted in its own words (``check.chinese``)
        plain = reading.text
    ctx = Context(data, pub, article=plain, fx_rate=article_fx_rate(plain), release_day=release_day(plain, pub.date))
    sentences = split_sentences(strip_tables(without_date_lines(plain)))  # a date line is no prose
    claims = extract(sentences, ref=pub.date) + table_claims(plain, pub.date, len(sentences))
    ctx.weekly = article_frequency(claims, plain, pub.date)
    if ctx.weekly is None:  # nothing in the story says: the MoF release of its day
        from ustflow.check.flow_words import release_frequency

        ctx.weekly = release_frequency(ctx)
    places_and_figures_respectively(claims)  # "A and B ... fourth and fifth", "A and B held $X and $Y"
    periods_respectively(claims, pub.date)  # "$X and $Y in August and July, respectively"
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
        if not c.measure and c.kind == "amount":
            c.measure = size_of_trade_before(c, claims)  # "…3カ月連続の売り越しだった。規模は4883億円": that trade's size
        if not c.measure and c.kind == "amount" and before is not None and _BREAKDOWN.match(c.text):
            c.measure = classify_ellipsis(c, before)  # "That was comprised of 1.1 trillion yen in ..."
        if not c.measure and c.kind == "amount" and before is not None and before.measure == "yield_level" and \
                c.amount is not None and c.amount.kind == "percent" and _IT_AGAIN.match(c.sentence.text):
            c.measure = "yield_level"  # "The 10-year yield sits at 4.3 percent. While it has come down from 4.5 percent"
        if c.kind == "amount" and c.measure:
            prev = c
            lead.setdefault(c.sentence.index, c)
    tic_prose.reread(claims, plain, pub.date)  # TIC's flows by kind of security, no holder named
    tic_prose_ja.reread(claims, plain)  # the same told in Japanese (米社債, 米国株), and figures that carry their kind
    bop.reread(claims, plain, sentences)  # Japan's balance of payments: current account, goods, services, income
    trade_with_holdings_after(claims)  # "73億ドル分を売却し、保有残高は1兆511億ドル": a trade in those holdings
    move_restated(claims)  # "by 0.8%, at a value of $400 million": the move in dollars
    level_move_pct(claims)  # "reached $7.565 trillion, marking a 6.06 percent increase": the level's move
    compared_level(claims)  # "to $1.252 trillion in October against $1.266 trillion in September": a level
    part_of_holdings(claims)  # "sold off $22 billion worth, almost 10% of its U.S. Treasury holdings"
    placed_parts(claims)  # "Of the invested amount, $6.9 billion went to long-term bonds": the holder's part
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
    treasury_story = bool(TREASURY_STORY.search(plain))
    for c in claims:
        if c.kind == "amount" and not c.measure:
            if c.amount.kind == "ratio" and not c.amount.multiplier:
                continue  # "twice" with no second holder: not a figure of its own (a multiple of its own past is)
            if c.amount.kind == "fx" and yen_story:
                c.measure = "fx_level"  # "it is hovering around the 157 level" in a story about the yen
            elif intervention_in_context(c, sentences):
                c.measure = "intervention"  # "The ministry spent ¥2.8 trillion ..." after "Japan intervened"
            else:  # every other figure is reported, as unverifiable if nothing official covers it
                c.measure = classify_by_article(c, fams, treasury_story) or "other"
                if why := beyond_treasuries(c, c.measure):  # "外貨準備高は…3兆1190億ドル" in a story on holdings
                    c.measure, c.notes = "other", c.notes + ["beyond: " + why]
        if c.kind == "amount" and c.measure == "other" and not any(n.startswith("beyond: ") for n in c.notes) and \
                (back_pct(c, fams, _last_figure_before(claims, c)) or
                 stock_pct(c, fams, bool(out_of_scope(c.clause or c.sentence.text, c.sentence.text)))):
            c.measure = "holdings_pct"  # "That is a 24% drop in two months", "its holdings were 5.91 percent higher"
    pct_of_change(claims)  # "increased $17.8 billion, or 0.4 percent": the change in percent
    parallel_levels(claims)
    flow_base(claims)
    japanese_change(claims)
    ja_trade_word_hosts(claims)
    merge_peaks(claims)
    debt_totals(claims)
    refer_back(claims)
    headline_hosts(claims)
    for c in claims:
        if c.kind == "qualifier":
            c.measure = classify(c)
    bop.reread_qualifiers(claims, plain)  # "a current account surplus for the second straight month"
    same_period(claims, family)  # "During the same period, China's holdings fell $49 billion"
    that_time(claims, sentences)  # "... the lowest since May 2009. At that time, the level was $776.4 billion"
    _inherit(claims, pub.date is not None, sentences)
    moves_at_levels(claims)  # "Russia trimmed its holdings to $102.9 billion": the level's month
    total_by_size(claims)  # "…rising to $7.69 trillion" in a Saudi story, naming no holder: all foreign holders'
    story_sides(claims)  # "対内中長期債…。…短期債も1兆9616億円": the story's side; "短期債も加えると…": both lines
    same_month_years(claims)  # "4月としては2010年の1兆5863億円以来": April 2010's
    since_after_level(claims)  # "3438億円の黒字で、黒字は…2019年5月以来です": the story's month, not the look-back
    sections(claims, sentences, ctx)  # "併せて発表した2015年度上半期の国際収支によると…": the half's, after it
    frame_spans(claims, sentences, ctx)  # "2020年の国際収支によると…経常収支は17兆6976億円の黒字": the story's span, not the month
    prior_years(claims)  # "19年は1758億円の黒字(前年は8062億円の赤字)": 2018's level
    month_bases(claims, ctx)  # "rose to JPY 0.49 trillion from JPY 0.20 trillion": a month a year before
    year_frame(claims)  # "1年前より…少ない…。中国は…少ない…": a story's comparison with a year before
    monthly_own(claims)  # "despite a monthly decrease of 0.51 percent": a month, whatever else the sentence compares
    sentence_frames(claims)  # "前年同月比では、0.5%の増加でした": the base the sentence opens on
    levels_span(claims)  # "reaching $57.02 billion in May, up from $50.34 billion in December — a 13.2% rise": theirs
    coordinated_periods(claims)  # "4月29日と5月1日に計9兆7885億円": both days
    totals_of_named_periods(claims)  # "7月11日が…、7月12日は…で総額は5兆5348億円": both days
    for c in claims:
        if past_will(c, pub.date):
            c.forecast = False
    split_shared(claims)  # "Both exports and imports logged record highs": a record of each
    word_claims(claims, plain, sentences)  # "貿易収支が黒字に転換", "赤字幅が拡大した": a BoP item's sign or size in words
    out: list[tuple[Claim, Judgement]] = []
    hosts: dict[int, Judgement] = {}  # by claim: what a qualifier on it is judged on (its figure, verdict, reasons, flags)
    for c in claims:
        if c.kind == "qualifier" or not c.measure or (c.amount is not None and c.amount.parenthetical
                                                       and c.host is None and not c.measure):
            continue
        j = _safely(dispatch.judge, c, ctx)
        j = _safely(each_of, c, j, ctx, dispatch.judge)
        j = _safely(second_look, c, j, ctx, dispatch.judge, claims)
        j = _safely(confidence_gate, c, j, ctx)  # a plain contradiction on a reading not sure enough to sign
        j = _safely(reading_gate, c, j, ctx, dispatch.judge)  # a holder not stated, a direction against the period read
        j = _safely(rank_look, c, j, ctx, dispatch.judge, claims)  # a holder's place at the article's month?
        hosts[id(c)] = j  # (no later pass alters it: the qualifiers' rules only read it)
        out.append((c, j))
    loose: list[Claim] = []
    for c in claims:
        if c.kind != "qualifier":
            continue
        if not c.measure:  # no figure of its kind before it, and its words name no series: said, not dropped
            loose.append(c)
            continue
        other = next((o for o in claims if o.kind == "amount" and o.sentence is c.sentence and c.host is None and
                      o.measure == "other" and any(n.startswith("beyond: ") for n in o.notes)), None)
        if other is not None:  # "bought ¥1.07 trillion ..., their largest since Nov. 13, data from Japanese exchanges
            # showed": the record is the other statistic's, not MoF's
            out.append((c, unverifiable(f"said of a figure the store does not hold ({other.amount.text}: "
                                        f"{next(n for n in other.notes if n.startswith('beyond: '))[8:]})")))
            continue
        j = _safely(judge_qualifier, c, ctx, hosts, dispatch)
        j = _safely(qualifier_look, c, j, ctx, claims, hosts, dispatch)  # sure of the figure it was judged on?
        if j is not None:
            out.append((c, j))
    out += unplaced(loose, [o for o, _ in out])
    order = {id(c): i for i, c in enumerate(claims)}
    out.sort(key=lambda cj: order[id(cj[0])])
    records = [weak_class(_record(c, j, pub, bool(date))) for c, j in out]  # last: a class more often wrong than right
    if reading is not None:
        reading.restore(records)
    if korean is not None:  # the period too, as the article words it ("6월 말 현재" for 6月末), and the explanation's quotes
        korean.restore(records, ("claim", "period"), explanation=True)
    return records


def _last_figure_before(claims: list[Claim], c: Claim) -> Claim | None:
    """The last figure with a measure of the sentence just before ``c``'s, in its paragraph: what a sentence opening on
    "That" refers back to."""
    j = c.sentence.index - 1
    got = [o for o in claims if o.kind == "amount" and o.measure and o.sentence.index == j and
           o.sentence.paragraph == c.sentence.paragraph]
    return got[-1] if got else None


def _safely(fn, c: Claim, *args) -> Judgement | None:
    """One claim's rule failing (a bug) must not lose the article's other verdicts: it is reported,
    with the error, as unverifiable, and the traceback goes to the log."""
    import logging

    try:
        return fn(c, *args)
    except Exception as e:
        logging.getLogger("ustflow.check").exception("check failed on %r", c.claim_text)
        return unverifiable(f"the checker failed on this claim ({type(e).__name__}: {e}); please report it")


def _ranked_before(c: Claim, sentences: list):
    """The holder of a place whose sentence names holders, none of them its own (``subject_objects``: "中国(1兆2721億
    ドル)、日本(1兆2002億ドル)に次ぐ3位", "behind China and Japan"): the one holder the sentences before name
    (``holder_named_before``), else None (no other figure's holder in the sentence)."""
    from ustflow.check.subjects import holder_named_before

    return holder_named_before(c, sentences)


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
        if c.period is not None and c.period.extra.get("today") and m not in MARKET_MEASURES:
            c.period, c.period_how = None, "none"  # "保有額は現在…": the latest published, not today's (a quote's)
        fam = family(m if c.kind != "qualifier" else c.base_measure)
        if m in MARKET_MEASURES:
            c.subject = None  # yields, the yen and interventions have no holder
        elif c.subject is None:
            src = last.get(fam)
            trade = last.get("flow")  # "Brazil sold $21.5 billion of Treasuries. … the reduction of 7.5%": TIC's too
            if fam == "tic" and trade is not None and trade.instrument is not None and trade.instrument[0] == "tic" and \
                    (src is None or src.sentence.index < trade.sentence.index):
                src = trade
            if c.kind == "rank" and src is not None and src.sentence is c.sentence and src.subject_how == "stated" and sentences:
                src = None  # "中国(…)、日本(…)に次ぐ3位": not a holder ranked before it, the one named before
                c.subject = _ranked_before(c, sentences)
                c.subject_how = "inherited" if c.subject is not None else c.subject_how
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
                not _topic_period(src) and not told_before(src)  # "… had totaled $133.1 billion in August": a look back
            if near and src.period is not None and not src.period.is_latest and not not_carried(src, c, dated):
                c.period, c.period_how = src.period, "context"
                if src.period.relative and anchor.get(fam) is not None and anchor[fam].kind == src.period.kind:
                    # "They also sold ¥59 billion the week before. Foreign investors bought ¥1.78 trillion ...":
                    # the story's week, not "the week before" (nor "a 60% week-over-week plunge"); an anchor of
                    # another grain ("in the first half of 2024") is no week: "during the week" is the story's
                    c.period = anchor[fam]
        share_start(c, claims)  # "…1.51%から上昇、2年債は0.73%から3.13%に": 0.73%'s start is 1.51%'s
        market_period_in_sentence(c, claims)  # "The yen weakened 1.3% on Wednesday, while the 10-year yield rose …"
        if c.period is not None and not c.period.is_latest and not c.period.relative and c.role != "from" and \
                not told_before(c) and PAST_CLAUSE not in c.notes and SINCE_REF not in c.notes:
            # nor "from September, when they stood at $X", nor the week a look-back counts from ("3月17日～23日(9752億円)以来")
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
        if c.kind == "amount" and m not in MARKET_MEASURES:
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
        "text": c.text, "claim": record_quote(c), "subject": subject_label(c), "quantity": quantity, "unit": unit,
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
