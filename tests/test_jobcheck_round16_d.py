"""Round 16 (d): wages held, cash to a person and fees, as combinations of broad lists
(fresh short ads, fictional names)."""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import ids


@pytest.mark.parametrize(
    ("text", "lang", "flag"),
    [
        # what was advanced (road, ticket, visa, the rest of a fee) taken back out of the wage
        ("Пример: стройка в Твери. Перелёт оплатим, потом из получки удержим.", "ru", "debt-or-wage-withholding"),
        ("Namuna: Polsha, viza va bilet az mo, keyin az maoshat megirem.", "tg", "debt-or-wage-withholding"),
        ("Primer: bilet kupim sami, potom s zarplaty otdash.", "ru", "debt-or-wage-withholding"),
        # costs worked off
        ("Пример: дорогу и визу берём на себя, все расходы потом отработаешь.", "ru", "debt-or-wage-withholding"),
        ("Намуна: роҳкиро ва раводидро баъдтар кор карда бармегардонед.", "tg", "debt-or-wage-withholding"),
        # the wage kept by the employer for a while, until the worker stays
        ("Пример: первая зарплата хранится у бригадира, пока не закончите сезон.", "ru", "debt-or-wage-withholding"),
        ("Namuna: maoshi du mohi avval dar nazdi mo nigoh doshta meshavad.", "tg", "debt-or-wage-withholding"),
        ("Primer: zarplatu derzhim u mastera do konca kontrakta.", "ru", "debt-or-wage-withholding"),
        # the full pay only when the object is finished
        ("Пример: в месяц аванс, окончательный расчёт только после сдачи объекта.", "ru", "debt-or-wage-withholding"),
        ("Namuna: har moh kame, hisobi purra baadi tamom shudani obyekt.", "tg", "debt-or-wage-withholding"),
        # money collected in person by their man
        ("Пример: оргнабор. Наш человек сам приедет и заберёт деньги лично в руки.", "ru", "cash-no-receipt"),
        ("Намуна: пулро нақд намояндаи мо худаш мегирад.", "tg", "cash-no-receipt"),
        # money to a card in another person's name
        ("Пример: курс продаж, оплата на карту Сбер на имя Гульнора К.", "ru", "cash-no-receipt"),
        ("Namuna: pul ba korti Alif ba nomi Sherzod guzaroned.", "tg", "cash-no-receipt"),
        # an amount the worker sends
        ("Primer: rabota s telefona, 150$ kidaete mne, potom skinu zadaniya.", "ru", "upfront-fee"),
        ("Намуна: кор дар Маскав, 900 рубл мепартоед ба ман.", "tg", "upfront-fee"),
        # part now, the rest out of the wage or on us
        ("Пример: Чехия. 500$ сразу, остальное вычтем из зарплаты.", "ru", "upfront-fee"),
        ("Namuna: Koreya, 300$ peshaki, boqimondaash bo mo.", "tg", "upfront-fee"),
        # an amount handed over in person or in cash, sent to a card, or named a prepayment
        ("Пример: склад. За бейдж 3000 рублей, отдаёте лично бригадиру.", "ru", "upfront-fee"),
        ("Намуна: барои ҷой дар хобгоҳ 600 сомонӣ ба дасти Ориф медиҳед.", "tg", "upfront-fee"),
        ("Primer: Litva, 400$ perevodom na kartu Tinkoff.", "ru", "upfront-fee"),
        ("Пример: Венгрия, за визу и билет 700$ задаток.", "ru", "upfront-fee"),
        # the part paid now, the rest out of the wage; a loan with interest taken from the wage
        ("Намуна: 700$ ҳозир деҳ, боқиашро аз маош мегирем.", "tg", "upfront-fee"),
        ("Пример: курс и виза 1800$, нет денег — в рассрочку, из зарплаты вычтем.", "ru", "debt-or-wage-withholding"),
        # cash collected by their man; money sent in any form
        ("Намуна: намояндаи мо ҳуҷҷатҳо ва 1500 сомонӣ нақд қабул мекунад.", "tg", "upfront-fee"),
        ("Primer: zapis v gruppu 700 rub, skidyvayte na kartu koordinatoru.", "ru", "upfront-fee"),
        ("Пример: медосмотр 4000 ₽, сдаётся наличными бригадиру.", "ru", "upfront-fee"),
        # the recruiter's own card
        ("Намуна: 500 сомонӣ ба корти Алифи ман партоед.", "tg", "cash-no-receipt"),
        ("Primer: oplata za mesto na moyu kartu Kaspi.", "ru", "cash-no-receipt"),
        # no wage for the first months; road money worked off; taken off the wage bit by bit
        ("Пример: первые три месяца зарплату не выдаём, всё получите в конце.", "ru", "debt-or-wage-withholding"),
        ("Намуна: пули роҳро баъд кор карда мебароред.", "tg", "debt-or-wage-withholding"),
        ("Namuna: raxkiro mo mexarem, keyin az moash kam mekunem.", "tg", "debt-or-wage-withholding"),
        # taken off the wage, said in the passive; pay first, then work; money to me
        ("Пример: стоимость перелёта будет списана с вашей первой зарплаты.", "ru", "debt-or-wage-withholding"),
        ("Пример: сначала оплачиваете обучение 8000 рублей, потом выходите на смену.", "ru", "upfront-fee"),
        ("Namuna: baroi joy dar royxat 500 somoni kifoya, ba man dihed.", "tg", "upfront-fee"),
    ],
)
def test_new_wordings(text: str, lang: str, flag: str) -> None:
    assert flag in ids(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "flag"),
    [
        # a cost returned by the employer if the worker stays: no debt
        ("ООО «Пример»: билет компенсируем, если отработаете 6 месяцев.", "ru", "debt-or-wage-withholding"),
        ("Намуна: агар 6 моҳ кор кунед, роҳкиро ширкат ҷуброн мекунад.", "tg", "debt-or-wage-withholding"),
        ("Пример: долгов нет, из зарплаты ничего не вычитаем.", "ru", "debt-or-wage-withholding"),
        ("Пример: налог 13 % удерживается из зарплаты по закону.", "ru", "debt-or-wage-withholding"),
        ("Намуна: чиптаро ширкат мехарад, аз маош чизе гирифта намешавад.", "tg", "debt-or-wage-withholding"),
        ("Пример: обучение бесплатно, отрабатывать ничего не нужно.", "ru", "debt-or-wage-withholding"),
        ("Пример: полный расчёт каждый месяц, 10 числа, без задержек.", "ru", "debt-or-wage-withholding"),
        ("Пример: первая зарплата через месяц, ничего не удерживаем.", "ru", "debt-or-wage-withholding"),
        # wages to the worker's own card, in the worker's own name
        ("ООО «Пример»: зарплата каждый месяц на карту, оформленную на ваше имя.", "ru", "cash-no-receipt"),
        ("ҶДММ «Намуна»: маош ҳар моҳ ба корти худатон, ба номи худатон.", "tg", "cash-no-receipt"),
        ("ООО «Пример»: зарплата 80 000 на руки, выдаём под роспись.", "ru", "cash-no-receipt"),
        # pay, not a fee
        ("ООО «Пример»: аванс 15 000 сразу после первой недели, остальное в конце месяца.", "ru", "upfront-fee"),
        ("Пример: зарплату переводим вам на карту каждую неделю.", "ru", "upfront-fee"),
        ("ООО «Пример»: зарплату 90 000 выдаём лично в руки каждую пятницу.", "ru", "upfront-fee"),
        ("ООО «Пример»: аванс 20 000 каждое 15 число на карту.", "ru", "upfront-fee"),
        ("Пример: визу 300$ оплачивает компания, вы ничего не отдаёте.", "ru", "upfront-fee"),
        ("ООО «Пример»: зарплата на вашу карту. Мой номер для вопросов: +7 900 000-00-00.", "ru", "cash-no-receipt"),
        ("ООО «Пример»: зарплата 60 000, выдаётся наличными в кассе под роспись.", "ru", "upfront-fee"),
        ("ООО «Пример»: кассир принимает оплату наличными и картой, оклад 55 000.", "ru", "upfront-fee"),
        ("ООО «Пример»: первые два месяца испытательный срок, зарплата полностью, ничего не удерживаем.", "ru", "debt-or-wage-withholding"),
        ("ҶДММ «Намуна»: ду моҳи аввал маош 5000, баъд 6000 сомонӣ, ҳар моҳ.", "tg", "debt-or-wage-withholding"),
        ("ООО «Пример»: проценты с продаж 5 %, оклад 40 000.", "ru", "debt-or-wage-withholding"),
        ("ООО «Пример»: сначала стажировка, потом оклад 50 000 рублей, выплачиваем на карту.", "ru", "upfront-fee"),
        ("ҶДММ «Намуна»: ба ман занг занед, маош 6000 сомонӣ ҳар моҳ.", "tg", "upfront-fee"),
    ],
)
def test_not_flagged(text: str, lang: str, flag: str) -> None:
    assert flag not in ids(text, lang)
