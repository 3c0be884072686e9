"""Where alerts go: console, a JSON-lines file, a webhook (signed), email over SMTP.

Each sender sends one alert (a dict, see ``Alert.to_dict``) or raises; it bounds its waits by the
channel's ``Deadline`` and registers how to abort (close its connection) when the deadline is up.
``ustflow.alerts.delivery.deliver`` runs them: every channel at once, retried within its deadline.
A re-sent alert carries the same id: the JSON-lines channel does not write an id it already holds.

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
import threading
import time
from pathlib import Path
from typing import Callable

from ustflow.errors import DeliveryError, InvalidArgument

SIGNATURE_HEADER = "X-Ustflow-Signature-256"
DELIVERY_HEADER = "X-Ustflow-Delivery"


class Deadline:
    """The time left for one channel's delivery, and how to abort it when the time is up."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.at = time.monotonic() + seconds
        self._aborts: list[Callable[[], None]] = []
        self._lock = threading.Lock()
        self.expired = False

    def remaining(self) -> float:
        return max(0.0, self.at - time.monotonic())

    def on_abort(self, fn: Callable[[], None]) -> None:
        """Register how to interrupt the sender (close its connection); runs at once if already expired."""
        with self._lock:
            if not self.expired:
                self._aborts.append(fn)
                return
        fn()

    def abort(self) -> None:
        with self._lock:
            self.expired = True
            fns, self._aborts = self._aborts, []
        for fn in fns:
            try:
                fn()
            except Exception:
                pass


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


def send_console(alert: dict, opts: dict, home: Path, deadline: Deadline | None = None) -> None:
    sys.stdout.write(f"ALERT {alert['message']}\n")
    sys.stdout.flush()


def send_jsonl(alert: dict, opts: dict, home: Path, deadline: Deadline | None = None) -> None:
    path = Path(os.path.expanduser(str(opts["path"])))
    if not path.is_absolute():
        path = home / path
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and f'"id": "{alert["id"]}"'.encode() in path.read_bytes():
        return  # written by a run that was killed before it could record it: not twice
    line = (json.dumps(alert, default=str, ensure_ascii=False) + "\n").encode("utf-8")
    # one write() on an O_APPEND descriptor: concurrent writers never interleave within a line
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line)
    finally:
        os.close(fd)


def send_webhook(alert: dict, opts: dict, home: Path, deadline: Deadline | None = None) -> None:
    import httpx

    from ustflow.config import USER_AGENT

    body = json.dumps(alert, default=str, ensure_ascii=False).encode("utf-8")
    headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": USER_AGENT,
               DELIVERY_HEADER: alert["id"], **{str(k): str(v) for k, v in (opts.get("headers") or {}).items()}}
    secret = _secret(opts, "secret")
    if secret:
        headers[SIGNATURE_HEADER] = sign(body, secret)
    timeout = float(opts.get("timeout", 10))
    if deadline is not None:
        timeout = max(0.1, min(timeout, deadline.remaining()))
    client = httpx.Client(timeout=timeout)
    if deadline is not None:
        deadline.on_abort(client.close)  # the deadline closes the connection of a trickling server
    try:
        r = client.post(str(opts["url"]), content=body, headers=headers)
    except (httpx.HTTPError, RuntimeError, OSError) as e:
        raise DeliveryError(f"webhook {opts['url']}: {type(e).__name__}: {e}") from e
    finally:
        client.close()
    if not 200 <= r.status_code < 300:
        raise DeliveryError(f"webhook {opts['url']}: HTTP {r.status_code}")


def send_email(alert: dict, opts: dict, home: Path, deadline: Deadline | None = None) -> None:
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
    if deadline is not None:
        timeout = max(0.1, min(timeout, deadline.remaining()))
    context = None
    if opts.get("starttls") or opts.get("ssl"):
        context = ssl.create_default_context(cafile=opts.get("cafile"))
    try:
        if opts.get("ssl"):
            smtp = smtplib.SMTP_SSL(host, int(opts.get("port", 465)), timeout=timeout, context=context)
        else:
            smtp = smtplib.SMTP(host, int(opts.get("port", 25)), timeout=timeout)
        if deadline is not None:
            deadline.on_abort(smtp.close)
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


SENDERS: dict[str, Callable[..., None]] = {
    "console": send_console, "jsonl": send_jsonl, "webhook": send_webhook, "email": send_email,
}
