"""`ustflow check` on Japanese holdings stories (issue 13, session 5): a figure before 増/減 is the change,
a figure after a move's continuative form (増加し、/減少し、) is the level it ended at, "前月から" is the
start of the change (its period is the story's month), a list of months with their changes is read month
by month, and countries written in katakana or kanji (英国, ケイマン諸島, ベルギー ...) are holders.
Invented sentences; the expected values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, oku, series, yen_oku
from ustflow.views.check import check_text

DATE = "2024-06-20"  # TIC for April 2024 was out (mid-June)


def test_change_from_the_month_before_then_the_level(data, tic):
    jp = tic("japan")
    apr = pd.Period("2024-04", "M")
    ch, lvl = jp[apr] - jp[apr - 1], jp[apr]
    verb = "増え" if ch > 0 else "減り"
    text = f"4月末時点で、日本が持つ米国債の保有残高は前月から{oku(ch)}{verb}、{oku(lvl)}に達した。"
    r = check_text(text, date=DATE, store=data)
    change, level = by_claim(r, oku(ch)), by_claim(r, oku(lvl))
    assert (change["measure"], change["verdict"], change["official_period"]) == \
        ("holdings_change", "supported", "2024-03 to 2024-04")
    assert change["official_value"] == pytest.approx(ch)
    assert (level["measure"], level["verdict"], level["official_period"]) == ("holdings_level", "supported", "2024-04")


def test_months_listed_with_their_changes(data, tic):
    cn = tic("china_mainland")
    months = [pd.Period(f"2024-0{m}", "M") for m in (2, 3, 4)]
    moves = [cn[p] - cn[p - 1] for p in months]
    items = "、".join(f"{p.month}月は{oku(v)}{'増' if v > 0 else '減'}" for p, v in zip(months, moves))
    r = check_text(f"中国の米国債保有高の推移は、{items}だった。", date=DATE, store=data)
    for p, v in zip(months, moves):
        rec = by_claim(r, oku(v))
        assert (rec["measure"], rec["verdict"], rec["official_period"]) == \
            ("holdings_change", "supported", f"{p - 1} to {p}")
        assert rec["direction"] == ("up/bought" if v > 0 else "down/sold")


def test_a_change_of_the_wrong_direction_is_contradicted(data, tic):
    uk = tic("united_kingdom")
    apr = pd.Period("2024-04", "M")
    ch = uk[apr] - uk[apr - 1]
    wrong = "減" if ch > 0 else "増"
    rec = by_claim(check_text(f"4月の英国の米国債保有残高は{oku(ch)}{wrong}となった。", date=DATE, store=data), oku(ch))
    assert (rec["subject"], rec["measure"], rec["verdict"]) == ("United Kingdom", "holdings_change", "contradicted")


@pytest.mark.parametrize("name, slug", [("英国", "united_kingdom"), ("ケイマン諸島", "cayman_islands"),
                                        ("ベルギー", "belgium"), ("カナダ", "canada")])
def test_countries_in_japanese_are_holders(data, tic, name, slug):
    lvl = tic(slug)[pd.Period("2024-04", "M")]
    rec = by_claim(check_text(f"4月の{name}の米国債保有残高は{oku(lvl)}だった。", date=DATE, store=data), oku(lvl))
    assert (rec["series"], rec["verdict"]) == (f"tic.holdings.{slug}", "supported")


def test_gilts_are_not_the_united_kingdom():
    from ustflow.check.subjects import find_subjects

    assert not [m for m in find_subjects("英国債の利回りが上昇した。") if m.slug == "united_kingdom"]


def test_a_month_set_apart_as_topic_is_no_context(data, loaded_store):
    """"3月は…" is that sentence's aside: the next sentence with no month is the story's (latest) month."""
    bonds = series("mof.monthly.assets.lt_debt.net", loaded_store)
    stocks = series("mof.monthly.liabilities.equity.net", loaded_store)
    may, mar = pd.Period("2024-05", "M"), pd.Period("2024-03", "M")
    word = lambda v: "買い越し" if v > 0 else "売り越し"  # noqa: E731
    text = (f"財務省の5月の統計で、国内投資家の外国債券への投資は{yen_oku(bonds[may])}の{word(bonds[may])}だった。"
            f"3月は{yen_oku(bonds[mar])}の{word(bonds[mar])}。"
            f"海外投資家の日本株投資は{yen_oku(stocks[may])}の{word(stocks[may])}となった。")
    r = check_text(text, date="2024-06-12", store=data)
    rec = by_claim(r, yen_oku(stocks[may]))
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2024-05")
    assert by_claim(r, yen_oku(bonds[mar]))["official_period"] == "2024-03"


def test_a_month_in_a_later_clause_with_its_own_figure_is_not_the_first_figures(data, loaded_store):
    stocks = series("mof.monthly.assets.equity.net", loaded_store)
    may, apr = pd.Period("2024-05", "M"), pd.Period("2024-04", "M")
    word = lambda v: "買い越し" if v > 0 else "売り越し"  # noqa: E731
    text = (f"5月の対外株式投資は{yen_oku(stocks[may])}の{word(stocks[may])}。"
            f"外国株は{yen_oku(stocks[may])}の{word(stocks[may])}で、4月は{yen_oku(stocks[apr])}の{word(stocks[apr])}だった。")
    recs = [x for x in check_text(text, date="2024-06-12", store=data) if x["claim"] == yen_oku(stocks[may])]
    assert [x["official_period"] for x in recs] == ["2024-05", "2024-05"]
    assert all(x["verdict"] == "supported" for x in recs)


def test_bare_securities_take_the_story_s_investors(data, loaded_store):
    """"中長期債は…" after a sentence about non-residents: their trades in Japanese bonds, not residents' in foreign ones."""
    eq = series("mof.monthly.liabilities.equity.net", loaded_store)
    bd = series("mof.monthly.liabilities.lt_debt.net", loaded_store)
    may = pd.Period("2024-05", "M")
    word = lambda v: "買い越し" if v > 0 else "売り越し"  # noqa: E731
    text = (f"5月の統計で、海外投資家による日本株投資は{yen_oku(eq[may])}の{word(eq[may])}となった。"
            f"中長期債は{yen_oku(bd[may])}の{word(bd[may])}だった。")
    rec = by_claim(check_text(text, date="2024-06-12", store=data), yen_oku(bd[may]))
    assert (rec["series"], rec["verdict"]) == ("mof.monthly.liabilities.lt_debt.net", "supported")


def test_year_on_year_change_with_a_japanese_qualifier(data, tic):
    cn = tic("china_mainland")
    apr = pd.Period("2024-04", "M")
    ch = cn[apr] - cn[apr - 12]
    floor = int(abs(ch) // 10 * 10)  # a round figure below the change: "X億ドル以上"
    verb = "増えた" if ch > 0 else "減った"
    text = f"4月の中国の米国債保有残高は{oku(cn[apr])}で、前年同月比で{oku(floor)}以上{verb}。"
    rec = by_claim(check_text(text, date=DATE, store=data), oku(floor))
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == \
        ("holdings_change", "supported", "2023-04 to 2024-04")
    over = by_claim(check_text(text.replace(f"{oku(floor)}以上", f"{oku(floor + 100)}以上"), date=DATE, store=data),
                    oku(floor + 100))
    assert over["verdict"] == "contradicted"  # "more than" a figure the change does not reach


@pytest.mark.parametrize("tail, q", [("以上", "at_least"), ("超の", "above"), ("近く", "just_below"), ("程度", "approx"),
                                     ("の処分超", "exact")])
def test_japanese_qualifiers_after_the_figure(tail, q):
    from ustflow.check.numbers import find_amounts

    (a,) = find_amounts(f"対外債券投資は2000億円{tail}となった。")
    assert a.qualifier == q


def test_a_country_as_topic_moving_is_its_holdings(data, tic):
    """"英国は106億ドル増え、9375億ドル": no 保有 in the sentence, but a country's dollar figures moving up or down."""
    uk = tic("united_kingdom")
    apr = pd.Period("2024-04", "M")
    ch, lvl = uk[apr] - uk[apr - 1], uk[apr]
    verb = "増え" if ch > 0 else "減り"
    text = f"4月の米国債保有額は日本が首位だった。英国は{oku(ch)}{verb}、{oku(lvl)}となった。"
    r = check_text(text, date=DATE, store=data)
    change, level = by_claim(r, oku(ch)), by_claim(r, oku(lvl))
    assert (change["measure"], change["verdict"], change["subject"]) == ("holdings_change", "supported", "United Kingdom")
    assert (level["measure"], level["verdict"], level["official_period"]) == ("holdings_level", "supported", "2024-04")
