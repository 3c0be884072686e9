"""`ustflow check` on a first or a run whose own words name a balance and its side ("registering a deficit in goods
trade for the first time since January", "its first trade surplus in three months", "貿易収支が7年ぶりに赤字に転化"):
judged on that balance, not on the figure of another balance it is attached to (the current account's). A first
said of the figure's own balance stays on it. Invented sentences; expected values are the store's own (``boj.bop``).
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import series, yen_bn
from ustflow.views.check import check_text


def _first_sign_month(store, code: str, sign: int, gap: int) -> tuple[pd.Period, pd.Period]:
    """A month whose balance has ``sign`` after ``gap`` or more months of the other sign (the latest such), and the
    month before that run."""
    s = series(f"boj.bop.{code}", store)
    s = s[s.index < pd.Period("2024-01", "M")]  # (a month well inside the store, released long before its end)
    for i in range(len(s) - 1, gap, -1):
        if s.iloc[i] * sign > 0 and all(s.iloc[i - k] * sign < 0 for k in range(1, gap + 1)):
            j = i - 1
            while j >= 0 and s.iloc[j] * sign < 0:
                j -= 1
            return s.index[i], s.index[j]
    raise AssertionError("no such month")


_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


@pytest.mark.parametrize("template", [
    "Japan's current account surplus widened 5.0 percent from a year earlier in {m} {y}, despite registering a "
    "{side} in goods trade for the first time since {since}.",
    "In {m} {y}, Japan's current account surplus grew 5.0 percent from a year earlier, with the country marking its "
    "first trade {side} in {n} months.",
])
def test_a_first_naming_its_own_balance_is_judged_on_it(data, loaded_store, template):
    p, last = _first_sign_month(loaded_store, "bpbp6jyntb", -1, 2)
    n = (p.year - last.year) * 12 + p.month - last.month
    text = template.format(m=_NAMES[p.month - 1], y=p.year, side="deficit", since=f"{_NAMES[last.month - 1]} {last.year}",
                           n=n)
    date = (p + 2).to_timestamp().strftime("%Y-%m-12")
    recs = [r for r in check_text(text, date=date, store=data) if r["measure"] == "first_since"]
    assert recs and recs[0]["series"] == "boj.bop.bpbp6jyntb" and recs[0]["verdict"] == "supported", recs


def test_a_first_of_the_figures_own_balance_stays_on_it(data, loaded_store):
    p, last = _first_sign_month(loaded_store, "bpbp6jyntb", -1, 2)
    v = float(series("boj.bop.bpbp6jyntb", loaded_store)[p])
    text = (f"Japan's current account surplus grew in {_NAMES[p.month - 1]} {p.year}. The goods trade balance showed a "
            f"deficit of {yen_bn(v)}, the first deficit since {_NAMES[last.month - 1]} {last.year}.")
    date = (p + 2).to_timestamp().strftime("%Y-%m-12")
    recs = [r for r in check_text(text, date=date, store=data) if r["measure"] == "first_since"]
    assert recs and (recs[0]["series"], recs[0]["verdict"]) == ("boj.bop.bpbp6jyntb", "supported"), recs
