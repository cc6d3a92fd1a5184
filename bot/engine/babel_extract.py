"""Babel extractor for YAML data: flows (``say`` and ``label``) and data files.

Registered in ``babel.cfg`` by module path, so ``pybabel extract -F babel.cfg``
pulls strings from code and flows alike into one template. Options:
``keys`` (comma-separated mapping keys whose string values are messages;
default ``say,label``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

import yaml


def _walk(node: yaml.Node, keys: set[str]) -> Iterator[tuple[int, str]]:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value in keys:
                if isinstance(v, yaml.ScalarNode) and v.value.strip():
                    yield v.start_mark.line + 1, v.value.strip()
                elif isinstance(v, yaml.SequenceNode):
                    for item in v.value:
                        if isinstance(item, yaml.ScalarNode) and item.value.strip():
                            yield item.start_mark.line + 1, item.value.strip()
            else:
                yield from _walk(v, keys)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _walk(item, keys)


def messages(text: str, keys: set[str]) -> Iterator[tuple[int, str]]:
    root = yaml.compose(text)
    if root is not None:
        yield from _walk(root, keys)


def extract_yaml(fileobj: IO[bytes], keywords: Any, comment_tags: Any,
                 options: dict[str, str]) -> Iterator[tuple[int, None, str, list[str]]]:
    keys = {k.strip() for k in options.get("keys", "say,label").split(",") if k.strip()}
    for lineno, message in messages(fileobj.read().decode("utf-8"), keys):
        yield lineno, None, message, []
