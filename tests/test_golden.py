"""Golden transcripts in both languages through the real engine and shipped flows."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.transcript import inputs_of, run

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.txt")), ids=lambda p: p.stem)
def test_golden(engine, path: Path) -> None:
    expected = path.read_text(encoding="utf-8")
    header = [line for line in expected.splitlines() if line.startswith("#")]
    actual = "\n".join(header) + "\n" + run(engine, inputs_of(expected))
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert actual == expected
