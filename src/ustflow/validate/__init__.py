"""Every check a parsed file must pass before it may enter the store: the rules, in one place.

A parser checks layout (columns, headers, numbers); this checks meaning. Each rule is listed with
what it checks, where it applies and why in ``validate.rules.RULES`` (and in RELIABILITY.md). A
file that breaks a rule is rejected whole: its source fails with a ``ParseError`` naming the file,
the line and the rule, nothing of it is stored, and the other sources still load. One impossible
value usually means the layout moved under the parser, so the rest of the file is not trusted either.

``check`` runs on every parsed file (in the parse workers); ``check_revisions`` runs inside the
store's transaction, where the source's previous vintage is known.

Modules: ``rules`` (the list), ``basic`` (units, ranges, periods, revisions), ``tic`` (countries and
totals), ``mof`` (acquisition - disposition = net), ``boj`` (the same identity in Japan's BoP).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from ustflow.parse._base import Parsed
from ustflow.validate import basic
from ustflow.validate.rules import RULES, Rule

if TYPE_CHECKING:
    from ustflow.registry import Source
    from ustflow.store import FileLoad

__all__ = ["RULES", "Rule", "check", "check_revisions"]


def check(parsed: Parsed, name: str, source: "Source | None" = None, vintage: datetime | None = None,
          vintage_label: str = "the file's vintage") -> Parsed:
    """Raise ParseError (file, line, rule) if the file breaks a rule; else return it unchanged.

    ``source`` selects the publisher's rules (TIC, MoF); ``vintage`` bounds its periods: the release
    date the file or its archived name states, else the time it was fetched (``file_vintage.latest_known``),
    named in the message by ``vintage_label``.
    """
    basic.check_series(parsed, name)
    obs = parsed.observations
    if obs.empty:
        return parsed
    per = basic.describe(basic.summary(obs), parsed.series)
    basic.check_ranges(parsed, name, per)
    if vintage is not None:
        basic.check_periods(parsed, name, vintage, per, vintage_label)
    module = source.parser.split(":")[0] if source is not None else ""
    if module in ("tic_mfh", "tic_slt"):
        from ustflow.validate import tic

        tic.check(parsed, name, module)
    elif module == "mof_its":
        from ustflow.validate import mof

        mof.check_net(parsed, name)
    elif module == "boj" and source is not None and source.id == "boj_bop_monthly":
        from ustflow.validate import boj

        boj.check_net(parsed, name)
    return parsed


def check_revisions(item: "FileLoad") -> None:
    """Raise ParseError if a value moved implausibly against the source's previous vintage."""
    basic.check_revisions(item.revisions, item.parsed, item.raw.file_name)
