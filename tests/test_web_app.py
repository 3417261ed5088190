"""The web app in a real browser (Debian's headless Chromium driven by playwright-core, scripts in
web/e2e/) against a real gateway + server on both backends: the issue's journey, MFA sign-in, the
token rules, and axe-core on every main screen with screenshots at desktop and phone widths
(build/web-screenshots/, not committed). Without Chromium (`make chromium` installs it as root)
these tests skip, saying so, except with CI=true, where they fail."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import pathlib
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from typing import Any

import grpc
import pytest

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import budgets_pb2 as bud
from rupaya.v1 import transactions_pb2 as tx
from tests import mailbox
from tests.identity import enable_mfa, sign_in
from tests.ledger import DINING, GROCERIES, SALARY, day, expense_request, money, record
from tests.servers import ROOT, Client, Connection, ServerProcess, start_server
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


@pytest.fixture(scope="module")
def strict_server(server: ServerProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """The same backend with 3 sign-ins per 20 s from one address and 2-second access tokens
    (a token back every 6.7 s: on a loaded machine a sign-in attempt can take over a second, and
    at 3 per 3 s the bucket refilled as fast as the app emptied it, so no 429 ever came)."""
    limits = {"RUPAYA_RATE_LIMIT_STRICT": "3/20", "RUPAYA_ACCESS_TOKEN_TTL": "2"}
    strict = start_server(server.backend, tmp_path_factory.mktemp("strict"), extra_env=limits)
    yield strict
    strict.stop()


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
    assert {"Signed up", "Sign in succeeded"} <= set(seen["sessions"]["activity"])
    assert seen["sessions"]["other_token_status"] == 401

    out = seen["signed_out"]
    assert out["status"] == 200 and out["cookie_gone"]
    assert out["after_reload"] == "Sign in"
    assert "script-src 'self'" in out["csp"] and "frame-ancestors 'none'" in out["csp"]
    # Injected inline script and style and a foreign image are refused (and reported) by the browser.
    assert seen["injected"] == {"script": False, "style": False, "image": False, "refusals": 3}
    assert server.backend.check_ledger().returncode == 0


def test_mfa_sign_in_with_totp_and_with_a_backup_code(server: ServerProcess, conn: Connection) -> None:
    address = email()
    client = conn.client().sign_up(address)
    mfa = enable_mfa(client, address)
    seen = run("mfa.mjs", base=server.http_url, email=address, secret=mfa.secret, backup=mfa.backup_codes[0])

    assert seen["totp"] == {"cookie_before_code": False, "cookie_after": True}
    assert seen["backup"]["signed_in"] and seen["backup"]["wrong"]
    assert seen["backup_reused"]["error"]  # a backup code works once
    assert not seen["backup_reused"]["cookie"]


def open_accounts(client: Client, *accounts: tuple[str, int, str, int]) -> list[acc.Account]:
    """(name, type, currency, opening balance in minor units) each."""
    return [
        client.accounts.CreateAccount(
            acc.CreateAccountRequest(
                request_id=str(uuid.uuid4()),
                name=name,
                type=kind,  # type: ignore[arg-type]
                currency_code=currency,
                opening_balance=money(opening, currency),
            ),
            metadata=client.md(),
        ).account
        for name, kind, currency, opening in accounts
    ]


def two_accounts(client: Client) -> acc.Account:
    """Everyday (500,000.00 INR, returned) and Savings (120,000.00 INR)."""
    everyday, _ = open_accounts(
        client,
        ("Everyday", acc.ACCOUNT_TYPE_CHECKING, "INR", 500_000_00),
        ("Savings", acc.ACCOUNT_TYPE_SAVINGS, "INR", 120_000_00),
    )
    return everyday


def link(server: ServerProcess, client: Client, address: str, template: str, page: str) -> str:
    """The link the message carries, on this server's address (RUPAYA_PUBLIC_WEB_URL's part)."""
    assert client.mail_dir is not None
    message = mailbox.wait_for(client.mail_dir, address, template)[-1]
    assert f"{page}#token={message.token}" in message.text
    return f"{server.http_url}{page}#token={message.token}"


def test_email_confirmed_by_its_link_then_mfa_turned_on_and_a_shown_backup_code_signs_in(
    server: ServerProcess, conn: Connection
) -> None:
    address = email()
    client = conn.client().sign_up(address)
    verify = link(server, client, address, "verify_email", "/verify-email")
    seen = run("enrol.mjs", base=server.http_url, email=address, verify_link=verify)["enrol"]

    assert seen == {
        "link_url": f"{server.http_url}/verify-email",  # the token is out of the address bar
        "qr_loaded": True,
        "codes": 10,
        "signed_in_with_backup": True,
    }
    assert sign_in(conn.client(), address).mfa_required  # the server agrees it is on


def test_password_reset_by_its_link_needs_the_mfa_code_then_the_new_password_signs_in(
    server: ServerProcess, conn: Connection
) -> None:
    address = email()
    client = conn.client().sign_up(address)
    mfa = enable_mfa(client, address)
    asked = run("forgot.mjs", base=server.http_url, email=address)["forgot"]
    assert address in asked and "on its way" in asked
    reset = link(server, client, address, "password_reset", "/reset-password")
    new_password = "a different horse battery staple"
    seen = run(
        "reset.mjs",
        base=server.http_url,
        link=reset,
        email=address,
        password=new_password,
        codes=mfa.backup_codes,
    )["reset"]

    assert seen["link_url"] == f"{server.http_url}/reset-password"
    assert seen["without_code"]  # refused: MFA is on
    assert "Sign in with the new one" in seen["done"]
    with pytest.raises(grpc.RpcError):
        sign_in(conn.client(), address)  # the old password no longer works
    assert sign_in(conn.client(), address, new_password).mfa_required


def seed(conn: Connection) -> str:
    """A user with two accounts, transactions across four months and a budget."""
    address = email()
    client = conn.client().sign_up(address)
    everyday = two_accounts(client)
    open_accounts(client, ("Travel", acc.ACCOUNT_TYPE_WALLET, "USD", 0))
    today = dt.date.today()
    for months_back, (category, amount) in enumerate([(GROCERIES, 4_250_00), (DINING, 1_899_50)] * 4):
        year, month = divmod(today.year * 12 + today.month - 1 - months_back // 2, 12)
        when = dt.date(year, month + 1, min(today.day, 28))  # this month and the three before
        request = expense_request(everyday, amount, category_id=category, payee=f"Shop {months_back}")
        request.occurred_on.CopyFrom(day(when.isoformat()))
        record(client, request)
    salary = expense_request(
        everyday, 85_000_00, kind=tx.TRANSACTION_KIND_INCOME, category_id=SALARY, payee="Employer"
    )
    salary.occurred_on.CopyFrom(day(today.isoformat()))
    record(client, salary)
    budget = bud.CreateBudgetRequest(
        request_id=str(uuid.uuid4()),
        category_id=GROCERIES,
        amount=money(5_000_00, "INR"),
        period=bud.BUDGET_PERIOD_MONTHLY,
    )
    client.budgets.CreateBudget(budget, metadata=client.md())
    return address


def test_every_screen_passes_axe_and_is_captured_at_desktop_and_phone_width(
    server: ServerProcess, conn: Connection
) -> None:
    out = SCREENSHOTS / server.backend.name
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    seen = run("screens.mjs", base=server.http_url, email=seed(conn), out=str(out))

    shots = {path.stem for path in out.glob("*.png")}
    screens = ["sign-up", "forgot-password", "reset-password", "sign-in-errors", "dashboard", "accounts"]
    screens += ["transactions"]
    screens += ["categories", "budgets", "sessions", "profile"]
    assert shots == {f"{screen}-{width}" for screen in screens for width in ("desktop", "phone")}
    assert {"label", "button-name"} <= set(seen["control"])  # the check finds what it should
    serious = {shot: found for shot, found in seen["violations"].items() if found}
    assert serious == {}, json.dumps(serious, indent=1)


def test_screens_edit_split_undelete_budget_archive_and_profile(
    server: ServerProcess, conn: Connection
) -> None:
    address = seed(conn)
    new_email, new_password = email(), "a brand new horse battery staple"
    seen = run(
        "manage.mjs", base=server.http_url, email=address, new_email=new_email, new_password=new_password
    )["manage"]

    assert seen["edited"] == "−350.25 INR"
    assert "2 splits" in seen["split"] and "1,000.00 INR" in seen["split"]
    assert seen["searched"] == ["Hypermarket"]
    assert seen["progress"]["label"] == "Pets: 150% spent"  # 350.25 + 400 of 500
    assert "Over by" in seen["progress"]["text"]
    # 500,000 opening + 85,000 salary - 4 x (4,250 + 1,899.50) - 350.25 - 1,000 - 8,400
    assert seen["after"] == "550,651.75 INR"
    uid = user_id(server, address)
    rows = server.backend.rows(
        "SELECT a.name, a.archived FROM accounts a JOIN users u ON u.id = a.user_id WHERE u.email = :e ORDER BY a.name",
        e=address,
    )
    assert [(name, bool(archived)) for name, archived in rows] == [
        ("Daily", False),
        ("Savings", True),
        ("Travel", False),
    ]
    assert server.backend.count_id("transactions", "user_id", uid) == 12  # 9 seeded + vet, split, transfer
    exported = list(csv.DictReader(io.StringIO(seen["csv"]["text"])))
    assert seen["csv"]["name"].endswith(".csv")
    assert len(exported) == 12
    assert {row["payee"]: row["amount"] for row in exported}["Vet clinic"] == "350.25"
    assert seen["travel"] == {"refused": "USD has at most 2 decimal places.", "balance": "100.00 USD"}
    assert server.backend.check_ledger().returncode == 0
    assert seen["credentials"]["password"] == "Password changed. Your other devices were signed out."
    assert seen["credentials"]["wrong_password"]
    assert new_email in seen["credentials"]["email"]
    with pytest.raises(grpc.RpcError):
        sign_in(conn.client(), address)  # the old password
    signed_in = sign_in(conn.client(), address, new_password)  # the old address, until confirmed
    assert uuid.UUID(signed_in.user_id) == uuid.UUID(uid)
    mail_dir = conn.client().mail_dir
    assert mail_dir is not None and mailbox.wait_for(mail_dir, new_email, "verify_email")
    assert server.backend.rows("SELECT base_currency, time_zone FROM users WHERE id = :u", u=uid) == [
        ("USD", "Europe/Berlin")
    ]


def test_a_429_waits_for_retry_after_and_an_expired_access_token_is_refreshed(
    strict_server: ServerProcess,
) -> None:
    address = email()
    conn = Connection(strict_server)
    try:
        two_accounts(conn.client().sign_up(address))
    finally:
        conn.close()
    seen = run("limits.mjs", base=strict_server.http_url, email=address)["limits"]

    assert seen["waited"]  # the banner showed while the app waited out Retry-After
    assert seen["after"]  # then the retried sign-in answered (wrong password)
    statuses = seen["statuses"]
    assert "POST /v1/auth:signIn 429" in statuses
    # The expired access token: a 401, a refresh through the cookie, the same call again. The
    # refresh shares the strict bucket with sign-in, so it may first wait out a 429 of its own.
    expired = len(statuses) - 1 - statuses[::-1].index("GET /v1/accounts 401")
    assert [s for s in statuses[expired:] if s != "POST /v1/auth:refreshToken 429"] == [
        "GET /v1/accounts 401",
        "POST /v1/auth:refreshToken 200",
        "GET /v1/accounts 200",
    ]
    assert seen["rotated"]
