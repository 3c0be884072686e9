"""Japanese amounts whose unit word is missing or written out in digits (``ja_unit_words``, issue 13 unit traps):
"5兆1,634円" (億 left out after 兆), "22,000,000,000ドル" (written out), "赤字額は3051円減り" (億 dropped from a national
aggregate: wrong as printed). Invented sentences; the figures are the official ones."""

from __future__ import annotations

import pytest

from tests.helpers import as_read, claim_containing
from ustflow.views.check import check_text

_BOP = "財務省が発表した2月の国際収支によると、"


@pytest.mark.parametrize("date, text, figure", [
    ("2022-10-03", "財務省によると、9月の為替介入額は2兆8382円だった。", "2兆8382円"),  # 億 left out after 兆
    ("2024-06-11", "3月の日本の米国債保有額は1兆1670ドルだった。", "1兆1670ドル"),  # the same, in dollars
    ("2024-08-01", "財務省は6月27日から7月29日までの介入総額が5兆5348円だったと発表した。", "5兆5348円"),
])
def test_a_figure_with_its_oku_left_out_after_cho_is_read_and_reported_as_a_typo(data, date, text, figure):
    """Read with 億 after its last group the figure fits; as printed it is a typo a reporter must correct (session 18:
    the corpus labels such figures contradicted, as the bare 3051円 aggregates)."""
    rec = claim_containing(check_text(text, date=date, store=data), figure)
    assert rec["verdict"] == "contradicted" and "unit_trap" in rec["flags"]
    assert "without its 億" in rec["explanation"] and "fits" in rec["explanation"]


def test_a_figure_with_its_oku_left_out_that_does_not_fit_is_no_unit_trap(data):
    rec = claim_containing(check_text("財務省によると、9月の為替介入額は3兆8382円だった。", date="2022-10-03", store=data),
                           "3兆8382円")
    assert as_read(rec) == "contradicted" and "unit_trap" not in rec["flags"]


@pytest.mark.parametrize("date, text, figure", [
    ("2024-06-11", "日本の米国債保有額は3月に1,167,000,000,000ドルだった。", "1,167,000,000,000ドル"),  # in full
    ("2024-06-11", "日本は5月に米国債の保有を20,100,000,000ドル減らした。", "20,100,000,000ドル"),
])
def test_a_figure_whose_unit_is_implied_by_its_digits_is_read(data, date, text, figure):
    rec = claim_containing(check_text(text, date=date, store=data), figure)
    assert rec["verdict"] == "supported" and "unit_trap" not in rec["flags"]


@pytest.mark.parametrize("date, text, figure", [
    ("2022-10-03", "財務省は9月の為替介入額が28382円だったと発表した。", "28382円"),
    ("2024-04-08", _BOP + "貿易収支の赤字額は前年同月比3255円縮小した。", "3255円"),
    ("2024-04-08", _BOP + "貿易収支は2,292円の赤字だった。", "2,292円"),
])
def test_a_national_aggregate_printed_without_its_oku_is_a_unit_slip(data, date, text, figure):
    rec = claim_containing(check_text(text, date=date, store=data), figure)
    assert rec["verdict"] == "contradicted" and "unit_trap" in rec["flags"]
    assert "without its 億" in rec["explanation"]


def test_a_slip_that_does_not_fit_either_way_is_no_unit_trap(data):
    rec = claim_containing(check_text(_BOP + "貿易収支の赤字額は前年同月比3051円減り半分以下になった。", date="2024-04-08",
                                      store=data), "3051円")
    assert rec["verdict"] != "supported" and "unit_trap" not in rec["flags"]


@pytest.mark.parametrize("text", [
    "トヨタの株価は3051円で取引を終えた。",  # a price
    "1人あたり3,000円の給付は、貿易収支の赤字とは関係がない。",  # a household sum beside a balance's words
    "円相場は1ドル=150円台で推移し、貿易赤字が続いた。",  # an exchange rate
    _BOP + "貿易収支は2,292億円の赤字だった。",  # 億 printed: the kanji reader's, read once
])
def test_a_plain_yen_figure_is_not_read_as_oku(data, text):
    recs = check_text(text, date="2024-04-08", store=data)
    assert not any("unit_trap" in r["flags"] or "without its 億" in (r.get("explanation") or "") for r in recs)
    assert sum(1 for r in recs if "2,292" in r["claim"]) <= 1


# -- a bare "7.6 billion" with no amount before it: the currency of the next amount (``numbers._currency_after``) ----
@pytest.mark.parametrize("date, text, figure, verdict", [
    ("2012-03-16", "China's holdings rose 14.3 billion to 1.166 trillion dollars in January", "14.3 billion", "supported"),
    ("2019-03-15", "Japan's holdings rose 25.2 billion in January to $1.065 trillion, the Treasury said.", "25.2 billion",
     "supported"),
    ("2012-03-16", "China's holdings rose 7.6 trillion to 1.160 trillion U.S. dollars from 1.152 trillion in December",
     "7.6 trillion", "contradicted"),  # a rise of billions printed as trillion
    ("2012-02-29", "Japan remains second, with a portfolio of 1058.2 billion, while Britain fell to eleventh place with "
                   "$ 112.4 billion", "1058.2 billion", None),
])
def test_a_bare_figure_takes_the_currency_of_the_next_amount(data, date, text, figure, verdict):
    rec = claim_containing(check_text(text, date=date, store=data), figure)
    assert rec["official_unit"] == "USD bn" and (verdict is None or rec["verdict"] == verdict)


@pytest.mark.parametrize("text", [
    "Japan's holdings fell 3.6 billion in January, the Treasury said.",  # no currency anywhere
    "Japan's holdings fell 3.6 billion in January, or 0.3 percent.",  # only a percentage after it
])
def test_a_bare_figure_with_no_currency_in_reach_is_not_read(data, text):
    recs = check_text(text, date="2019-03-15", store=data)
    assert not any("3.6 billion" in r["claim"] for r in recs)


# -- a move of the yen told in yen ("一時5円以上急伸"): a move of the exchange rate, not judged without its days ---------
@pytest.mark.parametrize("date, text, figure", [
    ("2022-10-31", "介入後は1ドル=145円台後半から一時5円以上急伸した。", "5円以上"),
    ("2022-10-31", "円相場は一気に7円以上値上がりしました。", "7円以上"),
    ("2024-05-02", "今月2日の早朝にも157円台半ばから153円まで一気に4円以上円高が進んだ。", "4円以上"),
    ("2022-09-23", "ドル円は一時3円近く下落し、為替介入への警戒が強まった。", "3円近く"),
])
def test_a_move_of_the_yen_in_yen_is_read_as_a_move(data, date, text, figure):
    rec = claim_containing(check_text(text, date=date, store=data), figure)
    assert rec["verdict"] == "unverifiable"


@pytest.mark.parametrize("text", [
    "ガソリン価格は1リットルあたり5円上昇し、円安が続いた。",  # a price beside the yen's words
    "トヨタの株価は一時7円上昇した。",  # a share price
    "ドル建ての金価格は3円上昇した。",
])
def test_a_price_move_in_yen_is_no_move_of_the_yen(data, text):
    recs = check_text(text, date="2022-10-31", store=data)
    assert not any(r["claim"].endswith("円") and len(r["claim"]) <= 3 for r in recs)


def test_a_move_of_the_yen_in_yen_on_a_named_day_is_not_contradicted_by_noon_rates(data):
    rec = claim_containing(check_text("10月21日、円相場は7円以上値上がりしました。", date="2022-10-31", store=data), "7円以上")
    assert rec["verdict"] == "unverifiable" and "high to its low" in rec["explanation"]
