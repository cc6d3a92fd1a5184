"""The handover's Prometheus figures: cases waiting and the age of the oldest waiting
case by priority, and cases claimed (read from the queue just before each scrape),
and the time from a case being opened to its first claim (observed when a case is
claimed).

- ``register(rt)`` adds the scrape callback to ``metrics.BEFORE_SCRAPE`` once per
  process (``bot.web.metrics`` calls it for the app that serves ``/metrics``); it
  reads the latest runtime's queue. One scrape costs one pipelined round trip: a
  ``ZCOUNT`` and a ``ZRANGE BYSCORE LIMIT 0 1`` per priority on the queue (score =
  rank * 1e13 + the case's created ms, see ``bot.handover.queue``) and a ``ZCARD``
  of the claimed set.
- ``observe_claim(case)`` is called by ``CaseQueue`` when a case has been claimed:
  the first claim of a case observes how long the person waited since the case was
  opened (a case released and claimed again counts once).

No label carries a case reference, an operator or a person: only the priority.
"""

from __future__ import annotations

import time
from typing import Any

from bot import metrics
from bot.handover.model import RANK_SCALE
from bot.storage.cases import CaseStore

PRIORITIES = ("urgent", "high", "normal")  # ranks 0, 1, 2 in the queue's scores
_runtime: list[Any] = []  # the process's runtime (the latest, when tests make several)


async def read_queue(storage: Any, now: float | None = None) -> dict[str, tuple[int, float]]:
    """Per priority: (cases waiting, age in seconds of the oldest since it was opened); sets the gauges."""

    figures, claimed_count = await CaseStore(storage).queue_figures(len(PRIORITIES), RANK_SCALE)
    now_ms = (time.time() if now is None else now) * 1000
    out: dict[str, tuple[int, float]] = {}
    for rank, name in enumerate(PRIORITIES):
        count, oldest = figures[rank]
        age = max(0.0, (now_ms - (oldest - rank * RANK_SCALE)) / 1000) if oldest is not None else 0.0
        metrics.QUEUE_DEPTH.labels(name).set(count)
        metrics.QUEUE_OLDEST.labels(name).set(round(age, 3))
        out[name] = (count, age)
    metrics.CASES_CLAIMED.set(claimed_count)
    return out


async def _queue_depth() -> None:
    if _runtime:
        await read_queue(_runtime[-1].storage)


def register(rt: Any) -> None:
    _runtime[:] = [rt]
    if _queue_depth not in metrics.BEFORE_SCRAPE:
        metrics.BEFORE_SCRAPE.append(_queue_depth)


def claimed(first_claimed_ms: int, created_ms: int) -> None:
    """A case was claimed for the first time: how long the person waited for an operator."""
    if first_claimed_ms and created_ms and first_claimed_ms >= created_ms:
        metrics.TIME_TO_CLAIM.observe((first_claimed_ms - created_ms) / 1000)


def observe_claim(case: Any) -> None:
    """A case was just claimed (``case``: ``bot.handover.queue.Case``); counts its first claim only."""
    if case.first_claimed and case.first_claimed == case.claimed_at:
        claimed(int(case.first_claimed), int(case.created or 0))
