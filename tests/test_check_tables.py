"""`ustflow check` on tables pasted into articles (issue 13, session 8): the weekly capital-flow table with its
rows wrapped across lines (a page flattened to text), and tables of holders (TIC's Major Foreign Holders copied
under a unit line, in Japanese or English, with a level and a change column). Invented tables; every expected
value is read here from the loaded store."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series
from ustflow.check.tables import strip_tables
from ustflow.views.check import StoreData, check_text


def _cell(v: float) -> str:
    """A MoF figure (100 million yen) as the table prints it: billion yen, signed, one decimal."""
    return f"{v / 10:+,.1f}"


def test_a_flow_table_with_wrapped_rows(data, loaded_store):
    wk = pd.Period("2019-06-15", "W-SAT")
    prev = wk - 1
    cols = {k: series(f"mof.weekly.liabilities.{k}.net", loaded_store) for k in ("equity", "lt_debt", "st_debt")}
    a = [_cell(cols[k][wk]) for k in cols]
    b = [_cell(cols[k][prev]) for k in cols]
    day = lambda p: f"{p.end_time:%b} {p.start_time.day}-{p.end_time.day}"  # noqa: E731
    text = ("Details of net investments were as follows (in billion yen).\n\n"
            "FOREIGN INVESTMENT IN JAPAN: (net)\n\n"
            f"stocks bonds bills {day(wk)} {a[0]} {a[1]}\n\n"  # the row's last cell wraps onto the next line
            f"{a[2]} {day(prev)} {b[0]} {b[1]}r {b[2]}\n\n"
            "Foreign investors were net buyers overall.")
    r = check_text(text, date="2019-06-20", store=data)
    got = {(x["claim"], x["official_period"]): x for x in r}
    for cell, k, p in [(a[0], "equity", wk), (a[2], "st_debt", wk), (b[1], "lt_debt", prev), (b[2], "st_debt", prev)]:
        rec = got[(cell, f"{p.start_time.date()}..{p.end_time.date()}")]
        assert rec["verdict"] == "supported", rec
        assert rec["official_value"] == cols[k][p]
    assert "net buyers" in strip_tables(text) and "stocks bonds bills" not in strip_tables(text)


def test_a_japanese_holder_table_with_its_month(data, loaded_store):
    p = pd.Period("2016-03", "M")
    jp, cn = series("tic.holdings.japan", loaded_store), series("tic.holdings.china_mainland", loaded_store)
    text = (f"{p.year}年{p.month}月の上位国は次の通り(単位、10億ドル)\n\n"
            f"1.中国(China, Mainland) {cn[p]:.1f}\n\n2.日本(Japan) {jp[p] + 5:.1f}\n\n"
            "3.どこかの金融センター(Some Centers) 300.0\n\n日本の保有額は減っている。")
    r = check_text(text, date="2016-08-20", store=data)
    rec = by_claim(r, f"{cn[p]:.1f}")
    assert (rec["verdict"], rec["official_period"], rec["official_value"]) == ("supported", str(p), cn[p])
    assert by_claim(r, f"{jp[p] + 5:.1f}")["verdict"] == "contradicted"
    assert by_claim(r, "300.0")["verdict"] == "unverifiable"  # a row TIC does not list
    assert not [x for x in r if x["claim"] == "10億ドル"]  # the unit line is no figure


def test_an_english_holder_table_with_a_change_column(data, loaded_store):
    # no month in the unit line: the latest month published on the article's date
    uk = series("tic.holdings.united_kingdom", loaded_store)
    p = pd.Period("2021-04", "M")
    ch = uk[p] - uk[p - 1]
    text = f"Holdings, change from the previous month (in billions of dollars)\n\nUnited Kingdom, 431.7, {ch:+.1f}\n"
    r = check_text(text, date="2021-06-25", store=data)
    assert by_claim(r, "431.7")["official_period"] == str(p)
    rec = by_claim(r, f"{ch:+.1f}")
    assert rec["verdict"] == "supported" and rec["official_period"] == f"{p - 1} to {p}"


def test_months_at_the_top_said_as_the_top_rank(data, loaded_store):
    # "maintaining the top rank for the n-th consecutive month": months as the largest holder, not rises
    h = StoreData(loaded_store).holdings().dropna(how="all")
    top = h.idxmax(axis=1)
    p = pd.Period("2024-06", "M")
    k = 0
    for q in reversed(top.index[top.index <= p]):
        if top[q] != "japan":
            break
        k += 1
    said = "Japan kept the top rank among foreign holders of Treasuries for the {} consecutive month in June 2024."
    r = check_text(said.format(f"{k}th"), date="2024-08-20", store=data)
    rec = by_claim(r, f"for the {k}th consecutive month")
    assert rec["verdict"] == "supported" and rec["official_value"] == k
    r = check_text(said.format("ninth"), date="2024-08-20", store=data)
    assert by_claim(r, "for the ninth consecutive month")["verdict"] == ("supported" if k == 9 else "contradicted")


def _pct(a: float, b: float) -> str:
    return f"{(a / b - 1) * 100:+.1f}%"


def test_a_japanese_table_over_its_unit_caption(data, loaded_store):
    # the unit below the rows ("単位:億ドル"), a line that is no holder between them, a total row and TIC's groups
    p = pd.Period("2012-05", "M")
    jp, cn = series("tic.holdings.japan", loaded_store), series("tic.holdings.china_mainland", loaded_store)
    tot = series("tic.holdings.grand_total", loaded_store)
    text = (f"{p.year}年{p.month}月 保有国別米国債残高\n\n中国 {cn[p] * 10:,.0f}\n\n日本 {jp[p] * 10 + 90:,.0f}\n\n"
            f"合計 {tot[p] * 10:,.0f}\n\nM2 99,999\n\n単位:億ドル\n\n日本の残高は減っている。")
    r = check_text(text, date="2012-07-20", store=data)
    rec = by_claim(r, f"{cn[p] * 10:,.0f}")
    assert (rec["verdict"], rec["official_period"], rec["official_value"]) == ("supported", str(p), cn[p])
    assert by_claim(r, f"{jp[p] * 10 + 90:,.0f}")["verdict"] == "contradicted"
    assert by_claim(r, f"{tot[p] * 10:,.0f}")["official_value"] == tot[p]
    assert not [x for x in r if x["claim"] in ("99,999", "億ドル")]  # M2 is no holder, the caption no figure


@pytest.mark.parametrize("note, back", [("括弧内は前年同期比", 12), ("残高(前月比)", 1), ("(year-on-year)", 12)])
def test_a_percent_column_compares_as_its_note_says(note, back, data, loaded_store):
    p = pd.Period("2014-09", "M")
    uk, ch = series("tic.holdings.united_kingdom", loaded_store), series("tic.holdings.switzerland", loaded_store)
    head, foot = (note, "") if "前月" in note else ("", note)
    text = (f"{p.year}年{p.month}月 米国債残高\n\n{head}\n\n英国 {uk[p]:.1f} ({_pct(uk[p], uk[p - back])})\n\n"
            f"スイス {ch[p]:.1f} ({_pct(ch[p], ch[p - back]) if back == 12 else '+55.5%'})\n\n"
            f"単位:10億ドル\n\n{foot}\n\n以上。")
    r = check_text(text, date="2014-11-20", store=data)
    rec = by_claim(r, _pct(uk[p], uk[p - back]))
    assert rec["verdict"] == "supported" and rec["official_period"] == f"{p - back} to {p}", rec
    if back == 1:
        assert by_claim(r, "+55.5%")["verdict"] == "contradicted"


def test_a_markdown_table_with_flags_ranks_and_a_yoy_column(data, loaded_store):
    h = StoreData(loaded_store).holdings().dropna(how="all")
    p = pd.Period("2023-08", "M")
    row = h.loc[p].dropna().sort_values(ascending=False)
    (a, va), (b, vb) = list(row.items())[3:5]  # the 4th and 5th holders, listed the wrong way round
    yoy = _pct(va, h.loc[p - 12, a])
    names = {"japan": "🇯🇵 日本", "china_mainland": "🇨🇳 中国", "united_kingdom": "🇬🇧 英国", "luxembourg": "🇱🇺 ルクセンブルク",
             "cayman_islands": "🇰🇾 ケイマン諸島", "ireland": "🇮🇪 アイルランド", "belgium": "🇧🇪 ベルギー",
             "canada": "🇨🇦 カナダ", "switzerland": "🇨🇭 スイス", "france": "🇫🇷 フランス"}
    text = ("順位 | 国・地域 | 保有額(十億ドル) | 前年比増減率 |\n|---|---|---|---|\n\n"
            f"4 | {names[b]} | {vb:,.1f} | 情報未公開 |\n\n5 | {names[a]} | {va:,.1f} | {yoy} |\n\n以上です。")
    r = check_text(text, date="2023-10-20", store=data)
    assert by_claim(r, f"{va:,.1f}")["verdict"] == "supported"
    assert by_claim(r, yoy)["verdict"] == "supported"
    assert by_claim(r, "4")["verdict"] == "contradicted" and by_claim(r, "5")["verdict"] == "contradicted"


@pytest.mark.parametrize("text", [
    "日本 1,234\n\n中国 987\n\n以上が今月の数字です。",  # no unit anywhere: no table
    "日本 1,234\n\n中国 987\n\n日本の保有額は減った。\n\n単位:億ドル",  # the caption is past a sentence
    "日本 1,234 (+5.0%)\n\n中国 987 (-1.0%)\n\n単位:億ドル",  # a percent column nobody says what it compares with
])
def test_rows_the_caption_rule_leaves_alone(text, data, loaded_store):
    r = check_text(text, date="2015-03-20", store=data)
    assert not [x for x in r if x["claim"] in ("+5.0%", "-1.0%") and x["measure"] == "holdings_pct"]
    if "以上" in text or "減った" in text:
        assert not [x for x in r if x["claim"] in ("1,234", "987") and x["measure"] == "holdings_level"]
