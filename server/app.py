"""Builds and runs the grpc.aio server: interceptors, services, health, reflection."""

from __future__ import annotations

import asyncio
import signal
from dataclasses import dataclass

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
    exchange_rates_pb2_grpc,
    transactions_pb2_grpc,
    users_pb2_grpc,
)
from server import ledger_version
from server.accounts.service import AccountService
from server.analytics.service import AnalyticsService
from server.auth.challenges import MfaChallenges
from server.auth.device_sessions import DeviceSessions
from server.auth.domain import Authenticator
from server.auth.keyring import Keyring
from server.auth.lockout import Lockout
from server.auth.mfa import Mfa
from server.auth.service import AuthService
from server.auth.sessions import SessionGuard
from server.auth.tokens import AccessTokens, SigningKey
from server.budgets.service import BudgetService
from server.cache import Cache, make_cache
from server.categories import repository as category_rows
from server.categories.service import CategoryService
from server.config import Settings
from server.crypto import DataKey
from server.db import migrate
from server.db.engine import Database
from server.exchange_rates.service import ExchangeRateService
from server.idempotency import Idempotency
from server.interceptors.access_log import AccessLogInterceptor
from server.interceptors.auth import AuthInterceptor
from server.interceptors.error_mapping import ErrorMappingInterceptor
from server.interceptors.validation import ValidationInterceptor
from server.policy import SERVICE_NAMES, load_policies
from server.transactions.service import TransactionService
from server.users.domain import Users
from server.users.service import UserService

log = structlog.get_logger("rupaya")


@dataclass
class Running:
    server: grpc.aio.Server
    port: int
    db: Database
    cache: Cache
    health: health_aio.HealthServicer
    background: list[asyncio.Task[None]]


def signing_key(settings: Settings) -> SigningKey:
    if settings.jwt_private_key_pem:
        return SigningKey.from_pem(settings.jwt_key_id or "default", settings.jwt_private_key_pem)
    key = SigningKey.generate()
    log.warning(
        "NO SIGNING KEY CONFIGURED: generated an ephemeral development key; tokens die with this "
        "process. Set RUPAYA_JWT_PRIVATE_KEY and RUPAYA_JWT_KEY_ID for anything real.",
        kid=key.key_id,
    )
    return key


def data_key(settings: Settings) -> DataKey:
    if settings.data_key:
        return DataKey(settings.data_key)
    log.warning(
        "NO DATA KEY CONFIGURED: generated an ephemeral RUPAYA_DATA_KEY; TOTP secrets and signing "
        "keys stored now cannot be decrypted after a restart. Set RUPAYA_DATA_KEY "
        "(openssl rand -base64 32) for anything real."
    )
    return DataKey.generate()


async def start(settings: Settings) -> Running:
    if settings.database_url.startswith("sqlite"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    if settings.migrate_on_start:
        await asyncio.to_thread(migrate.upgrade, settings.database_url)
    ledger_version.install()
    db = Database(settings.database_url)
    async with db.transaction() as s:
        await category_rows.seed_system_categories(s)
    cache = make_cache(settings.redis_url, settings.cache_prefix)
    keys = data_key(settings)
    keyring = Keyring(db, keys, settings.keyring_refresh_s)
    await keyring.bootstrap(signing_key(settings))
    tokens = AccessTokens(keyring, settings.jwt_issuer, settings.access_token_ttl_s)
    guard = SessionGuard(db, cache, revoked_ttl_s=settings.access_token_ttl_s)

    server = grpc.aio.server(
        interceptors=[
            AccessLogInterceptor(),
            ErrorMappingInterceptor(),
            AuthInterceptor(load_policies(), tokens, guard),
            ValidationInterceptor(),
        ],
        options=[("grpc.max_receive_message_length", 4 * 1024 * 1024)],
    )
    mfa = Mfa(keys)
    authenticator = Authenticator(
        db,
        tokens,
        guard,
        settings.refresh_token_ttl_s,
        lockout=Lockout(cache, keys),
        challenges=MfaChallenges(cache),
        mfa=mfa,
    )
    auth_pb2_grpc.add_AuthServiceServicer_to_server(
        AuthService(db, authenticator, mfa, DeviceSessions(db, guard), keyring), server
    )
    users_pb2_grpc.add_UserServiceServicer_to_server(
        UserService(db, Users(db, authenticator, mfa, guard)), server
    )
    idempotency = Idempotency(db)
    accounts_pb2_grpc.add_AccountServiceServicer_to_server(AccountService(db, idempotency), server)
    categories_pb2_grpc.add_CategoryServiceServicer_to_server(CategoryService(db, idempotency), server)
    transactions_pb2_grpc.add_TransactionServiceServicer_to_server(
        TransactionService(db, idempotency), server
    )
    budgets_pb2_grpc.add_BudgetServiceServicer_to_server(BudgetService(db, idempotency), server)
    exchange_rates_pb2_grpc.add_ExchangeRateServiceServicer_to_server(
        ExchangeRateService(db, idempotency), server
    )
    analytics_pb2_grpc.add_AnalyticsServiceServicer_to_server(AnalyticsService(db, cache), server)
    health_servicer = health_aio.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    reflection.enable_server_reflection(
        (
            *SERVICE_NAMES,
            health_pb2.DESCRIPTOR.services_by_name["Health"].full_name,
            reflection.SERVICE_NAME,
        ),
        server,
    )
    port = server.add_insecure_port(f"{settings.host}:{settings.grpc_port}")
    if port == 0:
        raise OSError(f"cannot listen on {settings.host}:{settings.grpc_port}")
    await server.start()
    for name in ("", *SERVICE_NAMES):
        await health_servicer.set(name, health_pb2.HealthCheckResponse.SERVING)
    background = [asyncio.create_task(keyring.refresh_forever())]
    return Running(server, port, db, cache, health_servicer, background)


async def stop(running: Running, grace_s: float) -> None:
    await running.health.enter_graceful_shutdown()
    await running.server.stop(grace_s)
    for task in running.background:
        task.cancel()
    await running.db.close()
    await running.cache.close()


async def serve(settings: Settings) -> None:
    running = await start(settings)
    backend = "PostgreSQL" if settings.uses_postgres else f"SQLite ({settings.database_url.split('///')[-1]})"
    cache = "Redis" if settings.redis_url else "in-process cache"
    log.info("serving", address=f"{settings.host}:{running.port}", database=backend, cache=cache)
    print(
        f"RUPAYA gRPC on {settings.host}:{running.port} ({backend}, {cache}). Try:\n"
        f"  grpcurl -plaintext {settings.host}:{running.port} list",
        flush=True,
    )
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)
    await stopping.wait()
    log.info("shutting down", grace_s=settings.grace_period_s)
    await stop(running, settings.grace_period_s)
