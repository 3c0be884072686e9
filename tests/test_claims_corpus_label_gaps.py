"""Gaps in the claims corpus's label script closed in session 35 (label.py / measures.py / figures.py), each on
real figures from the corpus and the mirror: where builders used to set a value by hand, the script computes it
(or refuses loudly)."""

from __future__ import annotations

import pytest

from tests.claims_corpus import label
from tests.claims_corpus import measures as M
from tests.claims_corpus import official as O


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
