"""`ustflow check` on Japanese stories (issue 13, session 11, batch 8's Japanese articles showed missing): a US
yield named with its tenor before 国債 ("米10年国債利回り", "米国10年債"), a move in basis points written in Japanese
("27ベーシスポイント上昇", "15bp低下") and a unit's definition beside it ("(bp、1bp=0.01%)") that is no figure, "同月"
(the month named before), and the base of a change named with 比 after a month's end ("昨年12月末比で"). Invented
sentences; expected values are the store's."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series, tic_level, usd_bn_ja, yen_oku
from ustflow.views.check import check_text


def _month_move_bp(loaded_store, sid: str, month: str) -> tuple[int, str, str]:
    """A series' move over a month in whole basis points (last close of the month before to the month's last)."""
    s = series(sid, loaded_store)
    m = pd.Period(month, "M")
    before = s[s.index < m.start_time]
    during = s[(s.index >= m.start_time) & (s.index <= m.end_time)]
    return round((during.iloc[-1] - before.iloc[-1]) * 100), before.index[-1].date().isoformat(), \
        during.index[-1].date().isoformat()


@pytest.mark.parametrize("template", [
    "米10年国債利回りは4月に約{bp}ベーシスポイント(bp、1bp=0.01%){move}した。",
    "4月の米国10年債利回りは{bp}bp{move}した。",
    "米ドルは4月に上昇。米10年物国債の利回りは同月に{bp}ベーシスポイント{move}した。",
])
def test_a_us_yields_move_in_basis_points_written_in_japanese(template, data, loaded_store):
    bp, start, end = _month_move_bp(loaded_store, "fred.dgs10", "2024-04")
    text = template.format(bp=abs(bp), move="上昇" if bp > 0 else "低下")
    r = check_text(text, date="2024-05-20", store=data)
    fig = [x for x in r if x["measure"] == "yield_change"]
    assert len(fig) == 1, [(x["claim"], x["series"]) for x in r]
    assert (fig[0]["series"], fig[0]["verdict"], fig[0]["official_period"]) == ("fred.dgs10", "supported",
                                                                                 f"{start} to {end}")
    assert not [x for x in r if x["claim"].endswith("0.01%")]  # the unit's definition is no claim


@pytest.mark.parametrize("name", ["米10年国債利回り", "米国10年債の利回り", "米国10年国債の利回り"])
def test_a_us_tenor_before_kokusai_is_a_treasury(name, data, loaded_store):
    s = series("fred.dgs10", loaded_store)
    v = s[s.index == pd.Timestamp("2024-05-21")].iloc[0]
    rec = by_claim(check_text(f"{name}は21日に{v:.2f}%となった。", date="2024-05-22", store=data), f"{v:.2f}%")
    assert (rec["series"], rec["verdict"]) == ("fred.dgs10", "supported")


@pytest.mark.parametrize("base", ["昨年12月末比で", "2023年12月末比で", "前年12月末比で"])
def test_a_change_against_a_months_end_named_with_hi(base, data, loaded_store):
    jp = series("tic.holdings.japan", loaded_store)
    ch = jp[pd.Period("2024-01", "M")] - jp[pd.Period("2023-12", "M")]
    text = f"日本の米国債保有額は1月、{base}{round(abs(ch) * 10)}億ドル{'増えた' if ch > 0 else '減った'}。"
    rec = by_claim(check_text(text, date="2024-03-20", store=data), f"{round(abs(ch) * 10)}億ドル")
    assert (rec["measure"], rec["official_period"], rec["verdict"]) == ("holdings_change", "2023-12 to 2024-01",
                                                                        "supported"), rec["explanation"]


def _oku(v: float) -> str:
    """JPY 100mn as a Japanese yen figure with a thousands comma below 1兆: 7765 -> '7,765億円'."""
    n = round(abs(v))
    return f"{n // 10000}兆{n % 10000}億円" if n >= 10000 else f"{n:,}億円"


WEEK = pd.Period("2025-03-01", "W-SAT")  # 23 February - 1 March 2025, released Thursday 6 March


@pytest.mark.parametrize("template", [
    "3月1日までの週、中長期債の取得は{acq}、処分は{disp}だった。",
    "3月1日までの1週間の対外中長期債投資は、取得額が{acq}、処分額が{disp}となった。",
    "3月1日までの週、対外中長期債の処分は{disp}、取得は{acq}だった。",
])
def test_both_gross_columns_named_without_the_net_figure(template, data, loaded_store):
    """"取得はX、処分はY": MoF's two gross columns, each named right before its figure, with no net figure beside."""
    vals = {k: series(f"mof.weekly.assets.lt_debt.{k}", loaded_store)[WEEK] for k in ("acq", "disp")}
    r = check_text(template.format(**{k: _oku(v) for k, v in vals.items()}), date="2025-03-06", store=data)
    for k, v in vals.items():
        rec = by_claim(r, _oku(v))
        assert (rec["series"], rec["verdict"]) == (f"mof.weekly.assets.lt_debt.{k}", "supported"), rec["explanation"]


@pytest.mark.parametrize("template, item", [
    ("日本の投資家は先週{v}を外国株に投資した。", "assets.equity"),
    ("国内投資家は先週、海外株を{v}{act}。", "assets.equity"),
    ("海外投資家は先週、日本の長期債を{v}{act}。", "liabilities.lt_debt"),
    ("外国人は先週、日本の短期債を{v}{act}。", "liabilities.st_debt"),
    ("先週は国内株が{v}{passive}。", "liabilities.equity"),
])
def test_the_press_names_of_foreign_and_japanese_securities(template, item, data, loaded_store):
    """外国株/海外株: residents' foreign equity; 日本の長期債, 日本の短期債, 国内株: Japanese securities, so
    non-residents' trades (日本 there names the securities, not the buyer); 売られた/買われた give the sign."""
    v = series(f"mof.weekly.{item}.net", loaded_store)[WEEK]
    text = template.format(v=_oku(v), act="買い越した" if v > 0 else "売り越した", passive="買われた" if v > 0 else "売られた")
    rec = by_claim(check_text(text, date="2025-03-06", store=data), _oku(v))
    assert (rec["series"], rec["verdict"]) == (f"mof.weekly.{item}.net", "supported"), rec["explanation"]


@pytest.mark.parametrize("phrase", ["7週間で6回目の買い越し", "過去7週のうち6回目の買い越し", "7週間ぶり6回目の買い越し"])
def test_the_nth_net_purchase_in_m_weeks(phrase, data, loaded_store):
    """"7週間で6回目の買い越し": six weeks of net buying among the last seven (with ぶり too: a first time in seven
    weeks cannot be a sixth)."""
    s = series("mof.weekly.liabilities.lt_debt.net", loaded_store)
    last7 = s[s.index <= WEEK].iloc[-7:]
    n = int((last7 > 0).sum())
    assert s[WEEK] > 0
    text = f"海外投資家は先週、日本の長期債を{_oku(s[WEEK])}買い越し、{phrase.replace('6回目', f'{n}回目')}となった。"
    q = [x for x in check_text(text, date="2025-03-06", store=data) if x["measure"] == "count_in"]
    assert q and q[0]["verdict"] == "supported", q


@pytest.mark.parametrize("template", [
    "{who}の保有残高は2020年11月時点の「{a}」から「{b}」へ「{c}」{move}ました。",
    "{who}の米国債保有額は2020年11月末の{a}から{b}に{c}{move}た。",
    "{who}の保有高は、2020年11月の約{a}から約{b}へと{c}の{noun}となった。",
])
@pytest.mark.parametrize("slug, who", [("korea_south", "韓国"), ("japan", "日本")])
def test_from_a_level_to_a_level_by_a_move(template, slug, who, data, loaded_store):
    """"11月時点の1,228億ドルから1,291億ドルへ63億ドル増えました": the starting level (its month), the level reached
    (the month after, here the latest published) and the move between them; quotes around figures change nothing."""
    s = series(f"tic.holdings.{slug}", loaded_store)
    nov, dec = s[pd.Period("2020-11", "M")], s[pd.Period("2020-12", "M")]
    up = dec > nov
    figs = {k: f"{round(abs(v) * 10):,}億ドル" if abs(v) < 1000 else f"{round(v * 10) // 10000}兆{round(v * 10) % 10000}億ドル"
            for k, v in (("a", nov), ("b", dec), ("c", dec - nov))}
    text = template.format(who=who, move=("増え" if up else "減り"), noun=("増加" if up else "減少"), **figs)
    r = check_text(text, date="2021-02-16", store=data)
    got = {k: by_claim(r, ("約" if "約" + v in text else "") + v) for k, v in figs.items() if k != "c"}
    got["c"] = by_claim(r, figs["c"])
    assert (got["a"]["measure"], got["a"]["official_period"], got["a"]["verdict"]) == ("holdings_level", "2020-11",
                                                                                       "supported")
    assert (got["b"]["measure"], got["b"]["official_period"], got["b"]["verdict"]) == ("holdings_level", "2020-12",
                                                                                       "supported")
    assert (got["c"]["measure"], got["c"]["official_period"], got["c"]["verdict"]) == \
        ("holdings_change", "2020-11 to 2020-12", "supported"), got["c"]["explanation"]


@pytest.mark.parametrize("text", [
    "韓国銀行の公表データによれば、外貨準備のうち証券類は4,098億ドルだった。",
    "中国人民銀行によると、12月末の外貨準備は3兆2165億ドルだった。",
    "日本銀行の統計では、12月の証券投資は7984億円だった。",
])
def test_a_central_banks_name_is_no_japanese_bank(text, data):
    """韓国銀行, 中国人民銀行, 日本銀行 are central banks: never MoF's investor type 'banks'."""
    r = check_text(text, date="2021-02-16", store=data)
    assert r and all("banks" not in (x["series"] or "") and "bank" not in (x["subject"] or "").lower() for x in r), \
        [(x["claim"], x["series"], x["subject"]) for x in r]


@pytest.mark.parametrize("lead", ["上位3か国は次の通り(単位、10億ドル)", "主な保有国は以下の通り(単位:10億ドル)",
                                  "国別の保有額(単位、10億ドル)"])
def test_prose_before_a_tables_lead_in_its_paragraph(lead, data, loaded_store):
    """A paragraph that ends in a holder table's lead ("…上位10か国は次の通り(単位、10億ドル)") keeps its earlier
    sentences as prose: their figures are claims; the rows under it are read as the table's."""
    jp, cn, uk = (tic_level(loaded_store, k, "2017-04") for k in ("japan", "china_mainland", "united_kingdom"))
    text = (f"4月の日本の米国債保有高は{usd_bn_ja(jp)}となった。2位は中国で{usd_bn_ja(cn)}の保有高となった。{lead}\n\n"
            f"日本(Japan)  {jp:.1f}\n\n中国(China, Mainland)  {cn:.1f}\n\n英国(United Kingdom) {uk:.1f}\n")
    r = check_text(text, date="2017-06-17", store=data)
    for fig, slug in ((usd_bn_ja(jp), "japan"), (usd_bn_ja(cn), "china_mainland"), (f"{uk:.1f}", "united_kingdom")):
        rec = by_claim(r, fig)
        assert (rec["series"], rec["verdict"], rec["official_period"]) == (f"tic.holdings.{slug}", "supported", "2017-04")


@pytest.mark.parametrize("name", ["対外対内証券投資売買契約の状況", "対外及び対内証券売買契約等の状況", "対外・対内証券売買契約等の状況"])
def test_the_releases_name_names_neither_side(name, data, loaded_store):
    """The release's name (対外対内…, 対外及び対内…) is no statement that a figure is non-residents' (対内)."""
    v = series("mof.monthly.assets.lt_debt.net", loaded_store)[pd.Period("2017-05", "M")]
    text = f"5月の{name}では、対外中長期債投資が{yen_oku(v)}の{'買い越し' if v > 0 else '売り越し'}となった。"
    rec = by_claim(check_text(text, date="2017-06-17", store=data), yen_oku(v))
    assert (rec["series"], rec["verdict"]) == ("mof.monthly.assets.lt_debt.net", "supported"), rec["explanation"]


@pytest.mark.parametrize("phrase", ["2009年ぶりの低水準", "2009年以来の低水準", "14年ぶりの低水準"])
def test_a_year_before_buri_is_the_year_looked_back_to(phrase, data, loaded_store):
    """"2009年ぶりの低水準" (a translation's "lowest since 2009") is a look-back to 2009, not "in 9 years"."""
    lvl = tic_level(loaded_store, "china_mainland", "2023-08")
    text = f"中国の今年8月の米国債保有高は{usd_bn_ja(lvl)}で、{phrase}となった。"
    q = [x for x in check_text(text, date="2023-10-31", store=data) if x["kind"] != "amount"]
    assert [(x["claim"], x["verdict"]) for x in q] == [(phrase, "supported")], [x["explanation"] for x in q]


@pytest.mark.parametrize("template", [
    "中国は2019年に米国債の世界最大の保有国だったが、近年は減らし、日本の約{jp}の保有高を下回り2位になっている。",
    "中国は2019年に最大の保有国だったが、今では日本の{jp}を下回り2位となっている。",
    "中国は2019年には最大の債権国でしたが、日本の約{jp}の保有高を下回り、2位になっている。",
])
def test_a_past_state_before_a_contrast_and_the_place_now(template, data, loaded_store):
    """"2019年に最大の保有国だったが、…2位になっている": the first place is 2019's (held January-May 2019: true of
    that year), and the clause after the contrast is the latest month's, where the holder whose level is compared
    with ("日本の…の保有高を下回り") is not the one that ranks second."""
    jp = tic_level(loaded_store, "japan", "2023-08")
    text = template.format(jp=usd_bn_ja(jp))
    r = check_text(text, date="2023-10-31", store=data)
    ranks = [x for x in r if x["measure"] == "rank"]
    assert [(x["subject"], x["verdict"]) for x in ranks] == [("China (mainland)", "supported")] * 2, \
        [(x["claim"], x["explanation"]) for x in ranks]
    assert ranks[0]["official_period"].startswith("2019-01..") and ranks[1]["official_period"] == "2023-08"
    level = [x for x in r if x["measure"] == "holdings_level"][0]
    assert (level["subject"], level["official_period"], level["verdict"]) == ("Japan", "2023-08", "supported")


def test_a_place_in_a_year_not_held_that_year_is_contradicted(data):
    r = check_text("英国は2019年に最大の保有国だった。", date="2023-10-31", store=data)
    assert [x["verdict"] for x in r if x["measure"] == "rank"] == ["contradicted"]


@pytest.mark.parametrize("clause", ["9月15日に円売り介入を行い取得したドルで米国債を購入したとみられる",
                                    "9月に介入したとされる", "2010年9月15日に為替介入を実施した"])
def test_a_date_in_a_clause_that_modifies_the_holder(clause, data, loaded_store):
    """"2010年末時点…[9月15日に…購入したとみられる]日本が8823億ドルで2位": the date is what the holder did; the level
    and place are the sentence's time (the year's end), and "…で2位" makes the figure a level, whatever verb the
    clause has."""
    cn, jp = (tic_level(loaded_store, k, "2010-12") for k in ("china_mainland", "japan"))
    text = f"2010年末時点における米国債の保有残高は、中国が{usd_bn_ja(cn)}で首位、{clause}日本が{usd_bn_ja(jp)}で2位となっている。"
    r = check_text(text, date="2013-10-11", store=data)
    rec = by_claim(r, usd_bn_ja(jp))
    assert (rec["measure"], rec["official_period"], rec["verdict"]) == ("holdings_level", "2010-12", "supported")
    rank = [x for x in r if x["measure"] == "rank" and x["subject"] == "Japan"]
    assert [(x["official_period"], x["verdict"]) for x in rank] == [("2010-12", "supported")]


def _largest_in(s, week) -> int:
    """How many weeks back the last week at or above ``week``'s value lies."""
    before = s[s.index < week]
    higher = before[before >= s[week]]
    return (week - higher.index[-1]).n


@pytest.mark.parametrize("template", ["{v}の買い越しで、ここ{n}週間で最大の買い越し額となった。",
                                      "{v}を買い越し、過去{n}週で最大だった。",
                                      "{v}の買い越しとなり、直近{n}週間の中で最大の規模だった。"])
def test_the_largest_in_the_last_n_weeks(template, data, loaded_store):
    """"ここ3週間で最大の買い越し額": the last week at or above it lies n weeks back (as "3週ぶりの大きさ"), not a record."""
    s = series("mof.weekly.assets.lt_debt.net", loaded_store)
    n = _largest_in(s, WEEK)
    text = "3月1日までの週、国内投資家は海外中長期債を" + template.format(v=_oku(s[WEEK]), n=n)
    q = [x for x in check_text(text, date="2025-03-06", store=data) if x["kind"] != "amount"]
    assert [x["verdict"] for x in q] == ["supported"], [(x["claim"], x["explanation"]) for x in q]
    wrong = "3月1日までの週、国内投資家は海外中長期債を" + template.format(v=_oku(s[WEEK]), n=n + 5)
    q = [x for x in check_text(wrong, date="2025-03-06", store=data) if x["kind"] != "amount"]
    assert [x["verdict"] for x in q] != ["supported"]


@pytest.mark.parametrize("template", ["これは{d}以来最大の額となった。", "{d}以来の最大の買い越しだった。", "{d}以降で最大となった。"])
def test_the_largest_since_a_day(template, data, loaded_store):
    """"8月24日以来最大の額": since the week of that day."""
    s = series("mof.weekly.assets.equity.net", loaded_store)
    before = s[s.index < WEEK]
    last = before[before >= s[WEEK]].index[-1]
    day = last.end_time.date()
    text = f"日本の投資家は先週{_oku(s[WEEK])}の外国株を買い越し、" + template.format(d=f"{day.month}月{day.day}日")
    q = [x for x in check_text(text, date="2025-03-06", store=data) if x["kind"] != "amount"]
    assert [x["verdict"] for x in q] == ["supported"], [(x["claim"], x["explanation"]) for x in q]


@pytest.mark.parametrize("template", ["1月末時点で外国勢が保有する米国債の残高は、過去最高だった前月末から減少し{lvl}となった。",
                                      "外国勢の米国債保有残高は1月、過去最高だった昨年12月から減り{lvl}となった。",
                                      "外国勢の保有残高は過去最高水準だった前月末から減少し、1月末に{lvl}となった。"])
def test_a_record_said_of_the_month_before(template, data, loaded_store):
    """"過去最高だった前月末から減少し…": the record is December's (the month named after だった), not the figure's."""
    lvl = tic_level(loaded_store, "grand_total", "2022-01")
    r = check_text(template.format(lvl=usd_bn_ja(lvl)), date="2022-03-15", store=data)
    q = [x for x in r if x["kind"] != "amount"]
    assert [(x["official_period"], x["verdict"]) for x in q] == [("2021-12", "supported")], \
        [(x["claim"], x["explanation"]) for x in q]


@pytest.mark.parametrize("template, slug, place", [
    ("3位は英国で、{ch}{move}し{lvl}。", "united_kingdom", 3),
    ("2位の中国は{ch}{move}し、{lvl}となった。", "china_mainland", 2),
    ("4位はベルギーで、{ch}{move}して{lvl}だった。", "belgium", 4),
])
def test_a_holders_place_makes_its_dollar_figures_holdings(template, slug, place, data, loaded_store):
    """"3位は英国で、386億ドル減少し6088億ドル": a place among holders is a place in holdings, so the figures beside
    it (with no word of trading) are the holder's change and level, not a trade no series holds."""
    lvl, prev = tic_level(loaded_store, slug, "2022-01"), tic_level(loaded_store, slug, "2021-12")
    text = template.format(ch=usd_bn_ja(abs(lvl - prev)), move="増加" if lvl > prev else "減少", lvl=usd_bn_ja(lvl))
    r = check_text(text, date="2022-03-15", store=data)
    ch, lv = by_claim(r, usd_bn_ja(abs(lvl - prev))), by_claim(r, usd_bn_ja(lvl))
    assert (ch["measure"], ch["verdict"], lv["measure"], lv["verdict"]) == \
        ("holdings_change", "supported", "holdings_level", "supported"), (ch["explanation"], lv["explanation"])


def _cho(v_100mn: float) -> str:
    """JPY 100mn as '約906兆円' (to 1兆円)."""
    return f"約{round(v_100mn / 1e4)}兆円"


@pytest.mark.parametrize("template, slug", [
    ("1月末時点で外国勢が保有する米国債の残高は{usd}({jpy})となった。", "grand_total"),
    ("日本の米国債保有額は1月末に{usd}（{jpy}）だった。", "japan"),
    ("中国の保有残高は1月、{usd}({jpy})に減少した。", "china_mainland"),
])
def test_a_holding_restated_in_yen_at_the_rate_of_the_day(template, slug, data, loaded_store):
    """"7兆6600億ドル(約906兆円)": the official dollars at FRED's USD/JPY of the publication day (3% room); a yen
    figure far from any rate is contradicted."""
    lvl = tic_level(loaded_store, slug, "2022-01")
    fx = series("fred.dexjpus", loaded_store)
    rate = float(fx[fx.index <= "2022-03-15"].iloc[-1])
    jpy = _cho(lvl * 1e9 * rate / 1e8)
    r = check_text(template.format(usd=usd_bn_ja(lvl), jpy=jpy), date="2022-03-15", store=data)
    rec = by_claim(r, jpy)
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2022-01"), rec["explanation"]
    wrong = _cho(lvl * 1e9 * rate * 1.3 / 1e8)
    rec = by_claim(check_text(template.format(usd=usd_bn_ja(lvl), jpy=wrong), date="2022-03-15", store=data), wrong)
    assert rec["verdict"] == "contradicted", rec["explanation"]


def test_the_yen_of_a_stale_dollar_figure_is_not_supported(data, loaded_store):
    """A yen restatement of a dollar level the data contradict takes the dollars' verdict."""
    lvl = tic_level(loaded_store, "japan", "2022-01") * 0.9
    fx = series("fred.dexjpus", loaded_store)
    rate = float(fx[fx.index <= "2022-03-15"].iloc[-1])
    jpy = _cho(lvl * 1e9 * rate / 1e8)
    rec = by_claim(check_text(f"日本の米国債保有額は1月末に{usd_bn_ja(lvl)}({jpy})だった。", date="2022-03-15", store=data), jpy)
    assert rec["verdict"] != "supported", rec["explanation"]


def test_a_slipped_unit_in_the_yen_of_a_revised_level(data, loaded_store):
    """"8488億ドル(約114億円)": 億 for 兆, off every rate by far more than any revision: contradicted even though the
    dollar figure itself is a first print (whose yen would otherwise be left unverifiable)."""
    lvl = tic_level(loaded_store, "china_mainland", "2023-02") - 0.2  # a first print, revised since
    text = f"2位の中国は{usd_bn_ja(lvl)}(約114億円)と前月比で減少した。"
    rec = by_claim(check_text(text, date="2023-04-17", store=data), "約114億円")
    assert rec["verdict"] == "contradicted", rec["explanation"]


@pytest.mark.parametrize("text", ["雇用統計の後、10年債利回りが1.5%台中盤まで急低下した。", "長期金利は0.08%まで低下した。",
                                  "米10年債利回りは1.4%まで上昇した。"])
def test_how_far_a_move_went_on_no_day_named(text, data):
    """"1.5%台中盤まで急低下した": how far a move went (まで), on a day the story does not name, may be the day's
    extreme rather than a close: unverifiable, not judged on the latest close."""
    r = [x for x in check_text(text, date="2021-06-10", store=data) if x["measure"] == "yield_level"]
    assert r and r[0]["verdict"] == "unverifiable", r


def test_how_far_a_move_went_on_a_day_named_is_judged(data, loaded_store):
    s = series("jgb.10y", loaded_store)
    v = float(s[s.index == pd.Timestamp("2021-06-09")].iloc[0])
    rec = by_claim(check_text(f"長期金利は9日、{v:.3f}%まで低下した。", date="2021-06-10", store=data), f"{v:.3f}%")
    assert rec["verdict"] == "supported"


@pytest.mark.parametrize("phrase, low", [("4カ月ぶりの低い数値", True), ("約6年ぶりの低い水準", True), ("3カ月ぶりの高い水準", False)])
def test_the_lowest_in_n_said_as_a_low_number(phrase, low, data, loaded_store):
    """"4カ月ぶりの低い数値" is the lowest in four months (an extreme), not a first fall in four months."""
    lvl = tic_level(loaded_store, "china_mainland", "2018-06")
    text = f"中国の米国債保有残高は今年6月に{usd_bn_ja(lvl)}となり、{phrase}を付けた。"
    q = [x for x in check_text(text, date="2018-08-17", store=data) if x["kind"] != "amount"]
    assert q and q[0]["measure"] == "extreme", [(x["claim"], x["measure"]) for x in q]


@pytest.mark.parametrize("text, slug, ok", [
    ("中国の米国債保有高は2013年にピークに達した後、減少した。", "china_mainland", True),
    ("日本の保有額は2021年にピークをつけた。", "japan", True),
    ("中国の保有高は2011年にピークを迎えた。", "china_mainland", False),
])
def test_peaked_in_a_year(text, slug, ok, data):
    """"2013年にピークに達した": the year's highest month is the highest of all the data published by then."""
    q = [x for x in check_text(text, date="2023-10-31", store=data) if x["kind"] != "amount"]
    assert [(x["series"], x["verdict"]) for x in q] == [(f"tic.holdings.{slug}", "supported" if ok else "contradicted")]


@pytest.mark.parametrize("text, number, half", [("利回りは4%台だった。", 4.5, 0.5), ("利回りは2.30%台で推移。", 2.35, 0.05),
                                                ("利回りは1.5%台中盤まで低下した。", 1.55, 0.025), ("長期金利は0.2%台後半で推移。", 0.275, 0.025)])
def test_a_percent_band(text, number, half):
    """"4%台" is 4.00-4.99, "2.30%台" 2.30-2.39 (a trailing zero is rounding), "1.5%台中盤" the band's middle; after
    台に乗せた (at least) the floor is exact."""
    from ustflow.check.numbers import find_amounts

    a = find_amounts(text)[0]
    assert (a.number, a.precision, a.qualifier) == (pytest.approx(number), pytest.approx(half), "exact")
    floor = find_amounts("利回りは4%台に乗せた。")[0]
    assert (floor.number, floor.qualifier) == (4.0, "at_least") and floor.precision < 0.01


@pytest.mark.parametrize("band, ok", [("2.2%台", True), ("2.3%台", False), ("2%台前半", True)])
def test_a_yield_in_a_band_on_a_day(band, ok, data, loaded_store):
    s = series("jgb.10y", loaded_store)
    v = float(s[s.index == pd.Timestamp("2026-01-19")].iloc[0])
    assert 2.2 <= v < 2.3
    rec = by_claim(check_text(f"10年債利回りは19日、{band}に上昇した。", date="2026-01-20", store=data), band.split("台")[0])
    assert (rec["verdict"] == "supported") == ok, rec["explanation"]


@pytest.mark.parametrize("start", ["2007年開始以来はじめて", "2007年の算出開始以来初めて", "1999年の取引開始以来で最高の"])
def test_a_series_start_is_no_figures_period(start, data):
    """"2007年開始以来はじめて4%台": the year the series began is the look-back's start, not the figure's period."""
    r = [x for x in check_text(f"40年債利回りは{start}4%台に乗せた。", date="2026-01-20", store=data)
         if x["measure"] == "yield_level"]
    assert r and not r[0]["official_period"].startswith(("2007", "1999")), r[0]["explanation"]


@pytest.mark.parametrize("template, ok", [
    ("長期金利は19日、約27年ぶりに{band}に上昇した。", True),
    ("新発10年物国債の利回りは19日、27年ぶりの水準となる{band}に乗せた。", True),
    ("長期金利は19日、3年ぶりに{band}に上昇した。", False),
])
def test_a_level_reached_for_the_first_time_in_n_years(template, ok, data, loaded_store):
    """"約27年ぶりに2.2%台に上昇": a level not reached in 27 years (the highest since), not a first rise in 27 years."""
    s = series("jgb.10y", loaded_store)
    v = float(s[s.index == pd.Timestamp("2026-01-19")].iloc[0])
    band = f"{int(v * 10) / 10:.1f}%台"
    q = [x for x in check_text(template.format(band=band), date="2026-01-20", store=data) if x["kind"] != "amount"]
    assert q and q[0]["measure"] == "extreme" and (q[0]["verdict"] == "supported") == ok, \
        [(x["claim"], x["measure"], x["explanation"]) for x in q]
