"""Find the quantitative claims in an article: amounts, subjects, periods, directions, superlatives.

Per sentence the extractor finds *mentions* with regular expressions (amounts, holders, instruments,
direction verbs, superlatives, periods), then builds one ``Claim`` per amount (and per superlative or
ranking phrase) by attaching the nearest fitting mentions:

- subject: the closest holder named before the amount, skipping appositives ("Norinchukin, Japan's
  largest agricultural lender, sold ..." is about Norinchukin) and data-source phrases ("Japan's
  Ministry of Finance"); else the first after it ("... were sold by life insurers"); else the subject
  of the previous claim in the paragraph ("They also bought ...");
- period: the nearest period after the amount in its clause, else before, else the previous claim's
  period in the paragraph; periods inside a superlative ("largest since 2005") are its own;
- direction: the nearest buy/sell/up/down word before the amount in its clause.

What a claim *measures* (holdings, flows, yields, FX, ...) is decided in ``classify`` from the words
around it. Nothing here reads data: ``ustflow.check.judge`` does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ustflow.check import lexicon as lx
from ustflow.check.periods import Period, Resolver
from ustflow.check.text import MONTH_RE, MONTHS, Sentence

SCALES = {"trillion": 1e12, "tn": 1e12, "trn": 1e12, "tln": 1e12, "t": 1e12, "billion": 1e9, "bn": 1e9,
          "bln": 1e9, "b": 1e9, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "hundred million": 1e8,
          "兆": 1e12, "億": 1e8}
SCALE_WORDS = {1e12: "trillion", 1e9: "billion", 1e6: "million", 1e8: "hundred million", 1.0: ""}
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"hundred million|trillion|billion|million|tn|trn|tln|bn|bln|mn|mln|[mbT](?![a-zA-Z])"

AMOUNT_RX = re.compile(
    rf"(?P<cur>US\$|U\.S\. \$|\$|USD ?|¥|JPY ?|€)\s?(?P<num>{_NUM})(?:\s?(?P<scale>{_SCALE}))?(?:\s+(?:in\s+)?(?P<cur_after>yen|dollars))?"
    rf"|(?P<num2>{_NUM})\s?(?P<scale2>{_SCALE})?\s+(?P<cur2>yen|dollars|U\.S\. dollars|US dollars)\b"
    rf"|(?P<num3>{_NUM})\s?(?P<jp>兆|億)円"
    rf"|(?P<pnum>-?{_NUM})\s?(?P<pct>%|percent\b|per cent\b|pct\b|percentage points?\b)"
    rf"|(?P<bnum>{_NUM})\s?(?P<bp>basis points?|bps?)\b"
    rf"|(?:USD/JPY|dollar/yen|dollar-yen)\D{{0,25}}?(?P<fxnum>\d{{2,3}}\.\d{{1,3}}|\d{{2,3}})(?![\d%])"
    rf"|(?P<fxnum2>\d{{2,3}}\.\d{{1,3}}|\d{{2,3}})\s+(?:yen\s+)?(?:per|to the|against the|a) (?:U\.?S\.? )?dollar",
    re.I)

QUALIFIERS = [
    ("above", r"more than|over|above|in excess of|exceeding|upwards of|topped|topping|surpassed|passed|beyond|past"),
    ("below", r"less than|under|below|shy of"),
    ("at_least", r"at least|no less than"),
    ("at_most", r"at most|no more than|up to"),
    ("just_below", r"nearly|almost|close to|just under|just shy of|approaching"),
    ("just_above", r"just over|just above|slightly more than|a little over"),
    ("approx", r"about|around|roughly|some|approximately|an estimated|~|circa|an approximate"),
]
_QUAL_RX = [(q, re.compile(rf"(?:\b(?:{p})\b|~)\s*(?:a net\s+|net\s+|a record\s+|a\s+)?$", re.I)) for q, p in QUALIFIERS]

SUPERLATIVE_RX = re.compile(
    r"\b(?:the\s+|its\s+|their\s+|a\s+)?(?P<word>largest|biggest|highest|lowest|smallest|steepest|sharpest|heaviest|"
    r"strongest|weakest|deepest|most|least|fastest)\b(?:\s+[\w-]+){0,5}?\s+"
    r"(?P<ref>since\s+(?:at least\s+)?(?:[A-Z][a-z]+\.?\s+)?(?P<since>(?:19|20)\d{2})|on record|ever(?: recorded)?|in history|"
    r"in (?:at least |more than |over )?(?P<nyears>\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty)\s+years)"
    r"|\b(?P<record>(?:a |an |the )?(?:record(?:[- ](?:high|low|level|amount|sum|pace))?|all-time (?:high|low)))\b"
    r"|\b(?P<peak>peaked|at (?:its|their) peak|hit a peak)\b",
    re.I)

RANK_RX = re.compile(
    r"\b(?:the\s+|its\s+|as\s+(?:the\s+)?)?(?:world's\s+)?(?:(?P<ord>second|third|fourth|fifth|2nd|3rd|4th|5th|No\.\s?\d)[- ])?"
    r"(?P<word>largest|biggest|top|leading|No\.\s?1|number[- ]one)\s+(?:foreign\s+|overseas\s+|non-U\.?S\.?\s+)?"
    r"(?:holder|owner|creditor|investor in)s?\b",
    re.I)
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}

_SOURCE_PHRASES = re.compile(
    r"(?:Japan(?:'s|’s) )?(?:Ministry of Finance|[Ff]inance [Mm]inistry|MoF|MOF)(?: data)?|"
    r"(?:U\.?S\.? )?Treasury (?:Department|data|International Capital|figures)|TIC data|"
    r"(?:Bank of Japan|BOJ) data|Federal Reserve Bank of St\. Louis|FRED|Reuters|Bloomberg|Nikkei")
_DATELINE = re.compile(rf"^[A-Z][A-Za-z .'-]{{1,30}},\s+{MONTH_RE}\s+\d{{1,2}}(?:,\s+\d{{4}})?\s*(?:\([A-Za-z ]+\))?\s*[-–—]+\s*")
_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|and|although|though)\s|\s+while\s|\s+whereas\s")


@dataclass
class Mention:
    kind: str  # subject kinds: country, japan, sector, institution, foreign_investors, foreign_official, foreign_total
    slug: str
    span: tuple[int, int]
    text: str


@dataclass
class Amount:
    span: tuple[int, int]
    text: str
    number: float  # as written (4.46 for "¥4.46 trillion")
    scale: float  # 1e12 for trillion
    currency: str | None  # USD, JPY, EUR, or None for percent / bp
    kind: str  # money | percent | bp | fx
    precision: float  # half of the last stated digit, in absolute units (currency units, percent...)
    qualifier: str = "exact"
    parenthetical: bool = False  # "(¥2.57 trillion)": the same quantity restated

    @property
    def value(self) -> float:
        return self.number * self.scale

    @property
    def unit_label(self) -> str:
        if self.kind == "percent":
            return "percent"
        if self.kind == "bp":
            return "basis points"
        if self.kind == "fx":
            return "JPY per USD"
        return f"{self.currency} {SCALE_WORDS.get(self.scale, '')}".strip()


@dataclass
class Claim:
    sentence: Sentence
    kind: str  # amount | superlative | rank
    span: tuple[int, int]
    amount: Amount | None = None
    subject: Mention | None = None
    subject_inherited: bool = False
    period: Period | None = None
    period_source: str = "none"  # stated | context | date | none
    direction: int | None = None  # +1 bought / rose, -1 sold / fell
    direction_word: str = ""
    instrument: tuple[str, str] | None = None  # ("assets", "lt_debt"), ("tic", "treasuries")
    measure: str = ""  # set by classify()
    superlative: dict | None = None
    rank: int | None = None
    forecast: bool = False
    clause: str = ""
    parent: "Claim | None" = None  # the amount a parenthetical restates, or a superlative qualifies
    extra: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def claim_text(self) -> str:
        return self.sentence.text[self.span[0]:self.span[1]]


def _precision(num: str) -> float:
    digits = num.replace(",", "").lstrip("-")
    return 0.5 * (10 ** -len(digits.split(".")[1]) if "." in digits else 1.0)


def find_amounts(s: str) -> list[Amount]:
    out: list[Amount] = []
    for m in AMOUNT_RX.finditer(s):
        g = m.groupdict()
        if g["fxnum"] or g["fxnum2"]:
            grp = "fxnum" if g["fxnum"] else "fxnum2"
            num = g[grp]
            end = m.end(grp) if grp == "fxnum" else m.end()
            a = Amount((m.start(grp), end), s[m.start(grp):end], float(num), 1.0, "JPY", "fx", _precision(num))
        elif g["pnum"]:
            num = g["pnum"]
            a = Amount(m.span(), m.group(0), float(num.replace(",", "")), 1.0, None, "percent", _precision(num))
            if g["pct"].lower().startswith("percentage point"):
                a.kind = "pp"
        elif g["bnum"]:
            num = g["bnum"]
            a = Amount(m.span(), m.group(0), float(num.replace(",", "")), 0.01, None, "bp", _precision(num) * 0.01)
        else:
            num = g["num"] or g["num2"] or g["num3"]
            scale_txt = (g["scale"] or g["scale2"] or g["jp"] or "").lower()
            if scale_txt == "t" and not g["scale"] == "T":
                scale_txt = ""
            scale = SCALES.get(scale_txt, 1.0)
            cur_txt = (g["cur"] or g["cur2"] or ("yen" if g["jp"] else "") or "").lower()
            cur = "JPY" if ("¥" in cur_txt or "jpy" in cur_txt or "yen" in cur_txt or (g["cur_after"] or "").lower() == "yen") \
                else "EUR" if "€" in cur_txt else "USD"
            number = float(num.replace(",", ""))
            a = Amount(m.span(), m.group(0).strip(), number, scale, cur, "money", _precision(num) * scale)
            # "140 yen" (no scale, a price of the dollar) is an exchange rate, not an amount of money
            if cur == "JPY" and scale == 1.0 and 50 <= number <= 400:
                a.kind = "fx"
                a.precision = _precision(num)
            elif scale == 1.0 and a.kind == "money":
                continue  # "$5" or "100 yen coins": not a claim we can check
        before = s[:a.span[0]]
        for q, rx in _QUAL_RX:
            qm = rx.search(before[-40:])
            if qm:
                a.qualifier = q
                a.span = (a.span[0] - (len(before[-40:]) - qm.start()), a.span[1])
                a.text = s[a.span[0]:a.span[1]]
                break
        # "¥2.57 trillion ($17.5 billion)": the same quantity restated in another currency
        if out and re.fullmatch(r"\s*[(（]\s*(?:or\s+)?", s[out[-1].span[1]:a.span[0]]):
            a.parenthetical = True
        out.append(a)
    return out


def _find_all(rx: str | re.Pattern, s: str, flags=0):
    rx = re.compile(rx, flags) if isinstance(rx, str) else rx
    return list(rx.finditer(s))


def find_subjects(s: str) -> list[Mention]:
    masked = [m.span() for m in _SOURCE_PHRASES.finditer(s)]

    def free(span):
        return not any(a < span[1] and span[0] < b for a, b in masked)

    cands: list[tuple[int, Mention]] = []  # (priority, mention): lower wins on overlap
    for m in _find_all(rf"\b(?:{lx.INSTITUTIONS})", s):
        cands.append((0, Mention("institution", m.group(0), m.span(), m.group(0))))
    for rx, slug in lx.SECTOR_RX:
        for m in rx.finditer(s):
            # "Japanese life insurers", "Japan's banks": the nationality belongs to the sector
            st = m.start()
            pre = re.search(r"(?:Japanese|Japan(?:'s|’s)|Japan-based)\s+(?:[\w-]+\s+)?$", s[:st])
            if pre:
                st = pre.start()
            cands.append((1, Mention("sector", slug, (st, m.end()), s[st:m.end()])))
    for m in _find_all(rf"\b(?:{lx.FOREIGN_OFFICIAL})\b", s, re.I):
        cands.append((2, Mention("foreign_official", "foreign_official", m.span(), m.group(0))))
    for m in _find_all(r"\b(?:foreign|overseas|total foreign|foreigners(?:'|’)?)\s+holdings\b|\bforeign-held\b|"
                       r"\bheld (?:by foreigners|abroad|overseas)\b|\bforeign (?:holders|ownership)\b", s, re.I):
        cands.append((2, Mention("foreign_total", "grand_total", m.span(), m.group(0))))
    for m in _find_all(rf"\b(?:{lx.FOREIGN_INVESTORS})\b", s, re.I):
        cands.append((3, Mention("foreign_investors", "foreign_investors", m.span(), m.group(0))))
    for m in _find_all(rf"\b(?:{lx.JAPAN_INVESTORS})\b", s):
        cands.append((4, Mention("japan", "japan", m.span(), m.group(0))))
    for rx, slug in lx.COUNTRY_RX:
        for m in rx.finditer(s):
            kind = "japan" if slug == "japan" else "country"
            cands.append((5, Mention(kind, slug, m.span(), m.group(0))))
    chosen: list[Mention] = []
    for _, c in sorted(cands, key=lambda pc: (pc[0], pc[1].span[0])):
        if not free(c.span):
            continue
        if any(c.span[0] < o.span[1] and o.span[0] < c.span[1] for o in chosen):
            continue
        # an adjective before a Japanese-market noun ("Japanese stocks", "Japanese government bonds")
        # names the instrument, not the holder
        if c.kind == "japan" and re.match(r"\s*(?:government |long-term |short-term )?(?:stocks|shares|equities|bonds|"
                                          r"debt|bills|yields?|JGBs|markets?|assets|securities|rates|economy|"
                                          r"authorities|officials|yen|government|[Ff]inance)",
                                          s[c.span[1]:]):
            continue
        chosen.append(c)
    chosen.sort(key=lambda c: c.span[0])
    # appositives: ", Japan's largest agricultural lender," right after a holder describes it
    out: list[Mention] = []
    for c in chosen:
        if out:
            gap = s[out[-1].span[1]:c.span[0]]
            after = s[c.span[1]:c.span[1] + 40]
            if re.fullmatch(r",\s+(?:the |a |an |its |now )?(?:[\w'’-]+\s+){0,4}", gap) and "," in after and \
                    not re.search(rf"\b(?:{lx.BUY_WORDS}|{lx.SELL_WORDS}|{lx.UP_WORDS}|{lx.DOWN_WORDS})\b",
                                  gap + after.split(",")[0], re.I):
                continue
        out.append(c)
    return out


def find_instruments(s: str) -> list[tuple[tuple[int, int], tuple[str, str]]]:
    out = []
    taken: list[tuple[int, int]] = [m.span() for m in _SOURCE_PHRASES.finditer(s)]
    for pat, side, ins in lx.MOF_INSTRUMENTS:
        for m in _find_all(rf"\b(?:{pat})\b", s, re.I):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                out.append((m.span(), (side, ins)))
                taken.append(m.span())
    for m in _find_all(rf"\b(?:{lx.TREASURIES})", s):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            out.append((m.span(), ("tic", "treasuries")))
            taken.append(m.span())
    return sorted(out)


_DIR_RX = re.compile(rf"\b(?P<buy>{lx.BUY_WORDS})\b|\b(?P<sell>{lx.SELL_WORDS})\b|\b(?P<up>{lx.UP_WORDS})\b|"
                     rf"\b(?P<down>{lx.DOWN_WORDS})\b", re.I)


def clause_bounds(s: str, pos: int) -> tuple[int, int]:
    start, end = 0, len(s)
    for m in _CLAUSE_BREAK.finditer(s):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def extract(sentences: list[Sentence], ref: date | None = None) -> list[Claim]:
    """Every claim in the article, in text order (see the module docstring for the rules)."""
    resolver = Resolver(ref)
    claims: list[Claim] = []
    # context for sentences that name no subject or period ("They also bought ...", "a week earlier"):
    # the main (first) claim of the latest sentence that had one; wire copy runs one sentence per paragraph,
    # so the context crosses paragraphs
    prev: Claim | None = None
    for sent in sentences:
        s = sent.text
        sups = list(SUPERLATIVE_RX.finditer(s))
        masked = [m.span() for m in sups] + [m.span() for m in RANK_RX.finditer(s)]
        dl = _DATELINE.match(s)
        if dl:  # "TOKYO, May 15, 2025 (Reuters) -" dates the story, not a claim
            masked.append(dl.span())
        periods = resolver.find(s, prev=prev.period if prev else None, masked=masked)
        amounts = find_amounts(s)
        # a period phrase can contain a number that looked like an amount ("the 12 months to March")
        amounts = [a for a in amounts if not any(p.span[0] <= a.span[0] < p.span[1] for p in periods)]
        subjects = find_subjects(s)
        instruments = find_instruments(s)
        forecast = bool(re.search(lx.FORECAST, s)) and not re.search(r"\b(?:data|figures) (?:showed|show)\b", s)
        sent_claims: list[Claim] = []
        for a in amounts:
            c = Claim(sent, "amount", a.span, amount=a, forecast=forecast)
            c.clause = s[slice(*clause_bounds(s, a.span[0]))]
            _attach(c, s, subjects, periods, instruments, prev, sent_claims)
            if sent_claims:
                c.extra["sibling_period"] = sent_claims[-1].period
                c.extra["sibling"] = sent_claims[-1]
            sent_claims.append(c)
        for m in RANK_RX.finditer(s):
            c = Claim(sent, "rank", m.span(), forecast=forecast)
            o = m.group("ord")
            c.rank = ORDINALS[o.lower()] if o and o.lower() in ORDINALS else int(re.sub(r"\D", "", o)) if o else 1
            since = re.match(rf"\s+since\s+(?:(?P<m>{MONTH_RE})\s+)?(?P<y>(?:19|20)\d{{2}})", s[m.end():])
            if since:  # "the biggest foreign holder since 2019": every month from then on
                c.extra["rank_since"] = (int(since.group("y")),
                                         MONTHS[since.group("m").rstrip(".").lower()] if since.group("m") else None)
                c.span = (m.start(), m.end() + since.end())
            c.clause = s[slice(*clause_bounds(s, m.start()))]
            _attach(c, s, subjects, periods, instruments, prev, sent_claims)
            sent_claims.append(c)
        for m in sups:
            c = Claim(sent, "superlative", m.span(), forecast=forecast)
            c.superlative = _superlative(m, resolver)
            c.clause = s[slice(*clause_bounds(s, m.start()))]
            if any(r.start() < m.end() and m.start() < r.end() for r in RANK_RX.finditer(s)):
                continue  # "the biggest foreign holder since 2019" is a ranking, judged as one
            # a superlative in a sentence without figures refers back only when the sentence says so
            refers_back = re.match(r"\s*(?:That|This|It|Such|The (?:sale|purchase|figure|amount|selling|buying|"
                                   r"level|outflow|inflow|drop|rise|increase|decline))\b", s)
            host = _host_for(m.span(), [x for x in sent_claims if x.kind == "amount"]) or \
                (prev if prev and prev.kind == "amount" and not sent_claims and refers_back else None)
            c.parent = host
            _attach(c, s, subjects, periods, instruments, prev, sent_claims, host=host)
            sent_claims.append(c)
        ordered = sorted(sent_claims, key=lambda c: c.span[0])
        claims += ordered
        main = [c for c in ordered if c.kind == "amount" and not c.amount.parenthetical] or \
            [c for c in ordered if c.period is not None and c.subject is not None]
        if main:
            prev = main[0]
    return claims


def _host_for(span, amount_claims: list[Claim]) -> Claim | None:
    """The amount a superlative qualifies: the nearest before it in the sentence, else after."""
    before = [c for c in amount_claims if c.span[1] <= span[0] and not c.amount.parenthetical]
    if before:
        return before[-1]
    after = [c for c in amount_claims if c.span[0] >= span[1]]
    return after[0] if after else None


def _superlative(m: re.Match, resolver: Resolver) -> dict:
    g = m.groupdict()
    word = (g.get("word") or g.get("record") or g.get("peak") or "").lower()
    out: dict = {"phrase": m.group(0).strip(), "word": word}
    low = any(w in word for w in ("lowest", "smallest", "least", "weakest", "low"))
    out["extreme"] = "min" if low else "max"
    # "largest sale", "biggest selling": the largest in the claim's own direction
    out["magnitude"] = any(w in word for w in ("largest", "biggest", "steepest", "sharpest", "heaviest", "most",
                                                 "deepest", "fastest", "record", "all-time"))
    if g.get("since"):
        out["since"] = int(g["since"])
    elif g.get("nyears"):
        n = g["nyears"].lower()
        words = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                 "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
        out["years"] = int(n) if n.isdigit() else words.get(n)
    else:
        out["since"] = None  # on record / ever / record / peak: all the data we hold
    if g.get("peak"):
        out["peak"] = True
    return out


def _attach(c: Claim, s: str, subjects: list[Mention], periods: list[Period], instruments, prev: Claim | None,
            sent_claims: list[Claim], host: Claim | None = None) -> None:
    pos = c.span[0]
    cs, ce = clause_bounds(s, pos)
    parent = host
    if c.kind == "amount" and c.amount.parenthetical and sent_claims:
        parent = sent_claims[-1]
        c.parent = parent
    if parent is not None and (c.kind == "superlative" or c.amount is not None and c.amount.parenthetical):
        c.subject, c.subject_inherited = parent.subject, parent.subject_inherited
        c.period, c.period_source = parent.period, parent.period_source
        c.direction, c.direction_word = parent.direction, parent.direction_word
        c.instrument = parent.instrument
        # a superlative can name its own period ("in 2020 ... a record") when the host has none
        if c.period is None:
            _attach_period(c, s, periods, prev, cs, ce)
        return
    # subject: closest before in the sentence, else first after in the clause, else inherited
    before = [m for m in subjects if m.span[1] <= pos]
    after = [m for m in subjects if m.span[0] >= c.span[1] and m.span[0] < ce]
    if c.kind == "rank":
        # "Japan remains the largest holder": the holder named before; "the largest holder, Japan": after
        before = [m for m in before if m.kind in ("country", "japan")]
        after = [m for m in after if m.kind in ("country", "japan")]
    if c.kind == "rank" and len(before) >= 2 and re.search(
            r"\b(?:overt(?:ook|aking|aken)|surpass(?:ed|ing)|replac(?:ed|ing)|displac(?:ed|ing)|pass(?:ed|ing)|"
            r"ahead of|behind)\s+$", s[:before[-1].span[0]]):
        before = before[:-1]  # "the UK, which overtook China as the second-largest holder": the UK
    if before:
        c.subject = before[-1]
    elif after:
        c.subject = after[0]
    elif prev is not None and prev.subject is not None:
        c.subject, c.subject_inherited = prev.subject, True
    _attach_period(c, s, periods, prev, cs, ce)
    # direction: nearest verb before the amount in its clause, else right after ("... were sold")
    dirs = [m for m in _DIR_RX.finditer(s) if cs <= m.start() and m.end() <= pos]
    dirs_after = [m for m in _DIR_RX.finditer(s) if c.span[1] <= m.start() < ce]
    dm = dirs[-1] if dirs else (dirs_after[0] if dirs_after else None)
    if dm is not None:
        c.direction = 1 if (dm.group("buy") or dm.group("up")) else -1
        c.direction_word = dm.group(0)
    elif c.amount is not None and c.amount.number < 0:
        c.direction = -1
    # instrument: nearest in the clause (usually "... of foreign bonds" right after the amount)
    ins = [(abs(sp[0] - c.span[1]), v) for sp, v in instruments if cs <= sp[0] < ce]
    if not ins:
        ins = [(abs(sp[0] - c.span[1]), v) for sp, v in instruments]
    if ins:
        c.instrument = min(ins, key=lambda t: t[0])[1]
    elif prev is not None:
        c.instrument = prev.instrument


def _attach_period(c: Claim, s: str, periods: list[Period], prev: Claim | None, cs: int, ce: int) -> None:
    pos = c.span[0]
    in_clause = [p for p in periods if cs <= p.span[0] < ce]
    after = [p for p in in_clause if p.span[0] >= c.span[1]]
    before = [p for p in in_clause if p.span[1] <= pos]
    if after and (not before or after[0].span[0] - c.span[1] <= pos - before[-1].span[1] + 40):
        c.period, c.period_source = after[0], "stated"
    elif before:
        c.period, c.period_source = before[-1], "stated"
    elif periods:
        c.period, c.period_source = min(periods, key=lambda p: abs(p.span[0] - pos)), "stated"
    elif prev is not None and prev.period is not None:
        c.period, c.period_source = prev.period, "context"
