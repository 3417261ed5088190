"""Ledger rules. No gRPC, no SQL: amounts exact and in the account's currency, transfers
between two of the user's own accounts, categories matching the kind, splits adding up,
and balances moved (with the overdraft rule, server/balances.py) at the commit of the same
database transaction."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from server import balances, currencies, ledger_version, tags
from server.accounts import repository as accounts
from server.categories import repository as categories
from server.db.tables import Account, Transaction, TransactionSplit, TransactionTag
from server.errors import DomainError, FieldViolation, check_etag, invalid, not_found
from server.ids import parse_uuid, require_uuid, uuid7
from server.money import AmountError, AmountInput, parse_bounded, parse_positive
from server.rule_engine import drafts as rule_drafts
from server.transactions import references, repository

INCOME, EXPENSE, TRANSFER = 1, 2, 3
PENDING, CLEARED, RECONCILED = 1, 2, 3  # TransactionStatus
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
        "status",
    }
)


@dataclass(frozen=True)
class SplitInput:
    category_id: str
    amount: AmountInput
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
    external_id: str = ""
    import_batch_id: str = ""
    status: int = CLEARED


def etag(transaction: Transaction) -> str:
    return version_etag(transaction.version)


def version_etag(version: int) -> str:
    """The etag of a transaction at `version` (for rows read without their ORM object)."""
    return f"v{version}"


def effects(t: Transaction) -> dict[uuid.UUID, int]:
    """How a live transaction moves balances, per account."""
    moves: dict[uuid.UUID, int] = {}
    moves[t.account_id] = t.amount_minor if t.kind == INCOME else -t.amount_minor
    if t.kind == TRANSFER and t.to_account_id is not None and t.to_amount_minor is not None:
        moves[t.to_account_id] = moves.get(t.to_account_id, 0) + t.to_amount_minor
    return moves


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


def amount_filter(low: AmountInput | None, high: AmountInput | None) -> tuple[str, int | None, int | None]:
    """The currency and minor-unit bounds of a list's amount filter. A bound carries its
    currency (amounts in different currencies do not compare), so both must agree."""
    check = _Checker()
    currency = (low or high or AmountInput()).currency_code
    bounds: list[int | None] = []
    for given, field_ in ((low, "min_amount"), (high, "max_amount")):
        if given is None:
            bounds.append(None)
        elif not currencies.is_known(given.currency_code):
            check.add(f"{field_}.currency_code", "must be a known currency code")
            bounds.append(None)
        elif given.currency_code != currency:
            check.add(f"{field_}.currency_code", f"must be min_amount's currency {currency}")
            bounds.append(None)
        else:
            try:
                bound = parse_bounded(given, field_, currency)
            except AmountError as error:
                check.violations.append(error.violation)
                bound = 0
            if bound < 0:
                check.add(field_, "must not be negative")
            bounds.append(bound)
    check.raise_if_any()
    return currency, bounds[0], bounds[1]


def account_filter(account_id_text: str) -> uuid.UUID | None:
    """A list's account filter, parsed only (list_scope looks it up)."""
    return require_uuid(account_id_text, "account_id") if account_id_text else None


async def list_scope(
    s: AsyncSession,
    user_id: uuid.UUID,
    account_id_text: str,
    category_id_text: str,
    *,
    look_up_account: bool = True,
) -> tuple[uuid.UUID | None, tuple[uuid.UUID, ...]]:
    """The account and the categories (with sub-categories) a list is filtered by. Another
    user's account or category is NOT_FOUND, as everywhere else: an empty page would still
    answer a question about someone else's id. Without `look_up_account` the account id is
    only parsed: the caller checks it (ListTransactions: its page holds rows only of the
    user's live account, and an empty page looks the account up)."""
    account_id = account_filter(account_id_text)
    if account_id is not None and look_up_account:
        account_id = (await _account(s, user_id, account_id_text, "account_id")).id
    if not category_id_text:
        return account_id, ()
    category_id = require_uuid(category_id_text, "category_id")
    if await categories.get(s, user_id, category_id) is None:
        raise not_found("CATEGORY_NOT_FOUND", category_id_text)
    return account_id, tuple(await categories.with_children(s, user_id, category_id))


def _referenced_account(refs: references.References, account_id: uuid.UUID, id_text: str) -> Any:
    account = refs.accounts.get(account_id)
    if account is None:
        raise not_found("ACCOUNT_NOT_FOUND", id_text)
    return account


def _category_ids(given: TransactionInput) -> dict[str, uuid.UUID | None]:
    """The categories a transaction names (its own and its split lines'), by their text."""
    if given.kind == TRANSFER:
        return {}
    wanted = {given.category_id} if given.category_id else set()
    wanted |= {line.category_id for line in given.splits}
    return {text: parse_uuid(text) for text in wanted}


def _check_categories(
    refs: references.References, given: TransactionInput, ids: dict[str, uuid.UUID | None], check: _Checker
) -> uuid.UUID | None:
    if given.kind == TRANSFER:
        if given.category_id or given.splits:
            check.add("category_id", "transfers have no category or split lines")
        return None
    for text, category_id in ids.items():
        category = refs.categories.get(category_id) if category_id else None
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


async def _resolve(
    s: AsyncSession, user_id: uuid.UUID, given: TransactionInput, *, for_create: bool = False
) -> tuple[Transaction, list[int], references.References]:
    """A validated, unsaved Transaction row for `given` (no id, times, version or children
    yet), its split lines' amounts in minor units, and what was read to check it."""
    check = _Checker()
    account_id = require_uuid(given.account_id, "account_id")
    to_account_id = (
        require_uuid(given.to_account_id, "to_account_id")
        if given.kind == TRANSFER and given.to_account_id
        else None
    )
    category_ids = _category_ids(given)
    refs = await references.load(
        s,
        user_id,
        {account_id} | ({to_account_id} if to_account_id else set()),
        {i for i in category_ids.values() if i is not None},
        rules_version=for_create,
    )
    account = _referenced_account(refs, account_id, given.account_id)
    amount = check.amount(given.amount, "amount", account.currency_code)
    to_account: Any = None
    to_amount: int | None = None
    if given.kind == TRANSFER:
        if to_account_id is None:
            check.add("to_account_id", "transfers need a receiving account")
        else:
            to_account = _referenced_account(refs, to_account_id, given.to_account_id)
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
    category_id = _check_categories(refs, given, category_ids, check)
    lines = [
        check.amount(line.amount, f"splits[{i}].amount", account.currency_code)
        for i, line in enumerate(given.splits)
    ]
    if lines and amount and all(lines) and sum(lines) != amount:
        check.add("splits", f"split lines add up to {sum(lines)}, not {amount}")
    if given.status not in (PENDING, CLEARED, RECONCILED):
        check.add("status", "must be PENDING, CLEARED or RECONCILED")
    check.raise_if_any()
    transaction = Transaction(
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
        external_id=given.external_id,
        import_batch_id=require_uuid(given.import_batch_id, "import_batch_id")
        if given.import_batch_id
        else None,
        status=given.status,
    )
    return transaction, lines, refs


def _children(transaction: Transaction, given: TransactionInput, lines: list[int]) -> None:
    transaction.splits = [
        TransactionSplit(
            id=uuid7(),
            position=i,
            category_id=uuid.UUID(line.category_id),
            amount_minor=amount_minor,
            note=line.note,
        )
        for i, (line, amount_minor) in enumerate(zip(given.splits, lines, strict=True))
    ]
    transaction.tag_rows = [TransactionTag(tag=tag) for tag in tags.normalized(given.tags)]


async def _check_external_id_free(
    s: AsyncSession, account_id: uuid.UUID, external_id: str, own_id: uuid.UUID | None
) -> None:
    """EXTERNAL_ID_TAKEN when another transaction of the account (deleted ones included) has
    the external id. Two writers can both pass this check; the unique index then fails the
    later one's write (IntegrityError), and its retry (CreateTransaction always has a
    request_id, so the idempotency layer retries) finds the winner here."""
    if not external_id:
        return
    holder = await repository.external_id_holder(s, account_id, external_id)
    if holder is not None and holder != own_id:
        raise DomainError(
            "EXTERNAL_ID_TAKEN", metadata={"transaction_id": str(holder), "account_id": str(account_id)}
        )


async def create(s: AsyncSession, user_id: uuid.UUID, given: TransactionInput) -> Transaction:
    transaction, lines, refs = await _resolve(
        s, user_id, replace(given, status=given.status or CLEARED), for_create=True
    )
    given = await _with_rules(s, user_id, transaction, given, refs.rules_version)
    if refs.alerting_budgets is False:
        ledger_version.no_alerting_budgets(s.sync_session, user_id)
    await _check_external_id_free(s, transaction.account_id, transaction.external_id, None)
    now = dt.datetime.now(dt.UTC)
    transaction.id, transaction.version = uuid7(), 1
    transaction.created_at = transaction.updated_at = now
    _children(transaction, given, lines)
    repository.insert_at_commit(s, transaction)
    balances.move_at_commit(s, user_id, effects(transaction))
    return transaction


async def _with_rules(
    s: AsyncSession,
    user_id: uuid.UUID,
    transaction: Transaction,
    given: TransactionInput,
    rules_version: int | None,
) -> TransactionInput:
    """The user's rules fill what the client left empty (server/rule_engine/engine.py): set on the
    resolved row, and tags on the input its tag rows are made from."""
    draft = rule_drafts.draft_of(transaction, given.tags, bool(given.splits))
    changes = await rule_drafts.changes_for(s, user_id, draft, rules_version)
    if changes.category_id is not None:
        transaction.category_id = changes.category_id
    if changes.payee is not None:
        transaction.payee = changes.payee
    if changes.notes is not None:
        transaction.notes = changes.notes
    return replace(given, tags=changes.tags) if changes.tags is not None else given


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
        splits=tuple(
            SplitInput(str(x.category_id), AmountInput(x.amount_minor, currency_code=t.currency_code), x.note)
            for x in t.splits
        ),
        external_id=t.external_id,
        import_batch_id=str(t.import_batch_id) if t.import_batch_id else "",
        status=t.status,
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
    if "status" in paths and not patch.status:
        raise invalid("transaction.status", "must be PENDING, CLEARED or RECONCILED")
    merged = replace(as_input(transaction), **{path: getattr(patch, path) for path in paths})
    if (
        "amount" in paths
        and "to_amount" not in paths
        and transaction.to_currency_code == transaction.currency_code
    ):
        merged = replace(merged, to_amount=AmountInput())  # a same-currency transfer receives what it sends
    resolved, lines, _ = await _resolve(s, user_id, merged)
    # Moved to another account, the external id goes with it and must be free there.
    claimed = transaction.external_id if resolved.account_id != transaction.account_id else ""
    await _check_external_id_free(s, resolved.account_id, claimed, transaction.id)
    before = effects(transaction)
    async with _claiming(s, resolved.account_id, claimed, transaction.id):
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
            "status",
        ):
            setattr(transaction, name, getattr(resolved, name))
        if "splits" in paths or "tags" in paths or "category_id" in paths:
            _children(transaction, merged, lines)
        transaction.version += 1
        transaction.updated_at = dt.datetime.now(dt.UTC)
        await s.flush()
    balances.move_at_commit(s, user_id, _net(before, effects(transaction)))
    return transaction


@contextlib.asynccontextmanager
async def _claiming(
    s: AsyncSession, account_id: uuid.UUID, external_id: str, own_id: uuid.UUID
) -> AsyncIterator[None]:
    """Runs the block's writes in a savepoint when they claim `external_id` on the account.
    UpdateTransaction may come without a request_id (no retry on IntegrityError), so a writer
    that took the id since the check turns into EXTERNAL_ID_TAKEN here instead of INTERNAL."""
    if not external_id:
        yield
        return
    try:
        async with s.begin_nested():  # begun before the changes: begin_nested() flushes
            yield
    except IntegrityError:
        await _check_external_id_free(s, account_id, external_id, own_id)
        raise


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
    balances.move_at_commit(s, user_id, {a: -d for a, d in moves.items()} if deleted else moves)
    return transaction


async def check(s: AsyncSession, user_id: uuid.UUID, given: TransactionInput) -> Transaction:
    """Validates `given` as CreateTransaction would and returns the unsaved row, writing
    nothing: a schedule checks its template (and learns its currencies) this way."""
    transaction, _lines, _refs = await _resolve(s, user_id, replace(given, status=given.status or CLEARED))
    return transaction
