"""Builds the running program: the plugins it is made of, storage, engine, inbox, processor and worker.

``PLUGINS`` is the one list of what the program is made of (``bot.runtime.Plugin``): the
engine's actions and hooks, the effects the processor carries out, "forget me", the
settings, the channels and the operators' interfaces all come from it, in this order.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import re
import sys
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

from bot import abuse, config
from bot.channels.sms.plugin import PLUGIN as SMS
from bot.channels.telegram.plugin import PLUGIN as TELEGRAM
from bot.channels.terminal import ConsoleRelay
from bot.channels.webchat.plugin import PLUGIN as WEBCHAT
from bot.engine import core_actions
from bot.engine.runner import Engine
from bot.handover.plugin import PLUGIN as HANDOVER
from bot.jobcheck.plugin import PLUGIN as JOBCHECK
from bot.knowledge.plugin import PLUGIN as KNOWLEDGE
from bot.logs import SECRETS, TEXT_FORMAT, EscapeFilter, JsonFormatter, RequestIdFilter, secret
from bot.operators.console import PLUGIN as CONSOLE
from bot.operators.telegram_group import PLUGIN as TELEGRAM_GROUP
from bot.pictures.plugin import PLUGIN as PICTURES
from bot.pipeline import ratelimit
from bot.pipeline.inbox import Inbox, Worker
from bot.pipeline.processor import Processor
from bot.runtime import Plugin, Runtime, wiring
from bot.storage import Storage, StorageError
from bot.web.health import PLUGIN as HEALTH
from bot.web.metrics import PLUGIN as METRICS

log = logging.getLogger(__name__)

# the main flow's actions (language, emergency contacts, urgent help, a person in trouble now)
# and the settings of the message path itself (rate limits, abuse limits)
CORE = Plugin("core", engine=core_actions.PARTS, nodes=core_actions.NODES, settings=(*ratelimit.SETTINGS, *abuse.SETTINGS))

# In order: a process attaches the plugins in this order (the channels first, so that a
# setting they cannot use stops the start before anything else is said; the operators'
# group after the Telegram channel it posts through) and detaches them in reverse; "forget
# me" asks them in this order (a case's pictures go before the handover unlinks the case);
# engine hooks of equal order would run in this order.
PLUGINS: tuple[Plugin, ...] = (
    CORE, HEALTH, METRICS, WEBCHAT, CONSOLE, TELEGRAM, TELEGRAM_GROUP, SMS,
    KNOWLEDGE, JOBCHECK, PICTURES, HANDOVER,
)
config.register(*(s for p in PLUGINS for s in p.settings))


def build_engine(plugins: tuple[Plugin, ...] = PLUGINS, **kw: Any) -> Engine:
    """The engine with every listed plugin's actions, hooks, events and setups."""
    return Engine.build([p.engine for p in plugins], **kw)


async def open_runtime(url: str | None = None, *, engine: Engine | None = None, prefix: str | None = None,
                       partitions: int | None = None, lease_seconds: int | None = None) -> Runtime:
    storage = await Storage.open(url, prefix=prefix)
    return make_runtime(storage, engine=engine, partitions=partitions, lease_seconds=lease_seconds)


def make_runtime(storage: Storage, *, engine: Engine | None = None, partitions: int | None = None, lease_seconds: int | None = None,
                 plugins: tuple[Plugin, ...] = PLUGINS) -> Runtime:
    engine = engine or build_engine(plugins)
    engine.resources.setdefault("default_lang", config.get("DEFAULT_LANG"))
    inbox = Inbox(storage, partitions or config.get("WORKER_PARTITIONS"), per_minute=config.get("INTAKE_PER_MINUTE"),
                  is_urgent=lambda m: m.command == "sos" or engine.commands.match(m.text[:200]) == "sos")
    processor = Processor(storage, engine, inbox, state_ttl=config.get("STATE_TTL_DAYS") * 86400, wiring=wiring(plugins))
    processor.senders["console"] = ConsoleRelay(storage)  # terminal users' replies, relayed to their ``chat`` process
    worker = Worker(inbox, processor.handle, lease_seconds=lease_seconds or config.get("WORKER_LEASE_SECONDS"),
                    on_acquire=processor.partition_taken)
    return Runtime(storage, engine, inbox, processor, worker, plugins)


class Redact(logging.Filter):
    """Defence in depth: scrub every configured secret (``bot.logs.SECRETS``: tokens,
    webhook secrets, the pepper) and anything shaped like a phone number or a bot
    token from every log line, tracebacks included. (The code never logs message
    text, numbers or tokens; this catches what a library might print, e.g. a URL with
    a token in an exception, or a request's parameters at DEBUG.)"""

    PATTERNS = (
        (re.compile(r"\d{6,12}:[A-Za-z0-9_-]{30,}"), "<token>"),
        (re.compile(r"(?<![\w.:-])\+?\d[\d ()-]{7,}\d(?![\w.-])"), "<number>"),
    )
    STREAM_ID = re.compile(r"\d{13}-\d+")  # Redis stream ids are kept: they identify no one

    def scrub(self, text: str) -> str:
        for value in SECRETS:
            if value in text:
                text = text.replace(value, "<secret>")
        for pattern, repl in self.PATTERNS:
            text = pattern.sub(partial(self._replace, repl), text)
        return text

    def _replace(self, repl: str, m: re.Match[str]) -> str:
        return m.group(0) if self.STREAM_ID.fullmatch(m.group(0)) else repl

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        clean = self.scrub(msg)
        if clean != msg:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:  # the formatter uses this text as it is
            record.exc_text = self.scrub(logging.Formatter().formatException(record.exc_info))
        return True


def setup_logging(default: str | None = None) -> None:
    for name in ("PEPPER", "TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "TWILIO_AUTH_TOKEN"):
        secret(os.environ.get(name))  # (the channels add theirs too, from .env or derived)

    logging.basicConfig(
        level=getattr(logging, str(os.environ.get("LOG_LEVEL") or default or config.get("LOG_LEVEL")).upper(), logging.INFO),
        format=TEXT_FORMAT,
    )
    as_json = str(os.environ.get("LOG_FORMAT") or config.get("LOG_FORMAT")).lower() == "json"
    for handler in logging.getLogger().handlers:
        handler.addFilter(RequestIdFilter())
        handler.addFilter(EscapeFilter())
        handler.addFilter(Redact())
        if as_json:
            handler.setFormatter(JsonFormatter())


def run_with_runtime(fn: Callable[[Runtime], Awaitable[int | None]], *, log_default: str | None = None) -> int:
    """Open the runtime (one clear error line if Redis cannot be used), run ``fn``, exit code."""
    setup_logging(log_default)

    async def main() -> int:
        try:
            rt = await open_runtime()
        except StorageError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        # The engine, the articles and the matcher's indexes live as long as the process:
        # keep the garbage collector from walking them on every full collection
        gc.collect()
        gc.freeze()
        try:
            return int(await fn(rt) or 0)
        except (config.ConfigError, OSError) as exc:
            # one clear line at once (a setting, a port in use), then a bounded clean-up (no
            # wait on tasks that were already started: a start that cannot go on ends within seconds)
            print(f"error: {exc}", file=sys.stderr, flush=True)
            await abandon(rt)
            return 2
        except Exception as exc:
            log.exception("stopped by an unexpected error")
            print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
            await abandon(rt)
            return 1

    return run_loop(main())


async def abandon(rt: Runtime, timeout: float = 5.0) -> None:
    """Stop a runtime whose start failed: cancel its tasks, close Redis, stop the embedded server."""
    tasks = [t for t in rt.tasks if not t.done()]
    for t in tasks:
        t.cancel()
    if tasks:
        await asyncio.wait(tasks, timeout=timeout)
    try:
        await asyncio.wait_for(rt.storage.close(), timeout)
    except (TimeoutError, Exception):  # noqa: BLE001 (the start failed already; say nothing more)
        if rt.storage.embedded:
            rt.storage.embedded.stop()


def run_loop(coro: Awaitable[int]) -> int:
    """Run the program's event loop: uvloop where it is installed (a libuv loop; in the
    webhook benchmark it carried about 40 % more messages per second than asyncio's
    own loop on the same machine), asyncio's own loop otherwise."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coro)  # type: ignore[arg-type]
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(coro)  # type: ignore[arg-type]
