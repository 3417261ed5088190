"""TLS settings from the environment: which certificate files each listener serves, what the
gateway trusts upstream, and the production rule against plaintext off loopback.

Separate from config.py because both entry points read it: `python -m gateway --upstream`
has no server settings (no database, no keys) but the same TLS variables."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass

# What to set instead of plaintext, per listener (or hop); RUPAYA_ALLOW_PLAINTEXT=true is
# for a TLS-terminating load balancer in front.
PLAINTEXT_FIXES = {
    "gRPC": "set RUPAYA_TLS_CERT_FILE and RUPAYA_TLS_KEY_FILE",
    "HTTP": "set RUPAYA_HTTP_TLS_CERT_FILE and RUPAYA_HTTP_TLS_KEY_FILE (or the RUPAYA_TLS_ pair)",
    "gRPC upstream": "set RUPAYA_GATEWAY_UPSTREAM_CA_FILE",
}


class TlsConfigError(Exception):
    """TLS variables that do not describe a listener or an upstream we can use."""


@dataclass(frozen=True)
class ListenerTls:
    """A listener's certificate chain and key (PEM files, re-read when they change); with
    `client_ca_file` every client must present a certificate that CA issued (mutual TLS)."""

    cert_file: str
    key_file: str
    client_ca_file: str = ""


@dataclass(frozen=True)
class UpstreamTls:
    """How the gateway calls its gRPC upstream over TLS: the CA it trusts, its own client
    certificate for mutual TLS (optional), and the name the upstream's certificate must carry
    when it is not the address dialled."""

    ca_file: str
    cert_file: str = ""
    key_file: str = ""
    server_name: str = ""


def _readable(name: str, path: str) -> str:
    if not os.access(path, os.R_OK) or not os.path.isfile(path):
        raise TlsConfigError(f"{name}: cannot read {path!r}")
    return path


def _pair(env: Mapping[str, str], cert_name: str, key_name: str) -> tuple[str, str] | None:
    cert, key = env.get(cert_name, "").strip(), env.get(key_name, "").strip()
    if bool(cert) != bool(key):
        raise TlsConfigError(f"{cert_name} and {key_name} go together: set both or neither")
    if not cert:
        return None
    return _readable(cert_name, cert), _readable(key_name, key)


def grpc_tls(env: Mapping[str, str]) -> ListenerTls | None:
    """RUPAYA_TLS_CERT_FILE + RUPAYA_TLS_KEY_FILE (+ RUPAYA_TLS_CLIENT_CA_FILE), or plaintext."""
    pair = _pair(env, "RUPAYA_TLS_CERT_FILE", "RUPAYA_TLS_KEY_FILE")
    client_ca = env.get("RUPAYA_TLS_CLIENT_CA_FILE", "").strip()
    if pair is None:
        if client_ca:
            raise TlsConfigError(
                "RUPAYA_TLS_CLIENT_CA_FILE needs RUPAYA_TLS_CERT_FILE and RUPAYA_TLS_KEY_FILE"
            )
        return None
    return ListenerTls(*pair, _readable("RUPAYA_TLS_CLIENT_CA_FILE", client_ca) if client_ca else "")


def http_tls(env: Mapping[str, str]) -> ListenerTls | None:
    """RUPAYA_HTTP_TLS_CERT_FILE + _KEY_FILE, else the gRPC listener's pair (one node, one name).
    Never client certificates: browsers do not carry them."""
    pair = _pair(env, "RUPAYA_HTTP_TLS_CERT_FILE", "RUPAYA_HTTP_TLS_KEY_FILE") or _pair(
        env, "RUPAYA_TLS_CERT_FILE", "RUPAYA_TLS_KEY_FILE"
    )
    return ListenerTls(*pair) if pair else None


def upstream_tls(env: Mapping[str, str]) -> UpstreamTls | None:
    """RUPAYA_GATEWAY_UPSTREAM_CA_FILE turns TLS to the upstream on; the client pair and the
    server-name override only make sense with it."""
    ca = env.get("RUPAYA_GATEWAY_UPSTREAM_CA_FILE", "").strip()
    name = env.get("RUPAYA_GATEWAY_UPSTREAM_SERVER_NAME", "").strip()
    client = ("RUPAYA_GATEWAY_CLIENT_CERT_FILE", "RUPAYA_GATEWAY_CLIENT_KEY_FILE")
    if not ca:
        if name or any(env.get(variable, "").strip() for variable in client):
            raise TlsConfigError(
                "RUPAYA_GATEWAY_CLIENT_CERT_FILE/KEY_FILE and RUPAYA_GATEWAY_UPSTREAM_SERVER_NAME need "
                "RUPAYA_GATEWAY_UPSTREAM_CA_FILE (the CA that issued the upstream's certificate)"
            )
        return None
    cert, key = _pair(env, *client) or ("", "")
    return UpstreamTls(_readable("RUPAYA_GATEWAY_UPSTREAM_CA_FILE", ca), cert, key, name)


def is_loopback(host: str) -> bool:
    """True only for addresses no other machine can reach; a name other than localhost may
    resolve anywhere, and 0.0.0.0/:: listen everywhere."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def refuse_plaintext(listener: str, host: str, tls_on: bool, allowed: bool) -> str | None:
    """Why a production process may not serve `listener` on `host` in plaintext, or None."""
    if tls_on or allowed or is_loopback(host):
        return None
    return (
        f"RUPAYA_ENV=production refuses plaintext {listener} on {host or '0.0.0.0'}: "
        f"{PLAINTEXT_FIXES[listener]} (docs/security.md 'TLS'), use a loopback address, or set "
        "RUPAYA_ALLOW_PLAINTEXT=true when a TLS-terminating load balancer is in front"
    )
