"""Issue 16, round 30 (branch r30g): the genuine side (holdout30's notices rated high, fair terms read as red flags, flags
reported wrongly on scams).

Made-up texts written for this file (never copied from a labelled set; fictional names "Пример", "Намуна", "Primer"),
in Russian and Tajik, Cyrillic and Latin letters. The ideas:

- "pay nothing" as a notice's command ("Ягон чиз напардозед!", "Hech chiz nadihed"): an offer names what to pay, a notice
  forbids paying anything; its quotations of others' offers are others'; an offer that sends people keeps its fee;
- what others sent ("ин ҳафта ба мо фиристодед: — «...»", "нам прислали: «...»") and "these are signs of" before the verdict
  ("Инҳо аломатҳои фиреб ҳастанд", "Это признаки обмана"); one who pastes what he was sent, with no warning of his own, keeps it;
- a channel that sends vacancies, not people ("faqat vakansiyahoi proverennyy mefiristem") makes no offer of its notice;
- "they hurry you" as a verb of saying ("торопят: «группа улетает завтра»"), and the words that join two reports of one
  sentence ("берут «задаток ...» без квитанции и торопят: «...»");
- a bare "not" right before a cue that holds its own "not" ("это не ночной клуб и не «хостес»");
- "we do not give ... away" ("не передаём ваши документы посредникам") is no place handed to another;
- a rate "za vyezd" for a unit of work done several times a day ("2-3 vyezda v den") is no fee for a departure;
- the kind of visa named with "not" in the nominative or in English ("Employment visa – na visit viza", "не визит-виза");
  "на визит-визу" (Russian "onto") stays a tourist visa;
- "дар як сол" alone is a salary's period ("£30 000 дар як сол"), not pay once a year;
- an employer that authorised no agent to collect money ("ягон агентро ваколат надодаем") is no unofficial channel;
- a duty, a fee paid to the exam centre and "not to us", a fee said to be zero after a field's dash ("Ҳаққи хизмат — 0
  сомонӣ"), costs borne by another in the third person ("хароҷотро меҳмонхона мекашад"), a firm's representative with his
  street and office, pay as a share of the takings ("40% от услуг"), money given to each one brought ("ба ҳар кас 20 000
  тенге медиҳем"): no upfront fee; a service fee of 500 dollars, a cost the worker pays, money from each head stay fees;
- an application window (papers taken until a date at an office: "Ҳуҷҷатҳо то 30 август дар шуъбаи кадрҳо қабул мешаванд")
  is no deadline pressure; a payment by a date stays one;
- a legal form in Latin letters or a peasant farm's names the employer ("AO Primer Les", "KX 'Namuna Bog'", "SIA", "ЖШС");
- one who seeks help for her own flat in the first person ("Ishu pomoshnicu po uborke kvartiry") is the household named;
- a bed taken at will ("Obshaga hast 7000 ₽ — xohed gired, naxohed ne") is no cash brought along;
- a text that says it offers study, not work ("Ин барномаи таҳсил аст, на кор") lacks no employer;
- an administrator, cooking for a brigade, a companion name the work (no vague-job); "работа в Дубае" alone stays vague;
- "клуб" of a night club in its whole forms, not the prefix of "klubniki" (strawberries);
- women taken with couples and families ("для семейных пар и одиноких женщин") are no woman picked;
- money the worker gathers fast ("зуд пул ҷамъ мекунед") is a promise, no hurry to pay;
- "оргнабор" names no state programme offered privately (taxonomy: Korea's EPS, the UK's seasonal scheme);
- skilled pay by name and by years of experience ("barnomasozi Python", "бо таҷрибаи 5 сол"), a lorry driver with the CE
  category ("VODITEL CE"; not "bez kategorii CE nauchim"); "рӯзи корӣ" after an amount is the working day's, not the pay's
  period ("Maosh 2 200 somoni, ruzi kori 8 soat"; "ruzi 2 200 somoni" stays a day's pay);
- a paid trial beside the contract ("по трудовому договору, стажировка оплачивается") and what working without a contract
  costs ("лишает вас защиты") are no missing contract.
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

FEE = "upfront-fee"
CASH = "cash-no-receipt"
PASSPORT = "passport-retention"
PRESSURE = "pressure-urgency"
SEXUAL = "sexual-exploitation-risk"
TOURIST = "tourist-visa"
DEBT = "debt-or-wage-withholding"
CHANNEL = "unofficial-channel"
EMPLOYER = "unverifiable-employer"
VAGUE = "vague-job"
PAY = "unrealistic-pay"
CONTRACT = "no-written-contract"

FOUND = [
    # an offer that sends people keeps its fee, whatever it forbids
    (FEE, "Ягон чиз ба дигарон напардозед! Ба мо 2000 сомонӣ медиҳед ва шуморо ба Русия мефиристем. Тел +992 00 000 00 00", "tg"),
    # one who pastes what he was sent, with no warning of his own
    (PASSPORT, "Мне прислали: «паспорт сдаёте бригадиру на всё время вахты». Это нормально? Тел +7 900 000-00-00", "ru"),
    (PRESSURE, "Склад в Москве, задаток 500$ наличными. Торопитесь: группа улетает завтра! Тел +7 900 000-00-00", "ru"),
    (SEXUAL, "Девушки 18-25 на работу «хостес» в Дубай, 3000$ в месяц. Пишите в директ @primer_xx", "ru"),
    (PRESSURE, "Склад в Польше. Кто не оплатил до пятницы — место отдаём другому. Тел +7 900 000-00-00", "ru"),
    (FEE, "Rabota v Polshe na sklade, 2500 rub za vyezd, oplata srazu na kartu. tel +7 900 000-00-00", "ru"),
    (TOURIST, "Dubay, sklad. Zaezd na vizit vizu, potom pereoformim na rabochuyu. tel +7 900 000-00-00", "ru"),
    (TOURIST, "Дубай, склад. Заезд на визит-визу, потом переоформим на рабочую. Тел +7 900 000-00-00", "ru"),
    (CHANNEL, "Британия, мавсими себ. Пардохт 2000 доллар ба агенти мо. Тел +992 00 000 00 00", "tg"),
    (FEE, "Ширкати «Намуна», Душанбе. Ҳаққи хизмати мо 500 доллар, пешакӣ. Тел +992 00 000 00 00", "tg"),
    (FEE, "Кор дар Туркия. Хароҷоти виза 800 доллар, худатон мепардозед. Тел +992 00 000 00 00", "tg"),
    (FEE, "Кор дар Олмон. Ҳар нафар 300 доллар барои ҳуҷҷат. Тел +992 00 000 00 00", "tg"),
    (PRESSURE, "Склад в Польше. Оплатите визу до 15 марта, потом мест не будет. Тел +7 900 000-00-00", "ru"),
    (VAGUE, "Девушки, работа в Дубае, 3000$ в месяц. Пишите в директ @primer_xx", "ru"),
    (SEXUAL, "Девушки 18-25 в ночной клуб в Дубае, 3000$. Пишите в директ @primer_xx", "ru"),
    (SEXUAL, "Ищем одиноких женщин для работы в Дубае, 3000$. Пишите в директ @primer_xx", "ru"),
    (CHANNEL, "KOREYA E-9 bez ocheredi, stoimost 3000$. tel +992 00 000 00 00", "ru"),
    (PAY, "Грузчик на склад в Самаре, без опыта, 400 000 рублей в месяц. Тел +7 900 000-00-00", "ru"),
    (EMPLOYER, "Ishem operatorov linii v Irkutske, zp 80 tis. tel +7 900 000 00 00", "ru"),
    (CASH, "Склад дар Маскав. Барои ҳуҷҷат 7000 ₽ бо худ гиред, ба бригадир медиҳед. Тел +7 900 000-00-00", "tg"),
    (PAY, "Sexi duzandagii «Namuna» dar sh. Hisor duzandagon mexohad. Maosh ruzi 2 200 somoni. Tel +992 00 000 00 00", "tg"),
    (PAY, "germaniya voditeli fur berem i bez kategorii CE nauchim. zp 5500 evro v mesyac. whatsapp +49 000 0000000", "ru"),
]

CLEAN = [
    # "pay nothing" as a notice's command: the quotations are others'
    (FEE, "Хадамоти Намуна огоҳӣ медиҳад: дар деҳаҳо одамон мегӯянд «барои рӯйхат 2000 сомонӣ». Ягон чиз напардозед! Тел +992 00 "
     "000 00 00", "tg"),
    (FEE, "Xadamoti Namuna: dar dehaho odamon meguyand 'baroi ruyxat 2000 somoni'. Hech chiz nadihed! Tel +992 00 000 00 00", "tg"),
    # what others sent; "these are signs of"
    (PASSPORT, "Ташкилоти ҷамъиятии «Намуна»: ин ҳафта ба мо фиристодед:\n— «шиноснома ба бригадир барои пропуск»\n— «пули рӯйхат "
     "3000 сомонӣ ба корти шахсӣ»\nИнҳо аломатҳои фиреб ҳастанд. Тел +992 00 000 00 00", "tg"),
    (PASSPORT, "Общественная организация «Пример»: вот что нам прислали: «паспорт сдаёте бригадиру». Это признаки обмана. Тел +992 00 "
     "000 00 00", "ru"),
    # a channel that sends vacancies, not people
    (EMPLOYER, "ADMIN kanali 'Kor Namuna' ogoh mekunad: kanali fake bo hamin nom paydo shud, onjo menavisand \"2000 somoni baroi "
     "bron\". IN MO NESTEM! mo faqat vakansiyahoi proverennyy mefiristem. Admin +992 00 000 00 00", "tg"),
    # they hurry you; the words joining two reports
    (CASH, "ООО «Пример» предупреждает: неизвестные берут «задаток 500 $ наличными в кафе» без квитанции и торопят: «группа улетает "
     "завтра». Мы денег не берём. Тел. +992 00 000 00 00", "ru"),
    (PRESSURE, "ООО «Пример» предупреждает: неизвестные берут «задаток 500 $ наличными в кафе» без квитанции и торопят: «группа "
     "улетает завтра». Мы денег не берём. Тел. +992 00 000 00 00", "ru"),
    # a bare "not" before the cue
    (SEXUAL, "Кафе «Пример» (Казань, ул. Ленина 0) ищет официанток, дневные смены, это не ночной клуб и не «хостес». Трудовой договор. "
     "Тел. +7 900 000-00-00", "ru"),
    # "we do not give away"
    (PRESSURE, "Центр «Пример» помогает найти работу. Мы не берём денег «за место» и не передаём ваши документы посредникам. Тел. +7 "
     "900 000-00-00", "ru"),
    # a rate per unit of work
    (FEE, "Klining «Primer» Moskva ishet uborshic. 2500 rub za vyezd, 2-3 vyezda v den, vyplata kajdyy den. tel +7 900 000-00-00, "
     "ofis ul. Lesnaya 0", "ru"),
    # a visa named with "not"
    (TOURIST, "Kasalxonai 'Primer Care' (Abu-Dabi) hamshiraho mejuyad. Employment visa – na visit viza. Biletro kasalxona mexarad. tel "
     "+992 00 000 00 00", "tg"),
    (TOURIST, "Клиника «Пример» (Дубай) ищет медсестёр. Рабочая виза, не визит виза. Тел. +992 00 000 00 00", "ru"),
    # a salary's period
    (DEBT, "«Primer NHS Trust» ҳамшираҳои тиббиро даъват мекунад. Маош £30 000 дар як сол. Ариза: jobs@primer.example", "tg"),
    # no agent authorised
    (CHANNEL, "Британияи Кабир. «Primer Farm Ltd» коргарон мегирад. Визаро ширкат пардохт мекунад. Мо ягон агенти хусусиро ваколат "
     "надодаем. Ариза: jobs@primer.example", "tg"),
    # a duty; the exam centre; "not to us"; a zero fee
    (FEE, "Агентство «Пример» (лицензия № 0000), г. Душанбе, ул. Лесная 0. Пошлину за экзамен вы платите сами в официальном тестовом "
     "центре. За трудоустройство мы ничего не берём. Тел. +992 00 000 00 00", "ru"),
    (FEE, "Ширкати «Намуна» (иҷ. № 0000). Пули имтиҳонро худатон ба маркази имтиҳон мепардозед, на ба мо. Тел +992 00 000 00 00", "tg"),
    (FEE, "Ширкати «Намуна» (иҷ. № 0000), Хуҷанд, кӯчаи Намуна 0. Ҳаққи хизмати мо барои корҷӯ — 0 сомонӣ. Тел +992 00 000 00 00", "tg"),
    # costs borne by another
    (FEE, "Меҳмонхонаи «Намуна» (Анталия) ошпаз мегирад. Ҳамаи хароҷоти визаи кориро меҳмонхона мекашад. Тел +992 00 000 00 00", "tg"),
    # a representative's address
    (FEE, "Ширкати «Намуна» ронандагон мегирад. Намояндаи ширкат дар Маскав: кӯчаи Намуна 0, офиси 0, тел. +7 900 000-00-00", "tg"),
    # a share of the takings
    (FEE, "Салон «Пример» (Москва, ул. Лесная 0) ищет мастера. Оплата 40% от услуг, 60–90 тыс. ₽. Тел. +7 900 000-00-00", "ru"),
    # money given to each one brought
    (FEE, "Бригадаи Намуна, Шымкент, сохтмон. Ҳар кас 2 нафар биёрад — ба ҳар кас 20 000 тенге медиҳем. Тел +7 900 000-00-00", "tg"),
    # an application window
    (PRESSURE, "Донишгоҳи «Намуна» (Хуҷанд, кӯчаи Намуна 0) омӯзгорон қабул мекунад. Ҳуҷҷатҳо то 30 август дар шуъбаи кадрҳо қабул "
     "мешаванд. Тел +992 00 000 00 00", "tg"),
    # study, not work
    (EMPLOYER, "ДОНИШГОҲИ НАМУНА | барномаи мубодилаи донишҷӯён, стипендия 800 € дар як моҳ. Ин барномаи таҳсил аст, на кор. Тел "
     "+992 00 000 00 00", "tg"),
    # a named job
    (VAGUE, "ADMINISTRATOR V SAUNU, devushki, 8000 za smenu. pishi @primer_xx", "ru"),
    (VAGUE, "Нужна девушка на бригаду: готовить на 15 человек, 60 000 в месяц. Пиши в личку", "ru"),
    # strawberries, no club
    (SEXUAL, "Ферма «Primer»: sbor klubniki, jenshiny, 1200 funtov v mesyac. tel +992 00 000 00 00", "ru"),
    # women with couples and families
    (SEXUAL, "Работа в ОАЭ для семейных пар и одиноких женщин: кухня, уборка, склад. Тел. +992 00 000 00 00", "ru"),
    # money gathered fast
    (PRESSURE, "Чехия, сохтмон. Кор 12 соат, зуд пул ҷамъ мекунед. Тел +7 900 000-00-00", "tg"),
    # Russia's organised recruitment
    (CHANNEL, "ORGNABOR V ROSSIYU: pomojem popast v spisok bez ocheredi, stoimost 3000 somoni. tel +992 00 000 00 00", "ru"),
    # skilled pay
    (PAY, "IT kompaniya 'Primer Soft' (Samara ul. Lesnaya 0) barnomasozi Python mejuyad. 180 000-230 000 rubl. tel +7 900 000-00-00", "tg"),
    # legal forms in Latin letters and a peasant farm's
    (EMPLOYER, "AO Primer Les g. Irkutsk ishet operatorov linii zp 80 tis. tel +7 900 000 00 00", "ru"),
    (EMPLOYER, "KX 'Namuna Bog', Turkiston oblast. Sezonniy kor dar poliz, maosh 220 000 tenge har moh. Tel +7 700 000 00 00", "tg"),
    # one who seeks help for her own flat
    (EMPLOYER, "Ishu pomoshnicu po uborke kvartiry, Moskva, 1 raz v nedelyu, oplata 3000 rub za den. Sredstva moi. Tel +7 900 000-00-00 "
     "Primer", "ru"),
    # a bed taken at will
    (CASH, "OOO «Namuna Sklad», Moskva, ul. Skladskaya 0. Gruzchik, zp 85 000 ₽ ba karta. Obshaga hast 7000 ₽ — xohed gired, naxohed ne. "
     "Tel +7 900 000-00-00", "tg"),
    # "working day" after the amount; a CE driver's pay
    (PAY, "Sexi duzandagii «Namuna» dar sh. Hisor (kuchai Namuna 0) duzandagon mexohad. Maosh 2 200 somoni, ruzi kori 8 soat. Tel +992 00 "
     "000 00 00", "tg"),
    (PAY, "LITVA VODITEL CE. UAB «Primer Freight», Vilnius, Savanoriu pr. 0. oklad + sutochnye, itogo 2800-3300 evro. tel +370 000 00000",
     "ru"),
    # a paid trial; a warning's consequence
    (CONTRACT, "Кофейня «Пример» (Москва, ул. Лесная 0) ищет бариста. Трудоустройство по трудовому договору, стажировка оплачивается. "
     "Тел. +7 900 000-00-00", "ru"),
    (CONTRACT, "Посольство напоминает гражданам: работа без трудового договора лишает вас защиты. Тел. +7 900 000-00-00", "ru"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
