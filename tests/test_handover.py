"""Parse workers hand their results over through a mapped file (``ustflow.handover``), not a pipe."""

from __future__ import annotations

import os

import numpy as np
import pandas as pd

from tests.conftest import MIRROR
from ustflow import registry
from ustflow.fetch import fetch_mirror
from ustflow.handover import ship, shipping, unship
from ustflow.parse_pool import parse


def _parsed(source_id: str):
    source = registry.get(source_id)
    return parse(source, fetch_mirror(source, MIRROR).raw)


def test_a_parsed_file_comes_back_whole_on_mapped_memory_and_leaves_no_file():
    """Categorical and string ids, datetimes, floats, the series table and the meta survive the trip;
    the arrays can be written (a private mapping); the file is gone once mapped, the folder at the end."""
    with shipping() as folder:
        for sid in ("boj_bop_regional_quarterly", "mof_its_weekly"):
            parsed = _parsed(sid)
            s = ship(parsed, folder)
            fixed = parsed.observations[["period", "value", "line"]].memory_usage(index=False).sum()
            assert sum(n for _, n in s.spans) >= fixed  # every array is out of the pickle, dates too
            back = unship(s)
            assert not os.listdir(folder)
            pd.testing.assert_frame_equal(back.observations, parsed.observations)
            pd.testing.assert_frame_equal(back.series, parsed.series)
            assert (back.release_date, back.meta) == (parsed.release_date, parsed.meta)
            assert back.observations["value"].to_numpy().ctypes.data % 64 == 0
            back.observations.iloc[0, back.observations.columns.get_loc("value")] = np.nan  # a private mapping
            assert np.isnan(back.observations["value"].iloc[0]) and not np.isnan(parsed.observations["value"].iloc[0])
        leftover = ship(parsed, folder)  # never mapped (e.g. the update failed before reading it)
    assert not os.path.exists(leftover.path) and not os.path.exists(folder)


def test_a_result_that_finds_no_room_goes_through_the_pipe(tmp_path, monkeypatch):
    """A worker that cannot write its result (a container's small /dev/shm is full: here a file size
    limit, a real write error) returns it to be pickled through the pipe, as before, and leaves no
    partial file."""
    import resource
    import signal

    from ustflow import parse_pool

    folder = tmp_path / "full"
    folder.mkdir()
    source = registry.get("fred_dgs10")
    monkeypatch.setitem(parse_pool.JOBS, -1, ([parse_pool.Download(source, fetch_mirror(source, MIRROR).raw)], str(folder), None))
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
    resource.setrlimit(resource.RLIMIT_FSIZE, (50_000, limits[1]))
    try:
        result = parse_pool.parse_job(-1, 0)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, handler)
    assert not os.listdir(folder)
    pd.testing.assert_frame_equal(result.observations, _parsed("fred_dgs10").observations)
