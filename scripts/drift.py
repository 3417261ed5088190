"""Fails when gen/python differs from what the contract generates now."""

from __future__ import annotations

import filecmp
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "gen" / "python"


def files(root: pathlib.Path) -> set[pathlib.Path]:
    return {p.relative_to(root) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = pathlib.Path(tmp)
        subprocess.run([sys.executable, str(ROOT / "scripts" / "protogen.py"), "python", tmp], check=True)
        committed, generated = files(COMMITTED), files(fresh)
        drift = sorted(committed ^ generated) + sorted(
            p for p in committed & generated if not filecmp.cmp(COMMITTED / p, fresh / p, shallow=False)
        )
    if drift:
        print("gen/python is out of date with proto/ (run `make gen`):")
        for path in drift:
            print(f"  {path}")
        return 1
    print("gen/python matches proto/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
