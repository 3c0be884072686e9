"""How often each verdict of the checker was right on real articles it had never been tuned on.

The claims corpus (tests/claims_corpus) keeps batches of real, dated articles blind: no rule is written from
them, and they are graded against labels a separate script computes from the official files. These are the
figures of the last measurement (README, "Measured accuracy"); ``ustflow check`` prints them under its table so
that a reader weighs a verdict by its record, as every estimate in ustflow shows its out-of-sample error.
Update them with the README's figures when the blind batches are measured again.
"""

from __future__ import annotations

#: when and on what the figures were measured
MEASURED = ("2026-12-02, main at b180bc06; blind batches 15 and 16 of the claims corpus: 96 articles, "
            "1,225 claims")

#: (the verdict as shown, how many were right, how many were given) on the blind batches
RECORD: list[tuple[str, int, int]] = [
    ("'supported'", 268, 283),
    ("'contradicted' flagged possible_revision (may be a first print, revised since)", 242, 275),
    ("'contradicted' with no such flag", 113, 195),
]


def note() -> str:
    """One sentence: each verdict's record on the articles the checker had never seen."""
    parts = "; ".join(f"{what} {right}/{given} ({right / given:.0%})" for what, right, given in RECORD)
    return (f"Track record on real articles the checker was never tuned on ({MEASURED}), right/given: {parts}. "
            f"A plain 'contradicted' is a prompt to read the official figure it names, not a finding.")
