"""Actions and data of the main flow: language, emergency contacts, urgent help, forget me.

Where the person is (``state.data["country"]``, an ISO code of ``bot.contacts.COUNTRIES``
or "other") comes from what we know: the SMS number's calling code (the SMS channel
puts it in ``Inbound.data["country"]``), the country chosen in the before-you-go
flow, or the one quick "where are you now?" question after SOS. The contacts shown
and the operator's view of the case use it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Protocol

from bot import contacts
from bot.engine.ctx import Ctx
from bot.engine.effects import CaseCountry, Escalate, Forget
from bot.engine.flows import ActionCall
from bot.engine.registry import Parts
from bot.i18n import LANGUAGES, N_, normalize_lang
from bot.trouble import Trouble, recognise

PARTS = Parts()  # this subsystem's actions, hooks, events and setups (its plugin carries them)

COUNTRY_KEY = "country"  # in state.data (no leading "_": it goes to the case as a learned answer)
WHERE_NODE = "main.where"
MENU_NODE = "main.menu"
PERSON_NODE = "handover.start"
TROUBLE_NODE = "main.trouble"
WHERE_DONE_NODE = "main.where_done"
FORGOTTEN_KEPT_NODE = "main.forgotten_kept"
OPENED_NODE = "handover.opened"

# the first SOS message (full text: Telegram, web chat, terminal)
SOS_ALONE = N_("You are not alone.")
SOS_CALL = N_("If you are in danger now, call {number} ({label}).")
SOS_ALSO = N_("Also: {label}: {number}.")
SOS_ASKED = N_("A hotline operator has been asked to answer you here.")
# the same as one short SMS (must fit SMS_SEGMENT_BUDGET in Cyrillic and in Latin letters)
SOS_SMS_CALL = N_("Danger? Call {number}.")
SOS_SMS_ALSO = N_("{label}: {number}.")
SOS_SMS_ASKED = N_("An operator has been asked.")
WHERE_ASK = N_("Where are you now? Choose a number, so that we show the right numbers.")
L_OTHER_COUNTRY = N_("Another country")
L_MENU = N_("Main menu")
L_PERSON = N_("Talk to a person")
NODES = (WHERE_NODE, MENU_NODE, PERSON_NODE, TROUBLE_NODE, WHERE_DONE_NODE, FORGOTTEN_KEPT_NODE, OPENED_NODE)  # ``check`` verifies them


@PARTS.setup
def _load(resources: dict[str, Any]) -> None:
    resources["contacts"] = contacts.load(Path(resources["root"]) / "data" / "contacts.yaml")


def _lang_arg(args: dict[str, Any], _resources: dict[str, Any]) -> list[str]:
    return [] if normalize_lang(str(args.get("value"))) in LANGUAGES else [f"set_lang needs tg or ru, not {args.get('value')!r}"]


@PARTS.action("set_lang", validate=_lang_arg)
def set_lang(ctx: Ctx, args: dict[str, Any]) -> None:
    ctx.state.lang = normalize_lang(str(args.get("value")))
    pending = ctx.state.data.pop("_q", None)
    if pending:
        # the first thing the person wrote, kept while they chose a language
        ctx.text = pending
        if ctx.run_fallback():
            ctx.handled = True


class Speaker(Protocol):
    """What ``contacts_text`` and ``sos_texts`` read: the loaded resources (``contacts``), the
    person's language (``_``) and, when it has one, ``state`` (for the person's country).
    An action's ``Ctx`` is one; the handover and the SMS channel pass a small stand-in when
    they answer outside an engine step."""

    @property
    def resources(self) -> dict[str, Any]: ...

    def _(self, message: str, **kwargs: Any) -> str: ...


def country_of(ctx: Speaker) -> str | None:
    """The person's country as far as we know it (None: unknown or another country)."""
    state = getattr(ctx, "state", None)
    cc = state.data.get(COUNTRY_KEY) if state is not None else None
    return cc if cc in contacts.COUNTRIES else None


def remember_country(ctx: Ctx, cc: str, *, tell_case: bool = True) -> None:
    """Keep the country in the state; an open case learns it too (operators see it)."""
    cc = cc if cc in contacts.COUNTRIES else "other"
    ctx.state.data[COUNTRY_KEY] = cc
    if tell_case and ctx.state.case:
        ctx.effect(CaseCountry(ref=ctx.state.case, country=cc))


def contacts_text(ctx: Speaker, country: str | None = None) -> str:
    """The numbers a person in ``country`` (default: the person's) is shown, one a line."""
    if country is None:
        country = country_of(ctx)
    lines = []
    checked = []
    for c in contacts.for_country(ctx.resources.get("contacts", []), country):
        if not c.number:
            continue
        line = f"• {ctx._(c.label)}: {c.number}"
        extra = [ctx._(x) for x in (c.note, c.hours) if x]
        if extra:
            line += f" ({'; '.join(extra)})"
        lines.append(line)
        if c.checked:
            checked.append(c.checked.isoformat())
    if not lines:
        return ctx._("No emergency numbers are configured. If you are in danger, call the local police.")
    text = "\n".join(lines)
    if checked:
        text += "\n\n" + ctx._("Numbers last checked: {date}.", date=min(checked))
    return text


def sos_texts(ctx: Speaker, country: str | None, *, asked: bool = True) -> tuple[str, str]:
    """(full text, SMS text) of the first SOS message: the local emergency number, one
    more number for the country, and (``asked``) that an operator has been asked."""
    pick = contacts.sos_pick(ctx.resources.get("contacts", []), country)
    full: list[str] = []
    sms: list[str] = []
    if pick:
        first = pick[0]
        if asked:  # (the trouble answer and HELP say it their own way)
            full.append(ctx._(SOS_ALONE))
        full.append(ctx._(SOS_CALL, number=first.number, label=ctx._(first.label)))
        # (hyphens, not spaces, inside a number in an SMS: a page never breaks a number)
        sms.append(ctx._(SOS_SMS_CALL, number=first.number.replace(" ", "-")))
        for c in pick[1:]:
            full.append(ctx._(SOS_ALSO, label=ctx._(c.label), number=c.number))
            name = c.short or contacts.KIND_WORDS.get(c.kind, "Hotline")
            sms.append(ctx._(SOS_SMS_ALSO, label=ctx._(name), number=c.number.replace(" ", "-")))
    if asked:
        full.append(ctx._(SOS_ASKED))
        sms.append(ctx._(SOS_SMS_ASKED))
    return " ".join(full), " ".join(sms)


@PARTS.action("show_contacts")
def show_contacts(ctx: Ctx, _args: dict[str, Any]) -> None:
    ctx.say(contacts_text(ctx), title=ctx._("Emergency contacts"), kind="contacts")


@PARTS.action("sos_now", routes=True)
def sos_now(ctx: Ctx, _args: dict[str, Any]) -> None:
    """The answer to an urgent word: numbers first, then the whole list, then one quick
    question (where are you now?) when the country is not known."""
    cc = country_of(ctx)
    full, sms = sos_texts(ctx, cc)
    ctx.say(full, sms=sms, kind="urgent")
    ctx.say(contacts_text(ctx, cc), title=ctx._("Emergency contacts"), kind="contacts")
    if cc is None and ctx.state.data.get(COUNTRY_KEY) != "other":
        ctx.goto(WHERE_NODE)
        return
    if ctx.engine.flows.get(PERSON_NODE) is not None and not ctx.state.case:
        ctx.offer(ctx._(L_PERSON), go=PERSON_NODE)
    ctx.offer(ctx._(L_MENU), go=MENU_NODE)


@PARTS.action("where_options", routes=True)
def where_options(ctx: Ctx, _args: dict[str, Any]) -> None:
    """'Where are you now?' as numbered options (a country each, then another country)."""
    ctx.say(ctx._(WHERE_ASK))
    for cc, name in contacts.COUNTRY_NAMES.items():
        ctx.offer(ctx._(name), go=WHERE_DONE_NODE, do=[ActionCall("set_country", {"value": cc})])
    ctx.offer(ctx._(L_OTHER_COUNTRY), go=WHERE_DONE_NODE, do=[ActionCall("set_country", {"value": "other"})])


def _country_arg(args: dict[str, Any], _resources: dict[str, Any]) -> list[str]:
    v = args.get("value")
    return [] if v in (*contacts.COUNTRIES, "other") else [f"set_country needs one of {', '.join(contacts.COUNTRIES)} or other, not {v!r}"]


@PARTS.action("set_country", validate=_country_arg)
def set_country(ctx: Ctx, args: dict[str, Any]) -> None:
    """``if_unknown``: only when we know nothing better (the before-you-go choice says
    where the person goes; an answer to "where are you now?" says where they are)."""
    if args.get("if_unknown") and ctx.state.data.get(COUNTRY_KEY):
        return
    remember_country(ctx, str(args.get("value")))


@PARTS.action("show_country_contacts", routes=True)
def show_country_contacts(ctx: Ctx, _args: dict[str, Any]) -> None:
    """After the 'where are you now?' answer: that country's numbers, then the ways on."""
    ctx.say(contacts_text(ctx), title=ctx._("Emergency contacts"), kind="contacts")
    if ctx.engine.flows.get(PERSON_NODE) is not None and not ctx.state.case:
        ctx.offer(ctx._(L_PERSON), go=PERSON_NODE)
    ctx.offer(ctx._(L_MENU), go=MENU_NODE)


@PARTS.hook("always", order=10)
def country_from_channel(ctx: Ctx) -> bool:
    """The SMS channel knows the calling code: kept unless the person said otherwise."""
    cc = ctx.inbound.data.get("country") if isinstance(ctx.inbound.data, dict) else None
    if cc in contacts.COUNTRIES and COUNTRY_KEY not in ctx.state.data:
        remember_country(ctx, cc, tell_case=False)
    return False


@PARTS.action("urgent")
def urgent(ctx: Ctx, args: dict[str, Any]) -> None:
    """The urgent word or an urgent answer: ask the handover to open an urgent case."""
    ctx.effect(Escalate(priority="urgent", category=str(args.get("category", "other")), reason=str(args.get("reason", "sos"))))


@PARTS.action("forget")
def forget(ctx: Ctx, _args: dict[str, Any]) -> None:
    ctx.effect(Forget())
    ctx.lang_override = ctx.state.lang  # this last answer still in their language
    if ctx.state.case:  # an operator is on it: the case stays until closed, and the answer says so
        ctx.goto(FORGOTTEN_KEPT_NODE)
    ctx.result.state = type(ctx.state)()


@PARTS.action("noop")
def noop(ctx: Ctx, _args: dict[str, Any]) -> None:
    return None


# -- a person in trouble now (bot/trouble/) -----------------------------------------------
NOW_INTRO = N_("What you wrote sounds serious. You are not alone. What to do now:")
NOW_ADVICE = {
    "passport": N_("Your passport is yours: no employer or agent may keep it. Do not sign anything you do not understand. If you can, keep "
                   "a photo of your passport and contract on your phone."),
    "confinement": N_("If you are locked in or not allowed to leave, call the emergency number now. If you cannot talk, send your address "
                      "to someone you trust."),
    "violence": N_("If you are hurt or in danger, call the emergency number now and get to a safe place if you can."),
    "forced": N_("Nobody may force you to work. If you are in danger, call the emergency number now."),
    "threat": N_("Keep the messages and notes of the threats. Do not go alone to meet the person who threatens you."),
    "missing": N_("Write down the last address, phone number and employer you know. The embassy or consulate and the police can search for "
                  "a missing person."),
    "wages_threat": N_("Keep any proof of your work and pay: messages, photos, names."),
}
L_PERSON_NOW = N_("Talk to a person now")
_CATEGORY = {"violence": "violence", "confinement": "violence", "forced": "violence", "passport": "passport"}
_TAJIK_LETTERS = set("ӣӯқҳҷғ")
# Tajik words and endings written without the Tajik letters (object -ро, verbs in -ам/-анд)
_TAJIK_WORDS = re.compile(r"(ро|маро|моро|мекун\w*|намеди\w*|гирифт\w*|карданд|шуд|мезан\w*|корфармо)\b")


def _trouble(ctx: Ctx) -> Trouble:
    """Whether the message says harm is happening now, once per step and text (both hooks
    below ask about a first message)."""
    text = ctx.text
    return ctx.once(("trouble", text), lambda: recognise(text))


@PARTS.hook("always", order=20)
def trouble_first(ctx: Ctx) -> bool:
    """A first message that says harm is happening now is answered at once, in the
    language its letters suggest, instead of first asking for a language."""
    if ctx.state.lang is None and not ctx.inbound.option and not ctx.inbound.command and ctx.text and _trouble(ctx).urgent:
        low = ctx.text.lower()
        cyrillic = any("а" <= ch <= "я" or ch in "ё" for ch in low)
        tajik = _TAJIK_LETTERS & set(low) or _TAJIK_WORDS.search(low)
        guess = "tg" if tajik else ("ru" if cyrillic else None)
        ctx.state.lang = ctx.engine.commands.language(ctx.text) or guess or ctx.lang
    return False


@PARTS.hook("fallback", order=5)
def trouble_now(ctx: Ctx) -> bool:
    """Free text that says harm is happening now goes to ``main.trouble`` (before any
    article, job-ad check or "I did not understand")."""
    if ctx.inbound.forwarded:
        return False  # a forwarded job ad describes someone else's terms: the scanner's (order 40)
    t = _trouble(ctx)
    if not t.urgent:
        return False
    ctx.state.data["_tr"] = [list(t.kinds), t.priority]
    ctx.enter(TROUBLE_NODE)
    return True


@PARTS.action("trouble_answer", routes=True)
def trouble_answer(ctx: Ctx, _args: dict[str, Any]) -> None:
    """What to do now, the numbers for the person's country, and a person with one tap
    (or one number by SMS): high priority, urgent when violence or confinement is named."""
    kinds, priority = ctx.state.data.pop("_tr", None) or [[], "high"]
    cc = country_of(ctx)
    advice = [ctx._(NOW_ADVICE[k]) for k in kinds if k in NOW_ADVICE][:2]
    full, sms = sos_texts(ctx, cc, asked=False)
    ctx.say("\n".join([ctx._(NOW_INTRO), *advice, full]), sms="\n".join([sms, *advice]), kind="urgent")
    ctx.say(contacts_text(ctx, cc), title=ctx._("Emergency contacts"), kind="contacts")
    category = next((_CATEGORY[k] for k in kinds if k in _CATEGORY), "other")
    if ctx.engine.flows.get(OPENED_NODE) is not None and not ctx.state.case:
        ctx.offer(ctx._(L_PERSON_NOW), go=OPENED_NODE,
                  do=[ActionCall("open_case", {"category": category, "priority": priority if priority in ("urgent", "high") else "high"})])
    if cc is None and ctx.state.data.get(COUNTRY_KEY) != "other":
        for code, name in contacts.COUNTRY_NAMES.items():
            ctx.offer(ctx._(name), go=WHERE_DONE_NODE, do=[ActionCall("set_country", {"value": code})])
    ctx.offer(ctx._(L_MENU), go=MENU_NODE)
