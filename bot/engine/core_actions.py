"""Actions and data of the main flow: language, emergency contacts, urgent help, forget me."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot import contacts
from bot.engine import registry
from bot.engine.registry import action, setup
from bot.i18n import LANGUAGES, normalize_lang


@setup
def _load(resources: dict[str, Any]) -> None:
    resources["contacts"] = contacts.load(Path(resources["root"]) / "data" / "contacts.yaml")


def _lang_arg(args: dict[str, Any], _resources: dict[str, Any]) -> list[str]:
    return [] if normalize_lang(str(args.get("value"))) in LANGUAGES else [f"set_lang needs tg or ru, not {args.get('value')!r}"]


@action("set_lang", validate=_lang_arg)
def set_lang(ctx: Any, args: dict[str, Any]) -> None:
    ctx.state.lang = normalize_lang(str(args.get("value")))
    pending = ctx.state.data.pop("_q", None)
    if pending:
        # the first thing the person wrote, kept while they chose a language
        ctx.text = pending
        for _, fn in registry.HOOKS["fallback"]:
            if fn(ctx):
                ctx.handled = True
                return


def contacts_text(ctx: Any) -> str:
    lines = []
    checked = []
    for c in ctx.resources.get("contacts", []):
        if not c.number:
            continue
        line = f"• {ctx._(c.label)}: {c.number}"
        if c.note:
            line += f" ({ctx._(c.note)})"
        lines.append(line)
        if c.checked:
            checked.append(c.checked.isoformat())
    if not lines:
        return ctx._("No emergency numbers are configured. If you are in danger, call the local police.")
    text = "\n".join(lines)
    if checked:
        text += "\n\n" + ctx._("Numbers last checked: {date}.", date=min(checked))
    return text


@action("show_contacts")
def show_contacts(ctx: Any, _args: dict[str, Any]) -> None:
    ctx.say(contacts_text(ctx), title=ctx._("Emergency contacts"), kind="contacts")


@action("urgent")
def urgent(ctx: Any, args: dict[str, Any]) -> None:
    """The urgent word or an urgent answer: ask the handover to open an urgent case."""
    ctx.effect("escalate", priority="urgent", category=args.get("category", "other"), reason=args.get("reason", "sos"))


@action("forget")
def forget(ctx: Any, _args: dict[str, Any]) -> None:
    ctx.effect("forget")
    ctx.lang_override = ctx.state.lang  # this last answer still in their language
    if ctx.state.case:  # an operator is on it: the case stays until closed, and the answer says so
        ctx.goto("main.forgotten_kept")
    ctx.result.state = type(ctx.state)()


@action("noop")
def noop(ctx: Any, _args: dict[str, Any]) -> None:
    return None
