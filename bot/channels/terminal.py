"""Terminal chat: the same engine, state and inbox as every other channel.

Options are shown as numbers. With input piped in (one message per line) it
prints the bot's replies and exits at the end of input, so sessions can be
scripted.
"""

from __future__ import annotations

import asyncio
import sys
import uuid
from typing import TextIO

from bot.engine.model import Inbound, Reply, State
from bot.runtime import Runtime
from bot.storage import RedisError, Storage
from bot.storage.terminal import TerminalStore
from bot.web.server import attach_all, detach_all


def render(replies: list[Reply]) -> str:
    out = []
    for r in replies:
        lines = []
        if r.title:
            lines.append(f"*{r.title}*")
        lines.append(r.text)
        for i, opt in enumerate(r.options, 1):
            lines.append(f"  {i}. {opt.label}")
        out.append("\n".join(lines))
    return "\n\n".join(out)


class ConsoleSender:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    async def send(self, user: str, replies: list[Reply], state: State, inbound: Inbound) -> None:
        self.out.write("bot> " + render(replies).replace("\n", "\n     ") + "\n\n")
        self.out.flush()


RELAY_KEEP_SECONDS = 86400


class ConsoleRelay:
    """Channel "console" in a process without the terminal (``serve``, ``worker``, or a
    ``chat`` of another terminal user): the terminal is another process's, so the reply
    goes to a Redis stream that the ``chat`` process follows and prints. The message is
    acknowledged only once its reply is stored there, and no reply is lost when the
    ``chat`` process has ended meanwhile: the next ``chat`` of that user prints it."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self.store = TerminalStore(storage)

    async def send(self, user: str, replies: list[Reply], state: State, inbound: Inbound) -> None:
        await self.store.relay(user, inbound.message_id, render(replies), RELAY_KEEP_SECONDS)


class _Local:
    """This terminal's user printed here; every other console user relayed."""

    def __init__(self, user: str, mine: ConsoleSender, relay: ConsoleRelay) -> None:
        self.user, self.mine, self.relay = user, mine, relay

    async def send(self, user: str, replies: list[Reply], state: State, inbound: Inbound) -> None:
        await (self.mine if user == self.user else self.relay).send(user, replies, state, inbound)


async def _follow_relay(rt: Runtime, user: str, out: TextIO) -> None:
    """Print the replies other processes worked for this terminal (and wake the waiting prompt)."""
    store = TerminalStore(rt.storage)
    while True:
        try:
            entries = await store.relayed(user, count=50, block_ms=1000)
        except RedisError:
            await asyncio.sleep(1)
            continue
        for entry_id, fields in entries:
            out.write("bot> " + str(fields.get("t", "")).replace("\n", "\n     ") + "\n\n")
            out.flush()
            await store.printed(user, entry_id)
            waiter = rt.processor.waiters.pop(str(fields.get("m", "")), None)
            if waiter and not waiter.done():
                waiter.set_result([])


async def chat(rt: Runtime, *, lang: str | None, user: str = "console:local", inp: TextIO = sys.stdin, out: TextIO = sys.stdout,
               timeout: float = 15.0) -> int:
    # every channel, as a worker has them: this process's worker may work anyone's
    # messages (a web chat visitor's, a Telegram user's) while ``serve`` runs beside it
    await attach_all(rt)
    rt.processor.senders["console"] = _Local(user, ConsoleSender(out), ConsoleRelay(rt.storage))
    relay_task = asyncio.create_task(_follow_relay(rt, user, out), name="console-relay")
    worker_task = await rt.worker.start()
    interactive = inp.isatty()

    async def send(inbound: Inbound) -> None:
        fut: asyncio.Future = asyncio.get_running_loop().create_future()
        rt.processor.waiters[inbound.message_id] = fut
        await rt.inbox.accept(inbound)
        try:
            await asyncio.wait_for(fut, timeout)
        except TimeoutError:
            out.write("bot> (no answer in time; the message is kept and will be answered)\n")

    def new(**kw: object) -> Inbound:
        return Inbound(channel="console", user=user, message_id=uuid.uuid4().hex, **kw)  # type: ignore[arg-type]

    try:
        state, _ = await rt.processor.load(user)
        if lang or not state.node:
            await send(new(command="start", arg=lang))
        while True:
            if interactive:
                out.write("you> ")
                out.flush()
            line = await asyncio.to_thread(inp.readline)
            if not line:
                break
            text = line.rstrip("\n")
            if not interactive:
                out.write(f"you> {text}\n")
            await send(new(text=text))
    finally:
        # in order: finish the message in hand and give the partitions back, stop the
        # components, and only then close Redis (and stop the embedded server, if ours)
        await shutdown(rt, worker_task, [relay_task])
    return 0


async def shutdown(rt: Runtime, worker_task: asyncio.Task[None] | None, extra: list[asyncio.Task[None]]) -> None:
    if worker_task is not None:
        await rt.worker.stop()
        worker_task.cancel()
    tasks = [*extra, *rt.tasks]
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    await detach_all(rt)
    await rt.storage.close()
