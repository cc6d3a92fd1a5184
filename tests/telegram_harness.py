"""The Telegram channel under test: the real component on our aiohttp server, the real
python-telegram-bot client, a fake Bot API on loopback, the embedded Valkey."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import aiohttp
from aiohttp import web

from bot.app import Runtime
from bot.channels.telegram import channel as telegram
from bot.operators import telegram_group
from tests.fake_telegram import TOKEN, FakeBotAPI

SECRET = "test-secret_0123456789"
OPS_CHAT = -1001234567890


class Harness:
    def __init__(self, rt: Runtime, fake: FakeBotAPI) -> None:
        self.rt = rt
        self.fake = fake
        self.runner: web.AppRunner | None = None
        self.url = ""
        self.session: aiohttp.ClientSession | None = None
        self.worker_task: asyncio.Task[None] | None = None

    async def start(self, *, worker: bool = True) -> Harness:
        await telegram.attach(self.rt)
        await telegram_group.attach(self.rt)  # (the operators' group, when its chat id is set)
        app = web.Application()
        telegram.routes(app, self.rt)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}{telegram.WEBHOOK_PATH}"
        self.session = aiohttp.ClientSession()
        if worker:
            self.worker_task = await self.rt.worker.start()
        return self

    async def stop(self) -> None:
        if self.worker_task:
            await self.rt.worker.stop(timeout=2)
            self.worker_task.cancel()
        if self.session:
            await self.session.close()
        if self.runner:
            await self.runner.cleanup()
        for t in self.rt.tasks:
            t.cancel()
        await telegram_group.detach(self.rt)
        await telegram.detach(self.rt)

    @property
    def channel(self) -> telegram.TelegramChannel:
        return self.rt.processor.services[telegram.SERVICE]

    async def post(self, update: dict[str, Any], *, secret: str | None = SECRET) -> int:
        assert self.session is not None
        headers = {telegram.SECRET_HEADER: secret} if secret is not None else {}
        async with self.session.post(self.url, json=update, headers=headers) as resp:
            return resp.status

    async def idle(self, timeout: float = 10.0) -> None:
        """Wait until every accepted update has been processed (all inbox streams empty)."""
        r = self.rt.storage.redis
        keys = self.rt.storage.keys
        deadline = time.monotonic() + timeout
        while True:
            lens = [await r.xlen(keys.inbox(p)) for p in range(self.rt.inbox.partitions)]
            if not any(lens):
                await asyncio.sleep(0.02)
                return
            assert time.monotonic() < deadline, f"inbox not drained: {lens}"
            await asyncio.sleep(0.02)


def env(monkeypatch: Any, fake: FakeBotAPI, *, public: bool = True, ops: bool = False) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", fake.base_url)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", SECRET)
    if public:
        monkeypatch.setenv("PUBLIC_URL", "https://hamroh.example.org/")
    else:
        monkeypatch.delenv("PUBLIC_URL", raising=False)
    if ops:
        monkeypatch.setenv("TELEGRAM_OPERATORS_CHAT_ID", str(OPS_CHAT))
    else:
        monkeypatch.delenv("TELEGRAM_OPERATORS_CHAT_ID", raising=False)
