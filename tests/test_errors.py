"""The error hierarchy and its one mapping to HTTP status and exit code (ustflow.errors.STATUS)."""

from __future__ import annotations

import ast
import pickle
import re
from pathlib import Path

import pytest

import ustflow
from ustflow import errors as E

SRC = Path(__file__).resolve().parents[1] / "src" / "ustflow"


@pytest.mark.parametrize("cls, status, code", [
    (E.UstflowError, 500, 1),
    (E.InvalidArgument, 422, 2),
    (E.ChartParamError, 422, 2),
    (E.NotFoundError, 404, 2),
    (E.NoDataError, 404, 3),
    (E.FetchError, 502, 1),
    (E.DeliveryError, 502, 1),
    (E.StaleSourceError, 503, 1),
    (E.StoreError, 503, 1),
])
def test_each_class_has_one_status_and_exit_code(cls, status, code):
    e = cls("x")
    assert (E.http_status(e), E.exit_code(e)) == (status, code)


def test_parse_error_is_a_server_side_data_failure():
    e = E.ParseError("slt_table1.txt", 12, "a country row", "Grand Total,1,2")
    assert (E.http_status(e), E.exit_code(e)) == (500, 1)
    assert str(e) == "slt_table1.txt, line 12: expected a country row; found 'Grand Total,1,2'"


def test_a_subclass_nobody_listed_takes_its_nearest_listed_ancestor():
    class UnknownPreset(E.NotFoundError):
        pass

    assert E.http_status(UnknownPreset("p")) == 404 and E.exit_code(UnknownPreset("p")) == 2
    assert E.http_status(KeyError("k")) == 500 and E.exit_code(KeyError("k")) == 1


def test_callers_can_catch_by_builtin_kind_too():
    with pytest.raises(LookupError, match="no such rule"):
        raise E.NotFoundError("no such rule")
    with pytest.raises(ValueError, match="months must be"):
        raise E.InvalidArgument("months must be from 1 to 36")
    with pytest.raises(ustflow.UstflowError, match="bad chart"):
        raise E.ChartParamError("bad chart")


@pytest.mark.parametrize("e", [
    E.FetchError("tic: HTTP 503", url="http://127.0.0.1/x", status=503),
    E.ParseError("week.csv", 3, "a date", "x"),
    E.StaleSourceError("2 sources stale", sources=("tic_mfh", "mof_weekly")),
])
def test_errors_with_fields_survive_pickling(e):
    """Parse workers are separate processes: their errors come back pickled."""
    back = pickle.loads(pickle.dumps(e))
    assert type(back) is type(e) and str(back) == str(e) and back.__dict__ == e.__dict__


def test_every_error_class_is_public():
    for name in ("UstflowError", "InvalidArgument", "NotFoundError", "NoDataError", "FetchError",
                 "ParseError", "StaleSourceError", "StoreError", "DeliveryError", "ChartParamError"):
        assert getattr(ustflow, name) is getattr(E, name) and name in ustflow.__all__


def test_no_bare_ustflow_error_is_raised_in_src():
    """A bare UstflowError is the unclassified 500/exit 1: raise the class that says what went wrong."""
    bare = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) \
                    and getattr(node.exc.func, "id", None) == "UstflowError":
                bare.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert bare == [], "raise a subclass (see ustflow/errors.py): " + ", ".join(bare)


def test_cli_exit_codes_follow_the_mapping(loaded_home, monkeypatch):
    from typer.testing import CliRunner

    from ustflow.cli import app

    monkeypatch.setenv("USTFLOW_HOME", str(loaded_home))
    r = CliRunner().invoke(app, ["show", "tic.holdings.japn"])
    assert r.exit_code == 2 and "unknown series 'tic.holdings.japn'" in r.stderr
    r = CliRunner().invoke(app, ["flows", "--freq", "year"])
    assert r.exit_code == 2 and "unknown frequency 'year'" in r.stderr
    r = CliRunner().invoke(app, ["holders", "--as-of", "1990-01-01"])
    assert r.exit_code == 3 and "known at this as-of date" in r.stderr, r.stderr


def test_api_raises_typed_errors(loaded_store):
    with pytest.raises(E.NotFoundError, match=r"unknown series 'tic\.holdings\.japn'"):
        ustflow.series("tic.holdings.japn", store=loaded_store)
    with pytest.raises(LookupError, match="unknown series 'nope'; list them with `ustflow series --search TEXT`"):
        ustflow.frame(["tic.holdings.japan", "nope"], store=loaded_store)


def test_an_unknown_series_suggests_the_ids_meant(loaded_store):
    """Did you mean: the text as a whole part of an id, then close spellings; written only when read."""
    for typed in ("japan", "tic.holdings.japn"):
        with pytest.raises(E.NotFoundError, match=f"^unknown series {re.escape(repr(typed))}; did you mean: "
                           r"tic\.holdings\.japan,") as e:
            ustflow.series(typed, store=loaded_store)
    import pickle  # the message travels as text (a process pool, the cache)

    assert "did you mean: tic.holdings.japan" in str(pickle.loads(pickle.dumps(e.value)))


def test_web_status_follows_the_mapping(loaded_store):
    from fastapi.testclient import TestClient

    from ustflow.web.app import create_app

    with TestClient(create_app(loaded_store, warm=False), base_url="http://127.0.0.1") as c:
        r = c.get("/api/charts/holdings", params={"countries": "atlantis"})
        assert r.status_code == 404 and "atlantis" in r.json()["detail"]
        r = c.get("/api/charts/holdings", params={"start": "2025-06", "end": "2024-01"})
        assert r.status_code == 422 and "after end" in r.json()["detail"]


def test_stale_sources_raise_when_freshness_is_required(loaded_store):
    from datetime import date

    fresh = ustflow.sources(today=date(2026, 1, 1), store=loaded_store)
    assert not fresh[fresh["source"] == "mof_its_weekly"]["stale"].any()
    with pytest.raises(E.StaleSourceError, match=r"source\(s\) older than their release cadence allows") as e:
        ustflow.sources(today=date(2031, 1, 1), require_fresh=True, store=loaded_store)
    assert "mof_its_weekly" in e.value.sources and E.exit_code(e.value) == 1


def test_sources_check_exits_1_naming_the_stale_sources(loaded_home):
    from tests.helpers import cli

    r = cli(["sources", "--check"], loaded_home)  # the mirror's data end months before today
    assert r.returncode == 1 and "older than their release cadence allows" in r.stderr and "mof_its_weekly" in r.stderr
