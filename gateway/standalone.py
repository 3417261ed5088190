"""`python -m gateway --upstream HOST:PORT [--host H --port P]`: the gateway as its own process,
pointed at any RUPAYA gRPC server (or a load balancer in front of several), so it scales apart.

Configuration as for the server, by environment: RUPAYA_GATEWAY_UPSTREAM, RUPAYA_HTTP_ADDR,
RUPAYA_CORS_ORIGINS (with RUPAYA_ENV), and TLS: RUPAYA_HTTP_TLS_CERT_FILE/KEY_FILE for HTTPS,
RUPAYA_GATEWAY_UPSTREAM_CA_FILE (+ RUPAYA_GATEWAY_CLIENT_CERT_FILE/KEY_FILE for mutual TLS) for
the hop to gRPC (docs/security.md "TLS"), RUPAYA_METRICS_PORT for /metrics (off unless set)."""

from __future__ import annotations

import argparse
import asyncio
import os

from gateway.app import Gateway
from gateway.browser import Browser
from gateway.serving import DEFAULT_HTTP_ADDR, listening_socket, server
from gateway.webapp import WebApp
from server import logs, metrics_endpoint, tls_config
from server.config import ConfigError, cors_origins, parse_addr
from server.tls_config import TlsConfigError, http_tls


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m gateway", description="RUPAYA HTTP/JSON gateway")
    parser.add_argument(
        "--upstream",
        default=os.environ.get("RUPAYA_GATEWAY_UPSTREAM", "127.0.0.1:50051"),
        help="the gRPC server, HOST:PORT (default RUPAYA_GATEWAY_UPSTREAM or 127.0.0.1:50051)",
    )
    try:
        host, port = parse_addr(os.environ.get("RUPAYA_HTTP_ADDR") or DEFAULT_HTTP_ADDR)
    except ConfigError as error:
        parser.error(f"RUPAYA_HTTP_ADDR: {error}")
    try:
        origins = cors_origins(os.environ)
        listener_tls, upstream_tls = http_tls(os.environ), tls_config.upstream_tls(os.environ)
    except (ConfigError, TlsConfigError) as error:
        parser.error(str(error))
    parser.add_argument(
        "--host", default=host, help=f"listen address (default from RUPAYA_HTTP_ADDR, {host})"
    )
    parser.add_argument("--port", type=int, default=port, help=f"listen port (default {port})")
    args = parser.parse_args(argv)
    refusal = _plaintext_refusal(args, listener_tls is not None, upstream_tls is not None)
    if refusal:
        parser.error(refusal)
    logs.configure(os.environ.get("RUPAYA_LOG_FORMAT", "console"))
    metrics_port = _metrics_port(parser)
    if metrics_port:  # off unless set: two gateways on one host would fight over one port
        metrics_endpoint.serve_http(args.host, metrics_port)
    sock = listening_socket(args.host, args.port, reuse_port=False)
    scheme, hop = ("https" if listener_tls else "http"), ("TLS" if upstream_tls else "plaintext")
    print(
        f"RUPAYA HTTP gateway on {scheme}://{args.host}:{sock.getsockname()[1]} -> gRPC {args.upstream} ({hop})",
        flush=True,
    )
    app = WebApp(Browser(Gateway(args.upstream, upstream_tls=upstream_tls), origins))
    asyncio.run(server(app, embedded=False, tls=listener_tls).serve(sockets=[sock]))


def _metrics_port(parser: argparse.ArgumentParser) -> int:
    """RUPAYA_METRICS_PORT: the process's own figures (CPU, memory, open files) for Prometheus."""
    raw = os.environ.get("RUPAYA_METRICS_PORT", "").strip() or "0"
    if not raw.isdigit() or int(raw) > 65535:
        parser.error(f"RUPAYA_METRICS_PORT must be a port number, got {raw!r}")
    return int(raw)


def _plaintext_refusal(args: argparse.Namespace, listener_tls: bool, upstream_tls: bool) -> str | None:
    """In production neither the HTTP listener nor the hop to gRPC is plaintext off loopback,
    unless RUPAYA_ALLOW_PLAINTEXT says a TLS-terminating load balancer or network does it."""
    if os.environ.get("RUPAYA_ENV", "development") != "production":
        return None
    allowed = os.environ.get("RUPAYA_ALLOW_PLAINTEXT", "").strip().lower() in {"1", "true", "yes", "on"}
    try:
        upstream_host = parse_addr(args.upstream)[0]
    except ConfigError as error:
        return f"--upstream: {error}"
    return tls_config.refuse_plaintext(
        "HTTP", args.host, listener_tls, allowed
    ) or tls_config.refuse_plaintext("gRPC upstream", upstream_host, upstream_tls, allowed)
