"""Issue 16, round 21 (branch r21a): recall of pressure-urgency, unofficial-channel, no-written-contract,
upfront-fee, recruit-others and vague-job as ideas.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each idea is found, and the fair
term or the denial written next to it stays clean:

- pressure: an intake that lasts a few days ("Набор всего 2 дня", "Qabul 3 ruz"), a deadline on a day of
  the month said in words ("Запись до пятого числа"), a small count of places ("мест четыре", "охирин 4
  ҷой", "kvota oxir 10 jo"), "not today, tomorrow no place" ("imruz ne fardo jo ne"); the office's days of
  the week, the pay day, the seats of a bus or the beds of a room are clean;
- an unofficial channel: "not through the ministry", a "private route" ("частным путём", "бо роҳи
  хусусӣ") to a state programme, the UK named by its farming counties ("в Кенте", "Norfolk"); a notice
  that only the state agency may do it, and "not through middlemen but through the ministry", are clean;
- no written contract: signed after arrival with a place between ("баъди ба Япония расидан"), weeks later
  or at the site ("Шартнома? — Дар объект, баъди ду ҳафта"), the dismissive echo of any paper word
  ("Ҳуҷҷат-пуҷҷат", "документ-мокумент", "kogaz-pogaz") and "all by talk" ("ҳама чиз бо гап"); a contract
  signed before leaving is clean;
- a fee for the job or the place itself ("ustroistvo 3000", "За место в бригаде пять тысяч рублей", "барои
  ба кор даромадан 2000 сомонӣ"); free placement and a wage said in words are clean;
- recruiting: more people taken along for something extra ("двоих-троих возьмёшь с собой — тебе сверху
  накинут"), relatives asked to come too ("hamshirahoyatonro ham biyored"); a family welcome is clean;
- vague work: the work only "also" ("кор ҳам мешавад", "и работа тоже будет"), not known to the one who
  offers it ("чӣ кор — намедонам"), assigned by a boss ("бригадир сам распределит"); a boss who hands out
  shifts, and work "also" named, are clean.
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

PRESS = "pressure-urgency"
CHANNEL = "unofficial-channel"
CONTRACT = "no-written-contract"
FEE = "upfront-fee"
RECRUIT = "recruit-others"
VAGUE = "vague-job"

FOUND = [
    # pressure-urgency
    (PRESS, "Склад в Подольске, грузчики. Набор всего 2 дня, звоните +7 900 000 21 01", "ru"),
    (PRESS, "Ba Polsha sklad. Qabul 3 ruz, tel +992 900 00 21 02", "tg"),
    (PRESS, "Стройка в Казани. Запись до пятого числа. Тел +7 900 000 21 03", "ru"),
    (PRESS, "Ферма в Краснодаре, вылет 20-го, мест три. Тел +7 900 000 21 04", "ru"),
    (PRESS, "Ба гармхонаи Рязан коргар лозим. Охирин 4 ҷой. Тел +7 900 000 21 05", "tg"),
    (PRESS, "Angliya ferma, kvota oxir 6 jo. Tel +992 900 00 21 06", "tg"),
    (PRESS, "Kazan sklad kor hast, imruz ne fardo jo ne. Tel +7 900 000 21 07", "tg"),
    (PRESS, "Склад в Казани. Сегодня нет — завтра мест не будет. Тел +7 900 000 21 08", "ru"),
    (PRESS, "Ба фермаи Полша. Ҳамагӣ се нафар мегирем. Тел +992 900 00 21 35", "tg"),
    # unofficial-channel
    (CHANNEL, "Англия, ферма. Идём частным путём, не через министерство. Тел +992 900 00 21 09", "ru"),
    (CHANNEL, "Angliya, klubnika. Ne cherez ministerstvo, u nas bystree. Tel +992 900 00 21 10", "ru"),
    (CHANNEL, "Корея, завод. Бо роҳи хусусӣ мебарем, нархи хизмат 1500 доллар. Тел +992 900 00 21 11", "tg"),
    (CHANNEL, "Ферма в Норфолке, сезон клубники, пакет услуг 9000 сомони. Тел +992 900 00 21 12", "ru"),
    (CHANNEL, "Sbor yablok v Kente, sezon s avgusta, paket 11000 somoni. Tel +992 900 00 21 13", "ru"),
    (CHANNEL, "Корея E-9. Мо шуморо бо роҳи хусусӣ мефиристем, на бо навбати давлатӣ. Тел +992 900 00 21 36", "tg"),
    # no-written-contract
    (CONTRACT, "Заводи Ҷопон. Шартнома баъди ба Ҷопон расидан имзо мешавад. Тел +992 900 00 21 14", "tg"),
    (CONTRACT, "Кор дар Маскав.\n— Шартнома? — Дар объект, баъди ду ҳафта. Тел +7 900 000 21 15", "tg"),
    (CONTRACT, "Стройка в Казани. Договор через две недели, как привыкнете. Тел +7 900 000 21 16", "ru"),
    (CONTRACT, "Sklad v Moskve. Dogovor posle priezda v Rossiyu. Tel +7 900 000 21 17", "ru"),
    (CONTRACT, "Ба сехи Истанбул коргар лозим. Ҳуҷҷат-пуҷҷат лозим нест. Тел +992 900 00 21 18", "tg"),
    (CONTRACT, "Склад в Подольске. Документ-мокумент не нужен, работаем по-честному. Тел +7 900 000 21 19", "ru"),
    (CONTRACT, "Kazan stroyka. Kogaz-pogaz lozim ne, hama chiz bo gap. Tel +7 900 000 21 20", "tg"),
    # upfront-fee
    (FEE, "Uborka v Moskve. Ustroistvo 3000 perevod na kartu. Tel +7 900 000 21 21", "ru"),
    (FEE, "Склад в Казани. Устройство на склад 5000 рублей, переводом. Тел +7 900 000 21 22", "ru"),
    (FEE, "Стройка в Химках. За место в бригаде пять тысяч рублей, при встрече. Тел +7 900 000 21 23", "ru"),
    (FEE, "Сохтмони Маскав. Барои ба кор даромадан 2000 сомонӣ. Тел +7 900 000 21 24", "tg"),
    (FEE, "Sklad Kazan. Ustroistvo 4000 rub v den priezda. Tel +7 900 000 21 25", "ru"),
    (FEE, "Sklad Kazan. Za ustroistvo 5 tysyach, na kartu. Tel +7 900 000 21 37", "ru"),
    # recruit-others
    (RECRUIT, "Стройка в Подмосковье. Если ещё двоих возьмёшь с собой, тебе сверху накинут. Тел +7 900 000 21 26", "ru"),
    (RECRUIT, "Сехи Қазон. Хоҳаронатонро ҳам биёред, ҷо ҳаст. Тел +7 900 000 21 27", "tg"),
    (RECRUIT, "Sex Kazan. Hamshirahoyatonro ham biyored. Tel +7 900 000 21 28", "tg"),
    (RECRUIT, "Швейный цех в Казани. Сестёр тоже везите, места есть. Тел +7 900 000 21 29", "ru"),
    (RECRUIT, "Стройка в Химках. Кто с собой ещё двоих привезёт, тому дорога за полцены. Тел +7 900 000 21 38", "ru"),
    # vague-job
    (VAGUE, "Хонадоршавӣ дар Туркия, мо барои шумо шавҳар меёбем, кор ҳам мешавад. Тел +992 900 00 21 30", "tg"),
    (VAGUE, "Замуж в Турцию за хорошего человека, и работа тоже будет. Тел +992 900 00 21 31", "ru"),
    (VAGUE, "Дар Красноярск кор ҳаст, дақиқ намедонам чӣ кор. Тел +7 900 000 21 32", "tg"),
    (VAGUE, "V Krasnoyarske rabota est, kakaya rabota ne znayu. Tel +7 900 000 21 33", "ru"),
    (VAGUE, "Дар Красноярск кор ҳаст, бригадир худаш тақсим мекунад. Тел +7 900 000 21 34", "tg"),
    (VAGUE, "Работа в Подмосковье, прораб на месте сам решит, кого куда. Тел +7 900 000 21 39", "ru"),
]

CLEAN = [
    # the office's days, the pay day, a bus's seats, a room's beds, a bed's price
    (PRESS, "ООО «Пример», Москва, ул. Садовая 5. Приём документов 5 дней в неделю, с 9 до 18. Тел +7 900 000 21 40", "ru"),
    (PRESS, "ООО «Пример», Москва, ул. Садовая 5. Зарплата до пятого числа каждого месяца. Тел +7 900 000 21 41", "ru"),
    (PRESS, "ООО «Пример», Москва, ул. Садовая 5. В автобусе мест 4, довозим до объекта. Тел +7 900 000 21 42", "ru"),
    (PRESS, "ООО «Пример», Москва, ул. Садовая 5. В комнате мест три, душ на этаже. Тел +7 900 000 21 43", "ru"),
    (PRESS, "Ширкати «Намуна», Душанбе, кӯчаи Рӯдакӣ 12. Ҷойи хоб 8 € дар рӯз. Тел +992 900 00 21 44", "tg"),
    # the state route named as the only one; "not through middlemen but through the ministry"
    (CHANNEL, "Ширкати «Намуна», Душанбе, кӯчаи Рӯдакӣ 12. Ба Корея танҳо тавассути Агентии давлатӣ. Тел +992 900 00 21 45", "tg"),
    (CHANNEL, "Не через посредников, а через министерство подавайте документы на Корею. Тел +992 900 00 21 46", "ru"),
    # a contract signed before leaving; an advance after two weeks
    (CONTRACT, "ООО «Пример», Москва, ул. Садовая 5. Договор подписываем до выезда, копию отправляем заранее. Тел +7 900 000 21 47", "ru"),
    (CONTRACT, "Ширкати «Намуна», Душанбе, кӯчаи Рӯдакӣ 12. Шартнома пеш аз сафар, баъди ду ҳафта аванс. Тел +992 900 00 21 48", "tg"),
    # free placement; a wage said in words
    (FEE, "ООО «Пример», Москва, ул. Садовая 5. Устройство бесплатное, за счёт компании. Тел +7 900 000 21 49", "ru"),
    (FEE, "ООО «Пример», Москва, ул. Садовая 5. Зарплата пять тысяч рублей в смену. Тел +7 900 000 21 50", "ru"),
    # a family welcome; a sister who may apply herself
    (RECRUIT, "ООО «Пример», Москва, ул. Садовая 5. Можно приехать с семьёй, жильё семейным. Тел +7 900 000 21 51", "ru"),
    (RECRUIT, "Ширкати «Намуна», Душанбе, кӯчаи Рӯдакӣ 12. Хоҳаратон ҳам метавонад муроҷиат кунад. Тел +992 900 00 21 52", "tg"),
    # a boss who hands out shifts; work "also" named
    (VAGUE, "ООО «Пример», Москва, ул. Садовая 5, склад. Бригадир распределяет смены и выходные. Тел +7 900 000 21 53", "ru"),
    (VAGUE, "Ширкати «Намуна», Душанбе, кӯчаи Рӯдакӣ 12, сехи дӯзандагӣ. Бригадир сменаҳоро тақсим мекунад. Тел +992 900 00 21 54", "tg"),
    (VAGUE, "ООО «Пример», Москва, ул. Садовая 5, склад. Работа тоже есть для женщин: упаковщицы. Тел +7 900 000 21 55", "ru"),
    # "ки куҷо меравед" (where you go) in a notice is no "who goes where"; a foreman who tells the schedule
    (VAGUE, "Пеш аз сафар ширкатро санҷед ва ба наздиконатон гӯед, ки куҷо меравед. Хати боварӣ +992 900 00 21 56", "tg"),
    (VAGUE, "ООО «Пример», Москва, ул. Садовая 5, склад. Зарплата 45 тысяч, мастер сам скажет график. Тел +7 900 000 21 57", "ru"),
]


test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
