"""Check the numbers in a news article against the official data.

    from ustflow.check import check_article
    results = check_article(text, data, date=None)   # data: a ``results.DataSource``

Rules only (no network, no model). ``pipeline`` runs the steps: ``text`` (input limits, HTML to
text, sentences, the publication date) -> ``extract`` (figures, holders, periods, directions,
qualifiers) -> ``classify`` (what each figure measures) -> ``dispatch`` (the rule for each measure:
``holdings``, ``flows``, ``markets``, ``holders``; ``history`` for qualifiers) -> records.
The store-backed entry point is ``ustflow.views.check.check_text``.
"""

from __future__ import annotations

from ustflow.check.results import CONTRADICTED, KEYS, SUPPORTED, UNVERIFIABLE

__all__ = ["check_article", "prepare", "SUPPORTED", "CONTRADICTED", "UNVERIFIABLE", "KEYS"]


def check_article(text, data, date=None, limit=None):
    """See ``ustflow.check.pipeline.check_article``."""
    from ustflow.check.european import read_article
    from ustflow.check.pipeline import check_article as run

    reading = read_article(text)  # Spanish, Portuguese, German: read onto the English grammar (check.european)
    if reading is not None:
        return reading.restore(run(reading.text, data, date=date, limit=limit))
    return run(text, data, date=date, limit=limit)


def prepare(text):
    """See ``ustflow.check.pipeline.prepare``: (plain text, publication date)."""
    from ustflow.check.pipeline import prepare as run

    return run(text)
