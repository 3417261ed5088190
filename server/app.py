"""Builds and runs the grpc.aio server: interceptors, services, health, reflection."""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import os
import signal
from dataclasses import dataclass
from importlib.metadata import version
from typing import Protocol

import grpc
import structlog
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_health.v1.health import aio as health_aio
from grpc_reflection.v1alpha import reflection

from rupaya.v1 import (
    accounts_pb2_grpc,
    analytics_pb2_grpc,
    auth_pb2_grpc,
    budgets_pb2_grpc,
    categories_pb2_grpc,
    currencies_pb2_grpc,
    exchange_rates_pb2_grpc,
    imports_pb2_grpc,
    notifications_pb2_grpc,
    rules_pb2_grpc,
    schedules_pb2_grpc,
    sync_pb2_grpc,
    transactions_pb2_grpc,
    users_pb2_grpc,
)
from server import changelog, ledger_version, metrics, metrics_endpoint, pagination, reply_cache, tls, tracing
from server.accounts.service import AccountService
from server.analytics.service import AnalyticsService
from server.auth import passwords
from server.auth.challenges import MfaChallenges
from server.auth.device_sessions import DeviceSessions
from server.auth.domain import Authenticator
from server.auth.keyring import Keyring
from server.auth.lockout import Lockout
from server.auth.mfa import Mfa
from server.auth.recovery.mail_limit import BUCKET as RECOVERY_MAIL_BUCKET
from server.auth.recovery.mail_limit import MailLimit
from server.auth.recovery.reset import PasswordReset
from server.auth.recovery.resolver import ResetResolver
from server.auth.recovery.tokens import AccountTokens
from server.auth.recovery.verification import EmailVerification
from server.auth.service import AuthService
from server.auth.session_expiry import SessionExpiry
from server.auth.sessions import SessionGuard
from server.auth.signing_key import SigningKey
from server.auth.tokens import AccessTokens
from server.budgets.service import BudgetService
from server.cache import Cache, make_cache
from server.cache_failsoft import FailSoftCache
from server.categories import repository as category_rows
from server.categories.service import CategoryService
from server.client_address import ClientAddresses
from server.config import Settings
from server.crypto import DataKey
from server.currency_catalog.service import CurrencyService
from server.db.engine import Database
from server.db.replica import CONNECT_TIMEOUT_S, ReadReplica
from server.exchange_rates.service import ExchangeRateService
from server.health import HealthServicer
from server.idempotency import Idempotency
from server.imports.service import ImportService
from server.interceptors.access_log import AccessLogStep
from server.interceptors.admission import AdmissionStep
from server.interceptors.chain import Chain, ChainedServer
from server.interceptors.decoding import DecodingStep
from server.interceptors.error_mapping import ErrorMappingStep
from server.interceptors.metrics import MetricsStep
from server.interceptors.step import Step
from server.interceptors.validation import ValidationStep
from server.interceptors.verified_email import VerifiedEmailStep
from server.mail import outbox
from server.mail.deliverer import Deliverer
from server.mail.senders import FileSender, make_sender
from server.notifications.mailer import AlertMailer
from server.notifications.service import NotificationService
from server.policy import SERVICE_NAMES, load_policies
from server.ratelimit import Limiter, make_limiter
from server.readiness import PROBE_TIMEOUT_S, Readiness, sqlite_probe
from server.rules.service import RuleService
from server.schedules.scheduler import Scheduler
from server.schedules.service import ScheduleService
from server.sync.retention import ChangeLogRetention
from server.sync.service import StreamLimits, SyncService
from server.sync.signals import ChangeSignals
from server.transactions import ledger_check
from server.transactions.service import TransactionService
from server.users.domain import Users
from server.users.service import UserService

log = structlog.get_logger("rupaya")


class FrontDoor(Protocol):
    """Another listener in a serving process that calls this server's gRPC port, such as the
    HTTP gateway (gateway/embedded.py). It opens after gRPC serves and closes before the drain."""

    async def open(self, grpc_port: int) -> str:
        """Starts listening; returns the address it serves, for the log."""
        ...

    async def close(self) -> None:
        """Stops taking calls and lets its calls in flight finish."""
        ...


@dataclass
class Running:
    server: grpc.aio.Server
    port: int
    db: Database
    cache: Cache
    limiter: Limiter
    health: health_aio.HealthServicer
    readiness: Readiness
    readiness_task: asyncio.Task[None]
    background: list[asyncio.Task[None]]
    mail: Deliverer | None = None
    signals: ChangeSignals | None = None
    scheduler: Scheduler | None = None


async def start(settings: Settings) -> Running:
    if settings.database_url.startswith("sqlite"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    if settings.migrate_on_start:
        # Imported only here: workers of `serve --workers N` never migrate, and Alembic (with
        # Mako) would cost each of them ~10 MB resident.
        from server.db import migrate

        await asyncio.to_thread(migrate.upgrade, settings.database_url)
    ledger_version.install()
    db = Database(settings.database_url, prepared_statements=settings.database_prepared_statements)
    metrics.observe_pool(db.engine)
    metrics.record_build_info(version("rupaya"))
    if settings.tracing:
        tracing.install(settings.tracing, db.engine)
    async with db.transaction() as s:
        await category_rows.seed_system_categories(s)
    raw_cache = make_cache(settings.redis_url, settings.cache_prefix)
    cache: Cache = FailSoftCache(raw_cache) if settings.redis_url else raw_cache
    limiter = make_limiter(settings.redis_url, settings.cache_prefix)
    if settings.database_read_url:
        attach_read_replica(settings, db, raw_cache)
    # Keys come from the environment, or in development from the data folder (dev_keys).
    keys = DataKey(settings.data_key)
    pagination.install(pagination.PageTokens(keys.derive(pagination.SUBKEY_LABEL), settings.page_token_ttl_s))
    outbox.install(keys)
    await passwords.prepare(settings.hash_concurrency)
    keyring = Keyring(db, keys, settings.keyring_refresh_s)
    await keyring.bootstrap(
        SigningKey.from_pem(settings.jwt_key_id or "default", settings.jwt_private_key_pem)
    )
    tokens = AccessTokens(keyring, settings.jwt_issuer, settings.access_token_ttl_s)
    guard = SessionGuard(db, cache, revoked_ttl_s=settings.access_token_ttl_s)
    policies = load_policies()

    steps: list[Step] = [  # outermost first
        *([tracing.TracingStep()] if settings.tracing else []),
        AccessLogStep(),
        MetricsStep(),
        ErrorMappingStep(),
        AdmissionStep(
            policies,
            tokens,
            guard,
            settings.rate_limits,
            limiter,
            settings.rate_limit_fail_open,
            ClientAddresses(settings.trusted_proxies),
        ),
        DecodingStep(),
        ValidationStep(),
        VerifiedEmailStep(policies, db),
    ]
    server = grpc.aio.server(options=channel_options(settings))
    chained = ChainedServer(server, Chain(steps))  # every servicer below is registered through the steps
    mfa = Mfa(keys)
    lockout = Lockout(cache, keys)
    account_tokens = AccountTokens(settings.public_web_url)
    mail_limit = MailLimit(
        limiter, settings.rate_limits[RECOVERY_MAIL_BUCKET], keys, settings.rate_limit_fail_open
    )
    verification = EmailVerification(db, account_tokens, settings.email_verification_ttl_s, mail_limit)
    reset = PasswordReset(
        db,
        account_tokens,
        mail_limit,
        mfa=mfa,
        guard=guard,
        lockout=lockout,
        cache=cache,
        ttl_s=settings.password_reset_ttl_s,
    )
    authenticator = Authenticator(
        db,
        tokens,
        guard,
        settings.refresh_token_ttl_s,
        lockout=lockout,
        challenges=MfaChallenges(cache),
        mfa=mfa,
        verification=verification,
    )
    auth_pb2_grpc.add_AuthServiceServicer_to_server(
        AuthService(
            db,
            authenticator,
            mfa,
            DeviceSessions(db, guard),
            keyring,
            verification=verification,
            reset=reset,
        ),
        chained,
    )
    idempotency = Idempotency(db, dt.timedelta(seconds=settings.idempotency_retention_s))
    users_pb2_grpc.add_UserServiceServicer_to_server(
        UserService(db, Users(db, authenticator, mfa, guard), idempotency), chained
    )
    accounts_pb2_grpc.add_AccountServiceServicer_to_server(AccountService(db, idempotency), chained)
    categories_pb2_grpc.add_CategoryServiceServicer_to_server(CategoryService(db, idempotency), chained)
    transactions_pb2_grpc.add_TransactionServiceServicer_to_server(
        TransactionService(db, idempotency, reply_cache.for_lists(cache, settings)), chained
    )
    budgets_pb2_grpc.add_BudgetServiceServicer_to_server(BudgetService(db, idempotency), chained)
    exchange_rates_pb2_grpc.add_ExchangeRateServiceServicer_to_server(
        ExchangeRateService(db, idempotency), chained
    )
    analytics_pb2_grpc.add_AnalyticsServiceServicer_to_server(AnalyticsService(db, cache), chained)
    imports_pb2_grpc.add_ImportServiceServicer_to_server(
        ImportService(
            db, idempotency, settings.import_max_bytes, dt.timedelta(seconds=settings.import_undo_window_s)
        ),
        chained,
    )
    currencies_pb2_grpc.add_CurrencyServiceServicer_to_server(CurrencyService(), chained)
    notifications_pb2_grpc.add_NotificationServiceServicer_to_server(
        NotificationService(db, idempotency), chained
    )
    rules_pb2_grpc.add_RuleServiceServicer_to_server(RuleService(db, idempotency), chained)
    signals = ChangeSignals(
        settings.sync_streams_per_user,
        settings.redis_url,
        f"{settings.cache_prefix}sync",
        max_streams=settings.sync_streams_per_process,
    )
    changelog.listen(signals.committed)
    sync_pb2_grpc.add_SyncServiceServicer_to_server(
        SyncService(db, signals, StreamLimits(settings.sync_heartbeat_s, settings.sync_stream_idle_s)),
        chained,
    )
    schedules_pb2_grpc.add_ScheduleServiceServicer_to_server(ScheduleService(db, idempotency), chained)
    health_servicer = HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, chained)
    reflection.enable_server_reflection(
        (
            *SERVICE_NAMES,
            health_pb2.DESCRIPTOR.services_by_name["Health"].full_name,
            reflection.SERVICE_NAME,
        ),
        server,
    )
    address = f"{settings.host}:{settings.grpc_port}"
    if settings.grpc_tls:
        port = server.add_secure_port(address, tls.grpc_server_credentials(settings.grpc_tls))
    else:
        port = server.add_insecure_port(address)
    if port == 0:
        raise OSError(f"cannot listen on {settings.host}:{settings.grpc_port}")
    readiness = Readiness(
        health_servicer,
        SERVICE_NAMES,
        database=sqlite_probe(settings.database_url.split("///", 1)[1])
        if settings.database_url.startswith("sqlite")
        else db.ping,
        redis=raw_cache.ping if settings.redis_url else None,
        redis_required=not settings.rate_limit_fail_open,
    )
    await readiness.check()
    await server.start()
    task = asyncio.create_task(readiness.run(settings.readiness_interval_s))
    mail = start_mail(settings, db)
    resolver = ResetResolver(db, account_tokens, settings.password_reset_ttl_s)
    background = [
        asyncio.create_task(keyring.refresh_forever()),
        mail.start(),
        asyncio.create_task(resolver.run_forever(settings.password_reset_interval_s)),
        asyncio.create_task(signals.listen_forever()),
        asyncio.create_task(ledger_check.check_forever(db, settings.ledger_check_interval_s)),
        asyncio.create_task(AlertMailer(db).run_forever(settings.mail.poll_interval_s)),
        asyncio.create_task(
            ChangeLogRetention(db, dt.timedelta(seconds=settings.sync_retention_s)).run_forever(
                settings.sync_prune_interval_s
            )
        ),
        # Lapsed sessions become tombstones in the change feed on the same schedule.
        asyncio.create_task(SessionExpiry(db).run_forever(settings.sync_prune_interval_s)),
    ]
    if db.replica is not None:
        background.append(asyncio.create_task(db.replica.watch_forever()))
    scheduler = Scheduler(db, settings.scheduler_interval_s) if settings.scheduler_interval_s else None
    if scheduler:
        background.append(scheduler.start())
    return Running(
        server,
        port,
        db,
        cache,
        limiter,
        health_servicer,
        readiness,
        task,
        background,
        mail,
        signals,
        scheduler,
    )


def attach_read_replica(settings: Settings, db: Database, markers: Cache) -> None:
    """Ledger lists and analytics may read from the replica; its first probe runs in the
    background, so until then (and whenever it is away) they read from the primary. The
    read-your-writes markers use the cache without its fail-soft wrapper: a marker that cannot
    be read must send the read to the primary, not look absent."""
    replica = Database(
        settings.database_read_url,
        prepared_statements=settings.database_prepared_statements,
        connect_timeout_s=CONNECT_TIMEOUT_S,
    )
    db.replica = ReadReplica(replica, db.engine, markers, settings.database_read_max_lag_s)


def start_mail(settings: Settings, db: Database) -> Deliverer:
    sender = make_sender(settings.mail, settings.data_dir)
    if isinstance(sender, FileSender):
        log.warning(
            "DEVELOPMENT MAIL: no RUPAYA_SMTP_HOST, so messages are written as .eml files",
            folder=str(sender.folder),
        )
    else:
        log.info("mail goes out through SMTP", server=sender.describe())
    return Deliverer(db, sender, settings.mail)


def channel_options(settings: Settings) -> list[tuple[str, int]]:
    """Transport limits, chosen deliberately (docs/operations.md explains each)."""
    return [
        ("grpc.max_receive_message_length", settings.max_message_bytes),
        ("grpc.max_send_message_length", settings.max_message_bytes),
        ("grpc.max_concurrent_streams", 100),
        # Ping idle clients so dead connections (mobile networks) are noticed and freed.
        ("grpc.keepalive_time_ms", settings.keepalive_s * 1000),
        ("grpc.keepalive_timeout_ms", 20_000),
        ("grpc.keepalive_permit_without_calls", 1),
        # Clients may ping at most every 10 s; faster pingers get GOAWAY.
        ("grpc.http2.min_ping_interval_without_data_ms", 10_000),
        ("grpc.http2.max_pings_without_data", 0),
        # Recycle long connections so load spreads over new replicas; calls get 30 s to finish.
        ("grpc.max_connection_age_ms", settings.max_connection_age_s * 1000),
        ("grpc.max_connection_age_grace_ms", 30_000),
        ("grpc.max_connection_idle_ms", 15 * 60 * 1000),
        # Several workers may share the port only when asked to; else a busy port is an error.
        ("grpc.so_reuseport", 1 if settings.workers > 1 else 0),
    ]


async def stop(running: Running, settings: Settings) -> None:
    """Drain: NOT_SERVING first (load balancers stop sending), then refuse new calls and let
    in-flight ones finish within the grace period."""
    running.readiness.stop()
    running.readiness_task.cancel()
    await running.health.enter_graceful_shutdown()
    if settings.shutdown_drain_s:
        await asyncio.sleep(settings.shutdown_drain_s)
    if running.signals:  # change streams never finish on their own: end them with a status to retry on
        running.signals.close()
    await running.server.stop(settings.grace_period_s)
    if running.mail:  # a message being sent is finished and marked, not sent again after a restart
        await running.mail.stop(settings.mail.smtp_timeout_s + 1)
    if running.scheduler:  # an occurrence being posted commits (or rolls back) before the pool closes
        await running.scheduler.stop(settings.grace_period_s)
    for background_task in running.background:
        background_task.cancel()
    # Let cancelled tasks unwind: one caught mid-query must return its connection before the
    # pool is disposed, or its driver thread (aiosqlite) keeps the process alive after "stopped".
    await asyncio.gather(*running.background, return_exceptions=True)
    # A probe mid-connection must end before the pool closes (bounded: it has a timeout).
    await asyncio.wait([running.readiness_task], timeout=PROBE_TIMEOUT_S + 1)
    await running.db.close()
    if running.signals:
        await running.signals.aclose()
    await running.cache.close()
    await running.limiter.close()
    if settings.tracing:
        tracing.shutdown()


async def _watch_supervisor(pid: int, stopping: asyncio.Event) -> None:
    """A worker whose supervisor died (killed, crashed) drains and exits instead of lingering."""
    while os.getppid() == pid:
        await asyncio.sleep(1)
    log.warning("supervisor gone; stopping", supervisor_pid=pid)
    stopping.set()


async def serve(
    settings: Settings, supervisor_pid: int | None = None, front_door: FrontDoor | None = None
) -> None:
    if settings.metrics_port and not metrics_endpoint.multiprocess_mode():
        metrics_endpoint.serve_http(settings.host, settings.metrics_port)
    running = await start(settings)
    http = await front_door.open(running.port) if front_door else None
    # Everything built to start (modules, descriptors, compiled statements, pools) lives as long
    # as the process: frozen out of the cyclic collector, a full collection no longer walks it
    # on every pass (under a list load ~90 ms each, every few seconds; ~17 ms frozen).
    gc.collect()
    gc.freeze()
    backend = "PostgreSQL" if settings.uses_postgres else f"SQLite ({settings.database_url.split('///')[-1]})"
    cache = "Redis" if settings.redis_url else "in-process cache"
    log.info(
        "serving",
        address=f"{settings.host}:{running.port}",
        tls=bool(settings.grpc_tls),
        mutual_tls=bool(settings.grpc_tls and settings.grpc_tls.client_ca_file),
        http=http,
        database=backend,
        cache=cache,
    )
    grpcurl_trust = "-plaintext"
    if settings.grpc_tls:
        mutual = " -cert CLIENT.pem -key CLIENT-KEY.pem" if settings.grpc_tls.client_ca_file else ""
        grpcurl_trust = f"-cacert CA.pem{mutual}"
    curl_trust = "--cacert CA.pem " if settings.http_tls else ""
    if settings.log_format == "console":  # JSON logs stay pure JSON lines
        print(
            f"RUPAYA gRPC on {settings.host}:{running.port} ({backend}, {cache})"
            + (f", HTTP/JSON on {http}" if http else "")
            + f". Try:\n  grpcurl {grpcurl_trust} {settings.host}:{running.port} list"
            + (f"\n  curl {curl_trust}{http}/v1/currencies" if http else "")
            + (
                ""
                if settings.mail.smtp_host
                else f"\nMail is written as .eml files to {settings.data_dir / 'mail'}"
            ),
            flush=True,
        )
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)
    watch = asyncio.create_task(_watch_supervisor(supervisor_pid, stopping)) if supervisor_pid else None
    await stopping.wait()
    if watch:
        watch.cancel()
    log.info("shutting down", drain_s=settings.shutdown_drain_s, grace_s=settings.grace_period_s)
    if front_door:  # the front door closes first; its calls in flight finish against the server
        await front_door.close()
    await stop(running, settings)
    log.info("stopped")
