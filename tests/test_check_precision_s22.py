"""True claims the checker called contradicted (issue 13, session 22, "precision"): a change's base read wrongly,
and a holder ranked before a place taken for the figure's subject.

- A base with two readings ("from the beginning of the year": January's level, or the December before) is tried in
  both; the one the figure fits is the one meant (``holdings_months.change_span``).
- "down 0.6 percent from a record $6.18 trillion in March": a record whose month and level the sentence states is the
  base at that month when the level there is the closer to the stated one (the record as first printed; a revision
  moved the series' peak since); a misdated peak whose level is the series' peak stays the peak
  (``holdings_months._named_start``).
- "pared down its position over the past 12 months from $929 billion to $895.6 billion": the starting level of a
  span of N months told with the level it reached is N months before it (``holdings_months.level_windows``).
- "an increase of nearly $17 billion that made it the second-biggest buyer of the securities that month after the
  UK": the holder after "after" is ranked before the place, not the figure's holder (``subject_objects.compared_with``).

Sentences from the corpus's articles (batches 15, 16, 18 and 7); every expected value is read from the loaded store.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, usd_bn_ja
from ustflow.views.check import check_text


def _pct(s: pd.Series, base: str, end: str) -> float:
    return 100 * (s[pd.Period(end, "M")] / s[pd.Period(base, "M")] - 1)


def test_a_base_at_the_start_of_the_year_read_as_january_when_the_figure_fits_it(data, tic):
    """Arab News, 19 September 2021: Saudi Arabia's 135.1 in January 2021 (136.4 the December before)."""
    sa = tic("saudi_arabia")
    jan, dec = _pct(sa, "2021-01", "2021-07"), _pct(sa, "2020-12", "2021-07")
    assert round(jan, 1) == -5.2 and round(dec, 1) != -5.2, (jan, dec)
    text = ("Saudi Arabia's holdings of US Treasuries rose for the second consecutive month in July. The Saudi holdings "
            "in July is down by 5.2 percent from the beginning of the year when it was $135.1 billion.")
    rec = by_claim(check_text(text, date="2021-09-19", store=data), "5.2 percent")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2021-01 to 2021-07", rec


def test_a_base_at_the_start_of_the_year_read_as_december_when_the_figure_fits_it(data, tic):
    """The same sentence with December's percent: the other reading of the base."""
    sa = tic("saudi_arabia")
    dec = _pct(sa, "2020-12", "2021-07")
    text = ("Saudi Arabia's holdings of US Treasuries rose for the second consecutive month in July. The Saudi holdings "
            f"in July is down by {abs(dec):.1f} percent from the beginning of the year.")
    rec = by_claim(check_text(text, date="2021-09-19", store=data), f"{abs(dec):.1f} percent")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2020-12 to 2021-07", rec


def test_near_miss_a_percent_neither_reading_of_the_base_gives_stays_contradicted(data, tic):
    sa = tic("saudi_arabia")
    jan, dec = _pct(sa, "2021-01", "2021-07"), _pct(sa, "2020-12", "2021-07")
    wrong = round(min(jan, dec) - 2.0, 1)
    text = ("Saudi Arabia's holdings of US Treasuries rose for the second consecutive month in July. The Saudi holdings "
            f"in July is down by {abs(wrong):.1f} percent from the beginning of the year.")
    rec = by_claim(check_text(text, date="2021-09-19", store=data), f"{abs(wrong):.1f} percent")
    assert rec["verdict"] != "supported", rec


def test_a_record_base_whose_month_and_level_are_stated_is_that_month(data, tic):
    """Liebenfels, 16 June 2015: March 2015 was the record as first printed ($6.18 trillion); today's series peaks in
    January 2015 (6,218.7), March is 6,172.6."""
    gt = tic("grand_total")
    mar, jan = gt[pd.Period("2015-03", "M")], gt[pd.Period("2015-01", "M")]
    assert gt["2014-06":"2015-04"].idxmax() == pd.Period("2015-01", "M") and abs(mar - 6180) < abs(jan - 6180)
    assert round(-_pct(gt, "2015-03", "2015-04"), 1) == 0.6
    text = ("In total, major foreign holders of US government debt in April 2015 held $6.14 trillion, down 0.6 percent "
            "from a record $6.18 trillion in March, the first decline since October 2014.")
    rec = by_claim(check_text(text, date="2015-06-16", store=data), "0.6 percent")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2015-03 to 2015-04", rec


def test_near_miss_a_misdated_peak_whose_level_is_the_series_peak_stays_the_peak(data, tic):
    """Sohu, 23 September 2025: "the peak of $1.3 trillion in January 2013" is November 2013's 1,316.7 (January's is
    1,214.2): the decline runs from the peak."""
    cn = tic("china_mainland")
    assert cn.idxmax() == pd.Period("2013-11", "M")
    text = ("China's holdings of U.S. Treasuries fell to $730.7 billion in July 2025, a decline of over 40% from the "
            "peak of $1.3 trillion in January 2013.")
    rec = by_claim(check_text(text, date="2025-09-23", store=data), "over 40%")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2013-11 to 2025-07", rec


def test_a_holder_ranked_before_the_place_is_not_the_figure_s_holder(data, tic):
    """Bloomberg (Financial Post), 21 April 2021: the UAE's stockpile rose $16.8 billion in February 2021; the UK's
    rose more."""
    uae, uk = tic("united_arab_emirates"), tic("united_kingdom")
    feb = pd.Period("2021-02", "M")
    d_uae, d_uk = uae[feb] - uae[feb - 1], uk[feb] - uk[feb - 1]
    assert round(d_uae) == 17 and round(d_uk) != 17, (d_uae, d_uk)
    text = ("The United Arab Emirates bought more Treasuries in February than any other country except the U.K. "
            "The OPEC member raised its stockpile by about $17 billion to $50.6 billion, making it the largest buyer "
            "after the U.K. that month.")
    res = check_text(text, date="2021-04-21", store=data)
    change, level = by_claim(res, "about $17 billion"), by_claim(res, "$50.6 billion")
    assert change["verdict"] == "supported" and change["series"] == "tic.holdings.united_arab_emirates", change
    assert level["verdict"] == "supported" and level["series"] == "tic.holdings.united_arab_emirates", level


def test_near_miss_the_holder_named_before_the_place_keeps_its_figure(data, tic):
    """The holder named before "the largest buyer after the U.K." is the figure's, not the U.K."""
    jp = tic("japan")
    feb = pd.Period("2021-02", "M")
    d = jp[feb] - jp[feb - 1]
    text = (f"Japan, the largest {'buyer' if d >= 0 else 'seller'} after the U.K. that month, "
            f"{'raised' if d >= 0 else 'cut'} its stockpile by ${abs(d):.1f} billion in February 2021.")
    rec = by_claim(check_text(text, date="2021-04-21", store=data), f"${abs(d):.1f} billion")
    assert rec["verdict"] == "supported" and rec["series"] == "tic.holdings.japan", rec


def test_a_starting_level_over_the_past_12_months_is_twelve_months_before(data, tic):
    """Dave Manuel, 22 January 2011 (November 2010 the latest month): China's $929 billion is November 2009's."""
    cn = tic("china_mainland")
    nov09, oct10 = cn[pd.Period("2009-11", "M")], cn[pd.Period("2010-10", "M")]
    assert round(nov09) == 929 and abs(oct10 - 929) > 5, (nov09, oct10)
    text = ("China, on the other hand, has pared down its position over the past 12 months from $929 billion to "
            "$895.6 billion.")
    rec = by_claim(check_text(text, date="2011-01-22", store=data), "$929 billion")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2009-11", rec


def test_near_miss_a_starting_level_with_no_span_is_the_month_before(data, tic):
    cn = tic("china_mainland")
    oct10, nov10 = cn[pd.Period("2010-10", "M")], cn[pd.Period("2010-11", "M")]
    text = f"China pared down its position from ${oct10:.1f} billion to ${nov10:.1f} billion."
    rec = by_claim(check_text(text, date="2011-01-22", store=data), f"${oct10:.1f} billion")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2010-10", rec


def test_a_full_stop_glued_to_the_next_sentence_ends_it():
    """The WSJ quote on Fercheopote, 18 September 2013: the page lost the space after "less."."""
    from ustflow.check.text import split_sentences

    text = ("China's overall holdings of Treasury debt actually rose by about $1.5 billion to near a record high of "
            "$1.277 trillion thanks to its purchases of shorter-term U.S. Treasury debt called bills, which mature in a "
            "year or less.Japan, the second-largest foreign owner of Treasury debt after China, boosted its overall "
            "holdings by a record $52 billion in July to $1.135 trillion.")
    got = [s.text for s in split_sentences(text)]
    assert len(got) == 2 and got[1].startswith("Japan, the second-largest"), got


def test_near_miss_an_abbreviation_or_a_domain_glued_to_a_word_ends_no_sentence():
    from ustflow.check.text import split_sentences

    for text in ("Holdings fell, e.g.The Fed's custody data show it.", "The U.S.Treasury said so.",
                 "Japan's holdings rose vs.China's in July."):
        assert len(split_sentences(text)) == 1, text


def test_the_second_largest_owner_after_china_in_a_glued_sentence_is_japan(data, tic, ranks):
    """The same text: Japan's place, not China's (whose holdings the glued sentence named first)."""
    jul = pd.Period("2013-07", "M")
    assert ranks.loc[jul, "japan"] == 2, ranks.loc[jul]
    text = ("China's overall holdings of Treasury debt actually rose by about $1.5 billion to near a record high of "
            "$1.277 trillion thanks to its purchases of shorter-term U.S. Treasury debt called bills, which mature in a "
            "year or less.Japan, the second-largest foreign owner of Treasury debt after China, boosted its overall "
            "holdings by a record $52 billion in July to $1.135 trillion.")
    rec = by_claim(check_text(text, date="2013-09-18", store=data), "the second-largest foreign owner")
    assert rec["verdict"] == "supported" and rec["series"] == "tic.holdings.japan", rec


def test_a_comparison_base_s_year_is_not_the_story_s_year(data, tic):
    """Millennium Post (PTI), 18 February 2013, read without its date: "the end of December" after "much higher than in
    December 2011" is December 2012's (the sentence's own month), not 2011's."""
    text = ("However, the holdings in December 2012 were much higher than in December 2011 when it stood at $43.5 "
            "billion. Going by the official data, India is the 18th largest holder of these securities while China "
            "topped the table at the end of December.")
    rec = by_claim(check_text(text, store=data), "topped the table")
    assert rec["official_period"] == "2012-12", rec


def test_near_miss_a_year_named_as_the_story_s_own_is_carried(data, tic):
    text = ("India's holdings stood at $43.5 billion in December 2011. Going by the official data, China topped the "
            "table at the end of December.")
    rec = by_claim(check_text(text, store=data), "topped the table")
    assert rec["official_period"] == "2011-12", rec


def test_a_level_compared_with_takes_no_direction_from_the_move(data, tic):
    """Times Kuwait, 20 November 2022: "$121 billion, which declined ... compared to $122.1 billion last August" (Saudi
    Arabia's August 2022 level, which had risen from July): the decline is from August, not August's own move."""
    sa = tic("saudi_arabia")
    aug = pd.Period("2022-08", "M")
    assert round(sa[aug], 1) == 122.1 and sa[aug] > sa[aug - 1]
    text = ("Saudi Arabia retained its position by acquiring US bonds worth $121 billion, which declined on a monthly "
            "basis compared to $122.1 billion last August.")
    rec = by_claim(check_text(text, date="2022-11-20", store=data), "$122.1 billion")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2022-08", rec


def test_near_miss_a_compared_figure_keeps_its_own_direction_word(data):
    """Daily Sabah, 15 August 2018: "compared with the $26.7 billion in purchases in May": the purchases are its own."""
    text = ("Foreigners bought a net $2.3 billion of Treasury bonds and notes in June, compared with the $26.7 billion "
            "in purchases in May.")
    rec = by_claim(check_text(text, date="2018-08-15", store=data), "$26.7 billion")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2018-05", rec


@pytest.mark.parametrize("text", [
    pytest.param("Japanese investors dumped foreign bonds at a record pace in 2022. The investors, including insurers "
                 "and banks, sold a net 21.74 trillion yen worth of foreign medium- and long-term bonds last year, the "
                 "Finance Ministry reports.", id="the examples of a group are not the figure's holder"),
    pytest.param("Japanese investors, including insurers and banks, sold a net 21.74 trillion yen worth of foreign "
                 "medium- and long-term bonds last year, the Finance Ministry reports.",
                 id="near miss: a group named as a holder keeps its figure"),
])
def test_a_group_and_its_examples(data, text):
    """Nikkei Asia, 25 January 2023: "The investors, including insurers and banks, sold a net 21.74 trillion yen": all
    Japanese investors' (the sentence before names them), not insurers' and banks' together; so is the figure of the
    group named as the holder with its examples."""
    rec = by_claim(check_text(text, date="2023-01-25", store=data), "21.74 trillion yen")
    assert rec["verdict"] == "supported" and rec["series"] == "mof.monthly.assets.lt_debt.net", rec


def test_the_previous_year_end_is_the_year_before_the_one_named(data, tic):
    """Bloomberg (Japanese), 18 February 2020: "2019年末に約6兆7000億ドルと、前年末の6兆3000億ドルから増加した": 前年末 is
    the end of 2018 (the year before 2019), not the year before the publication (2019)."""
    gt = tic("grand_total")
    assert round(gt[pd.Period("2018-12", "M")] / 100) == 63 and round(gt[pd.Period("2019-12", "M")] / 100) != 63
    text = "外国勢の米国債保有残高は2019年末に約6兆7000億ドル(約736兆円)と、前年末の6兆3000億ドルから増加した。"
    rec = by_claim(check_text(text, date="2020-02-18", store=data), "6兆3000億ドル")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2018-12", rec


def test_near_miss_last_year_s_end_is_the_publication_s_year_before(data, tic):
    """昨年末 (last year's end) stays relative to the publication date."""
    gt = tic("grand_total")
    v = gt[pd.Period("2019-12", "M")]
    text = f"外国勢の米国債保有残高は2019年末に約6兆7000億ドルと、昨年末の{usd_bn_ja(v)}から増加した。"
    rec = by_claim(check_text(text, date="2020-02-18", store=data), usd_bn_ja(v))
    assert rec["official_period"] == "2019-12", rec


def test_a_level_told_with_de_before_its_starting_level_is_the_month_s(data, tic):
    """Reuters (Japanese), 16 March 2021: "日本が1兆2760億ドルで、前月の1兆2510億ドルから増加": 前月 is December 2020,
    the month before the level's January."""
    jp = tic("japan")
    assert round(jp[pd.Period("2020-12", "M")]) == 1251
    text = ("米財務省が15日発表した1月の対米証券投資統計によると、海外投資家の米国債保有高は増えた。"
            "国別の米国債保有高は、海外勢で首位の日本が1兆2760億ドルで、前月の1兆2510億ドルから増加。")
    rec = by_claim(check_text(text, date="2021-03-16", store=data), "1兆2510億ドル")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2020-12", rec


def test_a_month_the_holdings_peaked_in_is_the_turning_point_of_its_run(data, tic):
    """Arab News, 19 September 2021: "In July last year, Saudi Arabia began to boost its holdings once again, peaking
    in November": November 2020 (137.6) tops the months around it, not all the data (142 in June 2017)."""
    sa = tic("saudi_arabia")
    nov = pd.Period("2020-11", "M")
    assert sa[nov - 6:nov + 6].idxmax() == nov and sa[:pd.Period("2021-07", "M")].idxmax() != nov
    text = "In July last year, Saudi Arabia began to boost its holdings once again, peaking in November."
    rec = by_claim(check_text(text, date="2021-09-19", store=data), "peaking")
    assert rec["verdict"] == "supported", rec


def test_near_miss_a_month_that_is_no_turning_point_is_no_peak(data, tic):
    sa = tic("saudi_arabia")
    aug = pd.Period("2020-08", "M")
    assert sa[aug - 6:aug + 6].idxmax() != aug
    text = "In July last year, Saudi Arabia began to boost its holdings once again, peaking in August."
    rec = by_claim(check_text(text, date="2021-09-19", store=data), "peaking")
    assert rec["verdict"] != "supported", rec


def test_near_miss_the_peak_as_a_noun_is_the_peak_of_all_the_data(data, tic):
    """Sohu, 23 September 2025: "the peak of $1.3 trillion in January 2013" (November 2013 is the peak)."""
    text = "China's holdings fell more than 40% from the peak of $1.3 trillion in January 2013."
    rec = by_claim(check_text(text, date="2025-09-23", store=data), "the peak of")
    assert rec["verdict"] != "supported", rec


def test_near_miss_a_month_years_before_the_story_peaked_is_the_peak_of_all(data, tic):
    """China's July 2011 (1,314.9) tops the months around it, but in a 2016 story "peaked in July 2011" is history's
    peak, which is November 2013's."""
    cn = tic("china_mainland")
    jul = pd.Period("2011-07", "M")
    assert cn[jul - 6:jul + 6].idxmax() == jul and cn.idxmax() != jul
    text = "China's holdings peaked at $1.31 trillion in July 2011."
    rec = by_claim(check_text(text, date="2016-01-22", store=data), "peaked")
    assert rec["verdict"] != "supported", rec


def test_a_compared_figure_s_month_is_not_the_next_figure_s(data, tic):
    """Arab News, 17 December 2021 (October the latest month): "with $1.32 trillion compared to $1.299 trillion in
    September, followed by China with $1.065 trillion": September is the compared figure's; China's is October's."""
    cn = tic("china_mainland")
    assert round(cn[pd.Period("2021-10", "M")] / 1000, 3) == 1.065 and round(cn[pd.Period("2021-09", "M")] / 1000, 3) != 1.065
    text = ("Globally, Japan is the biggest holder of US Treasury bonds with $1.32 trillion compared to $1.299 trillion "
            "in September, followed by China with $1.065 trillion and the UK with $579.8 billion.")
    res = check_text(text, date="2021-12-17", store=data)
    for claim, month in (("$1.065 trillion", "2021-10"), ("$1.32 trillion", "2021-10"), ("$1.299 trillion", "2021-09")):
        rec = by_claim(res, claim)
        assert rec["verdict"] == "supported" and rec["official_period"] == month, rec


def test_near_miss_a_month_before_the_compared_figure_stays_the_sentence_s(data, tic):
    """"In September, Japan held $X compared with $Y a year earlier, and China $Z": September is everyone's."""
    jp, cn = tic("japan"), tic("china_mainland")
    sep = pd.Period("2021-09", "M")
    text = (f"In September, Japan held ${jp[sep]:,.1f} billion compared with ${jp[sep - 12]:,.1f} billion a year earlier, "
            f"and China ${cn[sep]:,.1f} billion.")
    rec = by_claim(check_text(text, date="2021-12-17", store=data), f"${cn[sep]:,.1f} billion")
    assert rec["verdict"] == "supported" and rec["official_period"] == "2021-09", rec
