"""Chat behaviour of the job check: the checklist, the ad scanner and the agency lookup.

Carried by the job check's plugin (``bot.jobcheck.plugin``) and used by
``flows/offer.yaml``. The engine is pure, so the agency lookup, which needs
Redis, is an effect (``AgencyLookup``) carried out by the handler at the end
of this module; that handler also puts the person on ``offer.agency_next`` so
the choices under its answer work.

Ads are never logged or stored: the scan works on the message in hand, and only
the checklist answers (a few letters) are kept in the conversation state.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from bot.engine.ctx import Ctx
from bot.engine.flows import ActionCall
from bot.engine.model import Effect, Inbound, Option, Reply, State
from bot.engine.registry import Parts
from bot.i18n import DEFAULT_LANG, N_, translator
from bot.jobcheck import agencies, render
from bot.jobcheck import checklist as cl
from bot.jobcheck.result import ScanResult
from bot.jobcheck.scanner import default_scanner
from bot.pipeline.processor import Processor

PARTS = Parts()  # this subsystem's actions, hooks, events and setups (its plugin carries them)

log = logging.getLogger(__name__)

START = "offer.start"
ASK = "offer.ask"
RESULT = "offer.result"
URGENT = "offer.urgent"
PASTE = "offer.paste"
SCANNED = "offer.scanned"
AGENCY = "offer.agency"
AGENCY_NEXT = "offer.agency_next"
ARTICLE_NODE = "knowledge.article"
MENU = "main.menu"
NODES = (START, ASK, RESULT, URGENT, PASTE, SCANNED, AGENCY, AGENCY_NEXT, ARTICLE_NODE, MENU)  # named here; ``check`` verifies them
ANSWERS_KEY = "oc"  # state.data key: checklist answers {question id: "y" | "n" | "u"}
CODES = {"yes": "y", "no": "n", "unknown": "u"}
DECODE = {v: k for k, v in CODES.items()}
MISSING_INFORMATION = frozenset({"unverifiable-employer", "vague-job"})  # flags raised for what is absent
AD_MIN_CHARS = 200  # unforwarded free text this long that looks like an ad is scanned

L_YES = N_("Yes")
L_NO = N_("No")
L_UNKNOWN = N_("Don't know")
L_MENU = N_("Main menu")
L_AGENCY = N_("Check if an agency is licensed")
L_PASTE = N_("Check the text of a job ad")
L_QUESTIONS = N_("Answer questions about the offer")
L_READ = N_("Read: {title}")


@PARTS.setup
def _load(resources: dict[str, Any]) -> None:
    resources["jobcheck_scanner"] = default_scanner()
    resources["jobcheck_checklist"] = cl.default_checklist()


def _checklist(ctx: Ctx) -> cl.Checklist:
    return ctx.resources.get("jobcheck_checklist") or cl.default_checklist()


def _answers(ctx: Ctx) -> dict[str, str]:
    raw = ctx.state.data.get(ANSWERS_KEY) or {}
    return {q: DECODE[a] for q, a in raw.items() if a in DECODE}


def _has(ctx: Ctx, key: str) -> bool:
    return ctx.engine.flows.get(key) is not None


def _offer_articles(ctx: Ctx, ids: list[str], limit: int = 2) -> None:
    """Links to the articles behind the warning signs, when the knowledge part is installed."""
    lib = ctx.resources.get("articles")
    if lib is None or not _has(ctx, ARTICLE_NODE):
        return
    shown = 0
    for art_id in ids:
        art = lib.get(art_id)
        text = art.text_for(ctx.lang) if art is not None else None
        if text is None:
            continue
        ctx.offer(ctx._(L_READ, title=text.title), go=ARTICLE_NODE, do=[ActionCall("open_article", {"id": art_id})])
        shown += 1
        if shown >= limit:
            break


# -- the checklist ---------------------------------------------------------------------------
@PARTS.action("checklist_start")
def checklist_start(ctx: Ctx, _args: dict[str, Any]) -> None:
    """Begin a fresh checklist (earlier answers are dropped)."""
    ctx.state.data[ANSWERS_KEY] = {}


@PARTS.action("checklist_ask", routes=True)
def checklist_ask(ctx: Ctx, _args: dict[str, Any]) -> None:
    """Ask the next question with yes / no / don't know, or go to the result when all are answered."""
    checklist = _checklist(ctx)
    answers = _answers(ctx)
    q = checklist.next_question(answers)
    if q is None:
        ctx.goto(RESULT)
        return
    total = len(checklist.applicable(answers))
    n = len([x for x in checklist.applicable(answers) if x.id in answers]) + 1
    ctx.say(ctx._("Question {n} of {total}:", n=n, total=total) + " " + ctx._(q.question))
    for label, answer in ((L_YES, "yes"), (L_NO, "no"), (L_UNKNOWN, "unknown")):
        ctx.offer(ctx._(label), go=ASK, do=[ActionCall("checklist_answer", {"q": q.id, "a": answer})])


def _validate_answer(args: dict[str, Any], _resources: dict[str, Any]) -> list[str]:
    problems = []
    if args.get("a") not in CODES:
        problems.append("a must be yes, no or unknown")
    if cl.default_checklist().get(str(args.get("q"))) is None:
        problems.append(f"no checklist question '{args.get('q')}'")
    return problems


@PARTS.action("checklist_answer", validate=_validate_answer)
def checklist_answer(ctx: Ctx, args: dict[str, Any]) -> None:
    """Keep one answer; an urgent answer (violence, threats, locked in) leads straight to help."""
    qid, answer = str(args.get("q")), str(args.get("a"))
    if answer not in CODES or _checklist(ctx).get(qid) is None:
        return
    ctx.state.data.setdefault(ANSWERS_KEY, {})[qid] = CODES[answer]
    if cl.is_urgent(qid, answer, _checklist(ctx)):
        log.info("offer checklist: urgent answer to %s", qid)
        ctx.goto(URGENT)


@PARTS.action("checklist_result", routes=True)
def checklist_result(ctx: Ctx, _args: dict[str, Any]) -> None:
    """The risk level, each reason in plain words, next steps, and where to read more."""
    answers = _answers(ctx)
    result = cl.score(answers, _checklist(ctx))
    ctx.say(render.explain_checklist(result, ctx.t), sms=render.checklist_sms(result, ctx.t))
    # an urgent answer already raised urgent help (offer.urgent) when it was given: not again here
    _offer_articles(ctx, result.articles)
    if answers.get("licence") != "yes":
        ctx.offer(ctx._(L_AGENCY), go=AGENCY)
    ctx.offer(ctx._(L_PASTE), go=PASTE)
    ctx.offer(ctx._(L_MENU), go=MENU)
    log.info("offer checklist: risk=%s answered=%d", result.risk, result.answered)


# -- the ad scanner ----------------------------------------------------------------------------
@PARTS.action("scan_ad", routes=True)
def scan_ad(ctx: Ctx, _args: dict[str, Any]) -> None:
    """Scan the ad in this message and explain what was found (the ad is not kept)."""
    text = ctx.text
    if not text or not any(ch.isalpha() for ch in text):
        ctx.say(ctx._("Please paste or forward the text of the job ad."))
        ctx.goto(PASTE)
        return
    result = _scan(ctx)
    ctx.say(render.explain(result, ctx.t), sms=render.explain_sms(result, ctx.t))
    log.info("ad scan: risk=%s flags=%s", result.risk, ",".join(result.flag_ids))
    flags = render.flag_texts().get("flags") or {}
    _offer_articles(ctx, [flags.get(f, {}).get("article") for f in result.flag_ids if flags.get(f, {}).get("article")])
    if "licence-number" not in result.missing or result.risk != "low":
        ctx.offer(ctx._(L_AGENCY), go=AGENCY)
    ctx.offer(ctx._(L_QUESTIONS), go=ASK, do=[ActionCall("checklist_start", {})])
    ctx.offer(ctx._(L_MENU), go=MENU)


def _scan(ctx: Ctx) -> ScanResult:
    """The scan of this message's text. A pasted ad is scanned to decide that it is one
    (``looks_like_ad``) and then explained (``scan_ad``) in the same step: the second asks
    for the same text and gets the first's result."""
    scanner = ctx.resources.get("jobcheck_scanner") or default_scanner()
    text, lang = ctx.text, ctx.lang
    return ctx.once(("jobcheck_scan", text, lang), lambda: scanner.scan(text, lang))


def looks_like_ad(ctx: Ctx) -> bool:
    """A forwarded message, or long free text with pay or warning signs in it, is treated as an ad."""
    text = ctx.text
    if not text:
        return False
    if ctx.inbound.forwarded:
        return len(text) >= 40
    if len(text) < AD_MIN_CHARS:
        return False
    result = _scan(ctx)
    # what an ad *lacks* (no employer named, the work not said) is no sign that a text is an
    # ad: a long question lacks them too; only what the text says counts here
    said = [f for f in result.flags if f.id not in MISSING_INFORMATION]
    return bool(said) or bool(result.pay and result.pay.amounts)


@PARTS.hook("fallback", order=40)
def scan_forwarded_ad(ctx: Ctx) -> bool:
    """Forwarded or pasted ads get the scanner before the question matcher (order 60)."""
    if not _has(ctx, SCANNED) or not looks_like_ad(ctx):
        return False
    ctx.enter(SCANNED)
    return True


# -- the agency licence list --------------------------------------------------------------------
@dataclass(frozen=True)
class AgencyLookup(Effect):
    """Look a typed agency name or licence number up in the licence list (Redis is outside the engine)."""

    query: str
    lang: str


@PARTS.action("agency_lookup")
def agency_lookup(ctx: Ctx, _args: dict[str, Any]) -> None:
    """Ask the caller to look the typed name or licence number up (Redis is outside the engine)."""
    query = ctx.text.strip()[:200]
    if not query:
        ctx.say(ctx._("Please type the agency's name or its licence number."))
        ctx.goto(AGENCY)
        return
    ctx.effect(AgencyLookup(query=query, lang=ctx.lang))


def lookup_reply(found: Any, state: State, engine: Any) -> Reply:
    """The lookup's answer with the choices of ``offer.agency_next`` (state is moved there)."""
    tr = translator(state.lang or DEFAULT_LANG)
    node = engine.flows.get(AGENCY_NEXT)
    options: tuple[Option, ...] = ()
    if node is not None:
        state.node = AGENCY_NEXT
        state.opts = []
        if not state.back or state.back[-1] != AGENCY_NEXT:
            state.back.append(AGENCY_NEXT)
        options = tuple(Option(f"{node.token}.{i}", tr._(o.label)) for i, o in enumerate(node.options))
    return Reply(render.lookup_text(found, tr), options=options)


async def agency_lookup_effect(proc: Processor, inbound: Inbound, state: State, eff: AgencyLookup) -> list[Reply]:
    found = await agencies.lookup(proc.storage, eff.query)
    log.info("agency lookup: status=%s", found.status)  # never the query: it may identify the person
    return [lookup_reply(found, state, proc.engine)]
