"""`ustflow check` on runs and firsts of balance-of-payments items in Japanese release stories (session 27), each
counted on the item the words name at the story's month:

- "輸入額が14・6%減と14カ月連続で前年割れした", "5・5%減と6カ月連続でマイナスとなった", "所得収支は5カ月連続増",
  "年間経常収支も3年ぶりの増": a move from a year before named by its base (前年割れ), by its sign word after the move's
  percent (マイナス, プラス), or by 増 / 減 alone is a run of moves, not of the balance's sign (sankeibiz, 8 Apr 2016;
  japanmarket, 8 Feb 2011);
- "輸入の減少は2カ月連続となる" after a rate that matched no series, "なお、輸出は前年同月比で5カ月連続の減少": a run whose
  host figure matched nothing is the run of the item its sentence names, at the story's month (kyodo, 10 Jul 2023;
  mynavi, 9 Apr 2012);
- "所得収支は5カ月連続増" referred back to the imports' percent change of the sentence before: the item its own sentence
  names (japanmarket, 8 Feb 2011);
- "輸出額は、中国による過剰生産で…11カ月連続でマイナス": a country named as a cause is not the balance's owner (sankeibiz, 9
  Sep 2016);
- "前月は1894億円の赤字で2カ月ぶりに黒字転換した", "1月の4,373億円の赤字から2カ月ぶりに黒字に転換した": a turn hosted on the
  figure it turned from, told as the earlier month's, is the story's month's (kyodo, 8 Oct 2025; mynavi, 9 Apr 2012);
- "前年同月比は2,323億円(18.2%)の減少。経常黒字の減少は2カ月連続となる", "a current account surplus of 167.5 billion yen
  ... for the month of June, marking the 72nd straight month of surplus": a run hosted on the item's own figure, which
  today's data has revised to the other side, is counted on today's data and, failing there, contradicted flagged
  ``possible_revision`` (mynavi, 9 Aug 2010; xinhua, 12 Aug 2020).

Official values are the run's length (consecutive months) counted in the store (``boj.bop``).
"""

from __future__ import annotations

from tests.helpers import by_claim
from ustflow.views.check import check_text


def _run(got: list[dict], claim: str, want: tuple[str, str, str], n: float | None, nth: int = 0) -> dict:
    """The ``nth`` record of ``claim``: its (verdict, BoP series code, official period) are ``want``, its official
    value ``n`` (the run's length; None for a first)."""
    recs = [r for r in got if r["claim"] == claim]
    rec = recs[nth] if len(recs) > nth else by_claim(got, claim)
    assert (rec["verdict"], rec["series"], rec["official_period"]) == (want[0], f"boj.bop.{want[1]}", want[2]), rec
    assert rec["official_value"] == n, rec
    return rec


def test_a_run_below_the_year_before_and_a_sign_word_after_the_moves_percent(data):
    text = ("財務省が8日発表した2月の国際収支(速報)によると、海外とのモノやサービス、投資の取引状況を示す経常収支は2兆4349億円の"
            "黒字だった。\n経常収支の黒字は20カ月連続で、黒字幅は前年同月比63・7%増えた。\n輸出から輸入を差し引いた貿易収支は"
            "4252億円の黒字で、前年同月の赤字から黒字に転換した。輸出額は5・5%減と6カ月連続でマイナスとなったものの、原油価格の"
            "下落で輸入額が14・6%減と14カ月連続で前年割れしたことが貢献した。")
    got = check_text(text, date="2016-04-08", store=data)
    _run(got, "6カ月連続", ("supported", "bpbp6jynex", "2016-02"), 6.0)
    _run(got, "14カ月連続", ("supported", "bpbp6jynim", "2016-02"), 14.0)


def test_a_run_whose_host_matched_nothing_is_the_named_items(data):
    text = ("財務省が10日発表した5月の国際収支速報によると、海外とのモノやサービス、投資の取引状況を示す経常収支は、前年同月の2.4倍"
            "となる1兆8624億円の黒字だった。黒字は4カ月連続。\n\n経常収支のうち、貿易収支の赤字幅は1兆1867億円で、7514億円縮小"
            "した。輸出は、最大貿易相手国である中国の経済が振るわないことなどから2.8%減の7兆2412億円だった。輸入は8兆4279億円で、"
            "減少率は輸出を大幅に上回る10.2%だった。輸入の減少は2カ月連続となる。")
    got = check_text(text, date="2023-07-10", store=data)
    _run(got, "2カ月連続", ("supported", "bpbp6jynim", "2023-05"), 2.0)


def test_two_runs_in_a_sentence_with_no_figure(data):
    text = ("財務省は9日、海外とのモノやサービスの取引や投資の状況などを示す2月の国際収支状況(速報)を発表した。それによると、"
            "2月の経常収支は1兆1,778億円で、1月の4,373億円の赤字から2カ月ぶりに黒字に転換した。\n\n"
            "貿易収支は、5カ月ぶりの黒字となる1,021億円(前年同月比6,182億円減)。\n\n"
            "輸出額は5兆2,477億円で前年同月比1,044億円の減少、輸入額は5兆1,456億円で同5,137億円の増加。なお、輸出は前年同月比で"
            "5カ月連続の減少、輸入は同26カ月連続の増加となる。")
    got = check_text(text, date="2012-04-10", store=data)
    _run(got, "5カ月連続", ("supported", "bpbp6jynex", "2012-02"), 5.0)
    _run(got, "26カ月連続", ("supported", "bpbp6jynim", "2012-02"), 26.0)
    _run(got, "2カ月ぶり", ("supported", "bpbp6jyncb", "2012-02"), None)  # turned from January's deficit


def test_a_run_referred_back_is_of_the_item_its_own_sentence_names(data):
    text = ("財務省は8日、国際収支状況速報を発表、12月の経常収支は1兆1953億円の黒字で、前年比は30.5%増とのこと。\n\n"
            "輸出は、アジア向けを中心に回復基調となったため前年比14.0%増と13カ月連続の増加に、また輸入は前年比12.8%増で12カ月"
            "連続の増加となったが、輸出の増加幅が輸入の増加幅を上回ったもの。\n\n所得収支は5カ月連続増。年間経常収支も3年ぶりの増")
    got = check_text(text, date="2011-02-08", store=data)
    _run(got, "5カ月連続", ("supported", "bpbp6jynpin", "2010-12"), 5.0)
    _run(got, "3年ぶり", ("supported", "bpbp6jyncb", "2010"), None)


def test_a_country_named_as_a_cause_is_not_the_owner(data):
    text = ("財務省が8日発表した7月の国際収支(速報)によると、経常収支は1兆9382億円の黒字だった。\n\n輸出から輸入を差し引いた"
            "貿易収支は6139億円の黒字で、前年同月の赤字から黒字に転じた。輸出額は、中国による過剰生産で価格が低下している鉄鋼が"
            "振るわなかったことなどから、15.7%減と11カ月連続でマイナスとなった。")
    got = check_text(text, date="2016-09-09", store=data)
    _run(got, "11カ月連続", ("supported", "bpbp6jynex", "2016-07"), 11.0)


def test_a_turn_from_the_month_before_is_the_story_months(data):
    text = ("財務省が8日発表した8月の国際収支速報によると、経常収支の黒字額は前年同月比4・8%減の3兆7758億円だった。\n\n"
            "輸出から輸入を差し引いた貿易収支は1059億円の黒字だった。前月は1894億円の赤字で2カ月ぶりに黒字転換した。")
    got = check_text(text, date="2025-10-08", store=data)
    _run(got, "2カ月ぶり", ("supported", "bpbp6jyntb", "2025-08"), None)


def test_a_run_on_a_figure_revised_to_the_other_side_is_counted_on_todays_data(data):
    text = ("財務省は9日、6月の国際収支状況(速報)を発表した。貿易収支/サービス収支/所得収支/経常移転収支の4項目から構成される"
            "「経常収支」は1兆471億円の黒字。前年同月比は2,323億円(18.2%)の減少。経常黒字の減少は2カ月連続となる。")
    got = check_text(text, date="2010-08-09", store=data)
    rec = _run(got, "2カ月連続", ("contradicted", "bpbp6jyncb", "2010-06"), 0.0)
    assert "possible_revision" in rec["flags"], rec
    text = ("TOKYO, Aug. 12 (Xinhua) -- Japan's current account surplus dropped to a more than five-year low in the first "
            "half of 2020 as the coronavirus pandemic took a severe toll on the nation's exports, the government said in a "
            "report on Tuesday.\n\nJapan reported a current account surplus of 167.5 billion yen (1.57 billion U.S. "
            "dollars) for the month of June, marking the 72nd straight month of surplus, according to the government's "
            "latest data set.")
    got = check_text(text, date="2020-08-12", store=data)
    rec = _run(got, "the 72nd straight month", ("contradicted", "bpbp6jyncb", "2020-06"), 0.0)
    assert "possible_revision" in rec["flags"], rec
