"""`ustflow check` on records, runs and 'since' claims of Japan's balance of payments (session 29), on sentences of
development articles of the claims corpus:

- "中国の春節(旧正月)連休で、訪日する中国人観光客が増加したため、旅行収支が…2月としては過去最大",
  "ロシアのウクライナ侵攻による原油価格高騰…黒字額は5月としては最小", "旅行収支は中国を中心に外国からの観光客数が落ち込み、
  …以来の低水準": a country told as a cause (a holiday, a war, where visitors come from) is not the owner of the balance
  the record is said of; the record is Japan's, judged on the store's BoP series (sankeibiz, 8 Apr 2016; sankei, 8 Jul
  2022; jiji, 8 Apr 2020). A country tied to a balance word ("ドイツの貿易黒字は3年連続で拡大") still owns it
  (``test_check_paraphrases_s14_bop``).

Official values are the store's own (``boj.bop``, today's BPM6 series).
"""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, claim_containing
from ustflow.views.check import check_text


@pytest.mark.parametrize(("text", "date", "claim", "want"), [
    ("財務省が8日発表した2月の国際収支(速報)によると、海外とのモノやサービス、投資の取引状況を示す経常収支は2兆4349億円の黒字"
     "だった。原油安を背景に貿易収支が黒字転換した。さらに、中国の春節(旧正月)連休で、訪日する中国人観光客が増加したため、"
     "旅行収支が比較可能な平成8年以降、2月としては過去最大となる1238億円の黒字となった。",
     "2016-04-08", "2月としては過去最大", ("supported", "boj.bop.bpbp6jynsn2", "2016-02", 1273.7)),
    ("財務省が8日発表した5月の国際収支速報によると、海外とのモノやサービス、投資の取引状況を示す経常収支の黒字額は、前年同月比"
     "92・8%減の1284億円だった。ロシアのウクライナ侵攻による原油価格高騰と円安進行で輸入額が膨らんだ結果、経常黒字を維持"
     "したものの黒字額は5月としては最小だった。",
     "2022-07-08", "最小", ("contradicted", "boj.bop.bpbp6jyncb", "2022-05", 7557.1)),
    ("財務省が8日発表した2月の国際収支速報によると、海外とのモノやサービスの取引、投資収益の状況を示す経常収支は前年同月比"
     "21.2%増の3兆1688億円の黒字となった。\n\n旅行や輸送などの取引の収支を示すサービス収支は1366億円の赤字(前年同月は1561億円"
     "の黒字)。旅行収支は中国を中心に外国からの観光客数が落ち込み、黒字幅が579億円と前年同月から7割程度減少し、2015年9月"
     "(560億円の黒字)以来の低水準となった。",
     "2020-04-08", "以来の低水準", ("contradicted", "boj.bop.bpbp6jynsn2", "2020-02", 392.2)),
])
def test_a_country_told_as_a_cause_does_not_own_the_record(data, text, date, claim, want):
    rec = claim_containing(check_text(text, date=date, store=data), claim)
    assert (rec["verdict"], rec["series"], rec["official_period"]) == want[:3], rec
    assert rec["official_value"] == pytest.approx(want[3], abs=0.1), rec
    assert "holds only Japan" not in rec["explanation"], rec


def test_a_run_of_rises_in_a_story_naming_no_base_is_counted_on_the_year_before(data):
    """"輸出は6兆1832億円と3カ月連続で増加した。一方、輸入は6兆1812億円と4カ月連続で増えた" in a release story that names no base
    (neither 前年同月比 nor 前月比): the release's comparison, the same month a year before (reuters, 8 Jul 2021)."""
    text = ("[東京 8日 ロイター] - 財務省が8日発表した国際収支状況速報によると、5月の経常収支は1兆9797億円の黒字だった。"
            "ロイターの予測中央値は1兆8204億円の黒字で、公表された黒字額は予想を上回った。貿易収支が黒字となり、経常収支の"
            "黒字幅が膨らんだ。\n\n経常収支のうち、貿易・サービス収支は2534億円の赤字だった。貿易収支は20億円の黒字、"
            "サービス収支は2555億円の赤字となった。\n\n輸出は6兆1832億円と3カ月連続で増加した。一方、輸入は6兆1812億円と"
            "4カ月連続で増えた。")
    got = check_text(text, date="2021-07-08", store=data)
    for claim, sid, n in (("3カ月連続", "bpbp6jynex", 3.0), ("4カ月連続", "bpbp6jynim", 4.0)):
        rec = claim_containing(got, claim)
        assert (rec["verdict"], rec["series"], rec["official_period"], rec["official_value"]) == \
            ("supported", f"boj.bop.{sid}", "2021-05", n), rec
        assert "from a year before" in rec["explanation"], rec


def test_a_low_in_at_least_n_months_counts_month_labels(data):
    """"the lowest level in at least nine months in February": the last lower month is May 2009, nine month labels
    back; counted by days (28 February less nine months is 28 May) May fell inside the window (afp, 19 May 2010)."""
    text = ("The Chinese government, the top holder of US government debt, raised its long-term Treasury holdings to "
            "US$895.2 billion, up US$17.7 billion from February, the US Treasury Department said in its latest monthly "
            "report on global capital flows in the world's largest economy.\n\nChina had cut its massive US Treasury "
            "bond holdings to the lowest level in at least nine months in February as Beijing resisted persistent US "
            "pressure to revalue its currency.")
    rec = claim_containing(check_text(text, date="2010-05-19", store=data), "at least nine months")
    assert (rec["verdict"], rec["series"], rec["official_period"]) == \
        ("supported", "tic.holdings.china_mainland", "2010-02"), rec
    assert rec["official_value"] == pytest.approx(877.5, abs=0.1), rec
    assert "last at or below it in 2009-05" in rec["explanation"], rec


@pytest.mark.parametrize(("text", "date", "sid", "week", "value"), [
    ("(Bloomberg) -- The coronavirus pandemic drove Japan's biggest weekly purchase of global debt on record by its "
     "traditionally cautious funds.\n\nNet buying soared to 4.24 trillion yen ($40.5 billion), surpassing a previous "
     "record of 2.55 trillion yen set in July 2016.",
     "2020-03-12", "mof.weekly.assets.lt_debt.net", "2016-07-03..2016-07-09", 25497.0),
    ("TOKYO -- Overseas investors snapped up Japanese bonds at a record pace for the week ended March 18, data "
     "published Friday by the Financial Ministry shows, as a recent move by the Bank of Japan forced short sellers to "
     "square their positions.\n\nThe investors bought 4.1 trillion yen ($31.4 billion) in medium-to long-term "
     "Japanese bonds on a net basis, more than for any week since tracking began in 2005. The previous record set in "
     "July 2021 was 2.57 trillion yen.",
     "2023-03-24", "mof.weekly.liabilities.lt_debt.net", "2021-07-04..2021-07-10", 25665.0),
])
def test_a_previous_record_is_ranked_on_the_week_its_figure_names(data, text, date, sid, week, value):
    """"surpassing a previous record of 2.55 trillion yen set in July 2016", "The previous record set in July 2021 was
    2.57 trillion yen": the record word is about the figure beside it, the largest week of the month named; ranked on
    that week among the weeks before it (bloombergquint, 12 Mar 2020; nikkei asia, 24 Mar 2023)."""
    got = check_text(text, date=date, store=data)
    rec = next(r for r in got if r["claim"] == "record" and "previous record" in r["text"])
    assert (rec["verdict"], rec["series"], rec["official_period"], rec["official_value"]) == \
        ("supported", sid, week, value), rec


@pytest.mark.parametrize(("text", "date", "claim", "want"), [
    # the first surplus in 21 months was March's: the story's month (April) is a deficit again
    ("財務省が8日発表した4月の国際収支統計によると、海外とのモノやサービスの取引状況を表す経常収支は1兆3264億円の黒字"
     "だった。\n\n4月の貿易赤字は1462億円。1年9カ月ぶりの黒字だった3月から再び赤字に戻ったが、前年同月に比べて赤字幅は"
     "6434億円縮小した。",
     "2015-06-08", "1年9カ月ぶり", ("supported", "boj.bop.bpbp6jyntb", "2015-03")),
    # the record was the month a year before, which this August's surplus fell from
    ("財務省が10日発表した8月の国際収支速報によると、海外とのモノやサービスの取引、投資収益の状況を示す経常収支は前年同月比"
     "約3.4倍の2兆2797億円の黒字だった。\n\n配当金や利子の収支を示す第1次所得収支は8.0%減の3兆6387億円の黒字だった。"
     "配当金など直接投資収益の減少で、黒字幅は過去最大だった前年同月から縮小したが、海外の金利上昇により証券投資収益が増え、"
     "8月では過去2番目に高い水準となった。",
     "2023-10-10", "過去最大", ("supported", "boj.bop.bpbp6jynpin", "2022-08")),
])
def test_a_record_told_of_an_earlier_month_in_a_relative_clause(data, text, date, claim, want):
    """"1年9カ月ぶりの黒字だった3月から再び赤字に戻った", "黒字幅は過去最大だった前年同月から縮小した": the qualifier describes the
    month after だった, not the figure's month (nqn, 8 Jun 2015; jiji, 10 Oct 2023)."""
    got = check_text(text, date=date, store=data)
    rec = by_claim(got, claim)
    assert (rec["verdict"], rec["series"], rec["official_period"]) == want, rec
    if claim == "過去最大":  # ranked among the Augusts: the 2022 one beat every earlier August
        assert rec["official_value"] == pytest.approx(39243.4, abs=0.1) and "2021-08" in rec["explanation"], rec


def test_an_ordinal_count_that_a_run_of_that_length_ends_is_supported(data):
    """"marking their eighth weekly net purchase": the count does not say what it counts from (a run, the year's
    purchases), but the run of net purchases that ends at the week is eight weeks long: on that reading it holds
    (brecorder, 23 Apr 2020)."""
    text = ("Meanwhile, Japanese investors purchased a net 225.9 billion yen worth of overseas equities last week, "
            "marking their eighth weekly net purchase, finance ministry data showed.")
    rec = claim_containing(check_text(text, date="2020-04-23", store=data), "eighth weekly net purchase")
    assert (rec["verdict"], rec["series"], rec["official_period"], rec["official_value"]) == \
        ("supported", "mof.weekly.assets.equity.net", "2020-04-12..2020-04-18", 8.0), rec
