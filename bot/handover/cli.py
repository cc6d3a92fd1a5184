"""``python -m bot operators add NAME --role operator|supervisor`` (and list, disable, enable)."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys

# the handover's settings are registered on import (for `python -m bot settings`)
from bot.handover import duty, queue, service  # noqa: F401
from bot.web import console  # noqa: F401


def _run(args: argparse.Namespace) -> int:
    from bot.handover import operators
    from bot.storage import Storage, StorageError

    async def main() -> int:
        try:
            storage = await Storage.open()
        except StorageError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        try:
            if args.action == "add":
                if args.password_stdin:
                    password = sys.stdin.readline().rstrip("\n")
                else:
                    password = getpass.getpass(f"password for {args.name}: ")
                    if getpass.getpass("again: ") != password:
                        print("error: the passwords differ", file=sys.stderr)
                        return 1
                try:
                    await operators.add(storage, args.name, args.role, password, replace=args.reset)
                except operators.AccountError as exc:
                    print(f"error: {exc}", file=sys.stderr)
                    return 1
                await _record(storage, "password_reset" if args.reset else "operator_added", args.name, args.role)
                print(f"{args.role} {args.name} can now sign in at /console")
            elif args.action == "list":
                for name in await operators.names(storage):
                    op = await operators.get(storage, name)
                    if op:
                        print(f"{op.name}\t{op.role}\t{'active' if op.active else 'disabled'}")
            elif args.action in ("disable", "enable"):
                if not await operators.set_active(storage, args.name, args.action == "enable"):
                    print(f"error: no operator {args.name}", file=sys.stderr)
                    return 1
                await _record(storage, f"operator_{args.action}d", args.name)
                print(f"{args.name}: {args.action}d")
            return 0
        finally:
            await storage.close()

    return asyncio.run(main())


async def _record(storage, kind: str, name: str, role: str = "") -> None:  # type: ignore[no-untyped-def]
    """Account changes are supervision too: kept with the reveals, trimmed by age only."""
    import time

    from bot.abuse import supervision

    await supervision(storage, {"ts": int(time.time() * 1000), "case": "", "kind": kind, "actor": "cli", "operator": name, "role": role})


def add_arguments(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("operators", help="operator accounts of the web console")
    ops = p.add_subparsers(dest="action", required=True)
    a = ops.add_parser("add", help="create an operator (asks for the password)")
    a.add_argument("name")
    a.add_argument("--role", choices=["operator", "supervisor"], default="operator")
    a.add_argument("--password-stdin", action="store_true", help="read the password from standard input (scripts)")
    a.add_argument("--reset", action="store_true", help="set a new password and role for an existing operator")
    ops.add_parser("list", help="list operators")
    for name in ("disable", "enable"):
        d = ops.add_parser(name, help=f"{name} an operator's sign-in")
        d.add_argument("name")
    p.set_defaults(func=_run)
