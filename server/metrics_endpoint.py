"""The /metrics HTTP endpoint: this process's series, or in multi-process mode the sum over all
workers (prometheus_client reads the files each worker writes in PROMETHEUS_MULTIPROC_DIR).

Apart from server/metrics.py (the series) so the `serve --workers N` supervisor, which only
serves the sum, imports neither gRPC nor SQLAlchemy."""

from __future__ import annotations

import os

import prometheus_client
import structlog
from prometheus_client import CollectorRegistry, multiprocess

log = structlog.get_logger("rupaya.metrics")


def multiprocess_mode() -> bool:
    return bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))


def serve_http(host: str, port: int) -> None:
    """/metrics on its own port, in a daemon thread; sums all workers in multi-process mode.

    A busy port is logged, not fatal: losing metrics must not take the API down."""
    registry = prometheus_client.REGISTRY
    if multiprocess_mode():
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    try:
        prometheus_client.start_http_server(port, addr=host, registry=registry)
    except OSError as error:
        log.error("metrics endpoint not started", port=port, error=str(error))


def forget_worker(pid: int) -> None:
    """Drop a dead worker's live gauges (in-flight, pool) from the multi-process sum."""
    multiprocess.mark_process_dead(pid)
