"""The knowledge base's plugin: articles, the question matcher and its content checks."""

from __future__ import annotations

from bot.knowledge import actions, articles, check
from bot.runtime import Plugin

PLUGIN = Plugin(
    "knowledge",
    engine=actions.PARTS,
    settings=articles.SETTINGS,
    nodes=actions.NODES,
    check=check.problems,
    warnings=check.warnings,
)
