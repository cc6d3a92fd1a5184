"""The neutral values that flow through the program: what came in, what goes out.

Channel adapters turn provider payloads into ``Inbound`` and render ``Reply``;
the engine sees nothing else of a channel.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import Any, Final

import orjson

from bot.engine.flows import ActionCall


@dataclass(frozen=True)
class Inbound:
    """One message from a person (or a system event for that person)."""

    channel: str  # "tg", "sms", "web", "console", or "system"
    user: str  # pseudonymous user key, e.g. "tg:123", "sms:<hmac>"
    text: str = ""
    option: str | None = None  # a pressed button's data ("<node token>.<index>")
    command: str | None = None  # a channel command without its slash: "start", "menu", ...
    arg: str | None = None  # the command's argument (deep-link payload)
    media: str | None = None  # "photo", "voice", "sticker", "document", "location", "edit", ...
    forwarded: bool = False
    message_id: str = ""  # the provider's id (for deduplication)
    event: str | None = None  # system events: "case_claimed", "operator_message", ...
    data: dict[str, Any] = field(default_factory=dict)  # event payload

    def to_json(self) -> str:
        d = {k: v for k, v in self.__dict__.items() if v not in (None, "", False, {})}
        return _dumps(d)

    @classmethod
    def from_json(cls, raw: str) -> Inbound:
        return cls(**orjson.loads(raw))


@dataclass(frozen=True)
class Option:
    """A choice offered to the person: ``id`` goes back as button data; ``label`` is shown."""

    id: str
    label: str


@dataclass(frozen=True)
class Offer:
    """A choice on offer to the person (a flow option, or one an action added): its ``label``
    already in their language, the node ``go`` leads to, and the ``actions`` run first."""

    label: str
    go: str | None = None
    actions: tuple[ActionCall, ...] = ()

    def stored(self) -> list[Any]:
        """As kept in the state hash: ``[label, go]`` or ``[label, go, [[name, args], ...]]``
        (positional, which keeps a person's state hash small)."""
        out: list[Any] = [self.label, self.go or ""]
        if self.actions:
            out.append([[c.name, c.args] for c in self.actions])
        return out

    @classmethod
    def from_stored(cls, stored: Any) -> Offer:
        if isinstance(stored, dict):  # written before the positional form: {"l", "g", "a"}
            stored = [stored.get("l", ""), stored.get("g"), stored.get("a")]
        go = stored[1] if len(stored) > 1 and stored[1] else None
        actions = stored[2] if len(stored) > 2 and stored[2] else ()
        return cls(stored[0], go, tuple(ActionCall(name, args) for name, args in actions))


class BadNumber(enum.Enum):
    """What ``chosen_option`` answers when the person typed a number no option has."""

    BAD_NUMBER = "bad_number"


BAD_NUMBER: Final = BadNumber.BAD_NUMBER


@dataclass(frozen=True)
class Reply:
    """One message to the person, already in their language.

    ``text`` is plain text (adapters escape it for their medium); ``title`` is shown
    bold where the medium allows; ``sms`` is a shorter text for SMS when the full
    text is long (articles). ``options`` are rendered as buttons or numbers.
    """

    text: str
    title: str | None = None
    options: tuple[Option, ...] = ()
    sms: str | None = None
    kind: str = "text"  # "text", "article", "contacts", "urgent", "operator", "error"

    def plain(self) -> str:
        return f"{self.title}\n{self.text}" if self.title else self.text


@dataclass(frozen=True)
class Effect:
    """Something the engine asks the caller to do (the engine itself does no I/O).

    Each kind is its own frozen dataclass deriving from this one (``bot.engine.effects``
    for those several subsystems share; a subsystem's own beside its actions), and the
    plugin that carries it out maps the class to its handler (``bot.runtime.Plugin.effects``).
    """

    @property
    def kind(self) -> str:
        """The class's name in snake case ("escalate", "case_message"): for logs and transcripts."""
        return re.sub(r"(?<!^)(?=[A-Z])", "_", type(self).__name__).lower()


@dataclass
class State:
    """One person's conversation state: a few short fields, saved as one Redis hash.

    Field names in Redis are one letter (see ``FIELDS``) to keep each
    conversation well under 1 KB.
    """

    lang: str | None = None
    node: str | None = None  # the node waiting for the person's answer ("flow.node")
    back: list[str] = field(default_factory=list)  # earlier waiting nodes, newest last
    data: dict[str, Any] = field(default_factory=dict)  # answers and flow variables
    opts: list[Offer] = field(default_factory=list)  # dynamic options on offer
    case: str | None = None  # reference of the person's open case
    source: str | None = None  # campaign of the deep link that brought them
    extra: dict[str, str] = field(default_factory=dict)  # channel fields (e.g. SMS Latin mode)

    FIELDS = {"lang": "l", "node": "n", "back": "b", "data": "d", "opts": "o", "case": "c", "source": "s"}
    EXTRA_PREFIX = "x"

    @classmethod
    def from_hash(cls, h: dict[str, str]) -> State:
        s = cls()
        s.lang = h.get("l") or None
        s.node = h.get("n") or None
        s.back = [b for b in h.get("b", "").split(",") if b]
        s.data = orjson.loads(h["d"]) if h.get("d") else {}
        s.opts = [Offer.from_stored(e) for e in orjson.loads(h["o"])] if h.get("o") else []
        s.case = h.get("c") or None
        s.source = h.get("s") or None
        s.extra = {k[1:]: v for k, v in h.items() if k.startswith(cls.EXTRA_PREFIX) and len(k) > 1}
        return s

    def to_hash(self) -> dict[str, str]:
        """Fields to store; empty values are left out (and deleted by the caller)."""
        h = {
            "l": self.lang or "",
            "n": self.node or "",
            "b": ",".join(self.back[-8:]),
            "d": _dumps(self.data) if self.data else "",
            "o": _dumps([o.stored() for o in self.opts]) if self.opts else "",
            "c": self.case or "",
            "s": self.source or "",
        }
        for k, v in self.extra.items():
            h[self.EXTRA_PREFIX + k] = v
        return h

    def copy(self) -> State:
        return State.from_hash(self.to_hash())


def _dumps(value: Any) -> str:
    """Compact JSON, text as UTF-8 (orjson: the state is written and read for every
    message, and the standard library's json was a tenth of the CPU time per message)."""
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


@dataclass
class StepResult:
    state: State
    replies: list[Reply] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)
