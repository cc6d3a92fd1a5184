"""``python -m bot check``: every flow, catalog and content file, one line per problem.

Babel falls back silently to the English source when a translation is missing,
so this is the gate that keeps an untranslated or broken string from reaching a
person. It extracts messages with the same ``babel.cfg`` mapping that
``pybabel extract`` uses, so code, flows and data files are checked alike.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path

from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg

from bot import contacts
from bot.app import PLUGINS
from bot.engine.flows import FlowSet, Problem, load_dir
from bot.engine.registry import Registry
from bot.engine.runner import ENGINE_NODES, Commands
from bot.i18n import LANGUAGES, CatalogError, Translator, _load
from bot.pictures import availability, languages
from bot.runtime import Plugin

ROOT = Path(__file__).resolve().parent.parent
KEYWORDS = {**DEFAULT_KEYWORDS, "N_": None}


def flow_problems(fs: FlowSet, commands: Commands, resources: dict, registry: Registry) -> list[Problem]:
    problems: list[Problem] = list(fs.problems)

    def target(file: str, node: str, what: str, key: str | None) -> None:
        if key and key not in fs.nodes:
            problems.append(Problem(file, node, f"{what} goes to unknown node '{key}'"))

    def actions(file: str, node: str, calls: tuple) -> None:
        for call in calls:
            spec = registry.actions.get(call.name)
            if spec is None:
                problems.append(Problem(file, node, f"unknown action '{call.name}'"))
            elif spec.validate:
                for msg in spec.validate(call.args, resources):
                    problems.append(Problem(file, node, f"action '{call.name}': {msg}"))

    for node in fs.nodes.values():
        target(node.file, node.id, "'go'", node.go)
        target(node.file, node.id, "input", node.input_go)
        for i, opt in enumerate(node.options, 1):
            target(node.file, node.id, f"option {i} ('{opt.label}')", opt.go)
            actions(node.file, node.id, opt.do)
        actions(node.file, node.id, node.do)
        routes = any(c.name in registry.actions and registry.actions[c.name].routes for c in node.do)
        if not (node.options or node.input_go or node.go or node.end or routes):
            problems.append(Problem(node.file, node.id, "no way on (no options, input or 'go') and not marked 'end'"))
    for name, key in commands.nodes.items():
        if key not in fs.nodes:
            problems.append(Problem("data/commands.yaml", name, f"command goes to unknown node '{key}'"))
    # reachability: from the main flow's start, the global words and declared entries
    roots = {fs.starts.get("main", "main.lang"), *commands.nodes.values(), *fs.entries}
    seen: set[str] = set()
    todo = deque(k for k in roots if k in fs.nodes)
    while todo:
        key = todo.popleft()
        if key in seen:
            continue
        seen.add(key)
        node = fs.nodes[key]
        nexts = [node.go, node.input_go, *(o.go for o in node.options)]
        for call in (*node.do, *(c for o in node.options for c in o.do)):
            for v in call.args.values():
                if isinstance(v, str) and v in fs.nodes:
                    nexts.append(v)
        todo.extend(n for n in nexts if n and n in fs.nodes and n not in seen)
    for key, node in fs.nodes.items():
        if key not in seen:
            problems.append(Problem(node.file, node.id, "unreachable (no option, 'go', global word or entry leads here)"))
    return problems


def node_problems(fs: FlowSet, plugins: tuple[Plugin, ...] = PLUGINS) -> list[str]:
    """Every flow node a plugin's code names (``Plugin.nodes``) and the engine's own exist."""
    named = [("engine", n) for n in ENGINE_NODES] + [(p.name, n) for p in plugins for n in p.nodes]
    return [f"plugin {who}: names flow node '{node}', which does not exist" for who, node in named if node not in fs.nodes]


def extracted_messages(root: Path = ROOT) -> list[tuple[str, int, str]]:
    """(file, line, msgid) for every message that pybabel would extract."""
    with (root / "babel.cfg").open() as fp:
        method_map, options_map = parse_mapping_cfg(fp)
    found = []
    for filename, lineno, message, _comments, _context in extract_from_dir(str(root), method_map, options_map, keywords=KEYWORDS):
        if "/.venv/" in f"/{filename}" or filename.startswith("tests/"):
            continue
        ids = message if isinstance(message, tuple) else (message,)
        for msgid in ids:
            if msgid:
                found.append((filename, lineno, msgid))
    return found


def catalog_problems(root: Path = ROOT) -> tuple[list[str], dict[str, Translator]]:
    problems: list[str] = []
    translators: dict[str, Translator] = {}
    for lang in LANGUAGES:
        try:
            translators[lang] = _load(lang, root / "locales")
        except CatalogError as exc:
            problems.append(str(exc))
    if len(translators) < len(LANGUAGES):
        return problems, translators
    seen: set[str] = set()
    for filename, lineno, msgid in extracted_messages(root):
        if msgid in seen:
            continue
        seen.add(msgid)
        short = msgid if len(msgid) <= 60 else msgid[:57] + "..."
        for lang, tr in translators.items():
            if not tr.has(msgid):
                problems.append(f"{filename}:{lineno}: no {lang} translation for \"{short}\"")
    return problems, translators


def pictures_status() -> str:
    """Whether this machine can read pictures (Tesseract and its language packs). A server
    without them still works (people are told pictures cannot be read), so it is said here,
    not counted as a problem."""
    problem = availability()
    if problem:
        return f"WARNING: {problem}"
    return f"pictures: readable (Tesseract, {'+'.join(languages())})"


def run(root: Path = ROOT) -> tuple[list[str], str]:
    """All problems (one line each) and a one-line summary."""
    registry = Registry.of(p.engine for p in PLUGINS)
    fs = load_dir(root / "flows")
    commands = Commands.load(root / "data" / "commands.yaml")
    resources: dict = {"root": root}
    for fn in registry.setups:
        try:
            fn(resources)
        except Exception as exc:  # a data file that does not load is a problem to report
            return [f"{fn.__module__}: data does not load: {exc}"], ""
    problems = [str(p) for p in flow_problems(fs, commands, resources, registry)]
    problems += node_problems(fs)
    problems += contacts.problems(resources.get("contacts", []))
    warned: list[str] = []
    cat_problems, translators = catalog_problems(root)
    problems += cat_problems
    for plugin in PLUGINS:
        if plugin.check is not None:
            problems += plugin.check()
        if plugin.warnings is not None:
            warned += [f"warning: {w}" for w in plugin.warnings()]
    counts = ", ".join(f"{lang}: {len(tr.msgids)} strings" for lang, tr in translators.items())
    summary = f"ok: {len(fs.files)} flows, {len(fs.nodes)} nodes, {len(registry.actions)} actions; catalogs {counts}"
    summary += "; " + pictures_status()
    # warnings (e.g. content due for review) follow the summary: they do not fail the check
    return problems, "\n".join([summary, *warned])
