"""``python -m bot serve`` and ``python -m bot worker``."""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.app import open_runtime, setup_logging
from bot.storage import StorageError


def _run(coro_factory, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    setup_logging()

    async def main() -> int:
        try:
            rt = await open_runtime()
        except StorageError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        await coro_factory(rt, args)
        return 0

    return asyncio.run(main())


def cmd_serve(args: argparse.Namespace) -> int:
    from bot.web.server import serve

    return _run(lambda rt, a: serve(rt, port=a.port, host=a.host, with_worker=not a.no_worker), args)


def cmd_worker(args: argparse.Namespace) -> int:
    from bot.web.server import work

    return _run(lambda rt, a: work(rt), args)


def add_arguments(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="run the web server: web chat at /, operator console at /console, webhooks")
    p.add_argument("--port", type=int, default=None, help="port (default: PORT, 8080)")
    p.add_argument("--host", default="0.0.0.0")
    p.add_argument("--no-worker", action="store_true", help="only accept messages; leave processing to worker processes")
    p.set_defaults(func=cmd_serve)
    p = sub.add_parser("worker", help="process accepted messages (no HTTP)")
    p.set_defaults(func=cmd_worker)
