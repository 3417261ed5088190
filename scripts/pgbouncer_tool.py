"""Installs PgBouncer into build/pgbouncer (git-ignored), pinned and cached: Debian bookworm's
1.18, the version an apt-installed pooler in front of PostgreSQL runs, for the test that serves
the hot paths through it in transaction pooling mode (tests/test_pgbouncer.py). The .deb files
are unpacked with `dpkg -x` (scripts/debian_packages.py: no system change); the libraries it
needs beyond a Debian base system (libevent, c-ares) come with it and load through
LD_LIBRARY_PATH. A second run with the same pins does nothing.

    python scripts/pgbouncer_tool.py        # install (or check) and print the binary's path
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys

import debian_packages  # scripts/, beside this file

ROOT = pathlib.Path(__file__).resolve().parent.parent
TOOLS = ROOT / "build" / "pgbouncer"
STAMP = TOOLS / "installed.json"
PGBOUNCER = TOOLS / "usr" / "sbin" / "pgbouncer"

# 1.18 keeps no protocol-level prepared statements in transaction mode (1.21 can): what
# RUPAYA_DATABASE_PREPARED_STATEMENTS=off is for. libssl3, libpam0g and libsystemd0 are in the base system.
DEBS = {
    "pgbouncer": "1.18.0-1+deb12u1",
    "libevent-2.1-7": "2.1.12-stable-8",
    "libc-ares2": "1.18.1-3",
}


def installed() -> bool:
    return STAMP.is_file() and json.loads(STAMP.read_text()) == DEBS and PGBOUNCER.is_file()


def run_env() -> dict[str, str]:
    """The environment pgbouncer runs in: its shared libraries from build/."""
    libs = [str(folder) for folder in (TOOLS / "usr" / "lib").glob("*-linux-gnu")]
    return {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(libs)}


def version() -> str:
    reply = subprocess.run([str(PGBOUNCER), "--version"], env=run_env(), capture_output=True, text=True)
    if reply.returncode != 0:
        sys.exit(f"{PGBOUNCER} does not run: {reply.stderr.strip()}")
    return reply.stdout.splitlines()[0]


def ensure() -> None:
    if installed():
        return
    STAMP.unlink(missing_ok=True)
    debian_packages.unpack(DEBS, TOOLS)
    version()  # a missing library shows here, not in the first test
    STAMP.write_text(json.dumps(DEBS, indent=1))


if __name__ == "__main__":
    ensure()
    print(f"{PGBOUNCER} ({version()})")
