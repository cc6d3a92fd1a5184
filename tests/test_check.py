"""``python -m bot check``: passes on the shipped content, fails precisely on each broken fixture."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.app import PLUGINS
from bot.check import catalog_problems, flow_problems, node_problems
from bot.engine.flows import load_dir
from bot.engine.registry import Registry
from bot.engine.runner import Commands
from bot.runtime import Plugin

FIX = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent


@pytest.mark.parametrize(
    "fixture, expected",
    [
        ("flows_unknown_target", "flows/main.yaml: node 'menu': option 1 ('Go') goes to unknown node 'main.nowhere'"),
        ("flows_unreachable", "flows/main.yaml: node 'island': unreachable"),
        ("flows_dead_end", "flows/main.yaml: node 'stuck': no way on"),
        ("flows_duplicate", "flows/main.yaml: node 'menu': duplicate node id"),
        ("flows_no_target", "flows/main.yaml: node 'menu': option 1 ('Nothing happens') has no target"),
        ("flows_unknown_action", "flows/main.yaml: node 'menu': unknown action 'launch_rockets'"),
        ("flows_bad_version", "flows/main.yaml: unsupported format version 7"),
    ],
)
def test_each_broken_flow_is_reported_with_file_and_node(fixture: str, expected: str) -> None:
    fs = load_dir(FIX / fixture / "flows")
    problems = [str(p) for p in flow_problems(fs, Commands(), {"root": ROOT}, Registry.of(p.engine for p in PLUGINS))]
    assert any(p.startswith(expected) for p in problems), problems


def test_missing_translation_is_reported() -> None:
    problems, _ = catalog_problems(FIX / "catalog_missing")
    assert problems == ['flows/main.yaml:8: no ru translation for "Contacts"']


def test_catalog_that_does_not_load_is_reported() -> None:
    problems, _ = catalog_problems(FIX / "catalog_broken")
    assert len(problems) == 1 and "locales/ru/LC_MESSAGES/core.po: catalog does not load" in problems[0]


@pytest.mark.slow
def test_shipped_content_passes() -> None:
    out = subprocess.run([sys.executable, "-m", "bot", "check"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    assert out.stdout.startswith("ok: ")


def test_console_string_without_translation_is_reported(tmp_path: Path) -> None:
    """The console's and the web chat's templates are checked like code: a string shown in
    the console without a tg or ru translation fails ``python -m bot check``."""
    import shutil

    shutil.copy(ROOT / "babel.cfg", tmp_path / "babel.cfg")
    shutil.copytree(ROOT / "locales", tmp_path / "locales")
    templates = tmp_path / "bot" / "web" / "templates"
    shutil.copytree(ROOT / "bot" / "web" / "templates", templates)
    assert catalog_problems(tmp_path)[0] == []  # the shipped templates are translated
    (templates / "extra.html").write_text('<p>{{ _("Cases nobody has read yet") }}</p>\n', encoding="utf-8")
    tg = tmp_path / "locales" / "tg" / "LC_MESSAGES" / "web.po"
    tg.write_text(tg.read_text(encoding="utf-8") + '\nmsgid "Cases nobody has read yet"\nmsgstr "Парвандаҳое, ки ҳанӯз касе нахондааст"\n',
                  encoding="utf-8")
    problems, _ = catalog_problems(tmp_path)
    assert problems == ['bot/web/templates/extra.html:1: no ru translation for "Cases nobody has read yet"'], problems


def test_a_flow_node_a_plugin_names_must_exist() -> None:
    """A node renamed in a flow, but still named in code, is a problem for ``check`` (not a
    fall back to the menu at run time)."""
    fs = load_dir(ROOT / "flows")
    assert node_problems(fs) == []
    renamed = Plugin("example", nodes=("handover.waiting", "handover.waitng"))
    assert node_problems(fs, (*PLUGINS, renamed)) == [
        "plugin example: names flow node 'handover.waitng', which does not exist"]
