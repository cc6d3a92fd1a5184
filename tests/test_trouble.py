"""The "person in trouble now" recogniser on its development examples (the rules in
bot/trouble.py were written from these; the held-out set is bench/trouble_heldout.yaml)."""

from __future__ import annotations

import pytest

from bot.trouble import recognise

URGENT = [
    ("корфармо шиносномаамро гирифт", "high"),
    ("Работодатель забрал мой паспорт и не отдаёт", "high"),
    ("rabotodatel zabral moy pasport", "high"),
    ("нас заперли на складе и не выпускают", "urgent"),
    ("маро мезананд, ёрдам диҳед", "urgent"),
    ("бригадир избил меня вчера", "urgent"),
    ("хозяин угрожает мне если уйду", "high"),
    ("бародарам дар Русия бедарак шуд, ду моҳ хабар нест", "high"),
    ("брат пропал в Москве, связи нет неделю", "high"),
    ("маош намедиҳанд ва таҳдид мекунанд", "high"),
    ("нас заставляют работать без денег", "urgent"),
    ("шиносномаамро намедиҳанд, рафтан намемонанд", "urgent"),
    ("maro majbur mekunand kor kunam", "urgent"),
    # added after the first held-out run (general forms it had missed; new sentences)
    ("документы забрали на складе и не возвращают", "high"),
    ("иҷозат намедиҳанд, ки берун равам", "urgent"),
    ("денег нет, не можем уехать, хозяин не пускает", "urgent"),
    ("брата держат на ферме под Астраханью", "urgent"),
]
NOT_URGENT = [
    "может ли работодатель забрать паспорт?",
    "оё корфармо ҳуқуқ дорад шиносномаро нигоҳ дорад?",
    "can an employer keep my passport?",
    "что делать если потерял паспорт",
    "сколько стоит патент в Москве",
    "мне не платят зарплату два месяца",
    "агар корфармо шиносномаро гирад чӣ кор кунам?",
    "как избежать рабства за границей",
    "чӣ тавр патент гирам",
    "корро дар Корея чӣ тавр ёбам",
]


@pytest.mark.parametrize("text,priority", URGENT)
def test_urgent(text: str, priority: str) -> None:
    t = recognise(text)
    assert t.urgent, (text, t)
    assert t.priority == priority, (text, t)


@pytest.mark.parametrize("text", NOT_URGENT)
def test_not_urgent(text: str) -> None:
    assert not recognise(text).urgent, (text, recognise(text))


def test_bounded_and_empty() -> None:
    assert not recognise("").urgent
    assert recognise("избили меня " + "а" * 100_000).urgent  # long input read only in part, quickly
