"""The terminal chat as a newcomer uses it: piped input, embedded Valkey started by
the program itself, state kept across two runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # (./scripts/test --fast leaves these out: each takes over a second)

ROOT = Path(__file__).parent.parent


def chat(tmp: Path, lines: str, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    env.update(DATA_DIR=str(tmp / "var"), PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-m", "bot", "chat", *args], cwd=ROOT, env=env, input=lines,
                         capture_output=True, text=True, timeout=90)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_piped_session_in_tajik_walks_the_menu_and_reaches_help_from_anywhere(tmp_path: Path) -> None:
    out = chat(tmp_path, "4\nёрӣ\n2\nменю\n", "--lang", "tg")
    assert "Чӣ кор кардан мехоҳед?" in out  # the menu
    assert out.count("Агар ҳозир дар хатар бошед") == 1  # the urgent screen (then "where are you now?": 2 = Kazakhstan)
    assert out.rstrip().endswith("6. Забон")


def test_piped_session_in_russian_switches_language_and_state_survives_a_restart(tmp_path: Path) -> None:
    out = chat(tmp_path, "язык\n1\n", "--lang", "ru")
    assert "Что вы хотите сделать?" in out
    assert out.rstrip().endswith("6. Забон")  # now in Tajik
    out = chat(tmp_path, "4\n")  # a new process, the same embedded data on disk
    assert "Рақамҳои ёрии фаврӣ" in out
