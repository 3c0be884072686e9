"""`ustflow check` on English TIC holdings stories (issue 13, session 11): a country's "official holdings" are
the country's TIC holdings, not the foreign official sector's; "foreign official purchasers/buyers" are the
official sector; "during the same period" is the period told before (not one told relative to another); a holder
named in a parenthetical aside is not the figure's; a month without a year is the lede's month when the lede named it
with its year (a later month with a year is background); runs: "June was the third consecutive month that China
increased its holdings", "fell in March after a three-month rising streak" (the run to the month before),
"declined in each of the four most recent months" (a run of at least four, to the latest); places: "the number two spot",
"second (only) to China" (not China's place); a percent after a dollar move and a comma ("rose by about $24 billion,
more than 3 percent, to $X") or to a high ("added 4 percent to a 10-month high of $X"); "holdings of Treasuries by
foreign countries" are the total's, and "year over year" / "year on year" unhyphenated; a nationality right after the
figure names its holder ("a $56-billion Belgian splurge"); a period in a dash-set aside is the aside's; a "while" clause
with no period takes the one of the clause it is set against (not a base's date); "its lowest level of the past year"
is a look-back of a year; a quote a scraper escaped ("May\\'s") is a quote; TIC's groupings (Caribbean banking centers, oil
exporters) are holders of their own; "in the five months through May" (any count of months); a list's last item after ", and" ("..., and Hong Kong
($17 billion)") is in the list, not a clause of its own; "increased its ownership" is a move; a move shares the period
of the level it led to ("sold $8 billion, reducing its holdings to $X as of January 2024"); "between September 2008 and
September 2010" is one span; "it" in the sentence after a yield's is the yield ("While it has come down from 4.5 percent
registered on April 11"). Invented sentences; the values expected are read here from the loaded TIC table."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim
from ustflow.views.check import check_text


@pytest.fixture(scope="module")
def holdings(data):
    return data.holdings()


def _released(month: str) -> str:
    return str((pd.Period(month, "M") + 2).end_time.date())


def _bn(v: float) -> str:
    return f"${v:,.1f} billion"


@pytest.mark.parametrize("slug,name,month", [("china_mainland", "China's", "2010-05"),
                                             ("japan", "Japan's", "2015-03"),
                                             ("united_kingdom", "Britain's", "2021-07")])
def test_a_countrys_official_holdings_are_the_countrys(data, holdings, slug, name, month):
    v = holdings.loc[pd.Period(month, "M"), slug]
    words = pd.Period(month, "M").strftime("%B")
    for text in (f"{name} official holdings of U.S. government bonds stood at {_bn(v)} in {words}, Treasury said.",
                 f"In {words}, {name} official ownership of Treasuries came to {_bn(v)}."):
        rec = by_claim(check_text(text, date=_released(month), store=data), _bn(v))
        assert rec["subject"] != "foreign official holders", text
        assert rec["verdict"] == "supported", (text, rec["explanation"])


def test_foreign_official_purchasers_are_the_official_sector(data):
    for text, claim in (("The Treasury holdings of all foreign official purchasers, such as central banks, dropped "
                         "to $2.7 trillion in May.", "$2.7 trillion"),
                        ("Holdings of foreign official buyers slipped to $2.7 trillion in May.", "$2.7 trillion")):
        rec = by_claim(check_text(text, date="2010-07-16", store=data), claim)
        assert rec["subject"] == "foreign official holders", text
        assert rec["verdict"] == "supported", (text, rec["explanation"])


def fmt(v: float) -> str:
    return f"${abs(v):.1f} billion"


def verb(v: float) -> str:
    return "rose" if v > 0 else "fell"


def _change(holdings, slug: str, start: str, end: str) -> float:
    return round(float(holdings.loc[pd.Period(end, "M"), slug] - holdings.loc[pd.Period(start, "M"), slug]), 1)


@pytest.mark.parametrize("end,first,second,lead,same", [
    ("2019-09", "japan", "china_mainland", "In the last year, Japan's holdings {va} by {a}.",
     "During the same period, China's holdings {vb} {b}."),
    ("2016-06", "china_mainland", "japan", "Over the past 12 months, China's stock of Treasuries {va} {a}.",
     "Japan's holdings {vb} {b} over the same period."),
    ("2022-03", "united_kingdom", "japan", "The UK's holdings {va} {a} in the last year, the data show.",
     "In the same timeframe, Japan's holdings {vb} by {b}, the ministry said."),
])
def test_the_same_period_is_the_period_told_before(data, holdings, end, first, second, lead, same):
    start = str(pd.Period(end, "M") - 12)
    a, b = _change(holdings, first, start, end), _change(holdings, second, start, end)
    text = lead.format(a=fmt(a), va=verb(a)) + "\n\n" + same.format(b=fmt(b), vb=verb(b))
    if fmt(a) == fmt(b):
        pytest.skip("the two changes print alike")
    rec = by_claim(check_text(text, date=_released(end), store=data), fmt(b))
    assert rec["official_period"] == f"{start} to {end}", (text, rec["explanation"])
    assert rec["verdict"] == "supported", (text, rec["explanation"])


def test_the_same_period_is_not_a_period_told_relative_to_another(data):
    text = ("Foreign investors bought ¥500 billion of Japanese bonds in the week ending October 7, 2023, after selling "
            "¥300 billion in the previous week.\n\nDuring the same period, Japanese investors bought ¥100 billion "
            "of foreign bonds.")
    rec = by_claim(check_text(text, date="2023-10-12", store=data), "¥100 billion")
    assert rec["official_period"] == "2023-10-01..2023-10-07", (rec["official_period"], rec["explanation"])


@pytest.mark.parametrize("slug,name,aside,month", [
    ("hong_kong", "Hong Kong", "(which are counted apart from mainland China)", "2019-09"),
    ("belgium", "Belgium", "(a financial centre, unlike Japan)", "2014-02"),
    ("ireland", "Ireland's", "(where many funds, including those of the UK, are domiciled)", "2021-05"),
])
def test_a_holder_in_an_aside_is_not_the_figures(data, holdings, slug, name, aside, month):
    v = holdings.loc[pd.Period(month, "M"), slug]
    words = pd.Period(month, "M").strftime("%B %Y")
    text = f"{name} holdings of U.S. Treasuries {aside} stood at {_bn(v)} in {words}."
    rec = by_claim(check_text(text, date=_released(month), store=data), _bn(v))
    assert rec["verdict"] == "supported", (text, rec["subject"], rec["explanation"])


@pytest.mark.parametrize("lede,later,month,pub", [
    ("China cut its holdings to {a} as of {my}, the Treasury said.", "Japan's holdings stood at {b} in {m}.",
     "2024-01", "2025-06-28"),
    ("Japan held {a} of Treasuries in {my}, according to the latest data.",
     "In {m}, China's holdings were {b}, the data showed.", "2022-03", "2023-08-20"),
    ("In {my}, Britain's holdings of U.S. debt stood at {a}.", "China's stake was {b} in {m}.", "2019-07", "2020-11-02"),
])
def test_a_month_without_a_year_is_the_ledes_month(data, holdings, lede, later, month, pub):
    p = pd.Period(month, "M")
    first = {"China": "china_mainland", "Japan": "japan", "Britain": "united_kingdom"}
    a_slug = next(v for k, v in first.items() if k in lede)
    b_slug = next(v for k, v in first.items() if k in later)
    a, b = holdings.loc[p, a_slug], holdings.loc[p, b_slug]
    text = lede.format(a=_bn(a), my=p.strftime("%B %Y")) + " " + later.format(b=_bn(b), m=p.strftime("%B"))
    rec = by_claim(check_text(text, date=pub, store=data), _bn(b))
    assert rec["official_period"] == month, (text, rec["explanation"])
    assert rec["verdict"] == "supported", (text, rec["explanation"])


def test_a_later_month_with_a_year_is_background(data, holdings):
    for text, pub in (("Japan's holdings rose in November. China's fell from the high reached in November 2011. "
                       "In November, Britain's holdings stood at {b}.", "2013-01-17"),
                      ("Japan became the largest holder in October. China overtook Japan in September 2008. "
                       "Britain held {b} in September.", "2016-12-19")):
        month = "2012-11" if "November" in text else "2016-09"
        b = holdings.loc[pd.Period(month, "M"), "united_kingdom"]
        rec = by_claim(check_text(text.format(b=_bn(b)), date=pub, store=data), _bn(b))
        assert rec["official_period"] == month, (text, rec["explanation"])


_ORDW = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}
_CARDW = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def _runs(holdings, slug: str, since: str = "2012-01"):
    """(month, sign, run length to it) for every month after ``since``: plain month-on-month changes, with
    no month-on-month change under $2 billion inside the run or at its stop (a benchmark revision cannot flip them)."""
    d = holdings[slug].diff().dropna()
    d = d[d.index >= pd.Period(since, "M")]
    out = []
    for i, p in enumerate(d.index):
        sign, k = (1 if d.iloc[i] > 0 else -1), 0
        while i - k >= 0 and d.iloc[i - k] * sign > 2:
            k += 1
        if k and i - k >= 0 and d.iloc[i - k] * sign < -2:
            out.append((p, sign, k))
    return out


def _pick(holdings, slug: str, want, since: str = "2012-01"):
    got = [r for r in _runs(holdings, slug, since) if want(*r)]
    if not got:
        pytest.skip(f"no such run for {slug}")
    return got[0]


@pytest.mark.parametrize("slug,name,template", [
    ("china_mainland", "China", "{m} was the {o} consecutive month that {n} {v} its holdings of US Treasury bonds."),
    ("japan", "Japan", "{m} marked the {o} straight month in which {n} {v} its holdings."),
    ("united_kingdom", "Britain", "In {m}, {n} {v} its holdings for the {o} consecutive month."),
])
def test_a_month_that_was_the_nth_of_a_run(data, holdings, slug, name, template):
    p, sign, k = _pick(holdings, slug, lambda p, s, k: 2 <= k <= 6)
    text = template.format(m=p.strftime("%B"), o=_ORDW[k], n=name, v="increased" if sign > 0 else "reduced")
    recs = check_text(text, date=_released(str(p)), store=data)
    rec = next((r for r in recs if _ORDW[k] in r["claim"]), None)
    assert rec is not None, (text, [(r["claim"], r["verdict"]) for r in recs])
    assert rec["verdict"] == "supported", (text, rec["explanation"])


@pytest.mark.parametrize("slug,name,template", [
    ("china_mainland", "China's", "{n} holdings of U.S. Treasuries {v} in {m} after a {c}-month {a} streak."),
    ("japan", "Japan's", "{n} holdings {v} in {m}, following a {c}-month {a} streak."),
    ("united_kingdom", "Britain's", "In {m} {n} holdings {v}, after a {c}-month {a} streak, the data showed."),
])
def test_a_run_after_which_the_month_turned(data, holdings, slug, name, template):
    runs = {p: (s, k) for p, s, k in _runs(holdings, slug)}
    cands = [(p, s, k) for p, (s, k) in runs.items() if k == 1 and (p - 1) in runs and runs[p - 1][0] != s
             and 2 <= runs[p - 1][1] <= 6]
    if not cands:
        pytest.skip(f"no turn after a run for {slug}")
    p, sign, _ = cands[0]
    n = runs[p - 1][1]
    text = template.format(n=name, v="rose" if sign > 0 else "fell", m=p.strftime("%B"), c=_CARDW[n],
                           a="losing" if sign > 0 else "rising")
    rec = next(r for r in check_text(text, date=_released(str(p)), store=data) if "streak" in r["claim"])
    assert rec["official_period"] == str(p - 1), (text, rec["explanation"])
    assert rec["verdict"] == "supported", (text, rec["explanation"])


@pytest.mark.parametrize("slug,name,template", [
    ("china_mainland", "China's", "{n} holdings peaked in {old} and have {v} in each of the {c} most recent months."),
    ("japan", "Japan's", "{n} holdings {v} in each of the past {c} months, the data show."),
    ("united_kingdom", "Britain's", "Treasury data show {n} holdings {v} in each of the last {c} months."),
])
def test_in_each_of_the_last_n_months_is_a_run_of_at_least_n(data, holdings, slug, name, template):
    p, sign, k = _pick(holdings, slug, lambda p, s, k: 3 <= k <= 6)
    old = (p - k - 3).strftime("%B %Y")
    for c in (k, k - 1):  # a run of k months is also "each of the last k - 1"
        text = template.format(n=name, v="risen" if sign > 0 else "declined", old=old, c=_CARDW[c])
        if "have" not in text:
            text = text.replace(" risen ", " rose ").replace(" declined ", " fell ")
        rec = next(r for r in check_text(text, date=_released(str(p)), store=data) if "each of" in r["claim"])
        assert rec["official_period"] == str(p), (text, rec["explanation"])
        assert rec["verdict"] == "supported", (text, rec["explanation"])


def _rank_of(holdings, slug: str, month: str) -> int:
    row = holdings.loc[pd.Period(month, "M")].dropna()
    return int(row.rank(ascending=False, method="min")[slug])


@pytest.mark.parametrize("slug,name,month", [("japan", "Japan", "2010-01"), ("china_mainland", "China", "2020-03"),
                                             ("united_kingdom", "The U.K.", "2025-04")])
def test_the_number_two_spot_and_second_to(data, holdings, slug, name, month):
    if _rank_of(holdings, slug, month) != 2:
        pytest.skip(f"{slug} is not second in {month}")
    first = holdings.loc[pd.Period(month, "M")].dropna().idxmax()
    leader = {"china_mainland": "China", "japan": "Japan", "united_kingdom": "Britain"}.get(first, "Japan")
    for text, part in ((f"{name} was far behind on the number two spot among holders of Treasury bonds.", "number two"),
                       (f"{name} held the number-two position among foreign creditors.", "number-two"),
                       (f"{name}, which is second to {leader} in the amount of US debt held, kept buying.", "second"),
                       (f"{name} ranks second only to {leader} among holders of Treasuries.", "second")):
        recs = check_text(text, date=_released(month), store=data)
        rec = next((r for r in recs if part in r["claim"]), None)
        assert rec is not None, (text, [(r["claim"], r["verdict"]) for r in recs])
        assert rec["subject"] != leader, text
        assert rec["verdict"] == "supported", (text, rec["explanation"])


def _pct(holdings, slug: str, month: str) -> float:
    p = pd.Period(month, "M")
    return float((holdings.loc[p, slug] / holdings.loc[p - 1, slug] - 1) * 100)


@pytest.mark.parametrize("slug,name,month", [("japan", "Japan", "2025-02"), ("china_mainland", "China", "2025-01"),
                                             ("united_kingdom", "Britain", "2024-05")])
def test_a_percent_beside_a_dollar_move_or_to_a_high(data, holdings, slug, name, month):
    p = pd.Period(month, "M")
    pct, chg = _pct(holdings, slug, month), float(holdings.loc[p, slug] - holdings.loc[p - 1, slug])
    lvl = holdings.loc[p, slug]
    up, sign = ("rose", 1) if chg > 0 else ("fell", -1)
    bound = f"more than {int(abs(pct))} percent" if abs(pct) >= 1 else f"{abs(pct):.1f} percent"
    for text, part in ((f"{name}'s stockpile {up} by about ${abs(chg):.0f} billion, {bound}, to {_bn(lvl)}.", "percent"),
                       (f"{name}'s holdings {up} ${abs(chg):.1f} billion, or {abs(pct):.1f} percent, to {_bn(lvl)}.",
                        "percent"),
                       (f"{name}, a big owner, {'added' if sign > 0 else 'shed'} {abs(pct):.1f} percent to a "
                        f"several-month {'high' if sign > 0 else 'low'} of {_bn(lvl)}.", "percent")):
        recs = check_text(text, date=_released(month), store=data)
        rec = next((r for r in recs if part in r["claim"]), None)
        assert rec is not None, (text, [(r["claim"], r["verdict"]) for r in recs])
        assert rec["official_period"] == f"{p - 1} to {p}", (text, rec["explanation"])
        assert rec["verdict"] == "supported", (text, rec["explanation"])


@pytest.mark.parametrize("month,template", [
    ("2023-08", "In {m}, the total holdings of US Treasuries by foreign countries amounted to {lvl}, a year over year "
                "{w} of about {p:.1f}%."),
    ("2021-04", "Holdings of U.S. Treasuries by foreign investors {v} {p:.1f}% year on year to {lvl} in {m}."),
    ("2019-10", "In {m} holdings of Treasuries by overseas holders {v} {p:.1f} percent year over year, to {lvl}."),
])
def test_foreign_countries_holdings_and_year_over_year_unhyphenated(data, month, template):
    text0 = template.format(m=pd.Period(month, "M").strftime("%B"), lvl="$1.0 trillion", w="growth", p=1.0, v="rose")
    rec0 = by_claim(check_text(text0, date=_released(month), store=data), "$1.0 trillion")
    assert rec0["subject"] == "all foreign holders", (text0, rec0["subject"])
    level = rec0["official_value"]  # the total's level that month, as the checker reads it
    part = [r for r in check_text(text0, date=_released(month), store=data) if "%" in r["claim"] or "percent" in r["claim"]]
    assert part and part[0]["official_period"] == f"{pd.Period(month, 'M') - 12} to {month}", (text0, part)
    pct = part[0]["official_value"]
    text = template.format(m=pd.Period(month, "M").strftime("%B"), lvl=f"${level / 1000:.3f} trillion",
                           w="growth" if pct > 0 else "decline", p=abs(pct), v="rose" if pct > 0 else "fell")
    for r in check_text(text, date=_released(month), store=data):
        assert r["verdict"] == "supported", (text, r["claim"], r["explanation"])


@pytest.mark.parametrize("slug,adj,month,template", [
    ("belgium", "Belgian", "2013-12", "Overall foreign holdings of US Treasuries rose, thanks largely to a {f} {a} splurge."),
    ("japan", "Japanese", "2016-03", "Foreign holdings of Treasuries moved, driven by a {f} {a} {n}."),
    ("china_mainland", "Chinese", "2013-12", "Total foreign holdings of Treasuries changed little despite a {f} {a} {n}."),
])
def test_a_nationality_after_the_figure_names_its_holder(data, holdings, slug, adj, month, template):
    chg = _change(holdings, slug, str(pd.Period(month, "M") - 1), month)
    f = f"${abs(chg):.1f} billion"
    text = template.format(f=f, a=adj, n="increase" if chg > 0 else "decline")
    rec = by_claim(check_text(text, date=_released(month), store=data), f)
    assert rec["subject"] != "all foreign holders", (text, rec["explanation"])
    assert rec["verdict"] == "supported", (text, rec["explanation"])


@pytest.mark.parametrize("slug,name,month,template", [
    ("china_mainland", "China", "2013-12", "{n} dumped {c} in paper—equal to some share of its holdings as of {prev}—"
                                           "bringing its total holdings to {lvl}."),
    ("japan", "Japan", "2018-05", "{n}'s holdings changed by {c} -- a move first seen in {prev} -- to {lvl}."),
    ("united_kingdom", "Britain", "2021-09", "{n}'s stockpile moved {c} — after a pause in {prev} — to stand at {lvl}."),
])
def test_a_period_in_a_dash_aside_is_the_asides(data, holdings, slug, name, month, template):
    p = pd.Period(month, "M")
    chg, lvl = _change(holdings, slug, str(p - 1), month), holdings.loc[p, slug]
    text = template.format(n=name, c=f"${abs(chg):.1f} billion", prev=(p - 1).strftime("%B"), lvl=_bn(lvl))
    rec = by_claim(check_text(text, date=_released(month), store=data), _bn(lvl))
    assert rec["official_period"] == month, (text, rec["explanation"])
    assert rec["verdict"] == "supported", (text, rec["explanation"])


@pytest.mark.parametrize("end,template", [
    ("2019-09", "Japan's holdings {va} by {a} during the past 12 months while China's total {vb} by {b}."),
    ("2016-06", "Over the past year, Japan's holdings {va} {a}, whereas China's {vb} {b}."),
    ("2022-03", "In the last year Japan's stockpile {va} {a} while China's {vb} {b}, the data show."),
])
def test_a_while_clause_shares_the_period_it_is_set_against(data, holdings, end, template):
    start = str(pd.Period(end, "M") - 12)
    a, b = _change(holdings, "japan", start, end), _change(holdings, "china_mainland", start, end)
    if fmt(a) == fmt(b):
        pytest.skip("the two changes print alike")
    text = template.format(a=fmt(a), b=fmt(b), va=verb(a), vb=verb(b))
    rec = by_claim(check_text(text, date=_released(end), store=data), fmt(b))
    assert rec["official_period"] == f"{start} to {end}", (text, rec["explanation"])
    assert rec["verdict"] == "supported", (text, rec["explanation"])


def test_a_while_clause_does_not_take_a_bases_date(data):
    text = ("US 10-year yields have risen to 2.89% from 1.51% at the end of 2021, while those on two-year notes have "
            "jumped to 3.13% from 0.73%.")
    rec = by_claim(check_text(text, date="2022-07-22", store=data), "3.13%")
    assert not str(rec.get("official_period") or "").startswith("2021"), rec["explanation"]


@pytest.mark.parametrize("slug,name,template", [
    ("china_mainland", "China's", "{n} holdings slipped to {lvl} in {m}. That leaves the stash at its {w} level of the past year."),
    ("japan", "Japan's", "{n} holdings moved to {lvl} in {m}, the {w} level of the past 12 months."),
    ("belgium", "Belgium's", "In {m} {n} holdings stood at {lvl}, their {w} of the last year."),
])
def test_an_extreme_of_the_past_year(data, holdings, slug, name, template):
    h = holdings[slug].dropna()
    h = h[h.index >= pd.Period("2012-01", "M")]
    def gap(p, w):  # months back to the last level at or beyond this one
        prev = h[h.index < p]
        prev = prev[prev >= h[p]] if w == "highest" else prev[prev <= h[p]]
        return (p - prev.index[-1]).n if len(prev) else 0

    cands = [(p, w) for p in h.index[24:] for w in ("highest", "lowest") if 12 <= gap(p, w) <= 13]
    if not cands:
        pytest.skip(f"no extreme of a year for {slug}")
    p, w = cands[0]
    text = template.format(n=name, lvl=_bn(h[p]), m=p.strftime("%B"), w=w)
    recs = check_text(text, date=_released(str(p)), store=data)
    rec = next((r for r in recs if w in r["claim"]), None)
    assert rec is not None, (text, [(r["claim"], r["verdict"]) for r in recs])
    assert rec["verdict"] == "supported", (text, rec["explanation"])


@pytest.mark.parametrize("slug,template,month", [
    ("united_kingdom", "Britain boosted its holdings from {pm}\\'s USD {a:.1f} billion to USD {b:.1f} billion in {m}.",
     "2011-05"),
    ("japan", "Japan\\'s holdings stood at ${b:.1f} billion in {m}, up from ${a:.1f} billion.", "2014-08"),
    ("china_mainland", "\\\"China\\'s holdings\\\" rose to ${b:.1f} billion in {m} from {pm}\\'s ${a:.1f} billion.",
     "2016-10"),
])
def test_a_quote_a_scraper_escaped_is_a_quote(data, holdings, slug, template, month):
    p = pd.Period(month, "M")
    a, b = holdings.loc[p - 1, slug], holdings.loc[p, slug]
    text = template.format(pm=(p - 1).strftime("%B"), m=p.strftime("%B"), a=a, b=b)
    assert "\\'" in text
    rec = by_claim(check_text(text, date=_released(month), store=data), next(
        r["claim"] for r in check_text(text, date=_released(month), store=data) if f"{a:.1f}" in r["claim"]))
    assert rec["official_period"] == str(p - 1), (text, rec["explanation"])
    assert rec["verdict"] == "supported", (text, rec["explanation"])


@pytest.mark.parametrize("slug,words,month", [("caribbean_banking_centers", "Caribbean banking centers", "2011-10"),
                                              ("oil_exporters", "Oil exporters", "2010-06"),
                                              ("caribbean_banking_centers", "The Caribbean Banking Centres", "2009-03")])
def test_ticks_groupings_are_holders_of_their_own(data, slug, words, month):
    s = data.series(f"tic.holdings.{slug}")
    v = float(s.dropna()[pd.Period(month, "M")])
    text = f"{words}, which include many funds, held {_bn(v)} of Treasuries in {pd.Period(month, 'M').strftime('%B %Y')}."
    rec = by_claim(check_text(text, date=_released(month), store=data), _bn(v))
    assert rec["verdict"] == "supported", (text, rec["subject"], rec["explanation"])
    later = f"{words} held {_bn(v)} of Treasuries in March 2015."
    rec = by_claim(check_text(later, date="2015-05-18", store=data), _bn(v))
    assert rec["verdict"] == "unverifiable", (later, rec["explanation"])


@pytest.mark.parametrize("slug,name,k,month,template", [
    ("belgium", "Belgian", 5, "2014-05", "The chart tracks a {p:.0f} percent {w} in {n} ownership of U.S. bonds in the {kw} "
                                         "months through {m} to {lvl}."),
    ("japan", "Japanese", 4, "2019-08", "{n} holdings of Treasuries changed {p:.0f} percent in the {kw} months to {m}, "
                                        "ending at {lvl}."),
    ("china_mainland", "Chinese", 7, "2017-01", "In the {kw} months through {m}, {n} holdings of Treasuries moved "
                                                "{p:.0f} percent, to {lvl}."),
])
def test_a_change_over_the_n_months_through_a_month(data, holdings, slug, name, k, month, template):
    p = pd.Period(month, "M")
    base, lvl = holdings.loc[p - k, slug], holdings.loc[p, slug]
    pct = (lvl / base - 1) * 100
    if abs(pct) < 1.5:
        pytest.skip("too small a move to print in whole percent")
    kw = {4: "four", 5: "five", 7: "seven"}[k]
    text = template.format(p=abs(pct), w="surge" if pct > 0 else "drop", n=name, kw=kw, m=p.strftime("%B"), lvl=_bn(lvl))
    if pct < 0:
        text = text.replace(" changed ", " fell ").replace(" moved ", " fell ")
    else:
        text = text.replace(" changed ", " rose ").replace(" moved ", " rose ")
    rec = next(r for r in check_text(text, date=_released(month), store=data) if "percent" in r["claim"])
    assert rec["official_period"] == f"{p - k} to {p}", (text, rec["explanation"])
    assert rec["verdict"] == "supported", (text, rec["explanation"])


@pytest.mark.parametrize("month,names", [("2025-02", ("Canada", "Belgium", "the United Kingdom", "Hong Kong")),
                                         ("2019-06", ("Brazil", "Ireland", "Hong Kong")),
                                         ("2016-09", ("Switzerland", "Brazil", "Luxembourg"))])
def test_a_lists_last_item_after_a_comma_and_is_in_the_list(data, holdings, month, names):
    slugs = {"Canada": "canada", "Belgium": "belgium", "the United Kingdom": "united_kingdom", "Hong Kong": "hong_kong",
             "Brazil": "brazil", "Ireland": "ireland", "Switzerland": "switzerland", "Luxembourg": "luxembourg",
             "Taiwan": "taiwan"}
    chg = {n: _change(holdings, slugs[n], str(pd.Period(month, "M") - 1), month) for n in names}
    items = [f"{n} ({fmt(chg[n])})" for n in names]
    text = (f"Other holders {'changed'} their exposure to U.S. government bonds in {pd.Period(month, 'M').strftime('%B')}, "
            f"including {', '.join(items[:-1])}, and {items[-1]}.")
    last = names[-1]
    if chg[last] <= 0 or len({fmt(v) for v in chg.values()}) < len(names):
        pytest.skip("the last holder did not add to its holdings, or two figures print alike")
    text = text.replace("changed", "increased")
    rec = by_claim(check_text(text, date=_released(month), store=data), fmt(chg[last]))
    assert rec["official_period"] == f"{pd.Period(month, 'M') - 1} to {month}", (text, rec["explanation"])
    assert rec["verdict"] == "supported", (text, rec["explanation"])


@pytest.mark.parametrize("name,slug,month", [("Japan", "japan", "2011-05"), ("China", "china_mainland", "2016-10"),
                                             ("Britain", "united_kingdom", "2020-03")])
def test_a_move_of_a_holders_ownership(data, holdings, name, slug, month):
    chg = _change(holdings, slug, str(pd.Period(month, "M") - 1), month)
    verb = "increased" if chg > 0 else "reduced"
    text = f"{name} {verb} its ownership of U.S. Treasuries in {pd.Period(month, 'M').strftime('%B')}."
    rec = by_claim(check_text(text, date=_released(month), store=data), f"{verb} its ownership")
    assert rec["verdict"] == "supported", (text, rec["explanation"])


@pytest.mark.parametrize("slug,name,month,template", [
    ("china_mainland", "China", "2024-01", "{n} has {v} {c} worth of U.S. Treasury bonds, {p} its holdings to {lvl} as of {my}."),
    ("japan", "Japan", "2022-10", "{n} {v} {c} of Treasuries, {p} its stockpile to {lvl} in {my}, the data show."),
    ("united_kingdom", "Britain", "2019-04", "{n} {v} {c} of U.S. debt, {p} Britain's holdings to about {lvl} at the end of {my}."),
])
def test_a_move_shares_the_period_of_the_level_it_led_to(data, holdings, slug, name, month, template):
    p = pd.Period(month, "M")
    chg, lvl = _change(holdings, slug, str(p - 1), month), holdings.loc[p, slug]
    text = template.format(n=name, v="bought" if chg > 0 else "sold", c=fmt(chg), lvl=_bn(lvl),
                           p="raising" if chg > 0 else "reducing", my=p.strftime("%B %Y"))
    rec = by_claim(check_text(text, date="2026-04-20", store=data), fmt(chg))
    assert rec["official_period"] == f"{p - 1} to {p}", (text, rec["explanation"])


@pytest.mark.parametrize("slug,name,start,end,template", [
    ("japan", "Japan", "2015-03", "2017-03", "Between {s} and {e}, {n} {v} its holdings of Treasuries by {c}."),
    ("china_mainland", "China", "2016-01", "2018-06", "From {s} to {e}, {n}'s holdings {v2} {c}, the data show."),
    ("united_kingdom", "Britain", "2019-02", "2021-02", "In the two years between {s} and {e}, {n} {v} its stake by {c}."),
])
def test_a_span_between_two_months_with_years(data, holdings, slug, name, start, end, template):
    chg = _change(holdings, slug, start, end)
    text = template.format(s=pd.Period(start, "M").strftime("%B %Y"), e=pd.Period(end, "M").strftime("%B %Y"), n=name,
                           v="increased" if chg > 0 else "reduced", v2=verb(chg), c=fmt(chg))
    rec = by_claim(check_text(text, date="2026-04-20", store=data), fmt(chg))
    assert rec["official_period"] == f"{start} to {end}", (text, rec["explanation"])


@pytest.mark.parametrize("lead,later,day", [
    ("The benchmark 10-year Treasury yield sits at around {now} percent.", "While it has come down from {v} percent "
     "registered on {d}, it is still high.", "2025-04-11"),
    ("The 10-year Treasury yield ended the week near {now} percent.", "But it was {v} percent on {d}.", "2024-10-31"),
    ("Ten-year Treasury yields are trading at {now} percent.", "It closed at {v} percent on {d}, the data show.",
     "2023-10-19"),
])
def test_it_in_the_sentence_after_a_yield_is_the_yield(data, lead, later, day):
    d = pd.Timestamp(day)
    probe = f"The 10-year Treasury yield closed at 1.00 percent on {d.strftime('%B')} {d.day}, {d.year}."
    v = by_claim(check_text(probe, date=str((d + pd.Timedelta(days=3)).date()), store=data), "1.00 percent")["official_value"]
    text = lead.format(now=f"{v + 0.3:.2f}") + " " + later.format(v=f"{v:.2f}", d=f"{d.strftime('%B')} {d.day}")
    rec = by_claim(check_text(text, date=str((d + pd.Timedelta(days=3)).date()), store=data), f"{v:.2f} percent")
    assert rec["official_period"] == day, (text, rec["explanation"])
    assert rec["verdict"] == "supported", (text, rec["explanation"])
