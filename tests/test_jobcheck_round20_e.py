"""Issue 16, round 20 (branch r20e): unverifiable-employer, vague-job, no-written-contract, tourist-visa and
unofficial-channel as ideas.

Short made-up ads written for this file (never copied from a labelled set; fictional names "Пример",
"Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each idea is found, and the fair
term or the denial written next to it stays clean:

- the employer cannot be checked: the quoted name of the channel an ad was forwarded from is no
  employer ("Переслано из канала «Кор дар Хориҷ»"); a resort of two parts is a place, not a name
  ("Кипр, Айя-Напа"); a state body the ad offers a way around ("бе Вазорати меҳнат") is no employer;
  "ба кӯча набароед" (do not go into the street) is no address; a real street address still is;
- the work is not said: "all jobs are there" ("ҳама корҳо ҳаст", "har xel kor"), the work decided after
  the flight ("определяем после прилёта", "баъди расидан муайян мешавад"); housework is a job said
  ("кори хона", "работа по дому");
- no written contract: "dogovor ne" followed by Tajik words, the contract never handed over
  ("контракт на руки не дают", "шартномаро ба дастатон намедиҳем"), no papers of any kind to sign,
  the dismissive echo, a word instead of paper ("никаких бумажек подписывать не надо", "ҳуҷҷат-муҷҷат",
  "бо калима", "оформляться не надо"); a contract handed before the trip is not, nor cash with no
  paper (a missing receipt);
- a tourist visa: "по обычной туристической", so many days as a tourist and then work on, a visa of
  30 days and then work there (not a work visa, nor the visa-free stay in Russia with a patent); "не
  бойтесь" denies nothing; "бо визаи сайёҳӣ намебарем" (we take nobody on one) is clean;
- an unofficial channel: the official route takes years and "we" do it in a month, quotas bought, an
  "inner" list, the exam never taken by the one who went, a ready-made certificate or the exam taken
  "for you"; a notice on the state programme, and one warning that nobody takes the exam for you, are clean.
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

UNV = "unverifiable-employer"
VAGUE = "vague-job"
CONTRACT = "no-written-contract"
TOUR = "tourist-visa"
CHANNEL = "unofficial-channel"

FOUND = [
    # unverifiable-employer
    (UNV, "Переслано из канала «Работа Для Своих»\nНа склад в Польше нужны сборщики, 1400 евро. Пишите +992 900 00 20 01", "ru"),
    (UNV, "Переслано из группы «Работа Москва Таджики»: нужны грузчики, 2500 в смену. Тел +7 900 000 20 43", "ru"),
    (UNV, "Кипр, Айя-Напа. В бар нужны девушки, жильё при баре. Тел +992 900 00 20 02", "ru"),
    (UNV, "Оё бе Вазорати меҳнат ба Корея рафтан мумкин? Бале, одами мо дар Сеул ҳаст. 12 000 сомонӣ нақд. Тел +992 900 00 20 03", "tg"),
    (UNV, "Ба сехи нонпазӣ дар Анкара нонпаз лозим. Дар худи сех хоб мекунед, ба кӯча набароед. Тел +992 900 00 20 04", "tg"),
    # vague-job
    (VAGUE, "Ба Литва виза 100%, ҳама корҳо ҳаст: завод, склад, ферма. Тел +992 900 00 20 05", "tg"),
    (VAGUE, "Chexiya rabochiy viza, har xel kor hast, sklad stroyka. Tel +992 900 00 20 06", "tg"),
    (VAGUE, "Работа в Израиле: направление (стройка, сад, кухня) определяем после прилёта. Звоните +992 900 00 20 07", "ru"),
    (VAGUE, "Ба Туркия меравед, кор баъди расидан муайян мешавад. Тел +992 900 00 20 08", "tg"),
    # no-written-contract
    (CONTRACT, "Kazan sklad gruzchik lozim dogovor ne hamin xel kor mekunem +7 900 000 20 09", "tg"),
    (CONTRACT, "Стройка в Дубае. Контракт на руки не дают, всё через мастера. Тел +992 900 00 20 10", "ru"),
    (CONTRACT, "Ба гармхонаи Полша коргар лозим. Шартномаро ба дастатон намедиҳем, ҳама чиз пеши бригадир. Тел +992 900 00 20 11", "tg"),
    (CONTRACT, "Склад в Подольске. Никаких бумажек подписывать не надо, всё по-братски. Тел +7 900 000 20 33", "ru"),
    (CONTRACT, "Ба сохтмони Қазон коргар лозим. Ҳуҷҷат-муҷҷат лозим не, бо калима гап мезанем. Тел +7 900 000 20 34", "tg"),
    (CONTRACT, "Sklad v Podolske. Oformlyatsya ne nado, vse po-bratski. Tel +7 900 000 20 35", "ru"),
    # tourist-visa
    (TOUR, "Швейный цех в Анкаре. Въезд по обычной туристической, разрешение не нужно. Тел +992 900 00 20 12", "ru"),
    (TOUR, "Rabota v Antalii, edete po turisticheskoy, ne boytes, vse tak edut. Tel +992 900 00 20 13", "ru"),
    (TOUR, "kor dar istanbul viza lozim ne 30 ruz turist bad kor mekuned +992 900 00 20 14", "tg"),
    (TOUR, "Работа в Дубае. Прилетаете по визе на 30 дней, дальше работаете, визу не продлеваем. Тел +992 900 00 20 37", "ru"),
    (TOUR, "Кор дар Дубай. Бо визаи 30 рӯза меравед, баъд ҳамон ҷо кор мекунед. Тел +992 900 00 20 38", "tg"),
    (CONTRACT, "Склад в Москве. Договор подпишем, когда приедете, первый месяц работаете так. Тел +7 900 000 20 39", "ru"),
    # unofficial-channel
    (CHANNEL, "Корея, заводы. Все эти списки министерства — годами ждать, у нас за 30 дней виза. Тел +992 900 00 20 15", "ru"),
    (CHANNEL, "Англия, фермаҳо. Операторҳо навбати 2-сола доранд, мо дар 1 моҳ ҳал мекунем. Тел +992 900 00 20 16", "tg"),
    (CHANNEL, "Великобритания. У нас выкуплены квоты на весну. Цена 2 000 фунтов. Тел +992 900 00 20 17", "ru"),
    (CHANNEL, "Koreya E-9 az rohi 'vnutrenniy spisok', 1000$ avans. Tel +992 900 00 20 18", "tg"),
    (CHANNEL, "Salom, man Koreya omadam bo yak odami mo, TOPIK ham nadodam. Yozed @primer_kor_00", "tg"),
    (CHANNEL, "Корея E-9. Сертификат TOPIK сделаем готовый, экзамен за вас сдаст наш человек. 1500$. Тел +992 900 00 20 19", "ru"),
    (CHANNEL, "Koreya E-9, TOPIK sertifikat tayyor medihem, imtihon lozim ne. 1500$. Tel +992 900 00 20 20", "tg"),
]

CLEAN = [
    # a named employer with its street address; a real street address; a forwarded ad with a company's legal form
    (UNV, "Ширкати «Намуна» (Душанбе, кӯчаи Рӯдакӣ 12) ба сехи дӯзандагӣ дӯзанда мегирад. Тел +992 900 00 20 21", "tg"),
    (UNV, "ООО «Пример» ищет грузчиков на склад, Москва, улица Садовая, д. 5. Тел +7 900 000 20 22", "ru"),
    (UNV, "Министерство труда объявляет набор на сезонные работы. Запись бесплатно, ул. Айни 3. Тел +992 900 00 20 23", "ru"),
    # the work named, an employer named: no vague-job
    (VAGUE, "ООО «Пример», Новосибирск, ул. Ленина 10: нужны сварщики, зарплата 90 000 ₽. Тел +7 900 000 20 24", "ru"),
    (VAGUE, "ҶДММ «Намуна», Хуҷанд, кӯчаи Ленин 4: ба корхонаи нон ҳама корҳо бо шартнома. Тел +992 900 00 20 25", "tg"),
    # housework is a job named ("зан барои кори хона", "работа по дому")
    (VAGUE, "Ба оилае дар Дубай зан барои кори хона лозим, маош 1200 дирҳам. Тел +992 900 00 20 31", "tg"),
    (VAGUE, "В семью в Стамбуле нужна женщина, работа по дому, 700 долларов. Тел +992 900 00 20 32", "ru"),
    # a contract handed before the trip; "dogovor ne menee" is a length, not a missing paper
    (CONTRACT, "ООО «Пример»: контракт на руки выдаём до выезда, на русском и таджикском. Тел +7 900 000 20 26", "ru"),
    (CONTRACT, "ООО «Пример», ул. Мира 3: договор не менее чем на 6 месяцев, подписываем в офисе. Тел +7 900 000 20 27", "ru"),
    # the steps of a state programme: "then a contract" is a step
    (CONTRACT, "Барномаи EPS: аввал имтиҳони забон, баъд аз имтиҳон санҷиши маҳорат, баъд шартнома бо корфармо ва раводид. Хадамоти муҳоҷират.", "tg"),
    (CONTRACT, "Программа EPS: после экзамена проверка навыков, потом контракт с работодателем и виза. Служба миграции.", "ru"),
    # cash with no paper is a missing receipt, not a missing contract
    (CONTRACT, "Виза 500$, оплата наличными, никаких бумажек. Тел +992 900 00 20 36", "ru"),
    # tourist-visa denied
    (TOUR, "Меҳмонхонаи «Намуна» (Анталя) тавассути агентии «Пример» фаррош мегирад. Иҷозати кор пеш аз парвоз, бо визаи сайёҳӣ намебарем. Тел +992 900 00 20 28", "tg"),
    (TOUR, "ООО «Пример»: по туристической визе работать нельзя, оформляем только рабочую. Тел +992 900 00 20 29", "ru"),
    # a work visa of 90 days; the visa-free stay in Russia with a patent
    (TOUR, "ООО «Пример»: рабочая виза на 90 дней, работаете на складе. Тел +7 900 000 20 40", "ru"),
    (TOUR, "Kor dar Rossiya, bo pasport 90 ruz, patent mekunem, baad kor mekuned. Tel +7 900 000 20 41", "tg"),
    # a contract signed before leaving
    (CONTRACT, "ООО «Пример», ул. Мира 3: договор подписываем в Душанбе до выезда. Тел +7 900 000 20 42", "ru"),
    # the state programme described; no "we are faster"
    (CHANNEL, "Корея EPS: никто не сдаст экзамен TOPIK за вас, сертификат не покупается. Служба миграции.", "ru"),
    (CHANNEL, "Хадамоти муҳоҷират: сертификати TOPIK танҳо пас аз имтиҳон дода мешавад. Ҳеҷ кас имтиҳонро ба ҷои шумо намесупорад.", "tg"),
    (CHANNEL, "Барномаи EPS: қабули ариза танҳо тавассути Хадамоти муҳоҷират, ройгон. Навбат то 2 сол аст. Тел +992 900 00 20 30", "tg"),
]


test_idea_found, test_fair_term_clean = found_and_clean(FOUND, CLEAN)
