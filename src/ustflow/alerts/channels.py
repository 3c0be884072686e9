"""Where alerts go: console, a JSON-lines file, a webhook (signed), email over SMTP.

Each channel sends one alert (a dict, see ``Alert.to_dict``) or raises. ``deliver`` tries every
channel of a rule independently: a failure is retried ``retries`` times with exponential backoff
(``backoff`` seconds, doubled, capped at 30 s), each failure is logged, and one channel failing never
stops the others. What still failed is reported back, so the caller keeps it pending for the next run.

Webhook: HTTP POST of the alert as JSON (UTF-8). With a secret, the header
``X-Ustflow-Signature-256: sha256=<hex>`` carries HMAC-SHA256(secret, raw body) - the GitHub
convention, so receivers can reuse their verification code - and ``X-Ustflow-Delivery`` carries a
stable id per alert (the same on every retry) for de-duplication. Any 2xx is success.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import sys
import time
from pathlib import Path
from typing import Callable

from ustflow.alerts.rules import ChannelConfig
from ustflow.errors import DeliveryError, InvalidArgument, UstflowError

SIGNATURE_HEADER = "X-Ustflow-Signature-256"
DELIVERY_HEADER = "X-Ustflow-Delivery"
MAX_BACKOFF = 30.0


def sign(body: bytes, secret: str) -> str:
    """The signature header value for ``body``: ``sha256=`` + hex HMAC-SHA256."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify(body: bytes, secret: str, header: str | None) -> bool:
    """Constant-time check of a received signature header (for receivers and tests)."""
    return bool(header) and hmac.compare_digest(sign(body, secret), header)


def _secret(opts: dict, key: str) -> str | None:
    if opts.get(key):
        return str(opts[key])
    env = opts.get(f"{key}_env")
    if env:
        val = os.environ.get(env)
        if not val:
            raise InvalidArgument(f"environment variable {env} (the {key}) is not set")
        return val
    return None


def send_console(alert: dict, opts: dict, home: Path) -> None:
    sys.stdout.write(f"ALERT {alert['message']}\n")
    sys.stdout.flush()


def send_jsonl(alert: dict, opts: dict, home: Path) -> None:
    path = Path(os.path.expanduser(str(opts["path"])))
    if not path.is_absolute():
        path = home / path
    path.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(alert, default=str, ensure_ascii=False) + "\n").encode("utf-8")
    # one write() on an O_APPEND descriptor: concurrent writers never interleave within a line
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line)
    finally:
        os.close(fd)


def send_webhook(alert: dict, opts: dict, home: Path) -> None:
    import httpx

    from ustflow.config import USER_AGENT

    body = json.dumps(alert, default=str, ensure_ascii=False).encode("utf-8")
    headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": USER_AGENT,
               DELIVERY_HEADER: alert["id"], **{str(k): str(v) for k, v in (opts.get("headers") or {}).items()}}
    secret = _secret(opts, "secret")
    if secret:
        headers[SIGNATURE_HEADER] = sign(body, secret)
    try:
        r = httpx.post(str(opts["url"]), content=body, headers=headers, timeout=float(opts.get("timeout", 10)))
    except httpx.HTTPError as e:
        raise DeliveryError(f"webhook {opts['url']}: {type(e).__name__}: {e}") from e
    if not 200 <= r.status_code < 300:
        raise DeliveryError(f"webhook {opts['url']}: HTTP {r.status_code}")


def send_email(alert: dict, opts: dict, home: Path) -> None:
    import smtplib
    import ssl
    from email.message import EmailMessage

    msg = EmailMessage()
    prefix = opts.get("subject_prefix", "[ustflow]")
    msg["Subject"] = f"{prefix} {alert['title']}: {alert['period_label']}"
    msg["From"] = opts["from"]
    msg["To"] = ", ".join(opts["to"])
    msg["X-Ustflow-Delivery"] = alert["id"]
    lines = [alert["message"], "", "Details:"]
    lines += [f"  {k}: {v}" for k, v in alert.items() if k not in ("message",) and v not in (None, "")]
    msg.set_content("\n".join(lines))
    host, timeout = str(opts["host"]), float(opts.get("timeout", 10))
    context = None
    if opts.get("starttls") or opts.get("ssl"):
        context = ssl.create_default_context(cafile=opts.get("cafile"))
    try:
        if opts.get("ssl"):
            smtp = smtplib.SMTP_SSL(host, int(opts.get("port", 465)), timeout=timeout, context=context)
        else:
            smtp = smtplib.SMTP(host, int(opts.get("port", 25)), timeout=timeout)
        with smtp:
            smtp.ehlo()
            if opts.get("starttls") and not opts.get("ssl"):
                smtp.starttls(context=context)
                smtp.ehlo()
            password = _secret(opts, "password")
            if opts.get("username") and password:
                smtp.login(str(opts["username"]), password)
            smtp.send_message(msg)
    except (OSError, smtplib.SMTPException) as e:
        raise DeliveryError(f"email via {host}: {type(e).__name__}: {e}") from e


SENDERS: dict[str, Callable[[dict, dict, Path], None]] = {
    "console": send_console, "jsonl": send_jsonl, "webhook": send_webhook, "email": send_email,
}


def deliver(alert: dict, channels: list[ChannelConfig], home: Path, log,
            sleep: Callable[[float], None] = time.sleep) -> dict[str, str]:
    """Send ``alert`` on each channel; returns {channel name: 'ok' | last error}. Never raises."""
    results: dict[str, str] = {}
    for ch in channels:
        attempts = 1 + max(0, ch.retries)
        delay = ch.backoff
        for attempt in range(1, attempts + 1):
            try:
                SENDERS[ch.type](alert, ch.options, home)
            except Exception as e:
                err = str(e) if isinstance(e, UstflowError) else f"{type(e).__name__}: {e}"
                results[ch.name] = err
                last = attempt == attempts
                log("alert.delivery_failed", "error" if last else "warning", alert=alert["id"],
                    rule=alert["rule"], channel=ch.name, channel_type=ch.type, attempt=attempt,
                    attempts=attempts, error=err, will_retry=not last)
                if not last:
                    sleep(min(delay, MAX_BACKOFF))
                    delay *= 2
            else:
                results[ch.name] = "ok"
                log("alert.delivered", alert=alert["id"], rule=alert["rule"], channel=ch.name,
                    channel_type=ch.type, attempt=attempt)
                break
    return results
