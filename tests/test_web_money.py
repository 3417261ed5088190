"""The web app's money formatting and parsing (web/src/money.ts: minor units <-> exact decimal
text per currency exponent, JPY 0, INR 2, KWD 3, BigInt only) by its Vitest unit tests, run here
so `make test` runs them."""

from __future__ import annotations

import json
import subprocess

from tests.web import WEB, ensure_built


def test_money_unit_tests_pass() -> None:
    ensure_built()  # installs web/node_modules (vitest) as the build does
    run = subprocess.run(
        ["npx", "vitest", "run", "--reporter=json", "src/money.test.ts"],
        cwd=WEB,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-4000:]
    report = json.loads(run.stdout)
    assert report["numFailedTests"] == 0
    assert report["numPassedTests"] >= 25  # the suite ran, not an empty match
