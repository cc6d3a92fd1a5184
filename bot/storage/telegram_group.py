"""The Redis commands of the operators' Telegram group (``bot.operators.telegram_group``):
our consumer group on the case audit stream, the maps from group messages and forum topics
to cases, where each case's card is, and whether the group has topics."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from redis.exceptions import ResponseError

if TYPE_CHECKING:
    from bot.storage import Storage

GROUP = "tgops"  # our consumer group on the audit stream
CONSUMER = "ops"
MAP_TTL = 60 * 86400  # group message / topic -> case, and where a case is posted
FORUM_TTL = 3600  # how long "the group has topics" is believed


class TelegramGroupStore:
    def __init__(self, storage: Storage) -> None:
        self.redis, self.keys = storage.redis, storage.keys

    # -- the audit stream ------------------------------------------------------------------------
    async def ensure_group(self) -> None:
        """Create our consumer group (at the stream's end) unless it exists."""
        try:
            await self.redis.xgroup_create(self.keys.audit(), GROUP, id="$", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    async def read_events(self, cursor: str, count: int, block_ms: int | None) -> list[tuple[str, dict[str, str]]]:
        """Audit entries for our group: "0" our own pending ones (not blocking), ">" new ones."""
        res: Any = await self.redis.xreadgroup(GROUP, CONSUMER, {self.keys.audit(): cursor}, count=count, block=block_ms)
        return list(res[0][1]) if res else []

    async def done(self, entry_id: str) -> None:
        """The entry is handled (XACK)."""
        await self.redis.xack(self.keys.audit(), GROUP, entry_id)

    # -- group messages and topics -> cases ----------------------------------------------------------
    async def map_message(self, chat: int, message_id: int, ref: str) -> None:
        await self.redis.set(self.keys.tg_case_of(chat, message_id), ref, ex=MAP_TTL)

    async def map_thread(self, chat: int, thread: int, ref: str) -> None:
        await self.redis.set(self.keys.tg_case_thread(chat, thread), ref, ex=MAP_TTL)

    async def case_of(self, chat: int, thread: int | None, message_ids: Sequence[int]) -> str | None:
        """The case of a topic, else of the first of the messages that belongs to one."""
        keys = [self.keys.tg_case_thread(chat, thread)] if thread is not None else []
        keys += [self.keys.tg_case_of(chat, m) for m in message_ids]
        if not keys:
            return None
        for v in await self.redis.mget(keys):
            if v:
                return str(v)
        return None

    # -- where a case is posted -------------------------------------------------------------------
    async def post(self, ref: str) -> dict[str, str]:
        """``card`` (message id), ``thread`` (topic id, when the group has topics), ``n`` (case
        messages shown so far); empty when the case is not posted."""
        return cast(dict[str, str], await self.redis.hgetall(self.keys.tg_case_post(ref)))

    async def card_posted(self, ref: str) -> bool:
        return bool(await self.redis.hget(self.keys.tg_case_post(ref), "card"))

    async def save_post(self, ref: str, fields: dict[str, str]) -> None:
        key = self.keys.tg_case_post(ref)
        await self.redis.hset(key, mapping=cast(Any, fields))
        await self.redis.expire(key, MAP_TTL)

    async def set_shown(self, ref: str, n: int) -> None:
        """The case's first ``n`` messages are in the group."""
        await self.redis.hset(self.keys.tg_case_post(ref), "n", str(n))

    # -- the group ----------------------------------------------------------------------------------
    async def forum(self, chat: int) -> bool | None:
        """Whether the group has topics, as last seen (None: not known)."""
        cached = await self.redis.hget(self.keys.tg_group(chat), "forum")
        return None if cached is None else cached == "1"

    async def remember_forum(self, chat: int, forum: bool) -> None:
        key = self.keys.tg_group(chat)
        await self.redis.hset(key, "forum", "1" if forum else "0")
        await self.redis.expire(key, FORUM_TTL)
