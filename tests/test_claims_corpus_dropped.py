"""Articles dropped from the claims corpus stay dropped.

``tests/claims_corpus/dropped.csv`` lists every article removed from the corpus (its id, URL, batch, the commit that
dropped it and why: a copy or a translation of a story already in the corpus). Session 29's review of batch 22 found
two pages that session 27's review had dropped from batch 21 written again by a builder; this test refuses an article
whose id or URL is on the list, so a builder learns it at once rather than a reviewer later.
"""

from __future__ import annotations

import csv
import re
import tomllib

from tests.claims_corpus import label

CORPUS = label.HERE

#: re-added pages found when this test was written (session 29), left for a reviewer to settle. The one found then,
#: et-bbj-2008-11-19 (batch 13, the bbj.hu page dropped from batch 8 as a copy of the AFP story
#: afp-2008-11-19-china-largest-holder, written again by a batch-13 builder), was dropped by the batch-23 review
#: (session 30): the same story, the same URL, the same figures but one (the AFP copy's typo for the UK).
KNOWN_BACK: set[str] = set()


def _key(url: str) -> str:
    """A URL without its scheme, 'www.', query-less trailing slash or case: the same page however it was copied."""
    return re.sub(r"^https?://(?:www\.)?", "", url.strip()).rstrip("/").lower()


def _dropped() -> list[dict[str, str]]:
    with open(CORPUS / "dropped.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_the_dropped_list_is_well_formed():
    raw = (CORPUS / "dropped.csv").read_bytes()
    assert b"\r" not in raw, "dropped.csv: every row ends in LF (session 31 left two rows in CRLF)"
    rows = _dropped()
    assert len(rows) >= 9  # c3a60f64 (batch 8), 3a31cf8e (batch 21), c1913102 (batch 22)
    for r in rows:
        assert r["id"] and r["url"].startswith(("http://", "https://")) and re.fullmatch(r"[0-9a-f]{7,40}", r["dropped_in"])
        assert r["why"], r["id"]


def test_no_article_repeats_a_dropped_one():
    gone_ids = {r["id"] for r in _dropped()}
    gone_urls = {_key(r["url"]): r["id"] for r in _dropped()}
    back = []
    for p in sorted((CORPUS / "articles").glob("*.toml")):
        if p.stem in KNOWN_BACK:
            continue
        meta = tomllib.loads(p.read_text(encoding="utf-8"))
        if p.stem in gone_ids:
            back.append(f"{p.name}: its id was dropped before (tests/claims_corpus/dropped.csv)")
        if (k := _key(meta.get("url", ""))) in gone_urls:
            back.append(f"{p.name}: its url is the page dropped as {gone_urls[k]} (tests/claims_corpus/dropped.csv)")
    assert not back, "\n".join(back)


def test_the_known_re_added_pages_are_still_there():
    """When a reviewer settles one (drops it, or keeps it with a reason in dropped.csv), it leaves KNOWN_BACK."""
    for stem in KNOWN_BACK:
        assert (CORPUS / "articles" / f"{stem}.toml").exists(), stem


def test_the_url_key_ignores_scheme_www_and_slash():
    assert _key("https://www.Example.com/a/") == _key("http://example.com/a")
    assert _key("https://example.com/a") != _key("https://example.com/b")
