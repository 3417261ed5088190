"""The README's run command really starts a server that grpcurl can use, end to end."""

from __future__ import annotations

import csv
import json
import os
import pathlib
import re
import signal
import subprocess
import sys
import time
import uuid

import httpx
import pytest

from tests import mailbox
from tests.identity import fresh_codes
from tests.servers import ROOT, Connection, free_ports

GRPCURL = pathlib.Path(sys.executable).parent / "grpcurl"


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text()
    block = re.search(r"```[a-z]*\n(.*?)```", text, re.S)
    assert block, "README.md has no code block"
    return [line for line in block.group(1).splitlines() if line.strip() and not line.startswith("#")]


def readme_section_block(heading: str) -> str:
    """The first code block under a heading of the README or of a docs/ page (the README's long
    sections live there), as written."""
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    text = next(t for page in pages if f"\n{heading}\n" in (t := page.read_text()))
    section = text.split(f"\n{heading}\n", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, f"no sh block under {heading}"
    return block.group(1)


def run_curl_examples(http_port: int) -> str:
    """The README's curl block run by bash exactly as written, only pointed at `http_port`."""
    script = readme_section_block("## Calling it with curl")
    assert "H=http://127.0.0.1:8080\n" in script
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script.replace("127.0.0.1:8080", f"127.0.0.1:{http_port}")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def check_curl_output(out: str) -> None:
    lines = out.splitlines()
    assert lines[0].startswith('{"currencies":[{"code":"AED","numericCode":"784"')
    first, second = json.loads(lines[1])["transaction"], json.loads(lines[2])["transaction"]
    assert (first["payee"], first["amount"]["amountMinor"], first["tags"]) == (
        "Fresh Mart",
        "24950",
        ["food"],
    )
    assert second["amount"] == {"amountMinor": "12000", "currencyCode": "INR", "amountDecimal": "120.00"}
    paged = json.loads(lines[3])
    assert [t["payee"] for t in paged["transactions"]] == ["Fresh Mart"]  # page 2 of 2, newest first
    assert "nextPageToken" not in paged
    dashboard = json.loads(lines[4])
    assert dashboard["current"], dashboard
    body, status = lines[5].rsplit(" HTTP ", 1)
    assert status == "404" and json.loads(body)["details"][0]["reason"] == "ACCOUNT_NOT_FOUND"
    assert json.loads(lines[6])["account"]["name"] == "Daily"
    body, status = lines[7].rsplit(" HTTP ", 1)
    assert status == "412" and json.loads(body)["details"][0]["reason"] == "ETAG_MISMATCH"
    header, *rows = list(csv.reader(lines[8:]))
    assert header[:8] == [
        "id",
        "occurred_on",
        "occurred_time",
        "kind",
        "status",
        "account_id",
        "amount",
        "currency_code",
    ]
    exported = [dict(zip(header, row, strict=True)) for row in rows]
    assert [(r["payee"], r["amount"]) for r in exported] == [
        ("Corner Cafe", "120.00"),
        ("Fresh Mart", "249.50"),
    ]
    assert len(lines) == 11


def grpcurl(port: int, *args: str, data: dict[str, object] | None = None, token: str = "") -> str:
    command = [str(GRPCURL), "-plaintext"]
    if token:
        command += ["-H", f"authorization: Bearer {token}"]
    if data is not None:
        command += ["-d", json.dumps(data)]
    result = subprocess.run(
        [*command, f"127.0.0.1:{port}", *args], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_readme_opens_with_run_then_test_command() -> None:
    assert readme_commands() == ["make run", "make test"]


def test_readme_run_command_serves_sign_up_create_and_list_through_grpcurl(tmp_path: pathlib.Path) -> None:
    run_command = readme_commands()[0]
    port, http_port = free_ports(2)
    env = {key: value for key, value in os.environ.items() if not key.startswith("RUPAYA_")} | {
        "RUPAYA_GRPC_PORT": str(port),
        "RUPAYA_HTTP_ADDR": f"127.0.0.1:{http_port}",
        "RUPAYA_DATA_DIR": str(tmp_path),
    }
    log = (tmp_path / "run.log").open("wb")
    process = subprocess.Popen(
        run_command, shell=True, cwd=ROOT, env=env, stdout=log, stderr=log, start_new_session=True
    )
    try:
        services = _wait_for_services(port, process, tmp_path / "run.log")
        assert {"rupaya.v1.AuthService", "rupaya.v1.AccountService", "grpc.health.v1.Health"} <= services
        assert (tmp_path / "rupaya.db").exists(), "the embedded default keeps its data in SQLite"
        assert "DEVELOPMENT KEYS" in (tmp_path / "run.log").read_text()  # said loudly
        assert (tmp_path / "development-keys.json").exists(), "kept for the next start"
        assert (
            f"written as .eml files to {tmp_path / 'mail'}" in (tmp_path / "run.log").read_text()
        )  # no mail server needed

        signed_up = json.loads(
            grpcurl(
                port,
                "rupaya.v1.AuthService/SignUp",
                data={
                    "email": f"readme-{uuid.uuid4().hex[:8]}@example.com",
                    "password": "correct horse battery",
                },
            )
        )
        token = signed_up["tokens"]["access_token"]
        created = json.loads(
            grpcurl(
                port,
                "rupaya.v1.AccountService/CreateAccount",
                token=token,
                data={
                    "request_id": str(uuid.uuid4()),
                    "name": "Everyday",
                    "type": "ACCOUNT_TYPE_CHECKING",
                    "currency_code": "INR",
                    "opening_balance": {"amount_decimal": "1500.00"},
                },
            )
        )["account"]
        listed = json.loads(grpcurl(port, "rupaya.v1.AccountService/ListAccounts", token=token, data={}))
        assert [a["id"] for a in listed["accounts"]] == [created["id"]]
        assert listed["accounts"][0]["current_balance"]["amount_minor"] == "150000"

        # The same command serves the HTTP/JSON gateway, says where, and the curl section works.
        assert f"HTTP/JSON on http://127.0.0.1:{http_port}" in (tmp_path / "run.log").read_text()
        check_curl_output(run_curl_examples(http_port))
        check_web_app(f"http://127.0.0.1:{http_port}")
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()


def check_web_app(base: str) -> None:
    """`make run` built the web app and serves it at `/` with its policy, and its hashed assets."""
    index = httpx.get(base + "/", timeout=10)
    assert index.status_code == 200 and index.headers["content-type"] == "text/html; charset=utf-8"
    assert "script-src 'self'" in index.headers["content-security-policy"]
    script = re.search(r'<script type="module" crossorigin src="(/assets/[^"]+\.js)"', index.text)
    assert script, index.text
    asset = httpx.get(base + script.group(1), timeout=10)
    assert asset.status_code == 200 and asset.headers["content-type"] == "text/javascript; charset=utf-8"
    assert b"/v1/auth:refreshToken" in asset.content  # the app itself, not a placeholder


def _wait_for_services(port: int, process: subprocess.Popen[bytes], log: pathlib.Path) -> set[str]:
    deadline = time.monotonic() + 300  # the first run may create the virtualenv
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"`make run` exited with {process.returncode}:\n{log.read_text()}")
        result = subprocess.run(
            [str(GRPCURL), "-plaintext", f"127.0.0.1:{port}", "list"], capture_output=True, text=True
        )
        if result.returncode == 0:
            return set(result.stdout.split())
        time.sleep(0.5)
    pytest.fail(f"no server on {port}:\n{log.read_text()}")


def test_readme_identity_flow_works_through_grpcurl(conn: Connection) -> None:
    """The README's e-mail verification, MFA sign-in, profile, JWKS and audit calls, as grpcurl
    sends them."""
    port = conn.server.port
    email = f"readme-mfa-{uuid.uuid4().hex[:8]}@example.com"
    device = {"device_id": "ios-1", "device_name": "Asha iPhone", "platform": "PLATFORM_IOS"}
    credentials = {"email": email, "password": "correct horse battery", "device": device}
    token = json.loads(grpcurl(port, "rupaya.v1.AuthService/SignUp", data=credentials))["tokens"][
        "access_token"
    ]
    assert conn.server.mail_dir
    verification = mailbox.wait_for(conn.server.mail_dir, email, "verify_email")[0].token
    assert json.loads(grpcurl(port, "rupaya.v1.AuthService/VerifyEmail", data={"token": verification})) == {}
    enrolled = json.loads(grpcurl(port, "rupaya.v1.AuthService/EnrollMfa", data={}, token=token))
    codes = fresh_codes(enrolled["secret"])
    confirmed = grpcurl(port, "rupaya.v1.AuthService/ConfirmMfa", data={"code": next(codes)}, token=token)
    assert len(json.loads(confirmed)["backup_codes"]) == 10

    signed_in = json.loads(grpcurl(port, "rupaya.v1.AuthService/SignIn", data=credentials))
    assert signed_in["mfa_required"] is True and "tokens" not in signed_in
    done = json.loads(
        grpcurl(
            port,
            "rupaya.v1.AuthService/CompleteMfaSignIn",
            data={"mfa_challenge": signed_in["mfa_challenge"], "code": next(codes)},
        )
    )
    token = done["tokens"]["access_token"]
    me = json.loads(grpcurl(port, "rupaya.v1.AuthService/WhoAmI", data={}, token=token))
    assert me["user_id"] == done["user_id"] and me["session_id"]
    assert json.loads(grpcurl(port, "rupaya.v1.AuthService/GetJwks", data={}))["keys"][0]["kty"] == "OKP"
    profile = json.loads(
        grpcurl(
            port,
            "rupaya.v1.UserService/UpdateProfile",
            token=token,
            data={
                "profile": {"base_currency": "INR", "time_zone": "Asia/Kolkata", "locale": "en-IN"},
                "update_mask": {"paths": ["base_currency", "time_zone", "locale"]},
            },
        )
    )["profile"]
    assert (profile["base_currency"], profile["time_zone"]) == ("INR", "Asia/Kolkata")
    events = json.loads(
        grpcurl(port, "rupaya.v1.UserService/ListAuditEvents", token=token, data={"page_size": 20})
    )
    assert events["events"][0]["action"] == "AUDIT_ACTION_SIGN_IN_SUCCEEDED"


def test_readme_shared_models_work_through_grpcurl(conn: Connection) -> None:
    """The README's ListCurrencies (no token) and `describe rupaya.v1.ErrorReason`."""
    port = conn.server.port
    listed = json.loads(grpcurl(port, "rupaya.v1.CurrencyService/ListCurrencies", data={}))["currencies"]
    assert listed[0] == {"code": "AED", "numeric_code": "784", "name": "UAE Dirham", "exponent": 2}
    assert {"code": "JPY", "numeric_code": "392", "name": "Yen"} in listed  # exponent 0: omitted
    described = grpcurl(port, "describe", "rupaya.v1.ErrorReason")
    assert "ERROR_REASON_INSUFFICIENT_FUNDS = " in described
