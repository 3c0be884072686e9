"""`ustflow check` on runs (session 26), in real release stories' sentences; each
was left out or declined before:

- a run of surpluses said of the balance alone, a paragraph after the level it counts ("…経常収支は6074億円の黒字だった。
  …中国向け自動車輸出の増加などが牽引した。\\n黒字は43カ月連続で"): the balance told last, a few sentences back, when no
  other item's figure was told since (sankeibiz, 9 Mar 2018);
- "Japan posted its 14th straight current-account surplus in March": an ordinal run named by the balance and its
  side, with no period word (nhkworld, 10 May 2024);
- "貿易収支は2199億円の赤字で9カ月連続の赤字だった": a run of deficits on a level far from today's (the BPM6 series revised
  it to ¥73.8 bn) but still a deficit: the run counts the side, which the level's size does not enter (nikkei,
  10 May 2013);
- "India has been hiking its holdings since October 2014 when the same stood at $77.5 billion": a run of rises since
  the month whose level the sentence gives started from that level and runs to the story's month (indiajournal, 20 Feb
  2015); hosted on that level set aside as a reference point, it is counted to the month the story reads (pti, March
  2015).

Expected values are the store's own (``boj.bop``, JPY 100 mn; TIC holdings, USD bn).
"""

from __future__ import annotations

import pandas as pd

from tests.helpers import bop_series, by_claim, run_length
from ustflow.views.check import check_text


def _read(recs: list[dict], claim: str) -> tuple:
    """The verdict, series, period and value the checker gave ``claim``."""
    rec = by_claim(recs, claim)
    return rec["verdict"], rec["series"], rec["official_period"], rec["official_value"]


def _run(loaded_store, code: str, month: str, sign: int) -> int:
    return run_length(bop_series(loaded_store, code), pd.Period(month, "M"), sign)


def test_a_run_of_the_balance_alone_a_paragraph_after_its_level(data, loaded_store):
    text = ("財務省が8日発表した1月の国際収支速報によると、海外とのモノやサービス、投資の取引状況を示す経常収支は6074億円の"
            "黒字だった。前年同月の約6.4倍に上り、1月の黒字額としては2011年の東日本大震災後で最大。中国向け自動車輸出の"
            "増加などが牽引(けんいん)した。\n\n"
            "黒字は43カ月連続で、黒字の幅は3カ月ぶりに拡大した。")
    assert _read(check_text(text, date="2018-03-09", store=data), "43カ月連続") == \
        ("supported", "boj.bop.bpbp6jyncb", "2018-01", _run(loaded_store, "bpbp6jyncb", "2018-01", 1))
    assert _run(loaded_store, "bpbp6jyncb", "2018-01", 1) == 43


def test_a_run_told_after_another_items_figure_is_not_the_balance_before():
    # exports told between the level and the run, a paragraph on: the run is not read as the level's balance (the
    # sentence just before is read as before: "…黒字だった。黒字は42カ月連続だが")
    from ustflow.check import bop_topic
    from ustflow.check.bop import _RUN_OF_SIGN
    from ustflow.check.extract import extract
    from ustflow.check.text import split_sentences

    text = "経常収支は6074億円の黒字だった。輸出は6兆2264億円だった。増加が牽引した。\n\n黒字は43カ月連続で、拡大した。"
    claims = extract(split_sentences(text), ref=pd.Timestamp("2018-03-09").date())
    for c, item in zip([c for c in claims if c.kind == "amount"], ("current", "exports")):
        c.measure, c.instrument = "bop", ("bop_item", item)
    run = next(c for c in claims if c.kind == "qualifier")
    assert bop_topic.run_told_before(run, claims, _RUN_OF_SIGN) is None
    claims[1].measure = "other"  # (exports not read as a BoP figure: the current account told before is the run's)
    assert bop_topic.run_told_before(run, claims, _RUN_OF_SIGN) == "current"


def test_an_ordinal_run_of_a_named_balances_surpluses(data, loaded_store):
    text = ("Japan posts record current-account surplus in FY2023\n\n"
            "The primary-income surplus came to a record 35.5 trillion yen, or about 228 billion dollars.\n\n"
            "The figure was up more than one billion dollars from the previous fiscal year due to effects of the weak yen "
            "and higher interest rates of foreign bonds.\n\n"
            "Meanwhile, the ministry officials say Japan posted its 14th straight current-account surplus in March.")
    assert _read(check_text(text, date="2024-05-10", store=data), "its 14th straight current-account") == \
        ("supported", "boj.bop.bpbp6jyncb", "2024-03", _run(loaded_store, "bpbp6jyncb", "2024-03", 1))
    assert _run(loaded_store, "bpbp6jyncb", "2024-03", 1) == 14


def test_a_run_of_deficits_on_a_level_revised_far_but_still_a_deficit(data, loaded_store):
    text = ("同時に発表した13年3月の経常収支は1兆2512億円の黒字。黒字は2カ月連続だが、前年同月より4.3%減った。"
            "貿易収支は2199億円の赤字で9カ月連続の赤字だった。")
    recs = check_text(text, date="2013-05-10", store=data)
    level = by_claim(recs, "2199億円")
    assert (level["verdict"], level["series"], level["official_period"]) == \
        ("contradicted", "boj.bop.bpbp6jyntb", "2013-03"), level
    assert -2199 / 2 < level["official_value"] < 0  # far from the ¥219.9 bn told, but a deficit still
    assert _read(recs, "9カ月連続") == \
        ("supported", "boj.bop.bpbp6jyntb", "2013-03", _run(loaded_store, "bpbp6jyntb", "2013-03", -1))
    assert _run(loaded_store, "bpbp6jyntb", "2013-03", -1) == 9


def _india(loaded_store, month: str) -> float:
    from tests.helpers import tic_level

    return tic_level(loaded_store, "india", month)


def test_a_run_of_rises_since_the_month_whose_level_the_sentence_gives(data, loaded_store):
    # "since October 2014 when the same stood at $77.5 billion": October's level is where the rises started; they
    # run to the story's month, December (indiajournal, 20 Feb 2015)
    text = ("Latest data from the Treasury Department shows that India's holdings rose to $83 billion in December, an "
            "increase of $2.5 billion compared to the previous month. In November last year, the exposure touched $80.5 "
            "billion. India has been hiking its holdings since October 2014 when the same stood at $77.5 billion.")
    assert _read(check_text(text, date="2015-02-20", store=data), "since October 2014") == \
        ("supported", "tic.holdings.india", "2014-12", 2.0)
    assert _india(loaded_store, "2014-10") < _india(loaded_store, "2014-11") < _india(loaded_store, "2014-12")


def test_a_run_since_a_month_hosted_on_that_months_level(data, loaded_store):
    # the level is set aside as a reference point (it is October's, not January's), and the run is counted to
    # January (pti, March 2015)
    text = ("WASHINGTON: Hiking its holding by $8 billion in just a month, India's exposure to U.S. government securities "
            "rose to $91.2 billion at the end of January this year.\n\n"
            "In January, Russia's exposure stood at $82.2 billion. Since October 2014, India has been hiking its exposure "
            "when it stood at $77.5 billion. The next month the same was raised to $80.5 billion.")
    recs = check_text(text, date="2015-03-22", store=data)
    assert by_claim(recs, "$77.5 billion")["verdict"] == "unverifiable"
    assert _read(recs, "Since October 2014") == ("supported", "tic.holdings.india", "2015-01", 3.0)
    assert _india(loaded_store, "2014-12") < _india(loaded_store, "2015-01")
