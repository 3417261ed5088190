"""Installs the web (TypeScript) client toolchain into build/web (git-ignored), pinned and cached.

protoc-gen-es writes gen/typescript; its runtime @bufbuild/protobuf, the TypeScript compiler and
Node's type definitions type-check it and build the example client the tests run. All come from
npm, exact versions; a second run with the same pins does nothing.

    python scripts/web_tools.py        # install (or check) and print the tool folder
"""

from __future__ import annotations

import json
import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
TOOLS = ROOT / "build" / "web"
STAMP = TOOLS / "installed.json"

# The generator and its runtime must be the same version: the generated code imports
# @bufbuild/protobuf/codegenv2 helpers of that version. 2.13 is the newest that supports Node 20
# (Debian bookworm's nodejs); from 2.14 on they need Node 22.
PACKAGES = {
    "@bufbuild/protoc-gen-es": "2.13.0",
    "@bufbuild/protobuf": "2.13.0",
    "typescript": "5.9.3",
    "@types/node": "20.19.43",  # Node 20, the version the example client runs on
}

NODE_MODULES = TOOLS / "node_modules"
PROTOC_GEN_ES = NODE_MODULES / ".bin" / "protoc-gen-es"
TSC = NODE_MODULES / ".bin" / "tsc"


def installed() -> bool:
    return STAMP.is_file() and json.loads(STAMP.read_text()) == PACKAGES


def ensure() -> None:
    if installed():
        return
    if shutil.which("node") is None or shutil.which("npm") is None:
        sys.exit("Node.js and npm are needed (20 is tested): apt-get install nodejs npm")
    shutil.rmtree(TOOLS, ignore_errors=True)
    TOOLS.mkdir(parents=True)
    # A package.json of our own, so npm installs here and not into a parent folder's project.
    (TOOLS / "package.json").write_text(json.dumps({"private": True, "dependencies": PACKAGES}, indent=1))
    npm = ["npm", "install", "--prefix", str(TOOLS), "--no-audit", "--no-fund", "--save-exact"]
    subprocess.run(npm, check=True, stdout=subprocess.DEVNULL)
    missing = [p for p in (PROTOC_GEN_ES, TSC) if not p.exists()]
    if missing:
        sys.exit(f"web tools incomplete, missing: {', '.join(map(str, missing))}")
    STAMP.write_text(json.dumps(PACKAGES, indent=1))


if __name__ == "__main__":
    ensure()
    print(TOOLS)
