"""The layout keeps its promises (docs/architecture.md): every import of every module under
``bot/`` (at the top, inside functions, or for type checking alike) goes to a module of
the same layer or one below, the module graph has no circles, Redis is only spoken to
from ``bot/storage/``, and no module is longer than 500 lines."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BOT = ROOT / "bot"
MAX_LINES = 500

# lowest first; a module's layer is that of the longest prefix that names it
LAYERS: list[tuple[str, ...]] = [
    ("bot", "bot.config", "bot.logs", "bot.ids", "bot.i18n", "bot.metrics", "bot.contacts"),
    ("bot.engine", "bot.trouble", "bot.storage"),
    ("bot.pipeline", "bot.abuse"),
    ("bot.runtime",),
    ("bot.knowledge", "bot.jobcheck", "bot.pictures", "bot.handover"),
    ("bot.web",),
    ("bot.channels",),
    ("bot.operators",),
    ("bot.app", "bot.check", "bot.emergency_cli", "bot.__main__"),
]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer(name: str) -> int:
    best, rank = -1, -1
    for i, names in enumerate(LAYERS):
        for prefix in names:
            if (name == prefix or name.startswith(prefix + ".")) and len(prefix) > best:
                best, rank = len(prefix), i
    assert rank >= 0, f"{name} is in no layer: add it to LAYERS"
    return rank


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in BOT.rglob("*.py")}


def imports(path: Path, name: str, known: set[str]) -> set[str]:
    """Every module of ours that ``path`` imports, wherever the import statement is."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, base] if base else up)
            # "from bot.x import y": y may be a module of ours or a name in bot.x
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        for t in targets:
            while t and t not in known:
                t = t.rpartition(".")[0]
            if t and t != name:
                found.add(t)
    return found


def graph() -> dict[str, set[str]]:
    mods = modules()
    known = set(mods)
    return {name: imports(path, name, known) for name, path in mods.items()}


def test_no_import_runs_up_a_layer() -> None:
    up = [f"{a} (layer {layer(a)}) imports {b} (layer {layer(b)})"
          for a, targets in graph().items() for b in sorted(targets) if layer(b) > layer(a)]
    assert not up, "\n".join(up)


def test_the_module_graph_has_no_circles() -> None:
    g = graph()
    # Tarjan's strongly connected components (a circle is a component of two or more)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    circles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in g[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                circles.append(sorted(comp))

    for v in sorted(g):
        if v not in index:
            visit(v)
    assert not circles, "\n".join(" <-> ".join(c) for c in circles)


def test_only_storage_speaks_to_redis() -> None:
    bad = []
    for name, path in modules().items():
        if name == "bot.storage" or name.startswith("bot.storage."):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            mod = None
            if isinstance(node, ast.Import):
                mod = next((a.name for a in node.names if a.name.split(".")[0] == "redis"), None)
            elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "redis" and not node.level:
                mod = node.module
            if mod:
                bad.append(f"{name}:{node.lineno} imports {mod}")
            if isinstance(node, ast.Attribute) and node.attr == "redis" and isinstance(node.value, ast.Attribute) \
                    and node.value.attr == "storage":
                bad.append(f"{name}:{node.lineno} uses storage.redis")
    assert not bad, "\n".join(bad)


def test_no_module_is_longer_than_500_lines() -> None:
    long = [f"{name}: {n} lines" for name, path in sorted(modules().items())
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES]
    assert not long, "\n".join(long)
