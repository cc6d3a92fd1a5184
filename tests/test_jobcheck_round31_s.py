"""Issue 16, round 31 (branch r31s): missed flags on scam ads, as structures rather than wordings.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each idea is found, and the fair
term or the denial written next to it stays clean:

- unrealistic-pay: pay "for an outing" is a day's pay (`pay.yaml` periods: "от 8000 за выход", "za vyhod"); the Tajik "any kind
  of work" ("ҳар хел кор", "ҳама гуна кор", "har guna kor") asks no trade, as "любая работа" (`no_experience`); an ordinary
  day's pay said so, and a named trade, stay clean;
- unrealistic-pay: "без лицензии" in a list of things not asked of the worker ("без опыта, без лицензии") is no notice warning
  about recruiters without a licence (`notice` in scanner.yaml: only with a recruiter's word before it), so the pay is judged;
  the Tajik day and night ("барои як шабонарӯз", "baroi yak shabonaruz") is a day's pay; a notice about firms without a
  licence that quotes their pay stays clean;
- excessive-hours: a 24-hour shift every other day ("сутки через сутки", "sutki cherez sutki", "сутки/сутки"); not the guard's or
  carer's "сутки через трое";
- upfront-fee: a "free" that is the reward for bringing people ("Ду нафар оред – худатон бепул", "kase ki 3 nafar jam kunad, xudash
  roygon meravad", `reward.py`) does not deny the fee the ad's amount raises ("Пардохт 2000$"); a "free" for the worker beside
  a sum the employer pays still does;
- recruit-others: a cue whose reach runs on into the phone number after it ("esli privedesh podrugu 8000 zvonite +992 ...") is
  dropped only when all its digits are the phone's (`Scanner._flag`), not when the reward's sum stands before the phone; a
  friend welcome with no bonus stays clean; "for each one brought" by the participle ("за каждого приведённого друга",
  "za kazhdogo privedennogo") names a person, so the gear handed out in its clause ("выдача формы и сумки") cancels nothing;
  "no bonus for each one brought" stays clean; a reward per head beside the bringing ("zemlyakov privedesh 1500 za golovu",
  "— 1500 с головы", "биёред, аз сари ҳар нафар 100 сомонӣ") holds its own "yes": a "не" of the words before in an ad typed
  without commas denies nothing; a brigade's pay per head with nobody to bring stays clean;
- tourist-visa: a false purpose of entry on the migration card ("в миграционной карте цель — «туризм»", "v migracionke pishi cel
  vezda chastnaya ne rabota", "дар миграционка мақсади сафарро «туризм» нависед"); not the purpose "работа" or "кор", nor a
  migrant centre's notice that quotes the lie; a tourist trip as the way in to the work ("Оформляем туристическую поездку, после
  въезда — работа", "сафари сайёҳӣ ..., баъд кор"); not a tourist trip said to be no way to work;
- vague-job: "whatever work there is", "whichever comes" ("Ҳар кор ки ҳаст: кадомаш расид ҳамон", "kadom kor ki hast yofta
  medihem"); "any kind of work" with its list of places closed by "and so on" ("Ҳама гуна кор: хона, ошхона ва ғайра": a strict
  cue, the places name no trade); not a named trade's clause, nor a named kitchen's list closed by "ва ғайра";
- no-written-contract: the contract only after the first month, trip or rotation in Tajik ("Договорро баъди моҳи аввал имзо
  мекунем", "Shartnoma baadi reysi avval"), as the Russian "после первого"; not a contract signed before leaving with a bonus
  after the first month;
- unofficial-channel: the UK's seasonal work or visa offered with no licensed scheme operator named (`derived` in scanner.yaml,
  concepts `c31s_uk_seasonal` and `c31s_operator`: "Англия, сезонная работа ... Виза 15 000 сомони на карту", "Angliya sezonni
  kor ... faqat telegram"); not an offer through a licensed operator, nor a notice warning about such offers;
- passport-retention: the passport "at the agency" among the Tajik holders ("Паспорт ҳам дар агентство", as "дар ширкат", "дар
  фирма"); not a copy taken there with the original in your hands;
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

PAY = "unrealistic-pay"
HOURS = "excessive-hours"
FEE = "upfront-fee"
RECRUIT = "recruit-others"
TOURIST = "tourist-visa"
VAGUE = "vague-job"
CONTRACT = "no-written-contract"
CHANNEL = "unofficial-channel"
PASSPORT = "passport-retention"

FOUND = [
    # pay for an outing
    (PAY, "Подработка для девушек в Москве, вечер, от 9000 за выход, опыт не нужен. Пиши @primer_xx", "ru"),
    (PAY, "Rabota v Moskve dlya devushek, 9000 rub za vyhod, opyt ne nujen. pishi @primer_xx", "ru"),
    # any kind of work, no trade
    (PAY, "Туркия, кор барои духтарон, ҳар хел кор ҳаст. Маош 1300-1900$. Тел +992 00 000 00 00", "tg"),
    (PAY, "Turkiya, har guna kor hast. Maosh 1300-1900$. tel +992 00 000 00 00", "tg"),
    # no licence asked of the worker; the Tajik day and night
    (PAY, "Охрана складов в Подмосковье. 14 000 ₽ за сутки, без опыта, без лицензии, оплата сразу. Пиши @primer_xx", "ru"),
    (PAY, "Ohrana skladov v Podmoskovie. 14 000 rub za sutki, bez opyta, bez licenzii, oplata srazu. pishi @primer_xx", "ru"),
    (PAY, "Посбонӣ дар Маскав. 14 000 рубл барои як шабонарӯз, бе таҷриба, бе литсензия. Нависед @primer_xx", "tg"),
    (PAY, "Posboni dar Moskva. 14 000 rubl baroi yak shabonaruz, be tajriba, be litsenziya. navised @primer_xx", "tg"),
    # a 24-hour shift every other day
    (HOURS, "ЧОП «Пример» (Москва, ул. Примерная 1). Охранник, график сутки через сутки, 3000 ₽ за сутки. Тел +7 900 000-00-00", "ru"),
    (HOURS, "ChOP Primer, ohrannik, sutki cherez sutki, 3000 rub za sutki. tel +7 900 000-00-00", "ru"),
    (HOURS, "Ба анбори Намуна посбон лозим, график сутки/сутки, маош 60 000 рубл. Тел +7 900 000-00-00", "tg"),
    # the reward's sum before a phone number, in an ad typed without commas
    (RECRUIT, "rabota oficiantkoy v kafe moskva 5000 za smenu esli privedesh podrugu 8000 zvonite +992 00 000 00 00", "ru"),
    (RECRUIT, "работа официанткой в кафе москва 5000 за смену если приведёшь подругу 8000 звоните +992 00 000 00 00", "ru"),
    (RECRUIT, "kor dar kafe moskva 5000 rubl agar dugonaatro biyori 3000 zang zaned +992 00 000 00 00", "tg"),
    # each one brought, gear in the same clause
    (RECRUIT, "kurery spb srochno za kazhdogo privedennogo druga 3000 rub vydacha formy i sumki 2000 zvoni +7 900 000 00 00", "ru"),
    (RECRUIT, "курьеры спб срочно за каждого приведённого друга 3000 руб выдача формы и сумки 2000 звони +7 900 000 00 00", "ru"),
    # a reward per head
    (RECRUIT, "gruzchiki na vokzal 2500 za smenu bez dogovora ne rabota a skazka zemlyakov privedesh 1500 za golovu zvonit +7 900 000 00 00", "ru"),
    (RECRUIT, "грузчики на вокзал 2500 за смену, земляков приведёшь — 1500 с головы. Звонить +7 900 000 00 00", "ru"),
    (RECRUIT, "Ба анбор борбардор лозим. Ҳамдеҳаҳоятонро биёред, аз сари ҳар нафар 100 сомонӣ. Тел +7 900 000 00 00", "tg"),
    (RECRUIT, "bacho agar zemlyakhoro biyored az sari har nafar 100 somoni tel +7 900 000 00 00", "tg"),
    # a false purpose of entry
    (TOURIST, "Склад Пример, 3000 за смену. В миграционной карте цель — «туризм», потом оформим. Тел +7 900 000-00-00", "ru"),
    (TOURIST, "sklad 3000 za smenu v migracionke pishi cel vezda chastnaya ne rabota zvoni +7 900 000 00 00", "ru"),
    (TOURIST, "Анбор, 3000 рубл. Дар миграционка мақсади сафарро «туризм» нависед, баъд ҳал мекунем. Тел +7 900 000 00 00", "tg"),
    (TOURIST, "sklad 3000 rubl dar migracionka maqsadi safar xususi navised tel +7 900 000 00 00", "tg"),
    # a tourist trip, then work
    (TOURIST, "Израиль, стройка. Оформляем туристическую поездку, после въезда — работа у партнёров. Тел +7 900 000-00-00", "ru"),
    (TOURIST, "Izrail, stroyka. Oformlyaem turisticheskuyu poezdku, posle vezda rabota u partnerov. tel +7 900 000 00 00", "ru"),
    (TOURIST, "Исроил, сохтмон. Сафари сайёҳӣ ташкил мекунем, баъд аз омадан кор дар ширкати шарик. Тел +992 00 000 00 00", "tg"),
    (TOURIST, "Isroil, sokhtmon. safari sayyohi tashkil mekunem, baad kor dar shirkati sharik. tel +992 00 000 00 00", "tg"),
    # whatever work there is; any kind, "and so on"
    (VAGUE, "Кор дар Маскав барои ҳама! Ҳар кор ки ҳаст: кадомаш расид ҳамон. Пардохт 2000 сомонӣ. Тел +992 00 000 00 00", "tg"),
    (VAGUE, "Kor dar Moskva. kadom kor ki hast yofta medihem, narx 2000 somoni. tel +992 00 000 00 00", "tg"),
    (VAGUE, "Кор барои занон дар Дубай: Ҳама гуна кор: хона, ошхона, меҳмонхона ва ғайра. Тел +992 00 000 00 00", "tg"),
    (VAGUE, "Kor baroi zanon dar Dubai. hama guna kor: xona, oshxona, mehmonxona va gayra. tel +992 00 000 00 00", "tg"),
    # the contract after the first month or trip
    (CONTRACT, "Сехи дӯзандагӣ, маош 250 000 тенге. Договорро баъди моҳи аввал имзо мекунем. Тел +7 900 000 00 00", "tg"),
    (CONTRACT, "Ronanda CE ba Polsha, maosh 2500 evro. Shartnoma baadi reysi avval. tel +992 00 000 00 00", "tg"),
    # the UK's seasonal scheme with no operator
    (CHANNEL, "Англия, сезонная работа на ферме, клубника, 6 месяцев. Виза 15 000 сомони на карту. Звоните +992 00 000 00 00", "ru"),
    (CHANNEL, "UK sezonnaya viza 2026, ferma, malina. oformlenie 15000 somoni na kartu. zvonite +992 00 000 00 00", "ru"),
    (CHANNEL, "Англия, кори мавсимӣ дар ферма, 6 моҳ. Виза 15 000 сомонӣ ба корт. Тел +992 00 000 00 00", "tg"),
    (CHANNEL, "Angliya sezonni kor, klubnika chidan 6 moh. faqat telegram @primer_xx", "tg"),
    # the passport at the agency
    (PASSPORT, "Агентии Намуна, няня дар Маскав, 80 000 рубл. Пули кафолат дар агентство меистад. Паспорт ҳам дар агентство. Тел +7 900 000 00 00", "tg"),
    (PASSPORT, "Agentii Namuna, nyanya dar Moskva. Pasport dar agentstvo memonad. tel +7 900 000 00 00", "tg"),
    # free only for bringing people
    (FEE, "Корея, завод. Пардохт 2000$ ба ҳисоби ширкат. Ду нафар оред – худатон бепул. Тел +992 00 000 00 00", "tg"),
    (FEE, "Koreya, zavod. Pardokht 2000$ ba hisobi shirkat. Kase ki 3 nafar jam kunad, xudash roygon meravad. tel +992 00 000 00 00", "tg"),
    (FEE, "Работа в Польше, склад. Цена 1500$. Приведёшь двух друзей — поедешь бесплатно. Тел +992 00 000 00 00", "ru"),
    (FEE, "Rabota v Polshe, sklad. Tsena 1500$. Privedesh dvuh druzey — poedesh besplatno. tel +992 00 000 00 00", "ru"),
]

CLEAN = [
    # an ordinary outing's pay
    (PAY, "Кафе «Пример» (Москва, ул. Примерная 1). Официант, 3000 руб за выход, договор. Тел +7 900 000-00-00", "ru"),
    # a named trade in Turkey at an ordinary pay
    (PAY, "Фабрикаи Намуна (Истанбул, кӯчаи Намуна 1). Дӯзанда, маош 800$. Тел +992 00 000 00 00", "tg"),
    (PAY, "Туркия, ширкати Намуна (Истанбул, кӯчаи Намуна 1), ҳар хел кор ҳаст, маош 700$. Тел +992 00 000 00 00", "tg"),
    # a notice about firms without a licence; an ordinary day and night's pay
    (PAY, "Центр Пример (Москва, ул. Примерная 1) сообщает: фирмы без лицензии обещают охранникам 14 000 ₽ за сутки, без опыта. Консультация бесплатно, тел +7 900 000-00-00", "ru"),
    (PAY, "Маркази Намуна (Душанбе, куч. Намуна 1) хабар медиҳад: ширкатҳои бе литсензия ба посбонон 14 000 рубл дар як рӯз ваъда медиҳанд. Маслиҳат ройгон, тел +992 00 000 00 00", "tg"),
    (PAY, "Ширкати Намуна (Маскав, кӯчаи Намуна 1). Посбон, 3000 рубл барои як шабонарӯз, шартнома. Тел +7 900 000-00-00", "tg"),
    # the usual guard's and carer's week
    (HOURS, "ЧОП «Пример» (Москва, ул. Примерная 1). Охранник, сутки через трое, 3000 ₽ за сутки, договор. Тел +7 900 000-00-00", "ru"),
    (HOURS, "Pansionat Primer (Tula, ul. Primernaya 1), sidelka, sutki cherez dvoe, 3500 rub za sutki. tel +7 900 000-00-00", "ru"),
    # a friend welcome, no bonus, a phone after
    (RECRUIT, "ООО «Пример» (Москва, ул. Примерная 1) кафе официантки 5000 за смену можно прийти с подругой бонусов за это нет звоните +7 900 000 00 00", "ru"),
    (RECRUIT, "ООО «Пример» (Москва, ул. Примерная 1), курьеры. За каждого приведённого друга бонусов нет, форму и сумку выдаём бесплатно. Тел +7 900 000-00-00", "ru"),
    (RECRUIT, "ООО «Пример» (Москва, ул. Примерная 1). Бригада 5 человек, оплата 2500 за смену на каждую голову, приводить никого не надо. Тел +7 900 000-00-00", "ru"),
    # the purpose "work"; a notice quoting the lie
    (TOURIST, "ООО «Пример» (Москва, ул. Примерная 1). В миграционной карте цель въезда — «работа», договор сразу. Тел +7 900 000-00-00", "ru"),
    (TOURIST, "Ширкати Намуна (Маскав, кӯчаи Намуна 1). Дар миграционка мақсади сафар — «кор», шартнома пеш аз кор. Тел +7 900 000 00 00", "tg"),
    (TOURIST, "Миграционный центр Пример (Казань, ул. Примерная 1) напоминает: в чатах пишут «в миграционке пиши цель — частная». Не верьте, цель въезда для работы — «работа». Тел +7 900 000-00-00", "ru"),
    (TOURIST, "ООО «Пример» (Москва, ул. Примерная 1). Работа по рабочей визе, туристическая поездка для работы не подходит. Тел +7 900 000-00-00", "ru"),
    (TOURIST, "Ширкати Намуна (Душанбе, куч. Намуна 1). Бо сафари сайёҳӣ ба кор наравед, мо визаи корӣ мекунем. Тел +992 00 000 00 00", "tg"),
    (VAGUE, "Ширкати Намуна (Маскав, кӯчаи Намуна 1). Кор: борбардор дар анбор, ҳар кор ки ҳаст дар шартнома навишта шудааст. Тел +7 900 000 00 00", "tg"),
    (VAGUE, "Ширкати Намуна (Маскав, кӯчаи Намуна 1). Ошпаз, пешхизмат, фаррош ва ғайра — ҳамааш дар шартнома. Тел +7 900 000 00 00", "tg"),
    (CONTRACT, "Ширкати Намуна (Душанбе, куч. Намуна 1). Шартнома пеш аз рафтан имзо мешавад, баъди моҳи аввал мукофот. Тел +992 00 000 00 00", "tg"),
    # through a licensed operator; a notice
    (CHANNEL, "Сезонная работа в Великобритании через лицензированного оператора схемы «Пример» (Лондон). Виза за счёт работодателя. Тел +44 00 0000 0000", "ru"),
    (CHANNEL, "Кори мавсимӣ дар Британияи Кабир — танҳо тавассути оператори литсензиядори «Намуна». Пул намегирем. Тел +992 00 000 00 00", "tg"),
    (CHANNEL, "Миграционный центр Пример (Душанбе, ул. Примерная 1) предупреждает: в чатах обещают сезонную работу в Англии за 18 000 сомони. Не верьте, не платите. Тел +992 00 000 00 00", "ru"),
    (PASSPORT, "Агентии Намуна (Душанбе, куч. Намуна 1). Паспорт дар агентство танҳо нусха мегирем, асл дар дасти худатон. Тел +992 00 000 00 00", "tg"),
    # free for the worker, the sum the employer's
    (FEE, "Ширкати Намуна (Душанбе, куч. Намуна 1). Чиптаи ҳавопаймо 300$ аз ҳисоби корфармо, барои коргар ҳама бепул. Тел +992 00 000 00 00", "tg"),
    (FEE, "ООО «Пример» (Москва, ул. Примерная 1). Оформление 1500 руб за счёт компании, для работника всё бесплатно. Тел +7 900 000-00-00", "ru"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
