"""The engine on its own: global words, buttons, hostile input, plural forms."""

from __future__ import annotations

import orjson
import pytest

from bot.engine.flows import ActionCall
from bot.engine.model import Inbound, Offer, State
from bot.engine.runner import Engine
from bot.i18n import translator


def step(engine: Engine, state: State, **kw):  # type: ignore[no-untyped-def]
    return engine.step(state, Inbound(channel="console", user="console:t", message_id="1", **kw))


def menu_state(engine: Engine, lang: str = "ru") -> State:
    return step(engine, State(), command="start", arg=lang).state


@pytest.mark.parametrize(
    "text",
    ["", " ", "x" * 5000, "😀🙏🏽🇹🇯", "<script>alert(1)</script><b>hi</b>", "паспорт pasport шиноснома",
     "\x00\x07\x1b[31mred\x1b[0m", "\u202eevil\u200b", "ЁРӢЁРӢ!!!", "1" * 300, "0.5", "-1"],
)
def test_hostile_input_always_gets_an_answer(engine: Engine, text: str) -> None:
    state = menu_state(engine)
    result = step(engine, state, text=text)
    assert result.replies, "never silence"
    assert all(r.text for r in result.replies)
    assert result.state.lang == "ru"
    # the state stays small and serialisable
    assert sum(len(k) + len(v) for k, v in result.state.to_hash().items()) < 1024


def test_urgent_word_from_anywhere_in_both_languages(engine: Engine) -> None:
    for lang, word in [("tg", "ёрӣ"), ("tg", "yori"), ("ru", "ПОМОГИТЕ!"), ("ru", "pomogite"), ("tg", "SOS")]:
        state = menu_state(engine, lang)
        state = step(engine, state, text="4").state  # inside the contacts screen
        result = step(engine, state, text=word)
        # the country is not known here: the urgent answer ends with "where are you now?"
        assert result.state.node == "main.where", word
        assert any(e.kind == "escalate" and e.priority == "urgent" for e in result.effects)
        assert any(r.kind == "contacts" for r in result.replies)


def test_urgent_word_inside_a_sentence(engine: Engine) -> None:
    result = step(engine, menu_state(engine, "ru"), text="меня заперли помогите пожалуйста")
    assert result.state.node == "main.where"
    assert any(e.kind == "escalate" and e.priority == "urgent" for e in result.effects)


def test_a_question_mentioning_help_is_not_an_emergency(engine: Engine) -> None:
    result = step(engine, menu_state(engine, "tg"), text="бо патент кумак кунед")
    assert result.state.node != "main.sos"


def test_buttons_stale_and_forged(engine: Engine) -> None:
    state = menu_state(engine, "tg")
    menu_reply = step(engine, state, text="меню").replies[-1]
    contacts = step(engine, state, option=menu_reply.options[3].id)
    assert contacts.state.node == "main.contacts"
    # the menu's button pressed again while on the contacts screen: stale
    stale = step(engine, contacts.state, option=menu_reply.options[0].id)
    assert stale.state.node == "main.contacts"
    assert translator("tg")._("That button is no longer active. Here is where we are now:") in stale.replies[0].text
    for forged in ["zzzz.1", "", "....", "ffff.99999999999999", "' OR 1=1"]:
        r = step(engine, contacts.state, option=forged)
        assert r.replies and r.state.node == "main.contacts"


def test_language_switch_and_typed_label(engine: Engine) -> None:
    state = menu_state(engine, "tg")
    r = step(engine, state, text="язык")
    assert r.state.node == "main.lang"
    r = step(engine, r.state, text="Русский")
    assert r.state.lang == "ru" and r.state.node == "main.menu"


def test_back_returns_without_repeating_effects(engine: Engine) -> None:
    state = menu_state(engine, "ru")
    state = step(engine, state, text="sos").state
    state = step(engine, state, text="справка").state
    r = step(engine, state, text="назад")
    assert r.state.node == "main.where"  # the question after SOS, asked again without a second case
    assert not r.effects


def test_forget_asks_first_then_erases(engine: Engine) -> None:
    state = menu_state(engine, "ru")
    r = step(engine, state, text="забудь меня")
    assert r.state.node == "main.forget" and not r.effects
    r = step(engine, r.state, text="1")
    assert [e.kind for e in r.effects] == ["forget"]
    assert r.state.lang is None and r.state.node is None
    assert "удалено" in r.replies[-1].text  # the last answer is still in the person's language


def test_first_question_is_kept_until_a_language_is_chosen(engine: Engine) -> None:
    r = step(engine, State(), text="salom")
    assert r.state.node == "main.lang"
    assert r.state.data.get("_q") == "salom"


def test_deep_link_sets_language_and_source(engine: Engine) -> None:
    r = step(engine, State(), command="start", arg="ru")
    assert r.state.lang == "ru" and r.state.node == "main.menu"
    r = step(engine, State(), command="start", arg="flyer-khujand<script>")
    assert r.state.source == "flyer-khujandscript" and r.state.node == "main.lang"


def test_state_round_trip() -> None:
    s = State(lang="tg", node="main.menu", back=["main.menu"], data={"a": "ҷ"}, opts=[Offer("x", "main.menu")], case="K7Q2", source="fb")
    s.extra["lat"] = "1"
    again = State.from_hash(s.to_hash())
    assert again == s


def test_a_number_no_option_has_is_not_understood_and_the_menu_stays(engine: Engine) -> None:
    state = menu_state(engine, "ru")
    result = step(engine, state, text="42")
    not_understood = translator("ru")._("Sorry, I did not understand. Please choose one of the options, or type MENU. "
                                        "For urgent help type SOS.")
    assert result.replies[0].text == not_understood
    assert result.state.node == state.node and result.replies[-1].options  # the same choices again
    assert step(engine, state, text="1").replies[0].kind != "error"


def test_offers_keep_their_stored_form() -> None:
    """Options on offer are stored positionally ([label, go] or [label, go, actions]), as
    before they were a dataclass, and states written in the older {l, g, a} form still load."""
    s = State(node="x.y", opts=[Offer("a", "x.z"), Offer("b", None, (ActionCall("list_articles", {"page": 2}),))])
    assert orjson.loads(s.to_hash()["o"]) == [["a", "x.z"], ["b", "", [["list_articles", {"page": 2}]]]]
    assert State.from_hash(s.to_hash()).opts == s.opts
    old = State.from_hash({"n": "x.y", "o": '[{"l": "a", "g": "x.z"}, {"l": "b", "a": [["list_articles", {"page": 2}]]}]'})
    assert old.opts == s.opts


def test_plural_forms() -> None:
    ru = translator("ru")
    assert ru.translations.plural(1) == 0 and ru.translations.plural(3) == 1 and ru.translations.plural(5) == 2
    assert ru.translations.plural(21) == 0 and ru.translations.plural(12) == 2 and ru.translations.plural(22) == 1
    tg = translator("tg")
    assert tg.translations.plural(1) == 0 and tg.translations.plural(2) == 1


def test_once_computes_a_value_once_per_key_within_one_step(engine: Engine) -> None:
    from bot.engine.model import StepResult
    from bot.engine.runner import Step

    calls: list[str] = []

    def compute(v: str) -> str:
        calls.append(v)
        return v.upper()

    step = Step(engine, StepResult(State()), Inbound(channel="tg", user="tg:1", text="x"), 0.0)
    assert step.once(("k", "a"), lambda: compute("a")) == "A"
    assert step.once(("k", "a"), lambda: compute("again")) == "A"
    assert step.once(("k", "b"), lambda: compute("b")) == "B"
    assert calls == ["a", "b"]
    other = Step(engine, StepResult(State()), Inbound(channel="tg", user="tg:1", text="x"), 0.0)
    assert other.once(("k", "a"), lambda: compute("new step")) == "NEW STEP"  # nothing outlives a step
