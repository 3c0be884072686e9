"""The claims corpus (tests/claims_corpus): well-formed, and its labels are what label.py computes.

The checker's accuracy on the corpus is measured by `make eval-check`, not here: these tests keep
the measure itself honest (a change to a label must be deliberate: edit the article's TOML, rerun
`python -m tests.claims_corpus.label`, commit both).
"""

from __future__ import annotations

import json
import tomllib

import pytest

from tests.claims_corpus import evaluate, label
from tests.claims_corpus.figures import parse
from tests.claims_corpus.match import match_claims, same_period, same_value

CORPUS = label.HERE


@pytest.fixture(scope="module")
def records(shared_data):
    return label.label_all()


def test_every_article_has_excerpt_and_metadata():
    tomls = sorted(p.stem for p in (CORPUS / "articles").glob("*.toml"))
    txts = sorted(p.stem for p in (CORPUS / "articles").glob("*.txt"))
    assert tomls and tomls == txts
    for stem in tomls:
        meta = tomllib.loads((CORPUS / "articles" / f"{stem}.toml").read_text(encoding="utf-8"))
        assert meta["id"] == stem
        for key in ("publication", "url", "headline", "date", "claim"):
            assert meta.get(key), f"{stem}: {key} missing"
        text = (CORPUS / "articles" / f"{stem}.txt").read_text(encoding="utf-8")
        assert len(text) < 6000, f"{stem}: keep excerpts short (headline, date line, the claim sentences)"


def test_labels_reproduce_the_stored_corpus(records):
    stored = (CORPUS / "claims.jsonl").read_text(encoding="utf-8")
    assert label.dumps(records) == stored, "claims.jsonl is stale: run python -m tests.claims_corpus.label"
    dis = (CORPUS / "disagreements.md").read_text(encoding="utf-8")
    assert label.disagreements_md(records) == dis, "disagreements.md is stale: rerun label.py"


def test_every_record_is_complete(records):
    for r in records:
        assert r["accept"] and set(r["accept"]) <= set(label.VERDICTS)
        assert r["categories"] and set(r["categories"]) <= label.CATEGORIES
        if r["computed_verdict"] not in r["accept"]:
            assert r.get("disagreement"), r
        if r["official_value"] is not None:
            assert r["source_file"] and r["series"] and r["period"]


def test_known_official_values(records):
    """Spot checks against shared/data/reference_checks.csv (mof12 is the unit trap)."""
    by = {(r["article"], r["figure"]): r for r in records}
    trap = by[("reuters-2023-05-15-net-sellers-april", "629 billion yen")]
    assert trap["official_value"] == 629 and trap["computed_verdict"] == "contradicted"
    assert by[("reuters-2023-05-15-net-sellers-april", "2.1 trillion yen")]["official_value"] == -20769
    assert by[("kyodo-2016-12-16-japan-top-holder", "$1,131.9 billion")]["official_value"] == 1131.9
    # Form S (s1_globl.txt) Grand Total, Treasury bonds & notes [1] - [7], USD mn -> bn
    assert by[("reuters-2018-04-16-japan-lowest", "$43.18 billion")]["official_value"] == 43.186
    # Fed custody (WMTSECL1, USD mn): 3,009,134 -> 2,982,765
    assert by[("reuters-2015-07-24-custody-shed", "$26.37 billion")]["official_value"] == -26.369


def test_figure_reading():
    assert parse("2兆5726億円").value == 25726
    # 億 and 万 yen (translations of "674.22 billion yen"): 1万円 = 0.0001 億; the 万 group's zeros are rounding
    assert abs(parse("6,742億2,000万円").value - 6742.2) < 1e-9 and abs(parse("6,742億2,000万円").step - 0.1) < 1e-12
    assert abs(parse("1兆3億5000万円").value - 10003.5) < 1e-9
    assert parse("¥629 billion").value == 6290
    assert parse("$1,131.9 billion").value == 1131.9
    assert parse("$759.3 billion").unit == "USD bn"
    assert parse("42.4 basis points").unit == "bp"
    assert abs(parse("463億7000万ドル").value - 46.37) < 1e-9 and parse("463億7000万ドル").step == 0.01
    assert parse("1兆1110億ドル").value == 1111.0 and parse("1兆1110億ドル").unit == "USD bn"
    assert parse("1兆1110億ドル").step == 1.0 and abs(parse("7554億ドル").step - 0.1) < 1e-12
    # a decimal before 兆 (Yicai's Japanese edition): "7.05兆米ドル" = USD 7,050 bn to 10 bn
    # a bare 27億 whose currency is stated with the next figure ("前月比27億減の1兆350億ドル")
    assert abs(parse("27億", "USD").value - 2.7) < 1e-9 and parse("27億", "USD").unit == "USD bn"
    assert parse("4000億", "JPY").value == 4000 and parse("4000億", "JPY").unit == "JPY 100mn"
    # "3.47pc" (per cent written pc) is read whole, not as 3.4; so is a number glued to "percent"
    assert parse("3.47pc").value == 3.47 and parse("3.47pc").unit == "percent" and parse("2.08pc").step == 0.01
    assert parse("1.234percent").value == 1.234
    # a bare leading decimal point (AP: "boosted its holdings by .03 percent") is 0.03, to the hundredth
    assert parse(".03 percent").value == 0.03 and parse(".03 percent").step == 0.01
    assert parse("1.98 trill yen").value == 19800 and parse("1.98 trill yen").step == 100  # "trill" (a headline abbreviation)
    # a decimal comma (one or two digits after it) is not a thousands separator; three digits still are
    assert parse("512,3 billion dollars").value == 512.3 and parse("512,3 billion dollars").step == 0.1
    assert parse("$1,131.9 billion").value == 1131.9 and parse("1,234 billion dollars").value == 1234.0
    assert parse("1.1893 兆美元").value == 1189.3 and parse("7,005 億美元").value == 700.5  # cnyes.com's spaces
    assert parse("89 億美元").value == 8.9 and parse("6.04 兆日元").value == 60400
    assert parse("7.05兆米ドル").value == 7050.0 and abs(parse("7.05兆米ドル").step - 10.0) < 1e-9
    # Chinese (亿, 万亿, 日元, 美元) and Korean (억, 조, 천, 엔) numerals read as Japanese ones (batch 26)
    assert parse("8,626亿日元").value == 8626 and parse("15.7万亿日元").value == 157000 and parse("15.7万亿日元").step == 1000
    assert parse("1926.7亿美元").value == 192.67 and parse("1926.7亿美元").unit == "USD bn"
    assert parse("3조 805억 엔").value == 30805 and parse("4천152억엔").value == 4152 and parse("1조엔").value == 10000
    assert parse("2670억 엔").step == 10
    # Korean 만 (ten thousand) = 万, inside a 조 figure: "9조500만달러" is 9,000.005 bn as printed (batch 29)
    assert abs(parse("9조500만달러").value - 9000.005) < 1e-9
    # a bare 천 is one thousand inside the 억 group: "22조 천229억 엔" = 221,229 (batch 29)
    assert parse("22조 천229억 엔").value == 221229 and parse("1조7천171억엔").value == 17171
    # Spanish (EFE): a point groups thousands, a comma is the decimal mark; billón = 10^12
    assert parse("2,85 billones de yenes").value == 28500 and parse("2,85 billones de yenes").step == 100
    assert parse("116.400 millones de yenes").value == 1164 and parse("116.400 millones de yenes").step == 1
    assert abs(parse("25.380 millones de yenes").value - 253.8) < 1e-9 and abs(parse("1.470,6 millones de yenes").value - 14.706) < 1e-9
    assert parse("26.009 millones de dólares").value == 26.009 and parse("26.009 millones de dólares").unit == "USD bn"
    assert parse("65,1 por ciento").value == 65.1 and parse("65,1 por ciento").unit == "percent"
    # Portuguese: trilhão (BR) and bilião (PT) are 10^12, bilhão (BR) and mil milhões (PT) 10^9
    assert parse("1,39 trilhões de ienes").step == 100 and abs(parse("1,39 trilhões de ienes").value - 13900) < 1e-6
    assert parse("618,3 bilhões de ienes").value == 6183 and parse("8,7 biliões de ienes").value == 87000
    # German: Billion = 10^12, Milliarde / Mrd. = 10^9, a decimal comma (three digits too), Prozent
    assert parse("9,6289 Billionen Yen").value == 96289 and parse("10,8 Bill. Yen").value == 108000
    assert parse("789,9 Mrd. Yen").value == 7899 and parse("2,980 Billionen japanische Yen").step == 10
    assert parse("6,9 Prozent").value == 6.9 and parse("6,9 Prozent").unit == "percent"
    # number words before a multiplier (Xinhua style), and a bare "1.036" whose "trillion" comes later
    assert parse("around six billion U.S. dollars", qualifier_context="around").value == 6.0
    assert parse("around six billion U.S. dollars").unit == "USD bn" and parse("six billion dollars").step == 1.0
    assert parse("1.036", unit="USD tn").value == 1036.0 and parse("1.036", unit="USD tn").step == 1.0
    # 割 is ten percent: "7割減" = 70 percent, to 10 points; "2.5割" = 25 percent
    assert parse("7割減").value == 70.0 and parse("7割減").unit == "percent" and parse("7割減").step == 10.0
    assert parse("2.5割").value == 25.0
    # a bare table cell under "単位:億ドル" (USD 100 million): 4,321 = USD 432.1 bn, to 0.1 bn
    assert parse("4,321", unit="USD 100mn").value == 432.1 and parse("4,321", unit="USD 100mn").step == 0.1
    # a bare table cell under "(億円)" (JPY 100 million): 12,345 = JPY 1.2345 trillion, to JPY 100 million
    assert parse("12,345", unit="JPY 100mn").value == 12345.0 and parse("12,345", unit="JPY 100mn").step == 1.0
    # 万億 (Chinese usage in Japanese translations) is 兆: "2.34万億ドル" = USD 2,340 bn to 10 bn
    assert abs(parse("2.34万億ドル").value - 2340.0) < 1e-9 and abs(parse("2.34万億ドル").step - 10.0) < 1e-9
    assert abs(parse("5.4321万億ドル").value - 5432.1) < 1e-9 and abs(parse("5.4321万億ドル").step - 0.1) < 1e-9
    # Chinese pages: 亿/億 with 日元/日圓 is 億円, 万亿/萬億 is 兆, 美元 is ドル
    assert parse("16,483億日圓").value == 16483 and parse("16,483億日圓").step == 1
    assert parse("2.7717万亿日元").value == 27717 and abs(parse("2.7717万亿日元").step - 1) < 1e-9
    assert parse("6.4745萬億日元").value == 64745 and parse("128亿美元").unit == "USD bn"
    assert parse("6.4745萬(wàn)億日元").value == 64745 and parse("1,907亿日圆").value == 1907  # a pinyin reading inside the figure is dropped
    assert abs(parse("128亿美元").value - 12.8) < 1e-9 and parse("▲5334亿日元").value == -5334
    # a middle dot between digits is a decimal point ("5・7兆円" = 57,000 to 1,000; "4・2%" = 4.2 percent)
    assert parse("5・7兆円").value == 57000 and parse("5・7兆円").step == 1000
    assert parse("4・2%").value == 4.2 and abs(parse("4・2%").step - 0.1) < 1e-12
    # full-width digits and percent sign (Japanese web pages) read as ASCII: "２・１２５％" = 2.125 percent
    assert parse("２・１２５％").value == 2.125 and parse("２・１２５％").unit == "percent"
    assert parse("１兆２０００億円").value == 12000
    # a decimal before 億 with no 兆 (a headline's slip, "3.4億円" for 3.4兆円) is read as printed, to its
    # last decimal, not as the digits after the point ("3.4億円" = 3.4, not 4)
    assert parse("3.4億円").value == 3.4 and abs(parse("3.4億円").step - 0.1) < 1e-12
    assert parse("▲0.25億円").value == -0.25
    # with thousands separators ("JPY 1,234.5 billion" machine-translated as 1,234.5億円): 1234.5, not 4
    assert parse("1,234.5億円").value == 1234.5 and abs(parse("1,234.5億円").step - 0.1) < 1e-12


def test_harness_scores_a_perfect_checker_perfectly(records):
    """Feed the labels back as if a checker had produced them: every claim matches and is correct;
    flip the verdicts and every claim is a miss."""
    for art in {r["article"] for r in records}:
        labs = [r for r in records if r["article"] == art]
        fake = [{"text": "... " + r["sentence"] + " ...", "claim": r["figure"], "verdict": r["accept"][0],
                 "official_value": r["official_value"] if r.get("official_unit") != "period" else None,
                 "official_unit": r["official_unit"], "official_period": r["period"]} for r in labs]
        pairs, extra = match_claims(labs, list(reversed(fake)))
        assert not extra
        for lab, got in pairs:
            g = evaluate.grade(lab, got)
            assert g["correct"], g
            wrong = dict(got, verdict=next(v for v in label.VERDICTS if v not in lab["accept"]))
            assert not evaluate.grade(lab, wrong)["correct"]


def test_a_figure_labelled_in_full_width_digits_matches_the_checkers_half_width_quote():
    """The label keeps the article's characters ("１５９円台", as a Japanese wire prints it); the checker quotes the
    figure from its normalised text ("159円台"). They are one claim; different numbers still are not."""
    lab = {"figure": "１５９円台", "sentence": "１ドル＝１５９円台から１５７円台に上昇"}
    got = [{"claim": "157円台", "text": "円相場は1ドル=159円台から157円台に上昇。"},
           {"claim": "159円台", "text": "円相場は1ドル=159円台から157円台に上昇。"}]
    pairs, _ = match_claims([lab], got)
    assert pairs[0][1] is got[1]


def test_value_and_period_comparison():
    assert same_value(-25726, "JPY 100mn", -2572.6, "JPY bn")
    assert same_value(1209.9, "USD bn", 1209889, "USD mn")
    assert not same_value(629, "JPY 100mn", 629, "JPY bn")
    # a label written to four decimals equals any value that rounds to it; one decimal beyond it does not
    assert same_value(-0.0344, "percent", -0.03435245, "percent")
    assert not same_value(-0.0344, "percent", -0.0346, "percent")
    # a yen restatement of a dollar label, at the rate the checker says it converted at (and only with a rate)
    assert same_value(7655.7, "USD bn", 9048271.83, "JPY 100mn", fx_rate=118.19)
    assert same_value(7655.7, "USD bn", 904.827, "JPY trillion", fx_rate=118.19)
    assert not same_value(7655.7, "USD bn", 9048271.83, "JPY 100mn")
    assert not same_value(7655.7, "USD bn", 9048271.83, "JPY 100mn", fx_rate=110.0)
    assert same_value(106267.38, "JPY 100mn", 96.1, "USD bn", fx_rate=110.58)
    assert same_period("2025-03-30..2025-04-05", "2025-04-05")
    assert same_period("2016-09..2016-10", "2016-10")
    assert not same_period("2025-03-30..2025-04-05", "2025-04-12")
    assert not same_period("2023-04", "2023-03")
    # a calendar year written as a year or as January to December is one period; its last month alone is not it
    assert same_period("2020", "2020-01..2020-12") and same_period("2020-01..2020-12", "2020")
    assert not same_period("2020-01..2020-12", "2020-12")
    assert not same_period("2020", "2020-04..2021-03")
    # a change between two calendar years, written as the two years or as their months
    assert same_period("2007..2008", "2007-01..2007-12..2008-01..2008-12")
    assert not same_period("2007..2008", "2008-01..2008-12")
    assert not same_period("2007..2008", "2007-04..2008-03..2008-04..2009-03")


def test_corpus_json_lines_parse():
    for line in (CORPUS / "claims.jsonl").read_text(encoding="utf-8").splitlines():
        json.loads(line)


def test_dev_only_hides_holdout_misses_and_scores_the_fresh_batch(capsys):
    """--dev-only lists no miss or extra of a hold-out article (their counts still print), and the
    articles of the latest session are scored on their own line."""
    def g(art, holdout, correct, added=None):
        return {"article": art, "figure": "1", "expected": ["supported"], "categories": ["level"],
                "holdout": holdout, "added": added, "expected_value": 1, "expected_unit": "USD bn",
                "expected_period": "2020-01", "got": "supported" if correct else "contradicted",
                "correct": correct, "why": "" if correct else "verdict"}
    graded = [g("dev-old", False, False), g("hold-old", True, False), g("dev-new", False, True, "2026-11-30"),
              g("hold-new", True, False, "2026-11-30"), g("hold-new", True, True, "2026-11-30")]
    ev = {"runs": {"with --date": graded, "without --date (dateline)": []}, "articles": 4,
          "extras": {"with --date": [{"article": "hold-new", "claim": "x", "verdict": "supported", "holdout": True}],
                     "without --date (dateline)": []}}
    s = evaluate.print_report(ev, dev_only=True)["with --date"]
    out = capsys.readouterr().out
    assert "[dev-old]" in out and "[hold-old]" not in out and "[hold-new]" not in out
    assert "2 on hold-out articles not shown" in out
    assert (s["fresh_holdout_correct"], s["fresh_holdout_n"], s["fresh_dev_correct"], s["fresh_dev_n"]) == (1, 2, 1, 1)
    assert "fresh batch (added 2026-11-30): blind hold-out 1/2 = 50.0%" in out
    evaluate.print_report(ev)
    assert "[hold-old]" in capsys.readouterr().out


def test_dev_only_withholds_the_holdout_counts_too(capsys):
    """--dev-only is for whoever tunes the checker: no figure it prints may count a hold-out claim, or the blind
    batch's score could be steered by (a count is a signal too)."""
    def g(art, holdout, correct):
        return {"article": art, "figure": "1", "expected": ["supported"], "categories": ["level"],
                "holdout": holdout, "added": "2026-11-30", "batch": 9, "expected_value": 1, "expected_unit": "USD bn",
                "expected_period": "2020-01", "got": "supported" if correct else "contradicted",
                "correct": correct, "why": "" if correct else "verdict"}
    ev = {"runs": {"with --date": [g("dev", False, True), g("hold", True, False), g("hold", True, True)],
                   "without --date (dateline)": [g("hold", True, False)]}, "articles": 2,
          "extras": {"with --date": [{"article": "hold", "claim": "x", "verdict": "supported", "holdout": True}],
                     "without --date (dateline)": []}}
    dev, n = evaluate.withhold_holdout(ev)
    assert n == 2 and [x["article"] for x in dev["runs"]["with --date"]] == ["dev"]
    assert dev["runs"]["without --date (dateline)"] == [] and dev["extras"]["with --date"] == []
    s = evaluate.print_report(dev, dev_only=True)["with --date"]
    out = capsys.readouterr().out
    assert (s["n"], s["holdout_n"]) == (1, 0) and "blind hold-out n/a" in out and "hold" not in out.replace(
        "hold-out", "")
    assert len(ev["runs"]["with --date"]) == 3  # the full evaluation is left as it was


def test_dev_only_withholds_the_checkers_log_on_holdout_articles():
    """A rule's traceback quotes the claim: under --dev-only it is dropped (and counted) while a hold-out
    article runs, and kept for a development article."""
    import logging

    withheld = evaluate._Withheld()
    rec = logging.LogRecord("ustflow.check", logging.ERROR, __file__, 1, "check failed on %r", ("x",), None)
    assert withheld.filter(rec) and withheld.count == 0
    withheld.active = True
    assert not withheld.filter(rec) and withheld.count == 1


def test_batches_added_on_the_same_day_are_scored_apart(capsys):
    """Two sessions on one day: the numbered newer batch is the fresh one, the older gets its own line."""
    def g(art, holdout, correct, batch):
        return {"article": art, "figure": "1", "expected": ["supported"], "categories": ["level"],
                "holdout": holdout, "added": "2026-11-30", "batch": batch, "expected_value": 1,
                "expected_unit": "USD bn", "expected_period": "2020-01",
                "got": "supported" if correct else "contradicted", "correct": correct, "why": ""}
    graded = [g("b2", True, True, 2), g("b2", True, True, 2), g("b3", True, False, 3), g("b3", True, True, 3),
              g("b3", True, True, 3), g("b3-dev", False, True, 3)]
    ev = {"runs": {"with --date": graded, "without --date (dateline)": []}, "articles": 3,
          "extras": {"with --date": [], "without --date (dateline)": []}}
    s = evaluate.print_report(ev, dev_only=True)["with --date"]
    out = capsys.readouterr().out
    assert (s["fresh_holdout_correct"], s["fresh_holdout_n"], s["fresh_dev_correct"], s["fresh_dev_n"]) == (2, 3, 1, 1)
    assert "fresh batch (batch 3, added 2026-11-30): blind hold-out 2/3 = 66.7%   not hold-out 1/1 = 100.0%" in out
    assert "earlier batch (batch 2, added 2026-11-30): blind hold-out 2/2 = 100.0%   not hold-out n/a" in out
    assert out.index("fresh batch") < out.index("earlier batch")


def test_an_opened_newest_batch_is_not_called_fresh(capsys):
    """Right after the newest batch is opened (and before a new one is added) nothing is blind: its line says so."""
    graded = [{"article": "b10", "figure": "1", "expected": ["supported"], "categories": ["level"], "holdout": False,
               "blind_until": "2026-12-01", "added": "2026-12-01", "batch": 10, "expected_value": 1,
               "expected_unit": "USD bn", "expected_period": "2020-01", "got": "supported", "correct": True, "why": ""}]
    ev = {"runs": {"with --date": graded, "without --date (dateline)": []}, "articles": 1,
          "extras": {"with --date": [], "without --date (dateline)": []}}
    evaluate.print_report(ev, dev_only=True)
    out = capsys.readouterr().out
    assert "newest (opened, not blind) batch (batch 10, added 2026-12-01): blind hold-out n/a" in out
    assert "fresh batch" not in out


def test_former_holdout_is_printed_as_development_not_blind(capsys):
    """Opened hold-out articles (blind_until) are development articles: --dev-only lists their misses, and
    their accuracy is printed on a line that says it is not blind; the remaining hold-out stays apart."""
    def g(art, holdout, correct, blind_until=None, batch=None):
        return {"article": art, "figure": "1", "expected": ["supported"], "categories": ["level"],
                "holdout": holdout, "added": "2026-11-30" if batch else None, "batch": batch,
                "blind_until": blind_until, "expected_value": 1, "expected_unit": "USD bn",
                "expected_period": "2020-01", "got": "supported" if correct else "contradicted",
                "correct": correct, "why": "" if correct else "verdict"}
    graded = [g("b1-open", False, False, "2026-12-01"), g("b1-open", False, True, "2026-12-01"),
              g("b2-open", False, True, "2026-12-01", 2), g("b2-dev", False, True, None, 2),
              g("b3-hold", True, False, None, 3)]
    ev = {"runs": {"with --date": graded, "without --date (dateline)": []}, "articles": 4,
          "extras": {"with --date": [], "without --date (dateline)": []}}
    s = evaluate.print_report(ev, dev_only=True)["with --date"]
    out = capsys.readouterr().out
    assert (s["holdout_correct"], s["holdout_n"]) == (0, 1)
    assert (s["former_holdout_correct"], s["former_holdout_n"]) == (2, 3)
    assert "former hold-out, development articles since 2026-12-01 (NOT blind" in out and "2/3 = 66.7%" in out
    assert "[b1-open]" in out and "[b3-hold]" not in out
    assert ("earlier batch (batch 2, added 2026-11-30): blind hold-out n/a   not hold-out 2/2 = 100.0% "
            "(of which former hold-out, now development, not blind: 1/1 = 100.0%)") in out


def test_blind_until_only_on_opened_articles(records):
    for r in records:
        if r.get("blind_until"):
            assert not r["holdout"], r["article"]


def test_yen_figure_of_a_dollar_amount_is_converted_at_the_rate_of_the_day(shared_data):
    """'1兆ドル(約150兆円)': the yen figure is judged against the dollar level converted at the
    article's rate, else at DEXJPUS on the publication date (3% slack); invented figures."""
    from tests.claims_corpus.measures import Official
    off = Official(1000.0, "USD bn", "2022-01", "mirror/mfhhis01.txt", "test", "tic.test")
    claim = {"figure": "約150兆円", "fx": 150.0}
    assert label.judge(claim, off, "", None)[0] == "supported"          # 1,000 bn x 150 = 150 tn
    assert label.judge({"figure": "約120兆円", "fx": 150.0}, off, "", None)[0] == "contradicted"
    verdict, info = label.judge({"figure": "約118兆円"}, off, "", "2022-03-15")  # DEXJPUS about 118.3
    assert verdict == "supported" and 110 < info["fx_rate"] < 125
    assert label.judge({"figure": "約118兆円"}, off, "", "2017-03-15")[0] == "unverifiable"  # no rate before 2018


def test_toml_qualifier_may_be_written_with_an_underscore():
    """`qualifier = "more_than"` in a toml means the same as "more than" (four claims were written that way
    and their qualifier was silently ignored); invented figures, no data needed."""
    from tests.claims_corpus.measures import Official
    off = Official(1230.0, "JPY 100mn", "2024-05", "mirror/x.csv", "test", "mof.test")
    for qualifier in ("more_than", "more than"):
        verdict, info = label.judge({"figure": "1010億円", "qualifier": qualifier}, off, "", None)
        assert verdict == "supported" and info["rule"] == "more than 1010"
    assert label.judge({"figure": "1010億円"}, off, "", None)[0] == "contradicted"


def test_japanese_yaku_is_read_as_about():
    """約 / およそ is 'about' (within 2%) when the toml gives no qualifier; 契約 (contract) is no qualifier;
    invented figures, no data needed."""
    from tests.claims_corpus.measures import Official
    assert parse("約2兆8000億円", None, "約2兆8000億円").qualifier == "approx"
    assert parse("およそ5兆円", None, "およそ5兆円").qualifier == "approx"
    assert parse("契約額5兆円", None, "契約額5兆円").qualifier == "exact"
    off = Official(27600.0, "JPY 100mn", "2024-05", "mirror/x.csv", "test", "mof.test")
    verdict, info = label.judge({"figure": "約2兆8100億円"}, off, "", None)  # 1.8% off, printed to 100
    assert verdict == "supported" and "2%" in info["rule"]
    assert label.judge({"figure": "2兆8100億円"}, off, "", None)[0] == "contradicted"


def test_a_printed_minus_is_read_once():
    """A figure that prints its own minus ('▲92,334' in a table, '-$34.3BN') is negative, and `sign = -1`
    does not flip it back; a plus the article uses for its own convention ('+13兆921億円' of an inflow) is still
    mapped by `sign`; invented figures, no data needed."""
    from tests.claims_corpus.measures import Official
    assert parse("▲92,334", "JPY 100mn").value == -92334 and parse("-$34.3BN").value == -34.3
    assert parse("▲1兆2000億円").value == -12000 and parse("$34.3BN").value == 34.3
    off = Official(-92334.0, "JPY 100mn", "2022", "mirror/x.csv", "test", "bop.test")
    for claim in ({"figure": "▲92,334", "unit": "JPY 100mn"}, {"figure": "▲92,334", "unit": "JPY 100mn", "sign": -1},
                  {"figure": "▲9兆2334億円"}, {"figure": "▲9兆2334億円", "sign": -1}):
        assert label.judge(claim, off, "", None)[0] == "supported", claim
    assert label.judge({"figure": "+9兆2334億円", "sign": -1}, off, "", None)[0] == "supported"
    assert label.judge({"figure": "▲92,334", "unit": "JPY 100mn"},
                       Official(92334.0, "JPY 100mn", "2022", "mirror/x.csv", "test", "bop.test"), "", None)[0] == "contradicted"


def test_hyphenated_multiplier_is_read_as_the_multiplier():
    """'a $42-billion purchase', 'a 1.2-trillion yen sale': invented figures."""
    assert parse("$42-billion").value == 42.0 and parse("$42-billion").unit == "USD bn"
    assert parse("1.2-trillion yen").value == 12000 and parse("1.2-trillion yen").unit == "JPY 100mn"


def test_boj_percent_change_from_a_period(shared_data):
    """'up 40.5% from a year earlier' (invented) on a bp_m_en series: (b - a) / |a| x 100, from the file itself."""
    from tests.claims_corpus import official as O
    from tests.claims_corpus.measures import value
    a, b = O.boj_value("BPBP6JYNCB", "2013-08"), O.boj_value("BPBP6JYNCB", "2014-08")
    off = value({"src": "boj", "code": "BPBP6JYNCB", "period": "2014-08", "from": "2013-08", "pct": True})
    assert off.unit == "percent" and off.period == "2013-08..2014-08"
    assert abs(off.value - (b - a) / abs(a) * 100) < 1e-3


def test_boj_codes_named_together_are_summed(shared_data):
    """'sold 1.16 trillion yen of European bonds' (long-term plus short-term debt securities): a list of bp_m_en
    codes is summed, month by month, from the file itself."""
    from tests.claims_corpus import official as O
    from tests.claims_corpus.measures import value
    codes = ["BPPI6D3N9EU", "BPPI6D4N9EU"]
    want = sum(O.boj_value(c, m) for c in codes for m in ("2022-01", "2022-02"))
    off = value({"src": "boj", "code": codes, "period": "2022-01..2022-02"})
    assert off.unit == "JPY 100mn" and abs(off.value - want) < 1e-3
    assert abs(value({"src": "boj", "code": codes[0], "period": "2022-01"}).value - O.boj_value(codes[0], "2022-01")) < 1e-3


def test_boj_codes_named_together_are_summed_for_ranks(monkeypatch):
    """'the digital deficit (three services lines) hit a record' (invented series): derive ranks the summed series."""
    from tests.claims_corpus import derived, official as O
    periods = [f"{y}-{m:02d}" for y in range(2020, 2023) for m in range(1, 13)]
    a = [-1.0 if p < "2022" else -3.0 for p in periods]
    b = [-2.0 if p < "2021" else -1.0 for p in periods]  # alone, 2020 would be the deepest year
    monkeypatch.setattr(O, "boj_flat", lambda name="bp_m_en.zip": (periods, {"A": a, "B": b}))
    spec = {"src": "boj", "period": "2022", "annual": True, "derive": "rank", "order": "min"}
    assert derived.derived(spec | {"code": ["A", "B"]}).value == 1  # 2022: -48 against -36 (2020) and -24 (2021)
    assert derived.derived(spec | {"code": "B", "period": "2020"}).value == 1


def test_tic_rows_named_together_are_summed_and_a_gap_is_a_difference(shared_data):
    """`plus` ("China and Hong Kong combined") sums two TIC rows, `minus` is the gap; from the file itself."""
    from tests.claims_corpus import official as O
    from tests.claims_corpus.measures import value
    a, b = O.tic_level("China", "2019-06"), O.tic_level("Hong Kong", "2019-06")
    both = value({"src": "tic", "country": "China", "period": "2019-06", "plus": "Hong Kong"})
    gap = value({"src": "tic", "country": "China", "period": "2019-06", "minus": "Hong Kong"})
    assert both.unit == "USD bn" and abs(both.value - (a + b)) < 1e-6 and "plus 'Hong Kong'" in both.series
    assert abs(gap.value - (a - b)) < 1e-6 and both.value > a > gap.value


def test_slt3d_history_rows_are_read_in_usd_bn():
    """Table 3D (slt3d_globl.csv) before 2020: quoted cells, thousands commas, USD mn; invented figures."""
    from tests.claims_corpus import official as O
    lines = ['"TABLE 3D:  U.S",". Treasury Secu","rities Held by"', '""',
             '"Ruritania",99999,"2018-06","28,839","12,480","16,359"',
             '"Ruritania",99999,"2018-05","32,572","15,048",7']
    df = O.parse_slt3d(lines)
    assert list(df["date"]) == ["2018-06", "2018-05"]
    assert df["for_treas_pos"].tolist() == [28839.0, 32572.0] and df["for_st_treas_pos"].tolist() == [16359.0, 7.0]
    assert set(df["key"]) == {O.country_key("Ruritania")}
    from tests.claims_corpus import measures
    orig = O.slt_table3d
    O.slt_table3d = lambda: df
    try:
        spec = {"src": "slt3", "file": "3d", "country": "Ruritania", "field": "for_treas_pos", "period": "2018-06"}
        assert measures.value(spec).value == 28.839
        assert measures.value(spec | {"from": "2018-05"}).value == -3.733
        pct = measures.value(spec | {"from": "2018-05", "pct": True})
        assert pct.unit == "percent" and pct.period == "2018-05..2018-06" and abs(pct.value + 11.4608) < 1e-3
    finally:
        O.slt_table3d = orig
    t3 = df.assign(country="Ruritania", for_treas_net=None)
    orig3 = O.slt_table3
    O.slt_table3 = lambda: t3
    try:  # SLT Table 3 (2020 on) takes the same from / pct
        spec3 = {"src": "slt3", "country": "Ruritania", "field": "for_treas_pos", "period": "2018-06"}
        assert measures.value(spec3 | {"from": "2018-05"}).value == -3.733
        assert abs(measures.value(spec3 | {"from": "2018-05", "pct": True}).value + 11.4608) < 1e-3
    finally:
        O.slt_table3 = orig3


def test_mof_month_change_between_periods_and_summed_sectors(monkeypatch):
    """'net purchases fell 94.6% on the year', 'insurers' purchases declined 8.4 trillion', 'banks and life
    insurers bought ...': changes of MoF monthly sums and sums of investor types; invented figures."""
    import pandas as pd

    from tests.claims_corpus import official as O
    from tests.claims_corpus.measures import value
    months = ["2016-01", "2016-02", "2017-01", "2017-02"]
    a1 = pd.DataFrame({"assets.lt_debt.net": [100.0, 300.0, 10.0, 30.0]}, index=months)
    b3 = pd.DataFrame({"banks.net": [1.0, 2.0, -5.0, -6.0], "life_insurers.net": [10.0, 20.0, 3.0, 4.0]}, index=months)
    monkeypatch.setattr(O, "mof_monthly_a1", lambda: a1)
    monkeypatch.setattr(O, "mof_monthly_by_investor", lambda f: b3)
    y = {"src": "mof_month", "item": "assets.lt_debt.net", "period": "2017-01..2017-02"}
    assert value(y).value == 40.0
    assert value(y | {"from": "2016-01..2016-02"}).value == -360.0
    pct = value(y | {"from": "2016-01..2016-02", "pct": True})
    assert pct.unit == "percent" and pct.value == -90.0
    b = {"src": "mof_month", "file": "b3", "period": "2016-01..2016-02"}
    assert value(b | {"sector": ["banks", "life_insurers"]}).value == 33.0
    assert value(b | {"sector": "life_insurers", "period": "2017-01..2017-02", "from": "2016-01..2016-02"}).value == -23.0


def test_tic_old_series_column_and_break_gap(monkeypatch):
    """'the old series had 843.7, the new one 1,112.1: the revision added 268.4' (invented figures): a benchmark
    month's old-series column (``series = "old"``) and the new-minus-old gap (``break_gap = true``)."""
    from tests.claims_corpus import official as O
    from tests.claims_corpus.measures import value
    levels = {("Ruritania", "2010-06", "new"): 1000.0, ("Ruritania", "2010-06", "old"): 800.5}
    monkeypatch.setattr(O, "tic_level", lambda c, m, vintage=None, series="new": levels.get((c, m, series)))
    spec = {"src": "tic", "country": "Ruritania", "period": "2010-06"}
    assert value(spec).value == 1000.0
    old = value(spec | {"series": "old"})
    assert old.value == 800.5 and "old-series" in old.series
    assert value(spec | {"break_gap": True}).value == 199.5


def test_mof_month_published_annual_row(monkeypatch, tmp_path):
    """'foreigners sold a net 5兆6658億円 in 2016' (invented file): ``row = "CY"`` / ``"FY"`` reads the annual
    row a MoF monthly file prints itself, which can differ by a unit from the sum of its rounded months."""
    from tests.claims_corpus import official as O
    from tests.claims_corpus.measures import value
    cells = ["x"] * 3 + ["0"] * 24
    rows = [["2016年(1月～12月）  2016CY", "", ""] + [str(i) for i in range(24)],
            ["2016年4月～2017年3月  2016FY", "", ""] + [str(-i) for i in range(24)],
            ["2016", "１月", "Jan"] + cells[3:]]
    b3 = [["2017年(1月～12月）  2017CY", "", ""] + [str(i * 10) for i in range(3 * len(O.SECTORS))]]
    monkeypatch.setattr(O, "_read_cp932_rows", lambda name: rows if name == "montha1.csv" else b3)
    O.mof_annual.cache_clear()
    try:
        cy = value({"src": "mof_month", "item": "liabilities.equity.net", "period": "2016", "row": "CY"})
        col = O.WEEK_COLUMNS.index("liabilities.equity.net")
        assert cy.value == float(col) and cy.period == "2016-01..2016-12" and "2016CY" in cy.series
        fy = value({"src": "mof_month", "item": "liabilities.equity.net", "period": "2016", "row": "FY"})
        assert fy.value == -float(col) and fy.period == "2016-04..2017-03"
        banks = value({"src": "mof_month", "file": "b3", "sector": "banks", "period": "2017", "row": "CY"})
        assert banks.value == float(10 * (3 * O.SECTORS.index("banks") + 2))
    finally:
        O.mof_annual.cache_clear()


def test_mof_month_investor_summed_over_instrument_files(monkeypatch):
    """'investment trusts bought a net 1.37 trillion yen of foreign securities in May, a monthly record' (invented
    figures): ``file = ["b2", "b3", "b4"]`` sums an investor type over equity, long- and short-term debt."""
    import pandas as pd

    from tests.claims_corpus import derived, official as O
    from tests.claims_corpus.measures import value
    months = ["2024-03", "2024-04", "2024-05"]
    frames = {"b2": [10.0, 20.0, 50.0], "b3": [5.0, -30.0, 5.0], "b4": [1.0, 1.0, -1.0]}
    monkeypatch.setattr(O, "mof_monthly_by_investor",
                        lambda f: pd.DataFrame({"investment_trusts.net": frames[f]}, index=months))
    spec = {"src": "mof_month", "file": ["b2", "b3", "b4"], "sector": "investment_trusts"}
    assert value(spec | {"period": "2024-05"}).value == 54.0
    assert value(spec | {"period": "2024-03..2024-05"}).value == 61.0
    rank = derived.derived(spec | {"period": "2024-05", "derive": "rank", "order": "max"})
    assert rank.value == 1


def test_boj_fiscal_year_totals_their_change_and_streak(monkeypatch):
    """'the fiscal year's surplus fell 3.6 trillion yen, the fourth straight annual decline' (invented):
    April-March totals of a bp_m_en series, their difference and the streak of their changes."""
    from tests.claims_corpus import derived, official as O
    from tests.claims_corpus.measures import value
    periods = [f"{y}-{m:02d}" for y in range(2016, 2023) for m in range(1, 13)]
    per_month = {2016: 90.0, 2017: 100.0, 2018: 80.0, 2019: 70.0, 2020: 60.0, 2021: 30.0}  # by fiscal year
    vals = [per_month.get(int(p[:4]) - (int(p[5:]) < 4)) for p in periods]
    monkeypatch.setattr(O, "boj_flat", lambda name="bp_m_en.zip": (periods, {"XCODE": vals}))
    fy = {"src": "boj", "code": "XCODE"}
    assert value(fy | {"period": "2021-04..2022-03"}).value == 360.0
    off = value(fy | {"period": "2021-04..2022-03", "from": "2020-04..2021-03"})
    assert off.value == -360.0 and off.period == "2020-04..2022-03"
    streak = derived.derived(fy | {"period": "2021", "annual": "fiscal", "on": "change", "derive": "streak"})
    assert streak.value == 4  # FY2018, 2019, 2020, 2021 each below the year before; FY2017 rose


def test_boj_rank_among_the_same_calendar_month(monkeypatch):
    """'the highest on record for the month' (invented): rank of January among Januaries only, and the
    latest earlier January at or above it, with month_of_year."""
    from tests.claims_corpus import derived, official as O
    periods = [f"{y}-{m:02d}" for y in range(2016, 2020) for m in range(1, 13)]
    vals = [(100.0 if p[5:] != "01" else {2016: 10.0, 2017: 30.0, 2018: 20.0, 2019: 25.0}[int(p[:4])]) for p in periods]
    monkeypatch.setattr(O, "boj_flat", lambda name="bp_m_en.zip": (periods, {"XCODE": vals}))
    spec = {"src": "boj", "code": "XCODE", "period": "2019-01", "order": "max"}
    assert derived.derived(spec | {"derive": "rank"}).value == 35  # among all months (33 others and January 2017 higher)
    assert derived.derived(spec | {"derive": "rank", "month_of_year": 1}).value == 2  # January 2017 was higher
    assert derived.derived(spec | {"derive": "last_beyond", "month_of_year": 1}).value == "2017-01"


def test_slt3d_series_for_streaks_and_since():
    """Table 3D positions as a series (USD bn) for derive = streak / gap_same_sign / last_beyond; invented figures."""
    from tests.claims_corpus import derived as D, official as O
    lines = ['"TABLE 3D:  U.S",". Treasury Secu","rities Held by"', '""',
             '"Ruritania",99999,"2018-04","9,000","1,000","8,000"',
             '"Ruritania",99999,"2018-03","8,500","1,000","7,500"',
             '"Ruritania",99999,"2018-02","9,200","1,000","8,200"',
             '"Ruritania",99999,"2018-01","9,100","1,000","8,100"']
    df = O.parse_slt3d(lines)
    orig = O.slt_table3d
    O.slt_table3d = lambda: df
    try:
        spec = {"src": "slt3", "file": "3d", "country": "Ruritania", "field": "for_treas_pos", "period": "2018-04"}
        s = D.series_of(spec)
        assert list(s.index) == ["2018-01", "2018-02", "2018-03", "2018-04"] and s["2018-04"] == 9.0
        # April's rise is the first since February's (March fell): two months back to the same sign
        gap = D.derived(spec | {"on": "change", "derive": "gap_same_sign"})
        assert gap.value == 2 and gap.source_file == "mirror/slt3d_globl.csv" and gap.ustflow_series
        assert D.derived(spec | {"derive": "last_beyond", "order": "max"}).value == "2018-02"
    finally:
        O.slt_table3d = orig


def test_boj_year_on_year_streak(monkeypatch):
    """'the surplus was down from a year earlier for the third month in a row' (invented): on = "yoy" takes
    each month's change on the same month a year before, for derive = streak."""
    from tests.claims_corpus import derived, official as O
    periods = [f"{y}-{m:02d}" for y in range(2016, 2019) for m in range(1, 13)]
    vals = [100.0] * 12 + [50.0, 50.0, 50.0, 50.0, 50.0, 50.0, 120.0, 120.0, 120.0, 500.0, 120.0, 120.0] + \
        [60.0] * 7 + [110.0, 100.0, 600.0, 130.0, 130.0]
    monkeypatch.setattr(O, "boj_flat", lambda name="bp_m_en.zip": (periods, {"XCODE": vals}))
    yoy = derived.series_of({"src": "boj", "code": "XCODE", "period": "2018-09", "on": "yoy"})
    assert list(yoy.index)[0] == "2017-01" and yoy["2018-07"] == -60.0 and yoy["2018-10"] == 100.0
    # Jun 2018 +10, Jul -60, Aug -10, Sep -20, Oct +100: the fall ran three months to September
    assert derived.derived({"src": "boj", "code": "XCODE", "period": "2018-09", "on": "yoy",
                            "derive": "streak"}).value == 3
    assert derived.derived({"src": "boj", "code": "XCODE", "period": "2018-10", "on": "yoy",
                            "derive": "streak"}).value == 1


def test_form_s_change_between_periods_is_an_error_not_the_level(shared_data):
    """A Form S spec asking for a change ('from') used to return the period's own net purchases, silently: a
    "reduced purchases" claim would be labelled against the month's level (reported by session 27's builders)."""
    from tests.claims_corpus import measures

    spec = {"src": "tic_s", "country": "Japan", "field": "treasury_net", "period": "2018-02"}
    assert measures.value(spec).value is not None
    with pytest.raises(ValueError, match="does not compute from"):
        measures.value(spec | {"from": "2018-01"})


def test_evaluate_keeps_only_the_batches_and_languages_asked(monkeypatch):
    """--batch / --language select articles by their tomls (the checker is not what is tested here: it is
    replaced by one that finds nothing, so every selected claim is graded 'not extracted')."""
    import tomllib

    monkeypatch.setattr(evaluate, "run_checker", lambda path, date, cli: [])
    tomls = {p.stem: tomllib.loads(p.read_text(encoding="utf-8")) for p in evaluate.ARTICLES.glob("*.toml")}
    want = {a for a, t in tomls.items() if t.get("language") in ("de", "pt") and t.get("batch") == 26}
    assert want  # the corpus's German and Portuguese articles (batch 26)
    ev = evaluate.evaluate(batches={26}, languages={"de", "pt"})
    got = {g["article"] for g in ev["runs"]["with --date"]}
    assert got == want and ev["articles"] == len(want)
    labels = evaluate.load_labels()
    assert len(ev["runs"]["with --date"]) == sum(len(labels[a]) for a in want)
    assert evaluate.evaluate(batches={25}, languages={"pt"})["articles"] == 0


@pytest.mark.parametrize("figure, qualifier", [
    ("超过10%", "more_than"), ("超過10%", "more_than"), ("逾490亿日元", "more_than"), ("近40%", "nearly"),
    ("接近1万亿美元", "nearly"), ("约142.2亿美元", "approx"), ("115左右", "approx"),
    ("最近10%", "exact"), ("1兆円", "exact"), ("113亿美元", "exact"),
])
def test_chinese_qualifiers_in_the_figure_string_are_read(figure, qualifier):
    """Chinese writes 'more than', 'nearly', 'about' into the figure (batch-27 builders set them by hand): 超过/逾
    more than, 近 before the number nearly (not 最近, recently), 约 or 左右 after it about."""
    unit = "JPY per USD" if figure == "115左右" else None  # a bare rate: its claim gives the unit
    assert parse(figure, unit, qualifier_context=figure).qualifier == qualifier  # as label.py reads a claim
