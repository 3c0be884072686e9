"""An investor type's MoF flows over all the securities it trades, which MoF publishes only by kind of security:

    国内の投信運用会社などによる対外証券投資は、5月に1兆3,719億円の買い越しとなった。
    投資信託部門の買付額が、今年前半だけで6兆円を超えています。

``mof.monthly.total.<type>.net`` is the type's net purchases of foreign equity and investment fund shares,
long-term debt and short-term debt (MoF's investor-type tables for the three kinds, JPY 100 mn, summed month by
month); ``mof.monthly.subtotal.<type>.net`` is equity and long-term debt. A story that names the type's foreign
securities as a whole (対外証券投資, "foreign securities") reads the total first; one that names no kind of security
tries the total after long-term debt (the kind the investor-type stories mostly mean: ``flows``).
"""

from __future__ import annotations

import re

_ID = re.compile(r"mof\.monthly\.(total|subtotal)\.(\w+)\.(net|acq|disp)")
_PARTS = {"total": ("equity", "lt_debt", "st_debt"), "subtotal": ("equity", "lt_debt")}


def sector_total(data, id: str) -> "pd.Series | None":  # noqa: F821 (pandas imported lazily)
    """The summed series ``id`` names (module docstring), or None when it names none or a part is missing."""
    m = _ID.fullmatch(id)
    if m is None:
        return None
    parts = [data.series(f"mof.monthly.{k}.{m.group(2)}.{m.group(3)}") for k in _PARTS[m.group(1)]]
    if any(p is None or p.dropna().empty for p in parts):
        return None
    out = parts[0].dropna()
    for p in parts[1:]:
        out = out + p.dropna()
    return out.dropna()


def total_reading(data, sid: str) -> "tuple[pd.Series, str] | None":  # noqa: F821
    """(the investor type's all-securities series, its id) for the type's long-term-debt series ``sid``."""
    if not re.fullmatch(r"mof\.monthly\.lt_debt\.\w+\.net", sid):
        return None
    tid = sid.replace(".lt_debt.", ".total.")
    s = data.series(tid)
    return None if s is None or s.empty else (s, tid)
