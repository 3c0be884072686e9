"""Paraphrases of the facts behind session 12's place, list, move and measure rules (batch 9's articles), as another
reporter would write them (issue 13: a rule that fits one article's words and breaks on a plain paraphrase is overfit).
Each test names the rule it probes. Invented sentences; the facts and the expected values are the store's own: TIC's
major foreign holders in March 2026 (Japan, the UK, China, the Cayman Islands, Belgium, Canada in that order), their
moves from February, all foreign holders' total, China's long- and short-term parts (SLT Table 3). Negative tests:
words the rules must not read as a place, a move of Treasuries or all foreign holders."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read, by_claim, claim_containing, holding, series
from ustflow.views.check import check_text

DATE = "2026-05-20"  # TIC's March 2026 figures are the latest
#: the lead of a TIC story: what the holders' places and moves are of (a sentence alone names no Treasuries)
LEAD = "Foreign holdings of U.S. Treasuries fell in March, Treasury Department data showed. "


def _order(data) -> list[str]:
    m = pd.Period("2026-03", "M")
    row = {k: float(v[m]) for k, v in data.holdings().items() if m in v.index and pd.notna(v[m])}
    return sorted(row, key=lambda k: -row[k])


def _ranks(text: str, data) -> list[dict]:
    return [x for x in check_text(LEAD + text, date=DATE, store=data) if x["measure"] == "rank"]


# e7f1150 / 506ff4b: a holder's place said by its frame ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Britain came in second in March.",
    "In March the United Kingdom ranked second among foreign holders of U.S. Treasuries.",
    "China slipped to third in March as it trimmed its holdings.",
    "The Cayman Islands, in fourth, added to its holdings in March.",
    "Belgium was No. 5 on the list in March.",
    "Japan topped the list of foreign holders of U.S. government debt in March.",
])
def test_a_place_by_its_frame_in_other_words(data, text):
    assert _order(data)[:5] == ["japan", "united_kingdom", "china_mainland", "cayman_islands", "belgium"]
    r = _ranks(text, data)
    assert r and r[0]["verdict"] == "supported", r


@pytest.mark.parametrize("text", [
    "Britain came in third in March.",
    "China ranked fifth among foreign holders of U.S. Treasuries in March.",
])
def test_a_wrong_place_by_its_frame_stays_contradicted(data, text):
    r = _ranks(text, data)
    assert r and r[0]["verdict"] == "contradicted", r


@pytest.mark.parametrize("text", [
    # each was a rank, contradicted (the place said is not the holder's in TIC's table)
    "The Cayman Islands had the biggest investment inflows in March.",  # a superlative of trades
    "Canada had the largest share of purchases in March.",
    "China ranked fifth among net sellers of Treasuries in March.",  # a ranking of trades
    "Britain came in fourth in a survey of business confidence.",  # another ranking
    "Belgium was sixth in line.",
])
def test_an_ordinal_of_another_ranking_after_a_holdings_lead(data, text):
    r = _ranks(text, data)
    assert all(x["verdict"] != "contradicted" for x in r), r


@pytest.mark.parametrize("text", [
    "Japan's holdings fell for a second month in March.",  # a count of months, not a place
    "China cut its holdings for the third straight month in March.",
    "Britain came in second in the survey of business confidence in March.",  # another ranking
    "Among Asian economies, China came in second in March.",  # a place among a group
])
def test_an_ordinal_that_is_no_place_in_tics_table(data, text):
    r = check_text(text, date=DATE, store=data)
    assert all(x["verdict"] != "contradicted" for x in r if x["measure"] == "rank"), r


# ec60454: holders listed as making one move ----------------------------------------------------------------------------


@pytest.mark.parametrize("text,who,up", [
    ("Britain, the Cayman Islands and Ireland added to their holdings in March.",
     ["Britain", "Cayman", "Ireland"], True),
    ("Britain, the Cayman Islands and Ireland all increased their holdings in March.",
     ["Britain", "Cayman", "Ireland"], True),
    ("Countries that trimmed their holdings in March included Japan, China and Taiwan.",
     ["Japan", "China", "Taiwan"], False),
    ("Holders whose stakes shrank in March were Japan, China and Luxembourg.",
     ["Japan", "China", "Luxembourg"], False),
    ("Japan and China both reduced their positions in U.S. Treasuries in March.", ["Japan", "China"], False),
])
def test_a_list_of_holders_making_one_move_in_other_words(data, text, who, up):
    for slug in ("united_kingdom", "cayman_islands", "ireland") if up else ("japan", "china_mainland"):
        assert (holding(data, slug, "2026-03") > holding(data, slug, "2026-02")) == up
    r = [x for x in check_text(LEAD + text, date=DATE, store=data) if x["measure"] != "rank"]
    for name in who:
        rec = claim_containing(r, name)
        assert rec["verdict"] == "supported", (name, r)


@pytest.mark.parametrize("text", [
    "Japan and China both raised their holdings of gold in March.",
    "Japan and China both cut their holdings of euro-zone bonds in March.",
    "Japan and China both raised their positions in Japanese government bonds in March.",
    "Other countries that increased their holdings of gold in March were Japan and China.",
])
def test_a_listed_move_of_something_else_is_no_treasury_move(data, text):
    # holder_moves read 'their holdings' with no look at what follows: gold was judged as Treasuries (contradicted)
    r = check_text(LEAD + text, date=DATE, store=data)
    assert all(x["verdict"] != "contradicted" for x in r), r


# bce79b8 / 121eb8f: places filled by a list ----------------------------------------------------------------------------


@pytest.mark.parametrize("text,n", [
    ("The five largest holders in March were Japan, Britain, China, the Cayman Islands and Belgium.", 5),
    ("Japan remained the largest holder in March, followed by Britain and China.", 3),
    ("In March, Belgium and Canada rounded out the top six.", 2),
    ("Belgium and Canada rounded out the top six holders in March.", 2),
    ("Holders ranked fourth to sixth in March were the Cayman Islands ($459.4 billion), Belgium ($454.0 billion) and "
     "Canada ($439.4 billion).", 3),
    # the range's 'the' was taken before the chain, so a holder named with it ('the Cayman Islands') broke the list,
    # and a range said in words ('fourth to sixth') was no range ('to sixth among holders' a place of its own)
    ("Countries placed 4th to 6th in March included the Cayman Islands, Belgium and Canada.", 3),
    ("Countries placed fourth through sixth among holders of Treasuries included the Cayman Islands, Belgium and "
     "Canada.", 3),
    ("3月末の米国債保有額は1位が日本、2位が英国だった。以下、中国、ケイマン諸島、ベルギーの順だった。", 5),
])
def test_places_filled_by_a_list_in_other_words(data, text, n):
    assert _order(data)[:6] == ["japan", "united_kingdom", "china_mainland", "cayman_islands", "belgium", "canada"]
    r = _ranks(text, data)
    assert len(r) >= n and all(x["verdict"] == "supported" for x in r), r


def test_a_list_in_the_wrong_order_is_not_called_right(data):
    r = _ranks("The top three holders in March were China, Japan and Britain.", data)
    assert r and any(x["verdict"] != "supported" for x in r), r


@pytest.mark.parametrize("text", [
    # 'rounded out the top n' read the holders as places 4-5 of TIC's table whatever the top n was of: contradicted
    "Canada and Belgium rounded out the top five sellers in March.",
    "Canada and Belgium rounded out the top five net buyers of U.S. stocks in March.",
    "Canada and Japan rounded out the top five economies by GDP.",
])
def test_rounding_out_a_top_n_of_something_else(data, text):
    r = _ranks(text, data)
    assert all(x["verdict"] != "contradicted" for x in r), r


@pytest.mark.parametrize("text", [
    "China's holdings fell in March, followed by Japan's and Taiwan's.",  # an order of moves, not of places
    "Japan sold the most in March, followed by China and Luxembourg.",
])
def test_followed_by_with_no_place_orders_nothing(data, text):
    r = _ranks(text, data)
    assert all(x["verdict"] != "contradicted" for x in r), r


# 794f363: all foreign holders ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Foreign holdings of U.S. Treasuries stood at ${t:.3f} trillion in March.",
    "Overall, Treasuries held abroad reached ${t:.3f} trillion in March.",
    "The total holdings of U.S. Treasuries by foreign investors amounted to ${t:.3f} trillion in March.",
    "Worldwide investments in U.S. Treasuries reached ${t:.3f} trillion in March.",
    "All told, foreign-held Treasuries totaled ${t:.3f} trillion in March.",
    "Overall, Treasury bonds reached ${t:.3f} trillion in March.",
    "海外投資家の米国債保有総額は3月に{ja}だった。",
])
def test_all_foreign_holders_in_other_words(data, text):
    t = float(series("tic.holdings.grand_total", data.store)[pd.Period("2026-03", "M")]) / 1000 \
        if hasattr(data, "store") else None
    if t is None:
        tot = data.series("tic.holdings.grand_total").dropna()
        t = float(tot[pd.Period("2026-03", "M")])
        t = t / 1000 if t > 1000 else t
    n = int(round(t * 10000))
    said = text.format(t=t, ja=f"{n // 10000}兆{n % 10000}億ドル")
    rec = claim_containing(check_text(said, date=DATE, store=data), "兆" if "兆" in said else "trillion")
    assert rec["verdict"] == "supported", rec


@pytest.mark.parametrize("text", [
    "Overall, Treasuries were up 0.4% in March, according to a Bloomberg index.",
    "In general, Treasury yields rose to 4.3% in March.",
    "Overall, Treasury bills outstanding reached $6.5 trillion in March.",  # all bills issued, not those held abroad
    # 'Overall, Treasur...' read all foreign holders' total: bills (a part) were judged as it, contradicted
    "Overall, Treasury bills reached $6.4 trillion in March.",
    "In all, Treasury securities issued reached $2.300 trillion in March.",
])
def test_no_foreign_total_where_none_is_meant(data, text):
    r = check_text(text, date=DATE, store=data)
    assert all(x["verdict"] != "contradicted" for x in r if x["measure"].startswith("holdings")), r


# holdings_terms: a holder's long- or short-term part -----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "China held ${tot:.1f} billion of Treasuries in March, of which ${st:.2f} billion were short-term bills.",
    "China held ${tot:.1f} billion of Treasuries in March, including ${st:.2f} billion in short-term bills.",
    "China's holdings of short-term Treasury bills stood at ${st:.2f} billion in March.",
    "3月の中国の米国債保有額は{tot_ja}。そのうち、短期債は{st_ja}だった。",
])
def test_a_short_term_part_in_other_words(data, text):
    st = float(data.series("tic.slt.china_mainland.st_treasury_pos")[pd.Period("2026-03", "M")]) / 1000
    tot = holding(data, "china_mainland", "2026-03")
    said = text.format(tot=tot, st=st, st_ja=f"{int(round(st * 10))}億ドル", tot_ja=f"{int(round(tot * 10))}億ドル")
    r = check_text(said, date=DATE, store=data)
    rec = by_claim(r, f"{int(round(st * 10))}億ドル") if "億" in said else claim_containing(r, f"{st:.2f}")
    assert rec["verdict"] == "supported", rec


def test_a_short_term_part_off_by_much_stays_contradicted(data):
    st = float(data.series("tic.slt.china_mainland.st_treasury_pos")[pd.Period("2026-03", "M")]) / 1000
    r = check_text(f"China's holdings of short-term Treasury bills stood at ${st * 1.5:.2f} billion in March.",
                   date=DATE, store=data)
    assert claim_containing(r, f"{st * 1.5:.2f}")["verdict"] == "contradicted", r


# 2995b90: a Japanese paper's middle dot as the decimal point of a percentage -----------------------------------------


@pytest.mark.parametrize("text,fig,q", [
    ("長期金利は一時2・150%に上昇した。", "2・150%", 2.15),
    ("新発10年物国債の利回りは一時1・985％を付けた。", "1・985％", 1.985),  # the full-width percent sign
    ("米10年債利回りは一時4・5%まで上昇した。", "4・5%", 4.5),
])
def test_a_middle_dot_decimal_in_other_words(data, text, fig, q):
    rec = claim_containing(check_text(text, date="2026-05-20", store=data), fig.split("・")[1][:-1])
    assert rec["quantity"] == pytest.approx(q), rec


@pytest.mark.parametrize("text", [
    "1・2月の対外証券投資は2カ月連続で買い越しだった。",  # a list of months
    "日本は1・2位を争う保有国だ。",  # a list of places
])
def test_a_middle_dot_between_list_items_is_no_decimal(data, text):
    r = check_text(text, date="2026-05-20", store=data)
    assert all(x["quantity"] is None or x["quantity"] >= 1 for x in r), r


# 12ca235 / bop_usd: a yen balance restated in dollars ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Japan's current account surplus was {t:.2f} trillion yen ({u:.1f} billion dollars) in April.\n\n($1 = 155.00 yen)",
    "In April, Japan's current account surplus came to ¥{t:.2f} trillion (${u:.1f} billion).\n\n($1 = 155.00 yen)",
    "Japan logged a current account surplus of {t:.2f} trillion yen, or ${u:.1f} billion, in April.\n\n"
    "($1 = 155.00 yen)",
])
def test_a_dollar_restatement_of_a_balance_in_other_words(data, loaded_store, text):
    v = float(series("boj.bop.bpbp6jyncb", loaded_store)[pd.Period("2026-04", "M")])
    t, u = v / 1e4, v * 1e8 / 155 / 1e9
    for x, verdict in ((u, "supported"), (u * 0.8, "contradicted")):
        r = check_text(text.format(t=t, u=x), date="2026-06-10", store=data)
        rec = claim_containing(r, f"{x:.1f}")
        assert rec["verdict"] == verdict, rec


# c61ecee: a figure called a record with no month of its own ----------------------------------------------------------


@pytest.mark.parametrize("template", [
    "Belgium's holdings of U.S. Treasuries climbed to an all-time high of ${v:.1f} billion.",
    "Belgium's holdings of U.S. Treasuries hit a fresh record high of ${v:.1f} billion.",
    "Belgium's Treasury holdings peaked at a record ${v:.1f} billion.",
])
def test_a_record_level_in_other_words_is_not_contradicted(data, loaded_store, template):
    s = series("tic.holdings.belgium", loaded_store)
    s = s[s.index < pd.Period("2015-03", "M")]
    p = s.idxmax()
    assert p != pd.Period("2015-03", "M")
    rec = claim_containing(check_text(template.format(v=float(s[p])), date="2015-05-18", store=data), "billion")
    assert rec["verdict"] != "contradicted", rec["explanation"]


def test_a_record_that_fits_no_month_stays_contradicted(data, loaded_store):
    s = series("tic.holdings.belgium", loaded_store)
    v = float(s[s.index < pd.Period("2015-03", "M")].max()) * 1.4
    text = f"Belgium's holdings of U.S. Treasuries climbed to an all-time high of ${v:.1f} billion in March."
    assert claim_containing(check_text(text, date="2015-05-18", store=data), "billion")["verdict"] == "contradicted"


# 155d0c0: a place in apposition to the holder named right before it --------------------------------------------------


@pytest.mark.parametrize("text", [
    "Despite selling by Japan, the largest foreign owner of U.S. debt, foreign holdings rose in March.",
    "Purchases by Britain, the second-largest foreign holder, offset the decline in March.",
    "Even with a cutback by China, the third-biggest holder of Treasuries, the total rose in March.",
])
def test_a_place_in_apposition_in_other_words(data, text):
    r = _ranks(text, data)
    assert r and all(x["verdict"] == "supported" for x in r), r


@pytest.mark.parametrize("text", [
    "英国は3月、日本に次ぐ2位だった。",
    "3月末時点で中国は3位となった。",
    "保有額では英国が2位、中国が3位だった。",
])
def test_a_japanese_place_in_other_words(data, text):
    r = [x for x in check_text("米国債の保有額は3月に減少した。" + text, date=DATE, store=data) if x["measure"] == "rank"]
    assert r and all(x["verdict"] == "supported" for x in r), r


# dd41fd3 / intervention_months: the report before the latest one -----------------------------------------------------


def _fx(store, lo: str, hi: str) -> float:
    s = series("mof.fx_intervention.amount", store)
    return abs(float(s[(s.index >= lo) & (s.index <= hi)].sum()))  # yen-selling operations are negative


@pytest.mark.parametrize("tail", [
    "In the previous month, the ministry had spent {fig} to prop up the yen.",
    "The month before, Japan spent {fig} on intervention.",
    "Intervention in the prior month totaled {fig}.",
    "前月の介入額は{ja}だった。",
])
def test_the_report_before_the_latest_in_other_words(data, loaded_store, tail):
    v = _fx(loaded_store, "2022-08-30", "2022-09-28")
    assert v > 0
    ja = f"{int(round(v * 10)) // 10000}兆{int(round(v * 10)) % 10000:04d}億円"
    lead = ("Japan spent 6,349.9 billion yen on foreign exchange market interventions in the past month, a Finance "
            "Ministry report showed Monday. ")
    for x, verdict in ((v, "supported"), (v * 1.3, "contradicted")):
        fig, ja = f"{x:,.1f} billion yen", f"{int(round(x * 10)) // 10000}兆{int(round(x * 10)) % 10000:04d}億円"
        rec = by_claim(check_text(lead + tail.format(fig=fig, ja=ja), date="2022-10-31", store=data),
                       ja if "前月" in tail else fig)
        assert (rec["measure"], as_read(rec)) == ("intervention", verdict), rec


# compare.table_tolerance: a claim more precise than the Major Foreign Holders table ----------------------------------


@pytest.mark.parametrize("text,ok", [
    ("China held ${v:.2f} billion of U.S. Treasuries in March.", True),  # SLT's USD mn, to 0.01 bn
    ("China's Treasury holdings stood at ${v:.2f} billion at the end of March.", True),
    ("China's holdings of U.S. government debt fell by ${d:.2f} billion in March.", True),
    ("China held ${w:.2f} billion of U.S. Treasuries in March.", False),  # outside the table's 0.05 either way
])
def test_a_figure_to_the_cent_in_other_words(data, text, ok):
    v, d = holding(data, "china_mainland", "2026-03"), holding(data, "china_mainland", "2026-02") - holding(data, "china_mainland", "2026-03")
    said = text.format(v=v + 0.03, d=d + 0.04, w=v + 0.12)
    rec = claim_containing(check_text(said, date=DATE, store=data), "billion")
    assert (rec["verdict"] == "supported") == ok, rec
    if not ok:
        assert rec["verdict"] in ("contradicted", "unverifiable"), rec


# 0a4661b / second_look: a part read at the month of the sentence's undated figure ------------------------------------


@pytest.mark.parametrize("template", [
    "China held {x} of U.S. Treasuries, versus {y} in February, including {z} in short-term bills.",
    # (passes since ", of which" opens a clause of its own: session 13)
    "Compared with {y} in February, China's Treasury holdings were {x}, of which {z} were short-term bills.",
    "中国の米国債保有額は{xj}で、2月の{yj}から減った。うち短期債は{zj}だった。",
])
def test_a_part_at_the_undated_figures_month_in_other_words(data, template):
    x, y = holding(data, "china_mainland", "2026-03"), holding(data, "china_mainland", "2026-02")
    z = float(data.series("tic.slt.china_mainland.st_treasury_pos")[pd.Period("2026-03", "M")]) / 1000
    oku = lambda v: f"{int(round(v * 10))}億ドル"  # noqa: E731
    said = template.format(x=f"${x:.1f} billion", y=f"${y:.1f} billion", z=f"${z:.2f} billion", xj=oku(x), yj=oku(y),
                           zj=oku(z))
    rec = by_claim(check_text(said, date=DATE, store=data), oku(z) if "億" in said else f"${z:.2f} billion")
    assert rec["verdict"] != "contradicted", rec["explanation"]
