"""`ustflow check` (issue 13, session 13): number forms and measures a careful reader takes from the words.

- a percentage written out in katakana ("2.1パーセント"), ぶり spelled 振り ("3カ月振り", shown as written);
- a compound English amount ("$7 trillion 713.6 billion" is one figure) and the unit a pair shares ("1.2 and 1.1
  trillion dollars");
- all foreign holders named as non-residents ("total non-resident investment in US Treasuries"), money from abroad into
  Treasuries in Japanese ("米国債への海外からの純流入額": TIC's net foreign purchases), "他国が保有する米国債";
- the holders right before a pair of figures take them in order ("followed by China and the UK with $X and $Y");
- a story that compares with the month before first keeps the month for the changes after it, even when the same
  sentence gives the year's move too;
- a part "of which ... belonged to" a holder is that holder's.

Invented sentences; the expected values are the store's own."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim
from ustflow.check.numbers import find_amounts
from ustflow.views.check import check_text

APR = pd.Period("2024-04", "M")
DATE = "2024-06-20"


def _pct(s: pd.Series, m: pd.Period) -> float:
    return (s[m] / s[m - 1] - 1) * 100


# --------------------------------------------------------------------------- percent written out
@pytest.mark.parametrize("form", [
    "日本の米国債保有額は4月に前月比{x}パーセント{v}した。",
    "4月の日本の米国債保有残高は3月より{x}パーセント{v}し、高水準を保った。",
    "日本が保有する米国債は4月、前月から{x}パーセント{v}した。",
])
def test_percent_in_katakana_is_a_percentage(data, tic, form):
    pct = _pct(tic("japan"), APR)
    verb = "増加" if pct > 0 else "減少"
    x = f"{abs(pct):.1f}"
    rec = by_claim(check_text(form.format(x=x, v=verb), date=DATE, store=data), f"{x}パーセント")
    assert rec["verdict"] == "supported" and rec["unit"] == "percent"
    assert rec["official_value"] == pytest.approx(pct)
    wrong = f"{abs(pct) + 3:.1f}"
    rec = by_claim(check_text(form.format(x=wrong, v=verb), date=DATE, store=data), f"{wrong}パーセント")
    assert rec["verdict"] == "contradicted"


def test_percent_words_without_a_number_are_no_figure():
    assert find_amounts("保有額は数パーセント減った。") == []
    (a,) = find_amounts("利回りは0.25パーセントポイント上昇した。")
    assert (a.kind, a.number) == ("pp", 0.25)


# --------------------------------------------------------------------------- 振り for ぶり
@pytest.mark.parametrize("written", ["中国の米国債保有は4月に3カ月振りに増えた。", "中国の米国債保有は半年振りに増えた。",
                                     "中長期債は2週振りの取得超となった。"])
def test_furi_reads_as_buri(data, written):
    spelled = written.replace("振り", "ぶり")
    got = check_text(written, date=DATE, store=data)
    want = check_text(spelled, date=DATE, store=data)
    assert [(r["verdict"], r["official_value"], r["kind"]) for r in got] == \
        [(r["verdict"], r["official_value"], r["kind"]) for r in want]
    assert any(r["measure"] == "first_since" and "振り" in r["claim"] for r in got)  # the article's spelling shown


def test_furi_of_a_transfer_is_no_look_back(data):
    for s in ("中国の米国債保有は4月振り込み分で増えた。", "日本の米国債保有は3月振り出しの手形で増えた。"):
        assert not [r for r in check_text(s, date=DATE, store=data) if r["measure"] == "first_since"]


# --------------------------------------------------------------------------- compound and shared units
def _tn_bn(v: float) -> str:
    t = int(v // 1000)
    return f"{t} trillion {v - 1000 * t:.1f} billion"


@pytest.mark.parametrize("form", [
    "Foreign holdings of US Treasuries in April stood at ${a}.",
    "In April, foreign holders owned Treasuries worth USD {a}.",
    "Foreign holdings of U.S. Treasuries were US${a} in April, data showed.",
])
def test_trillions_and_billions_are_one_amount(data, tic, form):
    v = tic("grand_total")[APR]
    rec = by_claim(check_text(form.format(a=_tn_bn(v)), date=DATE, store=data),
                   next(a.text for a in find_amounts(form.format(a=_tn_bn(v)))))
    assert rec["verdict"] == "supported" and rec["official_value"] == pytest.approx(v)
    assert rec["quantity"] == pytest.approx(v / 1000)


def test_a_comma_or_a_fraction_keeps_two_amounts():
    assert [a.text for a in find_amounts("It held $7 trillion, 713.6 billion of it in notes.")] == \
        ["$7 trillion", "713.6 billion"]
    assert len(find_amounts("It held $7.5 trillion 200 billion more than a year ago.")) == 2


@pytest.mark.parametrize("pair", ["{a} and {b} trillion dollars", "{a} and ${b} trillion",
                                  "{a} or US${b} trillion"])
def test_a_pair_shares_the_unit_after_it(pair):
    got = find_amounts(f"China and Japan hold {pair.format(a='1.2', b='1.1')}, respectively.")
    assert [(a.number, a.scale, a.currency) for a in got] == [(1.2, 1e12, "USD"), (1.1, 1e12, "USD")]


def test_no_shared_unit_for_a_year_or_another_magnitude():
    assert [a.number for a in find_amounts("In 2019 and 1.1 trillion dollars later, it held more.")] == [1.1]
    assert [a.number for a in find_amounts("Its 35 and 1.1 trillion dollars were both cited.")] == [1.1]


def test_respectively_after_a_shared_unit(data, tic):
    cn, jp = tic("china_mainland")[APR], tic("japan")[APR]
    text = (f"China and Japan, whose Treasury holdings were {cn / 1000:.2f} and {jp / 1000:.2f} trillion dollars "
            f"respectively, lead the foreign holders in April.")
    r = check_text(text, date=DATE, store=data)
    a, b = by_claim(r, f"{cn / 1000:.2f}"), by_claim(r, f"{jp / 1000:.2f} trillion dollars")
    assert (a["subject"], a["verdict"], a["official_value"]) == ("China (mainland)", "supported", pytest.approx(cn))
    assert (b["subject"], b["verdict"], b["official_value"]) == ("Japan", "supported", pytest.approx(jp))


# --------------------------------------------------------------------------- the holders right before a pair
@pytest.mark.parametrize("form", [
    "{lead} remained the largest holder in April, followed by {x} and {y} with ${a:.1f} billion and ${b:.1f} billion.",
    "In April {lead} led; behind it, {x} and {y} held ${a:.1f} billion and ${b:.1f} billion of Treasuries.",
    "{lead} topped the list of Treasury holders in April, ahead of {x} and {y} at ${a:.1f} billion and ${b:.1f} billion.",
])
def test_holders_right_before_a_pair_take_it_in_order(data, tic, form):
    names = {"japan": "Japan", "china_mainland": "China", "united_kingdom": "the United Kingdom"}
    row = {k: tic(k)[APR] for k in names}
    lead, x, y = sorted(row, key=row.get, reverse=True)
    text = form.format(lead=names[lead], x=names[x], y=names[y], a=row[x], b=row[y])
    r = check_text(text, date=DATE, store=data)
    first, second = by_claim(r, f"${row[x]:.1f} billion"), by_claim(r, f"${row[y]:.1f} billion")
    assert (first["verdict"], first["official_value"]) == ("supported", pytest.approx(row[x]))
    assert (second["verdict"], second["official_value"]) == ("supported", pytest.approx(row[y]))


def test_a_longer_coordination_is_not_paired(data, tic):
    jp, cn = tic("japan")[APR], tic("china_mainland")[APR]
    text = f"Japan, China and the United Kingdom with ${jp:.1f} billion and ${cn:.1f} billion led in April."
    r = check_text(text, date=DATE, store=data)
    assert by_claim(r, f"${jp:.1f} billion")["subject"] != "China (mainland)"


# --------------------------------------------------------------------------- all foreign holders, named otherwise
@pytest.mark.parametrize("form", [
    "Total non-resident investment in US Treasuries rose to ${v:,.1f} billion in April.",
    "Non-resident holdings of Treasuries stood at ${v:,.1f} billion in April.",
    "4月には他国が保有する米国債が{v:.0f}億ドルに達した。",
    "4月に諸外国が保有する米国債は{v:.0f}億ドルだった。",
])
def test_all_foreign_holders_named_as_non_residents_or_other_countries(data, tic, form):
    v = tic("grand_total")[APR]
    text = form.format(v=v if "billion" in form else v * 10)
    r = check_text(text, date=DATE, store=data)
    assert len(r) == 1 and r[0]["subject"] == "all foreign holders"
    assert r[0]["official_value"] == pytest.approx(v)


@pytest.mark.parametrize("form", ["米国債への海外からの純流入額は9月に{v}億ドルだった。",
                                  "海外からの米国債への純流入額は9月に{v}億ドルを記録した。",
                                  "9月の米国債に対する海外からの純流入額は{v}億ドルだった。"])
def test_money_from_abroad_into_treasuries_is_net_foreign_purchases(data, loaded_store, form):
    from tests.helpers import series

    sep = pd.Period("2021-09", "M")
    rec = check_text(form.format(v=123), date="2021-11-20", store=data)[0]
    assert rec["subject"] == "all foreign holders" and rec["measure"] == "flow"
    assert rec["series"] in ("tic.forms.grand_total.treasury_net", "tic.slt.grand_total.treasury_net")
    assert rec["official_value"] == pytest.approx(series(rec["series"], loaded_store)[sep])


def test_money_from_abroad_without_treasuries_is_no_foreign_total(data):
    r = check_text("海外からの資金流入は4月に4890億円だった。", date=DATE, store=data)
    assert all(x["subject"] != "all foreign holders" for x in r)


def test_non_residents_in_japanese_stocks_stay_mofs(data):
    r = check_text("Non-residents bought ¥500 billion of Japanese stocks in April.", date=DATE, store=data)
    assert all(x["subject"] != "all foreign holders" for x in r)


def test_a_part_of_which_belongs_to_the_holder_after(data, tic):
    tot, off = tic("grand_total")[APR], tic("foreign_official")[APR]
    for verb in ("belonged to", "belongs to", "was held by"):
        text = (f"Total non-resident investment in US Treasuries in April was ${_tn_bn(tot)}, of which securities worth "
                f"${_tn_bn(off)} {verb} foreign governments or central banks.")
        rec = by_claim(check_text(text, date=DATE, store=data), f"${_tn_bn(off)}")
        assert (rec["subject"], rec["verdict"]) == ("foreign official holders", "supported")


# --------------------------------------------------------------------------- a month's comparison first
@pytest.mark.parametrize("lead", [
    "Foreign holdings rose to ${t:,.1f} billion in April, up from ${p:,.1f} billion in March and 5 percent from a year ago.",
    "Foreign holdings were ${t:,.1f} billion in April, from ${p:,.1f} billion at the end of March, and up 5% on the year.",
    "4月の外国保有総額は{t:.0f}億ドルで、3月の{p:.0f}億ドルから増え、前年同月比では5%増だった。",
])
def test_a_month_compared_first_keeps_the_month_for_later_changes(data, tic, lead):
    tot, cn = tic("grand_total"), tic("china_mainland")
    move = cn[APR] - cn[APR - 1]
    ja = "億" in lead
    tail = (f"中国は{abs(move) * 10:.0f}億ドル{'増やした' if move > 0 else '減らした'}。" if ja else
            f"China {'added' if move > 0 else 'shed'} ${abs(move):.1f} billion.")
    text = lead.format(t=tot[APR] * (10 if ja else 1), p=tot[APR - 1] * (10 if ja else 1)) + ("" if ja else " ") + tail
    rec = by_claim(check_text(text, date=DATE, store=data), f"{abs(move) * 10:.0f}億ドル" if ja else f"${abs(move):.1f} billion")
    assert rec["official_period"] == "2024-03 to 2024-04" and rec["official_value"] == pytest.approx(move)


def test_a_year_compared_first_keeps_the_year(data, tic):
    cn = tic("china_mainland")
    year = cn[APR] - cn[APR - 12]
    text = (f"Foreign holdings rose 5 percent from a year ago in April. China's holdings {'rose' if year > 0 else 'fell'} "
            f"${abs(year):.1f} billion.")
    rec = by_claim(check_text(text, date=DATE, store=data), f"${abs(year):.1f} billion")
    assert rec["official_period"] == "2023-04 to 2024-04"


# --------------------------------------------------------------------------- places said in other frames
@pytest.mark.parametrize("form,who", [
    ("The list of Treasury holders in April is led by {n1}, which holds ${v1:.1f} billion.", 1),
    ("The ranking of foreign holders was headed by {n1} in April.", 1),
    ("{n1} held the most Treasuries in April. In a distant {o3} is {n3}.", 3),
    ("{n1} held the most Treasuries in April. In {o2} place was {n2}, with ${v2:.1f} billion.", 2),
])
def test_places_said_by_led_by_and_a_place_put_first(data, tic, form, who):
    names = {"japan": "Japan", "china_mainland": "China", "united_kingdom": "Britain"}
    row = {k: tic(k)[APR] for k in names}
    order = sorted(row, key=row.get, reverse=True)
    words = {2: "second", 3: "third"}
    text = form.format(n1=names[order[0]], n2=names[order[1]], n3=names[order[2]], v1=row[order[0]], v2=row[order[1]],
                       o2=words[2], o3=words[3])
    r = [x for x in check_text(text, date=DATE, store=data) if x["kind"] == "rank" and x["official_value"] == who]
    assert r and r[-1]["verdict"] == "supported" and r[-1]["subject"] == {"Britain": "United Kingdom", "China": "China (mainland)"}.get(
        names[order[who - 1]], names[order[who - 1]])


def test_no_place_in_a_quarter_or_a_rally(data):
    r = check_text("In the third quarter, Japan bought Treasuries. The rally was led by Japan.", date=DATE, store=data)
    assert not [x for x in r if x["kind"] == "rank"]


@pytest.mark.parametrize("form", [
    "中国は日本に次いで、米国債の第{n}位の国際保有者であり続けている。",
    "中国の4月の保有額は{v:.0f}億ドルとなり、{n}位だった。",
    "中国は米国債の{n}番目の海外保有者だ。",
])
def test_japanese_places_of_a_holder(data, ranks, tic, form):
    n = int(ranks.loc[APR, "china_mainland"])
    v = tic("china_mainland")[APR] * 10
    r = [x for x in check_text(form.format(n=n, v=v), date=DATE, store=data) if x["kind"] == "rank"]
    assert r and (r[0]["verdict"], r[0]["official_value"]) == ("supported", n)


def test_the_largest_among_holders_kept(data, ranks):
    first = [k for k in ("japan", "china_mainland") if int(ranks.loc[APR, k]) == 1]
    assert first
    name = {"japan": "日本", "china_mainland": "中国"}[first[0]]
    for form in ("{n}は4月も米国債の保有国としては依然最大だった。", "{n}は4月、債権国として引き続きトップを保った。"):
        r = [x for x in check_text(form.format(n=name), date=DATE, store=data) if x["kind"] == "rank"]
        assert r and (r[0]["verdict"], r[0]["official_value"]) == ("supported", 1)


def test_a_look_back_month_is_not_the_next_sentences_place(data, ranks):
    n = int(ranks.loc[APR, "china_mainland"])
    text = f"中国は2023年1月以降、米国債の保有を減らしている。中国は米国債の第{n}位の保有国であり続けている。"
    rec = [x for x in check_text(text, date=DATE, store=data) if x["kind"] == "rank"][0]
    assert rec["official_period"] == "2024-04" and rec["verdict"] == "supported"


@pytest.mark.parametrize("form", [
    "The top holders of Treasuries in April were {a} with ${va:.1f} billion, followed by {b} and {c} with ${vb:.1f} billion and "
    "${vc:.1f} billion, respectively.",
    "{a} held ${va:.1f} billion in April; behind it, {b} and {c} held ${vb:.1f} billion and ${vc:.1f} billion "
    "respectively.",
    "In April {a} had ${va:.1f} billion of Treasuries, ahead of {b} and {c} at ${vb:.1f} billion and ${vc:.1f} billion, "
    "in that order.",
])
def test_a_respective_pair_after_a_first_holder(data, tic, form):
    names = {"japan": "Japan", "china_mainland": "China", "united_kingdom": "the United Kingdom"}
    row = {k: tic(k)[APR] for k in names}
    a, b, c = sorted(row, key=row.get, reverse=True)
    text = form.format(a=names[a], b=names[b], c=names[c], va=row[a], vb=row[b], vc=row[c])
    r = check_text(text, date=DATE, store=data)
    for k in (a, b, c):
        rec = by_claim(r, f"${row[k]:.1f} billion")
        assert (rec["verdict"], rec["official_value"]) == ("supported", pytest.approx(row[k])), rec


# --------------------------------------------------------------------------- a level on the old basis, named
JUN10 = pd.Period("2010-06", "M")


@pytest.mark.parametrize("form", [
    "旧シリーズによる外国保有総額は2010年6月末で{j}ドルだった。",
    "On the old series, foreign holdings of Treasuries were ${v:,.1f} billion at the end of June 2010.",
    "Before the benchmark revision, foreign holdings of Treasuries stood at ${v:,.1f} billion in June 2010.",
])
def test_a_level_said_on_the_old_basis(data, tic, form):
    old = float(data.breaks("tic.holdings.grand_total")[JUN10])
    new = tic("grand_total")[JUN10]
    assert abs(old - new) > 10

    def said(v):
        t, b = divmod(round(v * 10), 10000)
        return form.format(v=v, j=f"{t}兆{b}億" if b else f"{t}兆")

    rec = check_text(said(old), date="2011-03-02", store=data)[0]
    assert (rec["verdict"], rec["official_value"]) == ("supported", pytest.approx(old))
    rec = check_text(said(new), date="2011-03-02", store=data)[0]
    assert (rec["verdict"], rec["official_value"]) == ("contradicted", pytest.approx(old))


def test_a_level_with_no_basis_named_is_todays(data, tic):
    new = tic("grand_total")[JUN10]
    rec = check_text(f"Foreign holdings of Treasuries were ${new:,.1f} billion in June 2010.", date="2011-03-02",
                     store=data)[0]
    assert (rec["verdict"], rec["official_value"]) == ("supported", pytest.approx(new))


def test_the_new_basis_named_after_the_old_is_todays(data, tic):
    old, new = float(data.breaks("tic.holdings.grand_total")[JUN10]), tic("grand_total")[JUN10]
    text = (f"On the old series foreign holdings were ${old:,.1f} billion in June 2010, while on the new series they were "
            f"${new:,.1f} billion.")
    r = check_text(text, date="2011-03-02", store=data)
    assert [(x["verdict"], x["official_value"]) for x in r] == [("supported", pytest.approx(old)),
                                                               ("supported", pytest.approx(new))]


# --------------------------------------------------------------------------- a two-digit year before 以来 / 以降
def _low_since(cn: pd.Series):
    """A month whose level is the lowest since some earlier year (the month, the year, the last lower month)."""
    for m in reversed(cn.index[-60:]):
        lower = cn[:m - 1][cn[:m - 1] <= cn[m]]
        if len(lower) and lower.index[-1].year + 1 < m.year:
            return m, lower.index[-1].year + 1, lower.index[-1]
    pytest.skip("no month is a low since an earlier year")


@pytest.mark.parametrize("form", ["中国の米国債保有額は{mo}月に{v:.0f}億ドルと、{yy:02d}年以来の低水準となった。",
                                  "{mo}月の中国の米国債保有残高は{v:.0f}億ドルで、{yy:02d}年以降で最低だった。",
                                  "中国の米国債保有は{mo}月、{yy:02d}年以来の最低に落ち込んだ。"])
def test_a_two_digit_year_before_since(data, tic, form):
    cn = tic("china_mainland")
    m, y, last = _low_since(cn)  # the lowest since the year it was last as low (the checker's reading of 以来)
    date = str((m + 2).to_timestamp().date())
    r = [x for x in check_text(form.format(mo=m.month, v=cn[m] * 10, yy=last.year % 100), date=date, store=data)
         if x["measure"] == "extreme"]
    assert r and r[0]["verdict"] == "supported", r
    r = [x for x in check_text(form.format(mo=m.month, v=cn[m] * 10, yy=y % 100), date=date, store=data)
         if x["measure"] == "extreme"]
    assert r and r[0]["verdict"] == "contradicted", r


def test_years_ago_is_no_year_since(data, tic):
    r = check_text("中国の米国債保有は4月、10年ぶりの低水準となった。", date=DATE, store=data)
    assert [x for x in r if x["measure"] == "extreme"] and all("since 2010" not in x["explanation"] for x in r)


# --------------------------------------------------------------------------- "先月より… 多い / 少ない": the data's month before
@pytest.mark.parametrize("form", [
    "中国の4月の米国債保有残高は{v:.0f}億ドルで、先月より{p:.1f}パーセント{more}た。",
    "中国の4月の米国債保有残高は先月より{d:.0f}億ドル{more}い{v:.0f}億ドルだった。",
    "4月の中国の米国債保有残高は{v:.0f}億ドルと、先月末より{d:.0f}億ドル{more}かった。",
])
def test_than_last_month_is_the_month_before_the_figures(data, tic, form):
    cn = tic("china_mainland")
    d, p = cn[APR] - cn[APR - 1], _pct(cn, APR)
    more = {"": "多", "た": "多かっ"} if d > 0 else {"": "少な", "た": "少なかっ"}
    w = more[""] if "{more}い" in form or "{more}かった" in form else more["た"]
    text = form.format(v=cn[APR] * 10, p=abs(p), d=abs(d) * 10, more=w)
    r = [x for x in check_text(text, date=DATE, store=data) if x["measure"] in ("holdings_change", "holdings_pct")]
    assert r and r[0]["official_period"] == "2024-03 to 2024-04" and r[0]["verdict"] == "supported", r


def test_last_month_as_the_figures_own_month_stays(data, tic):
    cn = tic("china_mainland")
    r = check_text(f"中国の米国債保有残高は先月、{cn[pd.Period('2024-06', 'M')] * 10:.0f}億ドルだった。", date="2024-08-25",
                   store=data)
    # "先月" is the figure's own month: the calendar's (July) not out by 25 August, the latest released, June (since
    # session 23, ``rulekit._month_before``; July before)
    assert r[0]["official_period"] == "2024-06" and r[0]["period"] == "先月" and r[0]["verdict"] == "supported", r


@pytest.mark.parametrize("form", ["中国の米国債保有額は{mo}月に{v:.0f}億ドルと、{y}年以来の低い水準となった。",
                                  "{mo}月の中国の米国債保有残高は{v:.0f}億ドルで、{y}年以来の低い数値だった。",
                                  "中国の米国債保有は{mo}月、{v:.0f}億ドルに減り、{y}年以来の低い水準に落ち込んだ。"])
def test_since_a_date_a_high_or_low_level_in_words(data, tic, form):
    cn = tic("china_mainland")
    m, _, last = _low_since(cn)
    date = str((m + 2).to_timestamp().date())
    r = [x for x in check_text(form.format(mo=m.month, v=cn[m] * 10, y=last.year), date=date, store=data)
         if x["measure"] == "extreme"]
    assert r and r[0]["verdict"] == "supported" and "lowest" in r[0]["explanation"], r
    high = form.replace("低い", "高い")
    r = [x for x in check_text(high.format(mo=m.month, v=cn[m] * 10, y=last.year), date=date, store=data)
         if x["measure"] == "extreme"]
    assert r and r[0]["verdict"] == "contradicted", r


def test_a_high_level_kept_is_no_since(data):
    r = check_text("中国の米国債保有額は4月も高い水準を維持した。", date=DATE, store=data)
    assert not [x for x in r if x["measure"] == "extreme"]


# --------------------------------------------------------------------------- "the height/peak of X was in <year>"
@pytest.mark.parametrize("form", [
    "The height of China's Treasury holdings was in {y}, when they exceeded ${f} billion.",
    "The peak of China's holdings of US Treasuries came in {y}, when they topped ${f} billion.",
    "The height of China's US Treasury holdings was in {y}, when they stood above ${f} billion.",
])
def test_the_height_in_a_year_is_the_years_maximum(data, tic, form):
    cn = tic("china_mainland")
    y = cn.idxmax().year
    year = cn[cn.index.year == y]
    f = int(year.max() // 10 * 10)
    assert year.iloc[-1] < year.max()  # the year's end is not its peak
    r = check_text(form.format(y=y, f=f), date=f"{y + 1}-06-20", store=data)
    rec = [x for x in r if x["measure"] == "holdings_peak"][0]
    assert (rec["verdict"], rec["official_value"]) == ("supported", pytest.approx(year.max()))


def test_the_height_of_something_else_is_no_peak(data):
    r = check_text("The height of the season was in 2018.", date=DATE, store=data)
    assert not [x for x in r if x["measure"] in ("extreme", "holdings_peak")]
