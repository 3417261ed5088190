"""Balance moves of a ledger write, applied at its commit.

A write notes how it moves balances (`move_at_commit`); the commit hook
(server/ledger_version.py) applies them as the last statements before COMMIT. Each move is
one conditional UPDATE, so the overdraft check and the change cannot be separated by a
concurrent writer; and coming last, the account row lock it takes is held for the fewest
round trips: writers of one account queue on it, so that lock sets their throughput."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict

from sqlalchemy import Connection, bindparam, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from server import money
from server.db.tables import Account
from server.errors import DomainError

LIABILITY_TYPES = (4, 6)  # credit card, loan
_MOVES = "balances_moves"
Moves = defaultdict[tuple[uuid.UUID, uuid.UUID], int]  # (user, account) -> delta

_NEW = Account.current_balance_minor + bindparam("b_delta")
_WHERE = (
    Account.id == bindparam("b_account"),
    Account.user_id == bindparam("b_user"),
    Account.deleted_at.is_(None),
    _NEW.between(-money.MAX_BALANCE_MINOR, money.MAX_BALANCE_MINOR),
)
# The same statement bumps the version: a balance a client can see moving changes the
# account's etag.
_CHANGES = {"current_balance_minor": _NEW, "version": Account.version + 1, "updated_at": bindparam("b_now")}
_RECEIVE = update(Account).where(*_WHERE).values(_CHANGES)
_SPEND = (
    update(Account)
    .where(*_WHERE, or_(_NEW >= 0, Account.allow_overdraft.is_(True), Account.type.in_(LIABILITY_TYPES)))
    .values(_CHANGES)
)
_BALANCE = select(Account.current_balance_minor).where(Account.id == bindparam("b_account"))


def move_at_commit(s: AsyncSession, user_id: uuid.UUID, deltas: dict[uuid.UUID, int]) -> None:
    moves: Moves = s.sync_session.info.setdefault(_MOVES, defaultdict(int))
    for account_id, delta in deltas.items():
        moves[(user_id, account_id)] += delta


def pending(info: dict[str, object]) -> Moves:
    """The moves noted in a session (`info`), forgotten there."""
    moves = info.pop(_MOVES, None)
    return moves if isinstance(moves, defaultdict) else defaultdict(int)


def apply(connection: Connection, moves: Moves) -> None:
    """Raises INSUFFICIENT_FUNDS or AMOUNT_LIMIT_EXCEEDED for the first move refused."""
    now = dt.datetime.now(dt.UTC)
    # Always in account id order: two opposite transfers then queue instead of deadlocking.
    for (user_id, account_id), delta in sorted(moves.items(), key=lambda move: move[0][1]):
        if not delta:
            continue
        params = {"b_account": account_id, "b_user": user_id, "b_delta": delta, "b_now": now}
        if not connection.execute(_SPEND if delta < 0 else _RECEIVE, params).rowcount:
            raise _refusal(connection, account_id, delta)


def _refusal(connection: Connection, account_id: uuid.UUID, delta: int) -> DomainError:
    """Why a balance did not move: past the money limit, or below what the account allows."""
    balance = connection.scalar(_BALANCE, {"b_account": account_id})
    if balance is not None and not money.within_balance_limit(int(balance) + delta):
        return money.limit_exceeded("balance", account_id=str(account_id))
    return DomainError("INSUFFICIENT_FUNDS", metadata={"account_id": str(account_id)})
