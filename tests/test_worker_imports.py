"""A serving process does not load at start what only some calls need: each of these is imported
where it is used (the comment there says why), so a worker that never makes such a call never
pays its resident memory (docs/benchmarks.md, "Everyday paths": issue 15's < 120 MB per worker).

Checked in a fresh interpreter that imports what `python -m gateway serve` imports before it
serves (the embedded gateway, the CLI, the server's app module and everything they import)."""

from __future__ import annotations

import subprocess
import sys

from tests.servers import ROOT

LOADED_WHERE_USED = {
    "alembic": "migrations, run in a child process (server/workers.py)",
    "mako": "Alembic's templates, same child process",
    "zxcvbn": "the first password set (server/auth/password_policy.py), ~12 MB",
    "segno": "MFA enrolment's QR code (server/auth/mfa.py)",
    "aiosmtplib": "the first message sent over SMTP (server/mail/senders.py)",
    "re2": "the first pattern rule compiled (server/rule_engine/patterns.py)",
    "sqlite3": "the embedded database's readiness probe (server/readiness.py)",
    "hypothesis": "a test tool the server must never import",
}


def test_a_serving_process_starts_without_what_only_some_calls_need() -> None:
    code = "import sys, gateway.embedded, server.cli, server.app; print(*sys.modules, sep='\\n')"
    imported = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    loaded = {name.split(".")[0] for name in imported} & LOADED_WHERE_USED.keys()
    assert not loaded, {name: LOADED_WHERE_USED[name] for name in loaded}
