"""Abuse: a person who floods the bot, and absurd request bodies, on every channel.

- A flood of messages from one person through a real channel (the Telegram webhook with the
  fake Bot API; the web chat; the signed Twilio webhook) gets ``RATE_BURST`` answers, one
  polite notice, then silence; SOS still passes (``bot.pipeline.ratelimit``, applied by the worker).
- Absurd bodies (1 MB) get a clear 413, never a 500.
- While one person floods, twenty others talking at a human pace get their replies within a
  set bound (``test_a_flood_does_not_hold_up_other_people``; the bound and why it is what
  it is are explained there).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.app import make_runtime
from bot.channels.telegram.render import to_inbound
from bot.channels.webchat.visitors import new_cookie
from bot.engine.model import State
from bot.engine.runner import Engine
from bot.pipeline.inbox import Inbox
from bot.storage import Storage, local_pepper
from tests.fake_telegram import TOKEN, FakeBotAPI, message
from tests.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, TWILIO_NUMBER, FakeTwilio
from tests.telegram_harness import SECRET
from tests.whole_app import WholeApp, serving

pytestmark = pytest.mark.slow  # (./scripts/test --fast leaves these out: each takes over a second)

ROOT = Path(__file__).resolve().parent.parent
BURST = 15  # RATE_BURST's default
FLOOD = 300


class App(WholeApp):
    async def settle(self, timeout: float = 20.0) -> None:
        """Until every accepted message has been processed (all inbox streams empty)."""
        r, keys = self.rt.storage.redis, self.rt.storage.keys
        deadline = time.monotonic() + timeout
        while any([await r.xlen(keys.inbox(p)) for p in range(self.rt.inbox.partitions)]):
            assert time.monotonic() < deadline, "the inbox did not drain"
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.3)


@pytest.fixture
async def app(storage: Storage, engine: Engine, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[App]:
    """Every component as ``serve`` composes them, on loopback, with its worker. The rate
    limit is the default burst; its refill is slowed to one message per 10 minutes so that
    the count does not depend on how fast this machine works through the flood."""
    fake = await FakeBotAPI().start()
    twilio = await FakeTwilio().start()
    for name, val in {
        "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": fake.base_url, "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "TELEGRAM_CHAT_RATE": "1000", "TELEGRAM_GLOBAL_RATE": "100000", "PUBLIC_URL": twilio.public_url,
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "TWILIO_FROM": TWILIO_NUMBER,
        "TWILIO_API_BASE_URL": twilio.base_url, "SMS_REPLY_WAIT_SECONDS": "1",
        "RATE_BURST": str(BURST), "RATE_REFILL_SECONDS": "600",
    }.items():
        monkeypatch.setenv(name, val)
    monkeypatch.delenv("TELEGRAM_OPERATORS_CHAT_ID", raising=False)
    rt = make_runtime(storage, engine=engine, partitions=4, lease_seconds=2)
    async with serving(rt, fake, twilio, App) as app:
        yield app


def too_fast_text(engine: Engine, lang: str) -> str:
    return engine.too_fast(State(lang=lang)).text


async def test_telegram_flood_burst_then_one_notice_then_silence_and_sos_passes(app: App) -> None:
    chat = 7400000 + uuid.uuid4().int % 99999
    assert await app.telegram(chat, "/start ru") == 200
    await app.fake.wait_for("sendMessage", 1, chat_id=chat)
    app.fake.clear()
    # Telegram delivers a chat's updates one after the other: so does this flood
    for i in range(FLOOD):
        assert await app.telegram(chat, f"hello {i}") == 200
        if i == FLOOD // 2:
            assert await app.telegram(chat, "SOS") == 200  # in the middle of the flood
    await app.settle()
    texts = app.fake.texts(chat)
    notice = too_fast_text(app.rt.engine, "ru")
    answer = texts[0]  # what "hello <n>" gets (the same each time)
    assert texts.count(answer) == BURST - 1, texts  # (the burst's first message was "/start ru")
    assert texts.count(notice) == 1
    sos = [t for t in texts if t not in (answer, notice)]
    assert sos, "the SOS in the middle of the flood was answered"
    assert texts.index(notice) < texts.index(sos[0])  # it came after the limit was reached
    # silence since: a further message gets nothing, another SOS gets its answer
    app.fake.clear()
    assert await app.telegram(chat, "hello again") == 200
    assert await app.telegram(chat, "SOS") == 200
    await app.settle()
    again = app.fake.texts(chat)
    assert again and answer not in again and notice not in again, again


async def test_a_flood_gets_no_more_answers_than_the_refill_allows(app: App) -> None:
    """With the production refill (one message every ``RATE_REFILL_SECONDS``, 4 s): 300 messages
    sent as fast as Telegram would deliver them may get the burst, plus one per 4 s they took."""
    app.rt.processor.rate_refill = 4.0  # RATE_REFILL_SECONDS's default (the fixture slows it)
    chat = 7400000 + uuid.uuid4().int % 99999
    assert await app.telegram(chat, "/start ru") == 200
    await app.fake.wait_for("sendMessage", 1, chat_id=chat)
    app.fake.clear()
    start = time.monotonic()
    for i in range(FLOOD):
        assert await app.telegram(chat, f"hello {i}") == 200
    await app.settle()
    took = time.monotonic() - start
    texts = app.fake.texts(chat)
    answers = texts.count(texts[0])
    allowed = BURST - 1 + int(took / 4.0)
    assert answers <= allowed, f"{answers} answers to {FLOOD} messages in {took:.1f} s, at most {allowed} allowed"
    assert answers >= BURST - 1


async def test_web_chat_flood_burst_then_one_notice_then_silence_and_sos_passes(app: App) -> None:
    """A browser can send many requests at once: 120 concurrent posts (the chat keeps the
    last 300 items, so every answer is still there to count)."""
    app.http.cookie_jar.update_cookies({"hamroh_chat": new_cookie()[0]})
    h = {"X-Hamroh-Chat": "1"}

    async def post(body: dict[str, Any]) -> int:
        async with app.http.post(app.base + "/chat/send", json=body, headers=h) as r:
            return r.status

    assert await post({"command": "start", "lang": "ru"}) == 202
    await app.settle()
    statuses = await asyncio.gather(*(post({"text": f"hello {i}"}) for i in range(120)))
    assert set(statuses) == {202}
    await app.settle()
    assert await post({"text": "SOS"}) == 202
    await app.settle()
    items = await read_chat(app)
    bot = [i for i in items if i["by"] == "bot"]
    me = [i for i in items if i["by"] == "me"]
    assert len(me) == 121
    notice = too_fast_text(app.rt.engine, "ru")
    first_sos = next(k for k, i in enumerate(items) if i["by"] == "me" and i["text"] == "SOS")
    before_sos = [i for i in items[:first_sos] if i["by"] == "bot"]
    assert [i["text"] for i in before_sos].count(notice) == 1
    assert len(before_sos) - 1 == BURST  # /start and 14 more, then the notice
    assert [i for i in items[first_sos:] if i["by"] == "bot"], "SOS answered after the flood"
    assert len(bot) > len(before_sos)


async def read_chat(app: App, quiet: float = 0.5) -> list[dict[str, Any]]:
    """Everything the visitor's page would show (server-sent events from the start)."""
    import json

    items: list[dict[str, Any]] = []
    async with app.http.get(app.base + "/chat/events") as resp:
        while True:
            try:
                line = await asyncio.wait_for(resp.content.readline(), quiet)
            except TimeoutError:
                return items
            text = line.decode().strip()
            if text.startswith("data: "):
                items.append(json.loads(text[6:]))


async def test_sms_flood_is_limited_and_sos_after_it_passes(app: App) -> None:
    """SMS has a limit of its own at the webhook (``SMS_INBOUND_PER_MINUTE``, 20): the first
    20 reach the worker (the burst, the notice, silence), then one SMS notice a day, then
    nothing. An SOS sent after a flood must still reach the hotline."""
    number = "+99293" + str(uuid.uuid4().int % 10**7).zfill(7)
    answered: list[bool] = []
    for i in range(40):
        rest = len([m for m in app.twilio.messages if m.to == number])
        status, twiml = await app.twilio.text_in(number, f"salom {i}")
        assert status == 200
        if "<Message" not in twiml:  # (an answer that took longer than the webhook waits goes by REST)
            await app.settle()
        answered.append("<Message" in twiml or len([m for m in app.twilio.messages if m.to == number]) > rest)
    assert sum(answered[:20]) == BURST + 1  # the burst and the engine's notice
    assert sum(answered[20:]) == 1  # the SMS layer's own notice, once
    rest = len([m for m in app.twilio.messages if m.to == number])
    status, twiml = await app.twilio.text_in(number, "SOS")
    assert status == 200
    await app.settle()
    # an SOS past SMS_INBOUND_PER_MINUTE still gets through
    assert "<Message" in twiml or len([m for m in app.twilio.messages if m.to == number]) > rest


@pytest.mark.parametrize(("path", "headers"), [
    ("/chat/send", {"X-Hamroh-Chat": "1"}),
    ("/telegram/webhook", {"X-Telegram-Bot-Api-Secret-Token": SECRET}),
    ("/sms/twilio", {"X-Twilio-Signature": "x"}),
])
async def test_a_megabyte_body_gets_413_not_500(app: App, path: str, headers: dict[str, str]) -> None:
    app.http.cookie_jar.update_cookies({"hamroh_chat": new_cookie()[0]})
    body = b'{"text": "' + b"a" * (1024 * 1024 + 10) + b'"}'
    async with app.http.post(app.base + path, data=body, headers={**headers, "Content-Type": "application/json"}) as r:
        assert r.status == 413 or (path == "/sms/twilio" and r.status == 403), r.status
        if path == "/chat/send":
            assert await r.json() == {"error": "too large", "max_text": 2000}
    # and a long text that fits is cut, not refused (the web chat keeps 2000 characters)
    if path == "/chat/send":
        async with app.http.post(app.base + path, json={"text": "б" * 5000}, headers=headers) as r:
            assert r.status == 202
        await app.settle()
        items = await read_chat(app)
        assert len(items[0]["text"]) == 2000


# -- latency of others during a flood ------------------------------------------------------------

@dataclass
class Run:
    latencies: dict[int, list[float]] = field(default_factory=dict)  # chat -> seconds

    def of(self, chats: list[int]) -> list[float]:
        return [x for c in chats for x in self.latencies.get(c, [])]


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))] if xs else 0.0


def partition_of(chat: int, partitions: int) -> int:
    """The inbox partition of a Telegram chat, by the channel's own mapping (whatever the key's form)."""
    inbound = to_inbound(message(chat, "x"), local_pepper())
    assert inbound is not None
    inbox = Inbox.__new__(Inbox)  # (only its mapping: no store needed)
    inbox.partitions = partitions
    return inbox.partition(inbound.user)


def pick_chats(partitions: int, mates: int, others: int) -> tuple[int, list[int], list[int]]:
    flooder = 7500000 + uuid.uuid4().int % 10**6
    home = partition_of(flooder, partitions)
    same: list[int] = []
    rest: list[int] = []
    chat = flooder + 1
    while len(same) < mates or len(rest) < others:
        (same if partition_of(chat, partitions) == home else rest).append(chat)
        chat += 1
    return flooder, same[:mates], rest[:others]


async def _serve(env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    async with aiohttp.ClientSession() as http:
        while True:
            try:
                async with http.get(base + "/readyz") as r:
                    if r.status == 200:
                        return proc, base
            except aiohttp.ClientError:
                pass
            assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
            assert time.monotonic() < deadline
            await asyncio.sleep(0.2)


async def measure(redis_url: str, *, partitions: int, mates: int, others: int, chat_rate: str | None = None,
                  flood: int | None = FLOOD, connections: int = 1, rounds: int = 3, pace: float = 1.2,
                  wait: float = 8.0) -> dict[str, Any]:
    """A real ``serve`` process (production settings unless given); the fake Bot API in this
    process. Phase one: every person sends ``rounds`` messages at a human pace (one every
    ``pace`` seconds, each after the answer to the one before). Phase two: the same while the
    flooder sends ``flood`` messages (None: until the others are done) over ``connections``
    connections (1: one after the other, as Telegram delivers a chat's updates). A reply that
    takes longer than ``wait`` counts as ``wait`` and ends that person's phase."""
    fake = await FakeBotAPI().start()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "TWILIO_", "PUBLIC_URL", "REDIS_", "RATE_"))}
    env.update(PYTHONPATH=str(ROOT), REDIS_URL=redis_url, REDIS_PREFIX=f"t{uuid.uuid4().hex[:10]}", LOG_LEVEL="WARNING",
               TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake.base_url, TELEGRAM_WEBHOOK_SECRET=SECRET,
               PUBLIC_URL="https://hamroh.example.org", WORKER_PARTITIONS=str(partitions))
    if chat_rate:
        env["TELEGRAM_CHAT_RATE"] = chat_rate
    flooder, same, rest = pick_chats(partitions, mates, others)
    proc, base = await _serve(env)
    hook = base + "/telegram/webhook"
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    timeouts = {"quiet": 0, "flood": 0}
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=100)) as http:
            async def send(chat: int, text: str) -> None:
                async with http.post(hook, json=message(chat, text), headers=headers) as r:
                    assert r.status == 200

            async def talk(chat: int, run: Run, phase: str) -> None:
                for _ in range(rounds):
                    t0 = time.monotonic()
                    seen = len(fake.of("sendMessage", chat))
                    await send(chat, "menu")
                    try:
                        calls = await fake.wait_for("sendMessage", seen + 1, chat_id=chat, timeout=wait)
                    except AssertionError:
                        run.latencies.setdefault(chat, []).append(wait)
                        timeouts[phase] += 1
                        return
                    run.latencies.setdefault(chat, []).append(calls[seen].at - t0)
                    await asyncio.sleep(max(0.0, pace - (time.monotonic() - t0)))

            people = [*same, *rest]
            await asyncio.gather(*(send(c, "/start ru") for c in [flooder, *people]))
            for c in [flooder, *people]:
                await fake.wait_for("sendMessage", 1, chat_id=c, timeout=30)
            await asyncio.sleep(pace)
            quiet = Run()
            await asyncio.gather(*(talk(c, quiet, "quiet") for c in people))

            done = asyncio.Event()
            sent = 0

            flood_end = [0.0]

            async def flooding() -> None:
                nonlocal sent
                while not done.is_set() and (flood is None or sent < flood):
                    sent += 1
                    await send(flooder, f"hello {sent}")
                flood_end[0] = max(flood_end[0], time.monotonic())

            t_flood = time.monotonic()
            flooders = [asyncio.create_task(flooding()) for _ in range(connections)]
            loud = Run()
            await asyncio.gather(*(talk(c, loud, "flood") for c in people))
            done.set()
            await asyncio.gather(*flooders)
            flood_seconds = flood_end[0] - t_flood
            answered = len(fake.of("sendMessage", flooder)) - 1
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        await fake.stop()

    def figures(run: Run, chats: list[int]) -> dict[str, float]:
        xs = run.of(chats)
        return {"p50_ms": round(statistics.median(xs) * 1000, 1), "p95_ms": round(p95(xs) * 1000, 1),
                "max_ms": round(max(xs) * 1000, 1), "n": len(xs)} if xs else {}

    return {
        "partitions": partitions, "chat_rate": chat_rate or "default", "flood_messages": sent, "connections": connections,
        "flood_per_s": round(sent / flood_seconds), "flooder_answered": answered, "timeouts": timeouts,
        "quiet": {"mates": figures(quiet, same), "others": figures(quiet, rest)},
        "flood": {"mates": figures(loud, same), "others": figures(loud, rest)},
    }


BOUND_MS = 2000  # p95 of others' replies while one person floods


async def test_a_flood_does_not_hold_up_other_people(redis_url: str) -> None:
    """Twenty people talk at a human pace while one floods 300 messages, as Telegram delivers
    them (one after the other), to a ``serve`` process with production settings (16 partitions,
    Telegram's per-chat pacing, the rate limits). The bound: p95 of their reply latency under
    2 s, about 40 times the p95 measured without a flood (~50 ms on loopback): generous enough
    for a loaded CI machine, yet it catches a flood that queues people behind it (before the
    intake limit and the per-chat burst, the flooder's partition-mates waited 4 to over 8 s).

    A person's partition (CRC32 of their key) is shared with others, and a partition is worked
    one message at a time; so the people who share the flooder's partition (four of the twenty
    are picked so) are reported apart from the sixteen who do not."""
    import json

    res = await measure(redis_url, partitions=16, mates=4, others=16)
    print("\nflood figures:", json.dumps(res))
    assert res["timeouts"]["quiet"] == 0
    others = res["flood"]["others"]
    assert others["n"] == 16 * 3 and others["p95_ms"] < BOUND_MS, res
    mates = res["flood"]["mates"]
    assert res["timeouts"]["flood"] == 0 and mates["p95_ms"] < BOUND_MS, res  # even those sharing its partition
