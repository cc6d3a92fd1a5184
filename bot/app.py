"""Builds the running program: storage, engine, inbox, processor and worker."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

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

    async def close(self) -> None:
        await self.worker.stop()
        await self.storage.close()


async def open_runtime(url: str | None = None, *, engine: Engine | None = None) -> Runtime:
    storage = await Storage.open(url)
    engine = engine or Engine.build()
    engine.resources.setdefault("default_lang", config.get("DEFAULT_LANG"))
    inbox = Inbox(storage, config.get("WORKER_PARTITIONS"))
    processor = Processor(storage, engine, inbox, state_ttl=config.get("STATE_TTL_DAYS") * 86400)
    worker = Worker(inbox, processor.handle, lease_seconds=config.get("WORKER_LEASE_SECONDS"))
    return Runtime(storage, engine, inbox, processor, worker)


def setup_logging(default: str | None = None) -> None:
    logging.basicConfig(
        level=getattr(logging, str(os.environ.get("LOG_LEVEL") or default or config.get("LOG_LEVEL")).upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
