"""``python -m bot check`` for the job check: data-file problems, one line each, naming the file.

The scanner, the checklist and the pay table are data edited by staff; a typo
there would silently weaken the check, so every file is loaded and compiled
here exactly as the program does, and cross-checked against the taxonomy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT / "data" / "jobcheck"
TAXONOMY = ROOT / "data" / "taxonomy.yaml"


def _yaml(path: Path, problems: list[str]) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        problems.append(f"{path.relative_to(ROOT)}: does not load: {str(exc).splitlines()[0]}")
        return None


def problems() -> list[str]:
    """Every problem found in the job-check data files."""
    from bot.jobcheck.cues import compile_cues

    out: list[str] = []
    tax = _yaml(TAXONOMY, out)
    if not tax:
        return out
    flags = tax.get("red_flags") or {}
    articles = set(tax.get("articles") or {})
    scan_ids = {f for f, s in flags.items() if s.get("scan")}
    # scanner patterns
    covered: set[str] = set()
    for path in sorted((DATA / "patterns").glob("*.yaml")):
        rel = path.relative_to(ROOT)
        doc = _yaml(path, out) or {}
        for fid, spec in (doc.get("flags") or {}).items():
            if fid not in flags:
                out.append(f"{rel}: unknown red flag '{fid}'")
                continue
            if fid not in scan_ids:
                out.append(f"{rel}: flag '{fid}' is not marked scan: true in the taxonomy")
            for key in ("cues", "except", "good", "with", "except_ad"):
                for cue in (spec or {}).get(key) or []:
                    try:
                        compile_cues([str(cue).lstrip("!=")])
                    except Exception as exc:  # noqa: BLE001 - any compile error of staff data is a problem to report
                        out.append(f"{rel}: {fid}.{key}: cue {cue!r} does not compile: {exc}")
            if (spec or {}).get("cues"):
                covered.add(fid)
    for fid in sorted(scan_ids - covered - {"unrealistic-pay"}):
        out.append(f"data/jobcheck/patterns: no cues for scanned flag '{fid}'")
    # explanations
    ftexts = _yaml(DATA / "flags.yaml", out) or {}
    for fid in flags:
        spec = (ftexts.get("flags") or {}).get(fid)
        if not spec or not spec.get("label") or not spec.get("explain"):
            out.append(f"data/jobcheck/flags.yaml: flag '{fid}' needs a label and an explanation")
        elif spec.get("article") and spec["article"] not in articles:
            out.append(f"data/jobcheck/flags.yaml: flag '{fid}': unknown article '{spec['article']}'")
    # checklist
    cl = _yaml(DATA / "checklist.yaml", out) or {}
    ids: set[str] = set()
    for i, q in enumerate(cl.get("questions") or [], 1):
        qid = q.get("id")
        if not qid or qid in ids:
            out.append(f"data/jobcheck/checklist.yaml: question {i}: missing or duplicate id")
        ids.add(qid)
        if q.get("flag") and q["flag"] not in flags:
            out.append(f"data/jobcheck/checklist.yaml: question '{qid}': unknown flag '{q['flag']}'")
        if q.get("risky", "yes") not in ("yes", "no"):
            out.append(f"data/jobcheck/checklist.yaml: question '{qid}': risky must be \"yes\" or \"no\"")
        if q.get("stage", "both") not in ("before", "abroad", "both"):
            out.append(f"data/jobcheck/checklist.yaml: question '{qid}': stage must be before, abroad or both")
    if cl and cl.get("first") not in ids:
        out.append("data/jobcheck/checklist.yaml: 'first' must name a question")
    # pay table
    pay = _yaml(DATA / "pay.yaml", out) or {}
    currencies = set(pay.get("currencies") or {})
    for code, spec in (pay.get("currencies") or {}).items():
        if code != "USD" and not spec.get("source"):
            out.append(f"data/jobcheck/pay.yaml: currency {code} has no source")
    for code, spec in (pay.get("countries") or {}).items():
        if not spec.get("source"):
            out.append(f"data/jobcheck/pay.yaml: country {code} has no source")
        if spec.get("currency") not in currencies:
            out.append(f"data/jobcheck/pay.yaml: country {code}: unknown currency {spec.get('currency')}")
        typical = spec.get("typical") or []
        if len(typical) != 2 or not typical[0] <= typical[1]:
            out.append(f"data/jobcheck/pay.yaml: country {code}: typical must be [low, high]")
    if out:
        return out
    try:  # finally, everything as the program builds it
        from bot.jobcheck.checklist import load
        from bot.jobcheck.salary import PayTable
        from bot.jobcheck.scanner import Scanner

        Scanner(DATA, TAXONOMY, PayTable(pay))
        load()
    except Exception as exc:  # noqa: BLE001 - report, do not crash `check`
        out.append(f"data/jobcheck: does not build: {exc.__class__.__name__}: {exc}")
    return out
