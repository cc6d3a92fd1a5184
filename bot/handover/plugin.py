"""The handover's plugin: cases opened from the chat, relayed while open, the queue's timers."""

from __future__ import annotations

from bot.handover import actions, check, duty, effects, queue, service
from bot.runtime import Plugin

PLUGIN = Plugin(
    "handover",
    engine=actions.PARTS,
    effects=effects.EFFECTS,
    forget=(effects.forget,),
    settings=(*duty.SETTINGS, *queue.SETTINGS, *service.SETTINGS),
    nodes=actions.NODES,
    check=check.problems,
    attach=service.attach,
)
