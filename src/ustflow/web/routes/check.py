"""``POST /api/check``: judge an article's figures against the store (reads only; nothing is stored)."""

from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, field_validator

from ustflow.store import Store
from ustflow.web import schemas as sc
from ustflow.web.respond import Fmt, Result, check_date, json_result, records, respond_uncached, table_result
from ustflow.web.schemas import DATE, TEXT

router = APIRouter(tags=["check"])


class CheckRequest(BaseModel):
    """An article to check (``POST /api/check``)."""

    model_config = ConfigDict(extra="forbid")  # a misspelt field is an error, not silently ignored

    # The control characters the checker refuses (binary, not an article) are out of the schema too
    # (TEXT), so a request the schema allows is never refused for them; the validator says which
    # character on which line, in the checker's words.
    text: str = Field(..., min_length=1, max_length=200_000, json_schema_extra={"pattern": TEXT},
                      description="Article text or HTML (no control characters but tab, newline, form feed, CR)")
    date: Optional[str] = Field(None, pattern=DATE, description="The article's date (YYYY-MM-DD)")
    as_of: Optional[str] = Field(None, pattern=DATE, description="Judge against the data known on this date")

    @field_validator("text")
    @classmethod
    def _no_control_characters(cls, text: str) -> str:
        from ustflow.check.text import check_text_input

        check_text_input(text, "text")  # InvalidArgument is a ValueError: a 422 naming the character
        return text


@router.post("/api/check", responses=sc.check_responses(sc.Table),
             summary="Check the numbers of an article against the official data (reads only; nothing is stored)")
async def check(request: Request, body: CheckRequest, format: Fmt = "json") -> Response:
    def fn(s: Store) -> Result:
        from ustflow.views import check as vc

        res = vc.check_text(body.text, date=check_date("date", body.date), store=s,
                            as_of=check_date("as_of", body.as_of))
        df = vc.claims_frame(res)
        from ustflow.check.language import notice
        from ustflow.check.track_record import note

        # the CLI prints each verdict's record on blind articles under its table: the page shows it too;
        # "language": why an article in a language the checker does not read yields few claims, or None
        meta = {"title": "Claims checked against the official data", "counts": df.attrs.get("counts"),
                "source": df.attrs.get("sources"), "as_of": body.as_of, "track_record": note(),
                "language": notice(body.text) or None}
        if format == "csv":
            return table_result(df, "csv", meta)
        return json_result(dict(meta, rows=records(df)))
    return await respond_uncached(request, fn)
