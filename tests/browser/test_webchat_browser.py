"""The web chat on a cheap phone (360×640) and at a desk, in headless Chromium:
issue 17 points 1-3 and issue 12 point 7."""

from __future__ import annotations

import re
from typing import Any

from tests.browser.conftest import DESK, PHONE, axe, axe_report, shot


async def open_chat(browser: Any, server: str, *, lang: str = "ru", viewport: dict[str, int] = PHONE, for_axe: bool = False,
                    locale: str | None = None) -> Any:
    ctx = await browser.new_context(viewport=viewport, bypass_csp=for_axe, locale=locale, has_touch=viewport == PHONE)
    page = await ctx.new_page()
    errors: list[str] = []
    uncaught: list[str] = []
    page.on("pageerror", lambda e: (errors.append(str(e)), uncaught.append(str(e))))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.errors = errors  # type: ignore[attr-defined]
    page.uncaught = uncaught  # type: ignore[attr-defined]
    await page.goto(f"{server}/" + (f"?lang={lang}" if lang else ""))
    return page


async def choose_russian(page: Any) -> None:
    from playwright.async_api import expect

    await expect(page.locator(".msg.bot .options").first).to_be_visible(timeout=10000)
    await page.locator(".msg.bot .options button", has_text="Русский").first.click()
    await expect(page.locator(".msg.bot").last).to_contain_text("Что вы хотите сделать", timeout=10000)


async def box(page: Any, selector: str) -> dict[str, float]:
    return await page.locator(selector).bounding_box()


async def test_phone_layout_language_and_buttons(server: str, browser: Any) -> None:
    """Point 1 (fixed text box, scrolled from the start, no horizontal scroll, 44 px targets,
    text area and count, page words in the bot's language, only tg/ru offered, lang on
    messages) and point 2 (spent options disabled, global ones working, no 'choose a number')."""
    from playwright.async_api import expect

    page = await open_chat(browser, server, lang="", locale="ru-RU")
    assert await page.get_attribute("html", "lang") == "ru"  # the browser's language, as it is Russian
    await expect(page.locator(".langs button")).to_have_count(2)
    assert "English" not in await page.locator("header").inner_text()
    await choose_russian(page)
    # the page's own words are Russian, and so is every bot message after the choice
    await expect(page.locator("#compose button[type=submit]")).to_have_text("Отправить")
    assert await page.locator(".msg.bot").last.get_attribute("lang") == "ru"
    menu = page.locator(".msg.bot").last
    assert "номер" not in (await menu.inner_text()).lower()  # buttons, not "choose a number"
    await shot(page, "webchat-menu-360.png")

    # a long article: it opens at its start, and the text box is on screen
    await page.fill("#text", "может ли работодатель держать у себя мой паспорт?")
    await page.press("#text", "Enter")
    await expect(page.locator(".msg.bot.kind-article")).to_have_count(1, timeout=10000)
    await page.wait_for_timeout(800)
    article_box = await page.locator(".msg.bot.kind-article").bounding_box()
    assert article_box["height"] > 300  # a long answer
    log_top = (await box(page, "#log"))["y"]
    assert log_top - 2 <= article_box["y"] <= log_top + 60, (article_box, log_top)  # from its title, not its end
    await expect(page.locator(".msg.bot.kind-article .title")).to_be_in_viewport()
    text_box = await box(page, "#text")
    assert text_box["y"] >= 0 and text_box["y"] + text_box["height"] <= PHONE["height"], text_box
    log_box = await box(page, "#log")
    longest = None
    for i in range(await page.locator(".msg.bot").count()):
        b = await page.locator(".msg.bot").nth(i).bounding_box()
        if b and b["height"] > log_box["height"]:
            longest = (i, b)
    if longest:  # a message taller than the screen is shown from its top
        top = longest[1]["y"]
        assert top >= log_box["y"] - 2 or top + longest[1]["height"] < log_box["y"], (top, log_box)
    last_bot = await page.locator(".msg.bot").last.bounding_box()
    assert last_bot["y"] >= log_box["y"] - 12, (last_bot, log_box)  # the newest answer's start is in view
    await shot(page, "webchat-article-360.png")
    # no horizontal scroll at 360 and at 320
    for width in (360, 320):
        await page.set_viewport_size({"width": width, "height": 640})
        assert await page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), width
        send = await box(page, "#compose button[type=submit]")
        assert send["x"] + send["width"] <= width, send
    await page.set_viewport_size(PHONE)
    # tap targets at least 44 px: every button, the language choice, the quick exit, the text box
    sizes = await page.evaluate("""() => [...document.querySelectorAll('button:not([disabled]), [data-action=quick-exit], #text')]
        .filter(e => e.offsetParent !== null).map(e => [e.textContent.trim().slice(0, 20), e.getBoundingClientRect().height])""")
    small = [s for s in sizes if s[1] < 44]
    assert not small, small
    # answered options are visibly disabled; a global one (main menu) still works from an old message
    first_menu = page.locator(".msg.bot.answered", has_text="Что вы хотите сделать").first
    await expect(first_menu).to_be_visible()
    disabled = first_menu.locator(".options button[disabled]")
    assert await disabled.count() >= 1
    await expect(page.locator(".msg.bot.answered").first.locator(".options button", has_text="Русский")).to_have_class(re.compile("chosen"))
    old_main = first_menu.locator(".options button[data-global]", has_text="Язык")
    await old_main.scroll_into_view_if_needed()
    await old_main.click()
    await expect(page.locator(".msg.bot").last).to_contain_text("Выберите язык", timeout=10000)
    assert "больше не работает" not in await page.locator("#log").inner_text()
    # a multi-line paste stays multi-line; near the limit a count shows; over it, nothing is cut silently
    await page.fill("#text", "строка один\nстрока два")
    assert await page.input_value("#text") == "строка один\nстрока два"
    await page.fill("#text", "а" * 1700)
    await expect(page.locator("#count")).to_be_visible()
    await expect(page.locator("#count")).to_contain_text("2000")
    await page.fill("#text", "а" * 2100)
    await page.press("#text", "Enter")
    await expect(page.locator("#count.over")).to_be_visible()
    assert len(await page.input_value("#text")) == 2100  # kept, not cut and not sent
    assert not page.errors, page.errors  # type: ignore[attr-defined]


async def test_unsent_message_is_kept_and_sent_once(server: str, browser: Any, runtime: Any) -> None:
    """Point 3: with the server unreachable the message stays, marked unsent with a retry in
    the person's language and a banner; when the connection returns it is sent, once."""
    from playwright.async_api import expect

    page = await open_chat(browser, server, lang="ru")
    await choose_russian(page)

    async def refuse(route: Any) -> None:
        await route.abort("connectionrefused")

    await page.route("**/chat/send", refuse)
    await page.route("**/chat/events*", refuse)
    await page.fill("#text", "Меня не отпускают домой")
    await page.press("#text", "Enter")
    unsent = page.locator('.msg.me[data-state="unsent"]')
    await expect(unsent).to_have_count(1, timeout=10000)
    await expect(unsent).to_contain_text("Меня не отпускают домой")
    await expect(unsent.locator(".retry")).to_have_text("Отправить снова")
    await expect(unsent.locator(".retry")).to_be_in_viewport()
    await expect(page.locator("#offline")).to_be_visible()
    await expect(page.locator("#offline")).to_contain_text("Нет связи")
    assert await page.input_value("#text") == ""
    assert not page.uncaught, page.uncaught  # type: ignore[attr-defined]  # no uncaught "Failed to fetch"
    await shot(page, "webchat-unsent-360.png")
    # the connection returns: the message goes by itself (no tap needed), once
    await page.unroute("**/chat/send")
    await page.unroute("**/chat/events*")
    await expect(page.locator('.msg.me[data-state="sent"]', has_text="Меня не отпускают домой")).to_have_count(1, timeout=15000)
    await expect(page.locator("#offline")).to_be_hidden(timeout=10000)
    await page.wait_for_timeout(1500)
    await expect(page.locator(".msg.me", has_text="Меня не отпускают домой")).to_have_count(1)
    # the same id sent again (the page's retry after a lost answer) is not a second message
    cid = await page.locator(".msg.me", has_text="Меня не отпускают домой").get_attribute("data-cid")
    r = await page.evaluate("""(cid) => fetch('/chat/send', {method: 'POST', headers: {'Content-Type': 'application/json',
        'X-Hamroh-Chat': '1'}, body: JSON.stringify({text: 'Меня не отпускают домой', id: cid})}).then(r => r.json())""", cid)
    assert r.get("duplicate") is True
    await page.reload()
    await expect(page.locator(".msg.me", has_text="Меня не отпускают домой")).to_have_count(1)
    # and the retry control sends at once when the person taps it
    await page.route("**/chat/send", refuse)
    await page.fill("#text", "Второе сообщение")
    await page.press("#text", "Enter")
    await expect(page.locator('.msg.me[data-state="unsent"] .retry')).to_be_visible(timeout=10000)
    await page.unroute("**/chat/send")
    await page.locator('.msg.me[data-state="unsent"] .retry').click()
    await expect(page.locator('.msg.me[data-state="sent"]', has_text="Второе сообщение")).to_have_count(1, timeout=3000)


async def test_without_javascript_the_form_posts(server: str, browser: Any) -> None:
    """Point 3: without JavaScript the form posts (the text never goes into the URL) and the
    page says JavaScript makes it work better."""
    from playwright.async_api import expect

    ctx = await browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = await ctx.new_page()
    await page.goto(f"{server}/?lang=ru")
    assert await page.get_attribute("#compose", "method") == "post"
    await expect(page.locator(".nojs")).to_contain_text("JavaScript")
    await page.fill("#text", "SOS мой номер +79991234567")
    await page.click("#compose button[type=submit]")
    await expect(page.locator(".msg.me")).to_contain_text("SOS")
    assert "text=" not in page.url and "7999" not in page.url
    await expect(page.locator(".msg.bot").first).to_be_visible()
    # the options are buttons that post too
    button = page.locator(".msg.bot .options button").first
    if await button.count():
        await button.click()
        assert "option" not in page.url


async def test_sos_numbers_are_links_once_and_quick_exit(server: str, browser: Any) -> None:
    """Issue 12 point 7: phone numbers are tel: links that do not break; the contacts block
    once per answer; the quick exit is on every screen, clears the page and leaves."""
    from playwright.async_api import expect

    page = await open_chat(browser, server, lang="ru")
    await choose_russian(page)
    exit_ = page.locator('[data-action="quick-exit"]')
    await expect(exit_).to_be_visible()
    await expect(exit_).to_be_in_viewport()
    await page.fill("#text", "SOS")
    await page.press("#text", "Enter")
    await expect(page.locator(".msg.bot a[href^='tel:']").first).to_be_visible(timeout=10000)
    await page.wait_for_timeout(1500)
    links = page.locator(".msg.bot a.tel")
    assert await links.count() >= 1
    for i in range(await links.count()):
        link = links.nth(i)
        href = await link.get_attribute("href")
        assert re.fullmatch(r"tel:\+?\d{2,15}", href or ""), href
        assert await link.evaluate("e => getComputedStyle(e).whiteSpace") == "nowrap"
        rects = await link.evaluate("e => e.getClientRects().length")
        assert rects == 1  # on one line
    # the contacts block appears once in this answer, and no other message repeats it
    answer = page.locator(".msg.me", has_text="SOS").locator("xpath=following-sibling::li[contains(@class, 'bot')]")
    assert await answer.count() >= 2
    blocks = page.locator(".msg.bot.kind-contacts")
    await expect(blocks).to_have_count(1)
    block_lines = [x for x in (await blocks.locator(".text").inner_text()).splitlines() if x.startswith("•")]
    assert block_lines
    for text in await answer.all_inner_texts():
        if "Экстренные контакты" not in text:
            assert not any(line in text for line in block_lines), text
    assert "Выберите номер" not in await page.locator("#log").inner_text()  # buttons, not numbers, on the web
    # the answer is shown from its start: its first message's top is at the top of the conversation
    first_answer = page.locator(".msg.me", has_text="SOS").locator("xpath=following-sibling::li[1]")
    top = (await first_answer.bounding_box())["y"]
    log_top = (await box(page, "#log"))["y"]
    assert log_top - 2 <= top <= log_top + 40, (top, log_top)
    await expect(exit_).to_be_in_viewport()
    await shot(page, "webchat-sos-360.png")
    # quick exit: the page is emptied and replaced by the neutral page
    await page.route("https://www.gismeteo.ru/**", lambda route: route.fulfill(status=200, body="<title>weather</title>weather"))
    await exit_.click()
    await page.wait_for_url(re.compile(r"gismeteo"))
    assert await page.evaluate("history.length") <= 2
    # coming back to the chat shows nothing of the conversation (the page's stream is deleted
    # by a beacon sent as the page leaves: it may land a moment after the new page is asked for)
    for _ in range(20):
        await page.goto(f"{server}/")
        texts = await page.locator("#log").inner_text()
        if "SOS" not in texts:
            break
        await page.wait_for_timeout(250)
    assert "SOS" not in texts


async def test_axe_web_chat(server: str, browser: Any) -> None:
    """Point 9: no serious or critical axe violations on the web chat, at a phone's and a desk's size."""
    for viewport in (PHONE, DESK):
        page = await open_chat(browser, server, lang="ru", viewport=viewport, for_axe=True)
        await choose_russian(page)
        violations = await axe(page)
        assert not violations, axe_report(violations)
        # the SOS answer (numbers as links, the urgent colours, the country question)
        await page.fill("#text", "SOS")
        await page.press("#text", "Enter")
        await page.locator(".msg.bot.kind-contacts").wait_for(timeout=10000)
        await page.wait_for_timeout(800)
        violations = await axe(page)
        assert not violations, axe_report(violations)
