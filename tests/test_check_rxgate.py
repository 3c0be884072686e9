"""The checker's pattern gate (check/rxgate.py) never rules out a text its pattern matches.

The gate skips a pattern on a sentence holding none of the literals every match must contain; a
wrong gate would silently drop a claim. Checked on every sentence the check tests write (their
string constants) and the example article, as written and (a quarter each) in upper case and with
the characters re.IGNORECASE folds to ASCII letters, for every pattern the checker scans through the gate.
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from ustflow.check import period_phrases, qualifiers, qualifiers_ja, rxgate, subjects
from ustflow.check.text import split_sentences

TESTS = Path(__file__).resolve().parent


def _patterns() -> list[re.Pattern]:
    subjects.find_subjects("Japan's life insurers bought Treasuries.")  # the lexicon's patterns, compiled
    subjects.find_instruments("Japan's life insurers bought Treasuries.")
    pats = [rx for _, rx in period_phrases.PATTERNS] + [period_phrases.RELEASE_RX, period_phrases.JA_RELEASE_RX]
    pats += [v for mod in (qualifiers, qualifiers_ja) for k, v in vars(mod).items()
             if k.endswith("_RX") and isinstance(v, re.Pattern)]
    return pats + [subjects.SOURCE_PHRASES] + list(rxgate._COMPILED.values())


def _sentences() -> list[str]:
    texts = [(TESTS.parent / "examples" / "article.txt").read_text()]
    for path in sorted(TESTS.glob("test_check*.py")):
        texts += [n.value for n in ast.walk(ast.parse(path.read_text()))
                  if isinstance(n, ast.Constant) and isinstance(n.value, str) and len(n.value) > 20]
    out = sorted({s.text for t in texts for s in split_sentences(t)})
    inverse = str.maketrans({v: chr(k) for k, v in rxgate.FOLDS.items()})
    return out + [s.upper() for s in out[::4]] + [s.translate(inverse) for s in out[1::4]]


def test_a_gate_never_rules_out_a_match():
    pats, sents = _patterns(), _sentences()
    assert len(sents) > 1000 and len(pats) > 80
    gated = [rx for rx in pats if rxgate.gate(rx) is not None]
    assert len(gated) >= 0.8 * len(pats)  # most patterns are gated (else the gate saves nothing)
    skipped = 0
    for rx in gated:
        for s in sents:
            if not rxgate.may_match(rx, s):
                skipped += 1
                assert rx.search(s) is None, (rx.pattern[:80], s)
    assert skipped > len(sents) * len(gated) // 2


def test_folds_are_every_character_ignorecase_matches_to_an_ascii_letter():
    letters = re.compile("[a-z]", re.I)
    found = {u: c for u in range(128, 0x20000) if letters.fullmatch(chr(u))
             for c in string.ascii_lowercase if re.fullmatch(c, chr(u), re.I)}
    assert found == rxgate.FOLDS


@pytest.mark.parametrize("pattern, flags, text_in, text_out", [
    (r"\b(?:the )?(?:largest|biggest) holder", re.I, "the BIGGEST holder", "the big one"),
    (r"(?P<n>\d+) straight (?:weeks|months)", 0, "3 straight weeks", "3 weeks in a row"),
    (r"since\s+\d{4}", re.I, "ſince 2019", "sin ce 2019"),
    (r"過去最(?:大|高)", 0, "過去最大の売り越し", "最大"),
    (r"\bK(?:ey)+ rate", re.I, "\u212aEY rate", "KEY"),
])
def test_the_gate_reads_the_literals_every_match_contains(pattern, flags, text_in, text_out):
    rx = re.compile(pattern, flags)
    assert rxgate.gate(rx) is not None
    assert rx.search(text_in) and rxgate.may_match(rx, text_in)
    assert not rx.search(text_out) and not rxgate.may_match(rx, text_out)


@pytest.mark.parametrize("pattern", [r"(?:a|b)\w+", r"(?=holder)\w+", r"(?:largest )?\w+", r"(?i:record)\w"])
def test_nothing_provable_means_always_scanned(pattern):
    assert rxgate.gate(re.compile(pattern)) is None
    assert rxgate.may_match(re.compile(pattern), "")


def test_the_holder_place_pattern_keeps_its_gate():
    """Session 14 added four branches to the holder-place pattern (65 literals in all): past the old cap of 40 its gate
    was dropped and a 180,000-character sentence with no figure took 1.7 s instead of 0.9 s (BENCHMARKS.md)."""
    from ustflow.check.holder_places import HOLDER_RANK_RX

    g = rxgate.gate(HOLDER_RANK_RX)
    assert g is not None
    assert not rxgate.may_match(HOLDER_RANK_RX, "Japan " + "a " * 500)
    assert rxgate.may_match(HOLDER_RANK_RX, "Japan, #1 single US creditor, increased its holdings")
