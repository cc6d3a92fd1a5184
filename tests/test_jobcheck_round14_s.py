"""Issue 16, round 14 (branch t14s): the structure of ads, not their wording.

Short made-up ads written for this file (fictional names "Пример", "Намуна", "Primer"). They
test the rules (``scan_rules``): an emoji ends a clause, a question is read with its answer
(a bare "Не"/"Ne" answer denies the thing asked about), a field name and its value after ":"
or a dash are one statement; genuine ads written the same way are not flagged.
"""

from __future__ import annotations

import pytest

from bot.jobcheck.cues import tokenize
from bot.jobcheck.scanner import default_scanner
from tests.jobcheck_rules import ids


@pytest.mark.parametrize(("text", "lang", "flag"), [
    # an emoji ends a clause: the "not" before it does not reach the deadline after it
    ("Работа в отеле. Виза оформлять не нужно 😊 Набор до пятницы, успейте! Пишите Пример", "ru", "pressure-urgency"),
    ("Кор дар меҳмонхона. Ҳуҷҷат лозим нест 😉 Ҷой то ҷумъа, шитоб кунед! Намуна", "tg", "pressure-urgency"),
    # a question and its answer
    ("Склад Подольск.\n— Трудовой договор будет? — Нет, всё просто.\nЗвоните Пример", "ru", "no-written-contract"),
    ("Склад Подольск.\n— Трудовой договор будет?\n— Нет.\nЗвоните Пример", "ru", "no-written-contract"),
    ("Кор дар склад.\n❓ Шартнома ҳаст?\n— Не, лозим нест.\nЗанг занед ба Намуна", "tg", "no-written-contract"),
    ("Kor dar sklad.\n— Dogovor bor? — Ne.\nZvonite Primer", "tg", "no-written-contract"),
    ("Склад в Подольске.\n— Паспорт? — Сдаёте бригадиру на хранение.\nЗвоните Пример", "ru", "passport-retention"),
    ("Склад в Подольске.\n— Выходной есть? — Нет, работаем без выходных.\nЗвоните Пример", "ru", "excessive-hours"),
    # a field and its value, after ":" or a dash, in a bullet list
    ("Склад. Договор — не нужен. Пример", "ru", "no-written-contract"),
    ("Склад. Договор: не нужен. Пример", "ru", "no-written-contract"),
    ("Склад. Паспорт — у бригадира. Пример", "ru", "passport-retention"),
    ("🔸 Склад Подольск\n🔸 Смена 16 часов, выходных нет\n🔸 Договор: не нужен\n🔸 Паспорт: у бригадира\n"
     "🔸 Оплата — наличными, без чеков\nПример @primer_job", "ru", "no-written-contract"),
])
def test_structure_read(text: str, lang: str, flag: str) -> None:
    assert flag in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("ООО «Пример», склад в Подольске, ул. Примерная 1.\n— Договор будет? — Да, трудовой, с первого дня.\n"
     "— Паспорт? — Только показать при оформлении.\nЗвоните +7 900 000-00-00", "ru"),
    ("ҶДММ «Намуна», Душанбе, кӯчаи Намуна 5 😊 Шартнома ҳаст? — Ҳа, аз рӯзи аввал. Маош 3000 сомонӣ. "
     "Тел. +992 900 00 00 00", "tg"),
])
def test_genuine_qa_not_flagged(text: str, lang: str) -> None:
    assert ids(text, lang) == set()


def test_emoji_tokens() -> None:
    # an emoji is a clause break; a flag inside a phrase is not
    assert tokenize("не нужно 😊 Набор").folded == " ne nujno , nabor "
    assert tokenize("Дубай 🇦🇪 Требуются").folded == " dubai trebuiucia "
    # a question joined to its answer; a bare "Не" answer reads as "нет"; a long answer is kept
    assert tokenize("Договор есть? — Не.").folded == " dogovor est net . "
    assert tokenize("Что? — Не знаю").folded == " jto ne znaiu "
    # a dash after a field name joins, a dash after a longer phrase breaks the clause
    assert tokenize("Договор — не нужен").folded == " dogovor ne nujen "
    assert tokenize("Работа в Москве — склад").folded == " rabota v moskve , sklad "


def test_answer_is_no_employer_name() -> None:
    r = default_scanner().scan_rules("Работа в отеле.\n— Что за отель? — Большой, на первой линии.\nПишите Пример")
    assert "employer-name" in r.missing
