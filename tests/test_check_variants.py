"""Generality audit of this session's checker rules (issue 13, session 9): each rule was written for one
article's wording, so here the same facts are written as other reporters would (another verb or noun, holder,
month, word order, English or Japanese). Invented sentences; the expected values come from the loaded store."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import as_read, by_claim, series, tic_level, usd_bn_ja
from ustflow.views.check import check_text

D = "2024-05-16"  # March 2024's TIC data were out


# -- the gap between two holders (e4b7284 handled "日中間の差", "the gap between China and Japan") --------------
@pytest.mark.parametrize("template", [
    "日本と中国の保有額の差は3月に{ja}に拡大した。",
    "中国と日本の米国債保有額の差は、3月時点で{ja}となった。",
    "日中の保有額の差は{ja}だった。",
    "The gap between the holdings of Japan and those of China was {en} in March.",
    "The difference between Japanese and Chinese holdings was {en} at the end of March.",
    "The spread between Japan and China stood at {en} in March.",
    "Japan's lead over China grew to {en} in March.",
    "Japan is ahead of China by {en}, the data for March showed.",
    "China trailed Japan by {en} in March.",
    "China lagged Japan by {en} in March.",
])
def test_a_gap_between_two_holders_in_other_words(data, loaded_store, template):
    gap = tic_level(loaded_store, "japan", "2024-03") - tic_level(loaded_store, "china_mainland", "2024-03")
    en = f"${gap:.1f} billion"
    r = check_text(template.format(ja=usd_bn_ja(gap), en=en), date=D, store=data)
    rec = by_claim(r, usd_bn_ja(gap) if "{ja}" in template else en)
    assert rec["measure"] == "holdings_gap" and rec["official_period"] == "2024-03"
    assert rec["official_value"] == pytest.approx(gap) and rec["verdict"] == "supported"


def test_a_lead_said_of_the_holder_behind_is_contradicted(data, loaded_store):
    gap = tic_level(loaded_store, "japan", "2024-03") - tic_level(loaded_store, "china_mainland", "2024-03")
    rec = by_claim(check_text(f"China's margin over Japan was ${gap:.1f} billion in March.", date=D, store=data),
                   f"${gap:.1f} billion")
    assert rec["measure"] == "holdings_gap" and rec["verdict"] == "contradicted"


@pytest.mark.parametrize("text, claim, slug", [
    ("日中間の差は縮小し、中国の保有額は{cn}となった。", "{cn}", "china_mainland"),
])
def test_a_level_after_the_gap_is_the_holders_own(data, loaded_store, text, claim, slug):
    cn = usd_bn_ja(tic_level(loaded_store, slug, "2024-03"))
    rec = by_claim(check_text(text.format(cn=cn), date=D, store=data), claim.format(cn=cn))
    assert rec["measure"] == "holdings_level" and rec["verdict"] == "supported"


@pytest.mark.parametrize("text, claim, slug", [
    ("Japan's lead over China as the largest holder grew in March.", "as the largest holder", "japan"),
    ("Japan's edge over China as the top foreign holder widened in March.", "as the top foreign holder", "japan"),
    ("China, which trails Japan as the second-largest holder, cut its holdings in March.",
     "as the second-largest holder", "china_mainland"),
])
def test_a_place_said_after_a_lead_is_the_leaders(data, text, claim, slug):
    rec = by_claim(check_text(text, date=D, store=data), claim)
    assert rec["series"] == f"tic.holdings.{slug}" and rec["verdict"] == "supported"


def _change(store, slug: str, month: str) -> float:
    s = series(f"tic.holdings.{slug}", store)
    p = pd.Period(month, "M")
    return float(s[p] - s[p - 1])


# -- a move named as the subject (e181289 handled "the growth of China's holdings was limited to $X") ---------
@pytest.mark.parametrize("template", [
    "Japan's increase totaled {en} in March, Treasury data showed.",
    "The rise in Japan's holdings was {en} in March.",
    "Japan raised its stash of US treasuries by a modest {en} in March.",
])
def test_a_move_named_as_the_subject(data, loaded_store, template):
    chg = _change(loaded_store, "japan", "2024-03")
    en = f"${chg:.1f} billion"
    rec = by_claim(check_text(template.format(en=en), date=D, store=data), en)
    assert rec["measure"] == "holdings_change" and rec["official_period"] == "2024-02 to 2024-03"
    assert rec["official_value"] == pytest.approx(chg) and rec["verdict"] == "supported"


# -- an extreme of the move, not of the level (cde6823 handled '1年ぶりの大幅減少', 'fell by the most in a year') --
@pytest.mark.parametrize("text, claim, slug", [
    ("Japan's holdings rose in March, and the increase was the largest since {m}.", "the largest since {m}", "japan"),
    ("China's holdings dropped in March by the largest amount since {m}.", "the largest amount since {m}", "china_mainland"),
    ("日本の米国債保有高は3月に増え、増加幅は{jm}以来の大きさだった。", "{jm}以来の大きさ", "japan"),
    ("中国の保有額は3月、減少幅が{jm}以来の大きさとなった。", "{jm}以来の大きさ", "china_mainland"),
    ("中国の米国債保有額は3月、6カ月ぶりの大きな減少となった。", "6カ月ぶりの大きな減少", "china_mainland"),
    ("中国の米国債保有額は3月、半年ぶりの大幅減少となった。", "半年ぶりの大幅減少", "china_mainland"),
])
def test_an_extreme_of_the_move(data, loaded_store, text, claim, slug):
    """The month named is the last month with a move at least as large (the same sign), so each claim is true
    when it names that month; the official value compared is the month's change, never the level."""
    s = series(f"tic.holdings.{slug}", loaded_store).diff()
    chg = float(s[pd.Period("2024-03", "M")])
    before = s[:pd.Period("2024-02", "M")]
    last = before[before >= chg].index[-1] if chg > 0 else before[before <= chg].index[-1]
    m, jm = last.strftime("%B %Y"), f"{last.year}年{last.month}月"
    rec = by_claim(check_text(text.format(m=m, jm=jm), date=D, store=data), claim.format(m=m, jm=jm))
    assert rec["measure"] == "extreme" and rec["official_value"] == pytest.approx(chg)
    if "{" in text:
        assert rec["verdict"] == "supported"


# -- the n-th period of a sign in a window (84bb642 handled 'their ninth week of net selling in 10') ----------
_ORD = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh"}


@pytest.mark.parametrize("template, window", [
    ("Japanese investors were net sellers of foreign bonds for the {nth} time in six weeks.", 6),
    ("It was the {nth} week of net selling of foreign bonds in the last eight weeks.", 8),
    ("Japanese investors sold foreign bonds for the {nth} time in the past seven weeks.", 7),
])
def test_the_nth_period_of_a_sign_in_a_window(data, loaded_store, template, window):
    s = series("mof.weekly.assets.lt_debt.net", loaded_store)
    last = s[:pd.Timestamp("2024-04-13")].iloc[-window:]  # published by Thursday 18 April 2024
    n = int((last < 0).sum())
    r = check_text(template.format(nth=_ORD[n]), date="2024-04-18", store=data)
    rec = next(x for x in r if x["measure"] == "count_in")
    assert rec["official_value"] == n and rec["verdict"] == "supported"
    r = check_text(template.format(nth=_ORD[n + 1]), date="2024-04-18", store=data)
    assert as_read(next(x for x in r if x["measure"] == "count_in")) == "contradicted"


# -- a place after a list of the holders ahead (c299fdf handled 'the largest holder after China (and Japan)') --
@pytest.mark.parametrize("text, claim", [
    ("The United Kingdom ranks behind Japan and China as the third-largest holder.", "as the third-largest holder"),
    ("Britain is the third-biggest holder, after Japan and China.", "the third-biggest holder"),
    ("The UK is the largest holder after Japan and China.", "the largest holder"),
    ("英国は日本、中国に次ぐ3位の保有国だ。", "3位の保有国"),
    ("英国は日本と中国に次いで3位だった。", "3位"),
])
def test_a_place_after_a_list_of_the_holders_ahead(data, loaded_store, text, claim):
    top = sorted(("japan", "china_mainland", "united_kingdom"), key=lambda k: -tic_level(loaded_store, k, "2024-03"))
    assert top == ["japan", "china_mainland", "united_kingdom"]  # the order the sentences state, in March 2024
    rec = by_claim(check_text(text, date=D, store=data), claim)
    assert rec["series"] == "tic.holdings.united_kingdom" and rec["verdict"] == "supported"


# -- a run in a headline without an article (b707ced handled 'rose for the fourth month in June') ------------
@pytest.mark.parametrize("text, claim, slug", [
    ("Japan's Holdings of US Debt Rise for {nth} Month", "for {nth} Month", "japan"),
    ("China trims US Treasury holdings for {nth} month", "for {nth} month", "china_mainland"),
])
def test_a_run_in_a_headline(data, loaded_store, text, claim, slug):
    d = series(f"tic.holdings.{slug}", loaded_store).diff()[:pd.Period("2024-03", "M")]
    sign = d.iloc[-1] > 0
    n = next(i for i in range(1, 24) if (d.iloc[-i - 1] > 0) != sign)
    nth = _ORD[n].capitalize() if "Month" in text else _ORD[n]
    rec = by_claim(check_text(text.format(nth=nth), date=D, store=data), claim.format(nth=nth))
    assert rec["measure"] == "streak" and rec["official_value"] == n and rec["verdict"] == "supported"


# -- a month's end before a starting level in Japanese (c6a5f74 handled '前月末から') --------------------------
def test_a_starting_level_at_a_months_end(data, loaded_store):
    before, after = tic_level(loaded_store, "japan", "2024-02"), tic_level(loaded_store, "japan", "2024-03")
    move = round((after - before) * 10)
    for text in (f"日本の保有額は3月末に{usd_bn_ja(after)}と、2月末の{usd_bn_ja(before)}から増えた。",
                 f"日本の保有額は{usd_bn_ja(after)}で、2月末時点の{usd_bn_ja(before)}から{move}億ドル増えた。"):
        r = check_text(text, date=D, store=data)
        start = by_claim(r, usd_bn_ja(before))
        assert start["official_period"] == "2024-02" and start["verdict"] == "supported"
        if f"{move}億ドル" in text:
            rec = by_claim(r, f"{move}億ドル")
            assert rec["official_period"] == "2024-02 to 2024-03" and rec["verdict"] == "supported"


# -- gross flows in other words (cf808e4 handled 'their gross buying was 9.49 trillion yen') ----------------
@pytest.mark.parametrize("template, way", [
    ("Japanese investors bought ¥{tn} trillion of foreign bonds on a gross basis last week.", "acq"),
    ("Total acquisitions of foreign long-term bonds by Japanese investors came to {tn} trillion yen last week.", "acq"),
    ("In gross terms, Japanese investors sold ¥{tn} trillion of foreign long-term bonds last week.", "disp"),
    ("Japanese investors sold ¥{tn} trillion of foreign long-term bonds in gross terms last week.", "disp"),
    ("Gross sales of foreign long-term bonds by Japanese investors were ¥{tn} trillion last week.", "disp"),
])
def test_a_gross_flow_in_other_words(data, loaded_store, template, way):
    v = float(series(f"mof.weekly.assets.lt_debt.{way}", loaded_store)[:pd.Timestamp("2024-04-13")].iloc[-1])
    tn = f"{v / 10000:.2f}"  # 100 million yen -> trillion yen
    rec = next(x for x in check_text(template.format(tn=tn), date="2024-04-18", store=data) if tn in x["claim"])
    assert rec["series"] == f"mof.weekly.assets.lt_debt.{way}" and rec["verdict"] == "supported"


def test_gross_buying_and_selling_in_one_clause(data, loaded_store):
    week = pd.Timestamp("2024-04-13")
    acq, disp = (float(series(f"mof.weekly.liabilities.equity.{w}", loaded_store)[:week].iloc[-1]) / 10000
                 for w in ("acq", "disp"))
    r = check_text(f"Foreign investors' gross buying of Japanese stocks was {acq:.2f} trillion yen last week while their "
                   f"selling was {disp:.2f} trillion yen.", date="2024-04-18", store=data)
    assert by_claim(r, f"{acq:.2f} trillion yen")["series"] == "mof.weekly.liabilities.equity.acq"
    rec = by_claim(r, f"{disp:.2f} trillion yen")
    assert rec["series"] == "mof.weekly.liabilities.equity.disp" and rec["verdict"] == "supported"


# -- a percent change of holdings in Japanese (English 'Japan's rose 1.7%' was read; Japanese was not) --------
@pytest.mark.parametrize("template, slug", [
    ("中国の米国債保有額は3月に{pct}%減少した。", "china_mainland"),
    ("中国の米国債保有額は3月に前月比{pct}%減った。", "china_mainland"),
    ("日本の米国債保有額は3月に{pct}%増えた。", "japan"),
])
def test_a_percent_change_of_holdings_in_japanese(data, loaded_store, template, slug):
    pct = abs(_change(loaded_store, slug, "2024-03") / tic_level(loaded_store, slug, "2024-02") * 100)
    rec = by_claim(check_text(template.format(pct=f"{pct:.1f}"), date=D, store=data), f"{pct:.1f}%")
    assert rec["measure"] == "holdings_pct" and rec["official_period"] == "2024-02 to 2024-03"
    assert rec["verdict"] == "supported"


# -- a holder's possessive with its noun left out (3faec8b handled "Those of Japan, ..., climbed 1.4 percent") --
@pytest.mark.parametrize("second, slug", [
    ("Japan's, by contrast, climbed {pct} percent.", "japan"),
    ("Those of Japan, the top holder, expanded {pct}%.", "japan"),
    ("Britain's, meanwhile, advanced {pct}%.", "united_kingdom"),
    ("That of Japan rebounded {pct}%.", "japan"),
])
def test_a_holders_possessive_without_its_noun(data, loaded_store, second, slug):
    pct = f"{_change(loaded_store, slug, '2024-03') / tic_level(loaded_store, slug, '2024-02') * 100:.1f}"
    r = check_text(f"China's holdings fell in March. {second.format(pct=pct)}", date=D, store=data)
    rec = next(x for x in r if x["claim"].startswith(pct))
    assert rec["measure"] == "holdings_pct" and rec["series"] == f"tic.holdings.{slug}" and rec["verdict"] == "supported"


# -- a change after a starting level with its own period (2b9c06c / 7370cfe handled the Japanese chain) ------
@pytest.mark.parametrize("template", [
    "China's holdings slipped to US${lvl}bn in March, from US${frm}bn a month earlier, a fall of US${chg}bn.",
    "China held {lvl} billion dollars of US Treasuries in March, {chg} billion less than in February.",
    "China's holdings were ${lvl} billion in March, some ${chg} billion lower than the previous month.",
])
def test_a_change_against_the_month_before_in_other_words(data, loaded_store, template):
    lvl, frm = tic_level(loaded_store, "china_mainland", "2024-03"), tic_level(loaded_store, "china_mainland", "2024-02")
    chg = f"{abs(lvl - frm):.1f}"
    text = template.format(lvl=f"{lvl:.1f}", frm=f"{frm:.1f}", chg=chg)
    rec = next(x for x in check_text(text, date=D, store=data) if chg in x["claim"])
    assert rec["measure"] == "holdings_change" and rec["official_period"] == "2024-02 to 2024-03"
    assert rec["verdict"] == "supported"


# -- runs in other words ('for a second week', '2週連続' were read) ----------------------------------------------
@pytest.mark.parametrize("template", [
    "海外投資家の日本株買い越しは{n}週続いた。",
    "Foreign investors extended their buying streak in Japanese stocks to {n} weeks.",
    "Foreign investors bought Japanese stocks for {n} weeks in a row.",
])
def test_a_run_of_weekly_buying_in_other_words(data, loaded_store, template):
    s = series("mof.weekly.liabilities.equity.net", loaded_store)[:pd.Timestamp("2024-04-13")]
    n = next(i for i in range(1, 30) if s.iloc[-i - 1] <= 0)  # the weeks of net buying up to 7-13 April 2024
    rec = next(x for x in check_text(template.format(n=n), date="2024-04-18", store=data) if x["measure"] == "streak")
    assert rec["official_value"] == n and rec["verdict"] == "supported"
    rec = next(x for x in check_text(template.format(n=n + 2), date="2024-04-18", store=data) if x["measure"] == "streak")
    assert rec["verdict"] == "contradicted"


# -- a move of the gap between two holders, not its size --------------------------------------------------------
@pytest.mark.parametrize("template", [
    "The gap between Japan and China {en_verb} by ${en} billion in {month}.",
    "The gap between Japan and China, which had {other} the month before, {en_verb} by ${en} billion in {month}.",
    "Japan's lead over China {en_lead} by ${en} billion in {month}.",
    "日本と中国の保有額の差は{jm}月に{ja}億ドル{ja_verb}した。",
])
@pytest.mark.parametrize("month", ["2024-03", "2023-12"])
def test_a_move_of_the_gap_between_two_holders(data, loaded_store, template, month):
    p = pd.Period(month, "M")
    gap = series("tic.holdings.japan", loaded_store) - series("tic.holdings.china_mainland", loaded_store)
    move = float(gap[p] - gap[p - 1])  # Japan leads in both months: the lead's move is the gap's
    words = dict(en_verb="widened" if move > 0 else "narrowed", en_lead="grew" if move > 0 else "shrank",
                 other="narrowed" if move > 0 else "widened",
                 ja_verb="拡大" if move > 0 else "縮小", en=f"{abs(move):.1f}", ja=f"{round(abs(move) * 10)}",
                 month=p.strftime("%B %Y"), jm=p.month)
    text = template.format(**words)
    date = "2024-05-16" if month == "2024-03" else "2024-02-16"
    claim = f"${words['en']} billion" if "$" in template else f"{words['ja']}億ドル"
    rec = by_claim(check_text(text, date=date, store=data), claim)
    assert rec["official_period"] == f"{p - 1} to {p}" and rec["official_value"] == pytest.approx(move)
    assert rec["verdict"] == "supported"
    wrong = text.replace(f"{words['en_verb']} by", f"{words['other']} by")
    if wrong != text:
        assert by_claim(check_text(wrong, date=date, store=data), claim)["verdict"] == "contradicted"


# -- a numbered list of holders in other forms (cf52e4c handled "1. 日本──1兆1300億ドル 2. 英国──…") ------------
@pytest.mark.parametrize("item", [
    "{n}. {who}: {v}",     # a colon
    "{c}{who} {v}",        # a circled number and a space
    "{n}位 {who} {v}、",   # 位 and a comma between items
    "第{n}位 {who}──{v}",
])
def test_a_numbered_list_of_holders_in_other_forms(data, loaded_store, item):
    names = [("japan", "日本"), ("china_mainland", "中国"), ("united_kingdom", "英国")]
    levels = {slug: tic_level(loaded_store, slug, "2024-03") for slug, _ in names}
    names.sort(key=lambda t: -levels[t[0]])
    body = " ".join(item.format(n=i + 1, c="①②③"[i], who=who, v=usd_bn_ja(levels[slug])) for i, (slug, who) in enumerate(names))
    r = check_text(f"3月末の米国債保有額上位は以下の通り。{body}", date=D, store=data)
    for slug, _ in names:
        lvl = by_claim(r, usd_bn_ja(levels[slug]))
        assert lvl["series"] == f"tic.holdings.{slug}" and lvl["verdict"] == "supported"
    ranks = [x for x in r if x["measure"] == "rank"]
    assert len(ranks) == 3 and all(x["verdict"] == "supported" for x in ranks)


# -- the n-th largest since the year began (b48a369 handled '今年最大の減少'; '過去2番目' was read) -----------------
@pytest.mark.parametrize("template", [
    "海外投資家は先週、日本株を{ja}億円買い越した。今年に入って{n}番目の規模だった。",
    "海外投資家は先週、日本株を{ja}億円買い越した。年初来で{n}番目の大きさ。",
    "Foreign investors bought a net ¥{en} billion of Japanese stocks last week, the {nth}-largest this year.",
    "Foreign investors bought a net ¥{en} billion of Japanese stocks last week, the {nth}-biggest weekly purchase of 2024.",
])
def test_the_nth_largest_this_year(data, loaded_store, template):
    s = series("mof.weekly.liabilities.equity.net", loaded_store)[pd.Timestamp("2024-01-01"):pd.Timestamp("2024-04-13")]
    v = float(s.iloc[-1])
    n = int((s >= v).sum())
    assert n >= 2  # the week of 7-13 April 2024 was not the year's largest
    text = template.format(ja=f"{v:.0f}", en=f"{v / 10:.1f}", n=n, nth=_ORD[n])
    rec = next(x for x in check_text(text, date="2024-04-18", store=data) if x["measure"] == "extreme")
    assert rec["official_value"] == pytest.approx(v) and rec["verdict"] == "supported"


def test_the_largest_since_the_year_began_when_it_was_not(data, loaded_store):
    r = check_text("Foreign investors bought a net ¥1.73 trillion of Japanese stocks last week, the largest since the "
                   "start of the year.", date="2024-04-18", store=data)
    s = series("mof.weekly.liabilities.equity.net", loaded_store)[pd.Timestamp("2024-01-01"):pd.Timestamp("2024-04-13")]
    assert s.max() > s.iloc[-1]
    assert next(x for x in r if x["measure"] == "extreme")["verdict"] == "contradicted"


# -- a change since the end of last year (c6a5f74 handled '昨年末から', '前年末比'; English was read as that year's) ---
@pytest.mark.parametrize("template", [
    "China's holdings have fallen ${en} billion since the end of last year, to ${lvl} billion in March.",
    "China's holdings are down ${en} billion from the end of 2023.",
    "China's holdings were down ${en} billion in March compared with the end of last year.",
    "中国の米国債保有額は3月末時点で、昨年12月末から{ja}億ドル減少した。",
    "中国の米国債保有額は年初から{ja}億ドル減った。",
])
def test_a_change_since_the_end_of_last_year(data, loaded_store, template):
    dec, mar = tic_level(loaded_store, "china_mainland", "2023-12"), tic_level(loaded_store, "china_mainland", "2024-03")
    chg = mar - dec
    text = template.format(en=f"{abs(chg):.1f}", ja=round(abs(chg) * 10), lvl=f"{mar:.1f}")
    claim = f"${abs(chg):.1f} billion" if "$" in template else f"{round(abs(chg) * 10)}億ドル"
    rec = by_claim(check_text(text, date=D, store=data), claim)
    assert rec["official_period"] == "2023-12 to 2024-03" and rec["official_value"] == pytest.approx(chg)
    assert rec["verdict"] == "supported"


def test_the_year_to_the_end_of_a_year_is_that_year(data, loaded_store):
    chg = tic_level(loaded_store, "china_mainland", "2023-12") - tic_level(loaded_store, "china_mainland", "2022-12")
    rec = by_claim(check_text(f"China's holdings fell ${abs(chg):.1f} billion in the year to the end of 2023.", date=D,
                              store=data), f"${abs(chg):.1f} billion")
    assert rec["official_period"] == "2022-12 to 2023-12" and rec["verdict"] == "supported"


def test_a_level_reached_by_a_years_end_with_no_start_for_the_move(data, loaded_store):
    dec = tic_level(loaded_store, "china_mainland", "2023-12")
    assert dec > tic_level(loaded_store, "china_mainland", "2023-11")  # it rose in the month, fell over the year
    rec = by_claim(check_text(f"By the end of 2023, China's holdings had fallen to ${dec:.1f} billion.", date=D,
                              store=data), f"${dec:.1f} billion")
    assert rec["official_period"] == "2023-12" and rec["verdict"] == "supported"


# -- the whole a figure is 'held' by, after it (a448b07 'held by China'; 76414db 'jointly' and the whole) -----
@pytest.mark.parametrize("template, slug", [
    ("Japan and China, which together own about a quarter of the ${v} trillion held abroad, both bought.", "grand_total"),
    ("Japan and China hold nearly a quarter of the ${v} trillion of U.S. Treasuries held overseas.", "grand_total"),
    ("Japan and China jointly hold about a quarter of the ${v} trillion in Treasuries owned by foreigners.", "grand_total"),
    ("Foreign holdings reached $8.1 trillion in March, including ${v} billion held by China.", "china_mainland"),
])
def test_the_holder_a_figure_is_held_by(data, loaded_store, template, slug):
    lvl = tic_level(loaded_store, slug, "2024-03")
    v = f"{lvl / 1000:.1f}" if slug == "grand_total" else f"{lvl:.1f}"
    rec = next(x for x in check_text(template.format(v=v), date=D, store=data) if x["claim"].startswith(f"${v}"))
    assert rec["series"] == f"tic.holdings.{slug}" and rec["verdict"] == "supported"


def test_a_japanese_since_with_the_trade_named(data, loaded_store):
    """'2024年3月以来の売り越し規模' (the trade named between 以来の and 規模), as '2024年3月以来の大きさ' was read."""
    s = series("mof.weekly.assets.lt_debt.net", loaded_store)[:pd.Timestamp("2024-04-13")]
    v = float(s.iloc[-1])
    assert v < 0 and s[pd.Timestamp("2024-03-01"):].iloc[:-1].min() <= v  # a larger sale in March: true since March
    r = check_text(f"日本の投資家は先週、外国中長期債を{-v:.0f}億円売り越した。2024年3月以来の売り越し規模だった。",
                   date="2024-04-18", store=data)
    rec = next(x for x in r if x["measure"] == "extreme")
    assert rec["official_value"] == pytest.approx(v) and rec["verdict"] == "supported"


@pytest.mark.parametrize("text, claim", [
    ("Foreign investors bought $20 billion more Treasuries than in February.", "$20 billion"),
    ("Foreign investors bought $20 billion more than in February.", "$20 billion"),
    ("Japanese investors bought ¥500 billion more foreign bonds last week than the previous week.", "¥500 billion"),
])
def test_a_difference_between_two_periods_trades_is_unverifiable(data, text, claim):
    """Not the period's own trades (a true difference was contradicted against them): the difference is not computed."""
    rec = by_claim(check_text(text, date=D, store=data), claim)
    assert rec["verdict"] == "unverifiable" and "earlier period" in rec["explanation"]


# -- the run before the figure's month (b707ced 'after falling for two months'; 2e7ed4c 'following five ...') --
@pytest.mark.parametrize("template", [
    "Japan's holdings rose in March, after rising for {n} months.",
    "Japan's holdings rose in March, having risen for {n} straight months.",
])
def test_the_run_before_the_month_with_its_own_verb(data, loaded_store, template):
    d = series("tic.holdings.japan", loaded_store).diff()[:pd.Period("2024-02", "M")]
    n = next(i for i in range(1, 24) if d.iloc[-i] <= 0) - 1  # rises to February 2024
    assert n >= 2
    rec = next(x for x in check_text(template.format(n=n), date=D, store=data) if x["measure"] == "streak_before")
    assert rec["official_period"] == "2024-02" and rec["official_value"] == n and rec["verdict"] == "supported"
