"""`buf breaking` of the working contract against the previous commit's contract.

Compares against HEAD when proto/ has uncommitted changes, else against HEAD~1 (on a
fresh clone of main: the commit before the tip). Skips, saying so, only when that
commit does not exist or has no contract yet."""

from __future__ import annotations

import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
BIN = pathlib.Path(sys.executable).parent


def git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)


def baseline() -> str | None:
    dirty = git("diff", "--quiet", "HEAD", "--", "proto").returncode != 0
    base = "HEAD" if dirty else "HEAD~1"
    if git("rev-parse", "--verify", "--quiet", f"{base}^{{commit}}").returncode != 0:
        return None
    if not git("ls-tree", "-r", "--name-only", base, "proto/rupaya/v1").stdout.strip():
        return None
    return base


def main() -> int:
    base = baseline()
    if base is None:
        print("buf breaking: skipped, no previous commit with a contract to compare against")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = pathlib.Path(tmp)
        archive = subprocess.run(
            ["git", "archive", base, "proto"], cwd=ROOT, capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        previous, current = tmp_path / "previous.binpb", tmp_path / "current.binpb"
        protogen = [sys.executable, str(ROOT / "scripts" / "protogen.py"), "image"]
        subprocess.run([*protogen, str(previous), "--proto-root", str(tmp_path / "proto")], check=True)
        subprocess.run([*protogen, str(current)], check=True)
        result = subprocess.run(
            [str(BIN / "buf"), "breaking", str(current), "--against", str(previous), "--path", "rupaya"]
        )
    print(f"buf breaking against {base}: {'ok' if result.returncode == 0 else 'BREAKING CHANGES'}")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
