"""The alert rules file as one pydantic model (:class:`RulesFile`); the layout is in :mod:`ustflow.alerts.rules`.

Each rule type and channel type is a model of its own, chosen by its ``type`` key (a discriminated
union), so an unknown key, a missing one, a wrong type or a value out of range is refused with the
file, line and key (:mod:`ustflow.tomlmodel` formats the errors). Values keep the type the file gave
them (``below = -20000`` stays an integer): a rule's fingerprint hashes them, and a rules file that
was valid before must keep its rules armed.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, ClassVar, Literal, Optional, Union

from pydantic import Field, field_validator, model_validator

from ustflow.tomlmodel import FileModel as _Strict

Number = Union[int, float]  # as written: an integer stays an integer (fingerprints hash it)
Count = Annotated[int, Field(ge=1)]
Seconds = Annotated[Number, Field(gt=0)]


# ----------------------------------------------------------------------------------------- rules
# One declarative model per rule type (its keys, types and defaults): alike in shape on purpose.
class _Rule(_Strict):
    kind_of: ClassVar[str] = "type"
    id: str = Field(min_length=1, description="A short name, unique in the file")
    title: str = ""
    channels: Optional[list[str]] = None
    enabled: bool = True

    def params(self) -> dict:
        """The keys that define what the rule watches (its fingerprint), with their defaults."""
        return self.model_dump(exclude={"id", "type", "title", "channels", "enabled"})


class _AboveBelow(_Rule):
    above: Optional[Number] = None
    below: Optional[Number] = None

    @model_validator(mode="after")
    def _a_bound(self) -> "_AboveBelow":
        if self.above is None and self.below is None:
            raise ValueError(f"{self.type} needs above and/or below (in the series' unit)")  # type: ignore[attr-defined]
        return self


class Threshold(_AboveBelow):
    type: Literal["threshold"]
    series: str


class Change(_AboveBelow):
    type: Literal["change"]
    series: str
    periods: Count = 1


class WindowRank(_Rule):
    type: Literal["window_rank"]
    series: str
    window: Count = 2
    top: Count = 5
    side: Literal["sell", "buy"] = "sell"
    since: str = "2005-01-01"
    min_windows: Count = 52

    @field_validator("since", mode="before")
    @classmethod
    def _a_date(cls, v: Any) -> Any:
        from ustflow.dates import parse_date
        from ustflow.errors import InvalidArgument

        if isinstance(v, dt.date):
            return v.isoformat()
        try:
            parse_date(v, "since")
        except InvalidArgument:
            raise ValueError(f"expected a date like 2005-01-01, found {v!r}") from None
        return v


class HedgedPickupCross(_Rule):
    type: Literal["hedged_pickup_cross"]
    tenor: Number = 10
    direction: Literal["both", "down", "up"] = "both"
    min_run: Count = 1
    basis: Number = 0.0
    rates: Literal["3m", "overnight"] = "3m"


class NewEvent(_Rule):
    type: Literal["new_event"]
    kind: Literal["fx_intervention"] = "fx_intervention"


class Revision(_Rule):
    type: Literal["revision"]
    series: str
    min_abs: Number = 0.0
    min_share: Number = 0.0


class LevelFallRank(_Rule):
    type: Literal["level_fall_rank"]
    series: str = "fred.wmtsecl1"
    periods: Count = 1
    top: Count = 5
    min_windows: Count = 52


class NetSale(_Rule):
    type: Literal["net_sale"]
    series: str = "boj.bop.bppi6d3naus"
    min_abs: Number = 0.0


RuleModel = Annotated[Union[Threshold, WindowRank, Change, HedgedPickupCross, NewEvent, Revision, LevelFallRank,
                            NetSale], Field(discriminator="type")]
RULE_TYPES: tuple[str, ...] = ("threshold", "window_rank", "change", "hedged_pickup_cross", "new_event", "revision",
                               "level_fall_rank", "net_sale")


# -------------------------------------------------------------------------------------- channels
class _Channel(_Strict):
    kind_of: ClassVar[str] = "channel type"
    retries: Annotated[int, Field(ge=0)] = 2
    backoff: Annotated[Number, Field(ge=0)] = 1.0
    deadline: Seconds = 30

    def options(self) -> dict:
        """The keys the file gave (delivery reads them with its own defaults), ``type`` left out."""
        return self.model_dump(exclude_unset=True, exclude={"type"}, by_alias=True)


class Console(_Channel):
    type: Literal["console"]


class Jsonl(_Channel):
    type: Literal["jsonl"]
    path: str


class Webhook(_Channel):
    type: Literal["webhook"]
    url: str
    secret: Optional[str] = None
    secret_env: Optional[str] = None
    timeout: Optional[Seconds] = None
    headers: Optional[dict[str, str]] = None


class Email(_Channel):
    type: Literal["email"]
    host: str
    from_: str = Field(alias="from")
    to: list[str]
    port: Optional[Annotated[int, Field(ge=1, le=65535)]] = None
    starttls: Optional[bool] = None
    ssl: Optional[bool] = None
    username: Optional[str] = None
    password: Optional[str] = None
    password_env: Optional[str] = None
    cafile: Optional[str] = None
    timeout: Optional[Seconds] = None
    subject_prefix: Optional[str] = None

    @field_validator("to", mode="before")
    @classmethod
    def _one_address(cls, v: Any) -> Any:
        return [v] if isinstance(v, str) else v


ChannelModel = Annotated[Union[Console, Jsonl, Webhook, Email], Field(discriminator="type")]
CHANNEL_TYPES: tuple[str, ...] = ("console", "jsonl", "webhook", "email")


# ------------------------------------------------------------------------------------------ file
class Defaults(_Strict):
    what: ClassVar[str] = "[defaults]"
    channels: list[str] = ["console"]


class RulesFile(_Strict):
    """A whole rules file: ``[defaults]``, ``[channels.<name>]`` and ``[[rules]]``."""

    what: ClassVar[str] = "the rules file (expected [defaults], [channels.<name>] and [[rules]])"
    defaults: Defaults = Defaults()
    channels: dict[str, ChannelModel] = {}
    rules: list[RuleModel] = []
