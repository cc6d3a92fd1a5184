"""The handover in the chat: opening a case, relaying while it is open, case events.

Engine side (pure; carried by ``bot.handover.plugin``):

- ``open_case {category}``: asks for a case (effect ``Escalate``);
- a ``before`` hook: while ``state.case`` is set, the person's text and media
  join the case (effect ``CaseMessage``), except global words (handled before
  hooks) and the withdraw words of ``data/handover/words.yaml``;
- ``cancel_case``, ``rate_case {score}``;
- events ``case_claimed``, ``operator_message``, ``case_released``,
  ``case_closed`` (then the optional 1-3 rating), ``case_reopened``, ``case_resume``.

The effects are carried out in ``bot.handover.effects`` (async, Redis).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.engine.ctx import Ctx, EngineView
from bot.engine.effects import Escalate
from bot.engine.model import Effect, Offer, State
from bot.engine.registry import Parts
from bot.engine.text import fold
from bot.handover.model import CATEGORIES, CATEGORY_PRIORITY, PRIORITIES, display_ref
from bot.i18n import translator

PARTS = Parts()  # this subsystem's actions, hooks, events and setups (its plugin carries them)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CaseMessage(Effect):
    """What the person wrote (or sent) while their case is open joins the case."""

    ref: str
    text: str = ""
    media: str | None = None
    pic: str | None = None  # a picture kept with the case (``bot.pictures``)
    ocr: str = ""  # the text read from it


@dataclass(frozen=True)
class CancelCase(Effect):
    ref: str


@dataclass(frozen=True)
class CaseRating(Effect):
    ref: str
    score: int

WAITING_NODE = "handover.waiting"
RATE_NODE = "handover.rate"
MENU_NODE = "main.menu"
NODES = (WAITING_NODE, RATE_NODE, MENU_NODE)  # named here; ``check`` verifies them
RECENT = 3  # the person's last typed messages kept for a case, so nobody asks twice...
RECENT_MS = 3600_000  # ...from the last hour only
ST = "_cs"  # state.data: the open case's status as last told ("w" waiting, "c" claimed)
STORY = "_story"  # state.data: the conversation before a case, for the operator (the last hour)
STORY_ITEMS = 10  # kept small, as the state is saved at every message: a screen by its node, an article by its id
STORY_SAY_CHARS = 120  # a screen without its own text (an action's question) by its first words...
STORY_CHARS = 480  # ...and the whole story at most this long (the state is saved at every message)


@PARTS.setup
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


@PARTS.action("open_case", validate=_validate_category)
def open_case(ctx: Ctx, args: dict[str, Any]) -> None:
    category = args["category"]
    ctx.effect(Escalate(category=category, priority=args.get("priority", CATEGORY_PRIORITY[category]), reason="menu"))


@PARTS.action("cancel_case")
def cancel_case(ctx: Ctx, _args: dict[str, Any]) -> None:
    _withdraw(ctx)
    ctx.goto(MENU_NODE)


def _withdraw(ctx: Ctx) -> None:
    ref = ctx.state.case
    if ref:
        ctx.effect(CancelCase(ref=ref))
        ctx.say(ctx._("Your request {ref} is withdrawn. You can write to us again at any time.", ref=display_ref(ref)))
    ctx.state.case = None
    ctx.state.data.pop(ST, None)


def _validate_score(args: dict[str, Any], _resources: dict[str, Any]) -> list[str]:
    return [] if args.get("score") in (1, 2, 3) else ["score must be 1, 2 or 3"]


@PARTS.action("rate_case", validate=_validate_score)
def rate_case(ctx: Ctx, args: dict[str, Any]) -> None:
    ref = ctx.state.data.pop("_rate", None)
    if ref:
        ctx.effect(CaseRating(ref=ref, score=int(args["score"])))


@PARTS.hook("before", order=10)
def relay(ctx: Ctx) -> bool:
    """While a case is open, what the person writes goes to it; otherwise remember recent texts."""
    state: State = ctx.state
    text = ctx.text
    if not state.case:
        now_ms = int(ctx.now * 1000)
        # texts older than an hour are of no use to an operator: not kept a moment longer
        recent = [r for r in state.data.get("_recent", []) if r[0] >= now_ms - RECENT_MS]
        if text and len(text) >= 4 and not text.strip().isdigit() and not ctx.inbound.option:
            recent.append([now_ms, text[:500]])
        tapped = _tapped(ctx)
        if tapped:
            _story_add(ctx, "tap", tapped[:80])
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
        ctx.effect(CaseMessage(ref=state.case, text=str(d.get("caption") or ""), media="photo", pic=d.get("pic"),
                               ocr=str(d.get("ocr") or "")[:4000]))
    else:
        ctx.effect(CaseMessage(ref=state.case, text=text, media=ctx.inbound.media))
    if state.data.get(ST) != "c":
        ctx.say(ctx._("Added to your request {ref}. An operator will answer you here.", ref=display_ref(state.case)))
    return True


def _tapped(ctx: Ctx) -> str:
    """The words of the button the person pressed (or whose number they typed), if any."""
    if ctx.inbound.option is None and not (ctx.text.strip().rstrip(".)").isdigit() and len(ctx.text.strip()) <= 2):
        return ""
    chosen = ctx.chosen_option()
    return chosen.label if isinstance(chosen, Offer) else ""


def _story_add(ctx: Ctx, kind: str, what: str) -> None:
    now_ms = int(ctx.now * 1000)
    story = [e for e in ctx.state.data.get(STORY, []) if e[0] >= now_ms - RECENT_MS]
    story.append([now_ms, kind, what])
    story = story[-STORY_ITEMS:]
    while len(story) > 1 and sum(len(e[2]) for e in story) > STORY_CHARS:
        story.pop(0)
    ctx.state.data[STORY] = story


@PARTS.hook("after", order=50)
def story(ctx: Ctx) -> bool:
    """Before a case opens, what the bot showed is kept (by screen and article, for an hour)
    with the person's taps, so the operator reads the whole story with the person's words."""
    state = ctx.state
    if state.case or ctx.inbound.event:
        state.data.pop(STORY, None)
        return False
    if not state.lang or not ctx.result.replies:
        return False
    node = ctx.engine.flows.get(state.node) if state.node else None
    if any(r.kind == "article" for r in ctx.result.replies) and state.data.get("art"):
        _story_add(ctx, "art", str(state.data["art"])[:60])
    elif state.node and node is not None and node.say:  # (a node is found only for a set state.node)
        _story_add(ctx, "node", state.node)
    else:  # a screen an action wrote (a checklist question): its first words
        first = ctx.result.replies[0].text
        _story_add(ctx, "say", first if len(first) <= STORY_SAY_CHARS else first[:STORY_SAY_CHARS - 1] + "…")
    return False


def story_messages(story: list[Any], engine: EngineView, lang: str, since: float) -> list[dict[str, Any]]:
    """The kept screens and taps as case messages, in the case's language."""
    tr = translator(lang)
    out: list[dict[str, Any]] = []
    for i, entry in enumerate(story):
        if len(entry) != 3 or entry[0] < since:
            continue
        t, kind, what = entry
        text = ""
        if kind == "tap":
            # (by "tap": a button the person pressed, not words they wrote)
            out.append({"by": "tap", "t": t, "text": what, "i": f"s{t}t{i}"})
            continue
        if kind == "art":
            lib = engine.resources.get("articles")
            art = lib.get(what) if lib is not None else None
            body = art.text_for(lang) if art is not None else None
            text = f"[{body.title}]" if body else ""
        elif kind == "node":
            node = engine.flows.get(what)
            text = " ".join(tr._(s) for s in node.say) if node is not None and node.say else ""
        elif kind == "say":
            text = what
        if text:
            out.append({"by": "bot", "t": t, "text": text[:1000], "i": f"s{t}b{i}"})
    return out


# -- events from the operators' side (system events in the person's inbox) ---------------
def _ref(ctx: Ctx) -> str:
    return str(ctx.inbound.data.get("ref", ""))


@PARTS.event("case_claimed")
def on_claimed(ctx: Ctx) -> None:
    ref = _ref(ctx)
    ctx.state.case = ref
    ctx.state.data[ST] = "c"
    ctx.state.node = None  # from now on digits and words go to the operator (MENU still works)
    ctx.state.opts = []
    ctx.say(ctx._("A hotline operator has taken your request {ref}. You can write to them here.", ref=display_ref(ref)), kind="operator")


@PARTS.event("operator_message")
def on_operator_message(ctx: Ctx) -> None:
    ref = _ref(ctx)
    ctx.state.case = ref
    ctx.state.data[ST] = "c"
    ctx.say(str(ctx.inbound.data.get("text", "")), title=ctx._("Hotline operator"), kind="operator")


@PARTS.event("case_released")
def on_released(ctx: Ctx) -> None:
    ref = _ref(ctx)
    if ctx.state.case != ref:
        return
    ctx.state.data[ST] = "w"
    place = int(ctx.inbound.data.get("place") or 0)
    text = ctx._("Your operator had to step away. Your request {ref} is back in the queue; the next free operator will answer you here.",
                 ref=display_ref(ref))
    if place:
        text += " " + ctx._("You are number {place} in the queue.", place=place)
    ctx.say(text, kind="operator")


@PARTS.event("case_closed")
def on_closed(ctx: Ctx) -> None:
    ref = _ref(ctx)
    if ctx.state.case not in (ref, None):
        return
    ctx.state.case = None
    ctx.state.data.pop(ST, None)
    ctx.say(ctx._("The hotline has closed your request {ref}. Thank you for writing to us. You can write again at any time.",
                  ref=display_ref(ref)), kind="operator")
    if ctx.inbound.data.get("rating", True):
        ctx.state.data["_rate"] = ref
        ctx.enter(RATE_NODE, fresh=True)
    else:
        ctx.enter(MENU_NODE, fresh=True)


@PARTS.event("case_reopened")
def on_reopened(ctx: Ctx) -> None:
    ref = _ref(ctx)
    ctx.state.case = ref
    ctx.state.data[ST] = "w"
    ctx.say(ctx._("The hotline has reopened your request {ref}. An operator will answer you here.", ref=display_ref(ref)), kind="operator")


@PARTS.event("case_resume")
def on_resume(ctx: Ctx) -> None:
    """After 'forget me' an open case stays (an operator is on it): link it again, silently."""
    ctx.state.case = _ref(ctx)
