"""Time-ordered UUIDs (version 7), so new rows land at the end of their index."""

from __future__ import annotations

import os
import time
import uuid

from server.errors import invalid


def uuid7() -> uuid.UUID:
    """RFC 9562 UUIDv7: 48-bit Unix milliseconds, then 74 random bits."""
    millis = time.time_ns() // 1_000_000
    value = (millis & ((1 << 48) - 1)) << 80
    value |= int.from_bytes(os.urandom(10), "big") & ((1 << 80) - 1)
    value &= ~(0xF << 76)
    value |= 0x7 << 76  # version
    value &= ~(0x3 << 62)
    value |= 0x2 << 62  # RFC 4122 variant
    return uuid.UUID(int=value)


def parse_uuid(text: str) -> uuid.UUID | None:
    """The UUID in `text`, or None when it is not one."""
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def require_uuid(text: str, field: str) -> uuid.UUID:
    """The UUID in `text`; a VALIDATION_FAILED error naming `field` when it is not one."""
    parsed = parse_uuid(text)
    if parsed is None:
        raise invalid(field, "must be a UUID")
    return parsed
