"""``/healthz`` (the process is up) and ``/readyz`` (Redis answers)."""

from __future__ import annotations

from aiohttp import web
from redis.exceptions import RedisError

from bot.app import Runtime


def routes(app: web.Application, rt: Runtime) -> None:
    async def healthz(request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def readyz(request: web.Request) -> web.Response:
        try:
            await rt.storage.redis.ping()
        except RedisError:
            return web.json_response({"status": "redis unreachable"}, status=503)
        return web.json_response({"status": "ready"})

    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
