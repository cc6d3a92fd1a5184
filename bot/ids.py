"""Pseudonymous keys and sealed contact details, both derived from the pepper.

A person's key in Redis is ``<channel>:`` + an HMAC-SHA256 of their channel identity
(phone number, Telegram chat id) with the pepper, which is kept outside Redis (env
``PEPPER`` or ``DATA_DIR/pepper``): a copy of the database alone names no one.
Where the program must reach a person again on its own (an operator's reply, a
timer), it keeps the identity sealed with a key derived from the same pepper
(Fernet from ``cryptography``: authenticated encryption, nothing hand-made).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

log = logging.getLogger(__name__)


def pseudonym(pepper: bytes, channel: str, identity: str) -> str:
    """The person's key: ``channel:`` + 32 hex digits of HMAC-SHA256(pepper, identity)."""
    return f"{channel}:" + hmac.new(pepper, identity.encode(), hashlib.sha256).hexdigest()[:32]


class Vault:
    """Seals and opens one kind of contact detail (``purpose`` separates the keys)."""

    def __init__(self, pepper: bytes, purpose: bytes) -> None:
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(pepper)
        self._fernet = Fernet(base64.urlsafe_b64encode(key))

    def seal(self, value: str) -> str:
        return self._fernet.encrypt(value.encode()).decode()

    def open(self, token: str | None) -> str | None:
        if not token:
            return None
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except InvalidToken:  # the pepper changed: the detail cannot be recovered
            log.warning("a sealed contact detail could not be opened (was PEPPER changed?)")
            return None
