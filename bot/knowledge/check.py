"""Content checks for ``python -m bot check``: every problem, one line each, naming its file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot import config
from bot.knowledge.articles import ROOT, Library, load_library


def problems(root: Path = ROOT) -> list[str]:
    """Problems with the articles under ``root``; empty when all is well.

    Fails (non-empty) when an article id of ``data/taxonomy.yaml`` lacks its
    metadata or its Tajik or Russian file, when an SMS text is over 134
    characters, when metadata lacks sources, when a source names no publisher,
    has neither a URL nor a document, or lacks the date it was read, and on
    other faults that would break the bot at run time (unloadable YAML, empty
    title or text, no keywords, related ids that do not exist).
    """
    return list(load_library(root).problems)


def overdue_lines(lib: Library, today: dt.date, review_days: int) -> list[str]:
    """One line per volatile article older than ``review_days``: for operators, not a failure."""
    return [
        f"data/articles/{a.id}.yaml: volatile and last checked {a.checked.isoformat()} "
        f"({(today - a.checked).days} days ago, over CONTENT_REVIEW_DAYS={review_days}): review it before deploying"
        for a in lib.overdue(today, review_days)
        if a.checked is not None
    ]


def warnings(root: Path = ROOT, today: dt.date | None = None, review_days: int | None = None) -> list[str]:
    """Warnings that do not fail the check: volatile articles due for review."""
    days = config.get("CONTENT_REVIEW_DAYS") if review_days is None else review_days
    return overdue_lines(load_library(root), today or dt.date.today(), days)
