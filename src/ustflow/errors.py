"""The project's errors: catch at the level you care about.

    UstflowError            anything ustflow raises on purpose
      InvalidArgument       a caller's value is malformed or out of range (also a ValueError)
        ChartParamError     ... a chart parameter in particular
      NotFoundError         a well-formed name or file that does not exist (also a LookupError)
        NoDataError         ... the store holds nothing for the request (not loaded, or not known at as_of)
      FetchError            a download failed (network, HTTP status, size cap)
      DeliveryError         an alert could not be delivered (webhook, SMTP)
      ParseError            a file is not laid out as expected (file, line, what was expected, found)
      StaleSourceError      a source's newest period is older than its release cadence allows (sources(require_fresh=True))
      StoreError            the local store cannot be read or written

    try:
        ustflow.series("tic.holdings.japn")
    except ustflow.NotFoundError as e:   # or LookupError, or UstflowError
        ...

What each class means to a caller outside Python is decided here and nowhere else: ``http_status``
gives the dashboard's status code and ``exit_code`` the command line's exit status (the nearest class
in the error's MRO that ``STATUS`` lists wins). Raise the most specific class that is true; a bare
``UstflowError`` is a 500 and exit 1, the "unclassified" answer.
"""

from __future__ import annotations

__all__ = [
    "UstflowError", "InvalidArgument", "ChartParamError", "NotFoundError", "NoDataError", "FetchError", "DeliveryError",
    "ParseError", "StaleSourceError", "StoreError", "STATUS", "http_status", "exit_code",
]


class UstflowError(Exception):
    """Base class of every error ustflow raises on purpose."""


class InvalidArgument(UstflowError, ValueError):
    """A value given by the caller is malformed or out of range: a bad date, an unknown choice, a
    negative window, an invalid rules or scenario file. Fix the request; nothing is wrong with the data."""


class ChartParamError(InvalidArgument):
    """A chart parameter is missing, malformed or out of range (the dashboard answers 422)."""


class NotFoundError(UstflowError, LookupError):
    """A well-formed name that does not exist: an unknown series, country, source, preset, rule or file."""


class NoDataError(NotFoundError):
    """The store holds nothing for this request: the source is not loaded yet (run ``ustflow update``),
    or nothing was known at the ``as_of`` date, or no period satisfies the request."""


class FetchError(UstflowError):
    """A download failed: ``url`` and the HTTP ``status`` (None when no response came back)."""

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None):
        self.url = url
        self.status = status
        super().__init__(message)

    def __reduce__(self):
        return (self.__class__, (self.args[0],), {"url": self.url, "status": self.status})


class DeliveryError(UstflowError):
    """An alert could not be delivered to a channel (the webhook or SMTP server failed or refused)."""


class ParseError(UstflowError):
    """A file is not laid out as its parser expects.

    ``file`` names the file, ``line`` is 1-based (None when the problem is the file as a whole),
    ``expected`` says what the parser was looking for, ``found`` what it saw instead.
    """

    def __init__(self, file: str, line: int | None, expected: str, found: str | None = None):
        self.file = file
        self.line = line
        self.expected = expected
        self.found = found
        where = f"{file}, line {line}" if line is not None else file
        msg = f"{where}: expected {expected}"
        if found is not None:
            shown = found if len(found) <= 80 else found[:77] + "..."
            msg += f"; found {shown!r}"
        super().__init__(msg)

    def __reduce__(self):  # picklable across the parse worker processes
        return (self.__class__, (self.file, self.line, self.expected, self.found))


class StaleSourceError(UstflowError):
    """Sources whose newest period is older than their release cadence allows (``sources``: their ids)."""

    def __init__(self, message: str, *, sources: tuple[str, ...] = ()):
        self.sources = tuple(sources)
        super().__init__(message)

    def __reduce__(self):
        return (self.__class__, (self.args[0],), {"sources": self.sources})


class StoreError(UstflowError):
    """The local store is missing, unreadable, of an older layout, or could not be written."""


# class -> (HTTP status, exit code). Exit 2 is the caller's mistake (click uses 2 for a bad option);
# 1 is a failure of the data, the network or the store; 3 says "nothing loaded for that: update".
STATUS: dict[type[UstflowError], tuple[int, int]] = {
    UstflowError: (500, 1),
    InvalidArgument: (422, 2),
    NotFoundError: (404, 2),
    NoDataError: (404, 3),
    FetchError: (502, 1),
    DeliveryError: (502, 1),
    ParseError: (500, 1),
    StaleSourceError: (503, 1),
    StoreError: (503, 1),
}


def _lookup(exc: BaseException) -> tuple[int, int]:
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return STATUS[UstflowError]


def http_status(exc: BaseException) -> int:
    """The dashboard's status code for an error (500 for anything not a ``UstflowError``)."""
    return _lookup(exc)[0]


def exit_code(exc: BaseException) -> int:
    """The command line's exit status for an error (1 for anything not a ``UstflowError``)."""
    return _lookup(exc)[1]
