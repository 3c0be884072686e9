"""The scenario file (``docs/scenarios.md``) as one pydantic model, :class:`ScenarioFile`.

:func:`ustflow.analytics.scenario.parse_scenario` validates a parsed TOML document with it; the
errors name the file, line and key (:mod:`ustflow.tomlmodel`). The names a path may move and their
aliases live here, next to the checks that use them.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal, Optional, Union

from pydantic import Field, field_validator, model_validator

from ustflow.tomlmodel import FileModel

# variable -> (column, unit, description)
VARIABLES: dict[str, tuple[str, str, str]] = {
    "usd_short": ("usd_short_pct", "percent", "USD 3-month rate (T-bill, money-market yield), the dollar leg of the hedge cost"),
    "jpy_short": ("jpy_short_pct", "percent", "JPY 3-month rate (OECD interbank), the yen leg of the hedge cost and "
                  "the BOJ-rate channel"),
    "ust_10y": ("ust_10y_pct", "percent", "10-year US Treasury yield"),
    "jgb_10y": ("jgb_10y_pct", "percent", "10-year JGB yield"),
    "usdjpy": ("usdjpy", "JPY per USD", "USD/JPY (higher = weaker yen)"),
    "hedge_basis": ("hedge_basis_pct", "percentage points", "quoted cross-currency basis (negative = dearer hedge; "
                    "0 in the estimation)"),
}
# Other names a user may write. A Fed funds path moves SOFR by the same change from its own start
# level (EFFR), so the SOFR-EFFR spread of the start month is kept.
ALIASES = {"sofr": "usd_short", "fed_funds": "usd_short", "effr": "usd_short", "boj": "jpy_short",
           "boj_rate": "jpy_short", "jgb_1y": "jpy_short"}
KINDS = ("to", "change", "change_bp", "change_pct", "values")
PATH_KEYS = {*KINDS, "over", "start_month"}
FUNDING = ("treasuries", "deposits")
MAX_MONTHS = 120

Number = Union[int, float]
Months = Annotated[int, Field(ge=1, le=MAX_MONTHS)]


class Head(FileModel):
    what: ClassVar[str] = "[scenario]"
    title: Optional[str] = None
    description: str = ""
    months: Months = 12
    name: Optional[str] = None


class PathSpec(FileModel):
    """One variable's path: exactly one of ``to``, ``change``, ``change_bp``, ``change_pct``, ``values``."""

    what: ClassVar[str] = "a path"
    to: Optional[Number] = None
    change: Optional[Number] = None
    change_bp: Optional[Number] = None
    change_pct: Optional[Number] = None
    values: Optional[Annotated[list[Number], Field(min_length=1)]] = None
    over: Months = 1
    start_month: Months = 1

    @model_validator(mode="after")
    def _one_kind(self) -> "PathSpec":
        kinds = [k for k in KINDS if getattr(self, k) is not None]
        if len(kinds) != 1:
            raise ValueError(f"give exactly one of {', '.join(KINDS)} (got {kinds or 'none'})")
        if kinds == ["values"] and {"over", "start_month"} & self.model_fields_set:
            raise ValueError("'values' gives every month; 'over' and 'start_month' do not apply")
        return self

    @property
    def kind(self) -> str:
        return next(k for k in KINDS if getattr(self, k) is not None)

    def spec(self) -> dict:
        """The dict :func:`ustflow.analytics.scenario.path_levels` reads."""
        if self.kind == "values":
            return {"kind": "values", "values": [float(v) for v in self.values or ()]}
        return {"kind": self.kind, "amount": float(getattr(self, self.kind)), "over": self.over,
                "start_month": self.start_month}


class InterventionSpec(FileModel):
    what: ClassVar[str] = "[[interventions]] (month, amount_jpy_bn, funded_by)"
    month: Months = 1
    amount_jpy_bn: Number = Field(description="JPY bn; + = yen bought, dollars sold")
    funded_by: Literal["treasuries", "deposits"] = "treasuries"


class ScenarioFile(FileModel):
    """A whole scenario file: ``[scenario]``, ``[paths]`` and ``[[interventions]]``, all optional."""

    what: ClassVar[str] = "a scenario (sections [scenario], [paths], [[interventions]])"
    scenario: Head = Head()
    paths: dict[str, PathSpec] = {}
    interventions: list[InterventionSpec] = []

    @field_validator("paths", mode="before")
    @classmethod
    def _bare_numbers(cls, raw: Any) -> Any:
        """``usdjpy = 140`` is ``usdjpy = { to = 140 }``: the level reached in month 1."""
        if not isinstance(raw, dict):
            return raw
        return {k: {"to": v} if isinstance(v, (int, float)) and not isinstance(v, bool) else v for k, v in raw.items()}

    def path_problems(self) -> list[tuple[tuple, str]]:
        """(location, message) for what one path cannot say alone: unknown or repeated variables, a unit
        that does not fit the variable."""
        out: list[tuple[tuple, str]] = []
        seen: dict[str, str] = {}
        for key, spec in self.paths.items():
            loc = ("paths", key)
            if key not in VARIABLES and key not in ALIASES:
                out.append((loc, f"unknown variable; use {', '.join(VARIABLES)} (or {', '.join(ALIASES)})"))
                continue
            target = ALIASES.get(key, key)
            if target in seen:
                out.append((loc, f"{target} is already given by another name ({seen[target]})"))
            seen[target] = key
            if spec.kind == "change_bp" and target == "usdjpy":
                out.append((loc, "change_bp is for yields and rates; for USD/JPY use change_pct or change"))
            if spec.kind == "change_pct" and target != "usdjpy":
                out.append((loc, "change_pct is for USD/JPY; for a rate use change_bp or change (percentage points)"))
        return out
