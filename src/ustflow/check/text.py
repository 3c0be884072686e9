"""Article text: HTML to plain text, paragraphs and sentences, and the article's own date.

Rules only (the standard library's ``html.parser`` and regular expressions): articles are short and
the sentence splitter only has to respect the abbreviations wire copy uses ("U.S.", "Nov.", "No.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
            r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")

_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
               "header", "footer", "blockquote", "title", "time", "ul", "ol", "table"}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "nav"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.dates: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in _SKIP_TAGS:
            self.skip += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
        # machine-readable publication dates: <time datetime=...>, <meta property=article:published_time>
        if tag == "time" and a.get("datetime"):
            self.dates.append(a["datetime"])
        if tag == "meta" and (a.get("property") or a.get("name") or "").lower() in (
                "article:published_time", "date", "pubdate", "publishdate", "dc.date", "og:published_time"):
            if a.get("content"):
                self.dates.append(a["content"])

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS and self.skip:
            self.skip -= 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<\s*(html|body|p|div|article|h1|span|meta)\b", text[:5000], re.I))


def html_to_text(html: str) -> tuple[str, list[str]]:
    """Visible text with blank lines between blocks, and any machine-readable dates found."""
    p = _TextExtractor()
    p.feed(html)
    p.close()
    text = "".join(p.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r"\n\s*\n\s*", "\n\n", text)
    return text.strip(), p.dates


@dataclass(frozen=True)
class Sentence:
    text: str
    paragraph: int  # claims carry context (subject, period) within a paragraph only
    index: int


# Abbreviations whose full stop does not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:U\.S|U\.K|U\.N|E\.U|Mr|Ms|Mrs|Dr|Inc|Corp|Co|Ltd|No|vs|St|approx|est|e\.g|i\.e|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)$", re.I)


def split_sentences(text: str) -> list[Sentence]:
    """Paragraphs on blank lines, sentences on . ! ? followed by space and a capital or quote."""
    out: list[Sentence] = []
    # metadata lines (a byline, "Published: ...") are not prose and become their own paragraph
    text = re.sub(r"(?im)^(\s*(?:published|updated|date|posted|dated|by)\b[^\n]*)$", r"\n\1\n", text)
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    for pi, para in enumerate(paras):
        para = re.sub(r"\s+", " ", para).strip()
        start = 0
        for m in re.finditer(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9¥$])", para):
            cand = para[start:m.start() + 1]
            if _ABBREV.search(cand.rstrip("\"”’)")):
                continue
            out.append(Sentence(cand.strip(), pi, len(out)))
            start = m.end()
        tail = para[start:].strip()
        if tail:
            out.append(Sentence(tail, pi, len(out)))
    return out


_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_LONG = re.compile(rf"\b({MONTH_RE})\s+(\d{{1,2}}),?\s+(\d{{4}})\b")
_LONG_DMY = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_RE})\s+(\d{{4}})\b")
_DATELINE = re.compile(r"^(?:published|updated|date|posted|dated)\s*:?\s*(.+)$", re.I)


def parse_full_date(text: str) -> date | None:
    """The first full date (ISO, 'April 10, 2025' or '10 April 2025') in ``text``."""
    best = None
    for rx, order in ((_ISO, "ymd"), (_LONG, "mdy"), (_LONG_DMY, "dmy")):
        m = rx.search(text)
        if not m:
            continue
        try:
            if order == "ymd":
                d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            elif order == "mdy":
                d = date(int(m.group(3)), MONTHS[m.group(1).rstrip(".").lower()], int(m.group(2)))
            else:
                d = date(int(m.group(3)), MONTHS[m.group(2).rstrip(".").lower()], int(m.group(1)))
        except ValueError:
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), d)
    return best[1] if best else None


def article_date(text: str, html_dates: list[str] | None = None) -> date | None:
    """The date the article states for itself: a machine-readable HTML date, a 'Published:' line,
    or a full date in its first two lines (a dateline)."""
    for d in html_dates or []:
        got = parse_full_date(d)
        if got:
            return got
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for ln in lines[:8]:
        m = _DATELINE.match(ln)
        if m:
            got = parse_full_date(m.group(1))
            if got:
                return got
    for ln in lines[:2]:
        # a headline can quote a past date ("... in the week to Nov 2, 2024"), so only a short line
        # that is mostly a date counts, or a wire dateline "TOKYO, April 10, 2025 (Reuters) -"
        got = parse_full_date(ln)
        if got and (len(ln) <= 40 or re.search(r"\((?:Reuters|Bloomberg|AP|Kyodo|Nikkei|AFP)\)", ln)):
            return got
    return None
