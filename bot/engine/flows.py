"""Flow model and loader: ``flows/*.yaml`` (format version 1, see flows/README.md).

Loading never raises on a bad flow: every problem is collected with the file and
node it concerns, so ``python -m bot check`` can report them all at once
(goflow's inspect habit).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

FORMAT_VERSION = 1
NODE_KEYS = {"id", "say", "options", "input", "do", "go", "end", "note"}
OPTION_KEYS = {"label", "go", "do"}


@dataclass(frozen=True)
class ActionCall:
    name: str
    args: dict[str, Any]


@dataclass(frozen=True)
class FlowOption:
    label: str
    go: str | None  # resolved full target "flow.node"
    do: tuple[ActionCall, ...] = ()


@dataclass(frozen=True)
class Node:
    flow: str
    id: str
    say: tuple[str, ...] = ()
    options: tuple[FlowOption, ...] = ()
    input_go: str | None = None  # where free text goes when the node accepts it
    input_save: str | None = None  # the variable that keeps it
    do: tuple[ActionCall, ...] = ()
    go: str | None = None
    end: bool = False
    file: str = ""

    @property
    def key(self) -> str:
        return f"{self.flow}.{self.id}"

    @property
    def waits(self) -> bool:
        return bool(self.options) or self.input_go is not None

    @property
    def token(self) -> str:
        """Short id of this node for button data (stale buttons are detected by it)."""
        return format(zlib.crc32(self.key.encode()) & 0xFFFF, "04x")


@dataclass
class Problem:
    file: str
    node: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: node '{self.node}'" if self.node else self.file
        return f"{where}: {self.message}"


@dataclass
class FlowSet:
    nodes: dict[str, Node] = field(default_factory=dict)
    starts: dict[str, str] = field(default_factory=dict)  # flow name -> its start node key
    entries: set[str] = field(default_factory=set)  # nodes entered from code or global words
    files: dict[str, str] = field(default_factory=dict)  # flow name -> file
    problems: list[Problem] = field(default_factory=list)

    def get(self, key: str) -> Node | None:
        return self.nodes.get(key)

    def by_token(self, token: str) -> Node | None:
        for node in self.nodes.values():
            if node.token == token:
                return node
        return None


def resolve(target: str, flow: str) -> str:
    """``node`` means a node of the same flow; ``flow.node`` a node of another flow."""
    return target if "." in target else f"{flow}.{target}"


def _actions(raw: Any, file: str, node: str | None, problems: list[Problem]) -> tuple[ActionCall, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raw = [raw]
    calls = []
    for item in raw:
        if isinstance(item, str):
            calls.append(ActionCall(item, {}))
        elif isinstance(item, dict) and len(item) == 1:
            name, args = next(iter(item.items()))
            if args is None:
                args = {}
            if not isinstance(args, dict):
                args = {"value": args}
            calls.append(ActionCall(str(name), args))
        else:
            problems.append(Problem(file, node, f"an action must be a name or {{name: {{args}}}}, not {item!r}"))
    return tuple(calls)


def _texts(raw: Any) -> tuple[str, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str):
        return (raw.strip(),)
    return tuple(str(x).strip() for x in raw)


def load_file(path: Path, fs: FlowSet) -> None:
    file = str(path.relative_to(path.parent.parent)) if path.parent.name == "flows" else str(path)
    problems = fs.problems
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(file, None, f"not valid YAML: {str(exc).splitlines()[0]}"))
        return
    if not isinstance(doc, dict):
        problems.append(Problem(file, None, "a flow file must be a mapping with version, flow, start and nodes"))
        return
    if doc.get("version") != FORMAT_VERSION:
        problems.append(Problem(file, None, f"unsupported format version {doc.get('version')!r} (expected {FORMAT_VERSION})"))
        return
    flow = doc.get("flow")
    if not isinstance(flow, str) or not flow or "." in flow:
        problems.append(Problem(file, None, "flow name missing or contains a dot"))
        return
    if flow in fs.files:
        problems.append(Problem(file, None, f"duplicate flow name '{flow}' (also in {fs.files[flow]})"))
        return
    fs.files[flow] = file
    raw_nodes = doc.get("nodes")
    if not isinstance(raw_nodes, list) or not raw_nodes:
        problems.append(Problem(file, None, "no nodes"))
        return
    start = doc.get("start") or (raw_nodes[0].get("id") if isinstance(raw_nodes[0], dict) else None)
    fs.starts[flow] = resolve(str(start), flow)
    fs.entries.update(resolve(str(e), flow) for e in doc.get("entries") or [])
    for i, raw in enumerate(raw_nodes):
        if not isinstance(raw, dict) or not raw.get("id"):
            problems.append(Problem(file, None, f"node #{i + 1} has no id"))
            continue
        nid = str(raw["id"])
        unknown = set(raw) - NODE_KEYS
        if unknown:
            problems.append(Problem(file, nid, f"unknown field(s): {', '.join(sorted(unknown))}"))
        key = f"{flow}.{nid}"
        if key in fs.nodes:
            problems.append(Problem(file, nid, "duplicate node id"))
            continue
        options = []
        for j, opt in enumerate(raw.get("options") or []):
            if not isinstance(opt, dict) or not opt.get("label"):
                problems.append(Problem(file, nid, f"option {j + 1} has no label"))
                continue
            if set(opt) - OPTION_KEYS:
                problems.append(Problem(file, nid, f"option {j + 1}: unknown field(s): {', '.join(sorted(set(opt) - OPTION_KEYS))}"))
            go = resolve(str(opt["go"]), flow) if opt.get("go") else None
            do = _actions(opt.get("do"), file, nid, problems)
            if go is None and not do:
                problems.append(Problem(file, nid, f"option {j + 1} ('{opt['label']}') has no target"))
            options.append(FlowOption(str(opt["label"]).strip(), go, do))
        inp = raw.get("input")
        input_go = input_save = None
        if inp is not None:
            if not isinstance(inp, dict) or not inp.get("go"):
                problems.append(Problem(file, nid, "input needs a 'go' target"))
            else:
                input_go = resolve(str(inp["go"]), flow)
                input_save = inp.get("save")
        fs.nodes[key] = Node(
            flow=flow,
            id=nid,
            say=_texts(raw.get("say")),
            options=tuple(options),
            input_go=input_go,
            input_save=input_save,
            do=_actions(raw.get("do"), file, nid, problems),
            go=resolve(str(raw["go"]), flow) if raw.get("go") else None,
            end=bool(raw.get("end")),
            file=file,
        )


def load_dir(directory: Path) -> FlowSet:
    fs = FlowSet()
    for path in sorted(directory.glob("*.yaml")):
        load_file(path, fs)
    return fs
