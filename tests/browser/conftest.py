"""Browser tests: a real server on loopback (web chat, console, worker) on the test's
own keys, driven by Playwright with Debian's Chromium, at a phone's size (360×640)
and a desk's (1366×768), with axe-core (from the npm registry, installed by
scripts/test into .axe/) injected into pages."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from bot.app import Runtime
from bot.operators import accounts as operators
from bot.web.server import attach_all, build_app, detach_all

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
PASSWORD = "a long enough password"
ROOT = Path(__file__).resolve().parent.parent.parent
AXE = ROOT / ".axe" / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = ROOT / "docs" / "screenshots"
PHONE = {"width": 360, "height": 640}
DESK = {"width": 1366, "height": 768}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).resolve().parent
    for item in items:
        if Path(str(item.fspath)).resolve().parent == here:
            item.add_marker(pytest.mark.browser)
            if not Path(CHROMIUM).exists():
                item.add_marker(pytest.mark.skip(reason=f"{CHROMIUM} is not installed (apt-get install chromium)"))


@pytest.fixture
async def server(runtime: Runtime) -> AsyncIterator[str]:
    await operators.add(runtime.storage, "nodira", "operator", PASSWORD)
    await operators.add(runtime.storage, "farrukh", "supervisor", PASSWORD)
    await attach_all(runtime)
    app = build_app(runtime)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    task = await runtime.worker.start()
    yield f"http://127.0.0.1:{port}"
    task.cancel()
    await runner.cleanup()
    await detach_all(runtime)


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        b = await pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield b
        finally:
            await b.close()


async def axe(page: Any) -> list[dict[str, Any]]:
    """axe-core's serious and critical violations on the page as it is now."""
    if not AXE.exists():
        pytest.skip("axe-core is not installed (scripts/test installs it into .axe/)")
    # (an inline script: the page's context must be made with bypass_csp=True)
    await page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = await page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    bad = [v for v in result["violations"] if v.get("impact") in ("serious", "critical")]
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in bad]


def axe_report(violations: list[dict[str, Any]]) -> str:
    return json.dumps(violations, ensure_ascii=False, indent=1)


async def sign_in(browser: Any, server: str, name: str = "nodira", *, viewport: dict[str, int] = DESK, lang: str = "en",
                  for_axe: bool = False) -> Any:
    ctx = await browser.new_context(viewport=viewport, bypass_csp=for_axe)
    page = await ctx.new_page()
    await page.goto(f"{server}/console/login?lang={lang}")
    await page.fill("input[name=name]", name)
    await page.fill("input[name=password]", PASSWORD)
    await page.click("button[type=submit]")
    await page.wait_for_url(f"{server}/console")
    return page


async def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(SHOTS / name))
