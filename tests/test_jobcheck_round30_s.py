"""Issue 16, round 30 (branch r30s): recall on scam ads, as structures rather than wordings.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each idea is found, and the fair
term or the denial written next to it stays clean:

- vague-job: a list of trades closed by the catch-all in the singular ("и другая работа", "i prochaya rabota") from a recruiter
  who names no employer; not a named kitchen's list without it; what the work is told or decided "there" ("что нужно будет — там
  скажут", "tam skajut", "какую — решите уже там", "дар он ҷо таъин мекунанд"); not the shifts, the address or the hostel told there;
- passport-retention: the passport given to a person (me, us, him) or any papers to the foreman or the boss, in the infinitive,
  the future, the imperative or the Tajik "you give" ("паспорт мне дашь", "dokumenty nado otdat brigadiru", "shinosnomaro ba vay
  medihi"); the passport left for months with the months before the verb ("1–2 моҳ дар офис мемонед"); a boss who keeps the
  passports at his own place ("Паспорта бригадир хранит у себя"); kept for years ("дар давоми 3 соли аввал ... нигоҳ дошта
  мешавад"); given back only in the country of work ("вернём уже в Корее"); not a copy shown, nor a passport handed to the visa
  centre and given back before the flight, nor one kept by the worker at his own place;
- debt-or-wage-withholding: pay "every N months" or "once in N months" ("oplata kajdye 3 mesyaca", "пардохт як бор дар 3 моҳ");
  a cost said to be the worker's own and taken out of pay ("2000 € аз ҳисоби шумо ... аз маоши моҳҳои аввал", "за ваш счёт,
  вычитаем из зарплаты"); not monthly pay, nor the food "за ваш счёт" taken out of pay (that is the employer's hold on living);
  pay at the end of the season or the rotation with "nothing till then" or "nothing if you leave early" beside it (the "not" is the
  hold, no denial: `denial.unless`); not monthly pay with "nothing kept back at the end"; pay given only from the second or third
  month on ("заплатаро сеюм моҳ медиҳад", "az moh 3 mediham", "оплачивается после второго месяца"); not a bonus, a raise or leave
  from that month;
- recruit-others: a count of people beside "bring" ("privesti 3 podrug", "kase 5 zemlyak biyorad", "приведи двух друзей"); coming
  with one's family or a friend made cheaper ("бо оила биёед — арзонтар", "с другом дешевле"); not a brigade hired by its size,
  nor papers brought, nor a plain "bring your friends, no bonus";
- tourist-visa: a student visa that is only the way in to work, said as "going to class is not required" ("дарс рафтан шарт нест",
  "на занятия ходить не обязательно"); not classes said to be required;
- excessive-hours: the long shift named first and the 6/1 or 7/0 week after ("Смены по 12 часов 6/1", "Смена 12 соат, ҷадвали 6/1",
  "12 chasov, grafik 6 cherez 1"); not a 12-hour shift two on two off, nor an 8-hour 6/1;
- pressure-urgency: the intake closing today, tomorrow or within days ("Отбор заканчивается сегодня в 20:00"), a queue, a list or the
  places that fill or close within days ("Navbat dar 3 ruz pur meshavad"), in the spoken "pur mesha" too; "or else" the queue or
  the place burns ("vagarna navbat sukhta meshavad", "иначе место сгорит"); tomorrow is too late ("fardo dir meshavad"); so many
  days, then closed ("Кастинг 3 рӯз, баъд баста"); not an office's hours, nor a queue that will not fill, nor "or else" of a rule
  of the work;
- upfront-fee: work gear sold for a price ("Спецодежда и каска — 4500 руб.", "Либоси корӣ 600 сомонӣ", "uniforma i perchatki 3000
  rub"); not gear given free or at the firm's cost; money paid "in your own district" ("дар ноҳияи худатон") is still paid (the
  "худатон" of a place is no "дар дасти худатон"); a free sign-up in one's own district stays clean; a bare number beside a place
  bought is its price ("za mesto 10 000 nalichkoy": `bare_sum`); not a bed in the hostel, nor the count of free places;
- employer-controls-living: going out only when someone comes or lets you ("выходить только когда сын приедет", "берун танҳо вақте ки
  писараш биёяд"); not going out to the shift, nor a free going out after the shift;
- unrealistic-pay: pay "for one night" or "for one day" is a day's pay (`pay.yaml`: "10 000 ₽ барои як шаб", "baroi yak shab", "за
  один день"); an ordinary day's pay said so stays clean;
- sexual-exploitation-risk: girls asked for a sauna or a massage parlour in any case or script ("ADMINISTRATOR V SAUNU ...
  devushki", "салони масҷ ... духтарон"); not a warehouse that says it is no sauna, with a written contract.
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

VAGUE = "vague-job"
PASSPORT = "passport-retention"
DEBT = "debt-or-wage-withholding"
RECRUIT = "recruit-others"
TOURIST = "tourist-visa"
HOURS = "excessive-hours"
PRESSURE = "pressure-urgency"
FEE = "upfront-fee"
LIVING = "employer-controls-living"
PAY = "unrealistic-pay"
SEXUAL = "sexual-exploitation-risk"

FOUND = [
    # a list closed by "and other work" in the singular
    (VAGUE, "Работа в Стамбуле: стройка, склады, кафе и другая работа. Пишите +7 900 000-00-00", "ru"),
    (VAGUE, "Rabota v Polshe: zavod, sklad i prochaya rabota. tel +992 00 000 00 00", "ru"),
    # the work told or decided there
    (VAGUE, "Работа в Греции для девушек, кафе или отель, что нужно будет — там скажут. Тел +7 900 000-00-00", "ru"),
    (VAGUE, "Rabota v Koree: teplitsa ili fabrika, tam skajut. tel +992 00 000 00 00", "ru"),
    (VAGUE, "Кор дар Полша барои ҳама. Кадом кор — дар он ҷо таъин мекунанд. Тел +992 00 000 00 00", "tg"),
    (VAGUE, "Работа после свадьбы: какую — решите уже там. Тел +992 00 000 00 00", "ru"),
    # the passport given to a person, or papers to the foreman
    (PASSPORT, "Бригада Пример, ремонт квартир. Паспорт мне дашь, патент сам сделаю. Тел +7 900 000-00-00", "ru"),
    (PASSPORT, "Sklad Primer. dokumenty nado otdat brigadiru, on vse sdelaet. tel +7 900 000-00-00", "ru"),
    (PASSPORT, "Vaxta Namuna. shinosnomaro ba vay medihi, ki ba Moskva firistad. tel +992 00 000 00 00", "tg"),
    (PASSPORT, "Бригадаи Намуна. Шиносномаатонро ба бригадир супорӣ, ӯ ҳама корро мекунад. Тел +992 00 000 00 00", "tg"),
    # left for months, the months before the verb
    (PASSPORT, "Ширкати Намуна. Шиносномаро барои виза 1–2 моҳ дар офис мемонед. Тел +992 00 000 00 00", "tg"),
    (PASSPORT, "Агентство Пример. Паспорт на 3 месяца оставляете в офисе. Тел +7 900 000-00-00", "ru"),
    # a boss who keeps the passports at his own place
    (PASSPORT, "Теплица Пример. Паспорта бригадир хранит у себя, для безопасности. Тел +7 900 000-00-00", "ru"),
    (PASSPORT, "Ferma Primer. pasporta xozyain derzhit u sebya. tel +7 900 000-00-00", "ru"),
    # kept for years; given back only in the country of work
    (PASSPORT, "Агентии Намуна. Шиноснома дар давоми 3 соли аввал дар шуъбаи кадрҳо нигоҳ дошта мешавад. Тел +992 00 000 00 00", "tg"),
    (PASSPORT, "Агентство Пример. Оформление 2000$, паспорт сдаёте нам на визу, вернём уже в Корее. Тел +992 00 000 00 00", "ru"),
    # pay every N months, once in N months
    (DEBT, "Sklad Primer, Kazan. oplata kajdye 3 mesyaca. tel +7 900 000-00-00", "ru"),
    (DEBT, "Анбори Намуна. Маош 90 000, пардохт як бор дар 3 моҳ. Тел +7 900 000-00-00", "tg"),
    (DEBT, "Склад Пример. Зарплата раз в три месяца. Тел +7 900 000-00-00", "ru"),
    # the worker's own cost taken out of pay
    (DEBT, "Ширкати Намуна. Курси ронандагӣ 2000 € аз ҳисоби шумо, аз маоши моҳҳои аввал мебурем. Тел +992 00 000 00 00", "tg"),
    (DEBT, "Автопарк Пример. Обучение за ваш счёт, вычитаем из первых зарплат. Тел +7 900 000-00-00", "ru"),
    # pay at the end with nothing till then
    (DEBT, "Ферма Пример, Тула. Оплата в конце сезона, на руки ничего не даём. Тел +7 900 000-00-00", "ru"),
    (DEBT, "Вахтаи Намуна, Сургут. Маош баъди тамом шудани вахта, то он вақт пул нест. Тел +7 900 000-00-00", "tg"),
    (DEBT, "Kafe Primer. zarplata v kontse sezona, esli uydesh ranshe nichego ne poluchish. tel +7 900 000-00-00", "ru"),
    # pay only from the second or third month
    (DEBT, "Сехи Намуна, Бишкек. Маош 30 ҳазор, заплатаро сеюм моҳ медиҳад. Тел +996 000 000 000", "tg"),
    (DEBT, "Stroyka Namuna, Moskva. Puli kora az moh 3 mediham. tel +7 900 000-00-00", "tg"),
    (DEBT, "Стройка Пример. Первый месяц испытательный, оплачивается после второго месяца. Тел +7 900 000-00-00", "ru"),
    # a count of people to bring
    (RECRUIT, "Rabota iz doma Primer. nujno tolko privesti 3 podrug. tel +7 900 000-00-00", "ru"),
    (RECRUIT, "Vaxta Namuna. kase 5 zemlyak biyorad, biletash besplatno. tel +992 00 000 00 00", "tg"),
    (RECRUIT, "Склад Пример. Приведи двух друзей и начни работать. Тел +7 900 000-00-00", "ru"),
    # coming with the family or a friend made cheaper
    (RECRUIT, "Кор дар Намуна. Агар бо оила биёед — ҳар нафар 100 $ арзонтар. Тел +992 00 000 00 00", "tg"),
    (RECRUIT, "Работа Пример. Если едете с другом — каждому на 100$ дешевле. Тел +7 900 000-00-00", "ru"),
    (RECRUIT, "Koreya zavod Namuna. Bo 2 dust biyo, 100$ bonus. tel +992 00 000 00 00", "tg"),
    (RECRUIT, "Angliya ferma Namuna. 2 dustatona oren, 3000 somoni kam mesha. tel +992 00 000 00 00", "tg"),
    (RECRUIT, "Работа в Польше, Пример. С 2 друзьями приезжай — бонус 100$. Тел +7 900 000-00-00", "ru"),
    # a student visa with no classes
    (TOURIST, "Маркази Намуна: таҳсил ва кор дар Латвия. Дарс рафтан шарт нест, дар анбор кор мекунед. Тел +992 00 000 00 00", "tg"),
    (TOURIST, "Kollej Primer, Polsha. Na zanyatiya hodit ne obyazatelno, rabotaete na sklade. tel +7 900 000-00-00", "ru"),
    (TOURIST, "Колледж Пример в Литве: ходить на занятия не нужно, сразу работа. Тел +7 900 000-00-00", "ru"),
    # a long shift, then a six-day or seven-day week
    (HOURS, "Пекарня Пример. Смены по 12 часов 6/1. Тел +7 900 000-00-00", "ru"),
    (HOURS, "Анбори Намуна. Смена 12 соат, ҷадвали 6/1. Тел +7 900 000-00-00", "tg"),
    (HOURS, "Sklad Primer. smena 12 chasov, grafik 6 cherez 1. tel +7 900 000-00-00", "ru"),
    # the intake closing soon; the queue filling within days
    (PRESSURE, "Клуб Пример, Дубай. Отбор заканчивается сегодня в 20:00! Тел +7 900 000-00-00", "ru"),
    (PRESSURE, "Koreya Namuna. Navbat dar 3 ruz pur meshavad! tel +992 00 000 00 00", "tg"),
    (PRESSURE, "Оргнабор Намуна. Рӯйхат фардо баста мешавад. Тел +992 00 000 00 00", "tg"),
    (PRESSURE, "Работа Пример. Места заканчиваются через 2 дня. Тел +7 900 000-00-00", "ru"),
    (PRESSURE, "Koreya kor. Spisok pagoh pur mesha, javob dihed. tel +992 00 000 00 00", "tg"),
    # or else the place burns; tomorrow too late; days then closed
    (PRESSURE, "Navbati Angliya tayyor. 4000 somoni to bugun soat 18 guzaroned, vagarna navbat sukhta meshavad. tel +992 00 000 00 00", "tg"),
    (PRESSURE, "Работа в Польше. Оплатите до пятницы, иначе место сгорит. Тел +992 00 000 00 00", "ru"),
    (PRESSURE, "Koreya zavod. Tez javob dih, fardo dir meshavad. tel +992 00 000 00 00", "tg"),
    (PRESSURE, "Клуб Пример, Токио. Кастинг 3 рӯз, баъд баста! Тел +992 00 000 00 00", "tg"),
    # work gear sold; money paid in one's own district
    (FEE, "Склад Пример. Спецодежда и каска — 4500 руб., оплата при заселении. Тел +7 900 000-00-00", "ru"),
    (FEE, "Анбори Намуна. Либоси корӣ 600 сомонӣ, пулро пеш аз кор медиҳед. Тел +992 00 000 00 00", "tg"),
    (FEE, "Sklad Primer. uniforma i perchatki 3000 rub pri zaselenii. tel +7 900 000-00-00", "ru"),
    (FEE, "Кор дар Аврупо. Пули ҳуҷҷатҳо 3000 сомонӣ, ба намояндаи мо дар ноҳияи худатон месупоред. Тел +992 00 000 00 00", "tg"),
    (FEE, "Zavod Primer, Chelyabinsk. za mesto 10 000 nalichkoy pri vstreche. tel +7 900 000-00-00", "ru"),
    # going out only when someone comes or lets you
    (LIVING, "Сиделка Пример, Москва. Из квартиры выходить только когда сын приедет. Тел +7 900 000-00-00", "ru"),
    (LIVING, "Парастори Намуна. Аз хона берун рафтан танҳо вақте ки писараш биёяд. Тел +992 00 000 00 00", "tg"),
    (LIVING, "Nyanya Primer. iz doma vyhodit tolko kogda hozyain razreshit. tel +7 900 000-00-00", "ru"),
    # pay for one night
    (PAY, "Кори ҳамроҳ дар Маскав барои духтарон. 10 000 ₽ барои як шаб, бе таҷриба. Тел +7 900 000-00-00", "tg"),
    (PAY, "Kor dar Moskva, hamroh. 12 000 rubl baroi yak shab, tajriba lozim nest. tel +7 900 000-00-00", "tg"),
    # girls for a sauna or a massage parlour
    (SEXUAL, "ADMINISTRATOR V SAUNU Primer, devushki bez opyta, 8000 za smenu. pishi @primer_xx", "ru"),
    (SEXUAL, "Ба салони масҷ дар Маскав духтарон лозим, таҷриба шарт нест. Тел +7 900 000-00-00", "tg"),
]

CLEAN = [
    # a named kitchen's list without a catch-all
    (VAGUE, "Кафе «Пример» (Москва, ул. Примерная 1): повар, официант и посудомойщик. Тел +7 900 000-00-00", "ru"),
    # the shifts or the hostel's address told there
    (VAGUE, "ООО «Пример» (Москва, ул. Примерная 1), склад, грузчик. График смен скажут на месте. Тел +7 900 000-00-00", "ru"),
    (VAGUE, "ООО «Пример» (Москва, ул. Примерная 1), склад, грузчик. Адрес общежития скажут на месте. Тел +7 900 000-00-00", "ru"),
    # a copy shown, the visa centre, the worker's own keeping
    (PASSPORT, "ООО «Пример» (Москва, ул. Примерная 1). Копию паспорта мне дашь на собеседовании, оригинал у вас. Тел +7 900 000-00-00", "ru"),
    (PASSPORT, "Ширкати Намуна (Душанбе, куч. Намуна 1). Шиносномаро ба мо барои маркази визовӣ супорӣ, ҳамон рӯз бармегардонем. Тел +992 00 000 00 00", "tg"),
    (PASSPORT, "ООО «Пример» (Москва, ул. Примерная 1). Паспорт каждый работник хранит у себя. Тел +7 900 000-00-00", "ru"),
    (PASSPORT, "ООО «Пример» (Москва, ул. Примерная 1). Паспорт бригадир не забирает, он остаётся у вас. Тел +7 900 000-00-00", "ru"),
    (PASSPORT, "ООО «Пример» (Москва, ул. Примерная 1). Паспорт должен быть действителен 6 месяцев. Тел +7 900 000-00-00", "ru"),
    (PASSPORT, "ООО «Пример» (Москва, ул. Примерная 1). Паспорт в визовый центр, вернём через 5 дней, ещё до вылета. Тел +7 900 000-00-00", "ru"),
    (PASSPORT, "Ширкати Намуна (Душанбе, куч. Намуна 1). Шиноснома дар дасти худатон мемонад, шартнома 2 сол. Тел +992 00 000 00 00", "tg"),
    # monthly pay; a contract of months with monthly pay
    (DEBT, "ООО «Пример» (Москва, ул. Примерная 1). Контракт на 3 месяца, зарплата каждый месяц на карту. Тел +7 900 000-00-00", "ru"),
    (DEBT, "Ширкати Намуна (Душанбе, куч. Намуна 1). Маош ҳар моҳ ба корт. Тел +992 00 000 00 00", "tg"),
    # the food at one's own cost taken out of pay
    (DEBT, "Ферма Пример (Тула, ул. Примерная 1). Питание за ваш счёт, вычитается из зарплаты. Тел +7 900 000-00-00", "ru"),
    (DEBT, "ООО «Пример» (Москва, ул. Примерная 1). Зарплата каждый месяц, в конце сезона ничего не удерживаем. Тел +7 900 000-00-00", "ru"),
    (DEBT, "ООО «Пример» (Москва, ул. Примерная 1). Зарплата каждый месяц, премия после третьего месяца. Тел +7 900 000-00-00", "ru"),
    (DEBT, "Ширкати Намуна (Душанбе, куч. Намуна 1). Маош ҳар моҳ, аз моҳи сеюм маош зиёд мешавад. Тел +992 00 000 00 00", "tg"),
    (DEBT, "Ширкати Намуна (Душанбе, куч. Намуна 1). Маош ҳар моҳ; рухсатиро аз моҳи 6 медиҳем. Тел +992 00 000 00 00", "tg"),
    # a brigade hired by its size; papers brought; friends welcome with no reward
    (RECRUIT, "ООО «Пример» (Москва, ул. Примерная 1). Берём бригаду из 5 человек. Тел +7 900 000-00-00", "ru"),
    (RECRUIT, "ООО «Пример» (Москва, ул. Примерная 1). Привезти 2 фото и паспорт на собеседование. Тел +7 900 000-00-00", "ru"),
    (RECRUIT, "ООО «Пример» (Москва, ул. Примерная 1). Можете привести 2 друзей, бонусов за это нет. Тел +7 900 000-00-00", "ru"),
    (RECRUIT, "ООО «Пример» (Москва, ул. Примерная 1). Можно приехать с 2 друзьями, бонусов нет, всех оформим. Тел +7 900 000-00-00", "ru"),
    (RECRUIT, "ООО «Пример» (Москва, ул. Примерная 1). Комната на 2 человек, с 2 соседями, бесплатно. Тел +7 900 000-00-00", "ru"),
    # classes required
    (TOURIST, "Колледж Пример (Рига, ул. Примерная 1): занятия обязательно посещать каждый день. Тел +371 00 000 000", "ru"),
    (TOURIST, "Коллеҷи Намуна (Душанбе, куч. Намуна 1): ба дарс рафтан ҳатмист. Тел +992 00 000 00 00", "tg"),
    # twelve hours two on two off; eight hours six days
    (HOURS, "ООО «Пример» (Москва, ул. Примерная 1). Смены по 12 часов, график 2/2. Тел +7 900 000-00-00", "ru"),
    (HOURS, "ООО «Пример» (Москва, ул. Примерная 1). Смена 8 часов, график 6/1. Тел +7 900 000-00-00", "ru"),
    # an office's hours
    (PRESSURE, "ООО «Пример» (Москва, ул. Примерная 1). Приём документов по будням, отдел кадров закрывается на обед. Тел +7 900 000-00-00", "ru"),
    (PRESSURE, "Ширкати Намуна (Душанбе, куч. Намуна 1). Навбат дар 3 рӯз пур намешавад, шитоб накунед. Тел +992 00 000 00 00", "tg"),
    (PRESSURE, "Таксопарк «Пример» (Москва, ул. Примерная 1). Смена 12 часов, иначе машину отдаём другому водителю. Тел +7 900 000-00-00", "ru"),
    (PRESSURE, "ООО «Пример» (Москва, ул. Примерная 1). Перчатки носите всегда, иначе кожа сгорит от раствора. Тел +7 900 000-00-00", "ru"),
    # gear free or at the firm's cost; a free sign-up in one's own district
    (FEE, "ООО «Пример» (Москва, ул. Примерная 1). Спецодежда бесплатно, зарплата 80 000 руб. Тел +7 900 000-00-00", "ru"),
    (FEE, "ООО «Пример» (Москва, ул. Примерная 1). Зарплата 80 000 руб., спецодежда и каска за счёт компании. Тел +7 900 000-00-00", "ru"),
    (FEE, "Ширкати Намуна (Душанбе, куч. Намуна 1). Сабти ном дар ноҳияи худатон ройгон, ҳеҷ пул намегирем. Тел +992 00 000 00 00", "tg"),
    (FEE, "ООО «Пример» (Москва, ул. Примерная 1). Место в общежитии 5000 в месяц, вычитается из зарплаты. Тел +7 900 000-00-00", "ru"),
    (FEE, "ООО «Пример» (Москва, ул. Примерная 1). Свободных мест 120, зарплата 70 000 руб. Тел +7 900 000-00-00", "ru"),
    # going out to the shift; a free going out after it
    (LIVING, "ООО «Пример» (Москва, ул. Примерная 1). Выходить на смену только когда позвонит мастер. Тел +7 900 000-00-00", "ru"),
    (LIVING, "ООО «Пример» (Москва, ул. Примерная 1). Выход в город свободный, только когда смена закончится. Тел +7 900 000-00-00", "ru"),
    # an ordinary day's pay
    (PAY, "Склади Намуна (Маскав, кӯчаи Намуна 1). Борбардор, 3000 ₽ барои як рӯз. Тел +7 900 000-00-00", "tg"),
    (PAY, "ООО «Пример» (Москва, ул. Примерная 1). Грузчик, 3500 руб за один день. Тел +7 900 000-00-00", "ru"),
    (SEXUAL, "Склад «Пример» (Казань, ул. Примерная 1): devushki na upakovku, eto ne sauna i ne massaj, trudovoy dogovor. tel +7 900 000-00-00", "ru"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
