"""Signing keys: JWKS verifies real tokens; rotation keeps old tokens valid until retired."""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys
import time
from collections.abc import Callable

import grpc
import jwt
from cryptography.hazmat.primitives import serialization

from rupaya.v1 import auth_pb2 as pb
from tests.identity import list_accounts, refresh
from tests.servers import ROOT, Backend, Client, Connection, second_replica


def rotate_keys(backend: Backend, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RUPAYA_")} | backend.env
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "gen" / "python")])
    return subprocess.run(
        [sys.executable, "-m", "server", "rotate-keys", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def kid(token: str) -> str:
    return str(jwt.get_unverified_header(token)["kid"])


def eventually(check: Callable[[], bool], timeout_s: float = 10) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.2)


def test_jwks_from_the_server_verifies_a_real_access_token(conn: Connection) -> None:
    client = conn.client().sign_up()
    jwks = client.auth.GetJwks(pb.GetJwksRequest())
    keys = {k.kid: k for k in jwks.keys}
    assert kid(client.token) in keys
    jwk = keys[kid(client.token)]
    assert (jwk.kty, jwk.crv, jwk.alg, jwk.use) == ("OKP", "Ed25519", "EdDSA", "sig")
    public = jwt.PyJWK(
        {"kty": jwk.kty, "crv": jwk.crv, "x": jwk.x, "kid": jwk.kid, "alg": jwk.alg, "use": jwk.use}
    )
    claims = jwt.decode(client.token, public, algorithms=["EdDSA"], audience="rupaya-api", issuer="rupaya")
    assert claims["sub"] == client.user_id


def test_rotation_keeps_old_tokens_until_their_key_is_retired(
    conn: Connection, tmp_path: pathlib.Path
) -> None:
    backend = conn.server.backend
    with second_replica(backend, tmp_path) as other:
        old = other.client().sign_up()
        assert kid(old.token) == other.server.key_id  # the newest key signs, on every replica

        rotated = rotate_keys(backend)
        assert rotated.returncode == 0, rotated.stderr
        new_kid = rotated.stdout.split()[3].rstrip(";")

        def signs_with_new_key() -> bool:
            return kid(other.client().sign_up().token) == new_kid

        eventually(signs_with_new_key)
        assert list(list_accounts(old).accounts) == []  # rotated out, still verifying
        assert list(list_accounts(conn.client(), old.token).accounts) == []  # on the other replica too

        retired = rotate_keys(backend, "--retire", other.server.key_id)
        assert retired.returncode == 0, retired.stderr

        def refused(client: Client) -> Callable[[], bool]:
            def check() -> bool:
                try:
                    list_accounts(client, old.token)
                except grpc.RpcError as error:
                    return error.code() == grpc.StatusCode.UNAUTHENTICATED
                return False

            return check

        eventually(refused(old))
        eventually(refused(conn.client()))
        # The refresh token outlives its access token's key: a phone back from a week offline
        # refreshes after a rotation and carries on (client guide, "Stay signed in").
        renewed = refresh(other.client(), old.refresh_token)
        assert kid(renewed.access_token) == new_kid
        assert list(list_accounts(conn.client(), renewed.access_token).accounts) == []
        assert other.server.key_id not in {k.kid for k in old.auth.GetJwks(pb.GetJwksRequest()).keys}
        fresh = other.client().sign_up()
        assert kid(fresh.token) == new_kid and list(list_accounts(fresh).accounts) == []


def test_rotate_keys_refuses_to_retire_an_unknown_key(conn: Connection) -> None:
    result = rotate_keys(conn.server.backend, "--retire", "no-such-kid")
    assert result.returncode == 1 and "no active signing key" in result.stderr


def test_signing_keys_are_stored_encrypted(conn: Connection) -> None:
    raw_private = conn.server.signing_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    pem = conn.server.signing_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    rows = conn.server.backend.rows("SELECT kid, private_key_encrypted FROM signing_keys")
    assert conn.server.key_id in {row[0] for row in rows}
    dump = repr(rows).encode()
    stored = {row[0]: bytes(row[1]) for row in rows}[conn.server.key_id]  # type: ignore[arg-type]
    assert raw_private not in stored and pem not in dump
