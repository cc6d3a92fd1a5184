"""The Redis commands of the picture vault (``bot.pictures.store`` seals and unseals):
web chat uploads on their way to the worker, and the pictures kept with a case."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from bot.storage import Storage


class PictureStore:
    def __init__(self, storage: Storage) -> None:
        # (Any: the client decodes responses to str, which redis-py's types do not know)
        self.redis: Any = storage.redis
        self.keys = storage.keys

    async def put_upload(self, up: str, sealed: str, ttl: int) -> None:
        await self.redis.set(self.keys.picture_upload(up), sealed, ex=ttl)

    async def take_upload(self, up: str) -> str | None:
        """The sealed upload, taken out (read once)."""
        return cast("str | None", await self.redis.getdel(self.keys.picture_upload(up)))

    async def case_count(self, ref: str) -> int:
        """How many pictures the case keeps."""
        return int(await self.redis.hlen(self.keys.case_pictures(ref)))

    async def add_to_case(self, ref: str, pic: str, sealed: str, ttl: int) -> None:
        """Keep a sealed picture with the case; the case's pictures expire ``ttl`` seconds after the last one."""
        key = self.keys.case_pictures(ref)
        pipe = self.redis.pipeline(transaction=False)
        pipe.hset(key, pic, sealed)
        pipe.expire(key, ttl)
        await pipe.execute()

    async def case_picture(self, ref: str, pic: str) -> str | None:
        return cast("str | None", await self.redis.hget(self.keys.case_pictures(ref), pic))

    async def drop_case(self, ref: str) -> None:
        await self.redis.delete(self.keys.case_pictures(ref))

    async def drop_person(self, user: str) -> None:
        """"Forget me": the pictures of every case of the person still linked to them (their
        open case, and closed ones not yet anonymised)."""
        k = self.keys
        open_ref: str | None = await self.redis.hget(k.open_cases(), user)
        refs = set(await self.redis.smembers(k.user_cases(user)))
        if open_ref:
            refs.add(open_ref)
        for ref in refs:
            await self.drop_case(ref)
