"""The web app in a real browser (Debian's headless Chromium driven by playwright-core, scripts in
web/e2e/) against a real gateway + server on both backends: the issue's journey, MFA sign-in, the
token rules, and axe-core on every main screen with screenshots at desktop and phone widths
(build/web-screenshots/, not committed). Without Chromium (`make chromium` installs it as root)
these tests skip, saying so, except with CI=true, where they fail."""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import subprocess
import uuid
from typing import Any

import pytest

from tests.servers import ROOT, ServerProcess
from tests.web import WEB, ensure_built

IN_CI = os.environ.get("CI", "").lower() == "true"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = ROOT / "build" / "web-screenshots"


@pytest.fixture(scope="module", autouse=True)
def browser_ready() -> None:
    if not (pathlib.Path(CHROMIUM).is_file() and shutil.which("node")):
        message = f"browser tests need Chromium at {CHROMIUM} (`make chromium`) and Node.js"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(
            message + ": skipping the journey, MFA, cookie, CSP and accessibility checks in a browser"
        )
    ensure_built()


def run(script: str, **args: Any) -> dict[str, Any]:
    """Runs web/e2e/<script> and gathers the JSON lines it prints."""
    done = subprocess.run(
        ["node", f"e2e/{script}", json.dumps(args)],
        cwd=WEB,
        env={**os.environ, "CHROMIUM": CHROMIUM},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, f"{script} failed:\n{done.stdout[-3000:]}\n{done.stderr[-6000:]}"
    found: dict[str, Any] = {}
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            found.update(json.loads(line))
    return found


def email() -> str:
    return f"web-{uuid.uuid4().hex[:10]}@example.com"


def user_id(server: ServerProcess, address: str) -> str:
    rows = server.backend.rows("SELECT id FROM users WHERE email = :e", e=address)
    return str(rows[0][0])


def test_journey_sign_up_to_sign_out(server: ServerProcess) -> None:
    address = email()
    seen = run("journey.mjs", base=server.http_url, email=address)

    assert seen["balances"] == {"Everyday": "650.50 INR", "Savings": "100.00 INR"}
    assert seen["dashboard"]["expenses"] == "249.50 INR"
    assert "Groceries 249.50 INR" in seen["dashboard"]["chart"]
    assert seen["dashboard"]["drawn"]

    paging = seen["paging"]
    assert paging["pages"] == [50, 100, 120]  # keyset pages of 50, loaded on scroll
    assert paging["total"] == paging["unique"] == 120
    assert paging["first"] in {"Fresh Mart", "To Savings", "Put aside"}  # today's, newest first
    assert paging["last"] == "Seed 117"  # the oldest

    invalid = seen["invalid_amount"]
    assert invalid["client"] == "INR has at most 2 decimal places."
    assert invalid["invalid"] == "true" and "f-amount-error" in invalid["described_by"]
    assert invalid["server"] and invalid["server"] != invalid["client"]
    assert invalid["posts"] == 1  # only the "0" reached the server, and it was refused
    assert server.backend.count_id("transactions", "user_id", user_id(server, address)) == 120

    cookie = seen["cookie"]
    assert cookie["http_only"] and cookie["secure"] and cookie["same_site"] == "Strict"
    assert cookie["path"] == "/v1/auth:refreshToken"
    assert not cookie["readable"]
    assert "eyJ" not in cookie["storage"]  # no JWT in local storage

    assert seen["reload"] == {"heading": "Transactions", "rotated": True}  # same screen, same session
    assert seen["sessions"]["notice"] == "Signed out 1 other session."
    assert seen["sessions"]["other_token_status"] == 401

    out = seen["signed_out"]
    assert out["status"] == 200 and out["cookie_gone"]
    assert out["after_reload"] == "Sign in"
    assert "script-src 'self'" in out["csp"] and "frame-ancestors 'none'" in out["csp"]
    assert server.backend.check_ledger().returncode == 0
