"""Sessions per device: listing, revocation, refresh-token families, and a second replica."""

from __future__ import annotations

import base64
import json
import pathlib
import uuid

import grpc
import jwt

from rupaya.v1 import auth_pb2 as pb
from rupaya.v1 import common_pb2, users_pb2
from tests.identity import device, list_accounts, refresh, sign_in
from tests.rpc_errors import field_violations, rpc_fails
from tests.servers import PASSWORD, Client, Connection, second_replica


def sessions(client: Client, token: str | None = None) -> list[pb.DeviceSession]:
    return list(client.auth.ListSessions(pb.ListSessionsRequest(), metadata=client.md(token)).sessions)


def two_devices(conn: Connection) -> tuple[Client, Client]:
    email = f"devices-{uuid.uuid4().hex[:8]}@example.com"
    phone = conn.client().sign_up(email, device_id="phone-1")
    laptop = conn.client()
    signed_in = laptop.auth.SignIn(
        pb.SignInRequest(email=email, password=PASSWORD, device=device("laptop-1", "Work laptop", 3))
    )
    laptop.token, laptop.refresh_token, laptop.user_id = (
        signed_in.tokens.access_token,
        signed_in.tokens.refresh_token,
        signed_in.user_id,
    )
    return phone, laptop


def test_sessions_list_devices_platforms_and_the_current_one(conn: Connection) -> None:
    phone, laptop = two_devices(conn)
    listed = sessions(laptop)
    assert [(s.device.device_id, s.device.platform, s.current) for s in listed] == [
        ("laptop-1", common_pb2.PLATFORM_WEB, True),
        ("phone-1", common_pb2.PLATFORM_ANDROID, False),
    ]
    assert listed[1].device.device_name == "Test phone"
    assert all(s.create_time.seconds and s.last_used_time.seconds for s in listed)


def test_revoked_session_loses_access_and_refresh_and_others_keep_working(conn: Connection) -> None:
    phone, laptop = two_devices(conn)
    phone_session = next(s.id for s in sessions(laptop) if not s.current)
    laptop.auth.RevokeSession(pb.RevokeSessionRequest(session_id=phone_session), metadata=laptop.md())
    rpc_fails(lambda: list_accounts(phone), grpc.StatusCode.UNAUTHENTICATED)
    rpc_fails(lambda: refresh(phone, phone.refresh_token), grpc.StatusCode.UNAUTHENTICATED)
    assert [s.device.device_id for s in sessions(laptop)] == ["laptop-1"]


def test_another_users_session_is_not_found(conn: Connection) -> None:
    victim = conn.client().sign_up()
    attacker = conn.client().sign_up()
    victim_session = sessions(victim)[0].id
    for target in (victim_session, str(uuid.uuid4())):
        rpc_fails(
            lambda t=target: attacker.auth.RevokeSession(
                pb.RevokeSessionRequest(session_id=t), metadata=attacker.md()
            ),
            grpc.StatusCode.NOT_FOUND,
            "SESSION_NOT_FOUND",
        )
    assert list(list_accounts(victim).accounts) == []


def test_sign_out_everywhere_else_keeps_only_the_current_session(conn: Connection) -> None:
    phone, laptop = two_devices(conn)
    tablet_client = conn.client()
    profile = laptop.users.GetProfile(users_pb2.GetProfileRequest(), metadata=laptop.md()).profile
    tablet = sign_in(tablet_client, profile.email, device_id="tablet-1")
    reply = laptop.auth.RevokeOtherSessions(pb.RevokeOtherSessionsRequest(), metadata=laptop.md())
    assert reply.revoked_count == 2
    rpc_fails(lambda: list_accounts(phone), grpc.StatusCode.UNAUTHENTICATED)
    rpc_fails(
        lambda: list_accounts(tablet_client, tablet.tokens.access_token), grpc.StatusCode.UNAUTHENTICATED
    )
    assert [s.device.device_id for s in sessions(laptop)] == ["laptop-1"]
    events = laptop.users.ListAuditEvents(users_pb2.ListAuditEventsRequest(), metadata=laptop.md()).events
    assert sum(e.action == users_pb2.AUDIT_ACTION_SESSION_REVOKED for e in events) == 2


def test_reused_refresh_token_kills_the_family_and_is_audited(conn: Connection) -> None:
    phone, laptop = two_devices(conn)
    stolen = phone.refresh_token
    sibling = refresh(phone, stolen)
    rpc_fails(lambda: refresh(phone, stolen), grpc.StatusCode.UNAUTHENTICATED, "REFRESH_TOKEN_INVALID")
    rpc_fails(lambda: refresh(phone, sibling.refresh_token), grpc.StatusCode.UNAUTHENTICATED)
    rpc_fails(lambda: list_accounts(phone, sibling.access_token), grpc.StatusCode.UNAUTHENTICATED)
    assert list(list_accounts(laptop).accounts) == []  # the other device's family lives on
    events = laptop.users.ListAuditEvents(users_pb2.ListAuditEventsRequest(), metadata=laptop.md()).events
    reuse = [e for e in events if e.action == users_pb2.AUDIT_ACTION_REFRESH_TOKEN_REUSED]
    assert len(reuse) == 1 and reuse[0].device_id == "phone-1"


def test_revocation_on_one_replica_holds_on_another(conn: Connection, tmp_path: pathlib.Path) -> None:
    backend = conn.server.backend
    with second_replica(backend, tmp_path) as other:
        phone, laptop = two_devices(conn)
        phone_on_b = other.client()
        assert list(list_accounts(phone_on_b, phone.token).accounts) == []  # B has seen it live
        phone_session = next(s.id for s in sessions(laptop) if not s.current)
        laptop.auth.RevokeSession(pb.RevokeSessionRequest(session_id=phone_session), metadata=laptop.md())
        rpc_fails(lambda: refresh(phone_on_b, phone.refresh_token), grpc.StatusCode.UNAUTHENTICATED)
        if backend.name == "postgres":
            # Redis carries the revocation to B at once, despite B's earlier "live" answer.
            # (The embedded default is one process; its in-process cache is not shared.)
            rpc_fails(lambda: list_accounts(phone_on_b, phone.token), grpc.StatusCode.UNAUTHENTICATED)


def test_oversized_device_fields_are_field_violations(conn: Connection) -> None:
    client = conn.client()
    email = f"device-{uuid.uuid4().hex[:8]}@example.com"
    error = rpc_fails(
        lambda: client.auth.SignUp(
            pb.SignUpRequest(email=email, password=PASSWORD, device=device("x" * 129, "y" * 129))
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
        "VALIDATION_FAILED",
    )
    assert {"device.device_id", "device.device_name"} <= set(field_violations(error))
    assert conn.server.backend.count("users", "email = :e", e=email) == 0


def test_who_am_i_names_the_token_and_stops_with_its_session(conn: Connection) -> None:
    phone, laptop = two_devices(conn)
    me = laptop.auth.WhoAmI(pb.WhoAmIRequest(), metadata=laptop.md())
    current = next(s for s in sessions(laptop) if s.current)
    assert (me.user_id, me.session_id) == (laptop.user_id, current.id)
    claims = jwt.decode(laptop.token, options={"verify_signature": False})
    assert me.access_token_expire_time.seconds == claims["exp"]

    phone_me = phone.auth.WhoAmI(pb.WhoAmIRequest(), metadata=phone.md())  # verified, now remembered
    assert phone_me.user_id == me.user_id and phone_me.session_id != me.session_id
    laptop.auth.RevokeSession(pb.RevokeSessionRequest(session_id=phone_me.session_id), metadata=laptop.md())
    rpc_fails(
        lambda: phone.auth.WhoAmI(pb.WhoAmIRequest(), metadata=phone.md()), grpc.StatusCode.UNAUTHENTICATED
    )


def test_who_am_i_refuses_a_token_altered_after_the_real_one_was_accepted(conn: Connection) -> None:
    victim, attacker = conn.client().sign_up(), conn.client().sign_up()
    victim.auth.WhoAmI(pb.WhoAmIRequest(), metadata=victim.md())
    header, payload, signature = attacker.token.split(".")
    claims = jwt.decode(attacker.token, options={"verify_signature": False})
    forged_claims = {**claims, "sub": victim.user_id}
    forged_payload = base64.urlsafe_b64encode(json.dumps(forged_claims).encode()).decode().rstrip("=")
    for forged in (f"{header}.{forged_payload}.{signature}", f"{victim.token}x", "not-a-token"):
        rpc_fails(
            lambda t=forged: attacker.auth.WhoAmI(pb.WhoAmIRequest(), metadata=attacker.md(t)),
            grpc.StatusCode.UNAUTHENTICATED,
        )
    rpc_fails(lambda: attacker.auth.WhoAmI(pb.WhoAmIRequest()), grpc.StatusCode.UNAUTHENTICATED)
