"""Where subsystems plug into the engine: actions, hooks, event handlers, resources.

Each subsystem keeps its chat behaviour in its own ``actions`` module and
registers it here with decorators; ``PLUGINS`` lists those modules. The engine
imports them when it is built, so a flow can name an action that lives in
``bot/knowledge`` without the engine knowing anything about articles.

- ``@action(name)``: a step named in a flow's ``do:``. Signature ``fn(ctx, args)``.
  ``routes=True`` when the action itself gives the person a way on (its own
  options or a ``ctx.goto``), so a node with only that action is not a dead end.
  ``validate(args, resources) -> list[str]`` lets ``check`` report bad arguments.
- ``@hook(kind)``: ``fn(ctx) -> bool`` (True: handled). Kinds: ``always`` (runs
  for every message before anything else and never answers, e.g. the country the
  channel knows), ``before``
  (runs before options and input, e.g. relaying to an operator while a case is
  open), ``fallback`` (free text that is no command, option or expected
  answer: the question matcher, the job-ad scanner), ``media`` (photos, voice,
  stickers...). Lower ``order`` runs first.
- ``@event(name)``: ``fn(ctx)`` for system events put in a person's inbox
  (an operator's reply, a case closed), processed in order with their messages.
- ``@setup``: ``fn(resources)`` loads a subsystem's data once at start-up
  (e.g. the matcher index) into ``resources``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.engine.runner import Ctx

PLUGINS: tuple[str, ...] = (
    "bot.engine.core_actions",
    "bot.knowledge.actions",
    "bot.jobcheck.actions",
    "bot.handover.actions",
    "bot.channels.telegram_hooks",
    "bot.pictures.flow",
)


@dataclass(frozen=True)
class ActionSpec:
    name: str
    fn: Callable[[Ctx, dict[str, Any]], None]
    routes: bool = False
    validate: Callable[[dict[str, Any], dict[str, Any]], list[str]] | None = None


ACTIONS: dict[str, ActionSpec] = {}
HOOKS: dict[str, list[tuple[int, Callable[[Ctx], bool]]]] = {"always": [], "before": [], "fallback": [], "media": []}
EVENTS: dict[str, Callable[[Ctx], None]] = {}
SETUPS: list[Callable[[dict[str, Any]], None]] = []


def action(name: str, *, routes: bool = False, validate: Callable[..., list[str]] | None = None) -> Callable:
    def deco(fn: Callable) -> Callable:
        ACTIONS[name] = ActionSpec(name, fn, routes, validate)
        return fn

    return deco


def hook(kind: str, order: int = 50) -> Callable:
    def deco(fn: Callable) -> Callable:
        HOOKS[kind].append((order, fn))
        HOOKS[kind].sort(key=lambda x: x[0])
        return fn

    return deco


def event(name: str) -> Callable:
    def deco(fn: Callable) -> Callable:
        EVENTS[name] = fn
        return fn

    return deco


def setup(fn: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    SETUPS.append(fn)
    return fn


_loaded = False


def load_plugins() -> None:
    global _loaded
    if _loaded:
        return
    for name in PLUGINS:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            # a subsystem not installed yet is fine; a broken import inside one is not
            if exc.name != name:
                raise
    _loaded = True
