"""Issue 16, round 32 (branch r32s): missed flags on scam ads, as structures rather than wordings.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each idea is found, and the fair
term or the denial written next to it stays clean:

- tourist-visa: the study itself said to be a cover: "only your name" at the university or college ("в университете только
  числитесь", "дар донишгоҳ фақат номатон", "Фақат номатон дар коллеҷ"); enrolled "as a student" where studying "is not
  needed" ("оформим как студента колледжа, учиться не надо", "kak studenta, uchitsya ne nado"); a student visa "but" or
  "there" you work ("student viza mekunem lekin dar bozor kor mekuned", "bo student viza meraved dar onjo kor mekuned"); its
  lessons "online" with the work beside them; not a student visa with real classes and the part-time work the law allows;
- tourist-visa: the false purpose told to be written on the migration card with "purpose" unsaid ("в миграционной карте пиши
  туризм", "v migracionke ukazhite chastnyy"); not "do not write tourism there" ("не пишите туризм", "туризм нанависед");
- tourist-visa: what to say if asked at the border in the spoken endings ("agar pursan gued ki mehmonem", "granitsada gyen ki
  ba to'y merem"); not a notice that says to tell the truth;
- no-written-contract: the contract said to be absent in the plural or a spoken or Uzbek "no" ("договоров нет", "dogovor naest",
  "Dogovor yo'q"), or a bare "не" with trust after it across a comma ("Dogovor ne, bovar kuned"); not a contract "не позднее" a date;
- excessive-hours: long hours with the day after them ("12 часов каждый день", "Kor 12 soat har ruz"); not a 12-hour shift with a
  daily bus in the next clause; a longer day "sometimes" after the hours, its unit unsaid ("Smena 12 soat, baazan 16", "12 часов,
  иногда и 16"); not "sometimes two days off" with a count of shifts after it;
- upfront-fee: money you pay the firm ("2500 сомонӣ ба суратҳисоби ширкат пардохт мекунед", "ba shirkat pardoxt mekuned") is no
  reassurance that the firm pays (`denial` in scanner.yaml: the firm's payment in the third person only); the firm paying
  ("Хароҷоти визаро ширкат пардохт мекунад") stays clean;
- upfront-fee: money handed over in the spoken "-en" for "-ed" ("2800$ pul meteyen", "500 dollar pesh ba man dihen": `pay_it`,
  `hand_over`); the wage they give you ("Maosh 3000$ har moh ba kartaton meteyen") stays clean;
- vague-job: which work it is "becomes known later", with the Latin "oo" for "u" ("kadom kor baad maloom meshavad", "Кадом кор
  баъд маълум мешавад"); not a named trade chosen after a talk ("kadom kor ba shumo lozim, baad az suhbat ... borbardor yo oshpaz");
- passport-retention: a "free" for the bed before a passport handed to the boss for the time of the work ("obshaga besplatno
  pasport sdaete prorabu na vremya raboty", "жильё бесплатно паспорт сдаёте мастеру на весь период вахты") denies nothing about
  the passport (`negation.absorb`: the bed takes its own "free"; `denial.unless`: the passport handed over for the work's time);
  "общежитие бесплатно паспорт не забираем" stays clean;
- unofficial-channel: Korea's study visas by their codes (D-2, D-4) are no EPS queue sold privately (`except_ad`); the EPS
  queue sold privately still is;
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

TOURIST = "tourist-visa"
CHANNEL = "unofficial-channel"
VAGUE = "vague-job"
PASSPORT = "passport-retention"
FEE = "upfront-fee"
CONTRACT = "no-written-contract"
HOURS = "excessive-hours"

FOUND = [
    # the study a cover
    (TOURIST, "Корея, университет Пример: в университете только числитесь, работа на заводе. Оплата 3000$. Пишите @primer_xx", "ru"),
    (TOURIST, "Визаи донишҷӯӣ ба Корея: дар донишгоҳ фақат номатон, худатон дар корхона кор мекунед. Пардохт 3000$. Тел +992 00 000 00 00", "tg"),
    (TOURIST, "Фақат номатон дар коллеҷ, кор дар ферма. Пардохт 2000$. @namuna_xx", "tg"),
    (TOURIST, "Оформим как студента колледжа в Примерске, учиться не надо, ходишь только на работу. Запись 10 000 руб. @primer_xx", "ru"),
    (TOURIST, "Oformim kak studenta kolledzha, uchitsya ne nado, rabotaesh na sklade. Zapis 10 000 rub. @primer_xx", "ru"),
    (TOURIST, "Bachaho, student viza mekunem lekin dar bozor kor mekuned, har kor. Zang zaned +992 00 000 00 00", "tg"),
    (TOURIST, "Bo student viza meraved dar onjo kor mekuned, maosh xub. Viza 2000$. @namuna_xx", "tg"),
    (TOURIST, "Студенческая виза в Пример-колледж, а там работаете на фабрике. Оплата 2500$. @primer_xx", "ru"),
    (TOURIST, "Bo student viza meraved, darsho onlayn, dar mehmonkhona kor mekuned. Registratsiya 1000$. @namuna_xx", "tg"),
    # the migration card
    (TOURIST, "Rabota na sklade, v migracionnoy karte pishi turizm, tak nado. Zvoni +7 900 000 00 00", "ru"),
    (TOURIST, "Работа на стройке. В миграционке укажите «частный», так проще. Звоните +7 900 000-00-00", "ru"),
    # the border, spoken endings
    (TOURIST, "Kor dar ferma, agar dar granitsa pursan gued ki mehmonem. Zang zaned +992 00 000 00 00", "tg"),
    (TOURIST, "Bachaho, granitsada gyen ki ba to'yi jo'ramon merem, kor gufta nagyen. Ferma, piyoz. Zang +992 00 000 00 00", "tg"),
    # no contract, spoken
    (CONTRACT, "Стройка в Примерске, оплата раз в месяц наличкой, договоров нет. Звоните +7 900 000-00-00", "ru"),
    (CONTRACT, "Kor dar sklad, dogovor naest, bo doverie kor mekunem. Zang +992 00 000 00 00", "tg"),
    (CONTRACT, "Ferma, piyoz. Dogovor yo'q, xo'jayin odami xub. Zang +992 00 000 00 00", "tg"),
    (CONTRACT, "Qazoqiston, ferma. Dogovor ne, bovar kuned. WhatsApp @namuna_xx", "tg"),
    # long hours every day
    (HOURS, "Склад в Примерске, работа 12 часов каждый день, жильё дают. Тел +7 900 000-00-00", "ru"),
    (HOURS, "Sex dar Tomsk, kor 12 soat har ruz, yakshanbe ham. Zang +7 900 000 00 00", "tg"),
    (HOURS, "Корхонаи Намуна: кор 12 соат ҳар рӯз. Тел +992 00 000 00 00", "tg"),
    (HOURS, "Yaponiya, zavod. Smena 12 soat, baazan 16. Zang +7 900 000 00 00", "tg"),
    (HOURS, "Стройка в Примерске: смена 12 часов, иногда и 16. Звоните +7 900 000-00-00", "ru"),
    # money paid to the firm
    (FEE, "Ширкати Намуна коргар мегирад. Пеш аз рафтан барои медкомиссия 2500 сомонӣ ба суратҳисоби ширкат пардохт мекунед. Тел +992 00 000 00 00", "tg"),
    (FEE, "Shirkati Namuna: baroi omuzish 1500 somoni ba shirkat pardoxt mekuned pesh az safar. Tel +992 00 000 00 00", "tg"),
    # money handed over, spoken endings
    (FEE, "Koreya E-9, viza 3 moh meoyad, 2800$ pul meteyen. Telegram @namuna_xx", "tg"),
    (FEE, "Kamchatka ryba, faqat 500 dollar pesh ba man dihen, naqd. Zang +992 00 000 00 00", "tg"),
    # the work known later
    (VAGUE, "Yaponiya, kor dar zavodho va digar joyho, kadom kor baad maloom meshavad. Ruyxat 300$. @namuna_xx", "tg"),
    (VAGUE, "Kor dar Rusiya, chi kor dar jo malum meshavad. Zang +992 00 000 00 00", "tg"),
    # a free bed, the passport still taken
    (PASSPORT, "srochno stroyka v Primerske obshaga besplatno pasport sdaete prorabu na vremya raboty zvonite +7 900 000 00 00", "ru"),
    (PASSPORT, "Вахта, жильё бесплатно паспорт сдаёте мастеру на весь период вахты. Звоните +7 900 000-00-00", "ru"),
    (PASSPORT, "Хобгоҳ бепул шиносномаро ба прораб то охири объект месупоред. Тел +7 900 000 00 00", "tg"),
    # the EPS queue sold privately
    (CHANNEL, "Koreya E-9 bez ocheredi 2500$, pishite v lichku @primer_xx", "ru"),
]

CLEAN = [
    # real study, the part-time work the law allows
    (TOURIST, "Маркази машваратии «Намуна» (Душанбе, куч. Намуна 1): визаи донишҷӯӣ, дар донишгоҳ ҳар рӯз дарс мехонед, дар вақти холӣ кор кардан мумкин. Тел +992 00 000 00 00", "tg"),
    (TOURIST, "Консультационный центр «Пример» (Москва, ул. Примерная 1): студенческая виза, учиться обязательно, подработка по закону. Тел +7 900 000-00-00", "ru"),
    (TOURIST, "Kolledzh «Primer» (Kazan, ul. Primernaya 1): uchitsya nado kazhdyy den, zanyatiya v auditorii. Tel +7 900 000-00-00", "ru"),
    # do not write tourism
    (TOURIST, "ООО «Пример» (Москва, ул. Примерная 1). В миграционной карте не пишите туризм, пишите работа. Тел +7 900 000-00-00", "ru"),
    (TOURIST, "OOO «Primer» (Moskva, ul. Primernaya 1). V migracionnoy karte ne pishite turizm, tolko rabota. Tel +7 900 000-00-00", "ru"),
    (TOURIST, "Ширкати Намуна (Маскав, кӯчаи Намуна 1). Дар корти муҳоҷират туризм нанависед, кор нависед. Тел +7 900 000 00 00", "tg"),
    # the truth at the border
    (TOURIST, "Маркази Намуна (Душанбе, куч. Намуна 1): агар дар сарҳад пурсан, ростӣ гӯед, ки ба кор меравед. Тел +992 00 000 00 00", "tg"),
    # a contract by a date; a shift with a daily bus
    (CONTRACT, "ООО «Пример» (Москва, ул. Примерная 1): договор не позднее чем за 10 дней до выезда, ему можно доверие. Тел +7 900 000-00-00", "ru"),
    (HOURS, "ООО «Пример» (Казань, ул. Примерная 1): смена 12 часов, каждый день развозка, 2 выходных в неделю. Тел +7 900 000-00-00", "ru"),
    (HOURS, "ООО «Пример» (Казань, ул. Примерная 1): смена 12 часов, иногда 2 выходных подряд, 15 смен в месяц. Тел +7 900 000-00-00", "ru"),
    # the firm pays
    (FEE, "Ширкати Намуна (Душанбе, куч. Намуна 1): хароҷоти визаро ширкат пардохт мекунад, чипта 3000 сомонӣ — ширкат пардохт мекунад. Тел +992 00 000 00 00", "tg"),
    # the wage given
    (FEE, "Shirkati Namuna (Dushanbe, kuchai Namuna 1): maosh 3000$ har moh ba kartaton meteyen. Tel +992 00 000 00 00", "tg"),
    # a named trade chosen after a talk
    (VAGUE, "Shirkati Namuna (Dushanbe, kuchai Namuna 1): kadom kor ba shumo lozim, baad az suhbat dar shartnoma malum meshavad: borbardor yo oshpaz. Tel +992 00 000 00 00", "tg"),
    # a free bed, the passport kept by the worker
    (PASSPORT, "ООО «Пример» (Москва, ул. Примерная 1). Общежитие бесплатно паспорт не забираем. Тел +7 900 000-00-00", "ru"),
    (PASSPORT, "OOO «Primer» (Kazan, ul. Primernaya 1) obshaga besplatno pasport u vas na rukah. Tel +7 900 000-00-00", "ru"),
    # a Korean study visa is no EPS queue
    (CHANNEL, "Курси забони кореягӣ (D-4), дар Корея корро дар завод мекунед, дар донишгоҳ фақат номатон. Пардохт 3500$. @namuna_xx", "tg"),
    (CHANNEL, "Koreya D-4 yazikovoy kurs, bo student viza meraved dar onjo kor mekuned. Kurs 2500$. @namuna_xx", "tg"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
