"""The Android clients from `make gen` work against the real server: gen/java (blocking stubs) and
gen/kotlin (coroutine stubs) compiled with the runtime they are tested with (Debian's grpc-java
1.41, protobuf-java 3.21, kotlinc 2.4 + kotlinx-coroutines), each driving a small program over a
real TLS channel (a throwaway CA the programs trust); the test reads what it prints, the database
and the server's access log."""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
import pathlib
import shutil
import subprocess
import types
import uuid
from collections.abc import Iterator
from concurrent import futures
from typing import Any

import grpc
import pytest
from grpc_tools import protoc as grpc_protoc

from tests import android_build as build
from tests.bulk_seed import seed_expenses
from tests.ledger import GROCERIES, open_account
from tests.ops import eventually, json_lines
from tests.servers import Client, ServerProcess, TlsServer
from tests.throwaway_ca import ThrowawayCa

ROOT = pathlib.Path(__file__).resolve().parent.parent
GEN = ROOT / "gen"
PROGRAMS = pathlib.Path(__file__).resolve().parent / "clients"
# Rows of the export the Kotlin program stops early: ~12 MB of CSV, far beyond what the
# transport buffers before the client's cancel arrives.
BIG_EXPORT_ROWS = 50_000
EXPORT_METHOD = "/rupaya.v1.TransactionService/ExportTransactions"


@dataclasses.dataclass
class AndroidServer:
    server: ServerProcess
    ca_file: pathlib.Path
    big_export_email: str  # a user with BIG_EXPORT_ROWS transactions


@pytest.fixture(scope="module")
def android_server(tls_server: TlsServer) -> AndroidServer:
    """The session's TLS server (a throwaway CA's certificate, SAN 127.0.0.1 and localhost) with
    a user whose export is too long to finish before the programs cancel it."""
    email = f"big-export-{uuid.uuid4().hex[:12]}@example.com"
    trust = grpc.ssl_channel_credentials(tls_server.ca_file.read_bytes())
    with grpc.secure_channel(tls_server.server.target, trust) as channel:
        client = Client(channel).sign_up(email)
        seed_expenses(tls_server.server.backend, open_account(client, 10**13).id, BIG_EXPORT_ROWS)
    return AndroidServer(tls_server.server, tls_server.ca_file, email)


@dataclasses.dataclass
class Program:
    classpath: str
    main: str

    def execute(self, tls: AndroidServer, trusted_ca: pathlib.Path) -> subprocess.CompletedProcess[str]:
        args = [tls.server.target, str(trusted_ca), GROCERIES, tls.big_export_email]
        command = [*build.tools.java_command(self.classpath, self.main), *args]
        env = build.tools.protoc_env()
        return subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)

    def run(self, tls: AndroidServer) -> dict[str, list[str]]:
        """Runs against the TLS server trusting its CA; its lines grouped by their first word."""
        done = self.execute(tls, tls.ca_file)
        assert done.returncode == 0, f"{self.main} failed:\n{done.stdout}\n{done.stderr}"
        lines: dict[str, list[str]] = {}
        for line in done.stdout.splitlines():
            word, _, rest = line.partition(" ")
            lines.setdefault(word, []).append(rest)
        return lines


@pytest.fixture(scope="module")
def toolchain() -> None:
    build.toolchain()


@pytest.fixture(scope="module")
def java_classes(toolchain: None) -> pathlib.Path:
    return build.compile_cached("gen-java", build.sources(GEN / "java", ".java"), build.compile_classpath())


@pytest.fixture(scope="module")
def kotlin_program(java_classes: pathlib.Path) -> Program:
    # One kotlinc run for the stubs and the program: each run starts a compiler JVM (~10 s).
    files = [*build.sources(GEN / "kotlin", ".kt"), PROGRAMS / "kotlin" / "Main.kt"]
    classes = build.compile_cached("kotlin", files, build.compile_classpath(java_classes))
    return Program(build.run_classpath(classes, java_classes), "rupaya.example.MainKt")


@pytest.fixture(scope="module")
def java_program(java_classes: pathlib.Path) -> Program:
    classpath = [*build.compile_classpath(java_classes), *build.transport_jars()]  # it uses Netty's TLS API
    main = build.compile_cached("java-main", [PROGRAMS / "java" / "Main.java"], classpath)
    return Program(build.run_classpath(main, java_classes), "rupaya.example.Main")


def fields(rest: str) -> dict[str, str]:
    return dict(pair.split("=", 1) for pair in rest.split(" ") if "=" in pair)


def assert_the_client_journey(server: ServerProcess, out: dict[str, list[str]]) -> None:
    backend = server.backend
    user = fields(out["signed_up"][0])["user"]
    account = fields(out["account"][0])
    assert account["balance"] == "10000"
    expense = fields(out["expense"][0])
    assert expense["id"] == expense["retry_id"]  # the retry with the same request_id got the first
    assert backend.count_id("transactions", "account_id", account["id"]) == 5  # 1 + 4, not 6
    assert fields(out["listed"][0]) == {"transactions": "5", "pages": "3"}  # page_size 2
    assert fields(out["balance"][0]) == {"minor": str(10_000 - 1_250 - 4 * 100), "currency": "INR"}

    invalid, *violations = out["invalid"]
    assert fields(invalid) == {"code": "INVALID_ARGUMENT", "reason": "VALIDATION_FAILED"}
    assert {fields(v)["field"] for v in violations} == {"name", "currency_code"}
    assert backend.count_id("accounts", "user_id", user) == 1  # the refused account changed nothing
    assert fields(out["missing"][0]) == {"code": "NOT_FOUND", "reason": "ACCOUNT_NOT_FOUND"}
    assert fields(out["deadline"][0]) == {"code": "DEADLINE_EXCEEDED"}

    cancel = fields(out["cancel"][0])
    assert cancel["outcome"] == "cancelled"
    assert access_line(server, cancel["request_id"]) == ("/rupaya.v1.AuthService/SignIn", "CANCELLED")

    # The account's export, streamed to the end: its five rows, amounts exact in major units.
    exported = [fields(line) for line in out["exported"]]
    assert sorted(row["amount"] for row in exported) == ["1.00", "1.00", "1.00", "1.00", "12.50"]
    assert {(row["currency"], row["kind"]) for row in exported} == {("INR", "expense")}
    assert out["done"] == [""]


def access_line(server: ServerProcess, request_id: str) -> tuple[object, object]:
    """(method, code) of the server's access line for the call tagged `request_id`."""

    def lines() -> list[dict[str, object]]:
        return [line for line in json_lines(server.log()) if line.get("request_id") == request_id]

    eventually(lambda: bool(lines()), what=f"access line of {request_id}")
    [line] = lines()
    return line["method"], line["code"]


def test_kotlin_coroutine_client_runs_the_journey_against_the_server(
    kotlin_program: Program, android_server: AndroidServer
) -> None:
    out = kotlin_program.run(android_server)
    assert_the_client_journey(android_server.server, out)
    # The big export's Flow stopped by take(2), then by cancelling the collecting job: the
    # server ended each call CANCELLED, not OK after its 50,000 rows.
    taken = fields(out["export_taken"][0])
    assert taken["chunks"] == "2" and 0 < int(taken["lines"]) < BIG_EXPORT_ROWS
    cancelled = fields(out["export_cancelled"][0])
    assert int(cancelled["after_chunks"]) >= 2
    for request_id in (taken["request_id"], cancelled["request_id"]):
        assert access_line(android_server.server, request_id) == (EXPORT_METHOD, "CANCELLED")


def test_java_blocking_client_runs_the_journey_against_the_server(
    java_program: Program, android_server: AndroidServer
) -> None:
    assert_the_client_journey(android_server.server, java_program.run(android_server))


@pytest.mark.parametrize("language", ["kotlin", "java"])
def test_a_client_trusting_another_ca_refuses_the_server(
    language: str, android_server: AndroidServer, request: pytest.FixtureRequest, tmp_path: pathlib.Path
) -> None:
    """The programs trust only the CA they are given: the server's certificate from another CA
    fails the handshake before the first call (sign-up) is sent."""
    program: Program = request.getfixturevalue(f"{language}_program")
    stranger = ThrowawayCa(tmp_path / "other", "Somebody else's CA")
    users = android_server.server.backend.count("users")
    done = program.execute(android_server, stranger.cert_file)
    assert done.returncode != 0 and "signed_up" not in done.stdout
    assert "UNAVAILABLE" in done.stderr and "PKIX path" in done.stderr, done.stderr
    assert android_server.server.backend.count("users") == users


def test_java_lite_flavour_compiles(toolchain: None) -> None:
    """The contract's classes and stubs in gen/java-lite compile (javac pulls in what they use).
    com.buf.validate.FieldPathElement needs protobuf-javalite's lite descriptor classes, which an
    Android app has and Debian does not ship, so it is not compiled here."""
    lite = GEN / "java-lite"
    files = build.sources(lite / "com" / "rupaya", ".java") + build.sources(lite / "com" / "google", ".java")
    out = build.compile_cached("gen-java-lite", files, build.compile_classpath(), sourcepath=lite)
    assert (out / "com" / "rupaya" / "api" / "v1" / "AccountServiceGrpc.class").exists()
    assert (out / "com" / "rupaya" / "api" / "v1" / "Account.class").exists()
    assert "GeneratedMessageLite" in (lite / "com" / "rupaya" / "api" / "v1" / "Account.java").read_text()


STREAM_DEMO = build.tools.TOOLS / "stream-demo"


def _load_ticks_pb2(proto_root: pathlib.Path) -> types.ModuleType:
    out = STREAM_DEMO / "python"
    out.mkdir(parents=True, exist_ok=True)
    args = ["protoc", f"-I{proto_root}", f"--python_out={out}", "rupaya/v1/ticks.proto"]
    assert grpc_protoc.main(args) == 0
    spec = importlib.util.spec_from_file_location("ticks_pb2", out / "rupaya" / "v1" / "ticks_pb2.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tick_program(toolchain: None) -> tuple[Program, types.ModuleType]:
    """gen-style Java + Kotlin for tests/clients/kotlin-stream/ticks.proto, and the Ticks program."""
    protogen = importlib.import_module("protogen")  # scripts/ is on sys.path (tests/android_build.py)
    proto_root = STREAM_DEMO / "proto"
    shutil.rmtree(STREAM_DEMO, ignore_errors=True)
    (proto_root / "rupaya" / "v1").mkdir(parents=True)  # where protogen looks for contract files
    shutil.copy(PROGRAMS / "kotlin-stream" / "ticks.proto", proto_root / "rupaya" / "v1" / "ticks.proto")
    protogen.generate_java(STREAM_DEMO / "java", proto_root=proto_root, imports=[])
    protogen.generate_kotlin(STREAM_DEMO / "kotlin", proto_root=proto_root)
    java = build.compile_cached(
        "ticks-java", build.sources(STREAM_DEMO / "java", ".java"), build.compile_classpath()
    )
    kotlin = [*build.sources(STREAM_DEMO / "kotlin", ".kt"), PROGRAMS / "kotlin-stream" / "Ticks.kt"]
    classes = build.compile_cached("ticks-kotlin", kotlin, build.compile_classpath(java))
    return Program(build.run_classpath(classes, java), "rupaya.example.TicksKt"), _load_ticks_pb2(proto_root)


@pytest.fixture
def tick_server(tick_program: tuple[Program, types.ModuleType]) -> Iterator[int]:
    """A Python server of the throwaway TickService; yields its port."""
    pb2 = tick_program[1]
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    port = server.add_insecure_port("127.0.0.1:0")

    def ticks(request: Any, context: grpc.ServicerContext) -> Iterator[Any]:
        for n in range(request.count):
            if request.fail_after and n == request.fail_after:
                context.abort(grpc.StatusCode.FAILED_PRECONDITION, "the stream failed on purpose")
            yield pb2.Tick(n=n)

    handler = grpc.unary_stream_rpc_method_handler(
        ticks, pb2.TicksRequest.FromString, pb2.Tick.SerializeToString
    )
    server.add_generic_rpc_handlers(
        [grpc.method_handlers_generic_handler("ticks.v1.TickService", {"Ticks": handler})]
    )
    server.start()
    try:
        yield port
    finally:
        server.stop(0)


def test_kotlin_flow_of_a_stream_that_fails_mid_way_raises_its_status(
    tick_program: tuple[Program, types.ModuleType], tick_server: int
) -> None:
    program = tick_program[0]
    command = ["java", "-cp", program.classpath, program.main, f"127.0.0.1:{tick_server}"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines() == [
        "before_failure 0",
        "before_failure 1",
        "failed code=FAILED_PRECONDITION message=the stream failed on purpose",
        "done",
    ]
