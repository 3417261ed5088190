"""Alerting (issue 21): the Prometheus rules pass promtool's checks and unit tests, the
Alertmanager routing passes amtool and sends critical to PagerDuty and warnings to Slack, and every
metric the rules and the Grafana dashboard name is one a running server really exports. The
metrics added for them (ledger check, signing key, TLS certificate, pool size, replica lag) carry
real values. promtool/amtool are Debian's (scripts/prometheus_tools.py, installed when missing)."""

from __future__ import annotations

import json
import pathlib
import re
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest
import sqlalchemy as sa
import yaml
from cryptography import x509
from prometheus_client.parser import text_string_to_metric_families

from tests.ledger import open_account
from tests.servers import ROOT, Backend, ServerProcess, TlsServer, connect, start_server

sys.path.append(str(ROOT / "scripts"))  # appended: never shadows
import prometheus_tools as tools  # noqa: E402  (scripts/ is not a package)

RULES = ROOT / "infra" / "prometheus" / "alerts.yml"
RULE_TESTS = ROOT / "infra" / "prometheus" / "tests"
ALERTMANAGER = ROOT / "infra" / "alertmanager" / "alertmanager.yml"
DASHBOARD = ROOT / "infra" / "grafana" / "rupaya-dashboard.json"


@pytest.fixture(scope="module")
def installed() -> None:
    tools.ensure()


def run(*command: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in command], capture_output=True, text=True, timeout=60)


def scrape(server: ServerProcess) -> dict[str, dict[tuple[tuple[str, str], ...], float]]:
    """Every series name the server declares (also those with no sample yet) -> its samples."""
    text = httpx.get(f"http://127.0.0.1:{server.metrics_port}/metrics", timeout=10).text
    found: dict[str, dict[tuple[tuple[str, str], ...], float]] = {}
    suffixes = {"counter": ["_total"], "histogram": ["_bucket", "_count", "_sum"], "gauge": [""]}
    for family in text_string_to_metric_families(text):
        for suffix in suffixes.get(family.type, [""]):
            found.setdefault(family.name + suffix, {})
        for sample in family.samples:
            found.setdefault(sample.name, {})[tuple(sorted(sample.labels.items()))] = sample.value
    return found


def value(server: ServerProcess, name: str, **labels: str) -> float | None:
    return scrape(server).get(name, {}).get(tuple(sorted(labels.items())))


def expressions() -> list[str]:
    rules = yaml.safe_load(RULES.read_text())
    found = [rule["expr"] for group in rules["groups"] for rule in group["rules"]]
    panels = json.loads(DASHBOARD.read_text())["panels"]
    found += [target["expr"] for panel in panels for target in panel.get("targets", [])]
    return found


def metric_names(expr: str) -> set[str]:
    """The server's series an expression reads (ours are named grpc_server_* and rupaya_*);
    quoted label values and `rupaya:` recording rules are not series of the server."""
    unquoted = re.sub(r'"[^"]*"', '""', expr)
    plain = re.sub(r"\b[a-z_]+:[a-z0-9_:]+", "", unquoted)
    return set(re.findall(r"\b(?:grpc_server|rupaya)_[a-z0-9_]+\b", plain))


def test_alert_rules_pass_promtool_check_and_unit_tests(installed: None) -> None:
    checked = run(tools.PROMTOOL, "check", "rules", RULES)
    assert checked.returncode == 0 and "SUCCESS" in checked.stdout, checked.stdout + checked.stderr
    tested = run(tools.PROMTOOL, "test", "rules", *sorted(RULE_TESTS.glob("*.yml")))
    assert tested.returncode == 0 and "SUCCESS" in tested.stdout, tested.stdout + tested.stderr


def test_dashboard_queries_are_valid_promql(installed: None, tmp_path: pathlib.Path) -> None:
    """Each panel's query as a recording rule, so promtool's parser checks it."""
    panels = json.loads(DASHBOARD.read_text())["panels"]
    queries = [target["expr"] for panel in panels for target in panel.get("targets", [])]
    rules = [{"record": f"dashboard:query_{n}", "expr": expr} for n, expr in enumerate(queries)]
    (tmp_path / "dashboard.yml").write_text(
        yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]})
    )
    checked = run(tools.PROMTOOL, "check", "rules", tmp_path / "dashboard.yml")
    assert checked.returncode == 0 and f"SUCCESS: {len(queries)} rules found" in checked.stdout, (
        checked.stdout + checked.stderr
    )
    assert len(queries) >= 20


def test_rule_unit_tests_cover_error_ratio_latency_and_replica_lag() -> None:
    tested = {
        case["alertname"]
        for test_file in RULE_TESTS.glob("*.yml")
        for test in yaml.safe_load(test_file.read_text())["tests"]
        for case in test.get("alert_rule_test", [])
        if case.get("exp_alerts")  # one case where it fires, not only where it stays quiet
    }
    assert {"RupayaErrorRatioHigh", "RupayaRpcLatencyP99High", "RupayaReplicaLagHigh"} <= tested


def test_alertmanager_pages_critical_and_posts_warnings_to_slack(installed: None) -> None:
    checked = run(tools.AMTOOL, "check-config", ALERTMANAGER)
    assert checked.returncode == 0 and "SUCCESS" in checked.stdout, checked.stdout + checked.stderr
    for severity, receiver in (("critical", "pagerduty-critical"), ("warning", "slack-warnings")):
        routed = run(
            tools.AMTOOL, "config", "routes", "test", f"--config.file={ALERTMANAGER}", f"severity={severity}"
        )
        assert routed.stdout.strip() == receiver, routed.stdout + routed.stderr
    text = ALERTMANAGER.read_text()
    assert "routing_key_file:" in text and "slack_api_url_file:" in text
    assert not re.search(r"(routing_key|service_key|api_url):", text), "secrets come from mounted files"


def test_every_metric_in_rules_and_dashboard_is_exported_by_the_server(server: ServerProcess) -> None:
    exported = scrape(server)
    used = {name for expr in expressions() for name in metric_names(expr)}
    recorded = [
        r["record"] for g in yaml.safe_load(RULES.read_text())["groups"] for r in g["rules"] if "record" in r
    ]
    for expr in expressions():  # each reads a series of the server, or one of ours recorded from them
        assert metric_names(expr) or any(name in expr for name in recorded), expr
    assert len(used) >= 15
    assert sorted(used - exported.keys()) == []


def test_new_operational_metrics_carry_real_values(server: ServerProcess) -> None:
    deadline = time.monotonic() + 15
    while not value(server, "rupaya_ledger_check_last_run_timestamp_seconds") and time.monotonic() < deadline:
        time.sleep(0.2)  # the first check runs in the background at start
    last_run = value(server, "rupaya_ledger_check_last_run_timestamp_seconds") or 0
    # at start, then hourly (RUPAYA_LEDGER_CHECK_INTERVAL): the session's server may be old by now
    assert time.time() - 3600 - 600 < last_run <= time.time()
    assert value(server, "rupaya_db_replica_lag_seconds") == 0  # no read replica yet
    key_created = value(server, "rupaya_signing_key_created_timestamp_seconds") or 0
    assert 0 < key_created <= time.time()
    if server.backend.name == "postgres":
        assert value(server, "rupaya_db_pool_size") == 20


@pytest.fixture
def checked_often(backend: Backend, tmp_path: pathlib.Path) -> Iterator[ServerProcess]:
    """A server of its own on a database of its own (one this test may damage), checking every second."""
    own = Backend.fresh_like(backend, tmp_path / "data")
    server = start_server(own, tmp_path, extra_env={"RUPAYA_LEDGER_CHECK_INTERVAL": "1"})
    try:
        yield server
    finally:
        server.stop()
        own.drop()


def test_ledger_check_metric_counts_a_balance_that_drifts(checked_often: ServerProcess) -> None:
    for connection in connect(checked_often):
        account = open_account(connection.client().sign_up(), 10_000)
    assert value(checked_often, "rupaya_ledger_check_mismatched_accounts") == 0
    engine = sa.create_engine(checked_often.backend.sync_db_url, poolclass=sa.pool.NullPool)
    with engine.begin() as conn:  # what a bug or a hand edit would leave
        conn.execute(sa.text("UPDATE accounts SET current_balance_minor = current_balance_minor + 1"))
    engine.dispose()
    deadline = time.monotonic() + 20
    while (
        value(checked_often, "rupaya_ledger_check_mismatched_accounts") != 1 and time.monotonic() < deadline
    ):
        time.sleep(0.2)
    assert value(checked_often, "rupaya_ledger_check_mismatched_accounts") == 1, account.id


def test_tls_certificate_expiry_metric_is_the_served_certificates(tls_server: TlsServer) -> None:
    served = x509.load_pem_x509_certificate((tls_server.ca_file.parent / "server.pem").read_bytes())
    expiry = served.not_valid_after_utc.timestamp()
    for listener in ("grpc", "http"):
        found = value(tls_server.server, "rupaya_tls_certificate_expiry_timestamp_seconds", listener=listener)
        assert found == expiry, listener
