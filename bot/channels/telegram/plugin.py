"""The Telegram channel's plugin: intake and sending (``channel``), the engine's answers to
media and Telegram's events (``hooks``)."""

from __future__ import annotations

from bot.channels.telegram import channel, hooks
from bot.runtime import Plugin

PLUGIN = Plugin(
    "telegram",
    engine=hooks.PARTS,
    effects=hooks.EFFECTS,
    forget=(hooks.forget,),
    settings=channel.SETTINGS,
    attach=channel.attach,
    routes=channel.routes,
    detach=channel.detach,
)
