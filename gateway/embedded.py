"""The gateway as a front door of a serving process (`python -m gateway serve`): it listens
beside gRPC and calls this process's gRPC port through a real channel, so every HTTP call passes
the interceptor chain once. With --workers N every worker serves it on the shared HTTP port
(SO_REUSEPORT, like gRPC), calling whichever worker the kernel hands its channel to."""

from __future__ import annotations

import asyncio

from gateway.app import Gateway
from gateway.browser import Browser
from gateway.serving import listening_socket, server
from server.config import Settings, parse_addr


class EmbeddedGateway:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._task: asyncio.Task[None] | None = None

    async def open(self, grpc_port: int) -> str:
        settings = self.settings
        host, port = parse_addr(settings.http_addr)
        grpc_host = "127.0.0.1" if settings.host in {"0.0.0.0", "::", ""} else settings.host
        sock = listening_socket(host, port, reuse_port=settings.workers > 1)
        gateway = Gateway(f"{grpc_host}:{grpc_port}", settings.max_message_bytes)
        self._http = server(Browser(gateway, settings.cors_origins), embedded=True)
        self._task = asyncio.create_task(self._http.serve(sockets=[sock]))
        return f"http://{host}:{sock.getsockname()[1]}"

    async def close(self) -> None:
        if self._task is not None:
            self._http.should_exit = True
            await self._task


def front_door(settings: Settings) -> EmbeddedGateway | None:
    """The gateway for `settings`, or none when RUPAYA_HTTP_ADDR=off."""
    return EmbeddedGateway(settings) if settings.http_addr else None
