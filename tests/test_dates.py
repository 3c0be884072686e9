"""One date parser (``ustflow.dates``) for the command line, the Python API and the dashboard.

The walks below find every date option by its name (start, end, as_of, at, date, month, week_ending,
since, train_end, ...) in every command, every view function and every API operation, so a new
option is covered the day it is added, and check that an impossible date gets the same message.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from datetime import date

import pytest
from fastapi.testclient import TestClient
from typer.main import get_command
from typer.testing import CliRunner

from tests.conftest import REPO
from ustflow import dates
from ustflow.errors import InvalidArgument

BAD = {"2025-13": "there is no month 13", "2025-04-31": "April 2025 has 30 days",
       "2023-02-29": "February 2023 has 28 days", "yesterday": "expected YYYY-MM-DD or YYYY-MM"}


# ------------------------------------------------------------------ the parser
@pytest.mark.parametrize("value,message", list(BAD.items()) + [("1899-12-31", "outside the years 1900 to 2199")])
def test_impossible_dates_raise_invalid_argument_with_the_reason(value, message):
    with pytest.raises(InvalidArgument, match=f"start: '{value}' .*{message}"):
        dates.parse_date(value, "start")
    with pytest.raises(ValueError, match=message):  # InvalidArgument is a ValueError too
        dates.normalize(value, "start")


def test_real_dates_and_months():
    assert dates.parse_date("2024-02-29") == date(2024, 2, 29)
    assert dates.parse_date("2025-04") == date(2025, 4, 1)
    assert dates.normalize("2025-4") == "2025-04" and dates.normalize("2025-04-05") == "2025-04-05"
    assert dates.parse_month("2025-12-31") == "2025-12"
    assert dates.iso("2026-03-18 10:18:21") == "2026-03-18"  # a vintage timestamp reads back as its day
    assert dates.iso(None) is None and dates.iso(date(2020, 1, 2)) == "2020-01-02"


# ------------------------------------------------------------------ the command line
def _commands(group, path=()):
    for name, cmd in sorted(group.commands.items()):
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, path + (name,))
        else:
            yield path + (name,), cmd


def _date_options() -> list[tuple[tuple[str, ...], str]]:
    from ustflow.cli import app

    out = []
    for path, cmd in _commands(get_command(app)):
        for p in cmd.params:
            if p.param_type_name == "option" and dates.DATE_PARAMS.search(p.name or ""):
                out.append((path, max(p.opts, key=len)))
    return out


DATE_OPTIONS = _date_options()


def test_the_walk_finds_the_date_options_of_every_dated_command():
    found = {" ".join(path) for path, _ in DATE_OPTIONS}
    assert {"show", "brief", "flows", "holders", "holdings", "decompose", "hedge", "explain", "check", "report",
            "risk", "impact", "scenario run", "scenario model"} <= found
    assert len(DATE_OPTIONS) >= 40


@pytest.mark.parametrize("path,flag", DATE_OPTIONS, ids=lambda x: " ".join(x) if isinstance(x, tuple) else x)
def test_every_cli_date_option_refuses_impossible_dates_in_one_line(path, flag, tmp_path):
    from ustflow.cli import app

    runner = CliRunner()
    for value, reason in BAD.items():
        # the date first: it is checked before a missing argument would be reported
        r = runner.invoke(app, [*path, flag, value], env={"USTFLOW_HOME": str(tmp_path)}, catch_exceptions=False)
        assert r.exit_code == 2, (path, flag, value, r.output)
        text = " ".join(r.output.split())
        assert f"Invalid value for '{flag}'" in text and reason in text, text
        assert "Traceback" not in r.output


# ------------------------------------------------------------------ the Python API
SAMPLE = {"id": "tic.holdings.japan", "ids": ["tic.holdings.japan"], "text": "Japan held $1.2 trillion.",
          "path": "README.md", "article": "examples/article.txt", "country": "japan", "preset": "status-quo", "preset_or_path": "status-quo",
          "amount_usd_bn": 10.0, "days": 5, "inflation_path_pct": [2.0], "index": None, "models": None, "p": None,
          "chart_id": "holdings", "out": "/nonexistent/report.html", "rules": None, "sector": "total"}


def _api_functions():
    import ustflow
    import ustflow.views

    fns = [(f"ustflow.{n}", getattr(ustflow, n)) for n in ustflow.__all__ if inspect.isfunction(getattr(ustflow, n))]
    for m in pkgutil.iter_modules(ustflow.views.__path__):
        mod = importlib.import_module(f"ustflow.views.{m.name}")
        fns += [(f"{mod.__name__}.{n}", f) for n, f in vars(mod).items()
                if not n.startswith("_") and inspect.isfunction(f) and f.__module__ == mod.__name__]
    for name, fn in fns:
        params = inspect.signature(fn).parameters
        required = [p for p, v in params.items() if p != "store" and v.default is inspect.Parameter.empty
                    and v.kind not in (v.VAR_POSITIONAL, v.VAR_KEYWORD)]
        if not name.startswith("ustflow.views.") or all(p in SAMPLE for p in required):
            # the public API must all be walked (add a sample for a new argument); a views helper that
            # takes internal objects (a fitted panel, ...) is reached through the functions that call it
            for p in params:
                if dates.DATE_PARAMS.search(p):
                    yield name, fn, p


API = list(_api_functions())


def test_the_walk_finds_the_api_date_parameters():
    names = {n for n, _, _ in API}
    assert {"ustflow.series", "ustflow.brief", "ustflow.views.flows.flows", "ustflow.views.holdings.decompose",
            "ustflow.views.drivers.explain", "ustflow.views.check.check_text"} <= names


@pytest.mark.parametrize("name,fn,param", API, ids=lambda x: x if isinstance(x, str) else "")
def test_every_api_date_parameter_raises_invalid_argument(name, fn, param, loaded_store):
    sig = inspect.signature(fn).parameters
    kw = {p: SAMPLE[p] for p, v in sig.items()
          if v.default is inspect.Parameter.empty and v.kind not in (v.VAR_POSITIONAL, v.VAR_KEYWORD)}
    if "store" in sig:
        kw["store"] = loaded_store
    if "rules" in sig:
        from ustflow.alerts.rules import load_rules

        kw["rules"] = load_rules(REPO / "examples" / "alerts.toml")
    for value, reason in BAD.items():
        with pytest.raises(InvalidArgument, match=reason):
            fn(**{**kw, param: value})


# ------------------------------------------------------------------ the dashboard
@pytest.fixture(scope="module")
def client(loaded_store):
    from ustflow.web.app import create_app

    app = create_app(loaded_store, warm=False)
    with TestClient(app, base_url="http://127.0.0.1") as c:
        yield c
    app.state.gate.close()


def _web_date_params(doc: dict):
    from ustflow.web.schemas import DATE, MONTH

    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            for p in op.get("parameters", []):
                schemas = [p["schema"], *p["schema"].get("anyOf", [])]
                if any(s.get("pattern") in (DATE, MONTH) for s in schemas):
                    yield method, path, p["name"], p["in"]


def test_every_web_date_parameter_answers_422_with_the_message(client):
    doc = client.get("/openapi.json").json()
    params = list(_web_date_params(doc))
    assert len(params) >= 40 and {"/api/series/{series_id}", "/api/flows", "/api/charts/holdings"} <= {
        p for _, p, _, _ in params}
    for method, path, name, _ in params:
        url = path.replace("{series_id}", "tic.holdings.japan").replace("{preset}", "status-quo")
        for value, reason in BAD.items():
            r = client.request(method.upper(), url, params={name: value})
            assert r.status_code == 422, (path, name, value, r.text)
            detail = r.json()["detail"]
            assert isinstance(detail, str) and detail.startswith(f"{name}: ") and (reason in detail or (
                "month" in name and "expected a month YYYY-MM" in detail)), (path, detail)


def test_check_body_dates_and_page_filters_get_the_same_message(client):
    r = client.post("/api/check", json={"text": "Japan held $1.2 trillion.", "date": "2025-04-31"})
    assert r.status_code == 422 and r.json()["detail"] == "date: '2025-04-31' is not a date: April 2025 has 30 days"
    page = client.get("/flows", params={"as_of": "2025-13"})
    assert page.status_code == 200 and "as_of: &#39;2025-13&#39; is not a date: there is no month 13" in page.text
