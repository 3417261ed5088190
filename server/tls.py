"""TLS at run time for both listeners and the gateway's upstream hop.

Certificates are renewed (ACME, an operator, a secret mount) without a restart: each listener
looks at its files' mtime, size and inode on every TLS handshake (a few stat calls) and, when
they changed, loads them and serves the new certificate from that handshake on. A half-written
pair (the new certificate beside the old key) does not load; the listener keeps serving the
old one, warns once, and tries again on the next handshake."""

from __future__ import annotations

import os
import ssl
from collections.abc import Callable
from typing import Any

import grpc
import structlog

from server import metrics
from server.tls_config import ListenerTls, UpstreamTls

log = structlog.get_logger("rupaya.tls")

Signature = tuple[tuple[int, int, int], ...]


class WatchedFiles:
    """Tells when any of some files changed since they were last loaded."""

    def __init__(self, *paths: str) -> None:
        self.paths = [path for path in paths if path]
        self.loaded: Signature = ()
        self.loaded = self.signature()
        self.failed: Signature | None = None  # a signature that did not load: warned once

    def signature(self) -> Signature:
        try:
            stats = [os.stat(path) for path in self.paths]
        except OSError:  # mid-replacement: keep what is loaded, look again next time
            return self.loaded
        return tuple((st.st_mtime_ns, st.st_size, st.st_ino) for st in stats)

    def reload(self, listener: str, load: Callable[[], Any]) -> Any | None:
        """`load()`'s result when the files changed and load cleanly, else None."""
        current = self.signature()
        if current == self.loaded or current == self.failed:
            return None
        try:
            loaded = load()
        except (OSError, ValueError, ssl.SSLError) as error:
            self.failed = current
            log.warning(
                "tls certificate not reloaded; still serving the previous one",
                listener=listener,
                error=str(error),
            )
            return None
        self.loaded, self.failed = current, None
        log.info("tls certificate reloaded", listener=listener, files=self.paths)
        return loaded


def _check_pair(files: ListenerTls) -> None:
    """Raises unless the key belongs to the certificate (gRPC would only find out mid-handshake)."""
    ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).load_cert_chain(files.cert_file, files.key_file)


def _read(path: str) -> bytes:
    with open(path, "rb") as file:
        return file.read()


def _grpc_config(files: ListenerTls) -> Any:
    _check_pair(files)
    metrics.record_certificate("grpc", files.cert_file)
    return grpc.ssl_server_certificate_configuration(
        [(_read(files.key_file), _read(files.cert_file))],
        root_certificates=_read(files.client_ca_file) if files.client_ca_file else None,
    )


def grpc_server_credentials(files: ListenerTls) -> grpc.ServerCredentials:
    """gRPC's dynamic credentials: grpc core asks `fetch` on every new connection whether the
    configuration changed (None: keep it). With a client CA every client needs its certificate."""
    watched = WatchedFiles(files.cert_file, files.key_file, files.client_ca_file)

    def fetch() -> Any:
        return watched.reload("grpc", lambda: _grpc_config(files))

    return grpc.dynamic_ssl_server_credentials(
        _grpc_config(files), fetch, require_client_authentication=bool(files.client_ca_file)
    )


class ReloadingServerContext:
    """The ssl.SSLContext an HTTP listener serves with. A connection starts on `listening`, the
    context the socket was made with; during its handshake (the SNI callback, which OpenSSL
    calls for every ClientHello, with or without a server name) it moves to the newest context
    built from the files. A context's certificate is copied into each connection when the
    connection is made, so loading into the listening context would only reach the next one."""

    def __init__(self, files: ListenerTls, alpn: tuple[str, ...] = ("http/1.1",)) -> None:
        self.files, self.alpn = files, alpn
        self.watched = WatchedFiles(files.cert_file, files.key_file)
        self.listening = self._build()
        self.listening.sni_callback = self._handshake
        self.current = self.listening

    def _build(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(self.files.cert_file, self.files.key_file)
        context.set_alpn_protocols(list(self.alpn))
        metrics.record_certificate("http", self.files.cert_file)
        return context

    def _handshake(self, connection: ssl.SSLObject, server_name: str | None, _: ssl.SSLContext) -> None:
        newer = self.watched.reload("http", self._build)
        if newer is not None:
            self.current = newer
        if self.current is not self.listening:
            connection.context = self.current


def channel_credentials(upstream: UpstreamTls) -> grpc.ChannelCredentials:
    """The gateway trusts `ca_file` and, for mutual TLS, presents its own certificate. Files
    that do not load (a key beside another certificate) raise here, not in a handshake."""
    check = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    check.load_verify_locations(upstream.ca_file)
    if upstream.cert_file:
        check.load_cert_chain(upstream.cert_file, upstream.key_file)
    return grpc.ssl_channel_credentials(
        root_certificates=_read(upstream.ca_file),
        private_key=_read(upstream.key_file) if upstream.key_file else None,
        certificate_chain=_read(upstream.cert_file) if upstream.cert_file else None,
    )


def channel_options(upstream: UpstreamTls | None) -> list[tuple[str, str]]:
    """The name the upstream's certificate is checked against, when it is not the dialled host."""
    if upstream is None or not upstream.server_name:
        return []
    return [("grpc.ssl_target_name_override", upstream.server_name)]
