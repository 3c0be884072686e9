"""The local dashboard: a read-only FastAPI app over the store (``ustflow serve``); see ``web.app``."""

from __future__ import annotations


def serve(host: str = "127.0.0.1", port: int = 8000, *, token: str | None = None, log_level: str = "warning",
          store=None) -> None:
    """Serve the read-only dashboard and JSON API until interrupted (uvicorn).

    Anything but a loopback ``host`` requires a ``token`` (at least 16 characters) that every request
    must then carry (``Authorization: Bearer`` or ``?token=``); otherwise ``InvalidArgument``.
    """
    import sys

    from ustflow.errors import InvalidArgument
    from ustflow.web.security import is_loopback

    if not is_loopback(host) and not token:
        raise InvalidArgument(f"--host {host} is not a loopback address: pass --token TOKEN (or set USTFLOW_TOKEN); "
                              "every request will then have to carry it")
    if token is not None and len(token) < 16:
        raise InvalidArgument("the token must be at least 16 characters")
    import uvicorn

    from ustflow.web.app import create_app

    app = create_app(store, token=token, host=host)
    shown = f"[{host}]" if ":" in host else host
    print(f"ustflow dashboard on http://{shown}:{port}/ (read-only; Ctrl-C to stop)", file=sys.stderr, flush=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False, server_header=False)
