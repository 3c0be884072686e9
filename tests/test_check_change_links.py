"""`ustflow check` on how stories say a figure is a holder's change, and over which span: a trade told with the
holdings it left (売却し、保有残高は…), a Japanese move verb after a restatement or the move's rate (=約…円、増えました;
、率にして3.5%増加し), 追加, a list of holders' moves set off by commas, months named backwards and shared out by
それぞれ (去年の12月と11月), アメリカ国債 as Treasuries, a change from "1年前" and a story's comparison with a year
before carried to the changes after it. Invented sentences; the expected values are the store's own (TIC)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, oku
from ustflow.views.check import check_text


def _after(p: pd.Period) -> str:
    return (p + 2).strftime("%Y-%m-25")  # TIC for month p is out


def _month(s: pd.Series, up: bool, since: str = "2015-01", k: int = 1) -> pd.Period:
    """The latest month (after ``since``) whose holdings moved up (down) by at least 2 bn over ``k`` months."""
    return next(p for p in reversed(s.index) if p >= pd.Period(since, "M") and p - k in s.index and
                ((s[p] - s[p - k] >= 2) if up else (s[p] - s[p - k] <= -2)))


@pytest.mark.parametrize("up, text", [
    (False, "米財務省によると、中国は{m}月に米国債を{ch}分売却し、保有残高は{lvl}となった。"),
    (False, "データによると、{m}月には中国が{ch}分を売却し、保有残高は{lvl}と小幅に減少した。"),
    (True, "{m}月には最大の保有国の中国が{ch}を購入し、保有残高は{lvl}になった。"),
])
def test_a_trade_told_with_the_holdings_it_left(data, tic, up, text):
    cn = tic("china_mainland")
    p = _month(cn, up)
    ch, lvl = cn[p] - cn[p - 1], cn[p]
    r = check_text(text.format(m=p.month, ch=oku(ch), lvl=oku(lvl)), date=_after(p), store=data)
    rec = by_claim(r, oku(ch))
    assert rec["verdict"] == "supported" and rec["official_value"] == pytest.approx(ch), rec["explanation"]
    assert by_claim(r, oku(lvl))["verdict"] == "supported"


def test_a_trade_beside_another_holders_holdings_is_not_linked(data, tic):
    cn, jp = tic("china_mainland"), tic("japan")
    p = _month(cn, False)
    ch = cn[p] - cn[p - 1]
    text = f"{p.month}月には中国が{oku(ch)}分を売却し、日本の保有残高は{oku(jp[p])}となった。"
    rec = by_claim(check_text(text, date=_after(p), store=data), oku(ch))
    assert rec["verdict"] == "unverifiable"


def test_a_move_verb_after_a_restatement_or_the_rate(data, tic):
    tw = tic("taiwan")
    p = _month(tw, True)
    ch, lvl = tw[p] - tw[p - 1], tw[p]
    pct = 100 * ch / tw[p - 1]
    text = f"台湾の米国債保有額は、{(p - 1).month}月に比べ{oku(ch)}、率にして{pct:.1f}%増加し、{oku(lvl)}となった。"
    r = check_text(text, date=_after(p), store=data)
    rec = by_claim(r, oku(ch))
    assert (rec["measure"], rec["verdict"]) == ("holdings_change", "supported"), rec["explanation"]
    assert by_claim(r, oku(lvl))["measure"] == "holdings_level"
    cn = tic("china_mainland")
    q = _month(cn, False, k=3)
    ch3 = cn[q] - cn[q - 3]
    yen = f"約{round(abs(ch3) * 1.5):d}00億円"  # a restatement in yen (its rate is not checked here)
    text = f"中国の米国債保有額は{q.month}月までの3カ月間で{oku(ch3)}={yen}、減りました。"
    rec = by_claim(check_text(text, date=_after(q), store=data), oku(ch3))
    assert (rec["measure"], rec["verdict"]) == ("holdings_change", "supported"), rec["explanation"]
    assert rec["official_period"] == f"{q - 3} to {q}"
    p = _month(cn, True)
    text = f"中国は{p.month}月、米国債保有額を{oku(cn[p] - cn[p - 1])}追加し、{oku(cn[p])}とした。"
    rec = by_claim(check_text(text, date=_after(p), store=data), oku(cn[p] - cn[p - 1]))
    assert (rec["measure"], rec["verdict"], rec["direction"]) == ("holdings_change", "supported", "up/bought")


def test_a_level_before_a_comma_stays_a_level(data, tic):
    jp = tic("japan")
    p = _month(jp, False)
    text = f"日本の米国債保有額は{p.month}月末に{oku(jp[p])}、前月から減少した。"
    rec = by_claim(check_text(text, date=_after(p), store=data), oku(jp[p]))
    assert (rec["measure"], rec["verdict"]) == ("holdings_level", "supported")


def test_a_list_of_holders_moves_set_off_by_commas(data, tic):
    who = ("ireland", "france", "brazil")
    ss = [tic(w) for w in who]
    p = next(p for p in reversed(ss[0].index) if p >= pd.Period("2015-01", "M") and
             all(p - 1 in s.index and s[p] - s[p - 1] <= -1 for s in ss))
    chs = [s[p] - s[p - 1] for s in ss]
    figs = [f"{oku(c)}({round(abs(c) * 1.4):d}00億円)" for c in chs]
    jp = tic("japan")
    text = (f"{p.month}月末の日本の米国債保有残高は{oku(jp[p])}だった。アイルランド、フランス、ブラジルもそれぞれ"
            f"{figs[0]}、{figs[1]}、{figs[2]}と大きく減らしている。")
    r = check_text(text, date=_after(p), store=data)
    for c in chs:
        rec = by_claim(r, oku(c))
        assert (rec["measure"], rec["verdict"]) == ("holdings_change", "supported"), rec["explanation"]
    uk, ca = tic("united_kingdom"), tic("canada")
    q = next(p for p in reversed(uk.index) if p >= pd.Period("2015-01", "M") and uk[p] - uk[p - 1] >= 1
             and ca[p] - ca[p - 1] >= 1)
    a, b = uk[q] - uk[q - 1], ca[q] - ca[q - 1]
    text = (f"{q.month}月末の日本の米国債保有残高は{oku(jp[q])}だった。また、英国は{oku(a)}(約{round(a * 1.4):d}00億円)、カナダも"
            f"{oku(b)}(約{round(b * 1.4):d}00億円)増やしている。")
    r = check_text(text, date=_after(q), store=data)
    for c in (a, b):
        assert by_claim(r, oku(c))["verdict"] == "supported"


def test_months_named_backwards_shared_out_by_respectively(data, tic):
    cn = tic("china_mainland")
    y = next(y for y in range(2024, 2009, -1) if cn[pd.Period(f"{y}-12", "M")] < cn[pd.Period(f"{y}-11", "M")]
             < cn[pd.Period(f"{y}-10", "M")])
    dec, nov = (cn[pd.Period(f"{y}-12", "M")] - cn[pd.Period(f"{y}-11", "M")],
                cn[pd.Period(f"{y}-11", "M")] - cn[pd.Period(f"{y}-10", "M")])
    for text in (f"去年の12月と11月、中国はそれぞれ{oku(dec)}と{oku(nov)}のアメリカ国債を売却しています。",
                 f"昨年12月と11月には、中国はそれぞれ{oku(dec)}と{oku(nov)}の米国債を売却した。"):
        r = check_text(text, date=f"{y + 1}-03-16", store=data)
        d, n = by_claim(r, oku(dec)), by_claim(r, oku(nov))
        assert (d["verdict"], d["official_period"]) == ("supported", f"{y}-11 to {y}-12"), d["explanation"]
        assert (n["verdict"], n["official_period"]) == ("supported", f"{y}-10 to {y}-11"), n["explanation"]


def test_american_government_bonds_are_treasuries_not_jgbs(data, tic):
    cn = tic("china_mainland")
    p = _month(cn, False)
    ch = cn[p] - cn[p - 1]
    rec = by_claim(check_text(f"{p.month}月、中国はアメリカ国債の保有量を{oku(ch)}減らしました。", date=_after(p), store=data),
                   oku(ch))
    assert (rec["measure"], rec["verdict"]) == ("holdings_change", "supported")


def test_a_story_comparing_with_a_year_before(data, tic):
    jp, uk, ca = tic("japan"), tic("united_kingdom"), tic("canada")
    p = pd.Period("2023-01", "M")
    j, u, c = jp[p] - jp[p - 12], uk[p] - uk[p - 12], ca[p] - ca[p - 12]
    verb = lambda v: "増やしている" if v > 0 else "減らしている"  # noqa: E731
    text = (f"外国が保有する米国債の残高を{p.month}月末で比べると、日本は1年前より{oku(j)}{'多い' if j > 0 else '少ない'}"
            f"{oku(jp[p])}となった。また、英国は{oku(u)}{verb(u)}。カナダも{oku(c)}{verb(c)}。")
    r = check_text(text, date=_after(p), store=data)
    for v in (j, u, c):
        rec = by_claim(r, oku(v))
        assert (rec["verdict"], rec["official_period"]) == ("supported", f"{p - 12} to {p}"), rec["explanation"]
    # a story whose first change is a month's: a later change stays a month's, whatever is compared with a year before
    m = pd.Period("2024-05", "M")
    jm, cm = jp[m] - jp[m - 1], tic("china_mainland")[m] - tic("china_mainland")[m - 1]
    english = (f"Japan {'raised' if jm > 0 else 'reduced'} its portfolio of Treasurys by ${abs(jm):.1f} billion to "
               f"${jp[m]:,.1f} billion in May. Japanese holdings are up 3 percent from a year earlier. China "
               f"{'added' if cm > 0 else 'shed'} ${abs(cm):.1f} billion of Treasurys.")
    rec = by_claim(check_text(english, date=_after(m), store=data), f"${abs(cm):.1f} billion")
    assert rec["official_period"] == f"{m - 1} to {m}", rec["explanation"]


def test_months_each_with_its_figure_then_the_shared_trade(data, tic):
    cn = tic("china_mainland")
    y = next(y for y in range(2024, 2009, -1) if all(cn[pd.Period(f"{y}-{m:02d}", "M")] < cn[pd.Period(f"{y}-{m:02d}", "M") - 1]
                                                    for m in (9, 10, 11)))
    chs = [cn[pd.Period(f"{y}-{m:02d}", "M")] - cn[pd.Period(f"{y}-{m:02d}", "M") - 1] for m in (9, 10, 11)]
    text = f"中国による米国債の売買は、{y}年9月は{oku(chs[0])}、10月は{oku(chs[1])}、11月は{oku(chs[2])}の売り越しだった。"
    r = check_text(text, date=f"{y + 1}-02-25", store=data)
    for m, ch in zip((9, 10, 11), chs):
        rec = by_claim(r, oku(ch))
        assert (rec["verdict"], rec["direction"]) == ("supported", "down/sold"), rec["explanation"]
        assert rec["official_period"].endswith(f"{y}-{m:02d}")
