"""Generates the HTTP/JSON clients from the gateway's OpenAPI 3.0.3 document with OpenAPI Generator
(the jar bundled in the pinned PyPI package `openapi-generator-cli`, run on the machine's Java).

    python scripts/openapi_clients.py swift OUT_DIR              # iOS: swift6, async/await over URLSession
    python scripts/openapi_clients.py typescript-fetch OUT_DIR   # its sibling, run against the gateway in tests

The document is built fresh from proto/ (gateway.openapi), so the drift check compares the clients
with the contract, not with a possibly stale gen/openapi. Both clients decode an enum value they do
not know to an explicit `unknown_default_open_api` case, so an older app survives a newer server.
"""

from __future__ import annotations

import pathlib
import shutil
import subprocess
import sys
import tempfile

import openapi_generator_cli

from gateway import openapi

ROOT = pathlib.Path(__file__).resolve().parent.parent
JAR = pathlib.Path(openapi_generator_cli.__file__).parent / "openapi-generator.jar"

# The options each client is generated with; both keep enum values unknown to them.
TARGETS = {
    "swift": (
        "swift6",
        {
            "projectName": "RupayaClient",
            "library": "urlsession",  # Foundation only: no third-party package
            "responseAs": "AsyncAwait",
            "useSPMFileStructure": "true",
            "enumUnknownDefaultCase": "true",
            "hideGenerationTimestamp": "true",
        },
    ),
    "typescript-fetch": (
        "typescript-fetch",
        {
            "npmName": "@rupaya/client",
            "supportsES6": "true",
            "enumUnknownDefaultCase": "true",
            "hideGenerationTimestamp": "true",
        },
    ),
}
# Generator noise that says nothing about the contract (docs per model, CI templates, git helpers)
# and the .openapi-generator/ metadata; what stays is the code and its package manifest.
IGNORE = """\
*.md
**/*.md
.swiftformat
docs/**
.openapi-generator/**
.openapi-generator-ignore
.travis.yml
.gitignore
.npmignore
git_push.sh
Cartfile
*.podspec
project.yml
"""


def generate(target: str, out_dir: pathlib.Path) -> None:
    generator, options = TARGETS[target]
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        openapi.write(work / "openapi")
        out = work / "out"
        out.mkdir()
        (out / ".openapi-generator-ignore").write_text(IGNORE)
        subprocess.run(
            [
                "java",
                "-jar",
                str(JAR),
                "generate",
                "--input-spec",
                str(work / "openapi" / openapi.DOCUMENT_30),
                "--generator-name",
                generator,
                "--output",
                str(out),
                "--additional-properties",
                ",".join(f"{key}={value}" for key, value in options.items()),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        for leftover in (".openapi-generator", ".openapi-generator-ignore"):
            path = out / leftover
            if path.is_dir():
                shutil.rmtree(path)
            elif path.exists():
                path.unlink()
        shutil.rmtree(out_dir, ignore_errors=True)
        shutil.copytree(out, out_dir)


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in TARGETS:
        print(__doc__, file=sys.stderr)
        return 2
    generate(sys.argv[1], pathlib.Path(sys.argv[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
