"""Pinned Debian packages unpacked into a build folder: `apt-get download` + `dpkg-deb -x`, no
system change (and no root once the package lists exist). The Android toolchain, h2load,
PgBouncer and promtool/amtool use it.

    python scripts/debian_packages.py DEST NAME=VERSION ...
"""

from __future__ import annotations

import pathlib
import shutil
import subprocess
import sys
import tempfile


def _download(folder: pathlib.Path, wanted: list[str]) -> None:
    download = ["apt-get", "download", "-q", *wanted]
    if subprocess.run(download, cwd=folder, capture_output=True).returncode == 0:
        return
    # A fresh machine may have no package lists yet: fetch them once, then try again.
    subprocess.run(["apt-get", "update", "-q"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(download, cwd=folder, check=True, stdout=subprocess.DEVNULL)


def unpack(pins: dict[str, str], dest: pathlib.Path) -> None:
    """`dest` holds exactly these packages' files (usr/bin, usr/lib, ...)."""
    with tempfile.TemporaryDirectory() as tmp:
        _download(pathlib.Path(tmp), [f"{name}={version}" for name, version in pins.items()])
        shutil.rmtree(dest, ignore_errors=True)
        dest.mkdir(parents=True)  # dpkg-deb creates the last folder only, not build/ on a fresh clone
        for deb in sorted(pathlib.Path(tmp).glob("*.deb")):
            subprocess.run(["dpkg-deb", "-x", str(deb), str(dest)], check=True)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    unpack(dict(pin.split("=", 1) for pin in sys.argv[2:]), pathlib.Path(sys.argv[1]))
