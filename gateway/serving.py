"""Serving the gateway with uvicorn (its httptools parser), standalone or inside `python -m gateway serve`."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator

import uvicorn

from gateway.app import Gateway
from gateway.browser import Browser
from gateway.webapp import WebApp
from server.config import Settings
from server.tls import ReloadingServerContext
from server.tls_config import ListenerTls

DEFAULT_HTTP_ADDR = Settings.http_addr


class _EmbeddedServer(uvicorn.Server):
    """Leaves SIGTERM/SIGINT to the host process, which stops this server as part of its drain."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def listening_socket(host: str, port: int, reuse_port: bool) -> socket.socket:
    """Bound here so that `serve --workers N` processes can share the HTTP port like the gRPC one."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio turns Nagle off (TCP_NODELAY) only on sockets whose proto says
    # TCP, and accepted sockets inherit it. Without it each small reply waited ~40 ms for the
    # client's delayed ACK (headers and body are two writes).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock


def server(app: Gateway | Browser | WebApp, embedded: bool, tls: ListenerTls | None = None) -> uvicorn.Server:
    """With `tls`, HTTPS with the certificate re-read when its files change (server/tls.py)."""
    context = ReloadingServerContext(tls).listening if tls else None
    config = uvicorn.Config(
        app,
        http="httptools",
        lifespan="on",
        log_config=None,  # the host process configured logging (structlog)
        access_log=False,  # the server's access line covers each call, with its request id
        server_header=False,
        proxy_headers=False,  # which peers may set the client address is the server's to decide
        timeout_graceful_shutdown=10,
        ssl_context_factory=(lambda _config, _default: context) if context else None,
    )
    return _EmbeddedServer(config) if embedded else uvicorn.Server(config)
