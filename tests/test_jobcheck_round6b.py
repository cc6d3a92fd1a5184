"""Issue 16, sixth round part two (branch i16s5): general kinds of failure found on holdout4.

Short made-up ads (never copied from a labelled set; fictional names "Пример", "Намуна",
"Primer"), in Russian and Tajik, Cyrillic and Latin. They test the rules (``scan_rules``).
"""

from __future__ import annotations

import pytest

from bot.jobcheck.scanner import default_scanner


def rules(text: str, lang: str = "ru"):  # type: ignore[no-untyped-def]
    return default_scanner().scan_rules(text, lang)


def ids(text: str, lang: str = "ru") -> set[str]:
    return set(rules(text, lang).flag_ids)


# -- pay each month is no pay held to the end ------------------------------------------------------
@pytest.mark.parametrize(("text", "lang"), [
    ("ООО «Пример-Строй» (Казань, ул. Примерная, 3) — монтажники, вахта 45/15. Зарплата каждый месяц, а не в конце вахты. Тел. +7 900 000-11-22", "ru"),
    ("ҶДММ «Намуна-Сохт» (ш. Қазон, кӯч. Намуна 3) — бетонрезҳо, вахта 60/30. Маош ҳар моҳ, на дар охири вахта. Тел. +7 900 000-11-23", "tg"),
    ("JDMM «Namuna-Soxt» (Qazon, kuch. Namuna 3) betonrez, vaxta 60/30. Maosh har moh, na dar oxiri vaxta. Tel +7 900 000-11-24", "tg"),
])
def test_monthly_pay_is_not_withheld(text: str, lang: str) -> None:
    r = rules(text, lang)
    assert "debt-or-wage-withholding" not in r.flag_ids
    assert r.risk != "high", r.flag_ids


def test_pay_every_few_months_is_still_held() -> None:
    assert "debt-or-wage-withholding" in ids("Ба сохтмон коргар лозим. Маош ҳар 3 моҳ як бор. Тел. +7 900 000-11-25", "tg")


# -- the workers keep their passports themselves ---------------------------------------------------
def test_passport_kept_by_the_workers() -> None:
    text = ("ООО «Пример-Логистик», грузчики на склад, Подольск, ул. Примерная, 5. Паспорта работники "
            "хранят сами, нужна только копия. Тел. +7 900 000-11-26")
    assert "passport-retention" not in ids(text)


def test_passport_held_by_the_foreman_is_still_retention() -> None:
    assert "passport-retention" in ids("Стройка, паспорта хранятся у бригадира до конца сезона. +7 900 000-11-27")


# -- places running out is urgency -----------------------------------------------------------------
@pytest.mark.parametrize(("text", "lang"), [
    ("Склад в Москве, 80 000 руб. Места заканчиваются, пишите в WhatsApp!", "ru"),
    ("Sklad v Moskve, mesta konchayutsya, pishite v telegram", "ru"),
    ("Анбор дар Маскав, ҷойҳо тамом шуда истодаанд, зуд нависед", "tg"),
])
def test_places_running_out(text: str, lang: str) -> None:
    assert "pressure-urgency" in ids(text, lang)


# -- "you will find work when you get there" names no work -----------------------------------------
@pytest.mark.parametrize(("text", "lang"), [
    ("Визы в Эмираты, 800 $. Работу найдёте на месте, все так делают. Пишите в личку.", "ru"),
    ("Vizy v Turciyu 700$, rabotu tam naidete sami. Pishite v WhatsApp", "ru"),
    ("Раводид ба Аморат 800 доллар, корро дар ҷояш худатон меёбед. Дар WhatsApp нависед.", "tg"),
])
def test_work_found_on_arrival_is_vague(text: str, lang: str) -> None:
    assert "vague-job" in ids(text, lang)


# -- trades said in Tajik: a fishery, a greenhouse, a porter --------------------------------------
@pytest.mark.parametrize("text", [
    "Ба моҳидории Камчатка коргар лозим, маош 90 000 рубл. Тел. +7 900 000-11-28",
    "Дар гулхонаи Краснодар коргар лозим, моҳе 70 000 рубл. Тел. +7 900 000-11-29",
    "Бозори Маскав, борбар лозим, рӯзе 3 000 рубл. Тел. +7 900 000-11-30",
])
def test_trade_said_in_tajik_is_not_vague(text: str) -> None:
    assert "vague-job" not in ids(text, "tg")


# -- a day off only when there is no work ----------------------------------------------------------
@pytest.mark.parametrize(("text", "lang"), [
    ("Стройка в области, смена 11 часов, выходной — когда нет работы. +7 900 000-11-31", "ru"),
    ("Склад, выходные по желанию бригадира. +7 900 000-11-32", "ru"),
    ("Сохтмон, рӯзи истироҳат — вақте ки кор нест. +7 900 000-11-33", "tg"),
])
def test_day_off_only_without_work(text: str, lang: str) -> None:
    assert "excessive-hours" in ids(text, lang)


def test_a_weekly_day_off_is_no_excessive_hours() -> None:
    text = "ООО «Пример-Склад», Подольск, ул. Примерная, 7: график 5/2, выходные суббота и воскресенье. +7 900 000-11-34"
    assert "excessive-hours" not in ids(text)


# -- pay in Turkish lira, and unskilled pay in Poland ----------------------------------------------
def test_lira_is_a_currency() -> None:
    text = ("Агентии «Намуна-Кор» (иҷозатнома № 0000), фабрикаи Измир (Туркия) дӯзанда мегирад. "
            "Маош 30 000 лира, ҳафтае 45 соат. Душанбе, кӯч. Намуна 0, тел. +992 900 00 11 35")
    r = rules(text, "tg")
    assert "unrealistic-pay" not in r.flag_ids
    assert r.pay.top is not None and r.pay.top.currency == "TRY"


def test_unskilled_pay_far_above_poland_is_unrealistic() -> None:
    assert "unrealistic-pay" in ids("Rabota v Polshe na sklade, zarplata 2600 evro, opyt i yazyk ne nuzhny. Pishite v lichku")


def test_ordinary_unskilled_pay_in_poland_is_realistic() -> None:
    text = "Sp. z o.o. «Primer», Wrocław, ul. Przykładowa 1: склад в Польше, 1 200 евро в месяц, опыт не нужен. Тел. +48 500 000 000"
    assert "unrealistic-pay" not in ids(text)


# -- a notice that names the state body by what it is --------------------------------------------
def test_notice_naming_the_state_body_has_no_unofficial_channel() -> None:
    text = ("Программа EPS: набор проводит только государственный орган по трудоустройству. Посредники "
            "записать вас не могут. Не платите никому за «место без очереди».")
    r = rules(text)
    assert "unofficial-channel" not in r.flag_ids
    assert r.risk == "low", r.flag_ids


def test_passport_the_foreman_keeps_with_himself_is_retention() -> None:
    assert "passport-retention" in ids("Вахта, 150 000 ₽. По приезду паспорт забирает бригадир и держит у себя. +7 900 000-11-36")
