"""The class of a checker's result, as a reader sees it: verdict, revision flag, family of the figure's measure.

``track_record`` gives each class its record on blind articles; ``tests/claims_corpus/track_record.py`` counts
the blind verdicts by the same classes. Kept apart from the generated table, so the script that writes the
table can import the classes before the table exists.
"""

from __future__ import annotations

from ustflow.check.results import NOT_PLAIN

#: the family of each ``measure`` a result can carry (qualifiers carry their kind: extreme, streak, ...)
FAMILIES: dict[str, str] = {
    **dict.fromkeys(("holdings_level", "holdings_gap"), "holdings_level"),
    **dict.fromkeys(("holdings_change", "holdings_pct", "holdings_move"), "holdings_change"),
    **dict.fromkeys(("flow", "flow_pct", "tic_prose_flow"), "flow"),
    **dict.fromkeys(("rank", "extreme", "streak", "streak_before", "streak_end", "first_since", "last_since",
                     "run_since", "count_in", "ordinal", "cross", "top", "holdings_peak"), "record"),
    "bop": "bop",
    **dict.fromkeys(("bop_change", "bop_pct"), "bop_change"),
    "intervention": "intervention",
    **dict.fromkeys(("yield_level", "yield_change", "fx_level", "fx_change", "fx_pct"), "market"),
    **dict.fromkeys(("other", "share", "institution"), "other"),
}

#: how a family reads after "on"
FAMILY_NAMES: dict[str, str] = {
    "holdings_level": "a holdings level", "holdings_change": "a change in holdings", "flow": "a flow",
    "record": "a rank, record or streak", "bop": "a balance-of-payments amount",
    "bop_change": "a change in a balance-of-payments item", "intervention": "an intervention",
    "market": "a yield or exchange rate", "other": "a figure of a measure it did not recognise",
}

#: how each verdict group reads
GROUPS: dict[str, str] = {
    "supported": "'supported'",
    "contradicted_revision": "'contradicted' flagged possible_revision",
    "contradicted": "plain 'contradicted'",
    "unverifiable": "'unverifiable'",
}

#: how the holder of a result was found, as its ``subject_source`` says (the weak-class gate's classes split on it)
SUBJECTS: dict[str, str] = {"stated": "holder stated", "inherited": "holder from an earlier sentence", "": "no holder"}


def family(measure: str | None) -> str | None:
    """The family of a result's ``measure``; None for one the table does not know."""
    return FAMILIES.get(measure or "")


def group(verdict: str, flags) -> str:
    """The verdict as a reader sees it: ``contradicted`` split by the ``possible_revision`` flag."""
    if verdict == "contradicted" and "possible_revision" in (flags or ()):
        return "contradicted_revision"
    return verdict


#: flags of a contradiction the weak-class gate leaves alone, and its fit leaves out: not plain, and not the revision
#: the classes split on
LEFT_ALONE = NOT_PLAIN - {"possible_revision"}


def contradiction_class(result: dict) -> tuple[str, str, str]:
    """The weak-class gate's class of a result read as a contradiction (before or after the gate set it aside):
    (verdict group, measure family or "", subject source)."""
    flags = [f for f in result.get("flags") or [] if f != "weak_class"]
    return group("contradicted", flags), family(result.get("measure")) or "", result.get("subject_source") or ""


def weak_name(key: tuple[str, str, str]) -> str:
    """How a (verdict group, family, subject source) class reads: "plain 'contradicted' on a flow (holder stated)"."""
    g, f, s = key
    return f"{GROUPS[g]} on {FAMILY_NAMES[f]} ({SUBJECTS.get(s, s)})"
