"""The guided job-offer checklist: which questions to ask, and the score of the answers.

Pure functions over ``data/jobcheck/checklist.yaml``: the flow asks the
questions one by one (``next_question``), and ``score`` turns the answers
{question id: "yes" | "no" | "unknown"} into a risk level, reasons in plain
words, next steps and an ``urgent`` mark. Questions, their red-flag ids and
weights are data so that staff can change them without a programmer.

Rules (issue 4): a risky answer on a critical flag makes the result high;
"don't know" counts half the weight and adds a step to find out; a risky answer
on an urgent question (threats, violence, being locked in) sets ``urgent``.
Texts are English msgids; ``bot.jobcheck.render`` translates them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT / "data" / "jobcheck" / "checklist.yaml"
FLAGS = ROOT / "data" / "jobcheck" / "flags.yaml"
TAXONOMY = ROOT / "data" / "taxonomy.yaml"
ANSWERS = ("yes", "no", "unknown")
CRITICAL = 10.0


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    flag: str | None = None
    risky: str = "yes"
    weight: float = 0.0
    critical: bool = False
    explain: str = ""
    step: str = ""
    unknown_step: str = ""
    article: str | None = None
    stage: str = "both"
    urgent: bool = False


@dataclass(frozen=True)
class Reason:
    """One answer that raised the risk."""

    question: str  # question id
    flag: str
    answer: str  # "yes" | "no" | "unknown"
    explain: str  # msgid
    weight: float
    critical: bool


@dataclass
class ChecklistResult:
    risk: str  # "low" | "medium" | "high"
    reasons: list[Reason] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)  # msgids, most important first
    articles: list[str] = field(default_factory=list)  # topic ids to read next
    urgent: bool = False
    score: float = 0.0
    answered: int = 0


@dataclass
class Checklist:
    questions: list[Question]
    high_at: float
    medium_at: float
    always_steps: list[str]
    first: str

    def get(self, qid: str) -> Question | None:
        for q in self.questions:
            if q.id == qid:
                return q
        return None

    def applicable(self, answers: dict[str, str]) -> list[Question]:
        """Questions for this person: the stage question, then those of their stage."""
        abroad = answers.get(self.first) == "yes"
        stage = "abroad" if abroad else "before"
        return [q for q in self.questions if q.id == self.first or q.stage in ("both", stage)]

    def next_question(self, answers: dict[str, str]) -> Question | None:
        """The first applicable question not answered yet (None: all done)."""
        for q in self.applicable(answers):
            if q.id not in answers:
                return q
        return None


def _weight(raw: Any, tax: dict[str, Any], flag: str | None) -> tuple[float, bool]:
    w = raw if raw is not None else (tax.get(flag, {}).get("weight") if flag else 0)
    if w == "critical":
        return CRITICAL, True
    return float(w or 0), False


def load(path: Path = DATA, flags_path: Path = FLAGS, taxonomy: Path = TAXONOMY) -> Checklist:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    flags = (yaml.safe_load(flags_path.read_text(encoding="utf-8")) or {}).get("flags") or {}
    tax = yaml.safe_load(taxonomy.read_text(encoding="utf-8"))["red_flags"]
    qs = []
    for raw in doc["questions"]:
        flag = raw.get("flag")
        w, crit = _weight(raw.get("weight"), tax, flag)
        fdoc = flags.get(flag, {}) if flag else {}
        qs.append(
            Question(
                id=str(raw["id"]),
                question=str(raw["question"]).strip(),
                flag=flag,
                risky=str(raw.get("risky", "yes")),
                weight=w,
                critical=crit,
                explain=str(raw.get("explain") or fdoc.get("explain") or "").strip(),
                step=str(fdoc.get("step") or "").strip(),
                unknown_step=str(raw.get("step") or "").strip(),
                article=raw.get("article") or fdoc.get("article"),
                stage=str(raw.get("stage", "both")),
                urgent=bool(raw.get("urgent")),
            )
        )
    sc = doc.get("scoring") or {}
    always = [str(a["step"]) for a in doc.get("always") or []]
    return Checklist(qs, float(sc.get("high_at", 8)), float(sc.get("medium_at", 3)), always, str(doc.get("first", "abroad")))


@lru_cache(maxsize=1)
def default_checklist() -> Checklist:
    return load()


def is_urgent(question_id: str, answer: str, checklist: Checklist | None = None) -> bool:
    """True when this answer must raise urgent help at once (violence, threats, confinement)."""
    q = (checklist or default_checklist()).get(question_id)
    return bool(q and q.urgent and answer == q.risky)


def score(answers: dict[str, str], checklist: Checklist | None = None) -> ChecklistResult:
    """Risk, reasons, next steps and urgency from the answers given so far."""
    cl = checklist or default_checklist()
    reasons: list[Reason] = []
    steps: list[str] = []
    articles: list[str] = []
    total = 0.0
    critical = urgent = False
    answered = 0
    seen_flags: dict[str, float] = {}
    for q in cl.applicable(answers):
        a = answers.get(q.id)
        if a not in ANSWERS or q.flag is None:
            continue
        answered += 1
        if a == q.risky:
            w = q.weight
            reasons.append(Reason(q.id, q.flag, a, q.explain, w, q.critical))
            critical = critical or q.critical
            urgent = urgent or q.urgent
            if q.step and q.step not in steps:
                steps.append(q.step)
        elif a == "unknown":
            w = q.weight / 2
            reasons.append(Reason(q.id, q.flag, a, q.explain, w, False))
            if q.unknown_step and q.unknown_step not in steps:
                steps.append(q.unknown_step)
        else:
            continue
        # two questions about one flag (contract, its language) add up to the flag's weight at most
        flag_cap = max(q.weight, seen_flags.get(q.flag, 0.0))
        before = seen_flags.get(q.flag + "#sum", 0.0)
        add = min(w, max(0.0, flag_cap - before)) if q.flag in seen_flags else w
        seen_flags[q.flag] = flag_cap
        seen_flags[q.flag + "#sum"] = before + add
        total += add
        if q.article and q.article not in articles:
            articles.append(q.article)
    if critical or total >= cl.high_at:
        risk = "high"
    elif total >= cl.medium_at:
        risk = "medium"
    else:
        risk = "low"
    reasons.sort(key=lambda r: (r.answer != "yes" and r.answer != "no", not r.critical, -r.weight))
    steps += [s for s in cl.always_steps if s not in steps]
    return ChecklistResult(risk, reasons, steps, articles, urgent, total, answered)
