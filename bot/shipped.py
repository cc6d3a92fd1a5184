"""A model file shipped with the program, read once per process.

The learned parts (the "person in trouble now" model, the job-ad scanner's learned layer)
are trained ahead of time into ``data/*/model.npz``; each process reads its file the first
time it is needed. A missing or stale file is said once in the log and the rules decide alone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

import numpy as np

log = logging.getLogger(__name__)
T = TypeVar("T")


class Shipped(Generic[T]):
    def __init__(self, load: Callable[[], T | None], what: str, file: str, retrain: str) -> None:
        self._load, self._what, self._file, self._retrain = load, what, file, retrain
        self._read: list[T | None] = []

    def get(self) -> T | None:
        if not self._read:
            value = self._load()
            if value is None:
                log.warning("%s: %s missing or stale; the rules decide alone (run: %s)", self._what, self._file, self._retrain)
            self._read.append(value)
        return self._read[0]


def read_npz(path: Path, key: str, want: str | int, build: Callable[[Any], T], what: str) -> T | None:
    """``build`` applied to the arrays of the model file ``path``; None when the file is missing,
    was made with other settings (its ``key`` is not ``want``) or cannot be read (said in the log)."""
    if not path.exists():
        return None
    try:
        with np.load(path, allow_pickle=False) as z:
            if type(want)(z[key]) != want:
                return None
            return build(z)
    except (OSError, ValueError, KeyError) as exc:
        log.warning("%s: cannot read %s (%s)", what, path, type(exc).__name__)
        return None
