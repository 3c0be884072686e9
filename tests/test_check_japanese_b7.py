"""`ustflow check` on Japanese stories (issue 13, session 10, readings batch 7 showed missing): a change with its
yen conversion in brackets before the move word ("178億ドル(約2.28兆円)増額して"), all foreign holders named by a
relative clause ("外国が保有する米国債", "外国債権者が保有する米国債残高"), the press's 長期債 for MoF's 中長期債 and
the release's own name (対外及び対内証券売買契約等) naming neither side, and a look-back's start ("2005年1月以降で
最長", "2014年以来の最大") that is never the figure's own period. Invented sentences; expected values are the store's."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, oku, series
from ustflow.views.check import check_text

DATE = "2024-06-20"  # TIC for April 2024 was out (mid-June)


def yen(v_oku: float) -> str:
    """JPY 100mn as a Japanese yen figure: 16737 -> '1兆6737億円', 9070 -> '9070億円'."""
    n = round(abs(v_oku))
    return f"{n // 10000}兆{n % 10000}億円" if n >= 10000 else f"{n}億円"


@pytest.mark.parametrize("template", [
    "日本の米国債保有額は4月に{ch}(約{jpy}){up}して{lvl}(約160兆円)となった。",
    "4月の日本の米国債保有高は前月より{ch}（約{jpy}）{up2}し、{lvl}だった。",
    "日本の米国債保有残高は4月、{ch}(約{jpy}){up3}の{lvl}となった。",
])
def test_a_change_with_its_yen_conversion_before_the_move_word(template, data, loaded_store):
    jp = series("tic.holdings.japan", loaded_store)
    apr = pd.Period("2024-04", "M")
    ch, lvl = jp[apr] - jp[apr - 1], jp[apr]
    text = template.format(ch=oku(ch), jpy="2.8兆円", lvl=oku(lvl), up="増額" if ch > 0 else "減額",
                           up2="増加" if ch > 0 else "減少", up3="増" if ch > 0 else "減")
    r = check_text(text, date=DATE, store=data)
    change = by_claim(r, oku(ch))
    assert (change["measure"], change["verdict"], change["official_period"]) == \
        ("holdings_change", "supported", "2024-03 to 2024-04")
    assert change["direction"] == ("up/bought" if ch > 0 else "down/sold")
    assert by_claim(r, oku(lvl))["measure"] == "holdings_level"


@pytest.mark.parametrize("who", ["外国が保有する米国債は", "外国債権者が保有する米国債残高は", "海外投資家が保有している米国債は",
                                 "海外の債権者による保有額は"])
def test_all_foreign_holders_named_by_a_relative_clause(who, data, loaded_store):
    total = series("tic.holdings.grand_total", loaded_store)
    lvl = total[pd.Period("2024-04", "M")]
    r = check_text(f"2024年4月末時点で、{who}{oku(lvl)}に達した。", date=DATE, store=data)
    rec = by_claim(r, oku(lvl))
    assert (rec["series"], rec["verdict"], rec["official_period"]) == \
        ("tic.holdings.grand_total", "supported", "2024-04")


def test_the_press_long_term_bonds_are_mofs_medium_and_long_term_debt(data, loaded_store):
    lt = series("mof.monthly.liabilities.lt_debt.net", loaded_store)
    st = series("mof.monthly.liabilities.st_debt.net", loaded_store)
    m = pd.Period("2024-04", "M")
    a, b = lt[m], st[m]
    word = lambda v: "取得超" if v > 0 else "処分超"  # noqa: E731
    texts = [  # the release's name says 対外及び対内: the topic 対内証券投資 decides the side
        f"財務省が発表した4月の対外及び対内証券売買契約等の状況によると、対内証券投資については長期債が{yen(a)}の"
        f"{word(a)}、短期債が{yen(b)}の{word(b)}となっている。",
        f"海外投資家は4月、長期債を{yen(a)}{'買い越した' if a > 0 else '売り越した'}。",
    ]
    for text in texts:
        r = check_text(text, date="2024-05-20", store=data)
        rec = by_claim(r, yen(a))
        assert (rec["series"], rec["verdict"], rec["official_period"]) == \
            ("mof.monthly.liabilities.lt_debt.net", "supported", "2024-04"), rec["explanation"]
    rec = by_claim(check_text(texts[0], date="2024-05-20", store=data), yen(b))
    assert (rec["series"], rec["verdict"]) == ("mof.monthly.liabilities.st_debt.net", "supported")


def test_a_long_term_yield_is_no_bond_flow(data):
    r = check_text("4月の長期債利回りは0.9%に上昇した。", date="2024-05-20", store=data)
    assert all("lt_debt" not in (x["series"] or "") for x in r)


@pytest.mark.parametrize("tail", ["、買越額は統計を始めた2005年1月以降で最大となった。", "で、2014年以来の最大の買い越しだった。",
                                  "となり、これは2010年以降で初めての規模だ。"])
def test_a_look_back_start_is_not_the_figures_period(tail, data, loaded_store):
    w = series("mof.monthly.assets.equity.net", loaded_store)
    m = pd.Period("2024-04", "M")
    v = w[m]
    text = f"財務省によると、4月の対外株式投資は{yen(v)}の{'買い越し' if v > 0 else '売り越し'}{tail}"
    rec = by_claim(check_text(text, date="2024-05-20", store=data), yen(v))
    assert (rec["series"], rec["official_period"], rec["verdict"]) == ("mof.monthly.assets.equity.net", "2024-04",
                                                                       "supported")


def test_a_run_from_a_month_is_still_read_as_a_run(data):
    """"3月以降は2位": a place held from March on (the rule above leaves a run's start alone)."""
    r = check_text("中国は2024年3月以降は2位の保有国となっている。", date=DATE, store=data)
    assert any(x["kind"] == "rank" for x in r)


@pytest.mark.parametrize("span", ["4月から6月の間に", "4月から6月にかけて", "4月から6月まで"])
def test_a_span_of_months_without_a_year(span, data, loaded_store):
    """"4月から6月の間": the latest such span by the publication date (the closing word makes it a span; a bare
    "3月から" is the start of a change)."""
    iv = series("mof.fx_intervention.amount", loaded_store)
    total = iv[(iv.index >= "2024-04-01") & (iv.index <= "2024-06-30")].sum()  # JPY bn
    n = round(total * 10)
    text = f"財務省によると、政府・日銀が{span}行った円買いドル売りの為替介入は{n // 10000}兆{n % 10000}億円だった。"
    rec = by_claim(check_text(text, date="2024-08-08", store=data), f"{n // 10000}兆{n % 10000}億円")
    assert (rec["measure"], rec["verdict"]) == ("intervention", "supported"), rec["explanation"]


def test_a_span_of_months_sums_a_monthly_flow(data, loaded_store):
    lt = series("mof.monthly.assets.lt_debt.net", loaded_store)
    v = lt[pd.Period("2024-01", "M"):pd.Period("2024-03", "M")].sum()
    text = f"国内投資家は1月から3月にかけて対外中長期債を{yen(v)}{'買い越した' if v > 0 else '売り越した'}。"
    rec = by_claim(check_text(text, date="2024-05-20", store=data), yen(v))
    assert (rec["series"], rec["verdict"]) == ("mof.monthly.assets.lt_debt.net", "supported"), rec["explanation"]


@pytest.mark.parametrize("lead", ["4月29日の介入額は", "今回の介入総額は", "円買い介入の規模は"])
def test_an_earlier_days_intervention_named_after_the_amount_word(lead, data, loaded_store):
    iv = series("mof.fx_intervention.amount", loaded_store)
    v = iv[iv.index == "2022-10-21"].sum()
    n = round(v * 10)
    fig = f"{n // 10000}兆{n % 10000}億円"
    rec = by_claim(check_text(f"{lead}2022年10月21日の{fig}を超えた。", date="2024-08-08", store=data), fig)
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("intervention", "supported", "2022-10-21")


@pytest.mark.parametrize("second", ["3月の保有額は22年7月以降初めて増加していた。", "中国の3月の米国債保有額は2022年7月以来初めて増加した。",
                                    "3月の中国の保有高は、22年7月以来初めての増加だった。"])
def test_first_since_a_date_after_a_month_named_with_its_topic(second, data):
    """"3月の保有額は22年7月以降初めて増加": the look-back counts from July 2022 and the rise is March's (the month
    named with the topic is not the date counted from)."""
    text = f"米財務省が15日公表した4月の対米証券投資統計によると、中国の米国債保有額は8689億ドルだった。{second}"
    r = check_text(text, date="2023-06-16", store=data)
    rec = next(x for x in r if x["measure"] == "first_since")
    assert (rec["official_period"], rec["verdict"]) == ("2023-03", "supported"), rec["explanation"]
    assert "2022-07" in rec["explanation"]


@pytest.mark.parametrize("text, place", [
    ("日本の米国債保有残高は2019年6月、中国を抜いて世界1位となった。", 1),
    ("2019年6月、日本は依然として米国債保有量トップの国だった。", 1),
    ("中国は2019年6月、日本に抜かれて2位となり、", 2),
    ("2019年6月の米国債保有量で、中国は2位となっている。", 2),
])
def test_a_place_reached_with_to_naru_or_held_by_quantity(text, place, data):
    """"世界1位となった" (と as に before なる), "保有量トップ" (the quantity held, as 保有額)."""
    r = check_text(text, date="2019-08-16", store=data)
    rec = next(x for x in r if x["kind"] == "rank" and x["quantity"] is not None)
    assert (rec["quantity"], rec["verdict"], rec["official_period"]) == (place, "supported", "2019-06")


@pytest.mark.parametrize("what", ["米国のソブリン債", "アメリカのソブリン債", "米国ソブリン債"])
def test_us_sovereign_bonds_are_us_treasuries(what, data, loaded_store):
    """"米国のソブリン債": US government bonds, i.e. Treasuries; residents' yen trades in them are the balance of
    payments' by-country line (never MoF's all-country total)."""
    bop = series("boj.bop.bppi6d3naus", loaded_store)
    v = bop[pd.Period("2024-03", "M")]
    text = f"国内投資家は3月、{what}を{yen(v)}{'買い越した' if v > 0 else '売り越した'}。"
    rec = by_claim(check_text(text, date="2024-05-11", store=data), yen(v))
    assert (rec["series"], rec["verdict"]) == ("boj.bop.bppi6d3naus", "supported"), rec["explanation"]


def _man(v: float) -> str:
    """JPY 100mn with a thousands comma below 1兆: 8932 -> '8,932億円'."""
    n = round(abs(v))
    return f"{n // 10000}兆{n % 10000}億円" if n >= 10000 else f"{n:,}億円"


@pytest.mark.parametrize("template", [
    "3月13~19日の海外投資家による対内株式投資は{net}の取得超(取得{acq}、処分{disp})となった。",
    "3月13~19日の海外投資家による日本株の取得額は{acq}、処分額は{disp}で、差し引き{net}の買い越しだった。",
    "3月13~19日、海外投資家は日本株を{net}買い越した（取得{acq}、処分{disp}）。",
])
def test_gross_purchases_and_sales_beside_a_net_figure(template, data, loaded_store):
    """A purchase and a sale beside a net figure are the gross columns, each by the word right before it (取得 / 処分),
    and a thousands comma ("8,932億円") does not end a clause."""
    wk = pd.Period("2011-03-19", "W-SAT")
    vals = {k: series(f"mof.weekly.liabilities.equity.{k}", loaded_store)[wk] for k in ("net", "acq", "disp")}
    figs = {k: _man(v) for k, v in vals.items()}
    r = check_text(template.format(**figs), date="2011-03-25", store=data)
    for k in ("acq", "disp", "net"):
        rec = by_claim(r, figs[k])
        assert (rec["series"], rec["verdict"]) == (f"mof.weekly.liabilities.equity.{k}", "supported"), rec["explanation"]


@pytest.mark.parametrize("text, first, cur", [
    ("日本は前月比19億減の1兆28億ドルだった。", 19e8, "USD"),
    ("中国の保有額は前月比103億増の1兆1500億ドルとなった。", 103e8, "USD"),
    ("買越額は前週比500億減の1兆2000億円だった。", 500e8, "JPY"),
])
def test_a_changes_unit_left_out_before_the_level(text, first, cur):
    """"前月比19億減の1兆28億ドル": the change's unit is the level's after it."""
    from ustflow.check.numbers import find_amounts

    a = find_amounts(text)[0]
    assert (a.number * a.scale, a.currency) == (pytest.approx(first), cur)


def test_no_unit_borrowed_without_the_level_after_it():
    from ustflow.check.numbers import find_amounts

    assert not any("19億" == a.text for a in find_amounts("人口は19億減の見通しだ。"))
    assert not any("19億" == a.text for a in find_amounts("保有額は19億減った。1兆ドルだった。"))


def test_a_changes_unit_left_out_is_judged(data, loaded_store):
    jp = series("tic.holdings.japan", loaded_store)
    sep = pd.Period("2018-09", "M")
    ch, lvl = jp[sep] - jp[sep - 1], jp[sep]
    text = f"9月の米国債保有残高第2位の日本は前月比{round(abs(ch) * 10)}億{'増' if ch > 0 else '減'}の{oku(lvl)}だった。"
    rec = by_claim(check_text(text, date="2018-11-19", store=data), f"{round(abs(ch) * 10)}億")
    assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("holdings_change", "supported",
                                                                        "2018-08 to 2018-09")


@pytest.mark.parametrize("template", [
    "3月13~19日の海外投資家による対内株式投資は{net}の取得超(取得{acq}、処分{disp})となった。また、3週連続の買い越しでもあった。",
    "3月13~19日、海外投資家は日本株を{net}買い越した（取得{acq}、処分{disp}）。買い越しは3週連続だ。",
    "3月13~19日の海外投資家による対内株式投資は{net}の取得超(取得{acq}、処分{disp})となり、過去最大規模だった。",
])
def test_a_run_or_record_after_gross_columns_is_the_net_figures(template, data, loaded_store):
    """A run or record of net purchases after a net figure and its gross columns is the net figure's (a gross column
    is never negative): judged, not left unverifiable between readings."""
    wk = pd.Period("2011-03-19", "W-SAT")
    figs = {k: _man(series(f"mof.weekly.liabilities.equity.{k}", loaded_store)[wk]) for k in ("net", "acq", "disp")}
    r = check_text(template.format(**figs), date="2011-03-25", store=data)
    q = [x for x in r if x["kind"] != "amount"]
    assert q and all((x["verdict"], x["series"]) == ("supported", "mof.weekly.liabilities.equity.net") for x in q), \
        [(x["claim"], x["verdict"], x["explanation"][:200]) for x in q]
