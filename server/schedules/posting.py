"""Posting one occurrence: through the ledger's own write (transactions/domain.create, with its
overdraft rule, balances, rollups and change feed), in the transaction that marks the
occurrence POSTED, so the two cannot come apart."""

from __future__ import annotations

import datetime as dt

import grpc
from sqlalchemy.ext.asyncio import AsyncSession

from server.accounts import repository as accounts
from server.db.tables import Schedule, ScheduleOccurrence, Transaction
from server.errors import DomainError
from server.money import AmountInput
from server.schedules.states import FAILED, POSTED
from server.transactions import domain as ledger

# Posted later than this after it fell due (the server was down, or the schedule was created
# with past dates), an occurrence is marked catch-up.
CATCH_UP_AFTER = dt.timedelta(minutes=10)
# Refusals that another attempt would meet again: the occurrence is FAILED, not retried.
_PERMANENT = (
    grpc.StatusCode.FAILED_PRECONDITION,
    grpc.StatusCode.NOT_FOUND,
    grpc.StatusCode.INVALID_ARGUMENT,
    grpc.StatusCode.ALREADY_EXISTS,
)


def permanent(error: DomainError) -> bool:
    return error.code in _PERMANENT


def tags_of(schedule: Schedule) -> tuple[str, ...]:
    return tuple(t for t in schedule.tags.split("\n") if t)


def effective_amounts(schedule: Schedule, row: ScheduleOccurrence | None) -> tuple[int, int | None]:
    amount = row.amount_minor if row is not None and row.amount_minor is not None else schedule.amount_minor
    to_amount = schedule.to_amount_minor
    if row is not None and row.to_amount_minor is not None:
        to_amount = row.to_amount_minor
    elif schedule.to_currency_code == schedule.currency_code and to_amount is not None:
        to_amount = amount  # a same-currency transfer receives what it sends
    return amount, to_amount


def as_input(schedule: Schedule, row: ScheduleOccurrence) -> ledger.TransactionInput:
    amount, to_amount = effective_amounts(schedule, row)
    return ledger.TransactionInput(
        kind=schedule.kind,
        account_id=str(schedule.account_id),
        amount=AmountInput(amount, currency_code=schedule.currency_code),
        occurred_on=row.posts_on,
        to_account_id=str(schedule.to_account_id) if schedule.to_account_id else "",
        to_amount=AmountInput(to_amount or 0, currency_code=schedule.to_currency_code or ""),
        category_id=str(schedule.category_id) if schedule.category_id else "",
        occurred_time=schedule.post_time,
        payee=schedule.payee if row.payee is None else row.payee,
        description=schedule.description if row.description is None else row.description,
        notes=schedule.notes,
        tags=tags_of(schedule),
        status=ledger.CLEARED,
    )


async def _refuse_archived(s: AsyncSession, schedule: Schedule) -> None:
    for account_id in filter(None, (schedule.account_id, schedule.to_account_id)):
        account = await accounts.get(s, schedule.user_id, account_id)
        if account is not None and account.archived:
            raise DomainError("ACCOUNT_ARCHIVED", metadata={"account_id": str(account_id)})


async def post(s: AsyncSession, schedule: Schedule, row: ScheduleOccurrence, now: dt.datetime) -> Transaction:
    """Creates the occurrence's transaction and marks it POSTED; a refusal (raised here or
    at the commit: INSUFFICIENT_FUNDS) rolls both back."""
    await _refuse_archived(s, schedule)
    transaction = await ledger.create(s, schedule.user_id, as_input(schedule, row))
    row.state = POSTED
    row.transaction_id = transaction.id
    row.resolved_at = now
    row.catch_up = now - row.due_at > CATCH_UP_AFTER
    row.failure_reason = row.failure_message = ""
    row.version += 1
    await s.flush()
    return transaction


def mark_failed(row: ScheduleOccurrence, error: DomainError, now: dt.datetime) -> None:
    row.state = FAILED
    row.failure_reason = error.reason
    row.failure_message = error.message[:256]
    row.resolved_at = now
    row.version += 1
