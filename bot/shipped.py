"""A model file shipped with the program, read once per process.

The learned parts (the "person in trouble now" model, the job-ad scanner's learned layer)
are trained ahead of time into ``data/*/model.npz``; each process reads its file the first
time it is needed. A missing or stale file is said once in the log and the rules decide alone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

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
