"""Issue 16, round 19 (branch r19f): upfront-fee, debt-or-wage-withholding and cash-no-receipt as ideas.

Short made-up ads written for this file (never copied from a labelled set; fictional names
"Пример", "Намуна", "Primer"), in Russian and Tajik, Cyrillic and Latin letters. Each idea is
found, and the fair term or the denial written next to it stays clean:

- one's own trip, visa or place made cheaper or free for bringing others ("приведёшь двоих — тебе
  скидка", "ду нафар биёред — визаатон бепул", "har kas 2 nafar biyorad 300$ kam meshavad"): the trip
  has a price, so it is a fee; a bonus for each person brought is not;
- a price, a total or "for everything" with its number ("стоимость 18 тыс. сомони", "Ҳамаги 900$",
  "za vse 2500$", "oplata za vyezd"), paid by instalments ("можно частями", "бо қисмҳо"), money "for
  opening", "to get on the list" ("барои кушодани кабинет", "чтобы попасть в бригаду"), so much "ahead"
  ("700$ пеш", "пул 50% пеш"), cash to a person ("naqd ba Farhod", "наличными администратору"), from each
  person ("аз ҳар нафар 3 ҳазор мегирам"); the wage, the employer paying and a fee paid to the state are not;
- a pledge taken out of the earnings, a cost given back by work or out of the first wage, an amount
  taken out of the wage, wages kept in store or paid months later: a debt; monthly pay, a copy of the
  passport taken and "we don't take it out of the wage" are not;
- cash with no paper sheet at all or signed nowhere, money handed at a meeting, the recruiter's man's
  card: cash with no receipt; "no paper" that denies nothing ("бумажек никаких не даёт") does not clear
  it; a work permit card ("на рабочую карту") and "nobody asked me for money" are no cash handed over.
"""

from __future__ import annotations

import pytest

from tests.jobcheck_rules import ids, risk

FEE = "upfront-fee"
DEBT = "debt-or-wage-withholding"
CASH = "cash-no-receipt"

# (scam, lang)
FEE_ADS = [
    # cheaper or free for bringing others
    ("Работа в Польше на складе. Кто приведёт ещё двоих — тому скидка 200 евро. Тел +992 900 00 19 01", "ru"),
    ("Кор дар Латвия, завод. Агар ду нафарро ҳамроҳ биёред, визаатон бепул. Тел +992 900 00 19 02", "tg"),
    ("Kor dar Chexiya. Har kas 2 nafar biyorad, 300$ kam meshavad. Tel +992 900 00 19 03", "tg"),
    ("Rabota v Litve. Esli privedesh troih, tebe skidka 150 dollarov. Tel +992 900 00 19 04", "ru"),
    # a price, a total, for the departure, instalments
    ("Работа в Англии на ферме. Стоимость 16 тыс. сомони, всё включено. Тел +992 900 00 19 05", "ru"),
    ("Кор дар Олмон, анбор. Ҳамаги 1100$, ҳуҷҷат ва роҳ. Тел +992 900 00 19 06", "tg"),
    ("Rabota v Izraile na stroyke. Oplata za vyezd 1800$. Tel +992 900 00 19 07", "ru"),
    ("Работа в Германии, теплицы. За всё две тысячи евро, можно частями. Тел +992 900 00 19 08", "ru"),
    # for opening, entering, organising
    ("Кор аз хона бо телефон. Барои кушодани кабинети шахсӣ 300 сомонӣ. Тел +992 900 00 19 09", "tg"),
    ("Сбор яблок в Подмосковье. Чтобы попасть в бригаду — 4000 ₽ бригадиру. Тел +7 900 000-19-10", "ru"),
    # ahead, cash to a person, from each person
    ("Корея, завод. Кор ҳаст, 800$ пеш. Тел +992 900 00 19 11", "tg"),
    ("Angliya ferma. 14 000 somoni naqd ba Farhod dar Vahdat. Tel +992 900 00 19 12", "tg"),
    ("Обучение японскому перед выездом. Оплата наличными администратору. Тел +992 900 00 19 13", "ru"),
    ("Дар Самара склад ҳаст. Ман аз ҳар нафар 4 ҳазор барои ҳуҷҷат мегирам. Тел +7 900 000-19-14", "tg"),
    ("Rabota v Koree. Oplata 1300$ perevodom na kartu. Pishite +992 900 00 19 15", "ru"),
    # the same ideas typed without punctuation, and a few more forms
    ("rabota v anglii na ferme zp 2500 funtov stoimost 19 tysyach somoni vse vklyucheno pishite v lichku", "ru"),
    ("har nafar 2 dustashro biyorad vizaash bepul kor dar Litva tel +992 900 00 19 16", "tg"),
    ("Работа на фабрике в Эмиратах. Расходы на оформление 700$ берёте на себя. Тел +992 900 00 19 17", "ru"),
    ("Сварщики в Словакию. Агентству платите 10% от первой зарплаты заранее. Тел +992 900 00 19 18", "ru"),
    ("Работа в Турции. Представитель приедет к вам в район, ему передадите 1000$. Тел +992 900 00 19 19", "ru"),
    ("Работа в Корее. Чтобы место не ушло — 500 долларов до пятницы. Тел +992 900 00 19 20", "ru"),
    ("Kor dar Rossiya. Joy dar brigada 10 000 tenge meistad. Tel +7 700 000-19-21", "tg"),
    ("Кор дар Русия. Амонат 2000 сомонӣ, баъди кор бармегардонем. Тел +992 900 00 19 22", "tg"),
    ("Барномаи кор дар Олмон. Барои иштирок 250 евро. Тел +992 900 00 19 23", "tg"),
    ("Кор дар Чехия. Ҳар кӣ 500$ диҳад, аввал меравад. Тел +992 900 00 19 24", "tg"),
    ("Работа в Японии. Стажировка платная — 2000$. Тел +992 900 00 19 25", "ru"),
]

# fair terms and denials written like the scams above: no upfront-fee
FEE_CLEAN = [
    ("Склад в Подольске, ООО «Пример». Приведи друга — получи бонус 3000 ₽ после его первого месяца. "
     "Зарплата 80 000 ₽ в месяц. Адрес: Подольск, ул. Заводская 0", "ru"),
    ("Ширкати «Намуна», Душанбе, кӯчаи Айнӣ 0. Барои ҳар нафаре, ки биёред, 500 сомонӣ мукофот. Маош 4000 сомонӣ.", "tg"),
    ("ООО «Пример», Москва, ул. Примерная 0. Стоимость проживания в общежитии 3000 ₽ в месяц, по желанию.", "ru"),
    ("ООО «Пример», Казань. Зарплата 70 000 ₽ в месяц, выплаты два раза в месяц на карту. Адрес: Казань, ул. Лесная 0", "ru"),
    ("ООО «Пример». Сбор за визу вы оплачиваете сами на официальном сайте посольства. Нам вы ничего не платите.", "ru"),
    ("Ширкати «Намуна». Маош 5000 сомонӣ дар моҳ, ҳар моҳ ба корт. Аз шумо ягон пул намегирем.", "tg"),
    ("OOO «Primer», Moskva. Za vyezd nichego ne platite, bilet oplachivaet kompaniya. Adres: Moskva, ul. Lesnaya 0", "ru"),
    ("UAB «Primer» (Каунас). Оклад + суточные, итого 2 700–3 000€ в месяц. Визу и перелёт оплачивает компания.", "ru"),
    ("ООО «Пример», Москва, ул. Лесная 0. Обед в столовой обойдётся в 150 ₽, проезд на метро 60 ₽.", "ru"),
    ("ООО «Пример», Москва, ул. Лесная 0. Для выезда на объект компания даёт автобус, стоимость 0 ₽.", "ru"),
    ("Ширкати «Намуна», Москва. Ҳар нафар 70 000 рубл дар моҳ мегирад.", "tg"),
    ("Ширкати «Намуна», Москва. Хобгоҳ 3000 рубл дар моҳ, пулро ба комендант медиҳед.", "tg"),
    ("Ширкати «Намуна», Москва. Чипта ройгон, ҳамаги 20 нафар мегирем. Маош 60 000 рубл дар моҳ.", "tg"),
    ("OOO Primer Moskva privedi druga poluchi bonus 5000 rubley na kartu posle ego pervogo mesyaca", "ru"),
]

DEBT_ADS = [
    ("Такси в Москве. Залог за машину 40 000 — из зарплаты вычитаем за первые две недели. Тел +7 900 000-19-21", "ru"),
    ("Склад дар Подольск. Чиптаатонро мо мехарем, бо кор пас медиҳед. Тел +7 900 000-19-22", "tg"),
    ("Кор дар Полша. Виза 1600$: 800$ пеш, 800$ баъд аз маоши якум ба мо мегардонед. Тел +992 900 00 19 23", "tg"),
    ("Стройка в Туле. Зарплата первые два месяца копится у фирмы, получите в конце. Тел +7 900 000-19-24", "ru"),
    ("Кор дар киштӣ. Пул 10 моҳ баъд якбора медиҳем. Тел +992 900 00 19 25", "tg"),
    ("Magazin dar Moskva. zp har moh ne, dar akhiri sol yakja medihem. Tel +7 900 000-19-26", "tg"),
    ("Склад. Маош баъди 3 моҳ, баъд ҳар моҳ. Тел +7 900 000-19-27", "tg"),
    ("sklad dar Moskva chiptara shirkat mexarad baad az 3 mohi avval maosh kam meshavad tel +7 900 000-19-28", "tg"),
    ("Стройка. Первую зарплату получите через 50 дней. Тел +7 900 000-19-29", "ru"),
    ("kor dar Kazan pulro faqat vaqti ba vatan raftan medihem tel +7 900 000-19-30", "tg"),
    ("Склад. Пулатонро мо нигоҳ медорем, ки сарф накунед. Тел +7 900 000-19-36", "tg"),
    ("Ферма. Роҳкироро мо медиҳем, то 3 моҳ кор накунед, рафта наметавонед. Тел +7 900 000-19-37", "tg"),
    ("Kor dar Tula. Maoshro 2 moh nigoh medorem, baad medihem. Tel +7 900 000-19-42", "tg"),
    ("Сохтмон. Маош 2 моҳ дер медиҳем, қоидаи мо ҳамин. Тел +7 900 000-19-43", "tg"),
    ("Склад. Первый месяц работаете без зарплаты, это испытательный. Тел +7 900 000-19-44", "ru"),
    ("Ферма. Аванс на дорогу даём, его отрабатываете первый месяц бесплатно. Тел +7 900 000-19-45", "ru"),
]

DEBT_CLEAN = [
    ("ООО «Пример», Тула, ул. Заводская 0. Паспорт только показываете, копию снимаем для оформления, оригинал у вас.", "ru"),
    ("Ширкати «Намуна», Москва. Маош ҳар 15 рӯз, ҳисоби пурра ҳар моҳ — на дар охири объект.", "tg"),
    ("«Primer» (Moskva, ul. Lesnaya 0). Roxkiro kompaniya pardoxt mekunad, qarz ne, az maosh namebarad.", "tg"),
    ("ООО «Пример», Москва, ул. Лесная 0. Зарплата каждый месяц, 10-го числа, на карту.", "ru"),
    ("ООО «Пример», Москва, ул. Лесная 0. Первая зарплата через 2 недели после выхода, дальше 2 раза в месяц.", "ru"),
    ("Ширкати «Намуна», Москва. Маоши аввал баъди 15 рӯз, баъд ҳар 15 рӯз.", "tg"),
    ("ООО «Пример», Москва, ул. Лесная 0. Испытательный срок 1 месяц с полной оплатой.", "ru"),
    ("ООО «Пример», Москва, ул. Лесная 0. Первый месяц обучение бесплатно, зарплата с первого дня.", "ru"),
]

CASH_ADS = [
    ("Пахта дар Туркистон. Ҳисоби пурра охири мавсим, нақд, бе ягон варақа. Тел +7 900 000-19-31", "tg"),
    ("Работа в Чехии. Первую половину отдаёте нашему представителю при встрече. Тел +992 900 00 19 32", "ru"),
    ("Курерҳо лозим, Москва. Форма 4000 рубл, ба корти менеҷер Руслан мепартоед. Тел +7 900 000-19-33", "tg"),
    ("Работа в Корее. Берёт 1 200 долларов наличкой из рук в руки, бумажек никаких не даёт. Тел +992 900 00 19 34", "ru"),
    ("Сохтмон. Маош нақд, ҳеҷ ҷо имзо намекунед. Тел +7 900 000-19-35", "tg"),
    ("Kor dar Moskva. Zp naqd, dar hech jo qayd namekunem. Tel +7 900 000-19-38", "tg"),
    ("Кор дар Англия. 15 000 сомонӣ дар лифофа ба одами мо медиҳед. Тел +992 900 00 19 39", "tg"),
    ("Работа в Литве. Деньги отдаёте водителю, который отвезёт вас в аэропорт. Тел +992 900 00 19 40", "ru"),
    ("Кор дар Полша. Пулро тавассути Western Union ба номи Умед фиристед. Тел +992 900 00 19 41", "tg"),
]

CASH_CLEAN = [
    ("ООО «Пример», Москва, ул. Лесная 0. Зарплата на карту, с расчётным листком, два раза в месяц.", "ru"),
    ("Ширкати «Намуна», Душанбе, кӯчаи Айнӣ 0. Ба касе пул надиҳед; мо ҳеҷ маблағ намегирем.", "tg"),
    ("Agentura «Primer» (Пльзень). После приезда компания переводит вас на рабочую карту. Зарплата 1300 € в месяц.", "ru"),
    ("bachaho man dar zavodi Primer kor mekunam, pasport dar dasti hudam, hich kas az man pul napursid.", "tg"),
    ("ООО «Пример», Москва, ул. Лесная 0. Водитель отвезёт вас в аэропорт бесплатно. Зарплата на карту на ваше имя.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), FEE_ADS)
def test_money_asked_under_other_names_is_a_fee(text: str, lang: str) -> None:
    assert FEE in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), FEE_CLEAN)
def test_fair_terms_and_denials_raise_no_fee(text: str, lang: str) -> None:
    assert FEE not in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), DEBT_ADS)
def test_costs_as_a_debt_and_wages_held(text: str, lang: str) -> None:
    assert DEBT in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), DEBT_CLEAN)
def test_monthly_pay_a_copy_and_no_deduction_are_no_debt(text: str, lang: str) -> None:
    assert DEBT not in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), CASH_ADS)
def test_cash_with_no_paper_and_money_at_a_meeting(text: str, lang: str) -> None:
    assert CASH in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), CASH_CLEAN)
def test_pay_to_a_card_with_a_payslip_is_no_cash(text: str, lang: str) -> None:
    assert CASH not in ids(text, lang)


@pytest.mark.parametrize(("text", "lang"), FEE_CLEAN[:2] + DEBT_CLEAN + CASH_CLEAN)
def test_genuine_ads_are_not_rated_high(text: str, lang: str) -> None:
    assert risk(text, lang) != "high"
