"""`make infra-check` (scripts/infra_check.py) refuses what it is there to refuse: each test
breaks one thing in a copy of the deployment definitions and expects that check to name it.
The checks on the real tree run in CI's `make infra-check` step; here only the rules of our own
run on the whole tree, and each real tool once on a broken input (checkov on a small tree)."""

from __future__ import annotations

import os
import pathlib
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT / "scripts"))  # appended: never shadows
import infra_tools  # noqa: E402  (scripts/ is not a package)

IN_CI = os.environ.get("CI", "").lower() == "true"
DEFINITIONS = ["Dockerfile", ".dockerignore", "infra", ".github"]


@pytest.fixture(scope="module")
def tools() -> None:
    try:
        infra_tools.ensure()
    except (OSError, subprocess.CalledProcessError) as error:
        if IN_CI:
            pytest.fail(f"CI=true requires the infrastructure tools: {error}")
        pytest.skip(f"infrastructure tools not installable here: {error}")


@pytest.fixture
def tree(tmp_path: pathlib.Path) -> pathlib.Path:
    for name in DEFINITIONS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("secrets"))
        else:
            shutil.copy(source, tmp_path / name)
    return tmp_path


def check(root: pathlib.Path, *names: str) -> subprocess.CompletedProcess[str]:
    command = [str(infra_tools.BIN / "python"), str(ROOT / "scripts" / "infra_check.py"), "--root", str(root)]
    return subprocess.run([*command, "--only", *names], capture_output=True, text=True)


def edit(path: pathlib.Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1))


def refused(reply: subprocess.CompletedProcess[str], *words: str) -> None:
    assert reply.returncode == 1, reply.stdout + reply.stderr
    for word in words:
        assert word in reply.stdout, reply.stdout


def test_our_rules_pass_on_the_tree(tools: None) -> None:
    reply = check(ROOT, "kubernetes-rules", "compose", "terraform")
    assert reply.returncode == 0, reply.stdout + reply.stderr
    assert reply.stdout.count(": ok") == 3


def test_terraform_rules_refuse_each_breakage(tools: None, tree: pathlib.Path) -> None:
    """Several breakages in one copy, one run: parsing the HCL is the slow part."""
    variables = tree / "infra/terraform/modules/redis/variables.tf"
    edit(variables, 'description = "Cache node type of both nodes."', 'description = ""')
    spare = '\nvariable "spare" {\n  description = "Never used anywhere."\n  type = string\n}\n'
    variables.write_text(variables.read_text() + spare)
    edit(tree / "infra/terraform/modules/rupaya/main.tf", "  keep_images = var.keep_images\n", "")
    envs = tree / "infra/terraform/environments"
    edit(envs / "staging/main.tf", 'ManagedBy = "terraform"', 'ManagedBy = "hand"')
    edit(envs / "production/terraform.tfvars", "= true\n", "= false\n")  # deletion_protection
    edit(envs / "staging/terraform.tfvars", "= 80\n", "= 95\n")  # db_proxy_max_connections_percent
    edit(
        envs / "staging/terraform.tfvars",
        "server_max_tasks                 = 4\n",
        "server_max_tasks                 = 5\n",
    )
    refused(
        check(tree, "terraform"),
        "variable node_type has no description",
        "variable spare is never used",
        "module ecr lacks variable keep_images",
        "main.tf differs",
        "deletion_protection must be true",
        "RDS Proxy's 95% of 100 leaves 5 connections",
        "server_max_tasks x 20 = 100 replica connections exceed its max_connections 100",
    )


def test_the_build_context_must_hold_what_the_dockerfile_copies(tools: None, tree: pathlib.Path) -> None:
    edit(tree / ".dockerignore", "!shared/\n", "")
    (tree / ".dockerignore").write_text((tree / ".dockerignore").read_text() + "!infra/secrets/\n")
    refused(check(tree, "dockerignore"), "keeps out shared/", "lets in infra/secrets")


def test_a_termination_grace_shorter_than_the_drain_is_refused(tools: None, tree: pathlib.Path) -> None:
    edit(
        tree / "infra/kubernetes/server.yaml",
        "terminationGracePeriodSeconds: 25",
        "terminationGracePeriodSeconds: 15",
    )
    refused(check(tree, "kubernetes-rules"), "does not cover preStop 5 + drain 5 + grace 10")


def test_pgbouncers_that_could_exhaust_postgresql_are_refused(tools: None, tree: pathlib.Path) -> None:
    edit(tree / "infra/kubernetes/pgbouncer.yaml", "max_db_connections = 40", "max_db_connections = 45")
    refused(check(tree, "kubernetes-rules"), "2 x max_db_connections 45")


def test_compose_needs_the_migration_first_and_no_secrets_inline(tools: None, tree: pathlib.Path) -> None:
    compose = tree / "infra/compose.yaml"
    edit(
        compose,
        "migrate: {condition: service_completed_successfully}",
        "migrate: {condition: service_started}",
    )
    edit(
        compose,
        'RUPAYA_METRICS_PORT: "9464"',
        'RUPAYA_METRICS_PORT: "9464"\n      REDIS_PASSWORD: hunter2hunter2',
    )
    refused(
        check(tree, "compose"), "server must wait for migrate", "gateway.REDIS_PASSWORD is a secret value"
    )


def test_hadolint_refuses_an_unpinned_package(tools: None, tree: pathlib.Path) -> None:
    edit(tree / "infra/pgbouncer/Dockerfile", "pgbouncer=1.18.0-1+deb12u1", "pgbouncer")
    refused(check(tree, "hadolint"), "DL3008")


def test_kubernetes_validate_refuses_an_unknown_field(tools: None, tree: pathlib.Path) -> None:
    edit(tree / "infra/kubernetes/gateway.yaml", "revisionHistoryLimit: 5", "revisionHistoryLimmit: 5")
    refused(check(tree, "kubernetes-validate"), "revisionHistoryLimmit")


def test_actionlint_refuses_an_unknown_expression(tools: None, tree: pathlib.Path) -> None:
    edit(tree / ".github/workflows/delivery.yml", "${{ github.sha }}", "${{ github.shaa }}")
    refused(check(tree, "actionlint"), 'property "shaa" is not defined')


def test_checkov_refuses_a_root_image_and_a_reasonless_waiver(tools: None, tree: pathlib.Path) -> None:
    """On a small tree (the Dockerfiles, one manifest): checkov over all of it takes a while."""
    shutil.rmtree(tree / "infra/terraform")
    (tree / "infra/terraform").mkdir()
    for manifest in (tree / "infra/kubernetes").glob("*.yaml"):
        if manifest.name != "migrate-job.yaml":
            manifest.unlink()
    edit(tree / "Dockerfile", "USER 10001:10001\n", "")
    reason = "CKV_K8S_35=the migration reads RUPAYA_DATABASE_URL from the environment only"
    edit(tree / "infra/kubernetes/migrate-job.yaml", reason, "CKV_K8S_35=x")
    refused(check(tree, "checkov"), "CKV_DOCKER_3", "CKV_K8S_35 waived without a reason")


def test_shellcheck_refuses_an_unquoted_expansion(tools: None, tree: pathlib.Path) -> None:
    edit(tree / "infra/deploy.sh", 'echo "deployed $image to $cluster"', "echo deployed $image to $cluster")
    refused(check(tree, "shellcheck"), "SC2086")


def test_compose_must_follow_the_compose_specification(tools: None, tree: pathlib.Path) -> None:
    edit(tree / "infra/compose.yaml", "    stop_grace_period: 20s", "    stop_grace_periodd: 20s")
    refused(check(tree, "compose"), "stop_grace_periodd")
