"""One Redis reader per process for every server-sent-events page.

Each open web chat and console page follows a Redis stream (a visitor's chat
stream, the audit stream). A blocking XREAD per page would hold one Redis
connection per open page; instead one task per process reads all followed
streams with one blocking XREAD (all keys share one hash tag, so this also works
on Redis Cluster) and hands entries to the pages' queues. A page first reads its
own backlog (non-blocking), so nothing between its last seen id and the hub's
next read is lost; entries it has already seen are skipped.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator
from typing import Any

from bot.storage import RedisError, ResponseError
from bot.storage.hub import HubStore

log = logging.getLogger(__name__)


_ID = re.compile(r"([0-9]{1,20})(?:-([0-9]{1,20}))?", re.ASCII)  # (fullmatch: no "\n" after, no other digits)
_MAX = 2**64 - 1


def stream_id(raw: str | None) -> str | None:
    """``raw`` when it is a stream id Redis accepts (``ms`` or ``ms-seq``, each a 64-bit
    unsigned number), else None. Every id a client sends (``Last-Event-ID``) passes here
    before it reaches Redis."""
    m = _ID.fullmatch(raw or "")
    if not m or int(m.group(1)) > _MAX or (m.group(2) is not None and int(m.group(2)) > _MAX):
        return None
    return raw


def _order(entry_id: str) -> tuple[int, int]:
    ms, _, seq = entry_id.partition("-")
    return int(ms or 0), int(seq or 0)


class Hub:
    def __init__(self, store: HubStore, block_ms: int = 1000) -> None:
        self.store = store
        self.block_ms = block_ms
        self.subs: dict[str, set[asyncio.Queue[tuple[str, dict[str, str]]]]] = {}
        self.last: dict[str, str] = {}
        self._task: asyncio.Task[None] | None = None

    async def follow(self, key: str, last_id: str = "$", heartbeat: float = 15.0) -> AsyncIterator[tuple[str, dict[str, str]] | None]:
        """Entries of ``key`` after ``last_id`` ("$": only new ones), live. Yields None as a heartbeat.
        An id that is not a valid stream id (``stream_id``) counts as "$"."""
        q: asyncio.Queue[tuple[str, dict[str, str]]] = asyncio.Queue(maxsize=1000)
        last_id = stream_id(last_id) or "$"
        try:
            # registered inside the try: whatever fails below, the finally takes it out again
            self.subs.setdefault(key, set()).add(q)  # before reading the backlog: nothing falls in between
            if last_id == "$":
                last_id = await self.store.newest_id(key) or "0-0"
            self.last.setdefault(key, last_id)
            backlog = await self.store.backlog(key, last_id, 500)
            if self._task is None or self._task.done():
                self._task = asyncio.create_task(self._run(), name="sse-hub")
            seen = last_id
            for entry_id, fields in backlog:
                seen = entry_id
                yield entry_id, fields
            while True:
                try:
                    entry_id, fields = await asyncio.wait_for(q.get(), heartbeat)
                except TimeoutError:
                    yield None
                    continue
                if not entry_id:
                    return  # the server is shutting down
                if _order(entry_id) <= _order(seen):
                    continue
                seen = entry_id
                yield entry_id, fields
        finally:
            subs = self.subs.get(key)
            if subs is not None:
                subs.discard(q)
                if not subs:
                    self.subs.pop(key, None)
                    self.last.pop(key, None)

    async def close(self, _app: Any = None) -> None:
        """End every follower (at server shutdown, so open pages do not hold it up)."""
        for subs in self.subs.values():
            for q in subs:
                try:
                    q.put_nowait(("", {}))
                except asyncio.QueueFull:
                    pass
        if self._task is not None and not self._task.done():
            self._task.cancel()  # (before Redis closes: no read may meet a closed connection)

    async def _run(self) -> None:
        while self.subs:
            streams = {k: self.last.get(k) or "0-0" for k in list(self.subs)}
            try:
                res = await self.store.read(streams, 200, self.block_ms)
            except ResponseError as exc:
                # Redis refused the read itself (it should not, as every id is checked): one
                # bad stream must not silence every page, so read each one alone once, and
                # drop (end the followers of) those Redis refuses
                log.warning("sse hub: redis refused the shared read (%s); checking each stream", type(exc).__name__)
                res = []
                for k, last in streams.items():
                    try:
                        res += await self.store.read({k: last}, 200)
                    except ResponseError:
                        self._drop(k)
                    except RedisError:
                        break
            except RedisError as exc:
                log.warning("sse hub: redis unavailable (%s)", type(exc).__name__)
                await asyncio.sleep(1)
                continue
            for key, entries in res or []:
                for entry_id, fields in entries:
                    if key in self.last:
                        self.last[key] = entry_id
                    for q in list(self.subs.get(key, ())):
                        if q.full():
                            continue  # a stalled page; it reloads its backlog on reconnect
                        q.put_nowait((entry_id, fields))

    def _drop(self, key: str) -> None:
        for q in self.subs.pop(key, set()):
            try:
                q.put_nowait(("", {}))
            except asyncio.QueueFull:
                pass
        self.last.pop(key, None)


def hub_of(rt: Any) -> Hub:
    """The process's hub (kept with the processor's shared services)."""
    hub = rt.processor.services.get("sse_hub")
    if hub is None:
        hub = rt.processor.services["sse_hub"] = Hub(HubStore(rt.storage))
    return hub
