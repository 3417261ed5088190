"""Idempotent mutations (AIP-155): the first response to a (user, request_id) is stored in
the same database transaction as the change it reports, and replayed to every retry within
the retention window (RUPAYA_IDEMPOTENCY_RETENTION, the offline window, 30 days by default: long enough for a
phone that was offline for days to replay its queued writes safely). The store is the
database, so the guarantee holds across replicas."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from google.protobuf.message import Message
from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from server.db import pipeline
from server.db.engine import Database
from server.db.insert import insert_for
from server.db.tables import IdempotencyRecord
from server.errors import DomainError, invalid

ResponseT = TypeVar("ResponseT", bound=Message)


def fingerprint(method: str, request: Message) -> bytes:
    return hashlib.sha256(method.encode() + b"\0" + request.SerializeToString(deterministic=True)).digest()


class Idempotency:
    def __init__(self, db: Database, retention: dt.timedelta) -> None:
        self._db = db
        self._retention = retention

    async def run(
        self,
        user_id: uuid.UUID,
        request_id: str,
        method: str,
        request: Message,
        response_type: type[ResponseT],
        action: Callable[[AsyncSession], Awaitable[ResponseT]],
    ) -> ResponseT:
        """`action(session)` once per (user, request_id); its response for every retry."""
        if not request_id:
            async with self._db.transaction() as s:
                return await action(s)
        try:
            key = uuid.UUID(request_id)
        except ValueError:
            raise invalid("request_id", "must be a UUID") from None
        digest = fingerprint(method, request)
        for _ in range(3):
            try:
                async with self._db.transaction() as s:
                    response = await action(s)
                    now = dt.datetime.now(dt.UTC)
                    record = {
                        "user_id": user_id,
                        "request_id": key,
                        "method": method,
                        "fingerprint": digest,
                        "response": response.SerializeToString(deterministic=True),
                        "created_at": now,
                        "b_expired_before": now - self._retention,
                    }
                    # The claim goes with the statements that end the write (one round trip on
                    # PostgreSQL): no lookup first. A live record of the key means a retry or a
                    # twin: the write rolls back and the stored response is the answer.
                    claim = _claim(s.sync_session.get_bind().dialect.name)
                    pipeline.at_commit(s.sync_session, pipeline.Step(claim, record, refusal=_recorded))
                return response
            except (_Recorded, IntegrityError):
                # _Recorded: the key was taken before us. IntegrityError: a concurrent writer
                # took something the write claims (an external id); the retry sees it.
                replay = await self._replay(user_id, key, digest)
                if replay is not None:
                    return response_type.FromString(replay)
            except DomainError:
                # The action refused what an earlier call with this key did (the transaction
                # it created, the etag it bumped, the row it deleted): that call's response is
                # the answer. A key reused for another request is refused as such.
                replay = await self._replay(user_id, key, digest)
                if replay is None:
                    raise
                return response_type.FromString(replay)
        raise DomainError("SERVICE_UNAVAILABLE", "request could not be recorded; retry")

    async def replayed(
        self,
        user_id: uuid.UUID,
        request_id: str,
        method: str,
        request: Message,
        response_type: type[ResponseT],
    ) -> ResponseT | None:
        """The stored response to an earlier call with this key, before any work is done: for
        mutations spread over several database transactions (ApplyRule), which `run` can
        only record at their end."""
        try:
            key = uuid.UUID(request_id)
        except ValueError:
            raise invalid("request_id", "must be a UUID") from None
        replay = await self._replay(user_id, key, fingerprint(method, request))
        return None if replay is None else response_type.FromString(replay)

    async def _replay(self, user_id: uuid.UUID, key: uuid.UUID, digest: bytes) -> bytes | None:
        """The live stored response to the key, if any; IDEMPOTENCY_KEY_REUSED when it was
        recorded for another request."""
        async with self._db.read() as s:
            stored = (await s.execute(_STORED, {"b_user": user_id, "b_key": key})).first()
        if stored is None or stored.created_at < dt.datetime.now(dt.UTC) - self._retention:
            return None
        if stored.fingerprint != digest:
            raise DomainError("IDEMPOTENCY_KEY_REUSED", metadata={"request_id": str(key)})
        response: bytes = stored.response
        return response


class _Recorded(Exception):
    """The key already has a live record: the write rolls back, the record is replayed."""


def _recorded(_rows: object) -> Exception:
    return _Recorded()


# Built once (statement cache); rows, not ORM objects: nothing here is updated through them.
R = IdempotencyRecord
_STORED = select(R.fingerprint, R.response, R.created_at).where(
    R.user_id == bindparam("b_user"), R.request_id == bindparam("b_key")
)


@functools.cache
def _claim(dialect: str) -> Any:
    """INSERT the record; over an expired one of the key, replace it; over a live one, change
    nothing and return no row."""
    statement = insert_for(dialect)(R)
    replaced = {
        name: statement.excluded[name] for name in ("method", "fingerprint", "response", "created_at")
    }
    return statement.on_conflict_do_update(
        index_elements=[R.user_id, R.request_id],
        set_=replaced,
        where=R.created_at < bindparam("b_expired_before"),
    ).returning(R.request_id)
