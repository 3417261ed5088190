"""The image's Python install step (Dockerfile, build stage), also what tests/test_image.py runs:
a fresh virtual environment holding the runtime dependencies of pyproject.toml and nothing else
(no dev or tracing extras, not the project itself: the image runs the source tree at /app, whose
code finds shared/, gen/ and web/dist beside it), then pip taken out again, so the final image
carries no installer. pip compiles what it installs, so a read-only root costs no start-up time.

    python scripts/image_install.py VENV [PYPROJECT]
"""

from __future__ import annotations

import pathlib
import subprocess
import sys
import tomllib
import venv


def runtime_requirements(pyproject: pathlib.Path) -> list[str]:
    return list(tomllib.loads(pyproject.read_text())["project"]["dependencies"])


def install(target: pathlib.Path, pyproject: pathlib.Path) -> None:
    venv.create(target, with_pip=True, clear=True)
    python = str(target / "bin" / "python")
    pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--only-binary=:all:"]
    subprocess.run([*pip, *runtime_requirements(pyproject)], check=True)
    subprocess.run([python, "-m", "pip", "uninstall", "--quiet", "--yes", "pip"], check=True)


if __name__ == "__main__":
    if len(sys.argv) not in {2, 3}:
        sys.exit(__doc__)
    here = pathlib.Path(__file__).resolve().parent.parent
    install(
        pathlib.Path(sys.argv[1]),
        pathlib.Path(sys.argv[2]) if len(sys.argv) == 3 else here / "pyproject.toml",
    )
