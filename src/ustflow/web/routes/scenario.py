"""``/api/scenario/{preset}``: a preset scenario's monthly paths with bands (presets only: no file paths)."""

from __future__ import annotations

import json
from typing import Literal, Optional

from fastapi import APIRouter, Path as PathParam, Query, Request
from fastapi.responses import Response

from ustflow.store import Store
from ustflow.views.scenario_page import MAX_MONTHS, MAX_SEED, WEB_SIMS, preset_names
from ustflow.web import schemas as sc
from ustflow.web.respond import Fmt, Result, csv_result, json_result, json_safe, records, respond

Preset = Literal[preset_names()]  # type: ignore[valid-type]  # an enum of the presets

router = APIRouter(tags=["scenario"])


@router.get("/api/scenario/{preset}", responses=sc.data(sc.Table),
            summary=f"A preset scenario's monthly paths with bands ({WEB_SIMS} simulations; as `ustflow scenario "
                    "run PRESET --sims 500`): flows by investor type, Treasuries, Japan's holdings, yield impact, "
                    "inputs; one row per month, variable and investor, units per variable")
async def scenario(request: Request, preset: Preset = PathParam(..., description="Preset (`ustflow scenario list`)"),
                   months: Optional[int] = Query(None, ge=1, le=MAX_MONTHS,
                                                 description="Horizon in months (default: the preset's own)"),
                   seed: int = Query(0, ge=0, le=MAX_SEED, description="Random seed of the simulations"),
                   format: Fmt = "json") -> Response:
    def fn(s: Store) -> Result:
        from ustflow.views.scenario_page import scenario_paths

        df = scenario_paths(preset, months=months, seed=seed, store=s)
        out = df.assign(period=df["period"].astype(str))
        a = df.attrs
        meta = {"title": a.get("title"), "preset": preset, "months": a.get("months"), "seed": seed,
                "n_sims": a.get("n_sims"), "level": a.get("level"), "first_period": a.get("first_period"),
                "units": a.get("units"), "warnings": a.get("warnings"), "assumptions": a.get("assumptions"),
                "summary": a.get("summary"), "citations": a.get("citations"), "method": a.get("method"),
                "source": a.get("sources"), "as_of": None}
        if format == "csv":
            comments = [f"{meta['title']}: {WEB_SIMS} simulations, seed {seed}, {a.get('level', 0.9):.0%} bands",
                        "units: " + json.dumps(meta["units"]), f"source: {meta['source']}",
                        *(f"warning: {w}" for w in meta["warnings"] or [])]
            return csv_result(out, comments)
        # attrs may hold NaN (a band with no draws, no out-of-sample months): null in JSON
        return json_result(dict(json_safe(meta), rows=records(out)))
    return await respond(request, fn)
