"""Small Vega-Lite building blocks: every chart states title, unit, source and data date in its spec.

Dates go to the browser as ISO strings on a UTC scale, so a month never slips to the previous day
in a time zone west of Greenwich; tooltips read a preformatted ``period`` string for the same reason.
"""

from __future__ import annotations

import math
from typing import Any, Iterable

WIDTH = 860  # used for static images; pages let the chart fill its container
HEIGHT = 300

BLUE, RED, GREY, ORANGE, GREEN, PURPLE = "#1f77b4", "#d62728", "#7f7f7f", "#ff7f0e", "#2ca02c", "#9467bd"
PALETTE = [BLUE, ORANGE, GREEN, RED, PURPLE, "#8c564b", "#e377c2", GREY, "#bcbd22", "#17becf"]


def clean(v: Any) -> Any:
    """JSON-safe scalar: NaN -> None, numpy -> python, floats rounded to 6 significant digits."""
    if v is None:
        return None
    if hasattr(v, "item"):
        v = v.item()
    if isinstance(v, float):
        if math.isnan(v) or math.isinf(v):
            return None
        return float(f"{v:.6g}")
    return v


def records(df) -> list[dict]:
    cols = list(df.columns)
    return [{c: clean(v) for c, v in zip(cols, row)} for row in df.itertuples(index=False, name=None)]


def x_time(field: str = "date", title: str | None = None, fmt: str | None = None) -> dict:
    axis: dict = {"title": title, "labelOverlap": True, "grid": False}
    if fmt:
        axis["format"] = fmt
    if fmt == "%Y":
        axis["tickCount"] = "year"  # one tick per year: no repeated labels at half years
    return {"field": field, "type": "temporal", "scale": {"type": "utc"}, "axis": axis}


def y_quant(field: str, title: str, **kw) -> dict:
    enc = {"field": field, "type": "quantitative", "axis": {"title": title}}
    enc.update(kw)
    return enc


def spec(title: str, subtitle: Iterable[str], datasets: dict[str, list], layer_or_mark: dict,
         *, height: int = HEIGHT, width: int | str = WIDTH) -> dict:
    """A top-level spec with named inline datasets (``view.data(name)`` reads them back in a page)."""
    out = {
        "title": {"text": title, "subtitle": [s for s in subtitle if s], "anchor": "start",
                  "subtitleColor": "#555", "fontSize": 15},
        "width": width,
        "height": height,
        "datasets": datasets,
        "config": {"view": {"stroke": None}, "axis": {"labelFontSize": 11, "titleFontSize": 11},
                   "legend": {"orient": "top", "labelFontSize": 11, "title": None, "labelLimit": 260},
                   "font": "DejaVu Sans, Helvetica, Arial, sans-serif"},
    }
    out.update(layer_or_mark)
    return out


def subtitle(unit: str, source: str, newest: str | None, as_of: str | None, extra: str = "") -> list[str]:
    lines = [f"Unit: {unit}. Source: {source}."]
    when = f"Data to {newest}" if newest else "No data"
    if as_of:
        when += f", as known on {as_of}"
    lines.append(when + (f". {extra}" if extra else "."))
    return lines


def color_scale(domain: list[str], colors: list[str] | None = None) -> dict:
    return {"domain": domain, "range": (colors or PALETTE)[: len(domain)]}


# One colour per country on every chart and page, whichever countries are shown together.
COUNTRY_COLORS = {
    "Japan": BLUE, "China, Mainland": RED, "China": RED, "United Kingdom": GREEN, "Cayman Islands": PURPLE,
    "Belgium": ORANGE, "Luxembourg": "#8c564b", "Canada": "#e377c2", "France": "#17becf", "Ireland": "#bcbd22",
    "Taiwan": "#393b79", "Switzerland": "#637939", "Hong Kong": "#8c6d31", "Singapore": "#843c39",
    "India": "#7b4173", "Saudi Arabia": "#3182bd", "Brazil": "#31a354", "Norway": "#756bb1",
    "Korea, South": "#e6550d", "Germany": "#636363", "Israel": "#9c9ede", "Australia": "#cedb9c",
}
_SPARE = ["#6b6ecf", "#b5cf6b", "#e7ba52", "#d6616b", "#ce6dbd", "#9ecae1", "#a1d99b", "#fdae6b", "#bcbddc", GREY]


def country_color(name: str) -> str:
    """The colour of a country (or group): fixed for the largest holders, else a stable pick by name."""
    import zlib

    return COUNTRY_COLORS.get(name) or _SPARE[zlib.crc32(name.encode()) % len(_SPARE)]


def country_scale(domain: list[str]) -> dict:
    """A colour scale giving each country its own colour (``country_color``) on every chart."""
    return {"domain": domain, "range": [country_color(c) for c in domain]}
