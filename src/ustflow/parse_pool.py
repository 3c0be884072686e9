"""Parsing the downloads of an update: each file parsed and validated (``parse``), in two forked worker processes
for a big batch (``parsed_stream``), which archive each file and hand their results over through files
(``handover``), while the updating process opens the store. ``load`` stores what they yield.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path
from typing import Callable, NamedTuple

from ustflow import archive
from ustflow.archive import RawFile
from ustflow.errors import ParseError, UstflowError
from ustflow.file_vintage import latest_known
from ustflow.handover import Shipped, ship, shipping, unship, worker_init
from ustflow.registry import Source


class Download(NamedTuple):
    """A file fetched (or imported) for a source, not yet parsed."""

    source: Source
    raw: RawFile


def parse(source: Source, raw: RawFile):
    """The file parsed and validated (``validate.check``), its series ids as categories; a parser's bug is a
    ParseError of that file."""
    name = raw.file_name
    try:
        from ustflow import validate

        parsed = source.parse_function()(raw.content, name)
        known, known_as = latest_known(raw, parsed.release_date)
        parsed = validate.check(parsed, name, source=source, vintage=known, vintage_label=known_as)
        ids = parsed.observations["series_id"]
        if ids.dtype != "category":  # in the worker: the store reads codes, not a string per value
            parsed.observations = parsed.observations.assign(series_id=ids.astype("category"))
        return parsed
    except UstflowError:
        raise
    except Exception as e:  # a parser bug must not take the other sources down
        raise ParseError(name, None, f"a parsable {source.file}", f"{type(e).__name__}: {e}") from e


# The downloads of each parse in progress and the folder for its results, by key: forked workers
# read them from inherited memory.
JOBS: dict[int, tuple[list[Download], str, Path | None]] = {}
_job_keys = itertools.count()


def parse_job(key: int, index: int):
    """Runs in a worker process: archives the file, then returns the Parsed result (its arrays in a
    file: ``handover``), or the UstflowError it raised."""
    downloads, folder, raw_dir = JOBS[key]
    d = downloads[index]
    if raw_dir is not None:
        archive.archive(d.raw, raw_dir)
    try:
        parsed = parse(d.source, d.raw)
    except UstflowError as e:
        return e
    try:
        return ship(parsed, folder)
    except OSError:  # no room for it in the folder: through the executor's pipe (pickled), as before
        return parsed


PARALLEL_MIN_BYTES = 2_000_000  # below this, worker start-up costs more than it saves


def parsed_stream(downloads: list[Download], while_parsing: Callable[[], None] = lambda: None,
                   all_parsed: Callable[[], None] = lambda: None, archive_to: Path | None = None,
                   futures_out: list | None = None):
    """Yield (download, Parsed | UstflowError) as parses finish; big batches use both cores.

    Workers are forked (pandas already imported, nothing else open) before the store is opened.
    ``while_parsing()`` runs once the workers have started (first, without workers), before the
    first result is yielded; ``all_parsed()`` once no worker is parsing any more (the results still
    to be yielded are all waiting). ``archive_to``: each file is archived there before it is parsed
    (by the worker that parses it: the updating process, the critical path, keeps none of that work).
    ``futures_out`` gets the workers' futures: those done and not yet yielded are results waiting.
    """
    total = sum(len(d.raw.content) for d in downloads)
    workers = min(2, os.cpu_count() or 1)
    if workers < 2 or total < PARALLEL_MIN_BYTES or len(downloads) < 3:
        while_parsing()
        for d in downloads:
            if archive_to is not None:
                archive.archive(d.raw, archive_to)
            try:
                yield d, parse(d.source, d.raw)
            except UstflowError as e:
                yield d, e
        all_parsed()
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    # imported once here, inherited by the forked workers (else each worker imports them again)
    import pandas  # noqa: F401

    import ustflow.validate.boj
    import ustflow.validate.mof
    import ustflow.validate.tic  # noqa: F401

    order = sorted(downloads, key=lambda d: -len(d.raw.content))
    for d in order:
        d.source.parse_function()  # imports the parser's module
    import gc

    # what is already imported stays out of the collections while the workers parse: none of the
    # collections of the workers copies its pages, nor do this process's traverse it for every file
    gc.freeze()
    key = next(_job_keys)
    try:
        fork = multiprocessing.get_context("fork")
        with shipping() as folder, ProcessPoolExecutor(workers, fork, initializer=worker_init) as pool:
            JOBS[key] = (order, folder, archive_to)  # before the workers are forked: no file is pickled
            futures = {pool.submit(parse_job, key, i): d for i, d in enumerate(order)}
            if futures_out is not None:
                futures_out.extend(futures)
            while_parsing()
            parsing = True
            for fut in as_completed(futures):
                if parsing and all(f.done() for f in futures):
                    parsing = False
                    all_parsed()
                d = futures[fut]
                try:
                    result = fut.result()
                    if isinstance(result, Shipped):
                        result = unship(result)
                except Exception:  # the worker died (a crash, a kill, no memory): not the file's fault
                    if archive_to is not None:
                        archive.archive(d.raw, archive_to)
                    try:
                        result = parse(d.source, d.raw)  # parsed here instead
                    except UstflowError as e:
                        result = e
                yield d, result
    finally:
        JOBS.pop(key, None)
        gc.unfreeze()  # a process that updates again and again (watch, serve) collects them as before
