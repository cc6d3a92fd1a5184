"""The labelled statements the recogniser's model learns from, one set per writer.

Nothing here is copied: the development examples are read from ``tests/test_trouble.py``
(its lists parsed, not imported), the others from the YAML sets they live in. A set that is
missing (an installed copy without ``tests/``) is simply absent; training and the
fingerprint check are done in a checkout.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
DATA_DIR = ROOT / "data" / "trouble"

# writer set -> where its statements are; "dev" is the lists of tests/test_trouble.py
SETS: dict[str, Path] = {
    "dev": ROOT / "tests" / "test_trouble.py",
    "check": ROOT / "bench" / "trouble_check.yaml",
    "heldout": ROOT / "bench" / "trouble_heldout.yaml",
    "heldout2": ROOT / "bench" / "trouble_heldout2.yaml",
    "holdout3": ROOT / "tests" / "data" / "holdout3" / "trouble.yaml",
    "extra": DATA_DIR / "extra.yaml",  # written for training (thin kinds, hard cases)
    "extra2": DATA_DIR / "extra2.yaml",  # written after the bars were chosen; its first run was blind
}
# the writer sets left out one at a time in cross-validation
CV_SETS = ("holdout3", "check", "heldout", "heldout2", "dev", "extra", "extra2")
_DEV_LISTS = {"URGENT": True, "DEV_URGENT": True, "NOT_URGENT": False, "DEV_NOT_URGENT": False}


@dataclass(frozen=True)
class Statement:
    text: str
    urgent: bool
    writer: str  # the set it comes from
    lang: str = ""  # as the set gives it ("" when it does not)
    script: str = ""


def dev_statements(path: Path) -> list[Statement]:
    """The literal lists URGENT, NOT_URGENT, DEV_URGENT, DEV_NOT_URGENT of a test module
    (assignments and ``+=`` at the top level), in the order written."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: list[Statement] = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AugAssign):
            target, value = node.target, node.value
        else:
            continue
        if not isinstance(target, ast.Name) or target.id not in _DEV_LISTS:
            continue
        for item in ast.literal_eval(value):
            text = item[0] if isinstance(item, tuple) else item
            out.append(Statement(str(text), _DEV_LISTS[target.id], "dev"))
    return out


def yaml_statements(path: Path, writer: str) -> list[Statement]:
    import yaml

    items = yaml.safe_load(path.read_text(encoding="utf-8"))["statements"]
    return [Statement(str(it["text"]), bool(it["urgent"]), writer, str(it.get("lang") or ""),
                      str(it.get("script") or "")) for it in items]


def load_sets(names: tuple[str, ...] | None = None) -> dict[str, list[Statement]]:
    """Every writer set that exists, by name."""
    out: dict[str, list[Statement]] = {}
    for name, path in SETS.items():
        if (names is not None and name not in names) or not path.exists():
            continue
        out[name] = dev_statements(path) if path.suffix == ".py" else yaml_statements(path, name)
    return out
