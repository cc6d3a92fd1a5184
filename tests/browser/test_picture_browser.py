"""Pictures in a real browser (headless Debian Chromium, Playwright): the web chat's picture
button sends a screenshot of an ad and the answer shows the text read from it; during a case,
a photo of a contract appears in the console of the operator holding the case, loaded through
the authenticated picture URL, with the recognised text beside it."""

from __future__ import annotations

import re

import pytest

from bot import pictures
from tests import picture_ads as pa
from tests.browser.conftest import ARGS, CHROMIUM, PASSWORD  # the server fixture is in conftest.py

pytestmark = pytest.mark.skipif(pictures.availability() is not None, reason=str(pictures.availability()))


async def test_picture_button_and_the_case_picture_in_the_console(server: str) -> None:  # noqa: F811
    from playwright.async_api import async_playwright, expect

    ad = next(r for r in pa.ads("ru") if "Польше" in r["text"])
    contract = pa.flyer("ТРУДОВОЙ ДОГОВОР. Работодатель: ООО Образец. Зарплата 90 000 рублей в месяц.", fmt="JPEG")
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            chat = await (await browser.new_context()).new_page()
            await chat.goto(f"{server}/?lang=ru")
            first_options = chat.locator(".msg.bot .options").first
            await expect(first_options).to_be_visible(timeout=10000)
            await first_options.locator("button").nth(1).click()  # Russian
            await expect(chat.locator(".msg.bot").last).to_contain_text("Что вы хотите сделать", timeout=10000)

            # the picture button: a screenshot of an ad, read and scanned
            await expect(chat.locator("button.picture-button")).to_be_visible()
            await chat.set_input_files("#picture", files=[{"name": "ad.png", "mimeType": "image/png", "buffer": pa.screenshot(ad["text"])}])
            ocr = chat.locator(".msg.kind-ocr").last
            await expect(ocr).to_contain_text("прочитал этот текст", timeout=60000)
            await expect(ocr).to_contain_text("Польш")

            # a case: the operator claims it, the person sends a photo of the contract
            await chat.fill("#text", "SOS у меня забрали паспорт")
            await chat.press("#text", "Enter")
            pattern = re.compile(r"(?<![\d-])\d{3}-\d{3}(?![\d-])")
            reference = chat.locator(".msg.bot", has_text=pattern).first
            await expect(reference).to_be_visible(timeout=10000)
            ref = pattern.search(await reference.inner_text()).group(0)  # type: ignore[union-attr]

            console = await (await browser.new_context()).new_page()
            await console.goto(f"{server}/console/login?lang=en")
            await console.fill("input[name=name]", "nodira")
            await console.fill("input[name=password]", PASSWORD)
            await console.click("button[type=submit]")
            await console.goto(f"{server}/console/case/{ref}")
            await console.click("button:text('Claim')")
            await expect(chat.locator(".msg.kind-operator").last).to_contain_text(ref, timeout=10000)

            await chat.set_input_files("#picture", files=[{"name": "contract.jpg", "mimeType": "image/jpeg", "buffer": contract}])
            figure = console.locator(".case-picture").first
            await expect(figure).to_be_visible(timeout=60000)  # live, without a reload
            await expect(figure.locator("pre.ocr")).to_contain_text("Образец")
            img = figure.locator("img")
            await expect(img).to_have_js_property("complete", True, timeout=10000)
            assert await img.evaluate("i => i.naturalWidth") == 1000  # the picture itself, through the session
        finally:
            await browser.close()
