"""Gaps in the claims corpus's label script closed in session 35 (label.py / measures.py / figures.py), each on
real figures from the corpus and the mirror: where builders used to set a value by hand, the script computes it
(or refuses loudly)."""

from __future__ import annotations

import pytest

from tests.claims_corpus import label, measures as M, official as O
from tests.claims_corpus.figures import parse


def _slt1(country, field, period, **kw):
    return M.value({"src": "slt1", "country": country, "field": field, "period": period, **kw})


# ------------------------------------------------------------- 1. SLT Table 1 flows (TIC transactions after 2023-01)

def test_slt1_reads_table1_net_purchases_in_usd_bn(shared_data):
    # worldjournal-2026-01-16 (856億美元 of Treasuries, 922億 of equities, November 2025): the mirror's values
    assert _slt1("Grand Total", "for_lt_treas_net", "2025-11").value == pytest.approx(76.565)
    assert _slt1("Grand Total", "for_lt_eqty_net", "2025-11").value == pytest.approx(94.49)
    assert _slt1("Grand Total", "for_lt_total_net", "2025-11").value == pytest.approx(215.462)
    # econoday-cme-2025-05-16 (March 2025 by security type) and bloomberg-smartfinancepoint-2025-07-17 (Canada)
    assert _slt1("Grand Total", "for_lt_total_net", "2025-03").value == pytest.approx(183.047)
    assert _slt1("Grand Total", "for_lt_agcy_net", "2025-03").value == pytest.approx(-11.295)
    assert _slt1("Canada", "for_lt_treas_net", "2025-05").value == pytest.approx(65.866)
    # positions (the provenance note's Japan 2026-04 figures) and aliases ('total' = Grand Total)
    assert _slt1("Japan", "for_lt_total_pos", "2026-04").value == pytest.approx(2993.57)
    assert _slt1("Japan", "for_lt_treas_pos", "2026-04").value == pytest.approx(1056.542)
    assert _slt1("total", "for_lt_treas_net", "2025-11").value == pytest.approx(76.565)


def test_slt1_sums_ranges_changes_and_refuses_before_the_slt_basis(shared_data):
    two = _slt1("Grand Total", "for_lt_treas_net", "2025-10..2025-11")
    assert two.value == pytest.approx(_slt1("Grand Total", "for_lt_treas_net", "2025-10").value + 76.565)
    # '比10月激增近53%' (worldjournal): November's equity purchases on October's, in percent
    pct = _slt1("Grand Total", "for_lt_eqty_net", "2025-11", **{"from": "2025-10", "pct": True})
    assert pct.unit == "percent" and pct.value == pytest.approx((94.49 / 60.225 - 1) * 100, abs=1e-3)
    # net flows are n.a. before 2023-02 (Form S, src = "tic_s", has those months on its own basis): no value
    assert _slt1("Grand Total", "for_lt_total_net", "2023-01").value is None
    assert _slt1("Grand Total", "for_lt_total_net", "2023-01..2023-02").value is None
    with pytest.raises(ValueError, match="unknown field"):
        _slt1("Grand Total", "for_treas_net", "2025-11")  # a Table 3 field asked of Table 1


def test_slt1_labels_a_real_claim(shared_data):
    claim = {"figure": "US$65.8 billion", "sign": 1,
             "official": {"src": "slt1", "country": "Canada", "field": "for_lt_treas_net", "period": "2025-05"}}
    off = label._official(claim)
    assert label.judge(claim, off, "")[0] == "supported"  # 65,866 truncates to 65.8
    claim = {"figure": "$10.8 billion", "sign": -1,
             "official": {"src": "slt1", "country": "Grand Total", "field": "for_lt_agcy_net", "period": "2025-03"}}
    assert label.judge(claim, label._official(claim), "")[0] == "contradicted"  # -11.3 today (revised)


def test_slt1_series_for_streaks(shared_data):
    from tests.claims_corpus.derived import series_of
    s = series_of({"src": "slt1", "country": "Grand Total", "field": "for_lt_treas_net", "period": "2025-11"})
    assert s.index[0] == "2023-02" and s["2025-11"] == pytest.approx(76.565)


def test_parse_slt_table_reads_machine_header():
    lines = ["Table 1: title", "\t\t\tTotal", "country\tcountry_code\tdate\tfor_lt_total_pos\tfor_lt_total_net",
             "Ruritania\t1\t2025-01\t1,234\tn.a.", "Ruritania\t1\t2025-02\t1300\t66"]
    df = O.parse_slt_table(lines)
    assert list(df["date"]) == ["2025-01", "2025-02"]
    assert df["for_lt_total_net"].isna().tolist() == [True, False] and df["for_lt_total_pos"].iloc[0] == 1234


# ------------------------------------------------------------- 2. multiples (倍, 배, -fold, times), 成, Chinese numerals


@pytest.mark.parametrize("figure, value, step, qualifier", [
    # figures of the corpus (bloomberg-jp-2010-02-08, jiji-2024-02-29, asahi-2016-02-08, afpbb-2009-12-08,
    # jiji-infoseek-2025-02-10, kyodo-japantimes-2021-05-13, kyodo-japantimes-2010-08-10, balthazarkorab-2021-04-15,
    # fortunefwd-2025-05, epochtimes-hk-2022-03-09, kubota-yahoo-2014-05-20)
    ("5.5倍", 5.5, 0.1, "exact"), ("2.6-fold", 2.6, 0.1, "exact"), ("6・3倍", 6.3, 0.1, "exact"),
    ("約7倍", 7, 1, "approx"), ("3倍超", 3, 1, "more_than"), ("eight-fold", 8, 1, "exact"),
    ("more than six-fold", 6, 1, "more_than"), ("almost nine times", 9, 1, "nearly"), ("33 times", 33, 1, "exact"),
    ("10.45倍", 10.45, 0.01, "exact"), ("約倍", 2, 1, "approx"), ("2.5배", 2.5, 0.1, "exact"),
])
def test_multiples_read_as_ratios(figure, value, step, qualifier):
    fig = parse(figure, None, figure)
    assert (fig.unit, fig.value, fig.qualifier) == ("ratio", pytest.approx(value), qualifier)
    assert fig.step == pytest.approx(step)


@pytest.mark.parametrize("figure, value, step", [
    ("九成二", 92, 1), ("六成七", 67, 1), ("三成", 30, 10),  # 881903-2009-02-09 (Chinese percentage words)
])
def test_chinese_cheng_is_percent(figure, value, step):
    fig = parse(figure)
    assert (fig.unit, fig.value, fig.step) == ("percent", value, step)


def test_chinese_number_words_before_multipliers():
    assert parse("三百亿日元").value == 300 and parse("三百亿日元").unit == "JPY 100mn"
    assert parse("两千亿美元").value == pytest.approx(200) and parse("两千亿美元").unit == "USD bn"
    assert parse("十二万亿日元").value == 120000
    assert parse("一千二百亿日元").value == 1200
    # positional kanji digits (Japanese vertical text, nikkeyshimbun-2007-04-17): 三〇一億ドル = USD 30.1 bn
    assert parse("三〇一億ドル").value == pytest.approx(30.1) and parse("三〇一億ドル").unit == "USD bn"
    assert parse("六二七四億ドル").value == pytest.approx(627.4)
    assert parse("九一〇億八〇〇〇万ドル").value == pytest.approx(91.08)
    assert (parse("約八〇%").value, parse("約八〇%").unit) == (80, "percent")
    assert parse("五九%").value == 59
    # a unit given for the claim keeps its meaning ("three times" counted as interventions is not a ratio)
    assert parse("3 times", "count").unit == "count"


def test_ratio_spec_any_source(shared_data):
    # bloomberg-jp-2010-02-08 '5.5倍': December 2009's current account as a multiple of December 2008's
    off = M.value({"src": "boj", "code": "BPBP6JYNCB", "period": "2009-12", "from": "2008-12", "ratio": True})
    assert off.unit == "ratio" and off.value == pytest.approx(25.52, abs=0.01)
    # jiji-2024-02-29 '2.6-fold': the digital deficit (three codes summed), 2023 on 2014 (two deficits: positive)
    off = M.value({"src": "boj", "code": ["BPBP6JYNSN9062", "BPBP6JYNSN907", "BPBP6JYNSN9082"],
                   "period": "2023-01..2023-12", "from": "2014-01..2014-12", "ratio": True})
    assert off.value == pytest.approx(2.77, abs=0.01)
    claim = {"figure": "2.6-fold", "official": {"src": "boj", "code": "BPBP6JYNCB", "period": "2023-04..2024-03",
                                                 "from": "2022-04..2023-03", "ratio": True}}
    assert label.judge(claim, label._official(claim), "")[0] == "contradicted"  # 2.90 today
    claim["figure"] = "2.9倍"
    assert label.judge(claim, label._official(claim), "")[0] == "supported"
    with pytest.raises(ValueError, match="ratio"):
        M.value({"src": "boj", "code": "BPBP6JYNCB", "period": "2009-12", "ratio": True})


# ------------------------------------------------------------- 4. garbled figures fail loudly

def test_garbled_figure_fails_naming_it():
    # ytn-2024-11-11 (a Korean page): '52조2조222억 엔' must not read as 20,222
    with pytest.raises(ValueError, match="garbled figure '52조2조222억 엔'"):
        parse("52조2조222억 엔")
    with pytest.raises(ValueError, match="garbled"):
        parse("3億2兆円")
    # ranges and brackets with two 兆 figures are not garbled
    assert parse("12兆~13兆円").unit == "JPY 100mn"
    assert parse("5兆2600億円─5兆5100億円規模").value == 52600


def test_reading_key_must_differ_and_be_explained(shared_data):
    art = {"id": "x", "publication": "p", "date": "2024-01-01", "text": "赤字は1兆3748円であり"}
    claim = {"figure": "1兆3748円", "sentence": "赤字は1兆3748円であり", "categories": ["level"], "accept": ["supported"],
             "reading": "1兆3748億円", "sign": -1,
             "official": {"src": "boj", "code": "BPBP6JYNSN2", "period": "2005-04..2005-09"}}
    with pytest.raises(label.LabelError, match="reading"):
        label.label_claim(art, 0, claim)  # no note explaining it
    claim["note"] = "The page drops 億: read as 1兆3748億円 (its evident meaning)."
    rec = label.label_claim(art, 0, claim)
    assert rec["computed_verdict"] == "supported" and rec["comparison"]["claimed_value"] == -13748


# ------------------------------------------------------------- 6. holders together (more than two) and shares of a row

def test_tic_plus_list_with_from_sums_the_changes(shared_data):
    # netease-2025-07-18: Japan, China and the UK together in 2024 (by hand: -53.8 - 57.3 + 34.2 = -76.9)
    off = M.value({"src": "tic", "country": "Japan", "plus": ["China", "United Kingdom"], "period": "2024-12",
                   "from": "2023-12"})
    assert off.value == pytest.approx(-76.9, abs=0.05) and off.unit == "USD bn"
    # a level of three holders, and two (plus as a string) as before
    three = M.value({"src": "tic", "country": "Japan", "plus": ["China", "United Kingdom"], "period": "2024-12"})
    assert three.value == pytest.approx(1061.5 + 759.0 + 722.8, abs=0.05)
    two = M.value({"src": "tic", "country": "Japan", "plus": "China", "period": "2024-12"})
    assert two.value == pytest.approx(1061.5 + 759.0, abs=0.05)


def test_tic_share_of_a_row(shared_data):
    # europapress-executivedigest-2016-12-16 (October 2016): Japan 18,7%, China 18,5%, together 37,2%
    def share(**kw):
        return M.value({"src": "tic", "share_of": "Grand Total", "period": "2016-10"} | kw)

    assert share(country="Japan").value == pytest.approx(18.73, abs=0.01) and share(country="Japan").unit == "percent"
    assert share(country="China").value == pytest.approx(18.46, abs=0.01)
    assert share(country="Japan", plus="China").value == pytest.approx(37.19, abs=0.01)
    with pytest.raises(ValueError, match="share"):
        M.value({"src": "tic", "country": "Japan", "share_of": "Grand Total", "period": "2016-10", "from": "2016-09"})


def test_multiples_round_and_take_japanese_qualifiers():
    from tests.claims_corpus.figures import consistent
    # kouken-2023-10-10 '3倍' for 3.85 times: a multiple is rounded, never truncated (ntv-2023-11-09's 3.10: supported)
    assert not consistent(3, 3.8493, parse("3倍"))[0] and consistent(3, 3.105, parse("3倍"))[0]
    # kyodo-japantoday-2025-11-11 'nearly three times' for 2.60: no half-step below for a multiple
    f = parse("nearly three times higher", None, "nearly three times higher")
    assert not consistent(3, 2.603, f)[0] and consistent(3, 2.9, f)[0]
    # nhk-2021-02-08 '2倍以上' / '2倍余り' (2.10: more than), nikkei-taxaccounting-2011-02-08 '2倍近く' (1.77: not nearly)
    assert parse("2倍以上", None, "2倍以上").qualifier == "more_than"
    assert parse("2倍余り", None, "2倍余り").qualifier == "more_than"
    near = parse("2倍近く", None, "2倍近く")
    assert near.qualifier == "nearly" and not consistent(2, 1.7663, near)[0] and consistent(2, 1.9642, near)[0]
    assert parse("2倍弱", None, "2倍弱").qualifier == "nearly"


# ------------------------------------------------------------- 6. half-year streaks and yoy gaps

def test_half_year_on_half_year_streak(shared_data):
    from tests.claims_corpus.derived import derived, series_of

    # dpa-derstandard-2001-08-13 'zum fünften Mal in Folge': the goods surplus below the same half a year earlier
    # in H1 1999, H2 1999, H1 2000, H2 2000 and H1 2001 (H2 1998 had risen)
    spec = {"src": "boj", "code": "BPBP6JYNTB", "period": "2001-H1", "annual": "half", "derive": "streak", "on": "yoy"}
    off = derived(spec)
    assert off.value == 5 and off.period == "2001-01..2001-06"
    halves = series_of({"src": "boj", "code": "BPBP6JYNTB", "period": "2001-H1", "annual": "half"})
    assert halves["1999-H2"] == pytest.approx(71939.5, abs=0.1) and halves["2001-H1"] == pytest.approx(43636.3, abs=0.1)
    # fiscal halves: April-September 2023 (jbpress-2023-11-15's first half of fiscal 2023)
    fh = series_of({"src": "boj", "code": "BPBP6JYNCB", "period": "2023-H1", "annual": "fiscal_half"})
    assert fh["2023-H1"] == pytest.approx(140667.9, abs=0.1) and fh["2022-H2"] == pytest.approx(45789.5, abs=0.1)


def test_first_yoy_rise_in_15_months(shared_data):
    from tests.claims_corpus.derived import derived

    # efe-investingbr-2010-02-08 'seu primeiro aumento em 15 meses': exports up on a year earlier in December 2009,
    # after 14 months of falls (October 2008 - November 2009)
    spec = {"src": "boj", "code": "BPBP6JYNEX", "period": "2009-12", "derive": "gap_same_sign", "on": "yoy"}
    assert derived(spec).value == 15


# ------------------------------------------------------------- 6. ranks of intervention days

def test_intervention_day_ranks(shared_data):
    from tests.claims_corpus.derived import derived, series_of

    def rank(period, **kw):
        return derived({"src": "intervention", "period": period, "derive": "rank", "order": "max"} | kw)

    yen_buying = {"operation": "buy_jpy_sell_usd"}
    # efe-investinges-2024-08-07 / reuters-marketscreeneres-2024-05-02: 29 April 2024 (5,918.5) the largest yen-buying day
    assert rank("2024-04-29", **yen_buying).value == 1
    # among all operations the yen-selling day of 31 October 2011 (8,072) was larger (ajunews-2012-02-10's record)
    assert rank("2024-04-29").value == 2 and rank("2011-10-31").value == 1
    # sbsbiz-2022-10-01: 22 September 2022, the first yen-buying day in the file
    assert rank("2022-09-22", **yen_buying).value == 1
    # a row spanning several days (a monthly total) is not a day
    days = series_of({"src": "intervention", "period": "2026-08-26", **yen_buying})
    assert "2026-07-30" not in days.index and days["2024-04-29"] == pytest.approx(5918.5)


# ------------------------------------------------------------- 6. percent moves of the yen (DEXJPUS)

def test_yen_percent_moves_on_dexjpus(shared_data):
    def move(frm, to, **kw):
        return M.value({"src": "fred", "code": "DEXJPUS", "period": to, "from": frm, **kw})

    # boersenzeitung-2024-06-03: 115.17 (30 December 2021) -> 131.81 (30 December 2022): the yen -12.6%, USD/JPY +14.4%
    assert move("2021-12-30", "2022-12-30", yen=True).value == pytest.approx(-12.62, abs=0.01)
    assert move("2021-12-30", "2022-12-30", pct=True).value == pytest.approx(14.45, abs=0.01)
    # reuters-devdiscourse-2025-06-12: 157.37 (31 December 2024) -> 144.87 (6 June 2025): the yen +8.6%
    off = move("2024-12-31", "2025-06-06", yen=True)
    assert off.unit == "percent" and off.value == pytest.approx(8.63, abs=0.01)
    with pytest.raises(ValueError, match="DEXJPUS"):
        M.value({"src": "fred", "code": "DGS10", "period": "2025-06-06", "from": "2024-12-31", "yen": True})

# ------------------------------------------------------------- 5. dollar conversions of months before DEXJPUS (2018)

def test_conversion_before_dexjpus_falls_back_to_the_publication_date(shared_data):
    # nikkei-asiaventurepedia-2018-01-12: November 2017 (no DEXJPUS in the mirror), published 12 January 2018:
    # the rule's other rate, DEXJPUS on the publication date, is in the files
    claim = {"figure": "$12 billion", "official": {"src": "boj", "code": "BPBP6JYNCB", "period": "2017-11"}}
    off = label._official(claim)
    verdict, info = label.judge(claim, off, "", "2018-01-12")
    assert verdict == "supported" and "publication date" in info["fx_rate_source"]
    assert info["fx_rate"] == pytest.approx(label._fx_on("2018-01-12"))


def test_a_miss_at_the_publication_rate_stays_unverifiable(shared_data):
    # nikkeiasia-2018-02-09: '$9.9 billion' for 2017's 1.1 trillion yen converts at 2017's mean rate (not in the
    # mirror); the publication day's rate misses by 4%: unverifiable, never contradicted on the stand-in rate
    claim = {"figure": "$9.9 billion", "official": {"src": "mof_month", "item": "assets.lt_debt.net",
                                                      "period": "2017-01..2017-12"}}
    verdict, info = label.judge(claim, label._official(claim), "", "2018-02-09")
    assert verdict == "unverifiable" and "period's mean rate is not in the files" in info["rule"]


def test_conversion_with_no_rate_at_all_is_unverifiable(shared_data):
    # reuters-2013-05-24: April 2013 published May 2013: neither rate is in the mirror
    claim = {"figure": "$4.32 billion", "official": {"src": "mof_month", "file": "b3", "sector": "life_insurers",
                                                       "period": "2013-04"}}
    assert label.judge(claim, label._official(claim), "", "2013-05-24")[0] == "unverifiable"


# ------------------------------------------------------------- 3. a 兆 figure ending in 円 without 億

def test_cho_with_bare_yen_fails_naming_the_figure():
    # travelvision-2007-11 ('1兆3748円'), sputnik-jp-2024-07-31 ('5兆5348円'), ameblo-snapup-2024-06-11 ('5兆1,634円')
    for figure in ("1兆3748円", "5兆5348円", "5兆1,634円"):
        with pytest.raises(ValueError, match=f"figure '{figure}' has a 兆 group followed by a bare amount"):
            parse(figure, "JPY")
    assert parse("1兆3748億円").value == 13748 and parse("5兆円").value == 50000
