"""Opaque keyset page tokens (AIP-158): the last key seen, sealed under a server key.

A token is an HMAC-sealed envelope: version, expiry and the last key, with a tag that also
covers the caller's user id, the request type (one per list RPC) and the request's filters.
So a token edited by a client, replayed by another user, handed to another list RPC, given
with other filters or older than its lifetime is refused as INVALID_PAGE_TOKEN, never
misread. The key is a subkey of the data key, so every replica and worker opens the
tokens of every other.

Layout (URL-safe base64, no padding): version (1) | expires, Unix s (4) | tag (16) | key JSON.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import struct
import time
import uuid
from collections.abc import Callable, Sequence
from typing import TypeVar

from google.protobuf.message import Message

from server import context
from server.errors import DomainError, FieldViolation

T = TypeVar("T")
K = TypeVar("K")
DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
SUBKEY_LABEL = b"rupaya page token subkey v1"  # DataKey.derive: a key of its own
_VERSION = 1
_HEADER = struct.Struct(">BI")  # version, expiry
_TAG_BYTES = 16  # 128-bit tag: forging one is out of reach


def page_size(requested: int) -> int:
    return min(requested or DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)


def filters_of(request: Message) -> bytes:
    """What a page token is bound to besides user and RPC: the request without its paging fields."""
    key = type(request)()
    key.CopyFrom(request)
    key.ClearField("page_token")
    key.ClearField("page_size")
    return key.SerializeToString(deterministic=True)


def _invalid() -> DomainError:
    return DomainError(
        "INVALID_PAGE_TOKEN",
        violations=[FieldViolation("page_token", "not a live token of this list, caller and filters")],
    )


class PageTokens:
    """Seals and opens page tokens under one key; `lifetime_s` bounds how long a token opens."""

    def __init__(self, key: bytes, lifetime_s: int, clock: Callable[[], float] = time.time) -> None:
        self._key = key
        self._lifetime_s = lifetime_s
        self._clock = clock

    def _tag(self, header: bytes, body: bytes, user_id: uuid.UUID, request: Message) -> bytes:
        mac = hmac.new(self._key, header, hashlib.sha256)
        # Length-prefixed parts, so no two different bindings feed the MAC the same bytes.
        for part in (user_id.bytes, request.DESCRIPTOR.full_name.encode(), filters_of(request), body):
            mac.update(struct.pack(">I", len(part)) + part)
        return mac.digest()[:_TAG_BYTES]

    def seal(self, last_key: list[str], user_id: uuid.UUID, request: Message) -> str:
        header = _HEADER.pack(_VERSION, int(self._clock()) + self._lifetime_s)
        body = json.dumps(last_key, separators=(",", ":")).encode()
        return _text(header + self._tag(header, body, user_id, request) + body)

    def open(self, token: str, user_id: uuid.UUID, request: Message) -> list[str]:
        """The last key sealed in `token`; INVALID_PAGE_TOKEN for anything but a live token."""
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        except (binascii.Error, ValueError):
            raise _invalid() from None
        # The decoder skips stray characters and ignores a last digit's spare bits, so several
        # strings decode to one token; only the one the server wrote is that token.
        if _text(raw) != token:
            raise _invalid()
        start = _HEADER.size + _TAG_BYTES
        header, tag, body = raw[: _HEADER.size], raw[_HEADER.size : start], raw[start:]
        if len(raw) <= start or not hmac.compare_digest(tag, self._tag(header, body, user_id, request)):
            raise _invalid()
        version, expires = _HEADER.unpack(header)
        if version != _VERSION or expires < self._clock():
            raise _invalid()
        try:
            key = json.loads(body)
        except ValueError:
            raise _invalid() from None
        if not isinstance(key, list) or not all(isinstance(k, str) for k in key):
            raise _invalid()
        return key


def _text(raw: bytes) -> str:
    """URL-safe base64 without padding: the one spelling of a token."""
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


_tokens: PageTokens | None = None


def install(tokens: PageTokens) -> None:
    """Called once at start-up with the key every replica shares."""
    global _tokens
    _tokens = tokens


def _installed() -> PageTokens:
    if _tokens is None:
        raise RuntimeError("page tokens used before pagination.install()")
    return _tokens


def decode(request: Message, parse: Callable[[list[str]], K]) -> K | None:
    """The request's position after the previous page (None for the first page).

    `parse` turns the sealed key back into the list's keyset position; a key it cannot read
    (a token sealed by an older layout) is an invalid token too."""
    token: str = request.page_token
    if not token:
        return None
    last = _installed().open(token, context.principal().user_id, request)
    try:
        return parse(last)
    except (ValueError, IndexError, TypeError):
        raise _invalid() from None


def by_id(last: list[str]) -> uuid.UUID:
    """The keyset position of lists ordered by id alone."""
    return uuid.UUID(last[0])


def token_after(last_key: list[str], request: Message) -> str:
    """The token of the page after the keyset position `last_key`, for lists that decide
    themselves where a page ends (they examine a bounded number of rows per page)."""
    return _installed().seal(last_key, context.principal().user_id, request)


def split(
    rows: Sequence[T], size: int, key: Callable[[T], list[str]], request: Message
) -> tuple[Sequence[T], str]:
    """One page out of `size + 1` fetched rows, and the token for the next page ("" on the last)."""
    page = rows[:size]
    if len(rows) <= size:
        return page, ""
    return page, _installed().seal(key(page[-1]), context.principal().user_id, request)
