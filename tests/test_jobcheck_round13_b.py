"""Issue 16, round 13 (branch t13b): vague job, unverifiable employer, messenger-only contact,
pressure and urgency, recruiting others, in the wordings of new writers.

Short made-up ads (written for this file, never copied from a labelled set; fictional names
"Пример", "Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin. They test the rules
(``scan_rules``): each wording raises its flag; denials and genuine ads do not.
"""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import found_and_clean, ids

FOUND = [
    # recruit-others: gather your own people, a friend's discount, people added to a group
    ("recruit-others", "Стройка в Перми. Соберите своих ребят и приезжайте, бригадиру премия.", "ru"),
    ("recruit-others", "sobirayu na sklad, soberi zemlyakov 5 chelovek i edem", "ru"),
    ("recruit-others", "Vahta Primer 90k, oformlenie 3000, drugu skidka 50%", "ru"),
    ("recruit-others", "Заработок в телефоне! Добавь 5 друзей в группу и получи 500 рублей.", "ru"),
    ("recruit-others", "Кор дар телефон. Кӣ 4 нафарро ба канал дарорад, 20$ мегирад.", "tg"),
    ("recruit-others", "Kor dar telefon, 5 dustro ba guruh darored, bonus 30$.", "tg"),
    ("recruit-others", "Сафари Польша 500$. Ба дӯстатон тахфиф 100$.", "tg"),
    # a reward "goes for free" and "без опыта" do not deny the recruiting after them
    ("recruit-others", "Kor dar Primer, kas ki 4 nafar jam kunad bepul meravad.", "tg"),
    ("recruit-others", "Склад, 60 000 в месяц, без опыта, за каждого друга 1000 рублей.", "ru"),
    ("recruit-others", "sklad 60k bez opyta za kajdogo druga 1000", "ru"),
    # pressure-urgency
    ("pressure-urgency", "Теплица в Ростове, отправка на этой неделе, звоните.", "ru"),
    ("pressure-urgency", "teplica rostov, vyezd na etih dnyah, zvonite", "ru"),
    ("pressure-urgency", "Стройка. Завтра автобус, успевайте.", "ru"),
    ("pressure-urgency", "В течение 24 часов нужно отправить паспорт, иначе место уйдёт.", "ru"),
    ("pressure-urgency", "Квота на Примерию закрывается, запишитесь.", "ru"),
    ("pressure-urgency", "Бронируйте до пятницы, потом мест не будет.", "ru"),
    ("pressure-urgency", "Кор дар Намуна. Ҷой мемонад 2 то.", "tg"),
    ("pressure-urgency", "Квотаи Намуна пӯшида мешавад, ҳуҷҷатҳоро супоред.", "tg"),
    ("pressure-urgency", "Дар 24 соат бояд пул супоред.", "tg"),
    ("pressure-urgency", "То ҷумъа ҷойро банд кунед!", "tg"),
    ("pressure-urgency", "Ҳуҷҷатҳо то пайшанбе, баъд не.", "tg"),
    ("pressure-urgency", "Pagoh avtobus ba Namuna, tez zang zaned.", "tg"),
    # vague-job
    ("vague-job", "Работа за границей. Все вакансии в закрытом канале, пишите.", "ru"),
    ("vague-job", "vse vakansii posle oplaty anketi, pishite", "ru"),
    ("vague-job", "Кор ҳаст ҳархела, маош хуб. Тел +992 900 00 00 00", "tg"),
    ("vague-job", "Rossiya, kor harxel, zang zaned +992 900 00 00 00", "tg"),
    ("vague-job", "Ҳамаи корҳо дар канали пӯшида, нависед.", "tg"),
    ("pressure-urgency", "Кор дар Намуна, ҳамин ҳафта охирин, баъд ҷой нест.", "tg"),
    ("pressure-urgency", "Kor dar Namuna, ruzi juma oxirin, zang zaned.", "tg"),
    ("pressure-urgency", "Сафари Намуна. Ҷой кам, нависед.", "tg"),
    ("pressure-urgency", "Қабули ҳуҷҷат 20 январ қатъ мегардад.", "tg"),
    ("pressure-urgency", "Ҳуҷҷатҳо то 10-ум, баъд нарх 900$ мешавад.", "tg"),
    ("pressure-urgency", "Курси Намуна 500$, баъд то соли оянда навбат.", "tg"),
    ("pressure-urgency", "Поездка в Примерию, мест мало, звоните.", "ru"),
    ("pressure-urgency", "Курс Пример 300$, потом цена будет 500$.", "ru"),
    ("recruit-others", "Сафар ба Намуна. Ба ҳар 4 нафар 1 чипта тӯҳфа.", "tg"),
    ("recruit-others", "Ҳар дугонае, ки ҳамроҳ биёред — 50$ тахфиф.", "tg"),
    ("recruit-others", "Har yak dust, ki ba kanal ored, 10$ bonus.", "tg"),
    ("recruit-others", "Агар ҳамсояҳоро ҳам нависед, барои шумо арзонтар мекунем.", "tg"),
    ("pressure-urgency", "Склад Пример, 70 000. Мест почти нет!", "ru"),
    ("pressure-urgency", "sklad primer, mest pochti net, zvonite", "ru"),
    ("pressure-urgency", "Осталось всего три места на выезд.", "ru"),
    ("pressure-urgency", "Анкеты принимаем только до вторника.", "ru"),
    ("pressure-urgency", "Такого шанса больше не будет!", "ru"),
    ("pressure-urgency", "Вақт кам, занг занед.", "tg"),
    ("pressure-urgency", "Ин фурсат дигар намешавад!", "tg"),
    ("pressure-urgency", "Kor dar Namuna, 3 jo mond.", "tg"),
    ("pressure-urgency", "Kor dar Namuna, mesto kam, navised.", "tg"),
    ("pressure-urgency", "Акция: скидка на оформление визы действует до 1 марта.", "ru"),
    ("pressure-urgency", "Бронь держим 24 часа, потом место другому.", "ru"),
    ("pressure-urgency", "Осталось 3 дня до закрытия списка на Примерию.", "ru"),
    ("pressure-urgency", "Кто быстрее оплатит, тот и поедет.", "ru"),
    ("pressure-urgency", "Квоты на Примерию заканчиваются.", "ru"),
    ("pressure-urgency", "Ҳоло ё ҳеҷ вақт!", "tg"),
    ("pressure-urgency", "Визаҳо кам монд, нависед.", "tg"),
    ("pressure-urgency", "То охири номнавис 3 рӯз монд.", "tg"),
    ("pressure-urgency", "Кӣ тезтар пардохт кунад, меравад.", "tg"),
    ("recruit-others", "Поездка в Примерию: если с тобой поедут ещё трое, тебе скидка.", "ru"),
    ("recruit-others", "Перешли объявление друзьям, за каждого, кто поедет, 500 рублей.", "ru"),
    ("recruit-others", "Чем больше людей приведёшь, тем больше получишь.", "ru"),
    ("recruit-others", "Sobiraite zemlyakov, za kazhdogo 1000.", "ru"),
    ("pressure-urgency", "Kvota Namuna pushida meshavad, hujjat supored.", "tg"),
    ("pressure-urgency", "To juma joyro band kuned!", "tg"),
    ("vague-job", "Chto delat uznaete na meste. +7 900 000-00-00", "ru"),
    ("messenger-only-contact", "Kor dar Namuna. Zang zadan lozim ne, WhatsApp +992 900 00 00 00", "tg"),
    ("recruit-others", "Ба ҳар одами овардаатон 500 сомонӣ медиҳем.", "tg"),
    ("recruit-others", "Эълонро ба дӯстонатон фиристед, барои ҳар кас 20$.", "tg"),
    # unverifiable-employer: a marriage or dating agency is no employer, named or not
    ("unverifiable-employer", "Брачное агентство «Пример»: знакомим девушек с мужчинами из Примерии. Анкету в директ.", "ru"),
    ("unverifiable-employer", "Brachnoe agentstvo 'Primer', anketa v telegram.", "ru"),
    ("unverifiable-employer", "Издивоҷ бо мардони Намуна 💍 Анкета дар гурӯҳи «Namuna Bride».", "tg"),
    # messenger-only-contact: calls refused in so many words
    ("messenger-only-contact", "Работа в Примере. Не звоните, только пишите.", "ru"),
    ("messenger-only-contact", "rabota primer, zvonit ne nado, pishite", "ru"),
    ("messenger-only-contact", "Кор дар Намуна, ҳама гап дар WhatsApp +992 900 00 00 00, занг не.", "tg"),
    ("messenger-only-contact", "Kor dar Namuna, faqat navishtan ba WhatsApp +992 900 00 00 00", "tg"),
    # an offer that boasts it skips licensed agencies is no warning notice: its employer is still missing
    ("unverifiable-employer", "Работа на фермах в Англии без лицензированных операторов, 5000 в месяц. Пишите в личку.", "ru"),
]

NOT_FOUND = [
    # "не ... звоните": a denial of something else, then a phone to call
    ("messenger-only-contact", "ООО «Пример», склад. Залог не берём, звоните +7 900 000-00-00", "ru"),
    ("messenger-only-contact", "sklad Primer, dogovor srazu, predoplatu ne berem zvonite +7 900 000-00-00", "ru"),
    # denials keep clearing the flags
    ("recruit-others", "Склад «Пример». Бонусов за друзей нет, приводить никого не нужно.", "ru"),
    ("pressure-urgency", "ООО «Пример». Не торопитесь, набор круглый год, решайте спокойно.", "ru"),
    # genuine ads: hours of work are no deadline, weekdays of work are no booking deadline
    ("pressure-urgency", "ООО «Пример», грузчики. Смена 8 часов, оплата после смены, с понедельника до пятницы.", "ru"),
    ("pressure-urgency", "Ширкати «Намуна». Рӯзи корӣ 8 соат, то 2 соати иловагӣ бо пардохт. Тел +992 900 00 00 00", "tg"),
    ("vague-job", "ООО «Пример», все вакансии на сайте компании: повар, кассир. Тел +7 900 000-00-00", "ru"),
    # intake all year round, the working week, a price that falls
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Рӯдакӣ 5. Шитоб накунед, қабул тамоми сол. +992 900 00 00 00", "tg"),
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Рӯдакӣ 5. Боркашон. Рӯзи корӣ то ҷумъа, занг занед. +992 900 00 00 00", "tg"),
    ("pressure-urgency", "ООО «Пример», ул. Ленина 5. Грузчики, 5/2. Потом цена на обеды будет ниже.", "ru"),
    ("pressure-urgency", "ООО «Пример», ул. Ленина 5. Мест много, набор круглый год. +7 900 000-00-00", "ru"),
    ("recruit-others", "OOO Primer, ul. Lenina 5. Gruzchiki 70k. Za druzey bonusov net. +7 900 000-00-00", "ru"),
    ("messenger-only-contact", "ҶДММ «Намуна», кӯчаи Рӯдакӣ 5. Занг занед +992 900 00 00 00 ё дар WhatsApp нависед", "tg"),
    # the daily bus, the working day, a deadline that is no deadline, friends told of a genuine job
    ("pressure-urgency", "ООО «Пример», ул. Ленина 5. Повар. Сегодня автобус развозки ходит до 23:00.", "ru"),
    ("pressure-urgency", "ООО «Пример», ул. Ленина 5. Выезд на объект в течение 2 часов после звонка, нужно иметь права.", "ru"),
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Рӯдакӣ 5. Боркашон. Рӯзи шанбе охирин рӯзи корӣ дар ҳафта.", "tg"),
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Рӯдакӣ 5. Боркаш. Пагоҳ автобуси корхона соати 7 меравад, ҳар рӯз.", "tg"),
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Рӯдакӣ 5. Омӯзгор. Вақт кам аст — дарсҳо 4 соат.", "tg"),
    ("recruit-others", "ООО «Пример», ул. Ленина 5. Водители. Поделитесь объявлением с друзьями, если им нужна работа.", "ru"),
    ("recruit-others", "ООО «Пример», ул. Ленина 5. Швеи. С вами поедет наш куратор, 2 человека в комнате.", "ru"),
    ("recruit-others", "ҶДММ «Намуна», кӯчаи Рӯдакӣ 5. Ронанда. Бо шумо 2 нафар дар як мошин меравад.", "tg"),
    ("recruit-others", "ҶДММ «Намуна», кӯчаи Рӯдакӣ 5. Эълонро ба дӯстонатон фиристед, агар ба онҳо кор лозим бошад.", "tg"),
    ("vague-job", "ООО «Пример», ул. Ленина 5. Склад, что делать — узнаете на вводном инструктаже.", "ru"),
    ("vague-job", "ООО «Пример», ул. Ленина 5. Продавцы. Список вакансий на сайте и после анкеты звоним.", "ru"),
    ("pressure-urgency", "ООО «Пример», ул. Ленина 5. Повар. Место в общежитии сохраняется 3 дня после увольнения.", "ru"),
    ("pressure-urgency", "ООО «Пример», ул. Ленина 5. Водители. Осталось 2 дня до выплаты аванса.", "ru"),
    ("pressure-urgency", "ООО «Пример», ул. Ленина 5. Официанты. Кто быстрее освоится, того переведём на кассу.", "ru"),
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Рӯдакӣ 5. Боркашон. Квотаи давлатӣ маҳдуд аст, ҳуҷҷатҳо тавассути Хадамот.", "tg"),
    ("pressure-urgency", "ҶДММ «Намуна», кӯчаи Рӯдакӣ 5. Фаррош. Кӣ тезтар омӯзад, ҳамон мудир мешавад.", "tg"),
    # the invitation of a visa is a fee, not an invitation of people
    ("recruit-others", "Виза в Примерию: приглашение — 600$, страховка 100$.", "ru"),
    ("recruit-others", "Priglashenie i viza 700$, pishite", "ru"),
]

# genuine ads that name the employer with a street written without the dot: no unverifiable employer
NAMED = [
    ("TK Primer Tyumen ul Respubliki 12 voditeli C E zp 130k oficialno +7 900 000-00-00", "ru"),
    ("PrimerDom Sankt Peterburg ul Sadovaya 5 uborshicy 45k dogovor srazu +7 900 000-00-00", "ru"),
    ("Кафе Пример, ул Ленина 14, нужен повар, 5/2, официально. +7 900 000-00-00", "ru"),
    ("Sexi Namuna, Dushanbe, kuchai Rudaki 10, duzanda kor, maosh 3000 somoni. +992 900 00 00 00", "tg"),
    ("Пекарня Пример, Казань, ул Баумана д.12, пекарь 55к +7 900 000-00-00", "ru"),
    ("Do'koni Namuna, Dushanbe, ko'chai Rudaki 5, furushanda +992 900 00 00 00", "tg"),
    # a public school or kindergarten named by its number
    ("Муассисаи таҳсилоти миёнаи умумии № 12-и шаҳри Намуна ба омӯзгори математика эҳтиёҷ дорад. Тел +992 900 00 00 00", "tg"),
    ("Детский сад № 5 приглашает воспитателя, оклад по ставке. Тел +7 900 000-00-00", "ru"),
]


@pytest.mark.parametrize("text,lang", NAMED)
def test_a_street_without_the_dot_is_an_address(text: str, lang: str) -> None:
    assert "unverifiable-employer" not in ids(text, lang)


test_new_wordings_raise_their_flag, test_denials_and_genuine_ads_are_not_flagged = found_and_clean(FOUND, NOT_FOUND)
