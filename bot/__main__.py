"""Command line: ``python -m bot serve | chat | check | ask | check-offer | agencies | ...``.

Each subsystem adds its own sub-commands (``add_arguments``) so that its
command-line code lives beside the code it drives; ``COMMANDS`` lists them.
"""

from __future__ import annotations

import argparse
import sys

from bot import app, config, emergency_cli
from bot.channels import terminal
from bot.channels.sms import cli as sms_cli
from bot.check import run as run_check
from bot.jobcheck import cli as jobcheck_cli
from bot.knowledge import cli as knowledge_cli
from bot.operators import cli as operators_cli
from bot.web.server import serve, work

COMMANDS = (knowledge_cli, jobcheck_cli, operators_cli, emergency_cli, sms_cli)


def cmd_serve(args: argparse.Namespace) -> int:
    return app.run_with_runtime(lambda rt: serve(rt, port=args.port, host=args.host, with_worker=not args.no_worker))


def cmd_worker(args: argparse.Namespace) -> int:
    return app.run_with_runtime(work)


def cmd_chat(args: argparse.Namespace) -> int:
    # the terminal is for the conversation: only warnings are logged
    return app.run_with_runtime(lambda rt: terminal.chat(rt, lang=args.lang, user=f"console:{args.user}"), log_default="WARNING")


def cmd_check(args: argparse.Namespace) -> int:
    problems, summary = run_check()
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(summary)
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    print(config.markdown_table())  # (every plugin's settings: ``bot.app`` registers them)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Hamroh, a hotline bot for labour migrants.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("serve", help="run the web server: web chat at /, operator console at /console, webhooks")
    p.add_argument("--port", type=int, default=None, help="port (default: PORT, 8080)")
    p.add_argument("--host", default="0.0.0.0")
    p.add_argument("--no-worker", action="store_true", help="only accept messages; leave processing to worker processes")
    p.set_defaults(func=cmd_serve)
    p = sub.add_parser("worker", help="process accepted messages (no HTTP)")
    p.set_defaults(func=cmd_worker)
    p = sub.add_parser("chat", help="talk to the bot in this terminal (options as numbers)")
    p.add_argument("--lang", choices=["tg", "ru"], help="start in this language")
    p.add_argument("--user", default="local", help="name of the terminal user (keeps separate state)")
    p.set_defaults(func=cmd_chat)
    p = sub.add_parser("check", help="validate every flow, catalog and content file")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("settings", help="print the settings table (Markdown)")
    p.set_defaults(func=cmd_settings)
    for module in COMMANDS:
        module.add_arguments(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    config.load_env_file()
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except config.ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
