"""Retention: closed cases, their conversations and the audit stream expire on their own.

Run from the handover's timer tick (``bot.handover.service``) in every process, at
most once per ``every`` seconds per process. Each step is one Lua script over an
index (``bot.handover.queue``), so any number of processes may run it at the same
time: each case is anonymised once and deleted once, whichever process gets it,
and one run touches at most ``limit`` cases per step.

1. Cases closed more than ``CASE_RETENTION_DAYS`` ago are anonymised: their
   conversation, notes, learned answers, operator, reason and link to the person
   go; times, category, priority, language, channel, outcome and rating stay, for
   the supervisors' statistics (``CaseQueue.anonymise_due``). A case whose person
   asked to be forgotten while it was open is anonymised at the first run after
   it closes.
2. Anonymised cases closed more than ``STATS_RETENTION_DAYS`` ago are deleted, and
   the audit stream is trimmed to the same age (``CaseQueue.purge_due``).
3. Once per installation, cases closed before the retention index existed are
   indexed from the audit stream's ``closed`` entries, 1,000 entries a run.

The conversation state (``STATE_TTL_DAYS``) and the channels' own keys expire by
Redis TTLs; ``docs/privacy.md`` lists every key and its lifetime.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot import abuse, config
from bot.handover.queue import CaseQueue

log = logging.getLogger(__name__)

DAY_MS = 86_400_000
BACKFILL_BATCH = 1000


@dataclass(frozen=True)
class RetentionRun:
    anonymised: int = 0
    deleted: int = 0
    indexed: int = 0


class Retention:
    def __init__(self, queue: CaseQueue, *, case_days: int | None = None, stats_days: int | None = None,
                 every: float = 60.0, limit: int = 100) -> None:
        self.queue = queue
        self.case_days = case_days if case_days is not None else config.get("CASE_RETENTION_DAYS")
        self.stats_days = stats_days if stats_days is not None else config.get("STATS_RETENTION_DAYS")
        if self.case_days < 1:
            raise config.ConfigError("CASE_RETENTION_DAYS must be at least 1")
        if self.stats_days < self.case_days:
            raise config.ConfigError("STATS_RETENTION_DAYS must not be shorter than CASE_RETENTION_DAYS")
        self.every = every
        self.limit = limit
        self._last: float | None = None

    async def run(self, *, force: bool = False) -> RetentionRun | None:
        """One bounded round (None when the last one was less than ``every`` seconds ago)."""
        now = self.queue.clock()
        if not force and self._last is not None and now - self._last < self.every:
            return None
        self._last = now
        indexed = await self.backfill()
        now_ms = self.queue.now_ms()
        anonymised = await self.queue.anonymise_due(now_ms - self.case_days * DAY_MS, self.limit)
        deleted = await self.queue.purge_due(now_ms - self.stats_days * DAY_MS, self.limit)
        # supervisor actions (reveals, abuse marks): trimmed by age only
        await abuse.trim_supervision_before(self.queue.storage, now_ms - self.stats_days * DAY_MS)
        return RetentionRun(len(anonymised), deleted, indexed)

    async def backfill(self) -> int:
        """Index cases closed before the index existed (from the audit stream's ``closed``
        entries; the anonymising script checks each case's own status and closing time, so
        an entry of a case reopened since does no harm). Idempotent, so two processes doing
        it at once only do some work twice. The number of entries indexed."""
        store = self.queue.store
        cursor = await store.backfill_cursor()
        if cursor == "done":
            return 0
        batch = await store.audit_after(cursor, BACKFILL_BATCH)
        found: dict[str, float] = {}
        for _entry_id, f in batch:
            if f.get("kind") == "closed" and f.get("case"):
                try:
                    found[f["case"]] = int(float(f.get("ts") or 0))
                except ValueError:
                    continue
        await store.index_closed(found)  # (a case closed since is indexed already)
        await store.set_backfill_cursor(batch[-1][0] if len(batch) == BACKFILL_BATCH else "done")
        return len(found)
