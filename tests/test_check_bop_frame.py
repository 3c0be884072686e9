"""`ustflow check` on stories about a balance-of-payments release for a span (a calendar year with December, a first
half with June, a fiscal year with March): figures in sentences that name no period are the span's totals, their
percent changes and changes from the same span a year before; the span comes from the headline / lede, else from
the release calendar when the figures' sizes agree. Invented sentences (English and Japanese); expected values are
the store's own (BoJ ``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import bop_sign, bop_value, by_claim, series, yen_bn, yen_oku
from ustflow.views.check import check_text


def _sum(store, code: str, first: str, last: str) -> float:
    s = series(f"boj.bop.{code}", store)
    return float(s[(s.index >= pd.Period(first, "M")) & (s.index <= pd.Period(last, "M"))].sum())


def test_a_year_named_in_the_lede_frames_the_figures_after_it(data, loaded_store):
    ca = _sum(loaded_store, "bpbp6jyncb", "2019-01", "2019-12")
    pi = _sum(loaded_store, "bpbp6jynpin", "2019-01", "2019-12")
    text = (f"財務省が発表した令和元年の国際収支状況によると、経常収支は黒字だった。\n\n"
            f"経常収支は{yen_oku(ca)}の{bop_sign(ca, True)}となった。第1次所得収支は{yen_oku(pi)}の{bop_sign(pi, True)}。")
    recs = check_text(text, date="2020-02-10", store=data)
    for fig in (yen_oku(ca), yen_oku(pi)):
        rec = by_claim(recs, fig)
        assert (rec["verdict"], rec["official_period"]) == ("supported", "2019-01..2019-12"), rec["explanation"]


def test_a_half_named_in_the_lede_and_a_percent_change_from_the_same_half(data, loaded_store):
    now, before = (_sum(loaded_store, "bpbp6jynex", f"{y}-01", f"{y}-06") for y in (2017, 2016))
    pct = 100 * (now - before) / abs(before)
    text = (f"財務省が発表した2017年上半期(1~6月)の国際収支速報によると、経常収支は黒字だった。\n\n"
            f"輸出は{abs(pct):.1f}%{'増' if pct > 0 else '減'}の{yen_oku(now)}だった。")
    recs = check_text(text, date="2017-08-08", store=data)
    rec = by_claim(recs, f"{abs(pct):.1f}%")
    assert (rec["measure"], rec["verdict"]) == ("bop_pct", "supported"), rec["explanation"]
    assert rec["official_period"].startswith("2016-01..2016-06"), rec["official_period"]
    assert by_claim(recs, yen_oku(now))["verdict"] == "supported"


def test_the_release_calendar_frames_an_english_story_of_year_totals(data, loaded_store):
    ca, ca0 = (_sum(loaded_store, "bpbp6jyncb", f"{y}-01", f"{y}-12") for y in (2024, 2023))
    g, g0 = (_sum(loaded_store, "bpbp6jyntb", f"{y}-01", f"{y}-12") for y in (2024, 2023))
    assert g < 0 and g0 < 0  # the goods deficits of 2024 and 2023
    pct = 100 * (ca - ca0) / abs(ca0)
    text = (f"Japan's current account surplus {'expanded' if pct > 0 else 'shrank'} {abs(pct):.1f}% from the previous "
            f"year to {yen_bn(ca)}, the ministry said. The goods trade deficit "
            f"{'narrowed' if abs(g) < abs(g0) else 'widened'} to {yen_bn(g)} from {yen_bn(g0)} a year before.")
    recs = check_text(text, date="2025-02-10", store=data)
    assert by_claim(recs, yen_bn(ca))["official_period"] == "2024-01..2024-12"
    assert by_claim(recs, yen_bn(ca))["verdict"] == "supported"
    rec = by_claim(recs, f"{abs(pct):.1f}%")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2023-01..2023-12 to 2024-01..2024-12")
    assert by_claim(recs, yen_bn(g))["verdict"] == "supported"
    rec = by_claim(recs, yen_bn(g0))
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2023-01..2023-12"), rec["explanation"]


def test_a_fiscal_year_release_and_a_change_from_the_year_before(data, loaded_store):
    now, before = (_sum(loaded_store, "bpbp6jyncb", f"{y}-04", f"{y + 1}-03") for y in (2022, 2021))
    d = now - before
    text = (f"The surplus on the current account came to {yen_bn(now)}, the Finance Ministry said on Thursday. "
            f"The surplus {'grew' if d > 0 else 'shrank'} by {yen_bn(d)} from a year earlier.")
    recs = check_text(text, date="2023-05-11", store=data)
    assert by_claim(recs, yen_bn(now))["official_period"] == "2022-04..2023-03"
    rec = by_claim(recs, yen_bn(d))
    assert (rec["measure"], rec["verdict"]) == ("bop_change", "supported"), rec["explanation"]


def test_a_story_about_the_month_keeps_the_month(data, loaded_store):
    """December's release is the year's too: a story whose figures are December's sizes keeps December; so does a
    figure whose sentence names its month in a story of the year."""
    s = series("boj.bop.bpbp6jyncb", loaded_store)
    dec = float(s[pd.Period("2022-12", "M")])
    text = f"Japan's current account logged a {bop_sign(dec)} of {yen_bn(dec)}, the ministry said."
    rec = by_claim(check_text(text, date="2023-02-09", store=data), yen_bn(dec))
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2022-12")
    year = _sum(loaded_store, "bpbp6jyncb", "2022-01", "2022-12")
    text = (f"Japan's current account {bop_sign(year)} for 2022 came to {yen_bn(year)}. In December alone, the current "
            f"account {bop_sign(dec)} was {yen_bn(dec)}.")
    rec = by_claim(check_text(text, date="2023-02-09", store=data), yen_bn(dec))
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2022-12")


def test_a_month_between_span_releases_is_no_frame(data, loaded_store):
    s = series("boj.bop.bpbp6jyncb", loaded_store)
    apr = float(s[pd.Period("2023-04", "M")])
    text = f"経常収支は{yen_oku(apr)}の{bop_sign(apr, True)}だった。"
    rec = by_claim(check_text(text, date="2023-06-08", store=data), yen_oku(apr))
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2023-04")


def test_a_run_said_of_a_years_balance_is_counted_on_fiscal_years_not_months(data, loaded_store):
    fys = [_sum(loaded_store, "bpbp6jyncb", f"{y}-04", f"{y + 1}-03") for y in range(2016, 2021)]
    falls = [b < a for a, b in zip(fys, fys[1:])]  # FY2017..FY2020 against the year before
    n = next(k for k in range(len(falls), 0, -1) if all(falls[-k:]))
    assert n < len(falls)  # a run that began inside the window
    text = f"2020年度の国際収支速報によると、経常収支の黒字額は{yen_oku(fys[-1])}となり、{n}年連続で黒字幅は縮小した。"
    rec = by_claim(check_text(text, date="2021-05-13", store=data), f"{n}年連続")
    assert rec["verdict"] == "supported" and "fiscal year" in rec["explanation"], rec["explanation"]


def test_a_lede_naming_the_month_or_a_year_only_as_a_since_is_no_frame(data, loaded_store):
    s = series("boj.bop.bpbp6jyntb", loaded_store)
    dec = float(s[pd.Period("2021-12", "M")])
    for lede in ("財務省が発表した12月の国際収支速報によると、経常収支は黒字だった。",
                 "経常収支の黒字幅は2014年以来の水準だった。"):
        text = f"{lede}貿易収支は{yen_oku(dec)}の{bop_sign(dec, True)}だった。"
        rec = by_claim(check_text(text, date="2022-02-08", store=data), yen_oku(dec))
        assert (rec["verdict"], rec["official_period"]) == ("supported", "2021-12"), (lede, rec["explanation"])


def test_exports_and_imports_changes_and_a_balance_that_worsened(data, loaded_store):
    """A change of exports or imports ("輸出が8兆円減少", "輸入が6兆円以上減少") is the span's total less the same span's a
    year before; a balance that worsened (悪化) or improved (改善) by a sum is its signed change, a deficit's too."""
    ex, ex0 = (_sum(loaded_store, "bpbp6jynex", f"{y}-01", f"{y}-12") for y in (2020, 2019))
    im, im0 = (_sum(loaded_store, "bpbp6jynim", f"{y}-01", f"{y}-06") for y in (2016, 2015))
    sv, sv0 = (_sum(loaded_store, "bpbp6jynsn", f"{y}-01", f"{y}-12") for y in (2020, 2019))
    assert ex < ex0 and im < im0 and sv < sv0 < 0
    text = (f"財務省が発表した2020年の国際収支によると、経常収支は黒字だった。輸出は前年比{yen_oku(ex0 - ex)}減少し"
            f"{yen_oku(ex)}となった。サービス収支は前年比{yen_oku(sv0 - sv)}悪化した。")
    recs = check_text(text, date="2021-02-08", store=data)
    for fig in (yen_oku(ex0 - ex), yen_oku(sv0 - sv)):
        rec = by_claim(recs, fig)
        assert (rec["measure"], rec["verdict"]) == ("bop_change", "supported"), rec["explanation"]
    floor = yen_oku(round((im0 - im) * 0.9, -4))  # "6兆円以上": a floor below the fall
    text = f"財務省によると今年1月から6月の日本の経常収支は黒字となった。輸入額が{floor}以上減少した。"
    rec = by_claim(check_text(text, date="2016-08-08", store=data), floor)
    assert (rec["measure"], rec["verdict"]) == ("bop_change", "supported"), rec["explanation"]
    text = f"In 2020, Japan's exports fell {(ex0 - ex) / 10:,.1f} billion yen from the previous year, the current account data showed."
    rec = by_claim(check_text(text, date="2021-02-08", store=data), f"{(ex0 - ex) / 10:,.1f} billion yen")
    assert (rec["measure"], rec["verdict"]) == ("bop_change", "supported"), rec["explanation"]


def test_an_export_level_after_a_rise_is_no_change(data, loaded_store):
    ex = _sum(loaded_store, "bpbp6jynex", "2023-01", "2023-12")
    text = f"財務省が発表した2023年の国際収支によると、経常収支は黒字だった。輸出は増加し、{yen_oku(ex)}だった。"
    rec = by_claim(check_text(text, date="2024-02-08", store=data), yen_oku(ex))
    assert (rec["measure"], rec["verdict"]) == ("bop", "supported"), rec["explanation"]


def test_services_trade_and_travel_surplus_wordings_and_a_base_from_a_year_before(data, loaded_store):
    """"In services trade, the deficit shrank to X from Y": the services balance, Y the same span a year before; "the
    surplus in travel services": the travel balance."""
    sv, sv0 = (_sum(loaded_store, "bpbp6jynsn", f"{y}-01", f"{y}-12") for y in (2024, 2023))
    tr = _sum(loaded_store, "bpbp6jynsn2", "2024-01", "2024-12")
    assert sv < 0 and sv0 < 0 and tr > 0
    text = (f"Japan's current account surplus hit a record in 2024, the ministry said. In services trade, the deficit "
            f"{'shrank' if abs(sv) < abs(sv0) else 'grew'} to {yen_bn(sv)} from {yen_bn(sv0)} as the surplus in travel "
            f"services climbed to {yen_bn(tr)}.")
    recs = check_text(text, date="2025-02-10", store=data)
    for fig, period in ((yen_bn(sv), "2024-01..2024-12"), (yen_bn(sv0), "2023-01..2023-12"), (yen_bn(tr), "2024-01..2024-12")):
        rec = by_claim(recs, fig)
        assert (rec["verdict"], rec["official_period"]) == ("supported", period), (fig, rec["explanation"])
    s = series("boj.bop.bpbp6jynsn2", loaded_store)
    may = float(s[pd.Period("2023-05", "M")])
    text = f"Japan's current account stayed in surplus in May. The balance on travel came to {yen_bn(may)}."
    rec = by_claim(check_text(text, date="2023-07-10", store=data), yen_bn(may))
    assert rec["official_period"] == "2023-05", rec["explanation"]


def test_an_item_named_after_a_comma_is_the_next_clauses(data, loaded_store):
    ex, ex0 = (_sum(loaded_store, "bpbp6jynex", f"{y}-01", f"{y}-12") for y in (2020, 2019))
    im = _sum(loaded_store, "bpbp6jynim", "2020-01", "2020-12")
    text = (f"財務省が発表した2020年の国際収支によると、経常収支は黒字だった。輸出が{yen_oku(ex0 - ex)}減少し{yen_oku(ex)}、"
            f"輸入は{yen_oku(im)}となった。")
    recs = check_text(text, date="2021-02-08", store=data)
    assert "goods exports" in by_claim(recs, yen_oku(ex))["explanation"]
    assert by_claim(recs, yen_oku(ex))["verdict"] == "supported"
    assert "goods imports" in by_claim(recs, yen_oku(im))["explanation"]
    s = series("boj.bop.bpbp6jyncb", loaded_store)
    v = float(s[pd.Period("2019-03", "M")])
    text = f"Japan posted a {yen_bn(v)} current account {bop_sign(v)} in March before seasonal adjustment."
    assert by_claim(check_text(text, date="2019-05-13", store=data), yen_bn(v))["verdict"] == "supported"


@pytest.mark.parametrize("text,base", [
    ("Japan's current account surplus grew in February. The goods account surplus rose to {now} from {base}.",
     "2018-02"),
    ("Japan's current account surplus grew in February. The services surplus widened to {now} from {base} as "
     "exports fell 1.9 percent year-on-year.", "2018-02"),
    ("In February, Japan's trade surplus shrank to {now} from {base}, the ministry said in its balance of payments "
     "report.", "2018-02"),
    ("Japan's seasonally adjusted current account data showed the goods surplus rose in February to {now} from "
     "{base}.", "2019-01"),
])
def test_a_level_a_change_starts_from_is_the_releases_base_not_the_same_month(data, loaded_store, text, base):
    code = "bpbp6jynsn" if "services" in text else "bpbp6jyntb"
    if "seasonally" in text:
        code = "bpbp6jyatbx12"
    now, then = bop_value(loaded_store, code, "2019-02"), bop_value(loaded_store, code, base)
    fig_now, fig_then = f"{abs(now) / 10:,.1f} billion yen", f"{abs(then) / 10:,.1f} billion yen"
    got = check_text(text.format(now=fig_now, base=fig_then), date="2019-04-08", store=data)
    rec = by_claim(got, fig_then)
    assert rec["verdict"] == "supported" and base in str(rec["period"]) + str(rec.get("official_period")), rec


def test_a_stated_month_of_the_base_is_kept(data, loaded_store):
    now, jan = bop_value(loaded_store, "bpbp6jyntb", "2019-02"), bop_value(loaded_store, "bpbp6jyntb", "2019-01")
    text = (f"Japan's current account surplus grew in February. The goods balance turned to {abs(now) / 10:,.1f} "
            f"billion yen from a deficit of {abs(jan) / 10:,.1f} billion yen in January.")
    rec = by_claim(check_text(text, date="2019-04-08", store=data), f"{abs(jan) / 10:,.1f} billion yen")
    assert rec["verdict"] == "supported", rec


@pytest.mark.parametrize("code,year,text", [
    ("bpbp6jynts", 2020, "財務省が発表した令和2年の国際収支によると、経常収支は黒字だった。\n\n貿易・サービス収支は{fig}の{side}"
                         "となった。"),
    ("bpbp6jyntb", 2015, "Japan's annual balance of payments showed a current account surplus, the ministry said.\n\n"
                         "The goods balance was a {side} of {fig}."),
    ("bpbp6jyntb", 2021, "財務省が発表した昨年の国際収支では経常収支が黒字を保った。\n\n貿易収支の{side}は{fig}だった。"),
])
def test_a_level_on_the_spans_side_is_the_spans_though_of_the_months_size(data, loaded_store, code, year, text):
    s = series(f"boj.bop.{code}", loaded_store)
    total, dec = float(s[pd.period_range(f"{year}-01", f"{year}-12", freq="M")].sum()), float(s[pd.Period(f"{year}-12", "M")])
    assert total * dec < 0  # December was on the other side
    ja = "国際収支" in text
    fig = yen_oku(dec) if ja else yen_bn(dec)  # a first print nearer December's size, on the year's side
    got = check_text(text.format(fig=fig, side=bop_sign(total, ja)), date=f"{year + 1}-02-10", store=data)
    rec = by_claim(got, fig)
    assert f"{year}-01..{year}-12" in str(rec["official_period"]), rec


def test_a_level_on_the_months_side_keeps_the_month(data, loaded_store):
    s = series("boj.bop.bpbp6jynts", loaded_store)
    dec = float(s[pd.Period("2020-12", "M")])
    text = f"財務省が発表した令和2年の国際収支によると、経常収支は黒字だった。\n\n貿易・サービス収支は{yen_oku(dec)}の黒字となった。"
    rec = by_claim(check_text(text, date="2021-02-10", store=data), yen_oku(dec))
    assert "2020-12" in str(rec["official_period"]) and rec["verdict"] == "supported", rec
