"""Issue 16, round 29 (branch r29s): recall on scam ads, as structures rather than wordings.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each idea is found, and the fair
term or the denial written next to it stays clean:

- unrealistic-pay: the pay table's Tajik words as people type them without a Tajik keyboard ("дар як хафта",
  "хазор", "xazor", "дар як руз" before the amount); the oil, gas and fishing towns of the Russian north and Far
  East name Russia, so a bare "300 000 в месяц" there is read in roubles; a bare sum in the Russian "thousands" where no country is
  named is roubles ("200 tys v nedelyu"); Kazakhstan's work without a trade compared with its `unskilled` range (the minimum wage
  to about the median); ordinary pay said the same way, and a welder's with years of experience, stay clean;
- vague-job: a list of trades closed by "and other work" from a recruiter who names no employer ("ва дигар корхо", "va digar
  korho"), by "wherever there are places" ("куда будут места", "kujo joy boshad") or by "whatever they tell you" ("чем скажут, тем
  и займёшься"); not a named kitchen's "other work of the kitchen", nor a hostel "куда есть места";
- upfront-fee: a bare number that is the price in a list ("Медкнижка и пропуск — 4500, платите при оформлении") or stands beside a
  service sold ("podklyuchenie 3000"); a place in the team, the road and the meeting, "we do it all" sold for a sum; a sum named a
  booking ("«бронь»") or paid ahead ("800$ pesh"); the price of a trade's insurance ("«страховка курьера» — 4000 ₽": the trade
  before the sum is not its pay when a fee object stands before the trade); not a licence number, a pass given free, nor "5 сол
  пеш" (years ago), nor a trade's own pay ("Курьер — 5000 ₽ в день");
- employer-controls-living: the bed and food cost a share of the wage ("Хӯрок ва ҷой — 40% маош", "половина зарплаты"); not a bonus
  or a tax named as a share;
- passport-retention: handed in or staying for the whole term whatever the reason ("на весь период вахты «для оформления»", "на время
  аренды"), staying "in" the employer's place, the spoken "мистад" with a purpose clause after it ("ki politsiya nagirad"), handed to
  the company's representative; not a passport that stays in the worker's hands;
- no-written-contract: the contract "they do not give" ("dogovor ne dayut"), "Оформления нет" (the genitive: "платы за оформление нет" is no fee), the contract only after the first rotation,
  the Tajik contract signed on the spot; not a contract signed before work;
- pressure-urgency: the places running out in the spoken "меша" ("joyho tamom mesha");
- debt-or-wage-withholding: the rest of a fee right before the wage with no verb ("ostalnoe s zp", "boqiash az maosh"), the fare as
  "рохкира" taken out of the wage, the first months not paid ("се моҳи аввал пардохт намешавад"); not pay from the first month;
- messenger-only-contact: "ЛС" alone as the contact, "only" in Tajik before or after the channel ("Фақат ЛС", "WhatsApp faqat
  navised"); not a phone with a WhatsApp beside it;
- sexual-exploitation-risk: bar work "with the guests" for girls or at night; not a bartender serving guests;
- recruit-others: "for a friend" and a sum without the verb ("За друга 3000 ₽"); not "за друга не платим";
- tourist-visa: the tourist visa shortened ("tur viza"); not "не тур виза";
- cash-no-receipt: the money handed to a man named as one's elder ("пулро ба Намуна ака медиҳед"); not the advice to pay the
  company's bank account and no "ака";
- excessive-hours: no day off with the term between ("выходных в течение вахты нет", "рӯзи истироҳат дар давоми вахта нест"); not days
  off during the rotation by a schedule;
- unofficial-channel: the Korean queue bought in Tajik ("Навбат 600$"); not the state agency's free sign-up.
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

PAY = "unrealistic-pay"
VAGUE = "vague-job"
FEE = "upfront-fee"
LIVING = "employer-controls-living"
PASSPORT = "passport-retention"
CONTRACT = "no-written-contract"
PRESSURE = "pressure-urgency"
DEBT = "debt-or-wage-withholding"
MESSENGER = "messenger-only-contact"
SEXUAL = "sexual-exploitation-risk"
RECRUIT = "recruit-others"
TOURIST = "tourist-visa"
CASH = "cash-no-receipt"
HOURS = "excessive-hours"
CHANNEL = "unofficial-channel"

FOUND = [
    # Tajik words typed with Russian letters ("ҳ" as "х", "ӯ" as "у"), or "h" typed as "x"
    (PAY, "Фабрикаи Намуна дар Маскав. Маош аз 300 хазор рубл, тачриба шарт не. Тел +7 900 000-00-00", "tg"),
    (PAY, "Namuna sklad Moskva. Maosh 280 xazor rubl, tajriba lozim ne. tel +7 900 000-00-00", "tg"),
    (PAY, "Фермаи Намуна дар Англия. 1100 фунт дар як хафта, забон шарт нест. Тел +992 00 000 00 00", "tg"),
    # the period named before the amount
    (PAY, "Намуна дар Маскав, склад. Дар як руз аз 14 000 рубл. Тел +7 900 000-00-00", "tg"),
    # a town of the Russian north or Far East, the sum with no currency
    (PAY, "Вахта ООО «Пример», Ямал, разнорабочие без опыта, 300 000 в месяц. Тел +7 900 000-00-00", "ru"),
    (PAY, "Primer bar, Korsakov, hostess, 250 000 v mesyac. tel +7 900 000-00-00", "ru"),
    (PAY, "Kurer Primer na svoem avto, 200 tys v nedelyu. tel +7 900 000-00-00", "ru"),
    (PAY, "Алматы, склад Пример, 550 000 тенге в месяц, без опыта. Тел +7 700 000 00 00", "ru"),
    # a list closed by "and other work", by "wherever there are places", by "whatever they tell you"
    (VAGUE, "Дубай: пешхизмат, фаррош ва дигар корхо. Виза 500$. Тел +992 00 000 00 00", "tg"),
    (VAGUE, "Sklad, stroyka va digar korho dar Moskva. tel +992 00 000 00 00", "tg"),
    (VAGUE, "Ферма, склад, теплица — куда будут места. Оформление 300$. Тел +992 00 000 00 00", "ru"),
    (VAGUE, "Rabota: zavod, sklad, stroyka - kuda budut mesta. tel +992 00 000 00 00", "ru"),
    (VAGUE, "Sklad, zavod, sohtmon — kujo joy boshad. tel +992 00 000 00 00", "tg"),
    (VAGUE, "Работа в кафе Пример: «чем скажут, тем и займёшься». Тел +7 900 000-00-00", "ru"),
    # a bare price in a list or beside a service sold
    (FEE, "Склад Пример. Медкнижка и пропуск — 4500, платите при оформлении. Тел +7 900 000-00-00", "ru"),
    (FEE, "Kurer Primer. podklyuchenie 3000 na kartu. tel +7 900 000-00-00", "ru"),
    # a place in the team, the road and the meeting, "we do it all"
    (FEE, "Бригада Пример: место в бригаде — 2000 руб. при встрече. Тел +7 900 000-00-00", "ru"),
    (FEE, "Primer: v Moskvu cherez Kazakhstan, za dorogu i vstrechu 300$. tel +992 00 000 00 00", "ru"),
    (FEE, "Барои роҳ ва пешвоз 300$ ба Намуна. Тел +992 00 000 00 00", "tg"),
    (FEE, "Koreya viza: 2500$ hamasha mo mekunem. tel +992 00 000 00 00", "tg"),
    # a booking, money ahead
    (FEE, "Бар Пример: 20 000 рублей «бронь», вернём с зарплаты. Тел +7 900 000-00-00", "ru"),
    (FEE, "Kor dar Namuna: 800$ pesh, boqiash az maosh. tel +992 00 000 00 00", "tg"),
    (FEE, "Доставка Пример. Регистрация и «страховка курьера» — 4000 ₽. Тел +7 900 000-00-00", "ru"),
    # the bed and food for a share of the wage
    (LIVING, "Меҳмонхонаи Намуна. Хӯрок ва ҷой — 40% маош. Тел +992 00 000 00 00", "tg"),
    (LIVING, "Namuna sex. joi xob va xurok 30% zp. tel +7 900 000-00-00", "tg"),
    (LIVING, "Ферма Пример. Питание и койка — половина зарплаты. Тел +7 900 000-00-00", "ru"),
    # the passport kept for the term, in the employer's place, handed to its representative
    (PASSPORT, "Склад Пример. Паспорта сдаются в отдел кадров на весь период вахты «для оформления». Тел +7 900 000-00-00", "ru"),
    (PASSPORT, "Таксопарк Пример. Паспорт на время аренды остаётся в парке. Тел +7 900 000-00-00", "ru"),
    (PASSPORT, "Namuna bozor. pasportaton dar ofis mistad ki politsiya nagirad. tel +7 900 000-00-00", "tg"),
    (PASSPORT, "Ширкати Намуна. Шиноснома дар фурудгоҳ ба намояндаи ширкат дода мешавад. Тел +992 00 000 00 00", "tg"),
    # no hiring on the books; the contract later or on the spot
    (CONTRACT, "Теплица Пример, сборщики. Оформления нет. Тел +7 900 000-00-00", "ru"),
    (CONTRACT, "sortirovka Primer v Pitere, dogovor ne dayut. tel +7 900 000-00-00", "ru"),
    (CONTRACT, "Склад Пример. Договор оформляется по окончании первой вахты. Тел +7 900 000-00-00", "ru"),
    (CONTRACT, "Заводи Намуна. Шартнома ба забони олмонӣ дар ҷо имзо мешавад. Тел +992 00 000 00 00", "tg"),
    # the places running out, spoken
    (PRESSURE, "Namuna sklad. imruz fardo joyho tamom mesha. tel +992 00 000 00 00", "tg"),
    # the rest out of the wage, the fare, the first months unpaid
    (DEBT, "Koreya rabota. 3000$ polovina srazu, ostalnoe s zp. tel +992 00 000 00 00", "ru"),
    (DEBT, "Kor dar Namuna: 800$ pesh, boqiash az maosh. tel +992 00 000 00 00", "tg"),
    (DEBT, "Теплицаи Намуна. Рохкира аз мо, баъд аз зарплата мебурем. Тел +7 700 000 00 00", "tg"),
    (DEBT, "Хонаи Намуна. Маош 150 динор, аммо се моҳи аввал пардохт намешавад. Тел +992 00 000 00 00", "tg"),
    (DEBT, "Sexi Namuna. du mohi avval maosh namedihem. tel +992 00 000 00 00", "tg"),
    # the private messages alone, "only" in Tajik
    (MESSENGER, "Корея кор. Навбат 500$. лс", "tg"),
    (MESSENGER, "Кор дар Маскав, склад. Маош 70 000 рубл. Фақат ЛС", "tg"),
    (MESSENGER, "SECURITY Namuna Dubai. zp 1500$. WhatsApp faqat navised +971 00 000 0000", "tg"),
    # bar company for girls
    (SEXUAL, "Primer Vengriya. molodym devushkam rabota v bare s gostyami. tel +992 00 000 00 00", "ru"),
    # for a friend, a sum
    (RECRUIT, "Склад Пример. За друга 3000 ₽ на карту. Тел +7 900 000-00-00", "ru"),
    # the tourist visa shortened
    (TOURIST, "Stroyka Primer v Turcii. tur viza 700$. tel +992 00 000 00 00", "ru"),
    # money to a private hand
    (CASH, "Корея навбат 800$, пулро ба Намуна ака дар маҳалла медиҳед. Тел +992 00 000 00 00", "tg"),
    # no day off for the term
    (HOURS, "Склад Пример. Вахта 60 смен, выходных в течение вахты нет. Тел +7 900 000-00-00", "ru"),
    (HOURS, "Вахтаи Намуна. Рӯзи истироҳат дар давоми вахта нест. Тел +7 900 000-00-00", "tg"),
    # the queue bought
    (CHANNEL, "Корея кор E-9. Навбат 600$. Тел +992 00 000 00 00", "tg"),
]

CLEAN = [
    (PAY, "Фабрикаи Намуна дар Маскав. Маош аз 60 хазор рубл. Тел +7 900 000-00-00", "tg"),
    (PAY, "Фермаи Намуна дар Англия. 450 фунт дар як хафта. Тел +992 00 000 00 00", "tg"),
    # the working day's hours before the monthly pay
    (PAY, "Намуна дар Маскав, склад. Дар як руз 8 соат кор, маош 70 000 рубл. Тел +7 900 000-00-00", "tg"),
    (PAY, "ООО «Пример», Корсаков, рыбообработка, 90 000 в месяц. Тел +7 900 000-00-00", "ru"),
    (PAY, "Kurer Primer na svoem avto, 25 tys v nedelyu. tel +7 900 000-00-00", "ru"),
    (PAY, "ТОО «Пример» (Алматы, ул. Примерная 1): грузчики на склад, 250 000 тенге в месяц, без опыта. Тел +7 700 000 00 00", "ru"),
    (PAY, "ТОО «Пример» (Астана, ул. Примерная 1): сварщики, опыт от 3 лет, 600 000 тенге в месяц. Тел +7 700 000 00 00", "ru"),
    # a named kitchen's "other work of the kitchen"; a hostel "where there are places"
    (VAGUE, "Ошхонаи Намуна (Душанбе, куч. Намуна 1) ёрдамчӣ мегирад: тозакунӣ, шустани зарф ва дигар корҳои ошхона. Маош 2500 сомонӣ. Тел +992 00 000 00 00", "tg"),
    (VAGUE, "Ошхонаи Намуна ёрдамчӣ мегирад: тозакунӣ, шустани зарф ва дигар корхо дар ошхона. Тел +992 00 000 00 00", "tg"),
    (VAGUE, "Склад «Пример» (Москва, ул. Примерная 1): грузчики, 70 000 руб. Общежитие, куда есть места для 20 человек. Тел +7 900 000-00-00", "ru"),
    # a licence number; a pass given free; years ago
    (FEE, "ООО «Пример», лицензия № 0101, Душанбе. Склад, 70 000 руб. Тел +7 900 000-00-00", "ru"),
    (FEE, "Склад Пример: медкнижка за счёт работодателя, пропуск бесплатно. Тел +7 900 000-00-00", "ru"),
    (FEE, "Ширкати Намуна (Душанбе, куч. Намуна 1): 5 сол пеш кушода шуд, маош 3000 сомонӣ. Тел +992 00 000 00 00", "tg"),
    (FEE, "Доставка Пример (Москва, ул. Примерная 1). Курьер — 5000 ₽ в день. Тел +7 900 000-00-00", "ru"),
    # a bonus or a tax as a share of the wage
    (LIVING, "Ферма Пример (Москва, ул. Примерная 1). Общежитие рядом, премия 20% к зарплате. Тел +7 900 000-00-00", "ru"),
    (LIVING, "Склад Пример (Москва, ул. Примерная 1). Общежитие, 10% зарплаты уходит на налог. Тел +7 900 000-00-00", "ru"),
    # the passport in the worker's hands
    (PASSPORT, "Склад Пример. Паспорт остаётся у вас на руках на весь период работы. Тел +7 900 000-00-00", "ru"),
    # no fee for the processing; a contract signed before work
    (CONTRACT, "ООО «Пример» (Москва, ул. Примерная 1). Платы за оформление нет, договор в первый день. Тел +7 900 000-00-00", "ru"),
    (CONTRACT, "Ширкати Намуна (Душанбе, куч. Намуна 1). Шартнома пеш аз сафар дар Душанбе имзо мешавад. Тел +992 00 000 00 00", "tg"),
    # pay from the first month
    (DEBT, "Ширкати Намуна (Душанбе, куч. Намуна 1). Маош аз моҳи аввал пурра пардохт мешавад. Тел +992 00 000 00 00", "tg"),
    (MESSENGER, "Ширкати Намуна (Душанбе, куч. Намуна 1). Тел +992 00 000 00 00, WhatsApp ҳам ҳаст", "tg"),
    (SEXUAL, "Бар «Пример» (Москва, ул. Примерная 1): бармен, работа с гостями, 70 000 руб. Тел +7 900 000-00-00", "ru"),
    (RECRUIT, "ООО «Пример»: за друга не платим, берём по собеседованию. Тел +7 900 000-00-00", "ru"),
    (TOURIST, "ООО «Пример» (Стамбул): рабочая виза, не тур виза. Тел +90 000 000 00 00", "ru"),
    (CASH, "Ширкати Намуна (Душанбе, куч. Намуна 1). Пулро танҳо ба ҳисоби ширкат дар бонк гузаронед, ба ягон ака надиҳед. Тел +992 00 000 00 00", "tg"),
    (HOURS, "ООО «Пример» (Москва, ул. Примерная 1). Вахта 30 смен, выходные в течение вахты по графику 2 в неделю. Тел +7 900 000-00-00", "ru"),
    (CHANNEL, "Агентии давлатии Намуна (Душанбе, куч. Намуна 1): номнависӣ ба барномаи EPS ройгон, навбати умумӣ, боҷи имтиҳон тавассути бонк. Тел +992 00 000 00 00", "tg"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
