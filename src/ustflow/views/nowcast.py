"""``ustflow nowcast``: what the next TIC releases will show, with 80% intervals, a real-time backtest
and a track record of live nowcasts.

    import ustflow
    nc = ustflow.nowcast(country="japan")             # months after the last published TIC month
    nc.estimates                                      # month, estimate, 80% interval, components, inputs
    nc.backtest                                       # by horizon: MAE vs naive, skill, coverage, n
    print(nc.verdict)                                 # does it beat "no change"?
    ustflow.nowcast(country="all", as_of="2024-06-10")  # what was known then

Holders: ``japan``, ``china_mainland``, ``all`` (all foreign holders: TIC's Grand Total),
``official`` (foreign official holders) or any country of the Major Foreign Holders table. TIC
attributes holdings to the country of the *custodian*: "Japan" is Treasuries held in custody in
Japan, not Japanese investors' holdings. All figures USD bn at market value, end of month, except
the custody input (H.4.1, face value).

Scores: the backtest compares each estimate with the value the store holds now, i.e. today's
revised TIC figures, not the first prints a reader saw on release day (the store holds first
prints only for vintages it loaded at the time; see ``notes``). Release dates are real (the
release calendar), values are revised: "pseudo real time".

Live nowcasts (no ``as_of``) are written to ``HOME/nowcast/track.jsonl`` with their inputs; when a
later TIC release is loaded, the next call scores them against the first value the store holds
for the month (``track``). The backtest and the live result are cached per store version in
``HOME/cache`` (the store file's inode, mtime and size, and the model version).
"""

from __future__ import annotations

import os
import pickle
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from ustflow.dates import checked
from ustflow.views.nowcast_report import CUSTODIAN_NOTE  # noqa: F401 - part of this module's vocabulary

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.analytics.nowcast import Panel
    from ustflow.store import Store

UNIT = "USD bn"
MEASURE = "USD bn, market value, end of month (TIC Major Foreign Holders); custody input at face value"
SOURCE = ("US Treasury TIC (Major Foreign Holders, SLT Table 3/3D), FRED H.15 yields (DGS2/10/30), Fed H.4.1 "
          "custody (WMTSECL1), MoF FX interventions, Japan BoP (BoJ bp_m_en) and MoF ITS (Japan)")


@dataclass
class Nowcast:
    """A nowcast of one holder: estimates, backtest scores, inputs' tracking, track record, verdict."""

    country: str
    name: str
    as_of: str | None
    origin: str  # the instant the nowcast stands at (UTC, ISO)
    last_published: dict
    estimates: "pd.DataFrame"
    backtest: "pd.DataFrame"
    specs: "pd.DataFrame"
    inputs: "pd.DataFrame"
    verdict: str
    notes: list[str] = field(default_factory=list)
    track: "pd.DataFrame | None" = None
    unit: str = UNIT
    measure: str = MEASURE
    source: str = SOURCE

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: tables as lists of records."""
        import json

        def rec(df):
            return [] if df is None else json.loads(df.to_json(orient="records", double_precision=6))

        return {"country": self.country, "name": self.name, "as_of": self.as_of, "origin": self.origin,
                "unit": self.unit, "measure": self.measure, "source": self.source,
                "last_published": self.last_published, "estimates": rec(self.estimates),
                "backtest": rec(self.backtest), "specs": rec(self.specs), "inputs": rec(self.inputs),
                "track": rec(self.track), "verdict": self.verdict, "notes": list(self.notes)}


# ----------------------------------------------------------------------------- cache
def _store_version(store: "Store") -> str:
    st = os.stat(store.path)
    return f"{st.st_ino}-{st.st_mtime_ns}-{st.st_size}"


def _cached(store: "Store", kind: str, slug: str, build):
    """``build()`` cached in HOME/cache per store version, model version and ustflow's own code (an
    upgraded or edited ustflow never reads a result an older one built); older files removed."""
    from ustflow.analytics.nowcast import MODEL_VERSION
    from ustflow.atomic import atomic_write
    from ustflow.cache import code_version

    folder = store.home / "cache"
    stem = f"nowcast-{kind}-{slug}-"
    path = folder / f"{stem}m{MODEL_VERSION}-{code_version()}-{_store_version(store)}.pkl"
    if path.exists():
        try:
            return pickle.loads(path.read_bytes())
        except Exception:  # a damaged cache file is rebuilt, never trusted
            path.unlink(missing_ok=True)
    value = build()
    try:
        atomic_write(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        for old in folder.glob(f"{stem}*.pkl"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:  # a read-only home still gets its answer
        pass
    return value


def _panel(store: "Store", slug: str) -> "Panel":
    from ustflow.views import nowcast_data as nd

    return _cached(store, "panel", slug, lambda: nd.panel(slug, store=store))


def _backtest(store: "Store", slug: str) -> "pd.DataFrame":
    from ustflow.analytics import nowcast_backtest as nb

    return _cached(store, "backtest", slug, lambda: nb.backtest(_panel(store, slug)))


# ----------------------------------------------------------------------------- API
@checked
def nowcast(country: str = "japan", as_of=None, store: "Store | str | None" = None, record: bool = True,
            strict: bool | None = None) -> Nowcast:
    """Estimates, with 80% intervals, of TIC holdings for every month after the last published one.

    ``as_of``: what was known at the end of that day: every input cut to its release date (release
    calendar), and TIC's levels read as of that date (an older vintage where the store holds one);
    default now, with everything the store holds. ``strict``: with ``as_of``, TIC levels from the
    vintages the store archived by then only (default: ``--strict`` / ``USTFLOW_STRICT_VINTAGES=1``).
    ``record``: write a live nowcast (no ``as_of``) to the track record. See the module doc for units
    and caveats.
    """
    from ustflow.store import as_store
    from ustflow.views import nowcast_data as nd, nowcast_track as tr

    s = as_store(store)
    slug, _ = nd.resolve_holder(country, s)
    if as_of is None:
        result = _cached(s, "live", slug, lambda: _build(s, slug, None))
        if record:
            tr.record(s, result, _store_version(s))
        result.track = tr.table(s, slug)
        return result
    return _build(s, slug, as_of, strict)


@checked
def nowcast_backtest(country: str = "japan", store: "Store | str | None" = None) -> "pd.DataFrame":
    """The real-time backtest, one row per origin (the day before each TIC release since 2015) and
    horizon: month, estimate, 80% interval, published value, naive, errors, specification chosen.
    ``attrs['score']``: MAE vs naive, skill and coverage by horizon. USD bn, market value."""
    from ustflow.analytics import nowcast_backtest as nb
    from ustflow.store import as_store
    from ustflow.views import nowcast_data as nd

    s = as_store(store)
    slug, name = nd.resolve_holder(country, s)
    bt = _backtest(s, slug)
    out = _backtest_rows(bt)
    out.attrs.update(unit=UNIT, measure=MEASURE, country=name, id=slug, score=nb.score(bt).to_dict("records"),
                     title=f"{name}: real-time backtest of the TIC nowcast [USD bn, market value]")
    return out


def nowcast_track(country: str | None = None, store: "Store | str | None" = None) -> "pd.DataFrame":
    """Live nowcasts recorded so far and, where TIC has published the month since, their errors."""
    from ustflow.store import as_store
    from ustflow.views import nowcast_data as nd, nowcast_track as tr

    s = as_store(store)
    slug = nd.resolve_holder(country, s)[0] if country else None
    return tr.table(s, slug)


# ----------------------------------------------------------------------------- building
def _origin_ns(as_of) -> tuple[int, int]:
    """(filter origin, clock) in ns UTC: live = everything held / now; as_of = end of that day."""
    import pandas as pd

    from ustflow.analytics.nowcast import NEVER
    from ustflow.dates import parse_date

    if as_of is None:
        return NEVER - 1, int(pd.Timestamp(datetime.now(timezone.utc)).value)
    end = pd.Timestamp(parse_date(as_of, "as_of"), tz="UTC") + pd.Timedelta(days=1)
    return int(end.value), int(end.value)


def _build(store: "Store", slug: str, as_of, strict: bool | None = None) -> Nowcast:
    import pandas as pd

    from ustflow.analytics import nowcast as nc, nowcast_backtest as nb
    from ustflow.errors import NoDataError
    from ustflow.views import nowcast_data as nd, nowcast_report as rp

    origin, clock = _origin_ns(as_of)
    p = _panel(store, slug)
    kind: dict = {}
    if as_of is not None:
        p, kind = nd.tic_as_of(p, as_of, store, strict)
    v = nc.view_at(p, origin)
    bt = _backtest(store, slug)
    raw = bt.attrs.get("raw")
    names = [sp.name for sp in p.specs()]
    errors = nb.ForecastErrors(raw) if raw is not None and len(raw) else None
    spec_name = nb.choose(errors, clock, v.last, names)[0] if errors is not None else nc.DEFAULT_SPEC
    spec = next(sp for sp in nc.SPECS if sp.name == spec_name)
    rows = nc.forecast(v, spec)
    if not rows and spec_name != nc.DEFAULT_SPEC:
        spec = next(sp for sp in nc.SPECS if sp.name == nc.DEFAULT_SPEC)
        rows = nc.forecast(v, spec)
    chosen_err = nb.ForecastErrors(bt) if len(bt) else None
    scale = nb.error_scale(v)
    est = rp.estimates_table(p, v, rows, chosen_err, clock, scale)
    # an as-of nowcast scores only what was known then: targets published by the clock
    cut = bt[(bt["origin"] < clock) & (bt["target_released"] <= clock)] if len(bt) else bt
    score = nb.score(cut)
    last = {"month": str(p.months[v.last]), "value_usd_bn": float(v.level[v.last]),
            "released": rp.when(p.level_rel[v.last])}
    if est.empty and not rows:
        notes_extra = ["no month after the last published one has complete month-end yields yet"]
    else:
        notes_extra = []
    origin_txt = (f"{pd.Timestamp(clock, tz='UTC'):%Y-%m-%d} (everything the store holds)" if as_of is None
                  else f"{as_of} (end of day)")
    name = p.name
    inputs = rp.inputs_table(p, v, bt)
    needed = rp.needed_input(p, v, inputs) if not _meets(score) else ""
    notes = rp.notes(p, store, slug, spec, as_of, kind) + notes_extra
    if v.share_assumed:
        notes.append(f"no long-term share of holdings known at the origin: {nc.DEFAULT_LT_SHARE:.0%} assumed")
    if not len(score) and not len(est):
        raise NoDataError(f"nothing to nowcast for {name}: no TIC history with yields and inputs in the store")
    return Nowcast(slug, name, as_of, origin_txt, last, est, _score_table(score), nb.spec_scores(bt, until=clock),
                   inputs, nb.verdict(name, score, needed), notes)


def _meets(score: "pd.DataFrame") -> bool:
    from ustflow.analytics import nowcast_backtest as nb

    return bool(len(score)) and bool((score["skill"] >= nb.TARGET_SKILL).all()) and \
        bool(score["coverage"].between(*nb.TARGET_COVERAGE).all())


def _score_table(score: "pd.DataFrame") -> "pd.DataFrame":
    out = score.rename(columns={"h": "horizon_months", "mae": "mae_usd_bn", "naive_mae": "naive_mae_usd_bn",
                                "bias": "bias_usd_bn", "mean_width": "mean_width_usd_bn"})
    return out.round(4)


def _backtest_rows(bt: "pd.DataFrame") -> "pd.DataFrame":
    import pandas as pd

    if bt.empty:
        return pd.DataFrame(columns=["origin", "month", "horizon_months", "estimate_usd_bn", "low_usd_bn",
                                     "high_usd_bn", "published_usd_bn", "naive_usd_bn", "error_usd_bn",
                                     "naive_error_usd_bn", "covered", "spec"])
    out = pd.DataFrame({
        "origin": [pd.Timestamp(o, tz="UTC").strftime("%Y-%m-%d") for o in bt["origin"]],
        "month": bt["month"], "horizon_months": bt["h"], "estimate_usd_bn": bt["estimate"],
        "low_usd_bn": bt["low"], "high_usd_bn": bt["high"], "published_usd_bn": bt["actual"],
        "naive_usd_bn": bt["naive"], "error_usd_bn": bt["error"], "naive_error_usd_bn": bt["naive_error"],
        "covered": bt["covered"].map({1.0: True, 0.0: False}), "spec": bt["spec"],
        "valuation_usd_bn": bt["valuation"], "flows_usd_bn": bt["flows"], "drift_usd_bn": bt["drift"],
        "duration": bt["duration"]})
    return out.round(4)
