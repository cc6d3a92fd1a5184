"""Round 17 (u): unrealistic pay the pay table missed or read wrongly: amounts not read,
the language of the destination not asked, a short day's pay, a price paid in parts, a
season's or half a year's total, another currency (fresh short ads, fictional names).
Each unrealistic form is flagged and an ordinary wage of the same form beside it is not."""

from __future__ import annotations

import pytest

from bot.jobcheck.salary import default_table
from tests.jobcheck_rules import ids

FLAG = "unrealistic-pay"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "net" / "in hand" between the amount and its period; net pay after a housing word
        ("Пример: работа в Екатеринбурге, 250 тысяч на руки в месяц, без опыта.", "ru"),
        ("Пример: Лондон, проживание у семьи, £5 000 в месяц чистыми.", "ru"),
        # Latin month and a Latin city
        ("Primer: vahta Yakutiya, zp 300k za mesyac bez opyta.", "ru"),
        # the language of the destination not asked
        ("Пример: Япония, завод, 450 000 иен в месяц. Японский не нужен.", "ru"),
        ("Namuna: Germaniya, sidelka 4200 evro. Nemetskiy lozim ne.", "tg"),
        ("Намуна: Корея, завод, 4 500 000 вон дар моҳ, корейсӣ донистан шарт не.", "tg"),
        ("Намуна: Мюнхен, сохтмон, моҳе 4600 евро, забон намедонад ҳам.", "tg"),
        ("Намуна: Қатар, посбон. Маош 2 300 $, таҷриба шарт не.", "tg"),
        # a day's pay with "from" / "up to" between, a night in Latin Tajik
        ("Намуна: Москва, СПА. Рӯзе аз 15 000 рубл.", "tg"),
        ("Namuna: Istanbul, bar, dar yak shab 200$ meshavad.", "tg"),
        # pay for a day of a few hours, as a full day's pay
        ("Намуна: кор аз хона. Дар як рӯз 2–3 соат, 500–700 сомонӣ.", "tg"),
        ("Намуна: кор бо телефон. Рӯзе 1–2 соат, ҳафтае то 400$.", "tg"),
        # a currency the table did not read
        ("Пример: Израиль, спа-салон, выходит 15–20 тысяч шекелей в месяц!", "ru"),
        # pay promised in words, without a number
        ("Пример: работа в Москве, огромные деньги, опыт не нужен.", "ru"),
        ("Primer: za sezon kupish mashinu!", "ru"),
        ("Намуна: кор дар Русия, пули калон, таҷриба лозим нест.", "tg"),
        ("Намуна: дар як мавсим мошин мехарӣ!", "tg"),
    ],
)
def test_unrealistic_pay_flagged(text: str, lang: str) -> None:
    assert FLAG in ids(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ООО «Пример», Екатеринбург: оклад 90 тысяч на руки в месяц.", "ru"),
        ("Пример: Лондон, проживание у семьи, £2 200 в месяц чистыми.", "ru"),
        ("Primer: vahta Yakutiya, zp 110k za mesyac.", "ru"),
        ("Пример: Япония, завод, 220 000 иен в месяц. Японский не нужен.", "ru"),
        ("Намуна: Корея, завод, 2 300 000 вон дар моҳ, корейсӣ донистан шарт не.", "tg"),
        ("Намуна: Қатар, посбон. Маош 900 $, таҷриба шарт не.", "tg"),
        ("Намуна: Москва, сехи дӯзандагӣ. Рӯзе аз 3 000 рубл.", "tg"),
        ("Намуна: кор аз хона. Дар як рӯз 2–3 соат, 30–50 сомонӣ.", "tg"),
        # a working day of many hours says nothing of the pay's period
        ("ООО «Пример», Казань: в день 12 часов, 90 000 руб.", "ru"),
        # a price, paid in parts: a fee, not pay (not compared as pay)
        ("Пример: Корея, без TOPIK. Берёт 3000$: 1500 наличкой при встрече.", "ru"),
        ("Namuna: Koreya E-9, viza 3200$, 1000$ hozir.", "tg"),
        # a recruiter's price
        ("Пример: Великобритания, сиделки, зарплата £2 400. Цена держится до пятницы, потом 9500 £.", "ru"),
        # a season's and half a year's total
        ("Namuna: Kamchatka, rybzavod, zp az 250 000 rubl baroi putina.", "tg"),
        ("Пример: брат в Англии на ферме заработал за полгода 8 тысяч фунтов.", "ru"),
        # a cost or a certificate bought is not pay
        ("Primer: Koreya bez TOPIK, zavod, 2000$ v mesyac. Stoimost 3000$.", "ru"),
        ("Пример: Великобритания, зарплата £2400. Сертификат спонсорства — 8000 £.", "ru"),
        # ordinary words about pay
        ("Пример: зарплата достойная, без опыта.", "ru"),
        ("Намуна: маош мувофиқи шартнома, хона медиҳем.", "tg"),
        ("Пример: поможем купить билет на поезд.", "ru"),
        # another currency: Czech crowns are not euros
        ("Намуна: Чехия, завод. Маош 34 000 крона брутто, ҳар моҳ.", "tg"),
        # skilled nursing in Germany, named by its region and company form
        ("Пример: клиника в Баварии через Pflege Beispiel GmbH, медсестра, 3600 € брутто.", "ru"),
        # the destination named after a group's city, paid in its own currency
        ("Репост из группы «Душанбеги дар Маскав»: в Германию на стройку, платят 2800–3000 евро.", "ru"),
    ],
)
def test_ordinary_pay_not_flagged(text: str, lang: str) -> None:
    assert FLAG not in ids(text, lang)


def test_zero_fee_is_no_fee() -> None:
    assert "upfront-fee" not in ids("Agentura «Primer s.r.o.», 165 kron/soat. Za uslugi ot rabotnika 0 kron.", "ru")


def test_a_cost_the_employer_pays_is_no_fee() -> None:
    assert "upfront-fee" not in ids("Агентство «Пример», лицензия № 0000. Теплицы, 13 € в час. Виза (стоимость 80 €) оплачивается работодателем.", "ru")


def test_parse_forms() -> None:
    t = default_table()
    (a,) = [x for x in t.parse("рӯзе аз 15 000 рубл", None)]
    assert a.period == "day"
    (b,) = t.parse("zp 3200$, 1000$ hozir", None)[:1]
    assert b.kind == "fee"
    (c,) = t.parse("34 000 крона", None)
    assert c.currency == "CZK"
    (d,) = t.parse("заработал за полгода 8 тысяч фунтов", None)
    assert d.high == pytest.approx(8000 / 6)
