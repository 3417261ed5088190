"""TLS on both listeners, mutual TLS on the gateway -> server hop, certificate reload without a
restart, and the production rule against plaintext off loopback. Real server processes on the
embedded backend and a throwaway CA (tests/throwaway_ca.py); every refusal is tried."""

from __future__ import annotations

import os
import pathlib
import re
import shutil
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass

import grpc
import httpx
import pytest
from cryptography import x509
from grpc_health.v1 import health_pb2, health_pb2_grpc

from gateway.__main__ import main as gateway_main
from rupaya.v1 import currencies_pb2, currencies_pb2_grpc
from server.config import ConfigError, load_settings
from tests.servers import ROOT, Backend, ServerProcess, free_port, start_server
from tests.throwaway_ca import Issued, ThrowawayCa

HSTS = "max-age=31536000; includeSubDomains"


@dataclass
class Pki:
    ca: ThrowawayCa
    other_ca: ThrowawayCa  # trusted by nobody here
    server: Issued
    gateway: Issued  # the gateway's client certificate (mutual TLS)
    client: Issued  # a gRPC client's certificate from the same CA
    stranger: Issued  # a client certificate from the other CA


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    folder = tmp_path_factory.mktemp("pki")
    ca, other = ThrowawayCa(folder / "ca"), ThrowawayCa(folder / "other", "Somebody else's CA")
    return Pki(
        ca,
        other,
        ca.issue("server"),
        ca.issue("gateway", client=True),
        ca.issue("client", client=True),
        other.issue("stranger", client=True),
    )


def grpc_credentials(ca: ThrowawayCa, client: Issued | None = None) -> grpc.ChannelCredentials:
    return grpc.ssl_channel_credentials(
        ca.cert_file.read_bytes(),
        private_key=client.key_file.read_bytes() if client else None,
        certificate_chain=client.cert_file.read_bytes() if client else None,
    )


def health(target: str, credentials: grpc.ChannelCredentials | None) -> int:
    """One RPC over a fresh channel; raises grpc.RpcError when the connection is refused."""
    channel = grpc.secure_channel(target, credentials) if credentials else grpc.insecure_channel(target)
    with channel:
        reply = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(), timeout=5)
        return int(reply.status)


def https(ca: ThrowawayCa) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(ca.cert_file))


def served_serial(port: int, alpn: str) -> int:
    """The serial number of the certificate a new TLS connection to `port` is shown."""
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE  # only looking
    context.set_alpn_protocols([alpn])
    with (
        socket.create_connection(("127.0.0.1", port), timeout=5) as raw,
        context.wrap_socket(raw, server_hostname="localhost") as tls,
    ):
        der = tls.getpeercert(binary_form=True)
    assert der is not None
    return x509.load_der_x509_certificate(der).serial_number


def install(issued: Issued, cert_file: pathlib.Path, key_file: pathlib.Path) -> None:
    """As a renewal agent does: each file written beside it, then renamed over it."""
    for source, target in ((issued.key_file, key_file), (issued.cert_file, cert_file)):
        staged = target.with_suffix(".new")
        shutil.copy(source, staged)
        os.replace(staged, target)


def tls_env(pki: Pki, cert: pathlib.Path, key: pathlib.Path, mutual: bool) -> dict[str, str]:
    env = {
        "RUPAYA_TLS_CERT_FILE": str(cert),
        "RUPAYA_TLS_KEY_FILE": str(key),
        "RUPAYA_GATEWAY_UPSTREAM_CA_FILE": str(pki.ca.cert_file),
    }
    if mutual:
        env |= {
            "RUPAYA_TLS_CLIENT_CA_FILE": str(pki.ca.cert_file),
            "RUPAYA_GATEWAY_CLIENT_CERT_FILE": str(pki.gateway.cert_file),
            "RUPAYA_GATEWAY_CLIENT_KEY_FILE": str(pki.gateway.key_file),
        }
    return env


@pytest.fixture(scope="module")
def mutual(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """gRPC on TLS requiring client certificates; the embedded gateway on HTTPS, calling gRPC
    with its own client certificate."""
    tmp = tmp_path_factory.mktemp("mutual")
    env = tls_env(pki, pki.server.cert_file, pki.server.key_file, mutual=True)
    server = start_server(
        Backend.embedded(tmp), tmp, extra_env=env, credentials=grpc_credentials(pki.ca, pki.client)
    )
    yield server
    server.stop()


def https_url(server: ServerProcess) -> str:
    return f"https://127.0.0.1:{server.http_port}"


def test_grpc_answers_a_client_with_the_cas_certificate(pki: Pki, mutual: ServerProcess) -> None:
    assert (
        health(mutual.target, grpc_credentials(pki.ca, pki.client)) == health_pb2.HealthCheckResponse.SERVING
    )
    with grpc.secure_channel(mutual.target, grpc_credentials(pki.ca, pki.client)) as channel:
        reply = currencies_pb2_grpc.CurrencyServiceStub(channel).ListCurrencies(
            currencies_pb2.ListCurrenciesRequest(), timeout=5
        )
    assert any(currency.code == "INR" for currency in reply.currencies)


@pytest.mark.parametrize("who", ["no certificate", "another CA's certificate"])
def test_grpc_refuses_a_client_without_a_certificate_from_its_ca(
    pki: Pki, mutual: ServerProcess, who: str
) -> None:
    client = None if who == "no certificate" else pki.stranger
    with pytest.raises(grpc.RpcError) as refused:
        health(mutual.target, grpc_credentials(pki.ca, client))
    assert refused.value.code() == grpc.StatusCode.UNAVAILABLE  # type: ignore[attr-defined]


def test_grpc_refuses_plaintext_clients(mutual: ServerProcess) -> None:
    with pytest.raises(grpc.RpcError) as refused:
        health(mutual.target, None)
    assert refused.value.code() == grpc.StatusCode.UNAVAILABLE  # type: ignore[attr-defined]


def test_grpc_client_trusting_another_ca_refuses_the_server(pki: Pki, mutual: ServerProcess) -> None:
    with pytest.raises(grpc.RpcError) as refused:
        health(mutual.target, grpc_credentials(pki.other_ca, pki.client))
    assert refused.value.code() == grpc.StatusCode.UNAVAILABLE  # type: ignore[attr-defined]


def test_https_gateway_calls_grpc_over_mutual_tls_and_sends_hsts(pki: Pki, mutual: ServerProcess) -> None:
    with httpx.Client(base_url=https_url(mutual), verify=https(pki.ca), timeout=10) as client:
        reply = client.get("/v1/currencies")
        signed_up = client.post(
            "/v1/auth:signUp",
            json={"email": "tls@example.com", "password": "correct horse battery staple"},
        )
    assert reply.status_code == 200, reply.text
    assert any(currency["code"] == "INR" for currency in reply.json()["currencies"])
    assert reply.headers["strict-transport-security"] == HSTS
    assert signed_up.status_code == 200 and signed_up.json()["tokens"]["accessToken"]


def test_https_listener_refuses_plaintext_http(mutual: ServerProcess) -> None:
    with pytest.raises(httpx.TransportError):
        httpx.get(f"http://127.0.0.1:{mutual.http_port}/v1/currencies", timeout=5)


def test_https_client_trusting_another_ca_refuses_the_gateway(pki: Pki, mutual: ServerProcess) -> None:
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        httpx.get(f"{https_url(mutual)}/v1/currencies", verify=https(pki.other_ca), timeout=5)


def test_plaintext_http_sends_no_hsts(server: ServerProcess) -> None:
    reply = httpx.get(f"{server.http_url}/v1/currencies", timeout=10)
    assert reply.status_code == 200 and "strict-transport-security" not in reply.headers


@dataclass
class Renewable:
    """A server whose gRPC and HTTP listeners serve the pair at `cert`/`key`, replaced by tests."""

    server: ServerProcess
    cert: pathlib.Path
    key: pathlib.Path

    def serials(self) -> tuple[int, int]:
        """What a new connection to each listener is shown: (gRPC, HTTP)."""
        return served_serial(self.server.port, "h2"), served_serial(self.server.http_port, "http/1.1")


@pytest.fixture(scope="module")
def renewable(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Renewable]:
    tmp = tmp_path_factory.mktemp("renewable")
    cert, key = tmp / "live.pem", tmp / "live-key.pem"
    install(pki.server, cert, key)
    env = tls_env(pki, cert, key, mutual=False)
    server = start_server(Backend.embedded(tmp), tmp, extra_env=env, credentials=grpc_credentials(pki.ca))
    yield Renewable(server, cert, key)
    server.stop()


def test_renewed_certificate_is_served_to_new_connections_without_restart(
    pki: Pki, renewable: Renewable
) -> None:
    before = renewable.serials()
    renewed = pki.ca.issue("server-renewed", days=30)
    assert before != (renewed.serial, renewed.serial)
    install(renewed, renewable.cert, renewable.key)
    assert renewable.serials() == (renewed.serial, renewed.serial)
    # Still the same process, and the renewed certificate verifies end to end on both listeners.
    server = renewable.server
    assert server.process.poll() is None
    assert health(server.target, grpc_credentials(pki.ca)) == health_pb2.HealthCheckResponse.SERVING
    reply = httpx.get(f"{https_url(server)}/v1/currencies", verify=https(pki.ca), timeout=10)
    assert reply.status_code == 200


def test_a_key_that_does_not_match_keeps_the_previous_certificate(pki: Pki, renewable: Renewable) -> None:
    """A renewal caught halfway (the new certificate beside the old key) must not break serving."""
    before = renewable.serials()
    half = pki.ca.issue("server-half")
    shutil.copy(half.cert_file, renewable.cert)  # the key stays the old one
    assert renewable.serials() == before
    assert health(renewable.server.target, grpc_credentials(pki.ca)) == health_pb2.HealthCheckResponse.SERVING
    shutil.copy(half.key_file, renewable.key)  # the renewal completes
    assert renewable.serials() == (half.serial, half.serial)
    assert "tls certificate not reloaded" in renewable.server.log()


def gateway_env(extra: dict[str, str]) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("RUPAYA_")}
    base["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "gen" / "python")])
    return base | extra


@dataclass
class Standalone:
    """`python -m gateway --upstream` on HTTPS in front of the mutual-TLS server, presenting the
    client certificate at `cert`/`key` (replaced by tests)."""

    url: str
    cert: pathlib.Path
    key: pathlib.Path


@pytest.fixture(scope="module")
def standalone(
    pki: Pki, mutual: ServerProcess, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Standalone]:
    tmp = tmp_path_factory.mktemp("standalone")
    cert, key = tmp / "gateway.pem", tmp / "gateway-key.pem"
    install(pki.gateway, cert, key)
    port = free_port()
    env = gateway_env(
        {
            "RUPAYA_HTTP_TLS_CERT_FILE": str(pki.server.cert_file),
            "RUPAYA_HTTP_TLS_KEY_FILE": str(pki.server.key_file),
            "RUPAYA_GATEWAY_UPSTREAM_CA_FILE": str(pki.ca.cert_file),
            "RUPAYA_GATEWAY_CLIENT_CERT_FILE": str(cert),
            "RUPAYA_GATEWAY_CLIENT_KEY_FILE": str(key),
            # The certificate names localhost and 127.0.0.1; dialled by address, checked by name.
            "RUPAYA_GATEWAY_UPSTREAM_SERVER_NAME": "localhost",
        }
    )
    with (tmp / "gateway.log").open("wb") as log:
        gateway = subprocess.Popen(
            [sys.executable, "-m", "gateway", "--upstream", mutual.target, "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=log,
        )
    url = f"https://127.0.0.1:{port}/v1/currencies"
    try:
        _wait_for_https(url, https(pki.ca), gateway)
        yield Standalone(url, cert, key)
    finally:
        gateway.terminate()
        gateway.wait(timeout=15)


def test_standalone_gateway_serves_https_and_calls_upstream_over_mutual_tls(
    pki: Pki, standalone: Standalone
) -> None:
    reply = httpx.get(standalone.url, verify=https(pki.ca), timeout=10)
    assert reply.status_code == 200, reply.text
    assert reply.headers["strict-transport-security"] == HSTS


def test_standalone_gateway_presents_a_renewed_client_certificate_without_restart(
    pki: Pki, standalone: Standalone
) -> None:
    """The gateway's own certificate expires too: it re-reads its files, here first swapped for
    one the server refuses (proof that they are read), then for a renewed one."""
    install(pki.stranger, standalone.cert, standalone.key)
    assert _answer_after_check(standalone.url, pki).status_code == 503  # the server refuses the stranger
    install(pki.ca.issue("gateway-renewed", client=True), standalone.cert, standalone.key)
    assert _answer_after_check(standalone.url, pki).status_code == 200


def _answer_after_check(url: str, pki: Pki) -> httpx.Response:
    time.sleep(1.2)  # past the gateway's once-a-second look at its files
    return httpx.get(url, verify=https(pki.ca), timeout=10)


def _wait_for_https(url: str, verify: ssl.SSLContext, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while True:
        assert process.poll() is None, "the gateway exited"
        try:
            httpx.get(url, verify=verify, timeout=5)
            return
        except httpx.ConnectError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def run_entry(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=ROOT,
        env=gateway_env(env),
        capture_output=True,
        text=True,
        timeout=60,
    )


PRODUCTION = {
    "RUPAYA_ENV": "production",
    "RUPAYA_JWT_PRIVATE_KEY": "pem",  # the configuration check stops before any key is parsed
    "RUPAYA_JWT_KEY_ID": "k1",
    "RUPAYA_DATA_KEY": "A" * 43 + "=",
    "RUPAYA_DATABASE_URL": "postgresql://postgres@127.0.0.1:5432/postgres",
    "RUPAYA_REDIS_URL": "redis://127.0.0.1:6379/0",
    "RUPAYA_SMTP_HOST": "smtp.example.com",
    "RUPAYA_MAIL_FROM": "RUPAYA <no-reply@example.com>",
}


def test_production_refuses_plaintext_grpc_off_loopback() -> None:
    with pytest.raises(ConfigError) as refused:
        load_settings(PRODUCTION | {"RUPAYA_HOST": "0.0.0.0"})
    assert "refuses plaintext gRPC on 0.0.0.0" in str(refused.value)
    assert "RUPAYA_TLS_CERT_FILE" in str(refused.value) and "RUPAYA_ALLOW_PLAINTEXT=true" in str(
        refused.value
    )


def test_production_refuses_plaintext_http_off_loopback() -> None:
    with pytest.raises(ConfigError, match="refuses plaintext HTTP on 0.0.0.0.*RUPAYA_HTTP_TLS_CERT_FILE"):
        load_settings(PRODUCTION | {"RUPAYA_HTTP_ADDR": "0.0.0.0:8443"})


def standalone_refusal(argv: list[str], env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """`python -m gateway` run in this process with `env`: it must exit 2 (the message is on stderr)."""
    for name in [name for name in os.environ if name.startswith("RUPAYA_")]:
        monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SystemExit) as exited:
        gateway_main(argv)
    assert exited.value.code == 2


def test_production_standalone_gateway_refuses_plaintext_off_loopback(
    pki: Pki, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    standalone_refusal(["--host", "0.0.0.0"], {"RUPAYA_ENV": "production"}, monkeypatch)
    assert "refuses plaintext HTTP on 0.0.0.0" in capsys.readouterr().err
    https_listener = {
        "RUPAYA_ENV": "production",
        "RUPAYA_HTTP_TLS_CERT_FILE": str(pki.server.cert_file),
        "RUPAYA_HTTP_TLS_KEY_FILE": str(pki.server.key_file),
    }
    standalone_refusal(["--upstream", "10.1.2.3:50051"], https_listener, monkeypatch)
    refused = capsys.readouterr().err
    assert "refuses plaintext gRPC upstream on 10.1.2.3" in refused
    assert "RUPAYA_GATEWAY_UPSTREAM_CA_FILE" in refused


def test_production_accepts_off_loopback_with_tls_or_when_plaintext_is_allowed(pki: Pki) -> None:
    everywhere = PRODUCTION | {"RUPAYA_HOST": "0.0.0.0", "RUPAYA_HTTP_ADDR": "0.0.0.0:8443"}
    with pytest.raises(ConfigError, match="plaintext gRPC"):
        load_settings(everywhere)
    allowed = load_settings(everywhere | {"RUPAYA_ALLOW_PLAINTEXT": "true"})
    assert allowed.allow_plaintext and allowed.grpc_tls is None
    tls = load_settings(
        everywhere
        | {"RUPAYA_TLS_CERT_FILE": str(pki.server.cert_file), "RUPAYA_TLS_KEY_FILE": str(pki.server.key_file)}
    )
    assert tls.grpc_tls is not None and tls.http_tls == tls.grpc_tls  # HTTP defaults to the gRPC pair
    loopback = load_settings(PRODUCTION)  # 127.0.0.1 is reachable from this machine only
    assert loopback.grpc_tls is None


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"RUPAYA_TLS_CERT_FILE": "server.pem"}, "RUPAYA_TLS_CERT_FILE and RUPAYA_TLS_KEY_FILE go together"),
        ({"RUPAYA_TLS_CLIENT_CA_FILE": "ca.pem"}, "RUPAYA_TLS_CLIENT_CA_FILE needs RUPAYA_TLS_CERT_FILE"),
        ({"RUPAYA_GATEWAY_CLIENT_CERT_FILE": "a", "RUPAYA_GATEWAY_CLIENT_KEY_FILE": "b"}, "need"),
    ],
)
def test_incomplete_tls_settings_are_configuration_errors(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(env)


def test_unreadable_certificate_file_is_a_configuration_error(tmp_path: pathlib.Path) -> None:
    with pytest.raises(ConfigError, match="RUPAYA_TLS_CERT_FILE: cannot read"):
        load_settings(
            {
                "RUPAYA_TLS_CERT_FILE": str(tmp_path / "missing.pem"),
                "RUPAYA_TLS_KEY_FILE": str(tmp_path / "k.pem"),
            }
        )


def test_embedded_gateway_without_a_client_certificate_for_mutual_tls_is_refused(pki: Pki) -> None:
    env = tls_env(pki, pki.server.cert_file, pki.server.key_file, mutual=True)
    del env["RUPAYA_GATEWAY_CLIENT_CERT_FILE"], env["RUPAYA_GATEWAY_CLIENT_KEY_FILE"]
    result = run_entry(["gateway", "serve"], env)
    assert result.returncode == 2 and "RUPAYA_GATEWAY_CLIENT_CERT_FILE" in result.stderr


def test_readme_tls_commands_work_as_written(tmp_path: pathlib.Path) -> None:
    """The TLS block of docs/security.md: its openssl lines make the certificates, the server
    starts with its variables, and its grpcurl and curl lines (pointed at this server's ports) get answers."""
    text = (ROOT / "docs" / "security.md").read_text().split("\n## TLS\n", 1)[1]
    block = text.split("```sh\n", 1)[1].split("```", 1)[0]
    certs, rest = block.split("\n# gRPC and HTTPS", 1)
    made = subprocess.run(["sh", "-eu", "-c", certs], cwd=tmp_path, capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    run_line = rest.split("make run", 1)[0]
    env = {name: str(tmp_path / value) for name, value in re.findall(r"(RUPAYA_\w+)=(\S+)", run_line)}
    assert len(env) == 6, env
    client = Issued(
        pathlib.Path(env["RUPAYA_GATEWAY_CLIENT_CERT_FILE"]),
        pathlib.Path(env["RUPAYA_GATEWAY_CLIENT_KEY_FILE"]),
        0,
    )
    ca = pathlib.Path(env["RUPAYA_TLS_CLIENT_CA_FILE"]).read_bytes()
    credentials = grpc.ssl_channel_credentials(
        ca, private_key=client.key_file.read_bytes(), certificate_chain=client.cert_file.read_bytes()
    )
    server = start_server(Backend.embedded(tmp_path), tmp_path, extra_env=env, credentials=credentials)
    try:
        commands = [line for line in rest.splitlines() if line.startswith((".venv/bin/grpcurl", "curl"))]
        assert len(commands) == 2
        script = "\n".join(commands)
        script = script.replace(".venv/bin/grpcurl", str(pathlib.Path(sys.executable).parent / "grpcurl"))
        script = script.replace("127.0.0.1:50051", server.target)
        script = script.replace("127.0.0.1:8080", f"127.0.0.1:{server.http_port}")
        ran = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", script],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert ran.returncode == 0, ran.stdout + ran.stderr
        assert "rupaya.v1.AccountService" in ran.stdout
        assert f"strict-transport-security: {HSTS}" in ran.stdout
    finally:
        server.stop()
