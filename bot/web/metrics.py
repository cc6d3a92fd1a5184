"""``/metrics``: Prometheus text format (the metrics are listed in ``bot.metrics`` and
``docs/observability.md``).

Before each scrape the callbacks in ``metrics.BEFORE_SCRAPE`` run (the case queue's
depth is read from Redis; ``bot.handover.metrics``, registered here), each bounded by
``CALLBACK_TIMEOUT`` so that a scrape answers even while Redis does not: then
``hamroh_redis_up`` is 0 and the queue gauges keep their last values.

``start_server(port)`` serves ``/metrics`` alone, for a process without the web
server (``python -m bot worker``), whose counters would otherwise never be scraped.
"""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot import metrics
from bot.handover import metrics as handover_metrics
from bot.runtime import Plugin, Runtime
from bot.storage import RedisError
from bot.storage.health import HealthStore

log = logging.getLogger(__name__)

CALLBACK_TIMEOUT = 2.0


async def _before_scrape(rt: Runtime | None) -> None:
    if rt is not None:
        try:
            await asyncio.wait_for(HealthStore(rt.storage).ping(), CALLBACK_TIMEOUT)
            metrics.REDIS_UP.set(1)
        except (TimeoutError, RedisError, OSError):
            metrics.REDIS_UP.set(0)
            return  # (the callbacks read Redis too: do not wait for each of them)
    for fn in list(metrics.BEFORE_SCRAPE):
        try:
            await asyncio.wait_for(fn(), CALLBACK_TIMEOUT)
        except Exception as exc:  # noqa: BLE001  a metric that cannot be read must not fail the scrape
            log.warning("a metrics callback failed (%s)", type(exc).__name__)


async def _scrape(rt: Runtime | None) -> web.Response:
    await _before_scrape(rt)
    return web.Response(body=generate_latest(metrics.REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST})


def routes(app: web.Application, rt: Runtime) -> None:
    handover_metrics.register(rt)

    async def handler(request: web.Request) -> web.Response:
        return await _scrape(rt)

    app.router.add_get("/metrics", handler)


async def start_server(port: int, host: str = "0.0.0.0", rt: Runtime | None = None) -> web.AppRunner:
    """Serve ``/metrics`` alone on ``port`` (a worker process); ``await runner.cleanup()`` to stop.
    With ``rt`` it also reports ``hamroh_redis_up``; the queue gauges come from ``serve``."""
    app = web.Application()

    async def handler(request: web.Request) -> web.Response:
        return await _scrape(rt)

    app.router.add_get("/metrics", handler)
    runner = web.AppRunner(app, handle_signals=False, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner


PLUGIN = Plugin("metrics", routes=routes)
