"""A text rewritten step by step that remembers, for every character, the words of the original it came from.

The readers of the languages the checker's grammar does not speak (``chinese``, ``korean``, ``european``) rewrite
an article into forms the grammar reads ("减持美债113亿美元" -> "米国債113億ドル減らした", "2,72 billones de yenes" ->
"2.72 trillion yen"), and every claim the checker then finds is quoted back in the article's own words. ``Rewrite``
is that one mechanism::

    r = Rewrite("中国6月减持美债113亿美元")
    r.sub(r"减持(美债)([\\d.]+亿美元)", [1, 2, "減らした"])    # groups keep their own origin; new words the match's
    r.text                                                   # '中国6月美债113亿美元減らした'
    r.quote("美债113亿美元減らした")                           # '减持美债113亿美元'

``origin[i]`` is the (start, end) of the original behind ``text[i]``. ``sub`` replaces every match of a pattern;
``quote`` (a part of the rewritten text), ``source`` (a slice of it) and ``restore`` (the checker's records) give the
original back.

The semantics, chosen once (the three copies this replaces differed on each point):

- **New words stand for the whole match.** Characters a replacement writes get, each, the span of everything the
  match covered, from its first original character to its last (the *min* of the starts and the *max* of the ends,
  not the first character's start and the last one's end): after an earlier step has moved words (Chinese puts the
  amount before the verb), the first and last characters of a match need not be its leftmost and rightmost origins,
  and first/last could then name a span too short or an empty, inverted one.
- **Copied words keep their own origin.** A group a replacement copies (an ``int`` piece, or ``\\1`` / ``\\g<name>``
  in a template string) keeps its characters' own origins, so a figure moved across a verb is still quoted as
  itself. A replacement equal to the match leaves the match's origins as they were (nothing was rewritten), which
  makes an identity substitution restore the original exactly. A group that did not take part in the match copies
  nothing (as ``re`` expands it: to "").
- **A zero-width match is replaced** (an insertion: "insert の here" is a rewrite like any other); what it writes
  gets an empty span at that point of the original (the start of the character after it; at the end of the text,
  the end of the one before), so an inserted word never widens a quote beyond the words around it. A quote that
  consists of inserted words only has no original behind it and is returned as read.
- **A callable returning None declines the match**: the match is left as it is, with its origins. (A pattern
  cannot always say what the callable can see: "not after 'U.S. '".)
- **In place.** ``sub`` rewrites the object (and returns it): a reading is built by one reader through a series of
  steps that nobody needs the intermediate of, and the European tables pass one reading through many functions.
  While a ``sub`` runs, ``text`` is still the text its matches index (a callable may look around its match in it);
  the rewritten text replaces it when every match is done.
- **Quotes are of the original, stripped.** ``quote`` and ``source`` return the original's characters from the
  smallest to the largest origin of the part quoted (so a span may take in words between, if steps moved words
  across each other: the quote then covers all the words that made the part), less surrounding white space (a
  pattern that took a space with its word must not put the space into a quote). ``span`` gives the bare range.
- **A quote is looked for near its sentence.** ``restore`` finds each record's sentence from where the record
  before found its own (the records come in the text's order: a sentence the text repeats, a headline and its
  lead, is quoted at its own place), and the record's figure within that sentence first, then after it, then
  anywhere; what the rewritten text does not hold is left as the checker wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

Span = tuple[int, int]
#: a piece of a replacement: an ``int`` copies that group of the match (with its own origins), a ``str`` is new text
Piece = int | str
Result = str | Sequence[Piece] | None
#: a template string (``\\1``, ``\\g<name>``, ``re``'s escapes), a list of pieces, or a function of the match giving
#: text (a string it returns is text, not a template), pieces, or None (leave the match as it is)
Replacement = str | Sequence[Piece] | Callable[[re.Match[str]], Result]

_GROUP_REF = re.compile(r"\\(?:g<([^>]*)>|(\d\d?))|\\.", re.S)


@lru_cache(maxsize=4096)
def _template(template: str) -> tuple[Piece, ...]:
    """A template string split into pieces: its group references as ``int`` / name, the text between as ``str``
    (its escapes, ``\\n``..., expanded as ``re`` expands them)."""
    pieces: list[Piece] = []
    last = 0
    for m in _GROUP_REF.finditer(template):
        if m.group(1) is None and m.group(2) is None:
            continue  # another escape: part of the text
        if m.start() > last:
            pieces.append(_unescaped(template[last:m.start()]))
        ref = m.group(1) if m.group(1) is not None else m.group(2)
        pieces.append(int(ref) if ref.isdigit() else _Name(ref))
        last = m.end()
    if last < len(template):
        pieces.append(_unescaped(template[last:]))
    return tuple(pieces)


def _unescaped(text: str) -> str:
    """A template's text between its group references with ``re``'s escapes (``\\n``...) expanded."""
    m = re.match("", "")
    assert m is not None
    return m.expand(text)


class _Name(str):
    """A named group's reference in a template (a ``str`` piece is new text; this one is a group)."""


class Rewrite:
    """The rewritten ``text`` of ``original`` and, per character of it, the span of the original it came from."""

    __slots__ = ("origin", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        self.text = original
        self.origin: list[Span] = [(i, i + 1) for i in range(len(original))]

    def __repr__(self) -> str:
        return f"Rewrite({self.text!r} from {self.original!r})"

    # ------------------------------------------------------------------------------------------------ rewriting
    def sub(self, pattern: str | re.Pattern[str], repl: Replacement, flags: int = 0) -> Rewrite:
        """Replace every match of ``pattern`` in ``text`` by ``repl`` (a template, pieces, or a function of the match
        giving either or None), carrying the origins along as the module's docstring says; ``self``."""
        rx = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
        text, origin = self.text, self.origin
        out: list[str] = []
        got: list[Span] = []
        pos = 0
        for m in rx.finditer(text):
            pieces = repl(m) if callable(repl) else repl
            if pieces is None:
                continue
            start, end = m.span()
            out.append(text[pos:start])
            got += origin[pos:start]
            pos = end
            if isinstance(pieces, str) and not callable(repl):
                pieces = _template(pieces)
            elif isinstance(pieces, str):
                pieces = (pieces,)
            new, new_origin = self._pieces(m, pieces)
            if new == m.group(0):  # nothing rewritten: the characters keep their own origins
                new_origin = origin[start:end]
            out.append(new)
            got += new_origin
        if pos == 0 and not out:
            return self
        out.append(text[pos:])
        got += origin[pos:]
        self.text, self.origin = "".join(out), got
        return self

    def _pieces(self, m: re.Match[str], pieces: Iterable[Piece]) -> tuple[str, list[Span]]:
        """The text a match's replacement writes and its origins."""
        start, end = m.span()
        whole = self.span(start, end) if end > start else self._point(start)
        text: list[str] = []
        origin: list[Span] = []
        for p in pieces:
            if isinstance(p, int) or isinstance(p, _Name):
                g = m.group(p)
                if g:
                    a, b = m.span(p)
                    text.append(g)
                    origin += self.origin[a:b]
            elif p:
                text.append(p)
                origin += [whole] * len(p)
        return "".join(text), origin

    def _point(self, i: int) -> Span:
        """The empty span of the original at position ``i`` of ``text`` (between two characters)."""
        if i < len(self.origin):
            a = self.origin[i][0]
        elif self.origin:
            a = self.origin[-1][1]
        else:
            a = len(self.original)
        return (a, a)

    @classmethod
    def join(cls, parts: Sequence[Rewrite]) -> Rewrite:
        """The rewrites of consecutive parts of one text as the rewrite of that text."""
        r = cls("".join(p.original for p in parts))
        r.text = "".join(p.text for p in parts)
        r.origin = []
        at = 0
        for p in parts:
            r.origin += [(a + at, b + at) for a, b in p.origin]
            at += len(p.original)
        return r

    # ------------------------------------------------------------------------------------------- back to the original
    def span(self, start: int, end: int) -> Span:
        """The range of the original behind ``text[start:end]`` (non-empty): smallest start to largest end."""
        part = self.origin[start:end]
        return min(a for a, _ in part), max(b for _, b in part)

    def source(self, start: int, end: int) -> str:
        """The original words behind ``text[start:end]``, stripped; ``text[start:end]`` itself when they are none (an
        empty slice, or one of inserted words only)."""
        if not 0 <= start < end <= len(self.origin):
            return self.text[start:end]
        a, b = self.span(start, end)
        got = self.original[a:b].strip()
        return got if got else self.text[start:end]

    def find(self, s: str, near: int = 0, end: int | None = None) -> int:
        """Where ``s`` stands in ``text``: its first place within ``text[near:end]``, else its first place after
        ``near``, else its first place at all; -1 when it is nowhere. In each of those ranges a place where ``s`` stands
        whole comes first: a figure is not found inside a longer number ("20億ドル" inside "1兆1120億ドル": a digit, a
        decimal mark or a digit group's comma before a leading digit, or a digit after a trailing one, makes the place a
        part of another number); a part of a longer number is taken only when no whole place is there."""
        for a, b in ((near, end), (near, None), (0, None)):
            stop = len(self.text) if b is None else b
            i = self.text.find(s, a, stop)
            first = i
            while i >= 0 and not self._whole(i, s):
                i = self.text.find(s, i + 1, stop)
            if i >= 0 or first >= 0:
                return i if i >= 0 else first
        return -1

    def _whole(self, i: int, s: str) -> bool:
        """Whether ``s`` at ``i`` in ``text`` is not the tail or head of a longer number."""
        before = self.text[i - 1] if i > 0 else ""
        after = self.text[i + len(s)] if i + len(s) < len(self.text) else ""
        if s[:1].isdigit() and (before.isdigit() or before in ".,兆億万"):
            return False
        return not (s[-1:].isdigit() and after.isdigit())

    def quote(self, s: str, near: int = 0, end: int | None = None) -> str:
        """``s`` (a part of ``text``; found as ``find`` does) in the original's words; ``s`` itself when it is not
        found."""
        if not s:
            return s
        i = self.find(s, near, end)
        return self.source(i, i + len(s)) if i >= 0 else s

    def restore(self, records: list[dict[str, Any]], fields: Sequence[str] = ("claim",),
                explanation: bool = False) -> list[dict[str, Any]]:
        """The checker's records with their quotes in the original's words: the sentence (``text``), found from where
        the record before found its own (the records are in the text's order); each of ``fields`` (the figure ...)
        within that sentence first; with ``explanation``, what the explanation quotes between single quotes. A
        quote the rewritten text does not hold is left as it is."""
        pos = 0
        for rec in records:
            sent = rec.get("text") or ""
            at = self.find(sent, pos) if sent else -1
            if at >= 0:
                pos = at
            near, end = (at, at + len(sent)) if at >= 0 else (0, None)
            for f in fields:
                if rec.get(f):
                    rec[f] = self.quote(rec[f], near, end)
            if explanation and rec.get("explanation"):
                def quoted(m: re.Match[str], a: int = near, b: int | None = end) -> str:
                    return f"'{self.quote(m.group(1), a, b)}'"

                rec["explanation"] = re.sub(r"'([^']{2,200})'", quoted, rec["explanation"])
            if at >= 0:
                rec["text"] = self.source(at, at + len(sent))
        return records
