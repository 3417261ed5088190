"""Browser credentials in cookies, driven by the contract: the `rupaya.v1.credential` field
option marks fields that carry a credential (the refresh token) and `rupaya.v1.ends_credential`
marks RPCs that end one (sign-out). No RPC is named here.

A browser client opts in per request with `X-Rupaya-Credentials: cookie`. Then:
- a reply's marked field leaves the JSON and becomes an `HttpOnly; Secure; SameSite=Strict`
  cookie, scoped to the path of the route(s) whose request reads it (the refresh route), with
  Max-Age from the field's expiry; script on the page never sees the token;
- a request whose marked field is empty gets it from that cookie;
- a call of an RPC that ends the credential clears the cookie (Max-Age=0).

CSRF defence: double-submit. Each time the credential cookie is set, a fresh random CSRF token
goes out both as the `__Host-rupaya_csrf` cookie (readable by the page: not HttpOnly) and as the
`X-CSRF-Token` reply header (for a web app on another origin, which cannot read the API's
cookies). A call that takes its credential from the cookie must echo it in `X-CSRF-Token`, or
is refused with 403 CSRF_TOKEN_INVALID before it reaches the server. Chosen over a required
custom header alone because that defence rests wholly on CORS preflights being refused, i.e.
on the origin allow-list; the token also needs a secret the attacker cannot read. (The opt-in
header is such a custom header too: a page of an origin that is not allowed gets its preflight
refused and never sends the call.) The `__Host-` prefix keeps a sibling subdomain from planting
the CSRF cookie.
"""

from __future__ import annotations

import functools
import hmac
import re
import secrets
import time
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote, unquote

from google.protobuf.descriptor import Descriptor
from google.protobuf.message import Message
from google.rpc import status_pb2

from gateway import errors
from gateway.routes import Route
from rupaya.v1 import common_pb2

OPT_IN_HEADER = b"x-rupaya-credentials"
OPT_IN_VALUE = "cookie"
CSRF_HEADER = b"x-csrf-token"
CSRF_COOKIE = "__Host-rupaya_csrf"
# Every credential cookie; the CSRF cookie is the same without HttpOnly (the page reads it).
COOKIE_ATTRIBUTES = "Secure; SameSite=Strict"
# Cookie values travel as RFC 6265 cookie-octets; other characters are percent-encoded.
_COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"
_COOKIE_NAME = re.compile(r"[A-Za-z0-9_\-]+")

Header = tuple[bytes, bytes]


@dataclass(frozen=True)
class Marked:
    """One marked field: where it sits in the message, and its option."""

    path: tuple[str, ...]  # field names from the message down to the marked field
    cookie: str
    expire_time_field: str


@functools.cache
def marked_fields(descriptor: Descriptor, _seen: frozenset[str] = frozenset()) -> tuple[Marked, ...]:
    """The marked fields of a message and of the singular messages it holds, at any depth
    (a credential in a repeated field has no one cookie to go to, so it is not looked for)."""
    found: list[Marked] = []
    for field in descriptor.fields:
        option = field.GetOptions().Extensions[common_pb2.credential]
        if option.cookie:
            found.append(Marked((field.name,), option.cookie, option.expire_time_field))
        inner = field.message_type
        if inner is not None and not field.is_repeated and inner.full_name not in _seen:
            for nested in marked_fields(inner, _seen | {descriptor.full_name}):
                found.append(Marked((field.name, *nested.path), nested.cookie, nested.expire_time_field))
    return tuple(found)


def _holder(message: Message, path: tuple[str, ...], create: bool) -> Message | None:
    """The message that holds the field at `path` (None if a message on the way is unset)."""
    for name in path[:-1]:
        if not create and not message.HasField(name):
            return None
        message = getattr(message, name)
    return message


def cookie_paths(routes: Iterable[Route]) -> dict[str, str]:
    """Cookie name -> the Path attribute: the route(s) whose request reads that cookie, so the
    browser sends the credential there and nowhere else. A cookie no route reads is absent
    (its field then stays in the JSON: there would be no way to use it)."""
    prefixes: dict[str, list[str]] = {}
    for route in routes:
        for marked in marked_fields(route.request_class.DESCRIPTOR):
            template = route.path.template
            literal = template.split("{", 1)[0]
            prefixes.setdefault(marked.cookie, []).append(
                template if literal == template else literal[: literal.rfind("/") + 1]
            )
    for cookie in prefixes:
        if not _COOKIE_NAME.fullmatch(cookie):  # a contract typo would break the header
            raise ValueError(f"rupaya.v1.credential: {cookie!r} is not a cookie name")
    return {cookie: _common_path(paths) for cookie, paths in prefixes.items()}


def _common_path(paths: list[str]) -> str:
    if len(set(paths)) == 1:
        return paths[0]
    common = []
    for segments in zip(*(path.split("/") for path in paths), strict=False):
        if len(set(segments)) > 1:
            break
        common.append(segments[0])
    return "/".join(common) + "/"


def read_cookies(headers: Iterable[Header]) -> dict[str, str]:
    """Every `Cookie` header's pairs (the first of a repeated name wins, as browsers send the
    most specific path first)."""
    cookies: dict[str, str] = {}
    for name, value in headers:
        if name != b"cookie":
            continue
        for pair in value.decode("latin-1").split(";"):
            key, sep, text = pair.strip().partition("=")
            if sep and key:
                cookies.setdefault(key, unquote(text.strip().strip('"')))
    return cookies


def set_cookie(name: str, value: str, path: str, max_age: int | None, http_only: bool = True) -> Header:
    parts = [f"{name}={quote(value, safe=_COOKIE_SAFE)}", f"Path={path}"]
    if max_age is not None:
        parts.append(f"Max-Age={max_age}")
    if http_only:
        parts.append("HttpOnly")
    parts.append(COOKIE_ATTRIBUTES)
    return (b"set-cookie", "; ".join(parts).encode("latin-1"))


def _max_age(holder: Message, expire_time_field: str) -> int | None:
    if not expire_time_field or not holder.HasField(expire_time_field):
        return None
    expires = getattr(holder, expire_time_field).seconds
    return max(0, int(expires - time.time()))


class Credentials:
    """The cookie side of a call: `take` before it goes upstream, `give` on its reply."""

    def __init__(self, routes: Iterable[Route]) -> None:
        self.paths = cookie_paths(routes)

    @staticmethod
    def opted_in(headers: dict[bytes, bytes]) -> bool:
        return headers.get(OPT_IN_HEADER, b"").decode("latin-1").strip().lower() == OPT_IN_VALUE

    def take(
        self, route: Route, headers: dict[bytes, bytes], raw: Iterable[Header], request: Message
    ) -> status_pb2.Status | None:
        """Fill the request's empty marked fields from their cookies, for an opted-in client
        that echoes the CSRF token; a refusal (nothing filled, nothing sent) otherwise."""
        if not self.opted_in(headers):
            return None
        cookies = read_cookies(raw)
        fills = []
        for marked in marked_fields(request.DESCRIPTOR):
            holder = _holder(request, marked.path, create=True)
            assert holder is not None
            if (
                marked.cookie in self.paths
                and not getattr(holder, marked.path[-1])
                and cookies.get(marked.cookie)
            ):
                fills.append((holder, marked.path[-1], cookies[marked.cookie]))
        if not fills:
            return None
        echoed = headers.get(CSRF_HEADER, b"")
        expected = cookies.get(CSRF_COOKIE, "").encode()  # unquoted: may hold any character
        if not expected or not hmac.compare_digest(echoed, expected):
            return errors.gateway_status("CSRF_TOKEN_INVALID", {"header": CSRF_HEADER.decode()})
        for holder, name, value in fills:
            setattr(holder, name, value)
        return None

    def give(
        self, route: Route, headers: dict[bytes, bytes], raw: Iterable[Header], reply: Message
    ) -> list[Header]:
        """Move the reply's marked fields into cookies (clearing them in `reply`), or clear the
        cookie an ending RPC ends; the Set-Cookie (and X-CSRF-Token) headers to send."""
        ended = route.method.GetOptions().Extensions[common_pb2.ends_credential]
        if ended in self.paths and (self.opted_in(headers) or CSRF_COOKIE in read_cookies(raw)):
            return [set_cookie(ended, "", self.paths[ended], 0), set_cookie(CSRF_COOKIE, "", "/", 0, False)]
        if not self.opted_in(headers):
            return []
        out: list[Header] = []
        max_ages: list[int | None] = []
        for marked in marked_fields(reply.DESCRIPTOR):
            holder = _holder(reply, marked.path, create=False)
            if marked.cookie not in self.paths or holder is None:
                continue
            value = getattr(holder, marked.path[-1])
            if value:
                max_ages.append(_max_age(holder, marked.expire_time_field))
                out.append(set_cookie(marked.cookie, value, self.paths[marked.cookie], max_ages[-1]))
                holder.ClearField(marked.path[-1])
        if out:  # a fresh CSRF token with every credential, living as long as it
            token = secrets.token_urlsafe(32)
            out += [
                set_cookie(CSRF_COOKIE, token, "/", max_ages[0], http_only=False),
                (CSRF_HEADER, token.encode()),
            ]
        return out
