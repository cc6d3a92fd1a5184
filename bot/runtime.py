"""The running program's parts (``Runtime``) and what one subsystem or channel adds to it (``Plugin``).

``bot.app.PLUGINS`` lists the plugins explicitly; nothing registers itself on
import. A plugin declares:

- ``engine``: its actions, hooks, event handlers and setups (``bot.engine.registry.Parts``);
- ``effects``: the effect classes it carries out, each with ``async fn(proc, inbound,
  state, effect) -> list[Reply]`` (I/O the pure engine cannot do);
- ``forget``: ``async fn(proc, user) -> bool | None`` erasing what it keeps of a person
  ("forget me"); True when something had to be kept (an open case an operator is on);
- ``prepare``: ``async fn(proc, inbound, state) -> Inbound`` run before the engine sees a
  message (e.g. reading the text of a picture);
- ``settings``: its settings (``bot.config.Setting``), joined into the one table;
- ``nodes``: the flow nodes its code names, which ``python -m bot check`` verifies exist;
- ``check`` and ``warnings``: ``fn() -> list[str]``, problems of its content files (they fail
  ``python -m bot check``) and warnings (said, e.g. content due for review);
- ``attach(rt)``, ``routes(app, rt)``, ``detach(rt)``: what it adds to a running process
  (senders, services and background tasks; HTTP routes in ``serve``; clean-up).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from bot.config import Setting
from bot.engine.model import Effect
from bot.engine.registry import Parts
from bot.engine.runner import Engine
from bot.pipeline.inbox import Inbox, Worker
from bot.pipeline.processor import EffectHandler, Forgetter, Preparer, Processor, Wiring
from bot.storage import Storage


@dataclass
class Runtime:
    storage: Storage
    engine: Engine
    inbox: Inbox
    processor: Processor
    worker: Worker
    plugins: tuple[Plugin, ...] = ()  # what the app listed (``bot.app.PLUGINS``), in order
    tasks: list[asyncio.Task[Any]] = field(default_factory=list)  # plugins' background tasks

    async def close(self) -> None:
        await self.worker.stop()
        await self.storage.close()


@dataclass(frozen=True)
class Plugin:
    name: str
    engine: Parts = field(default_factory=Parts)
    effects: Mapping[type[Effect], EffectHandler] = field(default_factory=dict)
    forget: tuple[Forgetter, ...] = ()
    prepare: tuple[Preparer, ...] = ()
    settings: tuple[Setting, ...] = ()
    nodes: tuple[str, ...] = ()
    check: Callable[[], list[str]] | None = None
    warnings: Callable[[], list[str]] | None = None
    attach: Callable[[Runtime], Awaitable[None]] | None = None
    routes: Callable[[web.Application, Runtime], None] | None = None
    detach: Callable[[Runtime], Awaitable[None]] | None = None


def wiring(plugins: Iterable[Plugin]) -> Wiring:
    """The processor's table of every plugin's effect handlers, forgetters and preparers,
    in the order the plugins are listed."""
    handlers: dict[type[Effect], EffectHandler] = {}
    forget: list[Forgetter] = []
    prepare: list[Preparer] = []
    for p in plugins:
        for kind, fn in p.effects.items():
            if kind in handlers:
                raise ValueError(f"effect {kind.__name__} is carried out by two plugins")
            handlers[kind] = fn
        forget.extend(p.forget)
        prepare.extend(p.prepare)
    return Wiring(handlers, tuple(forget), tuple(prepare))
