"""UserService: profile, account deletion that leaves nothing behind, and the audit trail."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor

import grpc
from google.protobuf.field_mask_pb2 import FieldMask

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import auth_pb2 as pb
from rupaya.v1 import budgets_pb2 as bud
from rupaya.v1 import categories_pb2 as cat
from rupaya.v1 import transactions_pb2 as tx
from rupaya.v1 import users_pb2 as us
from tests.identity import enable_mfa, list_accounts, refresh, sign_in
from tests.ledger import expense_request, money, open_account, record
from tests.rpc_errors import field_violations, precondition_failures, rpc_fails
from tests.servers import PASSWORD, Client, Connection


def profile(client: Client) -> us.Profile:
    return client.users.GetProfile(us.GetProfileRequest(), metadata=client.md()).profile


def update(
    client: Client, paths: list[str], etag: str = "", request_id: str = "", **values: str
) -> us.Profile:
    request = us.UpdateProfileRequest(
        profile=us.Profile(**values), update_mask=FieldMask(paths=paths), etag=etag, request_id=request_id
    )
    return client.users.UpdateProfile(request, metadata=client.md()).profile


def audit_events(client: Client, page_size: int = 0) -> list[us.AuditEvent]:
    events: list[us.AuditEvent] = []
    token = ""
    while True:
        page = client.users.ListAuditEvents(
            us.ListAuditEventsRequest(page_size=page_size, page_token=token), metadata=client.md()
        )
        events += page.events
        token = page.next_page_token
        if not token:
            return events


def test_profile_defaults_and_update_of_masked_fields_only(conn: Connection) -> None:
    email = f"profile-{uuid.uuid4().hex[:8]}@example.com"
    client = conn.client().sign_up(email)
    before = profile(client)
    assert (before.email, before.base_currency, before.time_zone, before.locale) == (
        email,
        "USD",
        "UTC",
        "en",
    )
    after = update(
        client,
        ["base_currency", "time_zone", "locale"],
        base_currency="INR",
        time_zone="Asia/Kolkata",
        locale="en-IN",
        display_name="not in the mask",
    )
    assert (after.base_currency, after.time_zone, after.locale, after.display_name) == (
        "INR",
        "Asia/Kolkata",
        "en-IN",
        "",
    )
    assert profile(client) == after and not after.mfa_enabled


def test_profile_rejects_unknown_currency_time_zone_and_read_only_fields(conn: Connection) -> None:
    client = conn.client().sign_up()
    for paths, values, field in (
        (["base_currency"], {"base_currency": "XYZ"}, "profile.base_currency"),
        (["time_zone"], {"time_zone": "Mars/Olympus"}, "profile.time_zone"),
        (["email"], {"email": "thief@example.com"}, "update_mask"),
    ):
        error = rpc_fails(lambda p=paths, v=values: update(client, p, **v), grpc.StatusCode.INVALID_ARGUMENT)
        assert field in field_violations(error)
    assert profile(client).base_currency == "USD"


def test_profile_etag_changes_with_every_update_and_a_stale_one_changes_nothing(conn: Connection) -> None:
    client = conn.client().sign_up()
    first = profile(client)
    renamed = update(client, ["display_name"], etag=first.etag, display_name="Asha")
    assert first.etag and renamed.etag != first.etag and profile(client) == renamed
    error = rpc_fails(
        lambda: update(client, ["base_currency"], etag=first.etag, base_currency="INR"),
        grpc.StatusCode.ABORTED,
        "ETAG_MISMATCH",
    )
    assert [v.subject for v in precondition_failures(error)] == [f"users/{client.user_id}"]
    assert profile(client) == renamed
    assert update(client, ["base_currency"], base_currency="INR").etag not in (first.etag, renamed.etag)


def test_concurrent_updates_with_one_profile_etag_let_exactly_one_win(conn: Connection) -> None:
    client = conn.client().sign_up()
    etag = profile(client).etag

    def rename(i: int) -> str:
        try:
            return update(client, ["display_name"], etag=etag, display_name=f"Writer {i}").display_name
        except grpc.RpcError as error:
            return str(error.code().name)

    with ThreadPoolExecutor(6) as pool:
        names = list(pool.map(rename, range(6)))
    winners = [n for n in names if n != "ABORTED"]
    assert len(winners) == 1 and profile(client).display_name == winners[0]


def test_a_retried_profile_update_answers_like_the_first_and_changes_nothing_again(conn: Connection) -> None:
    client = conn.client().sign_up()
    request_id = str(uuid.uuid4())
    first = update(client, ["display_name"], request_id=request_id, display_name="Asha")
    later = update(client, ["display_name"], display_name="Ravi")
    assert update(client, ["display_name"], request_id=request_id, display_name="Asha") == first
    assert profile(client) == later  # the replay did not write "Asha" back
    rpc_fails(
        lambda: update(client, ["display_name"], request_id=request_id, display_name="Other"),
        grpc.StatusCode.INVALID_ARGUMENT,
        "IDEMPOTENCY_KEY_REUSED",
    )


def test_profile_etag_changes_when_mfa_is_turned_on_and_off(conn: Connection) -> None:
    email = f"etag-{uuid.uuid4().hex[:8]}@example.com"
    client = conn.client().sign_up(email)
    before = profile(client)
    user = enable_mfa(client, email)
    enabled = profile(client)
    assert enabled.mfa_enabled and enabled.etag != before.etag
    rpc_fails(
        lambda: update(client, ["locale"], etag=before.etag, locale="hi"),
        grpc.StatusCode.ABORTED,
        "ETAG_MISMATCH",
    )
    client.auth.DisableMfa(
        pb.DisableMfaRequest(password=PASSWORD, code=next(user.codes)), metadata=client.md()
    )
    disabled = profile(client)
    assert not disabled.mfa_enabled and disabled.etag not in (before.etag, enabled.etag)
    assert update(client, ["locale"], etag=disabled.etag, locale="hi").locale == "hi"


def test_account_deletion_leaves_no_rows_and_old_tokens_are_unauthenticated(conn: Connection) -> None:
    email = f"delete-{uuid.uuid4().hex[:8]}@example.com"
    client = conn.client().sign_up(email)
    laptop = conn.client()
    other_session = sign_in(laptop, email).tokens
    user = enable_mfa(client, email)
    savings = client.accounts.CreateAccount(
        acc.CreateAccountRequest(
            request_id=str(uuid.uuid4()), name="Savings", type=acc.ACCOUNT_TYPE_SAVINGS, currency_code="INR"
        ),
        metadata=client.md(),
    ).account
    # Ledger data too: a user category with a child, a split and tagged expense, a transfer, a budget.
    wallet = open_account(client, balance=10_000)
    pets = client.categories.CreateCategory(
        cat.CreateCategoryRequest(request_id=str(uuid.uuid4()), name="Pets", kind=cat.CATEGORY_KIND_EXPENSE),
        metadata=client.md(),
    ).category
    vet = client.categories.CreateCategory(
        cat.CreateCategoryRequest(
            request_id=str(uuid.uuid4()), name="Vet", kind=cat.CATEGORY_KIND_EXPENSE, parent_id=pets.id
        ),
        metadata=client.md(),
    ).category
    split = record(
        client,
        expense_request(
            wallet,
            900,
            category_id="",
            tags=["pets"],
            splits=[
                tx.SplitLine(category_id=vet.id, amount=money(600)),
                tx.SplitLine(category_id=pets.id, amount=money(300)),
            ],
        ),
    )
    record(
        client,
        expense_request(
            wallet, 100, kind=tx.TRANSACTION_KIND_TRANSFER, to_account_id=savings.id, category_id=""
        ),
    )
    client.budgets.CreateBudget(
        bud.CreateBudgetRequest(
            request_id=str(uuid.uuid4()),
            category_id=pets.id,
            amount=money(5_000, "INR"),
            period=bud.BUDGET_PERIOD_MONTHLY,
        ),
        metadata=client.md(),
    )
    bystander = conn.client().sign_up()
    backend = conn.server.backend
    before = backend.rows_per_user_table(client.user_id)
    for table in (
        "users",
        "sessions",
        "accounts",
        "idempotency_records",
        "audit_events",
        "mfa_credentials",
        "backup_codes",
        "transactions",
        "categories",
        "budgets",
    ):
        assert before[table] > 0, table
    assert backend.count_id("transaction_splits", "transaction_id", split.id) == 2
    assert backend.count_id("transaction_tags", "transaction_id", split.id) == 1
    session_ids = [
        s.id for s in client.auth.ListSessions(pb.ListSessionsRequest(), metadata=client.md()).sessions
    ]
    assert all(backend.count_id("refresh_tokens", "session_id", s) == 1 for s in session_ids)

    client.users.DeleteUser(
        us.DeleteUserRequest(password=PASSWORD, totp_code=next(user.codes)), metadata=client.md()
    )

    assert set(backend.rows_per_user_table(client.user_id).values()) == {0}
    for session_id in session_ids:
        assert backend.count_id("refresh_tokens", "session_id", session_id) == 0
    assert backend.count_id("transaction_splits", "transaction_id", split.id) == 0
    assert backend.count_id("transaction_tags", "transaction_id", split.id) == 0
    rpc_fails(lambda: list_accounts(client), grpc.StatusCode.UNAUTHENTICATED)
    rpc_fails(lambda: list_accounts(laptop, other_session.access_token), grpc.StatusCode.UNAUTHENTICATED)
    rpc_fails(lambda: refresh(client, client.refresh_token), grpc.StatusCode.UNAUTHENTICATED)
    rpc_fails(lambda: refresh(laptop, other_session.refresh_token), grpc.StatusCode.UNAUTHENTICATED)
    rpc_fails(lambda: sign_in(conn.client(), email), grpc.StatusCode.UNAUTHENTICATED, "INVALID_CREDENTIALS")
    assert list(list_accounts(bystander).accounts) == []


def test_account_deletion_needs_password_and_totp_code_when_mfa_is_on(conn: Connection) -> None:
    email = f"keep-{uuid.uuid4().hex[:8]}@example.com"
    client = conn.client().sign_up(email)
    user = enable_mfa(client, email)
    for password, code, reason in (
        ("not the password!", next(user.codes), "INVALID_CREDENTIALS"),
        (PASSWORD, "", "MFA_CODE_INVALID"),
        (PASSWORD, "000000", "MFA_CODE_INVALID"),
    ):
        rpc_fails(
            lambda p=password, c=code: client.users.DeleteUser(
                us.DeleteUserRequest(password=p, totp_code=c), metadata=client.md()
            ),
            grpc.StatusCode.UNAUTHENTICATED,
            reason,
        )
    assert conn.server.backend.rows_per_user_table(client.user_id)["users"] == 1
    assert profile(client).email == email


def test_audit_trail_records_who_what_when_where_newest_first_across_pages(conn: Connection) -> None:
    email = f"audit-{uuid.uuid4().hex[:8]}@example.com"
    client = conn.client().sign_up(email, device_id="phone-9")
    rpc_fails(lambda: sign_in(conn.client(), email, "wrong password!!"), grpc.StatusCode.UNAUTHENTICATED)
    laptop = conn.client()
    sign_in(laptop, email, device_id="laptop-9")
    client.auth.RevokeOtherSessions(pb.RevokeOtherSessionsRequest(), metadata=client.md())
    events = audit_events(client, page_size=2)
    assert [e.action for e in events] == [
        us.AUDIT_ACTION_SESSION_REVOKED,
        us.AUDIT_ACTION_SIGN_IN_SUCCEEDED,
        us.AUDIT_ACTION_SIGN_IN_FAILED,
        us.AUDIT_ACTION_SIGNED_UP,
    ]
    assert [e.device_id for e in events] == ["phone-9", "laptop-9", "laptop", "phone-9"]
    assert all(e.peer_address == "127.0.0.1" and e.create_time.seconds for e in events)  # host, no port
    assert len({e.id for e in events}) == 4
    dump = repr(conn.server.backend.rows("SELECT * FROM audit_events"))
    assert PASSWORD not in dump and "wrong password" not in dump and client.refresh_token not in dump


def test_audit_trail_is_private_and_page_tokens_cannot_be_forged(conn: Connection) -> None:
    alice = conn.client().sign_up()
    mallory = conn.client().sign_up()
    assert {e.action for e in audit_events(mallory)} == {us.AUDIT_ACTION_SIGNED_UP}
    rpc_fails(
        lambda: mallory.users.ListAuditEvents(
            us.ListAuditEventsRequest(page_token="bm90LWEtdG9rZW4"), metadata=mallory.md()
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
        "INVALID_PAGE_TOKEN",
    )
    assert len(audit_events(alice)) == 1
