"""Issue 16, round 27 (branch r27g): the words a notice reports, in every form (holdout26/27's genuine misses).

Made-up texts written for this file (never copied from a labelled set), in Russian and Tajik, Cyrillic and
Latin letters. Round 26 read a quotation as others' words after a verb of saying in the plural; the ideas here:

- the verb in every person, number and tense, both scripts ("бригадир говорит «...»", "если он скажет «...»",
  "агар дар эълон навишта бошад: «...»", "vay navishta bud: «...»", "odamho navishtand \"...\"", "kase guft «...»");
- a noun of an ad or a phrase before the quotation ("объявления «...»", "Фраза «...»", "Предложение «...»",
  "эълонҳо «...»", "e'lonho hastand \"...\"");
- ", что" / ", ки" between the verb and the quotation ("гӯянд, ки «...»"), and the verb itself inside the report;
- more verdicts after a quotation ("«...» — нарушение закона", "— повод насторожиться", "— эҳтиёт шавед",
  "«...». Это не мы.");
- the next quotation of the same report a few words on ("объявления о «...» с оплатой «за место в списке»");
- indirect speech after such a verb is reported to the end of its sentence ("Вам пишет «подруга», что ... надо
  скинуть ей на карту", "agar meguyand, ki pasportro supored"); "we say that" (first person) is the firm's own word;
- what others do in the notice's name is theirs to the end of its sentence ("шахсоне бо номи мо эълон медиҳанд ва
  ... 2000 сомонӣ мегиранд", "каналы, которые от нашего имени ... просят перевод на личную карту");
- a cue that carries its own "not" ("шартнома лозим не") is others' words too when a notice quotes it;
- a firm that says what it does not accept ("не принимаем переводы на личные карты", "ба корти шахсӣ пул қабул
  намекунем") denies the card, not asks it.

An offer that quotes its own terms, or quotes a warning and then asks in its own words, keeps its flags.
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

FOUND = [
    # an offer's own words, no notice around them
    ("no-written-contract", "Стройка в Подмосковье, бригадир говорит: договор не нужен, работаем на доверии. +7 900 000 00 31", "ru"),
    ("no-written-contract", "Kor dar Maskav, shartnoma lozim ne, ba etimod kor mekunem. Tel +7 900 000 00 32", "tg"),
    ("tourist-visa", "Кор дар Туркия, бо визаи туристӣ меравед, дар ҷой ҳал мешавад. Тел +992 00 000 00 33", "tg"),
    # a warning first, then the offer asks in its own words
    ("upfront-fee", "Осторожно, мошенники говорят «работа без опыта». У нас честно: оформление 400$ предоплата, "
     "пишите в WhatsApp +7 900 000 00 34", "ru"),
    ("cash-no-receipt", "Кор дар Русия. Бе пешпардохт ҳуҷҷатҳоро қабул намекунем, 300$ ба корти шахсӣ гузаронед.", "tg"),
    # "we say that ..." is the firm's own word, not a report (first person)
    ("upfront-fee", "Эҳтиёт шавед, қаллобон бисёранд! Мо мегӯем, ки пешпардохт 300$ ба корти шахсӣ лозим. +992 00 000 00 35", "tg"),
    ("upfront-fee", "Осторожно, мошенники! Мы честные. Говорим сразу, что предоплата 300$ на карту обязательна. "
     "WhatsApp +7 900 000 00 36", "ru"),
    # an offer's own quotations one after another
    ("upfront-fee", "Работа «Пример» в Польше, склад. Бронь места «за место в списке» 200$ предоплата. Пишите @primer_pl", "ru"),
    # a sentence in the firm's own name asks the fee
    ("upfront-fee", "Кор дар Полша, анбор. Аз номи мо менеҷер виза мекунад, пешпардохт 500$, пулро ба корти шахсӣ гузаронед. "
     "Нависед @namuna_pl", "tg"),
    # indirect speech in an offer with no notice around it
    ("passport-retention", "Вахта Тюмень. Бригадир обещает, что паспорт будет храниться у него до конца вахты. +7 900 000 00 37", "ru"),
    ("upfront-fee", "Работа в Польше, склад. Без предоплаты анкеты не принимаем, предоплата 200$ на личную карту. "
     "Пишите в WhatsApp", "ru"),
]

CLEAN = [
    # the verb in the singular, the future, the past
    ("passport-retention", "Горячая линия ОО «Пример» для мигрантов. Позвоните, если бригадир говорит «паспорт сдай мне "
     "на хранение» или «без паспорта не отпущу». Консультация бесплатная: +7 900 000 00 41", "ru"),
    ("no-written-contract", "Памятка мигранту от центра «Пример». Если работодатель скажет «договор не нужен, работаем на "
     "доверии» — требуйте письменный договор. Телефон доверия +7 900 000 00 42", "ru"),
    ("upfront-fee", "Ташкилоти ҷамъиятии «Намуна» огоҳ мекунад: агар дар эълон навишта бошад: «пешпардохт барои чипта» ё "
     "«пул ба корти шахсӣ», ба мо занг занед. Хати боварӣ +992 00 000 00 43", "tg"),
    ("tourist-visa", "Admini kanal ogoh mekunad: yak agent navishta bud: «vizai turisti kifoya, dar joy hal meshavad». Ehtiyot "
     "boshed, ba admin navised. +992 00 000 00 44", "tg"),
    ("upfront-fee", "Diqqat! Hamdehaho, dar guruh odamho navishtand \"viza 15 ming somoni, 100%\". Ino qalloband, pul "
     "nadihed. Admin +992 00 000 00 45", "tg"),
    ("pressure-urgency", "Admini guruh ogoh mekunad: agar kase guft «zud bosh, 2 joy mond» — avval tafish kuned, pul "
     "nadihed. +992 00 000 00 46", "tg"),
    # a noun of an ad or a phrase before the quotation
    ("vague-job", "Посольство Республики Пример напоминает: в Telegram распространяются объявления «работа в Алматы "
     "для всех, оплата 20 000 тенге на карту». Никому не переводите деньги. Тел. +7 700 000 00 47", "ru"),
    ("debt-or-wage-withholding", "Памятка от центра для мигрантов «Пример». Предложение «билет в долг, потом "
     "отработаешь» ведёт к кабале. Звоните на горячую линию +7 900 000 00 48", "ru"),
    ("sexual-exploitation-risk", "DIQQAT, DUKHTARON! Tashkiloti jamiyatii \"Namuna\" ogoh mekunad: dar Telegram e'lonho "
     "hastand \"hostess dar Dubai, 5000$, tajriba lozim ne\". Pasportatonro ba kase nadihed. +992 00 000 00 49", "tg"),
    # ", ки" between the verb and the quotation, the verb inside the report
    ("tourist-visa", "Агентии «Намуна» (литсензия № 0000) огоҳ мекунад: агар ба шумо гӯянд, ки «бо визаи туристӣ рав, "
     "дар ҷой ҳал мешавад» — ин фиреб аст. Тел +992 00 000 00 50", "tg"),
    # verdicts after the quotation
    ("debt-or-wage-withholding", "Посольство Республики Пример напоминает гражданам: «расчёт в конце сезона» — повод "
     "насторожиться. Требуйте договор. Тел. +7 900 000 00 51", "ru"),
    ("no-written-contract", "Сафорати Ҷумҳурии Намуна огоҳ мекунад: «шартнома лозим не, ба эътимод кор мекунем» — "
     "эҳтиёт шавед. Хати боварӣ +7 900 000 00 52", "tg"),
    ("upfront-fee", "ВНИМАНИЕ! Агентство «Пример» (лицензия № 0000) сообщает: каналы от нашего имени берут «по 300$ "
     "за оформление». Это не мы. Офис: г. Худжанд, ул. Ленина, 0", "ru"),
    # indirect speech after a verb of saying, to the end of its sentence
    ("cash-no-receipt", "Горячая линия для женщин-мигранток ОО «Пример». Вам пишет «подруга», что нашла место в семье, но "
     "сначала надо скинуть ей на карту «за помощь»? Позвоните нам: +992 00 000 00 53", "ru"),
    ("passport-retention", "Ehtiyot boshed! Agar ba shumo meguyand, ki pasportro ba korfarmo supored, ba mo zang zaned. Xati "
     "boovari +992 00 000 00 54", "tg"),
    # the next quotation of the same report, a few words on
    ("upfront-fee", "Миграционная служба Республики Пример предупреждает: в соцсетях появились объявления о «работе на "
     "полях Ростова» с оплатой «за место в списке» или «за анкету». Законные агентства не берут денег с работников.", "ru"),
    ("upfront-fee", "Хадамоти муҳоҷирати Намуна огоҳ мекунад: дар шабакаҳо эълонҳо дар бораи «кор дар Маскав» бо пардохти "
     "«барои ҷой дар рӯйхат» пайдо шуданд. Ба касе пул надиҳед.", "tg"),
    # what others do in the notice's name
    ("upfront-fee", "Агентии «Намуна» (литсензия № 0000) огоҳ мекунад: дар Telegram шахсоне бо номи мо эълон медиҳанд ва "
     "барои ҷой дар Маскав 2000 сомонӣ мегиранд. Мо аз коргар пул намегирем. Тел +992 00 000 00 55", "tg"),
    ("cash-no-receipt", "ВНИМАНИЕ! Агентство «Пример» (лицензия № 0000): каналы, которые от нашего имени набирают сиделок, "
     "просят перевод на личную карту. Это мошенники. Тел. +992 00 000 00 56", "ru"),
    # what a firm does not accept
    ("cash-no-receipt", "ООО «Пример», Москва, ул. Ленина 1. Мы не принимаем переводы на личные карты, оплата только по "
     "счёту.", "ru"),
    ("cash-no-receipt", "Ширкати «Намуна», Душанбе, кӯчаи Айнӣ 0. Пулро ба корти шахсӣ қабул намекунем.", "tg"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
