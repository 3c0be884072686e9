"""`ustflow check` on a holder's "sold $X of Treasuries" when no TIC reading matches (issue 13, session 16): the
figure is tried as the change in holdings and as SLT / Form S net purchases; when neither supports it, the reading
it is nearest (revised since, or misprinted) is the one reported, and the qualifiers on it ("2月以来で初の売り越し",
"the first net sale since February") are judged on that reading, not on the other series. Invented sentences; the
values are computed here from the loaded store."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import claim_containing, month_name, released, series


def _months(store, slug: str, sid: str, start: str):
    """Months from ``start`` where the change in holdings and the net purchases (USD bn) differ by half or more."""
    h = series(f"tic.holdings.{slug}", store).diff().dropna()
    n = series(sid, store) / 1000
    out = []
    for p in h.index:
        if p >= pd.Period(start, "M") and p in n.index and min(abs(h[p]), abs(n[p])) >= 5 and abs(n[p] - h[p]) >= 0.5 * abs(h[p]) \
                and h[p] * n[p] > 0:
            out.append((p, float(h[p]), float(n[p])))
    return out


@pytest.mark.parametrize("slug, name, ja, sid, start", [
    ("japan", "Japan", "日本", "tic.slt.japan.treasury_net", "2023-02"),
    ("china_mainland", "China", "中国", "tic.slt.china_mainland.treasury_net", "2023-02"),
    ("united_kingdom", "Britain", "英国", "tic.slt.united_kingdom.treasury_net", "2023-02"),
])
def test_the_nearest_reading_is_reported(data, loaded_store, slug, name, ja, sid, start):
    months = _months(loaded_store, slug, sid, start)
    if not months:
        pytest.skip("no month where the readings part")
    p, held, net = months[0]
    from ustflow.views.check import check_text

    for near, what in ((held, "change in holdings"), (net, "SLT")):
        fig = abs(near) * 1.06  # 6% off: contradicted on both readings, nearest the one named
        verb, verb_ja = ("sold", "売り越した") if near < 0 else ("bought", "買い越した")
        for text, part in ((f"{name} {verb} a net ${fig:.1f} billion of Treasuries in {month_name(p)}.", f"${fig:.1f} billion"),
                           (f"{ja}は{p.year}年{p.month}月に米国債を{round(fig * 10)}億ドル{verb_ja}。", f"{round(fig * 10)}億ドル")):
            rec = claim_containing(check_text(text, date=released(p), store=data), part)
            assert rec["verdict"] == "contradicted", (text, rec["explanation"])
            assert what in rec["explanation"].split(";")[0], (text, rec["explanation"])
