"""The names ``check.european``'s tables rewrite with: the reading (``check.rewrite``'s ``Rewrite``, the one mechanism
all the language readers use), a rewrite applied to it, a list of rules applied in order, and the word edges.

``Reading`` is ``rewrite.Rewrite``; ``substitute(r, rx, repl)`` is ``r.sub(rx, repl)`` and ``replace_words`` applies a
list of (pattern, replacement) rules in order; ``WORD_START`` and ``WORD_END`` are the word edges the rules' patterns
are written with (the other ``european_*`` modules import them as ``_sub``, ``_words``, ``_B`` and ``_E``, the short
names their tables use).
"""

from __future__ import annotations

import re

from ustflow.check.rewrite import Replacement, Rewrite

Reading = Rewrite


def substitute(reading: Rewrite, rx: re.Pattern, repl: Replacement) -> None:
    """``reading.sub(rx, repl)``: every match of ``rx`` replaced, the origins carried along (``check.rewrite``)."""
    reading.sub(rx, repl)


def replace_words(r: Rewrite, rules: list[tuple[str, str]], flags=re.I) -> None:
    """Apply each (pattern, replacement) rule in order, as ``substitute`` does one."""
    for pat, repl in rules:
        r.sub(re.compile(pat, flags), repl)


WORD_START = r"(?<![\w])"  # a word starts
WORD_END = r"(?![\w])"   # a word ends
