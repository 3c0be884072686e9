"""The ``serve`` command: the local dashboard (FastAPI app under uvicorn)."""

from __future__ import annotations

from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind. Anything but loopback requires a token."),
    port: int = typer.Option(8000, "--port", min=0, max=65535),
    token: Optional[str] = typer.Option(None, "--token", envvar="USTFLOW_TOKEN",
                                        help="Required from every request (Authorization: Bearer, ?token=) when set; "
                                             "mandatory for a non-loopback --host."),
    log_level: str = typer.Option("warning", "--log-level", help="uvicorn log level."),
) -> None:
    """Serve the read-only dashboard and JSON API (pages: overview, flows, holdings, drivers, risk)."""
    from ustflow.errors import InvalidArgument
    from ustflow.web.security import is_loopback

    if not is_loopback(host) and not token:
        raise InvalidArgument(f"--host {host} is not a loopback address: pass --token TOKEN (or set USTFLOW_TOKEN); "
                           "every request will then have to carry it")
    if token is not None and len(token) < 16:
        raise InvalidArgument("the token must be at least 16 characters")
    import uvicorn

    from ustflow.web.app import create_app

    app = create_app(token=token, host=host)
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"ustflow dashboard on http://{shown}:{port}/ (read-only; Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False, server_header=False)
