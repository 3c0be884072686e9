"""A paraphrase audit of the checker changes landed in session 20 (issue 13; ``git log d70421d..main -- src/``):
``level_lines`` (lists of holdings written one item a line), the weak-class gate refitted on batches 9-17 (a change in
holdings whose holder is carried is no longer set aside), the year of a Japanese span of months (``periods``), the
Fed's custody in Japanese words (``custody``), a yen level of a past day (``fx_moves.past_quote``), two more ways to
say a holder's place (``holder_places``), the holder gate on a carried change in the total (``reading_gate``) and
Japanese years named by their era (``ja_eras``). Invented
articles in forms their authors did not test: lists with colons, "1." numbering, a heading naming its month, months
without a year, trillions; era first years and era fiscal years, a span across the new year; "(FRB)が保管する",
"FRBに預けている"; and near misses that must NOT be read so: a list of the month's biggest buyers, of changes from the
month before, numbers over figures that do not fall (items counted, not places), the Fed's own Treasuries, a yen level
of no day. Every expected value is read from the loaded store; each case asserts what a careful analyst would call
right, and the checker's misfires are marked ``xfail(strict=True)`` with the reason."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import series
from ustflow.views.check import check_text

P = pd.Period("2019-03", "M")
DATE = "2019-05-20"  # March 2019's TIC data came out on 15 May 2019
NAMES = {"china_mainland": "China", "japan": "Japan", "united_kingdom": "United Kingdom"}


@pytest.fixture(scope="module")
def tic(loaded_store):
    return lambda k: series(f"tic.holdings.{k}", loaded_store)


def _one(recs, claim: str, unit: str | None = None) -> dict:
    got = [r for r in recs if r["claim"] == claim and (unit is None or r.get("official_unit") == unit)]
    assert len(got) == 1, (claim, [(r["claim"], r["verdict"]) for r in recs])
    return got[0]


def _by_size(tic, p) -> list[str]:
    return sorted(NAMES, key=lambda k: -tic(k)[p])


# ------------------------------------------------------------------ level_lines: lists it should read


def test_an_unnumbered_list_with_colons_under_a_heading_in_billions(data, tic):
    lines = "\n".join(f"{NAMES[k]}: ${tic(k)[P]:,.1f}" for k in NAMES)
    text = f"Who owns America's debt?\n\nForeign holders of U.S. Treasuries (in billions)\n\n{lines}\n"
    recs = check_text(text, date=DATE, store=data)
    for k in NAMES:
        rec = _one(recs, f"${tic(k)[P]:,.1f}")
        assert (rec["verdict"], rec["official_period"]) == ("supported", str(P)), rec


def test_lines_numbered_with_a_point_in_order_of_size_are_places(data, tic):
    order = _by_size(tic, P)
    lines = "\n".join(f"{i}. {NAMES[k]} ${tic(k)[P]:,.1f}" for i, k in enumerate(order, 1))
    text = f"Who owns America's debt?\n\nTop holders of Treasuries, in billions of dollars\n\n{lines}\n"
    recs = check_text(text, date=DATE, store=data)
    ranks = [r for r in recs if r.get("official_unit") == "rank"]
    assert [(r["claim"], r["verdict"]) for r in ranks] == [("1", "supported"), ("2", "supported"),
                                                            ("3", "supported")], ranks


def test_a_heading_that_names_a_year_end_gives_the_lines_their_month(data, tic):
    q = pd.Period("2018-12", "M")  # not the latest published on DATE: the heading's month, not March
    lines = "\n".join(f"{NAMES[k]} – ${tic(k)[q]:,.1f}" for k in _by_size(tic, q))
    text = f"Who owns America's debt?\n\nTop holders of Treasuries at the end of December 2018, in billions\n\n{lines}\n"
    recs = check_text(text, date=DATE, store=data)
    for k in NAMES:
        rec = _one(recs, f"${tic(k)[q]:,.1f}")
        assert (rec["verdict"], rec["official_period"]) == ("supported", str(q)), rec


def test_months_in_trillions_without_a_year_under_prose_naming_one_holder(data, tic):
    cn = tic("china_mainland")
    months = [P - 2, P - 1, P]
    lines = "\n".join(f"{m:%B} - ${cn[m] / 1000:,.3f} trillion" for m in months)
    text = f"China trimmed its U.S. Treasuries again.\n\nChina's holdings, month by month:\n\n{lines}\n"
    recs = check_text(text, date=DATE, store=data)
    for m in months[:2]:
        rec = _one(recs, f"${cn[m] / 1000:,.3f} trillion")
        assert (rec["verdict"], rec["official_period"]) == ("supported", str(m)), rec


@pytest.mark.xfail(strict=True, reason="a month list's holder is carried from the prose above (subject_how "
                   "'inherited'), so confidence_gate sets a wrong line aside as holder_not_stated; lifting that alone "
                   "would not do, as weak_class sets aside the same class (a plain level contradiction whose holder "
                   "comes from an earlier sentence: right 0 of 8 blind). What is missing is a reading: a list whose "
                   "other lines are that holder's levels to the digit states its holder (as table_pins pins a table's "
                   "month), so level_lines would mark it so; not written (session 21: no measure of how often a "
                   "list's other lines confirm a wrong holder)")
def test_a_wrong_line_of_a_month_list_is_contradicted(data, tic):
    jp = tic("japan")
    months = [P - 2, P - 1, P]
    lines = "\n".join(f"{m:%b} '{m:%y} - ${jp[m] + (40 if m == P - 1 else 0):,.1f} billion" for m in months)
    text = f"Japan added to its U.S. Treasuries in March.\n\nIts holdings by month:\n\n{lines}\n"
    rec = _one(check_text(text, date=DATE, store=data), f"${jp[P - 1] + 40:,.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("contradicted", str(P - 1)), rec


# ------------------------------------------------------------------ level_lines: near misses


def test_a_list_of_the_months_biggest_buyers_is_no_list_of_holdings(data, tic):
    # the lines are net purchases (changes in holdings), and the numbers their order among buyers: read as holdings
    # levels and places among holders, the UK's true first place among buyers was called contradicted
    ch = {k: tic(k)[P] - tic(k)[P - 1] for k in ("united_kingdom", "japan", "ireland")}
    label = {"united_kingdom": "United Kingdom", "japan": "Japan", "ireland": "Ireland"}
    order = sorted(ch, key=lambda k: -abs(ch[k]))
    lines = "\n".join(f"({i}) {label[k]} – ${abs(ch[k]):,.1f}" for i, k in enumerate(order, 1))
    text = f"Foreign buyers returned to U.S. Treasuries in March.\n\nBiggest buyers of Treasuries in March, in billions\n\n{lines}\n"
    recs = check_text(text, date=DATE, store=data)
    assert not [r for r in recs if r.get("official_unit") in ("rank", "USD bn") and r["verdict"] == "contradicted"], recs
    assert not [r for r in recs if r.get("measure") == "holdings_level"], recs


def test_a_list_of_changes_from_the_month_before_is_no_list_of_levels(data, tic):
    lines = "\n".join(f"{NAMES[k]}: ${abs(tic(k)[P] - tic(k)[P - 1]):,.1f}" for k in NAMES)
    text = f"Foreign holders moved little in March.\n\nChange in holdings of Treasuries from February, in billions\n\n{lines}\n"
    recs = check_text(text, date=DATE, store=data)
    assert not [r for r in recs if r.get("measure") == "holdings_level"], recs


def test_numbers_over_figures_that_do_not_fall_count_items_not_places(data, tic):
    # "1. United Kingdom $317.1 / 2. Japan $1,078.1 / 3. China $1,120.5": the list's own figures say the numbers are no
    # places; read as places, two true levels came with two places called contradicted
    order = _by_size(tic, P)[::-1]
    lines = "\n".join(f"{i}. {NAMES[k]} ${tic(k)[P]:,.1f}" for i, k in enumerate(order, 1))
    text = f"Who owns America's debt?\n\nHoldings of Treasuries, in billions of dollars\n\n{lines}\n"
    recs = check_text(text, date=DATE, store=data)
    assert not [r for r in recs if r.get("official_unit") == "rank" and r["verdict"] == "contradicted"], recs
    for k in NAMES:
        assert _one(recs, f"${tic(k)[P]:,.1f}")["verdict"] == "supported"


def test_lines_whose_labels_name_a_trade_are_no_list_of_holdings(data, tic):
    # "Japan bought: $9.3 billion": each line is a month's purchase or sale; the prose rules read it as a trade
    ch = {k: tic(k)[P] - tic(k)[P - 1] for k in ("united_kingdom", "china_mainland")}
    text = (f"Foreign holders of U.S. Treasuries were busy in March.\n\nBritain bought: ${ch['united_kingdom']:.1f} "
            f"billion\nChina sold: ${-ch['china_mainland']:.1f} billion\nJapan bought: $120.0 billion\n")
    recs = check_text(text, date=DATE, store=data)
    assert not [r for r in recs if r.get("measure") == "holdings_level"], recs
    assert _one(recs, f"${ch['united_kingdom']:.1f} billion")["verdict"] == "supported"


# (a strict xfail until session 21: holder_tables.row_holder read 'Total foreign holdings' as a holder TIC does not
# list; it now takes all foreign holders named as a sentence names them)
def test_a_total_line_of_a_list_of_holders_is_tics_grand_total(data, tic, loaded_store):
    gt = series("tic.holdings.grand_total", loaded_store)
    lines = "\n".join(f"{NAMES[k]}: ${tic(k)[P]:,.1f}" for k in NAMES)
    text = (f"Who owns America's debt?\n\nForeign holders of U.S. Treasuries (in billions)\n\n{lines}\n"
            f"Total foreign holdings: ${gt[P]:,.1f}\n")
    assert _one(check_text(text, date=DATE, store=data), f"${gt[P]:,.1f}")["verdict"] == "supported"


def test_a_month_list_of_reserves_is_not_read_as_treasuries(data):
    text = ("China's U.S. Treasuries slipped again.\n\nChina's foreign exchange reserves, month by month:\n\n"
            "Jan '19 - $3,087.9 billion\nFeb '19 - $3,090.2 billion\nMar '19 - $3,098.8 billion\n")
    recs = check_text(text, date=DATE, store=data)
    assert not [r for r in recs if r.get("measure") == "holdings_level" or r["verdict"] == "contradicted"], recs


# ------------------------------------------------------------------ weak-class gate refitted on batches 9-17


def test_a_carried_holders_change_that_is_wrong_is_contradicted_again(data, loaded_store):
    jp = series("tic.holdings.japan", loaded_store)
    q = pd.Period("2024-03", "M")
    up = jp[q] - jp[q - 1]
    assert up > 0
    text = (f"Japan held ${jp[q]:,.1f} billion of U.S. Treasuries at the end of March, Treasury data showed. "
            f"Its holdings rose by ${up + 25:.1f} billion from February.")
    rec = _one(check_text(text, date="2024-05-20", store=data), f"${up + 25:.1f} billion")
    assert rec["verdict"] == "contradicted" and "weak_class" not in rec["flags"], rec


def test_a_carried_holders_change_that_is_right_is_supported(data, loaded_store):
    jp = series("tic.holdings.japan", loaded_store)
    q = pd.Period("2024-03", "M")
    up = jp[q] - jp[q - 1]
    text = (f"Japan held ${jp[q]:,.1f} billion of U.S. Treasuries at the end of March, Treasury data showed. "
            f"Its holdings rose by ${up:.1f} billion from February.")
    assert _one(check_text(text, date="2024-05-20", store=data), f"${up:.1f} billion")["verdict"] == "supported"


# ------------------------------------------------------------------ periods: a Japanese span of months with no Western year


@pytest.mark.parametrize("text, day, start, end", [
    ("令和元年10~12月の経常収支は黒字だった。", "2020-02-10", "2019-10-01", "2019-12-31"),  # 元年: the era's first year
    ("平成30年度4~6月の対外証券投資は買い越しだった。", "2018-08-10", "2018-04-01", "2018-06-30"),  # an era fiscal year
    ("令和 4年9~10月に介入した。", "2023-01-10", "2022-09-01", "2022-10-31"),  # a space after the era
    # a span across the new year that the story is in began the December before (as "6~7月" on July 31 is this year's)
    ("政府・日銀は12~1月に円買い介入を実施した。", "2024-01-31", "2023-12-01", "2024-01-31"),
    # the near misses: a span across the new year that the story is not in is the latest that ended; one it is in,
    # begun in November, is this year's
    ("政府・日銀は12~1月に円買い介入を実施した。", "2024-11-05", "2023-12-01", "2024-01-31"),
    ("11~2月の経常収支は", "2024-11-05", "2024-11-01", "2025-02-28"),
])
def test_the_year_of_a_span_of_months(text, day, start, end):
    from ustflow.check.period_grammar import Resolver

    got = [(str(p.start), str(p.end)) for p in Resolver(pd.Timestamp(day).date()).find(text) if p.kind == "months"]
    assert got == [(start, end)], got


# ------------------------------------------------------------------ custody: the Fed keeping them, in Japanese


@pytest.fixture(scope="module")
def wk(loaded_store):
    return series("fred.wmtsecl1", loaded_store)


def _ja_usd(usd_mn: float) -> str:
    cho, oku = divmod(round(usd_mn / 100), 10000)
    return f"{cho}兆{oku:04d}億ドル"


@pytest.mark.parametrize("text", [
    "ニューヨーク連銀が保管する外国中銀の米国債保有高は{fig}に増えた。",
    # "(FRB)" between the Fed's name and its verb, and 各国中銀: a true level was called contradicted by TIC's month
    "米連邦準備理事会(FRB)が保管する各国中銀の米国債残高は{fig}となった。",
    # what the central banks keep at the Fed ("FRBに預けている"): the same series, a true level was contradicted
    "FRBの統計によると、海外の中央銀行がFRBに預けている米国債は{fig}だった。",
])
def test_the_fed_keeping_them_in_other_words_is_custody(data, wk, text):
    fig = _ja_usd(float(wk[pd.Period("2025-06-11", "W-WED")]))
    rec = _one(check_text(text.format(fig=fig), date="2025-06-13", store=data), fig)
    assert (rec["series"], rec["verdict"], rec["official_period"]) == ("fred.wmtsecl1", "supported", "2025-06-11"), rec


# (a strict xfail until session 21, whose reason was wrong: 海外中央銀行 is known; 'Xの米国債は' said no holdings, and
# 預かる / 保管 now say so, as 預ける did)
def test_the_fed_keeping_overseas_central_banks_treasuries_is_custody(data, wk):
    fig = _ja_usd(float(wk[pd.Period("2025-06-11", "W-WED")]))
    rec = _one(check_text(f"FRBが預かる海外中央銀行の米国債は{fig}だった。", date="2025-06-13", store=data), fig)
    assert (rec["series"], rec["verdict"]) == ("fred.wmtsecl1", "supported"), rec


def test_the_feds_own_treasuries_are_no_custody(data, wk):
    # the near miss: FRBが保有する is the Fed's own portfolio, not what it keeps for foreign central banks
    fig = _ja_usd(float(wk[pd.Period("2025-06-11", "W-WED")]))
    rec = _one(check_text(f"FRBが保有する米国債は{fig}だった。", date="2025-06-13", store=data), fig)
    assert rec["series"] != "fred.wmtsecl1" and rec["verdict"] != "contradicted", rec


# ------------------------------------------------------------------ fx_moves.past_quote


def test_a_yen_level_a_move_reached_on_a_past_day_is_not_supported(data):
    rec = _one(check_text("円相場は4月29日に一時1ドル=160円台まで下落した。", date="2024-05-20", store=data), "160円台")
    assert rec["verdict"] == "unverifiable", rec


def test_a_yen_level_of_no_day_is_judged_on_the_latest_rate(data):
    # the near miss: a level the story says the yen is at now, no day stated
    rec = _one(check_text("円相場は1ドル=155円前後で推移している。", date="2024-05-20", store=data), "155円")
    assert rec["verdict"] == "supported" and "past_quote" not in rec["flags"], rec


# ------------------------------------------------------------------ holder_places: "places it", "the second largest at $"

Q = pd.Period("2015-03", "M")  # China first, Japan second among foreign holders


def test_a_verb_placing_it_among_holders_is_its_place(data, tic):
    cn = tic("china_mainland")
    for place, verdict in (("first", "supported"), ("third", "contradicted")):
        text = f"China held ${cn[Q]:,.1f} billion of U.S. Treasuries in March, which places it {place} among foreign holders."
        rec = _one(check_text(text, date="2015-05-20", store=data), f"places it {place}")
        assert (rec["verdict"], rec["official_value"]) == (verdict, 1.0), rec


def test_the_second_largest_investor_at_its_holdings_is_its_place(data, tic):
    text = f"Among foreign holders of Treasuries, Japan is the second largest investor at ${tic('japan')[Q]:,.1f} billion."
    rec = _one(check_text(text, date="2015-05-20", store=data), "the second largest investor")
    assert (rec["verdict"], rec["official_value"]) == ("supported", 2.0), rec


def test_the_third_largest_buyer_with_a_months_purchases_is_no_place_among_holders(data):
    text = "Among foreign holders of Treasuries, Canada was the third largest buyer with $20.5 billion in March."
    recs = check_text(text, date="2015-05-20", store=data)
    assert not [r for r in recs if r["verdict"] == "contradicted"], recs


def test_a_place_among_economies_is_no_place_among_holders(data, tic):
    text = (f"China held ${tic('china_mainland')[Q]:,.1f} billion of U.S. Treasuries in March; its economy keeps "
            "growing, placing it second among the world's economies.")
    recs = check_text(text, date="2015-05-20", store=data)
    assert not [r for r in recs if r["verdict"] == "contradicted"], recs


# ------------------------------------------------------------------ reading_gate: a change in the total, carried


def test_a_carried_change_in_all_foreign_holdings_in_a_story_naming_no_other_is_contradicted(data, loaded_store):
    gt = series("tic.holdings.grand_total", loaded_store)
    ch = gt[P] - gt[P - 1]
    lead = f"Foreign holdings of U.S. Treasuries rose to ${gt[P] / 1000:.2f} trillion in March, Treasury data showed."
    wrong = f"The holdings increased by ${abs(ch) + 150:.1f} billion from February."
    rec = _one(check_text(f"{lead}\n\n{wrong}", date=DATE, store=data), f"${abs(ch) + 150:.1f} billion")
    assert rec["verdict"] == "contradicted", rec
    # the near miss: a country named before it, the figure may be that country's: set aside
    rec = _one(check_text(f"{lead} China cut its holdings.\n\n{wrong}", date=DATE, store=data),
               f"${abs(ch) + 150:.1f} billion")
    assert rec["verdict"] == "unverifiable" and "holder_not_stated" in rec["flags"], rec


# ------------------------------------------------------------------ ja_eras: a year named by its era


@pytest.mark.parametrize("text, day, kind, start, end", [
    ("令和元年度の経常黒字は拡大した。", "2020-05-12", "fiscal_year", "2019-04-01", "2020-03-31"),  # 元: the first year
    ("平成25年中の対外証券投資は買い越しだった。", "2014-02-10", "year", "2013-01-01", "2013-12-31"),
    ("令和5年の経常収支は黒字だった。", "2024-02-08", "year", "2023-01-01", "2023-12-31"),
    ("平成30年3月の経常収支は黒字だった。", "2018-05-14", "month", "2018-03-01", "2018-03-31"),
    ("令和3年上期の経常収支は黒字だった。", "2021-10-08", "months", "2021-01-01", "2021-06-30"),
])
def test_a_year_named_by_its_era(text, day, kind, start, end):
    from ustflow.check.period_grammar import Resolver

    got = [(p.kind, str(p.start), str(p.end)) for p in Resolver(pd.Timestamp(day).date()).find(text)]
    assert got == [(kind, start, end)], got


# (a strict xfail until session 21: period_phrases' era lookbehind now allows a space)
def test_a_year_named_by_its_era_with_a_space():
    from ustflow.check.period_grammar import Resolver

    got = [(p.kind, str(p.start)) for p in Resolver(pd.Timestamp("2021-05-13").date()).find("令和 2年度の経常収支は")]
    assert got == [("fiscal_year", "2020-04-01")], got
