"""Static images of a chart without a browser (vl-convert), and the JavaScript that draws charts in pages.

The JS bundle (Vega, Vega-Lite and vega-embed, with all their dependencies) comes from
``vl_convert.javascript_bundle()``, so the browser draws exactly what the static images show, and the
report and dashboard need no CDN. Building it takes a few seconds, so it is cached per process.
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path

from ustflow.charts import Chart, _spec as S
from ustflow.errors import InvalidArgument

FORMATS = ("png", "svg")


def static_spec(chart: Chart) -> dict:
    """The spec with a fixed width (pages use the container's width)."""
    spec = copy.deepcopy(chart.spec)
    if not isinstance(spec.get("width"), int):
        spec["width"] = S.WIDTH
    spec.setdefault("background", "white")
    return spec


def to_bytes(chart: Chart, fmt: str = "png", scale: float = 2.0) -> bytes:
    import vl_convert as vlc

    if fmt == "png":
        return vlc.vegalite_to_png(static_spec(chart), scale=scale)
    if fmt == "svg":
        return vlc.vegalite_to_svg(static_spec(chart)).encode("utf-8")
    raise InvalidArgument(f"unknown image format {fmt!r}; use one of {', '.join(FORMATS)}")


def save(chart: Chart, out: str | Path, fmt: str | None = None, scale: float = 2.0) -> Path:
    """Write a PNG or SVG (from ``fmt`` or the file's extension)."""
    out = Path(out)
    fmt = (fmt or out.suffix.lstrip(".") or "png").lower()
    if fmt not in FORMATS:
        raise InvalidArgument(f"cannot write {out.name}: use a .png or .svg file name (or --format png|svg)")
    from ustflow.atomic import atomic_write

    return atomic_write(out, to_bytes(chart, fmt, scale))


@functools.lru_cache(maxsize=1)
def javascript_bundle() -> str:
    """Vega + Vega-Lite + vega-embed as one script that defines ``window.vegaEmbed`` (about 900 kB)."""
    import vl_convert as vlc

    return vlc.javascript_bundle()


def versions() -> dict:
    import vl_convert as vlc

    return {"vega": vlc.get_vega_version(), "vega_embed": vlc.get_vega_embed_version(),
            "vega_lite": vlc.get_vegalite_versions()[-1]}
