"""`buf breaking` of the working contract against the newest released contract.

Releases are descriptor images committed in proto/releases/ (`v<major>.<minor>.<patch>.binpb`,
written by scripts/release.py): a git tag may not travel with the repository, a file does.
Additions since the newest release pass; anything that would break an app generated from a
release fails. Before the first release the check falls back to the previous commit's
contract (HEAD when proto/ has uncommitted changes, else HEAD~1).

    python scripts/breaking.py [--proto-root DIR]
"""

from __future__ import annotations

import argparse
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
RELEASES = ROOT / "proto" / "releases"
BIN = pathlib.Path(sys.executable).parent
_VERSION = re.compile(r"^v(\d+)\.(\d+)\.(\d+)$")


def version_key(name: str) -> tuple[int, int, int] | None:
    match = _VERSION.match(name)
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


def newest_release() -> pathlib.Path | None:
    released = [(key, path) for path in RELEASES.glob("*.binpb") if (key := version_key(path.stem))]
    return max(released)[1] if released else None


def build_image(out: pathlib.Path, proto_root: pathlib.Path) -> None:
    protogen = [sys.executable, str(ROOT / "scripts" / "protogen.py"), "image"]
    subprocess.run([*protogen, str(out), "--proto-root", str(proto_root)], check=True)


def buf_breaking(current: pathlib.Path, against: pathlib.Path) -> int:
    command = [str(BIN / "buf"), "breaking", str(current), "--against", str(against), "--path", "rupaya"]
    return subprocess.run(command).returncode


def _git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)


def previous_commit() -> str | None:
    dirty = _git("diff", "--quiet", "HEAD", "--", "proto").returncode != 0
    base = "HEAD" if dirty else "HEAD~1"
    if _git("rev-parse", "--verify", "--quiet", f"{base}^{{commit}}").returncode != 0:
        return None
    if not _git("ls-tree", "-r", "--name-only", base, "proto/rupaya/v1").stdout.strip():
        return None
    return base


def _image_of_commit(commit: str, tmp: pathlib.Path) -> pathlib.Path:
    archive = subprocess.run(["git", "archive", commit, "proto"], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive.stdout, check=True)
    image = tmp / "previous.binpb"
    build_image(image, tmp / "proto")
    return image


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--proto-root", type=pathlib.Path, default=ROOT / "proto")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = pathlib.Path(tmp)
        current = tmp_path / "current.binpb"
        build_image(current, args.proto_root)
        release = newest_release()
        if release is not None:
            against, name = release, f"release {release.stem}"
        elif (commit := previous_commit()) is not None:
            against, name = _image_of_commit(commit, tmp_path), f"{commit} (no release recorded yet)"
        else:
            print("buf breaking: skipped, no release and no previous commit with a contract")
            return 0
        code = buf_breaking(current, against)
    print(f"buf breaking against {name}: {'ok' if code == 0 else 'BREAKING CHANGES'}")
    return code


if __name__ == "__main__":
    sys.exit(main())
