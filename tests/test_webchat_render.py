"""What the web chat shows of an answer: phone numbers as parts to dial, the contacts block
once per answer, the web's wording for numbered choices, global options marked."""

from __future__ import annotations

from bot.channels.webchat.chat import items_of
from bot.engine.model import Option, Reply
from bot.engine.runner import Engine, global_option
from bot.web.phones import parts


def tels(text: str, kind: str = "text") -> list[str]:
    return [p[2] for p in parts(text, kind) if p[0] == "tel"]


def test_phone_numbers_and_what_is_not_one() -> None:
    contacts = "• Police: 102\n• IOM: 8-800-333-00-16 (Free within Russia)\n• UK: 08000 121 700 (24/7)\n\nNumbers last checked: 2026-11-28."
    assert tels(contacts, "contacts") == ["102", "88003330016", "08000121700"]
    assert tels("Call +7 (495) 123-45-67 or +992 37 221-00-00.") == ["+74951234567", "+992372210000"]
    # a case reference, a date, a queue place, a character count and a year are not numbers to call
    assert tels("Your reference number is 123-456. You are number 2 in the queue.", "urgent") == []
    assert tels("At most 2000 characters, since 2024, checked 2026-11-28.") == []
    assert tels("102 is the police", "text") == []  # a short number counts only in a contacts answer
    # the text is kept whole around the numbers
    p = parts("Police: 102, now", "contacts")
    assert "".join(x[1] for x in p) == "Police: 102, now"


def test_contacts_once_per_answer_and_web_wording(engine: Engine) -> None:
    block = "• Police: 102\n• IOM: 8-800-333-00-16"
    replies = [
        Reply("You are not alone.", kind="urgent"),
        Reply(block, title="Emergency contacts", kind="contacts"),
        Reply("Your request 123-456 is passed on.\n\n" + block, kind="urgent"),  # an answer repeating the block
        Reply(block, title="Emergency contacts", kind="contacts", options=(Option("abcd.0", "Main menu"),)),
        Reply("Что вы хотите сделать? Выберите номер или напишите свой вопрос.", options=(Option("abcd.1", "Язык"),)),
    ]
    items = items_of(replies, "ru", engine)
    shown = "\n".join(i["text"] for i in items)
    assert shown.count("8-800-333-00-16") == 1
    assert [i["kind"] for i in items].count("contacts") == 1
    assert any(o["label"] == "Main menu" for i in items for o in i["options"])  # the dropped copy's options are kept
    assert "Нажмите кнопку" in shown and "Выберите номер" not in shown
    assert all(i["lang"] == "ru" for i in items)
    assert any(p[0] == "tel" for p in items[1]["parts"])


def test_global_options_are_known_from_any_earlier_screen(engine: Engine) -> None:
    menu = engine.flows.get("main.menu")
    ids = {o.label: f"{menu.token}.{i}" for i, o in enumerate(menu.options)}
    assert global_option(engine.flows, ids["Language"]) is not None
    assert global_option(engine.flows, ids["Talk to a person"]) is not None
    assert global_option(engine.flows, ids["Emergency contacts"]) is not None
    assert global_option(engine.flows, ids["Check a job offer"]) is None
    lang = engine.flows.get("main.lang")
    assert global_option(engine.flows, f"{lang.token}.1") is not None  # "Russian" on an old language screen
    assert global_option(engine.flows, "zzzz.1") is None and global_option(engine.flows, "garbage") is None


def test_an_old_messages_global_button_works_and_others_are_stale(engine: Engine) -> None:
    from bot.engine.model import Inbound, State

    def step(state: State, **kw):  # type: ignore[no-untyped-def]
        return engine.step(state, Inbound(channel="web", user="web:t", message_id="1", **kw))

    state = step(State(), command="start", arg="ru").state
    menu = engine.flows.get("main.menu")
    ids = {o.label: f"{menu.token}.{i}" for i, o in enumerate(menu.options)}
    state = step(state, option=ids["Check a job offer"]).state
    assert state.node != "main.menu"
    # "Language" from the menu that is no longer on screen: works, no "no longer active"
    result = step(state, option=ids["Language"])
    assert result.state.node == "main.lang"
    assert not any("больше не" in r.text for r in result.replies)
    # a non-global button of that old menu is still stale
    result = step(state, option=ids["Recruitment red flags"])
    assert any("больше не" in r.text for r in result.replies)
    # "Русский" on an old language screen switches the language from anywhere
    lang = engine.flows.get("main.lang")
    result = step(state, option=f"{lang.token}.0")
    assert result.state.lang == "tg" and result.state.node == "main.menu"


def test_every_not_sure_list_has_the_main_menu(engine: Engine) -> None:
    from bot.engine.model import Inbound, State, StepResult
    from bot.engine.runner import Step as Ctx

    lib = engine.resources["articles"]
    state = State(lang="ru")
    state.data["choices"] = list(lib.articles)[:3]
    ctx = Ctx(engine, StepResult(state), Inbound(channel="web", user="web:t", text="x"), 0.0)
    ctx.enter("knowledge.choose")
    labels = [o.label for r in ctx.result.replies for o in r.options]
    assert len(labels) >= 5 and labels[-1] == "Главное меню", labels


def test_no_language_tag_without_a_chosen_language() -> None:
    """Before a language is chosen, and after "forget me", the page keeps its own language."""
    items = items_of([Reply("Что вы хотите сделать? Выберите номер или напишите свой вопрос.")], None)
    assert "lang" not in items[0] and "Нажмите кнопку" in items[0]["text"]
