"""Compiles Java/Kotlin for the Android client tests with the pinned toolchain in build/android,
caching each output folder under a hash of its sources and class path (a rerun costs nothing)."""

from __future__ import annotations

import hashlib
import json
import os
import pathlib
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT / "scripts"))  # appended: never shadows an installed module
import android_tools as tools  # noqa: E402  (scripts/ is not a package)

CLASSES = tools.TOOLS / "classes"
IN_CI = os.environ.get("CI", "").lower() == "true"


def toolchain() -> None:
    """Installs the tools (cached); without them the tests skip, except under CI=true."""
    try:
        tools.ensure()
    except (OSError, subprocess.CalledProcessError, SystemExit) as error:
        if IN_CI:
            pytest.fail(f"CI=true requires the Android toolchain: {error}")
        pytest.skip(f"Android toolchain not installable here: {error}")


def compile_classpath(*extra: pathlib.Path) -> list[pathlib.Path]:
    return [*extra, *(tools.JARS / name for name in tools.COMPILE_JARS), tools.COROUTINES_JAR]


def run_classpath(*extra: pathlib.Path) -> str:
    jars = [*compile_classpath(*extra), *(tools.JARS / n for n in tools.RUN_JARS), tools.KOTLIN_STDLIB_JAR]
    return os.pathsep.join(map(str, jars))


def sources(folder: pathlib.Path, suffix: str) -> list[pathlib.Path]:
    return sorted(folder.rglob(f"*{suffix}"))


def _key(name: str, files: list[pathlib.Path], classpath: list[pathlib.Path]) -> str:
    digest = hashlib.sha256(json.dumps(tools.pins()).encode())
    for path in files:
        digest.update(str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path).encode())
        digest.update(path.read_bytes())
    digest.update(os.pathsep.join(map(str, classpath)).encode())
    return f"{name}-{digest.hexdigest()[:16]}"


def compile_cached(
    name: str,
    files: list[pathlib.Path],
    classpath: list[pathlib.Path],
    sourcepath: pathlib.Path | None = None,
) -> pathlib.Path:
    """javac or kotlinc (by the files' suffix) into build/android/classes/NAME-HASH, once."""
    out = CLASSES / _key(name, files, classpath)
    if (out / ".compiled").exists():
        return out
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    cp = os.pathsep.join(map(str, classpath))
    if files[0].suffix == ".kt":
        command = [str(tools.KOTLINC), "-nowarn", "-cp", cp, "-d", str(out)]
    else:
        command = ["javac", "-nowarn", "-encoding", "UTF-8", "-cp", cp, "-d", str(out)]
        command += ["-sourcepath", str(sourcepath)] if sourcepath else []
    listing = out / "sources.txt"  # javac/kotlinc read long file lists from an @file
    listing.write_text("\n".join(str(f) for f in files))
    done = subprocess.run([*command, f"@{listing}"], capture_output=True, text=True)
    assert done.returncode == 0, f"{name} did not compile:\n{done.stdout}\n{done.stderr}"
    (out / ".compiled").touch()
    return out


def transport_jars() -> list[pathlib.Path]:
    """grpc-netty and Netty: on the run class path always, at compile time for code using them."""
    return [tools.JARS / name for name in tools.RUN_JARS]
