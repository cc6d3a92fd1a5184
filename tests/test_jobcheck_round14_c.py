"""Round 14 (c) of the job-ad scanner: the contract, living, passport, tourist visa, unofficial channel and
sexual exploitation flags, each idea as a family of wordings; their denials; genuine ads left alone.

Every ad here is written fresh for the test (fictional names "Пример", "Намуна", "Primer").
"""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import ids

RAISED = [
    # no-written-contract: "none at all", "what for, papers", a paper not signed, the boss's word
    ("no-written-contract", "Цех «Пример», Казань. Никаких контрактов, платим каждую неделю."),
    ("no-written-contract", "Склад Primer. Kontrakta nikakogo, vse po-chestnomu."),
    ("no-written-contract", "Сехи «Намуна», Маскав. Ягон шартнома нест, ҳама чиз дуруст."),
    ("no-written-contract", "Стройка «Пример». Договор? Зачем бумаги, работаем по-людски."),
    ("no-written-contract", "Ферма Namuna. Qogaz baroi chi, kor kuned, pul giring."),
    ("no-written-contract", "Боғи «Намуна». Бо корфармо шартнома имзо намешавад."),
    ("no-written-contract", "Бригада «Пример»: всё под честное слово, заработаешь хорошо."),
    ("no-written-contract", "Sklad Primer. Hech qogaz, rabota srazu."),
    # employer-controls-living: the bed paid out of pay in other verbs, "all of it out of the pay"
    ("employer-controls-living", "Ферма «Пример». Койка в бараке 400 ₽ в сутки, удерживается с каждой выплаты."),
    ("employer-controls-living", "Сехи «Намуна». Хобгоҳ ҳар моҳ 5000 ₽, аз маош кам мекунанд."),
    ("employer-controls-living", "Склад «Пример»: общежитие 7000, обеды 300 в день, штрафы за опоздание — всё из зарплаты."),
    ("employer-controls-living", "Sex Namuna. Xobgoh 4000, ovqat 200 ruze, hamaash az zp."),
    ("employer-controls-living", "Ferma Namuna. To oxiri mavsim ba shahr rafta nametonid."),
    ("employer-controls-living", "Цех «Пример». Комната 6000 в месяц, из получки."),
    ("employer-controls-living", "Ферма «Пример». По посёлку гулять запрещено."),
    ("employer-controls-living", "Сехи «Намуна». Дар шаҳр гаштан манъ."),
    ("employer-controls-living", "Ferma Namuna. Yakka ba shahr nameraved."),
    ("employer-controls-living", "Склад «Пример». Жить отдельно нельзя, только в нашем бараке."),
    ("employer-controls-living", "Ферма «Пример». Барак на ночь запирают снаружи."),
    ("employer-controls-living", "Сехи «Намуна». Ҳуҷраро шабона қулф мекунанд."),
    # passport-retention: any person of the verb, the elder, "with him", "left with us"
    ("passport-retention", "Завод «Пример». Паспорт по приезду сдашь бригадиру."),
    ("passport-retention", "Sklad Primer: pasport otdadite starshemu smeny."),
    ("passport-retention", "Сехи «Намуна». Шиносномаро роҳбар мегираду назди худаш нигоҳ медорад."),
    ("passport-retention", "Ferma Namuna. Pasportro peshi mo guzoshta meraved."),
    ("passport-retention", "Стройка «Пример». Сдаешь бригадиру, он держит у себя до конца вахты."),
    ("passport-retention", "Ферма «Пример». Загранпаспорт получите обратно по окончании сезона."),
    ("passport-retention", "Сехи «Намуна». Шиносномаатонро дар охири шартнома бармегардонем."),
    ("passport-retention", "Ferma Namuna. Pasportro to oxiri mavsim ba shumo namedihem."),
    ("passport-retention", "Стройка «Пример». Паспорта в распоряжении прораба на весь срок."),
    ("passport-retention", "Цех «Пример». Документы бригадир держит, чтобы никто не сбежал."),
    # tourist-visa: the kind without "visa", a visa "for rest", a tourists' or pilgrims' group, "like a holidaymaker"
    ("tourist-visa", "Отель «Пример», Турция. Заезд по гостевой, работу найдём там."),
    ("tourist-visa", "Hotel Primer, Dubai. Edete po turisticheskoy, potom oformim."),
    ("tourist-visa", "Меҳмонхонаи «Намуна», Дубай. Раводиди 'барои истироҳат' мегирем, кор онҷо."),
    ("tourist-visa", "Ферма «Пример», Израиль. Летите в составе туристической группы, дальше на объект."),
    ("tourist-visa", "Заводи «Намуна», Туркия. Мисли курортник медароед, баъд кор."),
    ("tourist-visa", "Ресторан «Пример», Анталья. На границе скажите, что на курорт."),
    ("tourist-visa", "Отель «Пример», Турция. Едете как на отдых, оформление на месте."),
    ("tourist-visa", "Меҳмонхонаи «Намуна». Чун рухсатӣ меравед, кор онҷо."),
    ("tourist-visa", "Hotel Primer, Dubai. Pod vidom turistov, rabota potom."),
    ("tourist-visa", "Отель «Пример», Дубай. Виза на 60 дней, дальше продлеваем."),
    ("tourist-visa", "Ферма «Пример», Турция. Безвиз 60 дней, работаете без документов."),
    # unofficial-channel: round the queue, a failed exam still taken, no waiting for the state's list
    ("unofficial-channel", "Корея E-9, завод «Пример». Отправляем в обход списка министерства, 2500$."),
    ("unofficial-channel", "Koreya, zavodi Namuna. Imtihonro nasuporided? Mo mebarem, 3000$."),
    ("unofficial-channel", "Корея, заводи «Намуна». Навбати давлатиро интизор намешавем, 2800$."),
    ("unofficial-channel", "Корея, завод «Пример». Не прошли TOPIK — не беда, 3000$ и едете."),
    ("no-written-contract", "Цех «Пример». Всё по-чёрному, зато наличкой."),
    ("no-written-contract", "Сехи «Намуна». Кори ғайрирасмӣ, маош хуб."),
    ("no-written-contract", "Sklad Primer. Po trudovoy ne oformlyaem."),
    ("no-written-contract", "Боғи «Намуна». Шартнома надорем, ба хоҷаин бовар кунед."),
    ("no-written-contract", "Ferma Namuna. Rasman ne, hama bo etimod."),
    # excessive-hours: no pause, no time to rest, a day off "yo'q"
    ("excessive-hours", "Склад «Пример», Подольск. Смены нон-стоп, платим еженедельно."),
    ("excessive-hours", "Сехи «Намуна». Вақти дам нест, фармоиш бисёр."),
    ("excessive-hours", "Ferma Namuna. Dam olish yoq, ish ko'p."),
    ("unofficial-channel", "Корея, фабрика «Пример». TOPIK сдавать не нужно, 2700$."),
    ("unofficial-channel", "Корея, заводи «Намуна». Имтиҳон супоридан шарт нест, 2600$."),
    ("unofficial-channel", "Корея, завод «Пример». Едете через Кыргызстан по их квоте, 3500$."),
    ("unofficial-channel", "Британия, ферма «Пример». Спонсорский сертификат достанем, 4500 фунтов."),
    ("excessive-hours", "Ферма «Пример». Выходной — один в месяц."),
    ("excessive-hours", "Боғи «Намуна». Моҳе як рӯз дам мегиред."),
    ("excessive-hours", "Стройка «Пример». Отдыхаем, только если дождь."),
    ("excessive-hours", "Сехи «Намуна». Дар як ҳафта 84 соат."),
    ("excessive-hours", "Цех «Пример». Режим 7/0 по 12."),
    ("excessive-hours", "Ферма «Пример». На сон 4 часа."),
    ("excessive-hours", "Ферма «Намуна». Аз субҳидам то ғуруб дар саҳро."),
    # sexual-exploitation-risk: video chat or a webcam
    ("sexual-exploitation-risk", "Студия «Пример» ищет девушек, вебкам-модели, доход от 2000$."),
    ("sexual-exploitation-risk", "Лаунж «Пример», Доха. Девушки, чтобы развлекать гостей, 4000$."),
    ("sexual-exploitation-risk", "Клуби «Намуна». Духтарон барои хушҳол кардани меҳмонон."),
    ("sexual-exploitation-risk", "Агентство «Пример». Анкета: фото в купальнике и параметры фигуры."),
    ("sexual-exploitation-risk", "Ширкати «Намуна», Дубай. Духтарони хушандом лозим."),
    ("sexual-exploitation-risk", "Kori onlain az xona: suhbat bo mardoni xorijӣ, duxtaron 18+."),
]


@pytest.mark.parametrize(("flag", "text"), RAISED)
def test_new_wordings_raise_their_flag(flag: str, text: str) -> None:
    assert flag in ids(text, "tg" if any(c in text for c in "ҳӯқҷғӣ") else "ru"), text


CLEARED = [
    # denials and genuine ads
    ("no-written-contract", "Сехи «Намуна». Шартнома пеш аз сафар дар Душанбе имзо мешавад."),
    ("no-written-contract", "ООО «Пример». Работаем официально, не по-серому, трудовой договор до выезда."),
    ("no-written-contract", "Маркази «Намуна»: огоҳ бошед, кори ғайрирасмӣ хатарнок аст."),
    ("no-written-contract", "ООО «Пример». Трудовой опыт не нужен, договор подписываем в офисе."),
    ("employer-controls-living", "ООО «Пример». Общежитие бесплатно, ничего не вычитается из зарплаты."),
    ("employer-controls-living", "Ширкати «Намуна». Хобгоҳ ройгон, аз маош ҳеҷ чиз кам намекунем."),
    ("employer-controls-living", "ООО «Пример». Жить можно где хотите, гулять по городу можно."),
    ("employer-controls-living", "ООО «Пример». Общежитие бесплатно, в город можно в любое время."),
    ("passport-retention", "ООО «Пример». Паспорт не забираем, храните сами, чтобы не потеряли."),
    ("passport-retention", "ООО «Пример». Паспорт остаётся у вас, берём только копию для договора."),
    ("passport-retention", "Ширкати «Намуна». Бо шиноснома пеши мо биёед, шартнома имзо мекунем."),
    ("passport-retention", "Агентство «Пример». Паспорт с готовой визой выдаём в конце месяца."),
    ("passport-retention", "ООО «Пример». Паспорт не забираем; трудовую книжку выдаём при увольнении."),
    ("tourist-visa", "Агентство «Пример». Рабочая виза от работодателя; по туристической визе мы никого не отправляем."),
    ("tourist-visa", "Агентии «Намуна». Бо корти корманд кор мекунед, на бо шенгени сайёҳӣ."),
    ("tourist-visa", "ООО «Пример», Москва. Без визы, работа по патенту, оформление официальное."),
    ("tourist-visa", "Агентство «Пример». Рабочая виза на 2 года, продлевается работодателем."),
    ("unofficial-channel", "Хадамоти «Намуна»: кто не сдал экзамен, может пересдать в следующем году бесплатно."),
    ("unofficial-channel", "Кастинг моделей «Пример» в Корею, портфолио 200$."),
    ("excessive-hours", "Склад «Пример». Смена 8 часов с 9:00, выходные суббота и воскресенье."),
    ("unofficial-channel", "Центр «Пример»: Корея EPS, экзамен сдавать обязательно, запись бесплатно."),
    ("sexual-exploitation-risk", "Отель «Пример». Горничные, женщины и мужчины, для обслуживания гостей, 8 часов."),
    ("sexual-exploitation-risk", "Ресторан «Пример». Официанты, девушки и парни, работа с гостями ресторана, 8 часов."),
    ("excessive-hours", "Склад «Пример». 1 день в месяц — инвентаризация, график 5/2 по 8."),
    ("excessive-hours", "Склад «Пример». Отпуск 28 дней в году, выходные суббота и воскресенье."),
    ("excessive-hours", "Склад «Пример». График 6/1 по 8 часов, 40 часов в неделю."),
    ("sexual-exploitation-risk", "ООО «Пример». Оператор колл-центра, мужчины и женщины, 8 часов, офис в Душанбе."),
]


@pytest.mark.parametrize(("flag", "text"), CLEARED)
def test_denials_and_genuine_ads_do_not_raise(flag: str, text: str) -> None:
    assert flag not in ids(text, "tg" if any(c in text for c in "ҳӯқҷғӣ") else "ru"), text
