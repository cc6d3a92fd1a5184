"""Issue 16, round 27 (branch r27s): recall on scam ads, as structures rather than wordings.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each idea is found, and the fair
term or the denial written next to it stays clean:

- vague-job: a named trade or a list of trades closed by a catch-all or left to whoever sends you ("склады,
  стройка, что будет", "куда направим, там и работаете", "распределим по объектам, кто что умеет", "по
  распределению", "распределение осуществляет менеджер", "и куда ещё нужно", "ё кори дигар", "куҷо фиристем");
  not a trade said with its place and tasks;
- employer-controls-living: going out only "without leave" (its "без"/"бе" part of the limit, not a denial,
  also with the spoken "not" after it), going out forbidden in the past-stem command ("berun nabaromaded"),
  the phone handed in or kept in the Tajik passive ("супорида мешаванд", "nigoh doshta meshavad"); not going
  out said free, nor a phone put in a locker;
- no-written-contract: the contract signed or handed over only in the country of work ("подписываем в
  Лондоне", "shartnomaro dar Turkiya imzo mekunem"); not a contract signed at home before leaving.
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

VAGUE = "vague-job"
LIVING = "employer-controls-living"
CONTRACT = "no-written-contract"

FOUND = [
    # a list of trades closed by a catch-all
    (VAGUE, "Работа в Пример-стране: склады, стройка, теплицы, что будет. Зарплата 1500 евро. Тел. +992 00 000 00 00", "ru"),
    (VAGUE, "Rabota v Primere: zavody, sklady, fermy, chto dadut. Oformlenie 500$. tel +992 00 000 00 00", "ru"),
    (VAGUE, "Стройка, склад, уборка — куда отправим, там и работаете. Виза 700$. Тел. +992 00 000 00 00", "ru"),
    (VAGUE, "Nujny rabochie: sklad, zavod — kuda napravyat. Oplata 900$. tel +992 00 000 00 00", "ru"),
    (VAGUE, "Грузчики, подсобники, маляры — распределим по объектам, кто что умеет. Тел. +7 900 000-00-00", "ru"),
    (VAGUE, "Rabota na fabrike ili v teplitse — po raspredeleniyu. Stoimost 2000$. tel +992 00 000 00 00", "ru"),
    (VAGUE, "Направления: склад, производство — распределение по объектам проводит координатор после оплаты. Тел. +992 00 000 00 00", "ru"),
    (VAGUE, "Devushki v kafe, v semi i kuda eshe nado, 1500 evro. tel +992 00 000 00 00", "ru"),
    (VAGUE, "Барои духтарон кор: дар ошхона ё кори дигар, маош 800$. Тел. +992 00 000 00 00", "tg"),
    (VAGUE, "Sklad, zavod, ferma — kujo firistem, hamonjo kor mekuned. Viza 800$. tel +992 00 000 00 00", "tg"),
    (VAGUE, "Склад, сохтмон — ки чи балад, ҳамонро мекунад. Тел. +992 00 000 00 00", "tg"),
    # going out only without leave
    (LIVING, "Namuna teplitsa. Joi zist dar teplitsa, ba shahr bez ruxsat ne. tel +7 700 000 00 00", "tg"),
    (LIVING, "Namuna ferma. Jilyo dar ferma, bez ruxsati xojain berun. tel +7 700 000 00 00", "tg"),
    (LIVING, "Ферма Пример. Общежитие на ферме, в город без разрешения бригадира не выходить. Тел. +7 900 000-00-00", "ru"),
    (LIVING, "Сехи Намуна. Хобгоҳ дар сех, бе иҷозати хоҷаин ба шаҳр. Тел. +7 900 000-00-00", "tg"),
    # going out forbidden in the past-stem command
    (LIVING, "Namuna sklad. Jilyo dar sklad, berun nabaromaded. tel +7 900 000-00-00", "tg"),
    (LIVING, "Сехи Намуна. Хоб дар сех, аз ҳудуд набаромадед. Тел. +7 900 000-00-00", "tg"),
    # the phone kept, in the Tajik passive
    (LIVING, "Клуби Намуна. Телефонҳо дар клуб нигоҳ дошта мешаванд. Тел. +992 00 000 00 00", "tg"),
    (LIVING, "Namuna vaxta. Telefonho ba brigadir suporida meshavand, haftae yak bor zang. tel +7 900 000-00-00", "tg"),
    (LIVING, "Вахтаи Намуна. Телефонҳо ҳангоми вахта гирифта мешаванд. Тел. +7 900 000-00-00", "tg"),
    # the contract only in the country of work
    (CONTRACT, "ООО «Пример»: сезонная работа на фермах. Трудовой договор подписываем в Лондоне. Тел. +992 00 000 00 00", "ru"),
    (CONTRACT, "Завод Пример. Договор выдадим в Корее. Оформление 2000$. Тел. +992 00 000 00 00", "ru"),
    (CONTRACT, "Namuna mehmonxona. Shartnomaro dar Turkiya imzo mekunem. tel +992 00 000 00 00", "tg"),
    (CONTRACT, "Ширкати Намуна. Шартнома дар Дубай дода мешавад. Тел. +992 00 000 00 00", "tg"),
]

CLEAN = [
    # a trade with its place and tasks
    (VAGUE, "ООО «Пример» (Москва, ул. Примерная 1): грузчики на склад, смена 8 часов, 60 000 руб. Тел. +7 900 000-00-00", "ru"),
    (VAGUE, "Склад Пример: комплектовщики, работа по сборке заказов, расскажем, что будет на обучении. Тел. +7 900 000-00-00", "ru"),
    # going out free, or without leave said not needed
    (LIVING, "Ферма Пример. Общежитие рядом, выходить в город можно без разрешения. Тел. +7 900 000-00-00", "ru"),
    (LIVING, "Namuna teplitsa. Jilyo dar teplitsa, ba shahr raftan ozod. tel +7 700 000 00 00", "tg"),
    # a phone put in a locker for the shift
    (LIVING, "Сехи Намуна. Телефонҳо дар вақти кор дар шкафчик нигоҳ дошта мешаванд. Тел. +992 00 000 00 00", "tg"),
    # the contract signed at home before leaving
    (CONTRACT, "ООО «Пример» (Душанбе, ул. Примерная 1): договор подписываем в Душанбе до выезда, копию выдадим в Лондоне. Тел. +992 00 000 00 00", "ru"),
    (CONTRACT, "Ширкати Намуна: шартнома пеш аз сафар дар Душанбе имзо мешавад. Тел. +992 00 000 00 00", "tg"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
