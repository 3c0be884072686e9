"""`ustflow check`: claims in articles judged against the real loaded store.

The articles in tests/articles/ were written for these tests (wire-style flow reports, holdings stories,
an opinion piece with wrong numbers, unit traps, institutions, markets, an HTML page); each has a
sidecar <name>.expected.json listing every claim it should yield and the verdict. Expected official
values are those of the mirror files (see shared/data/reference_checks.csv for the published ones).
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

import ustflow
from tests.conftest import SHARED_DATA
from tests.helpers import as_read, cli
from ustflow.check import KEYS
from ustflow.check.datelines import article_date
from ustflow.check.history import CLOSE_CALL
from ustflow.check.period_grammar import Resolver
from ustflow.check.text import html_to_text, split_sentences
from ustflow.store import Store
from ustflow.views.check import StoreData, check_file, check_text, claims_frame

ARTICLES = Path(__file__).parent / "articles"
ARTICLE_FILES = sorted(p for p in ARTICLES.iterdir() if p.suffix in (".txt", ".html"))


def one(text: str, store, **kw) -> dict:
    rows = check_text(text, store=store, **kw)
    assert len(rows) == 1, [(r["claim"], r["verdict"]) for r in rows]
    return rows[0]


# ------------------------------------------------------------------ the test articles
def test_there_are_at_least_ten_articles_each_with_expectations():
    assert len(ARTICLE_FILES) >= 10
    assert any(p.suffix == ".html" for p in ARTICLE_FILES)
    for p in ARTICLE_FILES:
        assert p.with_suffix(".expected.json").exists(), p


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=[p.stem for p in ARTICLE_FILES])
def test_article_claims_found_and_judged_as_expected(path, loaded_store):
    spec = json.loads(path.with_suffix(".expected.json").read_text())
    rows = check_file(path, date=spec.get("date"), store=loaded_store)
    got = [(r["claim"], r["verdict"]) for r in rows]
    # every expected claim, and nothing else
    assert len(rows) == len(spec["claims"]), got
    unused = list(rows)
    for exp in spec["claims"]:
        cands = [r for r in unused if r["claim"] == exp["claim"] and exp.get("sentence", "") in r["text"]]
        assert cands, f"{exp['claim']!r} not found in {got}"
        r = cands[0]
        unused.remove(r)
        assert as_read(r) == exp["verdict"], (exp["claim"], r["explanation"])
        if "series" in exp:
            assert r["series"] == exp["series"], (exp["claim"], r["series"])
        if "official_value" in exp:
            assert r["official_value"] == pytest.approx(exp["official_value"]), (exp["claim"], r["official_value"])
        if "official_period" in exp:
            assert r["official_period"] == exp["official_period"], (exp["claim"], r["official_period"])
        for flag in exp.get("flags", []):
            assert flag in r["flags"], (exp["claim"], r["flags"])
        if exp.get("conversion"):
            assert r["conversion"] and r["conversion"]["fx_series"] == "fred.dexjpus"
        if exp.get("reason") == "single institution":
            assert "single institution" in r["explanation"]
        assert list(r)[:len(KEYS)] == KEYS
        assert r["explanation"]


# ------------------------------------------------------------------ the acceptance examples
def test_acceptance_weekly_sale_supported(loaded_store):
    r = one("Japanese investors sold a net ¥4.46 trillion of foreign bonds in the week to November 2, 2024.",
            loaded_store)
    assert r["verdict"] == "supported"
    assert r["series"] == "mof.weekly.assets.lt_debt.net" and r["official_value"] == -44579
    assert r["official_unit"] == "JPY 100mn" and r["official_period"] == "2024-10-27..2024-11-02"
    assert (r["quantity"], r["unit"], r["subject"]) == (4.46, "JPY trillion", "Japanese investors (all sectors)")


def test_acceptance_japan_holdings_supported(loaded_store):
    r = one("Japan's Treasury holdings rose to $1.2 trillion in October 2025.", loaded_store)
    assert (r["verdict"], r["series"], r["official_value"], r["period"]) == \
        ("supported", "tic.holdings.japan", 1200.0, "in October 2025")


def test_acceptance_china_peak_contradicted(loaded_store):
    peaked, r = check_text("China's holdings peaked above $1.5 trillion.", store=loaded_store)
    cn = ustflow.series("tic.holdings.china_mainland", store=loaded_store)
    assert (peaked["claim"], peaked["verdict"], peaked["official_period"]) == ("peaked", "supported", "2013-11")
    assert r["verdict"] == "contradicted"
    assert r["official_value"] == cn.max() == 1316.7 and r["official_period"] == str(cn.idxmax()) == "2013-11"


def test_acceptance_life_insurers_unit_trap(loaded_store):
    r = one("Japan's life insurers bought ¥629 billion of foreign bonds in April 2023.", loaded_store)
    assert r["verdict"] == "contradicted" and "unit_trap" in r["flags"]
    assert r["series"] == "mof.monthly.lt_debt.life_insurers.net" and r["official_value"] == 629
    assert "¥62.9 billion" in r["explanation"]


def test_single_institution_unverifiable_with_reason(loaded_store):
    for text in ["Norinchukin's holdings of US Treasuries rose to $60 billion in March 2024.",
                 "Nippon Life bought ¥200 billion of foreign bonds in May 2025."]:
        r = one(text, loaded_store)
        assert r["verdict"] == "unverifiable" and "single institution" in r["explanation"], r
        assert r["series"] is None


def test_dollar_figure_for_a_yen_flow_uses_the_weeks_average_rate(loaded_store):
    r = one("Japanese investors sold $17.5 billion of foreign bonds in the week ending April 4, 2025.", loaded_store)
    fx = ustflow.series("fred.dexjpus", start="2025-03-30", end="2025-04-05", store=loaded_store).dropna()
    assert r["verdict"] == "supported" and r["official_value"] == -25726
    conv = r["conversion"]
    assert conv["fx_rate"] == pytest.approx(fx.mean())
    assert conv["fx_dates"] == f"{fx.index[0]:%Y-%m-%d}..{fx.index[-1]:%Y-%m-%d}"
    assert conv["usd"] == pytest.approx(-25726e8 / fx.mean())


def test_japan_holdings_187_trillion_and_china_2020_record_contradicted(loaded_store):
    r = one("Japan holds $1.87 trillion of Treasuries.", loaded_store)
    assert r["verdict"] == "contradicted" and r["official_value"] == ustflow.series(
        "tic.holdings.japan", store=loaded_store).max()
    r = one("China's holdings in 2020 were a record.", loaded_store)
    # the year's highest month, against the record it did not beat
    assert r["verdict"] == "contradicted" and r["official_period"] == "2020-02" and "2013-11" in r["explanation"]


def test_first_print_of_a_revised_week_is_contradicted_with_a_revision_note(loaded_store):
    # reference_checks mof02: first print ¥223.7 bn, file 2,189; the mirror holds only the latest week.csv
    r = one("Japanese investors bought a net ¥223.7 billion of foreign bonds in the week to April 19, 2025.",
            loaded_store)
    assert r["verdict"] == "contradicted" and r["official_value"] == 2189
    assert "possible_revision" in r["flags"] and "first print" in r["explanation"]


def test_earlier_vintage_match_is_flagged_revised(loaded_store, tmp_path):
    # reference_checks tic06: UK Dec-2025 was 866 in the 2026-03-18 file, 863.1 after the May revision
    shutil.copy(loaded_store.path, tmp_path / "store.duckdb")
    store = Store(tmp_path)
    ustflow.import_file(SHARED_DATA / "vintages" / "mfhhis01_2026-03-18.txt", store=store)
    text = "British holdings of US Treasuries were $866 billion in December 2025."
    r = one(text, store)
    assert r["verdict"] == "supported" and "revised" in r["flags"]
    assert r["official_value"] == 863.1 and "2026-03-18" in r["explanation"]
    # without the old vintage the same sentence is simply wrong
    assert one(text, loaded_store)["verdict"] == "contradicted"


# ------------------------------------------------------------------ brute force against the series
def _yen(v100mn: float) -> str:
    v = abs(v100mn) * 1e8
    return f"¥{v / 1e12:.2f} trillion" if v >= 1e12 else f"¥{v / 1e9:.1f} billion"


def test_brute_force_weekly_flows(loaded_store):
    w = ustflow.series("mof.weekly.assets.lt_debt.net", store=loaded_store).dropna()
    loaded_store = StoreData(loaded_store)  # one cache for the many checks below
    picks = w.iloc[:: max(1, len(w) // 12)]
    for p, v in picks.items():
        if abs(v) < 100:
            continue
        end = p.end_time
        verb = "bought" if v > 0 else "sold"
        when = f"in the week ending {end:%B} {end.day}, {end.year}"
        base = f"Japanese investors {verb} a net {_yen(v)} of foreign bonds {when}."
        r = one(base, loaded_store)
        assert (r["verdict"], r["official_value"]) == ("supported", v), (base, r["explanation"])
        wrong_dir = base.replace(verb, "sold" if verb == "bought" else "bought")
        assert as_read(one(wrong_dir, loaded_store)) == "contradicted", wrong_dir
        tenfold = f"Japanese investors {verb} a net {_yen(v * 10)} of foreign bonds {when}."
        r = one(tenfold, loaded_store)
        assert r["verdict"] == "contradicted" and "unit_trap" in r["flags"], (tenfold, r["explanation"])


def test_brute_force_holdings_levels(loaded_store):
    names = {"japan": "Japan", "china_mainland": "China", "united_kingdom": "the United Kingdom",
             "canada": "Canada", "switzerland": "Switzerland"}
    store = loaded_store
    loaded_store = StoreData(store)  # one cache for the many checks below
    for slug, name in names.items():
        s = ustflow.series(f"tic.holdings.{slug}", start="2015-01", store=store).dropna()
        for p, v in s.iloc[:: max(1, len(s) // 6)].items():
            when = f"in {p.strftime('%B %Y')}"
            ok = one(f"{name}'s holdings of US Treasuries were ${v:,.1f} billion {when}.", loaded_store)
            assert (ok["verdict"], ok["series"], ok["official_value"]) == ("supported", f"tic.holdings.{slug}", v)
            bad = one(f"{name}'s holdings of US Treasuries were ${v * 1.05:,.1f} billion {when}.", loaded_store)
            assert bad["verdict"] == "contradicted"


def test_record_weekly_sale_matches_the_series_minimum(loaded_store):
    w = ustflow.series("mof.weekly.assets.lt_debt.net", store=loaded_store)
    rows = check_text("Japanese investors sold a net ¥4.46 trillion of foreign bonds in the week to November 2, "
                      "2024, the biggest weekly net sale on record.", store=loaded_store)
    sup = [r for r in rows if r["kind"] == "superlative"][0]
    assert w.idxmin().end_time.date() == date(2024, 11, 2)
    assert sup["verdict"] == "supported"
    second = w.drop(w.idxmin()).min()
    assert f"{second:,.0f}" in sup["explanation"]


def test_claims_frame_and_as_of(loaded_store):
    rows = check_text("Japan's Treasury holdings rose to $1.2 trillion in October 2025.", store=loaded_store,
                      as_of="2025-06-30")
    # on 2025-06-30 October 2025 had not been published
    assert rows[0]["verdict"] == "unverifiable"
    df = claims_frame(check_text("Japan's holdings were $1,209.9 billion in April 2026.", store=loaded_store))
    assert list(df.columns[:len(KEYS)]) == KEYS and df.attrs["counts"]["supported"] == 1


# ------------------------------------------------------------------ text and periods (pure)
def test_html_text_skips_scripts_and_finds_the_date():
    html = (ARTICLES / "holdings_2026_04.html").read_text()
    text, dates = html_to_text(html)
    assert "chartData" not in text and "$2 trillion deficit" not in text
    assert article_date(text, dates) == date(2026, 6, 18)


def test_sentences_respect_abbreviations():
    s = split_sentences("U.S. Treasury data showed Japan held $1.2 trillion. China held less. Nov. 2 was a Saturday.")
    assert [x.text for x in s] == ["U.S. Treasury data showed Japan held $1.2 trillion.", "China held less.",
                                   "Nov. 2 was a Saturday."]


@pytest.mark.parametrize("phrase,ref,kind,first", [
    ("in the week to November 2, 2024", None, "week", (date(2024, 10, 27), date(2024, 11, 2))),
    ("the week ending April 4", date(2025, 4, 10), "week", (date(2025, 3, 30), date(2025, 4, 5))),
    ("in March 2024", None, "month", (date(2024, 3, 1), date(2024, 3, 31))),
    ("in 2020", None, "year", (date(2020, 1, 1), date(2020, 12, 31))),
    ("since 2013", date(2025, 1, 1), "since", (date(2013, 1, 1), date(2025, 1, 1))),
    ("fiscal 2024", None, "fiscal_year", (date(2024, 4, 1), date(2025, 3, 31))),
    ("the first two weeks of April", date(2025, 4, 20), "weeks", (date(2025, 3, 30), date(2025, 4, 12))),
    ("at the end of 2024", None, "month", (date(2024, 12, 1), date(2024, 12, 31))),
])
def test_period_grammar(phrase, ref, kind, first):
    ps = Resolver(ref).find(phrase)
    assert len(ps) == 1 and ps[0].kind == kind and ps[0].windows[0] == first


def test_no_year_and_no_date_is_not_resolved_and_never_searched():
    assert Resolver(None).find("in two weeks of April") == []  # no year, no publication date: unresolved
    p = Resolver(date(2025, 4, 20)).find("in two weeks of April")[0]
    # "two weeks of April" does not say which two: the runs of April 2025 only, never other years (April's weeks
    # are those with most of their days in April: 30 March - 5 April to 27 April - 3 May)
    assert p.windows == [(date(2025, 3, 30), date(2025, 4, 12)), (date(2025, 4, 6), date(2025, 4, 19)),
                         (date(2025, 4, 13), date(2025, 4, 26)), (date(2025, 4, 20), date(2025, 5, 3))]
    prev = Resolver(None).find("the week ending April 5, 2025")[0]
    nxt = Resolver(None).find("the following seven days", prev=prev)[0]
    assert nxt.windows == [(date(2025, 4, 6), date(2025, 4, 12))]


# ------------------------------------------------------------------ CLI
def test_cli_json_is_a_list_of_claims(loaded_home):
    path = ARTICLES / "wire_mof_weekly_2024_11.txt"
    p = cli(["check", path, "--format", "json"], loaded_home)
    assert p.returncode == 0, p.stderr
    rows = json.loads(p.stdout)
    assert isinstance(rows, list) and len(rows) == 6  # the headline's "record" too
    assert all(list(r)[:len(KEYS)] == KEYS for r in rows)
    assert rows[0]["official_unit"] == "JPY 100mn" and rows[0]["source"].startswith("Ministry of Finance Japan")


def test_cli_table_stdin_and_date(loaded_home):
    text = "Japanese investors sold a net 2.57 trillion yen of foreign bonds in the week ending April 4."
    p = cli(["check", "-", "--date", "2025-04-10"], loaded_home, input=text)
    assert p.returncode == 0, p.stderr
    assert "1 supported" in p.stdout and "JPY 100mn" in p.stdout and "Sources:" in p.stdout
    assert "2025-03-30..2025-04-05" in p.stdout


def test_cli_html_page(loaded_home):
    p = cli(["check", ARTICLES / "opinion_wrong_numbers.txt", "--format", "html"], loaded_home)
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("<!doctype html>") and "<mark class='contradicted'" in p.stdout
    assert "unit_trap" in p.stdout and "<script" not in p.stdout


def test_cli_csv_states_units(loaded_home):
    p = cli(["check", ARTICLES / "unit_traps.txt", "--format", "csv"], loaded_home)
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("# Claims in") and "JPY 100mn" in p.stdout
    df = pd.read_csv(__import__("io").StringIO(p.stdout), comment="#")
    assert list(df.columns[:len(KEYS)]) == KEYS and len(df) == 5


def test_cli_missing_file_is_a_clear_error(loaded_home, tmp_path):
    p = cli(["check", tmp_path / "nope.txt"], loaded_home)
    assert p.returncode == 2 and "no such file" in p.stderr
    p = cli(["check", "-", "--date", "someday"], loaded_home, input="Japan held $1.2 trillion.")
    assert p.returncode == 2 and "not a date" in p.stderr


def test_rank_since_a_year_checks_every_month(loaded_store):
    h = StoreData(loaded_store).holdings()
    jp_first = h.loc[h.idxmax(axis=1) == "japan"].index
    rows = check_text("TOKYO, May 14, 2025 (Reuters) - Japan has been the biggest foreign holder since 2019. "
                      "China was the largest foreign holder since 2015.", store=loaded_store)
    assert [r["verdict"] for r in rows] == ["supported", "contradicted"]
    # the dateline dates the story (latest month published then: TIC's March comes out from May 15),
    # it is not the claim's period
    assert rows[0]["official_period"] == "2025-02" and rows[0]["period"] == ""
    # Japan has been first in every month since the end of 2019 (brute force over the holdings table)
    since = h.loc["2019-12":"2025-02"]
    assert (since.idxmax(axis=1) == "japan").all() and jp_first.min() <= pd.Period("2019-12", "M")
    cn_off = h.loc["2015-12":].idxmax(axis=1)
    assert rows[1]["official_period"] == str(cn_off[cn_off != "china_mainland"].index[0])


def test_weakest_yen_is_the_highest_usdjpy_and_old_years_are_unverifiable(loaded_store):
    fx = ustflow.series("fred.dexjpus", store=loaded_store).dropna()
    top = fx.idxmax()  # the weakest yen in the data
    when = f"{top:%B} {top.day}, {top.year}"
    rows = check_text(f"The yen weakened to {fx.max():.2f} per dollar on {when}, its weakest since 1986.",
                      store=loaded_store)
    assert rows[0]["verdict"] == "supported" and rows[0]["official_value"] == fx.max()
    # true on every day we hold, but the store starts in 2018: the years from 1986 cannot be seen
    assert rows[1]["verdict"] == "unverifiable" and f"{fx.index[0]:%Y-%m-%d}" in rows[1]["explanation"]
    day_before = fx[fx.index < top].iloc[-1]
    rows = check_text(f"The yen weakened to {day_before:.2f} per dollar on {fx[fx.index < top].index[-1]:%B %d, %Y}, "
                      f"its weakest since 2019.", store=loaded_store)
    # beaten by an earlier close by less than a day's usual range (history.CLOSE_CALL): the closes cannot tell
    best = fx[fx.index < fx[fx.index < top].index[-1]].loc["2020":].max()
    assert rows[1]["verdict"] == ("supported" if day_before >= best else "unverifiable"
                                  if best - day_before <= CLOSE_CALL["fx"] * day_before else "contradicted")


def test_peak_claim_is_judged_on_all_data_even_after_a_dated_sentence(loaded_store):
    """A period carried over from the previous sentence must not narrow a peak to that month."""
    text = ("Japanese investors sold a net ¥4.46 trillion of foreign bonds in the week to November 2, 2024. "
            "China's holdings of Treasuries peaked above $1.5 trillion.")
    peak = [c for c in check_text(text, store=loaded_store) if "1.5 trillion" in c["claim"]]
    assert len(peak) == 1 and peak[0]["verdict"] == "contradicted"
    assert peak[0]["official_value"] == pytest.approx(1316.7)
    assert "2013-11" in peak[0]["explanation"]


@pytest.mark.parametrize("text, factor", [
    # a Japanese unit word slipped by one step (万 for 億, 億 for 兆): 10,000 times off
    ("居住者による対外中長期債投資は、2月23日～3月1日の週に1億5142万円の買い越しだった。", "1/10,000"),
    ("2025年3月1日までの1週間で、国内投資家は海外の中長期債を1億5142万円買い越した。", "1/10,000"),
    ("日本の米国債保有額は2025年3月末時点で1130億8000万ドルだった。", "1/10"),
    ("Japanese investors bought a net 151.42 million yen of foreign bonds in the week ending March 1, 2025.",
     "1/10,000"),
])
def test_a_slip_of_one_japanese_unit_word_is_a_unit_trap(loaded_store, text, factor):
    """万, 億 and 兆 are 10,000 apart: a figure exactly that far from the official one is a unit slip (contradicted,
    flagged), not 'another measure' left unverifiable as a far gap would be."""
    r = one(text, loaded_store, date="2025-05-20")
    assert r["verdict"] == "contradicted" and "unit_trap" in r["flags"], (text, r["explanation"])
    assert f"off by a factor of {factor.split()[0].replace('1/', '')}" in r["explanation"] and factor in r["explanation"]
