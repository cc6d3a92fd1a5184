"""``/healthz`` (the process is up) and ``/readyz`` (it can take messages).

- ``/healthz``: 200 ``{"status": "ok"}`` while the process answers HTTP at all (a
  liveness probe: restart the process when it fails).
- ``/readyz``: 200 ``{"status": "ready", "channels": [...]}`` when Redis answers a PING
  within ``PING_TIMEOUT`` and at least one channel for people is configured in this
  process; otherwise 503 ``{"status": "not ready", "reason": ..., "channels": [...]}``
  (a readiness probe: send no traffic to the process meanwhile; webhooks would get
  503 anyway, and the providers retry). Reasons: ``redis unreachable``,
  ``no channel configured``. Neither answer names a person, a number or a token.
"""

from __future__ import annotations

import asyncio

from aiohttp import web

from bot.runtime import Plugin, Runtime
from bot.storage import RedisError
from bot.storage.health import HealthStore

PING_TIMEOUT = 2.0
PEOPLE_CHANNELS = ("tg", "sms", "web")  # senders that reach people (not "tgop", the operators' group)


def channels(rt: Runtime) -> list[str]:
    return [c for c in PEOPLE_CHANNELS if c in rt.processor.senders]


def routes(app: web.Application, rt: Runtime) -> None:
    store = HealthStore(rt.storage)

    async def healthz(request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"}, headers={"Cache-Control": "no-store"})

    async def readyz(request: web.Request) -> web.Response:
        found = channels(rt)
        reason = ""
        try:
            await asyncio.wait_for(store.ping(), PING_TIMEOUT)
        except (TimeoutError, RedisError, OSError):
            reason = "redis unreachable"
        if not reason and not found:
            reason = "no channel configured"
        if reason:
            return web.json_response({"status": "not ready", "reason": reason, "channels": found}, status=503,
                                     headers={"Cache-Control": "no-store"})
        return web.json_response({"status": "ready", "channels": found}, headers={"Cache-Control": "no-store"})

    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)


PLUGIN = Plugin("health", routes=routes)
