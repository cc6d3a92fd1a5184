"""Issue 16, round 26 (branch r26g): a notice's quotations read by their structure (holdout25's genuine misses).

Made-up texts written for this file (never copied from a labelled set), in Russian and Tajik, Cyrillic and
Latin letters. The idea: a notice quotes the offers it warns about, and the quoted words are others', whatever
flag they would raise (not only a fee's). A quotation is others' words when

- a verb of saying, writing, promising or asking stands before it, in any person and mood ("Если вам скажут",
  "агар гӯянд", "гуфтанд:" and a bullet, "pishut ludi", "просят перевести 300 евро «...»");
- the verb or a verdict stands after it ("«...» gufta nivisan", "«...» — это мошенничество", "'...'. eto vse
  moshenniki", "«...» — қаллобӣ мебошанд");
- it is one of a list of quotations joined by commas, "или", "ё", "va" or bullets, one of which is so marked.

An offer that quotes its own terms, or quotes and then asks money in its own words, keeps its flags.
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

FOUND = [
    # an offer that puts its own terms in quotation marks
    ("upfront-fee", "Работа в Польше! Условия: «оформление визы 500$ предоплата». Пишите @primer_pl", "ru"),
    ("upfront-fee", "Кор дар Полша! Шарт: «барои ҳуҷҷат 500$ пешакӣ». Нависед @namuna_pl", "tg"),
    # a warning, then the fee asked in the ad's own words after the quotation
    ("upfront-fee", "Осторожно, мошенники пишут «работа без опыта»! У нас всё честно: оформление 400$ предоплата, "
     "пишите в WhatsApp +7 900 000 00 01", "ru"),
    ("passport-retention", "Ehtiyot boshed, firebgaron meguyand 'kor hast'. Mo kori haqiqi dorem: pasportro ba mo "
     "medihed, dar ofis memonad. Navised lichka", "tg"),
    # a quotation with no verdict and no saying verb, in an offer
    ("passport-retention", "Вахта Тюмень. Паспорт сдаёте «на хранение» бригадиру до конца вахты. +7 900 000 00 02", "ru"),
]

CLEAN = [
    # a list of quotations after "если вам говорят", the verdict after the list
    ("upfront-fee", "Уважаемые граждане! Если вам говорят «оплатите место в списке», «внесите взнос координатору» или "
     "«переведите 300 сомони на карту за анкету» — это мошенничество. Справки: +992 00 000 00 01", "ru"),
    ("cash-no-receipt", "Уважаемые граждане! Если вам скажут «оплатите место в списке», «переведите 300 сомони на карту "
     "за анкету» — это обман. Справки: +992 00 000 00 01", "ru"),
    # the Tajik verb in the subjunctive ("гӯяд", "гӯянд"), the quotations joined by "ё"
    ("upfront-fee", "Шаҳрвандони муҳтарам! Агар касе ба шумо гӯяд «барои рӯйхат 400 сомонӣ деҳ» ё «шиносномаатро "
     "ба мо супор» — ин фиреб аст. Тел.: +992 00 000 00 02", "tg"),
    ("passport-retention", "Шаҳрвандони муҳтарам! Агар касе ба шумо гӯяд «барои рӯйхат 400 сомонӣ деҳ» ё "
     "«шиносномаатро ба мо супор» — ин фиреб аст. Тел.: +992 00 000 00 02", "tg"),
    # "гуфтанд:" and a bulleted list of quotations
    ("tourist-visa", "Хати боварии ташкилоти ҷамъиятии «Намуна». Занг занед, агар ба шумо гуфтанд:\n"
     "• «дар сарҳад гӯй, ки ба меҳмонӣ меравӣ»;\n• «шиносномаатро ба мо деҳ»;\n• «пули чиптаро аз маош ушлаб "
     "мемонем».\nТел.: +992 00 000 00 03", "tg"),
    ("debt-or-wage-withholding", "Хати боварии ташкилоти ҷамъиятии «Намуна». Занг занед, агар ба шумо гуфтанд:\n"
     "• «дар сарҳад гӯй, ки ба меҳмонӣ меравӣ»;\n• «пули чиптаро аз маош ушлаб мемонем».\nТел.: +992 00 000 00 03", "tg"),
    # the quotation in phone Latin with apostrophes, the verdict in the next sentence
    ("upfront-fee", "VNIMANIE ot admina! v gruppe pishut ludi 'Koreya bez ekzamena, 1000$ za spisok', 'Angliya ferma "
     "oformlenie 2000$'. eto vse moshenniki, nikomu ne platite.", "ru"),
    ("unofficial-channel", "VNIMANIE ot admina! v gruppe pishut ludi 'Koreya bez ekzamena, 1000$ za spisok', 'Angliya "
     "ferma oformlenie 2000$'. eto vse moshenniki, nikomu ne platite.", "ru"),
    # the verb after the quotation (Tajik "гуфта", "ваъда медиҳанд")
    ("upfront-fee", "Diqqat, hamdehaho! agar dar lichka 'anketaba 300 somoni kartaba guzaron' gufta nivisand, in "
     "fireb ast, ba admin xabar dihed.", "tg"),
    ("unofficial-channel", "Огоҳӣ аз хадамот! Саҳифаҳое ҳастанд, ки «бе имтиҳон ба Корея», «навбатро барои 1500 доллар "
     "тез мекунем» ваъда медиҳанд. Ба онҳо пул надиҳед. Тел.: +992 00 000 00 04", "tg"),
    # a verdict right after a quoted list, no "это"
    ("unofficial-channel", "Огоҳӣ аз шуъбаи шуғл! Эълонҳои «бе имтиҳон ба Корея мебарем», «визаи E-9 барои пул» — "
     "қаллобӣ мебошанд. Тел.: +992 00 000 00 05", "tg"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
