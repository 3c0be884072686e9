"""`ustflow check` on a holder's place written in Japanese (issue 13, session 9): the counter 位 after the holdings
("米国債保有2位", "保有額世界2位"), after the holder it follows ("日本に次ぐ2位"), before the holder it names ("3位は
英国で", "トップの中国"), and not a place of another kind ("GDP世界2位の中国"). Invented sentences; the places
from the loaded store (February 2023: Japan first, China second, the United Kingdom third)."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, claim_containing
from ustflow.views.check import check_text

DATE = "2023-04-17"


def _ranks(r) -> list[dict]:
    return [rec for rec in r if rec.get("unit") == "rank"]


@pytest.mark.parametrize("text, subject", [
    ("2月の米国債保有額で、中国は日本に次いで米国債保有2位だった。", "China (mainland)"),
    ("2月の保有残高が日本に次ぎ2位の中国は、保有を減らした。", "China (mainland)"),
    ("中国の2月の保有は外国勢では日本に次ぐ2位となった。", "China (mainland)"),
    ("2月の米国債保有額世界2位は中国だった。", "China (mainland)"),
    ("2月は保有残高で第3位の英国が買い越した。", "United Kingdom"),
])
def test_a_place_after_the_holdings_or_the_holder_it_follows(data, text, subject):
    ranks = _ranks(check_text(text, date=DATE, store=data))
    assert len(ranks) == 1
    rec = ranks[0]
    assert rec["subject"] == subject  # not Japan, the holder it follows
    assert rec["official_period"].endswith("2023-02")
    assert rec["verdict"] == "supported"


def test_a_place_before_the_holder_it_names(data):
    r = check_text("2月の保有額の首位は日本で、3位は英国で、2位が中国だった。トップの日本による保有残高は減った。",
                   date=DATE, store=data)
    for fig, subject in (("3位", "United Kingdom"), ("2位", "China (mainland)"), ("トップ", "Japan")):
        rec = by_claim(r, fig)
        assert rec["subject"] == subject
        assert rec["verdict"] == "supported"


def test_a_wrong_place_is_contradicted(data):
    rec = _ranks(check_text("2月の米国債保有額で英国は日本に次ぐ2位だった。", date=DATE, store=data))[0]
    assert rec["subject"] == "United Kingdom" and rec["verdict"] == "contradicted"


@pytest.mark.parametrize("text", [
    "GDP世界2位の中国は2月に米国債を売った。",
    "世界第2位の経済大国である中国は2月に米国債を売った。",
    "外貨準備高世界1位の中国は2月に米国債を売った。",
    "中国は人口で世界2位のインドに抜かれた。",
])
def test_a_place_of_another_kind_is_no_holding_rank(data, text):
    assert _ranks(check_text(text, date=DATE, store=data)) == []


@pytest.mark.parametrize("text, claim, subject, period", [
    ("日本は2008年8月までトップだったが、その後は中国に抜かれた。", "2008年8月までトップ", "Japan", "2008-08"),
    ("日本は2008年8月まで首位を守っていた。", "2008年8月まで首位", "Japan", "2008-08"),
    ("中国は2010年12月もトップであった。", "トップ", "China (mainland)", "2010-12"),
])
def test_a_place_held_to_a_month(data, text, claim, subject, period):
    rec = by_claim(check_text(text, date="2011-03-01", store=data), claim)
    assert rec["subject"] == subject and rec["official_period"] == period
    assert rec["verdict"] == "supported"


def test_a_place_held_from_a_month_is_one_claim_with_it(data):
    r = check_text("08年9月以降は中国がトップを維持している。", date="2011-03-01", store=data)
    rec = by_claim(r, "08年9月以降は中国がトップ")
    assert rec["subject"] == "China (mainland)" and rec["verdict"] == "supported"


@pytest.mark.parametrize("text, fig, period", [
    ("中国の米国債の保有残高は2000年末(603億ドル)から09年末には8948億ドルに急増した。", "8948億ドル", "2009-12"),
    ("中国の米国債の保有残高は2000年末(603億ドル)から09年末には8948億ドルに急増した。", "603億ドル", "2000-12"),
    ("中国の米国債の保有残高は2009年末に8948億ドルだった。", "8948億ドル", "2009-12"),
])
def test_a_year_end_is_its_december(data, text, fig, period):
    rec = by_claim(check_text(text, date="2011-03-01", store=data), fig)
    assert rec["official_period"] == period and rec["verdict"] == "supported"


def test_a_since_month_does_not_anchor_the_next_sentence_s_month_before(data):
    r = check_text("米財務省が17日発表した2月の統計で、日本の米国債保有は2019年6月以来、首位を維持している。"
                   "外国勢の保有総額は7兆2549億ドルと、前月の7兆3051億ドルから減少した。", date="2023-04-17", store=data)
    assert by_claim(r, "2019年6月以来、首位")["verdict"] == "supported"
    rec = by_claim(r, "7兆3051億ドル")
    assert rec["official_period"] == "2023-01" and rec["verdict"] == "supported"  # February's month before


@pytest.mark.parametrize("text, claim, subject", [
    ("2月の統計で、中国は日本に次いで2番目に多い。", "2番目に", "China (mainland)"),
    ("2月の統計で、英国の保有額は3番目に大きかった。", "3番目に", "United Kingdom"),
    ("2月の統計で、保有額が最も多いのは日本で、中国、英国が続いた。", "最も多い", "Japan"),
    ("2月の米国債を最も多く保有しているのは日本だ。", "最も多く保有している", "Japan"),
])
def test_an_order_among_holders(data, text, claim, subject):
    rec = by_claim(check_text(text, date=DATE, store=data), claim)
    assert rec["unit"] == "rank" and rec["subject"] == subject and rec["verdict"] == "supported"


@pytest.mark.parametrize("text", ["海外勢の米国債保有額は2月、過去2番目に大きい減少となった。",
                                  "中国は人口が2番目に多い国に抜かれた。"])
def test_an_order_of_another_kind_is_no_holding_rank(data, text):
    assert _ranks(check_text(text, date=DATE, store=data)) == []


@pytest.mark.parametrize("form", [
    "2月の米国債の保有ランキングでサウジアラビアは{n}位だった。",  # a place in the ranking, said of the holder before it
    "サウジアラビアは2月、米国債を保有し{n}位だった。",  # after the holdings, joined by 保有し
    "サウジアラビアは2月、米国債の保有量で{n}位を維持した。",  # a place of two digits after the holdings, kept
    "2月の米国債の大口保有国の中で、サウジアラビアは{n} 位を確保した。",  # a space before the counter
    "サウジアラビアは2月に米国債を買い増し、大口保有国ランキングでは{n}位につけた。",
])
def test_a_place_of_two_digits(data, ranks, form):
    """The smaller holders' places (Saudi Arabia's, the Emirates', Kuwait's) are in the teens and twenties: the
    counter after two digits, and a place in the "ranking" of a sentence about holdings."""
    import pandas as pd

    n = int(ranks["saudi_arabia"][pd.Period("2023-02", "M")])
    assert n >= 10
    for place, verdict in ((n, "supported"), (n + 3, "contradicted")):
        rec = claim_containing(check_text(form.format(n=place), date=DATE, store=data), f"{place}")
        assert (rec["unit"], rec["subject"], rec["verdict"]) == ("rank", "Saudi Arabia", verdict), rec
        assert rec["official_period"].endswith("2023-02")


@pytest.mark.parametrize("text", [
    "サウジアラビアは2月、米国債の保有で10位以内に入った。",  # within the top ten: no place said
    "株式の売買代金ランキングでサウジアラビア系ファンドは15位だった。",  # a ranking of something else
    "GDPランキングで17位のサウジアラビアは2月に米国債を買い増した。",
])
def test_two_digits_that_are_no_holder_s_place(data, text):
    assert _ranks(check_text(text, date=DATE, store=data)) == []


def test_a_place_of_two_digits_moved_from_is_the_month_before_s(data, ranks):
    """"保有額は16位から22位に下落": the first place is the month before's, read with the move (not this month's)."""
    import pandas as pd

    r = ranks["saudi_arabia"].dropna()
    p = next(q for q in r.index if q >= pd.Period("2021-01", "M") and r[q] != r[q - 1] and min(r[q], r[q - 1]) >= 10)
    a, b = int(r[p - 1]), int(r[p])
    verb = "下落" if b > a else "上昇"
    got = check_text(f"サウジアラビアの{p.month}月の米国債保有額は{a}位から{b}位に{verb}した。", date=str((p + 2).end_time.date()),
                     store=data)
    rec = [x for x in got if x["claim"] == f"{a}位"]
    assert rec and rec[0]["official_period"] == str(p - 1) and rec[0]["verdict"] == "supported", got


@pytest.mark.parametrize("text, subject, verdict", [
    ("2月の国別の米国債保有額のトップは引き続き日本となっていた。", "Japan", "supported"),
    ("2月の国別の米国債保有残高のトップは依然として日本で、外国勢の中で最も多かった。", "Japan", "supported"),
    ("2月の国別の米国債保有額のトップは引き続き中国だった。", "China (mainland)", "contradicted"),
])
def test_the_top_place_kept_by_the_holder_named_after_an_adverb(data, text, subject, verdict):
    rec = by_claim(check_text(text, date=DATE, store=data), "トップ")
    assert (rec["unit"], rec["subject"], rec["verdict"]) == ("rank", subject, verdict), rec


def test_the_top_kept_in_a_sentence_about_something_else_is_no_holder_s_place(data):
    assert _ranks(check_text("2月の株式売買代金のトップは引き続き日本だった。", date=DATE, store=data)) == []
