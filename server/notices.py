"""Messages about an account (issue 16), written to the mail outbox in the transaction of the
change they report, so a rolled-back change sends nothing.

Which address: security notices go only to an address the holder has proven (verified), so
an address typed wrongly at sign-up learns nothing about an account that is not its owner's;
the verification message itself is the one thing sent to an unproven address.
The values each template takes are listed in server/mail/outbox.py (TEMPLATES)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from rupaya.v1 import common_pb2
from server.db.tables import User
from server.mail import outbox


def when(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def expires_in(seconds: int) -> str:
    """ "24 hours", "30 minutes", "45 seconds": how long a link in a message works."""
    for unit, size in (("hour", 3600), ("minute", 60)):
        if seconds >= size and seconds % size == 0:
            count = seconds // size
            return f"{count} {unit}{'' if count == 1 else 's'}"
    return f"{seconds} second{'' if seconds == 1 else 's'}"


def greeting_name(user: User) -> str:
    return user.display_name or user.email


def platform_name(platform: int) -> str:
    if platform not in common_pb2.Platform.values():
        return "unknown"
    return common_pb2.Platform.Name(platform).removeprefix("PLATFORM_").lower()  # type: ignore[arg-type]


async def security_notice(s: AsyncSession, user_id: uuid.UUID, template: str, **values: str) -> None:
    """`template` to the user's address if verified; `display_name` and `time` are added here."""
    user = await s.get(User, user_id)
    if user is None or user.email_verified_at is None:
        return
    values = {"display_name": greeting_name(user), "time": when(dt.datetime.now(dt.UTC)), **values}
    outbox.enqueue(s, to=user.email, template=template, values=values)


async def new_device(
    s: AsyncSession, user_id: uuid.UUID, device_name: str, platform: int, address: str
) -> None:
    await security_notice(
        s,
        user_id,
        "new_device",
        device_name=device_name or "an unnamed device",
        platform=platform_name(platform),
        address=address or "unknown",
    )


async def password_changed(s: AsyncSession, user_id: uuid.UUID) -> None:
    await security_notice(s, user_id, "password_changed")


async def mfa_changed(s: AsyncSession, user_id: uuid.UUID, change: str) -> None:
    await security_notice(s, user_id, "mfa_changed", change=change)


async def session_family_revoked(s: AsyncSession, user_id: uuid.UUID, device_name: str) -> None:
    await security_notice(
        s, user_id, "session_family_revoked", device_name=device_name or "an unnamed device"
    )
