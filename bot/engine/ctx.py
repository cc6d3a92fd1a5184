"""``Ctx``: what an action, hook or event handler sees of one engine step, and how it answers.

Actions are written against this protocol, not against the engine's own class
(``bot.engine.runner.Step``), so a subsystem depends only on the engine's model.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, Protocol, TypeVar

from bot.engine.flows import ActionCall, FlowSet
from bot.engine.model import BadNumber, Effect, Inbound, Offer, Option, State, StepResult
from bot.i18n import Translator

T = TypeVar("T")


class CommandsView(Protocol):
    @property
    def nodes(self) -> dict[str, str]: ...

    def match(self, text: str) -> str | None: ...

    def language(self, text: str) -> str | None: ...


class EngineView(Protocol):
    """The parts of the engine an action may read: the flows and the global words."""

    @property
    def flows(self) -> FlowSet: ...

    @property
    def commands(self) -> CommandsView: ...

    @property
    def resources(self) -> dict[str, Any]: ...


class Ctx(Protocol):
    result: StepResult
    inbound: Inbound
    now: float
    resources: dict[str, Any]
    text: str  # the message's text, cleaned and cut to the engine's limit
    handled: bool  # an action answered fully; the option's own target is skipped
    replaying: bool  # going BACK re-shows a screen without repeating its effects
    lang_override: str | None

    @property
    def engine(self) -> EngineView: ...

    @property
    def state(self) -> State: ...

    @property
    def lang(self) -> str: ...

    @property
    def t(self) -> Translator: ...

    def _(self, message: str, **kwargs: Any) -> str: ...

    def once(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()`` for this step, computed at most once per ``key`` (two hooks asking
        about the same text share one answer; nothing outlives the step)."""
        ...

    def say(self, text: str, *, title: str | None = None, options: list[Option] | None = None, sms: str | None = None,
            kind: str = "text") -> None: ...

    def offer(self, label: str, go: str | None = None, do: list[ActionCall] | None = None, translated: bool = True) -> None: ...

    def goto(self, target: str) -> None: ...

    def effect(self, effect: Effect) -> None: ...

    def enter(self, target: str, fresh: bool = False) -> None: ...

    def show_current(self) -> None: ...

    def not_understood(self) -> None: ...

    def chosen_option(self) -> Offer | BadNumber | None:
        """The option the person chose; ``BAD_NUMBER`` for a number no option has; None when none."""
        ...

    def run_fallback(self) -> bool:
        """The ``fallback`` hooks on ``text`` (as for free text no option matched); True when one answered."""
        ...
