"""Find the checkable claims of an article: figures, qualifiers, holder ranks, directions.

Per sentence the extractor finds *mentions* (amounts, holders, instruments, direction words, periods,
qualifier phrases) and builds one ``Claim`` per amount, per qualifier phrase and per holder ranking,
attaching the nearest fitting mentions within the amount's clause (``claim_fill.fill_claim``):

- role of a figure, from the words around it: a *level* ("to $X", "at $X", "holdings of $X", "stood
  at"), the *starting level* of a change ("from $Y"), a *change* ("rose $X", "by $X", "a drop of
  $X", "a $X decline", "up 4.2%"), or a *flow* (bought / sold / net purchases of): ``roles``;
  ``classify`` turns it into a measure;
- pairs: "to $X from $Y" (both figures, and the change they imply), "rose $20bn to $800bn";
- subject: the closest holder before the figure in its clause, else after it, else earlier in the
  sentence (``context`` decides what a sentence without one inherits);
- period: the nearest period in the clause (after the figure first), the "from" period of a change
  apart; relative phrases resolved by ``periods.Resolver``;
- direction: the nearest buy/sell/up/down word before the figure in its clause, else right after;
- forecast: a modal or plan word ("could", "will", "plans to") governs the figure only when it stands
  in the figure's own clause before it ("analysts believe it could be Treasuries" in another clause
  does not make a reported figure a forecast).

Nothing here reads data.
"""

from __future__ import annotations

import re
from datetime import date

from ustflow.check import lexicon as lx
from ustflow.check.attach import JA_CAUSE_NOUN, base_period_kept, drop_start_periods, ja_was_period, pair_figures
from ustflow.check.buyer_places import BUYER_AS_HOLDER, buyer_as_holder
from ustflow.check.carry import period_told_before, same_named_before
from ustflow.check.claim_fill import fill_claim
from ustflow.check.claims import (
    FX_SUBJECT,
    MARKET_PRICE,
    PAST_CLAUSE,
    RANK_OF_TRADES,
    SINCE_REF,
    YIELD_SUBJECT,
    Claim,
    Mention,
)
from ustflow.check.clauses import clause_bounds, comment_on_before, ja_next_clause, other_relative
from ustflow.check.headings import Heading, heading_of, take_heading
from ustflow.check.holder_anaphora import carry_holder
from ustflow.check.holder_lists import ordered_holders
from ustflow.check.holder_moves import HOLDINGS_MOVE, MOVE_TO_LEVEL, NAMED_IN_MOVE, listed_moves, move_to_level
from ustflow.check.holder_places import change_of_place, holder_rank, holder_ranks, place_taken_when, rank_span
from ustflow.check.hosts import (
    crossing_span,
    fits as _fits,
    fits_amount,
    line_held_since,
    market_subject,
    named_after,
    qualifier_hint,
    start_described,
    streak_totals as _streak_totals,
)
from ustflow.check.intervention_counts import count_claims
from ustflow.check.ja_topics import (
    JA_SAME_SET,
    JA_TRADE_WORDS,
    JA_YEAR_TOPIC,
    carried_topic,
    topic_word_year,
)
from ustflow.check.japanese_chains import ja_level_chains, ja_topic_qualifiers
from ustflow.check.japanese_lists import ja_list
from ustflow.check.japanese_ranks import ja_rank_span, places_named_before
from ustflow.check.numbers import find_amounts
from ustflow.check.past_clauses import in_other_back_clause, told_before
from ustflow.check.period_grammar import Resolver
from ustflow.check.periods import Period, latest_period
from ustflow.check.place_frames import (
    GROUP_PLACE,
    about_holders,
    frame_notes,
    group_scope,
    low_place,
    place_moves,
    world_place,
)
from ustflow.check.price_records import market_price
from ustflow.check.qualifiers import find_qualifiers
from ustflow.check.record_gaps import gaps_below_records
from ustflow.check.roles import DIR_RX, figure_role, listed_after
from ustflow.check.roles_ja import JA_TOPIC
from ustflow.check.since_spans import date_since, span_ends_dropped, span_refs
from ustflow.check.subject_objects import compared_with
from ustflow.check.subjects import find_instruments, find_subjects
from ustflow.check.text import KANA, MONTH_RE, Sentence, month_number, overlaps
from ustflow.check.totals import since_month_figure
from ustflow.check.word_moves import word_moves

_DATELINE = re.compile(rf"^(?:[A-Z][A-Za-z .'/-]{{1,40}},?\s+)?(?:[(\[][A-Z][A-Za-z .&'-]{{1,30}}[)\]]\s*)?"
                       rf"{MONTH_RE}\s+\d{{1,2}}(?:,\s+\d{{4}})?\s*"
                       # with no city too: "July 10 (Reuters) -"; the source first: "(Yicai) Dec. 18 --"
                       rf"(?:\([A-Za-z ]+\))?\s*(?:[-–—]+|:)\s*")
#: "[東京 12月18日 ロイター] -", "【北京12月18日】", "12月18日(ブルームバーグ)：": a Japanese dateline, no period either
_JA_DATELINE = re.compile(r"^\s*[\[［【(（][^\]］】)）\d]{0,12}?\s*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日[^\]］】)）\d。、]{0,12}"
                          r"[\]］】)）]\s*(?:[-－—–]+\s*)?|^\s*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日\s*[(（][^)）\d]{1,20}[)）]\s*"
                          r"[:：\-－—–]*\s*|"
                          # "(Yicai Global) 1月21日-": the source in brackets before the date, a dash after it
                          r"^\s*[(（\[［【][^)）\]］】\d]{1,30}[)）\]］】]\s*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日\s*[-－—–:：]+\s*")
_DATE_ONLY = re.compile(
    rf"^\W*(?:(?:published|updated|posted|date|dated|first published)\b\W*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{MONTH_RE},?\s+\d{{4}}|\d{{4}}[-/]\d{{2}}[-/]\d{{2}})"
    rf"[\w\s:,.()—–-]{{0,30}}$", re.I)
_FX_NOTE = re.compile(r"\(?\s*\$1\s*=\s*[\d.,]+\s*(?:Japanese\s+)?yen\s*\)?|\(?\s*[\d.,]+\s*yen\s*=\s*\$1\s*\)?", re.I)
_COUNT_RX = re.compile(r"\b(?:on |in )?(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
                       r"(?:occasions|times|months|weeks|years) (?:in|out of|of) the (?:last|past|previous) "
                       r"(?:\d{1,3}|\w+) (?:years|months|weeks)\b", re.I)

#: right before a figure: the one compared with ("compared to $1.095 trillion", "from $X", "against $X")
_COMPARED_BEFORE = re.compile(r"\b(?:compared\s+(?:to|with)|from|against|versus|vs\.?)\s+(?:about\s+|some\s+|around\s+)?$",
                              re.I)
#: "2019年6月以来", "2011年(6598億円)以来": a period a 'since' counts from, with or without its figure in brackets
_SINCE_AFTER = re.compile(r"(?:\s*[(（][^)）]{0,20}[)）])?\s*以来")
_THAT_DAY = re.compile(r"\b(?:that|this|the same) (?:very )?day\b|この日|同日|当日", re.I)
#: between a figure and a qualifier: a new clause about this release's figure ("、今回の買い越し額は", ", this month's")
_THIS_TIME_BEFORE = re.compile(r"[、,;]\s*(?:今回|今月|最新)の|[,;]\s*(?:and\s+|but\s+)?this (?:month|week)(?:'s|’s)\s", re.I)
_REFERS_BACK = re.compile(r"\s*(?:That|This|It|Such|Those|These|The (?:sale|purchase|figure|amount|selling|buying|"
                          r"level|outflow|inflow|drop|rise|increase|decline|fall|total|net sale|net purchase|"
                          r"reduction|move))\b")


#: the previous period's figure a Japanese sentence compares with ("前月(調整済み)の5兆8403億ドルを上回り"): never the
#: figure a streak counts to
_JA_PREVIOUS_FIGURE = re.compile(r"(?:前月|前年|前週|前期|前年同月)[^、。\d]{0,12}の\s*$")
def extract(sentences: list[Sentence], ref: date | None = None) -> list[Claim]:
    """Every claim in the article, in text order (see the module docstring)."""
    resolver = Resolver(ref)
    claims: list[Claim] = []
    prev_period: Period | None = None  # for relative phrases ("a week earlier") in later sentences
    prev_subject: Mention | None = None  # the holder the previous sentence was about
    prev_day: Period | None = None  # the last single day named ("that day" in a later sentence)
    currency, currency_par = "", -1  # the paragraph's last currency, for a bare "1.57 trillion"
    money_before: tuple = ()
    year_topic: tuple[int, int] | None = None  # a Japanese year set as the topic (昨年は ...) and its paragraph
    tic_par = mof_par = -1  # the paragraph of the last sentence about Treasuries (TIC), about MoF's flows
    ja_holdings = False  # the last Japanese sentence with a holder or a dollar figure spoke of holdings (保有, 残高)
    prev_sent: Sentence | None = None  # the sentence before: the holders a bare place is counted among, a group
    prev_ranked: list[Claim] = []  # the places it gave holders ("In second place, China ... In third place came the UK")
    prev_grouped = False  # whether its places were among a group of countries ("in the Gulf countries")
    heading: Heading | None = None  # a figure-less line naming the investors and securities of the figures after it
    told = None  # the period the sentence before named ("Over that period, ...": ``period_told_before``)
    for sent in sentences:
        if _DATE_ONLY.match(sent.text) or _FX_NOTE.fullmatch(sent.text.strip()):
            continue  # "April 10, 2023 — 05:13 am EDT", "($1 = 132.09 yen)": when and how, not claims
        anchor = prev_day if prev_day is not None and _THAT_DAY.search(sent.text) else prev_period
        # a bare "572.5 billion" takes the currency of the figure before it, in this paragraph or the one before
        ja = bool(KANA.search(sent.text))
        topic = JA_YEAR_TOPIC.match(sent.text) if ja and ref is not None else None
        if topic:  # "昨年は1月、2月、6月に購入し": the sentence's bare months are that year's
            y = int(topic.group("y")[:4]) if topic.group("y")[0].isdigit() else \
                ref.year - {"昨年": 1, "前年": 1, "一昨年": 2, "今年": 0, "本年": 0}[topic.group("y")]
            year_topic = (y, sent.paragraph)
        elif not (ja and year_topic and year_topic[1] == sent.paragraph and JA_SAME_SET.match(sent.text)):
            year_topic = None  # "それ以外の月は…": the rest of the same year's months
        sres = Resolver(date(year_topic[0], 12, 31)) if year_topic else resolver
        subjects = find_subjects(sent.text)  # once: the sentence's claims, its Japanese topic, the next one's holder
        if (not currency or not 0 <= sent.paragraph - currency_par <= 1) and mof_par == sent.paragraph and \
                not re.search(r"\$|dollars?\b|USD|ドル", sent.text):
            # "Japan's investment in foreign bonds ... a deficit of -361.4 billion": MoF's flows are in yen
            currency, currency_par = "JPY", sent.paragraph
        near = prev_sent is not None and 0 <= sent.paragraph - prev_sent.paragraph <= 1
        found, periods = _sentence_claims(sent, sres, anchor,
                                          currency if 0 <= sent.paragraph - currency_par <= 1 else "",
                                          (prev_subject, ja_holdings) if ja else None, subjects,
                                          tic_par == sent.paragraph, prev_sent.text if near else "",
                                          prev_ranked if near else [], near and prev_grouped, money_before if near else ())
        if topic and year_topic and not topic.group("y")[0].isdigit():
            topic_word_year(found, periods, topic.span("y"), year_topic[0])
        if not found:  # "居住者による中長期債売買契約の時系列推移を確認しましょう。": the next figures' topic
            heading = heading_of(sent.text, sent.paragraph, subjects, find_instruments(sent.text)) or heading
        take_heading(found, heading, sent.paragraph)
        prev_sent, prev_ranked = sent, [c for c in found if c.kind == "rank"]
        prev_grouped = any(c.kind == "rank" and GROUP_PLACE in c.notes for c in found)
        if ja and (subjects or any(c.amount is not None and c.amount.currency == "USD" for c in found)):
            ja_holdings = bool(re.search(r"保有|残高", sent.text)) or any(JA_TOPIC in c.notes for c in found)
        if any(v[0] in ("assets", "liabilities") for _, v in find_instruments(sent.text)):
            mof_par = sent.paragraph  # a story about MoF's flows (in yen)
        if any(c.instrument is not None and c.instrument[0] == "tic" for c in found):
            tic_par = sent.paragraph  # "It slightly increased them in April" after it: Treasury holdings
        money = [c.amount for c in found if c.amount is not None and c.amount.kind == "money" and not c.amount.parenthetical]
        if money:  # "... 615.5 billion yen. The previous week's figure was 1.57 trillion.": yen
            currency, currency_par = money[-1].currency, sent.paragraph
        money_before = tuple(money)  # "$1.24 trillion. Japan ... to $1.24": the scale of a figure of its size
        carry_holder(sent.text, found, subjects, prev_subject)  # "It held ...", "its ownership of $225.1 billion"
        _status_run(found, claims, sent)
        period_told_before(found, sent.text, told)
        same_named_before(found, sent.text, prev_period)  # "同年度の貿易収支は…": the fiscal year named before
        claims += found
        named = [m for m in subjects if m.kind in ("country", "japan", "sector", "foreign_total", "foreign_investors")]
        if named:  # the sentence's first holder is its grammatical subject ("Foreign investors ... Japan may ...")
            prev_subject = min(named, key=lambda m: m.span[0])
        # the first absolute period a sentence names anchors "the previous week" in the next ones
        starts = [c.period for c in found if c.role == "from" and c.period is not None]  # "from $8.5tn in January"
        stated = [p for p in periods if not p.is_latest and not p.relative and p.role != "from"  # nor "2019年6月以来"
                  and p.kind != "since"  # nor a look-back: "added $21 billion since May. ... a month earlier"
                  and not any(p is q for q in starts) and not _SINCE_AFTER.match(sent.text, p.span[1])
                  and not any(r[0] <= p.span[0] < r[1] for q in found if q.qualifier is not None and (r := q.qualifier.ref_span))
                  and not JA_CAUSE_NOUN.match(sent.text, p.span[1])]  # nor a cause's: "昨年の原油高などの反動で"
        amounts = [q for q in found if q.kind == "amount"]
        if stated and not (amounts and told_before(amounts[0])):  # not a look back: "… had totaled $133.1 billion in August"
            prev_period = stated[0]
        told = stated[0] if stated else None
        days = [p for p in periods if p.kind == "day" and not p.is_latest and p.role != "from"]
        if days:
            prev_day = days[-1]
    places_named_before(claims)  # "その座を奪還", "中国に抜かれた": the place named before
    return claims


_STATUS = re.compile(r"\b(?:status|position|title|spot|place|rank|crown|mantle)\b", re.I)


def _status_run(found: list[Claim], claims: list[Claim], sent: Sentence) -> None:
    """"..., a status it has maintained since June 2019": a run of the rank the sentence before named."""
    for q in found:
        if q.kind != "qualifier" or q.qualifier.kind != "run_since" or q.host is not None or \
                not _STATUS.search(sent.text[:q.span[0]]):
            continue
        ranks = [c for c in claims if c.kind == "rank" and not c.negated and 0 <= sent.paragraph - c.sentence.paragraph <= 1]
        if ranks:
            h = ranks[-1]
            q.host, q.subject, q.subject_how, q.period, q.period_how = h, h.subject, h.subject_how, h.period, h.period_how


def _sentence_claims(sent: Sentence, resolver: Resolver, prev_period: Period | None,
                     currency: str = "", ja_topic=None, subjects: list[Mention] | None = None,
                     tic_topic: bool = False, before: str = "", ranked_before: list[Claim] | None = None,
                     grouped_before: bool = False, before_money: tuple = ()) -> tuple[list[Claim], list[Period]]:
    """The claims of one sentence (amounts, ranks, qualifiers, a bare direction, counts) and its periods.

    Why one function: each pass reads the claims the passes before it found (a qualifier's host is
    an amount or a rank of the same sentence) and the same spans, periods and subjects; split, the
    parts would hand eight arguments and the growing list to each other.
    """
    s = sent.text
    topic = bool(ranked_before) or about_holders(before)  # "Japan was the top holder of Treasuries. China came in second"
    quals = find_qualifiers(s, resolver, topic)
    ranks = holder_ranks(s, topic)
    # a phrase's reference ("2013年6月の1兆0830億ドル以来の低水準") keeps its month for the figure named in it
    # ("The last time Japan held the largest stockpile was in February 2015": the month is the place's and the figures')
    masked = [m for sp, q in quals if q.word != "last_time"
              for m in ([(sp[0], q.ref_span[0]), (q.ref_span[1], sp[1])] if q.ref_span else [sp])]
    masked += [m.span() for m in ranks] + date_since(quals, s, resolver)  # "since the first half of fiscal 2007"
    dl = _DATELINE.match(s) or _JA_DATELINE.match(s)
    if dl:  # "TOKYO, May 15, 2025 (Reuters) -" dates the story, not a claim
        masked.append(dl.span())
    periods = span_ends_dropped(resolver.find(s, prev=prev_period, masked=masked), s)
    amounts = [a for a in find_amounts(s, currency, before_money)
               if not any(p.span[0] <= a.span[0] < p.span[1] for p in periods)
               and not (dl and a.span[0] < dl.end())]
    subjects = find_subjects(s) if subjects is None else subjects
    instruments = find_instruments(s)
    out: list[Claim] = []
    carried = (None, bool(ja_topic[1]) and not JA_TRADE_WORDS.search(s)) if ja_topic is not None else None
    ja_topic = carried_topic(s, subjects, ja_topic)
    for a in amounts:
        c = Claim(sent, "amount", a.span, amount=a)
        if ja_topic is not None and a.currency == "USD" and ja_topic[1]:
            c.notes.append(JA_TOPIC)
        fill_claim(c, s, subjects, periods, instruments)
        if ja_topic is not None and a.currency == "USD" and c.subject is None and ja_topic[0] is not None:
            c.subject, c.subject_how = ja_topic[0], "inherited"
        c.role = figure_role(c, s)
        if out and listed_after(c, out[-1], s) and c.subject is None:
            c.subject, c.subject_how = out[-1].subject, out[-1].subject_how
        if a.parenthetical and out:  # "2.57 trillion yen ($17.5 billion)": the same figure restated
            host = out[-1]
            c.host = host
            c.subject, c.subject_how, c.period, c.period_how = host.subject, host.subject_how, host.period, host.period_how
            c.direction, c.direction_word, c.instrument = host.direction, host.direction_word, host.instrument
            c.role = host.role
        elif a.other_time and out:  # "$27 million ($68 million in March) in April": the same holder and securities, in March
            host = out[-1]
            if c.subject is None or c.subject_how != "stated":
                c.subject, c.subject_how = host.subject, host.subject_how
            c.direction, c.direction_word, c.instrument = host.direction, host.direction_word, host.instrument
            c.role = host.role
            c.time_host = host  # type: ignore[attr-defined]  # (its maturity too: ``holdings_terms.maturity``)
        out.append(c)
    ja_level_chains(out)
    pair_figures(out, periods)
    base_period_kept(out)  # "up from $8.3 trillion in July and by nearly 12 percent": July is the start's alone
    gaps_below_records(out, periods)  # "less than $1 billion off a record high of $265.1 billion in December"
    for m in ranks:
        if re.search(r"\b(?:ranking|rankings|list|table|league table|ranks) of (?:the )?$", s[max(0, m.start() - 40):m.start()],
                     re.I):
            continue  # "in the ranking of top foreign holders": the table, not a rank claimed
        grouped = group_scope(s, before, grouped_before) and not world_place(s, m)
        if low_place(m) and not grouped:
            continue  # "the lowest holdings": a place from the bottom, said only of a group
        c = Claim(sent, "rank", rank_span(m), rank=holder_rank(m))
        c.notes += frame_notes(m) + ([GROUP_PLACE] if grouped else [])
        # "the top buyer of U.S. Treasury securities", "減額規模で3位": a rank of trades, not of holdings
        if m.groupdict().get("buyer") or m.groupdict().get("jord13"):
            c.notes += [RANK_OF_TRADES] + ([BUYER_AS_HOLDER] if buyer_as_holder(s, m) else [])
        if re.search(r"\b(?:no longer|not|never|(?:was|is|were|are)n['’]t|lost|los(?:es|ing)|ceded|ced(?:es|ing)|gave up|giv(?:es|ing) up|"
                     r"relinquish\w*|dropp?\w* (?:out )?(?:of|from))\b[^.;]{0,40}$", s[:m.start()], re.I) or \
                re.search(r"^[^.;]{0,60}\b(?:lapse|go)\b(?!\s+(?:up|down|higher|lower|on|back|through|into|to|from|by|over|under)\b)", s[m.end():], re.I) or \
                re.search(r"\b(?:former|erstwhile|one-time|onetime|ex-)\s*(?:the\s+)?$", s[:m.start()], re.I) or \
                re.search(r"(?:^|[,(—–]\s*|\b(?:was|were)\s+)(?:once|formerly|previously)\s+(?:the\s+)?$|"
                          r"\b(?:had|has|have)\s+(?:once|formerly|previously)\s+been\s+(?:the\s+|an?\s+)?$", s[:m.start()], re.I):
            # "China no longer the largest holder", "... lapse", "the former number one holder", "China, once the
            # largest holder," (an adverb of a past place, not the conjunction "once the largest holder sells")
            c.negated = True
        else:  # "China overtook Japan as the largest holder": a change of rank then; "reclaims the top spot": regained
            c.notes += change_of_place(s, m)
        since = re.match(rf"\s+(?:[\w.]+\s+){{0,5}}?since\s+(?:(?P<m>{MONTH_RE}),?\s+)?(?P<y>(?:19|20)\d{{2}})", s[m.end():])
        if since and re.search(r"\bfirst\b", since.group(0) + s[max(0, m.start() - 40):m.start()], re.I):
            since = None  # "the second-largest holder for the first time since 2000": a 'first since' qualifier
        if since and re.search(r"\b(?:with|and|but|while|whose|lowest|highest|smallest|largest|biggest|most|least)\b",
                               since.group(0), re.I):
            since = None  # "the largest creditor with its lowest balance since May 2017": the 'since' is the other's
        if since:  # "the biggest foreign holder since 2019": every month from then on
            c.rank_since = (int(since.group("y")), month_number(since.group("m")) if since.group("m") else None)
            c.span = (m.start(), m.end() + since.end())
        fill_claim(c, s, subjects, periods, instruments, holders_only=True)
        c.span = ja_rank_span(c, s)  # "2008年8月までトップ": the rank with the month it is held to
        place_taken_when(c, s, periods)  # "became the biggest foreign creditor in September 2008", "今回も2位": its time
        if c.period is not None and c.period.kind == "month" and not c.rank_since and \
                re.match(r"\s*(?:以降|以来)", s[c.period.span[1]:]):
            # "3月以降は再び2位に": that rank in every month from March to the latest
            c.rank_since = (c.period.start.year, c.period.start.month)
            c.period = Period("latest", [], f"{c.period.label}以降", note="the latest month, in a run from the one named")
        if c.period is not None and any(o.role == "from" and o.period is c.period for o in out):
            # "UK investors, the second-largest owner, raised ... from $809.4 billion in May": not May
            lv = [o for o in out if o.kind == "amount" and o.role == "level" and o.pair is not None]
            c.period, c.period_how = (lv[0].period, lv[0].period_how) if lv else (None, "none")
        out.append(c)
    place_moves([c for c in out if c.kind == "rank"], s, periods,  # "from 16th at the end of 2021", "16位から22位"
                lambda c, ps: fill_claim(c, s, subjects, ps, instruments, holders_only=True))
    ja_list(out, s, subjects)  # "1. 日本──1兆1300億ドル 2. 英国──…": each item's place and level
    out += ordered_holders(sent, subjects, [c for c in out if c.kind == "rank"],  # "top five were Japan, China, ..."
                           lambda c: fill_claim(c, s, subjects, periods, instruments, holders_only=True),
                           ranked_before or [])
    moves = listed_moves(sent, subjects,  # "other countries increasing their holdings were Switzerland, ..."
                         lambda c: fill_claim(c, s, subjects, periods, instruments, holders_only=True))
    out += moves
    figures = [c for c in out if c.kind == "amount"]
    ranked = [c for c in out if c.kind == "rank"]
    # "the fourth straight fall and the steepest since January 2017, when the surplus sagged 88.9 percent": the figure
    # in a since's when-clause is that month's, the host of no qualifier of the sentence
    then = [f for sp, q in quals if q.ref_span for f in figures if f.span[0] >= sp[1] and
            re.fullmatch(r"(?i),?\s+when\s+[\w\s]{1,25}?\s+(?:about\s+|around\s+)?", s[sp[1]:f.span[0]])]
    for span, q in quals:
        if q.kind == "run_since" and overlaps(span, ranked):
            continue  # "the largest holder since 2019": the rank's own 'since' (``rank_since``)
        c = Claim(sent, "qualifier", span, qualifier=q)
        # "surpassed China as the largest holder ... for the first time in 20 months": about the rank
        hint = qualifier_hint(q, s, span) if q.kind in ("extreme", "top") else ""  # a streak counts a level's moves
        # a rank in apposition ("Japan, the second largest lender, reduced its holdings for the first
        # time since June") is not what the qualifier counts: the verb between them is
        ranked_q = [r for r in ranked if not (r.span[1] <= span[0] and DIR_RX.search(s[r.span[1]:span[0]]))]
        if q.direction is not None:  # "3カ月ぶりにマイナスに転じた", "its first decline since June": a move, no rank
            ranked_q = []
        # "the lowest level since US$1.214 trillion in January 2013": the figure after "since" is what it counts from
        # (and "... since September 2015 when it was US$1.177 trillion": that month's level)
        ref = [f for f in figures if f.span[0] >= span[1] and (
            (re.fullmatch(r"(?i).*\bsince", s[span[0]:span[1]].strip(), re.S)
             and re.fullmatch(r"\s*(?:the\s+)?(?:about\s+|around\s+|roughly\s+|an?\s+)?", s[span[1]:f.span[0]])) or
            (q.ref_span and re.fullmatch(r"(?i),?\s+when\s+[\w\s]{1,25}?\s+(?:about\s+|around\s+)?", s[span[1]:f.span[0]])) or
            (q.since is not None and re.fullmatch(r"\s*[(（]\s*(?:about\s+|around\s+|約)?|(?:'s|’s)\s+(?:about\s+|around\s+)?",
                                                  s[span[1]:f.span[0]])))]  # "(¥1.5 tn)", "June 2022's ¥4.49 tn"
        ref += [f for f in figures if q.ref_span and q.ref_span[0] <= f.span[0] < q.ref_span[1]]  # "2011年8月(1兆円)以来"
        ref += since_month_figure(q, s, span, figures)  # "1兆5263億円を売り越した2011年8月以来の大きさ": that month's
        ref += span_refs(q, s, figures, span)  # "the smallest since the first half of fiscal 2014, when it was ¥2.82 trillion"
        for f in ref:  # "..., when they stood at $744.2 billion": that month's level, not moved by the sentence's verb
            f.notes.append(SINCE_REF)
            if re.fullmatch(rf"(?:{lx.UP_WORDS}|{lx.DOWN_WORDS})", f.direction_word or "", re.I):  # (a flow keeps its sign)
                f.direction, f.direction_word = None, ""  # (nor is "since $744.2 billion in February 2009")
        if q.kind == "run_since":  # a run of a rank, or of a level beyond a threshold ("below $1 trillion")
            ranked_q = ranked_q or [f for f in figures if f.amount.qualifier in ("below", "above")]
        rank_kinds = ("first_since", "run_since") + (("last_since",) if q.word == "last_time" else ())
        host = start_described(q, s, span, _host_for(span, ranked_q if q.kind in rank_kinds and ranked_q else
                         [f for f in figures if _fits(hint, f) and f not in ref and f not in then
                          and (not other_relative(s, span, f.span) or comment_on_before(s, span))
                          and fits_amount(q, f) and not in_other_back_clause(s, span, f.span[0])
                          and not (q.kind == "streak" and _JA_PREVIOUS_FIGURE.search(s[max(0, f.span[0] - 20):f.span[0]]))
                          # (nor, for a run or a first, a figure after "が、": "4ヶ月連続で…買い増ししたが、8月に365億ドル
                          # 分を手放した" is the clause after's, the run the span's before it)
                          and not (q.kind in ("streak", "first_since") and f.span[0] >= span[1] and
                                   ja_next_clause(s, span[1], f.span[0]))],
                         s), figures)  # (a low after a rise: "from $967.8 billion in June, the lowest since May 2010")
        host = line_held_since(q, span, host, figures)  # "2022年4月から…一貫して1兆ドルを下回っている": the line after
        if host is not None and comment_on_before(s, span) and _COMPARED_BEFORE.search(s, 0, host.span[0]):
            # "$1.104 trillion, compared to $1.095 trillion in January, which is the fourth consecutive rise": the
            # comment is on the main clause's figure, not the one compared with
            main = [f for f in figures if f.span[1] <= span[0] and not _COMPARED_BEFORE.search(s, 0, f.span[0])]
            host = main[-1] if main else host
        if q.kind == "last_since" and not (q.word == "last_time" and host is not None and host.kind == "rank"):
            # "haven't been higher than China's since 2000": the holders' own holdings
            host = None
        adjacent = [f for f in figures if 0 <= span[0] - f.span[1] <= 3]
        if q.peak and adjacent:  # "the roughly $1.32 trillion peak in November 2013"
            host = adjacent[0]
        if of := named_after(q, s, span, figures):  # "a record high of $801.5 billion", "to a record $5.3 trillion"
            host = of[0]
        if market_price(s, span, q, figures):  # "propelled domestic shares to fresh record highs": the index's
            host = None
            c.notes.append(MARKET_PRICE)
        market = market_subject(s, span, subjects) if q.kind in ("streak", "streak_end", "first_since", "extreme") else ""
        if market:  # "as Treasury yields fell for a second straight month": the yield's run, not the flow's
            c.notes.append(YIELD_SUBJECT if market == "yield" else FX_SUBJECT)
            if host is not None and (host.amount is None or host.amount.kind not in ("percent", "bp")):
                host = None
        if host is not None and _own_clause(s, span, host, figures, subjects, periods):
            host = None  # "As foreign holdings rose for a third straight month, China's slid to $X": not China's
        if host is not None and host.span[0] >= span[1] and _REFERS_BACK.match(s) and \
                re.search(r"[,;]\s*(?:but|while|whereas|although|though|and|yet)\b|;", s[span[1]:host.span[0]]):
            host = None  # "That was the lowest level since 2012, but agency debt rose to $260 billion": that = before
        if host is not None and host.span[1] <= span[0] and _THIS_TIME_BEFORE.search(s[host.span[1]:span[0]]):
            host = None  # "…1兆0004億円となっており、今回の買い越し額は過去3番目": this release's figure, not that one
            c.notes.append("refers back to this release's figure")
        if host is not None and (was := ja_was_period(s, span, periods)) is not None and \
                (host.period is None or host.period.span != was.span):
            host = None  # "過去最高だった前月末から減少し7兆6600億ドル": the month before was the record, not the figure
        if host is not None and host.kind == "amount" and host.span[0] >= span[1] and PAST_CLAUSE in host.notes and \
                (w := re.search(r"\bsince\s+[^,;.]{1,30},\s*when\b", s[span[0]:host.span[0]], re.I)) and \
                span[0] + w.end() > span[1]:
            host = None  # "It was the steepest fall since January 2017, when the surplus sagged 88.9 percent": the
            # look-back's start's figure (not "The height was in 2018, when it exceeded $300 billion": the height's)
        if host is None and len(figures) == len(ref) and _REFERS_BACK.match(s):
            c.notes.append("refers back to the previous sentence's figure")
        c.host = host
        c.span = crossing_span(s, c)  # "falling below $1 trillion for the first time since May 2010": one claim
        fill_claim(c, s, subjects, periods, instruments)
        if c.period is not None and any(r[0] <= c.period.span[0] < r[1] for _, o in quals if (r := o.ref_span)):
            c.period, c.period_how = None, "none"  # "the steepest fall since January 2017, when ...": its reference's
        if host is not None:
            c.subject, c.subject_how = host.subject, host.subject_how
            c.period, c.period_how = host.period, host.period_how
            c.instrument = host.instrument
            c.direction, c.direction_word = host.direction or c.direction, host.direction_word or c.direction_word
        if q.word == "at least" and re.match(r"in\s+(?:each|every)", q.phrase, re.I):
            # "peaked in October 2010 and has declined in each of the four most recent months": a run to the latest
            c.period, c.period_how = latest_period(q.phrase, "the most recent periods: to the latest published"), "stated"
        out.append(c)
    if not figures:  # "…保有残高は7月に拡大した。前月までは7カ月連続で減少していた": the holder of the sentence before
        ja_topic_qualifiers(out, ja_topic if ja_topic is not None else carried)
    _streak_totals(out, s)
    if not figures:  # a rank beside it is a claim of its own ("China, the top buyer, cut its holding in March")
        before = [q for q in out if q.kind == "qualifier" and q.qualifier.kind == "streak_before" and q.host is None]
        d = _direction_claim(sent, s, subjects, periods, instruments) \
            if not ranks and len(before) == len(quals) else None
        for q in before if d is not None else []:
            # "turned net sellers of foreign bonds last week, after three weeks of buying": the run before that week
            q.host, q.period, q.period_how, q.subject, q.subject_how = d, d.period, d.period_how, d.subject, d.subject_how
            q.instrument = d.instrument
        d = d or _holdings_move(sent, s, subjects, periods, instruments, tic_topic)
        # "fell for a third consecutive month": the verb and its run are one claim, the run's (it ends in a fall)
        run = [q for q in out if q.kind == "qualifier" and q.qualifier.kind == "streak" and d is not None
               and d.span[1] <= q.span[0] and re.fullmatch(r"\s*(?:further\s+|again\s+)?", s[d.span[1]:q.span[0]])]
        if run:
            run[0].span, run[0].qualifier.phrase = (d.span[0], run[0].span[1]), s[d.span[0]:run[0].span[1]]
            run[0].direction = run[0].direction or d.direction
        elif d is not None and not moves and not any(m.start() <= d.span[0] < m.end() for m in ranks):
            out.append(d)
    elif (d := _holdings_move(sent, s, subjects, periods, instruments + [((0, 0), ("tic", "treasuries"))])) is not None \
            and move_to_level(d, figures, s):  # (holdings moved to a level in dollars: a holder's Treasuries, TIC's)
        d.period, d.period_how = None, "none"  # the level's, once read (``holder_moves.moves_at_levels``)
        d.notes.append(MOVE_TO_LEVEL)
        out.append(d)  # "Russia trimmed its holdings to $102.9 billion": the move a claim of its own, beside the level
    out += word_moves(sent, figures, instruments, lambda c: fill_claim(c, s, subjects, periods, instruments))
    for m in _COUNT_RX.finditer(s):  # "on 13 occasions in the last 18 years": a count on an unstated basis
        c = Claim(sent, "count", m.span())
        fill_claim(c, s, subjects, periods, instruments)
        c.estimate = True
        out.append(c)
    out += count_claims(sent, lambda c: fill_claim(c, s, subjects, periods, instruments))  # "2日連続で為替介入"
    drop_start_periods(out)  # "cut its holdings for three months in a row, from $784.3 billion in February"
    return sorted(out, key=lambda c: c.span[0]), periods


def _direction_claim(sent, s, subjects, periods, instruments) -> Claim | None:
    """'Japanese investors were net sellers of foreign bonds last week': a sign without a figure."""
    m = re.search(r"\bnet (?P<buy>buyers?|purchasers?|buying|purchases|inflows?)\b|\bnet (?P<sell>sellers?|selling|sales|"
                  r"outflows?)\b|\bnet[- ](?P<buy2>bought|purchased)\b|\bnet[- ](?P<sell2>sold)\b", s, re.I)
    if not m or not instruments:
        return None
    c = Claim(sent, "direction", m.span())
    fill_claim(c, s, subjects, periods, instruments)
    c.direction = 1 if (m.group("buy") or m.group("buy2")) else -1
    c.direction_word = m.group(0)
    c.role = "flow"
    return c


def _holdings_move(sent, s, subjects, periods, instruments, tic_topic=False) -> Claim | None:
    """'China drastically cut its holdings of US Treasury debt in June': the sign of the month's change; 'It
    slightly increased them in April' after a sentence about Treasury holdings (``tic_topic``) too."""
    m = HOLDINGS_MOVE.search(s)
    if not m or not (any(v[0] == "tic" for _, v in instruments) or (m.group("verb3") and tic_topic)):
        return None
    c = Claim(sent, "direction", m.span())
    fill_claim(c, s, subjects, periods, instruments, holders_only=True)
    if c.subject is None:  # "Foreign holdings of U.S. Treasuries rose": the holder is in the phrase itself
        own = [x for x in subjects if x.kind in ("foreign_total", "foreign_official") and x.span[0] <= m.start() < x.span[1]]
        if own:
            c.subject, c.subject_how = own[0], "stated"
    named = [x for x in subjects if x.kind in ("country", "japan") and m.start() <= x.span[0] and x.span[1] <= m.end()]
    if named and m.group("verb2"):  # "while the holdings of Russia climbed to $128.1 billion": Russia's, named in it
        c.subject, c.subject_how = named[0], "stated"
        c.notes.append(NAMED_IN_MOVE)
    c.direction = 1 if (m.group("up") or m.group("up2") or m.group("up3")) else -1
    c.direction_word, c.role = m.group("verb") or m.group("verb2") or m.group("verb3"), "change"
    if m.group("verb3"):
        c.instrument, c.instrument_text = ("tic", "treasuries"), ""
    if m.group("verb2"):
        c.span = (m.start("verb2"), m.end("verb2"))
    return c


def _own_clause(s: str, span: tuple[int, int], host: Claim, figures: list[Claim], subjects: list[Mention],
                periods: list[Period]) -> bool:
    """Whether a qualifier belongs to a clause of its own, not to ``host`` in another clause: its clause holds no
    figure and names before it another holder ("As foreign holdings rose for a third straight month, China's
    holdings slid to $X"; "..., as foreign purchases rose to their largest since May") or another period ("bought
    ¥855 billion in July, and their purchases reached a three-month high in the week of Aug. 9")."""
    cs, ce = clause_bounds(s, span[0])
    if host.span[0] >= span[1] and _with_other_holder(s, span, host, subjects):
        return True  # "fell by the largest amount on record in December with China reducing its holdings by $34.2 bn"
    if any(cs <= f.span[0] < ce for f in figures):
        return False
    own = [m for m in subjects if cs <= m.span[0] < span[0] and m.kind != "institution" and not compared_with(s, m)]
    hs = host.subject
    if own and (hs is None or all(m.slug != hs.slug for m in own)):
        return True
    if re.search(r"\b(?:purchases|buying|selling|sales|inflows?|outflows?)\b", s[cs:span[0]], re.I) and \
            host.role in ("level", "from") and not own:
        return True  # "China's holdings rose to $1.177 trillion, as foreign purchases increased to their largest"
    hp = host.period
    mine = [p for p in periods if cs <= p.span[0] < ce and p.role != "from" and p.kind in ("day", "week", "month", "months",
                                                                                          "weeks")]
    return bool(mine) and hp is not None and all((p.start, p.end) != (hp.start, hp.end) for p in mine)


def _with_other_holder(s: str, span: tuple[int, int], host: Claim, subjects: list[Mention]) -> bool:
    """Whether ``host`` (after the qualifier) is in a "with"/"as"/"while" clause about a holder other than the one
    named before the qualifier."""
    m = re.search(r"\b(?:with|as|while|whereas)\s+", s[span[1]:host.span[0]])
    if m is None:
        return False
    at = span[1] + m.end()
    inside = [x for x in subjects if at <= x.span[0] < host.span[0] and x.kind != "institution"]
    main = [x for x in subjects if x.span[1] <= span[0] and x.kind != "institution"]
    return bool(inside) and all(x.slug != inside[0].slug for x in main)


def _host_for(span, figures: list[Claim], s: str = "") -> Claim | None:
    """The figure a qualifier qualifies: the nearest before it in the sentence, else after; but the one right after it
    when another clause's subject comes between it and the one before ("The Cayman Islands' holdings rose to $471.6
    billion, while Luxembourg's slipped for a third month to $431.1 billion": Luxembourg's run, ``_OWN_CLAUSE``)."""
    figures = [c for c in figures if c.amount is None or not c.amount.parenthetical]
    if s:  # "(1ドル=約149円)": the article's rate, a note in brackets, is no figure a run or record is about
        figures = [c for c in figures if not (c.amount is not None and c.amount.kind == "fx" and
                                              _RATE_NOTE.search(s, 0, c.span[0]))]
    inside = [c for c in figures if c.span[0] <= span[0] < c.span[1]]  # "a record 6.4 trillion yen sell-off"
    if inside:
        return inside[0]
    before = [c for c in figures if c.span[1] <= span[0] and c.role != "from"]
    after = [c for c in figures if c.span[0] >= span[1] and c.role != "from"]
    if before and after and s and _OTHER_CLAUSE.search(s[before[-1].span[1]:span[0]]) \
            and _OWN_CLAUSE.match(s[span[1]:after[0].span[0]]):
        return after[0]
    if before:
        return before[-1]
    return after[0] if after else None


#: the opening of a bracketed rate note, right before its figure: "(1ドル=約149円)", "(1米ドル＝149円"
_RATE_NOTE = re.compile(r"[(（]\s*[1１]\s*(?:米)?ドル\s*[=＝]\s*(?:約|およそ)?\s*$")
#: a new clause with its own subject between a figure and a qualifier: ", while Luxembourg's slipped", "; Korea's fell"
_OTHER_CLAUSE = re.compile(r"(?:[,;]?\s*\b(?:while|whereas|but|and)|;)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*(?:'s|’s)?"
                           r"\s+(?:holdings?\s+|stash\s+|stockpile\s+|pile\s+)?(?:\w+\s+){0,2}$")
#: the qualifier's own figure right after it, its level or move: " to ", " at ", ", to ", " by "
_OWN_CLAUSE = re.compile(r"\s*,?\s*(?:to|at|by)\s+(?:a\s+|about\s+|around\s+|some\s+)?$", re.I)
