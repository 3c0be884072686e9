"""Check extraction: `ustflow check`'s reading of a long article (sentences, figures, periods, holders, qualifiers), in process, CPU seconds (best of three).

No store is read: this is the text side of the checker, whose cost was the article's length times the
number of patterns (~160, each tried at every character). Two 180,000-character texts (the web API's
limit is 200,000 characters): the example article (684 characters) repeated 264 times and cut
(``repeated``), and the size-limit test's single sentence of one holder and no figure ("Japan a a a ..."). CPU
before check/rxgate.py (a busy machine): 5.1 s and 6.0 s. Linear means the cost per character of the
long text is that of a text eight times shorter.

The extraction runs in one thread, so on an idle machine its CPU time is what a user waits; on a busy one
the wall time grows with the other processes and the CPU time much less, so the CPU time is reported, and
beside it the wall time and the load average, to show how busy the machine was. A timing of the same work
outside the bench must use the same texts: ``python bench/bench_check.py`` prints these rows alone.
"""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

LONG = 180_000
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "article.txt"


def repeated(n: int) -> str:
    """The example article repeated to ``n`` characters (paragraphs apart)."""
    example = EXAMPLE.read_text()
    return ("\n\n".join([example] * (n // len(example) + 1)))[:n]


def _extract_cpu(text: str) -> tuple[float, int, float]:
    """Best of three: (CPU seconds, claims, wall seconds of that run)."""
    from ustflow.check.extract import extract
    from ustflow.check.pipeline import prepare
    from ustflow.check.tables import strip_tables
    from ustflow.check.text import split_sentences

    best, n, wall = float("inf"), 0, 0.0
    for _ in range(3):
        t0, w0 = time.process_time(), time.perf_counter()
        plain, _pub = prepare(text)
        n = len(extract(split_sentences(strip_tables(plain)), ref=date(2026, 5, 1)))
        cpu = time.process_time() - t0
        if cpu < best:
            best, wall = cpu, time.perf_counter() - w0
    return best, n, wall


def run(ctx) -> list[dict]:
    _extract_cpu(EXAMPLE.read_text())  # imports and the patterns' first compilation
    (short, _, _), (long_, claims, wall) = _extract_cpu(repeated(LONG // 8)), _extract_cpu(repeated(LONG))
    one, _, one_wall = _extract_cpu("Japan " + "a " * ((LONG - 6) // 2))
    load = f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    return [
        {"name": f"extract from the example article repeated to {LONG:,} characters ({claims:,} claims; wall "
                 f"{wall:.2f} s, {load})",
         "value": long_, "unit": "s", "target": "< 4 s", "ok": long_ < 4},
        {"name": f"the same, per character, against {LONG // 8:,} characters (1.0 = linear)",
         "value": (long_ / LONG) / (short / (LONG // 8)), "unit": "x", "target": "<= 1.3x", "ok":
         (long_ / LONG) / (short / (LONG // 8)) <= 1.3},
        {"name": f"extract from one {LONG:,}-character sentence with no figure ('Japan a a a ...'; wall "
                 f"{one_wall:.2f} s)",
         "value": one, "unit": "s", "target": "< 1 s (6 s before check/rxgate.py)", "ok": one < 1},
    ]


if __name__ == "__main__":
    for row in run(None):
        print(f"{row['name']}: {row['value']:.3f} {row['unit']} (target {row['target']})")
