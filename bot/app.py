"""Builds the running program: storage, engine, inbox, processor and worker."""

from __future__ import annotations

import logging
import os
import asyncio
from dataclasses import dataclass, field
from typing import Any

from bot import config
from bot.conversation import Processor
from bot.engine.runner import Engine
from bot.inbox import Inbox, Worker
from bot.storage import Storage

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    storage: Storage
    engine: Engine
    inbox: Inbox
    processor: Processor
    worker: Worker
    tasks: list[asyncio.Task[Any]] = field(default_factory=list)  # components' background tasks

    async def close(self) -> None:
        await self.worker.stop()
        await self.storage.close()


async def open_runtime(url: str | None = None, *, engine: Engine | None = None, prefix: str | None = None,
                       partitions: int | None = None, lease_seconds: int | None = None) -> Runtime:
    storage = await Storage.open(url, prefix=prefix)
    return make_runtime(storage, engine=engine, partitions=partitions, lease_seconds=lease_seconds)


def make_runtime(storage: Storage, *, engine: Engine | None = None, partitions: int | None = None, lease_seconds: int | None = None) -> Runtime:
    engine = engine or Engine.build()
    engine.resources.setdefault("default_lang", config.get("DEFAULT_LANG"))
    inbox = Inbox(storage, partitions or config.get("WORKER_PARTITIONS"))
    processor = Processor(storage, engine, inbox, state_ttl=config.get("STATE_TTL_DAYS") * 86400)
    worker = Worker(inbox, processor.handle, lease_seconds=lease_seconds or config.get("WORKER_LEASE_SECONDS"))
    return Runtime(storage, engine, inbox, processor, worker)


def setup_logging(default: str | None = None) -> None:
    logging.basicConfig(
        level=getattr(logging, str(os.environ.get("LOG_LEVEL") or default or config.get("LOG_LEVEL")).upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
