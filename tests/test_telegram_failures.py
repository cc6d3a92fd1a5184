"""The Telegram webhook when Redis goes away and comes back, and a process killed after
accepting an update (real processes, real HTTP, the fake Bot API)."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from bot.app import make_runtime
from bot.channels.telegram import hooks as telegram_hooks  # noqa: F401
from bot.engine.runner import Engine
from bot.storage import Storage
from tests.fake_telegram import TOKEN, FakeBotAPI, message
from tests.telegram_harness import SECRET, Harness, env

pytestmark = pytest.mark.slow  # (./scripts/test --fast leaves these out: each takes over a second)

ROOT = Path(__file__).parent.parent


class Proxy:
    """A TCP proxy to Redis that can be cut and restored: Redis 'down' without touching the server."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = 0
        self.server: asyncio.base_events.Server | None = None
        self.conns: set[asyncio.StreamWriter] = set()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            r2, w2 = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            writer.close()
            return
        self.conns |= {writer, w2}
        await asyncio.gather(self._pipe(reader, w2), self._pipe(r2, writer))

    async def up(self) -> None:
        self.server = await asyncio.start_server(self._client, "127.0.0.1", self.port)
        self.port = self.server.sockets[0].getsockname()[1]

    async def down(self) -> None:
        assert self.server
        self.server.close()
        for w in self.conns:
            w.close()
        self.conns.clear()
        await self.server.wait_closed()


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    f = await FakeBotAPI().start()
    yield f
    await f.stop()


async def test_redis_down_answers_503_and_the_update_is_processed_once_redis_is_back(
        redis_url: str, engine: Engine, fake: FakeBotAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    proxy = Proxy(int(redis_url.rsplit(":", 1)[1]))
    await proxy.up()
    auth = redis_url.split("//", 1)[1].rsplit("@", 1)[0] + "@" if "@" in redis_url else ""  # (the embedded server's password)
    storage = await Storage.open(f"redis://{auth}127.0.0.1:{proxy.port}", prefix=f"t{uuid.uuid4().hex[:10]}")
    rt = make_runtime(storage, engine=engine, partitions=2, lease_seconds=2)
    env(monkeypatch, fake)
    h = await Harness(rt, fake).start()
    h.channel.pacer.chat = (0.001, 3)
    try:
        chat = 6660001
        await proxy.down()
        upd = message(chat, "/start ru")
        assert await h.post(upd) == 503  # Telegram will send it again
        assert await h.post(upd) == 503
        await proxy.up()
        deadline = time.monotonic() + 10
        while await h.post(upd) != 200:  # Telegram's retry, once Redis answers again
            assert time.monotonic() < deadline
            await asyncio.sleep(0.2)
        assert await h.post(upd) == 200  # and a late duplicate
        await fake.wait_for("sendMessage", chat_id=chat, timeout=15)
        await asyncio.sleep(0.3)
        assert len(fake.of("sendMessage", chat)) == 1
    finally:
        await h.stop()
        await storage.close()
        if proxy.server:
            proxy.server.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(env: dict[str, str], port: int, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port), *extra],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


async def _wait_up(session: aiohttp.ClientSession, port: int, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            async with session.get(f"http://127.0.0.1:{port}/healthz") as r:
                if r.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
        assert time.monotonic() < deadline
        await asyncio.sleep(0.2)


async def test_a_process_killed_after_accepting_an_update_loses_nothing(redis_url: str, fake: FakeBotAPI) -> None:
    """`serve` accepts an update (200) and is killed with SIGKILL before any worker ran it;
    the next process picks it up and answers exactly once."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "PUBLIC_URL", "REDIS_"))}
    env.update(PYTHONPATH=str(ROOT), REDIS_URL=redis_url, REDIS_PREFIX=f"t{uuid.uuid4().hex[:10]}",
               TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake.base_url, TELEGRAM_WEBHOOK_SECRET=SECRET,
               PUBLIC_URL="https://hamroh.example.org", WORKER_LEASE_SECONDS="2", LOG_LEVEL="WARNING")
    port = _free_port()
    chat = 6660002
    async with aiohttp.ClientSession() as session:
        first = _serve(env, port, "--no-worker")  # accepts, processes nothing
        try:
            await _wait_up(session, port, first)
            async with session.post(f"http://127.0.0.1:{port}/telegram/webhook", json=message(chat, "/start tg"),
                                    headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}) as r:
                assert r.status == 200
        finally:
            first.send_signal(signal.SIGKILL)
            first.wait(timeout=10)
        assert fake.of("sendMessage", chat) == []
        second = _serve(env, port)
        try:
            await _wait_up(session, port, second)
            await fake.wait_for("sendMessage", chat_id=chat, timeout=30)
            await asyncio.sleep(0.5)
            assert len(fake.of("sendMessage", chat)) == 1
        finally:
            second.send_signal(signal.SIGTERM)
            second.wait(timeout=30)
