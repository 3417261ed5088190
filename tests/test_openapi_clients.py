"""The HTTP/JSON clients `make gen` writes from the gateway's OpenAPI 3.0.3 document.

gen/swift (iOS) cannot be compiled here (no Swift toolchain in these registries): a fresh
generation is parsed file by file with the tree-sitter Swift grammar, and every HTTP operation
must have its async method. Its sibling gen/typescript-fetch (same document, same options) is
compiled with tsc and run on Node against the live gateway, directly and through a proxy that
plays a newer server: it adds a field and sends enum values this client was generated without.
"""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
import tree_sitter_swift
from tree_sitter import Language, Node, Parser

from gateway import openapi
from tests.ledger import GROCERIES
from tests.servers import ROOT, ServerProcess, TlsServer

IN_CI = os.environ.get("CI", "").lower() == "true"
PROGRAM = ROOT / "tests" / "clients" / "typescript-fetch"
SWIFT = Parser(Language(tree_sitter_swift.language()))


def require_java() -> None:
    if shutil.which("java") is None:
        if IN_CI:
            pytest.fail("CI=true requires Java for OpenAPI Generator")
        pytest.skip("no Java: OpenAPI Generator cannot run")


@pytest.fixture(scope="module")
def swift_sources(tmp_path_factory: pytest.TempPathFactory) -> list[pathlib.Path]:
    """gen/swift as `make gen` writes it now (the drift check keeps the committed copy equal)."""
    require_java()
    out = tmp_path_factory.mktemp("swift") / "swift"
    subprocess.run([sys.executable, "scripts/openapi_clients.py", "swift", str(out)], check=True, cwd=ROOT)
    return sorted(out.rglob("*.swift"))


def empty_tuple_gap(node: Node, source: bytes) -> bool:
    """tree-sitter-swift 0.7.4 cannot parse the empty tuple expression `()` (valid Swift, e.g. the
    runtime's `() as! T`): it reports a MISSING `!` on it. Only that exact finding is excused."""
    return node.is_missing and node.type == "!" and source[node.start_byte - 1 : node.start_byte + 1] == b"()"


def syntax_errors(source: bytes) -> list[str]:
    """Every ERROR or MISSING node but the empty-tuple gap, as `line:column kind`."""
    found: list[str] = []

    def walk(node: Node) -> None:
        if (node.is_error or node.is_missing) and not empty_tuple_gap(node, source):
            row, column = node.start_point
            found.append(f"{row + 1}:{column + 1} {'MISSING' if node.is_missing else 'ERROR'} {node.type}")
        for child in node.children:
            walk(child)

    walk(SWIFT.parse(source).root_node)
    return found


def test_the_empty_tuple_gap_is_the_grammars_and_excused_narrowly() -> None:
    assert SWIFT.parse(b"let a = ()\n").root_node.has_error  # the grammar's gap, not the generator's
    assert syntax_errors(b"let a = ()\nlet b = () as! Int\n") == []
    assert syntax_errors(b"let a = ()\nlet b = (\n") != []  # anything else is still refused


def test_every_generated_swift_file_parses(swift_sources: list[pathlib.Path]) -> None:
    assert len(swift_sources) > 100  # models, the nine service APIs, the URLSession runtime
    assert any(p.name == "Package.swift" for p in swift_sources)
    broken = {p.name: errors for p in swift_sources if (errors := syntax_errors(p.read_bytes()))}
    assert broken == {}


def test_the_parse_check_refuses_broken_swift(swift_sources: list[pathlib.Path]) -> None:
    api = next(p for p in swift_sources if p.name == "AccountServiceAPI.swift")
    source = api.read_bytes()
    assert syntax_errors(source) == []
    cut = source.rindex(b"}")  # the class's closing brace
    assert syntax_errors(source[:cut] + source[cut + 1 :])
    assert syntax_errors(source.replace(b"async throws", b"async throws throws", 1))


def swift_methods(sources: list[pathlib.Path]) -> dict[str, str]:
    """Function name -> its declaration up to the body, for every function in the service APIs."""
    methods: dict[str, str] = {}
    for path in sources:
        if path.parent.name != "APIs":
            continue
        source = path.read_bytes()

        def walk(node: Node, source: bytes = source) -> None:
            if node.type == "function_declaration":
                name = node.child_by_field_name("name")
                body = node.child_by_field_name("body")
                assert name is not None and body is not None
                methods[source[name.start_byte : name.end_byte].decode()] = source[
                    node.start_byte : body.start_byte
                ].decode()
            for child in node.children:
                walk(child)

        walk(SWIFT.parse(source).root_node)
    return methods


def test_every_http_operation_has_an_async_swift_method(swift_sources: list[pathlib.Path]) -> None:
    document = openapi.downgrade(openapi.build())
    operations = [
        op["operationId"]
        for item in document["paths"].values()
        for method, op in item.items()
        if method in {"get", "post", "put", "patch", "delete"}
    ]
    assert len(operations) == len(set(operations)) > 40
    methods = swift_methods(swift_sources)
    for operation in operations:
        name = operation[0].lower() + operation[1:]  # SignUp -> signUp
        assert name in methods, f"no Swift method for {operation}"
        assert "async throws" in methods[name], methods[name]  # responseAs=AsyncAwait
    # A Swift method per operation and its request builder, nothing invented beside them.
    assert set(methods) == {
        n for op in operations for n in (op[0].lower() + op[1:],) for n in (n, f"{n}WithRequestBuilder")
    }


@pytest.fixture(scope="module")
def typescript_program() -> pathlib.Path:
    """main.ts and the gen/typescript-fetch code it imports, compiled (type-checked) by tsc."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        if IN_CI:
            pytest.fail("CI=true requires Node and npm for the typescript-fetch client")
        pytest.skip("no Node/npm")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import web_tools  # the one pinned npm toolchain (gen/typescript's too)
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    web_tools.ensure()
    tsc = web_tools.TSC
    out = web_tools.TOOLS / "out-typescript-fetch"
    shutil.rmtree(out, ignore_errors=True)
    done = subprocess.run(
        ["node", str(tsc), "-p", str(PROGRAM), "--outDir", str(out)], capture_output=True, text=True
    )
    assert done.returncode == 0, f"tsc refused the client:\n{done.stdout}\n{done.stderr}"
    return out / "tests" / "clients" / "typescript-fetch" / "main.js"


def run(program: pathlib.Path, base_url: str, env: dict[str, str] | None = None) -> dict[str, list[str]]:
    done = subprocess.run(
        ["node", str(program), base_url, GROCERIES], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, f"the typescript-fetch program failed:\n{done.stdout}\n{done.stderr}"
    lines: dict[str, list[str]] = {}
    for line in done.stdout.splitlines():
        word, _, rest = line.partition(" ")
        lines.setdefault(word, []).append(rest)
    return lines


def test_typescript_fetch_client_against_the_gateway(
    typescript_program: pathlib.Path, tls_server: TlsServer
) -> None:
    # Over HTTPS, Node trusting the test CA as a browser or app trusts a real one.
    out = run(typescript_program, tls_server.https_url, tls_server.node_env())
    assert len(out["signed-up"]) == 1 and out["signed-up"][0] != "undefined"
    account_id, opening = out["account"][0].split()
    assert opening == "1500.00"
    assert out["account-type"] == ["known ACCOUNT_TYPE_CHECKING"]
    expense_id, amount = out["expense"][0].split()
    assert amount == "42.50"
    assert out["listed"] == [f"{expense_id} Corner shop known TRANSACTION_KIND_EXPENSE"]
    assert out["balance"] == ["1457.50"]  # exact decimal text end to end, never a float
    assert out["not-found"] == ["404 ACCOUNT_NOT_FOUND -"]
    assert out["invalid"] == ["400 VALIDATION_FAILED occurred_on"]  # month 13: a BadRequest field violation
    assert account_id != expense_id


# What the proxy plays a newer server with: a field and two enum values this client does not know.
FUTURE_FIELD = "fieldFromTheFuture"
FUTURE_VALUES = {
    "ACCOUNT_TYPE_CHECKING": "ACCOUNT_TYPE_CRYPTO_WALLET",
    "TRANSACTION_KIND_EXPENSE": "TRANSACTION_KIND_SUBSCRIPTION",
}


def from_the_future(value: Any) -> Any:
    if isinstance(value, dict):
        return {FUTURE_FIELD: {"added": "v1.9", "list": [1, 2]}} | {
            key: from_the_future(item) for key, item in value.items()
        }
    if isinstance(value, list):
        return [from_the_future(item) for item in value]
    return FUTURE_VALUES.get(value, value) if isinstance(value, str) else value


class NewerServer:
    """An HTTP proxy in front of the gateway that rewrites every JSON reply with from_the_future."""

    def __init__(self, upstream: str) -> None:
        self.rewritten = 0
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                headers = {
                    k: v for k, v in self.headers.items() if k.lower() not in {"host", "content-length"}
                }
                with httpx.Client(base_url=upstream, timeout=30) as client:
                    reply = client.request(self.command, self.path, content=body, headers=headers)
                content = reply.content
                if reply.headers.get("content-type", "").startswith("application/json"):
                    content = json.dumps(from_the_future(reply.json())).encode()
                    proxy.rewritten += 1
                self.send_response(reply.status_code)
                for key, value in reply.headers.items():
                    if key.lower() not in {
                        "content-length",
                        "transfer-encoding",
                        "connection",
                        "content-encoding",
                    }:
                        self.send_header(key, value)
                self.send_header("content-length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_POST = do_PATCH = do_DELETE = forward

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}"


@pytest.fixture
def newer_server(server: ServerProcess) -> Iterator[NewerServer]:
    proxy = NewerServer(server.http_url)
    thread = threading.Thread(target=proxy.http.serve_forever, daemon=True)
    thread.start()
    try:
        yield proxy
    finally:
        proxy.http.shutdown()
        proxy.http.server_close()


def test_typescript_fetch_client_survives_a_newer_server(
    typescript_program: pathlib.Path, newer_server: NewerServer
) -> None:
    out = run(typescript_program, newer_server.url)
    # Unknown enum values come through as they were sent (the generated enums are open string
    # unions at run time), recognisably not one of the known cases; the extra field is ignored.
    assert out["account-type"] == ["unknown ACCOUNT_TYPE_CRYPTO_WALLET"]
    (listed,) = out["listed"]
    assert listed.endswith("Corner shop unknown TRANSACTION_KIND_SUBSCRIPTION")
    assert out["balance"] == ["1457.50"]
    assert out["not-found"] == ["404 ACCOUNT_NOT_FOUND -"]
    assert out["invalid"] == ["400 VALIDATION_FAILED occurred_on"]
    assert newer_server.rewritten >= 7  # every reply the program read went through the rewrite


def test_the_newer_server_really_sends_what_the_client_does_not_know(newer_server: NewerServer) -> None:
    reply = httpx.get(f"{newer_server.url}/v1/accounts/{GROCERIES}")  # unauthenticated: an error body
    body = reply.json()
    assert reply.status_code == 401 and FUTURE_FIELD in body
    assert from_the_future({"type": "ACCOUNT_TYPE_CHECKING"})["type"] == "ACCOUNT_TYPE_CRYPTO_WALLET"


# Stands in for protoc-gen-swift / protoc-gen-grpc-swift-2 (no Swift toolchain here): a protoc
# plugin that records what buf hands it, so the one-command Mac path is exercised up to the plugins.
RECORDING_PLUGIN = """#!{python}
import sys
from google.protobuf.compiler import plugin_pb2
request = plugin_pb2.CodeGeneratorRequest.FromString(sys.stdin.buffer.read())
reply = plugin_pb2.CodeGeneratorResponse(supported_features=1)
# buf calls a plugin once per proto directory: one record per call.
first = request.file_to_generate[0].replace("/", "_")
reply.file.add(name=f"{name}.{{first}}.txt", content="\\n".join([request.parameter, *request.file_to_generate]))
sys.stdout.buffer.write(reply.SerializeToString())
"""


def test_make_gen_swift_grpc_hands_the_contract_to_both_swift_plugins(tmp_path: pathlib.Path) -> None:
    for name in ("protoc-gen-swift", "protoc-gen-grpc-swift-2"):
        plugin = tmp_path / name
        plugin.write_text(RECORDING_PLUGIN.format(python=sys.executable, name=name))
        plugin.chmod(0o755)
    env = {**os.environ, "PATH": f"{tmp_path}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(["make", "-s", "gen-swift-grpc"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    out = ROOT / "build" / "swift-grpc"

    def record(plugin: str) -> tuple[set[str], set[str]]:
        """The options and the files the plugin was asked for, over all its calls."""
        calls = [p.read_text().splitlines() for p in out.glob(f"{plugin}.*.txt")]
        return {c[0] for c in calls}, {f for c in calls for f in c[1:]}

    message_opts, messages = record("protoc-gen-swift")
    stub_opts, stubs = record("protoc-gen-grpc-swift-2")
    assert message_opts == {"Visibility=Public,FileNaming=PathToUnderscores"}
    assert stub_opts == {"Visibility=Public,Client=true,Server=false,FileNaming=PathToUnderscores"}
    contract = {f"rupaya/v1/{p.name}" for p in (ROOT / "proto" / "rupaya" / "v1").glob("*.proto")}
    assert stubs == contract  # every contract file, nothing imported
    assert contract < messages  # messages also for what the contract imports
    assert "google/type/date.proto" in messages and "buf/validate/validate.proto" in messages
    assert not any(name.startswith("google/protobuf/") for name in messages)  # SwiftProtobuf ships those
