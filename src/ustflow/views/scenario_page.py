"""Scenarios for the dashboard and the charts: presets only, a bounded horizon, fitted once per store.

    from ustflow.views import scenario_page as sp
    sp.preset_names()                              # ('boj-1.5-fed-3', 'carry-unwind', ...)
    df = sp.scenario_paths("carry-unwind", months=24, seed=0)   # run_scenario(..., n_sims=WEB_SIMS)
    fit = sp.model_fit()                           # fit and out-of-sample errors by investor, with warnings

Why a separate module: fitting the flow model, reading the start state and running the bands'
rolling backtest take seconds, a run with fitted models ~0.1 s. Both the server and the CLI fit
once per store *file version* (inode, mtime, size: ``ustflow update`` swaps the file atomically,
so a new store is a new key) and as-of date: in memory, and pickled under the store's home
(``cache/scenario-*.pkl``) so the next process reuses it. The numbers are exactly ``run_scenario``'s for the same
preset, months, seed and ``n_sims`` (tested).

Only preset names are accepted here, never paths: the dashboard is read-only and must not read
files named by a client.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from ustflow.dates import checked
from ustflow.errors import InvalidArgument, NotFoundError

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.analytics.scenario_model import ModelSet
    from ustflow.views.scenario import StoreLike

WEB_SIMS = 500  # simulations per run on the web: bands settle to ~1% by 500 and a run stays under 0.1 s
MAX_MONTHS = 36  # the dashboard's horizon bound (the CLI allows the engine's own, longer, maximum)
MAX_SEED = 999_999
INVESTORS = ("all", "banks", "life_insurers", "trust_accounts", "investment_trusts")

_lock = threading.Lock()
_key_locks: dict[Any, threading.Lock] = {}
_fits: "OrderedDict[Any, tuple[ModelSet, dict]]" = OrderedDict()
_MAX_FITS = 8


def preset_names() -> tuple[str, ...]:
    """The preset scenario names shipped with ustflow (``ustflow scenario list``), sorted."""
    from ustflow.views.scenario import preset_files

    return tuple(preset_files())


def _store_key(store: "StoreLike", as_of) -> tuple:
    from ustflow.store import as_store

    s = as_store(store)
    try:
        st = os.stat(s.path)
        version = (st.st_ino, st.st_mtime_ns, st.st_size)
    except FileNotFoundError:
        version = None
    if as_of is None:
        return (str(s.path), version, None)
    from ustflow.store.reader import STRICT  # an as-of fit differs with --strict

    return (str(s.path), version, f"{as_of}{'-strict' if STRICT.get() else ''}")


@checked
def fitted(store: "StoreLike" = None, as_of=None) -> tuple["ModelSet", dict]:
    """(fitted models, start state) for this store file version and as-of date, computed once.

    Concurrent first requests for the same key wait for one fit instead of each fitting. An as-of
    fit keeps the vintage kinds its reads used and reports them again on every hit."""
    from ustflow.store.reader import LEDGER

    key = _store_key(store, as_of)
    with _lock:
        hit = _fits.get(key)
        if hit is not None:
            _fits.move_to_end(key)
    if hit is None:
        with _lock:
            klock = _key_locks.setdefault(key, threading.Lock())
        with klock:
            with _lock:
                hit = _fits.get(key)
            if hit is None:
                hit = _disk_get(store, key) or _compute(store, as_of, key)
                with _lock:
                    _fits[key] = hit
                    while len(_fits) > _MAX_FITS:  # old store versions: dead weight
                        old, _ = _fits.popitem(last=False)
                        _key_locks.pop(old, None)
    ms, state, entries = hit
    if LEDGER.get() is not None:
        LEDGER.get().extend(entries)
    return ms, state


def _compute(store, as_of, key: tuple) -> tuple:
    from ustflow.store.reader import as_of_ledger
    from ustflow.views import scenario as vs

    with as_of_ledger() as entries:
        ms = vs.fit_models(as_of=as_of, store=store)
        state = vs.start_state(ms, as_of, store)
    out = (ms, state, list(entries))
    _disk_put(store, key, out)
    return out


CACHE_FORMAT = 2  # bump when the cached objects change shape (2: the as-of vintage records)


def _cache_file(store, key: tuple):
    """``<home>/cache/scenario-<inode>-<mtime>-<size>-<as_of>-v<format>.pkl`` (None without a store file)."""
    from ustflow.store import as_store

    _, version, as_of = key
    if version is None:
        return None
    tag = "-".join(str(x) for x in version) + f"-{as_of or 'latest'}-v{CACHE_FORMAT}"
    return as_store(store).home / "cache" / f"scenario-{tag}.pkl"


def _disk_get(store, key: tuple):
    """The fit, start state and backtest cached on disk for this store version, or None.

    The CLI is a new process each time: without this, every ``scenario run`` would refit the models
    and rerun the rolling backtest (seconds). A file that cannot be read is ignored (recomputed)."""
    import pickle

    path = _cache_file(store, key)
    if path is None or not path.is_file():
        return None
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except Exception:
        return None


def _disk_put(store, key: tuple, value) -> None:
    """Write the cache atomically and drop the files of older store versions; a read-only home is fine."""
    import pickle

    from ustflow.atomic import atomic_write

    path = _cache_file(store, key)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("scenario-*.pkl"):
            if old != path and key[2] is None and "-latest-" in old.name:
                old.unlink(missing_ok=True)
        atomic_write(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass


def _check(preset: str, months: int | None, seed: int) -> None:
    names = preset_names()
    if preset not in names:
        raise NotFoundError(f"unknown scenario preset {preset!r}; presets: {', '.join(names)}")
    if months is not None and not 1 <= int(months) <= MAX_MONTHS:
        raise InvalidArgument(f"months must be from 1 to {MAX_MONTHS}, got {months}")
    if not 0 <= int(seed) <= MAX_SEED:
        raise InvalidArgument(f"seed must be from 0 to {MAX_SEED}, got {seed}")


@checked
def scenario_paths(preset: str, months: int | None = None, seed: int = 0, store: "StoreLike" = None, *,
                   as_of=None, n_sims: int = WEB_SIMS, level: float = 0.9) -> "pd.DataFrame":
    """A preset's monthly paths with bands: :func:`ustflow.views.scenario.run_scenario` (same columns
    ``period, month, group, variable, investor, value, lower, upper, unit`` and attrs: units, warnings,
    sources, ...), with the model fitted once per store version. ``n_sims`` defaults to ``WEB_SIMS``."""
    from ustflow.views import scenario as vs

    _check(preset, months, seed)
    ms, state = fitted(store, as_of)
    out = vs.run_scenario(preset, months=months, seed=seed, store=store, as_of=as_of, n_sims=n_sims, level=level,
                          models=ms, state=state)
    out.attrs["preset"] = preset
    return out


@checked
def model_fit(store: "StoreLike" = None, as_of=None) -> "pd.DataFrame":
    """The flow model's fit and out-of-sample errors by investor type (one row each), for a table.

    Columns: investor label, months used, R2, residual s.d., pickup effect (JPY 100mn per
    percentage point), out-of-sample months, RMSE of the model and of the training-mean benchmark,
    out-of-sample R2 (negative = worse than the plain average), bias, and ``warnings`` (the model's
    plain statements of where it is weak). attrs: ``units``, ``caveats``, ``method``, ``sources``,
    ``train_end``, ``as_of``."""
    from ustflow.views import scenario as vs

    ms, _ = fitted(store, as_of)
    m = vs.scenario_model(store, as_of, models=ms)
    fit = m["fit"]
    out = fit[["label", "n", "first", "last", "r2", "resid_sd_jpy_100mn", "pickup_effect_jpy_100mn_per_pp",
               "oos_n", "oos_first", "oos_last", "oos_rmse_jpy_100mn", "oos_rmse_benchmark_jpy_100mn", "oos_r2",
               "oos_bias_jpy_100mn", "weak"]].rename(columns={"label": "investor", "weak": "warnings"})
    out = out.assign(warnings=out["warnings"].fillna("").replace("", "none stated"))
    out.attrs.update(
        title="Flow model by investor type: fit, and errors out of sample",
        units={"resid_sd_jpy_100mn": "JPY 100mn", "pickup_effect_jpy_100mn_per_pp": "JPY 100mn per pp",
               "oos_rmse_jpy_100mn": "JPY 100mn", "oos_rmse_benchmark_jpy_100mn": "JPY 100mn",
               "oos_bias_jpy_100mn": "JPY 100mn", "r2": "share", "oos_r2": "share (<0: worse than the mean)"},
        caveats=list(m["caveats"]), method=m["meta"]["method"], sources=m["meta"]["sources"],
        train_end=m["meta"]["train_end"], as_of=m["meta"]["as_of"])
    return out
