"""TIC tables: countries TIC lists, no header text as a country, rows that add up to their totals.

Two families (see ``rules``):

- the Major Foreign Holders tables (mfhhis01, slt_table5, mfh.txt: ``tic.holdings.*`` /
  ``tic.mfh_legacy.*``) print every row that makes up the Grand Total: the listed countries, the
  groups (Oil Exporters, Caribbean Banking Centers) and All Other. Their sum must equal the Grand
  Total in every month within the rounding of the printed rows, which also lets a *new* country
  through when the totals account for it.
- the SLT tables and their predecessors (``tic.slt*``, ``tic.forms``) list a selection of countries
  by TIC country code, with regional subtotals that include unlisted countries, so the country rows
  sum to nothing checkable; the code is the identity, and a code TIC has not used in any file
  ustflow reads is refused. SLT Tables 1 and 3 state All Countries + International and Regional
  Organizations = Grand Total and Foreign Official + Non-Official = Grand Total exactly.

The known list (``ustflow/data/tic_entities.csv``: code, slug, files) was built from every TIC file
in the shared mirror and the archived vintages; ``tests/test_validation.py`` checks it still covers
them. A country Treasury starts to list in an SLT table is added there.
"""

from __future__ import annotations

import csv
import functools
import re
from importlib import resources

import numpy as np
import pandas as pd

from ustflow.parse._base import Parsed
from ustflow.validate.rules import fail, id_parts, line_of

NOT_IN_SUM = {"grand_total", "foreign_official", "foreign_official_bills", "foreign_official_bonds_notes"}
ROUNDING = 0.05  # USD bn: half the 0.1 bn the MFH tables print
SLT_TOLERANCE = 2.0  # USD mn: the SLT identities hold exactly in the files; allow two rounding steps

# a row name that is a header, a footnote or a notes line, as a slug (see ustflow.vocab.slug)
_HEADER = re.compile(
    r"^(country(_code)?|date|period|notes?|column_definitions|link|source|millions_of_dollars|"
    r"(in_)?billions_of_dollars|holdings(_\d+)?(_at_end_of_period)?|department_of_the_treasury.*|"
    r"major_foreign_holders.*|series(_\d+)?|[ivxl]+|\d{1,2}_.*|\d{4}(_\d{4})*|\d{4}_\d{2}|"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(_(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))*)$")


@functools.lru_cache(maxsize=1)
def known() -> tuple[frozenset[str], frozenset[str]]:
    """(known slugs, known SLT country codes) from data/tic_entities.csv."""
    text = resources.files("ustflow").joinpath("data/tic_entities.csv").read_text()
    rows = list(csv.DictReader(text.splitlines()))
    return frozenset(r["slug"] for r in rows), frozenset(r["code"] for r in rows if r["code"])


def looks_like_header(slug: str) -> bool:
    return bool(_HEADER.match(slug))


def check(parsed: Parsed, name: str, module: str) -> None:
    obs = parsed.observations
    codes, parts = id_parts(obs["series_id"], maxsplit=3)
    prefix = parts[0][0] + "." + parts[0][1]  # tic.holdings, tic.mfh_legacy, tic.slt, tic.slt1, ...
    if module == "tic_mfh":
        slugs = np.array([".".join(p[2:]) for p in parts], dtype=object)
        _check_mfh(obs.assign(slug=slugs[codes]), name)
    elif parsed.meta.get("country_codes"):
        slugs = np.array([p[2] for p in parts], dtype=object)
        _check_slt_codes(obs, slugs[codes], parsed.meta["country_codes"], name)
        if prefix in ("tic.slt", "tic.slt1"):
            fields = np.array([p[3] for p in parts], dtype=object)
            _check_slt_totals(obs.assign(slug=slugs[codes], field=fields[codes]), name)


# ----------------------------------------------------------------------------- MFH tables
def _check_mfh(obs: pd.DataFrame, name: str) -> None:
    slugs = set(obs["slug"].unique())
    for s in sorted(slugs):
        if looks_like_header(s):
            fail("header_text", name, line_of(obs, obs["slug"] == s), "a country name in every data row",
                 f"header or footnote text {s!r} as a country")
    wide = obs.pivot(index="period", columns="slug", values="value")
    if "grand_total" not in wide:
        return
    total = wide["grand_total"]
    rows = wide[[c for c in wide.columns if c not in NOT_IN_SUM]]
    summed, tol = rows.sum(axis=1), ROUNDING * (rows.notna().sum(axis=1) + 1)
    off = (summed - total).abs() > tol
    unknown = sorted(slugs - known()[0])
    for u in unknown:
        has = rows[u].notna()
        without = (summed - rows[u].fillna(0) - total).abs() > tol
        accounted = has.any() and not (off & has).any() and (without | ~has).all()
        if not accounted:
            fail("known_country", name, line_of(obs, obs["slug"] == u),
                 "countries TIC lists, or new ones the Grand Total accounts for (the rows add up with "
                 "them and not without)", f"{u!r}: not a TIC country, and the totals do not vouch for it")
    if off.any():
        p = off[off].index[0]
        fail("tic_totals", name, line_of(obs, (obs["slug"] == "grand_total") & (obs["period"] == p)),
             f"the country rows to add up to the Grand Total in every month (within {tol[p]:.2f} bn)",
             f"{pd.Timestamp(p):%Y-%m}: rows {summed[p]:,.1f}, Grand Total {total[p]:,.1f}")
    _official_within(wide, obs, name, "grand_total", tol_parts=3 * ROUNDING)


def _official_within(wide: pd.DataFrame, obs: pd.DataFrame, name: str, total_col: str,
                     tol_parts: float | None) -> None:
    if "foreign_official" not in wide:
        return
    above = wide["foreign_official"] > wide[total_col] + 1e-9
    if above.any():
        p = above[above].index[0]
        fail("official_within_total", name,
             line_of(obs, (obs["slug"] == "foreign_official") & (obs["period"] == p)),
             "'Of which: foreign official' not above the Grand Total",
             f"{pd.Timestamp(p):%Y-%m}: official {wide.at[p, 'foreign_official']:,.1f} > "
             f"total {wide.at[p, total_col]:,.1f}")
    if tol_parts is not None and {"foreign_official_bills", "foreign_official_bonds_notes"} <= set(wide):
        parts = wide["foreign_official_bills"] + wide["foreign_official_bonds_notes"]
        gap = (parts - wide["foreign_official"]).abs() > tol_parts + 1e-9
        if gap.any():
            p = gap[gap].index[0]
            fail("official_within_total", name,
                 line_of(obs, (obs["slug"] == "foreign_official") & (obs["period"] == p)),
                 "foreign official bills + bonds & notes = foreign official (within rounding)",
                 f"{pd.Timestamp(p):%Y-%m}: {parts[p]:,.1f} vs {wide.at[p, 'foreign_official']:,.1f}")


# ----------------------------------------------------------------------------- SLT tables
def _check_slt_codes(obs: pd.DataFrame, slugs, codes: dict[str, str], name: str) -> None:
    known_codes = known()[1]
    for slug, code in codes.items():
        if code in known_codes:
            continue
        where = line_of(obs, pd.Series(slugs == slug, index=obs.index))
        if looks_like_header(slug):
            fail("header_text", name, where, "a country name and code in every data row",
                 f"header or footnote text {slug!r} (code {code}) as a country")
        fail("known_country", name, where, "a TIC country code listed in data/tic_entities.csv (a country "
             "Treasury newly lists is added there)", f"{slug!r} with code {code}")


def _check_slt_totals(obs: pd.DataFrame, name: str) -> None:
    need = {"grand_total", "all_countries", "international_and_regional_organizations"}
    sub = obs[obs["slug"].isin(need | {"foreign_official", "foreign_non_official"})]
    wide = sub.set_index(["field", "period", "slug"])["value"].unstack("slug")
    if not need <= set(wide.columns):
        return
    checks = [("All Countries + International and Regional Organizations = Grand Total",
               wide["all_countries"] + wide["international_and_regional_organizations"])]
    if {"foreign_official", "foreign_non_official"} <= set(wide.columns):
        checks.append(("Foreign Official + Foreign Non-Official = Grand Total",
                       wide["foreign_official"] + wide["foreign_non_official"]))
    for what, parts in checks:
        gap = (parts - wide["grand_total"]).abs() > SLT_TOLERANCE
        if gap.any():
            field, p = gap[gap].index[0]
            line = line_of(obs, (obs["slug"] == "grand_total") & (obs["period"] == p) & (obs["field"] == field))
            fail("tic_totals", name, line, f"{what} (within {SLT_TOLERANCE:g} mn) for every field and month",
                 f"{field} {pd.Timestamp(p):%Y-%m}: {parts[(field, p)]:,.0f} vs {wide.at[(field, p), 'grand_total']:,.0f}")
    if "foreign_official" in wide:  # holdings only: flows and valuation changes may be of any sign
        pos = wide.index.get_level_values("field").str.endswith("_pos")
        above = (wide["foreign_official"] > wide["grand_total"] + SLT_TOLERANCE) & pos
        if above.any():
            field, p = above[above].index[0]
            fail("official_within_total", name,
                 line_of(obs, (obs["slug"] == "foreign_official") & (obs["period"] == p) & (obs["field"] == field)),
                 "'Of Which: Foreign Official' not above the Grand Total",
                 f"{field} {pd.Timestamp(p):%Y-%m}: {wide.at[(field, p), 'foreign_official']:,.0f} > "
                 f"{wide.at[(field, p), 'grand_total']:,.0f}")
