"""Schemathesis against the dashboard's OpenAPI document, on the real loaded store.

Every operation in /openapi.json is called with generated requests: valid ones (which must be
served: 2xx, or 404 when the store has no such series or data) and invalid ones (which must be
refused with a 4xx), through schemathesis's explicit-examples, coverage (boundary values of every
pattern, bound and enum) and fuzzing phases. Every default check runs on every response: no server
error, status code, content type and response schema as declared, valid data accepted, invalid data
rejected, unsupported methods answered 405 with an Allow header.

The only constraint OpenAPI cannot state is between two parameters: ``start`` after ``end``. Such
requests are still sent, and checked here instead of by "valid data accepted": a chart refuses them
(422, "start ... is after end ..."), a table answers with no rows.

``USTFLOW_SCHEMATHESIS_EXAMPLES`` (default 5) sets the fuzzing examples per operation and mode; `make fuzz`
runs 50. The coverage phase (every pattern, bound and enum's boundary values: most of the cases) is
the same either way: `make test` still sends every operation its valid and invalid values.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections import Counter
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from tests.reliability import record

EXAMPLES = int(os.environ.get("USTFLOW_SCHEMATHESIS_EXAMPLES", "5"))
HOST = {"Host": "127.0.0.1"}  # the loopback server answers only to a loopback Host header


@pytest.fixture(scope="module")
def tally():
    """Cases sent and statuses seen, per operation; written as a reliability record at the end."""
    t = {"cases": Counter(), "phase": Counter(), "status": Counter(), "seconds": Counter(), "failed": set(),
         "inverted": 0, "started": time.monotonic()}
    yield t
    n = sum(t["cases"].values())
    statuses = ", ".join(f"{s}: {c:,}" for s, c in sorted(t["status"].items()))
    outcome = ("every default check passed" if not t["failed"]
               else "FAILED on " + ", ".join(sorted(t["failed"])))
    record("schemathesis", cases=n, operations=len(t["cases"]), phases=dict(t["phase"]),
           statuses=dict(t["status"]), failed=sorted(t["failed"]), inverted_ranges=t["inverted"],
           seconds=round(time.monotonic() - t["started"], 1),
           seconds_by_operation={k: round(v, 2) for k, v in t["seconds"].most_common()},
           summary=f"{n:,} generated requests over {len(t['cases'])} operations of /openapi.json "
                   f"(schemathesis {schemathesis.__version__}: examples, coverage and fuzzing phases, "
                   f"positive and negative data, up to {EXAMPLES} fuzzed examples per operation and mode): "
                   f"{outcome}; statuses {statuses}.")


class _App:
    """The app under test. The schema is read when this module is imported (schemathesis's fixture-based
    loader does not run under pytest 9.2), from an app on a store path that does not exist; the
    ``served`` fixture then points every request at an app on the session's loaded store."""

    def __init__(self) -> None:
        from ustflow.store import Store
        from ustflow.web.app import create_app

        self.app = create_app(Store(Path(tempfile.gettempdir()) / "ustflow-no-store" / "store.duckdb"), warm=False)

    async def __call__(self, scope, receive, send) -> None:
        await self.app(scope, receive, send)


APP = _App()
# A query string over the size cap is refused with 414 before validation: a rejection like 422.
_REJECTED = ["400", "401", "403", "404", "405", "406", "409", "413", "414", "415", "422", "428", "429", "5XX"]
CONFIG = schemathesis.Config.from_dict({"checks": {"negative_data_rejection": {"expected-statuses": _REJECTED}}})
schema = schemathesis.openapi.from_asgi("/openapi.json", APP, config=CONFIG, headers=HOST)


@pytest.fixture(scope="module")
def served(loaded_store):
    from ustflow.web.app import create_app

    before = APP.app
    APP.app = create_app(loaded_store, warm=False)
    yield APP.app
    APP.app.state.gate.close()
    APP.app = before


def _inverted(query: dict | None) -> bool:
    """start after end, compared as ``ustflow.charts.validate`` does (a month is its first day)."""
    q = query or {}
    a, b = q.get("start"), q.get("end")
    if not (isinstance(a, str) and isinstance(b, str)):
        return False
    pad = lambda d: d if len(d) == 10 else d + "-01"  # noqa: E731
    return pad(a) > pad(b)


def _check_inverted(case, r) -> None:
    if case.operation.path.startswith("/api/charts/"):  # 404 first when a country is unknown
        assert r.status_code in (404, 422), (r.status_code, r.text[:300])
        assert r.status_code == 404 or "is after end" in r.json()["detail"]
    else:
        assert r.status_code in (200, 404), (r.status_code, r.text[:300])
        if r.status_code == 200 and r.headers["content-type"][0].startswith("text/csv"):  # header values: lists
            assert len([ln for ln in r.text.splitlines() if ln and not ln.startswith("#")]) == 1  # the header
        elif r.status_code == 200:
            assert r.json()["rows"] == []


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_openapi_conformance(case, served, tally):
    from schemathesis.checks import positive_data_acceptance

    label = case.operation.label
    tally["cases"][label] += 1
    tally["phase"][case.meta.phase.name.value if case.meta else "?"] += 1
    t0 = time.perf_counter()
    try:
        if _inverted(case.query):
            tally["inverted"] += 1
            r = case.call_and_validate(headers=HOST, excluded_checks=[positive_data_acceptance])
            if case.meta is not None and case.meta.generation.mode.is_positive:
                _check_inverted(case, r)
        else:
            r = case.call_and_validate(headers=HOST)
    except BaseException:
        tally["failed"].add(label)  # the summary must not claim a pass the run did not have
        raise
    finally:
        tally["seconds"][label] += time.perf_counter() - t0
    tally["status"][r.status_code] += 1
    assert r.status_code < 500
    assert "content-security-policy" in r.headers  # the security layer answered too
