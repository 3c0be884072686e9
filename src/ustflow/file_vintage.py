"""When a downloaded file's data became known: its vintage, and the date no period of it may pass.

A file's vintage is the publisher's release date where the file states one, else a date in an archived
file's name (``mfhhis01_2026-03-18.txt``), else what the download tells us (an HTTP Last-Modified,
checked against the file's newest period, or the fetch time). Each answer comes with why it was
chosen, which ``update`` and ``import`` report.
"""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from ustflow.errors import InvalidArgument

if TYPE_CHECKING:
    from ustflow.archive import RawFile


def vintage_of(raw: RawFile, release_date, newest=None) -> tuple[datetime, str]:
    """The publisher's release date if the file states one, else what the download tells us; and why.

    A Last-Modified header is only the server's word (a CDN or a cache copy sets it as it likes): when
    the file holds a period after it (``newest``, the file's newest period), it is not when the data
    became known, and the fetch time is the vintage instead.
    """
    if release_date is not None:
        return datetime(release_date.year, release_date.month, release_date.day), "release date stated in the file"
    if raw.vintage_hint:
        return datetime.fromisoformat(raw.vintage_hint), raw.vintage_basis or "date in the file name"
    if raw.last_modified:
        try:
            modified = parsedate_to_datetime(raw.last_modified).replace(tzinfo=None)
        except (TypeError, ValueError):
            modified = None
        if modified is not None:
            if newest is None or newest.date() <= modified.date():
                return modified, "HTTP Last-Modified"
            return raw.fetched_at, (f"fetch time (the HTTP Last-Modified, {modified:%Y-%m-%d}, is older than "
                                    f"the file's newest period, {newest:%Y-%m-%d})")
    return raw.fetched_at, "fetch time (the file states no date)"


def latest_known(raw: RawFile, release_date) -> tuple[datetime, str]:
    """The date no period of the file may pass (by more than one period): rule future_period.

    A date the publisher states (in the file, or in an archived file's name) is its release. Anything
    else (a Last-Modified header, set by servers and caches as they like) proves nothing about the
    data: such a file is judged against the time it was fetched, which no release can follow (a
    Last-Modified after it is a wrong clock, and must not let a year 2099 through).
    """
    if release_date is not None or raw.vintage_hint:
        vintage, _ = vintage_of(raw, release_date)
        return vintage, "the file's vintage"
    return raw.fetched_at, "the time it was fetched"


# An archived download is named as the publisher names it plus the vintage: ``mfhhis01_2026-03-18.txt``
# (a day), ``mfhhis01_2026-03.txt`` (a month), or a coverage start and the vintage
# ``DEXJPUS_2020-08-24_2025-08-22.csv`` (the vintage is the last date).
_DATE_IN_NAME = re.compile(r"_(?:vintage_)?(\d{4}-\d{2}(?:-\d{2})?)(?:_(\d{4}-\d{2}(?:-\d{2})?))?\.[A-Za-z0-9]+$")


def vintage_from_name(name: str) -> tuple[str | None, str | None]:
    """(ISO date, how it was read) from an archived file's name; (None, None) when it has no date.

    A month (``_2026-03``) is dated its last day: the file was out by then, and an as-of read must
    never see it before it could have been known.
    """
    import calendar as cal

    m = _DATE_IN_NAME.search(name)
    if not m:
        return None, None
    text = m.group(2) or m.group(1)
    try:
        if len(text) == 7:
            y, mo = int(text[:4]), int(text[5:])
            day = datetime(y, mo, cal.monthrange(y, mo)[1])
            return day.date().isoformat(), (f"month in the file name ({text}), dated its last day so an as-of "
                                            "read never sees it early")
        return datetime.strptime(text, "%Y-%m-%d").date().isoformat(), f"date in the file name ({text})"
    except ValueError:
        raise InvalidArgument(f"{name}: {text!r} in the file name is not a date (expected _YYYY-MM-DD or _YYYY-MM "
                           "before the extension)") from None
