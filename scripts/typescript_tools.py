"""Installs the TypeScript compiler (npm `typescript`, pinned) into build/typescript (git-ignored).
The tests compile gen/typescript-fetch with it and run the result on Node; a second run does nothing.

    python scripts/typescript_tools.py        # install (or check) and print the tsc path
"""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
TOOLS = ROOT / "build" / "typescript"
TYPESCRIPT = "5.9.3"  # exact: the 5.x compiler written in TypeScript (7.x is the native port)
PACKAGE = TOOLS / "node_modules" / "typescript"
TSC = PACKAGE / "bin" / "tsc"


def installed() -> bool:
    manifest = PACKAGE / "package.json"
    return manifest.is_file() and json.loads(manifest.read_text())["version"] == TYPESCRIPT


def install() -> pathlib.Path:
    if not installed():
        TOOLS.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--prefix", str(TOOLS), "--no-audit", "--no-fund", f"typescript@{TYPESCRIPT}"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    if not installed():
        raise RuntimeError(f"npm did not install typescript {TYPESCRIPT} into {TOOLS}")
    return TSC


if __name__ == "__main__":
    print(install())
    sys.exit(0)
