"""The released contract is guarded: `make breaking` compares the working contract with the
newest image in proto/releases/, and a change that breaks it fails the check while an
addition passes."""

from __future__ import annotations

import pathlib
import re
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
RELEASES = ROOT / "proto" / "releases"
_VERSION = re.compile(r"^v\d+\.\d+\.\d+$")


def _breaking(proto_root: pathlib.Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(ROOT / "scripts" / "breaking.py"), "--proto-root", str(proto_root)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def contract_copy(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    root = tmp_path_factory.mktemp("contract") / "proto"
    shutil.copytree(ROOT / "proto", root, ignore=shutil.ignore_patterns("releases"))
    return root


def _edit(root: pathlib.Path, file: str, old: str, new: str) -> None:
    path = root / "rupaya" / "v1" / file
    text = path.read_text()
    assert old in text, f"{old!r} not in {file}"
    path.write_text(text.replace(old, new, 1))


def test_a_release_is_recorded_and_named_by_version() -> None:
    names = sorted(p.name for p in RELEASES.iterdir())
    assert "v1.0.0.binpb" in names
    assert all(_VERSION.match(pathlib.Path(n).stem) for n in names), names


def test_the_working_contract_does_not_break_the_newest_release() -> None:
    result = _breaking(ROOT / "proto")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "against release v" in result.stdout


def test_removing_a_released_field_fails_the_check(
    contract_copy: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    root = tmp_path / "proto"
    shutil.copytree(contract_copy, root)
    _edit(root, "transactions.proto", "  string payee = 10", "  reserved 10;\n  string payee_removed = 99")
    result = _breaking(root)
    assert result.returncode != 0
    assert "payee" in result.stdout and "BREAKING CHANGES" in result.stdout


def test_changing_a_released_field_type_fails_the_check_naming_the_field(
    contract_copy: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    """int64 -> int32 keeps the wire type, so old apps would not even fail loudly: buf must."""
    root = tmp_path / "proto"
    shutil.copytree(contract_copy, root)
    _edit(root, "common.proto", "  int64 amount_minor = 1;", "  int32 amount_minor = 1;")
    result = _breaking(root)
    assert result.returncode != 0 and "BREAKING CHANGES" in result.stdout
    assert re.search(r'common\.proto:\d+:\d+:.*"amount_minor".*int64.*int32', result.stdout), result.stdout


def test_renaming_a_released_rpc_fails_the_check(contract_copy: pathlib.Path, tmp_path: pathlib.Path) -> None:
    root = tmp_path / "proto"
    shutil.copytree(contract_copy, root)
    _edit(root, "currencies.proto", "rpc ListCurrencies(", "rpc ListAllCurrencies(")
    result = _breaking(root)
    assert result.returncode != 0
    assert "ListCurrencies" in result.stdout


def test_an_addition_passes(contract_copy: pathlib.Path, tmp_path: pathlib.Path) -> None:
    root = tmp_path / "proto"
    shutil.copytree(contract_copy, root)
    _edit(root, "currencies.proto", "message Currency {", "message Currency {\n  string symbol = 99;")
    result = _breaking(root)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_release_must_be_newer_than_the_newest() -> None:
    command = [sys.executable, str(ROOT / "scripts" / "release.py"), "v1.0.0"]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert "not newer" in result.stdout
