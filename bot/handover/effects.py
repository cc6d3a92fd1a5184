"""The handover's effects: what the engine asked for that needs Redis (``bot.handover.actions``).

``Escalate`` opens or adds to the case and answers with the reference, the place in the
queue, the expected wait, and the emergency contacts when the case is urgent or nobody
is on duty; ``CaseMessage``, ``CaseCountry``, ``CancelCase`` and ``CaseRating`` write to
the case; ``forget`` erases the person's closed cases and keeps an open one.
"""

from __future__ import annotations

import logging
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

from bot import abuse
from bot.contacts import timezone_of
from bot.engine.core_actions import contacts_text
from bot.engine.effects import CaseCountry, Escalate
from bot.engine.model import Inbound, Option, Reply, State
from bot.handover import duty
from bot.handover.actions import RECENT_MS, ST, STORY, WAITING_NODE, CancelCase, CaseMessage, CaseRating, story_messages
from bot.handover.model import CATEGORIES, PRIORITIES, display_ref
from bot.handover.queue import CaseQueue
from bot.i18n import DEFAULT_LANG, translator
from bot.pipeline.processor import Processor, channel_of

log = logging.getLogger(__name__)


def cases(proc: Processor) -> CaseQueue:
    q = proc.services.get("cases")
    if q is None:
        q = proc.services["cases"] = CaseQueue(proc.storage, proc.inbox)
    return q


def _lang(state: State, proc: Processor) -> str:
    return state.lang or proc.engine.resources.get("default_lang", DEFAULT_LANG)


def _wait_text(_: Any, minutes: int | None) -> str:
    if minutes is None:
        return ""
    return _("Expected wait: about {minutes} min.", minutes=max(1, minutes))


def _closed_text(_: Any, proc: Processor, state: State) -> str:
    """Nobody on duty: when the hotline opens (in the person's time zone where we know
    their country), and that the request is kept."""
    opening = duty.next_opening(proc.clock())
    if opening is None:  # within the hours, but nobody is present
        return _("No operator is on duty right now. An operator will answer you here as soon as the hotline opens.")
    tz = timezone_of(state.data.get("country"))
    if tz:
        local = opening.astimezone(ZoneInfo(tz))
        return _("No operator is on duty now. The hotline opens on {date} at {time}, your time. Your request is kept: an operator will "
                 "answer you here.",
                 date=local.strftime("%d.%m"), time=local.strftime("%H:%M"))
    city = str(opening.tzinfo).rsplit("/", 1)[-1].replace("_", " ")
    return _("No operator is on duty now. The hotline opens on {date} at {time} ({city} time). Your request is kept: an operator will "
             "answer you here.",
             date=opening.strftime("%d.%m"), time=opening.strftime("%H:%M"), city=city)


async def escalate(proc: Processor, inbound: Inbound, state: State, eff: Escalate) -> list[Reply]:
    q = cases(proc)
    lang = _lang(state, proc)
    tr = translator(lang)
    _ = tr._
    priority = eff.priority if eff.priority in PRIORITIES else "normal"
    category = eff.category if eff.category in CATEGORIES else "other"
    reason = eff.reason
    learned: dict[str, Any] = {k: v for k, v in state.data.items() if not k.startswith("_") and isinstance(v, (str, int, float))}
    for k, v in eff.answers.items():
        learned[str(k)] = v
    for name, value in state.data.items():  # answers kept as a mapping (the job-offer checklist)
        if not name.startswith("_") and isinstance(value, dict):
            for k, v in list(value.items())[:40]:
                if isinstance(v, (str, int, float)):
                    learned[f"{name}:{k}"[:60]] = v
    since = proc.clock() * 1000 - RECENT_MS
    # (each with an id, so that a message handled again after a crash adds nothing twice)
    messages = [{"by": "person", "t": t, "text": text, "i": f"r{t}"} for t, text in state.data.pop("_recent", []) if t >= since]
    told = story_messages(state.data.pop(STORY, []), proc.engine, lang, since)
    if told:  # the whole story: the person's words and taps and what the bot showed, in order
        messages = sorted(messages + told, key=lambda m: m["t"])
    if reason and reason != "menu":
        messages.append({"by": "bot", "text": f"[{reason}]"})
        if inbound.text and not inbound.event and inbound.text.strip().lower() not in ("sos", "/sos"):
            messages.append({"by": "person", "text": inbound.text[:4000], "i": inbound.message_id})  # the words that raised the alarm
    if not await q.has_open(inbound.user):
        refused = await abuse.case_refused(proc.storage, inbound.user)
        if refused:
            # a marked sender or one over the new-case limits opens no case, but is still
            # answered, and always with the emergency contacts
            log.warning("no case opened: %s", "sender marked abusive" if refused == "abusive" else "new-case limit reached")
            state.data["_recent"] = [[m["t"], m["text"]] for m in messages if m.get("t")]
            shim = SimpleNamespace(resources=proc.engine.resources, _=_, state=state)
            out = [Reply(_("We cannot pass your message to an operator right now. If you are in danger, call the numbers below."),
                         kind="urgent" if priority == "urgent" else "text")]
            if reason != "sos":  # (the urgent word's own screen already shows them)
                out.append(Reply(contacts_text(shim), title=_("Emergency contacts"), kind="contacts"))
            return out
    opened = await q.open_or_append(inbound.user, channel=channel_of(inbound.user), lang=lang, category=category,
                                    priority=priority, reason=reason, messages=messages, learned=learned)
    state.case = opened.ref
    ref = display_ref(opened.ref)
    staff = await duty.on_duty(proc.storage)
    lines: list[str] = []
    if opened.status == "claimed":
        state.data[ST] = "c"
        lines.append(_("An operator is already working on your request {ref}. Write to them here.", ref=ref))
    else:
        state.data[ST] = "w"
        if opened.created:
            lines.append(_("Your request has been passed to the hotline. Your reference number is {ref}.", ref=ref))
        else:
            lines.append(_("We added this to your request {ref}.", ref=ref))
        lines.append(_("You are number {place} in the queue.", place=opened.place))
        if staff:
            wait = await q.expected_wait_ms(opened.place, staff)
            if wait is not None:
                lines.append(_wait_text(_, round(wait / 60000)))
        else:
            lines.append(_closed_text(_, proc, state))
    replies: list[Reply] = []
    if reason == "sos":
        # the urgent word's own screen already shows the contacts and its choices
        replies.append(Reply("\n".join(lines), kind="urgent"))
        return replies
    node = proc.engine.flows.get(WAITING_NODE)
    text = "\n".join(lines)
    if priority == "urgent" or not staff:
        shim = SimpleNamespace(resources=proc.engine.resources, _=_, state=state)
        replies.append(Reply(text, kind="urgent" if priority == "urgent" else "text"))
        replies.append(Reply(contacts_text(shim), title=_("Emergency contacts"), kind="contacts"))
        text = ""
    if node is not None:
        state.node = node.key
        state.opts = []
        if not state.back or state.back[-1] != node.key:
            state.back.append(node.key)
        opts = tuple(Option(f"{node.token}.{i}", _(o.label)) for i, o in enumerate(node.options))
        say = "\n\n".join(s for s in [text, *(_(s) for s in node.say)] if s)
        replies.append(Reply(say, options=opts))
    elif text:
        replies.append(Reply(text))
    return replies


async def case_message(proc: Processor, inbound: Inbound, state: State, eff: CaseMessage) -> list[Reply]:
    ref, media, text = eff.ref, eff.media, eff.text
    if not text and media:
        text = f"[{media}]"
    if await cases(proc).add_message(ref, inbound.user, text, media=media, mid=inbound.message_id,
                                     pic=eff.pic, ocr=eff.ocr):
        return []
    # the case was closed meanwhile: say so once and forget the link
    state.case = None
    state.data.pop(ST, None)
    _ = translator(_lang(state, proc))._
    return [Reply(_("Your earlier request is closed. To talk to a person again, choose 'Talk to a person' in the menu."))]


async def case_country(proc: Processor, inbound: Inbound, state: State, eff: CaseCountry) -> list[Reply]:
    """The person said where they are after the case was opened: the operator sees it."""
    ref, country = eff.ref, eff.country[:8]
    if ref and country:
        await cases(proc).learn(ref, "country", country)
    return []


async def cancel(proc: Processor, inbound: Inbound, state: State, eff: CancelCase) -> list[Reply]:
    await cases(proc).withdraw(eff.ref, inbound.user)
    return []


async def rating(proc: Processor, inbound: Inbound, state: State, eff: CaseRating) -> list[Reply]:
    await cases(proc).rate(eff.ref, inbound.user, eff.score)
    return []


async def forget(proc: Processor, user: str) -> bool:
    """Erase the person's closed cases' conversations; keep an open case (an operator needs
    it) and link it to the fresh state again."""
    open_ref = await cases(proc).forget_user(user)
    if open_ref:
        await proc.inbox.accept(Inbound(channel="system", user=user, event="case_resume", data={"ref": open_ref},
                                        message_id=f"case_resume:{open_ref}:{proc.clock()}"))
    return bool(open_ref)


EFFECTS: dict[type, Any] = {
    Escalate: escalate, CaseMessage: case_message, CaseCountry: case_country, CancelCase: cancel, CaseRating: rating,
}
