"""Content checks for ``python -m bot check``: every problem, one line each, naming its file."""

from __future__ import annotations

from pathlib import Path

from bot.knowledge.articles import ROOT, load_library


def problems(root: Path = ROOT) -> list[str]:
    """Problems with the articles under ``root``; empty when all is well.

    Fails (non-empty) when an article id of ``data/taxonomy.yaml`` lacks its
    metadata or its Tajik or Russian file, when an SMS text is over 134
    characters, when metadata lacks sources or a checked date, and on other
    faults that would break the bot at run time (unloadable YAML, empty title
    or text, no keywords, related ids that do not exist).
    """
    return list(load_library(root).problems)
