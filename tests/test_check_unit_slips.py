"""Unit slips (issue 13, unit traps): a figure whose significant digits match the official value's at a power of
ten is contradicted as a unit slip, and only when the digits are enough to say so (``compare.unit_trap``)."""

from __future__ import annotations

import pytest

from tests.helpers import claim_containing
from ustflow.check import compare as C
from ustflow.views.check import check_text


# -- the digits, scaled -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("claimed, official, tol, factor", [
    (10400.0, 104652.8, 50.0, 0.1),  # "1.04 trillion yen" for a deficit of ¥10.465 trillion: 10.4 truncated, 10x
    (10.31, 1031.8, 0.005, 0.01),  # "$10.31 billion" for $1,031.8 billion
    (7.133, 7133.2, 0.0005, 0.001),  # "$7.133 billion" for $7,133.2 billion: billion for trillion
    (3051e-8, 3051.0, 0.5e-8, 1e-8),  # "3051円" for 3,051 in 100 million yen: 億 dropped
    (629.0, 62.9, 0.5, 10),  # "¥629 billion" for MoF's 629 (¥62.9 billion)
])
def test_digits_that_match_at_a_power_of_ten_are_a_unit_slip(claimed, official, tol, factor):
    assert C.unit_trap(claimed, official, tol) == factor


@pytest.mark.parametrize("claimed, official, tol", [
    (10000.0, 10960.0, 500.0),  # "¥1.0 trillion" against 10,960: two digits, only truncation would fit: no
    (1500.0, 15800.0, 50.0),  # "¥150 billion" against ¥1.58 trillion: the digits are close, not the same
    (1.0, 5.276, 0.5),  # "one billion dollars" against 5.3
    (0.1, 0.6256, 0.05),  # "0.1 percent" against 0.63
    (10300.0, 104652.8, 50.0),  # "1.03 trillion yen" against ¥10.465 trillion: three digits that do not match
])
def test_digits_that_do_not_say_so_are_no_unit_slip(claimed, official, tol):
    assert C.unit_trap(claimed, official, tol) is None


@pytest.mark.parametrize("claimed, tol, digits", [(10400.0, 50.0, 3), (15.0, 0.5, 2), (3.0, 0.5, 1), (7.133, 0.0005, 4)])
def test_significant_digits(claimed, tol, digits):
    assert C.significant_digits(claimed, tol) == digits


# -- in sentences -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, figure", [
    ("Japan held $10.31 trillion of Treasuries in April.", "$10.31 trillion"),
    ("In April Japan's holdings of US Treasuries stood at 1.031 billion dollars.", "1.031 billion dollars"),
    ("Japan's holdings of Treasuries were $103.18 billion in April, the data showed.", "$103.18 billion"),
    ("日本の米国債保有額は4月に10兆3180億ドルとなった。", "10兆3180億ドル"),  # 億 for 千万: ten times
    ("4月の日本の米国債保有高は1031億8000万ドルだった。", "1031億8000万ドル"),  # 兆 for 億: a tenth
])
def test_a_holding_printed_at_another_scale_is_contradicted_as_a_unit_slip(data, text, figure):
    r = check_text(text, date="2018-06-16", store=data)
    rec = claim_containing(r, figure)
    assert rec["verdict"] == "contradicted" and "unit_trap" in rec["flags"]


@pytest.mark.parametrize("text, figure", [
    ("Japan held $1.031 trillion of Treasuries in April.", "$1.031 trillion"),  # true
    ("Japan held $1,031.8 billion of Treasuries in April.", "$1,031.8 billion"),  # true
    ("日本の米国債保有額は4月に1兆318億ドルだった。", "1兆318億ドル"),  # true
])
def test_a_true_figure_is_no_unit_slip(data, text, figure):
    rec = claim_containing(check_text(text, date="2018-06-16", store=data), figure)
    assert rec["verdict"] == "supported" and "unit_trap" not in rec["flags"]


@pytest.mark.parametrize("text, figure", [
    ("Japan held $9 trillion of Treasuries in April.", "$9 trillion"),  # one digit: 900 bn is near, not the same
    ("Japan held $1.1 billion of Treasuries in April.", "$1.1 billion"),  # two digits close to 1,031.8, not the same
    ("日本の米国債保有額は4月に11億ドルだった。", "11億ドル"),  # the same in Japanese
])
def test_a_coarse_or_other_figure_at_another_scale_is_no_unit_slip(data, text, figure):
    rec = claim_containing(check_text(text, date="2018-06-16", store=data), figure)
    assert "unit_trap" not in rec["flags"]


# -- a bracketed restatement in the wrong unit (``unit_slips.bracket_slip``) --------------------------------------------
@pytest.mark.parametrize("text, figure", [
    ("Japan held $1.0318 trillion (113.6 billion yen) of Treasuries in April.", "113.6 billion yen"),  # 億 for 兆
    ("Japan's holdings of Treasuries were ¥113.6 trillion (¥1,031.8 billion) in April.", "¥1,031.8 billion"),
    ("日本の米国債保有額は4月に113兆6000億円(約1兆318億円)だった。", "約1兆318億円"),
    ("In April Japan held 113.6 trillion yen (1,031.8 billion yen) worth of US Treasuries.", "1,031.8 billion yen"),
])
def test_a_bracket_in_the_wrong_unit_is_a_unit_slip(data, text, figure):
    rec = claim_containing(check_text(text, date="2018-06-16", store=data), figure)
    assert rec["verdict"] == "contradicted" and "unit_trap" in rec["flags"], rec


@pytest.mark.parametrize("text, figure", [
    ("Japan held ¥113.6 trillion ($1.0318 trillion) of Treasuries in April.", "$1.0318 trillion"),  # true conversion
    ("日本の米国債保有額は4月に1兆318億ドル(約113兆6000億円)だった。", "1兆318億ドル"),  # true, Japanese
    ("Japan held $1,031.8 billion (about ¥110 trillion) of Treasuries in April.", "$1,031.8 billion"),
])
def test_a_true_conversion_in_brackets_is_no_slip(data, text, figure):
    rec = claim_containing(check_text(text, date="2018-06-16", store=data), figure)
    assert "unit_trap" not in rec["flags"], rec
