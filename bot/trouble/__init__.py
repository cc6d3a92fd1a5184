"""Is this person in trouble now? The rules (``rules.py``) and a learned model (``model.py``)
decide together; see ``model.py`` for how and ``bench/README.md`` for the figures.

``recognise(text)`` gives ``urgent`` (the now-answer and a person, first), the ``kinds`` of
harm and a ``priority``. Kinds and priority come from the rules. When only the model finds
the message urgent, its kinds are the harms the rules saw named in it (without their
checks of when and whose), or ``("other",)``; the priority is "urgent" when one of those is
violence, confinement or forced work, else "high". When the model is nearly sure a message
the rules took as urgent is not (a question, a story that is over), it is not urgent; its
kinds are kept for the record. Without the model file the rules decide alone.
"""

from __future__ import annotations

from bot.trouble import model as _model
from bot.trouble.rules import HARMS, URGENT_KINDS, Trouble, named
from bot.trouble.rules import recognise as recognise_rules
from bot.trouble.spelling import MAX_CHARS, skeleton

__all__ = ["HARMS", "MAX_CHARS", "URGENT_KINDS", "Trouble", "decide", "is_urgent", "recognise", "recognise_rules", "skeleton"]


def recognise(text: str) -> Trouble:
    """Whether ``text`` says harm is happening to the writer (or someone with them) now."""
    return decide(text, _model.shipped())


def decide(text: str, m: _model.Model | None) -> Trouble:
    """``recognise`` with a given model (None: the rules alone)."""
    by_rules = recognise_rules(text)
    if m is None or not (text or "").strip():
        return by_rules
    if not _model.combine(by_rules.urgent, m.proba(text), m.keep, m.add):
        return Trouble(False, by_rules.kinds)
    if by_rules.urgent:
        return by_rules
    kinds = named(text) or ("other",)
    return Trouble(True, kinds, "urgent" if set(kinds) & set(URGENT_KINDS) else "high")


def is_urgent(text: str) -> bool:
    return recognise(text).urgent
