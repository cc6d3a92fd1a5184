"""The engine side of the Telegram channel: kind answers to media, and Telegram's events.

Listed in ``bot.engine.registry.PLUGINS``. The engine stays pure: events only
ask for effects (``tg_erase``, ``tg_unreachable``, ``tg_reachable``, ``tg_op``),
which the handlers at the end of this module carry out with the channel's
client (``proc.services["telegram"]``).
"""

from __future__ import annotations

import logging
from typing import Any

from bot.engine.model import Effect, Inbound, Reply, State
from bot.engine.registry import event, hook
from bot.i18n import DEFAULT_LANG, N_, translator

log = logging.getLogger(__name__)

VOICE = N_("I cannot listen to voice messages or watch videos yet. Please write to me in text, in Tajik or Russian; Latin letters are fine too. If it is hard for you to type, choose “Talk to a person”.")
PICTURE = N_("I cannot look at photos or files. If it is a job ad, copy its text and send it to me, or forward the message that has the text.")
FILE = N_("I can read photos and screenshots of job ads, but not other files. If it is a job ad, send a screenshot of it, or copy its text and send it to me.")
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
ERASE_LIMITS = N_("Telegram does not let me delete messages older than 48 hours, or messages sent before I started keeping track ({old} left). To remove everything, delete the whole chat: tap and hold the chat in your chat list, choose Delete, and tick “Also delete for Hamroh”.")
ERASE_AGAIN = N_("Send /erase again to delete this message too.")
ERASE_NO_CHANNEL = N_("Deleting messages is not possible right now. Please try again in a few minutes.")


@hook("media", order=80)
def kind_answer(ctx: Any) -> bool:
    """Photos, voice, stickers, locations, edits: say kindly what the bot can read."""
    kind = ctx.inbound.media or ""
    # (while a case is open the handover's ``before`` hook has already passed it on)
    ctx.say(ctx._(KIND_ANSWER.get(kind, OTHER)))
    ctx.show_current()
    return True


@event("tg_erase")
def erase(ctx: Any) -> None:
    ctx.effect("tg_erase")


@event("tg_member")
def member(ctx: Any) -> None:
    status = str(ctx.inbound.data.get("status", ""))
    if status in ("kicked", "left"):
        ctx.effect("tg_unreachable")
    elif status == "member":
        ctx.effect("tg_reachable")


@event("tg_op")
def operator_update(ctx: Any) -> None:
    ctx.effect("tg_op")


# -- effects (need the channel's client; absent in a bare engine) ------------------------------
try:
    from bot.conversation import FORGETTERS, effect_handler
except ImportError:  # pragma: no cover
    effect_handler = None  # type: ignore[assignment]


def _channel(proc: Any) -> Any:
    return proc.services.get("telegram")


if effect_handler is not None:

    @effect_handler("tg_erase")
    async def _erase(proc: Any, inbound: Inbound, state: State, eff: Effect) -> list[Reply]:
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

    @effect_handler("tg_unreachable")
    async def _unreachable(proc: Any, inbound: Inbound, state: State, eff: Effect) -> list[Reply]:
        ch = _channel(proc)
        if ch is not None:
            await ch.sender.mark_unreachable(inbound.user, state)
        return []

    @effect_handler("tg_reachable")
    async def _reachable(proc: Any, inbound: Inbound, state: State, eff: Effect) -> list[Reply]:
        await proc.storage.redis.delete(proc.storage.keys.tg_unreachable(inbound.user))
        return []

    @effect_handler("tg_op")
    async def _operator(proc: Any, inbound: Inbound, state: State, eff: Effect) -> list[Reply]:
        ch = _channel(proc)
        if ch is None or ch.ops is None:
            log.warning("an operators' group update arrived but the group is not configured in this process")
            return []
        await ch.ops.handle(inbound)
        return []

    async def _forget(proc: Any, user: str) -> None:
        if user.startswith("tg:"):  # (the chat's history and sealed id live in the state, reset by forget)
            await proc.storage.redis.delete(proc.storage.keys.tg_unreachable(user))

    if _forget.__name__ not in {f.__name__ for f in FORGETTERS if f.__module__ == __name__}:
        FORGETTERS.append(_forget)
