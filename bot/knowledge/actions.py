"""Knowledge in the chat: topic lists, showing an article, answering free-text questions.

Nodes live in ``flows/knowledge.yaml``; this module gives them their actions
(carried by ``bot.knowledge.plugin``):

- ``list_articles {theme | country, page}``: a page of article titles as choices;
- ``show_article {id}``: an article (title + text; the ``sms`` text for SMS) and
  what to do next: related articles, check an offer, talk to a person;
- ``offer_choices``: the matcher's top three when it is not sure;
- ``offer_help``: ways on when nothing matched (all topics, a person, menu);
- a ``fallback`` hook that sends free text to the matcher.

Options that lead to other parts (``offer.start``, ``handover.start``) are
offered only when those nodes exist, so the knowledge flow works, and passes
the checker, whichever parts are deployed.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from bot import config
from bot.engine.ctx import Ctx
from bot.engine.flows import ActionCall
from bot.engine.registry import Parts
from bot.i18n import N_
from bot.knowledge.articles import COUNTRIES, ROOT, THEMES, Article, Library, load_library
from bot.knowledge.matcher import Matcher

PARTS = Parts()  # this subsystem's actions, hooks, events and setups (its plugin carries them)

log = logging.getLogger(__name__)

ARTICLE_NODE = "knowledge.article"
CHOOSE_NODE = "knowledge.choose"
NOMATCH_NODE = "knowledge.nomatch"
TOPICS_NODE = "knowledge.topics"
OFFER_NODE = "offer.start"
PERSON_NODE = "handover.start"
MENU_NODE = "main.menu"
NODES = (ARTICLE_NODE, CHOOSE_NODE, NOMATCH_NODE, TOPICS_NODE, OFFER_NODE, PERSON_NODE, MENU_NODE)  # ``check`` verifies them
PAGE_SIZE = 6  # titles per page: fits a Telegram screen and a few SMS segments

# Labels used in code (translated per person at run time).
L_MENU = N_("Main menu")
L_PERSON = N_("Talk to a person")
L_OFFER = N_("Check a job offer")
L_MORE = N_("More topics")
L_ALL = N_("All topics")
L_NONE_OF_THESE = N_("None of these")
# The last line of a volatile article (Telegram and web chat; never on SMS, where it costs a segment).
L_CHECKED = N_("Checked: {date}")


@PARTS.setup
def _load(resources: dict[str, Any]) -> None:
    """Load the articles and build the matcher's index once, at start-up."""
    library = load_library(Path(resources["root"]) if resources.get("root") else ROOT)
    if library.problems:
        log.warning("articles: %d problem(s); run `python -m bot check`", len(library.problems))
    review_days = config.get("CONTENT_REVIEW_DAYS")
    for art in library.overdue(dt.date.today(), review_days):
        # for operators: the person still gets the article, with its "Checked:" date
        log.warning("article %s is volatile and was last checked %s, over CONTENT_REVIEW_DAYS=%d: review it",
                    art.id, art.checked, review_days)
    resources["articles"] = library
    resources["matcher"] = Matcher(library)


def _library(ctx: Ctx) -> Library:
    return ctx.resources["articles"]


def _title(ctx: Ctx, art: Article) -> str:
    text = art.text_for(ctx.lang)
    return text.title if text else art.id


def _has_node(ctx: Ctx, key: str) -> bool:
    return ctx.engine.flows.get(key) is not None


def _offer_article(ctx: Ctx, art: Article) -> None:
    ctx.offer(_title(ctx, art), go=ARTICLE_NODE, do=[ActionCall("open_article", {"id": art.id})])


def _offer_person(ctx: Ctx) -> None:
    if _has_node(ctx, PERSON_NODE):
        ctx.offer(ctx._(L_PERSON), go=PERSON_NODE)


def _validate_list(args: dict[str, Any], resources: dict[str, Any]) -> list[str]:
    if "theme" in args and args["theme"] not in THEMES:
        return [f"list_articles: theme must be one of {', '.join(THEMES)}"]
    if "country" in args and args["country"] not in COUNTRIES:
        return [f"list_articles: country must be one of {', '.join(COUNTRIES)}"]
    if "theme" not in args and "country" not in args and "ids" not in args:
        return ["list_articles needs a theme, a country or ids"]
    lib: Library | None = resources.get("articles")
    found: list[str] = []
    for key in ("also", "ids"):
        listed = args.get(key) or []
        if not isinstance(listed, list):
            found.append(f"list_articles: '{key}' must be a list of article ids")
        elif lib is not None:
            found += [f"list_articles: no article '{a}' (in '{key}')" for a in listed if lib.get(str(a)) is None]
    return found


@PARTS.action("list_articles", routes=True, validate=_validate_list)
def list_articles(ctx: Ctx, args: dict[str, Any]) -> None:
    """One page of a theme's or a country's articles (or of ``ids``, in that order) as choices, then 'more' and the menu.

    ``also`` lists articles shown after the tagged ones (e.g. what matters
    before any trip), so a country with one article of its own is no dead end.
    ``ids`` makes a menu of its own across themes (e.g. health, family and return).
    """
    lib = _library(ctx)
    if "ids" in args:
        arts = [a for a in (lib.get(str(i)) for i in args["ids"]) if a is not None]
    elif "theme" in args:
        arts = lib.by_theme(args["theme"])
    else:
        arts = lib.by_country(args["country"])
    for extra in args.get("also") or []:
        art = lib.get(str(extra))
        if art is not None and art not in arts:
            arts.append(art)
    if not arts:
        ctx.say(ctx._("There are no articles on this yet. Choose another topic or talk to a person."))
        ctx.offer(ctx._(L_ALL), go=TOPICS_NODE)
        _offer_person(ctx)
        ctx.offer(ctx._(L_MENU), go=MENU_NODE)
        return
    pages = (len(arts) + PAGE_SIZE - 1) // PAGE_SIZE
    page = min(max(1, int(args.get("page", 1))), pages)
    if page > 1:
        ctx.say(ctx._("Topics, page {page} of {pages}:", page=page, pages=pages))
    for art in arts[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]:
        _offer_article(ctx, art)
    if page < pages:
        more = {k: v for k, v in args.items() if k in ("theme", "country", "also", "ids")}
        more["page"] = page + 1
        ctx.offer(ctx._(L_MORE), do=[ActionCall("list_articles", more)])
    ctx.offer(ctx._(L_MENU), go=MENU_NODE)


def _validate_id(args: dict[str, Any], resources: dict[str, Any]) -> list[str]:
    lib: Library | None = resources.get("articles")
    art_id = args.get("id")
    if art_id is not None and lib is not None and lib.get(str(art_id)) is None:
        return [f"no article '{art_id}'"]
    return []


@PARTS.action("open_article", validate=_validate_id)
def open_article(ctx: Ctx, args: dict[str, Any]) -> None:
    """Remember which article to show; the option's ``go`` then enters the article node."""
    ctx.state.data["art"] = str(args.get("id", ""))


@PARTS.action("show_article", routes=True, validate=_validate_id)
def show_article(ctx: Ctx, args: dict[str, Any]) -> None:
    """Show an article (``id`` argument, else the one remembered) and what to do next."""
    art_id = str(args.get("id") or ctx.state.data.get("art") or "")
    art = _library(ctx).get(art_id)
    text = art.text_for(ctx.lang) if art else None
    if art is None or text is None:
        ctx.say(ctx._("Sorry, this article is not available. Here are all topics."))
        ctx.goto(TOPICS_NODE)
        return
    body = text.text
    if art.volatile and art.checked is not None:
        # Only the full text carries the date; the SMS version (reply.sms) stays within its segments.
        body = f"{body}\n\n" + ctx._(L_CHECKED, date=art.checked.strftime("%d.%m.%Y"))
    ctx.say(body, title=text.title, sms=text.sms, kind="article")
    lib = _library(ctx)
    for rid in art.related[:3]:
        rel = lib.get(rid)
        if rel is not None:
            _offer_article(ctx, rel)
    if art.offer_check and _has_node(ctx, OFFER_NODE):
        ctx.offer(ctx._(L_OFFER), go=OFFER_NODE)
    _offer_person(ctx)
    ctx.offer(ctx._(L_MENU), go=MENU_NODE)


@PARTS.action("offer_choices", routes=True)
def offer_choices(ctx: Ctx, _args: dict[str, Any]) -> None:
    """The matcher's best guesses as choices, then 'none of these' and a person."""
    lib = _library(ctx)
    for art_id in ctx.state.data.get("choices", [])[:3]:
        art = lib.get(art_id)
        if art is not None:
            _offer_article(ctx, art)
    ctx.offer(ctx._(L_NONE_OF_THESE), go=TOPICS_NODE)
    _offer_person(ctx)
    ctx.offer(ctx._(L_MENU), go=MENU_NODE)  # every "not sure" list has a way back to the menu


@PARTS.action("offer_help", routes=True)
def offer_help(ctx: Ctx, _args: dict[str, Any]) -> None:
    """Ways on when no article fits: all topics, a person, the menu."""
    ctx.offer(ctx._(L_ALL), go=TOPICS_NODE)
    _offer_person(ctx)
    ctx.offer(ctx._(L_MENU), go=MENU_NODE)


@PARTS.action("offer_person", routes=True)
def offer_person(ctx: Ctx, _args: dict[str, Any]) -> None:
    """'Talk to a person' and the menu after a node's own options."""
    _offer_person(ctx)
    ctx.offer(ctx._(L_MENU), go=MENU_NODE)


@PARTS.hook("fallback", order=60)
def answer_question(ctx: Ctx) -> bool:
    """Free text nobody else took: answer, offer the top three, or offer topics and a person.

    Runs after lower-order hooks (a job-ad scanner should take forwarded ads
    first). Logs the decision and article, never the person's words.
    """
    text = ctx.text
    if not text or not any(ch.isalnum() for ch in text):
        return False
    matcher: Matcher | None = ctx.resources.get("matcher")
    if matcher is None:
        return False
    m = matcher.match(text, ctx.lang)
    log.info("question: decision=%s topic=%s score=%.2f", m.decision, m.topic, m.score)
    data = ctx.state.data
    data.pop("choices", None)
    if m.decision == "answer" and m.topic:
        data["art"] = m.topic
        ctx.enter(ARTICLE_NODE)
    elif m.decision == "choose":
        data["choices"] = m.top(3)
        ctx.enter(CHOOSE_NODE)
    else:
        ctx.enter(NOMATCH_NODE)
    return True
