"""Table mappings. Money columns are BIGINT minor units; ids are UUIDs."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    Time,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: object) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: object) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    display_name: Mapped[str] = mapped_column(String(100), default="")
    base_currency: Mapped[str] = mapped_column(String(3), default="USD")
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    locale: Mapped[str] = mapped_column(String(35), default="en")
    # The profile's etag: bumped with every change a client sees in it (MFA on/off included).
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    # Set once a message to `email` was answered (VerifyEmail); NULL: not proven.
    email_verified_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    # The address a change of address waits to verify.
    pending_email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    # Bumped by every password change; outstanding reset tokens name the version they were for.
    password_version: Mapped[int] = mapped_column(Integer, default=1)
    # Budget alerts go out by e-mail too (server/notifications/mailer.py).
    budget_alert_emails: Mapped[bool] = mapped_column(Boolean, default=False)


class AccountToken(Base):
    """A single-use token sent by e-mail (verification or password reset), by SHA-256 only."""

    __tablename__ = "account_tokens"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(16))
    token_hash: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    email: Mapped[str] = mapped_column(String(254))  # verification: the address it proves
    password_version: Mapped[int] = mapped_column(Integer)  # reset: the password it may replace
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    used_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class PasswordResetRequest(Base):
    """A reset asked for and not yet resolved: the RPC writes only this row, whoever the
    address belongs to, and a background step resolves it (server/auth/recovery/resolver.py)."""

    __tablename__ = "password_reset_requests"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254))
    peer_address: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


class Session(Base):
    """One signed-in device; its refresh tokens form one rotation family."""

    __tablename__ = "sessions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    device_id: Mapped[str] = mapped_column(String(128), default="")
    device_name: Mapped[str] = mapped_column(String(128), default="")
    platform: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    last_used_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    revoked_reason: Mapped[str] = mapped_column(String(64), default="")


class RefreshToken(Base):
    """Only the SHA-256 of a refresh token is stored; `used_at` marks it rotated."""

    __tablename__ = "refresh_tokens"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    used_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    type: Mapped[int] = mapped_column(Integer)
    currency_code: Mapped[str] = mapped_column(String(3))
    opening_balance_minor: Mapped[int] = mapped_column(BigInteger)
    current_balance_minor: Mapped[int] = mapped_column(BigInteger)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    icon: Mapped[str] = mapped_column(String(64), default="")
    color: Mapped[str] = mapped_column(String(7), default="")
    allow_overdraft: Mapped[bool] = mapped_column(Boolean, default=False)
    # Bumped by every change a client can see, balance movements included (the etag).
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    # Reconciliation: both NULL until first set, then always set together.
    last_reconciled_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    reconciled_balance_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class IdempotencyRecord(Base):
    """First response to a (user, request_id); replayed to retries within the retention window."""

    __tablename__ = "idempotency_records"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    request_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    method: Mapped[str] = mapped_column(String(128))
    fingerprint: Mapped[bytes] = mapped_column(LargeBinary(32))
    response: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


class Category(Base):
    """user_id NULL marks a system default category (read only, shared by everyone)."""

    __tablename__ = "categories"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=True
    )
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("categories.id"), nullable=True)
    name: Mapped[str] = mapped_column(String(64))
    kind: Mapped[int] = mapped_column(Integer)
    icon: Mapped[str] = mapped_column(String(64), default="")
    color: Mapped[str] = mapped_column(String(7), default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


class Transaction(Base):
    """One ledger entry. Its effect on balances: income +amount on account_id; expense
    -amount on account_id; transfer -amount on account_id and +to_amount on to_account_id."""

    __tablename__ = "transactions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[int] = mapped_column(Integer)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency_code: Mapped[str] = mapped_column(String(3))
    to_account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"), nullable=True)
    to_amount_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    to_currency_code: Mapped[str | None] = mapped_column(String(3), nullable=True)
    category_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("categories.id"), nullable=True)
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    occurred_time: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    payee: Mapped[str] = mapped_column(String(128), default="")
    description: Mapped[str] = mapped_column(String(256), default="")
    notes: Mapped[str] = mapped_column(String(2000), default="")
    # The bank's id; unique per account_id when not '' (partial unique index, migration 0007).
    external_id: Mapped[str] = mapped_column(String(255), default="")
    import_batch_id: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
    status: Mapped[int] = mapped_column(Integer, default=2)  # TransactionStatus; CLEARED
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)

    splits: Mapped[list[TransactionSplit]] = relationship(
        order_by="TransactionSplit.position", lazy="selectin", cascade="all, delete-orphan"
    )
    tag_rows: Mapped[list[TransactionTag]] = relationship(lazy="selectin", cascade="all, delete-orphan")


class TransactionSplit(Base):
    __tablename__ = "transaction_splits"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    transaction_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("transactions.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("categories.id"))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(String(256), default="")


class TransactionTag(Base):
    __tablename__ = "transaction_tags"

    transaction_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("transactions.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(32), primary_key=True)


class Budget(Base):
    __tablename__ = "budgets"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    category_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("categories.id"))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency_code: Mapped[str] = mapped_column(String(3))
    period: Mapped[int] = mapped_column(Integer)
    rollover: Mapped[bool] = mapped_column(Boolean, default=False)
    alert_threshold_percent: Mapped[int] = mapped_column(Integer, default=0)
    start_date: Mapped[dt.date] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


class MfaCredential(Base):
    """A user's TOTP secret, AES-GCM encrypted; MFA is on once `confirmed_at` is set."""

    __tablename__ = "mfa_credentials"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    secret_encrypted: Mapped[bytes] = mapped_column(LargeBinary)
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    last_used_step: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


class BackupCode(Base):
    """One-time MFA backup code, stored as a keyed hash (HMAC-SHA256 under the data key)."""

    __tablename__ = "backup_codes"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    code_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    used_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


class AuditEvent(Base):
    """A security-relevant action: who, what, when, from which device and address."""

    __tablename__ = "audit_events"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=True
    )
    action: Mapped[int] = mapped_column(Integer)
    session_id: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
    device_id: Mapped[str] = mapped_column(String(128), default="")
    peer_address: Mapped[str] = mapped_column(String(128), default="")
    detail: Mapped[str] = mapped_column(String(128), default="")
    # What a destructive action changed (ids, counts): a JSON object of strings.
    metadata_json: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


class SigningKeyRow(Base):
    """One Ed25519 key of the JWT keyring; the private half is AES-GCM encrypted."""

    __tablename__ = "signing_keys"

    kid: Mapped[str] = mapped_column(String(64), primary_key=True)
    private_key_encrypted: Mapped[bytes] = mapped_column(LargeBinary)
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    retired_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class LedgerVersion(Base):
    """Per-user counter bumped with every ledger change; analytics cache keys include it."""

    __tablename__ = "ledger_versions"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)
    # The user's sync sequencer (server/changelog.py): bumped on this same row by every
    # write a device syncs, so the row lock hands out change cursors in commit order.
    change_cursor: Mapped[int] = mapped_column(BigInteger, default=0)


class ExchangeRate(Base):
    """Units of `base_currency_code` per unit of `currency_code` from `effective_on`, times 10^9."""

    __tablename__ = "exchange_rates"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    base_currency_code: Mapped[str] = mapped_column(String(3), primary_key=True)
    currency_code: Mapped[str] = mapped_column(String(3), primary_key=True)
    effective_on: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    # Given when the key is first set, kept when the rate is replaced.
    id: Mapped[uuid.UUID] = mapped_column(unique=True)
    rate_nanos: Mapped[int] = mapped_column(BigInteger)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


class LedgerDaily(Base):
    """Live income and expenses per (user, day, kind, currency, category): whole transactions
    by their category, split ones by their lines. Refreshed for the days a ledger write touches,
    in that write's transaction (server/analytics/rollup.py). No database primary key: the
    category is NULL for uncategorised transactions."""

    __tablename__ = "ledger_daily"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[int] = mapped_column(Integer)
    currency_code: Mapped[str] = mapped_column(String(3))
    category_id: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    line_count: Mapped[int] = mapped_column(BigInteger)

    __mapper_args__ = {"primary_key": [user_id, occurred_on, kind, currency_code, category_id]}


class MailOutboxRow(Base):
    """One outgoing message (server/mail/): written in the transaction of what caused it, sent
    after that commits. Its template values are AES-GCM encrypted (they carry tokens) and
    cleared once the message is sent or given up."""

    __tablename__ = "mail_outbox"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    template: Mapped[str] = mapped_column(String(64))
    recipient: Mapped[str] = mapped_column(String(254))
    payload_encrypted: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # When a deliverer may next claim it; a claim moves it past the claim's lease.
    next_attempt_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    given_up_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    last_error: Mapped[str] = mapped_column(String(200), default="")


class SyncChange(Base):
    """The latest change of one entity a device syncs: its cursor, upsert or tombstone, etag."""

    __tablename__ = "sync_changes"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    entity_type: Mapped[int] = mapped_column(SmallInteger, primary_key=True)  # sync.proto EntityType
    entity_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    change_cursor: Mapped[int] = mapped_column(BigInteger)
    deleted: Mapped[bool] = mapped_column(Boolean)
    etag_version: Mapped[int] = mapped_column(BigInteger)  # the entity's version then ("v<n>")
    changed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


class SyncHorizon(Base):
    """The newest cursor whose tombstones were pruned: a device behind it must resync."""

    __tablename__ = "sync_horizons"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    pruned_through: Mapped[int] = mapped_column(BigInteger)


class Notification(Base):
    """A notification to its user: a budget alert, claimed once per (budget, period, level)
    by the ledger write that crossed it (server/notifications/alerts.py)."""

    __tablename__ = "notifications"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[int] = mapped_column(SmallInteger)  # notifications.proto NotificationKind
    budget_id: Mapped[uuid.UUID] = mapped_column()
    category_id: Mapped[uuid.UUID] = mapped_column()
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    level_percent: Mapped[int] = mapped_column(Integer)
    spent_minor: Mapped[int] = mapped_column(BigInteger)
    limit_minor: Mapped[int] = mapped_column(BigInteger)
    currency_code: Mapped[str] = mapped_column(String(3))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    read_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    write_id: Mapped[uuid.UUID] = mapped_column()
    mail_state: Mapped[int] = mapped_column(SmallInteger)


class Schedule(Base):
    """A recurring transaction template and its rule (server/schedules/). `next_*` is the
    scheduler's cursor: the first occurrence of the rule not materialized yet (NULL: ended)."""

    __tablename__ = "schedules"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[int] = mapped_column(SmallInteger)
    # No foreign keys to accounts and categories: one deleted later makes occurrences FAILED.
    account_id: Mapped[uuid.UUID] = mapped_column()
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency_code: Mapped[str] = mapped_column(String(3))
    to_account_id: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
    to_amount_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    to_currency_code: Mapped[str | None] = mapped_column(String(3), nullable=True)
    category_id: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
    payee: Mapped[str] = mapped_column(String(128), default="")
    description: Mapped[str] = mapped_column(String(256), default="")
    notes: Mapped[str] = mapped_column(String(2000), default="")
    tags: Mapped[str] = mapped_column(String(700), default="")  # one per line (tags are one line)
    frequency: Mapped[int] = mapped_column(SmallInteger)
    interval: Mapped[int] = mapped_column(Integer, default=1)
    weekdays: Mapped[int] = mapped_column(SmallInteger, default=0)  # bit 0 = Monday
    month_day: Mapped[int] = mapped_column(SmallInteger, default=0)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    max_occurrences: Mapped[int] = mapped_column(Integer, default=0)
    time_zone: Mapped[str] = mapped_column(String(64))
    post_time: Mapped[dt.time] = mapped_column(Time)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    next_index: Mapped[int] = mapped_column(Integer, default=0)
    next_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    next_due_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


class Rule(Base):
    """A user's auto-categorisation rule (server/rules/); `position` orders a user's rules from 1."""

    __tablename__ = "rules"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer)
    match_any: Mapped[bool] = mapped_column(Boolean)
    conditions: Mapped[str] = mapped_column(Text)  # JSON array (server/rule_engine/conditions.py)
    set_category_id: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
    set_payee: Mapped[str] = mapped_column(String(128))
    set_tags: Mapped[str] = mapped_column(Text)  # JSON array of tags
    set_notes: Mapped[str] = mapped_column(String(2000))
    disabled: Mapped[bool] = mapped_column(Boolean)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


class ScheduleOccurrence(Base):
    """One occurrence of a schedule, once due or changed by the user. The primary key
    (schedule, date by the rule) is the occurrence's idempotency key: it can be posted once."""

    __tablename__ = "schedule_occurrences"

    schedule_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("schedules.id", ondelete="CASCADE"), primary_key=True
    )
    occurrence_on: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    state: Mapped[int] = mapped_column(SmallInteger)  # server/schedules/states.py
    posts_on: Mapped[dt.date] = mapped_column(Date)  # differs from occurrence_on after a move
    due_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    amount_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)  # per-occurrence edits
    to_amount_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    payee: Mapped[str | None] = mapped_column(String(128), nullable=True)
    description: Mapped[str | None] = mapped_column(String(256), nullable=True)
    transaction_id: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
    failure_reason: Mapped[str] = mapped_column(String(64), default="")
    failure_message: Mapped[str] = mapped_column(String(256), default="")
    catch_up: Mapped[bool] = mapped_column(Boolean, default=False)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


class StatementImport(Base):
    """A statement import (server/imports/): its settings, state and row counts."""

    __tablename__ = "imports"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"))
    currency_code: Mapped[str] = mapped_column(String(3))  # the account's, for the rows' amounts
    format: Mapped[int] = mapped_column(SmallInteger)
    mode: Mapped[int] = mapped_column(SmallInteger)
    state: Mapped[int] = mapped_column(SmallInteger)  # ImportState
    # The CreateImportRequest's reading options (CsvMapping, formats), as protobuf bytes.
    options: Mapped[bytes] = mapped_column(LargeBinary)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    chunks_received: Mapped[int] = mapped_column(Integer, default=0)
    bytes_received: Mapped[int] = mapped_column(BigInteger, default=0)
    rows_total: Mapped[int] = mapped_column(Integer, default=0)
    rows_created: Mapped[int] = mapped_column(Integer, default=0)
    rows_matched: Mapped[int] = mapped_column(Integer, default=0)
    rows_skipped: Mapped[int] = mapped_column(Integer, default=0)
    rows_failed: Mapped[int] = mapped_column(Integer, default=0)
    failure_reason: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    committed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    undone_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class ImportChunk(Base):
    """One uploaded chunk of an import's file; deleted once the import is committed."""

    __tablename__ = "import_chunks"

    import_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("imports.id", ondelete="CASCADE"), primary_key=True
    )
    chunk_index: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[bytes] = mapped_column(LargeBinary(32))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ImportRowResult(Base):
    """What a commit did with one row of the file (ImportRow in imports.proto)."""

    __tablename__ = "import_rows"

    import_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("imports.id", ondelete="CASCADE"), primary_key=True
    )
    row_number: Mapped[int] = mapped_column(Integer, primary_key=True)
    outcome: Mapped[int] = mapped_column(SmallInteger)
    transaction_id: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
    reason: Mapped[str] = mapped_column(String(256), default="")
    external_id: Mapped[str] = mapped_column(String(255), default="")
    occurred_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    amount_minor: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    payee: Mapped[str] = mapped_column(String(128), default="")
    # A matched PENDING transaction the row cleared: its status before, restored by an undo.
    previous_status: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)


class RuleSet(Base):
    """Per-user version of the rules, bumped by every rule write: compiled rules cached by a
    replica are fresh while this matches (server/rule_engine/loader.py)."""

    __tablename__ = "rule_sets"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)
