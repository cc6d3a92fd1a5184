"""The handover in the chat: opening a case, relaying while it is open, case events.

Engine side (pure, registered with ``bot.engine.registry``):

- ``open_case {category}``: asks for a case (effect ``escalate``);
- a ``before`` hook: while ``state.case`` is set, the person's text and media
  join the case (effect ``case_message``), except global words (handled before
  hooks) and the withdraw words of ``data/handover/words.yaml``;
- ``cancel_case``, ``rate_case {score}``;
- events ``case_claimed``, ``operator_message``, ``case_released``,
  ``case_closed`` (then the optional 1-3 rating), ``case_reopened``, ``case_resume``.

Processor side (async, ``bot.conversation.effect_handler``): ``escalate`` opens
or adds to the case and answers with the reference, the place in the queue, the
expected wait, and the emergency contacts when the case is urgent or nobody is
on duty; ``case_message``, ``cancel_case`` and ``case_rating`` write to the case.
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import yaml

from zoneinfo import ZoneInfo

from bot import abuse
from bot.contacts import timezone_of
from bot.conversation import FORGETTERS, Processor, channel_of, effect_handler
from bot.engine.core_actions import contacts_text
from bot.engine.model import Effect, Inbound, Option, Reply, State
from bot.engine.registry import action, event, hook, setup
from bot.engine.text import fold
from bot.handover import duty
from bot.handover.queue import CATEGORIES, CATEGORY_PRIORITY, PRIORITIES, CaseQueue, display_ref
from bot.i18n import DEFAULT_LANG, translator

log = logging.getLogger(__name__)

WAITING_NODE = "handover.waiting"
RATE_NODE = "handover.rate"
MENU_NODE = "main.menu"
RECENT = 3  # the person's last typed messages kept for a case, so nobody asks twice...
RECENT_MS = 3600_000  # ...from the last hour only
ST = "_cs"  # state.data: the open case's status as last told ("w" waiting, "c" claimed)


@setup
def _load(resources: dict[str, Any]) -> None:
    path = Path(resources["root"]) / "data" / "handover" / "words.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    resources["handover_cancel"] = {fold(str(w)) for words in (doc.get("cancel") or {}).values() for w in words}


def _validate_category(args: dict[str, Any], _resources: dict[str, Any]) -> list[str]:
    if args.get("category") not in CATEGORIES:
        return [f"category must be one of {', '.join(CATEGORIES)}"]
    if "priority" in args and args["priority"] not in PRIORITIES:
        return [f"priority must be one of {', '.join(PRIORITIES)}"]
    return []


@action("open_case", validate=_validate_category)
def open_case(ctx: Any, args: dict[str, Any]) -> None:
    category = args["category"]
    ctx.effect("escalate", category=category, priority=args.get("priority", CATEGORY_PRIORITY[category]), reason="menu")


@action("cancel_case")
def cancel_case(ctx: Any, _args: dict[str, Any]) -> None:
    _withdraw(ctx)
    ctx.goto(MENU_NODE)


def _withdraw(ctx: Any) -> None:
    ref = ctx.state.case
    if ref:
        ctx.effect("cancel_case", ref=ref)
        ctx.say(ctx._("Your request {ref} is withdrawn. You can write to us again at any time.", ref=display_ref(ref)))
    ctx.state.case = None
    ctx.state.data.pop(ST, None)


def _validate_score(args: dict[str, Any], _resources: dict[str, Any]) -> list[str]:
    return [] if args.get("score") in (1, 2, 3) else ["score must be 1, 2 or 3"]


@action("rate_case", validate=_validate_score)
def rate_case(ctx: Any, args: dict[str, Any]) -> None:
    ref = ctx.state.data.pop("_rate", None)
    if ref:
        ctx.effect("case_rating", ref=ref, score=int(args["score"]))


@hook("before", order=10)
def relay(ctx: Any) -> bool:
    """While a case is open, what the person writes goes to it; otherwise remember recent texts."""
    state: State = ctx.state
    text = ctx.text
    if not state.case:
        now_ms = int(ctx.now * 1000)
        # texts older than an hour are of no use to an operator: not kept a moment longer
        recent = [r for r in state.data.get("_recent", []) if r[0] >= now_ms - RECENT_MS]
        if text and len(text) >= 4 and not text.strip().isdigit() and not ctx.inbound.option:
            recent.append([now_ms, text[:500]])
        if recent:
            state.data["_recent"] = recent[-RECENT:]
        else:
            state.data.pop("_recent", None)
        return False
    if ctx.inbound.option is not None:
        return False
    if text and fold(text) in ctx.resources.get("handover_cancel", set()):
        _withdraw(ctx)
        ctx.enter(MENU_NODE, fresh=True)
        return True
    if state.node and text.strip().rstrip(".)").isdigit() and len(text.strip()) <= 2:
        return False  # a numbered choice on a screen with options (SMS, terminal); in a conversation there is none
    if not text and not ctx.inbound.media:
        return False
    d = ctx.inbound.data
    if d.get("picture"):  # a picture (``bot.pictures``): the caption as text; the picture and its recognised text beside it
        ctx.effect("case_message", ref=state.case, text=str(d.get("caption") or ""), media="photo", pic=d.get("pic"),
                   ocr=str(d.get("ocr") or "")[:4000])
    else:
        ctx.effect("case_message", ref=state.case, text=text, media=ctx.inbound.media)
    if state.data.get(ST) != "c":
        ctx.say(ctx._("Added to your request {ref}. An operator will answer you here.", ref=display_ref(state.case)))
    return True


# -- events from the operators' side (system events in the person's inbox) ---------------
def _ref(ctx: Any) -> str:
    return str(ctx.inbound.data.get("ref", ""))


@event("case_claimed")
def on_claimed(ctx: Any) -> None:
    ref = _ref(ctx)
    ctx.state.case = ref
    ctx.state.data[ST] = "c"
    ctx.state.node = None  # from now on digits and words go to the operator (MENU still works)
    ctx.state.opts = []
    ctx.say(ctx._("A hotline operator has taken your request {ref}. You can write to them here.", ref=display_ref(ref)), kind="operator")


@event("operator_message")
def on_operator_message(ctx: Any) -> None:
    ref = _ref(ctx)
    ctx.state.case = ref
    ctx.state.data[ST] = "c"
    ctx.say(str(ctx.inbound.data.get("text", "")), title=ctx._("Hotline operator"), kind="operator")


@event("case_released")
def on_released(ctx: Any) -> None:
    ref = _ref(ctx)
    if ctx.state.case != ref:
        return
    ctx.state.data[ST] = "w"
    place = int(ctx.inbound.data.get("place") or 0)
    text = ctx._("Your operator had to step away. Your request {ref} is back in the queue; the next free operator will answer you here.", ref=display_ref(ref))
    if place:
        text += " " + ctx._("You are number {place} in the queue.", place=place)
    ctx.say(text, kind="operator")


@event("case_closed")
def on_closed(ctx: Any) -> None:
    ref = _ref(ctx)
    if ctx.state.case not in (ref, None):
        return
    ctx.state.case = None
    ctx.state.data.pop(ST, None)
    ctx.say(ctx._("The hotline has closed your request {ref}. Thank you for writing to us. You can write again at any time.", ref=display_ref(ref)), kind="operator")
    if ctx.inbound.data.get("rating", True):
        ctx.state.data["_rate"] = ref
        ctx.enter(RATE_NODE, fresh=True)
    else:
        ctx.enter(MENU_NODE, fresh=True)


@event("case_reopened")
def on_reopened(ctx: Any) -> None:
    ref = _ref(ctx)
    ctx.state.case = ref
    ctx.state.data[ST] = "w"
    ctx.say(ctx._("The hotline has reopened your request {ref}. An operator will answer you here.", ref=display_ref(ref)), kind="operator")


@event("case_resume")
def on_resume(ctx: Any) -> None:
    """After 'forget me' an open case stays (an operator is on it): link it again, silently."""
    ctx.state.case = _ref(ctx)


# -- effects (async, may touch Redis) -----------------------------------------------------
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
        return _("No operator is on duty now. The hotline opens on {date} at {time}, your time. Your request is kept: an operator will answer you here.",
                 date=local.strftime("%d.%m"), time=local.strftime("%H:%M"))
    city = str(opening.tzinfo).rsplit("/", 1)[-1].replace("_", " ")
    return _("No operator is on duty now. The hotline opens on {date} at {time} ({city} time). Your request is kept: an operator will answer you here.",
             date=opening.strftime("%d.%m"), time=opening.strftime("%H:%M"), city=city)


@effect_handler("escalate")
async def escalate(proc: Processor, inbound: Inbound, state: State, eff: Effect) -> list[Reply]:
    q = cases(proc)
    lang = _lang(state, proc)
    tr = translator(lang)
    _ = tr._
    data = eff.data
    priority = str(data.get("priority")) if data.get("priority") in PRIORITIES else "normal"
    category = str(data.get("category")) if data.get("category") in CATEGORIES else "other"
    reason = str(data.get("reason") or "")
    learned: dict[str, Any] = {k: v for k, v in state.data.items() if not k.startswith("_") and isinstance(v, (str, int, float))}
    for k, v in (data.get("answers") or {}).items():
        learned[str(k)] = v
    since = proc.clock() * 1000 - RECENT_MS
    # (each with an id, so that a message handled again after a crash adds nothing twice)
    messages = [{"by": "person", "t": t, "text": text, "i": f"r{t}"} for t, text in state.data.pop("_recent", []) if t >= since]
    if reason and reason != "menu":
        messages.append({"by": "bot", "text": f"[{reason}]"})
        if inbound.text and not inbound.event and inbound.text.strip().lower() not in ("sos", "/sos"):
            messages.append({"by": "person", "text": inbound.text[:4000], "i": inbound.message_id})  # the words that raised the alarm
    if not await proc.storage.redis.hexists(proc.storage.keys.open_cases(), inbound.user):
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


@effect_handler("case_message")
async def case_message(proc: Processor, inbound: Inbound, state: State, eff: Effect) -> list[Reply]:
    ref = str(eff.data.get("ref") or "")
    media = eff.data.get("media")
    text = str(eff.data.get("text") or "")
    if not text and media:
        text = f"[{media}]"
    if await cases(proc).add_message(ref, inbound.user, text, media=media, mid=inbound.message_id,
                                     pic=eff.data.get("pic"), ocr=eff.data.get("ocr")):
        return []
    # the case was closed meanwhile: say so once and forget the link
    state.case = None
    state.data.pop(ST, None)
    _ = translator(_lang(state, proc))._
    return [Reply(_("Your earlier request is closed. To talk to a person again, choose 'Talk to a person' in the menu."))]


@effect_handler("case_country")
async def case_country(proc: Processor, inbound: Inbound, state: State, eff: Effect) -> list[Reply]:
    """The person said where they are after the case was opened: the operator sees it."""
    ref = str(eff.data.get("ref") or "")
    country = str(eff.data.get("country") or "")[:8]
    key = proc.storage.keys.case(ref)
    if ref and country and await proc.storage.redis.exists(key):
        await proc.storage.redis.hset(key, "l:country", country)
    return []


@effect_handler("cancel_case")
async def cancel(proc: Processor, inbound: Inbound, state: State, eff: Effect) -> list[Reply]:
    await cases(proc).withdraw(str(eff.data.get("ref") or ""), inbound.user)
    return []


@effect_handler("case_rating")
async def rating(proc: Processor, inbound: Inbound, state: State, eff: Effect) -> list[Reply]:
    await cases(proc).rate(str(eff.data.get("ref") or ""), inbound.user, int(eff.data.get("score") or 0))
    return []


async def forget(proc: Processor, user: str) -> bool:
    """Erase the person's closed cases' conversations; keep an open case (an operator needs
    it) and link it to the fresh state again."""
    open_ref = await cases(proc).forget_user(user)
    if open_ref:
        await proc.inbox.accept(Inbound(channel="system", user=user, event="case_resume", data={"ref": open_ref},
                                        message_id=f"case_resume:{open_ref}:{proc.clock()}"))
    return bool(open_ref)


FORGETTERS.append(forget)
