"""`ustflow check` on a maturity the reporter names before a loose noun (issue 13, session 10, batch 7): "foreign
long-term bills" are long-term debt, whatever "bills" usually means; "short-term bills" and bare "bills" stay
short-term. Invented sentences; the values are read from the loaded store."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim, series, yen_billion
from ustflow.check.subjects import find_instruments
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, want", [
    ("They added a net ¥182.8 billion worth of foreign long-term bills.", ("assets", "lt_debt")),
    ("Residents bought long-term overseas bills worth ¥50 billion.", ("assets", "lt_debt")),
    ("Overseas longer-term bills drew ¥40 billion of Japanese money.", ("assets", "lt_debt")),
    ("Foreigners sold ¥300 billion of Japanese long-term bills.", ("liabilities", "lt_debt")),
    ("Investors bought long-term bills worth ¥10 billion.", (None, "lt_debt")),
    ("Foreigners ditched ¥633.9 billion in short-term bills.", (None, "st_debt")),
    ("Foreigners ditched ¥633.9 billion in bills.", (None, "st_debt")),
    ("Residents sold ¥20 billion of foreign bills.", ("assets", "st_debt")),
])
def test_the_maturity_named_wins_over_the_noun(text, want):
    assert [v for _, v in find_instruments(text)] == [want]


@pytest.mark.parametrize("template", [
    "Japanese investors {verb} a net {fig} worth of foreign long-term bills in the week to {day}.",
    "In the week to {day}, Japanese investors {verb} {fig} of overseas long-term bills on a net basis.",
])
def test_long_term_bills_are_judged_on_long_term_debt(data, loaded_store, template):
    lt = series("mof.weekly.assets.lt_debt.net", loaded_store).dropna()
    st = series("mof.weekly.assets.st_debt.net", loaded_store).dropna()
    wk = next(w for w in reversed(lt.index) if w in st.index and abs(lt[w] - st[w]) > 100)
    sat = wk.end_time.date()
    text = template.format(verb="bought" if lt[wk] > 0 else "sold", fig=yen_billion(lt[wk]),
                           day=f"{sat:%B} {sat.day}, {sat.year}")
    rec = by_claim(check_text(text, date=str((wk + 1).end_time.date()), store=data), yen_billion(lt[wk]))
    assert rec["series"] == "mof.weekly.assets.lt_debt.net"
    assert rec["official_value"] == pytest.approx(lt[wk]) and rec["verdict"] == "supported"


# -- "a week ago": the week before the one the story reports (as "a week earlier", "a month ago") ---------------
@pytest.mark.parametrize("template", [
    "Foreigners bought Japanese long-term bonds of {cur} on a net basis last week, in contrast to {prev} worth of "
    "net {pverb}, a week ago, data showed.",
    "Non-residents were net {cverb}s of Japanese stocks in the week to {day} at {cur}, after net {pverb} of {prev} a "
    "week ago.",
    "In the week to {day} overseas investors' net flow into Japanese bonds was {cur}, compared with net {pverb} of "
    "{prev} one week ago.",
])
def test_a_week_ago_is_the_week_before_the_one_reported(data, loaded_store, template):
    sid = "mof.weekly.liabilities.equity.net" if "stocks" in template else "mof.weekly.liabilities.lt_debt.net"
    s = series(sid, loaded_store).dropna()
    k = next(i for i in range(len(s) - 1, 1, -1) if abs(s.iloc[i] - s.iloc[i - 1]) > 100 and s.iloc[i] * s.iloc[i - 1] != 0)
    wk, pw = s.index[k], s.index[k - 1]
    sat = wk.end_time.date()
    word = {True: "buy", False: "sell"}
    text = template.format(cur=yen_billion(s[wk]), prev=yen_billion(s[pw]), cverb=word[s[wk] > 0] + "er",
                           pverb="buying" if s[pw] > 0 else "selling", day=f"{sat:%B} {sat.day}, {sat.year}")
    rec = by_claim(check_text(text, date=str((wk + 1).end_time.date()), store=data), yen_billion(s[pw]))
    assert rec["series"] == sid and rec["official_value"] == pytest.approx(s[pw])
    assert rec["verdict"] == "supported"


# -- "their 12th week of buying out of the past 13": a count in a window, not a run of twelve --------------------
_ORD = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth",
        10: "10th", 11: "11th", 12: "12th"}


@pytest.mark.parametrize("template", [
    "Foreigners bought a net {fig} worth of Japanese stocks during the week to {day}, marking their {ord} week of "
    "buying out of the past {m}.",
    "Non-residents bought {fig} of Japanese shares in the week to {day}, their {ord} week of net buying in the "
    "last {m}.",
    "Overseas investors purchased {fig} of Japanese equities in the week to {day}, a {ord} week of net purchases out "
    "of the previous {m}.",
])
def test_the_nth_week_out_of_the_past_m_is_a_count(data, loaded_store, template):
    s = series("mof.weekly.liabilities.equity.net", loaded_store).dropna()
    for k in range(len(s) - 1, 20, -1):
        m = next((m for m in (13, 10, 8, 6) if 2 <= (s.iloc[k - m + 1:k + 1] > 0).sum() < m
                  and not (s.iloc[k - (s.iloc[k - m + 1:k + 1] > 0).sum() + 1:k + 1] > 0).all()), None)
        if s.iloc[k] > 0 and m:
            break
    wk, n = s.index[k], int((s.iloc[k - m + 1:k + 1] > 0).sum())
    sat = wk.end_time.date()
    fmt = dict(fig=yen_billion(s[wk]), day=f"{sat:%B} {sat.day}, {sat.year}", m=m)
    date = str((wk + 1).end_time.date())
    r = check_text(template.format(ord=_ORD[n], **fmt), date=date, store=data)
    rec = next(x for x in r if x["claim"].startswith(("their", "a ", "marking")) or _ORD[n] in x["claim"])
    assert rec["measure"] == "count_in" and rec["verdict"] == "supported", rec


# -- "ended three straight weeks of net buying totalling 1.77 trillion yen": a run that is over, and its total ------
@pytest.mark.parametrize("template", [
    "Japanese investors sold a net {cur} of foreign bonds in the week to {day}. That ended {n} straight weeks of net "
    "buying totalling {tot}.",
    "Japanese investors were net sellers of foreign bonds in the week to {day} at {cur}, snapping {n} consecutive "
    "weeks of net purchases totaling {tot}.",
    "In the week to {day} residents sold {cur} of overseas bonds on a net basis, which broke {n} successive weeks of "
    "buying, amounting to {tot}.",
])
def test_an_ended_run_and_its_total(data, loaded_store, template):
    s = series("mof.weekly.assets.lt_debt.net", loaded_store).dropna()
    for k in range(len(s) - 1, 10, -1):
        n = next((j for j in range(1, 8) if s.iloc[k - j] <= 0), 0) - 1
        if s.iloc[k] < 0 and 2 <= n <= 6:
            break
    wk = s.index[k]
    tot = float(s.iloc[k - n:k].sum())
    sat = wk.end_time.date()
    words = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
    text = template.format(cur=yen_billion(s[wk]), n=words[n], tot=yen_billion(tot), day=f"{sat:%B} {sat.day}, {sat.year}")
    r = check_text(text, date=str((wk + 1).end_time.date()), store=data)
    rec = by_claim(r, yen_billion(tot))
    assert rec["official_value"] == pytest.approx(tot) and rec["verdict"] == "supported", rec
    run = next(x for x in r if x["measure"] == "streak_end")
    assert run["verdict"] == "supported" and run["official_value"] == n, run
    assert by_claim(r, yen_billion(s[wk]))["verdict"] == "supported"


def test_a_total_after_a_run_that_goes_on_is_not_read_as_the_runs(data, loaded_store):
    # "bought for a third straight week, totalling ¥X": the week's figure, as before (only an ended run's total is
    # the run's sum)
    s = series("mof.weekly.assets.lt_debt.net", loaded_store).dropna()
    k = next(k for k in range(len(s) - 1, 10, -1) if (s.iloc[k - 2:k + 1] > 0).all() and s.iloc[k - 3] <= 0)
    wk = s.index[k]
    sat = wk.end_time.date()
    text = (f"Japanese investors bought foreign bonds for a third straight week in the week to {sat:%B} {sat.day}, "
            f"{sat.year}, totalling {yen_billion(s[wk])}.")
    rec = by_claim(check_text(text, date=str((wk + 1).end_time.date()), store=data), yen_billion(s[wk]))
    assert rec["official_value"] == pytest.approx(s[wk]) and rec["verdict"] == "supported"


# -- "during the first four days of November": calendar days at the edge of a month -------------------------------
@pytest.mark.parametrize("phrase, want", [
    ("during the first four days of November", ("2011-11-01", "2011-11-04")),
    ("in the last three days of March 2011", ("2011-03-29", "2011-03-31")),
    ("over the final two days of February 2024", ("2024-02-28", "2024-02-29")),
    ("the first 10 calendar days of October", ("2011-10-01", "2011-10-10")),
])
def test_the_first_or_last_days_of_a_month(phrase, want):
    from datetime import date

    from ustflow.check.period_grammar import Resolver

    p = Resolver(date(2012, 2, 8)).find(f"It happened {phrase}.")[0]
    assert (str(p.start), str(p.end)) == want, p


@pytest.mark.parametrize("template", [
    "Japan carried out {fig} worth of unannounced intervention during the first {k} days of {mon}.",
    "Tokyo's intervention in the currency market totalled {fig} in the first {k} days of {mon}, data showed.",
])
def test_an_intervention_total_over_the_first_days_of_a_month(data, loaded_store, template):
    import pandas as pd

    s = series("mof.fx_intervention.amount", loaded_store).dropna()
    day = next(pd.Timestamp(str(i)[:10]) for i in reversed(s.index) if 2 <= pd.Timestamp(str(i)[:10]).day <= 9)
    k = max(day.day, 2)
    first = day.replace(day=1)
    ops = s[[first <= pd.Timestamp(str(i)[:10]) <= first + pd.Timedelta(days=k - 1) for i in s.index]]
    total = float(ops.abs().sum())
    words = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
    fig = f"¥{total / 1000:.2f} trillion" if total >= 1000 else f"¥{total:.1f} billion"
    text = template.format(fig=fig, k=words.get(k, str(k)), mon=f"{day:%B} {day.year}")
    rec = by_claim(check_text(text, date=str((day + pd.Timedelta(days=40)).date()), store=data), fig)
    assert (rec["official_period"] or "").startswith(str(first.date())), (text, rec)
    assert rec["verdict"] == "supported", rec


# -- "for the three months ending June 30" in a weekly story published on 3 July: the weeks, as the monthly figure
# for June was not out yet --------------------------------------------------------------------------------------
@pytest.mark.parametrize("template", [
    "Foreign investors {verb} a net {wk} of Japanese stocks in the week to {day}. Foreign inflows, including last "
    "week's purchase, totaled about {tot} for the three months ending {end}.",
    "Overseas investors {verb} {wk} of Japanese shares in the week to {day}. Over the three months to {end} they "
    "bought a net {tot}.",
])
def test_months_ending_days_before_publication_are_summed_from_the_weeks(data, loaded_store, template):
    import pandas as pd

    s = series("mof.weekly.liabilities.equity.net", loaded_store).dropna()
    m = series("mof.monthly.liabilities.equity.net", loaded_store).dropna()
    # a quarter-end month whose last MoF week ends within its last three days, weeks and months differing
    for k in range(len(s) - 1, 20, -1):
        sat = s.index[k].end_time.normalize()
        q_end = sat + pd.offsets.MonthEnd(0)
        start = q_end - pd.offsets.MonthBegin(3)
        if q_end.month % 3 == 0 and (q_end - sat).days <= 3:
            weeks = s[[start <= w.end_time.normalize() <= q_end for w in s.index]]
            months = m[[start <= p.start_time <= q_end for p in m.index]]
            if len(months) == 3 and abs(weeks.sum() - months.sum()) > 0.05 * abs(weeks.sum()) and weeks.sum() > 0:
                break
    wk = s.index[k]
    tot = f"¥{weeks.sum() / 10000:.2f} trillion"
    text = template.format(wk=yen_billion(s[wk]), verb="bought" if s[wk] > 0 else "sold", day=f"{sat:%B} {sat.day}, {sat.year}",
                           tot=tot, end=f"{q_end:%B} {q_end.day}")
    rec = next(x for x in check_text(text, date=str((q_end + pd.Timedelta(days=3)).date()), store=data)
               if tot in x["claim"])
    assert ".weekly." in rec["series"] and rec["verdict"] == "supported", rec["explanation"]
    # a month later the monthly figures are out: the same words are judged on them
    rec = next(x for x in check_text(text, date=str((q_end + pd.Timedelta(days=45)).date()), store=data)
               if tot in x["claim"])
    assert ".weekly." not in rec["series"]


# -- "have been selling foreign bonds for eight months since July": a run said with its first month ---------------
@pytest.mark.parametrize("template", [
    "Japanese life insurers have been {ving} foreign bonds for {n} months since {first}, data showed.",
    "Domestic life insurers have {ved} overseas bonds for {n} months since {first}.",
    "Japan's life insurers were net {ver}s of foreign bonds for {n} months from {first}, the data showed.",
    # in a story of weekly flows: still a run of months, judged on the monthly data by investor
    "Japanese investors bought ¥50 billion of foreign bonds last week. Japanese life insurers have been {ving} "
    "foreign bonds for {n} months since {first}.",
])
def test_a_run_said_with_its_first_month(data, loaded_store, template):
    import pandas as pd

    s = series("mof.monthly.lt_debt.life_insurers.net", loaded_store).dropna()
    for k in range(len(s) - 1, 12, -1):
        sign = 1 if s.iloc[k] > 0 else -1
        n = next(j for j in range(1, k) if s.iloc[k - j] * sign <= 0)
        if 3 <= n <= 10:
            break
    last, first = s.index[k], s.index[k - n + 1]
    words = {3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}
    verbs = {1: ("buying", "bought", "buy"), -1: ("selling", "sold", "sell")}[sign]
    text = template.format(ving=verbs[0], ved=verbs[1], ver=verbs[2] + "er", n=words[n], first=f"{first:%B}")
    date = str((pd.Period(last, "M") + 1).end_time.date() - pd.Timedelta(days=2))
    run = next(x for x in check_text(text, date=date, store=data) if x["measure"] == "streak")
    assert run["official_value"] == n and run["verdict"] == "supported", run["explanation"]


# -- "the second largest in the past year": a look-back of one year (as "in a year") --------------------------------
@pytest.mark.parametrize("template", [
    "Japanese investors sold a net {fig} of foreign bonds in the week to {day}. The bond sales are the {ord} largest "
    "in the past year.",
    "Japanese investors sold a net {fig} of foreign bonds in the week to {day}, the {ord} biggest weekly net sale in "
    "the last year.",
    "In the week to {day} Japanese investors sold {fig} of overseas bonds on a net basis. That was the {ord}-largest "
    "outflow over the past year.",
])
def test_the_nth_largest_in_the_past_year(data, loaded_store, template):
    s = series("mof.weekly.assets.lt_debt.net", loaded_store).dropna()
    for k in range(len(s) - 1, 60, -1):
        window = s.iloc[k - 52:k + 1]
        rank = int((window < s.iloc[k]).sum()) + 1
        if s.iloc[k] < 0 and 2 <= rank <= 3 and (window == s.iloc[k]).sum() == 1:
            break
    wk = s.index[k]
    sat = wk.end_time.date()
    text = template.format(fig=yen_billion(s[wk]), ord={2: "second", 3: "third"}[rank], day=f"{sat:%B} {sat.day}, {sat.year}")
    rec = next(x for x in check_text(text, date=str((wk + 1).end_time.date()), store=data) if "year" in x["claim"])
    assert rec["verdict"] == "supported", rec["explanation"]


@pytest.mark.parametrize("second, sid", [
    ("The bond sales are the {ord} largest in the past year.", "mof.weekly.assets.lt_debt.net"),
    ("The stock sales were the {ord} biggest in the past year.", "mof.weekly.assets.equity.net"),
])
def test_a_superlative_of_the_trade_its_sentence_names_refers_to_that_figure(data, loaded_store, second, sid):
    # "sold ¥X of foreign bonds and ¥Y of foreign shares. The bond sales are ...": the bonds' figure, not the last one
    s = series(sid, loaded_store).dropna()
    other = series("mof.weekly.assets.equity.net" if "lt_debt" in sid else "mof.weekly.assets.lt_debt.net",
                   loaded_store).dropna()
    for k in range(len(s) - 1, 60, -1):
        window = s.iloc[k - 52:k + 1]
        rank = int((window < s.iloc[k]).sum()) + 1
        if s.iloc[k] < 0 and 2 <= rank <= 3 and s.index[k] in other.index and other[s.index[k]] < 0:
            break
    wk = s.index[k]
    sat = wk.end_time.date()
    bonds, shares = (s[wk], other[wk]) if "lt_debt" in sid else (other[wk], s[wk])
    text = (f"In the week to {sat:%B} {sat.day}, {sat.year}, Japanese investors sold {yen_billion(bonds)} of foreign bonds and "
            f"{yen_billion(shares)} of foreign shares. " + second.format(ord={2: "second", 3: "third"}[rank]))
    rec = next(x for x in check_text(text, date=str((wk + 1).end_time.date()), store=data) if "year" in x["claim"])
    assert rec["series"] == sid and rec["verdict"] == "supported", rec["explanation"]


@pytest.mark.parametrize("text, fig", [
    ("The bank's latent losses on bond investments, including foreign bonds, totaled some 2.2 trillion yen.",
     "some 2.2 trillion yen"),
    ("Unrealized losses on its holdings of foreign bonds and Japanese government bonds stood at 1.5 trillion yen.",
     "1.5 trillion yen"),
    ("The insurer's valuation losses on overseas securities, mostly US Treasuries, were about 800 billion yen.",
     "about 800 billion yen"),
])
def test_a_figure_whose_subject_is_a_loss_is_not_a_flow(data, text, fig):
    rec = by_claim(check_text(text, date="2024-06-18", store=data), fig)
    assert rec["verdict"] == "unverifiable", rec["explanation"]
