"""Shared fuzz check: bytes inserted or cut at random places; a parser may only raise ParseError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from ustflow.errors import ParseError


def only_parse_errors(fn, name: str, raw: bytes, inserts, examples: int) -> None:
    """Mutate ``raw`` (1-4 edits: cut up to 40 bytes somewhere, put a token from ``inserts`` there)."""

    @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck))
    @given(edits=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 40), inserts), min_size=1, max_size=4))
    def check(edits):
        data = bytearray(raw)
        for where, cut, insert in edits:
            pos = int(where * (len(data) - 1))
            data[pos:pos + cut] = insert
        try:
            parsed = fn(bytes(data), name)
        except ParseError as err:
            assert err.file == name
        else:
            parsed.validate(name)

    check()
