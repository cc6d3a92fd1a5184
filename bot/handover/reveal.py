"""How a supervisor sees who a person is (a phone number, a Telegram chat): per channel.

Cases hold only the pseudonymous user key. A channel that can tell more
registers an async function here; the console calls it only for a supervisor
who gave a reason, after writing the reveal to the audit stream.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.storage import Storage

Revealer = Callable[[Storage, str], Awaitable[str | None]]
REVEALERS: dict[str, Revealer] = {}


def revealer(channel: str) -> Callable[[Revealer], Revealer]:
    def deco(fn: Revealer) -> Revealer:
        REVEALERS[channel] = fn
        return fn

    return deco


@revealer("tg")
async def _telegram(storage: Storage, user: str) -> str | None:
    return f"Telegram chat id {user.partition(':')[2]}"


@revealer("web")
async def _web(storage: Storage, user: str) -> str | None:
    return "Web chat visitor: no phone number or user name is known."


async def reveal(storage: Storage, user: str) -> str | None:
    channel = user.partition(":")[0]
    fn = REVEALERS.get(channel)
    return await fn(storage, user) if fn else None
