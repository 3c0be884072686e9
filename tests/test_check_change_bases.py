"""`ustflow check` on the base of a change in TIC holdings (issue 13, session 10): "in the year through
October" (the twelve months to October, or the year to date: both read), a size told by comparison ("by a
smaller 0.4 percent", "a larger 3.6 percent to $1.12 trillion"), a percent change "from a recent peak of $X
set in March" (from March), "now holds some $200 billion less" than a level the sentence named before, and
Japanese figures listed with と before the move they share ("4月と5月にもそれぞれ24億ドルと69億ドルと、買い増し").
Invented sentences; the expected values are the store's own."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, claim_containing, tic_level, usd_bn_ja
from ustflow.views.check import check_text

DATE = "2023-12-20"  # October 2023 TIC data came out in mid-December


def _move(store, slug: str, base: str, end: str) -> float:
    return round(tic_level(store, slug, end) - tic_level(store, slug, base), 1)


def _verb(ch: float, up: str = "raised", down: str = "cut") -> str:
    return up if ch > 0 else down


@pytest.mark.parametrize("base,wording", [
    ("2022-12", "In the year through October, Japan {verb} its Treasury holdings by ${x:.1f} billion."),
    ("2022-10", "In the year through October, Japan {verb} its Treasury holdings by ${x:.1f} billion."),
    ("2022-12", "Japan {verb} its holdings of Treasuries by ${x:.1f} billion in the year to October."),
])
def test_the_year_through_a_month_is_read_both_ways(data, loaded_store, base, wording):
    ch = _move(loaded_store, "japan", base, "2023-10")
    text = wording.format(verb=_verb(ch), x=abs(ch))
    rec = by_claim(check_text(text, date=DATE, store=data), f"${abs(ch):.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", f"{base} to 2023-10")


def test_twelve_months_through_stays_twelve_months(data, loaded_store):
    ytd = _move(loaded_store, "japan", "2022-12", "2023-10")
    yoy = _move(loaded_store, "japan", "2022-10", "2023-10")
    assert abs(ytd - yoy) > 1  # the two readings must differ for the test to mean anything
    text = f"In the 12 months through October, Japan {_verb(ytd)} its Treasury holdings by ${abs(ytd):.1f} billion."
    rec = by_claim(check_text(text, date=DATE, store=data), f"${abs(ytd):.1f} billion")
    assert rec["official_period"] == "2022-10 to 2023-10"
    assert rec["verdict"] != "supported"


@pytest.mark.parametrize("wording", [
    "Japan trimmed its holdings by a smaller {p:.1f} percent in October.",
    "Japan's holdings fell by a slight {p:.1f} percent in October.",
    "Japan's reduction was a smaller {p:.1f} percent to ${lvl:.2f} trillion in October.",
])
def test_a_size_told_by_comparison_is_a_percent_change(data, loaded_store, wording):
    prev, now = tic_level(loaded_store, "japan", "2023-09"), tic_level(loaded_store, "japan", "2023-10")
    pct = 100 * (now - prev) / prev
    text = wording.format(p=abs(pct), lvl=now / 1000)
    text = text if pct < 0 else text.replace("trimmed", "raised").replace("fell", "rose").replace("reduction", "increase")
    rec = by_claim(check_text(text, date=DATE, store=data), f"{abs(pct):.1f} percent")
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("holdings_pct", "supported", "2023-09 to 2023-10")


def test_a_percent_change_from_a_peak_set_in_a_month(data, loaded_store):
    base, now = tic_level(loaded_store, "japan", "2023-03"), tic_level(loaded_store, "japan", "2023-10")
    pct = 100 * (now - base) / base
    text = (f"Japan's holdings of Treasuries are {'up' if pct > 0 else 'down'} {abs(pct):.1f} percent from a recent "
            f"peak of ${base / 1000:.2f} trillion set in March.")
    rec = by_claim(check_text(text, date=DATE, store=data), f"{abs(pct):.1f} percent")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2023-03 to 2023-10")


@pytest.mark.parametrize("wording", [
    "At its peak in November 2013, China had amassed nearly US$1.32 trillion of Treasuries but now holds some "
    "US${x:.0f} billion less.",
    "China held US$1.32 trillion in November 2013; it now owns about US${x:.0f} billion less.",
])
def test_holds_less_than_a_level_named_before(data, loaded_store, wording):
    ch = _move(loaded_store, "china_mainland", "2013-11", "2023-10")
    assert ch < 0
    rec = claim_containing(check_text(wording.format(x=abs(ch)), date=DATE, store=data), f"{abs(ch):.0f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2013-11 to 2023-10")


def test_holds_less_with_no_base_named_is_unverifiable(data):
    rec = claim_containing(check_text("China's holdings hit a record years ago, but it now holds some $200 billion less.",
                                      date=DATE, store=data), "$200 billion")
    assert rec["verdict"] == "unverifiable" and "base of the change is not said" in rec["explanation"]


@pytest.mark.parametrize("months,wording", [
    (("2023-06", "2023-07", "2023-08"), "{m0}月に中国は米国債を{x0}{verb}した。{m1}月と{m2}月にもそれぞれ{a}と{b}と、{verb}を続けてきた。"),
    (("2023-05", "2023-06", "2023-07"), "{m0}月に中国が{x0}と大幅に米国債を{verb}した。{m1}月および{m2}月にもそれぞれ{a}と{b}と、{verb}を"
                                        "続けた。"),
])
def test_japanese_months_and_figures_listed_with_to(data, loaded_store, months, wording):
    import pandas as pd

    prev = [str(pd.Period(m, "M") - 1) for m in months]
    ch = [_move(loaded_store, "china_mainland", p, m) for p, m in zip(prev, months)]
    if len({c > 0 for c in ch}) != 1:
        pytest.skip("the months moved in different directions")
    verb = "買い増し" if ch[0] > 0 else "売り増し"
    x0, a, b = (usd_bn_ja(abs(c)) for c in ch)
    text = wording.format(m0=int(months[0][5:]), m1=int(months[1][5:]), m2=int(months[2][5:]), x0=x0, a=a, b=b, verb=verb)
    recs = check_text(text, date=DATE, store=data)
    for fig, p, m in ((a, prev[1], months[1]), (b, prev[2], months[2])):
        rec = by_claim(recs, fig)
        assert (rec["verdict"], rec["official_period"]) == ("supported", f"{p} to {m}")


def test_japanese_months_not_in_a_row_are_no_span(data):
    from datetime import date

    from ustflow.check.period_grammar import Resolver

    got = Resolver(date(2023, 12, 20)).find("1月と3月に")
    assert all(p.kind != "months" for p in got)
    assert [p.kind for p in Resolver(date(2023, 12, 20)).find("4月と5月に")] == ["months"]


def test_a_run_of_all_foreigners_is_not_a_holders_change_in_the_paragraph_before(data, loaded_store):
    ch = _move(loaded_store, "china_mainland", "2023-09", "2023-10")
    text = (f"China's holdings {'rose' if ch > 0 else 'fell'} ${abs(ch):.1f} billion in October, while it now holds "
            f"far less than at its peak.\n\nData also showed that foreigners sold Treasury bonds and notes for a "
            f"seventh straight month in October.")
    rec = claim_containing(check_text(text, date=DATE, store=data), "seventh straight month")
    assert rec["subject"] is None or "China" not in str(rec["subject"])


@pytest.mark.parametrize("wording", [
    "China's holdings fell to ${a:.0f} billion at the end of 2022 and ${b:.0f} billion at the end of 2023.",
    "China's holdings kept falling, to ${a:.0f} billion (about 1,127 trillion won) at the end of 2022 and ${b:.0f} "
    "billion (about 1,143 trillion won) at the end of 2023.",
    "China's holdings dropped to ${a:.0f} billion in December 2022, and ${b:.0f} billion in December 2023.",
])
def test_the_next_of_a_list_of_levels_is_a_level(data, loaded_store, wording):
    a, b = tic_level(loaded_store, "china_mainland", "2022-12"), tic_level(loaded_store, "china_mainland", "2023-12")
    recs = check_text(wording.format(a=a, b=b), date="2024-03-01", store=data)
    for fig, month in ((f"${a:.0f} billion", "2022-12"), (f"${b:.0f} billion", "2023-12")):
        rec = by_claim(recs, fig)
        assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("holdings_level", "supported", month)


# ----------------------------------------------------------------------------- the Fed's custody, week to week
CUSTODY_DATE = "2024-06-21"  # the H.4.1 for the week to Wednesday June 19, 2024 came out on June 20


def _wed(loaded_store, day: str) -> float:
    import pandas as pd

    from tests.helpers import series

    return float(series("fred.wmtsecl1", loaded_store)[pd.Period(day, "W-WED")])


@pytest.mark.parametrize("span,base", [
    ("from end-of-day Wednesday June 5 to Wednesday June 19", "2024-06-05"),
    ("from Wednesday, June 12 to June 19", "2024-06-12"),
    ("between June 12 and 19", "2024-06-12"),
    ("from June 13 to June 19", "2024-06-12"),  # a Thursday: the week's change, from the Wednesday before
])
def test_a_custody_change_between_two_days_runs_from_the_first_days_level(data, loaded_store, span, base):
    ch = _wed(loaded_store, "2024-06-19") - _wed(loaded_store, base)
    text = (f"Speculation has focused on a ${abs(ch) / 1e3:.1f} billion {'rise' if ch > 0 else 'decline'}, {span}, in "
            f"US Treasury securities held in custody for foreign central banks at the Federal Reserve Bank of New York.")
    rec = by_claim(check_text(text, date=CUSTODY_DATE, store=data), f"${abs(ch) / 1e3:.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", f"{base} to 2024-06-19")


@pytest.mark.parametrize("second", [
    "The average weekly holdings declined by some $47 billion.",
    "Holdings averaged $12 billion less over the week.",
])
def test_a_week_average_of_custody_is_not_the_wednesday_level(data, second):
    text = ("Treasuries held in custody at the New York Fed for foreign central banks fell $20 billion from Wednesday "
            "June 12 to Wednesday June 19. " + second)
    rec = [r for r in check_text(text, date=CUSTODY_DATE, store=data) if r["text"] == second][0]
    assert rec["verdict"] == "unverifiable" and "week average" in rec["explanation"]


# ----------------------------------------------------------------------------- Japanese changes and runs
JA_DATE = "2024-11-20"  # September 2024 TIC data came out in mid-November


def _ch(loaded_store, slug: str, month: str) -> float:
    import pandas as pd

    prev = str(pd.Period(month, "M") - 1)
    return _move(loaded_store, slug, prev, month)


def _run_to(loaded_store, slug: str, month: str) -> int:
    """How many months in a row to ``month`` the holder's holdings moved the way they did in ``month``."""
    import pandas as pd

    p, sign, n = pd.Period(month, "M"), _ch(loaded_store, slug, month) > 0, 0
    while (_ch(loaded_store, slug, str(p)) > 0) == sign:
        n, p = n + 1, p - 1
    return n


@pytest.mark.parametrize("wording", ["連続{n}カ月の減少となる。", "連続して{n}カ月の減少となった。"])
def test_japanese_count_after_renzoku(data, loaded_store, wording):
    ch, n = _ch(loaded_store, "china_mainland", "2024-09"), _run_to(loaded_store, "china_mainland", "2024-09")
    assert ch < 0
    text = f"中国は2024年9月に米国債保有を{usd_bn_ja(-ch)}減らした。" + wording.format(n=n)
    rec = claim_containing(check_text(text, date=JA_DATE, store=data), f"{n}カ月")
    assert (rec["verdict"], rec["official_value"]) == ("supported", n)


@pytest.mark.parametrize("ended", ["{n}か月の減少を終えました", "{n}カ月連続の減少に終止符を打った"])
def test_japanese_run_that_ended(data, loaded_store, ended):
    assert _ch(loaded_store, "china_mainland", "2023-11") > 0
    n = _run_to(loaded_store, "china_mainland", "2023-10")
    text = "中国は、2023年11月に米国債の保有を引き上げ、" + ended.format(n=n) + "。"
    rec = claim_containing(check_text(text, date="2024-01-20", store=data), f"{n}")
    assert (rec["verdict"], rec["official_value"]) == ("supported", n)
    wrong = claim_containing(check_text(text.replace(f"{n}", f"{n + 2}", 1), date="2024-01-20", store=data), f"{n + 2}")
    assert wrong["verdict"] == "contradicted"


def test_japanese_run_over_a_named_span_and_its_total(data, loaded_store):
    months = ["2022-08", "2022-09", "2022-10", "2022-11", "2022-12", "2023-01", "2023-02"]
    assert all(_ch(loaded_store, "china_mainland", m) < 0 for m in months)
    total = _move(loaded_store, "china_mainland", "2022-07", "2023-02")
    text = f"2022年8月から2023年2月にかけて、中国は連続して米国債保有を減らし、減額の総計は{usd_bn_ja(-total)}に上った。"
    recs = check_text(text, date="2023-05-20", store=data)
    run = claim_containing(recs, "連続して")
    assert (run["verdict"], run["official_value"]) == ("supported", len(months))
    rec = by_claim(recs, usd_bn_ja(-total))
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("holdings_change", "supported", "2022-07 to 2023-02")


def test_japanese_total_foreign_holdings_and_a_figure_with_its_own_verb(data, loaded_store):
    lvl = tic_level(loaded_store, "grand_total", "2023-10")
    ch = _ch(loaded_store, "grand_total", "2023-10")
    assert ch < 0
    text = f"2023年10月の米国債の外国保有総額は{usd_bn_ja(lvl)}に減少し、{usd_bn_ja(-ch)}減少しました。"
    recs = check_text(text, date="2023-12-20", store=data)
    level, change = by_claim(recs, usd_bn_ja(lvl)), by_claim(recs, usd_bn_ja(-ch))
    assert (level["measure"], level["verdict"]) == ("holdings_level", "supported")
    assert (change["measure"], change["verdict"], change["official_period"]) == \
        ("holdings_change", "supported", "2023-09 to 2023-10")


@pytest.mark.parametrize("text", ["中国(香港を除く)の米国債保有額は{x}だった。", "China (excluding Hong Kong) held ${y:.1f} billion."])
def test_a_holder_left_out_is_no_subject(data, loaded_store, text):
    lvl = tic_level(loaded_store, "china_mainland", "2023-10")
    recs = check_text(text.format(x=usd_bn_ja(lvl), y=lvl), date="2023-12-20", store=data)
    rec = [r for r in recs if r["measure"] == "holdings_level"][0]
    assert (rec["subject"], rec["verdict"]) == ("China (mainland)", "supported")


def test_japanese_ownership_shoyuu_is_holdings(data, loaded_store):
    ch = _ch(loaded_store, "china_mainland", "2023-12")
    lvl = tic_level(loaded_store, "china_mainland", "2023-12")
    text = f"中国は2023年12月に{usd_bn_ja(lvl)}の米国政府債務を所有し、11月から{usd_bn_ja(abs(ch))}{'増加' if ch > 0 else '減少'}した。"
    rec = by_claim(check_text(text, date="2024-02-20", store=data), usd_bn_ja(abs(ch)))
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("holdings_change", "supported", "2023-11 to 2023-12")


@pytest.mark.parametrize("wording", [
    "October's drop of ${x:.1f} billion in China's holdings was steep.",
    "China's holdings shrank again: the month's decline of ${x:.1f} billion came in October.",
    "Its previous record drop of ${x:.1f} billion came in October, when China cut its holdings.",
])
def test_a_move_of_a_figure_after_a_possessive_or_adjectives_is_a_change(data, loaded_store, wording):
    ch = _move(loaded_store, "china_mainland", "2023-09", "2023-10")
    assert ch < 0
    rec = by_claim(check_text(wording.format(x=-ch), date=DATE, store=data), f"${-ch:.1f} billion")
    assert (rec["measure"], rec["official_period"]) == ("holdings_change", "2023-09 to 2023-10")


def _months_beyond(loaded_store, slug: str, month: str, x: float, above: bool) -> int:
    import pandas as pd

    s = series_of(loaded_store, slug)
    held = [(v > x) if above else (v < x) for v in s[s.index <= pd.Period(month, "M")]]
    k = 0
    while k < len(held) and held[-1 - k]:
        k += 1
    return k


def series_of(loaded_store, slug: str):
    from tests.helpers import series

    return series(f"tic.holdings.{slug}", loaded_store)


@pytest.mark.parametrize("slug,x,above,wording", [
    ("grand_total", 7000, True, "Total foreign holdings have remained above $7 trillion for the {nth} consecutive month."),
    ("china_mainland", 1000, False, "China's holdings stayed below $1 trillion for a {nth} straight month in October."),
])
def test_a_run_of_months_beyond_a_level(data, loaded_store, slug, x, above, wording):
    n = _months_beyond(loaded_store, slug, "2023-10", x, above)
    nth = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth",
           10: "10th", 11: "11th", 12: "12th"}.get(n, f"{n}th")
    recs = check_text(wording.format(nth=nth), date=DATE, store=data)
    rec = claim_containing(recs, nth)
    assert (rec["verdict"], rec["official_value"]) == ("supported", n)
    wrong = claim_containing(check_text(wording.format(nth="third" if n != 3 else "fifth"), date=DATE, store=data),
                             "third" if n != 3 else "fifth")
    assert wrong["verdict"] == "contradicted"


@pytest.mark.parametrize("wording", [
    "At one point China was the largest holder of U.S. Treasuries, with over ${x:.2f} trillion invested in November 2013.",
    "China led all holders of U.S. Treasuries in November 2013, with about ${x:.2f} trillion held.",
])
def test_a_with_clause_of_what_a_holder_had_is_a_level(data, loaded_store, wording):
    lvl = tic_level(loaded_store, "china_mainland", "2013-11") / 1000
    x = lvl - 0.005 if "over" in wording else lvl
    rec = claim_containing(check_text(wording.format(x=x), date=DATE, store=data), f"{x:.2f} trillion")
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("holdings_level", "supported", "2013-11")


def test_a_with_clause_of_a_trade_is_not_a_level(data):
    recs = check_text("China trimmed its U.S. Treasuries in March 2023, with $5.1 billion sold in the month.", date=DATE,
                      store=data)
    assert claim_containing(recs, "$5.1 billion")["measure"] != "holdings_level"


@pytest.mark.parametrize("wording", [
    "The gap between China and the U.K. has since widened, with the U.K. holding ${x:.1f} billion more in U.S. "
    "Treasuries as of October.",
    "The gap between Japan and China narrowed, with China holding ${y:.1f} billion less in Treasuries in October.",
])
def test_more_or_less_with_no_than_after_a_named_gap_is_the_gap(data, loaded_store, wording):
    uk, cn, jp = (tic_level(loaded_store, s, "2025-10") for s in ("united_kingdom", "china_mainland", "japan"))
    assert uk > cn and jp > cn
    text = wording.format(x=uk - cn, y=jp - cn)
    fig = f"${uk - cn:.1f} billion" if "U.K." in wording else f"${jp - cn:.1f} billion"
    rec = by_claim(check_text(text, date="2025-12-20", store=data), fig)
    assert (rec["measure"], rec["verdict"]) == ("holdings_gap", "supported")


def test_official_government_holdings_are_foreign_officials(data, loaded_store):
    ch = _move(loaded_store, "foreign_official", "2023-09", "2023-10")
    text = (f"Foreign holdings of U.S. Treasuries moved in October. The move came mostly from official government holdings, which {'rose' if ch > 0 else 'fell'} by "
            f"${abs(ch):.1f} billion in October.")
    rec = by_claim(check_text(text, date=DATE, store=data), f"${abs(ch):.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2023-09 to 2023-10")


def test_japanese_all_foreign_holders_as_the_topic(data, loaded_store):
    ch = _move(loaded_store, "grand_total", "2023-11", "2023-12")
    lvl = tic_level(loaded_store, "grand_total", "2023-12")
    text = f"12月の米国債保有残高は中国が減少した。海外勢全体では、{usd_bn_ja(abs(ch))}{'増' if ch > 0 else '減'}の{usd_bn_ja(lvl)}だった。"
    recs = check_text(text, date="2024-02-20", store=data)
    change, level = by_claim(recs, usd_bn_ja(abs(ch))), by_claim(recs, usd_bn_ja(lvl))
    assert (change["measure"], change["verdict"]) == ("holdings_change", "supported")
    assert (level["measure"], level["verdict"]) == ("holdings_level", "supported")


@pytest.mark.parametrize("wording", [
    "Since its peak in 2019, China's holdings have fallen by {p:.0f}%, or ${x:.0f} billion.",
    "Since their peak in 2019, China's Treasury holdings are down {p:.0f} percent, or ${x:.0f} billion.",
])
def test_a_leading_since_its_peak_in_a_year(data, loaded_store, wording):
    s = series_of(loaded_store, "china_mainland")
    y19 = s[s.index.year == 2019]
    peak, now = float(y19.max()), tic_level(loaded_store, "china_mainland", "2023-10")
    pct, ch = 100 * (peak - now) / peak, peak - now
    recs = check_text(wording.format(p=pct, x=ch), date=DATE, store=data)
    base = str(y19.idxmax())
    for fig in (f"{pct:.0f}", f"${ch:.0f} billion"):
        rec = claim_containing(recs, fig)
        assert (rec["verdict"], rec["official_period"]) == ("supported", f"{base} to 2023-10")


def test_a_run_of_treasury_bonds_and_notes_is_form_s(data, loaded_store):
    import pandas as pd

    from tests.helpers import series

    s = series("tic.forms.grand_total.treasury_net", loaded_store)
    s = s[s.index <= pd.Period("2019-06", "M")]
    sign, k = s.iloc[-1] > 0, 0
    while (s.iloc[-1 - k] > 0) == sign:
        k += 1
    words = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth"}
    if k not in words or k < 2:
        pytest.skip("no run of two to eight months to June 2019")
    text = (f"Foreign holdings of U.S. Treasuries moved in June, Treasury data showed. Data also showed that foreigners "
            f"{'bought' if sign else 'sold'} Treasury bonds and notes for a {words[k]} straight month in June.")
    rec = claim_containing(check_text(text, date="2019-08-20", store=data), f"{words[k]} straight month")
    assert (rec["verdict"], rec["official_value"]) == ("supported", k)


@pytest.mark.parametrize("when,label", [("04年", "2004"), ("2004年", "2004")])
def test_japanese_peak_in_a_year(data, loaded_store, when, label):
    s = series_of(loaded_store, "japan")
    y = s[s.index.year == int(label)]
    peak = float(y.max())
    lvl = tic_level(loaded_store, "grand_total", "2008-09")
    text = f"日本は{when}の{usd_bn_ja(peak)}をピークに減少。中国はこの間、3倍近くまで増やした。海外勢全体の米国債保有額は{usd_bn_ja(lvl)}だった。"
    recs = check_text(text, date="2008-11-21", store=data)
    rec = by_claim(recs, usd_bn_ja(peak))
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("holdings_peak", "supported", str(y.idxmax()))
    after = by_claim(recs, usd_bn_ja(lvl))  # the peak's year is not the next sentence's period
    assert (after["verdict"], after["official_period"]) == ("supported", "2008-09")


def test_a_peak_with_no_period_is_the_peak_known_at_the_articles_date(data, loaded_store):
    import pandas as pd

    s = series_of(loaded_store, "china_mainland")
    before = s[s.index <= pd.Period("2008-09", "M")]
    text = f"China's holdings of U.S. Treasuries peaked at ${float(before.max()):.1f} billion, Treasury data showed."
    rec = by_claim(check_text(text, date="2008-11-21", store=data), f"${float(before.max()):.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", str(before.idxmax()))


def test_a_count_of_years_is_no_two_digit_year():
    from datetime import date

    from ustflow.check.period_grammar import Resolver

    assert [p.kind for p in Resolver(date(2008, 11, 21)).find("10年ぶりの高水準、5年間で最大")] == []
    assert [p.windows[0][0].year for p in Resolver(date(2008, 11, 21)).find("04年の")] == [2004]
