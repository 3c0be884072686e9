"""The text ``check.european`` reads, with where each of its characters came from, and the one rewrite it is made by.

``Reading`` holds the read text and, for every character of it, the (start, end) of the original text it came from;
``Reading.restore`` gives the checker's results back the article's own sentence and figure. ``substitute`` replaces
every match of a pattern and carries those origins along; ``replace_words`` applies a list of (pattern, replacement)
rules in order; ``WORD_START`` and ``WORD_END`` are the word edges the rules' patterns are written with (the other
``european_*`` modules import them as ``_sub``, ``_words``, ``_B`` and ``_E``, the short names their tables use).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Reading:
    """The read text; ``origin[i]`` = the (start, end) of the original text character ``i`` came from."""
    original: str
    text: str
    origin: list[tuple[int, int]]
    language: str

    def source(self, start: int, end: int) -> str:
        """The original words behind ``text[start:end]``."""
        if start >= end or end > len(self.origin):
            return self.text[start:end]
        a = min(self.origin[i][0] for i in range(start, end))
        b = max(self.origin[i][1] for i in range(start, end))
        return self.original[a:b].strip()

    def restore(self, results: list[dict]) -> list[dict]:
        """Each result with its sentence and figure in the article's own words (found where the read text has
        them; a result that quotes words the read text does not hold keeps them)."""
        pos = 0
        for r in results:
            sent = r.get("text") or ""
            at = self.text.find(sent, pos) if sent else -1
            if at < 0 and sent:
                at = self.text.find(sent)
            if at < 0:
                continue
            pos = at
            claim = r.get("claim") or ""
            c = self.text.find(claim, at, at + len(sent)) if claim else -1
            if c >= 0:
                r["claim"] = self.source(c, c + len(claim))
            r["text"] = self.source(at, at + len(sent))
        return results


def substitute(reading: Reading, rx: re.Pattern, repl) -> None:
    """Replace every match of ``rx`` in the read text (``repl``: a string with \\1-style groups, or a function of
    the match); the new characters come from the whole original span of what they replace."""
    out, origin, last = [], [], 0
    text = reading.text
    for m in rx.finditer(text):
        new = repl(m) if callable(repl) else m.expand(repl)
        if new is None:
            continue
        out.append(text[last:m.start()])
        origin.extend(reading.origin[last:m.start()])
        if new:
            if m.end() > m.start():
                span = (min(o[0] for o in reading.origin[m.start():m.end()]),
                        max(o[1] for o in reading.origin[m.start():m.end()]))
            else:
                span = reading.origin[m.start()] if m.start() < len(text) else reading.origin[-1]
            # keep the characters the replacement copies through a group pointing at their own origin where it can
            if m.lastindex and not callable(repl) and new == m.group(0):
                origin.extend(reading.origin[m.start():m.end()])
            else:
                origin.extend([span] * len(new))
        out.append(new)
        last = m.end()
    out.append(text[last:])
    origin.extend(reading.origin[last:])
    reading.text = "".join(out)
    reading.origin = origin


def replace_words(r: Reading, rules: list[tuple[str, str]], flags=re.I) -> None:
    """Apply each (pattern, replacement) rule in order, as ``substitute`` does one."""
    for pat, repl in rules:
        substitute(r, re.compile(pat, flags), repl)


WORD_START = r"(?<![\w])"  # a word starts
WORD_END = r"(?![\w])"   # a word ends
