"""Alert rules on the real store: brute-force cross-checks, and delivery to real local listeners
(an HTTP webhook with its signature checked, an SMTP server), with a failing channel isolated."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import shutil
import subprocess
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pandas as pd
import pytest

import ustflow
from tests.helpers import REPO, cli, free_port, serve_in_thread
from ustflow import alerts
from ustflow.alerts import AlertState, JsonLog, evaluate_rule, parse_rules
from ustflow.errors import UstflowError
from ustflow.store import Store

WEEKLY_LT = "mof.weekly.assets.lt_debt.net"


def _rules(rules: list[dict], channels: dict | None = None, defaults: list[str] | None = None):
    data = {"rules": rules, "channels": channels or {}}
    if defaults:
        data["defaults"] = {"channels": defaults}
    return parse_rules(data, "test")


# ----------------------------------------------------------------------------- brute force
def _weekly(store) -> pd.Series:
    s = ustflow.series(WEEKLY_LT, store=store)
    assert (np.diff(s.index.asi8) == 1).all()  # consecutive weeks: no gaps to worry about
    return s


def brute_window_hits(s: pd.Series, k: int, top: int, min_windows: int = 52) -> dict:
    """{window end Saturday: (sum, rank)} by plain loops: rank among windows ending up to then
    (a window compared with fewer than ``min_windows`` windows, itself included, never qualifies)."""
    vals = list(s.to_numpy())
    ends = list(s.index)
    sums = [(ends[i], sum(vals[i - k + 1: i + 1])) for i in range(k - 1, len(vals))]
    out = {}
    for j, (end, w) in enumerate(sums):
        rank = 1 + sum(1 for _, w2 in sums[: j + 1] if w2 < w)
        if w < 0 and rank <= top and j + 1 >= min_windows:
            out[end.end_time.date()] = (w, rank)
    return out


def test_window_rank_rule_matches_brute_force(loaded_store):
    s = _weekly(loaded_store)
    for k, top in [(2, 5), (4, 3)]:
        rule = _rules([{"id": "w", "type": "window_rank", "series": WEEKLY_LT, "window": k, "top": top}]).rules[0]
        got = {pd.Timestamp(a.period).date(): (a.value, a.rank) for a in evaluate_rule(rule, loaded_store)}
        expected = brute_window_hits(s, k, top)
        assert got.keys() == expected.keys()
        for end, (w, rank) in expected.items():
            assert got[end][0] == pytest.approx(w) and got[end][1] == rank
    # a known case: the two weeks to 2026-04-04 (-9,455 and -24,789) were the 3rd largest two-week
    # net sale of foreign long-term debt since 2005 when they happened
    rule = _rules([{"id": "w", "type": "window_rank", "series": WEEKLY_LT}]).rules[0]
    a = next(a for a in evaluate_rule(rule, loaded_store) if a.period == "2026-04-04")
    assert (a.value, a.rank, a.out_of) == (-34244.0, 3, 1108)
    assert a.period_label == "2026-03-22..2026-04-04" and a.unit == "JPY 100mn"
    assert "-34,244 JPY 100mn (-¥3.42 tn)" in a.message and "3rd largest 2-week net sale" in a.message
    assert WEEKLY_LT in a.message and "Ministry of Finance Japan" in a.message and "vintage" in a.message


def test_threshold_and_change_rules_match_brute_force(loaded_store):
    s = _weekly(loaded_store)
    rule = _rules([{"id": "t", "type": "threshold", "series": WEEKLY_LT, "below": -20000}]).rules[0]
    got = {a.period: (a.value, a.rank) for a in evaluate_rule(rule, loaded_store)}
    vals = list(s.to_numpy())
    expected = {}
    for i, v in enumerate(vals):
        if v < -20000:
            expected[s.index[i].end_time.strftime("%Y-%m-%d")] = (v, 1 + sum(1 for x in vals[: i + 1] if x < v))
    assert got == expected
    assert got["2024-11-02"] == (-44579.0, 1)  # the record weekly sale (week to 2 November 2024)

    jp = ustflow.series("tic.holdings.japan", store=loaded_store)
    rule = _rules([{"id": "c", "type": "change", "series": "tic.holdings.japan", "below": -30}]).rules[0]
    got = {a.period[:7]: round(a.value, 6) for a in evaluate_rule(rule, loaded_store)}
    diff = jp.diff()
    # like for like across TIC's series breaks: at 2011-06 the old series of that month (911.1)
    # against May, -1.3, not the -30.9 that pairs the new series with the old
    diff[pd.Period("2011-06", "M")] = 911.1 - jp[pd.Period("2011-05", "M")]
    diff[pd.Period("2011-12", "M")] = float("nan")  # a break without an overlap: no like-for-like change
    expected = {str(p): round(v, 6) for p, v in diff.items() if v < -30}
    assert got == expected and "2026-03" in got and "2011-06" not in got
    a = next(a for a in evaluate_rule(rule, loaded_store) if a.period == "2026-03-01")
    assert a.unit == "USD bn" and "from 1,239.3 USD bn" in a.context and "-47.7 USD bn" in a.message


def test_hedged_pickup_crossings_are_sign_changes_of_the_pickup(loaded_store):
    from ustflow.alerts.evaluate import hedged_pickup_table

    rule = _rules([{"id": "h", "type": "hedged_pickup_cross", "direction": "down"}]).rules[0]
    found = evaluate_rule(rule, loaded_store)
    table = hedged_pickup_table(loaded_store)
    p = table["hedged_pickup_pct"].dropna()
    p = p[p != 0]
    expected = [d for d, prev, cur in zip(p.index[1:], p.to_numpy()[:-1], p.to_numpy()[1:]) if prev > 0 > cur]
    assert [pd.Timestamp(a.period) for a in found] == expected
    assert len(found) >= 1 and all(a.value < 0 for a in found)
    # the value is UST 10y - (USD short rate - JGB 1y) - JGB 10y on that date
    d = pd.Timestamp(found[-1].period)
    row = table.loc[d]
    assert found[-1].value == pytest.approx(row.ust_yield_pct - (row.usd_short_pct - row.jpy_short_pct) - row.jgb_yield_pct)
    ust = ustflow.series("fred.dgs10", store=loaded_store)
    assert row.ust_yield_pct == ust.loc[d]  # the anchor is the UST yield's own observation
    assert "percentage points" in found[-1].message and "fred.dgs10" in found[-1].message


def test_new_event_keys_are_stable_and_count_every_intervention(loaded_store):
    rule = _rules([{"id": "fx", "type": "new_event"}]).rules[0]
    a1, a2 = evaluate_rule(rule, loaded_store), evaluate_rule(rule, loaded_store)
    ev = ustflow.events(kind="fx_intervention", store=loaded_store)
    assert len(a1) == len(ev) > 10
    assert [a.key for a in a1] == [a.key for a in a2] and len({a.key for a in a1}) == len(a1)
    big = max(a1, key=lambda a: a.value)
    assert big.unit == "JPY bn" and big.value == ev["amount"].max()


def test_rules_file_validation(tmp_path):
    rs = alerts.load_rules(REPO / "examples" / "alerts.toml")
    assert {r.type for r in rs.rules} == {"threshold", "window_rank", "change", "hedged_pickup_cross", "new_event",
                                          "revision", "level_fall_rank", "net_sale"}
    assert rs.rule("mof-2w-ltdebt-sale-top5").params == {"series": WEEKLY_LT, "window": 2, "top": 5, "side": "sell",
                                                         "since": "2005-01-01", "min_windows": 52}
    bad = [
        ({"rules": [{"id": "a", "type": "nope"}]}, "unknown type 'nope'"),
        ({"rules": [{"id": "a", "type": "threshold", "below": 1}]}, "rules #1 ('a').series: missing (required)"),
        ({"rules": [{"id": "a", "type": "threshold", "series": "x"}]}, "needs above and/or below"),
        ({"rules": [{"id": "a", "type": "window_rank", "series": "x", "window": 0}]}, "rules #1 ('a').window: expected a number >= 1, found 0"),
        ({"rules": [{"id": "a", "type": "window_rank", "series": "x", "colour": 1}]}, "unknown keys ['colour'] for type window_rank; allowed: channels"),
        ({"rules": [{"id": "a", "type": "new_event"}, {"id": "a", "type": "new_event"}]}, "rules #2 ('a').id: duplicate id (rules #1 has it too)"),
        ({"rules": [{"id": "a", "type": "new_event", "channels": ["pager"]}]}, "unknown channels ['pager']"),
        ({"channels": {"h": {"type": "webhook"}}}, "channels.h.url: missing (required)"),
        ({"channels": {"h": {"type": "carrier_pigeon"}}}, "channels.h: unknown type 'carrier_pigeon'; known: console, jsonl"),
    ]
    for data, msg in bad:
        with pytest.raises(UstflowError, match=re.escape(msg)):
            parse_rules(data, "t.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("[[rules]\nid=")
    with pytest.raises(UstflowError, match="not valid TOML"):
        alerts.load_rules(broken)


def test_unknown_series_is_a_rule_error_not_a_crash(loaded_store, tmp_path):
    rs = _rules([{"id": "typo", "type": "threshold", "series": "tic.holdings.japn", "below": 0},
                 {"id": "fx", "type": "new_event"}])
    log = JsonLog(path=tmp_path / "log.jsonl")
    res = alerts.run(rs, loaded_store, home=tmp_path, log=log)
    assert "unknown series 'tic.holdings.japn'" in res.errors["typo"]
    assert [r["rule"] for r in log.records if r["event"] == "alert.rule_failed"] == ["typo"]
    assert "fx" in res.armed  # the other rule went on


# ----------------------------------------------------------------------------- local listeners
class Listener:
    """A real HTTP server on 127.0.0.1 recording POSTs; answers from ``statuses`` then 200."""

    def __init__(self, statuses=()):
        self.statuses = list(statuses)
        self.requests: list[tuple[int, dict, bytes]] = []
        owner = self

        class H(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                status = owner.statuses.pop(0) if owner.statuses else 200
                owner.requests.append((status, dict(self.headers.items()), body))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"
        serve_in_thread(self.httpd)

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()



class Mailbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 OK"


@pytest.fixture
def smtp_server():
    from aiosmtpd.controller import Controller

    box = Mailbox()
    ctl = Controller(box, hostname="127.0.0.1", port=free_port())
    ctl.start()
    yield ctl, box
    ctl.stop()


def test_delivery_to_webhook_email_and_file_with_a_failing_channel(loaded_store, tmp_path, smtp_server, capsys):
    ctl, box = smtp_server
    hook = Listener(statuses=[500])  # the first POST fails: it must be retried
    dead = f"http://127.0.0.1:{free_port()}/nobody-listens"
    fast = {"retries": 2, "backoff": 0.01}
    channels = {
        "hook": {"type": "webhook", "url": hook.url, "secret": "s3cret", **fast},
        "dead": {"type": "webhook", "url": dead, "timeout": 2, **fast},
        "mail": {"type": "email", "host": "127.0.0.1", "port": ctl.port, "from": "ustflow@localhost",
                 "to": ["desk@localhost"], **fast},
        "file": {"type": "jsonl", "path": "out/alerts.jsonl"},
    }
    rs = _rules([{"id": "two-week-sale", "type": "window_rank", "series": WEEKLY_LT, "window": 2, "top": 5,
                  "title": "two-week LT debt sale in the top 5 since 2005"}],
                channels, defaults=["dead", "hook", "mail", "file", "console"])
    # armed on the data held, then the two newest findings forgotten: they are what is new
    with AlertState.for_home(tmp_path).locked() as st:
        alerts.arm(rs, loaded_store, st)
        seen = st.rule("two-week-sale")["seen"]
        newest = sorted(seen)[-2:]
        for k in newest:
            del seen[k]
    log = JsonLog(path=tmp_path / "log.jsonl")
    try:
        res = alerts.run(rs, loaded_store, home=tmp_path, log=log)
        assert sorted(a.key for a in res.fired) == newest
        assert [a.period for a in res.fired] == ["2025-04-12", "2026-04-04"]
        # webhook: retried after the 500, then both alerts arrived with a valid signature
        assert [s for s, _, _ in hook.requests] == [500, 200, 200]
        for _status, headers, body in hook.requests[1:]:
            expect = "sha256=" + hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
            assert headers["X-Ustflow-Signature-256"] == expect
            doc = json.loads(body)
            assert headers["X-Ustflow-Delivery"] == doc["id"]
            assert doc["unit"] == "JPY 100mn" and doc["series"] == WEEKLY_LT and doc["rank"] <= 5
            assert "JPY 100mn" in doc["message"] and "largest 2-week net sale" in doc["message"]
        assert json.loads(hook.requests[2][2])["value"] == -34244.0
        # email
        assert len(box.messages) == 2
        mail = box.messages[1].content.decode()
        assert "two-week LT debt sale" in mail and "-34,244 JPY 100mn" in mail and box.messages[1].rcpt_tos == ["desk@localhost"]
        # file and console
        lines = [json.loads(x) for x in (tmp_path / "out" / "alerts.jsonl").read_text().splitlines()]
        assert [x["period"] for x in lines] == ["2025-04-12", "2026-04-04"]
        assert capsys.readouterr().out.count("ALERT ") == 2
        # the dead channel: tried 3 times per alert, logged, did not stop the others
        fails = [r for r in log.records if r["event"] == "alert.delivery_failed" and r["channel"] == "dead"]
        assert [r["attempt"] for r in fails] == [1, 2, 3, 1, 2, 3]
        assert [r["level"] for r in fails[:3]] == ["warning", "warning", "error"]
        assert {(f["channel"]) for f in res.failed_deliveries} == {"dead"}
        logged = [json.loads(x) for x in (tmp_path / "log.jsonl").read_text().splitlines()]
        assert sum(r["event"] == "alert.delivered" for r in logged) == 2 * 4
        # state persisted: a second run fires nothing and retries only the failed channel
        st = AlertState.for_home(tmp_path).load()
        entry = st.rule("two-week-sale")["seen"][newest[-1]]
        assert entry["channels"]["hook"] == "ok" and "dead" in entry["channels"] and entry["channels"]["dead"] != "ok"
        log2 = JsonLog(path=tmp_path / "log2.jsonl")
        res2 = alerts.run(rs, loaded_store, home=tmp_path, log=log2)
        assert res2.fired == [] and res2.retried == 2
        assert len(hook.requests) == 3 and len(box.messages) == 2
        retried = [r for r in log2.records if r["event"] == "alert.retry_pending"]
        assert [r["channels"] for r in retried] == [["dead"], ["dead"]]
    finally:
        hook.close()


def test_email_with_starttls(tmp_path, loaded_store):
    if not shutil.which("openssl"):
        pytest.skip("openssl not available to make a test certificate")
    import ssl

    from aiosmtpd.controller import Controller

    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    box = Mailbox()
    ctl = Controller(box, hostname="127.0.0.1", port=free_port(), tls_context=ctx, require_starttls=True)
    ctl.start()
    try:
        rs = _rules([{"id": "fx", "type": "new_event", "channels": ["mail"]}],
                    {"mail": {"type": "email", "host": "127.0.0.1", "port": ctl.port, "starttls": True,
                              "cafile": str(cert), "from": "a@localhost", "to": "b@localhost", "retries": 0}})
        with AlertState.for_home(tmp_path).locked() as st:
            alerts.arm(rs, loaded_store, st)
            last = sorted(st.rule("fx")["seen"])[-1]
            del st.rule("fx")["seen"][last]
        res = alerts.run(rs, loaded_store, home=tmp_path)
        assert len(res.fired) == 1 and res.failed_deliveries == []
        assert len(box.messages) == 1 and "JPY bn" in box.messages[0].content.decode()
        # without STARTTLS the server refuses the mail: the failure is reported, not raised
        rs2 = _rules([{"id": "fx", "type": "new_event", "channels": ["plain"]}],
                     {"plain": {"type": "email", "host": "127.0.0.1", "port": ctl.port, "from": "a@localhost",
                                "to": ["b@localhost"], "retries": 0}})
        from ustflow.alerts.delivery import deliver

        out = deliver(res.fired[0].to_dict(), list(rs2.channels.values())[:1], tmp_path, JsonLog(path=tmp_path / "l"))
        assert out["plain"] != "ok" and "STARTTLS" in out["plain"].upper()
    finally:
        ctl.stop()


def test_revision_rule_after_loading_an_older_vintage(loaded_store, tmp_path, shared_data):
    home = tmp_path / "home"
    home.mkdir()
    shutil.copyfile(loaded_store.path, home / "store.duckdb")
    rules = tmp_path / "rules.toml"
    rules.write_text('[channels.file]\ntype = "jsonl"\npath = "alerts.jsonl"\n'
                     '[[rules]]\nid = "uk-rev"\ntype = "revision"\nseries = "tic.holdings.united_kingdom"\n'
                     'min_abs = 1.0\nchannels = ["file"]\n')
    first = cli(["alerts", "run", rules, "--format", "json"], home)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["armed"] == {"uk-rev": 0}  # one vintage: nothing revised yet
    imp = cli(["import", shared_data / "vintages" / "mfhhis01_2026-03-18.txt"], home)
    assert imp.returncode == 0, imp.stderr
    second = cli(["alerts", "run", rules, "--format", "json"], home)
    assert second.returncode == 0, second.stderr
    fired = json.loads(second.stdout)["fired"]
    # brute force: per period, the March and May 2026 values of the same file (mfhhis01)
    v = ustflow.vintages("tic.holdings.united_kingdom", store=Store(home))
    v = v[v["source_id"] == "tic_mfh_history"].sort_values("vintage")
    expected = {}
    for per, g in v.groupby("period"):
        vals = list(g["value"])
        for old, new in zip(vals, vals[1:]):
            if abs(new - old) > 1.0:
                expected[per.strftime("%Y-%m-%d")] = round(new - old, 6)
    assert {f["period"]: round(f["value"], 6) for f in fired} == expected
    dec = next(f for f in fired if f["period"] == "2025-12-01")
    assert dec["value"] == pytest.approx(863.1 - 866.0) and "from 866.0 USD bn to 863.1 USD bn" in dec["context"]
    assert dec["vintage"].startswith("2026-05-18")
    assert len((home / "alerts.jsonl").read_text().splitlines()) == len(fired)
    third = cli(["alerts", "run", rules, "--format", "json"], home)
    assert json.loads(third.stdout)["fired"] == []
    listed = cli(["alerts", "fired", "--format", "json"], home)
    assert len(json.loads(listed.stdout)["rows"]) == len(fired)


def test_alerts_test_cli_replays_the_shipped_examples(loaded_home, loaded_store):
    out = cli(["alerts", "test", REPO / "examples" / "alerts.toml", "--format", "json"], loaded_home)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    rows = pd.DataFrame(doc["rows"])
    assert rows["error"].isna().all()
    assert set(rows["rule"]) >= {"mof-weekly-ltdebt-sale-2tn", "mof-2w-ltdebt-sale-top5", "tic-japan-holdings-drop-30bn",
                                 "hedged-pickup-10y-crosses-zero", "mof-fx-intervention"}
    two = rows[rows["rule"] == "mof-2w-ltdebt-sale-top5"]
    assert len(two) == len(brute_window_hits(_weekly(loaded_store), 2, 5))
    assert pd.to_datetime(rows["would_fire"], format="ISO8601").is_monotonic_increasing
    assert "JPY 100mn" in doc["units"] and "USD bn" in doc["units"]
    since = cli(["alerts", "test", REPO / "examples" / "alerts.toml", "--since", "2026-01-01",
                     "--rule", "mof-2w-ltdebt-sale-top5"], loaded_home)
    assert since.returncode == 0 and "2026-03-22..2026-04-04" in since.stdout and "2025-03-30" not in since.stdout


def test_a_redefined_rule_is_rearmed_not_refired(loaded_store, tmp_path):
    log = JsonLog(path=tmp_path / "log.jsonl")
    five = _rules([{"id": "w", "type": "window_rank", "series": WEEKLY_LT, "top": 5}])
    first = alerts.run(five, loaded_store, home=tmp_path, log=log)
    n5 = first.armed["w"]
    assert first.fired == [] and n5 == len(brute_window_hits(_weekly(loaded_store), 2, 5))
    assert alerts.run(five, loaded_store, home=tmp_path, log=log).fired == []
    # widening the rule changes its meaning: what it now finds in old data is history, not news
    ten = _rules([{"id": "w", "type": "window_rank", "series": WEEKLY_LT, "top": 10}])
    again = alerts.run(ten, loaded_store, home=tmp_path, log=log)
    assert again.fired == [] and again.armed["w"] == len(brute_window_hits(_weekly(loaded_store), 2, 10)) > n5
