"""The project's errors: catch at the level you care about.

UstflowError
  FetchError        a download failed (network, HTTP status, size cap)
  ParseError        a file did not have the expected layout (file, line, what was expected)
  StaleSourceError  a source's newest period is older than its cadence allows
  StoreError        the local store could not be read or written
"""

from __future__ import annotations


class UstflowError(Exception):
    """Base class of every error ustflow raises on purpose."""


class FetchError(UstflowError):
    def __init__(self, message: str, *, url: str | None = None, status: int | None = None):
        self.url = url
        self.status = status
        super().__init__(message)

    def __reduce__(self):
        return (self.__class__, (self.args[0],), {"url": self.url, "status": self.status})


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
    pass


class StoreError(UstflowError):
    pass
