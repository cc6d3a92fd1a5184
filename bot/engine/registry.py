"""What a subsystem gives the engine, and the engine's table of all of it.

A subsystem keeps its chat behaviour in its own ``actions`` module and collects it
in a ``Parts`` object with decorators; its plugin (``bot.runtime.Plugin``) carries
those parts, and ``bot.app.PLUGINS`` lists the plugins. ``Registry.of(parts)``
joins them into the one table the engine reads. Nothing is registered globally and
nothing is imported by name: a part the app does not list does not exist.

- ``@parts.action(name)``: a step named in a flow's ``do:``. Signature ``fn(ctx, args)``.
  ``routes=True`` when the action itself gives the person a way on (its own
  options or a ``ctx.goto``), so a node with only that action is not a dead end.
  ``validate(args, resources) -> list[str]`` lets ``check`` report bad arguments.
- ``@parts.hook(kind)``: ``fn(ctx) -> bool`` (True: handled). Kinds: ``always`` (runs
  for every message before anything else and never answers, e.g. the country the
  channel knows), ``before`` (runs before options and input, e.g. relaying to an
  operator while a case is open), ``fallback`` (free text that is no command, option
  or expected answer: the question matcher, the job-ad scanner), ``media`` (photos,
  voice, stickers...), ``after`` (at the end of a step that did not fail; the result
  is ignored). Lower ``order`` runs first.
- ``@parts.event(name)``: ``fn(ctx)`` for system events put in a person's inbox
  (an operator's reply, a case closed), processed in order with their messages.
- ``@parts.setup``: ``fn(resources)`` loads a subsystem's data once at start-up
  (e.g. the matcher index) into ``resources``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from bot.engine.ctx import Ctx

ActionFn = Callable[[Ctx, dict[str, Any]], None]
HookFn = Callable[[Ctx], bool]
EventFn = Callable[[Ctx], None]
SetupFn = Callable[[dict[str, Any]], None]
Validator = Callable[[dict[str, Any], dict[str, Any]], list[str]]
HOOK_KINDS = ("always", "before", "fallback", "media", "after")

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class ActionSpec:
    name: str
    fn: ActionFn
    routes: bool = False
    validate: Validator | None = None


@dataclass(frozen=True)
class HookSpec:
    kind: str
    fn: HookFn
    order: int = 50


@dataclass
class Parts:
    """One subsystem's actions, hooks, events and setups, collected by its decorators."""

    actions: dict[str, ActionSpec] = field(default_factory=dict)
    hooks: list[HookSpec] = field(default_factory=list)
    events: dict[str, EventFn] = field(default_factory=dict)
    setups: list[SetupFn] = field(default_factory=list)

    def action(self, name: str, *, routes: bool = False, validate: Validator | None = None) -> Callable[[F], F]:
        def deco(fn: F) -> F:
            if name in self.actions:
                raise ValueError(f"action {name!r} declared twice")
            self.actions[name] = ActionSpec(name, fn, routes, validate)
            return fn

        return deco

    def hook(self, kind: str, order: int = 50) -> Callable[[F], F]:
        if kind not in HOOK_KINDS:
            raise ValueError(f"unknown hook kind {kind!r}")

        def deco(fn: F) -> F:
            self.hooks.append(HookSpec(kind, fn, order))
            return fn

        return deco

    def event(self, name: str) -> Callable[[F], F]:
        def deco(fn: F) -> F:
            self.events[name] = fn
            return fn

        return deco

    def setup(self, fn: F) -> F:
        self.setups.append(fn)
        return fn


@dataclass(frozen=True)
class Registry:
    """Every part of every listed subsystem, as the engine reads them."""

    actions: dict[str, ActionSpec]
    hooks: dict[str, tuple[HookFn, ...]]
    events: dict[str, EventFn]
    setups: tuple[SetupFn, ...]

    @classmethod
    def of(cls, parts: Iterable[Parts]) -> Registry:
        actions: dict[str, ActionSpec] = {}
        events: dict[str, EventFn] = {}
        hooks: list[HookSpec] = []
        setups: list[SetupFn] = []
        for p in parts:
            for name, spec in p.actions.items():
                if name in actions:
                    raise ValueError(f"action {name!r} is declared by two plugins")
                actions[name] = spec
            for name, fn in p.events.items():
                if name in events:
                    raise ValueError(f"event {name!r} is handled by two plugins")
                events[name] = fn
            hooks.extend(p.hooks)
            setups.extend(p.setups)
        by_kind = {k: tuple(h.fn for h in sorted((h for h in hooks if h.kind == k), key=lambda h: h.order)) for k in HOOK_KINDS}
        return cls(actions, by_kind, events, tuple(setups))
