"""Fails when anything in gen/ (Python, OpenAPI, Java, Java lite, Kotlin, TypeScript,
Swift, TypeScript fetch) differs from what the contract generates now.

python scripts/drift.py [GEN_ROOT]   # GEN_ROOT: the committed gen/ folder to check
"""

from __future__ import annotations

import filecmp
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
# gen/ subfolder -> the command that writes it into the directory given last.
GENERATORS = {
    "python": [sys.executable, str(ROOT / "scripts" / "protogen.py"), "python"],
    "openapi": [sys.executable, "-m", "gateway.openapi"],
    # Java needs Debian's protoc (protogen.py installs it into build/android on first use).
    "java": [sys.executable, str(ROOT / "scripts" / "protogen.py"), "java"],
    "java-lite": [sys.executable, str(ROOT / "scripts" / "protogen.py"), "java-lite"],
    "kotlin": [sys.executable, str(ROOT / "scripts" / "protogen.py"), "kotlin"],
    # protoc-gen-es from npm (protogen.py installs it into build/web on first use).
    "typescript": [sys.executable, str(ROOT / "scripts" / "protogen.py"), "typescript"],
    # OpenAPI Generator (the jar in the pinned openapi-generator-cli) on the machine's Java.
    "swift": [sys.executable, str(ROOT / "scripts" / "openapi_clients.py"), "swift"],
    "typescript-fetch": [sys.executable, str(ROOT / "scripts" / "openapi_clients.py"), "typescript-fetch"],
}


def files(root: pathlib.Path) -> set[pathlib.Path]:
    return {p.relative_to(root) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def drifted(committed: pathlib.Path, command: list[str]) -> list[pathlib.Path]:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = pathlib.Path(tmp)
        subprocess.run([*command, tmp], check=True, cwd=ROOT)
        old, new = files(committed) if committed.is_dir() else set(), files(fresh)
        return sorted(old ^ new) + sorted(
            p for p in old & new if not filecmp.cmp(committed / p, fresh / p, shallow=False)
        )


def main() -> int:
    gen = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "gen"
    failed = False
    for folder, command in GENERATORS.items():
        drift = drifted(gen / folder, command)
        if drift:
            failed = True
            print(f"gen/{folder} is out of date with proto/ (run `make gen`):")
            for path in drift:
                print(f"  {path}")
        else:
            print(f"gen/{folder} matches proto/")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
