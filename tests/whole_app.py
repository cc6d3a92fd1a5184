"""The whole web application as ``serve`` composes it (every component), on loopback, with its
worker, the fake Telegram Bot API and the fake Twilio API: for tests that drive real traffic
through every channel (``tests/test_abuse.py``, ``tests/test_metrics.py``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TypeVar

import aiohttp
from aiohttp import web

from bot.app import Runtime
from bot.web.server import attach_all, build_app, detach_all
from tests.fake_telegram import FakeBotAPI, message
from tests.fake_twilio import FakeTwilio
from tests.telegram_harness import SECRET


@dataclass
class WholeApp:
    rt: Runtime
    base: str
    http: aiohttp.ClientSession
    fake: FakeBotAPI
    twilio: FakeTwilio

    async def telegram(self, chat: int, text: str) -> int:
        """One Telegram update with ``text`` through the signed webhook; the HTTP status."""
        async with self.http.post(self.base + "/telegram/webhook", json=message(chat, text),
                                  headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}) as r:
            return r.status


A = TypeVar("A", bound=WholeApp)


async def listen(rt: Runtime) -> tuple[web.AppRunner, str]:
    """``rt`` attached and its web application served on a free loopback port: the runner (clean it
    up) and the base URL."""
    await attach_all(rt)
    runner = web.AppRunner(build_app(rt), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]


@asynccontextmanager
async def serving(rt: Runtime, fake: FakeBotAPI, twilio: FakeTwilio, cls: type[A]) -> AsyncIterator[A]:
    """``rt`` attached and served on a free loopback port, its worker running, Twilio's
    callbacks routed to it; everything stopped and detached (and both fakes stopped) after."""
    runner, base = await listen(rt)
    twilio.route_to = base
    task = await rt.worker.start()
    http = aiohttp.ClientSession()
    try:
        yield cls(rt, base, http, fake, twilio)
    finally:
        await http.close()
        await rt.worker.stop(timeout=2)
        task.cancel()
        for t in rt.tasks:
            t.cancel()
        await twilio.settle()
        await runner.cleanup()
        await detach_all(rt)
        await twilio.stop()
        await fake.stop()
