"""Data helpers shared by the chart builders: period labels, slicing, events, country names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ustflow import api
from ustflow.errors import NoDataError

if TYPE_CHECKING:
    import pandas as pd


def _month_rows(s: "pd.Series") -> tuple[list[str], list[str]]:
    return [p.strftime("%Y-%m-01") for p in s.index], [p.strftime("%Y-%m") for p in s.index]


def _day(ts) -> str:
    return ts.strftime("%Y-%m-%d")


def _newest(index) -> str | None:
    import pandas as pd

    if len(index) == 0:
        return None
    last = index.max()
    if isinstance(last, pd.Period):
        return last.strftime("%Y-%m") if last.freqstr.startswith("M") else _day(last.end_time)
    return _day(last)


def _default_start(newest_index, years: int) -> str:
    import pandas as pd

    last = newest_index.max()
    ts = last.end_time if isinstance(last, pd.Period) else last
    return (ts - pd.DateOffset(years=years)).strftime("%Y-%m-%d")


def _slice(s: "pd.Series", start, end) -> "pd.Series":
    import pandas as pd

    if isinstance(s.index, pd.PeriodIndex):
        if start:
            s = s[s.index.end_time >= pd.Timestamp(start)]
        if end:
            s = s[s.index.start_time <= pd.Timestamp(end)]
        return s
    if start:
        s = s[s.index >= pd.Timestamp(start)]
    if end:
        s = s[s.index <= pd.Timestamp(end)]
    return s


def _events(store, as_of, start=None, end=None) -> "pd.DataFrame":
    """FX interventions known by ``as_of``, with a readable label and side."""
    import pandas as pd

    ev = api.events(kind="fx_intervention", as_of=as_of, store=store)
    if ev.empty:
        return pd.DataFrame(columns=["date", "date_end", "label", "amount_jpy_bn", "side"])
    ev = ev.copy()
    for c in ("date_start", "date_end"):
        ev[c] = pd.to_datetime(ev[c])
    if start:
        ev = ev[ev["date_end"] >= pd.Timestamp(start)]
    if end:
        ev = ev[ev["date_start"] <= pd.Timestamp(end)]
    side = ev["detail"].fillna("").str.contains("buy_jpy").map({True: "bought yen (sold USD)",
                                                                False: "sold yen (bought USD)"})
    return pd.DataFrame({"date": ev["date_start"].map(_day), "date_end": ev["date_end"].map(_day),
                         "label": ev["title"], "amount_jpy_bn": ev["amount"], "side": side})


def _holding_ids(store, as_of=None) -> dict[str, str]:
    """Country slug -> display name of every TIC holdings series that is a country (no aggregates)."""
    from ustflow.vocab import AGGREGATES

    df = api.search("tic.holdings.", store=store)
    df = df[df["id"].str.startswith("tic.holdings.")]
    out = {}
    for sid, title in zip(df["id"], df["title"]):
        slug = sid.removeprefix("tic.holdings.")
        if slug not in AGGREGATES:
            out[slug] = str(title).split(":")[0] if title else slug
    return out


def _require(s: "pd.Series", what: str) -> None:
    if s.dropna().empty:
        raise NoDataError(f"no data for {what} in the chosen dates / as-of date")


