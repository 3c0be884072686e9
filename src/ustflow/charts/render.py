"""Static images of a chart without a browser (vl-convert), and the JavaScript that draws charts in pages.

The JS bundle (Vega, Vega-Lite and vega-embed, with all their dependencies) comes from
``vl_convert.javascript_bundle()``, so the browser draws exactly what the static images show, and the
report and dashboard need no CDN. Building it takes a few seconds, so it is cached (``javascript_bundle``).
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path

from ustflow.charts import _spec as S
from ustflow.charts.base import Chart
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


@functools.lru_cache(maxsize=4)
def javascript_bundle(folder: Path | None = None) -> str:
    """Vega + Vega-Lite + vega-embed as one script that defines ``window.vegaEmbed`` (about 900 kB).

    vl-convert builds it in about 2 s of CPU each time, and it only changes with vl-convert: it is kept
    in a file named by vl-convert's version in the user's cache folder (``USTFLOW_CACHE_DIR``, else e.g.
    ``~/.cache/ustflow``: one per installation, whatever the store) and in ``folder`` (the store's
    cache folder) when given, and read from the first of them that holds it."""
    import vl_convert as vlc

    name = f"vl-convert-{vlc.__version__}-bundle.js"
    places = [Path(p) / name for p in (folder, _user_cache()) if p is not None]
    for path in places:
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            pass
    bundle = vlc.javascript_bundle()
    from ustflow.atomic import atomic_write

    for path in places:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, bundle)
        except OSError:  # a read-only folder: built again next time
            pass
    return bundle


def _user_cache() -> Path | None:
    import os

    if os.environ.get("USTFLOW_CACHE_DIR"):
        return Path(os.environ["USTFLOW_CACHE_DIR"])
    try:
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("ustflow", appauthor=False))
    except Exception:  # no platformdirs or no home: the store's folder only
        return None


def versions() -> dict:
    import vl_convert as vlc

    return {"vega": vlc.get_vega_version(), "vega_embed": vlc.get_vega_embed_version(),
            "vega_lite": vlc.get_vegalite_versions()[-1]}
