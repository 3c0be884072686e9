"""The word edges ``check.european``'s tables are written with and the loop that applies a table: ``WORD_START`` and
``WORD_END`` (the other ``european_*`` modules import them as ``_B`` and ``_E``, the short names their patterns use);
``replace_words`` applies a list of (pattern, replacement) rules in order to a ``rewrite.Rewrite``, the one mechanism
all the language readers use.
"""

from __future__ import annotations

import re

from ustflow.check.rewrite import Rewrite


def replace_words(r: Rewrite, rules: list[tuple[str, str]], flags=re.I) -> None:
    """Apply each (pattern, replacement) rule in order, as ``Rewrite.sub`` does one."""
    for pat, repl in rules:
        r.sub(re.compile(pat, flags), repl)


WORD_START = r"(?<![\w])"  # a word starts
WORD_END = r"(?![\w])"   # a word ends
