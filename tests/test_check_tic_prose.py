"""`ustflow check` on TIC's monthly flows by kind of security told in prose with no holder named ("net purchases of
U.S. corporate bonds, at $2.4 billion", "a gain for equities of $3.7 billion", "U.S. residents ... net sales of
long-term foreign securities"): all foreigners' Form S net purchases of the kind named nearest the figure.
Invented sentences in several wordings; the expected values are the store's own."""

from __future__ import annotations

import pytest

from tests.helpers import as_read, by_claim, form_s_net, series
from ustflow.views.check import check_text

_net = form_s_net


def _bn(v: float) -> str:
    return f"${abs(v):.1f} billion"


def test_each_kind_is_the_one_named_nearest(data, loaded_store):
    corp, agency = _net(loaded_store, ("corporate_bonds",), "2018-05"), _net(loaded_store, ("agency",), "2018-05")
    stocks = _net(loaded_store, ("us_stocks",), "2018-05")
    text = (f"TIC data for May: foreign accounts made net purchases of U.S. corporate bonds, at {_bn(corp)} and "
            f"government agency bonds, at {_bn(agency)}, while equities saw a net "
            f"{'inflow' if stocks > 0 else 'outflow'} of {_bn(stocks)}.")
    recs = check_text(text, date="2018-07-17", store=data)
    for fig in (_bn(corp), _bn(agency), _bn(stocks)):
        rec = by_claim(recs, fig)
        assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("tic_prose_flow", "supported", "2018-05")
    assert "corporate bonds" in by_claim(recs, _bn(corp))["explanation"]
    assert "agency" in by_claim(recs, _bn(agency))["explanation"]


def test_a_kind_named_after_the_figure_and_a_wrong_size(data, loaded_store):
    agency = _net(loaded_store, ("agency",), "2012-10")
    text = (f"Other components of the Treasury International Capital report show gains of {_bn(agency)} for "
            f"government agencies and a gain of {_bn(agency + 4)} for corporate bonds in October.")
    recs = check_text(text, date="2012-12-18", store=data)
    assert by_claim(recs, _bn(agency))["verdict"] == "supported"
    assert by_claim(recs, _bn(agency + 4))["verdict"] in ("contradicted", "unverifiable")
    assert by_claim(recs, _bn(agency + 4))["measure"] == "tic_prose_flow"


def test_press_release_wording_us_and_foreign_sides(data, loaded_store):
    us = _net(loaded_store, ("treasury", "agency", "corporate_bonds", "us_stocks"), "2019-09")
    foreign = _net(loaded_store, ("foreign_bonds", "foreign_stocks"), "2019-09")
    total = us + foreign
    us_verb = "increased" if us > 0 else "decreased"
    text = (f"Foreign residents {us_verb} their holdings of long-term U.S. securities in September; net "
            f"{'purchases' if us > 0 else 'sales'} were {_bn(us)}. "
            f"U.S. residents {'decreased' if foreign > 0 else 'increased'} their holdings of long-term foreign "
            f"securities, with net {'sales' if foreign > 0 else 'purchases'} of {_bn(foreign)}. "
            f"Taking into account transactions in both foreign and U.S. securities, net foreign "
            f"{'purchases' if total > 0 else 'sales'} of long-term securities were {_bn(total)}.")
    recs = check_text(text, date="2019-11-18", store=data)
    for fig in (_bn(us), _bn(foreign), _bn(total)):
        rec = by_claim(recs, fig)
        assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("tic_prose_flow", "supported", "2019-09")


def test_the_direction_word_sets_the_sign(data, loaded_store):
    tsy = _net(loaded_store, ("treasury",), "2016-08")
    wrong_way = "outflow" if tsy > 0 else "inflow"
    text = f"Foreign accounts were at it again in August, TIC figures show, with a net {wrong_way} of {_bn(tsy)} from Treasuries."
    rec = by_claim(check_text(text, date="2016-10-18", store=data), _bn(tsy))
    assert (rec["measure"], as_read(rec)) == ("tic_prose_flow", "contradicted")


def test_a_possessive_month_before_the_figure_is_its_own(data, loaded_store):
    now, before = _net(loaded_store, ("corporate_bonds",), "2017-04"), _net(loaded_store, ("corporate_bonds",), "2017-03")
    text = (f"In April, TIC data show a net inflow into corporate bonds of {_bn(now)} vs March's net inflow "
            f"into corporate bonds of {_bn(before)}.")
    recs = check_text(text, date="2017-06-15", store=data)
    assert by_claim(recs, _bn(before))["official_period"] == "2017-03"


@pytest.mark.parametrize("text", [
    "Foreign holdings of U.S. corporate bonds were $3.9 trillion at the end of June, the TIC survey shows.",
    "China's net purchases of U.S. equities, at $2.1 billion in May, led Asia, TIC data showed.",
    "Aggregating long-term and short-term securities and banking flows, the result was a net foreign outflow of "
    "$20.2 billion of U.S. securities in May, TIC data showed.",
])
def test_holdings_a_named_holder_and_total_flows_are_not_read_so(data, text):
    recs = check_text(text, date="2019-07-16", store=data)
    assert all(r["measure"] != "tic_prose_flow" for r in recs)


@pytest.mark.parametrize("head, row_fmt, cols", [
    ("Actual | Previous | |", "Net Long-Term Securities Transactions | {a} | {p} |", ("actual", "previous")),
    ("| Actual | Consensus | Previous |", "| Net long-term TIC flows | {a} | $99.9B | {p} |", ("actual", "previous")),
    ("Actual | Prior", "Long-Term Securities Net Purchases | {a} | {p}", ("actual", "previous")),
])
def test_an_economic_calendar_row_actual_and_previous(data, loaded_store, head, row_fmt, cols):
    kinds = ("treasury", "agency", "corporate_bonds", "us_stocks", "foreign_bonds", "foreign_stocks")
    now, before = _net(loaded_store, kinds, "2021-06"), _net(loaded_store, kinds, "2021-05")
    a, p = (f"{'-' if v < 0 else ''}${abs(v):.1f}B" for v in (now, before))
    text = f"{head}\n{row_fmt.format(a=a, p=p)}\n"
    recs = check_text(text, date="2021-08-16", store=data)
    for fig, month in ((a, "2021-06"), (p, "2021-05")):
        rec = by_claim(recs, fig.lstrip("-"))
        assert (rec["verdict"], rec["official_period"]) == ("supported", month), rec["explanation"]
    if "Consensus" in head:
        assert by_claim(recs, "$99.9B")["verdict"] == "unverifiable"


def _slt1(store, col: str, month: str) -> float:
    import pandas as pd

    return float(series(f"tic.slt1.grand_total.{col}", store)[pd.Period(month, "M")]) / 1e3


@pytest.mark.parametrize("wording, col", [
    ("Foreign residents {verb} their holdings of long-term U.S. securities in April; net {noun} were {fig}.",
     "lt_total_net"),
    ("TIC data for April showed net foreign {noun} of U.S. corporate bonds of {fig}.", "lt_corp_net"),
    ("In April, foreign accounts' net {noun} of U.S. equities came to {fig}, the TIC report showed.", "lt_eqty_net"),
])
def test_after_form_s_the_slt_gives_the_us_kinds(data, loaded_store, wording, col):
    v = _slt1(loaded_store, col, "2025-04")
    text = wording.format(verb="increased" if v > 0 else "decreased", noun="purchases" if v > 0 else "sales",
                          fig=_bn(v))
    rec = by_claim(check_text(text, date="2025-06-18", store=data), _bn(v))
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("tic_prose_flow", "supported", "2025-04"), \
        rec["explanation"]
    assert "SLT Table 1" in rec["explanation"]


def _months_in_a_row(store, kind: str, end: str) -> int:
    import pandas as pd

    net = series(f"tic.forms.grand_total.gross_purchases_{kind}", store) - \
        series(f"tic.forms.grand_total.gross_sales_{kind}", store)
    vals = net[net.index <= pd.Period(end, "M")].tolist()
    sign, n = (1 if vals[-1] > 0 else -1), 0
    while n < len(vals) and vals[-1 - n] * sign > 0:
        n += 1
    return n


def test_a_run_of_all_foreigners_trades_in_one_kind(data, loaded_store):
    """"Foreigners were net buyers of U.S. corporate bonds for N straight months" with no figure: the run of all
    foreigners' Form S net purchases of that kind; a named holder's run is not read so (the must-not-fire case)."""
    n = _months_in_a_row(loaded_store, "corporate_bonds", "2019-06")
    buyers = "buyers" if _net(loaded_store, ("corporate_bonds",), "2019-06") > 0 else "sellers"
    ordinal = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth"}
    word = ordinal.get(n, f"{n}th")
    rec = by_claim(check_text(f"Foreigners were net {buyers} of U.S. corporate bonds for a {word} straight month in "
                              f"June.", date="2019-08-15", store=data), f"for a {word} straight month")
    assert (rec["verdict"], rec["series"]) == ("supported", "tic.forms.grand_total.corporate_bonds_net")
    rec = by_claim(check_text(f"Canada was a net {buyers[:-1]} of U.S. corporate bonds for a {word} straight month in "
                              f"June.", date="2019-08-15", store=data), f"for a {word} straight month")
    assert rec["series"] != "tic.forms.grand_total.corporate_bonds_net"
    # all US assets with bills and other short-term ones: TIC's total flows, not Form S's Treasury bonds and notes
    rec = by_claim(check_text("Including bills and other short-term instruments, foreigners were net sellers of all "
                              "U.S. assets for the first time in 11 months, U.S. Treasury data showed.",
                              date="2011-07-18", store=data), "for the first time in 11 months")
    assert not (rec.get("series") or "").startswith("tic.forms.")


def test_a_us_kind_named_as_such_needs_no_tic_story(data, loaded_store):
    """"foreigners sold U.S. stocks in July for $60.32 billion" in a story that names neither TIC nor long-term
    securities: US stocks (corporate, agency bonds) are only TIC's; Japanese investors' are not read so."""
    v = _net(loaded_store, ("us_stocks",), "2018-07")
    verb = "bought" if v > 0 else "sold"
    rec = by_claim(check_text(f"In other asset classes, foreigners {verb} U.S. stocks in July for {_bn(v)}.",
                              date="2018-09-18", store=data), _bn(v))
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("tic_prose_flow", "supported", "2018-07")
    recs = check_text(f"Japanese investors {verb} U.S. stocks in July for {_bn(v)}.", date="2018-09-18", store=data)
    assert all(r["measure"] != "tic_prose_flow" for r in recs)
