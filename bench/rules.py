"""Rules benchmark (issue 20): what user rules cost CreateTransaction, side by side with a
checkout from before rules. Three configurations, measured in alternating rounds: the checkout
before rules; this tree for a user without rules (the price every user pays: the rule-set
version read); this tree for a user with a few rules (contains, regex, amount, equals; one
matches and sets notes, compiled rules served from the per-process cache).

    git archive 8841eb5 | tar -x -C /tmp/rupaya-before-rules   # the commit before rules
    python -m bench.rules --against /tmp/rupaya-before-rules [--backend postgres|embedded]
        [--callers 8] [--seconds 5] [--rounds 3]

Each server gets a fresh database (an older checkout cannot serve a database migrated past its
own history). Not a test: figures go in docs/rules.md."""

from __future__ import annotations

import argparse
import os
import pathlib
import tempfile
import uuid

import grpc

from bench import harness, load
from bench.sync import creates
from rupaya.v1 import accounts_pb2, common_pb2, rules_pb2, rules_pb2_grpc
from tests.servers import ROOT, Backend, ServerProcess, start_server

T = rules_pb2.TextCondition


def few_rules() -> list[rules_pb2.Rule]:
    """Four rules that do not match the bench's expenses ("Bench Mart", 12.34 INR) and one last
    that does: every create runs all five."""
    amount = rules_pb2.AmountCondition(min=common_pb2.Money(amount_minor=10**9, currency_code="INR"))
    conditions = [
        rules_pb2.RuleCondition(payee=T(operator=rules_pb2.TEXT_OPERATOR_CONTAINS, value="amazon")),
        rules_pb2.RuleCondition(
            payee=T(operator=rules_pb2.TEXT_OPERATOR_REGEX, value=r"(?i)^uber\s+(eats|trip)")
        ),
        rules_pb2.RuleCondition(amount=amount),
        rules_pb2.RuleCondition(description=T(operator=rules_pb2.TEXT_OPERATOR_EQUALS, value="rent")),
        rules_pb2.RuleCondition(payee=T(operator=rules_pb2.TEXT_OPERATOR_REGEX, value=r"(?i)bench\s+mart")),
    ]
    return [
        rules_pb2.Rule(name=f"rule {i}", conditions=[c], actions=rules_pb2.RuleActions(notes=f"rule {i}"))
        for i, c in enumerate(conditions)
    ]


def user(server: ServerProcess, rules: list[rules_pb2.Rule]) -> tuple[list[tuple[str, str]], str]:
    channel = grpc.insecure_channel(server.target)
    _, metadata, account = harness.signed_up_with_account(
        channel, "Card", accounts_pb2.ACCOUNT_TYPE_CREDIT_CARD
    )
    stub = rules_pb2_grpc.RuleServiceStub(channel)
    for rule in rules:
        stub.CreateRule(
            rules_pb2.CreateRuleRequest(request_id=str(uuid.uuid4()), rule=rule), metadata=metadata
        )
    channel.close()
    return metadata, account.id


def new_server(kind: str, root: pathlib.Path) -> tuple[Backend, ServerProcess]:
    backend = Backend.postgres() if kind == "postgres" else Backend.embedded(pathlib.Path(tempfile.mkdtemp()))
    logs = pathlib.Path(tempfile.mkdtemp(prefix="rupaya-bench-"))
    return backend, start_server(backend, logs, extra_env=harness.UNLIMITED, root=root)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--against", type=pathlib.Path, required=True, help="a checkout from before rules")
    parser.add_argument("--backend", choices=("postgres", "embedded"), default="postgres")
    parser.add_argument("--callers", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}; load: {os.getloadavg()}; {args.backend}", flush=True)
    backends: list[Backend] = []
    servers: list[ServerProcess] = []
    try:
        backend, before = new_server(args.backend, args.against.resolve())
        backends.append(backend)
        servers.append(before)
        backend, now = new_server(args.backend, ROOT)
        backends.append(backend)
        servers.append(now)
        configs = {
            f"before ({args.against.name})": (before, user(before, [])),
            "rules, user without": (now, user(now, [])),
            "rules, user with 5": (now, user(now, few_rules())),
        }
        rates: dict[str, list[float]] = {name: [] for name in configs}
        # Server CPU per create (utime + stime from /proc over the run): what a shared, loaded
        # machine disturbs least, where creates/s moves with everything else running on it.
        cpu_ms: dict[str, list[float]] = {name: [] for name in configs}
        print(f"CreateTransaction, {args.callers} callers, one user per configuration:", flush=True)
        for round_ in range(args.rounds):
            for name, (server, (metadata, account_id)) in configs.items():
                cpu_before = harness.cpu_s(server.process.pid)
                run = load.drive(server.target, creates(account_id, metadata), args.callers, args.seconds)
                calls = run.calls + run.warm_up_calls
                cpu_ms[name].append((harness.cpu_s(server.process.pid) - cpu_before) / max(calls, 1) * 1000)
                rates[name].append(run.per_second)
                print(
                    f"  round {round_ + 1} {name:>28}: {run.per_second:6.1f}/s, p50 {run.percentile(50):.1f} ms, "
                    f"p99 {run.percentile(99):.1f} ms, server CPU {cpu_ms[name][-1]:.2f} ms/create, "
                    f"errors {run.errors}",
                    flush=True,
                )
        first = next(iter(configs))
        for name in configs:
            rate_ratios = [v / b for v, b in zip(rates[name], rates[first], strict=True)]
            cpu_ratios = [v / b for v, b in zip(cpu_ms[name], cpu_ms[first], strict=True)]
            print(
                f"  {name:>28}: {load.ratio_text(rates[name], 1)}/s (vs before {load.ratio_text(rate_ratios)}); "
                f"CPU {load.ratio_text(cpu_ms[name], 2)} ms/create (vs before {load.ratio_text(cpu_ratios)})"
            )
    finally:
        for server in servers:
            server.stop()
        for backend in backends:
            backend.drop()
    print(f"load after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
