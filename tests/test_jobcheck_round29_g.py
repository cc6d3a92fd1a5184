"""Issue 16, round 29 (branch r29g): the genuine side (holdout29's notices rated high, and flags reported wrongly).

Made-up texts written for this file (never copied from a labelled set; fictional names "Пример", "Намуна", "Primer"),
in Russian and Tajik, Cyrillic and Latin letters. The ideas:

- a channel admin's moderation post quotes the posts it deletes: a noun of a post or an ad, or "of the kind", before
  the quotation ("Стираю объявления вида «...»", "reklama mepartoyand '...'", "эълонҳо монанди «...»"), "such posts" after it
  ("«...». Подобные посты удалим", "'...' - in xel e'lonho firib"); deleting such posts and banning their authors is a
  notice's own word ("Подобные посты удалим", "забаним", "inhoro pok mekunam");
- a go-between named in scare quotes ("ба «агентҳо» 12 000 сомонӣ супориданд", "«бригадиры» говорят") does what is
  others', to the end of its sentence; the Tajik imperfect "they used to say" ("мегуфтанд: «...»");
- a teacher writing to parents ("Муҳтарам падару модарон!", "Уважаемые родители"), a verdict "this is no work but a trap"
  ("Ин кор нест, ин қапқон аст", "Это не работа, а ловушка"), a civic centre that speaks ("Маркази ҷамъиятии «Намуна»");
- falling into debt is what a warning foretells ("ба қарз афтидан мебарад", "путь в долги"), no offer's debt;
- a notice's own messenger handle for reports ("шубҳа бошад, ба админ нависед @...") is no messenger-only contact;
- a European firm names itself by its legal form ("Primer Werk B.V.", "Namuna Oy", "Primer Kft.") and its street by the
  street word's ending ("Tuinweg 4", "Hauptstraße 12", "Tehdaskatu 7"): its employer is named and can be checked;
- a queue skipped ("без очереди", "бе навбат", "bez ocheredi") is a way round a state programme only in an ad that names one
  (Korea, the UK, its seasonal visa, the state agency): a go-between who puts you on a Russian warehouse "without the queue"
  offers no unofficial channel (rules' new `ad_any`);
- a referral's head before a dash says whose the money after it is ("За каждого приведённого друга — 2000 ₽ на карту"): a
  reward paid to the worker's card is no money handed to a card; a fee after a dash keeps its card;
- a sum taken off a price ("минус 5000 с оформления", "аз нархи ҳуҷҷат ... кам мекунем", "skidka s oformleniya") is a
  discount on the fee, not a deduction from pay; a ticket taken out of pay stays a debt;
- the hours of a working day ("az 7 subh to 10 shab shanbe ham kor", "с 9 до 23 воскресенье тоже"): the "to" before a
  weekday is an hour's, no deadline; a sign-up "до пятницы" beside a shift's hours stays one;
- a girl friend brought ("Як дугонаатонро биёред — 2500 рубл", "Приведи подругу") is a referral's reward, no money brought;
  money brought for a place stays a fee;
- the name of the channel a post was forwarded from ("Переслано из канала «Вакансии 24/7»", "Аз канали «Кор 24/7»") is no
  claim of the ad's own; the same words in the ad's body stay one;
- in a notice, what an indefinite someone does is others', to the end of its sentence ("як нафар ... 300 доллар нақд мегирад",
  "yak nafar bo nomi '...' pul mepursid", "некий «агент» берёт по 500$"); in an offer with no notice words it stays the offer's;
- a channel's rules and complaints to its admin are a notice's own words ("Правила канала: ...", "Qoidai kanal", "Shikoyat ba
  admin"), and the contact only in a messenger of the posts it deletes is others' ("e'lonho ki faqat lichka dorand hazf
  meshavand"); an offer dressed as a warning ("Осторожно, мошенники! Только у нас ... Пишите в личку") keeps it;
- "if someone ..." in a notice is others' ("Agar kase pasportata girifta bosha ...", "Если кто-то взял деньги ...");
- what go-betweens cannot do is their claim quoted ("Посредники не могут «поставить в квоту без экзамена»", "наметавонанд
  «...»"); a state fee paid on the official site is the state's ("сбор оплачивается только на официальном сайте"), a fee on
  "our official site" stays a fee;
- a later quotation that echoes words already reported ("«договор подпишете на месте» ... «договор на месте» часто
  оказывается другим"), and a question a notice answers next ("— Бригадир забрал паспорт, это нормально? — Нет. ..."), are
  others' words; a question an offer asks ("Нужна работа в Корее без экзамена? Пишите @...") is not answered, and its handle
  stays a messenger-only contact (a notice's handle is its own only beside a report or a doubt);
- "do not hand it over" to the reader at the end of a list of whom, or "to nobody" ("онро ба корфармо, бригадир ё миёнарав
  насупоред", "отдавать его нельзя никому") denies the passport handed; a clause that hands it over stays the flag;
- a work visa "not tourist" with the spoken "не" before the Tajik adjective ("Viza korii, ne turisti", "Визаи корӣ, не
  туристӣ"); a tourist visa "not a work one" stays the flag;
- "lately" ("Oxirin vaqt dar guruh ...", "в последнее время") is a time past, no "last group"; a notice's verdict "— это
  обман" is its own word; "not to a card" ("на ба корти шахсӣ", "не на личную карту") is no card asked;
- the topics of a talk ("дар бораи патент ва шартномаи кор дар Русия маълумот медиҳанд", "расскажут о договоре ... в России")
  name the contract as a subject, not one signed there;
- "вернём при увольнении" is the passport's only when its sentence names it: a pledge, a wage or a jacket returned at
  dismissal is no passport held;
- "not held back" in the spoken Russian-Tajik verb ("Чиптаро ширкат мехарад, аз маош ушлаб намемонад") denies the debt; "ушлаб
  мекунем" keeps it.

An offer with the same words of its own (a quotation of its own slogan, a real loan, a firm named «Агент»)
keeps its flags.
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

FOUND = [
    # an offer that quotes its own slogan after "реклама" / "пост", no notice words of its own
    ("upfront-fee", "Наша реклама: «Склад в Пример-городе, без опыта». Оформление 300$ предоплата. Пишите @primer_sklad", "ru"),
    ("upfront-fee", "Reklamai mo: 'Kor dar Namuna-shahr, be tajriba'. Pesh 300$ ba karta. Navised @namuna_kor", "tg"),
    # a real loan of the ticket, said by the firm
    ("debt-or-wage-withholding", "Кор дар Намуна-шаҳр, анбор. Чиптаро қарз медиҳем, баъд аз маош мебурем. Тел +7 900 000 00 61", "tg"),
    ("debt-or-wage-withholding", "Склад Пример. Билет в долг, потом вычтем из зарплаты. Тел. +7 900 000 00 62", "ru"),
    # a firm whose name is «Агент ...» asks its own fee
    ("upfront-fee", "Агентство «Посредник» набирает на склад. Оформление 400$ предоплата, пишите в WhatsApp +7 900 000 00 63", "ru"),
    # a messenger handle in an offer, not a notice
    ("messenger-only-contact", "Кор дар Намуна-шаҳр, анбор, маош 900$. Ба ман нависед @namuna_kor_xx", "tg"),
    # no firm, no street: a country and a messenger
    ("unverifiable-employer", "Работа в Нидерландах на теплице, 14 евро в час, пишите в WhatsApp +31 000 000 000", "ru"),
    ("unverifiable-employer", "Kor dar Bishkek KG, sklad, 500$ pesh. +996 000 000 000", "tg"),
    # the queue skipped in an ad that names a state programme
    ("unofficial-channel", "Сезонная работа в Великобритании, виза без очереди, 2000$ предоплата. Тел. +992 00 000 00 71", "ru"),
    ("unofficial-channel", "UK sezonka, bez ocheredi, 1500$ pesh. tel +992 00 000 00 72", "ru"),
    ("unofficial-channel", "Кор дар Корея бе навбат, 1500$ пешакӣ. Тел +992 00 000 00 73", "tg"),
    ("unofficial-channel", "Kor dar Koreya be navbat, 1500$ pesh. tel +992 00 000 00 74", "tg"),
    # a fee to a card after a dash, or after a referral's sentence
    ("cash-no-receipt", "Склад Пример. Запись на смену 1000 руб — скидывайте на карту администратору. Пишите @primer_sklad", "ru"),
    ("cash-no-receipt", "Склад Пример. Приведёшь друга — скидка. Оформление 500$ на карту менеджеру. Тел. +7 900 000 00 81", "ru"),
    # a ticket taken out of pay
    ("debt-or-wage-withholding", "Склад Пример. Билет покупаем мы, потом вычтем из зарплаты. Тел. +7 900 000 00 82", "ru"),
    ("debt-or-wage-withholding", "Анбори Намуна. Чиптаро мо мехарем, баъд аз маош мебурем. Тел +7 900 000 00 83", "tg"),
    # a deadline beside a shift's hours
    ("pressure-urgency", "Склад Пример. Запись только до пятницы! Смена с 8 до 20. Тел. +7 900 000 00 87", "ru"),
    ("pressure-urgency", "Склад Пример, смена с 8 до 20, запись до пятницы. Тел. +7 900 000 00 89", "ru"),
    # money brought for a place, a fee beside a friend taken along
    ("upfront-fee", "Сехи Намуна. Барои ҷой 3000 рубл биёред. Тел +7 900 000 00 93", "tg"),
    ("upfront-fee", "Цех Пример. Подругу можно взять с собой. Оформление 3000 ₽ оплатите до выезда. Тел. +7 900 000 00 94", "ru"),
    # round the clock in the ad's own words
    ("excessive-hours", "Склад Пример. Работаем 24/7, без выходных. Тел. +7 900 000 00 98", "ru"),
    # "someone" in an offer with no notice words of its own
    ("upfront-fee", "Склад в Пример-городе. Один человек от фирмы встретит вас, оформление 300$ предоплата на карту. Тел. +992 00 "
     "000 00 99", "ru"),
    ("upfront-fee", "Кор дар Намуна-шаҳр, анбор. Як нафар аз ширкат шуморо пешвоз мегирад, барои ҳуҷҷат 300$ пешакӣ медиҳед. Тел "
     "+992 00 000 00 99", "tg"),
    # an offer dressed as a warning keeps its messenger contact
    ("messenger-only-contact", "Осторожно, мошенники! Только у нас честная работа в Пример-стране, склад, 1200$. Пишите в личку "
     "@primer_rabota", "ru"),
    # a fee on the agency's own site
    ("upfront-fee", "Агентство Пример: работа в Корее. Регистрация на нашем официальном сайте — 300$ предоплата. Тел. +992 00 000 00 13",
     "ru"),
    # the passport handed over in its own clause, beside a "do not hand over"
    ("passport-retention", "Stroyka Primer. Pasport sdaete brigadiru na vremya raboty, telefon ne sdavayte. tel +7 900 000 00 23", "ru"),
    ("passport-retention", "Сехи Намуна. Шиносномаро ба бригадир супоред, ба дигарон насупоред. Тел +7 900 000 00 24", "tg"),
    # a tourist visa, "not a work one"
    ("tourist-visa", "Kor dar Dubai, bo vizai turisti meravem, ne korii. tel +992 00 000 00 26", "tg"),
    ("tourist-visa", "Кор дар Дубай, бо визаи туристӣ меравед, не корӣ. Тел +992 00 000 00 27", "tg"),
    # the last group, in Tajik Latin; a card "not cash"
    ("pressure-urgency", "Kor dar Koreya, oxirin guruh! 1500$ pesh. tel +992 00 000 00 29", "tg"),
    ("cash-no-receipt", "Кор дар Корея. Пул ба корти шахсӣ, на нақд. 1500$. Тел +992 00 000 00 32", "tg"),
    # the contract signed there
    ("no-written-contract", "Кор дар Намуна-шаҳр, анбор. Шартнома дар Русия имзо мешавад. Тел +7 900 000 00 35", "tg"),
    ("no-written-contract", "Склад Пример. Договор подпишем на месте, по приезду. Тел. +7 900 000 00 36", "ru"),
    # the passport returned only at the end
    ("passport-retention", "Склад Пример. Паспорт сдаёте бригадиру, вернём при увольнении. Тел. +7 900 000 00 39", "ru"),
    ("passport-retention", "Sklad Primer. Pasport u brigadira, vernem posle okonchaniya sezona. tel +7 900 000 00 40", "ru"),
    # the ticket held back from pay
    ("debt-or-wage-withholding", "Анбори Намуна. Чиптаро ширкат мехарад, баъд аз маош ушлаб мекунем. Тел +7 900 000 00 41", "tg"),
    # an offer dressed as a warning asks a question and gives its handle
    ("messenger-only-contact", "Осторожно, мошенники! Нужна работа в Корее без экзамена? Пишите @primer_korea", "ru"),
    ("messenger-only-contact", "Эҳтиёт шавед, қаллобон бисёранд! Кор дар Корея лозим? Нависед @namuna_korea", "tg"),
]

CLEAN = [
    # a moderation post: a noun of a post before the quotation, "such posts" after it, deleting and banning
    ("upfront-fee", "Правила чата Пример. Стираю объявления вида «Польша, виза за неделю, 1500$ предоплата» или «пиши в личку». "
     "Рабочая виза делается только через консульство. Авторов забаним.", "ru"),
    ("messenger-only-contact", "Правила чата Пример. Стираю объявления вида «Польша, виза за неделю, 1500$ предоплата» или «пиши в "
     "личку». Рабочая виза делается только через консульство. Авторов забаним.", "ru"),
    ("upfront-fee", "Админ группы «Пример»: в чате снова появились «посредники» с Англией: «сезонка, 12 000 сомони, осталось 3 "
     "места». Подобные посты удалим. Сезонная работа в Британии идёт только через лицензированных операторов.", "ru"),
    ("pressure-urgency", "Админ группы «Пример»: в чате снова появились «посредники» с Англией: «сезонка, 12 000 сомони, осталось 3 "
     "места». Подобные посты удалим. Сезонная работа в Британии идёт только через лицензированных операторов.", "ru"),
    ("no-written-contract", "admini guruh: dar kanal e'lon mepartoyand 'shartnoma darkor ne', 'pasportro ba sardor supored' - in xel "
     "e'lonho firib. inhoro pok mekunam.", "tg"),
    ("upfront-fee", "Админи гурӯҳ: эълонҳо монанди «виза ба Полша 1500$ пешакӣ» ва «дар личка нависед» — ин фиреб. Мо онҳоро "
     "ҳазф мекунем. Ба касе пул надиҳед.", "tg"),
    ("upfront-fee", "admin kanala: udalyaem posty vida \"Koreya bez ekzamena 1500$\". Rabota v Koree tolko cherez gosudarstvennoe "
     "agentstvo.", "ru"),
    # a go-between in scare quotes, the Tajik imperfect "they used to say"
    ("upfront-fee", "ОГОҲӢ. Кори мавсимӣ дар Британия танҳо тавассути операторҳои литсензиядор аст. Соли гузашта чанд нафар ба "
     "«агентҳо» 12 000 сомонӣ медоданд, чунки ба мо мегуфтанд: «бе навбат мефиристем, ҳуҷҷатро худамон мекунем». Ба касе пул "
     "надиҳед.", "tg"),
    ("unofficial-channel", "ОГОҲӢ. Кори мавсимӣ дар Британия танҳо тавассути операторҳои литсензиядор аст. Соли гузашта чанд нафар "
     "ба «агентҳо» 12 000 сомонӣ медоданд, чунки ба мо мегуфтанд: «бе навбат мефиристем, ҳуҷҷатро худамон мекунем». Ба касе пул "
     "надиҳед.", "tg"),
    ("upfront-fee", "ОГОҲӢ. Кори мавсимӣ дар Британия танҳо тавассути операторҳои литсензиядор аст. Соли гузашта чанд нафар ба "
     "«агентҳо» барои ҷой дар рӯйхат 12 000 сомонӣ доданд. Ба касе пул надиҳед.", "tg"),
    ("upfront-fee", "Памятка мигранту. В прошлом году многие отдали «посредникам» по 1500$ за визу в Пример-страну. Не "
     "переводите деньги на личные карты.", "ru"),
    # a teacher to the parents, "this is no work but a trap"
    ("tourist-visa", "Муҳтарам падару модарон! Ба хонандагони синфи 10 дар шабакаҳо менависанд: «Дар Намуна-шаҳр кори официантка, "
     "2000$, бо визаи туристӣ». Ин кор нест, ин қапқон аст. Ба роҳбарияти мактаб хабар диҳед: +992 00 000 00 64", "tg"),
    ("tourist-visa", "Уважаемые родители! Девочкам 11 класса пишут в соцсетях: «Официантки в Пример-город, 2000$, виза "
     "туристическая». Это не работа, а ловушка. Звоните в школу: +992 00 000 00 65", "ru"),
    # a civic centre, falling into debt foretold
    ("debt-or-wage-withholding", "Маркази ҷамъиятии «Намуна»: як «бригадир» ба ҷавонон мегӯяд «пули чиптаро баъд аз маош "
     "мебурем». Ин шуморо ба қарз афтидан мебарад. Маслиҳат ройгон: +992 00 000 00 66", "tg"),
    ("tourist-visa", "Маркази ҷамъиятии «Намуна» огоҳ мекунад: як «бригадир» мегӯяд «дар фурудгоҳ бигӯед, ки ба меҳмонӣ "
     "меравед». Маслиҳат ройгон: +992 00 000 00 67", "tg"),
    ("debt-or-wage-withholding", "Общественный центр «Пример» напоминает: «билет в долг из зарплаты» — это путь в долги. "
     "Консультация бесплатно: +992 00 000 00 68", "ru"),
    # a notice's own handle for reports
    ("messenger-only-contact", "admini guruh: dar kanal e'lon mepartoyand 'pul pesh dihed, viza tayyor' - in xel e'lonho firib. "
     "inhoro pok mekunam. agar shubha bosha ba admin navised @namuna_admin", "tg"),
    # a European firm by its legal form and its street
    ("unverifiable-employer", "Primer Tuinbouw B.V. (Нидерланды, Tuinweg 4, тел. +31 000 000 000) ищет сборщиков огурцов. Оплата 13 "
     "евро в час брутто, жильё 100 евро в неделю.", "ru"),
    ("unverifiable-employer", "Namuna Oy (Финляндия, Tehdaskatu 7) ба кори мавсимӣ одам мегирад, 12 евро дар як соат, шартнома "
     "пеш аз сафар.", "tg"),
    ("unverifiable-employer", "Primer Kft. (Vengriya, Fő utca 2), zavod, 1200 evro brutto, dogovor do vyezda. tel +36 000 000 000", "ru"),
    ("unverifiable-employer", "Namuna Logistik GmbH, Hauptstraße 12, Berlin: Lagerhelfer, 14 евро в час, договор до выезда.", "ru"),
    # a queue skipped where no state programme is named
    ("unofficial-channel", "Склад в Подольске. Через нашего человека устроитесь без очереди, 5000 наличными. Тел. +7 900 000 00 75", "ru"),
    ("unofficial-channel", "Анбор дар Подолск. Ба бригадир 5000 рубл нақд диҳед, бе навбат мегузорад. Тел +7 900 000 00 76", "tg"),
    ("unofficial-channel", "V Primer-gorod bez ocheredi! Sklad, 800$ za priglashenie. tel +992 00 000 00 77", "ru"),
    # a referral's reward to the worker's card
    ("cash-no-receipt", "ООО «Пример», Москва, ул. Ленина 1. Комплектовщики. За каждого приведённого друга — 2000 ₽ на карту.", "ru"),
    ("cash-no-receipt", "OOO Primer, Moskva, ul. Lenina 1. Za kazhdogo privedennogo druga — 2000 rub na kartu.", "ru"),
    ("cash-no-receipt", "Ширкати «Намуна», Душанбе, кӯчаи Айнӣ 0. Барои ҳар дӯсти овардаатон — 100$ ба корт.", "tg"),
    # a discount on the fee
    ("debt-or-wage-withholding", "ООО «Пример», Астана, ул. Абая 1. Курьеры. Оформление 20 000 тенге. Приведёшь земляка — минус 5000 с "
     "оформления.", "ru"),
    ("debt-or-wage-withholding", "Ширкати «Намуна», Душанбе, кӯчаи Айнӣ 0. Ҳуҷҷатҳо 1000 сомонӣ. Дӯстатонро биёред — аз нархи ҳуҷҷат "
     "300 сомонӣ кам мекунем.", "tg"),
    ("debt-or-wage-withholding", "OOO Primer, Moskva, ul. Lenina 1. Oformlenie 5000 rub. Privedi druga — minus 1000 s oformleniya.", "ru"),
    # a working day's hours before a weekday
    ("pressure-urgency", "Sexi Namuna. Kor az 7 subh to 10 shab shanbe ham kor. tel +992 00 000 00 84", "tg"),
    ("pressure-urgency", "Цех Пример. Работа с 9 до 23 воскресенье тоже. Тел. +7 900 000 00 85", "ru"),
    ("pressure-urgency", "Сехи Намуна. Кор аз 8 то 22 якшанбе ҳам. Тел +992 00 000 00 86", "tg"),
    # a girl friend brought for a reward
    ("upfront-fee", "Сехи Намуна дар Подолск. Як дугонаатонро биёред — 2500 рубл. Тел +7 900 000 00 90", "tg"),
    ("upfront-fee", "Sexi Namuna. Yak dugonaatonro biyored — 2500 rubl. tel +7 900 000 00 92", "tg"),
    ("upfront-fee", "Цех Пример. Приведи подругу — 2000 ₽. Тел. +7 900 000 00 91", "ru"),
    # the channel's name in a forwarded post's header
    ("excessive-hours", "Переслано из канала «Вакансии Пример 24/7»:\nООО «Пример», Москва, ул. Ленина 1. Склад, смена 8 часов, график "
     "5/2. Тел. +7 900 000 00 95", "ru"),
    ("excessive-hours", "Pereslano iz kanala 'Srochno Rabota 24/7':\nOOO Primer, Moskva, ul. Lenina 1. Sklad, smena 8 chasov, grafik "
     "5/2. tel +7 900 000 00 96", "ru"),
    ("excessive-hours", "Аз канали «Кор 24/7» ирсол шуд. ООО «Пример», Москва, ул. Ленина 1. Склад, смена 8 соат. Тел +7 900 000 00 97",
     "tg"),
    # what an indefinite someone does, in a notice
    ("upfront-fee", "Маркази фарҳангии «Намуна»: баъд аз намоз як нафар «рӯйхати кор ба Англия» навишта, аз ҳар кас 300 доллар нақд "
     "мегирад. Кори мавсимии Англия танҳо тавассути операторони иҷозатномадор аст. Пул надиҳед.", "tg"),
    ("cash-no-receipt", "Маркази фарҳангии «Намуна»: баъд аз намоз як нафар «рӯйхати кор ба Англия» навишта, аз ҳар кас 300 доллар "
     "нақд мегирад. Кори мавсимии Англия танҳо тавассути операторони иҷозатномадор аст. Пул надиҳед.", "tg"),
    ("upfront-fee", "ADMIN: diqqat! yak nafar bo nomi 'Primer agent' baroi kori Koreya 500$ mepursid. Koreya faqat az Xadamoti "
     "muhojirat. Ba admin xabar dihed.", "tg"),
    ("upfront-fee", "Памятка мигранту. В чате некий «агент» берёт по 500$ за место в списке на Корею. Работа в Корее только через "
     "государственное агентство. Никому не переводите деньги.", "ru"),
    # a channel's rules: the messenger-only posts it deletes
    ("messenger-only-contact", "Правила канала «Пример»: публикуем вакансии только с названием фирмы и адресом. Объявления, где контакт "
     "только в личке, удаляются. Жалобы — админу.", "ru"),
    ("messenger-only-contact", "Qoidai kanal: e'lonho ki faqat lichka dorand hazf meshavand. Shikoyat ba admin: +992 00 000 00 11", "tg"),
    ("messenger-only-contact", "Қоидаи гурӯҳ: эълонҳое, ки танҳо личка доранд, ҳазф мешаванд. Шикоят ба админ: +992 00 000 00 12", "tg"),
    # "if someone ..." in a notice
    ("upfront-fee", "ADMIN: Koreya faqat az Xadamoti muhojirat. Agar kase az shumo 500$ girifta gum shuda bosha, ba man zang zaned "
     "+992 00 000 00 16. Ehtiyot boshed.", "tg"),
    ("passport-retention", "Горячая линия для мигрантов. Если кто-то забрал ваш паспорт «на регистрацию», звоните нам: +7 900 000 00 17.",
     "ru"),
    # what go-betweens cannot do; a state fee on the official site
    ("unofficial-channel", "Миграционная служба сообщает: регистрационный сбор оплачивается только на официальном сайте, с квитанцией. "
     "Посредники не могут «поставить в квоту без экзамена». Тел. +992 00 000 00 15", "ru"),
    ("upfront-fee", "Миграционная служба сообщает: регистрационный сбор оплачивается только на официальном сайте, с квитанцией. "
     "Посредники не могут «поставить в квоту без экзамена». Тел. +992 00 000 00 15", "ru"),
    # "do not hand it over" after a list of whom, "to nobody"
    ("passport-retention", "Ширкати «Намуна», Душанбе, кӯчаи Айнӣ 0. Шиноснома ҳуҷҷати шахсии шумост: онро ба корфармо, бригадир ё "
     "миёнарав «барои нигоҳдорӣ» насупоред.", "tg"),
    ("passport-retention", "ООО «Пример», Самара, ул. Садовая 0. Паспорт — ваш документ, отдавать его нельзя никому, даже «на время».",
     "ru"),
    # a work visa, "not tourist"
    ("tourist-visa", "Ширкати «Намуна», Душанбе, кӯчаи Айнӣ 0. Визаи корӣ, не туристӣ. Шартнома пеш аз сафар.", "tg"),
    ("tourist-visa", "Agentii 'Namuna', Dushanbe, kuchai Somoni 0. Viza korii, ne turisti. Shartnoma pesh az safar.", "tg"),
    # "lately"; a verdict "это обман"; "not to a card"
    ("pressure-urgency", "Admin: diqqat! Oxirin vaqt dar guruh odamho navishtand \"Koreya bez ekzamen 1500$\". Ino qalloband. Koreya "
     "faqat ba vositai Xadamoti muhojirat.", "tg"),
    ("pressure-urgency", "Информация: если вам говорят «виза за 18 000 сомони», «осталось 5 мест» — это обман. Подача заявки "
     "бесплатна. Тел. +992 00 000 00 30", "ru"),
    ("cash-no-receipt", "Хадамоти муҳоҷират: боҷи имтиҳон танҳо ба ҳисоби расмӣ пардохт мешавад, на ба корти шахсӣ. Тел +992 00 000 "
     "00 31", "tg"),
    # the contract as a topic of a talk
    ("no-written-contract", "Ҷамоати Намуна: рӯзи шанбе вохӯрӣ. Дар бораи патент ва шартномаи кор дар Русия маълумот медиҳанд. Иштирок "
     "ройгон. Тел +992 00 000 00 33", "tg"),
    ("no-written-contract", "Центр «Пример» приглашает на встречу: расскажут о договоре и регистрации в России. Вход свободный. Тел. +992 "
     "00 000 00 34", "ru"),
    # a pledge or a jacket returned at dismissal
    ("passport-retention", "ООО «Пример», Казань, ул. Ленина 1. Первая зарплата остаётся у фирмы как залог, вернём при увольнении. Тел. "
     "+7 900 000 00 37", "ru"),
    ("passport-retention", "Kompaniya Primer, ul. Lesnaya 0. Termokorob vydaem pod raspisku, vernut pri uvolnenii. tel +7 900 000 00 38", "ru"),
    # the ticket not held back
    ("debt-or-wage-withholding", "ООО «Пример», Тюмен, кӯчаи Республики 0. Чиптаро ширкат мехарад, аз маош ушлаб намемонад. Тел +7 900 000 "
     "00 42", "tg"),
    ("debt-or-wage-withholding", "OOO Primer, Tyumen, ul. Respubliki 0. Chiptaro shirkat mexarad, az maosh ushlab namekunem. tel +7 900 000 "
     "00 43", "tg"),
    # a quotation that echoes one reported; a question a notice answers
    ("no-written-contract", "Горячая линия ОО «Пример». В чатах ходят объявления: «Чехия, завод, 2000 евро, договор подпишете на месте». "
     "А «договор на месте» часто оказывается другим. Требуйте договор до выезда. Тел. +992 00 000 00 22", "ru"),
    ("passport-retention", "Горячая линия ОО «Пример».\n— Бригадир забрал паспорт «на хранение», это нормально?\n— Нет. Никто не "
     "имеет права держать ваш паспорт. Звоните: +7 900 000 00 20", "ru"),
    ("passport-retention", "Хати боварии ташкилоти ҷамъиятии «Намуна».\n— Корфармо шиносномаро «барои нигоҳдорӣ» гирифт, ин дуруст "
     "аст?\n— Не. Ҳеҷ кас ҳақ надорад шиносномаи шуморо нигоҳ дорад. Тел +992 00 000 00 21", "tg"),
    ("unofficial-channel", "Хадамоти муҳоҷират огоҳ мекунад: боҷи бақайдгирӣ танҳо дар сомонаи расмӣ пардохт мешавад, бо квитансия. Миёнаравҳо "
     "наметавонанд «бе навбат ба Корея фиристанд». Тел +992 00 000 00 14", "tg"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
