"""The console at a desk (1366×768), in headless Chromium: issue 17 points 4-7 (the whole
story on the case page, the referral directory, translations, readable statistics)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bot import contacts
from tests.browser.conftest import DESK, PHONE, axe, axe_report, shot, sign_in
from tests.browser.test_webchat_browser import choose_russian, open_chat

REF = re.compile(r"(?<![\d-])\d{3}-\d{3}(?![\d-])")  # a case reference, not a phone number
FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "directory" / "contacts.yaml"


@pytest.fixture
def directory(runtime: Any, monkeypatch: pytest.MonkeyPatch) -> list[contacts.Contact]:
    """The fictional directory of tests/fixtures/directory (not the shipped contacts)."""
    entries = contacts.load(FIXTURE)
    monkeypatch.setitem(runtime.processor.engine.resources, "contacts", entries)
    return entries


async def tap(page: Any, label: str) -> None:
    from playwright.async_api import expect

    button = page.locator(".msg.bot:last-child .options button", has_text=label).first
    await expect(button).to_be_visible(timeout=10000)
    await button.click()


async def checklist_case(browser: Any, server: str) -> Any:
    """A person in the web chat answers the job-offer checklist until it raises an urgent case."""
    from playwright.async_api import expect

    chat = await open_chat(browser, server, lang="ru", viewport=PHONE)
    await choose_russian(chat)
    await chat.fill("#text", "Мне предложили работу на стройке в Казани")
    await chat.press("#text", "Enter")
    await chat.wait_for_timeout(800)
    await chat.locator(".msg.bot .options button[data-global]", has_text="Язык").first.click()  # a global button of an old message
    await tap(chat, "Русский")
    await tap(chat, "Проверить предложение работы")
    await tap(chat, "Ответить на вопросы о предложении")
    await expect(chat.locator(".msg.bot").last).to_contain_text("Вы уже за границей", timeout=10000)
    await tap(chat, "Да")
    await expect(chat.locator(".msg.bot").last).to_contain_text("угрожал", timeout=10000)
    await tap(chat, "Да")
    await expect(chat.locator(".msg.bot", has_text=REF)).to_have_count(1, timeout=10000)
    return chat


async def test_case_page_tells_the_whole_story(server: str, browser: Any, directory: list) -> None:
    """Point 4: taps as the words chosen, the bot's questions, checklist answers as questions
    and answers, plain words for internal codes, names not codes; after a reply or a note the
    reply box has focus with the newest message in view; earlier cases with their outcome;
    point 5: the directory inserts an organisation into the reply in the person's language."""
    from playwright.async_api import expect

    chat = await checklist_case(browser, server)
    ref = re.search(r"(?<![\d-])\d{3}-\d{3}(?![\d-])", await chat.locator(".msg.bot", has_text=REF).inner_text()).group(0)
    console = await sign_in(browser, server, lang="ru")
    await expect(console.locator("h2").first).to_contain_text("Ожидает: 1 обращение")
    row = console.locator(f"a:text('{ref}')")
    await expect(row).to_be_visible(timeout=10000)
    queue_text = await console.locator("#live").inner_text()
    assert "Веб-чат" in queue_text and "русский" in queue_text
    assert not re.search(r"\b\d+ (s|min)\b", queue_text), queue_text  # units in Russian
    await row.click()
    await console.click("button:text('Взять')")
    conv = console.locator(".conversation")
    await expect(conv).to_contain_text("Вы уже за границей")  # the bot's question
    await expect(conv).to_contain_text("нажал кнопку")  # a tap, as the words chosen
    await expect(conv.locator("li.tap", has_text="Проверить предложение работы")).to_have_count(1)
    await expect(conv).to_contain_text("Мне предложили работу на стройке")  # what the person typed
    await expect(conv).to_contain_text("В ответе на вопрос проверки названы насилие")  # not "[offer-checklist]"
    text = await console.locator("main").inner_text()
    assert "[offer-checklist]" not in text and "[sos]" not in text
    learned = console.locator("table.learned")
    await expect(learned).to_contain_text("угрожал")
    await expect(learned).to_contain_text("Да")
    facts = await console.locator("dl.facts").inner_text()
    assert "Веб-чат" in facts and "русский" in facts and "\nweb" not in facts

    # the directory: search, then one click puts the organisation into the reply, in Russian
    await console.click("text=Найти организацию для направления")
    await console.select_option("select[name=city]", "Kazan")
    await console.click("button:text('Найти')")
    await expect(console.locator(".directory .org")).to_have_count(1)
    await expect(console.locator(".directory .org")).to_contain_text("Юридическая помощь")
    await shot(console, "console-directory-1366.png")
    await console.click("a.insert")
    reply = console.locator("#reply-text")
    await expect(reply).to_have_value(re.compile("Юридическая помощь\nТелефон: \\+7 000 000-00-01"))
    await expect(reply).to_be_focused()
    await console.click("button:text('Отправить ответ')")
    await expect(chat.locator(".msg.kind-operator", has_text="Юридическая помощь")).to_be_visible(timeout=10000)
    await expect(chat.locator(".msg.kind-operator a.tel")).to_have_attribute("href", "tel:+70000000001")
    # after the reply: the reply box has focus and is in view, and so is the newest message
    await expect(reply).to_be_focused()
    await expect(reply).to_be_in_viewport()
    await expect(conv.locator("li").last).to_contain_text("Юридическая помощь")
    await expect(conv.locator("li").last).to_be_in_viewport()
    await console.fill("textarea[name=text][aria-label]", "Позвонить завтра")
    await console.click("button:text('Добавить заметку')")
    await expect(reply).to_be_focused()
    await expect(reply).to_be_in_viewport()
    await shot(console, "console-case-1366.png")
    violations = await axe_on(browser, console)
    assert not violations, axe_report(violations)

    # closed, and the same person's next case lists it with its outcome
    await console.select_option("select[name=outcome]", "referred_ngo")
    await console.click("button:text('Закрыть обращение')")
    await expect(console.locator(".badge.status-closed")).to_be_visible()
    await chat.wait_for_timeout(500)
    await chat.fill("#text", "SOS")
    await chat.press("#text", "Enter")
    second = chat.locator(".msg.bot", has_text=REF).last
    await expect(second).not_to_contain_text(ref, timeout=10000)
    new_ref = re.search(r"(?<![\d-])\d{3}-\d{3}(?![\d-])", await second.inner_text()).group(0)
    await chat.locator(".msg.bot .options button", has_text="Россия").last.click()  # "where are you now?"
    await chat.wait_for_timeout(800)
    await console.goto(console.url.split("/console")[0] + f"/console/case/{new_ref.replace('-', '')}")
    earlier = console.locator("ul.earlier")
    await expect(earlier).to_contain_text(ref)
    await expect(earlier).to_contain_text("Направлен в организацию")
    await expect(console.locator(".conversation")).to_contain_text("Человек отправил срочное слово (SOS)")
    await expect(console.locator("dd.country")).to_have_text("Россия")  # the person's country

    # supervisors see referrals per organisation, without personal data
    boss = await sign_in(browser, server, "farrukh", lang="ru")
    await boss.goto(boss.url + "/stats")
    table = boss.locator("table.referrals")
    await expect(table).to_contain_text("Юридическая помощь")
    await expect(table.locator("tbody tr").first.locator("td").first).to_have_text("1")


async def axe_on(browser: Any, page: Any) -> list:
    """axe on the page's address in a context that lets the checker in (same cookies)."""
    state = await page.context.storage_state()
    ctx = await browser.new_context(viewport=DESK, bypass_csp=True, storage_state=state)
    other = await ctx.new_page()
    await other.goto(page.url)
    try:
        return await axe(other)
    finally:
        await ctx.close()


async def test_translations_errors_and_live_banner(server: str, browser: Any) -> None:
    """Point 6: the login page in the browser's language, 403 and 404 pages, the reveal result
    in the operator's language; point 4: a banner when the live connection is lost."""
    from playwright.async_api import expect

    ctx = await browser.new_context(viewport=DESK, locale="ru-RU")
    login = await ctx.new_page()
    await login.goto(server + "/console/login")
    assert await login.get_attribute("html", "lang") == "ru"
    await expect(login.locator("h1")).to_have_text("Войти")
    ctx_tg = await browser.new_context(viewport=DESK, locale="tg-TJ")
    login_tg = await ctx_tg.new_page()
    await login_tg.goto(server + "/console/login")
    assert await login_tg.get_attribute("html", "lang") == "tg"

    op = await sign_in(browser, server, lang="ru")
    # the case-number box shows its whole placeholder, in Russian and in Tajik
    fits = """() => { const i = document.querySelector('.find-ref'); const c = document.createElement('canvas').getContext('2d');
        const st = getComputedStyle(i); c.font = st.font;
        return c.measureText(i.placeholder).width <= i.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight); }"""
    assert await op.evaluate(fits)
    await op.click("button[name=lang][value=tg]")
    assert await op.get_attribute("html", "lang") == "tg" and await op.evaluate(fits)
    await op.click("button[name=lang][value=ru]")
    await op.goto(server + "/console/stats")
    await expect(op.locator("h1")).to_have_text("Нет доступа")
    r = await op.goto(server + "/console/no-such-page")
    assert r.status == 404
    await expect(op.locator("h1")).to_have_text("Страница не найдена")
    r = await op.goto(server + "/console/case/999999")
    assert r.status == 404
    await expect(op.locator("h1")).to_have_text("Страница не найдена")

    # the live connection is refused: the banner says so
    async def refuse(route: Any) -> None:
        await route.abort("connectionrefused")

    await op.route("**/console/events", refuse)
    await op.goto(server + "/console")
    await expect(op.locator("#live-lost")).to_be_visible(timeout=10000)
    await expect(op.locator("#live-lost")).to_contain_text("Связь потеряна")

    # a supervisor reveals a web visitor: the answer is in Russian
    chat = await open_chat(browser, server, lang="ru")
    await choose_russian(chat)
    await chat.fill("#text", "SOS")
    await chat.press("#text", "Enter")
    await expect(chat.locator(".msg.bot", has_text=REF)).to_have_count(1, timeout=10000)
    boss = await sign_in(browser, server, "farrukh", lang="ru")
    await boss.locator("#live a[href^='/console/case/']").first.click()
    await boss.fill("input[name=reason]", "Проверка для теста раскрытия")
    await boss.click("button:text('Показать контакт')")
    await expect(boss.locator(".revealed")).to_contain_text("Посетитель веб-чата")


async def test_statistics_readable_and_axe_everywhere(server: str, browser: Any, directory: list) -> None:
    """Point 7: few cases make a short daily chart without empty days, charts have text
    alternatives and a table view, names not codes; point 9: axe on every console page."""
    from playwright.async_api import expect

    chat = await open_chat(browser, server, lang="ru")
    await choose_russian(chat)
    await chat.fill("#text", "SOS")
    await chat.press("#text", "Enter")
    await expect(chat.locator(".msg.bot", has_text=REF)).to_have_count(1, timeout=10000)
    boss = await sign_in(browser, server, "farrukh", lang="ru", for_axe=True)
    await boss.goto(server + "/console/stats?days=30")
    day_chart = boss.locator("svg.chart").first
    assert await day_chart.get_attribute("role") == "img"
    title = await day_chart.locator("title").text_content()
    assert "1" in title
    height = float(await day_chart.get_attribute("height"))
    assert height <= 24 * 7 + 4  # one day with cases, not 30 rows
    for svg in await boss.locator("svg.chart").all():
        assert await svg.get_attribute("role") == "img" and await svg.get_attribute("aria-labelledby")
    page_text = await boss.locator("main").inner_text()
    assert "Веб-чат" in page_text and "русский" in page_text
    await boss.locator("details.chart-table summary").first.click()
    await expect(boss.locator("details.chart-table table").first).to_be_visible()
    assert await boss.locator('link[rel="icon"]').count() == 1
    icon = await boss.request.get(server + "/console/static/favicon.svg")
    assert icon.ok
    for path in ("/console", "/console/stats", "/console/directory", "/console/directory?country=ru&service=legal", "/console/nowhere"):
        await boss.goto(server + path)
        violations = await axe(boss)
        assert not violations, (path, axe_report(violations))
    await boss.goto(server + "/console")
    await boss.locator("#live a[href^='/console/case/']").first.click()
    violations = await axe(boss)
    assert not violations, ("case", axe_report(violations))
    ctx = await browser.new_context(viewport=DESK, bypass_csp=True, locale="ru-RU")
    login = await ctx.new_page()
    await login.goto(server + "/console/login")
    violations = await axe(login)
    assert not violations, ("login", axe_report(violations))
