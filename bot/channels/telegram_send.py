"""Sending on Telegram: pacing, 429 and error handling, idempotent delivery, /erase.

Decisions (each a documented failure behaviour):

- Pacing. Telegram allows about 1 message per second per chat (short bursts are
  tolerated), 20 per minute per group and 30 per second overall. ``Pacer`` keeps
  these as GCRA schedules in this process (no Redis round trip per message); a
  reservation is taken before the ``await``, so concurrent senders never share a
  slot. With several worker processes set ``TELEGRAM_GLOBAL_RATE`` to 30 divided by
  their number.
- 429. The message was not sent: wait ``retry_after`` (the chat's schedule is pushed
  back too) and send it again, as many times as Telegram asks within
  ``MAX_PATIENCE`` seconds. Nothing is lost and nothing is doubled.
- 5xx and network errors: retried with backoff. A timed-out request may have
  reached Telegram, so the person may rarely see a message twice; that is better
  than never for a hotline (at-least-once, as in ``bot.conversation``).
- Idempotency across retries of one inbox entry: after each message is sent, the
  (entry, reply, part) -> Telegram message id is written to a short-lived hash in
  the same pipeline that records the message for /erase; a re-run of the entry
  (the process died before saving) skips what was already sent.
- Blocked (403): the person is marked unreachable (a key with the state's TTL) and,
  if a case is open, the operator is told through the handover; the rest of the
  replies are dropped. An unblock (``my_chat_member``) clears the mark.
- HTML that Telegram refuses to parse (should never happen: every part is escaped)
  is sent again as plain text rather than lost.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import functools
import logging
import time
import warnings
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from redis.exceptions import RedisError
from telegram import InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut

from bot.channels.telegram_render import chat_of, render
from bot.engine.model import Inbound, Reply, State

if TYPE_CHECKING:
    from telegram import Bot

    from bot.storage import Storage

log = logging.getLogger(__name__)

SENT_TTL = 24 * 3600  # idempotency marks: long enough for any redelivery
HISTORY_TTL = 3 * 24 * 3600  # /erase can only delete messages younger than 48 hours anyway
HISTORY_MAX = 300  # message ids kept per chat for /erase
DELETE_WINDOW = 48 * 3600 - 300  # Telegram's limit, with a margin
MAX_PATIENCE = 300.0  # seconds of 429 waits we accept for one message
MAX_ATTEMPTS = 6  # for 5xx and network errors
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)  # no link previews: less data on a cheap phone


def _retry_after(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns that the type will become a timedelta
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


class Pacer:
    """Per-chat, per-group and global send schedules (GCRA), in this process."""

    def __init__(self, *, chat_rate: float = 1.0, chat_burst: int = 3, group_per_minute: float = 20,
                 group_burst: int = 3, global_rate: float = 30.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.chat = (1.0 / chat_rate, chat_burst)
        self.group = (60.0 / group_per_minute, group_burst)
        self.glob = (1.0 / global_rate, max(1, int(global_rate)))
        self._tat: dict[int, float] = {}
        self._global_tat = 0.0

    def _slot(self, tat: float, now: float, spec: tuple[float, int]) -> tuple[float, float]:
        interval, burst = spec
        slot = max(now, tat - (burst - 1) * interval)
        return slot, max(tat, slot) + interval

    def reserve(self, chat: int) -> float:
        """Take the next free slot for this chat; the delay until it (seconds)."""
        now = self.clock()
        spec = self.group if chat < 0 else self.chat
        slot_c, _ = self._slot(self._tat.get(chat, 0.0), now, spec)
        slot_g, _ = self._slot(self._global_tat, now, self.glob)
        slot = max(slot_c, slot_g)
        self._tat[chat] = max(self._tat.get(chat, 0.0), slot) + spec[0]
        self._global_tat = max(self._global_tat, slot) + self.glob[0]
        if len(self._tat) > 50_000:  # forget chats that have been quiet
            self._tat = {c: t for c, t in self._tat.items() if t > now}
        return slot - now

    def push_back(self, chat: int, seconds: float) -> None:
        """Telegram said wait: nothing more for this chat before then."""
        self._tat[chat] = max(self._tat.get(chat, 0.0), self.clock() + seconds)

    async def wait(self, chat: int) -> None:
        delay = self.reserve(chat)
        if delay > 0:
            await asyncio.sleep(delay)


async def raw_api(bot: Bot, method: str, params: dict[str, Any], **kw: Any) -> Any:
    """A Bot API call answered as plain JSON: for the hot or schema-sensitive paths where PTB's
    objects are not needed (getUpdates feeds raw updates to the intake; getChat for one field).
    PTB warns that a named method exists; here the raw answer is the point."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return await bot.do_api_request(method, api_kwargs=params, **kw)


class Blocked(Exception):
    """The person blocked the bot (or deleted their account)."""


async def call(pacer: Pacer, chat: int, fn: Callable[[], Awaitable[Any]], *, paced: bool = True,
               sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> Any:
    """One Bot API call with pacing, 429 waits and retries; ``Blocked`` on 403."""
    patience = MAX_PATIENCE
    attempt = 0
    while True:
        if paced:
            await pacer.wait(chat)
        try:
            return await fn()
        except RetryAfter as exc:
            wait = max(0.5, _retry_after(exc))
            patience -= wait
            if patience < 0:
                raise
            pacer.push_back(chat, wait)
            log.info("telegram 429 for a %s chat: waiting %.1f s", "group" if chat < 0 else "private", wait)
            await sleep(wait)
        except Forbidden as exc:
            raise Blocked(str(exc)) from None
        except BadRequest:
            raise
        except (TimedOut, NetworkError) as exc:  # includes 5xx answers
            attempt += 1
            if attempt >= MAX_ATTEMPTS:
                raise
            backoff = min(8.0, 0.25 * 2**attempt)
            log.warning("telegram call failed (%s); retry %d in %.1f s", type(exc).__name__, attempt, backoff)
            await sleep(backoff)


class TelegramSender:
    """``Sender`` for the channel ``tg`` (see ``bot.conversation.Sender``)."""

    def __init__(self, bot: Bot, storage: Storage, pacer: Pacer,
                 on_blocked: Callable[[str, State], Awaitable[None]] | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.bot = bot
        self.storage = storage
        self.pacer = pacer
        self.on_blocked = on_blocked
        self.clock = clock

    async def send(self, user: str, replies: list[Reply], state: State, inbound: Inbound) -> None:
        chat = chat_of(user)
        keys = self.storage.keys
        r = self.storage.redis
        cq = inbound.data.get("cq") if inbound.channel == "tg" else None
        sent_key = keys.tg_sent(user, inbound.message_id) if inbound.message_id else None
        done: dict[Any, Any] = {}
        if cq and sent_key:  # stop the button's spinner while we look up what was sent already
            done, _ = await asyncio.gather(r.hgetall(sent_key), self._answer_callback(chat, str(cq)))
        elif cq:
            await self._answer_callback(chat, str(cq))
        elif sent_key:
            done = await r.hgetall(sent_key)
        incoming = inbound.data.get("mid") if inbound.channel == "tg" else None
        for i, reply in enumerate(replies):
            for j, (text, markup) in enumerate(render(reply)):
                part = f"{i}.{j}"
                if part in done:
                    continue
                try:
                    message_id = await self._send_one(chat, text, markup)
                except Blocked:
                    await self.mark_unreachable(user, state)
                    return
                now = int(self.clock())
                pipe = r.pipeline(transaction=False)
                if sent_key:
                    pipe.hset(sent_key, part, message_id)
                    pipe.expire(sent_key, SENT_TTL)
                hist = keys.tg_history(chat)
                if isinstance(incoming, int):
                    pipe.rpush(hist, f"{incoming}:{now}")
                    incoming = None
                pipe.rpush(hist, f"{message_id}:{now}")
                pipe.ltrim(hist, -HISTORY_MAX, -1)
                pipe.expire(hist, HISTORY_TTL)
                await pipe.execute()

    async def _answer_callback(self, chat: int, cq: str) -> None:
        try:  # stops the button's spinner; not paced (it is no chat message)
            await call(self.pacer, chat, lambda: self.bot.answer_callback_query(cq), paced=False)
        except (BadRequest, Blocked):
            pass  # too old (more than 15 minutes after the press): nothing to stop
        except TelegramError as exc:
            log.info("answerCallbackQuery failed: %s", type(exc).__name__)

    async def _send_one(self, chat: int, text: str, markup: InlineKeyboardMarkup | None) -> int:
        try:
            msg = await call(self.pacer, chat, lambda: self.bot.send_message(
                chat, text, parse_mode=ParseMode.HTML, reply_markup=markup, link_preview_options=NO_PREVIEW))
        except BadRequest as exc:
            if "parse" not in str(exc).lower():
                raise
            log.error("telegram refused our HTML; sending as plain text")
            import html as _html

            msg = await call(self.pacer, chat, lambda: self.bot.send_message(
                chat, _html.unescape(text.replace("<b>", "").replace("</b>", "")), reply_markup=markup,
                link_preview_options=NO_PREVIEW))
        return int(msg.message_id)

    async def mark_unreachable(self, user: str, state: State) -> None:
        log.info("a telegram user blocked the bot; marked unreachable")
        await self.storage.redis.set(self.storage.keys.tg_unreachable(user), "1", ex=30 * 86400)
        if self.on_blocked:
            try:
                await self.on_blocked(user, state)
            except RedisError:
                raise
            except Exception:
                log.exception("telling the operator that a person is unreachable failed")

    async def erase(self, user: str, inbound: Inbound) -> tuple[int, int]:
        """Delete what the bot recorded of this chat (its messages and the person's);
        (deleted, too old to delete)."""
        chat = chat_of(user)
        r = self.storage.redis
        hist = self.storage.keys.tg_history(chat)
        pipe = r.pipeline(transaction=True)
        pipe.lrange(hist, 0, -1)
        pipe.delete(hist)
        items, _ = await pipe.execute()
        now = self.clock()
        fresh: list[int] = []
        old = 0
        incoming = inbound.data.get("mid")
        if isinstance(incoming, int):
            items.append(f"{incoming}:{int(now)}")
        for item in items:
            mid, _, ts = str(item).partition(":")
            if not mid.isdigit():
                continue
            if now - float(ts or 0) < DELETE_WINDOW:
                fresh.append(int(mid))
            else:
                old += 1
        fresh = sorted(set(fresh))
        deleted = 0
        for k in range(0, len(fresh), 100):
            chunk = fresh[k : k + 100]
            try:
                await call(self.pacer, chat, functools.partial(self.bot.delete_messages, chat, chunk))
                deleted += len(chunk)
            except Blocked:
                return deleted, old
            except BadRequest:
                for one in chunk:  # one by one, so one undeletable message does not stop the rest
                    try:
                        await call(self.pacer, chat, functools.partial(self.bot.delete_message, chat, one))
                        deleted += 1
                    except (BadRequest, Blocked):
                        old += 1
        return deleted, old

    async def forget(self, user: str) -> None:
        keys = self.storage.keys
        await self.storage.redis.delete(keys.tg_history(chat_of(user)), keys.tg_unreachable(user))
