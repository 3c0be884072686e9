"""`ustflow check` on how a period attaches to a figure (issue 13, session 13): a MoF week named by a day in it
("5月11日の週"), a month without its year told after a dated one ("to $48.7 billion in April 2018, and to $14.9
billion in May"; "In May of the same year"), a look-back of years counted from the month named before ("Over the past
two years"), a dollar change restated in percent ("$17.8 billion, or 0.4 percent"; "$38 billion (about 3%)"), and a
holder that has left TIC's Major Foreign Holders table (SLT Table 3's holdings). Invented sentences; the expected
values are the store's own."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tests.helpers import by_claim, ja_oku, series
from ustflow.check.period_grammar import Resolver
from ustflow.views.check import check_text

# -- a MoF week named by a day in it -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def lt_week(loaded_store) -> tuple[pd.Period, int]:
    """Residents' net purchases of foreign long-term debt in the week of Sunday 11 - Saturday 17 May 2014."""
    s = series("mof.weekly.assets.lt_debt.net", loaded_store)
    w = pd.Period("2014-05-17", "W-SAT")
    return w, int(s[w])


@pytest.mark.parametrize("template", [
    "居住者による対外中長期債投資は2014年5月11日の週に{v}の取得超となった。",  # named by its first day
    "5月13日週の対外中長期債投資は、居住者の{v}の買い越しだった。",  # a day inside it, no の
    "国内投資家の対外中長期債投資は5月11日から始まる週で{v}の買い越しだった。",  # from its Sunday
])
def test_a_week_named_by_a_day_in_it_is_the_mof_week_holding_the_day(data, lt_week, template):
    _, v = lt_week
    rec = by_claim(check_text(template.format(v=ja_oku(v, "円")), date="2014-05-22", store=data), ja_oku(v, "円"))
    assert rec["official_period"] == "2014-05-11..2014-05-17" and rec["verdict"] == "supported", rec["explanation"]
    assert rec["official_value"] == pytest.approx(v)


def test_a_week_from_a_day_that_is_no_sunday_is_no_mof_week():
    # "5月12日から始まる週" (a Monday): no MoF week (Sunday..Saturday) starts then, so no week is guessed
    found = Resolver(date(2014, 5, 22)).find("対外中長期債投資は5月12日から始まる週で1兆円の買い越しだった。")
    assert not [p for p in found if p.kind == "week"]
    # while "5月17日までの週" stays the week ending that day
    (p,) = [p for p in Resolver(date(2014, 5, 22)).find("5月17日までの週に買い越した。") if p.kind == "week"]
    assert (p.start, p.end) == (date(2014, 5, 11), date(2014, 5, 17))


# -- a month without its year told after a dated one ---------------------------------------------------------------


@pytest.mark.parametrize("text, month", [
    ("Russian holdings fell from $96.1 billion to $48.7 billion in April 2018, and to {v} in May.", "2018-05"),
    ("In March 2018 Russia held $96.1 billion of Treasuries, {v} in June and less later.", "2018-06"),
    ("Russia's holdings dropped to $48.7 billion in April 2018. In May of the same year, they fell to {v}.", "2018-05"),
    ("Russia cut its Treasuries to $48.7 billion in April 2018. That year in July, holdings stood at {v}.", "2018-07"),
])
def test_a_later_month_told_after_a_dated_one_is_of_that_year(data, tic, text, month):
    v = f"${tic('russia')[pd.Period(month, 'M')]:.1f} billion"
    rec = by_claim(check_text(text.format(v=v), date="2023-05-17", store=data), v)
    assert rec["official_period"] == month and rec["verdict"] == "supported", rec["explanation"]


def test_a_month_before_the_dated_one_or_in_another_sentence_keeps_the_story_year():
    r = Resolver(date(2022, 4, 19))
    # an earlier month of the sentence ("in March 2021, ... in February"): the story's own February
    (_, feb) = r.find("Holdings were $1.2 trillion in March 2021 and rose again in February.")
    assert (feb.start.year, feb.start.month) == (2022, 2)
    # a later month in the next sentence with no word tying it to the year before: the story's own May
    prev = Resolver(date(2022, 6, 19)).find("Holdings fell to $48.7 billion in April 2018.")[0]
    (may,) = Resolver(date(2022, 6, 19)).find("In May, holdings rose to $3.9 billion.", prev=prev)
    assert (may.start.year, may.start.month) == (2022, 5)


@pytest.mark.parametrize("text", [
    "Japan, which held $1.2 trillion in March 2021, sold $5 billion of Treasuries in May.",
    "China (after a peak in January 2021) cut its holdings in May.",
])
def test_a_dated_month_in_an_aside_gives_no_year_to_the_story_month(text):
    (_, may) = Resolver(date(2022, 7, 20)).find(text)
    assert (may.start.year, may.start.month) == (2022, 5)


def test_a_japanese_month_of_the_same_year():
    prev = Resolver(date(2022, 4, 19)).find("2018年4月に保有額は487億ドルに減った。")[0]
    (may,) = Resolver(date(2022, 4, 19)).find("同年5月には149億ドルになった。", prev=prev)
    assert (may.start.year, may.start.month) == (2018, 5)


# -- a look-back of years from the month named before ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Japan held {lvl} in February. Over the past two years, Japan has increased its holdings by {ch}.",
    "Japan's holdings stood at {lvl} in February. In the last two years they rose {ch}.",
    "Japan owned {lvl} of Treasuries in February. Japan added {ch} over the past two years.",
])
def test_a_look_back_of_years_ends_at_the_month_named_before(data, tic, text):
    jp = tic("japan")
    p = pd.Period("2022-02", "M")
    lvl, ch = f"${jp[p]:,.1f} billion", f"${jp[p] - jp[p - 24]:.1f} billion"
    rec = by_claim(check_text(text.format(lvl=lvl, ch=ch), date="2022-05-17", store=data), ch)
    assert rec["official_period"] == "2020-02 to 2022-02" and rec["verdict"] == "supported", rec["explanation"]


def test_the_most_in_the_last_years_is_a_look_back_not_a_period():
    prev = Resolver(date(2023, 10, 21)).find("Japan held $1.1 trillion in August.")[0]
    found = Resolver(date(2023, 10, 21)).find("China sold more than at any time in the last four years.", prev=prev)
    assert not [p for p in found if "four years" in p.label]


# -- a dollar change restated in percent -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "In March foreign holdings increased {ch}, or {pct} percent, to a record.",
    "In March, we have seen an increase of {ch} ({pct}%) in foreign holdings of Treasuries.",
    "Foreign holdings of Treasuries rose by {ch} (about {pct}%) in March.",
])
def test_a_percent_after_a_dollar_change_is_the_same_move(data, tic, text):
    tot = tic("grand_total")
    p = pd.Period("2012-03", "M")
    ch, pct = tot[p] - tot[p - 1], 100 * (tot[p] - tot[p - 1]) / tot[p - 1]
    r = check_text(text.format(ch=f"${ch:.1f} billion", pct=f"{pct:.2f}"), date="2012-05-15", store=data)
    rec = [x for x in r if f"{pct:.2f}" in x["claim"]][0]
    assert rec["measure"] == "holdings_pct" and rec["verdict"] == "supported", rec["explanation"]
    assert rec["official_value"] == pytest.approx(pct, abs=0.01)


def test_a_percent_of_another_clause_is_not_the_change_restated(data, tic):
    tot = tic("grand_total")
    p = pd.Period("2012-03", "M")
    text = f"In March foreign holdings increased ${tot[p] - tot[p - 1]:.1f} billion; the 10-year yield was 2.2 percent."
    rec = by_claim(check_text(text, date="2012-05-15", store=data), "2.2 percent")
    assert rec["measure"] != "holdings_pct"


# -- a holder no longer in the Major Foreign Holders table ----------------------------------------------------------


@pytest.mark.parametrize("text, month", [
    ("Russian holdings of U.S. debt rose to {v} in September.", "2019-09"),
    ("In August, Russia's holdings of Treasuries reached {v}.", "2019-08"),
    ("Russia held {v} of U.S. Treasuries at the end of July.", "2019-07"),
])
def test_a_holder_that_left_the_table_is_read_in_slt_table_3(data, loaded_store, text, month):
    mn = series("tic.slt3d.russia.treasury_pos", loaded_store)[pd.Period(month, "M")]
    v = f"${mn / 1000:.2f} billion"
    rec = by_claim(check_text(text.format(v=v), date="2019-11-18", store=data), v)
    assert rec["official_period"] == month and rec["verdict"] == "supported", rec["explanation"]
    assert rec["official_value"] == pytest.approx(mn / 1000)


def test_a_holder_still_in_the_table_is_read_there(data, tic):
    v = f"${tic('japan')[pd.Period('2019-09', 'M')]:,.1f} billion"
    rec = by_claim(check_text(f"Japan's holdings of Treasuries were {v} in September.", date="2019-11-18",
                              store=data), v)
    assert rec["series"] == "tic.holdings.japan" and rec["verdict"] == "supported", rec["explanation"]


# -- "前月の X から" after a paragraph about another month ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "昨年5月の日本の保有額は{old}だった。\n\n日本の米国債保有額は{now}で、前月の{before}から減少した。",
    "2021年5月、日本の保有額は{old}だった。\n\n日本の保有額は{now}と、先月の{before}から減った。",
    "Japan held {old_en} of Treasuries in May 2021.\n\nJapan's holdings fell to {now_en}, from {before_en} the previous "
    "month.",
])
def test_the_month_before_as_a_base_is_the_one_before_the_level(data, tic, text):
    from tests.helpers import oku

    jp = tic("japan")
    p, old = pd.Period("2022-10", "M"), pd.Period("2021-05", "M")
    vals = {"old": oku(jp[old]), "now": oku(jp[p]), "before": oku(jp[p - 1]), "old_en": f"${jp[old]:,.1f} billion",
            "now_en": f"${jp[p]:,.1f} billion", "before_en": f"${jp[p - 1]:,.1f} billion"}
    r = check_text(text.format(**vals), date="2022-12-15", store=data)
    rec = by_claim(r, vals["before_en"] if "Japan held" in text else vals["before"])
    assert rec["official_period"] == "2022-09" and rec["verdict"] == "supported", rec["explanation"]


def test_a_base_a_year_before_is_not_the_month_before(data, tic):
    from tests.helpers import oku

    jp = tic("japan")
    p = pd.Period("2022-10", "M")
    text = f"昨年5月の保有額は{oku(jp[p - 17])}だった。\n\n日本の保有額は{oku(jp[p])}で、前年同月の{oku(jp[p - 12])}から減少した。"
    rec = by_claim(check_text(text, date="2022-12-15", store=data), oku(jp[p - 12]))
    assert rec["official_period"] != "2022-09", rec["explanation"]


# -- a day alone in a list of days, each with its figure after に ------------------------------------------------------


@pytest.mark.parametrize("text, date_, day", [
    ("財務省は10月21日に5兆6,202億円、24日に7,296億円の円買い・ドル売りの為替介入を実施した。", "2023-02-20", "2022-10-24"),
    ("政府・日銀は2022年10月21日に5兆6202億円、24日に7296億円の円買い介入を行った。", "2023-02-20", "2022-10-24"),
    ("財務省は4月29日に5兆9185億円、1日に3兆8700億円の為替介入を実施した。", "2024-05-31", "2024-05-01"),
])
def test_a_day_after_a_dated_day_and_its_figure_is_of_that_month(data, text, date_, day):
    rec = [r for r in check_text(text, date=date_, store=data) if r["claim"] in ("7,296億円", "7296億円", "3兆8700億円")][0]
    assert rec["official_period"] == day and rec["verdict"] == "supported", rec["explanation"]


@pytest.mark.parametrize("text", ["政府は9月22日に2兆8382億円を投じ、利回りは26日に上昇した。", "5月1日に介入し、利回りは7日に上昇した。"])
def test_a_day_after_another_clause_is_not_of_the_dated_days_month(text):
    first, *_, last = Resolver(date(2023, 2, 20)).find(text)
    assert (last.start.year, last.start.month) != (first.start.year, first.start.month)  # the story's month (or the one before)


# -- "the same as a month earlier": the comparison's period, not the figure's ------------------------------------------


@pytest.mark.parametrize("text, month", [
    ("At the end of February, Russia owned long-term Treasuries worth {v}, the same as a month earlier.", "2022-02"),
    ("Saudi Arabia held {v} of Treasuries in January, the same as in December.", "2022-01"),
    ("In February Japan's holdings of Treasuries were {v}, the same as the previous month.", "2022-02"),
])
def test_the_period_after_the_same_as_is_the_comparisons(data, loaded_store, tic, text, month):
    p = pd.Period(month, "M")
    if "Russia" in text:
        v = f"${series('tic.slt.russia.lt_treasury_pos', loaded_store)[p]:.0f} million"
    else:
        v = f"${tic('saudi_arabia' if 'Saudi' in text else 'japan')[p]:,.1f} billion"
    rec = by_claim(check_text(text.format(v=v), date="2022-04-19", store=data), v)
    assert rec["official_period"] == month and rec["verdict"] == "supported", rec["explanation"]


def test_a_period_after_the_same_as_another_holder_is_the_figures():
    (feb,) = Resolver(date(2022, 4, 19)).find("Japan's holdings were the same as China's in February.")
    assert feb.role != "from"
