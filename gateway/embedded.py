"""The gateway as a front door of a serving process (`python -m gateway serve`): it listens
beside gRPC and calls this process's gRPC port through a real channel, so every HTTP call passes
the interceptor chain once. With --workers N every worker serves it on the shared HTTP port
(SO_REUSEPORT, like gRPC), calling whichever worker the kernel hands its channel to."""

from __future__ import annotations

import asyncio

from server.config import ConfigError, Settings, parse_addr
from server.tls_config import UpstreamTls


class EmbeddedGateway:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.upstream_tls = _upstream_tls(settings)
        self._task: asyncio.Task[None] | None = None

    async def open(self, grpc_port: int) -> str:
        # Imported when it opens, in a serving process: the `serve --workers N` supervisor
        # builds one only to refuse a configuration it could not serve, and stays small.
        from gateway.app import Gateway
        from gateway.browser import Browser
        from gateway.serving import listening_socket, server
        from gateway.webapp import WebApp

        settings = self.settings
        host, port = parse_addr(settings.http_addr)
        grpc_host = "127.0.0.1" if settings.host in {"0.0.0.0", "::", ""} else settings.host
        sock = listening_socket(host, port, reuse_port=settings.workers > 1)
        gateway = Gateway(
            f"{grpc_host}:{grpc_port}", settings.max_message_bytes, upstream_tls=self.upstream_tls
        )
        app = WebApp(Browser(gateway, settings.cors_origins))  # the web app at `/`, the API beside it
        self._http = server(app, embedded=True, tls=settings.http_tls)
        self._task = asyncio.create_task(self._http.serve(sockets=[sock]))
        return f"{'https' if settings.http_tls else 'http'}://{host}:{sock.getsockname()[1]}"

    async def close(self) -> None:
        if self._task is not None:
            self._http.should_exit = True
            await self._task


def _upstream_tls(settings: Settings) -> UpstreamTls | None:
    """When gRPC serves TLS the gateway calls it over TLS too, trusting the configured CA and,
    when gRPC requires client certificates, presenting its own."""
    tls = settings.grpc_tls
    if tls is None:
        return None
    upstream = settings.upstream_tls
    if upstream is None:
        raise ConfigError(
            "gRPC serves TLS, so the gateway beside it calls it over TLS: set RUPAYA_GATEWAY_UPSTREAM_CA_FILE "
            "(the CA that issued RUPAYA_TLS_CERT_FILE), or RUPAYA_HTTP_ADDR=off"
        )
    if tls.client_ca_file and not upstream.cert_file:
        raise ConfigError(
            "RUPAYA_TLS_CLIENT_CA_FILE makes gRPC require client certificates, so the gateway beside it needs "
            "one: set RUPAYA_GATEWAY_CLIENT_CERT_FILE and RUPAYA_GATEWAY_CLIENT_KEY_FILE, or RUPAYA_HTTP_ADDR=off"
        )
    return upstream


def front_door(settings: Settings) -> EmbeddedGateway | None:
    """The gateway for `settings`, or none when RUPAYA_HTTP_ADDR=off; ConfigError when it could
    not call this server."""
    return EmbeddedGateway(settings) if settings.http_addr else None
