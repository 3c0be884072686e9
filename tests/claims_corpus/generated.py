"""What the table generators of the corpus share: the tail that writes the generated file, or with ``--check`` says
whether the checked-in one is current (exit 1 if stale; ``track_record`` and ``weak_classes`` write the tables the
checker reads, ``src/ustflow/check/*_table.py``, from ``blind_verdicts.csv``), and the reStructuredText tables their
evidence is printed in (``weak_classes``, ``declines``)."""

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


def rst_table(head: list[str], body: list[list[str]]) -> str:
    """A reStructuredText simple table: ``head`` between two rules, then ``body``, each column as wide as its widest
    cell, two spaces between columns, no trailing spaces."""
    ws = [max(len(head[i]), *(len(b[i]) for b in body)) for i in range(len(head))]
    rule = "  ".join("=" * w for w in ws)

    def line(cs: list[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cs, ws)).rstrip()

    return "\n".join([rule, line(head), rule, *(line(b) for b in body), rule])
