"""The Android clients from `make gen` work against the real server: gen/java (blocking stubs) and
gen/kotlin (coroutine stubs) compiled with the runtime they are tested with (Debian's grpc-java
1.41, protobuf-java 3.21, kotlinc 2.4 + kotlinx-coroutines), each driving a small program over a
real channel; the test reads what it prints, the database and the server's access log."""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
import pathlib
import shutil
import subprocess
import time
import types
from collections.abc import Iterator
from concurrent import futures
from typing import Any

import grpc
import pytest
from grpc_tools import protoc as grpc_protoc

from tests import android_build as build
from tests.ledger import GROCERIES
from tests.ops import eventually, json_lines
from tests.servers import ServerProcess

ROOT = pathlib.Path(__file__).resolve().parent.parent
GEN = ROOT / "gen"
PROGRAMS = pathlib.Path(__file__).resolve().parent / "clients"


@dataclasses.dataclass
class Program:
    classpath: str
    main: str

    def run(self, server: ServerProcess) -> dict[str, list[str]]:
        """Runs against `server`; its lines grouped by their first word."""
        command = ["java", "-cp", self.classpath, self.main, server.target, GROCERIES]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
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
    classpath = build.compile_classpath(java_classes)
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

    def server_line() -> list[dict[str, object]]:
        return [line for line in json_lines(server.log()) if line.get("request_id") == cancel["request_id"]]

    eventually(lambda: bool(server_line()), what="access line of the cancelled call")
    [line] = server_line()
    assert line["method"] == "/rupaya.v1.AuthService/SignIn" and line["code"] == "CANCELLED"
    assert out["done"] == [""]


def test_kotlin_coroutine_client_runs_the_journey_against_the_server(
    kotlin_program: Program, server: ServerProcess
) -> None:
    assert_the_client_journey(server, kotlin_program.run(server))


def test_java_blocking_client_runs_the_journey_against_the_server(
    java_program: Program, server: ServerProcess
) -> None:
    assert_the_client_journey(server, java_program.run(server))


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


@dataclasses.dataclass
class TickServer:
    """A Python server of the throwaway TickService; `ended` records how each stream finished."""

    port: int
    ended: list[dict[str, int | bool]] = dataclasses.field(default_factory=list)


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
def tick_server(tick_program: tuple[Program, types.ModuleType]) -> Iterator[TickServer]:
    pb2 = tick_program[1]
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    port = server.add_insecure_port("127.0.0.1:0")
    state = TickServer(port)

    def ticks(request: Any, context: grpc.ServicerContext) -> Iterator[Any]:
        sent = 0
        try:
            while sent < request.count and context.is_active():
                if request.fail_after and sent == request.fail_after:
                    context.abort(grpc.StatusCode.FAILED_PRECONDITION, "the stream failed on purpose")
                yield pb2.Tick(n=sent)
                sent += 1
                time.sleep(request.interval_ms / 1000)
        finally:
            state.ended.append({"count": request.count, "sent": sent, "active": context.is_active()})

    handler = grpc.unary_stream_rpc_method_handler(
        ticks, pb2.TicksRequest.FromString, pb2.Tick.SerializeToString
    )
    server.add_generic_rpc_handlers(
        [grpc.method_handlers_generic_handler("ticks.v1.TickService", {"Ticks": handler})]
    )
    server.start()
    try:
        yield state
    finally:
        server.stop(0)


def test_kotlin_server_streaming_flow_collects_and_cancels_the_stream(
    tick_program: tuple[Program, types.ModuleType], tick_server: TickServer
) -> None:
    program = tick_program[0]
    command = ["java", "-cp", program.classpath, program.main, f"127.0.0.1:{tick_server.port}"]
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout.splitlines()
    assert out[0] == "whole [0, 1, 2]"
    assert out[1] == "taken [0, 1, 2]"
    assert out[2].startswith("cancelled after=")
    assert out[3:] == ["before_failure 0", "before_failure 1", "failed code=FAILED_PRECONDITION", "done"]
    # Both 100,000-tick streams (20 ms apart: over half an hour) ended on the server within the
    # program's run, cancelled by the client, after a handful of ticks.
    assert time.monotonic() - started < 60
    stopped = [end for end in tick_server.ended if end["count"] == 100_000]
    assert len(stopped) == 2
    assert all(not end["active"] and int(end["sent"]) < 50 for end in stopped)
