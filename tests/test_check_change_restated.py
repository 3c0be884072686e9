"""`ustflow check` on a holder's move told twice or told after its level: a percent move restated in dollars ("by 0.8%,
at a value of $400 million", "a decline of 21.2 percent, amounting to $10.66 billion"), a percent move after a level
with no holdings of its own ("reached $7.565 trillion, marking a 6.06 percent increase from the same month the
previous year, despite a monthly decrease of 0.51 percent"), 'an annual decline', 'possession of US bonds', and a
starting level at a month's end after a change ("compared to $46.4 billion at the end of December"). Invented
sentences; the expected values are the store's own (TIC)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim
from ustflow.views.check import check_text

P = pd.Period("2023-10", "M")
DATE = "2023-12-28"  # TIC for October 2023 was out


def _pct(s: pd.Series, p: pd.Period, back: int) -> float:
    return 100 * (s[p] - s[p - back]) / s[p - back]


@pytest.mark.parametrize("back, text", [
    (1, "Saudi Arabia {verb} its holdings of US Treasury bonds during October by {pct}%, at a value of ${ch} billion, to "
        "reach ${lvl} billion."),
    (12, "By the end of October, Saudi Arabia's holdings of US Treasury bonds saw an annual {noun} of approximately {pct} "
         "percent, amounting to ${ch} billion, and reached ${lvl} billion."),
    (12, "Saudi Arabia's possession of US bonds showed a {noun} of {pct} percent from a year earlier in October, "
         "equivalent to ${ch} billion."),
])
def test_a_percent_move_restated_in_dollars(data, tic, back, text):
    sa = tic("saudi_arabia")
    ch, pct = sa[P] - sa[P - back], _pct(sa, P, back)
    up = ch > 0
    txt = text.format(verb="increased" if up else "reduced", noun="increase" if up else "decline", pct=f"{abs(pct):.2f}",
                      ch=f"{abs(ch):.1f}", lvl=f"{sa[P]:.1f}")
    r = check_text(txt, date=DATE, store=data)
    rec = by_claim(r, f"${abs(ch):.1f} billion")
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("holdings_change", "supported",
                                                                         f"{P - back} to {P}"), rec["explanation"]
    p = next(x for x in r if x["measure"] == "holdings_pct")
    assert p["verdict"] == "supported" and p["official_period"] == f"{P - back} to {P}", p["explanation"]


def test_a_level_after_a_percent_is_no_restatement(data, tic):
    sa = tic("saudi_arabia")
    pct = _pct(sa, P, 1)
    text = (f"Saudi Arabia's holdings {'rose' if pct > 0 else 'fell'} {abs(pct):.2f}% in October, to ${sa[P]:.1f} "
            f"billion.")  # "to" a level, not "at a value of"
    rec = by_claim(check_text(text, date=DATE, store=data), f"${sa[P]:.1f} billion")
    assert (rec["measure"], rec["verdict"]) == ("holdings_level", "supported")


@pytest.mark.parametrize("text", [
    "In general, US Treasury bonds held abroad in October 2023 reached ${lvl} trillion, marking a {y} percent {yw} from "
    "the same month the previous year, despite a monthly {mw} of {m} percent.",
    "Foreign-held Treasuries stood at ${lvl} trillion in October 2023, a {y} percent {yw} from a year earlier, but a "
    "monthly {mw} of {m} percent.",
])
def test_percent_moves_after_a_level_are_its_moves(data, tic, text):
    t = tic("grand_total")
    y, m = _pct(t, P, 12), _pct(t, P, 1)
    txt = text.format(lvl=f"{t[P] / 1000:.3f}", y=f"{abs(y):.2f}", yw="increase" if y > 0 else "decrease",
                      m=f"{abs(m):.2f}", mw="increase" if m > 0 else "decrease")
    r = check_text(txt, date=DATE, store=data)
    ry, rm = by_claim(r, f"{abs(y):.2f} percent"), by_claim(r, f"{abs(m):.2f} percent")
    assert (ry["measure"], ry["verdict"], ry["official_period"]) == ("holdings_pct", "supported", f"{P - 12} to {P}")
    assert (rm["measure"], rm["verdict"], rm["official_period"]) == ("holdings_pct", "supported", f"{P - 1} to {P}"), \
        rm["explanation"]


def test_a_percent_naming_its_own_holdings_is_not_the_levels_move(data, tic):
    t, jp = tic("grand_total"), tic("japan")
    pct = _pct(jp, P, 1)
    text = (f"Foreign holdings of Treasuries reached ${t[P] / 1000:.3f} trillion in October 2023, while Japan's holdings "
            f"{'rose' if pct > 0 else 'fell'} {abs(pct):.2f} percent.")
    rec = by_claim(check_text(text, date=DATE, store=data), f"{abs(pct):.2f} percent")
    assert rec["subject"] == "Japan" and rec["verdict"] == "supported", rec


def test_a_starting_level_at_a_months_end_after_a_change(data, tic):
    sa = tic("saudi_arabia")
    d = pd.Period("2022-12", "M")
    ch = sa[P] - sa[d]
    text = (f"Saudi Arabia {'increased' if ch > 0 else 'reduced'} its holdings of US Treasury bonds during the first ten "
            f"months of 2023 by ${abs(ch):.1f} billion, compared to ${sa[d]:.1f} billion at the end of December 2022.")
    rec = by_claim(check_text(text, date=DATE, store=data), f"${sa[d]:.1f} billion")
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("holdings_level", "supported", "2022-12")


def _oku(v_bn: float) -> str:
    n = round(abs(v_bn) * 10)
    return f"{n // 10000}兆{n % 10000:04d}億ドル" if n >= 10000 else f"{n}億ドル"


def test_a_level_set_against_an_earlier_level(data, tic):
    cn, ind, t = tic("china_mainland"), tic("india"), tic("grand_total")
    p, q = pd.Period("2023-09", "M"), pd.Period("2023-08", "M")
    for text, fig in ((f"China's portfolio moved to ${cn[p] / 1000:.3f} trillion in September against ${cn[q] / 1000:.3f} "
                       f"trillion in August.", f"${cn[q] / 1000:.3f} trillion"),
                      (f"India held Treasuries to the tune of ${ind[p]:.1f} billion in September, "
                       f"{'lower' if ind[p] < ind[q] else 'higher'} than ${ind[q]:.1f} billion owned in August.",
                       f"${ind[q]:.1f} billion"),
                      (f"9月末までに、米国債を保有する主な国の保有総額は{_oku(t[p])}で、8月末の{_oku(t[q])}より"
                       f"{'増えている' if t[p] > t[q] else '減っている'}ということです。", _oku(t[q]))):
        rec = by_claim(check_text(text, date=DATE, store=data), fig)
        assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("holdings_level", "supported", "2023-08"), \
            rec["explanation"]


def test_a_change_set_against_an_earlier_change_stays_a_change(data, tic):
    jp = tic("japan")
    p = pd.Period("2023-09", "M")
    now, then = jp[p] - jp[p - 1], jp[p - 1] - jp[p - 2]
    text = (f"Japan {'raised' if now > 0 else 'cut'} its holdings by ${abs(now):.1f} billion in September, compared with "
            f"${abs(then):.1f} billion in August.")
    rec = by_claim(check_text(text, date=DATE, store=data), f"${abs(then):.1f} billion")
    assert rec["measure"] == "holdings_change"


def test_went_up_to_is_a_level_not_at_most(data, tic):
    ind = tic("india")
    p = pd.Period("2023-09", "M")
    text = f"The holding of India went up to ${ind[p]:.1f} billion in September, US Treasury data show."
    rec = by_claim(check_text(text, date=DATE, store=data), f"${ind[p]:.1f} billion")
    assert (rec["measure"], rec["verdict"], rec["qualifier"]) == ("holdings_level", "supported", "exact"), rec


@pytest.mark.parametrize("text", [
    "During 2022 Brazil sold off ${ch} billion worth, almost {pct}% of its U.S. Treasury holdings.",
    "Brazil dumped {pct}% of its Treasury portfolio in 2022, data show.",
    "In 2022, Brazil shed about {pct} percent of its holdings of US government bonds.",
])
def test_a_part_of_its_holdings_sold_is_their_percent_move(data, tic, text):
    br = tic("brazil")
    p, d = pd.Period("2022-12", "M"), pd.Period("2021-12", "M")
    pct = 100 * (br[p] - br[d]) / br[d]
    assert pct < 0
    txt = text.format(ch=f"{br[d] - br[p]:.1f}", pct=f"{abs(pct):.1f}")
    r = check_text(txt, date="2023-03-20", store=data)
    rec = next(x for x in r if x["unit"] == "percent")
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("holdings_pct", "supported", "2021-12 to 2022-12"), rec


def test_a_part_of_an_earlier_months_holdings_is_not_judged_as_a_move(data):
    text = ("China dumped $47.8 billion in paper in December, equal to about 3.6% of its Treasury holdings as of November, "
            "bringing its total holdings to $1.27 trillion.")
    rec = by_claim(check_text(text, date="2014-02-20", store=data), "about 3.6%")
    assert rec["measure"] != "holdings_pct"


def test_a_record_sale_is_a_trade_and_a_later_percent_takes_its_holder(data, tic):
    br = tic("brazil")
    p = pd.Period("2020-03", "M")
    ch, pct = br[p] - br[p - 1], 100 * (br[p] - br[p - 1]) / br[p - 1]
    text = (f"Brazil sold a record ${abs(ch):.1f} billion in US Treasury bonds in March, the latest Treasury data showed. "
            f"In percentage terms, the reduction in March of {abs(pct):.1f}% in the stock of Treasuries held was rare.")
    r = check_text(text, date="2020-05-21", store=data)
    sale, share = by_claim(r, f"${abs(ch):.1f} billion"), by_claim(r, f"{abs(pct):.1f}%")
    assert (sale["measure"], sale["verdict"]) == ("flow", "supported"), sale["explanation"]
    assert (share["subject"], share["verdict"]) == ("Brazil", "supported"), share["explanation"]
    rec = by_claim(check_text("China's holdings rose to a record $1.32 trillion in November 2013.", date="2014-01-20",
                              store=data), "$1.32 trillion")
    assert rec["measure"] == "holdings_level"  # (a record level, not a trade)


@pytest.mark.parametrize("who, text", [
    ("grand_total", "Foreign holdings rose to a record. This follows a {x} percent hike in {month} in foreign holdings of "
                    "U.S. debt."),
    ("grand_total", "Foreign holdings of Treasuries saw a {x}% hike in {month}."),
    ("japan", "Japan's holdings of Treasuries posted a {x} percent hike in {month}."),
])
def test_a_hike_is_a_rise(data, tic, who, text):
    s = tic(who)
    p = next(p for p in reversed(s.index) if p <= P and s[p] > s[p - 1] * 1.002)
    x = f"{_pct(s, p, 1):.2f}"
    rec = by_claim(check_text(text.format(x=x, month=p.strftime("%B")), date=_after_month(p), store=data),
                   f"{x} percent" if "percent" in text else f"{x}%")
    assert (rec["measure"], rec["verdict"], rec["direction"]) == ("holdings_pct", "supported", "up/bought"), rec


def test_a_rate_hike_is_no_holdings_move(data):
    text = "The Fed's 0.25 percent rate hike in December lifted yields, while China kept its Treasury holdings steady."
    rec = by_claim(check_text(text, date="2016-02-20", store=data), "0.25 percent")
    assert rec["measure"] != "holdings_pct"


def _after_month(p: pd.Period) -> str:
    return (p + 2).strftime("%Y-%m-25")
