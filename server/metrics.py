"""Prometheus metrics: the conventional gRPC server series plus rupaya_* for the rest.

With PROMETHEUS_MULTIPROC_DIR set (the `--workers N` mode sets it) every worker writes its
samples to files there and the supervising process serves the sum on one /metrics port
(server/metrics_endpoint.py).
"""

from __future__ import annotations

import platform
from typing import Any

import grpc
from cryptography import x509
from google.protobuf import descriptor_pool
from prometheus_client import Counter, Gauge, Histogram
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

_METHOD = ("grpc_type", "grpc_service", "grpc_method")

STARTED = Counter("grpc_server_started_total", "RPCs started on the server.", _METHOD)
HANDLED = Counter(
    "grpc_server_handled_total", "RPCs completed on the server, by status code.", (*_METHOD, "grpc_code")
)
HANDLING_SECONDS = Histogram(
    "grpc_server_handling_seconds",
    "Time from receiving an RPC to sending its status, seconds.",
    _METHOD,
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
MSG_RECEIVED = Counter("grpc_server_msg_received_total", "Request messages received.", _METHOD)
MSG_SENT = Counter("grpc_server_msg_sent_total", "Response messages sent.", _METHOD)
IN_FLIGHT = Gauge(
    "rupaya_grpc_in_flight_requests", "RPCs being handled right now.", _METHOD, multiprocess_mode="livesum"
)
RATE_LIMITED = Counter(
    "rupaya_rate_limit_rejections_total", "Calls refused by the rate limiter.", ("bucket",)
)
REDIS_ERRORS = Counter(
    "rupaya_redis_errors_total", "Redis calls that failed (connection, timeout).", ("component",)
)
DB_POOL_IN_USE = Gauge(
    "rupaya_db_pool_connections_in_use", "Database connections checked out.", multiprocess_mode="livesum"
)
DB_POOL_OVERFLOW = Gauge(
    "rupaya_db_pool_overflow",
    "Connections open beyond the pool size (negative: pool not yet full).",
    multiprocess_mode="livesum",
)
DEPENDENCY_UP = Gauge(
    "rupaya_dependency_up",
    "1 when the last readiness probe reached the dependency.",
    ("dependency",),
    multiprocess_mode="livemin",
)
MAIL_SENT = Counter(
    "rupaya_mail_sent_total", "Messages handed to the mail server (or .eml folder).", ("template",)
)
MAIL_SEND_FAILURES = Counter(
    "rupaya_mail_send_failures_total",
    "Attempts to send a message that failed, by kind (connect, timeout, tls, auth, refused, protocol, file).",
    ("kind",),
)
MAIL_GIVEN_UP = Counter(
    "rupaya_mail_given_up_total", "Messages given up after too many attempts or too long.", ("template",)
)
MAIL_PENDING = Gauge(
    "rupaya_mail_pending", "Messages in the outbox not yet sent or given up.", multiprocess_mode="livemax"
)
MAIL_OLDEST_PENDING_AGE = Gauge(
    "rupaya_mail_oldest_pending_age_seconds",
    "Age of the oldest message not yet sent or given up (0 when none).",
    multiprocess_mode="livemax",
)
DB_POOL_SIZE = Gauge(
    "rupaya_db_pool_size",
    "Connections the pool may hold; in use / size is its saturation.",
    multiprocess_mode="livesum",
)
DB_REPLICA_LAG = Gauge(
    "rupaya_db_replica_lag_seconds",
    "At most how far the read replica's replay is behind the primary, at the last probe;"
    " 0 while no read replica is configured.",
    multiprocess_mode="livemax",
)
DB_READS = Counter(
    "rupaya_db_reads_total",
    "Ledger reads that may use the read replica, by where they went (replica, primary) and why"
    " (fresh; recent_write, lag, down, error: server/db/replica.py).",
    ("target", "reason"),
)
LEDGER_MISMATCHED_ACCOUNTS = Gauge(
    "rupaya_ledger_check_mismatched_accounts",
    "Accounts whose balance is not opening balance + live postings, at the last periodic check.",
    multiprocess_mode="livemax",
)
LEDGER_CHECK_LAST_RUN = Gauge(
    "rupaya_ledger_check_last_run_timestamp_seconds",
    "When the periodic ledger check last completed (Unix time; 0 before the first).",
    multiprocess_mode="livemax",
)
SIGNING_KEY_CREATED = Gauge(
    "rupaya_signing_key_created_timestamp_seconds",
    "When the JWT signing key in use was created (Unix time): its age is time() minus this.",
    multiprocess_mode="livemin",
)
TLS_CERT_EXPIRY = Gauge(
    "rupaya_tls_certificate_expiry_timestamp_seconds",
    "When a listener's TLS certificate stops being valid (its notAfter, Unix time).",
    ("listener",),
    multiprocess_mode="livemin",
)
BUILD_INFO = Gauge(
    "rupaya_build_info",
    "Always 1; the labels say what is running.",
    ("version", "python_version", "grpc_version"),
    multiprocess_mode="max",
)


def method_labels(full_method: str) -> tuple[str, str, str]:
    """("/rupaya.v1.AuthService/SignIn") -> ("unary", "rupaya.v1.AuthService", "SignIn");
    "server_stream" for a server-streaming method (ExportTransactions), as go-grpc-prometheus."""
    service, _, method = full_method.lstrip("/").partition("/")
    try:
        found = descriptor_pool.Default().FindMethodByName(f"{service}.{method}")
    except KeyError:
        return "unary", service, method
    return _GRPC_TYPES[found.client_streaming, found.server_streaming], service, method


_GRPC_TYPES = {
    (False, False): "unary",
    (False, True): "server_stream",
    (True, False): "client_stream",
    (True, True): "bidi_stream",
}


def record_build_info(version: str) -> None:
    BUILD_INFO.labels(version, platform.python_version(), grpc.__version__).set(1)


def record_certificate(listener: str, cert_file: str) -> None:
    """The expiry of the certificate `listener` serves (the chain's first), on each (re)load."""
    with open(cert_file, "rb") as file:
        certificate = x509.load_pem_x509_certificate(file.read())
    TLS_CERT_EXPIRY.labels(listener).set(certificate.not_valid_after_utc.timestamp())


def observe_pool(engine: AsyncEngine) -> None:
    """Keep the pool gauges current on every checkout and checkin."""
    pool = engine.sync_engine.pool
    if hasattr(pool, "size"):
        DB_POOL_SIZE.set(pool.size())

    def update(*_: Any) -> None:
        if hasattr(pool, "checkedout"):
            DB_POOL_IN_USE.set(pool.checkedout())
        if hasattr(pool, "overflow"):
            DB_POOL_OVERFLOW.set(pool.overflow())

    event.listen(pool, "checkout", update)
    event.listen(pool, "checkin", update)
