"""Match the checker's claims to the labelled ones, and compare official values and periods.

Matching is by the figure string and the sentence, tolerant of how the checker cuts them:
a labelled claim and a checker claim pair up when the sentences overlap (the labelled sentence
fragment inside the checker's sentence, or most of its words; for a labelled passage of several sentences, also the
sentence of it that holds the figure) and the figures agree (same string
after normalising spaces, commas and currency spelling; one inside the other; or the same numbers).
A labelled claim may list ``also``: other spans of the same claim a checker may quote ("below $1
trillion" for the claim "since April 2022"). Different numbers never match. Pairs are taken best
first, each claim used once.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

_WORD = re.compile(r"[a-z0-9]+|[\u3040-\u30ff\u4e00-\u9fff]")
_NUMS = re.compile(r"\d+(?:\.\d+)?")


def _nfkc(s: str) -> str:
    """Full-width digits and signs as the checker quotes them ("１５９円台" is its "159円台")."""
    return unicodedata.normalize("NFKC", s or "")


def _norm(s: str) -> str:
    s = _nfkc(s).lower().replace("\u2019", "'").replace("\u00a0", " ")
    s = s.replace("us$", "$").replace("usd$", "$").replace("u.s. dollars", "dollars")
    return re.sub(r"[\s,]+", "", s)


def _tokens(s: str) -> list[str]:
    return _WORD.findall(_nfkc(s).lower())


def _nums(s: str) -> set[str]:
    return {n.rstrip("0").rstrip(".") if "." in n else n for n in _NUMS.findall(_nfkc(s).replace(",", ""))}


#: where a labelled passage of several sentences divides: after 。 (or ！？), or after ". " before a capital or a quote
_SENTENCE_END = re.compile(r"(?<=[。！？])|(?<=[.!?])\s+(?=[A-Z\"\u201c])")


def sentence_sim(label_sentence: str, text: str, figure: str = "") -> float:
    """How far the checker's sentence is the labelled one; a labelled passage of several sentences ("…1兆8216億円の黒字
    だった。黒字は51カ月連続だが、…19.3%減少した。") is also the sentence of it that holds the figure, which the checker
    quotes alone."""
    whole = _sentence_sim(label_sentence, text)
    f = _norm(figure)
    if whole >= 1.0 or not f:
        return whole
    parts = [p for p in _SENTENCE_END.split(label_sentence) if p.strip() and f in _norm(p)]
    return max([whole] + [_sentence_sim(p, text) for p in parts if p.strip() != label_sentence.strip()])


def _sentence_sim(label_sentence: str, text: str) -> float:
    if _norm(label_sentence) in _norm(text):
        return 1.0
    lt = _tokens(label_sentence)
    if not lt:
        return 0.0
    tt = set(_tokens(text))
    return sum(t in tt for t in lt) / len(lt)


def figure_sim(label_figure: str, claim: str, quantity=None) -> float:
    a, b = _norm(label_figure), _norm(claim)
    if not b:
        return 0.0
    if a == b:
        return 1.0
    na, nb = _nums(label_figure), _nums(claim)
    if na and nb and not (na & nb):
        return 0.0  # different numbers are different claims, whatever the words
    if a in b or b in a:  # the same numbers inside first: "a record 6.4 trillion yen" is the figure, not "a record"
        return 0.85 if na and na == nb else 0.8
    if na and na <= nb:
        return 0.6
    if quantity is not None and na:
        try:
            q = float(quantity)
            if any(abs(float(x) - q) < 1e-9 for x in na):
                return 0.5
        except (TypeError, ValueError):
            pass
    lt = {t for t in _tokens(label_figure) if t.isalpha() and len(t) > 2}
    ct = {t for t in _tokens(claim) if t.isalpha() and len(t) > 2}
    if lt and len(lt & ct) / len(lt) >= 0.6:
        return 0.6
    return 0.0


def _occurrences(figure: str, text: str) -> list[int]:
    """Offsets of ``figure`` in ``text`` (both normalised), not inside a longer number ('5億円' is not in '1605億円')."""
    out, k = [], text.find(figure) if figure else -1
    while k >= 0:
        before = text[k - 1] if k else ""
        if not (figure[:1].isdigit() and (before.isdigit() or before == ".")):
            out.append(k)
        k = text.find(figure, k + 1)
    return out


def _label_offsets(labels: list[dict]) -> list[tuple[str, int, int] | None]:
    """Where each label's figure stands in its sentence: (the normalised sentence, the offset of its occurrence, its
    length). Two labels with the same figure and the same sentence take its occurrences in label order (the first such
    label the first occurrence), as the tomls list the claims of a sentence in reading order."""
    seen: dict[tuple[str, str], int] = {}
    out: list[tuple[str, int, int] | None] = []
    for lab in labels:
        s, f = _norm(lab["sentence"]), _norm(lab["figure"])
        k = seen.get((s, f), 0)
        seen[(s, f)] = k + 1
        occ = _occurrences(f, s)
        out.append((s, occ[min(k, len(occ) - 1)], len(f)) if occ else None)
    return out


def _result_offsets(results: list[dict]) -> list[tuple[str, int, int] | None]:
    """Where each checker claim stands in its text: the checker lists a sentence's claims in reading order, so the
    k-th claim quoting the same figure in the same text is the figure's k-th occurrence there (the last one when it
    reports more claims than the text has occurrences: two claims on one figure, 'ともに…過去最高')."""
    seen: dict[tuple[str, str], int] = {}
    out: list[tuple[str, int, int] | None] = []
    for r in results:
        t, c = _norm(r.get("text") or ""), _norm(r.get("claim") or "")
        k = seen.get((t, c), 0)
        seen[(t, c)] = k + 1
        occ = _occurrences(c, t)
        out.append((t, occ[min(k, len(occ) - 1)], len(c)) if occ else None)
    return out


def _distance(lab_at: tuple[str, int, int] | None, res_at: tuple[str, int, int] | None) -> int:
    """How far the label's figure stands from the checker claim's in the checker's text: 0 when they overlap (the same
    occurrence, however each cuts it: '下降47%' and '47%'), else the characters between them. It breaks a tie between
    claims that quote the same figure in one sentence ('... to $784.9 billion from $768.5 billion' twice; '176.4' for two
    holders in one list) or the same words in the headline and the body. A label's passage of several sentences holds
    the checker's one; an unknown position counts as 1 (nearer than another occurrence, farther than the same one)."""
    if lab_at is None or res_at is None:
        return 1
    (sentence, at, n), (text, pos, m) = lab_at, res_at
    start = text.find(sentence)
    if start < 0:
        inner = sentence.find(text) if text else -1
        if inner < 0:
            return 1
        start = -inner
    a0, a1, b0, b1 = start + at, start + at + n, pos, pos + m
    return 0 if a0 < b1 and b0 < a1 else (b0 - a1 if b0 >= a1 else a0 - b1) + 1


def match_claims(labels: list[dict], results: list[dict]) -> tuple[list[tuple[dict, dict | None]], list[dict]]:
    """[(label, checker claim or None)] in label order, and the checker claims left over. Among pairs that score
    alike (the same figure in the same sentence), a label takes the checker claim at its own occurrence of the figure."""
    scored = []
    lab_at, res_at = _label_offsets(labels), _result_offsets(results)
    for i, lab in enumerate(labels):
        for j, r in enumerate(results):
            ss = max(sentence_sim(lab["sentence"], r.get("text") or "", f) for f in [lab["figure"], *lab.get("also", [])])
            fs = max(figure_sim(f, r.get("claim") or "", r.get("quantity"))
                     for f in [lab["figure"], *lab.get("also", [])])
            if ss >= 0.5 and fs >= 0.5:
                scored.append((fs + ss, _distance(lab_at[i], res_at[j]), i, j))
    scored.sort(key=lambda t: (-t[0], t[1], t[2], t[3]))
    used_l, used_r, pairs = set(), set(), {}
    for _, _, i, j in scored:
        if i in used_l or j in used_r:
            continue
        used_l.add(i)
        used_r.add(j)
        pairs[i] = results[j]
    return [(lab, pairs.get(i)) for i, lab in enumerate(labels)], [r for j, r in enumerate(results) if j not in used_r]


# ------------------------------------------------------------------ values and periods

_TO_LABEL_UNIT = {
    ("JPY 100mn", "jpy 100mn"): 1.0, ("JPY 100mn", "jpy bn"): 10.0, ("JPY 100mn", "jpy trillion"): 1e4,
    ("JPY 100mn", "jpy tn"): 1e4, ("JPY bn", "jpy bn"): 1.0, ("JPY bn", "jpy 100mn"): 0.1,
    ("USD bn", "usd bn"): 1.0, ("USD bn", "usd mn"): 1e-3, ("USD bn", "usd trillion"): 1e3,
    ("USD bn", "usd tn"): 1e3, ("percent", "percent"): 1.0, ("percent", "%"): 1.0, ("bp", "bp"): 1.0,
    ("bp", "percentage points"): 100.0, ("JPY per USD", "jpy per usd"): 1.0, ("JPY per USD", "jpy/usd"): 1.0,
    # multiples ("5.5倍", "2.6-fold": label.py's ratio = true); the checker reports them in "times"
    ("ratio", "ratio"): 1.0, ("ratio", "times"): 1.0,
}


#: a yen or dollar unit the checker reports, in JPY 100mn or USD bn
_YEN = {"jpy 100mn": 1.0, "jpy bn": 10.0, "jpy trillion": 1e4, "jpy tn": 1e4}
_USD = {"usd bn": 1.0, "usd mn": 1e-3, "usd trillion": 1e3, "usd tn": 1e3}


def _cross_currency(exp_unit: str, got_unit: str, fx_rate: float | None) -> float | None:
    """The factor from the checker's unit to the label's when one is yen and the other dollars, at the rate the
    checker states it converted at (JPY per USD): a yen restatement of a dollar total ("7.66 trillion dollars (about
    ¥906 trillion)") is reported in yen, labelled in dollars."""
    if not fx_rate:
        return None
    if exp_unit == "USD bn" and got_unit in _YEN:
        return _YEN[got_unit] / (10.0 * fx_rate)  # 1 JPY 100mn = 1e8 / rate USD = 1 / (10 rate) USD bn
    if exp_unit == "JPY 100mn" and got_unit in _USD:
        return _USD[got_unit] * 10.0 * fx_rate
    return None


def _label_half_digit(e: float) -> float:
    """Half the last decimal the label was written with (-0.0344 -> 0.00005): a value that rounds to the label is
    the label's value."""
    text = repr(e)
    if "e" in text or "." not in text:
        return 0.0
    decimals = text.split(".")[1].rstrip("0")
    return 0.5 * 10 ** -len(decimals) if decimals else 0.0


def same_value(expected, exp_unit: str | None, got, got_unit: str | None, fx_rate: float | None = None) -> bool:
    """The checker's official value equals ours, after unit conversion (0.1% or 0.05 of tolerance, or half the
    label's last decimal); ``fx_rate``: the JPY/USD rate the checker says it converted at, when its unit is the
    other currency's."""
    try:
        e, g = float(expected), float(got)
    except (TypeError, ValueError):
        return False
    unit = (got_unit or "").strip().lower()
    f = _TO_LABEL_UNIT.get((exp_unit or "", unit)) or _cross_currency(exp_unit or "", unit, fx_rate)
    if f is None:
        return False
    g *= f
    tol = max(1e-3 * max(abs(e), abs(g)), 0.051 if exp_unit in ("USD bn",) else 1e-6, _label_half_digit(e))
    return abs(e - g) <= tol or abs(abs(e) - abs(g)) <= tol


def _week_of(d: date) -> tuple[date, date]:
    s = d - timedelta(days=(d.weekday() + 1) % 7)
    return s, s + timedelta(days=6)


def normalize_period(p) -> str | None:
    """'2025-03-30..2025-04-05', 'week ending 2025-04-05', '2025-04', 'Apr 2025'... -> a canonical label."""
    if p is None:
        return None
    s = str(p)
    days = re.findall(r"\d{4}-\d{2}-\d{2}", s)
    if len(days) >= 2:
        return f"{days[0]}..{days[-1]}"
    if len(days) == 1:
        d = date.fromisoformat(days[0])
        if "week" in s.lower():
            a, b = _week_of(d)
            return f"{a}..{b}"
        return days[0]
    months = re.findall(r"\d{4}-\d{2}", s)
    if len(months) >= 2:
        if months[0][:4] == months[-1][:4] and months[0][5:] == "01" and months[-1][5:] == "12":
            return months[0][:4]  # January to December is the calendar year, however it is written
        return f"{months[0]}..{months[-1]}"
    if months:
        return months[0]
    years = re.findall(r"\b(?:19|20)\d{2}\b", s)
    if len(years) == 2 and re.fullmatch(r"\s*\d{4}\s*\.\.\s*\d{4}\s*", s):
        # a change from one calendar year to the next written '2007..2008': the span of both years, as
        # '2007-01..2007-12..2008-01..2008-12' normalises
        return f"{years[0]}-01..{years[1]}-12"
    return years[0] if years else s.strip()


def same_period(expected: str | None, got) -> bool:
    """Equal canonical periods; a week given by one of its days; a change given by its end month."""
    e, g = normalize_period(expected), normalize_period(got)
    if e is None:
        return True
    if g is None:
        return False
    if e == g:
        return True
    if ".." in e and len(e) == 22 and len(g) == 10:  # a week and one day of it
        a, b = e.split("..")
        return a <= g <= b
    if ".." in e and len(e) == 16 and len(g) == 7:  # a monthly change 'YYYY-MM..YYYY-MM' and its end month
        return e.split("..")[1] == g
    return False


def near_period(expected: str | None, got) -> bool:
    """For rank / streak / "since" claims: the same period, or one that overlaps or touches it
    (a streak may be reported at its last week or at the week that breaks it)."""
    if same_period(expected, got):
        return True
    e, g = normalize_period(expected), normalize_period(got)
    if not e or not g:
        return False
    try:
        es, ee = _bounds(e)
        gs, ge = _bounds(g)
    except ValueError:
        return False
    slack = timedelta(days=8 if (ee - es).days < 10 else 32)
    return gs <= ee + slack and ge >= es - slack


def _bounds(p: str) -> tuple[date, date]:
    a, _, b = p.partition("..")
    b = b or a

    def lo(x):
        return date.fromisoformat(x) if len(x) == 10 else date.fromisoformat(x + "-01") if len(x) == 7 else \
            date(int(x), 1, 1)

    def hi(x):
        if len(x) == 10:
            return date.fromisoformat(x)
        if len(x) == 7:
            y, m = map(int, x.split("-"))
            return (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1))
        return date(int(x), 12, 31)
    return lo(a), hi(b)
