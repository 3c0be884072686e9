"""What an update reports: a result per source (``SourceResult``: loaded, unchanged, not modified, failed or skipped,
with its file, vintage, rows and revisions) and the run's report (``UpdateReport``: its one-line summary, which says
whether it waited for another update, and its JSON form). ``load`` fills them in.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

LOADED_BY_OTHER = "already loaded by another update running at the same time"


@dataclass
class SourceResult:
    source_id: str
    outcome: str  # loaded | unchanged | not_modified | failed | skipped
    rows_added: int = 0
    message: str = ""
    vintage: str | None = None
    vintage_basis: str | None = None  # where the vintage came from: the file, its name, HTTP, the fetch time
    release_date: str | None = None
    newest_period: str | None = None
    file: str | None = None
    load_id: int | None = None
    seconds: float = 0.0
    revisions: int = 0  # values that changed from the previous vintage
    large_revisions: list = field(default_factory=list)  # those moving by more than load.REVISION_SHARE


@dataclass
class UpdateReport:
    results: list[SourceResult] = field(default_factory=list)
    seconds: float = 0.0
    waited: str = ""  # "waited 1.2 s for another update (pid 4242, ...)" when the store was busy
    notes: list[str] = field(default_factory=list)  # e.g. a damaged store set aside and rebuilt

    @property
    def failed(self) -> list[SourceResult]:
        return [r for r in self.results if r.outcome == "failed"]

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def rows_added(self) -> int:
        return sum(r.rows_added for r in self.results)

    @property
    def nothing_new(self) -> bool:
        return self.ok and not any(r.outcome == "loaded" for r in self.results)

    def summary(self) -> str:
        """One line that says what happened, including a wait for another update."""
        loaded = [r for r in self.results if r.outcome == "loaded"]
        by_other = sum(1 for r in self.results if r.message == LOADED_BY_OTHER)
        if self.nothing_new:
            n = len(self.results)
            text = f"Nothing new ({n} source{'s' if n != 1 else ''} checked in {self.seconds:.2f} s"
            text += f"; {by_other} new files were loaded by another update running at the same time)" if by_other \
                else ")"
        else:
            files = f"{len(loaded)} file" + ("s" if len(loaded) != 1 else "")
            text = f"Loaded {self.rows_added:,} new values from {files} in {self.seconds:.2f} s"
            if self.failed:
                text += f"; {len(self.failed)} failed"
        return text + (f"; {self.waited}" if self.waited else "")

    def to_dict(self) -> dict:
        return {"ok": self.ok, "summary": self.summary(), "nothing_new": self.nothing_new,
                "rows_added": self.rows_added, "seconds": round(self.seconds, 3), "waited": self.waited,
                "notes": self.notes, "results": [asdict(r) for r in self.results]}
