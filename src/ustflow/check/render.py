"""Present check results: a table frame for the terminal and CSV, and a standalone HTML page.

The HTML page shows each sentence with its claims highlighted by verdict (green supported, red
contradicted, grey unverifiable; hover for the explanation), then a table of every claim. It has no
scripts and no external assets, so it can be saved, mailed or embedded by the dashboard as is.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

SOURCE_BY_PREFIX = [
    ("tic.", "US Treasury TIC"), ("mof.fx_intervention", "Ministry of Finance Japan (FX interventions)"),
    ("mof.", "Ministry of Finance Japan (International Transactions in Securities)"),
    ("jgb.", "Ministry of Finance Japan (JGB yields)"), ("fred.", "FRED"),
]
COLOURS = {"supported": "#1a7f37", "contradicted": "#cf222e", "unverifiable": "#6e7781"}


def source_of(series: str | None) -> str:
    if not series:
        return ""
    for prefix, name in SOURCE_BY_PREFIX:
        if series.startswith(prefix):
            return name
    return ""


def official_text(r: dict) -> str:
    v = r.get("official_value")
    if v is None:
        return ""
    from ustflow.check.compare import fmt_num

    return f"{fmt_num(float(v))} {r.get('official_unit') or ''}".strip()


def table_frame(results: list[dict]) -> "pd.DataFrame":
    """One row per claim with the columns a reader scans: verdict, its record on blind articles (its class's rate
    and the range, 90%, of that rate on a new batch of articles; ``track_record``), claim, subject, period, official
    value."""
    import pandas as pd

    from ustflow.check.track_record import record

    rows = []
    for i, r in enumerate(results, 1):
        flags = ", ".join(r.get("flags") or [])
        rec = record(r)
        rows.append({
            "#": i, "verdict": r["verdict"] + (f" ({flags})" if flags else ""),
            "track record": rec.short if rec else "", "claim": r["claim"],
            "subject": r["subject"], "period": r["period"] or r.get("period_source", ""),
            "official": official_text(r), "official period": r.get("official_period") or "",
            "series": r.get("series") or "", "explanation": r["explanation"],
        })
    return pd.DataFrame(rows, columns=["#", "verdict", "track record", "claim", "subject", "period", "official",
                                       "official period", "series", "explanation"])


def to_html(results: list[dict], title: str = "Article check", article_date: str | None = None,
            language_note: str = "") -> str:
    """A standalone HTML page: the claims in their sentences, colour-coded, and a table of all of them
    (``language_note``: the article's language, when the checker does not read it)."""
    from ustflow.check.results import SOURCES_NOTE, summary
    from ustflow.check.track_record import note, record

    e = html.escape
    counts = summary(results)
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{e(title)}</title>",
        "<style>body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1f2328}"
        "mark{padding:0 .2em;border-radius:3px;color:#fff}"
        ".supported{background:#1a7f37}.contradicted{background:#cf222e}.unverifiable{background:#6e7781}"
        "table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border:1px solid #d0d7de;padding:.3rem;"
        "vertical-align:top;text-align:left}p.s{margin:.4rem 0}.muted{color:#57606a;font-size:.85rem}</style>",
        "</head><body>",
        f"<h1>{e(title)}</h1>",
        f"<p class='muted'>{counts['supported']} supported, {counts['contradicted']} contradicted, "
        f"{counts['unverifiable']} unverifiable. Sources: {e(SOURCES_NOTE)}."
        + (f" Article date: {e(article_date)}." if article_date else "") + "</p>",
        *([f"<p class='language'><strong>Note:</strong> {e(language_note[:1].upper() + language_note[1:])}.</p>"]
          if language_note else []),
        f"<p class='muted'>{e(note())}</p>",
        "<h2>Claims in context</h2>",
    ]
    by_sentence: dict[tuple, list[dict]] = {}
    for r in results:
        by_sentence.setdefault((r.get("paragraph"), r.get("sentence"), r["text"]), []).append(r)
    for (_, _, text), rs in by_sentence.items():
        parts.append(f"<p class='s'>{_highlight(text, rs)}</p>")
    parts.append("<h2>Every claim</h2><table><thead><tr>")
    cols = ["#", "verdict", "track record", "claim", "subject", "period", "official value", "series", "explanation"]
    parts.append("".join(f"<th>{c}</th>" for c in cols) + "</tr></thead><tbody>")
    for i, r in enumerate(results, 1):
        flags = ", ".join(r.get("flags") or [])
        rec = record(r)
        cells = [str(i), f"<mark class='{r['verdict']}'>{e(r['verdict'])}</mark>" + (f" {e(flags)}" if flags else ""),
                 f"<span title='{e(rec.text, quote=True)}'>{e(rec.short)}</span>" if rec else "", e(r["claim"]),
                 e(r["subject"] or ""), e(r["period"] or r.get("period_source") or ""),
                 e(official_text(r)) + (f"<br><span class='muted'>{e(r.get('official_period') or '')}</span>"),
                 e(r.get("series") or "") + (f"<br><span class='muted'>{e(source_of(r.get('series')))}</span>"),
                 e(r["explanation"]) + _conv(r)]
        parts.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    parts.append("</tbody></table></body></html>")
    return "\n".join(parts)


def _conv(r: dict) -> str:
    bits = []
    if r.get("tolerance"):
        bits.append(f"tolerance {r['tolerance']}")
    if r.get("vintage"):
        bits.append(f"vintage {r['vintage']}")
    return f"<br><span class='muted'>{html.escape('; '.join(bits))}</span>" if bits else ""


def _highlight(text: str, rs: list[dict]) -> str:
    """The sentence with each claim span wrapped in a coloured <mark> (first occurrence, no overlaps)."""
    spans = []
    for r in rs:
        i = text.find(r["claim"])
        if i >= 0 and not any(i < b and a < i + len(r["claim"]) for a, b, _ in spans):
            spans.append((i, i + len(r["claim"]), r))
    spans.sort(key=lambda t: t[0])
    out, pos = [], 0
    for a, b, r in spans:
        out.append(html.escape(text[pos:a]))
        out.append(f"<mark class='{r['verdict']}' title='{html.escape(r['explanation'], quote=True)}'>"
                   f"{html.escape(text[a:b])}</mark>")
        pos = b
    out.append(html.escape(text[pos:]))
    return "".join(out)
