"""The outbox: messages are written in the caller's database transaction and sent after it commits.

Interface agreed between the mail path and the account-recovery flows (issue 16); the
mail path fills in the body.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.ext.asyncio import AsyncSession

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
}


def enqueue(session: AsyncSession, *, to: str, template: str, values: Mapping[str, str]) -> None:
    """Add one message to the outbox inside `session`'s transaction; it is sent once that commits."""
    raise NotImplementedError("the mail path (issue 16) implements the outbox")
