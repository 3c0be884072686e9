"""Fuzzing every parser with hypothesis mutations of its REAL official file.

Mutations: lines dropped, swapped or cut; bytes flipped; the encoding changed; the file cut short.
A parser must return data that passes the structural and plausibility checks, or raise ParseError;
any other exception is a bug. `make test` runs USTFLOW_FUZZ_EXAMPLES=50 per parser (every parser, every
kind of mutation: about a fifth end parsed, the rest in a ParseError, each outcome on every parser);
`make fuzz` runs 5000. Large files are fuzzed on an excerpt of the real file (its header, some real rows and its
footer) so that each example stays in milliseconds.
"""

from __future__ import annotations

import io
import os
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tests.conftest import SHARED_DATA
from tests.reliability import record
from ustflow import registry, validate
from ustflow.errors import ParseError

EXAMPLES = int(os.environ.get("USTFLOW_FUZZ_EXAMPLES", "50"))  # make fuzz: 5000

# one case per parser (FRED: one file per header variant)
CASES = [s.id for s in registry.SOURCES.values()
         if not s.id.startswith("fred_") or s.id in ("fred_dgs10", "fred_sofr", "fred_dexjpus")]


def real_bytes(source: registry.Source) -> bytes:
    folder = SHARED_DATA / (source.mirror_dir or "mirror")
    raw = (folder / source.file).read_bytes()
    if source.file.endswith(".zip"):  # BoJ flat files: an excerpt of every member, zipped again
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            return rezip({m: _excerpt(zf.read(m)) for m in zf.namelist()})
    if len(raw) < 150_000:
        return raw
    lines = raw.splitlines(keepends=True)
    if source.id == "tic_form_s":
        # every month needs its Grand Total row: keep the header, one country and the Grand Total
        first = next(i for i, ln in enumerate(lines) if b"\t10189\t" in ln)
        return b"".join(lines[:first] + [ln for ln in lines[first:] if b"\t10189\t" in ln or b"\t99996\t" in ln])
    return b"".join(lines[:80] + lines[-60:])


def _excerpt(raw: bytes) -> bytes:
    lines = raw.splitlines(keepends=True)
    return raw if len(lines) < 140 else b"".join(lines[:80] + lines[-60:])


def rezip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    # stored, not deflated: the parser reads either, and compressing 100+ kB per example was a third
    # of the time of each BoJ example
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def mutate_zip(raw: bytes, edits, which: float) -> bytes:
    """Mutate one member of a zip (the layout a parser sees) and zip it again; a mutated zip
    container itself is only ever a BadZipFile."""
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        members = {m: zf.read(m) for m in zf.namelist()}
    name = sorted(members)[int(which * (len(members) - 1))]
    members[name] = mutate(members[name], edits)
    return rezip(members)


MUTATION = st.one_of(
    st.tuples(st.just("drop"), st.floats(0, 1), st.integers(1, 5)),
    st.tuples(st.just("swap"), st.floats(0, 1), st.floats(0, 1)),
    st.tuples(st.just("cut_line"), st.floats(0, 1), st.floats(0, 1)),
    st.tuples(st.just("truncate"), st.floats(0, 1), st.just(0)),
    st.tuples(st.just("flip"), st.floats(0, 1), st.integers(0, 255)),
    st.tuples(st.just("encoding"), st.sampled_from(["utf-8", "utf-16", "latin-1", "cp932", "utf-8-sig"]),
              st.just(0)),
)


def mutate(raw: bytes, edits) -> bytes:
    data = raw
    for kind, a, b in edits:
        lines = data.splitlines(keepends=True) or [b""]
        i = int(a * (len(lines) - 1)) if isinstance(a, float) else 0
        if kind == "drop":
            del lines[i:i + b]
        elif kind == "swap":
            j = int(b * (len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == "cut_line":
            lines[i] = lines[i][: int(b * len(lines[i]))]
        elif kind == "truncate":
            data = data[: int(a * len(data))]
            continue
        elif kind == "flip":
            if data:
                pos = int(a * (len(data) - 1))
                data = data[:pos] + bytes([b]) + data[pos + 1:]
            continue
        elif kind == "encoding":
            for enc in ("cp932", "utf-8"):
                try:
                    text = data.decode(enc)
                    break
                except UnicodeDecodeError:
                    text = None
            if text is not None:
                data = text.encode(a, errors="replace")
            continue
        data = b"".join(lines)
    return data


@pytest.mark.parametrize("source_id", CASES)
def test_parser_returns_valid_data_or_parse_error(source_id):
    source = registry.get(source_id)
    fn = source.parse_function()
    raw = real_bytes(source)
    fn(raw, source.file)  # the unmutated excerpt parses
    counts = {"examples": 0, "parsed": 0, "parse_error": 0}

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(edits=st.lists(MUTATION, min_size=1, max_size=3), which=st.floats(0, 1))
    def check(edits, which):
        counts["examples"] += 1
        data = mutate_zip(raw, edits, which) if source.file.endswith(".zip") else mutate(raw, edits)
        try:
            parsed = fn(data, source.file)
            parsed.validate(source.file)
            validate.check(parsed, source.file)
            counts["parsed"] += 1
        except ParseError as err:
            assert err.file == source.file or err.file.startswith(source.file + "/")  # a zip's member
            assert err.expected
            counts["parse_error"] += 1

    check()
    record("fuzz", source=source_id, file=source.file, bytes=len(raw), **counts)
    assert counts["examples"] >= min(EXAMPLES, 100)
