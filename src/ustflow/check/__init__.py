"""Check the numbers in a news article against the official data.

    from ustflow.check import check_article
    results = check_article(text, data, date=None)   # data: a ``judge.DataSource``

The pipeline, rules only (no network, no model): ``text`` (HTML to text, sentences, the article's
date) -> ``extract`` (amounts, subjects, periods, directions, superlatives) -> ``classify`` (what each
figure measures) -> ``rules`` / ``superlatives`` (the official series, the comparison, the verdict).
The store-backed entry point is ``ustflow.views.check.check_text``.
"""

from __future__ import annotations

from datetime import date

from ustflow.check.judge import CONTRADICTED, SUPPORTED, UNVERIFIABLE, DataSource

__all__ = ["check_article", "prepare", "SUPPORTED", "CONTRADICTED", "UNVERIFIABLE", "KEYS"]

#: The keys every result has (issue 7's JSON contract), then the details.
KEYS = ["text", "claim", "subject", "quantity", "unit", "period", "verdict", "official_value", "official_unit",
        "series", "explanation"]


def prepare(text: str) -> tuple[str, date | None]:
    """Plain text of an article (HTML is stripped) and the date it states for itself, if any."""
    from ustflow.check.text import article_date, html_to_text, looks_like_html

    if looks_like_html(text):
        plain, dates = html_to_text(text)
        return plain, article_date(plain, dates)
    return text, article_date(text)


def check_article(text: str, data: DataSource, date: date | None = None) -> list[dict]:
    """Every quantitative claim of ``text`` with its verdict (dicts with ``KEYS`` first).

    ``date`` (the ``--date`` option) overrides the article's own date; either one is used to resolve
    periods without a year ("in March") or without any period (the latest data known that day).
    """
    from ustflow.check.classify import classify
    from ustflow.check.extract import extract
    from ustflow.check.rules import judge
    from ustflow.check.text import split_sentences

    plain, own_date = prepare(text)
    ref = date or own_date
    claims = extract(split_sentences(plain), ref=ref)
    for c in claims:
        c.measure = classify(c)
    out = []
    # amounts first: a superlative or ranking is judged on the numbers its amount resolved
    order = sorted(range(len(claims)), key=lambda i: (claims[i].kind != "amount", i))
    results: dict[int, dict] = {}
    for i in order:
        c = claims[i]
        if not c.measure:
            if c.subject is not None and c.subject.kind == "institution" and c.amount is not None \
                    and c.amount.kind == "money":
                c.measure = "institution"
            else:
                continue
        if c.kind == "superlative" and c.parent is not None and (
                not c.parent.measure or (c.superlative.get("peak") and c.parent.measure == "holdings_peak")):
            continue  # "peaked above $1.5 trillion" is judged once, as a peak
        if c.kind == "superlative" and c.parent is not None and c.parent.subject is not None and \
                c.parent.subject.kind == "institution":
            continue
        j = judge(c, data, ref)
        results[i] = _record(c, j, ref, own_date, date)
    out = [results[i] for i in sorted(results)]
    return out


def _period_text(c) -> str:
    if c.period is None:
        return ""
    return c.period.label


def _record(c, j, ref, own_date, given_date) -> dict:
    from ustflow.check.judge import subject_label
    from ustflow.check.render import source_of

    a = c.amount
    if a is not None:
        quantity, unit = a.number, a.unit_label
    elif c.kind == "rank":
        quantity, unit = c.rank, "rank"
    else:
        quantity, unit = None, None
    if c.period is not None:
        period_source = "stated" if c.period_source == "stated" else "from the previous sentence"
    elif given_date:
        period_source = f"none stated: --date {given_date}"
    elif own_date:
        period_source = f"none stated: article date {own_date}"
    else:
        period_source = "none stated: all periods searched"
    rec = {
        "text": c.text,
        "claim": c.claim_text,
        "subject": subject_label(c),
        "quantity": quantity,
        "unit": unit,
        "period": _period_text(c),
        "verdict": j.verdict,
        "official_value": j.official_value,
        "official_unit": j.official_unit,
        "series": j.series,
        "explanation": j.explanation,
        # details
        "kind": c.kind,
        "measure": c.measure,
        "direction": {1: "up/bought", -1: "down/sold"}.get(c.direction) if c.direction else None,
        "qualifier": a.qualifier if a is not None else None,
        "superlative": c.superlative.get("phrase") if c.superlative else None,
        "official_period": j.period,
        "period_source": period_source,
        "vintage": j.vintage,
        "conversion": j.conversion,
        "tolerance": j.tolerance,
        "flags": list(j.flags),
        "source": source_of(j.series),
        "claimed_value": j.claimed_value,
        "paragraph": c.sentence.paragraph,
        "sentence": c.sentence.index,
    }
    return rec
