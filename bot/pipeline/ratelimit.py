"""Per-person rate limit: a token bucket kept in the person's own state hash.

Kept in the state (field ``r``) rather than in a key of its own, so it costs no
extra Redis round trip: the state is loaded and saved for every message anyway.
A person gets ``RATE_BURST`` messages at once, then one more every
``RATE_REFILL_SECONDS``. The first message over the limit gets one polite answer;
further ones are dropped in silence until the bucket refills. Urgent words always
pass (a person in danger may type fast).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot import config

SETTINGS = (
    config.Setting("RATE_BURST", "15", "Messages a person may send at once before the rate limit applies (every channel).", int),
    config.Setting("RATE_REFILL_SECONDS", "4", "After the burst, one more message is allowed every this many seconds.", int),
    config.Setting("INTAKE_PER_MINUTE", "30",
                   "Messages one person may send in a minute before more are dropped at intake, unanswered (urgent words always pass). At "
                   "least `RATE_BURST`: the rate limit answers first; this keeps a flood from queueing in front of the people who share "
                   "the flooder's inbox partition.", int),
)


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    notify: bool  # tell the person once
    field: str  # new value of the state field


def check(field: str | None, now: float, burst: int, refill: float) -> Verdict:
    tokens, last, warned = float(burst), now, 0
    if field:
        try:
            t, s, w = field.split(":")
            tokens, last, warned = float(t), float(s), int(w)
        except ValueError:
            pass
    tokens = min(float(burst), tokens + max(0.0, now - last) / refill)
    # the time is kept to a tenth of a second: whole seconds let every message refill by the rounding
    if tokens >= 1:
        return Verdict(True, False, f"{tokens - 1:.2f}:{now:.1f}:0")
    return Verdict(False, not warned, f"{tokens:.2f}:{now:.1f}:1")
