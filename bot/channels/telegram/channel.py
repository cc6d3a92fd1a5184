"""The Telegram channel: webhook or long polling in the ``serve`` process, sending everywhere.

Its plugin (``bot.channels.telegram.plugin``) gives ``attach`` / ``routes`` / ``detach``
to the web server. With ``TELEGRAM_BOT_TOKEN`` unset it does nothing.

- Webhook (``PUBLIC_URL`` set): ``POST /telegram/webhook`` checks the
  ``X-Telegram-Bot-Api-Secret-Token`` header in constant time (403 and nothing
  else when it is wrong), turns the update into an ``Inbound``
  (``bot.channels.telegram.render.to_inbound``) and accepts it durably (``Inbox.accept``:
  deduplicated on ``update_id`` and appended to the inbox in one Lua call) before
  answering 200. Redis unreachable: 503, and Telegram retries later.
- Long polling (no ``PUBLIC_URL``, a laptop): a background task calls
  ``getUpdates`` and feeds the same ``accept``; the offset moves past an update only
  after it was accepted, so a crash or a Redis outage loses nothing (a re-fetched
  update is a duplicate and is dropped by the dedup key).
- Processing happens later in the worker (``bot.pipeline.processor.Processor``) in each
  person's order; replies leave through ``TelegramSender``.

python-telegram-bot is used for its Bot API client (``Application.builder()...
.updater(None)``); its own handlers never run. The token is only ever in the Bot
API URL that PTB builds; our path is ``/telegram/webhook`` and the loggers that
print request URLs (httpx) are kept at WARNING.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import hmac
import logging
import re
from typing import Any

import orjson
from aiohttp import web
from telegram import BotCommand
from telegram.error import BadRequest, InvalidToken, TelegramError
from telegram.ext import Application

from bot import config
from bot.channels.telegram.http import AiohttpRequest
from bot.channels.telegram.render import ALLOWED_UPDATES, to_inbound
from bot.channels.telegram.send import Pacer, TelegramSender, call, raw_api
from bot.config import Setting
from bot.i18n import N_, translator
from bot.ids import TELEGRAM_CHAT, Vault
from bot.logs import secret
from bot.runtime import Runtime
from bot.storage import RedisError, local_pepper

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"

SETTINGS = (
    Setting("TELEGRAM_BOT_TOKEN", "", "Token of the migrants' bot from @BotFather. Unset: no Telegram channel."),
    Setting("TELEGRAM_API_BASE_URL", "https://api.telegram.org/bot",
            "Bot API base URL; the token is appended (a self-hosted Bot API server, or the tests' fake)."),
    Setting("PUBLIC_URL", "",
            "Public https address of this server (e.g. `https://hamroh.example.org`). Set: Telegram delivers to "
            "`PUBLIC_URL/telegram/webhook`. Unset: long polling (a laptop)."),
    Setting("TELEGRAM_WEBHOOK_SECRET", "",
            "Secret Telegram sends with every webhook request (1-256 of `A-Z a-z 0-9 _ -`). Unset: derived from the token, so every web "
            "process agrees."),
    Setting("TELEGRAM_OPERATORS_CHAT_ID", "",
            "Id of the operators' Telegram group (a supergroup, e.g. `-1001234567890`; with topics enabled each case gets a topic). Unset: "
            "no operators on Telegram."),
    Setting("TELEGRAM_OPERATORS_LANG", "ru", "Language of the bot's messages in the operators' group (`ru` or `tg`)."),
    Setting("TELEGRAM_OPERATOR_IDS", "",
            "Optional comma-separated Telegram user ids allowed to work cases; unset: every member of the operators' group."),
    Setting("TELEGRAM_GLOBAL_RATE", "30",
            "Messages per second this process may send in all (Telegram allows about 30 per bot; divide among processes).", int),
    Setting("TELEGRAM_CHAT_RATE", "1",
            "Messages per second to one chat after a burst of `TELEGRAM_CHAT_BURST` (Telegram asks for about 1). Raise it only against a "
            "test double or a Bot API server without that limit (the benchmark does).", float),
    Setting("TELEGRAM_CHAT_BURST", "20",
            "Messages one chat may get at once before `TELEGRAM_CHAT_RATE` applies. At least what a person's rate limit lets through "
            "(`RATE_BURST` messages, an answer or two each), so that pacing one loud person never holds up the people who share their "
            "inbox partition; a 429 from Telegram is still waited out.", int),
)

SERVICE = "telegram"

# The command menu people see under the "Menu" button (setMyCommands at start-up): Russian for
# apps in Russian, both languages for everyone else (Telegram has no Tajik interface).
COMMANDS = (
    ("start", N_("Start")),
    ("menu", N_("Main menu")),
    ("sos", N_("Urgent help")),
    ("lang", N_("Change language")),
    ("help", N_("How to use the bot")),
    ("erase", N_("Delete our messages in this chat")),
    ("forget", N_("Erase everything kept about me")),
)


def command_menus() -> list[tuple[str | None, list[BotCommand]]]:
    """(language code or None for everyone else, commands) for setMyCommands."""
    tg, ru = translator("tg"), translator("ru")
    both = [BotCommand(c, f"{tg._(d)} / {ru._(d)}"[:256]) for c, d in COMMANDS]
    only_ru = [BotCommand(c, ru._(d)[:256]) for c, d in COMMANDS]
    return [(None, both), ("ru", only_ru)]


SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


def webhook_secret(token: str) -> str:
    explicit = config.get("TELEGRAM_WEBHOOK_SECRET")
    if explicit:
        if not SECRET_RE.match(str(explicit)):
            raise config.ConfigError("TELEGRAM_WEBHOOK_SECRET may only hold A-Z, a-z, 0-9, _ and - (1 to 256 characters)")
        return str(explicit)
    return hashlib.sha256(b"hamroh-telegram-webhook:" + token.encode()).hexdigest()


def operators_chat() -> int | None:
    raw = str(config.get("TELEGRAM_OPERATORS_CHAT_ID")).strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise config.ConfigError(f"TELEGRAM_OPERATORS_CHAT_ID must be a number like -1001234567890, not {raw!r}") from None


def file_base_url(base_url: str) -> str:
    """Where files are downloaded, following ``TELEGRAM_API_BASE_URL`` as the Bot API lays it
    out (``https://api.telegram.org/bot`` -> ``https://api.telegram.org/file/bot``), so a
    self-hosted Bot API server and the tests' fake serve files too; python-telegram-bot
    appends the token and the ``file_path`` of ``getFile``."""
    base = base_url.rstrip("/")
    if base.endswith("/bot"):
        return base[: -len("bot")] + "file/bot"
    return base + "/file/bot"


class TelegramChannel:
    """What the Telegram channel keeps for one process (``rt.processor.services["telegram"]``)."""

    def __init__(self, rt: Runtime, token: str, base_url: str) -> None:
        self.rt = rt
        self._requests = (AiohttpRequest(pool_size=64), AiohttpRequest(pool_size=2, read_timeout=40))
        self.application = (
            Application.builder().token(token).base_url(base_url).base_file_url(file_base_url(base_url)).updater(None)
            .request(self._requests[0]).get_updates_request(self._requests[1])
            .build()
        )
        self.bot = self.application.bot
        self.secret = webhook_secret(token)
        secret(token)
        secret(self.secret)  # (derived from the token when not set: never in a log line either)
        self.operators_chat = operators_chat()
        self.pacer = Pacer(global_rate=float(config.get("TELEGRAM_GLOBAL_RATE")), chat_rate=float(config.get("TELEGRAM_CHAT_RATE")),
                           chat_burst=int(config.get("TELEGRAM_CHAT_BURST")))
        self.pepper = local_pepper()
        self.sender = TelegramSender(self.bot, rt.storage, self.pacer, Vault(self.pepper, TELEGRAM_CHAT),
                                     on_blocked=self._on_blocked)
        # the operators' group (``bot.operators.telegram_group``), set by its plugin when the
        # group is configured: told when a person with an open case blocks the bot
        self.ops: Any = None
        self._poller: asyncio.Task[None] | None = None

    async def _on_blocked(self, user: str, state: Any) -> None:
        if self.ops is not None and state.case:
            await self.ops.person_unreachable(user, state.case)

    # -- intake ---------------------------------------------------------------------------
    async def accept_update(self, update: dict[str, Any]) -> bool:
        """Accept one update durably (raises RedisError when Redis is unreachable)."""
        inbound = to_inbound(update, self.pepper, self.operators_chat)
        if inbound is None:
            self._note_group(update)
            return False
        if isinstance(inbound.data.get("chat"), int):
            # the chat id is kept only sealed, in the inbox entry as in the state
            inbound.data["chat"] = self.sender.vault.seal(str(inbound.data["chat"]))
        return await self.rt.inbox.accept(inbound) is not None

    def _note_group(self, update: dict[str, Any]) -> None:
        """Say in the log when the bot is added to a group: how operators find the group's id."""
        member = update.get("my_chat_member")
        if not isinstance(member, dict):
            return
        chat = member.get("chat") or {}
        status = (member.get("new_chat_member") or {}).get("status")
        if chat.get("type") in ("group", "supergroup") and status in ("member", "administrator"):
            which = ("the operators' group" if chat.get("id") == self.operators_chat
                     else "set TELEGRAM_OPERATORS_CHAT_ID to this id to make it the operators' group")
            log.info("telegram: bot added to group %s (%s)", chat.get("id"), which)

    async def webhook(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        # (header bytes that are not UTF-8 arrive as surrogate escapes: compare them as bytes)
        if not hmac.compare_digest(given.encode("utf-8", "surrogateescape"), self.secret.encode()):
            return web.Response(status=403)
        try:
            update = orjson.loads(await request.read())
        except (ValueError, RecursionError):
            return web.Response(status=400, text="bad request")
        if not isinstance(update, dict):
            return web.Response(status=400)
        try:
            await self.accept_update(update)
        except RedisError:
            return web.Response(status=503, headers={"Retry-After": "5"})
        return web.Response(status=200)

    async def poll(self) -> None:
        """Long polling for a laptop: getUpdates, accept each, then move the offset."""
        offset: int | None = None
        try:
            await call(self.pacer, 0, lambda: self.bot.delete_webhook(drop_pending_updates=False), paced=False)
        except TelegramError as exc:
            log.warning("deleteWebhook failed (%s); polling anyway", type(exc).__name__)
        backoff = 1.0
        while True:
            try:
                updates = await raw_api(self.bot, "getUpdates",
                                        {"offset": offset, "timeout": 25, "allowed_updates": ALLOWED_UPDATES}, read_timeout=40)
                for u in updates or []:
                    while True:
                        try:
                            await self.accept_update(u)
                            break
                        except RedisError:
                            log.warning("redis unreachable; holding telegram update until it is back")
                            await asyncio.sleep(1.0)
                    offset = int(u["update_id"]) + 1
                backoff = 1.0
            except asyncio.CancelledError:
                raise
            except InvalidToken:
                log.error("telegram rejected the bot token; polling stopped")
                return
            except TelegramError as exc:
                log.warning("getUpdates failed (%s); retrying in %.0f s", type(exc).__name__, backoff)
                await asyncio.sleep(backoff)
                backoff = min(30.0, backoff * 2)
            except Exception:
                log.exception("polling error; retrying")
                await asyncio.sleep(backoff)
                backoff = min(30.0, backoff * 2)

    async def register_webhook(self, public_url: str) -> None:
        url = public_url.rstrip("/") + WEBHOOK_PATH
        delay = 1.0
        while True:
            try:
                await self.bot.set_webhook(url, secret_token=self.secret, allowed_updates=ALLOWED_UPDATES,
                                           max_connections=40, drop_pending_updates=False)
                log.info("telegram webhook registered at %s", url)
                return
            except asyncio.CancelledError:
                raise
            except InvalidToken:
                log.error("telegram rejected the bot token; webhook not registered")
                return
            except BadRequest as exc:  # e.g. PUBLIC_URL not https: retrying will not help
                log.error("telegram refused the webhook address: %s (check PUBLIC_URL)", exc.message)
                return
            except TelegramError as exc:
                log.warning("setWebhook failed (%s); retrying in %.0f s", type(exc).__name__, delay)
                await asyncio.sleep(delay)
                delay = min(60.0, delay * 2)

    async def set_commands(self) -> None:
        """The command menu in both languages (best effort: a failure only leaves the old menu)."""
        for lang, commands in command_menus():
            try:
                await call(self.pacer, 0, functools.partial(self.bot.set_my_commands, commands, language_code=lang),
                           paced=False)
            except (TimeoutError, TelegramError) as exc:
                log.warning("setMyCommands failed (%s)", type(exc).__name__)
                return

    async def start_intake(self) -> None:
        self.rt.tasks.append(asyncio.create_task(self.set_commands(), name="telegram-commands"))
        public = str(config.get("PUBLIC_URL")).strip()
        if public:
            task = asyncio.create_task(self.register_webhook(public), name="telegram-setwebhook")
        else:
            log.info("PUBLIC_URL unset: telegram long polling")
            task = asyncio.create_task(self.poll(), name="telegram-polling")
            self._poller = task
        self.rt.tasks.append(task)

    async def close(self) -> None:
        if self._poller:
            self._poller.cancel()
        # (the Bot is never initialize()d, so Bot.shutdown would skip our sessions)
        await asyncio.gather(*(r.shutdown() for r in self._requests), return_exceptions=True)


def check_public_url(url: str) -> None:
    if url and not url.lower().startswith("https://"):
        raise config.ConfigError("PUBLIC_URL must start with https:// (Telegram only delivers webhooks over HTTPS)")


def _quiet_loggers() -> None:
    # httpx logs every request URL at INFO, and the Bot API URL holds the token;
    # PTB's DEBUG logs print message text. Neither is ever wanted in our logs.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("telegram").setLevel(max(logging.INFO, logging.getLogger("telegram").level))


async def attach(rt: Runtime) -> None:
    token = str(config.get("TELEGRAM_BOT_TOKEN")).strip()
    if not token:
        return
    _quiet_loggers()
    check_public_url(str(config.get("PUBLIC_URL")).strip())
    channel = TelegramChannel(rt, token, str(config.get("TELEGRAM_API_BASE_URL")))
    rt.processor.services[SERVICE] = channel
    rt.processor.senders["tg"] = channel.sender


def routes(app: web.Application, rt: Runtime) -> None:
    channel: TelegramChannel | None = rt.processor.services.get(SERVICE)
    if channel is None:
        return
    app.router.add_post(WEBHOOK_PATH, channel.webhook)

    async def on_startup(_app: web.Application) -> None:
        await channel.start_intake()

    app.on_startup.append(on_startup)


async def detach(rt: Runtime) -> None:
    channel: TelegramChannel | None = rt.processor.services.pop(SERVICE, None)
    if channel is not None:
        await channel.close()
