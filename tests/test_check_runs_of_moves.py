"""`ustflow check` on a run of moves from a month to now ("Since February this year, India's holding has been on the
rise", "have constantly increased since February 2008", "has been continuously buying ... since February, when its
holding stood at $112.3 billion"), a possessive whose apostrophe the page lost ("Indias holding"), and a record of
changes "in two years" that a TIC series break inside the window leaves open (issue 13, session 14). Invented
sentences; expected runs computed here from the loaded store."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, claim_containing, holdings_run, series
from ustflow.views.check import check_text


def _rises_from(store, slug: str, start: str, end: str, sign: int) -> bool:
    """Whether the run of moves of ``sign`` ending at ``end`` covers every month after the one named (it may have
    begun earlier: "rising since March" is true of a run begun in February)."""
    s = series(f"tic.holdings.{slug}", store)
    ch = s.diff().dropna()
    ch = ch[ch.index <= pd.Period(end, "M")]
    k = 0
    for v in reversed(ch.tolist()):
        if v * sign <= 0:
            break
        k += 1
    first = ch.index[-k] if k else None
    named = pd.Period(start, "M")
    return first is not None and first <= named + 1


@pytest.mark.parametrize("text, date, slug, start, end, sign", [
    ("India's holdings of Treasuries stood at $135.7 billion in July. Since February this year, India's holding of "
     "these securities has been on the rise.", "2017-10-01", "india", "2017-02", "2017-07", 1),
    ("India has been continuously buying more of the US government securities since February this year, when its "
     "holding stood at $112.3 billion.", "2017-08-27", "india", "2017-02", "2017-06", 1),
    ("China's holdings stood at $1.17 trillion in July. Since March 2017, China's holdings have been steadily "
     "increasing.", "2017-09-20", "china_mainland", "2017-03", "2017-07", 1),
])
def test_a_run_of_moves_since_a_month(data, loaded_store, text, date, slug, start, end, sign):
    rec = claim_containing(check_text(text, date=date, store=data), "ince ")
    assert rec["measure"] == "run_since"
    ok = _rises_from(loaded_store, slug, start, end, sign)
    assert rec["verdict"] == ("supported" if ok else "contradicted")


def test_the_month_after_when_keeps_its_figure(data, loaded_store):
    # "since February this year, when its holding stood at $112.3 billion": February's level, not the latest
    rec = by_claim(check_text("India has been continuously buying more of the US government securities since February "
                              "this year, when its holding stood at $112.3 billion.", date="2017-08-27", store=data),
                   "$112.3 billion")
    assert rec["official_period"] == "2017-02"


def test_a_plain_change_since_a_month_is_no_run(data):
    # not fired: "has fallen since June" compares June's level with now, it says nothing of every month between
    recs = check_text("The value of Chinese holdings has fallen since June, when China had $915.8 billion.",
                      date="2010-02-27", store=data)
    assert not [r for r in recs if r["measure"] == "run_since"]


@pytest.mark.parametrize("text, who", [
    ("Indias holding of the securities touched USD 135.7 billion at the end of July.", "India"),
    ("Chinas holdings of Treasuries stood at $1.17 trillion at the end of July.", "China"),
    ("Brazils stake in Treasuries was $271.9 billion at the end of July.", "Brazil"),
])
def test_a_possessive_without_its_apostrophe(data, text, who):
    rec = check_text(text, date="2017-10-01", store=data)[0]
    assert rec["subject"].startswith(who)


def test_a_plural_name_is_no_lost_possessive(data):
    # not fired: "the Americas" names no holder
    recs = check_text("The Americas holdings of Treasuries were $1 trillion at the end of July.", date="2017-10-01",
                      store=data)
    assert all(not (r["subject"] or "").startswith("America") for r in recs)


@pytest.mark.parametrize("text, date, phrase", [
    ("Chinese Treasury holdings plunged by the most in two years in December.", "2014-02-20", "the most in two years"),
    ("China's holdings of Treasuries fell by the most since November 2011 in December 2013.", "2014-02-20",
     "the most since November 2011"),
])
def test_a_record_of_changes_over_a_break_is_unverifiable(data, phrase, text, date):
    # December 2011 is a TIC series break with no like-for-like change: a larger fall there may be the one meant
    rec = claim_containing(check_text(text, date=date, store=data), phrase)
    assert rec["verdict"] == "unverifiable"
    assert "break" in rec["explanation"]


def test_a_record_of_changes_with_no_break_in_its_window_is_judged(data):
    # not fired: no break within three months of March 2024
    rec = claim_containing(check_text("Japan's holdings of Treasuries fell by the most in three months in March.",
                                      date="2024-05-20", store=data), "the most in three months")
    assert "break" not in rec["explanation"]


@pytest.mark.parametrize("text, date, slug, month, phrase", [
    ("米財務省が発表した2月の米国債国別保有残高によると、日本は引き続きトップを維持した。2位の中国は4か月連続での増加となっていた。",
     "2021-04-18", "china_mainland", "2021-02", "4か月連続"),
    ("中国の米国債保有残高は1兆1042億ドルだった。英国は3か月連続での増加となった。", "2021-04-18", "united_kingdom",
     "2021-02", "3か月連続"),
    ("日本の米国債保有額は7月に1兆1133億ドルとなった。中国は2カ月連続で増加した。", "2017-10-01", "china_mainland", "2017-07",
     "2カ月連続"),
])
def test_a_japanese_run_of_a_holder_named_after_a_holdings_sentence(data, loaded_store, text, date, slug, month, phrase):
    # the holder the sentence names as its topic (は), its holdings: the topic of the sentence before carries over
    k, sign = holdings_run(loaded_store, slug, month)
    rec = by_claim(check_text(text, date=date, store=data), phrase)
    assert rec["official_value"] == k
    want = int("".join(ch for ch in phrase if ch.isdigit()))
    assert rec["verdict"] == ("supported" if (k == want and sign > 0) else "contradicted")


def test_a_japanese_run_with_no_holdings_topic_before_is_not_read(data):
    # not fired: no sentence about holdings before it, nothing says what runs
    recs = check_text("中国は4か月連続での増加となった。", date="2021-04-18", store=data)
    assert not [r for r in recs if r["claim"] == "4か月連続"]


def _last_ahead(store, a: str, b: str, before: str):
    x, y = series(f"tic.holdings.{a}", store), series(f"tic.holdings.{b}", store)
    both = pd.concat([x, y], axis=1, join="inner")
    both = both[both.index < pd.Period(before, "M")]
    ahead = both[both.iloc[:, 0] > both.iloc[:, 1]]
    return ahead.index[-1] if not ahead.empty else None


@pytest.mark.parametrize("text, date, a, b, end, named", [
    ("China cut its holdings to $1.2391 trillion in January. Japan last surpassed China as top holder of the U.S. "
     "Treasuries in 2008.", "2015-03-17", "japan", "china_mainland", "2015-01", "2008"),
    ("Japan's holdings rose to $1.1229 trillion in June. Japan last overtook China in May 2017.", "2019-08-15", "japan",
     "china_mainland", "2019-06", "2017-05"),
    ("China's holdings fell to $1.05 trillion in December. China last outstripped Japan in 2016.", "2017-02-16",
     "china_mainland", "japan", "2016-12", "2016"),
])
def test_last_ahead_of_another_holder(data, loaded_store, text, date, a, b, end, named):
    last = _last_ahead(loaded_store, a, b, end)
    rec = claim_containing(check_text(text, date=date, store=data), "in " + (named[:4] if len(named) == 4 else "May 2017"))
    assert rec["measure"] == "last_since"
    ok = last is not None and (str(last).startswith(named) if len(named) == 4 else str(last) == named)
    assert rec["verdict"] == ("supported" if ok else "contradicted")


def test_a_pass_without_last_is_no_last_since(data):
    # not fired: "surpassed China in 2008" says when it passed, not that it was the last time
    recs = check_text("Japan's holdings were $1.23 trillion in January. Japan surpassed China in 2008.",
                      date="2015-03-17", store=data)
    assert not [r for r in recs if r["measure"] == "last_since"]
