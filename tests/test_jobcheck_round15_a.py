"""Round 15 (a): money wordings as combinations of broad lists (fresh short ads, fictional names)."""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import ids


@pytest.mark.parametrize(
    ("text", "lang", "flag"),
    [
        # a fee to unlock the work: activation, joining, connection
        ("Пример: работа из дома. Для подключения к заданиям вступительный взнос 40$.", "ru", "upfront-fee"),
        ("Намуна: кор аз телефон. Барои пайваст шудан 200 сомонӣ.", "tg", "upfront-fee"),
        ("Primer: rabota s telefona, aktivaciya profilya 25$.", "ru", "upfront-fee"),
        # kit bought from the recruiter; a turnkey price
        ("Пример: курьеры. Спецодежду покупаете у нас, 5000 рублей.", "ru", "upfront-fee"),
        ("Primer: Polsha, 3500$ pod klyuch.", "ru", "upfront-fee"),
        # the rest of a fee taken from the wage; pay held back, then all at once
        ("Пример: стройка. Билет 400$ сразу, остаток суммы удержим из зарплаты.", "ru", "debt-or-wage-withholding"),
        ("Namuna: Turkiya, maosh 500$, 2 mohi avval nigoh medorem, baad hamaashro yakjo medihem.", "tg", "debt-or-wage-withholding"),
        # cash with nothing written down
        ("Пример: платим наличными, нигде не записывается.", "ru", "cash-no-receipt"),
        # a personal card still counts without a verb
        ("Намуна: 300 доллар ба корти шахсии Намуна.", "tg", "cash-no-receipt"),
    ],
)
def test_new_wordings(text: str, lang: str, flag: str) -> None:
    assert flag in ids(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "flag"),
    [
        # denials
        ("Пример: вступительных взносов нет, подключение бесплатно.", "ru", "upfront-fee"),
        ("Пример: форму и инструмент выдаём бесплатно, у нас ничего покупать не надо.", "ru", "upfront-fee"),
        # genuine: wages to a card, kit at the employer's cost
        ("ҶДММ «Намуна» (Хуҷанд): маош 4000 сомонӣ, ҳар моҳ, ба корт. Шартнома пеш аз кор.", "tg", "cash-no-receipt"),
        ("TOO «Primer»: zp 350 000 tenge, har moh, ba karta. Dogovor pesh az kor.", "tg", "cash-no-receipt"),
        ("Пардохт ҳар 2 ҳафта, бо ведомость ва ба корт.", "tg", "cash-no-receipt"),
        ("ООО «Пример»: зарплата 70 000 ₽ на карту, спецодежда и инструмент за счёт работодателя.", "ru", "upfront-fee"),
    ],
)
def test_not_flagged(text: str, lang: str, flag: str) -> None:
    assert flag not in ids(text, lang)
