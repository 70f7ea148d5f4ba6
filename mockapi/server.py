"""Running the mock: the ASGI app for uvicorn, on 127.0.0.1 and a free port by default."""

from __future__ import annotations

import socket
from typing import Any

import uvicorn

import catalog
from mockapi.app import create_app
from mockapi.gateway import BODY_TIMEOUT_SECONDS, Gateway


def build(default_scenario: str = "ok", body_timeout: float = BODY_TIMEOUT_SECONDS) -> Any:
    data = catalog.load()
    return Gateway(create_app(data), data, default_scenario, body_timeout)


def serve(host: str = "127.0.0.1", port: int = 0, scenario: str = "ok", on_ready: Any = None,
          body_timeout: float = BODY_TIMEOUT_SECONDS) -> None:
    """Serve until stopped. Port 0 takes a free port; `on_ready(url)` is called once it listens."""
    app = build(scenario, body_timeout)
    # The protocol must be named: asyncio sets TCP_NODELAY on accepted connections only for a
    # socket created with IPPROTO_TCP. Without it, a keep-alive client (both SDKs) waits ~40 ms on
    # every answer (Nagle's algorithm meets the client's delayed ACK): 90 requests/s instead of 900+.
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    bound = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", access_log=False, timeout_keep_alive=5,
                            limit_concurrency=200, lifespan="off",
                            # No Date/Server headers: answers stay byte-for-byte repeatable.
                            date_header=False, server_header=False)
    server = uvicorn.Server(config)
    if on_ready is not None:
        _startup = server.startup

        async def startup(sockets: Any = None) -> None:
            await _startup(sockets)
            on_ready(f"http://{host}:{bound}")

        server.startup = startup  # type: ignore[method-assign]
    server.run(sockets=[sock])
