"""Issue 16, round 11 (branch t11a): wider wordings of vague-job, pressure-urgency,
recruit-others, sexual-exploitation-risk and unrealistic-pay.

Short made-up ads (written for this file, never copied from a labelled set; fictional names
"Пример", "Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin. They test the rules
(``scan_rules``); the pay-table cases test ``salary.check_pay``.
"""

from __future__ import annotations

import pytest

from bot.jobcheck import salary
from tests.jobcheck_rules import ids

# -- vague-job ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    # the work handed out on arrival
    ("Агентство «Пример», Душанбе, ул. Примерная 5, тел. +992 900 00 61 01. Словакия, 1600 евро. Должность определяется по прибытии.", "ru"),
    ("Kompaniya «Primer», Dushanbe, ul. Primernaya 7. Chehiya, na meste raspredelim po obektam, zp 1500 evro.", "ru"),
    ("Ширкати «Намуна», ш. Душанбе, кӯчаи Намуна 2. Кор дар Литва, вазифаро баъди расидан тақсим мекунем.", "tg"),
    ("Shirkati «Namuna», Dushanbe, kuchai Namuna 4. Kor dar Polsha, dar joyash malum meshavad, maosh 1400 evro.", "tg"),
    # any or various work, wherever they send you
    ("ООО «Пример», Москва, ул. Примерная 9. Все специальности, зарплата 90 тыс. Тел. +7 900 000-61-02", "ru"),
    ("Ширкати «Намуна», ш. Хуҷанд, кӯчаи Намуна 1. Дар Русия корҳои гуногун, маош 80 ҳазор рубл.", "tg"),
    ("Shirkati «Namuna», sh. Bokhtar, kuchai Namuna 3. Kor har xil hast, kujo ki lozim boshad mefiristem.", "tg"),
    ("ТОО «Пример», Алматы, ул. Примерная 2. Едете, а куда скажут — там и работаете.", "ru"),
])
def test_work_not_said_is_vague(text: str, lang: str) -> None:
    assert "vague-job" in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # genuine: the trade is said; "на месте" is where the training is
    ("ООО «Пример», Тула, ул. Примерная 3, тел. +7 900 000-61-03. Сварщики, 90 тыс., обучение на месте.", "ru"),
    ("Ширкати «Намуна», ш. Душанбе, кӯчаи Намуна 6. Ошпаз лозим, дар ҷо меомӯзонем, маош 3000 сомонӣ.", "tg"),
    # a town whose name starts like "любой"
    ("Склад в Люберцах, грузчики, 70 тыс. Тел. +7 900 000-61-04", "ru"),
    # a teacher is a trade
    ("Мактаби № 0-и шаҳри Намуна ба омӯзгори математика эҳтиёҷ дорад. Тел. +992 900 00 61 05", "tg"),
])
def test_work_said_is_not_vague(text: str, lang: str) -> None:
    assert "vague-job" not in ids(text, lang)


# -- pressure-urgency -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Склад в Казани, 75 тыс. Кто опоздал — тот не едет, ждать никого не будем.", "ru"),
    ("Stroika v Tveri, 3000 r smena. Vyezd zavtra utrom, pishite.", "ru"),
    ("Группа на Польшу почти собрана, пишите сейчас.", "ru"),
    ("С января стоимость оформления вырастет вдвое.", "ru"),
    ("Кор дар анбор, маош 80 ҳазор. Гурӯҳ пагоҳ пур мешавад, дер накунед!", "tg"),
    ("Kor dar Qazon. Oxirin avtobus, 12 nafar allakay zapis shudand.", "tg"),
    ("Анкетаҳо то 15 декабр қабул мешаванд, баъд нарх ду баробар мешавад.", "tg"),
])
def test_hurry_is_pressure(text: str, lang: str) -> None:
    assert "pressure-urgency" in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # pay dates and a season's end are no deadline
    ("Цех «Пример», Тула, ул. Примерная 8. Зарплата каждый месяц до 10 числа.", "ru"),
    ("Ширкати «Намуна», ш. Душанбе. Маош ҳар моҳ то 5-ум, шартнома аз рӯзи аввал.", "tg"),
    ("Ферма «Пример», сезон до 30 октября, 12 фунтов в час.", "ru"),
    ("Вакансия открыта до заполнения, приходите когда удобно.", "ru"),
])
def test_dates_of_pay_or_season_are_not_pressure(text: str, lang: str) -> None:
    assert "pressure-urgency" not in ids(text, lang)


# -- recruit-others -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Склад в Подольске. За каждого друга, которого приведёте, — 3000 рублей.", "ru"),
    ("Kto privezet s soboy eshe troih, tomu bilet besplatno.", "ru"),
    ("Zovi druzey na stroyku, bonus za kajdogo.", "ru"),
    ("Ҳар кас, ки рафиқашро ҳамроҳ орад, 2000 рубл мегирад.", "tg"),
    ("Хешу табори худро биёред — барои ҳар нафар ба шумо 1000 рубл.", "tg"),
    ("Agar 4 nafar juraro jam kunad, xudash bepul meravad.", "tg"),
])
def test_paid_to_bring_people_is_recruiting(text: str, lang: str) -> None:
    assert "recruit-others" in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # an agency that hires, a passport to bring, a denied bonus
    ("Агентии «Намуна» (иҷозатнома № 0000) 20 нафар борбардор ҷалб мекунад. Тел. +992 900 00 61 06", "tg"),
    ("Барои ҳуҷҷатгузорӣ шиноснома ва 2 акс биёред.", "tg"),
    ("Приходите с друзьями, если хотите, но бонусов за друзей не платим.", "ru"),
])
def test_hiring_or_papers_is_not_recruiting_others(text: str, lang: str) -> None:
    assert "recruit-others" not in ids(text, lang)


# -- sexual-exploitation-risk ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Обеспеченные мужчины из Эмиратов ищут жену. Анкету с фото в Телеграм.", "ru"),
    ("Brachnoe agentstvo: znakomstvo s inostrancami, pishite.", "ru"),
    ("Мардони сарватманди Туркия ҳамсар меҷӯянд, аксро фиристед.", "tg"),
    ("Ресторан, вечерние смены: составлять компанию гостям, чаевые ваши.", "ru"),
    ("Ба меҳмонхона кор, намуди зоҳирии хуб шарт. Нависед ба Телеграм.", "tg"),
])
def test_marriage_brokers_and_keeping_company_are_risk(text: str, lang: str) -> None:
    assert "sexual-exploitation-risk" in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # an agency's "сопровождение" is a service, not an escort
    ("Агентство «Пример», лицензия 0000. Сопровождение оформления визы — 300 $.", "ru"),
    ("Сиделка к пожилой женщине, сопровождение в поликлинику, Москва, 60 тыс.", "ru"),
])
def test_an_agency_service_is_not_sexual_risk(text: str, lang: str) -> None:
    assert "sexual-exploitation-risk" not in ids(text, lang)


# -- unrealistic-pay (the pay table) --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Япония, завод, без опыта. Зарплата 600 000 иен в месяц.",
    "Yaponiya, ferma, zarplata 700 000 yen v mesyac.",
    "Москва, склад. Дар як ҳафта 90 000 рубл мегиред, таҷриба лозим нест.",
    "Алматы, клуб: za vecher 60 tysyach tenge.",
    "Арабистон, ронанда, маош 15 000 риёл дар як моҳ.",
])
def test_pay_far_above_normal(text: str) -> None:
    assert salary.check_pay(text).too_high


@pytest.mark.parametrize("text", [
    "Япония, завод, 220 000 иен в месяц.",
    "Катар, уборщики, 1 500 риалов + жильё.",
    # six working days a week after the monthly pay, not weekly pay
    "Истанбул, меҳмонхона. Маош 28 000 лира, ҳафтае 6 рӯз.",
])
def test_ordinary_pay_is_not_flagged(text: str) -> None:
    assert not salary.check_pay(text).too_high
