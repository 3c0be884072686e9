"""`ustflow check` on TIC's monthly flows by kind of security told in Japanese with no holder named (対米証券投資統計
stories: "米社債は…ドルの買い越し", "米国株は…ドルの流出", "2月は…ドルの売り越しだった" after a Treasury flow): all
foreigners' Form S net purchases of the kind named nearest before the figure, or of the flow told just before it.
Invented sentences; the expected values are the store's own."""

from __future__ import annotations

import pytest

from tests.helpers import as_read, by_claim, series
from ustflow.views.check import check_text


def _net(store, kind: str, month: str) -> float:
    """All foreigners' Form S net purchases of one kind in ``month``, USD mn."""
    import pandas as pd

    gp = series(f"tic.forms.grand_total.gross_purchases_{kind}", store)
    gs = series(f"tic.forms.grand_total.gross_sales_{kind}", store)
    return float((gp - gs)[pd.Period(month, "M")])


def _ja(mn: float) -> str:
    """USD mn as a Japanese figure: 17,310 -> '173億1000万ドル'."""
    man = round(abs(mn) * 100)
    oku, rest = divmod(man, 10_000)
    return f"{oku}億{rest}万ドル" if rest else f"{oku}億ドル"


def _trade(mn: float) -> str:
    return "買い越し" if mn > 0 else "売り越し"


def test_each_kind_named_before_the_figure(data, loaded_store):
    corp, stocks, agency = (_net(loaded_store, k, "2018-05") for k in ("corporate_bonds", "us_stocks", "agency"))
    text = (f"米財務省が発表した5月の対米証券投資統計で、米国社債は{_ja(corp)}の{_trade(corp)}となった。"
            f"一方、米国の株式は{_ja(stocks)}の{'流入' if stocks > 0 else '流出'}。"
            f"米政府機関債も{_ja(agency)}の{_trade(agency)}だった。")
    recs = check_text(text, date="2018-07-17", store=data)
    for fig, what in ((_ja(corp), "corporate bonds"), (_ja(stocks), "US stocks"), (_ja(agency), "agency")):
        rec = by_claim(recs, fig)
        assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("tic_prose_flow", "supported", "2018-05")
        assert what in rec["explanation"]


def test_the_wrong_direction_is_contradicted(data, loaded_store):
    stocks = _net(loaded_store, "us_stocks", "2016-08")
    text = f"8月の対米証券投資統計によると、米株式は{_ja(stocks)}の{_trade(-stocks)}だった。"
    rec = by_claim(check_text(text, date="2016-10-18", store=data), _ja(stocks))
    assert (rec["measure"], as_read(rec)) == ("tic_prose_flow", "contradicted")


def test_the_month_before_another_figure(data, loaded_store):
    now, before = _net(loaded_store, "corporate_bonds", "2019-04"), _net(loaded_store, "corporate_bonds", "2019-03")
    other = _net(loaded_store, "corporate_bonds", "2019-02")
    # 前月 of the figure told before it (April's), not of the month the story named last (February)
    text = (f"対米証券投資統計によると、2月は米国債が売り越しだった。米社債は{_ja(now)}の{_trade(now)}となり、"
            f"{_trade(now)}額は前月の{_ja(before)}から変化した。")
    recs = check_text(text, date="2019-06-17", store=data)
    assert by_claim(recs, _ja(before))["official_period"] == "2019-03"
    # "XからYに": the figure before から is the month before the other's
    text = f"対米証券投資統計で、4月の米社債への流入額は{_ja(before)}から{_ja(now)}に変わった。"
    recs = check_text(text, date="2019-06-17", store=data)
    assert (by_claim(recs, _ja(before))["official_period"], by_claim(recs, _ja(now))["official_period"]) == \
        ("2019-03", "2019-04")
    assert _ja(other) != _ja(before)


def test_a_figure_naming_no_security_carries_the_flow_before_it(data, loaded_store):
    mar, feb = _net(loaded_store, "treasury", "2017-03"), _net(loaded_store, "treasury", "2017-02")
    text = (f"米財務省が発表した3月の対米証券投資統計によると、海外投資家による米財務省証券投資は{_ja(mar)}の{_trade(mar)}。"
            f"2月は{_ja(feb)}の{_trade(feb)}だった。")
    rec = by_claim(check_text(text, date="2017-05-16", store=data), _ja(feb))
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("tic_prose_flow", "supported", "2017-02")
    assert rec["series"] == "tic.forms.grand_total.treasury_net"


@pytest.mark.parametrize("text", [
    # Japan's own investors, in yen (the balance of payments): not foreigners' Form S flows
    "財務省が発表した3月の国際収支統計によると、国内投資家による米国株の買越額は2兆1239億円だった。",
    # a part of all foreigners named (private investors, official institutions): not carried
    "3月の対米証券投資統計によると、海外投資家による米国債投資は243億ドルの買い越し。海外の民間投資家は329億ドルの買い越しだった。",
    # a holder of its own
    "3月の対米証券投資統計によると、中国は米国株を32億ドル売り越した。",
    # not a story about TIC
    "米国株は32億ドルの売り越しだった。",
])
def test_not_read_as_all_foreigners_form_s(data, text):
    recs = check_text(text, date="2017-05-16", store=data)
    assert all(r["measure"] != "tic_prose_flow" for r in recs), [(r["claim"], r["measure"]) for r in recs]


def test_a_record_since_the_statistics_began_is_one_over_all_the_data(data, loaded_store):
    """A record over all the data is "the largest since the statistics began", whatever start the article gives
    them; a record said to be the largest since a month that is no start of the data is understated."""
    import pandas as pd

    net = series("tic.forms.grand_total.gross_purchases_us_stocks", loaded_store) - \
        series("tic.forms.grand_total.gross_sales_us_stocks", loaded_store)
    low = net.idxmin()
    assert low == pd.Period("2022-03", "M")  # the largest net sale of US stocks in the data
    fig = _ja(float(net[low]))
    story = "米財務省が発表した3月の対米証券投資統計によると、米国債は売り越しだった。"
    text = f"{story}一方、米国株は{fig}の流出で、流出額は1980年1月の統計開始以来最大となった。"
    rec = by_claim(check_text(text, date="2022-05-17", store=data), "1980年1月の統計開始以来最大となった")
    assert rec["verdict"] == "supported"
    text = f"{story}一方、米国株は{fig}の流出で、流出額は2020年1月以来最大となった。"
    rec = by_claim(check_text(text, date="2022-05-17", store=data), "2020年1月以来最大となった")
    assert as_read(rec) == "contradicted"


def _run(store, kind: str, end: str) -> tuple[int, int]:
    """(months in a row to ``end`` with the sign of ``end``'s Form S net purchases of ``kind``, that sign)."""
    import pandas as pd

    net = series(f"tic.forms.grand_total.gross_purchases_{kind}", store) - \
        series(f"tic.forms.grand_total.gross_sales_{kind}", store)
    net = net[net.index <= pd.Period(end, "M")]
    sign = 1 if net.iloc[-1] > 0 else -1
    n = 0
    for v in reversed(net.tolist()):
        if v * sign <= 0:
            break
        n += 1
    return n, sign


def test_a_run_told_after_a_flow_is_that_flows(data, loaded_store):
    """"…の買い越し。…買い越しはN カ月連続": the run of the flow told before it (Form S of its kind), not MoF's."""
    n, sign = _run(loaded_store, "us_stocks", "2021-01")
    v = _net(loaded_store, "us_stocks", "2021-01")
    text = (f"米財務省が発表した1月の対米証券投資統計によると、海外勢による米国株投資は{_ja(v)}の{_trade(v)}。"
            f"{_trade(v)}は{n}カ月連続となった。")
    rec = by_claim(check_text(text, date="2021-03-16", store=data), f"{n}カ月連続")
    assert (rec["verdict"], rec["series"]) == ("supported", "tic.forms.grand_total.us_stocks_net")
    assert sign > 0 and n > 1


def test_the_starting_figure_of_a_flow_pair_is_the_same_flow_a_month_before(data, loaded_store):
    """"米国債への純流入額はXドルで、Yドルから減少した": Y is the same flow in the month before (it was read as a
    holdings level); a figure naming its own month keeps it ("2月のYドルから"); a level that is no pair's start
    ("…の買い越し。保有高はYドル") is not read so."""
    mar, feb = _net(loaded_store, "treasury", "2022-03"), _net(loaded_store, "treasury", "2022-02")
    story = "米財務省が発表した3月の対米証券投資統計によると、"
    text = f"{story}米国債への海外からの純流入額は{_ja(mar)}で、{_ja(feb)}から変化した。"
    rec = by_claim(check_text(text, date="2022-05-17", store=data), _ja(feb))
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("tic_prose_flow", "supported", "2022-02")
    text = f"{story}3月の米国債投資の買い越し額は{_ja(mar)}となり、2月の{_ja(feb)}から変化した。"
    rec = by_claim(check_text(text, date="2022-05-17", store=data), _ja(feb))
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2022-02")
    text = f"{story}米国債への海外からの純流入額は{_ja(mar)}。日本の米国債保有高は1兆2320億ドルだった。"
    rec = by_claim(check_text(text, date="2022-05-17", store=data), "1兆2320億ドル")
    assert rec["measure"] != "tic_prose_flow"
