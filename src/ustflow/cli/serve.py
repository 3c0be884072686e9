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
    import ustflow

    ustflow.serve(host=host, port=port, token=token, log_level=log_level)
