"""The Redis reads behind a supervisor's reveal (``bot.operators.reveal``): the sealed
values a channel keeps of who a person is. They stay sealed here (``bot.ids.Vault`` opens them)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from bot.storage import Storage


class RevealStore:
    def __init__(self, storage: Storage) -> None:
        self.redis, self.keys = storage.redis, storage.keys

    async def sealed_chat(self, user: str) -> str | None:
        """The Telegram chat id sealed in the person's state (field ``xk``)."""
        return cast("str | None", await self.redis.hget(self.keys.user(user), "xk"))

    async def sealed_number(self, user: str) -> str | None:
        """The phone number sealed under its own key (``Keys.sms_number``)."""
        return cast("str | None", await self.redis.get(self.keys.sms_number(user)))
