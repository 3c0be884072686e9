"""Check extraction: `ustflow check`'s reading of a long article (sentences, figures, periods, holders, qualifiers), in process, CPU seconds (best of three).

No store is read: this is the text side of the checker, whose cost was the article's length times the
number of patterns (~160, each tried at every character). Two 180,000-character texts (the web API's
limit is 200,000 characters): the example article repeated, and the size-limit test's single sentence
of one holder and no figure ("Japan a a a ..."). CPU before check/rxgate.py (a busy machine): 5.1 s
and 6.0 s. Linear means the cost per character of the long text is that of a text eight times shorter.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

LONG = 180_000


def _extract_cpu(text: str) -> tuple[float, int]:
    from ustflow.check.extract import extract
    from ustflow.check.pipeline import prepare
    from ustflow.check.tables import strip_tables
    from ustflow.check.text import split_sentences

    best, n = float("inf"), 0
    for _ in range(3):
        t0 = time.process_time()
        plain, _pub = prepare(text)
        n = len(extract(split_sentences(strip_tables(plain)), ref=date(2026, 5, 1)))
        best = min(best, time.process_time() - t0)
    return best, n


def run(ctx) -> list[dict]:
    example = (Path(__file__).resolve().parent.parent / "examples" / "article.txt").read_text()

    def repeated(n: int) -> str:
        return ("\n\n".join([example] * (n // len(example) + 1)))[:n]

    _extract_cpu(example)  # imports and the patterns' first compilation
    (short, _), (long_, claims) = _extract_cpu(repeated(LONG // 8)), _extract_cpu(repeated(LONG))
    one, _ = _extract_cpu("Japan " + "a " * ((LONG - 6) // 2))
    return [
        {"name": f"extract from the example article repeated to {LONG:,} characters ({claims:,} claims)",
         "value": long_, "unit": "s", "target": "< 4 s", "ok": long_ < 4},
        {"name": f"the same, per character, against {LONG // 8:,} characters (1.0 = linear)",
         "value": (long_ / LONG) / (short / (LONG // 8)), "unit": "x", "target": "<= 1.3x", "ok":
         (long_ / LONG) / (short / (LONG // 8)) <= 1.3},
        {"name": f"extract from one {LONG:,}-character sentence with no figure ('Japan a a a ...')",
         "value": one, "unit": "s", "target": "< 1 s (6 s before check/rxgate.py)", "ok": one < 1},
    ]
