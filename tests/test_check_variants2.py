"""Second generality audit (issue 13, session 9): the Japanese rules of this session written in English, the
date an article was published found in other outlets' headers (the verdicts without --date must be those with
it), and mixed articles whose sentences name different holders, periods, yields and the yen (nothing may leak
from one sentence to the next). Invented texts; the expected values come from the loaded store."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series, tic_level, usd_bn_ja
from ustflow.views.check import check_text, publication_date

D = "2024-05-16"  # March 2024's TIC data were out (Wednesday 15 May 2024)


def _facts(store) -> dict:
    jp3, jp2 = tic_level(store, "japan", "2024-03"), tic_level(store, "japan", "2024-02")
    cn3, cn2 = tic_level(store, "china_mainland", "2024-03"), tic_level(store, "china_mainland", "2024-02")
    uk3, uk2 = tic_level(store, "united_kingdom", "2024-03"), tic_level(store, "united_kingdom", "2024-02")
    return {"jp": jp3, "jp_move": jp3 - jp2, "cn": cn3, "cn_move": cn3 - cn2, "uk": uk3, "uk2": uk2,
            "uk_move": uk3 - uk2}


def _verdicts(results: list[dict]) -> list[tuple]:
    return [(r["claim"], r["measure"], r.get("official_period"), r["verdict"]) for r in results]


# -- (a) the Japanese chains, ranks and comparisons in English -------------------------------------------------
def test_a_move_to_a_level_in_english_takes_the_moves_direction(data, loaded_store):
    """'fell $X to $Y' (the English of '…億ドル減の…億ドル'): the move and the level are the month's; said in the
    wrong direction both are contradicted, in the right one both supported."""
    f = _facts(loaded_store)
    up, down = ("rose", "fell") if f["jp_move"] > 0 else ("fell", "rose")
    for verb, verdict in ((up, "supported"), (down, "contradicted")):
        text = f"Japan's holdings {verb} ${abs(f['jp_move']):.1f} billion to ${f['jp'] / 1000:.3f} trillion in March."
        r = check_text(text, date=D, store=data)
        move = by_claim(r, f"${abs(f['jp_move']):.1f} billion")
        assert move["measure"] == "holdings_change" and move["official_period"] == "2024-02 to 2024-03"
        assert move["verdict"] == verdict


@pytest.mark.parametrize("template", [
    "Japan held ${jp} trillion in March, more than China's ${cn} billion.",
    "Japan's holdings were ${jp} trillion in March, ahead of China's ${cn} billion.",
    "Japan's holdings rose to ${jp} trillion in March, compared with China's ${cn} billion.",
    "Japan, with ${jp} trillion in March, held more than China's ${cn} billion.",
])
def test_another_holders_level_compared_in_english(data, loaded_store, template):
    """'…中国の1兆1125億ドルを上回った' is China's level (57120db); so is 'more than China's $X' (it was read as
    Japan's: unverifiable)."""
    f = _facts(loaded_store)
    r = check_text(template.format(jp=f"{f['jp'] / 1000:.3f}", cn=f"{f['cn']:.1f}"), date=D, store=data)
    assert by_claim(r, f"${f['jp'] / 1000:.3f} trillion")["verdict"] == "supported"
    rec = by_claim(r, f"${f['cn']:.1f} billion")
    assert (rec["series"], rec["official_period"], rec["verdict"]) == \
        ("tic.holdings.china_mainland", "2024-03", "supported")
    wrong = template.format(jp=f"{f['jp'] / 1000:.3f}", cn=f"{f['cn'] + 40:.1f}")
    assert by_claim(check_text(wrong, date=D, store=data), f"${f['cn'] + 40:.1f} billion")["verdict"] == "contradicted"


@pytest.mark.parametrize("text, claim, slug, rank", [
    ("China, the second-largest holder after Japan, held ${cn} billion in March.", "the second-largest holder",
     "china_mainland", 2),
    ("China is the second-biggest holder behind Japan.", "the second-biggest holder", "china_mainland", 2),
    ("The largest holder is Japan, with ${jp} trillion in March.", "The largest holder", "japan", 1),
    ("The biggest foreign holder of Treasuries was Japan in March.", "The biggest foreign holder", "japan", 1),
])
def test_a_place_among_holders_in_english(data, loaded_store, text, claim, slug, rank):
    f = _facts(loaded_store)
    rec = by_claim(check_text(text.format(cn=f"{f['cn']:.1f}", jp=f"{f['jp'] / 1000:.3f}"), date=D, store=data),
                   claim)
    assert rec["series"] == f"tic.holdings.{slug}" and rec["official_value"] == rank
    assert rec["verdict"] == "supported"


@pytest.mark.parametrize("text", [
    "China, in second place, held ${cn} billion in March.",
    "Britain was third with ${uk} billion in March.",
    "Britain ranked third, with ${uk} billion, in March.",
    "Top foreign holders in March: 1. Japan - ${jp} trillion 2. China - ${cn} billion 3. Britain - ${uk} billion",
])
def test_a_place_with_a_level_in_english_is_never_a_wrong_verdict(data, loaded_store, text):
    """'英国は7793億ドルで2位', '1位 日本 1兆…' are read in Japanese; the English forms are true, and whatever
    the checker reads of them must not be contradicted."""
    f = _facts(loaded_store)
    r = check_text(text.format(cn=f"{f['cn']:.1f}", uk=f"{f['uk']:.1f}", jp=f"{f['jp'] / 1000:.3f}"), date=D,
                   store=data)
    assert r and all(x["verdict"] != "contradicted" for x in r), _verdicts(r)


# -- (b) the publication date from other outlets' headers, without --date --------------------------------------
def _body(f: dict, year: str = "") -> str:
    return (f"Japan's holdings of U.S. Treasuries rose ${f['jp_move']:.1f} billion to ${f['jp'] / 1000:.3f} trillion "
            f"in March{year}, Treasury Department data showed on Wednesday. China's holdings fell to ${f['cn']:.1f} "
            "billion in March.\n")


def _ja_body(f: dict) -> str:
    return (f"米財務省が15日発表した国際資本収支統計によると、3月末の日本の米国債保有額は前月比{usd_bn_ja(f['jp_move'])}増の"
            f"{usd_bn_ja(f['jp'])}だった。中国は{usd_bn_ja(f['cn'])}だった。\n")


@pytest.mark.parametrize("head, day, ja", [
    ("Tokyo (AFP) – Japan keeps its lead\n\nPublished May 16, 2024 at 6:05 AM\n\n", 16, False),
    ("WASHINGTON, May 15, 2024 (AFP) - ", 15, False),
    ("16 May 2024 - 06:05AM\n\nWashington (AFP) - ", 16, False),
    ("KYODO NEWS - May 16, 2024 - 06:05 | Business\n\nWASHINGTON - ", 16, False),
    ("WASHINGTON, May 15 Kyodo - ", 15, " 2024"),  # no year in the dateline: the story's month gives it
    ("TOKYO, MAY 16 Kyodo - ", 16, " 2024"),
    ("WASHINGTON, MAY 15 (Reuters) - ", 15, " 2024"),
    ("Source: Xinhua | 2024-05-16 06:05:12 | Editor: huaxia\n\nWASHINGTON, May 15 (Xinhua) -- ", 16, False),
    ("Japan remains top holder of US debt\n\nMay 16, 2024 06:05 JST\n\nNEW YORK -- ", 16, False),
    ("Japan's Treasury pile grows\n\nPUBLISHED THU, MAY 16 2024 6:05 AM EDT\nUPDATED THU, MAY 16 2024 8:10 AM EDT\n\n",
     16, False),
    ("WASHINGTON, MAY 15, 2024 (AP) - ", 15, False),
    ("Last Updated: May 16, 2024 at 9:12 a.m. ET\nFirst Published: May 15, 2024 at 4:05 p.m. ET\n\n", 15, False),
    ("Reuters\nThu, May 16, 2024, 6:05 AM GMT+9 · 2 min read\n\n", 16, False),
    ("Bloomberg\nMay 15, 2024 · 3 min read\n\n", 15, False),
    ("日本の米国債保有、3月は増加\n2024年5月16日 6:05\n\n", 16, True),
    ("2024/5/16 6:05 日本経済新聞 電子版\n\n", 16, True),
    ("2024年05月16日06時05分\n\n【ワシントン時事】", 16, True),
    ("2024.05.16\n\n", 16, True),
    ("公開日：2024年5月16日\n\n", 16, True),
    ("2024年5月16日 6:05 JST\n\n", 16, True),
    ("日本の米国債保有、3月は増加\n\n[ワシントン 2024年5月15日 ロイター] - ", 15, True),
])
def test_an_outlets_header_dates_the_story_as_date_does(data, loaded_store, head, day, ja):
    f = _facts(loaded_store)
    text = head + (_ja_body(f) if ja is True else _body(f, ja or ""))
    pub = publication_date(text, store=loaded_store)
    assert str(pub.date) == f"2024-05-{day}", pub.how
    assert _verdicts(check_text(text, store=data)) == _verdicts(check_text(text, date=pub.date, store=data))


@pytest.mark.parametrize("head", [
    "WASHINGTON, May 15 (Xinhua) -- ",  # neither the dateline nor the story names a year
    "5/16(木) 6:05配信\n\n",
    "[ワシントン 15日 ロイター] - ",
])
def test_a_header_without_a_year_the_story_can_tell_dates_nothing(data, loaded_store, head):
    f = _facts(loaded_store)
    text = head + (_body(f) if head.startswith("W") else _ja_body(f))
    assert publication_date(text, store=loaded_store).date is None
    r = check_text(text, store=data)
    assert r and all(x["verdict"] == "unverifiable" for x in r), _verdicts(r)


# -- (c) a mixed article: holders, periods, a yield and the yen in turn ----------------------------------------
def _mixed(f: dict, cn12: float) -> str:
    return ("Japan stays top holder of US debt\n\nWASHINGTON, May 15, 2024 (Reuters) - "
            f"Japan's holdings of U.S. Treasuries rose ${f['jp_move']:.1f} billion to ${f['jp'] / 1000:.3f} trillion "
            "in March, data showed on Wednesday.\n\nThe benchmark 10-year yield rose to 4.6% in April.\n\n"
            f"China's holdings fell ${-f['cn_move']:.1f} billion from February to ${f['cn']:.1f} billion. Since the "
            f"end of last year, they have fallen ${cn12 - f['cn']:.1f} billion.\n\n"
            "The yen weakened past 150 per dollar in March.\n\n"
            f"Britain's holdings rose to ${f['uk']:.1f} billion, up from ${f['uk2']:.1f} billion in February. "
            f"It increased its holdings by ${f['uk_move']:.1f} billion.\n")


def test_a_mixed_article_keeps_each_sentences_holder_and_period(data, loaded_store):
    f = _facts(loaded_store)
    cn12 = tic_level(loaded_store, "china_mainland", "2023-12")
    assert f["jp_move"] > 0 > f["cn_move"] and f["uk_move"] > 0  # the text's verbs
    text = _mixed(f, cn12)
    r = check_text(text, store=data)
    assert _verdicts(r) == _verdicts(check_text(text, date="2024-05-15", store=data))
    want = {
        f"${f['jp_move']:.1f} billion": ("japan", "2024-02 to 2024-03", "supported"),
        f"${f['jp'] / 1000:.3f} trillion": ("japan", "2024-03", "supported"),
        f"${-f['cn_move']:.1f} billion": ("china_mainland", "2024-02 to 2024-03", "supported"),
        f"${f['cn']:.1f} billion": ("china_mainland", "2024-03", "supported"),
        f"${f['uk']:.1f} billion": ("united_kingdom", "2024-03", "supported"),
        f"${f['uk2']:.1f} billion": ("united_kingdom", "2024-02", "supported"),
        f"${f['uk_move']:.1f} billion": ("united_kingdom", "2024-02 to 2024-03", "supported"),
    }
    for claim, (slug, period, verdict) in want.items():
        rec = by_claim(r, claim)
        assert (rec["series"], rec["official_period"], rec["verdict"]) == (f"tic.holdings.{slug}", period, verdict)
    assert by_claim(r, "4.6%")["series"] == "fred.dgs10" and by_claim(r, "4.6%")["verdict"] == "supported"
    assert by_claim(r, "4.6%")["official_period"].startswith("2024-04")
    assert by_claim(r, "past 150 per dollar")["official_period"].startswith("2024-03")
    rec = by_claim(r, f"${cn12 - f['cn']:.1f} billion")  # 'Since the end of last year, they ...': China's, from December
    assert (rec["series"], rec["official_period"], rec["verdict"]) == \
        ("tic.holdings.china_mainland", "2023-12 to 2024-03", "supported")


def test_a_mixed_article_in_japanese(data, loaded_store):
    f = _facts(loaded_store)
    cn12 = tic_level(loaded_store, "china_mainland", "2023-12")
    text = ("日本の米国債保有、3月は増加\n\n[ワシントン 2024年5月15日 ロイター] - 米財務省が15日発表した統計によると、"
            f"日本の米国債保有額は3月に{usd_bn_ja(f['jp_move'])}増加し、{usd_bn_ja(f['jp'])}となった。\n\n"
            "米10年債利回りは4月に4.6%に上昇した。\n\n"
            f"中国は前月比{usd_bn_ja(-f['cn_move'])}減の{usd_bn_ja(f['cn'])}。昨年末からは{usd_bn_ja(cn12 - f['cn'])}減った。\n\n"
            "円相場は3月に1ドル=150円台まで下落した。\n\n"
            f"英国は{usd_bn_ja(f['uk'])}と、2月の{usd_bn_ja(f['uk2'])}から増えた。\n")
    r = check_text(text, store=data)
    assert _verdicts(r) == _verdicts(check_text(text, date="2024-05-15", store=data))
    for claim, slug, period in ((usd_bn_ja(f["jp_move"]), "japan", "2024-02 to 2024-03"), (usd_bn_ja(f["jp"]), "japan", "2024-03"),
                                (usd_bn_ja(-f["cn_move"]), "china_mainland", "2024-02 to 2024-03"),
                                (usd_bn_ja(f["cn"]), "china_mainland", "2024-03"),
                                (usd_bn_ja(f["uk"]), "united_kingdom", "2024-03"),
                                (usd_bn_ja(f["uk2"]), "united_kingdom", "2024-02")):
        rec = by_claim(r, claim)
        assert (rec["series"], rec["official_period"], rec["verdict"]) == (f"tic.holdings.{slug}", period, "supported")
    assert by_claim(r, "4.6%")["series"] == "fred.dgs10" and by_claim(r, "4.6%")["verdict"] == "supported"
    assert by_claim(r, usd_bn_ja(cn12 - f["cn"]))["verdict"] != "contradicted"


# -- the English of '昨年末から…減った' and the Japanese of 'to $X, from $Y in February' -------------------------
@pytest.mark.parametrize("template", [
    "Since the end of last year, China's holdings have fallen by ${d} billion.",
    "Since the end of 2023, China's holdings have dropped ${d} billion.",
    "Since December, China's holdings have fallen ${d} billion.",
    "China's holdings have fallen ${d} billion since the end of last year.",
    "China's holdings fell to ${cn} billion in March, down ${d} billion from the end of 2023.",
    "中国の米国債保有額は昨年末から{ja}減少した。",
    "中国の保有額は3月末時点で{cn_ja}と、昨年末から{ja}減った。",
])
def test_a_change_since_the_end_of_last_year_said_first_or_last(data, loaded_store, template):
    """A period leading the sentence ('Since the end of last year, ...') governs its main clause: it was taken as a
    clause of its own, and the change read as March's (unverifiable, or contradicted had the two been close)."""
    cn, cn12 = tic_level(loaded_store, "china_mainland", "2024-03"), tic_level(loaded_store, "china_mainland", "2023-12")
    d = cn12 - cn
    text = template.format(d=f"{d:.1f}", cn=f"{cn:.1f}", ja=usd_bn_ja(d), cn_ja=usd_bn_ja(cn))
    rec = by_claim(check_text(text, date=D, store=data), usd_bn_ja(d) if "{ja}" in template else f"${d:.1f} billion")
    assert rec["measure"] == "holdings_change" and rec["official_period"] == "2023-12 to 2024-03"
    assert rec["verdict"] == "supported"


@pytest.mark.parametrize("template", [
    "中国の米国債保有額は3月に{cn}と前月の{cn2}から減少した。",
    "中国の米国債保有額は3月、{cn}と2月の{cn2}から減少した。",
    "中国の米国債保有額は3月、{cn}と、前月の{cn2}から減少した。",
    "中国の米国債保有額は{cn}と2月末の{cn2}から減った。",
])
def test_a_level_set_against_an_earlier_level_with_to(data, loaded_store, template):
    """'XとYから減少した' (the Japanese of 'fell to $X from $Y'): X is the level reached (it was read as a change)."""
    cn, cn2 = tic_level(loaded_store, "china_mainland", "2024-03"), tic_level(loaded_store, "china_mainland", "2024-02")
    r = check_text(template.format(cn=usd_bn_ja(cn), cn2=usd_bn_ja(cn2)), date=D, store=data)
    rec = by_claim(r, usd_bn_ja(cn))
    assert (rec["measure"], rec["official_period"], rec["verdict"]) == ("holdings_level", "2024-03", "supported")
    rec = by_claim(r, usd_bn_ja(cn2))
    assert (rec["measure"], rec["official_period"], rec["verdict"]) == ("holdings_level", "2024-02", "supported")


# -- a flow compared with an earlier period's, in other words (e793be8 handled '$20 billion more ... than in February')
@pytest.mark.parametrize("text", [
    "Japanese investors bought ¥{tn} trillion less foreign bonds last week than the week before.",
    "Japanese investors sold ¥353.7 billion of foreign bonds last week, ¥{tn} trillion less than they bought the week "
    "before.",
    "Japanese investors' net buying of foreign bonds fell by ¥{tn} trillion from the previous week.",
    "国内投資家の対外中長期債の買い越し額は前週より{ja}少なかった。",
    "国内投資家は先週、対外中長期債を前週より{ja}少なく買い越した。",
    "対外中長期債への投資は前週比{ja}減少した。",
])
def test_a_flow_compared_with_the_week_before_is_a_difference(data, loaded_store, text):
    """The difference of two weeks' net trades is not either week's trades: unverifiable with that reason (it was
    judged against one week's: a true difference contradicted)."""
    s = series("mof.weekly.assets.lt_debt.net", loaded_store)[:pd.Timestamp("2025-03-08")]
    d = float(s.iloc[-2] - s.iloc[-1])  # 100 million yen
    ja = f"{int(d) // 10000}兆{int(d) % 10000}億円"
    r = check_text(text.format(tn=f"{d / 10000:.2f}", ja=ja), date="2025-03-13", store=data)
    rec = next(x for x in r if x["claim"] in (f"¥{d / 10000:.2f} trillion", ja))
    assert rec["verdict"] == "unverifiable" and "difference between a period's trades" in rec["explanation"]


# -- a run before the figure's month, in Japanese (30bd1e6 handled 'fell in March, after falling for two months') --
def _run_to(store, slug: str, month: str) -> int:
    d = series(f"tic.holdings.{slug}", store).diff()[:pd.Period(month, "M")]
    sign, n = (1 if d.iloc[-1] > 0 else -1), 0
    while n < len(d) and d.iloc[-1 - n] * sign > 0:
        n += 1
    return n


@pytest.mark.parametrize("template, claim", [
    ("China's holdings fell in March, after falling for {n} straight months.", "for {n} straight months"),
    ("中国の米国債保有額は3月、{n}カ月連続で減少した後、さらに減った。", "{n}カ月連続"),
    ("中国の米国債保有額は3月、{n}カ月連続の減少の後、さらに減った。", "{n}カ月連続"),
    ("中国の米国債保有額は{n}カ月連続の減少を経て、3月も減少した。", "{n}カ月連続"),
])
def test_a_run_before_the_figures_month_in_japanese(data, loaded_store, template, claim):
    """'…連続で減少した後' is a run to the month before (it was read as a run to March: a true run contradicted)."""
    n = _run_to(loaded_store, "china_mainland", "2024-02")
    assert series("tic.holdings.china_mainland", loaded_store).diff()[pd.Period("2024-03", "M")] < 0  # 'さらに減った'
    words = {2: "two", 3: "three", 4: "four", 5: "five"}
    text = template.format(n=words[n] if template.isascii() else n)
    rec = by_claim(check_text(text, date=D, store=data), claim.format(n=words[n] if template.isascii() else n))
    assert rec["measure"] == "streak_before" and rec["official_period"] == "2024-02"
    assert rec["official_value"] == n and rec["verdict"] == "supported"


@pytest.mark.parametrize("text", [
    "The yen fell to 155 per dollar on April 29. China's holdings fell to ${cn} billion.",
    "The 10-year yield rose to 4.7% in April. China's holdings fell to ${cn} billion.",
    "Japan intervened in the currency market on April 29. China's holdings fell to ${cn} billion.",
    "In the week to May 4, Japanese investors sold a net ¥1.02 trillion of foreign bonds. China's holdings fell to "
    "${cn} billion.",
    "円相場は4月29日に1ドル=160円まで下落した。中国の米国債保有額は{cn_ja}に減った。",
    "米10年債利回りは4月に4.7%に上昇した。中国の米国債保有額は{cn_ja}に減った。",
])
def test_a_date_of_a_market_sentence_does_not_date_the_next_holdings_figure(data, loaded_store, text):
    """A yen, yield, intervention or weekly-flow sentence's day or month is not carried to the next sentence's TIC
    level, which stays the latest month published (March 2024 on 16 May 2024)."""
    cn = tic_level(loaded_store, "china_mainland", "2024-03")
    r = check_text(text.format(cn=f"{cn:.1f}", cn_ja=usd_bn_ja(cn)), date=D, store=data)
    rec = by_claim(r, usd_bn_ja(cn) if "{cn_ja}" in text else f"${cn:.1f} billion")
    assert (rec["official_period"], rec["verdict"]) == ("2024-03", "supported")


@pytest.mark.parametrize("text", [
    "WASHINGTON, May 15 (Reuters) - China's holdings are the lowest since 2009. Japan's holdings of U.S. Treasuries "
    "rose $19.4 billion to $1.167 trillion in March, data showed on Wednesday.",
    "China's holdings are the lowest since the end of 2009. Japan's holdings rose $19.4 billion to $1.167 trillion in "
    "March.",
    "中国の保有額は2009年以来の低水準となった。日本の米国債保有額は3月に194億ドル増えた。",
])
def test_a_look_backs_year_does_not_date_a_month_without_a_date(data, text):
    """With no publication date, 'in March' took its year from 'since 2009' (the last year named earlier): March
    2009's data, and true claims contradicted. A look-back's year dates nothing: unverifiable, no date."""
    r = check_text(text, store=data)
    assert r and all(x["verdict"] == "unverifiable" for x in r), _verdicts(r)


@pytest.mark.parametrize("ja", [False, True])
def test_a_mixed_mof_article_keeps_each_sentences_investors(data, loaded_store, ja):
    """Residents' foreign bonds, then the yen, then non-residents' Japanese stocks: each figure keeps its own side
    and the week named in the first sentence."""
    def week(sid: str) -> float:
        return float(series(sid, loaded_store)[:pd.Timestamp("2024-05-11")].iloc[-1])
    out, inn = week("mof.weekly.assets.lt_debt.net"), week("mof.weekly.liabilities.equity.net")

    def words(v: float) -> tuple[str, str]:  # (claim, verb) in 100 million yen
        n = int(round(abs(v)))
        if ja:
            return (f"{n // 10000}兆{n % 10000}億円" if n >= 10000 else f"{n}億円"), ("売り越し" if v < 0 else "買い越し")
        return f"¥{abs(v) / 10000:.2f} trillion", ("sold" if v < 0 else "bought")
    (a, va), (b, vb) = words(out), words(inn)
    text = (f"5月5～11日の週に国内投資家は対外中長期債を{a}{va}た。円相場は1ドル=155円台で推移した。"
            f"海外投資家は日本株を{b}{vb}た。" if ja else
            f"Japanese investors {va} a net {a} of foreign bonds in the week to May 11. The yen hovered around 155 "
            f"per dollar. Foreign investors {vb} a net {b} of Japanese stocks.")
    r = check_text(text, date=D, store=data)
    for claim, sid in ((a, "mof.weekly.assets.lt_debt.net"), (b, "mof.weekly.liabilities.equity.net")):
        rec = by_claim(r, claim)
        assert (rec["series"], rec["official_period"], rec["verdict"]) == (sid, "2024-05-05..2024-05-11", "supported")


# -- gross flows in Japanese (06c1863 handled 'on a gross basis', 'total acquisitions') -------------------------
@pytest.mark.parametrize("template, way", [
    ("対外中長期債の取得は総額{v}だった。", "acq"),
    ("対外中長期債の処分総額は{v}だった。", "disp"),
    ("国内投資家による対外中長期債の購入額の合計は{v}だった。", "acq"),
])
def test_a_gross_flow_in_japanese(data, loaded_store, template, way):
    v = int(series(f"mof.weekly.assets.lt_debt.{way}", loaded_store)[:pd.Timestamp("2025-03-08")].iloc[-1])
    ja = f"{v // 10000}兆{v % 10000}億円"
    rec = by_claim(check_text(template.format(v=ja), date="2025-03-13", store=data), ja)
    assert rec["series"] == f"mof.weekly.assets.lt_debt.{way}" and rec["verdict"] == "supported"


def test_a_net_figure_said_in_total_stays_net(data, loaded_store):
    v = int(series("mof.weekly.assets.lt_debt.net", loaded_store)[:pd.Timestamp("2025-03-08")].iloc[-1])
    ja = f"{abs(v)}億円"
    rec = by_claim(check_text(f"対外中長期債は総額で{ja}の{'売り越し' if v < 0 else '買い越し'}だった。",
                              date="2025-03-13", store=data), ja)
    assert rec["series"] == "mof.weekly.assets.lt_debt.net" and rec["verdict"] == "supported"


# -- a place said after the holders it follows, with the holder meant after it ---------------------------------
@pytest.mark.parametrize("text, slug", [
    ("The biggest holder after Japan is China.", "china_mainland"),
    ("The biggest holder after Japan is Britain.", "united_kingdom"),
    ("The largest holder after Japan was China in March.", "china_mainland"),
])
def test_a_place_after_the_holder_it_follows_is_the_holder_named_after_it(data, text, slug):
    """'The biggest holder after Japan is X': Japan is the holder ranked before, X the one ranked, second (it was
    judged as Japan's first place: supported whatever X was; session 10 reads the place as X's)."""
    rec = next(x for x in check_text(text, date=D, store=data) if x["measure"] == "rank")
    row = data.holdings().dropna(how="all").loc[pd.Period(rec["official_period"], "M")].rank(ascending=False)
    assert rec["series"] == f"tic.holdings.{slug}" and rec["official_value"] == row[slug]
    assert rec["verdict"] == ("supported" if row[slug] == 2 else "contradicted")


def test_a_place_after_the_holder_it_follows_with_its_holder_set_apart(data):
    rec = next(x for x in check_text("The largest holder after China, Britain, held $736.4 billion.", date=D, store=data)
               if x["measure"] == "rank")
    assert rec["verdict"] == "unverifiable"


@pytest.mark.parametrize("text, slug, rank", [
    ("Britain is the largest holder after Japan and China.", "united_kingdom", 3),
    ("China, the largest holder after Japan, cut its holdings in March.", "china_mainland", 2),
])
def test_a_place_after_the_holders_it_follows_said_of_its_subject(data, text, slug, rank):
    rec = next(x for x in check_text(text, date=D, store=data) if x["measure"] == "rank")
    assert (rec["series"], rec["official_value"], rec["verdict"]) == (f"tic.holdings.{slug}", rank, "supported")
