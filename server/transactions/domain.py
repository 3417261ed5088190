"""Ledger rules. No gRPC, no SQL: amounts exact and in the account's currency, transfers
between two of the user's own accounts, categories matching the kind, splits adding up,
and balances moved (with the overdraft rule) in the same database transaction."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy.ext.asyncio import AsyncSession

from server import money
from server.accounts import repository as accounts
from server.categories import repository as categories
from server.db.tables import Account, Transaction, TransactionSplit, TransactionTag
from server.errors import DomainError, FieldViolation, check_etag, invalid, not_found
from server.ids import parse_uuid, require_uuid, uuid7
from server.money import AmountError, AmountInput, parse_positive
from server.transactions import repository

INCOME, EXPENSE, TRANSFER = 1, 2, 3
CATEGORY_KIND = {INCOME: 1, EXPENSE: 2}
UPDATABLE = frozenset(
    {
        "account_id",
        "amount",
        "to_account_id",
        "to_amount",
        "category_id",
        "occurred_on",
        "occurred_time",
        "payee",
        "description",
        "notes",
        "tags",
        "splits",
    }
)


@dataclass(frozen=True)
class SplitInput:
    category_id: str
    amount_minor: int
    note: str = ""


@dataclass(frozen=True)
class TransactionInput:
    """A transaction as the request describes it, before validation."""

    kind: int
    account_id: str
    amount: AmountInput
    occurred_on: dt.date | None
    to_account_id: str = ""
    to_amount: AmountInput = AmountInput()
    category_id: str = ""
    occurred_time: dt.time | None = None
    payee: str = ""
    description: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()
    splits: tuple[SplitInput, ...] = field(default=())


def etag(transaction: Transaction) -> str:
    return f"v{transaction.version}"


def effects(t: Transaction) -> dict[uuid.UUID, int]:
    """How a live transaction moves balances, per account."""
    moves: dict[uuid.UUID, int] = {}
    moves[t.account_id] = t.amount_minor if t.kind == INCOME else -t.amount_minor
    if t.kind == TRANSFER and t.to_account_id is not None and t.to_amount_minor is not None:
        moves[t.to_account_id] = moves.get(t.to_account_id, 0) + t.to_amount_minor
    return moves


async def move_balances(s: AsyncSession, user_id: uuid.UUID, deltas: dict[uuid.UUID, int]) -> None:
    # Always lock accounts in id order: two opposite transfers then queue instead of deadlocking.
    for account_id in sorted(deltas):
        delta = deltas[account_id]
        if delta and not await repository.move_balance(s, user_id, account_id, delta):
            raise await _refusal(s, account_id, delta)


async def _refusal(s: AsyncSession, account_id: uuid.UUID, delta: int) -> DomainError:
    """Why a balance did not move: past the money limit, or below what the account allows."""
    balance = await repository.balance(s, account_id)
    if balance is not None and not money.within_balance_limit(balance + delta):
        return money.limit_exceeded("balance", account_id=str(account_id))
    return DomainError("INSUFFICIENT_FUNDS", metadata={"account_id": str(account_id)})


def _net(before: dict[uuid.UUID, int], after: dict[uuid.UUID, int]) -> dict[uuid.UUID, int]:
    return {a: after.get(a, 0) - before.get(a, 0) for a in before.keys() | after.keys()}


class _Checker:
    """Collects every field violation of a request, so the client sees them all at once."""

    def __init__(self) -> None:
        self.violations: list[FieldViolation] = []

    def add(self, field_: str, description: str) -> None:
        self.violations.append(FieldViolation(field_, description))

    def amount(self, money: AmountInput, field_: str, currency: str) -> int:
        try:
            return parse_positive(money, field_, currency)
        except AmountError as error:
            self.violations.append(error.violation)
            return 0

    def raise_if_any(self) -> None:
        if self.violations:
            raise DomainError("VALIDATION_FAILED", violations=self.violations)


async def _account(s: AsyncSession, user_id: uuid.UUID, id_text: str, field_: str) -> Account:
    account = await accounts.get(s, user_id, require_uuid(id_text, field_))
    if account is None:
        raise not_found("ACCOUNT_NOT_FOUND", id_text)
    return account


async def list_scope(
    s: AsyncSession, user_id: uuid.UUID, account_id_text: str, category_id_text: str
) -> tuple[uuid.UUID | None, tuple[uuid.UUID, ...]]:
    """The account and the categories (with sub-categories) a list is filtered by. Another
    user's account or category is NOT_FOUND, as everywhere else: an empty page would still
    answer a question about someone else's id."""
    account_id = (await _account(s, user_id, account_id_text, "account_id")).id if account_id_text else None
    if not category_id_text:
        return account_id, ()
    category_id = require_uuid(category_id_text, "category_id")
    if await categories.get(s, user_id, category_id) is None:
        raise not_found("CATEGORY_NOT_FOUND", category_id_text)
    return account_id, tuple(await categories.with_children(s, user_id, category_id))


async def _check_categories(
    s: AsyncSession, user_id: uuid.UUID, given: TransactionInput, check: _Checker
) -> uuid.UUID | None:
    if given.kind == TRANSFER:
        if given.category_id or given.splits:
            check.add("category_id", "transfers have no category or split lines")
        return None
    wanted = {given.category_id} if given.category_id else set()
    wanted |= {line.category_id for line in given.splits}
    ids = {text: parse_uuid(text) for text in wanted}
    found = await categories.get_many(s, user_id, {i for i in ids.values() if i is not None})
    for text, category_id in ids.items():
        category = found.get(category_id) if category_id else None
        if category is None:
            raise not_found("CATEGORY_NOT_FOUND", text)
        if category.kind != CATEGORY_KIND[given.kind]:
            check.add(
                "category_id",
                f"category {text} is not an {'income' if given.kind == INCOME else 'expense'} category",
            )
        if category.archived:
            check.add("category_id", f"category {text} is archived")
    if given.splits and given.category_id:
        check.add("category_id", "leave empty when the transaction has split lines")
    return ids.get(given.category_id) if given.category_id else None


async def _resolve(s: AsyncSession, user_id: uuid.UUID, given: TransactionInput) -> Transaction:
    """A validated, unsaved Transaction row for `given` (no id, times or version yet)."""
    check = _Checker()
    account = await _account(s, user_id, given.account_id, "account_id")
    amount = check.amount(given.amount, "amount", account.currency_code)
    to_account: Account | None = None
    to_amount: int | None = None
    if given.kind == TRANSFER:
        if not given.to_account_id:
            check.add("to_account_id", "transfers need a receiving account")
        else:
            to_account = await _account(s, user_id, given.to_account_id, "to_account_id")
            if to_account.id == account.id:
                check.add("to_account_id", "must differ from account_id")
            elif to_account.currency_code == account.currency_code and not given.to_amount.given:
                to_amount = amount
            elif not given.to_amount.given:
                check.add(
                    "to_amount",
                    f"required: the accounts' currencies differ ({account.currency_code} -> {to_account.currency_code})",
                )
            else:
                to_amount = check.amount(given.to_amount, "to_amount", to_account.currency_code)
                if to_account.currency_code == account.currency_code and to_amount != amount:
                    check.add("to_amount", "must equal amount between accounts of one currency")
    elif given.to_account_id or given.to_amount.given:
        check.add("to_account_id", "only transfers have a receiving account")
    if given.occurred_on is None:
        check.add("occurred_on", "is required")
    category_id = await _check_categories(s, user_id, given, check)
    if given.splits and amount and sum(line.amount_minor for line in given.splits) != amount:
        check.add(
            "splits", f"split lines add up to {sum(line.amount_minor for line in given.splits)}, not {amount}"
        )
    check.raise_if_any()
    return Transaction(
        user_id=user_id,
        kind=given.kind,
        account_id=account.id,
        amount_minor=amount,
        currency_code=account.currency_code,
        to_account_id=to_account.id if to_account else None,
        to_amount_minor=to_amount,
        to_currency_code=to_account.currency_code if to_account else None,
        category_id=category_id,
        occurred_on=given.occurred_on or dt.date.min,  # None was refused above
        occurred_time=given.occurred_time,
        payee=given.payee.strip(),
        description=given.description.strip(),
        notes=given.notes,
    )


def _tags(tags: Sequence[str]) -> list[str]:
    return sorted({t.strip().lower() for t in tags if t.strip()})


def _children(transaction: Transaction, given: TransactionInput) -> None:
    transaction.splits = [
        TransactionSplit(
            id=uuid7(),
            position=i,
            category_id=uuid.UUID(line.category_id),
            amount_minor=line.amount_minor,
            note=line.note,
        )
        for i, line in enumerate(given.splits)
    ]
    transaction.tag_rows = [TransactionTag(tag=tag) for tag in _tags(given.tags)]


async def create(s: AsyncSession, user_id: uuid.UUID, given: TransactionInput) -> Transaction:
    transaction = await _resolve(s, user_id, given)
    now = dt.datetime.now(dt.UTC)
    transaction.id, transaction.version = uuid7(), 1
    transaction.created_at = transaction.updated_at = now
    _children(transaction, given)
    await repository.add(s, transaction)
    await move_balances(s, user_id, effects(transaction))
    return transaction


async def get(s: AsyncSession, user_id: uuid.UUID, id_text: str, *, for_update: bool = False) -> Transaction:
    transaction = await repository.get(s, user_id, require_uuid(id_text, "id"), for_update=for_update)
    if transaction is None:
        raise not_found("TRANSACTION_NOT_FOUND", id_text)
    return transaction


def as_input(t: Transaction) -> TransactionInput:
    """The input that would create `t` as it is now; updates replace the masked parts."""
    return TransactionInput(
        kind=t.kind,
        account_id=str(t.account_id),
        # Kept amounts carry their currency: moving a transaction to an account in
        # another currency then needs a new amount instead of reinterpreting this one.
        amount=AmountInput(t.amount_minor, currency_code=t.currency_code),
        occurred_on=t.occurred_on,
        to_account_id=str(t.to_account_id) if t.to_account_id else "",
        to_amount=AmountInput(t.to_amount_minor or 0, currency_code=t.to_currency_code or ""),
        category_id=str(t.category_id) if t.category_id else "",
        occurred_time=t.occurred_time,
        payee=t.payee,
        description=t.description,
        notes=t.notes,
        tags=tuple(row.tag for row in t.tag_rows),
        splits=tuple(SplitInput(str(x.category_id), x.amount_minor, x.note) for x in t.splits),
    )


async def update(
    s: AsyncSession,
    user_id: uuid.UUID,
    id_text: str,
    given_etag: str,
    paths: Sequence[str],
    patch: TransactionInput,
) -> Transaction:
    if not paths or set(paths) - UPDATABLE:
        raise invalid("update_mask", f"paths must be among {sorted(UPDATABLE)}")
    transaction = await get(s, user_id, id_text, for_update=True)
    check_etag(given_etag, etag(transaction), "transactions", id_text)
    if transaction.deleted_at is not None:
        raise DomainError("TRANSACTION_DELETED", metadata={"id": id_text})
    merged = replace(as_input(transaction), **{path: getattr(patch, path) for path in paths})
    if (
        "amount" in paths
        and "to_amount" not in paths
        and transaction.to_currency_code == transaction.currency_code
    ):
        merged = replace(merged, to_amount=AmountInput())  # a same-currency transfer receives what it sends
    resolved = await _resolve(s, user_id, merged)
    before = effects(transaction)
    for name in (
        "account_id",
        "amount_minor",
        "currency_code",
        "to_account_id",
        "to_amount_minor",
        "to_currency_code",
        "category_id",
        "occurred_on",
        "occurred_time",
        "payee",
        "description",
        "notes",
    ):
        setattr(transaction, name, getattr(resolved, name))
    if "splits" in paths or "tags" in paths or "category_id" in paths:
        _children(transaction, merged)
    transaction.version += 1
    transaction.updated_at = dt.datetime.now(dt.UTC)
    await s.flush()
    await move_balances(s, user_id, _net(before, effects(transaction)))
    return transaction


async def set_deleted(
    s: AsyncSession, user_id: uuid.UUID, id_text: str, given_etag: str, deleted: bool
) -> Transaction:
    """Soft delete (reverting the balance effect) or undelete (re-applying it)."""
    transaction = await get(s, user_id, id_text, for_update=True)
    check_etag(given_etag, etag(transaction), "transactions", id_text)
    if deleted and transaction.deleted_at is not None:
        raise not_found("TRANSACTION_NOT_FOUND", id_text)
    if not deleted and transaction.deleted_at is None:
        raise DomainError("TRANSACTION_NOT_DELETED", metadata={"id": id_text})
    moves = effects(transaction)
    now = dt.datetime.now(dt.UTC)
    transaction.deleted_at = now if deleted else None
    transaction.updated_at = now
    transaction.version += 1
    await s.flush()
    await move_balances(s, user_id, {a: -d for a, d in moves.items()} if deleted else moves)
    return transaction
