"""Label the claims corpus from the raw official files: ``python -m tests.claims_corpus.label``.

Reads every ``articles/<id>.toml`` (hand-written: where the article is, what each claim says and
which official number it is about) and ``articles/<id>.txt`` (the excerpt the checker reads),
recomputes each official value with the independent readers in ``official.py``, derives the
verdict the figure deserves under the rules in README.md, and writes ``claims.jsonl`` (one labelled
claim per line). A claim whose computed verdict is not among its hand-reviewed ``accept`` list must
say why in ``disagreement`` (collected in disagreements.md); otherwise labelling fails.

    python -m tests.claims_corpus.label            # rewrite claims.jsonl
    python -m tests.claims_corpus.label --check    # exit 1 if claims.jsonl is not what the files give
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

from tests.claims_corpus import figures as F
from tests.claims_corpus import official as O
from tests.claims_corpus.derived import derived
from tests.claims_corpus.measures import Official, value

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
OUT = HERE / "claims.jsonl"
DISAGREEMENTS = HERE / "disagreements.md"

VERDICTS = ("supported", "contradicted", "unverifiable")
CATEGORIES = {
    # the seven
    "level", "change", "rank/superlative", "streak", "period resolution", "unit trap", "unverifiable",
    # finer tags
    "two figures", "subject/measure", "direction", "forecast", "revision", "series break", "intraday",
    "japanese numerals", "no period", "no date", "conversion", "record", "sum over periods", "qualifier",
}
ARTICLE_KEYS = {"id", "publication", "url", "headline", "date", "dateline", "holdout", "language", "found_with",
                "date_note", "claim", "added", "batch", "blind_until"}
CLAIM_KEYS = {"figure", "sentence", "categories", "subject", "measure", "official", "check", "claimed", "sign",
              "unit", "fx", "accept", "note", "disagreement", "unverifiable", "revised", "wrong_in_article",
              "qualifier", "intraday", "also", "optional", "periods_ok", "reading", "decimal"}


class LabelError(ValueError):
    pass


def load_article(path: Path) -> dict:
    meta = tomllib.loads(path.read_text(encoding="utf-8"))
    bad = set(meta) - ARTICLE_KEYS
    if bad:
        raise LabelError(f"{path.name}: unknown keys {sorted(bad)}")
    txt = path.with_suffix(".txt")
    if not txt.is_file():
        raise LabelError(f"{path.name}: no excerpt file {txt.name}")
    meta["text"] = txt.read_text(encoding="utf-8")
    return meta


def _fx_rate(spec, off: Official) -> float | None:
    """JPY per USD for a dollar figure of a yen amount: the article's own rate, else FRED DEXJPUS
    averaged over the period's business days (from 2018 in the mirror; None for a period the series does not
    cover, and ``judge`` then takes DEXJPUS on the publication date, the rule's other rate)."""
    if isinstance(spec, (int, float)):
        return float(spec)
    s = O.fred("DEXJPUS")
    a, _, b = off.period.partition("..")
    b = b or a
    if len(a) == 7:
        a, b = a + "-01", (pd.Timestamp(b + "-01") + pd.offsets.MonthEnd(0)).strftime("%Y-%m-%d")
    win = s[(s.index >= pd.Timestamp(a)) & (s.index <= pd.Timestamp(b))]
    if win.empty:
        return None
    return float(win.mean())


def _span(label: str, annual: str | None = None) -> tuple[date, date]:
    """The first and last day of a period label: '2007', '2007-03', '2007-03-14', a range 'a..b', or a half-year
    '2007-H1' (``annual = "fiscal_half"``: April-September 2007, '2007-H2' October 2007 - March 2008; otherwise
    the calendar half, January-June / July-December)."""
    a, _, b = label.partition("..")
    b = b or a

    def half(x):
        y, h = int(x[:4]), x[6]
        if annual == "fiscal_half":
            return (date(y, 4, 1), date(y, 9, 30)) if h == "1" else (date(y, 10, 1), date(y + 1, 3, 31))
        return (date(y, 1, 1), date(y, 6, 30)) if h == "1" else (date(y, 7, 1), date(y, 12, 31))

    def lo(x):
        if re.fullmatch(r"\d{4}-H[12]", x):
            return half(x)[0]
        return date(int(x), 1, 1) if len(x) == 4 else date.fromisoformat(x + "-01") if len(x) == 7 else \
            date.fromisoformat(x)

    def hi(x):
        if re.fullmatch(r"\d{4}-H[12]", x):
            return half(x)[1]
        if len(x) == 4:
            return date(int(x), 12, 31)
        if len(x) == 7:
            return (pd.Timestamp(x + "-01") + pd.offsets.MonthEnd(0)).date()
        return date.fromisoformat(x)
    return lo(a), hi(b)


def _since_ok(official_last: str, claimed: str, weekly: bool, nxt: str | None, first: str | None = None,
              annual: str | None = None) -> bool:
    """'the largest since X': the last value at or beyond this one falls in X, or (read as the start
    of the window) the period right after it does. With nothing beyond it in the data, X must be
    where the data begin ("the biggest drop since 2000" in a table that starts in 2000). Half-year labels
    ('2007-H1') are read with the spec's ``annual`` (calendar or fiscal halves)."""
    cs, ce = _span(claimed, annual)
    if official_last.startswith("none"):
        fs = _span(first.split("..")[0], annual)[0] if first else None
        return fs is not None and cs <= fs <= ce
    if weekly and len(claimed) == 10:
        cs, ce = O.week_of(cs)
    os_, oe = _span(official_last, annual)
    if os_ <= ce and oe >= cs:
        return True
    if nxt:
        ns, ne = _span(nxt, annual)
        return ns <= ce and ne >= cs and oe < cs
    return False


def _fx_on(day) -> float | None:
    """DEXJPUS on the last business day on or before ``day`` (the article's own date)."""
    s = O.fred("DEXJPUS")
    win = s[s.index <= pd.Timestamp(str(day))]
    return float(win.iloc[-1]) if len(win) and (pd.Timestamp(str(day)) - win.index[-1]).days < 7 else None


def judge(claim: dict, off: Official, text_sentence: str, pub_date=None) -> tuple[str, dict]:
    """The verdict the figure deserves against ``off`` and what was compared."""
    check = claim.get("check", "value")
    if off.value is None:
        return "unverifiable", {"rule": off.detail.get("reason", "no official value for that period in the files")}
    if check == "value":
        # the qualifier ("about", "more than") is in the figure string, or given as `qualifier`
        # `reading`: the figure as the article evidently means it, where the printed one cannot be read ("1兆3748円"
        # with 億 dropped, given as reading = "1兆3748億円"): explicit in the toml, never guessed by the reader
        shown = claim.get("reading", claim["figure"])
        fig = F.parse(shown, claim.get("unit"), (claim.get("qualifier") or "").replace("_", " ") or shown,
                      claim.get("decimal"))
        # a figure that prints its own minus ("▲92,334", "-$34.3BN", "▲1兆円") is not flipped again by `sign`
        # (a plus may be the article's own convention that `sign` maps onto the file's: "+13兆921億円" of an inflow)
        own_sign = re.match(r"^\s*[\-−－▲△]", claim["figure"]) is not None and fig.value < 0
        claimed = fig.value if own_sign else fig.value * claim.get("sign", 1)
        official, extra = off.value, 0.0
        info = {"claimed_value": claimed, "claimed_unit": fig.unit}
        if fig.unit == "USD bn" and off.unit in ("JPY 100mn", "JPY bn"):
            rate = _fx_rate(claim.get("fx", "DEXJPUS"), off)
            alt = None if isinstance(claim.get("fx"), (int, float)) else _fx_on(pub_date)
            fallback = rate is None and alt is not None
            if fallback:
                # the period lies before DEXJPUS in the mirror (2018 on) but the publication date does not: the
                # rule's other rate, the one of the day the article was written (3% slack, as for the period's mean)
                rate, alt = alt, None
            if rate is None:
                return "unverifiable", info | {"rule": "a dollar figure of a yen amount, and no USD/JPY rate for the "
                                                       "period in the files (DEXJPUS in the mirror starts 2018) "
                                                       "or in the article"}
            # 1% for the article converting its own rounded yen figure; 3% more when we pick the rate
            in_100mn = off.value * (10 if off.unit == "JPY bn" else 1)
            official, extra = in_100mn / rate / 10, (0.01 if isinstance(claim.get("fx"), (int, float)) else 0.03)
            info |= {"fx_rate": round(rate, 4), "official_converted": round(official, 4)}
            if fallback:
                info["fx_rate_source"] = "DEXJPUS on the publication date (no DEXJPUS for the period in the mirror)"
        elif fig.unit == "JPY 100mn" and off.unit == "JPY bn":
            claimed, fig.step = claimed / 10, fig.step / 10
            info |= {"claimed_value": claimed, "claimed_unit": "JPY bn"}
        elif fig.unit == "JPY 100mn" and off.unit == "USD bn":
            # a yen figure of a dollar amount ("1兆2000億ドル(約180兆円)"): at the article's rate, else
            # at DEXJPUS on the publication date (articles convert at the rate of the day), 3% slack
            rate = claim["fx"] if isinstance(claim.get("fx"), (int, float)) else _fx_on(pub_date)
            if rate is None:
                return "unverifiable", info | {"rule": "a yen figure of a dollar amount, and no USD/JPY rate for "
                                                       "the date in the files (DEXJPUS in the mirror starts 2018) "
                                                       "or in the article"}
            official = off.value * rate * 10
            extra = 0.01 if isinstance(claim.get("fx"), (int, float)) else 0.03
            info |= {"fx_rate": round(rate, 4), "official_converted": round(official, 4)}
        elif fig.unit != off.unit:
            raise LabelError(f"{claim['figure']!r}: figure unit {fig.unit} vs official {off.unit}")
        if "sign" not in claim and not re.match(r"^[+\-−▲△]", claim["figure"].strip()):
            official = abs(official)
            claimed = abs(claimed)
        ok, rule = F.consistent(claimed, official, fig, extra)
        if not ok and fig.unit == "USD bn" and off.unit in ("JPY 100mn", "JPY bn") and fallback:
            # either rate may be the article's: the publication date's refutes nothing while the period's mean,
            # which the mirror lacks, might support it
            return "unverifiable", info | {"rule": f"{rule} at DEXJPUS on the publication date fails, and the "
                                                   "period's mean rate is not in the files (DEXJPUS from 2018)"}
        if not ok and fig.unit == "USD bn" and off.unit in ("JPY 100mn", "JPY bn") and alt:
            # articles also convert at the rate of the day they are written
            in_100mn = off.value * (10 if off.unit == "JPY bn" else 1)
            alt_official = abs(in_100mn / alt / 10) if "sign" not in claim else in_100mn / alt / 10
            ok, rule = F.consistent(claimed, alt_official, fig, extra)
            info |= {"fx_rate_publication": round(alt, 4), "official_converted_publication": round(alt_official, 4)}
        return ("supported" if ok else "contradicted"), info | {"rule": rule}
    claimed = claim["claimed"]
    if check in ("rank", "count"):
        if isinstance(claimed, str) and claimed.startswith("<="):
            ok = off.value <= int(claimed[2:])
        else:
            ok = off.value == int(claimed)
        return ("supported" if ok else "contradicted"), {"claimed_value": claimed, "rule": f"{check} {claimed}"}
    if check == "since":
        weekly = claim["official"]["src"] == "mof_week"
        # a count of periods back (derive = "gap_same_sign": 'the first net purchase since March') is judged on the
        # period it counts back to, kept in its detail
        last = off.detail["last"] if off.unit == "count" and "last" in off.detail else off.value
        ok = _since_ok(str(last), str(claimed), weekly, off.detail.get("next"), off.detail.get("first"),
                       claim["official"].get("annual"))
        return ("supported" if ok else "contradicted"), {"claimed_value": claimed,
                                                          "rule": "last at/beyond falls in (or just before) it"}
    if check == "sign":  # a direction word with no figure: "cut its holdings", "net sellers"
        ok = (off.value < 0) if claimed == "-" else (off.value > 0)
        return ("supported" if ok else "contradicted"), {"claimed_value": claimed, "rule": "direction"}
    if check == "at_least":  # "more than doubling": official >= claimed, in the official unit
        ok = off.value >= float(claimed)
        return ("supported" if ok else "contradicted"), {"claimed_value": claimed, "rule": f">= {claimed}"}
    if check == "months":
        ok = off.detail.get("months_between") == int(claimed)
        return ("supported" if ok else "contradicted"), {"claimed_value": claimed, "rule": "months between"}
    raise LabelError(f"unknown check {check!r}")


def _official(claim: dict) -> Official:
    spec = claim["official"]
    off = derived(spec) if spec.get("derive") else value(spec)
    if spec.get("derive") == "last_beyond" and isinstance(off.value, str) and not off.value.startswith("none"):
        from tests.claims_corpus.derived import series_of
        s = series_of(spec)
        i = s.index.get_loc(off.value)
        off.detail["next"] = s.index[i + 1] if i + 1 < len(s) else None
    return off


def label_claim(art: dict, i: int, claim: dict) -> dict:
    where = f"{art['id']} claim {i} ({claim.get('figure')!r})"
    bad = set(claim) - CLAIM_KEYS
    if bad:
        raise LabelError(f"{where}: unknown keys {sorted(bad)}")
    for k in ("figure", "sentence", "categories", "accept"):
        if k not in claim:
            raise LabelError(f"{where}: missing {k}")
    if any("placeholder" in str(v).lower() for v in claim.values()):
        raise LabelError(f"{where}: unfinished label (placeholder text)")
    if claim["sentence"] not in art["text"]:
        raise LabelError(f"{where}: sentence not in the excerpt: {claim['sentence']!r}")
    if claim["figure"] not in claim["sentence"]:
        raise LabelError(f"{where}: figure not in its sentence")
    if "reading" in claim and (claim["reading"] == claim["figure"] or claim["reading"] not in claim.get("note", "")):
        raise LabelError(f"{where}: `reading` (the figure as the article evidently means it) must differ from the "
                         f"printed figure and be explained in the claim's note")
    if set(claim["categories"]) - CATEGORIES or set(claim["accept"]) - set(VERDICTS):
        raise LabelError(f"{where}: unknown category or verdict")
    rec = {"article": art["id"], "claim_index": i, "publication": art["publication"], "date": str(art["date"]),
           "dateline": art.get("dateline", False), "holdout": art.get("holdout", False),
           "figure": claim["figure"], "sentence": claim["sentence"], "categories": claim["categories"],
           "subject": claim.get("subject", ""), "measure": claim.get("measure", ""), "accept": claim["accept"]}
    if art.get("added"):  # the session that added the article (the fresh batch is printed on its own)
        rec["added"] = str(art["added"])
    if art.get("batch"):  # batches added on the same day are told apart by number
        rec["batch"] = int(art["batch"])
    if art.get("blind_until"):  # a former blind hold-out article, a development article since that date
        if art.get("holdout"):
            raise LabelError(f"{art['id']}: blind_until is for former hold-out articles (holdout = false)")
        rec["blind_until"] = str(art["blind_until"])
    if claim.get("also"):
        rec["also"] = list(claim["also"])
    if claim.get("optional"):
        if claim["accept"] != ["unverifiable"]:
            raise LabelError(f"{where}: optional claims (outside the checker's domain) must accept unverifiable only")
        rec["optional"] = True
    if "official" in claim:
        off = _official(claim)
        try:
            verdict, info = judge(claim, off, claim["sentence"], art["date"])
        except ValueError as e:  # a figure the reader refuses (figures.parse says why): name the claim
            raise LabelError(f"{where}: {e}") from e
        rec |= {"official_value": off.value, "official_unit": off.unit, "period": off.period,
                "source_file": off.source_file, "series": off.series, "ustflow_series": off.ustflow_series,
                "official_detail": off.detail}
    else:
        if not claim.get("unverifiable"):
            raise LabelError(f"{where}: give official = {{...}} or unverifiable = '<reason>'")
        verdict, info = "unverifiable", {"rule": claim["unverifiable"]}
        rec |= {"official_value": None, "official_unit": None, "period": None, "source_file": None,
                "series": None, "ustflow_series": None, "official_detail": {}}
    ok_periods = list(claim.get("periods_ok", [])) + list(rec.get("official_detail", {}).get("periods_ok", []))
    if ok_periods:
        rec["periods_ok"] = sorted(set(ok_periods))
    if claim.get("intraday") and verdict != "supported":
        verdict, info = "unverifiable", info | {"rule": "intraday figure: the official series holds daily "
                                                        "closes/fixings only, and they do not show it"}
    rec |= {"computed_verdict": verdict, "comparison": info, "note": claim.get("note", ""),
            "revised": bool(claim.get("revised", False))}
    wrong = claim.get("wrong_in_article")
    # wrong in the article: the files contradict it and no careful analyst would support it
    rec["wrong_in_article"] = bool(verdict == "contradicted" and "supported" not in claim["accept"]
                                   if wrong is None else wrong)
    if verdict not in claim["accept"]:
        if not claim.get("disagreement"):
            raise LabelError(f"{where}: computed {verdict} but accept={claim['accept']} and no disagreement note "
                             f"({info})")
        rec["disagreement"] = claim["disagreement"]
    elif claim.get("disagreement"):
        rec["disagreement"] = claim["disagreement"]
    return rec


def label_all() -> list[dict]:
    out = []
    for path in sorted(ARTICLES.glob("*.toml")):
        art = load_article(path)
        if art["id"] != path.stem:
            raise LabelError(f"{path.name}: id {art['id']!r} differs from the file name")
        for i, claim in enumerate(art.get("claim", [])):
            out.append(label_claim(art, i, claim))
    return out


def dumps(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True, default=str) + "\n" for r in records)


def disagreements_md(records: list[dict]) -> str:
    """Every claim where the script's verdict, the reviewer's reading and a careful analyst part ways."""
    head = ("# Disagreements: where the script, the reviewer and a careful analyst part ways\n\n"
            "Generated by `python -m tests.claims_corpus.label` from the `disagreement` fields of the article\n"
            "TOML files; edit those, not this file. `computed` is what label.py derives from the official files\n"
            "under the rules in README.md; `accepted` is the hand-reviewed list the harness grades against.\n")
    out = [head]
    for r in records:
        if not r.get("disagreement"):
            continue
        val = r["official_value"]
        out.append(f"\n## {r['article']}: {r['figure']!r}\n\n"
                   f"- sentence: \"{r['sentence']}\"\n"
                   f"- official: {val} {r['official_unit'] or ''} ({r['period'] or 'no period'}; {r['series'] or 'no series'})\n"
                   f"- computed: {r['computed_verdict']}; accepted: {', '.join(r['accept'])}\n"
                   f"- why: {r['disagreement']}\n")
    return "".join(out)


def stats(records: list[dict]) -> str:
    from collections import Counter

    arts = {}
    for r in records:
        arts.setdefault(r["article"], r)
    cats = Counter(c for r in records for c in r["categories"])
    lines = [f"{len(arts)} articles, {len(records)} claims, {len({a['publication'] for a in arts.values()})} "
             f"publication labels, years {', '.join(sorted({a['date'][:4] for a in arts.values()}))}",
             f"first accepted verdict: {dict(Counter(r['accept'][0] for r in records))}; "
             f"{sum(len(r['accept']) > 1 for r in records)} claims accept more than one",
             f"wrong in the article (contradicted on today's files): {sum(r['wrong_in_article'] for r in records)} "
             f"(of which first prints revised since: {sum(r['wrong_in_article'] and r['revised'] for r in records)})",
             f"disagreements: {sum(1 for r in records if r.get('disagreement'))}; optional (outside the checker's "
             f"domain): {sum(1 for r in records if r.get('optional'))}; datelined articles: "
             f"{sum(a['dateline'] for a in arts.values())}",
             "categories: " + ", ".join(f"{c} {n}" for c, n in cats.most_common()),
             "hold-out: " + ", ".join(sorted(a for a, r in arts.items() if r["holdout"])),
             f"former hold-out, development articles since their blind_until (not blind any more): "
             f"{sum(bool(r.get('blind_until')) for r in arts.values())} articles, "
             f"{sum(bool(r.get('blind_until')) for r in records)} claims"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if claims.jsonl differs from a fresh labelling")
    ap.add_argument("--stats", action="store_true", help="print what the corpus covers (articles, years, categories)")
    args = ap.parse_args(argv)
    try:
        recs = label_all()
    except LabelError as e:
        print(f"label: {e}", file=sys.stderr)
        return 2
    if args.stats:
        print(stats(recs))
        return 0
    text, dis = dumps(recs), disagreements_md(recs)
    if args.check:
        for path, want in ((OUT, text), (DISAGREEMENTS, dis)):
            if not path.is_file() or path.read_text(encoding="utf-8") != want:
                print(f"{path.name} is not what label.py computes: run python -m tests.claims_corpus.label",
                      file=sys.stderr)
                return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    DISAGREEMENTS.write_text(dis, encoding="utf-8")
    arts = {r["article"] for r in recs}
    print(f"{len(recs)} claims from {len(arts)} articles -> {OUT.relative_to(Path.cwd()) if OUT.is_relative_to(Path.cwd()) else OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
