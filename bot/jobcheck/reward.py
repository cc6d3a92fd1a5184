"""A "free" that is the reward for bringing people, not a denial of the fee (round 31 s).

"Касе ки 5 нафар ҷамъ кунад, худаш ройгон меравад", "Се нафар оред – худатон бепул", "приведёшь троих — поедешь
бесплатно": the worker goes free only if he recruits others, so everyone else pays. Such a "free" stands in the
sentence of the recruit-others hit; it must not cancel the fee the ad's amounts raise ("Пардохт 2 500 $").
"""

from __future__ import annotations

import bisect

from bot.jobcheck.cues import Folded
from bot.jobcheck.result import FlagHit


def reward_free(f: Folded, evidence: str, flags: list[FlagHit]) -> bool:
    """Whether the fair term ``evidence`` (a "free" of the fee's ``good`` cues) stands in the sentence of a recruit-others hit."""
    hits = [h.at for h in flags if h.id == "recruit-others" and 0 <= h.at < len(f.words)]
    at = f.text.find(evidence) if hits else -1
    if at < 0:
        return False
    t = max(0, bisect.bisect_right(f.spans, at, key=lambda sp: sp[0]) - 1)  # the token at the evidence (as cues.span_at)
    return any(f.sentence(t, t) == f.sentence(h, h) for h in hits)
