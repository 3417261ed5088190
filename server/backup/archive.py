"""The backup file: a tar of manifest.json and the payload, whose SHA-256 the manifest records.

Written to a temporary name and renamed, so a backup interrupted half-way never leaves a file
that looks complete. Read back only after the payload's checksum matches."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import pathlib
import tarfile
from typing import Any

FORMAT_VERSION = 1
_MANIFEST = "manifest.json"
_PAYLOAD = "payload"
_CHUNK = 1 << 20


class BackupError(Exception):
    """A backup that cannot be made or restored; the message says why, for an operator."""


@dataclasses.dataclass(frozen=True)
class Manifest:
    kind: str  # "postgresql" or "sqlite": which engine's payload this is
    database: str  # the database name (PostgreSQL) or file name (SQLite) it was taken from
    revisions: list[str]  # the migration heads (alembic_version) the data is at
    table_rows: dict[str, int]  # rows per table, counted in the same snapshot as the payload
    created_at: str  # ISO 8601, UTC
    tool_versions: dict[str, str]
    payload_sha256: str = ""
    payload_bytes: int = 0
    format_version: int = FORMAT_VERSION

    def to_json(self) -> bytes:
        return json.dumps(dataclasses.asdict(self), indent=1, sort_keys=True).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        data: dict[str, Any] = json.loads(raw)
        if data.get("format_version") != FORMAT_VERSION:
            raise BackupError(
                f"backup format version {data.get('format_version')!r} is not one this RUPAYA reads "
                f"({FORMAT_VERSION})"
            )
        names = {field.name for field in dataclasses.fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in names})


def sha256_of(path: pathlib.Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def write(target: pathlib.Path, manifest: Manifest, payload: pathlib.Path) -> Manifest:
    """`target` holds the manifest (with the payload's checksum) and the payload, or nothing."""
    manifest = dataclasses.replace(
        manifest, payload_sha256=sha256_of(payload), payload_bytes=payload.stat().st_size
    )
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    partial.touch(mode=0o600)  # a backup holds every user's data: readable by its owner only
    try:
        with tarfile.open(partial, "w") as tar:
            raw = manifest.to_json()
            info = tarfile.TarInfo(_MANIFEST)
            info.size = len(raw)
            tar.addfile(info, io.BytesIO(raw))
            tar.add(payload, arcname=_PAYLOAD)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return manifest


def read_verified(source: pathlib.Path, folder: pathlib.Path) -> tuple[Manifest, pathlib.Path]:
    """The manifest and the payload (unpacked into `folder`), after the payload's SHA-256 matched
    the manifest's; a damaged, truncated or foreign file is a BackupError."""
    try:
        with tarfile.open(source, "r:") as tar:
            manifest = Manifest.from_json(_member(tar, _MANIFEST).read())
            payload = folder / _PAYLOAD
            digest = hashlib.sha256()
            with _member(tar, _PAYLOAD) as packed, payload.open("wb") as out:
                while chunk := packed.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
    except (tarfile.TarError, EOFError, OSError, KeyError, ValueError, TypeError) as error:
        raise BackupError(
            f"{source} is not a complete RUPAYA backup ({error}); nothing was changed"
        ) from None
    if digest.hexdigest() != manifest.payload_sha256:
        raise BackupError(
            f"{source} is corrupted: its payload's SHA-256 is {digest.hexdigest()}, the manifest says "
            f"{manifest.payload_sha256}; nothing was changed"
        )
    return manifest, payload


def _member(tar: tarfile.TarFile, name: str) -> io.BufferedReader:
    member = tar.extractfile(name)  # KeyError when absent
    if member is None:
        raise BackupError(f"{name} in the backup is not a file")
    return member  # type: ignore[return-value]
