"""The durable outbox for SMS to an idempotent provider (the Android phone gateway).

A reply to such a provider is first written to Redis (one sorted set scored by the time
of the next attempt, one hash of items), then sent. Each item carries a message id of
our own, fixed when it is written (derived from the person, the message it answers and
the text, so a message handled again after a crash gets the same id). The gateway
refuses an id it already has (``409``), which the provider reports as sent: an attempt
whose answer was lost, retried, does not send the message twice.

When the gateway is down (connection refused, timeout, 5xx, 429, bad credentials) the
item stays and is tried again after ``base``, 2x, 4x ... seconds, at most ``cap`` apart,
for ``window`` seconds in all; then it is given up and recorded as a delivery failure
on the person's open case. A refused message (``400``) is recorded at once.

Several processes may run the loop: an item is claimed by moving its score past a lease
(``bot/storage/scripts/sms_outbox_claim.lua``), so only one process tries it at a time; if that process dies, the
lease runs out and another tries the same id again.

Privacy: an item holds the number sealed like ``sms:n:<user>`` (``bot.ids.Vault``), the
pseudonymous user key and the text; it is deleted once sent or given up.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import time
from typing import Any

from bot import metrics
from bot.channels.sms.providers.base import Route, SendError
from bot.storage import RedisError

log = logging.getLogger(__name__)

def message_id(user: str, ref: str | None, index: int, body: str) -> str:
    """Our id for one outbound message: the same for the same answer to the same message
    (``ref``), so the provider can refuse a second copy; random without a ``ref``."""
    if not ref:
        import secrets

        return "h" + secrets.token_hex(15)
    digest = hashlib.sha256(f"{user}\x00{ref}\x00{index}\x00{body}".encode()).hexdigest()
    return "h" + digest[:31]  # 32 characters: within the gateway's id length


class Outbox:
    def __init__(self, channel: Any, *, base: float = 5.0, cap: float = 300.0, window: float = 24 * 3600.0,
                 lease: float = 60.0, batch: int = 20) -> None:
        self.channel = channel
        self.store = channel.store  # (bot.storage.sms.SmsStore)
        self.base = max(0.01, base)
        self.cap = max(self.base, cap)
        self.window = window
        self.lease = lease
        self.batch = batch
        self.wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def delay(self, attempts: int) -> float:
        """Seconds before attempt ``attempts + 1``: base, 2x, 4x ..., at most ``cap``."""
        return min(self.cap, self.base * (2 ** max(0, attempts - 1)))

    async def put(self, user: str, number: str, bodies: list[str], provider: str, route: Route, ref: str | None,
                  *, exempt: bool = False) -> list[str]:
        """Keep ``bodies`` for ``number`` (due now) and wake the loop; their ids.
        ``exempt``: send even if the person has opted out meanwhile (the STOP confirmation)."""
        now = int(time.time() * 1000)
        sealed = self.channel.seal(number)
        ids, items = [], []
        for i, body in enumerate(bodies):
            mid = message_id(user, ref, i, body)
            ids.append(mid)
            item = {"u": user, "n": sealed, "b": body, "p": provider, "d": route.device, "s": route.sim,
                    "t": now, "a": 0, "x": 1 if exempt else 0}
            items.append((mid, json.dumps(item), now + i))  # + i: in order
        await self.store.outbox_put(user, items, self.channel.sent_ttl)
        self.start()
        self.wake.set()
        return ids

    # -- the loop ---------------------------------------------------------------------
    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run(), name="sms-outbox")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
            self._task = None

    async def _run(self) -> None:
        while True:
            self.wake.clear()
            try:
                await self.drain()
            except RedisError as exc:
                log.warning("SMS outbox: redis unavailable (%s); trying again", type(exc).__name__)
            except Exception:
                log.exception("SMS outbox: unexpected error")
            try:
                await asyncio.wait_for(self.wake.wait(), await self._next_wait())
            except TimeoutError:
                pass

    async def _next_wait(self) -> float:
        """Sleep until the next item is due (at most a minute, at least 10 ms)."""
        try:
            due = await self.store.outbox_next_due()
        except RedisError:
            return 1.0
        if due is None:
            return 60.0
        return min(60.0, max(0.01, due / 1000 - time.time()))

    async def drain(self) -> int:
        """Try every due item once; how many were tried."""
        tried = 0
        now = int(time.time() * 1000)  # once: an item put off during this pass waits for the next
        while True:
            ids = await self.store.outbox_claim(now, now + int(self.lease * 1000), self.batch)
            if not ids:
                return tried
            for mid in ids:
                tried += 1
                await self._attempt(mid)

    async def pending(self) -> int:
        return await self.store.outbox_pending()

    async def _done(self, mid: str) -> None:
        await self.store.outbox_done(mid)

    async def _attempt(self, mid: str) -> None:
        store, ch = self.store, self.channel
        raw = await store.outbox_item(mid)
        if raw is None:
            await store.outbox_unqueue(mid)
            return
        item = json.loads(raw)
        user = str(item["u"])
        if not item.get("x") and await store.opted_out(user):
            await self._done(mid)  # said STOP meanwhile: nothing more goes to them
            await store.count("dropped_opted_out")
            return
        number = ch.unseal(item.get("n"))
        provider = ch.providers.get(str(item.get("p")))
        if not number or provider is None:  # the pepper changed, or that provider is off now
            await self._done(mid)
            await ch.record_failure(user, "dropped", "no_route")
            return
        route = Route(str(item["p"]), str(item.get("d") or ""), item.get("s"))
        try:
            try:
                await provider.send(number, str(item["b"]), None, route, mid)
            except SendError:
                raise
            except Exception as unexpected:  # noqa: BLE001  an answer we cannot read: tried again (the id keeps it once)
                log.warning("SMS outbox: unexpected %s from the provider", type(unexpected).__name__)
                raise SendError(type(unexpected).__name__, permanent=False) from None
        except SendError as exc:
            age = time.time() - int(item["t"]) / 1000
            if exc.permanent or age >= self.window:
                await self._done(mid)
                log.warning("SMS outbox: message given up (provider error %s)", exc.code)
                await ch.record_failure(user, "rejected" if exc.permanent else "expired", exc.code)
                if exc.opted_out:
                    await ch.opt_out(user, via="provider")
                return
            item["a"] = int(item.get("a", 0)) + 1
            due = int((time.time() + self.delay(item["a"])) * 1000)
            await store.outbox_retry(mid, json.dumps(item), due)
            metrics.retry("sms", "gateway")
            return
        await self._done(mid)
