"""Issue 16, round 14 (branch t14b): vague job, unverifiable employer, messenger-only contact,
pressure and urgency, recruiting others, written as families of wordings (an idea in any
words, order and script), not as the phrases of one labelled set.

Short made-up ads (written for this file, never copied from a labelled set; fictional names
"Пример", "Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin. They test the rules
(``scan_rules``): each wording raises its flag; denials and genuine ads do not.
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

FOUND = [
    # pressure-urgency: until the end of this day, week or month
    ("pressure-urgency", "Кор дар Намуна. Сабти ном то охири ҳамин моҳ.", "tg"),
    ("pressure-urgency", "Sklad v Primere, zapis do konca etoy nedeli.", "ru"),
    ("pressure-urgency", "Теплица Пример, анкеты до конца дня.", "ru"),
    # ... today until an hour or the evening
    ("pressure-urgency", "Склад Пример. Сегодня до 20:00 принимаем анкеты.", "ru"),
    ("pressure-urgency", "Ферма дар Намуна. Имрӯз то бегоҳ нависед.", "tg"),
    ("pressure-urgency", "Sexi Namuna. Imruz to 17:00 zang zaned.", "tg"),
    # ... then it closes or no place is left
    ("pressure-urgency", "Набор на завод Пример, потом закрываем.", "ru"),
    ("pressure-urgency", "Сехи Намуна, рӯйхат ҳозир, баъд ҷой нест.", "tg"),
    ("pressure-urgency", "Zavod Primer, zapis idet, potom mest net.", "ru"),
    # ... hurry said to the reader, also after a clause that denies something else
    ("pressure-urgency", "Опыт не нужен 🙂 Запись на стройку Пример, успевайте!", "ru"),
    ("pressure-urgency", "Кор дар Намуна, улгуред!", "tg"),
    ("pressure-urgency", "Стройка Пример — поспешите, звоните.", "ru"),
    ("pressure-urgency", "Ферма Примерово. Не пропустите!", "ru"),
    ("pressure-urgency", "Кор дар сехи Намуна, зуд бошед!", "tg"),
    ("pressure-urgency", "Kor dar Namuna, hozir zang zaned.", "tg"),
    ("pressure-urgency", "Склад Пример, пишите прямо сейчас.", "ru"),
    # ... urgent intake, few places said with "ҷо", many others want it
    ("pressure-urgency", "Срочный набор на склад Пример, звоните.", "ru"),
    ("pressure-urgency", "Sehi Namuna, jo kam, zang zaned.", "tg"),
    ("pressure-urgency", "Кор дар Намуна. Хоҳишмандон бисёр.", "tg"),
    ("pressure-urgency", "Работа в Примерове, желающих полно.", "ru"),
    # ... places flying away, the last days of intake, a day left, "hot" places, closing in so many days
    ("pressure-urgency", "Склад Пример. Места разлетаются, звоните.", "ru"),
    ("pressure-urgency", "Теплица Пример. Набор идёт последние дни.", "ru"),
    ("pressure-urgency", "Кори Намуна. Охирин рӯзҳои қабул.", "tg"),
    ("pressure-urgency", "Теплица Пример. Остался один день!", "ru"),
    ("pressure-urgency", "Kori Namuna, du ruz mond!", "tg"),
    ("pressure-urgency", "Теплица Пример. Горящая вакансия!", "ru"),
    ("pressure-urgency", "Теплица Пример. Через неделю набор закрыт.", "ru"),
    ("pressure-urgency", "Кори Намуна. Пас аз 3 рӯз қабул пӯшида мешавад.", "tg"),
    # ... time short, no time to think, booked today, nobody waits, first come first taken, this week and done
    ("pressure-urgency", "Teplica Primer. Vremeni malo, zvoni.", "ru"),
    ("pressure-urgency", "Теплица Пример. Думать некогда, звоните.", "ru"),
    ("pressure-urgency", "Теплица Пример. Бронируй место сегодня.", "ru"),
    ("pressure-urgency", "Теплица Пример. Ждать никто не будет.", "ru"),
    ("pressure-urgency", "Кори Намуна. Касе ки аввал занг занад, ҳамонро мегирем.", "tg"),
    ("pressure-urgency", "Кори Намуна. Ин ҳафта ҳуҷҷат қабул мекунем, халос.", "tg"),
    # recruit-others: people first, then take them along
    ("recruit-others", "Стройка Пример. Есть земляки — вези их тоже.", "ru"),
    ("recruit-others", "Sklad Primer, est druzya — beri s soboy.", "ru"),
    # ... a discount for coming with a friend
    ("recruit-others", "Фабрика Пример: с другом вместе — скидка 20%.", "ru"),
    ("recruit-others", "Кор дар Намуна, бо рафиқат биёӣ ба ҳардуятон бонус.", "tg"),
    ("recruit-others", "Kor dar Namuna, bo dust biyoed, tahfif 10%.", "tg"),
    # ... each one you call pays you
    ("recruit-others", "Курьеры Пример: ҳар касе ки ҷеғ занӣ, 2000 ба ту.", "tg"),
    # ... a reward for each person and a call to bring people, in any words
    ("recruit-others", "Склад Пример. Приглашай знакомых, за каждого 1500 рублей.", "ru"),
    ("recruit-others", "Склад Пример. Кинь объявление землякам, за каждого кто приедет — 1000.", "ru"),
    ("recruit-others", "Кори Намуна. Ҷӯраҳоятро ҷеғ зан, барои ҳар кас 300.", "tg"),
    ("recruit-others", "Kori Namuna. Dustonatona jeg zaned, baroi har kas 500.", "tg"),
    ("recruit-others", "Кори Намуна. Агар 5 нафарро ёбед, роҳатон ройгон.", "tg"),
    ("recruit-others", "Кори Намуна. Бачаҳои деҳаатонро ҷамъ кунед, ба ҳар нафар 100$ медиҳем.", "tg"),
    # vague-job: work enough for everyone
    ("vague-job", "Вахта в Примерии, работы всем хватит, звоните.", "ru"),
    ("vague-job", "Kor dar Namuna, kor ba hama merasad.", "tg"),
    ("vague-job", "Ба ҳама кор ҳаст дар Намуна.", "tg"),
    # unverifiable-employer: money handed in a restaurant or at a station
    ("unverifiable-employer", "Хизмат 500$, пулро дар тарабхонаи «Намуна» медиҳед.", "tg"),
    ("unverifiable-employer", "Оплата наличными, деньги отдаёте у метро Примерная.", "ru"),
    # ... an employer only said to exist
    ("unverifiable-employer", "Грузчики в одну фирму в Примерске, 70 000.", "ru"),
    ("unverifiable-employer", "Барои як ширкат дар Намуна ронанда лозим.", "tg"),
    # messenger-only-contact: slang names of a messenger or a thread
    ("messenger-only-contact", "Склад в Примерске, 60 000. Пиши в телегу.", "ru"),
    ("messenger-only-contact", "Работа на ферме Пример, подробности в инсту.", "ru"),
    ("messenger-only-contact", "Кори сохтмон дар Намуна, дар коммент нависед.", "tg"),
    ("messenger-only-contact", "Склад в Примерске, 80 000. Связь только через бот.", "ru"),
    ("messenger-only-contact", "Склад в Примерске, 80 000. Контакты в профиле.", "ru"),
    ("messenger-only-contact", "Анбор дар Намуна. Плюс гузоред, менависем.", "tg"),
]

NOT_FOUND = [
    # the end of a contract, a shift or a season is no deadline; pay by the month's end is pay
    ("pressure-urgency", "Склад Пример: договор до конца месяца с продлением. Тел. +7 900 000-00-00", "ru"),
    ("pressure-urgency", "Маош то охири моҳ ба корт. ҶДММ «Намуна», +992 900 00 00 00", "tg"),
    ("pressure-urgency", "Смена сегодня до 20:00, график 2/2. ООО «Пример», +7 900 000-00-00", "ru"),
    ("pressure-urgency", "Рабочий день до 18, в субботу до 14. ООО «Пример»", "ru"),
    # days left until the pay, the last days of a month at work, a state list not waited for
    ("pressure-urgency", "ООО «Пример». Осталось 2 дня до выплаты аванса. Тел. +7 900 000-00-00", "ru"),
    ("pressure-urgency", "ООО «Пример». Последние дни месяца — инвентаризация, по графику.", "ru"),
    ("pressure-urgency", "Mo ba spiski davlati intizor nameshavem. Tel +992 900 00 00 00", "tg"),
    ("pressure-urgency", "ООО «Пример». Горячие обеды за счёт компании. Тел. +7 900 000-00-00", "ru"),
    # a warning not to hurry is no pressure
    ("pressure-urgency", "Не спешите платить посредникам, проверьте агентство.", "ru"),
    # an invitation letter is no friend invited; a passport taken along is no person
    ("recruit-others", "Дӯсти мо даъватнома мефиристад, хизмат 500$.", "tg"),
    ("recruit-others", "Ребята, паспорт берите с собой. ООО «Пример», +7 900 000-00-00", "ru"),
    # the company hires, papers or family brought, no reward: no recruiting
    ("recruit-others", "ООО «Пример» приглашает грузчиков. За каждого отработанный час 500 рублей.", "ru"),
    ("recruit-others", "Приведите документы в порядок, за каждого члена семьи виза 100$.", "ru"),
    ("recruit-others", "ҶДММ «Намуна». Ҳуҷҷатҳоро биёред, машварат бепул.", "tg"),
    ("recruit-others", "Хоҷагии «Намуна». Дӯстонатонро ҳам биёред — ҳар кас маоши худро мегирад, бонус нест.", "tg"),
    # "one of the largest" names a company; a job named is not vague
    ("unverifiable-employer", "ООО «Пример» — одна из ведущих фирм, ул. Примерная 1, +7 900 000-00-00", "ru"),
    ("vague-job", "Требуются девушки на уборку офиса, +7 900 000-00-00", "ru"),
    ("vague-job", "Нужна компаньонка для пожилой женщины, +7 900 000-00-00", "ru"),
    # a phone beside the messenger: the recruiter can be called
    ("messenger-only-contact", "Склад в Примерске. Пиши в телегу или звони +7 900 000-00-00", "ru"),
]


test_new_wordings_raise_their_flag, test_denials_and_genuine_ads_are_not_flagged = found_and_clean(FOUND, NOT_FOUND)
