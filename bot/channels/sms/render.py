"""The engine's replies as SMS bodies: plain text, numbered options, pages within a budget.

One engine step often gives two or three replies (a text, then a choice). They
are joined into one text before paging, because a person pays per segment and
segments round up: three short messages cost at least three segments, the same
words in one body may cost one or two.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bot.channels.sms.segments import paginate
from bot.channels.sms.translit import to_latin
from bot.engine.model import Reply
from bot.i18n import N_, translator

# The last line of every page but the last: how to get the rest.
MORE_HINT = N_("({page}/{pages}) Send MORE for the rest")

_BULLET = re.compile(r"^[ \t]*[•▪·◦‣*][ \t]*", re.MULTILINE)
_MANY_LINES = re.compile(r"\n\s*\n+")
_SPACES = re.compile(r"[ \t\u00a0]+")


def plain(text: str) -> str:
    """No formatting on SMS: bullets become dashes, blank lines and runs of spaces go."""
    text = _BULLET.sub("- ", text.replace("\r\n", "\n"))
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _MANY_LINES.sub("\n", text).strip()


def options_line(labels: Iterable[str]) -> str:
    """'1 Red flags  2 Check an offer ...': numbers the person can type back."""
    return "  ".join(f"{i} {plain(label)}" for i, label in enumerate(labels, 1))


def reply_text(reply: Reply) -> str:
    """One reply as SMS text: the short SMS version where there is one (articles), else title and text."""
    if reply.sms:
        body = plain(reply.sms)
    elif reply.title:
        body = plain(reply.title) + "\n" + plain(reply.text)
    else:
        body = plain(reply.text)
    if reply.options:
        body = (body + "\n" if body else "") + options_line(o.label for o in reply.options)
    return body


def compose(replies: Iterable[Reply]) -> str:
    return "\n".join(t for t in (reply_text(r) for r in replies) if t)


def hint_for(lang: str, latin: bool) -> Callable[[int, int], str]:
    template = translator(lang)._(MORE_HINT)

    def hint(page: int, pages: int) -> str:
        text = template.format(page=page, pages=pages)
        return to_latin(text, lang) if latin else text

    return hint


def render(text: str, lang: str, *, latin: bool, budget: int) -> list[str]:
    """A composed text as the SMS bodies to send, each within ``budget`` segments."""
    if latin:
        text = to_latin(text, lang)
    return paginate(text, budget, hint_for(lang, latin))


def render_replies(replies: Iterable[Reply], lang: str, *, latin: bool, budget: int) -> list[str]:
    text = compose(replies)
    return render(text, lang, latin=latin, budget=budget) if text else []
