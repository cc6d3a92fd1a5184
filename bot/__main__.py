"""Command line: ``python -m bot serve | chat | check | ask | check-offer | agencies | ...``.

Each subsystem registers its own sub-commands (``add_arguments``) so that its
command-line code lives beside the code it drives.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from bot import config

SUBCOMMAND_MODULES = ("bot.knowledge.cli", "bot.jobcheck.cli", "bot.handover.cli", "bot.web.cli", "bot.emergency_cli",
                      "bot.channels.sms_cli")


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.app import run_with_runtime
    from bot.channels.console import chat

    # the terminal is for the conversation: only warnings are logged
    return run_with_runtime(lambda rt: chat(rt, lang=args.lang, user=f"console:{args.user}"), log_default="WARNING")


def cmd_check(args: argparse.Namespace) -> int:
    from bot.check import run

    problems, summary = run()
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(summary)
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    for name in SUBCOMMAND_MODULES:  # subsystems register their settings on import
        _import(name)
    from bot.web.server import components

    components()  # the channels' settings
    print(config.markdown_table())
    return 0


def _import(name: str):  # type: ignore[no-untyped-def]
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Hamroh, a hotline bot for labour migrants.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("chat", help="talk to the bot in this terminal (options as numbers)")
    p.add_argument("--lang", choices=["tg", "ru"], help="start in this language")
    p.add_argument("--user", default="local", help="name of the terminal user (keeps separate state)")
    p.set_defaults(func=cmd_chat)
    p = sub.add_parser("check", help="validate every flow, catalog and content file")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("settings", help="print the settings table (Markdown)")
    p.set_defaults(func=cmd_settings)
    for name in SUBCOMMAND_MODULES:
        module = _import(name)
        if module is not None:
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
