"""What the case page and the statistics show, over real HTTP: the person's country, what
the bot learned in plain words, durations with plural forms, weekly bars for a long period."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient

from bot.app import Runtime
from bot.handover.service import queue_of
from bot.i18n import translator
from bot.operators import accounts as operators
from bot.operators import console, views
from tests.test_console import PASSWORD, login, make_client

pytestmark = pytest.mark.slow  # (./scripts/test --fast leaves these out: each starts the console and signs an operator in with Argon2: about a second a test)


@pytest.fixture
async def client(runtime: Runtime, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(views, "FAIL_DELAY", 0.0)
    await operators.add(runtime.storage, "olga", "operator", PASSWORD)
    await operators.add(runtime.storage, "sami", "supervisor", PASSWORD)
    c = await make_client(runtime)
    yield c
    await c.close()


async def test_case_page_shows_country_and_learned_in_plain_words(client: TestClient, runtime: Runtime) -> None:
    q = queue_of(runtime)
    opened = await q.open_or_append("test:kz-person", channel="sms", lang="ru", category="passport", priority="urgent", reason="sos",
                                    messages=[{"by": "bot", "text": "[sos]"}],
                                    learned={"country": "kz", "art": "passport-retention", "oc:threats": "y", "oc:fee": "u"})
    await operators.set_lang(runtime.storage, "olga", "ru")
    await login(client)
    html = await (await client.get(f"/console/case/{opened.ref}")).text()
    assert 'class="country">Казахстан<' in html
    assert "[sos]" not in html and "Человек отправил срочное слово (SOS)." in html
    assert "passport-retention" not in html and "Прочитанная статья" in html  # the article by its title
    assert "угрожал" in html and "Не знаю" in html  # checklist questions and answers
    assert ">SMS<" in html and ">русский<" in html  # names, not codes


def test_durations_have_plural_forms() -> None:
    ru = translator("ru")
    assert console.fmt_minutes(1000, ru) == "1 секунда"
    assert console.fmt_minutes(3 * 60000, ru) == "3 минуты"
    assert console.fmt_minutes(5 * 60000, ru) == "5 минут"
    assert console.fmt_minutes(21 * 60000, ru) == "21 минута"
    assert console.fmt_minutes(62 * 60000, ru) == "1 час 2 минуты"
    tg = translator("tg")
    assert console.fmt_minutes(5 * 60000, tg) == "5 дақиқа"
    assert console.fmt_minutes(0) == "0 seconds" and console.fmt_minutes(60000) == "1 minute"


async def test_long_period_is_drawn_by_week(client: TestClient, runtime: Runtime) -> None:
    q = queue_of(runtime)
    for i in range(3):
        await q.open_or_append(f"test:week{i}", channel="web", lang="tg", category="question", priority="normal", reason="menu")
    await login(client, "sami")
    html = await (await client.get("/console/stats?days=200")).text()
    chart = html[html.index('<svg class="chart"'):html.index("</svg>")]
    assert chart.count("<rect") == 1  # three cases this week: one weekly bar, empty weeks left out
    assert 'role="img"' in chart and "<title" in chart
    assert ">Web chat<" in html and ">Tajik language<" in html


async def test_directory_searches_the_shipped_contacts(client: TestClient, runtime: Runtime) -> None:
    """/console/directory over the real data/contacts.yaml: filters by country, service and words."""
    from bot import contacts

    entries = runtime.processor.engine.resources["contacts"]
    orgs = [c for c in entries if c.kind == "organisation" and c.services]
    assert orgs, "data/contacts.yaml has organisations for the directory"
    org = orgs[0]
    await login(client)
    html = await (await client.get(f"/console/directory?country={org.country}&service={org.services[0]}")).text()
    assert org.label in html or translator("en")._(org.label) in html
    found = contacts.search(entries, country=org.country, service=org.services[0])
    assert html.count('class="org"') == len(found)
    none = await (await client.get("/console/directory?text=" + "ж" * 500)).text()  # bounded, nothing found, kind answer
    assert 'class="org"' not in none and "Nothing found" in none
    assert (await client.get("/console/directory?country=<script>")).status == 200
