"""Issue 16, round 26 (branch r26s): recall on scam ads, as mechanisms rather than wordings.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each idea is found, and the fair
term or the denial written next to it stays clean:

- excessive-hours: the day off or the rest takes its own "not" on either side of the hours ("smena 14 soat
  vixodnoy ne": the 14 hours are not denied); the day off said absent with the short "not" of every script
  ("vixodnoy yoq", "бе дам", "dam ne"); not "в выходные не работаем";
- recruit-others: "bring" in every person of the verb (the short Tajik "орӣ", "орем", "орад", the Russian
  "приведёт", "приведут") with people and a reward for each, a lower price ("арзон") or a free place for you
  ("ба ту ... текин");
- employer-controls-living: going out asked leave for or forbidden in spoken and Latin Tajik ("ruxsatsiz berun",
  "berun baromadan razreshenie", "az X berun nabaroed" with any place X);
- unrealistic-pay: the spoken week "ҳафте", "hafte" names weekly pay;
- passport-retention: a passport said held for the whole term wherever it stays ("у агронома до конца сезона",
  "то охири шартнома дар шӯъбаи кадрҳо"); papers handed over "for keeping" ("на хранение", "ба амонат");
  not a passport's validity ("действителен до конца контракта");
- unverifiable-employer: a teahouse named where cash is handed with a town or "our office" between ("naqd dar Xujand
  choyxonai 'Primer'") is no employer; nor the channel named in the header of a forwarded post ("Переслано от «...»:");
- messenger-only-contact: a bank card's number (four groups of four digits) is no phone.
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

HOURS = "excessive-hours"
RECRUIT = "recruit-others"
LIVING = "employer-controls-living"
PAY = "unrealistic-pay"
PASSPORT = "passport-retention"
EMPLOYER = "unverifiable-employer"
MESSENGER = "messenger-only-contact"

FOUND = [
    # the day off takes its own "not"; the hours stand
    (HOURS, "Primer vaxta, sklad. smena 14 soat vixodnoy ne. tel +7 900 000-00-00", "tg"),
    (HOURS, "Склад Пример: смена 13 часов, отдыха нет. Тел. +7 900 000-00-00", "ru"),
    (HOURS, "Сехи Намуна: кор 14 соат, рӯзи истироҳат не. Тел. +992 00 000 00 00", "tg"),
    # the day off said absent in every script
    (HOURS, "Namuna teplitsa, ishchilar kerak. ish har kuni, vixodnoy yoq. tel +7 700 000 00 00", "tg"),
    (HOURS, "Сехи Намуна: смена 12 соат, бе дам. Тел. +992 00 000 00 00", "tg"),
    (HOURS, "Namuna sklad: smena 12 soat, vykhodnoy ne. tel +7 900 000-00-00", "tg"),
    (HOURS, "Namuna sklad: kor har ruz, dam ne. tel +7 900 000-00-00", "tg"),
    # "bring" in every person
    (RECRUIT, "Стройка Пример. Кто людей приведёт — за каждого 3000 даю. Тел. +7 900 000-00-00", "ru"),
    (RECRUIT, "Склад Пример. Если друзей приведут — за каждого 2000. Тел. +7 900 000-00-00", "ru"),
    (RECRUIT, "Namuna sklad. drug privedesh tebe oformlenie besplatno. tel +7 900 000-00-00", "ru"),
    (RECRUIT, "Намуна, корхона. Дӯстатро орӣ — ба ҳар кадом 1000 бонус. Тел. +992 00 000 00 00", "tg"),
    (RECRUIT, "Namuna ferma. 2 dustatona orem baroi shumo 300$ arzon. tel +992 00 000 00 00", "tg"),
    (RECRUIT, "Namuna ferma. 3 bacha ori ba tu joy tekin. tel +992 00 000 00 00", "tg"),
    # going out asked leave for or forbidden
    (LIVING, "Namuna sklad. jilyo dar sklad, baroi berun baromadan razreshenie. tel +7 900 000-00-00", "tg"),
    (LIVING, "Namuna teplitsa. jilyo dar teplitsa, ruxsatsiz berun nameravid. tel +7 700 000 00 00", "tg"),
    (LIVING, "Namuna vaxta. jiloi az mo, az jiloi berun nabaroed. tel +7 900 000-00-00", "tg"),
    (LIVING, "Сехи Намуна. Хоб дар сех, аз сех берун намебароед. Тел. +7 900 000-00-00", "tg"),
    # the spoken week
    (PAY, "Angliya ferma Namuna, hafte 2500 funt!! zabon lozim ne. tel +992 00 000 00 00", "tg"),
    (PAY, "Полша, курер, ҳафте 1 800 евро! Тел. +992 00 000 00 00", "tg"),
    # a passport held for the whole term, papers for keeping
    (PASSPORT, "Хозяйство Пример, теплицы. Паспорта у агронома до конца сезона. Тел. +7 900 000-00-00", "ru"),
    (PASSPORT, "Ширкати «Намуна». Шиносномаҳо то охири шартнома дар шӯъбаи кадрҳо. Тел. +992 00 000 00 00", "tg"),
    (PASSPORT, "Бригада Пример. Документы при заезде сдаются бригадиру на хранение. Тел. +7 900 000-00-00", "ru"),
    (PASSPORT, "Namuna sklad. hujjatho baroi nigohdori ba brigadir dode meshavad. tel +7 900 000-00-00", "tg"),
    # a teahouse where cash is handed, a forwarded post's channel
    (EMPLOYER, "Angliya ferma. 1500$ naqd dar Xujand choyxonai 'Primer' vstrecha mekunem. lichka @primer_xx", "tg"),
    (EMPLOYER, "Англия, ферма. Анкета 9000 сомонӣ, нақд дар офиси мо (чойхонаи «Намуна», ошёнаи 2). Тел. +992 00 000 00 00", "tg"),
    (MESSENGER, "Kurery Primer Moskva. forma 4000 rub vpered na kartu 2202 0000 0000 0000. pishi v tg @primer_xx", "ru"),
    (EMPLOYER, "Переслано от «Работа Пример»:\nСтройка в Подмосковье, 100 000. Оформление 3000 рублей. Пишите @primer_xx", "ru"),
]

CLEAN = [
    (HOURS, "ООО «Пример», склад. График 5/2, смена 8 часов, в выходные не работаем. Тел. +7 900 000-00-00", "ru"),
    (HOURS, "Ширкати «Намуна»: smena 8 soat, vixodnoy ne kor mekunem. Тел. +992 00 000 00 00", "tg"),
    (HOURS, "ООО «Пример». Номер прораба не дам, пишите мне. Смена 10 часов. Тел. +7 900 000-00-00", "ru"),
    (RECRUIT, "ООО «Пример» приведёт документы в порядок, за каждого члена семьи виза 100$. Тел. +7 900 000-00-00", "ru"),
    (RECRUIT, "Ширкати «Намуна»: хӯроки арзон дар ошхона, дӯстон дар як хона. Тел. +992 00 000 00 00", "tg"),
    (LIVING, "Ширкати «Намуна»: берун баромадан озод, рухсат лозим нест. Тел. +992 00 000 00 00", "tg"),
    (LIVING, "Кафе «Пример»: жильё отдельно, из общежития выходить можно без разрешения. Тел. +7 900 000-00-00", "ru"),
    (LIVING, "Ширкати «Намуна»: шумо озодона берун мебароед, иҷозат лозим нест. Тел. +992 00 000 00 00", "tg"),
    (PAY, "Ширкати «Намуна», Варшава. Маош 3000 злотый, ҳафте 6 рӯз кор. Тел. +992 00 000 00 00", "tg"),
    (PASSPORT, "ООО «Пример». Паспорт должен быть действителен до конца контракта. Тел. +7 900 000-00-00", "ru"),
    (PASSPORT, "Ширкати «Намуна». Шиноснома бояд то охири шартнома эътибор дошта бошад. Тел. +992 00 000 00 00", "tg"),
    (PASSPORT, "Ширкати «Намуна». Шиноснома то охири шартнома дар дасти худатон мемонад. Тел. +992 00 000 00 00", "tg"),
    (PASSPORT, "ООО «Пример». Паспорт остаётся у вас на всё время работы. Тел. +7 900 000-00-00", "ru"),
    (MESSENGER, "Курьеры Пример. Форма 4000 руб на карту 2202 0000 0000 0000. Тел. +7 900 000-00-00, пишите в тг @primer_xx", "ru"),
    (EMPLOYER, "Чойхонаи «Намуна» (Хуҷанд, кӯчаи Намуна 5) ба ошпаз ниёз дорад. Маош 3000 сомонӣ. Тел. +992 00 000 00 00", "tg"),
    (EMPLOYER, "Переслано от «Работа Пример»:\nООО «Пример» (Москва, ул. Примерная 1) набирает грузчиков. Тел. +7 900 000-00-00", "ru"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
