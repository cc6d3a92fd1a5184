"""Issue 16, round 17 (branch r17n): how far a "not / no / free / at the company's cost" reaches.

Short made-up ads written for this file (never copied from a labelled set; fictional names
"Пример", "Намуна"). Each scam form is flagged by the rules, and the genuine denial written
beside it is not (and is not rated high):

- a clause that asks a sum of its own (a number, a yes-verb, no negation, not paid by the worker
  himself) is not reached by a denial in another clause of its sentence: "Очереди не надо, надо
  2000$ отдать", "Чипта аз ҳисоби ширкат, 300$ пешакӣ медиҳед";
- for a passport, a debt or housing the clause needs no number: "Билет бесплатно, паспорт ... сдаёте
  бригадиру", "Хона ройгон, шиноснома дар бригадир мемонад";
- a sentence rule whose concepts meet across clauses stands when one clause says yes on its own:
  "Сразу ничего не платите, потом с первых зарплат вычитаем" is the debt itself;
- "..., только / фақат X" is an exception that a denial before it does not cover, unless the worker
  pays X himself ("только медкомиссию оплачиваете сами");
- a "nothing" beside a word of signing or writing denies the paper, not the cash: "ничего подписывать
  не надо", "ҳеҷ ҷо навишта намешавад";
- a number with no currency beside a paying verb is a sum: "оплачиваете обучение 8000", "8000 медиҳед".
"""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import ids, risk

# (genuine, scam beside it, lang, flag)
PAIRS = [
    ("ООО «Пример-Строй», Тула, ул. Примерная 0 — каменщики, 90 000 руб. Очереди нет, денег не берём, "
     "оформление за счёт компании. Тел +7 900 000-17-01",
     "Пример-Строй — каменщики, 90 000 руб. Очереди не надо, надо 2000$ отдать при встрече. Тел +7 900 000-17-01",
     "ru", "upfront-fee"),
    ("Ширкати «Намуна», Москва, кӯчаи Намуна 0, сохтмон, моҳе 90 ҳазор. Чипта аз ҳисоби ширкат, ҳуҷҷатҳо ҳам "
     "ройгон. Тел +7 900 000-17-02",
     "Ширкати «Намуна», сохтмон, моҳе 90 ҳазор. Чипта аз ҳисоби ширкат, 300$ пешакӣ барои ҳуҷҷат медиҳед. "
     "Тел +7 900 000-17-02",
     "tg", "upfront-fee"),
    ("Ширкати «Намуна», Москва, кӯчаи Намуна 0. Ягон пул намегирем, танҳо патент 6000 рубл худатон мепардозед. "
     "Тел +7 900 000-17-06",
     "Ширкати «Намуна», Москва. Хӯрок аз ҳисоби ширкат, барои виза 400$ ба корти менеҷер мегузаронед. "
     "Тел +7 900 000-17-16",
     "tg", "upfront-fee"),
    ("ООО «Пример», Тула, ул. Примерная 0, 90 000 руб. Денег за работу не берём, только медкомиссию 2500 руб "
     "оплачиваете сами в клинике. Тел +7 900 000-17-19",
     "Пример-Строй, Москва, 90 000 руб. Денег за работу не берём, только 500$ за оформление визы. Тел +7 900 000-17-15",
     "ru", "upfront-fee"),
    ("ООО «Пример», Тула, ул. Примерная 0, 90 000 руб. Сразу ничего не платите, и с зарплаты потом ничего не "
     "вычитаем. Тел +7 900 000-17-07",
     "Пример-Строй, Москва, каменщики, 90 000 руб. Сразу ничего не платите, потом с первых зарплат вычитаем. "
     "Тел +7 900 000-17-01",
     "ru", "debt-or-wage-withholding"),
    ("Ширкати «Намуна», Москва, кӯчаи Намуна 0, моҳе 90 ҳазор. Чипта аз ҳисоби ширкат, аз маош намебурем. "
     "Тел +7 900 000-17-08",
     "Сохтмон дар Москва, моҳе 90 ҳазор. Ҳоло ҳеҷ чиз намедиҳед, се моҳи аввал нисфи маошро барои ҳуҷҷат "
     "нигоҳ медорем. Тел +7 900 000-17-16",
     "tg", "debt-or-wage-withholding"),
    ("ООО «Пример», Тула, ул. Примерная 0, 90 000 руб. Жильё бесплатно, паспорт остаётся у вас. Тел +7 900 000-17-17",
     "Пример-Строй, Москва, 90 000 руб. Билет бесплатно, паспорт на время работы сдаёте бригадиру. Тел +7 900 000-17-15",
     "ru", "passport-retention"),
    ("Ширкати «Намуна», Москва, кӯчаи Намуна 0. Хона ройгон, шиноснома дар дасти худатон мемонад. Тел +7 900 000-17-18",
     "Сохтмон дар Москва, моҳе 90 ҳазор. Хона ройгон, шиноснома дар бригадир мемонад. Тел +7 900 000-17-16",
     "tg", "passport-retention"),
    ("ООО «Пример», Тула, ул. Примерная 0, 90 000 руб на карту. Договор подписываете в офисе, никаких денег не "
     "берём. Тел +7 900 000-17-09",
     "Склад в Казани, 70 000 руб. Зарплата наличкой в конверте, ничего подписывать не надо, расписок не даём. "
     "Тел +7 900 000-17-11",
     "ru", "no-written-contract"),
    ("Ширкати «Намуна», Москва, кӯчаи Намуна 0. Шартнома имзо мекунед, ягон пул намегирем. Тел +7 900 000-17-10",
     "Склад дар Қазон, моҳе 70 ҳазор. Пули ҷой 300$ нақд ба бригадир медиҳед, ҳеҷ ҷо навишта намешавад. "
     "Тел +7 900 000-17-12",
     "tg", "cash-no-receipt"),
    ("ООО «Пример», Тула, ул. Примерная 0. Оплата 2500 в день, выплаты каждую пятницу. Тел +7 900 000-17-13",
     "Курсы сварщиков с трудоустройством в Польше, оплачиваете обучение 8000 и едете. Тел +7 900 000-17-04",
     "ru", "upfront-fee"),
    ("Ширкати «Намуна», Москва, кӯчаи Намуна 0. Пардохт ҳар рӯз 3000 ба корт. Тел +7 900 000-17-14",
     "Курси кафшергарӣ бо кор дар Полша, 8000 медиҳед ва меравед. Тел +7 900 000-17-04",
     "tg", "upfront-fee"),
]


@pytest.mark.parametrize(("genuine", "scam", "lang", "flag"), PAIRS)
def test_genuine_denial_not_flagged_scam_still_is(genuine: str, scam: str, lang: str, flag: str) -> None:
    assert flag not in ids(genuine, lang)
    assert risk(genuine, lang) != "high"
    assert flag in ids(scam, lang)


def test_cash_beside_nothing_to_sign_is_cash_without_receipt() -> None:
    scam = "Склад в Казани, 70 000 руб. Деньги за место 300$ отдаёте наличными бригадиру, ничего подписывать не надо."
    assert {"cash-no-receipt", "upfront-fee"} <= ids(scam, "ru")


def test_a_number_of_a_unit_or_a_phone_is_no_sum() -> None:
    for text in (
        "ООО «Пример», Тула, ул. Примерная 0. Обучение 120 часов, оплачиваете 0 рублей. Тел 8 900 000 17 13",
        "ООО «Пример», Тула, ул. Примерная 0. Звоните 8 900 000 1713, отдел кадров. Оплата до 120000 в месяц.",
    ):
        assert "upfront-fee" not in ids(text, "ru")


def test_a_copy_of_the_passport_is_no_retention() -> None:
    genuine = "ООО «Пример», Тула, ул. Примерная 0, 90 000 руб. Паспорт не забираем, копию сдаёте в отдел кадров. Тел +7 900 000-17-17"
    assert "passport-retention" not in ids(genuine, "ru")


def test_a_sum_asked_after_a_denial_without_commas() -> None:
    scam = "сохтмон дар Москва моҳе 90 ҳазор чипта аз ҳисоби ширкат 300$ пешакӣ барои ҳуҷҷат медиҳед тел +7 900 000-17-22"
    genuine = "Ширкати «Намуна» Москва кӯчаи Намуна 0 моҳе 90 ҳазор чипта 300$ аз ҳисоби ширкат тел +7 900 000-17-22"
    assert "upfront-fee" in ids(scam, "tg")
    assert "upfront-fee" not in ids(genuine, "tg")


def test_until_is_no_not() -> None:
    scam = ("Пример-Строй, Москва, 90 000 руб. Билет покупаем мы, потом по 100$ с каждой зарплаты удержим пока не "
            "вернёте. Тел +7 900 000-17-23")
    genuine = "ООО «Пример», Тула, ул. Примерная 0, 90 000 руб. Билет покупаем мы, из зарплаты не удерживаем. Тел +7 900 000-17-23"
    assert "debt-or-wage-withholding" in ids(scam, "ru")
    assert "debt-or-wage-withholding" not in ids(genuine, "ru")


def test_no_before_its_own_noun_denies_that_noun() -> None:
    scam = "Пример-Строй, Москва, 90 000 руб. Место в группе на визу 2000$ и никаких очередей. Тел +7 900 000-17-24"
    genuine = "ООО «Пример», Тула, ул. Примерная 0, 90 000 руб. Виза за счёт компании и никаких сборов. Тел +7 900 000-17-24"
    assert "upfront-fee" in ids(scam, "ru")
    assert "upfront-fee" not in ids(genuine, "ru")


def test_no_paper_in_a_rule_is_the_flag_itself() -> None:
    scam = "Склад дар Қазон, моҳе 70 ҳазор. Маош нақд дар даст, ҳеҷ коғаз, шартнома не. Тел +7 900 000-17-25"
    genuine = ("Ширкати «Намуна», Москва, кӯчаи Намуна 0. Маош ба корт, ҳар моҳ бо ведомость, шартнома имзо мекунед. "
               "Тел +7 900 000-17-25")
    assert "cash-no-receipt" in ids(scam, "tg")
    assert "cash-no-receipt" not in ids(genuine, "tg")


def test_no_work_without_a_contract_is_no_missing_contract() -> None:
    genuine = "ООО «Пример», Тула, ул. Примерная 0. Без договора не работаем, зарплата на карту. Тел +7 900 000-17-26"
    assert "no-written-contract" not in ids(genuine, "ru")
