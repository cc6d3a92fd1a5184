"""Effects that more than one subsystem asks for (each subsystem's own live beside its actions)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.engine.model import Effect


@dataclass(frozen=True)
class Escalate(Effect):
    """Open a case for the person, or add to their open one (carried out by the handover)."""

    category: str = "other"
    priority: str = "normal"
    reason: str = ""  # "menu", "sos", "trouble", "checklist"...: shown to the operator
    answers: dict[str, Any] = field(default_factory=dict)  # what the person answered, for the operator


@dataclass(frozen=True)
class CaseCountry(Effect):
    """The person said where they are after their case was opened: the operator sees it."""

    ref: str
    country: str


@dataclass(frozen=True)
class Forget(Effect):
    """Erase everything kept about the person (the processor asks every plugin)."""
