"""A paraphrase audit of three readers landed in session 19 (issue 13): ``holder_columns`` (a holder table whose
header row names periods and change columns), ``table_pins`` (a table's month pinned by its level cells) and
``weak_class`` (contradictions of weak classes set aside). Invented articles in layouts their authors did not test:
English month columns in other spellings and orders, thousands separators, "Change" and "% Chg" columns, millions,
tables of other things (an economy's output, stocks, shares), a fiscal-year caption, a pasted row with a cell
missing; and sentences the weak-class gate sets aside. Every expected value is read from the loaded store; each
case asserts what a careful analyst would call right, and the checker's misfires are marked ``xfail(strict=True)``
with the reason."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import series
from ustflow.views.check import check_text

P = pd.Period("2024-03", "M")
DATE = "2024-05-20"  # March 2024's TIC data came out on 15 May 2024
NAMES = {"japan": "Japan", "china_mainland": "China, Mainland", "united_kingdom": "United Kingdom"}


@pytest.fixture(scope="module")
def tic(loaded_store):
    return lambda k: series(f"tic.holdings.{k}", loaded_store)


def _all(recs, claim: str) -> list[dict]:
    return [r for r in recs if r["claim"] == claim]


def _one(recs, claim: str) -> dict:
    got = _all(recs, claim)
    assert len(got) == 1, (claim, [(r["claim"], r["verdict"]) for r in recs])
    return got[0]


def _spell(p: pd.Period, how: str) -> str:
    return {"Mon YYYY": p.strftime("%b %Y"), "Mon. YYYY": p.strftime("%b. %Y"), "Month YYYY": p.strftime("%B %Y"),
            "YYYY-MM": str(p), "YYYY/MM": p.strftime("%Y/%m"), "Mon-YY": p.strftime("%b-%y")}[how]


@pytest.mark.parametrize("how", ["Mon YYYY", "Mon. YYYY", "Month YYYY", "YYYY-MM", "YYYY/MM", "Mon-YY"])
@pytest.mark.parametrize("order", ["descending", "ascending"])
def test_two_months_with_change_and_pct_chg_in_other_spellings_and_orders(how, order, data, tic):
    months = [P, P - 1] if order == "descending" else [P - 1, P]
    head = "   ".join(f"{_spell(m, how):>10}" for m in months)
    rows = []
    for k, name in NAMES.items():
        s = tic(k)
        ch = s[P] - s[P - 1] + (10 if k == "united_kingdom" else 0)  # the last row's change is wrong by 10
        pc = 100 * (s[P] - s[P - 1]) / s[P - 1]
        rows.append(f"{name:<17} " + "   ".join(f"{s[m]:>10,.1f}" for m in months) + f"   {ch:+.1f}   {pc:+.1f}%")
    text = ("Japan added to its pile of Treasuries in March, new data show.\n\n"
            "Foreign holders of U.S. Treasuries (in billions of dollars)\n"
            f"Country           {head}   Change   % Chg\n" + "\n".join(rows) + "\n\nBritain keeps climbing.\n")
    recs = check_text(text, date=DATE, store=data)
    jp, uk = tic("japan"), tic("united_kingdom")
    for m in months:
        rec = _one(recs, f"{jp[m]:,.1f}")
        assert (rec["verdict"], rec["official_period"]) == ("supported", str(m)), rec
    rec = _one(recs, f"{jp[P] - jp[P - 1]:+.1f}")
    assert (rec["verdict"], rec["official_period"]) == ("supported", f"{P - 1} to {P}"), rec
    assert _one(recs, f"{100 * (jp[P] - jp[P - 1]) / jp[P - 1]:+.1f}%")["verdict"] == "supported"
    assert _one(recs, f"{uk[P] - uk[P - 1] + 10:+.1f}")["verdict"] == "contradicted"


def test_three_month_names_ascending_one_level_wrong(data, tic):
    months = [P - 2, P - 1, P]
    head = "  ".join(f"{m.strftime('%B %Y'):<14}" for m in months)
    ca = tic("canada")
    text = ("Treasury holdings by country\n\nIn billions of U.S. dollars\n"
            f"Country          {head}\n"
            + "".join(f"{NAMES[k]:<16} " + "  ".join(f"{tic(k)[m]:<14,.1f}" for m in months) + "\n"
                      for k in ("japan", "china_mainland"))
            + f"Canada           {ca[P - 2]:<14,.1f}  {ca[P - 1]:<14,.1f}  {ca[P] + 20:,.1f}\n")
    recs = check_text(text, date=DATE, store=data)
    cn = tic("china_mainland")
    assert [_one(recs, f"{cn[m]:,.1f}")["official_period"] for m in months] == [str(m) for m in months]
    assert all(_one(recs, f"{cn[m]:,.1f}")["verdict"] == "supported" for m in months)
    assert _one(recs, f"{ca[P] + 20:,.1f}")["verdict"] == "contradicted"


def test_an_unsigned_change_that_fell_is_contradicted(data, tic):
    # "Chg." cells carry a sign when negative; a bare 2.9 where holdings fell 2.9 says the holder bought
    be = tic("belgium")
    ch = be[P] - be[P - 1]
    assert ch < -1
    text = ("Here is how the biggest holders moved (US$ billions):\n\n"
            f"Holder            {P - 1}   {P}   Chg.\n"
            f"Japan             {tic('japan')[P - 1]:.1f}    {tic('japan')[P]:.1f}    "
            f"{tic('japan')[P] - tic('japan')[P - 1]:.1f}\n"
            f"Belgium           {be[P - 1]:.1f}     {be[P]:.1f}     {-ch:.1f}\n")
    recs = check_text(text, date=DATE, store=data)
    assert _one(recs, f"{tic('japan')[P] - tic('japan')[P - 1]:.1f}")["verdict"] == "supported"
    assert _one(recs, f"{-ch:.1f}")["verdict"] == "contradicted"


def test_a_table_in_millions_with_thousands_separators(data, tic):
    jp, cn = tic("japan"), tic("china_mainland")
    cells = {k: [f"{1000 * tic(k)[m]:,.0f}" for m in (P, P - 1)] + [f"{1000 * (tic(k)[P] - tic(k)[P - 1]):+,.0f}"]
             for k in ("japan", "china_mainland")}
    text = ("Foreign holdings of Treasury securities (in millions of dollars)\n"
            f"Country            {P.strftime('%b %Y')}     {(P - 1).strftime('%b %Y')}     Change\n"
            + "".join(f"{NAMES[k]:<18} " + "    ".join(v) + "\n" for k, v in cells.items()))
    recs = check_text(text, date=DATE, store=data)
    for k, v in cells.items():
        got = [_one(recs, c) for c in v]
        assert [g["verdict"] for g in got] == ["supported"] * 3, got
        assert got[0]["official_value"] == pytest.approx(tic(k)[P])
    assert jp[P] > cn[P]


def test_a_table_of_economies_in_dollars_is_no_table_of_holders(data):
    # nominal GDP by year under a header of years and a change: the caption names no holdings; read as Treasuries,
    # Japan's change in output (-43.5) was called contradicted by Japan's change in holdings (a true claim)
    text = ("Japan's economy slipped behind Germany's last year, IMF figures show.\n\n"
            "Nominal output (in billions of U.S. dollars)\n"
            "Country     2023       2022       Change\n"
            "Japan       4,212.9    4,256.4    -43.5\n"
            "Germany     4,456.1    4,082.5    +373.6\n")
    recs = check_text(text, date=DATE, store=data)
    assert not [r for r in recs if r["measure"] in ("holdings_level", "holdings_change")], recs


def test_a_table_of_stocks_is_no_table_of_holders(data, tic):
    jp = tic("japan")
    text = ("Foreign purchases of U.S. stocks cooled.\n\n"
            "Holdings of U.S. equities by country (in billions of dollars)\n"
            f"Country       {P.strftime('%b %Y')}   {(P - 1).strftime('%b %Y')}   Change\n"
            f"Japan         {jp[P] + 300:,.1f}    {jp[P - 1] + 250:,.1f}    {jp[P] - jp[P - 1] + 50:+.1f}\n")
    recs = check_text(text, date=DATE, store=data)
    assert not [r for r in recs if r["measure"] in ("holdings_level", "holdings_change")], recs


def test_a_share_column_is_no_change_column(data):
    text = ("Top holders and their share of the total (in billions of dollars)\n"
            f"Country          {P.strftime('%b %Y')}   Share\n"
            "Japan            1,167.0    14.4%\n"
            "China, Mainland    767.4     9.5%\n")
    recs = check_text(text, date=DATE, store=data)
    assert not [r for r in recs if r["measure"] in ("holdings_change", "holdings_pct")], recs
    assert _one(recs, "14.4%")["verdict"] == "supported"


def test_a_header_of_years_under_a_fiscal_year_caption_is_no_december(data, tic):
    # Japan's fiscal 2015 ends in March 2016: the table is right at March; read at December 2015 its levels and
    # change were called contradicted (true claims). Which fiscal year the caption means is not told: not read.
    jp = tic("japan")
    a, b = pd.Period("2016-03", "M"), pd.Period("2015-03", "M")
    assert abs(jp[a] - jp[pd.Period("2015-12", "M")]) > 5
    text = ("Japan's holdings at the end of each fiscal year (in billions of dollars)\n"
            "Country   2015      2014      Change\n"
            f"Japan     {jp[a]:,.1f}   {jp[b]:,.1f}   {jp[a] - jp[b]:+.1f}\n")
    recs = check_text(text, date="2016-06-20", store=data)
    assert not [r for r in recs if r["verdict"] == "contradicted"], recs
    assert not [r for r in recs if r.get("official_period") in ("2015-12", "2014-12")], recs


def test_a_pasted_row_with_a_cell_missing_is_not_read_and_the_others_are(data, tic):
    months = [P, P - 1, P - 2]
    jp, cn, uk = tic("japan"), tic("china_mainland"), tic("united_kingdom")
    text = ("Copied from the Treasury's table (in billions of dollars):\n"
            "Country            " + "   ".join(m.strftime("%b %Y") for m in months) + "\n"
            f"Japan              {jp[P]:,.1f}    {jp[P - 1]:,.1f}    {jp[P - 2]:,.1f}\n"
            f"China, Mainland      {cn[P]:.1f}               {cn[P - 2]:.1f}\n"
            f"United Kingdom     {uk[P]:.1f}      {uk[P - 1]:.1f}      {uk[P - 2]:.1f}\n")
    recs = check_text(text, date=DATE, store=data)
    assert not _all(recs, f"{cn[P - 2]:.1f}")  # which column the cell is under cannot be told
    assert [_one(recs, f"{uk[m]:.1f}")["official_period"] for m in months] == [str(m) for m in months]
    assert all(_one(recs, f"{jp[m]:,.1f}")["verdict"] == "supported" for m in months)


def _unlabelled_table(tic, shift: int) -> tuple[str, str]:
    """An English table of TIC's layout naming no month (levels of ``P + shift``, changes of ``P``), the first row's
    change moving the wrong way by another amount; that cell."""
    rows = []
    for k, name in NAMES.items():
        s = tic(k)
        ch = s[P] - s[P - 1]
        rows.append((name, f"{s[P + shift]:,.1f}", f"{-ch - 8.5 if not rows else ch:+.1f}"))
    text = ("The Treasury's monthly report is out.\n\nHoldings by country (in billions of dollars)\n"
            + "".join(f"{n} {lv} {c}\n" for n, lv, c in rows) + "\nMore next month.\n")
    return text, rows[0][2]


def test_an_english_table_its_levels_pin_keeps_its_wrong_way_change_contradicted(data, tic):
    text, cell = _unlabelled_table(tic, 0)
    rec = _one(check_text(text, date=DATE, store=data), cell)
    assert rec["verdict"] == "contradicted" and "pinned by its own levels" in rec["explanation"], rec


def test_an_english_table_of_older_levels_pins_nothing(data, tic):
    text, cell = _unlabelled_table(tic, -5)
    rec = _one(check_text(text, date=DATE, store=data), cell)
    assert rec["verdict"] != "contradicted" and "pinned" not in rec["explanation"], rec


def _mof_lt_debt(store, month: str) -> float:
    return series("mof.monthly.assets.lt_debt.net", store)[pd.Period(month, "M")]


def test_a_flow_set_aside_says_both_figures_in_one_unit(data, loaded_store):
    official = _mof_lt_debt(loaded_store, "2024-02")  # JPY 100mn
    wrong = round(official * 1.55 / 1e4, 1)  # trillions, 55% too high
    text = (f"Japanese investors bought a net ¥{wrong} trillion of foreign long-term bonds in February 2024, "
            "Ministry of Finance data showed.")
    rec = _one(check_text(text, date="2024-06-05", store=data), f"¥{wrong} trillion")
    assert rec["verdict"] in ("unverifiable", "contradicted"), rec
    if rec["verdict"] == "unverifiable":
        assert "weak_class" in rec["flags"]
        assert f"the official figure is {official:,.6g} JPY 100mn (2024-02), the article's {wrong * 1e4:,.6g} JPY " \
               "100mn" in rec["explanation"], rec["explanation"]


@pytest.mark.xfail(strict=True, reason="weak_class sets aside every plain contradiction of a flow whose holder is "
                   "stated again since batch 29's blind verdicts joined (session 36: 31 right of 83 over batches 9-29, "
                   "gain 19, loss 28, 25 true claims): the class has no feature for a clear sentence, and a finer class "
                   "would be a refit of the gate on blind evidence, not a reading rule")
def test_a_clear_flow_with_a_wrong_figure_is_contradicted(data, loaded_store):
    # a strict xfail from session 20 to session 33: weak_class set aside every plain contradiction of a flow whose
    # holder is stated (right 4 of 22 blind over batches 8-18; 17 of 49 over 9-26), the class having no feature for a
    # clear sentence; with batch 27's blind verdicts (session 34) that class was no longer weak (30 right of 68: gain
    # 13, loss 27, 20 true claims; 31 of 75 with batch 28's, session 35: gain 16, loss 28, 21 true claims) and the
    # contradiction stood, by the refit, not by a reading rule; batch 29's 8 such contradictions while blind were all
    # wrong (31 of 83: gain 19, loss 28, 25 true claims: 19 + 12.5 > 28), so it is set aside again: a strict xfail
    # (batch 30, session 37, added none: still 31 of 83; batch 31, session 38, added 2, 1 right: 32 of 85, gain 20,
    # loss 29, 25 true claims: 20 + 12.5 > 29, still weak; batch 32, session 39, added 3, none right, 2 true claims:
    # 32 of 88, gain 21, loss 29, 27 true claims: 21 + 13.5 > 29)
    official = _mof_lt_debt(loaded_store, "2024-02")
    wrong = round(official * 1.55 / 1e4, 1)
    text = (f"Japanese investors bought a net ¥{wrong} trillion of foreign long-term bonds in February 2024, "
            "Ministry of Finance data showed.")
    assert _one(check_text(text, date="2024-06-05", store=data), f"¥{wrong} trillion")["verdict"] == "contradicted"


def test_a_clear_flow_with_the_right_figure_is_supported(data, loaded_store):
    official = _mof_lt_debt(loaded_store, "2024-01")
    text = f"In January 2024 Japanese investors bought a net ¥{official / 1e4:.2f} trillion of foreign bonds."
    assert _one(check_text(text, date="2024-06-05", store=data), f"¥{official / 1e4:.2f} trillion")["verdict"] \
        == "supported"


def _intervention(loaded_store) -> float:
    s = series("mof.fx_intervention.amount", loaded_store)  # JPY bn, by operation day
    return float(s[(s.index >= "2024-04-26") & (s.index <= "2024-05-29")].sum())


def test_an_intervention_total_right_is_supported(data, loaded_store):
    total = _intervention(loaded_store) / 1000
    text = (f"Japan spent ¥{total:.2f} trillion propping up the yen between April 26 and May 29, 2024, the Ministry "
            "of Finance said on Friday.")
    assert _one(check_text(text, date="2024-06-05", store=data), f"¥{total:.2f} trillion")["verdict"] == "supported"


@pytest.mark.xfail(strict=True, reason="weak_class sets aside every plain contradiction of an intervention (right 1 "
                   "of 8 blind over batches 8-18, mostly early estimates); a total the sentence attributes to the "
                   "Ministry of Finance over its stated window, 2.3 trillion off, is one the class cannot tell from an "
                   "estimate: a finer class would be a refit of the gate on blind evidence (left: no general rule)")
def test_an_intervention_total_attributed_to_mof_and_wrong_is_contradicted(data, loaded_store):
    text = ("Japan spent ¥7.5 trillion propping up the yen between April 26 and May 29, 2024, the Ministry of "
            "Finance said on Friday.")
    assert _intervention(loaded_store) > 9000
    assert _one(check_text(text, date="2024-06-05", store=data), "¥7.5 trillion")["verdict"] == "contradicted"


def test_what_a_caption_lets_a_header_of_periods_be():
    from ustflow.check.holder_columns import caption_columns, header_columns

    ref = pd.Timestamp("2024-05-20").date()
    years = header_columns("Country 2023 2022 Change", ref)
    assert caption_columns(years, "Nominal output (in billions of U.S. dollars)") is None  # no holdings named
    assert caption_columns(years, "Holdings by country (in billions of dollars)") == years  # near miss: read
    fiscal = caption_columns(years, "Treasury holdings at fiscal year-end (in billions of dollars)")
    assert [c.period for c in fiscal] == [None, None, None]
    months = header_columns("Country Mar 2024 Feb 2024 Change", ref)
    assert caption_columns(months, "Treasury holdings, fiscal 2024 (in billions of dollars)") == months  # a month
