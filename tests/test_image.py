"""What the Dockerfile does, without a Docker engine (none runs here): its Python install step
(scripts/image_install.py, the very script the build stage runs) in a fresh virtual environment
as an unprivileged user, the final stage's files copied as it copies them, compiled, and left
owned by root and read-only; then the server and the gateway start from that tree as the
unprivileged user with only the image's writable paths (RUPAYA_DATA_DIR, /tmp) writable, with the
image's environment and the image's HEALTHCHECK command.

The install reads wheels from build/image-wheels, filled once per set of requirements from the
pip cache the project's .venv filled (`pip download` as root); the install itself is offline."""

from __future__ import annotations

import dataclasses
import json
import os
import pathlib
import pwd
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import urllib.request
from collections.abc import Iterator

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from tests.servers import free_ports

ROOT = pathlib.Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("CI", "").lower() == "true"
UNPRIVILEGED = "nobody"
SYSTEM_PYTHON = "/usr/bin/python3"  # root's own interpreter may sit where nobody cannot read
WHEELS = ROOT / "build" / "image-wheels"  # git-ignored
RUNUSER = shutil.which("runuser") or "/usr/sbin/runuser"  # found here: the image's PATH lacks sbin


@dataclasses.dataclass
class Dockerfile:
    """The final stage as the test replays it."""

    install: list[str]  # the python stage's RUN that installs the dependencies and the project
    install_copies: list[tuple[str, str]]  # what the python stage copies before it
    copies: list[tuple[str, str]]  # (source in the context, destination under WORKDIR)
    from_web: tuple[str, str]  # the web stage's build output and where it lands
    env: dict[str, str]
    user: str
    healthcheck: list[str]
    writable: list[str]


def read_dockerfile() -> Dockerfile:
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    final = text.rsplit("\nFROM ", 1)[1]
    python_stage = text.split(" AS python\n", 1)[1].split("\nFROM ", 1)[0]
    install = next(
        line for line in text.splitlines() if "image_install.py" in line and line.startswith("RUN")
    )
    copies = re.findall(r"^COPY (?!--from)(\S+) (\S+)$", final, re.M)
    web = re.search(r"^COPY --from=web /src/(\S+) (\S+)$", final, re.M)
    assert web, "the final stage takes the web app from the web stage"
    env = dict(re.findall(r"(\w+)=(\S+)", re.search(r"^ENV (.*)$", final, re.M).group(1)))
    writable = re.search(r"# Writable at run time: (.*)", text).group(1)
    return Dockerfile(
        install=shlex.split(install.removeprefix("RUN ")),
        install_copies=re.findall(r"^COPY (\S+) (\S+)$", python_stage, re.M),
        copies=copies,
        from_web=(web.group(1), web.group(2)),
        env=env,
        user=re.search(r"^USER (\S+)", final, re.M).group(1),
        healthcheck=json.loads(re.search(r"HEALTHCHECK .*? CMD (\[.*\])", final).group(1)),
        writable=re.findall(r"(/[\w/]+)", writable),
    )


# Where the image's paths live in the replayed image (one pass: a replaced path is not replaced again).
OUTSIDE = {"/opt/venv": "venv", "/app": "app", "/var/lib/rupaya": "data", "/tmp": "tmp"}
IMAGE_PATHS = re.compile(r"(?<![\w/])(" + "|".join(map(re.escape, OUTSIDE)) + r")(?=/|:|$)")


@dataclasses.dataclass
class Image:
    """The replayed image on disk: `/app` -> app, `/opt/venv` -> venv, writable paths -> own folders."""

    folder: pathlib.Path
    dockerfile: Dockerfile

    def path(self, image_path: str) -> str:
        return IMAGE_PATHS.sub(lambda m: str(self.folder / OUTSIDE[m.group(1)]), image_path)

    def env(self, **extra: str) -> dict[str, str]:
        env = {key: self.path(value) for key, value in self.dockerfile.env.items()}
        env["PATH"] = env["PATH"].replace("$PATH", "/usr/bin:/bin")
        return {**env, "HOME": "/nonexistent", "TMPDIR": str(self.folder / "tmp"), **extra}

    def run(
        self, command: list[str], env: dict[str, str], **kwargs: object
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            as_user([*command]), env=env, cwd=self.folder / "app", capture_output=True, text=True, **kwargs
        )

    def start(self, command: list[str], env: dict[str, str], log: pathlib.Path) -> subprocess.Popen[bytes]:
        with log.open("wb") as out:
            return subprocess.Popen(
                as_user(command), env=env, cwd=self.folder / "app", stdout=out, stderr=out
            )


def as_user(command: list[str]) -> list[str]:
    return [RUNUSER, "-u", UNPRIVILEGED, "--", *command] if os.geteuid() == 0 else command


def _unavailable(why: str) -> None:
    if IN_CI:
        pytest.fail(f"CI=true requires the image test: {why}")
    pytest.skip(why)


def _own(path: pathlib.Path) -> None:
    if os.geteuid() == 0:
        user = pwd.getpwnam(UNPRIVILEGED)
        os.chown(path, user.pw_uid, user.pw_gid)


def _read_only(tree: pathlib.Path) -> None:
    """Owned by root, no write bit for anyone: the unprivileged user cannot change a byte."""
    for path in [tree, *tree.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~0o222)


@pytest.fixture(scope="module")
def image() -> Iterator[Image]:
    dockerfile = read_dockerfile()
    if not (ROOT / "web" / "dist" / "index.html").is_file():
        _unavailable("web/dist is not built (make web)")
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        _unavailable(f"{SYSTEM_PYTHON} is missing")
    folder = pathlib.Path(tempfile.mkdtemp(prefix="rupaya-image-"))
    folder.chmod(0o755)
    try:
        yield build(folder, dockerfile)
    finally:
        for path in folder.rglob("*"):  # give the write bits back so the folder can go
            if not path.is_symlink():
                path.chmod(path.stat().st_mode | 0o200)
        shutil.rmtree(folder, ignore_errors=True)


def build(folder: pathlib.Path, dockerfile: Dockerfile) -> Image:
    image = Image(folder, dockerfile)
    app = folder / "app"
    for path in (folder, app):
        path.mkdir(exist_ok=True)
        _own(path)
    wheels = _download_wheels()
    # The python stage: its files at the final path (the editable install points there), then its RUN.
    _copy(dockerfile.install_copies, app, owner=True)
    python, script, target, project = dockerfile.install
    assert (python, script, target, project) == ("python", "scripts/image_install.py", "/opt/venv", "/app")
    offline = {"PIP_NO_INDEX": "1", "PIP_FIND_LINKS": str(wheels), "PATH": "/usr/bin:/bin"}
    command = as_user([SYSTEM_PYTHON, script, image.path(target), image.path(project)])
    installed = subprocess.run(command, cwd=app, env=offline, capture_output=True, text=True)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    # The final stage: a fresh /app from the context (no build leftovers), compiled, read-only.
    shutil.rmtree(app)
    _copy(dockerfile.copies, app, owner=False)
    web_output, web_destination = dockerfile.from_web
    shutil.copytree(ROOT / web_output, app / web_destination)
    subprocess.run([image.path("/opt/venv/bin/python"), "-m", "compileall", "-q", str(app)], check=True)
    _read_only(app)
    _read_only(folder / "venv")
    for writable in dockerfile.writable:
        path = pathlib.Path(image.path(writable))
        path.mkdir(mode=0o700)
        _own(path)
    return image


def _download_wheels() -> pathlib.Path:
    """A wheel folder the install reads offline, kept in build/ while the requirements stay the
    same; filled from root's pip cache (warm from the project's .venv) by the interpreter the
    install runs on, so its environment markers pick the wheels."""
    sys.path.append(str(ROOT / "scripts"))
    import image_install

    requirements = image_install.runtime_requirements(ROOT / "pyproject.toml")
    build_backend = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]["requires"]
    wanted = json.dumps([*requirements, *build_backend, "pip"])
    stamp = WHEELS / "requirements.json"
    if stamp.is_file() and stamp.read_text() == wanted:
        return WHEELS
    shutil.rmtree(WHEELS, ignore_errors=True)
    WHEELS.mkdir(parents=True)
    download = [SYSTEM_PYTHON, "-m", "pip", "download", "--quiet", "--only-binary=:all:", "-d", str(WHEELS)]
    subprocess.run([*download, *json.loads(wanted)], check=True, capture_output=True)
    for wheel in WHEELS.iterdir():
        wheel.chmod(0o644)
    stamp.write_text(wanted)
    return WHEELS


def _copy(copies: list[tuple[str, str]], app: pathlib.Path, *, owner: bool) -> None:
    for source, destination in copies:
        target = app / destination
        if (ROOT / source).is_dir():
            shutil.copytree(
                ROOT / source, target, ignore=shutil.ignore_patterns("__pycache__"), dirs_exist_ok=True
            )
        else:  # a file into a folder ("scripts/", "./"), as COPY does
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy(ROOT / source, target / pathlib.Path(source).name)
    if owner:
        for path in [app, *app.rglob("*")]:
            _own(path)


@dataclasses.dataclass
class Running:
    image: Image
    grpc_target: str
    http_url: str
    gateway_metrics: str
    logs: list[pathlib.Path]


@pytest.fixture(scope="module")
def running(image: Image) -> Iterator[Running]:
    grpc_port, metrics_port, http_port, gateway_metrics = free_ports(4)
    server_env = image.env(
        RUPAYA_HOST="127.0.0.1", RUPAYA_GRPC_PORT=str(grpc_port), RUPAYA_METRICS_PORT=str(metrics_port)
    )
    logs = [image.folder / "server.log", image.folder / "gateway.log"]
    server = image.start(["python", "-m", "server", "serve"], server_env, logs[0])
    processes = [server]
    try:
        _wait(lambda: image.run(image.dockerfile.healthcheck, server_env).returncode == 0, server, logs[0])
        gateway_env = image.env(
            RUPAYA_GATEWAY_UPSTREAM=f"127.0.0.1:{grpc_port}",
            RUPAYA_HTTP_ADDR=f"127.0.0.1:{http_port}",
            RUPAYA_METRICS_PORT=str(gateway_metrics),
        )
        gateway = image.start(["python", "-m", "gateway"], gateway_env, logs[1])
        processes.append(gateway)
        url = f"http://127.0.0.1:{http_port}"
        _wait(lambda: _http_ok(f"{url}/v1/currencies"), gateway, logs[1])
        yield Running(
            image, f"127.0.0.1:{grpc_port}", url, f"http://127.0.0.1:{gateway_metrics}/metrics", logs
        )
    finally:
        for process in processes:
            process.terminate()  # runuser passes SIGTERM on to the process it started
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def _wait(ready: object, process: subprocess.Popen[bytes], log: pathlib.Path, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not ready():  # type: ignore[operator]
        if process.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"did not become healthy:\n{log.read_text(errors='replace')[-4000:]}")
        time.sleep(0.3)


def _http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=3) as reply:
            return reply.status == 200
    except OSError:
        return False


def _status(target: str, service: str) -> int:
    with grpc.insecure_channel(target) as channel:
        return (
            health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(service=service)).status
        )


def test_the_image_serves_grpc_health_readiness_and_liveness(running: Running) -> None:
    assert _status(running.grpc_target, "") == health_pb2.HealthCheckResponse.SERVING
    assert _status(running.grpc_target, "rupaya.liveness") == health_pb2.HealthCheckResponse.SERVING


def test_the_gateway_passes_the_pipelines_smoke_test(running: Running) -> None:
    smoke = subprocess.run(
        [sys.executable, str(ROOT / "infra" / "smoke.py"), running.http_url], capture_output=True, text=True
    )
    assert smoke.returncode == 0 and "smoke: ok" in smoke.stdout, smoke.stdout + smoke.stderr


def test_the_gateway_exports_its_process_metrics(running: Running) -> None:
    with urllib.request.urlopen(running.gateway_metrics, timeout=5) as reply:
        assert "process_resident_memory_bytes" in reply.read().decode()


def test_the_healthcheck_fails_when_nothing_serves(running: Running) -> None:
    (closed,) = free_ports(1)
    env = running.image.env()
    grpc_probe = running.image.run(
        [*running.image.dockerfile.healthcheck, "--target", f"127.0.0.1:{closed}"], env
    )
    http_probe = running.image.run(
        [*running.image.dockerfile.healthcheck, "--http", f"http://127.0.0.1:{closed}/v1/currencies"], env
    )
    assert grpc_probe.returncode == 1 and http_probe.returncode == 1, grpc_probe.stderr + http_probe.stderr


def test_the_tree_is_read_only_and_the_state_is_in_the_data_dir(running: Running) -> None:
    probe = running.image.run(["python", "-c", "open('server/planted.py', 'w')"], running.image.env())
    assert probe.returncode != 0 and "Permission denied" in probe.stderr
    assert (running.image.folder / "data" / "rupaya.db").is_file()  # SQLite in RUPAYA_DATA_DIR
    assert not list((running.image.folder / "app").rglob("planted.py"))


def test_the_image_carries_no_installer(image: Image) -> None:
    assert not list((image.folder / "venv").glob("bin/pip*"))
    assert image.run(["python", "-m", "pip", "--version"], image.env()).returncode != 0
    assert image.dockerfile.user == "10001:10001"


def test_the_healthcheck_needs_no_keys_in_production(running: Running) -> None:
    """The gateway's container has no signing or data key: its probe must not load the server's settings."""
    env = running.image.env(RUPAYA_ENV="production")
    port = running.grpc_target.rsplit(":", 1)[1]
    grpc_probe = running.image.run([*running.image.dockerfile.healthcheck], {**env, "RUPAYA_GRPC_PORT": port})
    http_probe = running.image.run(
        [*running.image.dockerfile.healthcheck, "--http", f"{running.http_url}/v1/currencies"], env
    )
    assert grpc_probe.returncode == 0 and http_probe.returncode == 0, grpc_probe.stderr + http_probe.stderr
