"""The outbox: messages are written in the caller's database transaction and sent after it commits.

Interface agreed between the mail path and the account-recovery flows (issue 16): a flow calls
`enqueue` inside its transaction; the deliverer (server/mail/deliverer.py) sends the message
once that transaction has committed, and never if it rolled back. The template values carry
tokens, so they are stored encrypted under the data key and bound to the row.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Mapping

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from server.crypto import DataKey
from server.db.tables import MailOutboxRow
from server.ids import uuid7

# Every template the product sends, with the values its caller passes. The mail path adds
# `product` (the product name) itself.
TEMPLATES: dict[str, frozenset[str]] = {
    # To a new account's address, or to a new address an account is changing to.
    "verify_email": frozenset({"display_name", "email", "link", "token", "expires_in"}),
    # To the old address when a change of address has been asked for.
    "email_change_notice": frozenset({"display_name", "new_email", "time"}),
    "password_reset": frozenset({"display_name", "link", "token", "expires_in"}),
    "new_device": frozenset({"display_name", "device_name", "platform", "address", "time"}),
    "password_changed": frozenset({"display_name", "time"}),
    "mfa_changed": frozenset({"display_name", "change", "time"}),
    "session_family_revoked": frozenset({"display_name", "device_name", "time"}),
    # A budget's spending reached its alert threshold or limit (server/notifications/mailer.py).
    "budget_alert": frozenset({"display_name", "category", "level", "period", "spent", "limit"}),
}

_key: DataKey | None = None
# Called after a transaction that enqueued something commits: the deliverers of this process.
_wakers: list[Callable[[], None]] = []
# session.info flags: this session's transaction enqueued a message; it has our listeners.
_WAKE_PENDING = "rupaya_mail_wake"
_LISTENING = "rupaya_mail_listening"


def install(key: DataKey) -> None:
    """The data key payloads are encrypted under; the server installs it at start-up."""
    global _key
    _key = key


def on_commit(waker: Callable[[], None]) -> Callable[[], None]:
    """Calls `waker` after every commit that enqueued mail; returns what unregisters it."""
    _wakers.append(waker)
    return lambda: _wakers.remove(waker)


def bound_to(row_id: uuid.UUID, template: str, recipient: str) -> bytes:
    """What a payload's ciphertext is bound to: copied onto another row, or with its recipient
    changed in the database (to divert a reset token), it no longer decrypts."""
    return b"\0".join((row_id.bytes, template.encode(), recipient.encode()))


def enqueue(session: AsyncSession, *, to: str, template: str, values: Mapping[str, str]) -> None:
    """Add one message to the outbox inside `session`'s transaction; it is sent once that commits."""
    expected = TEMPLATES.get(template)
    if expected is None:
        raise ValueError(f"no mail template {template!r}")
    if set(values) != expected:
        raise ValueError(f"mail template {template!r} takes exactly {sorted(expected)}, got {sorted(values)}")
    if _key is None:
        raise RuntimeError("outbox.install(data_key) was not called")
    now = dt.datetime.now(dt.UTC)
    row_id = uuid7()
    payload = json.dumps(dict(values), sort_keys=True).encode()
    session.add(
        MailOutboxRow(
            id=row_id,
            template=template,
            recipient=to,
            payload_encrypted=_key.encrypt(payload, bound_to(row_id, template, to)),
            created_at=now,
            attempts=0,
            next_attempt_at=now,
            last_error="",
        )
    )
    sync_session = session.sync_session
    sync_session.info[_WAKE_PENDING] = True
    if not sync_session.info.get(_LISTENING):
        sync_session.info[_LISTENING] = True
        event.listen(sync_session, "after_commit", _wake_after_commit)
        event.listen(sync_session, "after_rollback", _forget)


def _wake_after_commit(session: Session) -> None:
    if session.info.pop(_WAKE_PENDING, None):
        for waker in list(_wakers):
            waker()


def _forget(session: Session) -> None:
    """Rolled back: nothing was written, so nothing wakes (a later commit wakes only if it
    enqueues again)."""
    session.info.pop(_WAKE_PENDING, None)


def decrypt_values(row_id: uuid.UUID, template: str, recipient: str, payload: bytes) -> dict[str, str]:
    """The values `enqueue` stored (raises DecryptionError under another data key)."""
    if _key is None:
        raise RuntimeError("outbox.install(data_key) was not called")
    values: dict[str, str] = json.loads(_key.decrypt(payload, bound_to(row_id, template, recipient)))
    return values
