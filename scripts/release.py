"""Records a contract release: the descriptor image of proto/ as proto/releases/<version>.binpb.

From then on `make breaking` (and CI) compares the contract against it, so nothing an app
generated from this release relies on can change. A release after the first must be newer
than the newest one and must pass the breaking check against it: v1.x only adds.

    python scripts/release.py v1.1.0
"""

from __future__ import annotations

import argparse
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

import breaking  # noqa: E402  (a sibling script, not a package)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("version", help="v<major>.<minor>.<patch>, newer than the newest release")
    version = parser.parse_args(argv).version
    key = breaking.version_key(version)
    if key is None:
        print(f"release: {version!r} is not v<major>.<minor>.<patch>")
        return 2
    newest = breaking.newest_release()
    if newest is not None:
        if key <= breaking.version_key(newest.stem):  # type: ignore[operator]
            print(f"release: {version} is not newer than the newest release {newest.stem}")
            return 2
        if breaking.main([]) != 0:
            print(f"release: refused, the contract breaks {newest.stem}")
            return 1
    out = breaking.RELEASES / f"{version}.binpb"
    breaking.build_image(out, breaking.ROOT / "proto")
    print(
        f"release: wrote {out.relative_to(breaking.ROOT)}; commit it with the CHANGELOG section for {version}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
