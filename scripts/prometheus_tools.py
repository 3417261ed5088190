"""Installs promtool and amtool into build/prometheus (git-ignored), pinned and cached: Debian
bookworm's Prometheus 2.42 and Alertmanager 0.25, unpacked with `dpkg -x`
(scripts/debian_packages.py: no system change). They check infra/prometheus/alerts.yml
(`promtool check rules`, `promtool test rules`) and infra/alertmanager/alertmanager.yml
(`amtool check-config`); tests/test_alerts.py runs them. Both are static Go binaries: nothing
else to load. A second run with the same pins does nothing.

    python scripts/prometheus_tools.py      # install (or check) and print the tools' versions
"""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import debian_packages  # scripts/, beside this file

ROOT = pathlib.Path(__file__).resolve().parent.parent
TOOLS = ROOT / "build" / "prometheus"
STAMP = TOOLS / "installed.json"
PROMTOOL = TOOLS / "usr" / "bin" / "promtool"
AMTOOL = TOOLS / "usr" / "bin" / "amtool"

DEBS = {
    "prometheus": "2.42.0+ds-5+deb12u1",
    "prometheus-alertmanager": "0.25.0-1+b4",
}


def installed() -> bool:
    return (
        STAMP.is_file() and json.loads(STAMP.read_text()) == DEBS and PROMTOOL.is_file() and AMTOOL.is_file()
    )


def version(tool: pathlib.Path) -> str:
    reply = subprocess.run([str(tool), "--version"], capture_output=True, text=True)
    if reply.returncode != 0:
        sys.exit(f"{tool} does not run: {reply.stderr.strip()}")
    return (reply.stdout or reply.stderr).splitlines()[0]


def ensure() -> None:
    if installed():
        return
    STAMP.unlink(missing_ok=True)
    debian_packages.unpack(DEBS, TOOLS)
    for tool in (PROMTOOL, AMTOOL):
        version(tool)
    STAMP.write_text(json.dumps(DEBS, indent=1))


if __name__ == "__main__":
    ensure()
    for tool in (PROMTOOL, AMTOOL):
        print(f"{tool} ({version(tool)})")
