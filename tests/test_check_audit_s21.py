"""A paraphrase audit of the session-20 readers its audit left out, and of session 21's (issue 13): ``bop_frame``'s level told with the
span's change (27f1f6f) and its change from the same month a year before (964781b), and the Japanese "first
intervention since" (1ed60aa). Invented sentences in forms their authors did not test: the change after the level,
the balance named 貿易収支 with 黒字 after its figure, "前年同月比では、" and "Compared with the same month a year
earlier," put first, a span's change and a month's in one sentence (both orders, both languages); "介入に踏み切った
のは…以来となる", "介入の実施は…以来", "以来です"; and near misses that must NOT be read so: another balance's change
told with a level, a sentence whose topic is the yen after a clause about intervention ("介入も辞さない構えだが、円安は
…以来となった"), the yen after an intervention ("介入後の円相場は…以来"). Of session 21's (``git log 049413a..main --
src/``): ``base_frames`` (76c86cb: a sentence opening on its comparison base), ``holdings._dropped_out`` (18bdddb: a
holder's month after it left the Major Foreign Holders table, read in SLT Table 3) ``tic_prose_ja`` (0f6367c: all
foreigners' Form S flows by kind told in Japanese), ``japanese_ranks`` (4a99dc8, 062c53f: places of two digits, a place
kept, トップは引き続き) ``inline_tables`` (fddfc67: a table of holders on one line) the
kinds of US security read in any story (110cc2a), a year-back base (holdings_months 2552e70) and a change that is two
stated levels' difference (implied_spans 754d288): those last two right on every paraphrase tried. Every expected value is read from the
loaded store; each case asserts what a careful analyst would call right, and the checker's misfires are marked
``xfail(strict=True)`` with the reason."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import bop_span, by_claim, series, usd_bn_ja, yen_oku
from ustflow.views.check import check_text

_PUB = "2019-05-14"  # fiscal 2018's balance of payments (and March 2019's) came out on 14 May 2019
_FY, _MARCH = "2018-04..2019-03", "2019-03"
_JA = "2018年度の国際収支によると、経常収支は黒字だった。"
_EN = "Japan's current account surplus shrank in fiscal 2018. "


def _pcts(store, code: str) -> tuple[float, float, float]:
    """Fiscal 2018's percent change from fiscal 2017, March 2019's from March 2018 (sizes), and March 2019's level."""
    s = series(f"boj.bop.{code}", store)
    m = pd.Period(_MARCH, "M")
    now, before = bop_span(store, code, "2018-04", "2019-03"), bop_span(store, code, "2017-04", "2018-03")
    return abs(100 * (now - before) / before), abs(100 * (s[m] - s[m - 12]) / s[m - 12]), float(s[m])


# ------------------------------------------------------------------ bop_frame: a level told with the span's change


@pytest.mark.parametrize("template", [
    _JA + "貿易収支は{pct}%減の{lvl}の黒字となった。",  # the balance named 収支, its side after the figure
    _JA + "貿易黒字は{lvl}で、{pct}%減った。",  # the change after the level, in the next clause
])
def test_a_level_of_the_months_size_with_the_spans_change_in_other_words_is_the_spans(data, loaded_store, template):
    span_pct, _, month = _pcts(loaded_store, "bpbp6jyntb")
    recs = check_text(template.format(pct=f"{span_pct:.1f}", lvl=yen_oku(month)), date=_PUB, store=data)
    assert by_claim(recs, yen_oku(month))["official_period"] == _FY
    assert by_claim(recs, f"{span_pct:.1f}%")["verdict"] == "supported"


def test_a_level_told_with_another_balances_change_keeps_its_month(data, loaded_store):
    # the near miss: the change is of exports, not of the goods balance whose level is told
    span_pct, _, month = _pcts(loaded_store, "bpbp6jyntb")
    text = _JA + f"輸出が{span_pct:.1f}%減少し、貿易黒字は{yen_oku(month)}だった。"
    rec = by_claim(check_text(text, date=_PUB, store=data), yen_oku(month))
    assert (rec["verdict"], rec["official_period"]) == ("supported", _MARCH), rec["explanation"]


# ------------------------------------------------------------------ bop_frame: a change from the same month a year before


@pytest.mark.parametrize("template", [
    _JA + "前年同月比では、経常黒字は{m}%減少した。",  # the base put first, with its comma
    _JA + "経常黒字は前年同月と比べると{m}%減った。",
    _EN + "Compared with the same month a year earlier, the current account surplus fell {m} percent.",
    # a thousands separator between the base and the figure is no clause's end
    _JA + "経常黒字は前年同月比では{y}({m}%)減った。",
])
def test_a_change_from_the_same_month_said_in_other_words_is_the_months(data, loaded_store, template):
    _, month_pct, month = _pcts(loaded_store, "bpbp6jyncb")
    m = f"{month_pct:.1f}"
    change = abs(month - series("boj.bop.bpbp6jyncb", loaded_store)[pd.Period(_MARCH, "M") - 12])
    recs = check_text(template.format(m=m, y=f"{round(change):,}億円"), date=_PUB, store=data)
    rec = next(r for r in recs if r["claim"].startswith(m))
    assert (rec["verdict"], rec["official_period"].split(" to ")[-1]) == ("supported", _MARCH), rec["explanation"]


@pytest.mark.parametrize("template", [
    # the 964781b rule kept every change of a sentence that says 前年同月 anywhere on the month: the fiscal year's,
    # said with its own base in its own clause, was called off by the month's (fixed in session 21: the base said in
    # the figure's clause, the nearest)
    _JA + "経常黒字は前年度比{s}%減少し、3月は前年同月比{m}%減少した。",
    _JA + "経常黒字は前年同月比で{m}%減、前年度比では{s}%減だった。",
    _EN + "The current account surplus fell {s} percent from the previous year, and {m} percent from the same month a "
          "year earlier.",
])
def test_a_spans_change_and_a_months_in_one_sentence_each_keep_their_base(data, loaded_store, template):
    span_pct, month_pct, _ = _pcts(loaded_store, "bpbp6jyncb")
    s, m = f"{span_pct:.1f}", f"{month_pct:.1f}"
    recs = check_text(template.format(s=s, m=m), date=_PUB, store=data)
    span = next(r for r in recs if r["claim"].startswith(s))
    month = next(r for r in recs if r["claim"].startswith(m))
    assert (span["verdict"], span["official_period"].split(" to ")[-1]) == ("supported", _FY), span["explanation"]
    assert (month["verdict"], month["official_period"].split(" to ")[-1]) == ("supported", _MARCH), month["explanation"]


def test_a_change_on_the_same_month_last_year_in_a_story_of_a_fiscal_year_is_the_months(data, loaded_store):
    # 'down X% on the same month last year': what the change is measured against, its base, not its period (session
    # 23, period_grammar's "over/on the previous month/year"); it was read as fiscal 2017's period on fiscal 2016's
    _, month_pct, _ = _pcts(loaded_store, "bpbp6jyncb")
    text = _EN + f"The current account surplus was down {month_pct:.1f}% on the same month last year."
    rec = by_claim(check_text(text, date=_PUB, store=data), f"{month_pct:.1f}%")
    assert rec["verdict"] == "supported", rec["explanation"]


# ------------------------------------------------------------------ qualifiers_ja, classify: the first intervention since


@pytest.mark.parametrize("text, phrase", [
    ("円買い介入は2022年10月以来となった。", "2022年10月以来"),
    ("今回の介入は2022年10月以来です。", "2022年10月以来"),
    ("財務省は円買い介入を実施したと発表した。介入は約3カ月ぶり。", "3カ月ぶり"),
    # the topic is the intervention's doing (fixed in session 21: it was no claim)
    ("政府・日銀が円買い介入に踏み切ったのは2022年10月以来となる。", "2022年10月以来"),
    ("介入が行われたのは2022年10月以来となる。", "2022年10月以来"),
    ("為替介入の実施は2022年10月以来、およそ1年半ぶりとなった。", "1年半ぶり"),
])
def test_a_first_intervention_since_in_other_words_is_read(data, text, phrase):
    recs = [r for r in check_text(text, date="2024-05-31", store=data) if phrase in r["claim"]]
    assert recs and recs[0]["measure"] == "first_since" and recs[0]["series"] == "mof.fx_intervention.amount", recs


@pytest.mark.parametrize("text", [
    # another topic between the intervention and the qualifier: the yen's (was read as the intervention's until
    # session 21)
    "介入も辞さない構えだが、円安は1986年12月以来となった。",
    # the yen after an intervention
    "介入後の円相場は1ドル=140円台と2022年10月以来となった。",
    "介入を警戒する声が出ているのは、円安が2022年10月以来となったためだ。",
])
def test_the_yen_in_a_sentence_about_intervention_is_no_first_intervention(data, text):
    recs = check_text(text, date="2024-05-31", store=data)
    assert not [r for r in recs if r["series"] == "mof.fx_intervention.amount"], recs


# ------------------------------------------------------------------ the session-20 audit's xfails, fixed: near misses


def test_a_month_named_by_its_era_with_a_space_is_that_years():
    # '令和 2年3月' with a space was March of the story's year (2021): a true level would be judged on the wrong month
    from ustflow.check.period_grammar import Resolver

    got = [(p.kind, str(p.start)) for p in Resolver(pd.Timestamp("2021-05-13").date()).find("令和 2年3月の経常収支は")]
    assert got == [("month", "2020-03-01")], got


def test_the_fed_keeping_them_with_no_word_of_holdings_is_custody_and_its_own_are_not(data, loaded_store):
    wk = series("fred.wmtsecl1", loaded_store)
    cho, oku = divmod(round(float(wk[pd.Period("2025-06-11", "W-WED")]) / 100), 10000)
    fig = f"{cho}兆{oku:04d}億ドル"
    rec = by_claim(check_text(f"FRBが保管する外国中銀の米国債は{fig}だった。", date="2025-06-13", store=data), fig)
    assert (rec["series"], rec["verdict"]) == ("fred.wmtsecl1", "supported"), rec
    rec = by_claim(check_text(f"FRBが保有する米国債は{fig}だった。", date="2025-06-13", store=data), fig)
    assert rec["series"] != "fred.wmtsecl1" and rec["verdict"] != "contradicted", rec


def test_a_list_line_of_the_top_holders_together_is_no_grand_total(data, loaded_store):
    # the near miss of a list's total line: the three named together are not all foreign holders
    p = pd.Period("2019-03", "M")
    tic = {k: series(f"tic.holdings.{k}", loaded_store)[p] for k in ("japan", "china_mainland", "united_kingdom")}
    lines = f"Japan: ${tic['japan']:,.1f}\nChina: ${tic['china_mainland']:,.1f}\nUnited Kingdom: ${tic['united_kingdom']:,.1f}\n"
    top = sum(tic.values())
    text = f"Who owns America's debt?\n\nForeign holders of U.S. Treasuries (in billions)\n\n{lines}Top three total: ${top:,.1f}\n"
    recs = check_text(text, date="2019-05-20", store=data)
    assert not [r for r in recs if r["series"] == "tic.holdings.grand_total"], recs
    assert not [r for r in recs if r["verdict"] == "contradicted"], recs


# ------------------------------------------------------------------ base_frames (76c86cb): a sentence opening on its base

Q = pd.Period("2019-03", "M")
_TIC_DAY = "2019-05-20"  # March 2019's TIC data came out on 15 May 2019
_LEDE = "日本と中国の米国債保有額が発表された。\n\n"


@pytest.fixture(scope="module")
def moves(loaded_store):
    """Japan's and China's change on the year and on the month to March 2019 (USD bn), and Japan's levels."""
    jp, cn = (series(f"tic.holdings.{k}", loaded_store) for k in ("japan", "china_mainland"))
    return {"jy": jp[Q] - jp[Q - 12], "jm": jp[Q] - jp[Q - 1], "cy": cn[Q] - cn[Q - 12], "cm": cn[Q] - cn[Q - 1],
            "jp0": jp[Q - 12], "jp": jp[Q]}


def _ja_move(v: float, noun: bool = False) -> str:
    return ("増" if v > 0 else "減") if noun else ("増えた" if v > 0 else "減った")


@pytest.mark.parametrize("opening, base", [
    ("前年同月比では、", "year"),
    # other words for the same openings (fixed in session 21: 'と比べると' was no opening, the change read on the month)
    ("前年同月と比べると、", "year"),
    ("1年前と比べると、", "year"),
    ("前月と比べると、", "month"),
    ("前月比で、", "month"),
])
def test_a_japanese_opening_base_frames_the_holders_changes_after_it(data, moves, opening, base):
    k = "y" if base == "year" else "m"
    cn, jp = moves[f"c{k}"], moves[f"j{k}"]
    text = _LEDE + f"{opening}中国の米国債保有額は{usd_bn_ja(abs(cn))}{_ja_move(cn, True)}、日本は{usd_bn_ja(abs(jp))}{_ja_move(jp, True)}だった。"
    start = str(Q - 12 if base == "year" else Q - 1)
    for fig in (usd_bn_ja(abs(cn)), usd_bn_ja(abs(jp))):
        rec = by_claim(check_text(text, date=_TIC_DAY, store=data), fig)
        assert (rec["verdict"], rec["official_period"]) == ("supported", f"{start} to {Q}"), rec["explanation"]


@pytest.mark.parametrize("opening", [
    "On a year-on-year basis, ",
    # (fixed in session 21: carry.same_period took 'the same month last year' for the figure's own period, a year
    # before the story's, and set it aside as 'other' before base_frames could read the opening)
    "Compared with the same month last year, ",
])
def test_an_english_opening_base_frames_the_change_after_it(data, moves, opening):
    cy = moves["cy"]
    text = f"{opening}China's holdings of U.S. Treasuries {'rose' if cy > 0 else 'fell'} ${abs(cy):.1f} billion."
    rec = by_claim(check_text(text, date=_TIC_DAY, store=data), f"${abs(cy):.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", f"{Q - 12} to {Q}"), rec["explanation"]


def test_a_change_whose_clause_names_its_month_or_base_keeps_it(data, moves):
    # the near misses: the opening does not reach a change whose own clause names its month or its base
    jm, cm = moves["jm"], moves["cm"]
    text = _LEDE + f"前年同月比では、日本の保有額は3月に{usd_bn_ja(abs(jm))}{_ja_move(jm)}。"
    rec = by_claim(check_text(text, date=_TIC_DAY, store=data), usd_bn_ja(abs(jm)))
    assert (rec["verdict"], rec["official_period"]) == ("supported", f"{Q - 1} to {Q}"), rec["explanation"]
    jy = moves["jy"]
    text = (f"Year on year, Japan's holdings rose ${jy:.1f} billion; China's {'rose' if cm > 0 else 'fell'} "
            f"${abs(cm):.1f} billion from February.")
    rec = by_claim(check_text(text, date=_TIC_DAY, store=data), f"${abs(cm):.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", f"{Q - 1} to {Q}"), rec["explanation"]


@pytest.mark.parametrize("opening", [
    # the near misses of the carry fix: the figure's period (a year back), not a base
    "In the same month last year, ",
    # a base, but the period reader takes 'the same period a year earlier' for the figure's own (a year back): it
    # stays set aside, as before, never judged on the year before's change
    "Against the same period a year earlier, ",
])
def test_a_change_in_the_same_month_last_year_is_not_judged_on_the_year(data, moves, opening):
    text = f"{opening}China's holdings of U.S. Treasuries fell ${abs(moves['cm']):.1f} billion."
    rec = by_claim(check_text(text, date=_TIC_DAY, store=data), f"${abs(moves['cm']):.1f} billion")
    assert rec["verdict"] != "contradicted" and rec["official_period"] != f"{Q - 12} to {Q}", rec


@pytest.mark.xfail(strict=True, reason="a level a change starts from ('1兆444億ドルから') in a sentence opening on a "
                   "year-back base is read as the month before's (base_frames frames changes only; the level's 'from' "
                   "month is the month before) and a true level is called contradicted; the change itself is not "
                   "framed because 'から' counts as a base of its clause's own")
def test_a_from_level_in_a_sentence_opening_on_a_year_back_base_is_a_year_before(data, moves):
    text = _LEDE + (f"前年同月比では、日本の米国債保有額は{usd_bn_ja(abs(moves['jp0']))}から{usd_bn_ja(abs(moves['jp']))}に"
                    f"{usd_bn_ja(abs(moves['jy']))}増えた。")
    rec = by_claim(check_text(text, date=_TIC_DAY, store=data), usd_bn_ja(abs(moves["jp0"])))
    assert (rec["verdict"], rec["official_period"]) == ("supported", str(Q - 12)), rec["explanation"]


@pytest.mark.xfail(strict=True, reason="'while month on month they rose $9.3 billion': the figure's clause names its "
                   "own base, but the year base of the sentence's opening is read for it (so before base_frames too: an "
                   "older reading of 'Year on year'), so a true monthly change is set aside as far from the year's")
def test_a_month_on_month_clause_after_a_year_on_year_one_is_the_months(data, moves):
    jy, jm = moves["jy"], moves["jm"]
    text = (f"Year on year, Japan's holdings rose ${jy:.1f} billion, while month on month they "
            f"{'rose' if jm > 0 else 'fell'} ${abs(jm):.1f} billion.")
    rec = by_claim(check_text(text, date=_TIC_DAY, store=data), f"${abs(jm):.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", f"{Q - 1} to {Q}"), rec["explanation"]


# ------------------------------------------------------------------ holdings._dropped_out (18bdddb): SLT Table 3


def test_a_holder_after_it_left_the_major_foreign_holders_table_is_read_in_slt(data, loaded_store):
    ext = data.series("tic.holdings_ext.russia").dropna()
    feb, jan = pd.Period("2019-02", "M"), pd.Period("2019-01", "M")
    assert series("tic.holdings.russia", loaded_store).index[-1] < jan  # (Russia left the table after December 2018)
    up = ext[feb] - ext[jan]
    for text in (f"Russia raised its holdings of U.S. Treasuries by ${up:.1f} billion in February to ${ext[feb]:.1f} "
                 "billion.",
                 f"Russia's holdings of U.S. Treasuries rose ${up:.1f} billion from January to February."):
        recs = check_text(text, date="2019-04-20", store=data)
        rec = by_claim(recs, f"${up:.1f} billion")
        assert (rec["series"], rec["verdict"]) == ("tic.holdings_ext.russia", "supported"), rec


def test_a_holders_month_still_in_the_table_is_read_there(data, loaded_store):
    # the near miss: Russia's December 2018 is the table's own last month; China never left it
    ru = series("tic.holdings.russia", loaded_store)
    dec = ru.index[-1]
    rec = by_claim(check_text(f"Russia's holdings of U.S. Treasuries stood at ${ru[dec]:.1f} billion in {dec:%B %Y}.",
                              date="2019-04-20", store=data), f"${ru[dec]:.1f} billion")
    assert (rec["series"], rec["verdict"]) == ("tic.holdings.russia", "supported"), rec
    cn = series("tic.holdings.china_mainland", loaded_store)
    rec = by_claim(check_text(f"China held ${cn[Q]:,.1f} billion of U.S. Treasuries at the end of March.",
                              date=_TIC_DAY, store=data), f"${cn[Q]:,.1f} billion")
    assert (rec["series"], rec["verdict"]) == ("tic.holdings.china_mainland", "supported"), rec


# ------------------------------------------------------------------ tic_prose_ja (0f6367c): Form S flows in Japanese


def _form_s(loaded_store, kind: str, month: str) -> float:
    gp = series(f"tic.forms.grand_total.gross_purchases_{kind}", loaded_store)
    gs = series(f"tic.forms.grand_total.gross_sales_{kind}", loaded_store)
    return float((gp - gs)[pd.Period(month, "M")])


def _ja_mn(mn: float) -> str:
    oku, rest = divmod(round(abs(mn) * 100), 10_000)
    return f"{oku}億{rest}万ドル" if rest else f"{oku}億ドル"


_TIC_LEDE = "米財務省が発表した5月の対米証券投資統計によると、"


def test_form_s_flows_told_in_other_japanese_words_are_read(data, loaded_store):
    st, co, co4 = (_form_s(loaded_store, k, m) for k, m in (("us_stocks", "2018-05"), ("corporate_bonds", "2018-05"),
                                                             ("corporate_bonds", "2018-04")))
    for text, fig, month in (
        (_TIC_LEDE + f"海外投資家は米国株を{_ja_mn(st)}{'買い越した' if st > 0 else '売り越した'}。", _ja_mn(st), "2018-05"),
        (_TIC_LEDE + f"米社債の{'買い越し' if co > 0 else '売り越し'}額は{_ja_mn(co)}で、4月の{_ja_mn(co4)}から変化した。",
         _ja_mn(co4), "2018-04"),
    ):
        rec = by_claim(check_text(text, date="2018-07-17", store=data), fig)
        assert (rec["measure"], rec["verdict"], rec["official_period"]) == ("tic_prose_flow", "supported", month), rec


@pytest.mark.parametrize("template", [
    _TIC_LEDE + "日本の投資家は米国株を{fig}{trade}した。",  # a holder of its own: not all foreigners
    "5月の国際収支統計によると、国内投資家による米国株の{trade}額は{fig}だった。",  # no TIC story
    _TIC_LEDE + "米社債は{other}の買い越し。一方、米国株の時価総額は{fig}減少した。",  # no trade: a market's value
    _TIC_LEDE + "米国株は{other}の売り越し。海外の民間投資家は{fig}の{trade}だった。",  # a part of all foreigners
])
def test_dollar_figures_that_are_no_form_s_flow_of_all_foreigners_are_not_read_so(data, loaded_store, template):
    st = _form_s(loaded_store, "us_stocks", "2018-05")
    fig = _ja_mn(_form_s(loaded_store, "corporate_bonds", "2018-04"))
    text = template.format(fig=fig, trade="買い越し" if st > 0 else "売り越し", other=_ja_mn(st))
    rec = by_claim(check_text(text, date="2018-07-17", store=data), fig)
    assert rec["measure"] != "tic_prose_flow" and rec["verdict"] != "contradicted", rec


# ------------------------------------------------------------------ japanese_ranks (4a99dc8, 062c53f): places


_RANK_LEDE = "米財務省が発表した3月の国際資本統計によると、日本の米国債保有額は増加した。"


@pytest.mark.parametrize("place", [
    # a place among the month's moves, not in holdings (fixed in session 21: 4a99dc8 read a place of two digits
    # reached or kept, and 'Nとなった' was read before it, as a holder's place in holdings, contradicted)
    "増加額では日本が12位となった。",
    "増加額では日本が3位となった。",
    "買い越し額では英国が12位を維持した。",
    "保有額の増加幅は日本が12位となった。",
])
def test_a_place_among_the_months_moves_is_no_place_in_holdings(data, place):
    recs = check_text(_RANK_LEDE + place, date=_TIC_DAY, store=data)
    assert not [r for r in recs if r["measure"] == "rank"], recs


def test_a_place_kept_and_a_place_lost_by_a_sale_are_places_in_holdings(data, loaded_store):
    # the near misses: a place of two digits kept is read; a sale that led to a place ("売却で2位に転落") is no ranking
    # of sales
    sa = series("tic.holdings.saudi_arabia", loaded_store)[Q]
    rec = by_claim(check_text(f"米財務省が発表した3月の国際資本統計によると、サウジアラビアの米国債保有額は{sa * 10:.0f}億ドルで"
                              "11位を維持した。", date=_TIC_DAY, store=data), "11位")
    assert (rec["measure"], rec["official_value"]) == ("rank", 11.0), rec
    recs = check_text("米財務省が発表した3月の国際資本統計によると、中国は米国債の売却で2位に転落した。", date=_TIC_DAY, store=data)
    assert [r["official_value"] for r in recs if r["measure"] == "rank"] == [1.0], recs


# ------------------------------------------------------------------ inline_tables (fddfc67): a table on one line


def test_a_one_line_table_of_holders_with_a_bracketed_unit_is_read(data, tic):
    c, j, u = (tic(k)[Q] for k in ("china_mainland", "japan", "united_kingdom"))
    text = f"米財務省が発表した3月の国際資本統計によると、上位の保有額(10億ドル)は、中国{c:.1f}、日本{j:.1f}、英国{u:.1f}。"
    recs = check_text(text, date=_TIC_DAY, store=data)
    for v in (c, j, u):
        assert by_claim(recs, f"{v:.1f}")["verdict"] == "supported"


@pytest.mark.parametrize("caption, values", [
    # another kind of figure by country (fixed in session 21: foreign exchange reserves were read as Treasuries and
    # two true figures called contradicted)
    ("外貨準備高は次の通り(単位、10億ドル)。", "中国3098.8、日本1291.8、スイス805.5、サウジアラビア500.1"),
    ("名目GDPは次の通り(単位、10億ドル)。", "米国21433.2、中国14342.9、日本5082.5、英国2827.1"),
    # changes, not levels (were read as levels, far from them)
    ("前月比の増減は次の通り(単位、10億ドル)。", "中国-10.4、日本9.3、英国14.6、ブラジル3.9"),
])
def test_a_one_line_table_of_another_figure_is_no_table_of_holdings(data, caption, values):
    recs = check_text(f"米財務省が発表した3月の国際資本統計によると、{caption}{values}。", date=_TIC_DAY, store=data)
    assert not [r for r in recs if r["measure"] == "holdings_level"], recs


@pytest.mark.xfail(strict=True, reason="a bracketed unit caption inside a sentence ('保有額(10億ドル)は') is read as a "
                   "figure of one billion dollars of the holder named after it and called contradicted (as it was "
                   "before inline_tables); the unit is no claim")
def test_a_bracketed_unit_caption_is_no_figure(data, tic):
    c, j, u = (tic(k)[Q] for k in ("china_mainland", "japan", "united_kingdom"))
    text = f"米財務省が発表した3月の国際資本統計によると、上位の保有額(10億ドル)は、中国{c:.1f}、日本{j:.1f}、英国{u:.1f}。"
    recs = check_text(text, date=_TIC_DAY, store=data)
    assert not [r for r in recs if r["claim"] == "10億ドル" and r["verdict"] == "contradicted"], recs


# ------------------------------------------------------------------ 110cc2a: a US kind other than Treasuries, any story


def test_all_foreigners_corporate_bonds_in_a_story_naming_no_tic_are_form_s(data, loaded_store):
    net = _form_s(loaded_store, "corporate_bonds", "2022-07") / 1000
    rec = by_claim(check_text(f"Foreigners bought ${net:.1f} billion of U.S. corporate bonds in July.", date="2022-09-16",
                              store=data), f"${net:.1f} billion")
    assert (rec["measure"], rec["verdict"]) == ("tic_prose_flow", "supported"), rec


@pytest.mark.parametrize("text", [
    "Hedge funds sold $12.4 billion of U.S. stocks in July, Goldman Sachs said.",  # a holder of its own: not read
    "Investors pulled $20.5 billion from U.S. stock funds in the week to Wednesday, Lipper data showed.",
])
def test_others_trades_in_us_stocks_are_no_form_s_flow(data, text):
    recs = check_text(text, date="2022-09-16", store=data)
    assert not [r for r in recs if r["measure"] == "tic_prose_flow"], recs


@pytest.mark.xfail(strict=True, reason="a fund-flow tracker's weekly figure ('U.S. stocks saw outflows of $20.5 billion "
                   "last week ..., EPFR said') names no holder, so since 110cc2a (a US kind other than Treasuries is "
                   "TIC's in any story) it is read as all foreigners' Form S net purchases of US stocks; it is judged "
                   "unverifiable only because it is far from the month's: nothing says a week or a fund tracker is "
                   "no TIC figure")
def test_a_fund_trackers_weekly_outflow_from_us_stocks_is_no_form_s_flow(data):
    recs = check_text("U.S. stocks saw outflows of $20.5 billion last week as investors fled equities, EPFR said.",
                      date="2022-09-16", store=data)
    assert not [r for r in recs if r["measure"] == "tic_prose_flow"], recs


# ------------------------------------------------------------------ 2552e70 (a year-back base), 754d288 (implied spans)


def test_a_year_back_base_after_a_date_named_earlier_is_twelve_months(data, tic):
    jp = tic("japan")
    pct, up = 100 * (jp[Q] - jp[Q - 12]) / jp[Q - 12], jp[Q] - jp[Q - 12]
    for text, fig in ((f"Chart of the week for June 22, 2018.\n\nJapan's holdings of Treasuries rose {pct:.1f}% "
                       "year-over-year in March 2019.", f"{pct:.1f}%"),
                      (f"In July last year, China sold Treasuries.\n\nJapan's holdings rose ${up:.1f} billion from a "
                       "year earlier in March.", f"${up:.1f} billion")):
        rec = by_claim(check_text(text, date=_TIC_DAY, store=data), fig)
        assert (rec["verdict"], rec["official_period"]) == ("supported", f"{Q - 12} to {Q}"), rec["explanation"]


def test_a_change_that_is_two_stated_levels_difference_spans_them_and_another_does_not(data, tic):
    jp = tic("japan")
    lead = f"Japan held ${jp[Q]:,.1f} billion in March 2019, up from ${jp[Q - 3]:,.1f} billion in December 2018"
    rec = by_claim(check_text(f"{lead}, a rise of ${jp[Q] - jp[Q - 3]:.1f} billion.", date=_TIC_DAY, store=data),
                   f"${jp[Q] - jp[Q - 3]:.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", f"{Q - 3} to {Q}"), rec["explanation"]
    # the near miss: the month's own change told after the levels is not their difference
    rec = by_claim(check_text(f"{lead}; it rose ${jp[Q] - jp[Q - 1]:.1f} billion on the month.", date=_TIC_DAY,
                              store=data), f"${jp[Q] - jp[Q - 1]:.1f} billion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", f"{Q - 1} to {Q}"), rec["explanation"]
