"""`ustflow check` on what a Japanese figure is judged against (issue 13, session 8): the month a look-back counts
from is no period of the figure even with a comma between them (2010年8月以来、1年10カ月ぶり) or half a year
(6年半ぶり); a bare "N年ぶり水準" is the extreme of the figure it follows; "国内全体" (all of Japan) is all residents,
not the sector a clause before names. Invented sentences in the shapes of real articles; official values from the
loaded store."""

from __future__ import annotations

import pandas as pd

from tests.helpers import as_read, by_claim, series
from ustflow.views.check import check_text


def test_a_look_back_after_a_comma_keeps_its_month_out_of_the_figures_period(data, loaded_store):
    v = float(series("mof.monthly.lt_debt.life_insurers.net", loaded_store)[pd.Period("2012-06", "M")])
    r = check_text(f"生保の対外債券投資は{v:.0f}億円の買い越しと、2010年8月以来、1年10カ月ぶりの高水準だった。",
                   date="2012-07-09", store=data)
    rec = by_claim(r, f"{v:.0f}億円")
    assert rec["official_period"] == "2012-06"  # the month reported, not August 2010
    assert rec["verdict"] == "supported"
    assert by_claim(r, "2010年8月以来、1年10カ月ぶりの高水準")["verdict"] == "supported"


def test_half_a_year_look_back_and_the_rank_keep_the_stated_month(data):
    r = check_text("2015年2月末の米国債保有額は日本が08年8月以来、6年半ぶりに中国を抜いて首位になった。",
                   date="2015-04-16", store=data)
    assert by_claim(r, "首位")["official_period"] == "2015-02"


def test_a_bare_level_look_back_is_an_extreme_not_a_first_purchase(data):
    # the life insurers bought in May 2012 as well: "not the first net purchase" would misread the headline
    r = check_text("6月の対外債券投資、生保買い越しで1年10カ月ぶり水準", date="2012-07-09", store=data)
    rec = by_claim(r, "1年10カ月ぶり水準")
    assert rec["verdict"] == "supported"
    assert "first time" not in rec["explanation"]


def test_all_of_japan_is_all_residents_not_the_sector_named_before(data, loaded_store):
    v = float(series("mof.monthly.assets.lt_debt.net", loaded_store)[pd.Period("2012-06", "M")])
    r = check_text(f"銀行などの対外債券投資も続いており、国内全体からの対外債券投資としては{v:,.0f}億円の買い越しだった。"
                   .replace(",", ""), date="2012-07-09", store=data)
    rec = by_claim(r, f"{v:.0f}億円")
    assert rec["series"] == "mof.monthly.assets.lt_debt.net"
    assert rec["verdict"] == "supported"


# --- Japanese TIC stories: which figure is a level, a change, a starting level or a gap, and of whom ---


def test_a_move_to_a_level_after_a_starting_level_of_a_named_country(data):
    r = check_text("メキシコの米国債保有高は、8月の461億ドルから477億ドルに増加した。", date="2016-11-30", store=data)
    frm, to = by_claim(r, "461億ドル"), by_claim(r, "477億ドル")
    assert frm["subject"] == "Mexico" and frm["official_period"] == "2016-08"
    assert to["measure"] == "holdings_level" and to["official_period"] == "2016-09"  # the level reached, not 増加 by it
    assert to["verdict"] == frm["verdict"] == "supported"


def test_a_change_between_two_levels_ends_where_the_level_is_without_the_word_holdings(data):
    r = check_text("日本は10月に米国債を売り増しし、9月の1兆1364億ドルから45億ドル減の1兆1319億ドルとなった。",
                   date="2016-12-20", store=data)
    ch = by_claim(r, "45億ドル")
    assert ch["measure"] == "holdings_change" and ch["official_period"].endswith("2016-10")
    assert ch["verdict"] == "supported"
    assert by_claim(r, "1兆1319億ドル")["official_period"] == "2016-10"
    assert by_claim(r, "1兆1364億ドル")["official_period"] == "2016-09"


def test_the_major_foreign_holders_together_and_the_level_they_passed(data):
    r = check_text("外国主要債権者の米国債保有高は、12月末の時点で6兆0028億ドルに達し、前月(調整済み)の5兆9530億ドルを上回った。",
                   date="2017-02-28", store=data)
    now, before = by_claim(r, "6兆0028億ドル"), by_claim(r, "5兆9530億ドル")
    assert now["series"] == "tic.holdings.grand_total" and now["official_period"] == "2016-12"
    assert before["official_period"] == "2016-11"
    assert now["verdict"] == before["verdict"] == "supported"


def test_figures_listed_each_for_a_month_of_a_range(data):
    r = check_text("中国は昨年9−11月の間に、米国債をそれぞれ281億ドル、413億ドル、664億ドル売り増ししていた。",
                   date="2017-02-16", store=data)
    for fig, month in (("281億ドル", "2016-09"), ("413億ドル", "2016-10"), ("664億ドル", "2016-11")):
        rec = by_claim(r, fig)
        assert rec["measure"] == "holdings_change" and rec["official_period"].endswith(month), (fig, rec)
        assert rec["verdict"] == "supported"


def test_a_fall_since_a_month_runs_from_that_month_to_the_latest(data):
    r = check_text("中国の米国債保有規模は、2016年8月より694億ドル減少している。", date="2016-12-31", store=data)
    rec = by_claim(r, "694億ドル")
    assert rec["official_period"] == "2016-08 to 2016-10" and rec["verdict"] == "supported"


def test_exceeding_or_trailing_another_holder_by_a_sum_is_the_gap(data):
    r = check_text("中国の10月の米国債保有額は、日本を162億ドル下回った。", date="2016-12-31", store=data)
    rec = by_claim(r, "162億ドル")
    assert rec["measure"] == "holdings_gap" and rec["subject"] == "China (mainland)"
    assert rec["verdict"] == "supported"


def test_a_month_on_month_change_after_a_connective_is_the_countrys_latest_month(data):
    # the sentence before names another month (2月): 前月比 is the month before the figure's own, the latest here
    r = check_text("2月の日本の米国債保有額は1兆2767億ドルとなり、引き続きトップを維持した。\n\n"
                   "これに対して、2位の中国は前月比で694億ドルの減少となっていた。", date="2016-12-31", store=data)
    rec = by_claim(r, "694億ドル")
    assert rec["measure"] == "holdings_change" and rec["subject"] == "China (mainland)"
    assert rec["official_period"] == "2016-09 to 2016-10"  # not from January (the month before 2月)
    assert rec["verdict"] == "contradicted"  # October's fall was 41.3, not 69.4


def test_the_level_a_move_started_from_with_no_word_for_holdings(data):
    r = check_text("2位の中国は1兆1157億ドルと、前月の1兆1570億ドルから減少した。", date="2016-12-31", store=data)
    rec = by_claim(r, "1兆1570億ドル")
    assert rec["official_period"] == "2016-09" and rec["verdict"] == "supported"


def test_the_next_of_a_ranking_and_this_releases_rank(data, loaded_store):
    s = series("mof.monthly.lt_debt.life_insurers.net", loaded_store)
    now, old = float(s[pd.Period("2012-06", "M")]), float(s[pd.Period("2010-08", "M")])
    r = check_text(f"6月の生保の対外債券投資は{now:.0f}億円の買い越しだった。\n\n"
                   f"対外債券投資で生命保険会社による買い越しが最も多かったのは、2008年4月に記録した1兆0573億円。\n\n"
                   f"次いで2010年8月の1兆{old - 10000:04.0f}億円となっており、今回の買い越し額は過去3番目の水準だ。",
                   date="2012-07-09", store=data)
    nxt = by_claim(r, f"1兆{old - 10000:04.0f}億円")
    assert nxt["series"] == "mof.monthly.lt_debt.life_insurers.net" and nxt["official_period"] == "2010-08"
    rank = by_claim(r, "過去3番目の水準")
    assert rank["official_period"] == "2012-06" and rank["verdict"] == "supported"  # this release's, not 2010's


def _sale_gaps(s, lo: int, hi: int) -> list:
    """(period, net sale, periods since the previous net sale) for the net sales whose previous sale is ``lo`` to
    ``hi`` periods back."""
    neg = s[s < 0]
    return [(p, float(neg[p]), (p - q).n) for q, p in zip(neg.index, neg.index[1:]) if lo <= (p - q).n <= hi]


def test_kagetsu_buri_counts_the_month_labels_exactly(data, loaded_store):
    # Japanese media count "Nカ月ぶり" as the difference of the months (the last sale in January, now April: "3カ月ぶり");
    # one month more or less is not the same claim (the ±1 tolerance of "about" made "3カ月ぶりの売り越し" two months
    # after the last sale supported)
    gaps = _sale_gaps(series("mof.monthly.assets.lt_debt.net", loaded_store), 2, 5)[-6:]
    assert gaps, "the test needs net sales a few months apart"
    for p, v, k in gaps:
        for n, verdict in ((k, "supported"), (k + 1, "contradicted"), (k - 1, "contradicted")):
            for text in (f"{p.year}年{p.month}月の対外中長期債投資は{round(-v)}億円の売り越しとなった。売り越しは{n}カ月ぶり。",
                         f"{p.year}年{p.month}月、国内投資家は対外中長期債を{round(-v)}億円売り越し、{n}カ月ぶりの売り越しだった。"):
                rec = by_claim(check_text(text, date=str((p + 2).start_time.date()), store=data), f"{n}カ月ぶり")
                assert as_read(rec) == verdict, (text, rec["explanation"])


def test_shu_buri_counts_the_weeks_exactly_unless_about(data, loaded_store):
    # "N週ぶり" is the difference of the weeks; "約N週ぶり" keeps the look-back's tolerance
    gaps = _sale_gaps(series("mof.weekly.assets.lt_debt.net", loaded_store), 2, 6)[-4:]
    assert gaps, "the test needs net sales a few weeks apart"
    for p, v, k in gaps:
        a, b = p.start_time, p.end_time
        for n, pre, verdict in ((k, "", "supported"), (k + 1, "", "contradicted"), (k + 1, "約", "supported")):
            text = (f"財務省によると、{a.month}月{a.day}日~{b.month}月{b.day}日の週に国内投資家は対外中長期債を{round(-v)}億円売り越した。"
                    f"売り越しは{pre}{n}週ぶり。")
            rec = by_claim(check_text(text, date=str((b + pd.Timedelta(days=5)).date()), store=data), f"{n}週ぶり")
            assert rec["verdict"] == verdict, (text, rec["explanation"])


def test_about_n_months_of_monthly_data_counts_month_labels(data, loaded_store):
    # "約3カ月ぶり" keeps a month either side, counted in month labels whatever the months' lengths (by days, a
    # February sale reached back into December and "約3カ月ぶり" two months after the last sale was contradicted, while
    # an April one two months after February was supported)
    gaps = _sale_gaps(series("mof.monthly.assets.lt_debt.net", loaded_store), 2, 5)[-6:]
    for p, v, k in gaps:
        date = str((p + 2).start_time.date())
        for n in (k - 1, k + 1):
            text = f"{p.year}年{p.month}月の対外中長期債投資は{round(-v)}億円の売り越しとなった。売り越しは約{n}カ月ぶり。"
            rec = by_claim(check_text(text, date=date, store=data), f"{n}カ月ぶり")
            assert rec["verdict"] == "supported", (text, rec["explanation"])
