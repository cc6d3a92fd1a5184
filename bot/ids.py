"""Pseudonymous keys and sealed contact details, both derived from the pepper.

A person's key in Redis is ``<channel>:`` + an HMAC-SHA256 of their channel identity
(phone number, Telegram chat id) with the pepper, which is kept outside Redis (env
``PEPPER`` or ``DATA_DIR/pepper``): a copy of the database alone names no one.
Where the program must reach a person again on its own (an operator's reply, a
timer), it keeps the identity sealed with a key derived from the same pepper
(AES-256-GCM from ``cryptography``, key by HKDF: authenticated encryption in 52
characters for a chat id, where Fernet's envelope took 100 and pushed a person's
state over 1 KB of Redis memory).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

log = logging.getLogger(__name__)


# what each vault seals (separate keys per purpose)
TELEGRAM_CHAT = b"hamroh telegram chat vault"
SMS_NUMBER = b"hamroh sms number vault"


def pseudonym(pepper: bytes, channel: str, identity: str) -> str:
    """The person's key: ``channel:`` + 32 hex digits of HMAC-SHA256(pepper, identity)."""
    return f"{channel}:" + hmac.new(pepper, identity.encode(), hashlib.sha256).hexdigest()[:32]


class Vault:
    """Seals and opens one kind of contact detail (``purpose`` separates the keys)."""

    def __init__(self, pepper: bytes, purpose: bytes) -> None:
        self._aead = AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(pepper))

    def seal(self, value: str) -> str:
        nonce = os.urandom(12)  # random per seal: never reused with one key in practice (2**96)
        return base64.urlsafe_b64encode(nonce + self._aead.encrypt(nonce, value.encode(), None)).decode().rstrip("=")

    def open(self, token: str | None) -> str | None:
        if not token:
            return None
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            return self._aead.decrypt(raw[:12], raw[12:], None).decode()
        except (InvalidTag, binascii.Error, ValueError):  # the pepper changed: it cannot be recovered
            log.warning("a sealed contact detail could not be opened (was PEPPER changed?)")
            return None
