"""The English words of records, superlatives and look-backs, by concept (issue 13, session 39): the tables the
qualifier grammar (``qualifiers``, ``qualifier_refs``) builds its patterns from. One table per concept, each entry a
plain word of the language with what it means, so that a form the corpus has not used yet reads as its concept does
(and so do the European readers' rewrites into English):

- ``SUPERLATIVES``: the superlative adjective, the end of the scale it names ("max" / "min") and whether it ranks a
  size (a move, a deficit: ``magnitude``) rather than a level's height. (Left out, as they raised true claims called
  contradicted on the validation half: widest, quickest, heftiest, slimmest, thinnest; branch vocabEN-below-bar.)
- ``LOOKBACK_MODS``: the hedge before a look-back's count and which way it bends ("more than a decade": over,
  "nearly two years": under, "some 24 years": about).
- ``SPAN_HIGHS``: the span of a high or low named by a word with no count ("a decade low", "a multi-year high", "a
  quarter-century low"): months and mode.
- ``NOT_SEEN_WORDS``: a level not seen since ("levels last seen in 2008"; "unseen", "unmatched": vocabEN-below-bar).
- ``RECORD_ADJECTIVES`` / ``AMOUNT_NOUNS``: a record named by an adjective before the figure or a noun of amount ("an
  unprecedented $X", "an unprecedented amount of Italian bonds"; not "unprecedented easing").
"""

from __future__ import annotations

#: superlative -> (extreme, magnitude)
SUPERLATIVES: dict[str, tuple[str, bool]] = {
    "largest": ("max", True), "biggest": ("max", True), "greatest": ("max", True), "heaviest": ("max", True),
    "steepest": ("max", True), "sharpest": ("max", True), "deepest": ("max", True), "fastest": ("max", True),
    "strongest": ("max", True), "most": ("max", True),
    "highest": ("max", False), "best": ("max", False),
    "lowest": ("min", False), "smallest": ("min", False), "narrowest": ("min", False), "least": ("min", False),
    "weakest": ("min", False), "slowest": ("min", False), "worst": ("min", False),
}
#: the words the grammar reads as a low end besides the superlatives ("a record low")
LOW_WORDS = tuple(w for w, (e, _) in SUPERLATIVES.items() if e == "min") + ("low",)
#: the words that rank a size besides the superlatives ("a record", "an all-time ...")
MAGNITUDE_WORDS = tuple(w for w, (_, mag) in SUPERLATIVES.items() if mag) + ("record", "all-time")


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first (so "most" does not stop "mostly" short: callers add \\b)."""
    return "|".join(sorted(words, key=len, reverse=True))


#: hedge before a look-back's count -> mode ("over": at least that far back; "under": nearly that far)
LOOKBACK_MODS: dict[str, str] = {
    "at least": "over", "more than": "over", "over": "over", "well over": "over", "just over": "over",
    "upwards of": "over", "in excess of": "over",
    "almost": "under", "nearly": "under", "just under": "under", "close to": "under", "not quite": "under",
    "about": "about", "roughly": "about", "some": "about", "around": "about", "approximately": "about",
}
#: counts that are fractions of a unit ("a quarter century", "half a century")
FRACTION_COUNTS: dict[str, float] = {"a half": 0.5, "half a": 0.5, "a quarter": 0.25, "a quarter of a": 0.25,
                                     "quarter of a": 0.25, "three quarters of a": 0.75}
#: a look-back's unit in months
UNIT_MONTHS: dict[str, int] = {"year": 12, "yr": 12, "decade": 120, "month": 1, "century": 1200}
#: the span of a high (low) named by a word without a count -> (count, unit, mode)
SPAN_HIGHS: dict[str, tuple[int, str, str]] = {
    "decade": (120, "month", "about"), "multi-year": (24, "month", "over"), "multiyear": (24, "month", "over"),
    "multi-decade": (240, "month", "over"), "multidecade": (240, "month", "over"),
    "multi-month": (2, "month", "over"), "multimonth": (2, "month", "over"), "multi-week": (2, "week", "over"),
    "quarter-century": (300, "month", "about"), "quarter century": (300, "month", "about"),
    "half-century": (600, "month", "about"), "half century": (600, "month", "about"),
    "century": (1200, "month", "about"), "generational": (240, "month", "over"),
}
#: a level not seen since: "levels unseen since June 2003", "a high unmatched since 2008"
NOT_SEEN_WORDS = ("not seen", "last seen", "not reached", "last reached", "not hit", "last hit", "not recorded",
                  "last recorded", "not touched", "last touched")
#: a record named by an adjective, before the figure or a noun of amount: "an unprecedented $X", "a lifetime high"
RECORD_ADJECTIVES = ("unprecedented", "record-breaking", "record-setting")
#: the nouns of amount such an adjective may qualify ("an unprecedented amount of Italian bonds")
AMOUNT_NOUNS = ("amount", "amounts", "level", "levels", "sum", "sums", "volume", "volumes", "pace", "scale", "total",
                "figure", "high", "low", "peak", "surplus", "deficit", "inflow", "inflows", "outflow", "outflows",
                "purchase", "purchases", "sale", "sales", "net purchases", "net sales", "buying", "selling")
