"""Small helpers for tests: run the CLI (in process, or in a real subprocess where the process boundary
matters), a free port, snapshot a store."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
USTFLOW = [sys.executable, "-m", "ustflow"]
# A hang guard, not a speed limit, for subprocesses and servers: one that fails is seen at once (it
# exits); one that is slow on a busy CI machine is waited for. Speed is measured in bench/.
HANG_SECONDS = 900.0


def run_cli(args: list[str], home: Path, *, env: dict | None = None, timeout: float = HANG_SECONDS,
            input: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    e = dict(os.environ)
    e["USTFLOW_HOME"] = str(home)
    e["COLUMNS"] = "200"
    e.update(env or {})
    return subprocess.run(USTFLOW + [str(a) for a in args], capture_output=True, text=True, env=e,
                          timeout=timeout, input=input, cwd=cwd)


@dataclass
class CliResult:
    """What ``cli`` returns: the fields of ``subprocess.CompletedProcess`` that tests read."""

    returncode: int
    stdout: str
    stderr: str


def cli(args: list, home: Path, *, env: dict | None = None, input: str | None = None) -> CliResult:
    """Run ``ustflow ARGS`` in this process with ``typer.testing.CliRunner`` (about 20x faster than a
    subprocess: no interpreter start, pandas already imported). Same exit codes and output as the real
    command: errors are handled by the command group (``ustflow.cli._Group``). Use ``run_cli`` where the
    process boundary is the point: signals, concurrency, ``serve``, ``python -m ustflow``."""
    from typer.testing import CliRunner

    from ustflow.cli import app

    e = {"USTFLOW_HOME": str(home), "COLUMNS": "200", **(env or {})}
    r = CliRunner().invoke(app, [str(a) for a in args], env=e, input=input, prog_name="ustflow")
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        raise r.exception
    return CliResult(r.exit_code, r.stdout, r.stderr)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_in_thread(httpd) -> None:
    """Serve a ``socketserver`` server on a daemon thread until its ``shutdown()``.

    ``shutdown()`` waits for ``serve_forever`` to look at its flag, which it does once per poll
    interval: the default 0.5 s cost every test that closed a server 0.25 s on average."""
    import threading

    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()


def wait_until_serving(url: str, proc: subprocess.Popen | None = None, headers: dict | None = None,
                       started=None) -> None:
    """Return once GET ``url`` answers 200 (or ``started()`` is true, for an in-process server).

    Fails at once when ``proc`` exits (with its stderr); only a server hung for HANG_SECONDS fails
    by time."""
    import time

    import httpx

    deadline = time.monotonic() + HANG_SECONDS
    while True:
        if proc is not None and proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise AssertionError(f"server exited with {proc.returncode} before serving: {err}")
        if started is not None:
            if started():
                return
        else:
            try:
                if httpx.get(url, headers=headers, timeout=30).status_code == 200:
                    return
            except httpx.TransportError:
                pass
        assert time.monotonic() < deadline, f"server hung: {url} did not answer within {HANG_SECONDS:.0f} s"
        time.sleep(0.1)


VOLATILE = ("vintage", "fetched_at", "loaded_at", "origin", "url")


def snapshot(store_path: Path, *, stable: bool = False, sources: list[str] | None = None) -> dict:
    """A fingerprint of everything a store holds: {table: {source_id: (rows, checksum)}}.

    The checksum sums a hash of every column of every row, so any added, changed or lost value
    changes it; computed inside DuckDB, so it is cheap even for a million rows. ``stable`` leaves out
    the columns that depend on when a file was fetched (VOLATILE), to compare two runs of one update.
    ``sources``: only these sources' rows (the same fingerprints as in the whole snapshot, for less).
    """
    import duckdb

    if not Path(store_path).exists():
        return {}
    con = duckdb.connect(str(store_path), read_only=True)
    try:
        out = {}
        for table in ("series", "observations", "files", "events"):
            # load ids and series keys depend on the order files finished parsing: rows are attributed
            # to their file and named by their series' id instead
            cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()
                    if not (stable and r[0] in VOLATILE) and r[0] not in ("load_id", "key", "series_key")]
            if table == "observations":
                frm = "observations t JOIN files f USING (load_id) LEFT JOIN series s ON s.key = t.series_key"
                key = "f.source_id"
                cols = [f"t.{c}" for c in cols] + ["f.sha256", "s.id"]
            else:
                frm, key = f"{table} t", "t.source_id"
            where = f" WHERE {key} IN (SELECT unnest($sources))" if sources is not None else ""
            rows = con.execute(
                f"SELECT {key}, count(*), sum(hash({', '.join(cols)}) % 1000000007) FROM {frm}{where} GROUP BY ALL",
                {"sources": list(sources)} if sources is not None else None,
            ).fetchall()
            out[table] = {r[0]: (r[1], int(r[2])) for r in rows}
        return out
    finally:
        con.close()


def total_rows(snap: dict, table: str = "observations") -> int:
    return sum(n for n, _ in snap.get(table, {}).values())


def newey_west(X, y, lags: int):
    """Brute-force OLS on the design matrix ``X`` with Newey-West (Bartlett) standard errors and no
    small-sample correction: the hand computation the regression tests compare statsmodels with."""
    import numpy as np

    b = np.linalg.solve(X.T @ X, X.T @ y)
    u = X * (y - X @ b)[:, None]
    S = u.T @ u
    for lag in range(1, lags + 1):
        G = u[lag:].T @ u[:-lag]
        S += (1 - lag / (lags + 1)) * (G + G.T)
    inv = np.linalg.inv(X.T @ X)
    return b, np.sqrt(np.diag(inv @ S @ inv))


def by_claim(results: list[dict], claim: str) -> dict:
    """The first checked claim whose text is ``claim``; fails listing what the checker did find."""
    got = [r for r in results if r["claim"] == claim]
    assert got, [(r["claim"], r["verdict"]) for r in results]
    return got[0]


def verdict_value_period(results: list[dict], claim: str) -> tuple:
    """(verdict, official value to one decimal, official period) of the claim ``claim`` (``by_claim``)."""
    rec = by_claim(results, claim)
    return rec["verdict"], round(rec["official_value"], 1), rec["official_period"]


def as_read(rec: dict) -> str:
    """The verdict as the checker read the claim: ``contradicted`` for one the weak-class gate set aside
    (``ustflow.check.weak_class``: a class of contradiction more often wrong than right on unseen articles is
    ``unverifiable``, flagged ``weak_class``, keeping what it compared). A test of a reading asserts this; what a
    reader sees is ``rec["verdict"]`` (``tests/test_check_weak_class.py``)."""
    return "contradicted" if "weak_class" in (rec.get("flags") or []) else rec["verdict"]


def claim_containing(results: list[dict], part: str) -> dict:
    """The first checked claim whose text contains ``part``; fails listing what the checker did find."""
    got = [r for r in results if part in r["claim"]]
    assert got, [(r["claim"], r["verdict"]) for r in results]
    return got[0]


def series(sid: str, store, **kw):
    """A stored series without its gaps, as the checker tests compute their expected values."""
    import ustflow

    return ustflow.series(sid, store=store, **kw).dropna()


def tic_level(store, slug: str, month: str) -> float:
    """A holder's TIC holdings (USD bn, mfhhis01) at the end of ``month`` ("2024-03")."""
    import pandas as pd

    return float(series(f"tic.holdings.{slug}", store)[pd.Period(month, "M")])


def form_s_net(store, kinds: tuple[str, ...], month: str) -> float:
    """All foreigners' Form S net purchases (gross purchases - gross sales) of ``kinds`` in ``month``, USD bn."""
    import pandas as pd

    out = 0.0
    for kind in kinds:
        gp = series(f"tic.forms.grand_total.gross_purchases_{kind}", store)
        gs = series(f"tic.forms.grand_total.gross_sales_{kind}", store)
        out += float((gp - gs)[pd.Period(month, "M")])
    return out / 1e3


def ja_oku(n: int, currency: str = "ドル", *, pad: bool = False) -> str:
    """A whole number of 億 (100 million) as a Japanese article writes it: 11525 -> '1兆1525億ドル', 388 -> '388億ドル'
    (``currency`` "円" for MoF's unit); ``pad``: the 億 part to four digits, '1兆0820億ドル' (articles print both)."""
    if n < 10000:
        return f"{n}億{currency}"
    return f"{n // 10000}兆{n % 10000:04d}億{currency}" if pad else f"{n // 10000}兆{n % 10000}億{currency}"


def usd_bn_ja(bn: float, *, pad: bool = False) -> str:
    """USD billions as a Japanese figure of 億ドル, to 1億ドル: 1152.5 -> '1兆1525億ドル', 906.7 -> '9067億ドル'."""
    return ja_oku(round(bn * 10), pad=pad)


def yen_oku(v: float) -> str:
    """JPY 100mn (MoF's and the BoP's unit) as a Japanese yen figure, sign dropped: 45454 -> '4兆5454億円'."""
    return ja_oku(round(abs(v)), "円")


def yen_bn(v: float) -> str:
    """JPY 100mn as an English yen figure in billions, sign dropped: 45454 -> '4,545.4 billion yen'."""
    return f"{abs(v) / 10:,.1f} billion yen"


def bop_sign(v: float, ja: bool = False) -> str:
    """A balance's side as a story names it: surplus / deficit (黒字 / 赤字)."""
    return ("黒字" if v > 0 else "赤字") if ja else ("surplus" if v > 0 else "deficit")


def oku(v_bn: float) -> str:
    """USD bn as a Japanese dollar figure: 1209.9 -> '1兆2099億ドル', 18.3 -> '183億ドル'."""
    n = round(abs(v_bn) * 10)
    return f"{n // 10000}兆{n % 10000:04d}億ドル" if n >= 10000 else f"{n}億ドル"


def month_name(p) -> str:
    """A month as a story writes it: Period 2024-03 -> 'March 2024'."""
    return p.strftime("%B %Y")


def released(p) -> str:
    """A date by which TIC had published month ``p`` (a Period; about the 18th of the second month after)."""
    return str((p + 2).end_time.date())


def a_month_at(ranks, slug: str, rank: int, after: str = "2012-01"):
    """The first month from ``after`` at which holder ``slug`` stood at place ``rank`` (``ranks``: the conftest
    fixture)."""
    import pandas as pd

    r = ranks[slug].dropna()
    return r[(r == rank) & (r.index >= pd.Period(after, "M"))].index[0]


# -- the store's values as the checker's tests expect them (shared by the paraphrase and checker test modules)

def holding(data, slug: str, month: str) -> float:
    """TIC: a holder's holdings (USD bn) in a month, from the checker's ``data``."""
    import pandas as pd

    return float(data.holdings()[slug][pd.Period(month, "M")])


def bop_series(store, code: str):
    """The BoJ's balance of payments series ``code`` (JPY 100 mn)."""
    return series(f"boj.bop.{code}", store)


def bop_years(store, code: str):
    """A BoP series summed over each calendar year it covers in full."""
    s = bop_series(store, code)
    full = s.groupby(s.index.year).count() == 12
    return s.groupby(s.index.year).sum()[full]


def first_fall(store, code: str) -> tuple[int, int]:
    """A year whose balance fell from the year before after at least one year of rises, and how many years back the
    last fall was."""
    d = bop_years(store, code).diff().dropna()
    for y in d.index[::-1]:
        if d[y] < 0 and d.get(y - 1, -1) > 0 and (falls := [x for x in d.index if x < y and d[x] < 0]) and \
                2 <= y - max(falls) <= 9:
            return int(y), int(y - max(falls))
    raise AssertionError("no such year")


def fall_run(store, code: str) -> tuple[int, int]:
    """A year ending a run of 2-6 yearly falls of the balance, and the run's length."""
    d = bop_years(store, code).diff().dropna()
    for y in d.index[::-1]:
        k = 0
        while y - k in d.index and d[y - k] < 0:
            k += 1
        if 2 <= k <= 6 and y - k in d.index:
            return int(y), k
    raise AssertionError("no such run")


def same_month_record(store, code: str):
    """A month since 2010 that is its series' largest among the same month of earlier years but not among all earlier
    months."""
    s = bop_series(store, code)
    for p in reversed(s.index):
        h = s[s.index <= p]
        same = h[[x.month == p.month for x in h.index]]
        if p.year >= 2010 and same.max() == s[p] and h.max() > s[p]:
            return p
    raise AssertionError("no such month in the store")


def release_day(p) -> str:
    """A publication date after the BoJ has released month ``p``'s balance of payments: the 10th, two months on."""
    return (p + 2).to_timestamp().strftime("%Y-%m-10")


def weekly(loaded_store, item: str, week: str) -> float:
    """MoF's weekly ``item`` (JPY 100 mn) for the week ending on Saturday ``week``."""
    import pandas as pd

    return float(series(f"mof.weekly.{item}", loaded_store)[pd.Period(week, "W-SAT")])


def weekly_run_to(loaded_store, item: str, week: str) -> int:
    """How many weeks in a row, to ``week``, MoF's weekly ``item`` kept its sign then."""
    import pandas as pd

    s = series(f"mof.weekly.{item}", loaded_store)
    before = s[s.index <= pd.Period(week, "W-SAT")][::-1]
    sign = before.iloc[0] > 0
    return int(next((i for i, v in enumerate(before) if (v > 0) != sign), len(before)))


def run_length(values, end, sign: int) -> int:
    """Consecutive periods of ``sign`` ending at ``end``."""
    k = 0
    for v in reversed(values[values.index <= end].tolist()):
        if v * sign <= 0:
            break
        k += 1
    return k


def bop_span(store, code: str, first: str, last: str) -> float:
    """The BoP item ``code`` (JPY 100mn) summed over the months ``first`` to ``last``."""
    import pandas as pd

    return float(series(f"boj.bop.{code}", store)[pd.period_range(first, last, freq="M")].sum())


def judged_bop(got: list[dict], claim: str, want: tuple[str, str, str], value: float, measure: str | None = None) -> dict:
    """The record of ``claim`` (``by_claim``): its (verdict, BoP series code, official period) are ``want``, its official
    value ``value`` (and its measure ``measure``, when given)."""
    import pytest

    rec = by_claim(got, claim)
    assert (rec["verdict"], rec["series"], rec["official_period"]) == (want[0], f"boj.bop.{want[1]}", want[2]), rec
    assert rec["official_value"] == pytest.approx(value), rec
    assert measure is None or rec["measure"] == measure, rec
    return rec


def judged(got: list[dict], claim: str, want: tuple[str, str, str, str], value: float) -> dict:
    """The record of ``claim`` (``by_claim``): its (verdict, measure, series, official period) are ``want``, its
    official value ``value``."""
    import pytest

    rec = by_claim(got, claim)
    assert (rec["verdict"], rec["measure"], rec["series"], rec["official_period"]) == want, rec
    assert rec["official_value"] == pytest.approx(value), rec
    return rec


def judged_place(got: list[dict], claim: str, verdict: str, place: int, period: str, slug: str) -> dict:
    """The record of the holder's place ``claim`` (``by_claim``): ``verdict`` on the place ``place`` of the holder
    ``slug`` (TIC's major foreign holders) at ``period``."""
    rec = by_claim(got, claim)
    assert (rec["verdict"], rec["official_value"], rec["official_period"], rec["series"]) == \
        (verdict, float(place), period, f"tic.holdings.{slug}"), rec
    return rec


def bop_span_pct(store, code: str, now: tuple[str, str], before: tuple[str, str]) -> float:
    """The percent change of the BoP item ``code`` from its sum over the months ``before`` to its sum over ``now``
    (each a (first, last) pair of months), against the earlier sum's size."""
    a, b = bop_span(store, code, *now), bop_span(store, code, *before)
    return 100 * (a - b) / abs(b)


def yen_billion(v: float) -> str:
    """JPY 100mn as an English yen figure in billions after the yen sign, the value's sign dropped: 45454 ->
    '¥4,545.4 billion'."""
    return f"¥{abs(v) / 10:,.1f} billion"


def yoy_run_end(s, up: bool, at_least: int = 2):
    """The latest month after 2005 ending a run of ``at_least`` or more rises (``up``) or falls of ``s`` from the same
    month a year before, and the run's length."""
    for p in reversed(s.index[24:]):
        k = 0
        while p - k - 12 in s.index and ((s[p - k] > s[p - k - 12]) == up):
            k += 1
        if k >= at_least and p.year >= 2005 and p - k - 12 in s.index:
            return p, k
    raise AssertionError("no such month")


def holdings_run(store, slug: str, end: str, sign: int | None = None) -> tuple[int, int]:
    """How many months in a row, to month ``end``, ``slug``'s TIC holdings moved with ``sign`` (+1 rises, -1 falls;
    by default the sign of ``end``'s own change), and that sign."""
    import pandas as pd

    ch = series(f"tic.holdings.{slug}", store).diff().dropna()
    last = pd.Period(end, "M")
    if sign is None:
        sign = 1 if ch[ch.index <= last].iloc[-1] > 0 else -1
    return run_length(ch, last, sign), sign


def intervention_sum(store, first: str, last: str) -> float:
    """The yen of MoF's intervention operations from ``first`` to ``last`` (JPY bn)."""
    import pandas as pd

    s = series("mof.fx_intervention.amount", store)
    idx = pd.to_datetime(s.index.to_timestamp() if hasattr(s.index, "to_timestamp") else s.index)
    return float(s[(idx >= pd.Timestamp(first)) & (idx <= pd.Timestamp(last))].abs().sum())


def rank_pass(ranks, winner: str, loser: str, after: str):
    """The first month after ``after`` in which ``winner`` ranks right above ``loser`` after a month below it, and its
    place (``ranks``: the conftest fixture); skips the test when there is none."""
    import pandas as pd
    import pytest

    r = ranks[[winner, loser]].dropna()
    r = r[r.index >= pd.Period(after, "M")]
    for i, p in enumerate(r.index):
        if i and r.loc[p, winner] < r.loc[p, loser] and r.iloc[i - 1][winner] > r.iloc[i - 1][loser]:
            return p, int(r.loc[p, winner])
    pytest.skip(f"{winner} never passed {loser} after {after}")


def periods_read(text: str, ref: str) -> list[tuple[str, str]]:
    """The periods the checker reads in ``text`` published on ``ref``: (first day, last day), or (kind, "") for one
    with no window."""
    from datetime import date

    from ustflow.check.period_grammar import Resolver

    return [(p.start.isoformat(), p.end.isoformat()) if p.windows else (p.kind, "") for p in
            Resolver(date.fromisoformat(ref)).find(text)]


def usd_bn(v: float) -> str:
    """USD bn, sign dropped: 652.34 -> '$652.3 billion'."""
    return f"${abs(v):.1f} billion"


def ja_usd(bn: float) -> str:
    """USD bn in Japanese: 652.3 -> '6523億ドル', 1209.9 -> '1兆2099億ドル'."""
    cho, oku = divmod(round(bn * 10), 10000)
    return f"{cho}兆{oku}億ドル" if cho else f"{oku}億ドル"


def ja_yen(bn: float) -> str:
    """JPY bn in Japanese: 652.3 -> '6523億円', 1209.9 -> '1兆2099億円'."""
    cho, rest = divmod(round(bn * 10), 10000)
    return f"{cho}兆{rest}億円" if cho else f"{rest}億円"


def dollars_bn(v: float, d: int = 1) -> str:
    """USD bn as an English story writes it, sign dropped, thousands separated: 1209.94 -> '$1,209.9 billion'."""
    return f"${abs(v):,.{d}f} billion"


def bop_value(store, code: str, month: str) -> float:
    """The BoJ's balance of payments series ``code`` (JPY 100 mn) in ``month`` ("2024-03")."""
    import pandas as pd

    return float(bop_series(store, code)[pd.Period(month, "M")])

