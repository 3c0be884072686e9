"""`ustflow check` on a maturity part of a holder's Treasuries (SLT Table 3's long-term and short-term positions)
named in the forms ``holdings_terms`` did not read (session 24, helper ticdecl): in Japanese the part before its
figure with its topic and month between ("米長期国債の保有残高は、7月の1022億ドルから8月には1016億ドル", "長期米国債の
保有額も当時は1414億ドル", "短期債に分配された米国債は155億ドル") or after it ("1013億ドル(約12兆7600億円)の長期債");
in English "long-term obligations" before its figure and "for the short-term" after it. Real sentences of
development articles (batches 14, 17, 18); the values are the store's."""

from __future__ import annotations

from tests.helpers import verdict_value_period as _got
from ustflow.check.extract import extract
from ustflow.check.holdings_terms import maturity
from ustflow.check.text import split_sentences
from ustflow.views.check import check_text


def test_japanese_part_before_its_pair_of_months(data):
    # batch 14 (Arab News Japan, 18 October 2021): the long- and short-term parts, each from July to August
    text = ("リヤド:米財務省が発表した最新データによると、サウジアラビアの米国債保有残高は、8月末に2020年5月以来の低水準と"
            "なる1241億ドルだった。\n\nサウジの米長期国債の保有残高は、7月の1022億ドルから8月には1016億ドルに減少した。\n\n"
            "同様に、サウジが保有する米短期国債の保有残高は、7月の259億ドルから8月には225億ドルに減少した。")
    res = check_text(text, date="2021-10-18", store=data)
    assert _got(res, "1022億ドル") == ("supported", 102.2, "2021-07"), res
    assert _got(res, "1016億ドル") == ("supported", 101.6, "2021-08"), res
    assert _got(res, "259億ドル") == ("supported", 25.9, "2021-07"), res
    assert _got(res, "225億ドル") == ("supported", 22.5, "2021-08"), res


def test_japanese_part_after_its_figure_or_with_its_topic_between(data):
    # batch 14 (Arab News Japan, 19 April 2022): "…1013億ドル(約12兆7600億円)の長期債", "短期債に分配された米国債は…",
    # "長期米国債の保有額も当時は…" (the month carried from the sentence before)
    text = ("サウジアラビアの米国債保有額は、2月に1167億ドルに減少した。\n\n"
            "サウジアラビアが保有する米国債は、累積価値1013億ドル(約12兆7600億円)の長期債に分配された。\n\n"
            "短期債に分配された米国債は155億ドル(約1兆9500億円)であり、保有残高全体の13%となる。\n\n"
            "サウジアラビアの米国債の総保有額は、2020年2月に過去最高の1844億ドル(約23兆2300億円)に達した。"
            "長期米国債の保有額も当時は1414億ドル(約17兆8100億円)と過去最高を記録した。")
    res = check_text(text, date="2022-04-19", store=data)
    assert _got(res, "1013億ドル") == ("supported", 101.3, "2022-02"), res
    assert _got(res, "155億ドル") == ("supported", 15.5, "2022-02"), res
    assert _got(res, "1414億ドル") == ("supported", 141.4, "2020-02"), res
    assert _got(res, "1844億ドル") == ("supported", 184.4, "2020-02"), res  # the whole, no part named


def test_long_term_obligations_and_for_the_short_term(data):
    # batch 17 (RT, 19 January 2021): "holding of long-term obligations totaled $1.568 billion"
    text = ("Russia's investments in US government debt fell to $4.968 billion in November. Investments in short-term "
            "Treasury securities amounted to $3.4 billion, while holding of long-term obligations totaled $1.568 billion.")
    res = check_text(text, date="2021-01-19", store=data)
    assert _got(res, "$1.568 billion") == ("supported", 1.6, "2020-11"), res
    assert _got(res, "$3.4 billion") == ("supported", 3.4, "2020-11"), res
    # batch 18 (UrduPoint / Sputnik, 18 September 2019): "… and $2.2 billion for the short-term"
    text = ("Russia continued to reduce investments in the US treasury securities throughout the month of July, dropping "
            "their level from $10.8 billion to $8.5 billion, according to the US Treasury Department.\n\n"
            "Of this amount, $6.2 billion accounted for long-term securities and $2.2 billion for the short-term.")
    res = check_text(text, date="2019-09-18", store=data)
    assert _got(res, "$6.2 billion") == ("supported", 6.2, "2019-07"), res
    assert _got(res, "$2.2 billion") == ("supported", 2.3, "2019-07"), res


def _maturities(text: str) -> dict[str, str | None]:
    return {c.amount.text: maturity(c) for c in extract(split_sentences(text)) if c.amount is not None}


def test_only_the_words_tied_to_the_figure_name_its_part():
    got = _maturities("サウジの米国債保有額は1167億ドルで、長期債の割合が高い。")
    assert got["1167億ドル"] is None  # the part named in the next clause is not this figure's
    got = _maturities("日本の保有額は1兆1300億ドルで首位。長期債は1兆ドルだった。")
    assert got["1兆1300億ドル"] is None and got["1兆ドル"] == "lt"
    got = _maturities("The holdings fell to $5 billion for the month.")
    assert got["$5 billion"] is None
