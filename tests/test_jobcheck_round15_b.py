"""Issue 16, round 15 (branch t15b): vague job, unverifiable employer, messenger-only contact,
pressure and urgency, recruiting others, written as ideas in any words, order and script.

Short made-up ads (written for this file, never copied from a labelled set; fictional names
"Пример", "Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin. They test the rules
(``scan_rules``): each wording raises its flag; denials and genuine ads do not.
"""

from __future__ import annotations

from tests.jobcheck_rules import found_and_clean

FOUND = [
    # vague-job: you will be put wherever they need you
    ("vague-job", "ООО «Пример», ул. Примерная 1. Вахта, поставят куда надо.", "ru"),
    ("vague-job", "ООО «Пример», ул. Примерная 1. Кинем где нужно, не переживай.", "ru"),
    ("vague-job", "OOO «Primer», ul. Primernaya 1. Otpravyat kuda skazhut.", "ru"),
    ("vague-job", "ООО «Пример», ул. Примерная 1. Распределят куда придётся.", "ru"),
    ("vague-job", "ҶДММ «Намуна», кӯчаи Намуна 1. Ҳама ҷо ҷой мекунем.", "tg"),
    ("vague-job", "ҶДММ «Намуна», кӯчаи Намуна 1. Har jo joygir mekunem.", "tg"),
    # ... what the work is: we'll see there or later
    ("vague-job", "ООО «Пример», ул. Примерная 1. Кем работать — на месте разберёмся.", "ru"),
    ("vague-job", "OOO «Primer», ul. Primernaya 1. Kakaya rabota — tam vidno budet.", "ru"),
    ("vague-job", "ҶДММ «Намуна», кӯчаи Намуна 1. Чӣ кор — дар ҷояш мебинед.", "tg"),
    ("vague-job", "ҶДММ «Намуна», кӯчаи Намуна 1. Kor badan mebinem.", "tg"),
    # ... the work found for you only there, in any order; which work told later; whatever you are told; as it goes
    ("vague-job", "ООО «Пример», ул. Примерная 1. Там найдём вам работу.", "ru"),
    ("vague-job", "ҶДММ «Намуна», кӯчаи Намуна 1. Он ҷо бачаҳои мо ба шумо кор ёфта медиҳанд.", "tg"),
    ("vague-job", "ҶДММ «Намуна», кӯчаи Намуна 1. Kor dar joyash meyobem.", "tg"),
    ("vague-job", "ҶДММ «Намуна», кӯчаи Намуна 1. Кадом кор — баъд мегӯем.", "tg"),
    ("vague-job", "OOO «Primer», ul. Primernaya 1. Kakaya rabota — soobshim.", "ru"),
    ("vague-job", "ООО «Пример», ул. Примерная 1. Что скажут, то и делаешь.", "ru"),
    ("vague-job", "ООО «Пример», ул. Примерная 1. Обязанности по ситуации.", "ru"),
    ("vague-job", "ҶДММ «Намуна», кӯчаи Намуна 1. Кор аз рӯи вазъият.", "tg"),
    ("vague-job", "ООО «Пример», ул. Примерная 1. Вакансий много, выберете сами на месте.", "ru"),
    # unverifiable-employer: the "office" is a cafe, a teahouse, a market or a metro exit
    ("unverifiable-employer", "Агентство «Пример». Приходите в субботу в кафе у вокзала.", "ru"),
    ("unverifiable-employer", "Агентство «Пример». Кастинг проходит в кафе «Нурафшон».", "ru"),
    ("unverifiable-employer", "Агентии «Намуна». Биёед дар чойхонаи назди бозор.", "tg"),
    ("unverifiable-employer", "Agentii «Namuna». Bieed ba kafei «Sitora», ruzi shanbe.", "tg"),
    ("unverifiable-employer", "Агентство «Пример». Подходите к метро, ждём вас.", "ru"),
    ("unverifiable-employer", "Агентство «Пример». Повара в Турцию. Встреча на парковке у ТЦ «Пример».", "ru"),
    # ... no office at all; the employer's name withheld, "not important" or told only later
    ("unverifiable-employer", "Агентство «Пример». Повара в Турцию. Офиса нет, работаем через интернет.", "ru"),
    ("unverifiable-employer", "Агентии «Намуна». Ошпаз ба Туркия. Дафтар надорем, ҳамааш онлайн.", "tg"),
    ("unverifiable-employer", "Агентство «Пример». Povara v Turciyu. Bez ofisa, vse onlayn.", "ru"),
    ("unverifiable-employer", "Агентство «Пример». Повара в Турцию. Название фирмы не важно, главное платят.", "ru"),
    ("unverifiable-employer", "Агентии «Намуна». Ошпаз ба Туркия. Номи ширкат муҳим нест.", "tg"),
    ("unverifiable-employer", "Агентство «Пример». Повара в Турцию. Фирму не называем по телефону.", "ru"),
    ("unverifiable-employer", "Агентии «Намуна». Ошпаз ба Туркия. Ширкатро дар телефон намегӯем.", "tg"),
    ("unverifiable-employer", "Агентство «Пример». Повара в Турцию. Имя работодателя сообщим после оплаты.", "ru"),
    # recruit-others: be our agent, paid per head; the more people found the more earned; find people and we pay
    ("recruit-others", "ООО «Пример», ул. Примерная 1. Ищем агентов в районах, процент с каждого человека.", "ru"),
    ("recruit-others", "ҶДММ «Намуна», кӯчаи Намуна 1. Дар ноҳияҳо намоянда лозим, аз ҳар нафар фоиз.", "tg"),
    ("recruit-others", "ООО «Пример», ул. Примерная 1. Сколько людей найдёшь — столько и заработаешь.", "ru"),
    ("recruit-others", "ҶДММ «Намуна», кӯчаи Намуна 1. Шумо одам ёфта диҳед, мо ба шумо пул медиҳем.", "tg"),
    # ... earn on your friends, so much per person who came, recommend us for a reward, gather villagers for a bonus
    ("recruit-others", "ООО «Пример», ул. Примерная 1. Зарабатывай на друзьях: 3000 за каждого приехавшего.", "ru"),
    ("recruit-others", "ООО «Пример», ул. Примерная 1. Порекомендуй нас землякам — получишь 2000.", "ru"),
    ("recruit-others", "ҶДММ «Намуна», кӯчаи Намуна 1. Hamdehaatro jam kun, baroi har yak bonus.", "tg"),
    # messenger-only-contact: the phone never answered, calling useless, talk only in writing, a chat or a bot
    ("messenger-only-contact", "ООО «Пример», ул. Примерная 1. Трубку не беру, пишите в телеграм.", "ru"),
    ("messenger-only-contact", "ҶДММ «Намуна», кӯчаи Намуна 1. Телефонро намегирам, дар Telegram нависед.", "tg"),
    ("messenger-only-contact", "OOO «Primer», ul. Primernaya 1. Zvonit bespolezno, tolko pishite.", "ru"),
    ("messenger-only-contact", "ООО «Пример», ул. Примерная 1. Общение только письменно.", "ru"),
    ("messenger-only-contact", "ҶДММ «Намуна», кӯчаи Намуна 1. Гап танҳо дар чат.", "tg"),
    ("messenger-only-contact", "ООО «Пример», ул. Примерная 1. Связь только через бота @primer_bot.", "ru"),
    # pressure-urgency: only so many places, in either order and either language
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Мест всего 4!", "ru"),
    ("pressure-urgency", "OOO «Primer», ul. Primernaya 1. Mesta tolko 3.", "ru"),
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Намуна 1. Ҳамагӣ ду ҷой.", "tg"),
    # ... places still free
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Намуна 1. Гурӯҳ пур, 2 ҷой холӣ.", "tg"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Свободно 2 места.", "ru"),
    # ... sign up today or tomorrow
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Намуна 1. Имрӯз-фардо номнавис шавед.", "tg"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Сегодня-завтра записывайтесь.", "ru"),
    ("pressure-urgency", "OOO «Primer», ul. Primernaya 1. Segodnya-zavtra zvonite.", "ru"),
    # ... the group leaves on a set day, the departure already next week
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Намуна 1. Гурӯҳ рӯзи 20 парвоз дорад.", "tg"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Группа вылетает в субботу.", "ru"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Вылет уже на следующей неделе.", "ru"),
    # ... a deadline in other words, within so many days, an intake that lasts only so long, a vacancy closing
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Документы не позднее 15 мая.", "ru"),
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Намуна 1. Пеш аз 1 декабр ҳуҷҷат супоред.", "tg"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Крайний срок — пятница.", "ru"),
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Намуна 1. Мӯҳлати охирин — ҷумъа.", "tg"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. В течение 3 дней дайте ответ.", "ru"),
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Намуна 1. Dar davomi 3 ruz javob dihed.", "tg"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Набор продлится всего неделю.", "ru"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Вакансия скоро закроется.", "ru"),
    # ... many already signed up, you will regret it, no time to think, act faster
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Уже записались 30 человек.", "ru"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Потом пожалеете.", "ru"),
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Намуна 1. Баъд пушаймон нашавед.", "tg"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Времени на раздумья нет.", "ru"),
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Намуна 1. Фурсат кам аст.", "tg"),
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Намуна 1. Зудтар ҳаракат кунед.", "tg"),
    # ... the last group in either order, call now, the next chance a year away, tickets running out, a small quota
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Последняя группа в этом году!", "ru"),
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Намуна 1. Guruhi oxirin!", "tg"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Звоните сейчас!", "ru"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Следующий набор только через год.", "ru"),
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Намуна 1. Навбати дигар баъди як сол.", "tg"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Билеты почти распроданы.", "ru"),
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Намуна 1. Чиптаҳо тамом шуда истодааст.", "tg"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Квота небольшая.", "ru"),
    # ... little time left, only so many people taken, who pays first goes, a once-in-a-lifetime chance
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Осталось мало времени.", "ru"),
    ("pressure-urgency", "OOO «Primer», ul. Primernaya 1. Vremeni malo!", "ru"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Берём только 5 человек.", "ru"),
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Намуна 1. Фақат 5 нафар мегирем.", "tg"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Кто раньше оплатит, тот и едет.", "ru"),
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Намуна 1. Ин имконият як бор аст.", "tg"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Такой шанс бывает раз в жизни.", "ru"),
    # ... leaving on a set day or in a few days, in more words
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Отправка в эту субботу, решайте.", "ru"),
    ("pressure-urgency", "OOO «Primer», ul. Primernaya 1. Vylet cherez 3 dnya.", "ru"),
]

NOT_FOUND = [
    # the papers or the lodging sorted out there is no vague job
    ("vague-job", "ООО «Пример», ул. Примерная 1, грузчики. С жильём на месте разберёмся.", "ru"),
    ("vague-job", "ООО «Пример», ул. Примерная 1, сварщики. С визой потом посмотрим.", "ru"),
    # lodging found there, a canteen there, a cook's own duties: no vague job
    ("vague-job", "ООО «Пример», ул. Примерная 1, грузчики. На месте есть столовая, найдём жильё.", "ru"),
    ("vague-job", "ООО «Пример», ул. Примерная 1, грузчики. Питание на выбор, на месте столовая.", "ru"),
    ("vague-job", "ООО «Пример», ул. Примерная 1, повара. Делаете то, что входит в обязанности повара.", "ru"),
    ("vague-job", "ҶДММ «Намуна», кӯчаи Намуна 1, ронандаҳо. Дар ҷояш хобгоҳ ёфта медиҳем.", "tg"),
    # a job named and a place stated is not vague
    ("vague-job", "ООО «Пример», ул. Примерная 1: требуются повара в столовую.", "ru"),
    # a cafe hiring its own waiters, or a warning not to pay in a teahouse
    ("unverifiable-employer", "Кафе «Пример» ищет официантов. Приходите в кафе с 10 до 18.", "ru"),
    ("unverifiable-employer", "Ба касе дар чойхона пул надиҳед, ҶДММ «Намуна» пул намегирад.", "tg"),
    # an office without a dress code, a labour book, the name of a post
    ("unverifiable-employer", "ООО «Пример», офис-менеджер. В офисе нет дресс-кода. +7 900 000 00 00", "ru"),
    ("unverifiable-employer", "ҶДММ «Намуна», ронанда. Дафтари меҳнатӣ нест, шартнома ҳаст. +992 900 00 00 00", "tg"),
    ("unverifiable-employer", "ООО «Пример», ул. Примерная 1. Название должности не важно, главное опыт.", "ru"),
    # the beds of a room are no few places
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Общежитие: в комнате только 4 места.", "ru"),
    # tickets or a quota that cost the employer, a debt "until the ticket is paid off", a day's schedule, a room's beds
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Билеты за счёт компании.", "ru"),
    ("pressure-urgency", "Ба сохтмон меравем, то қарзи чипта тамом шавад. ҶДММ «Намуна», кӯчаи Намуна 1.", "tg"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Квота на иностранных работников получена.", "ru"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Следующая зарплата через месяц.", "ru"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Нужно только 2 человека в комнату общежития.", "ru"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Не ждите ответа от посредников, звоните нам.", "ru"),
    # a representative taking a fee, advice to fellow villagers, a bus meeting each one, a sales representative
    ("recruit-others", "Наш представитель возьмёт с каждого 100$ за оформление. +7 900 000 00 00", "ru"),
    ("recruit-others", "ООО «Пример», ул. Примерная 1. Рекомендуем землякам получать патент заранее.", "ru"),
    ("recruit-others", "ООО «Пример», ул. Примерная 1. Автобус встречает каждого приехавшего.", "ru"),
    ("recruit-others", "ООО «Пример», ул. Примерная 1. Требуется представитель, процент с продаж.", "ru"),
    # a chat operator's written talk with clients; phones not taken onto the site
    ("messenger-only-contact", "ООО «Пример», ул. Примерная 1. Оператор чата: общение с клиентами только письменно. +7 900 000 00 00", "ru"),
    ("messenger-only-contact", "ООО «Пример», ул. Примерная 1. Телефоны не берём на объект. +7 900 000 00 00", "ru"),
    # the pay's day, a contract signed before a date, a contract's length, meeting at the airport before the trip
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Зарплата не позднее 10 числа.", "ru"),
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Намуна 1. Шартнома пеш аз 1 май имзо мешавад.", "tg"),
    ("pressure-urgency", "ООО «Пример», ул. Примерная 1. Срок договора 1 год.", "ru"),
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Намуна 1. Мӯҳлати шартнома 6 моҳ.", "tg"),
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Намуна 1. Пешвоз аз фурудгоҳ 300 сомонӣ.", "tg"),
    # a manager of a firm is no Instagram "direct"
    ("messenger-only-contact", "Работа на заводе, директор завода Пример ждёт вас, звоните.", "ru"),
    # an invitation letter with a price is a fee, not people invited
    ("recruit-others", "Priglasenie + viza 1500 evro, ООО «Пример», ул. Примерная 1.", "ru"),
    ("recruit-others", "Приглашение на работу — 400$, ООО «Пример».", "ru"),
]


test_new_wordings_raise_their_flag, test_denials_and_genuine_ads_are_not_flagged = found_and_clean(FOUND, NOT_FOUND)
