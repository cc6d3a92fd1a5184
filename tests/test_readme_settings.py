"""The README's settings table is what ``python -m bot settings`` prints: every setting
any part of the program registers, none missing, none stale."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # (./scripts/test --fast leaves these out: each takes over a second)

ROOT = Path(__file__).resolve().parent.parent


def test_readme_settings_table_is_the_generated_one() -> None:
    out = subprocess.run([sys.executable, "-m", "bot", "settings"], cwd=ROOT, capture_output=True, text=True, check=True)
    generated = [line for line in out.stdout.splitlines() if line.startswith("|")]
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = readme.index(generated[0])
    table = []
    for line in readme[start:]:
        if not line.startswith("|"):
            break
        table.append(line)
    assert table == generated, "README settings table is stale: paste the output of `python -m bot settings`"
