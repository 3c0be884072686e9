"""`ustflow check` on a holder's move of its Treasury holdings said in words alone (session 26), in real sentences of
development articles the checker used to leave out:

- "China held $1.131 trillion of US Treasuries in February, a slight increase from a month earlier" (China Daily,
  17 May 2019);
- "日本の米財務省証券保有高は、前月比小幅増の1兆1200億ドルとなり" (Reuters, 16 May 2017);
- "海外勢全体の保有額は、前月比で微増になっています" (a blog, 15 Jul 2010): no figure in the sentence;
- not a move in words: "前月比で185億ドルの減少" (its figure says the move; kubota, 18 Apr 2021).
"""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, date, claim, series, period", [
    ("Still the largest foreign holder of US Treasuries, China held $1.131 trillion of US Treasuries in February, "
     "a slight increase from a month earlier.", "2019-05-17", "a slight increase", "tic.holdings.china_mainland",
     "2019-01 to 2019-02"),
    ("日本の米財務省証券保有高は、前月比小幅増の1兆1200億ドルとなり、前月同様、米国以外で最大だった。", "2017-05-16", "前月比小幅増",
     "tic.holdings.japan", "2017-02 to 2017-03"),
    ("財務省の発表によると、2010年5月末時点での海外保有分の米国債残高は、3兆9636億ドルとなりました。\n\n"
     "株価の低迷で、米国債が買われ易くなっていますが、海外勢全体の保有額は、前月比で微増になっています。", "2010-07-15", "前月比で微増",
     "tic.holdings.grand_total", "2010-04 to 2010-05"),
])
def test_a_move_said_in_words(data, text, date, claim, series, period):
    """After the level as a noun; before the level in Japanese; with no figure in the sentence."""
    rec = by_claim(check_text(text, date=date, store=data), claim)
    assert (rec["verdict"], rec["series"], rec["official_period"], rec["measure"]) == \
        ("supported", series, period, "holdings_move"), rec


def test_a_move_with_its_figure_is_no_move_in_words(data):
    text = ("あらためて国別の米国債保有残高を確認すると、2月の日本の米国債保有額は1兆2582億ドルとなり、前月比で185億ドルの"
            "減少となったが、引き続きトップは維持した。")
    got = check_text(text, date="2021-04-18", store=data)
    assert not any(r["measure"] == "holdings_move" for r in got), got
