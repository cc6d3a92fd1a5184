"""Composes the aiohttp application and the background work of one process from the
runtime's plugins (``rt.plugins``, listed in ``bot.app.PLUGINS``).

Each plugin may give ``attach(rt)`` (senders, services, background tasks; called in
every process that works messages, ``serve`` and ``worker``, so any process can deliver
on any channel), ``routes(app, rt)`` (HTTP routes, only in ``serve``) and ``detach(rt)``
(clients closed at shutdown, in reverse order).
"""

from __future__ import annotations

import asyncio
import logging
import signal

from aiohttp import web
from aiohttp.typedefs import Handler

from bot import config
from bot.logs import REMOTE_ID, REQUEST_ID, client_request_id, new_request_id
from bot.runtime import Runtime

log = logging.getLogger(__name__)

RUNTIME_KEY = web.AppKey("runtime", Runtime)


async def attach_all(rt: Runtime) -> None:
    for p in rt.plugins:
        if p.attach is not None:
            await p.attach(rt)


async def detach_all(rt: Runtime) -> None:
    for p in reversed(rt.plugins):
        if p.detach is not None:
            try:
                await p.detach(rt)
            except Exception:
                log.exception("detach of %s failed", p.name)


@web.middleware
async def request_ids(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Each request logs under its own id (``bot.logs``), answered in ``X-Request-Id``."""
    rid = new_request_id()  # (never the client's: see ``bot.logs``)
    token = REQUEST_ID.set(rid)
    remote = REMOTE_ID.set(client_request_id(request.headers.get("X-Request-Id")))
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        exc.headers["X-Request-Id"] = rid
        raise
    finally:
        REQUEST_ID.reset(token)
        REMOTE_ID.reset(remote)
    if not response.prepared:  # (a stream, e.g. server-sent events, has sent its headers)
        response.headers["X-Request-Id"] = rid
    return response


def build_app(rt: Runtime) -> web.Application:
    app = web.Application(client_max_size=1024 * 1024, middlewares=[request_ids])
    app[RUNTIME_KEY] = rt
    for p in rt.plugins:
        if p.routes is not None:
            p.routes(app, rt)
    return app


async def serve(rt: Runtime, *, port: int | None = None, host: str = "0.0.0.0", with_worker: bool = True,
                shutdown_timeout: float = 10.0) -> None:
    """Run the web server (and a worker) until SIGTERM/SIGINT, then shut down in order:
    stop taking requests, finish the messages in hand, give the partitions back."""
    await attach_all(rt)
    app = build_app(rt)
    runner = web.AppRunner(app, handle_signals=False, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port if port is not None else config.get("PORT"), shutdown_timeout=shutdown_timeout)
    await site.start()
    worker_task = await rt.worker.start() if with_worker else None
    log.info("serving on port %s", port if port is not None else config.get("PORT"))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):
            pass
    await stop.wait()
    log.info("shutting down")
    await runner.cleanup()  # no new requests; in-flight requests get shutdown_timeout
    await stop_in_order(rt, worker_task, shutdown_timeout)


async def stop_in_order(rt: Runtime, worker_task: asyncio.Task[None] | None, timeout: float = 10.0) -> None:
    """After the last request: finish the messages in hand and give the partitions back,
    end the background tasks (and wait for them), close the clients, and only then close
    Redis and stop the embedded server, so nothing meets a Redis that is gone."""
    if worker_task:
        await rt.worker.stop(timeout=timeout)
        worker_task.cancel()
    tasks = [t for t in rt.tasks if not t.done()]
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.wait(tasks, timeout=timeout)
    await detach_all(rt)
    await rt.storage.close()
    log.info("stopped")


async def work(rt: Runtime) -> None:
    """A worker process: no HTTP, only processing (Procfile ``worker``)."""
    await attach_all(rt)
    task = await rt.worker.start()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await stop_in_order(rt, task)
