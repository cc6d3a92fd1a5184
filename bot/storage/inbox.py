"""The inbox's Redis commands (``bot.pipeline.inbox``): the partition streams, their
consumer group, the intake script (``scripts/accept.lua``), the partition leases
(``scripts/lease.lua``, ``scripts/release.lua``) and the live-worker heartbeats."""

from __future__ import annotations

from typing import Any

from redis.exceptions import ResponseError

from bot.storage import GROUP, Storage


class InboxStore:
    def __init__(self, storage: Storage) -> None:
        self.redis, self.keys = storage.redis, storage.keys
        self._accept = storage.accept_script
        self._lease = storage.lease_script
        self._release = storage.release_script

    async def ensure_groups(self, partitions: int) -> None:
        """Create the consumer group of every partition's stream (and the stream), if missing."""
        pipe = self.redis.pipeline(transaction=False)
        for p in range(partitions):
            pipe.xgroup_create(self.keys.inbox(p), GROUP, id="0", mkstream=True)
        for res in await pipe.execute(raise_on_error=False):
            if isinstance(res, ResponseError) and "BUSYGROUP" not in str(res):
                raise res

    async def accept(self, *, channel: str, message_id: str, user: str, partition: int, payload: str, request_id: str,
                     urgent: bool, per_minute: int, dedup_ttl: int) -> Any:
        """One atomic intake (``accept.lua``): the stream entry id, None for a duplicate, 0 for a flood."""
        k = self.keys
        return await self._accept(
            keys=[k.dedup(channel, message_id), k.inbox(partition), k.intake(user)],
            args=[dedup_ttl, user, payload, request_id, "1" if urgent else "0", per_minute],
        )

    async def forget_intake(self, user: str) -> None:
        """Erase the person's flood counter at intake."""
        await self.redis.delete(self.keys.intake(user))

    # -- workers and leases -----------------------------------------------------------------
    async def heartbeat(self, worker: str, now_ms: int, lease_ms: int) -> int:
        """Record that ``worker`` lives, drop workers silent for three leases; how many lived
        within the last lease (at least this one)."""
        k = self.keys
        pipe = self.redis.pipeline(transaction=False)
        pipe.zadd(k.workers(), {worker: now_ms})
        pipe.zremrangebyscore(k.workers(), 0, now_ms - 3 * lease_ms)
        pipe.zcount(k.workers(), now_ms - lease_ms, "+inf")
        return int((await pipe.execute())[2])

    async def leave(self, worker: str) -> None:
        """The worker stops: it no longer counts among the live ones."""
        await self.redis.zrem(self.keys.workers(), worker)

    async def take_lease(self, partition: int, worker: str, ttl_ms: int) -> int:
        """1 renewed, 2 newly taken, 0 held by another (``lease.lua``)."""
        return int(await self._lease(keys=[self.keys.lease(partition)], args=[worker, ttl_ms]))

    async def release_lease(self, partition: int, worker: str) -> None:
        """Give the lease back if ``worker`` still holds it (``release.lua``)."""
        await self._release(keys=[self.keys.lease(partition)], args=[worker])

    # -- the partition's stream ----------------------------------------------------------------
    async def read(self, partition: int, consumer: str, cursor: str, *, count: int,
                   block: int | None) -> list[tuple[str, dict[str, str]]]:
        """Entries of the partition for ``consumer``: from ``cursor`` "0" those it took and did
        not acknowledge, from ">" new ones (waiting up to ``block`` ms)."""
        res: Any = await self.redis.xreadgroup(GROUP, consumer, {self.keys.inbox(partition): cursor}, count=count, block=block)
        return list(res[0][1]) if res else []

    async def ack(self, partition: int, entry_id: str) -> None:
        """Acknowledge an entry (one deleted while pending)."""
        await self.redis.xack(self.keys.inbox(partition), GROUP, entry_id)

    async def done(self, partition: int, entry_id: str) -> None:
        """Acknowledge and delete an entry whose effects are already saved."""
        stream = self.keys.inbox(partition)
        pipe = self.redis.pipeline(transaction=False)
        pipe.xack(stream, GROUP, entry_id)
        pipe.xdel(stream, entry_id)
        await pipe.execute()
