"""A process's peak memory while something runs: the kernel's high-water mark (VmHWM), reset
just before (writing 5 to /proc/<pid>/clear_refs), minus the resident size (VmRSS) before."""

from __future__ import annotations

import pathlib
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
MB = 1024 * 1024


def _status_kb(pid: int, field: str) -> int:
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(f"{field} not in /proc/{pid}/status")


def resident(pid: int) -> int:
    """A process's resident size now, bytes (VmRSS)."""
    return _status_kb(pid, "VmRSS") * 1024


def peak_growth(pid: int, run: Callable[[], T]) -> tuple[int, T]:
    """(bytes the process's peak resident size rose above its size before `run`, run's result)."""
    before = _status_kb(pid, "VmRSS")
    pathlib.Path(f"/proc/{pid}/clear_refs").write_text("5")  # VmHWM := VmRSS
    result = run()
    return (_status_kb(pid, "VmHWM") - before) * 1024, result
