"""Round 32 (branch r32g): genuine ads and wrong flags, as structures rather than wordings.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each fair term or denial stays
clean, and the red flag written next to it is still found:

- passport-retention: the worker's own person that keeps the passport ("Паспорт никому не отдаёте", "pasport u menya nikomu
  ne otdaval", "паспорт не сдаёте"), and the workers who hand it "to nobody" ("паспорт никому не отдают"): its "not" inside the
  cue is a denial (patterns except); "we do not give it back" ("Паспорт не отдаём до конца сезона") and "you hand it to the
  foreman" are still the keeping;
- debt-or-wage-withholding: "в долг" with "долг" whole: "в Долгопрудном" (a town) and "в долгосрочной" (long-term) are no
  debt; a ticket "в долг" still is;
- tourist-visa: coming "as a guest" said to be no way ("Ҳамчун «меҳмон» омадан лозим нест", "приезжать как гость не нужно") and the
  worker who comes "not as a guest" ("ҳамчун коргар меоед, на ҳамчун меҳмон", "как работник, а не как турист"): patterns except;
  "come as a guest" and "go as a tourist" said as the way still are;
- upfront-fee, passport-retention, employer-controls-living: a short head of a denial closed by a colon ("Чего у нас НЕТ: платы за
  «место», «залога за спецовку», ..., сдачи паспортов «на хранение»", "U nas net: ...") speaks for its whole list, however long the
  sentence (`ClauseReach._denied_list`; before, a long sentence let a denial reach only 7 words); a head that denies nothing
  ("Условия: ..., залог за спецовку 5000 руб, паспорта сдаёте бригадиру") leaves its list's flags;
- excessive-hours: hours said a week ("20 соат дар ҳафта", "20 часов в неделю", a part-time week) and an hourly rate said gross
  ("15,20 €/ч брутто": the cents before "€/ч") are no long day (patterns except); "16 соат дар як рӯз" still is;
- unverifiable-employer: the Polish words of a firm, a yard or a farm before a capitalised name ("Stocznia Primer Serwis",
  "Gospodarstwo Primer", `employer.org_nouns`) and the Finnish-Swedish "Ab" as written ("Primer Gröna Ab") name an employer; a
  country and a phone alone still do not;
- unrealistic-pay: the Russian Far North (Yakutia, Magadan, Chukotka, Kamchatka, Yamal, Norilsk) is read against its own wages,
  raised by the northern coefficients (`pay.yaml` country `ru_north`, read before `ru`; roubles alone still say Russia): a gold
  artel's 200 000 a month stays clean there; 450 000 for a helper there, and 220 000 for a loader in Moscow or with no place named,
  are still unrealistic;
- every flag: a notice's quotations of others' ads joined by "and also" and a colon ("объявления такого вида: «...» и ещё: «...»",
  "e'lonho monandi: '...' va boz: '...'", `clauses._QUOTE_JOIN`) are all reported, not only the first; the same words quoted as an
  offer's own terms ("Условия: «бронь места 5 000 на карту, осталось 3 места»") are still flagged;
- upfront-fee: "paid" said of the work or the internship ("ба стажировкаи пулакӣ мегирад", "stajirovkai pulaki"): the "пул" of
  "пулакӣ" is the worker's wage, no money taken (patterns except); money taken for a course or a place still is;
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

PASSPORT = "passport-retention"
FEE = "upfront-fee"
LIVING = "employer-controls-living"
NOT_OURS = (
    "АО «Пример» (г. Тюмень, ул. Примерная 1), дорожные рабочие, 120 000 руб. в месяц, смена 10 часов, питание бесплатно. Чего у "
    "нас НЕТ: платы за «место в списке», «брони», «залога за спецовку», удержания зарплаты до конца вахты, штрафов за опоздание, "
    "сдачи паспортов «на хранение»."
)
NOT_OURS_LAT = (
    "AO Primer (g. Tyumen, ul. Primernaya 1), dorozhnye rabochie, 120 000 rub. U nas net: platy za mesto v spiske, broni, zaloga "
    "za specovku, uderzhaniya zarplaty do konca vahty, shtrafov za opozdanie, sdachi pasportov na hranenie."
)
TERMS = (
    "АО «Пример» (г. Тюмень, ул. Примерная 1), дорожные рабочие, 120 000 руб. в месяц. Условия: проживание, питание, спецодежда, "
    "дорога за счёт компании, залог за спецовку 5000 руб, паспорта сдаёте бригадиру на хранение."
)
DEBT = "debt-or-wage-withholding"
TOURIST = "tourist-visa"
HOURS = "excessive-hours"
UNVERIFIABLE = "unverifiable-employer"
PAY = "unrealistic-pay"
URGENCY = "pressure-urgency"
CASH = "cash-no-receipt"
QUOTED = (
    "Профсоюз «Пример-Труд» предупреждает земляков! В чатах опять гуляют объявления такого вида:\n«Вахта, 300 000 ₽ разнорабочим "
    "без опыта, паспорт сдаёшь бригадиру»\nи ещё:\n«бронь места 5 000 на карту, осталось 3 места, автобус завтра».\nТак не "
    "бывает. Телефон юриста: +7 900 000-00-00"
)
QUOTED_TG = (
    "Namuna-Huquq ogohi medihad! Dar chatho e'lonho hastand monandi:\n'Vaxta, 300 000 rubl bez opyt'\nva boz:\n'bron 5000 "
    "somoni ba karta, 3 joy mond, fardo avtobus'.\nIn firib ast. Tel +992 900 00 00 00"
)
OWN_TERMS = "Вахта «Пример», разнорабочие. Условия: «бронь места 5 000 на карту, осталось 3 места, автобус завтра». Звоните +7 900 000-00-00"

FIRM = "ООО «Пример», г. Москва, ул. Примерная, д. 1. Грузчики на склад, 60 000 руб. в месяц. "
KZ = "ТОО «Намуна» (Алмато, кӯчаи Намуна 1) коргар мегирад, маош 200 000 тенге. "
KZ_LAT = "TOO Namuna (Almaty, ko'chai Namuna 1) korgar megirad, maosh 200 000 tenge. "
KZ_RU = "ТОО «Пример» (Алматы, ул. Примерная 1), рабочие на склад, 200 000 тенге. "
FIRM_LAT = "OOO Primer, g. Moskva, ul. Primernaya 1. Gruzchiki na sklad, 60 000 rub v mesyac. "

FOUND = [
    (FEE, "ҶДММ «Намуна» (ш. Хуҷанд, кӯчаи Намуна 1) ба стажировка мегирад. Барои курс 500 сомонӣ пул мегирем.", "tg"),
    (FEE, "Барои ҷой пул мегирем, 3000 сомонӣ, ҶДММ «Намуна» (ш. Хуҷанд, кӯчаи Намуна 1).", "tg"),
    *[(flag, OWN_TERMS, "ru") for flag in (FEE, URGENCY)],
    (PAY, "Якутия, артель «Пример-Зар» (ул. Примерная 1), подсобник без опыта, 450 000 руб. в месяц.", "ru"),
    (PAY, "Москва, склад «Пример» (ул. Примерная 1), грузчик без опыта, 220 000 руб. в месяц.", "ru"),
    (PAY, "Склад «Пример», грузчик без опыта, 220 000 руб. в месяц, ул. Примерная 1.", "ru"),
    (HOURS, "Кор дар сехи «Намуна», 16 соат дар як рӯз, 2000 сомонӣ.", "tg"),
    (HOURS, "ООО «Пример» (Москва, ул. Примерная 1), упаковщик, смена 16 часов, 60 000 руб. в месяц.", "ru"),
    (UNVERIFIABLE, "Сварщики в Польшу, 45 зл/час. Звоните 992 900 00 00 00", "ru"),
    (UNVERIFIABLE, "Finlyandiya, teplitsy, 11,60 evro/chas. Zvonite 8900000 00 00", "ru"),
    (FEE, TERMS, "ru"),
    (PASSPORT, TERMS, "ru"),
    (PASSPORT, FIRM + "Паспорт не отдаём до конца сезона.", "ru"),
    (PASSPORT, FIRM + "Паспорт сдаёте бригадиру.", "ru"),
    (PASSPORT, FIRM_LAT + "pasport sdaete brigadiru", "ru"),
    (TOURIST, KZ + "Ҳамчун меҳмон меоед, дар граница гӯед ки меҳмон.", "tg"),
    (TOURIST, KZ_LAT + "Hamchun mehmon meoed, baad kor.", "tg"),
    (TOURIST, KZ_RU + "Едете как турист, на месте оформим.", "ru"),
    (DEBT, FIRM + "Билет даём в долг, потом отработаете.", "ru"),
    (DEBT, FIRM_LAT + "bilet dayom v dolg", "ru"),
]

CLEAN = [
    (FEE, "ҶДММ «Намуна» (ш. Хуҷанд, кӯчаи Намуна 1) 3 нафарро ба стажировкаи пулакӣ мегирад, 2 000 сомонӣ дар моҳ, соати 9 то 18.", "tg"),
    (FEE, "JDMM Namuna (sh. Xujand, ko'chai Namuna 1) 3 nafarro ba stajirovkai pulaki megirad, 2000 somoni dar moh.", "tg"),
    *[(flag, QUOTED, "ru") for flag in (FEE, PAY, URGENCY, CASH)],
    *[(flag, QUOTED_TG, "tg") for flag in (FEE, PAY, URGENCY, CASH)],
    (PAY, "Якутия, Алдан. Артель «Пример-Зар» (ул. Примерная 1) берёт подсобников на сезон, 200 000 руб. в месяц, смена 10 часов.", "ru"),
    (PAY, "Yakutiya, artel «Primer-Zar» (ul. Primernaya 1) ba mavsim kor megirad: podsobnik, 200 000 rubl har moh.", "tg"),
    (PAY, "Магадан, рыбзавод «Пример» (ул. Примерная 1), обработчик рыбы, 190 000 руб. в месяц, общежитие.", "ru"),
    (HOURS, "Лаборант дар донишгоҳи «Намуна» (Душанбе), 20 соат дар ҳафта, 2000 сомонӣ.", "tg"),
    (HOURS, "Laborant dar donishgohi «Namuna» (Dushanbe), 20 soat dar hafta, 2000 somoni.", "tg"),
    (HOURS, "ООО «Пример» (Москва, ул. Примерная 1), упаковщик, 20 часов в неделю, 30 000 руб.", "ru"),
    (HOURS, "Нидерланды, завод Primer B.V., Oss, упаковка, 15,20 €/ч брутто, 5 дней по 8 часов.", "ru"),
    (UNVERIFIABLE, "Сварщики в Гданьск (Польша), судостроение, 38–45 зл/час брутто. Stocznia Primer Serwis, тел. 992 900 00 00 00", "ru"),
    (UNVERIFIABLE, "Polsha, ferma, sbor klubniki, 30 zl/chas. Gospodarstwo Primer, tel 992 900 00 00 00", "ru"),
    (UNVERIFIABLE, "Finlyandiya, teplitsy v Närpes (ogurtsy), 11,60 €/chas. Primer Gröna Ab, tel 8900000 00 00", "ru"),
    *[(flag, text, "ru") for flag in (FEE, PASSPORT, LIVING) for text in (NOT_OURS, NOT_OURS_LAT)],
    (PASSPORT, FIRM + "Паспорт никому не отдаёте, он у вас.", "ru"),
    (PASSPORT, FIRM + "Паспорт не сдаёте никому.", "ru"),
    (PASSPORT, FIRM_LAT + "pasport nikomu ne otdaete", "ru"),
    (PASSPORT, FIRM + "Работаю тут второй год, паспорт при этом никому не отдают, зарплата на карту.", "ru"),
    (PASSPORT, "brat ya na sklade Primer rabotayu pasport u menya nikomu ne otdaval zvoni 89000000000", "ru"),
    (TOURIST, KZ + "Ҳамчун «меҳмон» омадан лозим нест, бо иҷозати кор мегирем.", "tg"),
    (TOURIST, KZ_LAT + "Shumo hamchun korgar meoed, na hamchun mehmon.", "tg"),
    (TOURIST, KZ_RU + "Приезжаете как работник, а не как турист.", "ru"),
    (TOURIST, KZ_RU + "Приезжать как турист не нужно, разрешение на работу оформляем.", "ru"),
    (DEBT, "ООО «Пример-Монтаж» ищет монтажников на объекты в Химках и Долгопрудном, 100 000 руб., 5/2.", "ru"),
    (DEBT, "ООО «Пример», работа в долгосрочной перспективе, 80 000 руб., г. Москва, ул. Примерная 1.", "ru"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
