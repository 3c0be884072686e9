"""`ustflow check` on a holder's move of its Treasury holdings said in words alone (session 26), in real sentences of
development articles the checker used to leave out:

- "China held $1.131 trillion of US Treasuries in February, a slight increase from a month earlier" (China Daily,
  17 May 2019);
- "日本の米財務省証券保有高は、前月比小幅増の1兆1200億ドルとなり" (Reuters, 16 May 2017);
- "海外勢全体の保有額は、前月比で微増になっています" (a blog, 15 Jul 2010): no figure in the sentence;
- not a move in words: "前月比で185億ドルの減少" (its figure says the move; kubota, 18 Apr 2021).
"""

from __future__ import annotations

from tests.helpers import by_claim
from ustflow.views.check import check_text


def test_a_slight_increase_from_a_month_earlier_after_the_level(data):
    text = ("Still the largest foreign holder of US Treasuries, China held $1.131 trillion of US Treasuries in February, "
            "a slight increase from a month earlier.")
    rec = by_claim(check_text(text, date="2019-05-17", store=data), "a slight increase")
    assert (rec["verdict"], rec["series"], rec["official_period"], rec["measure"]) == \
        ("supported", "tic.holdings.china_mainland", "2019-01 to 2019-02", "holdings_move"), rec


def test_a_small_rise_on_the_month_before_a_japanese_level(data):
    text = "日本の米財務省証券保有高は、前月比小幅増の1兆1200億ドルとなり、前月同様、米国以外で最大だった。"
    rec = by_claim(check_text(text, date="2017-05-16", store=data), "前月比小幅増")
    assert (rec["verdict"], rec["series"], rec["official_period"], rec["measure"]) == \
        ("supported", "tic.holdings.japan", "2017-02 to 2017-03", "holdings_move"), rec


def test_a_small_rise_on_the_month_with_no_figure(data):
    text = ("財務省の発表によると、2010年5月末時点での海外保有分の米国債残高は、3兆9636億ドルとなりました。\n\n"
            "株価の低迷で、米国債が買われ易くなっていますが、海外勢全体の保有額は、前月比で微増になっています。")
    rec = by_claim(check_text(text, date="2010-07-15", store=data), "前月比で微増")
    assert (rec["verdict"], rec["series"], rec["official_period"], rec["measure"]) == \
        ("supported", "tic.holdings.grand_total", "2010-04 to 2010-05", "holdings_move"), rec


def test_a_move_with_its_figure_is_no_move_in_words(data):
    text = ("あらためて国別の米国債保有残高を確認すると、2月の日本の米国債保有額は1兆2582億ドルとなり、前月比で185億ドルの"
            "減少となったが、引き続きトップは維持した。")
    got = check_text(text, date="2021-04-18", store=data)
    assert not any(r["measure"] == "holdings_move" for r in got), got
