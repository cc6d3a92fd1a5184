"""Issue 16, round 33 (branch r33s): missed flags on scam ads, as structures rather than wordings.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each idea is found, and the fair
term or the denial written next to it stays clean:

- no-written-contract: "the contract is not needed" right after the word holds its own "not", so a "not" of the clause before it in
  an ad typed without commas ("в общежитии жить нельзя договор не надо", "nichego ne nado oformlyat dogovor ne nado") no longer turns
  it into a denial; "договор обязательно, без него не работаем" stays clean;
- messenger-only-contact: a bot in the locative ("вопросы только в этом боте", "всё здесь, в боте", "v etom bote"); an ad with a
  phone beside the bot stays clean;
- pressure-urgency: a place that "passes" to the next candidate ("место переходит следующему"), a payment link that lives minutes
  or hours ("ссылка действует 20 минут"), the price higher from a named day ("с понедельника цена 1 500$", "Аз фардо нарх 900$"),
  the places said last with the word after them ("Ҷойҳои охирин барои моҳи май", "joyhoi oxirin"); not a place of work named next
  ("место работы: следующий адрес") nor a link to a form with no time;
- notices: a firm that disowns a channel using its name ("ба мо ҳеҷ дахл надорад", "к нам отношения не имеет"), "how not to be
  caught" and what a real employer never does are a notice's own words, so the offers it quotes (also what "they sell": «...»
  мефурӯшанд, продают «...») raise no flag of theirs;
- debt-or-wage-withholding: the wage that "goes to cover" the costs, also after "the firm pays" in the same sentence ("зарплата идёт
  на погашение расходов", `denial.unless`); the wage absent "for the ticket" ("два месяца зарплаты нет, это за перелёт"); the first
  month with "no money" in the spoken "ойи" ("oyi avval pul nest"); the travel paid and taken back out of the wage with food or a bed
  beside it ("Чипта ва хӯрокро медиҳам, баъд аз маош мегирам"); not a wage "for the first month" paid in full, nor a ticket the firm pays
  with nothing taken back ("аз маош намегирем");
- employer-controls-living: the phone handed out only so often ("телефон выдают раз в неделю", "telefonro haftae yak bor medihand");
  the bed where the boss says ("живёте там, где я скажу", "дар куҷо зиндагӣ мекунед, ман мегӯям"); going or moving "to another place"
  with its own "no" ("ба ҷои дигар гузаштан мумкин нест", "ba digar jo raftan ne"); not a work phone given out, nor a pay day once a
  week, nor "live where you like";
- vague-job: the duties or "the rest" only at the interview or in private ("обязанности на собеседовании", "остальное в лс",
  "дигар чизҳоро дар личка мегӯям"; not "подробности в личку" after a named trade, which the writers do not call vague); a list of
  trades closed by "whatever it be / whatever is needed" in Tajik (`c27s_catchall`: "склад, бозор, чӣ ки бошад", "chi ki lozim
  shavad") and "work, whatever it be" said outright even beside a word about papers ("dogovor nest kor xar chi boshad"); "its work"
  known later ("кораш баъд маълум мешавад"); where and to whom told after the payment; the husband who "will find" the work; not a
  named trade with details by phone, nor a named family "by agreement";
- upfront-fee and recruit-others: a form or place "free" for whoever signs up or brings others is a reward, no denial of the fee
  beside it ("Анкета 1500 руб, кто запишет ещё двоих — анкета бесплатно", "панҷумаш ройгон меравад": `denial.unless`); a fee that
  is truly free stays clean;
- cash-no-receipt: the receipt waved away with "what for" ("қабз чӣ даркор", "kvitansiya chi lozim"); a receipt given stays clean;
- unverifiable-employer: words that looked like an employer's name and are none: the holy cities joined by a hyphen ("Makka-Madina"),
  districts of origin after a plural noun ("оилаҳои Темурмалик"), a compatriots' chat ("из группы «Ватандорон ...»"), the holder of a
  card by first name and initial ("ба корти \"Дилшод А.\""); a firm in quotes and a named farm stay named;
- tourist-visa: the visa takes its own "not" ("виза не нужна, на границе скажешь, что в гости": `negation.absorb`), so what to say at
  the border is still a cover; "на границе говорите правду" stays clean;
- passport-retention: passports handed "to" the staff office, the boss or the foreman, in the spoken "dode" ("pasportho ba otdel
  kadrov dode meshavad"); a passport only shown there stays clean;
- upfront-fee: the driving licence of the country of work "we make" beside a price (`fee_object`: "Pravai Qatar-ro mo mekunem —
  800$", "права ОАЭ сделаем за 900$"); a licence the driver must have beside the wage stays clean.
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

CONTRACT = "no-written-contract"
MESSENGER = "messenger-only-contact"
PRESSURE = "pressure-urgency"
DEBT = "debt-or-wage-withholding"
LIVING = "employer-controls-living"
VAGUE = "vague-job"
RECRUIT = "recruit-others"
CASH = "cash-no-receipt"
EMPLOYER = "unverifiable-employer"
TOURIST = "tourist-visa"
PASSPORT = "passport-retention"
FEE = "upfront-fee"

FOUND = [
    # the contract's own "not" after a "not" of the clause before
    (CONTRACT, "Пекарня Пример ищет женщин жить в цеху выходить нельзя договор не надо звонить 8 900 000 00 00", "ru"),
    (CONTRACT, "sklad Primer gruzchiki nichego ne nado oformlyat kontrakt ne nuzhen zvonit 8 900 000 00 00", "ru"),
    (CONTRACT, "kor dar sex Namuna berun raftan mumkin nest dogovor ne nado zang zaned 900 00 00 00", "tg"),
    # a bot
    (MESSENGER, "Склад Пример, упаковщики, 3000 руб за смену. Все вопросы только в этом боте.", "ru"),
    (MESSENGER, "Sklad Primer, upakovshchiki, smena 3000 rub. Zapis i voprosy — zdes, v bote.", "ru"),
    (MESSENGER, "Склади Намуна, борбардор лозим, маош 4000 сомонӣ. Ҳамаи саволҳо дар ин боте ки ҳастед, v bote.", "tg"),
    # the place passes on, the link expires, the price rises from a day, the last places
    (PRESSURE, "Ваша анкета принята. Не подтвердите сегодня — место переходит следующему в списке.", "ru"),
    (PRESSURE, "Oplatite propusk po ssylke. Ssylka aktivna 20 minut.", "ru"),
    (PRESSURE, "Виза в Дубай 1 200$. С понедельника цена 1 500$.", "ru"),
    (PRESSURE, "Визаи Дубай 700$. Аз фардо нарх 900$ мешавад.", "tg"),
    (PRESSURE, "Ҷойҳои охирин барои моҳи май ба Истанбул, брон 200$.", "tg"),
    (PRESSURE, "Istanbul, joyhoi oxirin baroi iyun! Bron 200$.", "tg"),
    # the wage covers the costs, is absent for the ticket, the first month without money, the travel taken back
    (DEBT, "Сербия, стройка. Перелёт оплачивает фирма, первые два месяца зарплата идёт на погашение расходов. Тел. +381 00 000 000", "ru"),
    (DEBT, "Serbiya, stroyka. Vizu delaet firma, zarplata uhodit na pokrytie vizy tri mesyaca. Tel +381 00 000 000", "ru"),
    (DEBT, "Грузия, отель. Два месяца зарплаты нет, это за перелёт. Звоните 8 900 000 00 00", "ru"),
    (DEBT, "Istanbul, sex Namuna. Oyi avval pul nest, bad 800$. Tel 900 00 00 00", "tg"),
    (DEBT, "Туркия, боғ. Чипта ва хӯрокро медиҳам, баъд аз маош мегирам. Тел 900 00 00 00", "tg"),
    (DEBT, "Qazoqiston, piyoz. Puli roh va xona xojain medihad bad az muzd mebura. Tel 900 00 00 00", "tg"),
    # the phone so often, the bed where the boss says, no moving elsewhere
    (LIVING, "Дубай, семья. Телефон выдают раз в неделю, позвонить маме. Звоните 8 900 000 00 00", "ru"),
    (LIVING, "Dubay, villa. Telefon dayut po voskresenyam na chas. Zvonite 8 900 000 00 00", "ru"),
    (LIVING, "Ар-Рияз, оила. Телефонро ҳафтае як бор медиҳанд. Тел 900 00 00 00", "tg"),
    (LIVING, "Стройка в Подмосковье. Живёте там, где я скажу. Звоните 8 900 000 00 00", "ru"),
    (LIVING, "Қазоқистон, саҳро. Дар куҷо зиндагӣ мекунед, ман мегӯям. Тел 900 00 00 00", "tg"),
    (LIVING, "Almaty, sex. Hama dar vagon, ba joi digar guzashtan mumkin nest. Tel 900 00 00 00", "tg"),
    # duties at the interview or in private, a catch-all, its work later, after payment, the husband finds it
    (VAGUE, "Салон в Казани ищет девушку. Обязанности — на собеседовании. Пишите @primer_xx", "ru"),
    (VAGUE, "Bar v Batumi, devushki 20-25. Ostalnoe obsudim v ls @primer_xx", "ru"),
    (VAGUE, "Ба клуби Алмато духтарон лозим. Дигар чизҳоро дар личка мегӯям @namuna_xx", "tg"),
    (VAGUE, "Ба Бишкек одам лозим: склад, бозор, чӣ ки бошад. Тел 900 00 00 00", "tg"),
    (VAGUE, "Rabota v Almaty: gruzchik, chi ki lozim shavad. Tel 900 00 00 00", "tg"),
    (VAGUE, "salom bacho shartnoma nest kor xar chi boshad meshavad tel 900 00 00 00", "tg"),
    (VAGUE, "Дар Тошкент ҷой ҳаст, кораш баъд маълум мешавад. Тел 900 00 00 00", "tg"),
    (VAGUE, "Работа в Европе. В какую страну и к кому именно — сообщим после оплаты. @primer_xx", "ru"),
    (VAGUE, "Девушки, жених из Турции. Муж сам найдёт вам хорошую работу. @primer_xx", "ru"),
    # a reward for signing others up; the receipt waved away
    (FEE, "Сиделки в Казань. Анкета 1500 руб, кто запишет ещё двоих — анкета бесплатно. @primer_xx", "ru"),
    (RECRUIT, "Sidelki v Kazan. Anketa 1500 rub, kto zapishet eshe dvoih podrug — anketa besplatno. @primer_xx", "ru"),
    (FEE, "Туркия, чой. Ҳар кас 400 доллар, 5 кас ёбед, шашумаш ройгон меравад. Тел 900 00 00 00", "tg"),
    (CASH, "Туркия, фундук. Пулро ба ман медиҳед, қабз чӣ даркор, бовар кунед. Тел 900 00 00 00", "tg"),
    (CASH, "Turkiya, funduk. Pul 300$ ba man, kvitansiya chi lozim, mo hamsoya. Tel 900 00 00 00", "tg"),
    # no employer after all
    (EMPLOYER, "Ba Makka-Madina odam meburem, kor dar mehmonkhona. Har kas 800$ naqd. Tel 900 00 00 00", "tg"),
    (EMPLOYER, "Ба ҳамаи оилаҳои Ховалинг эълон: дар Туркистон пахта ҳаст, чипта 200$. Тел 900 00 00 00", "tg"),
    (EMPLOYER, "Переслано из группы «Ватандорон дар Қатар»\nФермаи шутур коргар мехоҳад, шартнома лозим нест. @namuna_xx", "tg"),
    (EMPLOYER, "Разблокировка патента за 10 дней, 600$ на карту \"Рустам Б.\", чека нет. @primer_xx", "ru"),
    # the visa's own "not"; passports handed to the office
    (TOURIST, "Батуми, стройка. Виза не нужна на границе скажешь что к брату в гости. Звони 8 900 000 00 00", "ru"),
    (TOURIST, "Batumi, stroyka. Viza ne nujna, na granice skaji chto edesh k drugu v gosti. Zvoni 8 900 000 00 00", "ru"),
    (PASSPORT, "Kor dar Gomel, sex. Pasportho ba otdel kadrov dode meshavad to oxiri mavsim. Tel +375 29 000 0000", "tg"),
    (PASSPORT, "Кор дар Минск. Шиносномаҳо ба мудир супорида мешаванд. Тел +375 29 000 0000", "tg"),
    # the licence made for a price
    (FEE, "Дубай, такси. Права ОАЭ сделаем — 900$. Звоните 8 900 000 00 00", "ru"),
    (FEE, "Qatar, taksi. Pravai Qatar-ro mo mekunem - 800$. Tel 900 00 00 00", "tg"),
]

CLEAN = [
    # a contract kept
    (CONTRACT, "ООО «Пример»: договор обязательно, без него не работаем. Тел. 8 900 000 00 00", "ru"),
    (CONTRACT, "Shirkati Namuna: shartnoma pesh az safar imzo meshavad. Tel 900 00 00 00", "tg"),
    # a bot and a phone
    (MESSENGER, "Склад Пример, ул. Лесная 0. Вопросы в этом боте или по телефону +7 900 000-00-00.", "ru"),
    # a place of work named, a link with no time, a price with no day
    (PRESSURE, "Место работы переходит на следующий адрес: ул. Лесная 0, с 1 числа.", "ru"),
    (PRESSURE, "Анкета по ссылке на сайте компании Пример, заполните, когда удобно.", "ru"),
    (PRESSURE, "Ҷойи кор: бинои охирин дар кӯчаи Намуна.", "tg"),
    # notices that quote what they warn about
    (FEE, "ҶДММ «Намуна» огоҳ мекунад: канали «Namuna Work» ба мо ҳеҷ дахл надорад. Онҳо «ҷойҳои охирин» мефурӯшанд ва барои "
          "«виза» 500 доллар мепурсанд. Мо пул намегирем. Тел. +992 900 00 00 00", "tg"),
    # a named trade with details by phone; a named family with a named task
    (VAGUE, "Склад «Пример», кладовщик, 60 000 руб. Подробности по телефону 8 900 000 00 00", "ru"),
    (VAGUE, "Оилаи Намуна, ул. Лесная 0: дояр лозим, маош 3000 сомонӣ. Тел 900 00 00 00", "tg"),
    # nothing asked; a receipt given
    (FEE, "ООО «Пример»: анкета бесплатно, оформление бесплатно. Тел. 8 900 000 00 00", "ru"),
    (CASH, "ҶДММ «Намуна»: барои ҳар пардохт квитансия медиҳем. Тел 900 00 00 00", "tg"),
    # a firm in quotes, a named farm
    (EMPLOYER, "ООО «Пример Строй», ул. Лесная 0, Казань: бетонщики, 90 000 руб. Тел. 8 900 000 00 00", "ru"),
    (EMPLOYER, "Фермаи Намуна, ноҳияи Ҳисор, деҳаи Намуна: чӯпон лозим, маош 3000 сомонӣ. Тел 900 00 00 00", "tg"),
    # the truth at the border; a passport only shown
    (TOURIST, "ООО «Пример»: виза не нужна, на границе говорите правду, что едете работать по договору. Тел. 8 900 000 00 00", "ru"),
    (PASSPORT, "ҶДММ «Намуна»: шиноснома ба отдели кадр нишон дода мешавад ва дар дасти шумо мемонад. Тел 900 00 00 00", "tg"),
    # a licence required, the wage beside it
    (FEE, "ООО «Пример», ул. Лесная 0: водители, права категории C обязательны, зарплата 3000$. Тел. 8 900 000 00 00", "ru"),
    (FEE, "ҶДММ «Намуна», кӯчаи Намуна 0: ронанда, правои тоифаи C лозим, маош 2500$. Тел 900 00 00 00", "tg"),
    # the wage paid, the ticket paid by the firm with nothing taken back
    (DEBT, "ООО «Пример»: зарплата за первый месяц выплачивается полностью, 60 000 руб. Тел. 8 900 000 00 00", "ru"),
    (DEBT, "ҶДММ «Намуна»: чиптаро ширкат мехарад, аз маош намегирем. Тел 900 00 00 00", "tg"),
    # a work phone, pay once a week, live where you like
    (LIVING, "ООО «Пример»: рабочий телефон выдаём каждому. Зарплата раз в неделю. Жить можно где хотите. Тел. 8 900 000 00 00", "ru"),
    (LIVING, "ҶДММ «Намуна»: маош ҳафтае як бор, дар куҷо зиндагӣ мекунед, худатон интихоб мекунед. Тел 900 00 00 00", "tg"),
    (DEBT, "Shirkati Namuna: moyi avval maosh 5000 somoni, pul har moh. Tel 900 00 00 00", "tg"),
    (PRESSURE, "ООО «Пример»: как не попасться. Мошенники продают «последние места, ссылка действует 30 минут». Настоящий "
               "работодатель не берёт денег. Тел. +7 900 000-00-00", "ru"),
]

test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
