"""Japanese sectors' holdings of foreign securities, from the BoJ Flow of Funds (quarterly).

The Python API behind ``ustflow sectors``::

    from ustflow.views import sectors as sv
    sv.sectors()                          # every main sector at the newest quarter: stock, flow, ranks
    sv.sector("life insurance")           # one sector, quarterly: stock, flow, valuation, ranks, peak
    sv.sector("agriculture", start="2024Q1")   # the agricultural financial institutions (Norinchukin's sector)
    sv.available()                        # the sectors the store holds (key, name, code)

Series: ``boj.fof.ffas<code>a540`` (stock), ``ffaf`` (flow) and ``ffar`` (reconciliation), sector
codes as in the BoJ's Flow of Funds (132 life insurance, 124 agricultural financial institutions, ...);
100 million yen. See ``ustflow.analytics.sectors`` for what they measure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ustflow import api
from ustflow.dates import normalize, parse_quarter
from ustflow.errors import InvalidArgument, NoDataError, NotFoundError

if TYPE_CHECKING:
    import pandas as pd

    from ustflow.store import Store

UNIT = "JPY 100mn"
SOURCE = "Bank of Japan, Flow of Funds Accounts (fof2_en, quarterly): Outward investments in securities (A540)"
NOTE = ("foreign securities of every kind (bonds, equities, fund shares), by sector of Japanese holder; a sector "
        "groups many institutions and never shows a single firm; stock change = flow (transactions) + "
        "reconciliation (prices, exchange rates, other)")
TOTAL = "700"
# the sectors shown by default (the BoJ's codes); every other one is available by name or code
MAIN = ("700", "100", "110", "122", "124", "126", "127", "160", "132", "134", "140", "424", "410", "430")
_ID = re.compile(r"^boj\.fof\.ffas(\d{3})a540$")


def available(store: "Store | str | None" = None) -> "pd.DataFrame":
    """The sectors held: ``key`` (slug), ``name``, ``code`` (BoJ sector code), ``first``, ``last``."""
    from ustflow.vocab import slug

    found = api.search("Outward invest", store=store)
    all_ids = set(found["id"])
    found = found[found["id"].str.match(_ID.pattern)]
    if found.empty:
        raise NoDataError("no Flow of Funds data (boj_flow_of_funds) in the store: run `ustflow update`")
    names = found["title"].str.split("/").str[2].str.removeprefix("Of which: ")
    names = names.str[:1].str.upper() + names.str[1:]  # "Of which: public pensions" -> "Public pensions"
    out = found.assign(code=found["id"].str.extract(_ID.pattern, expand=False), name=names)
    out["key"] = [("total" if c == TOTAL else slug(n)) for c, n in zip(out["code"], out["name"])]
    out = out[["key", "name", "code", "id", "first", "last"]].sort_values("code").reset_index(drop=True)
    out.attrs["ids"] = all_ids  # every "Outward investments" series: stocks, flows, reconciliations (and annual ones)
    return out


def resolve(sector: str, store=None) -> "pd.Series":
    """A sector by key, BoJ code or a word of its name ('life', 'agri', '132')."""
    sectors = available(store)
    text = str(sector).strip().lower()
    for col in ("key", "code"):
        hit = sectors[sectors[col] == text]
        if len(hit):
            return hit.iloc[0]
    hit = sectors[sectors["name"].str.lower().str.contains(re.escape(text))]
    if len(hit) == 1 or (len(hit) > 1 and hit["name"].str.lower().str.startswith(text).sum() == 1):
        return hit[hit["name"].str.lower().str.startswith(text)].iloc[0] if len(hit) > 1 else hit.iloc[0]
    if len(hit) > 1:  # no single sector by that name: say which ones it could be
        raise NotFoundError(f"sector {sector!r} matches several sectors: {', '.join(hit['key'])}")
    raise NotFoundError(f"unknown sector {sector!r}; known: {', '.join(sectors['key'])}")


def _history(code: str, as_of, store, total, wide: "pd.DataFrame | None" = None) -> "pd.DataFrame":
    """One sector's history; ``wide`` (from :func:`_wide`) holds its series already read, else each is read."""
    from ustflow.analytics import sectors as sa

    def get(kind):
        sid = f"boj.fof.{kind}{code}a540"
        if wide is not None:
            return wide[sid].dropna() if sid in wide.columns else None
        try:
            return api.series(sid, as_of=as_of, store=store)
        except NotFoundError:
            return None
    stock = get("ffas")
    if stock is None or stock.dropna().empty:
        raise NoDataError(f"no Flow of Funds stock for sector {code}" + (f" known on {as_of}" if as_of else ""))
    return sa.sector_history(stock, get("ffaf"), get("ffar"), total)


def _quarters(df: "pd.DataFrame", start, end) -> "pd.DataFrame":
    import pandas as pd

    if start is not None:
        df = df[df.index >= pd.Period(start, "Q")]
    if end is not None:
        df = df[df.index <= pd.Period(end, "Q")]
    return df


def _quarter(value, name: str = "quarter"):
    """'2025Q4', '2025-10', '2025-12-31' -> a quarterly Period (None stays None); ``ustflow.dates`` checks it."""
    import pandas as pd

    if value is None:
        return None
    year, q = parse_quarter(value, name)
    return pd.Period(year=year, quarter=q, freq="Q")


def sector(sector: str, start=None, end=None, as_of=None, store: "Store | str | None" = None) -> "pd.DataFrame":
    """One sector's foreign securities, quarterly (JPY 100mn): stock, change, flow, reconciliation,
    four-quarter flow, share of all sectors, rank of each flow as a sale, distance from the peak."""
    import pandas as pd

    as_of = None if as_of is None else normalize(as_of, "as_of")  # quarters are checked by _quarter
    first, last = _quarter(start, "start"), _quarter(end, "end")
    info = resolve(sector, store)
    total = _history(TOTAL, as_of, store, None)["stock"] if info["code"] != TOTAL else None
    df = _quarters(_history(info["code"], as_of, store, total), first, last)
    if df.empty:
        raise NoDataError(f"no quarter of {info['name']} between {start} and {end}")
    df.index.name = "quarter"
    df.attrs.update(text=_text(info["name"], df, str(pd.Period(info["first"], "Q"))), unit=UNIT, source=SOURCE, note=NOTE, sector=info["name"],
                    code=info["code"],
                    series={k: f"boj.fof.{k}{info['code']}a540" for k in ("ffas", "ffaf", "ffar")},
                    title=f"{info['name']}: foreign securities held (BoJ Flow of Funds, quarterly) [{UNIT}; flow + "
                          "= net acquisition]")
    return df


def sectors(quarter=None, which: str = "main", as_of=None, store: "Store | str | None" = None) -> "pd.DataFrame":
    """Every sector (``which='all'``) or the main ones at ``quarter`` (default: the newest), JPY 100mn."""
    from ustflow.analytics import sectors as sa

    as_of = None if as_of is None else normalize(as_of, "as_of")
    if which not in ("main", "all"):
        raise InvalidArgument(f"which must be 'main' or 'all', got {which!r}")
    info = available(store)
    ids = info.attrs["ids"]
    if which == "main":
        info = info[info["code"].isin(MAIN)]
    codes = set(info["code"]) | {TOTAL}
    wanted = [f"boj.fof.{k}{c}a540" for c in sorted(codes) for k in ("ffas", "ffaf", "ffar")]
    wanted = [i for i in wanted if i in ids]
    wide = api.frame(wanted, as_of=as_of, store=store)  # one read for every sector's three series
    total = _history(TOTAL, as_of, store, None, wide)["stock"]
    histories = {r.key: _history(r.code, as_of, store, total, wide) for r in info.itertuples()}
    table = sa.latest_table(histories, dict(zip(info["key"], info["name"])), _quarter(quarter))
    if table.empty:
        raise NoDataError("no Flow of Funds quarter to show")
    if which == "main":  # a sector the BoJ stopped (postal savings after 2007) only in which='all'
        table = table[table["quarter"] == max(table["quarter"])].reset_index(drop=True)
    table.insert(2, "code", table["key"].map(dict(zip(info["key"], info["code"]))))
    newest = max(table["quarter"])
    no_flow = table.loc[table["quarters"].isna(), "sector"].tolist()
    note = NOTE + (f"; no transactions published for {', '.join(no_flow)} (the BoJ gives its stock only)"
                   if no_flow else "")
    table.attrs.update(unit=UNIT, source=SOURCE, note=note, quarter=newest,
                       title=f"Japanese sectors' foreign securities (BoJ Flow of Funds), {newest} [{UNIT}; rank_sale: "
                             "rank of the quarter's flow among the sector's quarters as a net sale]")
    return table



def _text(name: str, df: "pd.DataFrame", first: str) -> str:
    """One sentence on the newest quarter shown, in yen trillions (JPY 100mn / 10,000)."""
    import pandas as pd

    last = df.dropna(subset=["stock"]).iloc[-1]
    q = df.dropna(subset=["stock"]).index[-1]
    out = f"{name} held {last['stock'] / 1e4:,.1f} JPY tn of foreign securities at the end of {q}"
    if pd.notna(last.get("share_of_total_pct")):
        out += f" ({last['share_of_total_pct']:.1f}% of all Japanese holders)"
    if pd.notna(last["flow"]):
        side = "net purchase" if last["flow"] >= 0 else "net sale"
        out += f", after a {side} of {abs(last['flow']) / 1e4:,.2f} JPY tn in the quarter"
        if pd.notna(last["rank_sale"]):  # ranked over the sector's whole history, not only the rows shown
            out += f" (the {_ordinal(int(last['rank_sale']))} largest quarterly sale since {first})"
        if pd.notna(last["reconciliation"]):
            out += f" and price and exchange-rate changes of {last['reconciliation'] / 1e4:+,.2f} JPY tn"
    if pd.notna(last["from_peak_pct"]) and last["from_peak_pct"] < -0.05:
        out += f"; {-last['from_peak_pct']:.0f}% below its peak"
    return out + "."


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n:,}{suffix}"
