"""The built web app (web/, built into web/dist by `make web`) served at `/`, as an ASGI layer in
front of the API: GET/HEAD of `/` and of the pages links in messages open (index.html) and of
`/assets/<hashed file>`; every other path goes on to the API unchanged, with the API's own headers.

The app's pages get their own Content-Security-Policy, strict enough that an injected script or
style cannot run: scripts, styles, images and fetches from this origin only (images also from
blob: URLs the app makes itself, the MFA QR code), no inline code (the build emits none), no
framing, no plugins, forms post only here. index.html is `no-store` (a
deploy takes effect on the next load); hashed assets never change under their name, so they are
cached for a year.
"""

from __future__ import annotations

import mimetypes
import pathlib
from typing import Any

from gateway.app import Receive, Scope, Send

DIST = pathlib.Path(__file__).resolve().parent.parent / "web" / "dist"
INDEX = "index.html"
ASSETS = "/assets/"
# The app's own paths besides `/`: where account-recovery links point (LINK_PATHS in
# server/auth/recovery/tokens.py, `<RUPAYA_PUBLIC_WEB_URL>/verify-email#token=...`; a test keeps
# the two equal).
LINK_PAGES = frozenset({"/verify-email", "/reset-password"})
APP_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; font-src 'self'; "
    "connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
APP_HEADERS = [
    (b"content-security-policy", APP_CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
]
HSTS = (b"strict-transport-security", b"max-age=31536000; includeSubDomains")
NO_STORE = (b"cache-control", b"no-store")
IMMUTABLE = (b"cache-control", b"public, max-age=31536000, immutable")
CONTENT_TYPES = {
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".svg": "image/svg+xml",
    ".map": "application/json",
}


class WebApp:
    """`app` answers everything but the web app's own files. With no build in `dist`, `/` says
    how to build it (a plain-text 404) rather than leaving the API's JSON 404."""

    def __init__(self, app: Any, dist: pathlib.Path = DIST) -> None:
        self.app = app
        self.dist = dist
        self.files = _files(dist)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in {"GET", "HEAD"} or not self._ours(scope["path"]):
            await self.app(scope, receive, send)
            return
        if not self.files:  # built after this process started (`make web` beside a running server)
            self.files = _files(self.dist)
        name = INDEX if self._page(scope["path"]) else scope["path"].removeprefix("/")
        body = self.files.get(name)
        headers = list(APP_HEADERS)
        if scope.get("scheme") == "https":
            headers.append(HSTS)
        if body is None:
            text = (
                b"Not found."
                if name != INDEX
                else b"The web app is not built: run `make web` (or `make run`).\n"
            )
            await _send(
                send, 404, [*headers, NO_STORE, (b"content-type", b"text/plain; charset=utf-8")], text, scope
            )
            return
        cache = NO_STORE if name == INDEX else IMMUTABLE
        await _send(
            send, 200, [*headers, cache, (b"content-type", _content_type(name).encode())], body, scope
        )

    @staticmethod
    def _page(path: str) -> bool:
        return path == "/" or path in LINK_PAGES

    @classmethod
    def _ours(cls, path: str) -> bool:
        return cls._page(path) or path.startswith(ASSETS)


def _files(dist: pathlib.Path) -> dict[str, bytes]:
    """Every built file, read once at start: a few hundred kilobytes, and no path from a request
    ever reaches the file system (no traversal to guard against)."""
    if not (dist / INDEX).is_file():
        return {}
    files = {INDEX: (dist / INDEX).read_bytes()}
    assets = dist / ASSETS.strip("/")
    if assets.is_dir():
        for file in assets.rglob("*"):
            if file.is_file():
                files[file.relative_to(dist).as_posix()] = file.read_bytes()
    return files


def _content_type(name: str) -> str:
    suffix = pathlib.PurePosixPath(name).suffix
    return CONTENT_TYPES.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"


async def _send(
    send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes, scope: Scope
) -> None:
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})
