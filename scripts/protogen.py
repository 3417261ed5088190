"""Builds the contract offline: descriptor image for buf, and the Python code in gen/python.

Third-party protos are never committed: google/api, google/rpc and google/type come
as .proto sources inside googleapis-common-protos, the well-known types inside
grpc_tools, and buf/validate/validate.proto as the descriptor embedded in the
protovalidate package (written here into a FileDescriptorSet for protoc).

    python scripts/protogen.py image OUT.binpb [--proto-root DIR]
    python scripts/protogen.py python OUT_DIR
    python scripts/protogen.py java OUT_DIR         # also java-lite, kotlin (Android clients)
    python scripts/protogen.py typescript OUT_DIR   # web: protobuf-es messages + service descriptors

Java comes from Debian's protoc 3.21 and grpc-java plugin (scripts/android_tools.py installs them
into build/), so the code matches the protobuf-java 3.21 / grpc-java 1.41 runtime it is tested
with; Kotlin comes from the project's own plugin, scripts/protoc_gen_kotlin_coroutines.py.
TypeScript comes from npm's protoc-gen-es (scripts/web_tools.py installs it into build/web).
"""

from __future__ import annotations

import argparse
import pathlib
import stat
import subprocess
import sys
import tempfile
import types

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


def run_protoc(
    proto_root: pathlib.Path, outputs: list[str], extra_files: list[str], debian: bool = False
) -> None:
    """grpc_tools' protoc, in-process; with debian=True Debian's protoc 3.21 (java generator)."""
    with tempfile.TemporaryDirectory() as tmp:
        deps = pathlib.Path(tmp) / "deps.binpb"
        write_validate_descriptor_set(deps)
        args = [
            f"--descriptor_set_in={deps}",
            f"-I{proto_root}",
            f"-I{GOOGLEAPIS_INCLUDE}",
            f"-I{WKT_INCLUDE}",
            *outputs,
            *contract_files(proto_root),
            *extra_files,
        ]
        if debian:
            tools = android_tools()
            done = subprocess.run([str(tools.PROTOC), *args], env=tools.protoc_env()).returncode
        else:
            done = protoc.main(["protoc", *args])
        if done != 0:
            sys.exit("protoc failed")


def android_tools() -> types.ModuleType:
    """scripts/android_tools.py, once its tools are installed (pinned, cached in build/android)."""
    import android_tools  # beside this script, so on sys.path when run as one

    android_tools.ensure()
    return android_tools


def build_image(out: pathlib.Path, proto_root: pathlib.Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    run_protoc(proto_root, [f"-o{out}", "--include_imports", "--include_source_info"], [])


def generate_python(out_dir: pathlib.Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    outputs = [f"--python_out={out_dir}", f"--pyi_out={out_dir}", f"--grpc_python_out={out_dir}"]
    run_protoc(ROOT / "proto", outputs, [VALIDATE_PROTO])
    for package in ("buf", "buf/validate", "rupaya", "rupaya/v1"):
        (out_dir / package / "__init__.py").touch()


# What the Java code needs beyond the contract: its imports, and the error details clients decode.
JAVA_IMPORTS = [
    VALIDATE_PROTO,
    "google/api/annotations.proto",
    "google/api/http.proto",
    "google/type/date.proto",
    "google/type/timeofday.proto",
    "google/rpc/code.proto",
    "google/rpc/status.proto",
    "google/rpc/error_details.proto",
]


def generate_java(
    out_dir: pathlib.Path,
    lite: bool = False,
    proto_root: pathlib.Path = ROOT / "proto",
    imports: list[str] = JAVA_IMPORTS,
) -> None:
    """Messages (java_out) and grpc-java stubs; lite=True is the protobuf-lite flavour Android uses."""
    out_dir.mkdir(parents=True, exist_ok=True)
    flavour = "lite:" if lite else ""
    plugin = android_tools().GRPC_JAVA_PLUGIN
    outputs = [
        f"--java_out={flavour}{out_dir}",
        f"--grpc-java_out={flavour}{out_dir}",
        f"--plugin=protoc-gen-grpc-java={plugin}",
    ]
    run_protoc(proto_root, outputs, imports, debian=True)


def generate_kotlin(out_dir: pathlib.Path, proto_root: pathlib.Path = ROOT / "proto") -> None:
    """Coroutine stubs from the project's plugin, run by grpc_tools' protoc (no download needed)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        wrapper = pathlib.Path(tmp) / "protoc-gen-kotlin-coroutines"
        plugin = ROOT / "scripts" / "protoc_gen_kotlin_coroutines.py"
        wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{plugin}" "$@"\n')
        wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
        outputs = [f"--plugin=protoc-gen-kotlin-coroutines={wrapper}", f"--kotlin-coroutines_out={out_dir}"]
        run_protoc(proto_root, outputs, [])


def generate_typescript(out_dir: pathlib.Path) -> None:
    """protobuf-es (v2) messages and service descriptors, with the error details web clients decode;
    the well-known types are not generated: they ship in @bufbuild/protobuf/wkt."""
    import web_tools  # beside this script, so on sys.path when run as one

    web_tools.ensure()
    out_dir.mkdir(parents=True, exist_ok=True)
    outputs = [
        f"--plugin=protoc-gen-es={web_tools.PROTOC_GEN_ES}",
        f"--es_out={out_dir}",
        # .js import suffixes: what Node's ES modules and tsc's nodenext resolution both accept.
        "--es_opt=target=ts,import_extension=js",
    ]
    run_protoc(ROOT / "proto", outputs, JAVA_IMPORTS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    image = sub.add_parser("image", help="descriptor image (for buf lint/breaking)")
    image.add_argument("out", type=pathlib.Path)
    image.add_argument("--proto-root", type=pathlib.Path, default=ROOT / "proto")
    python = sub.add_parser("python", help="Python messages, stubs and type stubs")
    python.add_argument("out", type=pathlib.Path)
    for name, text in (
        ("java", "Java messages + grpc-java stubs"),
        ("java-lite", "the same, protobuf-lite flavour"),
        ("kotlin", "Kotlin coroutine stubs over the Java stubs"),
        ("typescript", "TypeScript messages and service descriptors (protobuf-es)"),
    ):
        sub.add_parser(name, help=text).add_argument("out", type=pathlib.Path)
    kotlin = sub.choices["kotlin"]
    kotlin.add_argument("--proto-root", type=pathlib.Path, default=ROOT / "proto")
    args = parser.parse_args()
    if args.what == "image":
        build_image(args.out, args.proto_root)
    elif args.what == "python":
        generate_python(args.out)
    elif args.what in ("java", "java-lite"):
        generate_java(args.out, lite=args.what == "java-lite")
    elif args.what == "typescript":
        generate_typescript(args.out)
    else:
        generate_kotlin(args.out, args.proto_root)


if __name__ == "__main__":
    main()
