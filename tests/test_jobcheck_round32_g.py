"""Round 32 (branch r32g): genuine ads and wrong flags, as structures rather than wordings.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each fair term or denial stays
clean, and the red flag written next to it is still found:

- passport-retention: the worker's own person that keeps the passport ("Паспорт никому не отдаёте", "pasport u menya nikomu
  ne otdaval", "паспорт не сдаёте"): its "not" inside the cue is a denial (patterns except); "we do not give it back" ("Паспорт
  не отдаём до конца сезона") and "you hand it to the foreman" are still the keeping;
- debt-or-wage-withholding: "в долг" with "долг" whole: "в Долгопрудном" (a town) and "в долгосрочной" (long-term) are no
  debt; a ticket "в долг" still is;
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

PASSPORT = "passport-retention"
DEBT = "debt-or-wage-withholding"

FIRM = "ООО «Пример», г. Москва, ул. Примерная, д. 1. Грузчики на склад, 60 000 руб. в месяц. "
FIRM_LAT = "OOO Primer, g. Moskva, ul. Primernaya 1. Gruzchiki na sklad, 60 000 rub v mesyac. "

FOUND = [
    (PASSPORT, FIRM + "Паспорт не отдаём до конца сезона.", "ru"),
    (PASSPORT, FIRM + "Паспорт сдаёте бригадиру.", "ru"),
    (PASSPORT, FIRM_LAT + "pasport sdaete brigadiru", "ru"),
    (DEBT, FIRM + "Билет даём в долг, потом отработаете.", "ru"),
    (DEBT, FIRM_LAT + "bilet dayom v dolg", "ru"),
]

CLEAN = [
    (PASSPORT, FIRM + "Паспорт никому не отдаёте, он у вас.", "ru"),
    (PASSPORT, FIRM + "Паспорт не сдаёте никому.", "ru"),
    (PASSPORT, FIRM_LAT + "pasport nikomu ne otdaete", "ru"),
    (PASSPORT, "brat ya na sklade Primer rabotayu pasport u menya nikomu ne otdaval zvoni 89000000000", "ru"),
    (DEBT, "ООО «Пример-Монтаж» ищет монтажников на объекты в Химках и Долгопрудном, 100 000 руб., 5/2.", "ru"),
    (DEBT, "ООО «Пример», работа в долгосрочной перспективе, 80 000 руб., г. Москва, ул. Примерная 1.", "ru"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
