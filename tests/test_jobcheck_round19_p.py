"""Issue 16, round 19 (branch r19p): recall of pressure-urgency, excessive-hours and unrealistic-pay.

Short made-up ads written for this file (never copied from a labelled set; fictional names
"Пример", "Намуна", "Primer"). Each idea is found in Russian and Tajik, Cyrillic and Latin, and the
fair or denied wording next to it stays clean:

- pressure: "urgent" shouted ("СРОЧНО!!!", "❗️Srochno❗️"; a single "!" is how genuine ads write it
  too), today or tomorrow the last day in the izafet order ("Имрӯз рӯзи охири қабул"), "this week
  only" with "only" after, hurry in one word ("бошитоб"), who makes it goes ("har ki ulgurad"), late
  tomorrow ("ertaga dertar meshavad"), decide or answer quickly in either order ("быстрей решай",
  "zudtar guy"), then we take no one ("потом уже не возьмём"), already N signed up ("uzhe 9
  zapisalis"), urgently N people ("Срочно 15 человек"), tomorrow and no place ("pagoh joy nest"), the
  list closing in spoken Tajik ("spisok ... baste meshava"), time tight ("Вақт танг аст");
- hours: sun to sun ("аз офтоб то офтоб", "от солнца до солнца"), overtime with no bound ("переработки
  сколько скажут", "izofakori har qadar ki lozim"), every day of the month ("30 дней в месяц", "30/0"), day and
  night in Latin ("ruz u shab"), a day off not provided or only on holidays, no break, working hours without a
  limit, no time to sleep; overtime by one's own wish or paid, a rest area, days of a month stay clean;
- pay: "each day" right before an amount ("Ҳар рӯз 15–20 ҳазор рубл"; "85 000 руб, каждый день обед"
  stays monthly), Israel's shekel pay compared with Israel's pay, trainees and work without experience
  in Japan, a hidden country without experience, "любая работа" / "на всех хватит", periods with a slash
  ("300k/mes", "15 000 ₽/сутки"), pay said in words ("четыре тысячи долларов", "чор ҳазор доллар"); work that asks
  years of experience or a trade's licence is compared at a higher factor (a Lithuanian CE driver's 3 300 €).
"""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import ids, risk

PRESSURE = [
    ("СРОЧНО!!! Нужны грузчики на склад в Подмосковье, 70 000 руб. Тел +7 900 000-19-01", "ru"),
    ("❗️Srochno❗️ nuzhny parni na stroyku v Kazan, zp 80 000. Tel +7 900 000-19-02", "ru"),
    ("ТАЪҶИЛӢ!! Ба сохтмон дар Маскав коргар лозим. Тел +992 900 00 19 03", "tg"),
    ("Кор дар Туркия, меҳмонхона, маош 700$. Имрӯз рӯзи охири қабул. Тел +992 900 00 19 04", "tg"),
    ("Anbor dar Moskva, 75 000 rubl. Imruz ruzi oxirin, pagoh qabul nest. Tel +992 900 00 19 05", "tg"),
    ("Гурӯҳ ба Қазон. Ин ҳафта фақат, баъд не. Тел +992 900 00 19 06", "tg"),
    ("Кор дар Новосибирск, бетонрез. Бошитоб! Тел +992 900 00 19 07", "tg"),
    ("Kor dar Piter, sklad. Har ki ulgurad hamon meravad. Tel +992 900 00 19 08", "tg"),
    ("Turkiya mehmonxona. Zudtar guy, ertaga dertar meshavad. Tel +992 900 00 19 09", "tg"),
    ("Вахта в Сургуте, монтажники. Давай быстрей решай, звони +7 900 000-19-10", "ru"),
    ("Набор на завод в Польшу, 1100 евро. Потом уже не возьмём. Тел +7 900 000-19-11", "ru"),
    ("Sklad v Podolske. Mest 12, segodnya uzhe 9 zapisalis. Tel +7 900 000-19-12", "ru"),
    ("Срочно 15 человек на стройку в Казань, 90 000 руб. Тел +7 900 000-19-13", "ru"),
    ("Sklad Moskva. Imruz oformlenie, pagoh joy nest. Tel +992 900 00 19 14", "tg"),
    ("Ferma dar Rostov. Spisok juma baste meshava. Tel +992 900 00 19 15", "tg"),
    ("Кор дар Маскав, анбор. Вақт танг аст. Тел +992 900 00 19 16", "tg"),
    ("Kor dar Moskva, anbor. Shitobed! Tel +992 900 00 19 17", "tg"),
    ("Anbor dar Moskva. Gruppa qariban pur. Tel +992 900 00 19 18", "tg"),
    ("Кор дар Қазон. Нархи имрӯза, пагоҳ қимат мешавад. Тел +992 900 00 19 19", "tg"),
    ("Sklad v Kazani. Mesta pochti zakonchilis. Tel +7 900 000-19-20", "ru"),
    ("Стройка в Казани. Кто раньше — того и берём. Тел +7 900 000-19-74", "ru"),
    ("Вахта в Сургуте. Нельзя медлить, бегом записывайтесь. Тел +7 900 000-19-75", "ru"),
    ("Kor dar Dubay. Parvoz fardo. Tel +992 900 00 19 76", "tg"),
    ("Kor dar Moskva. Kase ki dertar monad, mond. Tel +992 900 00 19 77", "tg"),
    ("Kor dar Moskva. Vaqtro az dast nadihed. Tel +992 900 00 19 78", "tg"),
]


@pytest.mark.parametrize(("ad", "lang"), PRESSURE)
def test_pressure_wordings_are_found(ad: str, lang: str) -> None:
    assert "pressure-urgency" in ids(ad, lang)


PRESSURE_CLEAN = [
    # a single "!" after "urgent": genuine ads write it too
    ("СРОЧНО! Требуются грузчики на склад ООО «Пример», г. Подольск, ул. Складская, 1. 75 000 руб. "
     "Трудовой договор. Тел +7 900 000-19-21", "ru"),
    # "then" beside a denial of money
    ("ООО «Пример» (Казань, ул. Заводская, 1): денег не берём ни сейчас, ни потом. Тел +7 900 000-19-22", "ru"),
    # the date a notice closes, not "today is the last day"
    ("Рӯзи охири қабули ҳуҷҷатҳо дар маркази давлатӣ — 15 март. Тел +992 900 00 19 23", "tg"),
    # the pay day at the month's end
    ("Ширкати «Намуна» (Хуҷанд, кӯчаи Ленин 1): маош рӯзи охири моҳ ба корт. Тел +992 900 00 19 24", "tg"),
    # the working time, not time that is short
    ("Ширкати «Намуна», Душанбе, кӯчаи Сино 1. Vaqti kor 8 soat, maosh 3000 somoni. Tel +992 900 00 19 25", "tg"),
    # an age limit, the firm's years, a rule of the work, advice, the recruiter's own quick answer, an office closed
    ("ООО «Пример», Казань, ул. Заводская, 1. Возраст до 45, после 45 уже не берём. Тел +7 900 000-19-26", "ru"),
    ("Ширкати «Намуна», Хуҷанд. Баъд аз 45 сола дигар намегирем. Тел +992 900 00 19 27", "tg"),
    ("ООО «Пример», Казань. Работаем уже 10 лет, люди уже едут к нам. Тел +7 900 000-19-28", "ru"),
    ("ООО «Пример», Казань. Кто опоздает на смену, останется без премии. Тел +7 900 000-19-29", "ru"),
    ("ООО «Пример», Казань. Паспорт держите при себе, иначе заберут. Тел +7 900 000-19-30", "ru"),
    ("Ширкати «Намуна», Хуҷанд. Мо зудтар ҷавоб медиҳем. Тел +992 900 00 19 31", "tg"),
    ("Ширкати «Намуна», Хуҷанд. Пагоҳ рӯзи охири моҳ, маош медиҳем. Тел +992 900 00 19 32", "tg"),
    ("ООО «Пример», Казань. Завтра офис закрыт, звоните в понедельник. Тел +7 900 000-19-33", "ru"),
    ("ООО «Пример», Казань. Если не успеете к 8:00, предупредите мастера. Тел +7 900 000-19-34", "ru"),
    # "successfully" is no "in time" ("успешно" folds like "успеешь")
    ("Объявление центра занятости: список успешно сдавших экзамен передаётся работодателю. Тел +7 900 000-19-35", "ru"),
    ("Ширкати «Намуна», Хуҷанд. Гурӯҳи мо қариб 10 сол кор мекунад, пур аз таҷриба. Тел +992 900 00 19 36", "tg"),
    ("ООО «Пример», Казань. Места в общежитии почти закончились, поможем снять жильё. Тел +7 900 000-19-37", "ru"),
    ("Хидмати «Намуна», Москва. Барои ҳар заказе, ки дер монд, 500 руб штраф. Тел +7 900 000-19-38", "tg"),
]


@pytest.mark.parametrize(("ad", "lang"), PRESSURE_CLEAN)
def test_fair_wordings_raise_no_pressure(ad: str, lang: str) -> None:
    assert "pressure-urgency" not in ids(ad, lang)


HOURS = [
    ("Ферма дар Ростов, сабзавот. Кор аз офтоб то офтоб. Тел +7 900 000-19-31", "tg"),
    ("Теплицы в Астрахани, работаем от солнца до солнца. Тел +7 900 000-19-32", "ru"),
    ("Стройка в Катаре. График 6 дней, плюс переработки сколько скажут. Тел +7 900 000-19-33", "ru"),
    ("Sklad v Tule, pererabotki skolko nado. Tel +7 900 000-19-34", "ru"),
    ("Sekhi duzandagi dar Moskva, izofakori har qadar ki lozim. Tel +992 900 00 19 35", "tg"),
    ("Sklad v Kazani, rabotaem vse 30 dney v mesyac. Tel +7 900 000-19-36", "ru"),
    ("Anbor dar Moskva. Kor 30 ruz dar moh. Tel +992 900 00 19 37", "tg"),
    ("Tseh v Podmoskove, rabota 30/0. Tel +7 900 000-19-38", "ru"),
    ("Bozor dar Moskva, kor ruz u shab. Tel +992 900 00 19 39", "tg"),
    ("Анбор дар Маскав. Рӯзи истироҳат пешбинӣ нашудааст. Тел +992 900 00 19 40", "tg"),
    ("Sklad v Kazani. Pereryvov net, vyhodnoy tolko po prazdnikam. Tel +7 900 000-19-71", "ru"),
    ("Sekhi duzandagi dar Moskva. Soati kori mahdud nest. Tel +992 900 00 19 72", "tg"),
    ("Стройка в Казани, спать некогда. Тел +7 900 000-19-73", "ru"),
]


@pytest.mark.parametrize(("ad", "lang"), HOURS)
def test_hours_wordings_are_found(ad: str, lang: str) -> None:
    assert "excessive-hours" in ids(ad, lang)


HOURS_CLEAN = [
    ("ООО «Пример», Тула, ул. Оружейная, 1. Переработки только по желанию, сколько скажете сами, оплачиваются "
     "вдвойне. Тел +7 900 000-19-41", "ru"),
    ("Ширкати «Намуна», Хуҷанд. Izofakori har qadar xohed, pulash duchand. Tel +992 900 00 19 42", "tg"),
    ("ООО «Пример», Казань. Сверхурочные оплачиваются, без ограничений по возрасту. Тел +7 900 000-19-43", "ru"),
    ("ООО «Пример», Сургут. Вахта 60/30, смена 11 часов. Тел +7 900 000-19-44", "ru"),
    ("Ширкати «Намуна», Маскав. Маош 30 000 рубл дар моҳ. Тел +992 900 00 19 45", "tg"),
    ("ООО «Пример», Казань. Рабочее время 8 часов, зарплата не ограничена. Тел +7 900 000-19-46", "ru"),
    ("Ширкати «Намуна», Маскав. Ҷои истироҳат нест, лекин хобгоҳ ҳаст. Тел +992 900 00 19 47", "tg"),
    ("ООО «Пример», Казань. Перерыв на обед 1 час, переработок нет. Тел +7 900 000-19-48", "ru"),
]


@pytest.mark.parametrize(("ad", "lang"), HOURS_CLEAN)
def test_fair_overtime_raises_no_hours_flag(ad: str, lang: str) -> None:
    assert "excessive-hours" not in ids(ad, lang)


PAY = [
    ("Москва, салон. Ҳар рӯз 15–20 ҳазор рубл, таҷриба лозим нест. Ба личка нависед", "tg"),
    ("Moskva, kor baroi dukhtaron. Har ruz 15 000 rubl. Tel +992 900 00 19 51", "tg"),
    ("Израиль, стройка, без опыта. Зарплата 20 000 шекелей в месяц. Тел +972 00 000 19 52", "ru"),
    ("Япония, технический стажёр на завод электроники. Зарплата 450 000 иен в месяц. Тел +992 900 00 19 53", "ru"),
    ("Кор дар хориҷа барои ҳама, маоши аз 2000$ боло, таҷриба шарт нест. Тел +992 900 00 19 54", "tg"),
    ("Казахстан, Алматы. Любая работа для мужчин и женщин, 800 000 тенге в месяц. Тел +7 700 000 19 55", "ru"),
    # a period with a slash or in Latin, an hour before the amount
    ("Moskva, sklad, bez opyta, zp 300k/mes. Tel +7 900 000-19-56", "ru"),
    ("Москва, склад, без опыта, 15 000 ₽/сутки. Тел +7 900 000-19-57", "ru"),
    ("Olmon, tozakunanda, be tajriba, soate 25 evro. Tel +992 900 00 19 58", "tg"),
    # pay said in words
    ("Дубай, официанты без опыта, зарплата четыре тысячи долларов в месяц. Тел +971 00 000 19 59", "ru"),
    ("Dubay, peshkhizmat, be tajriba, maosh chor hazor dollar dar moh. Tel +992 900 00 19 60", "tg"),
    ("Дубай, пешхизмат, бе таҷриба, маош чор ҳазор доллар. Тел +992 900 00 19 61", "tg"),
    # years of experience asked do not cover pay far above even skilled work
    ("Литва, водители CE, стаж от 2 лет. Оплата 6000 € в месяц. Тел +370 000 00 021", "ru"),
]


@pytest.mark.parametrize(("ad", "lang"), PAY)
def test_pay_ideas_are_found(ad: str, lang: str) -> None:
    assert "unrealistic-pay" in ids(ad, lang)


PAY_CLEAN = [
    ("ООО «Пример», Москва, ул. Складская, 1. Зарплата 85 000 руб, каждый день горячий обед. Тел +7 900 000-19-61", "ru"),
    ("Исроил, сохтмон: кафелчӣ ва штукатур. Ширкати «Намуна Билд», Хайфа. Маош 11 000 – 12 000 шекел. "
     "Тел +972 00 000 19 62", "tg"),
    ("Израиль, стройка, плиточники. Зарплата 11–13 тыс. шекелей. Виза 1200$. Тел +972 00 000 19 63", "ru"),
    ("Япония, технический стажёр, завод «Пример Сэйки» (Нагоя). Зарплата 200 000 иен в месяц, договор до выезда. "
     "Тел +992 900 00 19 64", "ru"),
    ("ТОО «Пример», Алматы, ул. Складская, 1. Склад, 350 000 тенге в месяц. Тел +7 700 000 19 65", "ru"),
    ("ООО «Пример», Москва, склад, 4000 руб/сутки, график 2/2. Тел +7 900 000-19-66", "ru"),
    ("ООО «Пример», Дубай, зарплата две тысячи дирхам в месяц. Тел +971 00 000 19 67", "ru"),
    # a trade that asks years of experience or its licence: an international driver's pay with per diem
    ("UAB «Primer Trans» (Литва, Каунас) — водители CE, стаж от 2 лет, код 95. Оплата 2900–3400 € в месяц с суточными. "
     "Тел +370 000 00 019", "ru"),
    ("UAB «Namuna Trans» (Литва) ронандаҳои CE мегирад, таҷриба аз 2 сол. Маош 3 300 евро бо суточные. Тел +370 000 00 020", "tg"),
]


def test_a_price_said_in_words_is_no_pay() -> None:
    """Words of a price ("за оформление четыре тысячи долларов") are not read as pay."""
    from bot.jobcheck.salary import default_table

    amounts = default_table().parse("дубай, официанты, за оформление четыре тысячи долларов")
    assert all(a.kind != "pay" for a in amounts)


@pytest.mark.parametrize(("ad", "lang"), PAY_CLEAN)
def test_ordinary_pay_is_not_unrealistic(ad: str, lang: str) -> None:
    assert "unrealistic-pay" not in ids(ad, lang)


def test_days_of_a_month_are_no_working_day() -> None:
    """ "аз 1 то 15 март" is a registration period, not a working day from 1 to 15 o'clock."""
    ad = "Эълон. Бақайдгирӣ барои имтиҳон аз 1 то 15 март дар маркази давлатӣ. Тел +992 900 00 19 68"
    assert "excessive-hours" not in ids(ad, "tg")
    assert "excessive-hours" not in ids("Регистрация с 10 до 25 мая в центре занятости. Тел +7 900 000-19-69", "ru")
    assert "excessive-hours" in ids("Sklad v Kazani, kor az 6 to 22, Tel +7 900 000-19-70", "ru")


def test_a_genuine_ad_that_shouts_once_stays_low() -> None:
    ad = PRESSURE_CLEAN[0][0]
    assert risk(ad, "ru") == "low"
