"""The project's vocabulary: one id per country, aggregate and MoF investor type, for every layer.

Parsers name series with these ids, and views, charts, the web and the claim checker list and
group them by the same sets, so none of them needs to import a parser (or pandas) to know what
``japan``, ``grand_total`` or ``life_insurers`` mean.

Countries (TIC). Why this exists: the US Treasury prints the same entity under many labels, and they change
between files and between years of the same file:

- footnote marks glued to the name, with stray spaces: ``United Kingdom 2/``, ``Belgium  5/``,
  ``Oil Exporters 3/``;
- trailing spaces and CSV quoting: ``"Korea, South "``, ``Spain ``, ``"China, Mainland"``;
- different spellings per table: ``Korea`` (legacy mfh.txt) vs ``Korea, South`` (everywhere else),
  ``China, mainland`` vs ``China, Mainland``, ``Belgium-Luxembourg`` (mfhhis01) vs
  ``Belgium and Luxembourg`` (Form S);
- abbreviations: ``Carib Bnkng Ctrs`` = Caribbean Banking Centers, ``For. Official`` = foreign
  official institutions, ``Total IROs`` = international and regional organizations;
- the official-holder lines are printed indented under an ``Of which:`` heading in the MFH tables
  (``  For. Official`` / ``    Treasury Bills`` / ``    T-Bonds & Notes``) and spelled out in SLT
  (``Of Which: Foreign Official Treasury Bills``) or without the colon in Table 3D
  (``Of which Foreign Official``).

``normalize_country`` maps every variant to a stable ``slug`` (the id fragment used in series ids)
and one display name, so ``tic.holdings.korea_south`` is the same series whichever file it came from.
Slugs are derived with ``slug`` unless an alias says otherwise, so a new country printed by
Treasury gets a sensible id without a code change.
"""

from __future__ import annotations

import functools
import re


def slug(text: str) -> str:
    """Lower-case id fragment: letters, digits and single underscores."""
    s = re.sub(r"[^0-9a-z]+", "_", text.strip().lower())
    return s.strip("_")


_slug = slug

# A footnote mark at the end of a label: "United Kingdom 2/", "Belgium  5/", "Foo 1/ 2/".
_FOOTNOTE = re.compile(r"(?:\s+\d{1,2}/)+\s*$")
_MARK = re.compile(r"(\d{1,2})/")

# Headings that introduce official-holder lines but carry no values themselves.
_HEADINGS = {"of which", "of which:"}

# Cleaned lower-case label -> (slug, display name). Only where ``slug(label)`` would be wrong or
# where two spellings must meet; everything else falls through to the generic rule.
_ALIASES: dict[str, tuple[str, str]] = {
    "china, mainland": ("china_mainland", "China, Mainland"),
    "china mainland": ("china_mainland", "China, Mainland"),
    "korea, south": ("korea_south", "Korea, South"),
    "korea": ("korea_south", "Korea, South"),  # legacy mfh.txt prints plain "Korea"
    "south korea": ("korea_south", "Korea, South"),
    "carib bnkng ctrs": ("caribbean_banking_centers", "Caribbean Banking Centers"),
    "caribbean banking centers": ("caribbean_banking_centers", "Caribbean Banking Centers"),
    "oil exporters": ("oil_exporters", "Oil Exporters"),
    "belgium-luxembourg": ("belgium_luxembourg", "Belgium-Luxembourg"),
    "belgium and luxembourg": ("belgium_luxembourg", "Belgium-Luxembourg"),
    "grand total": ("grand_total", "Grand Total"),
    "all other": ("all_other", "All Other"),
    "all countries": ("all_countries", "All Countries"),
    "for. official": ("foreign_official", "Foreign Official"),
    "foreign official": ("foreign_official", "Foreign Official"),
    "of which: foreign official": ("foreign_official", "Foreign Official"),
    "of which foreign official": ("foreign_official", "Foreign Official"),
    "treasury bills": ("foreign_official_bills", "Foreign Official Treasury Bills"),
    "of which: foreign official treasury bills": ("foreign_official_bills", "Foreign Official Treasury Bills"),
    "t-bonds & notes": ("foreign_official_bonds_notes", "Foreign Official T-Bonds & Notes"),
    "of which: foreign official t-bonds & notes": ("foreign_official_bonds_notes", "Foreign Official T-Bonds & Notes"),
    "of which: foreign non-official": ("foreign_non_official", "Foreign Non-Official"),
    "memo: euro area": ("euro_area", "Euro Area"),
    "memo: european union": ("european_union", "European Union"),
    "international": ("international_organizations", "International Organizations"),
    "total regional orgs.": ("regional_organizations", "Regional Organizations"),
    "total regional organizations": ("regional_organizations", "Regional Organizations"),
    "international & regional orgs.": ("international_and_regional_organizations",
                                       "International and Regional Organizations"),  # shlhistdat.txt
    "total iros": ("international_and_regional_organizations", "International and Regional Organizations"),
    "international and regional organizations": ("international_and_regional_organizations",
                                                  "International and Regional Organizations"),
    "total international and regional organizations": ("international_and_regional_organizations",
                                                        "International and Regional Organizations"),
    "country unknown": ("country_unknown", "Country Unknown"),
    "holy see (vatican city)": ("holy_see", "Holy See (Vatican City)"),
}

# Regional totals and holder-type lines (SLT Table 1 "Of Which: ..." rows) that are not countries.
_REGIONS = {
    "total_europe", "total_asia", "total_africa", "total_caribbean", "total_latin_america",
    "total_latin_america_and_caribbean", "total_other", "euro_area", "european_union",
}
_HOLDER_TYPES = {
    f"{who}{kind}"
    for who in ("", "foreign_official_", "foreign_non_official_")
    for kind in ("depository_institutions", "other_financial_organizations", "non_financial_organizations",
                 "state_local_general_government", "fund_shares", "asset_backed_securities")
}

#: Country groups printed as one line of the country list (they add up with the countries).
COUNTRY_GROUPS: frozenset[str] = frozenset({"oil_exporters", "caribbean_banking_centers"})

#: Slugs that are not single countries: totals, residuals, official-holder lines, regions,
#: organizations, holder types and the two MFH country groups.
AGGREGATES: frozenset[str] = frozenset(
    {
        "grand_total", "all_other", "all_other_table5", "all_countries", "country_unknown",
        "foreign_official", "foreign_official_bills", "foreign_official_bonds_notes", "foreign_non_official",
        "international_organizations", "regional_organizations", "international_and_regional_organizations",
    }
    | _REGIONS
    | _HOLDER_TYPES
    | COUNTRY_GROUPS
)

#: Financial / custodial centres: holdings booked there mostly belong to investors elsewhere
#: (TIC attributes by custodian residence, FAQ #7).
CUSTODIAL_CENTRES: frozenset[str] = frozenset(
    {
        "united_kingdom", "belgium", "luxembourg", "belgium_luxembourg", "ireland", "switzerland",
        "netherlands", "cayman_islands", "bermuda", "bahamas", "british_virgin_islands",
        "british_west_indies", "netherlands_antilles", "curacao", "panama", "caribbean_banking_centers",
        "channel_islands_and_isle_of_man", "guernsey", "jersey", "isle_of_man", "hong_kong", "singapore",
    }
)

#: Slugs that are official-sector lines (sector "official" in series metadata).
OFFICIAL = frozenset({"foreign_official", "foreign_official_bills", "foreign_official_bonds_notes"})


def clean_label(label: str) -> str:
    """The label as a person would write it: no quotes, footnote marks or doubled spaces."""
    text = label.replace('""', '"').strip().strip('"').strip()
    text = _FOOTNOTE.sub("", text)
    return re.sub(r"\s+", " ", text).strip()


def footnote_marks(label: str) -> list[str]:
    """Footnote numbers glued to a label: ``'United Kingdom 2/'`` -> ``['2']``."""
    text = label.replace('"', "").strip()
    m = _FOOTNOTE.search(text)
    return _MARK.findall(m.group(0)) if m else []


def is_heading(label: str) -> bool:
    """``Of which:`` introduces the official lines; it is not a series."""
    return clean_label(label).lower() in _HEADINGS


@functools.lru_cache(maxsize=4096)
def normalize_country(label: str) -> tuple[str, str]:
    """(slug, display name) for any TIC country / aggregate label.

    Raises ValueError for an empty label or a bare heading such as ``Of which:``.
    """
    text = clean_label(label)
    key = text.lower()
    if not key or key in _HEADINGS:
        raise ValueError(f"not a country or aggregate label: {label!r}")
    if key in _ALIASES:
        return _ALIASES[key]
    if key.startswith("of which:") or key.startswith("of which "):
        rest = text.split(":", 1)[1] if ":" in text else text[len("of which"):]
        rest = rest.strip()
        return _slug(rest.replace("&", "and")).replace("state_and_local", "state_local"), rest
    if key.startswith("memo:"):
        rest = text.split(":", 1)[1].strip()
        return _slug(rest), rest
    return _slug(text), text


def is_aggregate(slug: str) -> bool:
    """True for totals, regions, organizations and holder-type lines (anything not one country)."""
    return slug in AGGREGATES or slug.startswith(("total_", "foreign_official", "foreign_non_official"))


def sector_of(slug: str) -> str | None:
    """'official' / 'non_official' for official-holder lines, else None."""
    if slug.startswith("foreign_non_official"):
        return "non_official"
    if slug.startswith("foreign_official"):
        return "official"
    return None


# MoF investor types (International Transactions in Securities, monthb2/3/4): the ``<sector>`` part of
# ``mof.monthly.<instrument>.<sector>.<acq|disp|net>`` and its display name, in MoF's order.
MOF_SECTORS: dict[str, str] = {
    "all": "All investors",
    "public": "Public sector",
    "central_bank": "Central bank",
    "general_government": "General government",
    "deposit_taking": "Deposit-taking corporations",
    "banks": "Banks (banking accounts)",
    "trust_banks": "Trust banks (banking accounts)",
    "other_sectors": "Other sectors",
    "other_financial": "Other financial corporations",
    "trust_accounts": "Banks and trust banks (trust accounts)",
    "banks_trust_accounts": "Banks (trust accounts)",
    "trust_banks_trust_accounts": "Trust banks (trust accounts)",
    "financial_instruments_firms": "Financial instruments firms",
    "life_insurers": "Life insurance companies",
    "nonlife_insurers": "Non-life insurance companies",
    "investment_trusts": "Investment trust management companies",
    "others": "Others",
}
