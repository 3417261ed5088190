"""The built web app for tests: built by the Makefile (`make web`, which `make test` runs first)
if missing, so the one way it is built is the way the tests see."""

from __future__ import annotations

import subprocess

from tests.servers import ROOT

WEB = ROOT / "web"
DIST = WEB / "dist"


def ensure_built() -> None:
    subprocess.run(["make", "--no-print-directory", "web"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
