"""`ustflow check` on which official series and sign a figure is judged against (issue 13, session 9): Japanese
capital-flow words (流出超 / 流入超) take their sign from the side (residents' money going abroad is a net purchase
of foreign securities); a bare MoF line (株式, 中長期債, 短期債) is on the side its sentence's 対外 / 対内 or its
investors name. Invented sentences in the shapes of real articles; official values from the loaded store."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read, by_claim, claim_containing, ja_oku, series, usd_bn_ja
from ustflow.views.check import check_text


def _oku(sid: str, month: str, store) -> int:
    return int(round(float(series(sid, store)[pd.Period(month, "M")])))


def _ja(v: int) -> str:
    """A MoF figure (100 million yen) as a Japanese article writes it, without its sign: 2兆1463億円, 388億円."""
    return ja_oku(abs(v), "円")


@pytest.mark.parametrize("month,date", [("2019-05", "2019-06-10"), ("2016-11", "2016-12-08")])
def test_an_outflow_of_residents_money_is_a_net_purchase_abroad_and_an_inflow_a_net_sale(data, loaded_store,
                                                                                        month, date):
    eq = _oku("mof.monthly.assets.equity.net", month, loaded_store)
    lt = _oku("mof.monthly.assets.lt_debt.net", month, loaded_store)
    word = {True: "流出超", False: "流入超"}
    m = int(month[5:])
    for text in (f"{m}月の対外証券投資は株式が{_ja(eq)}の{word[eq > 0]}、中長期債は{_ja(lt)}の{word[lt > 0]}だった。",
                 f"国内投資家の対外証券投資は、{m}月に中長期債が{_ja(lt)}の資金{word[lt > 0]}となった。"):
        r = check_text(text, date=date, store=data)
        rec = by_claim(r, _ja(lt))
        assert rec["series"] == "mof.monthly.assets.lt_debt.net" and rec["verdict"] == "supported", rec
    rec = by_claim(check_text(f"{m}月の対外証券投資は株式が{_ja(eq)}の{word[eq > 0]}だった。", date=date, store=data),
                   _ja(eq))
    assert rec["series"] == "mof.monthly.assets.equity.net" and rec["verdict"] == "supported", rec
    # the wrong way round is still caught
    rec = by_claim(check_text(f"{m}月の対外証券投資は中長期債が{_ja(lt)}の{word[lt < 0]}だった。", date=date, store=data),
                   _ja(lt))
    assert as_read(rec) == "contradicted", rec


def test_an_inflow_into_japanese_securities_stays_a_net_purchase(data, loaded_store):
    eq = _oku("mof.monthly.liabilities.equity.net", "2019-05", loaded_store)
    word = "流入超" if eq > 0 else "流出超"
    rec = by_claim(check_text(f"5月の対内証券投資は、株式が{_ja(eq)}の{word}だった。", date="2019-06-10", store=data),
                   _ja(eq))
    assert rec["series"] == "mof.monthly.liabilities.equity.net" and rec["verdict"] == "supported", rec


def test_a_bare_line_is_on_the_side_of_the_investors_named(data, loaded_store):
    lt = _oku("mof.monthly.liabilities.lt_debt.net", "2019-05", loaded_store)
    st = _oku("mof.monthly.liabilities.st_debt.net", "2019-05", loaded_store)
    way = {True: "買い越し", False: "売り越し"}
    text = f"5月の日本国債への海外投資家の投資は、中長期債が{_ja(lt)}の{way[lt > 0]}、短期債が{_ja(st)}の{way[st > 0]}となった。"
    r = check_text(text, date="2019-06-10", store=data)
    assert by_claim(r, _ja(lt))["series"] == "mof.monthly.liabilities.lt_debt.net"
    assert by_claim(r, _ja(st))["series"] == "mof.monthly.liabilities.st_debt.net"
    assert {by_claim(r, _ja(v))["verdict"] for v in (lt, st)} == {"supported"}


def test_a_stock_swap_is_no_stock_line(data):
    r = check_text("5月の海外投資家による米長期有価証券投資(株式スワップ等除く)は919億ドルの買い越しとなった。",
                   date="2017-07-19", store=data)
    rec = by_claim(r, "919億ドル")
    assert not (rec["series"] or "").startswith("mof."), rec


def test_about_in_japanese_is_about_not_just_over(data, loaded_store):
    v = float(series("tic.holdings.grand_total", loaded_store)[pd.Period("2023-09", "M")])
    for claimed in (v * 1.013, v * 0.987):  # within 2% either way: 約 is "about", not "just over"
        fig = f"約{int(claimed // 1000)}兆{int(round(claimed % 1000, -1)) * 10:04d}億ドル".replace("兆0", "兆")
        rec = by_claim(check_text(f"9月の外国勢全体の保有残高は{fig}となった。", date="2023-11-17", store=data), fig)
        assert rec["verdict"] == "supported", rec
    rec = by_claim(check_text("Foreign holdings stood at ~$7.51 trillion in September.", date="2023-11-17", store=data),
                   "~$7.51 trillion")
    assert rec["verdict"] == "supported", rec


@pytest.mark.parametrize("text,claim,rank", [
    ("The portfolio of Japan, the largest holder after China, fell in August.", "the largest holder", 2),
    ("Japan, the biggest foreign holder after China, cut its holdings in August.", "the biggest foreign holder", 2),
    ("Ireland, the largest holder after China and Japan, added to its holdings in August.", "the largest holder", 3),
])
def test_the_largest_holder_after_others_is_the_next_place(data, text, claim, rank):
    rec = by_claim(check_text(text, date="2016-10-20", store=data), claim)
    assert rec["claimed_value"] == rank and rec["verdict"] == "supported", rec


def test_after_as_a_conjunction_names_no_holder_ahead(data):
    rec = by_claim(check_text("Japan became the largest holder after China cut its holdings in August.",
                              date="2016-10-20", store=data), "the largest holder")
    assert rec["claimed_value"] == 1 and rec["verdict"] == "contradicted", rec


def _usd_ja(v: float) -> str:
    """USD bn as a Japanese article writes it, to 1億ドル: 1兆1525億ドル, 76億ドル."""
    return usd_bn_ja(abs(v), pad=True)


@pytest.mark.parametrize("holder,slug,month,date", [("日本", "japan", "2018-05", "2018-07-18"),
                                                   ("中国", "china_mainland", "2015-08", "2015-10-17")])
def test_a_net_trade_right_after_a_starting_level_is_the_move_of_holdings(data, loaded_store, holder, slug, month,
                                                                          date):
    h = series(f"tic.holdings.{slug}", loaded_store)
    p = pd.Period(month, "M")
    now, before = float(h[p]), float(h[p - 1])
    move = "買い越し" if now > before else "売り越し"
    m, m0 = p.month, (p - 1).month
    texts = [f"{m}月の{holder}の米国債保有額は{m0}月の{_usd_ja(before)}から{_usd_ja(now - before)}を{move}、"
             f"{_usd_ja(now)}となった。",
             f"{m}月の{holder}の米国債保有額は{_usd_ja(now)}で、{m0}月の{_usd_ja(before)}から{_usd_ja(now - before)}の"
             f"{move}となった。"]
    for text in texts:
        rec = by_claim(check_text(text, date=date, store=data), _usd_ja(now - before))
        assert rec["series"] == f"tic.holdings.{slug}" and rec["official_period"] == f"{p - 1} to {p}", rec
        assert rec["verdict"] == "supported", rec


def _weeks_of_sales(store, end: str, m: int) -> int:
    s = series("mof.weekly.liabilities.equity.net", store)
    past = s[s.index <= pd.Period(end, "W-SAT")].iloc[-m:]
    return int((past < 0).sum())


@pytest.mark.parametrize("tail", ["in 10.", "in 10 weeks, data showed.", "out of 10."])
def test_the_nth_week_of_a_kind_in_m_is_a_count_in_a_window_not_a_run(data, loaded_store, tail):
    k = _weeks_of_sales(loaded_store, "2024-09-21", 10)
    ords = {7: "seventh", 8: "eighth", 9: "ninth"}
    text = f"Foreign investors sold Japanese stocks in the week to Sept. 21, their {ords[k]} week of net selling {tail}"
    rec = claim_containing(check_text(text, date="2024-09-27", store=data), f"{ords[k]} week of net selling")
    assert rec["verdict"] == "supported" and rec["official_value"] == k, rec
    wrong = text.replace(ords[k], ords[k - 1])
    rec = claim_containing(check_text(wrong, date="2024-09-27", store=data), f"{ords[k - 1]} week of net selling")
    assert rec["verdict"] == "contradicted", rec


def test_a_year_or_an_amount_after_in_is_no_window(data):
    r = check_text("Foreign investors sold Japanese stocks last week, their sixth week of net selling in 2024.",
                   date="2024-09-27", store=data)
    rec = claim_containing(r, "sixth week of net selling")
    assert "in 2024" not in rec["claim"] and "net sales in the" not in rec["explanation"], rec


@pytest.mark.parametrize("side,who,what", [("liabilities", "Foreign investors'", "Japanese stocks"),
                                           ("assets", "Japanese investors'", "foreign stocks")])
def test_gross_buying_and_selling_are_moFs_gross_columns(data, loaded_store, side, who, what):
    wk = pd.Period("2011-03-19", "W-SAT")
    acq = float(series(f"mof.weekly.{side}.equity.acq", loaded_store)[wk])
    disp = float(series(f"mof.weekly.{side}.equity.disp", loaded_store)[wk])
    a, d = f"{acq / 10000:.2f} trillion yen", f"{disp / 10000:.2f} trillion yen"
    r = check_text(f"{who} gross buying of {what} was {a} in the week to March 19, and their gross selling was {d}.",
                   date="2011-03-25", store=data)
    assert by_claim(r, a)["series"] == f"mof.weekly.{side}.equity.acq" and by_claim(r, a)["verdict"] == "supported"
    assert by_claim(r, d)["series"] == f"mof.weekly.{side}.equity.disp" and by_claim(r, d)["verdict"] == "supported"


@pytest.mark.parametrize("text,before", [
    ("米財務省は、中国の2010年末の保有残高を8916億ドルから1兆1601億ドルに上方修正した。", "8916億ドル"),
    ("日本の2010年末の保有残高は8836億ドルから8823億ドルにやや下方修正された。", "8836億ドル"),
    ("中国の2010年末の保有残高は、見直し前の8916億ドルから1兆1601億ドルに増えた。", "8916億ドル"),
    ("China's holdings at the end of 2010 were revised up to $1.16 trillion from $891.6 billion.", "$891.6 billion"),
    ("China's end-2010 figure of $891.6 billion was revised up to $1.16 trillion.", "$891.6 billion"),
])
def test_the_figure_a_revision_replaced_is_an_earlier_print_not_a_wrong_level(data, text, before):
    rec = by_claim(check_text(text, date="2011-03-01", store=data), before)
    assert rec["verdict"] == "unverifiable" and "earlier print" in rec["explanation"], rec


@pytest.mark.parametrize("text", ["日本の米国債保有は6月に1年ぶりの大幅減少となった。",
                                  "日本の米国債保有残高は6月に6カ月ぶりの大幅な増加となった。",
                                  "Japan's holdings of Treasuries fell by the most in a year in June.",
                                  "Japan's Treasury holdings rose the most in six months in June."])
def test_a_look_back_on_a_move_ranks_the_monthly_changes_not_the_level(data, loaded_store, text):
    h = series("tic.holdings.japan", loaded_store)
    p = pd.Period("2018-06", "M")
    r = check_text(text, date="2018-08-16", store=data)
    rec = next(x for x in r if "ぶり" in x["claim"] or "the most" in x["claim"])
    assert rec["official_value"] == pytest.approx(float(h[p] - h[p - 1])), rec


def test_a_result_following_a_run_that_its_own_month_continues_counts_either_way(data, loaded_store):
    d = series("tic.holdings.china_mainland", loaded_store).diff().dropna()
    d = d[(d.index >= pd.Period("2016-01", "M")) & (d.index <= pd.Period("2019-12", "M"))]
    p = next(i for i in d.index[1:] if d[i] > 0 and d[i - 1] > 0)  # a rise continuing a rise
    k = 0
    while d[p - 1 - k] > 0:
        k += 1  # rises before p
    date = (p + 2).to_timestamp().strftime("%Y-%m-20")
    month = p.to_timestamp().strftime("%B %Y")

    def verdict(n: int) -> str:
        text = f"China became a bigger holder in {month}, following {n} consecutive months of gains in its holdings."
        return claim_containing(check_text(text, date=date, store=data), "consecutive months")["verdict"]

    assert verdict(k) == "supported" and verdict(k + 1) == "supported"
    assert verdict(k + 3) == "contradicted"


@pytest.mark.parametrize("template", ["Japan's holdings rose in June, while the growth of China's holdings was limited to {x}.",
                                      "The increase in China's holdings was {x} in June.",
                                      "The rise in China's Treasury holdings in June amounted to only {x}."])
def test_a_move_named_as_the_subject_makes_its_complement_the_change(data, loaded_store, template):
    h = series("tic.holdings.china_mainland", loaded_store)
    p = pd.Period("2019-06", "M")
    x = f"${h[p] - h[p - 1]:.1f} billion"
    rec = by_claim(check_text(template.format(x=x), date="2019-08-16", store=data), x)
    assert rec["official_period"] == "2019-05 to 2019-06" and rec["verdict"] == "supported", rec


@pytest.mark.parametrize("text,fig", [
    ("Belgium bought {chg} of U.S. treasuries in March.", "{chg}"),
    ("Russia cut its exposure to U.S. sovereign debt by a staggering {pct} in March.", "{pct}"),
    ("Russia reduced its holdings of U.S. treasuries by a hefty {pct} in March.", "{pct}"),
])
def test_lower_case_treasuries_and_a_change_by_an_adjective(data, loaded_store, text, fig):
    slug = "belgium" if text.startswith("Belgium") else "russia"
    h = series(f"tic.holdings.{slug}", loaded_store)
    p = pd.Period("2014-03", "M")
    vals = {"chg": f"${h[p] - h[p - 1]:.1f} billion", "pct": f"{abs(100 * (h[p] / h[p - 1] - 1)):.0f}%"}
    rec = by_claim(check_text(text.format(**vals), date="2014-05-19", store=data), fig.format(**vals))
    assert rec["series"] == f"tic.holdings.{slug}" and rec["verdict"] == "supported", rec


@pytest.mark.parametrize("verb", ["also increased their holdings, buying a net", "added to their holdings, purchasing a net"])
def test_a_yen_figure_a_trading_verb_takes_with_a_net_is_a_flow_beside_holdings_words(data, loaded_store, verb):
    lis = series("mof.monthly.lt_debt.life_insurers.net", loaded_store)
    its = series("mof.monthly.lt_debt.investment_trusts.net", loaded_store)
    p = next(m for m in pd.period_range("2022-01", "2024-12", freq="M") if lis[m] > 0 and its[m] > 0)
    a, b = f"{lis[p] / 10:.1f} billion yen", f"{its[p] / 10:.1f} billion yen"
    text = f"In {p.strftime('%B %Y')}, life insurers and investment trusts {verb} {a} and {b} of foreign bonds, respectively."
    r = check_text(text, date=(p + 1).to_timestamp().strftime("%Y-%m-25"), store=data)
    assert by_claim(r, a)["series"] == "mof.monthly.lt_debt.life_insurers.net"
    assert by_claim(r, b)["series"] == "mof.monthly.lt_debt.investment_trusts.net"
    assert {by_claim(r, x)["verdict"] for x in (a, b)} == {"supported"}


@pytest.mark.parametrize("month,date", [("2022-07", "2022-08-08"), ("2019-03", "2019-04-08")])
def test_the_net_of_both_sides_is_mofs_net_column_an_inflow_negative(data, loaded_store, month, date):
    v = _oku("mof.monthly.net_flows.total", month, loaded_store)
    word = "流入超" if v < 0 else "流出超"
    m = int(month[5:])
    for text in (f"{m}月の対外・対内証券投資のネット合計は{_ja(v)}の資金{word}となった。",
                 f"{m}月は、対外・対内証券投資のネット合計では{_ja(v)}の{word}だった。"):
        rec = by_claim(check_text(text, date=date, store=data), _ja(v))
        assert rec["series"] == "mof.monthly.net_flows.total" and rec["verdict"] == "supported", rec
    wrong = "流出超" if v < 0 else "流入超"
    rec = by_claim(check_text(f"{m}月の対外・対内証券投資のネット合計は{_ja(v)}の{wrong}だった。", date=date, store=data),
                   _ja(v))
    assert as_read(rec) == "contradicted", rec


@pytest.mark.parametrize("template", ["{m}月末の日中間の差は{gja}に広がった。", "{m}月の日中間の保有額の差は{gja}だった。",
                                      "The gap between China and Japan widened to {gen} in {month}.",
                                      "In {month} the difference between Japan's holdings and China's was {gen}."])
def test_the_gap_between_two_holders_is_its_size_whoever_leads(data, loaded_store, template):
    p = pd.Period("2012-06", "M")
    gap = abs(float(series("tic.holdings.china_mainland", loaded_store)[p] - series("tic.holdings.japan", loaded_store)[p]))
    vals = {"m": p.month, "month": p.strftime("%B %Y"), "gja": _usd_ja(gap), "gen": f"${gap:.1f} billion"}
    fig = vals["gja"] if "{gja}" in template else vals["gen"]
    rec = by_claim(check_text(template.format(**vals), date="2012-08-20", store=data), fig)
    assert rec["official_value"] == pytest.approx(gap) and rec["verdict"] == "supported", rec
    wrong = template.format(**{**vals, "gja": _usd_ja(gap * 2), "gen": f"${gap * 2:.1f} billion"})
    rec = by_claim(check_text(wrong, date="2012-08-20", store=data), _usd_ja(gap * 2) if "{gja}" in template
                   else f"${gap * 2:.1f} billion")
    assert rec["verdict"] == "contradicted", rec


def test_a_relative_clause_on_the_whole_is_not_the_named_holders_combined(data, loaded_store):
    g = series("tic.holdings.grand_total", loaded_store)
    p = pd.Period("2017-06", "M")
    chg, lvl = f"${g[p] - g[p - 1]:.1f} billion", f"${g[p] / 1000:.2f} trillion"
    r = check_text(f"China and Japan jointly account for a third of US government debt held abroad, which increased "
                   f"{chg} in June to reach {lvl} in total.", date="2017-08-16", store=data)
    for fig in (chg, lvl):
        rec = by_claim(r, fig)
        assert rec["series"] == "tic.holdings.grand_total" and rec["verdict"] == "supported", rec
    rec = by_claim(check_text("China and Japan together held $2.24 trillion of Treasuries in June.", date="2017-08-16",
                              store=data), "$2.24 trillion")
    assert rec["series"] == "tic.holdings.china_mainland+japan", rec


@pytest.mark.parametrize("lead", ["Those of Japan, the second-largest holder,", "Those of Japan", "That of Japan"])
def test_those_of_a_holder_after_holdings_are_its_holdings(data, loaded_store, lead):
    h = series("tic.holdings.japan", loaded_store)
    p = pd.Period("2012-05", "M")
    pct = f"{100 * (h[p] / h[p - 1] - 1):.1f} percent"
    r = check_text(f"Chinese holdings of Treasuries were little changed in May. {lead} climbed {pct}.",
                   date="2012-07-17", store=data)
    rec = by_claim(r, pct)
    assert rec["series"] == "tic.holdings.japan" and rec["verdict"] == "supported", rec


@pytest.mark.parametrize("text", [
    "Foreigners bought a net {chg} of Treasuries in May, bringing their holdings to a record {lvl}.",
    "Foreign holdings of Treasuries rose {chg} in May to a new record {lvl}.",
])
def test_a_bare_record_before_a_figure_is_about_that_figure(data, loaded_store, text):
    g = series("tic.holdings.grand_total", loaded_store)
    p = pd.Period("2012-05", "M")
    vals = {"chg": f"${g[p] - g[p - 1]:.1f} billion", "lvl": f"${g[p] / 1000:.3f} trillion"}
    r = check_text(text.format(**vals), date="2012-07-17", store=data)
    rec = claim_containing(r, "record")
    assert rec["official_value"] == pytest.approx(float(g[p])) and rec["verdict"] == "supported", rec


def test_net_purchases_rising_to_trillions_are_the_holdings_misnamed(data, loaded_store):
    g = series("tic.holdings.grand_total", loaded_store)
    p = pd.Period("2012-05", "M")
    chg, lvl = f"${g[p] - g[p - 1]:.1f} billion", f"${g[p] / 1000:.3f} trillion"
    r = check_text(f"Net foreign purchases of Treasuries increased {chg} to {lvl} in May.", date="2012-07-17",
                   store=data)
    assert {by_claim(r, x)["series"] for x in (chg, lvl)} == {"tic.holdings.grand_total"}
    assert {by_claim(r, x)["verdict"] for x in (chg, lvl)} == {"supported"}


def test_a_high_of_the_yen_is_a_low_of_dollar_yen(data, loaded_store):
    fx = series("fred.dexjpus", loaded_store)
    # the latest day whose USD/JPY is the lowest of the year to it: a high of the yen
    day = next(d for d in reversed(fx[fx.index >= pd.Timestamp("2020-01-01")].index)
               if fx[d] < fx[(fx.index > d - pd.DateOffset(months=13)) & (fx.index < d)].min())
    when = f"{day:%B} {day.day}, {day.year}"
    date = f"{day + pd.Timedelta(days=10):%Y-%m-%d}"
    last = fx[(fx.index < day) & (fx <= fx[day])].index[-1]
    n = round((day - last).days / 30.4375)  # the months back to the last lower USD/JPY: an n-month high of the yen
    r = check_text(f"The yen rose to a {n}-month high against the dollar on {when}.", date=date, store=data)
    assert claim_containing(r, f"{n}-month high")["verdict"] == "supported"
    r = check_text(f"The dollar fell to a {n}-month low against the yen on {when}.", date=date, store=data)
    assert claim_containing(r, f"{n}-month low")["verdict"] == "supported"
    r = check_text(f"The yen fell to a {n}-month low against the dollar on {when}.", date=date, store=data)
    assert as_read(claim_containing(r, f"{n}-month low")) == "contradicted"


@pytest.mark.parametrize("text,claim,slug", [
    ("China Ousts Japan as Biggest Holder of US Treasuries", "as Biggest Holder", "china_mainland"),
    ("China ousted Japan as the largest foreign holder in June.", "as the largest foreign holder in June", "china_mainland"),
    ("6月の米国債保有額は最大の中国と第2位の日本がそれぞれ増やした。", "第2位", "japan"),
])
def test_the_holder_a_place_belongs_to(data, text, claim, slug):
    rec = by_claim(check_text(text, date="2017-08-16", store=data), claim)
    assert rec["series"] == f"tic.holdings.{slug}" and rec["verdict"] == "supported", rec


def test_an_extreme_of_any_month_of_a_daily_series_compares_month_end_closes(data, loaded_store):
    y = series("fred.dgs10", loaded_store)
    closes = y.groupby(y.index.to_period("M")).last()
    ch = closes.diff().dropna()
    p = pd.Period("2023-03", "M")
    last_bigger = ch[(ch.index < p) & (ch <= ch[p])].index[-1]  # the last month that fell as much or more
    bp = f"{abs(ch[p]) * 100:.1f} basis points"
    since = last_bigger.strftime("%B %Y")
    for tail in (f"the most of any month since {since}", f"the biggest monthly fall since {since}"):
        r = check_text(f"Yields on 10-year Treasury notes dropped {bp} last month, {tail}.", date="2023-04-10",
                       store=data)
        rec = claim_containing(r, "since")
        assert rec["verdict"] == "supported" and rec["official_value"] == pytest.approx(ch[p]), rec
    earlier = (last_bigger - 3).strftime("%B %Y")  # an earlier start: the bigger fall lies inside the window
    r = check_text(f"Yields on 10-year Treasury notes dropped {bp} last month, the most of any month since {earlier}.",
                   date="2023-04-10", store=data)
    assert as_read(claim_containing(r, "since")) == "contradicted"


def test_the_yens_low_beside_an_intervention_is_the_yens_and_of_its_most_extreme_day(data, loaded_store):
    r = check_text("Japanese authorities spent 5.53 trillion yen intervening in the foreign exchange market in July 2024 "
                   "to pull the yen off 38-year lows.", date="2024-09-18", store=data)
    rec = claim_containing(r, "38-year lows")
    fx = series("fred.dexjpus", loaded_store)
    july = fx[(fx.index >= pd.Timestamp("2024-07-01")) & (fx.index <= pd.Timestamp("2024-07-31"))]
    assert rec["series"] == "fred.dexjpus" and rec["verdict"] == "unverifiable", rec  # the store begins in 2018
    assert f"{july.max():.1f}" in rec["explanation"], rec  # July's weakest yen, not the month's last close


def test_a_high_said_of_a_week_of_a_daily_series_is_the_weeks_highest_close(data, loaded_store):
    y = series("fred.dgs10", loaded_store)
    wk = y[(y.index >= pd.Timestamp("2023-10-16")) & (y.index <= pd.Timestamp("2023-10-20"))]
    r = check_text("The 10-year Treasury yield hit its highest since 2007 in the week to Oct. 20, 2023.",
                   date="2023-10-25", store=data)
    rec = claim_containing(r, "since 2007")
    assert rec["official_value"] == pytest.approx(float(wk.max())) or f"{wk.max():.2f}" in rec["explanation"], rec


@pytest.mark.parametrize("text", [
    "Foreign investors sold a net 1.64 trillion yen of equities in the week ending September 29, according to data "
    "from Japanese exchanges, the most weekly net selling since March 17.",
    "Foreign investors bought Japanese equities worth a net 1.07 trillion yen, which was their largest weekly net "
    "purchase since Nov. 13, data from Japanese exchanges showed.",
])
def test_a_record_of_an_exchange_figure_is_not_judged_on_mof(data, text):
    r = check_text(text, date="2023-10-05", store=data)
    rec = claim_containing(r, "since")
    assert rec["verdict"] == "unverifiable" and not (rec["series"] or "").startswith("mof."), rec


def test_japanese_before_a_market_noun_names_no_holder():
    from ustflow.check.subjects import find_subjects

    assert find_subjects("according to data from Japanese exchanges") == []
    assert find_subjects("the Japanese economy slowed") == []
    assert [m.slug for m in find_subjects("The Japanese sold foreign bonds")] == ["japan"]


def test_a_superlative_on_a_figure_over_a_year_names_its_largest_month_not_the_sum(data, loaded_store):
    s = series("mof.monthly.liabilities.equity.net", loaded_store)
    y = s[(s.index >= pd.Period("2022-01", "M")) & (s.index <= pd.Period("2022-12", "M"))]
    low = float(y.min())  # the largest monthly net sale of 2022
    fig = f"{abs(low) / 10000:.2f} trillion yen"
    r = check_text(f"Foreign investors sold Japanese equities in several months, with the biggest {fig} withdrawal "
                   f"seen in 2022.", date="2023-02-10", store=data)
    rec = by_claim(r, fig)
    assert rec["official_value"] == pytest.approx(low) and rec["verdict"] == "supported", rec
    r = check_text(f"Foreign investors sold a net {fig} of Japanese equities in 2022.", date="2023-02-10", store=data)
    assert by_claim(r, fig)["official_value"] != pytest.approx(low)  # a plain figure for the year is its sum
