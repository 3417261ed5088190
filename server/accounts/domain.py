"""Account rules: known currency, sign of balances by account type, one default, etags,
reconciliation."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from google.type import date_pb2
from sqlalchemy.ext.asyncio import AsyncSession

from server import audit, calendar_days, currencies, money, quotas
from server.accounts import repository
from server.db.tables import Account
from server.errors import check_etag, invalid, not_found
from server.ids import require_uuid, uuid7

# Liabilities: their balance is what is owed, so it may be (and usually is) negative.
CREDIT_CARD, LOAN = 4, 6
NEGATIVE_ALLOWED = frozenset({CREDIT_CARD, LOAN})
RECONCILIATION = frozenset({"last_reconciled_date", "reconciled_balance"})
UPDATABLE = (
    frozenset({"name", "is_default", "archived", "icon", "color", "opening_balance", "allow_overdraft"})
    | RECONCILIATION
)


@dataclass(frozen=True)
class NewAccount:
    name: str
    type: int
    currency_code: str
    opening_balance: money.AmountInput
    is_default: bool
    icon: str
    color: str
    allow_overdraft: bool = False


def etag(account: Account) -> str:
    return f"v{account.version}"


def _balance(given: money.AmountInput, field: str, currency: str) -> int:
    try:
        return money.parse_bounded(given, field, currency)
    except money.AmountError as error:
        raise invalid(error.violation.field, error.violation.description) from None


def _opening_balance(account_type: int, given: money.AmountInput, field: str, currency: str) -> int:
    amount = _balance(given, field, currency)
    if amount < 0 and account_type not in NEGATIVE_ALLOWED:
        raise invalid(field, "may be negative only for credit card and loan accounts")
    return amount


def _reconciled_on(given: date_pb2.Date, field: str) -> dt.date:
    day = calendar_days.to_date(given, field)
    # A statement can carry tomorrow's date in some time zone, never a later one.
    if day > dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1):
        raise invalid(field, "must not be after tomorrow (UTC)")
    return day


async def create(s: AsyncSession, user_id: uuid.UUID, new: NewAccount) -> Account:
    if not currencies.is_known(new.currency_code):
        raise invalid("currency_code", f"{new.currency_code} is not an ISO 4217 currency RUPAYA supports")
    opening = _opening_balance(new.type, new.opening_balance, "opening_balance", new.currency_code)
    live = await quotas.ensure_room(s, user_id, "accounts", repository.count_live, quotas.MAX_ACCOUNTS)
    now = dt.datetime.now(dt.UTC)
    first = live == 0
    account = Account(
        id=uuid7(),
        user_id=user_id,
        name=new.name.strip(),
        type=new.type,
        currency_code=new.currency_code,
        opening_balance_minor=opening,
        current_balance_minor=opening,
        is_default=new.is_default or first,
        archived=False,
        icon=new.icon,
        color=new.color,
        allow_overdraft=new.allow_overdraft,
        version=1,
        created_at=now,
        updated_at=now,
    )
    await repository.add(s, account)
    if account.is_default and not first:
        await repository.clear_default(s, user_id, keep=account.id)
    return account


async def get(s: AsyncSession, user_id: uuid.UUID, id_text: str) -> Account:
    account = await repository.get(s, user_id, require_uuid(id_text, "id"))
    if account is None:
        raise not_found("ACCOUNT_NOT_FOUND", id_text)
    return account


async def update(
    s: AsyncSession,
    user_id: uuid.UUID,
    id_text: str,
    given_etag: str,
    paths: Sequence[str],
    values: Mapping[str, Any],
) -> Account:
    unknown = sorted(set(paths) - UPDATABLE)
    if unknown or not paths:
        raise invalid("update_mask", f"paths must be among {sorted(UPDATABLE)}")
    if len(RECONCILIATION & set(paths)) == 1:
        raise invalid("update_mask", "last_reconciled_date and reconciled_balance are set together")
    account = await repository.get(s, user_id, require_uuid(id_text, "account.id"), for_update=True)
    if account is None:
        raise not_found("ACCOUNT_NOT_FOUND", id_text)
    check_etag(given_etag, etag(account), "accounts", id_text)
    if "name" in paths and not str(values["name"]).strip():
        raise invalid("account.name", "must not be empty")
    currency = account.currency_code
    if "opening_balance" in paths:
        new_opening = _opening_balance(
            account.type, values["opening_balance"], "account.opening_balance", currency
        )
        # The current balance is opening + postings, so it moves by the same delta.
        balance = account.current_balance_minor + new_opening - account.opening_balance_minor
        if not money.within_balance_limit(balance):
            raise money.limit_exceeded("balance", account_id=id_text)
        account.current_balance_minor = balance
        account.opening_balance_minor = new_opening
    if "reconciled_balance" in paths:
        reconciled = _balance(values["reconciled_balance"], "account.reconciled_balance", currency)
        account.last_reconciled_on = _reconciled_on(
            values["last_reconciled_date"], "account.last_reconciled_date"
        )
        account.reconciled_balance_minor = reconciled
    archiving = "archived" in paths and bool(values["archived"]) and not account.archived
    for path in ("name", "is_default", "archived", "icon", "color", "allow_overdraft"):
        if path in paths:
            setattr(account, path, values[path].strip() if path == "name" else values[path])
    account.version += 1
    account.updated_at = dt.datetime.now(dt.UTC)
    await s.flush()
    if "is_default" in paths and account.is_default:
        await repository.clear_default(s, user_id, keep=account.id)
    if archiving:
        await audit.record_change(
            s,
            user_id,
            audit.Action.AUDIT_ACTION_MONEY_ACCOUNT_ARCHIVED,
            account_id=str(account.id),
            name=account.name,
        )
    return account


async def delete(s: AsyncSession, user_id: uuid.UUID, id_text: str, given_etag: str) -> None:
    account = await repository.get(s, user_id, require_uuid(id_text, "id"), for_update=True)
    if account is None:
        raise not_found("ACCOUNT_NOT_FOUND", id_text)
    check_etag(given_etag, etag(account), "accounts", id_text)
    now = dt.datetime.now(dt.UTC)
    account.deleted_at = now
    account.updated_at = now
    account.is_default = False
    account.version += 1
    await s.flush()
    await audit.record_change(
        s,
        user_id,
        audit.Action.AUDIT_ACTION_MONEY_ACCOUNT_DELETED,
        account_id=str(account.id),
        name=account.name,
    )
