"""A case's card in the operators' Telegram group (``bot.operators.telegram_group`` posts and
edits it): reference, priority, category, language and channel, the person's first words and
the case's state, in the language of ``TELEGRAM_OPERATORS_LANG``, with its buttons."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.handover.model import CATEGORIES, OUTCOMES
from bot.i18n import N_

Translate = Callable[..., str]  # msgid, **values -> the text in the group's language

L_CASE = N_("Case {ref}")
L_PRIORITY = N_("Priority: {value}")
L_CATEGORY = N_("Category: {value}")
L_LANG = N_("Language: {value}, channel: {channel}")
L_PERSON = N_("Person: {value}")
L_REASON = N_("Reason: {value}")
L_SUMMARY = N_("What the person wrote:")
L_WAITING = N_("Waiting for an operator.")
L_CLAIMED_BY = N_("Claimed by {name}.")
L_CLOSED = N_("Closed by {name}: {outcome}.")
L_CLAIM = N_("Claim")
L_RELEASE = N_("Release")
L_CLOSE = N_("Close")

PRIORITY_MARK = {"urgent": "🔴", "high": "🟠", "normal": "🟢"}


def esc(text: str) -> str:
    return html.escape(str(text), quote=False)


def disp(ref: str) -> str:
    """A case reference as shown (``123-456``)."""
    return f"{ref[:3]}-{ref[3:]}" if len(ref) == 6 else ref


def short_name(operator: str) -> str:
    """An operator's name as shown in the group (without the Telegram id)."""
    return operator.rsplit(" (tg", 1)[0] if operator else "—"


def card_text(case: Any, first: list[dict[str, Any]], _: Translate) -> str:
    """The card of a case (HTML): its facts, up to three of the person's first messages, its state."""
    lines = [f"{PRIORITY_MARK.get(case.priority, '')} <b>{esc(_(L_CASE, ref=case.display_ref))}</b>",
             esc(_(L_PRIORITY, value=case.priority)),
             esc(_(L_CATEGORY, value=_(CATEGORIES.get(case.category, case.category)))),
             esc(_(L_LANG, value=case.lang, channel=case.channel)),
             esc(_(L_PERSON, value=case.person))]
    if case.reason:
        lines.append(esc(_(L_REASON, value=case.reason)))
    said = [m for m in first if m.get("by") == "person" and m.get("text")][:3]
    if said:
        lines.append("")
        lines.append(esc(_(L_SUMMARY)))
        lines += ["• " + esc(str(m["text"])[:300]) for m in said]
    lines.append("")
    if case.status == "waiting":
        lines.append(esc(_(L_WAITING)))
    elif case.status == "claimed":
        lines.append(esc(_(L_CLAIMED_BY, name=short_name(case.operator))))
    elif case.status == "closed":
        lines.append(esc(_(L_CLOSED, name=short_name(case.operator), outcome=_(OUTCOMES.get(case.outcome, case.outcome)))))
    return "\n".join(lines)


def card_markup(case: Any, _: Translate) -> InlineKeyboardMarkup | None:
    """The card's buttons: Claim while the case waits, Release and Close while it is claimed."""
    if case.status == "waiting":
        return InlineKeyboardMarkup([[InlineKeyboardButton(_(L_CLAIM), callback_data=f"c:{case.ref}")]])
    if case.status == "claimed":
        return InlineKeyboardMarkup([[InlineKeyboardButton(_(L_RELEASE), callback_data=f"r:{case.ref}"),
                                      InlineKeyboardButton(_(L_CLOSE), callback_data=f"x:{case.ref}")]])
    return None
