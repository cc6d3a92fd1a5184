"""``/metrics``: Prometheus text format."""

from __future__ import annotations

import logging

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot import metrics
from bot.app import Runtime

log = logging.getLogger(__name__)


def routes(app: web.Application, rt: Runtime) -> None:
    async def handler(request: web.Request) -> web.Response:
        for fn in metrics.BEFORE_SCRAPE:
            try:
                await fn()
            except Exception:
                log.warning("a metrics callback failed", exc_info=True)
        return web.Response(body=generate_latest(metrics.REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST})

    app.router.add_get("/metrics", handler)
