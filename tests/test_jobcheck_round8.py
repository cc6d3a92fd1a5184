"""Issue 16, round 8 (branch i16s7): kinds of writing the scanner missed on holdout7, and the
guard against one doubted critical flag making a genuine-looking ad high.

Short made-up ads (written for this file, never copied from a labelled set; fictional names
"Пример", "Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin. They test the rules
(``scan_rules``), except the guard, which tests ``model.apply``.
"""

from __future__ import annotations

import numpy as np
import pytest

from bot.jobcheck import model as M
from bot.jobcheck.scanner import default_scanner
from tests.jobcheck_rules import ids


# -- pay: the rest at the end of the month is monthly pay; at the end of the season it is held ------
@pytest.mark.parametrize(("text", "lang"), [
    ("Столярный цех «Пример», Тула, ул. Примерная 8, тел. +7 900 000-41-01. Столяры, 80 тыс., аванс 20-го, остаток в конце месяца.", "ru"),
    ("Sexi «Primer», Tula, ul. Primernaya 8, tel +7 900 000-41-02. Duredgar lozim, zp 80 tys, avans 20-um, ostatok v konce mesyaca.", "tg"),
])
def test_the_rest_at_the_end_of_the_month_is_monthly_pay(text: str, lang: str) -> None:
    assert "debt-or-wage-withholding" not in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Ба хоҷагии Намуна дар Волгоград коргар лозим. Маош 45 ҳазор, ҳар моҳ 6 ҳазор медиҳем, боқимонда дар охири мавсим. Тел. +992 900 00 41 03", "tg"),
    ("Ферма под Волгоградом, рабочие. Каждый месяц 6 тысяч на руки, остальное в конце сезона одной суммой. Тел. +7 900 000-41-04", "ru"),
    ("Fermai Namuna, Volgograd. Har moh 6 hazor, boqimonda dar oxiri sol. Tel +992 900 00 41 05", "tg"),
])
def test_a_small_monthly_sum_and_the_rest_at_the_season_end_is_held(text: str, lang: str) -> None:
    assert "debt-or-wage-withholding" in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Ба сехи Намуна дар Самара дӯзанда лозим. Чипта аз ҳисоби мо, баъд аз маоши аввал мебурем. Тел. +992 900 00 41 06", "tg"),
    ("Sexi Namuna, Samara, duzanda lozim. Chipta az hisobi mo, bad az zp mebarem. Tel +992 900 00 41 07", "tg"),
])
def test_travel_paid_now_and_taken_from_pay_later_is_debt(text: str, lang: str) -> None:
    assert "debt-or-wage-withholding" in ids(text, lang)


def test_travel_the_employer_refunds_is_no_debt() -> None:
    text = "Корхонаи «Намуна» (Самара, кӯч. Намуна 3) қассоб мегирад, маош ҳар моҳ. Чиптаи роҳ баъди 3 моҳ пурра ҷуброн мешавад. Тел. +992 900 00 41 08"
    assert "debt-or-wage-withholding" not in ids(text, "tg")


# -- no written contract said in so many words ------------------------------------------------------
@pytest.mark.parametrize(("text", "lang"), [
    ("Ба бригада дар Қазон гилкор лозим, маош 90 ҳазор. Шартнома нест, ҳама чиз бо боварӣ. Тел. +992 900 00 41 09", "tg"),
    ("Brigada v Kazani, shtukatury, zp 90k. Dogovora net, vsyo na doverii. Tel +7 900 000-41-10", "ru"),
    ("Sexi mebel dar Podolsk, zp 70k. Ofitsialno oformit namekunem. Tel +992 900 00 41 11", "tg"),
    ("Цех в Подольске, сборщики, 70 тыс. Официально не оформляем. Тел. +7 900 000-41-12", "ru"),
])
def test_no_contract_said_plainly(text: str, lang: str) -> None:
    assert "no-written-contract" in ids(text, lang)


def test_a_contract_with_no_problems_is_fine() -> None:
    text = "ООО «Пример», Москва, ул. Примерная 2, тел. +7 900 000-41-13. Проблем с договором нет: подписываем до выезда."
    assert "no-written-contract" not in ids(text)


# -- urgency, vague work, fees -----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "lang"), [
    ("Ба анбор дар Маскав борбар лозим, маош 70 ҳазор. Ҷойҳо зуд пур мешаванд! Тел. +992 900 00 41 14", "tg"),
    ("Склад в Москве, грузчики, 70 тыс. Места быстро разбирают! Тел. +7 900 000-41-15", "ru"),
])
def test_places_filling_up_is_pressure(text: str, lang: str) -> None:
    assert "pressure-urgency" in ids(text, lang)


def test_any_work_is_vague() -> None:
    assert "vague-job" in ids("СРОЧНО в Россию! Работа любая, зарплата хорошая. Тел. +7 900 000-41-16")


def test_a_job_that_takes_anyone_still_says_the_work() -> None:
    assert "vague-job" not in ids("Склад «Пример» в Подольске, ул. Примерная 1: грузчики, берём всех. Тел. +7 900 000-41-17")


@pytest.mark.parametrize(("text", "lang"), [
    ("Viza ba Koreya bez navbat, 2000$ oplata, nisfash pesh. Tel +992 900 00 41 18", "tg"),
    ("Виза в Корею без очереди, 2000$, половину вперёд. Тел. +7 900 000-41-19", "ru"),
    ("Ба рӯйхати Корея: ҳуҷҷатҳо ва 2 500 сомонӣ нақд. Тел. +992 900 00 41 20", "tg"),
])
def test_part_paid_ahead_or_a_sum_in_cash_is_a_fee(text: str, lang: str) -> None:
    assert "upfront-fee" in ids(text, lang)


@pytest.mark.parametrize("text", [
    "Кафе «Пример», Душанбе, ул. Примерная 6. Повара, зарплата 3000 сомони наличными каждую неделю. Тел. +992 900 00 41 21",
    "Ошхонаи «Намуна», Душанбе, кӯч. Намуна 6. Ошпаз, маош 3000 сомонӣ нақд ҳар ҳафта. Тел. +992 900 00 41 22",
])
def test_wages_in_cash_are_no_fee(text: str) -> None:
    assert "upfront-fee" not in ids(text, "tg")


# -- the guard: one doubted critical flag does not make a checkable ad high ---------------------------
def test_a_lone_doubted_critical_flag_in_a_checkable_ad_is_medium() -> None:
    sc = default_scanner()
    heads = [M.SCAM, "debt-or-wage-withholding"]
    shell = M.Model(heads=heads, vocab={}, idf=np.zeros(0), coef=np.zeros((2, 0)), intercept=np.zeros(2))
    bars = M.Bars(keep={"debt-or-wage-withholding": 0.05}, doubt={"debt-or-wage-withholding": 1.01},
                  add={"debt-or-wage-withholding": 1.01})
    text = "Столярный цех «Пример», Тула, ул. Примерная 8, тел. +7 900 000-41-23. Столяры, 80 тыс., расчёт по итогам работ."
    rules = sc.scan_rules(text, "ru")
    from bot.jobcheck.result import FlagHit, ScanResult

    one = ScanResult("high", [FlagHit("debt-or-wage-withholding", "расчёт по итогам", 10.0, True)], ["licence-number"], score=10.5)
    assert "employer-name" not in rules.missing
    doubted = M.apply(sc, one, text, shell, {M.SCAM: 0.15, "debt-or-wage-withholding": 0.1}, bars)
    assert doubted.risk == "medium" and doubted.flag_ids == ["debt-or-wage-withholding"]
    # the model believes the flag, or thinks the ad a scam: high
    assert M.apply(sc, one, text, shell, {M.SCAM: 0.15, "debt-or-wage-withholding": 0.5}, bars).risk == "high"
    assert M.apply(sc, one, text, shell, {M.SCAM: 0.6, "debt-or-wage-withholding": 0.1}, bars).risk == "high"
    # an ad one cannot check stays high
    unnamed = ScanResult("high", one.flags, ["employer-name", "employer-address", "licence-number"], score=11.5)
    assert M.apply(sc, unnamed, text, shell, {M.SCAM: 0.15, "debt-or-wage-withholding": 0.1}, bars).risk == "high"
