"""Issue 16, round 14 (branch t14a): cash-no-receipt, debt-or-wage-withholding and upfront-fee
written as families of wordings (an idea, not a phrase).

Short made-up ads written for this file (never copied from a labelled set; fictional names
"Пример", "Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin. They test the rules
(``scan_rules``): each wording raises its flag; denials and genuine ads do not.
"""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import ids


# the wage in cash, off the books: any cash or envelope word with any no-ledger, no-signature
# or no-paper word
@pytest.mark.parametrize(("text", "lang"), [
    ("Склад Пример. Оплата наличкой раз в неделю, без ведомостей и подписей.", "ru"),
    ("Зарплата в конверте каждую пятницу, звоните Примеру.", "ru"),
    ("Платим налом на руки, нигде не расписываетесь. Пример", "ru"),
    ("Получка в конверте, официально не оформляем. Пример", "ru"),
    ("Деньги наличными каждые две недели, работаем в чёрную. Пример", "ru"),
    ("Маош дар конверт ҳар ҳафта. Намуна", "tg"),
    ("Музд нақд ба дасти худатон, ягон ҷо имзо намекунед. Намуна", "tg"),
    ("Maosh naqd har shanbe, imzo namekuned. Namuna", "tg"),
    ("Pul naqd, vedomost ne, hamaash ba gap. Namuna", "tg"),
    ("Расчёт кэшем, без всяких бумажек. Пример", "ru"),
    ("Маош нақдина, бе ведомость. Намуна", "tg"),
])
def test_cash_wage_off_the_books(text: str, lang: str) -> None:
    assert "cash-no-receipt" in ids(text, lang)


# a fee paid in cash at the office or to the recruiter's man's card
@pytest.mark.parametrize(("text", "lang"), [
    ("Оформление 3000 сомони, оплата наличными в офисе или на карту менеджера. Пример", "ru"),
    ("Ҳуҷҷатгузорӣ 4000 сомонӣ, пулро ба корти менеҷер мефиристед. Намуна", "tg"),
])
def test_fee_in_cash_or_to_a_persons_card(text: str, lang: str) -> None:
    assert "cash-no-receipt" in ids(text, lang)


# wages held: all at once later, "so you don't run", twice a year, the first month as a pledge,
# the rest of a fee out of the wage abroad
@pytest.mark.parametrize(("text", "lang"), [
    ("Зарплату выдаём два раза в год, в остальное время авансы. Пример", "ru"),
    ("Всю зарплату целиком получите перед отъездом. Пример", "ru"),
    ("Зарплата копится у хозяина, чтобы не сбежали. Пример", "ru"),
    ("Первый месяц — гарантия, отдадим в конце контракта. Пример", "ru"),
    ("Маошро ҳамаашро якҷо дар охири мавсим медиҳем, ки нагурезед. Намуна", "tg"),
    ("Pulro hamaash yakjo vaqti ba vatan raftan medihem. Namuna", "tg"),
    ("Маош соле ду бор дода мешавад. Намуна", "tg"),
    ("Moshi mohi avval garantiya, onro dar oxir medihem. Namuna", "tg"),
    ("Нарх 3000$, 1000$ ҳозир, боқиашро аз маоши Корея мегирем. Намуна", "tg"),
    # not each month, said with its "not"
    ("Деньги не каждый месяц, а сразу всё отдаст, когда домой поедешь. Пример", "ru"),
    ("Zp har moh ne, oxiri obyekt pura medihem. Namuna", "tg"),
    ("Маош ҳар моҳ нест, ҳамаашро якҷо охири мавсим медиҳем. Намуна", "tg"),
])
def test_wages_held_new_wordings(text: str, lang: str) -> None:
    assert "debt-or-wage-withholding" in ids(text, lang)


# fees for a casting, a portfolio, access or activation; paid ahead; handed over in the informal "you"
@pytest.mark.parametrize(("text", "lang"), [
    ("za portfolio i fotosessiyu 2500 somoni oplata zaranee. Primer", "ru"),
    ("Для доступа к группе нужна активация — всего 300 сомони. Пример", "ru"),
    ("Барои доступ ба гурӯҳ активация лозим — 350 сомонӣ. Намуна", "tg"),
    ("Кастинг платный — 1500 сомони за фотосессию. Пример", "ru"),
    ("nado 15 tysyach somoni, pervuyu chast nalichkoy mne otdaesh. Primer", "ru"),
    ("Ҳамагӣ 3000$ мешавад, агар ҳозир пул надорӣ, 1000$ деҳ. Намуна", "tg"),
    ("Скинь 500 на карту, и место твоё. Пример", "ru"),
    # at the worker's own cost
    ("Виза ва ивази права – 2 500 € аз ҳисоби ронанда. Намуна", "tg"),
    ("Виза и билет 1800 евро за свой счёт. Пример", "ru"),
    ("Oformlenie 900$ za svoi schet. Primer", "ru"),
])
def test_upfront_fee_new_wordings(text: str, lang: str) -> None:
    assert "upfront-fee" in ids(text, lang)


# easy money with just a phone or without leaving home
@pytest.mark.parametrize(("text", "lang"), [
    ("Моҳи гузашта дар хона нишаста, танҳо бо телефон 11 000 сомонӣ кор кардам! Намуна", "tg"),
    ("Bo telefon har ruz 500 somoni daromad. Namuna", "tg"),
])
def test_easy_money_by_phone(text: str, lang: str) -> None:
    assert "unrealistic-pay" in ids(text, lang)


# denials and genuine ads
@pytest.mark.parametrize(("text", "lang", "flag"), [
    ("ООО «Пример». Зарплата на карту два раза в месяц, официальное оформление по договору.", "ru", "cash-no-receipt"),
    ("ҶДММ «Намуна». Маош ба корти бонкӣ ҳар моҳ, шартномаи меҳнатӣ.", "tg", "cash-no-receipt"),
    ("Такси Пример. Приведи друга — 5000 руб тебе на карту.", "ru", "cash-no-receipt"),
    ("Вахта 30/30 Намуна, аз 120 000 ₽ ба дасташ, шартнома ҳаст.", "tg", "cash-no-receipt"),
    ("IP Primer. Pul naqd dodem, imzo megirem, qabz medihem.", "tg", "cash-no-receipt"),
    ("ООО «Пример». Зарплата два раза в месяц, премия раз в год.", "ru", "debt-or-wage-withholding"),
    ("ҶДММ «Намуна». Маош ҳар моҳ ба корт, мукофот дар охири сол.", "tg", "debt-or-wage-withholding"),
    ("ООО «Пример». Первый месяц гарантированный минимум 50 000 рублей.", "ru", "debt-or-wage-withholding"),
    ("ҶДММ «Намуна». Чиптаи аввал аз ҳисоби ширкат, баъдтар аз маош барнамегардонем.", "tg", "debt-or-wage-withholding"),
    ("ООО «Пример». Обучение бесплатно, фотосессию оплачивает агентство.", "ru", "upfront-fee"),
    ("ООО «Пример». Мы денег не берём, регистрация бесплатная.", "ru", "upfront-fee"),
    ("ҶДММ «Намуна». Пул намегирем, ҳамааш ройгон.", "tg", "upfront-fee"),
    ("ООО «Пример». Зарплата 60 000 ₽, договор до выезда.", "ru", "upfront-fee"),
    ("ООО «Пример». Зарплата каждый месяц, не задерживаем, премия в конце года.", "ru", "debt-or-wage-withholding"),
    ("ҶДММ «Намуна». Раводидро ширкат пардохт мекунад ва баъдтар аз маош намебарорад.", "tg", "debt-or-wage-withholding"),
    ("ҶДММ «Намуна», Москва. Намояндагӣ дар Хуҷанд: +992 900 00 00 00.", "tg", "upfront-fee"),
    ("ООО «Пример». Виза и билет за счёт работодателя.", "ru", "upfront-fee"),
    ("ҶДММ «Намуна». Маош 5000 сомонӣ, маълумот бо телефони +992 900 00 00 00.", "tg", "unrealistic-pay"),
    ("ООО «Пример». Приём заявок по телефону, зарплата 40 000 руб.", "ru", "unrealistic-pay"),
    # the Tajik "price" is the recruiter's, not pay
    ("Koreya zavod. Narx 4000$: 1500$ hozir, 2500$ az 2 mohi avvali zp mebarem. Namuna", "tg", "unrealistic-pay"),
])
def test_denials_and_genuine_ads_are_not_flagged(text: str, lang: str, flag: str) -> None:
    assert flag not in ids(text, lang)
