"""The image's Python install step (Dockerfile, python stage), also what tests/test_image.py runs:
a fresh virtual environment with the runtime dependencies of pyproject.toml (wheels only: no
compiler; no dev or tracing extras), then the project itself as an editable install of PROJECT,
which must be the path the final image keeps the source tree at (/app): the server reads shared/,
gen/ and web/dist beside its code and its version from the installed metadata. pip is taken out
again, so the final image carries no installer; pip compiles what it installs, so a read-only
root costs no start-up time.

    python scripts/image_install.py VENV PROJECT
"""

from __future__ import annotations

import pathlib
import subprocess
import sys
import tomllib
import venv


def runtime_requirements(pyproject: pathlib.Path) -> list[str]:
    return list(tomllib.loads(pyproject.read_text())["project"]["dependencies"])


def install(target: pathlib.Path, project: pathlib.Path) -> None:
    venv.create(target, with_pip=True, clear=True)
    python = str(target / "bin" / "python")
    pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--only-binary=:all:"]
    subprocess.run([*pip, *runtime_requirements(project / "pyproject.toml")], check=True)
    subprocess.run([*pip, "--no-deps", "--editable", str(project)], check=True)
    subprocess.run([python, "-m", "pip", "uninstall", "--quiet", "--yes", "pip"], check=True)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    install(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]).resolve())
