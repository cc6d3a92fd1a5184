"""The Redis commands of the operators' accounts and console sessions (``bot.operators``
keeps the logic): accounts (argon2 hash, role, language, session generation), the set of
names, sessions, failed sign-ins, and leaving the presence set at sign-out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from bot.storage import Storage


class OperatorStore:
    def __init__(self, storage: Storage) -> None:
        self.redis, self.keys = storage.redis, storage.keys

    # -- accounts ------------------------------------------------------------------------------
    async def account(self, name: str) -> dict[str, str]:
        """The account's hash (empty when there is no such operator)."""
        return cast(dict[str, str], await self.redis.hgetall(self.keys.operator(name)))

    async def exists(self, name: str) -> bool:
        return bool(await self.redis.exists(self.keys.operator(name)))

    async def save_account(self, name: str, role: str, pw_hash: str) -> None:
        """Write an account (a new one, or a new password and role): active, language kept (else
        "en"), session generation bumped, so that sessions signed in with the old password end."""
        key = self.keys.operator(name)
        await self.redis.hset(key, mapping={"name": name, "role": role, "pw": pw_hash, "active": "1"})
        await self.redis.hsetnx(key, "lang", "en")
        await self.redis.hincrby(key, "gen", 1)
        await self.redis.sadd(self.keys.operators(), name)

    async def set_lang(self, name: str, lang: str) -> None:
        await self.redis.hset(self.keys.operator(name), "lang", lang)

    async def set_active(self, name: str, active: bool) -> bool:
        """Enable or disable an account and bump its session generation (sessions from before a
        disable do not come back with an enable); False when there is no such account."""
        key = self.keys.operator(name)
        if not await self.redis.exists(key):
            return False
        pipe = self.redis.pipeline(transaction=True)
        pipe.hset(key, "active", "1" if active else "0")
        pipe.hincrby(key, "gen", 1)
        await pipe.execute()
        return True

    async def names(self) -> set[str]:
        return cast(set[str], await self.redis.smembers(self.keys.operators()))

    # -- failed sign-ins (counted by ``bot.abuse.count`` on ``Keys.login_fails``) --------------
    async def keep_lock(self, name: str, seconds: int) -> None:
        """The failures of ``name`` (lower case) are kept ``seconds`` from now."""
        await self.redis.expire(self.keys.login_fails(name), seconds)

    async def uncount_failure(self, name: str) -> None:
        """Take back one counted attempt of ``name`` (lower case)."""
        await self.redis.decr(self.keys.login_fails(name))

    async def clear_failures(self, name: str) -> None:
        """Forget the failures of ``name`` (lower case): a right password, or a new one, lifts a lock."""
        await self.redis.delete(self.keys.login_fails(name))

    # -- sessions --------------------------------------------------------------------------------
    async def session(self, token_hash: str) -> dict[str, str]:
        """A console session (operator, CSRF token, expiry, generation); empty when there is none."""
        return cast(dict[str, str], await self.redis.hgetall(self.keys.session(token_hash)))

    async def open_session(self, token_hash: str, fields: dict[str, str | int], seconds: int) -> None:
        key = self.keys.session(token_hash)
        await self.redis.hset(key, mapping=cast(Any, fields))
        await self.redis.expire(key, seconds)

    async def end_session(self, token_hash: str) -> None:
        await self.redis.delete(self.keys.session(token_hash))

    # -- presence (``bot.handover.duty`` marks and reads it) ----------------------------------------
    async def leave(self, name: str) -> None:
        """The operator is no longer present (signed out)."""
        await self.redis.zrem(self.keys.presence(), name)
