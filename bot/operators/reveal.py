"""How a supervisor sees who a person is (a phone number, a Telegram chat): per channel.

Cases hold only the pseudonymous user key. A channel that can tell more
registers an async function here; the console calls it only for a supervisor
who gave a reason, after writing the reveal to the audit stream.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.i18n import N_
from bot.ids import SMS_NUMBER, TELEGRAM_CHAT, Vault
from bot.storage import Storage, local_pepper
from bot.storage.reveal import RevealStore


@dataclass(frozen=True)
class Revealed:
    """What a revealer found: an English msgid (translated in the supervisor's language) and the value."""

    msgid: str
    value: str = ""

    def __str__(self) -> str:
        return self.msgid.format(value=self.value)


Revealer = Callable[[Storage, str], Awaitable["Revealed | None"]]
REVEALERS: dict[str, Revealer] = {}


def revealer(channel: str) -> Callable[[Revealer], Revealer]:
    def deco(fn: Revealer) -> Revealer:
        REVEALERS[channel] = fn
        return fn

    return deco


@revealer("tg")
async def _telegram(storage: Storage, user: str) -> Revealed | None:
    """The chat id, sealed in the person's state (``TelegramSender.remember``)."""
    chat = Vault(local_pepper(), TELEGRAM_CHAT).open(await RevealStore(storage).sealed_chat(user))
    return Revealed(N_("Telegram chat id {value}"), chat) if chat else None


@revealer("sms")
async def _sms(storage: Storage, user: str) -> Revealed | None:
    """The phone number, sealed under its own key (``SmsChannel.keep_number``)."""
    number = Vault(local_pepper(), SMS_NUMBER).open(await RevealStore(storage).sealed_number(user))
    return Revealed(N_("Phone number {value}"), number) if number else None


@revealer("web")
async def _web(storage: Storage, user: str) -> Revealed | None:
    return Revealed(N_("Web chat visitor: no phone number or user name is known."))


async def reveal(storage: Storage, user: str) -> Revealed | None:
    channel = user.partition(":")[0]
    fn = REVEALERS.get(channel)
    return await fn(storage, user) if fn else None
