"""The contract-driven fuzzer (issue 11): every RPC of the contract, generated requests valid and
mutated, raw corrupt bytes, as a real user against a real server on both backends.

RUPAYA_FUZZ_CALLS sets the number of generated calls per backend (default 1,000, plus a
boundary sweep of every field and corrupt bytes for every RPC; `make fuzz`
runs 50,000). RUPAYA_FUZZ_SEED replays a run (`random` picks a new seed); the seed, the calls
and every failure group are printed in the terminal summary."""

from __future__ import annotations

import collections
import json
import os
import random
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st

from tests.fuzz_session import THROWAWAY_ONLY, FuzzSession
from tests.servers import Backend, start_server

DEFAULT_SEED = 20261130
CALLS = int(os.environ.get("RUPAYA_FUZZ_CALLS", "1000"))
_seed_text = os.environ.get("RUPAYA_FUZZ_SEED", "")
SEED = random.randrange(2**32) if _seed_text == "random" else int(_seed_text or DEFAULT_SEED)

# Lines for the terminal summary (tests/conftest.py prints them whether or not -s is given).
SUMMARY: list[str] = []


@dataclass
class FuzzResult:
    backend: str
    session: FuzzSession
    generated: int = 0
    swept: int = 0
    corrupt: int = 0
    seconds: float = 0.0
    ledger: str = ""
    ledger_rc: int = 0
    analytics_problems: list[str] = field(default_factory=list)
    tracebacks: list[str] = field(default_factory=list)
    bad_access_lines: list[str] = field(default_factory=list)

    def groups(self, *checks: str) -> list[str]:
        return [
            f"{rpc} | {check} | {code} | {message} | x{count} | e.g. {example.request}"
            for (rpc, check, code, message), count, example in self.session.groups()
            if not checks or any(c in check for c in checks)
        ]


def _generate(session: FuzzSession, calls: int, seed: int) -> None:
    @hypothesis_seed(seed)
    @settings(
        max_examples=calls,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )
    @given(st.data())
    def one_call(data: st.DataObject) -> None:
        session.fuzz_one(data.draw)

    one_call()


def _log_problems(log: str) -> tuple[list[str], list[str]]:
    """(tracebacks, access lines answering INTERNAL/UNKNOWN) of a JSON server log, each kind
    grouped: "x<count> <logger>: <event> / <last line of the traceback>"."""
    tracebacks: collections.Counter[str] = collections.Counter()
    bad: collections.Counter[str] = collections.Counter()
    for line in log.splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            entry = {"event": line}
        if not isinstance(entry, dict):
            continue
        text = str(entry.get("exception") or entry.get("exc_info") or "")
        if text or "Traceback" in line:
            last = (text.strip().splitlines() or [""])[-1][:160]
            event = re.sub(r"\[/rupaya\.v1\.[\w/]+\]", "[<method>]", str(entry.get("event", "")))[:120]
            last = re.sub(r"'rupaya\.v1\.\w+'", "<type>", last)
            tracebacks[f"{entry.get('logger', '')}: {event} / {last}"] += 1
        if entry.get("event") == "rpc" and entry.get("code") in ("INTERNAL", "UNKNOWN"):
            bad[f"{entry.get('method')} {entry.get('code')}"] += 1
    return (
        [f"x{n} {key}" for key, n in tracebacks.most_common()],
        [f"x{n} {key}" for key, n in bad.most_common()],
    )


@pytest.fixture(scope="module")
def fuzzed(backend: Backend, tmp_path_factory: pytest.TempPathFactory) -> Iterator[FuzzResult]:
    """One fuzz run per backend on its own server (its log holds this run only)."""
    server = start_server(backend, tmp_path_factory.mktemp("fuzz-logs"))
    session = FuzzSession(server, backend)
    result = FuzzResult(backend.name, session)
    started = time.monotonic()
    try:
        result.swept = session.sweep()
        _generate(session, CALLS, SEED)
        result.generated = session.stats.calls - result.swept
        result.corrupt = session.corrupt_bytes()
        result.analytics_problems = session.analytics_answer()
        result.seconds = round(time.monotonic() - started, 1)
        checked = backend.check_ledger()
        result.ledger_rc, result.ledger = checked.returncode, (checked.stdout + checked.stderr).strip()
        server.stop()
        result.tracebacks, result.bad_access_lines = _log_problems(server.log())
        _summarize(result)
        yield result
    finally:
        session.close()
        server.stop()


def _summarize(result: FuzzResult) -> None:
    stats = result.session.stats
    SUMMARY.append(
        f"fuzz[{result.backend}] seed={SEED} (replay: make fuzz FUZZ_SEED={SEED} FUZZ_CALLS={CALLS}) "
        f"rpcs={len(stats.codes)}/{len(result.session.rpcs)} calls={stats.calls} "
        f"(generated {result.generated}, boundary sweep {result.swept}, corrupt bytes {result.corrupt}) "
        f"in {result.seconds}s; "
        f"failures={len(stats.failures)} in {len(list(result.session.classes()))} classes, "
        f"{len(result.groups())} (RPC, class) groups; "
        f"check-ledger rc={result.ledger_rc}; tracebacks in log={_total(result.tracebacks)}; "
        f"INTERNAL/UNKNOWN access lines={_total(result.bad_access_lines)}"
    )
    codes: dict[str, int] = {}
    for counter in stats.codes.values():
        for code, n in counter.items():
            codes[code] = codes.get(code, 0) + n
    SUMMARY.append(
        f"fuzz[{result.backend}] codes: " + ", ".join(f"{c}={n}" for c, n in sorted(codes.items()))
    )
    for rpc, counter in sorted(stats.codes.items()):
        shown = " ".join(f"{c}={n}" for c, n in counter.most_common())
        SUMMARY.append(f"fuzz[{result.backend}] rpc {rpc.removeprefix('/rupaya.v1.')}: {shown}")
    for (check, code, message), rpcs, calls, example in result.session.classes():
        SUMMARY.append(
            f"fuzz[{result.backend}] CLASS {check} | {code} | {message} | x{calls} in {len(rpcs)} RPCs "
            f"({', '.join(rpcs[:6])}{', ...' if len(rpcs) > 6 else ''}) | e.g. {example.rpc} {example.request}"
        )
    SUMMARY.extend(f"fuzz[{result.backend}] FAIL {line}" for line in result.groups())
    SUMMARY.extend(f"fuzz[{result.backend}] ANALYTICS {p}" for p in result.analytics_problems)
    SUMMARY.extend(f"fuzz[{result.backend}] LOG traceback {line}" for line in result.tracebacks)
    SUMMARY.extend(f"fuzz[{result.backend}] LOG access line {line}" for line in result.bad_access_lines)


def _total(grouped: list[str]) -> int:
    return sum(int(line.split(" ", 1)[0][1:]) for line in grouped)


def _report(lines: list[str]) -> str:
    return "\n".join(lines[:60]) + (f"\n... and {len(lines) - 60} more" if len(lines) > 60 else "")


def test_fuzz_calls_every_rpc_of_the_contract(fuzzed: FuzzResult) -> None:
    called = set(fuzzed.session.stats.codes)
    missing = [rpc.path for rpc in fuzzed.session.rpcs if rpc.path not in called]
    assert not missing, f"never called: {missing}"
    assert set(THROWAWAY_ONLY) <= called


def test_fuzz_never_answers_internal_or_unknown_and_every_error_carries_error_info(
    fuzzed: FuzzResult,
) -> None:
    groups = fuzzed.groups("code ", "error without", "status details")
    assert not groups, _report(groups)


def test_fuzz_rejected_calls_change_nothing_and_no_call_changes_another_users_rows(
    fuzzed: FuzzResult,
) -> None:
    groups = fuzzed.groups("changed")
    assert not groups, _report(groups)


def test_fuzz_never_accepts_another_users_ids_or_foreign_page_tokens(fuzzed: FuzzResult) -> None:
    groups = fuzzed.groups("accepted")
    assert not groups, _report(groups)


def test_fuzz_corrupt_bytes_are_invalid_argument(fuzzed: FuzzResult) -> None:
    groups = fuzzed.groups("corrupt bytes")
    assert not groups, _report(groups)


def test_fuzz_leaves_the_ledger_consistent(fuzzed: FuzzResult) -> None:
    assert fuzzed.ledger_rc == 0, fuzzed.ledger


def test_fuzz_leaves_every_analytics_rpc_answering(fuzzed: FuzzResult) -> None:
    assert not fuzzed.analytics_problems, _report(fuzzed.analytics_problems)


def test_fuzz_server_log_holds_no_traceback_for_client_mistakes(fuzzed: FuzzResult) -> None:
    assert not fuzzed.tracebacks, _report(fuzzed.tracebacks)
    assert not fuzzed.bad_access_lines, _report(fuzzed.bad_access_lines)


def summary_lines() -> list[str]:
    return SUMMARY


def test_fuzz_fingerprint_sees_a_row_changed_behind_its_back(fuzzed: FuzzResult) -> None:
    """The "changed nothing" checks are only as good as the digest they compare."""
    fingerprint = fuzzed.session.fingerprint
    before = fingerprint.take()
    rename = sa.text(
        "UPDATE accounts SET name = CASE WHEN name = 'x' THEN 'y' ELSE 'x' END WHERE user_id IN :u"
    )
    with fingerprint.engine.begin() as conn:
        renamed = conn.execute(
            rename.bindparams(sa.bindparam("u", expanding=True, type_=sa.Uuid())), {"u": fingerprint.user_ids}
        ).rowcount
    assert renamed, "the fuzz user has no account to rename"
    after = fingerprint.take()
    assert [table for table in after if after[table] != before[table]] == ["accounts"]
