"""SQL for transactions and balance movements: the one place that knows the ledger tables."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    bindparam,
    exists,
    insert,
    lambda_stmt,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.sql.lambdas import StatementLambdaElement

from server import ledger_version
from server.db import driver, pipeline, sums
from server.db.message_columns import (
    date_parts,
    epoch_nanos,
    epoch_seconds,
    json_array,
    json_list,
    text_lines,
    time_parts,
    uuid_text,
)
from server.db.tables import Account, LedgerVersion, Transaction, TransactionSplit, TransactionTag

_TRANSACTIONS = Transaction.__table__
_SPLITS = TransactionSplit.__table__
_TAGS = TransactionTag.__table__


@dataclass(frozen=True)
class Filters:
    account_id: uuid.UUID | None = None
    category_ids: tuple[uuid.UUID, ...] = ()
    kind: int = 0
    from_date: dt.date | None = None
    to_date: dt.date | None = None
    amount_currency: str = ""  # set with min_amount or max_amount: only that currency matches
    min_amount: int | None = None
    max_amount: int | None = None
    tag: str = ""
    query: str = ""
    show_deleted: bool = False
    import_batch_id: uuid.UUID | None = None
    status: int = 0


def insert_at_commit(s: AsyncSession, transaction: Transaction) -> None:
    """The new transaction, its split lines and its tags, inserted with the statements that end
    the write (server/db/pipeline.py) instead of a flush of their own: one round trip less.
    The rollup and version see it as they see a flushed row (ledger_version.note_new)."""
    session = s.sync_session
    pipeline.at_commit(session, pipeline.Step(_INSERT_TRANSACTION, _values(transaction)))
    for line in transaction.splits:
        line.transaction_id = transaction.id
        pipeline.at_commit(session, pipeline.Step(_INSERT_SPLIT, _values(line)))
    for tag in transaction.tag_rows:
        tag.transaction_id = transaction.id
        pipeline.at_commit(session, pipeline.Step(_INSERT_TAG, _values(tag)))
    ledger_version.note_new(session, transaction)


_INSERT_TRANSACTION, _INSERT_SPLIT, _INSERT_TAG = (
    insert(t) for t in (Transaction, TransactionSplit, TransactionTag)
)


def _values(row: Any) -> dict[str, Any]:
    """Every column of an unsaved row; the column's default where the row left it unset."""
    values = {}
    for column in row.__table__.columns:
        value = getattr(row, column.key)
        if value is None and column.default is not None and column.default.is_scalar:
            value = column.default.arg
        values[column.key] = value
    return values


async def get(
    s: AsyncSession, user_id: uuid.UUID, transaction_id: uuid.UUID, *, for_update: bool = False
) -> Transaction | None:
    query = select(Transaction).where(Transaction.id == transaction_id, Transaction.user_id == user_id)
    if for_update:
        query = query.with_for_update()
    found: Transaction | None = await s.scalar(query)
    return found


async def external_id_holder(s: AsyncSession, account_id: uuid.UUID, external_id: str) -> uuid.UUID | None:
    """The transaction of the account (deleted or not) that has `external_id`."""
    found: uuid.UUID | None = await s.scalar(
        select(Transaction.id).where(
            Transaction.account_id == account_id, Transaction.external_id == external_id
        )
    )
    return found


def _escape_like(text_: str) -> str:
    return text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True)
class _Shape:
    """Which filters a list request uses: one statement is built per shape, and the values
    go in as bound parameters, so a shape's statement is built and compiled once."""

    show_deleted: bool
    account: bool
    categories: bool
    kind: bool
    from_date: bool
    to_date: bool
    amount_currency: bool
    min_amount: bool
    max_amount: bool
    import_batch: bool
    status: bool
    tag: bool
    query: bool
    after: bool

    @staticmethod
    def of(f: Filters, after: tuple[dt.date, uuid.UUID] | None) -> _Shape:
        return _Shape(
            f.show_deleted,
            f.account_id is not None,
            bool(f.category_ids),
            bool(f.kind),
            f.from_date is not None,
            f.to_date is not None,
            bool(f.amount_currency),
            f.min_amount is not None,
            f.max_amount is not None,
            f.import_batch_id is not None,
            bool(f.status),
            bool(f.tag),
            bool(f.query),
            after is not None,
        )


def _params(
    user_id: uuid.UUID, f: Filters, after: tuple[dt.date, uuid.UUID] | None, limit: int
) -> dict[str, Any]:
    """The bound values of `_conditions`; a filter not in use binds a value no statement reads."""
    return {
        "user_id": user_id,
        "account_id": f.account_id,
        "category_ids": list(f.category_ids),
        "kind": f.kind,
        "from_date": f.from_date,
        "to_date": f.to_date,
        "amount_currency": f.amount_currency,
        "min_amount": f.min_amount,
        "max_amount": f.max_amount,
        "import_batch_id": f.import_batch_id,
        "status": f.status,
        "tag": f.tag,
        "pattern": f"%{_escape_like(f.query)}%",
        "after_on": after[0] if after else None,
        "after_id": after[1] if after else None,
        "limit": limit,
    }


def _conditions(shape: _Shape) -> list[ColumnElement[bool]]:
    t = _TRANSACTIONS.c
    conditions = [t.user_id == bindparam("user_id")]
    if not shape.show_deleted:
        conditions.append(t.deleted_at.is_(None))
    if shape.account:
        account = bindparam("account_id", type_=t.account_id.type)
        conditions.append(or_(t.account_id == account, t.to_account_id == account))
        # Only while the account is the user's and live: the page itself then answers whether
        # the caller may list it, and the lookup is needed only for an empty page.
        a = Account.__table__.c
        conditions.append(
            exists().where(a.id == account, a.user_id == bindparam("user_id"), a.deleted_at.is_(None))
        )
    if shape.categories:
        ids = bindparam("category_ids", expanding=True, type_=t.category_id.type)
        in_split = exists().where(_SPLITS.c.transaction_id == t.id, _SPLITS.c.category_id.in_(ids))
        conditions.append(or_(t.category_id.in_(ids), in_split))
    if shape.kind:
        conditions.append(t.kind == bindparam("kind"))
    if shape.from_date:
        conditions.append(t.occurred_on >= bindparam("from_date"))
    if shape.to_date:
        conditions.append(t.occurred_on <= bindparam("to_date"))
    if shape.amount_currency:
        conditions.append(t.currency_code == bindparam("amount_currency"))
    if shape.min_amount:
        conditions.append(t.amount_minor >= bindparam("min_amount"))
    if shape.max_amount:
        conditions.append(t.amount_minor <= bindparam("max_amount"))
    if shape.import_batch:
        conditions.append(t.import_batch_id == bindparam("import_batch_id"))
    if shape.status:
        conditions.append(t.status == bindparam("status"))
    if shape.tag:
        conditions.append(exists().where(_TAGS.c.transaction_id == t.id, _TAGS.c.tag == bindparam("tag")))
    if shape.query:
        pattern = bindparam("pattern", type_=t.payee.type)
        conditions.append(
            or_(*(column.ilike(pattern, escape="\\") for column in (t.payee, t.description, t.notes)))
        )
    if shape.after:
        after = tuple_(
            bindparam("after_on", type_=t.occurred_on.type), bindparam("after_id", type_=t.id.type)
        )
        conditions.append(tuple_(t.occurred_on, t.id) < after)
    return conditions


_LIMIT = bindparam("limit", type_=Integer)
_NEWEST_FIRST = (_TRANSACTIONS.c.occurred_on.desc(), _TRANSACTIONS.c.id.desc())


@functools.lru_cache(maxsize=256)
def _entities_statement(shape: _Shape) -> Select[tuple[Transaction]]:
    return select(Transaction).where(*_conditions(shape)).order_by(*_NEWEST_FIRST).limit(_LIMIT)


async def list_page(
    s: AsyncSession, user_id: uuid.UUID, f: Filters, after: tuple[dt.date, uuid.UUID] | None, limit: int
) -> Sequence[Transaction]:
    """Newest first by (occurred_on, id); keyset, so page 1,000 costs what page 1 costs."""
    statement = _entities_statement(_Shape.of(f, after))
    return (await s.scalars(statement, _params(user_id, f, after, limit))).all()


_VERSION = select(LedgerVersion.version).where(LedgerVersion.user_id == bindparam("user_id"))


async def version_of(c: AsyncConnection, user_id: uuid.UUID) -> int:
    """The user's ledger version (0 before their first ledger write): lists are cached under it."""
    found = await driver.rows(c, _VERSION, {"user_id": user_id})
    return int(found[0][0]) if found else 0


def _list_columns() -> dict[str, ColumnElement[Any]]:
    """A ListTransactions row: each pb.Transaction field in the shape the message takes it
    (server/db/message_columns.py), in field order; rows.py unpacks them in this order. A
    transaction's split lines come as a JSON array of [position, category_id, amount_minor,
    note], its tags as lines of one text (the contract allows no control character in a tag),
    both in no promised order. The last column is the user's ledger version, read in the same
    statement and so at the page's own snapshot: the version the page may be cached under."""
    t, line, tag = _TRANSACTIONS.c, _SPLITS.c, _TAGS.c
    lines = select(
        json_list(json_array(line.position, uuid_text(line.category_id), line.amount_minor, line.note))
    ).where(line.transaction_id == t.id)
    tags = select(text_lines(tag.tag)).where(tag.transaction_id == t.id)
    year, month, day = date_parts(t.occurred_on)
    hours, minutes, seconds = time_parts(t.occurred_time)
    return {
        "id": uuid_text(t.id),
        "kind": t.kind,
        "account_id": uuid_text(t.account_id),
        "amount_minor": t.amount_minor,
        "currency_code": t.currency_code,
        "to_account_id": uuid_text(t.to_account_id),
        "to_amount_minor": t.to_amount_minor,
        "to_currency_code": t.to_currency_code,
        "category_id": uuid_text(t.category_id),
        "occurred_year": year,
        "occurred_month": month,
        "occurred_day": day,
        "occurred_hours": hours,
        "occurred_minutes": minutes,
        "occurred_seconds": seconds,
        "payee": t.payee,
        "description": t.description,
        "notes": t.notes,
        "external_id": t.external_id,
        "import_batch_id": uuid_text(t.import_batch_id),
        "status": t.status,
        "version": t.version,
        "created_seconds": epoch_seconds(t.created_at),
        "created_nanos": epoch_nanos(t.created_at),
        "updated_seconds": epoch_seconds(t.updated_at),
        "updated_nanos": epoch_nanos(t.updated_at),
        "deleted_seconds": epoch_seconds(t.deleted_at),
        "deleted_nanos": epoch_nanos(t.deleted_at),
        "split_lines": lines.scalar_subquery(),
        "tags": tags.scalar_subquery(),
        "ledger_version": _VERSION.scalar_subquery(),
    }


@functools.lru_cache(maxsize=256)
def _rows_statement(shape: _Shape) -> StatementLambdaElement:
    """One statement for a whole page, one row per transaction: its split lines and tags are
    read by subqueries on their transaction_id indexes, aggregated in the row.

    As a lambda statement tracked on the shape alone, SQLAlchemy finds its compiled form by
    this lambda and the shape instead of deriving a cache key from the whole construct on
    every call (a walk of some 80 µs for this wide SELECT)."""
    columns = (expression.label(name) for name, expression in _list_columns().items())
    statement = select(*columns).where(*_conditions(shape)).order_by(*_NEWEST_FIRST).limit(_LIMIT)
    return lambda_stmt(lambda: statement, track_on=[shape])


# Where a list row (a plain tuple, `_list_columns`' order) holds what a page's token and its
# cache key read.
_ROW_NAMES = tuple(_list_columns())
ROW_ID, ROW_YEAR, ROW_MONTH, ROW_DAY, ROW_LEDGER_VERSION = (
    _ROW_NAMES.index(name)
    for name in ("id", "occurred_year", "occurred_month", "occurred_day", "ledger_version")
)


async def list_rows(
    c: AsyncConnection, user_id: uuid.UUID, f: Filters, after: tuple[dt.date, uuid.UUID] | None, limit: int
) -> Sequence[tuple[Any, ...]]:
    """`list_page` as plain tuples (see `_list_columns`) in one statement, newest first."""
    statement = _rows_statement(_Shape.of(f, after))
    return await driver.rows(c, statement, _params(user_id, f, after, limit))


# Postings are summed as high and low 32-bit parts, joined in Python (server/db/sums.py).
INVARIANT_SQL = text(
    f"""
    SELECT a.id, a.user_id, a.current_balance_minor, a.opening_balance_minor,
           SUM(m.amount / {sums.SPLIT}), SUM(m.amount % {sums.SPLIT})
    FROM accounts a
    LEFT JOIN (
        SELECT account_id AS account_id,
               CASE WHEN kind = 1 THEN amount_minor ELSE -amount_minor END AS amount
        FROM transactions WHERE deleted_at IS NULL
        UNION ALL
        SELECT to_account_id, to_amount_minor
        FROM transactions WHERE deleted_at IS NULL AND to_account_id IS NOT NULL
    ) m ON m.account_id = a.id
    GROUP BY a.id, a.user_id, a.current_balance_minor, a.opening_balance_minor
    """
)


async def balance_mismatches(s: AsyncSession) -> list[tuple[Any, Any, int, int]]:
    """Accounts whose balance is not opening balance + the sum of their live postings."""
    found = []
    for account_id, user_id, balance, opening, high, low in await s.execute(INVARIANT_SQL):
        expected = int(opening) + sums.joined(high, low)
        if int(balance) != expected:
            found.append((account_id, user_id, int(balance), expected))
    return found
