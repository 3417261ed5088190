"""Keys across restarts: development keeps its generated keys in the data folder; a secret
stored under another data key is a typed error for the caller and one log line for the operator."""

from __future__ import annotations

import concurrent.futures
import pathlib
import stat
import uuid
from collections.abc import Iterator

import grpc
import pytest

from rupaya.v1 import auth_pb2 as pb
from server import dev_keys
from server.config import Settings
from tests.conftest import IN_CI
from tests.identity import MfaUser, enable_mfa, list_accounts, refresh, sign_in
from tests.ops import json_lines
from tests.rpc_errors import rpc_fails
from tests.servers import (
    Backend,
    Client,
    Connection,
    ServerProcess,
    new_data_key,
    postgres_and_redis_reachable,
    start_server,
)


@pytest.fixture(params=["embedded", "postgres"])
def fresh_backend(request: pytest.FixtureRequest, tmp_path: pathlib.Path) -> Iterator[Backend]:
    """A backend of its own (these tests restart servers on it with other keys)."""
    if request.param == "embedded":
        yield Backend.embedded(tmp_path / "data")
        return
    why_not = postgres_and_redis_reachable()
    if why_not is not None:
        if IN_CI:
            pytest.fail(f"CI=true requires the PostgreSQL + Redis run: {why_not}")
        pytest.skip(why_not)
    backend = Backend.postgres()
    backend.env["RUPAYA_DATA_DIR"] = str(tmp_path / "data")  # where development keys go
    try:
        yield backend
    finally:
        backend.drop()


def mfa_user(server: ServerProcess) -> tuple[Client, MfaUser]:
    email = f"restart-{uuid.uuid4().hex[:8]}@example.com"
    client = Connection(server).client().sign_up(email)
    return client, enable_mfa(client, email)


def complete_mfa_sign_in(server: ServerProcess, user: MfaUser) -> pb.CompleteMfaSignInResponse:
    client = Connection(server).client()
    challenge = sign_in(client, user.email).mfa_challenge
    return client.auth.CompleteMfaSignIn(
        pb.CompleteMfaSignInRequest(mfa_challenge=challenge, code=next(user.codes))
    )


def test_without_configured_keys_a_restart_keeps_sessions_and_mfa(
    fresh_backend: Backend, tmp_path: pathlib.Path
) -> None:
    first = start_server(fresh_backend, tmp_path, keys=False)
    try:
        client, user = mfa_user(first)
    finally:
        first.stop()
    key_file = pathlib.Path(fresh_backend.env["RUPAYA_DATA_DIR"]) / dev_keys.FILE_NAME
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600

    again = start_server(fresh_backend, tmp_path, keys=False)
    try:
        assert complete_mfa_sign_in(again, user).tokens.access_token
        restarted = Connection(again).client()
        assert refresh(restarted, client.refresh_token).access_token  # the session lived on
        assert list(list_accounts(restarted, client.token).accounts) == []  # and its access token
        warnings = [x for x in json_lines(again.log()) if x.get("file") == str(key_file)]
        assert [x["level"] for x in warnings] == ["warning"]
    finally:
        again.stop()


def test_secret_stored_under_another_data_key_is_a_typed_error_and_one_log_line(
    fresh_backend: Backend, tmp_path: pathlib.Path
) -> None:
    first = start_server(fresh_backend, tmp_path)
    try:
        _, user = mfa_user(first)
    finally:
        first.stop()
    wrong_key = start_server(fresh_backend, tmp_path, extra_env={"RUPAYA_DATA_KEY": new_data_key()})
    try:
        rpc_fails(
            lambda: complete_mfa_sign_in(wrong_key, user),
            grpc.StatusCode.FAILED_PRECONDITION,
            "STORED_SECRET_UNREADABLE",
        )
        log = wrong_key.log()
        errors = [x for x in json_lines(log) if x.get("level") == "error"]
        assert len(errors) == 1 and "RUPAYA_DATA_KEY" in errors[0]["event"], errors
        assert "Traceback" not in log and "exception" not in errors[0]
    finally:
        wrong_key.stop()


def test_processes_starting_together_end_up_with_one_set_of_keys(tmp_path: pathlib.Path) -> None:
    settings = Settings(data_dir=tmp_path)
    with concurrent.futures.ProcessPoolExecutor(4) as pool:
        results = list(pool.map(dev_keys.with_development_keys, [settings] * 8))
    assert len({(s.data_key, s.jwt_private_key_pem, s.jwt_key_id) for s in results}) == 1
    assert results[0].data_key and results[0].jwt_private_key_pem
    assert [p.name for p in tmp_path.iterdir()] == [dev_keys.FILE_NAME]  # no drafts left behind


def test_configured_keys_are_used_and_no_key_file_is_written(tmp_path: pathlib.Path) -> None:
    settings = Settings(data_dir=tmp_path, data_key=b"k" * 32, jwt_private_key_pem="pem")
    assert dev_keys.with_development_keys(settings) == settings
    assert list(tmp_path.iterdir()) == []
