"""Balance moves of a ledger write, applied at its commit.

A write notes how it moves balances (`move_at_commit`); the commit hook
(server/ledger_version.py) sends them with the other statements that end the write. Each move is
one conditional UPDATE, so the overdraft check and the change cannot be separated by a
concurrent writer; and coming last, the account row lock it takes is held for the fewest
round trips: writers of one account queue on it, so that lock sets their throughput."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections import defaultdict

from sqlalchemy import Connection, bindparam, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from server import money
from server.db.pipeline import Step
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
_RECEIVE = update(Account).where(*_WHERE).values(_CHANGES).returning(Account.id)
_SPEND = (
    update(Account)
    # No IN list: the statement is pipelined (server/db/pipeline.py), which takes no expanding parameters.
    .where(
        *_WHERE,
        or_(_NEW >= 0, Account.allow_overdraft.is_(True), *(Account.type == t for t in LIABILITY_TYPES)),
    )
    .values(_CHANGES)
    .returning(Account.id)
)
_BALANCE = select(Account.current_balance_minor).where(Account.id == bindparam("b_account"))


def move_at_commit(s: AsyncSession, user_id: uuid.UUID, deltas: dict[uuid.UUID, int]) -> None:
    moves: Moves = s.sync_session.info.setdefault(_MOVES, defaultdict(int))
    for account_id, delta in deltas.items():
        moves[(user_id, account_id)] += delta


def pending(info: dict[str, object]) -> Moves:
    """The moves noted in a session (`info`), forgotten there."""
    moves: Moves = info.pop(_MOVES, None) or defaultdict(int)
    return moves


def steps(connection: Connection, moves: Moves) -> list[Step]:
    """One conditional UPDATE per moved account, in account id order (two opposite transfers
    then queue instead of deadlocking), each a guard: an account that may not move refuses
    the write with INSUFFICIENT_FUNDS or AMOUNT_LIMIT_EXCEEDED."""
    now = dt.datetime.now(dt.UTC)
    return [
        Step(
            _SPEND if delta < 0 else _RECEIVE,
            {"b_account": account_id, "b_user": user_id, "b_delta": delta, "b_now": now},
            refusal=functools.partial(_refusal, connection, account_id, delta),
        )
        for (user_id, account_id), delta in sorted(moves.items(), key=lambda move: move[0][1])
        if delta
    ]


def _refusal(connection: Connection, account_id: uuid.UUID, delta: int, _rows: object = None) -> DomainError:
    """Why a balance did not move: past the money limit, or below what the account allows."""
    balance = connection.scalar(_BALANCE, {"b_account": account_id})
    if balance is not None and not money.within_balance_limit(int(balance) + delta):
        return money.limit_exceeded("balance", account_id=str(account_id))
    return DomainError("INSUFFICIENT_FUNDS", metadata={"account_id": str(account_id)})
