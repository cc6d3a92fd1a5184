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
  than never for a hotline (at-least-once, as in ``bot.pipeline.processor``).
- No Redis round trip per message sent. The chat's message ids (for /erase) are
  kept in the person's state hash (``History``, field ``xh``) and saved with it by
  the one save script, and the chat id itself is kept sealed in the state (field
  ``xk``) for replies that do not answer a Telegram update (an operator's reply).
  A re-run of an inbox entry (the process died after sending, before saving) sends
  its replies again: the person may see an answer twice, which is better than
  never; the chaos tests count such duplicates.
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

from telegram import LinkPreviewOptions
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.request import RequestData

from bot import metrics
from bot.channels.telegram.render import Markup, render
from bot.engine.model import Inbound, Reply, State
from bot.ids import Vault
from bot.storage import RedisError
from bot.storage.telegram import TelegramStore

if TYPE_CHECKING:
    from telegram import Bot

    from bot.storage import Storage

log = logging.getLogger(__name__)

HISTORY_RUNS = 24  # runs of consecutive message ids kept per chat for /erase
RUN_SPAN = 3600  # a run's time is its newest message's; a run spans at most an hour
DELETE_WINDOW = 48 * 3600 - 300  # Telegram's limit, with a margin
MAX_PATIENCE = 300.0  # seconds of 429 waits we accept for one message
MAX_ATTEMPTS = 6  # for 5xx and network errors
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)  # no link previews: less data on a cheap phone
NO_PREVIEW_JSON = {"is_disabled": True}


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


# PTB marks RequestData final ("how instances are created is an implementation detail"); our
# own request class (``http.AiohttpRequest``) reads only ``parameters``, which this overrides
class PlainData(RequestData):  # type: ignore[misc]
    """Request parameters that are plain JSON already (no ``TelegramObject``, no files)."""

    __slots__ = ("_plain",)

    def __init__(self, params: dict[str, Any]) -> None:
        super().__init__()
        self._plain = params

    @property
    def parameters(self) -> dict[str, Any]:
        return self._plain


class Blocked(Exception):
    """The person blocked the bot (or deleted their account)."""


async def call(pacer: Pacer, chat: int, fn: Callable[[], Awaitable[Any]], *, paced: bool = True,
               sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> Any:
    """One Bot API call with pacing, 429 waits and retries; ``Blocked`` on 403. Every
    failed request counts in ``hamroh_provider_errors_total{channel="tg"}`` and every
    request sent again in ``hamroh_retries_total{channel="tg"}`` (``bot.metrics``)."""
    patience = MAX_PATIENCE
    attempt = 0
    while True:
        if paced:
            await pacer.wait(chat)
        try:
            return await fn()
        except RetryAfter as exc:
            metrics.provider_error("tg", "rate_limited")
            wait = max(0.5, _retry_after(exc))
            patience -= wait
            if patience < 0:
                raise
            pacer.push_back(chat, wait)
            log.info("telegram 429 for a %s chat: waiting %.1f s", "group" if chat < 0 else "private", wait)
            metrics.retry("tg", "rate_limited")
            await sleep(wait)
        except Forbidden as exc:
            metrics.provider_error("tg", "blocked")
            raise Blocked(str(exc)) from None
        except BadRequest:
            metrics.provider_error("tg", "rejected")
            raise
        except (TimedOut, NetworkError) as exc:  # includes 5xx answers
            kind = _failure_kind(exc)
            metrics.provider_error("tg", kind)
            attempt += 1
            if attempt >= MAX_ATTEMPTS:
                raise
            backoff = min(8.0, 0.25 * 2**attempt)
            log.warning("telegram call failed (%s); retry %d in %.1f s", type(exc).__name__, attempt, backoff)
            metrics.retry("tg", kind)
            await sleep(backoff)
        except TelegramError:
            metrics.provider_error("tg", "rejected")  # e.g. InvalidToken, Conflict
            raise


def _failure_kind(exc: TelegramError) -> str:
    """``timeout``; ``network`` when no HTTP answer came (our client's errors are named
    ``aiohttp.<class>``, see ``bot.channels.telegram.http``); ``server`` for an HTTP error
    answer (5xx)."""
    if isinstance(exc, TimedOut):
        return "timeout"
    msg = str(getattr(exc, "message", "") or "")
    return "network" if msg.startswith(("aiohttp.", "Unknown error in HTTP")) else "server"


class History:
    """The chat's recent message ids (both sides), for /erase, in a few bytes of the
    state: runs of consecutive ids, ``<minute>:<first id>[+<count - 1>]`` in base 36,
    comma-separated, newest last. In a private chat most ids are consecutive, so an
    exchange of dozens of messages is one run. Runs older than Telegram's 48-hour
    deletion window are dropped, and at most ``HISTORY_RUNS`` are kept (about 300
    bytes), so a conversation stays under 1 KB in Redis."""

    def __init__(self, encoded: str | None) -> None:
        self.runs: list[list[int]] = []  # [minute, first id, count]
        for item in (encoded or "").split(","):
            minute, _, ids = item.partition(":")
            first, _, more = ids.partition("+")
            try:
                self.runs.append([int(minute, 36), int(first, 36), int(more or "0", 36) + 1])
            except ValueError:
                continue

    def add(self, message_id: int, now: float) -> None:
        minute = int(now // 60)
        last = self.runs[-1] if self.runs else None
        if last and last[1] + last[2] == message_id and (minute - last[0]) * 60 < RUN_SPAN:
            last[0], last[2] = minute, last[2] + 1
        else:
            self.runs.append([minute, message_id, 1])

    def fresh(self, now: float) -> tuple[list[int], int]:
        """(message ids young enough to delete, how many are too old)."""
        fresh: list[int] = []
        old = 0
        for minute, first, count in self.runs:
            if now - minute * 60 < DELETE_WINDOW:
                fresh.extend(range(first, first + count))
            else:
                old += count
        return fresh, old

    def encode(self, now: float) -> str:
        keep = [r for r in self.runs if now - r[0] * 60 < DELETE_WINDOW][-HISTORY_RUNS:]
        return ",".join(f"{_b36(m)}:{_b36(f)}" + (f"+{_b36(c - 1)}" if c > 1 else "") for m, f, c in keep)


def _b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if not n:
            return out


class TelegramSender:
    """``Sender`` for the channel ``tg`` (see ``bot.pipeline.processor.Sender``)."""

    def __init__(self, bot: Bot, storage: Storage, pacer: Pacer, vault: Vault,
                 on_blocked: Callable[[str, State], Awaitable[None]] | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.bot = bot
        self.storage = storage
        self.store = TelegramStore(storage)
        self.pacer = pacer
        self.vault = vault
        self.on_blocked = on_blocked
        self.clock = clock

    def chat_of(self, inbound: Inbound, state: State) -> int | None:
        """The chat to answer: the update's own, or the one sealed in the state."""
        chat = inbound.data.get("chat") if inbound.channel == "tg" else None
        if isinstance(chat, int):
            return chat
        opened = self.vault.open(chat if isinstance(chat, str) else state.extra.get("k"))  # (sealed at intake)
        return int(opened) if opened and opened.lstrip("-").isdigit() else None

    def remember(self, inbound: Inbound, state: State) -> None:
        """Keep the chat id (sealed) so that later replies can reach the person."""
        chat = inbound.data.get("chat") if inbound.channel == "tg" else None
        if isinstance(chat, int) and "k" not in state.extra:
            state.extra["k"] = self.vault.seal(str(chat))
        elif isinstance(chat, str) and "k" not in state.extra and self.vault.open(chat):
            state.extra["k"] = chat  # sealed at intake with the same key

    async def send(self, user: str, replies: list[Reply], state: State, inbound: Inbound) -> None:
        chat = self.chat_of(inbound, state)
        if chat is None:
            log.warning("a telegram reply has no chat to go to (the person erased their data, or PEPPER changed)")
            return
        cq = inbound.data.get("cq") if inbound.channel == "tg" else None
        if cq:
            await self._answer_callback(chat, str(cq))
        now = self.clock()
        record = state.to_hash() != State().to_hash()  # nothing is kept after "forget me"
        history = History(state.extra.get("h"))
        incoming = inbound.data.get("mid") if inbound.channel == "tg" and inbound.event != "tg_erase" else None
        if isinstance(incoming, int):  # (/erase has deleted its own message already)
            history.add(incoming, now)
        try:
            for reply in replies:
                for text, markup in render(reply):
                    try:
                        history.add(await self._send_one(chat, text, markup), now)
                    except Blocked:
                        await self.mark_unreachable(user, state)
                        return
        finally:
            if record:
                state.extra["h"] = history.encode(now)

    async def _answer_callback(self, chat: int, cq: str) -> None:
        try:  # stops the button's spinner; not paced (it is no chat message)
            await call(self.pacer, chat, lambda: self.bot.answer_callback_query(cq), paced=False)
        except (BadRequest, Blocked):
            pass  # too old (more than 15 minutes after the press): nothing to stop
        except TelegramError as exc:
            log.info("answerCallbackQuery failed: %s", type(exc).__name__)

    async def _send_one(self, chat: int, text: str, markup: Markup | None) -> int:
        params: dict[str, Any] = {"chat_id": chat, "text": text, "parse_mode": "HTML", "link_preview_options": NO_PREVIEW_JSON}
        if markup is not None:
            params["reply_markup"] = markup
        try:
            msg = await call(self.pacer, chat, lambda: self._post("sendMessage", params))
        except BadRequest as exc:
            if "parse" not in str(exc).lower():
                raise
            log.error("telegram refused our HTML; sending as plain text")
            import html as _html

            plain = dict(params, text=_html.unescape(text.replace("<b>", "").replace("</b>", "")))
            del plain["parse_mode"]
            msg = await call(self.pacer, chat, lambda: self._post("sendMessage", plain))
        return int(msg["message_id"])

    async def _post(self, method: str, params: dict[str, Any]) -> Any:
        """One Bot API call with plain JSON parameters through PTB's request object, which
        turns Telegram's answers into PTB's errors (``RetryAfter``, ``Forbidden``...). The
        ``Bot`` layers above it build and parse ``TelegramObject``s, which the hot path
        does not need: they were about a fifth of the CPU time per message."""
        return await self.bot.request.post(f"{self.bot.base_url}/{method}", request_data=PlainData(params))

    async def mark_unreachable(self, user: str, state: State) -> None:
        log.info("a telegram user blocked the bot; marked unreachable")
        await self.store.mark_unreachable(user)
        if self.on_blocked:
            try:
                await self.on_blocked(user, state)
            except RedisError:
                raise
            except Exception:
                log.exception("telling the operator that a person is unreachable failed")

    async def erase(self, inbound: Inbound, state: State) -> tuple[int, int]:
        """Delete what the bot recorded of this chat (its messages and the person's);
        (deleted, too old to delete)."""
        chat = self.chat_of(inbound, state)
        if chat is None:
            return 0, 0
        now = self.clock()
        history = History(state.extra.pop("h", None))
        incoming = inbound.data.get("mid")
        if isinstance(incoming, int):
            history.add(incoming, now)
        fresh, old = history.fresh(now)
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
