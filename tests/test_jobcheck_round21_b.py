"""Issue 16, round 21 (branch r21b): precision first (genuine ads, notices and denials read as scams), then
single misses of cash-no-receipt, debt-or-wage-withholding, employer-controls-living, passport-retention,
tourist-visa and unrealistic-pay.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters.

Must stay clean:

- notices: such ads "are spreading" ("паҳн шуда истодаанд", "распространяются"), others who, offering
  work, take money ("пешниҳод карда, ... пул мегиранд"), the amount after a fee word in such a sentence;
  "nobody can put you in" ("дохил карда наметавонад"); the state employment agency named ("Агентии
  шуғли аҳолӣ"); "do not hand your passport over" ("насупоред"); the migrant's legal terms ("дар давоми
  30 рӯз барои патент", "в течение 7 дней встать на миграционный учёт");
- genuine terms: a work card "на визаи сайёҳӣ" (not on a tourist visa); a driver's or a nurse's pay in a
  named Baltic or German city; the pay on the rotation's last day; a time to pay within ("то 24 соат") is
  no working day; a paper not given after a payment to a person named by initials is a receipt, not a
  contract; a Latin name before a business noun names the employer; the courier ("kuryer") is a job said.

Must be found: money to a card within so many hours; the first months unpaid for a debt; the phone only
on a day or for an hour; a passport staying with them for months; entering "as a tourist".
"""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import found_and_clean, risk

FEE = "upfront-fee"
PASS = "passport-retention"
URGE = "pressure-urgency"
TOUR = "tourist-visa"
PAY = "unrealistic-pay"
CHANNEL = "unofficial-channel"
CONTRACT = "no-written-contract"
HOURS = "excessive-hours"
UNV = "unverifiable-employer"
VAGUE = "vague-job"
CASH = "cash-no-receipt"
DEBT = "debt-or-wage-withholding"
LIVING = "employer-controls-living"

CLEAN = [
    # notices
    (FEE, "⚠️ Огоҳӣ! Дар Телеграм эълонҳо дар бораи кори Полша бо пардохти 9 000 сомонӣ паҳн шуда истодаанд. Ба мо хабар диҳед: +992 900 00 21 01", "tg"),
    (FEE, "Внимание! В соцсетях распространяются объявления о работе в Литве за 1 500 евро «за визу». Телефон доверия +992 900 00 21 02", "ru"),
    (FEE, "Хадамоти муҳоҷират хабар медиҳад, ки баъзе каналҳо кор ба Англия пешниҳод карда, барои ҳуҷҷат пул мегиранд. Хати боварӣ +992 900 00 21 03", "tg"),
    (CHANNEL, "Барномаи EPS: ҳаққи имтиҳон танҳо ба ҳисоби бонк. Ягон ширкати хусусӣ шуморо бе имтиҳон ба Корея дохил карда наметавонад. Тел +992 900 00 21 04", "tg"),
    (CHANNEL, "Корея EPS: бақайдгирӣ дар Агентии шуғли аҳолӣ, пардохт тавассути бонк. Тел +992 900 00 21 05", "tg"),
    (PASS, "Сафорат хотиррасон мекунад: шиносномаи худро ба бригадир ё корфармо насупоред. Тел +7 900 000 21 06", "tg"),
    (URGE, "Памятка мигранту: дар давоми 30 рӯз барои патент ҳуҷҷат супоред. Тел +7 900 000 21 07", "tg"),
    (URGE, "Памятка: в течение 7 дней встаньте на миграционный учёт, документы подайте в МВД. Тел +7 900 000 21 08", "ru"),
    # genuine terms
    (TOUR, "Корхонаи «Намуна» (Брно) оператор мегирад. Корти коргарӣ, на визаи сайёҳӣ. Тел +420 000 000 001", "tg"),
    (PAY, "UAB «Primer» (Вильнюс) ронандаи CE мегирад, маош бо суточные 2800 евро, таҷриба аз 2 сол. Тел +370 000 00 001", "tg"),
    (PAY, "Дом престарелых «Пример» (Дрезден) ищет медсестёр с дипломом, зарплата 3 200 евро брутто, немецкий B1. Тел +49 000 0000001", "ru"),
    (URGE, "ООО «Пример», Москва, ул. Садовая 3. Вахта 30 смен, расчёт в последний день вахты на карту. Тел +7 900 000 21 09", "ru"),
    (HOURS, "Барои сабти ном 100 сомонӣ дар давоми 24 соат пардохт кунед. Тел +992 900 00 21 10", "tg"),
    (HOURS, "Tabrik shumo baroi kor intixob shudet baroi tasdiq 800 somoni ba karta to 24 soat guzaronid +992 900 00 21 24", "tg"),
    (CONTRACT, "За услуги 9 000 сомони, на карту на имя А. Б., бумажку никакую не даём. Тел +992 900 00 21 11", "ru"),
    (UNV, "Gulf Primer Contracting, Доха, промзона 4, тел. +974 0000 0001. Нужны сварщики.", "ru"),
    (VAGUE, "Kazan kuryer lozim, maosh 90 000 rubl. Tel +7 900 000 21 12", "tg"),
    (PASS, "Сезон на ферме, зарплату за первые месяцы придерживаем, отдадим в конце сезона целиком. Тел +7 900 000 21 13", "ru"),
    (PASS, "ООО «Пример»: паспорт остаётся у вас на руках все два месяца вахты. Тел +7 900 000 21 14", "ru"),
    (PAY, "ООО «Пример» (Подольск): пул хуб — 75 000. Рӯзи аввал ба шумо хобгоҳ медиҳем. Тел +7 900 000 21 15", "tg"),
]

FOUND = [
    (CASH, "Tabrik, shumo intixob shudet. 900 somoni ba karta 0000 0000 0000 0000 A Primerov to 12 soat guzaronid. +992 900 00 21 16", "tg"),
    (DEBT, "Polsha zavod kor. 3 mohi avval maosh ne, on qarzi chiptai shumo. Tel +992 900 00 21 17", "tg"),
    (DEBT, "Chexiya sex kor\n3 mohi avval maosh ne on qarzi bileti shumo\ntel +992 900 00 21 23", "tg"),
    (LIVING, "Ба оилае дар Доҳа ёрдамчӣ лозим. Дар хонаи оила зиндагӣ мекунед, телефон танҳо якшанбе як соат. Тел +992 900 00 21 18", "tg"),
    (PASS, "ООО «Пример»: для оформления визы паспорт остаётся у нас в офисе примерно на три месяца. Тел +992 900 00 21 19", "ru"),
    (TOUR, "Rabota v Dubae, letim turistami na 30 dney, potom ostaemsya. Tel +992 900 00 21 20", "ru"),
    (TOUR, "Работа в Анталии: едете туристом, там оформим. Тел +992 900 00 21 21", "ru"),
    (PAY, "Кор дар Ростов: сбор помидоров, 260 000 в месяц. Тел +7 900 000 21 22", "ru"),
]


test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("⚠️ Огоҳӣ! Дар Телеграм эълонҳо дар бораи кори Полша бо пардохти 9 000 сомонӣ паҳн шуда истодаанд. Ба мо хабар диҳед: +992 900 00 21 01", "tg"),
        ("Корхонаи «Намуна» (Брно) оператор мегирад. Корти коргарӣ, на визаи сайёҳӣ. Тел +420 000 000 001", "tg"),
    ],
)
def test_genuine_not_high(text: str, lang: str) -> None:
    assert risk(text, lang) != "high", text
