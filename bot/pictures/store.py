"""Pictures kept for a while, always sealed (AES-256-GCM, key from the pepper by HKDF).

Two places, both in Redis, never on disk in the clear:

- ``picup:<id>``: a web chat upload on its way from the HTTP handler to the worker that
  reads it (``UPLOAD_TTL``); the worker takes it out (GETDEL) and it is gone.
- ``case:<ref>:p``: a hash of the pictures a person sent while their case was open, for
  the operator who holds it (at most ``CASE_PICTURES_MAX``). It goes with the case's
  conversation: deleted when the case is anonymised (``CASE_RETENTION_DAYS`` after it
  closed, or at once by "forget me"), and it expires on its own that long after the last
  picture was added.

The sealing binds each picture to its place (the key name is the associated data), so a
sealed value copied under another case does not open.
"""

from __future__ import annotations

import base64
import binascii
import functools
import os
import secrets
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from bot import config
from bot.storage.pictures import PictureStore

if TYPE_CHECKING:
    from bot.storage import Storage

PURPOSE = b"hamroh picture vault"
UPLOAD_TTL = 600
PIC_ID_LEN = 16  # hex digits

MAGIC = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"))


def content_type(data: bytes) -> str | None:
    """The picture's type from its first bytes (JPEG, PNG or WebP), else None."""
    for magic, ctype in MAGIC:
        if data.startswith(magic):
            return ctype
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


@functools.cache
def _aead() -> AESGCM:
    from bot.storage import local_pepper

    return AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=PURPOSE).derive(local_pepper()))


def seal(data: bytes, place: str) -> str:
    """Sealed and in base64 (the storage's Redis client speaks text; a third more bytes)."""
    nonce = os.urandom(12)
    return base64.b64encode(nonce + _aead().encrypt(nonce, data, place.encode())).decode()


def unseal(token: str | None, place: str) -> bytes | None:
    if not token:
        return None
    try:
        blob = base64.b64decode(token, validate=True)
        return _aead().decrypt(blob[:12], blob[12:], place.encode()) if len(blob) >= 28 else None
    except (InvalidTag, binascii.Error, ValueError):
        return None


def new_id() -> str:
    return secrets.token_hex(PIC_ID_LEN // 2)


def valid_id(pic: str) -> bool:
    return len(pic) == PIC_ID_LEN and all(c in "0123456789abcdef" for c in pic)


def upload_key(keys: Any, up: str) -> str:
    return str(keys.picture_upload(up))


def case_key(keys: Any, ref: str) -> str:
    """Hash: picture id -> sealed picture, of one case (the anonymisation deletes it with the case)."""
    return str(keys.case_pictures(ref))


async def put_upload(storage: Storage, data: bytes) -> str:
    up = new_id()
    await PictureStore(storage).put_upload(up, seal(data, upload_key(storage.keys, up)), UPLOAD_TTL)
    return up


async def take_upload(storage: Storage, up: str) -> bytes | None:
    if not valid_id(up):
        return None
    return unseal(await PictureStore(storage).take_upload(up), upload_key(storage.keys, up))


async def keep_for_case(storage: Storage, ref: str, data: bytes) -> str | None:
    """Seal the picture into the case; its id, or None when the case has its fill of pictures."""
    store = PictureStore(storage)
    if await store.case_count(ref) >= int(config.get("CASE_PICTURES_MAX")):
        return None
    pic = new_id()
    await store.add_to_case(ref, pic, seal(data, f"{case_key(storage.keys, ref)}:{pic}"),
                            int(config.get("CASE_RETENTION_DAYS")) * 86400)
    return pic


async def load_for_case(storage: Storage, ref: str, pic: str) -> bytes | None:
    if not valid_id(pic):
        return None
    return unseal(await PictureStore(storage).case_picture(ref, pic), f"{case_key(storage.keys, ref)}:{pic}")


async def drop_case(storage: Storage, ref: str) -> None:
    await PictureStore(storage).drop_case(ref)


async def drop_person(storage: Storage, user: str) -> None:
    """The pictures of every case still linked to the person (their open case included)."""
    await PictureStore(storage).drop_person(user)
