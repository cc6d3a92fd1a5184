"""Issue 16, round 24 (branch r24s): recall on scam ads, as ideas, and wrong flags mended by their definition.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each idea is found, and the fair
term or the denial written next to it stays clean:

- control over living: living in the boss's flat or house, going out only with his leave or forbidden
  ("намебароем", "ба соҳил", "mamnu", "из квартиры не выходить"), the phone "with him"; a phone that stays
  with the worker and a room of one's own are clean;
- the passport "in his hand" ("дар дасти ӯ"); "дар дасти худатон" is clean;
- a registration fee with a sum; an amount in cash at a meeting (a wage so paid is clean); the migration registration is clean;
- pressure: decide fast, your place given to another, full after today or tomorrow, pay within so many
  hours; "не торопим" and a room shared "с другими" are clean;
- a reward for "each one whom you bring" ("ки меоред", "кого приведёте"), "brought three — a discount";
- passports collected and given back only when you leave; collected copies are clean;
- vague work: "raznoe rabota", work "for all men"; a monolithic concrete site says the work;
- mended: a pledge kept back out of the wage is a debt, not a fee; whoever brings N people and gets the sum
  is a reward, not a fee; "гурӯҳи пӯшида" is a closed group, no deadline; a cafe seeking women for its
  kitchen is no marriage broker.
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

LIVING = "employer-controls-living"
PASSPORT = "passport-retention"
FEE = "upfront-fee"
PRESS = "pressure-urgency"
VAGUE = "vague-job"
SEX = "sexual-exploitation-risk"
RECRUIT = "recruit-others"

FOUND = [
    # living at the boss's
    (LIVING, "Ба дӯкони мева фурӯшанда лозим. Дар хонаи хоҷаин зиндагӣ мекунед. Тел +7 900 000 24 01", "tg"),
    (LIVING, "Sklad, gruzchiki. Jivete v kvartire hozyaina, 3000 v smenu. Tel +7 900 000 24 02", "ru"),
    # out only with his leave, or forbidden
    (LIVING, "Сехи Намуна, дӯзандаҳо. Бе иҷозати хоҷаин намебароед. Тел +7 900 000 24 03", "tg"),
    (LIVING, "Kishti, mohigiri. Ba sohil faqat bo ijozati kapitan. Tel +7 900 000 24 04", "tg"),
    (LIVING, "Obshaga dar sex, shabona berun baromadan mamnu. Tel +7 900 000 24 05", "tg"),
    (LIVING, "Сиделка с проживанием. Из квартиры не выходить, продукты привозим. Тел +7 900 000 24 06", "ru"),
    # the phone with him
    (LIVING, "Ферма, коровы. Паспорт ваш, а телефоны у него. Тел +7 900 000 24 07", "ru"),
    # the passport in his hand
    (PASSPORT, "Bozor, hammol lozim. Shinosnoma dar dasti brigadir memonad. Tel +7 700 000 24 08", "tg"),
    # a registration fee
    (FEE, "Ба Корея кор. Бақайдгирӣ 400$. Тел +992 900 00 24 09", "tg"),
    (FEE, "Работа в Польше, склад. Регистрационный взнос 300 $. Тел +992 900 00 24 10", "ru"),
    # cash at a meeting
    (FEE, "Angliya, ferma. 12 000 somoni nalichnymi pri vstreche v Khujande. Tel +992 900 00 24 25", "ru"),
    (FEE, "Олмон, парастор. 800 евро нақд ҳангоми вохӯрӣ дар Душанбе. Тел +992 900 00 24 26", "tg"),
    # pressure
    (PRESS, "Польша, теплица. Думайте быстрее, мест мало. Тел +992 900 00 24 11", "ru"),
    (PRESS, "Koreya, zavod. Zud qaror kuned, joy kam. Tel +992 900 00 24 12", "tg"),
    (PRESS, "Англия, ферма. Не оплатите до пятницы — место отдадим другому. Тел +992 900 00 24 13", "ru"),
    (PRESS, "Agar javob nadihed, joi shumo ba kasi digar doda meshavad. Koreya. Tel +992 900 00 24 14", "tg"),
    (PRESS, "Стройка дар Қазон. Имрӯз ё фардо, баъд пур мешавем. Тел +7 900 000 24 15", "tg"),
    (PRESS, "Вы прошли отбор. В течение 24 часов переведите 500 сомони. Тел +992 900 00 24 16", "ru"),
    # a reward for whom you bring
    (RECRUIT, "Ба хориҷа мефиристем. Барои ҳар нафаре, ки меоред, ба шумо 50$. Тел +992 900 00 24 19", "tg"),
    (RECRUIT, "Sexi duzandagi. Har duzandae, ki biyored — 10 000 tenge. Tel +7 700 000 24 20", "tg"),
    (RECRUIT, "Польша, склад. За каждого, кого приведёте, 3000 руб. Тел +992 900 00 24 21", "ru"),
    (RECRUIT, "Германия, завод. Привёл троих — тебе скидка 100 €. Тел +992 900 00 24 22", "ru"),
    # passports collected, given back when you leave
    (PASSPORT, "Турция, отель. Паспорта соберём при заселении и вернём, когда уезжаете. Тел +992 900 00 24 23", "ru"),
    (PASSPORT, "Brigada, beton. Pasporta sobirayu u sebya na vremya raboty. Tel +7 900 000 24 24", "ru"),
    # vague work
    (VAGUE, "Турция, для парней разное работа есть, пишите. Тел +992 900 00 24 17", "ru"),
    (VAGUE, "Rabota v Dubae vsem muzhchinam, zp 2000$. Tel +992 900 00 24 18", "ru"),
]

CLEAN = [
    # the worker's own room and phone
    (LIVING, "ООО «Пример», склад. Живёте в общежитии или снимаете сами, телефон всегда у вас. Тел +7 900 000 24 30", "ru"),
    (LIVING, "Ширкати «Намуна», сех. Хобгоҳ ҳаст, баромадан озод. Тел +7 900 000 24 31", "tg"),
    # the passport in your own hand
    (PASSPORT, "Ширкати «Намуна». Шиноснома дар дасти худатон, нусха кифоя. Тел +7 900 000 24 32", "tg"),
    # the migration registration
    (FEE, "Ширкати «Намуна», завод. Бақайдгирии муҳоҷиратӣ 2000 рубл, бо квитансия. Тел +7 900 000 24 33", "tg"),
    # no hurry; a room shared with others
    (PRESS, "ООО «Пример», склад. Решение за вами, не торопим. Тел +7 900 000 24 34", "ru"),
    (PRESS, "ООО «Пример», склад. Место в комнате с другими работниками. Тел +7 900 000 24 35", "ru"),
    (PRESS, "Ширкати «Намуна». Тафсилот дар гурӯҳи пӯшида. Тел +7 900 000 24 36", "tg"),
    # a monolith site says the work
    (VAGUE, "Бригада дар Москва, объект монолит, 8 нафар. Тел +7 900 000 24 37", "tg"),
    # a pledge kept back from the wage; a reward for people brought
    (FEE, "ООО «Пример», цех. Зп 60 000, первые 10 000 удерживается как залог. Тел +7 900 000 24 38", "ru"),
    (FEE, "Ширкати «Намуна». Az xar maosh 10 000 depozit nigoh medorem. Тел +7 900 000 24 39", "tg"),
    (FEE, "Сохтмони Намуна. Ҳар кӣ 3 нафар орад, 100 доллар мегирад. Тел +7 900 000 24 40", "tg"),
    (FEE, "Бозори Намуна. Агар рафиқатонро биёред, 3 000 рубл ба шумо. Тел +7 900 000 24 41", "tg"),
    # a copy of the passport collected
    (PASSPORT, "ООО «Пример». Копии паспортов соберём при заселении, оригиналы у вас. Тел +7 900 000 24 43", "ru"),
    # the wage in cash at a meeting with the foreman
    (FEE, "ООО «Пример», стройка. Зарплата 3000 в смену наличными при встрече с бригадиром. Тел +7 900 000 24 44", "ru"),
    # a cafe seeking women for the kitchen
    (SEX, "Кафе «Пример» ищет женщин на кухню: посудомойка. Тел +7 900 000 24 42", "ru"),
]


test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
