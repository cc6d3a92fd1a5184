"""The engine side of the Telegram channel: kind answers to media, and Telegram's events.

Carried by the channel's plugin (``bot.channels.telegram.plugin``). The engine stays
pure: events only ask for effects (``TgErase``, ``TgUnreachable``, ``TgReachable``,
``TgOp``), which the handlers at the end of this module carry out with the channel's
client (``proc.services["telegram"]``); ``TgOp`` is the operators' group's
(``bot.operators.telegram_group``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from bot.engine.ctx import Ctx
from bot.engine.model import Effect, Inbound, Reply, State
from bot.engine.registry import Parts
from bot.i18n import DEFAULT_LANG, N_, translator
from bot.pipeline.processor import Processor
from bot.storage.telegram import TelegramStore

PARTS = Parts()  # this subsystem's actions, hooks, events and setups (its plugin carries them)

log = logging.getLogger(__name__)

VOICE = N_("I cannot listen to voice messages or watch videos yet. Please write to me in text, in Tajik or Russian; Latin letters are fine "
           "too. If it is hard for you to type, choose “Talk to a person”.")
PICTURE = N_("I cannot look at photos or files. If it is a job ad, copy its text and send it to me, or forward the message that has the "
             "text.")
FILE = N_("I can read photos and screenshots of job ads, but not other files. If it is a job ad, send a screenshot of it, or copy its text "
          "and send it to me.")
STICKER = N_("Thank you! I understand text messages and the buttons under my answers.")
PLACE = N_("I do not need your location or phone contacts, and I have not kept them. Please write your question in text.")
EDIT = N_("I only see new messages, not changes to earlier ones. Please send the corrected message again.")
OTHER = N_("I can only read text messages and the buttons under my answers. Please write your question in text.")

KIND_ANSWER = {
    "voice": VOICE, "audio": VOICE, "video": VOICE, "video_note": VOICE,
    "photo": PICTURE, "document": FILE, "animation": FILE,  # (JPEG/PNG/WebP photos and files are read by bot.pictures)
    "sticker": STICKER, "dice": STICKER,
    "location": PLACE, "venue": PLACE, "contact": PLACE,
    "edit": EDIT,
}

ERASED = N_("I deleted {n} messages from this chat, mine and yours.")
ERASED_NONE = N_("There were no recent messages of ours in this chat to delete.")
ERASE_LIMITS = N_("Telegram does not let me delete messages older than 48 hours, or messages sent before I started keeping track ({old} "
                  "left). To remove everything, delete the whole chat: tap and hold the chat in your chat list, choose Delete, and tick "
                  "“Also delete for Hamroh”.")
ERASE_AGAIN = N_("Send /erase again to delete this message too.")
ERASE_NO_CHANNEL = N_("Deleting messages is not possible right now. Please try again in a few minutes.")


@PARTS.hook("media", order=80)
def kind_answer(ctx: Ctx) -> bool:
    """Photos, voice, stickers, locations, edits: say kindly what the bot can read."""
    kind = ctx.inbound.media or ""
    # (while a case is open the handover's ``before`` hook has already passed it on)
    ctx.say(ctx._(KIND_ANSWER.get(kind, OTHER)))
    ctx.show_current()
    return True


@dataclass(frozen=True)
class TgErase(Effect):
    """Delete the bot's and the person's recent messages in the chat (/erase)."""


@dataclass(frozen=True)
class TgUnreachable(Effect):
    """The person blocked the bot: an open case's operator is told."""


@dataclass(frozen=True)
class TgReachable(Effect):
    """The person unblocked the bot."""


@dataclass(frozen=True)
class TgOp(Effect):
    """An update from the operators' group (carried out by ``bot.operators.telegram_group``)."""


@PARTS.event("tg_erase")
def erase(ctx: Ctx) -> None:
    ctx.effect(TgErase())


@PARTS.event("tg_member")
def member(ctx: Ctx) -> None:
    status = str(ctx.inbound.data.get("status", ""))
    if status in ("kicked", "left"):
        ctx.effect(TgUnreachable())
    elif status == "member":
        ctx.effect(TgReachable())


@PARTS.event("tg_op")
def operator_update(ctx: Ctx) -> None:
    ctx.effect(TgOp())


# -- effects (need the channel's client: ``proc.services["telegram"]``, absent in a bare engine) ----
def _channel(proc: Processor) -> Any:
    return proc.services.get("telegram")


async def erase_effect(proc: Processor, inbound: Inbound, state: State, eff: TgErase) -> list[Reply]:
    tr = translator(state.lang or DEFAULT_LANG)
    ch = _channel(proc)
    if ch is None:
        return [Reply(tr._(ERASE_NO_CHANNEL), kind="error")]
    deleted, old = await ch.sender.erase(inbound, state)
    log.info("erase: %d deleted, %d too old", deleted, old)
    text = tr._(ERASED, n=deleted) if deleted else tr._(ERASED_NONE)
    if old:
        text += "\n\n" + tr._(ERASE_LIMITS, old=old)
    text += "\n\n" + tr._(ERASE_AGAIN)
    return [Reply(text)]


async def unreachable_effect(proc: Processor, inbound: Inbound, state: State, eff: TgUnreachable) -> list[Reply]:
    ch = _channel(proc)
    if ch is not None:
        await ch.sender.mark_unreachable(inbound.user, state)
    return []


async def reachable_effect(proc: Processor, inbound: Inbound, state: State, eff: TgReachable) -> list[Reply]:
    await TelegramStore(proc.storage).mark_reachable(inbound.user)
    return []


async def forget(proc: Processor, user: str) -> None:
    if user.startswith("tg:"):  # (the chat's history and sealed id live in the state, reset by forget)
        await TelegramStore(proc.storage).mark_reachable(user)


EFFECTS: dict[type, Any] = {TgErase: erase_effect, TgUnreachable: unreachable_effect, TgReachable: reachable_effect}
