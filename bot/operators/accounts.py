"""Operator accounts: argon2-hashed passwords in Redis, created from the command line.

``python -m bot operators add NAME --role operator|supervisor`` (see ``bot.operators.cli``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from bot.storage import Storage
from bot.storage.operators import OperatorStore

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
    store = OperatorStore(storage)
    if not replace and await store.exists(name):
        raise AccountError(f"operator {name} exists (use --reset to set a new password)")
    await store.save_account(name, role, _hasher.hash(password))  # (a new password ends the sessions signed in with the old one)
    if replace:
        await store.clear_failures(name.lower())  # a new password lifts a lock
    return Operator(name, role)


async def get(storage: Storage, name: str) -> Operator | None:
    h = await OperatorStore(storage).account(name)
    if not h:
        return None
    return Operator(h["name"], h.get("role", "operator"), h.get("lang", "en"), h.get("active", "1") == "1", h.get("gen", "0"))


async def load_for_verify(storage: Storage, name: str) -> tuple[dict[str, str]]:
    """The account's hash (empty for a name that is not an account), for ``verify_hash``."""
    return (await OperatorStore(storage).account(name) if NAME_RE.match(name or "") else {},)


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
        await OperatorStore(storage).set_lang(name, lang)


async def set_active(storage: Storage, name: str, active: bool) -> bool:
    """Enable or disable a sign-in (sessions from before a disable do not come back with an
    enable); False when there is no such operator."""
    return await OperatorStore(storage).set_active(name, active)


async def names(storage: Storage) -> list[str]:
    return sorted(await OperatorStore(storage).names())
