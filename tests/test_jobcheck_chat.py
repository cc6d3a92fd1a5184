"""The job check in the engine: the offer flow, the checklist, urgent answers, ad scans, agency lookup."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.engine.model import Inbound, State, StepResult
from bot.engine.runner import Engine, Step
from bot.jobcheck import actions
from bot.jobcheck import agencies as registry
from bot.storage import Storage


def enter(eng: Engine, lang: str, node: str):
    ctx = Step(eng, StepResult(State(lang=lang)), Inbound(channel="tg", user="t:1"), 0)
    ctx.enter(node)
    return ctx.result.state, ctx.result.replies, ctx.result.effects


def say(eng: Engine, state: State, text: str = "", option: str | None = None, forwarded: bool = False):
    res = eng.step(state, Inbound(channel="tg", user="t:1", text=text, option=option, forwarded=forwarded))
    return res.state, res.replies, res.effects


def labels(replies) -> list[str]:
    return [o.label for r in replies for o in r.options]


def choose(eng: Engine, state: State, replies, label: str):
    opt = next(o for r in replies for o in r.options if o.label == label)
    return say(eng, state, option=opt.id)


@pytest.mark.parametrize("lang,start,yes,no,unknown", [("tg", "Ба саволҳо дар бораи пешниҳод ҷавоб диҳед", "Ҳа", "Не", "Намедонам"), ("ru", "Ответить на вопросы о предложении", "Да", "Нет", "Не знаю")])
def test_checklist_to_a_result_in_both_languages(engine: Engine, lang: str, start: str, yes: str, no: str, unknown: str) -> None:
    state, replies, _ = enter(engine, lang, "offer.start")
    assert state.node == "offer.start"
    state, replies, _ = choose(engine, state, replies, start)
    assert labels(replies) == [yes, no, unknown]
    state, replies, _ = choose(engine, state, replies, no)  # not abroad yet
    state, replies, _ = choose(engine, state, replies, yes)  # asked to pay: critical
    for _ in range(30):
        if state.node != "offer.ask":
            break
        state, replies, _ = choose(engine, state, replies, unknown)
    assert state.node == "offer.result"
    text = replies[0].text
    assert ("Хатари баланд" in text) if lang == "tg" else ("Высокий риск" in text)
    assert replies[0].sms and len(replies[0].sms) <= 134
    assert "• " in text


def test_a_violence_answer_leads_straight_to_urgent_help(engine: Engine) -> None:
    state, replies, _ = enter(engine, "ru", "offer.start")
    state, replies, _ = choose(engine, state, replies, "Ответить на вопросы о предложении")
    state, replies, _ = choose(engine, state, replies, "Да")  # already abroad
    state, replies, _ = choose(engine, state, replies, "Нет")  # threats: no
    state, replies, effects = choose(engine, state, replies, "Да")  # violence: yes
    assert state.node == "offer.urgent"
    assert any(e.kind == "escalate" and e.priority == "urgent" for e in effects)
    assert any(r.kind == "contacts" for r in replies)
    assert "Продолжить проверку" in labels(replies)


def test_a_pasted_ad_is_scanned(engine: Engine) -> None:
    state, replies, _ = enter(engine, "tg", "offer.paste")
    state, replies, _ = say(engine, state, "Кор дар Русия. Шиносномаатонро ба корфармо месупоред. Пешпардохт 300 доллар.")
    text = replies[0].text
    assert "Шиносномаатонро ба корфармо месупоред" in text and "Хатари баланд" in text
    assert "Менюи асосӣ" in labels(replies)


def test_a_forwarded_ad_is_scanned_from_anywhere(engine: Engine) -> None:
    state = State(lang="ru", node="main.menu")
    ad = "Работа в Польше! Зарплата 3500$ в месяц, без опыта. Предоплата 300$ за визу. Пишите в личку."
    state, replies, _ = say(engine, state, ad, forwarded=True)
    assert "Высокий риск" in replies[0].text
    assert "предоплата" in replies[0].text.lower() or "Предоплата" in replies[0].text


def test_a_short_question_is_not_taken_for_an_ad(engine: Engine) -> None:
    state = State(lang="ru", node="main.menu")
    _, replies, _ = say(engine, state, "что такое патент")
    assert not any("риск" in r.text for r in replies)


def test_agency_lookup_is_an_effect(engine: Engine) -> None:
    state, _replies, _ = enter(engine, "ru", "offer.agency")
    state, _replies, effects = say(engine, state, "Намуна Кор")
    assert effects == [actions.AgencyLookup(query="Намуна Кор", lang="ru")]


async def test_agency_lookup_effect_answers_with_the_next_choices(engine: Engine, storage: Storage) -> None:
    csv = "name,licence,valid_until\nНамуна Кор Агентӣ (EXAMPLE),EX-0001,2099-12-31\nПример Труд (EXAMPLE),EX-0003,2020-01-01\n"
    await registry.import_agencies(storage, registry.parse_csv(csv), "x.csv")
    proc = SimpleNamespace(storage=storage, engine=engine)
    handler = actions.agency_lookup_effect
    state = State(lang="ru")
    replies = await handler(proc, Inbound(channel="tg", user="t:1"), state, actions.AgencyLookup(query="namuna kor", lang="ru"))
    assert "действует до 2099-12-31" in replies[0].text
    assert state.node == "offer.agency_next"
    assert [o.label for o in replies[0].options] == ["Проверить другое агентство", "Проверить предложение работы", "Главное меню"]
    # the choices work in the next step
    state2, _replies2, _ = say(engine, state, option=replies[0].options[0].id)
    assert state2.node == "offer.agency"
    state = State(lang="tg")
    replies = await handler(proc, Inbound(channel="tg", user="t:1"), state, actions.AgencyLookup(query="EX-0003", lang="tg"))
    assert "2020-01-01" in replies[0].text and "ба охир расид" in replies[0].text
    replies = await handler(proc, Inbound(channel="tg", user="t:1"), State(lang="tg"), actions.AgencyLookup(query="Бехатар", lang="tg"))
    assert "наёфтам" in replies[0].text


async def test_agency_lookup_through_the_processor(runtime) -> None:  # type: ignore[no-untyped-def]
    """The real path: the engine's effect, applied by the processor with the registered handler."""
    assert runtime.processor.wiring.effects[actions.AgencyLookup] is actions.agency_lookup_effect
    await registry.import_agencies(runtime.storage, registry.parse_csv("name,licence,valid_until\nFictional Safar Example Agency,EX-0004,2099-01-15\n"), "x.csv")
    state, _replies, _effects = enter(runtime.engine, "tg", "offer.agency")
    result = runtime.engine.step(state, Inbound(channel="tg", user="t:9", text="EX-0004"))
    replies = []
    for eff in result.effects:
        replies += await runtime.processor.apply(eff, Inbound(channel="tg", user="t:9", text="EX-0004"), result.state)
    assert "2099-01-15" in replies[0].text
    assert result.state.node == "offer.agency_next"
