"""Builds the contract offline: descriptor image for buf, and the Python code in gen/python.

Third-party protos are never committed: google/api, google/rpc and google/type come
as .proto sources inside googleapis-common-protos, the well-known types inside
grpc_tools, and buf/validate/validate.proto as the descriptor embedded in the
protovalidate package (written here into a FileDescriptorSet for protoc).

    python scripts/protogen.py image OUT.binpb [--proto-root DIR]
    python scripts/protogen.py python OUT_DIR
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import tempfile

import google.api
import grpc_tools
from google.protobuf import (
    descriptor_pb2,
    duration_pb2,
    field_mask_pb2,
    timestamp_pb2,
)
from grpc_tools import protoc
from protovalidate._gen.buf.validate import validate_pb

ROOT = pathlib.Path(__file__).resolve().parent.parent
GOOGLEAPIS_INCLUDE = pathlib.Path(google.api.__path__[0]).parent.parent
WKT_INCLUDE = pathlib.Path(grpc_tools.__path__[0]) / "_proto"
VALIDATE_PROTO = "buf/validate/validate.proto"


def write_validate_descriptor_set(path: pathlib.Path) -> None:
    """buf/validate/validate.proto and its imports, as a FileDescriptorSet."""
    fds = descriptor_pb2.FileDescriptorSet()
    for module in (descriptor_pb2, duration_pb2, field_mask_pb2, timestamp_pb2):
        fds.file.add().MergeFromString(module.DESCRIPTOR.serialized_pb)
    fds.file.add().MergeFromString(validate_pb._DESC.proto.to_binary())
    path.write_bytes(fds.SerializeToString())


def contract_files(proto_root: pathlib.Path) -> list[str]:
    return sorted(str(p.relative_to(proto_root)) for p in proto_root.glob("rupaya/v1/*.proto"))


def run_protoc(proto_root: pathlib.Path, outputs: list[str], extra_files: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        deps = pathlib.Path(tmp) / "deps.binpb"
        write_validate_descriptor_set(deps)
        args = [
            "protoc",
            f"--descriptor_set_in={deps}",
            f"-I{proto_root}",
            f"-I{GOOGLEAPIS_INCLUDE}",
            f"-I{WKT_INCLUDE}",
            *outputs,
            *contract_files(proto_root),
            *extra_files,
        ]
        if protoc.main(args) != 0:
            sys.exit("protoc failed")


def build_image(out: pathlib.Path, proto_root: pathlib.Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    run_protoc(proto_root, [f"-o{out}", "--include_imports", "--include_source_info"], [])


def generate_python(out_dir: pathlib.Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    outputs = [f"--python_out={out_dir}", f"--pyi_out={out_dir}", f"--grpc_python_out={out_dir}"]
    run_protoc(ROOT / "proto", outputs, [VALIDATE_PROTO])
    for package in ("buf", "buf/validate", "rupaya", "rupaya/v1"):
        (out_dir / package / "__init__.py").touch()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    image = sub.add_parser("image", help="descriptor image (for buf lint/breaking)")
    image.add_argument("out", type=pathlib.Path)
    image.add_argument("--proto-root", type=pathlib.Path, default=ROOT / "proto")
    python = sub.add_parser("python", help="Python messages, stubs and type stubs")
    python.add_argument("out", type=pathlib.Path)
    args = parser.parse_args()
    if args.what == "image":
        build_image(args.out, args.proto_root)
    else:
        generate_python(args.out)


if __name__ == "__main__":
    main()
