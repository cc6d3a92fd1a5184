"""Issue 16, round 25 (branch r25s): recall on scam ads, as ideas, and vague-job mended by its definition.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each idea is found, and the fair
term or the denial written next to it stays clean:

- pressure: the intake or casting closes on a named day or date ("набор заканчивается 10 марта", "кастинг
  только в эту субботу"); places counted for a month ("5 мест на апрель", "ҷой барои май 4 то");
- debt: deducted "until you pay it off"; the wage only after the harvest; a "deposit" kept out of the wage;
- recruit-others: asked to gather kin or friends ("набирайте земляков", "хешу таборатонро сабт кунед");
- upfront-fee: a sum paid before the flight; a sum "given ahead" ("пеш бидиҳед"), in digits or in words;
  cash handed over hand to hand (also cash-no-receipt); a sum in so many parts by a digit ("dar 2 qism");
- excessive-hours: from before dawn to the evening; 26 or more shifts a month;
- passport-retention: the passport with the captain or "ба хоҷаин";
- no-written-contract: the contract refused in spoken Tajik ("шартнома намекунем", "dogovor nadoran");
- unofficial-channel: the state queue is slow and "we put you ahead";
- employer-controls-living: going out only with the master or coordinator ("берун баромадан бо мастер");
- sexual-exploitation-risk: introductions to men offered ("знакомим с мужчинами", "бо мардони Аврупо шинос мекунем");
- unverifiable-employer: money named before the teahouse or cafe «X» where it is handed: «X» is no employer;
- unrealistic-pay: the Black Sea resorts (Sochi, Adler, Anapa, Gelendzhik) are Russia for the pay check;
- vague-job: "kor guna guna", "chi kor ... meguem"; and clean where the trade is named: crab-boat
  processors, a gold mine, builders "of all specialities".
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

PRESS = "pressure-urgency"
DEBT = "debt-or-wage-withholding"
RECRUIT = "recruit-others"
FEE = "upfront-fee"
HOURS = "excessive-hours"
PASSPORT = "passport-retention"
CONTRACT = "no-written-contract"
CHANNEL = "unofficial-channel"
LIVING = "employer-controls-living"
VAGUE = "vague-job"

FOUND = [
    # the intake or casting closes on a named day or date
    (PRESS, "Ферма в Англии, ягоды. Набор на летний заезд заканчивается 15 апреля. Тел +992 900 00 25 01", "ru"),
    (PRESS, "Klub, tancovshicy. Kasting tolko v etu subbotu! Tel +7 900 000 25 02", "ru"),
    (PRESS, "Ферма дар Англия. Қабул 20 март тамом мешавад. Тел +992 900 00 25 03", "tg"),
    # places counted for a month
    (PRESS, "Склад в Германии, упаковщики. 5 мест на апрель. Тел +992 900 00 25 04", "ru"),
    (PRESS, "Олмон, анбор. Ҷой барои май 4 то. Тел +992 900 00 25 05", "tg"),
    # deducted until paid off
    (DEBT, "Польша, склад. Билет покупаем, вычитаем из каждой зарплаты, пока не погасите. Тел +992 900 00 25 06", "ru"),
    (DEBT, "Chexiya, sklad. Za jilyo vychitaem iz zarplaty do pogasheniya. Tel +420 000 000 256", "ru"),
    # the wage only after the harvest
    (DEBT, "Гармхонаи Намуна, бодиринг. Маош баъди ҷамъоварии ҳосил. Тел +7 700 000 25 07", "tg"),
    (DEBT, "Teplica, pomidory. Zarplata posle sbora urojaya. Tel +7 900 000 25 08", "ru"),
    # a deposit kept out of the wage
    (DEBT, "Тозакунӣ, Маскав. Аз маоши ҳар моҳ 5000 р депозит нигоҳ медорем. Тел +7 900 000 25 09", "tg"),
    # gather kin or friends
    (RECRUIT, "Работа в Венгрии, теплицы. Набирайте земляков, координатору бонус. Тел +992 900 00 25 10", "ru"),
    (RECRUIT, "Британия, ферма. Хешу таборатонро ҳам сабт кунед. Тел +992 900 00 25 11", "tg"),
    (RECRUIT, "Polsha, sklad. Sobirayte druzey, vmeste veselee. Tel +992 900 00 25 12", "ru"),
    # a sum before the flight
    (FEE, "Израиль, сиделка. Оплата 1000$ до вылета. Тел +992 900 00 25 13", "ru"),
    (FEE, "Olmon, parastor. Pardoxt 900 evro pesh az parvoz. Tel +992 900 00 25 14", "tg"),
    # a sum given ahead, in digits or words
    (FEE, "Маскав, бетонщик. 1000 доллар пеш бидиҳед ба ман. Тел +7 900 000 25 15", "tg"),
    (FEE, "Маскав, арматурщик. Як ҳазор доллар пеш бидин. Тел +7 900 000 25 16", "tg"),
    # cash hand to hand
    (FEE, "Англия, ферма. 2500 доллар, нақд дар Душанбе дастба даст. Тел +992 900 00 25 17", "tg"),
    (FEE, "Koreya, zavod. 1800$ naqd, dast ba dast. Tel +992 900 00 25 18", "tg"),
    (FEE, "Angliya, ferma. 2000 funt pesh dast ba dast. Tel +992 900 00 25 36", "tg"),
    ("cash-no-receipt", "Англия, ферма. 2000 фунт пеш, дастба даст, дар Кӯлоб. Тел +992 900 00 25 37", "tg"),
    ("cash-no-receipt", "Polsha, sklad. 1500 evro iz ruk v ruki pri vstreche. Tel +992 900 00 25 38", "ru"),
    # introductions to men offered
    ("sexual-exploitation-risk", "Хотите уехать в Европу? Знакомим с порядочными мужчинами, брак и переезд. Тел +992 900 00 25 39", "ru"),
    ("sexual-exploitation-risk", "Znakomstvo s muzhchinami iz Izrailya dlya sereznyh otnosheniy. Tel +992 900 00 25 58", "ru"),
    ("sexual-exploitation-risk", "Мо шуморо бо мардони Аврупо шинос мекунем. Тел +992 900 00 25 59", "tg"),
    # the quoted name is the teahouse where the money is handed: no employer to check
    ("unverifiable-employer", "Корея E-9. Ҳаққи хизмат 1200$, пул нақд дар чойхонаи «Намуна». Тел +992 900 00 25 60", "tg"),
    ("unverifiable-employer", "Koreya E-9. 1200$, dengi nalichnymi v chaykhane «Primer». Tel +992 900 00 25 61", "ru"),
    # pay in a Black Sea resort read against Russia's
    ("unrealistic-pay", "Сочи, хостес в клуб, без опыта. Доход от 300 000 в месяц. Тел +7 900 000 25 65", "ru"),
    ("unrealistic-pay", "Anapa, leto, oficiantki bez opyta, 280 000 v mesyac. Tel +7 900 000 25 66", "ru"),
    # a sum in so many parts
    (FEE, "Koreya, zavod. 1800$ dar 2 qism. Tel +992 900 00 25 19", "tg"),
    (FEE, "Япония, фабрика. 3000 $ в 2 платежа. Тел +992 900 00 25 20", "ru"),
    # before dawn to the evening; 26+ shifts a month
    (HOURS, "Гармхона, занҳо. Кор аз 5-и саҳар то 8-и бегоҳ. Тел +7 700 000 25 21", "tg"),
    (HOURS, "Теплица, сборщики. Работа с 5 утра до 9 вечера. Тел +7 900 000 25 22", "ru"),
    (HOURS, "Склад, грузчики. Смены по 11 часов, 26–28 смен в месяц. Тел +7 900 000 25 23", "ru"),
    # the passport with the captain or the boss
    (PASSPORT, "Рыболовное судно, матросы. Паспорта на время рейса у капитана. Тел +7 900 000 25 24", "ru"),
    (PASSPORT, "Кафе, официантка. Паспорт ба хоҷаин. Тел +7 900 000 25 25", "tg"),
    (PASSPORT, "Kafe, ofitsiant. Pasport ba xojain medihed. Tel +7 900 000 25 26", "tg"),
    # the contract refused in spoken Tajik
    (CONTRACT, "Анбор, борбардор. Шартнома намекунем, ба гап. Тел +7 900 000 25 27", "tg"),
    (CONTRACT, "Sklad, gruzchik. Dogovor nadoran, hama ba gap. Tel +7 900 000 25 28", "tg"),
    # the slow state queue, "we put you ahead"
    (CHANNEL, "Корея. Навбати давлатӣ солҳо мекашад, мо шуморо ба рӯйхати пеш медарорем, 500$. Тел +992 900 00 25 29", "tg"),
    (CHANNEL, "Корея. В госочереди годами ждут, а мы поставим вас в начало списка. Тел +992 900 00 25 30", "ru"),
    # going out only with the master
    (LIVING, "Подолск, склад. Хоб дар болои склад, берун баромадан бо мастер. Тел +7 900 000 25 31", "tg"),
    (LIVING, "Sklad, sortirovka. Berun baromadan faqat bo koordinator. Tel +7 900 000 25 32", "tg"),
    # all sorts of work, "what work we'll tell"
    (VAGUE, "OOO «Namuna», Dushanbe, kuchai Ayni 0. Turkiya kor guna guna, 500$ baroi hujjat. Tel +992 900 00 25 33", "tg"),
    (VAGUE, "ҶДММ «Намуна», ш. Душанбе, кӯчаи Айни 0. Туркия, корҳои гуногун. Тел +992 900 00 25 34", "tg"),
    (VAGUE, "OOO «Namuna», Dushanbe, kuchai Ayni 0. Turkiya, chi kor baad meguem. Tel +992 900 00 25 35", "tg"),
]

CLEAN = [
    # a schedule or an open intake is no deadline
    (PRESS, "ООО «Пример», склад. Собеседование по субботам с 10 до 14. Тел +7 900 000 25 40", "ru"),
    (PRESS, "ООО «Пример», склад. Набор круглый год, 40 мест в общежитии. Тел +7 900 000 25 41", "ru"),
    # pay each month, nothing kept
    (DEBT, "ООО «Пример», теплица. Зарплата каждые две недели, из зарплаты ничего не удерживаем. Тел +7 900 000 25 42", "ru"),
    (DEBT, "Хоҷагии «Намуна». Маош ҳар ду ҳафта ба корт, гарав намегирем. Тел +992 900 00 25 43", "tg"),
    # gathering papers, not people
    (RECRUIT, "ООО «Пример». Соберите документы: паспорт, фото, справку. Тел +7 900 000 25 44", "ru"),
    # the ticket before the flight paid by the employer; the wage given ahead by the firm
    (FEE, "ООО «Пример», Израиль. Билет до вылета оплачивает работодатель. Тел +972 000 000 25 45", "ru"),
    (FEE, "Ширкати «Намуна». Маош 1000 доллар дар моҳ, ҳар моҳ ба корт. Тел +992 900 00 25 46", "tg"),
    # a wage in cash hand to hand, or in two parts a month
    (FEE, "Хоҷагии «Намуна». Маош 3000 сомонӣ нақд, дастба даст ҳар ҳафта. Тел +992 900 00 25 47", "tg"),
    (FEE, "ООО «Пример». Зарплата 2000 $ в 2 платежа в месяц. Тел +7 900 000 25 48", "ru"),
    # a wage handed over hand to hand is no fee
    ("cash-no-receipt", "Хоҷагии «Намуна», ш. Ваҳдат, кӯчаи Айни 0. Маош 3000 сомонӣ дастба даст ҳар ҳафта. Тел +992 900 00 25 62", "tg"),
    # a warning about such introductions; a named firm that meets in its own office
    ("sexual-exploitation-risk", "Осторожно: «знакомства с мужчинами из Европы» — это обман. Тел +992 900 00 25 63", "ru"),
    ("unverifiable-employer", "ООО «Пример», г. Душанбе, ул. Айни 0. Склад в Польше, 1200 евро, оплата в офисе по договору. Тел +992 900 00 25 64", "ru"),
    # ordinary pay in the resort
    ("unrealistic-pay", "ООО «Пример», г. Сочи, ул. Навагинская 0. Официанты, 70 000 в месяц. Тел +7 900 000 25 67", "ru"),
    # an ordinary day, 22 shifts
    (HOURS, "ООО «Пример», склад. Работа с 8 утра до 5 вечера, 22 смены в месяц. Тел +7 900 000 25 49", "ru"),
    # the passport stays with the worker
    (PASSPORT, "ООО «Пример», судно. Паспорт всегда у вас на руках. Тел +7 900 000 25 50", "ru"),
    # the contract made
    (CONTRACT, "Ширкати «Намуна». Шартнома мекунем пеш аз кор. Тел +992 900 00 25 51", "tg"),
    # a warning about the queue
    (CHANNEL, "Хадамоти муҳоҷират: ба касоне, ки мегӯянд навбатро солҳо кашидан лозим не, бовар накунед. Тел +992 900 00 25 52", "tg"),
    # free to go out
    (LIVING, "Ширкати «Намуна», анбор. Хобгоҳ ройгон, берун баромадан озод. Тел +7 900 000 25 53", "tg"),
    # the trade named: crab-boat processors, a gold mine, builders of all specialities
    (VAGUE, "Краболов, рейс 4 месяца. Матросы-обработчики. Паспорт сдаёте капитану. Тел +7 900 000 25 54", "ru"),
    (VAGUE, "Yakutiya, kani tillo kor mekunam, 450 hazor, pasport ba brigadir. Tel +7 900 000 25 55", "tg"),
    (VAGUE, "ООО Пример, Бухарест. Строители всех специальностей, паспорт у работодателя. Тел +40 000 000 25 56", "ru"),
    (VAGUE, "Primer, Kamchatka, putina, obrabotchiki ryby. Pasport u brigadira. Tel +7 900 000 25 57", "ru"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
