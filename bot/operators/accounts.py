"""Operator accounts: argon2-hashed passwords in Redis, created from the command line.

``python -m bot operators add NAME --role operator|supervisor`` (see ``bot.operators.cli``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from bot.storage import Storage

ROLES = ("operator", "supervisor")
NAME_RE = re.compile(r"^[A-Za-z0-9_.-]{2,32}$")
CONSOLE_LANGS = ("tg", "ru", "en")
_hasher = PasswordHasher()  # argon2id, library defaults (RFC 9106 "second recommended")
_DUMMY = _hasher.hash("not a password")  # verified against for unknown names: same time either way


@dataclass
class Operator:
    name: str
    role: str
    lang: str = "en"
    active: bool = True
    gen: str = "0"  # bumped by a password reset and a disable: console sessions of an older generation end

    @property
    def supervisor(self) -> bool:
        return self.role == "supervisor"


class AccountError(Exception):
    pass


async def add(storage: Storage, name: str, role: str, password: str, *, replace: bool = False) -> Operator:
    if not NAME_RE.match(name):
        raise AccountError("a name is 2-32 letters, digits, '.', '_' or '-'")
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < 10:
        raise AccountError("the password must have at least 10 characters")
    key = storage.keys.operator(name)
    if not replace and await storage.redis.exists(key):
        raise AccountError(f"operator {name} exists (use --reset to set a new password)")
    await storage.redis.hset(key, mapping={"name": name, "role": role, "pw": _hasher.hash(password), "active": "1"})
    await storage.redis.hsetnx(key, "lang", "en")
    await storage.redis.hincrby(key, "gen", 1)  # a new password ends the sessions signed in with the old one
    await storage.redis.sadd(storage.keys.operators(), name)
    if replace:
        await storage.redis.delete(storage.keys.login_fails(name.lower()))  # a new password lifts a lock
    return Operator(name, role)


async def get(storage: Storage, name: str) -> Operator | None:
    h = await storage.redis.hgetall(storage.keys.operator(name))
    if not h:
        return None
    return Operator(h["name"], h.get("role", "operator"), h.get("lang", "en"), h.get("active", "1") == "1", h.get("gen", "0"))


async def load_for_verify(storage: Storage, name: str) -> tuple[dict[str, str]]:
    """The account's hash (empty for a name that is not an account), for ``verify_hash``."""
    return (await storage.redis.hgetall(storage.keys.operator(name)) if NAME_RE.match(name or "") else {},)


def verify_hash(h: dict[str, str], password: str) -> Operator | None:
    """The argon2 check (CPU-bound: the console runs it in a thread pool). An unknown name
    is checked against a dummy hash, so it takes the same time."""
    try:
        _hasher.verify(h.get("pw") or _DUMMY, password)
    except (VerificationError, InvalidHashError):
        return None
    if not h or h.get("active", "1") != "1":
        return None
    return Operator(h["name"], h.get("role", "operator"), h.get("lang", "en"), True, h.get("gen", "0"))


async def verify(storage: Storage, name: str, password: str) -> Operator | None:
    return verify_hash(*await load_for_verify(storage, name), password)


async def set_lang(storage: Storage, name: str, lang: str) -> None:
    if lang in CONSOLE_LANGS:
        await storage.redis.hset(storage.keys.operator(name), "lang", lang)


async def set_active(storage: Storage, name: str, active: bool) -> bool:
    key = storage.keys.operator(name)
    if not await storage.redis.exists(key):
        return False
    pipe = storage.redis.pipeline(transaction=True)
    pipe.hset(key, "active", "1" if active else "0")
    pipe.hincrby(key, "gen", 1)  # sessions from before a disable do not come back with an enable
    await pipe.execute()
    return True


async def names(storage: Storage) -> list[str]:
    return sorted(await storage.redis.smembers(storage.keys.operators()))
