"""Help in the moment of danger (issue 12), on every channel: the urgent words from the
first message, numbers for the person's country within the SMS budget in both scripts,
an urgent case, the "in trouble now" answer with a person, the contacts and cases
commands, and the notice when nobody is on duty."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import yaml

from bot import contacts
from bot.app import Runtime
from bot.channels.sms.render import render_replies
from bot.channels.sms.segments import is_gsm7, segments
from bot.emergency_cli import list_cases
from bot.engine.model import Inbound, State
from bot.engine.runner import Engine
from bot.handover.service import queue_of
from tests.test_handover_flow import Recorder
from tests.test_handover_flow import say as hsay
from tests.test_sms import Line, line  # noqa: F401  (the SMS fixture: real server, fake Twilio)
from tests.test_telegram import CHAT, fake, press, tg  # noqa: F401  (the Telegram fixtures)
from tests.test_telegram import say as tsay
from tests.test_webchat import client, read_events  # noqa: F401  (the web chat fixture)

ROOT = Path(__file__).resolve().parent.parent
URGENT_WORDS = [w for ws in yaml.safe_load((ROOT / "data" / "commands.yaml").read_text(encoding="utf-8"))["commands"]["sos"]["words"].values() for w in ws]
REQUIRED = ["SOS", "ёрӣ", "ёри", "yori", "наҷот", "najot", "ёрдам диҳед", "помогите", "pomogite", "спасите", "spasite"]
NUMBERS = {"ru": "+79161234567", "kz": "+77011234567", "tj": "+992931234567", "kr": "+821012345678",
           "gb": "+447700900123", "tr": "+905321234567", "ae": "+971501234567"}


def pick(engine: Engine, cc: str | None) -> list[str]:
    return [c.number for c in contacts.sos_pick(engine.resources["contacts"], cc)]


# -- the shared list and the engine, for every word, country and script ----------------------
def test_the_required_urgent_words_are_in_the_one_list() -> None:
    from bot.engine.text import fold

    folded = {fold(w) for w in URGENT_WORDS}
    for w in REQUIRED:
        assert fold(w) in folded, w


@pytest.mark.parametrize("cc", [*contacts.COUNTRIES, None])
def test_every_country_has_two_numbers_for_sos_except_where_documented(engine: Engine, cc: str | None) -> None:
    numbers = pick(engine, cc)
    assert numbers and numbers[0] in ("112", "999")
    assert len(numbers) == 2, cc


def test_turkey_second_sos_number_is_yimer_157_marked_for_a_test_call(engine: Engine) -> None:
    """Turkey routes every emergency to 112; the second number is the foreigners' line
    YİMER 157, which is marked ``verify`` (its source is a newspaper): docs/content.md."""
    first, second = contacts.sos_pick(engine.resources["contacts"], "tr")
    assert (first.number, second.number) == ("112", "157")
    assert second.kind == "hotline" and second.verify and "ru" in second.languages


@pytest.mark.parametrize("word", URGENT_WORDS)
def test_each_urgent_word_first_ever_and_mid_conversation(engine: Engine, word: str) -> None:
    for cc in contacts.COUNTRIES:
        first = engine.step(State(), Inbound(channel="sms", user="sms:x", text=word, data={"country": cc}))
        mid_state = engine.step(State(lang="ru", node="main.menu"), Inbound(channel="tg", user="tg:1", text="4")).state
        mid_state.data["country"] = cc
        mid = engine.step(mid_state, Inbound(channel="tg", user="tg:1", text=word))
        for res in (first, mid):
            assert res.replies[0].kind == "urgent", (word, cc)
            for n in pick(engine, cc):
                assert n in res.replies[0].text and n.replace(" ", "-") in (res.replies[0].sms or ""), (word, cc, n)
            assert any(e.kind == "escalate" and e.priority == "urgent" for e in res.effects)


@pytest.mark.parametrize("lang", ["tg", "ru"])
@pytest.mark.parametrize("latin", [False, True])
@pytest.mark.parametrize("budget", [2, 3])
def test_the_first_sms_fits_the_budget_with_the_numbers(engine: Engine, lang: str, latin: bool, budget: int) -> None:
    """The first page of the SOS answer carries both numbers and 'operator asked', for every
    country, in Cyrillic and in Latin letters, within SMS_SEGMENT_BUDGET (default 2)."""
    for cc in [*contacts.COUNTRIES, None]:
        state = State(lang=lang, data={"country": cc} if cc else {})
        res = engine.step(state, Inbound(channel="sms", user="sms:x", text="SOS"))
        pages = render_replies(res.replies, lang, latin=latin, budget=budget)
        assert segments(pages[0]) <= budget, (cc, pages[0])
        if latin:
            assert is_gsm7(pages[0])
        for n in pick(engine, cc):
            assert n.replace(" ", "-") in pages[0], (cc, lang, latin, pages[0])
        asked = "operator" if latin else ("оператор" if lang == "ru" else "Оператор")
        assert asked.lower() in pages[0].lower(), pages[0]


# -- SMS, end to end (signed webhooks, fake Twilio) ----------------------------------------------
@pytest.mark.slow
async def test_sms_urgent_word_first_ever_opens_a_case_with_the_country(line: Line) -> None:  # noqa: F811
    q = queue_of(line.rt)
    for cc, word in (("ru", "ЁРӢ"), ("kz", "помогите"), ("gb", "SOS"), ("ae", "najot")):
        pages = await line.text(word, sender=NUMBERS[cc])
        assert pages, cc
        assert segments(pages[0]) <= 2
        for n in pick(line.rt.engine, cc):
            assert n.replace(" ", "-") in pages[0], (cc, pages[0])
    waiting = await q.waiting()
    assert len(waiting) == 4 and all(c.priority == "urgent" for c in waiting)
    assert sorted(c.learned.get("country") for c in waiting) == ["ae", "gb", "kz", "ru"]


@pytest.mark.slow
async def test_sms_mid_conversation_and_in_latin_letters(line: Line) -> None:  # noqa: F811
    sender = NUMBERS["tj"]
    await line.text("Салом", sender=sender)
    await line.text("1", sender=sender)  # Tajik
    await line.text("LAT", sender=sender)
    pages = await line.text("наҷот диҳед", sender=sender)
    assert is_gsm7(pages[0]) and segments(pages[0]) <= 2
    for n in pick(line.rt.engine, "tj"):
        assert n.replace(" ", "-") in pages[0]
    assert [c.priority for c in await queue_of(line.rt).waiting()] == ["urgent"]


@pytest.mark.slow
async def test_sms_help_words_do_not_mean_danger_but_carry_the_number(line: Line) -> None:  # noqa: F811
    for word, sender in (("HELP", NUMBERS["kz"]), ("СПРАВКА", NUMBERS["ru"]), ("МАЪЛУМОТ", NUMBERS["tj"])):
        pages = await line.text(word, sender=sender)
        assert pages and "112" in pages[0] and segments(pages[0]) <= 2, (word, pages)
    assert await queue_of(line.rt).waiting() == []  # HELP opens no case


@pytest.mark.slow
async def test_sms_person_in_trouble_gets_the_now_answer_and_one_number_for_a_person(line: Line) -> None:  # noqa: F811
    sender = NUMBERS["ru"]
    pages = await line.screen("корфармо шиносномаамро гирифт", sender=sender)
    text = "\n".join(pages)
    assert "112" in pages[0] and "102" in pages[0]
    assert "1 Ҳозир бо одам гап занам" in text  # one number for a person
    assert await queue_of(line.rt).waiting() == []  # offered, not imposed
    await line.text("1", sender=sender)
    waiting = await queue_of(line.rt).waiting()
    assert len(waiting) == 1 and waiting[0].priority == "high" and waiting[0].category == "passport"


# -- Telegram (fake Bot API) ------------------------------------------------------------------------
@pytest.mark.slow
async def test_telegram_urgent_word_first_and_mid_conversation(tg) -> None:  # noqa: F811
    out = await tsay(tg, CHAT, "ёрӣ")  # the very first message, no language chosen
    assert "112" in out[0].text and "999" in out[0].text  # country unknown: what works in most places
    assert any("Русия" in label for m in out for label, _ in m.buttons())  # where are you now?
    out = await press(tg, CHAT, "Қазоқистон")
    assert "102" in out[0].text
    out = await tsay(tg, CHAT, "помогите")  # mid-conversation: the country is known now
    assert "112" in out[0].text and "102" in out[0].text
    waiting = await queue_of(tg.rt).waiting()
    assert len(waiting) == 1 and waiting[0].priority == "urgent" and waiting[0].learned.get("country") == "kz"


@pytest.mark.slow
async def test_telegram_person_in_trouble_gets_a_person_with_one_tap(tg) -> None:  # noqa: F811
    await tsay(tg, CHAT + 7, "/start ru")
    out = await tsay(tg, CHAT + 7, "нас заперли на складе и не выпускают")
    assert out and "112" in out[0].text
    out = await press(tg, CHAT + 7, "Поговорить с человеком сейчас")
    waiting = await queue_of(tg.rt).waiting()
    assert len(waiting) == 1 and waiting[0].priority == "urgent" and waiting[0].category == "violence"


# -- web chat (HTTP JSON API) ---------------------------------------------------------------------
@pytest.mark.slow
async def test_webchat_sos_first_reply_has_the_numbers(client) -> None:  # noqa: F811
    await client.get("/")
    h = {"X-Hamroh-Chat": "1"}
    assert (await client.post("/chat/send", json={"text": "SOS"}, headers=h)).status == 202
    events = await client.get("/chat/events")
    items = await read_events(events, 2)
    bot = [i for i in items if i["by"] == "bot"]
    assert "112" in bot[0]["text"] and "999" in bot[0]["text"]
    events.close()


async def until(resp, needle: str, timeout: float = 10.0) -> list[dict]:
    """Server-sent events until a bot item containing ``needle``: all items read."""
    items: list[dict] = []

    async def read() -> None:
        async for raw in resp.content:
            line = raw.decode().strip()
            if line.startswith("data: "):
                items.append(json.loads(line[6:]))
                if items[-1]["by"] == "bot" and needle in items[-1].get("text", ""):
                    return

    await asyncio.wait_for(read(), timeout)
    return items


@pytest.mark.slow
async def test_webchat_mid_conversation_and_in_trouble(client, runtime: Runtime) -> None:  # noqa: F811
    await client.get("/")
    h = {"X-Hamroh-Chat": "1"}
    events = await client.get("/chat/events")
    await client.post("/chat/send", json={"command": "start", "arg": "ru"}, headers=h)
    await read_events(events, 1)
    await client.post("/chat/send", json={"text": "бригадир избил меня вчера"}, headers=h)
    items = await until(events, "112")
    first = [i for i in items if i["by"] == "bot"][0]
    assert "112" in first["text"]  # the now-answer first, with the numbers
    items += await read_events(events, 1)  # the contacts block and the options
    person = [o for i in items for o in i.get("options", []) if o["label"] == "Поговорить с человеком сейчас"]
    assert person and await queue_of(runtime).waiting() == []
    await client.post("/chat/send", json={"option": person[0]["id"], "label": person[0]["label"]}, headers=h)
    for _ in range(50):
        if await queue_of(runtime).waiting():
            break
        await asyncio.sleep(0.1)
    waiting = await queue_of(runtime).waiting()
    assert len(waiting) == 1 and waiting[0].priority == "urgent" and waiting[0].category == "violence"
    # mid-conversation, the urgent word: the numbers in its first reply
    await client.post("/chat/send", json={"text": "спасите"}, headers=h)
    items = await until(events, "Если вам сейчас грозит опасность")
    sos = [i for i in items if i["by"] == "bot" and "Если вам сейчас" in i["text"]]
    assert sos and "112" in sos[0]["text"]
    events.close()


# -- the operator's side: country on the case, the cases list, nobody on duty ---------------------
@pytest.mark.slow
async def test_country_answered_after_sos_reaches_the_case_and_cases_lists_it(runtime: Runtime) -> None:
    rec = Recorder()
    runtime.processor.senders["test"] = rec
    task = await runtime.worker.start()
    try:
        user = "test:" + uuid.uuid4().hex[:8]
        await hsay(runtime, user, command="start", arg="tg")
        await hsay(runtime, user, "SOS")
        state, _ = await runtime.processor.load(user)
        assert state.node == "main.where"
        await hsay(runtime, user, "2")  # Kazakhstan
        rows = await list_cases(runtime.storage, "open")
        assert len(rows) == 1 and rows[0]["country"] == "kz" and rows[0]["priority"] == "urgent"
        assert set(rows[0]) == {"ref", "status", "priority", "category", "channel", "lang", "country", "opened"}
        assert user not in json.dumps(rows) and user.split(":")[1] not in json.dumps(rows)
        assert await list_cases(runtime.storage, "closed") == []
    finally:
        task.cancel()


@pytest.mark.slow
async def test_nobody_on_duty_says_when_the_hotline_opens_in_their_time(runtime: Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt
    from zoneinfo import ZoneInfo

    now = dt.datetime(2026, 12, 5, 23, 0, tzinfo=ZoneInfo("Asia/Dushanbe")).timestamp()  # Saturday night
    monkeypatch.setenv("WORKING_HOURS", "mon-fri 09:00-18:00")
    runtime.processor.clock = lambda: now
    rec = Recorder()
    runtime.processor.senders["test"] = rec
    task = await runtime.worker.start()
    try:
        user = "test:" + uuid.uuid4().hex[:8]
        await hsay(runtime, user, command="start", arg="ru")
        replies = await hsay(runtime, user, "помогите")  # country not known yet: the hotline's own time
        text = "\n".join(r.plain() for r in replies)
        assert "07.12 в 09:00 (время: Dushanbe)" in text and "Ваше обращение сохранено" in text and "112" in text, text
        await hsay(runtime, user, "4")  # where are you now? South Korea
        replies = await hsay(runtime, user, "помогите")
        text = "\n".join(r.plain() for r in replies)
        # Monday 09:00 in Dushanbe (UTC+5) is 13:00 in Seoul (UTC+9)
        assert "07.12 в 13:00 по вашему времени" in text, text
        assert "Ваше обращение сохранено" in text and "112" in text and "1345" in text
    finally:
        task.cancel()


# -- the contacts command ------------------------------------------------------------------------------
@pytest.mark.slow
def test_contacts_command_json_for_every_country() -> None:
    for cc in contacts.COUNTRIES:
        out = subprocess.run([sys.executable, "-m", "bot", "contacts", "--country", cc, "--json"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout
        items = json.loads(out)
        assert items and all(list(i) == ["id", "number", "country", "kind", "label", "source", "checked", "verify"] for i in items)
        assert items[0]["kind"] == "emergency" and items[0]["checked"] and "http" in items[0]["source"]
        if cc in ("ru", "kz", "gb"):  # kr, tr, ae: no embassy number found yet (docs/content.md)
            assert any(i["kind"] in ("embassy", "consulate") and i["checked"] for i in items), cc
    out = subprocess.run([sys.executable, "-m", "bot", "contacts", "--country", "xx"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 2


def test_contacts_file_has_no_problems_and_bad_entries_are_reported() -> None:
    assert contacts.problems(contacts.load(ROOT / "data" / "contacts.yaml")) == []
    bad = contacts.parse({"contacts": [{"id": "x", "country": "zz", "kind": "hotline", "label": "X", "number": "call me", "source": "someone"}]})
    msgs = " ".join(contacts.problems(bad))
    assert "not a phone number" in msgs and "URL" in msgs and "checked" in msgs and "country 'zz'" in msgs


def test_country_from_number() -> None:
    assert {cc: contacts.country_from_number(n) for cc, n in NUMBERS.items()} == {cc: cc for cc in NUMBERS}
    assert contacts.country_from_number("+76001234567") == "kz" and contacts.country_from_number("+74951234567") == "ru"
    assert contacts.country_from_number("12345") is None


def test_the_before_you_go_choice_gives_the_country_unless_known(engine: Engine) -> None:
    state = engine.step(State(lang="tg", node="main.menu"), Inbound(channel="tg", user="tg:1", text="3")).state  # before you go
    res = engine.step(state, Inbound(channel="tg", user="tg:1", text="2"))  # Kazakhstan
    assert res.state.data.get("country") == "kz"
    sos = engine.step(res.state, Inbound(channel="tg", user="tg:1", text="SOS"))
    assert sos.state.node == "main.sos" and "102" in sos.replies[0].text  # no question: the country is known
    known = State(lang="tg", node="knowledge.before_go", data={"country": "gb"})
    assert engine.step(known, Inbound(channel="tg", user="tg:1", text="1")).state.data["country"] == "gb"


@pytest.mark.slow
def test_ask_json_says_urgent() -> None:
    def ask(text: str) -> dict:
        out = subprocess.run([sys.executable, "-m", "bot", "ask", "--json", text], cwd=ROOT, capture_output=True, text=True, check=True).stdout
        return json.loads(out)

    assert ask("корфармо шиносномаамро гирифт")["urgent"] is True
    assert ask("может ли работодатель забрать паспорт?")["urgent"] is False
    piped = subprocess.run([sys.executable, "-m", "bot", "ask"], cwd=ROOT, input="меня избили\nсколько стоит патент\n",
                           capture_output=True, text=True, check=True).stdout.splitlines()
    assert [json.loads(line)["urgent"] for line in piped] == [True, False]


@pytest.mark.slow
async def test_cases_command_as_a_process(runtime: Runtime, redis_url: str) -> None:
    import os

    await queue_of(runtime).open_or_append("tg:123456", channel="tg", lang="ru", category="violence", priority="urgent",
                                           reason="sos", messages=[{"by": "person", "text": "secret words"}], learned={"country": "tr"})
    env = {**os.environ, "REDIS_URL": redis_url, "REDIS_PREFIX": runtime.storage.keys.prefix}
    out = subprocess.run([sys.executable, "-m", "bot", "cases", "--status", "waiting", "--json"], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True).stdout
    rows = json.loads(out)
    assert len(rows) == 1 and rows[0]["country"] == "tr" and rows[0]["priority"] == "urgent" and rows[0]["status"] == "waiting"
    assert "123456" not in out and "secret" not in out
    out = subprocess.run([sys.executable, "-m", "bot", "cases", "--status", "closed", "--json"], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == []
