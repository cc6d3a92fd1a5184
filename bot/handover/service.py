"""The handover component: the case queue for effect handlers and the timers.

``attach`` puts one ``CaseQueue`` into ``rt.processor.services["cases"]`` and
starts the timer task. Every process runs it; each expired lease and each due
urgent announcement is handled by exactly one process, because taking it is one
Lua call (see ``bot.handover.queue``), so no lock or leader is needed. The same
tick runs retention (``bot.handover.retention``: closed cases anonymised, then
deleted), at most once a minute per process and in bounded steps.
"""

from __future__ import annotations

import asyncio
import logging

from bot import config
from bot.config import Setting
from bot.handover.queue import CaseQueue
from bot.handover.retention import Retention
from bot.runtime import Runtime
from bot.storage import RedisError

log = logging.getLogger(__name__)

SETTINGS = (Setting("HANDOVER_TICK_SECONDS", "5",
                    "How often each process checks for expired claims and urgent cases to announce again.", int),)


def queue_of(rt: Runtime) -> CaseQueue:
    q = rt.processor.services.get("cases")
    if q is None:
        q = rt.processor.services["cases"] = CaseQueue(rt.storage, rt.inbox)
    return q


async def tick(q: CaseQueue, retention: Retention | None = None) -> tuple[int, int]:
    """One round of the timers: (leases expired, urgent cases announced again); then
    retention's round when it is due."""
    expired = await q.expire_leases()
    for ref, _user, op in expired:
        log.info("case %s: claim by %s expired, back in the queue", ref, op)
    again = await q.reannounce_due()
    for ref in again:
        log.warning("case %s: urgent and still unclaimed, announced again", ref)
    done = await (retention or Retention(q)).run()
    if done and (done.anonymised or done.deleted or done.indexed):
        log.info("retention: %d closed cases anonymised, %d anonymised cases deleted, %d indexed",
                 done.anonymised, done.deleted, done.indexed)
    return len(expired), len(again)


async def _timers(q: CaseQueue, every: float, retention: Retention) -> None:
    while True:
        try:
            await tick(q, retention)
        except RedisError as exc:
            log.warning("handover timers: redis unavailable (%s)", type(exc).__name__)
        except Exception:
            log.exception("handover timers failed")
        await asyncio.sleep(every)


async def attach(rt: Runtime) -> None:
    q = queue_of(rt)
    retention = Retention(q)  # (a retention setting it cannot use stops the start, with its name)
    rt.tasks.append(asyncio.create_task(_timers(q, config.get("HANDOVER_TICK_SECONDS"), retention), name="handover-timers"))
