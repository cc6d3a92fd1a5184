"""Round 35 (branch r35v): the weakest flags across all sets, unrealistic-pay and vague-job, as structures.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters:

- unrealistic-pay: pay "for a shift" followed by the shift's hours ("8 000 ₽ за смену 8 часов", "za smenu 8 chasov",
  "барои як рӯз 8 соат", ``payparts.shift_paid``) is the shift's pay, compared as a day's; a fair shift's pay stays clean,
  and hours after a bare "рӯзе" are still the working day's;
- unrealistic-pay: cash between an amount and its period ("230 000 нал. в месяц", ``payparts.CASH_BETWEEN``) is still that
  period's pay; a fee paid in cash ("оформление 3000 ₽ наличными") is still a fee;
- unrealistic-pay: Russia's regions named instead of a city ("Татарстан", "Tatarstan", ``pay.yaml`` ru cues) make a bare sum
  roubles, and the borrowed Uzbek "monthly wage" ("600k oylik", "ойлик") is pay a month; a fair wage there stays clean, and a
  price named after the wage is still a fee;
- vague-job: the work asked in the ad and left to be told later, there or in private ("какой завод — узнаете там",
  "chi kor - dar joy fahmonda medihem", "onjo mebined chi kor", "должность скажем после медкомиссии", concepts ``c35v_what_work``,
  ``c35v_told_later``) is vague beside a named trade or place, when no employer is named (a derived rule); what a named firm tells of its
  briefing, training or contract, and a place's address told later, are not; a teaching word pasted beside the unsaid work does
  not hide it;
- sexual-exploitation-risk: a marriage in a wedding's words (``c35v_wed``), a sauna / massage parlour, or a photo of oneself to send
  (``c35v_send_photo``; not a CV with a photo to an e-mail, ``c35v_cv``) in an ad that calls women anywhere, often in a headline of its own ("Девушки 18–30! Брак с гражданином РФ", "Духтарон! Никоҳи расмӣ ..."); a sewing
  shop's rejects ("без брака") and a sauna's cleaner under a written contract are not; a warning pasted in another sentence does not
  hide it.
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean, ids

PAY = "unrealistic-pay"
FEE = "upfront-fee"
VAGUE = "vague-job"
SEX = "sexual-exploitation-risk"

FOUND = [
    (PAY, "Склад в Подольске, ООО «Пример». 8 000 ₽ за смену 8 часов, без опыта. Пиши в личку", "ru"),
    (PAY, "Sklad v Podolske, OOO «Primer». 8000 rub za smenu 8 chasov, bez opyta. Pishi v lichku", "ru"),
    (PAY, "Кор дар анбор дар Маскав, 8 000 рубл барои як рӯз 8 соат, таҷриба лозим нест. Тел +7 900 000 00 00", "tg"),
    (PAY, "Kor dar anbor dar Moskva, 8000 rubl baroi yak ruz 8 soat, tajriba lozim nest. Tel +7 900 000 00 00", "tg"),
    (PAY, "Работа в Москве, склад, 230 000 нал. в месяц, без опыта. Тел +7 900 000 00 00", "ru"),
    (PAY, "Rabota v Moskve, sklad, 230 000 nalichnymi v mesyac, bez opyta. Tel +7 900 000 00 00", "ru"),
    # the attacker's fee paid in cash is still a fee, next to pay in cash
    (FEE, "Работа в Москве, 200 000 нал. в месяц. Оформление 3000 ₽ наличными в офисе. Тел +7 900 000 00 00", "ru"),
    (FEE, "Rabota v Moskve, 200 000 nal v mesyac. Oformlenie 3000 rub nalichnymi v ofise. Tel +7 900 000 00 00", "ru"),
    (PAY, "Татарстан, мясокомбинат, обвальщики. 250 000 на руки в месяц, без опыта. Тел +7 900 000 00 00", "ru"),
    (PAY, "Tatarstan, myasokombinat, obvalshchiki. 250 000 na ruki v mesyac, bez opyta. Tel +7 900 000 00 00", "ru"),
    (PAY, "Yakutiya, zoloto, 600k oylik. Pul peshaki. Tel +7 900 000 00 00", "tg"),
    (PAY, "Якутия, тилло, 600к ойлик. Пул пешакӣ. Тел +7 900 000 00 00", "tg"),
    (FEE, "Yakutiya, zoloto, oylik 150 ming rubl. Narxi hujjatho 500$ pesh. Tel +7 900 000 00 00", "tg"),
    (SEX, "Девушки 18–30! Брак с гражданином РФ — РВП за 2 месяца. Анкету в директ @primer_xx", "ru"),
    (SEX, "Devushki 18-30! Brak s grazhdaninom RF — RVP za 2 mesyaca. Anketu v direct @primer_xx", "ru"),
    (SEX, "Духтарон! Никоҳи расмӣ бо шаҳрванди Литва — кор ва виза. Ҳуҷҷатҳо 800$. Тел +992 900 00 00 00", "tg"),
    (SEX, "Duxtaron! Nikohi rasmi bo shahrvandi Litva — kor va viza. Hujjatho 800$. Tel +992 900 00 00 00", "tg"),
    (SEX, "Массажный салон при гостинице, г. Сургут. Нужны девушки, опыт не важен. Пиши в телеграм @primer_xx", "ru"),
    (SEX, "Massazhnyy salon pri gostinice, Surgut. Nuzhny devushki, opyt ne vazhen. Pishi v telegram @primer_xx", "ru"),
    (SEX, "Духтарон! Дубай, кор, маош 3000$. Сурататонро ба личка фиристед.", "tg"),
    (SEX, "Duxtaron! Dubay, kor, maosh 3000$. Suratatonro ba lichka firisted.", "tg"),
    (SEX, "Девушки! Работа в Дубае, 3000$. Анкету и фото присылайте в директ @primer_xx", "ru"),
    # the attacker pastes a warning in a sentence of its own
    (SEX, "Не верьте мошенникам, мы честные. Девушки 18–30! Брак с гражданином РФ — РВП за 2 месяца. Анкету в директ @primer_xx", "ru"),
    (VAGUE, "Корея, работа на заводах, какой завод — узнаете там. 2 000 $, из них 1 000 сразу. Только телеграм @primer_xx", "ru"),
    (VAGUE, "Koreya, rabota na zavodah, kakoy zavod — uznaete tam. 2 000 $, iz nih 1 000 srazu. Tolko telegram @primer_xx", "ru"),
    (VAGUE, "Алмаато, кор бо мизоҷон дар офис, чӣ кор — дар ҷой фаҳмонда медиҳем. Ҳуҷҷатҳо 300$ пеш. Личка @primer_xx", "tg"),
    (VAGUE, "Almaty, kor bo klientho dar ofis, chi kor - dar joy fahmonda medihem. Hujjatho 300$ pesh. Lichka @primer_xx", "tg"),
    (VAGUE, "Ba Polsha meraved, dar Varshava kor tayyor, onjo mebined chi kor. Hamaash 3500$. Zang zaned +992 900 00 00 00", "tg"),
    (VAGUE, "Вахта, объект под Тобольском, должность скажем после медкомиссии. Медкомиссия 6000 ₽. +7 900 000 00 00", "ru"),
    (VAGUE, "Vahta, obekt pod Tobolskom, dolzhnost skazhem posle medkomissii. Medkomissiya 6000 rub. +7 900 000 00 00", "ru"),
    # the attacker pastes a teaching word beside the work left unsaid
    (VAGUE, "Корея, работа на заводах, какой завод — узнаете там, обучение бесплатно. 2 000 $, из них 1 000 сразу. Телеграм @primer_xx",
     "ru"),
]
CLEAN = [
    (PAY, "ООО «Пример», Подольск, ул. Примерная 1, склад. 3 500 ₽ за смену 8 часов, выплаты каждую неделю.", "ru"),
    (PAY, "OOO «Primer», Podolsk, ul. Primernaya 1, sklad. 3500 rub za smenu 8 chasov, vyplaty kazhduyu nedelyu.", "ru"),
    (PAY, "ҶДММ «Намуна», Душанбе, ошпаз. Маош 2000 сомонӣ, рӯзе 8 соат.", "tg"),
    (PAY, "ООО «Пример», Москва, ул. Примерная 1, повар, 80 000 нал. в месяц, 5/2.", "ru"),
    (PAY, "ООО «Пример», Татарстан, г. Набережные Челны, ул. Примерная 1, упаковщик, 60 000 на руки в месяц, 5/2.", "ru"),
    (PAY, "Namuna MChJ, Yakutsk, oshpaz, oylik 150 ming rubl, 6/1. Tel +7 900 000 00 00", "tg"),
    (SEX, "ООО «Пример», швейный цех, г. Иваново, ул. Примерная 1. Требуются женщины-швеи, 50 000 ₽. Работа без брака — премия.", "ru"),
    (SEX, "ООО «Пример», швейный цех в Иваново, требуются женщины-швеи, 50 000 ₽. Резюме с фото отправляйте на почту primer@example.com",
     "ru"),
    (SEX, "Сауне «Пример» в Казани требуется уборщица по трудовому договору. Женщины до 60 лет, 40 000 ₽, 2/2.", "ru"),
    (VAGUE, "ООО «Пример», г. Подольск, ул. Примерная 1, склад, комплектовщик, 70 000 ₽, 5/2. Что будет на обучении — расскажем на "
     "собеседовании. +7 900 000 00 00", "ru"),
    (VAGUE, "ҶДММ «Намуна», ш. Душанбе, кӯчаи Намуна 1, нонвойхона, нонпаз, 3000 сомонӣ, 5 рӯз дар ҳафта. Шартномаро дар офис мефаҳмонем. "
     "Тел +992 900 00 00 00", "tg"),
    (VAGUE, "ООО «Пример», г. Подольск, ул. Примерная 1. Склад, что делать — узнаете на вводном инструктаже. +7 900 000 00 00", "ru"),
    (VAGUE, "Разнорабочие на стройку в Подольск, ООО «Пример», 90 000 ₽. Адрес объекта сообщим после собеседования. +7 900 000 00 00", "ru"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)


def test_shift_pay_is_a_days_pay() -> None:
    # the same shift's pay: fair at 3 500, bait at 8 000 without experience
    fair = "Склад в Подольске, ООО «Пример». 3 500 ₽ за смену 8 часов, без опыта. Тел +7 900 000 00 00"
    assert PAY not in ids(fair, "ru")
    assert PAY in ids(fair.replace("3 500", "8 000"), "ru")
