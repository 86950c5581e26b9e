"""`rightsbot web`: the console on uvicorn, on WEB_HOST:WEB_PORT (127.0.0.1:8080 unless set)."""

from __future__ import annotations

import uvicorn

from bot.entrypoints.web.console import create_app


def config(app, host: str | None = None, port: int | None = None) -> uvicorn.Config:
    """The uvicorn settings of the console: behind the shop's reverse proxy on loopback."""
    settings = app.settings
    return uvicorn.Config(
        create_app(app), host=host or settings.web_host, port=settings.web_port if port is None else port,
        # The proxy's X-Forwarded-For names the client, so rate limits count people, not the proxy.
        proxy_headers=True, forwarded_allow_ips="127.0.0.1",
        # uvicorn's access log prints request paths, and a sign-in link's path is its token.
        access_log=False, log_config=None, server_header=False,
    )


def run(app) -> None:
    uvicorn.Server(config(app)).run()
