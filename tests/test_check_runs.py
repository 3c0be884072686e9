"""`ustflow check` on runs and counts said in words (issue 13, session 8): a state held "since" a date ("have
remained below the $1 trillion mark since April 2022", "a status it has maintained since June 2019"), "its first
reduction this year", a verb and its streak as one claim ("fell for a third consecutive month"), amounts written
in words ("around six billion U.S. dollars") and a span's first figure taking the second's unit ("from 1.036 to
1.03 trillion"). Invented sentences; every expected run, month and value is computed from the loaded store."""

from __future__ import annotations

import pandas as pd

from tests.helpers import as_read, by_claim, claim_containing, series
from ustflow.check.numbers import find_amounts
from ustflow.views.check import StoreData, check_text


def _run_start(s: pd.Series, end, cond) -> pd.Period:
    held = s[s.index <= end]
    i = len(held) - 1
    while i > 0 and cond(held.iloc[i - 1]):
        i -= 1
    return held.index[i]


def test_below_a_threshold_since_the_month_the_run_began(data, loaded_store):
    cn = series("tic.holdings.china_mainland", loaded_store)
    end = pd.Period("2025-03", "M")
    start = _run_start(cn, end, lambda v: v < 1000)
    for text in (f"Since {start:%B %Y}, China's holdings of Treasuries have been below $1 trillion.",
                 f"China's holdings of Treasuries have remained below the $1 trillion mark since {start:%B %Y}."):
        r = check_text(text, date="2025-05-17", store=data)
        rec = next(x for x in r if x["claim"].lower() == f"since {start:%B %Y}".lower())
        assert rec["verdict"] == "supported" and rec["official_period"] == str(end), rec
    later = start + 5  # the run began before the month said: the words are wrong
    r = check_text(f"Since {later:%B %Y}, China's holdings of Treasuries have been below $1 trillion.",
                   date="2025-05-17", store=data)
    assert by_claim(r, f"Since {later:%B %Y}")["verdict"] == "contradicted"


def test_a_status_held_since_refers_to_the_rank_before(data, loaded_store):
    h = StoreData(loaded_store).holdings().dropna(how="all")
    top = h.idxmax(axis=1)
    end = pd.Period("2024-01", "M")
    start = _run_start(top, end, lambda v: v == "japan")
    text = (f"Japan is the largest foreign holder of US Treasuries as of January 2024. It marks Japan's dominance, "
            f"a status it has maintained since {start:%B %Y}.")
    r = check_text(text, date="2024-03-26", store=data)
    rec = by_claim(r, f"since {start:%B %Y}")
    assert rec["verdict"] == "supported" and rec["official_period"] == str(end)
    assert rec["official_value"] == (end - start).n + 1


def test_first_reduction_this_year(data, loaded_store):
    cn = series("tic.holdings.china_mainland", loaded_store)
    ch = cn.diff().dropna()
    p = next(q for q in ch.index if q.year >= 2015 and q.month >= 3 and ch[q] < 0
             and (ch[(ch.index.year == q.year) & (ch.index < q)] > 0).all())
    text = f"China reduced its holdings of U.S. Treasuries by ${-ch[p]:.1f} billion in {p:%B %Y}, its first reduction this year."
    r = check_text(text, date=str((p + 2).end_time.date()), store=data)
    rec = by_claim(r, "its first reduction this year")
    assert rec["verdict"] == "supported" and rec["official_period"] == str(p)
    # "the first three quarters of the year" is a period, not a first
    r = check_text("In the first three quarters of the year, China invested a total of US$107.4 billion in US bonds.",
                   date="2008-11-19", store=data)
    assert not [x for x in r if "first three quarters" in x["claim"]]


def test_a_verb_and_its_streak_are_one_claim(data, loaded_store):
    cn = series("tic.holdings.china_mainland", loaded_store)
    ch = cn.diff().dropna()
    p = pd.Period("2018-08", "M")
    k = 0
    for v in reversed(ch[ch.index <= p].tolist()):
        if v >= 0:
            break
        k += 1
    words = {1: "first", 2: "second", 3: "third", 4: "fourth"}
    r = check_text("China's U.S. Treasury holdings fell for a third consecutive month in August 2018.",
                   date="2018-10-17", store=data)
    rec = by_claim(r, "fell for a third consecutive month")
    assert rec["verdict"] == ("supported" if k == 3 else "contradicted")
    assert not [x for x in r if x["claim"] == "fell"]
    assert words.get(k)


def test_amounts_in_words_and_a_shared_unit(data, loaded_store):
    a = find_amounts("holdings fell by around six billion U.S. dollars, from 1.036 to 1.03 trillion U.S. dollars")
    assert [(x.number, x.scale, x.currency, x.qualifier) for x in a] == [
        (6.0, 1e9, "USD", "approx"), (1.036, 1e12, "USD", "exact"), (1.03, 1e12, "USD", "exact")]
    jp = series("tic.holdings.japan", loaded_store)
    p = pd.Period("2018-08", "M")
    r = check_text(f"Between July and August 2018, Japan's U.S. Treasury holdings fell from {jp[p - 1] / 1000:.3f} to "
                   f"{jp[p] / 1000:.2f} trillion U.S. dollars.", date="2018-10-17", store=data)
    rec = by_claim(r, f"{jp[p - 1] / 1000:.3f}")
    assert rec["verdict"] == "supported" and rec["official_period"] == str(p - 1)


def test_a_pronoun_move_after_a_sentence_about_holdings_and_a_later_event(data, loaded_store):
    # "It slightly increased them in April": the holdings of the sentence before; "... and then cut them in May":
    # May is the later event's month, not the first verb's
    cn = series("tic.holdings.china_mainland", loaded_store)
    ch = cn.diff().dropna()
    up = next(q for q in ch.index if q.year == 2024 and ch[q] > 0 and ch.get(q + 1, 0) < 0)
    text = (f"China trimmed its US Treasuries holdings in {up - 1:%B}. It increased them in {up:%B %Y} and then cut "
            f"them again in {up + 1:%B}.")
    r = check_text(text, date="2024-12-20", store=data)
    rec = by_claim(r, "increased them")
    assert rec["verdict"] == "supported" and rec["official_period"] == f"{up - 1} to {up}"
    r = check_text(f"In {up:%B %Y}, China hiked its US Treasury bond possession again and then returned to reduce them "
                   f"in {up + 1:%B}.", date="2024-12-20", store=data)
    assert by_claim(r, "hiked its US Treasury bond possession")["official_period"] == f"{up - 1} to {up}"


def test_japanese_following_the_previous_month_and_the_most(data, loaded_store):
    s = series("mof.monthly.lt_debt.life_insurers.net", loaded_store)
    p = pd.Period("2012-06", "M")
    assert s[p] > 0 and s[p - 1] > 0
    r = check_text(f"{p.year}年{p.month}月の生保による対外債券投資(中長期債)は前月に続いて買い越しとなった。",
                   date="2012-07-09", store=data)
    assert by_claim(r, "前月に続いて買い越し")["verdict"] == "supported"  # a second month at least
    top = s[(s.index >= pd.Period("2005-01", "M")) & (s.index <= p)].idxmax()
    r = check_text(f"対外債券投資で生命保険会社による買い越しが最も多かったのは、{top.year}年{top.month}月に記録した"
                   f"{s[top]:.0f}億円。", date="2012-07-09", store=data)
    rec = by_claim(r, "最も多かった")
    assert rec["verdict"] == "supported" and rec["official_period"] == str(top)


def test_japanese_rank_since_a_month(data, loaded_store):
    # "3月以降は2位に": second in every month from March to the latest published
    h = StoreData(loaded_store).holdings().dropna(how="all")
    rk = h.rank(axis=1, ascending=False, method="min")["japan"]
    end = pd.Period("2015-06", "M")
    start = _run_start(rk, end, lambda v: v == 2)
    r = check_text(f"日本は{start.year}年{start.month}月以降は2位に後退している。", date="2015-08-19", store=data)
    rec = claim_containing(r, "2位に")  # the claim may carry its since-phrase ("2015年3月以降は2位に")
    assert rec["verdict"] == "supported" and rec["official_period"] == str(end)


def test_a_run_before_a_week_named_by_a_direction(data, loaded_store):
    # "turned net sellers of foreign bonds last week, after three weeks of buying": the run before that week
    s = series("mof.weekly.assets.lt_debt.net", loaded_store)
    wk = pd.Period("2023-02-25", "W-SAT")
    k = 0
    for v in reversed(s[s.index < wk].tolist()):
        if v <= 0:
            break
        k += 1
    words = {1: "one week", 2: "two weeks", 3: "three weeks", 4: "four weeks", 5: "five weeks"}
    r = check_text(f"Japanese investors turned net sellers of foreign bonds last week, after {words[k]} of buying.",
                   date="2023-03-03", store=data)
    rec = by_claim(r, f"{words[k]} of buying")
    assert rec["verdict"] == "supported" and rec["official_period"] == str(f"{(wk - 1).start_time.date()}.."
                                                                            f"{(wk - 1).end_time.date()}")


def test_a_change_from_a_level_of_a_named_month_ends_at_the_story_month(data, loaded_store):
    # "an increase from $X in January, a rise of $Y": January is where the change starts, not where it ends
    jp = series("tic.holdings.japan", loaded_store)
    a, b = pd.Period("2025-01", "M"), pd.Period("2025-09", "M")
    text = (f"As of {b:%B %Y}, Japanese investors held ${jp[b] / 1000:.3f} trillion in U.S. Treasuries. This marks an "
            f"increase from ${jp[a] / 1000:.3f} trillion in {a:%B %Y}, a rise of approximately ${jp[b] - jp[a]:.0f} "
            f"billion over nine months.")
    r = check_text(text, date="2025-12-04", store=data)
    rec = by_claim(r, f"approximately ${jp[b] - jp[a]:.0f} billion")
    assert rec["verdict"] == "supported" and rec["official_period"] == f"{a} to {b}"


def test_a_starting_level_takes_the_month_of_its_parallel(data, loaded_store):
    # "rose to A from B at the end of 2021, while ... jumped to C from D": D is at the end of 2021 too
    two = series("fred.dgs2", loaded_store)
    d = two[two.index <= pd.Timestamp("2021-12-31")]
    text = (f"US 10-year yields have risen to 2.89% from 1.51% at the end of 2021, while those on two-year notes have "
            f"jumped to 3.13% from {d.iloc[-1]:.2f}%.")
    r = check_text(text, date="2022-07-22", store=data)
    rec = by_claim(r, f"{d.iloc[-1]:.2f}%")
    assert rec["verdict"] == "supported" and rec["official_period"] == str(d.index[-1].date())


def test_bare_billions_in_a_story_about_mof_flows_are_yen():
    from ustflow.check.extract import extract
    from ustflow.check.text import split_sentences

    claims = extract(split_sentences("Japan's investment in foreign bonds turned down. From a positive position of "
                                     "101.1 billion, the latest data show a deficit of -361.4 billion."))
    assert [(c.amount.currency, c.amount.number) for c in claims if c.amount is not None] == [("JPY", 101.1),
                                                                                                ("JPY", 361.4)]


def test_not_this_low_since_and_not_higher_than_another_since(data, loaded_store):
    cn = series("tic.holdings.china_mainland", loaded_store)
    uk = series("tic.holdings.united_kingdom", loaded_store)
    p = pd.Period("2024-12", "M")
    low = cn[(cn.index < p) & (cn <= cn[p])].index[-1]
    r = check_text(f"China's holdings of Treasuries fell to ${cn[p]:.0f} billion in December 2024. They haven't been "
                   f"this low since {low.year}.", date="2025-02-20", store=data)
    rec = next(x for x in r if x["claim"].startswith("haven't been this low"))
    assert rec["verdict"] == "supported"
    end = pd.Period("2025-03", "M")
    ahead = (uk - cn).dropna()
    last = ahead[(ahead.index < end) & (ahead > 0)].index[-1]
    r = check_text(f"Britain's Treasury holdings haven't been higher than China's since {last:%B %Y}.",
                   date="2025-05-17", store=data)
    rec = by_claim(r, f"since {last:%B %Y}")
    assert rec["verdict"] == "supported" and rec["official_period"] == str(end)
    r = check_text(f"Britain's Treasury holdings haven't been higher than China's since {last + 5:%B %Y}.",
                   date="2025-05-17", store=data)
    assert by_claim(r, f"since {last + 5:%B %Y}")["verdict"] == "contradicted"


def test_a_monthly_streak_of_a_daily_series_counts_month_end_closes(data, loaded_store):
    # "10-year yields fell for a second straight month in <month>": month-end closes, not daily changes
    s = series("fred.dgs10", loaded_store)
    closes = s.groupby(s.index.to_period("M")).last().diff().dropna()
    p = next(q for q in closes.index if q.year >= 2015 and closes[q] < 0 and closes[q - 1] < 0 and closes[q - 2] > 0)
    r = check_text(f"10-year Treasury yields fell for a second straight month in {p:%B %Y}.",
                   date=str((p + 1).end_time.date()), store=data)
    rec = by_claim(r, "for a second straight month")
    assert rec["verdict"] == "supported" and rec["official_period"] == str(p)
    r = check_text(f"10-year Treasury yields fell for a third straight month in {p:%B %Y}.",
                   date=str((p + 1).end_time.date()), store=data)
    assert as_read(by_claim(r, "for a third straight month")) == "contradicted"
