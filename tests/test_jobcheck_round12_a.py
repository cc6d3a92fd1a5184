"""Issue 16, round 12 (branch t12a): vague-job wordings (the work told only in private,
"whatever there is") and the unrealistic-pay check no longer reading a figure with no
stated currency as pounds or euros when that would be absurd.

Short made-up ads written for this file (fictional names "Пример", "Намуна", "Primer"),
in Russian and Tajik, Cyrillic and Latin.
"""

from __future__ import annotations

import pytest

from bot.jobcheck import salary
from tests.jobcheck_rules import ids


@pytest.mark.parametrize(("text", "lang"), [
    ("Девушки, работа в Стамбуле, 2000 $. Чем заниматься — расскажу лично, пишите.", "ru"),
    ("Nuzhny rebyata v Kazan, 80 tysyach. Chto delat obyasnyu v lichke.", "ru"),
    ("Работа в Польше 1200 евро. Распределим на склад или ферму, что будет.", "ru"),
    ("Кор дар Туркия, 1500 $. Чӣ кор мекунед — шахсан мегӯям, нависед.", "tg"),
    ("Kor dar Rossiya, 9000 somoni. Chi kor mekuned dar lichka meguyam.", "tg"),
    ("Кор дар Полша 1300 евро. Тақсим мекунем: анбор, ферма, ҳар чӣ бошад.", "tg"),
])
def test_vague_job_found(text: str, lang: str) -> None:
    assert "vague-job" in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("ООО «Пример», Москва, ул. Примерная 3. Кладовщик на склад, 70 000 руб., договор. Подробности по телефону +7 900 000-62-01", "ru"),
    ("Ширкати «Намуна», Душанбе, кӯчаи Намуна 8. Ронанда, маош 4000 сомонӣ, шартнома. Тел. +992 900 00 62 02", "tg"),
])
def test_vague_job_not_on_genuine(text: str, lang: str) -> None:
    assert "vague-job" not in ids(text, lang)


@pytest.mark.parametrize("text", [
    # "УК" here is a Russian managing company, not the United Kingdom
    "UK Primer SPb nuzhen elektrik oklad 80 000 grafik 5/2 trudovoi dogovor tel +7 900 000-62-03",
    # Czech koruna, not euros
    "Чехия, завод «Primer s.r.o.», операторы, зарплата 36 000–40 000 CZK брутто, договор до выезда.",
])
def test_figure_without_currency_not_absurd_pay(text: str) -> None:
    assert not salary.check_pay(text).too_high
    assert "unrealistic-pay" not in ids(text)


@pytest.mark.parametrize(("text", "lang"), [
    ("Работа в Англии, без опыта, 9000 фунтов в месяц!", "ru"),
    ("Кор дар Олмон, таҷриба лозим нест, маош 9000 евро дар як моҳ.", "tg"),
])
def test_stated_currency_high_pay_still_flagged(text: str, lang: str) -> None:
    assert "unrealistic-pay" in ids(text, lang)
