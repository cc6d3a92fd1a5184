"""Durable intake and ordered processing of inbound messages.

``Inbox.accept`` is what a webhook calls before it answers 2xx: one atomic Lua
call deduplicates on the provider's message id and appends the message to the
stream of the person's partition. If Redis is unreachable it raises, and the
webhook answers 503 so that the provider retries.

``Worker`` processes partitions. A person's messages always land in one
partition (CRC32 of the user key), and a partition is worked by one process at a
time (a lease in Redis, renewed while the worker lives), one message after the
other, so each person's messages are handled strictly in order across any
number of processes without a per-message lock. Processes share the partitions
fairly (each takes at most ceil(partitions / live workers)). A crashed worker's
lease runs out; the next owner first re-reads the entries the previous owner
took but did not acknowledge (the stream's pending list, under the one consumer
name every owner of a partition uses), so nothing accepted is lost. Saving a
person's state and acknowledging the entry is one script fenced by the lease
(``bot/storage/scripts/save.lua``), and an entry already reflected in the state (its id
is kept in the state) is not applied twice: processing is at least once, its
effects once.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
import uuid
import zlib
from collections.abc import Awaitable, Callable

from bot import metrics
from bot.engine.model import Inbound
from bot.logs import REQUEST_ID, new_request_id
from bot.storage import RedisError, Storage
from bot.storage.inbox import InboxStore

log = logging.getLogger(__name__)

# Telegram keeps an undelivered update for 24 hours and retries within that time;
# Twilio retries a webhook only within minutes. A day covers both, and each mark
# costs about 60 bytes of Redis memory for that day.
DEDUP_TTL = 24 * 3600
CONSUMER = "owner"  # one consumer name per partition, whichever process owns it

Handler = Callable[[str, int, str, Inbound], Awaitable[None]]


class StaleState(Exception):
    """The person's state changed under this worker (another owner worked the partition
    meanwhile): the entry stays pending and is read again with fresh state."""


class Inbox:
    def __init__(self, storage: Storage, partitions: int, *, per_minute: int = 60,
                 is_urgent: Callable[[Inbound], bool] = lambda _m: False) -> None:
        self.storage = storage
        self.store = InboxStore(storage)
        self.partitions = partitions
        self.per_minute = per_minute  # a person's messages per minute past which they are dropped
        self.is_urgent = is_urgent
        self._groups_ready = False

    def partition(self, user: str) -> int:
        return zlib.crc32(user.encode()) % self.partitions

    async def ensure_groups(self) -> None:
        if self._groups_ready:
            return
        await self.store.ensure_groups(self.partitions)
        self._groups_ready = True

    async def accept(self, inbound: Inbound) -> str | None:
        """Accept durably; the stream entry id, or None when the provider sent it before."""
        message_id = inbound.message_id or uuid.uuid4().hex
        urgent = inbound.channel == "system" or self.is_urgent(inbound)
        try:
            entry = await self.store.accept(
                channel=inbound.channel, message_id=message_id, user=inbound.user, partition=self.partition(inbound.user),
                payload=inbound.to_json(), request_id=_request_id(), urgent=urgent, per_minute=self.per_minute,
                dedup_ttl=DEDUP_TTL)
        except RedisError:
            metrics.ACCEPT_FAILURES.labels(metrics.channel(inbound.channel)).inc()
            raise
        if entry == 0:
            metrics.REFUSED.labels(metrics.channel(inbound.channel), "flood").inc()
            return None
        (metrics.MESSAGES_IN if entry else metrics.DUPLICATES).labels(metrics.channel(inbound.channel)).inc()
        return entry or None

    async def forget(self, user: str) -> None:
        """Erase the person's flood counter at intake."""
        await self.store.forget_intake(user)


def _request_id() -> str:
    """The id of the HTTP request (or process step) that brought the message in."""
    rid = REQUEST_ID.get()
    return rid if rid != "-" else new_request_id()


def entry_order(entry_id: str) -> tuple[int, int]:
    ms, _, seq = entry_id.partition("-")
    return int(ms), int(seq or 0)


class Worker:
    """Owns partitions by lease and processes their entries one at a time each."""

    def __init__(self, inbox: Inbox, handler: Handler, *, lease_seconds: int = 15, worker_id: str | None = None,
                 on_acquire: Callable[[int], None] | None = None) -> None:
        self.inbox = inbox
        # called when this worker (re)takes a partition: whatever it cached about the
        # partition's people may be stale, as another process may have worked it
        self.on_acquire = on_acquire or (lambda p: None)
        self.storage = inbox.storage
        self.store = inbox.store
        self.handler = handler
        self.lease_ms = lease_seconds * 1000
        self.id = worker_id or f"w-{uuid.uuid4().hex[:12]}"
        self.owned: dict[int, asyncio.Task[None]] = {}
        self._stopping = asyncio.Event()
        self._busy: dict[int, bool] = {}
        self._stop_timeout = 10.0
        self.block_ms = 1000

    async def run(self) -> None:
        """Keep leases and partition tasks until ``stop``; survives Redis outages."""
        while not self._stopping.is_set():
            try:
                await self.inbox.ensure_groups()
                await self._rebalance()
            except RedisError as exc:
                log.warning("worker %s: redis unavailable (%s); retrying", self.id, type(exc).__name__)
            try:
                await asyncio.wait_for(self._stopping.wait(), timeout=self.lease_ms / 3000)
            except TimeoutError:
                pass
        await self._finish(self._stop_timeout)

    async def start(self) -> asyncio.Task[None]:
        return asyncio.create_task(self.run(), name=f"worker-{self.id}")

    async def stop(self, timeout: float = 10.0) -> None:
        """Finish the message in hand in each partition, then give the leases back."""
        self._stop_timeout = timeout
        self._stopping.set()
        await self._finish(timeout)

    async def _finish(self, timeout: float) -> None:
        # The leases go back only after the messages in hand are saved: a lease given
        # back earlier lets the next owner redo a message whose answer went out already.
        tasks = [t for t in self.owned.values() if not t.done()]
        if tasks:
            _, pending = await asyncio.wait(tasks, timeout=timeout)
            for t in pending:
                t.cancel()
        await self._release_all()

    async def _rebalance(self) -> None:
        store = self.store
        live = max(1, await store.heartbeat(self.id, int(time.time() * 1000), self.lease_ms))
        share = math.ceil(self.inbox.partitions / live)
        # renew what we hold; a partition whose lease was lost stops after its current message
        for p in list(self.owned):
            ok = await store.take_lease(p, self.id, self.lease_ms)
            if ok == 2:  # it had run out: another process may have worked it meanwhile
                self.on_acquire(p)
            if not ok or self.owned[p].done():
                self._drop(p)
        while len(self.owned) > share:
            p = next(reversed(self.owned))
            self._drop(p)
            await store.release_lease(p, self.id)
        if len(self.owned) < share:
            start = zlib.crc32(self.id.encode()) % self.inbox.partitions  # spread first picks
            for i in range(self.inbox.partitions):
                p = (start + i) % self.inbox.partitions
                if p in self.owned:
                    continue
                if await store.take_lease(p, self.id, self.lease_ms):
                    self.on_acquire(p)
                    self.owned[p] = asyncio.create_task(self._work(p), name=f"partition-{p}")
                    if len(self.owned) >= share:
                        break

    def _drop(self, p: int) -> None:
        task = self.owned.pop(p, None)
        if task and not task.done() and not self._busy.get(p):
            task.cancel()

    async def _release_all(self) -> None:
        try:
            for p in list(self.owned):
                self._drop(p)
            for p in range(self.inbox.partitions):
                await self.store.release_lease(p, self.id)
            await self.store.leave(self.id)
        except RedisError:
            pass

    async def _work(self, p: int) -> None:
        cursor = "0"  # first what an earlier owner took and did not finish
        while p in self.owned and not self._stopping.is_set():
            try:
                block = None if cursor == "0" else self.block_ms
                entries = await self.store.read(p, CONSUMER, cursor, count=50, block=block)
                if cursor == "0" and not entries:
                    cursor = ">"
                    continue
                for entry_id, fields in entries:
                    if p not in self.owned or self._stopping.is_set():
                        break
                    if not fields:  # deleted while pending
                        await self.store.ack(p, entry_id)
                        continue
                    self._busy[p] = True
                    token = REQUEST_ID.set(fields.get("r") or entry_id)
                    try:
                        await self.handler(self.id, p, entry_id, Inbound.from_json(fields["m"]))
                    finally:
                        REQUEST_ID.reset(token)
                        self._busy[p] = False
            except asyncio.CancelledError:
                raise
            except StaleState:
                log.info("partition %s: state changed under this worker; re-reading with fresh state", p)
                cursor = "0"
            except RedisError as exc:
                log.warning("partition %s: redis error %s; will re-read pending entries", p, type(exc).__name__)
                cursor = "0"
                await asyncio.sleep(0.5)
            except Exception:
                log.exception("partition %s: unexpected error; will re-read pending entries", p)
                cursor = "0"
                await asyncio.sleep(0.5)
