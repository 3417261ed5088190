"""The Android clients from `make gen` work against the real server: gen/java (blocking stubs) and
gen/kotlin (coroutine stubs) compiled with the runtime they are tested with (Debian's grpc-java
1.41, protobuf-java 3.21, kotlinc 2.4 + kotlinx-coroutines), each driving a small program over a
real channel; the test reads what it prints, the database and the server's access log."""

from __future__ import annotations

import dataclasses
import pathlib
import subprocess

import pytest

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
    stubs = build.compile_cached(
        "gen-kotlin", build.sources(GEN / "kotlin", ".kt"), build.compile_classpath(java_classes)
    )
    classpath = build.compile_classpath(stubs, java_classes)
    main = build.compile_cached("kotlin-main", [PROGRAMS / "kotlin" / "Main.kt"], classpath)
    return Program(build.run_classpath(main, stubs, java_classes), "rupaya.example.MainKt")


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
