"""One settings object, read from the environment and validated at start-up."""

from __future__ import annotations

import base64
import binascii
import os
import pathlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from server.client_address import InvalidProxy, Network, parse_networks
from server.mail_config import MailConfigError, MailSettings, mail_settings, production_refusal
from server.tls_config import (
    ListenerTls,
    TlsConfigError,
    UpstreamTls,
    grpc_tls,
    http_tls,
    refuse_plaintext,
    upstream_tls,
)

PROJECT_ROOT = pathlib.Path(__file__).resolve().parent.parent
# Default offline window: 30 days (see Settings.offline_window_s).
OFFLINE_WINDOW_S = 30 * 24 * 3600


class ConfigError(Exception):
    """The environment does not describe a server that may start."""


def _check_offline_window(settings: Settings) -> None:
    if not 3600 <= settings.offline_window_s <= 90 * 24 * 3600:
        raise ConfigError("RUPAYA_OFFLINE_WINDOW must be 3600 to 7776000 seconds (1 hour to 90 days)")
    for name, value in (
        ("RUPAYA_IDEMPOTENCY_RETENTION", settings.idempotency_retention_s),
        ("RUPAYA_REFRESH_TOKEN_TTL", settings.refresh_token_ttl_s),
        ("RUPAYA_SYNC_RETENTION", settings.sync_retention_s),
    ):
        if value < settings.offline_window_s:
            raise ConfigError(
                f"{name} ({value} s) must cover RUPAYA_OFFLINE_WINDOW ({settings.offline_window_s} s)"
            )


def _int(env: dict[str, str], name: str, default: int) -> int:
    raw = env.get(name, "")
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be an integer, got {raw!r}") from None


def _float(env: dict[str, str], name: str, default: float) -> float:
    raw = env.get(name, "")
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None


def _bool(env: dict[str, str], name: str, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name} must be true or false, got {raw!r}")


def _data_key(env: dict[str, str]) -> bytes:
    raw = env.get("RUPAYA_DATA_KEY", "")
    if not raw:
        return b""
    try:
        key = base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        raise ConfigError("RUPAYA_DATA_KEY must be base64") from None
    if len(key) != 32:
        raise ConfigError("RUPAYA_DATA_KEY must be 32 bytes of base64 (openssl rand -base64 32)")
    return key


def normalize_database_url(url: str) -> str:
    """Accept plain postgresql:// and sqlite:// URLs; pick the async drivers we ship."""
    for plain, driver in (
        ("postgresql://", "postgresql+psycopg://"),
        ("postgres://", "postgresql+psycopg://"),
        ("sqlite://", "sqlite+aiosqlite://"),
    ):
        if url.startswith(plain):
            return driver + url[len(plain) :]
    return url


def parse_addr(addr: str) -> tuple[str, int]:
    """ "host:port" (also "[::1]:8080") -> (host, port)."""
    host, sep, port = addr.rpartition(":")
    if not sep or not host or not port.isdigit() or int(port) > 65535:
        raise ConfigError(f"expected HOST:PORT, got {addr!r}")
    return host.strip("[]"), int(port)


@dataclass(frozen=True)
class RateLimit:
    """`count` calls per `period_s` seconds, with bursts of up to `count`."""

    count: int
    period_s: float


DEFAULT_RATE_LIMITS = {
    "default": RateLimit(600, 60),
    "strict": RateLimit(20, 60),
    "bulk": RateLimit(30, 60),
    # Account-recovery messages per account (resend) and per address (reset), so nobody can
    # fill someone's mailbox through us (server/auth/recovery/).
    "recovery_mail": RateLimit(5, 3600),
}


def _rate_limit(env: dict[str, str], bucket: str) -> RateLimit:
    name = f"RUPAYA_RATE_LIMIT_{bucket.upper()}"
    raw = env.get(name, "")
    if not raw:
        return DEFAULT_RATE_LIMITS[bucket]
    count, _, period = raw.partition("/")
    try:
        limit = RateLimit(int(count), float(period))
    except ValueError:
        raise ConfigError(f"{name} must look like COUNT/SECONDS (e.g. 20/60), got {raw!r}") from None
    if limit.count < 1 or limit.period_s <= 0:
        raise ConfigError(f"{name} needs a positive count and period, got {raw!r}")
    return limit


def _trusted_proxies(env: dict[str, str]) -> tuple[Network, ...]:
    try:
        return parse_networks(env.get("RUPAYA_TRUSTED_PROXIES", ""))
    except InvalidProxy as error:
        raise ConfigError(
            f"RUPAYA_TRUSTED_PROXIES must list IP addresses or CIDR networks: {error}"
        ) from None


@dataclass(frozen=True)
class Settings:
    env: str = "development"
    host: str = "127.0.0.1"
    grpc_port: int = 50051
    data_dir: pathlib.Path = PROJECT_ROOT / "var"
    database_url: str = ""
    # False behind a pooler that cannot keep protocol-level prepared statements (PgBouncer
    # before 1.21 in transaction mode): psycopg then never prepares (server/db/engine.py).
    database_prepared_statements: bool = True
    # A streaming replica of the primary that ledger lists and analytics may read from, and the
    # most those reads may lag behind other users' writes (server/db/replica.py).
    database_read_url: str = ""
    database_read_max_lag_s: float = 1.0
    redis_url: str = ""
    cache_prefix: str = "rupaya:"
    jwt_private_key_pem: str = field(default="", repr=False)
    jwt_key_id: str = ""
    jwt_issuer: str = "rupaya"
    data_key: bytes = field(default=b"", repr=False)  # a secret: never in logs
    keyring_refresh_s: float = 30.0
    access_token_ttl_s: int = 900
    # The offline window (docs/api.md "Offline sync"): a device that reconnects within it replays
    # its queued writes safely and keeps its sign-in, so the idempotency records, the refresh
    # token's idle lifetime and the change log's retention must each cover it.
    offline_window_s: int = OFFLINE_WINDOW_S
    refresh_token_ttl_s: int = OFFLINE_WINDOW_S
    page_token_ttl_s: int = 24 * 3600
    # How long a request_id's first response is replayed: a phone offline for days must not
    # post its queued writes twice when it reconnects.
    idempotency_retention_s: int = OFFLINE_WINDOW_S
    # How long the sync change log keeps tombstones (server/sync/): a device whose cursor is
    # older than that must resync from a snapshot. Pruned every `sync_prune_interval_s`.
    sync_retention_s: int = 90 * 24 * 3600
    sync_prune_interval_s: float = 3600.0
    # How often each server checks the ledger invariant for the rupaya_ledger_check_* metrics.
    ledger_check_interval_s: float = 3600.0
    # WatchChanges: open streams per user (per server process), the heartbeat of a quiet
    # stream, and how long a stream may stay without changes before it ends (clients reconnect).
    sync_streams_per_user: int = 5
    # Open WatchChanges streams in one server process, all users together: each holds memory
    # and wakes with its user's commits; past it a client is told to retry (another replica).
    sync_streams_per_process: int = 10_000
    sync_heartbeat_s: float = 15.0
    sync_stream_idle_s: float = 1800.0
    # Statement imports (server/imports/): the most a file may hold, and how long after its
    # commit an import may be undone as a unit.
    import_max_bytes: int = 64 * 1024 * 1024
    import_undo_window_s: int = 30 * 24 * 3600
    log_format: str = "console"
    migrate_on_start: bool = True
    grace_period_s: float = 10.0
    extra: dict[str, str] = field(default_factory=dict)
    # Operations (docs/operations.md): limits, metrics, lifecycle, transport, tracing.
    rate_limits: dict[str, RateLimit] = field(default_factory=lambda: dict(DEFAULT_RATE_LIMITS))
    rate_limit_fail_open: bool = True
    # Peers whose x-forwarded-for names the client (client_address.py); none by default.
    trusted_proxies: tuple[Network, ...] = ()
    metrics_port: int = 9464
    shutdown_drain_s: float = 0.0
    readiness_interval_s: float = 2.0
    workers: int = 1
    # argon2 hashes at once per process (server/auth/passwords.py); 0 = cores / workers.
    password_hash_concurrency: int = 0
    max_message_bytes: int = 4 * 1024 * 1024
    max_connection_age_s: int = 1800
    keepalive_s: int = 60
    tracing: str = ""
    # The HTTP/JSON gateway served beside gRPC (gateway/); "" = not served.
    http_addr: str = "127.0.0.1:8080"
    # Browser origins the gateway answers with CORS headers (gateway/browser.py).
    cors_origins: tuple[str, ...] = ()
    # TLS (server/tls_config.py, docs/security.md "TLS"): None = plaintext.
    grpc_tls: ListenerTls | None = None
    http_tls: ListenerTls | None = None
    upstream_tls: UpstreamTls | None = None  # the embedded gateway's hop to gRPC
    allow_plaintext: bool = False  # production behind a TLS-terminating load balancer
    # Outgoing mail (server/mail_config.py, docs/mail.md): SMTP, or .eml files in development.
    mail: MailSettings = field(default_factory=MailSettings)
    # Account recovery (server/auth/recovery/, docs/security.md "Account recovery"): the web app's address
    # that links in messages open (`<url>/verify-email#token=...`), and how long tokens live. Unset:
    # this process's own HTTP address, where the gateway serves the web app (docs/web-app.md).
    public_web_url: str = "http://localhost:8080"
    email_verification_ttl_s: int = 24 * 3600
    password_reset_ttl_s: int = 30 * 60
    # How often the background step resolves queued password-reset requests.
    password_reset_interval_s: float = 1.0
    # How often the scheduler looks for due occurrences (server/schedules/scheduler.py); 0 = off.
    scheduler_interval_s: float = 30.0

    @property
    def production(self) -> bool:
        return self.env == "production"

    @property
    def uses_postgres(self) -> bool:
        return self.database_url.startswith("postgresql")

    @property
    def hash_concurrency(self) -> int:
        """The configured bound, else this machine's cores shared among the workers: each
        hash already keeps more than one core busy (argon2's lanes run on threads)."""
        if self.password_hash_concurrency:
            return self.password_hash_concurrency
        return max(1, len(os.sched_getaffinity(0)) // self.workers)


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    env = dict(os.environ if environ is None else environ)
    mode = env.get("RUPAYA_ENV", "development")
    if mode not in {"development", "production"}:
        raise ConfigError(f"RUPAYA_ENV must be development or production, got {mode!r}")
    data_dir = pathlib.Path(env.get("RUPAYA_DATA_DIR") or PROJECT_ROOT / "var")
    database_url = normalize_database_url(
        env.get("RUPAYA_DATABASE_URL") or f"sqlite+aiosqlite:///{data_dir / 'rupaya.db'}"
    )
    key_pem = env.get("RUPAYA_JWT_PRIVATE_KEY", "")
    key_file = env.get("RUPAYA_JWT_PRIVATE_KEY_FILE", "")
    if not key_pem and key_file:
        key_pem = pathlib.Path(key_file).read_text()
    settings = Settings(
        env=mode,
        host=env.get("RUPAYA_HOST", "127.0.0.1"),
        grpc_port=_int(env, "RUPAYA_GRPC_PORT", 50051),
        data_dir=data_dir,
        database_url=database_url,
        database_prepared_statements=_bool(env, "RUPAYA_DATABASE_PREPARED_STATEMENTS", True),
        database_read_url=normalize_database_url(env.get("RUPAYA_DATABASE_READ_URL", "")),
        database_read_max_lag_s=_float(env, "RUPAYA_DATABASE_READ_MAX_LAG", 1.0),
        redis_url=env.get("RUPAYA_REDIS_URL", ""),
        cache_prefix=env.get("RUPAYA_CACHE_PREFIX", "rupaya:"),
        jwt_private_key_pem=key_pem,
        jwt_key_id=env.get("RUPAYA_JWT_KEY_ID", ""),
        jwt_issuer=env.get("RUPAYA_JWT_ISSUER", "rupaya"),
        data_key=_data_key(env),
        keyring_refresh_s=float(_int(env, "RUPAYA_KEYRING_REFRESH", 30)),
        access_token_ttl_s=_int(env, "RUPAYA_ACCESS_TOKEN_TTL", 900),
        offline_window_s=_int(env, "RUPAYA_OFFLINE_WINDOW", OFFLINE_WINDOW_S),
        refresh_token_ttl_s=_int(env, "RUPAYA_REFRESH_TOKEN_TTL", OFFLINE_WINDOW_S),
        page_token_ttl_s=_int(env, "RUPAYA_PAGE_TOKEN_TTL", 24 * 3600),
        idempotency_retention_s=_int(env, "RUPAYA_IDEMPOTENCY_RETENTION", OFFLINE_WINDOW_S),
        sync_retention_s=_int(env, "RUPAYA_SYNC_RETENTION", 90 * 24 * 3600),
        sync_prune_interval_s=float(_int(env, "RUPAYA_SYNC_PRUNE_INTERVAL", 3600)),
        ledger_check_interval_s=float(_int(env, "RUPAYA_LEDGER_CHECK_INTERVAL", 3600)),
        sync_streams_per_user=_int(env, "RUPAYA_SYNC_STREAMS_PER_USER", 5),
        sync_streams_per_process=_int(env, "RUPAYA_SYNC_STREAMS", 10_000),
        sync_heartbeat_s=float(_int(env, "RUPAYA_SYNC_HEARTBEAT", 15)),
        sync_stream_idle_s=float(_int(env, "RUPAYA_SYNC_STREAM_IDLE", 1800)),
        import_max_bytes=_int(env, "RUPAYA_IMPORT_MAX_BYTES", 64 * 1024 * 1024),
        import_undo_window_s=_int(env, "RUPAYA_IMPORT_UNDO_WINDOW", 30 * 24 * 3600),
        log_format=env.get("RUPAYA_LOG_FORMAT", "json" if mode == "production" else "console"),
        migrate_on_start=_bool(env, "RUPAYA_MIGRATE_ON_START", True),
        grace_period_s=_int(env, "RUPAYA_GRACE_PERIOD", 10),
        rate_limits={bucket: _rate_limit(env, bucket) for bucket in DEFAULT_RATE_LIMITS},
        rate_limit_fail_open=_bool(env, "RUPAYA_RATE_LIMIT_FAIL_OPEN", True),
        trusted_proxies=_trusted_proxies(env),
        metrics_port=_int(env, "RUPAYA_METRICS_PORT", 9464),
        shutdown_drain_s=_int(env, "RUPAYA_SHUTDOWN_DRAIN", 5 if mode == "production" else 0),
        readiness_interval_s=_int(env, "RUPAYA_READINESS_INTERVAL", 2),
        workers=_int(env, "RUPAYA_WORKERS", 1),
        password_hash_concurrency=_int(env, "RUPAYA_PASSWORD_HASH_CONCURRENCY", 0),
        max_message_bytes=_int(env, "RUPAYA_MAX_MESSAGE_BYTES", 4 * 1024 * 1024),
        max_connection_age_s=_int(env, "RUPAYA_MAX_CONNECTION_AGE", 1800),
        keepalive_s=_int(env, "RUPAYA_KEEPALIVE", 60),
        tracing=env.get("RUPAYA_TRACING", ""),
        http_addr=_http_addr(env),
        cors_origins=cors_origins(env),
        mail=_mail(env),
        public_web_url=_public_web_url(env, _http_addr(env)),
        email_verification_ttl_s=_int(env, "RUPAYA_EMAIL_VERIFICATION_TTL", 24 * 3600),
        password_reset_ttl_s=_int(env, "RUPAYA_PASSWORD_RESET_TTL", 30 * 60),
        password_reset_interval_s=_float(env, "RUPAYA_PASSWORD_RESET_INTERVAL", 1.0),
        scheduler_interval_s=_float(env, "RUPAYA_SCHEDULER_INTERVAL", 30.0),
        **_tls(env),
    )
    _check(settings)
    return settings


def _http_addr(env: dict[str, str]) -> str:
    raw = env.get("RUPAYA_HTTP_ADDR", "").strip()
    if raw.lower() == "off":
        return ""
    addr = raw or "127.0.0.1:8080"
    parse_addr(addr)
    return addr


def _mail(env: dict[str, str]) -> MailSettings:
    try:
        return mail_settings(env)
    except (MailConfigError, OSError) as error:
        raise ConfigError(str(error)) from None


def _public_web_url(env: dict[str, str], http_addr: str) -> str:
    url = env.get("RUPAYA_PUBLIC_WEB_URL", "").strip().rstrip("/") or _served_web_url(env, http_addr)
    if not re.fullmatch(r"https?://[^\s#?]+", url):
        raise ConfigError(
            f"RUPAYA_PUBLIC_WEB_URL must be an http(s) URL without query or fragment, got {url!r}"
        )
    return url


def _served_web_url(env: dict[str, str], http_addr: str) -> str:
    """Where this process serves the web app: its HTTP address (a wildcard host as localhost)."""
    if not http_addr:
        return Settings.public_web_url
    host, port = parse_addr(http_addr)
    host = "localhost" if host in {"0.0.0.0", "::", ""} else f"[{host}]" if ":" in host else host
    try:
        scheme = "https" if http_tls(env) else "http"
    except TlsConfigError as error:
        raise ConfigError(str(error)) from None
    return f"{scheme}://{host}:{port}"


def _tls(env: dict[str, str]) -> dict[str, Any]:
    try:
        return {
            "grpc_tls": grpc_tls(env),
            "http_tls": http_tls(env),
            "upstream_tls": upstream_tls(env),
            "allow_plaintext": _bool(env, "RUPAYA_ALLOW_PLAINTEXT", False),
        }
    except TlsConfigError as error:
        raise ConfigError(str(error)) from None


# A local web app's dev server may run on any port; production trusts no origin unless named.
DEV_CORS_ORIGINS = ("http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*")
_ORIGIN = re.compile(r"https?://(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:([0-9]{1,5}|\*))?")


def cors_origins(env: Mapping[str, str]) -> tuple[str, ...]:
    """RUPAYA_CORS_ORIGINS: exact origins, comma-separated (`scheme://host[:port]`, port may be
    `*`); "" allows none. Unset: none in production, localhost on any port in development."""
    raw = env.get("RUPAYA_CORS_ORIGINS")
    if raw is None:
        return () if env.get("RUPAYA_ENV", "development") == "production" else DEV_CORS_ORIGINS
    origins = tuple(origin.strip() for origin in raw.split(",") if origin.strip())
    for origin in origins:
        if not _ORIGIN.fullmatch(origin):
            raise ConfigError(
                f"RUPAYA_CORS_ORIGINS: {origin!r} is not an origin (lower-case scheme://host[:port],"
                " no path; the port may be *)"
            )
    return origins


def _check_read_replica(settings: Settings) -> None:
    if not settings.database_read_url:
        return
    if not (settings.uses_postgres and settings.database_read_url.startswith("postgresql")):
        raise ConfigError(
            "RUPAYA_DATABASE_READ_URL must be a postgresql:// URL of a streaming replica of"
            " RUPAYA_DATABASE_URL, which must be PostgreSQL too (the embedded SQLite has no replicas)"
        )
    if not settings.redis_url:
        raise ConfigError(
            "RUPAYA_DATABASE_READ_URL needs RUPAYA_REDIS_URL: every server process must see each"
            " user's recent writes to keep their reads on the primary (read-your-writes)"
        )
    if not 0.1 <= settings.database_read_max_lag_s <= 3600:
        raise ConfigError("RUPAYA_DATABASE_READ_MAX_LAG must be 0.1 to 3600 seconds")


def _check(settings: Settings) -> None:
    _check_read_replica(settings)
    if settings.log_format not in {"json", "console"}:
        raise ConfigError("RUPAYA_LOG_FORMAT must be json or console")
    if settings.tracing not in {"", "otlp", "console"}:
        raise ConfigError("RUPAYA_TRACING must be empty, otlp or console")
    if settings.workers < 1:
        raise ConfigError("RUPAYA_WORKERS must be at least 1")
    if settings.password_hash_concurrency < 0:
        raise ConfigError("RUPAYA_PASSWORD_HASH_CONCURRENCY must be 0 (automatic) or more")
    if settings.readiness_interval_s <= 0:
        raise ConfigError("RUPAYA_READINESS_INTERVAL must be a positive number of seconds")
    if not 0 < settings.access_token_ttl_s <= 3600:
        raise ConfigError("RUPAYA_ACCESS_TOKEN_TTL must be between 1 and 3600 seconds")
    if not 0 < settings.page_token_ttl_s <= 7 * 24 * 3600:
        raise ConfigError("RUPAYA_PAGE_TOKEN_TTL must be between 1 and 604800 seconds (7 days)")
    if not 3600 <= settings.idempotency_retention_s <= 90 * 24 * 3600:
        raise ConfigError("RUPAYA_IDEMPOTENCY_RETENTION must be 3600 to 7776000 seconds (1 hour to 90 days)")
    _check_offline_window(settings)
    if not 24 * 3600 <= settings.sync_retention_s <= 3650 * 24 * 3600:
        raise ConfigError("RUPAYA_SYNC_RETENTION must be 86400 to 315360000 seconds (1 day to 10 years)")
    if not 1024 * 1024 <= settings.import_max_bytes <= 1024 * 1024 * 1024:
        raise ConfigError("RUPAYA_IMPORT_MAX_BYTES must be 1048576 to 1073741824 bytes (1 MiB to 1 GiB)")
    if not 0 <= settings.import_undo_window_s <= 365 * 24 * 3600:
        raise ConfigError("RUPAYA_IMPORT_UNDO_WINDOW must be 0 to 31536000 seconds (up to a year)")
    if not 0 < settings.sync_prune_interval_s <= 24 * 3600:
        raise ConfigError("RUPAYA_SYNC_PRUNE_INTERVAL must be 1 to 86400 seconds")
    if not 0 < settings.ledger_check_interval_s <= 24 * 3600:
        raise ConfigError("RUPAYA_LEDGER_CHECK_INTERVAL must be 1 to 86400 seconds")
    if not 1 <= settings.sync_streams_per_user <= 100:
        raise ConfigError("RUPAYA_SYNC_STREAMS_PER_USER must be 1 to 100")
    if not 1 <= settings.sync_streams_per_process <= 1_000_000:
        raise ConfigError("RUPAYA_SYNC_STREAMS must be 1 to 1000000")
    if not 0 < settings.sync_heartbeat_s <= 300:
        raise ConfigError("RUPAYA_SYNC_HEARTBEAT must be 1 to 300 seconds")
    if not settings.sync_heartbeat_s <= settings.sync_stream_idle_s <= 24 * 3600:
        raise ConfigError("RUPAYA_SYNC_STREAM_IDLE must be from RUPAYA_SYNC_HEARTBEAT to 86400 seconds")
    if not 0 < settings.email_verification_ttl_s <= 30 * 24 * 3600:
        raise ConfigError("RUPAYA_EMAIL_VERIFICATION_TTL must be 1 to 2592000 seconds (30 days)")
    if not 0 < settings.password_reset_ttl_s <= 24 * 3600:
        raise ConfigError("RUPAYA_PASSWORD_RESET_TTL must be 1 to 86400 seconds (1 day)")
    if not 0 < settings.password_reset_interval_s <= 60:
        raise ConfigError("RUPAYA_PASSWORD_RESET_INTERVAL must be more than 0 and at most 60 seconds")
    if not 0 <= settings.scheduler_interval_s <= 3600:
        raise ConfigError("RUPAYA_SCHEDULER_INTERVAL must be 0 (off) to 3600 seconds")
    if not 0 < settings.keyring_refresh_s <= 300:
        raise ConfigError("RUPAYA_KEYRING_REFRESH must be between 1 and 300 seconds")
    if not settings.production:
        return
    missing = []
    if not settings.jwt_private_key_pem:
        missing.append("RUPAYA_JWT_PRIVATE_KEY (or RUPAYA_JWT_PRIVATE_KEY_FILE)")
    if not settings.jwt_key_id:
        missing.append("RUPAYA_JWT_KEY_ID")
    if not settings.data_key:
        missing.append("RUPAYA_DATA_KEY")
    if not settings.uses_postgres:
        missing.append("RUPAYA_DATABASE_URL (a postgresql:// URL)")
    if not settings.redis_url:
        missing.append("RUPAYA_REDIS_URL")
    missing.extend(production_refusal(settings.mail))
    if missing:
        raise ConfigError("RUPAYA_ENV=production refuses to start without: " + ", ".join(missing))
    listeners = [("gRPC", settings.host, settings.grpc_tls)]
    if settings.http_addr:
        listeners.append(("HTTP", parse_addr(settings.http_addr)[0], settings.http_tls))
    for listener, host, tls in listeners:
        refusal = refuse_plaintext(listener, host, tls is not None, settings.allow_plaintext)
        if refusal:
            raise ConfigError(refusal)
