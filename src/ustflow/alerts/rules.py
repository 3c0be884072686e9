"""Alert rules and channels from a TOML file, checked by one pydantic model (:mod:`ustflow.alerts.schema`).

Errors name the file, line, rule and key, what was expected and what was found
(``alerts.toml, line 66: rules #2 ('mof-2w-ltdebt-sale-top5').window: expected a number >= 1, found 0``).

Layout (see ``examples/alerts.toml`` for a commented example of every rule type and channel)::

    [defaults]
    channels = ["console", "log"]        # used by rules that name none

    [channels.log]                        # a channel: [channels.<name>] with a type
    type = "jsonl"
    path = "alerts.jsonl"                 # relative paths are under $USTFLOW_HOME

    [[rules]]
    id = "mof-2w-ltdebt-sale-top5"
    type = "window_rank"
    series = "mof.weekly.assets.lt_debt.net"
    window = 2
    top = 5

Rule types and their keys (units are the series' own, e.g. JPY 100mn for MoF, USD bn for TIC
holdings; ``ustflow series --search`` shows them):

- ``threshold``: ``series``, ``above`` and/or ``below``.
- ``window_rank``: ``series``, ``window`` (periods, 2), ``top`` (5), ``side`` ('sell' | 'buy'),
  ``since`` ('2005-01-01'), ``min_windows`` (52: a window compared with fewer earlier windows never
  qualifies, so a replay does not fire on the first weeks of the data).
- ``change``: ``series``, ``periods`` (1), ``above`` and/or ``below`` (e.g. Japan's holdings down
  more than $20 bn on the month: ``series = "tic.holdings.japan"``, ``below = -20``).
- ``hedged_pickup_cross``: ``tenor`` (10), ``direction`` ('both' | 'down' | 'up'), ``min_run``
  (observations the new sign must last, 1), ``basis`` (the quoted USD/JPY cross-currency basis in
  percentage points, 0; a quoted -0.30 makes hedging dearer), ``rates`` ('3m', the default, or
  'overnight' for the SOFR - JGB 1y proxy; see ``ustflow hedge``).
- ``new_event``: ``kind`` ('fx_intervention').
- ``revision``: ``series``, ``min_abs`` (in the series' unit), ``min_share`` (0.0 = any).
- ``level_fall_rank``: a fall of a level over ``periods`` (1) in the ``top`` (5) falls since the series
  began, point in time; ``series`` ('fred.wmtsecl1': foreign official custody at the New York Fed,
  weekly, USD mn face value), ``min_windows`` (52).
- ``net_sale``: a net sale (negative net purchases) larger than ``min_abs`` (0 = any) in ``series``
  ('boj.bop.bppi6d3naus': Japanese residents' net purchases of US sovereign long-term bonds, BoP,
  JPY 100mn), with its rank among the sales so far.

Every rule may also have ``title``, ``channels`` (names), and ``enabled = false``.
Channel types: ``console``; ``jsonl`` (``path``); ``webhook`` (``url``, ``secret`` or ``secret_env``,
``timeout``, ``headers``); ``email`` (``host``, ``port``, ``starttls``, ``ssl``, ``username``,
``password`` or ``password_env``, ``from``, ``to``, ``cafile``, ``timeout``). Every channel takes
``retries`` (2), ``backoff`` (seconds, 1.0, doubled per retry, capped at 30) and ``deadline`` (seconds,
30: all attempts on the channel together; past it the delivery is pending and retried by the next run).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from ustflow.errors import InvalidArgument, NotFoundError


@dataclass(frozen=True)
class Rule:
    id: str
    type: str
    params: dict
    channels: tuple[str, ...]
    title: str = ""

    @property
    def fingerprint(self) -> str:
        """Changes when the rule's meaning changes (a re-defined rule is re-armed, not re-fired)."""
        blob = json.dumps({"type": self.type, **self.params}, sort_keys=True, default=str)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]

    def describe(self) -> str:
        args = ", ".join(f"{k}={v}" for k, v in self.params.items() if v is not None)
        return self.title or f"{self.type}({args})"


@dataclass(frozen=True)
class ChannelConfig:
    name: str
    type: str
    options: dict = field(default_factory=dict)

    @property
    def retries(self) -> int:
        return int(self.options.get("retries", 2))

    @property
    def backoff(self) -> float:
        return float(self.options.get("backoff", 1.0))


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    channels: dict[str, ChannelConfig]
    path: str = ""

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise NotFoundError(f"{self.path}: no rule {rule_id!r}; rules: {', '.join(r.id for r in self.rules)}")


def as_ruleset(rules: "RuleSet | str | Path", rule: str | None = None) -> RuleSet:
    """``rules`` as a :class:`RuleSet` (a path is loaded with :func:`load_rules`); only rule ``rule`` when given."""
    rs = rules if isinstance(rules, RuleSet) else load_rules(rules)
    return RuleSet((rs.rule(rule),), rs.channels, rs.path) if rule else rs


def load_rules(path: str | Path) -> RuleSet:
    """Read and validate a rules file; ``InvalidArgument`` (``NotFoundError`` for a missing file) names the
    file, line, rule and key, what was expected and what was found."""
    from ustflow import tomlmodel

    data, text = tomlmodel.read(path, "rules")
    return parse_rules(data, str(path), text)


def parse_rules(data: dict, where: str = "rules", text: str = "") -> RuleSet:
    """A :class:`RuleSet` from a parsed rules document, checked by :class:`ustflow.alerts.schema.RulesFile`.

    ``where`` names the file in messages; ``text`` (the file's TOML) lets them give line numbers.
    Rules with ``enabled = false`` are checked but left out.
    """
    from ustflow import tomlmodel
    from ustflow.alerts.schema import RulesFile

    doc = tomlmodel.validate(RulesFile, data, where, text)
    channels = {name: ChannelConfig(name, ch.type, ch.options()) for name, ch in doc.channels.items()}
    channels.setdefault("console", ChannelConfig("console", "console", {}))
    rules: list[Rule] = []
    seen: dict[str, int] = {}
    for i, r in enumerate(doc.rules):
        if r.id in seen:
            raise InvalidArgument(tomlmodel.problem(where, text, data, ("rules", i, "id"),
                                                    f"duplicate id (rules #{seen[r.id] + 1} has it too)"))
        seen[r.id] = i
        chans = tuple(doc.defaults.channels if r.channels is None else r.channels)
        bad = [c for c in chans if c not in channels]
        if bad:
            key = ("rules", i, "channels") if r.channels is not None else ("defaults", "channels")
            raise InvalidArgument(tomlmodel.problem(where, text, data, key,
                                                    f"unknown channels {bad}; defined: {', '.join(channels)}"))
        if r.enabled:
            rules.append(Rule(r.id, r.type, r.params(), chans, r.title))
    return RuleSet(tuple(rules), channels, where)
