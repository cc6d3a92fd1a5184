"""The operators' Telegram group: case cards, claiming, and talking with the person.

Two ways in, both durable and processed once:

- What happens to cases (``bot.handover.queue``'s audit stream) is read by a
  consumer group of our own (``tgops``), so each event is handled by exactly one
  process and re-read after a crash: a new case is posted as a *card* (reference,
  priority, category, language, summary, a Claim button) in its own forum topic
  when the group has topics, otherwise in the group; the person's messages follow
  it (as replies threaded to the card without topics); claims, releases, closes,
  lease expiries and repeated urgent announcements are posted too.
- What operators do in the group (buttons, commands, replies) arrives as webhook
  updates, accepted into the inbox as the system event ``tg_op`` under the user
  key ``tgop:<group id>`` (``telegram_render``), processed in order, and handled
  here with the queue API only. The queue enforces that nobody works a case
  claimed by someone else (``CaseError("not_yours")``).

We keep our own mapping from group message ids and topics to cases
(``Keys.tg_case_of`` / ``tg_case_thread``, kept by ``bot.storage.telegram_group``), never
the forward header.

Commands in a case's topic or in reply to its messages: ``/claim``, ``/release``,
``/note <text>``, ``/close <outcome>`` (without an outcome: buttons). Any other
text there goes to the person, whatever their channel.

Operators are the group's members (a message or a button press in the group is
proof of membership), narrowed by ``TELEGRAM_OPERATOR_IDS`` when it is set. Their
queue name is ``<first name> (tg<user id>)``.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError

from bot import config
from bot.channels.telegram.channel import SERVICE as TELEGRAM
from bot.channels.telegram.channel import TelegramChannel
from bot.channels.telegram.hooks import TgOp
from bot.channels.telegram.send import Blocked, call, raw_api
from bot.engine.model import Inbound, Reply, State
from bot.handover.model import OUTCOMES, CaseError
from bot.handover.queue import CaseQueue
from bot.i18n import N_, translator
from bot.operators.telegram_card import PRIORITY_MARK, card_markup, card_text, disp, esc, short_name
from bot.pictures import short, store
from bot.pipeline.processor import Processor
from bot.runtime import Plugin, Runtime
from bot.storage import RedisError
from bot.storage.telegram_group import TelegramGroupStore

log = logging.getLogger(__name__)


NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
OUR_OPERATOR = re.compile(r"\(tg\d+\)$")

L_PERSON_SAYS = N_("Person:")
L_OPERATOR_SAYS = N_("Operator {name} (console):")
L_MEDIA = N_("[{kind}: the person sent it; only text is shown here]")
L_PICTURE = N_("Picture from the person.")
L_PICTURE_TEXT = N_("Text read from it:")
L_YOU_HAVE = N_("Case {ref} is yours. Write here to answer the person.")
L_NOT_YOURS = N_("Case {ref} is being worked by {name}. Only they can do that.")
L_NOT_WAITING = N_("Case {ref} is no longer waiting.")
L_NOT_CLAIMED = N_("Claim case {ref} first.")
L_NOT_ALLOWED = N_("Only operators can work cases.")
L_NO_CASE = N_("This message belongs to no case. Answer in a case's topic, or reply to one of its messages.")
L_RELEASED = N_("Case {ref} was released by {name} and is back in the queue.")
L_LEASE = N_("Case {ref} went back to the queue: no activity from {name} for too long.")
L_REANNOUNCE = N_("Urgent case {ref} is still waiting for an operator ({minutes} min).")
L_REOPENED = N_("Case {ref} was reopened by {name}.")
L_NOTE_SAVED = N_("Note saved.")
L_CHOOSE_OUTCOME = N_("How did case {ref} end?")
L_BAD_OUTCOME = N_("Unknown outcome. Choose one:")
L_UNREACHABLE = N_("The person blocked the bot on Telegram: messages no longer reach them there.")
L_ONLY_TEXT = N_("Only text reaches the person. Please write your answer.")
L_FAILED = N_("That did not work: {code}.")
L_NEW = N_("New case {ref} ({priority}).")


class Operators:
    """The group side of the Telegram channel (``rt.processor.services["telegram"].ops``,
    ``rt.processor.services["telegram_group"]``)."""

    def __init__(self, channel: TelegramChannel) -> None:
        self.channel = channel
        self.rt = channel.rt
        self.bot = channel.bot
        self.chat: int = channel.operators_chat  # type: ignore[assignment]
        self.storage = channel.rt.storage
        self.store = TelegramGroupStore(self.storage)
        services = channel.rt.processor.services
        if services.get("cases") is None:  # the handover's service puts it there first when installed
            services["cases"] = CaseQueue(self.storage, channel.rt.inbox)
        self.queue = services["cases"]
        self.tr = translator(str(config.get("TELEGRAM_OPERATORS_LANG")))
        raw = str(config.get("TELEGRAM_OPERATOR_IDS") or "")
        self.allowed = {int(x) for x in raw.replace(" ", "").split(",") if x.lstrip("-").isdigit()}
        self.consumer = f"c-{id(self):x}-{int(time.time())}"
        self._task: asyncio.Task[None] | None = None
        self.block_ms = 5000

    def _(self, msgid: str, **kw: Any) -> str:
        return self.tr._(msgid, **kw)

    # -- lifecycle --------------------------------------------------------------------------
    async def attach(self) -> None:
        self._task = asyncio.create_task(self._follow(), name="telegram-ops-follow")
        self.rt.tasks.append(self._task)

    async def detach(self) -> None:
        if self._task:
            self._task.cancel()

    async def send(self, user: str, replies: list[Reply], state: State, inbound: Inbound) -> None:
        """Replies addressed to the group itself (the engine gives none; kept for completeness)."""
        for r in replies:
            await self._post(esc(r.plain()))

    # -- the audit stream -------------------------------------------------------------------
    async def _follow(self) -> None:
        cursor = "0"  # first our own pending entries (a crash mid-way), then new ones
        while True:
            try:
                await self.store.ensure_group()
                entries = await self.store.read_events(cursor, 50, None if cursor == "0" else self.block_ms)
                if cursor == "0" and not entries:
                    cursor = ">"
                    continue
                for entry_id, fields in entries:
                    if fields:
                        try:
                            await self.on_event(fields)
                        except (BadRequest, Blocked) as exc:
                            log.warning("operators' group: %s on %s", type(exc).__name__, fields.get("kind"))
                    await self.store.done(entry_id)
            except asyncio.CancelledError:
                raise
            except (RedisError, TelegramError) as exc:
                log.warning("operators' group follower: %s; retrying", type(exc).__name__)
                cursor = "0"
                await asyncio.sleep(1.0)
            except Exception:
                log.exception("operators' group follower failed; retrying")
                cursor = "0"
                await asyncio.sleep(1.0)

    async def on_event(self, ev: dict[str, str]) -> None:
        kind, ref, actor = ev.get("kind", ""), ev.get("case", ""), ev.get("actor", "")
        if not ref:
            return
        if kind == "opened":
            await self._post_card(ref)
        elif kind in ("message", "appended", "escalated", "reply"):
            await self._relay_new(ref)
        elif kind == "claimed":
            await self._update_card(ref)
        elif kind == "released":
            await self._update_card(ref)
            await self._notice(ref, self._(L_RELEASED, ref=disp(ref), name=esc(short_name(actor))))
        elif kind == "lease_expired":
            await self._update_card(ref)
            await self._notice(ref, self._(L_LEASE, ref=disp(ref), name=esc(short_name(ev.get("operator", "")))), announce=True)
        elif kind == "reannounce":
            minutes = int(float(ev.get("wait_ms") or 0) / 60000)
            await self._notice(ref, "🔴 " + self._(L_REANNOUNCE, ref=disp(ref), minutes=minutes), announce=True, claim=True)
        elif kind in ("closed", "reopened", "transferred"):
            await self._update_card(ref)
            if kind == "reopened":
                await self._notice(ref, self._(L_REOPENED, ref=disp(ref), name=esc(short_name(actor))))

    # -- posting ----------------------------------------------------------------------------------
    async def _post(self, text: str, *, thread: int | None = None, reply_to: int | None = None,
                    markup: InlineKeyboardMarkup | None = None, ref: str | None = None) -> int | None:
        try:
            msg = await call(self.channel.pacer, self.chat, lambda: self.bot.send_message(
                self.chat, text, parse_mode=ParseMode.HTML, message_thread_id=thread, reply_markup=markup,
                link_preview_options=NO_PREVIEW,
                reply_parameters=ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None))
        except Blocked:
            log.error("the bot cannot post in the operators' group (removed from it?)")
            return None
        if ref:
            await self.store.map_message(self.chat, msg.message_id, ref)
        return int(msg.message_id)

    async def _is_forum(self) -> bool:
        cached = await self.store.forum(self.chat)
        if cached is not None:
            return cached
        try:
            # raw JSON: only one field is needed, and ChatFullInfo's schema changes with every Bot API version
            chat = await call(self.channel.pacer, self.chat, lambda: raw_api(self.bot, "getChat", {"chat_id": self.chat}), paced=False)
            forum = bool(chat.get("is_forum")) if isinstance(chat, dict) else False
        except (TelegramError, Blocked):
            return False
        await self.store.remember_forum(self.chat, forum)
        return forum

    async def _post_card(self, ref: str) -> None:
        if await self.store.card_posted(ref):
            return  # already posted (the event was re-read after a crash)
        case = await self.queue.get(ref)
        if case is None:
            return
        msgs = await self.queue.messages(ref)
        thread = None
        if await self._is_forum():
            try:
                topic = await call(self.channel.pacer, self.chat, lambda: self.bot.create_forum_topic(
                    self.chat, f"{PRIORITY_MARK.get(case.priority, '')} {case.display_ref} · {case.category}"[:128]))
                thread = int(topic.message_thread_id)
                await self.store.map_thread(self.chat, thread, ref)
            except BadRequest as exc:
                log.warning("could not create a topic (%s); posting in the group", exc)
        card = await self._post(card_text(case, msgs, self._), thread=thread, markup=card_markup(case, self._), ref=ref)
        if card is None:
            return
        fields = {"card": str(card), "n": str(len(msgs))}
        if thread:
            fields["thread"] = str(thread)
        await self.store.save_post(ref, fields)
        if thread:  # everyone sees new cases in the general topic
            await self._post(esc(self._(L_NEW, ref=case.display_ref, priority=case.priority)),
                             markup=card_markup(case, self._), ref=ref)

    async def _where(self, ref: str) -> tuple[int | None, int | None]:
        h = await self.store.post(ref)
        thread = int(h["thread"]) if h.get("thread") else None
        card = int(h["card"]) if h.get("card") else None
        return thread, card

    async def _update_card(self, ref: str) -> None:
        _thread, card = await self._where(ref)
        case = await self.queue.get(ref)
        if case is None or card is None:
            if case is not None and card is None:
                await self._post_card(ref)
            return
        msgs = await self.queue.messages(ref, 0)
        try:
            await call(self.channel.pacer, self.chat, lambda: self.bot.edit_message_text(
                card_text(case, msgs, self._), chat_id=self.chat, message_id=card, parse_mode=ParseMode.HTML,
                reply_markup=card_markup(case, self._), link_preview_options=NO_PREVIEW))
        except BadRequest as exc:
            if "not modified" not in str(exc).lower():
                raise

    async def _notice(self, ref: str, text: str, *, announce: bool = False, claim: bool = False) -> None:
        thread, card = await self._where(ref)
        markup = None
        if claim:
            case = await self.queue.get(ref)
            markup = card_markup(case, self._) if case else None
        if thread and not announce:
            await self._post(esc(text) if "<" not in text else text, thread=thread, ref=ref)
        elif thread:
            await self._post(esc(text), markup=markup, ref=ref)
        else:
            await self._post(esc(text), reply_to=card, markup=markup, ref=ref)

    async def _relay_new(self, ref: str) -> None:
        """Post the case's messages we have not shown yet: the person's, and replies written in
        the console (replies written here are already in the group)."""
        h = await self.store.post(ref)
        if not h.get("card"):
            await self._post_card(ref)
            return
        start = int(h.get("n") or 0)
        msgs = await self.queue.messages(ref, start)
        if not msgs:
            return
        thread = int(h["thread"]) if h.get("thread") else None
        card = int(h["card"])
        for i, m in enumerate(msgs):
            by = m.get("by")
            if by == "person":
                head = f"<b>{esc(self._(L_PERSON_SAYS))}</b> "
                media = m.get("media")
                raw = str(m.get("text") or "")
                body = "" if media and raw == f"[{media}]" else esc(raw)  # the handover's stand-in text
                if media and not await self._copy_media(m, thread, card, ref):
                    body = (body + "\n" if body else "") + esc(self._(L_MEDIA, kind=media if isinstance(media, str) else "media"))
                elif media and not body:
                    await self.store.set_shown(ref, start + i + 1)
                    continue
            elif by == "operator" and not OUR_OPERATOR.search(str(m.get("op", ""))):  # replies written here are shown already
                head = f"<b>{esc(self._(L_OPERATOR_SAYS, name=short_name(str(m.get('op', '')))))}</b> "
                body = esc(m.get("text") or "")
            else:
                await self.store.set_shown(ref, start + i + 1)
                continue
            await self._post(head + body, thread=thread, reply_to=None if thread else card, ref=ref)
            await self.store.set_shown(ref, start + i + 1)

    async def _copy_media(self, item: dict[str, Any], thread: int | None, card: int, ref: str) -> bool:
        """The person's photo or voice, as it is, when the case item tells where it is on Telegram;
        a picture sealed into the case (``bot.pictures``) is sent as a photo with its recognised text."""
        if item.get("pic"):
            return await self._send_picture(item, thread, card, ref)
        src_chat, src_mid = item.get("tg_chat"), item.get("tg_mid")
        if not (isinstance(src_chat, int) and isinstance(src_mid, int)):
            return False
        try:
            res = await call(self.channel.pacer, self.chat, lambda: self.bot.copy_message(
                self.chat, src_chat, src_mid, message_thread_id=thread,
                reply_parameters=None if thread else ReplyParameters(card, allow_sending_without_reply=True)))
        except (BadRequest, Blocked):
            return False
        await self.store.map_message(self.chat, res.message_id, ref)
        return True

    async def _send_picture(self, item: dict[str, Any], thread: int | None, card: int, ref: str) -> bool:
        data = await store.load_for_case(self.channel.rt.storage, ref, str(item.get("pic")))
        if data is None:  # gone (forgotten, anonymised) or sealed with another pepper
            return False
        caption = self._(L_PICTURE)
        ocr = str(item.get("ocr") or "")
        if ocr:
            caption += "\n" + self._(L_PICTURE_TEXT) + "\n" + short(ocr, 800)
        try:
            res = await call(self.channel.pacer, self.chat, lambda: self.bot.send_photo(
                self.chat, data, caption=caption[:1024], message_thread_id=thread,
                reply_parameters=None if thread else ReplyParameters(card, allow_sending_without_reply=True)))
        except (BadRequest, Blocked):
            return False
        await self.store.map_message(self.chat, res.message_id, ref)
        return True

    async def person_unreachable(self, user: str, ref: str) -> None:
        await self._notice(ref, "⚠️ " + self._(L_UNREACHABLE))

    # -- what operators do ----------------------------------------------------------------------
    def _operator(self, d: dict[str, Any]) -> str | None:
        uid = d.get("from")
        if not isinstance(uid, int) or d.get("bot"):
            return None
        if self.allowed and uid not in self.allowed:
            return None
        return f"{str(d.get('name') or 'operator')[:24]} (tg{uid})"

    async def _ref_of(self, d: dict[str, Any]) -> str | None:
        thread = d["thread"] if isinstance(d.get("thread"), int) else None
        return await self.store.case_of(self.chat, thread, [d[k] for k in ("reply_to", "mid") if isinstance(d.get(k), int)])

    async def _toast(self, cq: str, text: str) -> None:
        try:
            await call(self.channel.pacer, self.chat, lambda: self.bot.answer_callback_query(cq, text=text[:190]), paced=False)
        except (TelegramError, Blocked):
            pass

    async def handle(self, inbound: Inbound) -> None:
        d = inbound.data
        if d.get("bot"):
            return
        if d.get("cq"):
            await self._button(d)
            return
        text = str(d.get("text") or "").strip()
        if d.get("edit"):
            return
        op = self._operator(d)
        ref = await self._ref_of(d)
        cmd, _, arg = text.partition(" ")
        cmd = cmd.partition("@")[0].lower() if cmd.startswith("/") else ""
        if ref is None:
            if cmd in ("/claim", "/release", "/note", "/close"):
                await self._post(esc(self._(L_NO_CASE)), thread=d.get("thread"), reply_to=d.get("mid"))
            return  # operators talking among themselves
        if op is None:
            await self._post(esc(self._(L_NOT_ALLOWED)), thread=d.get("thread"), reply_to=d.get("mid"))
            return
        reply_kw = {"thread": d.get("thread"), "reply_to": d.get("mid")}
        try:
            if cmd == "/claim":
                await self.queue.claim(ref, op)
                await self._post(esc(self._(L_YOU_HAVE, ref=disp(ref))), **reply_kw)
            elif cmd == "/release":
                await self.queue.release(ref, op)
            elif cmd == "/note":
                if arg.strip():
                    await self.queue.note(ref, op, arg.strip())
                    await self._post(esc(self._(L_NOTE_SAVED)), **reply_kw)
            elif cmd == "/close":
                outcome = arg.strip().lower()
                if outcome in OUTCOMES:
                    await self.queue.close(ref, op, outcome)
                else:
                    await self._ask_outcome(ref, bad=bool(outcome), **reply_kw)
            elif cmd:
                return  # another command: not for the person
            elif d.get("media") and not text:
                await self._post(esc(self._(L_ONLY_TEXT)), **reply_kw)
            elif text:
                await self.queue.reply(ref, op, text)
        except CaseError as exc:
            await self._post(esc(await self._error_text(exc.code, ref)), **reply_kw)

    async def _ask_outcome(self, ref: str, *, bad: bool, thread: Any = None, reply_to: Any = None) -> None:
        rows = [[InlineKeyboardButton(self._(label), callback_data=f"o:{ref}:{code}")] for code, label in OUTCOMES.items()]
        text = self._(L_BAD_OUTCOME) if bad else self._(L_CHOOSE_OUTCOME, ref=disp(ref))
        await self._post(esc(text), thread=thread, reply_to=reply_to, markup=InlineKeyboardMarkup(rows), ref=ref)

    async def _error_text(self, code: str, ref: str) -> str:
        case = await self.queue.get(ref) if code in ("not_yours", "not_waiting") else None
        if case is not None and case.status == "claimed":
            return self._(L_NOT_YOURS, ref=disp(ref), name=short_name(case.operator))
        if code == "not_waiting":
            return self._(L_NOT_WAITING, ref=disp(ref))
        if code == "not_claimed":
            return self._(L_NOT_CLAIMED, ref=disp(ref))
        return self._(L_FAILED, code=code)

    async def _button(self, d: dict[str, Any]) -> None:
        cq = str(d["cq"])
        data = str(d.get("cb") or "")
        action, _, rest = data.partition(":")
        ref, _, outcome = rest.partition(":")
        op = self._operator(d)
        if op is None:
            await self._toast(cq, self._(L_NOT_ALLOWED))
            return
        if not ref.isdigit():
            await self._toast(cq, self._(L_FAILED, code="?"))
            return
        try:
            if action == "c":
                await self.queue.claim(ref, op)
                await self._toast(cq, self._(L_YOU_HAVE, ref=disp(ref)))
            elif action == "r":
                await self.queue.release(ref, op)
                await self._toast(cq, self._(L_RELEASED, ref=disp(ref), name=short_name(op)))
            elif action == "x":
                case = await self.queue.get(ref)
                if case and case.operator != op:
                    raise CaseError("not_yours")
                await self._toast(cq, self._(L_CHOOSE_OUTCOME, ref=disp(ref)))
                thread, card = await self._where(ref)
                await self._ask_outcome(ref, bad=False, thread=thread, reply_to=None if thread else card)
            elif action == "o" and outcome in OUTCOMES:
                await self.queue.close(ref, op, outcome)
                await self._toast(cq, self._(OUTCOMES[outcome]))
            else:
                await self._toast(cq, self._(L_FAILED, code="?"))
        except CaseError as exc:
            await self._toast(cq, await self._error_text(exc.code, ref))


# -- the plugin ------------------------------------------------------------------------------------
SERVICE = "telegram_group"


async def attach(rt: Runtime) -> None:
    """With the Telegram channel attached and ``TELEGRAM_OPERATORS_CHAT_ID`` set: follow the
    cases into the group (listed after the Telegram channel in ``bot.app.PLUGINS``)."""
    channel: TelegramChannel | None = rt.processor.services.get(TELEGRAM)
    if channel is None or channel.operators_chat is None:
        return
    ops = Operators(channel)
    channel.ops = ops
    rt.processor.services[SERVICE] = ops
    rt.processor.senders["tgop"] = ops
    await ops.attach()


async def detach(rt: Runtime) -> None:
    ops: Operators | None = rt.processor.services.pop(SERVICE, None)
    if ops is not None:
        await ops.detach()


async def operator_update(proc: Processor, inbound: Inbound, state: State, eff: TgOp) -> list[Reply]:
    ops: Operators | None = proc.services.get(SERVICE)
    if ops is None:
        log.warning("an operators' group update arrived but the group is not configured in this process")
        return []
    await ops.handle(inbound)
    return []


PLUGIN = Plugin("telegram_group", effects={TgOp: operator_update}, attach=attach, detach=detach)
