"""`ustflow check` on how a holdings level is told (issue 13, session 13): a compound amount after "up to" ("– up to $1
trillion 306.3 billion"), "up to" after a dash (a translation's "to", no ceiling), a second figure sharing the
first's "to" ("fell to $48.7 billion in April and $14.9 billion in May"), a figure's own verb after a colon ("Russia
began withdrawing reserves: its holdings fell to $X"), and a holder named right before its bracketed figure
("Luxembourg ($316.4 billion)"). Invented sentences; the expected values are the store's own (TIC)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim
from ustflow.views.check import check_text

# -- how a level is told: a compound amount, "to" shared by a second figure, its own verb after a colon -------------


@pytest.mark.parametrize("text, value", [
    ("its investments increased by $3.2 billion – up to $1 trillion 306.3 billion.", 1306.3e9),
    ("China reduced its portfolio by $5.3 billion — up to $1 trillion 54.8 billion.", 1054.8e9),
    ("Total holdings rose to $7 trillion 713.6 billion in February.", 7713.6e9),
])
def test_a_compound_amount_after_up_to_is_one_exact_figure(text, value):
    from ustflow.check.numbers import find_amounts

    a = [x for x in find_amounts(text) if x.value == pytest.approx(value)]
    assert a and a[0].qualifier == "exact", [(x.text, x.value, x.qualifier) for x in find_amounts(text)]


def test_amounts_apart_or_up_to_a_ceiling_stay_as_written():
    from ustflow.check.numbers import find_amounts

    assert [a.number for a in find_amounts("holdings of $1 trillion, 306 billion of them in bills")] == [1.0, 306.0]
    assert find_amounts("It could sell up to $50 billion.")[0].qualifier == "at_most"


@pytest.mark.parametrize("text", [
    "Russia began withdrawing reserves from U.S. Treasuries: its holdings fell to {a} in April 2018 and {b} in May.",
    "Russian holdings of Treasuries dropped to {a} in April 2018, and {b} in May.",
    "In April 2018 Russia's holdings of U.S. Treasuries fell to {a} that month and {b} in May.",
])
def test_a_second_figure_after_to_is_a_level_too(data, tic, text):
    ru = tic("russia")
    a, b = f"${ru[pd.Period('2018-04', 'M')]:.1f} billion", f"${ru[pd.Period('2018-05', 'M')]:.1f} billion"
    r = check_text(text.format(a=a, b=b), date="2022-01-20", store=data)
    for v, month in ((a, "2018-04"), (b, "2018-05")):
        rec = by_claim(r, v)
        assert rec["measure"] == "holdings_level" and rec["official_period"] == month, rec["explanation"]
        assert rec["verdict"] == "supported", rec["explanation"]


def test_a_figure_after_and_with_a_verb_of_its_own_is_not_the_level(data, tic):
    jp, cn = tic("japan"), tic("china_mainland")
    p = pd.Period("2024-05", "M")
    ch = f"${abs(cn[p] - cn[p - 1]):.1f} billion"
    text = f"Japan's holdings of Treasuries fell to ${jp[p]:,.1f} billion in May and China sold {ch}."
    rec = by_claim(check_text(text, date="2024-07-18", store=data), ch)
    assert rec["measure"] != "holdings_level", rec["explanation"]


@pytest.mark.parametrize("text", [
    "Ireland held {ie} of U.S. Treasuries in February, ahead of Luxembourg ({lu}).",
    "Ireland's holdings of U.S. Treasuries rose to {ie} in February, which displaced Luxembourg ({lu}).",
    "In February Ireland's Treasury holdings stood at {ie}, and Luxembourg ({lu}) came next.",
])
def test_a_holder_named_before_its_bracketed_figure_is_its_subject(data, tic, text):
    p = pd.Period("2022-02", "M")
    ie, lu = f"${tic('ireland')[p]:.1f} billion", f"${tic('luxembourg')[p]:.1f} billion"
    r = check_text(text.format(ie=ie, lu=lu), date="2022-04-19", store=data)
    assert by_claim(r, lu)["series"] == "tic.holdings.luxembourg", by_claim(r, lu)["explanation"]
    assert by_claim(r, ie)["series"] == "tic.holdings.ireland"


def test_a_holder_before_a_figure_not_in_brackets_is_not_its_subject_by_this_rule(data, tic):
    p = pd.Period("2022-02", "M")
    ie = f"${tic('ireland')[p]:.1f} billion"
    rec = by_claim(check_text(f"Ireland, ahead of Luxembourg, held {ie} of U.S. Treasuries in February.",
                              date="2022-04-19", store=data), ie)
    assert rec["series"] == "tic.holdings.ireland", rec["explanation"]


# -- a starting level's own month is its alone ---------------------------------------------------------------------


@pytest.mark.parametrize("text, pct_of", [
    ("Foreign holdings of U.S. Treasuries increased to {now} in August, up from {before} in July and by {yoy} percent "
     "from a year ago.", "yoy"),
    ("Foreign holdings of Treasuries rose to {now} in August from {before} in July, a gain of {mom} percent.", "mom"),
    ("In August foreign holdings of U.S. Treasuries climbed to {now}, up from {before} in July and up {yoy} percent from a "
     "year earlier.", "yoy"),
])
def test_a_move_after_a_dated_start_runs_to_the_level(data, tic, text, pct_of):
    tot = tic("grand_total")
    p = pd.Period("2024-08", "M")
    yoy, mom = 100 * (tot[p] / tot[p - 12] - 1), 100 * (tot[p] / tot[p - 1] - 1)
    vals = {"now": f"${tot[p]:,.1f} billion", "before": f"${tot[p - 1]:,.1f} billion", "yoy": f"{yoy:.1f}",
            "mom": f"{mom:.2f}"}
    r = check_text(text.format(**vals), date="2024-10-17", store=data)
    rec = [x for x in r if x["claim"].startswith(vals[pct_of])][0]
    start = "2023-08" if pct_of == "yoy" else "2024-07"
    assert rec["official_period"] == f"{start} to 2024-08" and rec["verdict"] == "supported", rec["explanation"]


def test_a_dated_start_keeps_its_own_month(data, tic):
    tot = tic("grand_total")
    p = pd.Period("2024-08", "M")
    before = f"${tot[p - 1]:,.1f} billion"
    text = f"Foreign holdings of U.S. Treasuries increased to ${tot[p]:,.1f} billion in August, up from {before} in July."
    rec = by_claim(check_text(text, date="2024-10-17", store=data), before)
    assert rec["official_period"] == "2024-07" and rec["verdict"] == "supported", rec["explanation"]


# -- "the drop clocked in at $X": the move's size ------------------------------------------------------------------


@pytest.mark.parametrize("text, who", [
    ("Foreign holdings of Treasuries fell in March; the drop clocked in at {v}.", "grand_total"),
    ("China's holdings of Treasuries fell in March; the decline came in at {v}.", "china_mainland"),
    ("Japan's holdings of Treasuries rose in March and the increase hit {v}.", "japan"),
])
def test_a_move_that_clocked_in_at_a_figure_is_a_change(data, tic, text, who):
    s = tic(who)
    p = pd.Period("2020-03", "M")
    v = f"${abs(s[p] - s[p - 1]):.1f} billion"
    rec = by_claim(check_text(text.format(v=v), date="2020-05-16", store=data), v)
    assert rec["measure"] == "holdings_change" and rec["verdict"] == "supported", rec["explanation"]


def test_holdings_that_hit_a_figure_are_a_level(data, tic):
    v = f"${tic('japan')[pd.Period('2020-03', 'M')]:,.1f} billion"
    rec = by_claim(check_text(f"Japan's holdings of Treasuries hit {v} in March.", date="2020-05-16", store=data), v)
    assert rec["measure"] == "holdings_level" and rec["verdict"] == "supported", rec["explanation"]


# -- a Japanese holder's topic with a note in brackets: "中国(大陸部)は" ---------------------------------------------


@pytest.mark.parametrize("text", [
    "中国（大陸部）は{ch}{verb}し、{lvl}となった。",
    "2位の中国（本土）は{ch}{verb}し、{lvl}だった。",
    "一方、中国(大陸部)は{ch}{verb}し、{lvl}となった。",
])
def test_a_holder_with_a_bracketed_note_is_the_sentences_topic(data, tic, text):
    from tests.helpers import oku

    cn = tic("china_mainland")
    p = pd.Period("2022-06", "M")
    ch = cn[p] - cn[p - 1]
    r = check_text(text.format(ch=oku(ch), verb="増加" if ch > 0 else "減少", lvl=oku(cn[p])), date="2022-08-16",
                   store=data)
    rec = by_claim(r, oku(ch))
    assert rec["measure"] == "holdings_change" and rec["series"] == "tic.holdings.china_mainland", rec["explanation"]
    assert by_claim(r, oku(cn[p]))["measure"] == "holdings_level"


def test_a_bracketed_holder_that_is_no_topic_is_not_one():
    from ustflow.check.claims import Claim
    from ustflow.check.numbers import find_amounts
    from ustflow.check.roles_ja import ja_country_topic
    from ustflow.check.text import split_sentences

    # ("中国（大陸部）が130億ドル減少し" is the holder's move since session 16: が marks the subject as は the topic)
    (sent,) = split_sentences("中国（大陸部）向けの輸出が130億ドル減少し、9678億ドルとなった。")
    a = find_amounts(sent.text)[0]
    assert not ja_country_topic(Claim(sent, "amount", a.span, amount=a))


# -- "1兆0390億ドルに保有が減少": the level moved to, the holdings named between ----------------------------------------


@pytest.mark.parametrize("text", [
    "日本は18年12月以来の低水準となる{lvl}に保有が減少した。",
    "日本は{lvl}に保有額が減った。",
    "日本の米国債は{lvl}に保有残高が縮小した。",
])
def test_a_figure_before_ni_and_the_holdings_moving_is_the_level(data, tic, text):
    from tests.helpers import oku

    jp = tic("japan")
    lvl = oku(jp[pd.Period("2022-03", "M")])
    rec = by_claim(check_text(text.format(lvl=lvl), date="2022-05-17", store=data), lvl)
    assert rec["measure"] == "holdings_level" and rec["official_period"] == "2022-03", rec["explanation"]


def test_a_figure_before_ni_and_a_trade_reaching_it_is_no_level(data):
    rec = by_claim(check_text("日本は100億ドルに売却額が達した。", date="2022-05-17", store=data), "100億ドル")
    assert rec["measure"] != "holdings_level", rec["explanation"]
