"""Options shared by many commands. Dates go through ``ustflow.dates`` (one parser, one message):

    start: Optional[str] = date_option("--start", "First period (YYYY-MM-DD or YYYY-MM).")

gives the command the date as typed, checked and zero-padded, or stops with
``Invalid value for '--start': '2025-13' is not a date: there is no month 13 ...`` (exit 2).
"""

from __future__ import annotations

from typing import Any, Callable

import typer

AS_OF_HELP = "What was known on this date (YYYY-MM-DD)."


def _parser(kind: Callable[[Any, str], str], name: str) -> Callable[[str], str]:
    def parse(value: str) -> str:
        from ustflow.errors import InvalidArgument

        try:
            return kind(value, name)
        except InvalidArgument as e:  # click's own error: "Invalid value for '--x': ...", exit 2
            msg = str(e)
            raise typer.BadParameter(msg.removeprefix(f"{name}: ")) from None
    return parse


def date_option(flag: str, help: str = "", *, default: str | None = None, month: bool = False, **kw) -> Any:
    """A ``YYYY-MM-DD``/``YYYY-MM`` option (``month=True``: ``YYYY-MM``) checked by ``ustflow.dates``."""
    from ustflow import dates

    name = flag.lstrip("-").replace("-", "_")
    kind = dates.parse_month if month else dates.normalize
    return typer.Option(default, flag, help=help, metavar="YYYY-MM" if month else "YYYY-MM[-DD]",
                        parser=_parser(kind, name), **kw)


def quarter_option(flag: str, help: str = "") -> Any:
    """A quarter option: ``YYYYQn``, or any date or month in it (checked by ``ustflow.dates``)."""
    from ustflow import dates

    def kind(value: Any, name: str) -> str:
        y, q = dates.parse_quarter(value, name)
        return f"{y}Q{q}"
    return typer.Option(None, flag, help=help, metavar="YYYYQn", parser=_parser(kind, flag.lstrip("-").replace("-", "_")))


def as_of_option(help: str = AS_OF_HELP) -> Any:
    return date_option("--as-of", help)
