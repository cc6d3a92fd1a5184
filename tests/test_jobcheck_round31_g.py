"""Issue 16, round 31 (branch r31g): genuine ads that rated high or medium, and wrong flags, as structures rather than wordings.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each idea keeps a genuine ad clean, and
the scam's flag next to it is still found:

- passport-retention: the passport only shown, in every person of the Tajik "нишон додан" ("шиносномаро нишон медиҳӣ",
  "nishon medihi", "нишон медиҳанд"), not only "нишон медиҳед"; a passport handed to the foreman is still found;
- a notice's list of schemes or cases (``reports.listed_schemes``): a heading that names schemes, cases or tricks ("разбирают типичные
  схемы", "о случаях", "Нақшаи қаллобон", "sluchai") and the numbered or bulleted lines after it tell what others did; a list of an
  offer's own terms under any other heading ("Условия:", "Шартҳо:") is still read;
- what a notice reports without quotation marks (``reports.unquoted_reports``), up to its verdict ("— это мошенники", "eto razvod"):
  what is said "allegedly" ("якобы от канала", "yakoby ot kanala", "гӯё аз номи канал"); what others write about ("pishut pro Litvu
  ... 900 dollarov"); what was done to the reader, a condition with a past plural ("Если вам предложили ... или взяли 5000", "Агар ба
  шумо ... пешниҳод карданд ё ... гирифтанд"); an offer's own condition ("Если вам нужна работа — предоплата 500$", "Агар ба шумо кор
  лозим бошад, 500 доллар ... фиристед") is still read;
- what befell those who turned to a notice's author, after "who" ("Ба мо бачаҳое муроҷиат мекунанд, ки ... 800 доллар пешакӣ доданд",
  "К нам обращаются люди, которые заплатили предоплату 800$", "qabul mekunad, ki ... pul dodand"); an offer's "those who come"
  ("Кто приходит, тот платит предоплату") is still read;
- what an indefinite "one person" ("як кас", "yak kas") does, and what is done "in our channel's name" ("az nomi kanali mo", "аз номи
  канали мо", "от имени канала"), to the end of its sentence; a recruiter's own "one person" is still read when it makes no notice;
- a channel's "real vacancies" ("pravila u nas prostye nastoyashie vakansii ...", "у нас ... настоящие вакансии"): a post word right after
  "у нас настоящие" makes it the channel's rule, not an offer dressed as a warning (``notice_void``); "Осторожно, мошенники! У нас
  настоящая работа ..., пишите в личку" is still an offer;
- a notice addressed "to the compatriots" ("Сафорат ба ҳамватанон ... хабар медиҳад", like "ба шаҳрвандон"), and a body that says it does
  not work with such people ("Консулгарӣ бо чунин шахсон ҳамкорӣ намекунад", "Мы не сотрудничаем с посредниками"): what it quotes
  is others'; a firm's own fee told "to the compatriots" is still read;
- unrealistic-pay: the Hungarian forint and the Romanian leu are currencies of their own ("360 000 forintov", "3800 лей"), not euros;
  the Central European countries in Latin letters ("Vengriya", "Rumyniya"); rent in Latin letters ("zhile 25 000 v mesyac") is no pay;
  a forint pay far above the usual is still found;
- pressure-urgency: an office's daily closing hour, the hour right after the verb ("Приём документов заканчивается в 18:00", "Qabul
  soati 17 tamom meshavad"), and a list said not to close ("Запись не закрывается", "Рӯйхат баста намешавад") are no deadline; a
  list that closes tomorrow or on a named day at an hour is still found;
- sexual-exploitation-risk: a sauna the place has, right beside "there is" or the bath house ("на ферме есть баня и сауна", "dar ferma
  sauna hast", "хобгоҳ бо сауна"), is an amenity; girls asked for a sauna ("девушки в сауну", "духтарон ... дар сауна") are still found;
- a firm's notice that says what it does not do in the first person plural ("Мы не ведём набор через Telegram", "не принимаем оплату",
  "Мо ... пул қабул намекунем", "ne prodaem mest"), not only the third ("Служба не ведёт набор"): what it quotes in its name is others'
  offer; a firm that takes no cash but asks a transfer is still read;
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

PASSPORT = "passport-retention"
FEE = "upfront-fee"
VAGUE = "vague-job"
PAY = "unrealistic-pay"
PRESSURE = "pressure-urgency"
SEXUAL = "sexual-exploitation-risk"

FOUND = [
    # girls asked for a sauna
    (SEXUAL, "Ферма «Пример». Нужны девушки в сауну, 5000 за вечер. Тел +7 900 000-00-00", "ru"),
    (SEXUAL, "Барои духтарон кор дар сауна, шабона, 500 доллар. Тел +992 00 000 00 00", "tg"),
    # a list that closes tomorrow or on a named day
    (PRESSURE, "Набор закрывается завтра в 18:00. Склад «Пример», тел +7 900 000-00-00", "ru"),
    (PRESSURE, "Запись закрывается в пятницу в 18:00. Польша, склад. Тел +7 900 000-00-00", "ru"),
    (PRESSURE, "Рӯйхат пагоҳ баста мешавад. Полша, анбор. Тел +992 00 000 00 00", "tg"),
    # a forint pay far above the usual
    (PAY, "Vengriya bez opyta zp 3 000 000 forintov v mesyac, pishi v lichku +992 00 000 00 00", "ru"),
    # a firm's own fee told to the compatriots
    (FEE, "Ширкати «Намуна» ба ҳамватанон хабар медиҳад: кор дар Дубай, пешпардохт 500$ ба корт. Тел +992 00 000 00 00", "tg"),
    # an offer dressed as a warning
    (VAGUE, "Осторожно, мошенники! У нас настоящая работа в Польше, 5000 евро, опыт не нужен. Пишите в личку +7 900 000-00-00", "ru"),
    (VAGUE, "Ehtiyot boshed, qallobon! Mo haqiqi kor dorem dar Polsha, 5000 evro. Ba lichka navised +992 00 000 00 00", "tg"),
    # a recruiter's own "one person" with no notice
    (FEE, "Koreya E9 bez TOPIK, yak kas 2000$ peshaki medihad, joy kam. Tel +992 00 000 00 00", "tg"),
    # an offer's own "those who come"
    (FEE, "Агентство «Пример»: визы в Польшу. Кто приходит к нам, вносит предоплату 800$ за визу. Тел +7 900 000-00-00", "ru"),
    # a firm that takes no cash but asks a transfer
    (FEE, "ООО «Пример» набирает водителей в Литву. Мы не ведём набор через биржи. Предоплата за визу 700 € на карту координатора. "
     "Тел +7 900 000-00-00", "ru"),
    # an offer's own condition
    (FEE, "Если вам нужна работа в Польше — предоплата 500$ на карту. Остерегайтесь мошенников! Тел +7 900 000-00-00", "ru"),
    (FEE, "Агар ба шумо кор лозим бошад, 500 доллар пешакӣ ба корт фиристед. Аз қаллобон эҳтиёт шавед. Тел +992 00 000 00 00", "tg"),
    # a numbered list of an offer's own terms
    (FEE, "Склад «Пример», Москва. Условия:\n1) Залог за форму 4000 руб. на карту бригадира.\n2) Оплата 3000 за смену.\nТел +7 900 000-00-00",
     "ru"),
    (FEE, "Ширкати «Намуна». Шартҳо:\n1) Пешпардохт 500 доллар барои виза.\n2) Маош 1200 доллар.\nТел +992 00 000 00 00", "tg"),
    # the passport handed in, still found
    (PASSPORT, "Бригадаи Намуна, Тошкент. Шиносномаро ба бригадир медиҳӣ, баъди мавсим мегирӣ. Тел +992 00 000 00 00", "tg"),
    (PASSPORT, "Brigadai Namuna. Shinosnomaro ba brigadir medihi, bad az mavsim megiri. Tel +992 00 000 00 00", "tg"),
]

CLEAN = [
    # a sauna the place has
    (SEXUAL, "Ферма «Пример», Тверская обл. Доярки, 45 000 руб в месяц, жильё бесплатно, на ферме есть баня и сауна. Тел +7 900 000-00-00",
     "ru"),
    (SEXUAL, "Fermai «Namuna», viloyati Tver. Shirdoshon lozim, 45 000 rubl, xona bepul, dar ferma sauna hast. Tel +7 900 000 00 00", "tg"),
    (SEXUAL, "Хоҷагии «Намуна», вилояти Твер. Ширдӯшон лозим, 45 000 рубл, хобгоҳ бо сауна бепул. Тел +7 900 000 00 00", "tg"),
    # an office's closing hour; a list that does not close
    (PRESSURE, "Миграционный центр «Пример», г. Казань, ул. Лесная 0. Приём документов заканчивается в 18:00. Тел +7 900 000-00-00",
     "ru"),
    (PRESSURE, "Склад ООО «Пример», Москва, ул. Лесная 0. Грузчики, 3000 за смену, договор. Запись не закрывается, звоните. Тел +7 900 "
     "000-00-00", "ru"),
    (PRESSURE, "Маркази «Намуна», Хуҷанд, кӯчаи Намуна 0. Қабули ҳуҷҷатҳо соати 17 тамом мешавад. Тел +992 00 000 00 00", "tg"),
    (PRESSURE, "Markazi «Namuna», Xujand. Qabuli hujjatho soati 17 tamom meshavad. Tel +992 00 000 00 00", "tg"),
    (PRESSURE, "Корхонаи «Намуна», Душанбе. Рӯйхат баста намешавад, ҳар вақт занг занед. Тел +992 00 000 00 00", "tg"),
    # forints and lei; rent in Latin letters
    (PAY, "Vengriya teplitsy firma Primer Kft rabota 8 chasov zp 360 000 forintov kazhdyi mesyac zhile 25 000 v mesyac dogovor do vyezda "
     "tel +992 00 000 00 00", "ru"),
    (PAY, "Хлебозавод «Пример SRL», Румыния: пекари, 3800 лей нетто в месяц, жильё бесплатно, договор до выезда. Тел +992 00 000 00 00",
     "ru"),
    (PAY, "Nonvoixonai «Namuna SRL», Rumyniya: novvoyho lozim, maosh 4000 lei dar moh, shartnoma pesh az safar. Tel +992 00 000 00 00",
     "tg"),
    # to the compatriots; a body that does not work with such people
    (FEE, "Сафорати «Намуна» ба ҳамватанон хабар медиҳад. Ба онҳо гуфта буданд: «пули виза 5000 сомонӣ ба корт». Бо визаи туристӣ кор "
     "кардан манъ аст. Тел +992 00 000 00 00", "tg"),
    (FEE, "Консулгарии «Намуна». Ба консулгарӣ ҳамватанон муроҷиат мекунанд, ки бо онҳо шахсоне тамос гирифта, 30 000 рубл пешакӣ ба "
     "корти шахсӣ гирифтаанд. Консулгарӣ бо чунин шахсон ҳамкорӣ намекунад. Тел +992 00 000 00 00", "tg"),
    # a channel's real vacancies
    (VAGUE, "ADMIN kanala Primer: v kommentah pishut pro Polshu 5000 evro opyt ne nuzhen eto razvod takih blokiruem. pravila u nas prostye "
     "nastoyashie vakansii tolko s nazvaniem firmy i adresom. voprosy adminu +7 900 000 00 00", "ru"),
    (VAGUE, "Админ канала «Пример»: в комментариях пишут про Польшу 5000 евро без опыта — это развод, таких блокируем. Правила у нас "
     "простые: настоящие вакансии только с названием фирмы и адресом. Вопросы админу +7 900 000-00-00", "ru"),
    # one person, in our channel's name
    (FEE, "ADMINI KANAL Namuna\ndiqqat yak kas dar guruhho post mepartoyad Koreya bez TOPIK 2000$ peshaki\nmo hech vaqt pul namegirem, in "
     "fireb ast\nadmin +992 00 000 00 00", "tg"),
    (FEE, "Админи канали «Намуна»: аз номи канали мо дар гурӯҳҳо эълон мепартоянд, ки барои Корея 2000$ пешакӣ диҳед. Мо ҳеҷ вақт пул "
     "намегирем, ин фиреб аст. Тел +992 00 000 00 00", "tg"),
    (FEE, "Админ канала «Пример»: от имени канала в группах пишут, что за место на складе нужна предоплата 3000 на карту. Это обман, мы "
     "денег не берём. Тел +7 900 000-00-00", "ru"),
    # what befell those who turned to the notice's author
    (FEE, "Ташкилоти ҷамъиятии «Намуна» огоҳ мекунад. Ба мо бачаҳое муроҷиат мекунанд, ки барои бардоштани запрет 800 доллар пешакӣ "
     "доданд. Манъро танҳо суд бардошта метавонад. Тел +992 00 000 00 00", "tg"),
    (FEE, "Центр «Пример» предупреждает. К нам обращаются люди, которые внесли предоплату 800$ за снятие запрета. Запрет снимает только "
     "суд. Тел +7 900 000-00-00", "ru"),
    (FEE, "Tashkiloti «Namuna» ogoh mekunad. Har hafta bachahoero qabul mekunad, ki baroi bardoshtani zapret 800 dollar peshaki dodand. "
     "Manro tanho sud bardoshta metavonad. Tel +992 00 000 00 00", "tg"),
    # a firm that says what it does not do, in the first person plural
    (FEE, "Заявление ООО «Пример». От нашего имени публикуют объявления: «набираем водителей, оплата визы 700 € на карту координатора». "
     "Мы не ведём набор через Telegram и не принимаем оплату от водителей. Тел +7 900 000-00-00", "ru"),
    (FEE, "Zayavlenie OOO Primer. Ot nashego imeni pishut: «viza 700 evro na kartu koordinatora». My ne vedem nabor cherez Telegram i ne "
     "prinimaem oplatu. tel +7 900 000 00 00", "ru"),
    (FEE, "Ширкати «Намуна» хабар медиҳад. Аз номи мо эълон медиҳанд: «виза 700 евро ба корти координатор». Мо аз коргарон пул қабул "
     "намекунем. Тел +992 00 000 00 00", "tg"),
    # what is said "allegedly", what others write about, what was done to the reader
    (FEE, "Админ канала «Пример»: вам пишут в личку якобы от канала, место на складе 3000 перевод на карту — это мошенники. Мы денег не "
     "просим. Тел +7 900 000-00-00", "ru"),
    (FEE, "admin kanala Primer: pishut v lichku yakoby ot kanala mesto na sklade 3000 perevod na kartu vse eto moshenniki my deneg ne "
     "prosim tel +7 900 000 00 00", "ru"),
    (FEE, "Админи канали «Намуна»: гӯё аз номи канал барои ҷой 3000 рубл пешакӣ ба корт мепурсанд — ин фиреб аст. Мо пул намегирем. "
     "Тел +992 00 000 00 00", "tg"),
    (FEE, "ADMIN kanala Primer: v chate opyat pishut pro Litvu 6000 evro viza za 900 dollarov pishite v lichku eto razvod takih "
     "blokiruem. tel +7 900 000 00 00", "ru"),
    (FEE, "Миграционная служба «Пример» сообщает: мест в квоте не продают. Если вам предложили место в квоте или взяли предоплату 5000 "
     "рублей, сообщите нам. Тел +7 900 000-00-00", "ru"),
    (FEE, "Хадамоти «Намуна» хабар медиҳад: ҷой дар квота фурӯхта намешавад. Агар ба шумо ҷой дар квота пешниҳод карданд ё 5000 сомонӣ "
     "пешакӣ гирифтанд, ба мо хабар диҳед. Тел +992 00 000 00 00", "tg"),
    # a notice's list of schemes or cases
    (FEE, "Юристы центра «Пример» разбирают типичные схемы на стройке:\n1) «Залог за каску 4000 на карту бригадира» — деньги не "
     "возвращают.\n2) «Оформление 5000, потом выйдешь» — работы нет.\nНе платите никому. Консультация: +7 900 000-00-00", "ru"),
    (FEE, "Ташкилоти ҷамъиятии «Намуна». Нақшаи қаллобон ҳамеша як хел:\n1) «Мо дар сафорат одам дорем» – 800 доллар пешакӣ;\n2) телефон "
     "хомӯш.\nБа ҳеҷ кас пул надиҳед. Тел +992 00 000 00 00", "tg"),
    (FEE, "Admin kanala Primer rasskazyvaet o sluchayah etoy vesny:\n1) «viza za 900 dollarov predoplata» — vizy ne bylo.\nNe platite "
     "nikomu. tel +992 00 000 00 00", "ru"),
    # the passport only shown, in every person
    (PASSPORT, "ТОО «Намуна», Шымкент, кӯчаи Намуна 0. Ба кадровик шиносномаро нишон медиҳӣ, ба дастат бармегардонад. Тел +7 700 000 00 00",
     "tg"),
    (PASSPORT, "TOO «Namuna», Shymkent. Ba kadrovik shinosnomaro nishon medihi, ba dastat barmegardonad. Tel +7 700 000 00 00", "tg"),
    (PASSPORT, "ТОО «Намуна», Шымкент. Коргарон шиносномаро ба кадровик нишон медиҳанд ва мебаранд. Тел +7 700 000 00 00", "tg"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
