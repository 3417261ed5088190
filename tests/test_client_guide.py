"""docs/clients.md shows only code that runs: each TypeScript and Python excerpt is, word for word
(indentation aside), part of the program a test compiles and runs against a live server."""

from __future__ import annotations

import re

import pytest

from tests.servers import ROOT

GUIDE = ROOT / "docs" / "clients.md"
PROGRAMS = {
    "ts": ROOT / "tests" / "clients" / "typescript" / "journey.ts",  # tests/test_typescript_client.py
    "python": ROOT / "tests" / "clients" / "python" / "journey.py",  # tests/test_python_client.py
}


def stripped(text: str) -> str:
    return "\n".join(line.strip() for line in text.strip("\n").splitlines())


def excerpts() -> list[tuple[str, str]]:
    return re.findall(r"```(ts|python)\n(.*?)```", GUIDE.read_text(), re.S)


def test_the_guide_shows_both_programs() -> None:
    assert {language for language, _ in excerpts()} == set(PROGRAMS)


@pytest.mark.parametrize("number", range(len(excerpts())))
def test_each_excerpt_is_in_its_tested_program(number: int) -> None:
    language, code = excerpts()[number]
    program = stripped(PROGRAMS[language].read_text())
    assert stripped(code) in program, (
        f"docs/clients.md excerpt {number} ({language}) is not in {PROGRAMS[language]}"
    )
