"""The web client code from `make gen` works: gen/typescript (protobuf-es) passes `tsc --noEmit`,
and the client guide's TypeScript program (tests/clients/typescript/journey.ts), type-checked
against it and run with Node, talks to a live gateway on both backends; the test reads what it
prints and the database."""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import subprocess
import sys

import pytest

from tests.ledger import GROCERIES
from tests.servers import TlsServer

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT / "scripts"))  # appended: never shadows an installed module
import web_tools as tools  # noqa: E402  (scripts/ is not a package)

IN_CI = os.environ.get("CI", "").lower() == "true"
PROGRAM = pathlib.Path("tests") / "clients" / "typescript"
COMPILER_OPTIONS = {
    "strict": True,
    "target": "es2022",
    "module": "nodenext",
    "moduleResolution": "nodenext",
    "rootDir": ".",
    "outDir": "out",
}


@pytest.fixture(scope="module")
def toolchain() -> None:
    """Installs the tools (cached); without them the tests skip, except under CI=true."""
    try:
        tools.ensure()
    except (OSError, subprocess.CalledProcessError, SystemExit) as error:
        if IN_CI:
            pytest.fail(f"CI=true requires the web toolchain (node, npm packages): {error}")
        pytest.skip(f"web toolchain not installable here: {error}")


def project(folder: pathlib.Path, sources: list[pathlib.Path], types: list[str], emit: bool) -> pathlib.Path:
    """A web-app-shaped copy inside build/web: the committed sources under their repository paths,
    so the packages resolve from build/web/node_modules, and ES modules (for top-level await)."""
    shutil.rmtree(folder, ignore_errors=True)
    for source in sources:
        shutil.copytree(ROOT / source, folder / source)
    (folder / "package.json").write_text(json.dumps({"type": "module"}))
    options = {**COMPILER_OPTIONS, "types": types, "noEmit": not emit}
    include = [f"{source.as_posix()}/**/*.ts" for source in sources]
    config = folder / "tsconfig.json"
    config.write_text(json.dumps({"compilerOptions": options, "include": include}))
    return config


def tsc(config: pathlib.Path) -> None:
    done = subprocess.run([str(tools.TSC), "-p", str(config)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"tsc failed:\n{done.stdout}\n{done.stderr}"


def test_gen_typescript_passes_tsc_no_emit(toolchain: None) -> None:
    config = project(tools.TOOLS / "check-gen", [pathlib.Path("gen/typescript")], types=[], emit=False)
    tsc(config)


def test_tsc_refuses_a_program_that_misuses_the_generated_types(toolchain: None) -> None:
    """The check can fail: a wrong field type in a generated message is a compile error."""
    folder = tools.TOOLS / "check-wrong"
    config = project(folder, [pathlib.Path("gen/typescript")], types=[], emit=False)
    (folder / "gen" / "typescript" / "wrong.ts").write_text(
        'import { create } from "@bufbuild/protobuf";\n'
        'import { MoneySchema } from "./rupaya/v1/common_pb.js";\n'
        "create(MoneySchema, { amountMinor: 12.5 });  // int64 is a bigint, never a float\n"
    )
    # Only this file and what it imports, so the check costs a fraction of the whole tree's.
    config.write_text(json.dumps({**json.loads(config.read_text()), "include": ["gen/typescript/wrong.ts"]}))
    done = subprocess.run([str(tools.TSC), "-p", str(config)], capture_output=True, text=True, timeout=300)
    assert done.returncode != 0 and "wrong.ts" in done.stdout and "bigint" in done.stdout, done.stdout


@pytest.fixture(scope="module")
def journey(toolchain: None) -> pathlib.Path:
    folder = tools.TOOLS / "journey"
    tsc(project(folder, [pathlib.Path("gen/typescript"), PROGRAM], types=["node"], emit=True))
    return folder / "out" / PROGRAM / "journey.js"


def run(journey: pathlib.Path, secure: TlsServer) -> dict[str, list[dict[str, str]]]:
    """Runs the program against the gateway over HTTPS (Node trusting the test CA, as a browser
    trusts a real one); its lines grouped by their first word."""
    done = subprocess.run(
        ["node", str(journey), secure.https_url, GROCERIES],
        capture_output=True,
        text=True,
        timeout=120,
        env=secure.node_env(),
    )
    assert done.returncode == 0, f"journey.js failed:\n{done.stdout}\n{done.stderr}"
    lines: dict[str, list[dict[str, str]]] = {}
    for line in done.stdout.splitlines():
        word, _, rest = line.partition(" ")
        lines.setdefault(word, []).append(dict(p.split("=", 1) for p in rest.split(" ") if "=" in p))
    return lines


def test_the_web_client_journey_against_the_live_gateway(
    journey: pathlib.Path, tls_server: TlsServer
) -> None:
    server = tls_server.server
    out = run(journey, tls_server)
    account = out["account"][0]
    assert account["balance"] == "10000"
    expense = out["expense"][0]
    assert expense["id"] == expense["retry_id"]  # the retry with the same request_id is the first reply
    assert server.backend.count_id("transactions", "account_id", account["id"]) == 5  # booked once
    assert out["listed"] == [{"transactions": "5", "pages": "3"}]
    assert out["balance"] == [{"minor": str(10_000 - 1_250 - 4 * 100), "currency": "INR"}]
    invalid, *violations = out["invalid"]
    assert (invalid["http"], invalid["code"], invalid["reason"]) == ("400", "3", "VALIDATION_FAILED")
    assert {v["field"] for v in violations} >= {"name", "currency_code"}
    assert out["missing"] == [{"http": "404", "code": "5", "reason": "ACCOUNT_NOT_FOUND"}]
    assert out["refreshed"] == [{"new_refresh": "true"}]
    assert out["reuse"] == [{"http": "401", "reason": "REFRESH_TOKEN_INVALID"}]
    assert "done" in out
