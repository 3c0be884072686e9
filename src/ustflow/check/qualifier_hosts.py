"""The qualifiers of an article in the checking pipeline (``pipeline``, step 5): a qualifier with no figure of its
own in its sentence takes one, the latest figure before it of the kind its words name (``refer_back``: "It is also the
lowest level since June 2010") or, in a headline, the story's lead figure (``headline_hosts``); then each qualifier is
judged on its host's figure, or on the series its words name when it has none (``judge_qualifier``), unless that
figure is far from the official one or unverifiable.
"""

from __future__ import annotations

import re

from ustflow.check.claims import MARKET_MEASURES, MARKET_PRICE, SINCE_REF, Claim, family, is_headline
from ustflow.check.lexicon import BUY_WORDS, HOLDINGS_WORDS, INTERVENTION_WORDS, SELL_WORDS, TREASURY_STORY
from ustflow.check.past_clauses import told_as_earlier
from ustflow.check.record_told_of import told_of
from ustflow.check.results import Figure, Judgement, figure_of, set_aside, unverifiable
from ustflow.check.text import KANA


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


#: what a sentence names when its figure-less qualifier is about the quantities the checker covers or declines by name
#: (holdings, trades and flows, balances of payments and their items, reserves, interventions), not another thing
#: ("原油価格は5年ぶりの安値水準", "訪日客数は…以来の高水準", "Oil prices were at their lowest level in five years")
_DOMAIN = re.compile(rf"\b(?:{HOLDINGS_WORDS}|{BUY_WORDS}|{SELL_WORDS}|{INTERVENTION_WORDS})|{TREASURY_STORY.pattern}|"
                     r"\b(?:surplus(?:es)?|deficits?|current[- ]account|balance of payments|reserves|exports?|imports?|"
                     r"custody|securities|bonds?|debt)\b|収支|黒字|赤字|輸出|輸入|投資|外貨準備|介入|流出|流入|減少幅|増加幅|"
                     r"保有|残高|債|買い?越|売り?越", re.I)


def unplaced(loose: list[Claim], reported: list[Claim]) -> list[tuple[Claim, Judgement]]:
    """The qualifiers read with no figure to judge them on and no series their words name (``loose``: "The monthly haul
    was the biggest ever for the UAE", "過去2番目の赤字幅だった", "減少は2カ月連続" of FX reserves), each reported as
    unverifiable, with why, rather than dropped; not one whose words a claim already reported covers (a holder's rank,
    a figure's own qualifier), nor one whose phrase the story says again where it was judged (a headline's "過去最大"
    repeated by the lead sentence on its figure: the judged one stands for both), nor one whose sentence names none of
    the quantities the checker covers (``_DOMAIN``: a record of oil prices, of "the season")."""
    def words(q) -> str:
        return " ".join(q.phrase.split()).lower()

    said = {words(o.qualifier) for o in reported if o.qualifier is not None}
    return [(c, unverifiable(f"'{c.qualifier.phrase}': the figure or series it qualifies could not be identified (no "
                             f"figure of its kind before it, and its words name no series the store holds)"))
            for c in loose if words(c.qualifier) not in said and _DOMAIN.search(c.sentence.text) and
            not any(o.sentence is c.sentence and o.span[0] < c.span[1] and c.span[0] < o.span[1] for o in reported)]


#: qualifiers that count the signs of a series, not its size: judged without the figure's value
_SIGN_RUNS = ("streak", "streak_end", "streak_before", "count_in")


def judge_qualifier(c: Claim, ctx, hosts: dict[int, Judgement], dispatch) -> Judgement | None:
    """The verdict on qualifier ``c``: on its host's figure (``hosts``: the judgements of the figures, by claim), or
    on the series its words name when it has none (``figures.standalone_figure``); None for an institution's figure."""
    from ustflow.check.coverage import exchange_source
    from ustflow.check.figures import standalone_figure
    from ustflow.check.holder_runs import holder_run
    from ustflow.check.item_runs import item_run, revised_host_run

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
        fig = figure_of(hosts, host)
        if fig is None and c.qualifier is not None and (c.qualifier.kind in _SIGN_RUNS or (
                c.qualifier.kind == "extreme" and host.sentence is c.sentence and host.instrument is not None and
                host.instrument[0] in ("assets", "liabilities", "bop_item"))) and \
                host.amount is not None and host.amount.currency == "USD" and c.base_measure in ("flow", "bop"):
            # "amassed nearly $14 billion in foreign bonds last week, in their seventh straight week of net buying":
            # a run counts signs of the series, which a dollar figure the store cannot convert still names ("a $22
            # billion current account surplus in 2014, the fourth straight annual fall": the yen balance's years); so
            # does a record ("sold a record amount of foreign bonds last week, offloading nearly $23 billion": the yen
            # series' week, ranked on its own value)
            if c.base_measure == "bop":
                c.instrument, c.period = host.instrument, host.period
            got = standalone_figure(c, ctx)
            if not isinstance(got, Judgement):
                return dispatch.judge_qualifier(c, got, ctx)
        if fig is None:
            # or "3年連続で貿易黒字を上回った"; or a holder's run beside a total over it ("7か月連続…累計で1494億ドル")
            # (or "輸入の減少は2カ月連続となる" after a rate that matched nothing: the run of the item it names)
            return dispatch.compared_run(c) or holder_run(c, ctx, dispatch) or item_run(c, ctx, hosts, dispatch) or \
                unverifiable(
                "the figure this qualifier refers to could not be matched to an official series")
    else:
        got = standalone_figure(c, ctx)
        if isinstance(got, Judgement):
            return got
        fig = got
    if host is not None and (earlier := told_of(c, fig, ctx)) is not None:  # "1年9カ月ぶりの黒字だった3月から"
        return dispatch.judge_qualifier(c, earlier, ctx)
    hj = hosts.get(id(host)) if host is not None else None  # the host's judgement, if it was judged
    verdict = (hj.verdict, hj.claimed_value) if hj is not None else None
    why = hj.explanation if hj is not None else ""
    far = _far_off(verdict, fig) if host is not None and host.amount is not None and \
        not _SAME_SERIES.search(why) and not _side_run(c, fig, verdict) and not _other_item(c, host) else ""
    if far and hj is not None and (revised := revised_host_run(c, fig, ctx, (hj.verdict, hj.claimed_value, hj.flags),
                                                               dispatch)) is not None:
        return revised  # "黒字幅の縮小は4年連続" on a first print revised since to a rise: counted on today's data
    if far:
        return unverifiable(f"the figure it qualifies is far from the official series ({far}): the series or period "
                            f"may not be the one the article means", series=fig.series)
    if hj is not None and hj.verdict == "unverifiable" and fig is not None:
        if why.startswith("an intraday level"):
            return dispatch.judge_qualifier_on_close(c, fig, ctx)  # "rose to 0.75%, the highest in 10 years"
        if _since_level(c, why):
            return dispatch.judge_qualifier(c, fig, ctx)
        return unverifiable(f"the figure it qualifies is unverifiable ({why[:120]})", series=fig.series)
    j = dispatch.judge_qualifier(c, fig, ctx)
    if "understated" in j.flags and hj is not None and hj.verdict == "contradicted":
        # "3月のサウジの米国債保有高は1144億ドルと、1年ぶりの高水準": a record only in the data as revised since (124.5);
        # the level the article gives is not today's, so whether it was then a one-year high or a record, today's
        # data cannot say
        return set_aside(j, f"the figure it qualifies is contradicted (the article's level is not today's), and the "
                            f"record is in today's data: {j.explanation}", [*j.flags, "host_contradicted"])
    return j


#: a host's judgement that read its gap from today's value as the same figure revised (``bop_far``: "the same balance,
#: its change revised since"), or as a unit slip at the same period: the qualifier's series and period are the host's
_SAME_SERIES = re.compile(r"unit error|the same balance, (?:its change )?revised since")


def _since_level(c: Claim, why: str) -> bool:
    """"Since October 2014, India has been hiking its exposure when it stood at $77.5 billion": a run since a month
    hosted on a level set aside as the same holder's level in that very month (``confidence_gate``: a reference point)
    is counted to the month the level was read at; the level is where the run started, not what it counts."""
    q = c.qualifier
    return q is not None and q.kind == "run_since" and q.since is not None and q.since_grain == "month" and \
        f"is the same holder's level in {q.since:%Y-%m} (" in why


def _other_item(c: Claim, host: Claim) -> bool:
    """"旅行や輸送などのサービス収支は615億円の黒字だった。…旅行収支が11月としては…過去最大の黒字額になった": a record whose
    sentence names another BoP item than the balance of the figure told before it is that item's over the figure's months
    (``bop_records.on_named_item``), so how far that figure is from its own series says nothing of the record."""
    from ustflow.check.bop_records import named_item

    own = named_item(c) if host.sentence is not c.sentence and c.qualifier is not None and \
        c.qualifier.kind == "extreme" and host.instrument is not None and host.instrument[0] == "bop_item" else None
    return own is not None and own != host.instrument[1]


def _side_run(c: Claim, fig: Figure | None, host: tuple | None = None) -> bool:
    """"The year-on-year increase of 1.4 percent in the surplus ... marked the 55th straight month of black ink": a run
    of a BoP balance's side hosted on its percent change counts the balance's sign at the period, which the percent
    change's value (a first print far from today's) does not enter; so does one hosted on the balance's level when the
    level is of the run's side, as told and today ("貿易収支は2199億円の赤字で9カ月連続の赤字だった": a deficit of ¥73.8 bn on
    the revised series, still a deficit)."""
    from ustflow.check import bop_records

    if fig is None or not bop_records.is_bop(fig) or c.qualifier is None or c.qualifier.kind != "streak":
        return False
    kind, side = bop_records.what_runs(c)
    if kind != "sign" or side is None:
        return False
    if fig.agg == "pct":
        return True
    return bool(host and host[1] is not None and fig.value and float(host[1]) * side > 0 and float(fig.value) * side > 0)


def _far_off(host: tuple | None, fig: Figure | None) -> str:
    """A contradicted figure whose official value is of the other sign or more than twice (or under half) the
    claim: the qualifier on it would be judged on a series or period the article may not mean."""
    if not host or fig is None or host[0] != "contradicted" or host[1] is None or not fig.value:
        return ""
    claimed, official = float(host[1]), float(fig.value)
    if claimed * official < 0 or not 0.5 <= abs(claimed) / abs(official) <= 2:
        return f"claimed {claimed:,.1f}, official {official:,.1f} {fig.unit}"
    return ""


#: a qualifier about this release's figure, wherever the story gave it: "今回の…", "this month's", "the latest"
_THIS_TIME = re.compile(r"今回|今月|最新|\bthis (?:time|month|week)(?:'s|’s)?\b|\bthe latest\b", re.I)
_POINTS_BACK = re.compile(r"\s*(?:That|This|It|Which)\s+(?:marked|was|is|made|represented|became|would be)\b")


def _grains(o: Claim, bare: bool) -> tuple[str, ...]:
    """What figure ``o`` gives, as a qualifier's words name it: a level, a flow or a change. A balance of payments
    item's balance over its period is read by its move from the same period a year before ("…16兆2803億円。減少は3年
    ぶり"), and, by a qualifier in a sentence with no figure of its own (``bare``), as a level too ("経常黒字は17兆9752億円。
    5年ぶりの高水準となった", "黒字額は96年度以来、15年ぶりの低水準") or by one naming a level and no move ("This figure
    represents an increase of 1.7 trillion yen, marking the highest level for half a fiscal year"), as its judge reads
    it."""
    if o.measure.endswith("level") or o.measure == "holdings_peak":
        return ("level",)
    if o.measure == "bop":
        return ("level", "change") if bare else ("change",)
    return ("flow",) if o.measure == "flow" else ("change",)


#: what a balance of payments figure is named by, or a word pointing back at the figure before
_BALANCE_WORDS = re.compile(r"黒字|赤字|収支|経常|輸出|輸入|^\s*(?:増加|減少|拡大|縮小)$|^\s*(?:これ|それ|この|その)|\b(?:surplus|deficit|balance|current account|"
                            r"exports?|imports?|income)\b|^\s*(?:It|This|That|Which)\b", re.I)
#: a Japanese topic (…は) or an English subject before the qualifier: what its sentence is about
_JA_TOPIC = re.compile(r"(?P<t>[^\s、。,]{1,16})は")


def _of_the_balance(c: Claim) -> bool:
    """Whether a figure-less qualifier's sentence is about a balance (or points back at the figure before): its words
    before the qualifier name no topic or subject but a balance or a bare move of one ("黒字額は96年度以来", "増加は3年連続で、
    07年(24兆9490億円)以来、10年ぶりの高い水準", "黒字幅の縮小は…以来の低い水準",
    "This figure represents …", "The current account surplus was the highest"), not another thing ("原油価格は5年ぶりの
    安値水準", "訪日客数は過去最高", "Oil prices were at their lowest level in five years")."""
    before = c.sentence.text[:c.span[0]]
    if KANA.search(c.sentence.text):
        topics = [m.group("t") for m in _JA_TOPIC.finditer(before)]
        return not topics or bool(_BALANCE_WORDS.search(topics[-1]))
    return not before.strip() or bool(_BALANCE_WORDS.search(before))


#: a figure in a bracketed aside that gives the base compared with: "貿易収支は15兆7808億円の赤字(前年は1兆6701億円の黒字)"
_BRACKET_BASE = re.compile(r"[(（]\s*(?:前年|前年度|前年同月|前年同期|前月|前週|同)(?:は|比|、)?[^()（）。]{0,12}$")


def refer_back(claims: list[Claim]) -> None:
    """A qualifier in a sentence with no figure of its own ("It is also the lowest level since June
    2010", "October's value was the lowest since November 2008") is about the latest figure before
    it, in its own sentence or the two before, of the kind its words name (a level, a flow, a
    change); a sentence that names its own holder and kind keeps its own figure."""
    from ustflow.check.classify import classify
    from ustflow.check.hosts import CHANGE_NOUN, LEVEL_NOUN, qualifier_hint, same_holder

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
        bare = not CHANGE_NOUN.search(c.qualifier.phrase) and _of_the_balance(c) and (  # (not "the sharpest increase")
            LEVEL_NOUN.search(c.qualifier.phrase) is not None or  # "marking the highest level for half a fiscal year"
            not any(o.kind == "amount" and o.sentence is c.sentence and SINCE_REF not in o.notes for o in claims))
        now = bool(_THIS_TIME.search(c.sentence.text))  # "今回の…": this release's figure, wherever the story gave it
        cands = [o for o in claims[:i] if o.kind in ("amount", "direction") and o.measure
                 and not (o.forecast and c.period_how != "stated")  # (a forecast: only a qualifier of its own period's)
                 and (o.amount is None or not o.amount.parenthetical) and SINCE_REF not in o.notes
                 and o.measure not in ("institution", "other") and c.sentence.index - o.sentence.index <= (99 if now else 2)
                 and not (o.sentence is c.sentence and c.span[0] <= o.span[0])]  # back: not its reference's own
        if own in ("yield_level", "fx_level"):  # "The 10-year yield is at its lowest since 2007": not a holdings figure,
            cands = [o for o in cands if o.measure in MARKET_MEASURES and o.measure[:2] == own[:2]]  # nor the yen's an intervention
        if own in ("flow", "") and c.instrument is not None and c.instrument[0] in ("assets", "liabilities", None):
            # "対内株式投資は5週連続資本流出超", "中長期債は2週ぶりの買い越し": a run of the flow its sentence names
            cands = [o for o in cands if o.instrument is not None and o.instrument[1] == c.instrument[1]
                     and c.instrument[0] in (None, o.instrument[0])]
        cands = [o for o in cands if same_holder(c, o)]  # of the holder its sentence names, if it names one
        fit = [o for o in cands if want and want in _grains(o, bare)]
        fit = fit or ([o for o in cands if o.measure == "holdings_change"] if tic_flow else [] if want else cands)
        same = [o for o in fit if c.period is not None and o.period is not None and not c.period.is_latest
                and o.period.windows == c.period.windows]  # "October's value ...": the October figure
        # a sentence pointing back at the last event ("That marked the largest ...") is not about a figure told as an
        # earlier time's in the sentence before ("accelerating from ¥425.8 billion the week before"): the week's own
        back = [o for o in fit if o.role != "from" and not (o.sentence is not c.sentence and told_as_earlier(o))] \
            if _POINTS_BACK.match(c.sentence.text) else []
        # (nor, as a rule, one in a clause of an earlier time: "…, when the surplus sagged 88.9 percent. Still, the
        # surplus marked the 52nd straight month of black ink": the story's month's; nor one told at a period counted
        # back: "…inflows of $23.12 billion in July, compared with $58.9 billion the previous month. US Treasuries saw
        # inflows of foreign capital for a third consecutive month": July's)
        now_figs = [o for o in fit if o.role != "from" and not (o.sentence is not c.sentence and told_as_earlier(o))
                    and not _BRACKET_BASE.search(o.sentence.text, 0, o.span[0])]  # "(前年は1兆6701億円の黒字)": a base
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


def headline_hosts(claims: list[Claim]) -> None:
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
