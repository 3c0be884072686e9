"""`ustflow check`: judging rules that keep true claims from being called contradicted (issue 13, session 7):
the rank a holder went "from", a run of months as the top holder, ... Invented sentences; the expected
ranks and runs are computed here from the loaded TIC table (the real mirror files)."""

from __future__ import annotations

import pandas as pd
import pytest

import ustflow
from tests.helpers import by_claim
from ustflow.views.check import check_text


def _month_where(ranks, slug, now, before):
    """The latest month where ``slug`` ranked ``now`` after ranking ``before`` the month before."""
    r = ranks[slug].dropna()
    for p in reversed(r.index[1:]):
        if r[p] == now and r.get(p - 1) == before:
            return p
    pytest.skip(f"no month where {slug} went from {before} to {now}")


WORD = {1: "largest", 2: "second largest", 3: "third largest", 4: "fourth largest"}


def test_from_a_rank_to_another_reads_the_first_rank_the_month_before(data, ranks):
    # "has gone from being the second largest creditor to the third": second in the month before, third now
    p = _month_where(ranks, "china_mainland", 3, 2)
    text = (f"In {p.strftime('%B %Y')}, China has gone from being the {WORD[2]} creditor of the United States to "
            f"the {WORD[3]} creditor.")
    r = check_text(text, date=str((p + 2).end_time.date()), store=data)
    was = by_claim(r, f"the {WORD[2]} creditor")
    assert was["verdict"] == "supported", was["explanation"]
    assert was["official_period"] == str(p - 1)
    assert by_claim(r, f"the {WORD[3]} creditor")["verdict"] == "supported"


def test_from_a_rank_it_did_not_hold_is_still_contradicted(data, ranks):
    p = _month_where(ranks, "china_mainland", 3, 2)
    text = (f"In {p.strftime('%B %Y')}, China has gone from being the {WORD[4]} creditor of the United States to "
            f"the {WORD[3]} creditor.")
    r = check_text(text, date=str((p + 2).end_time.date()), store=data)
    assert by_claim(r, f"the {WORD[4]} creditor")["verdict"] == "contradicted"


def _top_run(ranks, slug):
    """(month, run length) at the end of the latest run of 3 to 30 months at rank 1 of ``slug`` that began
    after the data did."""
    r = ranks[slug].dropna()
    best, k = (None, 0), 0
    for i, p in enumerate(r.index):
        k = k + 1 if r[p] == 1 else 0
        if 3 <= k <= 30 and k <= i and (i + 1 == len(r) or r.iloc[i + 1] != 1):
            best = (p, k)
    return best


def test_months_in_a_row_at_the_top_count_the_rank_not_the_rises(data, ranks):
    # "10カ月連続でトップを保った": ten months as the largest holder, whatever the holdings did month to month
    p, k = _top_run(ranks, "japan")
    assert k >= 3
    text = f"{p.year}年{p.month}月の国別の米国債保有残高で日本は{k}カ月連続でトップを保った。"
    r = check_text(text, date=str((p + 2).end_time.date()), store=data)
    got = [x for x in r if "連続" in x["claim"]]
    assert got and got[0]["verdict"] == "supported", [(x["claim"], x["verdict"], x["explanation"]) for x in r]
    assert got[0]["official_value"] == k
    wrong = check_text(text.replace(f"{k}カ月連続", f"{k + 2}カ月連続"), date=str((p + 2).end_time.date()), store=data)
    got = [x for x in wrong if "連続" in x["claim"]]
    assert got and got[0]["verdict"] == "contradicted"


@pytest.fixture(scope="module")
def life(loaded_store):
    """Life insurers' and all residents' monthly net purchases of foreign long-term debt, and the gross columns
    (JPY 100mn)."""
    get = lambda sid: ustflow.series(sid, store=loaded_store).dropna()  # noqa: E731
    return {k: get(f"mof.monthly.{sid}") for k, sid in (
        ("net", "lt_debt.life_insurers.net"), ("acq", "lt_debt.life_insurers.acq"),
        ("disp", "lt_debt.life_insurers.disp"), ("all", "assets.lt_debt.net"))}


def _month_of(life, want):
    p = next((p for p in reversed(life["net"].index) if want(p)), None)
    if p is None:
        pytest.skip("no such month in the store")
    return p


def _life_net_in_a_story_about(who: str, data, life) -> dict:
    """The checker's row for "<month>月は<life insurers' net>億円の買い越しだった" after a sentence naming ``who``,
    in a month when life insurers bought and all residents sold."""
    p = _month_of(life, lambda p: life["net"][p] > 0 > life["all"][p] and p.year >= 2010)
    text = (f"財務省によると、{who}の海外の中長期債の売買は{p.month}月も注目された。\n\n"
            f"{p.month}月は{int(life['net'][p])}億円の買い越しだった。")
    r = check_text(text, date=str((p + 1).end_time.date()), store=data)
    return [x for x in r if x["claim"].endswith("億円")][0]


def test_a_sentence_naming_no_investor_in_a_story_about_one_is_about_that_investor(data, life):
    # a story about life insurers: "4月は4379億円の買い越しだった" is theirs, not all residents' (who sold that month)
    got = _life_net_in_a_story_about("生命保険会社", data, life)
    assert got["verdict"] == "supported", got["explanation"]
    assert got["series"] == "mof.monthly.lt_debt.life_insurers.net"
    assert "the one investor type the article names before it" in got["explanation"]


def test_a_story_naming_two_investor_types_keeps_the_total(data, life):
    got = _life_net_in_a_story_about("生命保険会社と銀行", data, life)
    assert got["series"] != "mof.monthly.lt_debt.life_insurers.net"


def test_a_purchase_and_a_sale_beside_a_net_figure_are_gross(data, life):
    # "X億円を購入した一方、Y億円を売却したことから、差し引きZ億円の売り越し": X and Y are MoF's gross columns
    p = _month_of(life, lambda p: life["net"][p] < 0 and p.year >= 2010)
    acq, disp, net = int(life["acq"][p]), int(life["disp"][p]), int(-life["net"][p])
    text = (f"生命保険会社は{p.month}月に{acq}億円の国外の中長期債を購入した一方、{disp}億円を売却したことから、"
            f"差し引き{net}億円の売り越しとなった。")
    r = check_text(text, date=str((p + 1).end_time.date()), store=data)
    by = {x["claim"]: x for x in r}
    assert by[f"{acq}億円"]["verdict"] == "supported", by[f"{acq}億円"]["explanation"]
    assert by[f"{acq}億円"]["series"].endswith(".acq")
    assert by[f"{disp}億円"]["verdict"] == "supported"
    assert by[f"{disp}億円"]["series"].endswith(".disp")
    assert by[f"{net}億円"]["series"].endswith(".net") and by[f"{net}億円"]["verdict"] == "supported"


def test_round_oku_yen_are_rounded_to_their_last_nonzero_digit(data, life):
    # "4000億円" is to ¥100 billion (MoF printing 4,379), as "$1.1 trillion" is to the hundred billion
    p = _month_of(life, lambda p: 1000 < life["net"][p] and int(life["net"][p]) % 1000 >= 100 and p.year >= 2010)
    v = int(life["net"][p])
    rounded = f"{(v // 1000) * 1000}億円"
    text = f"生命保険会社は{p.month}月に{rounded}の外国中長期債を買い越した。"
    r = check_text(text, date=str((p + 1).end_time.date()), store=data)
    assert by_claim(r, rounded)["verdict"] == "supported", by_claim(r, rounded)["explanation"]
    # digits that are not zeros are read exactly
    off = f"{(v // 1000) * 1000 + 1}億円" if int(life["net"][p]) % 1000 > 2 else f"{v + 3}億円"
    r = check_text(f"生命保険会社は{p.month}月に{off}の外国中長期債を買い越した。", date=str((p + 1).end_time.date()),
                   store=data)
    assert by_claim(r, off)["verdict"] == "contradicted"


def test_the_banking_sector_is_deposit_taking_corporations(data, loaded_store):
    # "銀行部門" (MoF's 預金取扱機関): banks' and trust banks' banking accounts together, not banks alone
    dt = ustflow.series("mof.monthly.lt_debt.deposit_taking.net", store=loaded_store).dropna()
    banks = ustflow.series("mof.monthly.lt_debt.banks.net", store=loaded_store).dropna()
    p = next(p for p in reversed(dt.index) if dt[p] < 0 and abs(dt[p] - banks[p]) > 0.1 * abs(dt[p]))
    text = f"{p.year}年{p.month}月、銀行部門による中長期債の対外投資は{int(-dt[p])}億円の売り越しとなった。"
    got = [x for x in check_text(text, date=str((p + 1).end_time.date()), store=data) if x["claim"].endswith("億円")][0]
    assert got["series"] == "mof.monthly.lt_debt.deposit_taking.net"
    assert got["verdict"] == "supported", got["explanation"]


def test_a_streak_of_sales_above_a_size_counts_the_periods_beyond_it(data, loaded_store):
    # "2ヶ月連続して1兆円を超す売却": two months of net sales of more than ¥1 trillion, however long the sales ran
    s = ustflow.series("mof.monthly.assets.lt_debt.net", store=loaded_store).dropna()
    p = next((p for p in reversed(s.index[3:]) if s[p] < -10000 and s[p - 1] < -10000 and -10000 < s[p - 2] < 0),
             None)
    if p is None:
        pytest.skip("no such run in the store")
    text = (f"{p.year}年{p.month}月の対外中長期債投資は{int(-s[p])}億円の売り越しとなり、"
            f"2ヶ月連続して1兆円を超す外国債券の売却となった。")
    got = [x for x in check_text(text, date=str((p + 1).end_time.date()), store=data) if "連続" in x["claim"]][0]
    assert got["verdict"] == "supported", got["explanation"]
    assert got["official_value"] == 2


def test_a_relative_period_not_yet_released_is_read_as_the_latest_released(data, loaded_store):
    # "On April 19, the Treasury said ... The holdings fell by $X in the same month": the month of that day was not
    # out yet (TIC comes six weeks later); the month the release reported is the latest released by then
    s = ustflow.series("tic.holdings.china_mainland", store=loaded_store).dropna()
    p = pd.Period("2023-02", "M")
    fall = f"${s[p - 1] - s[p]:.1f} billion"
    text = (f"On April 19, the U.S. Treasury said China's holdings of U.S. Treasuries stood at ${s[p]:.1f} billion. "
            f"The holdings fell by {fall} in the same month.")
    got = by_claim(check_text(text, date="2023-04-19", store=data), fall)
    assert got["verdict"] == "supported", got["explanation"]
    assert got["official_period"].endswith("2023-02")
    assert "after the article: the latest period released by" in got["explanation"]
    # a period the words name outright stands, released or not
    named = by_claim(check_text(f"China's holdings of Treasuries were ${s[p]:.1f} billion in April, data showed on "
                                f"Wednesday.", date="2023-04-19", store=data), f"${s[p]:.1f} billion")
    assert named["official_period"] == "2023-04"


def test_a_later_period_the_words_name_stands_even_if_not_yet_released(data):
    # "In the following seven days ...": the words say the week after; the checker does not move it
    text = ("Japanese investors sold a net 2.57 trillion yen of foreign bonds in the week ending April 4. In the "
            "following seven days, Japanese investors sold another ¥511.9 billion of foreign bonds.")
    got = by_claim(check_text(text, date="2025-04-10", store=data), "¥511.9 billion")
    assert got["official_period"] == "2025-04-06..2025-04-12"


def test_an_intervention_total_allows_the_tables_rounding_of_each_operation(data, loaded_store):
    # the table gives each operation to the nearest JPY 1 bn (3,168 + 2,367 = 5,535); MoF's own total for the
    # period is 5兆5348億円: within half a billion per operation of the sum
    s = ustflow.series("mof.fx_intervention.amount", store=loaded_store).dropna()
    ops = s[(s.index >= "2024-06-27") & (s.index <= "2024-07-29")].abs()
    assert len(ops) == 2 and all(float(x).is_integer() for x in ops)
    total = float(ops.sum())

    def said(v):  # JPY bn -> "5兆5348億円"
        oku = round(v * 10)
        return f"{oku // 10000}兆{oku % 10000}億円"

    near, far = said(total - 0.2), said(total - 2.4)
    for fig, verdict in ((near, "supported"), (far, "contradicted")):
        text = f"財務省は6月27日から7月29日までの間に{fig}の為替介入を実施したと発表しました。"
        got = by_claim(check_text(text, date="2024-07-31", store=data), fig)
        assert got["verdict"] == verdict, (fig, got["explanation"])


def test_a_period_carried_from_one_named_outright_stands_even_if_not_yet_released(data, loaded_store):
    # "in December ..., while banks sold a net Y": the banks' month is the December the sentence names, released or
    # not by the date given; only a period said relative to another ("the same month") is re-read
    life = ustflow.series("mof.monthly.lt_debt.life_insurers.net", store=loaded_store).dropna()
    banks = ustflow.series("mof.monthly.lt_debt.banks.net", store=loaded_store).dropna()
    p = pd.Period("2024-12", "M")
    text = (f"Japanese life insurers were net {'buyers' if life[p] > 0 else 'sellers'} of foreign bonds in December, "
            f"at {abs(life[p]) / 10:.1f} billion yen, while banks {'bought' if banks[p] > 0 else 'sold'} a net "
            f"{abs(banks[p]) / 10:.1f} billion yen.")
    got = by_claim(check_text(text, date="2025-01-10", store=data), f"{abs(banks[p]) / 10:.1f} billion yen")
    assert got["official_period"] == "2024-12", got["explanation"]
    assert got["verdict"] == "supported"


def test_an_intervention_total_over_a_loose_span_is_given_the_operations_days(data, loaded_store):
    # "4月末から5月末にかけて9兆7885億円の介入": the official figure is the sum of the operations inside the span;
    # its period is their days, not the span the words draw around them
    s = ustflow.series("mof.fx_intervention.amount", store=loaded_store).dropna()
    ops = s[(s.index >= "2024-04-20") & (s.index <= "2024-05-31")].abs()
    oku = round(float(ops.sum()) * 10)
    fig = f"{oku // 10000}兆{oku % 10000}億円"
    got = by_claim(check_text(f"4月末から5月末にかけても{fig}の介入を実施していた。", date="2024-07-31", store=data), fig)
    assert got["verdict"] == "supported", got["explanation"]
    assert got["official_period"] == f"{ops.index[0]:%Y-%m-%d}..{ops.index[-1]:%Y-%m-%d}"


def test_a_run_within_a_span_is_some_run_of_that_length_inside_it(data, loaded_store):
    # "日本は今年に入って3ヶ月連続で米国債を購入し": a run of three rises somewhere in the year so far
    jp = ustflow.series("tic.holdings.japan", store=loaded_store).dropna()
    ch = jp.diff()[[p.year == 2020 and p.month <= 6 for p in jp.index]]
    runs, k = [], 0
    for i, p in enumerate(ch.index):
        k = k + 1 if ch[p] > 0 else 0
        if k and (i + 1 == len(ch) or ch.iloc[i + 1] <= 0):
            runs.append(k)
    n = max(runs)
    text = "米国財務省が17日に発表したデータによると、日本は今年に入って{}ヶ月連続で米国債を購入した。"
    got = [x for x in check_text(text.format(n), date="2020-08-18", store=data) if "連続" in x["claim"]][0]
    assert got["verdict"] == "supported", got["explanation"]
    got = [x for x in check_text(text.format(n + 1), date="2020-08-18", store=data) if "連続" in x["claim"]][0]
    assert got["verdict"] == "contradicted", got["explanation"]
