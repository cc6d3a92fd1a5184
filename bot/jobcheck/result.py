"""What the job-ad scanner returns: the flags found and the result of one scan."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FlagHit:
    """One red flag found: its id, the ad's words that raised it, its weight in the score."""

    id: str
    evidence: str
    weight: float
    critical: bool = False
    at: int = field(default=-1, compare=False)  # first token of the evidence (-1: not known)


@dataclass
class ScanResult:
    """What the scanner found in one ad."""

    risk: str  # "low" | "medium" | "high"
    flags: list[FlagHit] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    good: list[tuple[str, str]] = field(default_factory=list)  # (flag id, the ad's words) stated as a good sign
    score: float = 0.0
    lang: str = "ru"
    pay: Any = None  # salary.PayCheck
    notice: bool = False  # the learned layer is sure the text is a notice or warning, not an offer (``model.is_notice``)

    def as_dict(self) -> dict[str, Any]:
        """The public JSON shape: {"risk", "flags": [{"id", "evidence"}], "missing"}."""
        return {
            "risk": self.risk,
            "flags": [{"id": f.id, "evidence": f.evidence} for f in self.flags],
            "missing": list(self.missing),
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False)

    @property
    def flag_ids(self) -> list[str]:
        return [f.id for f in self.flags]
