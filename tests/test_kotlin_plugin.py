"""The Kotlin coroutine-stub plugin's naming rules, run through protoc on throwaway protos (no
Java needed; tests/test_android_clients.py compiles and runs what it writes)."""

from __future__ import annotations

import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROTOGEN = ROOT / "scripts" / "protogen.py"

SHAPES = """syntax = "proto3";
package shapes.v1;
option java_package = "com.example.shapes";
// no java_multiple_files: messages are nested in the outer class, here ShapesV2Beta (from the file name)
service ShapeService {
  // Streams every shape.
  rpc ListShapes(Outer.Query) returns (stream Shape);
  rpc Object(Shape) returns (Shape);
}
message Shape { int32 sides = 1; }
message Outer { message Query { int32 limit = 1; } }
"""


def generate(tmp: pathlib.Path, proto: str) -> subprocess.CompletedProcess[str]:
    (tmp / "proto" / "rupaya" / "v1").mkdir(parents=True)  # where protogen looks for contract files
    (tmp / "proto" / "rupaya" / "v1" / "shapes_v2beta.proto").write_text(proto)
    command = [sys.executable, str(PROTOGEN), "kotlin", str(tmp / "out"), "--proto-root", str(tmp / "proto")]
    return subprocess.run(command, capture_output=True, text=True)


def test_streaming_rpc_is_a_flow_and_unary_a_suspend_function(tmp_path: pathlib.Path) -> None:
    assert generate(tmp_path, SHAPES).returncode == 0
    stub = (tmp_path / "out" / "com" / "example" / "shapes" / "ShapeServiceGrpcKt.kt").read_text()
    outer = "com.example.shapes.ShapesV2Beta"
    assert (
        f"fun listShapes(request: {outer}.Outer.Query, headers: Metadata = Metadata()): Flow<{outer}.Shape> ="
    ) in stub
    assert (
        "serverStreaming(com.example.shapes.ShapeServiceGrpc.getListShapesMethod(), request, headers)" in stub
    )
    # A Kotlin keyword as an RPC name is escaped; the comment becomes KDoc.
    assert (
        f"suspend fun `object`(request: {outer}.Shape, headers: Metadata = Metadata()): {outer}.Shape" in stub
    )
    assert "         * Streams every shape." in stub
    runtime = tmp_path / "out" / "com" / "rupaya" / "grpc" / "kotlin" / "ClientCalls.kt"
    assert "fun <Req, Resp> serverStreamingRpc(" in runtime.read_text()


def test_client_streaming_is_refused_with_a_reason(tmp_path: pathlib.Path) -> None:
    proto = SHAPES.replace("rpc Object(Shape)", "rpc Object(stream Shape)")
    done = generate(tmp_path, proto)
    assert done.returncode != 0
    assert "ShapeService.Object: client streaming is not supported yet" in done.stderr
