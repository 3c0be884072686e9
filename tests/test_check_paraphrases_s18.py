"""Generality audit (issue 13) of session 18's checker rules (landed since 806af1b4): paraphrases of the facts each
rule reads, as another reporter would write them, and must-not-fire cases on text the rule was not written for.

- 0f98efc9 / 7716a15a (``reading_gate.holder_gate``): a holder the sentence states in other words (passive, "investors
  in Japan", Japanese) stays a plain error; a holder the sentence refers to with "The country's", "The nation's",
  "同国" is referred to as with "Its" (before this audit those were set aside as holder_not_stated).
- 59a99e40 (``reading_gate.direction_gate``): a period stated in other ways ("in April" without a year, "4月に",
  "2024年4月、前月比") keeps a plain error contradicted.
- 47ff29fd (``that_time``): "At that point" opens a sentence as "At that time" does; must not fire: "At the time of
  writing" (now; it was read as the month of the sentence before), a bare "Then" before a move ("Then they fell to
  $1,126.1 billion": the next step, not the month before).
- 02b28f63 (``period_phrases``, the next month): "In the following month", "The month after," (was read as the month
  before), 翌月は.
- c79b8e72 (``holder_places``, bare places): other verbs ("stayed"); must not fire: a place in another field its
  clause names ("was number two in January 2012 in car exports" was a supported place among holders).
- 881ae498 (``buyer_places``): other names of the debt; must not fire: a buyer of something that is no debt ("the
  second-largest buyer of U.S. soybeans" was a supported place among holders).
- 382364c0 (``ja_unit_words``, 億 left out after 兆): other totals and holders; the figure with its 億 is no unit trap.
- 787ebe5a (``intervention_counts``): "2日間にわたった", "two rounds of ... intervention"; must not fire: an ordinal
  ("3回目の為替介入"), a count inside a larger number ("過去12回"), a count of the yen's days in a clause before the
  intervention's ("円は2日連続で下落し、為替介入への警戒が強まった" was a supported count of intervention days).
- 226434c8 (``intervention_runs``, a total with no period): "a total of", "the total amount of ... interventions",
  "介入の総額"; must not fire: a total of another quantity ("外貨準備の総額", "the total amount of Japan's foreign
  reserves", contradicted on the campaign's running total before this audit).
- 4e0cf0ae (``bop``, a change whose move follows its rate): "増えて", "の増加となった"; a level with its rate after it
  ("100兆4914億円、前年比1.7%増加した") stays a level.
- 012106ff (``numbers._scale_read``): another holder and a billion-sized figure; must not fire: a price printed after a
  holdings figure of its size ("The euro rose to $1.08 against the dollar" was read as $1.08 trillion of holdings).
- f2049bba (``roles_ja``, a list of months sharing one move): 買い増した closing the list; a list of levels followed by
  a move in another clause stays levels; a list whose size names no direction (増減) is not judged as levels.
- 2e27f0ce (``period_days``, a list of days as one span): other orders ("On September 22, October 21 and October 24,
  2022, ... a combined"); one day's own figure beside the list keeps its day.
- ebc00186 / 712d51f0 (``qualifier_hosts``, a figure-less record after a balance): a record of another quantity
  ("原油価格は5年ぶりの高水準", "訪日客数は2018年度以来の高水準") is not read on the balance.

Invented sentences; facts and expected values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import (
    a_month_at,
    as_read,
    bop_years,
    by_claim,
    claim_containing,
    month_name,
    oku,
    released,
    series,
    usd_bn,
    yen_oku,
)
from ustflow.views.check import check_text

DATE = "2024-06-20"  # TIC for April 2024 was out (mid-June)
M = lambda s: pd.Period(s, "M")  # noqa: E731


def _one(data, text: str, date: str, measure: str, part: str) -> dict:
    out = [r for r in check_text(text, date=date, store=data) if r["measure"] == measure and part in r["claim"]]
    assert out, check_text(text, date=date, store=data)
    return out[-1]


# -- 0f98efc9: a holder the sentence states or refers to stays a plain error -------------------------------------------------
_MAY = "Japanese investors bought a net ¥2.3 trillion of foreign bonds in May 2024. "


@pytest.mark.parametrize("text, part", [
    (_MAY + "A net ¥2.2 trillion of foreign bonds was sold by Japanese investors in July 2024.", "2.2"),
    (_MAY + "In July 2024, investors in Japan sold a net ¥2.2 trillion of foreign bonds.", "2.2"),
    (_MAY + "In July 2024, however, Japanese investors sold a net ¥2.2 trillion of foreign bonds.", "2.2"),
    ("日本の投資家は2024年5月に外国中長期債を2兆2981億円買い越した。7月には日本の投資家が外国中長期債を2兆2000億円売り越した。",
     "2兆2000"),
])
def test_s18_a_holder_stated_in_other_words_stays_contradicted(data, text, part):
    """0f98efc9: July 2024 was a net sale of ¥1.4857 trillion: ¥2.2 trillion is a plain error of a stated holder."""
    assert data.series("mof.monthly.assets.lt_debt.net").dropna()[M("2024-07")] == -14857
    rec = _one(data, text, "2024-09-20", "flow", part)
    assert as_read(rec) == "contradicted" and "holder_not_stated" not in rec["flags"], rec


_NOV = "China's holdings of Treasuries rose by $12.4 billion in November 2023. "


@pytest.mark.parametrize("text, part", [
    (_NOV + "The country's holdings fell by $20.0 billion in December 2023.", "20.0"),
    (_NOV + "The nation's holdings of Treasuries fell by $20.0 billion in December 2023.", "20.0"),
    (_NOV + "Its holdings fell by $20.0 billion in December 2023.", "20.0"),
    ("中国の米国債保有額は2023年11月に124億ドル増加した。同国の保有額は12月に200億ドル減少した。", "200億"),
    ("中国の米国債保有額は2023年11月に124億ドル増加した。同国は12月に保有額を200億ドル減らした。", "200億"),
])
def test_s18_a_holder_referred_to_stays_contradicted(data, tic, text, part):
    """0f98efc9: "The country's", "The nation's", "同国" refer to the holder as "Its" does (China's holdings rose in
    December 2023): before this audit all but "Its" were set aside as holder_not_stated."""
    cn = tic("china_mainland")
    assert cn[M("2023-12")] - cn[M("2023-11")] > 0
    rec = _one(data, text, "2024-03-20", "holdings_change", part)
    assert as_read(rec) == "contradicted" and "holder_not_stated" not in rec["flags"], rec


def test_s18_a_holder_not_referred_to_is_still_set_aside(data):
    """0f98efc9 unchanged: a Japanese sentence naming no holder and no word referring to one."""
    rec = _one(data, "中国の米国債保有額は2023年11月に124億ドル増加した。12月は200億ドル減少した。", "2024-03-20",
               "holdings_change", "200億")
    assert rec["verdict"] == "unverifiable" and "holder_not_stated" in rec["flags"], rec


# -- 59a99e40: a period stated in other ways stays a plain error ---------------------------------------------------------------
@pytest.mark.parametrize("text, part", [
    ("In April, Japan's holdings of Treasuries rose by $12.3 billion.", "12.3"),
    ("Japan added $12.3 billion of Treasuries in April, data showed.", "12.3"),
    ("Japan's holdings of Treasuries rose by $12.3 billion in April from March.", "12.3"),
    ("日本の米国債保有額は4月に123億ドル増加した。", "123億"),
    ("日本の米国債保有額は2024年4月、前月比123億ドル増加した。", "123億"),
])
def test_s18_a_stated_period_keeps_a_wrong_direction_contradicted(data, tic, text, part):
    """59a99e40: Japan's holdings fell in April 2024; the month is stated, so the gate does not apply."""
    jp = tic("japan")
    assert jp[M("2024-04")] < jp[M("2024-03")]
    rec = _one(data, text, DATE, "holdings_change", part)
    assert rec["verdict"] == "contradicted" and "direction_against_period" not in rec["flags"], rec


@pytest.mark.parametrize("text, date, measure, part", [
    ("Japan's holdings of Treasuries rose 1.5% in April.", DATE, "holdings_pct", "1.5%"),
    ("日本の米国債保有額は4月に前月比1.5%増加した。", DATE, "holdings_pct", "1.5%"),
    ("日本の投資家は2024年7月に外国中長期債を2兆2000億円買い越した。", "2024-09-20", "flow", "2兆2000"),
])
def test_s18_a_stated_period_keeps_a_wrong_rate_or_flow_contradicted(data, text, date, measure, part):
    """59a99e40: a percent change and a flow of a stated month (April 2024 fell 3.5%; July 2024 was a net sale)."""
    rec = _one(data, text, date, measure, part)
    assert as_read(rec) == "contradicted" and "direction_against_period" not in rec["flags"], rec


# -- 47ff29fd: a sentence opening on a time named before ------------------------------------------------------------------------
def test_s18_at_that_point(data, tic):
    """47ff29fd: "At that point" as "At that time"."""
    cn, then = tic("china_mainland"), M("2009-05")
    text = (f"China's holdings of US Treasuries fell in April, to their lowest since {month_name(then)}. "
            f"At that point, its holdings of Treasuries were {usd_bn(cn[then])}.")
    rec = by_claim(check_text(text, date=DATE, store=data), usd_bn(cn[then]))
    assert (rec["official_period"], rec["verdict"]) == (str(then), "supported"), rec


def test_s18_at_the_time_of_writing_is_now(data, tic):
    """Must not fire (47ff29fd): "At the time of writing" is the story's time, not the month the sentence before
    named (it was read as May 2009 before this audit)."""
    cn, now = tic("china_mainland"), M("2024-04")
    text = (f"China's holdings of US Treasuries fell in April, to their lowest since May 2009. "
            f"At the time of writing, China held {usd_bn(cn[now])} of Treasuries.")
    rec = by_claim(check_text(text, date=DATE, store=data), usd_bn(cn[now]))
    assert (rec["official_period"], rec["verdict"]) == (str(now), "supported"), rec


def test_s18_then_before_a_move_is_the_next_step(data, tic):
    """Must not fire (47ff29fd): "Then they fell to ..." is after the month named, not at it (it was given March by
    'Then' before this audit; the period carried from the sentence before leaves it unverifiable still)."""
    jp = tic("japan")
    text = (f"Japan's holdings were {usd_bn(jp[M('2024-03')])} in March 2024. "
            f"Then they fell to {usd_bn(jp[M('2024-04')])}.")
    rec = by_claim(check_text(text, date=DATE, store=data), usd_bn(jp[M("2024-04")]))
    assert "'Then'" not in rec["explanation"] and rec["verdict"] != "contradicted", rec


# -- 02b28f63: the month after the one named -------------------------------------------------------------------------------------
@pytest.mark.parametrize("opener", ["In the following month,", "The month after,"])
def test_s18_the_month_after_one_named(data, tic, opener):
    """02b28f63: other wordings of "the next month" ("The month after," was read as February before this audit)."""
    jp = tic("japan")
    text = (f"Japan's holdings of Treasuries were {usd_bn(jp[M('2024-02')])} in February. "
            f"{opener} Japan held {usd_bn(jp[M('2024-03')])} of US Treasuries.")
    rec = by_claim(check_text(text, date=DATE, store=data), usd_bn(jp[M("2024-03")]))
    assert (rec["official_period"], rec["verdict"]) == ("2024-03", "supported"), rec


def test_s18_yokugetsu_as_a_topic(data, tic):
    jp = tic("japan")
    text = f"日本の米国債保有額は2024年2月に{oku(jp[M('2024-02')])}だった。翌月は{oku(jp[M('2024-03')])}に増えた。"
    rec = by_claim(check_text(text, date=DATE, store=data), oku(jp[M("2024-03")]))
    assert (rec["official_period"], rec["verdict"]) == ("2024-03", "supported"), rec


# -- c79b8e72 and 881ae498: places said without "holder" --------------------------------------------------------------------------
def test_s18_a_bare_place_with_another_verb(data, ranks):
    p = a_month_at(ranks, "japan", 2, "2012-01")
    text = f"In {month_name(p)}, Japan stayed number two among foreign holders of US Treasuries."
    rec = by_claim(check_text(text, date=released(p), store=data), "number two")
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("rank", "supported", str(p))


@pytest.mark.parametrize("pattern, claim", [
    ("Japan was No. 1 for a third straight month in {m}, holding more Treasuries than any other country.", "No. 1"),
    ("Japan remained number one in {m} for the fifth month among holders of Treasuries.", "number one"),
])
def test_s18_a_bare_place_for_a_run_of_months(data, ranks, pattern, claim):
    """c79b8e72: 'for a third straight month' is no field of the place (the audit's narrowing below must keep it)."""
    p = a_month_at(ranks, "japan", 1, "2020-01")
    rec = by_claim(check_text(pattern.format(m=month_name(p)), date=released(p), store=data), claim)
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("rank", "supported", str(p)), rec


def test_s18_a_place_in_another_field_is_no_holder_place(data, ranks):
    """Must not fire (c79b8e72): the clause names the field of the place (it was a supported place among holders)."""
    p = a_month_at(ranks, "japan", 2, "2012-01")
    text = f"Japan was number two in {month_name(p)} in car exports, and it holds US Treasuries too."
    assert not [r for r in check_text(text, date=released(p), store=data) if r["measure"] == "rank"]


@pytest.mark.parametrize("pattern, claim", [
    ("Japan, the biggest foreign buyer of U.S. government bonds, cut its holdings in {m}.", "the biggest foreign buyer"),
    ("In {m} Japan, the largest buyer of American debt, added to its holdings.", "the largest buyer"),
])
def test_s18_a_buyer_place_of_other_names_of_the_debt(data, ranks, pattern, claim):
    p = a_month_at(ranks, "japan", 1, "2019-06")
    rec = by_claim(check_text(pattern.format(m=month_name(p)), date=released(p), store=data), claim)
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("rank", "supported", str(p))


def test_s18_a_buyer_of_something_else_is_no_holder_place(data, ranks):
    """Must not fire (881ae498): a buyer of soybeans (it was a supported place among holders before this audit)."""
    p = a_month_at(ranks, "china_mainland", 2, "2019-06")
    text = f"China, the second-largest buyer of U.S. soybeans, holds Treasuries too; its holdings fell in {month_name(p)}."
    rec = by_claim(check_text(text, date=released(p), store=data), "the second-largest buyer")
    assert rec["verdict"] == "unverifiable" and rec["official_period"] is None, rec


# -- 382364c0: 億 left out after 兆 ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("date, text, figure", [
    ("2022-11-01", "財務省によると、10月の為替介入額は6兆3499円だった。", "6兆3499円"),
    ("2022-11-01", "2022年9月と10月の為替介入額は合計で9兆1880円だった。", "9兆1880円"),
    ("2024-06-11", "米国債の日本の保有額は2024年3月に1兆1670ドルとなった。", "1兆1670ドル"),
])
def test_s18_oku_left_out_paraphrased(data, date, text, figure):
    rec = claim_containing(check_text(text, date=date, store=data), figure)
    assert rec["verdict"] == "contradicted" and "unit_trap" in rec["flags"], rec


def test_s18_the_figure_with_its_oku_is_no_unit_trap(data):
    rec = claim_containing(check_text("財務省によると、10月の為替介入額は6兆3499億円だった。", date="2022-11-01", store=data),
                           "6兆3499億円")
    assert rec["verdict"] == "supported" and "unit_trap" not in rec["flags"], rec


# -- 787ebe5a: a count of intervention days --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, figure", [
    ("政府・日銀は2024年7月に2日連続で円買い介入を実施した。", "2日連続"),
    ("2024年7月の為替介入は2日間にわたった。", "2日間"),
    ("In July 2024 Japan carried out two rounds of yen-buying intervention.", "two rounds"),
])
def test_s18_a_count_of_intervention_days_paraphrased(data, loaded_store, text, figure):
    """787ebe5a: the store has two operation days in July 2024, one after the other."""
    s = series("mof.fx_intervention.amount", loaded_store)
    july = [d for d, v in s.items() if str(d)[:7] == "2024-07" and v != 0]
    assert len(july) == 2
    rec = by_claim(check_text(text, date="2024-11-08", store=data), figure)
    assert (rec["measure"], rec["verdict"]) == ("intervention_days", "supported"), rec


@pytest.mark.parametrize("text", [
    "政府・日銀は7月に3回目の為替介入を実施した。",  # an ordinal: the third
    "過去12回の為替介入を振り返ると、効果は限定的だった。",  # not 2
    "円は2日連続で下落し、為替介入への警戒が強まった。",  # the yen's days, in the clause before
])
def test_s18_no_count_of_intervention_days(data, text):
    """Must not fire (787ebe5a): each was read as a count of intervention days before this audit (the third as
    supported on July 2024's two days)."""
    assert not [r for r in check_text(text, date="2024-11-08", store=data) if r["measure"] == "intervention_days"]


# -- 226434c8: a total with no period is the running total ------------------------------------------------------------------------
def _campaign_2024(store) -> float:
    s = series("mof.fx_intervention.amount", store)
    return float(sum(abs(v) for d, v in s.items() if "2024-04-01" <= str(d)[:10] <= "2024-07-31"))


@pytest.mark.parametrize("template", [
    "Japan has spent a total of {tn:.2f} trillion yen on intervention.",
    "The total amount of yen-buying interventions has reached {tn:.2f} trillion yen.",
    "政府・日銀の為替介入の総額は{oku}に達した。",
])
def test_s18_a_running_total_paraphrased(data, loaded_store, template):
    v = _campaign_2024(loaded_store)
    cho, rest = divmod(round(v * 10), 10000)
    text = template.format(tn=v / 1000, oku=f"{cho}兆{rest}億円")
    fig = f"{v / 1000:.2f} trillion yen" if "{tn" in template else f"{cho}兆{rest}億円"
    rec = by_claim(check_text(text, date="2024-08-08", store=data), fig)
    assert (rec["measure"], rec["verdict"]) == ("intervention", "supported"), rec


@pytest.mark.parametrize("text, figure", [
    ("為替介入に備える外貨準備の総額は17兆円に達した。", "17兆円"),
    ("The total amount of Japan's foreign reserves, used for intervention, has reached 17 trillion yen.",
     "17 trillion yen"),
])
def test_s18_a_total_of_another_quantity_is_no_running_total(data, text, figure):
    """Must not fire (226434c8): the total is the reserves', not the interventions' (contradicted on the 2024
    campaign's ¥15.3 trillion before this audit)."""
    rec = by_claim(check_text(text, date="2024-08-08", store=data), figure)
    assert rec["verdict"] != "contradicted" and "running total" not in rec["explanation"], rec


# -- 4e0cf0ae: a change in yen whose move follows its rate --------------------------------------------------------------------------
_LEAD = "財務省が発表した{y}年の国際収支によると、経常収支は黒字だった。"


@pytest.mark.parametrize("template", [
    "輸出額は前年より{d}(率にして{p}%)増えて{lv}となった。",
    "輸出額は前年比{d}({p}%)の増加となった。",
])
def test_s18_a_change_with_its_rate_paraphrased(data, loaded_store, template):
    ys = bop_years(loaded_store, "bpbp6jynex")
    y = 2023
    lv, d = float(ys[y]), float(ys[y] - ys[y - 1])
    assert d > 0
    text = _LEAD.format(y=y) + template.format(d=yen_oku(d), p=f"{100 * d / float(ys[y - 1]):.1f}", lv=yen_oku(lv))
    rec = by_claim(check_text(text, date=f"{y + 1}-02-10", store=data), yen_oku(d))
    assert (rec["measure"], rec["verdict"]) == ("bop_change", "supported"), rec


@pytest.mark.parametrize("template", ["輸出額は{lv}、前年比{p}%増加した。", "輸出額は{lv}(前年比{p}%)増加した。"])
def test_s18_a_level_with_its_rate_after_it_stays_a_level(data, loaded_store, template):
    ys = bop_years(loaded_store, "bpbp6jynex")
    y = 2023
    lv, d = float(ys[y]), float(ys[y] - ys[y - 1])
    text = _LEAD.format(y=y) + template.format(lv=yen_oku(lv), p=f"{100 * d / float(ys[y - 1]):.1f}")
    rec = by_claim(check_text(text, date=f"{y + 1}-02-10", store=data), yen_oku(lv))
    assert (rec["measure"], rec["verdict"]) == ("bop", "supported"), rec


# -- 012106ff: a figure with no scale word ---------------------------------------------------------------------------------------
def test_s18_a_bare_figure_of_another_holder(data, tic):
    """012106ff: the scale of Japan's figure before it read for China's, in billions."""
    jp, cn = tic("japan"), tic("china_mainland")
    text = (f"Japan cut its holdings to {usd_bn(jp[M('2024-04')])} in April 2024. "
            f"China's holdings fell to ${cn[M('2024-03')]:,.1f} in March.")
    rec = by_claim(check_text(text, date=DATE, store=data), f"${cn[M('2024-03')]:,.1f}")
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("holdings_level", "supported", "2024-03"), rec


@pytest.mark.parametrize("after", ["The euro rose to $1.08 against the dollar.", "Oil rose to $1.5 a gallon.",
                                   "The euro fell to $1.07, and the pound rose to $1.27."])
def test_s18_a_price_after_a_holdings_figure_is_no_holding(data, after):
    """Must not fire (012106ff): a price is not read as $1.08 trillion of the holder's (before this audit the euro's
    rate was a holdings level of Japan's)."""
    text = "Japan held $1.1 trillion of Treasuries in April 2024. " + after
    got = [r for r in check_text(text, date=DATE, store=data) if "trillion" not in r["claim"]]
    assert not [r for r in got if r["measure"] in ("holdings_level", "holdings_change")], got


# -- f2049bba: a Japanese list of months sharing one move --------------------------------------------------------------------------
def _oku_abs(v: float) -> str:
    return f"{abs(v) * 10:.0f}億ドル"


def test_s18_a_list_closed_by_another_verb_of_buying(data, tic):
    jp = tic("japan")
    ms = [M("2024-01"), M("2024-02"), M("2024-03")]
    ch = [jp[p] - jp[p - 1] for p in ms]
    assert all(v > 0 for v in ch)
    r = check_text(f"日本は米国債の保有を増やし、2024年1月に{_oku_abs(ch[0])}、2月に{_oku_abs(ch[1])}、3月に{_oku_abs(ch[2])}"
                   f"を買い増した。", date=DATE, store=data)
    for p, v in zip(ms, ch):
        rec = by_claim(r, _oku_abs(v))
        assert (rec["measure"], rec["official_period"], rec["verdict"]) == ("holdings_change", f"{p - 1} to {p}",
                                                                            "supported"), rec


def test_s18_levels_listed_before_a_move_of_another_month_stay_levels(data, tic):
    """Must not fire (f2049bba): the move closes another clause (April's), not the list."""
    jp = tic("japan")
    ms = [M("2024-01"), M("2024-02"), M("2024-03")]
    text = (f"日本の米国債保有額は2024年1月に{oku(jp[ms[0]])}、2月に{oku(jp[ms[1]])}、3月に{oku(jp[ms[2]])}と推移し、"
            f"4月は減少した。")
    r = check_text(text, date=DATE, store=data)
    for p in ms:
        rec = by_claim(r, oku(jp[p]))
        assert (rec["measure"], rec["official_period"], rec["verdict"]) == ("holdings_level", str(p), "supported"), rec


def test_s18_a_list_of_moves_of_no_direction_is_not_judged(data, tic):
    jp = tic("japan")
    ms = [M("2024-01"), M("2024-02"), M("2024-03")]
    items = "、".join(f"{p.month}月{_oku_abs(jp[p] - jp[p - 1])}" for p in ms)
    r = check_text(f"日本の米国債保有額の増減を月別にみると、{items}だった。", date=DATE, store=data)
    assert all(by_claim(r, _oku_abs(jp[p] - jp[p - 1]))["verdict"] != "contradicted" for p in ms)


# -- ebc00186 / 712d51f0: a figure-less record after a balance ------------------------------------------------------------------------
@pytest.mark.parametrize("after", ["原油価格は5年ぶりの高水準となった。", "訪日客数は2018年度以来の高水準となった。"])
def test_s18_a_record_of_another_quantity_is_not_the_balances(data, after):
    text = "財務省が発表した2023年度の国際収支速報によると、経常収支の黒字額は25兆3390億円となった。" + after
    assert not [r for r in check_text(text, date="2024-05-13", store=data) if r["measure"] == "extreme"]


# -- 2e27f0ce: a list of days is one span from its first -----------------------------------------------------------------------------
@pytest.mark.parametrize("template, first", [
    ("Japan spent {t} on intervention on Sept. 22, Oct. 21 and Oct. 24, 2022.", "2022-09-22"),
    ("On September 22, October 21 and October 24, 2022, Japan spent a combined {t} to support the yen.", "2022-09-22"),
    ("Japan intervened on September 22, October 21 and October 24, 2022, spending {d} on October 24 alone.",
     "2022-10-24"),
])
def test_s18_a_list_of_days_paraphrased(data, loaded_store, template, first):
    s = series("mof.fx_intervention.amount", loaded_store)
    days = {str(d)[:10]: float(v) for d, v in s.items() if "2022-09-01" <= str(d)[:10] <= "2022-10-31" and v != 0}
    assert sorted(days) == ["2022-09-22", "2022-10-21", "2022-10-24"]
    total, last = f"{sum(days.values()) / 1000:.2f} trillion yen", f"{days['2022-10-24'] / 1000:.2f} trillion yen"
    fig = total if "{t}" in template else last
    rec = by_claim(check_text(template.format(t=total, d=last), date="2022-11-30", store=data), fig)
    assert (rec["measure"], rec["verdict"]) == ("intervention", "supported") and rec["official_period"].startswith(first), rec
