"""Telegram at the edge: an update's JSON to a neutral ``Inbound``; a ``Reply`` to HTML.

Pure functions, no I/O, so the webhook, the long-polling loop and the tests share
them. Updates are read as plain JSON (no ``telegram.Update`` objects: the hot path
only needs a few fields, and PTB's handlers never see our updates).

What a person sends becomes:

- text -> ``Inbound(text=...)``; ``/start payload``, ``/menu``, ``/lang``, ``/help``,
  ``/sos``, ``/forget`` -> ``Inbound(command=..., arg=...)``;
- ``/erase`` -> the system event ``tg_erase`` (Telegram-only: delete the chat);
- a forwarded message -> ``forwarded=True`` (the job-ad scanner takes it). Long
  pasted text is *not* marked: the job check's own test (``looks_like_ad``: 200+
  characters with pay or warning signs) sends pasted ads to the scanner, while a
  long question still reaches the question matcher (marked as forwarded, a long
  question about a late patent got "low risk: no warning signs" instead of an answer);
- a button -> ``Inbound(option=<callback data>)``, data checked against
  ``CALLBACK_RE`` (a forged value becomes a stale button, answered politely);
- photo, voice, sticker, document, location, ..., an edit -> ``Inbound(media=kind)``
  with the file id (never the content) in ``data``;
- the person blocking or unblocking the bot -> the event ``tg_member``.

Only private chats are the migrant bot; the operators' group goes to
``telegram_ops`` as the event ``tg_op`` under the user key ``tgop:<chat id>``.
"""

from __future__ import annotations

import html
import re
from typing import Any

from bot.engine.model import Inbound, Reply
from bot.ids import pseudonym

MAX_MESSAGE = 4096  # Telegram's limit for one message (after entity parsing)
SPLIT_AT = 3800  # we cut earlier, at a paragraph, leaving room for the title
CALLBACK_RE = re.compile(r"^[0-9A-Za-z_-]{1,24}\.\d{1,3}$")  # "<node token>.<index>"
FORGED_OPTION = "x.0"  # never a node token: the engine answers "that button is no longer active"
COMMANDS = {"start", "menu", "lang", "help", "sos", "forget"}
TELEGRAM_ONLY = {"erase"}
MEDIA_KINDS = ("photo", "voice", "audio", "video", "video_note", "sticker", "animation", "document",
               "location", "venue", "contact", "poll", "dice")
MIGRANT_UPDATES = ("message", "edited_message", "callback_query", "my_chat_member")
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]


def user_key(pepper: bytes, chat_id: int | str) -> str:
    """A person's key: an HMAC of the chat id (``bot.ids``); the chat id itself travels
    in ``Inbound.data["chat"]`` and is kept only sealed in the state (``TelegramSender``)."""
    return pseudonym(pepper, "tg", f"tg:{chat_id}")


def _media_of(msg: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    for kind in MEDIA_KINDS:
        if kind in msg:
            value = msg[kind]
            data: dict[str, Any] = {}
            if kind == "photo" and isinstance(value, list) and value and isinstance(value[-1], dict):
                data["file_id"] = value[-1].get("file_id")  # the largest size
                size = value[-1].get("file_size")
            elif isinstance(value, dict) and value.get("file_id"):
                data["file_id"] = value["file_id"]
                size = value.get("file_size")
                if kind == "document" and isinstance(value.get("mime_type"), str):
                    data["mime"] = value["mime_type"][:40]  # (an image document is read like a photo)
            else:
                size = None
            if isinstance(size, int) and size >= 0:
                data["size"] = size  # (a picture over PICTURE_MAX_BYTES is refused without fetching it)
            # a location or a shared contact is not kept: only its kind travels on
            return kind, data
    return None, {}


def _command(text: str) -> tuple[str, str | None] | None:
    if not text.startswith("/"):
        return None
    head, _, rest = text[1:].partition(" ")
    name = head.partition("@")[0].lower()
    if name not in COMMANDS and name not in TELEGRAM_ONLY:
        return None
    arg = rest.strip()[:64] or None
    return name, arg


def to_inbound(update: dict[str, Any], pepper: bytes, operators_chat: int | None = None) -> Inbound | None:
    """The neutral value for one update, or None when there is nothing to process."""
    inbound = _to_inbound(update, pepper, operators_chat)
    if inbound is not None and inbound.channel == "tg":
        chat = _private_chat(update)
        if chat is not None:
            inbound.data["chat"] = chat
    return inbound


def _private_chat(update: dict[str, Any]) -> int | None:
    for kind in ("callback_query", "my_chat_member", "edited_message", "message"):
        part = update.get(kind)
        if isinstance(part, dict):
            chat = (part.get("message") or {}).get("chat") if kind == "callback_query" else part.get("chat")
            chat_id = (chat or {}).get("id")
            return chat_id if isinstance(chat_id, int) else None
    return None


def _to_inbound(update: dict[str, Any], pepper: bytes, operators_chat: int | None) -> Inbound | None:
    update_id = update.get("update_id")
    if not isinstance(update_id, int):
        return None
    mid = str(update_id)

    cq = update.get("callback_query")
    if isinstance(cq, dict):
        msg = cq.get("message") or {}
        chat = msg.get("chat") or {}
        if operators_chat is not None and chat.get("id") == operators_chat:
            return _operator_event(update_id, operators_chat, update)
        if chat.get("type") != "private" or "id" not in chat:
            return None
        pressed = str(cq.get("data") or "")
        option = pressed if CALLBACK_RE.match(pressed) else FORGED_OPTION
        return Inbound(channel="tg", user=user_key(pepper, chat["id"]), option=option, message_id=mid,
                       data={"cq": str(cq.get("id", ""))})

    member = update.get("my_chat_member")
    if isinstance(member, dict):
        chat = member.get("chat") or {}
        if chat.get("type") != "private" or "id" not in chat:
            return None
        status = (member.get("new_chat_member") or {}).get("status", "")
        return Inbound(channel="tg", user=user_key(pepper, chat["id"]), event="tg_member", message_id=mid,
                       data={"status": str(status)})

    edited = "edited_message" in update
    msg = update.get("edited_message") if edited else update.get("message")
    if not isinstance(msg, dict):
        return None
    chat = msg.get("chat") or {}
    if operators_chat is not None and chat.get("id") == operators_chat:
        return _operator_event(update_id, operators_chat, update)
    if chat.get("type") != "private" or "id" not in chat:
        return None  # the migrant bot answers only in private chats
    user = user_key(pepper, chat["id"])
    tg_mid = msg.get("message_id")
    data: dict[str, Any] = {"mid": tg_mid} if isinstance(tg_mid, int) else {}
    if edited:
        return Inbound(channel="tg", user=user, media="edit", message_id=mid, data=data)
    text = str(msg.get("text") or msg.get("caption") or "")
    forwarded = any(k in msg for k in ("forward_origin", "forward_date", "forward_from", "forward_sender_name"))
    if "text" in msg and not forwarded:
        cmd = _command(text)
        if cmd:
            name, arg = cmd
            if name in TELEGRAM_ONLY:
                return Inbound(channel="tg", user=user, event=f"tg_{name}", message_id=mid, data=data)
            return Inbound(channel="tg", user=user, command=name, arg=arg, message_id=mid, data=data)
    media, extra = _media_of(msg)
    if media:
        data.update(extra)
    if not text and not media:
        return None  # service messages (pinned, joined...) need no answer
    return Inbound(channel="tg", user=user, text=text, media=media, forwarded=forwarded, message_id=mid, data=data)


def _operator_event(update_id: int, chat_id: int, update: dict[str, Any]) -> Inbound:
    """An update in the operators' group, reduced to what ``telegram_ops`` needs."""
    d: dict[str, Any] = {}
    cq = update.get("callback_query")
    if isinstance(cq, dict):
        msg = cq.get("message") or {}
        d = {"cq": str(cq.get("id", "")), "cb": str(cq.get("data") or "")[:64], "from": (cq.get("from") or {}).get("id"),
             "name": _name(cq.get("from") or {}), "mid": msg.get("message_id"), "thread": msg.get("message_thread_id")}
    else:
        msg = update.get("message") or update.get("edited_message") or {}
        reply = msg.get("reply_to_message") or {}
        d = {"from": (msg.get("from") or {}).get("id"), "name": _name(msg.get("from") or {}),
             "mid": msg.get("message_id"), "text": str(msg.get("text") or msg.get("caption") or "")[:4000],
             "reply_to": reply.get("message_id"), "thread": msg.get("message_thread_id") if msg.get("is_topic_message") else None,
             "edit": "edited_message" in update}
        media, _ = _media_of(msg)
        if media:
            d["media"] = media
        if (msg.get("from") or {}).get("is_bot"):
            d["bot"] = True
    return Inbound(channel="system", user=f"tgop:{chat_id}", event="tg_op", message_id=f"tg{update_id}",
                   data={k: v for k, v in d.items() if v not in (None, "", False)})


def _name(user: dict[str, Any]) -> str:
    """An operator's display name for the group (operators only; never a migrant's)."""
    return str(user.get("first_name") or user.get("username") or "operator")[:40]


# -- rendering -----------------------------------------------------------------------------
def esc(text: str) -> str:
    return html.escape(text, quote=False)


def _chunks(text: str, limit: int) -> list[str]:
    """Cut plain text at paragraph, then line, then space boundaries into pieces that,
    escaped, stay under ``limit``."""
    out: list[str] = []
    rest = text
    while len(esc(rest)) > limit:
        window = rest[:limit]
        while len(esc(window)) > limit:
            window = window[: int(len(window) * 0.9)]
        cut = max(window.rfind("\n\n"), 0) or max(window.rfind("\n"), 0) or max(window.rfind(" "), 0) or len(window)
        out.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    out.append(rest)
    return [c for c in out if c]


Markup = dict[str, Any]  # a Bot API InlineKeyboardMarkup as plain JSON


def render(reply: Reply) -> list[tuple[str, Markup | None]]:
    """One reply as HTML messages (more than one only when it is longer than Telegram allows);
    the options as an inline keyboard under the last one, one button per row (long labels
    stay readable on a small screen)."""
    title = f"<b>{esc(reply.title)}</b>\n" if reply.title else ""
    if reply.kind == "ocr":  # text read from a picture: a collapsed quote the person can open
        quote = f"<blockquote expandable>{esc(reply.text[:SPLIT_AT - len(title) - 40])}</blockquote>"
        return [(title + quote, _markup(reply))]
    pieces = _chunks(reply.text or "", SPLIT_AT - len(title)) or [""]
    messages = [(title if i == 0 else "") + esc(p) for i, p in enumerate(pieces)]
    if not messages[0].strip():
        messages[0] = esc("…")
    markup = _markup(reply)
    return [(m, markup if i == len(messages) - 1 else None) for i, m in enumerate(messages)]


def _markup(reply: Reply) -> Markup | None:
    if not reply.options:
        return None
    return {"inline_keyboard": [[{"text": o.label[:120], "callback_data": o.id[:64]}] for o in reply.options]}
