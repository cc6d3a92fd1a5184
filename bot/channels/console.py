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

from bot.app import Runtime
from bot.engine.model import Inbound, Reply, State


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


async def chat(rt: Runtime, *, lang: str | None, user: str = "console:local", inp: TextIO = sys.stdin, out: TextIO = sys.stdout, timeout: float = 15.0) -> int:
    rt.processor.senders["console"] = ConsoleSender(out)
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
        worker_task.cancel()
        await rt.close()
    return 0
