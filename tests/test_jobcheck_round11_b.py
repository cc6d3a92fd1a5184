"""Issue 16, round 11 (branch t11b): wage withheld, living controlled, cash with no receipt,
long hours and fees, in the wordings of new writers.

Short made-up ads (written for this file, never copied from a labelled set; fictional names
"Пример", "Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin. They test the rules
(``scan_rules``): each wording raises its flag; denials and genuine ads do not.
"""

from __future__ import annotations

import pytest

from bot.jobcheck.scanner import default_scanner
from tests.jobcheck_rules import found_and_clean

FOUND = [
    # debt-or-wage-withholding: pay held to the end, at once, as a pledge; costs taken from pay
    ("debt-or-wage-withholding", "Склад под Тверью. Деньги копятся и выдаются целиком, когда поедете домой.", "ru"),
    ("debt-or-wage-withholding", "Ферма Намуна. Пул охири мавсим якбора дода мешавад, ҳозир фақат хӯрок.", "tg"),
    ("debt-or-wage-withholding", "Sklad Primer. Zp za pervye dva mesyaca derzhim kak zalog, otdadim pozzhe.", "ru"),
    ("debt-or-wage-withholding", "Корхонаи Намуна. Чиптаро мо мехарем, пулашро кам-кам аз маош мегирем.", "tg"),
    ("debt-or-wage-withholding", "Kor dar Qazon. Kursi ronandagi 500$ mo medihem, bad az maoshi du mohi avval mebarorem.", "tg"),
    ("debt-or-wage-withholding", "Цех «Пример». Билет и визу берём на себя, потом вычтем из зарплаты за полгода.", "ru"),
    ("debt-or-wage-withholding", "Зарплата начисляется каждый месяц, а выдаётся по итогам квартала.", "ru"),
    ("debt-or-wage-withholding", "Ширкати Намуна ба шумо қарз медиҳад, баъд аз маош мебурем.", "tg"),
    ("debt-or-wage-withholding", "Склад «Пример»: стажировка две недели без оплаты.", "ru"),
    ("debt-or-wage-withholding", "Ронандагон лозим. Маош на ҳар моҳ, ҳар се моҳ якбора.", "tg"),
    ("debt-or-wage-withholding", "Сехи Намуна: моҳи аввал озмоишӣ, бе музд.", "tg"),
    # employer-controls-living: leave only with someone, no going out, living at the work, the shop on credit
    ("employer-controls-living", "Цех «Пример». Выход за проходную — только по согласованию с мастером.", "ru"),
    ("employer-controls-living", "Sex dar Tula. Ba shahr baromadan faqat bo ruxsati brigadir.", "tg"),
    ("employer-controls-living", "Швейный цех. Выходить никуда не надо, всё есть на месте.", "ru"),
    ("employer-controls-living", "Сехи Намуна. Берун рафтан лозим нест, ҳама чиз дар ҷояш.", "tg"),
    ("employer-controls-living", "Teplitsa Primer. Vse jivem v vagonchikah, produkty berem v dolg v nashem magazine.", "ru"),
    ("employer-controls-living", "Анбори Намуна. Ҳама дар худи анбор мехобанд, пули овқат аз маош мебурем.", "tg"),
    ("employer-controls-living", "Клуб «Пример». Uderzhanie za kvartiru i edu 15 000 iz zarplaty.", "ru"),
    ("employer-controls-living", "Цех «Пример»: в город не выпускаем, всё есть на месте.", "ru"),
    ("employer-controls-living", "Ширкати Намуна: зиндагӣ ҳатман дар хобгоҳи ширкат.", "tg"),
    ("employer-controls-living", "Склад «Пример». Телефоны на время смены сдаёте бригадиру.", "ru"),
    # cash-no-receipt: into hands, at a meeting place, to a person's card, no paper for the money
    ("cash-no-receipt", "Запись в бригаду 3000 рублей, деньги отдаёте бригадиру лично в руки.", "ru"),
    ("cash-no-receipt", "Барои рӯйхат 500 сомонӣ дар назди бозор ба дасти Намуна медиҳед.", "tg"),
    ("cash-no-receipt", "Оформление 900$, переводите на Kaspi на имя Пример А.", "ru"),
    ("cash-no-receipt", "Hujjatho 700$, pulro ba karti Alif-i Primer firisted.", "tg"),
    ("cash-no-receipt", "Пулро нақд ба худам медиҳед, қоғаз намедиҳам.", "tg"),
    ("cash-no-receipt", "Spravka 200 somoni, dengi peredadite cherez voditelya avtobusa.", "ru"),
    ("cash-no-receipt", "Барои навбат пулро ба рақами Намуна фиристед.", "tg"),
    # excessive-hours: dark to dark, morning to late night, no day off in so many words, long weeks
    ("excessive-hours", "Стройка «Пример»: работаем от темна до темна.", "ru"),
    ("excessive-hours", "Бозори Намуна: кор аз 6-и саҳар то 11-и шаб.", "tg"),
    ("excessive-hours", "Sklad Primer, smeny po 12 chasov shest dney v nedelyu.", "ru"),
    ("excessive-hours", "Ферма Намуна, 12 соат, ҳафт рӯз дар ҳафта.", "tg"),
    ("excessive-hours", "Цех «Пример». Выходных нет, пока заказ не сдадим.", "ru"),
    ("excessive-hours", "Ferma Namuna. Kor har ruz, vixodnoy nest.", "tg"),
    ("excessive-hours", "Ферма Намуна. Кор ҳар рӯз, дам намегирем.", "tg"),
    ("excessive-hours", "Сиделка, график 24/7, выходной — один день в месяц.", "ru"),
    # upfront-fee: made for a price, part now, cash, to a card, slang
    ("upfront-fee", "Польша, склад. Визу делаем мы за 700$.", "ru"),
    ("upfront-fee", "Koreya, zavod. Umumi 2000$, 50% hozir, boqiash baad az viza.", "tg"),
    ("upfront-fee", "Англия, ферма. Раводидро дар 10 рӯз мебарорем, 1200 доллар.", "tg"),
    ("upfront-fee", "Работа в Дубае. Нужно дать нашему человеку 1000$, и вы в списке.", "ru"),
    ("upfront-fee", "Место на складе есть, но бригадиру магарыч положен.", "ru"),
    ("upfront-fee", "Кор дар Олмон. Раводид аз ҳисоби худатон, 1000 доллар.", "tg"),
]


NOT_FOUND = [
    # denials and genuine ads
    ("debt-or-wage-withholding", "ООО «Пример», Тверь, ул. Примерная 1. Зарплата каждый месяц на карту, билет компенсируем, из зарплаты ничего не вычитаем.", "ru"),
    ("debt-or-wage-withholding", "Ширкати Намуна. Чиптаро ширкат мехарад ва аз маош намебарорад. Маош ҳар моҳ.", "tg"),
    ("debt-or-wage-withholding", "OOO Primer, Tula. Zarplata dva raza v mesyac, nikakih uderzhaniy.", "ru"),
    ("debt-or-wage-withholding", "ООО «Пример». Зарплата без задержек, стажировка оплачивается.", "ru"),
    ("debt-or-wage-withholding", "ООО «Пример». Зарплата целиком на карту, премия выплачивается по итогам квартала.", "ru"),
    ("debt-or-wage-withholding", "Ширкати Намуна: маош ҳар моҳ, мукофот дар охири сол якҷоя.", "tg"),
    ("employer-controls-living", "Общежитие бесплатно, жить там не обязательно, выход свободный.", "ru"),
    ("employer-controls-living", "Хобгоҳ ройгон, аз маош барои хона чизе нигоҳ дошта намешавад.", "tg"),
    ("employer-controls-living", "Смена 12 часов, выходной один раз в неделю, жильё рядом с цехом за свой счёт.", "ru"),
    ("employer-controls-living", "Ферма Намуна. Берун баромадан ягон иҷозат лозим нест.", "tg"),
    ("cash-no-receipt", "ООО «Пример». Зарплата 90 000 на карту Сбербанк, под подпись в ведомости.", "ru"),
    ("cash-no-receipt", "Dehqonii Namuna: ruzi 150 somoni, pul har begoh dar dast, bo imzo.", "tg"),
    ("cash-no-receipt", "Оплата за смену 3000 рублей на Kaspi после каждой смены.", "ru"),
    ("excessive-hours", "ООО «Пример». График 5/2 с 9 утра до 6 вечера, выходные суббота и воскресенье.", "ru"),
    ("excessive-hours", "Корхонаи Намуна: аз соати 8 то 17, рӯзи истироҳат шанбе ва якшанбе.", "tg"),
    ("excessive-hours", "Смены по 8 часов, 6 дней в неделю, 180 рублей в час.", "ru"),
    ("excessive-hours", "Склад «Пример», выходной не менее двух дней в неделю.", "ru"),
    ("excessive-hours", "ООО «Пример». Зарплата каждый день, смена 8 часов.", "ru"),
    ("employer-controls-living", "Вахта, проживание в вагончиках со всеми удобствами, бесплатно.", "ru"),
    ("employer-controls-living", "ООО «Пример». Общежитие при заводе, 10 минут пешком, бесплатно, выход свободный.", "ru"),
    ("upfront-fee", "ООО «Пример». Визу и билет оплачивает работодатель, с вас ничего не берём.", "ru"),
    ("upfront-fee", "Ширкати Намуна: раводид ройгон, пул гирифта намешавад.", "tg"),
    ("upfront-fee", "Грузчики, 2500 рублей сразу после смены.", "ru"),
    ("upfront-fee", "Оплата 4000 рублей в день наличными, расчёт каждый вечер.", "ru"),
]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # wages paid in cash by the day or the week are pay, not money handed over
        ("Сехи дӯзандагӣ «Намуна», Хуҷанд, кӯчаи Ленин 0. Рӯзе 150 сомонӣ нақд. Тел. +992 900 00 61 90", "tg"),
        ("Ferma «Namuna», Vahdat. Kartoshka terish, ruze 200 somoni naqd. Tel +992 900 00 61 91", "tg"),
        ("Грузчики, склад ООО «Пример», Москва, ул. Складская 0. Деньги лично в руки каждую неделю, 25 000 руб. Тел. +7 900 000-61-92", "ru"),
    ],
)
def test_wages_in_cash_are_no_fee_and_no_cash_handover(text: str, lang: str) -> None:
    found = set(default_scanner().scan_rules(text, lang).flag_ids)
    assert not found & {"upfront-fee", "cash-no-receipt"}, found


test_new_wordings_raise_their_flag, test_denials_and_genuine_ads_raise_nothing = found_and_clean(FOUND, NOT_FOUND)
