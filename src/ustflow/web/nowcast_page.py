"""The dashboard's nowcast page tables: estimates, backtest by horizon, inputs' tracking, track record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ustflow.errors import InvalidArgument

if TYPE_CHECKING:
    from ustflow.store import Store

HOLDERS = (("japan", "Japan"), ("china_mainland", "China, Mainland"), ("all", "All foreign holders"),
           ("official", "Foreign official"))
TABLES = ("nowcast", "nowcast_basis", "nowcast_backtest", "nowcast_inputs", "nowcast_track")


def table(name: str, store: "Store", q: dict, as_of) -> dict:
    """One of ``TABLES`` as the page template takes it (title, caption, df, units, digits, csv link)."""
    from urllib.parse import urlencode

    from ustflow.views.nowcast import nowcast

    country = q.get("country") or "japan"
    if country not in dict(HOLDERS):
        raise InvalidArgument(f"country: expected one of {', '.join(dict(HOLDERS))}, got {country[:30]!r}")
    nc = nowcast(country=country, as_of=as_of, store=store, record=False)
    base = dict({"as_of": as_of} if as_of else {}, country=country, format="csv")
    if name == "nowcast":
        df = nc.estimates.drop(columns=["spec", "inputs", "interval_basis"])
        lp = nc.last_published
        return {"id": name, "title": f"{nc.name}: nowcast of TIC holdings [USD bn, market value, end of month]",
                "caption": f"Last published {lp['month']} = {lp['value_usd_bn']:,.1f} USD bn (TIC release of "
                           f"{lp['released']}); nowcast as of {nc.origin}. low/high: 80% interval. "
                           + " ".join(nc.notes[:1]),
                "df": df, "units": {},
                "digits": {c: 1 for c in df.columns if c.endswith("_usd_bn")},
                "csv": "/api/nowcast?" + urlencode(dict(base, table="estimates"))}
    if name == "nowcast_basis":
        df = nc.estimates[nc.estimates["status"] == "estimate"][["month", "spec", "inputs", "interval_basis"]]
        return {"id": name, "title": f"{nc.name}: what each estimate rests on",
                "caption": "Each input's value for the month (USD bn) times its fitted coefficient, and the date it "
                           "was released; the specification is the one with the smallest past out-of-sample error.",
                "df": df, "units": {}, "digits": {}, "csv": None}
    if name == "nowcast_backtest":
        df = nc.backtest
        return {"id": name, "title": f"{nc.name}: real-time backtest since 2015, by horizon [USD bn]",
                "caption": nc.verdict, "df": df, "units": {},
                "digits": {"skill": 3, "coverage": 3, "n": 0, "n_intervals": 0, "horizon_months": 0},
                "csv": "/api/nowcast/backtest?" + urlencode({"country": country, "format": "csv"})}
    if name == "nowcast_inputs":
        df = nc.inputs.drop(columns=["label"])
        return {"id": name, "title": f"{nc.name}: how well each input tracks TIC",
                "caption": "Correlations with TIC's monthly change after valuation (since 2008, since 2023-02) and "
                           "with TIC's own net purchases (SLT Table 3, since 2023-02); sums since 2023-02 in USD bn; "
                           "chosen: share of backtest origins whose specification used the input. "
                           + "; ".join(f"{r.input}: {r.label}" for r in nc.inputs.itertuples()),
                "df": df, "units": {}, "digits": {"months": 0},
                "csv": "/api/nowcast?" + urlencode(dict(base, table="inputs"))}
    if name == "nowcast_track":
        from ustflow.views.nowcast import nowcast_track

        slug = nc.country
        df = nowcast_track(country=slug, store=store).drop(columns=["inputs"]).head(36)
        s = df.attrs.get("summary", {})
        cap = ("Live nowcasts recorded by `ustflow nowcast` (the dashboard records none), scored against the first "
               "value the store holds once TIC publishes the month. ")
        if s.get("scored"):
            cap += (f"{s['scored']} scored: MAE {s['mae_usd_bn']:.1f} vs naive {s['naive_mae_usd_bn']:.1f} USD bn; "
                    f"{s['pending']} pending.")
        return {"id": name, "title": f"{nc.name}: track record of live nowcasts [USD bn]", "caption": cap,
                "df": df, "units": {},
                "digits": {c: 1 for c in df.columns if c.endswith("_usd_bn")}, "csv": None}
    raise KeyError(name)
