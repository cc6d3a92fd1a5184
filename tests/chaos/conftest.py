"""The chaos runs (several processes, killed workers, a restarted Valkey) carry the
``chaos`` marker, so ``./scripts/test --fast`` leaves them out."""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).resolve().parent
    for item in items:
        if Path(str(item.fspath)).resolve().parent == here:
            item.add_marker(pytest.mark.chaos)
