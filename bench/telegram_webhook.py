"""Throughput of the Telegram webhook through the whole path, and Redis round trips per update.

Real pieces end to end on loopback: aiohttp client -> our aiohttp server
(``POST /telegram/webhook``, secret check, ``Inbox.accept``) -> Redis stream ->
worker (state, engine step, save) -> ``TelegramSender`` -> python-telegram-bot ->
the fake Bot API (``tests/fake_telegram.py``). Telegram's own pacing (30 messages
a second per bot) is switched off here, since it would measure Telegram's limit,
not ours (see bench/README.md).

Each simulated person sends: ``/start ru``, a button press (the first option),
and a typed question (knowledge matcher) — a realistic mix.

    .venv/bin/python bench/telegram_webhook.py                  # 600 people, 1800 updates
    .venv/bin/python bench/telegram_webhook.py --people 2000 --concurrency 100 --json

Reported: webhook-only throughput (updates accepted per second, answered 200) and
its latency; end-to-end throughput (from the first request to the last reply at
the fake API); Redis round trips per update counted at the client (one per
command or pipeline sent) and commands per update from ``INFO commandstats``
(which also counts the commands run inside Lua scripts).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aiohttp
import redis.asyncio as aioredis
from aiohttp import web
from redis.asyncio.connection import AbstractConnection, Connection

from tests.fake_telegram import TOKEN, FakeBotAPI, button, message

SECRET = "bench-secret"
QUESTIONS = ["как получить патент в россии", "нужна ли виза в казахстан", "работодатель забрал паспорт что делать",
             "сколько стоит патент", "как проверить запрет на въезд"]

ROUND_TRIPS = 0


class ProbeConnection(Connection):
    """The bench's own connection (waiting for the inbox to drain): not counted."""


def count_round_trips() -> None:
    """Count every request the program sends to Redis (a pipeline is one)."""
    original = AbstractConnection.send_packed_command

    async def counted(self: Any, command: Any, check_health: bool = True) -> None:
        global ROUND_TRIPS
        if not isinstance(self, ProbeConnection):
            ROUND_TRIPS += 1
        await original(self, command, check_health)

    AbstractConnection.send_packed_command = counted  # type: ignore[method-assign]


async def commandstats(redis: Any) -> dict[str, int]:
    info = await redis.info("commandstats")
    return {k.removeprefix("cmdstat_"): int(v["calls"]) for k, v in info.items()}


async def run(people: int, concurrency: int, redis_url: str | None) -> dict[str, Any]:
    os.environ.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_WEBHOOK_SECRET=SECRET, PUBLIC_URL="https://bench.example.org",
                      RATE_BURST="100", LOG_LEVEL="WARNING")
    os.environ.pop("TELEGRAM_OPERATORS_CHAT_ID", None)
    from bot.app import make_runtime
    from bot.channels.telegram import channel as telegram
    from bot.storage import EmbeddedValkey, Storage

    embedded = None
    if not redis_url:
        embedded = EmbeddedValkey(Path(tempfile.mkdtemp(prefix="bench-valkey-")))
        redis_url = embedded.start()
    fake = await FakeBotAPI().start()
    os.environ["TELEGRAM_API_BASE_URL"] = fake.base_url
    storage = await Storage.open(redis_url, prefix=f"bench{uuid.uuid4().hex[:6]}")
    probe = aioredis.Redis(connection_pool=aioredis.ConnectionPool.from_url(redis_url, connection_class=ProbeConnection))
    rt = make_runtime(storage)
    await telegram.attach(rt)
    channel = rt.processor.services[telegram.SERVICE]
    channel.pacer.chat = (1e-6, 1000)
    channel.pacer.glob = (1e-6, 100000)
    app = web.Application()
    telegram.routes(app, rt)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    url = f"http://127.0.0.1:{port}/telegram/webhook"
    await rt.inbox.ensure_groups()
    worker = await rt.worker.start()
    await asyncio.sleep(1.5)  # leases taken

    chats = [8_000_000 + i for i in range(people)]
    waves = [
        [message(c, "/start ru") for c in chats],
        None,  # button presses: built from the keyboards the bot sent
        [message(c, QUESTIONS[i % len(QUESTIONS)]) for i, c in enumerate(chats)],
    ]
    latencies: list[float] = []
    sem = asyncio.Semaphore(concurrency)
    session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency))
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}

    async def post(update: dict[str, Any]) -> None:
        async with sem:
            t = time.perf_counter()
            async with session.post(url, json=update, headers=headers) as r:
                assert r.status == 200, r.status
            latencies.append(time.perf_counter() - t)

    def replies() -> int:
        return len(fake.of("sendMessage"))

    stats0 = await commandstats(probe)
    global ROUND_TRIPS
    ROUND_TRIPS = 0
    start = time.perf_counter()
    accept_time = 0.0
    total = 0
    for _i, wave in enumerate(waves):
        if wave is None:
            last: dict[int, str] = {}
            for c in fake.of("sendMessage"):
                b = c.buttons()
                if b and c.chat_id is not None:
                    last[c.chat_id] = b[0][1]
            wave = [button(c, last[c]) for c in chats if c in last]
        t = time.perf_counter()
        await asyncio.gather(*(post(u) for u in wave))
        accept_time += time.perf_counter() - t
        total += len(wave)
        # wait until this wave has been processed (every inbox stream empty)
        deadline = time.monotonic() + 120
        while True:
            lengths = [await probe.xlen(storage.keys.inbox(p)) for p in range(rt.inbox.partitions)]
            if not any(lengths):
                break
            if time.monotonic() > deadline:
                raise SystemExit("timed out waiting for the worker")
            await asyncio.sleep(0.01)
    elapsed = time.perf_counter() - start
    round_trips = ROUND_TRIPS
    stats1 = await commandstats(probe)
    calls = {k: stats1.get(k, 0) - stats0.get(k, 0) for k in stats1}
    for own in ("info", "xlen"):  # the bench's probe (the program never calls XLEN)
        calls.pop(own, None)
    # the worker's idle blocking reads are not per-update work; report them apart
    per_update = {k: round(v / total, 2) for k, v in sorted(calls.items(), key=lambda kv: -kv[1]) if v}
    result = {
        "people": people, "updates": total, "concurrency": concurrency,
        "replies": replies(),
        "webhook_updates_per_s": round(total / accept_time, 1),
        "webhook_latency_ms_p50": round(statistics.median(latencies) * 1000, 2),
        "webhook_latency_ms_p99": round(sorted(latencies)[int(len(latencies) * 0.99) - 1] * 1000, 2),
        "end_to_end_updates_per_s": round(total / elapsed, 1),
        "redis_round_trips_per_update": round(round_trips / total, 2),
        "redis_commands_per_update": round(sum(calls.values()) / total, 2),
        "redis_commands_per_update_by_command": per_update,
        "cpu_count": os.cpu_count(),
    }
    worker.cancel()
    await rt.worker.stop(timeout=2)
    await session.close()
    await runner.cleanup()
    for t in rt.tasks:
        t.cancel()
    await telegram.detach(rt)
    await storage.close()
    await probe.aclose()
    await fake.stop()
    if embedded:
        embedded.stop()
    return result


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--people", type=int, default=600)
    p.add_argument("--concurrency", type=int, default=50)
    p.add_argument("--redis-url", default=os.environ.get("REDIS_URL"))
    p.add_argument("--json", action="store_true")
    args = p.parse_args()
    import logging

    logging.basicConfig(level=logging.WARNING)
    count_round_trips()
    res = asyncio.run(run(args.people, args.concurrency, args.redis_url))
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
        return 0
    for k, v in res.items():
        if isinstance(v, dict):
            print(f"{k}:")
            for kk, vv in v.items():
                print(f"    {kk:<14} {vv}")
        else:
            print(f"{k:<32} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
