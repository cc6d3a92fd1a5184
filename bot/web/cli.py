"""``python -m bot serve`` and ``python -m bot worker``."""

from __future__ import annotations

import argparse

from bot.app import run_with_runtime


def cmd_serve(args: argparse.Namespace) -> int:
    from bot.web.server import serve

    return run_with_runtime(lambda rt: serve(rt, port=args.port, host=args.host, with_worker=not args.no_worker))


def cmd_worker(args: argparse.Namespace) -> int:
    from bot.web.server import work

    return run_with_runtime(work)


def add_arguments(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="run the web server: web chat at /, operator console at /console, webhooks")
    p.add_argument("--port", type=int, default=None, help="port (default: PORT, 8080)")
    p.add_argument("--host", default="0.0.0.0")
    p.add_argument("--no-worker", action="store_true", help="only accept messages; leave processing to worker processes")
    p.set_defaults(func=cmd_serve)
    p = sub.add_parser("worker", help="process accepted messages (no HTTP)")
    p.set_defaults(func=cmd_worker)
