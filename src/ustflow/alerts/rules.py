"""Alert rules and channels from a TOML file (``tomllib``), validated with messages naming the rule.

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

# type -> (required keys, optional keys with defaults)
RULE_TYPES: dict[str, tuple[set, dict]] = {
    "threshold": ({"series"}, {"above": None, "below": None}),
    "window_rank": ({"series"}, {"window": 2, "top": 5, "side": "sell", "since": "2005-01-01", "min_windows": 52}),
    "change": ({"series"}, {"periods": 1, "above": None, "below": None}),
    "hedged_pickup_cross": (set(), {"tenor": 10, "direction": "both", "min_run": 1, "basis": 0.0, "rates": "3m"}),
    "new_event": (set(), {"kind": "fx_intervention"}),
    "revision": ({"series"}, {"min_abs": 0.0, "min_share": 0.0}),
    # official sector and Japan (custody falls, BoP net sales)
    "level_fall_rank": (set(), {"series": "fred.wmtsecl1", "periods": 1, "top": 5, "min_windows": 52}),
    "net_sale": (set(), {"series": "boj.bop.bppi6d3naus", "min_abs": 0.0}),
}
COMMON = {"id", "type", "title", "channels", "enabled"}
CHANNEL_TYPES: dict[str, tuple[set, set]] = {
    "console": (set(), set()),
    "jsonl": ({"path"}, set()),
    "webhook": ({"url"}, {"secret", "secret_env", "timeout", "headers"}),
    "email": ({"host", "from", "to"}, {"port", "starttls", "ssl", "username", "password", "password_env",
                                        "cafile", "timeout", "subject_prefix"}),
}
CHANNEL_COMMON = {"type", "retries", "backoff", "deadline"}


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


def load_rules(path: str | Path) -> RuleSet:
    """Read and validate a rules file; raises ``InvalidArgument`` (``NotFoundError`` for a missing file) naming the file, rule and key."""
    import tomllib

    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NotFoundError(f"no rules file at {p}") from None
    except tomllib.TOMLDecodeError as e:
        raise InvalidArgument(f"{p}: not valid TOML: {e}") from None
    return parse_rules(data, str(p))


def parse_rules(data: dict, where: str = "rules") -> RuleSet:
    unknown = set(data) - {"defaults", "channels", "rules"}
    if unknown:
        raise InvalidArgument(f"{where}: unknown top-level keys {sorted(unknown)}; expected [defaults], "
                           f"[channels.<name>] and [[rules]]")
    channels: dict[str, ChannelConfig] = {}
    for name, opts in (data.get("channels") or {}).items():
        if not isinstance(opts, dict) or "type" not in opts:
            raise InvalidArgument(f"{where}: channel {name!r} needs a type ({', '.join(CHANNEL_TYPES)})")
        ctype = opts["type"]
        if ctype not in CHANNEL_TYPES:
            raise InvalidArgument(f"{where}: channel {name!r}: unknown type {ctype!r}; known: {', '.join(CHANNEL_TYPES)}")
        req, opt = CHANNEL_TYPES[ctype]
        missing = req - set(opts)
        if missing:
            raise InvalidArgument(f"{where}: channel {name!r} ({ctype}) lacks {', '.join(sorted(missing))}")
        extra = set(opts) - req - opt - CHANNEL_COMMON
        if extra:
            raise InvalidArgument(f"{where}: channel {name!r} ({ctype}): unknown keys {sorted(extra)}")
        for key, least in (("deadline", 0.0), ("timeout", 0.0), ("backoff", None)):
            v = opts.get(key, 1.0)
            if isinstance(v, bool) or not isinstance(v, (int, float)) or v < 0 or (least is not None and v <= least):
                raise InvalidArgument(f"{where}: channel {name!r}: {key} must be a number of seconds "
                                      f"{'above 0' if least is not None else '(0 or more)'}, not {v!r}")
        if ctype == "email" and isinstance(opts["to"], str):
            opts = {**opts, "to": [opts["to"]]}
        channels[name] = ChannelConfig(name, ctype, {k: v for k, v in opts.items() if k != "type"})
    if "console" not in channels:
        channels["console"] = ChannelConfig("console", "console", {})
    default_channels = tuple((data.get("defaults") or {}).get("channels", ["console"]))
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, raw in enumerate(data.get("rules") or [], 1):
        rid = raw.get("id")
        label = f"{where}: rule #{i}" + (f" ({rid!r})" if rid else "")
        if not rid or not isinstance(rid, str):
            raise InvalidArgument(f"{label}: needs an id (a short name, unique in the file)")
        if rid in seen:
            raise InvalidArgument(f"{label}: duplicate id")
        seen.add(rid)
        rtype = raw.get("type")
        if rtype not in RULE_TYPES:
            raise InvalidArgument(f"{label}: unknown type {rtype!r}; known: {', '.join(RULE_TYPES)}")
        req, opt = RULE_TYPES[rtype]
        missing = req - set(raw)
        if missing:
            raise InvalidArgument(f"{label}: {rtype} needs {', '.join(sorted(missing))}")
        extra = set(raw) - req - set(opt) - COMMON
        if extra:
            raise InvalidArgument(f"{label}: unknown keys {sorted(extra)} for type {rtype}; "
                               f"allowed: {', '.join(sorted(req | set(opt)))}")
        if raw.get("enabled", True) is False:
            continue
        params = {k: raw[k] for k in req}
        params.update({k: raw.get(k, d) for k, d in opt.items()})
        _check_params(label, rtype, params)
        chans = tuple(raw.get("channels", default_channels))
        bad = [c for c in chans if c not in channels]
        if bad:
            raise InvalidArgument(f"{label}: unknown channels {bad}; defined: {', '.join(channels)}")
        rules.append(Rule(rid, rtype, params, chans, raw.get("title", "")))
    return RuleSet(tuple(rules), channels, where)


def _check_params(label: str, rtype: str, p: dict) -> None:
    def num(key, kind=float, minimum=None):
        v = p.get(key)
        if v is None:
            return
        if isinstance(v, bool) or not isinstance(v, (int, float)) or (kind is int and not isinstance(v, int)):
            raise InvalidArgument(f"{label}: {key} must be {'an integer' if kind is int else 'a number'}, got {v!r}")
        if minimum is not None and v < minimum:
            raise InvalidArgument(f"{label}: {key} must be >= {minimum}, got {v}")

    if rtype in ("threshold", "change") and p.get("above") is None and p.get("below") is None:
        raise InvalidArgument(f"{label}: {rtype} needs above and/or below (in the series' unit)")
    for k in ("above", "below", "min_abs", "min_share", "basis", "tenor"):
        num(k)
    for k in ("window", "top", "periods", "min_run", "min_windows"):
        num(k, int, 1)
    if p.get("side") not in (None, "sell", "buy"):
        raise InvalidArgument(f"{label}: side must be 'sell' or 'buy', got {p['side']!r}")
    if p.get("rates") not in (None, "3m", "overnight"):
        raise InvalidArgument(f"{label}: rates must be '3m' or 'overnight', got {p['rates']!r}")
    if p.get("direction") not in (None, "both", "up", "down"):
        raise InvalidArgument(f"{label}: direction must be 'both', 'up' or 'down', got {p['direction']!r}")
    if "since" in p:
        try:
            import pandas as pd

            pd.Timestamp(str(p["since"]))
        except ValueError:
            raise InvalidArgument(f"{label}: since must be a date like 2005-01-01, got {p['since']!r}") from None
