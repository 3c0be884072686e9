"""`ustflow check`: a figure is called contradicted only when the checker is sure of what it compared
(issue 13, session 5). When the reading was the checker's own (no period stated, another holder the
sentence names) and a nearby reading fits the figure, the verdict is `unverifiable` and says which;
a figure that fits no nearby reading, or whose reading the article states, stays contradicted.
Invented sentences; the expected values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.views.check import check_text


@pytest.fixture(scope="module")
def tic(loaded_store):
    return {who: series(f"tic.holdings.{who}", loaded_store) for who in ("japan", "united_kingdom", "china_mainland")}


def test_a_figure_of_the_other_holder_named_is_not_a_contradiction(data, tic):
    jp = tic["japan"][pd.Period("2024-03", "M")]
    text = f"Both Japan and Britain added to their Treasury portfolios in March, taking them to ${jp:,.1f} billion."
    rec = by_claim(check_text(text, date="2024-05-20", store=data), f"${jp:,.1f} billion")
    assert rec["subject"] == "United Kingdom"  # the nearest holder: the checker's reading
    assert rec["verdict"] == "unverifiable"
    assert "other_reading" in rec["flags"]
    assert "another holder the sentence names (Japan)" in rec["explanation"]


def test_a_figure_no_holder_named_has_stays_contradicted(data, tic):
    jp, uk = tic["japan"][pd.Period("2024-03", "M")], tic["united_kingdom"][pd.Period("2024-03", "M")]
    wrong = round((jp + uk) / 2 + 50, 1)  # neither holder's level, nor either one's change
    text = f"Both Japan and Britain added to their Treasury portfolios in March, taking them to ${wrong:,.1f} billion."
    rec = by_claim(check_text(text, date="2024-05-20", store=data), f"${wrong:,.1f} billion")
    assert rec["verdict"] == "contradicted"
    assert "other_reading" not in rec["flags"]


def test_an_undated_change_that_fits_the_month_before_is_unverifiable(data, tic):
    cn = tic["china_mainland"]
    latest, before = pd.Period("2024-04", "M"), pd.Period("2024-03", "M")
    move = cn[before] - cn[before - 1]
    assert abs(move - (cn[latest] - cn[before])) > 1  # the two months' changes differ
    word = "pared" if move < 0 else "lifted"
    text = f"China {word} its stock of U.S. government debt by ${abs(move):.1f} billion, TIC figures show."
    rec = by_claim(check_text(text, date="2024-06-20", store=data), f"${abs(move):.1f} billion")
    assert rec["verdict"] == "unverifiable"
    assert "the period before (2024-03)" in rec["explanation"]
    assert "2024-04" in rec["explanation"]  # what it was read as is said too


def test_a_stated_month_is_not_moved(data, tic):
    cn = tic["china_mainland"]
    before = pd.Period("2024-03", "M")
    move = cn[before] - cn[before - 1]
    word = "pared" if move < 0 else "lifted"
    text = f"China {word} its holdings of Treasuries by ${abs(move):.1f} billion in April."
    rec = by_claim(check_text(text, date="2024-06-20", store=data), f"${abs(move):.1f} billion")
    assert rec["verdict"] == "contradicted"
    assert rec["official_period"] == "2024-03 to 2024-04"


def test_a_later_month_not_yet_released_is_no_reading(data, tic):
    cn = tic["china_mainland"]
    nxt = pd.Period("2024-05", "M")  # released in mid-July, after the article's date
    move = cn[nxt] - cn[nxt - 1]
    word = "pared" if move < 0 else "lifted"
    text = f"China {word} its holdings of Treasuries by ${abs(move):.1f} billion, Treasury data showed."
    rec = by_claim(check_text(text, date="2024-06-20", store=data), f"${abs(move):.1f} billion")
    assert "2024-05" not in rec["explanation"]


def test_a_holder_carried_from_the_sentence_before_or_the_total(data, tic, loaded_store):
    apr = pd.Period("2024-04", "M")
    jp = tic["japan"][apr]
    total = series("tic.holdings.grand_total", loaded_store)
    move = total[apr] - total[apr - 1]
    word = "rose" if move > 0 else "fell"
    text = f"Japan's holdings of Treasuries were ${jp:,.1f} billion in April. Holdings {word} ${abs(move):.1f} billion."
    rec = by_claim(check_text(text, date="2024-06-20", store=data), f"${abs(move):.1f} billion")
    assert rec["subject"] == "Japan" and rec["subject_source"] == "inherited"
    assert rec["verdict"] == "unverifiable" and "the total" in rec["explanation"]


def test_securities_carried_from_the_sentence_before(data, loaded_store):
    bonds = series("mof.weekly.assets.lt_debt.net", loaded_store)
    stocks = series("mof.weekly.assets.equity.net", loaded_store)
    wk = pd.Period("2024-08-10", "W-SAT")
    b, st = float(bonds[wk]), float(stocks[wk])
    verb = lambda v: "bought" if v > 0 else "sold"  # noqa: E731
    text = (f"Japanese investors {verb(st)} a net ¥{abs(st) / 10:,.1f} billion of foreign stocks in the week to "
            f"August 10. They also {verb(b)} ¥{abs(b) / 10:,.1f} billion.")
    rec = by_claim(check_text(text, date="2024-08-20", store=data), f"¥{abs(b) / 10:,.1f} billion")
    assert rec["verdict"] == "unverifiable" and "other securities (lt-debt" in rec["explanation"]


def test_the_base_of_a_flow_is_the_same_flow_and_no_context(data, loaded_store):
    net = series("tic.slt.grand_total.treasury_net", loaded_store)
    off = series("tic.holdings.foreign_official", loaded_store)
    apr = pd.Period("2024-04", "M")
    a, b = net[apr] / 1e3, net[apr - 1] / 1e3
    ch = off[apr] - off[apr - 1]
    text = (f"Overseas investors bought a net ${a:.1f} billion of Treasuries in April, {'up' if a > b else 'down'} from "
            f"${b:.1f} billion in March. Foreign official holdings {'rose' if ch > 0 else 'fell'} ${abs(ch):.1f} billion.")
    r = check_text(text, date="2024-06-20", store=data)
    base = by_claim(r, f"${b:.1f} billion")
    assert (base["measure"], base["verdict"], base["official_period"]) == ("flow", "supported", "2024-03")
    official = by_claim(r, f"${abs(ch):.1f} billion")  # not carried to March by the base's "in March"
    assert (official["verdict"], official["official_period"]) == ("supported", "2024-03 to 2024-04")
