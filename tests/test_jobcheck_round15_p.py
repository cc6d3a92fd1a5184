"""Issue 16, round 15 (branch t15p): precision of the rules in general forms.

Short made-up ads written for this file (never copied from a labelled set; fictional names
"Пример", "Намуна", "Primer"). Each genuine form is not flagged (and not rated high), and the
scam written next to it still is:

- a warning tells of others' offers or losses ("в соцсетях ходят объявления", "остаются без
  денег", "к программе отношения не имеют", "агар аллакай пул дода бошед") or of money
  refused ("ба корти касе пул қабул намекунад"), a Russian list ends in "нет";
- a question answered by a bare "no" on the same line ("pasport zabirayut? net");
- pay to a bank card written as fields ("Маош 80 000 руб, дар 2 қисм ба корт");
- a name of two parts joined by a hyphen, one of them a place ("Don-Primer").
"""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import ids, risk

# (genuine, scam beside it, lang, flag)
PAIRS = [
    ("Внимание! В соцсетях ходят объявления о работе в Польше за предоплату. Лицензированные агентства "
     "денег не берут. Проверка лицензии: Душанбе, ул. Примерная 0, тел. +992 900 00 00 01.",
     "Работа в Польше! Предоплата 500$ за оформление, остальное на месте. Пишите +992 900 00 00 01.",
     "ru", "upfront-fee"),
    ("Огоҳӣ! Дар шабакаҳои иҷтимоӣ боз «ширкатҳо» пайдо шудаанд, ки пешпардохт мегиранд. Агентии "
     "иҷозатномадор пул намегирад. Тел. +992 900 00 00 02",
     "Кор дар Аврупо! Пешпардохт 400 доллар, баъд виза. Намуна, тел. +992 900 00 00 02",
     "tg", "upfront-fee"),
    ("Программа Пример: работа только через лицензированных операторов. Посредники, которые берут деньги "
     "за место, к программе отношения не имеют. Душанбе, ул. Примерная 0, тел. +992 900 00 00 03.",
     "Места на ферму Пример: берём деньги за место, 800$, потом виза. Тел. +992 900 00 00 03.",
     "ru", "upfront-fee"),
    ("Осторожно! Люди отдают деньги, взятые в долг у родственников, и остаются без работы и без денег. "
     "Проверьте агентство: Душанбе, ул. Примерная 0, тел. +992 900 00 00 04.",
     "Билет в долг, отработаешь: из зарплаты вычтем 3 месяца. Пример, тел. +7 900 000-00-04.",
     "ru", "debt-or-wage-withholding"),
    ("Склад Пример, Москва, ул. Примерная 0 — грузчики, 3000 руб за смену. Залогов за пропуск и штрафов нет. "
     "+7 900 000-00-05",
     "Склад Пример — грузчики, 3000 за смену. Залог за пропуск 2000 руб, сразу при выходе. +7 900 000-00-05",
     "ru", "upfront-fee"),
]


@pytest.mark.parametrize(("genuine", "scam", "lang", "flag"), PAIRS)
def test_warning_forms_not_flagged_scam_still_is(genuine: str, scam: str, lang: str, flag: str) -> None:
    assert flag not in ids(genuine, lang)
    assert risk(genuine, lang) != "high"
    assert flag in ids(scam, lang)


def test_money_refused_to_a_card_is_no_cash_flag() -> None:
    genuine = ("Вазорати Намуна корро тавассути ботҳо пешниҳод намекунад ва ба корти касе пул қабул намекунад. "
               "Тел. +992 900 00 00 06")
    assert "cash-no-receipt" not in ids(genuine, "tg")
    assert "cash-no-receipt" in ids("Барои ҷой 300 доллар ба корти Намуна партоед, квитансия намедиҳем.", "tg")


@pytest.mark.parametrize(("text", "lang"), [
    ("Склади «Намуна» (Қазон, кӯчаи Намуна 0) — бор. Маош 80 000 руб, пеш аз андоз, дар 2 қисм ба корт. "
     "Кор бо шартнома. Тел. +7 900 000-00-07", "tg"),
    ("TOO «Primer» (Almaty, ul. Primer 0) — podsobnik. Zp 300 000 tenge, har moh, ba karta. Dogovor pesh az kor. "
     "Tel +7 900 000-00-08", "tg"),
    ("Хоҷагии «Намуна» — ҷамъоварии себ. Пардохт ҳар 2 ҳафта, бо ведомость ва ба корт. Тел. +7 900 000-00-09", "tg"),
])
def test_pay_to_a_card_as_fields_is_no_cash_flag(text: str, lang: str) -> None:
    assert "cash-no-receipt" not in ids(text, lang)


def test_fee_sent_to_a_card_still_flagged() -> None:
    scam = "Gruzchiki Moskva, 4000 za smenu. Zapis na smenu 1000 rub — skidyvaite na kartu administratoru. Pishite @primer"
    assert "cash-no-receipt" in ids(scam, "ru")


def test_question_answered_by_bare_no() -> None:
    genuine = ("sklad «Primer» Chehov ul Primernaya 0\n- nado platit? net nichego\n- pasport zabirayut? net tolko kopiya\n"
               "zvoni +7 900 000-00-10")
    assert "passport-retention" not in ids(genuine, "ru")
    assert risk(genuine, "ru") != "high"
    scam = "sklad Primer\n- pasport zabirayut? da, u brigadira do konca sezona\nzvoni +7 900 000-00-10"
    assert "passport-retention" in ids(scam, "ru")


def test_hyphen_name_with_a_place_is_a_name() -> None:
    genuine = "Fermerskoe hozyaistvo 'Don-Primer' (Rostovskaya obl., hutor Primer 0) - sbor ovoshei. Oplata 2800 v den. Tel +7 900 000-00-11"
    assert "unverifiable-employer" not in ids(genuine, "ru")
    # a place and an acronym is no name
    assert "unverifiable-employer" in ids("EPS-Корея бе имтиҳон! Ширкати мо бе навбат мефиристад, хизмат 1 500 доллар. Тел +992 900 00 00 12", "tg")


def test_phone_digits_are_no_fee() -> None:
    genuine = ("Фабрикаи «Намуна» (Тошкент, кӯчаи Намуна 0) — дӯзандаҳо. Маош 5 млн сӯм, ҳар моҳ. Шартнома бе пул. "
               "Намояндаи корхона дар Хуҷанд: +992 900 00 00 13")
    assert "upfront-fee" not in ids(genuine, "tg")
    assert "upfront-fee" in ids("Ба Намуна кор. Намояндаи мо 500 доллар мегирад. Тел +992 900 00 00 13", "tg")


def test_you_do_not_go_on_a_tourist_visa() -> None:
    genuine = ("Агентии «Намуна» (иҷозатнома № 0000): ошпазҳо ба Анталия. Иҷозати кор пеш аз сафар аз ҷониби корфармо "
               "гирифта мешавад — бо визаи сайёҳӣ намеравед. Тел: +992 900 00 00 14")
    assert "debt-or-wage-withholding" not in ids(genuine, "tg")


def test_housing_at_will_is_no_fee() -> None:
    genuine = ("Фабрика «Пример», г. Пример, ул. Примерная 0, тел. +7 900 000-00-15. Швеи, 50 000 ₽. Общежитие по желанию — "
               "3 000 ₽ в месяц, платите сами по квитанции, а можно жить где хотите.")
    assert "upfront-fee" not in ids(genuine, "ru")
    assert risk(genuine, "ru") != "high"
    scam = "Фабрика Пример. Швеи, 50 000 ₽. Оформление документов 15 000 ₽, платите сами до приезда. Тел. +7 900 000-00-15"
    assert "upfront-fee" in ids(scam, "ru")
