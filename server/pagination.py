"""Opaque keyset page tokens (AIP-158): the last key seen, bound to the query it came from."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable, Sequence
from typing import TypeVar

from google.protobuf.message import Message

from server.errors import DomainError, FieldViolation

T = TypeVar("T")
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500


def page_size(requested: int) -> int:
    return min(requested or DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)


def split(
    rows: Sequence[T], size: int, key: Callable[[T], list[str]], query: object
) -> tuple[Sequence[T], str]:
    """One page out of `size + 1` fetched rows, and the token for the next page ("" on the last)."""
    page = rows[:size]
    return page, encode(key(page[-1]), query) if len(rows) > size else ""


def filters_of(request: Message) -> bytes:
    """What a page token is bound to: the request without its paging fields."""
    key = type(request)()
    key.CopyFrom(request)
    key.ClearField("page_token")
    key.ClearField("page_size")
    return key.SerializeToString(deterministic=True)


def _query_tag(query: object) -> str:
    return hashlib.sha256(repr(query).encode()).hexdigest()[:16]


def encode(last_key: list[str], query: object) -> str:
    payload = json.dumps({"k": last_key, "q": _query_tag(query)}, separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def decode(token: str, query: object) -> list[str] | None:
    """The last key of the previous page, or None for the first page."""
    if not token:
        return None
    try:
        payload = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        key, tag = payload["k"], payload["q"]
        if tag == _query_tag(query) and isinstance(key, list) and all(isinstance(k, str) for k in key):
            return key
    except (ValueError, KeyError, TypeError, binascii.Error):
        pass
    raise DomainError(
        "INVALID_PAGE_TOKEN",
        violations=[FieldViolation("page_token", "not a token from this list with these filters")],
    )
