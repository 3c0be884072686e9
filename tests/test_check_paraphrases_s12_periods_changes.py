"""Paraphrases of the facts behind session 12's period and change rules (past_clauses, period_grammar's fiscal halves,
Japanese recent spans and day lists, 'N days later', compared levels, change_links), as another reporter would write
them: other holders, months, years, word order and verbs (issue 13: a rule that fits one article's words and breaks
on a plain paraphrase is overfit). Each test names the commit it probes; the must-not-fire cases say so. Invented
sentences; the facts and the expected values are the store's own (TIC holdings of 2021)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tests.helpers import claim_containing, periods_read, usd_bn, usd_bn_ja
from ustflow.check.period_grammar import Resolver
from ustflow.views.check import check_text

D = "2021-08-25"  # June 2021's TIC data were out (August 16)
P = pd.Period("2021-06", "M")


# 3da4ba7 past_clauses: an after clause of an earlier month keeps its month to itself ----------------------------------


@pytest.mark.parametrize("template", [
    "Canadian investors lifted their Treasury holdings to {now} after a {ch} decline in April.",
    "Canada's holdings of U.S. government debt stood at {now}, after falling by {ch} in April.",
    "Holdings by Canada climbed to {now} after they had dropped {ch} in April.",
])
def test_an_earlier_after_clause_in_other_words(data, tic, template):
    ca = tic("canada")
    ch = ca[P - 2] - ca[P - 3]
    text = template.format(now=usd_bn(ca[P]), ch=usd_bn(ch))
    rec = claim_containing(check_text(text, date=D, store=data), usd_bn(ca[P]))
    assert (rec["official_period"], rec["verdict"]) == (str(P), "supported"), rec["explanation"]


# 3da4ba7 / cb62f70: a since clause with a past state of the holdings -------------------------------------------------


@pytest.mark.parametrize("since", ["since holdings stood at {x} in {m}", "since they last reached {x} in {m}",
                                   "since Japan's holdings were at {x} in {m}"])
def test_a_since_clause_in_other_words(data, tic, since):
    jp = tic("japan")
    old = pd.Period("2019-05", "M")
    text = (f"Japan's holdings rose to {usd_bn(jp[P])}, the highest level "
            f"{since.format(x=usd_bn(jp[old]), m='May 2019')}.")
    res = check_text(text, date=D, store=data)
    assert claim_containing(res, usd_bn(jp[P]))["official_period"] == str(P)
    assert claim_containing(res, usd_bn(jp[old]))["official_period"] == str(old)


# d5e901c: a level 'compared with $X' naming no period is the month before ----------------------------------------------


@pytest.mark.parametrize("template", [
    "Compared with {before}, Switzerland's holdings rose to {now}.",
    "Swiss holdings of Treasuries came to {now}, as compared to {before}.",
    "Switzerland owned {now} in Treasuries, compared with {before}.",
])
def test_a_compared_level_in_other_words(data, tic, template):
    ch = tic("switzerland")
    text = template.format(now=usd_bn(ch[P]), before=usd_bn(ch[P - 1]))
    rec = claim_containing(check_text(text, date=D, store=data), usd_bn(ch[P - 1]))
    assert (rec["official_period"], rec["verdict"]) == (str(P - 1), "supported"), rec["explanation"]


def test_a_compared_level_of_another_holder_is_not_the_month_before(data, tic):
    # must not fire: the figure compared is another holder's at the same month, not Canada's a month before
    ca, be = tic("canada"), tic("belgium")
    text = f"Canada held {usd_bn(ca[P])} in June, compared with {usd_bn(be[P])} for Belgium."
    rec = claim_containing(check_text(text, date=D, store=data), usd_bn(be[P]))
    assert rec["verdict"] != "contradicted", rec


# af72fc9 japanese_periods: a bare day in a Japanese list of days ------------------------------------------------------


@pytest.mark.parametrize("text,ref,day,want", [
    ("財務省は7月11日と12日の両日、円買い介入に踏み切った", "2024-08-30", "12日", "2024-07-12"),
    ("介入は10月31日、1日と続いた", "2022-12-10", "1日", "2022-11-01"),
    ("4月29日(5兆9185億円)、5月1日(3兆8700億円)と2日に介入した", "2024-05-31", "2日", "2024-05-02"),
    # must not fire: a day told after the event in another clause is of the publication's month
    ("5月1日の介入のあと、円は3日に反落した", "2024-06-10", "3日", "2024-06-03"),
])
def test_a_bare_day_in_a_japanese_list_in_other_words(text, ref, day, want):
    periods = Resolver(date.fromisoformat(ref)).find(text)
    p = next(p for p in periods if text[p.span[0]:p.span[1]].startswith(day))
    assert p.start.isoformat() == want


# 9da3e2b period_grammar: the halves of Japan's fiscal year ------------------------------------------------------------


@pytest.mark.parametrize("text,ref,want", [
    ("in the first half of this fiscal year", "2021-11-10", ("2021-04-01", "2021-09-30")),
    ("the second half of the current fiscal year", "2022-02-10", ("2021-10-01", "2022-03-31")),
    ("Japan's surplus for the second half of last fiscal year", "2021-11-10", ("2020-10-01", "2021-03-31")),
    ("in the first half of fiscal 2020", "2021-11-10", ("2020-04-01", "2020-09-30")),
    # must not fire: calendar halves
    ("in the first half of the year", "2021-08-10", ("2021-01-01", "2021-06-30")),
    ("in the second half of last year", "2021-05-10", ("2020-07-01", "2020-12-31")),
])
def test_a_fiscal_half_in_other_words(text, ref, want):
    assert periods_read(text, ref)[-1] == want


# 45ab221: 'N days / weeks / months later' counts from the period before -----------------------------------------------


@pytest.mark.parametrize("text,want", [
    ("Tokyo stepped in on October 21 and again three days later.", ("2022-10-24", "2022-10-24")),
    ("China cut its holdings in June and bought them back two months later.", ("2022-08-01", "2022-08-31")),
    ("Japan bought in the week ending July 9 and sold one week later.", ("2022-07-10", "2022-07-16")),
    ("The ministry intervened on September 22 and a day later the yen fell.", ("2022-09-23", "2022-09-23")),
    ("China sold in March and bought again one month later.", ("2022-04-01", "2022-04-30")),
])
def test_n_periods_later_in_other_words(text, want):
    assert periods_read(text, "2022-11-30")[-1] == want


@pytest.mark.parametrize("text", ["Three days later, the yen weakened again.", "China sold its holdings two months later.",
                                  "A day later, the yen weakened again.", "Japan bought $5 billion a month later."])
def test_n_periods_later_with_nothing_before_in_other_words(text):
    # must not fire: later than nothing named
    assert periods_read(text, "2022-11-30") == []


# 0e1f92e period_grammar: a Japanese recent span counts to the month named before it -----------------------------------


@pytest.mark.parametrize("text,want", [
    ("日本は6月に保有額を増やし、過去12カ月では500億ドル増えた", ("2020-07-01", "2021-06-30")),
    ("カナダの保有額は4月に減少し、直近半年で80億ドル減った", ("2020-11-01", "2021-04-30")),
    ("英国は3月まで3カ月連続で買い越し、過去3カ月間で200億ドル増やした", ("2021-01-01", "2021-03-31")),
])
def test_a_japanese_recent_span_in_other_words(text, want):
    assert periods_read(text, "2021-08-25")[-1] == want


# 45ab221: a change told before the two levels it runs between ---------------------------------------------------------


@pytest.mark.parametrize("template", [
    "Canada {verb} its Treasury holdings by {ch} in the twelve months from {a} in June 2020 to {b} in June 2021.",
    "Canada's holdings changed by {ch} between June 2020 and June 2021, from {a} to {b}.",
    "An {noun} of {ch} took Canada's holdings from {a} (June 2020) to {b} (June 2021).",
])
def test_a_change_told_before_its_levels_in_other_words(data, tic, template):
    ca = tic("canada")
    a, b = ca[P - 12], ca[P]
    text = template.format(ch=usd_bn(b - a), a=usd_bn(a), b=usd_bn(b), verb="raised" if b > a else "trimmed",
                           noun="increase" if b > a else "decline")
    rec = claim_containing(check_text(text, date=D, store=data), usd_bn(b - a))
    assert rec["official_period"] == f"{P - 12} to {P}", rec["explanation"]
    assert rec["verdict"] == "supported", rec["explanation"]


# fe98fdb change_links.move_restated: a percent move restated in dollars ----------------------------------------------


@pytest.mark.parametrize("template", [
    "Taiwan {verb} its Treasury holdings by {pct}% in June, or {ch}.",
    "In June Taiwan's holdings posted a {noun} of {pct} percent, worth about {ch}.",
    "Taiwan's Treasury holdings saw a monthly {noun} of {pct}%, equivalent to {ch}, in June.",
])
def test_a_percent_move_restated_in_other_words(data, tic, template):
    tw = tic("taiwan")
    ch = tw[P] - tw[P - 1]
    pct = 100 * ch / tw[P - 1]
    text = template.format(verb="raised" if ch > 0 else "cut", noun="rise" if ch > 0 else "drop",
                           pct=f"{abs(pct):.2f}", ch=usd_bn(ch))
    rec = claim_containing(check_text(text, date=D, store=data), usd_bn(ch))
    assert (rec["measure"], rec["official_period"]) == ("holdings_change", f"{P - 1} to {P}"), rec["explanation"]
    assert rec["verdict"] == "supported", rec["explanation"]


# 3b50bdb change_links.compared_level: a dollar figure set against a holder's level -----------------------------------


@pytest.mark.parametrize("template", [
    "Belgium held {now} in June versus {before} in May.",
    "Belgium's Treasury holdings came to {now} in June, {cmp} than the {before} it held in May.",
    "ベルギーの6月末の米国債保有額は{now_ja}で、5月末の{before_ja}と比べ{move}。",
])
def test_an_earlier_level_set_against_a_level_in_other_words(data, tic, template):
    be = tic("belgium")
    now, before = be[P], be[P - 1]
    text = template.format(now=usd_bn(now), before=usd_bn(before), cmp="higher" if now > before else "lower",
                           now_ja=usd_bn_ja(now), before_ja=usd_bn_ja(before),
                           move="増えた" if now > before else "減った")
    fig = usd_bn_ja(before) if "ベルギー" in text else usd_bn(before)
    rec = claim_containing(check_text(text, date=D, store=data), fig)
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("holdings_level", "supported", str(P - 1)), \
        rec["explanation"]


# 8a754c1 change_links.part_of_holdings: a part of its holdings a holder sold ------------------------------------------


@pytest.mark.parametrize("template", [
    "Canada dumped {pct}% of its Treasury portfolio in {y}.",
    "In {y}, Canada shed about {pct} percent of its U.S. Treasury holdings.",
])
def test_a_part_of_holdings_sold_in_other_words(data, tic, template):
    ca = tic("canada")
    y = next(y for y in range(2021, 2015, -1)
             if ca[pd.Period(f"{y}-12", "M")] < ca[pd.Period(f"{y - 1}-12", "M")] * 0.97)
    a, b = ca[pd.Period(f"{y - 1}-12", "M")], ca[pd.Period(f"{y}-12", "M")]
    pct = 100 * (a - b) / a
    text = template.format(pct=f"{pct:.1f}", y=y)
    rec = claim_containing(check_text(text, date=f"{y + 1}-03-10", store=data), f"{pct:.1f}")
    assert rec["verdict"] == "supported", rec["explanation"]


# 3f7b612: 'a 0.9 percent hike' is a rise ------------------------------------------------------------------------------


def test_a_hike_of_another_holder_in_other_words(data, tic):
    ind = tic("india")
    p = next(p for p in reversed(ind.index) if p <= P and ind[p] > ind[p - 1] * 1.005)
    pct = 100 * (ind[p] - ind[p - 1]) / ind[p - 1]
    text = f"India's Treasury holdings rose to {usd_bn(ind[p])} in {p.strftime('%B %Y')}, after a {pct:.1f}% hike."
    rec = claim_containing(check_text(text, date=(p + 2).strftime("%Y-%m-25"), store=data), f"{pct:.1f}%")
    assert rec["verdict"] == "supported", rec["explanation"]


def test_a_tax_hike_is_no_holdings_move(data, tic):
    # must not fire: a hike of something other than holdings, beside a holdings level
    jp = tic("japan")
    text = f"Japan held {usd_bn(jp[P])} of Treasuries in June, ahead of a 2 percent sales tax hike."
    res = check_text(text, date=D, store=data)
    assert all(not (r["claim"].startswith("2 percent") and r["verdict"] == "contradicted") for r in res), res


# 3b50bdb numbers: 'went up to' is a level reached, not 'at most' --------------------------------------------------------


@pytest.mark.parametrize("verb", ["edged up to", "inched up to", "climbed up to", "ticked up to", "rebounded up to"])
def test_a_move_up_to_a_level_in_other_words(data, tic, verb):
    ca = tic("canada")
    rec = claim_containing(check_text(f"Canada's Treasury holdings {verb} {usd_bn(ca[P])} in June.", date=D, store=data),
                           usd_bn(ca[P]))
    assert (rec["measure"], rec["verdict"]) == ("holdings_level", "supported"), rec["explanation"]


def test_up_to_a_ceiling_stays_at_most(data):
    # must not fire: 'up to' after no move verb is a ceiling
    from ustflow.check.numbers import find_amounts

    ams = find_amounts("The ministry could buy up to $50 billion of bonds.")
    assert any(a.qualifier == "at_most" for a in ams), ams


# 8a754c1 roles: a record trade is the trade's size --------------------------------------------------------------------


@pytest.mark.parametrize("template", ["Canada {verb} a record {ch} of Treasuries in June.",
                                      "In June, Canada {verb} an unprecedented {ch} in U.S. government debt."])
def test_a_record_trade_in_other_words(data, tic, template):
    ca = tic("canada")
    ch = ca[P] - ca[P - 1]
    text = template.format(verb="bought" if ch > 0 else "sold", ch=usd_bn(ch))
    rec = claim_containing(check_text(text, date=D, store=data), usd_bn(ch))
    assert rec["verdict"] == "supported" and rec["official_period"] == f"{P - 1} to {P}", rec["explanation"]


# 3da4ba7 / cb62f70 past_clauses: must not fire on a change counted from the since clause's month ----------------------


@pytest.mark.parametrize("template", [
    "Japan's holdings have {moved} by {ch} since they stood at {old} in November 2019.",
    "Japan has {moved2} its Treasury holdings by {ch} since November 2019, when they were {old}.",
])
def test_a_change_since_a_past_level_is_counted_from_it(data, tic, template):
    # the since clause's month is the change's base here: judged over the latest month it would be contradicted
    jp = tic("japan")
    old = pd.Period("2019-11", "M")
    ch = jp[P] - jp[old]
    text = template.format(moved="risen" if ch > 0 else "fallen", moved2="raised" if ch > 0 else "cut", ch=usd_bn(ch),
                           old=usd_bn(jp[old]))
    rec = claim_containing(check_text(text, date=D, store=data), usd_bn(ch))
    assert rec["verdict"] != "contradicted", rec["explanation"]
