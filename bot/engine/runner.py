"""The engine: ``Engine.step(state, inbound, now) -> StepResult``. Pure and synchronous.

It knows no channel, no Redis and no clock except ``now``; whatever must touch
the world is returned as an ``Effect`` for the caller to carry out.

Order of interpretation for one message (documented in flows/README.md):
system event -> channel command / global word -> first contact (language) ->
``before`` hooks -> a chosen option (button, number or typed label) -> the node's
free-text input -> ``media`` / ``fallback`` hooks -> "I did not understand" with
the current options again.
"""

from __future__ import annotations

import logging
import re
import string
import zlib
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml

from bot.engine.flows import ActionCall, FlowOption, FlowSet, Node, load_dir
from bot.engine.model import BAD_NUMBER, BadNumber, Effect, Inbound, Offer, Option, Reply, State, StepResult
from bot.engine.registry import Parts, Registry
from bot.engine.text import clean, fold
from bot.i18n import DEFAULT_LANG, LANGUAGES, Translator, normalize_lang, translator

T = TypeVar("T")

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent.parent
MAX_HOPS = 25
MAX_TEXT = 4000  # longer input is cut (the rest is not lost for a case: the channel keeps it)

MAIN_MENU = "main.menu"
LANG_NODE = "main.lang"
# places a button leads to that make sense from any earlier message: such a button
# keeps working when it is no longer on the current screen (the main menu, the
# language choice and its languages, a person, the emergency contacts)
GLOBAL_PLACES = frozenset({MAIN_MENU, LANG_NODE, "handover.start", "main.contacts", "main.sos"})
ENGINE_NODES = (MAIN_MENU, LANG_NODE, *sorted(GLOBAL_PLACES - {MAIN_MENU, LANG_NODE}))  # ``check`` verifies them


def global_option(flows: FlowSet, option_id: str) -> FlowOption | None:
    """The flow option behind a button's data when it leads to a global place (or is one
    of the language screen's languages), else None."""
    token, _, index = (option_id or "").partition(".")
    if not index.isdigit():
        return None
    node = flows.by_token(token)
    if node is None or int(index) >= len(node.options):
        return None
    opt = node.options[int(index)]
    if opt.go in GLOBAL_PLACES and all(c.name in ("set_lang", "noop") for c in opt.do):
        return opt
    return None


class _SafeDict(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass
class Commands:
    """Global words (data/commands.yaml), folded for comparison."""

    words: dict[str, str] = field(default_factory=dict)  # folded phrase -> command
    anywhere: dict[str, str] = field(default_factory=dict)  # folded token -> command (urgent words)
    nodes: dict[str, str] = field(default_factory=dict)  # command -> node key
    lang_of: dict[str, str] = field(default_factory=dict)  # folded word -> language it is in

    @classmethod
    def load(cls, path: Path) -> Commands:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        c = cls()
        for name, spec in doc["commands"].items():
            if spec.get("node"):
                c.nodes[name] = spec["node"]
            for table, key in ((c.words, "words"), (c.anywhere, "anywhere")):
                for lang, words in (spec.get(key) or {}).items():
                    for w in words:
                        f = fold(str(w))
                        if not f:
                            continue
                        table[f] = name
                        if lang in LANGUAGES:
                            c.lang_of.setdefault(f, lang)
        return c

    def match(self, text: str) -> str | None:
        f = fold(text)
        if not f:
            return None
        if f in self.words:
            return self.words[f]
        if self.anywhere:
            toks = f.split()
            for size in (1, 2, 3):
                for i in range(len(toks) - size + 1):
                    cmd = self.anywhere.get(" ".join(toks[i : i + size]))
                    if cmd:
                        return cmd
        return None

    def language(self, text: str) -> str | None:
        f = fold(text)
        for tok in [f, *f.split()]:
            if tok in self.lang_of:
                return self.lang_of[tok]
        return None


class Engine:
    def __init__(self, flows: FlowSet, commands: Commands, resources: dict[str, Any], registry: Registry | None = None) -> None:
        self.flows = flows
        self.commands = commands
        self.resources = resources
        self.registry = registry or Registry.of(())

    @classmethod
    def build(cls, parts: Iterable[Parts] = (), root: Path = ROOT) -> Engine:
        """The engine with the given subsystems' parts (``bot.app.build_engine`` passes
        those of every plugin the app lists), the flows and the global words."""
        registry = Registry.of(parts)
        flows = load_dir(root / "flows")
        commands = Commands.load(root / "data" / "commands.yaml")
        resources: dict[str, Any] = {"root": root}
        for fn in registry.setups:
            fn(resources)
        return cls(flows, commands, resources, registry)

    def too_fast(self, state: State) -> Reply:
        """The one polite answer when a person goes over the rate limit."""
        tr = translator(state.lang or self.resources.get("default_lang", DEFAULT_LANG))
        return Reply(tr._("You are sending messages very fast. Please wait a minute, then write again. For urgent help type SOS."),
                     kind="error")

    def step(self, state: State, inbound: Inbound, now: float = 0.0) -> StepResult:
        ctx = Step(self, StepResult(state.copy()), inbound, now)
        try:
            ctx.run()
            for fn in self.registry.hooks["after"]:
                fn(ctx)
        except Exception:  # never silence, never an exception to the person
            log.exception("engine step failed at node %s", state.node)
            ctx.result = StepResult(state.copy())
            ctx.say(ctx._("Sorry, something went wrong on our side. Please try again, or type SOS for emergency contacts."), kind="error")
            ctx.enter(MAIN_MENU) if state.lang else ctx.enter(LANG_NODE)
        return ctx.result


class Step:
    """One engine step: what an action or hook sees (``bot.engine.ctx.Ctx``), and how it answers."""

    def __init__(self, engine: Engine, result: StepResult, inbound: Inbound, now: float) -> None:
        self.engine = engine
        self.result = result
        self.inbound = inbound
        self.now = now
        self.resources = engine.resources
        self.text = clean(inbound.text)[:MAX_TEXT]
        self._goto: str | None = None
        self.handled = False  # an action answered fully; the option's own target is skipped
        self.replaying = False  # going BACK re-shows a screen without repeating its effects
        self.lang_override: str | None = None
        self._dynamic: list[Offer] = []
        self._once: dict[Hashable, Any] = {}

    # -- what actions use ---------------------------------------------------------
    def once(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()`` for this step, computed at most once per ``key``."""
        if key in self._once:
            value: T = self._once[key]
        else:
            value = self._once[key] = compute()
        return value

    @property
    def state(self) -> State:
        return self.result.state

    @property
    def lang(self) -> str:
        return self.state.lang or self.lang_override or self.resources.get("default_lang", DEFAULT_LANG)

    @property
    def t(self) -> Translator:
        return translator(self.lang)

    def _(self, message: str, **kwargs: Any) -> str:
        return self.t._(message, **kwargs)

    def say(self, text: str, *, title: str | None = None, options: list[Option] | None = None, sms: str | None = None,
            kind: str = "text") -> None:
        self.result.replies.append(Reply(text=text, title=title, options=tuple(options or ()), sms=sms, kind=kind))

    def offer(self, label: str, go: str | None = None, do: list[ActionCall] | None = None, translated: bool = True) -> None:
        """Add a choice to the current answer (labels already in the person's language)."""
        self._dynamic.append(Offer(label, go or None, tuple(do or ())))

    def goto(self, target: str) -> None:
        self._goto = target

    def effect(self, effect: Effect) -> None:
        if not self.replaying:
            self.result.effects.append(effect)

    def vars(self) -> dict[str, Any]:
        return _SafeDict(self.state.data)

    # -- interpretation ---------------------------------------------------------------
    def run(self) -> None:
        inbound, state = self.inbound, self.state
        if inbound.event:
            handler = self.engine.registry.events.get(inbound.event)
            if handler is None:
                log.warning("no handler for event %s", inbound.event)
            else:
                handler(self)
            return
        for fn in self.engine.registry.hooks["always"]:
            fn(self)  # e.g. what the channel knows of where the person is (never answers)
        command = self._command()
        if state.lang is None and command not in ("sos", "start", "lang"):
            typed_lang = normalize_lang(self.text)
            if typed_lang:
                state.lang = typed_lang
                self.enter(MAIN_MENU, fresh=True)
                return
            if state.node != LANG_NODE:
                if self.text and not self.inbound.option:
                    state.data["_q"] = self.text[:500]  # answered once a language is chosen
                self.enter(LANG_NODE, fresh=True)
                return
        if command:
            self._run_command(command)
            return
        for fn in self.engine.registry.hooks["before"]:
            if fn(self):
                return
        if inbound.option is not None or self.text:
            chosen = self.chosen_option()
            if chosen is BAD_NUMBER:
                self.not_understood()
                return
            if chosen is not None:
                self._take(chosen)
                return
            if inbound.option is not None:
                stale = global_option(self.engine.flows, inbound.option)
                if stale is not None:  # an earlier message's "Main menu", "Language", "Russian"...
                    self._take(Offer(self._(stale.label), stale.go, stale.do))
                    return
                self.say(self._("That button is no longer active. Here is where we are now:"))
                self.show_current()
                return
        node = self.node()
        if self.text and node and node.input_go:
            if node.input_save:
                state.data[node.input_save] = self.text
            self.enter(node.input_go)
            return
        kind = "media" if inbound.media and not self.text else "fallback"
        if not self._hooks(kind):
            self.not_understood()

    def run_fallback(self) -> bool:
        return self._hooks("fallback")

    def _hooks(self, kind: str) -> bool:
        return any(fn(self) for fn in self.engine.registry.hooks[kind])

    def _command(self) -> str | None:
        inbound = self.inbound
        if inbound.command:
            return {"erase_me": "forget"}.get(inbound.command, inbound.command)
        if self.text and len(self.text) <= 200:
            return self.engine.commands.match(self.text)
        return None

    def _run_command(self, command: str) -> None:
        state = self.state
        if command == "start":
            lang = normalize_lang(self.inbound.arg)
            if self.inbound.arg and not lang:
                state.source = re.sub(r"[^\w-]", "", self.inbound.arg)[:32] or None
            if lang:
                state.lang = lang
            self.enter(MAIN_MENU if state.lang else LANG_NODE, fresh=True)
            return
        if command == "sos" and state.lang is None:
            state.lang = self.engine.commands.language(self.text) or self.lang
        if command == "back":
            if len(state.back) >= 2:
                state.back.pop()
                earlier = state.back.pop()
                self.replaying = True
                self.enter(earlier)
            else:
                self.enter(MAIN_MENU, fresh=True)
            return
        target = self.engine.commands.nodes.get(command)
        if target is None or self.engine.flows.get(target) is None:
            self.not_understood()
            return
        self.enter(target, fresh=command in ("menu", "lang"))

    # -- options ----------------------------------------------------------------------
    def node(self) -> Node | None:
        return self.engine.flows.get(self.state.node) if self.state.node else None

    def current_options(self) -> list[Offer]:
        """Every option on offer now, static (the node's, translated) then dynamic."""
        node = self.node()
        entries = [Offer(self._(opt.label), opt.go or None, opt.do) for opt in node.options] if node else []
        entries.extend(self.state.opts)
        return entries

    def option_token(self) -> str:
        """The node's token, mixed with the dynamic options on offer (so that a button
        of an earlier page of a list is stale, not a different item at its position)."""
        node = self.node()
        if node is None:
            return "0000"
        if not self.state.opts:
            return node.token
        labels = "\x1f".join(o.label + (o.go or "") for o in self.state.opts)
        return format(zlib.crc32(f"{node.key}\x1e{labels}".encode()) & 0xFFFF, "04x")

    def chosen_option(self) -> Offer | BadNumber | None:
        """The option the person chose (a button, its number or its words); ``BAD_NUMBER``
        when they typed a number no option has; None when the message chose nothing."""
        entries = self.current_options()
        if not entries:
            return None
        if self.inbound.option is not None:
            token, _, index = self.inbound.option.partition(".")
            if token != self.option_token() or not index.isdigit():
                return None
            i = int(index)
            return entries[i] if 0 <= i < len(entries) else None
        digits = self.text.strip().rstrip(".)")
        if digits.isdigit() and len(digits) <= 2:
            i = int(digits) - 1
            if 0 <= i < len(entries):
                return entries[i]
            return BAD_NUMBER
        typed = fold(self.text)
        if not typed:
            return None
        for e in entries:
            # "Русский (русӣ)" is chosen by typing either name
            names = {fold(part) for part in re.split(r"[()]", e.label) if part.strip()} | {fold(e.label)}
            if typed in names:
                return e
        return None

    def _take(self, offer: Offer) -> None:
        self._goto = None
        self._dynamic = []
        for call in offer.actions:
            self.call(call)
        target = self._goto or (None if self.handled else offer.go)
        if target:
            self.enter(target)
        elif self.handled:
            return
        elif self.result.replies:
            self._finish_wait(self.node())
        else:
            self.show_current()

    # -- entering nodes ---------------------------------------------------------------
    def call(self, call: ActionCall) -> None:
        spec = self.engine.registry.actions.get(call.name)
        if spec is None:
            raise LookupError(f"unknown action {call.name}")
        spec.fn(self, call.args)

    def enter(self, target: str, fresh: bool = False) -> None:
        """Enter a node: run its actions, say its text, then wait or go on."""
        state = self.state
        if fresh:
            state.back = []
        for _ in range(MAX_HOPS):
            node = self.engine.flows.get(target)
            if node is None:
                log.error("unknown node %s", target)
                node = self.engine.flows.get(MAIN_MENU)
                assert node is not None
            self._goto = None
            self._dynamic = []
            if node.say:
                text = "\n\n".join(self._(s).format_map(self.vars()) for s in node.say)
                self.say(text)
            for call in node.do:
                self.call(call)
                if self._goto:
                    break
            if self._goto:
                target = self._goto
                continue
            if node.waits or self._dynamic:
                self._finish_wait(node)
                return
            if node.go:
                target = node.go
                continue
            # an end (or a screen with no way on): the next message starts from the main menu
            state.node = None
            state.opts = []
            return
        log.error("too many hops from %s", target)
        self.state.node = None

    def _finish_wait(self, node: Node | None) -> None:
        state = self.state
        if node is None:
            return
        state.node = node.key
        state.opts = self._dynamic
        if not state.back or state.back[-1] != node.key:
            state.back.append(node.key)
            del state.back[:-8]
        self._attach_options()

    def _attach_options(self) -> None:
        entries = self.current_options()
        if not entries:
            return
        token = self.option_token()
        options = tuple(Option(f"{token}.{i}", e.label) for i, e in enumerate(entries))
        replies = self.result.replies
        if replies and not replies[-1].options:
            last = replies[-1]
            replies[-1] = Reply(last.text, last.title, options, last.sms, last.kind)
        else:
            replies.append(Reply(self._("Choose one:"), options=options))

    def show_current(self) -> None:
        """Repeat the choices on offer (or the main menu when there are none)."""
        if self.node() is None:
            self.enter(MAIN_MENU, fresh=True)
            return
        if self.current_options():
            self._attach_options()
        else:
            node = self.node()
            assert node is not None
            self.say(self._("Please type your answer."))

    def not_understood(self) -> None:
        self.say(self._("Sorry, I did not understand. Please choose one of the options, or type MENU. For urgent help type SOS."),
                 kind="error")
        self.show_current()


def formatter_fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}
