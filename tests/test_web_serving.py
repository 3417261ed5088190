"""The gateway serves the built web app at `/` from a started server (`python -m gateway serve`,
what `make run` starts): index.html not cached, hashed assets cached for a year, the right content
types, and a strict Content-Security-Policy on the app, while the API keeps its own headers."""

from __future__ import annotations

import re
from collections.abc import Iterator

import httpx
import pytest

from gateway.webapp import LINK_PAGES
from server.auth.recovery.tokens import LINK_PATHS
from tests.servers import ServerProcess
from tests.web import ensure_built

APP_CSP = {
    "default-src": "'none'",
    "script-src": "'self'",
    "style-src": "'self'",
    "connect-src": "'self'",
    "frame-ancestors": "'none'",
    "base-uri": "'none'",
}


@pytest.fixture(scope="module")
def http(server: ServerProcess) -> Iterator[httpx.Client]:
    ensure_built()
    with httpx.Client(base_url=server.http_url, timeout=30) as client:
        yield client


def csp(reply: httpx.Response) -> dict[str, str]:
    policy = reply.headers["content-security-policy"]
    return {part.split()[0]: " ".join(part.split()[1:]) for part in policy.split(";") if part.strip()}


def assets(index: str) -> list[str]:
    return re.findall(r'(?:src|href)="(/assets/[^"]+)"', index)


def test_index_is_served_at_root_uncached_with_the_app_policy(http: httpx.Client) -> None:
    reply = http.get("/")
    assert reply.status_code == 200
    assert reply.headers["content-type"] == "text/html; charset=utf-8"
    assert reply.headers["cache-control"] == "no-store"
    assert reply.headers["x-content-type-options"] == "nosniff"
    assert reply.headers["x-frame-options"] == "DENY"
    policy = csp(reply)
    for directive, value in APP_CSP.items():
        assert policy[directive] == value, directive
    assert "unsafe-inline" not in reply.headers["content-security-policy"]
    assert "unsafe-eval" not in reply.headers["content-security-policy"]


def test_index_has_no_inline_script_or_style_for_the_policy_to_block(http: httpx.Client) -> None:
    index = http.get("/").text
    assert re.findall(r"<script[^>]*>", index) == [
        '<script type="module" crossorigin src="' + assets(index)[0] + '">'
    ]
    assert "<style" not in index and "style=" not in index


def test_hashed_assets_are_served_with_their_type_and_cached_for_a_year(http: httpx.Client) -> None:
    found = assets(http.get("/").text)
    types = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
    assert {path[path.rfind(".") :] for path in found} == set(types)
    for path in found:
        assert re.fullmatch(r"/assets/[\w-]+-[\w-]{8}\.(js|css)", path), path  # content-hashed name
        reply = http.get(path)
        assert reply.status_code == 200
        assert reply.headers["content-type"] == types[path[path.rfind(".") :]]
        assert reply.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert "script-src 'self'" in reply.headers["content-security-policy"]
        assert len(reply.content) > 1000


def test_head_of_the_app_has_headers_and_no_body(http: httpx.Client) -> None:
    reply = http.head("/")
    assert reply.status_code == 200
    assert reply.content == b""
    assert int(reply.headers["content-length"]) == len(http.get("/").content)


def test_unknown_asset_and_path_tricks_are_404(http: httpx.Client) -> None:
    for path in (
        "/assets/nope.js",
        "/assets/../../pyproject.toml",
        "/assets/%2e%2e/index.html",
        "/index.html",
    ):
        reply = http.get(path)
        assert reply.status_code == 404, path
        assert "tool.ruff" not in reply.text


def test_the_api_keeps_its_own_stricter_headers(http: httpx.Client) -> None:
    reply = http.get("/v1/currencies")
    assert reply.status_code == 200
    assert reply.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"
    assert reply.headers["content-type"] == "application/json"
    # A POST to `/` is the API's (no route): the app answers reads only.
    posted = http.post("/", json={})
    assert posted.status_code == 404
    assert posted.headers["content-type"] == "application/json"


def test_the_pages_recovery_links_open_serve_the_app(http: httpx.Client) -> None:
    index = http.get("/").content
    for path in LINK_PATHS.values():
        reply = http.get(path)
        assert reply.status_code == 200, path
        assert reply.content == index
        assert reply.headers["cache-control"] == "no-store"
        assert "script-src 'self'" in reply.headers["content-security-policy"]
    assert set(LINK_PATHS.values()) == set(LINK_PAGES)
