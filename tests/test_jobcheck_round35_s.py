"""Round 35 (branch r35s): holdout35's missed debts and held wages, as structures rather than wordings.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each red flag written as an offer's
own is found, and its denial or a fair term stays clean:

- debt-or-wage-withholding: fines, shortages and breakages taken out of the wage or a taxi's takings ("Недостачи вычитаем из
  зарплаты", "shtrafy iz vyruchki"); "штрафы с зарплаты не вычитаем" and "Штрафов и удержаний нет" are denials; a taxi park's
  fines from the takings are no longer a rule over the driver's life (employer-controls-living except);
- debt-or-wage-withholding: taken "out of the first wage", the verb last ("из первой зарплаты вычтут"); a sum split, part now and
  part out of the wage ("1000 сейчас, 1000 вычтут из зарплаты"); the travel worked off though the bed is named beside it ("за дорогу
  и жильё потом отработаешь"), its own denial still clean ("ничего не отрабатываете"); the first months' wage only at the end
  ("за первые 2 месяца в конце"); a deduction whose size the boss decides ("сколько — решает хозяин", "чанд – хоҷаин мегӯяд");
- debt-or-wage-withholding (Tajik): the wage kept in someone's hands ("маош дар дасти завхоз меистад"); a little paid each month and
  the rest after months ("боқиаш баъди 6 моҳ"); the first month's wage owed to the recruiter ("маоши моҳи аввал ҳаққи ман");
- employer-controls-living: "we don't go to the village" in Latin letters ("v poselok ne hodim") and the Tajik "you don't go out to
  town" ("ба шаҳр намебароед"); a village one may go to stays clean.
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean, ids

DEBT = "debt-or-wage-withholding"
LIVING = "employer-controls-living"

FOUND = [
    (DEBT, "Склад «Пример», Москва. Недостачи и брак вычитаем из зарплаты. Тел 8 900 000 00 00", "ru"),
    (DEBT, "Такси Пример: мойка, опоздания — штрафы из выручки. Тел 8 900 000 00 00", "ru"),
    (DEBT, "Primer taxi: shtrafy za opozdaniya vychitaem iz vyruchki. +7 900 000 00 00", "ru"),
    (DEBT, "Пример-Склад, разрешение 50 тысяч, это из первой зарплаты вычтут. Тел 8 900 000 00 00", "ru"),
    (DEBT, "Primer ferma, oformlenie 2000: 1000 sejchas, 1000 vychtut iz zarplaty. +7 900 000 00 00", "ru"),
    (DEBT, "Склад Пример: за дорогу и жильё потом отработаешь. Тел 8 900 000 00 00", "ru"),
    (DEBT, "Primer sklad, zp cherez menya, za pervye 2 mesyaca srazu v konce. +7 900 000 00 00", "ru"),
    (DEBT, "Ферма Пример: за койку вычитаем из зарплаты, сколько — решает хозяин. Тел 8 900 000 00 00", "ru"),
    (DEBT, "Ба сехи Намуна коргар лозим. Ҷой ҳаст, пулашро аз маош мебурем, чанд – худи хоҷаин мегӯяд. Тел 900 00 00 00", "tg"),
    (DEBT, "Sexi Namuna: joy hast, kirasha az maosh mebarem - chi qadar ki xozyain guyad. Tel 900 00 00 00", "tg"),
    (DEBT, "Ба меҳмонхонаи Намуна фаррош лозим. Маоши 2 моҳи аввал дар дасти завхоз меистад. Тел 900 00 00 00", "tg"),
    (DEBT, "Mehmonxonai Namuna: maoshi 2 mohi avval dar dasti brigadir memonad. Tel 900 00 00 00", "tg"),
    (DEBT, "Фабрикаи Намуна, маош 800$, ҳар моҳ 100$ медиҳанд, боқиаш баъди 6 моҳ. Тел 900 00 00 00", "tg"),
    (DEBT, "Fabrikai Namuna, maosh 800$, har moh 100$ medihand, boqimonda pas az 5 moh. Tel 900 00 00 00", "tg"),
    (DEBT, "Намуна-опа: ба оила парастор лозим. Маоши моҳи аввал ҳаққи ман. Тел 900 00 00 00", "tg"),
    (DEBT, "Namuna-opa: parastor lozim. Maoshi mohi avval haqqi man. Tel 900 00 00 00", "tg"),
]

FOUND += [
    (LIVING, "Primer bahcha: zhivem v vagone na pole, v poselok ne hodim. Tel 8 900 000 00 00", "ru"),
    (LIVING, "Сехи Намуна: зиндагӣ дар худи сех, ба шаҳр намебароед. Тел 900 00 00 00", "tg"),
    (LIVING, "Sexi Namuna: zindagi dar sex, ba shahr namebaroed. Tel 900 00 00 00", "tg"),
]

CLEAN = [
    (DEBT, "Таксопарк «Пример», договор аренды. Штрафы с зарплаты не вычитаем без вашей подписи. Тел 8 900 000 00 00", "ru"),
    (DEBT, "Склад «Пример», договор, зарплата 70 000. Штрафов и удержаний за инструмент нет. Тел 8 900 000 00 00", "ru"),
    (DEBT, "Таксопарк «Пример»: ремонт машины из зарплаты не вычитаем. Тел 8 900 000 00 00", "ru"),
    (DEBT, "Склад «Пример», договор. За дорогу и жильё ничего не отрабатываете, всё за счёт компании. Тел 8 900 000 00 00", "ru"),
    (DEBT, "Склад «Пример», договор. Аванс 15-го, остаток в конце месяца. Тел 8 900 000 00 00", "ru"),
    (DEBT, "Ба сехи «Намуна» нонпаз лозим, шартнома. Маош ҳар моҳ, ба дасти худатон. Тел 900 00 00 00", "tg"),
    (DEBT, "Сехи «Намуна», шартнома. Нисфи маош 15-ум, боқимонда 30-юм. Тел 900 00 00 00", "tg"),
    (LIVING, "Ферма «Пример», договор. Живём в общежитии, в посёлок ходит автобус каждый час. Тел 8 900 000 00 00", "ru"),
    (LIVING, "Сехи «Намуна», шартнома. Рӯзи истироҳат ба шаҳр мебароед, хобгоҳ ихтиёрӣ. Тел 900 00 00 00", "tg"),
    (LIVING, "Таксопарк «Пример», договор аренды, 8 часов на линии. Штрафы ГИБДД из выручки не берём. Тел 8 900 000 00 00", "ru"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)


def test_denied_travel_then_a_demanded_one_still_found() -> None:
    # an attacker's denial of one cost does not hide the debt said in the next sentence
    text = "Склад Пример. Жильё ничего не стоит. За дорогу потом отработаешь. Тел 8 900 000 00 00"
    assert DEBT in ids(text, "ru")


def test_fines_denied_then_shortages_taken_still_found() -> None:
    text = "Склад Пример. Штрафов нет. Недостачи вычитаем из зарплаты. Тел 8 900 000 00 00"
    assert DEBT in ids(text, "ru")
