"""One message through the program: load state, one engine step, effects, replies, save.

Redis round trips for an ordinary message: one fenced script to save the state and
acknowledge the inbox entry (plus the intake script and the stream read in
``bot.pipeline.inbox``): three in all. The state is read from Redis (``HGETALL``) only the
first time this process sees a person after taking their partition; after that it
comes from an in-process cache. That is safe because only the partition's owner
ever writes a person's state, the cache of a partition is dropped whenever the
partition is (re)taken, and the save script refuses to save over a state whose
last applied entry id is not the one the cache held (then the entry is read again
with fresh state).

Replies are sent before the state is saved: if the process dies in between, the
entry is processed again and the person may see an answer twice, which is
better than never (arq's "pessimistic execution").
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from bot import config, metrics
from bot.engine.effects import Forget
from bot.engine.model import Effect, Inbound, Reply, State, StepResult
from bot.engine.runner import Engine
from bot.pipeline import ratelimit
from bot.pipeline.inbox import Inbox, StaleState, entry_order
from bot.storage import RedisError, Storage
from bot.storage.state import StateStore

log = logging.getLogger(__name__)


class Sender(Protocol):
    """A channel's way out. ``inbound`` is the message being answered (a system event
    for operator replies and timers), so a channel can answer in its webhook response
    (TwiML) when the answer is ready in time, and by its API otherwise."""

    async def send(self, user: str, replies: list[Reply], state: State, inbound: Inbound) -> None: ...


# What plugins give the processor (``bot.runtime.Plugin``; ``bot.runtime.wiring`` joins them):
# effect handlers ``async fn(proc, inbound, state, effect) -> list[Reply]`` by effect class;
# forgetters ``async fn(proc, user)`` erasing what a subsystem keeps beyond the state hash,
# True when it kept something that needs the person to stay reachable (an open case an
# operator is working on); preparers ``async fn(proc, inbound, state) -> Inbound``, the I/O
# a message needs before the engine sees it (e.g. reading the text of a picture).
EffectHandler = Callable[["Processor", Inbound, State, Any], Awaitable[list[Reply]]]
Forgetter = Callable[["Processor", str], Awaitable[bool | None]]
Preparer = Callable[["Processor", Inbound, State], Awaitable[Inbound]]


@dataclass(frozen=True)
class Wiring:
    effects: Mapping[type[Effect], EffectHandler] = field(default_factory=dict)
    forget: tuple[Forgetter, ...] = ()
    prepare: tuple[Preparer, ...] = ()


# People whose state one process keeps in memory, in all (split evenly among the
# partitions). About 0.5 KB each; beyond it the least recently seen is reloaded.
STATE_CACHE_SIZE = 20_000


def channel_of(user: str) -> str:
    return user.partition(":")[0]


class Processor:
    def __init__(self, storage: Storage, engine: Engine, inbox: Inbox, *, state_ttl: int, wiring: Wiring | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.storage = storage
        self.store = StateStore(storage)
        self.engine = engine
        self.inbox = inbox
        self.state_ttl = state_ttl
        self.wiring = wiring or Wiring()
        self.clock = clock
        self.senders: dict[str, Sender] = {}
        self.waiters: dict[str, asyncio.Future[list[Reply]]] = {}
        self.services: dict[str, Any] = {}  # shared objects for effect handlers (queue, clients)
        self.rate_burst = config.get("RATE_BURST")
        self.rate_refill = config.get("RATE_REFILL_SECONDS")
        # partition -> person -> their state hash as last saved by this process
        self._cache: dict[int, OrderedDict[str, dict[str, str]]] = {}
        self._cache_per_partition = max(16, STATE_CACHE_SIZE // inbox.partitions)

    async def load(self, user: str) -> tuple[State, dict[str, str]]:
        h = await self.store.load(user)
        return State.from_hash(h), h

    def partition_taken(self, partition: int) -> None:
        """The worker (re)took a partition: what we remember of its people may be stale."""
        self._cache.pop(partition, None)

    async def _load_raw(self, partition: int, user: str) -> dict[str, str]:
        part = self._cache.get(partition)
        if part is not None and user in part:
            part.move_to_end(user)
            return part[user]
        return await self.store.load(user)

    def _remember(self, partition: int, user: str, stored: dict[str, str]) -> None:
        part = self._cache.setdefault(partition, OrderedDict())
        part[user] = stored
        part.move_to_end(user)
        while len(part) > self._cache_per_partition:
            part.popitem(last=False)

    async def handle(self, worker_id: str, partition: int, entry_id: str, inbound: Inbound) -> None:
        with metrics.PROCESSING.time():
            await self._handle(worker_id, partition, entry_id, inbound)

    async def _handle(self, worker_id: str, partition: int, entry_id: str, inbound: Inbound) -> None:
        raw = await self._load_raw(partition, inbound.user)
        state = State.from_hash(raw)
        if raw.get("z") and entry_order(raw["z"]) >= entry_order(entry_id):
            # already applied by an earlier owner that died before acknowledging
            await self.inbox.store.done(partition, entry_id)
            return
        now = self.clock()
        rate = raw.get("r")
        if inbound.channel != "system" and self.engine.commands.match(inbound.text[:200]) != "sos":
            verdict = ratelimit.check(rate, now, self.rate_burst, self.rate_refill)
            rate = verdict.field
        else:
            verdict = None
        if verdict is None or verdict.allowed:
            for prepare in self.wiring.prepare:
                inbound = await prepare(self, inbound, state)
            result = self.engine.step(state, inbound, now)
            replies = list(result.replies)
            reachable = True  # keep the channel's way back to the person (not after "forget me")
            for eff in result.effects:
                if isinstance(eff, Forget):
                    reachable = await self.forget(inbound.user)
                    continue
                replies += await self.apply(eff, inbound, result.state)
            sender = self.senders.get(inbound.channel)
            if reachable and sender is not None and hasattr(sender, "remember"):
                sender.remember(inbound, result.state)
        else:
            result = StepResult(state)
            replies = [self.engine.too_fast(state)] if verdict.notify else []
        await self.deliver(inbound, replies, result.state)
        fields = result.state.to_hash()
        if fields != State().to_hash():
            fields["z"] = entry_id
            if rate:
                fields["r"] = rate
        # else: nothing is left to keep ("forget me" without an open case): the hash goes,
        # the last entry id with it (the save also acknowledges the entry, so it cannot
        # come back to be applied twice)
        dels = [k for k, v in fields.items() if v == ""] + [k for k in raw if k not in fields]
        sets = [x for k, v in fields.items() if v != "" for x in (k, v)]
        ok = await self.store.save(partition=partition, user=inbound.user, worker=worker_id, entry_id=entry_id,
                                   ttl=self.state_ttl, expected_z=raw.get("z", ""), dels=dels, sets=sets)
        if ok == 1:
            self._remember(partition, inbound.user, {k: v for k, v in fields.items() if v != ""})
        elif ok == 0:
            self._cache.pop(partition, None)
            log.warning("lost the lease of partition %s before saving; the new owner will redo entry %s", partition, entry_id)
        else:
            self._cache.get(partition, {}).pop(inbound.user, None)  # type: ignore[call-overload]
            raise StaleState(entry_id)
        waiter = self.waiters.pop(inbound.message_id, None)
        if waiter and not waiter.done():
            waiter.set_result(replies)

    async def apply(self, eff: Effect, inbound: Inbound, state: State) -> list[Reply]:
        handler = self.wiring.effects.get(type(eff))
        if handler is None:
            log.info("effect %s has no handler in this installation", type(eff).__name__)
            return []
        try:
            return await handler(self, inbound, state, eff)
        except RedisError:
            raise  # the entry stays pending and is processed again
        except Exception:
            log.exception("effect %s failed", type(eff).__name__)
            return []

    async def forget(self, user: str) -> bool:
        """Erase what every subsystem keeps about the person; True when something was
        kept because an open case needs it."""
        kept = False
        await self.inbox.forget(user)  # the intake's flood counter
        for fn in self.wiring.forget:
            kept = bool(await fn(self, user)) or kept
        return kept

    async def deliver(self, inbound: Inbound, replies: list[Reply], state: State) -> None:
        user = inbound.user
        if not replies:
            return
        sender = self.senders.get(channel_of(user))
        if sender is None:
            log.warning("no sender for channel %s in this process", channel_of(user))
            return
        metrics.MESSAGES_OUT.labels(metrics.channel(channel_of(user))).inc(len(replies))
        try:
            await sender.send(user, replies, state, inbound)
        except RedisError:
            raise
        except Exception:
            log.exception("sending on %s failed", channel_of(user))
