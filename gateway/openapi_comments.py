"""Proto comments by full name, from a descriptor image built with source info.

The generated Python descriptors carry no comments, so the OpenAPI generator reads them from
an image protoc writes with `--include_source_info` (scripts/protogen.py image)."""

from __future__ import annotations

import pathlib
import subprocess
import sys
import tempfile

from google.protobuf import descriptor_pb2

ROOT = pathlib.Path(__file__).resolve().parent.parent

# Field numbers of FileDescriptorProto / DescriptorProto / ... used in SourceCodeInfo paths.
_MESSAGE, _ENUM, _SERVICE, _EXTENSION = 4, 5, 6, 7
_FIELD, _NESTED, _NESTED_ENUM, _ENUM_VALUE, _METHOD = 2, 3, 4, 2, 2


def build_image() -> descriptor_pb2.FileDescriptorSet:
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "image.binpb"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "protogen.py"), "image", str(out)], check=True)
        return descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes())


def _clean(comment: str) -> str:
    return "\n".join(line.removeprefix(" ").rstrip() for line in comment.strip("\n").splitlines()).strip()


class _File:
    """One file's comments by SourceCodeInfo path, collected under full names into `out`."""

    def __init__(self, file: descriptor_pb2.FileDescriptorProto, out: dict[str, str]) -> None:
        self.at = {tuple(loc.path): _clean(loc.leading_comments) for loc in file.source_code_info.location}
        self.out = out
        for i, m in enumerate(file.message_type):
            self.message(m, file.package, (_MESSAGE, i))
        for i, e in enumerate(file.enum_type):
            self.enum(e, file.package, (_ENUM, i))
        for i, service in enumerate(file.service):
            self.put(f"{file.package}.{service.name}", (_SERVICE, i))
            for j, method in enumerate(service.method):
                self.put(f"{file.package}.{service.name}.{method.name}", (_SERVICE, i, _METHOD, j))
        for i, extension in enumerate(file.extension):
            self.put(f"{file.package}.{extension.name}", (_EXTENSION, i))

    def put(self, name: str, path: tuple[int, ...]) -> None:
        if self.at.get(path):
            self.out[name] = self.at[path]

    def enum(self, e: descriptor_pb2.EnumDescriptorProto, scope: str, path: tuple[int, ...]) -> None:
        self.put(f"{scope}.{e.name}", path)
        for i, value in enumerate(e.value):
            self.put(f"{scope}.{e.name}.{value.name}", (*path, _ENUM_VALUE, i))

    def message(self, m: descriptor_pb2.DescriptorProto, scope: str, path: tuple[int, ...]) -> None:
        name = f"{scope}.{m.name}"
        self.put(name, path)
        for i, field in enumerate(m.field):
            self.put(f"{name}.{field.name}", (*path, _FIELD, i))
        for i, nested in enumerate(m.nested_type):
            self.message(nested, name, (*path, _NESTED, i))
        for i, nested_enum in enumerate(m.enum_type):
            self.enum(nested_enum, name, (*path, _NESTED_ENUM, i))


def comments(image: descriptor_pb2.FileDescriptorSet) -> dict[str, str]:
    """Full name -> leading comment, for messages, fields, enums, enum values ("Enum.VALUE"),
    services, methods ("Service.Method") and extensions."""
    out: dict[str, str] = {}
    for file in image.file:
        _File(file, out)
    return out
