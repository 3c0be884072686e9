"""`ustflow check` on unit slips it left unread or unjudged (issue 13, session 31).

- A holder the Major Foreign Holders table lacks for the month a claim needs (Iraq, which entered the table in January
  2022; Russia, which left it after December 2018) is read in SLT Table 3, which lists every country every month: "Iraq
  has boosted its holdings by $923 billion, settling at $23.425 billion in January 2022" was "does not cover that
  period" (the table has no December 2021 for Iraq), and "Russia increases investment ... to $145 billion" (April 2019)
  was compared with the table's December 2018 and set aside as far from it; on SLT both are the thousand-fold slip
  they are. A change is read in the one table (a change from an SLT month to a rounded table month is neither's).
- A dollar figure with no scale word takes the scale of a figure of its size after it in the sentence, as it already
  took one before it: "Chinese holdings declined from $1272.1 to $1263.2, ... to $1209.7 billion".

Sentences from development articles of the claims corpus (shafaq 2022, uawire 2019, zerohedge 2014); the values
expected are read from the loaded store."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, series
from ustflow.check.numbers import find_amounts
from ustflow.views.check import check_text


@pytest.fixture(scope="module")
def slt(loaded_store):
    """A holder's Treasury holdings in SLT Table 3 (the legacy Table 3D to 2023-01, then Table 3), in USD bn."""
    from ustflow.errors import NotFoundError

    def one(sid: str):
        try:
            return series(sid, loaded_store).dropna()
        except NotFoundError:  # (a country Table 3 does not list: Table 3D alone)
            return None

    def read(who: str):
        new, old = (one(f"tic.{t}.{who}.treasury_pos") for t in ("slt", "slt3d"))
        return (old if new is None else new if old is None else new.combine_first(old)) / 1000
    return read


IRAQ = ("Iraq has boosted its U.S. Treasury Bond holdings by $923 billion, settling at $23.425 billion in January 2022, "
        "3.94% above December 2021's $22.502 billion.")


def test_a_change_into_a_month_the_table_lacks_is_read_in_slt_table_3(data, slt, tic):
    import pandas as pd

    assert pd.Period("2021-12", "M") not in tic("iraq").dropna().index  # (Iraq entered the table in January 2022)
    got = check_text(IRAQ, date="2022-03-20", store=data)
    iraq = slt("iraq")
    rec = by_claim(got, "$923 billion")
    assert (rec["verdict"], rec["series"], rec["official_period"]) == ("contradicted", "tic.holdings_slt.iraq",
                                                                        "2021-12 to 2022-01")
    assert rec["official_value"] == pytest.approx(iraq["2022-01"] - iraq["2021-12"])
    assert "unit_trap" in rec["flags"]
    pct = by_claim(got, "3.94%")
    assert pct["official_value"] == pytest.approx(100 * (iraq["2022-01"] / iraq["2021-12"] - 1))
    assert pct["verdict"] == "contradicted"


def test_a_month_the_table_holds_stays_on_the_table(data, tic):
    got = check_text("Iraq's holdings of US Treasuries rose to $24.1 billion in February 2022.", date="2022-04-18",
                     store=data)
    rec = by_claim(got, "$24.1 billion")
    assert (rec["verdict"], rec["series"], rec["official_period"]) == ("supported", "tic.holdings.iraq", "2022-02")
    assert rec["official_value"] == pytest.approx(tic("iraq")["2022-02"])


def test_a_holder_gone_from_the_table_is_read_at_the_latest_month_published(data, slt, tic):
    assert tic("russia").dropna().index[-1].strftime("%Y-%m") == "2018-12"
    got = check_text("Russia increases investment in US Treasury securities to $145 billion", date="2019-04-16",
                     store=data)
    rec = by_claim(got, "$145 billion")
    assert (rec["verdict"], rec["official_period"]) == ("contradicted", "2019-02")
    assert rec["official_value"] == pytest.approx(slt("russia")["2019-02"])
    assert "unit_trap" in rec["flags"]


ZH = ("Finally, looking at the top two holders of US paper, Chinese holdings declined from $1272.1 to $1263.2, the "
      "lowest Chinese total holdings since February 2013, which once again was offset almost to the dollar by Japan, "
      "whose holdings increased by $10 billion to $1209.7 billion")


def test_a_figure_with_no_scale_takes_that_of_a_figure_of_its_size_after_it():
    got = [a for a in find_amounts(ZH) if a.kind == "money"]
    assert [(a.text, a.scale, a.unit_inferred) for a in got[:2]] == [("$1272.1", 1e9, True), ("$1263.2", 1e9, True)]


def test_the_figures_read_so_are_judged(data, tic):
    got = check_text(ZH, date="2014-06-16", store=data)
    cn = tic("china_mainland")
    for fig, month in (("$1272.1", "2014-03"), ("$1263.2", "2014-04")):
        rec = by_claim(got, fig)
        assert (rec["verdict"], rec["official_period"]) == ("supported", month)
        assert rec["official_value"] == pytest.approx(cn[month])


def test_a_figure_of_another_size_lends_no_scale():
    # "$100" beside "$16 billion": six times apart, no reading of the one from the other
    s = "the first increase in Russian paper saw a $16 billion increase from its cycle lows of just $100"
    assert [a.text for a in find_amounts(s) if a.kind == "money"] == ["$16 billion"]


@pytest.mark.parametrize("sentence, text, value, currency", [
    # Australian and New Zealand papers' "$US", a data site's "JPY billion", Kyodo's headline "trill", a typo's "billon"
    ("Japan decreased its total to $US1.11 trillion", "$US1.11 trillion", 1.11e12, "USD"),
    ("Japan recorded current account surplus of 1,938.2 JPY billion in July of 2016", "1,938.2 JPY billion", 1.9382e12,
     "JPY"),
    ("Japan logs record current account deficit of 1.98 trill yen in Jan.", "1.98 trill yen", 1.98e12, "JPY"),
    ("Belgium's holdings have since tumbled back to only $2532 billon", "$2532 billon", 2.532e12, "USD"),
])
def test_unit_spellings_of_wire_and_web_copy_are_read(sentence, text, value, currency):
    got = [a for a in find_amounts(sentence) if a.kind == "money"]
    assert [(a.text, a.currency) for a in got] == [(text, currency)]
    assert got[0].number * got[0].scale == pytest.approx(value)


def test_a_currency_code_with_no_scale_after_it_is_no_new_amount():
    assert not [a for a in find_amounts("The JPY weakened against the USD on Tuesday") if a.kind == "money"]


EL = ("Current Account in Japan averaged 1084.25 JPY Billion from 1985 until 2016, reaching an all time high of 3360.40 "
      "JPY Billion in March of 2007 and a record low of -1456.10 JPY Billion in January of 2014.")


@pytest.mark.parametrize("sentence, text, number", [
    ("a record low of -1456.10 JPY Billion in January of 2014", "-1456.10 JPY Billion", -1456.1),
    ("a deficit of minus 1.2 trillion yen", "minus 1.2 trillion yen", -1.2),
    ("estimates of 1.5-2 trillion yen", "2 trillion yen", 2.0),  # a range's hyphen is no sign
])
def test_a_figure_with_its_currency_after_it_keeps_its_minus_sign(sentence, text, number):
    got = [a for a in find_amounts(sentence) if a.kind == "money"]
    assert [(a.text, a.number) for a in got] == [(text, number)]


def test_a_record_low_of_a_negative_figure_is_judged_on_that_figure(data):
    # the record's figure is the one named right after it ("a record low of -1456.10 JPY Billion"), not the all-time
    # high's before it: the minus sign between is the figure's own
    got = check_text(EL, date="2018-07-07", store=data)
    rec = by_claim(got, "a record low")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2014-01")
    assert by_claim(got, "-1456.10 JPY Billion")["verdict"] == "supported"
