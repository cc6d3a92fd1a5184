"""The case model: categories, priorities, outcomes, a case as read from Redis, its reference.

Plain values with no I/O, shared by the queue (``bot.handover.queue``), the chat side of
the handover (``bot.handover.actions``) and the operators' interfaces (``bot.operators``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from bot.i18n import N_

PRIORITIES: dict[str, int] = {"urgent": 0, "high": 1, "normal": 2}
CATEGORIES: dict[str, str] = {
    "violence": N_("Violence or confinement"),
    "passport": N_("Passport taken"),
    "fraud_debt": N_("Fraud or debt"),
    "question": N_("Question"),
    "other": N_("Other"),
}
# default priority of each category when the person picks it
CATEGORY_PRIORITY = {"violence": "urgent", "passport": "urgent", "fraud_debt": "high", "question": "normal", "other": "normal"}
OUTCOMES: dict[str, str] = {
    "resolved": N_("Resolved"),
    "information": N_("Information given"),
    "referred_ngo": N_("Referred to an organisation"),
    "referred_authorities": N_("Referred to police or authorities"),
    "referred_embassy": N_("Referred to the embassy"),
    "no_response": N_("Person stopped answering"),
    "duplicate": N_("Duplicate"),
    "withdrawn": N_("Withdrawn by the person"),
    "other": N_("Other"),
}
STATUSES = ("waiting", "claimed", "closed")
MSG_CAP = 200  # conversation items kept per case
RANK_SCALE = 10**13  # ms timestamps stay below this until the year 2286


class CaseError(Exception):
    """An operation not allowed in the case's current state; ``code`` says why."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code if not detail else f"{code}: {detail}")
        self.code = code
        self.detail = detail


@dataclass
class Case:
    ref: str
    user: str
    channel: str
    lang: str
    category: str
    priority: str
    status: str
    created: int
    updated: int = 0
    queued_at: int = 0
    claimed_at: int = 0
    first_claimed: int = 0
    closed_at: int = 0
    operator: str = ""
    outcome: str = ""
    rating: str = ""
    reason: str = ""
    learned: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_hash(cls, h: dict[str, str]) -> Case:
        def n(k: str) -> int:
            try:
                return int(float(h.get(k) or 0))
            except ValueError:
                return 0

        return cls(
            ref=h.get("ref", ""), user=h.get("user", ""), channel=h.get("channel", ""), lang=h.get("lang", ""),
            category=h.get("category", "other"), priority=h.get("priority", "normal"), status=h.get("status", ""),
            created=n("created"), updated=n("updated"), queued_at=n("queued_at"), claimed_at=n("claimed_at"),
            first_claimed=n("first_claimed"), closed_at=n("closed_at"), operator=h.get("operator", ""),
            outcome=h.get("outcome", ""), rating=h.get("rating", ""), reason=h.get("reason", ""),
            learned={k[2:]: v for k, v in h.items() if k.startswith("l:")},
        )

    @property
    def display_ref(self) -> str:
        return display_ref(self.ref)

    @property
    def person(self) -> str:
        """A stable pseudonym for operators ("P-3f9a1c"): not the channel key itself."""
        return "P-" + hashlib.sha256(self.user.encode()).hexdigest()[:6] if self.user else "P-erased"


@dataclass(frozen=True)
class Opened:
    ref: str
    created: bool
    status: str
    priority: str
    place: int  # 1-based place in the queue; 0 when claimed
    operator: str = ""


def display_ref(ref: str) -> str:
    return f"{ref[:3]}-{ref[3:]}" if len(ref) == 6 else ref


def normalize_ref(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def message_item(by: str, text: str, now_ms: int, **extra: Any) -> str:
    item: dict[str, Any] = {"t": now_ms, "by": by, "text": text}
    item.update({k: v for k, v in extra.items() if v})
    return json.dumps(item, ensure_ascii=False, separators=(",", ":"))
