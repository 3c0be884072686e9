"""A misfire hunt over session 18's checker rules (issue 13): short invented passages in the corpus's genres (TIC
holdings stories, MoF flows, balance-of-payments releases, intervention reports) stating TRUE facts computed from the
store, in wordings the rules were not written from. Each test is a must-not-fire case: a true figure the checker called
contradicted before the fix named in the test, with a near construction that must still read as before. The facts and
the expected values are the store's own."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, ja_oku, series
from ustflow.views.check import check_text

TIC_DAY = "2026-06-18"  # TIC had published April 2026 by then


def _bn(v: float) -> str:
    return f"${abs(v):,.1f} billion"


# that_time: "Back then" / "At the time" with no month named in the sentence before is a time the checker cannot place -


@pytest.mark.parametrize("opener", ["Back then", "At that time", "At the time"])
def test_back_then_with_no_month_before_is_not_the_latest(data, tic, opener):
    # must not fire: the level of a year before ("up ... from a year earlier", then "over the same period") was judged
    # at April 2026, the story's month ($743.6 billion against 651.1: contradicted)
    jp, cn = tic("japan"), tic("china_mainland")
    assert round(cn["2025-04"], 1) != round(cn["2026-04"], 1)
    text = (f"Japan's Treasury holdings were {_bn(jp['2026-04'])} at the end of April, up {_bn(jp['2026-04'] - jp['2025-04'])} "
            f"from a year earlier. China's stood at {_bn(cn['2026-04'])}, down {_bn(cn['2025-04'] - cn['2026-04'])} over the "
            f"same period. {opener}, China held {_bn(cn['2025-04'])}.")
    res = check_text(text, date=TIC_DAY, store=data)
    rec = by_claim(res, _bn(cn["2025-04"]))
    assert rec["verdict"] == "unverifiable" and opener in rec["explanation"], rec
    assert by_claim(res, _bn(cn["2026-04"]))["verdict"] == "supported", res


def test_at_the_time_after_a_month_without_its_year_is_that_month(data, tic):
    # must still read: the sentence before names the story's month ("in April"): its levels, supported; a wrong one
    # still contradicted; a bare "Then" keeps the latest too
    jp, cn, uk = tic("japan"), tic("china_mainland"), tic("united_kingdom")
    res = check_text(f"Japan's holdings rose to {_bn(jp['2026-04'])} in April. At the time, China held {_bn(cn['2026-04'])}, "
                     f"and Britain {_bn(uk['2026-04'] + 20)}.", date=TIC_DAY, store=data)
    assert [(by_claim(res, _bn(v))["official_period"], by_claim(res, _bn(v))["verdict"]) for v in
            (cn["2026-04"], uk["2026-04"] + 20)] == [("2026-04", "supported"), ("2026-04", "contradicted")], res
    rec = by_claim(check_text(f"China's holdings fell over the year. Then China held {_bn(cn['2026-04'] + 20)}.",
                              date=TIC_DAY, store=data), _bn(cn["2026-04"] + 20))
    assert rec["verdict"] == "contradicted", rec


# claim_fill._first_after: the holder overtaken, named after the figure ("its holdings rose to $X, overtaking China as
# the second-largest holder") is not the figure's subject -------------------------------------------------------------


@pytest.mark.parametrize("relation", ["overtaking China as the second-largest holder", "surpassing China",
                                      "moving ahead of China"])
def test_a_holder_overtaken_after_the_figure_is_not_its_subject(data, tic, relation):
    # must not fire: the UK's $779.3 billion (March 2025) was judged as China's holdings (765.4: contradicted)
    uk, cn = tic("united_kingdom"), tic("china_mainland")
    assert uk["2025-03"] > cn["2025-03"] and uk["2025-02"] < cn["2025-02"]
    text = (f"Britain held {_bn(uk['2025-02'])} in February 2025. In March 2025 its holdings rose to {_bn(uk['2025-03'])}, "
            f"{relation}.")
    rec = by_claim(check_text(text, date=TIC_DAY, store=data), _bn(uk["2025-03"]))
    assert (rec["series"], rec["official_period"], rec["verdict"]) == ("tic.holdings.united_kingdom", "2025-03",
                                                                      "supported"), rec


def test_a_holder_after_the_figure_that_is_its_subject_is_kept(data, tic):
    # must still read: a holder after the figure with no relation before it is still the figure's ("held by China");
    # a wrong figure of the UK's is still contradicted
    uk, cn = tic("united_kingdom"), tic("china_mainland")
    text = f"In March 2025 Britain's holdings rose to {_bn(uk['2025-03'] + 20)}, overtaking China."
    rec = by_claim(check_text(text, date=TIC_DAY, store=data), _bn(uk["2025-03"] + 20))
    assert (rec["series"], rec["verdict"]) == ("tic.holdings.united_kingdom", "contradicted"), rec
    rec = by_claim(check_text(f"In March 2025, {_bn(cn['2025-03'])} was held by China.", date=TIC_DAY, store=data),
                   _bn(cn["2025-03"]))
    assert (rec["series"], rec["verdict"]) == ("tic.holdings.china_mainland", "supported"), rec


# totals.coordinated_periods: a list of three days before an intervention total ("4月30日と5月4日、5月6日の3回にわたり…計X")
# is summed from the first (it took the last two only) -------------------------------------------------------------------


def _tn_ja(v_bn: float) -> str:
    return ja_oku(round(v_bn * 10), "円")  # the table's JPY bn as 兆/億円


@pytest.mark.parametrize("days", ["4月30日と5月4日、5月6日の3回にわたり", "4月30日、5月4日、5月6日に"])
def test_a_list_of_three_intervention_days_is_summed_from_the_first(data, loaded_store, days):
    # must not fire: the total was judged on May 4 and 6 only (5.46 trillion yen against 11.73: contradicted)
    iv = series("mof.fx_intervention.amount", loaded_store)
    three = iv["2026-04-30":"2026-05-06"]
    assert len(three) == 3 and float(iv["2026-05-04":"2026-05-06"].sum()) < float(three.sum())
    text = f"政府・日銀は{days}円買い介入を実施し、計{_tn_ja(three.sum())}を投じた。"
    rec = by_claim(check_text(text, date="2026-08-10", store=data), _tn_ja(three.sum()))
    assert (rec["official_period"], rec["verdict"]) == ("2026-04-30..2026-05-06", "supported"), rec


@pytest.mark.parametrize("tail", ["spending a total of X", "spending X in all"])
def test_an_english_list_of_three_intervention_days_is_summed_from_the_first(data, loaded_store, tail):
    # must not fire: "on April 30, May 4 and May 6" was read as May 4-6 only (5.46 trillion yen against 11.73:
    # contradicted)
    iv = series("mof.fx_intervention.amount", loaded_store)
    v = float(iv["2026-04-30":"2026-05-06"].sum())
    fig = f"{v / 1000:.2f} trillion yen"
    rec = by_claim(check_text(f"Japan intervened on April 30, May 4 and May 6, {tail.replace('X', fig)}.", date="2026-08-10",
                              store=data), fig)
    assert (rec["official_period"], rec["verdict"]) == ("2026-04-30..2026-05-06", "supported"), rec


def test_a_list_of_days_keeps_a_wrong_total_contradicted_and_two_days_still_two(data, loaded_store):
    # must still read: a total of the three days off by a trillion yen is contradicted; the last two days' own total
    # with only those two named is theirs
    iv = series("mof.fx_intervention.amount", loaded_store)
    wrong = float(iv["2026-04-30":"2026-05-06"].sum()) + 1000
    rec = by_claim(check_text(f"政府・日銀は4月30日と5月4日、5月6日に円買い介入を実施し、計{_tn_ja(wrong)}を投じた。",
                              date="2026-08-10", store=data), _tn_ja(wrong))
    assert (rec["official_period"], rec["verdict"]) == ("2026-04-30..2026-05-06", "contradicted"), rec
    two = float(iv["2026-05-04":"2026-05-06"].sum())
    rec = by_claim(check_text(f"政府・日銀は5月4日と5月6日に円買い介入を実施し、計{_tn_ja(two)}を投じた。",
                              date="2026-08-10", store=data), _tn_ja(two))
    assert (rec["official_period"], rec["verdict"]) == ("2026-05-04..2026-05-06", "supported"), rec


# attach._OPENING_NEXT: a sentence that opens on "The following month" / 翌月 gives that month to the clauses after it that
# name none ("..., overtaking China as the second-largest holder", "中国を抜いて2位となった") --------------------------------


@pytest.mark.parametrize("text", [
    "Britain held $@A@ in February 2025. The following month its holdings rose to $@B@, overtaking China as the "
    "second-largest holder.",
    "英国の保有額は2025年2月に@A@億ドルだった。翌月に@B@億ドルへ増え、中国を抜いて2位となった。"])
def test_a_place_after_the_following_month_is_that_months(data, tic, text):
    # must not fire: the place was read at February 2025, the sentence before's month (third then: contradicted)
    uk, cn = tic("united_kingdom"), tic("china_mainland")
    assert uk["2025-02"] < cn["2025-02"] and uk["2025-03"] > cn["2025-03"]
    ja = "億ドル" in text
    a, b = ((f"{uk['2025-02'] * 10:,.0f}", f"{uk['2025-03'] * 10:,.0f}") if ja else
            (_bn(uk["2025-02"])[1:], _bn(uk["2025-03"])[1:]))
    res = check_text(text.replace("@A@", a).replace("@B@", b), date=TIC_DAY, store=data)
    places = [r for r in res if r["kind"] == "rank"]
    assert [(r["series"], r["official_period"], r["verdict"]) for r in places] == \
        [("tic.holdings.united_kingdom", "2025-03", "supported")], res


def test_a_place_after_a_relative_period_inside_the_sentence_keeps_its_own(data, tic):
    # must still fire: a place the following month that does not hold then (the UK was third in February 2025) is
    # contradicted at that month
    uk = tic("united_kingdom")
    text = (f"Britain held {_bn(uk['2025-01'])} in January 2025. The following month its holdings rose to "
            f"{_bn(uk['2025-02'])}, making it the second-largest holder.")
    places = [r for r in check_text(text, date=TIC_DAY, store=data) if r["kind"] == "rank"]
    # the holder is carried from the sentence before: from session 22 to session 31 the weak-class gate set such a
    # record aside (as 'unverifiable', flag weak_class); with batches 25 and 26's blind verdicts (sessions 32-33) the
    # class was 9 right of 24 (gain 2, loss 8, 12 true claims: a tie at 0.5, not weak) and the contradiction stood;
    # with batch 27's (session 34) it was 9 of 25 (13 true claims: weak), so it was set aside again; with batch 28's
    # (session 35) it was 10 of 26 (gain 2, loss 9, 13 true claims: 8.5 against 9, not weak) and the contradiction
    # stood; since batch 29's joined (session 36) it is 10 of 30 (gain 2, loss 9, 17 true claims: 10.5 against 9,
    # weak; 10 of 33 with batch 30's, session 37: gain 4, loss 9, 18 true claims; batch 31's, session 38, and batch
    # 32's, session 39, added none), so it is set aside again, keeping the contradiction it read at that month
    assert [(r["official_period"], r["verdict"]) for r in places] == [("2025-02", "unverifiable")], places
    assert "weak_class" in places[0]["flags"] and "not called contradicted" in places[0]["explanation"], places


# claim_fill._COORD_AFTER: a holder that opens a coordinated clause after the figure (", and China's fell to $Y") is that
# clause's subject, not the subject of a figure whose holder is a pronoun ("its holdings rose to $X") -------------------


@pytest.mark.parametrize("second", ["and China's fell to $Y", "and China held $Y in March 2025", "but China's slipped to $Y"])
def test_a_holder_of_a_coordinated_clause_after_is_not_the_figures(data, tic, second):
    # must not fire: the UK's $779.3 billion was judged as China's (765.4: contradicted)
    uk, cn = tic("united_kingdom"), tic("china_mainland")
    text = (f"Britain held {_bn(uk['2025-02'])} in February 2025. In March 2025 its holdings rose to {_bn(uk['2025-03'])}, "
            f"{second.replace('$Y', _bn(cn['2025-03']))}.")
    res = check_text(text, date=TIC_DAY, store=data)
    got = [(by_claim(res, _bn(v))["series"], by_claim(res, _bn(v))["verdict"]) for v in (uk["2025-03"], cn["2025-03"])]
    assert got == [("tic.holdings.united_kingdom", "supported"), ("tic.holdings.china_mainland", "supported")], res


# bop._period_of_change: a change with no period of its own after a level told as a base ("above 2.37 trillion yen a year
# earlier", "前年同月の2兆3700億円") is of the story's month, not of the base's ----------------------------------------------

BOP_DAY = "2026-06-10"  # MoF had published April 2026's balance of payments


def _bop(loaded_store, item: str):
    return series(f"boj.bop.bpbp6jyn{item}", loaded_store)


@pytest.mark.parametrize("ja", [False, True])
def test_a_change_after_a_base_level_is_the_storys_months(data, loaded_store, ja):
    # must not fire: the change was read as 2024-04 to 2025-04 (a year before the base: -196.3 billion yen, contradicted)
    ca, pin = _bop(loaded_store, "cb"), _bop(loaded_store, "pin")
    d = float(pin["2026-04"] - pin["2025-04"])
    assert d > 0 > float(pin["2025-04"] - pin["2024-04"])
    if ja:
        fig = ja_oku(round(d), "円")
        text = (f"経常黒字は4月に{ja_oku(round(ca['2026-04']), '円')}となり、前年同月の{ja_oku(round(ca['2025-04']), '円')}を大きく"
                f"上回った。第1次所得収支の黒字は前年同月から{fig}増えた。")
    else:
        fig = f"{d / 10:,.1f} billion yen"
        text = (f"Japan's current account surplus was {ca['2026-04'] / 10000:.2f} trillion yen in April, well above "
                f"{ca['2025-04'] / 10000:.2f} trillion yen a year earlier. The primary income surplus rose {fig} from a year "
                f"earlier to {pin['2026-04'] / 10000:.2f} trillion yen.")
    rec = by_claim(check_text(text, date=BOP_DAY, store=data), fig)
    assert (rec["official_period"], rec["verdict"]) == ("2025-04..2026-04", "supported"), rec


def test_a_change_after_a_level_of_its_own_month_still_takes_it(data, loaded_store):
    # must still read: after a level of a named month (not a base's), a change with no period of its own is that month's;
    # a wrong change is still contradicted
    ca, pin = _bop(loaded_store, "cb"), _bop(loaded_store, "pin")
    d = float(pin["2026-03"] - pin["2025-03"])
    for v, want in ((d, "supported"), (d + 3000, "contradicted")):
        text = (f"Japan's current account surplus was {ca['2026-03'] / 10000:.2f} trillion yen in March. The primary "
                f"income surplus rose {abs(v) / 10:,.1f} billion yen from a year earlier.")
        rec = by_claim(check_text(text, date=BOP_DAY, store=data), f"{abs(v) / 10:,.1f} billion yen")
        assert (rec["official_period"], rec["verdict"]) == ("2025-03..2026-03", want), rec
