"""Paraphrases of the facts behind session 13's period and level-reading rules (c7580ec: a MoF week named by a day in
it, a month's year carried from a dated month, "over the past N years", a dollar change restated in percent; 5721c29:
how a level is told; 32f6311: a figure-less heading; 84217ca, 0aaca5f, 4701ac7, e414ab9, ae75bb8, a24f4cd, b4263b3),
as another reporter would write them: other holders, months, years, word order and verbs (issue 13: a rule that fits
one article's words and breaks on a plain paraphrase is overfit). Each test names the commit it probes; the
must-not-fire cases say so. Invented sentences; the facts and the expected values are the store's own."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tests.helpers import by_claim, ja_oku, oku, series
from ustflow.check.period_grammar import Resolver
from ustflow.views.check import check_text


def _bn(v: float) -> str:
    return f"${abs(v):,.1f} billion"


def _weeks(text: str, ref: date) -> list[tuple[date, date]]:
    return [(p.start, p.end) for p in Resolver(ref).find(text) if p.kind == "week"]


# c7580ec: a MoF week named by a day in it -------------------------------------------------------------------------

_WEEK = pd.Period("2014-05-17", "W-SAT")  # Sunday 11 - Saturday 17 May 2014


@pytest.mark.parametrize("template", [
    "2014年5月14日の週、居住者の対外中長期債投資は{v}の取得超だった。",  # a Wednesday in it
    "5月11日からの週に、国内投資家は対外中長期債を{v}買い越した。",  # from its Sunday
    "対外中長期債投資（5月17日の週）は、居住者の{v}の買い越しとなった。",  # its Saturday
])
def test_a_week_named_by_a_day_in_other_words(data, loaded_store, template):
    v = int(series("mof.weekly.assets.lt_debt.net", loaded_store)[_WEEK])
    rec = by_claim(check_text(template.format(v=ja_oku(v, "円")), date="2014-05-22", store=data), ja_oku(v, "円"))
    assert rec["official_period"] == "2014-05-11..2014-05-17" and rec["verdict"] == "supported", rec["explanation"]


@pytest.mark.parametrize("text", [
    "円は5月11日の週末に急落した。",  # the weekend, not a MoF week
    "5月11日の週明けに円買い介入が行われた。",  # the start of the week after
    "5月11日の週初めに介入があった。",
])
def test_a_weekend_or_the_start_of_a_week_is_no_mof_week(text):
    # must not fire: 週末 / 週明け after a day are no MoF week holding the day
    assert (date(2014, 5, 11), date(2014, 5, 17)) not in _weeks(text, date(2014, 5, 22))


# c7580ec: a month without its year after a dated one ------------------------------------------------------------


@pytest.mark.parametrize("text, month", [
    ("Japan's holdings were {a} in March 2020 and then {b} in June.", "2020-06"),
    ("China held {a} in February 2019, and {b} by May.", "2019-05"),
    ("日本の保有額は2020年3月に{a}となり、6月には{b}に増えた。", "2020-06"),
    ("Japan's holdings were {a} in March 2020. In June of that year they stood at {b}.", "2020-06"),
])
def test_a_later_month_after_a_dated_one_in_other_words(data, tic, text, month):
    who = "china_mainland" if "China" in text else "japan"
    s, first = tic(who), pd.Period("2019-02" if "China" in text else "2020-03", "M")
    ja = "日本" in text
    a, b = (oku(s[first]), oku(s[pd.Period(month, "M")])) if ja else (_bn(s[first]), _bn(s[pd.Period(month, "M")]))
    rec = by_claim(check_text(text.format(a=a, b=b), date="2023-05-17", store=data), b)
    assert rec["official_period"] == month and rec["verdict"] == "supported", rec["explanation"]


@pytest.mark.parametrize("text", [
    "Up from {old} in March 2023, Japan's holdings rose to {now} in May.",  # a base's year, the story's May
    "Compared with {old} in March 2023, Japan held {now} of Treasuries in May.",
    "Since March 2023 Japan's holdings have grown, reaching {now} in May.",
    "2023年3月の{old_ja}と比べ、5月の日本の保有額は{now_ja}に増えた。",
])
def test_a_dated_base_or_since_gives_no_year_to_the_figures_month(data, tic, text):
    # must not fire: the dated month is the comparison's, the figure's May is the story's (May 2024)
    jp = tic("japan")
    now, old = jp[pd.Period("2024-05", "M")], jp[pd.Period("2023-03", "M")]
    vals = {"now": _bn(now), "old": _bn(old), "now_ja": oku(now), "old_ja": oku(old)}
    rec = by_claim(check_text(text.format(**vals), date="2024-07-18", store=data), vals["now_ja" if "日本" in text else "now"])
    assert rec["verdict"] != "contradicted", rec["explanation"]


@pytest.mark.parametrize("text, year", [
    ("In May of that year, holdings fell again.", 2020),
    ("同年5月には保有額が減った。", 2020),
    ("In May, the same year-on-year pace held.", 2024),  # must not fire: "year-on-year" is no "the same year"
    ("5月は前年同月比で増えた。", 2024),
])
def test_a_month_tied_to_the_year_before_in_other_words(text, year):
    prev = Resolver(date(2024, 7, 18)).find("Japan held $1.2 trillion in March 2020.")[0]
    may = next(p for p in Resolver(date(2024, 7, 18)).find(text, prev=prev) if "5月" in p.label or "May" in p.label)
    assert may.start == date(year, 5, 1)


@pytest.mark.parametrize("lede", [
    "Compared with {old} in March 2019, Japan held {now} of Treasuries in March.",
    "Up from {old} in March 2019, Japan's Treasury holdings reached {now} in March.",
])
def test_a_lede_month_of_a_base_gives_no_year_to_the_figures_month(data, tic, lede):
    # must not fire: the lede's dated month is the comparison's; the figure's March is the story's (2022)
    jp = tic("japan")
    now = _bn(jp[pd.Period("2022-03", "M")])
    text = lede.format(old=_bn(jp[pd.Period("2019-03", "M")]), now=now)
    rec = by_claim(check_text(text, date="2022-05-17", store=data), now)
    assert rec["official_period"] == "2022-03" and rec["verdict"] == "supported", rec["explanation"]


def test_a_month_after_december_of_a_dated_year_is_not_carried_back():
    # must not fire: "in December 2021 ... in January" is no later month of 2021 (January 2022, the story's)
    found = Resolver(date(2022, 3, 16)).find("Holdings fell to $1.3 trillion in December 2021, and to $1.29 trillion in January.")
    assert (found[-1].start.year, found[-1].start.month) == (2022, 1)


# c7580ec: "over the past N years" -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Japan held {lvl} in February. During the last two years, its holdings rose {ch}.",
    "As of February Japan's holdings were {lvl}; over the past 2 years they have increased by {ch}.",
    "日本の保有額は2月に{lvl_ja}だった。Over the past two years, Japan added {ch}.",
])
def test_a_look_back_of_years_in_other_words(data, tic, text):
    jp = tic("japan")
    p = pd.Period("2022-02", "M")
    vals = {"lvl": _bn(jp[p]), "lvl_ja": oku(jp[p]), "ch": f"${jp[p] - jp[p - 24]:.1f} billion"}
    rec = by_claim(check_text(text.format(**vals), date="2022-05-17", store=data), vals["ch"])
    assert rec["official_period"] == "2020-02 to 2022-02" and rec["verdict"] == "supported", rec["explanation"]


def test_a_look_back_of_years_with_no_month_named_is_to_the_latest(data, tic):
    jp = tic("japan")
    p = pd.Period("2022-03", "M")  # the latest month out by 2022-05-17
    ch = f"${abs(jp[p] - jp[p - 24]):.1f} billion"
    verb = "added" if jp[p] > jp[p - 24] else "shed"
    rec = by_claim(check_text(f"Over the past two years, Japan has {verb} {ch} of Treasuries.", date="2022-05-17",
                              store=data), ch)
    assert rec["verdict"] != "contradicted", rec["explanation"]


@pytest.mark.parametrize("text", [
    "China held $1.05 trillion in February, the lowest in the past two years.",
    "Japan sold $20 billion in February, the biggest sale over the last three years.",
])
def test_a_superlative_look_back_of_years_is_no_period(text):
    # must not fire: the years are the superlative's look-back
    prev = Resolver(date(2022, 4, 19)).find("Japan held $1.3 trillion in January.")[0]
    found = Resolver(date(2022, 4, 19)).find(text, prev=prev)
    assert not [p for p in found if "years" in p.label]


# c7580ec: a dollar change restated in percent -------------------------------------------------------------------------



def _fell(jp) -> tuple[pd.Period, str]:
    """A month of 2019-20 in which Japan's holdings fell, and a date its data were out by."""
    p = next(q for q in pd.period_range("2019-01", "2020-12", freq="M") if jp[q] < jp[q - 1])
    return p, f"{p + 2}-28"


@pytest.mark.parametrize("text", [
    "Japan's holdings of Treasuries fell {ch}, or {pct} per cent, in March.",
    "In March Japan cut its Treasury holdings by {ch} ({pct}%).",
    "Japanese holdings of Treasuries dropped {ch}, equivalent to {pct}%, in March.",
    "Japan's Treasury holdings posted a {ch} decrease, or {pct} percent, in March.",
])
def test_a_percent_restating_a_dollar_change_in_other_words(data, tic, text):
    jp = tic("japan")
    p, d = _fell(jp)
    ch, pct = jp[p] - jp[p - 1], 100 * (jp[p] / jp[p - 1] - 1)
    text = text.replace("March", p.strftime("%B"))
    r = check_text(text.format(ch=_bn(ch), pct=f"{abs(pct):.1f}"), date=d, store=data)
    rec = [x for x in r if x["claim"].startswith(f"{abs(pct):.1f}")][0]
    assert rec["measure"] == "holdings_pct" and rec["verdict"] == "supported", rec["explanation"]


@pytest.mark.parametrize("text", [
    "Japan's holdings of Treasuries fell {ch} in March ({share}% of the total foreign decline).",
    "Japan's holdings of Treasuries fell {ch}, or {share}% of all foreign selling, in March.",
    "Japan's holdings of Treasuries fell {ch} (Japan holds {share}% of the total) in March.",
])
def test_a_share_in_brackets_is_not_the_change_in_percent(data, tic, text):
    # must not fire: a share of a total is no percent change of the holder's holdings
    jp = tic("japan")
    p, d = _fell(jp)
    text = text.replace("March", p.strftime("%B"))
    r = check_text(text.format(ch=_bn(jp[p] - jp[p - 1]), share="37"), date=d, store=data)
    rec = [x for x in r if x["claim"].startswith("37")][0]
    assert rec["verdict"] != "contradicted", rec["explanation"]


@pytest.mark.parametrize("text, restated", [
    ("Japan's Treasury holdings saw a $12.3 billion decrease, or 0.4 percent, in April.", True),
    ("Japan's Treasury holdings saw a $12.3 billion decrease (1.1%) in April.", True),
    ("Japan's Treasury holdings saw a $12.3 billion decrease (37% of the total) in April.", False),
    ("Japan's Treasury holdings saw a $12.3 billion decrease, or 37 percent of all foreign selling, in April.", False),
])
def test_pct_of_change_reads_a_share_of_a_whole_as_no_restated_move(text, restated):
    # must not fire: a percent "of the total" / "of all …" after a change is a share, not the change in percent
    from ustflow.check.change_links import pct_of_change
    from ustflow.check.extract import extract
    from ustflow.check.text import split_sentences

    claims = [c for c in extract(split_sentences(text), date(2019, 6, 28)) if c.kind == "amount"]
    claims[0].measure, claims[1].measure = "holdings_change", ""
    pct_of_change(claims)
    assert (claims[1].measure == "holdings_pct") == restated


# 5721c29: how a level is told ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Japan's holdings of Treasuries declined to {a} at the end of March 2020 and {b} at the end of April.",
    "China's holdings sank to {a} in March 2020, and {b} in April.",
])
def test_a_second_figure_sharing_to_in_other_words(data, tic, text):
    s = tic("china_mainland" if "China" in text else "japan")
    a, b = _bn(s[pd.Period("2020-03", "M")]), _bn(s[pd.Period("2020-04", "M")])
    rec = by_claim(check_text(text.format(a=a, b=b), date="2022-01-20", store=data), b)
    assert rec["measure"] == "holdings_level" and rec["official_period"] == "2020-04", rec["explanation"]
    assert rec["verdict"] == "supported", rec["explanation"]


@pytest.mark.parametrize("text", [
    "Russia's holdings of Treasuries fell to {a} in April 2018 and $30.0 billion of that was in bills.",
    "Russia's holdings of Treasuries fell to {a} in April 2018, and $30.0 billion more were sold by June.",
])
def test_a_second_figure_with_a_clause_of_its_own_is_no_shared_level(data, tic, text):
    # must not fire: the second figure is a part or a further sale, not a level after the first's "to"
    a = _bn(tic("russia")[pd.Period("2018-04", "M")])
    rec = by_claim(check_text(text.format(a=a), date="2022-01-20", store=data), "$30.0 billion")
    assert rec["measure"] != "holdings_level", rec["explanation"]


@pytest.mark.parametrize("text", [
    "Britain's holdings grew by $7.1 billion against January – up to $655.2 billion.",
    "Belgium cut its Treasury portfolio by $2.4 billion over the month — up to $331.0 billion.",
    "Holdings of Ireland fell $1.5 billion in February - up to $318.6 billion.",
])
def test_up_to_after_a_dash_after_a_move_in_other_words(text):
    from ustflow.check.numbers import find_amounts

    assert find_amounts(text)[-1].qualifier == "exact", [(a.text, a.qualifier) for a in find_amounts(text)]


@pytest.mark.parametrize("text", [
    "Japan could sell Treasuries – up to $50 billion.",
    "Officials said intervention could reach — up to $60 billion.",
])
def test_up_to_after_a_dash_with_no_move_before(text):
    # must not fire: "– up to" after no move is still a ceiling
    from ustflow.check.numbers import find_amounts

    assert find_amounts(text)[0].qualifier == "at_most"


@pytest.mark.parametrize("text", [
    "Japan kept buying: its holdings of Treasuries rose to {v} in March.",
    "A reversal for Japan: holdings of U.S. Treasuries climbed to {v} in March.",
])
def test_a_figures_own_verb_after_a_colon_in_other_words(data, tic, text):
    v = _bn(tic("japan")[pd.Period("2020-03", "M")])
    rec = by_claim(check_text(text.format(v=v), date="2020-05-16", store=data), v)
    assert rec["measure"] == "holdings_level" and rec["verdict"] == "supported", rec["explanation"]


@pytest.mark.parametrize("text", [
    "Ireland's holdings of Treasuries were {ie} in February, overtaking Belgium ({be}).",
    "In February Ireland held {ie} of Treasuries, followed by Belgium ({be}).",
])
def test_a_bracketed_holder_in_other_words(data, tic, text):
    p = pd.Period("2022-02", "M")
    ie, be = _bn(tic("ireland")[p]), _bn(tic("belgium")[p])
    rec = by_claim(check_text(text.format(ie=ie, be=be), date="2022-04-19", store=data), be)
    assert rec["series"] == "tic.holdings.belgium" and rec["verdict"] == "supported", rec["explanation"]


# 32f6311: a figure-less heading names the investors and securities of the figures after it ---------------------------


def _mof(store, item: str) -> int:
    return int(series(f"mof.weekly.{item}.net", store)[_WEEK])


@pytest.mark.parametrize("heading, item", [
    ("ここからは非居住者の対内中長期債投資を見ていきます。", "liabilities.lt_debt"),
    ("海外投資家による日本株の売買状況です。", "liabilities.equity"),
    ("Now to foreign investors' trades in Japanese stocks.", "liabilities.equity"),
])
def test_a_heading_in_other_words(data, loaded_store, heading, item):
    v = _mof(loaded_store, item)
    word = "取得超" if v > 0 else "処分超"
    text = f"{heading}\n\n5月11日からの週は{ja_oku(abs(v), '円')}の{word}でした。"
    rec = by_claim(check_text(text, date="2014-05-22", store=data), ja_oku(abs(v), "円"))
    assert rec["series"] == f"mof.weekly.{item}.net" and rec["verdict"] == "supported", rec["explanation"]


@pytest.mark.parametrize("after", [
    "日経平均株価は前日比500円安の1万4000円で取引を終えた。",
    "ドル円相場は1ドル=101円台で推移した。",
    "財務省は同じ週に3兆円の為替介入を実施した。",
])
def test_a_heading_gives_nothing_to_a_price_or_another_measure(data, after):
    # must not fire: a stock index, an exchange rate or an intervention in yen is no net flow of the heading's table
    text = f"海外投資家による日本株の売買状況です。\n\n{after}"
    for rec in check_text(text, date="2014-05-22", store=data):
        assert not (rec["series"] or "").startswith("mof.weekly.liabilities.equity") or rec["verdict"] != "contradicted", rec


def test_a_heading_for_another_table_further_up_gives_nothing(data, loaded_store):
    # must not fire: the equity figure is under a later line that names no investors, not under the bonds heading
    lt, eq = _mof(loaded_store, "assets.lt_debt"), _mof(loaded_store, "assets.equity")
    text = (f"居住者による中長期債の売買を確認しましょう。\n\n5月11日の週は{ja_oku(abs(lt), '円')}でした。\n\n"
            f"次は株式です。5月11日の週は{ja_oku(abs(eq), '円')}でした。")
    rec = by_claim(check_text(text, date="2014-05-22", store=data), ja_oku(abs(eq), "円"))
    assert rec["series"] != "mof.weekly.assets.lt_debt.net" or rec["verdict"] != "contradicted", rec["explanation"]


# 84217ca: the month before as a base, counted from the level it is paired with ---------------------------------------


@pytest.mark.parametrize("text", [
    "昨年5月、英国の保有額は{old}だった。\n\n英国の米国債保有額は前月の{before}から{now}に増えた。",
    "The U.K. held {old_en} in May 2021.\n\nBritish holdings rose to {now_en} from {before_en} a month earlier.",
])
def test_the_month_before_a_level_in_other_words(data, tic, text):
    uk = tic("united_kingdom")
    p, old = pd.Period("2022-10", "M"), pd.Period("2021-05", "M")
    vals = {"old": oku(uk[old]), "now": oku(uk[p]), "before": oku(uk[p - 1]), "old_en": _bn(uk[old]),
            "now_en": _bn(uk[p]), "before_en": _bn(uk[p - 1])}
    r = check_text(text.format(**vals), date="2022-12-15", store=data)
    rec = by_claim(r, vals["before_en"] if "U.K." in text else vals["before"])
    assert rec["official_period"] == "2022-09", rec["explanation"]


# 4701ac7: a bare day after a dated day and its figure -------------------------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("政府・日銀は9月30日に1兆2000億円、3日に2兆円の円買い介入を実施した。", date(2022, 10, 3)),  # across a month end
    ("介入額は4月29日に5兆9185億円、5月1日に3兆8700億円、2日に1000億円だった。", date(2022, 5, 2)),
    ("財務省は7月11日に3兆1678億円、12日に2兆3670億円の介入を行った。", date(2022, 7, 12)),
])
def test_a_bare_day_after_a_dated_day_in_other_words(text, want):
    assert Resolver(date(2022, 12, 10)).find(text)[-1].start == want


def test_a_day_listed_before_an_earlier_one_is_of_the_same_month():
    # must not fire: "24日に…、21日に" told out of order is no day of the next month
    found = Resolver(date(2022, 12, 10)).find("財務省は10月24日に7296億円、21日に5兆6202億円の介入を実施した。")
    assert found[-1].start == date(2022, 10, 21)


# e414ab9: "the same as" a period: the comparison's ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Saudi Arabia's holdings of Treasuries stood at {v} in January, the same as a month earlier.",
    "In January, holdings by Saudi Arabia were {v}, the same as the month before.",
])
def test_the_same_as_in_other_words(data, tic, text):
    sa = tic("saudi_arabia")
    p = pd.Period("2022-01", "M")
    v = _bn(sa[p])
    rec = by_claim(check_text(text.format(v=v), date="2022-03-16", store=data), v)
    assert rec["official_period"] == "2022-01" and rec["verdict"] == "supported", rec["explanation"]


# ae75bb8: a move named as the subject that "clocked in at" / "came in at" / "reached" a figure ------------------------


@pytest.mark.parametrize("text", [
    "Japanese holdings of Treasuries declined in {m}, and the decrease came in at {v}.",
    "Japan trimmed its Treasury holdings in {m}; its reduction clocked in at {v}.",
])
def test_a_move_that_came_in_at_a_figure_in_other_words(data, tic, text):
    jp = tic("japan")
    p, d = _fell(jp)
    v = f"${abs(jp[p] - jp[p - 1]):.1f} billion"
    rec = by_claim(check_text(text.format(m=p.strftime("%B"), v=v), date=d, store=data), v)
    assert rec["measure"] == "holdings_change" and rec["verdict"] == "supported", rec["explanation"]


@pytest.mark.parametrize("text", [
    "Foreign holdings of Treasuries kept rising in {m}, and the climb reached {v}.",
    "Foreign holdings of Treasuries rose in {m}: the rise hit a record {v}.",
])
def test_a_rise_that_reached_a_level_sized_figure_is_not_called_a_wrong_change(data, tic, text):
    # must not fire: "the climb reached $7.5 trillion" tells the level the climb reached, not its size
    tot = tic("grand_total")
    p = pd.Period("2021-03", "M")
    v = _bn(tot[p])
    rec = by_claim(check_text(text.format(m="March", v=v), date="2021-05-17", store=data), v)
    assert rec["verdict"] != "contradicted", rec["explanation"]


# a24f4cd / b4263b3: Japanese holders and levels ----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "英国（ロンドン）は{ch}{verb}し、{lvl}となった。",
    "一方、ベルギー（ユーロクリア）は{ch}{verb}し、{lvl}だった。",
])
def test_a_bracketed_note_after_another_holder(data, tic, text):
    who = "united_kingdom" if "英国" in text else "belgium"
    s = tic(who)
    p = pd.Period("2022-06", "M")
    ch = s[p] - s[p - 1]
    r = check_text(text.format(ch=oku(abs(ch)), verb="増加" if ch > 0 else "減少", lvl=oku(s[p])), date="2022-08-16",
                   store=data)
    rec = by_claim(r, oku(abs(ch)))
    assert rec["measure"] == "holdings_change" and rec["series"] == f"tic.holdings.{who}", rec["explanation"]


@pytest.mark.parametrize("text", [
    "中国は{lvl}へ保有額が減少し、09年以来の低水準となった。",
    "中国の米国債は{lvl}まで保有残高が減った。",
])
def test_a_level_before_ni_and_the_holdings_in_other_words(data, tic, text):
    cn = tic("china_mainland")
    p = pd.Period("2022-03", "M")
    lvl = oku(cn[p])
    rec = by_claim(check_text(text.format(lvl=lvl), date="2022-05-17", store=data), lvl)
    assert rec["measure"] == "holdings_level" and rec["official_period"] == "2022-03", rec["explanation"]


# 0aaca5f: a move after a dated starting level runs to the level ----------------------------------------------------


@pytest.mark.parametrize("text", [
    "Foreign holdings of Treasuries grew to {now} in August, up from {before} in July and up {yoy} percent on the year.",
    "In August, foreign holdings of Treasuries reached {now}, from {before} in July, a rise of {yoy}% from a year ago.",
    "Foreign holders owned {now} of Treasuries in August, up from {before} in July and {yoy}% more than a year earlier.",
])
def test_a_move_after_a_dated_start_in_other_words(data, tic, text):
    tot = tic("grand_total")
    p = pd.Period("2024-08", "M")
    yoy = f"{100 * (tot[p] / tot[p - 12] - 1):.1f}"
    r = check_text(text.format(now=_bn(tot[p]), before=_bn(tot[p - 1]), yoy=yoy), date="2024-10-17", store=data)
    rec = [x for x in r if x["claim"].startswith(yoy)][0]
    assert rec["official_period"] == "2023-08 to 2024-08" and rec["verdict"] == "supported", rec["explanation"]
