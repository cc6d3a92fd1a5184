"""The whole loop in a real browser (headless Debian Chromium driven by Playwright):
a person asks for help in the web chat, an operator signs in to the console, sees
the case appear without reloading, claims it, replies, the reply arrives in the
web chat, and the operator closes the case."""

from __future__ import annotations

import re

from tests.browser.conftest import ARGS, CHROMIUM, PASSWORD

# the server fixture (web chat, console, worker on loopback) is in tests/browser/conftest.py


async def test_web_chat_to_console_and_back(server: str) -> None:
    from playwright.async_api import async_playwright, expect

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            op_ctx = await browser.new_context()
            console = await op_ctx.new_page()
            await console.goto(f"{server}/console/login?lang=en")
            await console.fill("input[name=name]", "nodira")
            await console.fill("input[name=password]", PASSWORD)
            await console.click("button[type=submit]")
            await expect(console.locator("h2").first).to_contain_text("Waiting")

            person_ctx = await browser.new_context()
            chat = await person_ctx.new_page()
            await chat.goto(f"{server}/?lang=ru")
            first_options = chat.locator(".msg.bot .options").first
            await expect(first_options).to_be_visible(timeout=10000)
            await first_options.locator("button").nth(1).click()  # Russian
            await expect(chat.locator(".msg.bot").last).to_contain_text("Что вы хотите сделать", timeout=10000)
            await chat.fill("#text", "SOS <b>меня заперли</b>")
            await chat.press("#text", "Enter")
            pattern = re.compile(r"(?<![\d-])\d{3}-\d{3}(?![\d-])")  # the case reference, not a phone number
            reference = chat.locator(".msg.bot", has_text=pattern).first
            await expect(reference).to_be_visible(timeout=10000)
            ref = pattern.search(await reference.inner_text()).group(0)  # type: ignore[union-attr]

            row = console.locator(f"a:text('{ref}')")
            await expect(row).to_be_visible(timeout=10000)  # appeared without a reload
            await row.click()
            await console.click("button:text('Claim')")
            await expect(chat.locator(".msg.kind-operator").last).to_contain_text(ref, timeout=10000)
            await console.fill("#reply-text", "Мы рядом. Вы можете говорить?")
            await console.click("button:text('Send reply')")
            await expect(chat.locator(".msg.kind-operator", has_text="Мы рядом")).to_be_visible(timeout=10000)
            await expect(console.locator(".conversation")).to_contain_text("Мы рядом")

            await chat.fill("#text", "Да, могу")
            await chat.press("#text", "Enter")
            await expect(console.locator(".conversation")).to_contain_text("Да, могу", timeout=10000)  # live, no reload

            await console.select_option("select[name=outcome]", "referred_ngo")
            await console.click("button:text('Close the case')")
            await expect(console.locator(".badge.status-closed")).to_be_visible()
            await expect(chat.locator(".msg.bot").last).to_contain_text("1", timeout=10000)
            await expect(chat.locator(".msg.kind-operator").last).to_contain_text(ref)
        finally:
            await browser.close()
