"""Password policy, password change and progressive lockout, over real channels."""

from __future__ import annotations

import pathlib
import uuid

import grpc
import pytest

from rupaya.v1 import auth_pb2 as pb
from rupaya.v1 import users_pb2
from tests.identity import list_accounts, refresh, sign_in
from tests.rpc_errors import error_info, field_violations, rpc_fails
from tests.servers import PASSWORD, Connection, second_replica

NEW_PASSWORD = "violet kettle marathon 42"


def test_weak_common_and_personal_passwords_are_field_violations(conn: Connection) -> None:
    client = conn.client()
    email = f"weak-{uuid.uuid4().hex[:8]}@example.com"
    for password in ("qwerty123456", "aaaaaaaaaaaaaaaa", "password1234", email.split("@")[0] + "123"):
        error = rpc_fails(
            lambda p=password: client.auth.SignUp(pb.SignUpRequest(email=email, password=p)),
            grpc.StatusCode.INVALID_ARGUMENT,
            "VALIDATION_FAILED",
        )
        assert "password" in field_violations(error), password
    assert conn.server.backend.count("users", "email = :e", e=email) == 0


def test_passwords_up_to_the_contracts_256_characters_are_judged_not_an_internal_error(
    conn: Connection,
) -> None:
    """zxcvbn refuses input over 72 characters; the policy scores a prefix (schemathesis found
    a 500 here with a 100-character prefix)."""
    client = conn.client()
    strong = ("violet kettle marathon 42 " * 10)[:256]
    email = f"long-{uuid.uuid4().hex[:8]}@example.com"
    signed = client.auth.SignUp(pb.SignUpRequest(email=email, password=strong))
    assert signed.user_id and sign_in(conn.client(), email, strong).tokens.access_token
    weak_email = f"long-weak-{uuid.uuid4().hex[:8]}@example.com"
    error = rpc_fails(
        lambda: client.auth.SignUp(pb.SignUpRequest(email=weak_email, password="a" * 256)),
        grpc.StatusCode.INVALID_ARGUMENT,
        "VALIDATION_FAILED",
    )
    assert "password" in field_violations(error)


def test_common_password_list_ships_in_shared() -> None:
    lines = (
        (pathlib.Path(__file__).parent.parent / "shared" / "common-passwords.txt").read_text().splitlines()
    )
    assert lines[0].startswith("#") and "qwerty123456" in lines


def test_change_password_needs_the_current_one_and_ends_other_sessions(conn: Connection) -> None:
    email = f"change-{uuid.uuid4().hex[:8]}@example.com"
    phone = conn.client().sign_up(email)
    laptop = conn.client()
    signed_in = sign_in(laptop, email)
    rpc_fails(
        lambda: phone.auth.ChangePassword(
            pb.ChangePasswordRequest(current_password="not my password!", new_password=NEW_PASSWORD),
            metadata=phone.md(),
        ),
        grpc.StatusCode.UNAUTHENTICATED,
        "INVALID_CREDENTIALS",
    )
    phone.auth.ChangePassword(
        pb.ChangePasswordRequest(current_password=PASSWORD, new_password=NEW_PASSWORD), metadata=phone.md()
    )
    rpc_fails(lambda: list_accounts(laptop, signed_in.tokens.access_token), grpc.StatusCode.UNAUTHENTICATED)
    rpc_fails(lambda: refresh(laptop, signed_in.tokens.refresh_token), grpc.StatusCode.UNAUTHENTICATED)
    assert list(list_accounts(phone).accounts) == []  # the session that changed it lives on
    rpc_fails(lambda: sign_in(conn.client(), email), grpc.StatusCode.UNAUTHENTICATED, "INVALID_CREDENTIALS")
    assert sign_in(conn.client(), email, NEW_PASSWORD).tokens.access_token
    events = phone.users.ListAuditEvents(users_pb2.ListAuditEventsRequest(), metadata=phone.md()).events
    assert users_pb2.AUDIT_ACTION_PASSWORD_CHANGED in {e.action for e in events}


def test_change_to_a_weak_password_is_a_field_violation_and_changes_nothing(conn: Connection) -> None:
    email = f"weak-change-{uuid.uuid4().hex[:8]}@example.com"
    client = conn.client().sign_up(email)
    error = rpc_fails(
        lambda: client.auth.ChangePassword(
            pb.ChangePasswordRequest(current_password=PASSWORD, new_password="1q2w3e4r5t6y"),
            metadata=client.md(),
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
        "VALIDATION_FAILED",
    )
    assert "new_password" in field_violations(error)
    assert sign_in(conn.client(), email).tokens.access_token


def fail_sign_ins(conn: Connection, email: str, times: int) -> grpc.RpcError:
    client = conn.client()
    error = None
    for _ in range(times):
        error = rpc_fails(
            lambda: sign_in(client, email, "definitely wrong pw"), grpc.StatusCode.UNAUTHENTICATED
        )
    assert error is not None
    return error


def test_lockout_engages_at_five_failures_and_looks_like_a_wrong_password(conn: Connection) -> None:
    email = f"locked-{uuid.uuid4().hex[:8]}@example.com"
    conn.client().sign_up(email)
    fail_sign_ins(conn, email, 4)
    assert sign_in(conn.client(), email).tokens.access_token  # below the threshold; success resets
    wrong = fail_sign_ins(conn, email, 5)
    locked = rpc_fails(lambda: sign_in(conn.client(), email), grpc.StatusCode.UNAUTHENTICATED)
    unknown = fail_sign_ins(conn, f"nobody-{uuid.uuid4().hex[:8]}@example.com", 6)  # locked unknown e-mail
    for error in (locked, unknown):
        assert error.code() == wrong.code() and error.details() == wrong.details()
        assert error_info(error) == error_info(wrong)
    assert conn.client().sign_up().token  # other users are unaffected


def test_lockout_holds_on_a_second_replica(conn: Connection, tmp_path: pathlib.Path) -> None:
    backend = conn.server.backend
    if backend.name == "embedded":
        # One process by design: its counters live in process memory (documented fallback).
        pytest.skip("the embedded default runs one replica; lockout counters are in-process")
    email = f"locked-replica-{uuid.uuid4().hex[:8]}@example.com"
    conn.client().sign_up(email)
    with second_replica(backend, tmp_path) as other:
        fail_sign_ins(conn, email, 3)
        fail_sign_ins(other, email, 2)  # the fifth failure, on the other replica
        rpc_fails(
            lambda: sign_in(other.client(), email), grpc.StatusCode.UNAUTHENTICATED, "INVALID_CREDENTIALS"
        )
        rpc_fails(
            lambda: sign_in(conn.client(), email), grpc.StatusCode.UNAUTHENTICATED, "INVALID_CREDENTIALS"
        )


def test_failed_and_locked_sign_ins_are_audited_for_the_user(conn: Connection) -> None:
    email = f"audited-{uuid.uuid4().hex[:8]}@example.com"
    client = conn.client().sign_up(email)
    fail_sign_ins(conn, email, 6)
    events = client.users.ListAuditEvents(users_pb2.ListAuditEventsRequest(), metadata=client.md()).events
    failed = [e.detail for e in events if e.action == users_pb2.AUDIT_ACTION_SIGN_IN_FAILED]
    assert failed == ["locked"] + ["wrong_password"] * 5
