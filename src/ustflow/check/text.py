"""Article text: input limits, HTML to plain text, sentences, and the date the article was published.

Rules only (the standard library's ``html.parser`` and regular expressions): articles are short and
the sentence splitter only has to respect the abbreviations wire copy uses ("U.S.", "Nov.", "No.").

Full dates in the forms articles print them (``full_dates``); how the publication date is found from
them, when ``--date`` does not give it, is ``ustflow.check.datelines``.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from html.parser import HTMLParser

from ustflow.check.ja_eras import era_year
from ustflow.check.results import MAX_BYTES
from ustflow.errors import InvalidArgument

#: a Japanese sentence: hiragana or katakana (kanji alone may be a Chinese name or a figure's unit)
KANA = re.compile(r"[\u3040-\u30ff]")
#: any Japanese script: kana or kanji
JA_TEXT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
#: the English months' full names, as a group (the readers of other languages write the months they read in English)
MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_RE = rf"(?:{MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"


def month_number(name: str) -> int:
    """'March', 'Sept.', 'dec' -> 3, 9, 12."""
    return MONTHS[name.rstrip(".").lower()]


WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
               "header", "footer", "blockquote", "title", "time", "ul", "ol", "table"}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "nav"}


@lru_cache(maxsize=512)
def spans(rx: re.Pattern, s: str) -> tuple[tuple[int, int], ...]:
    """Every match of ``rx`` in sentence ``s``, once: the extractor asks the same sentence-wide question for
    each figure of a sentence, and a long run-on sentence scanned anew per figure costs seconds."""
    return tuple(m.span() for m in rx.finditer(s))


def overlaps(span: tuple[int, int], others) -> bool:
    """Whether ``span`` (start, end) shares a character with any of ``others``: (start, end) pairs, or
    objects with ``.span`` (a figure, a qualifier) or ``.span()`` (a ``re.Match``)."""
    a0, a1 = span
    for o in others:
        b0, b1 = o if isinstance(o, tuple) else o.span() if callable(o.span) else o.span
        if b0 < a1 and a0 < b1:
            return True
    return False


@lru_cache(maxsize=256)
def matches(rx: re.Pattern, s: str) -> tuple[re.Match, ...]:
    """Every match of ``rx`` in ``s`` (as ``spans``, with the groups)."""
    return tuple(rx.finditer(s))


# ----------------------------------------------------------------------------- input limits
def max_bytes() -> int:
    """The size limit: ``USTFLOW_CHECK_MAX_BYTES`` if set, else 1 MB."""
    v = os.environ.get("USTFLOW_CHECK_MAX_BYTES")
    if v:
        try:
            return int(v)
        except ValueError:
            raise InvalidArgument(f"USTFLOW_CHECK_MAX_BYTES must be a whole number of bytes, not {v!r}") from None
    return MAX_BYTES


_MAGIC = {b"%PDF": "a PDF", b"PK\x03\x04": "a ZIP (or Word/Excel) file", b"\x89PNG": "a PNG image",
          b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"\x1f\x8b": "a gzip file",
          b"\xd0\xcf\x11\xe0": "an old Office document"}


def decode_article(raw: bytes, name: str = "the article", limit: int | None = None) -> str:
    """UTF-8 text of an article file, or a clear error for an oversized or binary file.

    Checked before any work: the size (``limit`` bytes, default ``max_bytes()``), known binary
    formats by their first bytes, NUL and other control bytes, and invalid UTF-8.
    """
    limit = max_bytes() if limit is None else limit
    if len(raw) > limit:
        raise InvalidArgument(f"{name} is {len(raw):,} bytes, over the {limit:,}-byte limit for an article "
                           f"(set USTFLOW_CHECK_MAX_BYTES or --max-bytes to allow more)")
    for magic, what in _MAGIC.items():
        if raw.startswith(magic):
            raise InvalidArgument(f"{name} is {what}, not text: save the article as plain text or HTML")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        try:
            text = raw.decode("cp1252")  # a Windows text file: still text
        except UnicodeDecodeError:
            raise InvalidArgument(f"{name} is not UTF-8 text (invalid byte at offset {e.start})") from None
    check_text_input(text, name, limit)
    return text


def check_text_input(text: str, name: str = "the article", limit: int | None = None) -> None:
    """Raise ``UstflowError`` for text over the limit or holding binary control characters."""
    limit = max_bytes() if limit is None else limit
    if len(text) > limit or len(text.encode("utf-8", "surrogatepass")) > limit:
        raise InvalidArgument(f"{name} is over the {limit:,}-byte limit for an article "
                           f"(set USTFLOW_CHECK_MAX_BYTES or --max-bytes to allow more)")
    m = re.search(r"[\x00-\x08\x0b\x0e-\x1f\x7f]", text)
    if m:
        line = text.count("\n", 0, m.start()) + 1
        raise InvalidArgument(f"{name} holds a binary control character ({ord(m.group()):#04x}) on line {line}: "
                           f"not a text or HTML article")


# ----------------------------------------------------------------------------- HTML
class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.dates: list[tuple[int, str]] = []  # (rank, value): a page's own published date first, any <time> last

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in _SKIP_TAGS:
            self.skip += 1
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
        # machine-readable publication dates: <meta property=article:published_time>, <time itemprop=datePublished>;
        # any other <time datetime=...> last (a page's sidebar dates other stories)
        if tag == "time" and a.get("datetime"):
            own = (a.get("itemprop") or "").lower() == "datepublished" or "pubdate" in a or \
                "publish" in (a.get("class") or "").lower()
            self.dates.append((0 if own else 2, a["datetime"]))
        if tag == "meta" and (a.get("property") or a.get("name") or a.get("itemprop") or "").lower() in (
                "article:published_time", "date", "pubdate", "publishdate", "dc.date", "og:published_time",
                "datepublished", "sailthru.date", "parsely-pub-date"):
            if a.get("content"):
                self.dates.append((0, a["content"]))

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
    # JSON-LD (<script type="application/ld+json">, skipped as text): "datePublished": "2025-04-10T08:13:00Z"
    ld = [(1, m.group(1)) for m in re.finditer(r'"datePublished"\s*:\s*"([^"]{8,40})"', html)]
    dates = [d for _, d in sorted(p.dates + ld, key=lambda x: x[0])]  # stable: document order within a rank
    return text.strip(), dates


def normalize(text: str) -> str:
    """NFKC (full-width digits and yen signs to ASCII), one kind of dash and apostrophe kept as written."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"(?<=[A-Za-z])([’'])\s+s\b", r"\1s", text)  # "February’ s 6.2362 trillion": a possessive
    text = re.sub(r"\\(['\"’])", r"\1", text)  # "from May\'s USD 346.8 billion": a quote a scraper escaped
    # a Japanese line wrap a scraper turned into a space inside a figure: "9568 億ドル", "1兆1740億ド ル"
    text = re.sub(r"(?<=\d) (?=[億兆]\d*(?:億|万)?\s?(?:ド\s?ル|円))|(?<=[億兆万]ド) (?=ル)", "", text)
    return text.replace("\u00a0", " ").replace("\u2212", "-")



# ----------------------------------------------------------------------------- sentences
@dataclass(frozen=True)
class Sentence:
    text: str
    paragraph: int  # claims carry context (subject, period) within a paragraph only
    index: int


# Abbreviations whose full stop does not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:U\.S|U\.K|U\.N|E\.U|Mr|Ms|Mrs|Dr|Inc|Corp|Co|Ltd|No|vs|St|approx|est|e\.g|i\.e|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.|"
    r"\d\s(?-i:[BT])\.|\d\s?(?:tril|bil|mil)\.)$", re.I)  # a wire headline's scale: "Japan Spends 5.5 T. Yen on Forex
# Intervention", "Japan Logs ¥8 Tril. Current Account Surplus in Jan.-June"


def split_sentences(text: str) -> list[Sentence]:
    """Paragraphs on blank lines, sentences on . ! ? followed by space and a capital or quote."""
    out: list[Sentence] = []
    # metadata lines (a byline, "Published: ...") are not prose and become their own paragraph
    text = re.sub(r"(?im)^(\s*(?:published|updated|date|posted|dated|by)\b[^\n]*)$", r"\n\1\n", text)
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    for pi, block in enumerate(paras):
        lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
        if len(lines) >= 2 and all(_LABEL_LINE.match(ln) for ln in lines):
            # "対内株式投資:5128億円の資本流出超" / "Stocks: -48.9" one a line: each line its own statement
            out += [Sentence(ln, pi, len(out) + i) for i, ln in enumerate(lines)]
            continue
        if pi == 0 and len(lines) >= 2 and _JA_HEADLINE.fullmatch(lines[0]):
            # a Japanese headline on its own line ("9月の為替介入規模、約2兆8000億円 過去最大規模"), no 。 at its end,
            # is a statement of its own: the lede's day ("財務省は30日、…") is not its period
            out.append(Sentence(lines[0], pi, len(out)))
            block = "\n".join(lines[1:])
        _split_paragraph(re.sub(r"\s+", " ", block).strip(), pi, out)
    return out


#: a line of a "label: value" list (a data note's items, one a line); a tenor may begin the label ("10Y yield: 2.41%",
#: "2-year: 4.1%"), not a time ("10:30")
_LABEL_LINE = re.compile(r"^(?:\d{1,2}[- ]?(?:Y|yr|year|M|month|W|week)\b)?[^:：。.!?\d]{1,30}[:：]\s*[-+▲△]?\s*[\d$¥€]",
                         re.I)


#: a Japanese headline line: short, with Japanese words, ending on a noun, a figure or a verb's stem written in kanji
#: ("…過去最大規模", "…と発表", "…ともに縮小"), never on a particle or a comma (a wrapped line of prose: "…損益を", "…によると、")
_JA_HEADLINE = re.compile(r"(?=[^。]*[\u3040-\u30ff\u4e00-\u9fff])[^。]{4,70}[\u30a0-\u30ff\u4e00-\u9fff\d]")


def _split_paragraph(para: str, pi: int, out: list[Sentence]) -> None:
    """The sentences of one paragraph, appended to ``out``."""
    start = 0
    # (a full stop a page lost the space after, "... in a year or less.Japan, the second-largest ...": a sentence ends
    # there too, after a word or a figure, before a capitalised word)
    for m in re.finditer(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9¥$])|。\s*|(?:(?<=[%\d])|(?<=[a-z]{2}))\.(?=[A-Z][a-z])", para):
        cand = para[start:m.start() + 1]
        # the tail only: abbreviations are short, and a sentence that runs on through many "U.S." must not
        # be searched again from its start at each one (quadratic on a long paragraph)
        if _ABBREV.search(cand.rstrip("\"”’)")[-16:]):
            continue
        out.append(Sentence(cand.strip(), pi, len(out)))
        start = m.end()
    tail = para[start:].strip()
    if tail:
        out.append(Sentence(tail, pi, len(out)))


# ----------------------------------------------------------------------------- dates
_ISO = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")  # "2025-04-10T08:13:00Z" too
#: a month's name as written or in capitals ("PUBLISHED THU, MAY 16 2024 6:05 AM EDT", a page's header in caps)
MONTH_ANY_CASE_RE = rf"(?:{MONTH_RE}|{MONTH_RE.upper()})"
_LONG = re.compile(rf"\b({MONTH_ANY_CASE_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})\b")
_LONG_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_ANY_CASE_RE}),?\s+((?:19|20)\d{{2}})\b")
#: "2025/04/10", "2025.4.10", "2025-4-10" (year first: never ambiguous)
_NUM_YMD = re.compile(r"(?<![\d./-])((?:19|20)\d{2})([/.-])(\d{1,2})\2(\d{1,2})(?![\d./-]*\d)")
#: "08/27/2019", "27.08.2019": day and month told apart only when one of them is over 12
_NUM_DMY = re.compile(r"(?<![\d./-])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2})(?![\d./-]*\d)")
#: Japanese era dates: 令和 (Reiwa) 1 = 2019, 平成 (Heisei) 1 = 1989; 元年 is year 1 (``ja_eras.ERAS``)
_JA_ERA_DATE = re.compile(r"(令和|平成)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def _mk(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


_JA_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def full_dates(text: str) -> list[tuple[int, date]]:
    """Every full date in ``text`` (ISO, 'April 10, 2025', '10 April 2025', '2025年4月10日') with its position."""
    return [(a, d) for a, _, d in full_date_spans(text)]


def full_date_spans(text: str) -> list[tuple[int, int, date]]:
    """``full_dates`` with where each date's words end."""
    out = []
    for rx, ymd in ((_ISO, (1, 2, 3)), (_LONG, (3, 1, 2)), (_LONG_DMY, (3, 2, 1)), (_JA_DATE, (1, 2, 3)),
                    (_NUM_YMD, (1, 3, 4))):
        for m in rx.finditer(text):
            y, mo, dy = (m.group(i) for i in ymd)
            if rx is _NUM_YMD and m.group(2) == "-" and len(mo) == 2 and len(dy) == 2:
                continue  # ISO, read above
            d = _mk(int(y), int(mo) if mo.isdigit() else month_number(mo), int(dy))
            if d:
                out.append((m.start(), m.end(), d))
    for m in _JA_ERA_DATE.finditer(text):  # "令和7年4月10日", "平成29年5月16日"
        y = era_year(m.group(1), m.group(2))
        d = _mk(y, int(m.group(3)), int(m.group(4)))
        if d:
            out.append((m.start(), m.end(), d))
    for m in _NUM_DMY.finditer(text):
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if (a > 12) == (b > 12):
            continue  # "10/04/2025": 10 April or October 4 — not guessed
        d = _mk(y, b, a) if a > 12 else _mk(y, a, b)
        if d:
            out.append((m.start(), m.end(), d))
    return sorted(out)


def parse_full_date(text: str) -> date | None:
    """The first full date in ``text``."""
    got = full_dates(text)
    return got[0][1] if got else None

