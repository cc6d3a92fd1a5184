"""Issue 16, round 20 (branch r20h): excessive-hours, pressure-urgency, debt, living controlled, fees and pay as ideas.

Short made-up ads written for this file (never copied from a labelled set; fictional names
"Пример", "Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each idea is
found, and the fair term or the denial written next to it stays clean:

- the day off said absent with the short "not" of spoken and Latin Tajik ("ruzi istirohat ne"), and on
  call round the clock ("24 soat dar ixtiyori oila", "круглосуточно в распоряжении"); an agency's hotline
  "on call round the clock" is no working day;
- a deadline today by a clock hour to pay or confirm, a queue closing on a day, "then no one is taken any
  more", the places filling by a day of the week;
- pay at the end with "no advance" is no reassurance; a fee or a debt paid off out of the wage with interest;
  the wage's advance on a day of the month ("аванс 15-го", "пешпардохт 15-ум") is no fee;
- out of the gate not at all, out only with her leave; out freely or without asking stays clean;
- "посредникам не платит", rent paid by the tenant himself, an institution that pays: no fee;
- "ruzi istirohat" after an amount is the day off, not pay per day; a turnkey package is a fee, not pay.
"""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import ids

HOURS = "excessive-hours"
PRESS = "pressure-urgency"
DEBT = "debt-or-wage-withholding"
LIVING = "employer-controls-living"
FEE = "upfront-fee"
PAY = "unrealistic-pay"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Namuna LLC, Toshkent. Sexda kor 11 soat ruzi istirohat ne maosh har moh", "tg"),
        ("Корхонаи «Намуна», сехи дӯзандагӣ: рӯзи истироҳат не, маош ҳар моҳ.", "tg"),
        ("Primer oila doya lozim 24 soat dar ixtiyori oila maosh har moh", "tg"),
        ("Ба оилаи «Намуна» парастор лозим: шабонарӯзӣ дар ихтиёри оила мебошед.", "tg"),
        ("Семье «Пример» нужна няня: 24 часа в распоряжении хозяев, зарплата ежемесячно.", "ru"),
    ],
)
def test_no_day_off_and_on_call_round_the_clock(text: str, lang: str) -> None:
    assert HOURS in ids(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Агентство «Пример»: круглосуточно на связи, +7 900 000 00 00. Работа 5/2 по 8 часов.", "ru"),
        ("Ширкати «Намуна»: кор 8 соат, якшанбе рӯзи истироҳат.", "tg"),
    ],
)
def test_fair_hours_stay_clean(text: str, lang: str) -> None:
    assert HOURS not in ids(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Барои тасдиқи ҷойи худ имрӯз то соати 19:00 пардохт кунед. Ширкати «Намуна».", "tg"),
        ("Сегодня до 21:00 подтвердите место оплатой. Агентство «Пример».", "ru"),
        ("Navbati oxirin 25-umi hamin moh pushida meshavad. Shirkati Namuna.", "tg"),
        ("Очередь на выезд закрывается 12-го числа. Агентство «Пример».", "ru"),
        ("Ҳамин ҳафта биёед, баъд дигар намегиранд. Сехи «Намуна».", "tg"),
        ("Успейте на этой неделе, потом уже не возьмут. Цех «Пример».", "ru"),
        ("Бригадаи «Намуна»: ҷойҳо то ҷумъа пур мешаванд.", "tg"),
        ("Primer stroy: do pyatnicy mesta razberut.", "ru"),
    ],
)
def test_deadline_in_new_words(text: str, lang: str) -> None:
    assert PRESS in ids(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Сегодня до 18:00 работает касса. Агентство «Пример».", "ru"),
        ("Ширкати «Намуна»: маош ҳар моҳ то 10-ум ба корт пардохт мешавад.", "tg"),
    ],
)
def test_fair_days_and_hours_no_pressure(text: str, lang: str) -> None:
    assert PRESS not in ids(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ширкати «Намуна»: маош баъди вахта якбора, пешпардохт нест.", "tg"),
        ("ООО «Пример»: зарплата в конце сезона целиком, аванса нет.", "ru"),
        ("Ширкати «Намуна»: 1000$ ҳозир, боқимонда аз маоши Корея бо фоиз.", "tg"),
        ("Агентство «Пример»: остаток вычтем из зарплаты с процентами.", "ru"),
    ],
)
def test_held_pay_and_debt_with_interest(text: str, lang: str) -> None:
    assert DEBT in ids(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("ООО «Пример»: зарплата два раза в месяц, аванс 15-го числа.", "ru"),
        ("Ширкати «Намуна»: маош ҳар моҳ, пешпардохт 15-ум.", "tg"),
    ],
)
def test_wage_advance_is_no_fee_nor_debt(text: str, lang: str) -> None:
    found = ids(text, lang)
    assert FEE not in found and DEBT not in found


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Кафе «Пример»: проживание у хозяйки, выходить — с её разрешения.", "ru"),
        ("Ferma Primer: zhivete na ferme, za vorota ne vyhodit.", "ru"),
        ("Фермаи «Намуна»: аз дарвоза берун набароед.", "tg"),
    ],
)
def test_out_of_the_gate_not_at_all(text: str, lang: str) -> None:
    assert LIVING in ids(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Ферма «Пример»: общежитие рядом, выходить за ворота можно свободно.", "ru"),
        ("Кафе «Пример»: жильё отдельно, выходить можно без разрешения.", "ru"),
    ],
)
def test_free_to_go_out_stays_clean(text: str, lang: str) -> None:
    assert LIVING not in ids(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Визы выдаются через операторов, работник посредникам не платит. Справки: «Пример».", "ru"),
        ("ООО «Пример»: с жильём помогаем, платите аренду сами хозяину.", "ru"),
        ("Клиникаи «Намуна»: хароҷоти виза ва курсро муассиса мепардозад.", "tg"),
    ],
)
def test_no_fee_when_none_is_asked(text: str, lang: str) -> None:
    assert FEE not in ids(text, lang)


def test_day_off_after_an_amount_is_no_daily_pay() -> None:
    assert PAY not in ids("saudiya oilai Namuna ronanda maosh 2000 riyol ruzi istirohat ne", "tg")


def test_turnkey_package_is_a_fee_not_pay() -> None:
    found = ids("Агентство «Пример»: Корея, оформление под ключ 2 900 $.", "ru")
    assert PAY not in found and FEE in found


@pytest.mark.parametrize(
    "text, lang, flag",
    [
        ("Савол: Гарав мегиред?\nҶавоб: Не, либоси кориро ройгон медиҳем. Хидмати «Намуна», Душанбе.", "tg", FEE),
        ("Вопрос: Паспорт забираете?\nОтвет: Нет, паспорт всегда у вас. ООО «Пример», Казань.", "ru", "passport-retention"),
    ],
)
def test_a_labelled_no_answers_its_question(text: str, lang: str, flag: str) -> None:
    assert flag not in ids(text, lang)


def test_a_labelled_yes_keeps_the_fee() -> None:
    assert FEE in ids("Вопрос: Платить надо?\nОтвет: Да, 300$ за оформление.", "ru")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Agrofirma Primer: vyplata kazhduyu nedelyu a ne v konce sezona", "ru"),
        ("Хоҷагии «Намуна»: маош ҳар ҳафта, на дар охири мавсим", "tg"),
    ],
)
def test_rather_than_at_the_end_is_no_hold(text: str, lang: str) -> None:
    assert DEBT not in ids(text, lang)


def test_pay_at_the_end_still_held() -> None:
    assert DEBT in ids("Хоҷагии «Намуна»: маош дар охири мавсим якбора.", "tg")
