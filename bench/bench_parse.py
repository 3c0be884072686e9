"""Parsing: each official file through its parser, in process (best of three), moved here from the tests.

A timing is a benchmark, never a test assertion: the tests run on a busy shared machine.
"""

from __future__ import annotations

import time


def run(ctx) -> list[dict]:
    from ustflow import registry

    rows = []
    for source in registry.SOURCES.values():
        path = ctx.mirror / source.file
        if not path.is_file():
            continue
        raw = path.read_bytes()
        parse = source.parse_function()
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            parse(raw, source.file)
            best = min(best, time.perf_counter() - t0)
        row = {"name": f"parse {source.file} ({len(raw) / 1e6:.1f} MB)", "value": best, "unit": "s"}
        if source.file == "jgbcm_all.csv":  # was a test assertion (tests/parse/test_mof.py)
            row.update(target="< 0.2 s", ok=best < 0.2)
        rows.append(row)
    return rows
