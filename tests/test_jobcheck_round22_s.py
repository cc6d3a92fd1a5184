"""Issue 16, round 22 (branch r22s): recall on scam ads, as ideas, and fewer wrong flags on them.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each idea is found, and the fair
term or the denial written next to it stays clean:

- pay held: all of it at once later ("одной суммой", "якбора"), piling up with the boss ("ҷамъ мешавад",
  "копится у хозяина"), "all when you leave", only food money until then ("на руки только на еду", "то он
  вақт барои хӯрок"), pay after the site is handed over, the first months' pay as a deposit; monthly pay
  and a deposit for a flat are clean;
- a fee: a priced package or service even beside a trade ("Пакет (виза, билет, отель) — 900 $", "Барои
  ташкил 1800 $"), a place sold ("Место — 9 000 сомони"), money sent to a card by an hour, money handed "hand
  to hand", half of it now; a wage, a bed's price and "half of the staff" are clean; the first months' pay
  kept as a deposit is no fee;
- an unofficial channel: an acquaintance in the ministry, big people, a roundabout way, the exam waved away,
  beside Korea or the UK scheme; a notice that warns against them is clean;
- vague work: each finds work himself there, any work whatever, the work handed out there; a contract that
  writes "whatever it is" down is clean;
- recruiting: a discount for each one brought, a message forwarded to friends for a bonus; a notice asking
  to warn friends is clean;
- pressure: a limited intake, "today or tomorrow, then no"; a limited number of beds is clean;
- no written contract: after the flight, "you sign it at the farm"; a contract signed before the flight is clean;
- the passport with him, with me, with our representative; the passport with you is clean;
- living at the boss's, not going out without his word; free exit is clean;
- a price in Latin letters ("narkh 2900$") and "подготовка документов — 3900$" are fees, not pay far above normal.
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

DEBT = "debt-or-wage-withholding"
FEE = "upfront-fee"
CASH = "cash-no-receipt"
CHANNEL = "unofficial-channel"
VAGUE = "vague-job"
RECRUIT = "recruit-others"
PRESS = "pressure-urgency"
CONTRACT = "no-written-contract"
PASSPORT = "passport-retention"
LIVING = "employer-controls-living"

FOUND = [
    # debt-or-wage-withholding
    (DEBT, "Склад в Туле. Зарплата 70 тысяч, выдаём всё разом в декабре. Тел +7 900 000 22 01", "ru"),
    (DEBT, "Ферма в Рязани. Деньги за сезон выплачиваем одной суммой. Тел +7 900 000 22 02", "ru"),
    (DEBT, "Ба сохтмони Намуна коргар лозим. Маош 5000 сомонӣ, пул баъди ду сол якбора дода мешавад. Тел +992 900 00 22 03", "tg"),
    (DEBT, "Kazan sklad, maosh 60 ming, pul dar xojain jam meshavad. Tel +7 900 000 22 04", "tg"),
    (DEBT, "Теплица Пример, зарплата накапливается у бригадира до осени. Тел +7 900 000 22 05", "ru"),
    (DEBT, "Склад Пример. Зарплату всю получите в конце вахты. Тел +7 900 000 22 06", "ru"),
    (DEBT, "Stroyka v Tveri, zarplata 80 tysyach, vse poluchite pered otezdom. Tel +7 900 000 22 07", "ru"),
    (DEBT, "Цех в Твери, зарплата 60 000, на руки только на еду. Тел +7 900 000 22 08", "ru"),
    (DEBT, "Ба анбори Намуна борбардор лозим. Маош охири сол, то он вақт барои хӯрок медиҳем. Тел +7 900 000 22 09", "tg"),
    (DEBT, "Stroyka Primer, zarplata posle sdachi obekta. Tel +7 900 000 22 10", "ru"),
    (DEBT, "Сехи Намуна. Моҳи аввал маош нест, гарав мемонад. Тел +7 900 000 22 11", "tg"),
    (DEBT, "Завод Пример. Первые два месяца идут в залог. Тел +7 900 000 22 12", "ru"),
    # upfront-fee
    (FEE, "Работа в Дубае. Пакет (виза, билет, отель) — 900 $. Тел +992 900 00 22 13", "ru"),
    (FEE, "Кор дар Туркия. Барои ташкил 1800 $. Тел +992 900 00 22 14", "tg"),
    (FEE, "Виза в Англию. Место — 9 000 сомони. Тел +992 900 00 22 15", "ru"),
    (FEE, "Koreya zavod, 400 somoni ba karta 0000 0000 0000 0000 guzaronen. Tel +992 900 00 22 16", "tg"),
    (FEE, "Angliya ferma, pulora dast ba dast medihen dar Dushanbe. Tel +992 900 00 22 17", "tg"),
    (FEE, "Германия, ферма. 50% сейчас, остальное до вылета. Тел +992 900 00 22 18", "ru"),
    (FEE, "Koreya E-9 zavod, narkh 2900$ (viza + bilet). Tel +992 900 00 22 51", "tg"),
    # a real fee stays beside the first months' pay kept as a deposit
    (FEE, "Склад в Туле. Взнос 300$. Первые два месяца — в залог. Тел +7 900 000 22 53", "ru"),
    # cash-no-receipt
    (CASH, "Korea EPS. To soati 17:00 imruz 300 somoni ba karta 0000 0000 0000 0000 guzaronen. Tel +992 900 00 22 19", "tg"),
    (CASH, "Ба Англия. Пулоро даст ба даст ба худам медиҳед. Тел +992 900 00 22 20", "tg"),
    # unofficial-channel
    (CHANNEL, "Корея, завод. У меня есть знакомый в министерстве, внесёт в список. Тел +992 900 00 22 21", "ru"),
    (CHANNEL, "Koreya EPS, odamoni kalon meshinosem, tez mefiristem. Tel +992 900 00 22 22", "tg"),
    (CHANNEL, "В Корею обходным путём, без очереди. Тел +992 900 00 22 23", "ru"),
    (CHANNEL, "Korea E-9, imtihon-pimtihon lozim ne, zavod. Tel +992 900 00 22 24", "tg"),
    # vague-job
    (VAGUE, "Кор дар Қазон, ҳар кас дар ҷо барои худаш кор меёбад. Тел +7 900 000 22 25", "tg"),
    (VAGUE, "Работа в Казани, там работу найдёте сами. Тел +7 900 000 22 26", "ru"),
    (VAGUE, "Kor dar Moskva, yagon kor ki boshad hast. Tel +7 900 000 22 27", "tg"),
    (VAGUE, "Работа в Турции, что найдётся, то и будет. Тел +992 900 00 22 28", "ru"),
    (VAGUE, "Ba Kazan odam lozim, onjo meguyand. Tel +7 900 000 22 29", "tg"),
    # recruit-others
    (RECRUIT, "Корея, завод. За каждого друга тебе скидка 200 $. Тел +992 900 00 22 30", "ru"),
    (RECRUIT, "Ин паёмро ба 5 дӯстатон фиристед, барои ҳар кас бонус 30 сомонӣ. Тел +992 900 00 22 31", "tg"),
    # pressure-urgency
    (PRESS, "Работа в Польше. Набор в группу ограничен: 10 человек. Тел +992 900 00 22 32", "ru"),
    (PRESS, "Ba Polsha, imruz-pagoh qabul, bad ne. Tel +992 900 00 22 33", "tg"),
    # no-written-contract
    (CONTRACT, "Ферма дар Англия. Шартнома баъди парвоз дода мешавад. Тел +992 900 00 22 34", "tg"),
    (CONTRACT, "Ферма в Германии. Договор подписываете на ферме по приезде. Тел +992 900 00 22 35", "ru"),
    # passport-retention
    (PASSPORT, "Стройка в Туле. Паспорт будет у меня, так надёжнее. Тел +7 900 000 22 36", "ru"),
    (PASSPORT, "Завод дар Ҷопон. Шиноснома дар намояндаи мо мемонад. Тел +992 900 00 22 37", "tg"),
    # employer-controls-living
    (LIVING, "Рынок в Самаре, живёте у хозяина в доме. Тел +7 900 000 22 38", "ru"),
    (LIVING, "Bozor dar Samara, bejavobi xojain berun raftan ne. Tel +7 900 000 22 39", "tg"),
]

CLEAN = [
    # monthly pay; a deposit for a flat; the first month paid in full
    (DEBT, "ООО «Пример», склад. Зарплата каждый месяц на карту, всё по ведомости. Тел +7 900 000 22 40", "ru"),
    (DEBT, "ООО «Пример». Залог за первый месяц проживания в квартире — 10 000. Тел +7 900 000 22 41", "ru"),
    (DEBT, "Ширкати «Намуна». Маош ҳар моҳ ба корт. Тел +992 900 00 22 42", "tg"),
    # a wage beside a trade, a bed's price, a tip; the first months' pay as a deposit is no fee
    (FEE, "ООО «Пример», отель в Сочи, горничные. Зарплата 60 000 в месяц. Тел +7 900 000 22 43", "ru"),
    (FEE, "Ширкати «Намуна», Дубай. 1800 дирҳам + чой-пул. Виза аз ҳисоби ширкат. Тел +992 900 00 22 44", "tg"),
    (FEE, "Склад в Туле. Первый месяц зарплата не выплачивается — это залог. Тел +7 900 000 22 45", "ru"),
    # a recruiter's price in Latin letters and the papers' preparation are fees, not pay
    ("unrealistic-pay", "Koreya E-9 zavod, narkh 2900$ (viza + bilet). Tel +992 900 00 22 51", "tg"),
    ("unrealistic-pay", "Япония, завод. Подготовка документов — 3900$. Тел +992 900 00 22 52", "ru"),
    # a notice that warns against insiders; an orgnabor to Russia "without the Russian exam"
    (CHANNEL, "Оргнабор в Россию «Пример», Москва: без экзамена по русскому языку, трудовой договор до выезда.", "ru"),
    (CHANNEL, "Хадамоти муҳоҷират огоҳ мекунад: касе, ки мегӯяд дар вазорат ошно дорад ва ба Корея мефиристад, фиребгар аст.", "tg"),
    # whatever it is, written in the contract
    (VAGUE, "Qorovul dar «Namuna», 2800 somoni, har chi ki boshad dar shartnoma navishta shudaast. Tel +992 900 00 22 46", "tg"),
    # a notice asking to warn friends, no reward
    (RECRUIT, "Огоҳӣ: ин паёмро ба дӯстонатон фиристед, то фиреб нахӯранд.", "tg"),
    # limited beds
    (PRESS, "ООО «Пример», склад. Мест в общежитии ограничено. Тел +7 900 000 22 47", "ru"),
    # a contract signed before the flight
    (CONTRACT, "Ширкати «Намуна». Шартнома пеш аз парвоз дар Душанбе имзо мешавад. Тел +992 900 00 22 48", "tg"),
    # the passport with you
    (PASSPORT, "ООО «Пример». Паспорт у вас на руках, мы его не берём. Тел +7 900 000 22 49", "ru"),
    # free exit
    (LIVING, "ООО «Пример», общежитие рядом, выход свободный. Тел +7 900 000 22 50", "ru"),
]


test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
