"""Issue 16, round 7 (branch i16s6): kinds of writing the scanner missed on holdout6.

Short made-up ads (written for this file, never copied from a labelled set; fictional names
"Пример", "Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin. They test the rules
(``scan_rules``) and the pay check.
"""

from __future__ import annotations

import pytest

from bot.jobcheck.salary import check_pay
from tests.jobcheck_rules import ids


# -- the first wage kept as a deposit is withholding, not a fee ------------------------------------
@pytest.mark.parametrize(("text", "lang"), [
    ("Пекарня «Пример», Тверь, ул. Примерная 4, тел. +7 900 000-31-01. Пекари, 65 тыс. Первую зарплату оставляем себе как гарантию, вернём при уходе.", "ru"),
    ("Pekarnya 'Primer' Tver, ul. Primernaya 4, tel +7 900 000-31-02. Pekari, zp 65 tys. Pervaya zarplata ostaetsya u nas v zaloge do kontsa sezona.", "ru"),
    ("Нонвойхонаи «Намуна», Твер, кӯч. Намуна 4, тел. +7 900 000-31-03. Нонпаз лозим, маош 65 000 рубл. Маоши аввал ҳамчун гарав нигоҳ дошта мешавад.", "tg"),
])
def test_first_wage_kept_as_deposit(text: str, lang: str) -> None:
    got = ids(text, lang)
    assert "debt-or-wage-withholding" in got
    assert "upfront-fee" not in got


def test_a_deposit_asked_of_the_worker_is_still_a_fee() -> None:
    assert "upfront-fee" in ids("Склад в Подольске, грузчики. Залог за спецодежду 3 000 ₽ при оформлении. Тел. +7 900 000-31-04")


@pytest.mark.parametrize(("text", "lang"), [
    ("ООО «Пример-Север», вахта на Ямал, монтажники. Вся сумма выплачивается по окончании вахты. Тел. +7 900 000-31-05", "ru"),
    ("Ба Екатеринбург бетонрез лозим. Роҳкиро мо медиҳем, баъд аз даромадатон бармегардонед. Тел. +992 900 00 31 06", "tg"),
])
def test_pay_held_to_the_end_or_travel_paid_back(text: str, lang: str) -> None:
    assert "debt-or-wage-withholding" in ids(text, lang)


def test_travel_refunded_to_the_worker_is_no_debt() -> None:
    text = "ООО «Пример-Транс», Самара, ул. Примерная 2. Грузчики, 3 500 ₽ за смену. Проезд до Самары вернём с первой зарплатой. Тел. +7 900 000-31-07"
    assert "debt-or-wage-withholding" not in ids(text)


# -- the contract handed over only abroad, or "not needed" -----------------------------------------
@pytest.mark.parametrize(("text", "lang"), [
    ("Агентство «Пример-Тур», Душанбе, ул. Примерная 1. Работа в Польше на складе, 1 200 евро. Договор подпишете уже в Польше. Тел. +992 900 00 31 08", "ru"),
    ("Агентии «Намуна», Душанбе, кӯч. Намуна 1. Кор дар Олмон, 1 800 евро. Шартномаро дар Олмон ба шумо медиҳанд. Тел. +992 900 00 31 09", "tg"),
    ("Ba sklad dar Moskva 5 nafar lozim, zp 80 hazor. Dogovor lozim ne, hamaash po-chestnomu. Tel +7 900 000-31-10", "tg"),
    ("Na stroiku v Kazani nujny rabochie, 4000 v den. Dogovor ne nado, vsyo po-chestnomu. Tel +7 900 000-31-11", "ru"),
])
def test_no_written_contract(text: str, lang: str) -> None:
    assert "no-written-contract" in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("ООО «Пример-Агро», Липецк, ул. Примерная 7. Сборщики овощей, 70 000 ₽. Трудовой договор с работодателем в России подписываете до выезда, в Душанбе. Тел. +7 900 000-31-12", "ru"),
    ("ҶДММ «Намуна», Липецк, кӯч. Намуна 7. Маош 70 000 рубл. Шартномаи меҳнатӣ пеш аз сафар дар Душанбе имзо мешавад. Тел. +7 900 000-31-13", "tg"),
])
def test_a_contract_signed_before_leaving_is_fine(text: str, lang: str) -> None:
    assert "no-written-contract" not in ids(text, lang)


# -- paid to bring people -------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "lang"), [
    ("Стройка в Подмосковье, 3 500 за смену. Кто приведёт двоих, получит 5 000 ₽. Тел. +7 900 000-31-14", "ru"),
    ("Ба гармхона дар Липецк коргар лозим. Агар 3 нафарро ҷамъ карда оред, 5 000 рубл мукофот. Тел. +992 900 00 31 15", "tg"),
    ("Sklad v Moskve, kor hast. Drugatonro ham biyoed, baroi har kas bonus. Tel +7 900 000-31-16", "tg"),
])
def test_paid_to_bring_people(text: str, lang: str) -> None:
    assert "recruit-others" in ids(text, lang)


# -- passports kept in the office ------------------------------------------------------------------
@pytest.mark.parametrize(("text", "lang"), [
    ("ООО «Пример-Склад», Подольск, ул. Примерная 9. Паспорта на всё время работы хранятся в сейфе у бригадира. Тел. +7 900 000-31-17", "ru"),
    ("Анбори «Намуна», Подольск, кӯч. Намуна 9. Шиносномаҳо то охири кор дар сейфи идора меистанд, барои бехатарии худатон. Тел. +7 900 000-31-18", "tg"),
])
def test_passports_kept_in_the_office(text: str, lang: str) -> None:
    assert "passport-retention" in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("ООО «Пример-Склад», Подольск, ул. Примерная 9. Паспорт остаётся у вас, мы делаем только копию. Тел. +7 900 000-31-19", "ru"),
    ("Анбори «Намуна», Подольск, кӯч. Намуна 9. Шиноснома дар дасти худатон мемонад. Тел. +7 900 000-31-20", "tg"),
])
def test_passports_the_workers_keep(text: str, lang: str) -> None:
    assert "passport-retention" not in ids(text, lang)


# -- living controlled, even beside "free" ---------------------------------------------------------
@pytest.mark.parametrize(("text", "lang"), [
    ("Бетонщики на объект в Химках, 4 000 за смену, живём на объекте бесплатно, но в город выходим только с прорабом. Тел. +7 900 000-31-21", "ru"),
    ("Sklad Kazan, 8 nafar lozim. Obshaga dar sklad, baroi kat har moh 6 hazor az zp meburem. Tel +7 900 000-31-22", "tg"),
])
def test_living_controlled(text: str, lang: str) -> None:
    assert "employer-controls-living" in ids(text, lang)


def test_free_housing_alone_is_no_control() -> None:
    text = "ООО «Пример-Строй», Химки, ул. Примерная 5. Бетонщики, 4 000 за смену. Общежитие бесплатно, выход свободный. Тел. +7 900 000-31-23"
    assert "employer-controls-living" not in ids(text)


# -- pay far above normal --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Официантки в клуб в Дубае, 5 000$ в месяц, без опыта и без английского. Пишите в директ",
    "Rabota v Moskve, 300 000 v mesyac, opyt ne nujen. Podrobnosti v lichku",
])
def test_unrealistic_pay(text: str) -> None:
    assert check_pay(text).too_high


def test_polish_zloty_is_no_euro() -> None:
    r = check_pay("Agentstvo 'Primer', Polsha, zavod, 5 000 zl brutto v mesyac. Tel +992 900 00 31 24")
    assert not r.too_high and r.top is not None and r.top.currency == "PLN"


def test_the_english_language_is_no_country() -> None:
    assert check_pay("Работа в Дубае, без знания английского, 900$ в месяц").country != "gb"
