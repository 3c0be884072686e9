"""The tail every table generator of the corpus shares: write the generated file, or with ``--check`` say whether the
checked-in one is current (exit 1 if stale). ``track_record`` and ``weak_classes`` write the tables the checker reads
(``src/ustflow/check/*_table.py``) from ``blind_verdicts.csv``."""

from __future__ import annotations

from pathlib import Path


def write_or_check(path: Path, text: str, check: bool, module: str) -> int:
    """With ``check``: print whether ``path`` holds ``text`` and return 1 if it does not (rerun
    ``python -m tests.claims_corpus.<module>``), else 0. Without: write ``text`` to ``path`` and return 0."""
    if check:
        stale = path.read_text(encoding="utf-8") != text
        print(f"{path.name} is {f'STALE: rerun python -m tests.claims_corpus.{module}' if stale else 'current'}")
        return int(stale)
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")
    return 0
