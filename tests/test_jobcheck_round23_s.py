"""Issue 16, round 23 (branch r23s): recall on scam ads, as ideas, and vague-job judged by its definition.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each idea is found, and the fair
term or the denial written next to it stays clean:

- vague work (flags.yaml: the ad does not say what the work is, or offers "any work"): the work is
  whatever the recruiter assigns ("куда распределят", "куда будет заявка", "куда понадобится"), a list left open ("и другие объекты",
  "или другая"), "what exactly — we'll explain there"; an ad that names its trade stays clean however
  short, in either script ("разнорабочие", "kladka", "плотники", "тракторист", "хиштчин"), and "Корея ҳама
  чиз расмӣ" is no "кор ҳам";
- a teahouse or cafe where the money or passport is brought names no employer;
- recruiting: people signed up, taken along or "brought" (past forms), kin, "each friend"; a family's
  papers are clean;
- young women keeping guests company, "qiz", girls with a bare age range and no trade, a night club, easy
  work for girls in the Gulf; a sewing shop that names its trades is clean;
- the passport "I keep", or staying in the office with the manager; a copy, "come with your passport" and
  money "returned when you leave" (no passport spoken of) are clean;
- pressure: today N places and tomorrow none, "after that I take no one", an urgent departure;
- an unofficial channel: the ministry or queue skipped in either order, "no queue", my own list for Korea;
- a fee: a course priced "from you", the price of "we send you", a pledge called "заклад"; "nothing from you",
  the employer paying and a deposit taken from the first wage are clean;
- cash handed at a bus station or teahouse;
- "Тель-Авив" is a town, no employer's name.
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

VAGUE = "vague-job"
EMPLOYER = "unverifiable-employer"
RECRUIT = "recruit-others"
SEX = "sexual-exploitation-risk"
PASSPORT = "passport-retention"
PRESS = "pressure-urgency"
CHANNEL = "unofficial-channel"
FEE = "upfront-fee"
CASH = "cash-no-receipt"

FOUND = [
    # whatever the recruiter assigns
    (VAGUE, "Польша. Заводы, склады — куда распределят. Виза 700 €. Тел +992 900 00 23 04", "ru"),
    (VAGUE, "Litva: sklad ili ferma, kuda postavyat. Oformlenie 600 evro. Tel +992 900 00 23 05", "ru"),
    (VAGUE, "Германия, теплица или кухня — куда будет заявка. Услуги 900 €. Тел +992 900 00 23 06", "ru"),
    (VAGUE, "Вахта в Сургуте: подсобники и куда понадобится. Запись 3000. Тел +7 900 000 23 07", "ru"),
    # a list left open; "what exactly" told there
    (VAGUE, "Чехия: склады и другие объекты. Виза 800 €. Тел +992 900 00 23 08", "ru"),
    (VAGUE, "Rabota «ofis» ili drugaya, chto imenno — obyasnim pri vstreche. Oformlenie 500$. Tel +992 900 00 23 09", "ru"),
    (VAGUE, "Работа в Турции, что конкретно — расскажем на месте. Пакет 600 $. Тел +992 900 00 23 10", "ru"),
    # the teahouse where the money is brought names no employer
    (EMPLOYER, "Shumo baroi kor intikhob shudet. Pagoh dar choyxonai «Bahor» 800 somoni biyored. Tel +992 900 00 23 11", "tg"),
    (VAGUE, "Shumo baroi kor intikhob shudet. Pagoh dar choyxonai «Bahor» 800 somoni biyored. Tel +992 900 00 23 11", "tg"),
    # recruit-others
    (RECRUIT, "Корея, список. Запишете ещё троих земляков — вам скидка 300 $. Тел +992 900 00 23 12", "ru"),
    (RECRUIT, "Стройка в Твери. Бери брата или соседа — за каждого пять тысяч. Тел +7 900 000 23 13", "ru"),
    (RECRUIT, "Sklad Moskva. Har drugi ovardi — 3000 rubl ba tu. Tel +7 900 000 23 14", "tg"),
    (RECRUIT, "Koreya E-9. Dust ovarded — 300$ skidka. Tel +992 900 00 23 15", "tg"),
    # sexual-exploitation-risk
    (SEX, "Ба ресторани Намуна пешхизматҳо, ки бо меҳмонон нишаста ҳамсӯҳбат шаванд. Тел +992 900 00 23 16", "tg"),
    (SEX, "Бар в Анталье: девушки составлять компанию гостям. Тел +992 900 00 23 17", "ru"),
    (SEX, "Девушки, работа в салоне, общение с гостями, доход высокий. Тел +992 900 00 23 18", "ru"),
    (SEX, "Kipr, qizhoi 18-25 sol, oshpaz lozim ne, 2500 evro. Tel +992 900 00 23 19", "tg"),
    (SEX, "Dubai devushki 18-26, 3000$ v mesyac. Tel +992 900 00 23 20", "ru"),
    (SEX, "Oficiantki v night club Istanbul, 2000$. Tel +992 900 00 23 21", "ru"),
    (SEX, "Duxtaron ba Turkiya, kori osonak, 4000$ dar moh. Tel +992 900 00 23 22", "tg"),
    # passport-retention
    (PASSPORT, "Нужна няня с проживанием. Паспорт на время работы держу у себя. Тел +7 900 000 23 23", "ru"),
    (PASSPORT, "ООО «Пример», уборка. Паспорт на первый месяц (испытательный) остаётся в офисе у менеджера. Тел +7 900 000 23 24", "ru"),
    # pressure-urgency
    (PRESS, "Англия, ферма. Имрӯз 2 ҷой, фардо нест! Тел +992 900 00 23 25", "tg"),
    (PRESS, "Segodnya 4 mesta, zavtra uzhe net. Polsha sklad. Tel +992 900 00 23 26", "ru"),
    (PRESS, "Список на Польшу сдаю в пятницу, после этого не принимаю. Тел +992 900 00 23 27", "ru"),
    (PRESS, "Dubai stroyka, srochno vylet 15 chisla. Tel +992 900 00 23 28", "ru"),
    # unofficial-channel
    (CHANNEL, "Раводиди кории Корея тавассути мо, бидуни Вазорат ва навбат. Тел +992 900 00 23 29", "tg"),
    (CHANNEL, "Angliya ferma, navbat nadore, 2 joy mond. Tel +992 900 00 23 30", "tg"),
    (CHANNEL, "Салом! Собираю список на Корею по EPS, места ещё есть. Тел +992 900 00 23 31", "ru"),
    # upfront-fee
    (FEE, "ООО «Пример», водители CE. Курс код 95 — 900 евро, с вас до вылета. Тел +7 900 000 23 32", "ru"),
    (FEE, "Ба фермаҳои Англия зуд мефиристем: 9 000 сомонӣ. Тел +992 900 00 23 33", "tg"),
    (FEE, "Polsha sklad. Zaklad 400$, ostalnoe potom. Tel +992 900 00 23 34", "ru"),
    # cash-no-receipt
    (CASH, "Viza 900$ otdaesh Farhod aka nalichkoy vozle avtovokzala, bilet potom iz zarplaty. Tel +992 900 00 23 35", "ru"),
    (CASH, "Ertaga soati 10:00 dar choyxonai «Bahor» 700 somoni biyored. Tel +992 900 00 23 36", "tg"),
    # a town of two parts is no name
    (EMPLOYER, "Израиль, Тель-Авив. Нужны девушки в клуб. Звонить +7 900 000 23 37", "ru"),
]

CLEAN = [
    # a named trade is not vague however short, in either script
    (VAGUE, "Работа в ОАЭ: разнорабочие на стройку. Тел +992 900 00 23 40", "ru"),
    (VAGUE, "Dar Samara obyekt hast, kladka, 2500 ba sutka. Tel +7 900 000 23 41", "tg"),
    (VAGUE, "Нужны плотники, Тула, 3000 в смену. Тел +7 900 000 23 42", "ru"),
    (VAGUE, "Ба хоҷагӣ тракторист лозим, маош 6000 сомонӣ. Тел +992 900 00 23 43", "tg"),
    (VAGUE, "Ба сохтмон хиштчин лозим, рӯзе 3000 рубл. Тел +7 900 000 23 44", "tg"),
    (VAGUE, "Savol: Koreya? Javob: Dar Koreya hama chiz rasmi meshavad, zavodi mashin. Tel +992 900 00 23 45", "tg"),
    # a cafe that hires for itself keeps its name
    (EMPLOYER, "Кафе «Пример» ищет поваров. Приходите в кафе с паспортом. Тел +7 900 000 23 46", "ru"),
    # a family's papers are no recruits
    (RECRUIT, "Запишете детей — документы на каждого 100 $. Тел +992 900 00 23 47", "ru"),
    # a sewing shop that names its trades
    (SEX, "Швейный цех Пример, девушки 18–30, швеи и упаковщицы. Тел +7 900 000 23 48", "ru"),
    # only a copy is taken
    (PASSPORT, "ООО «Пример». Копия паспорта остаётся в офисе у менеджера, оригинал у вас. Тел +7 900 000 23 49", "ru"),
    # come in with your passport; money "returned when you leave" is no passport
    (PASSPORT, "Агентство «Пример», лицензия 0000, ул. Ленина 1. Приходите в офис с паспортом. Тел +992 900 00 23 52", "ru"),
    (PASSPORT, "ООО «Пример», склад. Гарантийный взнос возвращается при увольнении. Тел +7 900 000 23 53", "ru"),
    # a deposit taken from the first wage is withheld pay, not a fee paid ahead
    (FEE, "ООО «Пример», склад. С первой зарплаты удерживается депозит 8 000 руб. Тел +7 900 000 23 54", "ru"),
    (FEE, "Ширкати «Намуна». Чиптаро мо мехарем, 10% фоиз аз маоши аввал нигоҳ медорем. Тел +7 900 000 23 56", "tg"),
    # nothing from you; the employer pays
    (FEE, "Агентство «Пример», лицензия 0000. Курс и виза за счёт работодателя, с вас ни копейки, зарплата 1500 €. Тел +992 900 00 23 50", "ru"),
    # a time limit to pay within is no working day
    ("excessive-hours", "Tabrik! Shumo ba ruyxati Koreya daxil shudet, 200 somoni guzaronid. Muhlat 24 soat. Tel +992 900 00 23 55", "tg"),
    # a wage in cash at the workplace is no fee
    (CASH, "ООО «Пример», рынок, продавцы. Зарплата наличными каждый день. Тел +7 900 000 23 51", "ru"),
]


test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
